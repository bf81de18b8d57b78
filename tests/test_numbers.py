"""Numbers in digits and words, and the hedges that make them intervals.

Each row: text, the exact span expected, the kind, low, high, qualifier.
"more than N" reaches the next step of N's precision, "less than N" comes one
step down, "about N" is +/-10% (DESIGN.md, "Values are intervals").
"""

import random
from pathlib import Path

import pytest

from factcheck.extract import extract_found
from helpers import pick

NUMERIC = {"count", "duration", "age", "money", "percent", "measure"}
H = 3600




NUMBERS = [
    # digits and words
    ("6,100 people were evacuated", "6,100 people", "count", 6100, 6100, "exact"),
    ("4.5 million people fled", "4.5 million people", "count", 4.5e6, 4.5e6, "exact"),
    # decimals times a scale land on the figure written (4.1 * 1e6 is 4099999.9999999995 in floats)
    ("4.1 million people fled", "4.1 million people", "count", 4.1e6, 4.1e6, "exact"),
    ("It has a population of 64.6 million.", "64.6 million", "count", 64.6e6, 64.6e6, "exact"),
    ("Four point one million people fled", "Four point one million people", "count", 4.1e6, 4.1e6, "exact"),
    ("between 4.1 and 4.3 million people fled", "between 4.1 and 4.3 million people", "count", 4.1e6, 4.3e6, "range"),
    ("four people were killed", "four people", "count", 4, 4, "exact"),
    ("twenty-one people were injured", "twenty-one people", "count", 21, 21, "exact"),
    ("a dozen soldiers were wounded", "a dozen soldiers", "count", 12, 12, "exact"),
    ("two dozen passengers", "two dozen passengers", "count", 24, 24, "exact"),
    ("hundreds of people were arrested", "hundreds of people", "count", 200, 999, "range"),
    # hedges of news writing
    ("Home prices are north of £500,000.", "north of £500,000", "money", 500000, 600000, "more_than"),
    ("Shares fell south of $50.", "south of $50", "money", 40, 50, "less_than"),
    ("Getting on for 200 people attended.", "Getting on for 200 people", "count", 180, 200, "nearly"),
    ("Nigh on 3,000 homes were flooded.", "Nigh on 3,000 homes", "count", 2700, 3000, "nearly"),
    ("The cost is in the order of $2 billion.", "in the order of $2 billion", "money", 1.8e9, 2.2e9, "about"),
    ("More or less 100 people came.", "More or less 100 people", "count", 90, 110, "about"),
    ("The bill was £300 give or take.", "£300 give or take", "money", 270, 330, "about"),
    ("Shy of 2,000 votes were cast.", "Shy of 2,000 votes", "count", 1800, 2000, "nearly"),
    ("Deaths are approaching 1,000.", "approaching 1,000", "count", 900, 1000, "nearly"),
    ("A shade under 40% voted.", "A shade under 40%", "percent", 36, 40, "nearly"),
    ("dozens of people were injured", "dozens of people", "count", 24, 99, "range"),
    ("several hundred people", "several hundred people", "count", 300, 900, "range"),
    ("a few thousand people", "a few thousand people", "count", 2000, 5000, "range"),
    ("a hundred people were killed", "a hundred people", "count", 100, 100, "exact"),
    ("two hundred and fifty passengers", "two hundred and fifty passengers", "count", 250, 250, "exact"),
    ("1.2 million refugees", "1.2 million refugees", "count", 1.2e6, 1.2e6, "exact"),
    ("3m people", "3m people", "count", 3e6, 3e6, "exact"),
    # a lakh's and a crore's digits grouped in twos, as Indian papers write them
    ("About 1,00,000 people attended.", "About 1,00,000 people", "count", 90000, 110000, "about"),
    ("The fine was Rs 10,00,000.", "Rs 10,00,000", "money", 1e6, 1e6, "exact"),
    ("The scheme cost Rs 1,25,00,000 in all.", "Rs 1,25,00,000", "money", 1.25e7, 1.25e7, "exact"),
    ("two-thirds of the seats", "two-thirds", "percent", 66.1677, 67.1657, "exact"),
    ("a third of the votes", "a third", "percent", 32.8343, 33.8323, "exact"),
    ("half of the passengers", "half", "percent", 49.501, 50.499, "exact"),
    # a common fraction in digits before "of" is a share as the words are
    ("About 1/3 of the budget goes to defence.", "About 1/3", "percent", 30, 36.6667, "about"),
    ("Nearly 2/3 of voters backed the plan.", "Nearly 2/3", "percent", 60, 66.6667, "nearly"),
    # a share written with hyphens is a share too, not a count of the second number
    ("Around one-in-five voters backed him.", "Around one-in-five", "percent", 18, 22, "about"),
    ("One in five voters backed him.", "One in five", "percent", 19.501, 20.499, "exact"),
    # a change by a share, with no "of"
    ("Sales rose by a fifth.", "a fifth", "percent", 19.501, 20.499, "exact"),
    ("Sales grew by one-third in 2014.", "one-third", "percent", 32.8343, 33.8323, "exact"),
    ("Profits fell by a quarter to $3m.", "a quarter", "percent", 24.501, 25.499, "exact"),
    # hedges before
    ("more than 6,000 people were killed", "more than 6,000 people", "count", 6000, 7000, "more_than"),
    ("More than 6,100 people died", "More than 6,100 people", "count", 6100, 6200, "more_than"),
    ("more than 1.2 million people", "more than 1.2 million people", "count", 1.2e6, 1.3e6, "more_than"),
    ("over 200 raids", "over 200 raids", "count", 200, 300, "more_than"),
    # "over" before the parts a course or a contest is run across (sports.yaml ``spread_parts``) spreads it
    # across them, exactly that many: "The race, over 53 laps of the circuit", "played over 18 holes"
    ("The race, over 53 laps of the 5.793-km circuit, started at 1500.", "53 laps", "count", 53, 53, "exact"),
    ("The race ran over 51 laps of the circuit.", "51 laps", "count", 51, 51, "exact"),
    ("The Tour is raced over 21 stages.", "21 stages", "count", 21, 21, "exact"),
    ("Over 18 holes, she shot a 65.", "18 holes", "count", 18, 18, "exact"),
    # ... but not after "for" or "in", nor before other nouns
    ("Ferrante led for over 40 laps.", "over 40 laps", "count", 40, 50, "more_than"),
    ("He has played over 300 games.", "over 300 games", "count", 300, 400, "more_than"),
    ("at least 40 people were killed", "at least 40 people", "count", 40, 50, "at_least"),
    ("about 10 battalions", "about 10 battalions", "count", 9, 11, "about"),
    ("around 129 seats", "around 129 seats", "count", 116.1, 141.9, "about"),
    ("some 70 countries", "some 70 countries", "count", 63, 77, "about"),
    ("roughly 30 ships", "roughly 30 ships", "count", 27, 33, "about"),
    ("about a dozen soldiers", "about a dozen soldiers", "count", 10.8, 13.2, "about"),
    # "nearly N" is a tenth below N at most, not down to the next round figure: "nearly 300" is not 200
    ("nearly 300 passengers", "nearly 300 passengers", "count", 270, 300, "nearly"),
    ("Nearly 20 people were killed.", "Nearly 20 people", "count", 18, 20, "nearly"),
    ("Nearly 2,350 people fled.", "Nearly 2,350 people", "count", 2340, 2350, "nearly"),
    ("Turnout was nearly 64%.", "nearly 64%", "percent", 63, 64, "nearly"),
    # a running count's verbs: "toll nears 90" is under it, "cases topped 2,500" over it
    ("Cholera toll nears 90 people as aid arrives", "nears 90 people", "count", 81, 90, "nearly"),
    ("Cases topped 2,500 people on Friday.", "topped 2,500 people", "count", 2500, 2600, "more_than"),
    ("Sales exceeded $5 billion.", "exceeded $5 billion", "money", 5e9, 6e9, "more_than"),
    ("The bill passed 153 votes to 137.", "153 votes", "count", 153, 153, "exact"),
    # a threshold passed, as headlines tell a running count: over it
    ("Dengue cases pass 1,500 in the capital", "pass 1,500", "count", 1500, 1600, "more_than"),
    ("Quake toll passes 300", "passes 300", "count", 300, 400, "more_than"),
    ("Arrests crossed the 2,000 mark on Sunday.", "crossed the 2,000", "count", 2000, 3000, "more_than"),
    ("Cases passed the 40,000 mark overnight.", "passed the 40,000", "count", 40000, 50000, "more_than"),
    ("The fund surpassed the $2 million mark.", "surpassed the $2 million", "money", 2e6, 3e6, "more_than"),
    # "and a half" after a scale is a share of the scale
    ("A million and a half people marched.", "A million and a half people", "count", 1.5e6, 1.5e6, "exact"),
    # a count and a plural share are a share with no "of" too
    ("Turnout was around two thirds.", "around two thirds", "percent", 60, 73.33333, "about"),
    ("Three fifths voted yes.", "Three fifths", "percent", 59.501, 60.499, "exact"),
    # "half a million" is as precise as "500,000"
    ("Nearly half a million homes lost power.", "Nearly half a million homes", "count", 450000, 500000, "nearly"),
    ("More than half a million people fled.", "More than half a million people", "count", 500000, 600000, "more_than"),
    ("almost 50 crew", "almost 50 crew", "count", 45, 50, "nearly"),
    ("fewer than 10 attackers", "fewer than 10 attackers", "count", 0, 10, "less_than"),
    ("less than 500 votes", "less than 500 votes", "count", 400, 500, "less_than"),
    ("up to 20 sites", "up to 20 sites", "count", 10, 20, "up_to"),
    ("as many as 100 gunmen", "as many as 100 gunmen", "count", 0, 100, "up_to"),
    # "nearly", "almost", "just under": a little below, one step or a tenth of the number, whichever
    # is less ("nearly 100" is 90..100, "nearly 500" 450..500); "fewer than", "under", "up to" stay open
    ("Nearly 100 people were hurt.", "Nearly 100 people", "count", 90, 100, "nearly"),
    ("Almost 1,000 homes were damaged.", "Almost 1,000 homes", "count", 900, 1000, "nearly"),
    ("Just under 10,000 people fled.", "Just under 10,000 people", "count", 9000, 10000, "nearly"),
    ("Nearly 500 people were hurt.", "Nearly 500 people", "count", 450, 500, "nearly"),
    ("Fewer than 100 people came.", "Fewer than 100 people", "count", 0, 100, "less_than"),
    ("Up to 100 people died.", "Up to 100 people", "count", 0, 100, "up_to"),
    # "as few as", "as little as": the low end of what is said, perhaps more; "as high as" the high end
    ("As few as 30 people attended.", "As few as 30 people", "count", 30, 40, "at_least"),
    ("Tickets cost as little as $5.", "as little as $5", "money", 5, 6, "at_least"),
    ("Waves as high as 10 metres hit.", "as high as 10 metres", "measure", 0, 10, "up_to"),
    ("estimates from as few as 30 to as many as 100 deaths", "as few as 30", "count", 30, 40, "at_least"),
    ("within 24 hours", "within 24 hours", "duration", 23 * H, 24 * H, "at_most"),
    ("more than four hours", "more than four hours", "duration", 4 * H, 5 * H, "more_than"),
    ("not more than 20 people", "not more than 20 people", "count", 10, 20, "at_most"),
    ("slightly more than 200 people", "slightly more than 200 people", "count", 200, 300, "more_than"),
    ("well below 5 percent", "well below 5 percent", "percent", 4, 5, "less_than"),
    ("in the region of 2,000 people", "in the region of 2,000 people", "count", 1800, 2200, "about"),
    ("circa 300 people", "circa 300 people", "count", 270, 330, "about"),
    # hedges after
    ("50 people or fewer", "50 people or fewer", "count", 40, 50, "at_most"),
    ("people aged 65 or older", "aged 65 or older", "age", 65, 130, "at_least"),
    ("20 people or thereabouts", "20 people or thereabouts", "count", 18, 22, "about"),
    ("the toll rose to 200 and counting", "200 and counting", "count", 200, 300, "at_least"),
    ("1,000 or more people", "1,000 or more people", "count", 1000, 2000, "at_least"),
    ("40-odd ships", "40-odd ships", "count", 40, 50, "more_than"),
    ("200-plus votes", "200-plus votes", "count", 200, 300, "at_least"),
    ("an hour or so", "an hour or so", "duration", 0.9 * H, 1.1 * H, "about"),
    # two bounds
    ("more than 5 but fewer than 10 people were killed", "more than 5 but fewer than 10 people", "count", 5, 10, "range"),
    ("more than 5 but fewer than 10 hours", "more than 5 but fewer than 10 hours", "duration", 5 * H, 10 * H, "range"),
    ("between 20 and 30 people were killed", "between 20 and 30 people", "count", 20, 30, "range"),
    ("20 to 30 people were killed", "20 to 30 people", "count", 20, 30, "range"),
    ("20-30 people were killed", "20-30 people", "count", 20, 30, "range"),
    ("between two and three hours", "between two and three hours", "duration", 2 * H, 3 * H, "range"),
    ("between 1.5 and 2 million people", "between 1.5 and 2 million people", "count", 1.5e6, 2e6, "range"),
    ("between two hundred and three hundred people", "between two hundred and three hundred people", "count", 200, 300, "range"),
    # a minus sign makes its end of a range negative: one range, not two values
    ("Forecasts ranged from -5% to 5%.", "from -5% to 5%", "percent", -5, 5, "range"),
    ("growth of between -2% and -1%", "between -2% and -1%", "percent", -2, -1, "range"),
    ("temperatures of -10C to -2C", "-10C to -2C", "measure", -10, -2, "range"),
    ("temperatures from -5C to 5C", "from -5C to 5C", "measure", -5, 5, "range"),
    ("Forecasts ranged from 5% to 7%.", "from 5% to 7%", "percent", 5, 7, "range"),
    ("Temperatures ranged from minus 5 to 5 degrees.", "from minus 5 to 5 degrees", "measure", -5, 5, "range"),
    ("Temperatures between -10 and -5 degrees.", "between -10 and -5 degrees", "measure", -10, -5, "range"),
    # below zero the end nearer zero is often written first: a range all the same
    ("Lows will range from -18 °C to -34 °C.", "from -18 °C to -34 °C", "measure", -34, -18, "range"),
    ("Lows between minus 18 and minus 34 degrees.", "between minus 18 and minus 34 degrees", "measure", -34, -18, "range"),
    ("Lows of about -10C to -20C are forecast.", "about -10C to -20C", "measure", -22, -9, "range"),
    ("Temperatures of 30 to 35 degrees.", "30 to 35 degrees", "measure", 30, 35, "range"),
    # a hedge before a range widens each end as it widens one number, and is part of the span
    ("Some 40,000-50,000 people marched.", "Some 40,000-50,000 people", "count", 36000, 55000, "range"),
    ("about 40,000 to 50,000 people marched", "about 40,000 to 50,000 people", "count", 36000, 55000, "range"),
    ("Around 3 to 4 hours passed.", "Around 3 to 4 hours", "duration", 2.7 * H, 4.4 * H, "range"),
    ("between about 10 and 12 people died", "between about 10 and 12 people", "count", 9, 13.2, "range"),
    ("nearly 5-6 million dollars", "nearly 5-6 million dollars", "money", 4.5e6, 6e6, "range"),
    ("more than 20-30 people", "more than 20-30 people", "count", 20, 40, "range"),
    ("the toll rose from about 120 to 150 people", "150 people", "count", 150, 150, "exact"),
    ("Deaths doubled to 400 people.", "400 people", "count", 400, 400, "exact"),
    ("It fell 5%, to -3%.", "-3%", "percent", -3.499, -2.501, "exact"),
    # "and a half" and written fractions join the number
    ("two and a half days", "two and a half days", "duration", 2.5 * 86400, 2.5 * 86400, "exact"),
    ("three-and-a-half years", "three-and-a-half years", "duration", 3.5 * 31556952, 3.5 * 31556952, "exact"),
    ("2 and a half million people", "2 and a half million people", "count", 2.5e6, 2.5e6, "exact"),
    ("2 1/2 hours", "2 1/2 hours", "duration", 2.5 * H, 2.5 * H, "exact"),
    ("a 3½-mile walk", "3½-mile", "measure", 5431.94, 5833.47, "exact"),
    # decimals said in words: "two point five million" is not "two" and "five million"
    ("two point five million people voted", "two point five million people", "count", 2.5e6, 2.5e6, "exact"),
    ("turnout was sixty-two point three percent", "sixty-two point three percent", "percent", 62.2501, 62.3499, "exact"),
    ("it lasted three point five hours", "three point five hours", "duration", 3.5 * H, 3.5 * H, "exact"),
    ("Two point guards were injured.", "Two point guards", "count", 2, 2, "exact"),  # no digit word after "point"
    # vague quantities with a scale
    ("billions of people", "billions of people", "count", 2e9, 9999999999, "range"),
    ("hundreds of millions of people", "hundreds of millions of people", "count", 2e8, 999999999, "range"),
    ("half the passengers", "half", "percent", 49.501, 50.499, "exact"),
    # ... and of a whole an owner opens: "half its value", "half their homes"
    ("The stock has lost half its value.", "half", "percent", 49.501, 50.499, "exact"),
    ("Half their homes were destroyed.", "Half", "percent", 49.501, 50.499, "exact"),
    ("The shares lost nearly half their value.", "nearly half", "percent", 45, 50, "nearly"),
    ("a two-thirds majority", "two-thirds", "percent", 66.1677, 67.1657, "exact"),
    ("Profits fell by half.", "half", "percent", 49.501, 50.499, "exact"),
    ("It was cut by half, officials said.", "half", "percent", 49.501, 50.499, "exact"),
    # a hedge between "by" and the share
    # (a share's precision is the share: more than half reaches the whole, nearly a third is a tenth below it)
    ("The stock has fallen by more than half this year.", "more than half", "percent", 50, 100, "more_than"),
    ("Profits fell by nearly a third.", "nearly a third", "percent", 30, 33.3333, "nearly"),
    ("Almost half of the homes were destroyed.", "Almost half", "percent", 45, 50, "nearly"),
    ("Less than a quarter of the aid arrived.", "Less than a quarter", "percent", 0, 25, "less_than"),
    # ... never past the whole
    ("More than two-thirds of voters backed it.", "More than two-thirds", "percent", 66.6667, 100, "more_than"),
    ("More than three-quarters of voters backed it.", "More than three-quarters", "percent", 75, 100, "more_than"),
    # ... which only a share below the whole is cut at: one past it keeps its own precision (low below high)
    ("More than three halves of the budget went on health.", "More than three halves", "percent", 150, 300, "more_than"),
    ("Nearly five quarters of the budget went on health.", "Nearly five quarters", "percent", 112.5, 125, "nearly"),
    ("More than a half of the budget went on health.", "More than a half", "percent", 50, 100, "more_than"),
    # a share "in" or "out of" a whole steps by one part of the whole, as a fraction does
    ("More than one in four adults smoke.", "More than one in four", "percent", 25, 50, "more_than"),
    ("More than three in four adults smoke.", "More than three in four", "percent", 75, 100, "more_than"),
    ("Nearly one in four children live in poverty.", "Nearly one in four", "percent", 22.5, 25, "nearly"),
    ("Almost 1 in 5 adults smoke.", "Almost 1 in 5", "percent", 18, 20, "nearly"),
    ("Fewer than one in ten adults smoke.", "Fewer than one in ten", "percent", 0, 10, "less_than"),
    ("About one in three adults smoke.", "About one in three", "percent", 30, 36.6667, "about"),
    ("One in five adults smoke.", "One in five", "percent", 19.501, 20.499, "exact"),
    ("More than 5.3 per 100,000 people died.", "More than 5.3 per 100,000", "percent", 0.0053, 0.0054, "more_than"),
    ("Over 1/3 of the budget went on health.", "Over 1/3", "percent", 33.3333, 66.6667, "more_than"),
    ("Costs were cut by about a quarter.", "about a quarter", "percent", 22.5, 27.5, "about"),
    ("four and a quarter million people", "four and a quarter million people", "count", 4.25e6, 4.25e6, "exact"),
    # a no-break or thin space groups thousands as a comma does
    ("12\u00a0000 workers went on strike", "12\u00a0000 workers", "count", 12000, 12000, "exact"),
    ("12\u202f000 workers went on strike", "12\u202f000 workers", "count", 12000, 12000, "exact"),
    ("It cost €1\u00a0250\u00a0000.", "€1\u00a0250\u00a0000", "money", 1250000, 1250000, "exact"),
    ("They paid 12\u2009500.50 euros.", "12\u2009500.50 euros", "money", 12500.495, 12500.505, "exact"),
    # ... and so does a plain space, where no other figure, month or label stands before the number and
    # no figure after it (test_a_plain_space_groups_no_thousands)
    ("The shaft reaches 1 580 m below surface.", "1 580 m", "measure", 1575.01, 1584.99, "exact"),
    ("The mine employs about 4 600 people.", "about 4 600 people", "count", 4140, 5060, "about"),
    ("Some 12 500 people were evacuated.", "Some 12 500 people", "count", 11250, 13750, "about"),
    ("A total of 1 234 567 votes were cast.", "1 234 567 votes", "count", 1234567, 1234567, "exact"),
    ("It was fined R4.2-million (about $240 000).", "about $240 000", "money", 216000, 264000, "about"),
    ("At least 2 100 workers lost their jobs.", "At least 2 100 workers", "count", 2100, 2200, "at_least"),
    ("The tower is 1 250.5 m tall.", "1 250.5 m", "measure", 1250.45, 1250.55, "exact"),
    ("a hundred and fifty people", "a hundred and fifty people", "count", 150, 150, "exact"),
    ("several dozen people", "several dozen people", "count", 36, 108, "range"),
    ("a quarter of a million people", "a quarter of a million people", "count", 250000, 250000, "exact"),
    ("three-quarters of a million people", "three-quarters of a million people", "count", 750000, 750000, "exact"),
    ("a quarter of an hour", "a quarter of an hour", "duration", 900, 900, "exact"),
    ("three quarters of an hour", "three quarters of an hour", "duration", 2700, 2700, "exact"),
    # a hyphened fraction is no attribute of a count ("three-quarters" is not 3 quarters)
    ("Three-quarters of an hour later they left.", "Three-quarters of an hour", "duration", 2700, 2700, "exact"),
    # a scale after "hundred and" takes the hundreds too; a larger scale after a smaller one multiplies it
    ("Two hundred and fifty thousand people marched.", "Two hundred and fifty thousand people", "count", 250000, 250000,
     "exact"),
    ("One hundred and twenty thousand people fled.", "One hundred and twenty thousand people", "count", 120000, 120000,
     "exact"),
    ("between two hundred and three hundred people", "between two hundred and three hundred people", "count", 200, 300,
     "range"),
    # after "between" a lone "and" is the range's, whatever scales stand either side of it
    ("Between five hundred and two thousand people came.", "Between five hundred and two thousand people", "count",
     500, 2000, "range"),
    ("between a hundred and two thousand people fled", "between a hundred and two thousand people", "count",
     100, 2000, "range"),
    ("between two hundred and fifty thousand and 300,000 people", "between two hundred and fifty thousand and 300,000 people",
     "count", 250000, 300000, "range"),
    ("between two hundred and fifty and three hundred people", "between two hundred and fifty and three hundred people",
     "count", 250, 300, "range"),
    ("between a hundred and twenty and 150 people", "between a hundred and twenty and 150 people", "count", 120, 150,
     "range"),
    ("from two hundred and fifty thousand to 300,000 people", "from two hundred and fifty thousand to 300,000 people",
     "count", 250000, 300000, "range"),
    ("Five hundred and two thousand people voted.", "Five hundred and two thousand people", "count", 502000, 502000,
     "exact"),
    ("The loan was three thousand million pounds.", "three thousand million pounds", "money", 2.8503e9, 3.1497e9, "exact"),
    ("The state spent two lakh crore rupees.", "two lakh crore rupees", "money", 1.9002e12, 2.0998e12, "exact"),
    # a headline may open with a bare scale word before a lower-case noun; "Thousands" is vague
    ("Million people watched the final.", "Million people", "count", 1e6, 1e6, "exact"),
    ("Thousands marched in the capital.", "Thousands", "count", 2000, 9999, "range"),
    # "a half-million": half the scale
    ("A half-million people marched.", "A half-million people", "count", 500000, 500000, "exact"),
    ("a half million people marched", "a half million people", "count", 500000, 500000, "exact"),
    # ... and "a quarter million" a quarter of it
    ("A quarter million people were displaced.", "A quarter million people", "count", 250000, 250000, "exact"),
    ("a quarter-million people fled", "a quarter-million people", "count", 250000, 250000, "exact"),
    ("A quarter of the people left.", "A quarter", "percent", 24.501, 25.499, "exact"),
    # a round pair of three and four digits is a range, not a local phone number
    ("The town has 100-1000 people.", "100-1000 people", "count", 100, 1000, "range"),
    ("Some 500-2000 people came.", "Some 500-2000 people", "count", 450, 2200, "range"),
    # South Asian scales in the plural
    ("The state has 12 lakhs farmers.", "12 lakhs farmers", "count", 1.2e6, 1.2e6, "exact"),
    ("Lakhs of people gathered.", "Lakhs of people", "count", 200000, 9999999, "range"),
    ("Close on 500 people marched.", "Close on 500 people", "count", 450, 500, "nearly"),
    # a dash before round thousands shares them: no range runs from 5 to 6,000
    ("The firm employs 5-6,000 people.", "5-6,000 people", "count", 5000, 6000, "range"),
    ("Some 20-30,000 fans came.", "Some 20-30,000 fans", "count", 18000, 33000, "range"),
    ("It costs $5-6,000.", "$5-6,000", "money", 5000, 6000, "range"),
    ("The firm employs 10-15,500 people.", "10-15,500 people", "count", 10, 15500, "range"),
    # "to" and "between ... and" share them as the dash does
    ("Between 5 to 6,000 people marched.", "Between 5 to 6,000 people", "count", 5000, 6000, "range"),
    ("Between 5 and 6,000 people signed.", "Between 5 and 6,000 people", "count", 5000, 6000, "range"),
    ("Some 20 to 30,000 fans came.", "Some 20 to 30,000 fans", "count", 18000, 33000, "range"),
    ("The scale runs from 1 to 1,000 points.", "from 1 to 1,000 points", "count", 1, 1000, "range"),
    ("The firm employs 10 to 15,500 people.", "10 to 15,500 people", "count", 10, 15500, "range"),
    # American vague quantities
    ("A couple hundred people marched.", "A couple hundred people", "count", 200, 300, "range"),
    ("A half-dozen people were hurt.", "A half-dozen people", "count", 6, 6, "exact"),
    ("a half dozen people were hurt", "a half dozen people", "count", 6, 6, "exact"),
    ("A pair of gunmen opened fire.", "A pair of gunmen", "count", 2, 2, "exact"),
    ("Several hundred thousand people fled.", "Several hundred thousand people", "count", 300000, 900000, "range"),
    ("They lost a few hundred million dollars.", "a few hundred million dollars", "money", 2e8, 5e8, "range"),
    ("A trio of suspects were arrested.", "A trio of suspects", "count", 3, 3, "exact"),
]


@pytest.mark.parametrize("text, span, kind, low, high, qualifier", NUMBERS)
def test_numbers(text, span, kind, low, high, qualifier):
    v = pick(text, kind, span)
    assert (v.low, v.high, v.qualifier) == (pytest.approx(low, rel=1e-4), pytest.approx(high, rel=1e-4), qualifier)


def test_ordinal_keeps_its_number():
    v = pick("the 70th anniversary", "count", "70th anniversary")
    assert (v.low, v.high, v.ordinal) == (70, 70, True)


# Numbers that are labels, codes, years, list marks or clock times, even with a role word close by.
NOTHING_COUNTABLE = [
    "It was followed by a third round.",
    "In 2014, the attackers were arrested.",
    "1. First item",
    "1. The dead were named.",
    "The gunmen stormed 10 Downing Street and killed a guard.",
    "The concert hall at 50 boulevard Voltaire was attacked by gunmen.",
    "Call 555-1234 if relatives are missing.",
    "Call (202) 555-0123 if relatives are missing.",
    "The attack began at 9:20 p.m. and the gunmen were killed.",
    "By 21:20 the passengers were missing.",
    "One of the gunmen was killed.",
    "Secretary of State John Kerry said one of the attackers died.",
    "No one was killed.",
    "An SA-22 missile killed the crew.",
    "At the G-20 summit, leaders mourned the dead.",
    "Flight 370 vanished and the passengers are missing.",
    "Under Article 5, allies counted the dead.",
    "No. 10 said the attackers were arrested.",
    "Chapter 11 bankruptcy left workers missing wages.",
    # numbers on either side of a slash are dates, ratios or codes
    "The 9/11 attacks killed the passengers.",
    "Rescuers worked 24/7 while the passengers were missing.",
    "He scored 7/10 while the passengers were missing.",
    "The 1/10th scale model and 12/25 of it were missing.",
    "The 4G network failed and the passengers were missing.",
    "Mr. Smith, 2nd from left, was among the dead.",
    "A one-off payment went to the families of the dead.",
    "In the second half the team scored and the fans were injured.",
    "In the first half their fans were injured.",
    "The bill was cut in half. All the fans were injured.",
    "He was beaten by half a length.",
    "He was beaten by more than half a length.",
    "Sales were driven by about a third round of cuts.",
    # a multiplier counts no one, even beside a role word; the value after "doubled to" is a count
    "Three times as many people were killed.",
    "The toll was three times higher than reported.",
    "The death toll rose by 10 times.",
    "A five-fold rise in deaths was reported.",
    "Prices rose two and a half times.",
    "He was arrested three times.",
    # quarters count a year's with no "of", no share
    "Growth slowed for three quarters.",
    # a scale word with no count before it is a name's, or a number's this reader does not know
    "The gunman killed the guests in Thousand Oaks.",
    "The Hundred Years' War killed the soldiers.",
    "The Thousand Islands ferry was missing.",
    # at a title's or sentence's start too: a bare scale word before a capitalised word opens a name
    "Thousand Oaks shooting\n\nThe gunman killed the guests.",
    "The gunman fled. Thousand Oaks police said the guests were killed.",
    "Hundred Acre Wood was closed and the passengers were missing.",
    "Officials counted 1,5 million votes.",
    # a model's variant after its letters and digits
    "The Airbus A320-200 carried the passengers.",
    "The Tupolev Tu-154M-2 carried the passengers.",
]


@pytest.mark.parametrize("text", NOTHING_COUNTABLE)
def test_nothing_countable(text):
    found = extract_found(text, None, [(0, len(text))])
    assert [text[f.start:f.end] for f in found if f.value.kind in NUMERIC] == []


# No number, hedge, range or unit reaches across a paragraph break (a line break, maybe blanks,
# another line break; "\r\n" and "\r" too): a title's last word never joins the body's first.
# One line break inside a hard-wrapped paragraph is a blank.
PARAGRAPHS = [
    ("Probe two\n\nOne hundred and twenty people were injured.", [("count", "One hundred and twenty people")]),
    ("Probe two\r\n\r\nOne hundred and twenty people were injured.", [("count", "One hundred and twenty people")]),
    ("Probe two\r\rOne hundred and twenty people were injured.", [("count", "One hundred and twenty people")]),
    ("Probe two\n \nOne hundred and twenty people were injured.", [("count", "One hundred and twenty people")]),
    ("Flight 370\n\nHours later, the plane vanished.", []),
    ("Route 66\n\nMiles of road were closed.", []),
    ("It rose 5\n\nPercent of voters said no.", []),
    ("Officials counted more than\n\n40 people hurt.", [("count", "40 people")]),
    ("From 2 to\n\n5 people came.", [("count", "5 people")]),
    ("Bonds worth $5\n\nMillion people watched.", [("money", "$5"), ("count", "Million people")]),
    ("It cost EUR\n\n5 people came.", [("count", "5 people")]),
    ("Magnitude\n\n6 people died.", [("count", "6 people")]),
    ("Children aged\n\n40 people came.", [("count", "40 people")]),
    # a paragraph break is no rate's "a week" either
    ("Output hit 500\n\nA week of talks ended.", [("duration", "A week")]),
    ("Output hit 500\r\n\r\nA week of talks ended.", [("duration", "A week")]),
    ("One hundred\nand twenty people were injured.", [("count", "One hundred\nand twenty people")]),
    ("Officials counted more than\n40 people hurt.", [("count", "more than\n40 people")]),
    ("They waited 3\r\nhours.", [("duration", "3\r\nhours")]),
    ("Output hit 500 a week.", []),
]


# a plain space between two numbers is no thousands separator
@pytest.mark.parametrize("text, spans", [
    ("In 2012 300 people died.", ["2012", "300 people"]),
    ("In 2012\u00a0300 people died.", ["2012", "300 people"]),
    # a plain space groups only where the reading is plain: not after another figure, a month's day, a
    # label or a name that numbers ("Flight 370"), nor before a further figure (a list, a phone number)
    ("On May 3 150 people were evacuated.", ["May 3", "150 people"]),
    ("By Sept. 8 200 miners were trapped.", ["Sept. 8", "200 miners"]),
    ("Flight 370 239 passengers were lost.", ["239 passengers"]),
    ("In 2015 580 people died.", ["2015", "580 people"]),
])
def test_a_plain_space_groups_no_thousands(text, spans):
    found = extract_found(text, None, [(0, len(text))])
    assert [text[f.start:f.end] for f in found if f.value.kind in NUMERIC | {"date"}] == spans


# figures side by side with plain spaces where a group is not of three digits, a phone number's, are each
# their own; groups of three are one number ("98 101 120", as "98,101,120")
@pytest.mark.parametrize("text, values", [
    ("Call +27 11 555 1234 today.", [27, 11, 555, 1234]),
    ("Lap times 58 61 and 60.", [58, 61, 60]),
    ("Lap times 58 610 and 600.", [58610, 600]),
    ("They counted 2 500 of them.", [2500]),
])
def test_plain_spaced_figures_side_by_side(text, values):
    from factcheck.extract.numbers import scan_numbers

    assert [n.value for n in scan_numbers(text)] == values


# "a" takes no hyphen before a fraction: "an hour-and-a-half" holds no share "a-half"
@pytest.mark.parametrize("text", ["The vote took an hour-and-a-half.", "It took a year-and-a-half.",
                                  "It lasted a day-and-a-third.", "They won two and a third of the votes."])
def test_a_hyphened_a_half_is_no_share(text):
    found = extract_found(text, None, [(0, len(text))])
    assert [text[f.start:f.end] for f in found if f.value.kind == "percent" and "-" in text[f.start:f.end]] == []
    assert [text[f.start:f.end] for f in found if f.value.kind == "percent" and " and " in text[f.start:f.end]] == []


@pytest.mark.parametrize("text, expected", [
    # tenths with no "of" are a small step, no share of a whole: before "to" and a percentage, a rate's
    # step in points (test_money's PERCENT)
    ("Inflation rose two tenths to 1.8% in April.", ["two tenths", "1.8%"]),
    ("Inflation rose two tenths to 1.8 in April.", []),
    ("Hamilton was three tenths quicker than Bottas.", []),
    ("Growth slowed for three quarters.", []),
    # ... but a share before "of", and thirds and fifths with no "of" (NUMBERS)
    ("Three tenths of voters backed the plan.", ["Three tenths"]),
    ("Turnout was around two thirds.", ["around two thirds"]),
])
def test_tenths_are_a_share_only_before_of(text, expected):
    found = extract_found(text, None, [(0, len(text))])
    assert [text[f.start:f.end] for f in found if f.value.kind == "percent"] == expected


@pytest.mark.parametrize("text, expected", PARAGRAPHS)
def test_nothing_reaches_across_a_paragraph_break(text, expected):
    found = extract_found(text, None, [(0, len(text))])
    assert [(f.value.kind, text[f.start:f.end]) for f in found if f.value.kind in NUMERIC] == expected


def test_no_extractor_raises_and_spans_are_clean():
    rng = random.Random(3)
    pieces = list("0123456789 ,.-–$€£%()kmMbn\n:/+°²") + [
        "million ", "more than ", "between ", " and ", " to ", "hours", "people", "killed", "km", "sq ",
        "a ", "dozen", "half ", "an hour", "year-old", "aged ", "magnitude", "or more", "-odd", "of ",
        "twenty", "-one", "thirds", "per cent", "A$", "euros", "nautical miles", "but fewer than "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += ["".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    texts += ["9" * 400 + " people were killed", "between 5 and " + "9" * 400 + " km", "aged " + "9" * 400,
              "1" + "0" * 400 + " people", "9" * 308 + " km", "dozen " * 400 + "people"]
    texts += [p.read_text(encoding="utf-8-sig") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    for text in texts:
        for f in extract_found(text, None, [(0, len(text))]):
            span = text[f.start:f.end]
            assert span == span.strip(), (text, span)
            if isinstance(f.value.low, (int, float)) and isinstance(f.value.high, (int, float)):
                assert f.value.low <= f.value.high, (text, span)


def test_a_reader_pattern_that_matches_is_never_ruled_out_by_what_follows():
    """``Opens.may(lead(...))`` and ``Opens.may_open`` of the first characters only spare matches that would fail."""
    from factcheck.extract import ages, counts, durations, measures, money, numbers, percent, quantities
    from factcheck.extract.base import lead

    m_after, m_mag, _ = measures._patterns()
    guarded = [
        (percent._after(), percent._opens()),
        (durations._patterns()[0], durations._opens()),
        (ages._AFTER, ages._AFTER_OPENS),
        (m_after, measures._opens()[0]),
        (m_mag, measures._opens()[1]),
        (money._patterns()[1], money._patterns()[4]),
        (money._patterns()[5], money._patterns()[4]),
        (percent._points_short(), percent._opens()),
        (numbers.patterns().hedge_after, numbers._hedge_after_opens()),
        (quantities._multiplier(), quantities._multiplier_opens()),
        (counts._guards().partitive, counts._guards().opens_of),
    ]
    rng = random.Random(5)
    pieces = [" ", "  ", "\t", "\n", "-", " - ", "\u00a0", "\u212a", "\u017f", ".", ",", "%", "+", "°", "²", "é",
              "per cent", "percent", "hours", "Hrs", "year", "YEARS", "-old", "old", "km", "KM", "m", "M", "C", "F",
              "sq", "nautical", "miles", "magnitude", "or more", "plus", "odd", "of", "OF", "euros", "EUR", "usd",
              "million", "bn", "pounds", "people", "a", "x",
              "hour", "pesos", "yen", "Hong Kong", "m²", "km²", "k\u017f", "mi", "pp", "p", "times", "fold", "cent"]
    for _ in range(20000):
        text = "5" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        t = lead(text, 1)
        opening = quantities._OPENING.match(text, 1).group(1)
        for pattern, opens in guarded:
            if pattern.match(text, 1):
                assert opens.may(t), (pattern.pattern[:60], text)
                assert opens.may_open(opening), (pattern.pattern[:60], text)


def test_the_first_characters_tell_forms_apart_and_a_character_past_ascii_may_match_any():
    from factcheck.extract.base import Opens

    opens = Opens(["hong kong dollars", "pesos", "x²", "\u212a"])
    assert not opens.may_open("hour") and not opens.may_open("peop") and not opens.may_open("xy")
    assert opens.may_open("Hong") and opens.may_open("PESO") and opens.may_open("x²") and opens.may_open("k")
    assert opens.may_open("ho\u212a") and opens.may_open("é")  # past ASCII: any form may go on
    assert not Opens(["x²"]).may_open("y²") and Opens(["x²"]).may_open("x³")


# A bare number that "from", "up from", "compared with", "against" or "versus" sets against the
# quantity right before it in its sentence is of that quantity's unit, or counts what it counts;
# so is the bare "from" number of a change that ends in a unit ("from 1.2 million to 1.5 million units").
ELIDED_UNIT = [
    ("Sales rose to 1.5 million units from 1.2 million in 2014.",
     [("count", "1.5 million units", "unit"), ("count", "1.2 million", "unit")]),
    ("Revenue was $3.5 billion in the first quarter, up from 3.1 billion a year earlier.",
     [("money", "$3.5 billion", "USD"), ("money", "3.1 billion", "USD")]),
    ("Exports fell to 12,000 tonnes from 15,000 last year.",
     [("measure", "12,000 tonnes", "kilogram"), ("measure", "15,000", "kilogram")]),
    ("Output rose to 2.1 million barrels a day from 1.9 million in March.",
     [("measure", "2.1 million barrels a day", "litre_per_second"), ("measure", "1.9 million", "litre_per_second")]),
    ("The company sold 4,000 cars, compared with 3,500 a year earlier.",
     [("count", "4,000 cars", "car"), ("count", "3,500", "car")]),
    ("Profit rose to 120 million euros from about 114 million.",
     [("money", "120 million euros", "EUR"), ("money", "about 114 million", "EUR")]),
    ("Unemployment fell to 5.4 percent from 5.6.", [("percent", "5.4 percent", "percent"), ("percent", "5.6", "percent")]),
    ("The quake was revised to magnitude 7.0 from 6.8.",
     [("measure", "magnitude 7.0", "magnitude"), ("measure", "6.8", "magnitude")]),
    ("Prices rose from 1.2 million yen to 1.5 million.",
     [("money", "1.2 million yen", "JPY"), ("money", "1.5 million", "JPY")]),
    ("Sales rose from 1.2 million to 1.5 million units.",
     [("count", "1.2 million", "unit"), ("count", "1.5 million units", "unit")]),
    ("Exports fell from about 15,000 to 12,000 tonnes.",
     [("measure", "about 15,000", "kilogram"), ("measure", "12,000 tonnes", "kilogram")]),
    ("Police counted 5,000 people, against 20,000 claimed by organisers.",
     [("count", "5,000 people", "person"), ("count", "20,000", "person")]),
    # "and", "but", "while" only where a time or place sets the two apart
    ("Exports were 1.2 million tonnes in 2014 and 900,000 in 2013.",
     [("measure", "1.2 million tonnes", "kilogram"), ("measure", "900,000", "kilogram")]),
    ("Profit was $5 billion last year, but 3 billion in 2013.",
     [("money", "$5 billion", "USD"), ("money", "3 billion", "USD")]),
    ("He ran 20 km and 3 in the evening.", [("measure", "20 km", "metre")]),
    # a noun after the bare number is what it counts; a year is a date; "to" pairs only after "from";
    # "from" only after a change's end, not after a distance's place;
    # never across sentences
    ("The storm passed 20 km from 3 villages.", [("measure", "20 km", "metre"), ("count", "3 villages", "village")]),
    ("The town lies 20 km from 3 Japanese bases.", [("measure", "20 km", "metre"), ("count", "3 Japanese", "person")]),
    # ... while the level a plural subject's change reached counts the subject ("sales"), no percent
    ("Sales fell 20% to 1.5 million.", [("percent", "20%", "percent"), ("count", "1.5 million", "sale")]),
    ("The dam holds 12,000 tonnes against 300 soldiers.", [("measure", "12,000 tonnes", "kilogram"),
                                                           ("count", "300 soldiers", "person")]),
    ("Rain fell on 12,000 hectares from 1998.", [("measure", "12,000 hectares", "square_metre")]),
    ("He ran 10 km. From 3 on, the road was closed.", [("measure", "10 km", "metre")]),
    ("The ship sank 20 km from 3 in the morning.", [("measure", "20 km", "metre")]),
    ("The ship sank 20 km from 300 as the storm hit.", [("measure", "20 km", "metre")]),
    # a change in percent is no level of what follows: those stay bare
    ("Sales rose 5% from 2.1 million a year earlier.", [("percent", "5%", "percent")]),
    ("Unemployment rose 0.3 percentage points from 5.2 in May.", [("percent", "0.3 percentage points", "percentage_point")]),
    ("The temperature rose to 30C from -2 in the morning.", [("measure", "30C", "celsius"), ("measure", "-2", "degree")]),
    ("The flight took 3 hours from 2 in the afternoon.", [("duration", "3 hours", "second")]),
    # a verb that sets a value (hedges.yaml set_verbs), its object between: "from X to Y" is the old
    # value and the new, no range
    ("The state raised the speed limit from 50 to 70 mph.",
     [("measure", "50", "metre_per_second"), ("measure", "70 mph", "metre_per_second")]),
    ("Officials extended the exclusion zone from 20 to 30 km.", [("measure", "20", "metre"), ("measure", "30 km", "metre")]),
    ("The bank cut its key rate from 5.5% to 5.25%.", [("percent", "5.5%", "percent"), ("percent", "5.25%", "percent")]),
    ("The firm increased the fine from $100 to $500.", [("money", "$100", "USD"), ("money", "$500", "USD")]),
    # ... a range stays one where no such verb stands
    ("Speeds from 50 to 70 mph were recorded.", [("measure", "from 50 to 70 mph", "metre_per_second")]),
    ("From 50 to 70 people were hurt.", [("count", "From 50 to 70 people", "person")]),
    ("Speeds between 50 and 70 mph were recorded.", [("measure", "between 50 and 70 mph", "metre_per_second")]),
    ("The limit was raised. Speeds from 50 to 70 mph were recorded.", [("measure", "from 50 to 70 mph", "metre_per_second")]),
]


@pytest.mark.parametrize("text, expected", ELIDED_UNIT)
def test_a_bare_number_takes_the_unit_of_the_quantity_it_is_set_against(text, expected):
    ends = [i + 1 for i, c in enumerate(text) if c == "." and text[i + 1:i + 2] in (" ", "")]
    sentences = list(zip([0] + [e + 1 for e in ends[:-1]], ends))
    found = extract_found(text, None, sentences)
    assert [(f.value.kind, text[f.start:f.end], f.value.counted if f.value.kind == "count" else f.value.unit)
            for f in found if f.value.kind in NUMERIC] == expected
