#!/usr/bin/env bash
# Benchmark of customer-service's POST /v2/partners/sub-customers/query against the running local
# stack (dev/stack.sh up). Not a test: it prints figures and asserts nothing about speed. See
# docs/benchmarks.md.
#
#   RATE_LIMIT_ENABLED=false PC_SERVICES=customer-service dev/stack.sh up   # one partner floods one API
#   bench/customer-service.sh
#
# 1. Seeds BENCH_TOTAL (100,000) customers straight into the customer database with one SQL
#    transaction: BENCH_PARTNER_CUSTOMERS (10,000) for the bench partner, the rest spread over
#    BENCH_OTHER_PARTNERS (90) other partners; every 10th customer has a label (vip-0..vip-6, all
#    resale), association types alternate. Seeded rows carry xaccount_type 'bench-seed' and are deleted
#    and re-inserted on every run (idempotent), then VACUUM ANALYZEd (the visibility map lets index-only scans work, as autovacuum would). No events are written for them:
#    they are load, not business facts.
# 2. Shows PostgreSQL's plan (EXPLAIN ANALYZE) of the queries the service runs for a page and for
#    the count, and says whether any of them scans the whole table.
# 3. Creates one Keycloak user (realm role partner, the bench partner's partner_id) and takes its
#    token with the password grant of partner-portal; the user is deleted at the end.
# 4. For each scenario: a warm-up run (not reported), then wrk at limit 100: offsets 0, 5,000 and
#    9,900 of the partner's 10,000 customers, and a filtered query (label part + association type).
#    Prints requests/s, p50, p99, non-2xx answers, where the CPU went and how idle the machine was.
#
# Environment overrides (defaults in brackets):
#   BENCH_TOTAL [100000], BENCH_PARTNER_CUSTOMERS [10000], BENCH_OTHER_PARTNERS [90]
#   BENCH_PARTNER_ID [be9c0000000000000000000000000001]  the bench partner
#   BENCH_DURATION [10s], BENCH_WARMUP_DURATION [5s], BENCH_THREADS [2], BENCH_CONNECTIONS [16]
#   BENCH_MIN_IDLE [70], BENCH_IDLE_WAIT [180]  wait up to IDLE_WAIT s for the cores to be MIN_IDLE %
#                                               idle before each measured run, then run anyway
#   BENCH_KEEP_DATA [1]    0: delete the seeded customers at the end
#   CUSTOMER_URL [http://127.0.0.1:8082], KEYCLOAK_URL [http://127.0.0.1:8190]
#   PC_DB_HOST [127.0.0.1], PC_DB_PORT [5433], PC_DB_USER / PC_DB_PASSWORD [partnercenter]
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

TOTAL="${BENCH_TOTAL:-100000}"
PARTNER_CUSTOMERS="${BENCH_PARTNER_CUSTOMERS:-10000}"
OTHER_PARTNERS="${BENCH_OTHER_PARTNERS:-90}"
PARTNER_ID="${BENCH_PARTNER_ID:-be9c0000000000000000000000000001}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP_DURATION="${BENCH_WARMUP_DURATION:-5s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
MIN_IDLE="${BENCH_MIN_IDLE:-70}"
IDLE_WAIT="${BENCH_IDLE_WAIT:-180}"
KEEP_DATA="${BENCH_KEEP_DATA:-1}"
CUSTOMER_URL="${CUSTOMER_URL:-http://127.0.0.1:8082}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8190}"
export PGHOST="${PC_DB_HOST:-127.0.0.1}" PGPORT="${PC_DB_PORT:-5433}" PGUSER="${PC_DB_USER:-partnercenter}" \
  PGPASSWORD="${PC_DB_PASSWORD:-partnercenter}" PGDATABASE=customer


[[ "$TOTAL" =~ ^[0-9]+$ && "$PARTNER_CUSTOMERS" =~ ^[0-9]+$ && "$OTHER_PARTNERS" =~ ^[1-9][0-9]*$ ]] \
  || die "BENCH_TOTAL, BENCH_PARTNER_CUSTOMERS and BENCH_OTHER_PARTNERS must be numbers"
(( PARTNER_CUSTOMERS >= 10000 && TOTAL >= PARTNER_CUSTOMERS )) \
  || die "BENCH_PARTNER_CUSTOMERS must be at least 10000 (the offsets go to 9900) and at most BENCH_TOTAL"
# the realm accepts only this shape of partner_id
[[ "$PARTNER_ID" =~ ^[0-9a-f]{32}$ ]] || die "BENCH_PARTNER_ID must be 32 lower-case hex digits"

require_loopback "$CUSTOMER_URL" "$KEYCLOAK_URL" "$PGHOST"

# ---- tools -----------------------------------------------------------------------------------
need_pkg curl curl
need_pkg jq jq
need_pkg wrk wrk
need_pkg psql postgresql-client

# ---- the stack must be running ---------------------------------------------------------------
require_ready customer-service "$CUSTOMER_URL" "RATE_LIMIT_ENABLED=false PC_SERVICES=customer-service dev/stack.sh up      # --build when the jar is stale"
require_realm
psql -X -q -tA -c 'select 1' >/dev/null 2>&1 || die "cannot reach database customer at $PGHOST:$PGPORT as $PGUSER"
psql -X -q -tA -c "select label from sub_customer limit 0" >/dev/null 2>&1 \
  || die "sub_customer has no label column: customer-service is older than V6__labels.sql (rebuild, restart)"

RUN="$(date -u +%Y%m%d%H%M%S)"
WORK="$BENCH/.work/customer-$RUN"
mkdir -p "$WORK"
say "run $RUN, data in ${WORK#"$REPO"/}"

# ---- Keycloak: one bench user for the bench partner --------------------------------------------
USER_ID=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$USER_ID" ]]; then
    kc_delete_user "$USER_ID" && say "deleted the bench user bench-customers-$RUN"
  fi
  if [[ "$KEEP_DATA" == 0 ]]; then
    psql -X -q -c "delete from sub_customer where xaccount_type = 'bench-seed'" >/dev/null \
      && say "deleted the seeded customers (BENCH_KEEP_DATA=0)"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 1. seed ---------------------------------------------------------------------------------
step "seeding $TOTAL customers ($PARTNER_CUSTOMERS for partner $PARTNER_ID, the rest over $OTHER_PARTNERS others)"
t0="$(now)"
seed_sub_customers "$TOTAL" "$PARTNER_CUSTOMERS" "$OTHER_PARTNERS" "$PARTNER_ID" > "$WORK/seeded.txt" || die "seeding failed"
read -r SEEDED MINE LABELLED < "$WORK/seeded.txt"
ALL_ROWS="$(psql -X -q -tA -c 'select count(*) from sub_customer')"
say "seeded $SEEDED customers ($MINE for the bench partner, $LABELLED with a label) in $(since "$t0") s; sub_customer holds $ALL_ROWS rows"

# ---- 2. query plans --------------------------------------------------------------------------
# The SQL Hibernate runs for the query endpoint (SubCustomerRepository.page): the page and the count, here
# with the partner as a literal (the service binds it; its plans can differ, see docs/benchmarks.md).
step "query plans (EXPLAIN ANALYZE) for the bench partner"
declare -A PLAN_INDEX
explain() { # NAME SQL [PREFIX: statements before the EXPLAIN, in the same session]
  psql -X -q -tA -v ON_ERROR_STOP=1 -c "${3:-} EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2" > "$WORK/plan-$1.txt" \
    || die "EXPLAIN $1 failed"
  say "-- $1"
  sed 's/^/   /' "$WORK/plan-$1.txt"
  if grep -q 'Seq Scan' "$WORK/plan-$1.txt"; then PLAN_INDEX["$1"]="SEQ SCAN"; else PLAN_INDEX["$1"]=index; fi
}
WHERE="c.partner_id = '$PARTNER_ID'"
FILTER="$WHERE and c.label like '%vip-3%' escape '!' and c.association_type = 2"
ORDER="order by c.associated_on, c.customer_id"
explain page-offset-9900 "select * from sub_customer c where $WHERE $ORDER offset 9900 limit 100"
# the generic plan of the statement as the service prepares it (partner id bound, not known to the planner)
explain page-offset-9900-generic "EXECUTE page('$PARTNER_ID')" \
  "SET plan_cache_mode = force_generic_plan; PREPARE page(text) AS select * from sub_customer c where c.partner_id = \$1 $ORDER offset 9900 limit 100;"
explain count "select count(*) from sub_customer c where $WHERE"
explain page-filtered "select * from sub_customer c where $FILTER $ORDER offset 0 limit 100"
explain count-filtered "select count(*) from sub_customer c where $FILTER"

# ---- 3. token --------------------------------------------------------------------------------
step "bench identity (Keycloak user bench-customers-$RUN, partner_id $PARTNER_ID)"
PASSWORD="bench-$RUN-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
USER_ID="$(kc_create_partner_user "bench-customers-$RUN" "$PASSWORD" "$PARTNER_ID")"
TOKEN="$(kc_password_token "bench-customers-$RUN" "$PASSWORD")"
claim="$(jwt_claim "$TOKEN" partner_id)"
[[ "$claim" == "$PARTNER_ID" ]] || die "the bench token carries partner_id '$claim', expected $PARTNER_ID"
say "token check: partner_id claim = $claim (the token lives 30 minutes)"

# ---- sanity ----------------------------------------------------------------------------------
query() { # BODY -> answer on stdout
  curl -sf -m 30 -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$1" \
    "$CUSTOMER_URL/v2/partners/sub-customers/query"
}
BODY_0='{"offset":0,"limit":100}'
BODY_5000='{"offset":5000,"limit":100}'
BODY_9900='{"offset":9900,"limit":100}'
BODY_FILTERED='{"label":"vip-3","association_type":"2","offset":0,"limit":100}'
answer="$(query "$BODY_9900")" || die "the query answered an error"
[[ "$(jq -r '.count' <<< "$answer")" == "$MINE" && "$(jq -r '.customer_infos | length' <<< "$answer")" == 100 ]] \
  || die "offset 9900: expected count $MINE and 100 customers, got $(head -c 300 <<< "$answer")"
FILTERED_COUNT="$(query "$BODY_FILTERED" | jq -r '.count')"
say "sanity: offset 9900 answers count $MINE with 100 customers; the filtered query matches $FILTERED_COUNT"

# ---- helpers for the runs --------------------------------------------------------------------
cpu_report() { # BEFORE AFTER WRK_SECONDS REQUESTS
  awk -v t="$TICKS" -v wrk="$3" -v n="$4" '
    FNR == NR { before[$1] = $2; next }
    { d = ($2 - before[$1]) / t; if ($1 == "busy") busy = d; else { stack += d; cpu[$1] = d } }
    END {
      cs = cpu["customer-service"] + 0; pg = cpu["postgres"] + cpu["postmaster"]; other = busy - stack - wrk
      printf "customer-service %.1f s (%.2f ms/request), postgres %.1f s (%.2f ms/request), rest of the stack %.1f s, wrk %.1f s, other %.1f s, of %.1f s busy",
        cs, (n > 0 ? cs * 1000 / n : 0), pg, (n > 0 ? pg * 1000 / n : 0), stack - cs - pg, wrk, (other > 0 ? other : 0), busy
    }' "$1" "$2"
}

run_wrk() { # LABEL BODY DURATION
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$3" --latency --timeout 10s \
    -H "Authorization: Bearer $TOKEN" -s "$BENCH/customer-query.lua" \
    "$CUSTOMER_URL/v2/partners/sub-customers/query" -- "$2" > "$WORK/wrk-$1.txt"
}

# ---- 4. runs ---------------------------------------------------------------------------------
SCENARIOS=(offset-0 offset-5000 offset-9900 filtered)
declare -A BODIES=([offset-0]="$BODY_0" [offset-5000]="$BODY_5000" [offset-9900]="$BODY_9900" [filtered]="$BODY_FILTERED")
declare -A RESULT CPU IDLE
for s in "${SCENARIOS[@]}"; do
  step "$s: wrk -t$THREADS -c$CONNECTIONS -d$DURATION POST sub-customers/query ${BODIES[$s]}"
  run_wrk "warmup-$s" "${BODIES[$s]}" "$WARMUP_DURATION"
  measure "$s" run_wrk "$s" "${BODIES[$s]}" "$DURATION"
  IDLE[$s]="$MEASURED_IDLE"
  RESULT[$s]="$(grep '^BENCH' "$WORK/wrk-$s.txt")"
  CPU[$s]="$(cpu_report "$WORK/cpu-$s.before" "$WORK/cpu-$s.after" "$(load_seconds "$s")" "$(field "${RESULT[$s]}" requests)")"
  say "${RESULT[$s]}"
  say "CPU idle in the 2 s before: ${IDLE[$s]}; during the run: ${CPU[$s]}"
done

# ---- 5. summary ------------------------------------------------------------------------------
{
  say ""
  say "==== customer-service sub-customers/query benchmark, run $RUN ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load generator on the same machine) ===="
  say "data: $ALL_ROWS customers in sub_customer, $MINE of them the bench partner's; limit 100; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  printf '%-12s %-52s %9s %9s %8s %8s  %s\n' scenario body requests 'req/s' 'p50 ms' 'p99 ms' 'errors / CPU idle before'
  for s in "${SCENARIOS[@]}"; do
    r="${RESULT[$s]}"
    printf '%-12s %-52s %9s %9s %8s %8s  %s\n' "$s" "${BODIES[$s]}" "$(field "$r" requests)" "$(field "$r" rps)" \
      "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" "$(field "$r" non2xx) non-2xx, $(field "$r" socket_errors) socket / ${IDLE[$s]}"
  done
  for s in "${SCENARIOS[@]}"; do say "CPU $s: ${CPU[$s]}"; done
  plans=""
  for p in page-offset-9900 page-offset-9900-generic count page-filtered count-filtered; do plans="$plans $p: ${PLAN_INDEX[$p]},"; done
  say "plans:${plans%,} (full plans in ${WORK#"$REPO"/}/plan-*.txt)"
  for s in "${SCENARIOS[@]}"; do
    if (( ${IDLE[$s]%\%} < MIN_IDLE )); then
      say "NOTE: idle below ${MIN_IDLE}% before a run: something else was using the CPU, the figures are skewed."; break
    fi
  done
} | tee "$WORK/summary.txt"
