#!/usr/bin/env python3
"""Unit tests of spark/claimdiff_job.py's pure parts (no Spark, no Java): how lines are keyed by
set, and how the stream's names (`<stdin>`, `<stdin>:LINE`) are put back. Run by spark/test.sh
before the Spark run: `python3 spark/test_job.py`."""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import claimdiff_job  # noqa: E402


def article(set_name, outlet="x"):
    return json.dumps({"set": set_name, "outlet": outlet, "text": "One."})


class Keyed(unittest.TestCase):
    def test_lines_are_keyed_by_set_and_place_blank_ones_dropped(self):
        lines = [(article("a"), 0), ("", 1), (article("b"), 2)]
        self.assertEqual(
            [(s, p) for s, p, _ in claimdiff_job.keyed(lines)], [("a", 0), ("b", 2)]
        )

    def test_a_line_of_no_set_goes_with_its_neighbour(self):
        lines = [("{oops", 0), (article("a"), 1), ("[1]", 2), (article("b"), 3)]
        self.assertEqual(
            [(s, p) for s, p, _ in claimdiff_job.keyed(lines)],
            [("a", 0), ("a", 1), ("a", 2), ("b", 3)],
        )

    def test_the_partition_of_a_set_does_not_depend_on_the_run(self):
        partition = claimdiff_job.partition_of(7)
        self.assertEqual(partition(("gen-1", 5)), partition(("gen-1", 9)))
        self.assertEqual(partition(("gen-1", 0)), 3530942350 % 7)


class Names(unittest.TestCase):
    def test_stream_names_are_put_back(self):
        record = (
            '{"set":"a","path":"<stdin>","error":"<stdin>: line 2: bad",'
            '"sources":[{"name":"x","path":"<stdin>:1"},{"name":"y","path":"<stdin>:2"}]}'
        )
        places = [10, 12]
        escaped = json.dumps('in "q".jsonl')[1:-1]
        value = json.loads(claimdiff_job.put_back(record, escaped, places))
        self.assertEqual(value["path"], 'in "q".jsonl')
        self.assertEqual(value["error"], 'in "q".jsonl: line 12: bad')
        self.assertEqual(
            [s["path"] for s in value["sources"]], ['in "q".jsonl:10', 'in "q".jsonl:12']
        )


if __name__ == "__main__":
    unittest.main()
