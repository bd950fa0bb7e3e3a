-- wrk script: POST /api/v1/diagnoses, each request the next line of the file named by PAN_LOAD_MIX
-- (one JSON request per line: `java -jar examples/target/pan-examples.jar requests 1000`), with HTTP Basic
-- credentials from PAN_LOAD_AUTH. The requests are formatted once, in init: wrk shares the cores with
-- the service, so the script does as little as possible per request.
local lines = {}
for line in io.lines(os.getenv("PAN_LOAD_MIX")) do lines[#lines + 1] = line end
local auth = os.getenv("PAN_LOAD_AUTH")
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("first", threads * 500) -- the two wrk threads start at different places in the mix
end

init = function(args)
  prepared = {}
  for k, body in ipairs(lines) do
    prepared[k] = wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = auth}, body)
  end
  next_index = first or 0
end

request = function()
  next_index = next_index + 1
  return prepared[(next_index % #prepared) + 1]
end

done = function(summary, latency, requests)
  io.write(string.format("errors: %d non-2xx/3xx responses, %d socket errors\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
