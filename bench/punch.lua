-- wrk script: every request is a punch (start or switch) of one of the benchmark workers, alternating
-- between two activities, so that each request stops the running punch and starts another.
-- Each wrk thread takes its own share of the workers (thread 1 the odd ones, thread 2 the even ones, ...),
-- so that two threads never punch for the same worker at once: a worker punches from one place at a time.
local n = tonumber(os.getenv("BENCH_WORKERS") or "50")
local activities = { "contrat-org0001", "contrat-org0002" }
local threads = 0

setup = function(thread)
  thread:set("first", threads)
  threads = threads + 1
end

local step, counter, tokens
init = function(args)
  step = tonumber(os.getenv("WRK_THREADS") or "2")
  counter = first
  tokens = {}
  for i = 1, n do tokens[i] = string.format("fmt_benchtoken%03d", i) end
end

request = function()
  local worker = (counter % n) + 1
  local activity = activities[(math.floor(counter / n) % 2) + 1]
  counter = counter + step
  return wrk.format("POST", "/api/v1/punch",
    { ["Authorization"] = "Bearer " .. tokens[worker], ["Content-Type"] = "application/json" },
    '{"activity":"' .. activity .. '"}')
end

-- the first few refusals are printed, so that a failing run says why
local shown = 0
response = function(status, headers, body)
  if status ~= 200 and shown < 3 then
    shown = shown + 1
    io.stderr:write(string.format("HTTP %d: %s\n", status, body))
  end
end
