#!/usr/bin/env python3
"""Writes article JSON Lines for the Spark test and docs/scale.md:
`gen_sets.py SETS [SEED] [--outlets K] [--together]`.

Takes the article sets of tests/sets and seeds/ (short articles, some agreeing, some with
planted conflicts) and writes SETS sets to standard output, set i a copy of base set i mod the
number of bases, named `gen-NNNNNN-BASE`, each article varied: the figures of about one article
in three moved (`41` -> `43`), so sets agree, diverge or are compatible in varied ways. Some
articles carry `published` or `title`, some come as `html` instead of `text`, about one set in
fifty has one article only (an error record), and the lines of all sets are shuffled in blocks,
so a set's lines are not together in the file (Spark groups them). Output depends on SETS and
SEED only. With `--outlets K`, every set has K articles (outlets `o01`..), its base's articles
taken in turn and varied, to measure how the cost grows with outlets per set. With
`--together`, each set's lines are left together (as `check --jsonl` takes them).
"""

import html
import json
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIGURE = re.compile(r"\b\d{2,}\b")


def bases():
    """(name, [(outlet, text)]) of every set folder of tests/sets and seeds/, by name."""
    found = []
    for parent in ("tests/sets", "seeds"):
        folder = os.path.join(ROOT, parent)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if not os.path.isdir(path):
                continue
            articles = []
            for file in sorted(os.listdir(path)):
                if file.endswith(".txt"):
                    with open(os.path.join(path, file), encoding="utf-8") as f:
                        articles.append((file[:-4], f.read()))
            if len(articles) >= 2:
                found.append((name, articles))
    return found


def vary(text, rng):
    """The text with its figures of two digits or more moved by a little, each with odds 1/2."""

    def move(match):
        if rng.random() < 0.5:
            return match.group(0)
        value = int(match.group(0))
        return str(max(10, value + rng.choice([-2, -1, 1, 2, 3])))

    return FIGURE.sub(move, text)


def as_page(text, title):
    paragraphs = "".join(
        "<p>%s</p>" % html.escape(p.strip()) for p in text.split("\n\n") if p.strip()
    )
    return (
        "<!DOCTYPE html><html><head><title>%s</title></head><body><nav>Home | World</nav>"
        "<article><h1>%s</h1>%s</article><footer>Copyright</footer></body></html>"
        % (html.escape(title), html.escape(title), paragraphs)
    )


def generate(count, seed, outlets=None, together=False):
    rng = random.Random(seed)
    known = bases()
    lines = []
    for i in range(count):
        base, articles = known[i % len(known)]
        name = "gen-%06d-%s" % (i, base)
        if outlets:
            articles = [
                ("o%02d" % (k + 1), articles[k % len(articles)][1]) for k in range(outlets)
            ]
        elif rng.random() < 0.02:
            articles = articles[:1]
        for outlet, text in articles:
            if rng.random() < 1 / 3 or (outlets and outlet != "o01"):
                text = vary(text, rng)
            line = {"set": name, "outlet": outlet}
            if rng.random() < 0.3:
                line["published"] = "2024-06-%02d" % rng.randint(1, 28)
            if rng.random() < 0.1:
                line["title"] = "%s: %s" % (outlet, base)
            if rng.random() < 0.1:
                line["html"] = as_page(text, "%s (%s)" % (base, outlet))
            else:
                line["text"] = text
            lines.append(json.dumps(line, ensure_ascii=False))
    if together:
        return lines
    # Shuffled in blocks of a few lines: sets split across the file.
    blocks = [lines[i : i + 5] for i in range(0, len(lines), 5)]
    rng.shuffle(blocks)
    return [line for block in blocks for line in block]


def main():
    args = sys.argv[1:]
    outlets = None
    together = "--together" in args
    args = [arg for arg in args if arg != "--together"]
    if "--outlets" in args:
        at = args.index("--outlets")
        outlets = int(args[at + 1])
        del args[at : at + 2]
    if len(args) not in (1, 2):
        sys.stderr.write("usage: gen_sets.py SETS [SEED] [--outlets K] [--together] > articles.jsonl\n")
        return 2
    count = int(args[0])
    seed = int(args[1]) if len(args) == 2 else 18
    out = sys.stdout
    for line in generate(count, seed, outlets, together):
        out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
