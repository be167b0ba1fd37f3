-- wrk script for bench/billing-funds.sh: allocate (POST /v2/accounts/partner-accounts/adjust-amount) and reclaim
-- (POST /v2/accounts/partner-accounts/reclaim) mixed, against the base URL of billing-gateway; the partner's
-- bearer tokens come from the targets file.
--
--   wrk -t T -c C -d D -s bench/billing-funds.lua http://127.0.0.1:8084 -- TAG TARGETS_FILE AMOUNT RECLAIM_PERCENT
--
-- TARGETS_FILE: "<resale customer id> <its partner's access token>" lines; each request names one of the customers
-- at random and carries its partner's token (several partners: requests spread over their accounts).
-- Every request carries a fresh Idempotency-Key ("bf-<TAG>-<start>-<thread>-<n>", <start> the Unix time in ms when
-- the thread started), so that none is a replay. RECLAIM_PERCENT of the requests reclaim AMOUNT, the others
-- allocate it; the script does not pair them, so the benchmark gives every customer a buffer first (a reclaim
-- never finds an empty allocation). Counts 2xx and other answers (by status and CBC code) and prints one BENCH line.

package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local clock = require("clock")

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  local usage = "usage: wrk ... -s billing-funds.lua URL -- TAG TARGETS_FILE AMOUNT RECLAIM_PERCENT"
  local tag = args[1] or error(usage)
  local file = args[2] or error(usage)
  amount = args[3] or error(usage)
  reclaim_percent = tonumber(args[4] or error(usage))
  customers, tokens = {}, {}
  for line in io.lines(file) do
    local customer, token = line:match("^(%S+)%s+(%S+)$")
    if customer then
      customers[#customers + 1] = customer
      tokens[#tokens + 1] = "Bearer " .. token
    end
  end
  if #customers == 0 then error("no '<customer id> <token>' lines in " .. file) end
  local start = math.floor(clock.epoch_us() / 1000)
  math.randomseed(start + id * 7919)
  prefix = string.format("bf-%s-%d-%d-", tag, start, id)
  n = 0
  allocations, reclaims = 0, 0
  ok, non2xx = 0, 0
  statuses = ""
  counts = {}
  wrk.headers["Content-Type"] = "application/json"
end

-- wrk.format replaces wrk.headers (the -H ones among them) with the table it is given: copy them
local function headers_for(token, key)
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  h["Authorization"] = token
  h["Idempotency-Key"] = key
  return h
end

function request()
  n = n + 1
  local i = math.random(#customers)
  local path
  if math.random(100) <= reclaim_percent then
    path = "/v2/accounts/partner-accounts/reclaim"
    reclaims = reclaims + 1
  else
    path = "/v2/accounts/partner-accounts/adjust-amount"
    allocations = allocations + 1
  end
  return wrk.format("POST", path, headers_for(tokens[i], prefix .. n),
    '{"customer_id":"' .. customers[i] .. '","amount":' .. amount .. '}')
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    return
  end
  non2xx = non2xx + 1
  local code = body and body:match('"error_code"%s*:%s*"([^"]+)"') or "-"
  local key = status .. "/" .. code
  counts[key] = (counts[key] or 0) + 1
  local parts = {}
  for k, c in pairs(counts) do parts[#parts + 1] = k .. ":" .. c end
  table.sort(parts)
  statuses = table.concat(parts, ",")
end

function done(summary, latency, requests)
  local o, e2, a, r, merged, st = 0, 0, 0, 0, {}, {}
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    e2 = e2 + t:get("non2xx")
    a = a + t:get("allocations")
    r = r + t:get("reclaims")
    for k, c in string.gmatch(t:get("statuses"), "([^,:]+):(%d+)") do
      merged[k] = (merged[k] or 0) + tonumber(c)
    end
  end
  for k, c in pairs(merged) do st[#st + 1] = k .. ":" .. c end
  table.sort(st)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH scenario=funds requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f ok=%d non2xx=%d socket_errors=%d sent_allocations=%d sent_reclaims=%d statuses=%s\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, o, e2, e.connect + e.read + e.write + e.timeout, a, r,
    (#st > 0) and table.concat(st, ",") or "-"))
end
