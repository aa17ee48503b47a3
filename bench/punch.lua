-- wrk script: every request is a punch (start or switch) of one of the benchmark workers, alternating
-- between two activities, so that each request stops the running punch and starts another.
local tokens = {}
local n = tonumber(os.getenv("BENCH_WORKERS") or "50")
for i = 1, n do tokens[i] = string.format("fmt_benchtoken%03d", i) end
local activities = { "contrat-org0001", "contrat-org0002" }
local counter = 0

request = function()
  counter = counter + 1
  local token = tokens[(counter % n) + 1]
  local activity = activities[(math.floor(counter / n) % 2) + 1]
  return wrk.format("POST", "/api/v1/punch",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" },
    '{"activity":"' .. activity .. '"}')
end
