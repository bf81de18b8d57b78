"""What is counted, and the role the sentence gives the people counted."""

import pytest

from factcheck.extract import extract_found
import helpers


def pick(text, span):
    return helpers.pick(text, "count", span)


# text, span, value, counted, role
COUNTS = [
    # a breakdown set off by dashes right after the count's noun: the verb after it is the count's
    ("A total of four climbers — a Briton, an American and two Nepali guides — have died.", "four climbers", 4,
     "person", "killed"),
    ("Five people — three of them children — were killed in the blast.", "Five people", 5, "person", "killed"),
    ("Police arrested 11 people in the raids — 40 officers took part — and seized guns.", "40 officers", 40,
     "person", None),
    # a part of a whole whose noun names its fate is no toll of its own; a part's own verb still
    # gives it one, and a group's part takes the fate ("Three of the 20 passengers were killed")
    ("Rescuers found two of the seven bodies recovered that day.", "two", 2, "person", None),
    ("Two of the 14 dead were children.", "Two", 2, "person", None),
    ("Two of the 14 dead were children.", "14 dead", 14, "person", "killed"),
    ("Twelve of the 48 injured were in a serious condition.", "Twelve", 12, "person", None),
    ("Six of the seven climbers died.", "Six", 6, "person", "killed"),
    ("Three of the 20 passengers were killed.", "Three", 3, "person", "killed"),
    # the people a team is made of take no role word past a comma
    ("The rescue team, which arrived on Thursday with 36 members and six dogs, found two bodies.", "36 members", 36,
     "person", None),
    ("The factory, with 300 employees, was destroyed in a blast that killed 12 people.", "300 employees", 300, "person",
     None),
    ("36 members of the team were killed.", "36 members", 36, "person", "killed"),
    # a vague number before "of" and people with no "the" counts them, and a part of a group takes its fate
    ("Dozens of injured people were taken to hospital.", "Dozens", 61.5, "person", "injured"),
    ("Hundreds of wounded were treated at the scene.", "Hundreds", 599.5, "person", "wounded"),
    ("Several of the passengers died.", "Several of the passengers", 6, "person", "killed"),
    ("Five staff were injured in the attack.", "Five staff", 5, "person", "injured"),
    # a part "of whom" takes the role words of its own clause, not those of the people before it
    ("Uninjured passengers were taken to a hall, about 150 of whom spent several hours there.", "about 150", 150,
     "person", None),
    ("The bus carried 60 passengers, 20 of whom were injured.", "20", 20, "person", "injured"),
    # a count's own role word right after it beats a role word of the clause before a comma; "taken ill",
    # "fell sick" are the sick's, as "fell ill" is
    ("Nashik wedding food poisoning: toll rises to 2, over 300 taken ill", "over 300", 300, "person", "infected"),
    ("Nashik wedding food poisoning: toll rises to 2, over 300 taken ill", "2", 2, "person", "killed"),
    ("The death toll rose to five, and more than 200 people fell sick.", "more than 200 people", 200, "person",
     "infected"),
    ("Two people were killed and 40 were injured.", "40", 40, "person", "injured"),
    ("At least 40 people died, 12 were injured.", "12", 12, "person", "injured"),
    ("More than 300 have fallen ill, 148 have been hospitalised.", "148", 148, "person", "injured"),
    # a count that opens a clause of its own (a verb of being or having after it) takes no role word of the
    # clause before the comma
    ("By then 312 people had fallen ill, 148 had spent at least a night in hospital.", "312 people", 312, "person",
     "infected"),
    ("Forty people were injured, 12 seriously.", "12", 12, "person", "injured"),
    ("The storm killed 12, injured 40 and left 3,000 homeless.", "40", 40, "person", "injured"),
    # "N of the M who escaped": the part takes its own verb (recaptured), the whole the relative clause's;
    # those still at large are a role of their own, not the escaped
    ("Police recaptured 29 of the 43 inmates who escaped, leaving 14 still at large.", "29", 29, "person",
     "recaptured"),
    ("Police recaptured 29 of the 43 inmates who escaped, leaving 14 still at large.", "43 inmates", 43, "person",
     "escaped"),
    ("Police recaptured 29 of the 43 inmates who escaped, leaving 14 still at large.", "14", 14, "person",
     "at large"),
    ("Fourteen inmates are still on the run.", "Fourteen inmates", 14, "person", "at large"),
    # those still aboard or still held are a part of those on board or taken, never their total
    ("Fifty-nine passengers and seven crew remain aboard.", "Fifty-nine passengers", 59, "person", "still aboard"),
    ("Fifty-nine passengers and seven crew remain aboard.", "seven crew", 7, "person", "still aboard"),
    ("Police said 40 passengers were still on board on Wednesday.", "40 passengers", 40, "person", "still aboard"),
    ("The gunmen are still holding 12 hostages.", "12 hostages", 12, "person", "hostages"),
    ("Twelve hostages remain in captivity.", "Twelve hostages", 12, "person", "still held"),
    ("Twelve hostages are still being held.", "Twelve hostages", 12, "person", "still held"),
    # ... but those aboard when the plane was seized are all of them
    ("The plane was carrying 142 passengers and seven crew.", "142 passengers", 142, "person", "passengers"),
    ("142 passengers and seven crew were aboard when the plane was seized.", "142 passengers", 142, "person",
     "passengers"),
    ("Twelve inmates escaped from the prison overnight.", "Twelve inmates", 12, "person", "escaped"),
    ("Six of the seven climbers who were trapped died.", "seven climbers", 7, "person", "trapped"),
    # a split of a whole set before the clause ("Of the sick,") into passengers and crew counts the whole's
    # kinds, not those on board; a whole on board keeps them
    ("Of the sick, 71 were passengers and 16 were crew members, the company said.", "71", 71, "person", None),
    ("Of the sick, 71 were passengers and 16 were crew members, the company said.", "16", 16, "person", None),
    ("Of the 239 people on board, 227 were passengers and 12 were crew.", "227", 227, "person", "passengers"),
    ("The ship had 2,140 passengers and 960 crew.", "960 crew", 960, "person", "crew"),
    # "one of them" or "one of the X" whose predicate is a death or an injury counts one person with that fate
    ("More than 250 people fell ill, and one of them, a six-year-old girl, died, officials said.", "one of them", 1,
     "person", "killed"),
    ("One of the guests was killed when the roof fell.", "One of the guests", 1, "person", "killed"),
    ("One of them was injured in the stampede.", "One of them", 1, "person", "injured"),
    # an abbreviation's period inside another clause does not join the clauses
    ("About 350,000 people had been ordered to evacuate, and Gov. Ron DeSantis said 6,000 National Guard troops "
     "were ready.", "6,000 National Guard troops", 6000, "person", None),
    ("About 350,000 people had been ordered to evacuate, and Gov. Ron DeSantis said so.", "About 350,000 people",
     350000, "person", "evacuated"),
    # a breakdown after a count with a role, set off by a colon, a dash or "among them", takes its role; a list
    # told apart from the count, or after another noun's count, takes none
    ("Police arrested 11 people: six Spaniards, three Colombians and two Dutch nationals.", "three Colombians", 3,
     "person", "arrested"),
    ("Police arrested 11 people: six Spaniards, three Colombians and two Dutch nationals.", "two Dutch nationals", 2,
     "person", "arrested"),
    ("Eleven people have been arrested in Seville, Málaga and Madrid, among them six Spaniards, four Colombians.",
     "four Colombians", 4, "person", "arrested"),
    ("The arrests: 11 people were detained across Andalucia and Madrid - six Spaniards, three Colombians.",
     "three Colombians", 3, "person", "arrested"),
    ("Police seized 40 boats: six Spaniards, three Colombians.", "three Colombians", 3, "person", None),
    # past a dash a count opens its own clause; a part larger than the whole is no part of it
    ("Police arrested 11 people in the raids - 40 officers took part.", "40 officers", 40, "person", None),
    ("Police arrested 11 people: six Spaniards, 40 officers.", "40 officers", 40, "person", None),
    ("Police arrested 11 people: six Spaniards, five Colombians.", "five Colombians", 5, "person", "arrested"),
    # the plural of any nation's adjective counts people ("Ecuadorians", as "Colombians")
    ("Police detained two Ecuadorians on Tuesday.", "two Ecuadorians", 2, "person", "arrested"),
    ("Two Dutchmen were detained at the port.", "Two Dutchmen", 2, "person", "arrested"),
    # people and their roles
    ("At least 129 people were killed.", "At least 129 people", 129, "person", "killed"),
    ("The toll rose to 132 dead.", "132 dead", 132, "person", "killed"),
    ("Eight attackers died.", "Eight attackers", 8, "person", "killed"),
    ("89 people died at the Bataclan.", "89 people", 89, "person", "killed"),
    ("14 people lost their lives in the fire.", "14 people", 14, "person", "killed"),
    ("more than 6,000 lives", "more than 6,000 lives", 6000, "person", "killed"),
    ("Twenty-one people were injured.", "Twenty-one people", 21, "person", "injured"),
    ("352 people were injured, 99 of them seriously.", "352 people", 352, "person", "injured"),
    ("Five people were killed and 12 others injured.", "12 others", 12, "person", "injured"),
    ("a dozen soldiers were wounded", "a dozen soldiers", 12, "person", "wounded"),
    # "wounds" as a headline's verb; the noun after a fate keeps the fate's
    ("Bomb kills 12, wounds 40 in market", "40", 40, "person", "wounded"),
    ("Bomb kills 12, wounds 40 in market", "12", 12, "person", "killed"),
    ("Two soldiers later died of their wounds.", "Two soldiers", 2, "person", "killed"),
    ("Police said 7 were missing.", "7", 7, "person", "missing"),
    # a plural after the counted noun that a figure follows is a verb: the eggs are counted, not "costs"
    ("A dozen eggs costs $3.", "A dozen eggs", 12, "egg", None),
    # a vehicle carrying things, past modifiers, counts those things: no one on board
    ("It was carrying seven small Earth-observation satellites.", "seven small Earth-observation satellites", 7,
     "satellite", None),
    ("The ship was carrying 40 large shipping containers.", "40 large shipping containers", 40, "container", None),
    ("The ferry was carrying 476 people.", "476 people", 476, "person", "passengers"),
    ("The ferry was carrying 476 mostly young passengers.", "476 mostly young passengers", 476, "person", "passengers"),
    # people seized are hostages, as the abducted are
    ("Armed men seized 287 pupils from the school.", "287 pupils", 287, "person", "hostages"),
    ("Gunmen seized 287 girls in the raid.", "287 girls", 287, "person", "hostages"),
    ("Gunmen snatched more than 50 passengers from a bus.", "more than 50 passengers", 50, "person", "hostages"),
    # ... but people the law seizes are arrested
    ("Police seized five suspects after the raid.", "five suspects", 5, "person", "arrested"),
    ("Troops on Tuesday seized 20 men at a checkpoint.", "20 men", 20, "person", "arrested"),
    ("Gunmen who attacked the police station seized 30 passengers.", "30 passengers", 30, "person", "hostages"),
    ("Soldiers in Borno have seized 14 fighters.", "14 fighters", 14, "person", "arrested"),
    # ... not things seized, nor people after another verb
    ("Police seized 40 weapons and arrested 12 men.", "12 men", 12, "person", "arrested"),
    # "the number of" and people with a role word right after them: that role, not one of a clause after
    ("The number of people killed in an explosion at a chemical plant in the US state of Texas has risen to six, "
     "officials have said, after two injured workers died in hospital overnight.", "six", 6, "person", "killed"),
    ("The number of people injured in the blast rose to 40.", "40", 40, "person", "injured"),
    ("Twelve weapons inspectors arrived.", "Twelve weapons inspectors", 12, "inspector", None),
    # survivors found or pulled out are rescued, as bodies found are recovered; survivors alone stay survivors
    ("Rescuers found 12 survivors.", "12 survivors", 12, "person", "rescued"),
    ("12 survivors were found in the rubble.", "12 survivors", 12, "person", "rescued"),
    ("12 survivors were pulled from the sea.", "12 survivors", 12, "person", "rescued"),
    ("Divers located 3 survivors inside the hull.", "3 survivors", 3, "person", "rescued"),
    ("14 bodies were pulled from the river.", "14 bodies", 14, "person", "recovered"),
    ("There were 12 survivors.", "12 survivors", 12, "person", "survivors"),
    # "respectively": each figure of a list takes the role word in its place in the list before it
    ("The death toll and the number of injured rose to 40 and 200 respectively.", "40", 40, "person", "killed"),
    ("The death toll and the number of injured rose to 40 and 200 respectively.", "200", 200, "person", "injured"),
    ("The numbers of dead, injured and missing stood at 12, 40 and 7, respectively.", "12", 12, "person", "killed"),
    ("The numbers of dead, injured and missing stood at 12, 40 and 7, respectively.", "40", 40, "person", "injured"),
    ("The numbers of dead, injured and missing stood at 12, 40 and 7, respectively.", "7", 7, "person", "missing"),
    ("The number of dead and the number of hurt rose to 1,040 and 2,300, respectively.", "2,300", 2300, "person", "injured"),
    ("The number of dead and the number of hurt rose to 1,040 and 2,300, respectively.", "1,040", 1040, "person", "killed"),
    # a role word of an earlier clause is no part of the list
    ("The quake killed hundreds; the death toll and the number of injured rose to 40 and 200 respectively.", "200", 200,
     "person", "injured"),
    # one verb for every figure of the list: each figure takes it
    ("The floods and landslides killed 40 and 12 people respectively.", "12 people", 12, "person", "killed"),
    ("Police arrested 12 people.", "12 people", 12, "person", "arrested"),
    ("The police arrested 7 suspects.", "7 suspects", 7, "person", "arrested"),
    ("Police held five suspects on Saturday.", "five suspects", 5, "person", "arrested"),
    # the police's "held" right before the count and its person noun, a hedge at most between
    ("Police are holding at least 20 people after the riot.", "at least 20 people", 20, "person", "arrested"),
    ("Police have held 14 men in connection with the attack.", "14 men", 14, "person", "arrested"),
    # a headline all in capitals names no model: its capitals are every word's
    ("BOMB KILLS 12 IN KABUL", "12", 12, "person", "killed"),
    ("QUAKE KILLS 300, INJURES 1,000", "300", 300, "person", "killed"),
    # the word before "toll" says whose toll: the hurt's, or the dead and hurt in one figure
    ("The injury toll rose to 200.", "200", 200, "person", "injured"),
    ("The casualty toll rose to 200 on Monday.", "200", 200, "person", "casualties"),
    ("The official toll rose to 200.", "200", 200, "person", "killed"),
    # a verb of force and the homes around the count: the displaced
    ("The storm forced 20,000 people from their homes, the Red Cross said.", "20,000 people", 20000, "person",
     "displaced"),
    ("Fighting has driven more than 300,000 people from their homes.", "more than 300,000 people", 300000, "person",
     "displaced"),
    ("Rescuers evacuated 3,000 people from their homes.", "3,000 people", 3000, "person", "evacuated"),
    # evacuees let home are no count of the evacuated
    ("Evacuation orders for about 3,000 residents were lifted on Friday.", "about 3,000 residents", 3000, "person",
     "returned"),
    ("The curfew was lifted and 300 people were arrested.", "300 people", 300, "person", "arrested"),
    ("The plane carried 283 passengers and 15 crew.", "283 passengers", 283, "person", "passengers"),
    ("The plane carried 283 passengers and 15 crew.", "15 crew", 15, "person", "crew"),
    ("11 crew members were on board.", "11 crew members", 11, "person", "crew"),
    ("The missile killed all 298 on board.", "298", 298, "person", "all aboard killed"),
    ("The three gunmen opened fire.", "three gunmen", 3, "person", "attackers"),
    ("as many as 100 gunmen", "as many as 100 gunmen", 100, "person", "attackers"),
    # a group (passengers, attackers, hostages) gives way to what befell it, as the fate's
    # subject or object; the noun stays in the span, to keep the group's toll apart
    ("Three of the gunmen were killed.", "Three of the gunmen", 3, "person", "killed"),
    ("Two of the attackers died in the blast.", "Two of the attackers", 2, "person", "killed"),
    ("Two of the passengers were seriously injured.", "Two of the passengers", 2, "person", "serious condition"),
    ("At least two of the passengers were injured.", "At least two of the passengers", 2, "person", "injured"),
    ("Four of the 20 hostages were killed.", "Four", 4, "person", "killed"),
    ("Four of the 20 hostages were killed.", "20 hostages", 20, "person", "hostages"),
    # the whole's noun and "on board" stand between the part and its fate; a compound number opens the part
    ("Six of the 72 people on board were killed.", "Six", 6, "person", "killed"),
    ("Six of the 72 people on board were killed.", "72 people", 72, "person", "passengers"),
    ("Twenty-five of the 72 people on board survived.", "Twenty-five", 25, "person", "survivors"),
    ("Twenty-five of the 72 people on board survived.", "72 people", 72, "person", "passengers"),
    ("Twenty-five of the 72 hostages were freed.", "72 hostages", 72, "person", "hostages"),
    ("12 passengers and 3 crew were killed.", "12 passengers", 12, "person", "killed"),
    ("12 passengers and 3 crew were killed.", "3 crew", 3, "person", "killed"),
    ("The blast killed 12 passengers.", "12 passengers", 12, "person", "killed"),
    ("Police shot dead three gunmen.", "three gunmen", 3, "person", "killed"),
    ("Two gunmen were arrested on Sunday.", "Two gunmen", 2, "person", "arrested"),
    ("The hijackers took 150 passengers hostage.", "150 passengers", 150, "person", "hostages"),
    ("Police said 12 hostages were released on Sunday.", "12 hostages", 12, "person", "freed"),
    ("The 40 hostages freed on Monday were taken to hospital.", "40 hostages", 40, "person", "freed"),
    ("About 140 hostages were rescued by special forces.", "About 140 hostages", 140, "person", "rescued"),
    ("Troops freed 80 hostages after a nine-hour siege.", "80 hostages", 80, "person", "freed"),
    ("Police arrested two of the gunmen.", "two of the gunmen", 2, "person", "arrested"),
    # ... but not as the fate's agent, nor past a negation, another object or a break
    ("Three gunmen killed 20 people at the market.", "Three gunmen", 3, "person", "attackers"),
    ("Three gunmen killed a policeman.", "Three gunmen", 3, "person", "attackers"),
    ("Two gunmen have killed 20 people.", "Two gunmen", 2, "person", "attackers"),
    ("All 150 passengers were not hurt.", "150 passengers", 150, "person", "passengers"),
    ("Gunmen took 30 hostages, killing four.", "30 hostages", 30, "person", "hostages"),
    ("The ferry carried 476 passengers when it sank.", "476 passengers", 476, "person", "passengers"),
    ("Two suicide bombers blew themselves up, killing 20.", "Two suicide bombers", 2, "person", "attackers"),
    # everyone on board dead: the toll and those on board both
    ("The plane crashed into the sea, killing all 62 people on board.", "62 people", 62, "person",
     "all aboard killed"),
    ("All 150 passengers and crew died.", "150 passengers", 150, "person", "all aboard killed"),
    ("All 228 people on board were killed.", "228 people", 228, "person", "all aboard killed"),
    ("None of the 239 people aboard survived.", "239 people", 239, "person", "all aboard killed"),
    ("The crash killed 62 people on board.", "62 people", 62, "person", "killed"),
    ("All 239 people aboard survived.", "239 people", 239, "person", "passengers"),
    # what a vehicle carries is those on board, whatever befell others in the sentence
    ("A ferry carrying 476 people sank off the island.", "476 people", 476, "person", "passengers"),
    ("The bus, which was carrying about 54 people, plunged into a ravine, killing 21.", "about 54 people", 54,
     "person", "passengers"),
    # the role words of a part ("three of the injured") or of a "with" phrase are its own
    ("The death toll from the crash rose to 21 on Saturday after three of the injured died in hospital.", "21", 21,
     "person", "killed"),
    ("The death toll from flash floods in the north rose to 37 on Tuesday, with 26 people still unaccounted for.",
     "37", 37, "person", "killed"),
    # the number a toll rose to is the toll, though a role word of the dead's part stands nearer
    ("The death toll from Friday's bombing at the market rose to 31 on Sunday after more of the wounded died.",
     "31", 31, "person", "killed"),
    ("The death toll from Monday's crash of the plane near the airport rose to 47 after six injured passengers died.",
     "47", 47, "person", "killed"),
    # the hurt who then died, beside another clause's figure, are still the injured's
    ("At least 45 injured and twelve died in the blast.", "At least 45 injured", 45, "person", "injured"),
    ("The number of people killed in the collapse rose to 152 on Friday, with about 1,000 still missing.", "152", 152,
     "person", "killed"),
    ("The number of people killed in the collapse rose to 152 on Friday, with about 1,000 still missing.",
     "about 1,000", 1000, "person", "missing"),
    ("The toll from the quake in the west climbed to 312 on Wednesday, and more than 1,100 people were injured.",
     "312", 312, "person", "killed"),
    ("Five people were killed, and 12 others were injured.", "Five people", 5, "person", "killed"),
    # an outbreak's sick beside its dead: a role word after "and" that a later figure follows
    # opens that figure's clause ("and the death toll reached 102")
    ("Cholera cases in Marenga rose to 2,600 on Friday and the death toll reached 102.", "2,600", 2600, "person",
     "infected"),
    ("Cholera cases in Marenga rose to 2,600 on Friday and the death toll reached 102.", "102", 102, "person",
     "killed"),
    # ... but a figure after the role word that no link verb gives it (a date, a count of
    # another noun) leaves the role word to the subjects before "and"
    ("At least 25 soldiers and police officers were killed in 3 separate attacks.", "At least 25 soldiers", 25,
     "person", "killed"),
    ("Seventeen civilians and police were killed on May 3.", "Seventeen civilians", 17, "person", "killed"),
    ("Nine soldiers and police were killed at 3 checkpoints.", "Nine soldiers", 9, "person", "killed"),
    ("Cases rose to 2,600 on Friday and the death toll rose to more than 100.", "2,600", 2600, "person",
     "infected"),
    ("Nationwide, 1,980 people have fallen ill and 88 have died.", "1,980 people", 1980, "person", "infected"),
    ("Suspected cases rose to 1,240 on Wednesday and 63 people have died.", "1,240", 1240, "person", "infected"),
    ("The outbreak had infected 1,240 people by Wednesday.", "1,240 people", 1240, "person", "infected"),
    ("Two gunmen were shot dead by police.", "Two gunmen", 2, "person", "killed"),
    ("Three passengers were found dead in the wreckage.", "Three passengers", 3, "person", "killed"),
    ("Rescuers pulled 25 people alive from the rubble.", "25 people", 25, "person", "rescued"),
    ("All 150 people on board the flight were killed.", "150 people", 150, "person", "all aboard killed"),
    ("The 40 passengers on the bus were all killed.", "40 passengers", 40, "person", "killed"),
    ("Three crew members were among the dead.", "Three crew members", 3, "person", "killed"),
    ("Of the 150 passengers and crew killed, 72 were German.", "150 passengers", 150, "person", "killed"),
    # a whole set before its part: its role words are not the part's, whose own clause may give one
    ("Of the 45 people injured, 12 were in critical condition.", "45 people", 45, "person", "injured"),
    ("Of the 45 people injured, 12 were in critical condition.", "12", 12, "person", "critical condition"),
    ("Of course, 12 people were killed.", "12 people", 12, "person", "killed"),
    ("12 crew members and 150 passengers survived.", "150 passengers", 150, "person", "survivors"),
    ("Three gunmen attacked the hotel and were killed.", "Three gunmen", 3, "person", "attackers"),
    # what befalls a part is not its whole's, unless it modifies the whole's noun
    ("Six of the seven climbers died.", "Six", 6, "person", "killed"),
    ("Six of the seven climbers died.", "seven climbers", 7, "person", None),
    ("Police arrested two of the five suspects.", "five suspects", 5, "person", None),
    ("Two of the 12 people killed were children.", "12 people", 12, "person", "killed"),
    ("Police killed 12 of the 300 people on board.", "300 people", 300, "person", "passengers"),
    ("None of the 12 miners survived.", "12 miners", 12, "person", "killed"),
    ("Twenty-three people were taken to hospital.", "Twenty-three people", 23, "person", "injured"),
    # other things that befall people, which are no toll
    ("The collapse killed at least 30 workers and trapped hundreds.", "hundreds", 599.5, "person", "trapped"),
    ("Rescuers pulled 40 people out alive.", "40 people", 40, "person", "rescued"),
    ("Of the 325 students on board, only 75 survived.", "75", 75, "person", "survivors"),
    ("Gunmen stormed the hotel, taking 170 people hostage.", "170 people", 170, "person", "hostages"),
    ("Militants took 30 foreigners hostage at the gas plant.", "30 foreigners", 30, "person", "hostages"),
    ("Boko Haram kidnapped 276 schoolgirls in April 2014.", "276 schoolgirls", 276, "person", "hostages"),
    # those present when a disaster struck: a figure of their own, which bounds the toll but is none
    ("About 410 staff were on the night shift when the roof gave way.", "About 410 staff", 410, "person", "present"),
    ("Some 90 employees were inside at the time, the firm said.", "Some 90 employees", 90, "person", "present"),
    ("The warehouse held 250 people when the blaze began.", "250 people", 250, "person", "present"),
    ("The arena held 12,000 fans when the roof collapsed.", "12,000 fans", 12000, "person", "present"),
    ("Police said 60 nurses were on duty that night.", "60 nurses", 60, "person", "present"),
    ("The blast killed 23 miners on the night shift.", "23 miners", 23, "person", "killed"),
    ("Rebels held 40 villagers for two days.", "40 villagers", 40, "person", None),
    # the attackers' nouns name only their own count, not others' in the sentence
    ("About 170 guests were in the hotel when the gunmen arrived.", "About 170 guests", 170, "person", None),
    ("The government revised the death toll from the attack on the hotel down to 19 victims, not counting the two "
     "attackers.", "19 victims", 19, "person", "killed"),
    ("Two were killed and four were wounded.", "Two", 2, "person", "killed"),
    ("Two were killed and four were wounded.", "four", 4, "person", "wounded"),
    ("The fire destroyed 40 homes, killing 12.", "12", 12, "person", "killed"),
    ("The blast struck the market, injuring dozens.", "dozens", 61.5, "person", "injured"),
    ("The gunman opened fire, wounding 14.", "14", 14, "person", "wounded"),
    # an adjective for people is their noun only right after the number
    ("Police said 20 remain missing.", "20", 20, "person", "missing"),
    ("172 were rescued and 300 remain missing.", "300", 300, "person", "missing"),
    # a role word right after another number belongs to that number
    ("The death toll has risen to more than 7,500, with over 14,000 injured.", "more than 7,500", 7500, "person", "killed"),
    ("The plane carried 150 passengers, and 40 people on the ground were killed.", "40 people", 40, "person", "killed"),
    ("The ferry was carrying 300 people, including 280 passengers and 20 crew.", "300 people", 300, "person", "passengers"),
    # ... but a date's or a clock's digits between the subject and its verb own no role word
    ("The quake on March 11 killed 15,000 people.", "15,000 people", 15000, "person", "killed"),
    ("The quake on March 11, 2011 killed 15,000 people.", "15,000 people", 15000, "person", "killed"),
    ("The quake in 1995 killed 6,400 people.", "6,400 people", 6400, "person", "killed"),
    ("The storm in March 2014 killed 12 people.", "12 people", 12, "person", "killed"),
    ("The blast at 9:20 injured 40 people.", "40 people", 40, "person", "injured"),
    ("The attack on Friday night killed 130.", "130", 130, "person", "killed"),
    ("The storm last week killed 12.", "12", 12, "person", "killed"),
    ("The death toll rose to 2,100, with 1500 injured.", "2,100", 2100, "person", "killed"),
    # a hedge between the role word and the number does not push the role away
    ("The storm killed at least 4 and injured dozens more.", "at least 4", 4, "person", "killed"),
    ("The attack took the lives of 20 people.", "20 people", 20, "person", "killed"),
    ("There were 56 deaths.", "56 deaths", 56, "person", "killed"),
    # injuries counted beside deaths are the people hurt, as deaths are the people killed
    ("The defect has been linked to four deaths and 37 injuries.", "37 injuries", 37, "person", "injured"),
    ("The problem has been linked to four deaths and 37 injuries overseas.", "37 injuries", 37, "person", "injured"),
    # bodies recovered in a search are found so far, no toll; bodies alone are the dead
    ("Rescue teams recovered 14 bodies overnight.", "14 bodies", 14, "person", "recovered"),
    ("Officials said 14 bodies had been retrieved from the river.", "14 bodies", 14, "person", "recovered"),
    ("So far 20 bodies have been recovered and 30 people remain missing.", "20 bodies", 20, "person", "recovered"),
    ("So far 20 bodies have been recovered and 30 people remain missing.", "30 people", 30, "person", "missing"),
    ("14 bodies lay in the street.", "14 bodies", 14, "person", "killed"),
    # bodies are never hurt: taken to a hospital's morgue, they were found
    ("Police said 11 bodies had been brought to the hospital morgue by 8 p.m.", "11 bodies", 11, "person", "recovered"),
    ("Three more bodies were taken to the hospital.", "Three more bodies", 3, "person", "recovered"),
    ("Twelve people were taken to the hospital.", "Twelve people", 12, "person", "injured"),
    ("Police counted 14 bodies, and rescuers recovered 3 more.", "14 bodies", 14, "person", "killed"),
    ("In one ward alone, 200 to 300 bodies were found.", "200 to 300 bodies", 200, "person", "recovered"),
    ("Rescuers found at least 14 bodies.", "at least 14 bodies", 14, "person", "recovered"),
    ("Two men were found shot dead.", "Two men", 2, "person", "killed"),
    ("Police found 12 people dead.", "12 people", 12, "person", "killed"),
    ("The bodies of 14 people were recovered overnight.", "14 people", 14, "person", "recovered"),
    ("Police found the bodies of at least 12 migrants.", "at least 12 migrants", 12, "person", "recovered"),
    ("The bodies of 14 people lay in the street.", "14 people", 14, "person", "killed"),
    # a crowd: protesters, or the size of a gathering, unless a role word says what its people did
    ("a 20,000-strong crowd gathered", "20,000-strong", 20000, "person", "protesters"),
    ("the 5,000-strong force moved in", "5,000-strong", 5000, "person", None),
    ("20,000 protesters gathered in the square.", "20,000 protesters", 20000, "person", "protesters"),
    ("5,000 marchers filled the streets.", "5,000 marchers", 5000, "person", "protesters"),
    # the gravely hurt, a part of the injured with a role of its own; a role word before "and" ends
    # another clause
    ("Eight people remained in critical condition.", "Eight people", 8, "person", "critical condition"),
    ("Eight people were killed and 14 others remained in critical condition.", "14 others", 14, "person",
     "critical condition"),
    ("Eight people were killed and 14 others were injured.", "14 others", 14, "person", "injured"),
    ("Eight people were killed and 14 others remained in critical condition.", "Eight people", 8, "person",
     "killed"),
    ("Two died and eight were in serious condition.", "eight", 8, "person", "serious condition"),
    ("Two died and eight were hurt.", "eight", 8, "person", "injured"),
    ("Two people died and eight were killed in the car.", "eight", 8, "person", "killed"),
    ("Two people died and eight were among the dead in the car.", "eight", 8, "person", "killed"),
    # a role word past "as" or "while" belongs to its own clause, unless the count itself is its
    # subject or object ("as well as", "as many as" open no clause)
    ("Rescuers passed 12 injured people out of the rubble as residents watched.", "12 injured", 12, "person",
     "injured"),
    ("About 40 people as well as a police officer were injured.", "About 40 people", 40, "person", "injured"),
    ("Twelve people were trapped as the building collapsed.", "Twelve people", 12, "person", "trapped"),
    ("Eleven people were still listed as missing.", "Eleven people", 11, "person", "missing"),
    ("Officials listed 19 people as missing by Wednesday.", "19 people", 19, "person", "missing"),
    ("Nine people were reported as seriously injured.", "Nine people", 9, "person", "serious condition"),
    ("Two people were killed while crossing the road.", "Two people", 2, "person", "killed"),
    # the critically or seriously hurt are the gravely hurt too, a part of the injured
    ("Three people were critically injured in the crash.", "Three people", 3, "person", "critical condition"),
    ("Four were critically wounded.", "Four", 4, "person", "critical condition"),
    ("Two people were seriously injured.", "Two people", 2, "person", "serious condition"),
    ("Six people are in critical but stable condition.", "Six people", 6, "person", "critical condition"),
    ("Seven people were listed in critical condition.", "Seven people", 7, "person", "critical condition"),
    # ... even when the count's own role word stands farther off than the one before "and"
    ("Two people died and eight were in serious condition in hospital.", "eight", 8, "person", "serious condition"),
    # those still in hospital are a part of the injured, with a role of their own
    ("Two people died and eight were in hospital in serious condition.", "eight", 8, "person", "in hospital"),
    ("Three people died and two others remain in hospital.", "two others", 2, "person", "in hospital"),
    ("Twelve people are still in the hospital.", "Twelve people", 12, "person", "in hospital"),
    ("Three people died in hospital.", "Three people", 3, "person", "killed"),
    ("Four people were killed and 12 others were later taken to hospital.", "12 others", 12, "person", "injured"),
    # ... but with none in its own clause, or only past a comma, the one before "and" still counts
    ("Two people died and eight were taken to hospital.", "eight", 8, "person", "injured"),
    ("Four people were killed and 12 others, police said, were in the bus.", "12 others", 12, "person", "killed"),
    ("Fourteen victims died in the crash.", "Fourteen victims", 14, "person", "killed"),
    ("The 14 victims were treated in hospital.", "14 victims", 14, "person", "injured"),
    ("The attack left 14 victims.", "14 victims", 14, "person", None),
    ("Police killed 3 and 12 protesters were arrested.", "12 protesters", 12, "person", "arrested"),
    # a role word before a conjunction is the count's only as its object ("and a further 20"),
    # not when another clause's verb takes the count
    ("Fighting killed 12 soldiers and a further 20 civilians.", "20 civilians", 20, "person", "killed"),
    ("Five people died when fire swept through a building housing 200 people.", "200 people", 200, "person", None),
    # the dead and the hurt (or the missing) in one figure are neither the toll nor the injured
    ("More than 45 people were killed or injured in the attack.", "More than 45 people", 45, "person", "casualties"),
    ("The attack killed or injured 45 people.", "45 people", 45, "person", "casualties"),
    ("The toll of dead and injured rose to 45.", "45", 45, "person", "casualties"),
    ("The blast left 45 people dead or wounded.", "45 people", 45, "person", "casualties"),
    ("The quake left 45 dead or missing.", "45 dead", 45, "person", "dead or missing"),
    ("About 45 people are dead or missing.", "About 45 people", 45, "person", "dead or missing"),
    ("Twelve people were killed and 45 injured.", "Twelve people", 12, "person", "killed"),
    ("Twelve people were killed and 45 injured.", "45 injured", 45, "person", "injured"),
    ("The storm left 45 dead and 120 injured.", "45 dead", 45, "person", "killed"),
    # a death by a cause is a death; a sentence to death is none
    ("At least 45 pilgrims were crushed to death.", "At least 45 pilgrims", 45, "person", "killed"),
    ("Police said 12 people were shot to death.", "12 people", 12, "person", "killed"),
    ("Twelve men were sentenced to death.", "Twelve men", 12, "person", None),
    # arrests made are people arrested; those charged are a part of them, with a role of their own
    ("Police made 45 arrests.", "45 arrests", 45, "person", "arrested"),
    ("The number of arrests rose to 45.", "45", 45, "person", "arrested"),
    ("Three men were charged with murder.", "Three men", 3, "person", "charged"),
    ("Police charged 12 people with rioting.", "12 people", 12, "person", "charged"),
    ("Two men have been arrested and charged.", "Two men", 2, "person", "arrested"),
    ("Police held 12 suspects for questioning.", "12 suspects", 12, "person", "arrested"),
    ("Police questioned 12 people.", "12 people", 12, "person", None),
    # those who got away from the scene or from custody are no displaced
    ("Three suspects fled the scene.", "Three suspects", 3, "person", "escaped"),
    ("Twelve inmates escaped overnight.", "Twelve inmates", 12, "person", "escaped"),
    # a verb of joining with no object joins the gathering named before it, not one of a later clause
    ("The unions that called the march said 20,000 people took part.", "20,000 people", 20000, "person", "protesters"),
    ("Some 500 soldiers took part, as the protest continued.", "Some 500 soldiers", 500, "person", None),
    # present when a disaster struck, not at a ceremony or a congress
    ("About 300 people were present at the time of the blast.", "About 300 people", 300, "person", "present"),
    ("Five ministers were present at the signing ceremony.", "Five ministers", 5, "person", None),
    ("About 300 delegates were present at the congress.", "About 300 delegates", 300, "person", None),
    # a maker's name as the place people work: a count, where "the Boeing 737" names a model
    ("Boeing said 2,000 jobs would go. At Boeing 300 workers were on strike.", "300 workers", 300, "person", None),
    # escaping with injuries is being hurt; escaping injury is none, nor any getaway
    ("Twenty people escaped with minor injuries after the blast.", "Twenty people", 20, "person", "injured"),
    ("Five passengers escaped with cuts and bruises.", "Five passengers", 5, "person", "injured"),
    ("Twenty people escaped injury when the roof fell in.", "Twenty people", 20, "person", "unhurt"),
    ("The other 30 passengers escaped unhurt.", "30 passengers", 30, "person", "unhurt"),
    ("Thousands of people fled the fighting.", "Thousands of people", 5999.5, "person", "displaced"),
    # a role word inside an apposition after the count describes the people; the verb after it says what befell them
    ("Two men, both homeless, froze to death.", "Two men", 2, "person", "killed"),
    # a role word of a part in words inside an "including" phrase is the part's; the whole takes the verb after it
    ("Four people, including two homeless women, were killed in the fire.", "Four people", 4, "person", "killed"),
    ("Four people, including two homeless women, were killed in the fire.", "two homeless", 2, "person", "displaced"),
    ("Nine people, including three injured children, were evacuated.", "Nine people", 9, "person", "evacuated"),
    ("Three were killed and two injured.", "Three", 3, "person", "killed"),
    # a duration after a fate word is no object of it: the fate is the count's before it
    ("About 9,500 people were evacuated over two days.", "About 9,500 people", 9500, "person", "evacuated"),
    ("About 400 people were evacuated within 48 hours.", "About 400 people", 400, "person", "evacuated"),
    ("About 10 men attacked the post, wounding two policemen.", "two policemen", 2, "person", "wounded"),
    ("The plane carried six crew members, including the two pilots.", "two pilots", 2, "person", "crew"),
    ("Three were killed and two injured.", "two injured", 2, "person", "injured"),
    ("Five residents, all evacuees from the valley, drowned.", "Five residents", 5, "person", "killed"),
    ("Nine people, mostly refugees, were hurt in the crush.", "Nine people", 9, "person", "injured"),
    # ... and stands when nothing after it gives another role
    ("The camp holds 900 people, most of them homeless.", "900 people", 900, "person", "displaced"),
    # homes lost or left under force are the displaced
    ("About 20,000 people have been forced to leave their homes.", "About 20,000 people", 20000, "person", "displaced"),
    ("Hundreds of people lost their homes and 12 lost their lives.", "Hundreds of people", 599.5, "person", "displaced"),
    ("Hundreds of people lost their homes and 12 lost their lives.", "12", 12, "person", "killed"),
    # a place's size counts its inhabitants, whatever befell others in the sentence
    ("The city has a population of 3.2 million.", "3.2 million", 3200000, "person", "population"),
    ("It is a city of 2 million people.", "2 million people", 2000000, "person", "population"),
    ("The quake killed 300 people in a city of 2 million people.", "2 million people", 2000000, "person",
     "population"),
    ("The quake killed 300 people in a city of 2 million people.", "300 people", 300, "person", "killed"),
    ("The storm killed 12 in a town of 40,000.", "40,000", 40000, "person", "population"),
    ("It is a city of 2m.", "2m", 2000000, "person", "population"),
    ("The storm killed 12 in a town of 40,000.", "12", 12, "person", "killed"),
    ("In the region of 300 people were killed.", "In the region of 300 people", 300, "person", "killed"),
    ("A population of 300 tigers is left.", "300 tigers", 300, "tiger", None),
    # a population as the subject of the number's link counts the place's people too
    ("Its population is 7.5 million.", "7.5 million", 7500000, "person", "population"),
    ("The population grew by 0.7% to 64.6 million last year.", "64.6 million", 64600000, "person", "population"),
    ("The population of the city is 7.5m.", "7.5m", 7500000, "person", "population"),
    ("The prison population stands at 85,000.", "85,000", 85000, "person", "population"),
    # ... but a toll said among them is the toll's
    ("Deaths among the population reached 1,200.", "1,200", 1200, "person", "killed"),
    ("The death toll among the civilian population is 300.", "300", 300, "person", "killed"),
    ("A crowd of 50,000 filled the square.", "50,000", 50000, "person", "protesters"),
    ("A crowd of some 50,000 people filled the square.", "some 50,000 people", 50000, "person", "protesters"),
    ("A rally of 10,000 supporters was held.", "10,000 supporters", 10000, "person", "protesters"),
    ("Police arrested 200 protesters.", "200 protesters", 200, "person", "arrested"),
    ("200 protesters were arrested.", "200 protesters", 200, "person", "arrested"),
    ("3 protesters were killed.", "3 protesters", 3, "person", "killed"),
    ("A crowd of 5,000 was evacuated from the stadium.", "5,000", 5000, "person", "evacuated"),
    ("The number of protesters rose to 30,000.", "30,000", 30000, "person", "protesters"),
    ("The number of protesters arrested rose to 300.", "300", 300, "person", "arrested"),
    ("The demonstration of 5 new weapons impressed.", "5 new weapons", 5, "weapon", None),
    ("Some 20,000 protesters gathered as police arrested 200 people.", "Some 20,000 protesters", 20000, "person",
     "protesters"),
    ("Police arrested 200 protesters after 20,000 demonstrators gathered.", "20,000 demonstrators", 20000, "person",
     "protesters"),
    ("A 20,000-strong crowd gathered, and 250 protesters were arrested.", "20,000-strong", 20000, "person",
     "protesters"),
    # a gathering's size as news states it: the people who attend or join it, what it drew,
    # an estimate put at a number when the sentence names the gathering (data/nouns.yaml crowd_frames)
    ("40,000 people attended the rally.", "40,000 people", 40000, "person", "protesters"),
    ("The rally drew 40,000.", "40,000", 40000, "person", "protesters"),
    # ... or a verb whose complement is the crowd's size
    ("The crowd numbered about 10,000.", "about 10,000", 10000, "person", "protesters"),
    ("The crowd swelled to 100,000 by evening.", "100,000", 100000, "person", "protesters"),
    ("The crowd was in the region of 20,000.", "in the region of 20,000", 20000, "person", "protesters"),
    ("The crowd at the final was 82,000.", "82,000", 82000, "person", "protesters"),
    ("The march drew some 40,000 people.", "some 40,000 people", 40000, "person", "protesters"),
    ("The protests have drawn tens of thousands of people.", "tens of thousands of people", 59999.5, "person",
     "protesters"),
    ("Thousands joined the march.", "Thousands", 5999.5, "person", "protesters"),
    ("A crowd estimated at 50,000 filled the square.", "50,000", 50000, "person", "protesters"),
    ("The crowd was estimated by police at 20,000.", "20,000", 20000, "person", "protesters"),
    ("Turnout at the rally was put at 10,000.", "10,000", 10000, "person", "protesters"),
    ("Police estimated the crowd at 20,000.", "20,000", 20000, "person", "protesters"),
    ("Crowds estimated at 50,000 gathered.", "50,000", 50000, "person", "protesters"),
    ("Officials put attendance at the concert at 60,000.", "60,000", 60000, "person", "protesters"),
    ("The rally, which police said drew about 15,000, ended peacefully.", "about 15,000", 15000, "person",
     "protesters"),
    ("The protest was joined by 2,000 students.", "2,000 students", 2000, "person", "protesters"),
    ("At least 10,000 people turned out for the vigil.", "At least 10,000 people", 10000, "person", "mourners"),
    # a verb of joining with no object: the gathering the sentence names ("took part" in it)
    ("The unions that called the strike rally said 30,000 people took part.", "30,000 people", 30000, "person",
     "protesters"),
    ("The vigil was held in the rain, and about 800 people turned out.", "about 800 people", 800, "person", "mourners"),
    # ... only where the sentence names a gathering: a survey's or a race's are no crowd
    ("About 300 people took part in the survey.", "About 300 people", 300, "person", None),
    ("Some 2,000 people took part, the race director said.", "Some 2,000 people", 2000, "person", None),
    ("The rally was attended by some 3,000 supporters and 12 were injured.", "12", 12, "person", "injured"),
    ("Organisers put the number at 100,000 for Sunday's rally.", "100,000", 100000, "person", "protesters"),
    ("Police said some 40,000 people attended the rally, while organisers put the figure at 100,000.", "100,000",
     100000, "person", "protesters"),
    ("40,000 people attended the funeral.", "40,000 people", 40000, "person", "mourners"),
    ("The funeral was attended by 5,000 mourners.", "5,000 mourners", 5000, "person", "mourners"),
    ("The march on March 3 attracted 2,000 people.", "2,000 people", 2000, "person", "protesters"),
    # those who mourn the event's dead are a crowd of their own, and the dead they mourn keep their fate
    ("Hundreds gathered at a vigil for the nine killed in the shooting.", "Hundreds", 599.5, "person", "mourners"),
    ("Hundreds gathered at a vigil for the nine killed in the shooting.", "nine", 9, "person", "killed"),
    ("Some 2,000 people attended a memorial service for the victims.", "Some 2,000 people", 2000, "person", "mourners"),
    # ... whatever the gathering is for: a role word in its "of" is not the count's
    ("40,000 mourners attended the funeral of the slain leader.", "40,000 mourners", 40000, "person", "mourners"),
    # a gathering the count's own verb names beats a role word of the clause before ", and"
    ("About 20,000 people protested on Sunday, and 3,000 attended the funeral of the slain leader.", "3,000", 3000,
     "person", "mourners"),
    ("Police arrested 200 protesters, and 5,000 joined the march.", "5,000", 5000, "person", "protesters"),
    ("Police arrested 200 people who attended the funeral.", "200 people", 200, "person", "arrested"),
    ("The funeral of the slain leader drew 40,000.", "40,000", 40000, "person", "mourners"),
    ("A 20,000-strong crowd attended the vigil for the victims killed in the attack.", "20,000-strong", 20000,
     "person", "mourners"),
    # ... and a role word of the sentence still says what people did
    ("Police arrested 200 protesters after 40,000 people attended the rally.", "200 protesters", 200, "person",
     "arrested"),
    ("Police arrested 200 protesters after 40,000 people attended the rally.", "40,000 people", 40000, "person",
     "protesters"),
    ("Some 40,000 people attended the rally, and police arrested 200.", "200", 200, "person", "arrested"),
    ("200 protesters joined the march and were arrested.", "200 protesters", 200, "person", "arrested"),
    ("Two people were killed at the rally, and police put the figure at 20.", "20", 20, "person", "killed"),
    # ... not people in a gathering that names none, or a capital's month
    ("Sales in March drew 4,000 customers.", "4,000 customers", 4000, "person", None),
    ("Officials put turnout at 1.2 million voters in the election.", "1.2 million voters", 1.2e6, "person", None),
    ("He attended the rally with 3 friends.", "3 friends", 3, "friend", None),
    # a role verb after the count that takes another number as its object is that number's
    ("About 10 men attacked a polling station, wounding two policemen.", "About 10 men", 10, "person", None),
    ("About 10 men attacked a polling station, wounding two policemen.", "two policemen", 2, "person", "wounded"),
    ("He was one of three people injured.", "three people", 3, "person", "injured"),
    ("Resolution 2166 condemned the killing of 298 people.", "298 people", 298, "person", "killed"),
    ("three French nationals were killed", "three French nationals", 3, "person", "killed"),
    ("89 Bataclan victims", "89 Bataclan victims", 89, "person", None),
    # other countable things
    ("The army carried out 40 raids.", "40 raids", 40, "raid", None),
    ("Inspectors visited 12 sites.", "12 sites", 12, "site", None),
    ("Ministers from 60 countries met.", "60 countries", 60, "country", None),
    ("The navy sent six ships.", "six ships", 6, "ship", None),
    ("The party won 129 seats.", "129 seats", 129, "seat", None),
    ("He received 2,345 votes.", "2,345 votes", 2345, "vote", None),
    ("about 10 battalions", "about 10 battalions", 10, "battalion", None),
    # an increment word may stand between the number and its noun
    ("The company hired 250 more staff.", "250 more staff", 250, "person", None),
    ("The party won 5 more seats.", "5 more seats", 5, "seat", None),
    ("The army sent 300 additional troops.", "300 additional troops", 300, "person", None),
    # an ordinal in words with a cardinal head; an ordinal's noun after a modifier
    ("the one hundred and fiftieth anniversary", "one hundred and fiftieth anniversary", 150, "anniversary", None),
    ("the two thousand and twenty-first visitor", "two thousand and twenty-first visitor", 2021, "visitor", None),
    ("their 50th wedding anniversary", "50th wedding anniversary", 50, "anniversary", None),
    ("Some 2 million people were displaced.", "Some 2 million people", 2e6, "person", "displaced"),
    # boys, girls, relatives and plural demonyms are people
    ("Police arrested two engineers and the owner.", "two engineers", 2, "person", "arrested"),
    ("Three relatives of the victims were injured.", "Three relatives", 3, "person", "injured"),
    ("The two kidnappers fled.", "two kidnappers", 2, "person", "attackers"),
    ("Four terrorists were killed in the raid.", "Four terrorists", 4, "person", "killed"),
    ("Three boys were killed in the blast.", "Three boys", 3, "person", "killed"),
    ("Four youths were detained.", "Four youths", 4, "person", "arrested"),
    ("Twelve Palestinians were killed.", "Twelve Palestinians", 12, "person", "killed"),
    ("The crash killed 5 Australians.", "5 Australians", 5, "person", "killed"),
    # roles in verb forms: "ordered to evacuate", "forced to flee", "airlifted"
    ("More than 100,000 residents were ordered to evacuate.", "More than 100,000 residents", 100000, "person", "evacuated"),
    ("The fighting has forced 1.2 million people to flee.", "1.2 million people", 1.2e6, "person", "displaced"),
    ("Helicopters airlifted 40 people to safety.", "40 people", 40, "person", "rescued"),
    ("300 rescue workers searched the rubble.", "300 rescue workers", 300, "person", None),
    # a part of a whole counts what the whole does; the whole is a count of its own
    ("Syriza won 149 of the 300 seats.", "149", 149, "seat", None),
    ("Syriza won 149 of the 300 seats.", "300 seats", 300, "seat", None),
    ("Police arrested two of the five suspects.", "two", 2, "person", "arrested"),
    ("Only 3 of 10 voters backed the plan.", "3", 3, "person", None),
    # the whole may be owned: "of the train's eight carriages", "of Spain's 17 regions"
    ("Six of the train's eight carriages derailed.", "Six", 6, "carriage", None),
    ("Six of the train's eight carriages derailed.", "eight carriages", 8, "carriage", None),
    ("Five of its eight carriages left the rails.", "Five", 5, "carriage", None),
    ("Seven of Spain's 17 regions voted no.", "Seven", 7, "region", None),
    ("Two of the city's five hospitals closed.", "Two", 2, "hospital", None),
    ("Three of the company's 40 workers were hurt.", "Three", 3, "person", "injured"),
    ("Three of the company's 40 workers were hurt.", "40 workers", 40, "person", None),
    ("Four of the ship's 20 crew were killed.", "Four", 4, "person", "killed"),
    ("Four of the ship's 20 crew were killed.", "20 crew", 20, "person", "crew"),
    ("Three of the United States' 50 states sued.", "Three", 3, "state", None),
    # (cases carry the outbreak's role wherever they stand: the cases rule's exclude words keep a court's out)
    ("The court ruled in 2 of their 3 cases.", "2", 2, "case", "infected"),
    ("Since April, 4,132 cases and 58 deaths have been recorded.", "4,132 cases", 4132, "case", "infected"),
    ("It reported 212 new cases in 24 hours.", "212 new cases", 212, "case", "infected"),
    ("The gunmen held 12 of the thirty passengers.", "12", 12, "person", "passengers"),
    # the later number of a tally counts what the first does
    ("The bill passed by 52 votes to 48.", "48", 48, "vote", "against"),
    ("It was approved by 153 votes to 137, with 5 abstentions.", "137", 137, "vote", "against"),
    ("The motion failed, 40 votes against 60.", "60", 60, "vote", None),
    ("The party won by 3 seats to 1.", "1", 1, "seat", None),  # goals to goals is a score: tests/test_scores.py
    # a parent "of" a number counts the family's children, not the role the parent is given
    ("A mother of three was killed in the attack.", "three", 3, "child", None),
    ("A father-of-two died in the crash.", "two", 2, "child", None),
    ("A father of three children was killed.", "three children", 3, "child", None),
    # "the number of <noun>" names what a number after a link word counts
    ("The number of tourists fell 12% year-on-year to 2.4 million.", "2.4 million", 2.4e6, "person", None),
    ("The number of dead rose to 41.", "41", 41, "person", "killed"),
    ("The number of people killed in the attack rose to 41 on Tuesday.", "41", 41, "person", "killed"),
    ("The number of visitors, which rose sharply, stood at about 3,000.", "about 3,000", 3000, "visitor", None),
    ("The total number of cars sold reached 12,000.", "12,000", 12000, "car", None),
    # a tally of votes: the larger number is the side a word says won
    ("Parliament voted 168 to 91 in favour, with 12 abstentions.", "168", 168, "vote", "for"),
    ("Parliament voted 168 to 91 in favour, with 12 abstentions.", "91", 91, "vote", "against"),
    ("Parliament voted 168 to 91 in favour, with 12 abstentions.", "12 abstentions", 12, "abstention", "abstained"),
    ("The bill passed 215-212.", "215", 215, "vote", "for"),
    ("The bill passed 215-212.", "212", 212, "vote", "against"),
    ("The law was approved by 300 votes to 12.", "300 votes", 300, "vote", "for"),
    ("The law was approved by 300 votes to 12.", "12", 12, "vote", "against"),
    ("The motion was rejected by 300 votes to 12.", "300 votes", 300, "vote", "against"),
    ("The motion was rejected by 300 votes to 12.", "12", 12, "vote", "for"),
    ("The motion failed, 40 votes against 60.", "60", 60, "vote", None),  # no word says who won
    # ... or a side named right after the number
    ("It was adopted with 100 votes in favour, 11 against and 58 abstentions.", "100 votes", 100, "vote", "for"),
    ("It was adopted with 100 votes in favour, 11 against and 58 abstentions.", "11", 11, "vote", "against"),
    # ... also past the voters' noun and their verb, and for those who abstained
    ("The senate approved it with 61 senators voting in favour, 30 against and 4 abstaining.", "61 senators", 61, "vote", "for"),
    ("The senate approved it with 61 senators voting in favour, 30 against and 4 abstaining.", "30", 30, "vote", "against"),
    ("The senate approved it with 61 senators voting in favour, 30 against and 4 abstaining.", "4", 4, "abstention", "abstained"),
    ("In the vote, 40 councillors voted against and 12 abstained.", "40 councillors", 40, "vote", "against"),
    ("In the vote, 40 councillors voted against and 12 abstained.", "12", 12, "abstention", "abstained"),
    # a change from one value to another is two values, no range: the later one is the toll now
    ("The number of dead rose from 120 to 150.", "150", 150, "person", "killed"),
    ("The toll climbed from 120 to 150.", "120", 120, "person", "killed"),
    # those taken to or treated at hospitals are the hurt, whatever fate stands across the comma
    ("Three people were killed, and 64 were taken to hospitals.", "64", 64, "person", "injured"),
    ("Police said 12 were treated at hospitals, while two were killed.", "12", 12, "person", "injured"),
    ("Officials said 30 were hospitalised after the crash that killed four.", "30", 30, "person", "injured"),
    ("The blast killed five people and 40 were rushed to local hospitals.", "40", 40, "person", "injured"),
    ("Two were killed; 17 people were taken to the hospital.", "17 people", 17, "person", "injured"),
    ("The blast killed five people and 40 were treated at a local hospital.", "40", 40, "person", "injured"),
    # patients moved between hospitals are evacuated, not hurt
    ("Some 300 patients were evacuated to nearby hospitals.", "Some 300 patients", 300, "person", "evacuated"),
    ("At least 20 people were admitted to hospital after the attack that killed 3.", "At least 20 people", 20,
     "person", "injured"),
    # a survival verb after the counted noun is the count's fate though it takes an object (what
    # they survived): a group's role gives way to it, as to "died in the crash"
    ("Seven passengers survived the crash.", "Seven passengers", 7, "person", "survivors"),
    ("Only three crew members survived the sinking of the ferry.", "three crew members", 3, "person", "survivors"),
    ("Nine passengers survived the fire, officials said.", "Nine passengers", 9, "person", "survivors"),
    ("Two hostages survived the raid on the compound.", "Two hostages", 2, "person", "survivors"),
    # ... but not a verb that does something to others, nor everyone on board coming through
    ("Three gunmen killed 20 people.", "Three gunmen", 3, "person", "attackers"),
    ("All 62 passengers survived the emergency landing.", "62 passengers", 62, "person", "passengers"),
    # people a hospital or medics treated or admitted are the hurt, whoever they are
    ("Hospitals treated 38 protesters on Wednesday night.", "38 protesters", 38, "person", "injured"),
    ("The hospital said it had treated 45 protesters.", "45 protesters", 45, "person", "injured"),
    ("Doctors at the clinic treated about 30 marchers for tear gas inhalation.", "about 30 marchers", 30, "person",
     "injured"),
    ("Medics treated 12 fans at the scene.", "12 fans", 12, "person", "injured"),
    ("Paramedics have treated 20 people since the blast.", "20 people", 20, "person", "injured"),
    ("Local hospitals admitted 17 people overnight.", "17 people", 17, "person", "injured"),
    # ... not anyone else's treating, nor a hospital's staff
    ("Police treated 45 protesters roughly.", "45 protesters", 45, "person", "protesters"),
    ("The hospital said 45 protesters had gathered outside.", "45 protesters", 45, "person", "protesters"),
    ("The party admitted 12 members last year.", "12 members", 12, "person", None),
    ("At the Central Hospital in Blantyre, the cholera ward was treating 63 patients on Friday.", "63 patients", 63,
     "person", None),
    # people under arrest or in custody are those arrested, not the hurt of the clause before
    ("The clashes left six officers injured and 14 people under arrest.", "14 people", 14, "person", "arrested"),
    ("The clashes left six officers injured and 14 people under arrest.", "six officers", 6, "person", "injured"),
    ("By Friday, 20 people were in police custody.", "20 people", 20, "person", "arrested"),
    ("Three men remain under arrest.", "Three men", 3, "person", "arrested"),
    ("The riots left more than 100 people under arrest and two dead.", "more than 100 people", 100, "person",
     "arrested"),
    # a police force's or an army's people are people: carabineros, gendarmes, troopers
    ("19 carabineros were injured on Tuesday.", "19 carabineros", 19, "person", "injured"),
    ("Nine carabineros were hurt in the clashes.", "Nine carabineros", 9, "person", "injured"),
    ("Twelve gendarmes were wounded in the attack.", "Twelve gendarmes", 12, "person", "wounded"),
    ("Four state troopers were hurt.", "Four state troopers", 4, "person", "injured"),
    ("Two guardsmen were killed.", "Two guardsmen", 2, "person", "killed"),
    ("Ten conscripts died in the barracks fire.", "Ten conscripts", 10, "person", "killed"),
    ("Three cadets were injured in the crash.", "Three cadets", 3, "person", "injured"),
    ("Six paratroopers were killed.", "Six paratroopers", 6, "person", "killed"),
    ("Two policewomen were hurt.", "Two policewomen", 2, "person", "injured"),
    ("Five constables were injured.", "Five constables", 5, "person", "injured"),
    # ... and a total told in another clause takes none of its role; a number after "and more" does
    ("By the end of the week, the total stood at 130, and 26 police officers had been injured.", "26 police officers",
     26, "person", "injured"),
    ("Police arrested 40, and 12 officers were hurt.", "40", 40, "person", "arrested"),
    ("Two boys, 15, and 17 more were hurt.", "15", 15, "person", "injured"),
    ("Two boys, 15, and 17 others were hurt.", "15", 15, "person", "injured"),
    # a part told right after its whole takes the whole's role, not the next clause's
    ("It lists 56 passengers, including three children and an infant, and six crew.", "three children", 3, "person",
     "passengers"),
    ("The blast left 300 injured, among them 20 children.", "20 children", 20, "person", "injured"),
    ("Police made 45 arrests, including three women.", "three women", 3, "person", "arrested"),
    # bodies identified are a batch of the identification so far, as bodies found are: no toll
    ("By midday on Sunday, 18 bodies had been identified.", "18 bodies", 18, "person", "recovered"),
    ("Forensic teams have identified 24 bodies so far.", "24 bodies", 24, "person", "recovered"),
    ("The crash killed 41 people, officials said.", "41 people", 41, "person", "killed"),
    # a function word in -s after the noun is no noun of its own: the noun before it is what is counted
    ("He has scored 20 goals this season.", "20 goals", 20, "goal", None),
    ("Storms destroyed 300 homes this week.", "300 homes", 300, "home", None),
    ("He netted 30 league goals last term.", "30 league goals", 30, "goal", None),
    ("Rebels fired 40 rockets as the talks began.", "40 rockets", 40, "rocket", None),
    # a name's digits ("COVID-19") own no role word: the cases are the count's; a number's own still are
    ("COVID-19 cases rose to 1,200.", "1,200", 1200, "person", "infected"),
    ("Covid-19 deaths rose to 85 on Monday.", "85", 85, "person", "killed"),
    ("The country reported 1,200 new COVID-19 cases.", "1,200 new COVID-19 cases", 1200, "case", "infected"),
    ("The toll rose to 37, with 26 people still unaccounted for.", "37", 37, "person", "killed"),
    # a bare number right before a trial's arm counts what the count of people before it in its sentence
    # counts (nouns.yaml ``arms``, ``arm_leads``): the two arms' counts of one outcome
    ("There were 12 cases of RSV disease in the vaccine group compared with 77 in the placebo group.", "77", 77,
     "case", "infected"),
    ("In the study, there were 12 cases among those who got two shots of the vaccine, given 28 days apart, and 71 "
     "among those who got a placebo.", "71", 71, "case", "infected"),
    ("There were 12 cases in the vaccine arm against 77 on placebo.", "77", 77, "case", "infected"),
    ("Four people died in the treatment group, compared with nine in the placebo group.", "nine", 9, "person", "killed"),
]


@pytest.mark.parametrize("text, span, low, high", [
    ("The number of dead rose from 120 to 150.", "150", 150, 150),
    ("Between 120 and 150 people were killed.", "Between 120 and 150 people", 120, 150),
    ("Forecasts ranged from 5% to 7%.", "from 5% to 7%", 5, 7),
    # "rose by 20 to 150": "by" gives the change and "to" the level it reached
    ("The death toll rose by 20 to 150 on Tuesday.", "150", 150, 150),
    ("The death toll rose by 20 to 150 on Tuesday.", "20", 20, 20),
    ("The number of cases increased by 300 to 4,500.", "4,500", 4500, 4500),
    # ... with no "by", or no verb of change, a range still
    ("Firms lost 10 to 40 jobs.", "10 to 40 jobs", 10, 40),
    ("The toll rose 20 to 150.", "20 to 150", 20, 150),
    ("Prices were cut by 20 to 30 percent.", "20 to 30 percent", 20, 30),
    ("They will be hit by 20 to 30 storms.", "20 to 30 storms", 20, 30),
])
def test_a_change_from_is_no_range(text, span, low, high):
    from factcheck.extract import extract_found
    found = {text[f.start:f.end]: f.value for f in extract_found(text, None, [(0, len(text))])}
    assert (found[span].low, found[span].high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text, span, stated, counted, role", COUNTS)
def test_counts(text, span, stated, counted, role):
    v = pick(text, span)
    assert (v.stated, v.counted, v.role) == (pytest.approx(stated), counted, role)


@pytest.mark.parametrize("text, span, counted, unit", [
    # nouns news uses for one thing meet in its unit, each keeping its own noun (nouns.yaml counted_units)
    ("The firm will eliminate 5,400 positions.", "5,400 positions", "position", "job"),
    ("It announced 4,500 job cuts.", "4,500 job cuts", "cut", "job"),
    ("It will axe 4,500 posts.", "4,500 posts", "post", "job"),
    ("It will cut 4,500 jobs.", "4,500 jobs", "job", "job"),
    ("Police made 45 arrests.", "45 arrests", "person", "person"),
    # people who lose their jobs are the jobs cut
    ("Corvel Retail will close 60 shops and 1,800 people will lose their jobs.", "1,800 people", "job", "job"),
    ("About 2,100 workers lost their jobs.", "About 2,100 workers", "job", "job"),
    ("Some 400 staff were laid off.", "Some 400 staff", "job", "job"),
    ("The plant employs 11,600 people.", "11,600 people", "person", "person"),
    ("Police arrested 200 workers who lost their jobs.", "200 workers", "person", "person"),
])
def test_counted_nouns_of_one_thing_share_a_unit(text, span, counted, unit):
    v = pick(text, span)
    assert (v.counted, v.unit) == (counted, unit)


@pytest.mark.parametrize("text, counts", [
    # a maker's capitals and a number name a model: no crew of 72
    ("The ATR 72 turboprop was carrying 74 people, including four crew members.", ["74 people", "four crew members"]),
    ("The ATR 72 crashed in a field, killing 40 people.", ["40 people"]),
    # ... but capitals with a noun after the number keep the count
    ("Across the UK 3,000 people marched.", ["3,000 people"]),
    # a line all in capitals is a headline's, no maker's
    ("BOMB KILLS 12 IN KABUL", ["12"]),
    ("QUAKE KILLS 300, INJURES 1,000", ["300", "1,000"]),
    # ... as a capitalised name and a number do: a model, a mission, a list
    ("The Boeing 737 can carry 189 passengers.", ["189 passengers"]),
    ("Apollo 11 landed, and 3 astronauts were on board.", ["3 astronauts"]),
    ("The iPhone 6 was hit, and 12 people were hurt.", ["12 people"]),
    # ... but not a word that opens a sentence before a count, a month, or a headline in title case
    ("All 62 died in the crash.", ["62"]),
    ("Only 12 survived the crash.", ["12"]),
    ("Another 20 were injured.", ["20"]),
    ("In March 300 were hurt in attacks.", ["300"]),
    ("Quake Kills 300 In Nepal", ["300"]),
    # ... nor a name that a role verb's subject follows: the number is a count of those it befell
    ("In Nepal 8,000 died and in India 78 died.", ["8,000", "78"]),
    ("Across Texas 12 were killed.", ["12"]),
    ("Nationwide 3,000 were arrested.", ["3,000"]),
    ("Police said Hamas 12 were killed.", ["12"]),
    ("In Syria 40 have been killed since Monday.", ["40"]),
    # ... while a model's own verb leaves it a model
    ("The Boeing 737 crashed on Monday.", []),
    ("Apollo 13 was launched in 1970.", []),
    # a name that takes a number into a list's, a product's or a series' name (nouns.yaml
    # guards.count_after_name), whatever plural follows
    ("Fortune 500 companies pay less tax.", []),
    ("Windows 10 runs on most PCs.", []),
    ("Leaders of the G20 nations met.", []),
    ("Formula 1 teams voted to change the rules.", []),
    ("Shares of FTSE 100 firms fell.", []),
    ("Boeing said 300 workers were laid off.", ["300 workers"]),
    # ... but such a name as the place people work, before a person's noun, is no model
    ("At Boeing 300 workers were on strike.", ["300 workers"]),
    ("At Boeing 737 jets were grounded.", []),
    ("In Nepal 8,000 people died.", ["8,000 people"]),
    ("Formula One's 10 teams voted.", ["10 teams"]),
    # a make and digits, a hyphen and digits: a model and its variant, no range counted
    ("The ATR 72-600 had 62 people on board.", ["62 people"]),
    ("The Boeing 737-800 was carrying 189 passengers.", ["189 passengers"]),
    ("Two Boeing 737-800 jets were grounded.", []),
    ("An Embraer 190-100 with 98 people aboard crashed.", ["98 people"]),
    ("Flight KS 2281, an ATR 72-600, took off with 62 people on board.", ["62 people"]),
    # ... but a range after a word that opens a sentence, or after a verb, stays a count
    # a plural of capitals is a noun ("PCs", "EVs"), and a name of digits and capitals a modifier
    # before one ("5G phones"); alone such a name is no count
    ("The firm sold 400 million PCs.", ["400 million PCs"]),
    ("Dealers sold 1.2 million EVs last year.", ["1.2 million EVs"]),
    ("The company sold 4 million 5G phones.", ["4 million 5G phones"]),
    ("The operator launched 5G service in 20 cities.", ["20 cities"]),
    ("The 4G network failed in 3 towns.", ["3 towns"]),
    # an emergency number before a call, its line or its dispatchers, or after a verb of calling,
    # is a number to dial (numbers.yaml ``emergency``), no count, whatever role word is near
    ("Officers arrived four minutes after the first 911 call and killed him.", []),
    ("The first 911 calls came in at 3:14 p.m., and two people were killed.", ["two people"]),
    ("A 999 operator sent police, who arrested 3 men.", ["3 men"]),
    ("A woman called 911 and two people were killed.", ["two people"]),
    ("Neighbours dialled 999 after 12 people were hurt.", ["12 people"]),
    # ... not the same digits counting people or things
    ("The blast killed 911 people.", ["911 people"]),
    ("About 112 people were injured.", ["About 112 people"]),
    ("Between 20-30 people were hurt.", ["Between 20-30 people"]),
    ("Police said 20-30 people were injured.", ["20-30 people"]),
    ("Only 20-30 people were hurt.", ["20-30 people"]),
    # a seat's row, a gate, a platform named by a number in lower case (nouns.yaml guards.labels), with no noun
    # after it, is no count, whatever role word the sentence holds
    ("When the three young men stood up in row 14 of the plane, most passengers assumed nothing.",
     ["three young men"]),
    ("The train left from platform 9, carrying 300 passengers.", ["300 passengers"]),
    ("The flight boarded at gate 12 with 150 passengers on board.", ["150 passengers"]),
    # ... but a noun after the number counts, and so does a number a role verb follows
    ("On the flight 12 passengers were hurt.", ["12 passengers"]),
    ("In the first round 12 were killed.", ["12"]),
])
def test_a_model_name_is_no_count(text, counts):
    found = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"]
    assert found == counts


@pytest.mark.parametrize("text, counts", [
    # with no "the number of", the plural subject of a verb of change counts the bare figures its
    # link gives: the change ("by", or a figure the level follows) and the level ("to", "hit")
    ("Jobless claims rose by 5,000 to 242,000.", [("5,000", "claim"), ("242,000", "claim")]),
    ("Jobless claims fell 5,000 to 242,000.", [("5,000", "claim"), ("242,000", "claim")]),
    ("Mortgage approvals rose to 65,000 in April.", [("65,000", "approval")]),
    ("Applications fell to 3,200 from 4,100.", [("3,200", "application"), ("4,100", "application")]),
    ("Home sales fell to 4.1 million.", [("4.1 million", "sale")]),
    ("Registrations fell 40 per cent, to 12,300.", [("12,300", "registration")]),
    ("Deliveries hit 384,122 in the quarter.", [("384,122", "delivery")]),
    ("Visitor numbers fell 10% to 900,000.", [("900,000", "visitor")]),
    ("Passenger numbers rose to 1.2 million.", [("1.2 million", "person")]),
    ("The number of approvals rose by 4,000 to 65,000.", [("4,000", "approval"), ("65,000", "approval")]),
    ("The population grew 1.2 million to 67.6 million.", [("1.2 million", "person"), ("67.6 million", "person")]),
    # ... not a level's, a price's or a score's subject, a preposition's object, a multiplier, nor
    # a figure a noun of its own follows; a role's noun keeps its role words' reading
    ("Shares rose to 120.", []),
    ("Temperatures rose to 40 on Tuesday.", []),
    ("Prices rose to 120 from 100.", []),
    ("Attacks on ships rose to 30.", []),
    ("Exports grew 3 to 4 times.", []),
    ("Firms lost 10 to 40 jobs.", [("10 to 40 jobs", "job")]),
    ("The toll rose 20 to 150.", [("20 to 150", "person")]),
    ("Cases rose to 2,600 on Friday.", [("2,600", "person")]),
    ("This rose to 5.", []),
])
def test_the_subject_of_a_change_is_what_its_figures_count(text, counts):
    found = [(text[f.start:f.end], f.value.counted) for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "count"]
    assert found == counts


def test_a_year_before_a_count_is_not_a_count():
    text = "In 2014, 298 people were killed."
    found = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"]
    assert found == ["298 people"]


def test_metres_are_not_millions():
    text = "The 10m-high wave killed 5 people."
    kinds = {text[f.start:f.end]: f.value.kind for f in extract_found(text, None, [(0, len(text))])}
    assert kinds == {"10m": "measure", "5 people": "count"}


def test_metres_of_a_wave_are_not_millions():
    text = "The quake triggered 10m waves along the coast."
    kinds = {text[f.start:f.end]: f.value.kind for f in extract_found(text, None, [(0, len(text))])}
    assert kinds == {"10m": "measure"}


def test_a_count_takes_no_noun_from_the_next_sentence():
    # a headline ending in a number word, then the first paragraph
    article = helpers.article("a", "Kerry meets Putin, talks two\n\nShares rose 5% on Tuesday.\n")
    found = extract_found(article.text, None, article.sentences)
    counts = [article.text[f.start:f.end] for f in found if f.value.kind == "count"]
    assert counts == []


@pytest.mark.parametrize("text, counts", [
    ("352 people were injured, 99 of them seriously.", {"352 people": "person", "99": "person"}),  # no whole
    ("Hundreds of the 5,000 people fled.", {"Hundreds": "person", "5,000 people": "person"}),
    ("He scored 20 of the team's 30 points.", {"20": "point", "30 points": "point"}),  # a part of an owned whole
    # ... and of a span of the whole's items
    ("The team has won 12 of its last 15 games.", {"12": "game", "15 games": "game"}),
    ("She won eight of the first 10 races.", {"eight": "race", "10 races": "race"}),
    ("Its last 15 games were lost.", {"15 games": "game"}),
    ("Prices rose from 5 percent to 7.", {}),  # a unit is no tally's noun
    ("The wait went from 20 miles to 45.", {}),
    ("They opened 5 Chinese restaurants.", {"5 Chinese restaurants": "restaurant"}),  # an adjective, not people
    ("Workers put up 40 poles.", {"40 poles": "pole"}),
    ("The vote was 52 votes to 48 percent.", {"52 votes": "vote"}),
    # a score is no tally of votes; "the number of" names no count past a clause or a multiple
    ("Arsenal won 3-1 on Saturday.", {"3-1": "score"}),  # one count of score (extract/tallies.py)
    ("The number of tourists fell, and the museum cut its staff to 40.", {}),
    ("The number of cars sold was 10 times higher.", {}),
    ("A number of houses burned down.", {}),
    ("The number of tourists rose to record levels in 2014.", {}),
    # a range of votes or a change is no tally
    ("The bill is expected to get 210-220 votes.", {"210-220 votes": "vote"}),
    ("Analysts expect the party to win 150 to 160 votes.", {"150 to 160 votes": "vote"}),
    ("The vote was set for 10 to 12 May.", {}),
    ("Voting ran from 8 to 10 in the evening.", {}),
    ("The number of votes fell from 150 to 120.", {"120": "vote"}),
    # a change in points and the level it reached: neither a tally nor a range of points
    ("The index fell 1.5 points to 3,200.", {}),
    ("The Dow rose 120 points to 17,500.", {"120 points": "point"}),
    ("The Dow rose by about 120 points to 17,500.", {"about 120 points": "point"}),
    ("He scored 12 points to 10.", {"12 points": "point", "10": "point"}),
    ("Firms lost 10 to 40 jobs.", {"10 to 40 jobs": "job"}),
    # "won 300 votes against the incumbent": a side only where no noun phrase follows
    ("She won 300 votes against the incumbent.", {"300 votes": "vote"}),
])
def test_parts_and_tallies_count_only_what_they_share(text, counts):
    found = {text[f.start:f.end]: f.value.counted for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "count"}
    assert found == counts


@pytest.mark.parametrize("text", [
    # a part of a group, or of people counted for their fate, is no count of either
    "Three of the gunmen opened fire.",
    "Two of the attackers blew themselves up.",
    "Two of the hostages were French.",
    "Five of the hostages were wounded.",
    "Twelve of the injured were in critical condition.",
    "Two of the missing were found alive on Wednesday.",
    "Three of the dead were children.",
    # ... and so is a part of a day's or an owner's people counted for their fate
    "Police said 40 of yesterday's arrests were for breaking the curfew.",
    "Three of Monday's dead were children.",
    "Twelve of Tuesday's injured were police officers.",
    "Of those killed, 72 were German.",
    "Among those killed, 12 were children.",
    "Three of the injured have since recovered.",
    "The market recovered 12 points.",
    "She won 300 votes against the incumbent.",
    "A mother of three was killed in the attack.",
    "The motion failed, 40 votes against 60.",
    # ... and so is a vague part of them: "several of the wounded" is no count of the wounded, whatever
    # befell the part, nor of its own fate
    "Doctors said several of the wounded had died of their injuries.",
    "Dozens of the injured were airlifted to the capital.",
    "Several of the injured were children.",
    "Hundreds of the wounded remain in hospital.",
    "Several of the dead were foreigners.",
    "Scores of the injured have since been discharged.",
    "Thousands of the displaced returned home on Sunday.",
    # a part of the wounded who died since: an increment to the toll, neither count's figure
    "Officials said four more of the wounded died in hospital.",
    "Six injured passengers died in hospital on Wednesday.",
    "Two wounded later died.",
    "Doctors said 120 patients were to be transferred to other hospitals.",
    "Twelve patients were sent to hospitals in the capital.",
    # three role words for two figures: which goes with which is not said
    "The death toll, the number of injured and the number of missing stood at 40 and 200 respectively.",
])
def test_no_side_or_role_without_the_words_that_say_so(text):
    roles = [(text[f.start:f.end], f.value.role) for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "count" and f.value.role]
    assert roles == []


@pytest.mark.parametrize("text", [
    # "one of the" with no fate for its predicate counts no one; one of a fate's own count is a part of it
    "It was one of the worst floods in the country's history.",
    "One of the injured died in hospital on Friday.",
    "One of them told reporters the water rose quickly.",
    "One of the passengers, a teacher, said the ship was calm.",
])
def test_one_of_counts_no_one_without_a_fate(text):
    assert [f for f in extract_found(text, None, [(0, len(text))])
            if f.value.kind == "count" and text[f.start:f.end].lower().startswith("one")] == []


@pytest.mark.parametrize("text, span", [
    ("Five people died and the storm left 20,000 without power.", "20,000"),
    ("Floods killed 12 people and affected 20,000.", "20,000"),
    # a total stood at a figure, and another clause's people were hurt: the total is none of theirs
    ("By the end of the week, the total stood at 130, and 26 police officers had been injured.", "130"),
    ("The tally reached 80 on Friday, and 15 soldiers were killed.", "80"),
    ("Turnout was 4,000, and three marchers were hurt.", "4,000"),
    # a crowd beside the hurt: a role word past a clause word ("as", "while") and its own subject
    # is that clause's
    ("Hundreds of residents gathered as rescuers passed injured people out of the rubble.", "Hundreds of residents"),
    ("About 200 people waited while police arrested the suspects.", "About 200 people"),
    # people in a place beside the dead of the clause before "and" are not the dead
    ("Two people died and eight were in the car.", "eight"),
    ("Two people died and eight were on the bus, police said.", "eight"),
    # ... nor past a comma, when the count's own verb follows it
    ("Five people died, 12 were children.", "12"),
    ("By then 312 people had fallen ill, 148 had spent at least a night in hospital.", "148"),
])
def test_a_count_of_another_clause_takes_no_role(text, span):
    roles = [f.value.role for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "count" and text[f.start:f.end] == span]
    assert roles in ([], [None])


@pytest.mark.parametrize("text", [
    # the police hold back, hold off or hold a vigil for people they arrest none of
    "Police held back 2,000 protesters on Monday.",
    "Riot police held off 500 demonstrators.",
    "Police held a vigil for the 12 victims.",
    "Police held a news conference on Monday with 3 officers.",
    "Police held 12 of them.",
])
def test_the_police_holding_no_one_arrests_no_one(text):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))])
            if f.value.kind == "count" and f.value.role == "arrested"] == []


@pytest.mark.parametrize("text", [
    # a venue's capacity names no gathering: no crowd, nor any count
    "The stadium holds 50,000.",
    "The stadium, which holds 50,000, hosted the rally.",
    "The rally filled a stadium that holds 50,000.",
    # an estimate with no gathering named says not what it counts
    "Police put the figure at 20,000.",
    "In March, police put the figure at 300.",
    # a rally attended by one person counts nobody; a cost is no crowd
    "The rally was attended by the president.",
    "The ministry put the cost of the rally at 2 million.",
    # a population's small number, or the object it was hit by, counts none of its people
    "The population was hit by 12.",
    "The population was one of the poorest.",
    # a gathering's length, its date or its age is no size
    "The protest was 12 km long.",
    "The march was on 3 May.",
])
def test_no_crowd_without_a_gathering_and_its_number(text):
    assert [(text[f.start:f.end], f.value.role) for f in extract_found(text, None, [(0, len(text))])
            if f.value.kind == "count"] == []


@pytest.mark.parametrize("text", ["a four-fold increase", "Sales rose 10-fold.", "a two-fold rise"])
def test_a_multiple_is_no_count(text):
    assert [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"] == []


@pytest.mark.parametrize("text", ["The jobless rate rose two tenths to 1.8%.", "He ran three tenths quicker.",
                                  "The game is played in two halves.", "It is five sixths done.",
                                  # how many digits a sum has: no figure counted
                                  "A six-figure sum was paid.", "He earns a seven-figure salary."])
def test_a_share_is_no_count(text):
    assert [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"] == []


@pytest.mark.parametrize("text, spans", [
    # an ordinal before a period names which one, it counts none
    ("The church dates from the 12th century.", []),
    ("He scored in the 89th minute.", []),
    ("Greece is in a fifth year of recession.", []),
    ("The 19th-century building burned.", []),
    ("In the fourth quarter, the company laid off 300 workers.", ["300 workers"]),
    ("The firm cut jobs in the third quarter.", []),
    ("In the first half, 200 people were killed.", ["200 people"]),
    ("The club lost in its second season.", []),
    ("The farm hired 300 seasonal workers.", ["300 seasonal workers"]),
    # a ship's capacity in containers counts nobody on board
    ("The ship, carrying 5,000 TEU, sank.", []),
    # other ordinals still count, or name what they rank
    ("The 70th anniversary was marked.", ["70th anniversary"]),
    ("The 5th division attacked.", ["5th division"]),
    # ... but not what it ranks by
    ("It was the country's 3rd largest bank.", []),
    ("It is the 2nd most populous city.", []),
    ("It is the 4th least visited park.", []),
    # ... written with a hyphen
    ("It is the world's fifth-largest economy.", []),
    ("It was the country's 3rd-deadliest attack.", []),
    ("It is the 10th-most visited site.", []),
    ("It was the 21st contest.", ["21st contest"]),
    # ... and an ordinal before people ranks one of them: no toll of five
    ("She was the fifth person to die in the town.", []),
    ("He was the second civilian killed this week.", []),
    ("The 3rd soldiers' battalion moved.", []),
])
def test_an_ordinal_before_a_period_is_no_count(text, spans):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"] == spans


# Counts a determiner says: "both" is two, "a single" one, "a pair of" two, "a trio of" three, "a handful
# of" a few (numbers.yaml ``vague``); each row lists every count the sentence holds: (value low, high,
# counted, role). A thing counted is counted as "two sides" is; "single" in a compound counts nothing.
@pytest.mark.parametrize("text, counts", [
    ("Both pilots were killed in the crash.", {"Both pilots": (2, 2, "person", "killed")}),
    ("Both men were arrested on Friday.", {"Both men": (2, 2, "person", "arrested")}),
    ("The pilots both died.", {"both": (2, 2, "person", "killed")}),
    ("A single passenger survived.", {"A single passenger": (1, 1, "person", "survivors")}),
    ("Only a single man was arrested.", {"a single man": (1, 1, "person", "arrested")}),
    ("A single person was killed.", {"A single person": (1, 1, "person", "killed")}),
    ("A pair of gunmen opened fire.", {"A pair of gunmen": (2, 2, "person", "attackers")}),
    ("A trio of climbers were rescued.", {"A trio of climbers": (3, 3, "person", "rescued")}),
    ("A handful of protesters were arrested.", {"A handful of protesters": (3, 6, "person", "arrested")}),
    # "not a single", "without a single": none
    ("Not a single passenger survived.", {"Not a single passenger": (0, 0, "person", "survivors")}),
    ("Not a single shot was fired.", {"Not a single shot": (0, 0, "shot", None)}),
    # a thing in the singular after a determiner of one: one of it
    ("A single shot was fired.", {"A single shot": (1, 1, "shot", None)}),
    ("Only a single vote separated them.", {"a single vote": (1, 1, "vote", None)}),
    ("A single bullet killed him.", {"A single bullet": (1, 1, "bullet", None)}),
    ("A single large bomb exploded.", {}),  # the word after "a single" is an adjective here
    ("Not a single one of them survived.", {}),
    # "single" of a kind, not a count (nouns.yaml guards ``single_kinds``), and a unit, a capital, a period
    ("She is a single mother of three.", {"three": (3, 3, "child", None)}),
    ("The bloc adopted a single currency.", {}),
    ("Each guest had a single room.", {}),
    ("They backed a single European market.", {}),
    ("The city was destroyed in a single day.", {}),
    ("The floods rose by a single metre.", {}),
    # traps: sides and banks are counted as "two sides" are, people are not made of them
    ("Both sides agreed to the deal.", {"Both sides": (2, 2, "side", None)}),
    ("Police searched both banks of the river.", {"both banks": (2, 2, "bank", None)}),
    ("She bought a pair of shoes.", {"a pair of shoes": (2, 2, "shoe", None)}),
    ("The single-engine plane crashed.", {}),
    ("Inflation fell to a single-digit rate.", {}),
    ("A single-story house burned.", {}),
    ("Britain left the single market.", {}),
    ("Both Russia and Ukraine signed the deal.", {}),
    ("He was both angry and sad.", {}),
    ("Both of the victims were killed.", {}),  # a part of a group, as "two of the victims"
    ("One of the passengers survived.", {}),
    # "one" before a singular is mostly one of several: "one passenger told reporters"
    ("One passenger told reporters the plane shook.", {}),
    ("The plane carried 12 passengers; a single passenger survived.", {"12 passengers": (12, 12, "person", "passengers"),
                                                                        "a single passenger": (1, 1, "person", "survivors")}),
    # a word in -s before an object pronoun is a verb, no noun counted: "His rating of 2812 puts him second"
    ("His rating of 2812 puts him second in the world.", {}),
    ("A score of 15 gives them the lead.", {}),
    # ... while a noun before a clause of its own keeps its count
    ("The 12 seats it won were enough.", {"12 seats": (12, 12, "seat", None)}),
])
def test_counts_a_determiner_says(text, counts):
    found = {text[f.start:f.end]: (f.value.low, f.value.high, f.value.counted, f.value.role)
             for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"}
    assert found == counts


@pytest.mark.parametrize("noun, plural", [
    # one plural of a nationality's word, for the people counted and for their nationality alike
    ("Colombian", "colombians"), ("Spaniard", "spaniards"), ("Dutchman", "dutchmen"), ("Dutchwoman", "dutchwomen"),
    ("Czech", "czechs"),
    # an adjective that is its own plural, or no noun, has none ("Icelandic": "Icelanders", not "Icelandics")
    ("Chinese", None), ("Swiss", None), ("Irish", None), ("Dutch", None), ("French", None), ("Icelandic", None),
])
def test_demonym_plural(noun, plural):
    from factcheck.vocab import demonym_plural
    assert demonym_plural(noun) == plural


@pytest.mark.parametrize("text, span, low, high, role", [
    # a gathering's noun before "of" gives a range's bare ends its people and role, whatever verb follows
    ("Crowds of 30,000 to 40,000 gathered.", "30,000 to 40,000", 30000, 40000, "protesters"),
    ("A rally of 300 to 400 was held.", "300 to 400", 300, 400, "protesters"),
    ("A crowd of 30,000 to 40,000 marched.", "30,000 to 40,000", 30000, 40000, "protesters"),
    ("It is a town of 30,000 to 40,000.", "30,000 to 40,000", 30000, 40000, "population"),
])
def test_a_gatherings_range_shares_its_people(text, span, low, high, role):
    from factcheck.extract import extract_found
    found = [(text[f.start:f.end], f.value.low, f.value.high, f.value.role) for f in extract_found(text, None, [(0, len(text))])
             if f.value.kind == "count"]
    assert found == [(span, low, high, role)]


@pytest.mark.parametrize("text, spans", [
    # ... not a change: where a gathering's count began and ended
    ("The crowd grew from 3,000 to 5,000.", []),  # (the crowd as the subject names no count yet: no range either)
    ("A crowd of 3,000 grew to 5,000 by noon.", ["3,000", "5,000"]),
])
def test_a_gatherings_change_is_no_range(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "count"] == spans


@pytest.mark.parametrize("text, span", [
    # a bare number before a trial's arm with no count of people before it in its sentence counts nothing,
    # nor does one before a word that names no arm
    ("Results came 12 weeks in, with 77 in the placebo group.", "77"),
    ("The trial ran for 12 weeks; 77 in the placebo group withdrew.", "77"),
    ("Some 12 cases of RSV disease in the region were reported alongside 77 in the capital.", "77"),
])
def test_a_number_before_a_trial_arm_counts_only_what_a_count_before_it_counts(text, span):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))])
            if f.value.kind == "count" and text[f.start:f.end] == span] == []


@pytest.mark.parametrize("text, span, counted", [
    # a noun whose plural is its singular (nouns.yaml ``invariant_plurals``) counts after a number
    ("Seven ships and five aircraft were taking part in the search.", "five aircraft", "aircraft"),
    ("Two helicopters and three aircraft joined the search.", "three aircraft", "aircraft"),
    ("Officials said 200 sheep were culled.", "200 sheep", "sheep"),
    ("Rangers shot 12 deer on Monday.", "12 deer", "deer"),
    ("The agency has launched three spacecraft this year.", "three spacecraft", "spacecraft"),
    ("About 40 fish died in the spill.", "About 40 fish", "fish"),
    ("Some 15,000 cattle have been slaughtered.", "Some 15,000 cattle", "cattle"),
    ("The pair had seven offspring.", "seven offspring", "offspring"),
    # ... but a plural after it is the noun it modifies ("sheep farmers" are farmers)
    ("The protest drew 200 sheep farmers.", "200 sheep farmers", "person"),
    ("The navy has two aircraft carriers.", "two aircraft carriers", "carrier"),
])
def test_a_plural_like_its_singular_counts(text, span, counted):
    assert pick(text, span).counted == counted
