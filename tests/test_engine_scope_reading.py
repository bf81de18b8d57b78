"""How the engine reads a claim's scope and trigger words: the event named before the
event noun outside the value, places in the mention's clause, bare surnames of people
named in full, trigger words that belong to the value right before them."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from factcheck.scan import Words
from factcheck.scope import find_people
from factcheck.extract import extract_mentions
from helpers import RULES, article

RULES_IN_FORCE = load_rules([RULES])


def claims(*articles):
    return select_claims(list(articles), RULES_IN_FORCE)


def scope_of(cs, text, rule):
    (c,) = [c for c in cs if c.mention.text == text and c.rule == rule]
    return c.scope


def test_event_name_is_read_before_the_event_noun_not_the_word_inside_the_value():
    cs = claims(article("a", "The Kobe earthquake measured magnitude 6.9. A 9.0-magnitude quake struck on Friday."))
    assert scope_of(cs, "magnitude 6.9", "magnitude")["event_name"] == ("Kobe",)
    assert scope_of(cs, "9.0-magnitude", "magnitude")["event_name"] == ()


def test_event_name_falls_back_to_the_name_before_the_conflict_word():
    cs = claims(article("a", "Trade has fallen since the outbreak of the Montrenan crisis in early 2014."))
    assert scope_of(cs, "early 2014", "conflict-start")["event_name"] == ("Montrenan",)


def test_a_place_across_a_clause_boundary_is_not_the_venue():
    cs = claims(article("a", "Three gunmen opened fire at the Rialto theatre while two attackers struck at the Cafe Lune."))
    assert scope_of(cs, "Three gunmen", "attackers")["venue"] == ("Rialto",)
    assert scope_of(cs, "two attackers", "attackers")["venue"] == ("Cafe Lune",)


def test_surnames_of_untitled_full_names_are_known_for_ages_only():
    a = article("a", "Its architect, Tomas Rudd, aged 73, was there. Mr. Kerry spoke.")
    words = {a.id: Words(a.text)}
    names = {a.id: [m for m in extract_mentions(a, words[a.id]) if m.kind == "name"]}
    people = find_people([a], words, names)
    assert "Rudd" in people.named and "Rudd" not in people.surnames
    assert "Kerry" in people.surnames and "Kerry" not in people.named
    # without the name mentions, as before
    assert find_people([a], words).named == {}


def test_the_n_year_old_surname_is_that_person():
    cs = claims(
        article("a", "Mayor Anna Petrescu, 54, opened the bridge. Its architect, Tomas Rudd, aged 73, was there."),
        article("b", "The 54-year-old Petrescu cut the ribbon beside the 73-year-old Rudd."),
    )
    assert scope_of(cs, "73-year-old", "age")["person"] == ("Rudd",)
    assert scope_of(cs, "54-year-old", "age")["person"] == ("Petrescu",)


def test_a_trigger_word_right_after_a_value_is_not_taken_by_the_next_value():
    cs = claims(article("a", "The quake struck 10 km deep, 70 km from the city."))
    facts = {c.mention.text: c.fact for c in cs if c.rule == "distance"}
    assert facts == {"10 km": "depth", "70 km": "distance"}


def test_a_conversion_in_parentheses_keeps_its_value_near_the_trigger():
    cs = claims(article("a", "The quake struck about 130 kilometres (80 miles) off the coast."))
    facts = {c.mention.text: c.fact for c in cs if c.rule == "distance"}
    assert facts == {"about 130 kilometres": "distance", "80 miles": "distance"}


def test_the_speaker_is_the_person_beside_the_attributing_verb():
    from factcheck.scope import index_article, read_scope

    a = article("a", 'President Ivo Novak said: "We are ready to talk about the border with our neighbours." '
                     'In return, she wrote, Mr. Kerry provided a list of reports that "did not reflect the real '
                     'potential of our relations with the neighbours." "We are not ready to talk about the '
                     'border with them," said Chancellor Anna Berger.')
    words = Words(a.text)
    mentions = extract_mentions(a, words)
    names = [m for m in mentions if m.kind == "name"]
    people = find_people([a], {a.id: words}, {a.id: names})
    sc = index_article(a, people, words, names)
    speakers = {m.text: read_scope(sc, m, ["speaker"], None)["speaker"] for m in mentions if m.kind == "quote"}
    # "she wrote", in the quotation's own sentence, attributes it, not the "said" of the sentence before;
    # "she" stands for the one person named before it (nothing tells Novak's sex)
    assert sorted(speakers.values()) == [("Berger",), ("Novak",), ("Novak",)]
    assert speakers[next(t for t in speakers if t.startswith("did not"))] == ("Novak",)
    # where a word tells the one named before is a man, "she" names no one
    a = article("a", a.text.replace("President Ivo Novak", "Mr Novak"))
    words = Words(a.text)
    mentions = extract_mentions(a, words)
    names = [m for m in mentions if m.kind == "name"]
    sc = index_article(a, find_people([a], {a.id: words}, {a.id: names}), words, names)
    assert read_scope(sc, next(m for m in mentions if m.text.startswith("did not")), ["speaker"], None)["speaker"] == ()


# (sentences, the speaker of the last quotation): the person beside the attributing verb is
# its subject; a listener ("told Lavrov"), an owner ("Putin's spokesman", "a spokeswoman for
# Lavrov"), a pronoun and a title standing alone name no speaker
SPEAKERS = [
    ('President Ivo Novak met Foreign Minister Sergei Lavrov. "We are ready to talk about the future '
     'of the border," he told Lavrov.', ()),
    ('President Ivo Novak met Foreign Minister Sergei Lavrov. "We are ready to talk about the future '
     'of the border," Novak told Lavrov.', ("Novak",)),
    ('President Vladimir Putin spoke. Putin\'s spokesman Dmitry Peskov said: "We are ready to talk '
     'about the future of the border."', ("Peskov",)),
    ('President Vladimir Putin spoke. Putin\'s spokesman said: "We are ready to talk about the future '
     'of the border."', ()),
    ('Foreign Minister Sergei Lavrov spoke. A spokeswoman for Foreign Minister Sergei Lavrov said: '
     '"We are ready to talk about the future of the border."', ()),
    ('Foreign Minister Sergei Lavrov spoke. Then his foreign minister said: "We are ready to talk '
     'about the future of the border."', ()),
    # a pronoun beside the nearest verb: not the person beside a verb further off
    ('Foreign Minister Sergei Lavrov told reporters the talks went well, and "we are ready to talk '
     'about the future of the border," she said.', ()),
    ('"We are ready to talk about the future of the border," said a spokesman. President Ivo Novak '
     'said nothing.', ()),
    ('"We are ready to talk about the future of the border," residents said after Foreign Minister '
     'Sergei Lavrov told reporters he would come.', ()),
    ('"We are ready to talk about the future of the border," his deputy said after Foreign Minister '
     'Sergei Lavrov told reporters he would come.', ()),
    ('"We are ready to talk about the future of the border," said Foreign Minister Sergei Lavrov.',
     ("Lavrov",)),
    ('"We are ready to talk about the future of the border," Foreign Minister Sergei Lavrov told '
     'President Ivo Novak.', ("Lavrov",)),
    ('Interfax quoted Foreign Minister Sergei Lavrov as saying: "We are ready to talk about the '
     'future of the border."', ("Lavrov",)),
    # a verb with another quotation between is that one's ("Good," is too short to be read)
    ('Foreign Minister Sergei Lavrov said: "Good." Later the talks went on, "and we are ready to talk '
     'about the future of the border" was heard.', ()),
    # an empty pair of marks is a slip, no quotation: the sentence before still names the speaker
    ('"We represent a majority of people," said Foreign Minister Sergei Lavrov. ""We will be present '
     'in these developments from the position of the main opposition."', ("Lavrov",)),
    # a name set off by commas after its title is the subject: the title's owner is not
    ('"We will rebuild every school in the valley by spring," the agency\'s regional director, Tomas '
     'Halvorsen, said.', ("Halvorsen",)),
    ('Governor Elena Marsh spoke. "We will rebuild every school in the valley by spring," Marsh\'s '
     'deputy, Pavel Novotny, told reporters.', ("Novotny",)),
    ('"We will rebuild every school in the valley by spring," a spokeswoman for Governor Elena Marsh, '
     'Ida Berg, said.', ("Berg",)),
    # or its title after it, set off the same way
    ('"We will rebuild every school in the valley by spring," Tomas Halvorsen, the agency\'s regional '
     'director, said.', ("Halvorsen",)),
    ('"We will rebuild every school in the valley by spring," said Darren Quill, an economist at '
     'Halden Bank.', ("Quill",)),
    # a title of several words, and lower-case words before the title after the verb
    ('"We will rebuild every school in the valley by spring," Assistant District Attorney Lena Ford '
     'told the jury.', ("Ford",)),
    ('"We will rebuild every school in the valley by spring," Chief Operating Officer Jane Roe '
     'said.', ("Roe",)),
    ('"We will rebuild every school in the valley by spring," said county fire official Ben Adler.',
     ("Adler",)),
    ('"We will rebuild every school in the valley by spring," said sandwich shop owner Mary Kostas, 57.',
     ("Kostas",)),
    ('"We will rebuild every school in the valley by spring," the shop owner said.', ()),
    # a bare surname the article introduced as a person, in full or by its title
    ('Its finance chief, Omar Ruiz, spoke first. "We will rebuild every school in the valley by '
     'spring," Ruiz told investors.', ("Ruiz",)),
    ('Lena Voss, who leads the union, spoke first. "We will rebuild every school in the valley by '
     'spring," Voss said.', ("Voss",)),
    # more verbs of saying
    ('Governor Elena Marsh spoke. "We will rebuild every school in the valley by spring," Marsh '
     'repeated on Tuesday.', ("Marsh",)),
    ('Governor Elena Marsh spoke. "We will rebuild every school in the valley by spring," Marsh '
     'posted on social media.', ("Marsh",)),
    # still none: a name the comma sets off from the subject, a lone word no one introduced
    ('"We will rebuild every school in the valley by spring," after talks with Governor Elena Marsh, '
     'the minister said.', ()),
    ('"We will rebuild every school in the valley by spring," Halden said in a statement.', ()),
    # a surname two people bear names neither, nor anyone further off; in full, it names one
    ('Mayor Peter Smith met Judge John Smith. "We will rebuild every school in the valley by spring," '
     'Smith said after meeting Governor Elena Marsh.', ()),
    ('Mayor Peter Smith met Judge John Smith. "We will rebuild every school in the valley by spring," '
     'John Smith said after meeting Governor Elena Marsh.', ("John Smith",)),
    # a pronoun right before the verb is its subject, not the name before the pronoun
    ('Judge Ana Ruiz sentenced Tomas Pellow. She told Pellow as she announced the sentence: "We will '
     'rebuild every school in the valley by spring."', ()),
    # a title that titled one person only, standing for them, is that person; not a role noun after
    # "a", nor a title two people held
    ('Governor Dauda Lawal received the girls. Speaking at the reception, the governor said, "No ransom '
     'was paid, not a single kobo."', ("Lawal",)),
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," said the governor.',
     ("Lawal",)),
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," a spokesman said.', ()),
    ('Governor Dauda Lawal met Governor Bello Matawalle. "No ransom was paid, not a single kobo," the '
     'governor said.', ()),
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," the minister said.', ()),
    # the title after "the" is an owner's when someone of theirs speaks: the aide, the spokesman
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," an aide to the '
     'governor said.', ()),
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," a spokesman for '
     'the governor said.', ()),
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," said a spokesman '
     'for the governor.', ()),
    ('Governor Dauda Lawal received the girls. "No ransom was paid, not a single kobo," the governor\'s '
     'aide said.', ()),
    # a surname that is also a title's word is still the name
    ('"We will rebuild every school in the valley by spring," Foreign Minister Julie Bishop said.',
     ("Bishop",)),
]


@pytest.mark.parametrize("text,expected", SPEAKERS)
def test_the_speaker_is_the_subject_of_the_attributing_verb(text, expected):
    from factcheck.scope import index_article, read_scope

    a = article("a", text)
    words = Words(a.text)
    mentions = extract_mentions(a, words)
    names = [m for m in mentions if m.kind == "name"]
    people = find_people([a], {a.id: words}, {a.id: names})
    sc = index_article(a, people, words, names)
    last = [m for m in mentions if m.kind == "quote"][-1]
    assert read_scope(sc, last, ["speaker"], None)["speaker"] == expected


SUBJECTS = [
    # "<Party> of <Person>": the party's seats, not the leader's
    ("The Social Democrats of Tomas Reiner won 41 seats. Tomas Reiner spoke.", "41 seats", "seats", ("democrats",)),
    # "of" a name that is no person keeps the name after it, as before
    ("The Party of Regions won 185 seats.", "185 seats", "seats", ("regions",)),
    ("The party of Tomas Reiner won 41 seats. Tomas Reiner spoke.", "41 seats", "seats", ("reiner",)),
    # a place's possessive before a vote noun is where the vote was
    ("The Social Democrats led Valdria's parliamentary election with 33.8 percent of the vote.", "33.8 percent", "vote-share",
     ("democrats",)),
    ("The Social Democrats won Valdria's vote with 33.8 percent of the vote.", "33.8 percent", "vote-share", ("democrats",)),
    ("Valdria's election gave 33.8 percent of the vote to nobody.", "33.8 percent", "vote-share", ()),
    # a party's possessive before other words still owns the figure
    ("Syriza's candidates won 33.8 percent of the vote.", "33.8 percent", "vote-share", ("syriza",)),
    # an aside a participle opens describes the name before it: its own names own nothing after it
    ("Kane, on loan at Bologna, scored 18 goals last season.", "18 goals", "season-goals", ("kane",)),
    ("Ferreira, signed from Benfica for 8.5 million pounds last summer, has scored 27 goals this season.", "27 goals",
     "season-goals", ("ferreira",)),
    ("Venancio, born in Setubal on 3 March 2005, scored 27 goals last season.", "27 goals", "season-goals",
     ("venancio",)),
    ("Syriza, backed by Podemos, won 71 seats.", "71 seats", "seats", ("syriza",)),
    # ... after a name that ends in a letter beyond ASCII
    ("Mbappé, signed from Monaco last summer, has scored 27 goals this season.", "27 goals", "season-goals",
     ("mbappé",)),
    # ... not a clause of its own after a place
    ("In Lisbon, Benfica scored 94 goals last season.", "94 goals", "season-goals", ("benfica",)),
    # a time word opening a sentence names no one, nor does the name of what was voted on (the bill, the
    # motion), while the chamber that voted is the split's
    ("Last night's vote, on Thursday, was 86 to 52.", "86 to 52", "vote-split", ()),
    ("The National Minimum Wage (Amendment) Bill was passed by 88 votes to 52 on Thursday.", "88 votes to 52",
     "vote-split", ()),
    ("The Climate Motion was carried by 88 votes to 52.", "88 votes to 52", "vote-split", ()),
    ("The increase was passed by the Dáil on 15 October by 88 votes to 52.", "88 votes to 52", "vote-split",
     ("dáil",)),
    ("The Senate passed the bill 52-48.", "52-48", "vote-split", ("senate",)),
    ("Next Generation won 12 seats.", "12 seats", "seats", ("generation",)),
]


@pytest.mark.parametrize("text,value,rule,subject", SUBJECTS)
def test_the_subject_of_seats_and_shares(text, value, rule, subject):
    assert scope_of(claims(article("a", text)), value, rule).get("subject", ()) == subject


PERSONS = [
    # a name right before people it describes is not whom the sentence is about
    ("Former Harlow council treasurer Marcus Hale was jailed. "
     "A treasurer who stole £2.3 million from Harlow taxpayers was sentenced to nine years.", "nine years", ()),
    ("Marcus Hale was jailed. Officials said Moscow officials sentenced Hale to nine years.", "nine years", ("Hale",)),
    # the name itself, before a verb, is still the person
    ("Marcus Hale was jailed. A court in Harlow said Hale was sentenced to nine years.", "nine years", ("Hale",)),
    ("Marcus Hale was jailed. Lawyers for Hale appealed his sentence of nine years.", "nine years", ("Hale",)),
    # a name before a place's or a body's noun ("Santa Maria hospital") and a title in quotation marks
    # are no person's: "he" is still the one the sentence before names
    ("Marcus Hale was jailed. He left Santa Maria hospital and was sentenced to nine years.", "nine years",
     ("Hale",)),
    ("Marcus Hale was jailed. He flew from Heathrow airport and was sentenced to nine years.", "nine years",
     ("Hale",)),
    ('Marcus Hale was jailed. He wrote "The Silent Harbour" and was sentenced to nine years.', "nine years",
     ("Hale",)),
    # ... while a person named before another word is that person
    ("Marcus Hale was jailed. A court said Anna Costa was sentenced to nine years.", "nine years", ("Costa",)),
    ("Marcus Hale was jailed. Anna Costa herself was sentenced to nine years.", "nine years", ("Costa",)),
    # "she" after a sentence that spoke of her ("her lawyer") before naming someone else is not that someone
    ("Anna Costa left her job. Her lawyer, Marcus Hale, was jailed. She was sentenced to nine years.", "nine years",
     ()),
    ("Anna Costa wrote books. Two of her books were filmed by Marcus Hale. She was sentenced to nine years.",
     "nine years", ()),
    # ... while one who names the person first carries that person over
    ("Marcus Hale lost his appeal. He was sentenced to nine years.", "nine years", ("Hale",)),
    ("Marcus Hale was jailed. He was sentenced to nine years.", "nine years", ("Hale",)),
]


@pytest.mark.parametrize("text,value,person", PERSONS)
def test_the_person_of_a_sentence(text, value, person):
    assert scope_of(claims(article("a", text)), value, "prison-sentence").get("person", ()) == person


AGE_PERSONS = [
    # an unnamed person set off by a role noun: the role's age, whatever the appositive's noun
    ("The driver, a 47-year-old man from Madrid, was released.", "47-year-old", ("the driver",)),
    ("The driver, a 51-year-old employee of Renfe, was slightly injured.", "51-year-old", ("the driver",)),
    ("The pilot, a 38-year-old, had flown the route before.", "38-year-old", ("the pilot",)),
    ("The driver, aged 51, remains under investigation.", "aged 51", ("the driver",)),
    ("Renfe said the driver, 51, had passed his checks.", "51", ("the driver",)),
    # a definite age before the role noun, right after it or after one modifier
    ("The 47-year-old driver was released on Sunday.", "47-year-old", ("the driver",)),
    ("Police said the 51-year-old train driver was hurt.", "51-year-old", ("the driver",)),
    # ... after a thing's owner too ("the ferry's", "its")
    ("The ferry's 54-year-old captain is among the survivors.", "54-year-old", ("the captain",)),
    ("Police named the vessel's 54-year-old captain as a suspect.", "54-year-old", ("the captain",)),
    ("The club said its 61-year-old manager would stay.", "61-year-old", ("the manager",)),
    # a role of two words (a title, titles.yaml, or nouns.yaml ``apposed``) is read whole, not by its first word
    ("The company's 61-year-old chief executive resigned on Monday.", "61-year-old", ("the chief executive",)),
    ("The 58-year-old prime minister was re-elected.", "58-year-old", ("the prime minister",)),
    ("The 44-year-old head coach was sacked.", "44-year-old", ("the head coach",)),
    ("The chief executive, aged 63, has staked her reputation on the plan.", "aged 63", ("the chief executive",)),
    ("The prime minister, a 58-year-old lawyer, said no.", "58-year-old", ("the prime minister",)),
    ("The 30-year-old security guard was shot.", "30-year-old", ("the security guard",)),
    # the name in apposition right after the role is the person
    ("The 63-year-old chief executive, Margaret Ellison, joined in 2021.", "63-year-old", ("Ellison",)),
    ("The ship's 52-year-old captain, Agus Santoso, was questioned.", "52-year-old", ("Santoso",)),
    # the role named elsewhere in the article is that person
    ("Engineer William Rockefeller drove the train. The engineer, a 47-year-old man, was hurt.", "47-year-old",
     ("Rockefeller",)),
    # traps: two people, one of many, a role of something else, a name beside the role
    ("A 47-year-old man and a 51-year-old woman were injured.", "47-year-old", ()),
    ("A 47-year-old man and a 51-year-old woman were injured.", "51-year-old", ()),
    ("A driver, a 47-year-old man, was hurt.", "47-year-old", ()),
    ("The victim, a 47-year-old man, died in hospital.", "47-year-old", ()),
    ("The driver of the second car, a 47-year-old man, was hurt.", "47-year-old", ()),
    ("The 47-year-old driver of the second car was hurt.", "47-year-old", ()),
    ("John Smith, the 45-year-old mayor, was hurt.", "45-year-old", ("Smith",)),
    ("The 45-year-old mayor, John Smith, was hurt.", "45-year-old", ("Smith",)),
    ("The 30-year-old man was hurt.", "30-year-old", ()),
    # an owner that is a person, or one of many, keys no role; a chief of something is no chief executive
    ("Smith's 19-year-old son was hurt.", "19-year-old", ()),
    ("A ferry's 54-year-old captain was hurt.", "54-year-old", ()),
    ("The 50-year-old chief of police was hurt.", "50-year-old", ()),
    # "he" or "she" as the subject of the age's clause stands for the last person named before it; not
    # across a person's or kin noun, nor a second name, that it may stand for instead
    ("Egon Schiele made the work when he was 28, during a prolific period.", "28", ("Schiele",)),
    ("Egon Schiele left Vienna for Krumau, where he painted the town at the age of 28.", "the age of 28",
     ("Schiele",)),
    ("Anna Berger said her son was killed when he was 28.", "28", ()),
    ("Maria Lopez wept as her husband, who was shot when he was 28, was buried.", "28", ()),
    ("Anna Berger met Tomas Rudd when she was 28.", "28", ()),
    ("Anna Berger said the soldier was killed when he was 28.", "28", ()),
]


@pytest.mark.parametrize("text,value,person", AGE_PERSONS)
def test_the_person_of_an_age(text, value, person):
    assert scope_of(claims(article("a", text)), value, "age").get("person", ()) == person


# a role another article of the cluster ties to one named person: (the naming articles, the
# article with the role's age, the age, whose it is)
ROLE_NAMED_ELSEWHERE = [
    # an appositive, a title or a role set off after the name ties the role to the person
    (["The captain, Agus Santoso, was questioned."], "The ferry's 54-year-old captain survived.", "54-year-old",
     ("Santoso",)),
    (["Captain Agus Santoso steered the ferry."], "Police named the vessel's 54-year-old captain.", "54-year-old",
     ("Santoso",)),
    (["Agus Santoso, the ship's captain, was questioned."], "The 54-year-old captain survived.", "54-year-old",
     ("Santoso",)),
    (["The train's driver, Marek Dolan, was hurt."], "The driver, 47, was taken to hospital.", "47", ("Dolan",)),
    (["The firm's chief executive, Margaret Ellison, resigned."], "The 63-year-old chief executive left.",
     "63-year-old", ("Ellison",)),
    # one person's name spelled two ways by the sources is still one person, keyed by the spelling tied most often
    (["The captain, Agus Santoso, was questioned.", "Captain Agus Santosa was questioned again.",
      "Agus Santoso, the ferry's captain, was charged."],
     "The ferry's 54-year-old captain survived.", "54-year-old", ("Santoso",)),
    # two people tied to the role (a driver of each car): whose the age is, no one says
    (["The first car's driver, Marek Dolan, died.", "The driver, Jan Novak, was unhurt."],
     "The 47-year-old driver was released.", "47-year-old", ("the driver",)),
    # a role no article names stays the role; another role's name is not this one's
    (["The mayor, Anna Petrescu, spoke."], "The ferry's 54-year-old captain survived.", "54-year-old",
     ("the captain",)),
    # "a captain" is one of many, and a passenger's name ties no role
    (["Agus Santoso, a captain from Surabaya, was aboard."], "The 54-year-old captain survived.", "54-year-old",
     ("the captain",)),
    # a title of one word that the sources give one person only, whatever words before it ("Finance Minister",
    # "Minister"), is that person's; given two people ("Finance Minister", "Foreign Minister"), or no one, nobody's
    (["Finance Minister Siobhan Keane spoke.", "Minister Keane left early."],
     "The 54-year-old minister defended the cut.", "54-year-old", ("Keane",)),
    (["Finance Minister Siobhan Keane spoke."], "The minister, 54, defended the cut.", "54", ("Keane",)),
    (["Finance Minister Siobhan Keane spoke.", "Foreign Minister Simon Coveney spoke."],
     "The 54-year-old minister defended the cut.", "54-year-old", ()),
    (["The budget was passed."], "The 54-year-old minister defended the cut.", "54-year-old", ()),
]


@pytest.mark.parametrize("naming,text,value,person", ROLE_NAMED_ELSEWHERE)
def test_a_role_another_article_names_is_that_person(naming, text, value, person):
    others = [article(f"n{i}", t) for i, t in enumerate(naming)]
    assert scope_of(claims(*others, article("a", text)), value, "age").get("person", ()) == person


def test_the_titles_one_person_holds_are_read_once_a_corpus():
    """``_titled_roles`` asks the corpus's people only: each article of the corpus gets the one table."""
    from factcheck.scope.article import index_article
    from factcheck.scope.people import People
    from factcheck.scope.speakers import _titled_roles

    people = People(surnames={"Keane": "Keane", "Coveney": "Coveney"},
                    titles={"finance minister": {"Keane"}, "minister": {"Keane"}, "foreign secretary": {"Coveney"},
                            "secretary": {"Coveney", "Keane"}})
    a, b = (index_article(article(aid, text), people, Words(text))
            for aid, text in (("a", "The 54-year-old minister spoke."), ("b", "The minister left.")))
    assert _titled_roles(a) == {"minister": "Keane"}
    assert _titled_roles(b) is _titled_roles(a)


FINISHING_PERSONS = [
    # the name before the value in its clause, not one past a comma after it: a participial
    # phrase's object, the next coordinated clause's subject, a list's next item
    ("Amos Kiprono, 24, won the men's race in 2:03:41, breaking away from Hillary Kipsang near the end.", "2:03:41",
     ("Kiprono",)),
    ("Jane Rono of Kenya pulled away over the final two miles to win the race on Sunday in 2 hours, 3 minutes, "
     "41 seconds, and Mary Alemu of Ethiopia won the women's race.", "2 hours, 3 minutes, 41 seconds", ("Rono",)),
    ("Kenyan Paul Tergat won in two hours, four minutes and 55 seconds, ahead of Sammy Korir.",
     "two hours, four minutes and 55 seconds", ("Tergat",)),
    ("Amos Kiprono won in 2:03:41, Hillary Kipsang was second in 2:04:00, and Birhanu Legese third in 2:04:22.",
     "2:03:41", ("Kiprono",)),
    ("Amos Kiprono won in 2:03:41, Hillary Kipsang clocked 2:04:00, and Birhanu Legese clocked 2:04:22.",
     "2:04:00", ("Kipsang",)),
    # unchanged: the nearest name when no comma stands between, or no name before the value
    ("Birhanu Legese won in 2:04:22 ahead of Hillary Kipsang.", "2:04:22", ("Legese",)),
    ("In 2:03:41, Amos Kiprono won the race.", "2:03:41", ("Kiprono",)),
]


@pytest.mark.parametrize("text,value,person", FINISHING_PERSONS)
def test_the_person_of_a_finishing_time(text, value, person):
    assert scope_of(claims(article("a", text)), value, "finishing-time").get("person", ()) == person


# sentence, value, its period (crowd-size, nouns.yaml ``periods``): one day's figure or one over several,
# read in the value's own stretch between commas and clause breaks; a weekday after "on" is one day's
# (calendar.yaml ``weekdays``, nouns.yaml ``periods_weekdays``); a figure's thousands comma and a clock's
# colon end no stretch
PERIODS = [
    ("A crowd of 128,000 attended on race day.", "128,000", ("day",)),
    ("336,000 spectators attended over the three days.", "336,000 spectators", ("days",)),
    ("A crowd of 92,000 attended on Saturday.", "92,000", ("day",)),
    ("A crowd of 92,000 attended on Tuesday.", "92,000", ("day",)),
    ("The win came in front of a crowd of 128,000 on Sunday, part of a record 336,000 over the weekend.",
     "128,000", ("day",)),
    ("On race day 1,200 volunteers and a crowd of 128,000 attended.", "128,000", ("day",)),
    ("On race day at 2:30 p.m. a crowd of 128,000 had gathered.", "128,000", ("day",)),
    ("A crowd of 128,000 attended the race.", "128,000", ()),
]


@pytest.mark.parametrize("text,value,period", PERIODS)
def test_the_period_of_a_crowd(text, value, period):
    assert scope_of(claims(article("a", text, published="2026-09-07")), value, "crowd-size").get("period", ()) == period


# a value and its conversion in brackets are one claim's two halves: they share the scope a reader
# finds on either side of them, however far the day or the storm's stage stands from the first half
@pytest.mark.parametrize("text, first, second, rule, dim, expected", [
    ("Gusts reached 60 mph (97 km/h) across the coast of the island on Tuesday.",
     "60 mph", "97 km/h", "speed", "when", ("2025-09-23",)),
    ("On Tuesday across the coast of island gusts reached 60 mph (97 km/h).",
     "60 mph", "97 km/h", "speed", "when", ("2025-09-23",)),
    ("Orla had peaked as a Category 4 storm with 145 mph (230 km/h) winds over the Gulf of Mexico on Tuesday.",
     "145 mph", "230 km/h", "speed", "stage", ("peak",)),
    ("Orla had peaked as a Category 4 storm with 145 mph (230 km/h) winds over the Gulf of Mexico on Tuesday.",
     "145 mph", "230 km/h", "speed", "when", ("2025-09-23",)),
])
def test_a_value_and_its_conversion_in_brackets_share_their_scope(text, first, second, rule, dim, expected):
    cs = claims(article("a", text, published="2025-09-25"))
    assert scope_of(cs, first, rule)[dim] == scope_of(cs, second, rule)[dim] == expected


# a verb right after "N of (its|the|the train's) M <noun>" is the part's: the whole is what it is a part
# of; the part's own words and the whole's role stay as they were
@pytest.mark.parametrize("text, expected", [
    ("Five of its eight carriages derailed.", {"Five": "carriages derailed"}),
    ("Six of the train's eight carriages derailed.", {"Six": "carriages derailed"}),
    ("Two of the 14 dead were children.", {"14 dead": "death toll"}),
    ("Four of the ship's 20 crew were killed.", {"Four": "death toll", "20 crew": "people on board"}),
    ("Six of the 72 people on board were killed.", {"Six": "death toll", "72 people": "people on board"}),
    ("Eight carriages derailed.", {"Eight carriages": "carriages derailed"}),
])
def test_a_verb_after_a_whole_is_its_parts(text, expected):
    cs = claims(article("a", text, published="2025-09-13"))
    assert {c.mention.text: c.fact for c in cs} == expected


# sentence, date, its tally: an event's date told with the count of that very event ("37 people
# were arrested on Tuesday": the event's word is the count's role word) is the day of that batch,
# keyed by the count, so that arrests of several days, each with its own count, are several events
TALLIES = [
    ("Police said 37 people were arrested on Tuesday.", "Tuesday", ("37",)),
    ("Thirty-seven people were detained yesterday.", "yesterday", ("37",)),
    ("Police arrested 61 people during Wednesday's clashes.", "Wednesday", ("61",)),
    ("On Tuesday, police arrested 37 protesters.", "Tuesday", ("37",)),
    # no count of the event itself: no tally
    ("Police arrested the ferry's captain on Tuesday.", "Tuesday", ()),
    ("The suspects were arrested on Tuesday, police said.", "Tuesday", ()),
    # a count of something else in the clause is not the event's
    ("Police arrested two injured men on Tuesday.", "Tuesday", ()),
    ("The attack on Tuesday killed 12 people.", "Tuesday", ()),
]


@pytest.mark.parametrize("text,date,tally", TALLIES)
def test_an_events_date_told_with_its_own_count_is_that_batchs(text, date, tally):
    assert scope_of(claims(article("a", text, "2026-11-18")), date, "event-date").get("tally", ()) == tally


# sentence, date, its occurrence: which of a story's recurring meetings a day is of, as its
# sentence tells it (nouns.yaml ``occurrences``), near the meeting's word or the day
OCCURRENCES = [
    ("Anna Berg will meet Ivan Petrov again on Friday.", "Friday", ("again", "planned")),
    # a day only planned, told before it came ("will meet" holds the meeting's own word)
    ("Talks with the Greens were set to begin on Wednesday.", "Wednesday", ("planned",)),
    ("Prime Minister Tomas Vlcek said the cabinet would meet on Monday to approve aid.", "Monday", ("planned",)),
    ("Anna Berg will meet Ivan Petrov on Friday.", "Friday", ("planned",)),
    ("The regional council will meet at 11:00 today in the Congress building.", "today", ("planned",)),
    ("Kristjan Tamm began coalition talks with the Greens on Tuesday.", "Tuesday", ()),
    ("Anna Berg and Ivan Petrov began a second round of talks on Thursday.", "Thursday", ("again",)),
    ("Anna Berg and Ivan Petrov held a follow-up meeting on Thursday.", "Thursday", ("again",)),
    ("Governor Claudia Herrera was meeting with the Interior Ministry by video call on Tuesday evening.",
     "Tuesday", ("call",)),
    ("Anna Berg held talks with Ivan Petrov by phone on Monday.", "Monday", ("call",)),
    # a meeting told plainly, or for the first time: none
    ("Anna Berg met Ivan Petrov on Tuesday.", "Tuesday", ()),
    ("Anna Berg met Ivan Petrov for the first time on Tuesday.", "Tuesday", ()),
    # a word of recurrence far from the meeting's word and its day speaks of something else
    ("Economists expect another cut at the bank's next policy meeting on Dec. 9.", "Dec. 9", ()),
]


@pytest.mark.parametrize("text,date,occurrence", OCCURRENCES)
def test_a_meetings_day_is_keyed_by_the_occurrence_its_sentence_tells(text, date, occurrence):
    assert scope_of(claims(article("a", text, "2026-11-18")), date, "meeting-date").get("occurrence", ()) == occurrence


# a day told as the name of an event (after "the" or with "'s", right before an event noun) is a ``when``
# that may stand for the story's own occurrence (``EventDay``); a day told plainly, a year and a month are not
@pytest.mark.parametrize("text, value, rule, key, named", [
    ("Turnout in the March 7 vote was 61.8%.", "61.8%", "turnout", "2026-03-07", True),
    ("Turnout in Sunday's parliamentary election was 61.8%.", "61.8%", "turnout", "2026-03-08", True),
    ("Turnout was 61.8% in the March 7 general election.", "61.8%", "turnout", "2026-03-07", True),
    ("Turnout by the March 7 count was 61.8%.", "61.8%", "turnout", "2026-03-07", False),
    ("A by-election on Sunday drew a turnout of 38%.", "38%", "turnout", "2026-03-08", False),
    ("Turnout in the 2022 vote was 58%.", "58%", "turnout", "2022", False),
])
def test_a_day_that_names_an_event(text, value, rule, key, named):
    from factcheck.scope.past import EventDay

    when = scope_of(claims(article("a", text, published="2026-03-09")), value, rule)["when"]
    assert when == (key,) and (type(when) is EventDay) == named
