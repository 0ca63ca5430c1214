#!/usr/bin/env bash
# Measures the resource directory's search at scale: N providers (default 5,000) imported as one CSV
# (random programs, needs, ages, genders, systems, languages, capacity; a third also serving Second
# County), then the server time of typical searches over JSON and of the search page. Writes
# bench/DIRECTORY.md. Not part of ./mvnw verify.
#   bench/directory-search.sh [PROVIDERS]
set -euo pipefail
cd "$(dirname "$0")/.."
PROVIDERS=${1:-5000}
RUNS=${RUNS:-50}
PORT=${BENCH_PORT:-18083}
PASSWORD=bench-password-1
DATA=$(mktemp -d /tmp/tandem-directory-XXXX)
BASE=http://localhost:$PORT
LOG=$DATA/tandem.log
JAR_COOKIES=$DATA/cookies

# FROM_CLASSES=1 runs the compiled classes (target/classes and the runtime classpath) instead of packaging.
if [ -n "${FROM_CLASSES:-}" ]; then
  [ -f target/runtime-classpath.txt ] || ./mvnw -q -B -ntp -o dependency:build-classpath \
    -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
  cp -r target/classes "$DATA/classes"   # a copy: a build meanwhile does not change what runs
  RUN=(java -cp "$DATA/classes:$(cat target/runtime-classpath.txt)" org.tandem.TandemApplication)
else
  ./mvnw -q -B -ntp -o package -DskipTests
  RUN=(java -jar "$(ls target/tandem-*.jar | grep -v original | head -1)")
fi

TANDEM_DEMO_PASSWORD=$PASSWORD "${RUN[@]}" --server.port=$PORT \
  --tandem.database.embedded.data-directory="$DATA/pg" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 0.5; done

# The spreadsheet: the columns of the export, random but plausible values (seeded: the same file each run).
awk -v n="$PROVIDERS" 'BEGIN {
  srand(42)
  split("physical-health mental-health sexual-reproductive-health substance-use housing-placement civil-legal child-welfare-advocacy support-networks education vocational-life-skills crisis", need, " ")
  split("PLACEMENT SERVICE BOTH", type, " "); split("CHILD_WELFARE PROBATION DUAL NONE", sys, " ")
  split("FEMALE MALE NON_BINARY TRANSGENDER", gen, " "); split("English Spanish Tagalog Vietnamese Hmong Punjabi", lang, " ")
  print "name,type,intakeEmail,city,countiesServed,programs,systems,ageMin,ageMax,genders,languages,capacityTotal,capacityAvailable"
  for (i = 1; i <= n; i++) {
    programs = ""
    for (p = 1; p <= 1 + int(rand() * 3); p++) programs = programs (p > 1 ? "; " : "") "Program " p ": " need[1 + int(rand() * 11)] ", " need[1 + int(rand() * 11)]
    systems = sys[1 + int(rand() * 4)] ";" sys[1 + int(rand() * 4)]
    genders = gen[1 + int(rand() * 4)] ";" gen[1 + int(rand() * 4)]
    langs = "English;" lang[1 + int(rand() * 6)]
    min = 10 + int(rand() * 6); max = min + int(rand() * 10); total = int(rand() * 12)
    counties = (i % 3 == 0) ? "Demo County; Second County" : "Demo County"
    printf "Provider %05d,%s,intake%d@example.org,City %d,%s,\"%s\",%s,%d,%d,%s,%s,%d,%d\n", i, type[1 + int(rand() * 3)], i, i % 40, counties, programs, systems, min, max, genders, langs, total, int(rand() * (total + 1))
  }
}' > "$DATA/providers.csv"
start=$(date +%s%3N)
report=$(curl -sf -u resources:$PASSWORD -F "file=@$DATA/providers.csv;type=text/csv" "$BASE/api/v1/providers/import")
import_ms=$(( $(date +%s%3N) - start ))
saved=$(echo "$report" | grep -o '"saved":[0-9]*' | grep -o '[0-9]*')

csrf=$(curl -s -c "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "username=socialworker" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"

# Server time (curl's time to first byte) of n sequential requests after 10 unmeasured ones, ms: p50 / p95.
ttfb() {
  for _ in $(seq 10); do curl -s -o /dev/null "$@"; done
  for _ in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$@"; done |
    sort -n | awk '{a[NR]=$1*1000} END {printf "%.0f / %.0f", a[int(NR*0.5)], a[int(NR*0.95)]}'
}
found() { curl -s -u socialworker:$PASSWORD "$BASE/api/v1/providers?$1&pageSize=100" | grep -o '"editable"' | wc -l; }
for _ in $(seq 40); do curl -s -o /dev/null -u socialworker:$PASSWORD "$BASE/api/v1/providers?need=crisis"; done
sleep 10
all=$(ttfb -u socialworker:$PASSWORD "$BASE/api/v1/providers")
need=$(ttfb -u socialworker:$PASSWORD "$BASE/api/v1/providers?need=mental-health&pageSize=100")
full=$(ttfb -u socialworker:$PASSWORD "$BASE/api/v1/providers?need=housing-placement&age=15&gender=TRANSGENDER&system=PROBATION&language=spanish&hasCapacity=true&pageSize=100")
deep=$(ttfb -u socialworker:$PASSWORD "$BASE/api/v1/providers?need=education&page=10&pageSize=100")
rare=$(ttfb -u socialworker:$PASSWORD "$BASE/api/v1/providers?language=hmong&age=10&gender=NON_BINARY&hasCapacity=true")
page=$(ttfb -b "$JAR_COOKIES" "$BASE/services/directory?need=mental-health&age=15&hasCapacity=true")
me=$(ttfb -u socialworker:$PASSWORD "$BASE/api/v1/me")
n_full=$(found "need=housing-placement&age=15&gender=TRANSGENDER&system=PROBATION&language=spanish&hasCapacity=true")

cat > bench/DIRECTORY.md <<REPORT
# Resource directory search at scale

Measured by \`bench/directory-search.sh $PROVIDERS\` on $(date -u +%Y-%m-%d) ($(nproc) cores, load average $(cut -d" " -f1 /proc/loadavg) at the end;
$(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)). Embedded PostgreSQL in a fresh data directory,
demo seeded, then $PROVIDERS providers imported as one CSV through \`POST /api/v1/providers/import\`
($saved saved in ${import_ms} ms, each row checked and saved in its own transaction).

| request (as a social worker of Demo County) | server time p50 / p95 (ms) |
|---|---|
| \`GET /api/v1/providers\` (no filter, first 25 by name) | ${all} |
| \`GET /api/v1/providers?need=mental-health&pageSize=100\` | ${need} |
| every filter at once (need, age, gender, system, language, free capacity; ${n_full} of the first 100 found) | ${full} |
| \`need=education&page=10&pageSize=100\` (offset 1,000) | ${deep} |
| a rare combination (language, age 10, non-binary, free capacity) | ${rare} |
| \`GET /services/directory?need=mental-health&age=15&hasCapacity=true\` (the page, session cookie) | ${page} |
| \`GET /api/v1/me\` (HTTP Basic's password check alone, to subtract from the API lines) | ${me} |

Server time is curl's \`time_starttransfer\` over $RUNS sequential requests from the same machine, after 10
unmeasured ones (and 40 more plus 10 s of rest after the import). The search is one SQL statement under
row-level security (own entries or those serving the county), filtered by the GIN-indexed program needs and
ordered by name; the decision on confidential addresses is made once per answer.
REPORT
cat bench/DIRECTORY.md
