#!/usr/bin/env bash
# First touch of a served store (issue 20, item 1): starts `target/sgnet demo`, waits until
# /health says UP, then times the first requests a reviewer's pages make, each once, in order:
# the whole catalogue's findings, Child J's findings, network and timeline, and the children list.
# Prints the seconds from the start to UP and the seconds of each first request; ROUNDS times.
#
# Usage: bench/first-touch.sh [ROUNDS]   (default 3; builds target/sgnet if missing)
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
[ -x target/sgnet ] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d -t sgnet-first.XXXXXX)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PATHS=("/api/findings" "/api/findings?child=child-j" "/api/children/child-j/network"
  "/api/children/child-j/timeline" "/api/children?size=50")
echo "| round | start to UP | $(printf '%s | ' "${PATHS[@]}")"
echo "|---|---|$(printf -- '---|%.0s' "${PATHS[@]}")"
for round in $(seq 1 "$ROUNDS"); do
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  target/sgnet demo --port "$PORT" > "$WORK/out.txt" 2> "$WORK/err.txt" &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health")" = 200 ]; do
    sleep 0.05
  done
  up=$(( ($(date +%s%N) - start) / 1000000 ))
  PASSWORD=$(sed -n 's/^  analyst \/ \([^ ]*\) .*/\1/p' "$WORK/out.txt")
  row="| $round | $(awk -v m="$up" 'BEGIN { printf "%.1f s", m / 1000 }') |"
  for path in "${PATHS[@]}"; do
    t=$(curl -s -o /dev/null -w '%{time_total}' -u "analyst:$PASSWORD" "http://127.0.0.1:$PORT$path")
    row+=" $(awk -v t="$t" 'BEGIN { printf "%.2f s", t }') |"
  done
  echo "$row"
  kill "$PID"; wait "$PID" 2>/dev/null || true
done
