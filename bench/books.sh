#!/usr/bin/env bash
# The books, measured beside hledger and ledger-cli in one run on one machine.
#
#   bench/books.sh [DATASET_DIR] [RUNS]
#
# - makes the dataset with gen_dataset.py if DATASET_DIR has no journal.ledger (1,000,000 postings by default);
# - builds the application if needed, starts it on a fresh PostgreSQL database with a 512 MB heap;
# - imports journal.ledger through POST /api/v1/journal/import (timed, once, on the empty database);
# - times through the API (warm, with hyperfine): the balance sheet, one fiscal year's income statement,
#   the monthly income statement over all years, the balances at depth 2 and the register of receivables;
# - times the same aggregates as raw SQL on the same database (psql), the floor to approach;
# - times hledger and ledger-cli on the same journal (PEER_RUNS runs each, with peak memory);
# - prints the table with the ratios and writes it to DATASET_DIR/books-bench.md.
#
# Settings (environment): BENCH_DB (fourmiliere_bench), BENCH_PORT (8199), PG_HOST (127.0.0.1), PG_USER (postgres),
# PEER_RUNS (3; 0 leaves the peers out, to compare two builds of ours), POSTINGS (1000000),
# SHARED_BENCH (../shared/bench beside the project), BENCH_JAR (the application jar; default: target/).
# Needs: java 21+, psql, curl, python3, hyperfine, GNU time, hledger, ledger.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
root=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$root/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
dir=${1:-/tmp/fourmiliere-books-1m}
runs=${2:-10}
peer_runs=${PEER_RUNS:-3}
db=${BENCH_DB:-fourmiliere_bench}
port=${BENCH_PORT:-8199}
pg_host=${PG_HOST:-127.0.0.1}
pg_user=${PG_USER:-postgres}
shared=${SHARED_BENCH:-$root/../shared/bench}
fy_from=2008-09-01 fy_to=2009-08-31 fy_end_excl=2009-09-01 first=2004-09-01 last=2013-08-31

if [[ ! -f "$dir/journal.ledger" ]]; then
  echo "generating ${POSTINGS:-1000000} postings into $dir"
  python3 "$shared/gen_dataset.py" --out "$dir" --postings-target "${POSTINGS:-1000000}" --time-entries 1000
fi
j="$dir/journal.ledger"
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi

psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
data=$(mktemp -d)
FOURMILIERE_DATA_DIR=$data FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$db" FOURMILIERE_DB_USER=$pg_user \
FOURMILIERE_ADMIN_EMAIL=bench@bench.local FOURMILIERE_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx512m -jar "$jar" --server.port="$port" > "$dir/books-app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 120); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
base="http://localhost:$port/api/v1"
token=$(curl -sf -u bench@bench.local:bench-password-1 -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/tokens" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')
auth="Authorization: Bearer $token"

echo "importing $j"
import_s=$( { /usr/bin/time -f "%e" curl -sf -H "$auth" -H 'Content-Type: text/plain' --data-binary "@$j" "$base/journal/import" \
  -o "$dir/books-import.json"; } 2>&1 | tail -n1)
cat "$dir/books-import.json"; echo
echo "hledger parsing the same journal (hledger stats)"
hparse="- -"
[[ "$peer_runs" != 0 ]] && hparse=$( { /usr/bin/time -f "%e %M" hledger -f "$j" stats >/dev/null; } 2>&1 | tail -n1)

declare -a names ours raws hl lg
add() { names+=("$1"); ours+=("$2"); raws+=("$3"); hl+=("$4"); lg+=("$5"); }
acct="(SELECT id FROM ledger_account WHERE code = '1200')"
add "balance sheet (end)" "$base/reports/balance-sheet?at=$last" \
    "SELECT account_id, SUM(amount) FROM journal_line WHERE entry_date <= DATE '$last' GROUP BY account_id" \
    "hledger -f '$j' balancesheet" "ledger -f '$j' balance"
add "income statement, one fiscal year" "$base/reports/income-statement?from=$fy_from&to=$fy_to&by=account" \
    "SELECT account_id, SUM(amount) FROM journal_line WHERE entry_date BETWEEN DATE '$fy_from' AND DATE '$fy_to' GROUP BY account_id" \
    "hledger -f '$j' incomestatement -b $fy_from -e $fy_end_excl" "ledger -f '$j' balance ^Revenues ^Expenses -b $fy_from -e $fy_end_excl"
add "income statement by month, all years" "$base/reports/income-statement?from=$first&to=$last&by=month" \
    "SELECT account_id, date_trunc('month', entry_date), SUM(amount) FROM journal_line GROUP BY 1, 2" \
    "hledger -f '$j' incomestatement -M" "ledger -f '$j' register ^Revenues --monthly"
add "balance at depth 2" "$base/reports/balances?at=$last&depth=2" \
    "SELECT account_id, SUM(amount) FROM journal_line GROUP BY account_id" \
    "hledger -f '$j' balance -2" ""
add "register of receivables" "$base/reports/general-ledger?account=1200" \
    "SELECT l.entry_id, l.entry_date, l.description, l.reference, l.party, l.amount, SUM(l.amount) OVER (ORDER BY l.entry_date, l.entry_id, l.line_no) FROM journal_line l WHERE l.account_id = $acct ORDER BY l.entry_date, l.entry_id, l.line_no" \
    "hledger -f '$j' register 'Assets:Comptes clients'" "ledger -f '$j' register 'Assets:Comptes clients'"

median() { python3 -c 'import json,sys,statistics; print("%.4f" % statistics.median(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$1"; }
peer() { # command -> "median_s max_rss_mb"
  [[ -z "$1" || "$peer_runs" == 0 ]] && { echo "- -"; return; }
  local times=() rss=0 out
  for _ in $(seq "$peer_runs"); do
    out=$( { /usr/bin/time -f "%e %M" bash -c "$1 >/dev/null 2>&1"; } 2>&1 | tail -n1)
    times+=("${out% *}"); (( ${out#* } > rss )) && rss=${out#* }
  done
  python3 -c 'import sys,statistics; print("%.3f %d" % (statistics.median(map(float, sys.argv[2:])), int(sys.argv[1]) // 1024))' "$rss" "${times[@]}"
}

table="$dir/books-bench.md"
{
  echo "| report | Fourmilière API (median s) | raw SQL (median s) | hledger s | ledger s | × hledger | × ledger | API ÷ SQL |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$table"
peak_hl=0 peak_lg=0
for i in "${!names[@]}"; do
  echo "timing: ${names[$i]}"
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$dir/h.json" --output=null \
    "curl -sf -o /dev/null -H '$auth' '${ours[$i]}'" >/dev/null 2>&1
  o=$(median "$dir/h.json")
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$dir/h.json" --output=null \
    "psql -q -X -h $pg_host -U $pg_user -d $db -o /dev/null -c \"${raws[$i]}\"" >/dev/null 2>&1
  r=$(median "$dir/h.json")
  read -r h hm <<< "$(peer "${hl[$i]}")"
  read -r l lm <<< "$(peer "${lg[$i]}")"
  [[ "$hm" != "-" && "$hm" -gt "$peak_hl" ]] && peak_hl=$hm
  [[ "$lm" != "-" && "$lm" -gt "$peak_lg" ]] && peak_lg=$lm
  python3 - "$table" "${names[$i]}" "$o" "$r" "$h" "$l" <<'PY'
import sys
table, name, o, r, h, l = sys.argv[1:]
o, r = float(o), float(r)
ratio = lambda p: "—" if p == "-" else "%.0f×" % (float(p) / o)
with open(table, "a") as f:
    f.write(f"| {name} | {o:.3f} | {r:.3f} | {h} | {l} | {ratio(h)} | {ratio(l)} | {o / r:.2f} |\n")
PY
done
rss_app=$(ps -o rss= -p "$app" | tr -d ' ')
{
  echo
  echo "import of $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("{:,} postings ({:,} entries)".format(d["postings"], d["entries"]))' "$dir/books-import.json") into PostgreSQL through the API: ${import_s} s; hledger parsing the same journal (\`hledger stats\`): ${hparse% *} s, ${hparse#* } KB peak."
  echo "peak memory: hledger ${peak_hl} MB, ledger ${peak_lg} MB; Fourmilière JVM -Xmx512m, resident ${rss_app} KB after the run."
  echo "Fourmilière: median of $runs warm runs (hyperfine, 2 warm-ups), curl with a personal access token, whole answer read;"
  echo "raw SQL: psql (includes psql's start, about 10 ms); peers: median of $peer_runs runs each."
  echo "dataset: $(head -n 2 "$dir/expected.txt" | tr '\n' ' '); tools: $(hledger --version | head -n1); $(ledger --version | head -n1)"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
} >> "$table"
cat "$table"
