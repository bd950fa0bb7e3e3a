-- The mixed load of tools/cluster/kill-under-load.sh, for wrk with one connection per thread (-t N -c N), so that
-- each response answers the thread's last request. Each thread diagnoses, refers the person to an offer of epn-13
-- and moves the referral through its lifecycle (ACCEPTED, SCHEDULED, ATTENDED, COMPLETED), then starts again; one
-- thread in three only diagnoses. Every acknowledged write (a 201 diagnosis, a 201 referral, a 200 transition) is
-- written to PAN_KILL_ACKS when the run ends, as "diagnosis PATH" or "referral ID STATE" lines; every failure (an
-- answer other than 2xx, or none: the connection broke) as "error EPOCH-SECONDS WHAT".
-- Environment: PAN_AUTH_COUNSELLOR, PAN_AUTH_PARTNER (Authorization headers), PAN_DIAGNOSIS (a request file),
-- PAN_KILL_ACKS (the output file).

local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

local steps = {"ACCEPTED", "SCHEDULED", "ATTENDED", "COMPLETED"}
local counsellor, partner, diagnosisBody
local diagnosis, referral, step   -- the thread's person: last diagnosis id, referral id, index of its next step
local last                         -- what the thread asked last, nil once answered
local calls = 0                    -- request() calls of this thread
acks = {}
failures = {}

local function now()
  local p = io.popen("date +%s.%N")
  local t = p:read("*l")
  p:close()
  return t
end

function init(args)
  counsellor = os.getenv("PAN_AUTH_COUNSELLOR")
  partner = os.getenv("PAN_AUTH_PARTNER")
  local f = assert(io.open(os.getenv("PAN_DIAGNOSIS"), "r"))
  diagnosisBody = f:read("*a")
  f:close()
end

local function json(auth, path, body)
  return wrk.format("POST", path, {["Authorization"] = auth, ["Content-Type"] = "application/json",
    ["Accept"] = "application/json"}, body)
end

function request()
  calls = calls + 1
  -- wrk may drop a thread's first connection before it sends anything and ask again: not a failure.
  if last ~= nil and calls > 2 then
    -- The previous request got no answer (wrk counts it as a socket error): its outcome is unknown.
    table.insert(failures, "error " .. now() .. " " .. last.what .. " (no answer)")
    if last.what ~= "diagnosis" then referral = nil end
  end
  if number % 3 == 0 or diagnosis == nil then
    last = {what = "diagnosis"}
    return json(counsellor, "/api/v1/diagnoses", diagnosisBody)
  elseif referral == nil then
    last = {what = "referral"}
    return json(counsellor, "/api/v1/referrals",
      '{"diagnosisId":"' .. diagnosis .. '","offerId":"epn-13-access"}')
  else
    local to = steps[step]
    last = {what = "transition", to = to}
    local body = '{"to":"' .. to .. '"'
    if to == "SCHEDULED" then body = body .. ',"appointment":{"at":"2026-12-08T09:00:00+01:00"}' end
    return json(partner, "/api/v1/referrals/" .. referral .. "/transitions", body .. "}")
  end
end

function response(status, headers, body)
  local asked = last
  last = nil
  if asked == nil then return end
  if status < 200 or status > 299 then
    table.insert(failures, "error " .. now() .. " " .. asked.what .. " " .. status)
    if asked.what ~= "diagnosis" then referral = nil end
    return
  end
  if asked.what == "diagnosis" then
    local location = headers["Location"] or headers["location"]
    local path = location and location:match("https?://[^/]+(/.*)") or location
    if path then
      table.insert(acks, "diagnosis " .. path)
      diagnosis = path:match("([^/]+)$")
    end
  elseif asked.what == "referral" then
    referral = body:match('"id":"([0-9a-f-]+)"')
    step = 1
    table.insert(acks, "referral " .. referral .. " SENT")
  else
    table.insert(acks, "referral " .. referral .. " " .. asked.to)
    step = step + 1
    if step > #steps then referral = nil end
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("PAN_KILL_ACKS"), "w"))
  for _, thread in ipairs(threads) do
    for _, line in ipairs(thread:get("acks")) do out:write(line, "\n") end
    for _, line in ipairs(thread:get("failures")) do out:write(line, "\n") end
  end
  out:close()
  local e = summary.errors
  io.write(string.format("wrk: %d requests in %.1f s, socket errors %d (connect %d, read %d, write %d, timeout %d), "
    .. "non-2xx answers %d\n", summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout,
    e.connect, e.read, e.write, e.timeout, e.status))
end
