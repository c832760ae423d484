#!/usr/bin/env bash
# Machine-independent figures (issue 20, item 2): in one run, on one generated network, the ratio
# of sgnet's `import` command to the Neo4j bulk importer's own time inside it, and the ratio of a
# fresh `sgnet analyse` command (the whole catalogue) to bench/plain_rules.py, a plain Python
# script computing the same fifteen rules straight over the same CSVs. Both sides of each ratio
# run on the same machine at the same time, so the ratios hold where absolute seconds do not.
# It also checks that the script and sgnet find the same things (exit 1 when they do not).
#
# Usage: bench/ratio.sh [CHILDREN] [WORKDIR]
#   CHILDREN  children of the generated network (default 30000, the M network; seed 7)
#   WORKDIR   where the bundle, the store and the outputs go (default: a new temporary folder)
# Environment: RUNS (3), how many times each side of the catalogue ratio runs (median taken).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SGNET=$ROOT/target/sgnet
CHILDREN=${1:-30000}
WORK=${2:-$(mktemp -d -t sgnet-ratio.XXXXXX)}
RUNS=${RUNS:-3}
[[ -x $SGNET ]] || { echo "$SGNET is missing: build it with ./mvnw package -DskipTests" >&2; exit 1; }
mkdir -p "$WORK"
BUNDLE=$WORK/bundle
DB=$WORK/db
rm -rf "$BUNDLE" "$DB"

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
load() { uptime | sed 's/.*load average: //'; }

load_before=$(load)
"$SGNET" generate --children "$CHILDREN" --seed 7 --out "$BUNDLE" >"$WORK/generate.out"

started=$(now)
"$SGNET" import "$BUNDLE" --db "$DB" --method bulk >"$WORK/import.out" 2>"$WORK/import.err"
import_s=$(seconds "$started" "$(now)")
# The import says "written by Neo4j's bulk importer in 15.5 s".
importer_s=$(grep -o "bulk importer in [0-9.]* s" "$WORK/import.out" | grep -o '[0-9.]*')
rows=$(grep -o 'Imported [0-9,]* agencies, [0-9,]* people, [0-9,]* ties and [0-9,]* events' \
  "$WORK/import.out" | grep -o '[0-9][0-9,]*' | tr -d , | paste -sd+ | bc)

sgnet_times=()
plain_times=()
plain_own=()
for run in $(seq 1 "$RUNS"); do
  # Alternating, so that a change in the machine's load falls on both sides.
  started=$(now)
  "$SGNET" analyse --db "$DB" --format json >"$WORK/sgnet-$run.json" 2>"$WORK/analyse-$run.err"
  sgnet_times+=("$(seconds "$started" "$(now)")")
  started=$(now)
  python3 "$ROOT/bench/plain_rules.py" "$BUNDLE" >"$WORK/plain-$run.json"
  plain_times+=("$(seconds "$started" "$(now)")")
  plain_own+=("$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["seconds"])' \
    "$WORK/plain-$run.json")")
done
load_after=$(load)

agree=yes
python3 "$ROOT/bench/plain_rules.py" --compare "$WORK/sgnet-1.json" "$WORK/plain-1.json" \
  >"$WORK/compare.md" || agree=no
findings=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["findings"]))' \
  "$WORK/sgnet-1.json")

sgnet_m=$(median "${sgnet_times[@]}")
plain_m=$(median "${plain_times[@]}")
own_m=$(median "${plain_own[@]}")
ratio() { echo "scale=1; $1 / $2" | bc; }
range() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { a = $1 } { b = $1 } END { printf "%.1f–%.1f", a, b }'; }

echo "Network: generate --children $CHILDREN --seed 7, $rows rows, $findings findings; $(nproc) cores"
echo
echo "| what | sgnet (s) | yardstick (s) | ratio sgnet / yardstick |"
echo "|---|---:|---:|---:|"
printf '| import into a new store: the whole `sgnet import --method bulk` command / Neo4j'"'"'s bulk importer inside it (one run) | %.1f | %.1f | **%s** |\n' \
  "$import_s" "$importer_s" "$(ratio "$import_s" "$importer_s")"
printf '| whole catalogue: a fresh `sgnet analyse --format json` / `bench/plain_rules.py` over the CSVs, whole command (median of %d; range %s and %s) | %.1f | %.1f | **%s** |\n' \
  "$RUNS" "$(range "${sgnet_times[@]}")" "$(range "${plain_times[@]}")" "$sgnet_m" "$plain_m" \
  "$(ratio "$sgnet_m" "$plain_m")"
printf '| whole catalogue, against the script'"'"'s own time (reading the CSVs and the rules, without starting Python) | %.1f | %.1f | %s |\n' \
  "$sgnet_m" "$own_m" "$(ratio "$sgnet_m" "$own_m")"
echo
echo "Same findings per rule (rule, children, agencies, event ids; severity, people, details): $agree"
echo "Load average before: $load_before; after: $load_after"
echo "Outputs in $WORK (compare.md: per-rule counts)"
[[ $agree == yes ]] || { cat "$WORK/compare.md"; exit 1; }
