"""``scan.Words`` against a plain reading of the text by ``\\w+``, a figure one word."""

import re

import pytest

from factcheck.scan import NUMBER, Words

TEXTS = [
    "",
    "The 3 men met a dozen officials on May 12, 2015 in the U.S. capital.",
    "Zürich's mayor, 45, said: “Café prices rose 3%” — a ½-point rise; ٣ ships.",
    "İstanbul and ıi ſs \u212a: odd folds, 1st, 2nd and 10th; a hundred and a 5.",
    "a a a the the 7 _7 x7 a7 a\n\n42 then a",
    "Ελληνικά κείμενα 2015 ΣΟΦΙΑ σοφία 12 και άλλα πολλά λόγια εδώ.",
    # common gated words, looked at from what may follow them
    "the cat and the men",
    # a figure is one word however its digits are grouped
    "It rose to 1,040 on Thursday, up 4.5% from 3,200,000; a1,040 x,5 5,x 1.2.3 v2.0 ends 3. 1,,2 ٣,٤ 7.",
    "men " + "a b, " * 10 + "a dozen and a hundred, a 5 a x the 7 the 8 the men. " * 3 + "the " * 12 + "a",
]


def reference(text):
    lowered = text.lower() if len(text.lower()) == len(text) else "".join(
        ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return [(m.start(), m.group()) for m in re.finditer(r"\w+(?:(?<=[0-9])[,.](?=[0-9])\w+)*", lowered)]


@pytest.mark.parametrize("text", TEXTS)
def test_words_and_starts_are_the_words_of_the_text(text):
    w = Words(text)
    ref = reference(text)
    assert list(zip(w.starts, w.words)) == ref


@pytest.mark.parametrize("text", TEXTS)
def test_lookups_agree_with_a_scan_of_every_word(text):
    w = Words(text)
    ref = reference(text)
    # key sets asked in turn: later ones extend an index built for the earlier ones
    for keys in [frozenset({"the", "a"}), frozenset({"may", "3", "cafe", "café"}), frozenset({"the", "in", "σοφία"}),
                 frozenset(), frozenset({"nothing"})]:
        assert w.indices(keys) == [i for i, (_, x) in enumerate(ref) if x in keys]
        assert w.positions(keys) == [p for p, x in ref if x in keys]
    assert w.digits() == [p for p, x in ref if x[0].isdecimal()]
    then = {"a": frozenset({"dozen", "hundred", NUMBER}), "the": frozenset({"7"}), "men": frozenset({"a", "the"})}
    keys = frozenset({"a", "the", "then", "men"})
    expected = [p for i, (p, x) in enumerate(ref) if x in keys and (
        x not in then or (i + 1 < len(ref) and (ref[i + 1][1] in then[x] or (
            NUMBER in then[x] and ref[i + 1][1][0].isdecimal()))))]
    assert w.opening(keys, then) == (w.starts if w.loose else expected)
