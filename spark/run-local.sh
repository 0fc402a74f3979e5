#!/usr/bin/env bash
# spark/run-local.sh INPUT.jsonl OUTDIR: runs claimdiff's Spark job (spark/claimdiff_job.py) on
# INPUT with a local[2] master, writing the records under OUTDIR/spark/, then `claimdiff check
# INPUT --format json` in one process (OUTDIR/check.jsonl), and compares the two record for
# record (both sorted by set). Prints both times and sets per second; exits 0 only when the
# records are the same, 1 when they differ, 2 when something could not run.
#
# Creates spark/.venv with pyspark (3.5, from PyPI, about 400 MB) when it is missing; needs Java
# 8, 11 or 17 on PATH. The binary: $CLAIMDIFF_BIN, else target/release/claimdiff (brought up to
# date with `cargo build --release` first). $SPARK_MASTER overrides local[2].
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: spark/run-local.sh INPUT.jsonl OUTDIR" >&2
    exit 2
fi
input=$1
outdir=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
venv=${CLAIMDIFF_SPARK_VENV:-$here/.venv}
master=${SPARK_MASTER:-local[2]}

if [ ! -f "$input" ]; then
    echo "run-local.sh: $input: no such file" >&2
    exit 2
fi
if ! command -v java >/dev/null 2>&1; then
    echo "run-local.sh: java not found: Spark needs a Java runtime (8, 11 or 17) on PATH" >&2
    exit 2
fi
if [ ! -x "$venv/bin/spark-submit" ]; then
    echo "run-local.sh: creating $venv with pyspark (once; about 400 MB from PyPI)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet 'pyspark==3.5.*'
fi

if [ -n "${CLAIMDIFF_BIN:-}" ]; then
    bin=$CLAIMDIFF_BIN
else
    # Built (or found up to date) from this tree, so the run tests the code as it is.
    bin=$root/target/release/claimdiff
    (cd "$root" && cargo build --release --locked --quiet)
fi

mkdir -p "$outdir"
rm -rf "$outdir/spark"
now() { date +%s.%N; }

export PYSPARK_PYTHON="$venv/bin/python"
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
start=$(now)
"$venv/bin/spark-submit" --master "$master" --conf spark.ui.enabled=false \
    --files "$bin" "$here/claimdiff_job.py" "$input" "$outdir/spark" \
    --binary "$bin" 2> "$outdir/spark.log" || {
    echo "run-local.sh: the Spark job failed; its log: $outdir/spark.log" >&2
    tail -20 "$outdir/spark.log" >&2
    exit 2
}
spark_end=$(now)
status=0
"$bin" check "$input" --format json --quiet > "$outdir/check.jsonl" 2> "$outdir/check.log" || status=$?
check_end=$(now)
if [ "$status" -gt 2 ]; then
    echo "run-local.sh: claimdiff check exited $status; its log: $outdir/check.log" >&2
    exit 2
fi

cat "$outdir"/spark/part-* | LC_ALL=C sort > "$outdir/spark-sorted.jsonl"
LC_ALL=C sort "$outdir/check.jsonl" > "$outdir/check-sorted.jsonl"
sets=$(wc -l < "$outdir/check-sorted.jsonl")
spark_sets=$(wc -l < "$outdir/spark-sorted.jsonl")
awk -v master="$master" -v sets="$sets" -v s0="$start" -v s1="$spark_end" -v c1="$check_end" 'BEGIN {
    spark = s1 - s0; check = c1 - s1
    printf "spark (%s):  %5d sets in %7.2f s: %8.1f sets/s (JVM start included)\n", master, sets, spark, sets / spark
    printf "check (one process): %5d sets in %7.2f s: %8.1f sets/s\n", sets, check, sets / check
}'
if cmp -s "$outdir/spark-sorted.jsonl" "$outdir/check-sorted.jsonl"; then
    echo "same: $sets records, byte for byte (check exited $status)"
    exit 0
fi
echo "DIFFERENT: spark wrote $spark_sets records, check $sets; first difference:" >&2
diff "$outdir/spark-sorted.jsonl" "$outdir/check-sorted.jsonl" | head -c 2000 >&2 || true
exit 1
