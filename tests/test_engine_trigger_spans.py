"""Trigger hits of any stretch of text, found from the stretch's own words (and the
few before it whose matches could reach into it), are those ``finditer`` finds
on the whole text there: also where a chain of phrases runs in from before."""

import random

from helpers import RULES

from factcheck import engine
from factcheck.rules import load_rules
from factcheck.scan import Words

PIECES = ["peace talks", "talks", "peace", "cease-fire", "cease fire", "met", "meeting", "of", "the", "start of",
          "the start of", "bail out", "bail-out", "handed over", "run-off", "on the ground", "on the", "years ago",
          "Talks", "PEACE TALKS", "x", "Putin", ",", ".", "\n\n", "  ", "\u212a"]


def test_hits_of_any_span_are_those_of_the_whole_text():
    triggers = engine._Triggers(load_rules([RULES]))
    rng = random.Random(17)
    for _ in range(400):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        words = Words(text)
        everywhere = [(m.start(), m.end(), " ".join(m.group().lower().split())) for m in triggers.pattern.finditer(words)]
        for _ in range(8):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            expected = [h for h in everywhere if start <= h[0] < end]
            assert triggers.hits(words, start, end) == expected, (text, start, end)
