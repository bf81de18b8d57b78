"""``scope.read_past`` on asides and increments: a time set off between commas after an
event's name dates what the sentence says of that event, while after an organisation or a
person it dates nothing outside the aside; a value added to a total ("another 40 people")
is keyed as an increment, which never meets the totals."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from factcheck.scope import INCREMENT
from helpers import RULES, article, findings_with, report

RULES_IN_FORCE = load_rules([RULES])

# sentence, value, rule, the past it is read in (() for the news of the day);
# articles published 2011-03-14
CASES = [
    # the aside dates the event named before it, and what the clause and its "and" conjuncts say of it
    ("The Kobe quake, which struck in 1995, killed 6,400 people.", "6,400 people", "death-toll", ("1995",)),
    ("Hurricane Katrina, which hit in 2005, killed 1,800 people.", "1,800 people", "death-toll", ("2005",)),
    ("The storm in Manila, which hit in 2009, killed 400 people.", "400 people", "death-toll", ("2009",)),
    ("The Kobe quake, which struck in 1995, killed 6,400 people and injured 40,000.",
     "40,000", "injured", ("1995",)),
    ("The Madrid bombings, in March 2004, killed 191 people.", "191 people", "death-toll", ("2004-03",)),
    # a verb after "and" shares the subject its year dates: "The 1999 earthquake measured 7.6 and killed"
    ("The 1995 quake measured 6.9 and killed more than 6,400 people.", "more than 6,400 people", "death-toll", ("1995",)),
    ("The 2004 tsunami struck 14 countries and left 230,000 people dead.", "230,000 people", "death-toll", ("2004",)),
    # after the value, "and" and an auxiliary open the subject's own clause, which the time after it dates
    ("The building was 52m (170ft) tall and was completed in 2004, according to city records.", "52m", "distance", ()),
    ("The 2004 floods killed 300 people and injured 1,000.", "300 people", "death-toll", ("2004",)),
    ("Floods killed 300 people and injured 1,000 in 2004.", "300 people", "death-toll", ("2004",)),
    # a ceremony is an event too: its aside's year dates what the sentence says of it
    ("The last royal wedding at the Abbey, in 2009, cost taxpayers about £20m in security.", "about £20m",
     "money-amount", ("2009",)),
    ("The royal wedding, which took place on Friday, cost taxpayers about £20m.", "about £20m", "money-amount", ()),
    # the latest of a run of earlier ones ("the last in Zandvoort") is another event, however near the news
    ("He has won three races this season, the last in Zandvoort in February, when he beat Ferrante by 6.2 seconds.",
     "6.2 seconds", "race-margin", ("earlier",)),
    ("He won in Zandvoort in February, when he beat Ferrante by 6.2 seconds.", "6.2 seconds", "race-margin", ()),
    # must stay the news's: an organisation or a person, the head that names no event, an
    # event that goes on to the news, a "since" phrase, a time of the news
    ("Tepco, founded in 1951, said 15,000 people were killed.", "15,000 people", "death-toll", ()),
    ("Survivors of the quake, who fled in 1995, said 200 people were killed.", "200 people", "death-toll", ()),
    ("The war, which began in 2008, has killed 300,000 people.", "300,000 people", "death-toll", ()),
    ("The conflict, which erupted in 2008, killed 6,000 people.", "6,000 people", "death-toll", ()),
    ("The quake, the strongest since 1923, killed 15,000 people.", "15,000 people", "death-toll", ()),
    ("The quake, which struck on Friday, killed 15,000 people.", "15,000 people", "death-toll", ()),
    # a record beaten is set beside the news as after "than the": it dates the figure beaten, not the one
    # that beat it
    ("The flight time of 92 minutes surpassed the 86 minutes of the Hwasong-19 in October 2009, which had "
     "been the previous record.", "92 minutes", "operation-duration", ()),
    ("The toll of 300 people exceeded the 250 people killed by the Kobe quake in 1995.", "300 people", "death-toll", ()),
    # ... and the figure beaten is that time's, when the hedge took the words that set it beside
    # ("surpassed the"); with no time in its phrase it is a threshold the news crossed
    ("The flight time of 92 minutes surpassed the 86 minutes of the Hwasong-19 in October 2009, which had "
     "been the previous record.", "surpassed the 86 minutes", "operation-duration", ("2009-10",)),
    ("The flight time of 70 minutes exceeded the 65 minutes flown by a missile in 2008.",
     "exceeded the 65 minutes", "operation-duration", ("2008",)),
    ("The talks lasted 14 hours and surpassed the 12 hours of talks in Geneva in 2009.",
     "surpassed the 12 hours", "talks-duration", ("2009",)),
    ("The talks lasted 14 hours and surpassed the 12 hours of talks in Geneva in 2009.",
     "14 hours", "talks-duration", ()),
    ("The death toll surpassed the 1,000 mark on Sunday.", "surpassed the 1,000", "death-toll", ()),
    ("The death toll on Sunday surpassed the 1,000 people killed in the floods.", "surpassed the 1,000 people",
     "death-toll", ()),
    # the dates right after a duration bound it: a tenure told with its years is no earlier event's figure
    ("She was elected mayor of Porto in 1990, a post she held for 11 years until 2001.", "11 years",
     "time-in-office", ()),
    ("He was governor for eight years, from 1995 to 2003.", "eight years", "time-in-office", ()),
    ("After the 1989 revolution he joined the Liberal Party, and in 1992 he was elected governor, a post he held "
     "for eight years until 2000.", "eight years", "time-in-office", ()),
    ("She served as prime minister for six years, until March 2005.", "six years", "time-in-office", ()),
    # ... but an earlier event's length stays that event's, and a time that is no bound dates the value
    ("The 2006 siege of the city lasted 34 days, from July 12, 2006.", "34 days", "operation-duration", ("2006",)),
    ("The 2006 search for the missing plane lasted 34 days, from July 12.", "34 days", "operation-duration",
     ("2006",)),
    ("The 2006 talks lasted 14 hours, until 3 a.m.", "14 hours", "talks-duration", ("2006",)),
    ("In 1980, he was elected mayor, a post he held for 11 years until 2001.", "11 years", "time-in-office",
     ("2001",)),
    ("In 2001, Smith had been mayor for 11 years.", "11 years", "time-in-office", ("2001",)),
    ("Smith was jailed for 11 years in 2001.", "11 years", "prison-sentence", ("2001",)),
    # a noun phrase after "and" is a conjunct of its own: "the annexation of Crimea last March and the loss of"
    ("The annexation of Crimea in 2014 and the war since have killed 6,000 people.", "6,000 people", "death-toll", ()),
    # ... a capitalised name, a noun or an adjective in "-ed" after "and" is none of its verbs
    ("The annexation in 2008 and United Nations figures show 6,000 people have been killed.",
     "6,000 people", "death-toll", ()),
    ("The 2005 floods killed 400 people and Red Cross workers say 2,000 people are injured.",
     "2,000 people", "injured", ()),
    ("The uprising in 2005 and armed clashes have killed 300,000 people.", "300,000 people", "death-toll", ()),
    ("The 2005 quake killed 200 people and officials said they counted 300 people injured.",
     "300 people", "injured", ()),
    # a clause after ";" or "and" that opens with the value and a verb in the past says more of
    # the dated event: "The 2010 eruption killed 353 people; 70,000 were evacuated"
    ("The 2010 eruption killed 353 people; 70,000 were evacuated.", "70,000", "evacuated", ("2010",)),
    ("The 2010 eruption killed 353 people and 70,000 were evacuated.", "70,000", "evacuated", ("2010",)),
    ("The 2010 eruption killed 353 people; about 70,000 people were evacuated.",
     "about 70,000 people", "evacuated", ("2010",)),
    # ... not one with a time of its own, one that goes on to the news, or one whose value
    # is not its subject
    ("The 2010 eruption killed 353 people; this week 70,000 were evacuated.", "70,000", "evacuated", ()),
    ("The 2010 eruption killed 353 people; 70,000 have been evacuated so far.", "70,000", "evacuated", ()),
    ("The 2010 eruption killed 353 people and 70,000 have been evacuated.", "70,000", "evacuated", ()),
    ("The 2010 eruption killed 353 people; the new one has killed 20 people.", "20 people", "death-toll", ()),
    ("The 2010 eruption killed 353 people, but 70,000 were evacuated this week.", "70,000", "evacuated", ()),
    # ... nor one that a word of the news makes today's ("this time", "new", "again": calendar.yaml
    # ``novelty_words``), after ";", "and" or ", and"
    ("The 2010 quake killed 200,000 people in Haiti; 12 were killed in the new quake.", "12", "death-toll", ()),
    ("The 2005 floods killed 300 people; 45 died this time.", "45", "death-toll", ()),
    ("The 2010 eruption forced 10,000 people from their homes; 3,000 were evacuated as the volcano rumbled again.",
     "3,000", "evacuated", ()),
    ("In the 2010 election, turnout was 62 percent; 58 percent voted this time.", "58 percent", "turnout", ()),
    ("The 2005 floods killed 300 people and 45 died this time.", "45", "death-toll", ()),
    ("The 2005 floods killed 300 people, and 45 died in the latest floods.", "45", "death-toll", ()),
    # a proper name is no word of the news
    ("The 2005 hurricane killed 1,800 people; 700 died in New Orleans.", "700", "death-toll", ("2005",)),
    # a stretch of years up to the news ("in recent decades") is a look-back, no time of the
    # news: the aside after the event's name still dates it
    ("Japan's deadliest quake in recent decades, in January 1995, killed 6,400 people.", "6,400 people",
     "death-toll", ("1995-01",)),
    ("The war has killed 300,000 people in recent years.", "300,000 people", "death-toll", ()),
    ("Over the past two decades, floods have killed 3,000 people, more than in 1990.", "3,000 people",
     "death-toll", ()),
    # "That" before an event noun opening the next sentence is the earlier event the sentence
    # before dated: its figures are that event's
    ("Many houses were rebuilt after the 1995 earthquake. That magnitude 6.9 quake killed more than 6,400 people.",
     "more than 6,400 people", "death-toll", ("1995",)),
    ("Residents still remember the floods of July 2005. Those floods left 300 people dead.",
     "300 people", "death-toll", ("2005-07",)),
    ("Many still recall the 1999 storm, which flattened the port. That storm forced 40,000 people from their homes.",
     "40,000 people", "displaced", ("1999",)),
    # "those" or "that" right before an event noun inside the sentence points back the same way
    ("The unrest that began in October 2009 spread across the country. More than 30 people died in those protests.",
     "More than 30 people", "death-toll", ("2009-10",)),
    ("The 2009 unrest spread across the country. At the height of those protests, police made more than 300 arrests.",
     "more than 300 arrests", "arrests", ("2009",)),
    ("Residents recall the floods of July 2005. Some 300 people were killed in that flood alone.",
     "Some 300 people", "death-toll", ("2005-07",)),
    ("A quake struck on Friday. Rescuers said that quake killed 200 people.", "200 people", "death-toll", ()),
    ("Many houses were rebuilt after the 1995 earthquake. Officials said that the quake killed 200 people.",
     "200 people", "death-toll", ()),
    ("Troops and rebels fought in the capital in March 2009. Those clashes left 40 people dead.",
     "40 people", "death-toll", ("2009-03",)),
    # "that" opening what was said, or before a plural, points to nothing
    ("Residents recall the floods of July 2005. Officials said that floods have killed 12 people.",
     "12 people", "death-toll", ()),
    ("The 2009 protests were violent. Police arrested 14 people, adding that protests would go on.",
     "14 people", "arrests", ()),
    # a participle after a relative clause says more of what the clause told: "since 2021, when
    # a jet plunged into the sea, killing 62"
    ("The crash is the deadliest since 2001, when a jet plunged into the sea, killing 62.", "62", "death-toll", ("2001",)),
    ("It was the worst since the 2004 tsunami, which struck 14 countries, leaving 230,000 dead.",
     "230,000 dead", "death-toll", ("2004",)),
    ("A jet plunged into the sea on Friday, killing 62.", "62", "death-toll", ()),
    ("The plane, which left Jakarta on Friday, crashed, killing 62.", "62", "death-toll", ()),
    # ... not the news's own event told the sentence before, nor one across a blank line, nor
    # a sentence that opens with no event ("That figure", "That day")
    ("A quake struck on Friday. That quake killed 200 people.", "200 people", "death-toll", ()),
    ("Many houses were rebuilt after the 1995 earthquake.\n\nThat quake killed 200 people.", "200 people",
     "death-toll", ()),
    ("Many houses were rebuilt after the 1995 earthquake. That figure rose as 200 people were killed.",
     "200 people", "death-toll", ()),
    ("Many houses were rebuilt after the 1995 earthquake. This quake killed 200 people.", "200 people",
     "death-toll", ()),
    # "That" and a thing's noun the sentence before holds point back to that thing's time
    ("Officials said it was a new version of the missile the North first tested in 2009. That missile flew for "
     "86 minutes.", "86 minutes", "operation-duration", ("2009",)),
    ("A ferry sank off the island in 2008. That ferry had carried 476 passengers.", "476 passengers",
     "people-on-board", ("2008",)),
    # ... not when the sentence before dates the news, or names no such thing
    ("The missile was launched on Friday. That missile flew for 86 minutes.", "86 minutes", "operation-duration", ()),
    ("A quake struck the island in 2008. That ferry had carried 476 passengers.", "476 passengers",
     "people-on-board", ()),
    # "was then" with the value points back to the time the sentence before dated, as "That quake" does
    ("She won the Booker Prize in 2004. The prize, shared by two writers, was then worth £50,000.", "£50,000",
     "money-amount", ("2004",)),
    ("The tanker sank in 1999. Its cargo was then valued at $12 million.", "$12 million", "money-amount", ("1999",)),
    # ... a narrative "then", or the news's own time before, dates nothing
    ("Protests began in 2009. Police then arrested 14 people.", "14 people", "arrests", ()),
    ("She won the Booker Prize on Monday. The prize was then worth £50,000.", "£50,000", "money-amount", ()),
    ("She won the Booker Prize in 2004.\n\nThe prize was then worth £50,000.", "£50,000", "money-amount", ()),
    ("She won the Booker Prize in 2004. It was then that the prize rose to £50,000.", "£50,000", "money-amount",
     ("2004",)),
    # a name the sentence before first named with an earlier date ("a school in Chibok ... in 2004"),
    # set before a noun in the value's clause ("the Chibok girls"), points back to that time
    ("The kidnapping revived memories of the abduction of 276 girls from a school in Chibok by Boko Haram in "
     "2004, an event that sparked a global campaign. Dozens of the Chibok girls are still missing.",
     "Dozens", "missing", ("2004",)),
    ("The floods of July 2005 swept through Kestel. About 40 of the Kestel victims are still missing.",
     "About 40", "missing", ("2005-07",)),
    # the name as a whole word: inside a longer word ("Kesteltown") it was not named before
    ("Gunmen struck near Kesteltown on Friday. The floods of July 2005 swept through Kestel. About 40 of the "
     "Kestel victims are still missing.", "About 40", "missing", ("2005-07",)),
    # ... not a name the article named before that sentence (the news's own place), nor one in a
    # sentence with a date of its own, nor one across a blank line, nor one not set before a noun
    ("Gunmen seized 300 girls in Kankara on Friday. In 2004, a school in Kankara was attacked. Dozens of the "
     "Kankara girls are still missing.", "Dozens", "missing", ()),
    ("The abduction of 276 girls in Chibok in 2004 shocked the world. On Friday, 12 of the Chibok girls were "
     "still missing.", "12", "missing", ()),
    ("The abduction of 276 girls in Chibok in 2004 shocked the world.\n\nDozens of the Chibok girls are still "
     "missing.", "Dozens", "missing", ()),
    ("The abduction of 276 girls in Chibok in 2004 shocked the world. Dozens of girls from Chibok are still "
     "missing.", "Dozens of girls", "missing", ()),
    # "and" between two capitalized words is inside a name ("Safety and Health Administration",
    # "Bosnia and Herzegovina"): it opens no conjunct, so the year before it still dates the value
    ("In 2009 the Occupational Safety and Health Administration fined the company $1.2 million.",
     "$1.2 million", "money-amount", ("2009",)),
    ("In 2009, the Occupational Safety and Health Administration fined the company $1.2 million.",
     "$1.2 million", "money-amount", ("2009",)),
    ("In 2005, an explosion killed two workers, and in 2009 the Occupational Safety and Health Administration "
     "fined the company $1.2 million.", "$1.2 million", "money-amount", ("2009",)),
    ("In 2009 Bosnia and Herzegovina fined the company $40 million.", "$40 million", "money-amount", ("2009",)),
    # ... while an "and" after a lower-case word still opens one
    ("The annexation in 2008 and Red Cross figures show 6,000 people have been killed.",
     "6,000 people", "death-toll", ()),
    # a year naming another noun after a value set before its own noun ("a 2005 explosion") dates
    # that noun's event, not the value: "The 52-year-old plant" is the plant's age today
    ("The 52-year-old plant was the site of a 2005 explosion that killed two workers.", "52-year-old",
     "thing-age", ()),
    ("The 52-year-old plant was the site of a 2005 explosion that killed two workers.", "two workers",
     "death-toll", ("2005",)),
    ("The 21-year-old ferry had survived a 1998 storm.", "21-year-old", "thing-age", ()),
    # ... but a year that dates the clause, or a value that is no attribute, still takes it
    ("In 2005, the 40-year-old plant was the site of an explosion.", "40-year-old", "thing-age", ("2005",)),
    ("The 40-year-old plant exploded in 2005.", "40-year-old", "thing-age", ("2005",)),
    ("353 people were killed in the 2010 eruption.", "353 people", "death-toll", ("2010",)),
]


@pytest.mark.parametrize("text,value,rule,past", CASES)
def test_an_aside_after_an_event_dates_the_event(text, value, rule, past):
    cs = select_claims([article("a", text, "2011-03-14")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past


# sentence, value, rule, whether it is an increment
INCREMENTS = [
    ("Another 40 people were injured on Tuesday.", "40 people", "injured", True),
    ("An additional 300 troops were killed.", "300 troops", "death-toll", True),
    ("A further 12 people died overnight.", "12 people", "death-toll", True),
    ("40 more were killed on Tuesday.", "40", "death-toll", True),
    ("Two more people died.", "Two more people", "death-toll", True),
    ("The talks lasted another two hours.", "two hours", "talks-duration", True),
    ("60 people were injured on Monday. Another 40 were injured on Tuesday.", "40", "injured", True),
    ("The blast killed another 12 people.", "12 people", "death-toll", True),
    # what made a toll rise is the step, not the toll: the figure after the cause word
    ("The toll from the crash climbed to 40 on Friday after three passengers died in hospital.", "three passengers",
     "death-toll", True),
    ("The number of injured rose to 85 as 12 more people were taken to clinics.", "12 more people", "injured", True),
    ("The toll has reached 19, when two workers died overnight.", "two workers", "death-toll", True),
    ("The death toll hit 30 on Tuesday after two workers died in hospital.", "two workers", "death-toll", True),
    # ... the toll's noun may take a long phrase of what it is the toll of
    ("The death toll from a fire at a textile mill near Kestel rose to 21 on Tuesday after four workers died "
     "of their injuries.", "four workers", "death-toll", True),
    # ... only when the verb raises a total to a figure: "reached", "hit" of a place or a
    # measure date what follows, they add nothing to it
    ("Rescuers reached the village on Tuesday after 40 people were killed in the landslide.", "40 people",
     "death-toll", False),
    ("The typhoon hit the Philippines on Friday after 800,000 people were evacuated.", "800,000 people",
     "evacuated", False),
    ("The hurricane hit the coast as 12,000 people were evacuated.", "12,000 people", "evacuated", False),
    ("Temperatures hit 45C in Kestel as 15 people died of heatstroke.", "15 people", "death-toll", False),
    ("Police reached the scene when 3 people had already been killed.", "3 people", "death-toll", False),
    # ... but a count that opens its own clause, or one with no rise before it, is a total
    ("The toll climbed to 40 on Friday, and 12 people remain missing.", "40", "death-toll", False),
    ("Police said 14 people died after the bus overturned.", "14 people", "death-toll", False),
    # "more" after a bare number before a preposition or at the end is "others", and so are
    # people in a role that only another role stands before; totals are no increments
    ("The blast killed 12 people. Another 45 people were injured.", "45 people", "injured", False),
    ("Twelve people were killed and a further 45 were injured.", "45", "injured", False),
    ("The storm killed 4 and injured dozens more.", "dozens", "injured", False),
    ("The storm killed 4 and injured 30 more in the city.", "30", "injured", False),
    ("More than 6,000 people have been killed.", "More than 6,000 people", "death-toll", False),
    ("The quake killed 15,000 people more than the Kobe quake did.", "15,000 people", "death-toll", False),
    ("100 people were injured.", "100 people", "injured", False),
    # a verb of change and "by": the change to a total, not the total ("The toll rose by 20 to 150")
    ("The death toll rose by 20 to 150 on Tuesday.", "20", "death-toll", True),
    ("The death toll rose by 20 to 150 on Tuesday.", "150", "death-toll", False),
    ("The number of injured climbed by 12 overnight.", "12", "injured", True),
    ("The quake killed 20 by Tuesday.", "20", "death-toll", False),
    # "others" after a count of people in the same fate, in its sentence or the one before, are
    # more of them (the wounded and the injured are one fate: nouns.yaml ``increments``
    # ``fate_kin``); after a count of another fate they are all of their own
    ("Eleven people were wounded by gunfire. Three others suffered injuries while fleeing.", "Three others",
     "injured", True),
    ("Five people were injured in the first blast and 12 others were hurt in the second.", "12 others",
     "injured", True),
    ("Three people died at the scene and two others died in hospital.", "two others", "death-toll", True),
    ("The gunman killed five people and wounded 11 others.", "11 others", "injured", False),
    ("Twelve people were killed. Fourteen others were injured.", "Fourteen others", "injured", False),
    ("Eleven people were wounded.\n\nThree others were hurt in a second attack.", "Three others", "injured", False),
    # the rest of a whole, told after "the last", "the final", "the remaining": a part of it, the
    # ones still to come or left, never the total ("The last 59 passengers ... left the plane")
    ("The last 59 passengers and seven crew members left the plane minutes later.", "59 passengers",
     "people-on-board", True),
    ("Rescuers recovered the last four bodies on Friday, bringing the final toll to 27.", "four bodies",
     "death-toll", True),
    ("The final 66 people, including the seven crew, were freed after the men surrendered.", "66 people",
     "prisoners-released", True),
    ("The remaining 40 hostages were freed on Wednesday.", "40 hostages", "prisoners-released", True),
    # ... not a total told with "final" after the count, nor a period's length
    ("Rescuers recovered the last four bodies on Friday, bringing the final toll to 27.", "27",
     "death-toll", False),
    ("The plane was carrying 142 passengers and seven crew.", "142 passengers", "people-on-board", False),
]


def test_others_of_another_fate_are_all_of_theirs_and_more_of_the_same_fate_are_no_total():
    # "11 others" after the dead are the wounded, "Eleven people" as another source says; "Three
    # others" hurt after eleven wounded are three more, no rival of the eleven
    r = report(article("a", "A gunman killed five people and wounded 11 others.", "2025-08-16"),
               article("b", "Eleven people were wounded by gunfire. Three others suffered injuries while fleeing.",
                       "2025-08-16"))
    hurt = [f for f in r.findings if f.rule == "injured"]
    assert not [f for f in hurt if f.verdict == "discrepancy"], [f.message for f in hurt]
    assert any(f.verdict == "agree" and {c.mention.article for c in f.claims} == {"a", "b"} for f in hurt), \
        [(f.verdict, f.message) for f in hurt]


@pytest.mark.parametrize("text,value,rule,increment", INCREMENTS)
def test_an_increment_is_keyed_apart_from_totals(text, value, rule, increment):
    cs = select_claims([article("a", text, "2011-03-14")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert (c.scope.get("past", ()) == (INCREMENT,)) == increment


def test_an_increment_never_disagrees_with_a_total_or_another_increment():
    # two increments may add to two totals ("another 40" on Tuesday, "another 12" on Wednesday)
    r = report(article("a", "Another 40 people were injured on Tuesday.", "2011-03-14"),
               article("b", "In all, 100 people were injured.", "2011-03-14"),
               article("c", "Another 12 people were hurt on Wednesday, officials said.", "2011-03-14"))
    assert [f.verdict for f in findings_with(r, "100 people")] == ["single_source"]
    assert [f.verdict for f in findings_with(r, "40 people")] == ["single_source"]
    assert [f.verdict for f in findings_with(r, "12 people")] == ["single_source"]


# sentence, value, rule, the past it is read in: a figure an update replaced is an earlier
# report of the fact, keyed "earlier", never set against today's figure
SUPERSEDED = [
    ("The death toll rose to 250,000, up from an earlier estimate of 210,000.", "210,000", "death-toll", ("earlier",)),
    ("The death toll rose to 250,000, up from an earlier estimate of 210,000.", "250,000", "death-toll", ()),
    ("The death toll was revised from 50 to 62.", "50", "death-toll", ("earlier",)),
    ("The death toll was revised from 50 to 62.", "62", "death-toll", ()),
    # the new figure after "to", the old after "from"
    ("The death toll climbed to 74 from 69 on Sunday.", "69", "death-toll", ("earlier",)),
    ("The death toll climbed to 74 from 69 on Sunday.", "74", "death-toll", ()),
    ("Two more deaths brought the toll to 74 from 72.", "72", "death-toll", ("earlier",)),
    ("The Liberal Party slipped to 40 seats from 41 in the final count.", "41", "seats", ("earlier",)),
    ("The toll climbed from 120 to 150.", "120", "death-toll", ("earlier",)),
    ("Police gave an earlier figure of 300 dead.", "300 dead", "death-toll", ("earlier",)),
    ("The government's initial toll of 45 dead was later raised.", "45 dead", "death-toll", ("earlier",)),
    ("Officials had earlier put the death toll at 55.", "55", "death-toll", ("earlier",)),
    ("Officials initially said 30 people were killed.", "30 people", "death-toll", ("earlier",)),
    ("At least 62 people were killed, officials said.", "At least 62 people", "death-toll", ()),
    ("The death toll rose to 31, up from 28 on Monday.", "31", "death-toll", ()),
    ("Officials initially put the toll at 55, but it rose to 62.", "55", "death-toll", ("earlier",)),
    # a name that opens with such an adjective is no earlier report, nor an act done first
    ("The Old Town death toll rose to 12 on Tuesday.", "12", "death-toll", ()),
    ("Police initially arrested 12 people, and three more were held on Tuesday.", "12 people", "arrests", ()),
    # an earlier day in the paragraph or a word of time keeps what it says of today's figure
    ("Earlier on Monday, officials said 30 people were killed.", "30 people", "death-toll", ()),
]


@pytest.mark.parametrize("text,value,rule,past", SUPERSEDED)
def test_a_figure_an_update_replaced_is_earlier(text, value, rule, past):
    cs = select_claims([article("a", text, "2011-03-14")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past


def test_an_earlier_estimate_is_no_discrepancy_with_todays_figure():
    r = report(article("a", "The death toll from the quake rose to 250,000, up from an earlier estimate of 210,000."),
               article("b", "The death toll from the quake stands at 250,000."))
    (f,) = [f for f in findings_with(r, "250,000") if f.rule == "death-toll"]
    assert f.verdict == "agree"
    assert {c.mention.text for c in f.claims} == {"250,000"}


# sentence, value, rule, its period: a running total over the year or the month so far is a fact
# of its own, never the event's figure (calendar.yaml ``period_totals``); articles published 2011-03-14
PERIODS = [
    ("So far this year 1,200 migrants have died crossing the sea.", "1,200 migrants", "death-toll", ("year to date",)),
    ("This year's toll stands at 3,000.", "3,000", "death-toll", ("year to date",)),
    ("Since January, 800 people have been killed on the roads.", "800 people", "death-toll", ("year to date",)),
    ("The number of migrants who died in the first two months of the year rose to 400.", "400", "death-toll",
     ("year to date",)),
    ("Some 300 people have died so far this month.", "Some 300 people", "death-toll", ("month to date",)),
    ("The boat sank on Sunday, killing 800 people.", "800 people", "death-toll", ()),
    # the period frames its own stretch between commas, or the whole sentence from its opening one
    ("The boat sank on Sunday, killing 800 people, bringing the toll so far this year to 1,200.", "800 people",
     "death-toll", ()),
    ("The boat sank on Sunday, killing 800 people, bringing the toll so far this year to 1,200.", "1,200",
     "death-toll", ("year to date",)),
    # an event's running toll since it began is its toll
    ("More than 6,100 people have been killed since April 2010.", "More than 6,100 people", "death-toll", ()),
    # "this year", "this month" alone date an aside, no running total
    ("A bus crash killed 12 people on Tuesday in the country's deadliest accident this year.", "12 people",
     "death-toll", ()),
    ("Floods that hit the region earlier this month killed 40 people.", "40 people", "death-toll", ()),
    ("Twelve people were killed in the attack, which came as the trial began this month.", "Twelve people",
     "death-toll", ()),
    ("This year's march drew 30,000 protesters.", "30,000 protesters", "crowd-size", ()),
    ("This year's death toll on the roads stands at 3,000.", "3,000", "death-toll", ("year to date",)),
    ("This year’s toll stands at 3,000.", "3,000", "death-toll", ("year to date",)),
    ("The toll to date this year is 900.", "900", "death-toll", ("year to date",)),
    ("This month's toll rose to 45.", "45", "death-toll", ("month to date",)),
    # a habitual figure, of every year or of a usual one, is no event's figure
    ("Some 400 people die each year in the lake.", "Some 400 people", "death-toll", ("per year",)),
    ("About 20 people die in avalanches in an average winter.", "About 20 people", "death-toll", ("per year",)),
    ("In a typical year, 50 people are killed on the pass.", "50 people", "death-toll", ("per year",)),
    ("In a normal winter 15 people are killed by avalanches.", "15 people", "death-toll", ("per year",)),
    ("About 25 climbers die every season on the mountain.", "About 25 climbers", "death-toll", ("per year",)),
    ("Typically 30 people are killed on the pass.", "30 people", "death-toll", ("usual",)),
    ("On average, 12 climbers are killed on the mountain.", "12 climbers", "death-toll", ("usual",)),
    ("Roughly 40 people are killed on the roads every day.", "Roughly 40 people", "death-toll", ("per day",)),
    ("About 100 people die a year in the mountains.", "About 100 people", "death-toll", ("per year",)),
    ("Some 30 people are killed a year on the pass, police say.", "Some 30 people", "death-toll", ("per year",)),
    # a period's word spelt with a letter the ignore-case match folds ("ſ", "İ") is read, not a crash
    ("About 100 people die a ſeason in the mountains.", "About 100 people", "death-toll", ("per year",)),
    ("About 100 people die a wİnter in the mountains.", "About 100 people", "death-toll", ("per year",)),
    # ... but a year counted back, a year's span or a year named is no habit
    ("The storm killed 20 people a year ago.", "20 people", "death-toll", ("2010",)),
    ("Five people were killed a year earlier in a similar crash.", "Five people", "death-toll", ()),
    ("It was the worst crash in a year, killing 20 people.", "20 people", "death-toll", ()),
    ("Twenty people died in a year of fighting.", "Twenty people", "death-toll", ()),
    ("20 people died this year.", "20 people", "death-toll", ()),
    ("Five people were killed on the normally busy road.", "Five people", "death-toll", ()),
    # a habit told by an adverb (calendar.yaml ``habit_adverbs``) where it opens the count's clause, stands
    # before the verb the count is the object of, or after the count's noun before its verb
    ("Normally about 30 people die on the pass.", "about 30 people", "death-toll", ("usual",)),
    ("Normally, about 30 people die on the pass.", "about 30 people", "death-toll", ("usual",)),
    ("About 30 people usually die on the pass.", "About 30 people", "death-toll", ("usual",)),
    ("The ferry usually carries about 2,000 passengers.", "about 2,000 passengers", "people-on-board", ("usual",)),
    ("The ferry would normally carry 300 passengers but had 500 on board.", "300 passengers", "people-on-board",
     ("usual",)),
    ("The ferry would normally carry 300 passengers but had 500 on board.", "500", "people-on-board", ()),
    ("The town, which normally has 300 residents, evacuated 500 people.", "300 residents", "evacuated", ("usual",)),
    ("The town, which normally has 300 residents, evacuated 500 people.", "500 people", "evacuated", ()),
    ("Usually 300 people are evacuated.", "300 people", "evacuated", ("usual",)),
    # ... spelt with a letter the ignore-case match folds (the long s, the Turkish dotted or dotless i)
    ("The ferry sank. Uſually, the ferry carries about 300 passengers.", "about 300 passengers",
     "people-on-board", ("usual",)),
    ("About 30 people uſually die on the pass.", "About 30 people", "death-toll", ("usual",)),
    ("The ferry would normally carry 300 passengers, said İbrahim Kaya.", "300 passengers", "people-on-board",
     ("usual",)),
    ("The town, which ıs usually home to 300 people, evacuated 500 people.", "500 people", "evacuated", ()),
    ("Five people were killed on the uſually quiet road.", "Five people", "death-toll", ()),
    # ... and, opening its sentence before a comma or a determiner, the whole clause
    ("Normally the ferry carries 300 passengers.", "300 passengers", "people-on-board", ("usual",)),
    ("The ferry sank. Usually, the ferry carries about 300 passengers, but on Sunday it had 500 on board.",
     "about 300 passengers", "people-on-board", ("usual",)),
    ("The ferry sank. Usually, the ferry carries about 300 passengers, but on Sunday it had 500 on board.",
     "500", "people-on-board", ()),
    # a usual day's figure is a day's habit (``period_totals``)
    ("On a normal day the ferry carries 2,000 passengers.", "2,000 passengers", "people-on-board", ("per day",)),
    ("On a typical day, the ferry carries 2,000 passengers.", "2,000 passengers", "people-on-board", ("per day",)),
    # ... but an adverb before an adjective describes a thing, and "as usual" tells the news's own figure
    ("Five people were killed on the usually quiet road.", "Five people", "death-toll", ()),
    ("Usually reliable sources said 40 people were killed.", "40 people", "death-toll", ()),
    ("The normally bustling market, where 40 people were killed, was empty.", "40 people", "death-toll", ()),
    ("As usual, 300 people were evacuated from the island.", "300 people", "evacuated", ()),
    ("Forty people were killed, police usually say.", "Forty people", "death-toll", ()),
    ("The avalanche, the deadliest in an average decade, killed 12 people.", "12 people", "death-toll", ()),
]


@pytest.mark.parametrize("text,value,rule,past", PERIODS)
def test_a_period_total_is_apart_from_the_events_figure(text, value, rule, past):
    cs = select_claims([article("a", text, "2011-03-14")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past


def test_a_period_total_never_meets_the_events_toll():
    r = report(article("a", "The boat sank on Sunday, killing 800 people. So far this year 1,200 migrants have died."),
               article("b", "At least 800 people were killed when the boat sank on Sunday."),
               article("c", "Since January, 1,500 migrants have died in the Mediterranean."))
    for f in r.findings:
        if f.rule == "death-toll":
            texts = {c.mention.text for c in f.claims}
            assert not ({"1,200 migrants", "1,500 migrants"} & texts and {"800 people", "At least 800 people"} & texts)
    (f,) = [f for f in findings_with(r, "1,200 migrants") if f.rule == "death-toll"]
    assert {c.mention.text for c in f.claims} == {"1,200 migrants", "1,500 migrants"}


def test_two_times_as_near_to_a_value_are_told_apart_without_comparing_their_keys():
    # a bracketed year and a bare one at the same distance: one key is None, the other a year,
    # and ordering them by key raised TypeError
    text = "(2030) ( two win reported $5 million the Tom Smith 1987."
    cs = select_claims([article("a", text, "2015-05-12")], RULES_IN_FORCE)
    assert cs  # read to the end, with claims


# sentence, value, rule, the later event's time: a value in a clause that names an event
# (names.yaml ``event_heads``) and a time half a year or more ahead is that event's; articles
# published 2025-10-17
LATER = [
    ("The prize money pool for the new Ultimate Championship in Budapest next September will be $10 million.",
     "$10 million", "money-amount", ("2026-09",)),
    ("Organisers said the 2027 World Cup would cost $4 billion to stage.", "$4 billion", "money-amount", ("2027",)),
    ("The purse for next year's Boston Marathon will rise to $1 million.", "$1 million", "money-amount", ("2026",)),
    # the news of the day: no time well ahead, no event named, or a deadline
    ("The prize pool for the Chicago Marathon on Sunday was $1.5 million.", "$1.5 million", "money-amount", ()),
    ("Both winners earned $100,000 from a total purse of $1.5 million.", "$1.5 million", "money-amount", ()),
    ("The $5 billion deal for the chain is due to close next year.", "$5 billion", "money-amount", ()),
    ("The Olympics will cost $2 billion by 2030.", "$2 billion", "money-amount", ()),
    # a later event named in another clause dates nothing in this one
    ("The winner took home $100,000; the Ultimate Championship next September will offer more.", "$100,000",
     "money-amount", ()),
]


@pytest.mark.parametrize("text,value,rule,past", LATER)
def test_a_later_events_value_is_apart_from_the_news(text, value, rule, past):
    cs = select_claims([article("a", text, "2025-10-17")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past


def test_a_later_events_purse_never_meets_the_days_purse():
    r = report(article("a", "Both winners earned $100,000 from a total purse of $1.5 million.", "2025-10-13"),
               article("b", "The prize money pool for the new Ultimate Championship in Budapest next September "
                            "would be $10 million.", "2025-10-17"))
    for f in r.findings:
        assert f.verdict != "discrepancy"


# sentence, value, rule, its key: in a story told over several days, a figure of one day ("37
# people were arrested on Tuesday") set beside the running total of the story so far ("bringing the
# total since Monday to 51") is that day's figure, keyed by its day, while the total is the story's
# own figure (calendar.yaml ``running_totals``); articles published Wednesday 2026-11-18
DAY_FIGURES = [
    ("Police said 37 people were arrested Tuesday, bringing the total since Monday to 51.", "37 people",
     "arrests", ("day 2026-11-17",)),
    ("Police said 37 people were arrested Tuesday, bringing the total since Monday to 51.", "51", "arrests", ()),
    ("Eleven officers were hurt on Tuesday, bringing to 17 the number of officers injured since Monday.",
     "Eleven officers", "injured", ("day 2026-11-17",)),
    ("Eleven officers were hurt on Tuesday, bringing to 17 the number of officers injured since Monday.",
     "17", "injured", ()),
    ("He said nine officers had been injured on Wednesday, taking the total to 26 since Monday.", "nine officers",
     "injured", ("day 2026-11-18",)),
    ("He said nine officers had been injured on Wednesday, taking the total to 26 since Monday.", "26", "injured", ()),
    ("Yesterday, 61 people were detained, bringing the total to 112.", "61 people", "arrests", ("day 2026-11-17",)),
    ("Police arrested 37 people on Tuesday, bringing the total since the protests began on Monday to 51.", "37 people",
     "arrests", ("day 2026-11-17",)),
    ("Police arrested 37 on Tuesday, taking arrests since it began on Monday to 51.", "37", "arrests",
     ("day 2026-11-17",)),
    ("Police say 61 people were arrested today, the highest number so far.", "61 people", "arrests",
     ("day 2026-11-18",)),
    ("In all, 130 people were arrested during the three days of unrest, including 18 on Tuesday.", "18", "arrests",
     ("day 2026-11-17",)),
    ("In all, 130 people were arrested during the three days of unrest, including 18 on Tuesday.", "130 people",
     "arrests", ()),
    ("The floods killed 23 people on Tuesday alone, officials said.", "23 people", "death-toll", ("day 2026-11-17",)),
    # a total's words with no figure before the count tell no total: the event's superlative
    ("The storm, the worst to date, killed 300 people on Tuesday.", "300 people", "death-toll", ()),
    ("In all his years, the pilot said, 12 crew died on Tuesday.", "12 crew", "death-toll", ()),
    # a figure the sentence dates with no running total beside it is the story's, as before
    ("Police said 37 people were arrested on Tuesday.", "37 people", "arrests", ()),
    ("The quake killed 300 people on Tuesday, officials said.", "300 people", "death-toll", ()),
    # a total over days, or by a day, is no day's figure
    ("Police said 112 people had been arrested between Monday and Wednesday, bringing the total to 112.",
     "112 people", "arrests", ()),
    ("By Tuesday, police had arrested 51 people in all.", "51 people", "arrests", ()),
    # the day a statement was made dates no figure
    ("Police said on Tuesday that 37 people had been arrested, bringing the total to 51.", "37 people", "arrests", ()),
    # a running total over the year is a period's, not the story's: the day's toll is the event's
    ("The boat sank on Tuesday, killing 80 people, bringing the toll so far this year to 1,200.", "80 people",
     "death-toll", ()),
    # a running total in the next sentence of the paragraph, of the same people and at least the
    # day's figure, makes the figure that day's
    ("Police arrested 37 people on Tuesday. That brings the total to 51.", "37 people", "arrests",
     ("day 2026-11-17",)),
    ("Police arrested 61 people during Wednesday's clashes. More than 100 people have now been arrested "
     "since the protests began on Monday.", "61 people", "arrests", ("day 2026-11-18",)),
    ("Eleven officers were injured on Tuesday. The total now stands at 17.", "Eleven officers", "injured",
     ("day 2026-11-17",)),
    ("Police arrested 61 people during Wednesday's clashes. More than 100 people have now been arrested "
     "since the protests began on Monday.", "More than 100 people", "arrests", ()),
    # ... not one of other people, one smaller than the figure, one past a blank line, or one with no day
    ("The quake killed 300 people on Tuesday. So far, 40 bodies have been identified.", "300 people",
     "death-toll", ()),
    ("The quake killed 300 people on Tuesday. So far 40 have been identified.", "300 people", "death-toll", ()),
    ("Police arrested 37 people on Tuesday. So far, 12 officers have been injured.", "37 people", "arrests", ()),
    ("Police arrested 37 people on Tuesday.\n\nThat brings the total to 51.", "37 people", "arrests", ()),
    ("Police arrested 37 people. That brings the total to 51.", "37 people", "arrests", ()),
    ("Police said on Tuesday that 37 people were arrested. That brings the total to 51.", "37 people", "arrests",
     ()),
]


@pytest.mark.parametrize("text,value,rule,past", DAY_FIGURES)
def test_a_days_figure_beside_a_running_total_is_that_days(text, value, rule, past):
    cs = select_claims([article("a", text, "2026-11-18")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past


# sentence, value, rule, its key, in a story where another source (published Wednesday 2026-11-18)
# tells each day's arrests, injured and dead apart from the running total: a count whose own clause
# states one day is that day's figure, though no total stands beside it (engine ``_days_told_apart``)
TOLD_APART = ("Police said 37 people were arrested on Tuesday, bringing the total since Monday to 51. "
              "Eleven officers were hurt on Tuesday, bringing to 17 the number injured since Monday. "
              "Three people died on Tuesday alone.")
DATED_FIGURES = [
    ("Thirty-seven people were detained yesterday.", "Thirty-seven people", "arrests", ("day 2026-11-17",)),
    ("Hospitals treated 38 protesters on Wednesday night.", "38 protesters", "injured", ("day 2026-11-18",)),
    ("Police arrested 61 people during Wednesday's clashes.", "61 people", "arrests", ("day 2026-11-18",)),
    # no day, a total by its day, a total over days, a day a statement was made: the story's
    ("The hospital said it had treated 45 protesters.", "45 protesters", "injured", ()),
    ("The death toll rose to nine on Wednesday.", "nine", "death-toll", ()),
    ("The number of people who have died of cold since the weekend rose to seven on Tuesday.", "seven", "death-toll", ()),
    ("Police said 112 people had been arrested between Monday and Wednesday.", "112 people", "arrests", ()),
    ("Police said on Tuesday that 37 people had been arrested.", "37 people", "arrests", ()),
    ("By Tuesday, police had arrested 51 people.", "51 people", "arrests", ()),
]


@pytest.mark.parametrize("text,value,rule,past", DATED_FIGURES)
def test_a_figure_told_with_its_day_is_that_days_where_sources_tell_days_apart(text, value, rule, past):
    cs = select_claims([article("x", TOLD_APART, "2026-11-18"), article("a", text, "2026-11-18")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.article == "a" and c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past
    # alone, with no source telling days apart, it is the story's figure
    (c,) = [c for c in select_claims([article("a", text, "2026-11-18")], RULES_IN_FORCE)
            if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == ()


def test_running_totals_compare_across_days_and_a_days_figures_only_with_that_days():
    r = report(article("a", "Police said 37 people were arrested on Tuesday, bringing the total since Monday to 51.",
                       "2026-11-17"),
               article("b", "Thirty-seven people were detained on Tuesday, taking the total since the protests "
                            "began to 51.", "2026-11-17"),
               article("c", "Police arrested 61 people on Wednesday, bringing the total since Monday to 112.",
                       "2026-11-18"),
               article("d", "Police said 112 people have been arrested since the protests began.", "2026-11-18"))
    (total,) = [f for f in findings_with(r, "51", "112") if f.rule == "arrests"]
    assert {c.mention.text for c in total.claims} == {"51", "112", "112 people"}
    assert total.verdict == "discrepancy"
    assert any("differ only between days" in n for n in total.notes)
    (tuesday,) = [f for f in findings_with(r, "37 people") if f.rule == "arrests"]
    assert {c.mention.text for c in tuesday.claims} == {"37 people", "Thirty-seven people"}
    assert tuesday.verdict == "agree"
    assert not [f for f in findings_with(r, "61 people") if f.rule == "arrests" and len(f.claims) > 1]


def test_a_rule_that_reads_the_day_groups_a_days_figure_by_it_as_before():
    # rules/damage.yaml reads ``when``: Wednesday's buses meet Wednesday's, Tuesday's stay apart
    r = report(article("a", "Twelve buses were burned on Wednesday, bringing the number destroyed since Tuesday to 14.",
                       "2026-11-19"),
               article("b", "Protesters burned 12 buses on Wednesday.", "2026-11-19"),
               article("c", "Protesters burned two buses on Tuesday.", "2026-11-19"))
    (f,) = [f for f in findings_with(r, "Twelve buses") if f.rule == "damage"]
    assert {c.mention.text for c in f.claims} == {"Twelve buses", "12 buses"}
    assert f.verdict == "agree"


# sentence, value, rule, its key: an earlier event named with no date of its own ("since Rana
# Plaza, which killed 1,134") is that event's, keyed by the earlier date its article ties the name
# to elsewhere, or by its name after a record's word ("the worst ... since"); a total over many
# events of a kind ("in such collapses", "in building collapses" beside the story's "collapse")
# is theirs, never the story's toll; articles published 2026-11-20
NAMED_EARLIER = [
    ("It was the worst disaster since Rana Plaza, which killed 1,134 people.", "1,134 people", "death-toll",
     ("Rana Plaza",)),
    ("The quake was the deadliest since the Haiti earthquake, which killed more than 200,000 people.",
     "more than 200,000 people", "death-toll", ("Haiti earthquake",)),
    ("Activists recalled the 2013 Rana Plaza disaster. Bangladesh has been under pressure to improve building "
     "safety since Rana Plaza, which killed 1,134 people.", "1,134 people", "death-toll", ("2013",)),
    ("Bangladesh has been under pressure since Rana Plaza, which killed 1,134 people. The Rana Plaza collapse "
     "in April 2013 led to an accord.", "1,134 people", "death-toll", ("2013-04",)),
    ("At least 1,200 people have died in such collapses since 2013.", "At least 1,200 people", "death-toll",
     ("other collapses",)),
    ("More than 3,000 people have been killed in similar accidents since 2010, the union said.",
     "More than 3,000 people", "death-toll", ("other accidents",)),
    ("The collapse on Tuesday killed 46 people. At least 1,200 people have died in building collapses in "
     "Bangladesh since 2013.", "At least 1,200 people", "death-toll", ("other collapses",)),
    # ... must stay the story's: a today's toll in a "which" clause, a named event with no record's
    # word nor earlier date, a running toll of the story's own conflict, a plural of the story's event
    ("The blast, which killed 12 people, destroyed the market.", "12 people", "death-toll", ()),
    ("Aid has poured in since the Kestel earthquake, which killed 1,120 people.", "1,120 people", "death-toll", ()),
    ("It was the worst attack since Friday's bombing in Kabul, which killed 12 people.", "12 people",
     "death-toll", ()),
    ("The town has been without power since the quake, which killed 1,120 people.", "1,120 people",
     "death-toll", ()),
    ("More than 6,000 people have been killed in clashes since April 2014.", "More than 6,000 people",
     "death-toll", ()),
    ("The attacks on Friday killed 129 people. At least 129 people have died in the attacks since Friday.",
     "At least 129 people", "death-toll", ()),
    ("The collapse on Tuesday killed 46 people. At least 46 people have died since the collapse.", "At least 46 people",
     "death-toll", ()),
]


@pytest.mark.parametrize("text,value,rule,past", NAMED_EARLIER)
def test_a_named_earlier_event_or_a_kinds_total_is_apart_from_the_news(text, value, rule, past):
    cs = select_claims([article("a", text, "2026-11-20")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past


def test_a_named_earlier_events_toll_never_meets_the_days_toll():
    r = report(article("a", "The collapse killed 46 people. It was the worst disaster since Rana Plaza, which killed "
                            "1,134 people.", "2026-11-20"),
               article("b", "At least 1,200 people have died in such collapses since 2013. The collapse killed 46 "
                            "people.", "2026-11-20"),
               article("c", "The building collapse killed 46 people, officials said.", "2026-11-20"))
    (f,) = [f for f in findings_with(r, "46 people") if f.rule == "death-toll"]
    assert f.verdict == "agree"
    assert {c.mention.text for c in f.claims} == {"46 people"}


def test_a_counts_day_is_read_only_where_a_source_tells_days_apart(monkeypatch):
    """``dated_day`` is asked only for the counts of a rule some source tells days apart for."""
    from factcheck import engine

    asked = []
    real = engine.dated_day
    monkeypatch.setattr(engine, "dated_day", lambda sc, m: asked.append(m.text) or real(sc, m))
    select_claims([article("a", "Thirty-seven people were detained yesterday. Three people died on Monday.",
                           "2026-11-18")], RULES_IN_FORCE)
    assert asked == []
    cs = select_claims([article("x", TOLD_APART, "2026-11-18"),
                        article("a", "Thirty-seven people were detained yesterday.", "2026-11-18")], RULES_IN_FORCE)
    assert "Thirty-seven people" in asked
    (c,) = [c for c in cs if c.mention.article == "a" and c.rule == "arrests"]
    assert c.scope.get("past", ()) == ("day 2026-11-17",)
