# Shared by the benchmark scripts of bench/ (sourced, not run): messages, tool checks, the loopback and
# readiness checks, Keycloak (admin token, bench users, password grant, token claims), registering a
# partner, seeding sub-customers, the CPU accounting of a measured run, scratch databases and pgbench, and
# sampling what database sessions wait for. The sourcing script sets
# KEYCLOAK_URL, MIN_IDLE, IDLE_WAIT, REPO and WORK (a run's data directory); REALM defaults to partner-center.

say()  { printf '%s\n' "$*"; }
step() { printf '\n==> %s\n' "$*"; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
now()  { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

need_pkg() { # COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 || apt_install "$2" "$1"
}
apt_install() { # DEBIAN_PACKAGE WHAT_IS_MISSING
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing $1 (apt-get)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1"; } >/dev/null \
      || die "apt-get install $1 failed"
  else
    die "$2 is missing: install it, e.g. 'sudo apt-get install -y $1'"
  fi
}
http_status() { # URL -> HTTP status of a GET (empty when nothing answers)
  curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null || true
}

# Load goes to this machine only: each argument (a URL or a bare host) must name a loopback address.
require_loopback() { # URL_OR_HOST...
  local a host
  for a in "$@"; do
    host="$(sed -E 's#^https?://(\[[^]]*\]|[^/:]+).*#\1#' <<< "$a")"
    case "$host" in
      127.*|localhost|'[::1]') ;;
      *) die "$a is not a loopback address: this benchmark only runs against the local stack" ;;
    esac
  done
}

# A service of the stack must answer its readiness check; otherwise print how to start it and exit 1.
require_ready() { # NAME BASE_URL START_HINT
  local code
  code="$(http_status "$2/q/health/ready")"
  [[ "$code" == 200 ]] && return 0
  say "$1 is not ready at $2/q/health/ready (HTTP ${code:-none})."
  say "Start the local stack first (see dev/README.md):"
  say "    $3"
  exit 1
}

# ---- Keycloak --------------------------------------------------------------------------------
REALM="${REALM:-partner-center}"
kc_admin_url() { echo "$KEYCLOAK_URL/admin/realms/$REALM"; }
kc_token_url() { echo "$KEYCLOAK_URL/realms/$REALM/protocol/openid-connect/token"; }

require_realm() {
  local code
  code="$(http_status "$KEYCLOAK_URL/realms/$REALM")"
  [[ "$code" == 200 ]] || die "Keycloak realm $REALM not reachable at $KEYCLOAK_URL (HTTP ${code:-none}): is the stack up?"
}

admin_token() { # master realm tokens live 60 s: fetch a fresh one for each admin step
  curl -sf -m 10 -d client_id=admin-cli -d username=admin -d password=admin -d grant_type=password \
    "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token
}

# One bench user with realm role partner and the partner_id attribute; prints its Keycloak id.
kc_create_partner_user() { # USERNAME PASSWORD PARTNER_ID
  local user location id role
  user="$(jq -cn --arg u "$1" --arg p "$2" --arg id "$3" '{
    username: $u, enabled: true, email: ($u + "@bench.example"), emailVerified: true, firstName: "Bench",
    lastName: "Partner", requiredActions: [], attributes: {partner_id: [$id]},
    credentials: [{type: "password", value: $p, temporary: false}]}')"
  location="$(curl -s -D - -o /dev/null -m 30 -X POST -H "Authorization: Bearer $(admin_token)" \
    -H 'Content-Type: application/json' -d "$user" "$(kc_admin_url)/users" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  id="${location##*/}"
  [[ -n "$id" ]] || die "creating the Keycloak user $1 failed"
  # (called as "$(...)": a failure after this point deletes the user, the caller never learns its id)
  role="$(curl -sf -m 10 -H "Authorization: Bearer $(admin_token)" "$(kc_admin_url)/roles/partner")" \
    || { kc_delete_user "$id"; die "realm role partner not found"; }
  curl -sf -m 10 -o /dev/null -X POST -H "Authorization: Bearer $(admin_token)" -H 'Content-Type: application/json' \
    -d "[$role]" "$(kc_admin_url)/users/$id/role-mappings/realm" \
    || { kc_delete_user "$id"; die "granting the partner role to $1 failed"; }
  echo "$id"
}

kc_delete_user() { # KEYCLOAK_USER_ID
  curl -s -o /dev/null -m 30 -X DELETE -H "Authorization: Bearer $(admin_token || true)" "$(kc_admin_url)/users/$1"
}

# An access token of partner-portal by the password grant (tokens live 30 minutes).
kc_password_token() { # USERNAME PASSWORD
  local token
  token="$(curl -sf -m 30 -d client_id=partner-portal -d grant_type=password \
    --data-urlencode "username=$1" --data-urlencode "password=$2" "$(kc_token_url)" | jq -r .access_token)" \
    && [[ -n "$token" && "$token" != null ]] || die "password grant for $1 failed"
  echo "$token"
}

jwt_claim() { # TOKEN CLAIM -> the claim's value (empty when absent)
  local payload
  payload="$(cut -d. -f2 <<< "$1" | tr '_-' '/+')"
  while (( ${#payload} % 4 )); do payload="$payload="; done
  base64 -d <<< "$payload" 2>/dev/null | jq -r --arg c "$2" '.[$c] // empty'
}

# ---- partner-service / customer-service data ---------------------------------------------------
# A partner's first registration with its own token; prints the HTTP status, the answer goes to OUT_FILE.
register_partner() { # PARTNER_URL TOKEN PARTNER_ID OUT_FILE
  curl -s -o "$4" -m 30 -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "{\"company_name\":\"Bench Reader $3\",\"contact_email\":\"bench-$3@example.com\",\"contact_phone\":\"+86-13800000000\",\"country_code\":\"CN\",\"xaccount_id\":\"bench-$3\"}" \
    "$1/v2/partners/registrations"
}

# Seeds customer-service's sub_customer table (the database psql reaches with the PG* variables) in one
# transaction: TOTAL customers, MINE of them for PARTNER, the rest spread over OTHERS other partners; every
# 10th one labelled (vip-0..vip-6), association types alternating, one association per minute from
# 2026-01-01. Seeded rows carry xaccount_type 'bench-seed' and replace those of an earlier seed; no events
# are written for them (load, not business facts). Then VACUUM ANALYZE (the visibility map lets index-only
# scans work, as autovacuum would). Prints "<seeded> <partner's> <labelled>".
seed_sub_customers() { # TOTAL MINE OTHERS PARTNER
  psql -X -q -v ON_ERROR_STOP=1 -v total="$1" -v mine="$2" -v others="$3" -v partner="$4" <<'SQL' >/dev/null || return 1
BEGIN;
DELETE FROM sub_customer WHERE xaccount_type = 'bench-seed';
INSERT INTO sub_customer (customer_id, partner_id, distributor_id, domain_name, xaccount_id, xaccount_type,
                          mobile_phone, password_hash, close_market_ms, association_type, associated_on,
                          created_by, created_at, label)
SELECT md5('bench-seed-' || i),
       CASE WHEN i <= :mine THEN :'partner' ELSE 'bench-other-' || (i % :others) END,
       NULL,
       'bench_seed_' || i,
       'bench-seed-' || i,
       'bench-seed',
       NULL, NULL, FALSE,
       1 + i % 2,
       TIMESTAMPTZ '2026-01-01 00:00:00+00' + i * INTERVAL '1 minute',
       'bench',
       TIMESTAMPTZ '2026-01-01 00:00:00+00' + i * INTERVAL '1 minute',
       CASE WHEN i % 10 = 5 THEN 'vip-' || (i / 10 % 7) END
FROM generate_series(1, :total) AS i;
COMMIT;
VACUUM ANALYZE sub_customer;
SQL
  psql -X -q -tA -F ' ' -v partner="$4" <<'SQL'
SELECT count(*), count(*) FILTER (WHERE partner_id = :'partner'), count(label) FROM sub_customer
WHERE xaccount_type = 'bench-seed';
SQL
}

# CPU accounting of a run, from /proc: cpu_snapshot FILE writes "<name> <clock ticks>" lines:
# "busy" (all cores, non-idle), one line per process of the local stack (each runs in its own
# session, recorded in .stack/pids/NAME.pid: the session's processes and their children are
# summed, e.g. Keycloak's JVM under kc.sh, PostgreSQL's backends under the postmaster; a process's ticks
# include those of its children that have exited, such as the backends of pgbench's short-lived connections).
# BENCH_PID_DIR (optional) names one more directory of NAME.pid files ("<pid> ..." lines): processes a
# benchmark started itself, in sessions of their own.
# Each benchmark's cpu_report BEFORE AFTER WRK_SECONDS REQUESTS turns two snapshots into where the CPU went.
TICKS="$(getconf CLK_TCK)"
cpu_snapshot() { # FILE
  local f name pid sess sessions=""
  for f in "$REPO"/.stack/pids/*.pid ${BENCH_PID_DIR:+"$BENCH_PID_DIR"/*.pid}; do
    [[ -e "$f" ]] || continue
    name="$(basename "$f" .pid)"
    read -r pid _ < "$f" || continue
    sess="$(awk '{ sub(/.*\) /, ""); print $4 }' "/proc/$pid/stat" 2>/dev/null)" || continue
    [[ -n "$sess" ]] && sessions="$sessions $sess=$name"
  done
  {
    awk '/^cpu / { print "busy", $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v sessions="$sessions" '
      BEGIN { n = split(sessions, kv, " "); for (i = 1; i <= n; i++) { split(kv[i], p, "="); name[p[1]] = p[2] } }
      { pid = $1; sub(/.*\) /, ""); ppid[pid] = $2; sess[pid] = $4; ticks[pid] = $12 + $13 + $14 + $15 }
      END {
        for (pid in ticks) {
          # a process of a stack session, or a child of one (PostgreSQL backends start sessions of their own)
          if (sess[pid] in name) c = name[sess[pid]]
          else if ((ppid[pid] in sess) && (sess[ppid[pid]] in name)) c = name[sess[ppid[pid]]]
          else continue
          sum[c] += ticks[pid]
        }
        for (s in name) print name[s], sum[name[s]] + 0
      }'
  } > "$1"
}
# idle share of all cores over a short window (2 s): how busy the machine is before a run
cpu_idle() {
  local -a a b
  read -r -a a < /proc/stat
  sleep 2
  read -r -a b < /proc/stat
  # cpu user nice system idle iowait irq softirq steal
  awk -v u0="${a[1]}" -v n0="${a[2]}" -v s0="${a[3]}" -v i0="${a[4]}" -v w0="${a[5]}" -v q0="${a[6]}" -v f0="${a[7]}" -v t0="${a[8]:-0}" \
      -v u1="${b[1]}" -v n1="${b[2]}" -v s1="${b[3]}" -v i1="${b[4]}" -v w1="${b[5]}" -v q1="${b[6]}" -v f1="${b[7]}" -v t1="${b[8]:-0}" \
      'BEGIN { idle = (i1 + w1) - (i0 + w0); all = (u1+n1+s1+i1+w1+q1+f1+t1) - (u0+n0+s0+i0+w0+q0+f0+t0)
               printf "%.0f%%", (all > 0 ? 100 * idle / all : 0) }'
}

# wait_quiet: on a shared machine, waits (up to BENCH_IDLE_WAIT s) until the cores are at least
# BENCH_MIN_IDLE % idle over 2 s, then prints the last idle figure; runs anyway after the wait.
wait_quiet() {
  local idle t0 waited=0 deadline=$(( $(date +%s) + IDLE_WAIT ))
  t0="$(date +%s)"
  while :; do
    idle="$(cpu_idle)"
    if (( ${idle%\%} >= MIN_IDLE )) || (( $(date +%s) >= deadline )); then break; fi
    if (( ! waited )); then
      printf 'machine busy (CPU idle %s < %s%%): waiting up to %s s\n' "$idle" "$MIN_IDLE" "$IDLE_WAIT" >&2
      waited=1
    fi
    sleep 3
  done
  (( ! waited )) || printf 'waited %s s, CPU idle now %s\n' "$(( $(date +%s) - t0 ))" "$idle" >&2
  echo "$idle"
}

TIMEFORMAT='%3U %3S'   # `time` below: user and system CPU seconds of wrk (and tee)

# measure LABEL COMMAND...: one measured run. Waits for a quiet machine (the idle figure goes to
# MEASURED_IDLE), takes CPU snapshots before and after ($WORK/cpu-LABEL.before/.after) and the user+system
# CPU seconds of COMMAND itself, the load generator ($WORK/time-LABEL.txt, see load_seconds).
MEASURED_IDLE=""
measure() { # LABEL COMMAND...
  local label="$1"; shift
  MEASURED_IDLE="$(wait_quiet)"
  cpu_snapshot "$WORK/cpu-$label.before"
  { time "$@"; } 2> "$WORK/time-$label.txt"
  cpu_snapshot "$WORK/cpu-$label.after"
}
load_seconds() { # LABEL -> CPU seconds of the measured command
  awk 'END { print $1 + $2 }' "$WORK/time-$1.txt"
}

field() { # LINE NAME
  sed -nE "s/.*[[:space:]]$2=([^[:space:]]+).*/\1/p" <<< "$1"
}

# Where the CPU of a run went, from two cpu_snapshot files: every process of the stack and of BENCH_PID_DIR
# by name (PostgreSQL's postmaster and backends together), the load generator, and "other" = everything else on
# the machine (other sessions' builds).
cpu_by_process() { # BEFORE AFTER LOAD_SECONDS
  awk -v t="$TICKS" -v gen="$3" '
    FNR == NR { before[$1] = $2; next }
    { d = ($2 - before[$1]) / t
      if ($1 == "busy") busy = d; else { stack += d; n = ($1 == "postmaster" ? "postgres" : $1); cpu[n] += d } }
    END {
      for (n in cpu) if (cpu[n] >= 0.05) s = s sprintf("%s %.1f s, ", n, cpu[n])
      other = busy - stack - gen
      printf "%sload generator %.1f s, other %.1f s, of %.1f s busy", s, gen, (other > 0 ? other : 0), busy
    }' "$1" "$2"
}
# record_run KEY LABEL RESULT_LINE: keeps a measured run's result, idle figure and CPU report in the caller's
# associative arrays RESULT, IDLE and CPU (declare -A RESULT IDLE CPU), and prints them.
record_run() {
  RESULT[$1]="$3"
  IDLE[$1]="$MEASURED_IDLE"
  CPU[$1]="$(cpu_by_process "$WORK/cpu-$2.before" "$WORK/cpu-$2.after" "$(load_seconds "$2")")"
  say "${RESULT[$1]:-no result}"
  say "CPU idle in the 2 s before: ${IDLE[$1]}; during the run: ${CPU[$1]}"
}
bench_line() { grep '^BENCH' "$WORK/wrk-$1.txt" || true; } # LABEL -> the BENCH line of $WORK/wrk-LABEL.txt

# ---- scratch databases and pgbench (on the server psql reaches with the PG* variables) -----------------------
fresh_database() { # NAME
  psql -X -q -v ON_ERROR_STOP=1 -c 'SET client_min_messages = warning' -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\"" \
    || die "cannot create database $1 (the login $PGUSER needs CREATEDB)"
}
drop_database() { psql -X -q -c 'SET client_min_messages = warning' -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null 2>&1 || true; }
sql() { # DATABASE SQL [psql args...] -> unaligned rows, tab-separated
  local db="$1" q="$2"; shift 2
  PGDATABASE="$db" psql -X -q -tA -F $'\t' -v ON_ERROR_STOP=1 "$@" -c "$q"
}

# pgbench's TPC-B as the yardstick of what this PostgreSQL does on this machine: the caller sets PGBENCH_DB,
# PGBENCH_SCALE, PGBENCH_CLIENTS and PGBENCH_JOBS.
pgbench_init() {
  step "pgbench: scratch database $PGBENCH_DB, scale $PGBENCH_SCALE"
  local t0
  t0="$(now)"
  fresh_database "$PGBENCH_DB"
  pgbench -i -q -s "$PGBENCH_SCALE" "$PGBENCH_DB" > "$WORK/pgbench-init.log" 2>&1 \
    || { tail "$WORK/pgbench-init.log"; die "pgbench -i failed"; }
  say "initialised in $(since "$t0") s ($(psql -X -q -tA -c "select pg_size_pretty(pg_database_size('$PGBENCH_DB'))"), server $(psql -X -q -tA -c 'show server_version'))"
}
run_pgbench() { # LABEL SECONDS [pgbench options...]
  local label="$1" seconds="$2"; shift 2
  pgbench -M prepared -c "$PGBENCH_CLIENTS" -j "$PGBENCH_JOBS" -T "$seconds" "$@" "$PGBENCH_DB" > "$WORK/pgbench-$label.txt" 2>&1 \
    || { tail "$WORK/pgbench-$label.txt"; die "pgbench $label failed"; }
}
pgbench_tps() { sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$WORK/pgbench-$1.txt" | head -1; }
pgbench_latency() { sed -nE 's/^latency average = ([0-9.]+) ms/\1/p' "$WORK/pgbench-$1.txt" | head -1; }

# ---- what the database sessions wait for during a run --------------------------------------------------------
# wait_sampler_start DATABASE FILE: every 0.5 s, one line per session of DATABASE (other than the sampler's) that
# is in a transaction: "<wait_event_type>:<wait_event>" when it runs a statement ("CPU" when it waits for nothing),
# "idle-in-transaction" between statements (waiting for the service: its next statement or COMMIT), until
# wait_sampler_stop. Lock waits (Lock:transactionid, Lock:tuple) are sessions queued behind another transaction's
# row lock; that transaction may itself be idle-in-transaction.
WAIT_SAMPLER_PID=""
wait_sampler_start() { # DATABASE FILE
  : > "$2"
  (
    while :; do
      psql -X -q -tA -d "$1" -c "select case when state = 'active' then coalesce(wait_event_type || ':' || wait_event, 'CPU')
        else 'idle-in-transaction' end from pg_stat_activity
        where datname = current_database() and state in ('active', 'idle in transaction') and pid <> pg_backend_pid()" >> "$2" 2>/dev/null || true
      echo '--' >> "$2"
      sleep 0.5
    done
  ) &
  WAIT_SAMPLER_PID=$!
}
wait_sampler_stop() {
  [[ -n "$WAIT_SAMPLER_PID" ]] || return 0
  kill "$WAIT_SAMPLER_PID" 2>/dev/null || true
  wait "$WAIT_SAMPLER_PID" 2>/dev/null || true
  WAIT_SAMPLER_PID=""
}
# wait_summary FILE -> "<samples> samples, <mean sessions in a transaction>: <event> <share %>, ..." (top 5)
wait_summary() {
  awk '$0 == "--" { samples++; next } { n++; c[$0]++ }
    END {
      printf "%d samples, %.1f sessions in a transaction on average", samples, (samples ? n / samples : 0)
      k = 0
      while (k < 5) {
        best = ""; for (e in c) if (best == "" || c[e] > c[best]) best = e
        if (best == "") break
        printf "%s %s %.0f%%", (k ? "," : ":"), best, 100 * c[best] / n
        delete c[best]; k++
      }
    }' "$1"
}
