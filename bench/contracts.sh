#!/usr/bin/env bash
# Contracts measured on PostgreSQL, through HTTP, warm: the draft invoice of a time-and-materials contract with
# ENTRIES billable unbilled time entries in one month, and the pipeline board (page and API) with OPPORTUNITIES
# opportunities.
#
#   bench/contracts.sh [ENTRIES] [OPPORTUNITIES] [RUNS]
#
# - builds the application if needed and starts it on a fresh PostgreSQL database (512 MB heap);
# - makes a customer and a contract through the API, then loads the entries (40 workers, one month, 1 to 4 hours
#   each) on the contract's activity and the opportunities (every stage, 20 teams' worth of decision months) with
#   INSERT … SELECT generate_series, then VACUUM ANALYZE;
#   (a tenth of them with a change of stage in the last week, for the weekly review);
# - times each request RUNS times after 5 warm-up calls (median and 95th percentile, ms, curl's total time).
# Settings (environment): BENCH_DB (fourmiliere_contracts_bench), BENCH_PORT (8199), PG_HOST, PG_USER, BENCH_JAR.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
root=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$root/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
entries=${1:-50000}; opportunities=${2:-5000}; runs=${3:-30}
db=${BENCH_DB:-fourmiliere_contracts_bench}; port=${BENCH_PORT:-8199}
pg_host=${PG_HOST:-127.0.0.1}; pg_user=${PG_USER:-postgres}
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -o -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi

work=$(mktemp -d)
psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
FOURMILIERE_DATA_DIR=$work FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$db" FOURMILIERE_DB_USER=$pg_user \
FOURMILIERE_ADMIN_EMAIL=bench@bench.local FOURMILIERE_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar "$jar" --server.port="$port" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 400); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
base="http://localhost:$port"
api="$base/api/v1"
token=$(curl -sf -u bench@bench.local:bench-password-1 -H 'Content-Type: application/json' -d '{"name":"bench"}' "$api/tokens" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"
json() { python3 -c 'import sys, json; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

customer=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -d '{"name":"Bench client","kind":"NON_PROFIT","province":"QC"}' \
  "$api/customers" | json id)
contract=$(curl -sf -H "$auth" -H 'Content-Type: application/json' \
  -d "{\"customerId\":$customer,\"title\":\"Bench\",\"service\":\"WEB_DEVELOPMENT\",\"mode\":\"TIME_AND_MATERIALS\",\"hourly\":\"80.00\",\"startsOn\":\"2014-01-01\"}" \
  "$api/contracts" | json activityId)

start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -h "$pg_host" -U "$pg_user" -d "$db" <<SQL
INSERT INTO ts_entry (worker_id, activity_id, work_day, duration_min, kind, billable, meeting, source, created_at)
SELECT 1000 + (i % 40), $contract, DATE '2014-03-01' + (i % 31), 60 + (i % 4) * 60, 'PAID', TRUE, FALSE, 'BENCH', now()
FROM generate_series(1, $entries) AS i;
INSERT INTO ct_opportunity (title, client_name, service, estimate_amount, currency, stage, chance, expected_decision,
                            team_id, created_on, created_at)
SELECT 'Opportunity ' || i, 'Client ' || (i % 700), 'WEB_DEVELOPMENT', 500 + (i % 50) * 100, 'CAD',
       (ARRAY['REQUEST','TRIAGE','ANALYSIS','QUOTE_SENT','WON','LOST','ABANDONED'])[1 + i % 7], i % 101,
       DATE '2014-01-01' + (i % 365), NULL, DATE '2013-06-01' + (i % 365), now()
FROM generate_series(1, $opportunities) AS i;
INSERT INTO ct_stage_change (opportunity_id, from_stage, to_stage, changed_on, changed_by, changed_at)
SELECT o.id, 'REQUEST', o.stage, CURRENT_DATE - (o.id % 7)::int, 'bench@bench.local', now()
FROM ct_opportunity o WHERE o.id % 10 = 0 AND o.stage <> 'REQUEST';
VACUUM ANALYZE;
SQL
echo "loaded in $(python3 -c "import time; print('%.1f' % (time.time() - $start))") s: $entries entries on activity $contract, $opportunities opportunities"
id=$(curl -sf -H "$auth" "$api/contracts" | python3 -c 'import sys, json; print(json.load(sys.stdin)[0]["id"])')

jar_file=$work/cookies
csrf=$(curl -fs -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=bench@bench.local" \
  --data-urlencode "password=bench-password-1" --data-urlencode "_csrf=$csrf" "$base/login"

time_it() { # name url [curl options]
  local name=$1 url=$2; shift 2
  for _ in 1 2 3 4 5; do curl -sf "$@" "$url" -o /dev/null; done
  for _ in $(seq "$runs"); do curl -sf "$@" -o /dev/null -w '%{time_total}\n' "$url"; done \
    | python3 -c 'import sys, statistics; t = sorted(float(x) * 1000 for x in sys.stdin); print("%-55s median %7.1f ms   p95 %7.1f ms" % (sys.argv[1], statistics.median(t), t[int(len(t) * 0.95) - 1]))' "$name"
}
period="from=2014-03-01&to=2014-03-31"
echo "draft: $(curl -sf -H "$auth" "$api/contracts/$id/draft-invoice?$period" | python3 -c 'import sys, json; d = json.load(sys.stdin); print(d["entries"], "entries,", d["hours"], "h, total", d["draft"]["total"])')"
time_it "draft invoice, $entries entries, one line" "$api/contracts/$id/draft-invoice?$period" -H "$auth"
time_it "draft invoice, $entries entries, per worker and day" "$api/contracts/$id/draft-invoice?$period&grouping=WORKER_DAY" -H "$auth"
echo "board page: $(curl -sf -b "$jar_file" "$base/contracts/board" | wc -c) bytes"
time_it "pipeline board page, $opportunities opportunities" "$base/contracts/board" -b "$jar_file"
time_it "pipeline board fragment (htmx), $opportunities opportunities" "$base/contracts/board" -b "$jar_file" -H 'HX-Request: true'
time_it "GET /api/v1/opportunities, $opportunities opportunities" "$api/opportunities" -H "$auth"
time_it "weighted pipeline, $opportunities opportunities" "$api/opportunities/weighted" -H "$auth"
since=$(date -d '7 days ago' +%F)
time_it "weekly review (API), $opportunities opportunities" "$api/opportunities/review?since=$since" -H "$auth"
time_it "weekly review page (with its minutes' text)" "$base/contracts/review?since=$since" -b "$jar_file"
echo "review's opportunities query, EXPLAIN ANALYZE:"
psql -q -h "$pg_host" -U "$pg_user" -d "$db" -c "EXPLAIN ANALYZE SELECT id, title FROM ct_opportunity WHERE created_on >= DATE '$since' OR id IN (SELECT opportunity_id FROM ct_stage_change WHERE changed_on >= DATE '$since') OR (stage IN ('REQUEST', 'TRIAGE', 'ANALYSIS', 'QUOTE_SENT') AND expected_decision < CURRENT_DATE)" | grep -E "Execution Time|rows="  | tail -2
echo "board's cards query, EXPLAIN ANALYZE:"
psql -q -h "$pg_host" -U "$pg_user" -d "$db" -c "EXPLAIN ANALYZE SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY stage ORDER BY id DESC) AS r FROM ct_opportunity) x WHERE r <= 30" | grep -E "Execution Time"
