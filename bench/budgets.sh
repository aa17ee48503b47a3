#!/usr/bin/env bash
# Budgets on the 1M-posting books, beside hledger's `balance --budget` in the same run.
#
#   bench/budgets.sh [DATASET_DIR] [RUNS]
#
# - makes the dataset with gen_dataset.py if DATASET_DIR has no journal.ledger (1,000,000 postings by default);
# - starts the application on a fresh PostgreSQL database (512 MB heap) and imports journal.ledger;
# - makes a budget per fiscal year over ten years, each copied from the year before's actuals: a line per account
#   and month (POST /api/v1/budgets with "copyFrom":"ACTUALS");
# - times through the API, warm (median of RUNS after 3 warm-ups): the evaluation of one fiscal year, a 12-month
#   cash-flow forecast, the profitability of one fiscal year;
# - writes the same budgets as hledger periodic transactions and times `hledger balance --budget` over the same year;
# - prints the table and writes it to DATASET_DIR/budgets-bench.md.
#
# Settings (environment): BENCH_DB (fourmiliere_budgets_bench), BENCH_PORT (8297), PG_HOST (127.0.0.1),
# PG_USER (postgres), POSTINGS (1000000), SHARED_BENCH (../shared/bench beside the project), BENCH_JAR, HLEDGER_RUNS (1:
# hledger reads the whole journal each time, about 30 s and 3.5 GB on 1M postings).
# Needs: java 21+, psql, curl, python3; hledger when installed (its column is "—" otherwise).
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
root=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$root/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
dir=${1:-/tmp/fourmiliere-books-1m}
runs=${2:-10}
db=${BENCH_DB:-fourmiliere_budgets_bench}
port=${BENCH_PORT:-8297}
pg_host=${PG_HOST:-127.0.0.1}
pg_user=${PG_USER:-postgres}
shared=${SHARED_BENCH:-$root/../shared/bench}
year=2009 fy_from=2008-09-01 fy_to=2009-08-31 fy_end_excl=2009-09-01

if [[ ! -f "$dir/journal.ledger" ]]; then
  echo "generating ${POSTINGS:-1000000} postings into $dir"
  python3 "$shared/gen_dataset.py" --out "$dir" --postings-target "${POSTINGS:-1000000}" --time-entries 1000
fi
j="$dir/journal.ledger"
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi

if curl -s -o /dev/null "localhost:$port/"; then echo "port $port is in use: set BENCH_PORT" >&2; exit 1; fi
psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
data=$(mktemp -d)
FOURMILIERE_DATA_DIR=$data FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$db" FOURMILIERE_DB_USER=$pg_user \
FOURMILIERE_ADMIN_EMAIL=bench@bench.local FOURMILIERE_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar "$jar" --server.port="$port" > "$dir/budgets-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 300); do
  kill -0 $app 2>/dev/null || { echo "the application did not start: see $dir/budgets-app.log" >&2; exit 1; }
  curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1
done
base="http://localhost:$port/api/v1"
token=$(curl -sf -u bench@bench.local:bench-password-1 -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/tokens" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"

load_before=$(uptime | sed 's/.*load average: //')
echo "load average before: $load_before"
echo "importing $j"
curl -sf -H "$auth" -H 'Content-Type: text/plain' --data-binary "@$j" "$base/journal/import" -o "$dir/budgets-import.json"
echo "making ten budgets, each from the year before's actuals"
ids=()
for fy in $(seq 2005 2014); do
  ids+=("$(curl -sf -H "$auth" -H 'Content-Type: application/json' -d "{\"fiscalYear\":$fy,\"name\":\"Budget $fy\",\"copyFrom\":\"ACTUALS\"}" \
    "$base/budgets" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')")
done
lines=$(psql -tA -h "$pg_host" -U "$pg_user" -d "$db" -c "SELECT COUNT(*) FROM budget_line")
echo "budget lines (account × month): $lines"
eval_id=${ids[$((year - 2005))]}

# hledger: the same budgets as periodic transactions, one per month, with the accounts' ledger names
curl -sf -H "$auth" "$base/ledger-accounts" > "$dir/accounts.json"
for id in "${ids[@]}"; do curl -sf -H "$auth" "$base/budgets/$id/csv"; done > "$dir/budgets.csv"
python3 - "$dir/accounts.json" "$dir/budgets.csv" "$dir/budget.journal" <<'PY'
import json, sys, collections
accounts = {a["code"]: a for a in json.load(open(sys.argv[1]))}
months = collections.defaultdict(list)
for line in open(sys.argv[2]):
    if line.startswith("account;"): continue
    code, dept, month, amount = line.strip().split(";")
    a = accounts[code]
    name = a.get("ledgerName") or a.get("ledger_name") or a.get("name")
    sign = -1 if a.get("type") == "REVENUE" else 1
    months[month].append((name, sign * float(amount)))
with open(sys.argv[3], "w") as f:
    for m in sorted(months):
        y, mo = map(int, m.split("-"))
        nxt = f"{y + (mo == 12)}-{(mo % 12) + 1:02d}"
        f.write(f"~ monthly from {m}-01 to {nxt}-01\n")
        for name, amt in months[m]:
            f.write(f"    {name}    {amt:.2f} CAD\n")
        f.write("    Equity:Budget\n\n")
PY

python3 - "$base" "$token" "$runs" "$dir/budgets-bench.md" "$eval_id" "$fy_from" "$fy_to" "$j" "$dir/budget.journal" "$fy_end_excl" "$lines" "$load_before" <<'PY'
import sys, time, statistics, urllib.request, shutil, subprocess
base, token, runs, out, eid, f, t, journal, budget, end_excl, lines, load_before = sys.argv[1:]
runs = int(runs)
def api(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    s = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
    return time.perf_counter() - s
def median(fn):
    for _ in range(3): fn()
    return statistics.median(fn() for _ in range(runs))
rows = [("evaluation of one fiscal year", f"/budgets/{eid}/evaluation?from={f}&to={t}", 0.100),
        ("cash-flow forecast, 12 months", f"/budgets/cash-flow?from={f}&months=12", 0.200),
        ("profitability of one fiscal year", f"/budgets/reports/profitability?from={f}&to={t}", 0.200)]
hl = None
if shutil.which("hledger"):
    cmd = ["hledger", "-f", journal, "-f", budget, "balance", "--budget", "-b", f, "-e", end_excl, "Revenues", "Expenses"]
    def run():
        s = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        return time.perf_counter() - s
    hl = statistics.median(run() for _ in range(int(__import__("os").environ.get("HLEDGER_RUNS", "1"))))
load_start = open("/proc/loadavg").read().split()[:3]
with open(out, "w") as o:
    o.write(f"budget lines: {lines}\n\n| report (API, warm) | median ms | target ms | hledger balance --budget (s) | × hledger |\n|---|---|---|---|---|\n")
    for name, path, target in rows:
        m = median(lambda: api(path))
        ratio = "—" if hl is None or name.startswith("cash") or name.startswith("profit") else "%.0f×" % (hl / m)
        o.write(f"| {name} | {m * 1000:.1f} | {target * 1000:.0f} | {'—' if hl is None else '%.2f' % hl} | {ratio} |\n")
    load_after = open("/proc/loadavg").read().split()[:3]
    o.write(f"\nload average (1, 5, 15 min): before the import {load_before}; before the API timings {', '.join(load_start)}; after them {', '.join(load_after)}\n")
print(open(out).read())
PY

# the evaluation's two queries on PostgreSQL itself (a figure that depends little on the machine's load)
sql_time() { psql -tA -h "$pg_host" -U "$pg_user" -d "$db" -c "EXPLAIN (ANALYZE, FORMAT JSON) $1" \
  | python3 -c 'import sys, json; p = json.load(sys.stdin)[0]; print("%.2f ms, %d rows" % (p["Execution Time"], p["Plan"]["Actual Rows"]))'; }
budget_sql=$(sql_time "SELECT account_code, department_code, COALESCE(SUM(CASE WHEN month_start >= DATE '$fy_from' AND month_start <= DATE '2009-08-01' THEN amount END), 0) FROM budget_line WHERE budget_id = $eval_id GROUP BY account_code, department_code")
totals_sql=$(sql_time "SELECT a.code, d.code, t.month_start, SUM(t.amount), a.type FROM ledger_month_total t JOIN ledger_account a ON a.id = t.account_id LEFT JOIN ledger_department d ON d.id = t.department_id WHERE t.month_start >= DATE '$fy_from' AND t.month_start <= DATE '2009-08-01' AND a.type IN ('REVENUE', 'EXPENSE') GROUP BY a.code, d.code, t.month_start, a.type")
printf '\nEXPLAIN ANALYZE of the evaluation'"'"'s queries: budget lines %s; monthly totals %s\n' "$budget_sql" "$totals_sql" | tee -a "$dir/budgets-bench.md"
