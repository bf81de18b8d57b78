"""Names spelled two ways and quotations worded two ways are reported, never as discrepancies."""

import pytest
from helpers import article, report

from factcheck.extract.names import key


def test_transliteration_variants_fold_to_one_key():
    assert key("Sergei Lavrov") == key("Sergey V. Lavrov") == key("Sergey Lavrov")
    assert key("Yury Ushakov") == key("Yuri Ushakov")
    assert key("Kremenjuk") == key("Kremenyuk")
    assert key("Bocharov Ruchei") == key("Bocharov Ruchey")
    assert key("John Kerry") != key("John Kelly")


def test_arabic_letters_and_given_names_spelled_several_ways_fold_to_one_key():
    """Qaf as q or k, dhal as dh or d, doubled consonants, and the given names whose vowels
    outlets spell differently (data/names.yaml ``given_name_variants``)."""
    assert key("Moammar Qaddafi") == key("Moamar Kadhafi") == key("Moammar Kadafi")
    assert key("Mohammed Morsi") == key("Muhammad Morsi") == key("Mohamed Morsi") == key("Mohammad Morsi")
    assert key("Usama bin Laden") == key("Osama bin Laden")
    assert key("Volodymyr Zelensky") == key("Volodymyr Zelenskyy") == key("Volodymyr Zelenskiy")
    # other names stay apart: Mahmoud is not Mohammed, and a variant is a whole word's
    assert key("Mahmoud Abbas") != key("Mohammed Abbas")
    assert key("Hassan Rouhani") != key("Hussein Rouhani")
    assert key("Omarov") != key("Umarov")
    # the article prefix is no letter of the surname; ay is written ai or ei
    assert key("Bashar al-Assad") == key("Bashar el-Assad") == key("Bashar Assad")
    assert key("Abdel Fattah el-Sisi") == key("Abdel Fattah al-Sisi")
    assert key("Saddam Hussein") == key("Saddam Hussain")
    assert key("Seif al-Islam") == key("Saif al-Islam")
    assert key("Alan Smith") != key("Smith")


def test_a_hyphen_in_a_given_name_and_a_particle_fold_away_in_the_key():
    """The key is what groups a name's spellings (``scope`` reads its first and last words):
    a Korean given name's hyphen is a style, and a particle is neither given name nor surname."""
    assert key("Kim Jong-un") == key("Kim Jong Un") == key("Kim Jong-Un")
    assert key("Kim Yo-jong") != key("Kim Jong-un")
    assert key("Ursula von der Leyen") == key("Ursula van der Leyen") == "ursula leien"
    assert key("Von der Leyen") == "leien"
    assert key("Mohammed bin Salman") == key("Mohammed ibn Salman")
    # a particle opening a name before a word may be its given name
    assert key("Van Morrison") != key("Morrison")


def test_accents_fold_away_in_the_key():
    assert key("Raúl Castro") == key("Raul Castro")
    assert key("Recep Tayyip Erdoğan") == key("Recep Tayyip Erdogan")
    assert key("Łukasz Szumowski") == key("Lukasz Szumowski")
    assert key("Søren") == key("Soren")


def test_names_in_any_latin_script_are_names():
    from factcheck.extract import names

    text = ("President Recep Tayyip Erdoğan met Éric Zemmour. Ömer Çelik and Maroš Šefčovič agreed, "
            "as did Łukasz Szumowski.")
    found = [text[f.start:f.end] for f in names.extract(text)]
    assert found == ["Recep Tayyip Erdoğan", "Éric Zemmour", "Ömer Çelik", "Maroš Šefčovič", "Łukasz Szumowski"]


def _names(r):
    return [f for f in r.findings if f.rule == "name-spelling"]


def test_a_name_spelled_two_ways_is_compatible_and_lists_both():
    r = report(article("a", "Foreign Minister Sergei Lavrov arrived. Lavrov said little."),
               article("b", "Foreign Minister Sergey V. Lavrov arrived."))
    (f,) = _names(r)
    assert f.verdict == "compatible"
    assert sorted(c.mention.text for c in f.claims) == ["Sergei Lavrov", "Sergey V. Lavrov"]
    # names have no numeric axis, so no note may say a claim was left off it
    assert f.notes == ()


def test_the_same_spelling_everywhere_is_not_reported():
    r = report(article("a", "Foreign Minister Sergei Lavrov arrived. Lavrov said little."),
               article("b", "Foreign Minister Sergei Lavrov arrived."))
    assert not _names(r)


def test_two_people_with_one_surname_are_not_variants():
    r = report(article("a", "President Raul Castro spoke."), article("b", "Former leader Fidel Castro spoke."))
    assert not _names(r)


def test_one_article_spelling_a_name_two_ways_is_reported():
    r = report(article("a", "Viktor Kremenjuk, the deputy head, spoke. Later Kremenyuk said more."))
    (f,) = _names(r)
    assert f.verdict == "compatible"


def test_a_quotation_worded_slightly_differently_is_compatible():
    r = report(article("a", 'She wrote that the list "did not reflect the real potential of relations".'),
               article("b", 'She wrote that the list "don\'t reflect the real potential of relations".'))
    (f,) = [f for f in r.findings if f.rule == "quote-wording"]
    assert f.verdict == "compatible"


@pytest.mark.parametrize("written, reported", [("won't", False), ("won’t", False), ("will not", False), ("will never", True)])
def test_a_contraction_and_its_words_are_one_wording(written, reported):
    # "won't" is "will not", not "wo not": one remark printed both ways is one wording, reported
    # as nothing, as a name spelled the same everywhere; another word is another wording
    r = report(article("a", '"We will not give up on the talks this year," Chancellor Anna Berger said.'),
               article("b", f'"We {written} give up on the talks this year," Chancellor Anna Berger said.'))
    assert bool([f for f in r.findings if f.rule == "quote-wording"]) == reported


def test_unrelated_quotations_are_not_grouped():
    r = report(article("a", '"We have a lot of business that we could do together," he said.'),
               article("b", '"We came here specifically to have a very full and open dialogue," he said.'))
    assert not [f for f in r.findings if f.rule == "quote-wording"]


# One statement in two translations or paraphrases: most content words shared
# (after stop words and suffixes go), close together, with the same polarity.
PARAPHRASES = [
    # (quotation a, quotation b, one statement?)
    ("Spain never initiated the freeze in trade relations, and we are always open to talks",
     "Spain was never the initiator of this cooling of trade relations.", True),
    ("The government will not raise taxes on pensioners this year",
     "This year the government is not raising the taxes of pensioners", True),
    ("The decision to close the embassy in Kabul was taken for security reasons",
     "We have decided to close our embassy in Kabul for reasons of security", True),
    ("I want to be clear that the government will never accept a haircut on insured deposits, and we "
     "are working with our partners day and night", "The government would never agree to a haircut on insured deposits", True),
    # the same speaker on the same topic, saying two things
    ("Spain is ready for a dialogue with Morocco about fishing rights",
     "Spain is not ready for a dialogue with Morocco about fishing rights", False),
    ("Spain is ready for dialogue", "Spain is not ready to lift sanctions", False),
    ("Spain is ready for a dialogue with Morocco about fishing rights",
     "Spain is not ready to lift the sanctions against Morocco over fishing rights", False),
    ("Spain is ready for a dialogue with Morocco about fishing rights",
     "Spain is ready to lift the sanctions against Morocco over fishing rights", False),
    ("The government would never agree to a haircut on insured deposits",
     "The government would agree to a haircut on uninsured deposits above the limit", False),
    ("We will send more troops to the border region to protect civilians",
     "We will protect our civilians in the capital and we will send aid to the border", False),
    # too few content words to tell a paraphrase from a second statement
    ("Spain never initiated the freeze", "Spain was never the initiator of the cooling", False),
    # the shorter one's words are scattered over a long quotation, not said together
    ("Spain never initiated the freeze in trade relations",
     "Spain has gone through a hard winter and its farmers were never paid on time, while what "
     "initiated the debate was a freeze of wages in the public sector and poor industrial relations", False),
]


@pytest.mark.parametrize("a, b, same", PARAPHRASES)
def test_a_paraphrase_is_one_quotation(a, b, same):
    from factcheck import wording

    ca, cb = (wording._content(wording._fold_words(t)) for t in (a, b))
    assert wording.paraphrase(ca, cb) is same
    assert wording.paraphrase(cb, ca) is same


def test_a_quotation_in_two_translations_is_compatible():
    r = report(article("a", 'Minister Ana Ruiz spoke. "Spain never initiated the freeze in trade relations, '
                            'and we are always open to talks," Ruiz told reporters.'),
               article("b", 'Minister Ana Ruiz spoke. But, she added: "Spain was never the initiator of this '
                            'cooling of trade relations."'))
    (f,) = [f for f in r.findings if f.rule == "quote-wording"]
    assert f.verdict == "compatible"
    assert len({c.mention.article for c in f.claims}) == 2


@pytest.mark.parametrize("other", ["Spain is not ready to lift the sanctions against Morocco over fishing rights.",
                                   "Spain is ready to lift the sanctions against Morocco over fishing rights."])
def test_two_statements_on_one_topic_by_one_speaker_stay_apart(other):
    r = report(article("a", 'Minister Ana Ruiz said: "Spain is ready for a dialogue with Morocco about fishing rights."'),
               article("b", f'Minister Ana Ruiz said: "{other}"'))
    assert not [f for f in r.findings if f.rule == "quote-wording"]


def test_a_paraphrase_by_another_speaker_is_another_quotation():
    r = report(article("a", '"Spain never initiated the freeze in trade relations," Minister Ana Ruiz said.'),
               article("b", '"Spain was never the initiator of this cooling of trade relations," Minister Luis Gomez said.'))
    assert not [f for f in r.findings if f.rule == "quote-wording"]


def test_names_are_tried_wherever_the_pattern_matches():
    """``names._candidates`` holds every place ``_pattern`` matches at (``finditer``'s matches, here)."""
    import random

    from factcheck.extract import names
    from factcheck.scan import Words

    rng = random.Random(3)
    tokens = ["John", "A.", "Kerry", "O'Brien", "O’Neil", "Jean-Luc", "José", "Ángel", "Øster", "said", "told", "the",
              "The", "U.S.", ".", "x", "Ab1", "MacDonald", "Z", "Éa", "Smith’s", "Kremenyuk",
              "Erdoğan", "Łukasz", "Šefčovič", "“Ömer”", "ğ", "McConnell", "DeSantis", "de", "von der", "al-Assad",
              "bin", "and", "May", "9", '"El', 'Chapo"', "“The", "Rock”"]
    gaps = [" ", "  ", "\t", "\n", ", ", "-", ""]
    for _ in range(2000):
        text = "".join(rng.choice(tokens) + rng.choice(gaps) for _ in range(rng.randrange(1, 12)))
        spots = set(names._candidates(text, Words(text)))
        assert {m.start() for m in names._pattern().finditer(text)} <= spots, text


# (sentence, the names read in it): an office before a title names no one
NAME_ROWS = [
    ("Health Minister Jane Doe spoke.", ["Jane Doe"]),
    ("Energy Minister Yiorgos Lakkotrypis spoke.", ["Yiorgos Lakkotrypis"]),
    ("Culture Secretary Maria Miller spoke.", ["Maria Miller"]),
    ("Chief Cabinet Secretary Yukio Edano spoke.", ["Yukio Edano"]),
    ("Tepco President Masataka Shimizu spoke.", ["Masataka Shimizu"]),
    ("Senior Vice President John Smith spoke.", ["John Smith"]),
    ("Tepco CEO Masataka Shimizu spoke.", ["Masataka Shimizu"]),
    ("World Bank President Jim Yong Kim spoke.", ["Jim Yong Kim"]),
    ("Secretary General Ban Ki-moon spoke.", ["Ban Ki-moon"]),
    ("Foreign Minister Sergei Lavrov spoke.", ["Sergei Lavrov"]),
    ("Prime Minister Naoto Kan spoke.", ["Naoto Kan"]),
    ("Hiroshi Aizawa spoke.", ["Hiroshi Aizawa"]),
    # a title word with less than a given name and a surname after it is the name's own
    ("Martin Luther King Jr. said so.", ["Martin Luther King Jr"]),
    # a capital inside a surname, an apostrophe after an initial letter
    ("Sen. Mitch McConnell spoke.", ["Mitch McConnell"]),
    ("Ronald MacDonald spoke.", ["Ronald MacDonald"]),
    ("Governor Ron DeSantis spoke.", ["Ron DeSantis"]),
    ("Conor O'Brien spoke.", ["Conor O'Brien"]),
    ("Then O’Neill said no.", ["O’Neill"]),
    # particles inside a name
    ("Charles de Gaulle spoke.", ["Charles de Gaulle"]),
    ("Ursula von der Leyen spoke.", ["Ursula von der Leyen"]),
    ("Crown Prince Mohammed bin Salman spoke.", ["Mohammed bin Salman"]),
    ("Abu Bakr al-Baghdadi spoke.", ["Abu Bakr al-Baghdadi"]),
    ("Vincent van Gogh painted.", ["Vincent van Gogh"]),
    # a month for a surname, not before a day's number
    ("Theresa May spoke.", ["Theresa May"]),
    ("Home Secretary Theresa May spoke.", ["Theresa May"]),
    ("Brian May said nothing.", ["Brian May"]),
    ("They met on Victory Day May 9 in Moscow.", []),
    ("Publish Date May 12, 2015", []),
    # a particle opens no name, and a name does not run on into lower-case words
    ("The talks in de facto control ended.", []),
    ("Paris and London agreed.", []),
]


@pytest.mark.parametrize("text, expected", NAME_ROWS)
def test_names_read_in_a_sentence(text, expected):
    from factcheck.extract import names

    assert [text[f.start:f.end] for f in names.extract(text)] == expected


def test_a_surname_misspelled_by_one_letter_is_one_name_spelled_two_ways():
    r = report(article("a", "Tepco spokesman Hiroshi Aizawa said workers had left."),
               article("b", "Tepco spokesman Hiroshi Aisawa said workers had left."))
    (f,) = _names(r)
    assert f.verdict == "compatible"
    assert sorted(c.mention.text for c in f.claims) == ["Hiroshi Aisawa", "Hiroshi Aizawa"]


@pytest.mark.parametrize("a, b", [
    # beside one given name, a surname's last letter or a final "s" is a slip
    ("Tigist Alemu won the women's race.", "Tigist Alemo won the women's race."),
    ("Transport Minister Oscar Puente spoke.", "Transport Minister Oscar Puentes spoke."),
    ("Coach Maria Santos spoke.", "Coach Maria Santo spoke."),
    ("Analyst Pavel Sokolov spoke.", "Analyst Pavel Sokolow spoke."),
])
def test_a_surname_ending_misspelled_beside_one_given_name_is_one_name(a, b):
    (f,) = _names(report(article("a", a), article("b", b)))
    assert f.verdict == "compatible"


def test_a_given_name_misspelled_is_one_name_spelled_two_ways():
    r = report(article("a", "Her spokesman Steffen Seibert said Germany would help."),
               article("b", "Her spokesman Stefan Seibert said Germany would help."))
    (f,) = _names(r)
    assert sorted(c.mention.text for c in f.claims) == ["Stefan Seibert", "Steffen Seibert"]


@pytest.mark.parametrize("a, b", [
    ("President Barack Obama spoke.", "Osama said nothing."),  # short, and no given name in common
    ("Analyst Mark Smith spoke.", "Analyst Mary Smith spoke."),  # two given names
    ("Analyst Maria Rossi spoke.", "Analyst Mario Rossi spoke."),  # two forms of one name
    ("Analyst Anna Ivanova spoke.", "Analyst Anna Ivanov spoke."),
    # a surname's ending alone, or beside two given names, names two people
    ("Alemu won the race.", "Alemo won the race."),
    ("Analyst Mark Puente spoke.", "Analyst John Puentes spoke."),
    ("Analyst Mark Rossi spoke.", "Analyst John Rosso spoke."),
    ("Analyst John Mayer spoke.", "Analyst Tom Meyer spoke."),  # close surnames, other given names
    ("President Raul Castro spoke.", "Former leader Fidel Castro spoke."),
    # a two-part name's short surname a vowel apart is another person's, beside the same given name
    ("Analyst John Reid spoke.", "Analyst John Reed spoke."),
    ("Analyst Sarah Kahn spoke.", "Analyst Sarah Kuhn spoke."),
    ("Analyst Tom Hart spoke.", "Analyst Tom Hurt spoke."),
    ("Analyst Anna Lane spoke.", "Analyst Anna Lone spoke."),
])
def test_similar_names_of_two_people_are_not_spelling_variants(a, b):
    assert not _names(report(article("a", a), article("b", b)))


@pytest.mark.parametrize("a, b", [
    ("Rule by New Democracy ended.", "A New Democracy-led government formed."),  # a word and more of it
    ("Russia's Foreign Ministry said so.", "Russia Foreign Ministry said so."),  # a possessive
])
def test_a_name_and_a_word_made_of_it_are_not_spelling_variants(a, b):
    assert not _names(report(article("a", a), article("b", b)))


# (text, the quotations read in it, exactly as written)
QUOTE_ROWS = [
    ('"We will not raise taxes this year," she said.', ["We will not raise taxes this year,"]),
    ("“We will not raise taxes this year,” she said.", ["We will not raise taxes this year,"]),
    # single quotes, as British papers print speech; an apostrophe opens and closes none
    ("'We will not raise taxes this year,' she said.", ["We will not raise taxes this year,"]),
    ("‘We’re not raising taxes this year,’ she said.", ["We’re not raising taxes this year,"]),
    ("'It's a budget for growth and jobs,' she added.", ["It's a budget for growth and jobs,"]),
    ("The workers' union said 'the strike will go on until we win' on Monday.",
     ["the strike will go on until we win"]),
    ("Kerry: 'No breakthrough in sight for talks' with Lavrov", ["No breakthrough in sight for talks"]),
    ("Smith's and Jones's shares fell as the firms' profits shrank.", []),
    ("Rock 'n' roll filled the '90s and the '80s with sound.", []),
    ("She called the 'reset' a failure, he said.", []),
    # an inch mark after a figure opens no quotation
    ("He is 5'11\" and weighs 180 pounds. \"We will win this fight,\" he said.", ["We will win this fight,"]),
    ("The 55\" screen sold out within the first hour of the sale.\nStocks rose.", []),
    # a double quotation holds a single one
    ("\"He called it 'a disaster for the whole country' in public,\" she said.",
     ["He called it 'a disaster for the whole country' in public,"]),
]


@pytest.mark.parametrize("text, expected", QUOTE_ROWS)
def test_quotations_read_in_a_sentence(text, expected):
    from factcheck.extract import quotes

    assert [text[f.start:f.end] for f in quotes.extract(text)] == expected


def test_a_quotation_in_single_quotes_is_compared_with_its_double_quoted_wording():
    r = report(article("a", "'We will not raise taxes on working families this year,' Chancellor Anna Berger said."),
               article("b", '"We will not raise taxes on families this year," Chancellor Anna Berger said.'))
    (f,) = [f for f in r.findings if f.rule == "quote-wording"]
    assert f.verdict == "compatible"
    assert f.scope.get("speaker") == ("Berger",)


@pytest.mark.parametrize("gapped, same", [
    ("We will not raise taxes ... this year, and we will protect pensions.", True),
    ("[We] will not raise taxes on working families this year, and [the government] will protect pensions.", True),
    ("We will not raise taxes ...", True),  # the rest left out
    ("... raise taxes on working families", False),  # no gap at its end: a part of the whole, as before
    ("We will ... raise taxes on working families this year, and we will protect pensions.", False),  # "not" left out
    ("We will [not] raise taxes on working families this year, and we will protect pensions.", True),  # put back
    ("We will not raise taxes on families ... pensions.", False),  # a word changed outside the gap
])
def test_a_quotation_with_gaps_takes_the_wording_it_quotes_faithfully(gapped, same):
    from factcheck import wording

    whole = "We will not raise taxes on working families this year, and we will protect pensions."
    forms = wording._wordings({whole, gapped})
    assert (forms[gapped] == forms[whole]) == same


@pytest.mark.parametrize("a, b, ages", [
    # a name of three parts, one a vowel apart and the others the same, is one person: one age
    ("Lim Wei Ming", "Lim Wei Meng", [("discrepancy", ["45", "52"])]),
    # a two-part name's surname a vowel apart is another person: two ages
    ("John Reid", "John Reed", [("single_source", ["45"]), ("single_source", ["52"])]),
    ("Sarah Kahn", "Sarah Kuhn", [("single_source", ["45"]), ("single_source", ["52"])]),
])
def test_a_persons_figures_fold_only_names_spelled_two_ways(a, b, ages):
    def told(name, age):
        return f"The survivor, {name}, {age}, was hurt in the fire on Monday. {name.split()[-1]} was taken to hospital."

    r = report(article("a", told(a, 45)), article("b", told(b, 52)))
    got = sorted((f.verdict, sorted(c.mention.text for c in f.claims)) for f in r.findings if f.rule == "age")
    assert got == sorted(ages)
