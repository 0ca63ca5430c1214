#!/usr/bin/env bash
# Scoring throughput: one thread scoring full screenings (tandem-indicator-screen, 47 items), and
# validating then scoring them. Writes bench/SCORING.md. Not part of ./mvnw verify.
#   bench/scoring.sh [warm-up s (5)] [iterations (5)] [s per iteration (2)] [answer sets (4096)]
# Builds in ./target: run it from a checkout (or a copy) nobody else is building in at the time.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=target/scoring-classpath.txt

./mvnw -q -B -ntp compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$CP_FILE" >/dev/null

results=$(java -cp "$(cat "$CP_FILE"):target/classes" bench/ScoringBenchmark.java "$@")

cat > bench/SCORING.md <<REPORT
# Scoring throughput

Measured by \`$(echo "bench/scoring.sh $*" | sed 's/ *$//')\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet -- src/main 2>/dev/null || echo ' (src/main changed since)')
($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), default JVM options).

$results

One thread, \`Instrument.score(Map)\` (and \`Instrument.requireValid(Map, true)\` before it) on
pre-generated complete answer sets, cycled; each iteration's rate is its screenings over its own
wall-clock time; "per CPU-second" divides all measured screenings by the measuring thread's CPU
time, which other work on the machine (builds, tests) disturbs much less than the wall-clock rates.
Allocation is the measuring thread's, per screening, over the measured iterations.
Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg) (a quiet machine shows less than 1).
REPORT
cat bench/SCORING.md
