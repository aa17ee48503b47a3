#!/usr/bin/env bash
# Backup and restore of the 1M-posting books on PostgreSQL, timed, with the reports compared.
#
#   bench/backup.sh [DATASET_DIR]
#
# - makes the dataset with gen_dataset.py if DATASET_DIR has no journal.ledger (1,000,000 postings by default);
# - starts the application on a fresh PostgreSQL database and imports the journal through the API;
# - times bin/fourmiliere-backup WHILE the application runs and keeps answering (a reader asks for the balance sheet
#   all along the backup; each answer must be 200);
# - times bin/fourmiliere-restore into an empty database, starts the application on it, and compares the balance
#   sheet, the income statement of a year and the balances with those of the original (they must be identical);
# - prints the figures (seconds, size of the backup) against the targets (backup ≤ 60 s, restore ≤ 120 s).
# Settings: BENCH_DB (fourmiliere_backup_src), RESTORE_DB (fourmiliere_backup_dst), BENCH_PORT (8197), PG_HOST
# (127.0.0.1), PG_USER (postgres), POSTINGS (1000000), SHARED_BENCH (../shared/bench beside the project), BENCH_JAR.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/tmp/fourmiliere-books-1m}
src=${BENCH_DB:-fourmiliere_backup_src}
dst=${RESTORE_DB:-fourmiliere_backup_dst}
port=${BENCH_PORT:-8197}
pg_host=${PG_HOST:-127.0.0.1}
pg_user=${PG_USER:-postgres}
shared=${SHARED_BENCH:-$root/../shared/bench}
java=$("$root/bin/java-home")/bin/java

if [[ ! -f "$dir/journal.ledger" ]]; then
  echo "generating ${POSTINGS:-1000000} postings into $dir"
  python3 "$shared/gen_dataset.py" --out "$dir" --postings-target "${POSTINGS:-1000000}" --time-entries 1000
fi
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi
work=$(mktemp -d)
app=""
stop() { [[ -n "$app" ]] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; app=""; }
trap 'stop; rm -rf "$work"' EXIT

start() { # database
  FOURMILIERE_DATA_DIR=$work/data-$1 FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$1" FOURMILIERE_DB_USER=$pg_user \
  FOURMILIERE_ADMIN_EMAIL=bench@bench.local FOURMILIERE_ADMIN_PASSWORD=bench-password-1 \
    "$java" -Xmx512m -jar "$jar" --server.port="$port" > "$work/app-$1.log" 2>&1 &
  app=$!
  for _ in $(seq 180); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "the application did not start on $1" >&2; tail -n 40 "$work/app-$1.log" >&2; exit 1
}
base="http://localhost:$port/api/v1"
reports() { # out-file: the reports a treasurer reads, as the API gives them
  local auth="Authorization: Bearer $1"
  { curl -sf -H "$auth" "$base/reports/balance-sheet?at=2013-08-31"; echo
    curl -sf -H "$auth" "$base/reports/income-statement?from=2008-09-01&to=2009-08-31"; echo
    curl -sf -H "$auth" "$base/reports/balances?at=2013-08-31&depth=2"; echo; } > "$2"
}
new_token() {
  curl -sf -u bench@bench.local:bench-password-1 -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/tokens" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])'
}

for db in "$src" "$dst"; do psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"; done
start "$src"
token=$(new_token)
echo "importing $dir/journal.ledger"
curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' --data-binary "@$dir/journal.ledger" "$base/journal/import" -o "$work/import.json"
cat "$work/import.json"; echo
reports "$token" "$work/before.txt"
size_db=$(psql -h "$pg_host" -U "$pg_user" -d "$src" -tAc "SELECT pg_size_pretty(pg_database_size('$src'))")

# the backup, while a reader keeps asking for the balance sheet
( n=0; bad=0; while [[ ! -f "$work/done" ]]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/reports/balance-sheet?at=2013-08-31")
    n=$((n + 1)); [[ $code == 200 ]] || bad=$((bad + 1)); done; echo "$n $bad" > "$work/reader" ) &
reader=$!
t0=$(date +%s.%N)
FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$src" FOURMILIERE_DB_USER=$pg_user "$root/bin/fourmiliere-backup" "$work/books.dump" > /dev/null
t1=$(date +%s.%N)
touch "$work/done"; wait "$reader"
read -r asked refused < "$work/reader"
stop

t2=$(date +%s.%N)
FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$dst" FOURMILIERE_DB_USER=$pg_user "$root/bin/fourmiliere-restore" "$work/books.dump" > /dev/null
t3=$(date +%s.%N)
start "$dst"
reports "$(new_token)" "$work/after.txt"
stop
same=no; cmp -s "$work/before.txt" "$work/after.txt" && same=yes

backup_s=$(python3 -c "print('%.1f' % ($t1 - $t0))")
restore_s=$(python3 -c "print('%.1f' % ($t3 - $t2))")
echo
echo "database: $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("{:,} postings ({:,} entries)".format(d["postings"], d["entries"]))' "$work/import.json"), $size_db on disk"
echo "backup while running: ${backup_s} s (target ≤ 60 s), $(du -h "$work/books.dump" | cut -f1) file; the reader's balance sheets during it: $asked asked, $refused not 200"
echo "restore into an empty database: ${restore_s} s (target ≤ 120 s)"
echo "reports identical after restore (balance sheet, income statement of 2008-09, balances at depth 2): $same"
for s in "$(nproc) cores" "$(uptime | sed 's/.*load average/load average/')"; do echo "machine: $s"; done
[[ $same == yes && $refused == 0 ]]
