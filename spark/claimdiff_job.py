#!/usr/bin/env python3
"""claimdiff on Apache Spark (issue 18): article JSON Lines in, one JSON Lines record per set out.

Takes a Spark-readable path of article JSON Lines (a file, a folder or a glob; local, HDFS, S3:
one article a line, `{"set", "outlet", "text"}` plus optional `published`, `url`, `title`, or
`html` instead of `text`; a set's lines anywhere), and writes under OUTPUT one record per set,
each the record `claimdiff check INPUT --format json` writes for that set, byte for byte.

How: every line is keyed by its set and its place in the input; the lines are partitioned by
set and sorted within each partition by (set, place), so each set's lines are together; each
partition is piped through `claimdiff check --jsonl -` (the binary, shipped to the executors
with `--files` or `--binary`, holds one set at a time and writes each set's record as the set
ends). The binary names the stream `<stdin>` and an article `<stdin>:LINE` by its line in the
partition's stream; the job puts back the input's name and each article's line in the input,
so the records are those of `check` on the input. Nothing in claimdiff depends on Spark: the
same pipe serves Beam or `xargs -P`.

    spark-submit --master local[2] --files target/release/claimdiff \\
        spark/claimdiff_job.py day.jsonl out/

A line that is not JSON, or names no set, goes with the set of the line before it (or after it,
at the start of a split), as the stream attributes it; a set whose lines carry such a line is
an error record. See docs/scale.md for a cluster (YARN, Kubernetes) and the measured cost.
"""

import argparse
import json
import os
import re
import stat
import subprocess
import sys
import threading
import zlib

STDIN = "<stdin>"
# The stream's names for its input and an article's line in it; in an error message also
# `<stdin>: line N`. `<stdin>` is no file name a Spark path can have.
ARTICLE_PATH = re.compile(re.escape(STDIN) + r"(: line |:)(\d+)")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="article JSON Lines: any path Spark reads (file, folder, glob)")
    parser.add_argument("output", help="folder to write the records to (JSON Lines part files)")
    parser.add_argument(
        "--binary",
        help="the claimdiff binary to ship to the executors (default: the `claimdiff` given "
        "to spark-submit --files)",
    )
    parser.add_argument(
        "--name",
        help="what the records call the input (default: INPUT as given, as `claimdiff check "
        "INPUT` calls it)",
    )
    parser.add_argument("--partitions", type=int, help="partitions (default: Spark's parallelism)")
    parser.add_argument(
        "--baseline",
        help="a baseline file (shipped with the binary; read, never written)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads of each claimdiff process (RAYON_NUM_THREADS; default 1: Spark runs one "
        "task per core)",
    )
    parser.add_argument(
        "--check-args",
        default="",
        help="more flags for `claimdiff check`, e.g. '--fail-on any --date 2024-06-12'",
    )
    return parser.parse_args(argv)


def set_of(line):
    """The set a line names, or None when it is no JSON object with a `set` string."""
    try:
        value = json.loads(line)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    name = value.get("set")
    if isinstance(name, str) and name.strip():
        return name
    return None


def keyed(lines):
    """(set, place, line) for each non-blank (line, place) of one split of the input; a line
    that names no set takes the set before it, or the next one at the split's start."""
    waiting = []
    current = None
    for line, place in lines:
        if not line.strip():
            continue
        name = set_of(line)
        if name is None:
            if current is None:
                waiting.append((place, line))
                continue
            name = current
        current = name
        for early_place, early_line in waiting:
            yield (name, early_place, early_line)
        waiting = []
        yield (name, place, line)
    # A split of lines that name no set: no record can carry them (nor would `check`, which
    # stops at such a line); said on standard error.
    for early_place, _ in waiting:
        sys.stderr.write(
            "claimdiff_job: line %d names no set, nor does any line near it; skipped\n"
            % (early_place + 1)
        )


def partition_of(partitions):
    def partition(key):
        return zlib.crc32(key[0].encode("utf-8")) % partitions

    return partition


def run_claimdiff(binary, args, baseline, name, threads):
    """The function run on each partition: pipes its lines through claimdiff, yields records."""
    escaped_name = json.dumps(name, ensure_ascii=False)[1:-1]

    def run(rows):
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            return
        path = binary_path(binary)
        env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
        flags = list(args)
        if baseline:
            from pyspark import SparkFiles

            flags += ["--baseline", SparkFiles.get(baseline)]
        process = subprocess.Popen(
            [path, "check", "--jsonl", "-"] + flags,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        # The input's line of each line of the stream (1-based), as it is written.
        places = []
        sets = [0]
        errors = []

        def feed():
            last = None
            try:
                for (set_name, place), line in _chain(first, rows):
                    if set_name != last:
                        sets[0] += 1
                        last = set_name
                    places.append(place + 1)
                    process.stdin.write(line.encode("utf-8") + b"\n")
                process.stdin.close()
            except BrokenPipeError:
                pass
            except BaseException as error:  # noqa: BLE001 - shown after the process ends
                errors.append(error)
                process.stdin.close()

        def drain():
            for line in process.stderr:
                text = line.decode("utf-8", "replace").rstrip("\n")
                sys.stderr.write(text + "\n")
                errors_seen.append(text)
                del errors_seen[:-20]

        errors_seen = []
        feeder = threading.Thread(target=feed, daemon=True)
        drainer = threading.Thread(target=drain, daemon=True)
        feeder.start()
        drainer.start()

        records = 0
        for record in process.stdout:
            records += 1
            yield put_back(record.decode("utf-8").rstrip("\n"), escaped_name, places)
        code = process.wait()
        feeder.join()
        drainer.join()
        if errors:
            raise errors[0]
        if code not in (0, 1, 2) or records != sets[0]:
            raise RuntimeError(
                "claimdiff exited %s after %d records for %d sets: %s"
                % (code, records, sets[0], " | ".join(errors_seen))
            )

    return run


def put_back(record, escaped_name, places):
    """A record of the stream with the input's name (JSON-escaped) for `<stdin>`, and each
    article's line in the input (`places`, by its line in the stream) for its stream line."""

    def back(match):
        return escaped_name + match.group(1) + str(places[int(match.group(2)) - 1])

    # An article's name first, then what is left (the set's path, its error's).
    return ARTICLE_PATH.sub(back, record).replace(STDIN, escaped_name)


def _chain(first, rest):
    yield first
    yield from rest


def binary_path(binary):
    """The binary on this executor: shipped with --files (SparkFiles), made executable."""
    from pyspark import SparkFiles

    path = SparkFiles.get(os.path.basename(binary))
    if not os.path.exists(path) and os.path.exists(binary):
        path = binary
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def main(argv=None):
    from pyspark.sql import SparkSession

    options = parse_args(sys.argv[1:] if argv is None else argv)
    spark = SparkSession.builder.appName("claimdiff").getOrCreate()
    context = spark.sparkContext
    binary = options.binary or "claimdiff"
    if options.binary:
        context.addFile(os.path.abspath(options.binary))
    args = options.check_args.split()
    baseline = None
    if options.baseline:
        context.addFile(os.path.abspath(options.baseline))
        baseline = os.path.basename(options.baseline)
    partitions = options.partitions or context.defaultParallelism
    name = options.name or options.input

    lines = context.textFile(options.input).zipWithIndex()
    grouped = (
        lines.mapPartitions(keyed)
        .map(lambda row: ((row[0], row[1]), row[2]))
        .repartitionAndSortWithinPartitions(
            numPartitions=partitions, partitionFunc=partition_of(partitions)
        )
    )
    records = grouped.mapPartitions(run_claimdiff(binary, args, baseline, name, options.threads))
    records.saveAsTextFile(options.output)
    spark.stop()


if __name__ == "__main__":
    main()
