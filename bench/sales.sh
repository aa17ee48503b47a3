#!/usr/bin/env bash
# Sales measured on PostgreSQL: ten years of invoices and payments loaded by COPY, then, through the API (warm):
# the receivables aging at a day, a customer's statement, the tax report of a year, and the issuing rate.
#
#   bench/sales.sh [INVOICES] [PAYMENTS] [RUNS]
#
# - builds the application if needed and starts it on a fresh PostgreSQL database (512 MB heap);
# - writes the data with sales_load.py (100,000 invoices, 150,000 payments over 2004-09 … 2014-08, 2,000 customers)
#   and loads it with COPY into the sales tables (the loaded documents are not posted to the journal: the reports
#   measured read the sales tables only), then VACUUM ANALYZE;
# - times each report RUNS times after 5 warm-up calls (median and 95th percentile, ms, curl's total time);
# - issues ISSUE/2 invoices as a warm-up, then ISSUE invoices (1,000) through POST /api/v1/invoices from CLIENTS parallel
#   clients (4) and prints invoices/s
#   (each one numbered, posted to the journal, its taxes written); then pgbench sends the same SQL for 20 s
#   (bench/sales_issue.pgbench) from as many clients: the machine's own limit for those writes, in the same run.
# Needs: java 21+ on the PATH, psql, curl, python3.
# Settings (environment): BENCH_DB (fourmiliere_sales_bench), BENCH_PORT (8198), PG_HOST, PG_USER, BENCH_JAR, ISSUE, CLIENTS.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
root=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$root/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
invoices=${1:-100000}; payments=${2:-150000}; runs=${3:-30}
db=${BENCH_DB:-fourmiliere_sales_bench}; port=${BENCH_PORT:-8198}
pg_host=${PG_HOST:-127.0.0.1}; pg_user=${PG_USER:-postgres}
issue=${ISSUE:-1000}; clients=${CLIENTS:-4}
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -o -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi

work=$(mktemp -d)
psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
FOURMILIERE_DATA_DIR=$work FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$db" FOURMILIERE_DB_USER=$pg_user \
FOURMILIERE_ADMIN_EMAIL=bench@bench.local FOURMILIERE_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar "$jar" --server.port="$port" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "localhost:$port/actuator/health" >/dev/null || { echo "the application did not start:"; tail -n 40 "$work/app.log"; exit 1; }
base="http://localhost:$port/api/v1"
answer=$(curl -s -u bench@bench.local:bench-password-1 -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/tokens")
token=$(echo "$answer" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])') \
  || { echo "no token: $answer"; tail -n 40 "$work/app.log"; exit 1; }
auth="Authorization: Bearer $token"

start=$(date +%s.%N)
python3 "$root/bench/sales_load.py" "$work/data" "$invoices" "$payments"
psql -q -v ON_ERROR_STOP=1 -h "$pg_host" -U "$pg_user" -d "$db" <<SQL
\copy sales_party (id, name, client_kind, province, language, email, terms_days, is_customer, is_vendor, created_at) FROM '$work/data/party.csv' CSV
\copy sales_document (id, kind, number, party_id, doc_date, due_date, valid_until, status, language, province, exempt, source_id, subtotal, tax_total, total, settled, settled_on, entry_id, note, vendor_reference, created_at) FROM '$work/data/document.csv' CSV
\copy sales_line (document_id, line_no, description, quantity, unit, unit_price, amount, department, account, tax_code, activity, source_line) FROM '$work/data/line.csv' CSV
\copy sales_tax_line (document_id, tax, base, rate, amount) FROM '$work/data/tax.csv' CSV
\copy sales_tax_movement (id, on_day, tax, side, base, amount, document_id) FROM '$work/data/movement.csv' CSV
\copy sales_payment (id, direction, party_id, pay_date, method, amount, unallocated, reference, entry_id, created_at) FROM '$work/data/payment.csv' CSV
\copy sales_settlement (id, document_id, kind, on_day, amount, payment_id, credit_id, entry_id) FROM '$work/data/settlement.csv' CSV
\copy sales_counter (kind, fiscal_year, next_value) FROM '$work/data/counter.csv' CSV
SELECT setval(pg_get_serial_sequence('sales_party', 'id'), (SELECT MAX(id) FROM sales_party));
SELECT setval(pg_get_serial_sequence('sales_document', 'id'), (SELECT MAX(id) FROM sales_document));
SELECT setval(pg_get_serial_sequence('sales_payment', 'id'), (SELECT MAX(id) FROM sales_payment));
SELECT setval(pg_get_serial_sequence('sales_settlement', 'id'), (SELECT MAX(id) FROM sales_settlement));
SELECT setval(pg_get_serial_sequence('sales_tax_movement', 'id'), (SELECT MAX(id) FROM sales_tax_movement));
VACUUM ANALYZE;
SQL
load_s=$(python3 -c "import time; print('%.1f' % (time.time() - $start))")
echo "loaded in ${load_s} s"

party=$(psql -qtA -h "$pg_host" -U "$pg_user" -d "$db" -c "SELECT party_id FROM sales_document GROUP BY party_id ORDER BY COUNT(*) DESC LIMIT 1")
time_it() { # name url
  for _ in 1 2 3 4 5; do curl -sf -H "$auth" "$2" -o /dev/null; done
  for _ in $(seq "$runs"); do curl -sf -H "$auth" -o /dev/null -w '%{time_total}\n' "$2"; done \
    | python3 -c 'import sys, statistics; t = sorted(float(x) * 1000 for x in sys.stdin); print("%-40s median %7.1f ms   p95 %7.1f ms" % (sys.argv[1], statistics.median(t), t[int(len(t) * 0.95) - 1]))' "$1"
}
echo "size of one answer: aging $(curl -sf -H "$auth" "$base/reports/receivables-aging?at=2009-03-31" | wc -c) bytes"
time_it "receivables aging at 2009-03-31" "$base/reports/receivables-aging?at=2009-03-31"
time_it "receivables aging at 2014-08-31" "$base/reports/receivables-aging?at=2014-08-31"
time_it "statement of customer $party, ten years" "$base/customers/$party/statement?from=2004-09-01&to=2014-08-31"
time_it "statement of customer $party, one year" "$base/customers/$party/statement?from=2008-09-01&to=2009-08-31"
time_it "sales tax report, fiscal year 2008-09" "$base/reports/sales-taxes?from=2008-09-01&to=2009-08-31"

issued=$(python3 - "$base" "$token" "$issue" "$clients" "$app" <<'PY'
import glob, http.client, json, os, resource, sys, threading, time, urllib.parse
base, token, total, clients, app = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
tick = os.sysconf("SC_CLK_TCK")
def cpu(pid):  # user + system CPU seconds of a process
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / tick
    except (OSError, IndexError):
        return 0.0
def postgres_cpu():  # every PostgreSQL process (its connections stay open: the pool's and none other)
    return sum(cpu(d.split("/")[2]) for d in glob.glob("/proc/[0-9]*/comm") if open(d).read().strip() == "postgres")
def own_cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
u = urllib.parse.urlparse(base)
body = json.dumps({"customerId": 1, "date": "2014-08-20", "lines": [
    {"description": "Hébergement", "quantity": 12, "unitPrice": "10.00", "department": "HOSTING"},
    {"description": "Développement", "quantity": 3, "unitPrice": "65.00", "department": "WEBDEV"}]})
errors = []
def worker(n):
    c = http.client.HTTPConnection(u.hostname, u.port)
    for _ in range(n):
        c.request("POST", u.path + "/invoices", body, {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        r = c.getresponse(); r.read()
        if r.status != 201: errors.append(r.status)
def run(n):  # n invoices from `clients` parallel clients
    threads = [threading.Thread(target=worker, args=(n // clients,)) for _ in range(clients)]
    for t in threads: t.start()
    for t in threads: t.join()
run(max(clients, total // 2))  # warm-up: the issuing path compiled by the JIT before it is timed
errors.clear()
t0, a0, p0, c0 = time.time(), cpu(app), postgres_cpu(), own_cpu()
run(total)
dt = time.time() - t0
n = total // clients * clients
per = lambda before, after: 1000.0 * (after - before) / n
a, p, c = per(a0, cpu(app)), per(p0, postgres_cpu()), per(c0, own_cpu())
print("%-40s %7.0f invoices/s (%d in %.1f s, %d clients, %d errors)" % ("issuing invoices (posted, numbered)", (total // clients * clients) / dt, total // clients * clients, dt, clients, len(errors)))
print("%-40s application %.2f ms, PostgreSQL %.2f ms, HTTP client %.2f ms: %.2f ms of CPU per invoice; %d cores allow %.0f/s" % (
    "  CPU per invoice issued", a, p, c, a + p + c, os.cpu_count(), 1000.0 * os.cpu_count() / (a + p + c)))
PY
)
echo "$issued"
# The machine's own limit in the same run: pgbench sending the SQL of one issuing (bench/sales_issue.pgbench, the
# same rows locked to the commit) from as many clients, without HTTP or Java.
if command -v pgbench >/dev/null; then
  tps=$(pgbench -h "$pg_host" -U "$pg_user" -n -f "$root/bench/sales_issue.pgbench" -c "$clients" -T 20 "$db" 2>/dev/null \
        | awk '/^tps/ {printf "%.0f", $3}')
  rate=$(echo "$issued" | awk '{for (i = 1; i <= NF; i++) if ($i == "invoices/s") print $(i - 1)}')
  echo "the same SQL by pgbench ($clients clients)          $tps issuings/s; the API reaches $(python3 -c "print('%.0f %%' % (100 * $rate / max($tps, 1)))") of it"
fi
