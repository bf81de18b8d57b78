"""Vocabularies live in factcheck/data/*.yaml, one list per job; Python holds no word lists.

This test reads every string constant in factcheck/**/*.py and fails on a regular
expression alternation of three or more English words (``(?:was|were|is|are)``) that
is not listed below with the reason it stays: such a list goes to the data table that
holds that kind of word (or to a new key there, with a comment saying what it is for),
and the pattern is built from it once (``trie``, ``trie_alternation``).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "factcheck"

# a group of three or more lower-case words (a phrase's blank written ``\s+``; "vs\.?" and
# "totall?ing" as written), alone in its group
_ALTERNATION = re.compile(r"\((?:\?:|\?P<\w+>)?((?:[a-z]+(?:\\s\+[a-z]+)*(?:\\\.)?\??[a-z]*)(?:\|(?:[a-z]+(?:\\s\+[a-z]+)*(?:\\\.)?\??[a-z]*)){2,})\)")

# (file, the group's words) -> why it stays in Python
LEFT = {
    # grammar: the joiners of a list of numbers and the articles, the structure of their patterns
    ("extract/ages.py", "and|or|to"): "joins the ages of a list ('15, 16 and 17', '18 to 25')",
    ("extract/quantities.py", "and|or|to"): "joins two decades of life ('20s and 30s')",
    ("extract/counts.py", "the|a|an"): "the articles before where people were ('on the bus')",
    ("scope/speakers.py", "the|a|an"): "the articles",
    ("scope/speakers.py", "that|which|who"): "the relative pronouns of a described name",
    ("scope/people.py", "for|of|at"): "the prepositions between a role and its body ('minister for health,')",
    ("scope/speakers.py", "for|to|of"): "the prepositions between a role and whom it serves ('an aide to the governor')",
    ("extract/ages.py", "of|among|from"): "the prepositions of a part ('of the victims')",
    # the date grammar's own units and relation words, each read by name in dates.py
    ("extract/dates.py", "week|month|year"): "units the date code computes with",
    ("extract/dates.py", "year|month|week"): "units the date code computes with",
    ("extract/dates.py", "year|month|week|day"): "units the date code computes with",
    ("extract/dates.py", "year|month|weekend|week"): "units the date code computes with",
    ("extract/dates.py", "year|month|week|decade"): "units the date code computes with",
    ("extract/dates.py", "hours|days|weeks|months|years|decades"): "units the date code computes with",
    ("extract/ages.py", "years?|yrs?|months?|weeks?|days?"): "units ages.py computes with by their first letter",
    ("extract/dates.py", "before|after|prior"): "a relation's last word, beside 'hence', 'earlier', 'later'",
    # subsets of numbers.yaml scales and fractions, whose words a second list would repeat
    ("extract/numbers.py", "half|quarter|third"): "the shares of 'two and a half' (numbers.yaml fractions)",
    ("extract/numbers.py", "million|billion|trillion|thousand|lakh|crore"): "numbers.yaml scales",
    ("extract/numbers.py", "million|billion|trillion|thousand"): "numbers.yaml scales",
}


def _constants(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def _alternations():
    for path in sorted(ROOT.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for line, text in _constants(path):
            for m in _ALTERNATION.finditer(text):
                words = m.group(1)
                if all(len(w) <= 2 for w in words.split("|")):
                    continue  # "st|nd|rd|th": the endings of an ordinal
                yield name, line, words


def test_no_word_list_in_python_patterns():
    found = [f"{name}:{line}: ({words})" for name, line, words in _alternations() if (name, words) not in LEFT]
    assert not found, "word lists in Python patterns; move them to factcheck/data:\n" + "\n".join(found)


@pytest.mark.parametrize("key", sorted(LEFT))
def test_left_alternations_still_stand(key):
    """An entry of ``LEFT`` whose pattern has gone goes too."""
    assert key in {(name, words) for name, _, words in _alternations()}


# A reader names its list by key: a key the data lacks (renamed, misspelt) stops it loudly,
# never switches its feature off with an empty list.
@pytest.mark.parametrize("args", [
    ("nouns.yaml", "no_such_list"),
    ("numbers.yaml", "factors", "no_such_list"),
    ("nouns.yaml", "ordinal_ranks"),  # calendar.yaml's key, not nouns.yaml's
])
def test_a_missing_data_key_fails_loudly(args):
    from factcheck.extract.base import data_words

    with pytest.raises(KeyError):
        data_words(*args)


def test_data_words_reads_a_list_and_a_nested_list():
    from factcheck.extract.base import data_words

    assert "final" in data_words("calendar.yaml", "ordinal_ranks")
    assert "factor" in data_words("numbers.yaml", "factors", "by_a_factor")
