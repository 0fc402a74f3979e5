#!/usr/bin/env bash
# Compares what two claimdiff binaries write on every input the project has: the seeds, the
# test sets and test data (compare in JSON and as a table, claims of every file, check), and,
# where ../shared/eval is present, real news nobody here wrote (each ECB+ topic compared across
# its outlets, claims of every PolNeAR article). For refactors that must not change output:
# prints each file that differs and a count of the differing lines by kind, exits 1 if any.
#
#   benches/same-output.sh OLD_BINARY NEW_BINARY
#
# Build the old one from a worktree: git worktree add /tmp/old REV && (cd /tmp/old && cargo
# build --release) and pass /tmp/old/target/release/claimdiff.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY" >&2; exit 2; }
old=$1 new=$2
eval_dir=${CLAIMDIFF_EVAL:-../shared/eval}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run_all() {
  local bin=$1 out=$2
  mkdir -p "$out"
  for dir in seeds/* tests/sets/* tests/data/*/; do
    [ -d "$dir" ] || continue
    local name
    name=$(echo "${dir%/}" | tr / _)
    "$bin" compare "${dir%/}"/*.txt --format json --fail-on never >"$out/compare_$name.json" 2>&1
    "$bin" compare "${dir%/}"/*.txt --fail-on never --width 120 >"$out/table_$name.txt" 2>&1
  done
  find seeds tests -name '*.txt' | sort | while read -r file; do
    "$bin" claims "$file" --format json >"$out/claims_$(echo "$file" | tr / _).json" 2>&1
  done
  "$bin" check tests/sets --format json --fail-on any >"$out/check.jsonl" 2>&1
  if [ -d "$eval_dir/ecbplus-topics" ]; then
    for topic in "$eval_dir"/ecbplus-topics/*/; do
      # The outlets' texts, not the topic's urls.txt (a list of links, refused with exit 2).
      "$bin" compare "$topic"[0-9]*.txt --format json --fail-on never \
        >"$out/ecb_$(basename "$topic").json" 2>&1
    done
  fi
  if [ -d "$eval_dir/polnear-train/text" ]; then
    for article in "$eval_dir"/polnear-train/text/*.txt; do
      "$bin" claims "$article" --format json >"$out/polnear_$(basename "$article").json" 2>&1
    done
  else
    echo "same-output: $eval_dir not found; comparing the project's own inputs only" >&2
  fi
}

run_all "$old" "$work/old"
run_all "$new" "$work/new"
count=$(ls "$work/new" | wc -l)
differing=$(diff -rq "$work/old" "$work/new" | awk '{print $2}' | xargs -r -n1 basename)
if [ -z "$differing" ]; then
  echo "same-output: all $count outputs identical"
  exit 0
fi
echo "same-output: $(echo "$differing" | wc -l) of $count outputs differ:"
echo "$differing" | sed 's/^/  /'
echo "differing lines (digits dropped), most common first:"
for file in $differing; do
  diff "$work/old/$file" "$work/new/$file" | grep '^[<>]'
done | sed -E 's/[0-9]+//g; s/^([<>]) +/\1 /' | sort | uniq -c | sort -rn | head -40
exit 1
