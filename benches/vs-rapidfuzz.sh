#!/usr/bin/env bash
# claimdiff against rapidfuzz, side by side, on the same generated article pair.
#
# Generates two news-like articles of SENTENCES sentences (default 5,000) with a known truth of
# which sentence paraphrases which (benches/support/corpus.rs), then:
#   - claimdiff: the whole process (read, segment, align, write JSON) with the paraphrase
#     threshold 0.42 chosen on the MSRP corpus (docs/algorithms.md), timed with wall clock;
#   - rapidfuzz: process.cdist(left, right, scorer=fuzz.token_set_ratio, workers=-1), each row's
#     best match kept when above a threshold, with the threshold that gives rapidfuzz its best F1.
# Prints each tool's wall time, the ratio, and both F1 scores.
#
# Usage: benches/vs-rapidfuzz.sh [SENTENCES]
# rapidfuzz is installed into a throwaway virtualenv (.venv-rf, git-ignored) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

sentences="${1:-5000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x .venv-rf/bin/python ]; then
  python3 -m venv .venv-rf
  .venv-rf/bin/pip install --quiet --disable-pip-version-check rapidfuzz numpy
fi

cargo build --release --quiet
cargo bench --quiet --bench gen_corpus -- "$work" "$sentences" > /dev/null

start=$(date +%s.%N)
./target/release/claimdiff align "$work/left.txt" "$work/right.txt" --format json --threshold 0.42 \
  > "$work/claimdiff.json"
end=$(date +%s.%N)
claimdiff_seconds=$(python3 -c "print($end - $start)")

.venv-rf/bin/python - "$work" "$claimdiff_seconds" <<'PY'
import json, sys, time
import numpy as np
from rapidfuzz import fuzz, process

work, claimdiff_seconds = sys.argv[1], float(sys.argv[2])
left = open(f"{work}/left.txt", encoding="utf-8").read().splitlines()
right = open(f"{work}/right.txt", encoding="utf-8").read().splitlines()
truth = {tuple(map(int, line.split())) for line in open(f"{work}/truth.tsv")}

def f1(predicted):
    hits = len(predicted & truth)
    if not hits:
        return 0.0, 0.0, 0.0
    p, r = hits / len(predicted), hits / len(truth)
    return p, r, 2 * p * r / (p + r)

report = json.load(open(f"{work}/claimdiff.json"))
claimdiff_pairs = {(p["left"]["sentence"], p["right"]["sentence"]) for p in report["alignment"]}
claimdiff_quality = f1(claimdiff_pairs)

start = time.perf_counter()
scores = process.cdist(left, right, scorer=fuzz.token_set_ratio, workers=-1)
rapidfuzz_seconds = time.perf_counter() - start
best = scores.argmax(axis=1)
best_score = scores[np.arange(len(left)), best]
rapidfuzz_quality, rapidfuzz_threshold = max(
    (f1({(i, int(best[i])) for i in np.nonzero(best_score >= t)[0]}), t) for t in range(0, 101)
)

print(f"{len(left)} x {len(right)} sentences, {len(truth)} true paraphrase pairs")
print(f"{'tool':<34} {'wall time':>10} {'precision':>10} {'recall':>8} {'F1':>7}")
print(f"{'claimdiff align (threshold 0.42)':<34} {claimdiff_seconds:>9.3f}s "
      f"{claimdiff_quality[0]:>10.3f} {claimdiff_quality[1]:>8.3f} {claimdiff_quality[2]:>7.3f}")
label = f"rapidfuzz token_set_ratio (>= {rapidfuzz_threshold})"
print(f"{label:<34} {rapidfuzz_seconds:>9.3f}s "
      f"{rapidfuzz_quality[0]:>10.3f} {rapidfuzz_quality[1]:>8.3f} {rapidfuzz_quality[2]:>7.3f}")
print(f"claimdiff is {rapidfuzz_seconds / claimdiff_seconds:.0f}x faster "
      f"(claimdiff timed as a whole process; rapidfuzz cdist alone)")
PY
