#!/usr/bin/env bash
# Import benchmark (issue 2, item 7): generates a bundle of about 30,000 people and 100,000
# events, imports it into a fresh embedded store at UNWIND batch sizes 1k, 10k and 50k, and
# prints rows/s (from `sgnet import`) and peak heap (the most used heap sampled by jstat every
# 200 ms) as a markdown table, after the machine's description.
#
# Usage: bench/import.sh [WORKDIR]
#   WORKDIR  where the bundle, stores and logs go (default: a new temporary folder)
# Environment:
#   CHILDREN (13000), EVENTS_PER_YEAR (2.5), SEED (1)  the generated bundle
#   BATCHES ("1000 10000 50000")                       the batch sizes to try
#   JAVA_OPTS                                          extra JVM options for the import
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=target/sgnet.jar
WORK=${1:-$(mktemp -d -t sgnet-bench.XXXXXX)}
CHILDREN=${CHILDREN:-13000}
EVENTS_PER_YEAR=${EVENTS_PER_YEAR:-2.5}
SEED=${SEED:-1}
BATCHES=${BATCHES:-"1000 10000 50000"}
mkdir -p "$WORK"

if [[ ! -f $JAR ]]; then
  echo "Building $JAR ..." >&2
  ./mvnw -B -q package -DskipTests
fi
command -v jstat >/dev/null || { echo "jstat (from the JDK) is needed for peak heap" >&2; exit 1; }

echo "## Machine"
echo
echo '```'
echo "nproc: $(nproc)"
free -g | sed -n 1,2p
java -version 2>&1
echo '```'
echo

BUNDLE=$WORK/bundle
rm -rf "$BUNDLE"
java -jar "$JAR" generate --children "$CHILDREN" --seed "$SEED" \
  --events-per-year "$EVENTS_PER_YEAR" --out "$BUNDLE" | sed 's/^/    /'
echo

echo "| batch size | rows | seconds | rows/s | peak heap used (MiB) |"
echo "|---:|---:|---:|---:|---:|"
for batch in $BATCHES; do
  db=$WORK/db-$batch
  rm -rf "$db"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -Xlog:gc:file="$WORK/gc-$batch.log" -jar "$JAR" import "$BUNDLE" \
    --db "$db" --batch-size "$batch" >"$WORK/import-$batch.out" 2>"$WORK/import-$batch.err" &
  pid=$!
  peak=0
  while kill -0 "$pid" 2>/dev/null; do
    # Used heap in KiB: survivor 0 and 1, eden and old generation (columns S0U S1U EU OU).
    used=$(jstat -gc "$pid" 2>/dev/null | awk 'NR == 2 { printf "%d", $3 + $4 + $6 + $8 }' || true)
    if [[ -n $used && $used -gt $peak ]]; then peak=$used; fi
    sleep 0.2
  done
  if ! wait "$pid"; then
    echo "import with --batch-size $batch failed; see $WORK/import-$batch.err:" >&2
    tail -5 "$WORK/import-$batch.err" >&2
    exit 1
  fi
  # The import prints: "... (12,345 rows/s, 18.9 s)".
  line=$(grep -o '([0-9,]* rows/s, [0-9.]* s)' "$WORK/import-$batch.out")
  rate=$(sed -E 's/\(([0-9,]+) rows\/s.*/\1/' <<<"$line")
  secs=$(sed -E 's/.*, ([0-9.]+) s\)/\1/' <<<"$line")
  rows=$(grep -o 'Imported [0-9,]* agencies, [0-9,]* people, [0-9,]* ties and [0-9,]* events' \
    "$WORK/import-$batch.out" | grep -o '[0-9][0-9,]*' | tr -d , | paste -sd+ | bc)
  echo "| $batch | $rows | $secs | $rate | $((peak / 1024)) |"
  rm -rf "$db"
done
echo
echo "Bundle, logs and GC logs: $WORK"
