"""What event a value is of: the name before an event noun ("the *Kobe*
earthquake") or the head of the object after the value (the ``event_name`` reader)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from factcheck import pattern_cache
from factcheck.extract.base import data_words, function_words, trie_alternation
from factcheck.extract.counts import clause_words
from factcheck.models import Mention
from factcheck.scope.article import ArticleScope
from factcheck.scope.spans import _clause_of, _within
from factcheck.vocab import FoldedKeys, data_file, vocabulary


# One to three capitalized words (and the blanks after each) that end where the event
# noun starts, as ``re.search(r"((?:[A-Z][\w'’-]+\s+){1,3})$", ...)`` finds them: matched
# once on the reversed text rather than tried at each of the forty characters before it.
_NAMED_BEFORE_REVERSED = pattern_cache.compile(r"(?:\s+[\w'’-]+[A-Z]){1,3}")


def _event_name(text: str, trigger: tuple[int, int]) -> tuple[str, ...]:
    """The proper name right before an event noun: the *Kobe* earthquake, the
    *Sumatran* quake. Not an actor: "Russia annexed", "Moscow's annexation"."""
    if text[trigger[0]:trigger[1]].lower().endswith("ed"):
        return ()
    start = trigger[0]
    m = _NAMED_BEFORE_REVERSED.match(text[max(0, start - 40):start][::-1])
    if not m:
        return ()
    named = text[start - m.end():start]
    if named.rstrip().endswith(("'s", "’s", "s'")):  # "Moscow's annexation": an actor
        return ()
    v = vocabulary()
    words = [w for w in named.split()
             if w not in v.not_names and w not in v.sentence_openers
             and re.sub(r"(?:'s|’s)$", "", w).lower() not in v.weekdays and w.lower() not in v.months]
    return (" ".join(words),) if words else ()


_OBJECT_WORDS = pattern_cache.compile(r"[\w'’/-]+|[^\w\s]")


def _object_head(text: str, at: int, stop: int) -> tuple[str, ...]:
    """What the value is of, from "of <object>" right after ``at``: the object's first
    common noun, past its determiners, names, numbers and participles ("the 70th
    anniversary of the allied *defeat* of Nazi Germany", "of the Soviet *victory* over",
    "of its *founding*", "of the *victory* drew crowds"); an object of names only is
    keyed by its last name ("of World War II", "of Independence Day")."""
    tokens = _OBJECT_WORDS.findall(text, at, min(stop, at + 80))
    if not tokens or tokens[0].lower() != "of":
        return ()
    function = function_words()
    names = []
    for t in tokens[1:7]:
        if not t[0].isalnum():
            break
        low = t.lower()
        if low in function:
            if names:
                break
            continue
        if t[0].islower() and t.isalpha() and not low.endswith("ed"):
            return (low,)
        if t[0].isupper() or t[0].isdigit():
            names.append(re.sub(r"(?:'s|’s|'|’)$", "", low))
    return (names[-1],) if names else ()


def _event(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """The event's name before its noun; when the noun is part of the value itself and
    no name stands before it ("the 70th anniversary of the victory"), what the value is
    of: the object's head noun."""
    if not trigger:
        return ()
    text = scope.article.text
    named = _event_name(text, trigger)
    if named or not (mention.start <= trigger[0] and trigger[1] <= mention.end):
        return named
    return _object_head(text, mention.end, sentence[1])


_STAGE_WORDS = 20  # how far from a value a storm's stage word may stand, in words ("made landfall near Cedar
# Key at 11:05 p.m. Wednesday with maximum sustained winds of 120 mph")


@lru_cache(maxsize=None)  # one entry a table; a bound below their number would parse the YAML again and again
def _stages(key: str = "stages") -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """nouns.yaml ``stages`` (or ``moments``): the pattern of a stage's phrase at a word, phrase -> stage,
    and the words the phrases open with (looked up in the article's word index)."""
    nouns = data_file("nouns.yaml")
    stages = FoldedKeys({" ".join(str(p).lower().split()): str(stage)  # a match may hold "ſ": "came aſhore"
                         for stage, phrases in (nouns.get(key) or {}).items() for p in phrases})
    # "on Sunday": a word of nouns.yaml ``<key>_weekdays`` before a weekday's full name (calendar.yaml)
    weekdays = [str(forms[0]).lower() for forms in (data_file("calendar.yaml").get("weekdays") or {}).values()]
    stages.update({f"{str(w).lower()} {day}": str(stage)
                   for stage, before in (nouns.get(f"{key}_weekdays") or {}).items() for w in before for day in weekdays})
    pattern = pattern_cache.compile(rf"{trie_alternation(stages)}(?![\w-])", re.IGNORECASE)
    return pattern, stages, frozenset(p.split()[0] for p in stages)


def stage_keys() -> frozenset[str]:
    return _stages("stages")[2] | _stages("moments")[2] | _stages("periods")[2] | _stages("arms")[2]


def _moment(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Which moment of a market a price or a value is of (nouns.yaml ``moments``), read as ``_stage``
    reads a storm's: "a market value of 2.7 billion pounds at the offer price" is the offer's, "By the
    close they had risen 23% to 410p, lifting its market value above £3bn" the close's."""
    return _stage(scope, mention, sentence, since, trigger, "moments", fence=True, benchmarks=_moment_benchmarks())


@lru_cache(maxsize=1)
def _moment_benchmarks() -> re.Pattern:
    """Right before a moment's phrase, a word that makes it a benchmark (nouns.yaml ``moment_benchmarks``: "above
    the float price", "up 24% on the offer price"), and a determiner or a word between, ending there."""
    return pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(data_words('nouns.yaml', 'moment_benchmarks'))})\s+(?:[a-z]+\s+)?\Z")


def _day_or_days(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Whether a figure is one day's or one over several (nouns.yaml ``periods``): the phrase of one in
    the value's own stretch between commas and clause breaks, the nearest: "A crowd of 128,000 attended
    on race day, with organisers reporting a weekend total of 336,000" tells a day's crowd (128,000) and
    the weekend's (336,000); "336,000 spectators attended over the three days" is the weekend's."""
    pattern, periods, keys = _stages("periods")
    text = scope.article.text
    lo, hi = _value_stretch(scope, mention, sentence, commas=True)
    best, key = None, None
    for at in scope._words_in(keys, lo, hi):
        if mention.start <= at < mention.end or (m := pattern.match(text, at)) is None or m.end() > hi:
            continue
        d = mention.start - m.end() if at < mention.start else at - mention.end
        if best is None or d < best:
            best, key = d, periods[" ".join(m.group().lower().split())]
    return (key,) if key else ()


def _value_stretch(scope: ArticleScope, mention: Mention, sentence, commas: bool = False) -> tuple[int, int]:
    """(start, end) of the value's clause: its sentence from the last clause break before the value to the
    first after it (``break_spans``; a clock's colon ends none: "at 11:05 p.m. Wednesday with ... winds of
    120 mph"); with ``commas``, its stretch between commas within that, where a figure's own comma
    ("1,200") is none."""
    text = scope.article.text
    s0, s1 = sentence
    for start, end in scope.break_spans(s0, s1):
        if text[start] == ":" and text[start - 1:start].isdigit() and text[end:end + 1].isdigit():
            continue
        if end <= mention.start:
            s0 = end
        elif start >= mention.end:
            s1 = start
            break
    if commas:
        c = text.rfind(",", s0, mention.start)
        while c >= 0 and _in_figure(text, c):
            c = text.rfind(",", s0, c)
        s0 = max(s0, c + 1)
        c = text.find(",", mention.end, s1)
        while c >= 0 and _in_figure(text, c):
            c = text.find(",", c + 1, s1)
        s1 = s1 if c < 0 else c
    return s0, s1


def _in_figure(text: str, at: int) -> bool:
    """Whether the comma at ``at`` groups a figure's digits ("1,200")."""
    return text[at - 1:at].isdigit() and text[at + 1:at + 2].isdigit()


def _arm(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Which arm of a trial a count is of (nouns.yaml ``arms``), read as ``_stage`` reads a storm's stage but
    with a phrase before the value counting half as far again: "12 cases of RSV disease in the vaccine group
    compared with 77 in the placebo group" (12 the vaccine's, 77 the placebo's), "Among those who got the
    vaccine, 12 developed RSV disease"."""
    return _stage(scope, mention, sentence, since, trigger, "arms", before=1.5, after=1.0, fence=True)


def _stage(scope: ArticleScope, mention: Mention, sentence, since, trigger, table: str = "stages",
           before: float = 1.0, after: float = 1.5, fence: bool = False,
           benchmarks: re.Pattern | None = None) -> tuple[str, ...]:
    """Which moment of a storm the value is of (nouns.yaml ``stages``): the stage of the nearest of its
    words in the value's clause, one after the value counting half as far again ("peaked as a Category 4
    storm with 145 mph winds ... before weakening" is the peak's). With ``fence``, a phrase after the value
    past a word that opens a clause of its own (``_clause_between``) is that clause's: "Shares closed up 18%
    at 401 pence, after opening at 395 pence" (401 the close's). ``benchmarks``: the words that, right before a
    phrase after the value, make it a benchmark rather than the value's own ("above the float price")."""
    pattern, stages, keys = _stages(table)
    text, starts = scope.article.text, scope.word_starts
    s0, s1 = _value_stretch(scope, mention, sentence)
    w0, w1 = bisect_right(starts, mention.start), bisect_right(starts, mention.end - 1)
    best, stage = None, None
    for at in scope._words_in(keys, s0, s1):
        if mention.start <= at < mention.end or text[at - 1:at] == "-" or (m := pattern.match(text, at)) is None:
            continue
        w = bisect_right(starts, at)
        d = (w0 - w) * before if w < w0 else (w - w1) * after
        if d <= _STAGE_WORDS and (best is None or d < best) and not (fence and w > w1 and _clause_between(text, mention.end, at)) \
                and not (benchmarks is not None and w > w1 and benchmarks.search(text, max(mention.end, at - 16), at)):
            best, stage = d, stages[" ".join(m.group().lower().split())]
    return (stage,) if stage else ()


_OCCURRENCE_REACH = 4  # words from a meeting's word or its day to a phrase of its occurrence


@lru_cache(maxsize=1)
def _occurrences() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """nouns.yaml ``occurrences``: the pattern of an occurrence's phrase at a word, phrase -> key, and
    the words the phrases open with (looked up in the article's word index)."""
    keys = FoldedKeys({" ".join(str(p).lower().split()): str(key)
                       for key, phrases in (data_file("nouns.yaml").get("occurrences") or {}).items()
                       for p in phrases})
    pattern = pattern_cache.compile(rf"{trie_alternation(keys)}(?![\w-])", re.IGNORECASE)
    return pattern, keys, frozenset(p.split()[0] for p in keys)


def _clause_between(text: str, lo: int, hi: int) -> bool:
    """Whether a word that opens a clause of its own (``counts.clause_words``: "after", "while"; not
    "as well as") stands between ``lo`` and ``hi``: an occurrence's phrase across one is another
    clause's ("Shelling resumed a day after it took effect on Friday" tells no later truce)."""
    words, breaks = clause_words()
    return any(m.group().lower() in breaks for m in words.finditer(text, lo, hi))


def occurrence_keys() -> frozenset[str]:
    """The first words of the phrases ``_occurrence`` reads (nouns.yaml ``occurrences``), to
    register in the word index."""
    return _occurrences()[2]


def _occurrence(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Which of a story's recurring events a date is of, as its sentence tells it (nouns.yaml
    ``occurrences``): a later one ("will meet again on Thursday", "a second round of talks", "a
    follow-up meeting"), one held at a distance ("by video call on Tuesday", "spoke by phone") or one
    only planned ("were set to begin on Wednesday", "would meet on Monday"), read in the value's
    clause and at the word that made the rule take it (a phrase holding that word is at it); else () for the
    meeting told plainly ("met on Tuesday", "for the first time")."""
    pattern, keys, words = _occurrences()
    text, starts = scope.article.text, scope.word_starts
    c0, c1 = _clause_of(scope, mention, sentence)
    spans = [(mention.start, mention.end)]
    lead = c0
    if trigger is not None:
        c0, c1 = min(c0, trigger[0]), max(c1, trigger[1])
        spans.append(trigger)
        # a phrase that holds the rule's word may open a word or two before it, past the clause
        # ("The council will meet at 11:00 today": the value's clause opens at "11:00")
        lead = max(sentence[0], starts[max(0, bisect_right(starts, trigger[0]) - 1 - _HOLDING_LEAD)])
    # word indices of the value and the trigger: a phrase counts within _OCCURRENCE_REACH words of
    # either ("another cut at the bank's next policy meeting" speaks of the cut)
    near = [(bisect_right(starts, a), bisect_right(starts, b - 1)) for a, b in spans]
    found = set()
    for at in scope._words_in(words, min(c0, lead), c1):
        if mention.start <= at < mention.end or text[at - 1:at] == "-" or (m := pattern.match(text, at)) is None:
            continue
        w0, w1 = bisect_right(starts, at), bisect_right(starts, m.end() - 1)
        # a phrase that holds the rule's word ("will meet", "would hold talks") is at it
        if at < c0:
            hit = trigger is not None and w0 <= near[1][1] and w1 >= near[1][0]
        else:
            hit = any((w1 < a and a - w1 <= _OCCURRENCE_REACH and not _clause_between(text, m.end(), span[0]))
                      or (w0 > b and w0 - b <= _OCCURRENCE_REACH and not _clause_between(text, span[1], at))
                      or (w0 <= b and w1 >= a)
                      for (a, b), span in zip(near, spans))
        if hit:
            found.add(keys[" ".join(m.group().lower().split())])
    return tuple(sorted(found))


_HOLDING_LEAD = 2  # words an occurrence's phrase may open before the rule's word it holds ("would hold talks")


_TALLY_REACH = 4  # words between an event's word and the count of that event ("37 people were arrested")


def _tally(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """For an event's date, the count of that very event in its clause, as stated: the event's word
    is the count's role word ("37 people were arrested on Tuesday": "37"; "Police arrested 61
    people during Wednesday's clashes": "61"). Arrests of several days, each told with its own
    count, are several events; () when the clause counts no one of the event ("arrested the
    captain on Tuesday") or counts others ("The attack on Tuesday killed 12": an attack is no role)."""
    if trigger is None or not scope.role_counts:
        return ()
    text = scope.article.text
    role = vocabulary().roles.get(" ".join(text[trigger[0]:trigger[1]].lower().split()))
    if role is None:
        return ()
    c0, c1 = _clause_of(scope, mention, sentence)
    near = [(d, h) for d, h in _within(scope.role_counts, scope, trigger, _TALLY_REACH, (c0, c1))
            if h[2] == role and h[1] <= c1]
    return (min(near)[1][3],) if near else ()
