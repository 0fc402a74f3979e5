#!/usr/bin/env python3
"""Builds src/lexicon/data/background/word_frequencies.txt, the background word-frequency table
that alignment's word weights come from (issue 14), from the PyPI `wordfreq` 3.1.1 wheel's
`large_en` list (Robyn Speer; data CC BY-SA 4.0).

Takes nothing (or the path of an already downloaded wheel); hands on the table, written to
src/lexicon/data/background/word_frequencies.txt only once it is complete.
Needs network access to PyPI the first time: it downloads the wheel with pip into
target/wordfreq/ and reads it with `msgpack` in a venv there. Offline, it says so and exits 0
without touching the table: the shipped table is the source of truth, this script only
rebuilds it.

    python3 scripts/wordfreq_table.py

The wheel's data is "cBpack": gzip, then a msgpack list whose element 0 is the header
{'format': 'cB', 'version': 1} and element i (i >= 1) the alphabetically sorted words whose
frequency is -(i-1) centibels, so Zipf = 9 - (i-1)/100 (Zipf: log10 of the frequency per
billion words). Kept: the top WORDS words made of ASCII letters only (apostrophe forms such as
"police's" are dropped: claimdiff's terms drop the tail; digits never occur, wordfreq counts
them as 0). Written one line per Zipf value, highest first: `4.00 protesters ...`, the words of
a line sorted.
"""

import glob
import gzip
import os
import subprocess
import sys
import zipfile

VERSION = "3.1.1"
WORDS = 50_000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "src", "lexicon", "data", "background", "word_frequencies.txt")
WORK = os.path.join(ROOT, "target", "wordfreq")
SHAPES = os.path.join(ROOT, "src", "lexicon", "data", "background", "digit_shapes.txt")
# Digit shapes kept: the single digits and the shapes of multi-digit figures (digits as 0) down
# to this Zipf value; rarer shapes are left to the unseen weight.
SHAPES_FLOOR = 3.0

HEADER = f"""\
# Background word frequencies of general English: the Zipf value (log10 of occurrences per
# billion words) of the {WORDS:,} most frequent words made of ASCII letters, one line per value,
# highest first: `4.00 protesters ...`. Owner: align/weights.rs (word weights, issue 14).
# Source: wordfreq {VERSION} (Robyn Speer), large_en list, https://github.com/rspeer/wordfreq
# (frozen in 2023), from Wikipedia, OpenSubtitles 2018, SUBTLEX, NewsCrawl and GlobalVoices,
# Google Books Ngrams (http://books.google.com/ngrams), the Leeds Internet Corpus, ParaCrawl,
# Twitter and Reddit. SUBTLEX: credit Brysbaert et al.; SUBTLEX is freely available data.
# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this table is an
# adaptation (top words of ASCII letters, apostrophe forms dropped, regrouped by value).
# Rebuilt with: python3 scripts/wordfreq_table.py (writes this file)
"""

SHAPES_HEADER = f"""\
# Background frequencies of figures, as wordfreq counts them: a multi-digit figure is counted
# by its shape, every digit written 0 ("2001" and "1998" are both `0000`, "80.1" is `00.0`),
# and a single digit as itself. One line each: the Zipf value (log10 of occurrences per billion
# words), a space, the shape; highest first, down to Zipf {SHAPES_FLOOR:.2f}. align/weights.rs shares
# a shape's frequency among its figures as wordfreq does (numbers.py: Benford's law for the
# first digit, and for four digits how often each year is written). Owner: align/weights.rs.
# Source and licence: as word_frequencies.txt (wordfreq {VERSION}, Robyn Speer, large_en list,
# CC BY-SA 4.0). Rebuilt with: python3 scripts/wordfreq_table.py (writes this file too)
"""


def write_whole(path, text):
    """Written whole or not at all: a failed run never leaves a truncated file."""
    partial = path + ".partial"
    with open(partial, "w", encoding="ascii", newline="\n") as out:
        out.write(text)
    os.replace(partial, path)


def wheel_path(args):
    if args:
        return args[0]
    os.makedirs(WORK, exist_ok=True)
    found = glob.glob(os.path.join(WORK, f"wordfreq-{VERSION}-*.whl"))
    if found:
        return found[0]
    download = subprocess.run(
        [sys.executable, "-m", "pip", "download", f"wordfreq=={VERSION}", "--no-deps",
         "-d", WORK, "-q"],
        capture_output=True, text=True)
    found = glob.glob(os.path.join(WORK, f"wordfreq-{VERSION}-*.whl"))
    if download.returncode != 0 or not found:
        print(f"wordfreq_table: cannot download wordfreq {VERSION} from PyPI (offline?); "
              "the shipped table is left as it is.\n" + download.stderr.strip()[-400:],
              file=sys.stderr)
        sys.exit(0)
    return found[0]


def msgpack_module():
    """msgpack, from this Python or from a venv under target/wordfreq (re-running in it)."""
    try:
        import msgpack
        return msgpack
    except ImportError:
        pass
    venv = os.path.join(WORK, "venv")
    python = os.path.join(venv, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(python):
        print("wordfreq_table: msgpack missing in the venv", file=sys.stderr)
        sys.exit(0)
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    installed = subprocess.run([python, "-m", "pip", "install", "-q", "msgpack"],
                               capture_output=True, text=True)
    if installed.returncode != 0:
        print("wordfreq_table: cannot install msgpack (offline?); the shipped table is left "
              "as it is.", file=sys.stderr)
        sys.exit(0)
    os.execv(python, [python, os.path.abspath(__file__)] + sys.argv[1:])


def main(args):
    wheel = wheel_path(args)
    msgpack = msgpack_module()
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read("wordfreq/data/large_en.msgpack.gz")
    data = msgpack.unpackb(gzip.decompress(packed), raw=False)
    assert data[0] == {"format": "cB", "version": 1}, data[0]
    kept = 0
    lines = []
    for i, words in enumerate(data[1:]):
        words = sorted(w for w in words if w.isascii() and w.isalpha())[: WORDS - kept]
        if words:
            lines.append(f"{9 - i / 100:.2f} " + " ".join(words))
            kept += len(words)
        if kept >= WORDS:
            break
    write_whole(TABLE, HEADER + "\n".join(lines) + "\n")
    print(f"wordfreq_table: {kept:,} words written to {os.path.relpath(TABLE, ROOT)}",
          file=sys.stderr)
    shapes = []
    for i, words in enumerate(data[1:]):
        zipf = 9 - i / 100
        if zipf < SHAPES_FLOOR:
            break
        for w in sorted(words):
            single = len(w) == 1 and w.isdigit()
            shape = w[:1] == "0" and set(w) <= set("0.")
            if single or shape:
                shapes.append(f"{zipf:.2f} {w}")
    write_whole(SHAPES, SHAPES_HEADER + "\n".join(shapes) + "\n")
    print(f"wordfreq_table: {len(shapes)} digit shapes written to "
          f"{os.path.relpath(SHAPES, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
