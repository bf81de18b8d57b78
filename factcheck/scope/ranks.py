"""What place a value is told for (the ``rank`` reader): money, times and points of a race
or a contest are a fact per place ("the winner takes home $100,000", "the runner-up $75,000",
"third place earns $50,000"); the whole purse is no place's, a bonus a sum apart, and a sum
told with a bonus another sum than the place's prize (data/sports.yaml ``ranks``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie, trie_alternation
from factcheck.models import Mention
from factcheck.scan import KeyedPattern, first_words
from factcheck.scope.article import ArticleScope
from factcheck.scope.spans import _clause_of, _keyed_matches
from factcheck.vocab import FoldedKeys, data_file, vocabulary

# a figure between a place word and the value gives the word to that figure ("won by 19 seconds and took
# home $125,000"); not a year ("the winner of the 2025 race")
_FIGURE = pattern_cache.compile(r"(?<![\w'’.,:])(?!(?:1[89]|20)\d\d(?![\w,.:]))[$€£¥]?\d")
# a value's stretch between commas ("100,000" holds no comma that parts)
_COMMA = pattern_cache.compile(r",(?=\s)")
# a determiner before a bare ordinal makes it which one, no place: "a second $50 million loan"
# (data/nouns.yaml ``determiners``)
_DETERMINED = pattern_cache.compile(rf"(?i:(?<![\w'’-]){trie_alternation(data_words('nouns.yaml', 'determiners'))}\s+)\Z")
# a clause telling what a sum comes with: "$125,000, including the course-record bonus" (``addition_markers``)
_INCLUDING = pattern_cache.compile(rf",\s+{trie_alternation(data_words('nouns.yaml', 'addition_markers'))}", re.IGNORECASE)
# right after a value, what a purse is told to be: "$1.5 million purse"; a place owning it: "the winner's purse"
_OWNS = pattern_cache.compile(r"(?:['’]s?)?[\s-]+(?:[a-z][\w-]*\s+)?\Z")


# after a bonus's word, the figure it names: "a bonus of $25,000"
_BONUS_LABELS = trie(data_words("sports.yaml", "bonus_labels"))  # "of", "worth"
_LABELS = pattern_cache.compile(rf"\s+{_BONUS_LABELS}\s+[$€£¥]?\d", re.IGNORECASE)
_AFTER_WORDS = 3  # how many words after the value a place's noun may stand
_BONUS_WORDS = 5  # how many words after the value a bonus it is told with may stand
_WON = "won"  # sports.yaml ``ranks``: the winner's verbs, read in the value's own stretch alone
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


class _Ranks(NamedTuple):
    places: KeyedPattern   # a place or the purse: groups ``w`` (an outright word), ``o`` (an ordinal)
    keys: dict[str, str]   # an outright word (folded) -> its rank
    bare: re.Pattern       # ending where the value starts: a bare ordinal ("and third $50,000")
    bonus: KeyedPattern    # a bonus's word
    own_bonus: re.Pattern  # right after the value, its own noun "bonus": "$25,000 time bonus"
    bonus_of: re.Pattern   # ending where the value starts: "a bonus of"
    ordinal: dict[str, str]  # an ordinal (a word, or "2nd") -> its rank


def _phrase_key(phrase: str) -> str:
    """A phrase as the tables key it: lower case, one space between words."""
    return " ".join(phrase.lower().split())


@lru_cache(maxsize=1)
def _ranks() -> _Ranks:
    data = data_file("sports.yaml")
    named = {_phrase_key(str(w)): rank for rank, ws in (data.get("ranks") or {}).items() for w in ws}
    bonus = {w for w, rank in named.items() if rank == "bonus"}
    # FoldedKeys: a match of an ignore-case pattern may hold "ı" or "ſ" ("wınner")
    keys = FoldedKeys({w: rank for w, rank in named.items() if rank != "bonus"})
    numbers = vocabulary().ordinals
    words = {n: w for w, n in numbers.items()}
    ordinal = FoldedKeys({w: w for w in numbers})
    # "2nd place", "finished 3rd": keyed by the ordinal's word
    ordinal.update({f"{n}{_SUFFIX.get(n % 10 if n // 10 != 1 else 0, 'th')}": words.get(n, str(n)) for n in range(1, 21)})
    ords = trie_alternation(set(ordinal))
    nouns = trie_alternation({str(w) for w in data.get("rank_nouns", ())})
    verbs = trie_alternation({str(w) for w in data.get("rank_verbs", ())})
    outright = trie_alternation(set(keys)).replace(" ", r"\s+")
    places = pattern_cache.compile(
        rf"(?i:(?<![\w'’-])(?:(?P<w>{outright})|(?P<o>{ords})[\s-]+(?:{nouns})"
        # "finished second in 2:04:00", "was third, 41 seconds back"; not "was first reported"
        rf"|(?:{verbs})\s+(?P<v>{ords})(?=\s*(?:[,.;:)]|\Z|{trie(data_words('sports.yaml', 'rank_verb_followers'))}\b|[$€£¥\d])))"
        rf"(?![\w-]))")
    bonus_words = trie_alternation(bonus)
    not_own = trie_alternation([*data_words("nouns.yaml", "phrase_enders"), *data_words("nouns.yaml", "determiners")])
    return _Ranks(
        KeyedPattern(places, first_words(keys) | set(ordinal) | first_words(data.get("rank_verbs", ()))),
        keys,
        pattern_cache.compile(rf"(?i:(?<![\w'’-])(?P<o>{ords})(?:\s+{trie(data_words('sports.yaml', 'rank_before_value'))})?\s+)\Z"),
        KeyedPattern(pattern_cache.compile(rf"(?i:(?<![\w'’-])(?:{bonus_words})(?![\w'’-]))"), bonus),
        # up to two words of the bonus's own, none that goes on past a noun or opens another phrase
        # (data/nouns.yaml ``phrase_enders``, ``determiners``): "$25,000 time bonus", not "$25,000 with a bonus"
        pattern_cache.compile(
            rf"(?:\s+(?!{not_own})"
            rf"[a-z][\w'’-]*){{0,2}}\s+(?i:{bonus_words})(?![\w'’-])"),
        pattern_cache.compile(rf"(?i:(?<![\w'’-])(?:{bonus_words})\s+{_BONUS_LABELS}\s+)\Z"),
        ordinal)


def _won(ranks: _Ranks, m: re.Match) -> bool:
    return m.group("w") is not None and ranks.keys[_phrase_key(m.group("w"))] == _WON


def _rank_of(ranks: _Ranks, m: re.Match) -> str:
    if m.group("w") is not None:
        rank = ranks.keys[_phrase_key(m.group("w"))]
        return "first" if rank == _WON else rank
    return ranks.ordinal[(m.group("o") or m.group("v")).lower()]


def _rank(scope: ArticleScope, mention: Mention, sentence, since, trigger) -> tuple[str, ...]:
    """The place the value is told for: "first", "second", ... (the winner's, the runner-up's,
    "third place"), "purse" for the whole sum, "bonus" for a bonus ("a $25,000 time bonus"), or
    "with bonus" for a sum told with one ("$125,000 with the course-record bonus"); () when the
    value's words tell none. Read from the value's stretch between commas, nearest before the
    value, else after it, else before it in its clause, never across another figure ("won by
    19 seconds and took home $125,000" names no place of the sum)."""
    ranks = _ranks()
    clause = _clause_of(scope, mention, sentence)
    return _bonus_rank(scope, ranks, mention, sentence, clause) or _place_rank(scope, ranks, mention, clause)


def _bonus_rank(scope: ArticleScope, ranks: _Ranks, mention: Mention, sentence, clause) -> tuple[str, ...]:
    """("bonus",) for a bonus itself ("a $25,000 time bonus", "a bonus of $25,000"), ("with bonus",)
    for a sum told with one ("$125,000 with the course-record bonus"), else ()."""
    text = scope.article.text
    ms, me = mention.start, mention.end
    c0, c1 = clause
    if ranks.own_bonus.match(text, me, c1) is not None or ranks.bonus_of.search(text, max(c0, ms - 30), ms):
        return ("bonus",)
    # a bonus after the value, before another figure, in its clause or one it opens with "including"
    end = c1
    if _INCLUDING.match(text, c1) is not None:
        end = _next_break(scope, c1, sentence[1])
    figure = _FIGURE.search(text, me, end)
    end = figure.start() if figure is not None else end
    # a few words on, with no comma between but the one that opens "including"; not "and a bonus of
    # $25,000": that bonus is the next figure's
    for m in _keyed_matches(scope, ranks.bonus, me, end):
        between = text[me:m.start()]
        if len(between.split()) <= _BONUS_WORDS and _LABELS.match(text, m.end()) is None and (
                "," not in between or _INCLUDING.match(text, me) is not None):
            return ("with bonus",)
    return ()


def _place_rank(scope: ArticleScope, ranks: _Ranks, mention: Mention, clause) -> tuple[str, ...]:
    """The place a sum is told for ("first", ..., "purse"), from a bare ordinal right before it ("and
    third $50,000", not "a second $50 million loan") or a place's words in its clause; else ()."""
    text = scope.article.text
    ms, me = mention.start, mention.end
    c0, c1 = clause
    bare = ranks.bare.search(text, max(c0, ms - 30), ms)
    if bare is not None and _DETERMINED.search(text, max(c0, bare.start() - 8), bare.start()) is None:
        return (ranks.ordinal[bare.group("o").lower()],)
    hits = list(_keyed_matches(scope, ranks.places, c0, c1))
    if not hits:
        return ()
    commas = [m.start() for m in _COMMA.finditer(text, c0, c1)]
    s0 = max((c + 1 for c in commas if c < ms), default=c0)
    s1 = min((c for c in commas if c >= me), default=c1)
    before = [m for m in hits if m.end() <= ms and _FIGURE.search(text, m.end(), ms) is None]
    # after the value, a place's noun a few words on ("$1.5 million purse", "$100,000 to the winner"); not a verb
    # that the value is the subject of ("the $164bn bailout won approval")
    after = [m for m in hits if m.start() >= me and m.end() <= s1 and _FIGURE.search(text, me, m.start()) is None
             and len(text[me:m.start()].split()) <= _AFTER_WORDS and not _won(ranks, m)]
    wider = [m for m in before if not _won(ranks, m)]
    for found in ([m for m in before if m.start() >= s0], after, wider):
        if found:
            hit = found[-1] if found is not after else found[0]
            rank = _rank_of(ranks, hit)
            if rank == "purse":
                # "the winner's purse", "the first-place purse": the purse a place takes
                owner = [m for m in hits if m.end() <= hit.start() and _rank_of(ranks, m) != "purse"
                         and _OWNS.fullmatch(text, m.end(), hit.start()) is not None]
                if owner:
                    rank = _rank_of(ranks, owner[-1])
            return (rank,)
    return ()


def _next_break(scope: ArticleScope, at: int, stop: int) -> int:
    """Where the clause opened by the break at ``at`` ends."""
    for start, _ in scope.break_spans(at + 1, stop):
        if start > at:
            return start
    return stop


def rank_words() -> frozenset[str]:
    """The words the rank reader looks up in an article's index."""
    ranks = _ranks()
    return ranks.places.keys | ranks.bonus.keys
