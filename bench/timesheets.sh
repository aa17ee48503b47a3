#!/usr/bin/env bash
# Benchmarks of the time tracker (docs/benchmarks.md, section "Time tracker"). Prints its figures.
# Usage: bench/timesheets.sh pg|h2 DATASET_DIR
#   DATASET_DIR holds time_entries.csv from ../shared/bench/gen_dataset.py (e.g. --time-entries 1000000).
# PostgreSQL: the database named by BENCH_PG_DB (default fourmiliere_bench, user postgres, trust) is emptied first.
# H2: a fresh file database under /tmp/timesheets-bench-h2.
# Needs: java 21+, curl, hyperfine, timew, python3; the application jar (./mvnw package -DskipTests).
set -euo pipefail
db=${1:?pg or h2}; data=$(cd "${2:?dataset dir}" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
jar=$(ls "$here"/target/fourmiliere-*.jar | head -n 1)
port=${BENCH_PORT:-8183}
base="http://127.0.0.1:$port"
admin=bench-admin@test.local; pass=bench-admin-password
pgdb=${BENCH_PG_DB:-fourmiliere_bench}
h2dir=/tmp/timesheets-bench-h2
log=/tmp/timesheets-bench-$db.log

start_app() {
  if [[ $db == pg ]]; then
    FOURMILIERE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" FOURMILIERE_DB_USER=postgres \
      FOURMILIERE_ADMIN_EMAIL=$admin FOURMILIERE_ADMIN_PASSWORD=$pass FOURMILIERE_DB_POOL=20 \
      java -Xmx2g -jar "$jar" --server.port=$port > "$log" 2>&1 &
  else
    FOURMILIERE_DATA_DIR=$h2dir FOURMILIERE_ADMIN_EMAIL=$admin FOURMILIERE_ADMIN_PASSWORD=$pass FOURMILIERE_DB_POOL=20 \
      java -Xmx2g -jar "$jar" --server.port=$port > "$log" 2>&1 &
  fi
  app=$!
  for _ in $(seq 1 120); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "application did not start; see $log" >&2; exit 1
}
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop_app EXIT

median_ms() { # url, runs: warm-up 3, then the median of curl's total time in ms (bearer token: no bcrypt per request)
  local url=$1 runs=${2:-11} t=()
  for _ in 1 2 3; do curl -fs -H "Authorization: Bearer $token" "$base$url" >/dev/null; done
  for _ in $(seq 1 "$runs"); do t+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base$url")"); done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}'
}

echo "== Fourmilière time tracker on $db, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(wc -l < "$data/time_entries.csv") CSV lines"
if [[ $db == pg ]]; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$pgdb'" | grep -q 1 || createdb -h 127.0.0.1 -U postgres "$pgdb"
  psql -q -U postgres -h 127.0.0.1 -d "$pgdb" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
else rm -rf "$h2dir"; fi
start_app

t0=$(date +%s.%N)
curl -fsS -u "$admin:$pass" -H 'Content-Type: text/csv' --data-binary @"$data/time_entries.csv" \
  "$base/api/v1/time-entries/import" > /tmp/timesheets-bench-import.json
t1=$(date +%s.%N)
echo "import: $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s for the whole request; server says $(cat /tmp/timesheets-bench-import.json)"

token=$(curl -fs -u "$admin:$pass" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
echo "load average before the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "month summary, all workers (2009-03), warm median: $(median_ms '/api/v1/timesheets/summary?from=2009-03-01&to=2009-03-31') ms"
echo "pay report, all workers (2009-03), warm median: $(median_ms '/api/v1/timesheets/pay?from=2009-03-01&to=2009-03-31') ms"
echo "lifetime totals, warm median: $(median_ms '/api/v1/timesheets/lifetime') ms"
echo "lifetime: $(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/timesheets/lifetime")"
w1=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/time-entries?worker=all&from=2004-09-01&to=2004-09-01&limit=1" | sed -n 's/.*"worker":\([0-9]*\).*/\1/p')
echo "one worker's year (2004-10-01..2005-09-30), warm median: $(median_ms "/api/v1/timesheets?worker=$w1&from=2004-10-01&to=2005-09-30") ms"

if [[ $db == pg ]]; then # the SQL alone, as the application sends it (EXPLAIN ANALYZE execution time)
  ms() { psql -qAt -U postgres -h 127.0.0.1 -d "$pgdb" -c "EXPLAIN (ANALYZE, FORMAT JSON) $1" | python3 -c 'import json,sys; print("%.1f" % json.load(sys.stdin)[0]["Execution Time"])'; }
  for _ in 1 2; do ms "SELECT 1" >/dev/null; done
  echo "SQL only: month summary $(ms "SELECT x.worker_id, x.activity_id, a.code, x.kind, x.m FROM (SELECT worker_id, activity_id, kind, SUM(duration_min) AS m FROM ts_entry_day WHERE work_day BETWEEN '2009-03-01' AND '2009-03-31' GROUP BY worker_id, activity_id, kind) x JOIN ts_activity a ON a.id = x.activity_id ORDER BY x.worker_id, a.code, x.kind") ms;" \
       "lifetime (month totals) $(ms "SELECT kind, rate_from, SUM(minutes) FROM ts_month_total GROUP BY kind, rate_from") ms;" \
       "lifetime from every day of every entry $(ms "SELECT work_day, kind, SUM(duration_min) FROM ts_entry_day GROUP BY work_day, kind") ms"
fi

# the punch API under load has its own command: bench/punch.sh pg|h2 DATASET
