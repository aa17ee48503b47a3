-- wrk: one signed-in person asking for the same page again and again; prints the latency percentiles in ms.
local cookie = os.getenv("BENCH_COOKIE")
local path = os.getenv("BENCH_PATH")
request = function()
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["HX-Request"] = "true" })
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f\n", summary.requests, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
