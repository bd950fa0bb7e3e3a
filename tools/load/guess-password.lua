-- wrk script: a password-guessing client. GET /pages/me as one user (PAN_GUESS_USER) with a new wrong password
-- at every request, claiming one client address (X-Forwarded-For: PAN_GUESS_ADDRESS; the service trusts it from
-- loopback with server.forward-headers-strategy=native, as behind a proxy). Counts the guesses the service
-- checked (401) and those it refused unchecked (429), and when each checked one was answered (seconds from the
-- start), so that the rate after the 10th failure can be read.
local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function base64(s)
  return ((s:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#s % 3 + 1])
end

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  user = os.getenv("PAN_GUESS_USER") or "victim"
  address = os.getenv("PAN_GUESS_ADDRESS") or "203.0.113.66"
  counter = 0
  checked, refused, other = 0, 0, 0
  start = os.time()
  times = ""
end

function request()
  counter = counter + 1
  local auth = "Basic " .. base64(user .. ":guess-" .. id .. "-" .. counter)
  return wrk.format("GET", "/pages/me", { ["Authorization"] = auth, ["X-Forwarded-For"] = address,
    ["Accept"] = "application/json" })
end

function response(status, headers, body)
  if status == 401 then
    checked = checked + 1
    times = times .. " " .. (os.time() - start)
  elseif status == 429 then
    refused = refused + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, r, o, t = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    c = c + thread:get("checked")
    r = r + thread:get("refused")
    o = o + thread:get("other")
    t = t .. thread:get("times")
  end
  io.write(string.format("guesser: %d checked (401), %d refused unchecked (429), %d other\n", c, r, o))
  io.write("guesser: checked at seconds" .. t .. "\n")
end
