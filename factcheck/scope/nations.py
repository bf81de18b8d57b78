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
