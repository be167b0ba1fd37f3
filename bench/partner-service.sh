#!/usr/bin/env bash
# Benchmark of partner-service against the running local stack (dev/stack.sh up). Not a test:
# it prints figures and asserts nothing about speed. See docs/benchmarks.md.
#
#   RATE_LIMIT_ENABLED=false dev/stack.sh up --build   # one partner sends thousands of requests per second
#   bench/partner-service.sh
#
# Scenarios (wrk, against 127.0.0.1 only, each bounded by a duration), after a short warm-up:
#   registration  POST /v2/partners/registrations, every request a real first registration of a
#                 distinct partner (own Keycloak user, own token, unique xaccount_id)
#   outbox        unsent outbox rows polled from /q/health/ready during the registration run, and
#                 how long after its last answer the relay has published every row
#   status read   GET /v2/partners/{id} with one registered partner's token
# For each run it also prints where the CPU went (partner-service, PostgreSQL, Kafka, Keycloak,
# wrk, anything else) and how idle the machine was just before: the load generator shares the
# machine with the stack, and other work on it skews the figures.
#
# To have one identity per registration, the script creates BENCH_N Keycloak users in one
# partialImport (with a cheap password hash for the bench, the realm's policy is restored
# afterwards) and fetches their tokens with the password grant. The users are deleted at the end
# (BENCH_KEEP_USERS=1 keeps them); the registered partners stay in the partner database
# (`dev/stack.sh down --wipe` clears it). Run data goes to bench/.work/<run>/ (git-ignored).
#
# Environment overrides (defaults in brackets):
#   BENCH_N [3000]                 partner identities prepared (1 reader + warm-up + measured)
#   BENCH_WARMUP_N [500]           identities for the warm-up registration run (0: no warm-up)
#   BENCH_WARMUP_DURATION [3s]     duration of each warm-up run (registration and status read)
#   BENCH_REG_DURATION [6s]        measured registration run; it ends earlier when its identities
#                                  (N - 1 - WARMUP_N) run out, req/s is computed over the real window
#                                  (at ~1,500 registrations/s, 3000 identities last under 2 s:
#                                  BENCH_N=9000 BENCH_WARMUP_N=1500 BENCH_IMPORT_CHUNK=1000 gives ~5 s)
#   BENCH_REG_THREADS [2], BENCH_REG_CONNECTIONS [8]
#   BENCH_READ_DURATION [10s], BENCH_READ_THREADS [2], BENCH_READ_CONNECTIONS [16]
#   BENCH_IMPORT_CHUNK [BENCH_N]   users per partialImport request (default: all in one request)
#   BENCH_TOKEN_PARALLEL [4]       parallel password grants while fetching tokens
#   BENCH_DRAIN_TIMEOUT [60]       seconds to wait for the outbox to drain
#   BENCH_MIN_IDLE [70], BENCH_IDLE_WAIT [180]
#                                  before each measured run, wait up to IDLE_WAIT s for the cores to
#                                  be MIN_IDLE % idle (other work on a shared machine), then run anyway
#   BENCH_SETTLE [5]               seconds of rest between preparing the identities and the runs
#   BENCH_KEEP_USERS [0]           1: do not delete the bench users at the end
#   PARTNER_URL [http://127.0.0.1:8081], KEYCLOAK_URL [http://127.0.0.1:8190]
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$REPO/bench"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

N="${BENCH_N:-3000}"
WARMUP_N="${BENCH_WARMUP_N:-500}"
WARMUP_DURATION="${BENCH_WARMUP_DURATION:-3s}"
REG_DURATION="${BENCH_REG_DURATION:-6s}"
REG_THREADS="${BENCH_REG_THREADS:-2}"
REG_CONNECTIONS="${BENCH_REG_CONNECTIONS:-8}"
READ_DURATION="${BENCH_READ_DURATION:-10s}"
READ_THREADS="${BENCH_READ_THREADS:-2}"
READ_CONNECTIONS="${BENCH_READ_CONNECTIONS:-16}"
TOKEN_PARALLEL="${BENCH_TOKEN_PARALLEL:-4}"
IMPORT_CHUNK="${BENCH_IMPORT_CHUNK:-$N}"
MIN_IDLE="${BENCH_MIN_IDLE:-70}"
IDLE_WAIT="${BENCH_IDLE_WAIT:-180}"
DRAIN_TIMEOUT="${BENCH_DRAIN_TIMEOUT:-60}"
KEEP_USERS="${BENCH_KEEP_USERS:-0}"
PARTNER_URL="${PARTNER_URL:-http://127.0.0.1:8081}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8190}"
ADMIN_URL="$(kc_admin_url)"
TOKEN_URL="$(kc_token_url)"
# Cheap hash for the bench users only: Keycloak hashes every imported password and every
# password grant re-computes it; with the default (210,000 PBKDF2 iterations or Argon2) creating
# and logging in thousands of users would take minutes on 2 cores.
BENCH_PASSWORD_POLICY="hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"


[[ "$N" =~ ^[0-9]+$ && "$WARMUP_N" =~ ^[0-9]+$ && "$IMPORT_CHUNK" =~ ^[1-9][0-9]*$ ]] \
  || die "BENCH_N, BENCH_WARMUP_N and BENCH_IMPORT_CHUNK must be numbers"
(( N >= WARMUP_N + 2 )) || die "BENCH_N ($N) must exceed BENCH_WARMUP_N ($WARMUP_N) + 1"

require_loopback "$PARTNER_URL" "$KEYCLOAK_URL"

# ---- tools ---------------------------------------------------------------------------------
need_pkg curl curl
need_pkg jq jq
need_pkg wrk wrk

# ---- the stack must be running ---------------------------------------------------------------
require_ready partner-service "$PARTNER_URL" "RATE_LIMIT_ENABLED=false dev/stack.sh up --build     # or plain 'dev/stack.sh up' when the jars are current"
require_realm

RUN="$(date -u +%Y%m%d%H%M%S)"
WORK="$BENCH/.work/$RUN"
mkdir -p "$WORK/tokens"
say "run $RUN, data in ${WORK#"$REPO"/}"

# Background sampler of the outbox backlog: "<unix time> <unsent>" every 0.2 s into FILE, until
# stop_outbox_poller (or at most 15 minutes).
POLLER_PID=""
start_outbox_poller() { # FILE
  local file="$1"
  rm -f "$WORK/poller.stop"
  (
    end=$(( $(date +%s) + 900 ))
    while [[ ! -e "$WORK/poller.stop" ]] && (( $(date +%s) < end )); do
      printf '%s %s\n' "$(now)" "$(outbox_unsent)"
      sleep 0.2
    done
  ) >> "$file" &
  POLLER_PID=$!
}
stop_outbox_poller() {
  [[ -n "$POLLER_PID" ]] || return 0
  touch "$WORK/poller.stop"
  wait "$POLLER_PID" 2>/dev/null || true
  POLLER_PID=""
}

# ---- Keycloak admin --------------------------------------------------------------------------

set_password_policy() { # POLICY -> HTTP status
  local body
  body="$(jq -cn --arg p "$1" '{passwordPolicy: $p}')"
  curl -s -o "$WORK/policy-response.txt" -m 30 -w '%{http_code}' -X PUT \
    -H "Authorization: Bearer $(admin_token)" -H 'Content-Type: application/json' \
    -d "$body" "$ADMIN_URL"
}

PREVIOUS_POLICY=""
POLICY_CHANGED=0
USERS_CREATED=0

restore_policy() {
  ((POLICY_CHANGED)) || return 0
  local code
  code="$(set_password_policy "$PREVIOUS_POLICY" || true)"
  if [[ "$code" == 204 ]]; then
    POLICY_CHANGED=0
    say "realm password policy restored to '${PREVIOUS_POLICY}'"
  else
    printf 'WARNING: could not restore the realm password policy (HTTP %s); set it back to "%s" in the admin console\n' \
      "$code" "$PREVIOUS_POLICY" >&2
  fi
}

delete_users() {
  ((USERS_CREATED)) || return 0
  if [[ "$KEEP_USERS" == 1 ]]; then
    say "BENCH_KEEP_USERS=1: the $N users bench-$RUN-* remain in realm $REALM (ids in ${WORK#"$REPO"/}/user-ids.txt)"
    return 0
  fi
  local t0 chunk
  t0="$(now)"
  say "deleting the bench users bench-$RUN-* ..."
  rm -f "$WORK"/user-ids.part.*
  split -l 500 "$WORK/user-ids.txt" "$WORK/user-ids.part."
  for chunk in "$WORK"/user-ids.part.*; do
    ADMIN_BEARER="$(admin_token || true)" ADMIN_URL="$ADMIN_URL" \
      xargs -P "$TOKEN_PARALLEL" -n 1 sh -c \
      'curl -s -o /dev/null -m 30 -X DELETE -H "Authorization: Bearer $ADMIN_BEARER" "$ADMIN_URL/users/$0"' \
      < "$chunk" || true
  done
  rm -f "$WORK"/user-ids.part.*
  local left
  left="$(curl -s -m 30 -H "Authorization: Bearer $(admin_token || true)" \
    "$ADMIN_URL/users/count?search=bench-$RUN-" || echo '?')"
  USERS_CREATED=0
  say "deleted the bench users in $(since "$t0") s (left: $left)"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_outbox_poller
  restore_policy
  delete_users
  # the bulky files (live tokens, the users' password): summary, wrk output and samples stay
  rm -rf "$WORK/tokens" "$WORK"/tokens*.txt "$WORK/users.json" "$WORK/import-result.json" "$WORK/poller.stop"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- 1. partner identities -------------------------------------------------------------------
step "preparing $N partner identities (Keycloak users bench-$RUN-1..$N)"
PREVIOUS_POLICY="$(curl -sf -m 10 -H "Authorization: Bearer $(admin_token)" "$ADMIN_URL" \
  | jq -r '.passwordPolicy // ""')" || die "cannot read realm $REALM through the admin API"
code="$(set_password_policy "$BENCH_PASSWORD_POLICY")"
[[ "$code" == 204 ]] || die "setting the password policy failed (HTTP $code): $(cat "$WORK/policy-response.txt")"
POLICY_CHANGED=1
say "realm password policy '${PREVIOUS_POLICY}' -> '$BENCH_PASSWORD_POLICY' for the bench"

PASSWORD="bench-$RUN-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# users.txt: "<username> <partner_id>", partner_id = 32 random hex characters
head -c $((16 * N)) /dev/urandom | od -An -v -tx1 | tr -d ' \n' | fold -w 32 \
  | awk -v run="$RUN" '{ print "bench-" run "-" NR, $0 }' > "$WORK/users.txt"
users_json() { # USERS_FILE (lines "<username> <partner_id>") -> partialImport body on stdout
  awk -v pw="$PASSWORD" '
    BEGIN { printf "{\"ifResourceExists\":\"FAIL\",\"users\":[" }
    NR > 1 { printf "," }
    { printf "{\"username\":\"%s\",\"enabled\":true,\"email\":\"%s@bench.example\",\"emailVerified\":true," \
        "\"firstName\":\"Bench\",\"lastName\":\"Partner %s\",\"requiredActions\":[]," \
        "\"credentials\":[{\"type\":\"password\",\"value\":\"%s\",\"temporary\":false}]," \
        "\"realmRoles\":[\"partner\"],\"attributes\":{\"partner_id\":[\"%s\"]}}", $1, $1, $2, pw, $2 }
    END { print "]}" }' "$1"
}

# One partialImport by default; BENCH_IMPORT_CHUNK=1000 splits it (Keycloak's import time grows
# faster than linearly with the number of users in one request, see docs/benchmarks.md).
t0="$(now)"
: > "$WORK/user-ids.txt"
rm -f "$WORK"/users.part.*
split -l "$IMPORT_CHUNK" "$WORK/users.txt" "$WORK/users.part."
added=0 requests=0
for part in "$WORK"/users.part.*; do
  users_json "$part" > "$WORK/users.json"
  code="$(curl -s -o "$WORK/import-result.json" -m 600 -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $(admin_token)" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/users.json" "$ADMIN_URL/partialImport")"
  [[ "$code" == 200 ]] || die "partialImport failed (HTTP $code): $(head -c 500 "$WORK/import-result.json")"
  jq -r '.results[] | select(.resourceType == "USER") | .id' "$WORK/import-result.json" >> "$WORK/user-ids.txt"
  USERS_CREATED=1
  added=$(( added + $(jq -r '.added' "$WORK/import-result.json") ))
  requests=$(( requests + 1 ))
done
rm -f "$WORK"/users.part.*
[[ "$added" == "$N" ]] || die "partialImport added $added users, expected $N"
say "created $added users with $requests partialImport request(s): $(since "$t0") s"

t0="$(now)"
export TOKEN_URL PASSWORD
xargs -P "$TOKEN_PARALLEL" -n 2 sh -c \
  'curl -s -m 30 -o "'"$WORK/tokens"'/$1" -d client_id=partner-portal -d grant_type=password \
     --data-urlencode "username=$0" --data-urlencode "password=$PASSWORD" "$TOKEN_URL"' \
  < "$WORK/users.txt" || true
# tokens.txt: "<partner_id> <access_token>", in users.txt order
awk -v dir="$WORK/tokens" '
  { f = dir "/" $2; body = ""
    while ((getline l < f) > 0) body = body l
    close(f)
    if (match(body, /"access_token":"[^"]+"/)) print $2, substr(body, RSTART + 16, RLENGTH - 17)
  }' "$WORK/users.txt" > "$WORK/tokens.txt"
got="$(wc -l < "$WORK/tokens.txt")"
[[ "$got" == "$N" ]] || die "got $got of $N tokens (responses in ${WORK#"$REPO"/}/tokens/)"
say "fetched $got access tokens (password grant, $TOKEN_PARALLEL in parallel): $(since "$t0") s"
rm -rf "$WORK/tokens"
restore_policy   # logins are done; the trap restores it too if anything above failed

read -r READER_ID READER_TOKEN < "$WORK/tokens.txt"
claim="$(jwt_claim "$READER_TOKEN" partner_id)"
[[ "$claim" == "$READER_ID" ]] || die "the token of the first bench user carries partner_id '$claim', expected $READER_ID"
say "token check: partner_id claim = $claim"

# line 1: the status-read partner; next WARMUP_N lines: warm-up; the rest: measured registrations
sed -n "2,$((WARMUP_N + 1))p" "$WORK/tokens.txt" > "$WORK/tokens-warmup.txt"
sed -n "$((WARMUP_N + 2)),\$p" "$WORK/tokens.txt" > "$WORK/tokens-measured.txt"
MEASURED_N="$(wc -l < "$WORK/tokens-measured.txt")"

# ---- sanity: the API answers as the benchmark expects -----------------------------------------
register() { # TOKEN PARTNER_ID -> HTTP status, body in $WORK/register-response.json
  register_partner "$PARTNER_URL" "$1" "$2" "$WORK/register-response.json"
}
code="$(register "$READER_TOKEN" "$READER_ID")"
[[ "$code" == 201 ]] || die "registration of $READER_ID answered $code: $(cat "$WORK/register-response.json")"
code="$(register "$READER_TOKEN" "$READER_ID")"
[[ "$code" == 400 ]] && grep -q 'CBC.91001002' "$WORK/register-response.json" \
  || die "a second registration answered $code, expected 400 CBC.91001002: $(cat "$WORK/register-response.json")"
code="$(curl -s -o /dev/null -m 10 -w '%{http_code}' -H "Authorization: Bearer $READER_TOKEN" \
  "$PARTNER_URL/v2/partners/$READER_ID")"
[[ "$code" == 200 ]] || die "GET /v2/partners/$READER_ID answered $code"
say "sanity: registration 201, repeated registration 400 CBC.91001002, status read 200"

# ---- helpers for the runs --------------------------------------------------------------------
outbox_unsent() { # prints data.unsent of the outbox readiness check, or nothing
  curl -s -m 5 "$PARTNER_URL/q/health/ready" 2>/dev/null \
    | jq -r '.checks[]? | select(.name == "outbox") | .data.unsent // empty' 2>/dev/null || true
}

# wait_drained START_TIME: polls until unsent is 0; sets DRAIN_SECONDS ("timeout" on timeout)
# and DRAIN_BACKLOG (unsent at the first poll)
wait_drained() {
  local start="$1" unsent deadline
  DRAIN_BACKLOG=""
  deadline=$(( $(date +%s) + DRAIN_TIMEOUT ))
  while :; do
    unsent="$(outbox_unsent)"
    [[ -z "$DRAIN_BACKLOG" && -n "$unsent" ]] && DRAIN_BACKLOG="$unsent"
    if [[ "$unsent" == 0 ]]; then DRAIN_SECONDS="$(since "$start")"; return 0; fi
    if (( $(date +%s) >= deadline )); then DRAIN_SECONDS="timeout"; return 1; fi
    sleep 0.2
  done
}

# Where the CPU of a run went (two cpu_snapshot files): partner-service (and per request), the rest
# of the stack, wrk, and "other" = everything else on the machine (other users' builds skew the
# figures; also the outbox sampler's curl calls).
cpu_report() { # BEFORE AFTER WRK_SECONDS REQUESTS
  awk -v t="$TICKS" -v wrk="$3" -v n="$4" '
    FNR == NR { before[$1] = $2; next }
    { d = ($2 - before[$1]) / t; if ($1 == "busy") busy = d; else { stack += d; cpu[$1] = d } }
    END {
      ps = cpu["partner-service"] + 0; rest = stack - ps; other = busy - stack - wrk
      printf "partner-service %.1f s (%.2f ms/request), rest of the stack %.1f s (postgres %.1f, kafka %.1f, keycloak %.1f), wrk %.1f s, other %.1f s, of %.1f s busy",
        ps, (n > 0 ? ps * 1000 / n : 0), rest, cpu["postgres"] + cpu["postmaster"], cpu["kafka"], cpu["keycloak"], wrk, (other > 0 ? other : 0), busy
    }' "$1" "$2"
}

run_registration() { # LABEL TOKEN_FILE DURATION
  wrk -t "$REG_THREADS" -c "$REG_CONNECTIONS" -d "$3" --latency --timeout 10s \
    -s "$BENCH/registration.lua" "$PARTNER_URL/v2/partners/registrations" \
    -- "$2" "$REG_THREADS" | tee "$WORK/wrk-$1.txt"
}

run_reads() { # LABEL DURATION
  wrk -t "$READ_THREADS" -c "$READ_CONNECTIONS" -d "$2" --latency --timeout 10s \
    -H "Authorization: Bearer $READER_TOKEN" \
    -s "$BENCH/status-read.lua" "$PARTNER_URL/v2/partners/$READER_ID" | tee "$WORK/wrk-$1.txt"
}

# ---- 2. warm-up (JIT, connection pools): not reported ------------------------------------------
sleep "${BENCH_SETTLE:-5}"   # let Keycloak finish the burst of logins before measuring anything
if (( WARMUP_N > 0 )); then
  step "warm-up: registration $WARMUP_DURATION (up to $WARMUP_N partners), status read $WARMUP_DURATION"
  wait_quiet > /dev/null
  run_registration warmup-registration "$WORK/tokens-warmup.txt" "$WARMUP_DURATION" > /dev/null
  say "$(grep '^BENCH' "$WORK/wrk-warmup-registration.txt")"
  run_reads warmup-read "$WARMUP_DURATION" > /dev/null
  say "$(grep '^BENCH' "$WORK/wrk-warmup-read.txt")"
  wait_drained "$(now)" || die "outbox not drained ${DRAIN_TIMEOUT}s after the warm-up"
fi

# ---- 3. registration -------------------------------------------------------------------------
step "registration: wrk -t$REG_THREADS -c$REG_CONNECTIONS -d$REG_DURATION ($MEASURED_N partner identities available)"
IDLE_REG="$(wait_quiet)"
say "CPU idle in the 2 s before: $IDLE_REG"
start_outbox_poller "$WORK/outbox-samples.txt"
cpu_snapshot "$WORK/cpu-registration.before"
{ time run_registration registration "$WORK/tokens-measured.txt" "$REG_DURATION"; } 2> "$WORK/time-registration.txt"
cpu_snapshot "$WORK/cpu-registration.after"
REG="$(grep '^BENCH' "$WORK/wrk-registration.txt")"
REG_CPU="$(cpu_report "$WORK/cpu-registration.before" "$WORK/cpu-registration.after" \
  "$(awk 'END { print $1 + $2 }' "$WORK/time-registration.txt")" "$(field "$REG" requests)")"
say "CPU during the run: $REG_CPU"

# ---- 4. outbox drain after the registration load ----------------------------------------------
# The poller sampled the outbox check every 0.2 s during the run; wait for a sample taken after
# the last registration answer (end_epoch, from the Lua script) that shows no unsent row.
step "outbox drain: unsent rows (outbox readiness check) during and after the registration load"
END_EPOCH="$(field "$REG" end_epoch)"
DRAIN_OK=0
deadline=$(( $(date +%s) + DRAIN_TIMEOUT ))
while (( $(date +%s) < deadline )); do
  if awk -v e="$END_EPOCH" '$1 >= e && $2 == "0" { found = 1 } END { exit !found }' "$WORK/outbox-samples.txt"; then
    DRAIN_OK=1; break
  fi
  sleep 0.2
done
stop_outbox_poller
read -r PEAK_UNSENT END_UNSENT DRAIN_SECONDS < <(awk -v e="$END_EPOCH" '
  $2 == "" { next }
  drained == "" && $2 + 0 > peak { peak = $2 + 0 }
  $1 < e { last = $2 }
  $1 >= e && $2 == "0" && drained == "" { drained = sprintf("%.1f", $1 - e) }
  END { print peak + 0, (last == "" ? "?" : last), (drained == "" ? "timeout" : drained) }' "$WORK/outbox-samples.txt")
say "peak unsent (until drained): $PEAK_UNSENT; at the last registration answer: $END_UNSENT; unsent=0 after: $DRAIN_SECONDS s"

# ---- 5. status reads -------------------------------------------------------------------------
step "status read: wrk -t$READ_THREADS -c$READ_CONNECTIONS -d$READ_DURATION GET /v2/partners/$READER_ID"
measure read run_reads read "$READ_DURATION"
IDLE_READ="$MEASURED_IDLE"
say "CPU idle in the 2 s before: $IDLE_READ"
READ="$(grep '^BENCH' "$WORK/wrk-read.txt")"
READ_CPU="$(cpu_report "$WORK/cpu-read.before" "$WORK/cpu-read.after" "$(load_seconds read)" "$(field "$READ" requests)")"
say "CPU during the run: $READ_CPU"
FINAL_UNSENT="$(outbox_unsent)"

# ---- 6. summary ------------------------------------------------------------------------------
{
  say ""
  say "==== partner-service benchmark, run $RUN ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load generator on the same machine) ===="
  printf '%-14s %-18s %9s %8s %9s %8s %8s  %s\n' scenario wrk requests seconds 'req/s' 'p50 ms' 'p99 ms' errors
  printf '%-14s %-18s %9s %8s %9s %8s %8s  %s\n' registration "-t$REG_THREADS -c$REG_CONNECTIONS -d$REG_DURATION" \
    "$(field "$REG" requests)" "$(field "$REG" seconds)" "$(field "$REG" rps)" "$(field "$REG" p50_ms)" "$(field "$REG" p99_ms)" \
    "$(field "$REG" non201) non-201 ($(field "$REG" statuses)), $(field "$REG" socket_errors) socket"
  printf '%-14s %-18s %9s %8s %9s %8s %8s  %s\n' 'status read' "-t$READ_THREADS -c$READ_CONNECTIONS -d$READ_DURATION" \
    "$(field "$READ" requests)" "$(field "$READ" seconds)" "$(field "$READ" rps)" "$(field "$READ" p50_ms)" "$(field "$READ" p99_ms)" \
    "$(field "$READ" non2xx) non-2xx, $(field "$READ" socket_errors) socket"
  say "outbox         registration load: $END_UNSENT unsent rows at the last answer, peak $PEAK_UNSENT until drained;"
  say "               unsent=0 $DRAIN_SECONDS s after the last answer (polled every 0.2 s plus the request time, timeout ${DRAIN_TIMEOUT} s); unsent=${FINAL_UNSENT:-?} after the status reads"
  say "CPU seconds during the registration run: $REG_CPU"
  say "CPU seconds during the status-read run:  $READ_CPU"
  say "CPU idle in the 2 s before registration / status read: $IDLE_REG / $IDLE_READ"
  if (( ${IDLE_REG%\%} < MIN_IDLE || ${IDLE_READ%\%} < MIN_IDLE )); then
    say "NOTE: idle below ${MIN_IDLE}% before a run: something else was using the CPU, the figures are skewed."
  fi
  if [[ "$(field "$REG" exhausted_threads)" != 0 ]]; then
    say "NOTE: the registration run used up its $MEASURED_N identities after $(field "$REG" seconds) s (of $REG_DURATION):"
    say "      req/s is computed over that window. A larger BENCH_N gives a longer one."
  fi
} | tee "$WORK/summary.txt"
((DRAIN_OK)) || { say "the outbox did not drain within ${DRAIN_TIMEOUT} s"; exit 2; }
