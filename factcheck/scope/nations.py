"""Of what nationality the people a count counts are: "three Colombians", "six Spanish nationals", "six
Spaniards", "two Dutch citizens" (data/names.yaml ``demonyms``, ``demonym_nouns``), read from the count's
own words: the population a count of them counts (scope/speakers.py ``_population``)."""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.names import demonyms
from factcheck.vocab import data_file, demonym_plural


@lru_cache(maxsize=1)
def _nations() -> dict[str, str]:
    """Each way a count's words name a nationality, in lower case, to its adjective: the adjective
    ("Spanish nationals"), its plural as a noun ("Colombians"), and the nouns of names.yaml
    ``demonym_nouns`` and their plurals ("Spaniards", "Dutchmen")."""
    table = {}
    for adjective in demonyms():
        low = adjective.lower()
        table[low] = low
        if (plural := demonym_plural(low)) is not None:
            table[plural] = low
    for adjective, nouns in (data_file("names.yaml").get("demonym_nouns") or {}).items():
        for noun in map(str.lower, map(str, nouns)):
            table[noun] = table[demonym_plural(noun) or noun] = str(adjective).lower()
    return table


def nationality(words: list[str]) -> str | None:
    """The one nationality that ``words`` (a count's, in lower case) name, if any."""
    nations = _nations()
    found = {nations[w] for w in words if w in nations}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _one_of_a_nation() -> dict[str, str]:
    """Each word that names one person of a nationality, in lower case, to its adjective: the adjective
    as a noun ("said the Italian") and the nouns of names.yaml ``demonym_nouns`` ("said the Swede"); no
    plural ("the Swedes said" are several), and no adjective that has no plural (``demonym_plural``): it
    names the people ("the French said", "said the British", "the Swiss said", "said the Chinese")."""
    table = {low: low for low in map(str.lower, demonyms()) if demonym_plural(low) is not None}
    for adjective, nouns in (data_file("names.yaml").get("demonym_nouns") or {}).items():
        for noun in nouns:
            table[str(noun).lower()] = str(adjective).lower()
    return table


def nation_of_one(word: str) -> str | None:
    """The adjective of the nationality ``word`` names one person of ("Swede": "swedish"), else None."""
    return _one_of_a_nation().get(word.lower())
