#!/usr/bin/env bash
# Ingestion of rated consumption into a running billing-gateway through the bulk endpoint, then the close of the
# month: prints records/s and the time to close. Not a test: it prints figures and asserts nothing.
#
#   BENCH_OPERATOR_TOKEN=<operator access token> BENCH_CUSTOMER_IDS=<id,id,...> bench/billing-ingest.sh [N]
#
# N (default 1,000,000) records are sent in batches of BENCH_BATCH (default 2,000, the endpoint's default maximum)
# by BENCH_CONCURRENCY (default 2) senders, spread over the customers BENCH_CUSTOMER_IDS (customers billing knows
# from customer.events, e.g. the sub-customers the customer-service bench created; referral customers are only
# stored, resale customers are also charged through the ledger). Every record is of the bench month BENCH_CYCLE
# (default: a random month of 1990-2019, so that a run never touches a real month); the month is then closed with
# POST /v2/bills/periods/{cycle}/close, which can happen once per month: a re-run needs another BENCH_CYCLE.
# BILLING_URL defaults to http://127.0.0.1:8084. Re-sent records are idempotent, so an interrupted run can be
# repeated with the same BENCH_RUN_ID (record ids are <run id>-<n>).
set -euo pipefail

N="${1:-1000000}"
BILLING_URL="${BILLING_URL:-http://127.0.0.1:8084}"
BATCH="${BENCH_BATCH:-2000}"
CONCURRENCY="${BENCH_CONCURRENCY:-2}"
CYCLE="${BENCH_CYCLE:-$(( 1990 + RANDOM % 30 ))-$(printf '%02d' $(( 1 + RANDOM % 12 )))}"
RUN_ID="${BENCH_RUN_ID:-bench$(date +%s)}"
: "${BENCH_OPERATOR_TOKEN:?an access token with the operator role}"
: "${BENCH_CUSTOMER_IDS:?comma-separated ids of customers billing-gateway knows}"

export N BILLING_URL BATCH CONCURRENCY CYCLE RUN_ID
python3 - <<'PY'
import json, os, threading, time, urllib.request, urllib.error
from datetime import datetime, timedelta, timezone

n, batch, workers = int(os.environ["N"]), int(os.environ["BATCH"]), int(os.environ["CONCURRENCY"])
url, cycle, run = os.environ["BILLING_URL"], os.environ["CYCLE"], os.environ["RUN_ID"]
token = os.environ["BENCH_OPERATOR_TOKEN"]
customers = [c for c in os.environ["BENCH_CUSTOMER_IDS"].split(",") if c]
year, month = map(int, cycle.split("-"))
start = datetime(year, month, 1, tzinfo=timezone(timedelta(hours=8)))

def post(path, body):
    request = urllib.request.Request(url + path, data=body, method="POST", headers={
        "X-Auth-Token": token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as answer:
        return json.loads(answer.read() or b"{}")

def batch_body(first):
    records = []
    for i in range(first, min(first + batch, n)):
        at = (start + timedelta(minutes=i % 38000)).astimezone(timezone.utc)
        records.append({"record_id": f"{run}-{i}", "customer_id": customers[i % len(customers)],
                        "cloud_service_type": "hws.service.type.ec2", "resource_type": "hws.resource.type.vm",
                        "resource_id": f"vm-{i % 1000}", "charge_mode": 3, "bill_type": 0,
                        "amount": "0.12", "cash_amount": "0.10", "coupon_amount": "0.02",
                        "partner_coupon_amount": "0.02", "consume_time": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "bill_cycle": cycle})
    return json.dumps({"records": records}, separators=(",", ":")).encode()

lock, totals, next_first = threading.Lock(), {"accepted": 0, "duplicates": 0, "errors": 0}, [0]
def sender():
    while True:
        with lock:
            first = next_first[0]
            next_first[0] += batch
        if first >= n:
            return
        answer = post("/v2/bills/ratings/consumption-records/batch", batch_body(first))
        with lock:
            totals["accepted"] += answer["accepted_count"]
            totals["duplicates"] += len(answer["duplicate_record_ids"])
            totals["errors"] += len(answer["error_details"])

print(f"ingesting {n:,} records of {cycle} for {len(customers)} customers: batches of {batch}, {workers} senders")
began = time.time()
threads = [threading.Thread(target=sender) for _ in range(workers)]
[t.start() for t in threads]
[t.join() for t in threads]
seconds = time.time() - began
print(f"ingest      {seconds:.1f} s, {n / seconds:,.0f} records/s "
      f"(accepted {totals['accepted']:,}, duplicates {totals['duplicates']:,}, errors {totals['errors']:,})")
began = time.time()
closed = post(f"/v2/bills/periods/{cycle}/close", b"")
print(f"month close {time.time() - began:.2f} s (closed_now {closed.get('closed_now')}, "
      f"records {closed.get('record_count'):,}, amount {closed.get('amount')})")
PY
