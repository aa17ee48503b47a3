#!/usr/bin/env bash
# Inbound mail under load (docs/benchmarks.md, section "Inbound mail"): COUNT distinct generated messages posted raw
# to POST /api/v1/mail/inbound by CLIENTS concurrent clients (bench/java/MailInboundBench.java), then a twentieth
# of them again (duplicates). Each message is stored raw, then processed in its own transaction (classified,
# routed, outcome written). Prints messages/s, latencies, the CPU used, the rows as stored (exactly once), and
# pgbench's rate for the same statements without the application, on the same database.
# Usage: bench/mail-inbound.sh [COUNT] [CLIENTS]   (default 10000 and 8)
# Settings (environment): BENCH_PG_DB (test_inbound: its schema is emptied), BENCH_PORT (8186), BENCH_HEAP (1g),
#   FOURMILIERE_DB_POOL (20), BENCH_JAR (default: the jar in target/).
# Needs: java 25, curl, psql, pgbench; the application jar (./mvnw package -DskipTests).
set -euo pipefail
count=${1:-10000}; clients=${2:-8}
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
jar=${BENCH_JAR:-$(ls "$here"/target/fourmiliere-*.jar | head -n 1)}
port=${BENCH_PORT:-8186}
base="http://127.0.0.1:$port"
pgdb=${BENCH_PG_DB:-test_inbound}
token=bench-inbound-token-$RANDOM$RANDOM
log=/tmp/mail-inbound-bench.log
run=$(date -u +%H%M%S)
psqlc() { PGOPTIONS="--client-min-messages=warning" psql -q -U postgres -h 127.0.0.1 -d "$pgdb" -v ON_ERROR_STOP=1 "$@"; }

echo "== inbound mail on PostgreSQL, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $count messages, $clients clients"
psqlc -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
FOURMILIERE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" FOURMILIERE_DB_USER=postgres \
  FOURMILIERE_MAIL_INBOUND_TOKEN=$token FOURMILIERE_DB_POOL=${FOURMILIERE_DB_POOL:-20} \
  java -Xmx"${BENCH_HEAP:-1g}" -jar "$jar" --server.port=$port > "$log" 2>&1 &
app=$!
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop_app EXIT
for _ in $(seq 1 120); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/actuator/health" >/dev/null || { echo "application did not start; see $log" >&2; exit 1; }

cpu_ticks() { # CPU time (clock ticks) of the application's JVM, and of every PostgreSQL process
  local jvm pg
  jvm=$(awk '{print $14 + $15}' "/proc/$app/stat")
  pg=$(for p in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}')
  echo "$jvm $pg"
}
hz=$(getconf CLK_TCK)
read -r jvm0 pg0 < <(cpu_ticks)
java -Xmx512m "$here/bench/java/MailInboundBench.java" "$base" "$token" "$count" "$clients" "$run"
read -r jvm1 pg1 < <(cpu_ticks)
total=$((count + count / 20 + 200))
awk -v j=$((jvm1 - jvm0)) -v p=$((pg1 - pg0)) -v hz="$hz" -v n="$total" \
  'BEGIN {printf "CPU per message (warm-up and duplicates included): application %.2f ms, PostgreSQL %.2f ms\n", j * 1000 / hz / n, p * 1000 / hz / n}'
echo "-- rows of this run, by status and kind (each message once):"
psqlc -c "SELECT status, kind, COUNT(*) FROM mail_inbound WHERE message_id LIKE '<bench-$run-%' GROUP BY status, kind ORDER BY 1, 2"
psqlc -tAc "SELECT 'distinct message ids stored: ' || COUNT(DISTINCT message_id) || ' rows: ' || COUNT(*) || ', still waiting: '
  || SUM(CASE WHEN status = 'RECEIVED' THEN 1 ELSE 0 END) FROM mail_inbound WHERE message_id LIKE '<bench-$run-%'"
psqlc -tAc "SELECT 'delivery report lines: ' || COUNT(*) FROM mail_delivery_report WHERE about_message_id LIKE '<sent-$run-%'"
stop_app

# The same statements without the application: the store transaction (look up, insert the raw message), then the
# processing transaction (claim, read, look up the outbox, write the outcome), prepared, by pgbench.
psqlc -c "CREATE TABLE IF NOT EXISTS bench_raw (LIKE mail_inbound INCLUDING ALL); TRUNCATE bench_raw;"
cat > /tmp/mail-inbound-pgbench.sql <<'SQL'
\set n random(1, 2000000000)
BEGIN;
SELECT id FROM bench_raw WHERE message_id = '<pg-' || :n || '-' || :client_id || '@example.org>';
INSERT INTO bench_raw (message_id, raw_message, raw_size, source, received_at, status, attempts)
  VALUES ('<pg-' || :n || '-' || :client_id || '@example.org>', convert_to(repeat('Bonjour, voici le message. ', 60), 'UTF8'), 1700, 'API', now(), 'RECEIVED', 0);
COMMIT;
BEGIN;
UPDATE bench_raw SET status = 'PROCESSED', attempts = attempts + 1 WHERE message_id = '<pg-' || :n || '-' || :client_id || '@example.org>' AND status = 'RECEIVED';
SELECT raw_message FROM bench_raw WHERE message_id = '<pg-' || :n || '-' || :client_id || '@example.org>';
SELECT COUNT(*) FROM mail_outbox WHERE message_id = '<pg-' || :n || '@example.org>';
UPDATE bench_raw SET status = 'TO_LOOK_AT', kind = 'UNROUTABLE', from_address = 'a@example.org', subject = 's', outcome = 'no module', processed_at = now()
  WHERE message_id = '<pg-' || :n || '-' || :client_id || '@example.org>';
COMMIT;
SQL
echo "-- pgbench, the same two transactions per message, no application ($clients clients, 15 s):"
pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j 2 -T 15 -f /tmp/mail-inbound-pgbench.sql "$pgdb" 2>&1 \
  | grep -E "^tps|latency average"
psqlc -c "DROP TABLE bench_raw;"
