#!/usr/bin/env bash
# Job complexes (docs/benchmarks.md, "Job complexes"): the assignment solver on 50 workers × 400 tasks, one run of
# LONG seconds (600 by default), printing the best score by 10 s and at the end.
# Usage: bench/complexes.sh [LONG_SECONDS]
# Needs: java 25, the compiled classes and the dependencies (./mvnw compile).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
[[ -d target/classes/org/fourmiliere/complexes ]] || ./mvnw -B -q -ntp compile
cp=$(./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start"
java -Xmx2g -cp "target/classes:$cp" bench/java/ComplexesSolverBench.java "${1:-600}"
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
