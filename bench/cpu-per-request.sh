#!/usr/bin/env bash
# CPU per request of the two hot read paths on the running local stack, from /proc: the status read
# GET /v2/partners/{id} (partner-service) and POST /v2/partners/sub-customers/query at limit 10
# (customer-service). Not a test: it prints figures and asserts nothing. See docs/benchmarks.md.
#
#   RATE_LIMIT_ENABLED=false PC_SERVICES="partner-service customer-service" dev/stack.sh up
#   bench/cpu-per-request.sh
#
# For each scenario: a warm-up run (not reported), then a measured wrk run; printed: requests, req/s, p50/p99,
# the service's CPU seconds over the run (utime + stime of its JVM from /proc/<pid>/stat) divided by the
# requests, the load average and the machine's busy seconds, and the service's RSS after the load.
# BENCH_JFR=1 also records a JFR profile of each measured run (jcmd JFR.start, settings=profile) into the run
# directory; the printed CPU figures of such a run include the recorder's own cost.
#
# Environment (defaults in brackets):
#   BENCH_DURATION [30s], BENCH_WARMUP_DURATION [30s], BENCH_THREADS [2], BENCH_CONNECTIONS [16]   wrk runs
#   BENCH_SCENARIOS ["read query-10"]   which scenarios, in this order
#   BENCH_SEED [1]                  1: seed 100,000 sub-customers (10,000 for the query partner) first
#   BENCH_JFR [0]                   1: record a JFR profile of each measured run
#   KEYCLOAK_URL [http://127.0.0.1:8190], PC_DB_HOST [127.0.0.1], PC_DB_PORT [5433], PC_DB_USER / PC_DB_PASSWORD
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8190}"
REALM=partner-center
MIN_IDLE="${BENCH_MIN_IDLE:-70}"
IDLE_WAIT="${BENCH_IDLE_WAIT:-60}"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

DURATION="${BENCH_DURATION:-30s}"
WARMUP_DURATION="${BENCH_WARMUP_DURATION:-30s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
read -r -a SCENARIOS <<< "${BENCH_SCENARIOS:-read query-10}"
SEED="${BENCH_SEED:-1}"
JFR="${BENCH_JFR:-0}"
QUERY_PARTNER=be9c0000000000000000000000000001
PARTNER_URL=http://127.0.0.1:8081
CUSTOMER_URL=http://127.0.0.1:8082
export PGHOST="${PC_DB_HOST:-127.0.0.1}" PGPORT="${PC_DB_PORT:-5433}" PGUSER="${PC_DB_USER:-partnercenter}" \
  PGPASSWORD="${PC_DB_PASSWORD:-partnercenter}"
require_loopback "$KEYCLOAK_URL" "$PGHOST"
need_pkg wrk wrk
need_pkg jq jq
need_pkg psql postgresql-client
require_realm
require_ready partner-service "$PARTNER_URL" 'RATE_LIMIT_ENABLED=false PC_SERVICES="partner-service customer-service" dev/stack.sh up'
require_ready customer-service "$CUSTOMER_URL" 'RATE_LIMIT_ENABLED=false PC_SERVICES="partner-service customer-service" dev/stack.sh up'

RUN="$(date -u +%Y%m%d%H%M%S)"
WORK="$BENCH/.work/cpu-$RUN"
mkdir -p "$WORK"
service_pid() { # SERVICE -> the pid listening on its port (the stack's, or one started by hand)
  local port=8081
  [[ "$1" != customer-service ]] || port=8082
  ss -Hltnp "sport = :$port" | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1
}
proc_ticks() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# ---- identities and data ------------------------------------------------------------------------
PASSWORD="bench-$RUN-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
READER_PARTNER="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
declare -A KC_ID
cleanup() { local u; for u in "${KC_ID[@]}"; do kc_delete_user "$u"; done; }
trap cleanup EXIT
KC_ID[reader]="$(kc_create_partner_user "bench-cpu-$RUN-reader" "$PASSWORD" "$READER_PARTNER")"
KC_ID[querier]="$(kc_create_partner_user "bench-cpu-$RUN-querier" "$PASSWORD" "$QUERY_PARTNER")"
READER_TOKEN="$(kc_password_token "bench-cpu-$RUN-reader" "$PASSWORD")"
QUERIER_TOKEN="$(kc_password_token "bench-cpu-$RUN-querier" "$PASSWORD")"
code="$(register_partner "$PARTNER_URL" "$READER_TOKEN" "$READER_PARTNER" "$WORK/register.json")"
[[ "$code" == 201 ]] || die "registering the reader answered $code"
code="$(register_partner "$PARTNER_URL" "$QUERIER_TOKEN" "$QUERY_PARTNER" "$WORK/register.json")"
[[ "$code" == 201 || "$code" == 400 ]] || die "registering the querier answered $code"   # 400: registered by an earlier run
if [[ "$SEED" == 1 ]]; then
  say "seeding 100,000 sub-customers, 10,000 for $QUERY_PARTNER: $(PGDATABASE=customer seed_sub_customers 100000 10000 90 "$QUERY_PARTNER")"
fi
deadline=$(( $(date +%s) + 60 ))   # the querier's registration reaches customer-service as an event
until [[ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' -X POST -H "Authorization: Bearer $QUERIER_TOKEN" \
          -H 'Content-Type: application/json' -d '{"offset":0,"limit":10}' "$CUSTOMER_URL/v2/partners/sub-customers/query")" == 200 ]]; do
  (( $(date +%s) < deadline )) || die "customer-service did not serve the querier within 60 s"
  sleep 0.5
done

# ---- runs ------------------------------------------------------------------------------------------
run() { # NAME SERVICE TOKEN URL LUA [LUA_ARGS...]
  local name="$1" service="$2" token="$3" url="$4" lua="$5"; shift 5
  local pid t0 t1 busy0 busy1 line requests idle load
  pid="$(service_pid "$service")"
  step "$name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP_DURATION warm-up ($service pid $pid)"
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP_DURATION" --timeout 10s -H "Authorization: Bearer $token" \
    -s "$BENCH/$lua" "$url" -- "$@" > "$WORK/wrk-$name-warmup.txt"
  idle="$(wait_quiet)"
  [[ "$JFR" != 1 ]] || jcmd "$pid" JFR.start name="bench-$name" settings=profile filename="$WORK/$name.jfr" > /dev/null
  t0="$(proc_ticks "$pid")"; busy0="$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)"
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --latency --timeout 10s -H "Authorization: Bearer $token" \
    -s "$BENCH/$lua" "$url" -- "$@" > "$WORK/wrk-$name.txt"
  t1="$(proc_ticks "$pid")"; busy1="$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  [[ "$JFR" != 1 ]] || jcmd "$pid" JFR.stop name="bench-$name" > /dev/null
  line="$(grep '^BENCH' "$WORK/wrk-$name.txt")"
  requests="$(field "$line" requests)"
  say "$line"
  awk -v n="$name" -v s="$service" -v t="$TICKS" -v a="$t0" -v b="$t1" -v r="$requests" -v x="$busy0" -v y="$busy1" \
      -v l="$load" -v i="$idle" -v rss="$(rss_mib "$pid")" 'BEGIN {
    printf "CPU %s: %s %.1f s / %d requests = %.3f ms per request; machine busy %.1f s; idle before %s; load average %s; RSS after %s MiB\n",
      n, s, (b - a) / t, r, 1000 * (b - a) / t / r, (y - x) / t, i, l, rss }' | tee -a "$WORK/summary.txt"
}
for s in "${SCENARIOS[@]}"; do
  case "$s" in
    read) run read partner-service "$READER_TOKEN" "$PARTNER_URL/v2/partners/$READER_PARTNER" status-read.lua ;;
    query-10) run query-10 customer-service "$QUERIER_TOKEN" "$CUSTOMER_URL/v2/partners/sub-customers/query" \
                customer-query.lua '{"offset":0,"limit":10}' ;;
    *) die "unknown scenario $s (read, query-10)" ;;
  esac
done
say "run data: ${WORK#"$REPO"/}/"
