#!/usr/bin/env bash
# Requests (docs/benchmarks.md, section "Requests"), on PostgreSQL:
#  1. ingest: COUNT new messages to support@ posted raw to POST /api/v1/mail/inbound by CLIENTS clients — each stored,
#     classified, handed to the requests handler, which opens a ticket (requester, message, search words, history)
#     and queues an acknowledgement, all in the processing transaction;
#  2. a large history loaded with batched SQL: TICKETS tickets with 5 messages each (10 words from a skewed
#     vocabulary of 5,000: a few words are in most tickets), their search words, one requester each; 2 % are about
#     "factures";
#  3. warm, then p50/p95 of full-text searches over it (API, 50 newest results) and of the queue's list page (HTML).
# Usage: bench/requests.sh [COUNT] [CLIENTS] [TICKETS]   (default 10000, 8, 100000)
#   BENCH_QUERY_ONLY=1 bench/requests.sh: step 3 alone, on the database a full run left (its administrator's
#   password is kept in /tmp/requests-bench.admin).
# Settings (environment): BENCH_PG_DB (test_requests_bench: its schema is emptied), BENCH_PORT (8187), BENCH_HEAP (1g),
#   BENCH_JAR (default: the jar in target/). Needs: java 25, curl, psql; the jar (./mvnw package -DskipTests).
set -euo pipefail
count=${1:-10000}; clients=${2:-8}; tickets=${3:-100000}
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
jar=${BENCH_JAR:-$(ls "$here"/target/fourmiliere-*.jar | head -n 1)}
port=${BENCH_PORT:-8187}
base="http://127.0.0.1:$port"
pgdb=${BENCH_PG_DB:-test_requests_bench}
token=bench-requests-$RANDOM$RANDOM
admin=bench-admin@example.org; password=bench-password-$RANDOM$RANDOM
if [ "${BENCH_QUERY_ONLY:-0}" = 1 ]; then password=$(cat /tmp/requests-bench.admin); else echo "$password" > /tmp/requests-bench.admin; fi
log=/tmp/requests-bench.log
run=$(date -u +%H%M%S)
psqlc() { PGOPTIONS="--client-min-messages=warning" psql -q -U postgres -h 127.0.0.1 -d "$pgdb" -v ON_ERROR_STOP=1 "$@"; }

createdb -h 127.0.0.1 -U postgres "$pgdb" 2>/dev/null || true
echo "== requests on PostgreSQL, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
[ "${BENCH_QUERY_ONLY:-0}" = 1 ] || psqlc -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
start_app() {
  FOURMILIERE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" FOURMILIERE_DB_USER=postgres \
    FOURMILIERE_MAIL_INBOUND_TOKEN=$token FOURMILIERE_ADMIN_EMAIL=$admin FOURMILIERE_ADMIN_PASSWORD=$password \
    java -Xmx"${BENCH_HEAP:-1g}" -jar "$jar" --server.port=$port --fourmiliere.password-hash-cost=4 >> "$log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "$base/actuator/health" >/dev/null || { echo "application did not start; see $log" >&2; exit 1; }
}
stop_app() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop_app EXIT
: > "$log"
start_app
if [ "${BENCH_QUERY_ONLY:-0}" != 1 ]; then
echo "-- 1. ingest ($count messages, $clients clients; 200 of warm-up first)"
java -Xmx256m "$here/bench/java/RequestsBench.java" ingest "$base" "$token" 200 "$clients" "$run-warm" | sed 's/^/warm-up /'
java -Xmx256m "$here/bench/java/RequestsBench.java" ingest "$base" "$token" "$count" "$clients" "$run"
psqlc -tAc "SELECT 'tickets opened: ' || COUNT(*) FROM ticket WHERE source_message_id LIKE '<bench-$run-%'"
psqlc -tAc "SELECT 'acknowledgements queued: ' || COUNT(*) FROM mail_outbox WHERE correlation_key LIKE 'ticket-ack:%'"

echo "-- 2. loading $tickets tickets, $((tickets * 5)) messages with batched SQL"
t0=$(date +%s)
psqlc <<SQL
CREATE UNLOGGED TABLE bench_words AS
  SELECT g AS n, m AS msg, 'mot' || floor(5000 * power(random(), 3))::int AS w
  FROM generate_series(1, $tickets) g, generate_series(0, 5) m, generate_series(1, 10) k;
CREATE UNLOGGED TABLE bench_ticket AS SELECT g AS n FROM generate_series(1, $tickets) g;
ALTER TABLE bench_ticket ADD COLUMN id BIGINT;
INSERT INTO ticket (subject, queue_id, status, priority, tags, language, created_at, updated_at, clock_seconds, clock_since, source_message_id)
  SELECT CASE WHEN n % 50 = 0 THEN 'Factures de ' ELSE 'Demande ' END || n, (SELECT id FROM request_queue WHERE code = 'support'),
         CASE WHEN n % 4 = 0 THEN 'RESOLVED' WHEN n % 4 = 1 THEN 'OPEN' ELSE 'NEW' END, 0, '', 'fr',
         now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval, 0,
         CASE WHEN n % 4 = 0 THEN NULL ELSE now() - (n || ' minutes')::interval END, '<load-' || n || '>'
  FROM bench_ticket;
UPDATE bench_ticket b SET id = t.id FROM ticket t WHERE t.source_message_id = '<load-' || b.n || '>';
INSERT INTO ticket_party (ticket_id, address, role) SELECT id, 'client' || (n % 20000) || '@example.org', 'REQUESTER' FROM bench_ticket;
INSERT INTO ticket_message (ticket_id, kind, from_address, body_text, created_at)
  SELECT b.id, 'IN', 'client' || (b.n % 20000) || '@example.org', string_agg(w.w, ' '), now()
  FROM bench_words w JOIN bench_ticket b ON b.n = w.n WHERE w.msg > 0 GROUP BY b.id, b.n, w.msg;
INSERT INTO ticket_term (term, ticket_id, public_term)
  SELECT DISTINCT w.w, b.id, TRUE FROM bench_words w JOIN bench_ticket b ON b.n = w.n;
INSERT INTO ticket_term (term, ticket_id, public_term) SELECT 'factur', id, TRUE FROM bench_ticket WHERE n % 50 = 0;
DROP TABLE bench_words; DROP TABLE bench_ticket;
VACUUM ANALYZE ticket; VACUUM ANALYZE ticket_term; VACUUM ANALYZE ticket_message; VACUUM ANALYZE ticket_party;
SQL
echo "loaded in $(( $(date +%s) - t0 )) s"
psqlc -tAc "SELECT 'tickets: ' || (SELECT COUNT(*) FROM ticket) || ', messages: ' || (SELECT COUNT(*) FROM ticket_message)
  || ', search words: ' || (SELECT COUNT(*) FROM ticket_term) || ', size of ticket_term with its indexes: '
  || pg_size_pretty(pg_total_relation_size('ticket_term'))"

fi
echo "-- 3. searches and the queue's list page (warm: 20 runs each first)"
java -Xmx256m "$here/bench/java/RequestsBench.java" query "$base" "$admin" "$password"
stop_app
