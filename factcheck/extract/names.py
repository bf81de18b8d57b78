"""Names of people and places, for spelling comparison across sources.

A name is two to four capitalized words (``Sergey V. Lavrov``, ``Bocharov
Ruchei``), or one capitalized word right before a speech verb
(``Kremenyuk said``). Its ``key`` folds transliteration variants
(data/names.yaml) so that one name spelled two ways groups together.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from factcheck import pattern_cache, yamlio
from factcheck.extract.base import Found, trie, trie_alternation
from factcheck.extract.dates import holiday_names
from factcheck.models import Value, trusted
from factcheck.scan import Words, first_words, words_of
from factcheck.vocab import data_file, longest_first, vocabulary

# Latin letters with accents, in Latin-1 and beyond: Raúl, José, Erdoğan, Łukasz,
# Šefčovič. An optional part is written "(?:...|)", and "{1,5}" as nested choices
# (``_up_to``): the same matches, tried in the same order, but Python's regex
# engine runs a choice faster than a repeat.
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]  # Latin Extended-A and -B
_EXT_UPPER = "".join(c for c in _EXTENDED if c.isupper())
_EXT_LOWER = "".join(c for c in _EXTENDED if c.islower())
_UPPER = f"A-ZÀ-ÖØ-Þ{_EXT_UPPER}"
_LOWER_CLASS = f"a-zß-öø-ÿ{_EXT_LOWER}"
# After a word's capital: lower-case letters, maybe a capital inside ("McConnell",
# "DeSantis"); or an apostrophe and a capitalized word after an initial letter
# ("O'Brien"); then maybe a hyphenated or apostrophized part ("Ki-moon", "Jong-un").
# Its runs of lower-case letters are possessive: nothing that may follow one (a capital,
# a hyphen, a blank, a word's end) is a lower-case letter, so giving one back cannot make
# a match, and the engine would otherwise try each shorter run in turn.
_LOWER = (rf"(?:[{_LOWER_CLASS}]++(?:[{_UPPER}][{_LOWER_CLASS}]++|)|['’][{_UPPER}][{_LOWER_CLASS}]++)"
          rf"(?:[-'’][{_UPPER}]?[{_LOWER_CLASS}]++|)")
_TOKEN = rf"[{_UPPER}]{_LOWER}"
_GAP = r"[ \t]+"
# A nickname in quotes inside a name, of up to three words: Joaquin "El Chapo" Guzman,
# Dwayne "The Rock" Johnson
_NICKNAME = rf"[\"“][{_UPPER}][\w.'’-]*(?:[ \t][\w.'’-]+|)(?:[ \t][\w.'’-]+|)[\"”]"


def _one_more() -> str:
    """One more word of a name: maybe after an initial, or after one or two particles
    ("de", "von der"), maybe with a prefix ("al-")."""
    particles, prefixes = _particles()
    # as prefix trees, which the engine passes through by a letter at a time where it tried every
    # word in turn; one word at most can be followed by the blank or the hyphen, so the same matches
    particle = rf"{trie(particles)}{_GAP}"
    prefix = rf"(?:{trie(prefixes)}-|)"
    return rf"{_GAP}(?:[A-Z]\.(?:[ \t]?[A-Z]\.|){_GAP}|{particle}(?:{particle}|)|{_NICKNAME}{_GAP}|){prefix}{_TOKEN}"


def _up_to(n: int, part: str) -> str:
    """``(?:part){1,n}``, greedy, as ``part(?:part(?:...|)|)``."""
    return part if n == 1 else rf"{part}(?:{_up_to(n - 1, part)}|)"


@lru_cache(maxsize=1)
def _names_yaml() -> dict:
    return yamlio.load(resources.files("factcheck.data").joinpath("names.yaml").read_text(encoding="utf-8"), keep=True)


@lru_cache(maxsize=1)
def _tables():
    data = _names_yaml()
    return [tuple(p) for p in data["transliteration"]], data["speech_verbs"]


@lru_cache(maxsize=1)
def _given_variants() -> dict[str, str]:
    """Each spelling of ``given_name_variants`` -> the first of its list."""
    return {str(w).lower(): str(forms[0]).lower() for forms in _names_yaml().get("given_name_variants", ()) for w in forms}


@lru_cache(maxsize=1)
def prefix_forms() -> tuple[str, ...]:
    """The ``particle_prefixes`` with their hyphen, in lower case: "al-", "el-"."""
    return tuple(f"{p.lower()}-" for p in _names_yaml()["particle_prefixes"])


@lru_cache(maxsize=1)
def particle_set() -> frozenset[str]:
    """The ``particles``, in lower case: "von", "der", "bin"."""
    return frozenset(str(p).lower() for p in _names_yaml()["particles"])


@lru_cache(maxsize=1)
def _particles() -> tuple[list[str], list[str]]:
    data = _names_yaml()
    return sorted(data["particles"], key=len, reverse=True), sorted(data["particle_prefixes"], key=len, reverse=True)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A word with a capital, not inside a word or after a period, then up to five
    more (``more``), or alone before a speech verb. It opens with its capital so
    that the regex engine skips from one capital to the next at C speed."""
    _, verbs = _tables()
    return pattern_cache.compile(
        rf"[{_UPPER}](?<![\w.].){_LOWER}(?=[ \t])"  # both ways on need a blank next; most capitals fail here
        rf"(?:(?P<more>{_up_to(5, _one_more())})(?![\w])|(?={_GAP}{trie_alternation(verbs)}))"
    )


@lru_cache(maxsize=8192)
def key(name: str) -> str:
    """The name folded for comparison: lower case, accents dropped (Raúl is Raul,
    Erdoğan is Erdogan), initials dropped, a given name's variant spellings read as
    one (Muhammad is Mohammed), transliteration reduced."""
    pairs, _ = _tables()
    name = name.lower().replace("’", "'")
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if name.endswith("'s"):
        name = name[:-2]
    variants = _given_variants()
    words = [variants.get(w, w) for w in name.split() if not re.fullmatch(r"[a-z]\.", w)]
    if "-" in name:
        # "al-Assad", "el-Assad" and "Assad" are one surname: the article is no letter of it
        prefixes = prefix_forms()
        words = [w.split("-", 1)[1] if w.startswith(prefixes) and len(w) > 4 else w for w in words]
        # a hyphen joins the syllables of a Korean or Chinese given name as a style, not a
        # letter: "Kim Jong-un", "Kim Jong-Un" and "Kim Jong Un" are one name
        words = " ".join(words).replace("-", " ").split()
    particles = particle_set()
    if len(words) > 1 and particles.intersection(words[:-1]):
        # a particle is no given name nor the surname ("Von der Leyen", "Ursula van der
        # Leyen"): its spelling is compared as written (``wording``), and a name that opens
        # with one ("Van Morrison") keeps it, as its given name may be
        words = [w for k, w in enumerate(words) if w not in particles or (k == 0 and words[1] not in particles)]
    s = " ".join(words)
    for a, b in pairs:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    return pattern_cache.compile(rf"{_GAP}{trie_alternation(_tables()[1])}")


def _speaks(text: str, end: int) -> bool:
    return _speech().match(text, end) is not None


_BEFORE_OPENING = " \t\"“'‘("  # what may stand between a sentence's end and its first word


def _opens_sentence(text: str, i: int) -> bool:
    """Whether only quotes, brackets and blanks stand between ``i`` and the end of the last sentence."""
    if i >= 2 and text[i - 1] == " " and text[i - 2] not in _BEFORE_OPENING:
        return text[i - 2] in ".!?\n"  # the usual case, one blank after a word, without slicing
    while True:
        lo = max(0, i - 8)
        before = text[lo:i].rstrip(_BEFORE_OPENING)
        if before or not lo:
            return not before or before[-1] in ".!?\n"
        i = lo


def _after_abbreviation(text: str, i: int) -> bool:
    """Whether the period before ``i`` ends an honorific's abbreviation ("Gov. Mark Warner",
    "Rev. Al Sharpton"), not a sentence: the word after it is a given name, even one the
    text also uses in lower case."""
    if i < 3 or text[i - 2] != ".":
        return False
    k = max(text.rfind(" ", 0, i - 2), text.rfind("\n", 0, i - 2))
    return text[k + 1:i - 2] in vocabulary().honorifics


def _of_no_body(text: str, found: list) -> list:
    """``found`` less the one-word names right after a capitalized word and "of": such a
    word names the place of a title or a body ("the Duke of Sussex said", "the Bank of
    England said"), not a person; "a friend of Smith said" keeps Smith."""
    return [f for f in found if text[f[0] - 4:f[0]] != " of " or " " in f[2].stated
            or not text[max(text.rfind(" ", 0, f[0] - 4), text.rfind("\n", 0, f[0] - 4)) + 1].isupper()]


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _stands_alone(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text)``, with ``str.find``: a pattern
    made per word would be compiled anew for nearly every name."""
    n = len(text)
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if ((i > 0 and _is_word_char(text[i - 1])) != first
                and (j < n and _is_word_char(text[j])) != last):
            return True
        i = text.find(word, i + 1)
    return False


@lru_cache(maxsize=1)
def _never_first() -> tuple[frozenset[str], frozenset[str]]:
    """Words that open or end no name: as written ("The", "President", "Court"), and in lower
    case (months, weekdays)."""
    v = vocabulary()
    # a title opens no name either: "Mayor Viktor Kremenjuk" is Viktor Kremenjuk
    titles = {_capitalized(w) for t in v.titles for w in t.split()}
    # "Former President", "Ex-President", "Then-Senator": a title's time opens no name either
    data = _names_yaml()
    times = [_capitalized(p) for p in data["title_times"]]
    titles |= {_capitalized(w) for w in data["occupations"]}
    titles |= {f"{p}-{w}" for p in times for w in set(titles)} | set(times)
    return (frozenset(v.not_names | v.sentence_openers | titles | v.honorifics
                      | set(data["not_person_words"]) | set(data["event_heads"])),
            frozenset(v.months) | frozenset(v.weekdays))


def _capitalized(word: str) -> str:
    """A title's word as written before a name: "Secretary-General", "President"."""
    return "-".join(part.capitalize() for part in word.split("-"))


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """Words after which one capitalized word is a person's name without a speech verb:
    the honorifics ("Mrs May", "Mr April"), less those of places ("St Petersburg"), and
    the last word of each title, capitalized ("Foreign Minister Lavrov", "Pope Francis")."""
    heads = {_capitalized(t.split()[-1]) for t in vocabulary().titles if " of " not in t}
    heads |= {_capitalized(w) for w in _names_yaml()["occupations"]}
    return _honorifics() | frozenset(heads)


@lru_cache(maxsize=1)
def _holidays() -> frozenset[str]:
    """The names of calendar.yaml's holidays, as written, each apostrophe both ways: dated,
    movable, cued, Orthodox and ``undated_holidays``. A name is none of them: "Day" and "Eve"
    alone are people's names too ("Doris Day"), so no list of words could say it."""
    undated = map(str, data_file("calendar.yaml").get("undated_holidays", ()))
    return frozenset((*holiday_names(), *(form for n in undated for form in (n, n.replace("'", "’")))))


def is_holiday(name: str) -> bool:
    """Whether ``name``, as written ("Election Day", "Mother's Day"), is a holiday's (``_holidays``)."""
    return name in _holidays()


@lru_cache(maxsize=1)
def _holiday_leads() -> tuple[frozenset[str], re.Pattern]:
    """The first letters of the holidays' names of more than one word (``_holidays``), and a pattern
    reading such a name and the blanks after it where a name's match opens: "Christmas Eve Mass",
    "Easter Sunday Mass". A name of one word ("Christmas") may be a surname."""
    several = [h for h in _holidays() if " " in h]
    names = "|".join(r"[ \t]+".join(map(re.escape, h.split())) for h in longest_first(several))
    return frozenset(h[0] for h in several), pattern_cache.compile(rf"(?:{names})[ \t]+")


@lru_cache(maxsize=4096)
def _holiday_lead(words: str) -> int:
    """How long the holiday's name that opens ``words`` is, with the blanks after it; 0 when none does."""
    m = _holiday_leads()[1].match(words)
    return m.end() if m is not None else 0


@lru_cache(maxsize=1)
def _calendar_given_names() -> frozenset[str]:
    """names.yaml ``calendar_given_names``: a month's short form that opens a person's name as
    written ("Jan Kowalewski"), where a date would put a day or a stop after it ("Jan 5", "Jan.")."""
    return frozenset(_names_yaml().get("calendar_given_names", ()))


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(vocabulary().honorifics - set(_names_yaml()["place_honorifics"]))


@lru_cache(maxsize=1)
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """``title_surnames`` capitalized, and ``never_inside``."""
    data = _names_yaml()
    return frozenset(w.capitalize() for w in data["title_surnames"]), frozenset(data["never_inside"])


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Adjectives of a nation or people, as written ("Irish", "North Korean"'s "Korean"): names.yaml."""
    return frozenset(_names_yaml()["demonyms"])


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Months in full ("may", "june"): each may also be a surname ("Theresa May")."""
    longest: dict[object, str] = {}
    for word, number in vocabulary().months.items():
        if len(word) > len(longest.get(number, "")):
            longest[number] = word
    return frozenset(longest.values())


@lru_cache(maxsize=1)
def _month_endings() -> tuple[str, ...]:
    """`` May``, `` June``...: a match ends on a month name in full (its words are capitalized)."""
    return tuple(" " + m.capitalize() for m in sorted(_month_names())) + tuple("\t" + m.capitalize() for m in sorted(_month_names()))


# After a month that ends a match: a day's number ("Victory Day May 9"), so the month is a date's,
# and the match no name
_DAY_NUMBER = pattern_cache.compile(r"[ \t]*\d")


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The last word of each title, in lower case ("minister", "president", "ceo"): such a
    word inside a run of capitals ends the office, and the person's name follows it."""
    return frozenset(t.split()[-1].lower() for t in vocabulary().titles)


@lru_cache(maxsize=4096)  # values are frozen, so one name's value is shared
def _value(stated: str) -> Value:
    return trusted(Value,
        kind="name", low=None, high=None, stated=stated, stated_unit=None, unit=None,
        qualifier="exact", granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False)


def extract(text: str, words: Words | None = None) -> list[Found]:
    """Every name: ``_pattern``'s matches (``_matched``), the one-word names after a cue
    (``_cued``). A surname standing alone after its full name ("Putin, Lavrov and Kerry")
    is not read again: it repeats a spelling the article already gives, and reading it
    cost the whole pipeline 7% for no comparison more."""
    words = words or words_of(text)
    classes = words.raw.translate(_MASK)  # the ASCII bytes' classes, made once for both scans
    out = _of_no_body(text, _matched(text, words, classes))
    cued = _cued(text, words, out)
    if cued:
        out = sorted(out + cued)
    camel = _camel_case(words.raw, classes, out)
    if camel:
        out = sorted(out + camel)
    return _outside_headlines(text, out)


# One word in camel case whose parts are words of their own, of four letters and three at least
# ("BlackMantis", "BlackRock"): a group's or a firm's name, read wherever it stands, as "Black
# Mantis" written as two words is. A surname's prefix ("McConnell", "DeSantis", "MacArthur")
# and a brand of short parts ("TikTok", "YouTube") are no such word. Sought in the ASCII bytes
# (``Words.raw``), at C speed.
# (not a web address's part: "PowerOutage.us")
# (the capital first and the look-behind after it, so the scan jumps from capital to capital: twice
# as fast as the look-behind tried at every byte)
_CAMEL_CASE = pattern_cache.compile(rb"[A-Z](?<![A-Za-z0-9'./-][A-Z])[a-z]{3,}+[A-Z][a-z]{2,}+(?![A-Za-z0-9/-]|\.[A-Za-z])")


_CAMEL_PARTS = pattern_cache.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})((?:'s|’s)?)")


def camel_parts(name: str) -> str:
    """A camel-case name (``_CAMEL_CASE``) as the two words it joins ("BlackMantis" -> "Black
    Mantis"), to be grouped with them as one name; any other name as it is."""
    m = _CAMEL_PARTS.fullmatch(name)
    return f"{m[1]} {m[2]}{m[3]}" if m else name


# ``_CAMEL_CASE``'s letters as ``_MASK`` classes ("A" a capital, "a" a lower-case letter). Searched for in
# the classes of the ASCII bytes, it opens with a literal, which ``re`` finds at C speed, where
# ``_CAMEL_CASE``'s opening class was tested at every byte (1.5% of a run). A match of ``_CAMEL_CASE``
# starts where one of these does: one cannot open after a letter, so never inside the one before.
_CAMEL_CLASSES = pattern_cache.compile(rb"Aaaa+Aaa")


def _camel_case(raw: bytes, classes: bytes, found: list) -> list:
    """The camel-case names (``_CAMEL_CASE``) that ``found`` does not hold. ``classes``:
    ``raw.translate(_MASK)``."""
    out = []
    taken = [f[0] for f in found]
    match = _CAMEL_CASE.match
    last = 0
    for c in _CAMEL_CLASSES.finditer(classes):
        if c.start() < last or (m := match(raw, c.start())) is None:
            continue  # as ``_CAMEL_CASE.finditer(raw)``: no match, or inside the last one
        start, end = m.span()
        last = end
        k = bisect_right(taken, start) - 1
        if k >= 0 and found[k][1] > start:
            continue  # inside a name already read
        out.append(_new_tuple(Found, (start, end, _value(m.group().decode()))))
    return out


def _outside_headlines(text: str, found: list) -> list:
    """``found`` less the names on a headline's line (``in_headline``)."""
    headlines: dict[int, bool] = {}  # a line's start -> whether it is a headline
    kept = []
    for f in found:
        line = text.rfind("\n", 0, f[0]) + 1
        headline = headlines.get(line)
        if headline is None:
            headline = headlines[line] = in_headline(text, line)
        if not headline:
            kept.append(f)
    return kept


def _run_at(match, text: str, at: int) -> tuple[int, int, str, int] | None:
    """The run of capitals ``match`` finds at ``at``: its start, its end and text with an
    owner's "'s" and what follows it cut off ("Arseniy Yatsenyuk's People's Front"), and
    where the match itself ends; None where none starts."""
    m = match(text, at)
    if m is None:
        return None
    p, last = m.span()
    matched = m.group()
    if "s " in matched and (cut := _owner_end(matched)) is not None:
        return p, p + cut, matched[:cut], last
    return p, last, matched, last


def _matched(text: str, words: Words, classes: bytes | None = None) -> list[Found]:
    """``_pattern``'s matches, left to right, less the words that open no name. ``classes``:
    ``words.raw.translate(_MASK)``, if made already."""
    match = _pattern().match
    month_endings, particles, suffix_at = _month_endings(), particle_set(), _suffix().match
    holidays = _holidays()
    holiday_firsts = _holiday_leads()[0]
    out = []
    last = 0
    alone: dict[str, bool] = {}  # word -> whether the text uses it in lower case (``_stands_alone``)
    for at in _candidates(text, words, classes):
        if at < last:
            continue  # inside the last match, as ``finditer`` would skip it
        if (run := _run_at(match, text, at)) is None:
            continue
        p, end, matched, last = run
        if matched.endswith(month_endings) and _DAY_NUMBER.match(text, end):
            continue  # "Victory Day May 9", "Publish Date May 12": the month opens a date, as before
        reading = _reading(matched)
        if reading is None:
            continue
        if matched[reading[0]:reading[0] + 1] in holiday_firsts and (cut := _holiday_lead(matched[reading[0]:])):
            # "On Christmas Eve Mass was held", "On Christmas Eve John Smith was arrested": the words after
            # a holiday's name are the occasion's, or a name of their own, read from where they start
            if (run := _run_at(match, text, p + reading[0] + cut)) is None:
                continue
            p, end, matched, last = run
            if (reading := _reading(matched)) is None:
                continue
        lead, first, second, needs_verb, second_needs_verb = reading
        start = p + lead
        # a capitalized word opening a sentence that the text also uses in lower
        # case is a common word: "Later Kremenyuk said"
        # (a particle that opens a name is the name's, though the text uses it in lower
        # case: "Von der Leyen said", "De Gaulle said")
        if (first is not None and first not in particles and _opens_sentence(text, start)
                and not _after_abbreviation(text, start)):
            common = alone.get(first)
            if common is None:
                common = alone[first] = _stands_alone(text, first)
            if common:
                start = p + second
                needs_verb = second_needs_verb
        suffix = suffix_at(text, end)
        if suffix is not None:
            end = suffix.end()  # "John Smith III"
        if needs_verb and not _speaks(text, end):
            continue  # one word and initials ("V. Putin") need a speech verb after them
        if start == p:
            start = _initials_before(text, start)
        name = text[start:end]  # one string, hashed once for the holidays and the values' cache
        if name in holidays or matched in holidays:
            continue  # "on Christmas Eve", "German Unity Day": a holiday's name (not "Doris Day")
        out.append(_new_tuple(Found, (start, end, _value(name))))
    return out


@lru_cache(maxsize=1)
def _lower_word() -> re.Pattern:
    """A word in lower case other than the small words a headline in title case leaves
    so ("Kerry Arrives in Russia for Talks With Putin"): a line with one is prose."""
    small = longest_first(_names_yaml()["headline_small_words"])
    # the letter first: most blanks come before a capital or a lower-case word that is no small one
    return pattern_cache.compile(rf"(?:^|[ \t\"“(])(?=[a-z])(?!(?:{'|'.join(small)})[ \t,:;])")


def in_headline(text: str, line: int) -> bool:
    """Whether the line from ``line`` is a headline in title case ("Rescuers Search For
    Survivors As Death Toll Rises", "Kerry Arrives in Russia for Talks With Putin"), whose
    capitals mark no names: no word in lower case but the small ones, four words or more,
    and one that is capitalized only in a headline ("For", "In", "With")."""
    end = text.find("\n", line)
    if end < 0:
        end = len(text)
    if _lower_word().search(text, line, end) is not None:
        return False  # prose: it stops at the first word in lower case
    words = text[line:end].split()
    return len(words) >= 4 and not _word_sets()[1].isdisjoint(words)


@lru_cache(maxsize=1)
def _body_openers() -> frozenset[str]:
    return frozenset(_names_yaml()["body_openers"])


@lru_cache(maxsize=1)
def _suffix() -> re.Pattern:
    return pattern_cache.compile(rf"{_GAP}(?:{'|'.join(map(re.escape, _names_yaml()['name_suffixes']))})(?![\w])")


# Initials right before a name's first word ("J.K. Rowling", "J. K. Rowling"), not after a
# word or another initial; ``_pattern`` cannot open with them, as it opens with a word
_INITIALS = pattern_cache.compile(r"(?<![\w.])(?P<initials>[A-Z]\.(?:[ \t]?[A-Z]\.){0,2})[ \t]+$")


def _initials_before(text: str, start: int) -> int:
    """Where the name starting at ``start`` starts, with the initials before it."""
    if start < 3 or text[start - 2] != ".":
        return start  # most names: no initial before them
    m = _INITIALS.search(text, max(0, start - 12), start)
    if m is None or m.group("initials") in _names_yaml()["not_initials"]:
        return start
    return m.start()


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], re.Pattern]:
    """Where one capitalized word alone is a name: after an honorific, maybe with its
    period ("Mr. Putin", "Sen. May"), after ``name_cues`` ("according to Zakharova") or
    after a title in lower case ("spokesman Peskov"). The keys (lower case) of the words
    that open a cue, and the pattern that reads a cue and the name after it. The name
    is one word: a second capitalized one after it makes a run ``_pattern`` reads."""
    v = vocabulary()
    honor = longest_first(_honorifics())
    phrases = [*_names_yaml()["name_cues"], *{t.split()[-1] for t in v.titles if " of " not in t}]
    pattern = pattern_cache.compile(
        rf"(?:(?P<honorific>{'|'.join(map(re.escape, honor))})\.?|{trie_alternation(phrases)}){_GAP}"
        rf"(?P<name>[{_UPPER}]{_LOWER})(?![\w]|{_GAP}[{_UPPER}])")
    return frozenset(first_words(phrases)) | {h.lower() for h in honor}, pattern


def _cued(text: str, words: Words, found: list) -> list:
    """The one-word names after a cue (``_cues``) that ``found`` does not hold."""
    keys, pattern = _cues()
    at = words.indices(keys)
    if not at:
        return []
    stop, calendar = _never_first()
    starts = words.starts
    taken = [f[0] for f in found]
    out = []
    for j in at:
        m = pattern.match(text, starts[j])
        if m is None:
            continue
        start, end = m.span("name")
        name = m.group("name")
        if name in stop and not (m.start("honorific") >= 0 and name.lower() in calendar):
            continue  # "according to The Times"; but "Sen. May", "Mr April" are surnames
        k = bisect_right(taken, start) - 1
        if k >= 0 and found[k][1] > start:
            continue  # inside a name already read
        out.append(_new_tuple(Found, (start, end, _value(name))))
    return out


# ``Found(...)`` runs the Python-level ``__new__`` that NamedTuple writes; this is the same tuple, built in C
_new_tuple = tuple.__new__


@lru_cache(maxsize=4096)
def _owner_end(matched: str) -> int | None:
    """Where the owner ends in a match with a possessive inside, when the owner is the
    person: a full name before it and a body's name after it ("Antonis Samaras's New
    Democracy", "Arseniy Yatsenyuk's People's Front" are Samaras and Yatsenyuk). None
    otherwise, and ``_reading`` takes the name after it ("Russia's Putin", "Al Jazeera's
    Barnaby Phillips"), or none ("to Explore Putin's Flexibility" in a headline)."""
    stop = _never_first()[0]
    tokens = matched.split()
    for k, token in enumerate(tokens[:-1]):
        if not token.endswith(("'s", "’s")):
            continue
        owner = [t for t in tokens[:k] if t not in stop]
        after = tokens[k + 1:]
        if not owner:
            return None  # "Russia's Putin": one word owns
        if not (after[0] in _body_openers() or any(t in stop or t.endswith(("'s", "’s")) for t in after)):
            return None  # no body's name after it: a person ("Al Jazeera's Barnaby Phillips"), or a headline
        at = 0
        for t in tokens[:k + 1]:
            at = matched.index(t, at) + len(t)
        return at - 2
    return None


@lru_cache(maxsize=8192)
def _reading(matched: str) -> tuple[int, str | None, int, bool, bool] | None:
    """How a match of ``_pattern`` reads as a name, as far as its own text tells;
    None when it is no name. Names repeat ("Kerry" ten times in an article), so
    this is worked out once per distinct match.

    Otherwise: where the name starts in ``matched`` (leading words that are never
    part of a name dropped: "The", "President", "Monday"); its first word in lower
    case when a second word follows (the first may turn out a common word, see
    ``extract``), else None; where that second word starts; and, for a name
    starting at either word, whether it needs a speech verb after it (a word
    with initials only: "V. Putin").
    """
    stop, calendar = _never_first()
    tokens = matched.split()  # words and initials, apart by blanks
    n = len(tokens)
    skip = 0
    # "Health Minister Jane Doe", "Tepco President Masataka Shimizu": the words up to a
    # title name an office, when a given name and a surname follow it; else the title word
    # is a name's own ("Martin Luther King Jr.", "Billie Jean King Foundation")
    heads = _title_heads()
    for k in range(n - 3, 0, -1):
        if tokens[k].lower() in heads:
            skip = k + 1
            break
    # a possessive before the last word ends the owner, who is no given name: "Japan's Miyagi"
    if "s " in matched:
        for k in range(n - 2, skip - 1, -1):
            if tokens[k].endswith(("'s", "’s")):
                skip = k + 1
                break
    honorifics = _honorifics()
    # a month or weekday after an honorific is a surname ("Mrs May", "Ms June Carter"); a
    # month's short form that is a given name, before another name, is that name ("Jan Kowalewski")
    given = _calendar_given_names()
    while skip < n:
        if tokens[skip].lower() in calendar:
            if (skip and tokens[skip - 1] in honorifics) or (tokens[skip] in given and skip + 1 < n):
                break
        elif tokens[skip] not in stop:
            break
        skip += 1
    surnames, inside = _word_sets()
    # a match ends on a word, never on an initial ("V."): that word must be a name's, or a
    # month in full after a given name or an honorific ("Theresa May", "Mrs May"; ``extract``
    # keeps "May 9" a date), or a title that is also a surname after a given name ("Stephen King")
    if skip == n or (tokens[-1] in stop and not (
            n - skip >= 2 and tokens[-2] not in stop and tokens[-2].lower() not in calendar
            and (tokens[-1].lower() in _month_names() or tokens[-1] in surnames))
            and not (n - skip == 1 and tokens[-1].lower() in _month_names())):
        return None
    # a headline in title case, not a name: "Quake Kills Dozens In Ecuador"
    if not inside.isdisjoint(tokens[skip + 1:]):
        return None
    # a demonym last is an adjective before a noun: "North Korean leader", "South African police"
    if tokens[-1] in demonyms():
        return None
    lead = _offset(matched, 0, tokens, skip)
    more = n > 1  # ``_pattern``'s group "more": the words after the first
    # one word after a title or an honorific is a surname: "Mr April", "Foreign Minister Lavrov"
    # ... and so is one word after its initials: "author J.K. Rowling"
    needs_verb = more and _words_in(tokens, skip, matched) < 2 and not (skip and tokens[skip - 1] in _person_titles())
    if n - skip <= 1:
        return lead, None, lead, needs_verb, needs_verb
    second = _offset(matched, 0, tokens, skip + 1)
    return lead, tokens[skip].lower(), second, needs_verb, more and _words_in(tokens, skip + 1, matched) < 2


# Finding where a name may start. ``_pattern`` opens with a character class, and
# Python's regex engine tests such a class at every character of the text, which
# costs more than all the rest. So the text is first mapped, byte for byte, to a
# coarse mask in which a pattern opening with a plain letter can be searched at
# C speed: "A" a capital, "a" a lower-case letter (ASCII or Latin-1), " " a blank,
# "-" a hyphen, apostrophe or any character beyond Latin-1 ("’" among them).
# Every match of ``_pattern`` is then found at one of the places the mask allows.
_MASK = bytearray(b"#" * 256)
for _c in [*range(ord("A"), ord("Z") + 1), *range(0xC0, 0xDF)]:
    _MASK[_c] = ord("A")
for _c in [*range(ord("a"), ord("z") + 1), *range(0xDF, 0x100)]:
    _MASK[_c] = ord("a")
_MASK[0xD7] = _MASK[0xF7] = ord("#")  # × and ÷
for _c in b" \t":
    _MASK[_c] = ord(" ")
for _c in b"-'?":  # "?": what ``encode`` leaves for a character beyond ASCII
    _MASK[_c] = ord("-")
_MASK[ord('"')] = ord("q")  # a quotation mark, before a nickname (one beyond Latin-1, "“", is "-")
_MASK = bytes(_MASK)
_CAPITAL = ord("A")  # the mask's class of the characters ``_pattern`` opens with
# A capitalized word (maybe hyphenated, with a capital inside, or "O'" before a
# capital) and blanks before another capital: where a name of several words may start.
# (A name with a particle, "Charles de Gaulle", is found from its particle: the mask
# cannot tell "de" from "and", and "Paris and London" would be tried too; a quotation mark may open
# a nickname: Joaquin "El Chapo" Guzman.) Groups 1 and 2 are the capitals after
# an apostrophe or a hyphen, where a name may start when none starts before them.
# Each run is possessive: what may follow a run of "a" (or of blanks) is never one more,
# so giving one back cannot make a match, and backtracking letter by letter through every
# capitalized word that is followed by no other had cost half the search.
_SEVERAL = pattern_cache.compile(rb"A(?:a++(?:Aa++)?+|-(A)a++)(?: |-a++ |-(A)a++ ) *+[q-]?A")


# The class of each character beyond ASCII that is not "-": Latin-1's (by ``_MASK``) and the Latin letters beyond it
_EXT_MASK = {**{chr(c): _MASK[c] for c in range(0x80, 0x100) if _MASK[c] != ord("-")},
             **{c: ord("A") for c in _EXT_UPPER}, **{c: ord("a") for c in _EXT_LOWER}}


def _mask(text: str, raw: bytes, classes: bytes | None = None) -> bytes:
    """The text as ``_MASK`` classes, one byte per character. ``raw``: ``Words.raw``, the
    text in ASCII with "?" for each other character, whose class is "-"; the few beyond ASCII
    of another class ("é", "£", "ğ" in Erdoğan) are set to it afterwards. (The article's
    ``Words`` has encoded the text already: encoding it again cost as much as the search.)
    ``classes``: ``raw.translate(_MASK)``, if made already."""
    mask = raw.translate(_MASK) if classes is None else classes
    letters = []
    i = raw.find(b"?")
    while i >= 0:
        kind = _EXT_MASK.get(text[i])
        if kind is not None:
            letters.append((i, kind))
        i = raw.find(b"?", i + 1)
    if not letters:
        return mask
    patched = bytearray(mask)
    for i, kind in letters:
        patched[i] = kind
    return bytes(patched)


@lru_cache(maxsize=1)
def _particle_words() -> frozenset[str]:
    particles, prefixes = _particles()
    return frozenset(particles) | frozenset(prefixes)


@lru_cache(maxsize=1)
def _speech_keys() -> frozenset[str]:
    return frozenset(first_words(_tables()[1]))


def _candidates(text: str, words: Words, classes: bytes | None = None) -> list[int]:
    """Offsets, in order, that include every place where ``_pattern`` matches:
    the starts of ``_SEVERAL`` in the mask and the other capitals it takes in,
    as each may start a name of its own when the first cannot ("MacDonald-The
    Times": no name starts at "D"); the three words before a speech verb (a
    hyphenated name is two or three: "O'Brien-Smith"); and the three words before a particle ("Jean-Luc
    de Gaulle", "Ursula von der Leyen", "Abu Bakr al-Baghdadi")."""
    spots = []
    mask = _mask(text, words.raw, classes)
    for m in _SEVERAL.finditer(mask):
        (start, end), (inner, _), (inner2, _) = m.regs  # one attribute read for the three spans
        spots.append(start)
        spots.append(end - 1)
        if inner >= 0:
            spots.append(inner)
        if inner2 >= 0:
            spots.append(inner2)
    starts = words.starts
    # of the words before a speech verb or a particle, only those with a capital first: ``_pattern``
    # opens with one, and most of these words ("he", "the", "and") would each cost a failed match
    for j in words.indices(_speech_keys()):
        spots.extend(p for p in starts[max(j - 3, 0):j] if mask[p] == _CAPITAL)
    for j in words.indices(_particle_words()):
        spots.extend(p for p in starts[max(j - 3, 0):j] if mask[p] == _CAPITAL)
    spots = sorted(set(spots))
    return spots


def _words_in(tokens: list[str], skip: int, matched: str) -> int:
    """How many of ``tokens[skip:]`` are words, not initials ("V.")."""
    if "." not in matched:  # the only dots a match holds are its initials'
        return len(tokens) - skip
    return sum(w[-1] != "." for w in tokens[skip:])


def _offset(text: str, p: int, tokens: list[str], k: int) -> int:
    """Where the ``k``-th of the blank-separated ``tokens`` starting at ``p`` starts."""
    at = p
    for t in tokens[:k]:
        at = text.index(t, at) + len(t)
    return text.index(tokens[k], at)
