"""Names and quotations: compared as text, never as a discrepancy.

A name spelled two ways (Sergei, Sergey) or a quotation worded two ways is
"compatible": the report shows both forms for an editor to judge. Spellings
fold initials and possessives; wordings fold case and punctuation, and join
when fuzzy matching (rapidfuzz) or a shared run of content words says they are
one quotation. Thousands of wordings are blocked by rare words rather than
compared pair by pair (``_Candidates``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, chain

from factcheck import pattern_cache
from factcheck.models import Claim, Value
from factcheck.extract.base import data_words
from factcheck.extract.names import particle_set, prefix_forms
from factcheck.vocab import longest_first, vocabulary


def spelling(value: Value) -> str:
    """A name as spelled, initials and possessive dropped: ``Sergey V. Lavrov's`` -> ``Sergey Lavrov``."""
    return _spelling(str(value.stated))


@lru_cache(maxsize=8192)
def _spelling(stated: str) -> str:
    """``spelling`` of a stated name; a name recurs in many claims, so it is cached."""
    # a possessive is no spelling: "Russia's Foreign Ministry" is "Russia Foreign Ministry"
    words = [w[:-2] if w.endswith("'s") else w for w in stated.replace("’", "'").split()]
    return " ".join(w for w in words if not (len(w) == 2 and w.endswith(".")))


def name_parts(value: Value) -> tuple[str | None, str, str]:
    """A name's given name, particles and surname as spelled (``_name_parts``):
    ``Bashar al-Assad`` -> ``("Bashar", "", "al-Assad")``."""
    return _name_parts(_spelling(str(value.stated)))


def wording(value: Value) -> str:
    """A quotation's words, case, curly quotes and punctuation folded."""
    return _fold_words(str(value.stated))


_NOT_WORD = pattern_cache.compile(r"[^\w']+")


# The quotations folded so far that hold a gap mark (``_GAP``): filled as each is folded,
# so that ``_wordings`` tells at C speed, with no look at each text, that most sets hold none
_WITH_GAPS: set[str] = set()


@lru_cache(maxsize=8192)
def _fold_words(text: str) -> str:
    if "..." in text or "…" in text or "[" in text:
        _WITH_GAPS.add(text)
    s = text.lower().replace("’", "'")
    if "n't" in s or "nnot" in s:
        s = _contractions().sub(lambda m: vocabulary().quote_contractions[m.group()], s).replace("n't", " not")
    return _NOT_WORD.sub(" ", s).strip()


@lru_cache(maxsize=1)
def _contractions() -> re.Pattern:
    """``quote_contractions`` in text.yaml, as one pattern over lower-cased text."""
    return pattern_cache.compile(r"\b(?:" + "|".join(map(re.escape, longest_first(vocabulary().quote_contractions))) + r")\b")


def text_verdict(claims: list[Claim]) -> tuple[str, list[list[Claim]]]:
    """Names and quotes: agree when written the same way, compatible otherwise."""
    stated = [c.mention.value.stated for c in claims]
    forms = _text_forms(claims, set(stated))
    by_form: dict[str, list[Claim]] = {}
    for c, s in zip(claims, stated):
        k = forms[s]
        if k is not None:
            by_form.setdefault(k, []).append(c)
    groups = [by_form[k] for k in sorted(by_form)]
    return _text_verdict(claims, len(groups)), groups


def text_differs(claims: list[Claim]) -> bool:
    """Whether ``text_verdict`` says "compatible", from one look at each
    distinct text instead of one per claim: most names agree."""
    return stated_texts_differ(claims, {c.mention.value.stated for c in claims})


def stated_texts_differ(claims: list[Claim], stated: set) -> bool:
    """``text_differs(claims)``, given the claims' distinct stated values."""
    forms = _text_forms(claims, stated)
    if len({k for k in forms.values() if k is not None}) < 2:
        return False
    # a name spelled two ways differs even in one article; a quotation needs two
    return claims[0].mention.kind == "name" or len({c.mention.article for c in claims}) > 1


def _text_verdict(claims: list[Claim], n_groups: int) -> str:
    if claims[0].mention.kind == "name":
        # one article spelling a name two ways counts too
        if n_groups > 1:
            return "compatible"
        return "agree" if len({c.mention.article for c in claims}) > 1 else "single_source"
    if len({c.mention.article for c in claims}) < 2:
        return "single_source"
    return "agree" if n_groups == 1 else "compatible"


def _text_forms(claims: list[Claim], stated: set) -> dict:
    """Each distinct stated text of the claims, ``stated``, to its group key:
    its wording for a quotation; for a name, see ``_name_keys``. None leaves a
    claim out of every group."""
    if claims[0].mention.kind == "name":
        return _name_keys(stated)
    return _wordings(stated)


def _wordings(stated: set) -> dict:
    """``wording`` of each distinct stated quotation; one that marks words left out or
    put in (``_gapped``) takes the wording of another it quotes faithfully."""
    forms = {s: _fold_words(str(s)) for s in stated}
    if len(forms) > 1 and _WITH_GAPS and not _WITH_GAPS.isdisjoint(stated):
        whole = sorted({f for s, f in forms.items() if _gapped(str(s)) is None})
        for s in sorted(stated, key=str):
            pieces = _gapped(str(s))
            if pieces is not None:
                first = pieces[0][0]
                # sorted: the wordings that open with its first piece stand together
                lo = bisect_left(whole, first) if first else 0
                hi = bisect_left(whole, first + "\uffff") if first else len(whole)
                forms[s] = next((f for f in whole[lo:hi] if _quotes_faithfully(pieces, f)), forms[s])
    return forms


# An ellipsis marks words left out of a quotation, brackets words an editor put in for
# others ("[the deal] protects our farmers"): either stands for any words of the whole
_GAP = pattern_cache.compile(r"\.\.\.|…|\[[^\]\n]*\]")


@lru_cache(maxsize=4096)
def _gapped(stated: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A quotation with gaps (``_GAP``): its folded pieces between them, "" where a gap
    opens or ends it, and the negations its brackets put in; None without a gap."""
    if "..." not in stated and "…" not in stated and "[" not in stated:
        return None
    pieces = tuple(_fold_words(p) for p in _GAP.split(stated))
    if len(pieces) < 2:
        return None
    negations = _quote_vocabulary()[1]
    put_in = tuple(w for m in _GAP.finditer(stated) for w in _fold_words(m.group()).split() if w in negations)
    return pieces, put_in


def _quotes_faithfully(gapped: tuple, whole: str) -> bool:
    """Whether a quotation with gaps (``_gapped``) says ``whole`` (folded) with words
    left out or put in at its gaps only: its pieces in order, the first opening ``whole``
    and the last ending it unless a gap stands there. A gap that leaves out a negation
    its brackets do not put back changes the meaning ("We will ... raise taxes" does not
    quote "We will not raise taxes"), as does one its brackets put in."""
    pieces, put_in = gapped
    text = f" {whole} "
    first, last = pieces[0], pieces[-1]
    if first and not text.startswith(f" {first} "):
        return False
    if last and not text.endswith(f" {last} "):
        return False
    at = len(first) + 1 if first else 0
    end = len(text) - (len(last) + 1 if last else 0)
    if at > end:
        return False
    skipped = []
    for p in pieces[1:-1]:
        if not p:
            continue
        k = text.find(f" {p} ", at, end + 1)
        if k < 0:
            return False
        skipped.append(text[at:k])
        at = k + len(p) + 1
    skipped.append(text[at:end])
    negations = _quote_vocabulary()[1]
    left_out = [w for gap in skipped for w in gap.split() if w in negations]
    return sorted(left_out) == sorted(put_in)


def _name_keys(stated: set) -> dict:
    """A name differs when its surname, the particles before it ("von der" / "van der"
    Leyen) or a given name, where each is stated, is spelled two ways; "Lavrov" beside
    "Sergei Lavrov" is no difference, nor "Beethoven" beside "Ludwig van Beethoven". So
    the key is the surname when surnames differ, else the particles when two names state
    different ones, else the given name (None for a name that lacks the part compared)."""
    parts = {s: _name_parts(_spelling(str(s))) for s in stated}
    if len({p[2] for p in parts.values()}) > 1:
        return {s: p[2] for s, p in parts.items()}
    if len({p[1] for p in parts.values()} - {""}) > 1:
        return {s: p[1] or None for s, p in parts.items()}
    if len({p[0] for p in parts.values()} - {None}) == 1:
        middles = {s: _middle_name(_spelling(str(s))) for s in stated}
        if _one_middle_spelled_apart(set(middles.values()) - {""}):
            return {s: m or None for s, m in middles.items()}
    return {s: p[0] for s, p in parts.items()}


def _one_middle_spelled_apart(middles: set[str]) -> bool:
    """Whether the middle names stated beside one given name and surname are one spelled two
    ways ("Ramesh Prasad Jha" / "Ramesh Prashad Jha"): two or more, each a variant of the
    same (``_aliases``). Two middle names far apart ("Prasad" / "Kumar") may be two people,
    and a middle name one source leaves out is no difference."""
    if len(middles) < 2:
        return False
    roots = _aliases(sorted(middles), 3, vowel_vouched=lambda a, b: True)  # the other parts are one
    return middles <= roots.keys() and len(set(roots.values())) == 1


@lru_cache(maxsize=8192)
def _middle_name(spelled: str) -> str:
    """The given names after the first of a spelled name (``_name_parts``), its middle names:
    "Ramesh Prasad Jha" -> "Prasad"; "" when none is stated (a middle initial is none)."""
    particles = particle_set()
    return " ".join(w for w in spelled.split()[1:-1] if w.lower() not in particles)


@lru_cache(maxsize=8192)
def _name_parts(spelled: str) -> tuple[str | None, str, str]:
    """A spelled name's given name (None when only a surname is stated), the particles
    before its surname in lower case, and its surname with its article in lower case: a
    particle's capital opens a sentence or follows a house style ("Von der Leyen",
    "Al-Jubeir"), and spells nothing. "Van" opening a name before a word ("Van Morrison")
    is a given name."""
    words = spelled.split()
    particles = particle_set()
    given, run = [], []
    for k, w in enumerate(words[:-1]):
        low = w.lower()
        if low in particles and (k or words[1].lower() in particles):
            run.append(low)
        else:
            given.append(w)
    surname = words[-1] if words else ""
    head, dash, rest = surname.partition("-")
    if dash and f"{head.lower()}-" in prefix_forms():
        surname = f"{head.lower()}-{rest}"
    return (given[0] if given else None), " ".join(run), surname


# A name misspelled by a letter or two ("Aizawa" / "Aisawa", "Steffen" / "Stefan", both
# folded by ``names.key`` first) is one name spelled two ways, as ``scope`` takes
# "Kremenjuk" and "Kremenyuk" for one person: same first letter, and fuzz.ratio of
NAME_MATCH = 80
# Surnames must also share a given name, or be long and closer still: "Osama" alone is
# not "Obama", nor "John Mayer" "Tom Meyer".
SURNAME_ALONE_MATCH, SURNAME_ALONE_LENGTH = 85, 6
# A word of four letters that one vowel inside sets apart from another ("Lim Wei Ming" / "Lim
# Wei Meng", "John Reid" / "John Reed") scores 75, under ``NAME_MATCH`` as any one letter in four
# does: it is one name spelled two ways too, beside the same given name (``vouched``); another
# consonant ("Ming" / "Mink") or another first letter ("Ming" / "Ling") is another name.
_SHORT_WORD, _VOWELS = 4, frozenset("aeiouy")


def _a_vowel_apart(a: str, b: str) -> bool:
    """Whether words ``a`` and ``b`` of ``_SHORT_WORD`` letters differ in one vowel inside them."""
    apart = [k for k in range(1, _SHORT_WORD - 1) if a[k] != b[k]]
    return (len(apart) == 1 and a[0] == b[0] and a[-1] == b[-1]
            and a[apart[0]] in _VOWELS and b[apart[0]] in _VOWELS)


def spelling_aliases(givens_by_surname: dict[str, set[str]], others_by_surname: dict[str, set[frozenset]] | None = None
                     ) -> tuple[dict[str, str], dict[str, str]]:
    """For the folded surnames of a fact's names, each with the given names stated
    with it: each surname and each given name that is a variant spelling of another,
    mapped to the first spelling of its kind (alphabetically). Variants only: a
    spelling with no other is left out. Two short surnames a vowel apart (``_a_vowel_apart``)
    are one only where ``others_by_surname`` (each surname's names' other parts, each name's as
    a set) gives both one name's two or more other parts: "Lim Wei Ming" / "Lim Wei Meng", never
    "John Reid" / "John Reed"."""
    givens = _aliases(sorted(set().union(*givens_by_surname.values())), 3)
    known = {s: {givens.get(g, g) for g in gs} for s, gs in givens_by_surname.items()}

    def vouched(a: str, b: str, score: float) -> bool:
        if known[a] and known[b]:
            return not known[a].isdisjoint(known[b])
        return score >= SURNAME_ALONE_MATCH and min(len(a), len(b)) >= SURNAME_ALONE_LENGTH

    def ending_vouched(a: str, b: str) -> bool:
        # "Tigist Alemu" / "Tigist Alemo", "Oscar Puente" / "Oscar Puentes", "Siti Rahmawati" /
        # "Siti Rahmawatie": beside one given name a surname's last letter, or a letter more at its
        # end, is a slip; alone ("Alemu" / "Alemo") or beside others ("Imran Khan" / "Ayesha Khana") two names
        return bool(known[a]) and bool(known[b]) and not known[a].isdisjoint(known[b])

    def vowel_vouched(a: str, b: str) -> bool:
        both = others_by_surname.get(a, set()) & others_by_surname.get(b, set()) if others_by_surname else ()
        return any(len(parts) >= 2 for parts in both)

    return _aliases(sorted(givens_by_surname), 4, vouched, _initials_alike(), ending_vouched, vowel_vouched), givens


@lru_cache(maxsize=1)
def _form_letters() -> frozenset[str]:
    """names.yaml ``surname_form_letters``: a letter more that makes another form of a surname."""
    return frozenset(data_words("names.yaml", "surname_form_letters"))


@lru_cache(maxsize=1)
def _initials_alike() -> dict[str, str]:
    """Each letter of ``surname_initials_alike`` (names.yaml) -> the first of its class."""
    return {c: group[0] for group in data_words("names.yaml", "surname_initials_alike") for c in group}


def _aliases(words: list[str], shortest: int, vouched=None, initials: dict[str, str] | None = None,
             ending_vouched=None, vowel_vouched=None) -> dict[str, str]:
    """``spelling_aliases`` for one kind of word: variants joined in groups, each
    word of a group of two or more to the group's first (``words`` sorted). Only
    words whose first letters are one (or alike in ``initials``) are compared. Two words
    that differ in the last letter alone, or by a letter more at the end, are two forms of a
    name ("Maria" / "Mario", "Ann" / "Anna") unless ``ending_vouched`` says they are one
    ("Tigist Alemu" / "Tigist Alemo", "Siti Rahmawati" / "Siti Rahmawatie"). Two short words a
    vowel apart ("Ming" / "Meng") are compared only where ``vowel_vouched`` says they may be one."""
    from rapidfuzz import fuzz, process

    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    by_letter: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= shortest:
            by_letter.setdefault(initials.get(w[0], w[0]) if initials else w[0], []).append(w)
    for group in by_letter.values():
        for i, a in enumerate(group[:-1]):
            later = group[i + 1:]
            found = process.extract(a, later, scorer=fuzz.ratio, score_cutoff=NAME_MATCH, limit=None)
            if len(a) == _SHORT_WORD and vowel_vouched is not None:
                found += [(b, NAME_MATCH, k) for k, b in enumerate(later)
                          if len(b) == _SHORT_WORD and _a_vowel_apart(a, b) and vowel_vouched(a, b)]
            for _, score, k in found:
                b = later[k]
                # a word and more of it ("Democracy" / "Democracy-led") is no misspelling, nor
                # two forms of one name ("Maria" / "Mario", "Ivanov" / "Ivanova")
                if abs(len(a) - len(b)) > 2 or a.startswith(b) or b.startswith(a) or a[:-1] == b[:-1]:
                    # ... or a letter more at its end ("Rahmawati" / "Rahmawatie", "Puente" / "Puentes"),
                    # not one that makes another form (names.yaml ``surname_form_letters``: "Ivanova")
                    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
                    ending = a[:-1] == b[:-1] or (len(longer) == len(shorter) + 1 and longer.startswith(shorter)
                                                  and longer[-1] not in _form_letters())
                    if not (ending and ending_vouched is not None and ending_vouched(a, b)):
                        continue
                if vouched is None or vouched(a, b, score):
                    ra, rb = root(a), root(b)
                    parent[max(ra, rb)] = min(ra, rb)  # the first spelling stays the root
    return {w: root(w) for w in sorted(parent.keys() | set(parent.values()))}


def _by_wording(claims: list[Claim], key) -> tuple[list[str], dict[str, list[int]]]:
    """The distinct wordings (``_wordings``) of the claims' quotations, sorted by ``key``,
    and for each the positions of its claims: a quotation a hundred articles repeat is
    one wording to compare."""
    stated = [c.mention.value.stated for c in claims]
    forms = _wordings(set(stated))
    by_text: dict[str, list[int]] = {}
    for i, s in enumerate(stated):
        by_text.setdefault(forms[s], []).append(i)
    return sorted(by_text, key=key), by_text


def _finder(parent: list[int]):
    """The root finder of a union-find forest kept in ``parent``, halving paths as it goes."""
    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    return find


def _claim_groups(claims: list[Claim], texts: list[str], by_text: dict[str, list[int]], find) -> list[list[Claim]]:
    """The claims of each joined set of wordings, by article then place, the groups in the
    order of their first claims."""
    groups: dict[int, list[int]] = {}
    for i, t in enumerate(texts):
        groups.setdefault(find(i), []).extend(by_text[t])
    place = [(c.mention.article, c.mention.start) for c in claims]
    out = [[claims[k] for k in sorted(g, key=place.__getitem__)] for g in groups.values()]
    return sorted(out, key=lambda g: (g[0].mention.article, g[0].mention.start))


QUOTE_MATCH = 80  # fuzz.token_set_ratio at which two wordings are one quotation


def quote_clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Quotations that say the same thing: one contains the other, the wording is
    close, or one says the other's content words in the same run (see ``paraphrase``).

    Identical wordings are merged first, so a quotation repeated by a hundred
    articles costs one comparison, not ten thousand."""
    from rapidfuzz import fuzz, process

    texts, by_text = _by_wording(claims, len)
    parent = list(range(len(texts)))
    find = _finder(parent)

    # every pair of wordings is a candidate, and scoring one costs as much as
    # thousands of bytecodes: cheap bounds, and an index of words that drops no pair
    # they keep, rule most pairs out first (``_Words.later_matches``)
    words = _Words(texts)
    content = list(map(_content, texts))
    postings: dict[str, list[int]] = {}  # content word -> the texts it stands in
    for i, (_, stems, _) in enumerate(content):
        for w in stems:
            postings.setdefault(w, []).append(i)
    candidates = None if len(texts) <= EXHAUSTIVE_QUOTES else _Candidates(texts, words, content, postings)
    for i, text in enumerate(texts):
        # texts already joined to this one need no comparison: the groups are
        # the connected ones, and a story's variants of one quotation join early
        root = find(i)
        if candidates is None:
            close = words.later_matches(i, lambda j: find(j) == root)
            longer = words.containing(i, texts)
        else:
            # a few candidates: the scorer's own loop is cheaper than ruling some out first
            close = [j for j in candidates.of(i) if find(j) != root]
            longer = candidates.containing(i)
        if close:
            for _, _, k in process.extract(text, [texts[j] for j in close], scorer=fuzz.token_set_ratio,
                                           score_cutoff=QUOTE_MATCH, limit=None):
                parent[find(i)] = find(close[k])
        for j in longer:
            if text in texts[j]:  # sorted by length: only a later text can contain this one
                parent[find(i)] = find(j)
        if len(content[i][1]) < PARAPHRASE_WORDS:
            continue
        if candidates is None:
            # most pairs share no content word: counting the texts each of this
            # one's words stands in after it, at C speed, rules them out without a look
            shared = Counter(chain.from_iterable(p[bisect_right(p, i):] for p in map(postings.__getitem__, content[i][1])))
            offered = [j for j, n in shared.items() if n >= PARAPHRASE_WORDS]
        else:
            offered = candidates.paraphrasing(i)
        for j in offered:
            if find(j) != find(i) and paraphrase(content[i], content[j]):
                parent[find(i)] = find(j)
    return _claim_groups(claims, texts, by_text, find)


def same_words(claims: list[Claim]) -> list[list[Claim]]:
    """Quotations in the same words: one wording (``_wordings``: case, punctuation,
    contractions and marked gaps folded), or one a run of whole words of the other
    ("ready to talk about the border" in "We are ready to talk about the border, but not
    now"). Not wordings a word apart, as ``quote_clusters`` joins them: "a good deal" and
    "a bad deal", or the same words in another order, are two remarks, and two people may
    well make them. Each wording is looked for only in the longer wordings that hold its
    rarest word."""
    texts, by_text = _by_wording(claims, lambda t: (len(t), t))
    postings: dict[str, list[int]] = {}
    for i, t in enumerate(texts):
        for w in set(t.split()):
            postings.setdefault(w, []).append(i)
    parent = list(range(len(texts)))
    find = _finder(parent)

    for i, t in enumerate(texts):
        words = t.split()
        if not words:
            continue
        inner = f" {t} "
        rarest = postings[min(words, key=lambda w: (len(postings[w]), w))]
        for j in rarest[bisect_right(rarest, i):]:  # sorted by length: only a later one holds it
            if inner in f" {texts[j]} ":
                parent[find(i)] = find(j)
    return _claim_groups(claims, texts, by_text, find)


@lru_cache(maxsize=8192)
def content_words(stated: str) -> int:
    """How many distinct content words (``_content``) a quotation has: "a violation of
    international law" has three."""
    return len(_content(_fold_words(stated))[1])


@lru_cache(maxsize=8192)
def spoken_statement(stated: str) -> bool:
    """Whether a quotation speaks in someone's voice, with a personal pronoun (text.yaml
    ``quote_persons``): "We will not let the city burn" is a statement, "a violation of
    international law" a set phrase. Read as written: "US" is a country's initials, and "I"
    after a capitalised word past the first a numeral ("World War I")."""
    persons = vocabulary().quote_persons
    words = _NOT_WORD.split(stated)
    for k, w in enumerate(words):
        if w.lower() not in persons or (len(w) > 1 and w.isupper()):
            continue
        if w == "I" and k > 1 and words[k - 1][:1].isupper():
            continue
        return True
    return False


# Up to this many distinct wordings in one fact (a cluster of a hundred articles has
# fewer), no pair that may match is left out (``_Words.later_matches``); past it, only
# the pairs ``_Candidates`` offers, so that a run over thousands of articles grows
# linearly, not with the square.
EXHAUSTIVE_QUOTES = 400
# Past ``EXHAUSTIVE_QUOTES``, a word in more wordings than this is too common to offer
# a pair by itself ("the", "said", the story's main name)
COMMON_WORD = 25
# ... and a word in more than this many is not looked up at all: a word of a quotation
# that a hundred articles repeat with changes still is
LOOKED_UP = 100


class _Candidates:
    """The pairs of wordings that may be one quotation, found through the words they
    share rather than by looking at every pair. Two wordings are offered as a pair:

    - when they share a word that is not common (``COMMON_WORD``): variants of one
      quotation share most of their words, and the rarer ones tell them apart;
    - when the one with fewer letters shares a word of its rarest third (by letters)
      with the other, if that word is in no more than ``LOOKED_UP`` wordings:
      every pair whose shared words make two thirds of the shorter (one way to
      score ``QUOTE_MATCH``, see ``_Words``) shares one, so a quotation repeated
      with small changes by many articles still joins however many there are;
    - as paraphrases, when the longer holds one of the shorter's rarest content
      words, as many as ``paraphrase`` lets it lack and one more (with the same bound);
    - for containment, when the longer holds the rarest of the shorter's inner
      words (a wording inside another holds all of them; its first and last word
      may be cut, "ready" in "already"), or of its words when it has no inner one.

    Each wording is thus compared with a bounded number of others whatever the
    number of articles. What it misses, against comparing every pair: wordings
    made only of words in more than ``LOOKED_UP`` wordings, variants whose
    every rare word is spelled otherwise (which only their letters could join), and
    a wording of one or two words cut out of another's first or last word."""

    def __init__(self, texts: list[str], words: _Words, content: list[tuple], stem_postings: dict[str, list[int]]) -> None:
        self.texts, self.words, self.content, self.stem_postings = texts, words, content, stem_postings
        self.postings: dict[str, list[int]] = {}
        for i, tokens in enumerate(words.tokens):
            for t in tokens:
                self.postings.setdefault(t, []).append(i)
        self.rare = {t for t, p in self.postings.items() if len(p) <= COMMON_WORD}

    def of(self, i: int) -> list[int]:
        """The wordings that share a rare word with wording ``i``, or a word of its
        rarest third."""
        postings = self.postings
        probe = (self.words.tokens[i] & self.rare) | self._rarest_third(i)
        return sorted({j for t in probe for j in postings[t]} - {i})

    def _rarest_third(self, i: int) -> set[str]:
        """The rarest words of wording ``i`` that weigh (letters and a space each)
        more than a third of it, less those too common to look up (see the class)."""
        postings = self.postings
        need, got, out = self.words.lengths[i] / 3, 0, set()
        for t in sorted(self.words.tokens[i], key=lambda t: (len(postings[t]), t)):
            if got > need:
                break
            if len(postings[t]) <= LOOKED_UP:
                out.add(t)
            got += len(t) + 1
        return out

    def paraphrasing(self, i: int) -> list[int]:
        """The wordings with as many content words as ``i`` or more that may be its
        ``paraphrase``."""
        stems, postings = self.content[i][1], self.stem_postings
        n = len(stems)
        # ``paraphrase`` wants ``PARAPHRASE_SHARE * n`` shared (the same product): so many
        # of the rarest may be missing, and one more is shared
        lacking = n - math.ceil(PARAPHRASE_SHARE * n)
        rarest = sorted(stems, key=lambda w: (len(postings[w]), w))[:lacking + 1]
        content = self.content
        return sorted({j for w in rarest if len(postings[w]) <= LOOKED_UP for j in postings[w]
                       if j != i and len(content[j][1]) >= n})

    def containing(self, i: int) -> list[int]:
        """The longer wordings that may contain wording ``i``."""
        inner = set(self.texts[i].split(" ")[1:-1])  # the words not first or last
        words = inner or self.words.tokens[i]
        if not words:
            return []
        postings = self.postings
        p = postings[min(words, key=lambda t: (len(postings[t]), t))]
        return p[bisect_right(p, i):]


# One statement in two translations or paraphrases ("Russia never initiated the
# freeze in relations" / "Russia was never the initiator of this cooling of
# relations") shares most content words but too few letters to score QUOTE_MATCH.
PARAPHRASE_WORDS = 4  # content words the two quotations share at least
PARAPHRASE_SHARE = 0.8  # of the shorter quotation's content words, found in the longer
# the shared words against the shorter's and the run of the longer that holds
# them (Dice): a word for a word is a translation (8 of 10 for Peskov's five
# words above); a word for three, a second statement
PARAPHRASE_ALIGNED = 0.8


@lru_cache(maxsize=1)
def _quote_vocabulary() -> tuple[frozenset, frozenset, re.Pattern]:
    """Stop words, negations and the suffix pattern of text.yaml's ``quote_*`` tables."""
    v = vocabulary()
    suffixes = sorted(v.quote_suffixes, key=len, reverse=True)
    # the shortest stem that leaves a suffix is the longest suffix
    stem = pattern_cache.compile(r"(\w{4,}?)(?:%s)" % "|".join(map(re.escape, suffixes)))
    return v.quote_stop_words, v.quote_negations, stem


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    negations, pattern = _quote_vocabulary()[1:]
    if word in negations:
        return word
    m = pattern.fullmatch(word)
    return m.group(1) if m else word


def _content(text: str) -> tuple[tuple[str, ...], frozenset, bool]:
    """A folded quotation's content words, stemmed, in order; their set; whether
    one is a negation."""
    stop, negations, _ = _quote_vocabulary()
    words = tuple(_stem(w) for w in text.split(" ") if w and w not in stop)
    return words, frozenset(words), not negations.isdisjoint(words)


def paraphrase(a: tuple, b: tuple) -> bool:
    """Whether two quotations (``_content`` of each) say one thing in other words:
    they share ``PARAPHRASE_WORDS`` content words or more, which make
    ``PARAPHRASE_SHARE`` of the shorter one's; in the longer, those words stand
    together with few others among them (``PARAPHRASE_ALIGNED``), and a negation
    stands among them just when the shorter has one ("ready for dialogue" is not
    "not ready to lift sanctions")."""
    if len(a[1]) > len(b[1]):
        a, b = b, a
    shared = a[1] & b[1]
    if len(shared) < PARAPHRASE_WORDS or len(shared) < PARAPHRASE_SHARE * len(a[1]):
        return False
    window = _window(b[0], shared)
    if window is None or 2 * len(shared) < PARAPHRASE_ALIGNED * (len(a[1]) + len(window)):
        return False
    negations = _quote_vocabulary()[1]
    return a[2] == (not negations.isdisjoint(window))


def _window(words: tuple, wanted: frozenset) -> tuple | None:
    """The shortest run of ``words`` that holds every one of ``wanted``."""
    need, have = len(wanted), {}
    best = None
    lo = 0
    for hi, w in enumerate(words):
        if w not in wanted:
            continue
        have[w] = have.get(w, 0) + 1
        while len(have) == need:
            if best is None or hi - lo < best[1] - best[0]:
                best = (lo, hi)
            v = words[lo]
            lo += 1
            if v in have:
                have[v] -= 1
                if not have[v]:
                    del have[v]
    return None if best is None else words[best[0]:best[1] + 1]


class _Words:
    """Folded quotations (see ``wording``: words of ``[\\w']`` and single
    spaces) as ``fuzz.token_set_ratio`` sees them: each text's distinct words,
    sorted and joined by spaces. This tells cheaply which pairs cannot score
    ``QUOTE_MATCH`` (80).

    That score is the best of three ratios. Two set the words both texts have
    against those plus either text's own words, and reach 80 only when the
    shared words make two thirds of the shorter text. The third is the Indel
    distance between the texts' own words, which reaches 80 only within a
    fifth of the two lengths. That distance is at least the difference of the
    two texts' character counts, to which the shared words add nothing: the
    distance between the texts' characters in sorted order, which
    ``fuzz.ratio`` measures at C speed against that same fifth."""

    def __init__(self, texts: list[str]) -> None:
        self.tokens = [set(t.split(" ")) if t else set() for t in texts]
        joined = [" ".join(t) for t in self.tokens]
        self.lengths = list(map(len, joined))
        self.letters = ["".join(sorted(j)) for j in joined]
        self._postings: dict[str, list[int]] | None = None
        self._probes: dict[str, list[int]] = {}
        self._probe_of: list[list[str]] = []
        self._wordless = not all(self.tokens)
        self._joined: str | None = None
        self._starts: list[int] = []

    def _index(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """The texts each word stands in, and the texts whose probe holds it, in order; built
        when first asked for. The probe of a text is its rarest words that weigh (letters and
        a space each) more than a third of it: a pair whose shared words make two thirds of
        the shorter text's shares a word of the shorter's probe (see ``_sharing``)."""
        if self._postings is None:
            postings: dict[str, list[int]] = {}
            for i, tokens in enumerate(self.tokens):
                for t in tokens:
                    postings.setdefault(t, []).append(i)
            probes: dict[str, list[int]] = {}
            for i, tokens in enumerate(self.tokens):
                need, got, probe = self.lengths[i] / 3, 0, []
                for t in sorted(tokens, key=lambda t: (len(postings[t]), t)):
                    if got > need:
                        break
                    got += len(t) + 1
                    probes.setdefault(t, []).append(i)
                    probe.append(t)
                self._probe_of.append(probe)
            self._postings, self._probes = postings, probes
        return self._postings, self._probes

    def _sharing(self, i: int) -> set[int]:
        """The texts after ``i`` that hold a word of its probe or whose probe holds one of
        its words (``_index``): every text after it whose shared words may make two thirds
        of the shorter one's. A text with no words shares two thirds of nothing with any."""
        if not self.tokens[i]:
            return set(range(i + 1, len(self.tokens)))
        postings, probes = self._index()
        out = {j for j, tokens in enumerate(self.tokens) if not tokens and j > i} if self._wordless else set()
        for t in self._probe_of[i]:
            p = postings[t]
            out.update(p[bisect_right(p, i):])
        for t in self.tokens[i]:
            p = probes.get(t)
            if p is not None:
                out.update(p[bisect_right(p, i):])
        return out

    def later_matches(self, i: int, joined: Callable[[int], bool]) -> list[int]:
        """``may_match(i, later)`` of the texts ``later`` after ``i`` that are not ``joined``
        to it, without a look at every pair in Python: the letters of every later text are
        scored at C speed, the shared words only of the pairs the index offers."""
        from rapidfuzz import fuzz, process

        tokens, lengths = self.tokens, self.lengths
        a, ja = tokens[i], lengths[i]
        found = {i + 1 + k for _, _, k in process.extract(
            self.letters[i], self.letters[i + 1:], scorer=fuzz.ratio, score_cutoff=QUOTE_MATCH, limit=None)}
        for j in self._sharing(i):
            if j in found:
                continue
            jb = lengths[j]
            common = a & tokens[j]
            shared = sum(map(len, common)) + len(common) - 1 if common else 0
            if 3 * shared >= 2 * (ja if ja < jb else jb):
                found.add(j)
        return sorted(j for j in found if not joined(j))

    def containing(self, i: int, texts: list[str]) -> list[int]:
        """The texts after ``i`` that may hold text ``i`` (``texts`` sorted by length): those
        holding the rarest of its inner words, which stand whole in any text that holds it;
        when it has no inner word ("ready" is in "already"), those that hold it, found by
        searching all later texts at once."""
        text = texts[i]
        inner = text.split(" ")[1:-1]
        if inner:
            postings = self._index()[0]
            p = postings[min(inner, key=lambda t: (len(postings[t]), t))]
            return p[bisect_right(p, i):]
        if not text:
            return list(range(i + 1, len(texts)))
        if self._joined is None:
            # folded texts hold no line break, so none is found across two texts
            self._joined = "\n".join(texts)
            self._starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
        joined, starts = self._joined, self._starts
        out = []
        at = joined.find(text, starts[i + 1])
        while at >= 0:
            j = bisect_right(starts, at) - 1
            out.append(j)
            at = joined.find(text, starts[j + 1]) if j + 1 < len(texts) else -1
        return out

    def may_match(self, i: int, others: list[int]) -> list[int]:
        """Those of ``others`` that may score 80 or more against text ``i``."""
        from rapidfuzz import fuzz, process

        tokens, lengths, letters = self.tokens, self.lengths, self.letters
        a, ja = tokens[i], lengths[i]
        close = {others[k] for _, _, k in process.extract(
            letters[i], [letters[j] for j in others], scorer=fuzz.ratio, score_cutoff=QUOTE_MATCH, limit=None)}
        out = []
        for j in others:
            if j in close:
                out.append(j)
                continue
            jb = lengths[j]
            common = a & tokens[j]
            shared = sum(map(len, common)) + len(common) - 1 if common else 0  # joined by spaces
            if 3 * shared >= 2 * (ja if ja < jb else jb):  # also when one text's words are all in the other
                out.append(j)
        return out
