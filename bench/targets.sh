#!/usr/bin/env bash
# Issue 20's targets, each measured ROUNDS times (median and range of the wall-clock seconds) and
# set beside its target in one markdown table: fresh commands on the Child J demo store, opened by
# the command itself and through a running `sgnet serve` of the same directory; then a fresh
# import of a generated M network (30,000 children, seed 7) into a new store (`--method bulk`, what
# `auto` picks at that size, so that the importer's own time gives the ratio), and a fresh `analyse`
# of it. Everything runs through the start script, as a user runs it. Run it on a quiet machine:
# the load average at the start and at the end is printed under the table.
#
# Usage: bench/targets.sh [ROUNDS] [CHILDREN]   (defaults 5 and 30000; builds target/sgnet if
#        missing; WORK=DIR keeps the generated bundle and stores there, else a temporary folder)
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-5}
CHILDREN=${2:-30000}
[ -x target/sgnet ] || ./mvnw -B -q package -DskipTests
KEEP_WORK=${WORK:+yes}
WORK=${WORK:-$(mktemp -d -t sgnet-targets.XXXXXX)}
mkdir -p "$WORK"
trap cleanup EXIT
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

timed() { # prints the milliseconds a command takes; its output goes to $WORK/out.txt
  local start end
  start=$(date +%s%N)
  "$@" > "$WORK/out.txt"
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

rows=()
DEMO="$WORK/demo"
rm -rf "$DEMO"
target/sgnet import src/main/resources/demo/child-j --db "$DEMO" > /dev/null
CASE=("show child-j|2" "analyse --child child-j|3" "analyse|4")
time_case() { # times each case-size command ROUNDS times; $1 says how the store was reached
  for entry in "${CASE[@]}"; do
    read -r -a args <<< "${entry%|*}"
    ms=""
    for _ in $(seq 1 "$ROUNDS"); do ms+="$(timed target/sgnet "${args[@]}" --db "$DEMO") "; done
    rows+=("| case: \`${entry%|*}\`, $1 | ≤ ${entry#*|} s | $(stats "$ms") |")
  done
}
time_case "store opened by the command"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
target/sgnet serve --db "$DEMO" --port "$PORT" > "$WORK/serve.txt" 2>&1 &
SERVER=$!
until [ -f "$DEMO/bolt-served" ] && curl -sf "http://127.0.0.1:$PORT/health" > /dev/null; do
  sleep 0.2
done
time_case "through \`sgnet serve\`"
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=

BUNDLE="$WORK/bundle-$CHILDREN"
[ -f "$BUNDLE/events.csv" ] ||
  target/sgnet generate --children "$CHILDREN" --seed 7 --out "$BUNDLE" > /dev/null
ms=""
importer=""
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/m-$round"
  ms+="$(timed target/sgnet import "$BUNDLE" --db "$WORK/m-$round" --method bulk 2> "$WORK/import.err") "
  # The bulk importer's own time, which the command logs, for the ratio of the two.
  importer+="$(sed -n 's/.*bulk importer wrote [0-9]* rows in \([0-9]*\) ms.*/\1/p' \
    "$WORK/import.err") "
  [ "$round" = 1 ] || rm -rf "$WORK/m-$round"
done
rows+=("| M: \`import\` into a new store ($CHILDREN children) | ≤ 30 s | $(stats "$ms") |")
rows+=("| M: of which Neo4j's bulk importer | | $(stats "$importer") |")
ratio=$(paste -d' ' <(tr ' ' '\n' <<< "$ms" | grep .) <(tr ' ' '\n' <<< "$importer" | grep .) |
  awk '{ printf "%.3f\n", $1 / $2 }' | sort -n |
  awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%.1f (%.1f–%.1f)", m, v[1], v[NR] }')
rows+=("| M: whole command ÷ bulk importer | | $ratio |")
ms=""
for _ in $(seq 1 "$ROUNDS"); do ms+="$(timed target/sgnet analyse --db "$WORK/m-1" --format json) "; done
rows+=("| M: \`analyse\`, whole catalogue ($(grep -o '"rule"' "$WORK/out.txt" | wc -l) findings) | ≤ 20 s | $(stats "$ms") |")

echo "| what (${ROUNDS} fresh runs each, $(nproc) cores) | target | median (range) |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Load average at the start $LOAD_START, at the end $(cut -d' ' -f1-3 /proc/loadavg)."
