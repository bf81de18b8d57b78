"""Sentence boundaries keep offsets and do not break at abbreviations."""

import pytest

from factcheck.text import line_starts, position, split_sentences

CASES = [
    ("Mr. Kerry met Mr. Putin. They talked.", ["Mr. Kerry met Mr. Putin.", "They talked."]),
    ("The U.S. and Russia met. It went well.", ["The U.S. and Russia met.", "It went well."]),
    ("He visited the U.S. The trip was short.", ["He visited the U.S.", "The trip was short."]),
    ("It began on Nov. 13 in Paris. Police came.", ["It began on Nov. 13 in Paris.", "Police came."]),
    ("They met at 9 a.m. on Friday. Talks ended.", ["They met at 9 a.m. on Friday.", "Talks ended."]),
    ("President Vladimir V. Putin spoke. Kerry listened.", ["President Vladimir V. Putin spoke.", "Kerry listened."]),
    ("Headline without a period\n\nFirst sentence here.", ["Headline without a period", "First sentence here."]),
    ("Russia continues to blame the United States for fueling\n\nthe conflict, officials said.",
     ["Russia continues to blame the United States for fueling\n\nthe conflict, officials said."]),
    ('"We are ready," he said. "Are you?" she asked.', ['"We are ready," he said.', '"Are you?" she asked.']),
    ("It cost 4.5 million. Then 6,100 died.", ["It cost 4.5 million.", "Then 6,100 died."]),
    ("Dr. Smith and Gen. Jones arrived. No one spoke.", ["Dr. Smith and Gen. Jones arrived.", "No one spoke."]),
    ("Wait! What happened? Nobody knows.", ["Wait!", "What happened?", "Nobody knows."]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_sentences(text, expected):
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == expected


def test_line_and_column_are_one_based():
    text = "ab\ncd\n\nef"
    starts = line_starts(text)
    assert position(starts, 0) == (1, 1)
    assert position(starts, 4) == (2, 2)
    assert position(starts, 7) == (4, 1)


def test_a_run_without_boundaries_is_cut_into_bounded_sentences():
    from factcheck.text import MAX_SENTENCE

    text = "word " * 3000
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert "".join(text[s.start:s.end] for s in sentences).replace(" ", "") == text.replace(" ", "")


# One reading of "the paragraph" and "inside a quotation" for every reader (scope/speakers.py's
# pronouns and roles, extract/dates.py's anaphors and quoted days): (text, where each paragraph starts)
PARAGRAPHS = [
    ("One. Two.", (0,)),
    ("One.\n\nTwo.\n\n\nThree.", (0, 6, 13)),
    ("One.\n \t\n  Two.", (0, 10)),
    # a line break inside a paragraph of an article that has blank lines goes on with the paragraph
    ("One\nwrapped.\n\nTwo.", (0, 14)),
    # an article with no blank line: a paragraph a line (a live blog's entries, a wire's lines)
    ("14:03 - One.\n14:10 - Two.\n  14:20 - Three.", (0, 13, 28)),
]


@pytest.mark.parametrize("text,starts", PARAGRAPHS)
def test_paragraph_starts(text, starts):
    from factcheck.text import paragraph_starts
    assert paragraph_starts(text) == starts


# (a paragraph with | where it is asked, whether that stands inside a quotation)
IN_QUOTES = [
    ('He said "we are | ready".', True),
    ('He said "we are ready" and | left.', False),
    ('He said “we are | ready”.', True),
    ('He said “we are ready” and | left.', False),
    # a curly mark tells which it is: a doubled closing mark opens nothing, a missing one leaves it open
    ('He called it “a disgrace”” and | left.', False),
    ('He said “we are ready and | left.', True),
    # marks of two kinds: a straight one after a curly one closes or opens again
    ('He said “we are ready" and | left.', False),
    ('He said "we are ready” and | left.', False),
    ('He said “we are ready" and "we | will".', True),
]


@pytest.mark.parametrize("text,inside", IN_QUOTES)
def test_in_quotes(text, inside):
    from factcheck.text import in_quotes
    at = text.index("|")
    assert in_quotes(text, 0, at) is inside
