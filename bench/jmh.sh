#!/usr/bin/env bash
# In-process benchmarks (issue 7): JMH over the JGraphT engine and the projection's graph
# representations (RulesBenchmark), the import in a JVM that has imported before
# (ImportBenchmark), and the projection's heap per edge.
#
# Usage: bench/jmh.sh [JMH OPTIONS...] [BENCHMARK]
#          e.g. bench/jmh.sh -p children=30000 RulesBenchmark
#               bench/jmh.sh ImportBenchmark -p transactions=ONE
#        bench/jmh.sh memory [CHILDREN]      heap per edge, JGraphT default graph vs CSR
# Builds the test classes (JMH's annotation processor generates the benchmarks) and runs them
# from them; nothing here runs in the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Dsgnet.web.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [[ ${1:-} == memory ]]; then
  exec java -Xmx8g -cp "$CP" org.sgnet.bench.ProjectionMemory "${2:-30000}"
fi
exec java -cp "$CP" org.openjdk.jmh.Main "$@"
