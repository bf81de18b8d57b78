"""A qualifier compared rather than grouped by: scope mode ``compared``.

Most qualifiers keep facts apart: two speakers' words are two quotations. A compared
qualifier is the fact itself: ``quote-speaker`` groups quotations by their words
(``wording.same_words``) and compares who said them, so that the same words given to
Lavrov in one source and to Peskov in another are a discrepancy. A claim that leaves the
qualifier unstated ("he said", "a spokesman said": the scope reader names no one) agrees
with any value, as a stand-in for someone unnamed.
"""

from __future__ import annotations

from factcheck.models import Claim, Group, trusted


def verdict(claims: list[Claim], dim: str) -> tuple[str, list[list[Claim]]]:
    """The verdict on the claims' values of ``dim``, and the claims of each value (those
    that leave it unstated in none): a discrepancy when sources state two values; compatible
    when one is stated beside claims that state none, or when a source states two values
    itself (it says both are right: "Peskov repeated Lavrov's words"); agree when every
    claim states the one value."""
    if len({c.mention.article for c in claims}) < 2:
        return "single_source", [claims]
    by_value: dict[str, list[Claim]] = {}
    of_article: dict[str, set[str]] = {}
    for c in claims:
        for v in c.scope.get(dim, ()):
            by_value.setdefault(v, []).append(c)
            of_article.setdefault(c.mention.article, set()).add(v)
    groups = [by_value[v] for v in sorted(by_value)]
    if len(groups) > 1:
        both = any(len(vs) > 1 for vs in of_article.values())
        return ("compatible" if both else "discrepancy"), groups
    stated = sum(map(len, groups))
    return ("agree" if stated == len(claims) else "compatible"), groups


def describe(groups: list[list[Claim]], dim: str, key) -> tuple[Group, ...]:
    """Each group's articles in reading order (``key``: ``compare.reading_order``) and the
    value of ``dim`` its claims share."""
    out = []
    for g in groups:
        shared = set.intersection(*(set(c.scope.get(dim, ())) for c in g))
        arts = tuple(dict.fromkeys(c.mention.article for c in sorted(g, key=key)))
        out.append(trusted(Group, articles=arts, value=" / ".join(sorted(shared))))
    return tuple(out)


def unstated_note(claims: list[Claim], dim: str) -> tuple[str, ...]:
    """A note on the claims that leave ``dim`` unstated, which agree with any value."""
    n = sum(1 for c in claims if not c.scope.get(dim))
    if not n:
        return ()
    return (f"{n} claim(s) name no {dim.replace('_', ' ')} (a pronoun or a title stands in) and agree with any",)
