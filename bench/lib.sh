# Shared by the bench scripts, which source it after `cd` to the project root.
#
# cleanup: stops the server whose pid is in $SERVER, if any, and removes $WORK unless $KEEP_WORK is set;
# a script sets `trap cleanup EXIT` once it has made $WORK.
# stats MS...: the median (min–max) in seconds of the milliseconds given.

SERVER=
cleanup() {
  [ -z "$SERVER" ] || { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}

stats() {
  tr ' ' '\n' <<< "$1" | grep . | sort -n |
    awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      printf "%.1f s (%.1f–%.1f)", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}
