#!/usr/bin/env bash
# Benchmark of the business-hours clock (docs/benchmarks.md, section "Business-hours clock"): deadlines per second
# of shared.BusinessCalendar, single-threaded, from random instants of 2000-2099. Prints its figures.
# Usage: bench/calendar.sh [COUNT]   (COUNT deadlines per round, default 2,000,000)
# Needs: java 25 and the compiled classes (./mvnw compile).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
PATH="$("$here/bin/java-home")/bin:$PATH"   # the JDK 21+ that ./mvnw uses, whatever the default java
[[ -d $here/target/classes/org/fourmiliere/shared ]] || (cd "$here" && ./mvnw -B -q -ntp compile)
exec java -Xmx1g -cp "$here/target/classes" "$here/bench/java/CalendarBench.java" "${1:-2000000}"
