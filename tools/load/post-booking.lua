-- wrk script: POST /api/v1/referrals with a sessionId (issue 14), each request booking one seat of the next
-- published session of the file named by PAN_LOAD_SESSIONS (lines "sessionId offerId", round robin per wrk
-- thread), for the diagnosis PAN_LOAD_DIAGNOSIS, with HTTP Basic credentials from PAN_LOAD_AUTH. No response
-- callback: wrk shares the cores with the service, and its summary counts every status outside 2xx/3xx (a 409
-- would be one: the sessions have more seats than the run books).
local sessions = {}
for line in io.lines(os.getenv("PAN_LOAD_SESSIONS")) do
  local id, offer = line:match("^(%S+)%s+(%S+)$")
  if id then
    sessions[#sessions + 1] = string.format('{"diagnosisId":"%s","offerId":"%s","sessionId":"%s"}',
      os.getenv("PAN_LOAD_DIAGNOSIS"), offer, id)
  end
end
local next_session = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("PAN_LOAD_AUTH")

request = function()
  next_session = next_session % #sessions + 1
  return wrk.format(nil, nil, nil, sessions[next_session])
end

done = function(summary, latency, requests)
  io.write(string.format("errors: %d non-2xx/3xx responses, %d socket errors\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
