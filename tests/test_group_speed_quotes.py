"""The bound that spares ``compare.quote_clusters`` most fuzzy comparisons
never drops a pair that scores 80: checked against the scorer itself on
random quotations built from a few words, with typos."""

import random

from rapidfuzz import fuzz

from factcheck import compare

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
    return compare._fold_words(" ".join(_typo(rnd, rnd.choice(WORDS)) for _ in range(n)))


def test_may_match_keeps_every_pair_that_scores_80():
    rnd = random.Random(7)
    matches = 0
    for _ in range(400):
        base = [_quotation(rnd) for _ in range(3)]
        variants = [compare._fold_words(" ".join(_typo(rnd, w) for w in rnd.choice(base).split()))
                    for _ in range(5)]
        texts = sorted(dict.fromkeys(base + variants), key=len)
        words = compare._Words(texts)
        for i, text in enumerate(texts):
            kept = set(words.may_match(i, list(range(len(texts)))))
            for j, other in enumerate(texts):
                if fuzz.token_set_ratio(text, other, score_cutoff=compare.QUOTE_MATCH):
                    matches += 1
                    assert j in kept, (text, other)
    assert matches > 1000  # the random texts do match often


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
        group = {id(c): n for n, g in enumerate(compare.quote_clusters(claims)) for c in g}
        content = [compare._content(compare._fold_words(t)) for t in texts]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if compare.paraphrase(content[i], content[j]):
                    joined += 1
                    assert group[id(claims[i])] == group[id(claims[j])], (texts[i], texts[j])
    assert joined > 10  # some random texts are paraphrases
