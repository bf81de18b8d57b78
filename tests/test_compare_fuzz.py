"""Two values whose intervals meet only in their fuzz: a rounding's half step or a hedge's
tenth. Where neither source's stated figure lies inside the other's interval ("3 metres"
ends before 2.5, "about 2.5 metres" holds no 3), the two cannot be one figure told twice:
a discrepancy. Where one stated figure lies inside the other ("3 metres" holds 3.2, "nearly
300" holds 287), one can be a rounding or a hedge of the other: compatible, as before."""

import pytest

from helpers import article, findings_with, report

# sentence of source a, of source b, the claims' texts, the verdict
ROWS = [
    # meeting only in the fuzz, neither figure inside the other: two figures
    ("The gate of the temple was 3 metres wide.", "The gate, about 2.5 metres wide, was locked.",
     ("3 metres", "about 2.5 metres"), "discrepancy"),
    ("The gate of the temple was 3 metres wide.", "The gate of the temple was about 3.5 metres wide.",
     ("3 metres", "about 3.5 metres"), "discrepancy"),
    # one figure inside the other's interval: a rounding or a hedge of it
    ("The gate of the temple was 3 metres wide.", "The gate of the temple was 3.2 metres wide.",
     ("3 metres", "3.2 metres"), "compatible"),
    ("The gate of the temple was 3 metres wide.", "The gate of the temple was about 2.8 metres wide.",
     ("3 metres", "about 2.8 metres"), "compatible"),
    ("The gate of the temple was 3 metres wide.", "The gate of the temple was about 3 metres wide.",
     ("3 metres", "about 3 metres"), "compatible"),
    ("The fire killed nearly 300 people.", "The fire killed 287 people.",
     ("nearly 300 people", "287 people"), "compatible"),
    ("The fire killed more than 6,000 people.", "The fire killed 6,100 people.",
     ("more than 6,000 people", "6,100 people"), "compatible"),
    ("The fire killed about 300 people.", "The fire killed 320 people.",
     ("about 300 people", "320 people"), "compatible"),
    ("The painting sold for $146 million at auction.", "The painting sold for about $140 million at auction.",
     ("$146 million", "about $140 million"), "compatible"),
    ("Inflation rose to 3% in May.", "Inflation rose to about 2.5% in May.", ("3%", "about 2.5%"), "discrepancy"),
    ("Inflation rose to 3% in May.", "Inflation rose to 3.1% in May.", ("3%", "3.1%"), "compatible"),
    # a conversion stays the figure it converts, even rounded loosely (2,500 km is 1,553 miles)
    ("The ship sank 1,500 miles from the coast.", "The ship sank 2,500km from the coast.",
     ("1,500 miles", "2,500km"), "compatible"),
    # ... but a hedge that a conversion's rounding only grazes is another figure (140 km/h is 87 mph)
    ("The train was travelling at nearly 100 mph.", "The train was travelling at 140 km/h.",
     ("nearly 100 mph", "140 km/h"), "discrepancy"),
    ("The train was travelling at nearly 100 mph.", "The train was travelling at 160 km/h.",
     ("nearly 100 mph", "160 km/h"), "compatible"),
    ("The quake struck 2,500km from Tokyo.", "The quake struck 1,550 miles from Tokyo.",
     ("2,500km", "1,550 miles"), "compatible"),
]


@pytest.mark.parametrize("a,b,texts,verdict", ROWS)
def test_values_that_meet_only_in_their_fuzz(a, b, texts, verdict):
    r = report(article("a", a), article("b", b))
    (f,) = findings_with(r, *texts)
    assert f.verdict == verdict
