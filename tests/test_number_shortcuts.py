"""The shortcuts the number readers take give what the plain way gives.

``quantities.read_number`` skips a reader when what stands around the number
rules it out, and ``durations._per_rate`` matches its pattern backwards; on
random text both must agree with asking every reader and searching forwards.
"""

import random

from factcheck.extract import ages, counts, durations, measures, money, percent, quantities
from factcheck.extract.base import lead
from factcheck.extract.numbers import scan_numbers

PIECES = [" ", "  ", "\n", " \n", "-", " - ", "\u00a0", ",", ".", "(", ")", "%", "$", "€", "£", "US$", "EUR", "A$", "Rs",
          "5", "10", "2.5", "1,000", "7.8", "40s", "3m", "10bn", "two", "a dozen", "hundreds", "fourth", "half",
          "per cent", "percentage points", "hours", "a week", "years old", "-year-old", "aged", "died at", "km",
          "miles", "m", "C", "degrees", "magnitude", "M", "of", "euros", "dollars", "pounds", "cents", "p", "million",
          "people", "killed", "injured", "Ivanov", "the suspect", "or more", "more than", "about", "minus", "x", "é",
          # what the first four characters after a number tell apart, and characters past ASCII among them
          "hour", "pesos", "yen", "year", "police", "Hong Kong dollars", "sq km", "km²", "m²", "°C", "–", "\u212a",
          "K", "ho", "pe", "plus"]


def _every_reader(text, num, sentence, hits, after):
    """``read_number`` without its shortcuts: each reader in turn."""
    if num.decade:
        return ages.read(text, num, after)
    for reader in (money.read, percent.read, ages.read, durations.read, measures.read):
        r = reader(text, num, after)
        if r is not None:
            return r
    return durations.glued_seconds(text, num) or counts.read(text, num, sentence, hits, after)


# a currency before a blank and a line break still stands before the number
EDGES = ["paid EUR \n5 now", "x $ \n5", "EUR  5", "$\n5", " 5", "5", "(29)", "aged\n40"]


def test_read_number_reads_as_every_reader_would():
    rng = random.Random(11)
    texts = EDGES + ["".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
                     for _ in range(3000)]
    for text in texts:
        hits = counts.role_hits(text)
        sentence = (0, len(text))
        for num in scan_numbers(text):
            assert quantities.read_number(text, num, sentence, hits) == \
                _every_reader(text, num, sentence, hits, lead(text, num.end)), (text, num)


def test_a_rate_is_found_backwards_where_the_forward_search_finds_it():
    forward = durations._rate_before()
    words = list(durations._rate_words())
    pieces = words + ["of", " of ", "oil", "5", "%", "cars", "Cars", "s", "bus", " ", "\n", "\t", "x", "é", "\u212a", "\u017f", "-", ".", "Of",
                      "\n\n", "\r\n", "\r\n\r\n", "\r"]
    rng = random.Random(3)
    for _ in range(20000):
        before = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "\r\n"]) for _ in range(rng.randint(0, 6)))[-40:]
        tail = before.rstrip()[-1:]
        expected = bool(tail) and (tail.isdigit() or tail == "%" or tail.isalpha()) and forward.search(before) is not None
        assert durations._per_rate(before, len(before)) == expected, repr(before)


def test_a_number_word_alone_is_scanned_as_the_pattern_scans_it(monkeypatch):
    """``numbers._number_matches`` skips the pattern for a number word no other number word
    follows; with that shortcut turned off the tokens are the same."""
    from factcheck.extract import numbers

    words = ["two", "Twenty", "one", "ten", "four", "a", "half", "third", "thirds", "first", "hundred", "million",
             "dozen", "and", "of", "people", "hours", "year", "the", "several", "fifties", "lakh", "crore", "5", "1/2"]
    seps = [" ", "  ", "-", " - ", "\n", ", ", " and ", "é", ""]
    rng = random.Random(5)
    texts = ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8))) for _ in range(4000)]
    fast = [scan_numbers(t) for t in texts]
    monkeypatch.setattr(numbers, "_lone_words", lambda: (frozenset(), frozenset()))
    assert [scan_numbers(t) for t in texts] == fast


def test_a_hedge_is_found_backwards_where_the_forward_search_finds_it():
    """``numbers.hedge_before`` matches the hedges spelled backwards; the forward search it
    replaced (a hedge, then blanks to the end of the window) finds the same hedge at the same place."""
    import re

    from factcheck.extract.base import trie_alternation
    from factcheck.extract.numbers import BLANKS, hedge_before
    from factcheck.vocab import vocabulary

    hedges = vocabulary().hedges_before
    # the blanks before the number hold no paragraph break (those inside a hedge are the word list's)
    forward = re.compile(r"(?:^|(?<=[^\w]))(" + trie_alternation(hedges) + rf"){BLANKS}\Z", re.IGNORECASE)
    words = [*hedges, "just", "well", "a", "not", "than", "of", "adjust", "Over", "MORE THAN", "approx", "x", "é",
             "\u212a", "\u017f", "5"]
    seps = [" ", "  ", "\n", "\t", "-", ".", "", "(", " \n", "\n\n", "\r\n", "\n \r\n", "\r\r"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 6))) + "5"
        start = len(text) - 1
        window = text[max(0, start - 30):start]
        m = forward.search(window) if text[start - 1:start].isspace() else None
        expected = (hedges[" ".join(m.group(1).lower().split())], start - len(window) + m.start(1)) if m else None
        assert hedge_before(text, start) == expected, repr(text)
