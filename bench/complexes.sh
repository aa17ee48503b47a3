#!/usr/bin/env bash
# Job complexes (docs/benchmarks.md, "Job complexes"). Prints its figures.
#
#   bench/complexes.sh solver [LONG_SECONDS]   the assignment solver on 50 workers × 400 tasks: one run of
#                                              LONG_SECONDS (600 by default), best score by 10 s and at the end
#   bench/complexes.sh query [DATASET_DIR]     complexes of 50 workers over a year of 1,000,000 time entries, on
#                                              PostgreSQL, through GET /api/v1/job-complexes (warm median of 11)
#
# query: makes the dataset with bench/complexes_dataset.py if DATASET_DIR has none; starts the application jar on an
# emptied database BENCH_PG_DB (fourmiliere_bench, user postgres); imports the entries; creates the 400 tasks over
# their activities through the API; writes one closed rating round with three raters per task directly in the
# database (the API only opens rounds from today); then times the request.
# Needs: java 25, the compiled classes (solver) or the application jar (query), curl, psql, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
cd "$here"
mode=${1:-solver}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start, $(date -u +%Y-%m-%dT%H:%MZ)"
if [[ $mode == solver ]]; then
  [[ -d target/classes/org/fourmiliere/complexes ]] || ./mvnw -B -q -ntp compile
  cp=$(./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
  java -Xmx2g -cp "target/classes:$cp" bench/java/ComplexesSolverBench.java "${2:-600}"
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  exit 0
fi

data=${2:-/tmp/complexes-bench}
[[ -f $data/time_entries.csv ]] || python3 bench/complexes_dataset.py "$data"
jar=$(ls "$here"/target/fourmiliere-*.jar | head -n 1)
port=${BENCH_PORT:-8186}
base="http://127.0.0.1:$port"
admin=bench-admin@test.local; pass=bench-admin-password
pgdb=${BENCH_PG_DB:-fourmiliere_bench}
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$pgdb'" | grep -q 1 || createdb -h 127.0.0.1 -U postgres "$pgdb"
psql -q -U postgres -h 127.0.0.1 -d "$pgdb" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
FOURMILIERE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" FOURMILIERE_DB_USER=postgres \
  FOURMILIERE_ADMIN_EMAIL=$admin FOURMILIERE_ADMIN_PASSWORD=$pass FOURMILIERE_DB_POOL=20 \
  java -Xmx2g -jar "$jar" --server.port=$port > /tmp/complexes-bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
t0=$(date +%s.%N)
curl -fsS -u "$admin:$pass" -H 'Content-Type: text/csv' --data-binary @"$data/time_entries.csv" "$base/api/v1/time-entries/import" >/dev/null
echo "import of the entries: $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}') s"
while read -r code; do
  curl -fsS -u "$admin:$pass" -H 'Content-Type: application/json' -o /dev/null \
    -d "{\"roleCode\":\"secretariat\",\"code\":\"$code\",\"nameFr\":\"$code\",\"nameEn\":\"$code\",\"budgetHours\":100}" "$base/api/v1/tasks"
done < "$data/tasks.txt"
psql -q -U postgres -h 127.0.0.1 -d "$pgdb" <<'SQL'
INSERT INTO rating_round (opened_on, closes_on) VALUES ('2008-12-01', '2008-12-15');
INSERT INTO task_rating (round_id, task_id, rater_id, desirability, empowerment, rated_at)
SELECT (SELECT MAX(id) FROM rating_round), t.id, r.n, 1 + (t.id * 7 + r.n) % 5, 1 + (t.id * 3 + r.n * 2) % 5, TIMESTAMP WITH TIME ZONE '2008-12-02 12:00:00-05'
FROM role_task t CROSS JOIN (VALUES (1), (2), (3)) AS r(n);
ANALYZE;
SQL
echo "tasks: $(psql -tA -U postgres -h 127.0.0.1 -d "$pgdb" -c 'SELECT COUNT(*) FROM role_task'), entries: $(psql -tA -U postgres -h 127.0.0.1 -d "$pgdb" -c 'SELECT COUNT(*) FROM ts_entry')"
token=$(curl -fs -u "$admin:$pass" -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
url="/api/v1/job-complexes?from=2009-01-01&to=2009-12-31"
for _ in 1 2 3; do curl -fs -H "Authorization: Bearer $token" "$base$url" >/dev/null; done
t=()
for _ in $(seq 1 11); do t+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base$url")"); done
echo "complexes of $(curl -fs -H "Authorization: Bearer $token" "$base$url" | grep -o '"personId"' | wc -l) workers over 2009, warm median of 11: $(printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[6] * 1000}') ms (load $(cut -d' ' -f1-3 /proc/loadavg))"
