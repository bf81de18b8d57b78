"""The part a count is said to be "alone" ("in Kathmandu alone") as its venue: only the
count of the part's own comma-bounded stretch, or the main clause after a sentence-opening
"In Palu alone,", and only a part made of names or a determiner and a noun."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, article

RULES_IN_FORCE = load_rules([RULES])


def venues(text):
    return {c.mention.text: c.scope["venue"] for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == "death-toll"}


@pytest.mark.parametrize("text, span, venue", [
    ("In Palu alone, 300 people died.", "300 people", ("Palu",)),
    ("In the city of Palu alone, 300 people died, officials said.", "300 people", ("Palu",)),
    ("In the Kathmandu Valley alone, 300 people died.", "300 people", ("Kathmandu Valley",)),
    ("At least 200 people were killed in one ward alone.", "At least 200 people", ("one ward",)),
    ("More than 1,000 people died in the capital alone.", "More than 1,000 people", ("the capital",)),
    # the whole and its part in one sentence: the part's venue is the part's only
    ("The quake killed 8,000 people in Nepal, including 1,000 in Kathmandu alone.", "1,000", ("Kathmandu",)),
    ("The quake killed 8,000 people in Nepal, 1,000 of them in Kathmandu alone.", "8,000 people", ()),
    ("The quake killed 8,000 people in Nepal, including 1,000 in Kathmandu alone.", "8,000 people", ()),
    # no part, but people who were alone
    ("The quake killed 80 people as rescuers in Kathmandu were working alone.", "80 people", ()),
    ("The quake killed 80 people while residents in the city were left alone.", "80 people", ()),
])
def test_a_part_said_alone_is_the_venue_of_its_own_count_only(text, span, venue):
    assert venues(text)[span] == venue


def locations(text, rule="death-toll"):
    return {c.mention.text: c.scope["location"] for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == rule}


@pytest.mark.parametrize("text, span, location", [
    # "the same town" is the place named before it, in its sentence or an earlier one
    ("Floods swept through Kestel on Monday. Twelve people died in the same town.", "Twelve people", ("Kestel",)),
    ("Rain fell in Ebo and in Kestel on Monday, and twelve people died in the same town.", "twelve people",
     ("Kestel",)),
    ("Twelve people died in the same town.", "Twelve people", ()),
    # a venue named before is no town
    ("Gunmen opened fire at the Rialto. Twelve people died in the same town.", "Twelve people", ()),
])
def test_the_same_town_is_the_place_named_before(text, span, location):
    assert locations(text)[span] == location


@pytest.mark.parametrize("text, rule, span, location", [
    # a place the article names as one elsewhere ("in Madrid") opening the value's clause, a
    # few words before it, is where the value was read
    ("Temperatures soared in Madrid on Saturday. Madrid reached 40.2C on Sunday.", "temperature", "40.2C",
     ("Madrid",)),
    ("It was hot in Madrid and in Seville. Madrid reached 40.2C on Sunday, and Seville hit 41C.", "temperature",
     "41C", ("Seville",)),
    ("It was hot in Madrid and in Seville. Madrid reached 40.2C on Sunday, and temperatures hit 41C on Monday.",
     "temperature", "41C", ()),
    # a possessive is most often an actor's ("Russia's annexation of Crimea"), and a name far
    # from the value an actor's too
    ("It was hot in Russia. Russia's capital reached 40.2C on Sunday.", "temperature", "40.2C", ()),
    ("Talks were held in Russia. Russia and Ukraine have fought for a year in a war that has killed more than "
     "6,000 people.", "death-toll", "more than 6,000 people", ()),
    # a name the article never puts after "in" or "from" may be anyone's, unless a reading's verb follows
    # it (nouns.yaml reading_verbs): the subject of "hit", "reached", "sizzled" is where a measure was read
    ("Madrid reached 40.2C on Sunday.", "temperature", "40.2C", ("Madrid",)),
    ("Port Augusta hit 47.2C, while Adelaide reached 44.1C.", "temperature", "44.1C", ("Adelaide",)),
    ("Port Augusta hit 47.2C, while Adelaide reached 44.1C.", "temperature", "47.2C", ("Port Augusta",)),
    ("Adelaide sizzled in 44.6C heat.", "temperature", "44.6C", ("Adelaide",)),
    ("Lopez said 40.2C was reached on Sunday.", "temperature", "40.2C", ()),
    ("Forecasters said temperatures reached 40.2C on Sunday.", "temperature", "40.2C", ()),
    ("Kestel recorded 12 deaths on Sunday.", "death-toll", "12 deaths", ()),
    ("Officials in Madrid said temperatures reached 40.2C.", "temperature", "40.2C", ("Madrid",)),
    # a name before an event noun names the event, not the place of its count
    ("The quake struck near Kestel on Monday. Kestel quake: 780 dead.", "death-toll", "780 dead", ()),
    ("The quake struck near Kestel on Monday. Kestel quake kills 780 people.", "death-toll", "780 people", ()),
    ("780 people were killed in the Kestel quake, which struck near Kestel.", "death-toll", "780 people", ()),
    ("In Kestel, 400 people were killed.", "death-toll", "400 people", ("Kestel",)),
])
def test_a_place_opening_its_clause_is_the_values(text, rule, span, location):
    assert locations(text, rule)[span] == location


@pytest.mark.parametrize("text, rule, span, location", [
    # the place where the event happened, named in its description, is the event's, not the
    # place of a part of its toll: a count in a participle after it ("derailed near X, killing
    # four"), after "as" or "when" ("Four killed as a train derails near X"), after an event
    # noun ("died in the accident near X") or "near" a place is the whole event's count
    ("A passenger train derailed near the town of Tarvona on Saturday, killing four people.", "death-toll",
     "four people", ()),
    ("A bus plunged into a ravine in the province of Loja, killing 12 people and injuring 30.", "death-toll",
     "12 people", ()),
    ("Four killed as high-speed train derails near Tarvona", "death-toll", "Four", ()),
    ("Nine people died when a bus crashed in Doruk on Monday.", "death-toll", "Nine people", ()),
    ("Four people died in the accident near Calatorao, officials said.", "death-toll", "Four people", ()),
    ("Four people died near Calatorao on Saturday.", "death-toll", "Four people", ()),
    # the event named with its place as the subject before the count ("Floods in X have killed six")
    ("Floods in the Czech Republic have killed six people, authorities said.", "death-toll", "six people", ()),
    ("The bombing in Maiduguri killed 19 people.", "death-toll", "19 people", ()),
    ("Clashes in Maiduguri killed 19 people.", "death-toll", "19 people", ()),  # a plural in -es
    ("Crashes in Madrid have killed six people.", "death-toll", "six people", ()),
    ("Death toll in Nigeria market clashes rises to 19", "death-toll", "19", ()),
    ("Soldiers in Maiduguri killed 19 people.", "death-toll", "19 people", ("Maiduguri",)),
    ("Death toll in Nigeria market bombing rises to 19", "death-toll", "19", ()),
    # a demonym is no place: the place kind's name after it is ("the Spanish city of Zaragoza")
    ("Twelve people died in the Ecuadorian town of Jipijapa.", "death-toll", "Twelve people", ("Jipijapa",)),
    ("Twelve people died in the southern Spanish city of Tarvona.", "death-toll", "Twelve people", ("Tarvona",)),
    ("Twelve people died in the Spanish capital.", "death-toll", "Twelve people", ()),
    # the count's own place stays its place: a part of the toll
    ("In the village of Yurtlu, 23 people died.", "death-toll", "23 people", ("Yurtlu",)),
    ("The quake killed 1,120 people in Doruk.", "death-toll", "1,120 people", ("Doruk",)),
    ("In Kestel, according to officials, 510 people died.", "death-toll", "510 people", ("Kestel",)),
    ("The storm made landfall near Cedar Key, killing three people in Florida.", "death-toll", "three people",
     ("Florida",)),
    ("Three people died in Florida and two in Georgia.", "death-toll", "Three people", ("Florida",)),
    ("In the floods, two people died in Opole.", "death-toll", "two people", ("Opole",)),
    ("Six people were killed in West Tennessee as storms swept through.", "death-toll", "Six people", ("West Tennessee",)),
    ("Residents in Opole said two people died.", "death-toll", "two people", ("Opole",)),
    # an event noun alone makes no place the event's: a round-up names two wars' places
    ("More than 10,000 people have died in the war in Ukraine.", "death-toll", "More than 10,000 people",
     ("Ukraine",)),
    # ground a spread covered is the part's
    ("Floods swept through Kestel, killing 12 people.", "death-toll", "12 people", ("Kestel",)),
    # ... but ground named as a list of places is all of them, the whole: no one place's figure
    ("Tornadoes ripped across Arkansas, Tennessee and Mississippi on Sunday, killing at least 18 people.",
     "death-toll", "at least 18 people", ()),
    ("Floods swept through Kestel and Doruk, killing 12 people.", "death-toll", "12 people", ()),
    ("Officials now count 197 people injured across Arkansas, Tennessee and Mississippi.", "injured",
     "197 people", ()),
    # parts named as their kind are a group of parts, no whole
    ("Four people were killed in Marshall and Benton counties by a tornado.", "death-toll", "Four people",
     ("Marshall",)),
    # the place of those who said it is no place of the figure
    ("An avalanche swept a group of skiers on Tuesday, killing four people, police in Tyrol said.", "death-toll",
     "four people", ()),
    ("Four people died in Tyrol on Tuesday, police said.", "death-toll", "Four people", ("Tyrol",)),
    ("In 2025, road accidents killed 2,900 people in Peru, according to official figures.", "death-toll",
     "2,900 people", ("Peru",)),
    # a place and the state it lies in is one place, no list
    ("The tornado tore through Carlisle, Arkansas, killing five people.", "death-toll", "five people", ("Carlisle",)),
    # a breakdown after a colon is the parts': the total before it is no part's
    ("The storms killed 24 people: 12 in Arkansas, eight in Tennessee and four in Mississippi.", "death-toll",
     "24 people", ()),
    # a place opening a breakdown whose other parts follow ("..., Tennessee six and Mississippi three") is the
    # first part's, named as a place elsewhere or not
    ("Arkansas reported nine deaths, Tennessee six and Mississippi three, officials said.", "death-toll",
     "nine deaths", ("Arkansas",)),
    ("Arkansas has now recorded 12 deaths, Tennessee eight and Mississippi four.", "death-toll", "12 deaths",
     ("Arkansas",)),
    # ... but a clause's opening name with no breakdown after it stays no place
    ("Reuters reported nine deaths on Sunday.", "death-toll", "nine deaths", ()),
    # a part's place named with its bearing is that part's, not the place of the part before it
    ("At least 18 people died, including nine in Arkansas and three in north Mississippi.", "death-toll",
     "three", ("north Mississippi",)),
    ("At least 18 people died, including nine in Arkansas and three in north Mississippi.", "death-toll",
     "nine", ("Arkansas",)),
    # a measure is read where it was measured, even in the event's description
    ("The storm made landfall near Cedar Key, dumping 14 inches of rain.", "precipitation", "14 inches",
     ("Cedar Key",)),
    # a company after "trading in", "shares in", "a stake in" is no place (nouns.yaml ``holding_in``); a place
    # after "in" elsewhere still is
    ("Trading in Brightwell Pay began at 9am on Thursday.", "event-time", "9am", ()),
    ("Conditional dealings in Brightwell Pay began at 8 a.m. on Thursday.", "event-time", "8 a.m.", ()),
    ("Trading began in London at 9am on Thursday.", "event-time", "9am", ("London",)),
    # ... but a known place after them is still one: a place whose clock calendar.yaml ``zones`` names
    # ("London time", "Kenya time"), or one the article names as a place elsewhere
    ("Trading in London began at 9am on Thursday.", "event-time", "9am", ("London",)),
    ("Dealings in Tokyo began at 9am on Thursday.", "event-time", "9am", ("Tokyo",)),
    ("Trading in Texas began at 9am on Thursday. Storms hit hardest in Texas.", "event-time", "9am", ("Texas",)),
    ("Trading in Texas began at 9am on Thursday.", "event-time", "9am", ()),
    ("Trading in Brightwell Pay began at 9am. Shares in Brightwell Pay rose.", "event-time", "9am", ()),
])
def test_the_events_place_is_no_place_of_its_count(text, rule, span, location):
    assert locations(text, rule)[span] == location


def froms(text):
    return {c.mention.text: c.scope.get("from", ()) for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == "distance"}


# sentence, distance, the place it is measured from (``from``: the name after "off", "from" or a
# bearing's "of", past "the" and a few lower-case words; else a place's noun, "the capital")
@pytest.mark.parametrize("text, span, origin", [
    ("The boat capsized 22 nautical miles off Lampedusa.", "22 nautical miles", ("Lampedusa",)),
    ("The boat capsized 110 km from the Libyan coast.", "110 km", ("Libyan",)),
    ("Its epicentre was around 38km (24 miles) from the provincial capital Portoviejo.", "around 38km", ("Portoviejo",)),
    ("The ferry capsized roughly 5 nautical miles (9 kilometers) from Gilimanuk port on Bali.", "roughly 5 nautical miles",
     ("Gilimanuk",)),
    ("The quake struck 110 km from the capital.", "110 km", ("capital",)),
    ("The ship sank at a distance of approximately 5 nautical miles from Gilimanuk Port.",
     "approximately 5 nautical miles", ("Gilimanuk",)),
    # no place: the coast, where something happened, or a distance travelled
    ("The quake struck about 130 kilometres off the coast.", "about 130 kilometres", ()),
    ("Bodies were found about 20 kilometers from where the ferry went down.", "about 20 kilometers", ()),
    ("The missile traveled about 1,050 kilometers on a steep trajectory.", "about 1,050 kilometers", ()),
    ("The village lies 40 km from the border in Valdoria.", "40 km", ()),
    # a name may open with a capital beyond ASCII
    ("The quake struck 120 km from İzmir.", "120 km", ("İzmir",)),
    ("The ferry sank 12 nautical miles off Çanakkale.", "12 nautical miles", ("Çanakkale",)),
    ("The storm passed 90 km from Łódź on Sunday.", "90 km", ("Łódź",)),
    ("The village lies 60 km from Évora Airport.", "60 km", ("Évora",)),
])
def test_a_distance_is_measured_from_the_place_named_after_it(text, span, origin):
    assert froms(text)[span] == origin


def test_distances_from_two_places_named_beyond_ascii_are_two_facts():
    from helpers import report

    rep = report(article("a", "The quake struck 120 km from İzmir, officials said."),
                 article("b", "The quake struck 80 km from Ankara, officials said."))
    distance = [f for f in rep.findings if f.rule == "distance"]
    assert distance and all(f.verdict != "discrepancy" for f in distance)


# a bearing's "of" measures from the place after it as "off" and "from" do (nouns.yaml ``bearings``);
# the text, its distance and the key ``_from`` reads from what follows it
@pytest.mark.parametrize("text, span, origin", [
    ("40 km southwest of Portoviejo.", "40 km", ("Portoviejo",)),
    ("40 km north-east of the town of Kestel.", "40 km", ("Kestel",)),
    # a distance's conversion in brackets ends its mention before the bracket closes
    ("40 km (25 miles) south of the provincial capital Portoviejo, near Jipijapa.", "40 km (25 miles",
     ("Portoviejo",)),
    ("40 km away from the capital.", "40 km", ("capital",)),
    ("40 km north of Kestel's harbour.", "40 km", ("Kestel",)),
    ("40 km east of Gilimanuk Port.", "40 km", ("Gilimanuk",)),
    ("40 km west of İzmir.", "40 km", ("İzmir",)),
    ("40 km south of the border in Valdoria.", "40 km", ()),
    ("40 km south of here.", "40 km", ()),
])
def test_a_bearing_measures_from_the_place_after_it(text, span, origin):
    from types import SimpleNamespace

    from factcheck.scope.places import _from

    scope = SimpleNamespace(article=SimpleNamespace(text=text))
    mention = SimpleNamespace(start=text.index(span), end=text.index(span) + len(span))
    assert _from(scope, mention, None, None, None) == origin


@pytest.mark.parametrize("text, span, venue", [
    # a possessive place before a venue owns it, no part of its name: "Jharkhand's Baba
    # Baidyanath temple" is the Baba Baidyanath temple
    ("Twelve people were killed in a stampede at Jharkhand's Baba Baidyanath temple.", "Twelve people",
     ("Baba Baidyanath",)),
    ("Twelve people were killed in a stampede at the Baba Baidyanath temple.", "Twelve people",
     ("Baba Baidyanath",)),
    ("Twelve people were killed in a stampede at India’s Baba Baidyanath temple.", "Twelve people",
     ("Baba Baidyanath",)),
    # a possessive that is the whole name stays ("at McDonald's"), as does one inside it
    ("Twelve people were killed in a shooting at McDonald's on Monday.", "Twelve people", ("McDonald's",)),
    ("Twelve people were killed in a shooting at St John's Wood station.", "Twelve people", ("St John's Wood",)),
])
def test_a_possessive_place_before_a_venue_is_no_part_of_its_name(text, span, venue):
    assert venues(text)[span] == venue


@pytest.mark.parametrize("text, span, venue", [
    # a place the article names as one ("in Ohio") before a venue's common noun is where the
    # venue stands, not its name: "at Ohio shopping mall" is at a mall in Ohio
    ("Gunman kills 5 at Ohio shopping mall. The mall in Ohio was closed.", "5", ()),
    ("Five people were killed at a Carverton mall, police in Carverton said.", "Five people", ()),
    # ... while a name the article never names as a place is the venue's ("the Bataclan concert hall")
    ("Five people were killed at the Bataclan concert hall in Paris.", "Five people", ("Bataclan",)),
    ("Five people were killed at Ridgeview Mall in Ohio.", "Five people", ("Ridgeview Mall",)),
])
def test_a_place_before_a_venues_noun_is_no_venue(text, span, venue):
    assert venues(text)[span] == venue


def test_a_site_some_source_gives_the_whole_toll_is_where_the_whole_event_happened():
    # one source gives the site's first figure and the later total with no site; another gives
    # that total at the site: the site is the whole event's, so one toll, not two facts
    from helpers import report
    arts = [article("a", "A gunman opened fire inside a crowded mall on Saturday, killing five people.", "2025-08-16"),
            article("b", "Kyle Brennan opened fire inside the Ridgeview Mall on Saturday, killing five people at the "
                         "scene. The man who shot dead six people at a shopping mall in Carverton had planned the "
                         "attack, police said.", "2025-08-17"),
            article("c", "A gunman killed six people at the Ridgeview Mall last Saturday.", "2025-08-22")]
    tolls = [f for f in report(*arts).findings if f.rule == "death-toll"]
    assert len(tolls) == 1, [(f.scope, f.message) for f in tolls]
    assert {c.mention.article for c in tolls[0].claims} == {"a", "b", "c"}


def test_a_sites_toll_beside_a_total_no_source_gives_at_the_site_stays_apart():
    from helpers import report
    arts = [article("a", "Gunmen stormed the Bataclan concert hall, killing 89 people. In all, 130 people were killed."),
            article("b", "Police said 89 people were killed at the Bataclan."),
            article("c", "The attacks killed 130 people across the city.")]
    assert not [f for f in report(*arts).findings if f.rule == "death-toll" and f.verdict == "discrepancy"]
