-- wrk script: POST /api/v1/diagnoses with one request (the file named by PAN_LOAD_BODY) and HTTP Basic
-- credentials from PAN_LOAD_AUTH. No per-response callback: wrk shares the cores with the service, and
-- its own summary already counts every status outside 2xx/3xx.
local file = io.open(os.getenv("PAN_LOAD_BODY"), "r")
local body = file:read("*a")
file:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("PAN_LOAD_AUTH")

done = function(summary, latency, requests)
  io.write(string.format("errors: %d non-2xx/3xx responses, %d socket errors\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
