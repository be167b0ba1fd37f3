-- wrk script for bench/blocking-vs-reactive.sh: POST /v2/partners/sub-customers, every request a new
-- customer of the caller (token from -H "Authorization: Bearer ...").
--
--   wrk -t T -c C -d D -s bench/sub-customer-create.lua URL -- TAG
--
-- The body carries a unique xaccount_id ("bench-<TAG>-<start>-<thread>-<n>", <start> the Unix time in ms
-- when the thread started, so that runs with the same TAG do not collide; xaccount_type "bench-create"), no
-- login name (the service picks a random one), no mobile number and no password (no verification code, no
-- password hash). Counts 2xx and other answers (with their statuses) and prints one BENCH line.

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
  tag = args[1] or error("usage: wrk ... -s sub-customer-create.lua URL -- TAG")
  prefix = "bench-" .. tag .. "-" .. string.format("%d", math.floor(clock.epoch_us() / 1000)) .. "-" .. id .. "-"
  n = 0
  ok = 0
  non2xx = 0
  statuses = ""
  status_counts = {}
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  return wrk.format("POST", nil, nil,
    '{"xaccount_id":"' .. prefix .. n .. '","xaccount_type":"bench-create"}')
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    non2xx = non2xx + 1
    status_counts[status] = (status_counts[status] or 0) + 1
    local parts = {}
    for s, c in pairs(status_counts) do parts[#parts + 1] = s .. ":" .. c end
    table.sort(parts)
    statuses = table.concat(parts, " ")
  end
end

function done(summary, latency, requests)
  local o, e2, st = 0, 0, {}
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    e2 = e2 + t:get("non2xx")
    local s = t:get("statuses")
    if s ~= "" then st[#st + 1] = s end
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH scenario=create requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f ok=%d non2xx=%d socket_errors=%d statuses=%s\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, o, e2, e.connect + e.read + e.write + e.timeout,
    (#st > 0) and (table.concat(st, ","):gsub(" ", ",")) or "-"))
end
