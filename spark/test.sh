#!/usr/bin/env bash
# spark/test.sh [SETS]: the Spark test of issue 18, for real. Generates SETS article sets
# (default 3000; spark/gen_sets.py, from tests/sets and seeds/, lines of a set scattered in the
# file, some one-article sets that are error records) and runs spark/run-local.sh on them: the
# Spark job with a local[2] master and `claimdiff check` in one process must write the same
# records, byte for byte. Installs pyspark into spark/.venv when missing (about 400 MB). First
# runs spark/test_job.py (the job's keying and renaming, plain Python).
#
# Skips (exit 0, saying why) where Java or python3 is absent. `.ci/run` runs it when
# CLAIMDIFF_SPARK=1, or when java and spark/.venv are both there already.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sets=${1:-3000}

if ! command -v python3 >/dev/null 2>&1; then
    echo "spark/test.sh: SKIPPED: python3 not found"
    exit 0
fi
# The job's own logic first (plain Python, no Spark needed).
python3 "$here/test_job.py"
if ! command -v java >/dev/null 2>&1; then
    echo "spark/test.sh: SKIPPED: java not found (Spark needs Java 8, 11 or 17 on PATH)"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_sets.py" "$sets" > "$work/articles.jsonl"
echo "spark/test.sh: $sets sets, $(wc -l < "$work/articles.jsonl") article lines"
"$here/run-local.sh" "$work/articles.jsonl" "$work/out"
