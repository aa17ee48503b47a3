#!/usr/bin/env bash
# A steady mixed load on PostgreSQL for DURATION seconds (punches, reports, page views by signed-in people), the
# demo collective loaded: heap after each minute (after a full GC), p50/p99 per kind of request, errors.
#
#   bench/soak.sh [DURATION_SECONDS] [CLIENTS]        (1800 s, 4 clients by default)
#
# Settings: SOAK_DB (fourmiliere_soak), SOAK_PORT (8197), PG_HOST, PG_USER, BENCH_JAR. Needs python3 with requests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-1800}
clients=${2:-4}
db=${SOAK_DB:-fourmiliere_soak}
port=${SOAK_PORT:-8197}
pg_host=${PG_HOST:-127.0.0.1}
pg_user=${PG_USER:-postgres}
jar=${BENCH_JAR:-$(ls "$root"/target/fourmiliere-*.jar 2>/dev/null | grep -v plain | head -n1 || true)}
if [[ -z "$jar" ]]; then (cd "$root" && ./mvnw -B -q -DskipTests package); jar=$(ls "$root"/target/fourmiliere-*.jar | head -n1); fi
java=$("$root/bin/java-home")/bin/java
jcmd=$(dirname "$(command -v "$java")")/jcmd
psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
data=$(mktemp -d)
FOURMILIERE_DATA_DIR=$data FOURMILIERE_DB_URL="jdbc:postgresql://$pg_host:5432/$db" FOURMILIERE_DB_USER=$pg_user \
FOURMILIERE_DEMO_TODAY=2007-06-15 "$java" -Xmx512m -jar "$jar" --server.port="$port" --demo > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 240); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
heap() { "$jcmd" "$app" GC.run >/dev/null 2>&1; "$jcmd" "$app" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
python3 - "$port" "$duration" "$clients" "$app" "$jcmd" <<'PY'
import sys, time, threading, random, re, subprocess, statistics, requests
port, duration, clients, pid, jcmd = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
base = f"http://localhost:{port}"
# two people whose roles let them read every report asked below (the time summary needs the right to see all time)
people = ["antoine@example.org", "claire@example.org"]
lat = {"page": [], "report": [], "punch": []}
errors = []
stop = time.time() + duration
lock = threading.Lock()

def signed_in(email):
    s = requests.Session()
    t = s.get(base + "/login").text
    csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', t).group(1)
    s.post(base + "/login", data={"username": email, "password": "fourmiliere-demo", "_csrf": csrf}, allow_redirects=False)
    tok = requests.post(base + "/api/v1/tokens", auth=(email, "fourmiliere-demo"), json={"name": "soak"}).json()["token"]
    return s, {"Authorization": "Bearer " + tok}

def timed(kind, f):
    t0 = time.perf_counter()
    try:
        r = f()
        ok = r.status_code < 400
    except Exception as e:
        ok, r = False, e
    dt = (time.perf_counter() - t0) * 1000
    with lock:
        lat[kind].append(dt)
        if not ok:
            errors.append(f"{kind}: {getattr(r, 'status_code', r)}")

def client(i):
    s, auth = signed_in(people[i % len(people)])
    acts = [a["code"] for a in requests.get(base + "/api/v1/activities", headers=auth).json()][:5] or ["admin"]
    n = 0
    while time.time() < stop:
        n += 1
        k = n % 10
        if k < 5:
            timed("page", lambda: s.get(base + random.choice(["/", "/time", "/books", "/members", "/decisions", "/account"])))
        elif k < 8:
            timed("report", lambda: requests.get(base + random.choice([
                "/api/v1/reports/balance-sheet?at=2007-05-31", "/api/v1/reports/income-statement?from=2006-09-01&to=2007-05-31",
                "/api/v1/timesheets/summary?from=2007-05-01&to=2007-05-31"]), headers=auth))
        else:
            timed("punch", lambda: requests.post(base + "/api/v1/punch", headers=auth, json={"activity": random.choice(acts)}))
        time.sleep(0.05)

threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads: t.start()
heaps = []
while time.time() < stop:
    time.sleep(min(60, max(1, stop - time.time())))
    subprocess.run([jcmd, pid, "GC.run"], capture_output=True)
    out = subprocess.run([jcmd, pid, "GC.heap_info"], capture_output=True, text=True).stdout
    m = re.search(r"used (\d+)K", out)
    if m: heaps.append(int(m.group(1)) // 1024)
for t in threads: t.join()
def pct(v, p): return sorted(v)[min(len(v) - 1, int(len(v) * p))] if v else float("nan")
print(f"duration {duration} s, {clients} clients")
for k, v in lat.items():
    print(f"{k}: {len(v)} requests, p50 {pct(v, .5):.1f} ms, p99 {pct(v, .99):.1f} ms")
from collections import Counter
print(f"errors: {len(errors)} {dict(Counter(errors))}")
print(f"heap used after full GC, each minute (MB): {heaps}")
if len(heaps) >= 3:
    warm = heaps[1]
    print(f"growth after warm-up (minute 2 → last): {100.0 * (heaps[-1] - warm) / warm:.1f} %")
PY
echo "lines logged at ERROR by the application: $(grep -c ' ERROR ' "$data/app.log" || true)"
