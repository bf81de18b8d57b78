"""Who made an event that is each one's own (the ``actor`` reader): an arrival or a departure
is one person's or one team's, and another's is another event ("Noboa ... on arrival on
Wednesday" is not "rescue teams arrived on Thursday"). Events of data/nouns.yaml
``actor_events`` only; other events have no actor here."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie_alternation
from factcheck.models import Mention
from factcheck.scope.article import ArticleScope
from factcheck.scope.people import AMBIGUOUS
from factcheck.scope.places import _OWNER
from factcheck.vocab import data_file, singular, vocabulary

_ACTOR_WORDS = 8  # how many words an actor's phrase may hold
# where the actor's phrase starts, walking back: a stop, a quotation's end, a clause's opening word
_PHRASE_STOP = pattern_cache.compile(r"[,;:.!?\"“”()—–]")
# the head of a group ends where its phrase goes on: "rescue workers *from* Colombia", "a unit *with* dogs"
# (data/nouns.yaml ``phrase_enders``)
_HEAD_END = pattern_cache.compile(rf"\s{trie_alternation(data_words('nouns.yaml', 'phrase_enders'))}\s", re.IGNORECASE)
_WORD = pattern_cache.compile(r"[\w'’-]+")
_DETERMINERS = frozenset(data_words("nouns.yaml", "determiners"))


@lru_cache(maxsize=1)
def _actor_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(an event word of ``actor_events``, matched at the trigger; the gap words of ``actor_gap``
    and commas, ending where the trigger starts; "of" after the event's noun)."""
    data = data_file("nouns.yaml")
    events = trie_alternation({" ".join(str(w).lower().split()) for w in data.get("actor_events", ())})
    gap = trie_alternation({str(w).lower() for w in data.get("actor_gap", ())})
    return (pattern_cache.compile(rf"(?i:(?:{events}))(?![\w'’-])"),
            pattern_cache.compile(rf"(?i:(?:(?<![\w'’-])(?:{gap})\s+|,\s+)+)\Z"),
            pattern_cache.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?"))


def _actor(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """Who arrived or departed: the person named as the subject of the event's verb ("President
    Daniel Noboa said on arrival", "Kerry arrived", "the minister, who arrived") or after its
    noun ("the arrival of Kerry") or owning its noun ("Kerry's plane landed"), keyed by the surname,
    lower case; else a group's head noun, singular
    ("Rescue workers from Colombia arrived": ``worker``; "The Colombian rescue team, which
    arrived": ``team``); () for other events, or when no actor is told."""
    if not trigger:
        return ()
    text = scope.article.text
    event, gap, of = _actor_words()
    if event.fullmatch(text, *trigger) is None:
        return ()
    after = of.match(text, trigger[1], sentence[1])
    if after is not None:
        return _phrase_actor(scope, after.end(), _phrase_end(text, after.end(), sentence[1]))
    lo = sentence[0]
    g = gap.search(text, max(lo, trigger[0] - 80), trigger[0])
    end = g.start() if g is not None else trigger[0]
    end = len(text[:end].rstrip()) if end > lo else end
    start = _phrase_start(text, lo, end)
    return _phrase_actor(scope, start, end) if start < end else ()


def _phrase_start(text: str, lo: int, end: int) -> int:
    """Where the actor's phrase ending at ``end`` starts: after the last stop or quotation mark
    before it, no more than ``_ACTOR_WORDS`` words back."""
    stop = max((m.end() for m in _PHRASE_STOP.finditer(text, lo, end)), default=lo)
    words = [m.start() for m in _WORD.finditer(text, stop, end)]
    return words[-_ACTOR_WORDS] if len(words) >= _ACTOR_WORDS else (words[0] if words else end)


def _phrase_end(text: str, start: int, hi: int) -> int:
    stop = _PHRASE_STOP.search(text, start, hi)
    words = [m.end() for m in _WORD.finditer(text, start, stop.start() if stop else hi)]
    return words[min(len(words), _ACTOR_WORDS) - 1] if words else start


def _phrase_actor(scope: ArticleScope, start: int, end: int) -> tuple[str, ...]:
    """A person named in the phrase, by the last one's key; else the head of the phrase's
    group, its last common noun before a preposition, singular; else the last name."""
    named = [key for _, key in scope.named(start, end) if key != AMBIGUOUS]
    if named:
        return (named[-1].lower(),)
    text = scope.article.text
    cut = _HEAD_END.search(text, start, end)
    words = [w for w in _WORD.findall(text, start, cut.start() if cut else end)]
    # "Kerry's plane landed": the owner's
    owner = [w for w in words if w[:1].isupper() and w.endswith(("'s", "’s"))]
    if owner:
        return (owner[-1][:-2].lower(),)
    # a people's noun capitalized as a sentence's first word is no name ("Officers reached the scene")
    v = vocabulary()
    common = [w for w in words if (w[:1].islower() or w.lower() in v.person_nouns) and w.lower() not in _DETERMINERS]
    if common:
        return (singular(common[-1].lower()),)
    # a name the story gives no one in full ("Kerry arrived"): the name as written
    names = [_OWNER.sub("", w) for w in words if w[:1].isupper() and w not in v.not_names
             and w not in v.sentence_openers and w.lower() not in v.weekdays and w.lower() not in v.months]
    return (names[-1].lower(),) if names else ()
