-- wrk script for bench/customer-service.sh: POST /v2/partners/sub-customers/query with the JSON body
-- given as the script argument (wrk ... -s customer-query.lua URL -- '<body>'); the bearer token comes
-- from -H "Authorization: Bearer ...". Counts non-2xx answers and prints one machine-readable BENCH line.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok = 0
  non2xx = 0
  wrk.headers["Content-Type"] = "application/json"
  req = wrk.format("POST", nil, nil, args[1])
end

function request()
  return req
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local o, n = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    n = n + t:get("non2xx")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH scenario=query requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f ok=%d non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, o, n, e.connect + e.read + e.write + e.timeout))
end
