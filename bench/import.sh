#!/usr/bin/env bash
# Import benchmark (issue 2, item 7): generates a bundle of about 30,000 people and 100,000
# events, imports it into a fresh embedded store at UNWIND batch sizes 1k, 10k and 50k, and
# prints rows/s (from `sgnet import`) and peak heap (the most used heap sampled by one jstat every
# 200 ms) as a markdown table, after the machine's description.
#
# Usage: bench/import.sh [WORKDIR]
#   WORKDIR  where the bundle, stores and logs go (default: a new temporary folder)
# Environment:
#   CHILDREN (13000), EVENTS_PER_YEAR (2.5), SEED (1)  the generated bundle
#   BATCHES ("1000 10000 50000")                       the batch sizes to try
#   TRANSACTIONS (auto)                                sgnet import --transactions
#   BOLT_BATCH (unset)                                 also import at this batch size from a
#                                                      second process, over Bolt, into a store
#                                                      that `sgnet serve` holds
#   KEEP (unset)                                       keep the store of this batch size
#   JAVA_OPTS                                          extra JVM options for the import
#   NO_MACHINE (unset)                                 leave out the machine's description
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=target/sgnet.jar
WORK=${1:-$(mktemp -d -t sgnet-bench.XXXXXX)}
CHILDREN=${CHILDREN:-13000}
EVENTS_PER_YEAR=${EVENTS_PER_YEAR:-2.5}
SEED=${SEED:-1}
BATCHES=${BATCHES:-"1000 10000 50000"}
TRANSACTIONS=${TRANSACTIONS:-auto}
mkdir -p "$WORK"

if [[ ! -f $JAR ]]; then
  echo "Building $JAR ..." >&2
  ./mvnw -B -q package -DskipTests
fi
command -v jstat >/dev/null || { echo "jstat (from the JDK) is needed for peak heap" >&2; exit 1; }

if [[ -z ${NO_MACHINE:-} ]]; then
  echo "## Machine"
  echo
  echo '```'
  echo "nproc: $(nproc)"
  free -g | sed -n 1,2p
  java -version 2>&1
  echo '```'
  echo
fi

BUNDLE=$WORK/bundle
rm -rf "$BUNDLE"
java -jar "$JAR" generate --children "$CHILDREN" --seed "$SEED" \
  --events-per-year "$EVENTS_PER_YEAR" --out "$BUNDLE" | sed 's/^/    /'
echo

# run_import NAME [IMPORT OPTIONS...]: runs `sgnet import` on the bundle, sampling the importing
# JVM's heap, and prints a table row.
run_import() {
  local name=$1
  shift
  # With -Xlog the jar's launcher steps aside (README, "Start-up"): the import runs in this very
  # JVM, which jstat can then sample, without the class-data archive (3-4 s of start-up).
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -Xlog:gc:file="$WORK/gc-$name.log" -jar "$JAR" import "$BUNDLE" \
    --transactions "$TRANSACTIONS" "$@" >"$WORK/import-$name.out" 2>"$WORK/import-$name.err" &
  local pid=$! peak
  # One jstat attached for the whole run, sampling every 200 ms (a jstat per sample would start a
  # JVM five times a second and take a core from the import it measures).
  # It is retried until the new JVM accepts it.
  (until jstat -gc "$pid" 200 2>/dev/null; do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.1; done) \
    >"$WORK/jstat-$name.txt" &
  local sampler=$!
  if ! wait "$pid"; then
    kill "$sampler" 2>/dev/null || true
    echo "import $name failed; see $WORK/import-$name.err:" >&2
    tail -5 "$WORK/import-$name.err" >&2
    exit 1
  fi
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  # Used heap in KiB: survivor 0 and 1, eden and old generation (columns S0U S1U EU OU).
  peak=$(awk '$1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%d", m }' \
    "$WORK/jstat-$name.txt")
  # The import prints: "... (12,345 rows/s, 18.9 s)".
  local line rate secs rows
  line=$(grep -o '([0-9,]* rows/s, [0-9.]* s)' "$WORK/import-$name.out")
  rate=$(sed -E 's/\(([0-9,]+) rows\/s.*/\1/' <<<"$line")
  secs=$(sed -E 's/.*, ([0-9.]+) s\)/\1/' <<<"$line")
  rows=$(grep -o 'Imported [0-9,]* agencies, [0-9,]* people, [0-9,]* ties and [0-9,]* events' \
    "$WORK/import-$name.out" | grep -o '[0-9][0-9,]*' | tr -d , | paste -sd+ | bc)
  echo "| $name | $rows | $secs | $rate | $((peak / 1024)) |"
}

echo "| import (batch size, transactions: $TRANSACTIONS) | rows | seconds | rows/s | peak heap of the importing JVM (MiB) |"
echo "|---|---:|---:|---:|---:|"
for batch in $BATCHES; do
  db=$WORK/db-$batch
  rm -rf "$db"
  run_import "$batch" --db "$db" --batch-size "$batch"
  [[ ${KEEP:-} == "$batch" ]] || rm -rf "$db"
done
if [[ -n ${BOLT_BATCH:-} ]]; then
  # The same store, held by a server process; the import reaches it over Bolt on loopback.
  db=$WORK/db-bolt
  rm -rf "$db"
  bolt_port=${BOLT_PORT:-17687}
  http_port=${HTTP_PORT:-18081}
  java -jar "$JAR" serve --db "$db" --port "$http_port" --bolt-port "$bolt_port" \
    >"$WORK/serve-bolt.out" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$http_port/health" >/dev/null && break
    sleep 1
  done
  SGNET_STORE_USERNAME=neo4j SGNET_STORE_PASSWORD=$(cat "$db/bolt-password") \
    run_import "$BOLT_BATCH over Bolt" --uri "bolt://127.0.0.1:$bolt_port" --batch-size "$BOLT_BATCH"
  kill "$server"
  wait "$server" 2>/dev/null || true
  rm -rf "$db"
fi
echo
echo "Bundle, logs and GC logs: $WORK"
