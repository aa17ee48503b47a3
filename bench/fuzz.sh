#!/usr/bin/env bash
# Bad input to every operation of the API, generated from its OpenAPI document, against a running application on
# PostgreSQL: malformed and truncated JSON, wrong types, missing and unknown fields, 100 KB strings, NUL and invalid
# UTF-8, negative, zero and huge numbers, impossible dates, injection strings, wrong content types, bad ids and query
# parameters (src/test/java/org/fourmiliere/support/ApiFuzzer.java, run from its source file).
#
#   bench/fuzz.sh [REQUESTS] [SEED]        (10000 requests by default)
#
# Starts the application (target/fourmiliere-*.jar; built if missing) on a fresh PostgreSQL database, takes a token
# with HTTP Basic, sends the requests, and checks the tables (rows counted and hashed) around every refused request.
# Prints the count per status; fails on any 5xx, any refusal that is not a translated problem, any change by a
# refused request. Settings: FUZZ_DB (fourmiliere_fuzz), FUZZ_PORT (8198), PG_HOST (127.0.0.1), PG_USER (postgres).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
requests=${1:-10000}
seed=${2:-20}
db=${FUZZ_DB:-fourmiliere_fuzz}
port=${FUZZ_PORT:-8198}
pg_host=${PG_HOST:-127.0.0.1}
pg_user=${PG_USER:-postgres}
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi
java=$("$root/bin/java-home")/bin/java
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n1)

psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
data=$(mktemp -d)
FOURMILIERE_DATA_DIR=$data FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$db" FOURMILIERE_DB_USER=$pg_user \
FOURMILIERE_ADMIN_EMAIL=fuzz@fuzz.local FOURMILIERE_ADMIN_PASSWORD=fuzz-bench-password-1 \
  "$java" -Xmx512m -jar "$jar" --server.port="$port" > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 120); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
token=$(curl -sf -u fuzz@fuzz.local:fuzz-bench-password-1 -H 'Content-Type: application/json' -d '{"name":"fuzz"}' \
  "localhost:$port/api/v1/tokens" | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')
start=$(date +%s)
set +e
"$java" -cp "$pgjar" "$root/src/test/java/org/fourmiliere/support/ApiFuzzer.java" "http://localhost:$port" "$token" \
  "$requests" "$seed" "jdbc:postgresql://$pg_host:5432/$db" "$pg_user" "" | tee "$data/fuzz.out" | grep -v '^accepted'
status=${PIPESTATUS[0]}
set -e
echo "elapsed: $(( $(date +%s) - start )) s; ERROR lines in the application's log: $(grep -c ' ERROR ' "$data/app.log" || true)"
grep -A 14 -m 3 ' ERROR ' "$data/app.log" | cut -c1-300 || true
exit "$status"
