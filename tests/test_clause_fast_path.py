"""``counts._clause`` skips its pattern when a sentence holds no break mark: same clauses as the plain scan."""

import random

from factcheck.extract import counts


def _plain_clause(text, at, sentence):
    s0, s1 = sentence
    for m in counts._CLAUSE_BREAK.finditer(text, s0, s1):
        if m.end() <= at:
            s0 = m.end()
        else:
            s1 = m.start()
            break
    return s0, s1


def test_the_clause_is_the_plain_scans():
    rng = random.Random(7)
    pieces = ["killed 5 people", " ", ";", ":", " — ", "–", "—", " – ", "a", "\n", "wounded", ","]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        if not text:
            continue
        s0 = rng.randint(0, len(text) - 1)
        s1 = rng.randint(s0, len(text))
        at = rng.randint(s0, s1)
        assert counts._clause(text, at, (s0, s1)) == _plain_clause(text, at, (s0, s1))
