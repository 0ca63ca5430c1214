#!/usr/bin/env bash
# Measures the embedded default: start-up, memory, generating N synthetic youth, search and
# audit verification at that size. Writes bench/REPORT.md. Not part of ./mvnw verify.
#   bench/run.sh [N]      (default N = 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
PORT=${BENCH_PORT:-18080}
PASSWORD=bench-password-1
DATA=$(mktemp -d /tmp/tandem-bench-XXXX)
BASE=http://localhost:$PORT
LOG=$DATA/tandem.log

./mvnw -q -B -ntp package -DskipTests
JAR=$(ls target/tandem-*.jar | grep -v original | head -1)

started=$(date +%s%N)
TANDEM_DEMO_PASSWORD=$PASSWORD java -jar "$JAR" --server.port=$PORT \
  --tandem.database.embedded.data-directory="$DATA/pg" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 0.2; done
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
spring_s=$(grep -o 'Started TandemApplication in [0-9.]* seconds' "$LOG" | grep -o '[0-9.]*' | head -1)

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
pg_pss_mb() { local t=0; for p in $(pgrep -x postgres); do t=$(( t + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup) )); done; echo $(( t / 1024 )); }
java_idle=$(rss_mb $APP); pg_idle=$(pg_pss_mb)

gen=$(curl -sf -u admin:$PASSWORD -X POST "$BASE/api/v1/demo/youth?count=$N")
gen_ms=$(echo "$gen" | grep -o '"millis":[0-9]*' | grep -o '[0-9]*')

# Latency of n requests (ms): p50 and p95, each with HTTP Basic (includes one password hash check).
latency() {
  local path=$1 user=$2 n=${3:-40}
  for _ in $(seq "$n"); do curl -s -o /dev/null -u "$user:$PASSWORD" -w '%{time_total}\n' "$BASE$path"; done |
    sort -n | awk '{a[NR]=$1*1000} END {printf "%.0f / %.0f", a[int(NR*0.5)], a[int(NR*0.95)]}'
}
me=$(latency /api/v1/me socialworker)
search_name=$(latency "/api/v1/youth?q=maria%20lop" socialworker)
search_dob=$(latency "/api/v1/youth?q=2012-04-09" socialworker)
search_recent=$(latency "/api/v1/youth" socialworker)
create_ms=$(curl -s -o /dev/null -u socialworker:$PASSWORD -H 'Content-Type: application/json' -w '%{time_total}' \
  -d '{"firstName":"Bench","lastName":"Marker","dateOfBirth":"2012-04-09","confirmNotDuplicate":false}' \
  "$BASE/api/v1/youth" | awk '{printf "%.0f", $1*1000}')
verify=$(curl -s -u admin:$PASSWORD -w ' %{time_total}' "$BASE/api/v1/audit/verify")
verify_entries=$(echo "$verify" | grep -o '"entries":[0-9]*' | grep -o '[0-9]*')
verify_ms=$(echo "$verify" | awk '{printf "%.0f", $NF*1000}')
java_loaded=$(rss_mb $APP); pg_loaded=$(pg_pss_mb)

cat > bench/REPORT.md <<REPORT
# Tandem benchmark report

Measured by \`bench/run.sh $N\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)).
Embedded PostgreSQL in a fresh data directory; demo seeded; then $N synthetic youth generated.

| measure | value |
|---|---|
| start-up to healthy, fresh data directory (initdb, migrations, demo seed) | ${ready_ms} ms (Spring reports ${spring_s} s) |
| memory after start: JVM resident / PostgreSQL proportional | ${java_idle} MB / ${pg_idle} MB |
| generate $N synthetic youth (with one audit entry each) | ${gen_ms} ms |
| \`GET /api/v1/me\` p50 / p95 (the cost of HTTP Basic's password check) | ${me} ms |
| search by name \`q=maria lop\` p50 / p95 | ${search_name} ms |
| search by date of birth p50 / p95 | ${search_dob} ms |
| recently changed (no query) p50 / p95 | ${search_recent} ms |
| register one youth, duplicate check included | ${create_ms} ms |
| verify the audit chain of Demo County (${verify_entries} entries) | ${verify_ms} ms |
| memory after the run: JVM resident / PostgreSQL proportional | ${java_loaded} MB / ${pg_loaded} MB |

Latencies are wall-clock over 40 sequential requests from curl on the same machine.
REPORT
cat bench/REPORT.md
