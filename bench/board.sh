#!/usr/bin/env bash
# The board's views at scale (issue 20, item 5): generates an authority (or takes a store already
# imported), serves it, and times with curl what the /network page asks for: the agency network,
# the biggest agency's first page of children, the pair sharing the most children, a pair small
# enough to draw its people, a refusal above the cap, and the children list with a search. Each
# request runs once to warm up, then ROUNDS times; prints the median and range, and the answer's
# size. Timed as an ANALYST and as a REVIEWER (whose answers are coded).
#
# Usage: bench/board.sh [CHILDREN] [ROUNDS]   (defaults 30000 and 5)
#   DB=path/to/db      use a store imported before instead of generating and importing one
#   JAR=path/to/jar    time another build (default target/sgnet.jar)
#   HEAP (6g), PORT (18481)
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
CHILDREN=${1:-30000}
ROUNDS=${2:-5}
JAR=${JAR:-target/sgnet.jar}
PORT=${PORT:-18481}
HEAP=${HEAP:-6g}
[ -f "$JAR" ] || { echo "no $JAR: build it with ./mvnw package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d -t sgnet-board.XXXXXX)
trap cleanup EXIT

if [ -z "${DB:-}" ]; then
  DB="$WORK/db"
  java -jar "$JAR" generate --children "$CHILDREN" --seed 7 --out "$WORK/bundle" | tail -1
  java -Xmx"$HEAP" -jar "$JAR" import "$WORK/bundle" --db "$DB" 2>/dev/null | tail -1
fi
PASSWORD="board-bench-$RANDOM$RANDOM"
for role in analyst reviewer; do
  echo "$PASSWORD" | java -jar "$JAR" user add "board-$role" --role "${role^^}" --password-stdin --db "$DB" >/dev/null
done
java -Xmx"$HEAP" -jar "$JAR" serve --db "$DB" --port "$PORT" > "$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 900); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.out"; exit 1; }
  sleep 0.2
done
BASE="http://127.0.0.1:$PORT"

get() { # role path -> "status seconds bytes"
  curl -s -u "board-$1:$PASSWORD" -o "$WORK/answer" -w '%{http_code} %{time_total} %{size_download}' "$BASE$2"
}

stats() { # seconds... -> median (min–max)
  tr ' ' '\n' <<< "$1" | grep . | sort -n |
    awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "%.2f s (%.2f–%.2f)", m, v[1], v[NR] }'
}

time_it() { # role label path
  local first times="" status bytes
  read -r status first bytes <<< "$(get "$1" "$3")"
  for _ in $(seq 1 "$ROUNDS"); do
    read -r status t bytes <<< "$(get "$1" "$3")"
    times+="$t "
  done
  printf '| %s | %s | %s | %s | %.2f s | %s |\n' "$2" "$1" "$status" "$(stats "$times")" "$first" "$bytes"
}

# The first answer after UP (the server's warm-up reads the board once), then the selections to
# time, picked from the network's own answer.
read -r _ FIRST _ <<< "$(get analyst /api/board/network)"
read -r BIG PAIR SMALL < <(python3 - "$WORK/answer" <<'EOF'
import json, sys
n = json.load(open(sys.argv[1]))
big = max(n['agencies'], key=lambda a: a['children'])['id']
links = sorted(n['links'], key=lambda l: -l['sharedChildren'])
pair = links[0]
small = next(l for l in links if 0 < l['sharedChildren'] <= 40)
print(big, f"agency={pair['a']}&other={pair['b']}", f"agency={small['a']}&other={small['b']}")
EOF
)
read -r _ _ AGENCIES < <(python3 -c "import json,sys; n=json.load(open('$WORK/answer')); print(0, 0, f\"{len(n['agencies'])} agencies, {len(n['links'])} pairs, {sum(l['silo'] for l in n['links'])} silos\")")

get analyst "/api/children?size=1" > /dev/null
Q=$(python3 -c "import json; print(json.load(open('$WORK/answer'))['items'][0]['id'][-5:])")
echo "board views: $AGENCIES; the first /api/board/network after UP took ${FIRST} s;"
echo "$(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) before"
echo
echo "| request | role | status | ${ROUNDS} warm runs: median (range) | first | bytes |"
echo "|---|---|---|---|---|---|"
for role in analyst reviewer; do
  time_it "$role" "\`/network\` (the page)" "/network"
  time_it "$role" "\`/api/board/network\`" "/api/board/network"
  time_it "$role" "\`/api/board/children\` biggest agency, page 1" "/api/board/children?agency=$BIG"
  time_it "$role" "\`/api/board/children\` biggest pair, page 1" "/api/board/children?$PAIR"
  time_it "$role" "\`/api/board/people\` a pair of at most 40 children" "/api/board/people?$SMALL"
  time_it "$role" "\`/api/board/people\` biggest agency (refused: cap)" "/api/board/people?agency=$BIG"
  time_it "$role" "\`/api/children\` page 1 (the children page)" "/api/children?size=50"
  time_it "$role" "\`/api/children?q=\` search (part of an id)" "/api/children?q=$Q&size=50"
done
echo
echo "load $(cut -d' ' -f1 /proc/loadavg) after"
