#!/usr/bin/env bash
# Measures the clock board at scale: N immediate crisis responses (two open clocks each, identified
# at random in the last four days, so overdue, amber and running) on synthetic youth, then the
# server time of the board page and of the overdue list over JSON. Writes bench/CLOCKS.md.
# Not part of ./mvnw verify.
#   bench/clocks.sh [CRISES]      (default 5000 crises = 10,000 open clocks)
set -euo pipefail
cd "$(dirname "$0")/.."
CRISES=${1:-5000}
RUNS=${RUNS:-50}
PORT=${BENCH_PORT:-18081}
PASSWORD=bench-password-1
DATA=$(mktemp -d /tmp/tandem-clocks-XXXX)
BASE=http://localhost:$PORT
LOG=$DATA/tandem.log
JAR_COOKIES=$DATA/cookies

./mvnw -q -B -ntp -o package -DskipTests
JAR=$(ls target/tandem-*.jar | grep -v original | head -1)

TANDEM_DEMO_PASSWORD=$PASSWORD java -jar "$JAR" --server.port=$PORT \
  --tandem.database.embedded.data-directory="$DATA/pg" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 0.5; done

gen=$(curl -sf -u admin:$PASSWORD -X POST "$BASE/api/v1/demo/youth?count=$CRISES&crises=$CRISES")
gen_ms=$(echo "$gen" | grep -o '"millis":[0-9]*' | grep -o '[0-9]*')

# Pages: one form sign-in, then the session cookie (no password check per request).
csrf=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "username=supervisor" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
board=$(curl -s -b "$JAR_COOKIES" "$BASE/clocks?scope=county")
counts=$(echo "$board" | grep -oE '(All open|Overdue|Deadline near|Running): [0-9,]+' | paste -sd ';' | sed 's/;/; /g')

# Server time (curl's time to first byte) of n sequential requests after 10 unmeasured ones (the
# JIT warms up), ms: p50 / p95.
ttfb() {
  for _ in $(seq 10); do curl -s -o /dev/null "$@"; done
  for _ in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$@"; done |
    sort -n | awk '{a[NR]=$1*1000} END {printf "%.0f / %.0f", a[int(NR*0.5)], a[int(NR*0.95)]}'
}
# Let the fresh data settle (autovacuum and analyze of the new rows, JIT) before measuring.
for _ in $(seq 40); do curl -s -o /dev/null -b "$JAR_COOKIES" "$BASE/clocks?scope=county"; done
sleep 10
page_county=$(ttfb -b "$JAR_COOKIES" "$BASE/clocks?scope=county")
page_overdue=$(ttfb -b "$JAR_COOKIES" "$BASE/clocks?scope=county&state=overdue&page=20")
page_agency=$(ttfb -b "$JAR_COOKIES" "$BASE/clocks")
page_tasks=$(ttfb -b "$JAR_COOKIES" "$BASE/tasks")
api_overdue=$(ttfb -u supervisor:$PASSWORD "$BASE/api/v1/clocks?state=overdue")
api_me=$(ttfb -u supervisor:$PASSWORD "$BASE/api/v1/me")
overdue_json=$(curl -s -u supervisor:$PASSWORD "$BASE/api/v1/clocks?state=overdue" | grep -o '"state":"RED"' | wc -l)

cat > bench/CLOCKS.md <<REPORT
# Clock board at scale

Measured by \`bench/clocks.sh $CRISES\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average $(cut -d" " -f1 /proc/loadavg) at the end;
$(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)). Embedded PostgreSQL in a fresh data directory,
demo seeded, then $CRISES synthetic youth each with an immediate crisis response (2 open clocks each,
identified at random in the last four days) through \`POST /api/v1/demo/youth?count=$CRISES&crises=$CRISES\`
(${gen_ms} ms). The board counted: ${counts}.

| request | server time p50 / p95 (ms) |
|---|---|
| \`GET /clocks?scope=county\` (counts per state + first 100 rows; session cookie) | ${page_county} |
| \`GET /clocks?scope=county&state=overdue&page=20\` (offset 1,900) | ${page_overdue} |
| \`GET /clocks\` (my agency: all clocks are owned by Child Welfare Services here) | ${page_agency} |
| \`GET /tasks\` (an ordinary page of the same session, for comparison) | ${page_tasks} |
| \`GET /api/v1/clocks?state=overdue\` (up to 500 clocks, ${overdue_json} returned; HTTP Basic) | ${api_overdue} |
| \`GET /api/v1/me\` (HTTP Basic's password check alone, to subtract from the line above) | ${api_me} |

Server time is curl's \`time_starttransfer\` (to the first byte of the answer) over $RUNS sequential
requests from the same machine, after 10 unmeasured ones (and 40 more plus 10 s of rest after the
generation, for the new rows to be analysed). Target: under 200 ms. The counts are one SQL aggregate over the
partial index of open clocks; the list is one page (100 rows) ordered by deadline from the same index.
REPORT
cat bench/CLOCKS.md
