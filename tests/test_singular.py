"""``vocab.singular``: the singular a plural counts under, so "a wife" and "two wives" group."""

import pytest

from factcheck.vocab import singular


@pytest.mark.parametrize("plural, expected", [
    # -f, -fe -> -ves, listed; most words in -ves are regular
    ("wives", "wife"), ("lives", "life"), ("knives", "knife"), ("thieves", "thief"), ("halves", "half"),
    ("leaves", "leaf"), ("wolves", "wolf"), ("shelves", "shelf"),
    ("relatives", "relative"), ("olives", "olive"), ("drives", "drive"), ("waves", "wave"),
    # vowel changes and -en
    ("women", "woman"), ("children", "child"), ("people", "person"), ("mice", "mouse"), ("geese", "goose"),
    ("feet", "foot"), ("teeth", "tooth"),
    # -men -> -man, but not in words that are no plurals
    ("gunmen", "gunman"), ("policemen", "policeman"), ("fishermen", "fisherman"), ("specimen", "specimen"),
    # Greek and Latin
    ("crises", "crisis"), ("analyses", "analysis"), ("criteria", "criterion"), ("phenomena", "phenomenon"),
    ("media", "media"),
    # -es after -s, and -ies, -oes whose singular keeps the -e
    ("buses", "bus"), ("viruses", "virus"), ("houses", "house"), ("causes", "cause"),
    ("movies", "movie"), ("cities", "city"), ("heroes", "hero"), ("shoes", "shoe"),
    # regular ones and nouns that are no plurals
    ("attacks", "attack"), ("churches", "church"), ("news", "news"), ("series", "series"),
])
def test_singular(plural, expected):
    assert singular(plural) == expected
