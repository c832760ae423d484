#!/usr/bin/env bash
# Sustained mixed load (issue 18, item 5): generates an authority, imports it, creates one user
# per role, serves it with the audit trail on, and runs `sgnet bench-load` against it: reviewers
# opening children's pages, tools polling findings, analysts running named and ad-hoc queries, and
# one re-import of the whole bundle over HTTP half way through. Prints per-endpoint throughput and
# latency, the server's heap (jstat), the machine's load before and after, and verifies the audit
# log once the server has stopped.
#
# Usage: bench/load.sh [WORKDIR]
#   WORKDIR  where the bundle, store, audit log and outputs go (default: a new temporary folder)
# Environment:
#   CHILDREN (10000), SEED (7)      the generated authority
#   DURATION (10m)                  how long the users run
#   REVIEWERS (4), TOOLS (2), ANALYSTS (2), THINK (2s)   the users and their mean pause
#   HEAP (4g)                       the server's -Xmx
#   JAR (target/sgnet.jar)          the build to run (a copy keeps a long run apart from rebuilds)
# Everything runs on this machine; the server binds to loopback.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/sgnet.jar}
WORK=${1:-$(mktemp -d -t sgnet-load.XXXXXX)}
CHILDREN=${CHILDREN:-10000}
SEED=${SEED:-7}
DURATION=${DURATION:-10m}
HEAP=${HEAP:-4g}
PORT=${PORT:-18081}
mkdir -p "$WORK"
[[ -f $JAR ]] || ./mvnw -B -q package -DskipTests
command -v jstat >/dev/null || { echo "jstat (from the JDK) is needed for the heap" >&2; exit 1; }

SERVER=
cleanup() {
  [[ -z $SERVER ]] || { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
rm -rf "$WORK/bundle" "$WORK/db"
java -jar "$JAR" generate --children "$CHILDREN" --seed "$SEED" --out "$WORK/bundle" | tail -1
start=$(date +%s)
java -Xmx"$HEAP" -jar "$JAR" import "$WORK/bundle" --db "$WORK/db" 2>"$WORK/import.err" | tail -2
echo "import: $(( $(date +%s) - start )) s for the whole command"

PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
for role in admin analyst reviewer tool; do
  printf '%s\n' "$PASSWORD" |
    java -jar "$JAR" user add "load-$role" --role "$role" --password-stdin --db "$WORK/db" >/dev/null
done

java -Xmx"$HEAP" -jar "$JAR" serve --db "$WORK/db" --port "$PORT" --audit-log "$WORK/audit.log" \
  >"$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $WORK/serve.out" >&2; exit 1; }
  sleep 1
done

echo "load before: $(uptime)"
status=0
printf '%s\n' "$PASSWORD" |
  java -jar "$JAR" bench-load --url "http://127.0.0.1:$PORT" --duration "$DURATION" \
    --reviewers "${REVIEWERS:-4}" --tools "${TOOLS:-2}" --analysts "${ANALYSTS:-2}" \
    --think "${THINK:-2s}" --import "$WORK/bundle" --server-pid "$SERVER" \
    --password-stdin | tee "$WORK/load.md" || status=$?
echo "load after: $(uptime)"

kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=
verify=$(java -jar "$JAR" audit verify --audit-log "$WORK/audit.log" 2>&1) || status=1
echo "audit verify after the server stopped: $verify"
echo "work folder: $WORK"
exit "$status"
