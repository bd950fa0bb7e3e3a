-- wrk script: legitimate users. GET /pages/me with HTTP Basic, each request as the next of the users listed in
-- PAN_LEGIT_AUTH (Authorization header values separated by '|'), from loopback. Prints the statuses that were not
-- 200, so that a legitimate user refused (401 or 429) shows.
local auths = {}
for value in string.gmatch(os.getenv("PAN_LEGIT_AUTH"), "[^|]+") do
  table.insert(auths, value)
end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  n = 0
  refused = 0
end

function request()
  n = n + 1
  return wrk.format("GET", "/pages/me", { ["Authorization"] = auths[n % #auths + 1], ["Accept"] = "application/json" })
end

function response(status, headers, body)
  if status ~= 200 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local r = 0
  for _, thread in ipairs(threads) do
    r = r + thread:get("refused")
  end
  io.write(string.format("legitimate: %d requests not answered 200\n", r))
end
