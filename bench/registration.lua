-- wrk script for bench/partner-service.sh: every request is a real first registration.
--
--   wrk -t T -c C -d D -s bench/registration.lua URL -- TOKEN_FILE T
--
-- TOKEN_FILE has one "<partner_id> <access_token>" line per partner identity. Thread k (from 0)
-- uses lines k, k+T, k+2T, ... so no two requests share a partner. Each request posts
-- /v2/partners/registrations with the next token and a body whose xaccount_id is derived from
-- the partner id (unique per partner). A thread that runs out of tokens stops (wrk.thread:stop)
-- instead of re-using one. wrk's own Requests/sec divides by the full -d duration even then, so
-- done() computes the rate itself over the window from the first request to the last answer
-- (monotonic clock, bench/clock.lua) and reports that window and whether threads ran out.

package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local clock = require("clock")
local now_us = clock.now_us       -- CLOCK_MONOTONIC
local epoch_us = clock.epoch_us   -- CLOCK_REALTIME: end_epoch for the caller

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  if not file or not nthreads then
    error("usage: wrk ... -s registration.lua URL -- TOKEN_FILE THREADS")
  end
  ids, tokens = {}, {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == id then
      local pid, tok = line:match("^(%S+)%s+(%S+)$")
      if pid then
        ids[#ids + 1] = pid
        tokens[#tokens + 1] = tok
      end
    end
    i = i + 1
  end
  next_index = 1
  created = 0        -- 201 answers
  non201 = 0         -- any other answer to a registration
  statuses = ""      -- "status:count" of the non-201 answers, e.g. "400:2 500:1"
  status_counts = {}
  exhausted = 0      -- 1 once this thread ran out of tokens
  first_us = 0       -- when this thread sent its first registration
  last_us = 0        -- when it got its last answer to a registration
  last_epoch_us = 0  -- the same as Unix time
end

function request()
  if next_index > #tokens then
    -- Out of partner identities: stop this thread. request() must still return something;
    -- a liveness probe has no side effect (and answers 200, which a registration never does).
    exhausted = 1
    wrk.thread:stop()
    return wrk.format("GET", "/q/health/live")
  end
  local pid, tok = ids[next_index], tokens[next_index]
  if next_index == 1 then first_us = now_us() end
  next_index = next_index + 1
  local body = '{"company_name":"Bench Co ' .. pid .. '",'
    .. '"contact_email":"bench-' .. pid .. '@example.com",'
    .. '"contact_phone":"+86-13800000000","country_code":"CN",'
    .. '"xaccount_id":"bench-' .. pid .. '"}'
  return wrk.format("POST", "/v2/partners/registrations",
    { ["Authorization"] = "Bearer " .. tok, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 200 and exhausted == 1 then
    -- the liveness probe sent after the tokens ran out: not a registration
    return
  else
    non201 = non201 + 1
    status_counts[status] = (status_counts[status] or 0) + 1
    local parts = {}
    for s, n in pairs(status_counts) do parts[#parts + 1] = s .. ":" .. n end
    table.sort(parts)
    statuses = table.concat(parts, " ")
  end
  last_us = now_us()
  last_epoch_us = epoch_us()
end

function done(summary, latency, requests)
  local c, n, ex, st, first, last, last_epoch = 0, 0, 0, {}, nil, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    n = n + t:get("non201")
    ex = ex + t:get("exhausted")
    local f, l = t:get("first_us"), t:get("last_us")
    if f > 0 and (first == nil or f < first) then first = f end
    if l > last then last = l end
    if t:get("last_epoch_us") > last_epoch then last_epoch = t:get("last_epoch_us") end
    local s = t:get("statuses")
    if s ~= "" then st[#st + 1] = s end
  end
  local e = summary.errors
  local answered = c + n
  local seconds = (first and last > first) and (last - first) / 1e6 or summary.duration / 1e6
  io.write(string.format(
    "BENCH scenario=registration requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f created=%d non201=%d socket_errors=%d exhausted_threads=%d statuses=%s end_epoch=%.3f\n",
    answered, seconds, answered / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, c, n, e.connect + e.read + e.write + e.timeout, ex,
    (#st > 0) and table.concat(st, ",") or "-", last_epoch / 1e6))
end
