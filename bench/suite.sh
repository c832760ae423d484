#!/usr/bin/env bash
# The benchmark suite (issue 7): one command that measures, side by side on one generated
# network, the import (batch sizes, embedded vs over Bolt), the rule catalogue on both engines
# (whole network and one child, per rule), the projection's memory (JGraphT vs CSR), the JGraphT
# engine and the import in a warm JVM under JMH, and the HTTP API under wrk; it writes one
# markdown report.
#
# Usage: bench/suite.sh [CHILDREN] [REPORT]
#   CHILDREN  size of the generated network (default 30000: the local-authority scale "M")
#   REPORT    the markdown file to write (default: bench/results-CHILDREN.md)
# Environment: WORK (a folder to keep everything in), WRK_DURATION (60s), SKIP ("jmh api").
# Needs: a JDK (jstat), wrk and curl. Takes about 30 minutes at 30,000 children on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
CHILDREN=${1:-30000}
REPORT=${2:-bench/results-$CHILDREN.md}
WORK=${WORK:-$(mktemp -d -t sgnet-suite.XXXXXX)}
SKIP=${SKIP:-}
mkdir -p "$WORK"
./mvnw -B -q package -DskipTests
JAR=target/sgnet.jar

{
  echo "# sgnet benchmark suite: $CHILDREN children"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) at commit $(git rev-parse --short HEAD) by \`bench/suite.sh $CHILDREN\`."
  echo
  echo "## Machine"
  echo
  echo '```'
  grep -m1 'model name' /proc/cpuinfo || true
  echo "nproc: $(nproc)"
  free -g | sed -n 1,2p
  java -version 2>&1
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo '```'
  echo
  echo "## Import"
  echo
  NO_MACHINE=1 CHILDREN=$CHILDREN EVENTS_PER_YEAR=10 SEED=7 KEEP=10000 BOLT_BATCH=10000 \
    bench/import.sh "$WORK"
  echo
  echo "## Rule catalogue"
  echo
  echo "\`sgnet bench-rules --db STORE --child c1 --runs 3\` (best of 3 after a first run that plans):"
  echo
  echo '```'
  java -Xmx16g -jar "$JAR" bench-rules --db "$WORK/db-10000" --child c1 --runs 3 2>/dev/null
  echo '```'
  echo
  echo "## Projection memory"
  echo
  bench/jmh.sh memory "$CHILDREN"
  echo
  if [[ $SKIP != *jmh* ]]; then
    echo "## JGraphT engine (JMH, average time per operation)"
    echo
    echo '```'
    bench/jmh.sh -p children="$CHILDREN" RulesBenchmark 2>&1 | sed -n '/^Benchmark /,$p'
    echo '```'
    echo
    echo "## Import in a process that has imported before (JMH, seconds per import)"
    echo
    echo '```'
    bench/jmh.sh -p children="$CHILDREN" -p seed=7 -p eventsPerYear=10 -wi 2 -i 3 ImportBenchmark \
      2>&1 | grep -E 'rows/s|^Benchmark |^ImportBenchmark'
    echo '```'
    echo
  fi
  if [[ $SKIP != *api* ]]; then
    echo "## HTTP API: GET /api/children/{id}/network under wrk, audit on"
    echo
    echo '```'
    bench/api-load.sh "$WORK/db-10000" "${WRK_DURATION:-60s}" 16 2>&1 \
      | grep -E 'Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx|Socket errors|Audit lines|intact'
    echo '```'
  fi
  echo
  echo "Work folder (bundle, stores, logs): $WORK"
} | tee "$REPORT"
