"""A compared qualifier (scope mode ``compared``): quotations grouped by their words and
compared on who said them (rules/quote-speaker.yaml; its cases are in
quote-speaker.test.yaml, which sees only the discrepancies it reports)."""

import pytest
from helpers import RULES, article

from factcheck import compared, engine, scope
from factcheck.models import Claim
from factcheck.rules import Rule, load_rules
from factcheck.wording import content_words, same_words

WORDS = "We are ready to talk about the future of the border with Kiev."


def _claims(speakers: dict[str, list[tuple[str, ...]]], texts: dict[str, str] | None = None) -> list[Claim]:
    """Quotation claims, each article's speakers in order, at made-up places."""
    from factcheck.extract.quotes import _value
    from factcheck.models import Mention

    out = []
    for aid, spoken in speakers.items():
        for k, who in enumerate(spoken):
            text = (texts or {}).get(aid, WORDS)
            v = _value(text)
            m = Mention(article=aid, kind="quote", text=text, start=100 * k, end=100 * k + len(text), line=1,
                        column=1, sentence=text, sentence_index=0, value=v)
            out.append(Claim(rule="quote-speaker", fact="speaker of a quotation", mention=m, scope={"speaker": who}))
    return out


# (each article's speakers, verdict, the speakers of the groups)
VERDICTS = [
    ({"a": [("Lavrov",)], "b": [("Lavrov",)]}, "agree", [("Lavrov",)]),
    ({"a": [("Lavrov",)], "b": [()]}, "compatible", [("Lavrov",)]),  # "he said" is anyone
    ({"a": [()], "b": [()]}, "compatible", []),
    ({"a": [("Lavrov",)], "b": [("Peskov",)]}, "discrepancy", [("Lavrov",), ("Peskov",)]),
    ({"a": [("Lavrov",)], "b": [("Lavrov",)], "c": [("Peskov",)], "d": [()]}, "discrepancy", [("Lavrov",), ("Peskov",)]),
    # a source that gives the words to both says both said them
    ({"a": [("Lavrov",), ("Peskov",)], "b": [("Peskov",)]}, "compatible", [("Lavrov",), ("Peskov",)]),
    ({"a": [("Lavrov",), ("Peskov",)]}, "single_source", None),
]


@pytest.mark.parametrize("speakers,verdict,groups", VERDICTS)
def test_the_verdict_on_the_speakers(speakers, verdict, groups):
    got, got_groups = compared.verdict(_claims(speakers), "speaker")
    assert got == verdict
    if groups is not None:
        assert [g[0].scope["speaker"] for g in got_groups] == groups


# (wordings, whether they are the same words)
SAME = [
    (["We are ready to talk.", "we are READY to talk"], True),
    (["We don't accept these terms at all.", "We do not accept these terms at all"], True),
    (["We are ready to talk about the border, but not now.", "ready to talk about the border"], True),
    (["We are ready to talk about the border.", "We are not ready to talk about the border."], False),
    (["This is a good deal for Greece.", "This is a bad deal for Greece."], False),
    (["already talk about the border", "ready to talk about the border"], False),  # whole words only
    (["the border must come before sanctions", "sanctions must come before the border"], False),
]


@pytest.mark.parametrize("texts,same", SAME)
def test_the_same_words(texts, same):
    claims = _claims({"a": [("Lavrov",)], "b": [("Peskov",)]}, dict(zip("ab", texts)))
    assert (len(same_words(claims)) == 1) == same


@pytest.mark.parametrize("text,n", [
    ("a violation of international law", 3),
    ("We will see.", 1),
    ("We are ready to talk about the future of the border with Kiev.", 5),
    ("Russia was never the initiator of this cooling of relations.", 5),
])
def test_content_words(text, n):
    assert content_words(text) == n


def test_a_compared_qualifier_needs_quotations_and_is_one():
    base = dict(id="x", fact="x", description="x", why="x", message="x")
    assert Rule(**base, kind="quote", scope={"speaker": "compared"}).compared == "speaker"
    with pytest.raises(ValueError, match="needs kind quote"):
        Rule(**base, kind="count", scope={"speaker": "compared"})
    with pytest.raises(ValueError, match="only one qualifier"):
        Rule(**base, kind="quote", scope={"speaker": "compared", "person": "compared"})


def test_speakers_are_read_only_for_words_that_two_sources_quote(monkeypatch):
    rules = load_rules([RULES])
    asked = []
    reader = scope._READERS["speaker"]
    monkeypatch.setitem(scope._READERS, "speaker", lambda s, m, *rest: asked.append(m.article) or reader(s, m, *rest))
    report = engine.run([
        article("a", 'Foreign Minister Sergei Lavrov said: "' + WORDS + '" He added: "Our position on the '
                     'sanctions against Moscow remains firm and unchanged."'),
        article("b", 'Kremlin spokesman Dmitry Peskov said: "' + WORDS + '"'),
    ], rules)
    # one claim per article of the words both quote; a's other quotation is a's alone
    assert sorted(asked) == ["a", "b"]
    assert [f.verdict for f in report.findings if f.rule == "quote-speaker"] == ["discrepancy"]


def test_a_speaker_asked_by_both_rules_of_quotations_is_read_once(monkeypatch):
    rules = load_rules([RULES])
    asked = []
    reader = scope._READERS["speaker"]
    monkeypatch.setitem(scope._READERS, "speaker", lambda s, m, *rest: asked.append(m.article) or reader(s, m, *rest))
    report = engine.run([
        article("a", 'Foreign Minister Sergei Lavrov said: "We are ready to talk about the future of the border '
                     'with Kiev, but not under pressure."'),
        article("b", 'Kremlin spokesman Dmitry Peskov said Moscow was "ready to talk about the future of the border '
                     'with Kiev".'),
    ], rules)
    # quote-wording (two wordings, then split by speaker) and quote-speaker (the same words) both want them
    assert [f.verdict for f in report.findings if f.rule == "quote-speaker"] == ["discrepancy"]
    assert sorted(asked) == ["a", "b"]


def _speaker_of(text: str) -> tuple[str, ...]:
    """The speaker read for the quotation of ``WORDS`` in an article of ``text``, beside another
    source that quotes the same words (speakers are read only for words two sources quote)."""
    rules = load_rules([RULES])
    asked = {}
    reader = scope._READERS["speaker"]

    def spy(s, m, *rest):
        found = reader(s, m, *rest)
        if m.kind == "quote" and m.article == "a" and m.text.startswith(WORDS[:40]):
            asked[m.start] = found
        return found

    scope._READERS["speaker"] = spy
    try:
        engine.run([article("a", text), article("b", f'Kremlin spokesman Dmitry Peskov said: "{WORDS}"')], rules)
    finally:
        scope._READERS["speaker"] = reader
    assert len(asked) == 1, asked
    return next(iter(asked.values()))


Q = WORDS.rstrip(".")
# (an article, who speaks its quotation of WORDS)
SPEAKER_OF = [
    # "he said", "she told reporters", "he added", "said he" after a quotation: the one person the
    # sentences before it name, in its paragraph or the one before
    (f'Foreign Minister Sergei Lavrov spoke in Moscow on Monday. "{Q}," he said.', ("Lavrov",)),
    (f'Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n"{Q}," he told reporters.', ("Lavrov",)),
    (f'Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n"{Q}," he added.', ("Lavrov",)),
    (f'Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n"{Q}," said he.', ("Lavrov",)),
    (f'Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\nHe said: "{Q}."', ("Lavrov",)),
    (f'Deputy Minister Maria Ivanova spoke in Moscow on Monday. "{Q}," she said.', ("Ivanova",)),
    # a chain of pronouns: the person the first one stands for
    (f'Foreign Minister Sergei Lavrov said talks would go on.\n\n"Talks will go on," he said.\n\n"{Q}," he added.',
     ("Lavrov",)),
    # two people named: the one named as a speaker (the subject of "said"), else no one
    (f'Foreign Minister Sergei Lavrov said after meeting Secretary of State John Kerry that the talks were useful. '
     f'"{Q}," he said.', ("Lavrov",)),
    (f'Foreign Minister Sergei Lavrov met Secretary of State John Kerry in Sochi. "{Q}," he said.', ()),
    # one other named after the last speaker: the one a reader carries over
    (f'Foreign Minister Sergei Lavrov said the talks were useful. Secretary of State John Kerry arrived later. '
     f'"{Q}," he said.', ("Kerry",)),
    (f'"The talks were useful," Foreign Minister Sergei Lavrov said. The airline\'s chief executive, Lars '
     f'Holmqvist, praised the crew. "{Q}," he said.', ("Holmqvist",)),
    # a woman by her honorific or a pronoun is no "he": the one man named before her, else no one
    (f'Mr Kerry arrived in Moscow on Monday. Mrs Nuland met officials there. "{Q}," he said.', ("Kerry",)),
    (f'Talks resumed on Monday. Mrs Nuland met officials there. "{Q}," he said.', ()),
    (f'Deputy Minister Maria Ivanova gave her view on Monday. "{Q}," he said.', ()),
    # ... the letters an ignore-case match folds onto ASCII ones read as theirs ("Mſ", "ſpokeswoman", "ſhe")
    (f'Mr Kerry arrived in Moscow on Monday. Mſ Nuland met officials there. "{Q}," he said.', ("Kerry",)),
    (f'Deputy Minister Maria Ivanova spoke in Moscow on Monday. "{Q}," ſhe said.', ("Ivanova",)),
    # ... told anywhere in the story ("said she would stay"), not only where the pronoun looks back
    (f'Maria Lopez said she would stay.\n\nThe river rose overnight.\n\nRescuers reached the school.\n\n'
     f'Lopez visited the school on Monday. "{Q}," he said.', ()),
    (f'Maria Lopez said she would stay.\n\nThe river rose overnight.\n\nRescuers reached the school.\n\n'
     f'Lopez visited the school on Monday. "{Q}," she said.', ("Lopez",)),
    # not a pronoun that stands for another person: "her husband said he"
    (f'Maria Lopez said her husband felt he had to stay.\n\nLopez visited the school on Monday. "{Q}," she said.',
     ("Lopez",)),
    # a person named by no name, or a speaker named by none, after the named one: not told which is meant;
    # but "a woman" is no "he"
    (f'Foreign Minister Sergei Lavrov spoke on Monday. A senior official who asked not to be named was '
     f'more cautious. "{Q}," he said.', ()),
    (f'Foreign Minister Sergei Lavrov spoke on Monday. His spokesman said talks were close. "{Q}," he said.', ()),
    (f'Foreign Minister Sergei Lavrov spoke on Monday. A woman in the crowd wept. "{Q}," he said.', ("Lavrov",)),
    (f'Foreign Minister Sergei Lavrov spoke on Monday. A ſpokeswoman in the crowd wept. "{Q}," he said.', ("Lavrov",)),
    # no one named before it, or only further back than the paragraph before, or inside a quotation
    (f'Talks resumed on Monday. "{Q}," he said.', ()),
    (f'Foreign Minister Sergei Lavrov spoke on Monday.\n\nTalks resumed.\n\nPrices rose.\n\n"{Q}," he said.', ()),
    (f'Talks resumed. "I told Foreign Minister Sergei Lavrov that we would wait," a diplomat said. "{Q}," he said.', ()),
    # a pronoun inside another quotation speaks of whom that quotation's speaker tells of
    (f"Foreign Minister Sergei Lavrov spoke on Monday. 'My colleague called me. \"{Q},\" he said,' Lavrov told reporters.",
     ()),
    # a place a list after a preposition goes on to, or a place a body's name ends with, is no one
    (f'The road between Cremona and Castelvetro stayed closed.\n\nThe Prefect of Cremona, Anna Rossetti, praised '
     f'the rescuers. "{Q}," she said.', ("Rossetti",)),
    (f'Schools in Lodi, Parma and Piacenza stayed shut. Anna Rossetti praised the rescuers. "{Q}," she said.',
     ("Rossetti",)),
    (f'La Provincia di Cremona\n\nCremona is in mourning. The Prefect of Cremona, Anna Rossetti, praised the '
     f'rescuers. "{Q}," she said.', ("Rossetti",)),
    # ... while a person a list names after no preposition still stands beside the other
    (f'Anna Rossetti met Kerry and Nuland on Monday. "{Q}," she said.', ()),
    (f'Anna Rossetti spoke on Monday. Giulia Bianchi and Castelvetro arrived later. "{Q}," she said.', ()),
    # a full name said once, with no title, in a speech frame: a person
    (f'"{Q}," said Amina Yusuf.', ("Yusuf",)),
    (f'Amina Yusuf, 42, said: "{Q}."', ("Yusuf",)),
    (f'Amina Yusuf told the BBC: "{Q}."', ("Yusuf",)),
    (f'Amina Yusuf lost her home in the flood. "{Q}," she said.', ("Yusuf",)),
    (f'Amina Yusuf said on Monday that the water rose. "{Q}," she said.', ("Yusuf",)),
    # ... but not a name "its" follows, a body's: a firm's name of two plain words is no "he"
    (f'Goldman Sachs raised its forecast on Monday. "{Q}," he said.', ()),
    (f'Morgan Stanley cut its forecast on Monday. "{Q}," she said.', ()),
    # ... not a body's, a place's or an agency's name
    (f'"{Q}," said Downing Street.', ()),
    (f'"{Q}," said Human Rights Watch.', ()),
    (f'New York said: "{Q}."', ()),
    (f'"{Q}," said Reuters.', ()),
    (f'"{Q}," Goldman Sachs said in a note.', ()),
    (f'Fans gathered in Madrid. "{Q}," Real Madrid said.', ()),
    # a role with the name set off after it: the named person, past the role's "of" and what it heads
    (f'"{Q}," said the Dean of Westminster, David Hoyle, in remarks to the congregation.', ("Hoyle",)),
    (f'"{Q}," said the head of the canal authority, Osama Rabie.', ("Rabie",)),
    (f'The Archbishop of Canterbury, the Most Rev Daniel Hartley, told the couple: "{Q}."', ("Hartley",)),
    # ... not past "for": whom a spokesman or a lawyer speaks for is named there, not the speaker
    (f'"{Q}," said a spokesman for the ship\'s operator, Evermore Line.', ()),
    (f'"{Q}," said the lawyer for the victim, Jonas Weber.', ()),
    # "the negotiator said": the one person its paragraph or the one before gives that role, by a
    # title before the name, an apposition or "X, the negotiator"
    (f'Much of the credit went to Andreas Christodoulou, the Cypriot police negotiator.\n\n'
     f'"{Q}," the negotiator told reporters.', ("Christodoulou",)),
    (f'Police said a specialist negotiator, Andreas Christodoulou, was in contact.\n\n"{Q}," said the negotiator.',
     ("Christodoulou",)),
    (f'Negotiator Andreas Christodoulou talked for hours. "{Q}," the negotiator said.', ("Christodoulou",)),
    # ... no one when two people hold it there, when it is further back, or "a negotiator" (one of many)
    (f'The negotiator, Andreas Christodoulou, met the rebels\' negotiator, Omar Haddad.\n\n'
     f'"{Q}," the negotiator said.', ()),
    (f'Andreas Christodoulou, the police negotiator, arrived.\n\nTalks resumed.\n\nPrices rose.\n\n'
     f'"{Q}," the negotiator said.', ()),
    (f'Andreas Christodoulou, the police negotiator, arrived. "{Q}," a negotiator said.', ()),
    (f'Governor Dauda Lawal arrived. "{Q}," the negotiator said.', ()),
    (f'Negotiator Andreas Christodoulou talked for hours. "{Q}," an aide to the negotiator said.', ()),
    # "said the Swede": the one person the article names with that nation's adjective (names.yaml demonyms,
    # demonym_nouns) before it; no one when it names two so, none, or the noun is a plural
    (f'Swedish driver Erik Lindqvist finished second. "{Q}," said the Swede.', ("Lindqvist",)),
    (f'Swedish driver Erik Lindqvist finished second.\n\nThe race was long.\n\n"{Q}," the Swede said.', ("Lindqvist",)),
    (f'Italian Luca Ferrante won the race. "{Q}," said the Italian.', ("Ferrante",)),
    (f'Swedish driver Erik Lindqvist beat Swedish rookie Nils Berg. "{Q}," said the Swede.', ()),
    (f'Erik Lindqvist finished second. "{Q}," said the Swede.', ()),
    (f'Swedish driver Erik Lindqvist finished second. "{Q}," the Swedes said.', ()),
    # ... but an adjective with no plural of its own names a people, not one of it: "the French said",
    # "said the British" (names.yaml demonym_nouns: Frenchman, Briton), "said the Dutch", "the Swiss said",
    # "said the Chinese"; the adjective that has a plural still names one ("said the American")
    (f'French driver Pierre Gasly finished second. "{Q}," the French said.', ()),
    (f'British driver George Baker finished second. "{Q}," said the British.', ()),
    (f'Dutch driver Max Verstappen won the race. "{Q}," said the Dutch.', ()),
    (f'Swiss driver Nico Keller finished second. "{Q}," the Swiss said.', ()),
    (f'Chinese driver Zhou Guanyu finished second. "{Q}," said the Chinese.', ()),
    (f'American driver Logan Sargeant finished second. "{Q}," said the American.', ("Sargeant",)),
    (f'French driver Pierre Gasly finished second. "{Q}," said the Frenchman.', ("Gasly",)),
]


@pytest.mark.parametrize("text,speaker", SPEAKER_OF)
def test_the_speaker_of_a_quotation(text, speaker):
    assert _speaker_of(text) == speaker


OTHER = "Nobody in this room wants the talks on the border to fail again."


@pytest.mark.parametrize("text,speakers", [
    # a "he said" in the sentence before its quotation reads back from its own sentence's start, as it
    # does for a later "he added" that reads through it: Kerry, named in that sentence, is not told
    (f'Talks resumed on Monday.\n\nSecretary of State John Kerry met reporters later, and he said it. "{WORDS}"'
     f'\n\n"{OTHER[:-1]}," he added.', {WORDS: (), OTHER: ("Kerry",)}),
    (f'Foreign Minister Sergei Lavrov spoke on Monday.\n\n"Talks will go on," he said.\n\n"{WORDS[:-1]}," he added.'
     f'\n\n"{OTHER[:-1]}," he said.', {WORDS: ("Lavrov",), OTHER: ("Lavrov",)}),
])
def test_a_pronoun_reads_the_same_whichever_quotation_asks_first(text, speakers):
    """Whom a "he said" stands for is read once per article and kept: the same whether its own quotation
    asks first or a later pronoun reads back through it."""
    rules = load_rules([RULES])
    asked = []
    reader = scope._READERS["speaker"]

    def spy(s, m, *rest):
        if m.kind == "quote" and m.article == "a":
            asked.append((s, m, rest))
        return reader(s, m, *rest)

    scope._READERS["speaker"] = spy
    try:
        engine.run([article("a", text),
                    article("b", f'Kremlin spokesman Dmitry Peskov said: "{WORDS}" He added: "{OTHER}"')], rules)
    finally:
        scope._READERS["speaker"] = reader
    asked = [(s, m, rest) for s, m, rest in asked if any(m.text.startswith(w[:30]) for w in speakers)]
    assert len(asked) == 2, asked
    for order in (asked, asked[::-1]):
        order[0][0].speaker_reads.clear()
        read = {w: reader(s, m, *rest) for s, m, rest in order for w in speakers if m.text.startswith(w[:30])}
        assert read == speakers
