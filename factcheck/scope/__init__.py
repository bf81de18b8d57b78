"""Reading a claim's scope from the words around it: who took part, where,
who was counted, whose age, since when.

``read_scope`` asks one reader per qualifier (``_READERS``) in an article's index
(``ArticleScope``). A module per job:

- ``article``: the per-article index, ``ArticleScope``, ``index_article``
- ``spans``: look-ups in a stretch that every reader shares (windows, clauses)
- ``people``: the corpus's people (``People``, ``find_people``), names, given names
- ``places``: places and venues, the ``location`` and ``venue`` readers
- ``speakers``: who: speakers, participants, the person, the subject, the population
- ``events``: what event a value is of (``event_name``)
- ``past``: when: a value's date, earlier times, increments, replaced figures, periods
- ``ranks``: what place of a race a value is told for (``rank``)
- ``items``: another named work's sum, a total over many things (``item``, ``total``)
- ``actors``: who made an event that is each one's own, an arrival, a departure (``actor``)
"""

from __future__ import annotations

from factcheck.models import Mention
from factcheck.scan import NUMBER, register
from factcheck.scope.actors import _actor
from factcheck.scope.article import ArticleScope, index_article
from factcheck.scope.events import (_NAMED_BEFORE_REVERSED, _arm, _day_or_days, _event, _event_name, _moment, _occurrence, _stage, _tally,
                                    occurrence_keys, stage_keys)
from factcheck.scope.items import _item, _total, measured_keys, total_keys
from factcheck.scope.past import (DAY_FIGURE, INCREMENT, PAST_KINDS, _earlier_keys, _past_openers, _period_followers, _periods, _running,
                                  _superseded_openers, _when, dated_day, past_cutoff, past_key, read_past)
from factcheck.scope.people import People, _given, _name, _patterns, _role_openers, find_people
from factcheck.scope.places import _SAME, _from, _place, _venue, _venue_verbs
from factcheck.scope.ranks import _rank, rank_words
from factcheck.scope.spans import _BREAK, break_spans
from factcheck.scope.speakers import (_kin, _meeting_sides, _participants, _person, _population, _speaker,
                                      _speech_verbs, _subject_of)

# what engine, grouping, the tests and the benchmarks import from ``factcheck.scope``
__all__ = [
    "ArticleScope", "break_spans", "DAY_FIGURE", "dated_day", "find_people", "INCREMENT", "index_article", "OWN_WORDS",
    "PAST_KINDS", "past_cutoff", "past_key", "People", "read_past", "read_scope", "register_scope_words",
    "_BREAK", "_meeting_sides", "_NAMED_BEFORE_REVERSED", "_READERS",
]


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
    run = _running()
    register(run.phrases.keys | frozenset().union(*run.followers.values()) - {NUMBER})
    register(run.day_words)
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
    register(rank_words())
    register(stage_keys())
    register(occurrence_keys())
    register(total_keys())
    register(measured_keys())


def _since(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    return (since,) if since else ()


# dimension -> reader(scope, mention, sentence (start, end), since, trigger) -> its values
_READERS = {
    "participants": _participants,
    "person": _person,
    "when": _when,
    "subject": _subject_of,
    "event_name": _event,
    # "made landfall as a Category 3" / "had peaked as a Category 4": which moment of a storm
    "stage": _stage,
    # "a market value of 2.7 billion pounds at the offer price", "closed at 401 pence": which moment of a market
    "moment": _moment,
    # "12 cases in the vaccine group compared with 77 in the placebo group": which arm of a trial
    "arm": _arm,
    # "attended on race day", "336,000 over the three days": one day's figure or one over several
    "period": _day_or_days,
    # "marched through Doran", "rallies across Veradia": where a march or a spread went
    "location": _place(("in", "near", "through", "across"), opening=True, events=True),
    "venue": _venue(("at", "inside", "outside")),
    # "22 nautical miles off Lampedusa", "38 km southwest of Portoviejo": where a distance is measured from
    "from": _from,
    "population": lambda scope, mention, sentence, since, trigger: _population(mention, scope.article.text),
    "since": _since,
    "name": _name,
    "given": _given,
    "speaker": _speaker,
    # "the winner takes home $100,000", "the runner-up $75,000": a place's sum, time or points
    "rank": _rank,
    # "Noboa ... on arrival", "rescue teams arrived": whose arrival or departure
    "actor": _actor,
    # "37 people were arrested on Tuesday": an event's date told with that event's own count
    "tally": _tally,
    # "will meet again on Thursday", "by video call on Tuesday": which of a story's recurring events
    "occurrence": _occurrence,
    # "a Gustav Klimt landscape, which sold for $58.2 million": another named work's sum than the story's
    "item": _item,
    # "Monday's sale of 22 lots totaled $486 million": a total over many things, no one thing's sum
    "total": _total,
}


# The qualifiers read from the mention's own words (and kind) alone: every mention
# that says the same has the same values for them (not a population: "29 civilians and
# soldiers" is the whole).
OWN_WORDS = frozenset({"name", "given"})


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
