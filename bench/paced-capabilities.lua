-- wrk script for bench/blocking-vs-reactive.sh: partner writes at a steady rate, each one an event.
--
--   wrk -t T -c T -d D -s bench/paced-capabilities.lua PARTNER_URL -- TOKEN_FILE RATE_PER_THREAD
--
-- TOKEN_FILE has "<partner_id> <access_token>" lines, one registered partner per thread: thread k (from 0)
-- uses line k+1, over its single connection (-c equal to -t), so one partner's requests never overlap.
-- Each request is PUT /v2/partners/{partner_id}/access-configuration/capabilities switching
-- real_name_attachment_upload to the opposite of the state the last answer showed: a real change, so
-- partner-service appends access_configuration.changed to its outbox, and customer-service projects it.
--
-- Pacing: wrk cannot pace by itself, but it asks delay() before every request. Each thread keeps a
-- schedule of one slot every 1/RATE_PER_THREAD s from its first request; delay() waits for the next slot
-- (0 when the thread is behind: a late request goes at once, and counts as "late" when it is more than one
-- interval behind). done() reports the achieved rate over the window from the first request to the last
-- answer.

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
  local file, rate = args[1], tonumber(args[2])
  if not file or not rate or rate <= 0 then
    error("usage: wrk ... -s paced-capabilities.lua URL -- TOKEN_FILE RATE_PER_THREAD")
  end
  local i = 0
  for line in io.lines(file) do
    if i == id then partner, token = line:match("^(%S+)%s+(%S+)$") end
    i = i + 1
  end
  if not partner then error("no token line for thread " .. id .. " in " .. file) end
  path = "/v2/partners/" .. partner .. "/access-configuration/capabilities"
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  interval_us = 1e6 / rate
  next_slot = 0       -- monotonic time of the next slot (0: not started)
  upload = true       -- the value the next request sets
  sent = 0
  ok = 0
  non2xx = 0
  late = 0
  first_us = 0
  last_us = 0
  first_epoch_us = 0
  last_epoch_us = 0
end

function delay()
  local now = clock.now_us()
  if next_slot == 0 then next_slot = now end
  local wait = next_slot - now
  if wait < -interval_us then late = late + 1 end
  next_slot = next_slot + interval_us
  if wait <= 0 then return 0 end
  return math.floor(wait / 1000)
end

function request()
  if sent == 0 then
    first_us = clock.now_us()
    first_epoch_us = clock.epoch_us()
  end
  sent = sent + 1
  return wrk.format("PUT", path, headers,
    '{"real_name_attachment_upload":' .. (upload and "true" or "false") .. '}')
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
    local state = body:match('"real_name_attachment_upload"%s*:%s*(%a+)')
    upload = state ~= "true"
  else
    non2xx = non2xx + 1
  end
  last_us = clock.now_us()
  last_epoch_us = clock.epoch_us()
end

function done(summary, latency, requests)
  local o, n, lt, first, last, first_epoch, last_epoch = 0, 0, 0, nil, 0, nil, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    n = n + t:get("non2xx")
    lt = lt + t:get("late")
    local f, l = t:get("first_us"), t:get("last_us")
    if f > 0 and (first == nil or f < first) then first = f end
    if l > last then last = l end
    local fe, le = t:get("first_epoch_us"), t:get("last_epoch_us")
    if fe > 0 and (first_epoch == nil or fe < first_epoch) then first_epoch = fe end
    if le > last_epoch then last_epoch = le end
  end
  local e = summary.errors
  local answered = o + n
  local seconds = (first and last > first) and (last - first) / 1e6 or summary.duration / 1e6
  io.write(string.format(
    "BENCH scenario=paced-writes requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f ok=%d non2xx=%d socket_errors=%d late=%d start_epoch=%.3f end_epoch=%.3f\n",
    answered, seconds, answered / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, o, n, e.connect + e.read + e.write + e.timeout, lt,
    (first_epoch or 0) / 1e6, last_epoch / 1e6))
end
