-- wrk script: POST /api/v1/diagnoses with a persona request and HTTP Basic credentials.
-- The body is read from the file named by the environment variable PAN_LOAD_BODY.
local file = io.open(os.getenv("PAN_LOAD_BODY"), "r")
local body = file:read("*a")
file:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("PAN_LOAD_AUTH")

local errors = 0
response = function(status, headers, body)
  if status ~= 201 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("non-201 responses: %d\n", summary.errors.status))
end
