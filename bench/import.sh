#!/usr/bin/env bash
# Measures the CSV import of historical screenings: N rows (default 1,000,000) of the brief screen
# over 100,000 synthetic youth. Writes bench/IMPORT.md. Needs python3 and psql. Not part of verify.
#   bench/import.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
PORT=${BENCH_PORT:-18081}
PGPORT=${BENCH_PG_PORT:-54398}
PASSWORD=bench-password-1
DATA=$(mktemp -d /tmp/tandem-import-XXXX)
BASE=http://localhost:$PORT

./mvnw -q -B -ntp package -DskipTests
JAR=$(ls target/tandem-*.jar | grep -v original | head -1)
TANDEM_DEMO_PASSWORD=$PASSWORD java -jar "$JAR" --server.port=$PORT --tandem.database.embedded.port=$PGPORT \
  --tandem.database.embedded.data-directory="$DATA/pg" > "$DATA/tandem.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 0.2; done

curl -sf -u admin:$PASSWORD -X POST "$BASE/api/v1/demo/youth?count=100000" >/dev/null
psql -h localhost -p $PGPORT -U postgres -d tandem -Atc \
  "select y.id from youth y join county c on c.id = y.county_id where c.name = 'Demo County'" > "$DATA/youth.txt"
curl -sf -u admin:$PASSWORD "$BASE/api/v1/instruments/tandem-brief-screen/versions/1" > "$DATA/brief.json"
python3 - "$DATA" "$N" <<'PY'
import json, random, sys
data, n = sys.argv[1], int(sys.argv[2])
d = json.load(open(f'{data}/brief.json'))
items = [it['id'] for ind in d['indicators'] for it in ind['items']]
ids = [l.strip() for l in open(f'{data}/youth.txt') if l.strip()]
random.seed(7)
choices = ['NO', 'NO', 'NO', 'YES', 'NOT_ENOUGH_INFORMATION']
with open(f'{data}/import.csv', 'w') as f:
    f.write(','.join(['youthId', 'instrumentId', 'instrumentVersion', 'screenedOn'] + items) + '\n')
    for i in range(n):
        f.write(','.join([ids[i % len(ids)], 'tandem-brief-screen', '1', '2025-%02d-%02d' % (1 + i % 12, 1 + i % 28)]
                         + [random.choice(choices) for _ in items]) + '\n')
PY
size_mb=$(( $(stat -c %s "$DATA/import.csv") / 1048576 ))
started=$(date +%s%N)
report=$(curl -s -u admin:$PASSWORD -H 'Content-Type: text/csv' --data-binary @"$DATA/import.csv" "$BASE/api/v1/screenings/import")
wall_ms=$(( ($(date +%s%N) - started) / 1000000 ))
imported=$(echo "$report" | grep -o '"imported":[0-9]*' | grep -o '[0-9]*')
rejected=$(echo "$report" | grep -o '"rejected":[0-9]*' | grep -o '[0-9]*')
cat > bench/IMPORT.md <<REPORT
# Screening import benchmark

Measured by \`bench/import.sh $N\` on $(date -u +%Y-%m-%d) ($(nproc) cores): $N rows of the brief screen
(12 items) over 100,000 synthetic youth, embedded PostgreSQL, one HTTP request streaming a ${size_mb} MB CSV.

| measure | value |
|---|---|
| rows imported / rejected | ${imported} / ${rejected} |
| wall time of the import request | ${wall_ms} ms |
| rows per second | $(( N * 1000 / (wall_ms > 0 ? wall_ms : 1) )) |

Every row also writes one audit entry. Target: under 2 minutes for 1,000,000 rows.
REPORT
cat bench/IMPORT.md
