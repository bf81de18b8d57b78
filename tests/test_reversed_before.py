"""The backward patterns matched on reversed text find what a ``$``-anchored search finds."""

import random
import re

from factcheck import engine, scope


def _texts(seed: int, pieces: list[str], count: int) -> list[str]:
    rng = random.Random(seed)
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(count)]
    words = ["Abc", "de", "Fg", "aBc", "X", "xY", "O'Neil", "Al-Bab", "the", "(Kobe", "Ab's", "Jones’", "in"]
    made += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 7))) + rng.choice(["", " ", "  ", "\n", " \n"])
             + "quake" for _ in range(count)]
    return made


def test_word_before_a_duration_is_what_a_search_finds():
    search = re.compile(r"(\w+)\s+$")
    for text in _texts(5, ["a", "B", "é", "1", "_", " ", "\t", "\n", ".", "in", " \n"], 2000):
        for start in range(len(text) + 1):
            lo = max(0, start - 20)
            m = search.search(text, lo, start)
            r = engine._WORD_BEFORE_REVERSED.match(text[lo:start][::-1])
            assert (m and m.group(1)) == (r and r.group(1)[::-1]), (text, start)


def test_name_before_an_event_is_what_a_search_finds():
    search = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3})$")
    for text in _texts(7, ["a", "A", "bB", "Z", "é", "É", "1", "_", "’", "'", "-", " ", "\t", "\n", "(", "Kobe "], 2000):
        for start in range(len(text) + 1):
            lo = max(0, start - 40)
            m = search.search(text, lo, start)
            r = scope._NAMED_BEFORE_REVERSED.match(text[lo:start][::-1])
            assert (m and m.group(1)) == (r and text[start - r.end():start]), (text, start)
