"""Who a value is of or who says it: a quotation's speaker and a figure's estimator
(``speaker``), the participants of a meeting, the person whose age it is, the subject
whose number it is, and the population a count counts."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie, trie_alternation
from factcheck.extract.counts import found_noun_roles, part_words
from factcheck.extract.names import demonyms
from factcheck.models import Mention
from factcheck.scan import KeyedPattern, first_words
from factcheck.scope.nations import nation_of_one, nationality
from factcheck.scope.people import (_POSSESSIVE_S, AMBIGUOUS, _after_a_surname, _bare_surname, _is_person, _not_given,
                                    _role_words, _surname, _titled_surname)
from factcheck.scope.places import _named_as_place
from factcheck.scope.spans import _clause_of, _keyed_matches, _previous_start, _within, word_index
from factcheck.text import in_quotes as _in_quotes
from factcheck.text import paragraph_starts
from factcheck.vocab import FoldedKeys, data_file, fold, longest_first, singular, vocabulary

if TYPE_CHECKING:  # for annotations only: article.py imports this module
    from factcheck.scope.article import ArticleScope


@lru_cache(maxsize=1)
def _speech_verbs() -> KeyedPattern | None:
    """Verbs that attribute a quotation: the names' ``speech_verbs`` ("Kremenyuk said")
    and ``attribution_verbs`` (data/names.yaml)."""
    data = data_file("names.yaml")
    verbs = [" ".join(str(v).split()) for v in (*data.get("speech_verbs", ()), *data.get("attribution_verbs", ()))]
    if not verbs:
        return None
    return KeyedPattern(pattern_cache.compile(trie_alternation(set(verbs)), re.IGNORECASE), first_words(verbs))


_ASIDE = pattern_cache.compile(rf",\s+{trie(data_words('names.yaml', 'aside_relatives'))}\b[^,;]*,")  # names.yaml aside_relatives
# an appositive that describes the name before it ("Civic Union, Labour's most likely partner,
# won 12 seats"): its own names own nothing after it. Short, and opened by a determiner or a name's
# possessive, so "In Lisbon, the Socialists won 12 seats" opens no aside
_APPOSITIVE = pattern_cache.compile(r"(?<=[A-Za-z]),\s+(?:the|a|an|its|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,")


@lru_cache(maxsize=1)
def _described_aside() -> re.Pattern:
    """An aside a past participle or an opener of names.yaml ``aside_openers`` opens after a name, describing
    it ("Venancio, born in Setubal in 2005, scored"; "Ferreira, signed from Benfica last summer, has scored";
    "Kane, on loan at Bologna, scored"): its own names own nothing after it."""
    openers = trie_alternation(data_words("names.yaml", "aside_openers"))
    return pattern_cache.compile(rf"(?<=[^\W\d_]),\s+(?:[a-z]+ed|{openers})\b[^,;]*,")  # "Mbappé, signed ..."


# a total of two or more told as one name's: "Together with Civic Union's 12 seats, Labour
# would have 50 seats" (the phrase closed by its comma before the value)
_NAME_END = pattern_cache.compile(r"[A-Z][\w'’-]*\Z")
_JOINED_BEFORE = KeyedPattern(pattern_cache.compile(rf"\b{trie(data_words('names.yaml', 'joined_with'))}\b[^,;]*,", re.IGNORECASE),
                              first_words(data_words("names.yaml", "joined_with")))


_PROPER = pattern_cache.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’-]*))*")


# a name joined to others by "and", "or", "along with", "together with", "as well as"
_JOINER_WORDS = trie(data_words("names.yaml", "name_joiners"))
_COORDINATED_AFTER = pattern_cache.compile(rf"(?:\s+party)?\s*(?:,\s*|\s+){_JOINER_WORDS}\s+(?:the\s+)?\Z", re.IGNORECASE)
_COORDINATED_BEFORE = pattern_cache.compile(rf"(?:\s+party)?\s+{_JOINER_WORDS}\s+(?:a|an|the|its|other|several|some|many|[a-z]+\s+other)\b",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _whole_before() -> re.Pattern:
    """"of the", "of its" right before a number: the whole a part is counted from; after a
    part's number, "of" alone too ("won 37 of 101 seats"; not "a total of 129 seats")."""
    dets = trie_alternation(vocabulary().count_guards.get("whole_determiners", ()))
    return pattern_cache.compile(rf"(?:(?<!\w)of\s+{dets}|(?<![\w.,])\d[\d,]*\s+of)\s+$", re.IGNORECASE)


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
    """names.yaml ``subject_aliases`` and ``stock_indexes``: a body's names, as one pattern, and each name's key."""
    data = data_file("names.yaml")
    bodies = {**(data.get("subject_aliases") or {}), **(data.get("stock_indexes") or {})}
    # FoldedKeys: a match may hold "İ", "ı" or "ſ" ("the Dow Jones İndustrial Average")
    keys = FoldedKeys({" ".join(str(n).split()).casefold(): str(key) for key, names in bodies.items() for n in names})
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
        asides += [m.span() for pattern in (_APPOSITIVE, _described_aside())
                   for m in pattern.finditer(text, comma, mention.start)
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
        if words and _POSSESSIVE_S.sub("", words[-1]).lower() in _vote_objects():
            names, best_end = [], None  # "The National Minimum Wage (Amendment) Bill was passed": the bill's name
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
    """The capitalized words that name no subject: not names, sentence openers, a nation's
    adjective ("the Irish folk singer whose songs sold 40 million records" is nobody's number), and a
    word of a relative day opening a sentence ("Last night's vote was 86 to 52": calendar.yaml
    ``relative_shift``, ``relative_days``)."""
    v = vocabulary()
    relative = {w.capitalize() for w in (*v.relative_shift, *v.relative_days) if " " not in w}
    return frozenset(v.not_names | v.sentence_openers | demonyms() | relative)


@lru_cache(maxsize=1)
def _vote_objects() -> frozenset[str]:
    """nouns.yaml ``vote_objects``: what a vote is taken on, no one who voted."""
    return frozenset(data_words("nouns.yaml", "vote_objects"))


@lru_cache(maxsize=1)
def _population_groups() -> tuple[dict[str, str], frozenset[str]]:
    """(each noun of a group that names one population however a source calls it, to its
    group's key: data/nouns.yaml ``population_groups``; the roles a toll leaves out unless it
    says it counts them: ``toll_excluded_roles``)."""
    data = data_file("nouns.yaml")
    groups = {str(w).lower(): str(k) for k, ws in (data.get("population_groups") or {}).items() for w in ws}
    return groups, frozenset(str(r) for r in data.get("toll_excluded_roles") or ())


# after a count's noun, more nouns joined to it: "29 civilians and soldiers", "miners, engineers
# and guards" (a number after "and" opens a count of its own: "12 soldiers and 3 civilians")
_JOINED_NOUNS = pattern_cache.compile(r"(?:,[ \t]+[a-z][\w-]*)*,?[ \t]+(?:and|or|&)[ \t]+(?:other[ \t]+)?[a-z][\w-]*")
_NOUN_WORDS = pattern_cache.compile(r"[a-z][\w-]*")
_JOINERS = frozenset({"and", "or", "other"})


@lru_cache(maxsize=1)
def _part_after() -> re.Pattern:
    """A part told right after a whole, a word after it at most (data/nouns.yaml ``part_markers``,
    a determiner of ``whole_determiners``): "25 dead, including four attackers", "left 30 people
    dead, among them the four gunmen"; group 1 is the part's noun."""
    markers, dets = part_words()
    return pattern_cache.compile(rf"(?:[ \t]+[a-z]+)?,?[ \t]+{markers}[ \t]+(?:{dets}[ \t]+)?(?:[\w-]+[ \t]+)?([a-z][\w-]*)")


def _joined_population(text: str, end: int, person_nouns: frozenset[str]) -> bool:
    """Whether other people's nouns are joined to the count's noun ending at ``end``: "at least
    29 civilians and soldiers died" counts both, the whole, no narrower population."""
    m = _JOINED_NOUNS.match(text, end)
    return m is not None and all(w in person_nouns for w in _NOUN_WORDS.findall(m.group()) if w not in _JOINERS)


_OF_AFTER = pattern_cache.compile(r"[ \t]+of[ \t]")


def _population(mention: Mention, text: str | None = None) -> tuple[str, ...]:
    """Who a count counts when narrower than people: children, soldiers; a noun
    with a role of its own counts as that role ("seven crew members" is crew). A noun of
    a group that names one population however a source calls it counts as the group
    ("Four miners", "four workers": workers); nouns joined by "and" are the whole ("29
    civilians and soldiers"). With the article's ``text``, a whole told with a part whose
    role a toll leaves out ("25 dead, including four attackers") counts them too."""
    if mention.kind != "count":
        return ()
    v = vocabulary()
    words = mention.text.lower().split()
    two = " ".join(words[-2:])
    if two in v.noun_roles:
        found = v.noun_roles[two]
    else:
        last = words[-1]
        generic = v.generic_people
        if found_noun_roles().get(last, "") == getattr(mention.value, "role", None):
            found = ""  # "found 69 survivors": the rescued, whom "pulled 96 people alive" counts too
        elif last in v.noun_roles and last not in generic:
            found = v.noun_roles[last]
        else:
            found = last if last in v.person_nouns and last not in generic else ""
    # "three Colombians", "six Spanish nationals", "two Dutch citizens": people a nationality names, and no
    # narrower noun ("three Israeli soldiers" are soldiers), are that nationality's, however a source calls them;
    # so are those on board of one nation ("Hundreds of British passengers"), a part of all on board
    if (nation := nationality(words)) is not None and (not found or found in v.person_nouns and nationality([found]) is not None
                                                       or found in v.count_guards.get("on_board", ())):
        found = nation
    if text is None:
        return (found,) if found else ()
    if found and words[-1] in v.count_guards.get("member_nouns", ()) and _OF_AFTER.match(text, mention.end):
        found = ""  # "four members of a touring group": the group's people, whoever they are
    groups, excluded = _population_groups()
    if found and _joined_population(text, mention.end, v.person_nouns):
        return ()
    if not found:
        part = _part_after().match(text, mention.end)
        if part is not None and v.noun_roles.get(part.group(1)) in excluded:
            return ("with " + v.noun_roles[part.group(1)],)
        return ()
    return (groups.get(found, found),)


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
                                *names.get("event_heads", ()),
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


_SENTENCE_END = pattern_cache.compile(r"[.!?][\"”’')]*\s*\Z")


def _pronoun_antecedent(scope: ArticleScope, mention: Mention, sentence, hits, find=None) -> str | None:
    """Who "she" or "he" is when no person is named before it in its sentence (``hits``: the
    sentence's people): the first person of the sentence before named outside a phrase, the
    subject a reader carries over ("Chancellor Anna Berger arrived on May 20. The following
    day she will meet Novak"; "Talks with President Ivo Novak were tense, Chancellor Anna
    Berger said. She met ..." is Berger), else its first person; people as ``find`` finds
    them (``ArticleScope.persons``, titled, unless given). Not a headline's (it ends in no
    period), nor across a sentence that names no one."""
    k = mention.sentence_index
    if not k:
        return None
    # a pronoun before the sentence's first person, if any: looked up among its words
    starts = scope._words.starts
    stretch = scope._words.words[bisect_left(starts, sentence[0]):bisect_left(starts, hits[0][0] if hits else sentence[1])]
    if "she" not in stretch and "he" not in stretch:
        return None
    find = find or scope.persons
    before = scope.article.sentences[k - 1]
    found = find(before.start, before.end)
    if found:
        # "Twelve of her novels were adapted ... by Manoel de Oliveira's assistant. ... she was
        # elected": a sentence before that speaks of the pronoun's person before naming anyone
        # ("her", "his") names others; whom the pronoun means is not told there
        ahead = scope._words.words[bisect_left(starts, before.start):bisect_left(starts, found[0][0])]
        if ("she" in stretch and ("she" in ahead or "her" in ahead)) or ("he" in stretch and ("he" in ahead or "his" in ahead)):
            return None
    return _carried_over(scope, k, find, outside_phrases=True)


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
        carried = _carried_over(scope, mention.sentence_index, _age_subjects(scope))
        if carried is not None:
            return (carried,) if carried != AMBIGUOUS else ()
    kin = _kin_person(scope, mention, max(sentence[0], mention.start - _KIN_REACH))
    if kin is not None:
        return kin
    titled = _titled_roles(scope) if mention.kind == "age" else {}
    if mention.kind == "age" and (role := _age_role(text, mention, sentence[0], titled)) is not None:
        # "The train's engineer, 47, was injured", "The driver, a 47-year-old man from Madrid,",
        # "the 47-year-old driver": the age of the one in that role, whom the article may name
        # elsewhere ("engineer William Rockefeller"), never the last name before it
        noun, at = role
        if noun.lower() in titled:
            return (titled[noun.lower()],)  # "The 54-year-old minister" after "Finance Minister Siobhan Keane"
        # or, unnamed here, the one person another article names in it ("The captain, Agus Santoso,")
        return (_named_in_role(scope, noun, at) or scope._people.role_key(noun.lower()) or f"the {noun.lower()}",)
    if (mention.kind == "age" and mention.sentence_index and text.endswith(", ", max(0, mention.start - 2), mention.start)
            and (opens := _AGE_OPENS.match(text, sentence[0], mention.start)) is not None
            and (noun := _NOUN_SET_OFF.fullmatch(text, opens.end(), mention.start)) is not None
            and noun.group("noun").lower() not in _person_heads()):
        # "Ronaldo signed on Monday. The Portuguese winger, 22 years old, scored twice": an age set off
        # after the sentence's opening noun, no role of its own, stands for the subject carried over,
        # as "The 22-year-old" does
        carried = _carried_over(scope, mention.sentence_index, _age_subjects(scope))
        if carried is not None:
            return (carried,) if carried != AMBIGUOUS else ()
    named = scope.named(*sentence)
    near = sorted(_within(named, scope, (mention.start, mention.end), 6, sentence))
    # "he" or "she" as the subject of an age's own clause ("when he was 28"): whom it stands for, not
    # the name nearest the age before it ("Anna Berger met Tomas Rudd when she was 28")
    pronoun = _pronoun_subject(scope, mention, sentence) if mention.kind == "age" else None
    if near and not (pronoun is not None and near[0][1][0] < pronoun):
        if near[0][1][0] >= mention.end and _PUNCT.search(text, mention.end, near[0][1][0]):
            # "Kiprono won in 2:03:41, breaking away from Kipsang", "... in 2:03:41, and Alemu won the
            # women's race": a name past a comma after the value is the next clause's or a phrase's,
            # and the name before the value in its own clause, its subject, is whose it is
            subject = _name_before(scope, mention, sentence, named)
            if subject is not None:
                return (subject,) if subject != AMBIGUOUS else ()
        return (near[0][1][1],) if near[0][1][1] != AMBIGUOUS else ()
    if not named or named[0][0] >= mention.end:
        # "Krantz was arrested in April. He was sentenced to eight years.": "he" or "she" in a
        # sentence naming no one before the value speaks of the person the sentence before
        # names first, as a reader carries the subject over
        carried = _pronoun_antecedent(scope, mention, sentence, named, scope.named)
        if carried is not None and carried != AMBIGUOUS:
            return (carried,)
    elif pronoun is not None and (person := _pronoun_person(scope, named, pronoun)) is not None:
        # "Schiele made the work when he was 28", "..., where he painted the town at the age of 28": "he"
        # or "she" as the subject of the age's own clause stands for the person named before it
        return (person,)
    return ()


_PRONOUN_REACH = 5  # words from a pronoun to the age it is the subject of ("he painted the town at the age of 28")


@lru_cache(maxsize=1)
def _person_pronouns() -> tuple[frozenset[str], frozenset[str]]:
    """The pronouns (names.yaml ``person_pronouns``) and the words before one that make the age one still
    ahead (ages.yaml ``birthday.ahead``, as "before her 100th birthday": "before he turns 60", "until she
    is 18")."""
    ahead = data_file("ages.yaml").get("birthday", {}).get("ahead", ())
    return frozenset(data_words("names.yaml", "person_pronouns")), frozenset(str(w).lower() for w in ahead)


def _pronoun_subject(scope: ArticleScope, mention: Mention, sentence) -> int | None:
    """Where "he" or "she" (names.yaml ``person_pronouns``) stands as the subject of an age's own
    clause: a few words before it in its sentence, with no punctuation between ("when he was 28",
    "he painted it at the age of 28"; not "he died four years later, aged 28", set off by commas, nor an
    age still ahead, "before he turns 60")."""
    starts, folded = scope._words.starts, scope._words.words
    k = bisect_left(starts, mention.start)
    pronouns, ahead = _person_pronouns()
    first = bisect_left(starts, sentence[0])
    for j in range(k - 1, max(first, k - _PRONOUN_REACH) - 1, -1):
        if folded[j] in pronouns:
            if _PUNCT.search(scope.article.text, starts[j], mention.start) or j > first and folded[j - 1] in ahead:
                return None
            return starts[j]
    return None


@lru_cache(maxsize=1)
def _other_people() -> frozenset[str]:
    """The nouns of a person or a relative (``_person_heads``, ``_kin``) a pronoun may stand for instead
    of a name before them."""
    return _person_heads() | _kin()[0]


def _pronoun_person(scope: ArticleScope, named, pronoun: int) -> str | None:
    """The person the pronoun at offset ``pronoun`` stands for: the one person its sentence ``named`` before it,
    with no person's or relative's noun between ("Schiele made the work when he was 28"). None when it
    may stand for another: a second person named ("Anna Berger met Tomas Rudd when she was 28"), a
    noun ("Anna Berger said her son was killed when he was 28", "told the soldier she met when she was 28")."""
    starts = scope._words.starts
    before = [h for h in named if h[0] < pronoun]
    if not before or before[-1][1] == AMBIGUOUS or any(key != before[-1][1] for _, key in before):
        return None
    if not _other_people().isdisjoint(scope._words.words[bisect_left(starts, before[-1][0]) + 1:bisect_left(starts, pronoun)]):
        return None
    return before[-1][1]


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


@lru_cache(maxsize=1)
def _role_apposed() -> re.Pattern:
    """A role set off before an age, after a definite determiner or an owner and a modifier at most
    ("a driver, 52," is one of many): "The train's engineer, ", "the security guard, just ", "The
    chief executive, " (a role of two words read whole, ``_role_phrases``)."""
    return pattern_cache.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Za-z]+['’]s)\s+"
                                 rf"(?:(?P<phrase>{_role_phrases()})|(?:[a-z]{{3,}}\s+)?(?P<noun>[a-z]{{3,}})),\s+(?:[a-z]+\s+)?$")


@lru_cache(maxsize=1)
def _role_phrases() -> str:
    """The roles of more than one word, as an alternation: the titles' ("chief executive", "prime minister",
    "head coach", "secretary-general", titles.yaml) and nouns.yaml ``apposed``'s ("security guard"). Each
    names one role whole: "the 63-year-old chief executive" is no chief."""
    phrases = {" ".join(str(t).lower().split()) for t in (*vocabulary().titles, *vocabulary().count_guards.get("apposed", ()))}
    return trie_alternation(p for p in phrases if " " in p or "-" in p)
# what stands between a role noun and the name it gives: "engineer William", "the driver, Marek", "named
# the driver as Marek"
_ROLE_THEN_NAME = pattern_cache.compile(r"(?:,\s+|\s+(?:as\s+|was\s+|is\s+)?)(?=[A-Z])")
# what stands between a name and the role noun after it: "John Smith, a passenger", "Rockefeller, the engineer"
_NAME_THEN_ROLE = pattern_cache.compile(r"[\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?:the|a|an)\s+(?:[a-z]{3,}\s+)?$")


# "a 47-year-old man", "a 51-year-old": an age in words after the indefinite article that opens an
# appositive ("The driver, a 47-year-old man from Madrid, ...")
_AN_AGE = pattern_cache.compile(r", (?:a|an) \Z")
# the role noun right after an age before a noun ("the 47-year-old driver", "the 51-year-old train
# driver"), not one of something ("the 47-year-old driver of the second car") nor one a name follows
# ("the 45-year-old mayor, John Smith,")
@lru_cache(maxsize=1)
def _age_then_role() -> re.Pattern:
    return pattern_cache.compile(rf"[ \t]+(?:(?P<phrase>{_role_phrases()})|(?P<noun>[a-z]{{3,}}))(?![\w'’-])")


_NO_ROLE_AFTER = pattern_cache.compile(r",?[ \t]+(?:of\b|[A-Z])")
# "the" before an age, or a thing's owner after "the" ("the ferry's 54-year-old captain"), or "its",
# "their"; and not set off after a name ("Smith, the 45-year-old mayor,": Smith's)
_THE_BEFORE_AGE = pattern_cache.compile(r"(?<![\w'’-])(?:[Tt]he(?:[ \t]+[a-z]+['’]s)?|[Ii]ts|[Tt]heir)[ \t]+\Z")
_NAME_SET_OFF = pattern_cache.compile(r"(?<![\w'’-])[A-Z][\w.'’-]*(?:[ \t]+\([^()]{1,20}\))?,[ \t]+\Z")


def _age_role(text: str, mention: Mention, lo: int, titled=frozenset()) -> tuple[str, int] | None:
    """The role noun (``_role_nouns``, or a title of one word in ``titled``) and where it stands, when an
    age is that role's: set off after it by a comma ("The train's engineer, 47,", "the driver, aged 51,",
    "The driver, a 51-year-old employee"), after a definite determiner or an owner ("a driver, 52," is
    one of many); or the noun of a definite age before it ("the 47-year-old driver"). None otherwise:
    "a 47-year-old man and a 51-year-old woman" name no role."""
    start = mention.start
    if text.endswith(", ", max(0, start - 2), start) or _AN_AGE.search(text, max(0, start - 5), start):
        m = _role_apposed().search(text, max(lo, start - 60), start)
        if m is not None and m.group("phrase"):
            return " ".join(m.group("phrase").split()), m.start("phrase")
        if m is not None and (m.group("noun").lower() in _role_nouns() or m.group("noun").lower() in titled):
            return m.group("noun"), m.start("noun")
        return None
    if (the := _THE_BEFORE_AGE.search(text, max(lo, start - 30), start)) and not _NAME_SET_OFF.search(
            text, max(lo, the.start() - 40), the.start()):
        # the noun right after the age, or after one modifier ("the 51-year-old train driver"); a role
        # of two words whole ("the 63-year-old chief executive")
        at = mention.end
        for _ in range(2):
            m = _age_then_role().match(text, at)
            if m is None or _NO_ROLE_AFTER.match(text, m.end()):
                break  # "the 47-year-old driver of the second car", "the 45-year-old mayor, John Smith,"
            if m.group("phrase"):
                return " ".join(m.group("phrase").split()), m.start("phrase")
            if m.group("noun") in _role_nouns() or m.group("noun") in titled:
                return m.group("noun"), m.start("noun")
            at = m.end()
    return None


def _name_before(scope: ArticleScope, mention: Mention, sentence, named) -> str | None:
    """The key of the last name before the value in its clause (``named``: the sentence's),
    or None when no name stands there."""
    lo = _clause_of(scope, mention, sentence)[0]
    before = [key for at, key in named if lo <= at < mention.start]
    return before[-1] if before else None


def _titled_roles(scope: ArticleScope) -> dict[str, str]:
    """Each title of one word that is no role noun of ``_role_nouns`` ("minister", "president"), to the
    one person the corpus titles with a title ending in it ("Finance Minister Siobhan Keane", "Minister
    Keane"): "The 54-year-old minister" is hers. A title two people hold ("Foreign Minister Simon
    Coveney" too) is no one's. Read once for each corpus: it asks the corpus's people only."""
    reads = scope._people.reads
    found = reads.get("titled roles")
    if found is None:
        held: dict[str, set[str]] = {}
        for title, keys in scope._people.titles.items():
            held.setdefault(title.split()[-1], set()).update(keys)
        nouns = _role_nouns()
        found = reads["titled roles"] = {noun: next(iter(keys)) for noun, keys in held.items()
                                         if len(keys) == 1 and noun not in nouns and noun.isalpha()
                                         and AMBIGUOUS not in keys}
    return found


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


def _age_subjects(scope: ArticleScope):
    """``scope.named``, less the names that are no person an age opening the next sentence may stand
    for: a name before a role noun and another name ("Barcelona signed Portugal winger Tiago Venancio",
    where "Portugal" describes him) and a name the article puts after "in" or "from" ("joined from
    Portugal's Sporting"), a place's."""
    text = scope.article.text
    roles = _role_words()

    def find(lo: int, hi: int) -> list[tuple[int, str]]:
        out = []
        for at, key in scope.named(lo, hi):
            m = _NAME_ROLE_NAME.match(text, at)
            if (m is not None and m.group(1).lower() in roles) or _named_as_place(text, key):
                continue
            out.append((at, key))
        return out
    return find


# a name, then a lower-case word and a capital: "Portugal winger Tiago" (the word is checked to be a role's)
_NAME_ROLE_NAME = pattern_cache.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+([a-z]+)[ \t]+[A-Z]")

# what may stand between a sentence's start and an age that stands for a person: "The ", "But the "
_AGE_OPENS = pattern_cache.compile(r"[\s\"“]*(?:(?:But|And|Now|Today|Yet)\s+)?[Tt]he\s+")
# after those, a noun (and up to two modifiers) set off by a comma before an age: "Portuguese winger, "
# (not a person's noun: "The man, 47, was arrested" may be someone new)
_NOUN_SET_OFF = pattern_cache.compile(r"(?:[A-Za-z-]+[ \t]+){0,2}(?P<noun>[a-z][a-z-]+),[ \t]+")


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    """A person's nouns, singular and plural (nouns.yaml ``person``)."""
    return frozenset({singular(w) for w in vocabulary().person_nouns} | vocabulary().person_nouns)


def _subject_of(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    return _subject(scope, mention, _clause_of(scope, mention, sentence), sentence[0])


_PUNCT = pattern_cache.compile(r"[,;:()\"“”«»—–]")


@lru_cache(maxsize=1)
def _estimate_sources() -> tuple[KeyedPattern, dict[str, str]]:
    """The estimators of data/nouns.yaml ``estimate_sources`` beside an estimate verb
    ("police said", "organisers put", "the unions' count", "by the police count", "by police
    estimates") or after "according to", and each one's side. A bare "by" names who organised
    or called a march ("the march organised by the unions"), no estimator."""
    data = data_file("nouns.yaml")
    side = FoldedKeys({" ".join(w.lower().split()): k for k, ws in data.get("estimate_sources", {}).items() for w in ws})
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
    "according to Zakharova"), right beside it (``_verb_speaker``), or the subject of the clause
    that a participle of speech closes right before it ("Grace Wanjiku read a tribute, saying:
    ...", ``_clause_subject``). A quotation attributed to no
    named person (", she wrote", "a spokesman said") has no speaker, so it joins the one
    speaker others name (loose). Who gives a figure is the side that estimates it
    (``_estimate_source``)."""
    if mention.kind != "quote":
        return _estimate_source(scope, mention, sentence)
    text = scope.article.text
    if (closing := _participle_before().search(text, max(sentence[0], mention.start - 24), mention.start)) is not None \
            and (found := _clause_subject(scope, (sentence[0], closing.start()))) is not None:
        return found
    hits = scope.speech_hits
    if not hits:
        return ()
    if mention.end > sentence[1]:
        # a quotation of two sentences or more ('"Conditions were not extreme. Nobody could have
        # predicted it," said Lindner'): its verb stands in the sentence where it ends
        sentence = (sentence[0], _sentence_end(scope, mention.end - 1))
    lo = bisect_left(hits, (_previous_start(scope, mention),))
    hi = bisect_left(hits, (sentence[1],))
    starts = scope.word_starts
    q0, q1 = word_index(scope, mention.start), word_index(scope, mention.end - 1)
    verbs = []
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
        if isinstance(found, _Pronoun):
            # "he said", "said she": the person the sentences before name, when one only may be meant
            if _nested(text, ve, mention.end):
                return ()  # a "he said" inside another quotation tells of whom that speaker names
            key = _pronoun_speaker(scope, found)
            return (key,) if key else ()
        if found is not None:
            return found
    return ()


@lru_cache(maxsize=1)
def _participle_before() -> re.Pattern:
    """A participle of speech (names.yaml ``speech_participles``) closing the clause right before
    a quotation: "Grace Wanjiku read a tribute, saying: \"...\"" (the quotation's mark perhaps
    outside the mention)."""
    return pattern_cache.compile(
        rf",[ \t]+(?i:{trie_alternation(data_words('names.yaml', 'speech_participles'))})[ \t]*:?[ \t]*[\"“]?\Z")


# what may stand between a clause's opening (the sentence's or a comma's) and its subject's name:
# capitalized words alone, a title ("At the burial, Deputy President Grace Wanjiku read ...")
_SUBJECT_OPENS = pattern_cache.compile(r"(?:\A|,)[ \t\"“]*(?:[A-Z][\w.'’-]*[ \t]+)*\Z")


def _clause_subject(scope: ArticleScope, stretch: tuple[int, int]) -> tuple[str, ...] | None:
    """The speaker of a quotation after "..., saying:": the person who opens the clause before the
    participle, its subject ("Deputy President Grace Wanjiku read a tribute from the government,
    saying:"; "In Nairobi, Otieno praised him, saying:"), not one named later in it ("Police
    questioned Grace Wanjiku, saying:"); None when no person's name opens it (a pronoun, a body),
    and the verbs beside the quotation say who speaks."""
    text = scope.article.text
    for at, key in _speakers(scope, stretch):
        if key and _SUBJECT_OPENS.search(text[stretch[0]:at]) is not None:
            return (key,)
    return None


def _sentence_end(scope: ArticleScope, at: int) -> int:
    """The end of the sentence that holds the offset ``at``."""
    sentences = scope.article.sentences
    k = bisect_right(sentences, at, key=lambda x: x.start) - 1
    return sentences[max(k, 0)].end


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
# (a title may open with "the": "The Archbishop of Canterbury, the Most Rev Daniel Hartley, told")
_APPOSITION_OPENS = pattern_cache.compile(r",[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+)*\Z")
# A name whose possessive follows ("Putin's spokesman said"), or for whom someone speaks ("a
# spokeswoman for Foreign Minister Sergei Lavrov said"), owns the speaker's role: it is no speaker
_OWNER_AFTER = pattern_cache.compile(r"[\w-]+(?:['’]s|(?<=s)['’])(?![\w'’])")
_THE_BEFORE = pattern_cache.compile(r"(?<![\w'’-])[Tt]he[ \t]+\Z")
_OWNER_BEFORE = pattern_cache.compile(
    r"(?<![\w'’-])[a-z]++[ \t]+(?:for|to|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+)*\Z")


# after a role, its "of" and what that heads up to the comma that sets a name off ("the head of the canal
# authority, Osama Rabie", "the Dean of Westminster, David Hoyle"), or that comma alone ("the negotiator, Andreas")
_ROLE_OF = r"(?:[ \t]+of[ \t]+[^,;:()\"“”\n]{1,50}?,|,)?"


@lru_cache(maxsize=1)
def _stand_ins() -> tuple[KeyedPattern, re.Pattern, re.Pattern, frozenset[str]]:
    """A word that stands for a speaker without naming one (names.yaml ``speaker_stand_ins``, the
    words of a person's role, ``_role_words``, the people nouns) as the subject of a verb: before it, with at
    most one word in lower case between ("he also said", "the minister later told"); or after it,
    in an inversion, with at most two ("said a government spokesman"). Such a word with a name
    after it titles the name ("said county fire official Ben Adler", "said the firm's chief
    executive, Anne Marsh", "said Belisa Therapeutics chief executive Anne Marsh"), also past the
    role's "of" and what it heads when a comma sets the name off ("said the Dean of Westminster, David
    Hoyle", "said the head of the canal authority, Osama Rabie"): up to where the name starts, across
    no other preposition ("said the lawyer for victim Ben Adler" is the lawyer; "a spokesman for the
    operator, Evermore Line" speaks for Evermore Line). Also the verbs whose object is a listener
    (``addressee_verbs``)."""
    words = {*data_words("names.yaml", "speaker_stand_ins"), *_role_words(), *vocabulary().person_nouns}
    alternation = trie_alternation(words)
    before = KeyedPattern(pattern_cache.compile(rf"(?<![\w'’-])(?i:{alternation})(?:[ \t]+[a-z]+)?[ \t]+\Z"),
                          first_words(words))
    after = pattern_cache.compile(rf"[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?i:{alternation})(?![\w'’-])")
    prepositions = trie_alternation(data_words("names.yaml", "phrase_openers"))
    titled = pattern_cache.compile(rf"[ \t]+(?:[A-Z][\w.'’&-]*[ \t]+)*(?:(?!(?:{prepositions})[ \t])[a-z][\w'’-]*[ \t]+){{0,3}}"
                                   rf"(?i:{alternation}){_ROLE_OF}[ \t]+"
                                   rf"(?:[A-Z][\w.'’-]*[ \t]+)*")
    return before, after, titled, frozenset(data_words("names.yaml", "addressee_verbs"))


def _verb_speaker(scope: ArticleScope, stretch: tuple[int, int], vs: int, ve: int) -> tuple[str, ...] | _Pronoun | None:
    """The speaker of the attributing verb at ``vs``..``ve``: the person right before it (no
    punctuation between), else one right after it in an inversion ("..., said Novak"; not
    after a verb whose object is a listener, "told Lavrov"); () when a word that stands for
    a speaker is its subject ("Putin's spokesman said"), or the ``_Pronoun`` when "he" or "she"
    is ("he told Lavrov", "said she"); None when the verb has neither, and a verb further off
    may name the speaker."""
    text = scope.article.text
    # a title alone after "the" stands for the one person it titled ("the governor said"); after an
    # owner ("his foreign minister", "Putin's spokesman") it is someone's, a stand-in; and as anyone's
    # owner ("an aide to the governor", "the governor's spokesman") it is not the one who speaks
    alone = scope.title_after_the_starts
    near = sorted(_within(_speakers(scope, stretch), scope, (vs, ve), SPEAKER_APPOSED_WORDS, stretch))
    before, after, titled, addressee = _stand_ins()
    stand_in = next(_keyed_matches(scope, before, max(stretch[0], vs - 60), vs), None)
    for d, (at, key) in near:
        if at < vs and (d <= SPEAKER_WORDS and not _PUNCT.search(text, at, vs)
                        or _apposed_subject(text, stretch[0], at, vs)):
            if (at in scope.title_alone_starts and at not in alone
                    or _OWNER_AFTER.match(text, at) or _OWNER_BEFORE.search(text, max(stretch[0], at - 80), at)
                    or stand_in is not None and at not in alone and stand_in.start() >= _NAME_RUN.match(text, at).end()):
                # an owned title, or whose the speaker's role is, or a pronoun after the name
                # ("Pellow as she announced"): the subject stands in
                break
            # a name, or a title that titled one person only ("Governor Dauda Lawal ... the governor
            # said"): that person
            return (key,) if key else ()
    if stand_in is not None:
        word = stand_in.group().split(None, 1)[0]
        return _pronoun(word, stand_in.start()) or _the_role(scope, word, stand_in.start()) or ()
    if (one := _THE_ONE_BEFORE.search(text, max(stretch[0], vs - 30), vs)) is not None \
            and (nation := nation_of_one(one.group(1))) is not None:
        return _nation_person(scope, nation, one.start())  # "the Swede said"
    if " ".join(text[vs:ve].lower().split()) in addressee:
        return None
    for d, (at, key) in near:
        if at >= ve and after.match(text, _NAME_RUN.match(text, at).end()):
            continue  # a body or an owner before a role ("said Belisa Therapeutics chief executive Anne Marsh")
        if at >= ve and not key and any(a2 > at and k2 and d2 <= SPEAKER_TITLED_WORDS
                                          and (_CAPITALIZED_RUN.fullmatch(text, ve, a2) or titled.fullmatch(text, ve, a2))
                                          for d2, (a2, k2) in near):
            continue  # a place before a title ("said Tennessee Gov. Rachel Dunmore"): the titled name speaks
        if at >= ve and (d <= SPEAKER_WORDS and not _PUNCT.search(text, ve, at)
                         or d <= SPEAKER_TITLED_WORDS and _CAPITALIZED_RUN.fullmatch(text, ve, at)
                         # a role's words read whole: "said the head of the canal authority, Osama Rabie"
                         or d <= SPEAKER_APPOSED_WORDS and titled.fullmatch(text, ve, at)):
            if at in scope.title_alone_starts and at not in alone \
                    or _OWNER_AFTER.match(text, at) or _OWNER_BEFORE.search(text, ve, at):
                return ()
            return (key,) if key else ()
    if (one := _the_one_after().match(text, ve)) is not None and (nation := nation_of_one(one.group(1))) is not None:
        return _nation_person(scope, nation, ve)  # "said the Swede"
    if (inverted := after.match(text, ve)) is None:
        return None
    word = inverted.group().rsplit(None, 1)[-1]
    return _pronoun(word, inverted.end() - len(word)) or _the_role(scope, word, inverted.end() - len(word)) or ()


def _the_role(scope: ArticleScope, word: str, at: int) -> tuple[str] | None:
    """The speaker a role after "the" stands for ("the negotiator told reporters", "said the
    negotiator"): the one person the article gives that role (``_role_words``) near it
    (``_role_person``); None for any other stand-in ("a spokesman", "the ship's operator"), and for
    the role of whom another speaks ("an aide to the governor said")."""
    role = word.lower()
    if role not in _role_words() or not _THE_BEFORE.search(scope.article.text, max(0, at - 4), at):
        return None
    k = bisect_left(scope.word_starts, at) - 2  # the word before "the"
    if k >= 0 and scope._words.words[k] in _phrase_openers():
        return None
    key = _role_person(scope, role, at)
    return (key,) if key else None


# between a name and a definite role set off after it, a few words that describe the role:
# "Andreas Christodoulou, the Cypriot police negotiator", "Lars Holmqvist, the airline's negotiator"
_NAME_THEN_THE_ROLE = pattern_cache.compile(r"[\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*,[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,3}")
# between a role and the name it gives: "negotiator Andreas", "the negotiator, Andreas", "the head of the
# canal authority, Osama"
_ROLE_GIVES_NAME = pattern_cache.compile(_ROLE_OF + r"[ \t]+(?=[A-Z])")


# "the Swede", "the Italian" as a verb's subject, right before it or after it standing alone (not "the
# Italian driver", "the Italian Grand Prix"): one person of a nation (scope/nations.py ``nation_of_one``)
_THE_ONE_BEFORE = pattern_cache.compile(r"(?<![\w'’-])[Tt]he[ \t]+([A-Z][\w-]*)[ \t]+\Z")


@lru_cache(maxsize=1)
def _the_one_after() -> re.Pattern:
    prepositions = trie_alternation(data_words("names.yaml", "phrase_openers"))
    return pattern_cache.compile(rf"[ \t]+the[ \t]+([A-Z][\w-]*)(?=[ \t]*(?:[,.;:!?)\"”]|\Z)|[ \t]+(?:{prepositions})[ \t])")


# after a nation's adjective, at most two words before the name it describes: "Swedish driver Erik Lindqvist"
_NATION_GIVES_NAME = pattern_cache.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?=[A-Z])")


def _nation_person(scope: ArticleScope, nation: str, at: int) -> tuple[str, ...]:
    """The speaker "the Swede" stands for: the one person the article names with the nation's adjective
    (``nation``, "swedish") before ``at`` ("Swedish driver Erik Lindqvist", "Italian Luca Ferrante"),
    outside quotations; () when it names none so, or two. Looked up at the adjective's places in the
    word index."""
    text = scope.article.text

    def person(r: int) -> str | None:
        if not text[r].isupper():
            return None
        names_at, names = scope._names_in_order
        i = bisect_left(names_at, r)
        if i < len(names) and names_at[i] == r and len(words := names[i].text.split()) > 2:
            # a name the adjective opens, read whole ("Italian Luca Ferrante"): its own, unless a body's
            # word ends it ("the Italian Grand Prix")
            return (AMBIGUOUS if _POSSESSIVE_S.sub("", words[-1]).lower() in _not_name_parts()
                    else _surname(names[i].text, scope._people))
        g = _NATION_GIVES_NAME.match(text, r + len(nation))
        return None if g is None else _name_right_after(scope, g.end())

    key = _one_person(scope, nation, 0, at, person)
    return () if key is None else (key,)


def _role_person(scope: ArticleScope, role: str, at: int) -> str | None:
    """The key of the one person the article gives the role ``role`` before ``at``, in its paragraph or
    the one before (``_paragraphs``): by a title or an apposition before the name ("negotiator Andreas
    Christodoulou", "a specialist negotiator, Andreas Christodoulou,", "the head of the canal authority,
    Osama Rabie"), or after it ("Andreas Christodoulou, the Cypriot police negotiator"), outside
    quotations; None when it gives the role to no one there or to two people. Looked up at the role's
    few places in the word index."""
    text = scope.article.text
    starts = _paragraphs(scope)
    lo = starts[max(bisect_right(starts, at) - 2, 0)]

    def person(r: int) -> str | None:
        if (g := _ROLE_GIVES_NAME.match(text, r + len(role))) is not None \
                and (key := _name_right_after(scope, g.end())) is not None:
            return key
        before = scope.named(max(lo, r - 80), r)
        if before and _NAME_THEN_THE_ROLE.fullmatch(text, before[-1][0], r):
            return _person_key(scope, before[-1])
        return None

    return _one_person(scope, role, lo, at, person)


def _one_person(scope: ArticleScope, word: str, lo: int, at: int, person) -> str | None:
    """The key of the one person ``person`` reads at the places of ``word`` between ``lo`` and ``at``, looked up
    in the word index, outside quotations (``person(r)``: a key, ``AMBIGUOUS``, or None where the place names
    no one); None when the places name no one or two people, or one that is ``AMBIGUOUS``."""
    text = scope.article.text
    starts = _paragraphs(scope)
    found = set()
    for r in scope._words_in(frozenset((word,)), lo, at):
        if not _in_quotes(text, starts[bisect_right(starts, r) - 1], r) and (key := person(r)) is not None:
            found.add(key)
    return found.pop() if len(found) == 1 and AMBIGUOUS not in found else None


def _name_right_after(scope: ArticleScope, at: int) -> str | None:
    """The key (``_person_key``) of a name that starts right at ``at``, or None."""
    after = [h for h in scope.named(at, at + 1) if h[0] == at]
    return _person_key(scope, after[0]) if after else None


def _person_key(scope: ArticleScope, hit: tuple[int, str]) -> str:
    """The key of a name hit as a speaker's (``_speakers``), ``AMBIGUOUS`` when it is a body's or a
    place's ("the ship's operator, Evermore Line")."""
    at, key = hit
    starts, names = scope._names_in_order
    i = bisect_right(starts, at) - 1
    if not key or i >= 0 and at < names[i].end and _unknown_person(scope, at) == AMBIGUOUS:
        return AMBIGUOUS
    return key


def _speakers(scope: ArticleScope, stretch: tuple[int, int]) -> list[tuple[int, str]]:
    """The names in ``stretch`` that may speak, each with its key: the titled, and the people the
    corpus introduces by a role somewhere ("Lena Voss, who leads the union" makes a later "Voss
    said" hers; ``People.introduced``) or the article names again by the surname alone ("Georgi Nikolov
    said ... Nikolov added"; ``_named_alone``), by the full name when two bear the surname. A name that
    keys no one is a subject that names no speaker (key ""): a body's ("New Democracy said",
    "Goldman Sachs said in a note"), a lone capitalized word ("Halden said"), a surname two
    people bear. An untitled full name said once is a person's when no word of it is a body's or
    a place's (``_untitled_person``: '"...," said Amina Yusuf'). Read once for each stretch: a pronoun's
    reader asks for a sentence's speakers, and again for each verb of speech in it."""
    reads = scope.speaker_reads
    found = reads.get(("speakers", stretch))
    if found is None:
        people = scope._people
        found = reads["speakers", stretch] = [
            (at, key if key in people.introduced or key in people.keys() or " " in key
             or key in people.named and (_named_alone(scope, key) or _untitled_person(scope, at, key)) else "")
            for at, key in scope.named(*stretch)]
    return found


# a capitalized word right before a name: its given name ("Georgi Nikolov"), or a body's first word
_AFTER_CAPITAL = pattern_cache.compile(r"[A-Z][\w'’-]*[ \t]+\Z")


def _named_alone(scope: ArticleScope, surname: str) -> bool:
    """Whether the article names ``surname``, an untitled full name's, alone, after no capitalized
    word ("Georgi Nikolov said ... Nikolov added"): news names a person again by the surname, never a
    body by its last word ("Goldman Sachs", "New Democracy"); nor a place ("Real Madrid", "in Madrid").
    A few searches at C speed, for the names beside a quotation's verb only, each read once per
    article (``ArticleScope.named_alone``)."""
    known = scope.named_alone.get(surname)
    if known is None:
        known = scope.named_alone[surname] = _found_alone(scope.article.text, surname)
    return known


def _found_alone(text: str, surname: str) -> bool:
    """``_named_alone`` read from the text."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if ((at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’"))
                and not (end < len(text) and (text[end].isalnum() or text[end] == "-"))
                and not _AFTER_CAPITAL.search(text, max(0, at - 40), at)):
            return not _named_as_place(text, surname)
        at = text.find(surname, end)
    return False


def _apposed_subject(text: str, lo: int, at: int, vs: int) -> bool:
    """Whether the name at ``at`` is the subject of the verb at ``vs`` across the commas of an
    apposition (``_APPOSED_SUBJECT``): its title's before it ("his deputy, Pavel Novotny, told")
    or its own after it ("Pavel Novotny, his deputy, told")."""
    m = _APPOSED_SUBJECT.fullmatch(text, at, vs)
    if m is None:
        return False
    return m.group(0).count(",") == 2 or _APPOSITION_OPENS.search(text, max(lo, at - 60), at) is not None


class _Pronoun(NamedTuple):
    """"he" or "she" as the subject of a quotation's verb ("he said", "said she"): where it stands
    and the word, in lower case."""

    at: int
    word: str


@lru_cache(maxsize=1)
def _sex_cues() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """The pronouns that stand for one named person (names.yaml ``person_pronouns``); the sex each
    pronoun tells (``sex_pronouns``: "she", "his"); and the sex each word before a name or for a person
    tells (``sex_words``: "Mrs", "Queen", "spokeswoman", "woman")."""
    data = data_file("names.yaml")

    def table(key: str) -> dict[str, str]:
        return {str(w).lower(): str(sex) for sex, words in (data.get(key) or {}).items() for w in words}
    return frozenset(data_words("names.yaml", "person_pronouns")), table("sex_pronouns"), table("sex_words")


def _pronoun(word: str, at: int) -> _Pronoun | None:
    """The ``_Pronoun`` of ``word`` at ``at`` when it is "he" or "she", else None ("they", "a spokesman")."""
    word = fold(word)
    return _Pronoun(at, word) if word in _sex_cues()[0] else None


# a quotation's own closing mark right before another's ('... he said," Lavrov told', "... Kiev,\"' Lavrov")
_CLOSING_TWICE = pattern_cache.compile(r"[,.!?]?[\"”'’][,.!?]?[\"”'’]")
_CLOSING_AFTER_VERB = pattern_cache.compile(r"[,.!?]?[\"”'’]")


def _nested(text: str, ve: int, end: int) -> bool:
    """Whether a quotation and its "he said" stand inside another quotation: the other's closing mark
    right after the verb ('"My colleague called me. \\'We are ready,\\' he said," Lavrov told') or after
    the quotation's own ("He said: 'We are ready.'\\" Lavrov recalled"). Not a quotation carried on
    after the verb ('..., he said, "and ..."'): a blank stands between."""
    return _CLOSING_AFTER_VERB.match(text, ve) is not None or _CLOSING_TWICE.match(text, end) is not None


_PRONOUN_CHAIN = 6  # how many "he said"s back one may be read through ("he said ... he added")


def _pronoun_speaker(scope: ArticleScope, pronoun: _Pronoun, depth: int = 0) -> str | None:
    """Whom "he" or "she", a quotation's speaker, stands for: the people named before the pronoun's own
    sentence ("Lavrov told reporters ..., and '...,' she said" is not told to be Lavrov's,
    nor "Kerry met Lavrov, and '...,' he said" either's) in its paragraph and the one before, outside
    quotations and headlines (``_antecedents``), less those a word tells are of the other sex
    (``_sexes``: "Mrs Nuland" is no "he"). One person left is the one; of several, the last named as a
    speaker ("Lavrov said after meeting Kerry ...") when no other is named after that, or the one other
    named after it; else None: "he said" after "Lavrov met Kerry" names no one. Read once for each pronoun of
    the article: a read ``depth`` pronouns down a chain (``_PRONOUN_CHAIN``) reads fewer back, so it is not kept."""
    reads = scope.speaker_reads
    if pronoun.at in reads:
        return reads[pronoun.at]
    sex = _sex_cues()[1].get(pronoun.word)
    starts = _sentence_starts(scope)
    named, spoke = _antecedents(scope, starts[max(bisect_right(starts, pronoun.at) - 1, 0)], depth)
    keys = {key for _, key, _ in (*named, *spoke)}
    if all(key.startswith("?") for key in keys):
        return None  # whoever of them is meant, the story does not tell that one is a person: no sex to read
    titled = _titled_sexes(scope)

    def fits_sex(key: str) -> bool:
        if key.startswith("?"):  # "a woman" named by no name
            return _sex_cues()[2].get(fold(key[1:]), sex) == sex
        cues = titled.get(key, set()) | _said_sexes(scope, key)
        return len(cues) != 1 or sex in cues
    fits = {key for key in keys if fits_sex(key)}
    found = None
    if len(fits) == 1:
        found = next(iter(fits))
    elif fits and (last := max(((at, key, k) for at, key, k in spoke if key in fits), default=None)) is not None:
        _, found, k = last
        later = {key for _, key, j in named if key != found and key in fits and j > k}
        # one other named after the last speaker's sentence is the one a reader carries over ("according
        # to the police. ... Governor Claudia Herrera told the Guardian she ..."); two, not told which
        found = next(iter(later)) if len(later) == 1 else None if later else found
    if found is not None and found.startswith("?"):
        found = None  # one whom the story does not tell is a person ("Lavrov met Kerry")
    if not depth:
        reads[pronoun.at] = found
    return found


def _antecedents(scope: ArticleScope, bound: int, depth: int):
    """The people a pronoun before ``bound`` may stand for: (offset, key, sentence number) of each person
    named from the start of the paragraph before its own (``_paragraphs``) up to ``bound``, outside
    quotation marks and out of headlines and bylines (a sentence that ends in no period); and of each
    speaker of a verb of speech there ("Lavrov said ..."; a "he said" read back, ``_PRONOUN_CHAIN``)."""
    text, sentences = scope.article.text, scope.article.sentences
    starts = _paragraphs(scope)
    p = bisect_right(starts, bound) - 1
    lo, own = starts[max(p - 1, 0)], starts[max(p, 0)]
    named, spoke = [], []
    k = max(bisect_right(_sentence_starts(scope), lo) - 1, 0)
    hits = scope.speech_hits
    while k < len(sentences) and sentences[k].start < bound:
        s = sentences[k]
        s0, s1 = max(s.start, lo), min(s.end, bound)
        if s0 < s1 and (s.end > bound or _SENTENCE_END.search(text, s.start, s.end) is not None):
            para = own if s0 >= own else lo
            found = _speakers(scope, (s0, s1))
            for at, key in found:
                if not _in_quotes(text, para, at) and (key := key or _unknown_person(scope, at)) != AMBIGUOUS:
                    named.append((at, key, k))
            named += [(at, key, k) for at, key in _lone_capitals(scope, s0, s1, found) if not _in_quotes(text, para, at)]
            # a person named by no name ("A senior official, who asked not to be named, said ...", "a woman")
            if scope._words_in(_unnamed_person_nouns(), s0, s1):  # most sentences hold no such noun: no scan
                named += [(m.start(), "?" + m.group("noun"), k) for m in _unnamed_person().finditer(text, s0, s1)
                          if not _in_quotes(text, para, m.start())]
            named.sort()
            for vs, ve in hits[bisect_left(hits, (s0,)):bisect_left(hits, (s1,))]:
                if _in_quotes(text, para, vs):
                    continue
                found = _verb_speaker(scope, (s.start, s.end), vs, ve)
                if isinstance(found, _Pronoun):
                    found = _pronoun_speaker(scope, found, depth + 1) \
                        if depth < _PRONOUN_CHAIN and not _nested(text, ve, ve) else None
                    found = (found,) if found else None
                if found == ():
                    found = ("?",)  # a speaker named by no name: "a spokesman said", "the ministry said"
                if found and found[0] != AMBIGUOUS:
                    spoke.append((vs, found[0], k))
        k += 1
    return named, spoke


@lru_cache(maxsize=1)
def _pronoun_words() -> frozenset[str]:
    """The pronouns that tell a sex (names.yaml ``sex_pronouns``), as the word index folds them."""
    return frozenset(_sex_cues()[1])


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words before a name that tell a sex (names.yaml ``sex_words``), as the word index folds them."""
    return frozenset(_sex_cues()[2])


# from a word that tells a sex to the name it titles: an honorific's period, capitalized words
# ("Ms. Zakharova", "Deputy Minister Maria Ivanova", "spokeswoman Maria Zakharova")
_TITLED_NAME = pattern_cache.compile(r"\.?[ \t]+((?:[A-Z][\w.'’-]*[ \t]+)*[A-Z][\w'’-]*)")


def _titled_sexes(scope: ArticleScope) -> dict[str, set[str]]:
    """The sexes the words before the article's names tell (names.yaml ``sex_words``: "Mrs Nuland",
    "Queen Rania", "spokeswoman Maria Zakharova"), per person, keyed by the surname as ``People`` keys it:
    found at the few such words of the article (its word index), once."""
    reads = scope.speaker_reads
    found = reads.get("titled sexes")
    if found is None:
        found = reads["titled sexes"] = {}
        text, words, starts, people = scope.article.text, scope._words.words, scope.word_starts, scope._people
        titles = _sex_cues()[2]
        # in a loose text a word's lower case may not be the folded one a title is listed as ("Mſ")
        at_titles = compress(starts, map(titles.__contains__, map(fold, words))) if scope._words.loose \
            else scope._words_in(_title_words(), 0, len(text))
        for at in at_titles:
            word = words[bisect_left(starts, at)]
            if (m := _TITLED_NAME.match(text, at + len(word))) is not None \
                    and (surname := _titled_surname(m.group(1))) is not None:
                found.setdefault(people.surname_key(surname), set()).add(titles[fold(word)])
    return found


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(data_words("nouns.yaml", "determiners"))


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """The nouns of ``_unnamed_person``: a person's role or noun (``_role_words``, names.yaml ``sex_words``),
    not a place's word (``place_kinds``)."""
    return frozenset({*_role_words(), *_sex_cues()[2]} - {str(w).lower() for w in vocabulary().place_kinds})


@lru_cache(maxsize=1)
def _unnamed_person_nouns() -> frozenset[str]:
    """The words ``_unnamed_person``'s noun opens with, as the word index folds them."""
    return frozenset(first_words(_person_nouns()))


@lru_cache(maxsize=1)
def _unnamed_person() -> re.Pattern:
    """A person named by no name, as a sentence's or a clause's subject (at its start or after a comma, a
    quotation mark at most between): a determiner (nouns.yaml ``determiners``), at most two words, and a
    person's role or noun in the singular (``_role_words``, names.yaml ``sex_words``: "a senior official",
    "a witness", "a woman", "his son"), not a place's word (``place_kinds``: "the state" of "secretary of
    state"); not one that titles a name after it ("the spokesman, Dmitry Peskov"; "a spokesman Peskov")."""
    dets = trie_alternation(data_words("nouns.yaml", "determiners"))
    roles = trie_alternation(_person_nouns())
    return pattern_cache.compile(rf"(?:^|(?<=[.!?,;:]\s)|(?<=[.!?,;:][\"”’]\s))[ \t\"“]*(?i:{dets})[ \t]+"
                                 rf"(?:[a-z][\w'’-]*[ \t]+){{0,2}}?(?P<noun>(?i:{roles}))(?![\w'’-])(?!,?[ \t]+[A-Z])"
                                 rf"(?![ \t]+(?i:{roles})(?![\w'’-]))",
                                 re.MULTILINE)


_SAID_READS = 12  # how many of a person's names are read for a pronoun after them


def _said_sexes(scope: ArticleScope, key: str) -> set[str]:
    """The sexes the pronouns after a person's surname tell, anywhere in the article (names.yaml
    ``sex_pronouns``): the first pronoun after it in its sentence, with no other name, no person's or
    relative's noun ("Lopez's husband said he") and no quotation mark between ("Maria Lopez said she would
    stay", "Ivanova gave her view"). Found from the surname's few places, once per person."""
    reads = scope.speaker_reads
    found = reads.get(("said sexes", key))
    if found is not None:
        return found
    found = reads["said sexes", key] = set()
    if key.startswith("?") or " " in key:
        return found
    text, sentences, words, starts = scope.article.text, scope.article.sentences, scope._words.words, scope.word_starts
    pronouns = _sex_cues()[1]
    at, seen = text.find(key), 0
    while at >= 0 and seen < _SAID_READS:
        end = at + len(key)
        if (at == 0 or not text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            seen += 1
            s = sentences[max(bisect_right(_sentence_starts(scope), at) - 1, 0)]
            after = scope._words_in(_pronoun_words(), end, s.end)
            if after and not _QUOTE_MARK.search(text, end, after[0]) and not scope.named(end, after[0]) \
                    and _other_people().isdisjoint(words[bisect_left(starts, end):bisect_left(starts, after[0])]):
                found.add(pronouns[words[bisect_left(starts, after[0])]])
        at = text.find(key, end)
    return found


def _unknown_person(scope: ArticleScope, at: int) -> str:
    """A name at ``at`` that keys no speaker (``_speakers``) yet may be a person's, a pronoun's antecedent
    as much as a known one ("Lavrov met Kerry. '...,' he said" names no one): keyed "?" and the name; not
    a body's or a place's (``_not_name_parts``, a name the article puts after "in" or "from"), nor
    initials ("NATO"): ``AMBIGUOUS`` then."""
    starts, names = scope._names_in_order
    i = bisect_right(starts, at) - 1
    if i < 0 or at >= names[i].end:
        return AMBIGUOUS
    name, text = names[i].text, scope.article.text
    words = name.split()
    if (name.isupper() or words[0] in demonyms() or any(_POSSESSIVE_S.sub("", w).lower() in _not_name_parts() for w in words)
            or _named_as_place(text, name) or _named_as_place(text, _POSSESSIVE_S.sub("", words[-1]))):
        return AMBIGUOUS
    return "?" + name


# a capitalized word inside a sentence (group 2), after a word in lower case (group 1): a bare surname the
# corpus does not know ("Lavrov met Kerry"), or a place's, a body's, a title's name
# (the lower-case word possessive: what follows it opens with no word character, and a backtrack
# through the word at each word start had cost most of the scan)
_LONE_CAPITAL = pattern_cache.compile(r"(?<![\w'’-])([a-z][\w'’-]*+),?[ \t]+([A-Z][\w'’-]+)")


def _lone_capitals(scope: ArticleScope, lo: int, hi: int, known: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The capitalized words from ``lo`` to ``hi`` that no name holds (``known``, the article's names)
    and that may be a person's whom the story names by the surname alone ("Lavrov met Kerry": "he said"
    after it names no one), keyed "?" and the word: not a title's, a body's or a place's word, nor initials,
    nor one after a preposition or a determiner ("over the Bay of Biscay", "told the Guardian"), nor one a
    list after one goes on to ("between Cremona and Castelvetro": ``_chain_start``)."""
    text = scope.article.text
    starts, names = scope._names_in_order
    held = {at for at, _ in known}
    found = []
    for m in _LONE_CAPITAL.finditer(text, lo, hi):
        if m.group(1) in _phrase_openers() or m.group(1) in _determiners() or m.group(1) == "and" and _listed_after(scope, m.start(2), lo):
            continue
        at, word = m.start(2), _POSSESSIVE_S.sub("", m.group(2))
        i = bisect_right(starts, at) - 1
        if at in held or i >= 0 and at < names[i].end or word.isupper():
            continue
        low = word.lower()
        if low in _not_name_parts() or low in _not_given() or word in demonyms() or _named_as_place(text, word):
            continue
        found.append((at, "?" + word))
    return found


def _listed_after(scope: ArticleScope, at: int, lo: int) -> bool:
    """Whether the capitalized word at ``at``, after "and", ends a list of names that a preposition or a
    determiner opens (``_chain_start``): "between Cremona and Castelvetro", "in Lodi, Parma and Piacenza"
    are places as the first is, "met with Kerry and Nuland" people no more told than Kerry."""
    wstarts, folded = scope._words.starts, scope._words.words
    first = bisect_left(wstarts, lo)
    j = _chain_start(scope.article.text, wstarts, folded, bisect_left(wstarts, at), first)
    return j > first and (folded[j - 1] in _phrase_openers() or folded[j - 1] in _determiners())


def _sentence_starts(scope: ArticleScope) -> list[int]:
    """Where each sentence of the article starts, for bisection: listed once, as pronouns ask."""
    reads = scope.speaker_reads
    found = reads.get("sentence starts")
    if found is None:
        found = reads["sentence starts"] = [x.start for x in scope.article.sentences]
    return found


def _paragraphs(scope: ArticleScope) -> tuple[int, ...]:
    """Where each paragraph of the article starts (``text.paragraph_starts``), kept with the article."""
    reads = scope.speaker_reads
    found = reads.get("paragraphs")
    if found is None:
        found = reads["paragraphs"] = paragraph_starts(scope.article.text)
    return found


_QUOTE_MARK = pattern_cache.compile(r"[\"“”]")


@lru_cache(maxsize=1)
def _not_name_parts() -> frozenset[str]:
    """The capitalized words, in lower case, that make a run of them a body's or a place's name, never a
    person's: names.yaml ``body_openers`` ("New York", "New Democracy"), and the words that end a body's
    or an event's name or follow no surname (``_after_a_surname``: "Downing Street", "Reuters")."""
    return frozenset(w.lower() for w in data_words("names.yaml", "body_openers")) | _after_a_surname()


@lru_cache(maxsize=1)
def _body_statement() -> re.Pattern:
    """What a body says its words in, after its name and at most two words ("Goldman Sachs said in a note",
    "said Morgan Stanley in a report"): names.yaml ``body_statements`` after "in" and a determiner
    (nouns.yaml ``determiners``)."""
    dets = trie_alternation(data_words("nouns.yaml", "determiners"))
    return pattern_cache.compile(rf"(?:[ \t]+[a-z]+){{0,2}}?[ \t]+in[ \t]+(?:{dets})[ \t]+"
                                 rf"(?:{trie_alternation(data_words('names.yaml', 'body_statements'))})(?![\w-])")


def _untitled_person(scope: ArticleScope, at: int, key: str) -> bool:
    """Whether the name at ``at``, an untitled full name the article names once, is a person's: two
    capitalized words or more ('"...," said Amina Yusuf'; "Amina Yusuf told the BBC"), none of them a
    body's or a place's (``_not_name_parts``; "Downing Street", "New York"), no nation's adjective first
    ("Saudi Arabia"), not a name the article puts after "in" or "from" ("Real Madrid" beside "in
    Madrid"), nor one that speaks in a note or a statement ("Goldman Sachs said in a note"). Read once
    for each name beside a quotation's verb."""
    starts, names = scope._names_in_order
    i = bisect_right(starts, at) - 1  # the name that holds the hit (its surname's too: "Yusuf" in "Amina Yusuf")
    if i < 0 or at >= names[i].end:
        return False
    reads = scope.speaker_reads
    found = reads.get(("untitled", starts[i]))
    if found is None:
        found = reads["untitled", starts[i]] = _reads_as_person(scope, names[i], key)
    return found


def _reads_as_person(scope: ArticleScope, name: Mention, key: str) -> bool:
    """``_untitled_person`` read from the text."""
    text = scope.article.text
    words = name.text.split()
    if len(words) < 2 or words[0] in demonyms() or any(_POSSESSIVE_S.sub("", w).lower() in _not_name_parts() for w in words):
        return False
    if _named_as_place(text, name.text) or _named_as_place(text, key):
        return False
    return _body_statement().match(text, name.end) is None
