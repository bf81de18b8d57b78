"""When a value is of: its date (``when``), an earlier event's time (``read_past``,
the ``past`` qualifier), an increment to a total, a figure an update replaced, and the
period of a running total."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import data_words, statement_date, trie, trie_alternation
from factcheck.extract.quantities import change_by_verbs
from factcheck.models import Article, Mention
from factcheck.scan import NUMBER, KeyedPattern, first_words, followers
from factcheck.scope.people import _bare_surname
from factcheck.scope.spans import _clause_of, _matches, _previous_start, _within
from factcheck.vocab import FoldedKeys, data_file, fold, singular, vocabulary

if TYPE_CHECKING:  # for annotations only: article.py imports this module
    from factcheck.scope.article import ArticleScope


@lru_cache(maxsize=1)
def _deadline_before() -> re.Pattern:
    """Ending right before a date: a word that makes it a deadline ("by 2032", "until March";
    calendar.yaml ``deadline_words``)."""
    return pattern_cache.compile(rf"\b(?i:{trie_alternation(data_words('calendar.yaml', 'deadline_words'))})\s+\Z")


def _when(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    # the date of this very clause: "On 26 February ... a 5.2-magnitude quake"
    clause = _clause_of(scope, mention, sentence)
    text = scope.article.text
    since_before = _since_before()
    near = sorted((d, h) for d, h in _within(scope.date_hits, scope, (mention.start, mention.end), 8, clause)
                  if h[0] != mention.start and not _set_beside(text, mention, h[0], clause[0])
                  and not (h[0] > mention.end and _dated_measure().match(text, h[0]))
                  # "the highest since 2011": what a record is measured back to; a running figure's
                  # start keeps its date ("pardoned hundreds since mid-2024"), apart from the story's own,
                  # unless it is a day of the story's own weeks ("searched 35,000 square kilometres since
                  # Sunday"): that total is today's figure
                  and not ((since_at := since_before.search(text, max(0, h[0] - 16), h[0]))
                           and (record_before_since(text, since_at.start())
                                or _recent_day(h[1], scope.article.published))))
    if not near:
        return ()
    at, key = near[0][1]
    return EventDay((key,)) if _names_event_day(scope, at, key) else (key,)


_RECENT_DAYS = 31  # days before publication a running total's start may lie and its total still be today's


def _recent_day(key: str, published) -> bool:
    """Whether ``key`` is a day at most ``_RECENT_DAYS`` before ``published`` (and not after it)."""
    if published is None or not _ISO_DAY.match(key):
        return False
    try:
        day = dt.date.fromisoformat(key[:10])
    except ValueError:
        return False
    return 0 <= (published - day).days <= _RECENT_DAYS


class EventDay(tuple):
    """A ``when`` key of a day told as the name of an event: "Turnout in the March 7 vote", "Sunday's
    election", "the 12 May blast". It equals the plain key and reads the same; grouping lets it stand
    for the story's own occurrence when it is the one such day among a fact's claims (``grouping._split``)."""

    __slots__ = ()


_DAY_KEY = pattern_cache.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def _names_event_day(scope: ArticleScope, at: int, key: str) -> bool:
    """Whether the date at ``at`` (stated ``key``) is a day that names an event: after "the" or with
    "'s", right before an event noun (data/nouns.yaml ``event_nouns``), one word between at most: "the
    March 7 vote", "Sunday's parliamentary election"; not a month or a year ("the 2019 vote": another
    occurrence's), nor a date with no "the" ("On March 7 attacks killed ...")."""
    if not _DAY_KEY.fullmatch(key):
        return False
    dates = scope._dates_in(at, at + 1)
    if not dates:
        return False
    text = scope.article.text
    end = dates[0].end
    owned = text.startswith(("'s", "’s"), end)
    if not owned and not _THE_BEFORE.search(text, max(0, at - 5), at):
        return False
    return _event_noun_after().match(text, end + 2 if owned else end) is not None


_THE_BEFORE = pattern_cache.compile(r"(?<![\w'’-])(?i:the)[ \t]+\Z")


@lru_cache(maxsize=1)
def _event_noun_after() -> re.Pattern:
    """An event noun or its plural right after a date, one lower-case word between at most."""
    return pattern_cache.compile(rf"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?i:{trie_alternation(_event_words())})\b")


_RECORD_REACH = 30  # characters before "since" a record's word may stand: "the deadliest attack on the city since"


def record_before_since(text: str, since_at: int) -> bool:
    """Whether a record's word (units.yaml ``duration.lookback_before``: "the most", "the deadliest")
    stands a few words before the "since" at ``since_at``, no punctuation between: the date after it
    is what the record measures back to ("killed 15,000, the most since 1923"), no start of a
    running count."""
    return _record_before().search(text, max(0, since_at - _RECORD_REACH), since_at) is not None


@lru_cache(maxsize=1)
def _record_before() -> re.Pattern:
    words = trie_alternation(vocabulary().duration_lookback_before)
    return pattern_cache.compile(rf"\b(?i:{words})\b[^,.;:!?]*\Z")


@lru_cache(maxsize=1)
def _since_before() -> re.Pattern:
    """Ending right before a date: a word of a point the news is measured from (calendar.yaml
    ``past_words`` ``since``), perhaps with "the" ("the lowest since the 2005 election")."""
    return pattern_cache.compile(rf"\b(?i:{trie_alternation(_since_words())})\s+(?i:the\s+)?\Z")


@lru_cache(maxsize=1)
def _dated_measure() -> re.Pattern:
    """A date after a value that names the year of a record or a peak ("47.6C in Montoro, beating
    the 2021 record"): another figure's time, not this value's (calendar.yaml ``dated_measures``)."""
    words = data_words("calendar.yaml", "dated_measures")
    # a year (a month may open it), then right away the noun it dates: "2021 record", "2019 peak",
    # "June 2019 high"; a day ("on Saturday to mark") dates the value itself
    return pattern_cache.compile(rf"(?:[A-Z][a-z]+\.?\s+)?\d{{4}}\s+(?i:{trie_alternation(words)})\b")


@lru_cache(maxsize=1)
def _change_from() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(right after a value, "from" and a figure; the same after "up"/"down"; a verb of
    change, hedges.yaml ``change_verbs``): "72.1 percent, down from 84.6 percent", "fell to
    $18.4 billion from $19.6 billion". A hedge (hedges.yaml ``before``) may open the figure."""
    v = vocabulary()
    hedge = trie_alternation({" ".join(h.split()) for h in v.hedges_before}).replace(" ", r"\s+")
    figure = rf"from\s+(?:(?:{hedge})\s+)?[$€£]?\d"
    return (pattern_cache.compile(rf"(?i:,?\s+{figure})"),
            pattern_cache.compile(rf"(?i:,?\s+(?:up|down)\s+{figure})"),
            pattern_cache.compile(rf"(?i:\b(?:{trie_alternation(set(v.change_verbs))})\b)"))


_CHANGE_REACH = 30  # characters before a value a verb of change may stand ("fell 6 percent to $18.4 billion")


def _set_beside(text: str, mention: Mention, at: int, since: int) -> bool:
    """Whether the date at ``at`` stands in a phrase set beside the value's ("turnout was
    55%, compared with 48% in 2010"; "Compared with 2010, turnout was 55%"): the phrase
    after a ``than`` word of calendar.yaml ``past_words``, up to its comma, or the figure a
    change began from, right after the value ("55%, down from 62% in 2010")."""
    pattern, roles = _past_pattern()
    if at > mention.end:
        # "72.1 percent, down from 84.6 percent in 2014", "to $18.4 billion from $19.6
        # billion in 2015": a date after the figure a change began from is that figure's
        # ("$5 million from 300 donors in 2014" is where the money came from)
        bare, turned, change = _change_from()
        if turned.match(text, mention.end, at) is not None or (
                bare.match(text, mention.end, at) is not None
                and change.search(text, max(since, mention.start - _CHANGE_REACH), mention.start) is not None):
            return True
        return any(roles.get(" ".join(m.group().lower().split())) == "than" for m in pattern.finditer(text, mention.end, at))
    if text.find(",", at, mention.start) < 0:
        return False  # the date and the value share a phrase
    comma = text.rfind(",", since, at)
    return any(roles.get(" ".join(m.group().lower().split())) == "than"
               for m in pattern.finditer(text, max(comma + 1, since), at))


# -- Values of earlier events --------------------------------------------------------
#
# News about an event cites earlier ones to measure it: "The previous largest was Great
# Kanto in 1923, ..., and that was 7.9 magnitude"; "the deadliest since the 2004 Madrid
# bombings, which killed 191"; "the worst since 1996, when 35 people died". Those values
# are claims about another event. ``read_past`` gives such a value the earlier time it
# speaks of (the ``past`` qualifier, which grouping keeps strict for every rule), so it
# never meets the values that state no time: those speak of the news of the day.

# A date that ends at least this many days before publication, or a whole year (decade)
# before the year of publication, is an earlier event's time.
PAST_DAYS = 365
_WHOLE_YEARS = frozenset({"year", "decade"})
# The kinds whose values are read for an earlier time: a date or time is a time itself,
# and names and quotations have none.
PAST_KINDS = frozenset({"count", "duration", "age", "money", "percent", "measure", "factor"})
_ISO_DAY = pattern_cache.compile(r"\d{4}-\d\d-\d\d")
_AND = pattern_cache.compile(r"\band\b")


@lru_cache(maxsize=1)
def _and_verb() -> re.Pattern:
    """"and", a verb in the past (lower case: "and United", "and Red Cross" are names)
    and nothing else up to the value, its object (data/nouns.yaml ``past_verbs_irregular``)."""
    return pattern_cache.compile(rf"and\s+(?:[a-z]+ed|{_irregular_past()})\s+")


def _and_fences(text: str, a: int, b: int, e: int, end: int) -> bool:
    """Whether an "and" between ``a`` and the value from ``b`` to ``e`` opens a conjunct of
    its own; not one right before a verb in the past whose object is the value, which shares
    the subject a year dates: "The 1999 quake measured 7.6 and killed 17,000 people"; nor one
    right before the value as the subject of such a verb, which says more of that event:
    "The 2010 eruption killed 353 people and 70,000 were evacuated", unless a word of the
    news stands after it before ``end`` ("and 45 died this time": ``_novelty``)."""
    verb = _and_verb()
    return any(not verb.fullmatch(text, m.start(), b)
               and not (text[m.end():b].isspace() and _value_verb().match(text, e)
                        and _novelty().search(text, e, end) is None)
               for m in _AND.finditer(text, a, b) if not _inside_name(text, m.start(), m.end()))


# "and" between two capitalized words: inside a name ("the Occupational Safety and Health
# Administration", "Bosnia and Herzegovina"), no conjunct of its own
_NAME_AND = pattern_cache.compile(r"[A-Z][\w'’.-]*[ \t]+and[ \t]+[A-Z]")


def _inside_name(text: str, a: int, b: int) -> bool:
    """Whether the "and" from ``a`` to ``b`` stands between two capitalized words, inside a
    name: "Safety and Health Administration", "Bosnia and Herzegovina" (not "the annexation in
    2008 and United Nations figures", whose "and" follows a lower-case word)."""
    w = max(text.rfind(" ", 0, a - 1), text.rfind("\t", 0, a - 1)) + 1
    return _NAME_AND.match(text, w, b + 2) is not None


# a value set before its own noun as one hyphenated word ("the 52-year-old plant", "a 300-metre
# tower"), and a year set before another noun after a determiner ("a 2011 explosion", "the 1995 quake")
_ATTRIBUTE_VALUE = pattern_cache.compile(r"[^\s-]+-[^\s]*[A-Za-z]\Z")
_NOUN_AFTER = pattern_cache.compile(r"[ \t]+[A-Za-z]")
_YEAR_ONLY = pattern_cache.compile(r"\d{4}\Z")


@lru_cache(maxsize=1)
def _determined() -> re.Pattern:
    """A determiner (nouns.yaml ``determiners``) ending right before a year: "a ", "the "."""
    return pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(data_words('nouns.yaml', 'determiners'))})[ \t]+\Z")


def _attributes_apart(text: str, mention: Mention, x: int, y: int) -> bool:
    """Whether the value and the year from ``x`` to ``y`` after it each describe a noun of their
    own: the value one hyphenated word before its noun ("The 52-year-old plant"), the year right
    after a determiner, before another noun ("was the site of a 2011 explosion"). The year names
    that noun's event and dates what is told of it ("a 2011 explosion that killed two workers"),
    not the value, which describes its noun as the article tells it (the plant's age today)."""
    return (_ATTRIBUTE_VALUE.search(mention.text) is not None
            and _NOUN_AFTER.match(text, mention.end) is not None
            and _YEAR_ONLY.match(text[x:y]) is not None
            and _NOUN_AFTER.match(text, y) is not None
            and _determined().search(text, max(0, x - 8), x) is not None)


@lru_cache(maxsize=1)
def _auxiliary_conjunct() -> re.Pattern:
    """"and" before an auxiliary (calendar.yaml ``conjunct_auxiliaries``): after a value, a clause
    of the subject's own, whose time dates that clause ("52m tall and was completed in 2004")."""
    words = trie_alternation(data_words("calendar.yaml", "conjunct_auxiliaries"))
    return pattern_cache.compile(rf"(?<![\w'’-])and\s+(?:{words})(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _value_verb() -> re.Pattern:
    """A verb in the past right after a value, its subject: "70,000 were evacuated", "353
    died" (data/nouns.yaml ``past_verbs_irregular``); not "have been evacuated", which goes
    on to the news."""
    return pattern_cache.compile(rf"\s+(?:were|was|had|[a-z]+ed|{_irregular_past()})(?![\w'’-])")


@lru_cache(maxsize=1)
def _irregular_past() -> str:
    """The alternation of nouns.yaml ``past_verbs_irregular`` ("killed" is regular, "left" is not)."""
    return trie_alternation({str(w) for w in data_file("nouns.yaml").get("past_verbs_irregular", ())})


def _says_more(text: str, brk: tuple[int, int, bool], mention: Mention, end: int) -> bool:
    """Whether the clause after a break that parts times (";"), up to ``end``, says more of
    the event before it: it opens with the value as the subject of a verb in the past ("The
    2010 eruption killed 353 people; 70,000 were evacuated"), with no time or event of its
    own before the value (calendar.yaml ``past_more_breaks``) and no word of the news after
    it ("; 12 were killed in the new quake": ``_novelty``)."""
    return (text[brk[0]:brk[1]].split()[-1].lower() in vocabulary().past_more_breaks
            and (brk[1] == mention.start or text[brk[1]:mention.start].isspace())
            and _value_verb().match(text, mention.end) is not None
            and _novelty().search(text, brk[1], end) is None)


@lru_cache(maxsize=1)
def _novelty() -> re.Pattern:
    """A word that makes its clause the news of the day (calendar.yaml ``novelty_words``), as
    written in lower case."""
    words = trie_alternation(data_words("calendar.yaml", "novelty_words")).replace(" ", r"\s+")
    return pattern_cache.compile(rf"(?<![\w'’-])(?:{words})(?![\w'’-])")


@lru_cache(maxsize=1)
def _past_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """The words that tie a value to an earlier time (calendar.yaml ``past_words``) and
    the commas between words (not "140,000"), in one pattern."""
    roles = FoldedKeys({" ".join(w.lower().split()): role for role, words in vocabulary().past_words.items() for w in words})
    alternation = trie_alternation(set(roles)).replace(" ", r"\s+")
    return pattern_cache.compile(rf"(?i:(?<![\w'’-])(?:{alternation})(?![\w'’-]))|,(?=\s)"), roles


@lru_cache(maxsize=1)
def _past_openers() -> frozenset[str]:
    """The words, as ``Words`` sees them, that the phrases of ``_past_pattern`` open with."""
    return frozenset(first_words(_past_pattern()[1]))


def _past_matches(scope: ArticleScope, s0: int, s1: int) -> list[re.Match]:
    """``_past_pattern``'s matches from ``s0`` to before ``s1``, as ``finditer`` finds them, tried
    only at the commas and at the words that open a phrase (``_past_openers``), not at every
    character."""
    pattern = _past_pattern()[0]
    text = scope.article.text
    if scope._words.loose:
        return list(pattern.finditer(text, s0, s1))
    at = scope._words_in(_past_openers(), s0, s1)
    comma = text.find(",", s0, s1)
    while comma >= 0:
        at.append(comma)
        comma = text.find(",", comma + 1, s1)
    at.sort()
    return _matches(pattern, at, text, s1)


def _reference_date(article: Article, dates: list[Mention]):
    """What "before the news" is measured from: the publication date, else the latest
    date the article states (its news is no older than that)."""
    if article.published is not None:
        return article.published
    ends = [m.value.high[:10] for m in dates if isinstance(m.value.high, str) and _ISO_DAY.match(m.value.high)]
    return dt.date.fromisoformat(max(ends)) if ends else None


def past_cutoff(article: Article, mentions: list[Mention]) -> tuple[str, str]:
    """``past_key``'s cutoff day and reference year for the article: ``PAST_DAYS`` before its
    publication date (else the latest date it states); empty strings when it has neither."""
    ref = _reference_date(article, [m for m in mentions if m.kind == "date"])
    if ref is None:
        return "", ""
    return (ref - dt.timedelta(days=PAST_DAYS)).isoformat(), str(ref.year)


def past_key(value, cutoff: str, year: str) -> str | None:
    """The date as stated when it lies well before the news: its last day at or before
    ``cutoff`` (``PAST_DAYS`` before the reference date), or a whole year or decade
    before the reference ``year`` ("last year", "in 2010"); else None."""
    high = value.high
    if not isinstance(high, str) or not _ISO_DAY.match(high):
        return None
    if high[:10] <= cutoff or (value.granularity in _WHOLE_YEARS and high[:4] < year):
        return str(value.stated)
    return None


class PastFrame(NamedTuple):
    """What a sentence says of times, for ``read_past``."""

    seps: list[int]                        # commas and clause breaks, sorted
    commas: frozenset[int]
    breaks: list[tuple[int, int, bool]]    # clause breaks: start, end, whether they continue the time
    hits: list[tuple[int, int, str]]       # ``past_words`` met: start, end, role
    anchors: list[tuple[int, int, str | None]]  # dates and "earlier" words: start, end, key (None: the news)


@lru_cache(maxsize=1)
def _earlier_keys() -> frozenset[str]:
    """One word of each "earlier" phrase, its longest: a sentence without any of them
    and without an earlier date has nothing earlier in it (looked up in its words,
    not matched)."""
    return frozenset(max(w.lower().split(), key=len) for w in vocabulary().past_words["earlier"])


_SPAN = itemgetter(0, 1)


def _past_frame(scope: ArticleScope, s0: int, s1: int) -> PastFrame | None:
    dates = scope.dated_in(s0, s1)
    if all(key is None for _, _, key in dates) and not scope._words_in(_earlier_keys(), s0, s1):
        return None  # most sentences: no date well before the news, nor an "earlier" phrase
    roles = _past_pattern()[1]
    hits, commas = [], []
    for m in _past_matches(scope, s0, s1):
        if m.group() == ",":
            commas.append(m.start())
        else:
            hits.append((m.start(), m.end(), roles[" ".join(m.group().lower().split())]))
    anchors = dates + [(a, b, "earlier") for a, b, role in hits if role == "earlier"]
    if all(key is None for _, _, key in anchors):
        return None  # nothing here is earlier than the news
    anchors.sort(key=_SPAN)  # a date and an "earlier" word may share a span ("a year earlier")
    # a comma inside a date ("March 11, 2011") parts nothing
    commas = [c for c in commas if not any(a <= c < b for a, b, _ in dates)]
    continuing = vocabulary().past_continuing_breaks
    text = scope.article.text
    breaks = [(a, b, text[a:b].split()[-1].lower() in continuing) for a, b in scope.break_spans(s0, s1)]
    seps = sorted(set(commas) | {a for a, _, _ in breaks})
    return PastFrame(seps, frozenset(commas), breaks, hits, anchors)


# where the head of a noun phrase ends: "the storm *in* Manila", "survivors *of* the quake"
_HEAD_END = pattern_cache.compile(rf"\s{trie(data_words('nouns.yaml', 'event_head_enders'))}\s", re.IGNORECASE)


def is_event_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is one of the event nouns ``nouns`` (nouns.yaml
    ``event_nouns``: "quake", "protest") or its plural."""
    return word in nouns or singular(word) in nouns


def _names_event(text: str, a: int, b: int) -> bool:
    """Whether the stretch from ``a`` to ``b`` names an event (data/nouns.yaml ``event_nouns``):
    its head noun, past names after it, is one ("the Kobe quake", "Hurricane Katrina",
    "the storm in Manila"); "Tepco", "survivors of the quake" name none."""
    stretch = text[a:b]
    cut = _HEAD_END.search(stretch)
    nouns = vocabulary().event_nouns
    for w in reversed((stretch[:cut.start()] if cut else stretch).split()):
        low = _bare_surname(w).strip("\"“”()").lower()
        if is_event_noun(low, nouns):
            return True
        if not w[:1].isupper():
            return False  # a common noun that names no event: the head is that
    return False


@lru_cache(maxsize=1)
def _ongoing() -> re.Pattern:
    """Words that make an event dated in an aside go on to the news (``event_ongoing``)."""
    return pattern_cache.compile(rf"(?i:{trie_alternation(vocabulary().event_ongoing)})")


# The key of an increment to a total ("another 40 people", "250 more staff"): like an
# earlier event's value, it never meets the totals, only other increments.
INCREMENT = "increment"


# the kinds whose figure after "rose by" is a change to a total (a percent's change is its own figure:
# "inflation rose by 0.3%")
_BY_KINDS = frozenset({"count", "money"})


class _Increments(NamedTuple):
    before: re.Pattern  # ending where the value starts: "another ", "an additional "
    inside: re.Pattern  # an "after" word inside the value, after its number: "250 more staff"
    after: re.Pattern  # at the value's end, an "after" word that a word other than a preposition follows
    cause: re.Pattern  # ending where the value starts: "after ", "as "
    risen: re.Pattern  # ending where the value starts: "the toll rose to 21 on Tuesday after "
    by: re.Pattern  # ending where the value starts: a verb of change and "by" ("the toll rose by ")
    rest: re.Pattern  # ending where a count starts: "the last ", "the remaining "


@lru_cache(maxsize=1)
def _increments() -> _Increments:
    inc = vocabulary().increments
    after = trie_alternation(inc.get("after", ()))
    causes = trie_alternation(inc.get("causes", ()))
    hedges = trie_alternation(vocabulary().hedges_before)
    # a figure, in digits or words, right after the verb (or its hedge): "rose to 21", "hit thirty"
    figure = rf"(?:\d|(?i:{trie_alternation([*vocabulary().number_units, *vocabulary().number_tens])})(?![\w'’]))"
    return _Increments(
        pattern_cache.compile(rf"(?i:{trie_alternation(inc.get('before', ()))})\s+$"),
        pattern_cache.compile(rf"[\w%)]\s+(?i:{after})\s"),
        pattern_cache.compile(rf"\s+(?i:{after})\s+(?!(?i:{trie_alternation(inc.get('not_before', ()))}))[a-z]"),
        pattern_cache.compile(rf"(?<![\w'’-])(?i:{causes})\s+$"),
        pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(inc.get('totals', ()))})\s+(?:[^\s.;:]+\s+){{0,10}}?"
                              rf"(?i:{trie_alternation(inc.get('rises', ()))})\s+"
                              rf"(?:(?i:{hedges})\s+)?{figure}[^.;:]{{0,60}}?\s(?i:{causes})\s+$"),
        change_by_verbs(),
        pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(inc.get('rest', ()))})\s+$"))


def _increment(scope: ArticleScope, mention: Mention) -> bool:
    """Whether the value adds to a total rather than states it (nouns.yaml ``increments``):
    "another 40 people were injured", "an additional $5 billion", "250 more staff",
    "40 more were killed", "the toll rose to 21 after four workers died", "the toll rose by 20". Not "injured dozens
    more in the blast", nor people in a role that only another role stands before, in their
    sentence or the one before: "The blast killed 12 people. Another 45 people were injured"
    are the others, all the injured."""
    inc = _increments()
    text, ms = scope.article.text, mention.start
    if mention.kind == "count" and inc.cause.search(text, max(0, ms - 12), ms) is not None \
            and inc.risen.search(text, max(scope.article.sentences[mention.sentence_index].start, ms - 160), ms):
        return True  # "the toll rose to 21 after four workers died": what made the total rise
    if mention.kind in _BY_KINDS and inc.by.search(text, max(0, ms - 20), ms) is not None:
        return True  # "the toll rose by 20 to 150", "cut spending by $2bn": the change, not the total
    if mention.kind == "count" and mention.value.counted == "person" and inc.rest.search(text, max(0, ms - 20), ms):
        return True  # "The last 59 passengers left the plane": what was left of a whole, a part of it
    if _more_others(scope, mention):
        return True  # "Eleven people were wounded. Three others suffered injuries": three more
    if not (inc.before.search(text, max(0, ms - 16), ms) is not None
            or inc.inside.search(mention.text) is not None
            or inc.after.match(text, mention.end) is not None):
        return False
    role = mention.value.role
    if mention.kind != "count" or role is None:
        return True
    from factcheck.extract.counts import role_hits

    lo = _previous_start(scope, mention)
    before = {r for _, _, r in role_hits(text[lo:ms])}
    return not before or role in before


@lru_cache(maxsize=1)
def _others() -> tuple[frozenset[str], dict[str, int]]:
    """(nouns.yaml ``increments`` ``others``: "others", "other"; each role of nouns.yaml
    ``fate_kin`` to its fate's number, one for roles of one fate)."""
    kin = {str(r): i for i, roles in enumerate(data_file("nouns.yaml").get("fate_kin") or ()) for r in roles}
    return frozenset(vocabulary().increments.get("others", ())), kin


def _more_others(scope: ArticleScope, mention: Mention) -> bool:
    """Whether a count of "others" ("Three others", "12 other passengers") follows a count of
    people in the same fate (its role, or one of its ``fate_kin``) in its sentence or the one
    before in its paragraph: they are more of them, not the fate's total ("Eleven people were
    wounded by gunfire. Three others suffered injuries while fleeing"). After a count of another
    fate they are all of theirs: "killing five people and wounding 11 others"."""
    role = mention.value.role
    if mention.kind != "count" or role is None:
        return False
    others, kin = _others()
    if others.isdisjoint(mention.text.lower().split()[1:]):
        return False  # most counts: no "others"
    text, ms = scope.article.text, mention.start
    lo = _previous_start(scope, mention)
    s0 = scope.article.sentences[mention.sentence_index].start
    if text.count("\n", lo, s0) > 1:
        lo = s0  # no count is read across a blank line
    fate = kin.get(role, role)
    return any(lo <= m.start < ms and m.kind == "count" and m.value.counted == "person"
               and m.value.role is not None and kin.get(m.value.role, m.value.role) == fate
               for m in scope._mentions)


# the kinds whose figures news revises ("revised from 50 to 62"); a measure after "fell from"
# is mostly a height ("fell from 10 metres"), no figure replaced
_SUPERSEDED_KINDS = frozenset({"count", "money", "percent"})


@lru_cache(maxsize=1)
def _superseded() -> re.Pattern:
    """Ending where a value starts: the words that make it a figure an update replaced
    (calendar.yaml ``superseded``): "an earlier estimate of", "initially said", "revised from"."""
    v = vocabulary()
    sup = v.superseded
    word = r"[^\W\d][\w'’-]*\s+"  # a word with no digit: no figure stands between
    hedges = trie_alternation(v.hedges_before)
    verbs = trie_alternation([*v.change_verbs, *sup.get("verbs", ())])
    adjectives = trie_alternation(sup.get("adjectives", ()))
    return pattern_cache.compile(
        rf"(?i:(?<![\w'’-])(?:(?-i:(?=[a-z])(?i:{adjectives})|(?=[A-Z])(?i:{adjectives})(?=\s+[a-z]))\s+(?:{word}){{0,2}}?"
        rf"(?:{trie_alternation(sup.get('nouns', ()))})\s+(?:{word}){{0,3}}?"
        rf"|(?:{trie_alternation(sup.get('adverbs', ()))})\s+(?:{trie_alternation(sup.get('reports', ()))})\s+"
        rf"(?:{word}){{0,4}}?"
        rf"|(?:{verbs})\s+(?:{word})?from\s+(?:(?:{hedges})\s+)?"
        # "fell to 25 seats from 26", "bringing the toll to 61 from 58": the new figure, then the old
        rf"|(?:{verbs}|{trie_alternation(sup.get('verbs_to', ()))})\s+(?:{word}){{0,3}}?to\s+(?:(?:{hedges})\s+)?[^\s,;]*\d[^\s,;]*\s+(?:{word}){{0,2}}?from\s+"
        rf"(?:(?:{hedges})\s+)?)$)")


def _replaced(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """``("earlier",)`` for a figure an update replaced, told right before it in its stretch of the
    sentence ("up from an earlier estimate of 210,000", "revised from 50 to 62"), else ()."""
    if mention.kind not in _SUPERSEDED_KINDS:
        return ()
    s = scope.article.sentences[mention.sentence_index]
    ms = mention.start
    lo = max(s.start, ms - 80)
    text = scope.article.text
    cut = max(text.rfind(",", lo, ms), text.rfind(";", lo, ms))
    lo = cut + 1 if cut >= 0 else lo
    # the words of an update open with one of a few words ("earlier", "revised", "up"): most
    # values have none of them before them, and the pattern is not searched for
    if not scope._words.loose and not scope._words_in(_superseded_openers(), lo, ms):
        return ()
    return ("earlier",) if _superseded().search(text, lo, ms) is not None else ()


@lru_cache(maxsize=1)
def _superseded_openers() -> frozenset[str]:
    """The words, as ``Words`` sees them, that a match of ``_superseded`` opens with: its
    adjectives, adverbs and verbs."""
    v = vocabulary()
    sup = v.superseded
    return frozenset(first_words([*sup.get("adjectives", ()), *sup.get("adverbs", ()), *v.change_verbs,
                                  *sup.get("verbs", ()), *sup.get("verbs_to", ())]))


_COMMA = pattern_cache.compile(r",(?=\s)")


@lru_cache(maxsize=1)
def _periods() -> tuple[KeyedPattern, dict[str, str]]:
    """The phrases of calendar.yaml ``period_totals`` in one pattern, tried at their first words
    alone, and each phrase's period (its apostrophe folded to "'")."""
    # FoldedKeys: a match may hold "ı" or "ſ" ("so far thıs year")
    keys = FoldedKeys({" ".join(w.lower().split()): period for period, ws in vocabulary().period_totals.items() for w in ws})
    alternation = trie_alternation(set(keys)).replace(" ", r"\s+").replace("'", "['’]")
    return KeyedPattern(pattern_cache.compile(rf"(?i:(?<![\w'’-])(?:{alternation})(?![\w'’-]))"), first_words(keys)), keys


@lru_cache(maxsize=1)
def _period_followers() -> dict[str, frozenset[str]]:
    """For ``Words.opening``: the words that follow the first word of a ``_periods`` phrase."""
    return followers(_periods()[1])


def _period(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The period of a running total over the year or the month so far that the value's
    sentence tells ("So far this year 1,200 migrants have died"), as a key; else ()."""
    if mention.kind != "count":
        return ()
    s = scope.article.sentences[mention.sentence_index]
    hits = scope.period_hits
    i = bisect_left(hits, (s.start,))
    if i == len(hits) or hits[i][0] >= s.end:
        return ()  # most sentences: no period named
    # the value's own stretch between commas, or the sentence's opening one ("Since January, 800
    # people have died"): "The boat sank, killing 800, bringing the toll so far this year to 1,200"
    # gives the year only its 1,200
    text = scope.article.text
    ms, me = mention.start, mention.end
    commas = [m.start() for m in _COMMA.finditer(text, s.start, s.end)]  # not "1,200"'s
    first = commas[0] if commas else -1
    lo = max((c for c in commas if c < ms), default=-1)
    hi = min((c for c in commas if c >= me), default=-1)
    for a, b in ((lo + 1 if lo >= 0 else s.start, hi if hi >= 0 else s.end), (s.start, first if 0 <= first < ms else s.start)):
        for start, end, period in hits[i:bisect_left(hits, (b,))]:
            if start >= a and end <= b:
                return (period,)
    return ()


@lru_cache(maxsize=1)
def _after_verb() -> tuple[re.Pattern, dict[str, str]]:
    """calendar.yaml ``period_after_verb``: the pattern, tried right after a count, of one to three
    words and a phrase of a rate ("die a year"), and each phrase's period."""
    data = data_file("calendar.yaml").get("period_after_verb") or {}
    # FoldedKeys: a phrase the ignore-case pattern matched may hold "ſ" or "İ" ("a ſeason")
    keys = FoldedKeys({" ".join(str(w).lower().split()): str(p) for p, ws in (data.get("phrases") or {}).items()
                       for w in ws})

    def words(name: str) -> str:
        return trie_alternation({str(w) for w in data.get(name) or ()})

    phrases = trie_alternation(set(keys))
    end = r"(?![\w'’-])"
    return pattern_cache.compile(
        rf"(?i:(?:[ \t]+(?!(?:{words('not_between')}){end})[a-z][\w'’-]*){{1,3}}?[ \t]+({phrases}){end}"
        rf"(?![ \t]+(?:{words('not_after')}){end}))"), keys


def _period_after_verb(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The period of a rate told by "a year" after the verb of the count's clause ("About 100
    people die a year in the mountains"), as a key; else ()."""
    if mention.kind != "count":
        return ()
    pattern, keys = _after_verb()
    m = pattern.match(scope.article.text, mention.end)
    return (keys[" ".join(m.group(1).lower().split())],) if m else ()


class _Habits(NamedTuple):
    keys: frozenset[str]  # calendar.yaml ``habit_adverbs``
    before: re.Pattern  # an adverb, then the blank (or comma) or the one or two words before a count
    after: re.Pattern  # after a count: a word at most, an adverb, then its verb's first letter
    clause: re.Pattern  # an adverb, then a comma or a determiner, and the rest of a clause up to a count


@lru_cache(maxsize=1)
def _habits() -> _Habits:
    words = data_words("calendar.yaml", "habit_adverbs")
    adverb = rf"(?i:{trie_alternation(words)})(?![\w'’-])"
    dets = trie_alternation(data_words("nouns.yaml", "determiners"))
    return _Habits(frozenset(words),
                   pattern_cache.compile(rf"{adverb}(?:(?P<bare>,?[ \t]+)|(?:[ \t]+[a-z]+){{1,2}}[ \t]+)\Z"),
                   pattern_cache.compile(rf"(?:[ \t]+[a-z]+)?[ \t]+{adverb}[ \t]+[a-z]"),
                   pattern_cache.compile(rf"{adverb}(?:,[ \t]*|[ \t]+(?=(?i:{dets})[ \t]))[^,;:.!?()\n]*\Z"))


# how far before a count an adverb of a habit may stand, and after it: two words and a blank or three
# (or, opening its clause, the clause's length)
_HABIT_BEFORE, _HABIT_AFTER = 80, 28


def _habit(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """("usual",) for a count told as a habit by an adverb (calendar.yaml ``habit_adverbs``) that
    opens the count's clause right before it ("Normally, about 30 people die") or before a comma or a
    determiner ("Normally the ferry carries 300 passengers"), stands before the verb
    the count is the object of ("The ferry usually carries about 2,000 passengers", "would normally
    carry 300") or after the count's noun before its verb ("About 30 people usually die"); else ().
    Never before an adjective: "killed on the usually quiet road"."""
    if mention.kind != "count":
        return ()
    h = _habits()
    s = scope.article.sentences[mention.sentence_index]
    ms, me = mention.start, mention.end
    lo, hi = max(s.start, ms - _HABIT_BEFORE), min(s.end, me + _HABIT_AFTER)
    words = scope._words
    if words.loose:  # the index holds "uſually" as written: its folded form is the adverb
        starts, i = words.starts, bisect_left(words.starts, lo)
        at = [starts[k] for k in range(i, bisect_left(starts, hi)) if fold(words.words[k]) in h.keys]
    elif not scope._key_starts(h.keys):
        return ()  # most articles: no adverb of a habit
    else:
        at = scope._words_in(h.keys, lo, hi)
    if not at:
        return ()  # most counts: no adverb of a habit near
    text = scope.article.text
    for p in at:
        if p < ms:
            before = text[p:ms]
            m = h.before.match(before)
            if m is not None and m.group("bare") is None:
                return (_USUAL,)
            # right before the count, or before a comma or a determiner, the adverb opens its clause: the
            # sentence's, or one after a comma
            opened = text[s.start:p].rstrip(" \t")
            if (m is not None or h.clause.match(before)) and (not opened or opened[-1] in _CLAUSE_OPENERS):
                return (_USUAL,)
        elif (m := h.after.match(text, me)) is not None and m.end() > p:
            return (_USUAL,)
    return ()


_CLAUSE_OPENERS = ",;:(\u2014\u2013"


_USUAL = "usual"  # calendar.yaml ``period_totals`` usual: a habit with no period named


@lru_cache(maxsize=1)
def _duration_bounds() -> re.Pattern:
    """Right after a duration, a word of calendar.yaml ``duration_bounds`` and a date's first
    figure or capital: "for 11 years until 2001", "for nine years, from March 1990"."""
    words = trie_alternation(data_words("calendar.yaml", "duration_bounds"))
    return pattern_cache.compile(rf",?[ \t]+(?:{words})[ \t]+(?=[A-Z0-9])")


_YEAR = pattern_cache.compile(r"\d{4}")


def _bounded(scope: ArticleScope, mention: Mention, s, frame: PastFrame) -> bool:
    """Whether the earlier times of a duration's sentence are the duration's own bounds ("a post
    she held for 11 years until 2001", "elected in 1990, ... for 11 years until 2001"): a date
    right after it (``_duration_bounds``) and, before it, only years within the span it bounds.
    An earlier event's length stays that event's ("the 2006 war lasted 34 days, from July 12",
    "The 2006 search lasted 34 days, from July 12")."""
    text = scope.article.text
    if _duration_bounds().match(text, mention.end) is None:
        return False
    ms, me = mention.start, mention.end
    c0 = _clause_of(scope, mention, (s.start, s.end))[0]  # "After the 1974 revolution she joined ..., and in 1990"
    if scope._words_in(_event_words(), c0, ms):
        return False
    bounds = [int(y) for x, _, key in frame.anchors if me <= x and key not in (None, "earlier") for y in _YEAR.findall(key)]
    if not bounds:
        return False
    first = min(bounds) - int(float(mention.value.high or 0) / (365.25 * 86400)) - 1
    return all(first <= int(y) <= max(bounds) for x, _, key in frame.anchors
               if c0 <= x < ms and key not in (None, "earlier") for y in _YEAR.findall(key))


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """nouns.yaml ``event_nouns`` and their plurals, as the word index holds them."""
    nouns = vocabulary().event_nouns
    return frozenset(nouns | {n + "s" for n in nouns})


@lru_cache(maxsize=1)
def _carriers() -> tuple[str, ...]:
    """calendar.yaml ``past_carriers`` as a sentence opens with them: "That ", "Those "."""
    return tuple(str(w).capitalize() + " " for w in data_file("calendar.yaml").get("past_carriers") or ())


@lru_cache(maxsize=1)
def _carrier_words() -> frozenset[str]:
    """calendar.yaml ``past_carriers`` as the word index holds them: "that", "those"."""
    return frozenset(str(w).lower() for w in data_file("calendar.yaml").get("past_carriers") or ())


_CARRY_REACH = 6  # words between "That" and the event noun it points with, the value after them


@lru_cache(maxsize=1)
def _then_carrier() -> re.Pattern:
    """A form of "be" (calendar.yaml ``then_carriers``) and "then" right after it, ending in
    reach of the value: "was then worth", "were then valued at", "was then home to"."""
    forms = trie_alternation(data_words("calendar.yaml", "then_carriers")).replace(" ", r"\s+")
    return pattern_cache.compile(rf"(?<![\w'’-])(?i:{forms})\s+then(?![\w'’-])")


_REPEAT_REACH = 2  # words after "That" the repeated noun may stand at: "That missile", "That older missile"


def _repeated_noun(scope: ArticleScope, head: list[str], mention: Mention) -> bool:
    """Whether "That" opens its sentence with a noun the sentence before holds ("... a new version
    of the Hwasong-19 that the North first tested on Oct. 31, 2024. That missile flew for 86
    minutes"): it points back to the thing whose time that sentence told (not "That figure",
    which no sentence before named)."""
    stop = vocabulary().quote_stop_words
    words = [w.lower() for w in head[:_REPEAT_REACH] if w.isalpha() and w.islower() and w.lower() not in stop]
    if not words:
        return False
    prev = scope.article.sentences[mention.sentence_index - 1]
    starts, folded = scope._words.starts, scope._words.words
    before = set(folded[bisect_left(starts, prev.start):bisect_left(starts, prev.end)])
    return any(w in before or singular(w) in before for w in words)


_THEN = frozenset({"then"})
_THEN_REACH = 40  # characters from "then" to the value: "was then worth", "were then valued at about"


def _then_carried(scope: ArticleScope, s0: int, at: int) -> bool:
    """Whether "was then" (``_then_carrier``) stands right before the value, in its sentence."""
    if not scope._words_in(_THEN, s0, at):
        return False  # most sentences: no "then" before the value
    found = None
    for found in _then_carrier().finditer(scope.article.text, max(s0, at - _THEN_REACH - 20), at):
        pass
    return found is not None and at - found.end() <= _THEN_REACH


def _carried(scope: ArticleScope, mention: Mention, s) -> tuple[str, ...]:
    """The earlier time of the event that "That" and an event noun opening the value's sentence
    point back to, or "those" or "that" right before an event noun inside it ("More than 30
    people died in those protests"): the one the sentence before, in the same paragraph, dated
    ("... after the 2016 earthquake. That magnitude 7.8 quake killed more than 670 people":
    2016). () when the sentence points back to no event, or the event before is the news's ("A
    quake struck on Friday. That quake killed 200")."""
    text = scope.article.text
    if mention.sentence_index == 0:
        return ()
    if _then_carried(scope, s.start, mention.start):
        pass  # "The prize ... was then worth €75,000": the time the sentence before dated
    elif text.startswith(_carriers(), s.start):
        nouns = vocabulary().event_nouns
        head = text[s.start:mention.start].split()[1:_CARRY_REACH + 1]
        if not any(is_event_noun(w.lower(), nouns) for w in head) and not _repeated_noun(scope, head, mention):
            return ()
    else:
        if not scope.events_pointed_back(s.start, s.end):
            return _name_carried(scope, mention, s)
    prev = scope.article.sentences[mention.sentence_index - 1]
    if text.count("\n", prev.end, s.start) > 1:
        return ()  # no time is read across a blank line
    frame = scope.past_frame(prev.start, prev.end)
    if frame is None:
        return ()
    keys = [key for _, _, key in frame.anchors if key not in (None, "earlier")]
    return (keys[-1],) if keys else ()


_THE = frozenset({"the"})
# "the", then a capitalized name set before a lower-case noun: "the Chibok girls", "the Kestel victims"
_THE_NAME = pattern_cache.compile(r"[Tt]he[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]+[a-z]")


def _name_carried(scope: ArticleScope, mention: Mention, s) -> tuple[str, ...]:
    """The earlier time of an event the sentence before, in the same paragraph, first named by a
    name that the value's clause sets before a noun ("... the abduction of 276 girls from a school
    in Chibok by Boko Haram in 2014. Dozens of the Chibok girls are still missing": 2014), in a
    sentence with no date of its own: the date there nearest the name. () when the article named
    the name before that sentence (the news's own place, "in Kankara on Friday"), or else."""
    if mention.sentence_index == 0:
        return ()
    text = scope.article.text
    c0, c1 = _clause_of(scope, mention, (s.start, s.end))
    names = [m.group("name") for at in scope._words_in(_THE, c0, c1) if (m := _THE_NAME.match(text, at))]
    if not names:
        return ()  # most clauses: no "the Name noun"
    prev = scope.article.sentences[mention.sentence_index - 1]
    frame = scope.past_frame(prev.start, prev.end)
    if frame is None:
        return ()  # most sentences: the one before tells no earlier time
    if scope.dated_in(s.start, s.end):
        return ()  # a date of its own: the sentence's time is told there
    if text.count("\n", prev.end, s.start) > 1:
        return ()  # no time is read across a blank line
    for name in names:
        first = _first_named(scope, name, prev.end)
        if first is None or first < prev.start:
            continue  # named before (the news's own), or not in the sentence before
        near = [(min(abs(a - first), abs(b - first)), key) for a, b, key in frame.anchors
                if key not in (None, "earlier")]
        if near:
            return (min(near)[1],)
    return ()


_WORD_START = pattern_cache.compile(r"\w+")


def _first_named(scope: ArticleScope, name: str, before: int) -> int | None:
    """Where the article first names ``name`` as whole words, if before offset ``before``: its first
    word looked up in the word index ("Chibok", never inside "Chiboks")."""
    text = scope.article.text
    head = _WORD_START.match(name)
    if head is None:
        return None
    for at in scope._words_in(frozenset({head.group().lower()}), 0, before):
        after = at + len(name)
        if text.startswith(name, at) and not (after < len(text) and (text[after].isalnum() or text[after] == "_")):
            return at
    return None


def _opens_with_participle(text: str, start: int, end: int) -> bool:
    """Whether the stretch from ``start`` to ``end`` opens with a present participle in lower
    case ("killing", "leaving"): a phrase that says more of the clause before it."""
    first = text[start:end].split(None, 1)
    return bool(first) and first[0].endswith("ing") and first[0].isalpha() and first[0].islower()


# -- A day's figure beside the story's running total ---------------------------------

DAY_FIGURE = "day "  # a day's figure's key opens so: "day 2026-11-17"


class _Running(NamedTuple):
    """calendar.yaml ``running_totals``: its phrases in one pattern tried at their first words
    (``followers``: the second words that gate the common first ones), ``day_only`` right after a
    day, and ``not_of_a_day`` right before one."""
    phrases: KeyedPattern
    followers: dict[str, frozenset[str]]
    day_only: re.Pattern
    not_of_a_day: re.Pattern
    day_words: frozenset[str]  # the words of ``day_only``, as ``Words`` sees them


@lru_cache(maxsize=1)
def _running() -> _Running:
    data = data_file("calendar.yaml").get("running_totals") or {}
    v = vocabulary()
    weekdays = sorted({w for w in v.weekdays if len(w) > 3})
    numbers = sorted(w for w, n in v.number_units.items() if 2 <= n <= 20)
    slots = {"<weekday>": (weekdays, f"(?:{'|'.join(weekdays)})"),
             "<number>": ([*numbers, NUMBER], rf"(?:\d+|{'|'.join(numbers)})"),
             "<word>": ((), r"[\w'’-]+(?:\s+[\w'’-]+)?")}
    phrases = [" ".join(str(p).lower().split()) for p in data.get("phrases", ())]
    alternation = "|".join(
        r"\s+".join(slots[w][1] if w in slots else re.escape(w) for w in p.split())
        for p in sorted(phrases, key=len, reverse=True))
    # the second words that gate a first word that never stands alone ("since" only before a weekday
    # or "the"), a placeholder's spelled out (``NUMBER``: a word that opens with a digit)
    alone = {p for p in phrases if " " not in p}
    after: dict[str, set[str]] = {}
    for p in phrases:
        first, *rest = p.split()
        if rest and first not in alone:
            after.setdefault(first, set()).update(slots[rest[0]][0] if rest[0] in slots else (rest[0],))
    after = {w: frozenset(xs) for w, xs in after.items()}
    return _Running(
        KeyedPattern(pattern_cache.compile(rf"(?i:(?<![\w'’-])(?:{alternation})(?![\w'’-]))"), first_words(phrases)),
        after,
        pattern_cache.compile(rf"(?i:['’]s)?\s+(?i:{trie_alternation(data.get('day_only', ()))})(?![\w'’-])"),
        pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(data.get('not_of_a_day', ()))})\s+(?:the\s+)?\Z"),
        frozenset(first_words(data.get("day_only", ()))))


def _stretch(commas: list[int], s, start: int, end: int) -> tuple[int, int]:
    """The stretch between commas of sentence ``s`` that holds ``start``..``end``."""
    lo = max((c for c in commas if c < start), default=s.start - 1) + 1
    hi = min((c for c in commas if c >= end), default=s.end)
    return lo, hi


def _has_figure(text: str, stretch: tuple[int, int]) -> bool:
    return any(ch.isdigit() for ch in text[stretch[0]:stretch[1]])


_FIGURE_AFTER = pattern_cache.compile(r"[^\W\d]*(?:\s+[^\W\d]+)?\s*(\d[\d,.]*)")


def _total_next(scope: ArticleScope, mention: Mention) -> bool:
    """Whether the next sentence of the count's paragraph tells the story's running total of the
    same people: "Police arrested 37 people on Tuesday. That brings the total to 51." A total is
    at least the day's figure: a running total's phrase (``running_totals``) with a count of the
    count's role there ("More than 100 people have now been arrested since ..."), or with a bare
    figure right after it ("brings the total to 51"), none smaller than the count and no count
    of another role beside it ("So far, 40 bodies have been identified" tells no toll)."""
    sentences = scope.article.sentences
    i = mention.sentence_index + 1
    if i >= len(sentences):
        return False
    s, n = sentences[i - 1], sentences[i]
    text = scope.article.text
    if text.count("\n", s.end, n.start) > 1:
        return False  # another paragraph
    hits = scope.running_hits
    told = hits[bisect_left(hits, (n.start,)):bisect_left(hits, (n.end,))]
    if not told:
        return False
    low = mention.value.low
    if not isinstance(low, (int, float)):
        return False
    rc = scope.role_counts
    roles = rc[bisect_left(rc, (n.start,)):bisect_left(rc, (n.end,))]
    if roles:
        if any(role != mention.value.role for _, _, role, _ in roles):
            return False
        try:
            return all(float(stated) >= low for _, _, _, stated in roles)
        except ValueError:
            return False
    for _, end in told:
        m = _FIGURE_AFTER.match(text, end, n.end)
        if m is not None and "," not in text[end:m.start(1)]:
            try:
                return float(m.group(1).rstrip(".,").replace(",", "")) >= low
            except ValueError:
                return False
    return False


@lru_cache(maxsize=1)
def _changed_to() -> re.Pattern:
    """A verb of change and "to" right before a figure (hedges.yaml ``change_verbs``): "the toll rose
    to 320 on Wednesday" tells a total by its day, no day's figure."""
    verbs = trie_alternation(vocabulary().change_verbs)
    return pattern_cache.compile(rf"(?i:(?<![\w'’-]){verbs}\s+to\s+\Z)")


def dated_day(scope: ArticleScope, mention: Mention) -> str | None:
    """The one day a count's own clause states, as ``_day_figure`` reads it but with no running
    total beside it ("Thirty-seven people were detained yesterday": "2026-11-17"), else None: a
    day's figure where the story's other sources tell days' figures apart (engine
    ``_days_told_apart``)."""
    if _changed_to().search(scope.article.text, max(0, mention.start - 24), mention.start) is not None:
        return None
    key = _day_figure(scope, mention, True)
    return key[0][len(DAY_FIGURE):] if key else None


def _day_figure(scope: ArticleScope, mention: Mention, any_day: bool = False) -> tuple[str, ...]:
    """The day of a count that is one day's figure beside the story's running total
    (calendar.yaml ``running_totals``), as a key ("day 2026-11-17"); else ().

    "37 people were arrested on Tuesday, bringing the total since Monday to 51": the 37 is
    Tuesday's, the 51 the story's so far. The count's own clause states one day (not a day a
    statement was made, nor one a total runs from or by), and its sentence tells a running total
    outside the count's stretch between commas, or the day stands right before ``day_only``
    ("on Tuesday alone"). A sentence with a running total over the year or the month
    (``period_totals``) tells the event's figure, not a day's. ``any_day``: the day the clause
    states, whether a total stands beside the count or not (``dated_day``)."""
    if mention.kind != "count":
        return ()
    s = scope.article.sentences[mention.sentence_index]
    days = scope.day_hits(s.start, s.end)
    if not days:
        return ()  # most sentences: no day
    commas, told = _totals_told(scope, s, mention.end)
    total_next = False
    if not told and not scope._words_in(_running().day_words, s.start, s.end):
        total_next = any_day or _total_next(scope, mention)
        if not total_next:
            return ()  # no total beside the figure (nor in the next sentence), and no "alone"
    if _tells_period_total(scope, s):
        return ()  # "bringing the toll so far this year to 1,200": a period's total
    if told and _count_is_total(s, commas, told, mention.start, mention.end):
        return ()
    found = _figure_days(scope, mention, days, told, _clause_of(scope, mention, (s.start, s.end)),
                         total_next)
    return (DAY_FIGURE + found.pop(),) if found is not None and len(found) == 1 else ()


def _totals_told(scope: ArticleScope, s, me: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The commas of sentence ``s`` and the (start, end) of each phrase of the story's running
    total it tells beside the count ending at ``me``; no commas where it tells none.

    A total's words before the count tell one only with a figure in their stretch between commas
    ("Bringing the total to 51, 37 were arrested on Tuesday"): "The storm, the worst to date,
    killed 300 people on Tuesday" tells the storm's toll. After the count, an aside needs none:
    "61 were arrested today, the highest number so far"."""
    hits = scope.running_hits
    i = bisect_left(hits, (s.start,))
    told = hits[i:bisect_left(hits, (s.end,))]
    if not told:
        return [], told
    text = scope.article.text
    commas = [m.start() for m in _COMMA.finditer(text, s.start, s.end)]
    return commas, [t for t in told if t[0] >= me or _has_figure(text, _stretch(commas, s, t[0], t[1]))]


def _tells_period_total(scope: ArticleScope, s) -> bool:
    """Whether sentence ``s`` tells a running total over the year or the month (``period_totals``)."""
    ph = scope.period_hits
    p = bisect_left(ph, (s.start,))
    return p < len(ph) and ph[p][0] < s.end


def _count_is_total(s, commas: list[int], told: list[tuple[int, int]], ms: int, me: int) -> bool:
    """Whether the count's own stretch between commas, or the sentence's opening one right before
    it ("In all, 130 people were arrested"), tells a total: the count is the total."""
    lo = max((c for c in commas if c < ms), default=-1)
    hi = min((c for c in commas if c >= me), default=-1)
    a, b = (lo + 1 if lo >= 0 else s.start), (hi if hi >= 0 else s.end)
    if commas and lo == commas[0]:
        a = s.start
    return any(start < b and end > a for start, end in told)


def _figure_days(scope: ArticleScope, mention: Mention, days, told: list[tuple[int, int]],
                 clause: tuple[int, int], total_next: bool) -> set[str] | None:
    """The keys of the days of the sentence's ``days`` in the count's ``clause`` that may be the
    count's own; None where one rules out a day's figure ("between Monday and Wednesday", "by
    Tuesday", "police said on Tuesday", a span of days). ``total_next``: the total is told in the
    next sentence (or any day is asked for), so no "alone" need follow the day."""
    text = scope.article.text
    ms, me = mention.start, mention.end
    c0, c1 = clause
    run = _running()
    stated = statement_date()
    found = set()
    for d, (at, end, key) in _within(days, scope, (ms, me), 8, clause):
        if at < c0 or end > c1 or at == ms:
            continue
        if any(start <= at < stop or (stop <= at and text[stop:at].strip(" ,").lower() in ("", "on"))
               for start, stop in told):
            continue  # "since Monday" inside the total's phrase, "since the protests began on Monday" after it
        before = text[max(c0, at - 24):at]
        if run.not_of_a_day.search(before) is not None or (
                not text.startswith(("'s", "’s"), end) and stated.search(text, max(0, at - 40), at) is not None):
            return None  # "between Monday and Wednesday", "by Tuesday"; "police said on Tuesday"
        if key is None:
            return None  # a span of days, a week: no one day
        if not told and not total_next and run.day_only.match(text, end) is None:
            continue
        found.add(key)
    return found


def read_past(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The earlier time a value speaks of, a later event's time (``_later``), the period of a
    running total it gives ("so far this year") or of a rate ("die a year": ``_period_after_verb``), ``_replaced``'s "earlier" for a figure an
    update replaced ("up from an earlier estimate of 210,000"), or the day of a day's figure
    beside the story's running total (``_day_figure``); () for the news of the day."""
    return (_read_past(scope, mention) or _named_earlier(scope, mention) or _kinds_total(scope, mention)
            or _later(scope, mention) or _period(scope, mention) or _period_after_verb(scope, mention)
            or _habit(scope, mention) or _replaced(scope, mention) or _day_figure(scope, mention))


# -- Earlier events named with no date, and totals over many events ------------------
#
# "the worst disaster since Rana Plaza, which killed 1,134 people" names an earlier event by its
# name alone: its sentence states no earlier time, yet the toll is that event's. And "at least
# 1,200 people have died in such collapses since 2013" is a total over many events of the story's
# kind. Neither is the news of the day's figure.

_NAME_REACH = 6  # words between "since" and the comma before the relative clause: the earlier event's name
_DATED_REACH = 40  # characters between a name and an earlier date that ties it to that date


@lru_cache(maxsize=1)
def _since_words() -> frozenset[str]:
    """The words of a point the news is measured from (calendar.yaml ``past_words`` ``since``)."""
    return frozenset(w.lower() for w in vocabulary().past_words.get("since", ()) if len(w.split()) == 1)


_A_WORD = pattern_cache.compile(r"\w+")


@lru_cache(maxsize=1)
def _relative_after_comma() -> re.Pattern:
    """A comma, at most one word, and a relative word (calendar.yaml ``past_words`` ``relative``),
    ending where the relative clause goes on: ", which ", ", in which "."""
    rel = trie_alternation(vocabulary().past_words.get("relative", ()))
    return pattern_cache.compile(rf",\s+(?:[a-z]+\s+)?(?i:{rel})\s")


@lru_cache(maxsize=1)
def _records() -> frozenset[str]:
    """The words of a record measured back to an earlier event ("the worst ... since", "the
    deadliest ... since"): units.yaml ``duration.lookback_before``."""
    return frozenset(vocabulary().duration_lookback_before)


def _named_earlier(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The earlier event a value's relative clause speaks of when "since" names it by its name
    alone, with no date: "the worst disaster since Rana Plaza, which killed 1,134 people". Keyed by
    the earlier date the article ties that name to elsewhere ("the 2013 Rana Plaza disaster":
    "2013"), else by the name itself when a record's word stands before "since" ("the worst",
    "the deadliest"); else () ("Aid has poured in since the Kestel earthquake, which killed 1,120
    people" may speak of the story's own quake, and "since the quake, which" names none)."""
    if mention.kind not in PAST_KINDS:
        return ()
    s = scope.article.sentences[mention.sentence_index]
    ms = mention.start
    since = scope._words_in(_since_words(), s.start, ms)
    if not since:
        return ()  # most values: no "since" before them
    text = scope.article.text
    at = since[-1]
    comma = text.rfind(",", at, ms)
    m = _relative_after_comma().match(text, comma) if comma >= 0 else None
    if m is None or _COMMA.search(text, m.end(), ms) is not None:
        return ()  # the value stands in no relative clause right after the "since" phrase
    name_start = _A_WORD.match(text, at).end()
    words = text[name_start:comma].split()
    if not 0 < len(words) <= _NAME_REACH:
        return ()
    dated = scope.dated
    if bisect_left(dated, (name_start,)) != bisect_left(dated, (comma,)):
        return ()  # "since Friday's bombing, which": a date there (the news's, or read already)
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if first is None:
        return ()  # "since the quake, which killed": no name, maybe the story's own event
    name = " ".join(words[first:]).rstrip(",;:")
    key = _name_dated(scope, name, s.start, s.end)
    if key is not None:
        return (key,)
    return (name,) if scope._words_in(_records(), s.start, at) else ()


def _name_dated(scope: ArticleScope, name: str, s0: int, s1: int) -> str | None:
    """The earlier date (``dated``'s key) the article ties ``name`` to elsewhere, outside the
    sentence from ``s0`` to ``s1``: a date well before the news within a few words of the name
    ("the 2013 Rana Plaza disaster", "The Rana Plaza collapse in April 2013"); else None."""
    text = scope.article.text
    dated = [d for d in scope.dated if d[2] is not None]
    if not dated:
        return None
    # the name where it stands as words of its own: found by ``str.find``, as a key set of its
    # own in the word index would cost every article a pass
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not s0 <= at < s1 and not (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
            near = [(min(abs(a - end), abs(at - b)), key) for a, b, key in dated
                    if at - _DATED_REACH <= b and a <= end + _DATED_REACH and "." not in text[min(b, end):max(a, at)]]
            if near:
                return min(near)[1]
        at = text.find(name, at + 1)
    return None


@lru_cache(maxsize=1)
def _event_plurals() -> dict[str, str]:
    """The plurals of nouns.yaml ``event_nouns`` ("collapses", "accidents"), each to its singular."""
    out = {}
    for n in vocabulary().event_nouns:
        if n.endswith("y") and n[-2:-1] not in "aeiou":
            p = n[:-1] + "ies"
        elif n.endswith(("s", "sh", "ch", "x", "z")):
            p = n + "es"
        else:
            p = n + "s"
        if singular(p) == n:
            out[p] = n
    return out


@lru_cache(maxsize=1)
def _event_singulars() -> frozenset[str]:
    """The singulars of ``_event_plurals`` ("collapse", "accident"), as one key set."""
    return frozenset(_event_plurals().values())


@lru_cache(maxsize=1)
def _kind_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the plurals of ``_event_plurals``, nouns.yaml ``kind_markers``, nouns.yaml ``determiners``)."""
    return (frozenset(_event_plurals()), frozenset(data_words("nouns.yaml", "kind_markers")),
            frozenset(data_words("nouns.yaml", "determiners")))


def _kinds_total(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """A count over many events of a kind, told after it in its clause: a plural event noun after a
    kind's marker ("at least 1,200 people have died in such collapses", "in similar accidents":
    nouns.yaml ``kind_markers``), or bare, after "in" and lower-case words only, in a clause with
    "since" when the article names the event in the singular ("The collapse on Tuesday killed 46
    people. At least 1,200 people have died in building collapses since 2013"), keyed "other" and
    the plural; else (). "killed in clashes since April 2014" (no "clash" in its article) and "in
    the attacks since Friday" (determined) stay the story's."""
    if mention.kind != "count":
        return ()
    s = scope.article.sentences[mention.sentence_index]
    plurals, markers, determiners = _kind_words()
    found = scope._words_in(plurals, mention.end, s.end)
    if not found:
        return ()  # most values: no plural event noun after them
    c0, c1 = _clause_of(scope, mention, (s.start, s.end))
    found = [at for at in found if at < c1]
    words, starts = scope._words.words, scope._words.starts
    text = scope.article.text
    for at in found:
        i = bisect_left(starts, at)
        noun = words[i]
        if i and words[i - 1] in markers:
            return ("other " + noun,)
        # bare: lower-case words back to "in", none a determiner
        j = i - 1
        while j >= 0 and starts[j] > mention.end and words[j] != "in" and words[j] not in determiners \
                and text[starts[j]].islower() and j > i - 3:
            j -= 1
        if j < 0 or starts[j] <= mention.end or words[j] != "in":
            continue
        if not scope._words_in(_since_words(), c0, c1):
            continue
        one = _event_plurals()[noun]
        # the singular's starts among those of every event noun's singular: one key set for all
        if any((a < s.start or a >= s.end) and text[a:a + len(one)].lower() == one
               and not (text[a + len(one):a + len(one) + 1].isalnum())
               for a in scope._words_in(_event_singulars(), 0, len(text))):
            return ("other " + noun,)
    return ()


# -- Values of later events ----------------------------------------------------------
#
# A round-up tells of events to come: "the prize money pool for the new Ultimate Championship
# in Budapest next September would be $10 million". A value in a clause that names an event
# (names.yaml ``event_heads``) and a time this many days or more after the news is that later
# event's: like an earlier event's, it never meets the news of the day's values. A deal
# "expected to close next year" names no event, and its price stays the deal's.
LATER_DAYS = 180


@lru_cache(maxsize=1)
def _named_event() -> re.Pattern:
    """An event's name, its head capitalized ("the Ultimate Championship", "the 2028 Olympics",
    "the World Cup"), not opening its sentence ("Open" is a verb there)."""
    heads = trie_alternation({str(w) for w in data_file("names.yaml").get("event_heads", ())})
    return pattern_cache.compile(rf"(?<=[\w,;:'’)\]]\s)(?:{heads})(?![\w'’-])")


def _later(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The time, as stated, of a later event the value's clause names ("... for the Ultimate
    Championship in Budapest next September would be $10 million": "next September"); else ()."""
    if mention.kind not in PAST_KINDS:
        return ()
    s = scope.article.sentences[mention.sentence_index]
    later = scope.later_in(s.start, s.end)
    if not later:
        return ()  # most sentences: no time well ahead
    c0, c1 = _clause_of(scope, mention, (s.start, s.end))
    ahead = [stated for at, stated in later[:bisect_left(later, (c1,))] if at >= c0]
    if ahead and _named_event().search(scope.article.text, c0, c1) is not None:
        return (ahead[0],)
    return ()


def _read_past(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The earlier time a value speaks of, as its date is stated ("1923") or "earlier";
    () for the news of the day. In order:

    - in a phrase after "than the", another event's: "stronger than the 6.9 Kobe quake";
    - in a relative clause, the time of what stands before it: "since the 2004 Madrid
      bombings, which killed 191", "since 1996, when 35 people died";
    - between "since" and its date, that time: "since 191 people were killed in 2004";
    - else the nearest time of its own comma-bounded stretch ("Kobe lost 6,400 in 1995"),
      but not one after "since" or "than" there ("killed 15,000, the most since 1900") or
      after the figure a change began from ("fell to $18.4 billion from $19.6 billion in 2014");
    - else the time that opens its clause, or an earlier clause joined by "and"
      ("In 2010, turnout was 62%"; "The previous largest was Great Kanto in 1923, ...,
      and that was 7.9 magnitude"). A time in a stretch between two commas frames only
      that stretch ("Tepco, founded in 1951, said 200 were evacuated"), and a time after
      the value frames nothing before it ("turnout was 62%, down from 70% in 2010").

    A time that is the news's own (the day of the quake) makes the value the news's.
    An increment to a total ("another 40 people were injured") is keyed ``INCREMENT``.
    """
    if mention.kind not in PAST_KINDS:
        return ()
    if _increment(scope, mention):
        return (INCREMENT,)
    s = scope.article.sentences[mention.sentence_index]
    frame = scope.past_frame(s.start, s.end)
    if frame is None:
        return _carried(scope, mention, s)
    if mention.kind == "duration" and _bounded(scope, mention, s, frame):
        return ()
    seps, hits, anchors = frame.seps, frame.hits, frame.anchors
    ms, me = mention.start, mention.end
    text = scope.article.text
    k = bisect_left(seps, ms)
    seg0 = seps[k - 1] if k else s.start
    seg1 = next((x for x in seps[k:] if x >= me), s.end)

    def earlier(key: str | None, at: int) -> tuple[str, ...]:
        if key is None:
            return ()
        if key == "earlier":  # an earlier event named by a word: keyed by the sentence's nearest earlier date
            dated = [(abs(a - at), key) for a, _, key in anchors if key not in (None, "earlier")]
            return (min(dated)[1],) if dated else (key,)
        return (key,)

    def phrase_end(at: int) -> int:
        return next((x for x in seps if x >= at), s.end)

    # a phrase after "than" or "since" in the value's own stretch
    for a, b, role in hits:
        if role == "than" and ms <= a < me:
            # a hedge took the words that set the value beside the news ("surpassed the 86 minutes
            # of the Hwasong-19 in October 2024"): a time in its phrase is the value's; with none
            # it is a threshold the news crossed ("cases surpassed the 1,000 mark on Tuesday")
            told = [key for x, _, key in anchors if me <= x < seg1 and key not in (None, "earlier")]
            if told:
                return (told[0],)
            continue
        if seg0 <= a and b <= ms and role in ("than", "since"):
            if role == "than":
                inside = [key for x, _, key in anchors if a <= x < seg1 and key is not None]
                return earlier(inside[0] if inside else "earlier", ms)
            rel = [r for r in hits if b <= r[0] < ms and r[2] == "relative"]
            if rel:
                told = [key for x, y, key in anchors if b <= x and y <= rel[0][0]]
                if told:
                    return earlier(told[-1], ms)
            # what stands between "since" and its date tells of that time: "since 191
            # people were killed in the Madrid bombings in 2004"
            trailing = [key for x, _, key in anchors if me <= x < seg1]
            if trailing:
                return earlier(trailing[0], ms)
    # a relative clause takes the time of what it follows, and so does a participle set off
    # right after it, which says more of what the clause told ("since 2021, when a jet plunged
    # into the sea, killing 62")
    rel0 = seps[k - 2] if k >= 2 and seg0 in frame.commas and _opens_with_participle(text, seg0 + 1, ms) else seg0
    if k and rel0 in frame.commas:
        rel = [r for r in hits if rel0 < r[0] < ms and r[2] == "relative"]
        if rel and len(text[rel0 + 1:rel[0][0]].split()) <= 1:
            before = [(x, key) for x, y, key in anchors if y <= rel0]
            if before:
                key = before[-1][1]
                if key is None:
                    # "three races this season, the last in Zandvoort in August, when he beat Ferrante by
                    # 6.2 seconds": an "earlier" word in the phrase the clause follows makes its time another
                    # event's, however near the news's it lies
                    i = bisect_left(seps, rel0)
                    lo = seps[i - 1] if i else s.start
                    key = next((k for x, k in before if x >= lo and k == "earlier"), None)
                return earlier(key, ms)

    # "since" and "than" phrases date only what stands in them
    fenced = [(a, phrase_end(b)) for a, b, role in hits if role in ("than", "since")]

    def free(x: int) -> bool:
        return not any(a <= x < b for a, b in fenced)

    # a time before "and" dates its own conjunct: "the annexation of Crimea last March
    # and the loss of more than 6,000 lives" (since the war began) is no toll of March;
    # an "earlier" word dates what follows it ("a toll of 15,000, above the previous
    # record of 6,400"), a date may trail its value ("Kobe lost 6,400 in 1995")
    own = [(abs(x - ms), key, x) for x, y, key in anchors
           if seg0 <= x < seg1 and x != ms and free(x)
           and not (y <= ms and _and_fences(text, y, ms, me, seg1)) and not (key == "earlier" and x > ms)
           # "fell to $18.4 billion from $19.6 billion in 2014": the year is where the change began
           and not (x >= me and _set_beside(text, mention, x, seg0))
           # "52m tall and was completed in 2004": the year is the later clause's
           and not (x >= me and _auxiliary_conjunct().search(text, me, x) is not None)
           # "The 52-year-old plant was the site of a 2011 explosion": the year names the explosion
           and not (x >= me and _attributes_apart(text, mention, x, y))]
    if own:
        # the nearest; of two as near, the one before the value (keys may be None: never compared)
        best = min(own, key=lambda o: (o[0], o[2]))
        return earlier(best[1], best[2])
    # the time that opens the value's clause, or an earlier clause it continues
    starts = [s.start] + [b for _, b, _ in frame.breaks]
    goes_on = [True] + [c for _, _, c in frame.breaks]
    c = bisect_right(starts, ms) - 1
    end = frame.breaks[c][0] if c < len(frame.breaks) else s.end
    if c > 0 and _novelty().search(text, starts[c], end) is not None:
        goes_on[c] = False  # "..., and 45 died in the latest floods": the news, whatever came before
    elif c > 0 and not goes_on[c] and _says_more(text, frame.breaks[c - 1], mention, end):
        goes_on[c] = True
    while c >= 0:
        o0 = starts[c]
        o1 = next((x for x in seps if x > o0), s.end)
        if not o0 <= ms < o1:  # else the value's own stretch, read above
            framing = [(x, key) for x, _, key in anchors if o0 <= x < o1 and x < ms and free(x)]
            if framing:
                return earlier(framing[-1][1], ms)
            # an aside right after an event's name dates that event: "The Kobe quake, which
            # struck in 1995, killed 6,400 people" (not "Tepco, founded in 1951, said ...")
            if o1 in frame.commas:
                o2 = next((x for x in seps if x > o1), s.end)
                if o2 <= ms and o2 in frame.commas:
                    dated = [key for x, _, key in anchors if o1 < x < o2 and key is not None and free(x)]
                    if dated and _names_event(text, o0, o1) and not _ongoing().search(text, o1, ms):
                        return earlier(dated[-1], ms)
        if not goes_on[c]:
            break
        c -= 1
    return _carried(scope, mention, s)
