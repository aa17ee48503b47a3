#!/usr/bin/env bash
# The punch API under load: wrk on loopback, every request a punch (start or switch) by one of BENCH_WORKERS
# workers with their own personal access tokens (bench/punch.lua). Prints wrk's figures for each number of
# connections asked for.
# Usage: bench/punch.sh pg|h2 DATASET_DIR [CONNECTIONS...]   (default connections: 32 4)
#   DATASET_DIR holds time_entries.csv from ../shared/bench/gen_dataset.py; it is imported first, so the punches
#   run against a database of that size.
# Settings (environment): BENCH_WORKERS (50), BENCH_SECONDS (30), BENCH_WARMUP (20), BENCH_PG_DB (fourmiliere_punch),
#   BENCH_PORT (8184), BENCH_HEAP (1g), FOURMILIERE_DB_POOL (20), BENCH_JAR (default: the jar in target/).
# Needs: java 21+, curl, wrk, psql (pg); the application jar (./mvnw package -DskipTests).
set -euo pipefail
db=${1:?pg or h2}; data=$(cd "${2:?dataset dir}" && pwd); shift 2
conns=("${@:-32 4}"); [[ $# -eq 0 ]] && conns=(32 4)
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
jar=${BENCH_JAR:-$(ls "$here"/target/fourmiliere-*.jar | head -n 1)}
port=${BENCH_PORT:-8184}
base="http://127.0.0.1:$port"
admin=bench-admin@test.local; pass=bench-admin-password
workers=${BENCH_WORKERS:-50}; export BENCH_WORKERS=$workers
seconds=${BENCH_SECONDS:-30}; warmup=${BENCH_WARMUP:-20}
pgdb=${BENCH_PG_DB:-fourmiliere_punch}
h2dir=/tmp/punch-bench-h2
h2jar=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -n 1)
log=/tmp/punch-bench-$db.log

start_app() {
  if [[ $db == pg ]]; then
    FOURMILIERE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" FOURMILIERE_DB_USER=postgres \
      FOURMILIERE_ADMIN_EMAIL=$admin FOURMILIERE_ADMIN_PASSWORD=$pass FOURMILIERE_DB_POOL=${FOURMILIERE_DB_POOL:-20} \
      java -Xmx"${BENCH_HEAP:-1g}" -jar "$jar" --server.port=$port > "$log" 2>&1 &
  else
    FOURMILIERE_DATA_DIR=$h2dir FOURMILIERE_ADMIN_EMAIL=$admin FOURMILIERE_ADMIN_PASSWORD=$pass \
      FOURMILIERE_DB_POOL=${FOURMILIERE_DB_POOL:-20} java -Xmx"${BENCH_HEAP:-1g}" -jar "$jar" --server.port=$port > "$log" 2>&1 &
  fi
  app=$!
  for _ in $(seq 1 120); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "application did not start; see $log" >&2; exit 1
}
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop_app EXIT

sql() { # SQL on the benchmark database (H2: with the application stopped)
  if [[ $db == pg ]]; then psql -q -U postgres -h 127.0.0.1 -d "$pgdb" -v ON_ERROR_STOP=1 -c "$1"
  else java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$h2dir/fourmiliere;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
         -user sa -sql "$1" >/dev/null; fi
}

echo "== punch API on $db, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(wc -l < "$data/time_entries.csv") CSV lines, $workers workers"
if [[ $db == pg ]]; then
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$pgdb'" | grep -q 1 || createdb -h 127.0.0.1 -U postgres "$pgdb"
  sql "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
else rm -rf "$h2dir"; fi
start_app
curl -fsS -u "$admin:$pass" -H 'Content-Type: text/csv' --data-binary @"$data/time_entries.csv" \
  "$base/api/v1/time-entries/import" > /dev/null
[[ $db == h2 ]] && stop_app
# accounts and tokens for the first $workers imported workers (as a sysadmin would script them)
sql "INSERT INTO account (email, password_hash, person_id, created_at)
     SELECT 'bench-' || w.code || '@test.local', 'none', w.person_id, CURRENT_TIMESTAMP FROM ts_worker w
     WHERE w.code IS NOT NULL AND w.code <= 'travailleur$(printf %03d "$workers")';
     INSERT INTO access_token (account_id, name, token_hash, prefix, created_at)
     SELECT a.id, 'bench', $( [[ $db == pg ]] && echo "encode(sha256(convert_to('fmt_benchtoken' || SUBSTRING(w.code FROM 12), 'UTF8')), 'hex')" \
                              || echo "LOWER(RAWTOHEX(HASH('SHA-256', STRINGTOUTF8('fmt_benchtoken' || SUBSTRING(w.code FROM 12)))))" ),
            'fmt_benchto', CURRENT_TIMESTAMP
     FROM account a JOIN ts_worker w ON w.person_id = a.person_id WHERE a.email LIKE 'bench-%';"
[[ $db == h2 ]] && start_app
cpu_ticks() { # CPU time (clock ticks) used so far by the application's JVM, and by every PostgreSQL process
  local jvm pg=0
  jvm=$(awk '{print $14 + $15}' "/proc/$app/stat")
  [[ $db == pg ]] && pg=$(for p in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}')
  echo "$jvm $pg"
}
hz=$(getconf CLK_TCK)
for c in "${conns[@]}"; do
  wrk -t2 -c"$c" -d"${warmup}s" -s "$here/bench/punch.lua" "$base" >/dev/null
  echo "-- $c connections, ${seconds} s after a ${warmup} s warm-up; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  read -r jvm0 pg0 < <(cpu_ticks)
  out=$(wrk -t2 -c"$c" -d"${seconds}s" --latency -s "$here/bench/punch.lua" "$base")
  read -r jvm1 pg1 < <(cpu_ticks)
  echo "$out" | grep -E "Requests/sec|Latency  |  50%|  99%|Non-2xx|Socket errors"
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  # CPU per punch does not depend on what else runs on the machine: it says how far 2 cores can go
  awk -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v n="$n" -v hz="$hz" \
    'BEGIN {printf "CPU per punch: application %.2f ms, PostgreSQL %.2f ms (%d punches)\n", j * 1000 / hz / n, p * 1000 / hz / n, n}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
