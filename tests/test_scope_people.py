"""A corpus that knows more surnames than an article has words finds the
same people in it as a small corpus does."""

import pytest

from factcheck.corpus import build_article
from factcheck.scan import Words
from factcheck.scope import People, index_article


def test_many_known_surnames_find_the_same_people():
    a = build_article("a", "a.txt", "Putin met Kerry. Mr. Lavrov's aide and putin (lower case) did not. Kerry left.")
    few = People(surnames={"Putin": "Putin", "Kerry": "Kerry", "Lavrov": "Lavrov"})
    many = People(surnames={**few.surnames, **{f"Zz{k}q": f"Zz{k}q" for k in range(500)}})
    words = Words(a.text)
    found = index_article(a, few, words).person_hits
    assert [k for _, k in found] == ["Putin", "Kerry", "Lavrov", "Kerry"]
    assert index_article(a, many, words).person_hits == found


def test_people_and_places_of_a_stretch_are_those_of_the_whole_text():
    """A claim looks for people and places in its own sentence only, and they are
    found there alone: the same as found in the whole text, even where a match runs
    across the line break that ends a sentence ("met in\nParis", "Russia's foreign\nminister")."""
    import random

    from helpers import SEEDS

    from factcheck.corpus import decode
    from factcheck.extract import extract_mentions
    from factcheck.scope import find_people

    texts = [decode(p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(11)
    pieces = [" in\n", " in ", " at the\n", "\n", ". ", ", ", "Paris ", "Foreign Minister Sergey Lavrov ", "his foreign\nminister ",
              "Russia's foreign minister ", "stormed the\nRialto theatre ", "attack on the\nCafe Lune ", "Mr. Kerry ", "Tomas Rudd ", "Rudd ", "-",
              " in the same town ", " near the\nsame city"]
    for _ in range(30):
        text = rng.choice(texts)
        for _ in range(rng.randint(0, 40)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(pieces) + text[at + rng.randint(0, 3):]
        texts.append(text)
    articles = [build_article(f"a{k}", f"a{k}.txt", t) for k, t in enumerate(texts)]
    words = {a.id: Words(a.text) for a in articles}
    names = {a.id: [m for m in extract_mentions(a, words[a.id]) if m.kind == "name"] for a in articles}
    people = find_people(articles, words, names)
    assert people.lone_titles()
    for a in articles:
        whole = index_article(a, people, words[a.id], names[a.id])
        everyone, everywhere = whole.person_hits, whole.place_hits
        named = whole.named(0, len(a.text))
        stretches = [(s.start, s.end) for s in a.sentences] + [(rng.randint(0, len(a.text)), len(a.text)) for _ in range(5)]
        for lo, hi in stretches:
            part = index_article(a, people, words[a.id], names[a.id])
            assert part.persons(lo, hi) == [h for h in everyone if lo <= h[0] < hi]
            assert part.places(lo, hi) == [h for h in everywhere if lo <= h[0] < hi]
            assert part.named(lo, hi) == [h for h in named if lo <= h[0] < hi]


def test_clause_breaks_of_a_sentence_are_the_matches_of_the_break_pattern():
    """``break_spans`` finds what ``_BREAK.finditer`` finds in a sentence, trying the
    pattern only where a match can start."""
    import random

    from helpers import SEEDS

    from factcheck.corpus import decode
    from factcheck.scope import _BREAK, break_spans

    texts = [decode(p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    pieces = [";", ":", ",", ", and", ",  but", ",\nwhile", " while", "while", "awhile", "While", " — ", " – ", "—", " — — ",
              "\u2003—\u2003", " ,", ", including", ", whereas", "x", " ", "\n", ".", "word", "wh", "ile"]
    rng = random.Random(13)
    texts += ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(300)]
    for text in texts:
        for _ in range(10):
            s0 = rng.randint(0, len(text))
            s1 = rng.randint(s0, len(text))
            assert break_spans(text, s0, s1) == [m.span() for m in _BREAK.finditer(text, s0, s1)], (text, s0, s1)


def _people_of(*texts):
    from factcheck.scope import find_people

    articles = [build_article(f"a{k}", f"a{k}.txt", t) for k, t in enumerate(texts)]
    words = {a.id: Words(a.text) for a in articles}
    return articles, words, find_people(articles, words)


def test_a_regnal_number_is_no_surname():
    """"Queen Elizabeth II" is Elizabeth, and "the Queen" alone points back to her."""
    _, _, people = _people_of("Queen Elizabeth II met Pope John Paul II and Robert Kennedy Jr. on Monday.")
    assert people.surnames == {"Elizabeth": "Elizabeth", "Paul": "Paul"}
    assert people.titles["queen"] == {"Elizabeth"}


@pytest.mark.parametrize("text, surnames, title", [
    ("Pope Benedict XVI met Louis Sr. on Monday.", {"Benedict": "Benedict"}, "pope"),
    ("Sultan Qaboos spoke on Monday.", {"Qaboos": "Qaboos"}, "sultan"),
    ("Emir Tamim arrived.", {"Tamim": "Tamim"}, "emir"),
    ("Crown Prince Mohammed spoke.", {"Mohammed": "Mohammed"}, "crown prince"),
    ("Grand Ayatollah Ali Sistani spoke.", {"Sistani": "Sistani"}, "grand ayatollah"),
    ("The Duchess Kate arrived at Duke University.", {"Kate": "Kate"}, "duchess"),
    ("King Louis XIV and John Smith III met.", {"Louis": "Louis"}, "king"),
    # a title before an honorific titles the name after both, not the honorific
    ("Chief executive Dr. Alan Whitcomb spoke.", {"Whitcomb": "Whitcomb"}, "chief executive"),
    ("Interior Minister Mr. Georgi Nikolov spoke.", {"Nikolov": "Nikolov"}, "interior minister"),
])
def test_royal_and_religious_titles_and_suffixes(text, surnames, title):
    """Rulers' and clerics' titles name a person, and a regnal number up to XX or a
    generation ("Sr", "III") after the name is no surname."""
    _, _, people = _people_of(text)
    assert people.surnames == surnames
    assert title in people.titles


def test_a_known_name_opening_another_full_name_is_someone_else():
    """A king's, a pope's or a prince's name is a given name too: after "Prince William",
    "William Hague" is not the prince; but a weekday, a suffix or a possessive after the
    name leaves it the prince's, as does a headline, which capitalizes every word."""
    articles, words, people = _people_of(
        "Prince William arrived.",
        "William Hague spoke. William Tuesday said. Prince William's wife and William, Novak and William II met."
        " William-Smith left.",
        "William Meets Students At Sochi School\n\nThe visit was short.")
    found = index_article(articles[1], people, words["a1"]).person_hits
    text = articles[1].text
    assert [text[at:at + 12] for at, _ in found] == [
        "William Tues", "William's wi", "William, Nov", "William II m", "William-Smit"]
    assert index_article(articles[2], people, words["a2"]).person_hits == [(0, "William")]


def _sides(text):
    """The participants ``_meeting_sides`` reads around the first meeting word of ``text``."""
    import re

    from factcheck.scope import _meeting_sides

    articles, words, people = _people_of(text)
    scope = index_article(articles[0], people, words["a0"])
    m = re.search(r"\b(?:met|talks|meeting|welcomed|hosted|visited)\b", text)
    return sorted(_meeting_sides(scope, m.span(), (0, len(text))))


def test_the_subject_and_object_of_a_meeting_word_are_its_participants():
    assert _sides("Vladimir Putin, Sergei Lavrov and John Kerry met on Tuesday.") == ["Kerry", "Lavrov", "Putin"]
    assert _sides("Putin, Lavrov and Kerry met on Tuesday.") == ["Kerry", "Lavrov", "Putin"]
    assert _sides("Anna Berger held talks with Ivo Novak and Dan Weil on Tuesday.") == ["Berger", "Novak", "Weil"]
    assert _sides("Kerry met Putin's adviser on Tuesday.") == ["Kerry", "Putin"]
    # a place, a time, a body or a people is none; nor what stands before a comma that ends no list
    assert _sides("In Sochi, Kerry met Putin on Tuesday.") == ["Kerry", "Putin"]
    assert _sides("On Tuesday, Kerry met Putin.") == ["Kerry", "Putin"]
    assert _sides("Officials in Moscow met on Tuesday.") == []
    assert _sides("Kerry met with Russian officials on Tuesday.") == ["Kerry"]
    assert _sides("NATO and the European Union met on Tuesday.") == []
    assert _sides("Kerry visited Sochi on Tuesday.") == []  # what is visited is mostly a place
    assert _sides("Kerry held talks with Russian Foreign Minister Sergey Lavrov at a hotel.") == ["Kerry", "Lavrov"]
    assert _sides("Kerry was welcomed by Vladimir Putin in Sochi.") == ["Putin"]
    assert _sides("Putin's meeting with Kerry lasted four hours.") == ["Kerry", "Putin"]
    assert _sides("Anna Berger and Ivo Novak held talks on Tuesday.") == ["Berger", "Novak"]
    assert _sides("John F. Kerry and Sergei Lavrov met on Tuesday.") == ["Kerry", "Lavrov"]
