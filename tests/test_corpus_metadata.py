"""The quick ways ``corpus`` finds a publication date find what a plain search finds."""

import random
import re

from factcheck import corpus

PIECES = ["Published", "published on", "PUBLISH DATE", "Publish Date:", "Posted", "posted on", "Updated:", "Date:",
          "May 12, 2015", "12 May 2015", "2015-05-12", "Tue., Nov. 3, 2015", "10:32 AM ET, Fri March 11, 2011",
          "0930 GMT, 12 March 2011", "Sept 9 2014", "republished", "unposted", "The", "talks", "\n", "\n\n", " ",
          "  \t", ":", ",", "-", "İ", "ı", "ſ", "Poſted", "Publıshed", "é", "K", "\u212a", "x" * 30, "“", "’", "—"]


def _texts(n, seed):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(1, 14)))


def test_the_publish_phrase_is_found_where_the_search_finds_it():
    for head in _texts(20000, 3):
        fast, slow = corpus._publish_phrase(head), corpus._PUBLISH_PHRASE.search(head)
        assert (fast and fast.span(), fast and fast.groupdict()) == (slow and slow.span(), slow and slow.groupdict()), head


def test_the_dateline_lookahead_changes_no_match():
    plain = re.compile(corpus._DATELINE.pattern.replace(r"(?=[PUDMTWFSJAON\d])", ""), corpus._DATELINE.flags)
    assert plain.pattern != corpus._DATELINE.pattern
    for head in _texts(20000, 4):
        fast, slow = corpus._DATELINE.search("\n" + head), plain.search("\n" + head)
        assert (fast and fast.span()) == (slow and slow.span()), head
