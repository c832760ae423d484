#!/usr/bin/env bash
# Start-up benchmark (issue 19, item 7; issue 20, item 1): fresh commands on the Child J demo
# store, each run through the start script (target/sgnet, with the class-data archive) and through
# plain `java -jar target/sgnet.jar`, alternating, ROUNDS times; prints the median and the range of
# the wall-clock seconds of each as a markdown table.
#
# Usage: bench/startup.sh [ROUNDS]   (default 5; builds target/sgnet if missing)
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-5}
[ -x target/sgnet ] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d -t sgnet-startup.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/db"
target/sgnet import src/main/resources/demo/child-j --db "$DB" > /dev/null

COMMANDS=("--version" "show child-j" "analyse --child child-j" "analyse")
declare -A TIMES
for _ in $(seq 1 "$ROUNDS"); do
  for i in "${!COMMANDS[@]}"; do
    for mode in script plain; do
      read -r -a args <<< "${COMMANDS[$i]}"
      [ "${args[0]}" = "--version" ] || args+=(--db "$DB")
      if [ "$mode" = script ]; then run=(target/sgnet); else run=(java -jar target/sgnet.jar); fi
      start=$(date +%s%N)
      "${run[@]}" "${args[@]}" > /dev/null
      end=$(date +%s%N)
      TIMES[$i,$mode]+="$(( (end - start) / 1000000 )) "
    done
  done
done

echo "| command (${ROUNDS} runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end) | \`target/sgnet\` | \`java -jar target/sgnet.jar\` |"
echo "|---|---|---|"
for i in "${!COMMANDS[@]}"; do
  echo "| \`${COMMANDS[$i]}\` | $(stats "${TIMES[$i,script]}") | $(stats "${TIMES[$i,plain]}") |"
done
