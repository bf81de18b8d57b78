"""Places and venues: the patterns the index finds them with ("in Kestel", "stormed
the Rialto theatre", "in the same town") and the ``location`` and ``venue`` readers."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie, trie_alternation
from factcheck.models import Mention
from factcheck.scan import KeyedPattern, first_words
from factcheck.scope.spans import _clause_of, _within
from factcheck.vocab import data_file, singular, vocabulary

if TYPE_CHECKING:  # for annotations only: article.py imports this module
    from factcheck.scope.article import ArticleScope


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


# the next two lower-case words: "shopping mall", "mall"
_NEXT_COMMON = pattern_cache.compile(r"[ \t]+([a-z][\w'’-]*)(?:[ \t]+([a-z][\w'’-]*))?")


def _placed_venue(text: str, prep: str, name: str, end: int) -> bool:
    """Whether a name after a venue's preposition ("at", "inside") is the place a venue
    stands in, not the venue's own name: a venue's common noun follows it, a word or two on
    (``venue_nouns``), and the article names it as a place elsewhere ("at Ohio shopping mall"
    beside "a mall in Ohio"). "at the Bataclan concert hall" names the hall."""
    if prep not in _VENUE_PREPS:
        return False
    after = _NEXT_COMMON.match(text, end)
    if after is None:
        return False
    nouns = _venue_nouns()
    return (after.group(1) in nouns or after.group(2) in nouns) and _named_as_place(text, name)


_SAME = frozenset({"same"})
_SAME_PLACE = pattern_cache.compile(r"\b(?P<prep>[Ii]n|near|through|across)\s+(?P<the>the)\s+\Z")
_VENUE_PREPS = frozenset({"at", "inside", "outside"})


@lru_cache(maxsize=1)
def _same_places() -> re.Pattern:
    """"same" and a noun of a place (data/nouns.yaml ``same_places``)."""
    return pattern_cache.compile(rf"same\s+(?:{trie_alternation(data_words('nouns.yaml', 'same_places'))})\b")


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


def _part_between(text: str, end: int, at: int, counted: bool = False) -> bool:
    """Whether a part of the count stands between it and a place after it: in "killed
    1,120 people, 640 of them in Kestel" Kestel is the 640's place, not the whole's, and
    in "9.8 million customers ..., including 1.4 million in the UK" the UK's; for a count
    (``counted``), so is a breakdown after a colon ("killed 24 people: 12 in Arkansas")."""
    if at <= end:
        return False
    return _PART_BETWEEN.search(text, end, at) is not None or (counted and text.find(":", end, at) >= 0)


# a part's own words, after its number ("640 of them") or before it (data/nouns.yaml ``part_markers``:
# "including 1.4 million")
_PART_MARKERS = trie_alternation(data_words("nouns.yaml", "part_markers"))
_PART_BETWEEN = pattern_cache.compile(rf" of them| of whom| {_PART_MARKERS} ")
# right after a place, the rest of a list of places it opens: "across Arkansas, Tennessee and Mississippi",
# "through Kestel and Doruk" (not a place and the region it lies in: "in Carlisle, Arkansas, on Sunday")
_LIST_REST = pattern_cache.compile(r"(?:,[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})*,?[ \t]+"
                                   r"(?:and|or)[ \t]+(?:the[ \t]+)?[A-Z]")


# the list's last name and the word after it: "Benton counties"
_LIST_LAST = pattern_cache.compile(r"[\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+([a-z]+)")


def _speaker_place(scope: ArticleScope, end: int) -> bool:
    """Whether a speech verb follows the place ending at ``end`` right away: in an attribution
    after the figure, "killing four people, police in Tyrol said" names where the speakers sit,
    not where the figure stands (one before it, "Officials in Madrid said temperatures reached
    40.2C", is kept)."""
    hits = scope.speech_hits
    i = bisect_left(hits, (end,))
    return i < len(hits) and hits[i][0] - end <= 2 and not scope.article.text[end:hits[i][0]].strip()


def _opens_list(text: str, at: int, name: str) -> bool:
    """Whether the place ``name`` at ``at`` opens a list of places: a figure over the list is
    the whole's, or all of them, not its first place's ("ripped across Arkansas, Tennessee and
    Mississippi, killing at least 18"). Not a list of parts named as their kind ("in Marshall
    and Benton counties"): a group of the event's parts, which its first name stands for."""
    m = _LIST_REST.match(text, at + len(name))
    if m is None:
        return False
    last = _LIST_LAST.match(text, m.end())
    # the kind's plural, as ``vocab.singular`` reads plurals ("counties", "parishes")
    return last is None or (word := last.group(1)) == (kind := singular(word)) or kind not in _kinds()
# a count a participle of the event's effect governs, a word or two after it: "derailed near
# Tarvona, killing four people", "..., leaving at least 14 dead" ("including" names a part)
_PARTICIPLE_BEFORE = pattern_cache.compile(rf"(?:,|\band)\s+(?!{_PART_MARKERS})[a-z]+ing\s+(?:[\w'’-]+\s+){{0,2}}\Z")


@lru_cache(maxsize=1)
def _event_clause() -> re.Pattern:
    """A word opening a clause that tells the event (data/nouns.yaml ``event_clause_openers``)."""
    return pattern_cache.compile(rf"\s(?:{trie_alternation(data_words('nouns.yaml', 'event_clause_openers'))})\s")


# the word right before "in" and a place: "Floods in the Czech Republic", "the bombing in Maiduguri"
_WORD_BEFORE_IN = pattern_cache.compile(r"([A-Za-z]+)\s+in\s+(?:the\s+)?\Z")
# two lower-case words right after a place: "Nigeria market bombing" (one word, "Kestel quake",
# makes no place at all: ``ArticleScope.places``)
_WORDS_AFTER = pattern_cache.compile(r"\s+[a-z]+\s+([a-z]+)")
_EVENT_REACH = 24  # characters before a place its event noun and "in" may take


def _is_event_noun(word: str) -> bool:
    nouns = vocabulary().event_nouns
    word = word.lower()
    return word in nouns or singular(word) in nouns


def _names_events_place(text: str, mention: Mention, at: int, end: int, prep: str) -> bool:
    """Whether the place at ``at``..``end`` names where the count's event happened as part of
    the event's own name: an event noun right before "in" and the place, the subject before the
    count ("Floods in the Czech Republic have killed six people", "The bombing in Maiduguri
    killed 19"), or a place set before its event noun ("Death toll in Nigeria market bombing
    rises to 19"). Not an event "in" a place after the count: "died in the war in Ukraine" may be
    one of a round-up's wars."""
    if prep == "in" and at < mention.start:
        m = _WORD_BEFORE_IN.search(text, max(0, at - _EVENT_REACH), at)
        if m is not None and _is_event_noun(m.group(1)):
            return True
    after = _WORDS_AFTER.match(text, end)
    # a noun that joins the name ("market"), not a determiner that opens a clause's subject ("In Doruk the
    # quake killed"), a clause's opener ("Six dead in West Tennessee as storms sweep") or a preposition
    return after is not None and _is_event_noun(after.group(1)) and after.group().split()[0] not in _not_joining()


@lru_cache(maxsize=1)
def _not_joining() -> frozenset[str]:
    """The words between a place and an event noun that join no name: nouns.yaml ``determiners`` and
    ``event_clause_openers``, calendar.yaml ``date_cues`` (prepositions)."""
    return frozenset((*data_words("nouns.yaml", "determiners"), *data_words("nouns.yaml", "event_clause_openers"),
                      *data_words("calendar.yaml", "date_cues")))


def _end_of(text: str, hit: tuple[int, str, str]) -> int:
    """Where a place hit's name ends in the text (an owner before it dropped: "Poland's Opole")."""
    at = text.find(hit[2], hit[0], hit[0] + len(hit[2]) + 40)
    return at + len(hit[2]) if at >= 0 else hit[0] + len(hit[2])


def _events_place(text: str, mention: Mention, at: int, prep: str) -> bool:
    """Whether a count's place is where its event happened, named in the event's description,
    rather than the place of a part of the toll ("In the village of Yurtlu, 23 died", "killed
    1,120 people in Doruk"): a place "near" which it happened ("Four died near Calatorao"), one
    before a participle that governs the count ("derailed near the town of Tarvona, killing four
    people") or one in a clause after it that tells the event ("Four killed as a train derails
    near Tarvona"). Articles name the one event's place at a village's, a city's or a country's
    grain, and none of them is a part. Not ground a spread covered ("swept through Kestel,
    killing 12"): a part."""
    if prep == "near":
        return True
    if prep in ("through", "across"):
        return False
    if at < mention.start:
        return _PARTICIPLE_BEFORE.search(text, at, mention.start) is not None
    return _event_clause().search(text, mention.end, at) is not None


_TRAVEL_PREPS = frozenset({"in", "near"})
_TRAVEL_REACH = 80  # characters before a place its journey's cue may stand: "bound for the port of Gilimanuk in Bali"


@lru_cache(maxsize=1)
def _travel_before() -> re.Pattern:
    """Ending where a place starts: a journey's cue (data/nouns.yaml ``travel_cues``) and the
    place it names, then "in" ("after leaving Ketapang port in East Java", "bound for
    Gilimanuk in Bali"): the place the departure point or the destination lies in. The words
    between are a name's, a place's kind or "the", "of": "left port and sank in the strait"
    names where it sank."""
    cues = trie_alternation({" ".join(str(w).split()) for w in data_words("nouns.yaml", "travel_cues")}).replace(" ", r"\s+")
    kinds = trie_alternation(_kinds())
    return pattern_cache.compile(rf"(?<![\w'’-])(?i:{cues})\s+(?:(?:the|of|[A-Z][\w'’-]*|{kinds})\s+){{1,5}}"
                                 rf"(?:in|near)\s+(?:the\s+)?\Z")


def _travel_place(text: str, at: int) -> bool:
    """Whether the place at ``at`` is where a journey began or was headed (``_travel_before``):
    the event happened elsewhere, on the way."""
    return _travel_before().search(text, max(0, at - _TRAVEL_REACH), at) is not None


@lru_cache(maxsize=1)
def _holding_in() -> re.Pattern:
    """Ending where a name starts: a word of nouns.yaml ``holding_in`` and "in" ("Trading in Brightwell Pay",
    "shares in Halvorsen"): the name is a company's, no place."""
    return pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(data_words('nouns.yaml', 'holding_in'))})\s+in\s+\Z")


@lru_cache(maxsize=1)
def _clock_places() -> frozenset[str]:
    """The places whose clock calendar.yaml ``zones`` names ("London time", "Kenya time"): known places."""
    return frozenset(z[:-5] for z in vocabulary().zones if z.endswith(" time") and z[:1].isupper())


def _held_name(text: str, at: int, name: str) -> bool:
    """Whether the name at ``at``, after "in", is what a holding is in (``_holding_in``: "Trading in
    Brightwell Pay", "shares in Halvorsen"), a company's, no place: not a known place (``_clock_places``:
    "Trading in London", "Shares in Tokyo") nor one the article names as a place elsewhere, after "in" or
    "from" with no holding's word before it ("investors in Texas" beside "storms hit in Texas")."""
    if _holding_in().search(text, max(0, at - 24), at) is None or name in _clock_places():
        return False
    for prep in (" in ", " from "):
        phrase = prep + name
        found = text.find(phrase)
        while found >= 0:
            start = found + len(prep)
            after = text[start + len(name):start + len(name) + 1]
            if start != at and not (after.isalnum() or after == "-") \
                    and (prep == " from " or _holding_in().search(text, max(0, start - 24), start) is None):
                return False
            found = text.find(phrase, found + 1)
    return True


def _place(preps: tuple[str, ...], opening: bool = False, events: bool = False):
    """The nearest place of the mention's own clause: in "three gunmen opened fire at the
    Rialto while two attackers struck at the Cafe Lune" each count keeps its own venue.
    A clause with no place of its own takes the sentence's ("gunmen opened fire at the
    Bataclan, and 89 people died"). On a tie the place after the mention wins. With
    ``opening``, a clause or sentence with no place after a preposition may name one as
    its subject (``_opening_place``). With ``events``, a count's place that is its event's
    (``_events_place``) is none; so is a place a journey left from or was headed for
    (``_travel_place``)."""
    def nearest(hits, scope: ArticleScope, mention: Mention, span) -> tuple[str, ...]:
        text = scope.article.text
        counted = events and mention.kind == "count"
        places = sorted((d, h[0] < mention.start, h[2])
                        for d, h in _within(hits, scope, (mention.start, mention.end), 8, span)
                        if h[1] in preps and not _part_between(text, mention.end, h[0], counted)
                        and not _opens_list(text, h[0], h[2]) and not (h[0] > mention.end and _speaker_place(scope, h[0] + len(h[2])))
                        and not (counted and (_events_place(text, mention, h[0], h[1])
                                              or _names_events_place(text, mention, h[0], _end_of(text, h), h[1])))
                        and not (h[1] in _TRAVEL_PREPS and _travel_place(text, h[0]))
                        and not (h[1] == "in" and _held_name(text, h[0], h[2])))
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
    if first in v.not_names or first in v.sentence_openers or _before_event(text, m.end()):
        return ()
    if not _named_as_place(text, name) and not (mention.kind == "measure" and _READING_VERB.match(text, m.end())) \
            and not _GAPPED_PARTS.match(text, mention.end):
        # "Port Augusta hit 47.2C": the subject of a reading's verb is its place, named so or not; so is
        # the first of parts told each with its own figure ("Arkansas reported nine deaths, Tennessee six
        # and Mississippi three")
        return ()
    return (name,)


# right after a value, the other parts of a breakdown its clause opens, each a name and its own figure, the
# verb and the noun left out: ", Tennessee six and Mississippi three", ", France 200, Italy 150 and Spain 90"
_GAPPED_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:\d[\d,.]*|[a-z]+)"
_GAPPED_PARTS = pattern_cache.compile(rf",[ \t]+{_GAPPED_NAME}(?:,[ \t]+{_GAPPED_NAME})*,?[ \t]+and[ \t]+{_GAPPED_NAME}\b")


# a reading's verb right after a clause-opening name (data/nouns.yaml ``reading_verbs``)
_READING_VERB = pattern_cache.compile(rf"[ \t]+(?:{trie_alternation(data_words('nouns.yaml', 'reading_verbs'))})\b")


# "in one ward alone", "In the city of Palu alone,": a place (or a time) the count is a part
# of the whole within, opened by a preposition of place. The part is names ("Palu", "the
# Kathmandu Valley") or a determiner and a noun or two ("one ward", "the city of Palu"), never
# a verb: "rescuers in Kathmandu were working alone" says nothing of a part.
# (nouns.yaml alone_prepositions, opening a sentence or not; alone_determiners, alone_not_nouns, alone_not_second)
_ALONE_PREPOSITIONS = data_words("nouns.yaml", "alone_prepositions")
_ALONE = pattern_cache.compile(
    rf"\b{trie([*_ALONE_PREPOSITIONS, *(w.capitalize() for w in _ALONE_PREPOSITIONS)])}\s+(?P<part>"
    rf"(?:{trie(data_words('nouns.yaml', 'alone_determiners'))}\s+)(?!{trie(data_words('nouns.yaml', 'alone_not_nouns'))}\b)[\w'’-]+"
    rf"(?:\s+(?!{trie([*data_words('nouns.yaml', 'alone_not_nouns'), *data_words('nouns.yaml', 'alone_not_second')])}\b)[\w'’-]+)?"
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


# -- Where a distance is measured from -----------------------------------------------


@lru_cache(maxsize=1)
def _from_place() -> re.Pattern:
    """Right after a distance (or the bracket that closes its conversion), the place it is
    measured from: "off", "from", "away from" (data/nouns.yaml ``distance_from``) or a bearing's
    "of" (``bearings``), then past "the" and up to three lower-case words ("the provincial
    capital"), a capitalized name ("Portoviejo", "Gilimanuk"), else a place's noun
    (``same_places``: "the capital")."""
    bearings = trie_alternation(data_words("nouns.yaml", "bearings"))
    froms = trie_alternation(data_words("nouns.yaml", "distance_from"))
    places = trie_alternation(data_words("nouns.yaml", "same_places"))
    # a lower-case word of the place's phrase is no word that ends a phrase ("40 km from the border
    # in Valdoria" is measured from the border), "of" aside ("the town of Kestel")
    enders = trie_alternation(data_words("nouns.yaml", "phrase_enders"))
    word = rf"(?!(?:{enders})\s)[a-z][\w-]*\s+(?:of\s+)?"
    # a name's word opens with a letter that is no ASCII lower-case one: "İzmir", "Łódź"
    # (``_from`` keeps the words whose first letter is a capital)
    cap = r"(?![a-z])[^\W\d_][\w'’-]*"
    return pattern_cache.compile(
        rf"\)?,?\s+(?i:(?:{bearings})\s+of|{froms})\s+(?:the\s+)?"
        rf"(?:(?P<name>(?:{word}){{0,3}}?{cap}(?:\s+{cap}){{0,2}})"
        rf"|(?P<noun>{places})(?![\w'’-]))")


# a possessive ending a word ("Noboa's", "the teams'"), for the word without it: here, ``actors``
# and ``article`` (the word is one of ``str.split``'s, so no newline ends it)
_OWNER = pattern_cache.compile(r"['’]s?\Z")


def _from(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """The place a distance is measured from ("22 nautical miles off Lampedusa": Lampedusa; "110 km
    from the capital": capital), keyed by its name's capitalized words, or by a place's noun when
    no name stands there; () with none ("130 kilometres off the coast", "20 km from where the
    ferry went down")."""
    m = _from_place().match(scope.article.text, mention.end)
    if m is None:
        return ()
    if m.group("noun"):
        return (m.group("noun").lower(),)
    words = [_OWNER.sub("", w) for w in m.group("name").split() if w[:1].isupper()]
    # "Gilimanuk Port" is Gilimanuk, as "Gilimanuk port" is (nouns.yaml ``place_kinds``, ``travel_place_kinds``)
    while len(words) > 1 and words[-1].lower() in _kinds():
        words.pop()
    return (" ".join(words),) if words else ()


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """The nouns of a place's kind, a journey's ends among them (data/nouns.yaml ``place_kinds``,
    ``travel_place_kinds``): "port", "village"."""
    return frozenset([*data_words("nouns.yaml", "place_kinds"), *data_words("nouns.yaml", "travel_place_kinds")])

