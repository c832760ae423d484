#!/usr/bin/env bash
# The pages timed in a real browser at authority scale (issue 20, item 5): generates an authority
# (seed 7), imports it with the bulk importer, serves it, adds an analyst and a reviewer, and times
# in headless chromium every page they use (the children list: first page, a search, the next
# page; a child's page; the board view and one agency's children), each once untimed and then five
# times, from navigation start until the page's script has drawn it (PageTimings, the same code
# PageTimingsIT runs at CI size). Prints a markdown table; exits 1 when a median is over 2 s or a
# page logged a console error.
#
# Usage: bench/pages.sh [CHILDREN]   (default 30000)
#   DB=path/to/db      use a store imported before instead of generating and importing one
#   ROLES="analyst reviewer"   whom to time the pages as (each a user pages-ROLE)
#   HEAP (6g), PORT (18482)
# Needs target/sgnet (./mvnw package) and /usr/bin/chromium with chromedriver.
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
CHILDREN=${1:-30000}
PORT=${PORT:-18482}
HEAP=${HEAP:-6g}
ROLES=${ROLES:-analyst reviewer}
[ -x target/sgnet ] || { echo "no target/sgnet: build it with ./mvnw package -DskipTests" >&2; exit 1; }
./mvnw -B -q -Dsgnet.web.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/pages.classpath
CP="target/test-classes:target/classes:$(cat target/pages.classpath)"

WORK=$(mktemp -d -t sgnet-pages.XXXXXX)
trap cleanup EXIT

if [ -z "${DB:-}" ]; then
  DB="$WORK/db"
  target/sgnet generate --children "$CHILDREN" --seed 7 --out "$WORK/bundle" | tail -1
  JAVA_OPTS="-Xmx$HEAP" target/sgnet import "$WORK/bundle" --db "$DB" --method bulk 2>/dev/null | tail -1
  rm -rf "$WORK/bundle"
fi
PASSWORD="pages-bench-$RANDOM$RANDOM$RANDOM"
for role in analyst reviewer; do
  echo "$PASSWORD" | target/sgnet user add "pages-$role" --role "${role^^}" --password-stdin --db "$DB" >/dev/null
done
JAVA_OPTS="-Xmx$HEAP" target/sgnet serve --db "$DB" --port "$PORT" > "$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.out"; exit 1; }
  sleep 0.2
done

echo "$CHILDREN children (seed 7), \`sgnet serve\` -Xmx$HEAP; machine: $(uptime | sed 's/.*load/load/')"
USERS=()
for role in $ROLES; do USERS+=("pages-$role"); done
echo "$PASSWORD" | java -cp "$CP" org.sgnet.web.PageTimings "http://127.0.0.1:$PORT" "${USERS[@]}"
