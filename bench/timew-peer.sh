#!/usr/bin/env bash
# timewarrior on the same entries, as ../shared/bench/run_peers.sh runs it: one worker's database
# (timewarrior holds one person's non-overlapping intervals), then its year summary and full export.
# Usage: bench/timew-peer.sh DATASET_DIR [RUNS]. Prints hyperfine's figures.
set -euo pipefail
dir=$(cd "${1:?dataset dir}" && pwd); runs=${2:-5}
export TIMEWARRIORDB=/tmp/timesheets-bench-timew
if [[ ! -f $TIMEWARRIORDB/.imported ]]; then
  rm -rf "$TIMEWARRIORDB"; mkdir -p "$TIMEWARRIORDB/data"; : > "$TIMEWARRIORDB/timewarrior.cfg"
  python3 - "$dir/time_entries.timew.json" "$TIMEWARRIORDB/data" <<'PY'
import json, sys, collections
months = collections.defaultdict(list)
for e in json.load(open(sys.argv[1])):
    if e["tags"][0] != "travailleur001":
        continue
    tags = " ".join('"%s"' % t for t in e["tags"])
    months[e["start"][:4] + "-" + e["start"][4:6]].append("inc %s - %s # %s\n" % (e["start"], e["end"], tags))
for month, lines in months.items():
    with open("%s/%s.data" % (sys.argv[2], month), "w") as f:
        f.writelines(sorted(lines))
PY
  touch "$TIMEWARRIORDB/.imported"
fi
echo "timew $(timew --version); entries of travailleur001: $(cat "$TIMEWARRIORDB"/data/*.data | wc -l)"
hyperfine -N --warmup 1 --runs "$runs" --export-markdown /tmp/timesheets-bench-timew.md \
  "timew summary 2004-10-01 - 2005-10-01 travailleur001" "timew export" >/dev/null 2>&1 || \
hyperfine --warmup 1 --runs "$runs" --export-markdown /tmp/timesheets-bench-timew.md \
  "timew summary 2004-10-01 - 2005-10-01 travailleur001" "timew export" >/dev/null 2>&1
cat /tmp/timesheets-bench-timew.md
