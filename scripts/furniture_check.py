#!/usr/bin/env python3
"""Claims made of page furniture on real multi-outlet coverage (issue 15).

Runs `claimdiff claims --format json` on every article of ../shared/eval/ecbplus-topics (plain
text scraped from news sites, with their datelines, time stamps and page debris) and lists each
claim whose line looks like furniture rather than story, for a person to read:

  - a short line (under 70 characters) whose claim is a date or a time: a time stamp or a
    dateline line ("Updated 4/9/2007 6:04 PM", "Thursday, December 11, 2008");
  - any line holding a web address, a copyright sign, or the words of page furniture
    ("Posted", "Updated", "Photo", "caption", "Share", "Follow us").

It prints the number of claims read, how many lines it flagged, and each flagged claim with its
line. A flag is a candidate, not a verdict: a story sentence can say "updated" or be short.
Also lists the files of each topic folder that claimdiff refuses (a list of links, say).

Usage: python3 scripts/furniture_check.py [path/to/claimdiff]   (default: target/release/claimdiff)
Skips cleanly, exit 0, when ../shared is absent.
"""

import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOPICS = ROOT.parent / "shared" / "eval" / "ecbplus-topics"
FURNITURE = re.compile(
    r"http|www\.|copyright|©|\(c\)|posted|updated|photo|caption|getty|follow us|share",
    re.IGNORECASE,
)


def main() -> int:
    binary = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/release/claimdiff"
    if not TOPICS.is_dir():
        print(f"skipped: {TOPICS} not found (the shared evaluation data is not on this machine)")
        return 0
    if not binary.exists():
        print(f"build first: {binary} not found (cargo build --release)")
        return 2
    total, flagged, refused = 0, [], []
    for path in sorted(TOPICS.glob("*/*.txt")):
        run = subprocess.run(
            [str(binary), "claims", "--format", "json", str(path)],
            capture_output=True,
            check=False,
        )
        if run.returncode != 0:
            refused.append((path.relative_to(TOPICS), run.stderr.decode().strip()))
            continue
        report = json.loads(run.stdout)
        text = path.read_bytes().decode("utf-8", "replace").encode("utf-8")
        for claim in report["claims"]:
            total += 1
            start = text.rfind(b"\n", 0, claim["start"]) + 1
            end = text.find(b"\n", claim["end"])
            line = text[start : end if end >= 0 else len(text)].decode("utf-8", "replace")
            short_stamp = claim["kind"] in ("date", "time") and len(line) < 70
            if short_stamp or FURNITURE.search(line):
                flagged.append((path.relative_to(TOPICS), claim["kind"], claim["text"], line))
    print(f"{total} claims read; {len(flagged)} on lines that look like furniture")
    for name, kind, claim, line in flagged:
        print(f"  {name}\t{kind}\t{claim!r}\t{line[:120]}")
    print(f"{len(refused)} files refused")
    for name, error in refused:
        print(f"  {name}\t{error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
