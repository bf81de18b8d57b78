"""What a sum is told of: another named work than the story's own (the ``item`` reader: "a Gustav
Klimt landscape, which sold for $58.2 million" beside the story's Schiele; for a measure, the thing it
measures when another than the story's whole: "a 3km protection zone", "a 2.1-meter thigh bone") and a
total over many things (the ``total`` reader: "Monday's sale of 22 lots totaled $486 million", never
one lot's price)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie_alternation
from factcheck.models import Mention
from factcheck.scope.article import ArticleScope
from factcheck.scope.people import AMBIGUOUS
from factcheck.scope.spans import _clause_of
from factcheck.vocab import singular

_ITEM_REACH = 60  # characters from a named work's noun to the sum told of it ("... landscape, which sold for ")
_TOTAL_WORDS = 4  # words from a total's word to the sum it gives ("for a total of $486 million")


@lru_cache(maxsize=1)
def _named_work() -> tuple:
    """A work or a thing named by the person who made it: a determiner (nouns.yaml ``determiners``),
    one to three capitalized words, then a noun in lower case ("a Gustav Klimt landscape", "an Egon
    Schiele cityscape"); and what may stand between its noun and a sum told of it: a relative clause's
    opening or a verb's few words, no other clause ("... landscape, which sold for ", "... painting of a
    riverside town sold for ")."""
    dets = trie_alternation(data_words("nouns.yaml", "determiners"))
    work = pattern_cache.compile(rf"(?<![\w'’-])(?i:{dets})[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}})"
                                 r"[ \t]+[a-z][a-z-]{2,}\b")
    gap = pattern_cache.compile(rf"(?:,[ \t]+(?:which|that)\b)?[^,;:()\"“”—–.!?]{{0,{_ITEM_REACH}}}")
    return work, gap


def _item(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """For a measure, what it measures (``_measured``). Whose work a sum is told of, when that is another person's than the one the article names most:
    the maker named in the work's noun phrase right before the sum, or before the relative clause that
    tells it ("Other highlights included a Gustav Klimt landscape, which sold for $58.2 million" is
    Klimt's; "an Egon Schiele cityscape that sold for $164.6 million", in a story about Schiele's
    painting, is the story's, unstated)."""
    if mention.kind == "measure":
        return _measured(scope, mention, sentence)
    named = scope.named(sentence[0], mention.start)
    if not named:
        return ()
    text = scope.article.text
    work, gap = _named_work()
    last = None
    for m in work.finditer(text, max(sentence[0], named[0][0] - 20), mention.start):
        last = m
    if last is None or gap.fullmatch(text, last.end(), mention.start) is None:
        return ()
    keys = [key for at, key in named if last.start("name") <= at < last.end("name")]
    if not keys or keys[-1] == AMBIGUOUS or keys[-1] in scope.principal_people:
        return ()
    return (keys[-1],)


_MEASURED_REACH = 8  # words before a measure, in its sentence, to the part or the zone it measures


@lru_cache(maxsize=1)
def _measured_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], re.Pattern]:
    """nouns.yaml ``measured_zones``, ``measured_parts``, ``part_markers`` of one word, ``determiners``,
    ``phrase_enders``, and the noun phrase in lower case right after a measure, past its bracketed
    conversion ("10km (6-mile) surveillance zone")."""
    after = pattern_cache.compile(r"(?:[ \t]*\([^()]{1,40}\))?[ \t]+(?P<np>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})")
    return (frozenset(data_words("nouns.yaml", "measured_zones")), frozenset(data_words("nouns.yaml", "measured_parts")),
            frozenset(w for w in data_words("nouns.yaml", "part_markers") if " " not in w),
            frozenset(data_words("nouns.yaml", "determiners")), frozenset(data_words("nouns.yaml", "phrase_enders")), after)


def measured_keys() -> frozenset[str]:
    """The words ``_measured`` looks up in an article's word index."""
    zones, parts, markers = _measured_words()[:3]
    return zones | parts | markers


def _zone_kind(words: list[str], k: int, dets: frozenset[str]) -> tuple[str, ...]:
    """The kind of the zone whose noun is ``words[k]``: the word before it ("protection zone"), none
    after a determiner or a figure ("the 3km zone")."""
    if k > 0 and words[k - 1].isalpha() and words[k - 1] not in dets:
        return (f"{words[k - 1]} {singular(words[k])}",)
    return ()


def _measured(scope: ArticleScope, mention: Mention, sentence) -> tuple[str, ...]:
    """What a measure measures, when another thing than the story's whole (nouns.yaml ``measured_zones``,
    ``measured_parts``): a zone's kind ("a 3km protection zone", "a protection zone with a radius of 3km"),
    a part ("a 2.1-meter thigh bone", "The thigh bone alone is 2.1 metres long": ``bone``), another thing
    named after "including" ("including Argentinosaurus, estimated at up to 35 meters long"); read right
    after the measure, else a few words before it in its sentence with no other figure between. None for the
    whole ("The animal measured 28 meters long", "the 3km zone")."""
    zones, parts, markers, dets, enders, after = _measured_words()
    text = scope.article.text
    m = after.match(text, mention.end, sentence[1])
    if m is not None:
        words = m.group("np").split()
        for k, w in enumerate(words):
            if w in enders:
                break
            if w in zones:
                return _zone_kind(words, k, dets)
            if w in parts:
                return (singular(w),)
    starts, folded = scope.words.starts, scope.words.words
    k = bisect_left(starts, mention.start)
    lo = bisect_left(starts, sentence[0])
    for i in range(k - 1, max(lo, k - _MEASURED_REACH) - 1, -1):
        w = folded[i]
        if w[0].isdigit():
            break  # another figure: what stands before it is that one's
        if w in zones:
            return _zone_kind(folded, i, dets)
        if w in parts:
            return (singular(w),)
        if w in markers and i + 1 < k and text[starts[i + 1]].isupper():
            return (folded[i + 1],)
    return ()


@lru_cache(maxsize=1)
def _total_words() -> frozenset[str]:
    """nouns.yaml ``total_words`` of one word, looked up before a sum."""
    return frozenset(w for w in data_words("nouns.yaml", "total_words") if " " not in w)


@lru_cache(maxsize=1)
def _total_after() -> frozenset[tuple[str, ...]]:
    """nouns.yaml ``total_words`` of more than one word, read right after a sum ("$486 million in all")."""
    return frozenset(tuple(w.split()) for w in data_words("nouns.yaml", "total_words") if " " in w)


def total_keys() -> frozenset[str]:
    """The words ``_total`` looks up in an article's word index."""
    return _total_words()


def _total(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Whether a sum is a total over many things: a word of a total (nouns.yaml ``total_words``) a few
    words before it in its clause, or a phrase of one right after it ("in all", "in total"), where the
    sentence counts the things before it ("Monday's sale of 22 lots totaled $486 million", "Of the 22 lots
    offered, 21 sold, for a total of $486 million", "The two evenings together made $792m"), or the word
    heads them ("Total sales for the night reached $486 million"). A sum "totalling" with no things
    counted ("a bail-out totalling €10bn", "His winnings totaled $125,000"), or a total that names one sum
    ("a total purse of $1.5 million" is the purse), is the one sum the others give."""
    if _counted_worth(scope, mention):
        return ("total",)
    clause = _clause_of(scope, mention, sentence)
    starts, folded = scope.words.starts, scope.words.words
    k = bisect_left(starts, mention.start)
    lo = max(clause[0], starts[max(0, k - _TOTAL_WORDS)])
    at = scope._words_in(_total_words(), lo, mention.start)
    e = bisect_left(starts, mention.end)
    if not at and any(tuple(folded[e:e + len(p)]) == p and starts[e + len(p) - 1] < clause[1] for p in _total_after()):
        at = [mention.start]  # "sold 21 of the 22 lots for $486 million in all"
    elif not at:
        at = scope._words_in(_total_words(), clause[0], mention.start)  # "Total sales for the night reached"
        if not at:
            return ()
    j = bisect_left(starts, at[-1])
    if at[-1] < mention.start and j + 1 < k and folded[j + 1].isalpha() and folded[j + 1] not in _total_links():
        # a total's word before a noun: "Total sales" (a plural) are many things', "a total purse" one sum's
        return ("total",) if singular(folded[j + 1]) != folded[j + 1] else ()
    counted = any(m.kind == "count" and m.value.counted and m.value.counted != "person"
                  and sentence[0] <= m.start and m.end <= at[-1] for m in scope.mentions)
    return ("total",) if counted else ()


_WORTH_REACH = 60  # characters before a sum to the things counted and "worth"
_START = attrgetter("start")
_FOR_BEFORE = pattern_cache.compile(r"\bfor[ \t]+\Z")


@lru_cache(maxsize=1)
def _worth_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A plural noun and a word of nouns.yaml ``total_values`` ending right before a sum ("14 agreements
    worth "), and what sets a sum's conversion off right after another sum (" (", ", or ")."""
    words = trie_alternation(data_words("nouns.yaml", "total_values"))
    return (pattern_cache.compile(rf"(?P<noun>[a-z]+s)[ \t]+(?:{words})[ \t]+\Z"),
            pattern_cache.compile(r"(?:[ \t]*\(|,?[ \t]+or[ \t]+)\Z"))


def _counted_worth(scope: ArticleScope, mention: Mention) -> bool:
    """Whether a sum is the worth of things counted right before it ("signed 14 agreements worth €8.2
    billion", nouns.yaml ``total_values``), or the conversion of such a sum right after it ("($9.5 billion)",
    ", or about $9.5 billion")."""
    text = scope.article.text
    worth, conversion = _worth_patterns()
    lo = max(0, mention.start - _WORTH_REACH)
    m = worth.search(text, lo, mention.start)
    mentions = scope.mentions
    if m is not None:
        # things a deal is for are the deal's, one sum: "a contract for two submarines worth €3.1 billion"
        noun_end = m.end("noun")
        return any(c.kind == "count" and c.end == noun_end and c.value.counted not in (None, "person")
                   and not _FOR_BEFORE.search(text, max(0, c.start - 5), c.start)
                   for c in mentions[max(0, _mention_at(mentions, noun_end) - 3):_mention_at(mentions, noun_end) + 1])
    c = conversion.search(text, max(0, mention.start - 6), mention.start)
    if c is None:
        return False
    i = _mention_at(mentions, c.start())
    return i >= 0 and mentions[i].kind == "money" and mentions[i].end == c.start() and _counted_worth(scope, mentions[i])


def _mention_at(mentions: list[Mention], end: int) -> int:
    """The index of the last of ``mentions`` (in text order) that starts before ``end``; -1 for none."""
    return bisect_left(mentions, end, key=_START) - 1


@lru_cache(maxsize=1)
def _total_links() -> frozenset[str]:
    """The words after a total's word that link it to its sum, not a noun it heads ("a total of"): the
    prepositions of names.yaml ``phrase_openers``."""
    return frozenset(data_words("names.yaml", "phrase_openers"))
