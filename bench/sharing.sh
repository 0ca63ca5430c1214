#!/usr/bin/env bash
# Cost of the sharing decision point per check (target: under 1 ms median with the rules cached).
# Boots the application on the embedded database (as the tests do), runs SharingBenchmark and writes
# bench/SHARING.md. Not part of ./mvnw verify (the benchmark is skipped unless TANDEM_BENCH=1).
#   bench/sharing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TANDEM_BENCH=1 ./mvnw -q -o -B -ntp test -Dtest=SharingBenchmark -Dsurefire.failIfNoSpecifiedTests=false >/dev/null

cat > bench/SHARING.md <<REPORT
# Sharing decision point

Measured by \`bench/sharing.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet -- src/main 2>/dev/null || echo ' (src/main changed since)')
($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), embedded PostgreSQL on the same machine).

$(cat target/sharing-bench.txt)

One thread; a probation officer on a youth's team (open case) with the youth's consent to share
CSE status, cycling through the 14 categories for treatment. \`decide()\` runs inside one county
transaction, as a page or API request would call it: the rules come from the cache (versions never
change; the newest version is re-checked at most every 30 s), team membership, the youth's consents
and break-glass are read fresh in one SQL statement, so revocation and leaving take effect at once.
Pages that show many sections call \`visibleCategories\`/\`decideAll\`: one read for all 14 categories.
Load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg) (a quiet machine shows less than 1).
REPORT
cat bench/SHARING.md
