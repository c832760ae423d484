#!/usr/bin/env bash
# HTTP load benchmark (issue 4, item 5): GET /api/children/{id}/network under wrk, with the audit
# trail on, on a store you give (a generated local-authority-scale network, see below).
#
# Usage: bench/api-load.sh DB [DURATION] [CONNECTIONS]
#   DB           an embedded store directory holding a network (e.g. made by:
#                  java -jar target/sgnet.jar generate --children 30000 --seed 7 --out /tmp/m/bundle
#                  java -Xmx16g -jar target/sgnet.jar import /tmp/m/bundle --db /tmp/m/db)
#   DURATION     wrk duration (default 60s)
#   CONNECTIONS  concurrent connections (default 16)
# Needs wrk (Debian package 'wrk'). The server binds to loopback; the load never leaves the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:?usage: bench/api-load.sh DB [DURATION] [CONNECTIONS]}
DURATION=${2:-60s}
CONNECTIONS=${3:-16}
JAR=target/sgnet.jar
PORT=${PORT:-18080}
WORK=$(mktemp -d -t sgnet-load.XXXXXX)
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

# A TOOL user for the load, with a random password (the users file lives with the store).
PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
printf '%s\n' "$PASSWORD" | java -jar "$JAR" user add load-tool --role TOOL --password-stdin --db "$DB" >/dev/null

java -Xmx4g -jar "$JAR" serve --db "$DB" --port "$PORT" --audit-log "$WORK/audit.log" >"$WORK/serve.out" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  sleep 1
done

TOKEN=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"load-tool\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

# Children to ask for: a spread over the first page of ids.
IDS=$(curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/children?size=1000" \
  | grep -o '"id":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ')
cat >"$WORK/network.lua" <<LUA
local ids = {}
for id in string.gmatch("$IDS", "%S+") do table.insert(ids, id) end
local i = 0
request = function()
  i = i % #ids + 1
  return wrk.format("GET", "/api/children/" .. ids[i] .. "/network", {["Authorization"] = "Bearer $TOKEN"})
end
LUA

# Warm up, then measure.
wrk -t2 -c"$CONNECTIONS" -d10s -s "$WORK/network.lua" "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/network.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
echo
echo "Audit lines written: $(wc -l <"$WORK/audit.log")"
java -jar "$JAR" audit verify --audit-log "$WORK/audit.log"
java -jar "$JAR" user remove load-tool --db "$DB" >/dev/null
echo "Work folder: $WORK"
