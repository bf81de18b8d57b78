"""The per-article index: ``ArticleScope`` finds where people, places, speech verbs,
dates and periods stand in one article, once, for the readers to look up."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from itertools import compress
from operator import attrgetter, itemgetter

from factcheck import pattern_cache
from factcheck.extract.base import data_words, statement_date, trie_alternation
from factcheck.extract.names import demonyms
from factcheck.models import Article, Mention
from factcheck.scan import Words
from factcheck.scope.past import (_ISO_DAY, _carrier_words, is_event_noun, _WHOLE_YEARS, LATER_DAYS, PAST_DAYS, PastFrame, _deadline_before, _past_frame, _period_followers,
                                  _periods, _running, _reference_date, past_key)
from factcheck.scope.people import AMBIGUOUS, People, _given_of_another, _patterns, _surname
from factcheck.scope.places import (_ON_CAPITAL, _OWNER, _SAME, _SAME_PLACE, _VENUE_PREPS, _before_event, _reads_as_venue,
                                    _placed_venue, _same_places, _venue_events, _venue_verbs)
from factcheck.scope.spans import _matches, break_spans
from factcheck.scope.speakers import _THE_BEFORE as _THE_RIGHT_BEFORE, _speech_verbs
from factcheck.vocab import data_file, singular, vocabulary


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


def _reaches_back(value, lookback: str) -> bool:
    """Whether a date's interval opens before ``lookback`` (an ISO day): "in recent decades"."""
    low = value.low
    return isinstance(low, str) and low[:1].isdigit() and low[:10] < lookback


def _points_to_event(words: list[str], i: int, nouns: frozenset[str]) -> bool:
    """Whether the word ``i`` ("that", "those") points to the event noun after it. "That" only
    before a noun in the singular ("that flood") and not after a verb of speech, where it opens
    what was said ("officials said that floods have killed 12")."""
    after = words[i + 1]
    if words[i] != "that":
        return is_event_noun(after, nouns)
    return after in nouns and not (i and words[i - 1] in _speech_words())


@lru_cache(maxsize=1)
def _speech_words() -> frozenset[str]:
    """The one-word verbs of speech and attribution and their participles (names.yaml
    ``speech_verbs``, ``attribution_verbs``, ``speech_participles``), after which "that"
    opens what was said."""
    data = data_file("names.yaml")
    keys = ("speech_verbs", "attribution_verbs", "speech_participles")
    return frozenset(str(v).lower() for key in keys for v in data.get(key, ()) if " " not in str(v))


class ArticleScope:
    """Where people and places stand in one article, for window look-ups.

    Each kind of hit is found the first time a claim's scope asks for it: most
    articles' claims need only some of them (names need none).
    """

    def __init__(self, article: Article, people: People, words: Words, names: list[Mention] = (),
                 dates: list[Mention] = (), mentions: list[Mention] = ()):
        self.article = article
        self.word_starts = words.starts
        self._people = people
        self._words = words
        self._names = names
        self._dates = dates
        self._mentions = mentions
        self._persons: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._places: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
        self._begins: dict[int, int] = {}
        self._breaks: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._frames: dict[tuple[int, int], PastFrame | None] = {}
        self._keyed: dict[frozenset[str], list[int]] = {}

    @property
    def words(self) -> Words:
        """The article's word index (``scan.Words``)."""
        return self._words

    @property
    def mentions(self) -> list[Mention]:
        """Every value the article states, in text order."""
        return self._mentions

    @cached_property
    def principal_people(self) -> frozenset[str]:
        """The people the article names most often: whose work is the story's own."""
        counts = Counter(key for _, key in self.named(0, len(self.article.text)) if key != AMBIGUOUS)
        top = max(counts.values(), default=0)
        return frozenset(k for k, n in counts.items() if n == top)

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
        stretch = folded[a:b]
        # most stretches hold no known surname: a test at C speed spares the pass that files them
        hits = [] if lower.keys().isdisjoint(stretch) else [
            (starts[i], lower[folded[i]]) for i in compress(range(a, b), map(lower.__contains__, stretch))
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
    def title_after_the_starts(self) -> frozenset[int]:
        """The starts of ``title_alone_starts`` right after "the" ("the governor said"): a title
        that, as its verb's own subject, stands for the one person it titled (scope/speakers.py)."""
        text = self.article.text
        return frozenset(at for at in self.title_alone_starts if _THE_RIGHT_BEFORE.search(text, max(0, at - 5), at))

    @cached_property
    def named_alone(self) -> dict[str, bool]:
        """Per surname, whether this article names it alone (scope/speakers.py ``_named_alone``),
        filled as quotations' verbs ask: kept with the article, not across a run's clusters."""
        return {}

    @cached_property
    def speaker_reads(self) -> dict:
        """What scope/speakers.py read once for this article as quotations asked (whom a "he said"
        stands for, a person's sex, the paragraphs), filled only for the quotations two sources share."""
        return {}

    def events_pointed_back(self, lo: int, hi: int) -> list[int]:
        """The starts of "that" and "those" (calendar.yaml ``past_carriers``) standing right
        before an event noun ("died in those protests", "in that flood alone"), from offset
        ``lo`` to before ``hi``, in text order (scope/past.py ``_carried``): looked at in the
        few sentences asked about, not in the whole article."""
        nouns = vocabulary().event_nouns
        words, starts = self._words.words, self._words.starts
        last = len(words) - 1
        found = []
        for at in self._words_in(_carrier_words(), lo, hi):
            i = bisect_left(starts, at)
            if i < last and _points_to_event(words, i, nouns):
                found.append(at)
        return found

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
            day = _OWNER.sub("", first).lower()  # "killed in Saturday's quake" names no place
            if first in v.not_names or day in v.months or day in v.weekdays or name in surnames:
                continue
            name = _owned(name)
            if name.rsplit(None, 1)[-1] in demonyms():
                continue  # "in the Spanish capital": an adjective, no place
            if _before_event(text, m.end("place")):
                continue  # "killed in the Kestel quake" names the quake, not where its dead died
            if _placed_venue(text, m.group("prep").lower(), name, m.end("place")):
                continue  # "at Ohio shopping mall": at a mall in Ohio, no venue called Ohio
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
                name = _owned(name)
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
            if (m.start >= 4 and _THE_BEFORE.match(text, m.start - 4)) or _names_a_thing(text, m):
                things.append((m.start, m.end))
            else:
                hits.append((m.start, _surname(m.text, people)))
        lower = people.lower_named()
        if lower:
            starts, folded = self._words.starts, self._words.words
            a, b = bisect_left(starts, lo), bisect_left(starts, hi)
            stretch = folded[a:b]
            if not lower.keys().isdisjoint(stretch):  # as in ``_find_persons``: most stretches hold none
                hits += [(starts[i], lower[folded[i]]) for i in compress(range(a, b), map(lower.__contains__, stretch))
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
    def role_counts(self) -> list[tuple[int, int, str, str]]:
        """(start, end, role, stated value) of each count given a role ("37 people were
        arrested"), sorted: the tally of an event told with its own count (``_tally``)."""
        return sorted((m.start, m.end, m.value.role, str(m.value.stated)) for m in self._mentions
                      if m.kind == "count" and m.value.role)

    @cached_property
    def running_hits(self) -> list[tuple[int, int]]:
        """(start, end) of each phrase of the story's running total (``_day_figure``), found once
        for the article at the few words that open one."""
        run = _running()
        words = self._words
        at = words.positions(run.phrases.keys) if words.loose else words.opening(run.phrases.keys, run.followers)
        return [m.span() for m in _matches(run.phrases.pattern, at, self.article.text)]

    def day_hits(self, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
        """(start, end, day) of each stated date from offset ``lo`` to before ``hi``, sorted: its
        ISO day when it is one day, else None (``_day_figure``, which asks about a count's sentence)."""
        out = []
        for m in self._dates_in(lo, hi):
            if m.value.stated:
                low, high = m.value.low, m.value.high
                one = isinstance(low, str) and isinstance(high, str) and low[:10] == high[:10] \
                    and _ISO_DAY.fullmatch(low[:10]) is not None
                out.append((m.start, m.end, low[:10] if one else None))
        # by place alone: two dates at one place, one a day and one not, would compare None with a day
        return sorted(out, key=itemgetter(0, 1))

    @cached_property
    def date_hits(self) -> list[tuple[int, str]]:
        """(offset, stated date) of each date a value may be of: not the day a statement
        was made ("turnout was 56 percent, the commission said on Monday")."""
        stated = statement_date()
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
        return self._dated(self._dates)

    def dated_in(self, lo: int, hi: int) -> list[tuple[int, int, str | None]]:
        """``dated``'s dates that start from offset ``lo`` to before ``hi``: read for the few
        sentences whose values are asked about, not for the whole article."""
        return self._dated(self._dates_in(lo, hi))

    def _dated(self, dates: list[Mention]) -> list[tuple[int, int, str | None]]:
        """``dated`` of the dates ``dates``."""
        cuts = self._cuts
        if cuts is None:
            return sorted((m.start, m.end, None) for m in dates if m.value.stated)
        cutoff, year, lookback, _ = cuts
        out = []
        for m in dates:
            if m.value.stated:
                key = past_key(m.value, cutoff, year)
                if key is not None and self._labels_a_product(m):
                    key = None  # "the 2019-2024 model years": a product's label, no earlier time
                if key is not None or not _reaches_back(m.value, lookback):
                    out.append((m.start, m.end, key))
        return sorted(out)

    def _labels_a_product(self, m: Mention) -> bool:
        """Whether a year is a product's label (calendar.yaml ``label_years``): right before "model
        years", "models" ("the 2019-2024 model years") or right after "model years" ("model years 2019
        through 2024")."""
        after, before = _label_years()
        text = self.article.text
        return (after.match(text, m.end) is not None
                or before.search(text, max(0, m.start - 24), m.start) is not None)

    @cached_property
    def _cuts(self) -> tuple[str, str, str, str] | None:
        """For ``dated`` and ``later_in``, from the reference date (``_reference_date``): the
        last day of an earlier time, the reference year, the first day of a look-back and
        the first day of a later time, as ISO strings (which compare as dates do); None
        without a reference date."""
        ref = _reference_date(self.article, self._dates)
        if ref is None:
            return None
        # a date ends early enough when its last day is at or before the first; a stretch of
        # years up to the news ("the deadliest quake in recent decades") is a look-back: no
        # time of the news, nor an earlier one
        return ((ref - dt.timedelta(days=PAST_DAYS)).isoformat(), f"{ref.year:04d}",
                f"{ref.year - 2:04d}{ref.isoformat()[4:]}", (ref + dt.timedelta(days=LATER_DAYS)).isoformat())

    @cached_property
    def _dates_in_order(self) -> tuple[list[int], list[Mention]]:
        """Where each stated or unstated date starts, and the dates, in text order."""
        dates = sorted(self._dates, key=attrgetter("start"))
        return [m.start for m in dates], dates

    def _dates_in(self, lo: int, hi: int) -> list[Mention]:
        """The dates that start from offset ``lo`` to before ``hi``."""
        starts, dates = self._dates_in_order
        return dates[bisect_left(starts, lo):bisect_left(starts, hi)]

    def later_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(start, date as stated) of each date from offset ``lo`` to before ``hi`` that starts
        ``LATER_DAYS`` or more after the news, sorted: a later event's time (``scope.past._later``);
        not a deadline ("by 2032")."""
        cuts = self._cuts
        if cuts is None:
            return []
        # as an earlier time mirrored: a date that starts far enough ahead, or a whole year after
        # the year of the news ("next year", "in 2027")
        _, year, _, ahead = cuts
        text, deadline = self.article.text, _deadline_before()
        return sorted((m.start, str(m.value.stated)) for m in self._dates_in(lo, hi)
                      if m.value.stated and isinstance(m.value.low, str) and _ISO_DAY.match(m.value.low)
                      and (m.value.low[:10] >= ahead or (m.value.granularity in _WHOLE_YEARS and m.value.low[:4] > year))
                      and not deadline.search(text, max(0, m.start - 16), m.start))

    def past_frame(self, s0: int, s1: int) -> PastFrame | None:
        """The sentence's times and the words that tie values to them, read once for
        its claims; None when nothing in it speaks of an earlier time."""
        key = (s0, s1)
        if key in self._frames:
            return self._frames[key]
        frame = self._frames[key] = _past_frame(self, s0, s1)
        return frame


# a capitalized name's last word, then the lower-case word right after it
_THE_BEFORE = pattern_cache.compile(r"(?<![\w'’-])[Tt]he ")
_QUOTE_OPENS = pattern_cache.compile(r"(?:^|(?<=[\s(]))[\"“](?:[A-Z][a-z]{0,3}[ \t]+)?\Z")


@lru_cache(maxsize=1)
def _place_after() -> re.Pattern:
    """Right after a name, the lower-case head noun of a place or a body it names ("Santa Maria
    hospital", "Heathrow airport": names.yaml ``not_person_words``, as a name's own capitalized
    last word ends no person's name)."""
    words = {str(w).lower() for w in data_file("names.yaml").get("not_person_words", ())}
    return pattern_cache.compile(rf"[ \t]+(?:{trie_alternation(words)})(?![\w'’-])")


def _names_a_thing(text: str, m: Mention) -> bool:
    """Whether a name is a place's or a body's ("died at Santa Maria hospital") or a title in
    quotation marks ("A Maré Alta", a novel), never a person's."""
    if _place_after().match(text, m.end) is not None:
        return True
    return text[m.end:m.end + 1] in ('"', "”") and _QUOTE_OPENS.search(text, max(0, m.start - 6), m.start) is not None
_NAME_THEN_WORD = pattern_cache.compile(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]+([a-z]+)(?![\w'’-])")


@lru_cache(maxsize=1)
def _label_years() -> tuple[re.Pattern, re.Pattern]:
    """calendar.yaml ``label_years`` right after a year, and ending right before one."""
    words = trie_alternation(data_words("calendar.yaml", "label_years"))
    return (pattern_cache.compile(rf"[ \t]+(?i:{words})\b"),
            pattern_cache.compile(rf"\b(?i:{words})[ \t]+\Z"))


@lru_cache(maxsize=1)
def _modified_people() -> frozenset[str]:
    """Plural people nouns a name may describe ("Harlow taxpayers"): data/nouns.yaml
    ``modified_people`` and the plural ``person`` nouns."""
    extra = (str(w).lower() for w in (data_file("nouns.yaml").get("modified_people") or ()))
    return frozenset((*extra, *(w for w in vocabulary().person_nouns if w.endswith("s") and singular(w) != w)))


def index_article(article: Article, people: People, words: Words, names: list[Mention] = (),
                  dates: list[Mention] = (), mentions: list[Mention] = ()) -> ArticleScope:
    return ArticleScope(article, people, words, names, dates, mentions)


def _owned(name: str) -> str:
    """A place's name past a possessive owner that opens it: "at Jharkhand's Baba Baidyanath
    temple" is at the Baba Baidyanath temple, whichever state's it is ("at the Baba Baidyanath
    temple" in another source). A possessive that is the whole name ("at McDonald's") or inside
    it ("St John's Wood") stays. The place still starts at its owner, for its distance."""
    parts = name.split(None, 1)
    if len(parts) < 2 or not parts[1][:1].isupper() or _OWNER.search(parts[0]) is None:
        return name  # most places: no possessive first
    return parts[1]
