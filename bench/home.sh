#!/usr/bin/env bash
# The home page of a demo worker, and the demo's loading. Starts the application jar as a demo instance on an
# empty database (the demo collective is loaded at start-up and lives on 2007-06-15), prints how long the demo took
# to load, signs in as demo persons and measures, with wrk on loopback, one person asking again and again for the
# home page and for each of its blocks (the fragments htmx loads): p50/p95/p99 in ms, warm; then the whole page as a
# browser loads it (the page, then its blocks in parallel on kept-alive connections), wall time.
# Usage: bench/home.sh pg|h2 [PERSON...]   (default persons: antoine claire)
# Settings (environment): BENCH_SECONDS (20), BENCH_WARMUP (10), BENCH_CONNECTIONS (1), BENCH_VIEWS (300), BENCH_PG_DB (fourmiliere_home),
#   BENCH_PORT (8185), BENCH_HEAP (1g), BENCH_JAR (default: the jar in target/).
# Needs: java 25, curl, wrk, python3, psql (pg); the application jar (./mvnw package -DskipTests).
set -euo pipefail
db=${1:?pg or h2}; shift
persons=("$@"); [[ $# -eq 0 ]] && persons=(antoine claire)
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
jar=${BENCH_JAR:-$(ls "$here"/target/fourmiliere-*.jar | head -n 1)}
port=${BENCH_PORT:-8185}
base="http://127.0.0.1:$port"
seconds=${BENCH_SECONDS:-20}; warmup=${BENCH_WARMUP:-10}; conns=${BENCH_CONNECTIONS:-1}
pgdb=${BENCH_PG_DB:-fourmiliere_home}
h2dir=/tmp/home-bench-h2
log=/tmp/home-bench-$db.log

echo "== home page of a demo instance on $db, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $conns connection(s)"
if [[ $db == pg ]]; then
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" -c "CREATE DATABASE $pgdb"
  FOURMILIERE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" FOURMILIERE_DB_USER=postgres \
    java -Xmx"${BENCH_HEAP:-1g}" -jar "$jar" --demo --server.port=$port > "$log" 2>&1 &
else
  rm -rf "$h2dir"
  FOURMILIERE_DATA_DIR=$h2dir java -Xmx"${BENCH_HEAP:-1g}" -jar "$jar" --demo --server.port=$port > "$log" 2>&1 &
fi
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/actuator/health" >/dev/null || { echo "application did not start; see $log" >&2; exit 1; }
grep -o "Demo collective loaded in [0-9]* ms[^;]*; it lives on [0-9-]*" "$log"
grep -o "Started FourmiliereApplication in [0-9.]* seconds" "$log" || true

for who in "${persons[@]}"; do
  jar_file=$(mktemp)
  csrf=$(curl -fs -c "$jar_file" -b "$jar_file" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=$who@example.org" \
    --data-urlencode "password=fourmiliere-demo" --data-urlencode "_csrf=$csrf" "$base/login"
  cookie=$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_file")
  blocks=$(curl -fs -b "$jar_file" "$base/" | grep -o 'hx-get="/[a-z/-]*home"' | sed 's/hx-get="//; s/"$//' | tr '\n' ' ')
  echo "-- $who@example.org: the page and its blocks: / $blocks"
  for path in / $blocks; do
    export BENCH_COOKIE=$cookie BENCH_PATH=$path
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
    wrk -t1 -c"$conns" -d"${warmup}s" -s "$here/bench/home.lua" "$base" > /dev/null
    printf '%-18s HTTP %s  ' "$path" "$status"
    wrk -t1 -c"$conns" -d"${seconds}s" -s "$here/bench/home.lua" "$base" | grep RESULT | sed 's/RESULT //'
  done
  # The page as a browser loads it: the page, then its blocks all at once (bench/home_view.py)
  python3 "$here/bench/home_view.py" "$base" "$cookie" "${BENCH_VIEWS:-300}" $blocks
  rm -f "$jar_file"
done
