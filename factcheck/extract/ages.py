"""Ages of people: ``a 28-year-old``, ``Name, 29,``, ``aged 53``, ``a teenager`` (``life_stages``). Unit: years."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import NEXT_WORD, NO_QUANTITY, Found, Opens, Reading, data_words, trie, trie_alternation
from factcheck.extract.names import demonyms
from factcheck.extract.numbers import Num, age_group_prefixes, clean, hedge_before, in_paragraph, interval
from factcheck.models import build_value
from factcheck.vocab import data_file, singular, vocabulary

_UNIT = r"(?:\s*-\s*|\s+)(?P<unit>years?|yrs?|months?|weeks?|days?)"
# "28-year-old", "10-year-olds", "a 3-month-old baby", "five weeks old", "12 years of age":
# the unit's share of a year
_AFTER = pattern_cache.compile(in_paragraph(_UNIT + r"(?:(?:\s*-\s*|\s+)olds?\b|\s+of\s+age\b)"), re.IGNORECASE)
# "15- and 17-year-old", "15-, 16- and 17-year-olds": a hyphen left hanging borrows the unit of the
# last age of the list; tried only where a hyphen and a blank or comma follow the number
_SUSPENDED = pattern_cache.compile(in_paragraph(r"-(?:,?\s+(?:and|or|to)\s+|,\s+)(?:\d{1,3}-(?:,?\s+(?:and|or|to)\s+|,\s+))*\d{1,3}"
                        + _AFTER.pattern), re.IGNORECASE)
# "aged 6 months", "aged 25 years": the unit after an age that "aged" opens
_UNIT_AFTER = pattern_cache.compile(in_paragraph(_UNIT + r"\b"), re.IGNORECASE)
_AGE_UNITS = frozenset({"year", "month", "week", "day"})  # the durations' names of those units
_UNIT_YEARS = {"y": 1.0, "m": 1 / 12, "w": 7 / 365.25, "d": 1 / 365.25}
# "the" is part of "the age of": the hedge before it ("under the age of 5") bounds the age;
# "between the ages of 18 and 25"
_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:aged|age|ages|(?:the\s+)?ages?\s+of)\s+(?:between\s+|from\s+|just\s+|only\s+)?$"), re.IGNORECASE)
# "aged 6 months to 2 years": the second end of a range of ages, in a unit of its own
_RANGE_END_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:aged|ages(?:\s+of)?)\s+(?:between\s+|from\s+)?(?P<first>\d{1,3})"
                               + _UNIT + r"\s*(?:to|and|-|–)\s*$"), re.IGNORECASE)
# "two daughters, aged 40 and 45": the later ages of a list (the first keeps "aged" in its span)
_LIST_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:aged|ages(?:\s+of)?)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*and|,\s*or|,|and|or)\s+$"), re.IGNORECASE)
# "aged 15 and 17 were detained": a verb or a relative after the last age of a list joined
# without a comma, or with the comma that closes a longer list ("aged 19, 22, and 31 were");
# after a lone ", and" it may open a clause of its own ("aged 20, and 40 were killed")
_LIST_PLAIN_JOIN = pattern_cache.compile(in_paragraph(r"(?:\d\s+|\d\s*,\s*\d{1,3}\s*,\s*)(?:and|or)\s+$"), re.IGNORECASE)
_LIST_AFTER = pattern_cache.compile(in_paragraph(rf"\s+{trie(data_words('ages.yaml', 'list_followers'))}\b"),  # ages.yaml list_followers
                         re.IGNORECASE)
# "children as young as 10", "a boy of 12": an age by the words before it (the hedge
# vocabulary bounds the first); "a mother of three" is none (nouns.yaml guards.aged_of)
_YOUNG_AS_BEFORE = pattern_cache.compile(in_paragraph(r"\bas\s+(?:young|old)\s+as\s+$"), re.IGNORECASE)
_NOUN_OF_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<noun>[a-z]+)\s+of\s+$"))
# "died at 85", "dead at 79", "who turned 90", "retired at 65": an age only when no unit or noun follows ("turned 90 degrees")
@lru_cache(maxsize=1)
def _weak_before() -> re.Pattern:
    """A verb of dying or retiring and "at", or of turning an age, ending before a bare number;
    the plain "turn" only after a modal or "to" (ages.yaml ``turn_modals``: "will turn 70", "may
    turn 70", "is due to turn 90"), its span starting at "turn" (group ``turn``)."""
    modals = trie_alternation(str(w) for w in data_file("ages.yaml").get("turn_modals", ()))
    turns = trie(data_words("ages.yaml", "turn_forms"))
    # ("dead" a person's, not a toll's: "number of dead at 40", "the dead at 40" count the dead)
    return pattern_cache.compile(in_paragraph(r"\b(?:died|dies|dying|(?<!\bof\s)(?<!\bthe\s)dead|death|(?P<retire>retire[ds]?|retiring))\s+at\s+$"
                                              rf"|\b(?:{modals})\s+(?P<turn>turn)\s+$|\b{turns}\s+$"),
                                 re.IGNORECASE)


# (a headline's line end too: "Folk legend Dvorak dead at 79")
# (ages.yaml weak_followers: "on", "last", "years")
_WEAK_AFTER = pattern_cache.compile(in_paragraph(rf"\s*(?:[.,;:)!?]|$)|[ \t]*\n|\s+{trie(data_words('ages.yaml', 'weak_followers'))}\b"),
                         re.IGNORECASE)
# "At 19, she became the youngest MP": "At" opening a sentence, the number, a comma and a person's
# pronoun; from 13 on, as a clock's bare hour ("At 10, he left") stops at 12
_AT_AGE_BEFORE = pattern_cache.compile(r"(?:\A|[.!?:;\n][\"“”’')]?\s+|[\"“(]\s*)At\s\Z")
# ("they" and "we" are as often a team's or a firm's: "At 45, they declared their innings closed")
_AT_AGE_AFTER = pattern_cache.compile(r",\s+(?:he|she|I)\s")
_NO_HOUR = 13
# "in his 40s", "in her early fifties", "in his mid-to-late 30s"
# (ages.yaml decade_owners, decade_parts)
_DECADE_PART = trie(data_words("ages.yaml", "decade_parts"))
_DECADE_BEFORE = pattern_cache.compile(in_paragraph(rf"\bin\s+{trie(data_words('ages.yaml', 'decade_owners'))}\s+(?:{_DECADE_PART}[\s-]*(?:(?:to|or)\s*-?\s*"
                                                    rf"{_DECADE_PART}[\s-]*)?)?$"), re.IGNORECASE)
# "Sergei Ivanov, 29, said" / "Ivanov (29)": a capitalized name, then the age alone;
# "the suspect, 19, was": a person named by a noun after an article, then the age and a comma.
# "Osei, only 19,", "the striker, just 17,": an adverb of age (ages.yaml ``adverbs``) may stand
# between. The patterns that take one are built once, from that list (``_adverbed``)
# Letters past ASCII are Latin-1's and Latin Extended-A's ("José Núñez", "Łukasz Brzeziński"); the
# latter block mixes cases, so its letters may open a name or stand inside one
# up to two words between a determiner and a person's noun: "The former prime minister", "The US president"
_MODIFIERS_BEFORE = r"(?:(?:[A-Z]{2,4}|[A-Za-z][a-z]{2,})\s+){0,2}?"
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+)*"
# "Osei is 19 and", "He was 19 when": a person is or was the number alone, then the clause ends
# or goes on with "when", "and", "but", "at the time". "he" or "she" is a person wherever it
# stands; a name only where it opens a clause and is its whole subject (the sentence's start, a
# quote's, or after ", ", "and", "but", "said", "when"): "The death toll from the quake in Nepal was 65"
# is a count
_CLAUSE_OPENS = (r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s)|(?<=[“\"(])|(?<=,\s)"
                 r"|(?<=\band\s)|(?<=\bbut\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\bwhen\s))")
_IS_AGE_AFTER = pattern_cache.compile(in_paragraph(rf"(?:[.;]|,(?!\s*\d))(?:\s|$)|\s+{trie(data_words('ages.yaml', 'is_age_followers'))}\b(?!\s+\d)"), re.IGNORECASE)
_APPOSITION_AFTER = (",", ")", ";")  # right after the number (";" in a list of people: "Lars Henriksen, 61; Omar Haddad, 48")
# "Two boys, 15 and 17, were", "his sons (15 and 17)": a list of ages set off after people
# counted or pointed at ("the", "his", "two") and named by a noun. The list must close with a
# comma, ")" or the sentence's end ("Police arrested 15, and 17 more were hurt" is two counts).
# "to" joins a range ("The men, 18 to 25,"); a hyphen is left out: "The players, 3-2," is a score
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)"
_NOUN_LIST_AFTER = pattern_cache.compile(in_paragraph(rf"(?:{_LIST_JOIN}\d{{1,3}}(?!\d))*+\s*(?:,(?!\d)|\)|\.(?:\s|$))"))
_NOUN_LIST_ENDS = frozenset(", ).")  # what may follow a number of such a list
_PARTITIVE = pattern_cache.compile(in_paragraph(r"\b(?:of|among|from)\s+(?:\w+\s+)?$"), re.IGNORECASE)
_APPOSITION_ENDS = frozenset(",).;")  # what may follow an apposed age
# "who was eight,", "who is now 45.": the relative clause of a person, with the number alone in it
_SENTENCE_END = pattern_cache.compile(r"\.(?:\s|$)")  # "... was driven by Lena Voss, 35."
# "The couple, both 81,", "Smith and Jones, both 45,": an age two people share, set off by commas
# (the two are counted already: the number is no count)
_SHARED_ENDS = (", both ", ", Both ")
# "residents 65 and older", "children 5 or younger": words of age after the number make it one.
# ``quantities`` reads a trailing hedge first and widens the number over it ("65 and older");
# "and younger", no hedge of its own, still follows the number
_OLDER = data_words("ages.yaml", "older_words")  # "older", "younger"
_GROUP_HEDGE_WORDS = data_words("ages.yaml", "group_hedges")  # "over", "under"
_OLDER_AFTER = pattern_cache.compile(in_paragraph(rf"\s+(?:and|or)\s+{trie(_OLDER)}\b"), re.IGNORECASE)
# "people 65 and over", "children 5 and under": "over" and "under" need people before the number
_AGE_TRAIL = pattern_cache.compile(rf"\s+(?:and|or)\s+(?:(?P<age>{trie(_OLDER)})|{trie(_GROUP_HEDGE_WORDS)})$", re.IGNORECASE)
_TRAIL_ENDS = (*_OLDER, *_GROUP_HEDGE_WORDS)
_TRAIL_REACH = max(map(len, _TRAIL_ENDS))  # the characters ``_TRAIL_ENDS`` are looked for in
_GROUP_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?P<noun>[A-Za-z]+)\s+$"))
# "people over 65 were", "children under five.": people (ages.yaml groups), then a hedge that
# bounds the age; a unit or a noun after the number rules it out ("people over 3 days")
_GROUP_HEDGE_BEFORE = pattern_cache.compile(in_paragraph(rf"\b(?P<noun>[A-Za-z]+)\s+(?i:{trie(_GROUP_HEDGE_WORDS)})\s+$"))
_GROUP_HEDGES = tuple(f" {w} " for w in _GROUP_HEDGE_WORDS)
_GROUP_HEDGE_REACH = max(map(len, _GROUP_HEDGES))  # the characters ``_GROUP_HEDGES`` are looked for in
# a clause's end, a verb in the past ("Voters over 65 backed the plan", "children under 5 died")
# or one of ages.yaml ``group_followers`` ("people over 65 were")
_GROUP_AFTER = pattern_cache.compile(in_paragraph(r"\s*(?:[.,;:)!?]|$)|\s+(?:") + trie_alternation(data_words("ages.yaml", "group_followers"))
                                     + r"|[a-z]{2,}ed)\b", re.IGNORECASE)
# "the youngest victim, 14,", "the oldest, 92,": a superlative of age (ages.yaml superlatives),
# alone or before a person, then the age set off by commas
_SUPERLATIVE_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<sup>[a-z]+)"
                                              r"(?:\s+(?P<noun>[a-z]{3,}))?,\s+$"))
# "the oldest victim was 82.", "The youngest is 14 and": the same superlative, then "is" or "was";
# a participle may say which people ("The youngest person wounded was 16")
_SUPERLATIVE_IS_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<sup>[a-z]+)"
                                                 r"(?:\s+(?P<noun>[a-z]{3,})(?:\s+[a-z]{2,}ed)?)?\s+(?:is|was)\s+$"))
_AFTER_OPENS = Opens(["years", "yr", "months", "weeks", "days"])  # the words ``_AFTER`` opens with
# An age group open above ("65 and over") reaches the oldest age ``read`` takes
OLDEST = 130
# "the over-65s", "under-18s", "free for over 70s": the prefix (ages.yaml group_prefixes) before a
# plural age; the span opens with it
_PREFIX_BEFORE = pattern_cache.compile(r"\b(?P<prefix>[A-Za-z]+)[ -]\Z")
GROUP = "group"  # the ``Reading.rounding`` of a group named by its prefix: no rounding, an open side


PERSON = "person"  # what a person's age counts (``Value.counted``)
THING = "thing"  # what a thing's age counts (``Value.counted``); a person's age counts "person"


def _years(start: int, end: int, rounding: str = "") -> Reading:
    """A person's age in years (a thing's names its noun: ``Reading.counted`` THING)."""
    return Reading("age", start, end, 1.0, "year", "year", rounding, PERSON)


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    if num.decade:
        before = text[max(0, num.start - 24):num.start]
        b = _DECADE_BEFORE.search(before)
        return _years(num.start - len(before) + b.start(), num.end) if b else None
    if num.ordinal and text.startswith(" birthday", num.end) and 0 < num.value < OLDEST and not num.fraction \
            and (b := _birthday_of().search(text, max(0, num.start - 40), num.start)) and not b.group("ahead"):
        return _years(num.start, num.end + 9)
    if num.value >= OLDEST and not num.ordinal and not num.fraction and _AFTER_OPENS.may(lead) \
            and (m := _AFTER.match(text, num.end)):
        # "a 200-year-old oak tree": past a person's span, a thing's age whatever follows, and no count;
        # the thing's when a noun of ``things`` names it, after the age or, as below, before it ("The
        # bridge is 200 years old")
        thing = _things_age(text, m.end()) or _thing_before(text, num.start)
        return _in_unit(m, num.start, m.end())._replace(counted=THING, role=thing) if thing else NO_QUANTITY
    if num.ordinal or num.fraction or num.scaled or not (0 < num.value < OLDEST):
        return None
    if text.startswith("s", num.end) and (p := _group_prefix(text, num)) is not None:
        return _years(p, num.end + 1, GROUP)
    m = _AFTER.match(text, num.end) if _AFTER_OPENS.may(lead) else None
    if m:
        r = _in_unit(m, num.start, m.end())
        # "the 23-year-old ferry"; "The ferry was 23 years old", "the ferry, 23 years old,"
        thing = _things_age(text, m.end()) or _thing_before(text, num.start)
        return r._replace(counted=THING, role=thing) if thing else r
    if text.startswith("-", num.end) and text[num.end + 1:num.end + 2] in (" ", ",") and (
            m := _SUSPENDED.match(text, num.end)):
        return _in_unit(m, num.start, num.end + 1)  # the span keeps the hyphen: "15-"
    if num.value != int(num.value):
        return None
    before = text[max(0, num.start - 40):num.start]
    low = before.lower()
    if "age" in low[-28:] and _limit_before().search(before):
        return NO_QUANTITY  # "the retirement age to 67": a threshold, no one's age, no count
    if low[-_GROUP_HEDGE_REACH:].endswith(_GROUP_HEDGES) and (g := _GROUP_HEDGE_BEFORE.search(before)) \
            and g.group("noun").lower() in _groups() and _GROUP_AFTER.match(text, num.end):
        return _years(num.start, num.end)
    if before.endswith(", ") and "est" in low[-24:] and text[num.end:num.end + 1] in _APPOSITION_ENDS \
            and (s := _SUPERLATIVE_BEFORE.search(before)) and s.group("sup") in _superlatives() and (
            s.group("noun") is None or s.group("noun") in _apposed() or singular(s.group("noun")) in _apposed()) and (
            text.startswith(_APPOSITION_AFTER, num.end) or _SENTENCE_END.match(text, num.end)):
        return _years(num.start, num.end)
    b = _BEFORE.search(before) if "age" in low else None  # search only where "age" stands
    if b:
        # the span keeps "aged": it is what makes the number an age
        return _aged(text, num, num.start - len(before) + b.start(), lead)
    if (lead is None or lead in ("an", "or")) and _OLDER_AFTER.match(text, num.end):
        return _years(num.start, num.end)
    if text[num.end - _TRAIL_REACH:num.end].lower().endswith(_TRAIL_ENDS) and (t := _AGE_TRAIL.search(text, num.start, num.end)) and (
            t.group("age") or (g := _GROUP_BEFORE.search(text, max(0, num.start - 24), num.start))
            and g.group("noun").lower() in _groups()):
        return _years(num.start, num.end)
    if "age" in low and (h := hedge_before(text, num.start)) and _BEFORE.search(text, max(0, h[1] - 40), h[1]):
        # "aged under 18": the span opens with the hedge, which bounds the age
        return _aged(text, num, num.start, lead)
    if "age" in low and (r := _range_end(text, num, before, lead)):
        return r
    if " as " in low[-16:] and _YOUNG_AS_BEFORE.search(before):
        return _aged(text, num, num.start, lead)
    if low.endswith(" of ") and (n := _NOUN_OF_BEFORE.search(before)) and n.group("noun") in _aged_of() and (
            r := _of_age(text, num, lead)):
        return r
    if "age" in low and not num.words and _LIST_BEFORE.search(before) and (
            _WEAK_AFTER.match(text, num.end)
            or _LIST_PLAIN_JOIN.search(before) and _LIST_AFTER.match(text, num.end)):
        return _years(num.start, num.end)
    if ("at " in low[-4:] or "urn" in low[-8:]) and (b := _weak_before().search(before)) and num.value >= 10 \
            and _WEAK_AFTER.match(text, num.end) and (not b.group("retire") or _retiree_before(before, b.start(), person_only=num.value >= 100)):
        return _years(num.start - len(before) + (b.start("turn") if b.group("turn") else b.start()), num.end)
    if low.endswith(" at ") and num.value >= _NO_HOUR and (e := _life_event().search(text, max(0, num.start - 60), num.start)) \
            and _WEAK_AFTER.match(text, num.end) and _retiree_before(text[max(0, e.start() - 40):e.start()], None, person_only=True):
        return _years(num.start, num.end)  # "He became president at 43"
    if before.endswith("At ") and num.value >= _NO_HOUR and _AT_AGE_AFTER.match(text, num.end) \
            and _AT_AGE_BEFORE.search(before):
        return _years(num.start - 3, num.end)  # "At 19, she was the youngest MP"
    a = _adverbed()
    if low.endswith(a.who_ends) and text[num.end:num.end + 1] in _APPOSITION_ENDS and a.who_was.search(before) and (
            text.startswith(_APPOSITION_AFTER, num.end) or _SENTENCE_END.match(text, num.end)):
        # "The boy, who was eight, drowned", "Smith, who is 45.": a person's age said in a relative clause
        return _years(num.start, num.end)
    if low.endswith((" is ", " was ")) and "est" in low[-30:] and _IS_AGE_AFTER.match(text, num.end) and (
            s := _SUPERLATIVE_IS_BEFORE.search(before)) and s.group("sup") in _superlatives() and (
            s.group("noun") is None or s.group("noun") in _apposed() or singular(s.group("noun")) in _apposed()
            or s.group("noun") in vocabulary().person_nouns):
        return _years(num.start, num.end)  # "the oldest victim was 82.", "the youngest person wounded was 16"
    if low.endswith(a.is_ends) and num.value >= 5 and _IS_AGE_AFTER.match(text, num.end) and (
            i := a.is_age.search(text, max(0, num.start - 40), num.start)) and (
            i.group("name") is None or i.group("name").split()[0] not in _not_persons()
            and (" " in i.group("name") or _written_as_name(text, i.group("name")))):
        return _years(num.start, num.end)
    if low.endswith(a.is_ends + _GROUP_HEDGES) and num.value >= 5 and _IS_AGE_AFTER.match(text, num.end) and (
            i := a.noun_is_age.search(text, max(0, num.start - 48), num.start)) and i.group("noun") in _role_nouns() and not (
            (w := _SUBJECT_BEFORE.search(text, max(0, i.start() - 16), i.start())) and w.group(1).lower() in _place_before()):
        # "The suspect is 19.", "The former senator was 81 when he died" (not "The home of the victim was 40")
        return _years(num.start, num.end)
    if before.endswith(_SHARED_ENDS) and (not num.words or num.value < 10) and (
            text.startswith(_APPOSITION_AFTER, num.end) or _SENTENCE_END.match(text, num.end)):
        return _years(num.start, num.end)  # "The couple, both 81, died"
    # in words only below ten, as British papers write young children's ages ("Lily, eight,")
    if (not num.words or num.value < 10) and text[num.end:num.end + 1] in _APPOSITION_ENDS \
            and _may_end_apposition(before, a.words) and (
            (text.startswith(_APPOSITION_AFTER, num.end) or _SENTENCE_END.match(text, num.end))
            and (m := a.apposition.search(before))
            and (_a_persons_name if num.words else _no_place_name)(text, num.start - len(before) + m.start(), m.group(0))
            or text.startswith(",", num.end) and (n := a.noun_apposition.search(before))
            and n.group("noun") in _role_nouns()):
        return _years(num.start, num.end)
    if not num.words and text[num.end:num.end + 1] in _NOUN_LIST_ENDS and ("," in before or "(" in before) \
            and _in_noun_list(text, num, before):
        return _years(num.start, num.end)
    return None


def _group_prefix(text: str, num: Num) -> int | None:
    """Where the prefix of "the over-65s" starts, when one stands before the plural number."""
    if num.words or text[num.end + 1:num.end + 2].isalnum():
        return None
    m = _PREFIX_BEFORE.search(text, max(0, num.start - 8), num.start)
    if m is None or m.group("prefix").lower() not in age_group_prefixes():
        return None
    if text[num.start - 1] == " " and not _GROUP_AFTER.match(text, num.end + 1):
        return None  # "sold over 70s records": the decade of a noun; "free for over 70s." a group
    return m.start()


def open_group(text: str, r: Reading, qualifier: str, value: float, low: float, high: float) -> tuple[str, float, float]:
    """An age group holds every age past its bound: "65 and over" is 65..130 (``OLDEST``), "18 and
    under" and "the under-18s" 0..18, where a hedge on one number bounds it to one step.
    ``r``: a reading that names a group, by its prefix (``GROUP``) or a hedge after the age."""
    if r.rounding == GROUP:
        qualifier = age_group_prefixes()[text[r.start:r.end].split("-")[0].split()[0].lower()]
        low, high = interval(value, 1.0, qualifier)
    if qualifier in ("more_than", "at_least"):
        return qualifier, low, float(OLDEST)
    if qualifier in ("less_than", "at_most", "up_to"):
        return qualifier, 0.0, high
    return qualifier, low, high


def _in_noun_list(text: str, num: Num, before: str) -> bool:
    """Whether the number is one of two or more ages listed after a person noun ("Two boys, 15 and 17,")."""
    after = _NOUN_LIST_AFTER.match(text, num.end)
    if after is None:
        return False
    b = _noun_list_before().search(before)
    if b is None or not (b.group("listed") or after.end() - num.end > 1):
        return False
    noun = b.group("noun")
    if noun not in _apposed() and singular(noun) not in _apposed():
        return False
    # "Of the 40 soldiers, 15 and 17, respectively, ...": a share of the people, counted
    at = num.start - len(before) + b.start()
    return _PARTITIVE.search(text, max(0, at - 16), at) is None


@lru_cache(maxsize=1)
def _noun_list_before() -> re.Pattern:
    """What stands before a number of ``_in_noun_list``: the people, then the ages listed before it."""
    counted = trie_alternation(w for w, n in vocabulary().number_units.items() if 1 < n < 13)
    pointer = rf"(?i:the|his|her|their|its|our|both|{counted}|\d{{1,2}})"
    return pattern_cache.compile(in_paragraph(rf"\b{pointer}\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{3,}})(?:,\s+|\s+\()"
                                   rf"(?P<listed>(?:\d{{1,3}}{_LIST_JOIN})*)$"))


def _range_end(text: str, num: Num, before: str, lead: str | None) -> Reading | None:
    """The "2 years" of "aged 6 months to 2 years": an age, not a duration (``quantities._try_range``
    converts each end of the range by its own unit)."""
    b = _RANGE_END_BEFORE.search(before)
    if b is None or not _AFTER_OPENS.may(lead):
        return None
    u = _UNIT_AFTER.match(text, num.end)
    if u is None or u.group("unit")[0].lower() == b.group("unit")[0].lower():
        return None  # "aged 6 to 18 months" joins as one range already
    return _in_unit(u, num.start, u.end())


def _of_age(text: str, num: Num, lead: str | None) -> Reading | None:
    """The age of "a boy of 12", "a baby of six months": in the unit after it, or in years
    when nothing but a clause's end or a small word follows ("a man of 45 was")."""
    u = _UNIT_AFTER.match(text, num.end) if _AFTER_OPENS.may(lead) else None
    if u:
        return _in_unit(u, num.start, u.end())
    return _years(num.start, num.end) if _OF_AGE_END.match(text, num.end) else None


# what may follow the age of "a boy of 12": a clause's end, a verb or a relative (ages.yaml of_age_followers)
_OF_AGE_END = pattern_cache.compile(in_paragraph(rf"\s*(?:[.,;:)!?]|$)|\s+{trie(data_words('ages.yaml', 'of_age_followers'))}\b"),
                                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _limit_before() -> re.Pattern:
    """Ending before a number: an age a rule sets ("the retirement age to ", "the minimum age of ",
    "the age limit from 65 to "; ages.yaml ``limits``), which is neither a person's age nor a count."""
    spec = data_file("ages.yaml").get("limits", {})
    before = trie_alternation(str(w) for w in spec.get("before", ()))
    after = trie_alternation(str(w) for w in spec.get("after", ()))
    return pattern_cache.compile(in_paragraph(rf"(?:\b(?:{before})\s+ages?|\bages?\s+(?:{after}))"
                                              rf"(?:\s+{trie(str(w) for w in spec['links'])})?"
                                              r"(?:\s+(?:of|to|at|from|from\s+\d{1,3}\s+to))?\s+$"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _aged_of() -> frozenset[str]:
    return frozenset(vocabulary().count_guards.get("aged_of", ()))


def _aged(text: str, num: Num, start: int, lead: str | None) -> Reading:
    """The age after "aged": in years, or in the unit that follows ("aged 6 months")."""
    u = _UNIT_AFTER.match(text, num.end) if _AFTER_OPENS.may(lead) else None
    return _in_unit(u, start, u.end()) if u else _years(start, num.end)


def as_age(r: Reading) -> Reading | None:
    """A duration in years, months, weeks or days as an age: the "25 years" of "aged 18 to 25 years"."""
    if r.kind != "duration" or r.stated_unit not in _AGE_UNITS:
        return None
    return Reading("age", r.start, r.end, _UNIT_YEARS[r.stated_unit[0]], r.stated_unit, "year", "", PERSON)


def _in_unit(m: re.Match, start: int, end: int) -> Reading:
    """An age in the unit that ``m`` (``_AFTER`` or ``_SUSPENDED``) names: "3-month-old" is a quarter year."""
    unit = m.group("unit").lower()
    return Reading("age", start, end, _UNIT_YEARS[unit[0]], "year" if unit[0] == "y" else unit.rstrip("s"), "year", "", PERSON)


@lru_cache(maxsize=1)
def _birthday_of() -> re.Pattern:
    """What before "80th birthday" makes it an age (ages.yaml ``birthday``): a person's
    ("his", "her"), not a firm's or a city's; with a word of one still ahead before it
    ("days before her 100th birthday": she was 99) as group ``ahead``."""
    spec = data_file("ages.yaml").get("birthday", {})
    ahead = trie_alternation(spec.get("ahead", ()))
    owners = trie_alternation(spec.get("owners", ()))
    return pattern_cache.compile(rf"(?P<ahead>\b{ahead}\s+)?\b{owners}\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    return vocabulary().age_groups


@lru_cache(maxsize=1)
def _superlatives() -> frozenset[str]:
    return vocabulary().age_superlatives


@lru_cache(maxsize=1)
def _apposed() -> frozenset[str]:
    return frozenset(vocabulary().count_guards.get("apposed", ()))


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The nouns a person's age may follow set off by commas or after "is"/"was" ("the former prime
    minister, 75,", "The suspect is 19."): nouns.yaml ``apposed``, the titles' last words (titles.yaml:
    "minister", "executive") and the occupations news writes before a name (names.yaml)."""
    titles = {str(t).lower().replace("-", " ").split()[-1] for t in vocabulary().titles}
    return _apposed() | frozenset(titles) | frozenset(data_words("names.yaml", "occupations"))


def _may_end_apposition(before: str, adverbs: frozenset[str]) -> bool:
    """Whether ``before`` ends as ``_Adverbed.apposition`` needs (", " or " ("; its ``$`` also
    stands before a final newline): cheaper than the search that would fail. An adverb of age
    at the end (one of ``adverbs``) is cut off first: "Osei, only 19"."""
    tail = before[:-1] if before.endswith("\n") else before
    if tail[-1:].isspace() and (word := tail.rsplit(None, 1)[-1:]) and word[0] in adverbs:
        head = tail.rstrip()[:-len(word[0])]
        return head[-1:].isspace() and head.rstrip().endswith(",")
    if tail.endswith("("):
        return tail[-2:-1].isspace()
    return before[-1:].isspace() and before.rstrip().endswith(",")


class _Adverbed(NamedTuple):
    """The patterns an adverb of age (ages.yaml ``adverbs``: "only", "just") may stand in, and
    the endings that let each be tried."""
    apposition: re.Pattern  # "Osei, only 19," / "Ivanov (29)"
    noun_apposition: re.Pattern  # "the striker, just 17,"
    ends: tuple[str, ...]  # " only ", " just ": an adverb right before the number
    words: frozenset[str]  # "only", "just"
    is_age: re.Pattern  # "Osei is 19", "He was only 19"
    noun_is_age: re.Pattern  # "The suspect is 19", "the driver was only 19"
    is_ends: tuple[str, ...]
    who_was: re.Pattern  # "who was eight,", "who is now 45."
    who_ends: tuple[str, ...]


@lru_cache(maxsize=1)
def _adverbed() -> _Adverbed:
    words = [str(w).lower() for w in data_file("ages.yaml").get("adverbs", ())]
    adverb = rf"(?:{trie_alternation(words)}\s+)?"
    ends = tuple(f" {w} " for w in words)
    return _Adverbed(
        pattern_cache.compile(in_paragraph(rf"\b{_NAME}(?:,\s+{adverb}|\s+\()$")),
        # "the mother-of-three, 34,": the person is the noun before "-of-"; "Her husband, 52, and son,
        # 19,": "and" stands for the determiner of the first; "The train's engineer, 47,", "the
        # security guard, 40,": an owner or a modifier may stand before the noun, a prefix inside it ("the ex-president")
        pattern_cache.compile(in_paragraph(rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|and|[A-Za-z]+['’]s)\s+{_MODIFIERS_BEFORE}"
                                           rf"(?:[a-z]{{2,}}-)?(?P<noun>[a-z]{{3,}})(?:-of-[a-z]+)?,\s+{adverb}$")),
        ends,
        frozenset(words),
        pattern_cache.compile(in_paragraph(rf"(?:\b(?P<pronoun>[Hh]e|[Ss]he)|{_CLAUSE_OPENS}(?P<name>{_NAME}))"
                                           rf"\s+(?:is|was)\s+{adverb}$")),
        # "The suspect is 19.", "The former senator was 81 when", "The suspect is under 18.": a person's noun
        # after a determiner
        pattern_cache.compile(in_paragraph(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Za-z]+['’]s)\s+{_MODIFIERS_BEFORE}"
                                           rf"(?:[a-z]{{2,}}-)?(?P<noun>[a-z]{{3,}})\s+(?:is|was)\s+{adverb}(?:{trie(_GROUP_HEDGE_WORDS)}\s+)?$")),
        (" is ", " was ") + ends,
        pattern_cache.compile(in_paragraph(rf"\bwho\s+(?:is|was)\s+{adverb}$"), re.IGNORECASE),
        (" was ", " is ") + ends)


def _written_as_name(text: str, word: str) -> bool:
    """Whether ``word`` stands capitalized inside a sentence somewhere in ``text`` as a person's
    name does: after a capitalized word that opens no clause ("Kwame Osei", "Mr. Osei"), a comma
    or a word that is no preposition ("said Osei", "named Jones"). A sentence's first word may be
    any noun ("Rainfall was 12."), and one only ever after a preposition (ages.yaml
    ``place_before``) a team's, a place's or a firm's ("Fans of Arsenal", "in Nepal")."""
    needle = " " + word
    p = text.find(needle)
    while p > 0:
        after = text[p + len(needle):p + len(needle) + 1]
        if not (after.isalnum() or after == "-") and (text[p - 1].isalpha() or text[p - 1] in ",;:.") and (
                (w := _WORD_BEFORE.search(text, max(0, p - 24), p)) is None and text[p - 1] != "."
                or w and (w.group(1)[:-1] in vocabulary().honorifics if w.group(1).endswith(".") else
                          w.group(1).lower() not in _place_before() and w.group(1) not in _not_persons())):
            return True
        p = text.find(needle, p + 1)
    return False


def _a_persons_name(text: str, start: int, apposition: str) -> bool:
    """For an age in words ("Lily, eight,"), whether the capitalized words at ``start`` name a
    person: a given name and surname ("Kwame Osei"), or one word that opens its sentence or
    stands after a title or a person's noun ("Mrs Osei", "sister Lily"). After "and" the first
    of a list decides: "led by China, nine, and Japan, four" is a tally."""
    for _ in range(4):
        name = apposition.split(",", 1)[0].split("(", 1)[0].split()
        if len(name) > 1:
            return name[0] not in _not_persons()
        if not text[start - 1:start] == " ":
            return True  # the sentence's or a quote's first word
        w = _WORD_BEFORE.search(text, max(0, start - 24), start - 1)
        if w is None:
            return True
        word = w.group(1)
        if word.endswith("."):
            return True  # a title ("Dr.") or the sentence before's end
        if word.lower() in _apposed() or word in vocabulary().honorifics:
            return True
        if word.lower() not in ("and", "or") or (f := _FIRST_OF_LIST.search(text, max(0, w.start() - 48), w.start())) is None:
            return False
        start, apposition = f.start(), f.group(0)
    return False


def _no_place_name(text: str, start: int, apposition: str) -> bool:
    """For an age in digits ("Ivanov, 29,"): whether the capitalized words at ``start`` may
    name a person, not a country or a team in a tally: a name after "the" ("the United
    States, 12,") or one word after a preposition (ages.yaml ``place_before``: "led by
    China, 9,") is a place's. After "and" the first of a list decides: "led by China, 9,
    and Japan, 4" is a medal table."""
    for _ in range(4):
        name = apposition.split(",", 1)[0].split("(", 1)[0].split()
        if name[0] == "The":
            return len(name) > 1 and (name[1] in vocabulary().honorifics or _nationality_noun(name[-1]))
        w = _WORD_BEFORE.search(text, max(0, start - 24), start - 1) if text[start - 1:start] == " " else None
        if w is None:
            return True
        word = w.group(1).lower()
        if word == "the" and _nationality_noun(name[-1]):
            return True  # "the Australian, 22,": a person
        if word == "the" or len(name) == 1 and word in _place_before():
            return False
        if word not in ("and", "or") or (f := _FIRST_OF_DIGITS.search(text, max(0, w.start() - 48), w.start())) is None:
            return True
        start, apposition = f.start(), f.group(0)
    return True


def _nationality_noun(word: str) -> bool:
    """Whether ``word`` names one person of a nation ("Bahraini", "Briton", "South African"'s
    "African"): its plural in -s counts people (nouns.yaml ``person``: "Britons"), or it is a
    nation's adjective (names.yaml ``demonyms``) that takes one; "the Dutch", "the Chinese",
    "the Swiss" take none and are the nation (its team in a tally)."""
    low = word.lower()
    return f"{low}s" in vocabulary().person_nouns or (
        low in _demonyms() and not low.endswith(("sh", "ch", "ss", "se")))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """``names.demonyms``, lower case."""
    return frozenset(d.lower() for d in demonyms())


@lru_cache(maxsize=1)
def _life_event() -> re.Pattern:
    """A step of a life (ages.yaml ``life_events``) and up to four words, then "at": "became
    president at", "joined the army at", "left school at"."""
    events = trie_alternation(str(w) for w in data_file("ages.yaml").get("life_events", ()))
    return pattern_cache.compile(rf"\b{events}\s+(?:[\w'’-]+\s+){{0,4}}?at\s+\Z")


# the first of a list of names with their ages in digits: "China, 9, and "
_FIRST_OF_DIGITS = pattern_cache.compile(rf"\b{_NAME},\s+\d{{1,3}},\s+\Z")


def _retiree_before(before: str, at: int | None, person_only: bool = False) -> bool:
    """Whether a person retires at the "retired" at ``at``: a pronoun, a person's noun or a name
    is its subject, an auxiliary or adverb at most between (ages.yaml ``retiree``); "The bonds were
    retired at 100" is a price."""
    r = _retiree()
    w = r.subject.search(before, 0, len(before) if at is None else at)
    if w is None:
        return False
    word = w.group("w")
    low = word.lower()
    return low in r.pronouns or low in _apposed() or singular(low) in _apposed() or low in _groups() or (
        word[:1].isupper() and word not in _not_persons() and low not in r.skips) or (
        # "The striker later retired at 33": any noun a determiner opens; a thing is "retired"
        # ("The bonds were retired at 100"), where "were" stands before "retired"
        not person_only and w.group("det") is not None and word.islower() and low not in r.skips)


class _Retiree(NamedTuple):
    subject: re.Pattern  # the word before "retired", past the words ``skips`` holds
    pronouns: frozenset[str]
    skips: frozenset[str]


@lru_cache(maxsize=1)
def _retiree() -> _Retiree:
    spec = data_file("ages.yaml").get("retiree", {})
    skips = [str(w).lower() for w in spec.get("skips", ())]
    determiners = trie_alternation(str(w).lower() for w in spec.get("determiners", ()))
    return _Retiree(pattern_cache.compile(rf"(?:(?<![\w'’-])(?P<det>(?i:{determiners}))\s+)?(?<![\w'’-])(?P<w>[A-Za-z'’-]+)\s+"
                                          rf"(?:(?i:{trie_alternation(skips)})\s+){{0,2}}\Z"),
                    frozenset(str(w).lower() for w in spec.get("pronouns", ())), frozenset(skips))


# the first of a list of names with their ages: "China, nine, and "
_FIRST_OF_LIST = pattern_cache.compile(rf"\b{_NAME},\s+[a-z]+,\s+\Z")


# the word right before a blank: "of" in "Fans of Arsenal", "Kwame" in "Kwame Osei", "Mr." in "Mr. Osei"
_WORD_BEFORE = pattern_cache.compile(r"(?<![\w'’.-])([A-Za-z'’-]+\.?)\Z")


@lru_cache(maxsize=1)
def _place_before() -> frozenset[str]:
    return frozenset(data_file("ages.yaml").get("place_before", ()))


@lru_cache(maxsize=1)
def _not_persons() -> frozenset[str]:
    """Capitalized words that open a clause and name no person ("It was 19", "Turnout was 19."):
    the sentence openers and words of no name (text.yaml, titles.yaml), and ages.yaml ``not_persons``."""
    v = vocabulary()
    return frozenset(v.sentence_openers | v.not_names | set(data_file("ages.yaml").get("not_persons", ())))


# a word after an age: "ferry" of "the 23-year-old ferry", "Greek-flagged" of "a 32-year-old Greek-flagged ship"
_WORD_AFTER = pattern_cache.compile(r"[ \t]+([A-Za-z]+(?:-[A-Za-z]+)*)")
_MODIFIERS = 2  # words that may stand between the age and the thing ("cargo ship", "Greek-flagged cargo ship")
_HEAD_AFTER = 2  # words after the thing's noun that may still end its compound ("car crash victim", "church choir girl")


def _things_age(text: str, end: int) -> str | None:
    """Whether the age ending at ``end`` ("23-year-old") is a thing's: a noun of ages.yaml
    ``things`` stands in what follows, after two modifiers at most ("the 40-year-old nuclear
    reactor"), and no person's noun heads the compound it opens: "the 40-year-old ship captain",
    "a 22-year-old car crash victim", "the ship's cook" keep the person's age. Past the word
    right after the thing, only a listed person's noun counts: a verb ends in "-er" or "-ent" too
    ("sank after", "went"). What the thing is, when it is one (``thing_family``)."""
    t = _things()
    at, thing_at, thing = end, None, ""
    for i in range(_MODIFIERS + 1 + _HEAD_AFTER):
        w = _WORD_AFTER.match(text, at)
        if w is None:
            break  # a mark or a figure ends the compound
        word = w.group(1)
        low = word.lower()
        if low in t.stops:
            break
        if thing_at is not None and i - thing_at > _HEAD_AFTER:
            break
        if thing_at is None or i == thing_at + 1:
            if _is_person(low, t):
                return None
        elif low in t.people:
            return None
        if word.islower() and _is_thing(low, t) or word in t.makers:
            if text[w.end():w.end() + 1] in ("'", "’"):
                return None  # "the 30-year-old ship's cook": the ship's someone
            thing_at, thing = i, t.makers.get(word, low)
        elif thing_at is None and i >= _MODIFIERS:
            return None
        at = w.end()
    return thing_family(thing) if thing_at is not None else None


# "The jet was 21 years old", "the aircraft, 21 years old,": a thing's noun after a determiner,
# two modifiers at most between, then "is" or "was" (an adverb of age may follow) or a comma
_THING_BEFORE = pattern_cache.compile(in_paragraph(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Tt]heir)\s+(?:[A-Za-z-]+\s+){0,2}?"
                                                   rf"(?P<noun>[a-z]+(?:-[a-z]+)*)(?:\s+(?:is|was)(?:\s+{trie(data_words('ages.yaml', 'thing_adverbs'))})?\s+|,\s+)$"))


_SUBJECT_BEFORE = pattern_cache.compile(r"([A-Za-z]+)[ \t]+\Z")  # the word before a thing's determiner


def _thing_before(text: str, start: int) -> str | None:
    """What the thing is whose noun is the subject of the age opening at ``start``, "The jet was"
    or "the aircraft," right before it (``thing_family``); None where a person's noun or none is."""
    if not text.endswith((" ", "\t"), max(0, start - 1), start):
        return None
    b = _THING_BEFORE.search(text, max(0, start - 60), start)
    if b is None:
        return None
    low, t = b.group("noun"), _things()
    if (w := _SUBJECT_BEFORE.search(text, max(0, b.start() - 16), b.start())) and w.group(1).lower() in _place_before():
        return None  # "The driver of the car was 21 years old": the thing is no subject
    return thing_family(low) if _is_thing(low, t) and not _is_person(low, t) else None


def thing_family(noun: str) -> str:
    """What a thing's noun names, for comparing its ages (ages.yaml ``thing_families``: "jet" and
    "airliner" are an aircraft); otherwise the noun of ``things`` it is or ends in ("warships": ship)."""
    t = _things()
    one = singular(noun)
    if one not in t.nouns and noun in t.nouns:
        one = noun
    if one not in t.nouns:
        one = max((w for w in t.compound if one.endswith(w)), key=len, default=one)
    return t.families.get(one, one)


def _is_person(low: str, t: "_Things") -> bool:
    """A person's noun ("captain", "workers") or an agent's ("operator", "employee"), not one of ``things``."""
    if low in t.people:
        return True
    one = singular(low)
    return one in t.people or (one not in t.nouns and low not in t.nouns and low.endswith(t.endings))


def _is_thing(low: str, t: "_Things") -> bool:
    """One of ``things``, or a compound ending in one of four letters or more ("warship", "supertanker")."""
    one = singular(low)
    return one in t.nouns or low in t.nouns or "-" not in low and one.endswith(t.compound)


class _Things(NamedTuple):
    nouns: frozenset[str]  # ages.yaml ``things``
    compound: tuple[str, ...]  # the ones of four letters or more, which end compounds ("warship")
    people: frozenset[str]  # persons' nouns, as written and in the singular
    endings: tuple[str, ...]  # ages.yaml ``person_endings``
    stops: frozenset[str]  # words no modifier of a thing is: "a 32-year-old in a car"
    families: dict[str, str]  # ages.yaml ``thing_families``: a noun -> what it names
    makers: dict[str, str]  # ages.yaml ``thing_makers``: a maker's name -> what it names ("Airbus": aircraft)


@lru_cache(maxsize=1)
def _things() -> _Things:
    spec = data_file("ages.yaml")
    nouns = frozenset(str(w).lower() for w in spec.get("things", ()))
    v = vocabulary()
    people = v.person_nouns | _apposed() | _groups() | frozenset(vocabulary().count_guards.get("aged_of", ())) \
        | frozenset(str(w).lower() for w in spec.get("people_after_things", ()))
    r = _retiree()
    stops = _place_before() | r.pronouns | r.skips | {"a", "an", "the", "and", "or", "but", "is", "was", "are", "were",
                                                      "his", "her", "their", "its", "whose", "which", "that"}
    return _Things(nouns, tuple(w for w in nouns if len(w) >= 4),
                   frozenset(people | {singular(p) for p in people}),
                   tuple(str(e) for e in spec.get("person_endings", ())), frozenset(stops),
                   {str(w).lower(): str(f) for f, ws in (spec.get("thing_families") or {}).items() for w in ws},
                   {str(w): str(f) for f, ws in (spec.get("thing_makers") or {}).items() for w in ws})


@lru_cache(maxsize=1)
def _stage_after() -> re.Pattern:
    """A stage of life named by a word (ages.yaml ``life_stages``): "A teenager was stabbed", "an
    octogenarian woman", "a 20-something man". What may follow one of ``either`` standing for a
    person alone: a clause's verb, a relative, a preposition ("A teen was", "the teen from Leeds"):
    the words that go on with a clause (calendar.yaml ``clause_goes_on``, ``day_part_goes_on``), a
    modal (ages.yaml ``turn_modals``), a verb of speech (names.yaml ``speech_verbs``,
    ``addressee_verbs``), ages.yaml ``life_stages.goes_on``, or a past form ("-ed")."""
    cal, names = data_file("calendar.yaml"), data_file("names.yaml")
    words = {str(w).lower() for w in (*cal.get("clause_goes_on", ()), *cal.get("day_part_goes_on", ()),
                                      *data_file("ages.yaml").get("turn_modals", ()),
                                      *data_file("ages.yaml").get("life_stages", {}).get("goes_on", ()),
                                      *names.get("speech_verbs", ()), *names.get("addressee_verbs", ()))}
    return pattern_cache.compile(rf"[ \t]+(?:{trie_alternation(words)}|[a-z]{{2,}}ed)\b")


_STAGE_OPENS = ".!?\n\"“‘'(:"  # what may stand before a capitalized stage that opens its sentence ("Teenager John Smith")


class _LifeStages(NamedTuple):
    ages: dict[str, tuple[int, int | None]]  # a word (lower case) -> its first and last year (None: open)
    how: dict[str, str]  # a word -> how it stands: "words", "modifiers" or "either" (ages.yaml)
    keys: frozenset[str]  # the words looked up in the article's word index
    decades: dict[str, int]  # "20", "twenty", "twentysomething" -> 20
    suffix: str  # "something"


_STAGE_KINDS = ("words", "modifiers", "either")


@lru_cache(maxsize=1)
def _life_stages() -> _LifeStages:
    spec = data_file("ages.yaml").get("life_stages", {})
    ages, how = {}, {}
    for kind in _STAGE_KINDS:
        for w, (a, b) in (spec.get(kind) or {}).items():
            ages[str(w).lower()] = (int(a), None if b is None else int(b))
            how[str(w).lower()] = kind
    suffix = str(spec.get("decade_suffix", "")).lower()
    decades: dict[str, int] = {}
    glued: set[str] = set()
    if suffix:
        tens = {w: n for w, n in vocabulary().number_tens.items() if 20 <= n <= 90}
        glued = {w + suffix for w in tens}
        decades = {**{str(n): n for n in range(20, 100, 10)}, **tens, **{w + suffix: n for w, n in tens.items()}}
    return _LifeStages(ages, how, frozenset({*ages, *glued, *([suffix] if suffix else [])}), decades, suffix)


def life_stages(text: str, taken, words) -> list:
    """The ages that words of a stage of life name (ages.yaml ``life_stages``), each an interval
    of years: "teenager" 13..19, "octogenarian" 80..89, "centenarian" 100 and over, "20-something"
    20..29. Looked up in the article's word index (``words``: its ``scan.Words``); ``taken``: the
    spans earlier passes claimed. Runs before the numbers, so "20-something" is no count of 20."""
    stages = _life_stages()
    at = words.indices(stages.keys) if stages.keys else ()
    if not at:
        return []
    out = []
    all_words, starts = words.words, words.starts
    for j in at:
        word, start = all_words[j], starts[j]
        end = start + len(word)
        if word == stages.suffix:
            # "20-something", "thirty-something": the decade before the hyphen
            if j == 0 or text[start - 1:start] != "-" or starts[j - 1] + len(all_words[j - 1]) != start - 1 \
                    or all_words[j - 1] not in stages.decades:
                continue
            first = stages.decades[all_words[j - 1]]
            low, high, start, how = first, first + 9, starts[j - 1], "either"
        elif word in stages.decades:
            first = stages.decades[word]
            low, high, how = first, first + 9, "either"  # "twentysomething"
        else:
            low, high = stages.ages[word]
            how = stages.how[word]
        if start and (text[start - 1].isalnum() or text[start - 1] in "-$£€'’"):
            continue  # "pre-teen", "$20-something"
        after = text[end:end + 1]
        if after in ("-", '"', "”") or after in ("'", "’") and (how == "modifiers" or text[end + 1:end + 2] != "s" or text[end + 2:end + 3].isalpha()):
            continue  # "teen-aged", a word quoted; but "the teenager's mother" is the teenager's
        if text[start].isupper() and (before := text[max(0, start - 4):start].rstrip(" \t")) and before[-1] not in _STAGE_OPENS:
            continue  # a name in capitals ("Teen Vogue", "the Teenage Cancer Trust")
        if text[max(0, start - 4):start].lower() == "old ":
            continue  # "a 16-year-old teenager": the age is stated already
        if not _stage_stands(text, end, how) or taken(start, end):
            continue
        qualifier = "range" if high is not None else "at_least"
        high = OLDEST if high is None else high
        out.append(Found(start, end, build_value({
            "low": low, "high": high, "stated": clean(low if qualifier == "at_least" else (low + high) / 2),
            "stated_unit": "year", "unit": "year", "qualifier": qualifier, "granularity": None, "counted": PERSON,
            "role": None, "resolved": True, "zone": None, "ordinal": False, "kind": "age"})))
    return out


def _stage_stands(text: str, end: int, how: str) -> bool:
    """Whether a stage's word ending at ``end`` names a person's age, by ``how`` it stands (ages.yaml
    ``life_stages``): never before a thing's noun ("a centenarian tree") or a plural person's noun
    ("teenage boys"); always before a person's noun in the singular ("a teenage boy", "an
    octogenarian woman"); a person's noun ("words") wherever else; a modifier nowhere else ("his
    teenage years"); one of ``either`` before a verb, a relative, a preposition or the clause's
    end ("A teen was shot"; not "teen pop", "Teen Vogue")."""
    n = NEXT_WORD.match(text, end)  # the word after the stage's
    if n is None:
        return how != "modifiers" and not text[end:end + 1].isalnum()
    word = n.group(1)
    low = word.lower()
    t = _things()
    if word.islower() and _is_thing(low, t):
        return False
    if low in t.people:
        return singular(low) == low
    if how != "either":
        return how == "words"
    return _stage_after().match(text, end) is not None
