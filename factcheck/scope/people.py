"""The corpus's people and their names: ``People``, ``find_people``, surnames two
people share, given names, and the ``name`` and ``given`` readers.

People are found the way a reader finds them: a name after a title or an
honorific (``Foreign Minister Sergey Lavrov``, ``Mr. Kerry``) makes its
surname a person for the whole corpus, and a title used alone later
(``his foreign minister``) points back to the one person it titled.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie, trie_alternation
from factcheck.extract.names import camel_parts, demonyms, in_headline
from factcheck.extract.names import key as name_key
from factcheck.models import Article, Mention
from factcheck.scan import KeyedPattern, Words, first_words
from factcheck.vocab import data_file, longest_first, singular, vocabulary

if TYPE_CHECKING:  # for annotations only: article.py imports this module
    from factcheck.scope.article import ArticleScope


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    honor = "(?:" + "|".join(map(re.escape, longest_first(v.honorifics))) + r")\.?"
    # a title may stand before an honorific ("chief executive Dr. Alan Whitcomb"): the name is after both
    # a prefix tree tries the same titles in the same (longest first) order as
    # ``vocab.alternation``, at one try per letter instead of one per title
    title = trie_alternation({" ".join(t.split()) for t in v.titles})
    name = r"(?P<name>(?:[A-Z][\w'’-]+\s+|[A-Z]\.\s+){0,3}[A-Z][\w'’-]+)"
    titled = KeyedPattern(
        pattern_cache.compile(rf"(?:(?P<title>(?i:{title}))(?:\s+{honor})?|\b{honor})\s+(?:of\s+[A-Z][\w'’-]+\s+)?{name}"),
        first_words(v.titles) | {h.lower() for h in v.honorifics})
    # "his foreign minister", "Russia's president": a title standing for a person
    alias = KeyedPattern(pattern_cache.compile(rf"(?i:(?P<title>{title}))\b(?!\s+[A-Z])"), first_words(v.titles))
    owner = pattern_cache.compile(r"\b(?:his|her|their|its|the|[A-Z][a-z]+(?:'s|’s)?)\s+(?:[A-Z][a-z]+\s+)?$")
    # a place's words stand on one line: a title "... kills dozens in Ecuador" and the
    # dateline "April 17, 2016" under it are not the place "Ecuador April"
    # "In Kestel, 510 died" opens a sentence; "in the district of Ebo" names the place after "of",
    # and so does "the southern Spanish city of Zaragoza" (a demonym is no place)
    # "marched through Varena", "protests across Veradia": the ground a march or a spread covered
    # "in north Mississippi", "in northern Tigray": a part of a place, named with its bearing (nouns.yaml ``bearings``)
    bearing = trie_alternation(set(data_words("nouns.yaml", "bearings")))
    preps = [str(w) for w in data_file("nouns.yaml")["place_prepositions"]]  # as written: "In" opens a sentence
    place = KeyedPattern(pattern_cache.compile(
        rf"\b(?P<prep>{trie(preps)})\s+(?:the\s+)?"
        rf"(?:(?:[A-Za-z][\w'’-]*[ \t]+){{0,2}}?(?:{trie_alternation(v.place_kinds)})[ \t]+of[ \t]+)?"
        rf"(?P<place>(?:(?:{bearing})(?:ern)?[ \t]+(?=[A-Z]))?(?:[A-Z][\w'’-]+)(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]+){{0,3}})"
        rf"(?!\s+[a-z]+(?:\s|$){trie(data_words('nouns.yaml', 'place_not_before'))})"), {w.lower() for w in preps})
    return titled, alias, owner, place


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
    # a role (lower case: "captain", "chief executive") -> the key of the one person the corpus
    # ties it to ("the captain, Agus Santoso", "Captain Agus Santoso", "Santoso, the ship's
    # captain"), or ``AMBIGUOUS`` where it ties the role to two people (a driver of each car)
    roles: dict[str, str] = field(default_factory=dict)
    _lower: dict[str, str] | None = None
    _named_lower: dict[str, str] | None = None
    _lone: bool | None = None
    _keys: frozenset[str] | None = None
    _full_keys: dict[str, tuple[str, str] | None] = field(default_factory=dict)
    _given: dict[str, tuple[str, frozenset[str]] | None] = field(default_factory=dict)
    # what the scope readers derive from these people alone, read once a corpus, not once an
    # article (scope/speakers.py ``_titled_roles``)
    reads: dict = field(default_factory=dict)

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

    def surname_key(self, surname: str) -> str:
        """The key of a surname: a titled one's (``surnames``), else an untitled full name's
        (``named``, its spellings folded), else the surname itself."""
        return self.surnames.get(surname) or self.named.get(surname, surname)

    def _read_full_key(self, name: str) -> tuple[str, str] | None:
        split = self.given_names(name)
        if split is None:
            return None
        surname = self.surname_key(split[0])
        for words, key in self.shared.get(surname, ()):
            if _same_given(split[1], words):
                return surname, key
        return None

    def role_key(self, role: str) -> str | None:
        """The key of the one person the corpus ties the role ``role`` to, else None."""
        return self.roles.get(role) or None

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
                    or len(surname) < 3 or surname.isupper() or not surname[0].isupper()
                    or not _body_words().isdisjoint(parts[:-1])):
                continue  # a body's or a place's name gives no one's surname ("La Provincia di Cremona")
            people.named[surname] = surname
    texts = [m.text for found in (names or {}).values() for m in found]
    if people.named and (len(people.named) > 1 or people.surnames):
        _fold_named(people, texts, surnames)
    people.shared = _shared_surnames(people, texts)
    people.introduced = _introduced(articles, words, names or {})
    people.roles = _tied_roles(articles, names or {}, people)
    return people


def _fold_named(people: People, texts: list[str], surnames: dict[str, str | None]) -> None:
    """Key the surnames of untitled full names that are one name's spellings beside one given
    name ("Tigist Alemu", "Tigist Alemo", as ``wording.spelling_aliases`` finds them) by the
    spelling written most often, as ``_canonical`` keys titled surnames: one person's age,
    whichever spelling a source gives. A titled surname spelled another way beside the same given
    name ("Director General Salem Al Mansoori", "Salem Al Mansouri") keys them all: one speaker.
    Given names apart ("Tom Meyer", "John Mayer") stay apart."""
    from factcheck import wording

    givens: dict[str, set[str]] = {}
    others: dict[str, set[frozenset]] = {}  # each name's given names, as a set
    times: Counter = Counter()
    for text, n in Counter(texts).items():
        surname = surnames.get(text)
        if surname is None or (people.named.get(surname) != surname and surname not in people.surnames):
            continue
        split = people.given_names(text)
        givens.setdefault(surname, set()).update(split[1] if split else ())
        others.setdefault(surname, set()).add(split[1] if split else frozenset())
        times[surname] += n
    aliases, _ = wording.spelling_aliases(givens, others)
    groups: dict[str, list[str]] = {}
    for surname, root in aliases.items():
        groups.setdefault(root, []).append(surname)
    for group in groups.values():
        titled = {people.surnames[s] for s in group if s in people.surnames}
        if len(titled) > 1:
            continue  # two titled people's surnames: ``_canonical`` kept them apart
        key = max(sorted(group), key=times.__getitem__)
        for surname in group:
            if surname not in people.surnames:
                people.named[surname] = key
        if titled and (old := titled.pop()) != key:
            _rekey(people, old, key)


def _rekey(people: People, old: str, key: str) -> None:
    """The titled person keyed ``old`` keyed ``key`` instead: the spelling of the surname the
    corpus writes most often, titled or not."""
    for index in (people.surnames, people.named):
        for surname, k in index.items():
            if k == old:
                index[surname] = key
    for keys in people.titles.values():
        if old in keys:
            keys.discard(old)
            keys.add(key)


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
def _role_ties() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """A definite role set off right before a name ("the captain, ", "The ship's captain, ", "its
    chief executive, "), or right after it (", the ship's captain", ", the driver"), with the role's
    last word (``noun``) and the word before it (``pre``, for a role of two words); and the roles
    of two words ("chief executive", "security guard"). "a captain" is one of many and ties none."""
    the = r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Za-z]+['’]s)[ \t]+(?:[a-z]+['’]s[ \t]+)?"
    role = r"(?:(?P<pre>[a-z][a-z-]{2,})[ \t]+)?(?P<noun>[a-z][a-z-]{2,})"
    before = pattern_cache.compile(rf"(?<![\w'’-]){the}{role},[ \t]+\Z")
    after = pattern_cache.compile(rf",[ \t]+{the}{role}(?![\w'’-])")
    # the two-word roles ``speakers._role_phrases`` reads whole
    phrases = frozenset(p for p in (" ".join(str(t).lower().split()) for t in (
        *vocabulary().titles, *vocabulary().count_guards.get("apposed", ()))) if " " in p)
    return before, after, phrases


def _tied_roles(articles: list[Article], names: dict[str, list[Mention]], people: People) -> dict[str, str]:
    """``People.roles``: each role an age is keyed by (``speakers._role_nouns``, two-word roles
    whole) that some article ties to a named person, by a definite role set off beside the name
    (``_role_ties``) or a title before it (``People.titles``), keyed as ``ArticleScope.named``
    keys the name; a role tied to two people is ``AMBIGUOUS``. One person's surname spelled two
    ways ("Santoso", "Santosa") is one person, keyed by the spelling tied most often."""
    from factcheck.scope.speakers import _role_nouns

    before, after, phrases = _role_ties()
    nouns = _role_nouns()
    ties: dict[str, Counter] = {}
    for title, keys in people.titles.items():
        if title in nouns or title in phrases:
            ties.setdefault(title, Counter()).update(keys)
    for a in articles:
        text = a.text
        for m in names.get(a.id, ()):
            # a tie stands beside a comma, ", " before the name or "," right after it: tried only there
            # (the search before a name is 60 tries, and most names stand by no comma)
            tie = (text[max(0, m.start - 8):m.start].rstrip(" \t").endswith(",")
                   and before.search(text, max(0, m.start - 60), m.start)) \
                or (text.startswith(",", m.end) and after.match(text, m.end))
            if not tie:
                continue
            pre, noun = tie.group("pre", "noun")
            role = f"{pre} {noun}" if pre and f"{pre} {noun}" in phrases else noun
            if role not in nouns and role not in phrases:
                continue
            full = people.full_key(m.text) if people.shared else None
            key = full[1] if full else _surname(m.text, people)
            if key and (len(m.text.split()) > 1 or _is_person(people, key)):
                ties.setdefault(role, Counter())[key] += 1
    roles = {}
    for role, keys in ties.items():
        ranked = sorted(keys, key=lambda k: (-keys[k], k))
        top = ranked[0]
        same = all(k[0] == top[0] and fuzz.ratio(k, top) >= 80 for k in ranked[1:])
        roles[role] = top if same else AMBIGUOUS
    return roles


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
        groups = by_surname.setdefault(people.surname_key(surname), [])
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
def _body_words() -> frozenset[str]:
    """The capitalized words that make a name a body's or a place's, as written (names.yaml
    ``body_openers``, ``not_person_words``): "New York", "La Provincia di Cremona", "Bank of England"."""
    data = data_file("names.yaml")
    return frozenset(str(w) for w in (*data.get("body_openers", ()), *data.get("not_person_words", ())))


@lru_cache(maxsize=1)
def _after_a_surname() -> frozenset[str]:
    """Capitalized words, in lower case, that may follow a person's surname without
    making it another person's given name: days and months ("met Putin Tuesday"), name
    suffixes, headline words ("Putin Says"), bodies ("Obama Administration")."""
    v = vocabulary()
    data = data_file("names.yaml")
    words = (*v.not_names, *v.months, *v.weekdays, *data.get("never_inside", ()), *data.get("not_person_words", ()),
             *data.get("event_heads", ()))
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
    return not in_headline(text, text.rfind("\n", 0, starts[i]) + 1)


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
def _not_given() -> frozenset[str]:
    """Words before a surname, in lower case, that are no given name: titles, honorifics and a
    nation's adjective ("President Putin", "Mrs May", "Ethiopian Alemu")."""
    v = vocabulary()
    return (frozenset(w for t in v.titles for w in t.split()) | frozenset(h.lower().rstrip(".") for h in v.honorifics)
            | frozenset(d.lower() for d in demonyms()))


def _surname(name: str, people: People) -> str:
    """The key of a name's surname, its last word (``People.surname_key``)."""
    return people.surname_key(_last_word(name))


@lru_cache(maxsize=4096)
def _last_word(name: str) -> str:
    """A name's last word without a possessive ("Vladimir Putin's" -> "Putin"). Names recur
    across a corpus, so this is cached (``named`` asks for each name of a stretch)."""
    return _POSSESSIVE_S.sub("", name.split()[-1])


_POSSESSIVE_S = pattern_cache.compile(r"(?:'s|’s)$")


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """A name's folded words, a camel-case name's two ("BlackMantis" as "Black Mantis"); names
    recur across a corpus, so folding is cached."""
    return tuple(name_key(camel_parts(text)).split())


def _is_person(people: People, surname: str) -> bool:
    return surname in people.surnames or surname in people.named


def _name(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    words = _name_words(mention.text)
    return (words[-1],) if words else ()


def _given(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    words = _name_words(mention.text)
    return (words[0],) if len(words) > 1 else ()
