#!/usr/bin/env bash
# Cost of `compare` on repetitive text (issue 14 deliver 6, issue 16): two 10,000-sentence
# look-alike articles (targets: under 1 s), a long look-alike article against itself (120,000
# sentences: under 15 s), and issue 16's reproducers ("Yes. No." 5,000 times, "Advertisement."
# 4,000 times, each against itself), beside the project's own 10,000-sentence corpus (which
# must not get slower). Whole release processes, reports to /dev/null, timed with
# /usr/bin/time: wall, user and peak resident memory. Inputs are generated once under
# $TMPDIR/claimdiff-repetitive (seed 7) and reused.
#
# Usage: benches/repetitive.sh [LONG_SENTENCES]   (default 120000)
set -euo pipefail
cd "$(dirname "$0")/.."

long="${1:-120000}"
work="${TMPDIR:-/tmp}/claimdiff-repetitive"
mkdir -p "$work"

cargo build --release --quiet
binary=./target/release/claimdiff

generate() {
  local dir="$1"
  shift
  [ -f "$dir/left.txt" ] || cargo bench --quiet --bench gen_corpus -- "$dir" "$@" > /dev/null
}
generate "$work/lookalike-10000" 10000 7 --lookalike
generate "$work/lookalike-$long" "$long" 7 --lookalike
generate "$work/corpus-10000" 10000 7
python3 -c "print(' '.join(['Yes.', 'No.'] * 5000))" > "$work/yes-no.txt"
python3 -c "print('Advertisement.\n' * 4000)" > "$work/advertisement.txt"

# Runs `compare` on two files; prints "label  wall  user  peak".
measure() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %U %M" -o "$work/.time" "$binary" compare "$@" > /dev/null 2>&1 || true
  # A non-zero exit (compare's findings) adds a line before the figures.
  read -r wall user peak_kb < <(tail -n 1 "$work/.time")
  printf '%-44s %7s s wall %7s s user %8.1f MiB\n' "$label" "$wall" "$user" \
    "$(echo "$peak_kb / 1024" | bc -l)"
}

measure "look-alike, 10,000 a side" "$work/lookalike-10000/left.txt" "$work/lookalike-10000/right.txt"
measure "corpus.rs, 10,000 a side" "$work/corpus-10000/left.txt" "$work/corpus-10000/right.txt"
measure "Yes. No. x 5,000, against itself" "$work/yes-no.txt" "$work/yes-no.txt"
measure "Advertisement. x 4,000, against itself" "$work/advertisement.txt" "$work/advertisement.txt"
measure "look-alike $long, against itself" "$work/lookalike-$long/left.txt" "$work/lookalike-$long/left.txt"
