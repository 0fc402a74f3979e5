#!/usr/bin/env bash
# `claimdiff check` over many article sets: generates SETS sets (default 1,000) of two
# seed-sized articles (SENTENCES sentences each, default 40: the seed articles have 50 and 26)
# and times the whole run, JSON Lines written to /dev/null, on all cores.
#
# Usage: benches/batch.sh [SETS] [SENTENCES]
set -euo pipefail
cd "$(dirname "$0")/.."

sets="${1:-1000}"
sentences="${2:-40}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
cargo bench --quiet --bench gen_corpus -- "$work" "$sentences" 1 "$sets" > /dev/null
bytes=$(find "$work" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')

start=$(date +%s.%N)
status=0
/usr/bin/time -f "%M" -o "$work/.peak" ./target/release/claimdiff check "$work" --quiet --format json \
  --fail-on never > "$work/.out.jsonl" || status=$?
end=$(date +%s.%N)
lines=$(wc -l < "$work/.out.jsonl")
python3 - "$start" "$end" "$sets" "$sentences" "$bytes" "$(cat "$work/.peak")" "$lines" "$status" <<'PY'
import sys
start, end, sets, sentences, size, peak_kb, lines, status = sys.argv[1:]
seconds = float(end) - float(start)
print(f"check over {sets} sets of 2 x {sentences} sentences ({int(size) / 1e6:.1f} MB): "
      f"{seconds:.2f} s wall, {int(sets) / seconds:.0f} sets/s, peak memory {int(peak_kb) / 1024:.0f} MiB, "
      f"{lines} JSON lines, exit code {status}")
PY
