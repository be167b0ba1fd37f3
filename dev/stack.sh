#!/usr/bin/env bash
# Local stack for the Partner Center suite: PostgreSQL, Kafka (KRaft), Keycloak and the four
# services as plain processes -- no Docker, nothing installed beyond a JDK 17 and Maven.
#
#   dev/stack.sh up [--build | --no-build] [--infra-only]
#     (the services, then api-gateway: the one endpoint of the whole API, printed as "API endpoint: ...")
#   dev/stack.sh status
#   dev/stack.sh down [--wipe]
#
# State (data, logs, PID files) lives in <repo>/.stack (git-ignored). See dev/README.md.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEV="$REPO/dev"
STACK="$REPO/.stack"
PIDS="$STACK/pids"
LOGS="$STACK/logs"
BUILD="$STACK/build"

# ---- configuration (environment overrides) ------------------------------------------------
PG_PORT="${PC_PG_PORT:-5433}"
DB_HOST="${PC_DB_HOST:-}"                 # set PC_DB_HOST (+ PC_DB_PORT) to use an existing server
DB_PORT="${PC_DB_PORT:-5432}"
DB_USER="${PC_DB_USER:-partnercenter}"
DB_PASSWORD="${PC_DB_PASSWORD:-partnercenter}"
KAFKA_PORT="${PC_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${PC_KAFKA_CONTROLLER_PORT:-9093}"
KC_VERSION="26.7.3"
KC_PORT="${PC_KC_PORT:-8190}"
KC_MGMT_PORT="${PC_KC_MGMT_PORT:-9190}"
KC_REALM="partner-center"
KC_HOME="$STACK/keycloak/keycloak-$KC_VERSION"
STOP_TIMEOUT="${PC_STOP_TIMEOUT:-30}"
SERVICE_TIMEOUT="${PC_SERVICE_TIMEOUT:-90}"
# The one endpoint (api-gateway): 8080 unless PC_GATEWAY_PORT says otherwise; if 8080 is taken by a process this
# script did not start, the first free port of 8085-8089 (the port in use is kept in .stack/gateway.port).
GATEWAY="api-gateway"
GATEWAY_PORT_WANTED="${PC_GATEWAY_PORT:-}"
# the serial collector is what the JVM picks itself in deploy/'s 512 MiB containers; it keeps no per-region
# remembered sets, so the process stays smaller than with G1 (which it would pick on a workstation)
SERVICE_JAVA_OPTS="${PC_SERVICE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"

ALL_SERVICES=(partner-service customer-service incentive-service billing-gateway)
# PC_SERVICES="customer-service billing-gateway" starts only those (down/status always cover all)
read -r -a SERVICES <<< "${PC_SERVICES:-${ALL_SERVICES[*]}}"
declare -A SERVICE_PORT=([partner-service]=8081 [customer-service]=8082 [incentive-service]=8083 [billing-gateway]=8084)
declare -A SERVICE_DB=([partner-service]=partner [customer-service]=customer [incentive-service]=incentive [billing-gateway]=billing)
DATABASES=(partner customer incentive billing)
TOPICS=(partner.events customer.events billing.events incentive.events)

JAVA="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; fi
MVN=(mvn -B -q -Dstyle.color=never)

if [[ -n "$DB_HOST" ]]; then PG_HOST="$DB_HOST"; PG_EFFECTIVE_PORT="$DB_PORT"; else PG_HOST=127.0.0.1; PG_EFFECTIVE_PORT="$PG_PORT"; fi

# ---- small helpers ------------------------------------------------------------------------
say()  { printf '%s\n' "$*"; }
step() { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
now()  { date +%s; }
elapsed() { echo "$(( $(now) - $1 ))s"; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

http_code() { curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true; }

# Start time of a live process (field 22 of /proc/PID/stat): guards against PID reuse.
# Fails for a zombie (state Z: killed but not yet reaped).
proc_start() {
  local stat rest
  [[ -r "/proc/$1/stat" ]] || return 1
  read -r stat < "/proc/$1/stat" || return 1
  rest="${stat##*) }"
  # shellcheck disable=SC2086
  set -- $rest
  [[ "$1" != Z ]] || return 1
  echo "${20}"
}

# pid_of NAME: prints the PID recorded in pids/NAME.pid if that very process is still alive.
pid_of() {
  local f="$PIDS/$1.pid" pid start cur
  [[ -f "$f" ]] || return 1
  read -r pid start < "$f" || true
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/stat" ]]; then
    cur="$(proc_start "$pid")" || return 1
    [[ -z "${start:-}" || "$cur" == "$start" ]] || return 1
  fi
  echo "$pid"
}

record_pid() { # NAME PID
  local start
  start="$(proc_start "$2" || true)"
  echo "$2 $start" > "$PIDS/$1.pid"
}

# start_bg NAME LOGFILE CMD... : runs CMD detached in its own session (so that it is the
# leader of its own process group), records its PID in pids/NAME.pid and in BG_PID.
BG_PID=""
start_bg() {
  local name="$1" log="$2"; shift 2
  if command -v setsid >/dev/null 2>&1; then
    nohup setsid "$@" >> "$log" 2>&1 < /dev/null &
  else
    nohup "$@" >> "$log" 2>&1 < /dev/null &
  fi
  BG_PID=$!
  record_pid "$name" "$BG_PID"
  STARTED_NOW+=("$name")
}

is_alive() { # PID: alive and not a zombie
  kill -0 "$1" 2>/dev/null || return 1
  [[ ! -r "/proc/$1/stat" ]] || proc_start "$1" >/dev/null
}

# stop_pids SIGNAL group|single NAME...: sends SIGNAL to each recorded process, waits up to
# STOP_TIMEOUT for all of them, then KILLs what is left. Only recorded processes are signalled;
# with "group" also their process group when they lead one (start_bg makes them leaders: e.g.
# kc.sh and the Keycloak JVM it runs).
stop_pids() {
  local sig="$1" mode="$2"; shift 2
  local name pid target i idx alive
  local -a names=() pids=() targets=()
  for name in "$@"; do
    if pid="$(pid_of "$name")"; then
      target="$pid"
      if [[ "$mode" == group && "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)" == "$pid" ]]; then
        target="-$pid"
      fi
      say "    stopping $name (pid $pid)"
      kill "-$sig" -- "$target" 2>/dev/null || true
      names+=("$name"); pids+=("$pid"); targets+=("$target")
    else
      rm -f "$PIDS/$name.pid"
    fi
  done
  ((${#pids[@]})) || return 0
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    alive=0
    for pid in "${pids[@]}"; do if is_alive "$pid"; then alive=1; fi; done
    ((alive)) || break
    sleep 0.2
  done
  for idx in "${!pids[@]}"; do
    if is_alive "${pids[$idx]}"; then
      warn "${names[$idx]} (pid ${pids[$idx]}) still alive after ${STOP_TIMEOUT}s: KILL"
      kill -KILL -- "${targets[$idx]}" 2>/dev/null || true
      sleep 0.5
    fi
    rm -f "$PIDS/${names[$idx]}.pid"
  done
}

# stop_stack NAME...: stops the named components in dependency order -- services first (all at
# once), then Keycloak and Kafka, then PostgreSQL (its Java wrapper runs pg_ctl stop in a
# shutdown hook; the postmaster is then stopped directly if it is still there).
stop_stack() {
  local n svc=() infra=() pg=0
  for n in "$@"; do
    case "$n" in
      keycloak|kafka) infra+=("$n") ;;
      postgres|postmaster) pg=1 ;;
      *) svc+=("$n") ;;
    esac
  done
  ((${#svc[@]} == 0)) || stop_pids TERM group "${svc[@]}"
  ((${#infra[@]} == 0)) || stop_pids TERM group "${infra[@]}"
  if ((pg)); then
    stop_pids TERM group postgres
    stop_pids INT single postmaster
  fi
}

# wait_log NAME LOGFILE PATTERN TIMEOUT: waits for PATTERN in LOGFILE while NAME's process lives.
wait_log() {
  local name="$1" log="$2" pattern="$3" timeout="$4" i
  for ((i = 0; i < timeout * 2; i++)); do
    if [[ -f "$log" ]] && grep -q -- "$pattern" "$log"; then return 0; fi
    if ! pid_of "$name" >/dev/null; then
      warn "$name exited before it was ready"; return 1
    fi
    sleep 0.5
  done
  warn "$name not ready after ${timeout}s"; return 1
}

# wait_http NAME URL TIMEOUT: waits for HTTP 200 while NAME's process lives.
wait_http() {
  local name="$1" url="$2" timeout="$3" i
  for ((i = 0; i < timeout; i++)); do
    [[ "$(http_code "$url")" == "200" ]] && return 0
    if ! pid_of "$name" >/dev/null; then
      warn "$name exited before it was ready"; return 1
    fi
    sleep 1
  done
  warn "$name: $url did not answer 200 within ${timeout}s"; return 1
}

show_log_tail() { # LOGFILE
  [[ -f "$1" ]] || return 0
  say "---- last 40 lines of $1 ----"
  tail -n 40 "$1" | sed 's/\x1b\[[0-9;]*m//g' || true
  say "---- end of $1 ----"
}

STARTED_NOW=()
BUILD_FAILED=0
declare -A SVC_T0=()
UP_IN_PROGRESS=0

# On failure during `up`: stop what this invocation started (not what already ran before).
abort_up() {
  local msg="$1"
  warn "$msg"
  if ((${#STARTED_NOW[@]})); then
    say "Stopping what this run started: ${STARTED_NOW[*]}"
    stop_stack "${STARTED_NOW[@]}"
  fi
  exit 1
}

on_signal() {
  if ((UP_IN_PROGRESS)); then abort_up "interrupted"; fi
  exit 130
}
trap on_signal INT TERM

ensure_tools() {
  command -v "$JAVA" >/dev/null 2>&1 || { warn "java not found (JDK 17 required)"; exit 1; }
  command -v mvn >/dev/null 2>&1 || { warn "mvn not found (Maven required)"; exit 1; }
  command -v curl >/dev/null 2>&1 || { warn "curl not found"; exit 1; }
  local v
  v="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  if [[ -n "$v" && "${v%%.*}" -lt 17 ]]; then warn "Java $v found, 17+ required"; exit 1; fi
}

# Resolve a classpath with `dependency:build-classpath` only when the pom changed.
build_classpath() { # POMDIR OUTFILE [extra goals...]
  local pomdir="$1" out="$2"; shift 2
  if [[ -s "$out" && "$out" -nt "$pomdir/pom.xml" ]]; then return 0; fi
  if ! "${MVN[@]}" -f "$pomdir/pom.xml" "$@" dependency:build-classpath -Dmdep.outputFile="$out" \
       > "$LOGS/mvn-$(basename "$pomdir").log" 2>&1; then
    rm -f "$out"
    show_log_tail "$LOGS/mvn-$(basename "$pomdir").log"
    return 1
  fi
}

# ---- step 1: build --------------------------------------------------------------------------
jar_of() { echo "$REPO/$1/target/quarkus-app/quarkus-run.jar"; }

gateway_port() { # the port of the running (or last started) gateway
  if [[ -f "$STACK/gateway.port" ]]; then cat "$STACK/gateway.port"; else echo "${GATEWAY_PORT_WANTED:-8080}"; fi
}

build_services() {
  local mode="$1" missing=0 s t
  for s in "${SERVICES[@]}" "$GATEWAY"; do [[ -f "$(jar_of "$s")" ]] || missing=1; done
  if [[ "$mode" == "never" ]]; then return 0; fi
  if [[ "$mode" == "auto" && $missing -eq 0 ]]; then
    say "    service jars present (use --build to rebuild)"; return 0
  fi
  step "Building the suite: mvn -B -q -DskipTests install (log: $LOGS/build.log)"
  t=$(now)
  if (cd "$REPO" && mvn -B -q -Dstyle.color=never -DskipTests install) > "$LOGS/build.log" 2>&1; then
    say "    build OK in $(elapsed "$t")"
  else
    show_log_tail "$LOGS/build.log"
    if [[ "$mode" == "always" ]]; then
      warn "build failed (--build was given): nothing started"; exit 1
    fi
    BUILD_FAILED=1
    warn "build failed after $(elapsed "$t"); continuing with the service jars that exist"
  fi
}

# ---- step 2: PostgreSQL ----------------------------------------------------------------------
start_postgres() {
  local t pid cp
  if [[ -n "$DB_HOST" ]]; then
    step "PostgreSQL: using the existing server $DB_HOST:$DB_PORT (user $DB_USER)"
    echo "$DB_HOST $DB_PORT" > "$STACK/external-db"
    port_open "$DB_HOST" "$DB_PORT" || abort_up "nothing listens on $DB_HOST:$DB_PORT (PC_DB_HOST/PC_DB_PORT)"
    prepare_external_databases
    return 0
  fi
  step "PostgreSQL (embedded, port $PG_PORT)"
  rm -f "$STACK/external-db"
  if pid="$(pid_of postgres)"; then say "    already running (pid $pid)"; return 0; fi
  stop_orphan_postmaster
  if port_open 127.0.0.1 "$PG_PORT"; then
    abort_up "port $PG_PORT is in use by a process stack.sh did not start"
  fi
  build_classpath "$DEV/postgres" "$BUILD/postgres.classpath" compile \
    || abort_up "could not build dev/postgres (see $LOGS/mvn-postgres.log)"
  # compile again if the source is newer than the class (classpath file is cached)
  if [[ ! -f "$DEV/postgres/target/classes/com/acmecloud/partnercenter/dev/postgres/DevPostgres.class" \
        || "$DEV/postgres/src/main/java/com/acmecloud/partnercenter/dev/postgres/DevPostgres.java" \
           -nt "$DEV/postgres/target/classes/com/acmecloud/partnercenter/dev/postgres/DevPostgres.class" ]]; then
    "${MVN[@]}" -f "$DEV/postgres/pom.xml" compile > "$LOGS/mvn-postgres.log" 2>&1 \
      || { show_log_tail "$LOGS/mvn-postgres.log"; abort_up "could not compile dev/postgres"; }
  fi
  cp="$DEV/postgres/target/classes:$(cat "$BUILD/postgres.classpath")"
  mkdir -p "$STACK/postgres"
  : > "$LOGS/postgres.log"
  PG_T0=$(now)
  start_bg postgres "$LOGS/postgres.log" "$JAVA" -Xmx128m -cp "$cp" \
    com.acmecloud.partnercenter.dev.postgres.DevPostgres \
    "$PG_PORT" "$STACK/postgres/data" "$DB_USER" "$DB_PASSWORD" "${DATABASES[@]}"
  say "    started (pid $BG_PID), log: $LOGS/postgres.log"
}

wait_postgres() {
  [[ -n "$DB_HOST" || -z "${PG_T0:-}" ]] && return 0
  wait_log postgres "$LOGS/postgres.log" "DEV-POSTGRES READY" 120 \
    || { show_log_tail "$LOGS/postgres.log"; abort_up "PostgreSQL did not start"; }
  # The postmaster is detached from its Java wrapper; record it too so that `down` can always
  # stop it (the wrapper's shutdown hook normally does it with pg_ctl stop).
  local pm
  if [[ -f "$STACK/postgres/data/postmaster.pid" ]]; then
    read -r pm < "$STACK/postgres/data/postmaster.pid" || true
    [[ "$pm" =~ ^[0-9]+$ ]] && record_pid postmaster "$pm"
  fi
  say "    PostgreSQL ready in $(elapsed "$PG_T0")"
}

# A postmaster left over from a wrapper that was KILLed: stop it (it is ours: our data dir).
stop_orphan_postmaster() {
  local pm
  if pm="$(pid_of postmaster)"; then
    warn "stopping a leftover postmaster (pid $pm) of the embedded PostgreSQL"
    stop_pids INT single postmaster
  fi
  rm -f "$PIDS/postmaster.pid"
}

prepare_external_databases() {
  if ! command -v psql >/dev/null 2>&1; then
    say "    psql not found: assuming role $DB_USER and databases ${DATABASES[*]} exist"; return 0
  fi
  local admin="${PC_DB_ADMIN_USER:-$DB_USER}" db
  export PGPASSWORD="${PC_DB_ADMIN_PASSWORD:-$DB_PASSWORD}"
  local psql=(psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$admin" -d "${PC_DB_ADMIN_DB:-postgres}" -v ON_ERROR_STOP=1 -tA)
  if ! "${psql[@]}" -c 'select 1' >/dev/null 2>&1; then
    say "    cannot log in as $admin with psql: assuming role $DB_USER and databases ${DATABASES[*]} exist"
    unset PGPASSWORD; return 0
  fi
  if [[ "$admin" != "$DB_USER" && -z "$("${psql[@]}" -c "select 1 from pg_roles where rolname='$DB_USER'")" ]]; then
    if "${psql[@]}" -c "create role \"$DB_USER\" login password '${DB_PASSWORD//\'/\'\'}'"; then
      say "    created role $DB_USER"
    else
      warn "could not create role $DB_USER"
    fi
  fi
  for db in "${DATABASES[@]}"; do
    if [[ -z "$("${psql[@]}" -c "select 1 from pg_database where datname='$db'")" ]]; then
      if "${psql[@]}" -c "create database \"$db\" owner \"$DB_USER\""; then
        say "    created database $db"
      else
        warn "could not create database $db"
      fi
    fi
  done
  unset PGPASSWORD
}

# ---- step 3: Kafka ----------------------------------------------------------------------------
kafka_cp() { cat "$BUILD/kafka.classpath"; }

write_kafka_config() {
  mkdir -p "$STACK/kafka"
  cat > "$STACK/kafka/server.properties" <<EOF
# generated by dev/stack.sh -- single-node KRaft broker+controller for local development
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$STACK/kafka/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
EOF
}

start_kafka() {
  local pid t cid
  step "Kafka (KRaft, 127.0.0.1:$KAFKA_PORT, controller $KAFKA_CONTROLLER_PORT)"
  if pid="$(pid_of kafka)"; then say "    already running (pid $pid)"; return 0; fi
  if port_open 127.0.0.1 "$KAFKA_PORT" || port_open 127.0.0.1 "$KAFKA_CONTROLLER_PORT"; then
    abort_up "port $KAFKA_PORT or $KAFKA_CONTROLLER_PORT is in use by a process stack.sh did not start"
  fi
  build_classpath "$DEV/kafka" "$BUILD/kafka.classpath" || abort_up "could not resolve Kafka (dev/kafka/pom.xml)"
  write_kafka_config
  if [[ ! -f "$STACK/kafka/data/meta.properties" ]]; then
    t=$(now)
    cid="$("$JAVA" -cp "$(kafka_cp)" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka-format.log" | tail -n 1)" \
      || { show_log_tail "$LOGS/kafka-format.log"; abort_up "kafka StorageTool random-uuid failed"; }
    "$JAVA" -cp "$(kafka_cp)" kafka.tools.StorageTool format -t "$cid" -c "$STACK/kafka/server.properties" \
      >> "$LOGS/kafka-format.log" 2>&1 || { show_log_tail "$LOGS/kafka-format.log"; abort_up "kafka storage format failed"; }
    say "    storage formatted (cluster id $cid) in $(elapsed "$t")"
  fi
  : > "$LOGS/kafka.log"
  KAFKA_T0=$(now)
  start_bg kafka "$LOGS/kafka.log" "$JAVA" -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -cp "$(kafka_cp)" kafka.Kafka "$STACK/kafka/server.properties"
  say "    started (pid $BG_PID), log: $LOGS/kafka.log"
}

topic_cmd() {
  "$JAVA" -Xmx256m -cp "$(kafka_cp)" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" "$@"
}

wait_kafka() {
  if [[ -n "${KAFKA_T0:-}" ]]; then
    wait_log kafka "$LOGS/kafka.log" "Kafka Server started" 90 \
      || { show_log_tail "$LOGS/kafka.log"; abort_up "Kafka did not start"; }
    say "    Kafka ready in $(elapsed "$KAFKA_T0")"
  fi
  local existing t topic missing=()
  t=$(now)
  existing="$(topic_cmd --list 2>>"$LOGS/kafka-topics.log")" || { show_log_tail "$LOGS/kafka-topics.log"; abort_up "kafka-topics --list failed"; }
  for topic in "${TOPICS[@]}"; do
    grep -qx -- "$topic" <<< "$existing" || missing+=("$topic")
    grep -qx -- "$topic.dlq" <<< "$existing" || missing+=("$topic.dlq")
  done
  for topic in "${missing[@]}"; do
    topic_cmd --create --if-not-exists --topic "$topic" --partitions 3 --replication-factor 1 \
      >> "$LOGS/kafka-topics.log" 2>&1 || { show_log_tail "$LOGS/kafka-topics.log"; abort_up "could not create topic $topic"; }
  done
  if ((${#missing[@]})); then say "    created topics: ${missing[*]} ($(elapsed "$t"))"; else say "    topics present"; fi
}

# ---- step 4: Keycloak -------------------------------------------------------------------------
install_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local zip="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip" t
  t=$(now)
  mkdir -p "$STACK/downloads" "$STACK/keycloak"
  if [[ ! -f "$zip" ]]; then
    say "    fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central"
    (cd "$STACK/downloads" && "${MVN[@]}" dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$STACK/downloads") \
      > "$LOGS/mvn-keycloak.log" 2>&1 || { show_log_tail "$LOGS/mvn-keycloak.log"; abort_up "could not fetch Keycloak"; }
    zip="$STACK/downloads/keycloak-quarkus-dist-$KC_VERSION.zip"
  fi
  say "    unpacking $(basename "$zip") into $STACK/keycloak"
  rm -rf "$KC_HOME"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$STACK/keycloak"
  else
    # no unzip: the JDK's jar tool (next to the java binary) extracts zips too, without modes
    local jar_tool
    jar_tool="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jar"
    [[ -x "$jar_tool" ]] || jar_tool="$(command -v jar || true)"
    [[ -n "$jar_tool" ]] || abort_up "neither unzip nor the JDK's jar tool found to unpack Keycloak"
    say "    (unzip not found: using $jar_tool xf)"
    (cd "$STACK/keycloak" && "$jar_tool" xf "$zip")
    chmod +x "$KC_HOME"/bin/*.sh
  fi
  rm -f "$STACK/downloads/keycloak-quarkus-dist-$KC_VERSION.zip"
  say "    Keycloak $KC_VERSION installed in $(elapsed "$t")"
}

start_keycloak() {
  local pid realm="$DEV/keycloak/partner-center-realm.json" sum old=""
  step "Keycloak $KC_VERSION (http://127.0.0.1:$KC_PORT, management $KC_MGMT_PORT)"
  if pid="$(pid_of keycloak)"; then say "    already running (pid $pid)"; return 0; fi
  if port_open 127.0.0.1 "$KC_PORT" || port_open 127.0.0.1 "$KC_MGMT_PORT"; then
    abort_up "port $KC_PORT or $KC_MGMT_PORT is in use by a process stack.sh did not start"
  fi
  install_keycloak
  mkdir -p "$KC_HOME/data/import"
  cp "$realm" "$KC_HOME/data/import/partner-center-realm.json"
  # --import-realm skips a realm that already exists: when the realm file changed, drop the
  # dev database (data/h2) so that the new file is imported.
  sum="$(cksum < "$realm")"
  [[ -f "$STACK/keycloak/realm.cksum" ]] && old="$(cat "$STACK/keycloak/realm.cksum")"
  if [[ "$sum" != "$old" && -d "$KC_HOME/data/h2" ]]; then
    say "    realm file changed since the last import: resetting Keycloak's dev database"
    rm -rf "$KC_HOME/data/h2"
  fi
  echo "$sum" > "$STACK/keycloak/realm.cksum"
  local first=""
  [[ -d "$KC_HOME/data/h2" ]] || first=" (imports the realm; the very first start takes ~60-75 s)"
  : > "$LOGS/keycloak.log"
  KC_T0=$(now)
  start_bg keycloak "$LOGS/keycloak.log" env \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m" \
    "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" \
      --hostname="http://127.0.0.1:$KC_PORT" \
      --import-realm --health-enabled=true
  say "    started (pid $BG_PID), log: $LOGS/keycloak.log$first"
}

wait_keycloak() {
  if [[ -n "${KC_T0:-}" ]]; then
    wait_http keycloak "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 240 \
      || { show_log_tail "$LOGS/keycloak.log"; abort_up "Keycloak did not become ready"; }
    say "    Keycloak ready in $(elapsed "$KC_T0")"
  fi
  wait_http keycloak "http://127.0.0.1:$KC_PORT/realms/$KC_REALM/.well-known/openid-configuration" 30 \
    || { show_log_tail "$LOGS/keycloak.log"; abort_up "realm $KC_REALM is missing (see $LOGS/keycloak.log)"; }
  check_token
}

jwt_payload() { # TOKEN -> JSON payload
  local p="${1#*.}"; p="${p%%.*}"; p="$(tr '_-' '/+' <<< "$p")"
  while (( ${#p} % 4 )); do p="$p="; done
  base64 -d <<< "$p" 2>/dev/null || true
}

check_token() {
  local tok payload
  tok="$(curl -s -m 10 -d client_id=partner-portal -d username=partner-demo -d password=partner-demo \
          -d grant_type=password "http://127.0.0.1:$KC_PORT/realms/$KC_REALM/protocol/openid-connect/token" \
          | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' || true)"
  payload="$(jwt_payload "$tok")"
  if [[ "$payload" == *'"partner_id":"'* && "$payload" == *'"realm_access":'* && "$payload" == *'partner-center-api'* ]]; then
    say "    token check OK: partner-demo's access token carries partner_id, realm_access.roles and aud partner-center-api"
  else
    warn "token check failed: could not get a token with partner_id and aud partner-center-api for partner-demo"
  fi
}

# ---- step 5: services -------------------------------------------------------------------------
start_service() {
  local s="$1" port="${SERVICE_PORT[$1]}" db="${SERVICE_DB[$1]}" jar pid
  jar="$(jar_of "$s")"
  if pid="$(pid_of "$s")"; then say "    $s already running (pid $pid)"; return 0; fi
  if [[ ! -f "$jar" ]]; then say "    $s: no jar ($jar) -- skipped"; return 0; fi
  if port_open 127.0.0.1 "$port"; then abort_up "port $port ($s) is in use by a process stack.sh did not start"; fi
  : > "$LOGS/$s.log"
  # The jars run the prod profile: customer-service refuses to start without REALNAME_ID_NUMBER_HASH_KEY,
  # billing-gateway without WITHDRAWAL_BANK_ACCOUNT_HASH_KEY, and every service without IDEMPOTENCY_FINGERPRINT_KEY,
  # so the local stack passes dev-only keys (public, never for real data) unless they are set in the environment.
  # Prod defaults send SMS through Huawei MSGSMS, e-mail through SMTP, and have no dev outbox: the stack sends no
  # texts or e-mails (SMS_PROVIDER=dev-outbox, DEV_OUTBOX_ENABLED=true) and serves the codes and links at each
  # service's GET /dev/outbox, never in a log. customer-service looks real-name attachments up in OBS by default and
  # refuses to start without an OBS access key: the stack has no OBS, so it looks nothing up (REALNAME_ATTACHMENT_STORE=none).
  # shellcheck disable=SC2086
  start_bg "$s" "$LOGS/$s.log" env \
    QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    DB_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_EFFECTIVE_PORT/$db" \
    DB_REACTIVE_URL="postgresql://$PG_HOST:$PG_EFFECTIVE_PORT/$db" \
    DB_USERNAME="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
    OIDC_AUTH_SERVER_URL="http://127.0.0.1:$KC_PORT/realms/$KC_REALM" \
    SMS_PROVIDER="${SMS_PROVIDER:-dev-outbox}" DEV_OUTBOX_ENABLED="${DEV_OUTBOX_ENABLED:-true}" \
    REALNAME_ID_NUMBER_HASH_KEY="${REALNAME_ID_NUMBER_HASH_KEY:-local-development-key-not-secret}" \
    REALNAME_ATTACHMENT_STORE="${REALNAME_ATTACHMENT_STORE:-none}" \
    RATE_LIMIT_ENABLED="${RATE_LIMIT_ENABLED:-true}" \
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    IDEMPOTENCY_FINGERPRINT_KEY="${IDEMPOTENCY_FINGERPRINT_KEY:-local-development-key-not-secret}" \
    WITHDRAWAL_BANK_ACCOUNT_HASH_KEY="${WITHDRAWAL_BANK_ACCOUNT_HASH_KEY:-local-development-key-not-secret}" \
    "$JAVA" $SERVICE_JAVA_OPTS -jar "$jar"
  SVC_T0[$s]=$(now)
  say "    $s started (pid $BG_PID, port $port, db $db), log: $LOGS/$s.log"
}

wait_service() {
  local s="$1" port="${SERVICE_PORT[$1]}"
  [[ -n "${SVC_T0[$s]:-}" ]] || return 0
  if wait_http "$s" "http://127.0.0.1:$port/q/health/ready" "$SERVICE_TIMEOUT"; then
    say "    $s ready in $(elapsed "${SVC_T0[$s]}")"
  else
    show_log_tail "$LOGS/$s.log"
    if grep -q 'FlywayValidateException' "$LOGS/$s.log" 2>/dev/null; then
      warn "its database was migrated by an older version of a migration: 'dev/stack.sh down --wipe' starts from empty data"
    fi
    abort_up "$s did not become ready"
  fi
}

# ---- step 6: the one endpoint ------------------------------------------------------------------
start_gateway() {
  local jar pid port p
  jar="$(jar_of "$GATEWAY")"
  if pid="$(pid_of "$GATEWAY")"; then say "    $GATEWAY already running (pid $pid, port $(gateway_port))"; return 0; fi
  if [[ ! -f "$jar" ]]; then say "    $GATEWAY: no jar ($jar) -- skipped"; return 0; fi
  if [[ -n "$GATEWAY_PORT_WANTED" ]]; then
    port="$GATEWAY_PORT_WANTED"
    if port_open 127.0.0.1 "$port"; then abort_up "port $port ($GATEWAY, PC_GATEWAY_PORT) is in use by a process stack.sh did not start"; fi
  else
    port=""
    for p in 8080 8085 8086 8087 8088 8089; do
      if ! port_open 127.0.0.1 "$p"; then port="$p"; break; fi
    done
    [[ -n "$port" ]] || abort_up "ports 8080 and 8085-8089 are all in use: set PC_GATEWAY_PORT"
    [[ "$port" == 8080 ]] || warn "port 8080 is in use: $GATEWAY listens on $port (set PC_GATEWAY_PORT to choose)"
  fi
  echo "$port" > "$STACK/gateway.port"
  : > "$LOGS/$GATEWAY.log"
  # shellcheck disable=SC2086
  start_bg "$GATEWAY" "$LOGS/$GATEWAY.log" env \
    QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    PARTNER_SERVICE_URL="http://127.0.0.1:${SERVICE_PORT[partner-service]}" \
    CUSTOMER_SERVICE_URL="http://127.0.0.1:${SERVICE_PORT[customer-service]}" \
    INCENTIVE_SERVICE_URL="http://127.0.0.1:${SERVICE_PORT[incentive-service]}" \
    BILLING_GATEWAY_URL="http://127.0.0.1:${SERVICE_PORT[billing-gateway]}" \
    MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    "$JAVA" ${PC_GATEWAY_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC} -jar "$jar"
  SVC_T0[$GATEWAY]=$(now)
  say "    $GATEWAY started (pid $BG_PID, port $port), log: $LOGS/$GATEWAY.log"
  if wait_http "$GATEWAY" "http://127.0.0.1:$port/q/health/ready" "$SERVICE_TIMEOUT"; then
    say "    $GATEWAY ready in $(elapsed "${SVC_T0[$GATEWAY]}")"
  else
    show_log_tail "$LOGS/$GATEWAY.log"
    abort_up "$GATEWAY did not become ready"
  fi
}

# ---- summary ----------------------------------------------------------------------------------
summary() {
  local s
  say ""
  say "Partner Center local stack"
  say "  PostgreSQL  jdbc:postgresql://$PG_HOST:$PG_EFFECTIVE_PORT/{partner,customer,incentive,billing}  user $DB_USER / $DB_PASSWORD"
  say "  Kafka       bootstrap 127.0.0.1:$KAFKA_PORT  topics: ${TOPICS[*]} (+ .dlq)"
  say "  Keycloak    http://127.0.0.1:$KC_PORT/admin/  (admin / admin), realm $KC_REALM"
  say "              issuer http://127.0.0.1:$KC_PORT/realms/$KC_REALM"
  for s in "${ALL_SERVICES[@]}"; do
    if pid_of "$s" >/dev/null; then
      say "  $(printf '%-18s' "$s") http://127.0.0.1:${SERVICE_PORT[$s]}   Swagger UI http://127.0.0.1:${SERVICE_PORT[$s]}/q/swagger-ui"
    elif [[ -f "$(jar_of "$s")" ]]; then
      say "  $(printf '%-18s' "$s") not started (port ${SERVICE_PORT[$s]})"
    else
      if ((BUILD_FAILED)); then
        say "  $(printf '%-18s' "$s") not built: the build failed, see $LOGS/build.log"
      else
        say "  $(printf '%-18s' "$s") not built (dev/stack.sh up --build)"
      fi
    fi
  done
  if pid_of "$GATEWAY" >/dev/null; then
    say ""
    say "API endpoint: http://127.0.0.1:$(gateway_port)"
    say "  (the whole API at one host, as Huawei's BSS endpoint: api-gateway routes each path to its service)"
    say ""
  else
    say "  $(printf '%-18s' "$GATEWAY") not started: no jar (dev/stack.sh up --build)"
  fi
  say "  Users       partner-demo/partner-demo, partner-other/partner-other (role partner), operator-demo/operator-demo (role operator)"
  say "  Logs        $LOGS/"
  say ""
  say "Get a token (user, password grant):"
  say "  TOKEN=\$(curl -s -d client_id=partner-portal -d username=partner-demo -d password=partner-demo -d grant_type=password http://127.0.0.1:$KC_PORT/realms/$KC_REALM/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')"
  say "Get a token (ERP, client credentials):"
  say "  TOKEN=\$(curl -s -d client_id=erp-demo -d client_secret=erp-demo-secret -d grant_type=client_credentials http://127.0.0.1:$KC_PORT/realms/$KC_REALM/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')"
  say "Then: curl -H \"Authorization: Bearer \$TOKEN\" http://127.0.0.1:$(gateway_port)/v2/..."
  say "Stop everything: dev/stack.sh down"
}

# ---- commands ---------------------------------------------------------------------------------
cmd_up() {
  local build_mode=auto infra_only=0 arg s t0
  for arg in "$@"; do
    case "$arg" in
      --build) build_mode=always ;;
      --no-build) build_mode=never ;;
      --infra-only) infra_only=1; build_mode=never ;;
      -h|--help) usage; return 0 ;;
      *) warn "unknown option for up: $arg"; usage; exit 2 ;;
    esac
  done
  for s in "${SERVICES[@]}"; do
    [[ -n "${SERVICE_PORT[$s]:-}" ]] || { warn "unknown service in PC_SERVICES: $s"; exit 2; }
  done
  ensure_tools
  mkdir -p "$PIDS" "$LOGS" "$BUILD"
  cd "$STACK"   # neutral working directory for the processes (no stray .env / config/ picked up)
  t0=$(now)
  UP_IN_PROGRESS=1
  if ((!infra_only)); then build_services "$build_mode"; fi

  # Infrastructure: start all three, then wait for each (they start in parallel).
  start_postgres
  start_kafka
  start_keycloak
  wait_postgres
  wait_kafka
  wait_keycloak

  if ((!infra_only)); then
    step "Services"
    for s in "${SERVICES[@]}"; do start_service "$s"; done
    for s in "${SERVICES[@]}"; do wait_service "$s"; done
    step "API endpoint"
    start_gateway
  fi
  UP_IN_PROGRESS=0
  say "    stack up in $(elapsed "$t0")"
  summary
}

cmd_down() {
  local wipe=0 arg s any=0 t
  for arg in "$@"; do
    case "$arg" in
      --wipe) wipe=1 ;;
      *) warn "unknown option for down: $arg"; exit 2 ;;
    esac
  done
  mkdir -p "$PIDS"
  for s in "$GATEWAY" "${ALL_SERVICES[@]}" keycloak kafka postgres postmaster; do
    pid_of "$s" >/dev/null && any=1
  done
  if ((any)); then
    step "Stopping the local stack"
    t=$(now)
    stop_stack "$GATEWAY" "${ALL_SERVICES[@]}" keycloak kafka postgres
    say "    stopped in $(elapsed "$t")"
  else
    say "Nothing running (no live process in $PIDS)"
  fi
  rm -f "$PIDS"/*.pid 2>/dev/null || true
  if ((wipe)); then
    step "Wiping data: $STACK/postgres $STACK/kafka Keycloak's dev database"
    rm -rf "$STACK/postgres" "$STACK/kafka" "$KC_HOME/data/h2" "$STACK/keycloak/realm.cksum"
  fi
}

status_line() { # NAME STATE DETAIL
  printf '  %-18s %-9s %s\n' "$1" "$2" "$3"
}

cmd_status() {
  local s pid code state
  say "Partner Center local stack ($STACK)"
  if [[ -z "$DB_HOST" && -f "$STACK/external-db" ]] && ! pid_of postgres >/dev/null; then
    read -r DB_HOST DB_PORT < "$STACK/external-db" || true   # the server the last 'up' used
  fi
  if [[ -n "$DB_HOST" ]]; then
    if port_open "$DB_HOST" "$DB_PORT"; then state=up; else state=DOWN; fi
    status_line postgres "$state" "external server $DB_HOST:$DB_PORT"
  elif pid="$(pid_of postgres)"; then
    if port_open 127.0.0.1 "$PG_PORT"; then state=up; else state=starting; fi
    status_line postgres "$state" "pid $pid, 127.0.0.1:$PG_PORT, data $STACK/postgres/data"
  elif pid="$(pid_of postmaster)"; then
    status_line postgres orphan "postmaster pid $pid runs without its wrapper ('down' or 'up' stops it)"
  else
    status_line postgres stopped "port $PG_PORT"
  fi
  if pid="$(pid_of kafka)"; then
    if port_open 127.0.0.1 "$KAFKA_PORT"; then state=up; else state=starting; fi
    status_line kafka "$state" "pid $pid, bootstrap 127.0.0.1:$KAFKA_PORT"
  else
    status_line kafka stopped "port $KAFKA_PORT"
  fi
  if pid="$(pid_of keycloak)"; then
    code="$(http_code "http://127.0.0.1:$KC_MGMT_PORT/health/ready")"
    if [[ "$code" == 200 ]]; then state=up; else state=starting; fi
    status_line keycloak "$state" "pid $pid, http://127.0.0.1:$KC_PORT (health $code)"
  else
    status_line keycloak stopped "port $KC_PORT"
  fi
  for s in "${ALL_SERVICES[@]}"; do
    if pid="$(pid_of "$s")"; then
      code="$(http_code "http://127.0.0.1:${SERVICE_PORT[$s]}/q/health/ready")"
      if [[ "$code" == 200 ]]; then state=up; else state=unready; fi
      status_line "$s" "$state" "pid $pid, http://127.0.0.1:${SERVICE_PORT[$s]} (health $code)"
    elif [[ -f "$(jar_of "$s")" ]]; then
      status_line "$s" stopped "port ${SERVICE_PORT[$s]}"
    else
      status_line "$s" stopped "port ${SERVICE_PORT[$s]} (not built)"
    fi
  done
  if pid="$(pid_of "$GATEWAY")"; then
    code="$(http_code "http://127.0.0.1:$(gateway_port)/q/health/ready")"
    if [[ "$code" == 200 ]]; then state=up; else state=unready; fi
    status_line "$GATEWAY" "$state" "pid $pid, API endpoint http://127.0.0.1:$(gateway_port) (health $code)"
  elif [[ -f "$(jar_of "$GATEWAY")" ]]; then
    status_line "$GATEWAY" stopped "port ${GATEWAY_PORT_WANTED:-8080}"
  else
    status_line "$GATEWAY" stopped "port ${GATEWAY_PORT_WANTED:-8080} (not built)"
  fi
  say "  logs: $LOGS/"
}

usage() {
  cat <<EOF
Usage: dev/stack.sh <command> [options]
  up [--build|--no-build] [--infra-only]
         build the services if their jars are missing (--build: always, --no-build: never),
         start PostgreSQL, Kafka, Keycloak and the services, wait until each is ready, then
         api-gateway, the one endpoint (port 8080, or PC_GATEWAY_PORT), printed as "API endpoint: ...".
         --infra-only starts PostgreSQL, Kafka and Keycloak only.
  status show what runs (PID, port, health)
  down [--wipe]
         stop every process that 'up' started (TERM, then KILL after ${STOP_TIMEOUT}s);
         --wipe also deletes PostgreSQL, Kafka and Keycloak data.
EOF
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    up) cmd_up "$@" ;;
    down|stop) cmd_down "$@" ;;
    status) cmd_status "$@" ;;
    -h|--help|help) usage ;;
    *) usage; exit 2 ;;
  esac
}

main "$@"
