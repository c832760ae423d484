#!/usr/bin/env bash
# Fresh commands on the Child J demo store, opened by the command itself and then through a running
# `sgnet serve` of the same data directory (issue 20, item 1). Runs each command ROUNDS times in
# each mode with plain `java -jar` and prints the median and range of the wall-clock seconds.
#
# Usage: bench/served.sh [ROUNDS]   (default 3; JAR=path/to/sgnet.jar to time another build)
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
ROUNDS=${1:-3}
JAR=${JAR:-target/sgnet.jar}
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
WORK=$(mktemp -d -t sgnet-served.XXXXXX)
trap cleanup EXIT
DB="$WORK/db"
java -jar "$JAR" import src/main/resources/demo/child-j --db "$DB" > /dev/null

COMMANDS=("show child-j" "analyse --child child-j" "analyse")


declare -A TIMES
time_all() { # mode
  for _ in $(seq 1 "$ROUNDS"); do
    for i in "${!COMMANDS[@]}"; do
      read -r -a args <<< "${COMMANDS[$i]}"
      start=$(date +%s%N)
      java -jar "$JAR" "${args[@]}" --db "$DB" > /dev/null
      end=$(date +%s%N)
      TIMES[$i,$1]+="$(( (end - start) / 1000000 )) "
    done
  done
}

time_all alone
java -jar "$JAR" serve --db "$DB" --port 0 > "$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  grep -q "sgnet serving" "$WORK/serve.out" && break
  sleep 0.2
done
grep -q "sgnet serving" "$WORK/serve.out" || { cat "$WORK/serve.out"; exit 1; }
time_all served

echo "| command (${ROUNDS} runs each, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at the end) | store opened by the command | through \`sgnet serve\` |"
echo "|---|---|---|"
for i in "${!COMMANDS[@]}"; do
  echo "| \`${COMMANDS[$i]}\` | $(stats "${TIMES[$i,alone]}") | $(stats "${TIMES[$i,served]}") |"
done
