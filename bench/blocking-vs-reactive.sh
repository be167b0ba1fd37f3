#!/usr/bin/env bash
# The blocking build (Hibernate ORM, JDBC, @Transactional, outbox relay polling every second) of
# partner-service and customer-service against the reactive build (Hibernate Reactive Panache, reactive PG
# client, outbox relay woken by LISTEN/NOTIFY), in one run, on the running local stack. Not a test: it
# prints figures beside the targets and asserts nothing. See docs/benchmarks.md.
#
#   dev/stack.sh up                              # the stack, running the NEW build's jars
#   BENCH_OLD_REF=<commit> bench/blocking-vs-reactive.sh
#
# OLD = jars built from the git ref BENCH_OLD_REF (required: the main commit just before the reactive
# merge), built once into bench/.work/old-jars/<commit>/ from a worktree in bench/.work/old-src and reused.
# NEW = the working tree's jars (<service>/target/quarkus-app), the ones dev/stack.sh runs.
#
# Phases, one after the other, so that the builds never share databases, consumer groups or events:
# the stack's partner-service and customer-service are stopped; for each phase (BENCH_PHASES, "old new")
# the phase's two jars start on the stack's ports (8081, 8082) against fresh databases
# bench_<phase>_partner and bench_<phase>_customer on the stack's PostgreSQL, with customer-service in a
# consumer group of its own (bench-<run>-<phase>, starting at the end of partner.events); the phase is
# measured and its services are stopped. At the end the stack's services are started again
# (dev/stack.sh up --no-build) and the figures are printed side by side.
#
# Measured in each phase, each HTTP run after a warm-up run of the same load (JIT, pools; not reported),
# each measured run after waiting for a quiet machine (its idle share and where the CPU went are printed):
#   pgbench        select-only and TPC-B TPS on the same PostgreSQL server (scratch database bench_pgbench)
#   status read    GET /v2/partners/{id} (partner-service), req/s, p50/p99; ratio to select-only TPS
#   create         POST /v2/partners/sub-customers (customer-service), req/s, p50/p99; ratio to TPC-B TPS
#   query          POST /v2/partners/sub-customers/query, limit 10 and limit 100, offset 0, for the partner
#                  that has 10,000 of 100,000 seeded customers (bench/lib.sh seed_sub_customers)
#   event hop      paced partner writes (PUT .../access-configuration/capabilities, each one a change and an
#                  event) at ~200/s; commit -> Kafka (record timestamp - outbox created_at) and commit ->
#                  projection (customer-service processed_event.processed_at - created_at), p50/p99
#   RSS            of both services after the load (/proc/<pid>/status)
#
# Environment (defaults in brackets):
#   BENCH_OLD_REF [required]        git ref of the OLD build (e.g. the first parent of the reactive merge)
#   BENCH_PHASES ["old new"]        phases to run, in this order
#   BENCH_DURATION [10s], BENCH_WARMUP_DURATION [60s], BENCH_THREADS [2], BENCH_CONNECTIONS [16]   wrk runs
#   BENCH_TOTAL [100000], BENCH_PARTNER_CUSTOMERS [10000], BENCH_OTHER_PARTNERS [90]   seeded customers
#   BENCH_PARTNER_ID [be9c0000000000000000000000000001]   the partner the queries run for
#   BENCH_HOP_RATE [200] writes/s, BENCH_HOP_WRITERS [8] partners (one wrk thread and connection each: at
#                                   25 writes/s each, the rate holds while a write answers within 40 ms),
#   BENCH_HOP_DURATION [10s], BENCH_HOP_WARMUP_DURATION [10s], BENCH_HOP_TIMEOUT [60] s to wait for the events
#   BENCH_PGBENCH_SCALE [10], BENCH_PGBENCH_CLIENTS [BENCH_CONNECTIONS], BENCH_PGBENCH_JOBS [BENCH_THREADS],
#   BENCH_PGBENCH_DURATION [10] s, BENCH_PGBENCH_WARMUP [5] s
#   BENCH_MIN_IDLE [70], BENCH_IDLE_WAIT [180]  wait up to IDLE_WAIT s for MIN_IDLE % idle before each run
#   BENCH_SERVICE_TIMEOUT [120]     s to wait for a started service's readiness
#   BENCH_KEEP_DBS [0]              1: keep the bench_* databases at the end
#   BENCH_MVN_ARGS []               extra Maven arguments for building the OLD jars (e.g. -o)
#   PC_SERVICE_JAVA_OPTS [-Xmx256m -XX:+UseSerialGC] JVM options of the services, as dev/stack.sh
#   KEYCLOAK_URL [http://127.0.0.1:8190], PC_DB_HOST [127.0.0.1], PC_DB_PORT [5433],
#   PC_DB_USER / PC_DB_PASSWORD [partnercenter], PC_KAFKA_PORT [9092]
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

OLD_REF="${BENCH_OLD_REF:-}"
read -r -a PHASES <<< "${BENCH_PHASES:-old new}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP_DURATION="${BENCH_WARMUP_DURATION:-60s}"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
TOTAL="${BENCH_TOTAL:-100000}"
PARTNER_CUSTOMERS="${BENCH_PARTNER_CUSTOMERS:-10000}"
OTHER_PARTNERS="${BENCH_OTHER_PARTNERS:-90}"
QUERY_PARTNER="${BENCH_PARTNER_ID:-be9c0000000000000000000000000001}"
HOP_RATE="${BENCH_HOP_RATE:-200}"
HOP_WRITERS="${BENCH_HOP_WRITERS:-8}"
HOP_DURATION="${BENCH_HOP_DURATION:-10s}"
HOP_WARMUP="${BENCH_HOP_WARMUP_DURATION:-10s}"
HOP_TIMEOUT="${BENCH_HOP_TIMEOUT:-60}"
PGBENCH_SCALE="${BENCH_PGBENCH_SCALE:-10}"
PGBENCH_CLIENTS="${BENCH_PGBENCH_CLIENTS:-$CONNECTIONS}"
PGBENCH_JOBS="${BENCH_PGBENCH_JOBS:-$THREADS}"
PGBENCH_DURATION="${BENCH_PGBENCH_DURATION:-10}"
PGBENCH_WARMUP="${BENCH_PGBENCH_WARMUP:-5}"
MIN_IDLE="${BENCH_MIN_IDLE:-70}"
IDLE_WAIT="${BENCH_IDLE_WAIT:-180}"
SERVICE_TIMEOUT="${BENCH_SERVICE_TIMEOUT:-120}"
KEEP_DBS="${BENCH_KEEP_DBS:-0}"
read -r -a MVN_ARGS <<< "${BENCH_MVN_ARGS:-}"
SERVICE_JAVA_OPTS="${PC_SERVICE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8190}"
KAFKA_BOOTSTRAP="127.0.0.1:${PC_KAFKA_PORT:-9092}"
export PGHOST="${PC_DB_HOST:-127.0.0.1}" PGPORT="${PC_DB_PORT:-5433}" PGUSER="${PC_DB_USER:-partnercenter}" \
  PGPASSWORD="${PC_DB_PASSWORD:-partnercenter}" PGDATABASE=postgres

SERVICES=(partner-service customer-service)
declare -A PORT=([partner-service]=8081 [customer-service]=8082)
declare -A DB_OF=([partner-service]=partner [customer-service]=customer)
PARTNER_URL="http://127.0.0.1:${PORT[partner-service]}"
CUSTOMER_URL="http://127.0.0.1:${PORT[customer-service]}"
PGBENCH_DB=bench_pgbench
# Targets of the reactive rewrite (docs/benchmarks.md)
TARGET_READ_PCT=25 TARGET_CREATE_PCT=40 TARGET_QUERY_P99=50 TARGET_KAFKA_P99=50 TARGET_PROJECTION_P99=100 TARGET_RSS_MIB=300

# ---- checks ------------------------------------------------------------------------------------
if [[ -z "$OLD_REF" ]]; then
  say "BENCH_OLD_REF is required: the git ref of the OLD (blocking) build, normally the main commit just"
  say "before the reactive merge, e.g."
  say "    BENCH_OLD_REF=<merge-commit>^1 $0"
  candidate="$(git -C "$REPO" log --merges --first-parent -i --grep=reactive --format='%h %s' -1 2>/dev/null || true)"
  [[ -z "$candidate" ]] || say "(the newest merge on this branch naming 'reactive': $candidate -> BENCH_OLD_REF=${candidate%% *}^1)"
  exit 2
fi
for v in TOTAL PARTNER_CUSTOMERS OTHER_PARTNERS HOP_RATE HOP_WRITERS HOP_TIMEOUT PGBENCH_SCALE PGBENCH_CLIENTS \
         PGBENCH_JOBS PGBENCH_DURATION PGBENCH_WARMUP SERVICE_TIMEOUT; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || die "BENCH_$v must be a positive number (is '${!v}')"
done
(( PARTNER_CUSTOMERS >= 100 && TOTAL >= PARTNER_CUSTOMERS )) \
  || die "BENCH_PARTNER_CUSTOMERS must be at least 100 (a full page of limit 100) and at most BENCH_TOTAL"
[[ "$QUERY_PARTNER" =~ ^[0-9a-f]{32}$ ]] || die "BENCH_PARTNER_ID must be 32 lower-case hex digits"
for p in "${PHASES[@]}"; do [[ "$p" == old || "$p" == new ]] || die "BENCH_PHASES: unknown phase '$p' (old, new)"; done
require_loopback "$KEYCLOAK_URL" "$PGHOST"

need_pkg curl curl
need_pkg jq jq
need_pkg wrk wrk
need_pkg psql postgresql-client
# Debian ships pgbench with the server package (/usr/bin/pgbench alone is postgresql-client-common's wrapper)
pgbench --version >/dev/null 2>&1 || apt_install postgresql pgbench
pgbench --version >/dev/null 2>&1 || die "pgbench does not run even after installing postgresql"
command -v java >/dev/null && command -v mvn >/dev/null && command -v git >/dev/null || die "java, mvn and git are needed"

require_realm
psql -X -q -tA -c 'select 1' >/dev/null 2>&1 || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER: is the stack up?"
(exec 3<>"/dev/tcp/${KAFKA_BOOTSTRAP%:*}/${KAFKA_BOOTSTRAP#*:}") 2>/dev/null || die "no Kafka at $KAFKA_BOOTSTRAP: is the stack up?"
KAFKA_CLASSPATH_FILE="$REPO/.stack/build/kafka.classpath"
[[ -s "$KAFKA_CLASSPATH_FILE" ]] || die "$KAFKA_CLASSPATH_FILE missing: dev/stack.sh up resolves it (the event hop reads Kafka with its console consumer)"

RUN="$(date -u +%Y%m%d%H%M%S)"
WORK="$BENCH/.work/compare-$RUN"
BENCH_PID_DIR="$WORK/pids"      # cpu_snapshot (lib.sh) accounts the processes recorded here
mkdir -p "$BENCH_PID_DIR"
say "run $RUN, data in ${WORK#"$REPO"/}"

# ---- processes this script starts -----------------------------------------------------------------
proc_start_time() { awk '{ sub(/.*\) /, ""); print $20 }' "/proc/$1/stat" 2>/dev/null; }

# start_process NAME LOG COMMAND...: in a session of its own, recorded in $BENCH_PID_DIR/NAME.pid
start_process() {
  local name="$1" log="$2"; shift 2
  (cd "$WORK" && exec setsid "$@" > "$log" 2>&1 < /dev/null) &
  local pid=$!
  sleep 0.2
  echo "$pid $(proc_start_time "$pid")" > "$BENCH_PID_DIR/$name.pid"
}

pid_of() { # NAME [PID_DIR] -> the recorded pid if that very process is still alive
  local f="${2:-$BENCH_PID_DIR}/$1.pid" pid start
  [[ -f "$f" ]] || return 1
  read -r pid start < "$f" || return 1
  [[ "$pid" =~ ^[0-9]+$ && -n "$start" && "$(proc_start_time "$pid")" == "$start" ]] || return 1
  echo "$pid"
}

# stop_process NAME [PID_DIR]: TERM to its process group, KILL after 30 s; forgets the pid file
stop_process() {
  local pid i dir="${2:-$BENCH_PID_DIR}"
  if pid="$(pid_of "$1" "$dir")"; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do [[ -n "$(proc_start_time "$pid")" ]] || break; sleep 0.2; done
    if [[ -n "$(proc_start_time "$pid")" ]]; then
      say "WARNING: $1 (pid $pid) still alive after 30 s: KILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$dir/$1.pid"
}

# ---- the two builds ------------------------------------------------------------------------------
OLD_SHA="$(git -C "$REPO" rev-parse --verify -q "$OLD_REF^{commit}")" || die "BENCH_OLD_REF=$OLD_REF is not a commit"
OLD_JARS="$BENCH/.work/old-jars/$OLD_SHA"
OLD_SRC="$BENCH/.work/old-src"
# "+changes": the working tree differs from HEAD outside bench/ and docs/ (the jars may hold uncommitted code)
NEW_DESC="$(git -C "$REPO" rev-parse --short HEAD)$( [[ -z "$(git -C "$REPO" status --porcelain --untracked-files=no -- . ':!bench' ':!docs')" ]] || echo '+changes')"
declare -A APP_DIR

build_old_jars() {
  if [[ -f "$OLD_JARS/complete" ]]; then
    say "OLD jars of ${OLD_SHA:0:10} cached in ${OLD_JARS#"$REPO"/}"
    return 0
  fi
  step "building the OLD jars of $OLD_REF (${OLD_SHA:0:10}) in ${OLD_SRC#"$REPO"/} (once; cached afterwards)"
  local t0 log="$BENCH/.work/old-build-${OLD_SHA:0:10}.log" s
  t0="$(now)"
  if [[ -e "$OLD_SRC/.git" ]]; then
    git -C "$OLD_SRC" checkout -q --force --detach "$OLD_SHA" || die "cannot check out $OLD_SHA in $OLD_SRC"
  else
    git -C "$REPO" worktree prune
    git -C "$REPO" worktree add -q --detach "$OLD_SRC" "$OLD_SHA" || die "git worktree add $OLD_SRC failed"
  fi
  if ! (cd "$OLD_SRC" && mvn -B -q -Dstyle.color=never -DskipTests "${MVN_ARGS[@]}" package \
          -pl partner-service,customer-service -am) > "$log" 2>&1; then
    tail -n 40 "$log"
    die "building the OLD jars failed (log: ${log#"$REPO"/})"
  fi
  for s in "${SERVICES[@]}"; do
    rm -rf "${OLD_JARS:?}/$s"
    mkdir -p "$OLD_JARS/$s"
    cp -a "$OLD_SRC/$s/target/quarkus-app" "$OLD_JARS/$s/"
  done
  touch "$OLD_JARS/complete"
  say "built in $(since "$t0") s"
}

describe_builds() {
  local s jar
  head_time="$(git -C "$REPO" log -1 --format=%ct HEAD)"
  for s in "${SERVICES[@]}"; do
    APP_DIR[old/$s]="$OLD_JARS/$s/quarkus-app"
    APP_DIR[new/$s]="$REPO/$s/target/quarkus-app"
    jar="${APP_DIR[new/$s]}/quarkus-run.jar"
    if [[ " ${PHASES[*]} " == *" new "* ]]; then
      [[ -f "$jar" ]] || die "no NEW jar $jar: build it (dev/stack.sh up --build, or mvn -DskipTests install)"
      if (( $(stat -c %Y "$jar") < head_time )); then
        say "WARNING: $jar is older than the HEAD commit: stale? (dev/stack.sh up --build rebuilds)"
      fi
    fi
  done
  say "OLD: $OLD_REF = $(git -C "$REPO" log -1 --format='%h %s' "$OLD_SHA" | cut -c1-100)"
  say "NEW: working tree $NEW_DESC, jars built $(date -u -r "${APP_DIR[new/partner-service]}/quarkus-run.jar" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?') / $(date -u -r "${APP_DIR[new/customer-service]}/quarkus-run.jar" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?')"
}

# ---- the stack's services ------------------------------------------------------------------------
STACK_PIDS="$REPO/.stack/pids"
STOPPED_STACK=()
stop_stack_services() {
  local s
  for s in "${SERVICES[@]}"; do
    if pid_of "$s" "$STACK_PIDS" >/dev/null; then
      say "stopping the stack's $s (restarted at the end)"
      stop_process "$s" "$STACK_PIDS"
      STOPPED_STACK+=("$s")
    fi
  done
}
restore_stack_services() {
  ((${#STOPPED_STACK[@]})) || return 0
  say "restarting the stack's ${STOPPED_STACK[*]} (dev/stack.sh up --no-build, log ${WORK#"$REPO"/}/stack-restore.log)"
  if PC_SERVICES="${STOPPED_STACK[*]}" "$REPO/dev/stack.sh" up --no-build > "$WORK/stack-restore.log" 2>&1; then
    STOPPED_STACK=()
  else
    say "WARNING: restarting the stack's services failed: see ${WORK#"$REPO"/}/stack-restore.log; run dev/stack.sh up"
  fi
}

# ---- the services of a phase -------------------------------------------------------------------
start_phase_services() { # PHASE
  local phase="$1" s db url pid i extra
  for s in "${SERVICES[@]}"; do
    extra=()
    # customer-service's consumer of partner.events: a group of the phase's own, from the end of the topic.
    # (Only where the channel exists: in partner-service these variables would declare a channel "partner".)
    [[ "$s" != customer-service ]] || extra=(MP_MESSAGING_INCOMING_PARTNER_EVENTS_GROUP_ID="bench-$RUN-$phase"
                                              MP_MESSAGING_INCOMING_PARTNER_EVENTS_AUTO_OFFSET_RESET=latest)
    (exec 3<>"/dev/tcp/127.0.0.1/${PORT[$s]}") 2>/dev/null \
      && die "port ${PORT[$s]} is in use by a process this script did not start (another stack's $s?)"
    db="bench_${phase}_${DB_OF[$s]}"
    fresh_database "$db"
    # shellcheck disable=SC2086
    start_process "$s" "$WORK/$phase-$s.log" env \
      QUARKUS_HTTP_PORT="${PORT[$s]}" QUARKUS_HTTP_HOST=127.0.0.1 \
      DB_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_REACTIVE_URL="postgresql://$PGHOST:$PGPORT/$db" \
      DB_USERNAME="$PGUSER" DB_PASSWORD="$PGPASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
      OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/$REALM" \
      MAILER_MOCK=true REALNAME_ID_NUMBER_HASH_KEY=local-development-key-not-secret "${extra[@]}" \
      RATE_LIMIT_ENABLED=false IDEMPOTENCY_FINGERPRINT_KEY=local-development-key-not-secret \
      MALLOC_ARENA_MAX=2 \
      java $SERVICE_JAVA_OPTS -jar "${APP_DIR[$phase/$s]}/quarkus-run.jar"
  done
  for s in "${SERVICES[@]}"; do
    url="http://127.0.0.1:${PORT[$s]}/q/health/ready"
    for ((i = 0; ; i++)); do
      [[ "$(http_status "$url")" == 200 ]] && break
      if ! pid="$(pid_of "$s")" || (( i >= SERVICE_TIMEOUT )); then
        tail -n 30 "$WORK/$phase-$s.log"
        die "$phase $s did not become ready (log ${WORK#"$REPO"/}/$phase-$s.log)"
      fi
      sleep 1
    done
    say "$phase $s ready (pid $(pid_of "$s"), database bench_${phase}_${DB_OF[$s]})"
  done
}
stop_phase_services() { local s; for s in "${SERVICES[@]}"; do stop_process "$s"; done; }

# ---- bench identities (Keycloak) -----------------------------------------------------------------
# roles: reader (status read), creator (creates), querier (the seeded partner), writer1..N (event hop)
declare -A USERNAME PARTNER KC_ID
PASSWORD="bench-$RUN-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
rand_partner_id() { head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
create_identities() {
  local role
  WRITERS=()
  for ((i = 1; i <= HOP_WRITERS; i++)); do WRITERS+=("writer$i"); done
  for role in reader creator querier "${WRITERS[@]}"; do
    USERNAME[$role]="bench-compare-$RUN-$role"
    if [[ "$role" == querier ]]; then PARTNER[$role]="$QUERY_PARTNER"; else PARTNER[$role]="$(rand_partner_id)"; fi
    KC_ID[$role]="$(kc_create_partner_user "${USERNAME[$role]}" "$PASSWORD" "${PARTNER[$role]}")"
  done
  local token claim
  token="$(token_of reader)"
  claim="$(jwt_claim "$token" partner_id)"
  [[ "$claim" == "${PARTNER[reader]}" ]] || die "the bench token carries partner_id '$claim', expected ${PARTNER[reader]}"
  say "created ${#KC_ID[@]} Keycloak users bench-compare-$RUN-* (realm role partner; tokens fetched per scenario)"
}
delete_identities() {
  local role n=0
  for role in "${!KC_ID[@]}"; do kc_delete_user "${KC_ID[$role]}" && n=$((n + 1)); unset "KC_ID[$role]"; done
  ((n == 0)) || say "deleted $n bench users"
}
token_of() { kc_password_token "${USERNAME[$1]}" "$PASSWORD"; }

# ---- measured runs -------------------------------------------------------------------------------
declare -A RESULT IDLE CPU

wrk_run() { # OUT_LABEL DURATION TOKEN URL LUA [LUA_ARGS...]
  local label="$1" duration="$2" token="$3" url="$4" lua="$5"; shift 5
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$duration" --latency --timeout 10s \
    -H "Authorization: Bearer $token" -s "$BENCH/$lua" "$url" -- "$@" > "$WORK/wrk-$label.txt"
}
# http_scenario PHASE NAME ROLE URL LUA [LUA_ARGS...]: warm-up run, then the measured run
http_scenario() {
  local phase="$1" name="$2" role="$3" url="$4" lua="$5"; shift 5
  local token
  step "$phase: $name — wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP_DURATION warm-up)"
  token="$(token_of "$role")"
  wrk_run "$phase-$name-warmup" "$WARMUP_DURATION" "$token" "$url" "$lua" "$@"
  measure "$phase-$name" wrk_run "$phase-$name" "$DURATION" "$token" "$url" "$lua" "$@"
  record_run "$phase/$name" "$phase-$name" "$(bench_line "$phase-$name")"
}

pgbench_scenarios() { # PHASE
  local phase="$1"
  step "$phase: pgbench -M prepared -c$PGBENCH_CLIENTS -j$PGBENCH_JOBS -T$PGBENCH_DURATION, select-only (-S) and TPC-B (after a ${PGBENCH_WARMUP} s select-only warm-up)"
  run_pgbench "$phase-warmup" "$PGBENCH_WARMUP" -S -n
  measure "$phase-pgbench-select" run_pgbench "$phase-select" "$PGBENCH_DURATION" -S -n
  record_run "$phase/pgbench-select" "$phase-pgbench-select" \
    "PGBENCH select-only tps=$(pgbench_tps "$phase-select") latency_avg_ms=$(pgbench_latency "$phase-select")"
  measure "$phase-pgbench-tpcb" run_pgbench "$phase-tpcb" "$PGBENCH_DURATION"
  record_run "$phase/pgbench-tpcb" "$phase-pgbench-tpcb" \
    "PGBENCH tpc-b tps=$(pgbench_tps "$phase-tpcb") latency_avg_ms=$(pgbench_latency "$phase-tpcb")"
}

# ---- phase set-up: partners, customers, sanity ---------------------------------------------------
prepare_phase_data() { # PHASE
  local phase="$1" role code token answer
  step "$phase: partners, $TOTAL seeded customers, sanity checks"
  # every partner that calls customer-service registers first: since the partner gate, customer-service serves only
  # partners whose registration it has projected; the creator's platform id is the xaccount_type its creates carry
  for role in reader creator querier "${WRITERS[@]}"; do
    code="$(register_partner "$PARTNER_URL" "$(token_of "$role")" "${PARTNER[$role]}" "$WORK/$phase-register.json")"
    [[ "$code" == 201 ]] || die "$phase: registering $role answered $code: $(head -c 300 "$WORK/$phase-register.json")"
  done
  code="$(curl -s -o "$WORK/$phase-platform.json" -m 10 -w '%{http_code}' -X PUT \
    -H "Authorization: Bearer $(kc_password_token operator-demo operator-demo)" -H 'Content-Type: application/json' \
    -d '{"xaccount_type":"bench-create"}' "$PARTNER_URL/v2/partners/${PARTNER[creator]}/access-configuration/xaccount-type")"
  [[ "$code" == 200 ]] || say "$phase: assigning the creator's platform id answered $code (a build without rule 20's check needs none)"
  token="$(token_of reader)"
  code="$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "Authorization: Bearer $token" "$PARTNER_URL/v2/partners/${PARTNER[reader]}")"
  [[ "$code" == 200 ]] || die "$phase: GET /v2/partners/${PARTNER[reader]} answered $code"

  local t0 seeded mine labelled
  t0="$(now)"
  PGDATABASE="bench_${phase}_customer" seed_sub_customers "$TOTAL" "$PARTNER_CUSTOMERS" "$OTHER_PARTNERS" "$QUERY_PARTNER" \
    > "$WORK/$phase-seeded.txt" || die "$phase: seeding failed"
  read -r seeded mine labelled < "$WORK/$phase-seeded.txt"
  say "registered $((3 + HOP_WRITERS)) partners; seeded $seeded customers ($mine for $QUERY_PARTNER, $labelled labelled) in $(since "$t0") s"

  # the registrations and the platform id reach customer-service as events: wait until it serves both partners
  local deadline=$(( $(date +%s) + 60 ))
  until [[ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' -X POST -H "Authorization: Bearer $(token_of creator)" \
            -H 'Content-Type: application/json' -d "{\"xaccount_id\":\"bench-$RUN-$phase-known\",\"xaccount_type\":\"bench-create\"}" \
            "$CUSTOMER_URL/v2/partners/sub-customers")" == 200 ]]; do
    (( $(date +%s) < deadline )) || die "$phase: customer-service did not accept the creator's creates within 60 s"
    sleep 0.5
  done
  token="$(token_of querier)"
  answer="$(curl -sf -m 30 -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"offset":0,"limit":100}' "$CUSTOMER_URL/v2/partners/sub-customers/query")" || die "$phase: the query answered an error"
  [[ "$(jq -r '.count' <<< "$answer")" == "$mine" && "$(jq -r '.customer_infos | length' <<< "$answer")" == 100 ]] \
    || die "$phase: query: expected count $mine and 100 customers, got $(head -c 300 <<< "$answer")"
  token="$(token_of creator)"
  answer="$(curl -s -m 30 -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"xaccount_id\":\"bench-$RUN-$phase-sanity\",\"xaccount_type\":\"bench-create\"}" \
    "$CUSTOMER_URL/v2/partners/sub-customers")"
  [[ -n "$(jq -r '.domain_id // empty' <<< "$answer" 2>/dev/null)" ]] || die "$phase: create answered $(head -c 300 <<< "$answer")"
  say "sanity: status read 200; query count $mine with 100 customers; create answers a domain_id"
}

# ---- event hop -----------------------------------------------------------------------------------
# The probe: Kafka's console consumer on partner.events (group bench-probe-<run>-<phase>, from the end),
# printing each record's timestamp (CreateTime: set by the relay's producer when it sends the record).
start_probe() { # PHASE
  start_process kafka-probe "$WORK/$1-probe.txt" java -Xmx128m -cp "$(cat "$KAFKA_CLASSPATH_FILE")" org.apache.kafka.tools.consumer.ConsoleConsumer \
    --bootstrap-server "$KAFKA_BOOTSTRAP" --topic partner.events --group "bench-probe-$RUN-$1" \
    --consumer-property auto.offset.reset=latest --property print.timestamp=true
}
probe_lines() { grep -c '^CreateTime:' "$WORK/$1-probe.txt" 2>/dev/null || true; }

hop_tokens() { # FILE: "<partner_id> <token>" per writer
  local w
  : > "$1"
  for w in "${WRITERS[@]}"; do printf '%s %s\n' "${PARTNER[$w]}" "$(token_of "$w")" >> "$1"; done
}
paced_run() { # OUT_LABEL DURATION TOKEN_FILE
  wrk -t "$HOP_WRITERS" -c "$HOP_WRITERS" -d "$2" --latency --timeout 10s -s "$BENCH/paced-capabilities.lua" \
    "$PARTNER_URL" -- "$3" "$(awk -v r="$HOP_RATE" -v n="$HOP_WRITERS" 'BEGIN { printf "%.3f", r / n }')" \
    > "$WORK/wrk-$1.txt"
}
outbox_max_id() { sql "bench_${1}_partner" 'select coalesce(max(id), 0) from outbox_event'; }

# hop_settled PHASE FROM TO: every outbox row in (FROM, TO] is sent, projected by customer-service and seen
# by the probe (at least as many probe lines as rows after PROBE_BASE lines)
hop_settled() {
  local phase="$1" from="$2" to="$3" ids unsent projected
  [[ "$to" -gt "$from" ]] || return 0
  read -r unsent ids < <(sql "bench_${phase}_partner" \
    "select count(*) filter (where sent_at is null), '{' || string_agg(event_id::text, ',') || '}' from outbox_event where id > $from and id <= $to" -F ' ')
  [[ "$unsent" == 0 ]] || return 1
  projected="$(PGDATABASE="bench_${phase}_customer" psql -X -q -tA -v ids="$ids" <<'SQL'
select count(*) from processed_event where consumer = 'customer-service' and event_id = any(:'ids'::uuid[]);
SQL
)"
  [[ "$projected" -ge $((to - from)) ]] || return 1
  (( $(probe_lines "$phase") - PROBE_BASE >= to - from ))
}
wait_hop_settled() { # PHASE FROM TO -> seconds waited, or "timeout"
  local t0 deadline
  t0="$(now)"; deadline=$(( $(date +%s) + HOP_TIMEOUT ))
  until hop_settled "$@"; do
    (( $(date +%s) < deadline )) || { echo timeout; return 1; }
    sleep 0.5
  done
  since "$t0"
}

# percentiles FILE (one number a line) -> "n=<n> p50=<..> p99=<..> max=<..>" (nearest rank)
percentiles() {
  sort -g "$1" | awk '{ v[NR] = $1 }
    function at(p,  i) { i = int(p / 100 * NR); if (i < p / 100 * NR) i++; if (i < 1) i = 1; return v[i] }
    END { if (NR == 0) { print "n=0 p50=? p99=? max=?"; exit }
          printf "n=%d p50=%.1f p99=%.1f max=%.1f\n", NR, at(50), at(99), v[NR] }'
}

# analyse_hop PHASE FROM TO: joins, by event id, the outbox rows (created_at), the probe's records
# (Kafka timestamp, the event's time) and customer-service's processed_event rows
analyse_hop() {
  local phase="$1" from="$2" to="$3" d="$WORK/$phase-hop"
  mkdir -p "$d"
  sql "bench_${phase}_partner" "select event_id, extract(epoch from created_at) from outbox_event where id > $from and id <= $to" > "$d/outbox.tsv"
  sql "bench_${phase}_customer" "select event_id, extract(epoch from processed_at) from processed_event where consumer = 'customer-service'" > "$d/processed.tsv"
  # probe lines: CreateTime:<ms>\t<CloudEvent JSON>  ->  id, ms, time as epoch seconds, fraction digits of time
  sed -nE 's/^CreateTime:([0-9]+)\t(\{.*\})$/{"ts":\1,"e":\2}/p' "$WORK/$phase-probe.txt" \
    | jq -r '(.e.time | capture("^(?<s>[^.Z+]+)(?<f>\\.[0-9]+)?")) as $t
             | [.e.id, .ts, (($t.s + "Z" | fromdateiso8601) + ("0" + ($t.f // "") | tonumber)), (($t.f // ".") | length - 1)] | @tsv' \
    > "$d/kafka.tsv" || die "$phase: cannot read the probe's records"
  awk -F'\t' -v d="$d" '
    FILENAME == ARGV[1] { created[$1] = $2; next }
    FILENAME == ARGV[2] { if ($1 in created) processed[$1] = $2; next }
    ($1 in created) && !($1 in kafka) { kafka[$1] = $2; evtime[$1] = $3; if ($4 > frac) frac = $4 }
    END {
      for (id in created) {
        if (id in kafka) {
          printf "%.3f\n", kafka[id] - created[id] * 1000 > (d "/kafka-created.ms")
          printf "%.3f\n", kafka[id] - evtime[id] * 1000 > (d "/kafka-time.ms")
        }
        if (id in processed) printf "%.3f\n", (processed[id] - created[id]) * 1000 > (d "/projection.ms")
      }
      print frac + 0 > (d "/time-fraction-digits")
    }' "$d/outbox.tsv" "$d/processed.tsv" "$d/kafka.tsv"
  touch "$d/kafka-created.ms" "$d/kafka-time.ms" "$d/projection.ms"
  RESULT[$phase/hop-kafka]="$(percentiles "$d/kafka-created.ms")"
  RESULT[$phase/hop-projection]="$(percentiles "$d/projection.ms")"
  local digits
  digits="$(cat "$d/time-fraction-digits")"
  if (( digits >= 3 )); then
    RESULT[$phase/hop-kafka-time]="$(percentiles "$d/kafka-time.ms")"
  else
    RESULT[$phase/hop-kafka-time]="n/a: time in whole seconds"
    ((digits == 0)) || RESULT[$phase/hop-kafka-time]="n/a: time has $digits fraction digits"
  fi
  RESULT[$phase/hop-events]="$(wc -l < "$d/outbox.tsv")"
}

hop_scenario() { # PHASE
  local phase="$1" i waited from to
  step "$phase: event hop — $HOP_RATE writes/s over $HOP_WRITERS partners for $HOP_DURATION (after a $HOP_WARMUP warm-up)"
  hop_tokens "$WORK/$phase-hop-tokens.txt"
  start_probe "$phase"
  # the probe reads from the end of the topic once it has its partitions: write until it prints a record
  local writer token
  read -r writer token < "$WORK/$phase-hop-tokens.txt"
  for ((i = 0; ; i++)); do
    curl -s -o /dev/null -m 10 -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"real_name_attachment_upload\":$( ((i % 2)) && echo false || echo true)}" \
      "$PARTNER_URL/v2/partners/$writer/access-configuration/capabilities"
    (( $(probe_lines "$phase") > 0 )) && break
    (( i < 60 )) || die "$phase: the Kafka probe printed no record within 60 s (${WORK#"$REPO"/}/$phase-probe.txt)"
    sleep 1
  done
  from="$(outbox_max_id "$phase")"; PROBE_BASE="$(probe_lines "$phase")"
  paced_run "$phase-hop-warmup" "$HOP_WARMUP" "$WORK/$phase-hop-tokens.txt"
  say "warm-up: $(bench_line "$phase-hop-warmup")"
  to="$(outbox_max_id "$phase")"
  waited="$(wait_hop_settled "$phase" "$from" "$to")" || say "WARNING: the warm-up's events did not all arrive within ${HOP_TIMEOUT} s"

  from="$(outbox_max_id "$phase")"; PROBE_BASE="$(probe_lines "$phase")"
  measure "$phase-hop" paced_run "$phase-hop" "$HOP_DURATION" "$WORK/$phase-hop-tokens.txt"
  record_run "$phase/hop" "$phase-hop" "$(bench_line "$phase-hop")"
  to="$(outbox_max_id "$phase")"
  if waited="$(wait_hop_settled "$phase" "$from" "$to")"; then
    RESULT[$phase/hop-settled]="all $((to - from)) events on Kafka and projected ${waited} s after the last write"
  else
    RESULT[$phase/hop-settled]="NOT all $((to - from)) events arrived within ${HOP_TIMEOUT} s (latencies below: those that did)"
  fi
  stop_process kafka-probe
  analyse_hop "$phase" "$from" "$to"
  say "${RESULT[$phase/hop-settled]}"
  say "commit -> Kafka (record timestamp - outbox created_at), ms: ${RESULT[$phase/hop-kafka]}"
  say "commit -> Kafka (record timestamp - event time), ms:       ${RESULT[$phase/hop-kafka-time]}"
  say "commit -> projection (processed_at - created_at), ms:      ${RESULT[$phase/hop-projection]}"
}

record_rss() { # PHASE
  local s pid
  for s in "${SERVICES[@]}"; do
    pid="$(pid_of "$s")" || { RESULT[$1/rss-$s]="? ?"; continue; }
    RESULT[$1/rss-$s]="$(awk '/^VmRSS:/ { r = $2 } /^VmHWM:/ { h = $2 } END { printf "%.0f %.0f", r / 1024, h / 1024 }' "/proc/$pid/status")"
    say "$s RSS after the load: ${RESULT[$1/rss-$s]% *} MiB (peak ${RESULT[$1/rss-$s]#* } MiB)"
  done
}

# What else used the CPU just before a phase: processes above 5 % over one second (top's second sample),
# named by what they run (a Maven build's project directory, a jar, a main class).
busy_processes() {
  local pid cpu what out=""
  while read -r pid cpu; do
    what="$(ps -o args= -p "$pid" 2>/dev/null | awk '{
      if (match($0, /-Dmaven.multiModuleProjectDirectory=[^ ]+/)) { print "maven " substr($0, RSTART + 36, RLENGTH - 36); exit }
      if (match($0, /[^ ]*\/target\/surefire\/surefirebooter/)) { print "surefire tests " substr($0, RSTART, RLENGTH - 31); exit }
      if (match($0, /-jar [^ ]+/)) { print "java -jar " substr($0, RSTART + 5, RLENGTH - 5); exit }
      for (i = 2; i <= NF; i++) if ($i ~ /^[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_$]+)+$/ && $(i - 1) !~ /^-(cp|classpath)$/) { print $1 " " $i; exit }
      print substr($0, 1, 60) }')"
    out="$out${out:+, }${what:-?} ${cpu}% (pid $pid)"
  done < <(top -b -n 2 -d 1 -w 512 2>/dev/null | awk '/^ *PID/ { block++; next } block == 2 && $9 + 0 >= 5 { print $1, $9 }')
  echo "${out:-none above 5 %}"
}

run_phase() { # PHASE
  local phase="$1" t0
  t0="$(now)"
  step "phase $phase: starting partner-service and customer-service ($phase build) against fresh databases"
  BUSY[$phase]="$(busy_processes)"
  say "busiest processes just before: ${BUSY[$phase]}"
  start_phase_services "$phase"
  prepare_phase_data "$phase"
  pgbench_scenarios "$phase"
  http_scenario "$phase" read reader "$PARTNER_URL/v2/partners/${PARTNER[reader]}" status-read.lua
  http_scenario "$phase" query-10 querier "$CUSTOMER_URL/v2/partners/sub-customers/query" customer-query.lua '{"offset":0,"limit":10}'
  http_scenario "$phase" query-100 querier "$CUSTOMER_URL/v2/partners/sub-customers/query" customer-query.lua '{"offset":0,"limit":100}'
  http_scenario "$phase" create creator "$CUSTOMER_URL/v2/partners/sub-customers" sub-customer-create.lua "$RUN-$phase"
  hop_scenario "$phase"
  record_rss "$phase"
  stop_phase_services
  PHASE_SECONDS[$phase]="$(since "$t0")"
  say "phase $phase took ${PHASE_SECONDS[$phase]} s"
}

# ---- summary -------------------------------------------------------------------------------------
declare -A BUSY PHASE_SECONDS
round() { awk -v v="$1" 'BEGIN { if (v ~ /^[0-9.]+$/) printf "%.0f", v; else print "?" }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "?"; else printf "%.1f", 100 * a / b }'; }
verdict() { # VALUE OP TARGET -> "ok" / "MISSED" / "?"
  awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
    if (v == "" || v == "?" || v !~ /^[0-9.]+$/) { print "?"; exit }
    ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0); print (ok ? "ok" : "MISSED") }'
}
row() { printf '%-42s %-34s %-34s %s\n' "$@"; }
cell() { # PHASE NAME FIELD... -> "f1 / f2 ..." of a BENCH line
  local phase="$1" name="$2" out="" f v; shift 2
  for f in "$@"; do v="$(field "${RESULT[$phase/$name]:-}" "$f")"; out="$out${out:+ / }${v:-?}"; done
  echo "$out"
}
with_verdict() { [[ -z "$2" ]] && echo "$1" || echo "$1 ($2)"; }

summary() {
  local p label hdr=() line
  for p in old new; do
    if [[ " ${PHASES[*]} " == *" $p "* ]]; then
      [[ "$p" == old ]] && label="OLD blocking ${OLD_SHA:0:8}" || label="NEW working tree $NEW_DESC"
    else label="(not run)"; fi
    hdr+=("$label")
  done
  say ""
  say "==== blocking vs reactive, run $RUN ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load generator on the same machine) ===="
  say "OLD = $OLD_REF (${OLD_SHA:0:10}); NEW = the working tree's jars ($NEW_DESC); services $SERVICE_JAVA_OPTS"
  say "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP_DURATION warm-up; pgbench -M prepared -c$PGBENCH_CLIENTS -j$PGBENCH_JOBS -T$PGBENCH_DURATION, scale $PGBENCH_SCALE"
  row metric "${hdr[@]}" target
  local sel tpcb rps r
  declare -A c
  for p in old new; do
    sel="$(field " ${RESULT[$p/pgbench-select]:-}" tps)"; tpcb="$(field " ${RESULT[$p/pgbench-tpcb]:-}" tps)"
    c[$p/sel]="$(round "$sel")"; c[$p/tpcb]="$(round "$tpcb")"
    rps="$(field "${RESULT[$p/read]:-}" rps)"; r="$(pct "$rps" "$sel")"
    c[$p/read-ratio]="$(with_verdict "$r %" "$(verdict "$r" '>=' "$TARGET_READ_PCT")")"
    rps="$(field "${RESULT[$p/create]:-}" rps)"; r="$(pct "$rps" "$tpcb")"
    c[$p/create-ratio]="$(with_verdict "$r %" "$(verdict "$r" '>=' "$TARGET_CREATE_PCT")")"
    r="$(field "${RESULT[$p/query-10]:-}" p99_ms)"
    c[$p/q10]="$(cell "$p" query-10 rps p50_ms p99_ms) ($(verdict "$r" '<=' "$TARGET_QUERY_P99"))"
    c[$p/rate]="$(cell "$p" hop rps) ($(field "${RESULT[$p/hop]:-}" requests) writes, $(field "${RESULT[$p/hop]:-}" late) late)"
    line="${RESULT[$p/hop-kafka]:-}"; r="$(field " $line" p99)"
    c[$p/kafka]="$(field " $line" p50) / ${r:-?} ($(verdict "$r" '<=' "$TARGET_KAFKA_P99"))"
    line="${RESULT[$p/hop-kafka-time]:-}"
    if [[ "$line" == n=* ]]; then c[$p/kafka-time]="$(field " $line" p50) / $(field " $line" p99)"; else c[$p/kafka-time]="${line:-?}"; fi
    line="${RESULT[$p/hop-projection]:-}"; r="$(field " $line" p99)"
    c[$p/projection]="$(field " $line" p50) / ${r:-?} ($(verdict "$r" '<=' "$TARGET_PROJECTION_P99"))"
    for s in "${SERVICES[@]}"; do
      r="${RESULT[$p/rss-$s]:-? ?}"
      c[$p/rss-$s]="${r% *} (peak ${r#* }) ($(verdict "${r% *}" '<=' "$TARGET_RSS_MIB"))"
    done
  done
  row "pgbench select-only TPS" "${c[old/sel]}" "${c[new/sel]}" ""
  row "pgbench TPC-B TPS" "${c[old/tpcb]}" "${c[new/tpcb]}" ""
  row "status read req/s / p50 / p99 ms" "$(cell old read rps p50_ms p99_ms)" "$(cell new read rps p50_ms p99_ms)" ""
  row "  status read / select-only TPS" "${c[old/read-ratio]}" "${c[new/read-ratio]}" ">= $TARGET_READ_PCT %"
  row "create req/s / p50 / p99 ms" "$(cell old create rps p50_ms p99_ms)" "$(cell new create rps p50_ms p99_ms)" ""
  row "  create / TPC-B TPS" "${c[old/create-ratio]}" "${c[new/create-ratio]}" ">= $TARGET_CREATE_PCT %"
  row "query limit 10 req/s / p50 / p99 ms" "${c[old/q10]}" "${c[new/q10]}" "p99 <= $TARGET_QUERY_P99 ms"
  row "query limit 100 req/s / p50 / p99 ms" "$(cell old query-100 rps p50_ms p99_ms)" "$(cell new query-100 rps p50_ms p99_ms)" ""
  row "hop: writes/s achieved" "${c[old/rate]}" "${c[new/rate]}" "~$HOP_RATE/s"
  row "commit->Kafka p50 / p99 ms (created_at)" "${c[old/kafka]}" "${c[new/kafka]}" "p99 <= $TARGET_KAFKA_P99 ms"
  row "commit->Kafka p50 / p99 ms (event time)" "${c[old/kafka-time]}" "${c[new/kafka-time]}" "(info)"
  row "commit->projection p50 / p99 ms" "${c[old/projection]}" "${c[new/projection]}" "p99 <= $TARGET_PROJECTION_P99 ms"
  for s in "${SERVICES[@]}"; do row "RSS $s MiB after the load" "${c[old/rss-$s]}" "${c[new/rss-$s]}" "<= $TARGET_RSS_MIB MiB"; done
  say ""
  say "Errors (non-2xx / socket) per run:"
  for p in "${PHASES[@]}"; do
    line=""
    for s in read query-10 query-100 create hop; do
      line="$line $s $(field "${RESULT[$p/$s]:-}" non2xx)/$(field "${RESULT[$p/$s]:-}" socket_errors),"
    done
    say "  $p:${line%,} (statuses of the create errors: $(field "${RESULT[$p/create]:-}" statuses))"
  done
  say "Events: commit = the outbox row's created_at, set inside the writing transaction just before it commits"
  say "(microseconds in both builds). The OLD build's event time is truncated to whole seconds, so the 'event time'"
  say "row is only given where the time carries milliseconds. Kafka time = the record's CreateTime (the relay's producer, ms)."
  for p in "${PHASES[@]}"; do say "  $p: ${RESULT[$p/hop-settled]:-?}"; done
  say "CPU idle in the 2 s before each measured run (target: >= ${MIN_IDLE} %) and busiest processes before each phase:"
  for p in "${PHASES[@]}"; do
    line=""
    for s in pgbench-select pgbench-tpcb read query-10 query-100 create hop; do line="$line $s ${IDLE[$p/$s]:-?},"; done
    say "  $p:${line%,}"
    say "  $p, busiest processes when the phase started: ${BUSY[$p]:-?}"
  done
  say "Where the CPU went (CPU seconds during each measured run, $(nproc) cores):"
  for p in "${PHASES[@]}"; do
    for s in pgbench-select pgbench-tpcb read query-10 query-100 create hop; do say "  $p $s: ${CPU[$p/$s]:-?}"; done
  done
  local low=0
  for k in "${!IDLE[@]}"; do
    if [[ "${IDLE[$k]%\%}" =~ ^[0-9]+$ ]] && (( ${IDLE[$k]%\%} < MIN_IDLE )); then low=1; fi
  done
  ((low == 0)) || say "NOTE: idle below ${MIN_IDLE}% before a run: something else was using the CPU, the figures are skewed."
  say "Phases took: $(for p in "${PHASES[@]}"; do printf '%s %s s  ' "$p" "${PHASE_SECONDS[$p]:-?}"; done)"
  say "Run data: ${WORK#"$REPO"/}/"
}

# ---- cleanup -------------------------------------------------------------------------------------
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_process kafka-probe
  stop_phase_services
  restore_stack_services
  delete_identities
  rm -f "$WORK"/*-hop-tokens.txt   # live access tokens
  if [[ "$KEEP_DBS" != 1 ]]; then
    for p in old new; do drop_database "bench_${p}_partner"; drop_database "bench_${p}_customer"; done
    drop_database "$PGBENCH_DB"
  fi
  exit "$rc"
}

# ---- main ----------------------------------------------------------------------------------------
T_START="$(now)"
build_old_jars
describe_builds
trap cleanup EXIT
trap 'exit 130' INT TERM
step "bench identities"
create_identities
stop_stack_services
pgbench_init
for phase in "${PHASES[@]}"; do run_phase "$phase"; done
restore_stack_services
summary | tee "$WORK/summary.txt"
say "total run time $(since "$T_START") s"
