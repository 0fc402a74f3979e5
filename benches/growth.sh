#!/usr/bin/env bash
# Growth of cost on hostile input (issue 16): every reproducer of the issue's denial-of-service
# items, run at doubling sizes by the release binary, reports to /dev/null. For each size it
# prints the input's bytes, wall seconds, instructions (valgrind's cachegrind, exact and
# untouched by other processes' load; only for inputs up to $GROWTH_VALGRIND_BYTES, default
# 150 KB, as valgrind runs ~40 times slower), peak resident memory, and the growth over the size
# before it (x2 is linear; the acceptance bound is x2.5 per doubling) and the peak as a multiple
# of the input (bound: 10x, beside the process's own ~8 MiB at small sizes).
#
# Inputs are generated once under $TMPDIR/claimdiff-growth and reused.
#
# Usage: benches/growth.sh [REPRODUCER ...]   (default: all; names as printed in the headings)
set -euo pipefail
cd "$(dirname "$0")/.."

work="${TMPDIR:-/tmp}/claimdiff-growth"
valgrind_bytes="${GROWTH_VALGRIND_BYTES:-150000}"
mkdir -p "$work"
cargo build --release --quiet
binary="$PWD/target/release/claimdiff"
have_valgrind=0
command -v valgrind > /dev/null && have_valgrind=1

wanted() {
  [ "${#selected[@]}" -eq 0 ] && return 0
  local name
  for name in "${selected[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}
selected=("$@")

# heading NAME DESCRIPTION
heading() {
  echo
  echo "== $1: $2"
  printf '%-10s %10s %8s %7s %15s %7s %9s %7s\n' size bytes wall growth instructions growth "peak MiB" "x input"
  previous_wall=""
  previous_instructions=""
}

# measure SIZE BYTES COMMAND...: one row.
measure() {
  local size="$1" bytes="$2"
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/.time" "$@" > /dev/null 2>&1 || true
  # A non-zero exit (findings, a refused page) adds a line before the figures.
  local wall peak_kb instructions="-"
  read -r wall peak_kb < <(tail -n 1 "$work/.time")
  if [ "$have_valgrind" = 1 ] && [ "$bytes" -le "$valgrind_bytes" ]; then
    instructions=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
      awk '/I *refs/ { gsub(",", "", $NF); print $NF }' || true)
  fi
  awk -v size="$size" -v bytes="$bytes" -v wall="$wall" -v pw="$previous_wall" \
    -v ins="$instructions" -v pi="$previous_instructions" -v kb="$peak_kb" 'BEGIN {
      wg = (pw != "" && pw > 0) ? sprintf("x%.2f", wall / pw) : "";
      ig = (pi != "" && pi != "-" && ins != "-") ? sprintf("x%.2f", ins / pi) : "";
      printf "%-10s %10d %8.2f %7s %15s %7s %9.1f %7.1f\n", size, bytes, wall, wg, ins, ig, kb / 1024, kb * 1024 / bytes
    }'
  previous_wall="$wall"
  previous_instructions="$instructions"
}

# python3 one-liner → file, once.
make_input() {
  local file="$1" program="$2"
  [ -f "$file" ] || python3 -c "$program" > "$file"
}

bytes_of() { stat -c %s "$@" | awk '{ s += $1 } END { print s }'; }

if wanted yes-no; then
  heading yes-no "'Yes. No.' repeated, compare against itself (item 1)"
  for n in 2500 5000 10000 20000; do
    f="$work/yes-no-$n.txt"
    make_input "$f" "print(' '.join(['Yes.', 'No.'] * $n))"
    measure "$n" "$(bytes_of "$f" "$f")" "$binary" compare "$f" "$f"
  done
fi

if wanted advertisement; then
  heading advertisement "'Advertisement.' lines, compare against itself (item 1)"
  for n in 4000 8000 16000 32000; do
    f="$work/advertisement-$n.txt"
    make_input "$f" "print('Advertisement.\n' * $n)"
    measure "$n" "$(bytes_of "$f" "$f")" "$binary" compare "$f" "$f"
  done
fi

if wanted quote-pairs; then
  heading quote-pairs "'\u201c\x27' repeated + ' he said.', claims (item 2)"
  for n in 5000 10000 20000 40000; do
    f="$work/quote-pairs-$n.txt"
    make_input "$f" "print('\u201c\x27' * $n + ' he said.')"
    measure "$n" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi

if wanted mixed-marks; then
  heading mixed-marks "'\u201c\x27\"\u2018' repeated, compare against itself (item 2)"
  for n in 3125 6250 12500 25000; do
    f="$work/mixed-marks-$n.txt"
    make_input "$f" "print('\u201c\x27\"\u2018' * $n)"
    measure "$n" "$(bytes_of "$f" "$f")" "$binary" compare "$f" "$f"
  done
fi

if wanted quote-pairs-mb; then
  heading quote-pairs-mb "'\u201c\x27' repeated + ' he said.' to 2.4 MB, claims (item 2: peak memory)"
  for n in 37500 75000 150000 300000 600000; do
    f="$work/quote-pairs-$n.txt"
    make_input "$f" "print('\u201c\x27' * $n + ' he said.')"
    measure "$n" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi

if wanted mixed-marks-claims; then
  heading mixed-marks-claims "'\u201c\x27\"\u2018' repeated to 2.4 MB, claims (item 2: peak memory)"
  for n in 18750 37500 75000 150000 300000; do
    f="$work/mixed-marks-$n.txt"
    make_input "$f" "print('\u201c\x27\"\u2018' * $n)"
    measure "$n" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi

if wanted opening-marks; then
  heading opening-marks "'\u201c' repeated, claims (item 2)"
  for n in 50000 100000 200000 400000; do
    f="$work/opening-marks-$n.txt"
    make_input "$f" "print('\u201c' * $n)"
    measure "$n" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi

if wanted rally-sentence; then
  heading rally-sentence "one sentence of 'police said N people at the rally', claims (item 3)"
  for n in 10000 20000 40000 80000; do
    f="$work/rally-sentence-$n.txt"
    make_input "$f" "print(''.join('police said %d people at the rally ' % i for i in range($n)))"
    measure "$n" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi

if wanted plain-words; then
  heading plain-words "one sentence of plain words, MB, claims (item 3)"
  for mb in 1 2 4 8; do
    f="$work/plain-words-$mb.txt"
    make_input "$f" "
import random
random.seed(7)
words = ['alpha', 'house', 'river', 'stone', 'market', 'people', 'green', 'council', 'said',
         'today', 'report', 'number']
out, n = [], 0
while n < $mb * 1000000:
    w = random.choice(words)
    out.append(w)
    n += len(w) + 1
print(' '.join(out))"
    measure "${mb}MB" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi

if wanted templated; then
  heading templated "look-alike templated sentences, compare against itself (item 4)"
  for n in 10000 20000 40000 80000; do
    dir="$work/lookalike-$n"
    [ -f "$dir/left.txt" ] || cargo bench --quiet --bench gen_corpus -- "$dir" "$n" 7 --lookalike > /dev/null
    measure "$n" "$(bytes_of "$dir/left.txt" "$dir/left.txt")" "$binary" compare "$dir/left.txt" "$dir/left.txt"
  done
fi

if wanted time-of-day; then
  # The review of 27 November found 8,000 sentences that each hold "4:30 p.m." took 20 s
  # against themselves: one time to the minute in every sentence made every pair a candidate.
  heading time-of-day "'4:30 p.m.' in every sentence, N sentences, compare against itself"
  for n in 2000 4000 8000 16000; do
    f="$work/time-of-day-$n.txt"
    make_input "$f" "
for i in range($n):
    print('The vigil began at 4:30 p.m. on Monday and %d people joined it, police said.' % (i * 7 + 3))"
    measure "$n" "$(bytes_of "$f" "$f")" "$binary" compare "$f" "$f"
  done
fi

if wanted news-article; then
  # The bad-input table's "50 MB article" (issue 16): one long article of generated wire copy
  # (benches/support/corpus.rs, every sentence distinct), read for claims. The table
  # (tests/bad_inputs.rs) runs a 2 MB article of the same kind, as the debug test build takes
  # minutes over 50 MB; the 50 MB run is this one, in release.
  heading news-article "generated news copy, one article of N sentences (6 - 50 MB), claims"
  for n in 65000 130000 260000 520000; do
    dir="$work/news-$n"
    [ -f "$dir/left.txt" ] || cargo bench --quiet --bench gen_corpus -- "$dir" "$n" > /dev/null
    measure "$n" "$(bytes_of "$dir/left.txt")" "$binary" claims "$dir/left.txt"
  done
fi

if wanted news-copy; then
  # Generated news copy, left against right. The generator's words come from a fixed list, so
  # every index list grows with the article; alignment's exact search walked more per sentence
  # (12.37 / 32.01 / 91.28 G instructions, x2.59 then x2.85) until its walk was capped
  # (ALIGN_WALK, docs/robustness.md "Cost limits"): 10.76 / 22.45 / 45.97 G, x2.09 then x2.05.
  # Instructions only with GROWTH_VALGRIND_BYTES=8000000 (some 25 minutes under valgrind);
  # walls otherwise.
  heading news-copy "generated news copy, N sentences a side, compare left against right"
  for n in 10000 20000 40000; do
    dir="$work/news-copy-$n"
    [ -f "$dir/left.txt" ] || cargo bench --quiet --bench gen_corpus -- "$dir" "$n" > /dev/null
    measure "$n" "$(bytes_of "$dir/left.txt" "$dir/right.txt")" "$binary" compare "$dir/left.txt" "$dir/right.txt" --format json
  done
fi

if wanted all-pairs; then
  heading all-pairs "align --all-pairs --threshold 0, N distinct sentences a side (item 5)"
  for n in 500 1000 2000 4000; do
    f="$work/all-pairs-$n.txt"
    make_input "$f" "
for i in range($n):
    print('Officials in district %d said %d people attended the meeting on road %d.' % (i, i * 7 + 3, i % 97))"
    measure "$n" "$(bytes_of "$f" "$f")" "$binary" align --all-pairs --threshold 0 --format json "$f" "$f"
  done
fi

if wanted deep-html; then
  heading deep-html "nested <div> elements, claims (refused as too deep)"
  for n in 12500 25000 50000 100000; do
    f="$work/deep-html-$n.html"
    make_input "$f" "print('<html><body>' + '<div>' * $n + 'hi' + '</div>' * $n + '</body></html>')"
    measure "$n" "$(bytes_of "$f")" "$binary" claims "$f"
  done
fi
