#!/usr/bin/env bash
# Wall time and peak resident memory of whole claimdiff runs on generated article pairs, and
# the peak as a multiple of the input size (the issue's target: under 10x).
#
# For each size (sentences per article; default 1000 10000 20000) generates one pair
# (benches/support/corpus.rs) and runs `compare` in every format and `align` in JSON and table,
# reports to /dev/null, timed with /usr/bin/time. Also prints the process's own footprint
# (`compare` of two one-line files), which small inputs cannot go below.
#
# Usage: benches/memory.sh [SENTENCES ...]
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000 20000)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
binary=./target/release/claimdiff

# Runs one command; prints "label  seconds  peak  ratio".
measure() {
  local label="$1" bytes="$2"
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/.time" "$binary" "$@" > /dev/null 2>&1 || true
  # A non-zero exit (compare's findings) adds a line before the figures.
  read -r seconds peak_kb < <(tail -n 1 "$work/.time")
  awk -v label="$label" -v s="$seconds" -v kb="$peak_kb" -v bytes="$bytes" 'BEGIN {
    printf "%-42s %6.2f s %7.1f MiB %7.1fx\n", label, s, kb / 1024, kb * 1024 / bytes
  }'
}

printf 'one line\n' > "$work/a.txt"
printf 'Another line here.\n' > "$work/b.txt"
/usr/bin/time -f "%M" -o "$work/.time" "$binary" compare "$work/a.txt" "$work/b.txt" > /dev/null
echo "process footprint (compare of two one-line files): $(awk '{printf "%.1f MiB", $1 / 1024}' "$work/.time")"

for sentences in "${sizes[@]}"; do
  dir="$work/$sentences"
  cargo bench --quiet --bench gen_corpus -- "$dir" "$sentences" > /dev/null
  left="$dir/left.txt"
  right="$dir/right.txt"
  bytes=$(($(stat -c %s "$left") + $(stat -c %s "$right")))
  echo
  echo "$sentences sentences per article, $bytes bytes of input"
  printf '%-42s %8s %11s %8s\n' command time peak ratio
  for format in json table markdown csv; do
    measure "compare --format $format" "$bytes" compare "$left" "$right" --format "$format"
  done
  measure "align --threshold 0.42 --format json" "$bytes" align "$left" "$right" --threshold 0.42 --format json
  measure "align --format json" "$bytes" align "$left" "$right" --format json
  measure "align (table)" "$bytes" align "$left" "$right"
done
