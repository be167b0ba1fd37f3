# Shared by the benchmark scripts of bench/ (sourced, not run): messages, tool checks, Keycloak's admin
# token and the CPU accounting of a run. The sourcing script sets KEYCLOAK_URL, MIN_IDLE, IDLE_WAIT and REPO.

say()  { printf '%s\n' "$*"; }
step() { printf '\n==> %s\n' "$*"; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
now()  { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

need_pkg() { # COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing $2 (apt-get)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >/dev/null \
      || die "apt-get install $2 failed"
  else
    die "$1 is missing: install it, e.g. 'sudo apt-get install -y $2'"
  fi
}
admin_token() { # master realm tokens live 60 s: fetch a fresh one for each admin step
  curl -sf -m 10 -d client_id=admin-cli -d username=admin -d password=admin -d grant_type=password \
    "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token
}

# CPU accounting of a run, from /proc: cpu_snapshot FILE writes "<name> <clock ticks>" lines:
# "busy" (all cores, non-idle), one line per process of the local stack (each runs in its own
# session, recorded in .stack/pids/NAME.pid: the session's processes and their children are
# summed, e.g. Keycloak's JVM under kc.sh, PostgreSQL's backends under the postmaster).
# Each benchmark's cpu_report BEFORE AFTER WRK_SECONDS REQUESTS turns two snapshots into where the CPU went.
TICKS="$(getconf CLK_TCK)"
cpu_snapshot() { # FILE
  local f name pid sess sessions=""
  for f in "$REPO"/.stack/pids/*.pid; do
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
      { pid = $1; sub(/.*\) /, ""); ppid[pid] = $2; sess[pid] = $4; ticks[pid] = $12 + $13 }
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

field() { # LINE NAME
  sed -nE "s/.*[[:space:]]$2=([^[:space:]]+).*/\1/p" <<< "$1"
}
