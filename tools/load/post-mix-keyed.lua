-- wrk script: POST /api/v1/diagnoses over the benchmark mix (the file named by PAN_LOAD_MIX, one JSON request per
-- line), with HTTP Basic credentials from PAN_LOAD_AUTH, and an Idempotency-Key according to PAN_LOAD_KEYS:
--   none    no key (the baseline);
--   new     a new random key for every request (each stores its diagnosis and its key: the cost of the key);
--   replay  the key of the mix line (the first round stores, every later one is a retry answered from the database);
--   ordered a new key for every request, in order (the run, the thread, a counter): a control for the cost of random
--           keys in the key index, not what clients send.
-- Every mode builds each request the same way (wrk.format per request), so that wrk's own work, on the same cores
-- as the service, is the same with and without a key.
local lines = {}
for line in io.lines(os.getenv("PAN_LOAD_MIX")) do lines[#lines + 1] = line end
local auth = os.getenv("PAN_LOAD_AUTH")
local mode = os.getenv("PAN_LOAD_KEYS") or "none"
local run = os.getenv("PAN_LOAD_RUN") or "0" -- a fresh key space for every run of the script
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("id", threads)
  thread:set("first", threads * 500) -- the two wrk threads start at different places in the mix
end

init = function(args)
  next_index = first or 0
  sent = 0
  -- 16+ characters among the allowed ones: run, thread, counter
  prefix = string.format("load-%s-%02d-", run, id or 0)
  math.randomseed(os.time() + (id or 0) * 7919)
  headers = {["Content-Type"] = "application/json", ["Authorization"] = auth}
end

request = function()
  next_index = next_index + 1
  sent = sent + 1
  local line = (next_index % #lines) + 1
  if mode == "new" then
    -- random, as a client's UUID is: keys in order would land on one page of the database's index
    headers["Idempotency-Key"] = prefix .. string.format("%08x%08x-%d", math.random(0, 0x7fffffff),
      math.random(0, 0x7fffffff), sent)
  elseif mode == "ordered" then
    headers["Idempotency-Key"] = prefix .. string.format("%016d", sent)
  elseif mode == "replay" then
    headers["Idempotency-Key"] = string.format("load-%s-line-%06d", run, line)
  else
    headers["Idempotency-Key"] = nil
  end
  return wrk.format("POST", nil, headers, lines[line])
end

done = function(summary, latency, requests)
  io.write(string.format("errors: %d non-2xx/3xx responses, %d socket errors\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
