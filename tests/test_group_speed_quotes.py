"""The bound that spares ``wording.quote_clusters`` most fuzzy comparisons
never drops a pair that scores 80: checked against the scorer itself on
random quotations built from a few words, with typos."""

import random

from rapidfuzz import fuzz

from factcheck import wording

WORDS = ["the", "a", "we", "will", "not", "pay", "bank", "cyprus", "deposits", "euro", "eu", "i",
         "it's", "x", "bailout", "naïve", "über", "1", "10", "don't", "", "'"]


def _typo(rnd: random.Random, word: str) -> str:
    if not word or rnd.random() < 0.7:
        return word
    k = rnd.randrange(len(word))
    r = rnd.random()
    if r < 0.3:
        return word[:k] + word[k + 1:]
    if r < 0.6:
        return word[:k] + rnd.choice("abcxé") + word[k:]
    return word[:k] + rnd.choice("abcxé") + word[k + 1:]


def _quotation(rnd: random.Random) -> str:
    n = rnd.choice([0, 1, 1, 2, 3, 5, 8, 13])
    return wording._fold_words(" ".join(_typo(rnd, rnd.choice(WORDS)) for _ in range(n)))


def test_may_match_keeps_every_pair_that_scores_80():
    rnd = random.Random(7)
    matches = 0
    for _ in range(400):
        base = [_quotation(rnd) for _ in range(3)]
        variants = [wording._fold_words(" ".join(_typo(rnd, w) for w in rnd.choice(base).split()))
                    for _ in range(5)]
        texts = sorted(dict.fromkeys(base + variants), key=len)
        words = wording._Words(texts)
        for i, text in enumerate(texts):
            kept = set(words.may_match(i, list(range(len(texts)))))
            for j, other in enumerate(texts):
                if fuzz.token_set_ratio(text, other, score_cutoff=wording.QUOTE_MATCH):
                    matches += 1
                    assert j in kept, (text, other)
    assert matches > 1000  # the random texts do match often


def _variant_sets(rnd: random.Random, sets: int):
    """Sets of distinct folded wordings, sorted by length as ``quote_clusters`` sorts them:
    a few quotations with typos, words dropped, doubled or cut (as a cluster's outlets
    vary them), and the empty wording."""
    for _ in range(sets):
        base = [_quotation(rnd) for _ in range(4)]
        variants = []
        for _ in range(12):
            words = [_typo(rnd, w) for w in rnd.choice(base).split()]
            if words and rnd.random() < 0.5:
                k = rnd.randrange(len(words))
                words = [words[:k] + words[k + 1:], words[:k + 1] + words[k:], words[:k]][rnd.randrange(3)]
            variants.append(wording._fold_words(" ".join(words)))
        yield sorted(dict.fromkeys(base + variants + [""]), key=len)


def test_the_indexed_search_offers_every_pair_the_all_pairs_search_offers():
    """``_Words.later_matches`` looks at the pairs an index of words offers: it keeps
    just what ``may_match`` keeps among all the later texts, whichever are joined."""
    rnd = random.Random(13)
    kept = 0
    for texts in _variant_sets(rnd, 300):
        words = wording._Words(texts)
        joined = set(rnd.sample(range(len(texts)), len(texts) // 4))
        for i in range(len(texts)):
            later = [j for j in range(i + 1, len(texts)) if j not in joined]
            expected = words.may_match(i, later)
            assert words.later_matches(i, joined.__contains__) == expected, (i, texts)
            kept += len(expected)
    assert kept > 3000


def test_the_indexed_search_offers_every_text_that_holds_another():
    """``_Words.containing`` offers every later text that holds a text, a word cut
    ("ready" in "already") or whole."""
    rnd = random.Random(17)
    held = 0
    for texts in _variant_sets(rnd, 300):
        texts = sorted(dict.fromkeys(texts + [t[1:] for t in texts if len(t) > 3]), key=len)
        words = wording._Words(texts)
        for i, text in enumerate(texts):
            offered = set(words.containing(i, texts))
            for j in range(i + 1, len(texts)):
                if text in texts[j]:
                    held += 1
                    assert j in offered, (text, texts[j])
    assert held > 3000


def test_quote_clusters_joins_what_comparing_every_pair_joins():
    """The groups are those that scoring, containment and ``paraphrase`` on every pair
    of wordings give."""
    rnd = random.Random(19)
    for texts in _variant_sets(rnd, 60):
        claims = _claims(texts)
        got = {frozenset(c.mention.value.stated for c in g) for g in wording.quote_clusters(claims)}
        parent = list(range(len(texts)))
        find = wording._finder(parent)
        content = [wording._content(t) for t in texts]
        for i, a in enumerate(texts):
            for j in range(i + 1, len(texts)):
                b = texts[j]
                if (fuzz.token_set_ratio(a, b, score_cutoff=wording.QUOTE_MATCH) or a in b
                        or len(content[i][1]) >= wording.PARAPHRASE_WORDS and wording.paraphrase(content[i], content[j])):
                    parent[find(i)] = find(j)
        expected: dict[int, set] = {}
        for i, t in enumerate(texts):
            expected.setdefault(find(i), set()).add(t)
        assert got == {frozenset(g) for g in expected.values()}, texts


def test_the_index_of_content_words_keeps_every_paraphrase():
    """``quote_clusters`` looks only at pairs its index of content words offers:
    every pair ``paraphrase`` accepts still ends in one group."""
    from types import SimpleNamespace

    rnd = random.Random(11)
    vocabulary = ["Spain", "never", "initiated", "initiator", "freeze", "cooling", "trade", "relations", "the",
                  "was", "of", "not", "ready", "talks", "fishing", "rights", "open", "we", "are"]
    joined = 0
    for _ in range(150):
        texts = [" ".join(rnd.choice(vocabulary) for _ in range(rnd.randrange(3, 12))) for _ in range(6)]
        claims = [SimpleNamespace(mention=SimpleNamespace(value=SimpleNamespace(stated=t), article=str(k), start=0))
                  for k, t in enumerate(texts)]
        group = {id(c): n for n, g in enumerate(wording.quote_clusters(claims)) for c in g}
        content = [wording._content(wording._fold_words(t)) for t in texts]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if wording.paraphrase(content[i], content[j]):
                    joined += 1
                    assert group[id(claims[i])] == group[id(claims[j])], (texts[i], texts[j])
    assert joined > 10  # some random texts are paraphrases


def _many(rnd: random.Random, n: int) -> list[str]:
    """``n`` unrelated quotations of 6 to 20 words drawn from a large vocabulary."""
    vocabulary = [f"w{k}" for k in range(5000)] + ["the", "a", "of", "to", "and", "in", "we", "will", "said"] * 300
    return [" ".join(rnd.choice(vocabulary) for _ in range(rnd.randrange(6, 21))) for _ in range(n)]


def _claims(texts):
    from types import SimpleNamespace
    return [SimpleNamespace(mention=SimpleNamespace(value=SimpleNamespace(stated=t), article=f"{k:05d}", start=0))
            for k, t in enumerate(texts)]


def test_among_thousands_of_quotations_the_variants_of_one_still_join():
    """Past ``EXHAUSTIVE_QUOTES`` wordings only the pairs that share a rare word are
    compared; a quotation's variants (a word changed, a part quoted, other words
    for the same content) are still one group."""
    rnd = random.Random(3)
    variants = [
        "We are not the initiators of the freeze in relations with Russia",
        "We are not the initiators of the freeze in relations with Russia,",
        "not the initiators of the freeze in relations",
        "We were never the initiators of this freeze in our relations with Russia",
        "Russia never initiated the freeze in relations",
        "Russia was never the initiator of this freeze of relations",
    ]
    texts = _many(rnd, wording.EXHAUSTIVE_QUOTES + 600)
    assert len(texts) > wording.EXHAUSTIVE_QUOTES
    texts[100:100] = variants[:3]
    texts[700:700] = variants[3:]
    claims = _claims(texts)
    group = {id(c): n for n, g in enumerate(wording.quote_clusters(claims)) for c in g}
    joined = {group[id(c)] for c in claims if c.mention.value.stated in variants}
    assert len(joined) == 1


def test_past_the_exhaustive_bound_a_quotation_many_articles_vary_still_joins():
    """Forty outlets quote one line, each with a word of its own: its words are then
    in more wordings than ``COMMON_WORD``, and still every variant joins."""
    rnd = random.Random(2)
    base = "the government will never negotiate with terrorists who hold our citizens hostage in the desert".split()
    variants = []
    for k in range(40):
        words = list(base)
        words[rnd.randrange(len(words))] = f"x{k}"
        variants.append(" ".join(words))
    claims = _claims(variants + _many(rnd, wording.EXHAUSTIVE_QUOTES))
    group = {id(c): n for n, g in enumerate(wording.quote_clusters(claims)) for c in g}
    assert len({group[id(c)] for c in claims[:len(variants)]}) == 1


def test_past_the_exhaustive_bound_a_paraphrase_of_five_content_words_joins():
    """``paraphrase`` asks for four of five content words: the rarest two are looked
    up (the rounding of ``(1 - 0.8) * 5`` once looked up one)."""
    a = "alpha bravo charlie delta extraordinarilylongwordhere"
    b = "zzzzzzzzzzzzzzzzzzzz alpha bravo charlie delta yyyyyyyyyyyyyyyyyyyyyyyyyy"
    content = [wording._content(wording._fold_words(t)) for t in (a, b)]
    assert wording.paraphrase(*content)
    claims = _claims([a, b] + _many(random.Random(1), wording.EXHAUSTIVE_QUOTES))
    group = {id(c): n for n, g in enumerate(wording.quote_clusters(claims)) for c in g}
    assert group[id(claims[0])] == group[id(claims[1])]


def _events(rnd: random.Random, events: int) -> list[str]:
    """Forty quotations for each of ``events`` stories: each story has words of its
    own, and all share the common ones; a bigger run has more stories, not longer ones."""
    common = ["the", "a", "of", "to", "and", "in", "we", "will", "said", "not", "is", "it"]
    texts = []
    for e in range(events):
        own = [f"e{e}w{k}" for k in range(300)]
        for _ in range(40):
            texts.append(" ".join(rnd.choice(own if rnd.random() < 0.6 else common) for _ in range(rnd.randrange(6, 21))))
    return texts


def test_past_the_exhaustive_bound_each_quotation_is_compared_with_a_few_others():
    """What keeps a run over thousands of articles linear: the pairs offered per
    wording do not grow with the number of stories in the run."""
    rnd = random.Random(5)
    offered = []
    for events in (25, 100):
        texts = sorted({wording._fold_words(t) for t in _events(rnd, events)}, key=len)
        assert len(texts) > wording.EXHAUSTIVE_QUOTES
        words = wording._Words(texts)
        content = [wording._content(t) for t in texts]
        postings: dict[str, list[int]] = {}
        for i, (_, stems, _) in enumerate(content):
            for w in stems:
                postings.setdefault(w, []).append(i)
        candidates = wording._Candidates(texts, words, content, postings)
        offered.append(sum(len(candidates.of(i)) + len(candidates.paraphrasing(i)) for i in range(len(texts)))
                       / len(texts))
    assert offered[1] < 1.2 * offered[0]
    assert offered[1] < 40  # a story's own forty, at most, and no other story's
