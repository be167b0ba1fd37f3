#!/usr/bin/env bash
# Benchmark of billing-gateway's allocation and reclaim (POST /v2/accounts/partner-accounts/adjust-amount and
# /reclaim) against the running local stack, with pgbench's TPC-B on the same PostgreSQL in the same run as the
# yardstick. Not a test: it prints figures and asserts nothing about speed. See docs/benchmarks.md.
#
#   RATE_LIMIT_ENABLED=false dev/stack.sh up      # one partner floods one API; needs all of partner-service,
#   bench/billing-funds.sh                        # customer-service and billing-gateway
#
# 1. A bench partner, made the real way: a Keycloak user (realm role partner, a fresh partner_id), registered in
#    partner-service, its platform id (xaccount_type) assigned by the operator; billing-gateway and customer-service
#    learn of it from partner.events. The operator (operator-demo) recharges it in billing-gateway
#    (POST /v2/operations/partners/{id}/recharges).
# 2. BENCH_CUSTOMERS (200) resale customers, created as a partner's ERP does (POST /v2/partners/sub-customers on
#    customer-service, BENCH_CREATE_PARALLEL at a time); billing-gateway learns of them from customer.events. The
#    script waits until billing answers all of them in the balances batch query, then allocates BENCH_BUFFER
#    (1000.00) to each, so that reclaims never find an empty allocation.
# 3. pgbench -i of a scratch database (BENCH_PGBENCH_DB) on the same PostgreSQL server, scale BENCH_PGBENCH_SCALE.
# 4. For each of BENCH_CONNECTION_LIST (16 64): wrk with bench/billing-funds.lua — BENCH_RECLAIM_PERCENT (50) %
#    reclaims of BENCH_AMOUNT (1.00), the rest allocations of it, each to a random one of the customers with a fresh
#    Idempotency-Key — first a JIT warm-up (BENCH_WARMUP_DURATION, not reported), then the measured run
#    (BENCH_DURATION) while the billing database's sessions are sampled (what they wait for); then pgbench TPC-B
#    -c <connections> -j BENCH_PGBENCH_JOBS -T BENCH_PGBENCH_DURATION after a short TPC-B warm-up. Each measured
#    run first waits (up to BENCH_IDLE_WAIT s) for the cores to be BENCH_MIN_IDLE % idle and reports the idle
#    figure, and where the CPU went during the run.
# 5. Checks the money afterwards (ledger_balance_mismatch empty, no negative balance) and prints a summary:
#    requests/s, p50, p99, non-2xx (by status and CBC code), the funds TPS as a % of TPC-B's (target >= 40 %).
#
# The bench partner, its customers and its money stay in the databases (a fresh partner_id every run). The Keycloak
# user is deleted at the end, the pgbench database too (BENCH_KEEP_PGBENCH=1 keeps it).
#
# Environment overrides (defaults in brackets):
#   BENCH_CUSTOMERS [200], BENCH_CREATE_PARALLEL [4], BENCH_BUFFER [1000.00], BENCH_AMOUNT [1.00],
#   BENCH_RECLAIM_PERCENT [50], BENCH_CONNECTION_LIST ["16 64"], BENCH_THREADS [2],
#   BENCH_DURATION [30s], BENCH_WARMUP_DURATION [30s],
#   BENCH_PGBENCH_DB [bench_pgbench_funds], BENCH_PGBENCH_SCALE [10], BENCH_PGBENCH_JOBS [2],
#   BENCH_PGBENCH_DURATION [30], BENCH_PGBENCH_WARMUP [5], BENCH_KEEP_PGBENCH [0]
#   BENCH_MIN_IDLE [70], BENCH_IDLE_WAIT [60]
#   PARTNER_URL [http://127.0.0.1:8081], CUSTOMER_URL [http://127.0.0.1:8082], BILLING_URL [http://127.0.0.1:8084],
#   KEYCLOAK_URL [http://127.0.0.1:8190], BENCH_OPERATOR_USER / BENCH_OPERATOR_PASSWORD [operator-demo]
#   PC_DB_HOST [127.0.0.1], PC_DB_PORT [5433], PC_DB_USER / PC_DB_PASSWORD [partnercenter]
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

PARTNERS="${BENCH_PARTNERS:-1}"
CUSTOMERS="${BENCH_CUSTOMERS:-200}"
CREATE_PARALLEL="${BENCH_CREATE_PARALLEL:-4}"
BUFFER="${BENCH_BUFFER:-1000.00}"
AMOUNT="${BENCH_AMOUNT:-1.00}"
RECLAIM_PERCENT="${BENCH_RECLAIM_PERCENT:-50}"
read -r -a CONNECTION_LIST <<< "${BENCH_CONNECTION_LIST:-16 64}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-30s}"
WARMUP_DURATION="${BENCH_WARMUP_DURATION:-30s}"
PGBENCH_DB="${BENCH_PGBENCH_DB:-bench_pgbench_funds}"
PGBENCH_SCALE="${BENCH_PGBENCH_SCALE:-10}"
PGBENCH_JOB_LIMIT="${BENCH_PGBENCH_JOBS:-2}"
PGBENCH_JOBS="$PGBENCH_JOB_LIMIT"
PGBENCH_DURATION="${BENCH_PGBENCH_DURATION:-30}"
PGBENCH_WARMUP="${BENCH_PGBENCH_WARMUP:-5}"
KEEP_PGBENCH="${BENCH_KEEP_PGBENCH:-0}"
MIN_IDLE="${BENCH_MIN_IDLE:-70}"
IDLE_WAIT="${BENCH_IDLE_WAIT:-60}"
PARTNER_URL="${PARTNER_URL:-http://127.0.0.1:8081}"
CUSTOMER_URL="${CUSTOMER_URL:-http://127.0.0.1:8082}"
BILLING_URL="${BILLING_URL:-http://127.0.0.1:8084}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8190}"
OPERATOR_USER="${BENCH_OPERATOR_USER:-operator-demo}"
OPERATOR_PASSWORD="${BENCH_OPERATOR_PASSWORD:-operator-demo}"
export PGHOST="${PC_DB_HOST:-127.0.0.1}" PGPORT="${PC_DB_PORT:-5433}" PGUSER="${PC_DB_USER:-partnercenter}" \
  PGPASSWORD="${PC_DB_PASSWORD:-partnercenter}" PGDATABASE=billing

[[ "$PARTNERS" =~ ^[1-9][0-9]*$ && "$CUSTOMERS" =~ ^[1-9][0-9]*$ && "$CREATE_PARALLEL" =~ ^[1-9][0-9]*$ ]] \
  || die "BENCH_PARTNERS, BENCH_CUSTOMERS and BENCH_CREATE_PARALLEL must be positive numbers"
(( PARTNERS <= CUSTOMERS )) || die "BENCH_PARTNERS must be at most BENCH_CUSTOMERS"
[[ "$BUFFER" =~ ^[0-9]+\.[0-9]{2}$ && "$AMOUNT" =~ ^[0-9]+\.[0-9]{2}$ ]] || die "BENCH_BUFFER and BENCH_AMOUNT must be yuan with 2 decimals"
[[ "$RECLAIM_PERCENT" =~ ^[0-9]+$ ]] && (( RECLAIM_PERCENT <= 100 )) || die "BENCH_RECLAIM_PERCENT must be 0..100"
for c in "${CONNECTION_LIST[@]}"; do [[ "$c" =~ ^[1-9][0-9]*$ ]] || die "BENCH_CONNECTION_LIST must hold numbers"; done

require_loopback "$PARTNER_URL" "$CUSTOMER_URL" "$BILLING_URL" "$KEYCLOAK_URL" "$PGHOST"

# ---- tools -----------------------------------------------------------------------------------
need_pkg curl curl
need_pkg jq jq
need_pkg wrk wrk
need_pkg psql postgresql-client
pgbench --version >/dev/null 2>&1 || apt_install postgresql pgbench

# ---- the stack must be running ---------------------------------------------------------------
HINT="RATE_LIMIT_ENABLED=false dev/stack.sh up      # --build when a jar is stale"
require_ready partner-service "$PARTNER_URL" "$HINT"
require_ready customer-service "$CUSTOMER_URL" "$HINT"
require_ready billing-gateway "$BILLING_URL" "$HINT"
require_realm
psql -X -q -tA -c 'select 1' >/dev/null 2>&1 || die "cannot reach database billing at $PGHOST:$PGPORT as $PGUSER"
MAX_CONNECTIONS="$(psql -X -q -tA -c 'show max_connections')"

RUN="$(date -u +%Y%m%d%H%M%S)"
WORK="$BENCH/.work/billing-funds-$RUN"
mkdir -p "$WORK"
say "run $RUN, data in ${WORK#"$REPO"/}"

# ---- clean-up --------------------------------------------------------------------------------
declare -a PARTNER_IDS=() USER_IDS=()
cleanup() {
  local rc=$? i
  trap - EXIT INT TERM
  wait_sampler_stop
  for i in "${!USER_IDS[@]}"; do
    kc_delete_user "${USER_IDS[$i]}" && say "deleted the bench user bench-funds-$RUN-$i"
  done
  rm -f "$WORK"/token-* "$WORK/targets.txt"   # access tokens: not left on disk
  if [[ "$KEEP_PGBENCH" == 0 ]]; then drop_database "$PGBENCH_DB"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# await DESCRIPTION SECONDS COMMAND...: runs COMMAND every 0.5 s until it succeeds
await() {
  local what="$1" seconds="$2" t0; shift 2
  t0="$(now)"
  until "$@"; do
    awk -v a="$t0" -v b="$(now)" -v s="$seconds" 'BEGIN { exit !(b - a > s) }' && die "$what: not within $seconds s"
    sleep 0.5
  done
  say "$what after $(since "$t0") s"
}
token_of() { cat "$WORK/token-$1"; } # PARTNER_INDEX -> its current access token (files: xargs' shells read them)

# ---- 1. the bench partners, recharged -----------------------------------------------------------
PASSWORD="bench-$RUN-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
OPERATOR_TOKEN="$(kc_password_token "$OPERATOR_USER" "$OPERATOR_PASSWORD")"
PER_PARTNER=$(( (CUSTOMERS + PARTNERS - 1) / PARTNERS ))
RECHARGE="$(awk -v n="$PER_PARTNER" -v b="$BUFFER" 'BEGIN { printf "%.2f", n * b + 1000000 }')"
billing_knows_partner() { # PARTNER_INDEX
  [[ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "Authorization: Bearer $(token_of "$1")" \
    "$BILLING_URL/v2/accounts/partner-accounts/balances")" == 200 ]]
}
setup_partner() { # PARTNER_INDEX
  local i="$1" id code
  id="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  PARTNER_IDS[$i]="$id"
  step "bench partner $i: $id (Keycloak user bench-funds-$RUN-$i, platform id bench_funds_${RUN}_$i)"
  USER_IDS[$i]="$(kc_create_partner_user "bench-funds-$RUN-$i" "$PASSWORD" "$id")"
  kc_password_token "bench-funds-$RUN-$i" "$PASSWORD" > "$WORK/token-$i"
  [[ "$(jwt_claim "$(token_of "$i")" partner_id)" == "$id" ]] || die "the bench token does not carry partner_id $id"
  code="$(register_partner "$PARTNER_URL" "$(token_of "$i")" "$id" "$WORK/registration-$i.json")"
  [[ "$code" == 201 ]] || die "registering the partner in partner-service answered $code: $(head -c 300 "$WORK/registration-$i.json")"
  code="$(curl -s -o "$WORK/platform-$i.json" -m 30 -w '%{http_code}' -X PUT -H "Authorization: Bearer $OPERATOR_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"xaccount_type\":\"bench_funds_${RUN}_$i\"}" \
    "$PARTNER_URL/v2/partners/$id/access-configuration/xaccount-type")"
  [[ "$code" == 200 ]] || die "assigning the platform id answered $code: $(head -c 300 "$WORK/platform-$i.json")"
  say "registered in partner-service, platform id assigned by $OPERATOR_USER"
  await "billing-gateway knows the partner (partner.registered.v1)" 60 billing_knows_partner "$i"
  code="$(curl -s -o "$WORK/recharge-$i.json" -m 30 -w '%{http_code}' -X POST -H "Authorization: Bearer $OPERATOR_TOKEN" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: bench-funds-recharge-$RUN-$i" \
    -d "{\"amount\":$RECHARGE,\"reason\":\"bench/billing-funds.sh run $RUN\"}" \
    "$BILLING_URL/v2/operations/partners/$id/recharges")"
  [[ "$code" == 200 ]] || die "the recharge answered $code: $(head -c 300 "$WORK/recharge-$i.json")"
  say "recharged $RECHARGE by $OPERATOR_USER"
}
for ((p = 0; p < PARTNERS; p++)); do setup_partner "$p"; done
TOKEN_T0="$(date +%s)"

# ---- 2. resale customers through customer-service, known to billing by customer.events ----------------------------
# customer N (1..BENCH_CUSTOMERS) is partner (N-1) % BENCH_PARTNERS's; customers.txt: "<customer id> <partner index>"
create_customer() { # N -> "<the new customer's id> <partner index>" (or an error line on stderr)
  local p=$(( ($1 - 1) % PARTNERS )) out code
  out="$(curl -s -m 60 -w '\n%{http_code}' -X POST -H "Authorization: Bearer $(token_of "$p")" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-funds-$RUN-customer-$1" \
    -d "{\"xaccount_id\":\"bench-funds-$RUN-$1\",\"xaccount_type\":\"bench_funds_${RUN}_$p\"}" "$CUSTOMER_URL/v2/partners/sub-customers")"
  code="${out##*$'\n'}"
  if [[ "$code" == 200 ]]; then echo "$(jq -r .domain_id <<< "${out%$'\n'*}") $p"; else echo "customer $1: HTTP $code ${out%$'\n'*}" >&2; return 1; fi
}
export -f create_customer token_of
export PARTNERS RUN WORK CUSTOMER_URL
# customer-service accepts a platform id once it has projected the assignment (CBC.0150 before)
: > "$WORK/customers.txt"
first_customers() { # the first customer of every partner
  local n
  for ((n = 1; n <= PARTNERS && n <= CUSTOMERS; n++)); do
    grep -q " $(( n - 1 ))\$" "$WORK/customers.txt" || create_customer "$n" >> "$WORK/customers.txt" 2>> "$WORK/create-errors.txt" || return 1
  done
}
await "customer-service accepts the partners' platform ids (first customers created)" 60 first_customers
step "creating $CUSTOMERS resale customers in customer-service ($CREATE_PARALLEL at a time)"
t0="$(now)"
if (( CUSTOMERS > PARTNERS )); then
  seq $(( PARTNERS + 1 )) "$CUSTOMERS" | xargs -P "$CREATE_PARALLEL" -I{} bash -c 'create_customer {}' >> "$WORK/customers.txt" 2>> "$WORK/create-errors.txt" \
    || die "creating customers failed: $(head -3 "$WORK/create-errors.txt")"
fi
CREATED="$(grep -c . "$WORK/customers.txt")"
(( CREATED == CUSTOMERS )) || die "created $CREATED of $CUSTOMERS customers: $(head -3 "$WORK/create-errors.txt")"
say "created $CREATED customers in $(since "$t0") s ($(awk -v n="$CREATED" -v s="$(since "$t0")" 'BEGIN { printf "%.0f", n / s }')/s)"

billing_known_count() { # -> how many of the customers billing answers in the partners' balances batch queries
  local known=0 p chunk body
  for ((p = 0; p < PARTNERS; p++)); do
    while IFS= read -r chunk; do
      body="$(jq -cR 'split(",") | map(select(. != "")) | {customer_infos: map({customer_id: .})}' <<< "$chunk")"
      known=$(( known + $(curl -sf -m 30 -X POST -H "Authorization: Bearer $(token_of "$p")" -H 'Content-Type: application/json' \
        -d "$body" "$BILLING_URL/v2/accounts/customer-accounts/balances/batch-query" | jq '.customer_balances | length') ))
    done < <(awk -v p="$p" '$2 == p { print $1 }' "$WORK/customers.txt" | paste -d, $(printf -- '- %.0s' $(seq 100)))  # 100 ids a line
  done
  echo "$known"
}
billing_knows_customers() { [[ "$(billing_known_count)" == "$CUSTOMERS" ]]; }
await "billing-gateway knows all $CUSTOMERS customers (customer.events)" 180 billing_knows_customers

step "allocating $BUFFER to each customer (the buffer reclaims draw on)"
t0="$(now)"
allocate_buffer() { # CUSTOMER_ID PARTNER_INDEX
  local out
  out="$(curl -s -m 60 -w '\n%{http_code}' -X POST -H "Authorization: Bearer $(token_of "$2")" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bf-$RUN-buffer-$1" -d "{\"customer_id\":\"$1\",\"amount\":$BUFFER}" \
    "$BILLING_URL/v2/accounts/partner-accounts/adjust-amount")"
  [[ "${out##*$'\n'}" == 200 ]] || { echo "buffer for $1: HTTP ${out##*$'\n'} ${out%$'\n'*}" >&2; return 1; }
}
export -f allocate_buffer
export BUFFER BILLING_URL
xargs -P "$CREATE_PARALLEL" -L1 bash -c 'allocate_buffer "$0" "$1"' < "$WORK/customers.txt" 2> "$WORK/buffer-errors.txt" \
  || die "allocating the buffers failed: $(head -3 "$WORK/buffer-errors.txt")"
say "allocated in $(since "$t0") s"
PARTNER_LIST="$(printf "'%s'," "${PARTNER_IDS[@]}")"
ledger_count() { sql billing "select count(*) from ledger_transaction where partner_id in (${PARTNER_LIST%,}) and trade_type in ('BEADJUST', 'BERETRIEVE')"; }
LEDGER_BEFORE="$(ledger_count)"
# what wrk sends: "<customer id> <its partner's token>" lines
write_targets() { awk 'NR == FNR { token[FNR - 1] = $0; next } { print $1, token[$2] }' <(for ((p = 0; p < PARTNERS; p++)); do token_of "$p"; done) "$WORK/customers.txt" > "$WORK/targets.txt"; }
write_targets

# ---- 3. pgbench's scratch database -----------------------------------------------------------------
pgbench_init

# ---- 4. runs ---------------------------------------------------------------------------------------
declare -A RESULT IDLE CPU WAITS
BENCH_OK=0
wrk_funds() { # LABEL CONNECTIONS DURATION
  wrk -t "$(( THREADS < $2 ? THREADS : $2 ))" -c "$2" -d "$3" --latency --timeout 10s \
    -s "$BENCH/billing-funds.lua" "$BILLING_URL" -- "$RUN" "$WORK/targets.txt" "$AMOUNT" "$RECLAIM_PERCENT" \
    > "$WORK/wrk-$1.txt"
}
sampled_wrk_funds() { # LABEL CONNECTIONS DURATION: wrk_funds while billing's sessions are sampled
  wait_sampler_start billing "$WORK/waits-$1.txt"
  wrk_funds "$@"
  wait_sampler_stop
}
fresh_tokens() { # tokens live 30 minutes: take new ones when these are older than 20
  local p
  (( $(date +%s) - TOKEN_T0 > 1200 )) || return 0
  for ((p = 0; p < PARTNERS; p++)); do kc_password_token "bench-funds-$RUN-$p" "$PASSWORD" > "$WORK/token-$p"; done
  TOKEN_T0="$(date +%s)"
  write_targets
}
for c in "${CONNECTION_LIST[@]}"; do
  fresh_tokens
  step "funds -c$c: wrk -t$THREADS -c$c -d$DURATION, $RECLAIM_PERCENT % reclaims of $AMOUNT, the rest allocations (after a $WARMUP_DURATION warm-up)"
  wrk_funds "funds-$c-warmup" "$c" "$WARMUP_DURATION"
  say "warm-up: $(bench_line "funds-$c-warmup")"
  measure "funds-$c" sampled_wrk_funds "funds-$c" "$c" "$DURATION"
  record_run "funds/$c" "funds-$c" "$(bench_line "funds-$c")"
  WAITS[funds/$c]="$(wait_summary "$WORK/waits-funds-$c.txt")"
  say "billing's database sessions during the run: ${WAITS[funds/$c]}"
  BENCH_OK=$(( BENCH_OK + $(field "$(bench_line "funds-$c-warmup")" ok) + $(field "${RESULT[funds/$c]}" ok) ))

  PGBENCH_CLIENTS="$c"
  PGBENCH_JOBS="$(( PGBENCH_JOB_LIMIT < c ? PGBENCH_JOB_LIMIT : c ))"   # wrk and pgbench: no more threads than connections
  step "pgbench TPC-B -c$c -j$PGBENCH_JOBS -T$PGBENCH_DURATION (after a ${PGBENCH_WARMUP} s TPC-B warm-up; max_connections $MAX_CONNECTIONS)"
  run_pgbench "tpcb-$c-warmup" "$PGBENCH_WARMUP"
  measure "tpcb-$c" run_pgbench "tpcb-$c" "$PGBENCH_DURATION"
  record_run "tpcb/$c" "tpcb-$c" "PGBENCH tpc-b tps=$(printf '%.1f' "$(pgbench_tps "tpcb-$c")") latency_avg_ms=$(pgbench_latency "tpcb-$c")"
done

# ---- 5. the money afterwards ---------------------------------------------------------------------------
step "ledger checks"
MISMATCH="$(sql billing 'select count(*) from ledger_balance_mismatch')"
NEGATIVE="$(sql billing "select count(*) from account a where a.partner_id in (${PARTNER_LIST%,}) and a.kind in ('CASH', 'ALLOCATED_BALANCE') and a.balance < 0")"
LEDGER_AFTER="$(ledger_count)"
say "ledger_balance_mismatch rows: $MISMATCH; negative cash/allocated balances of the bench partners: $NEGATIVE"
say "allocations + reclaims in the ledger during the runs: $(( LEDGER_AFTER - LEDGER_BEFORE )); 2xx answers counted by wrk: $BENCH_OK"

# ---- 6. summary ------------------------------------------------------------------------------------
{
  say ""
  say "==== billing-gateway allocate/reclaim benchmark, run $RUN ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load generator on the same machine) ===="
  say "data: $PARTNERS partner(s) (${PARTNER_IDS[*]}), $CUSTOMERS resale customers over them (created through customer-service), $BUFFER each allocated first;"
  say "      wrk -t$THREADS -d$DURATION after a $WARMUP_DURATION warm-up, $RECLAIM_PERCENT % reclaims / $((100 - RECLAIM_PERCENT)) % allocations of $AMOUNT, a fresh Idempotency-Key each;"
  say "      pgbench TPC-B scale $PGBENCH_SCALE, -M prepared -j$PGBENCH_JOBS -T$PGBENCH_DURATION on the same PostgreSQL ($(psql -X -q -tA -c 'show server_version'), max_connections $MAX_CONNECTIONS)"
  printf '%-6s %9s %9s %8s %8s %8s %10s %8s  %s\n' conns requests 'req/s' 'p50 ms' 'p99 ms' non-2xx 'TPC-B tps' '% TPC-B' 'CPU idle before funds / TPC-B'
  for c in "${CONNECTION_LIST[@]}"; do
    r="${RESULT[funds/$c]}"
    tps="$(field " ${RESULT[tpcb/$c]}" tps)"
    printf '%-6s %9s %9s %8s %8s %8s %10s %8s  %s\n' "$c" "$(field "$r" requests)" "$(field "$r" rps)" "$(field "$r" p50_ms)" \
      "$(field "$r" p99_ms)" "$(field "$r" non2xx)" "$tps" \
      "$(awk -v a="$(field "$r" rps)" -v b="$tps" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "-" }')" \
      "${IDLE[funds/$c]} / ${IDLE[tpcb/$c]}"
  done
  for c in "${CONNECTION_LIST[@]}"; do
    say "non-2xx -c$c: $(field "${RESULT[funds/$c]}" statuses) (socket errors $(field "${RESULT[funds/$c]}" socket_errors))"
    say "billing sessions -c$c: ${WAITS[funds/$c]}"
    say "CPU funds -c$c: ${CPU[funds/$c]}"
    say "CPU TPC-B -c$c: ${CPU[tpcb/$c]}"
  done
  say "ledger: $MISMATCH mismatching accounts, $NEGATIVE negative balances; $(( LEDGER_AFTER - LEDGER_BEFORE )) movements for $BENCH_OK 2xx answers"
  for k in "${!IDLE[@]}"; do
    if (( ${IDLE[$k]%\%} < MIN_IDLE )); then
      say "NOTE: idle below ${MIN_IDLE}% before a run: something else was using the CPU, the figures are skewed."; break
    fi
  done
} | tee "$WORK/summary.txt"
