"""Names spelled two ways and quotations worded two ways are reported, never as discrepancies."""

from helpers import article, report

from factcheck.extract.names import key


def test_transliteration_variants_fold_to_one_key():
    assert key("Sergei Lavrov") == key("Sergey V. Lavrov") == key("Sergey Lavrov")
    assert key("Yury Ushakov") == key("Yuri Ushakov")
    assert key("Kremenjuk") == key("Kremenyuk")
    assert key("Bocharov Ruchei") == key("Bocharov Ruchey")
    assert key("John Kerry") != key("John Kelly")


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


def test_unrelated_quotations_are_not_grouped():
    r = report(article("a", '"We have a lot of business that we could do together," he said.'),
               article("b", '"We came here specifically to have a very full and open dialogue," he said.'))
    assert not [f for f in r.findings if f.rule == "quote-wording"]


def test_names_are_tried_wherever_the_pattern_matches():
    """``names._candidates`` holds every place ``_pattern`` matches at (``finditer``'s matches, here)."""
    import random

    from factcheck.extract import names
    from factcheck.scan import Words

    rng = random.Random(3)
    tokens = ["John", "A.", "Kerry", "O'Brien", "O’Neil", "Jean-Luc", "José", "Ángel", "Øster", "said", "told", "the",
              "The", "U.S.", ".", "x", "Ab1", "MacDonald", "Z", "Éa", "Smith’s", "Kremenyuk",
              "Erdoğan", "Łukasz", "Šefčovič", "“Ömer”", "ğ"]
    gaps = [" ", "  ", "\t", "\n", ", ", "-", ""]
    for _ in range(2000):
        text = "".join(rng.choice(tokens) + rng.choice(gaps) for _ in range(rng.randrange(1, 12)))
        spots = set(names._candidates(text, Words(text)))
        assert {m.start() for m in names._pattern().finditer(text)} <= spots, text
