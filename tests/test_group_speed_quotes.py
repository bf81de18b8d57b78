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
