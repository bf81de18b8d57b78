"""Reading a claim's scope from the words around it: who took part, where,
who was counted, whose age, since when.

People are found the way a reader finds them: a name after a title or an
honorific (``Foreign Minister Sergey Lavrov``, ``Mr. Kerry``) makes its
surname a person for the whole corpus, and a title used alone later
(``his foreign minister``) points back to the one person it titled.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Iterator, NamedTuple

from rapidfuzz import fuzz

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie_alternation
from factcheck.extract.names import _headline, demonyms
from factcheck.extract.names import key as name_key
from factcheck.models import Article, Mention
from factcheck.scan import KeyedPattern, Words, first_words, followers, register
from factcheck.text import literal_led_matches
from factcheck.vocab import data_file, longest_first, singular, vocabulary



@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    honor = "(?:" + "|".join(map(re.escape, longest_first(v.honorifics))) + r")\.?"
    # a prefix tree tries the same titles in the same (longest first) order as
    # ``vocab.alternation``, at one try per letter instead of one per title
    title = trie_alternation({" ".join(t.split()) for t in v.titles})
    name = r"(?P<name>(?:[A-Z][\w'’-]+\s+|[A-Z]\.\s+){0,3}[A-Z][\w'’-]+)"
    titled = KeyedPattern(
        pattern_cache.compile(rf"(?:(?P<title>(?i:{title}))|\b{honor})\s+(?:of\s+[A-Z][\w'’-]+\s+)?{name}"),
        first_words(v.titles) | {h.lower() for h in v.honorifics})
    # "his foreign minister", "Russia's president": a title standing for a person
    alias = KeyedPattern(pattern_cache.compile(rf"(?i:(?P<title>{title}))\b(?!\s+[A-Z])"), first_words(v.titles))
    owner = pattern_cache.compile(r"\b(?:his|her|their|its|the|[A-Z][a-z]+(?:'s|’s)?)\s+(?:[A-Z][a-z]+\s+)?$")
    # a place's words stand on one line: a title "... kills dozens in Ecuador" and the
    # dateline "April 17, 2016" under it are not the place "Ecuador April"
    # "In Kestel, 510 died" opens a sentence; "in the district of Ebo" names the place after "of"
    # "marched through Varena", "protests across Veradia": the ground a march or a spread covered
    place = KeyedPattern(pattern_cache.compile(
        r"\b(?P<prep>[Ii]n|at|inside|near|outside|through|across)\s+(?:the\s+)?"
        rf"(?:{trie_alternation(v.place_kinds)}[ \t]+of[ \t]+)?(?P<place>(?:[A-Z][\w'’-]+)(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]+){{0,3}})"
        r"(?!\s+[a-z]+(?:\s|$)(?:crisis|conflict|war))"), {"in", "at", "inside", "near", "outside", "through", "across"})
    return titled, alias, owner, place


def register_scope_words() -> None:
    """Register the words that ``find_people`` and the scope readers look up in an
    article's index (titles, speech verbs) before the articles are indexed (see
    ``scan.register``)."""
    titled, alias, _, place = _patterns()
    register(titled.keys)
    register(alias.keys)
    verbs = _speech_verbs()
    if verbs is not None:
        register(verbs.keys)
    periods = _periods()[0]
    register(periods.keys | frozenset().union(*_period_followers().values()))
    # looked up in stretches by ``ArticleScope._words_in``, and before a name by ``_introduced``
    register(place.keys)
    venues = _venue_verbs()
    if venues is not None:
        register(venues.keys)
    register(_SAME)
    register(_earlier_keys())
    register(_kin()[0])
    register(_role_openers())
    register(_superseded_openers())
    register(_past_openers())


@lru_cache(maxsize=1)
def _speech_verbs() -> KeyedPattern | None:
    """Verbs that attribute a quotation: the names' ``speech_verbs`` ("Kremenyuk said")
    and ``attribution_verbs`` (data/names.yaml)."""
    data = data_file("names.yaml")
    verbs = [" ".join(str(v).split()) for v in (*data.get("speech_verbs", ()), *data.get("attribution_verbs", ()))]
    if not verbs:
        return None
    return KeyedPattern(pattern_cache.compile(trie_alternation(set(verbs)), re.IGNORECASE), first_words(verbs))


@lru_cache(maxsize=1)
def _deadline_before() -> re.Pattern:
    """Ending right before a date: a word that makes it a deadline ("by 2032", "until March";
    calendar.yaml ``deadline_words``)."""
    return pattern_cache.compile(rf"\b(?i:{trie_alternation(data_words('calendar.yaml', 'deadline_words'))})\s+\Z")


@lru_cache(maxsize=1)
def _statement_date() -> re.Pattern:
    """A statement's verb right before a date, a few small words apart ("said on
    Monday", "told reporters late on Monday", "confirmed Tuesday"): the date is when
    it was said, not what the value is of (data/names.yaml ``speech_verbs``,
    ``statement_verbs`` and ``statement_date_gap``)."""
    data = data_file("names.yaml")
    verbs = {" ".join(str(v).split()) for key in ("speech_verbs", "statement_verbs") for v in data.get(key, ())}
    gap = trie_alternation({str(w) for w in data.get("statement_date_gap", ())})
    return pattern_cache.compile(rf"(?<![\w'’-]){trie_alternation(verbs)}(?:\s+{gap})*\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _venue_verbs() -> KeyedPattern | None:
    """"stormed the Rialto theatre": the object of an attack verb (data/nouns.yaml
    ``venue_verbs``) is a venue, read as if after "at"."""
    verbs = [" ".join(str(v).split()) for v in (data_file("nouns.yaml").get("venue_verbs") or ())]
    if not verbs:
        return None
    return KeyedPattern(pattern_cache.compile(
        rf"(?i:{trie_alternation(set(verbs))})\s+the\s+(?P<place>(?:[A-Z][\w'’-]+)(?:\s+(?:of\s+)?[A-Z][\w'’-]+){{0,3}})"),
        first_words(verbs))


# "on" between an event noun and the venue's name ("attack on the Cafe Lune")
_ON_CAPITAL = pattern_cache.compile(r"on\s+(?:the\s+)?[A-Z]")  # opening with letters, it is searched for at C speed


@lru_cache(maxsize=1)
def _venue_events() -> KeyedPattern:
    """"Friday's attack on the Cafe Lune": what an event (data/nouns.yaml ``event_nouns``)
    was on is a venue when it reads as one (``_reads_as_venue``), as if after "at"."""
    nouns = sorted(vocabulary().event_nouns)
    return KeyedPattern(pattern_cache.compile(
        rf"(?i:{trie_alternation(set(nouns))})s?\s+on\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’-]+)(?:\s+(?:of\s+)?[A-Z][\w'’-]+){{0,3}})"),
        frozenset(nouns) | frozenset(n + "s" for n in nouns))


@lru_cache(maxsize=1)
def _venue_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (data_file("nouns.yaml").get("venue_nouns") or ()))


_NEXT_WORD = pattern_cache.compile(r"\s+([\w'’-]+)")


def _reads_as_venue(text: str, m: re.Match) -> bool:
    """Whether the object of an attack verb is a building or site: a venue noun in its
    name ("the Cafe Lune") or right after it ("the Rialto theatre")."""
    nouns = _venue_nouns()
    if any(w.lower() in nouns for w in m.group("place").split()):
        return True
    after = _NEXT_WORD.match(text, m.end("place"))
    return after is not None and after.group(1).lower() in nouns


# the key of a bare surname that two people the article names in full bear, or none of the
# several the corpus names: whose it is the article does not say, so a value beside it is unstated
AMBIGUOUS = ""
_UNREAD = object()  # a cache's mark for what is not read yet, where None is a value


@dataclass
class People:
    """Persons known in a corpus: surname -> canonical key; title -> keys it titled."""

    surnames: dict[str, str] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    # surnames of untitled full names ("Tomas Rudd"): a person for whose age it is
    # ("the 73-year-old Rudd"), not a participant
    named: dict[str, str] = field(default_factory=dict)
    # surname key -> (given names, full-name key) of each of two or more people the corpus
    # names in full with that surname ("John Smith", "Peter Smith"): keyed by full names
    shared: dict[str, list[tuple[frozenset[str], str]]] = field(default_factory=dict)
    # surnames of full names the corpus introduces as a person's, by a role beside them ("the
    # agency's deputy, Ales Hojs,", "Darren Williams, an economist", "Lena Voss, who leads"):
    # a quotation's speaker, unlike a body's name ("New Democracy said")
    introduced: set[str] = field(default_factory=set)
    _lower: dict[str, str] | None = None
    _named_lower: dict[str, str] | None = None
    _lone: bool | None = None
    _keys: frozenset[str] | None = None
    _full_keys: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    _given: dict[str, tuple[str, frozenset[str]] | None] = field(default_factory=dict)

    def key(self, surname: str) -> str | None:
        return self.surnames.get(surname)

    def keys(self) -> frozenset[str]:
        """The keys of the titled."""
        if self._keys is None:
            self._keys = frozenset(self.surnames.values())
        return self._keys

    def full_key(self, name: str) -> tuple[str, str] | None:
        """The surname key and the person's key of a full name whose surname two or more
        people of the corpus bear: the person's given name and surname ("Peter Smith"); None
        when one person alone bears it (keyed by the surname) or the name has no given name.
        Names recur in an article and across the corpus, so each is read once."""
        found = self._full_keys.get(name, _UNREAD)
        if found is _UNREAD:
            found = self._full_keys[name] = self._read_full_key(name)
        return found

    def given_names(self, name: str) -> tuple[str, frozenset[str]] | None:
        """``_given_names``, read once for each name of the corpus."""
        found = self._given.get(name, _UNREAD)
        if found is _UNREAD:
            found = self._given[name] = _given_names(name)
        return found

    def _read_full_key(self, name: str) -> tuple[str, str] | None:
        split = self.given_names(name)
        if split is None:
            return None
        surname = self.surnames.get(split[0], split[0])
        for words, key in self.shared.get(surname, ()):
            if _same_given(split[1], words):
                return surname, key
        return None

    def lower_surnames(self) -> dict[str, str]:
        if self._lower is None:
            self._lower = {s.lower(): k for s, k in self.surnames.items()}
        return self._lower

    def lone_titles(self) -> bool:
        """Whether some title titled one person only (and so can stand for that person)."""
        if self._lone is None:
            self._lone = any(len(keys) == 1 for keys in self.titles.values())
        return self._lone

    def lower_named(self) -> dict[str, str]:
        if self._named_lower is None:
            self._named_lower = {s.lower(): k for s, k in self.named.items()}
        return self._named_lower


def find_people(articles: list[Article], words: dict[str, Words],
                names: dict[str, list[Mention]] | None = None) -> People:
    """Build the corpus's person index from titled names; with ``names`` (each
    article's name mentions), the surnames of full names too, as ``named``."""
    v = vocabulary()
    titled = _patterns()[0]
    people = People()
    keys: list[str] = []
    # a titled name read again changes nothing: its surname keeps its key, its title has it
    read: set[tuple[str, str | None]] = set()
    for a in articles:
        for m in titled.finditer(words[a.id]):
            name, title = named = m.group("name", "title")
            if named in read:
                continue
            read.add(named)
            surname = _titled_surname(name)
            if surname is None:
                continue
            # a surname seen before keeps its key: keys are only appended, so
            # ``_canonical`` would find the same one again, after many fuzzy ratios
            key = people.surnames.get(surname) or _canonical(surname, keys)
            people.surnames[surname] = key
            if title:
                people.titles.setdefault(" ".join(title.lower().split()), set()).add(key)
    # a name's surname, or None when it has none to know it by; names recur, so each
    # distinct text is read once
    surnames: dict[str, str | None] = {}
    for found in (names or {}).values():
        for m in found:
            text = m.text
            if text in surnames:
                continue
            parts = text.split()
            surname = surnames[text] = _bare_surname(parts[-1]) if len(parts) > 1 else None
            if (surname is None or surname in people.surnames or surname in people.named or surname in v.not_names
                    or len(surname) < 3 or surname.isupper() or not surname[0].isupper()):
                continue
            people.named[surname] = surname
    people.shared = _shared_surnames(people, [m.text for found in (names or {}).values() for m in found])
    people.introduced = _introduced(articles, words, names or {})
    return people


def _titled_surname(name: str) -> str | None:
    """The surname of a name after a title or an honorific, or None when it gives none that
    could be a person's ("Queen Elizabeth II" is Elizabeth; "Mr. UN" none)."""
    parts = name.split()
    # a regnal number or "Jr" is no surname
    suffixes = _name_suffixes()
    while len(parts) > 1 and parts[-1].rstrip(".").lower() in suffixes:
        parts.pop()
    surname = _bare_surname(parts[-1])
    if surname in vocabulary().not_names or len(surname) < 3 or surname.isupper():
        return None
    return surname


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The words of a person's role (``_role_cues``), in lower case."""
    v = vocabulary()
    nouns = {singular(str(w)) for w in data_file("nouns.yaml").get("person", ()) if str(w).islower()}
    return frozenset({*(t.split()[-1] for t in v.titles), *data_words("names.yaml", "occupations"),
                      *data_words("names.yaml", "person_roles"), *(nouns - v.generic_people)})


@lru_cache(maxsize=1)
def _role_cues() -> tuple[re.Pattern, re.Pattern]:
    """A person's role beside a name: right before it ("county fire official Ben Adler", "its
    deputy, Ales Hojs", "a spokeswoman for the ministry, Ida Berg"), or set off after it ("Darren Williams, a European economist", "Ghulam
    Hamidi, the mayor", "Lena Voss, who leads", "Ingrid Solberg, 34,"). The roles are the last
    words of the titles, the occupations, ``person_roles`` (names.yaml) and the people nouns
    that narrow who is counted (nouns.yaml ``person`` in lower case, less ``generic_people``),
    in the singular: "the Greek party" or "the rights body" introduce no person."""
    roles = trie_alternation(_role_words())
    before = pattern_cache.compile(rf"(?<![\w'’-])(?i:{roles})(?:,?|[ \t]+(?:for|of|at)[ \t]+[^,;:\"“”\n]{{1,50}},)[ \t]+\Z")
    after = pattern_cache.compile(
        rf",[ \t]+(?:who|whose|(?:aged[ \t]+)?\d{{1,3}},"
        rf"|(?:(?:a|an|the|his|her|its|their|[A-Z][\w-]*['’]s?)[ \t]+)?(?:[\w.'’-]+[ \t]+){{0,3}}?(?:{roles}))(?![\w-])")
    return before, after


def _introduced(articles: list[Article], words: dict[str, Words], names: dict[str, list[Mention]]) -> set[str]:
    """The surnames of the names a role beside them introduces as people's (``_role_cues``)."""
    before, after = _role_cues()
    found = set()
    surnames: dict[str, str] = {}  # a name's last word bare, read once for each distinct name
    for a in articles:
        text = a.text
        # a role before a name opens with one of the roles' words: it is tried at those of the
        # 40 characters before a name, not searched for at each character
        w = words[a.id]
        roles = None if w.loose else w.positions(_role_openers())
        for m in names.get(a.id, ()):
            surname = surnames.get(m.text)
            if surname is None:
                surname = surnames[m.text] = _bare_surname(m.text.split()[-1])
            if surname in found:
                continue
            lo = max(0, m.start - 40)
            if after.match(text, m.end) or (
                    before.search(text, lo, m.start) if roles is None
                    else any(before.match(text, at, m.start)
                             for at in roles[bisect_left(roles, lo):bisect_left(roles, m.start)])):
                found.add(surname)
    return found


@lru_cache(maxsize=1)
def _role_openers() -> frozenset[str]:
    """The words, as ``Words`` sees them, that a role before a name opens with (``_role_cues``)."""
    return frozenset(first_words(_role_words()))


def _given_names(name: str) -> tuple[str, frozenset[str]] | None:
    """A full name's surname and its given names, titles, honorifics and initials left out ("Former mayor Teodor Varga": Varga, {Teodor}; "George W. Bush": Bush,
    {George}); None for a name with no given name ("Mrs Varga")."""
    parts = name.split()
    suffixes = _name_suffixes()
    while len(parts) > 1 and parts[-1].rstrip(".").lower() in suffixes:
        parts.pop()
    not_given = _not_given()
    givens = frozenset(w for w in parts[:-1]
                       if w[:1].isupper() and len(w.rstrip(".")) > 1 and w.lower().rstrip(".") not in not_given)
    return (_bare_surname(parts[-1]), givens) if givens else None


def _same_given(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names' given names hold one given name, its spellings folded ("Sergei",
    "Sergey"; ``_canonical`` folds surnames alike)."""
    return bool(a & b) or any(x[0] == y[0] and fuzz.ratio(x, y) >= 80 for x in a for y in b)


def _shared_surnames(people: People, names) -> dict[str, list[tuple[frozenset[str], str]]]:
    """``People.shared``: each surname that the corpus's full names give to two people or
    more. Names of one person share a given name ("Anna Kowalska", "Sisters Anna Kowalska",
    "Hillary Rodham Clinton" and "Hillary Clinton"); each person is keyed by the given name
    its names hold most often and the surname."""
    by_surname: dict[str, list[list]] = {}  # surname key -> [given words, Counter of words, surname as written]
    # each distinct name once, in the order first met, with how often it stands
    for text, times in Counter(names).items():
        split = people.given_names(text)
        if split is None:
            continue
        surname, givens = split
        if not surname[:1].isupper():
            continue
        groups = by_surname.setdefault(people.surnames.get(surname, surname), [])
        joined = [g for g in groups if _same_given(g[0], givens)]
        group = joined[0] if joined else [frozenset(), Counter(), surname]
        for other in joined[1:]:
            group[0] |= other[0]
            group[1].update(other[1])
            groups.remove(other)
        group[0] |= givens
        group[1].update(dict.fromkeys(givens, times))
        if not joined:
            groups.append(group)
    return {key: [(words, f"{max(sorted(counts), key=counts.__getitem__)} {surname}")
                  for words, counts, surname in groups]
            for key, groups in by_surname.items() if len(groups) > 1}


@lru_cache(maxsize=1)
def _name_suffixes() -> frozenset[str]:
    """What may end a name after its surname, in lower case: "II", "Jr" (data/names.yaml)."""
    return frozenset(str(w).lower() for w in data_file("names.yaml").get("name_suffixes", ())) | {"jr", "sr"}


@lru_cache(maxsize=1)
def _after_a_surname() -> frozenset[str]:
    """Capitalized words, in lower case, that may follow a person's surname without
    making it another person's given name: days and months ("met Putin Tuesday"), name
    suffixes, headline words ("Putin Says"), bodies ("Obama Administration")."""
    v = vocabulary()
    data = data_file("names.yaml")
    words = (*v.not_names, *v.months, *v.weekdays, *data.get("never_inside", ()), *data.get("not_person_words", ()))
    return frozenset(str(w).lower() for w in words) | _name_suffixes()


def _given_of_another(text: str, starts: list[int], folded: list[str], i: int) -> bool:
    """Whether the known name at word ``i`` opens another person's name: a capitalized
    word follows it after one blank. "Prince William" makes William a person, and a
    pope's or a king's name is a given name too, but "William Hague" is someone else."""
    j = i + 1
    if j == len(starts):
        return False
    end = starts[i] + len(folded[i])
    if not (starts[j] == end + 1 and text[end] == " " and text[starts[j]].isupper()
            and folded[j] not in _after_a_surname()):
        return False

    # a headline capitalizes every word: "Kerry Meets Putin" is Kerry
    return not _headline(text, text.rfind("\n", 0, starts[i]) + 1)


@lru_cache(maxsize=4096)
def _bare_surname(word: str) -> str:
    """A name's last word without a final period or possessive: "Putin's" -> "Putin".
    Names recur across a corpus, so this is cached."""
    return re.sub(r"(?:'s|’s|'|’)$", "", word.rstrip("."))


def _canonical(surname: str, keys: list[str]) -> str:
    """One key per person however the surname is transliterated (Kremenjuk / Kremenyuk)."""
    for k in keys:
        if k[0] == surname[0] and fuzz.ratio(k, surname) >= 80:
            return k
    keys.append(surname)
    return surname


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    """One character that a match of the title, place or venue patterns may hold: a
    word character, white space, an apostrophe or hyphen of a place's name, or a character
    of the titles and venue verbs. A match holds no other character."""
    phrases = (*vocabulary().titles, *(data_file("nouns.yaml").get("venue_verbs") or ()))
    others = {c for p in phrases for c in str(p) if not re.match(r"[\w\s]", c)} | set("'’-")
    return pattern_cache.compile(r"[\w\s" + "".join(re.escape(c) for c in sorted(others)) + "]")


def _scan_start(text: str, at: int, held: re.Pattern) -> int:
    """Where a scan for the matches that reach ``at`` may begin: just after the last
    character before ``at`` that no match holds (the period that ends the sentence
    before), as no match from before that character reaches past it; else 0."""
    i, stop = at, max(0, at - 200)
    while i > stop:
        if held.match(text, i - 1) is None:
            return i
        i -= 1
    return 0


def _matches(pattern: re.Pattern, at: list[int], text: str, end: int | None = None) -> list[re.Match]:
    """``pattern.finditer``'s matches, up to ``end``, that start at the candidates ``at`` (sorted,
    those of a stretch of text that no match from before reaches into, see ``_scan_start``)."""
    match = pattern.match
    end = len(text) if end is None else end
    found, last = [], 0
    for pos in at:
        if pos < last:
            continue
        m = match(text, pos, end)
        if m is not None and m.end() > pos:
            last = m.end()
            found.append(m)
    return found


class ArticleScope:
    """Where people and places stand in one article, for window look-ups.

    Each kind of hit is found the first time a claim's scope asks for it: most
    articles' claims need only some of them (names need none).
    """

    def __init__(self, article: Article, people: People, words: Words, names: list[Mention] = (),
                 dates: list[Mention] = ()):
        self.article = article
        self.word_starts = words.starts
        self._people = people
        self._words = words
        self._names = names
        self._dates = dates
        self._persons: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._places: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
        self._begins: dict[int, int] = {}
        self._breaks: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._frames: dict[tuple[int, int], PastFrame | None] = {}
        self._keyed: dict[frozenset[str], list[int]] = {}

    @cached_property
    def person_hits(self) -> list[tuple[int, str]]:
        """(offset, person key), sorted."""
        return self.persons(0, len(self.article.text))

    def persons(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """``person_hits`` from offset ``lo`` to before ``hi``, found in that stretch
        alone: a claim looks for people in its own sentence only."""
        found = self._persons.get((lo, hi))
        if found is None:
            found = self._persons[lo, hi] = self._find_persons(lo, hi)
        return found

    def places(self, lo: int, hi: int) -> list[tuple[int, str, str]]:
        """``place_hits`` from offset ``lo`` to before ``hi``, found in that stretch alone."""
        found = self._places.get((lo, hi))
        if found is None:
            found = self._places[lo, hi] = self._find_places(lo, hi)
        return found

    def _scan_start(self, lo: int) -> int:
        """``_scan_start`` for the people and places that reach offset ``lo``."""
        begin = self._begins.get(lo)
        if begin is None:
            begin = self._begins[lo] = _scan_start(self.article.text, lo, _held())
        return begin

    def _words_in(self, keys: frozenset[str], begin: int, end: int) -> list[int]:
        """The starts of the words from offset ``begin`` to before ``end`` that are in
        ``keys`` (lower case): what ``KeyedPattern.candidates`` finds there."""
        at = self._key_starts(keys)
        return at[bisect_left(at, begin):bisect_left(at, end)]

    def _key_starts(self, keys: frozenset[str]) -> list[int]:
        """The starts of the article's words in ``keys``, sorted: looked up in its word index
        once, as a claim's readers ask for the same few key sets in stretch after stretch."""
        found = self._keyed.get(keys)
        if found is None:
            found = self._keyed[keys] = self._words.positions(keys)
        return found

    def _event_words(self, keys: frozenset[str], begin: int, end: int) -> list[int]:
        """The starts of the words in ``keys`` right before "on" and a capital, from offset
        ``begin`` to before ``end``: found from the few "on"s, not looked up word by word."""
        starts, folded = self._words.starts, self._words.words
        found = []
        text = self.article.text
        for m in _ON_CAPITAL.finditer(text, begin, end):
            i = bisect_left(starts, m.start()) - 1
            if i >= 0 and folded[i] in keys and text[m.start() - 1].isspace():
                found.append(starts[i])
        return found

    def _find_persons(self, lo: int, hi: int) -> list[tuple[int, str]]:
        people, text = self._people, self.article.text
        # a known surname, capitalized, wherever the words hold it ("Putin's" is "putin" and "s")
        lower = people.lower_surnames()
        starts, folded = self._words.starts, self._words.words
        a, b = bisect_left(starts, lo), bisect_left(starts, hi)
        hits = [(starts[i], lower[folded[i]]) for i in compress(range(a, b), map(lower.__contains__, folded[a:b]))
                if text[starts[i]].isupper() and not _given_of_another(text, starts, folded, i)]
        # "his foreign minister": a title alone stands for the one person it titled
        # somewhere in the corpus; with no such title, there is nothing to look for
        if people.lone_titles():
            alone = self.titles_alone
            i, j = bisect_left(alone, (lo,)), bisect_left(alone, (hi,))
            hits += [(at, key) for _, at, key in alone[i:j]]
            hits.sort()
        return hits

    @cached_property
    def titles_alone(self) -> list[tuple[int, int, str]]:
        """(start of the match, start of the title, person) of each title that stands for
        the one person it titled ("his foreign minister"), in text order. Found once for
        the whole article: its few title words are matched once rather than again for
        every stretch that a claim looks in (``persons``)."""
        people, text = self._people, self.article.text
        titles = people.titles
        _, alias, owner, _ = _patterns()
        found = []
        for m in alias.finditer(self._words):
            keys = titles.get(" ".join(m.group("title").lower().split()))
            if keys and len(keys) == 1 and owner.search(text, max(0, m.start() - 30), m.start()):
                found.append((m.start(), m.start("title"), next(iter(keys))))
        return found

    @cached_property
    def title_alone_starts(self) -> frozenset[int]:
        """Where each title that stands for a person alone starts (``titles_alone``): such a
        hit is a stand-in, not a name ("his foreign minister said")."""
        return frozenset(at for _, at, _ in self.titles_alone) if self._people.lone_titles() else frozenset()

    @cached_property
    def place_hits(self) -> list[tuple[int, str, str]]:
        """(offset, prep, place), sorted."""
        return self.places(0, len(self.article.text))

    def _find_places(self, lo: int, hi: int) -> list[tuple[int, str, str]]:
        v = vocabulary()
        place = _patterns()[3]
        text, begin = self.article.text, self._scan_start(lo)
        surnames = self._people.surnames
        places = []
        for m in _matches(place.pattern, self._words_in(place.keys, begin, hi), text):
            at = m.start("place")
            if not lo <= at < hi:
                continue
            name = m.group("place")
            first = name.split()[0]
            day = _POSSESSIVE.sub("", first).lower()  # "killed in Saturday's quake" names no place
            if first in v.not_names or day in v.months or day in v.weekdays or name in surnames:
                continue
            if _before_event(text, m.end("place")):
                continue  # "killed in the Kestel quake" names the quake, not where its dead died
            places.append((at, m.group("prep").lower(), name))
        places += self._same_places(begin, lo, hi)
        # venues: the object of a venue verb ("stormed the Rialto theatre") or what an
        # event was on ("the attack on the Cafe Lune"), when it reads as a building or site
        verbs, events = _venue_verbs(), _venue_events()
        venues = [(events, self._event_words(events.keys, begin, hi))]
        if verbs is not None:
            venues.append((verbs, self._words_in(verbs.keys, begin, hi)))
        for pattern, where in venues:
            for m in _matches(pattern.pattern, where, text):
                at = m.start("place")
                if not lo <= at < hi:
                    continue
                name = m.group("place")
                if name.split()[0] in v.not_names or name in surnames or not _reads_as_venue(text, m):
                    continue
                places.append((at, "at", name))
        places.sort()
        return places

    def _same_places(self, begin: int, lo: int, hi: int) -> list[tuple[int, str, str]]:
        """"in the same town": the last place named before it, as if named again there
        (not a venue: a town is no theatre). Found from the few "same"s; the places before
        one are those of the text up to it, whatever the stretch."""
        text, found, sames = self.article.text, [], self.same_starts
        # "the" before ``hi``, "same" maybe after it
        for at in sames[bisect_left(sames, begin):bisect_left(sames, hi + 40)]:
            m = _SAME_PLACE.search(text, max(0, at - 16), at)
            if m is None or not lo <= m.start("the") < hi or not _same_places().match(text, at):
                continue
            before = [h for h in self.places(0, m.start()) if h[1] not in _VENUE_PREPS]
            if before:
                found.append((m.start("the"), m.group("prep").lower(), before[-1][2]))
        return found

    @cached_property
    def same_starts(self) -> list[int]:
        """Where each "same" starts: found once, as every stretch that places are read in asks."""
        return self._words_in(_SAME, 0, len(self.article.text))

    def break_spans(self, s0: int, s1: int) -> list[tuple[int, int]]:
        """``break_spans`` of the sentence from ``s0`` to ``s1``, found once for its claims."""
        found = self._breaks.get((s0, s1))
        if found is None:
            found = self._breaks[s0, s1] = break_spans(self.article.text, s0, s1)
        return found

    @cached_property
    def speech_hits(self) -> list[tuple[int, int]]:
        """(start, end) of the verbs that attribute quotations, sorted."""
        verbs = _speech_verbs()
        return [] if verbs is None else [m.span() for m in verbs.finditer(self._words)]

    def named(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Every name from offset ``lo`` to before ``hi``, titled or not, and the bare
        surnames of people named in full somewhere in the corpus ("the 73-year-old
        Rudd" after "Tomas Rudd"): (offset, surname key), sorted."""
        people, text = self._people, self.article.text
        # "the captain of the Kalinda Star, 61": a name right after "the" is a ship's, a
        # building's or a team's, never a person's (a person's "the" takes a title between)
        hits, things = list(self.persons(lo, hi)), []
        starts, names = self._names_in_order
        for m in names[bisect_left(starts, lo):bisect_left(starts, hi)]:
            if m.start >= 4 and _THE_BEFORE.match(text, m.start - 4):
                things.append((m.start, m.end))
            else:
                hits.append((m.start, _surname(m.text, people)))
        lower = people.lower_named()
        if lower:
            starts, folded = self._words.starts, self._words.words
            a, b = bisect_left(starts, lo), bisect_left(starts, hi)
            hits += [(starts[i], lower[folded[i]]) for i in compress(range(a, b), map(lower.__contains__, folded[a:b]))
                     if text[starts[i]].isupper() and not any(t0 <= starts[i] < t1 for t0, t1 in things)]
        if self.full_names[2]:
            hits = [(at, self._person_key(at, key)) for at, key in hits]
        hits.sort()
        # "from Harlow taxpayers", "Moscow officials": a name before people it describes
        # is not whom the figure is about; the few hits are each looked at once
        nouns = _modified_people()
        return [h for h in hits if not ((m := _NAME_THEN_WORD.match(text, h[0])) and m.group(1) in nouns)]

    @cached_property
    def _names_in_order(self) -> tuple[list[int], list[Mention]]:
        """Where each name of the article starts, and the names, in text order: ``named``
        takes a stretch's by bisection, where a walk over all of them cost more than the rest."""
        names = sorted(self._names, key=attrgetter("start"))
        return [m.start for m in names], names

    @cached_property
    def full_names(self) -> tuple[list[int], list[tuple[int, str]], dict[str, str]]:
        """For the surnames two people of the corpus bear (``People.shared``): the start, and
        the end and key, of each full name of one in this article ("John Smith ... his son
        Peter Smith, 19"), keyed by the full name whoever is named first; and surname key ->
        what a bare surname stands for here: the one such person the article names in full,
        else ``AMBIGUOUS`` ("Mrs Varga, 58" where no one or both Vargas are named in full).
        All empty when every surname names one person, as in most corpora."""
        shared = self._people.shared
        if not shared:
            return [], [], {}
        starts, spans, named = [], [], {}
        for m in sorted(self._names, key=attrgetter("start")):
            keys = self._people.full_key(m.text)
            if keys is not None:
                starts.append(m.start)
                spans.append((m.end, keys[1]))
                named.setdefault(keys[0], set()).add(keys[1])
        bare = {surname: next(iter(named[surname])) if len(named.get(surname, ())) == 1 else AMBIGUOUS
                for surname in shared}
        return starts, spans, bare

    def _person_key(self, at: int, key: str) -> str:
        """The key of a person hit at ``at`` keyed ``key`` by its surname, where the corpus
        names two people of some surname: within a full name of one, that person's (its first
        word or its surname); else a bare surname's (``full_names``)."""
        starts, spans, bare = self.full_names
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < spans[i][0]:
            return spans[i][1]
        return bare.get(key, key)

    @cached_property
    def period_hits(self) -> list[tuple[int, int, str]]:
        """(start, end, period) of each phrase of a running total over a period (``_period``),
        found once for the article at the few words that open one."""
        pattern, keys = _periods()
        words = self._words
        # "to" and "this" are common: only one that the phrase's next word follows is tried
        at = words.positions(pattern.keys) if words.loose else words.opening(pattern.keys, _period_followers())
        return [(m.start(), m.end(), keys[" ".join(m.group().lower().replace("’", "'").split())])
                for m in _matches(pattern.pattern, at, self.article.text)]

    @cached_property
    def date_hits(self) -> list[tuple[int, str]]:
        """(offset, stated date) of each date a value may be of: not the day a statement
        was made ("turnout was 56 percent, the commission said on Monday")."""
        stated = _statement_date()
        text = self.article.text
        ref = self.article.published
        ahead = ref.isoformat() if ref is not None else None
        deadline = _deadline_before()
        # a possessive date is its noun's, whoever speaks: "Police said Saturday's march drew 50,000";
        # a deadline still ahead ("lifts the pension age to 68 by 2032") is what a plan sets, not a value's time
        return [(m.start, str(m.value.stated)) for m in self._dates
                if m.value.stated and (text.startswith(("'s", "’s"), m.end)
                                       or not stated.search(text, max(0, m.start - 40), m.start))
                and not (ahead is not None and isinstance(m.value.low, str) and m.value.low > ahead
                         and deadline.search(text, max(0, m.start - 16), m.start))]


    @cached_property
    def dated(self) -> list[tuple[int, int, str | None]]:
        """(start, end, key) of each stated date, sorted: the key is the date as stated
        when it lies well before the news (``past_key``), else None."""
        ref = _reference_date(self.article, self._dates)
        if ref is None:
            return sorted((m.start, m.end, None) for m in self._dates if m.value.stated)
        # ISO dates compare as strings: a date ends early enough when its last day is at
        # or before this one
        cutoff, year = (ref - dt.timedelta(days=PAST_DAYS)).isoformat(), f"{ref.year:04d}"
        return sorted((m.start, m.end, past_key(m.value, cutoff, year)) for m in self._dates if m.value.stated)

    @cached_property
    def earlier_starts(self) -> list[int]:
        """Where each date well before the news (``dated``) and each word of an "earlier" phrase
        (``_earlier_keys``) starts, sorted: a sentence with none of them speaks of no earlier time."""
        return sorted([*(a for a, _, key in self.dated if key is not None), *self._key_starts(_earlier_keys())])

    def past_frame(self, s0: int, s1: int) -> PastFrame | None:
        """The sentence's times and the words that tie values to them, read once for
        its claims; None when nothing in it speaks of an earlier time."""
        key = (s0, s1)
        if key in self._frames:
            return self._frames[key]
        frame = self._frames[key] = _past_frame(self, s0, s1)
        return frame


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    """Words before a surname, in lower case, that are no given name: titles and honorifics
    ("President Putin", "Mrs May")."""
    v = vocabulary()
    return frozenset(w for t in v.titles for w in t.split()) | frozenset(h.lower().rstrip(".") for h in v.honorifics)


_SAME = frozenset({"same"})
_SAME_PLACE = pattern_cache.compile(r"\b(?P<prep>[Ii]n|near|through|across)\s+(?P<the>the)\s+\Z")
_VENUE_PREPS = frozenset({"at", "inside", "outside"})


@lru_cache(maxsize=1)
def _same_places() -> re.Pattern:
    """"same" and a noun of a place (data/nouns.yaml ``same_places``)."""
    return pattern_cache.compile(rf"same\s+(?:{trie_alternation(data_words('nouns.yaml', 'same_places'))})\b")


# a capitalized name's last word, then the lower-case word right after it
_THE_BEFORE = pattern_cache.compile(r"(?<![\w'’-])[Tt]he ")
_NAME_THEN_WORD = pattern_cache.compile(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]+([a-z]+)(?![\w'’-])")


@lru_cache(maxsize=1)
def _modified_people() -> frozenset[str]:
    """Plural people nouns a name may describe ("Harlow taxpayers"): data/nouns.yaml
    ``modified_people`` and the plural ``person`` nouns."""
    extra = (str(w).lower() for w in (data_file("nouns.yaml").get("modified_people") or ()))
    return frozenset((*extra, *(w for w in vocabulary().person_nouns if w.endswith("s") and singular(w) != w)))


def index_article(article: Article, people: People, words: Words, names: list[Mention] = (),
                  dates: list[Mention] = ()) -> ArticleScope:
    return ArticleScope(article, people, words, names, dates)


def _surname(name: str, people: People) -> str:
    last = _last_word(name)
    return people.surnames.get(last, last)


@lru_cache(maxsize=4096)
def _last_word(name: str) -> str:
    """A name's last word without a possessive ("Vladimir Putin's" -> "Putin"). Names recur
    across a corpus, so this is cached (``named`` asks for each name of a stretch)."""
    return _POSSESSIVE_S.sub("", name.split()[-1])


_POSSESSIVE_S = pattern_cache.compile(r"(?:'s|’s)$")


def word_index(scope: ArticleScope, offset: int) -> int:
    return bisect_right(scope.word_starts, offset)


def _keyed_matches(scope: ArticleScope, pattern: KeyedPattern, lo: int, hi: int) -> Iterator[re.Match]:
    """``pattern.pattern.finditer(text, lo, hi)``, tried only at the words from ``lo`` to ``hi``
    that may open a match: most stretches hold none, and a search tries every character."""
    text = scope.article.text
    if scope._words.loose:
        yield from pattern.pattern.finditer(text, lo, hi)
        return
    match, last = pattern.pattern.match, lo
    for at in scope._words_in(pattern.keys, lo, hi):
        if at < last:
            continue
        m = match(text, at, hi)
        if m is not None and m.end() > at:
            last = m.end()
            yield m


def _within(hits, scope: ArticleScope, span: tuple[int, int], window: int, sentence: tuple[int, int]):
    """Hits of the sentence within ``window`` words of ``span`` (start, end), with their distance."""
    lo = bisect_left(hits, (sentence[0],))
    hi = bisect_left(hits, (sentence[1],))
    if lo == hi:
        return []
    starts = scope.word_starts
    w0 = bisect_right(starts, span[0])
    w1 = bisect_right(starts, span[1] - 1)
    near = []
    for h in hits[lo:hi]:
        w = bisect_right(starts, h[0])
        d = w0 - w if w < w0 else max(0, w - w1)
        if d <= window:
            near.append((d, h))
    return near


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


_BREAK = pattern_cache.compile(r"[;:]|,\s+(?:and|but|while|whereas|including)\b|\s[—–]\s|\bwhile\b")
_ASIDE = pattern_cache.compile(r",\s+(?:which|who|whose|where|whom)\b[^,;]*,")
# an appositive that describes the name before it ("Civic Union, Labour's most likely partner,
# won 12 seats"): its own names own nothing after it. Short, and opened by a determiner or a name's
# possessive, so "In Lisbon, the Socialists won 12 seats" opens no aside
_APPOSITIVE = pattern_cache.compile(r"(?<=[A-Za-z]),\s+(?:the|a|an|its|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,")
# a total of two or more told as one name's: "Together with Civic Union's 12 seats, Labour
# would have 50 seats" (the phrase closed by its comma before the value)
_NAME_END = pattern_cache.compile(r"[A-Z][\w'’-]*\Z")
_JOINED_BEFORE = KeyedPattern(pattern_cache.compile(r"\b(?:together|along|combined)\s+with\b[^,;]*,", re.IGNORECASE),
                              {"together", "along", "combined"})
_POSSESSIVE = pattern_cache.compile(r"['’]s?$")
_PROPER = pattern_cache.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’-]*))*")


# Where a ``_BREAK`` match can start: at one of these strings, or on the character
# before one of the dashes. Keep them in step with ``_BREAK``.
_BREAK_OPENERS = (";", ":", ",", "while")
_BREAK_DASHES = ("—", "–")


def break_spans(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of ``_BREAK.finditer(text, s0, s1)`` (``text.literal_led_matches``)."""
    return literal_led_matches(_BREAK, _BREAK_OPENERS, _BREAK_DASHES, text, s0, s1)


def _clause_of(scope: ArticleScope, mention: Mention, sentence: tuple[int, int]) -> tuple[int, int]:
    s0, s1 = sentence
    for start, end in scope.break_spans(s0, s1):
        if end <= mention.start:
            s0 = end
        elif start >= mention.end:
            s1 = start
            break
    return s0, s1


# a name joined to others by "and", "or", "along with", "together with", "as well as"
_JOINER_WORDS = r"(?:and|or|&|plus|along\s+with|together\s+with|as\s+well\s+as)"
_COORDINATED_AFTER = pattern_cache.compile(rf"(?:\s+party)?\s*(?:,\s*|\s+){_JOINER_WORDS}\s+(?:the\s+)?\Z", re.IGNORECASE)
_COORDINATED_BEFORE = pattern_cache.compile(rf"(?:\s+party)?\s+{_JOINER_WORDS}\s+(?:a|an|the|its|other|several|some|many|[a-z]+\s+other)\b",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _whole_before() -> re.Pattern:
    """"of the", "of its" right before a number: the whole a part is counted from."""
    dets = trie_alternation(vocabulary().count_guards.get("whole_determiners", ()))
    return pattern_cache.compile(rf"(?<!\w)of\s+{dets}\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _election_after() -> re.Pattern:
    """A vote noun (data/nouns.yaml ``election_nouns``) after at most two lower-case
    words: what a place's possessive before it owns ("Valdria's parliamentary election")."""
    nouns = longest_first(str(w).lower() for w in (data_file("nouns.yaml").get("election_nouns") or ()))
    alts = "|".join(re.escape(w) for w in nouns)
    return pattern_cache.compile(rf"(?:[ \t]+[a-z][\w-]*){{0,2}}?[ \t]+(?:{alts})(?![\w-])")


_OF_GAP = pattern_cache.compile(r"\s+of\s+\Z")


@lru_cache(maxsize=1)
def _subject_aliases() -> tuple[KeyedPattern, dict[str, str]]:
    """names.yaml ``subject_aliases``: a body's names, as one pattern, and each name's key."""
    keys = {" ".join(str(n).split()).casefold(): str(key) for key, names in (data_file("names.yaml").get("subject_aliases") or {}).items()
            for n in names}
    return KeyedPattern(pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(keys)})(?![\w-])", re.IGNORECASE),
                        first_words(keys)), keys


def _subject(scope: ArticleScope, mention: Mention, clause: tuple[int, int], sentence_start: int) -> tuple[str, ...]:
    """Who the number belongs to: the last proper name before it in its clause
    ("the leftist Syriza party ... gained almost 27 per cent and 71 seats"). Nobody's
    for a whole ("won 149 of the 300 seats": the chamber's size, not the party's seats).
    Not a place's possessive before a vote noun ("led Valdria's election with 33.8
    percent"), nor a person after "of" a name ("the Social Democrats of Tomas Reiner won
    41 seats": the party's)."""
    text, people = scope.article.text, scope._people
    if _whole_before().search(text, max(clause[0], mention.start - 12), mention.start):
        return ()
    v = vocabulary()
    stop = _not_subjects()
    # an aside opens at a comma: scanned from the first, if any (most clauses hold none)
    comma = text.find(",", clause[0], mention.start)
    asides = [] if comma < 0 else [m.span() for m in _ASIDE.finditer(text, comma, mention.start)]
    if comma >= 0:
        asides += [m.span() for m in _APPOSITIVE.finditer(text, comma, mention.start)
                   if _NAME_END.search(text, clause[0], m.start())]
    aliases, alias_keys = _subject_aliases()
    # "the Bank of England", "the Fed": a body's names, each keyed as one
    known = [(a.start(), a.end(), alias_keys[" ".join(a.group().split()).casefold()])
             for a in _keyed_matches(scope, aliases, clause[0], mention.start)] if alias_keys else []
    names: list[str] = []  # the last name, and the names coordinated with it ("New Democracy and Pasok")
    best_end = None
    for m in _PROPER.finditer(text, clause[0], mention.start):
        if any(a <= m.start() < b for a, b in asides):
            continue  # "The Syriza party, which surged in Greece, won 72 seats" belongs to Syriza
        words = [w for w in m.group().split() if w not in stop and w.lower() not in v.months
                 and _POSSESSIVE_S.sub("", w).lower() not in v.weekdays]
        if words and words[-1].endswith(("'s", "’s")) and _election_after().match(text, m.end()):
            continue
        if (words and best_end is not None and _OF_GAP.match(text, best_end, m.start())
                and _is_person(people, _POSSESSIVE_S.sub("", words[-1]))):
            continue
        if words:
            # keyed by the name's last word, folded: "Socialist PASOK" and "Pasok" are one party
            name = _POSSESSIVE_S.sub("", words[-1]).casefold()
            name = next((k for a0, a1, k in known if a0 < m.end() <= a1 + 2), name)
            coordinated = best_end is not None and _COORDINATED_AFTER.match(text, best_end, m.start()) is not None
            names = [*names, name] if coordinated else [name]
            best_end = m.end()
    if not names:
        return ()
    # "Syriza and a host of smaller parties won around half": more than Syriza's share; so is a
    # sum told after "together with" another party's figure
    joined = next(_keyed_matches(scope, _JOINED_BEFORE, sentence_start, mention.start), None)
    others = ["others"] if _COORDINATED_BEFORE.match(text, best_end, mention.start) or joined else []
    return (" and ".join(sorted(set(names)) + others),)


@lru_cache(maxsize=1)
def _not_subjects() -> frozenset[str]:
    """The capitalized words that name no subject: not names, sentence openers, and a nation's
    adjective ("the Irish folk singer whose songs sold 40 million records" is nobody's number)."""
    v = vocabulary()
    return frozenset(v.not_names | v.sentence_openers | demonyms())


def _population(mention: Mention) -> tuple[str, ...]:
    """Who a count counts when narrower than people: children, soldiers; a noun
    with a role of its own counts as that role ("seven crew members" is crew)."""
    if mention.kind != "count":
        return ()
    v = vocabulary()
    words = mention.text.lower().split()
    two = " ".join(words[-2:])
    if two in v.noun_roles:
        return (v.noun_roles[two],)
    last = words[-1]
    generic = v.generic_people
    if last in v.noun_roles and last not in generic:
        return (v.noun_roles[last],)
    return (last,) if last in v.person_nouns and last not in generic else ()


def _previous_start(scope: ArticleScope, mention: Mention) -> int:
    """Start of the sentence before the mention's: "he added" names its speaker there."""
    k = max(0, mention.sentence_index - 1)
    return scope.article.sentences[k].start


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """A name's folded words; names recur across a corpus, so folding is cached."""
    return tuple(name_key(text).split())


def _participants(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    hits = scope.persons(*sentence)
    people = set()
    if hits:
        people = {h[1] for _, h in _within(hits, scope, (mention.start, mention.end), 15, sentence)}
        if trigger is not None:
            people |= {h[1] for _, h in _within(hits, scope, trigger, 15, sentence)}
    if trigger is not None:
        people.update(_meeting_sides(scope, trigger, sentence))
    # a pronoun completes a list the sentence starts ("she will meet Novak"); alone it
    # would make one side of a meeting a participant set of its own, apart from the
    # meeting it speaks of ("He said the talks lasted four hours"), so it is left unstated
    if people:
        antecedent = _pronoun_antecedent(scope, mention, sentence, hits)
        if antecedent is not None:
            people.add(antecedent)
    return tuple(sorted(people))


# One participant as written: capitalized words, maybe with an initial ("John F. Kerry") or
# titles ("Russian Foreign Minister Sergey Lavrov"); never the start of a longer run, whose
# last word, the one kept, would be another
_SIDE_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’-]+){0,5}(?![ \t]+[A-Z])"
_SIDE_JOIN = r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)"
_SIDE_WORDS = 24  # how many words a list of names before a meeting word may take
_SIDE_AUXILIARIES = frozenset({"held", "hold", "holds", "had", "have", "has", "will"})  # "Berger and Novak held talks"
_SIDE_PARTS = pattern_cache.compile(r",\s+(?:and\s+)?|\s+and\s+")
_SIDE_OPENERS = frozenset({"in", "at", "on", "near", "from", "to", "for", "of", "by", "after", "before", "during",
                           "since", "until", "amid", "outside", "inside", "the"})


@lru_cache(maxsize=1)
def _meeting() -> tuple[frozenset[str], re.Pattern, frozenset[str]]:
    """The meeting words (data/nouns.yaml ``meeting_words``); the pattern of the participants
    right after one, maybe after "with" or "by" ("met Putin and Lavrov", "talks with Novak",
    "welcomed by Putin"; those before one are walked back to, ``_chain_start``); and the
    capitalized words that name no participant (days, titles, bodies)."""
    v = vocabulary()
    chain = rf"{_SIDE_NAME}(?:{_SIDE_JOIN}{_SIDE_NAME})*"
    after = pattern_cache.compile(rf"[ \t]+(?:with[ \t]+|by[ \t]+)?(?P<chain>{chain})(?![\w'’-])")
    names = data_file("names.yaml")
    stop = {w.lower() for w in (*v.not_names, *v.sentence_openers, *v.honorifics, *names.get("not_person_words", ()),
                                *names.get("never_inside", ()))}
    stop |= {w for t in v.titles for w in t.split()} | set(v.months) | set(v.weekdays)
    words = frozenset(str(w).lower() for w in (data_file("nouns.yaml").get("meeting_words") or ()))
    return words, after, frozenset(stop)


def _chain_start(text: str, starts: list[int], folded: list[str], k: int, first: int) -> int:
    """The first word of the list of names that ends with word ``k`` (capitalized), not
    before word ``first``: back over capitalized words one blank, a comma or an initial's
    period apart, and over "and" between two of them ("Vladimir Putin, Sergei Lavrov and
    John Kerry"). Walked word by word: a list is a few words, and a pattern searched for
    across the sentence would try every capital in it."""
    j = k
    while j - 1 >= first and k - j < _SIDE_WORDS:
        gap = text[starts[j - 1] + len(folded[j - 1]):starts[j]]
        if text[starts[j - 1]].isupper() and (gap in (" ", ", ") or gap == ". " and len(folded[j - 1]) == 1):
            j -= 1
        elif (folded[j - 1] == "and" and gap == " " and j - 2 >= first and text[starts[j - 2]].isupper()
              and text[starts[j - 2] + len(folded[j - 2]):starts[j - 1]] in (" ", ", ")):
            j -= 2
        else:
            break
    return j


def _meeting_sides(scope: ArticleScope, trigger: tuple[int, int], sentence) -> list[str]:
    """The people named as the subject or the object of a meeting word (``_meeting``),
    titled or not: a list of names is all of them. Each is keyed by its last word, as a
    titled person is (the corpus's key for it when it has one)."""
    text = scope.article.text
    t0, t1 = trigger
    words, after, stop = _meeting()
    if text[t0:t1].lower() not in words:
        return []
    sides = []
    starts, folded = scope._words.starts, scope._words.words
    k = bisect_left(starts, t0) - 1  # the word before the meeting word
    if k >= 0 and folded[k] in _SIDE_AUXILIARIES:
        k -= 1
    elif k > 0 and folded[k] == "s" and text[starts[k] - 1] in "'’":
        k -= 1  # "Putin's meeting"
    # most meeting words follow a word in lower case ("held talks", "the meeting"): no name
    # stands right before them, and the search below is spared
    if k >= 0 and starts[k] >= sentence[0] and text[starts[k]].isupper():
        j = _chain_start(text, starts, folded, k, bisect_left(starts, sentence[0]))
        w = folded[j - 1] if j > 0 and starts[j - 1] >= sentence[0] else ""
        if w == "the" and j > 1:
            w = folded[j - 2]
        if w not in _SIDE_OPENERS:  # not a place's or a time's: "Officials in Moscow met"
            sides.append(text[starts[j]:starts[k] + len(folded[k])])
    before = len(sides)  # the sides before the meeting word, then the one after it
    m = after.match(text, t1, sentence[1])
    if m is not None:
        sides.append(m.group("chain"))
    people = scope._people
    found = []
    for i, chain in enumerate(sides):
        parts = _SIDE_PARTS.split(chain)
        if len(parts) > 1 and "and" not in _SIDE_PARTS.findall(chain)[-1]:
            # a list ends with "and": "In Sochi, Kerry met" is Kerry's, and "met Putin,
            # Russia's president" or "met Putin, Lavrov said" Putin's
            parts = parts[-1:] if i < before else parts[:1]
        for part in parts:
            if part.split(None, 1)[0].lower() in _SIDE_OPENERS:
                continue  # "In Sochi", "On Tuesday"
            if _named_as_place(text, _bare_surname(part)):
                continue  # "Russia and China held talks": the article's places are no participants
            last = _bare_surname(part.split()[-1])
            if len(last) < 3 or last.isupper() or last.lower() in stop:
                continue
            found.append(people.key(last) or last)
    return found


def _named_as_place(text: str, name: str) -> bool:
    """Whether the article names ``name`` as a place somewhere: after "in" or "from".
    A few searches at C speed, where reading every place of the article would cost a
    pass over it for each meeting word."""
    for prep in (" in ", " from "):
        phrase = prep + name
        at = text.find(phrase)
        while at >= 0:
            after = text[at + len(phrase):at + len(phrase) + 1]
            if not after or not (after.isalnum() or after == "-"):  # "in Russian hands" names no Russia
                return True
            at = text.find(phrase, at + 1)
    return False


_SENTENCE_END = pattern_cache.compile(r"[.!?][\"”’')]*\s*\Z")


def _pronoun_antecedent(scope: ArticleScope, mention: Mention, sentence, hits) -> str | None:
    """Who "she" or "he" is when no person is named before it in its sentence: the first
    person of the sentence before named outside a phrase, the subject a reader carries over
    ("Chancellor Anna Berger arrived on May 20. The following day she will meet Novak";
    "Talks with President Ivo Novak were tense, Chancellor Anna Berger said. She met ..." is
    Berger), else its first person. Not a headline's (it ends in no period), nor across a
    sentence that names no one."""
    k = mention.sentence_index
    if not k:
        return None
    # a pronoun before the sentence's first person, if any: looked up among its words
    starts = scope._words.starts
    stretch = scope._words.words[bisect_left(starts, sentence[0]):bisect_left(starts, hits[0][0] if hits else sentence[1])]
    if "she" not in stretch and "he" not in stretch:
        return None
    return _carried_over(scope, k, scope.persons, outside_phrases=True)


def _carried_over(scope: ArticleScope, k: int, find, outside_phrases: bool = False) -> str | None:
    """The first person that ``find`` (``ArticleScope.persons`` or ``named``) finds in the
    sentence before sentence ``k``: the subject a reader carries over; with ``outside_phrases``,
    the first not inside a phrase (``_in_phrase``) when there is one. None after a headline
    (it ends in no period) or a sentence that names no one."""
    before = scope.article.sentences[k - 1]
    if _SENTENCE_END.search(scope.article.text, before.start, before.end) is None:
        return None
    found = find(before.start, before.end)
    if not found:
        return None
    if outside_phrases and len(found) > 1:
        free = next((h for h in found if not _in_phrase(scope, h[0], before.start)), None)
        if free is not None:
            return free[1]
    return found[0][1]


@lru_cache(maxsize=1)
def _phrase_openers() -> frozenset[str]:
    return frozenset(data_words("names.yaml", "phrase_openers"))


def _in_phrase(scope: ArticleScope, at: int, lo: int) -> bool:
    """Whether the person named at offset ``at`` stands inside a phrase: a preposition
    (data/names.yaml ``phrase_openers``) right before the run of names and titles that holds
    it ("Talks *with* President Ivo Novak", "met *with* Putin and Lavrov")."""
    starts, folded = scope._words.starts, scope._words.words
    first = bisect_left(starts, lo)
    j = _chain_start(scope.article.text, starts, folded, bisect_left(starts, at), first)
    return j > first and folded[j - 1] in _phrase_openers()


def _person(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    text = scope.article.text
    if (mention.kind == "age" and mention.sentence_index and _AGE_OPENS.fullmatch(text, sentence[0], mention.start)
            and not _own_head().match(text, mention.end)):
        # "Kiprotich won in 2:03:17. The 27-year-old finished 41 seconds ahead of Haile Desta": an
        # age that opens its sentence in place of a name is its subject, the person the sentence
        # before names first, as "he" is (``_pronoun_antecedent``), not a name after it; not across
        # a headline or a sentence naming no one, nor when a name or a person's noun follows the age
        # ("The 27-year-old Kiprotich", "The 27-year-old suspect" is someone new)
        carried = _carried_over(scope, mention.sentence_index, scope.named)
        if carried is not None:
            return (carried,) if carried != AMBIGUOUS else ()
    kin = _kin_person(scope, mention, max(sentence[0], mention.start - _KIN_REACH))
    if kin is not None:
        return kin
    if mention.kind == "age" and text.endswith(", ", max(0, mention.start - 2), mention.start) \
            and (m := _ROLE_APPOSED.search(text, max(sentence[0], mention.start - 60), mention.start)) is not None \
            and m.group("noun").lower() in _role_nouns():
        # "The train's engineer, 47, was injured": the age of the one in that role, whom the
        # article may name elsewhere ("engineer William Rockefeller"), never the last name before it
        return (_named_in_role(scope, m.group("noun"), m.start("noun")) or f"the {m.group('noun').lower()}",)
    near = sorted(_within(scope.named(*sentence), scope, (mention.start, mention.end), 6, sentence))
    return (near[0][1][1],) if near and near[0][1][1] != AMBIGUOUS else ()


_KIN_REACH = 80  # characters before an age a relative's noun may stand ("Dvorak's father Jerzy Dvorak, 62")
_KIN_OWNER = pattern_cache.compile(r"([A-Z][\w-]*)['’]s[ \t]+(?:[a-z]+[ \t]+)?\Z")  # "Dvorak's (late) father"


@lru_cache(maxsize=1)
def _kin() -> tuple[frozenset[str], re.Pattern]:
    """The kin nouns (data/nouns.yaml ``kin``), and the pattern of one with at most the
    relative's own name after it ("his widow, Maria Dvorak, 58"), then maybe a comma, up
    to where an age starts. In lower
    case only: "Father Jerzy Popieluszko, 37" is a priest's title."""
    words = data_words("nouns.yaml", "kin")
    return frozenset(words), pattern_cache.compile(
        rf"(?:{trie_alternation(longest_first(words))}),?(?P<name>(?:[ \t]+[A-Z][\w'’-]+){{0,3}})[ \t]*[,(]?[ \t]*")


def _kin_person(scope: ArticleScope, mention: Mention, lo: int) -> tuple[str, ...] | None:
    """Whose age it is when a relative's noun stands right before it, or before a name and
    then it: the relative's. Named in full, the relative is that person, by the full name
    when the sources name another of the surname ("his cousin Jonas Weiss, 19": not Adam
    Weiss, ``People.full_key``), else by the surname as anyone ("his brother, Peter Jones,
    34" is the Jones another source names); else the relative of the possessive before the noun ("Dvorak's
    father Jerzy died at 62": Dvorak's father, not Dvorak); else nobody the story names
    (unstated). None when no relative stands there."""
    words, tail = _kin()
    at = scope._words_in(words, lo, mention.start)
    if not at:
        return None
    text = scope.article.text
    m = tail.fullmatch(text, at[-1], mention.start)
    if m is None:
        return None
    name = m.group("name").split()
    owner = _KIN_OWNER.search(text, max(lo, at[-1] - 40), at[-1])
    if len(name) > 1:
        if (keys := scope._people.full_key(" ".join(name))) is not None:
            return (keys[1],)
        surname = _bare_surname(name[-1])
        if owner is not None and _surname(owner.group(1), scope._people) == _surname(surname, scope._people):
            return (" ".join(name),)
        return (_surname(surname, scope._people),)
    if owner is None:
        return ()
    noun = text[at[-1]:m.start("name")].rstrip(",").lower()
    return (f"{_surname(owner.group(1), scope._people)}'s {noun}",)


# a role noun set off before an age, after a definite determiner or an owner and a modifier at most
# ("a driver, 52," is one of many):
# "The train's engineer, ", "the security guard, just "
_ROLE_APPOSED = pattern_cache.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Za-z]+['’]s)\s+(?:[a-z]{3,}\s+)?"
                                      r"(?P<noun>[a-z]{3,}),\s+(?:[a-z]+\s+)?$")
# what stands between a role noun and the name it gives: "engineer William", "the driver, Marek", "named
# the driver as Marek"
_ROLE_THEN_NAME = pattern_cache.compile(r"(?:,\s+|\s+(?:as\s+|was\s+|is\s+)?)(?=[A-Z])")
# what stands between a name and the role noun after it: "John Smith, a passenger", "Rockefeller, the engineer"
_NAME_THEN_ROLE = pattern_cache.compile(r"[\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?:the|a|an)\s+(?:[a-z]{3,}\s+)?$")


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The nouns of a role an age may be set off after (nouns.yaml ``apposed``), not those of
    anyone's age, sex or kin ("the man", "his son"), nor of one of many ("the passenger")."""
    g = vocabulary().count_guards
    return frozenset(g.get("apposed", ())) - frozenset(
        [*g.get("apposed_not_roles", ()), *g.get("aged_of", ()), *g.get("parents", ())])


@lru_cache(maxsize=64)
def _role_word(noun: str) -> re.Pattern:
    # one of the few role nouns (``_role_nouns``), so the disk cache holds a bounded set
    return pattern_cache.compile(rf"(?<![\w'’-]){re.escape(noun)}(?![\w'’-])", re.IGNORECASE)


def _named_in_role(scope: ArticleScope, noun: str, at: int) -> str | None:
    """The surname key of the person the article names in the role ``noun`` elsewhere than at
    ``at``: "engineer William Rockefeller", "the driver, Marek Dolan,", "John Smith, a passenger"."""
    text = scope.article.text
    for m in _role_word(noun.lower()).finditer(text):
        if m.start() == at:
            continue
        if (g := _ROLE_THEN_NAME.match(text, m.end())) is not None:
            after = scope.named(g.end(), g.end() + 1)
            if after:
                return after[0][1] or None
        before = scope.named(max(0, m.start() - 60), m.start())
        if before and _NAME_THEN_ROLE.fullmatch(text, before[-1][0], m.start()):
            return before[-1][1] or None
    return None


@lru_cache(maxsize=1)
def _own_head() -> re.Pattern:
    """A name or a person's noun right after an age ("27-year-old Kiprotich", "27-year-old suspect")."""
    nouns = {singular(w) for w in vocabulary().person_nouns} | vocabulary().person_nouns
    return pattern_cache.compile(rf"[ \t]+(?:[A-Z]|(?i:{trie_alternation(longest_first(nouns))})\b)")


# what may stand between a sentence's start and an age that stands for a person: "The ", "But the "
_AGE_OPENS = pattern_cache.compile(r"[\s\"“]*(?:(?:But|And|Now|Today|Yet)\s+)?[Tt]he\s+")


def _when(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    # the date of this very clause: "On 26 February ... a 5.2-magnitude quake"
    clause = _clause_of(scope, mention, sentence)
    text = scope.article.text
    near = sorted((d, h) for d, h in _within(scope.date_hits, scope, (mention.start, mention.end), 8, clause)
                  if h[0] != mention.start and not _set_beside(text, mention, h[0], clause[0])
                  and not (h[0] > mention.end and _dated_measure().match(text, h[0])))
    return (near[0][1][1],) if near else ()


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


def _subject_of(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    return _subject(scope, mention, _clause_of(scope, mention, sentence), sentence[0])


def _is_person(people: People, surname: str) -> bool:
    return surname in people.surnames or surname in people.named


_OBJECT_WORDS = pattern_cache.compile(r"[\w'’/-]+|[^\w\s]")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(vocabulary().count_guards.get("not_modifiers", ()))


def _object_head(text: str, at: int, stop: int) -> tuple[str, ...]:
    """What the value is of, from "of <object>" right after ``at``: the object's first
    common noun, past its determiners, names, numbers and participles ("the 70th
    anniversary of the allied *defeat* of Nazi Germany", "of the Soviet *victory* over",
    "of its *founding*", "of the *victory* drew crowds"); an object of names only is
    keyed by its last name ("of World War II", "of Independence Day")."""
    tokens = _OBJECT_WORDS.findall(text, at, min(stop, at + 80))
    if not tokens or tokens[0].lower() != "of":
        return ()
    function = _function_words()
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


def _part_between(text: str, end: int, at: int) -> bool:
    """Whether a part of the count stands between it and a place after it: in "killed
    1,120 people, 640 of them in Kestel" Kestel is the 640's place, not the whole's, and
    in "9.8 million customers ..., including 1.4 million in the UK" the UK's."""
    return at > end and (text.find(" of them", end, at) >= 0 or text.find(" of whom", end, at) >= 0
                         or text.find(" including ", end, at) >= 0)


def _place(preps: tuple[str, ...], opening: bool = False):
    """The nearest place of the mention's own clause: in "three gunmen opened fire at the
    Rialto while two attackers struck at the Cafe Lune" each count keeps its own venue.
    A clause with no place of its own takes the sentence's ("gunmen opened fire at the
    Bataclan, and 89 people died"). On a tie the place after the mention wins. With
    ``opening``, a clause or sentence with no place after a preposition may name one as
    its subject (``_opening_place``)."""
    def nearest(hits, scope: ArticleScope, mention: Mention, span) -> tuple[str, ...]:
        text = scope.article.text
        places = sorted((d, h[0] < mention.start, h[2])
                        for d, h in _within(hits, scope, (mention.start, mention.end), 8, span)
                        if h[1] in preps and not _part_between(text, mention.end, h[0]))
        return (places[0][2],) if places else ()

    def read(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
        hits = scope.places(*sentence)  # a clause is part of its sentence
        clause = _clause_of(scope, mention, sentence)
        found = (nearest(hits, scope, mention, clause)
                 or (nearest(hits, scope, mention, sentence) if clause != sentence else ()))
        if found or not opening:
            return found
        return _opening_place(scope, mention, clause)
    return read


# a capitalized name opening a clause: "Madrid reached 40.2C"; not a possessive, most often
# an actor's ("Russia's annexation of Crimea", "Japan's Meteorological Agency says")
_OPENING_NAME = pattern_cache.compile(r"[\s\"“‘'(]*(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})(?![\w'’-])")


def _before_event(text: str, end: int) -> bool:
    """Whether an event noun follows a name that ends at ``end``: "Kestel quake", "the Paris attacks"."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    nouns = vocabulary().event_nouns
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


_OPENING_REACH = 5  # words a clause-opening place may stand before its value: "Madrid recorded a high of 40.2C"


def _opening_place(scope: ArticleScope, mention: Mention, span) -> tuple[str, ...]:
    """The place a clause opens with, as the subject of its value a few words on, when the
    article names it as a place elsewhere ("Madrid reached 40.2C on Sunday" beside "in
    Madrid"); not a name before an event noun ("Kestel quake: 780 dead": the quake's dead,
    not Kestel's), nor one far from the value, an actor more often than a place ("Russia and
    the United States have remained locked in a standoff since ..., the loss of 6,000 lives")."""
    text = scope.article.text
    m = _OPENING_NAME.match(text, span[0], mention.start)
    if m is None or text.count(" ", m.end(), mention.start) > _OPENING_REACH:
        return ()
    name, v = m.group("name"), vocabulary()
    first = name.split()[0]
    if first in v.not_names or first in v.sentence_openers or _before_event(text, m.end()) or not _named_as_place(text, name):
        return ()
    return (name,)


# "in one ward alone", "In the city of Palu alone,": a place (or a time) the count is a part
# of the whole within, opened by a preposition of place. The part is names ("Palu", "the
# Kathmandu Valley") or a determiner and a noun or two ("one ward", "the city of Palu"), never
# a verb: "rescuers in Kathmandu were working alone" says nothing of a part.
_ALONE = pattern_cache.compile(
    r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Ff]rom|[Ii]nside)\s+(?P<part>"
    r"(?:(?:the|one|a|an|this|that|its|their|each|a\s+single)\s+)(?!(?:was|were|is|are|had|has|have)\b)[\w'’-]+"
    r"(?:\s+(?!(?:was|were|is|are|had|has|have|been|being)\b)[\w'’-]+)?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    r"|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),?\s+alone\b(?P<comma>,)?")
# between a part said "alone" and the count it is of: the comma-bounded stretch ends here
_STRETCH_END = pattern_cache.compile(r"[,;:]")


def _venue(preps: tuple[str, ...]):
    """A venue as ``_place`` reads one, else the part a clause says the count is "alone"
    ("200 people were killed in one ward alone", "In Palu alone, 300 died"): a part of the
    whole as a venue is, never the whole's figure. The part's names stand for it ("the city
    of Palu" is "Palu"), else its words."""
    place = _place(preps)

    def read(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
        found = place(scope, mention, sentence, since, trigger)
        if found:
            return found
        text = scope.article.text
        s0, s1 = _clause_of(scope, mention, sentence)
        if text.find(" alone", s0, s1) < 0:
            return ()  # most clauses: spare the search
        m = _ALONE.search(text, s0, s1)
        if m is None:
            return ()
        # "8,000 people in Nepal, 1,000 of them in Kathmandu alone": the part is only the
        # figure of its own comma-bounded stretch, or of the main clause after a sentence-
        # opening "In Palu alone," (nothing but quotes or space before it)
        lo, hi = (m.end(), mention.start) if m.end() <= mention.start else (mention.end, m.start())
        opening = m.group("comma") is not None and m.end() <= mention.start \
            and not text[sentence[0]:m.start()].strip(" \t\n\"“‘'")
        if not opening and _STRETCH_END.search(text, lo, hi):
            return ()
        words = m.group("part").split()
        names = [w for w in words if w[:1].isupper()]
        return (" ".join(names) if names else " ".join(words).lower(),)
    return read


def _since(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    return (since,) if since else ()


def _name(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    words = _name_words(mention.text)
    return (words[-1],) if words else ()


def _given(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    words = _name_words(mention.text)
    return (words[0],) if len(words) > 1 else ()


_PUNCT = pattern_cache.compile(r"[,;:()\"“”«»—–]")


@lru_cache(maxsize=1)
def _estimate_sources() -> tuple[KeyedPattern, dict[str, str]]:
    """The estimators of data/nouns.yaml ``estimate_sources`` beside an estimate verb
    ("police said", "organisers put", "the unions' count", "by the police count", "by police
    estimates") or after "according to", and each one's side. A bare "by" names who organised
    or called a march ("the march organised by the unions"), no estimator."""
    data = data_file("nouns.yaml")
    side = {" ".join(w.lower().split()): k for k, ws in data.get("estimate_sources", {}).items() for w in ws}
    words = r"[ \t]+".join  # a source's words on one line
    src = "|".join(words(map(re.escape, w.split())) for w in longest_first(side))
    verbs = trie_alternation({str(w) for w in data.get("estimate_verbs", ())})
    return KeyedPattern(pattern_cache.compile(
        rf"\baccording[ \t]+to[ \t]+(?:the[ \t]+)?(?P<a>{src})\b"
        # a relative clause may describe the estimator before its verb: "the union, which
        # organised the march, said", "the federation that called the strike put"
        rf"|\b(?P<b>{src})(?:['’]s?)?(?:[ \t]+[a-z]+)?(?:,?[ \t]+(?:that|which|who)[ \t]+[^,;:.!?\n]{{1,60}}?,?)?"
        rf"[ \t]+(?:{verbs})\b", re.IGNORECASE), {"according", *first_words(side)}), side


def _estimate_source(scope: ArticleScope, mention: Mention, sentence) -> tuple[str, ...]:
    """The side whose estimate a figure is: the estimator nearest it in its own clause
    ("Police said 45,000 marched, while organisers put the crowd at 120,000": the clause
    break at "while" gives each figure its own). A figure told with no estimator has none
    and joins the one side others name (loose)."""
    pattern, side = _estimate_sources()
    s0, s1 = _clause_of(scope, mention, sentence)
    best = None
    for m in _keyed_matches(scope, pattern, s0, s1):
        g = "a" if m.group("a") else "b"
        d = mention.start - m.end(g) if m.end(g) <= mention.start else m.start(g) - mention.end
        if d >= 0 and (best is None or d < best[0]):
            best = (d, side[" ".join(m.group(g).lower().split())])
    return (best[1],) if best else ()


def _speaker(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Who is quoted: the person who is the subject of the attributing verb nearest the
    quotation, in its sentence or the one before ("Novak said: ...", "..., said Novak",
    "according to Zakharova"), right beside it (``_verb_speaker``). A quotation attributed to no
    named person (", she wrote", "a spokesman said") has no speaker, so it joins the one
    speaker others name (loose). Who gives a figure is the side that estimates it
    (``_estimate_source``)."""
    if mention.kind != "quote":
        return _estimate_source(scope, mention, sentence)
    hits = scope.speech_hits
    if not hits:
        return ()
    lo = bisect_left(hits, (_previous_start(scope, mention),))
    hi = bisect_left(hits, (sentence[1],))
    starts = scope.word_starts
    q0, q1 = word_index(scope, mention.start), word_index(scope, mention.end - 1)
    verbs = []
    text = scope.article.text
    for vs, ve in hits[lo:hi]:
        if mention.start <= vs < mention.end:
            continue  # a verb inside the quotation attributes nothing
        a, b = (ve, mention.start) if ve <= mention.start else (mention.end, vs)
        if _QUOTED.search(text, a, b):
            continue  # another quotation stands between: the verb attributes that one
        w = bisect_right(starts, vs)
        # the quotation's own sentence first: "In return, she wrote, ..." is hers, not
        # the speaker's of the sentence before
        verbs.append((vs < sentence[0], q0 - w if w < q0 else w - q1, vs, ve))
    verbs.sort()
    if verbs and not verbs[0][0]:
        verbs = [v for v in verbs if not v[0]]
    for _, _, vs, ve in verbs:
        stretch = sentence if vs >= sentence[0] else (_previous_start(scope, mention), sentence[0])
        found = _verb_speaker(scope, stretch, vs, ve)
        if found is not None:
            return found
    return ()


# Words between double quotation marks: between a verb and its quotation stands one mark
# alone, the quotation's own (or an empty pair, a typing slip: 'said Tsipras. ""We will')
_QUOTED = pattern_cache.compile(r'["“”][^"“”]*\w[^"“”]*["“”]')
# A person right beside an attributing verb stands at most this many words from it, or
# after it across capitalized words alone ("said Foreign Minister Sergei Lavrov"), or
# before it across an apposition ("Tomas Halvorsen, the agency's regional director, said")
SPEAKER_WORDS = 3
SPEAKER_TITLED_WORDS = 6
SPEAKER_APPOSED_WORDS = 12
_CAPITALIZED_RUN = pattern_cache.compile(r"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*")
# The subject set off by commas before its verb: a name whose title opens the apposition
# ("the agency's director, Tomas Halvorsen, said": the name's words, then the closing comma),
# or a name and its apposition ("Tomas Halvorsen, the agency's director, said"; "Lena Voss, 54,
# said"). An apposition opens with a small word, a figure or an owner, never with another
# name ("Novak, Berger and Lavrov said" is three people).
_NAME_REST = r"[\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
_NAME_RUN = pattern_cache.compile(_NAME_REST)
_APPOSED_SUBJECT = pattern_cache.compile(
    rf"{_NAME_REST},[ \t]+(?:(?:[a-z0-9]|[A-Z][\w-]*['’]s[ \t])[^,;:()\"“”«»—–\n]*,[ \t]+)?")
_APPOSITION_OPENS = pattern_cache.compile(r",[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*\Z")
# A name whose possessive follows ("Putin's spokesman said"), or for whom someone speaks ("a
# spokeswoman for Foreign Minister Sergei Lavrov said"), owns the speaker's role: it is no speaker
_OWNER_AFTER = pattern_cache.compile(r"[\w-]+(?:['’]s|(?<=s)['’])(?![\w'’])")
_OWNER_BEFORE = pattern_cache.compile(r"(?<![\w'’-])[a-z]+[ \t]+for[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*\Z")


@lru_cache(maxsize=1)
def _stand_ins() -> tuple[KeyedPattern, re.Pattern, re.Pattern, frozenset[str]]:
    """A word that stands for a speaker without naming one (names.yaml ``speaker_stand_ins``, the
    words of a person's role, ``_role_words``, the people nouns) as the subject of a verb: before it, with at
    most one word in lower case between ("he also said", "the minister later told"); or after it,
    in an inversion, with at most two ("said a government spokesman"). Such a word with a name
    after it titles the name ("said county fire official Ben Adler", "said the firm's chief
    executive, Anne Marsh", "said Belisa Therapeutics chief executive Anne Marsh"): up to where
    the name starts, across no preposition ("said the lawyer for victim Ben Adler" is the lawyer). Also the verbs whose object is a listener
    (``addressee_verbs``)."""
    words = {*data_words("names.yaml", "speaker_stand_ins"), *_role_words(), *vocabulary().person_nouns}
    alternation = trie_alternation(words)
    before = KeyedPattern(pattern_cache.compile(rf"(?<![\w'’-])(?i:{alternation})(?:[ \t]+[a-z]+)?[ \t]+\Z"),
                          first_words(words))
    after = pattern_cache.compile(rf"[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?i:{alternation})(?![\w'’-])")
    prepositions = trie_alternation(data_words("names.yaml", "phrase_openers"))
    titled = pattern_cache.compile(rf"[ \t]+(?:[A-Z][\w.'’&-]*[ \t]+)*(?:(?!(?:{prepositions})[ \t])[a-z][\w'’-]*[ \t]+){{0,3}}"
                                   rf"(?i:{alternation}),?[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)*")
    return before, after, titled, frozenset(data_words("names.yaml", "addressee_verbs"))


def _verb_speaker(scope: ArticleScope, stretch: tuple[int, int], vs: int, ve: int) -> tuple[str, ...] | None:
    """The speaker of the attributing verb at ``vs``..``ve``: the person right before it (no
    punctuation between), else one right after it in an inversion ("..., said Novak"; not
    after a verb whose object is a listener, "told Lavrov"); () when a word that stands for
    a speaker is its subject ("he told Lavrov", "Putin's spokesman said"); None when the
    verb has neither, and a verb further off may name the speaker."""
    text = scope.article.text
    alone = scope.title_alone_starts
    near = sorted(_within(_speakers(scope, stretch), scope, (vs, ve), SPEAKER_APPOSED_WORDS, stretch))
    before, after, titled, addressee = _stand_ins()
    stand_in = next(_keyed_matches(scope, before, max(stretch[0], vs - 60), vs), None)
    for d, (at, key) in near:
        if at < vs and (d <= SPEAKER_WORDS and not _PUNCT.search(text, at, vs)
                        or _apposed_subject(text, stretch[0], at, vs)):
            if (at in alone or _OWNER_AFTER.match(text, at) or _OWNER_BEFORE.search(text, max(stretch[0], at - 80), at)
                    or stand_in is not None and stand_in.start() >= _NAME_RUN.match(text, at).end()):
                # a title alone, or whose the speaker's role is, or a pronoun after the name
                # ("Pellow as she announced"): the subject stands in
                break
            return (key,) if key else ()
    if stand_in is not None:
        return ()
    if " ".join(text[vs:ve].lower().split()) in addressee:
        return None
    for d, (at, key) in near:
        if at >= ve and after.match(text, _NAME_RUN.match(text, at).end()):
            continue  # a body or an owner before a role ("said Belisa Therapeutics chief executive Anne Marsh")
        if at >= ve and (d <= SPEAKER_WORDS and not _PUNCT.search(text, ve, at)
                         or d <= SPEAKER_TITLED_WORDS and (_CAPITALIZED_RUN.fullmatch(text, ve, at)
                                                           or titled.fullmatch(text, ve, at))):
            if at in alone or _OWNER_AFTER.match(text, at) or _OWNER_BEFORE.search(text, ve, at):
                return ()
            return (key,) if key else ()
    return () if after.match(text, ve) else None


def _speakers(scope: ArticleScope, stretch: tuple[int, int]) -> list[tuple[int, str]]:
    """The names in ``stretch`` that may speak, each with its key: the titled, and the people the
    corpus introduces by a role somewhere ("Lena Voss, who leads the union" makes a later "Voss
    said" hers; ``People.introduced``), by the full name when two bear the surname. A name that
    keys no one is a subject that names no speaker (key ""): a body's ("New Democracy said",
    "Goldman Sachs said in a note"), a lone capitalized word ("Halden said"), a surname two
    people bear."""
    people = scope._people
    return [(at, key if key in people.introduced or key in people.keys() or " " in key else "")
            for at, key in scope.named(*stretch)]


def _apposed_subject(text: str, lo: int, at: int, vs: int) -> bool:
    """Whether the name at ``at`` is the subject of the verb at ``vs`` across the commas of an
    apposition (``_APPOSED_SUBJECT``): its title's before it ("his deputy, Pavel Novotny, told")
    or its own after it ("Pavel Novotny, his deputy, told")."""
    m = _APPOSED_SUBJECT.fullmatch(text, at, vs)
    if m is None:
        return False
    return m.group(0).count(",") == 2 or _APPOSITION_OPENS.search(text, max(lo, at - 60), at) is not None


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
PAST_KINDS = frozenset({"count", "duration", "age", "money", "percent", "measure"})
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
               for m in _AND.finditer(text, a, b))


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
    roles = {" ".join(w.lower().split()): role for role, words in vocabulary().past_words.items() for w in words}
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
    earlier = scope.earlier_starts
    if bisect_left(earlier, s0) == bisect_left(earlier, s1):
        return None  # most sentences: nothing earlier than the news
    dated = scope.dated
    dates = dated[bisect_left(dated, (s0,)):bisect_left(dated, (s1,))]
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
_HEAD_END = pattern_cache.compile(r"\s(?:of|in|at|on|near|off|from|for|over|across|after|before)\s", re.IGNORECASE)


def _names_event(text: str, a: int, b: int) -> bool:
    """Whether the stretch from ``a`` to ``b`` names an event (data/nouns.yaml ``event_nouns``):
    its head noun, past names after it, is one ("the Kobe quake", "Hurricane Katrina",
    "the storm in Manila"); "Tepco", "survivors of the quake" name none."""
    stretch = text[a:b]
    cut = _HEAD_END.search(stretch)
    nouns = vocabulary().event_nouns
    for w in reversed((stretch[:cut.start()] if cut else stretch).split()):
        low = _bare_surname(w).strip("\"“”()").lower()
        if low in nouns or singular(low) in nouns:
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


class _Increments(NamedTuple):
    before: re.Pattern  # ending where the value starts: "another ", "an additional "
    inside: re.Pattern  # an "after" word inside the value, after its number: "250 more staff"
    after: re.Pattern  # at the value's end, an "after" word that a word other than a preposition follows
    cause: re.Pattern  # ending where the value starts: "after ", "as "
    risen: re.Pattern  # ending where the value starts: "the toll rose to 21 on Tuesday after "


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
                              rf"(?:(?i:{hedges})\s+)?{figure}[^.;:]{{0,60}}?\s(?i:{causes})\s+$"))


def _increment(scope: ArticleScope, mention: Mention) -> bool:
    """Whether the value adds to a total rather than states it (nouns.yaml ``increments``):
    "another 40 people were injured", "an additional $5 billion", "250 more staff",
    "40 more were killed", "the toll rose to 21 after four workers died". Not "injured dozens
    more in the blast", nor people in a role that only another role stands before, in their
    sentence or the one before: "The blast killed 12 people. Another 45 people were injured"
    are the others, all the injured."""
    inc = _increments()
    text, ms = scope.article.text, mention.start
    if mention.kind == "count" and inc.cause.search(text, max(0, ms - 12), ms) is not None \
            and inc.risen.search(text, max(scope.article.sentences[mention.sentence_index].start, ms - 160), ms):
        return True  # "the toll rose to 21 after four workers died": what made the total rise
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
    keys = {" ".join(w.lower().split()): period for period, ws in vocabulary().period_totals.items() for w in ws}
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


def read_past(scope: ArticleScope, mention: Mention) -> tuple[str, ...]:
    """The earlier time a value speaks of, the period of a running total it gives ("so far this
    year"), or ``_replaced``'s "earlier" for a figure an update replaced ("up from an earlier
    estimate of 210,000"); () for the news of the day."""
    return _read_past(scope, mention) or _period(scope, mention) or _replaced(scope, mention)


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
    # a relative clause takes the time of what it follows
    if k and seg0 in frame.commas:
        rel = [r for r in hits if seg0 < r[0] < ms and r[2] == "relative"]
        if rel and len(text[seg0 + 1:rel[0][0]].split()) <= 1:
            before = [(x, key) for x, y, key in anchors if y <= seg0]
            if before:
                return earlier(before[-1][1], ms)

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
           and not (x >= me and _set_beside(text, mention, x, seg0))]
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
    return ()


# dimension -> reader(scope, mention, sentence (start, end), since, trigger) -> its values
_READERS = {
    "participants": _participants,
    "person": _person,
    "when": _when,
    "subject": _subject_of,
    "event_name": _event,
    # "marched through Doran", "rallies across Veradia": where a march or a spread went
    "location": _place(("in", "near", "through", "across"), opening=True),
    "venue": _venue(("at", "inside", "outside")),
    "population": lambda scope, mention, sentence, since, trigger: _population(mention),
    "since": _since,
    "name": _name,
    "given": _given,
    "speaker": _speaker,
}


# The qualifiers read from the mention's own words (and kind) alone: every mention
# that says the same has the same values for them.
OWN_WORDS = frozenset({"name", "given", "population"})


def read_scope(scope: ArticleScope, mention: Mention, dims: list[str], since: str | None,
               trigger: tuple[int, int] | None = None,
               context: tuple[int, int] | None = None) -> dict[str, tuple[str, ...]]:
    """The values of the scope qualifiers ``dims`` for one mention.

    Participants are the people named near the mention or near the word that
    made the rule pick it ("welcomed by Putin ... Tuesday May 12").

    ``context`` is the rule's nearest context word: when no name stands before
    the trigger word, the event is named before it ("the *Valdorian* war began
    in 2011", "the outbreak of the *Ukraine* crisis in early 2014").
    """
    out: dict[str, tuple[str, ...]] = {}
    if not dims:
        return out
    s = scope.article.sentences[mention.sentence_index]
    sentence = (s.start, s.end)
    for dim in dims:
        reader = _READERS.get(dim)
        if reader is not None:
            out[dim] = reader(scope, mention, sentence, since, trigger)
            if dim == "event_name" and not out[dim] and context is not None:
                out[dim] = _event_name(scope.article.text, context)
    return out
