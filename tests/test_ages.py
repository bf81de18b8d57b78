"""Ages of people, in years."""

import pytest

from factcheck.extract import extract_found


def ages(text):
    return [(text[f.start:f.end], f.value.low, f.value.high)
            for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "age"]


AGES = [
    ("a 28-year-old man was arrested", [("28-year-old", 28, 28)]),
    ("a five-year-old boy", [("five-year-old", 5, 5)]),
    ("the 45 year old suspect", [("45 year old", 45, 45)]),
    ("Sergei Ivanov, 29, said the talks failed.", [("29", 29, 29)]),
    ("Ivanov (29) said the talks failed.", [("29", 29, 29)]),
    ("a man aged 53 was arrested", [("aged 53", 53, 53)]),
    # "the age of": a hedge before "the" bounds the age, as before any number
    ("he died at the age of 30", [("the age of 30", 30, 30)]),
    ("children under the age of 5", [("under the age of 5", 4, 5)]),
    ("people over the age of 65", [("over the age of 65", 65, 66)]),
    ("those aged under 18", [("under 18", 17, 18)]),
    ("women aged about 40", [("about 40", 36, 44)]),
    ("victims aged between 18 and 25", [("aged between 18 and 25", 18, 25)]),
    ("victims aged 18 to 25", [("aged 18 to 25", 18, 25)]),
    ("Ivanov, 29, and Petrov, 31, said", [("29", 29, 29), ("31", 31, 31)]),
    # a list of people with their ages set off by semicolons: each an age, none a count of the dead
    ("The dead are the pilot, Lars Henriksen, 61; Omar Haddad, 48, and his son, Sami Haddad, 19; Claire Beaumont, 72; "
     "and Tomas Rivera, 55.", [("61", 61, 61), ("48", 48, 48), ("19", 19, 19), ("72", 72, 72), ("55", 55, 55)]),
    ("Aboard are pilot Lars Henriksen, 61; and explorer Tomas Rivera, 55.", [("61", 61, 61), ("55", 55, 55)]),
    # a list of ages after one "aged": the later ones are ages too, not counts
    ("her two daughters, aged 40 and 45, died", [("aged 40", 40, 40), ("45", 45, 45)]),
    ("the victims, aged 19, 22 and 31, were students", [("aged 19", 19, 19), ("22", 22, 22), ("31", 31, 31)]),
    ("they were aged 20, and 40 people died", [("aged 20", 20, 20)]),
    # a decade of life, and its early, middle or late part
    ("a man in his 40s", [("in his 40s", 40, 49)]),
    ("a woman in her fifties", [("in her fifties", 50, 59)]),
    ("a man in his early 30s", [("in his early 30s", 30, 33)]),
    # the parts of a decade are calendar.yaml ``parts``' (early 0-3, mid 4-6, late 7-9), as "the mid-1990s"
    ("a man in his mid-40s", [("in his mid-40s", 44, 46)]),
    ("The suspect is a woman in her mid-forties.", [("in her mid-forties", 44, 46)]),
    ("a man in his late 40s", [("in his late 40s", 47, 49)]),
    ("a woman in her early forties", [("in her early forties", 40, 43)]),
    ("a girl in her late teens", [("in her late teens", 17, 19)]),
    # a span of a decade's parts: from the first part's start to the second's end
    ("a man in his mid-to-late 30s", [("in his mid-to-late 30s", 34, 39)]),
    ("a woman in her early-to-mid 40s", [("in her early-to-mid 40s", 40, 46)]),
    ("a man in his mid- to late 30s", [("in his mid- to late 30s", 34, 39)]),
    ("a man in his early to mid forties", [("in his early to mid forties", 40, 46)]),
    ("a man in his mid-30s", [("in his mid-30s", 34, 36)]),
    # the teens (13 to 19) stretch a decade's parts over their seven years, to whole years
    ("a boy in his early teens", [("in his early teens", 13, 15)]),
    ("a girl in her mid-teens", [("in her mid-teens", 15, 17)]),
    ("a man in his 30s", [("in his 30s", 30, 39)]),
    ("Prices in the 80s and 90s.", []),
    # a stage of life named by a noun (ages.yaml ``life_stages``): an age with no number
    ("A teenager was stabbed.", [("teenager", 13, 19)]),
    ("Police said the teenager's mother called.", [("teenager", 13, 19)]),
    ("A teen was shot on Friday.", [("teen", 13, 19)]),
    # "teen" alone before what goes on with a clause (calendar.yaml, ages.yaml ``turn_modals``,
    # names.yaml's verbs of speech, ``life_stages.goes_on``), not before a noun
    ("The teen told police he ran.", [("teen", 13, 19)]),
    ("A teen whose bike was stolen called.", [("teen", 13, 19)]),
    ("The teen would later testify.", [("teen", 13, 19)]),
    ("A teen near the school was hurt.", [("teen", 13, 19)]),
    ("He met a 20-something from Leeds.", [("20-something", 20, 29)]),
    ("As a teen he moved to Leeds.", [("teen", 13, 19)]),
    ("A teen idol sang.", []),
    ("An octogenarian was among the dead.", [("octogenarian", 80, 89)]),
    ("The nonagenarian still works every day.", [("nonagenarian", 90, 99)]),
    ("A septuagenarian was rescued.", [("septuagenarian", 70, 79)]),
    ("The sexagenarian, a retired teacher, died.", [("sexagenarian", 60, 69)]),
    ("A centenarian died on Monday.", [("centenarian", 100, 130)]),
    ("An octogenarian woman was rescued.", [("octogenarian", 80, 89)]),
    ("A teenage boy was stabbed.", [("teenage", 13, 19)]),
    # "N-something": the decade from N
    ("A 20-something man was arrested.", [("20-something", 20, 29)]),
    ("Police are looking for a twentysomething.", [("twentysomething", 20, 29)]),
    ("She is a thirty-something lawyer.", [("thirty-something", 30, 39)]),
    # no person: a time of life, a name, a kind of music, a thing's age (ages.yaml ``things``)
    ("He spent his teenage years in Leeds.", []),
    ("Teenage Mutant Ninja Turtles returned.", []),
    ("She sang teen pop in the 1990s.", []),
    ("A teen magazine folded.", []),
    ("The town marked its centenary.", []),
    ("A centenarian tree fell on the road.", []),
    ("The pre-teen market grew.", []),
    ("Teen Vogue reported the story.", []),
    ("A grant went to the Teenage Cancer Trust.", []),
    ("Twenty-something years ago he left.", []),
    ("He sold his 20-something stake.", []),
    ("Something went wrong.", []),
    ("The 20-somethings flocked to the city.", []),
    ("A 16-year-old teenager was stabbed.", [("16-year-old", 16, 16)]),
    # an age bound by "and older" or "and younger" after it, with no "aged" before
    ("Residents 65 and older were offered the vaccine.", [("65 and older", 65, 130)]),
    ("Those 65 or older were offered it.", [("65 or older", 65, 130)]),
    ("Children 5 and younger get free meals.", [("5 and younger", 0, 5)]),
    # "and over", "and under" only after people ("scores of 10 and over" are points)
    ("The residents 65 and over were offered it.", [("65 and over", 65, 130)]),
    ("Scores of 10 and over count.", []),
    # an age group is open on the side its hedge names: every age from 65 on, every age up to 18
    ("Free flu jabs go to people aged 65 and over.", [("aged 65 and over", 65, 130)]),
    ("It is offered to people 65 or over.", [("65 or over", 65, 130)]),
    ("Children aged 18 and under ride free.", [("aged 18 and under", 0, 18)]),
    ("Kids 18 and younger ride free.", [("18 and younger", 0, 18)]),
    ("Under-18s are banned from the venue.", [("Under-18s", 0, 18)]),
    ("The over-65s are most at risk.", [("over-65s", 65, 130)]),
    ("Many over-50s are out of work.", [("over-50s", 50, 130)]),
    ("Bus travel is free for over 70s.", [("over 70s", 70, 130)]),
    ("The Under-21 side won.", []),
    ("Tickets are free for the under-16s and over-60s.", [("under-16s", 0, 16), ("over-60s", 60, 130)]),
    ("Prices in the over-60s range.", [("over-60s", 60, 130)]),
    ("They sold over 70s records.", []),
    ("Prices 65 and over were seen.", []),
    ("They won 65 and lost 12.", []),
    # people, then "over" or "under" and a number a verb or a clause's end follows
    ("People over 65 were told to stay home.", [("over 65", 65, 66)]),
    # a verb in the past after the age: "backed", "died"
    ("Voters over 65 backed the plan.", [("over 65", 65, 66)]),
    ("Children under 5 died in the heat.", [("under 5", 4, 5)]),
    ("The people over 50 metres away fled.", []),
    ("Workers over 40 hours worked.", []),
    ("Children under five are most at risk.", [("under five", 4, 5)]),
    ("Anyone under 18 needs a permit.", [("under 18", 17, 18)]),
    # a modal or "do" after the age, as after "can" and "needs"
    ("Children under 18 cannot vote.", [("under 18", 17, 18)]),
    ("Children under 16 don't need a passport.", [("under 16", 15, 16)]),
    ("Children under 12 do not pay.", [("under 12", 11, 12)]),
    # a verb a group's share takes, or a relative pronoun
    ("People over 65 account for a fifth of voters.", [("over 65", 65, 66)]),
    ("Children under 5 whose parents work get a place.", [("under 5", 4, 5)]),
    ("People over 65 accountants met.", []),
    ("Children under 12 dollars a day.", []),
    ("Rebels killed 30 people over 3 days in the north.", []),
    ("Women under 30 percent of the board.", []),
    ("They sold to people over 100 times.", []),
    # a superlative of age sets off the age after a person, or alone
    ("The youngest victim, 14, was a student.", [("14", 14, 14)]),
    ("The oldest, 92, lived alone.", [("92", 92, 92)]),
    ("His eldest son, 12, was at school.", [("12", 12, 12)]),
    ("The oldest building, 92, is closed.", []),
    ("The largest, 92, is closed.", []),
    # ages in months
    ("A 3-month-old baby was found.", [("3-month-old", 0.25, 0.25)]),
    ("An 18-month-old was rescued.", [("18-month-old", 1.5, 1.5)]),
    ("The boy, aged 18 months, survived.", [("aged 18 months", 1.5, 1.5)]),
    ("The girl, aged one, survived.", [("aged one", 1, 1)]),
    # a range with "-to-" between digits: the second number is read too
    ("The 18-to-24-year-olds voted.", [("18-to-24-year-olds", 18, 24)]),
    ("Voters aged 18-to-24 backed him.", [("aged 18-to-24", 18, 24)]),
    ("victims aged 18 to 25", [("aged 18 to 25", 18, 25)]),
    # decades joined: one span of ages, not the first decade alone
    ("Most of the victims were in their 20s and 30s.", [("in their 20s and 30s", 20, 39)]),
    ("a man in his late 40s or early 50s", [("in his late 40s or early 50s", 47, 53)]),
    ("people in their 20s, 30s and 40s", [("in their 20s, 30s and 40s", 20, 49)]),
    ("She was in her 20s and her sister in her 30s.", [("in her 20s", 20, 29), ("in her 30s", 30, 39)]),
    ("The sixties were a time of change.", []),
    # ages in months, weeks and days are fractions of a year; plurals too
    ("a 3-month-old baby", [("3-month-old", 0.25, 0.25)]),
    ("the baby was 10 months old", [("10 months old", 10 / 12, 10 / 12)]),
    ("the 10-year-olds", [("10-year-olds", 10, 10)]),
    # "died at", "turned" before a bare number; an apposition closing the sentence, or after a person noun
    ("He died at 85 on Sunday.", [("died at 85", 85, 85)]),
    ("Folk legend Dvorak dead at 79\n\nThe singer died on Sunday.", [("dead at 79", 79, 79)]),
    ("Police said two men were found dead at 14 Elm Street.", []),
    ("Ferry disaster: number of dead at 40\n\nRescuers searched the coast.", []),
    # names past ASCII take their age as any name does
    ("Tomasz Brzeziński, 44, became the first Pole in space.", [("44", 44, 44)]),
    ("José Núñez, 44, said the crew was ready.", [("44", 44, 44)]),
    ("Łukasz Żak, 30, was arrested.", [("30", 30, 30)]),
    ("She turned 90 last week.", [("turned 90", 90, 90)]),
    ("The plane turned 90 degrees.", []),
    ("The car was driven by Lena Voss, 35.", [("35", 35, 35)]),
    ("the suspect, 19, was held", [("19", 19, 19)]),
    ("A man, 34, from Leeds was arrested.", [("34", 34, 34)]),
    # the nouns of the young and the old, as of anyone apposed ("data/nouns.yaml" apposed), not counts
    ("The toddler, 2, was taken to hospital.", [("2", 2, 2)]),
    ("The pensioner, 82, died at the scene.", [("82", 82, 82)]),
    # a role noun of the news (nouns.yaml apposed) sets off an age, whatever the sentence's role word
    ("The train's engineer, 47, was injured.", [("47", 47, 47)]),
    ("The conductor, 40, was hurt.", [("40", 40, 40)]),
    ("A youngster, 15, was arrested.", [("15", 15, 15)]),
    # a young child's age in words, as British papers write it; none from ten on ("The men, twelve,")
    ("The girl, eight, was unhurt.", [("eight", 8, 8)]),
    ("Lily, eight, was found safe.", [("eight", 8, 8)]),
    # ... after a person's name: one word opening the sentence or after a title or a person's
    # noun, a given name and surname; a list's first name decides for the ones after "and"
    ("Lily, eight, and Tom, six, were rescued.", [("eight", 8, 8), ("six", 6, 6)]),
    ("His sister Lily, eight, was unhurt.", [("eight", 8, 8)]),
    ("Rescuers found Kwame Osei, nine, alive.", [("nine", 9, 9)]),
    ("The medal table was led by China, nine, and Japan, four.", []),
    ("The table was topped by Kenya, six.", []),
    # in digits: a name after "the", or one word after a preposition, is a country's or a team's
    # in a tally; a list's first name decides for the ones after "and"
    ("The medal table was led by China, 9, and Japan, 4.", []),
    ("The United States, 12, and Britain, 7, followed.", []),
    ("China topped the table, ahead of the United States, 36, and Britain, 29.", []),
    ("The table was topped by Kenya, 6.", []),
    # ... but a nationality noun after "the" is a person ("The Bahraini, 26,"), where it takes a
    # plural in -s; "the Dutch" or "the Chinese" (no plural) are the nation's team
    ("The Bahraini, 26, tested positive for the drug.", [("26", 26, 26)]),
    ("The Briton, 31, was arrested at the airport.", [("31", 31, 31)]),
    ("Police said the Australian, 22, had been released.", [("22", 22, 22)]),
    ("The South African, 40, was injured.", [("40", 40, 40)]),
    ("China topped the table, ahead of the Dutch, 12, and the Chinese, 9.", []),
    ("Ivanov, 29, and Petrov, 31, were charged.", [("29", 29, 29), ("31", 31, 31)]),
    ("Police named them as Ivanov, 29, and Petrov, 31.", [("29", 29, 29), ("31", 31, 31)]),
    ("The car was driven by Lena Voss, 35.", [("35", 35, 35)]),
    ("The Rev Kwame Osei, 50, led the service.", [("50", 50, 50)]),
    ("The man, one of the victims, died.", []),
    ("The suspects, two, were held.", []),
    ("The man, twelve, was held.", []),
    # "and son, 19,": "and" stands for the first person's determiner
    ("Her husband, 52, and son, 19, died.", [("52", 52, 52), ("19", 19, 19)]),
    ("He killed two men and police, 3, said so.", []),
    # "At 19, she ...": a sentence opening with "At", the age, a comma and a person's pronoun; from
    # 13 on (a bare hour stops at 12)
    ("At 19, she was the youngest MP.", [("At 19", 19, 19)]),
    ('The army came first. "At 23, I was broke," he said.', [("At 23", 23, 23)]),
    ("At 10, he left the house.", []),
    ("At 15, the score was level.", []),
    ("At 45, they declared their innings closed.", []),  # "they", "we": as often a team or a firm
    ("At 20, we were still behind.", []),
    ("The team was at 19, she said.", []),
    # "the mother-of-three, 34,": the person before "-of-"
    ("The mother-of-three, 34, died in hospital.", [("34", 34, 34)]),
    ("The father-of-two, 41, was hurt.", [("41", 41, 41)]),
    ("a girl aged just 16", [("aged just 16", 16, 16)]),
    # a range whose second number carries "years old"
    ("children between 10 and 20 years old", [("between 10 and 20 years old", 10, 20)]),
    ("20 to 30-year-olds", [("20 to 30-year-olds", 20, 30)]),
    ("In the end, 19, 20 and 21 were chosen.", []),
    ("The company, 30, said", []),
    ("a 28-year period", []),
    ("In Paris, 130 people died.", []),
    # "years of age" as "years old"
    ("Children under 12 years of age were evacuated.", [("under 12 years of age", 11, 12)]),
    ("Anyone 18 years of age or older may vote.", [("18 years of age or older", 18, 130)]),
    # "as young as", "as old as": an age, and its bound
    ("Children as young as 10 were recruited.", [("as young as 10", 10, 20)]),
    ("People as old as 90 were evacuated.", [("as old as 90", 80, 90)]),
    ("Victims were as young as 3 years.", [("as young as 3 years", 3, 4)]),
    # a young person "of" a number; a parent "of" children counted is none
    ("A boy of 12 was killed.", [("12", 12, 12)]),
    ("A baby of six months died.", [("six months", 0.5, 0.5)]),
    ("A mother of three was killed.", []),
    ("The man of 3 faces was held.", []),
    ("A team of 12 was sent.", []),
    # a person's ordinal birthday is the age turned; not one still ahead, nor a firm's
    ("He celebrated his 80th birthday on Monday.", [("80th birthday", 80, 80)]),
    ("On her eighteenth birthday she enlisted.", [("eighteenth birthday", 18, 18)]),
    ("She died days before her 100th birthday.", []),
    ("He died on the eve of his 90th birthday.", []),
    ("The firm marked its 50th birthday.", []),
    ("The city's 300th birthday was marked.", []),
    # minors and youths are people whose "under" bounds their age
    ("Minors under 16 were banned from the venue.", [("under 16", 15, 16)]),
    # an adverb of age between the comma and the age: "Osei, only 19,"
    ("Osei, only 19, was the youngest player.", [("19", 19, 19)]),
    ("The victim, just 17, died in hospital.", [("17", 17, 17)]),
    # a person who is or was the number alone, the clause ending or going on after it
    ("Kwame Osei joined in May. Osei is 19 and plays for the reserves.", [("19", 19, 19)]),
    ("He was 19 when he joined the army.", [("19", 19, 19)]),
    ("She is 45.", [("45", 45, 45)]),
    ("Police named Jones. Jones was 19, police said.", [("19", 19, 19)]),
    # a one-word subject opening the sentence is a name only if the text writes it so elsewhere
    ("Osei is 19 and plays for the reserves.", []),
    # a one-word subject written elsewhere only after a preposition or a verb of a match: a team, a place
    ("Fans of Arsenal cheered the win. Arsenal is 12.", []),
    ("Spurs beat Arsenal on Sunday. Arsenal was 12 when the run began.", []),
    ("Rescuers arrived in Nepal on Monday. Nepal was 10.", []),
    ("Mr. Osei scored twice. Osei is 19.", [("19", 19, 19)]),
    # "retired at 65", as "died at 85"
    ("He retired at 65 and moved to Spain.", [("retired at 65", 65, 65)]),
    ("She retires at 60 next year.", [("retires at 60", 60, 60)]),
    ("The index retired at 65 points.", []),
    # a person retires: a pronoun, a person's noun or a name before "retired" ("The bonds were
    # retired at 100" is a price)
    ("The bonds were retired at 100.", []),
    ("The debt was retired at 98 cents.", []),
    ("She plans to retire at 60 next year.", [("retire at 60", 60, 60)]),
    ("Osei, who retired at 34, now coaches.", [("retired at 34", 34, 34)]),
    ("Smith retired at 70.", [("retired at 70", 70, 70)]),
    # a step of a life, then "at" and a number past a clock's hours, with a person its subject
    ("He became president at 43.", [("43", 43, 43)]),
    ("She joined the army at 17 and served for a decade.", [("17", 17, 17)]),
    ("Smith left school at 16.", [("16", 16, 16)]),
    ("She was elected to parliament at 29.", [("29", 29, 29)]),
    ("He left at 11.", []),
    # an artist's age at a work: "painted it at 24", "when Schiele was 24"
    ("Schiele painted it at 24, four years before his death.", [("24", 24, 24)]),
    ("An Egon Schiele canvas sold. It was painted in 1914 when Schiele was 24, the house said.", [("24", 24, 24)]),
    ("It was painted when Egon Schiele was 24.", [("24", 24, 24)]),
    ("The wall was painted at 45 degrees.", []),
    ("Turnout rose when Turnout was 65 percent.", []),
    ("Prices fell when Nepal was 40 points behind.", []),
    ("The index became volatile at 45.", []),
    ("The firm won the contract at 45 percent.", []),
    # "will turn 70", "to turn 90": the plain verb after a modal or "to"
    ("He will turn 70 next month.", [("turn 70", 70, 70)]),
    ("She is due to turn 90 on Friday.", [("turn 90", 90, 90)]),
    ("He could turn 70 before the vote.", [("turn 70", 70, 70)]),
    ("She may turn 90 in prison.", [("turn 90", 90, 90)]),
    ("He'll turn 18 next month.", [("turn 18", 18, 18)]),
    ("Drivers must turn 90 degrees at the corner.", []),
    ("The road will turn 90 metres on.", []),
    ("The driver crashed in turn 10 on lap 5.", []),
    ("Ships had to turn 90 degrees.", []),
    # an age two people share, set off by commas after "both"
    ("The couple, both 81, died in the fire.", [("81", 81, 81)]),
    ("Smith and Jones, both 45, were charged.", [("45", 45, 45)]),
    ("The bills, both 45 pages long, passed.", []),
    ("It fell in both 2014 and 2015.", []),
    # any noun a determiner opens retires as a person does; a thing "was" or "were" retired
    ("The striker later retired at 33.", [("retired at 33", 33, 33)]),
    ("Her coach retired at 58 last year.", [("retired at 58", 58, 58)]),
    ("The notes were later retired at 101.", []),
    ("The bonds retired at 101.", []),  # a price: no one retires past 100
    ("The jersey number was retired at 23.", []),
    ("Rainfall was 12.", []),
    ("Visibility was 10 and falling.", []),
    ("It was 19 when the count ended.", []),
    ("Turnout was 19.", []),
    ("The toll is 19.", []),
    ("Smith was 2 under par.", []),
    ("Chelsea is 19 points clear.", []),
    ("Smith is 19th in the standings.", []),
    ("Arsenal was 2 and Spurs 1.", []),
    ("He was 19, 20 or 21.", []),
    ("When he died, Smith was 85.", [("85", 85, 85)]),
    ("Police said Smith was 45, and his wife was 40.", [("45", 45, 45), ("40", 40, 40)]),
    ("Maria Lopez was 45.", [("45", 45, 45)]),
    ("He was still 19 when he left.", [("19", 19, 19)]),
    # a name only opens the clause: a place after a preposition ends a longer subject
    ("The death toll from Tuesday's quake in Nepal was 65, officials said.", []),
    ("The official toll in Gorkha District was 27.", []),
    ("The number of people injured in Kathmandu was 120 and rising.", []),
    ("The number of migrants rescued off Libya was 40 when the boats sank.", []),
    ("Inflation in March was 5, the bureau said.", []),
    ("Turnout in Ohio was 55, officials said.", []),
    ("Inflation was 5, the bureau said.", []),
    ("The price of a ticket to Disneyland was 99.", []),
    # a superlative of age, then "is" or "was" and the number alone
    ("The oldest victim was 82.", [("82", 82, 82)]),
    ("The youngest is 14 and the oldest was 90.", [("14", 14, 14), ("90", 90, 90)]),
    ("The eldest son was 40 when he died.", [("40", 40, 40)]),
    ("The oldest building was 30.", []),
    ("The largest group was 45.", []),
    # the titles and occupations news names people by (titles.yaml, names.yaml occupations) set off an
    # age as a person's noun does, after up to two modifiers ("former", "prime", "Labour", "US") or an owner
    ("The former prime minister, 75, lives in Rome.", [("75", 75, 75)]),
    ("The former minister, now 75, lives in Rome.", [("75", 75, 75)]),
    ("The Labour leader, 52, said he would stay.", [("52", 52, 52)]),
    ("The US president, 78, signed the bill.", [("78", 78, 78)]),
    ("The company's chief executive, 58, will step down.", [("58", 58, 58)]),
    ("The billionaire, 67, bought the club.", [("67", 67, 67)]),
    ("The ex-president, 62, was jailed.", [("62", 62, 62)]),
    ("The vice-president was 71 when he resigned.", [("71", 71, 71)]),
    ("A schoolboy, 15, was stabbed.", [("15", 15, 15)]),
    ("The veteran politician, 82, has denied the allegations.", [("82", 82, 82)]),
    ("A protester, 23, was shot.", [("23", 23, 23)]),
    ("The so-called leader, 1-0 up, left.", []),
    ("In general, 12 people were hurt.", []),
    ("The prime minister, 12 officials and the king met.", []),
    # a person's noun, then "is" or "was" and the number alone, the clause ending or going on
    ("The suspect is 19.", [("19", 19, 19)]),
    ("The victim was 34, police said.", [("34", 34, 34)]),
    ("The driver was 54 and had no record.", [("54", 54, 54)]),
    ("The former senator was 81 when he died.", [("81", 81, 81)]),
    ("The minister was 20 minutes late.", []),
    ("The driver was 54 km away.", []),
    ("The leader was 12 points clear.", []),
    ("The captain was 7 under par.", []),
    ("The suspect was 3.", []),
    ("The home of the victim was 40, police said.", []),
    # ... a hedge after "is" bounds the age, as before any number
    ("The suspect is under 18.", [("under 18", 17, 18)]),
    ("The driver was over 70, police said.", [("over 70", 70, 80)]),
    ("The leader was under 50 percent.", []),
    ("The suspect was under 20 metres away.", []),
]


@pytest.mark.parametrize("text, expected", AGES)
def test_ages(text, expected):
    assert [(t, pytest.approx(lo), pytest.approx(hi)) for t, lo, hi in ages(text)] == expected


def numbers(text):
    return [(text[f.start:f.end], f.value.kind, f.value.low, f.value.high)
            for f in extract_found(text, None, [(0, len(text))]) if f.value.kind in ("age", "count")]


# Every age and count in the sentence: a list or a range of ages is no count of people,
# and a list of counts is no list of ages.
AGES_AND_COUNTS = [
    # the later ages of a list after "aged", with a verb (not a noun) after the list
    ("Two people aged 15 and 17 were detained.",
     [("Two people", "count", 2, 2), ("aged 15", "age", 15, 15), ("17", "age", 17, 17)]),
    ("Three men aged 19, 22 and 31 who were", [("Three men", "count", 3, 3), ("aged 19", "age", 19, 19),
                                              ("22", "age", 22, 22), ("31", "age", 31, 31)]),
    ("Men aged 19, 22, and 31 were detained.",
     [("aged 19", "age", 19, 19), ("22", "age", 22, 22), ("31", "age", 31, 31)]),
    ("Two suspects, aged 15 and 17, were detained.",
     [("Two suspects", "count", 2, 2), ("aged 15", "age", 15, 15), ("17", "age", 17, 17)]),
    ("Two men aged 20, and 40 were killed.",
     [("Two men", "count", 2, 2), ("aged 20", "age", 20, 20), ("40", "count", 40, 40)]),
    ("Two men aged 20, and 17 more were hurt.",
     [("Two men", "count", 2, 2), ("aged 20", "age", 20, 20), ("17", "count", 17, 17)]),
    ("Two men aged 20 and 40 people died.",
     [("Two men", "count", 2, 2), ("aged 20", "age", 20, 20), ("40 people", "count", 40, 40)]),
    ("Two men aged 20 and 17 others were arrested.",
     [("Two men", "count", 2, 2), ("aged 20", "age", 20, 20), ("17 others", "count", 17, 17)]),
    # a range of ages after "aged", whatever role the sentence gives people
    ("Two suspects aged 15 to 17 were detained.",
     [("Two suspects", "count", 2, 2), ("aged 15 to 17", "age", 15, 17)]),
    ("The men, aged between 18 and 25, were detained.", [("aged between 18 and 25", "age", 18, 25)]),
    ("Children ages 5 to 12 were evacuated.", [("ages 5 to 12", "age", 5, 12)]),
    ("victims aged 18 to 25", [("aged 18 to 25", "age", 18, 25)]),
    ("Men between the ages of 18 and 25 were detained.", [("between the ages of 18 and 25", "age", 18, 25)]),
    ("Boys at the ages of 15 and 17 were detained.", [("the ages of 15", "age", 15, 15), ("17", "age", 17, 17)]),
    ("Between 18 and 25 people were killed.", [("Between 18 and 25 people", "count", 18, 25)]),
    # a hyphen left hanging: "15- and 17-year-old" is two ages, "15- to 17-year-olds" one range
    ("The 15- and 17-year-old boys were detained.", [("15-", "age", 15, 15), ("17-year-old", "age", 17, 17)]),
    ("The 15-, 16- and 17-year-olds were detained.",
     [("15-", "age", 15, 15), ("16-", "age", 16, 16), ("17-year-olds", "age", 17, 17)]),
    ("Police detained 15- to 17-year-olds.", [("15- to 17-year-olds", "age", 15, 17)]),
    ("a 3- or 4-month-old baby was hurt", [("3- or 4-month-old", "age", 0.25, 4 / 12)]),
    ("The 5- and 7-year plans failed.", []),
    # a plural of a stage of life keeps its count, and gives no age
    ("Two teenagers were arrested.", [("Two teenagers", "count", 2, 2)]),
    ("Two teenage boys were arrested.", [("Two teenage boys", "count", 2, 2)]),
    ("A 20-something man and 3 women were arrested.", [("20-something", "age", 20, 29), ("3 women", "count", 3, 3)]),
    ("The three teenage girls, 14, 15 and 16, were hurt.", [("three teenage girls", "count", 3, 3),
                                                            ("14", "age", 14, 14), ("15", "age", 15, 15), ("16", "age", 16, 16)]),
    ("The men, 18 to 25, were detained.", [("18 to 25", "age", 18, 25)]),
    ("The players, 3-2, won.", [("3-2", "count", 3002, 3002)]),  # a game's score (extract/tallies.py), no ages
    ("She has two sons, 15 and 17.", [("two sons", "count", 2, 2), ("15", "age", 15, 15), ("17", "age", 17, 17)]),
    ("She has two sons, 15 and 17.5 percent of the shares.",
     [("two sons", "count", 2, 2)]),
    ("Two boys, 15, and 17 more were hurt.", [("Two boys", "count", 2, 2), ("15", "count", 15, 15), ("17", "count", 17, 17)]),
    ("Of the 40 soldiers, 15 and 17, respectively, were killed and hurt.",
     [("40 soldiers", "count", 40, 40), ("15", "count", 15, 15), ("17", "count", 17, 17)]),
    ("In the end, 19, 20 and 21 were chosen.", []),
    ("The rebels killed 15 and wounded 17.", [("15", "count", 15, 15), ("17", "count", 17, 17)]),
    ("Police arrested 15, and 17 more were hurt.", [("15", "count", 15, 15), ("17", "count", 17, 17)]),
    ("Two boys, 15 girls and 17 men were hurt.",
     [("Two boys", "count", 2, 2), ("15 girls", "count", 15, 15), ("17 men", "count", 17, 17)]),
    ("Of the victims, 15 and 17 were hurt.", [("15", "count", 15, 15), ("17", "count", 17, 17)]),
    # a unit after an age that "aged" opens: its own, or the whole range's
    ("Children aged 6 months were hurt.", [("aged 6 months", "age", 0.5, 0.5)]),
    ("A man aged 25 years was killed.", [("aged 25 years", "age", 25, 25)]),
    ("babies aged under 6 months", [("under 6 months", "age", 5 / 12, 0.5)]),
    ("Men aged between 18 and 25 years were killed.", [("aged between 18 and 25 years", "age", 18, 25)]),
    ("Children aged 6 to 18 months were hurt.", [("aged 6 to 18 months", "age", 0.5, 1.5)]),
    ("A man aged 25 was held for 3 years.", [("aged 25", "age", 25, 25)]),
    # the ends of a range in two units: one range of ages, each end converted by its own unit
    ("The vaccine is for children aged 6 months to 2 years.", [("aged 6 months to 2 years", "age", 0.5, 2)]),
    ("Children aged 18 months to 3 years were hurt.", [("aged 18 months to 3 years", "age", 1.5, 3)]),
    ("Children aged 1 month to 5 years were hurt.", [("aged 1 month to 5 years", "age", 1 / 12, 5)]),
    ("Infants between 6 months and 2 years old were tested.", [("between 6 months and 2 years old", "age", 0.5, 2)]),
    # no range that goes down, nor without a joiner
    ("Children aged 18 months to 1 year were hurt.", [("aged 18 months", "age", 1.5, 1.5), ("1 year", "age", 1, 1)]),
    ("A boy aged 6 months, 2 years later, was hurt.", [("aged 6 months", "age", 0.5, 0.5)]),
    ("Children aged 6 months and 40 people aged 30 died.",
     [("aged 6 months", "age", 0.5, 0.5), ("40 people", "count", 40, 40), ("aged 30", "age", 30, 30)]),
    # a person noun in -men, as its singular in -man, sets off ages as "man" does
    ("The gunmen, 25 and 30, were killed.", [("25", "age", 25, 25), ("30", "age", 30, 30)]),
    # unchanged: counts joined by "and", two ages, a bounded age, a single age
    ("15 and 17 people were hurt in two attacks.",
     [("15", "count", 15, 15), ("17 people", "count", 17, 17), ("two attacks", "count", 2, 2)]),
    ("a 15-year-old and a 17-year-old were hurt", [("15-year-old", "age", 15, 15), ("17-year-old", "age", 17, 17)]),
    ("children aged under 5", [("under 5", "age", 4, 5)]),
    ("a man aged 53 was arrested", [("aged 53", "age", 53, 53)]),
    # a person's age in a relative clause set off by commas, the number alone in it
    ("The boy, who was eight, drowned.", [("eight", "age", 8, 8)]),
    ("Smith, who is 45, was arrested.", [("45", "age", 45, 45)]),
    ("The girl, who was just 15.", [("15", "age", 15, 15)]),
    # a unit or a noun after the number, or no clause end: no age
    ("The team, who was 3 points ahead, won.", [("3 points", "count", 3, 3)]),
    ("He, who was 2 of 10 candidates, lost.", [("2", "count", 2, 2), ("10 candidates", "count", 10, 10)]),
    # an age a law sets (a threshold), no person's age and no count, whatever hurt or wounded stands near
    ("The senate will lift the pension age to 68, which unions say will hurt miners.", []),
    ("Ministers cut the voting age to 16 after riots that injured 40 people.", [("40 people", "count", 40, 40)]),
    ("The legal drinking age of 21 stays, though two people were hurt.", [("two people", "count", 2, 2)]),
    ("It raises the age limit from 65 to 70 for pilots hurt on duty.", []),
    ("The plan lifts the retirement age from 62 to 64, and 300 were hurt in protests.", [("300", "count", 300, 300)]),
    # a superlative of age before a person and a participle that says which people, then "was" and
    # the number: an age, no count of those the participle names
    ("The youngest person wounded was 16, a hospital spokeswoman said.", [("16", "age", 16, 16)]),
    ("The oldest victim killed was 82.", [("82", "age", 82, 82)]),
    ("The youngest person was 16.", [("16", "age", 16, 16)]),
    ("The oldest building damaged was 30.", []),
    ("The largest group injured was 45.", [("45", "count", 45, 45)]),
    # a person's age after "the age of" stays one
    ("Okafor died at the age of 82.", [("the age of 82", "age", 82, 82)]),
]


@pytest.mark.parametrize("text, expected", AGES_AND_COUNTS)
def test_ages_and_counts(text, expected):
    assert [(t, k, pytest.approx(lo, rel=1e-4), pytest.approx(hi, rel=1e-4)) for t, k, lo, hi in numbers(text)] == expected


def test_the_look_before_an_age_never_rules_out_an_apposition():
    import random

    from factcheck.extract.ages import _adverbed, _may_end_apposition

    a = _adverbed()
    rng = random.Random(0)
    pieces = ["A", "b", " ", ",", "(", "\n", "\t", "Zz", "Ivanov", "\u2003", "x", "Sergei ", "only ", " just "]
    for _ in range(50000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if a.apposition.search(before):
            assert _may_end_apposition(before, a.words), before


def quantities(text):
    return [(text[f.start:f.end], f.value.kind, f.value.low, f.value.high)
            for f in extract_found(text, None, [(0, len(text))]) if f.value.kind not in ("name", "quote")]


# A thing's age (ages.yaml ``things``) is no person's age, and no count or length of anything;
# an agent noun (ages.yaml ``person_endings``) or a person's noun after the thing keeps the age
THINGS = [
    ("A 32-year-old ship sank off the coast.", []),
    ("The 23-year-old ferry capsized.", []),
    ("Engineers shut the 40-year-old reactor.", []),
    ("The 30-year-old cargo ship ran aground.", []),
    ("The 45-year-old warship was scrapped.", []),
    ("The 40-year-old nuclear reactors were shut.", []),
    ("A 32-year-old driver died.", [("32-year-old", "age", 32, 32)]),
    ("A 32-year-old worker was hurt.", [("32-year-old", "age", 32, 32)]),
    ("A 32-year-old sailor drowned.", [("32-year-old", "age", 32, 32)]),
    ("The 40-year-old ship captain was arrested.", [("40-year-old", "age", 40, 40)]),
    ("The 40-year-old ferry operator was arrested.", [("40-year-old", "age", 40, 40)]),
    ("A 28-year-old man was arrested.", [("28-year-old", "age", 28, 28)]),
    ("The 60-year-old aircraft carrier was retired.", []),
    ("He broke the 40-year-old record.", []),
    ("A 25-year-old bus driver was hurt.", [("25-year-old", "age", 25, 25)]),
    ("The 30-year-old ship's cook drowned.", [("30-year-old", "age", 30, 30)]),
    ("A 30-year-old in a car was hurt.", [("30-year-old", "age", 30, 30)]),
    ("A 30-year-old factory employee died.", [("30-year-old", "age", 30, 30)]),
    ("A 55-year-old company boss was held.", [("55-year-old", "age", 55, 55)]),
    ("A 55-year-old company CEO was held.", [("55-year-old", "age", 55, 55)]),
    # the head of the compound, its last noun, says whose age it is: a thing's noun that opens it does not
    ("A 24-year-old car thief was arrested.", [("24-year-old", "age", 24, 24)]),
    ("The 28-year-old film star died.", [("28-year-old", "age", 28, 28)]),
    ("The 92-year-old war hero died.", [("92-year-old", "age", 92, 92)]),
    ("A 22-year-old car crash victim died.", [("22-year-old", "age", 22, 22)]),
    ("The 30-year-old bus crash survivor spoke.", [("30-year-old", "age", 30, 30)]),
    ("A 26-year-old hospital intern was hurt.", [("26-year-old", "age", 26, 26)]),
    ("A 25-year-old law graduate was hurt.", [("25-year-old", "age", 25, 25)]),
    ("A 14-year-old church choir girl was hurt.", [("14-year-old", "age", 14, 14)]),
    ("The 30-year-old cargo ship ran aground.", []),
    ("The 23-year-old ferry sank, killing 12 passengers.", [("12 passengers", "count", 12, 12)]),
    # an age past a person's span is a thing's whatever its noun, and no count either
    ("Storm winds felled a 200-year-old oak tree, killing a 60-year-old woman.", [("60-year-old", "age", 60, 60)]),
    ("The 300-year-old castle burned down.", []),
]


@pytest.mark.parametrize("text, expected", THINGS)
def test_things_ages(text, expected):
    """No person's age and no count: a thing's age is the thing's (``THING_AGES``)."""
    got = [(text[f.start:f.end], f.value.kind, f.value.low, f.value.high)
           for f in extract_found(text, None, [(0, len(text))])
           if f.value.kind not in ("name", "quote") and f.value.counted != "thing"]
    assert [(t, k, pytest.approx(lo), pytest.approx(hi)) for t, k, lo, hi in got] == expected


def whose_ages(text):
    return [(text[f.start:f.end], f.value.low, f.value.counted, f.value.role)
            for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "age"]


# A thing's age counts a "thing" (a person's, "person"), its role what the thing is: the noun of
# ages.yaml ``things`` that names it, or the family of ``thing_families`` it is in ("jet": aircraft),
# so that rules/thing-age.yaml compares one aircraft's ages and never a reactor's with a building's
THING_AGES = [
    ("The 12-year-old aircraft crashed.", [("12-year-old", 12, "thing", "aircraft")]),
    ("The airline flew the 21-year-old plane.", [("21-year-old", 21, "thing", "aircraft")]),
    ("The 23-year-old ferry capsized.", [("23-year-old", 23, "thing", "vessel")]),
    ("The 45-year-old warships were scrapped.", [("45-year-old", 45, "thing", "vessel")]),
    ("The 60-year-old aircraft carrier was retired.", [("60-year-old", 60, "thing", "vessel")]),
    ("The 40-year-old nuclear reactors were shut.", [("40-year-old", 40, "thing", "reactor")]),
    ("The 12-year-old building collapsed.", [("12-year-old", 12, "thing", "building")]),
    ("the 50-year-old treaty", [("50-year-old", 50, "thing", "treaty")]),
    ("Storm winds felled a 200-year-old oak.", [("200-year-old", 200, "thing", "oak")]),
    # a thing's noun as the subject: "The jet was 21 years old", "the aircraft, 21 years old,"
    ("The jet was 21 years old, the airline said.", [("21 years old", 21, "thing", "aircraft")]),
    ("The stricken vessel is 30 years old.", [("30 years old", 30, "thing", "vessel")]),
    ("The aircraft, 21 years old, crashed.", [("21 years old", 21, "thing", "aircraft")]),
    # ... past a person's span as well
    ("The bridge is 200 years old.", [("200 years old", 200, "thing", "bridge")]),
    ("The oak, 500 years old, fell in the storm.", [("500 years old", 500, "thing", "oak")]),
    ("He said he was 200 years old.", []),
    # a maker's name stands for what it makes (ages.yaml ``thing_makers``), but not before a person's noun
    ("The pilot flew the 21-year-old Airbus.", [("21-year-old", 21, "thing", "aircraft")]),
    ("A 30-year-old Boeing 737 crashed.", [("30-year-old", 30, "thing", "aircraft")]),
    ("The 40-year-old Boeing engineer died.", [("40-year-old", 40, "person", None)]),
    # a person's age stays a person's, whoever flew the thing
    ("The pilot, 45, flew the 21-year-old aircraft.", [("45", 45, "person", None), ("21-year-old", 21, "thing", "aircraft")]),
    ("The man was 21 years old.", [("21 years old", 21, "person", None)]),
    ("The ferry's captain was 50 years old.", [("50 years old", 50, "person", None)]),
    ("The driver of the car was 21 years old.", [("21 years old", 21, "person", None)]),
    ("The man in the boat was 30 years old.", [("30 years old", 30, "person", None)]),
    ("The ferry operator, 50 years old, was held.", [("50 years old", 50, "person", None)]),
    ("A 24-year-old car thief was arrested.", [("24-year-old", 24, "person", None)]),
    ("A teenager was stabbed.", [("teenager", 13, "person", None)]),
    # "mortgage" is no noun of ``things``: no thing's age ("a 30-year mortgage" is a term, no age at all)
    ("a 30-year-old mortgage", [("30-year-old", 30, "person", None)]),
    ("a 30-year mortgage", []),
]


@pytest.mark.parametrize("text, expected", THING_AGES)
def test_whose_age(text, expected):
    assert whose_ages(text) == expected
