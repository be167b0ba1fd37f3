#!/usr/bin/env bash
# Ingestion of rated consumption into a running billing-gateway through the bulk endpoint, then the close of the
# month: prints records/s and the time to close. Not a test: it prints figures and asserts nothing.
#
#   BENCH_CUSTOMERS_FILE=<file: a customer id first on each line> bench/billing-ingest.sh [N]
#   BENCH_CUSTOMER_IDS=<id,id,...> bench/billing-ingest.sh [N]
#
# N (default 1,000,000) records are sent in batches of BENCH_BATCH (default 2,000, the endpoint's default maximum)
# by BENCH_CONCURRENCY (default 2) senders, spread over the customers of BENCH_CUSTOMERS_FILE or BENCH_CUSTOMER_IDS
# (customers billing knows from customer.events, e.g. bench/.work/billing-funds-<run>/customers.txt, the resale
# customers bench/billing-funds.sh created; referral customers are only stored, resale customers are also charged
# through the ledger). Every record is of the bench month BENCH_CYCLE (default: a random month of 1990-2019, so that
# a run never touches a real month); the month is then closed with POST /v2/bills/periods/{cycle}/close, which can
# happen once per month: a re-run needs another BENCH_CYCLE. Re-sent records are idempotent, so an interrupted run
# can be repeated with the same BENCH_RUN_ID (record ids are <run id>-<n>).
#
# The operator's token comes from Keycloak's password grant (BENCH_OPERATOR_USER / BENCH_OPERATOR_PASSWORD,
# default operator-demo, the local stack's operator) and is renewed every 20 minutes (tokens live 30), or is given
# as BENCH_OPERATOR_TOKEN (then a run must end within its lifetime). BILLING_URL defaults to http://127.0.0.1:8084,
# KEYCLOAK_URL to http://127.0.0.1:8190. Prints the CPU idle share before the run and every BENCH_PROGRESS_EVERY
# (100,000) records the progress, the rate and the machine's CPU idle since the last line.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"

N="${1:-1000000}"
BILLING_URL="${BILLING_URL:-http://127.0.0.1:8084}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8190}"
BATCH="${BENCH_BATCH:-2000}"
CONCURRENCY="${BENCH_CONCURRENCY:-2}"
CYCLE="${BENCH_CYCLE:-$(( 1990 + RANDOM % 30 ))-$(printf '%02d' $(( 1 + RANDOM % 12 )))}"
RUN_ID="${BENCH_RUN_ID:-bench$(date +%s)}"
PROGRESS_EVERY="${BENCH_PROGRESS_EVERY:-100000}"
OPERATOR_USER="${BENCH_OPERATOR_USER:-operator-demo}"
OPERATOR_PASSWORD="${BENCH_OPERATOR_PASSWORD:-operator-demo}"
if [[ -n "${BENCH_CUSTOMERS_FILE:-}" ]]; then
  [[ -s "$BENCH_CUSTOMERS_FILE" ]] || die "BENCH_CUSTOMERS_FILE $BENCH_CUSTOMERS_FILE is empty or missing"
  CUSTOMER_IDS="$(awk 'NF { print $1 }' "$BENCH_CUSTOMERS_FILE" | paste -sd,)"   # the first column
else
  CUSTOMER_IDS="${BENCH_CUSTOMER_IDS:?BENCH_CUSTOMERS_FILE or BENCH_CUSTOMER_IDS: customers billing-gateway knows}"
fi
[[ "$N" =~ ^[1-9][0-9]*$ && "$BATCH" =~ ^[1-9][0-9]*$ && "$CONCURRENCY" =~ ^[1-9][0-9]*$ ]] \
  || die "N, BENCH_BATCH and BENCH_CONCURRENCY must be positive numbers"
[[ "$CYCLE" =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "BENCH_CYCLE must be YYYY-MM"
require_loopback "$BILLING_URL" "$KEYCLOAK_URL"
need_pkg python3 python3
require_ready billing-gateway "$BILLING_URL" "dev/stack.sh up"
if [[ -z "${BENCH_OPERATOR_TOKEN:-}" ]]; then
  require_realm
  kc_password_token "$OPERATOR_USER" "$OPERATOR_PASSWORD" > /dev/null   # fails early on a wrong login
fi

say "machine: $(nproc) cores, CPU idle before the run $(cpu_idle) (over 2 s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
export N BILLING_URL BATCH CONCURRENCY CYCLE RUN_ID PROGRESS_EVERY CUSTOMER_IDS OPERATOR_USER OPERATOR_PASSWORD
export TOKEN_URL="$(kc_token_url)" BENCH_OPERATOR_TOKEN="${BENCH_OPERATOR_TOKEN:-}"
python3 - <<'PY'
import json, os, sys, threading, time, urllib.parse, urllib.request, urllib.error
from datetime import datetime, timedelta, timezone

n, batch, workers = int(os.environ["N"]), int(os.environ["BATCH"]), int(os.environ["CONCURRENCY"])
url, cycle, run = os.environ["BILLING_URL"], os.environ["CYCLE"], os.environ["RUN_ID"]
progress_every = int(os.environ["PROGRESS_EVERY"])
customers = [c for c in os.environ["CUSTOMER_IDS"].split(",") if c]
year, month = map(int, cycle.split("-"))
start = datetime(year, month, 1, tzinfo=timezone(timedelta(hours=8)))

token_lock, token_state = threading.Lock(), {"token": os.environ["BENCH_OPERATOR_TOKEN"], "at": time.time()}
def token():
    """The operator's access token: the given one, or a password grant renewed every 20 minutes (they live 30)."""
    with token_lock:
        given = os.environ["BENCH_OPERATOR_TOKEN"]
        if given:
            return given
        if not token_state["token"] or time.time() - token_state["at"] > 1200:
            form = urllib.parse.urlencode({"client_id": "partner-portal", "grant_type": "password",
                                           "username": os.environ["OPERATOR_USER"],
                                           "password": os.environ["OPERATOR_PASSWORD"]}).encode()
            with urllib.request.urlopen(os.environ["TOKEN_URL"], data=form, timeout=30) as answer:
                token_state["token"] = json.loads(answer.read())["access_token"]
            token_state["at"] = time.time()
        return token_state["token"]

def post(path, body):
    request = urllib.request.Request(url + path, data=body, method="POST", headers={
        "X-Auth-Token": token(), "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=600) as answer:
            return json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as e:
        raise SystemExit(f"POST {path}: HTTP {e.code} {e.read()[:500].decode(errors='replace')}")

def batch_body(first):
    records = []
    for i in range(first, min(first + batch, n)):
        at = (start + timedelta(minutes=i % 38000)).astimezone(timezone.utc)
        # amounts are JSON numbers (the API refuses strings for numbers, CBC.0101)
        records.append({"record_id": f"{run}-{i}", "customer_id": customers[i % len(customers)],
                        "cloud_service_type": "hws.service.type.ec2", "resource_type": "hws.resource.type.vm",
                        "resource_id": f"vm-{i % 1000}", "charge_mode": 3, "bill_type": 0,
                        "amount": 0.12, "cash_amount": 0.10, "coupon_amount": 0.02,
                        "partner_coupon_amount": 0.02, "consume_time": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "bill_cycle": cycle})
    return json.dumps({"records": records}, separators=(",", ":")).encode()

def cpu_ticks():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    return v[3] + v[4], sum(v)

lock, next_first = threading.Lock(), [0]
totals = {"sent": 0, "accepted": 0, "duplicates": 0, "errors": 0, "late": 0}
failures, error_samples = [], []
progress = {"mark": progress_every, "t": None, "sent": 0, "cpu": None}

def report_progress():
    now, (idle, total) = time.time(), cpu_ticks()
    rate = (totals["sent"] - progress["sent"]) / max(now - progress["t"], 1e-9)
    idle_share = 100 * (idle - progress["cpu"][0]) / max(total - progress["cpu"][1], 1)
    print(f"  {totals['sent']:>9,} records  {now - began:7.1f} s  {rate:8,.0f} records/s since the last line, "
          f"CPU idle {idle_share:.0f} %", flush=True)
    progress.update(t=now, sent=totals["sent"], cpu=(idle, total))

def sender():
    try:
        while True:
            with lock:
                first = next_first[0]
                next_first[0] += batch
            if first >= n or failures:
                return
            answer = post("/v2/bills/ratings/consumption-records/batch", batch_body(first))
            with lock:
                totals["sent"] += min(batch, n - first)
                totals["accepted"] += answer["accepted_count"]
                totals["late"] += answer.get("late_count", 0)
                totals["duplicates"] += len(answer["duplicate_record_ids"])
                totals["errors"] += len(answer["error_details"])
                if answer["error_details"] and len(error_samples) < 3:
                    error_samples.append(answer["error_details"][0])
                while totals["sent"] >= progress["mark"]:
                    report_progress()
                    progress["mark"] += progress_every
    except BaseException as e:  # noqa: BLE001 - any failure stops the run and is reported
        failures.append(str(e))

print(f"ingesting {n:,} records of {cycle} for {len(customers)} customers: batches of {batch}, {workers} senders, "
      f"run id {run}", flush=True)
began = time.time()
start_cpu = cpu_ticks()
progress.update(t=began, cpu=start_cpu)
threads = [threading.Thread(target=sender) for _ in range(workers)]
[t.start() for t in threads]
[t.join() for t in threads]
seconds = time.time() - began
if failures:
    sys.exit(f"stopped after {totals['sent']:,} records ({seconds:.1f} s): {failures[0]}")
end_cpu = cpu_ticks()
idle_run = 100 * (end_cpu[0] - start_cpu[0]) / max(end_cpu[1] - start_cpu[1], 1)
print(f"ingest      {seconds:.1f} s, {n / seconds:,.0f} records/s "
      f"(accepted {totals['accepted']:,}, late {totals['late']:,}, duplicates {totals['duplicates']:,}, "
      f"errors {totals['errors']:,}); CPU idle during the ingest {idle_run:.0f} %", flush=True)
for sample in error_samples:
    print(f"  error sample: {sample}")
began = time.time()
closed = post(f"/v2/bills/periods/{cycle}/close", b"")
print(f"month close {time.time() - began:.2f} s (closed_now {closed.get('closed_now')}, "
      f"records {closed.get('record_count'):,}, customers {closed.get('customer_count')}, amount {closed.get('amount')}, "
      f"cash {closed.get('cash_amount')}, debt {closed.get('debt_amount')})")
PY
