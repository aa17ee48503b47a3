#!/usr/bin/env bash
# Crash safety under load on PostgreSQL (bench/java/ChaosDriver.java): journal entries with Idempotency-Keys, member
# edits and inbound mail from several clients at a steady rate; the application killed with SIGKILL at random
# moments (KILLS times, then once more under a journal import) and started again on the same database; lost answers
# sent again until acknowledged. Then: every acknowledged write exactly once, nothing half-written, the journal
# balanced, the monthly totals equal to the postings, the import all or nothing.
#
#   bench/chaos.sh [KILLS] [CLIENTS]        (10 kills, 6 clients by default)
#
# Settings: CHAOS_DB (fourmiliere_chaos), PG_HOST (127.0.0.1), PG_USER (postgres), BENCH_JAR (target/fourmiliere-*.jar).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kills=${1:-10}
clients=${2:-6}
db=${CHAOS_DB:-fourmiliere_chaos}
pg_host=${PG_HOST:-127.0.0.1}
pg_user=${PG_USER:-postgres}
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi
java=$("$root/bin/java-home")/bin/java
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n1)
psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
"$java" -cp "$pgjar" "$root/bench/java/ChaosDriver.java" "$jar" "jdbc:postgresql://$pg_host:5432/$db" "$pg_user" "$kills" "$clients"
