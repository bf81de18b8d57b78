"""A corpus that knows more surnames than an article has words finds the
same people in it as a small corpus does."""

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
