"""Fuzz the extractors and the rule loader for a fixed time budget.

    python benchmarks/fuzz.py [--seconds 300]

Runs the property tests of tests/test_properties.py with many more examples
than the test suite does, until the budget is spent, and prints any failure
with the smallest input hypothesis could find. See docs/fuzzing.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = [
    "tests/test_properties.py::test_arbitrary_unicode_never_breaks_extraction",
    "tests/test_properties.py::test_newsy_fragments_never_break_extraction",
    "tests/test_properties.py::test_real_articles_with_random_edits",
    "tests/test_properties.py::test_the_rule_loader_never_raises",
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=300)
    args = ap.parse_args()
    deadline = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        for target in TARGETS:
            r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", target,
                                "--hypothesis-seed", str(rounds), "--hypothesis-profile", "fuzz"],
                               cwd=ROOT, capture_output=True, text=True)
            if r.returncode != 0:
                print(r.stdout[-4000:])
                print(f"FAILED {target} (seed {rounds})")
                return 1
            if time.monotonic() >= deadline:
                break
    print(f"fuzzing: {rounds} rounds of {len(TARGETS)} targets in {args.seconds} s, no failure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
