"""Dates: what each phrasing must become, as a table.

Each row: text, publication date, the exact span expected, its interval
(low, high; None when it cannot be placed without a reference date) and its
granularity. Unless said otherwise the article was published on Tuesday
2015-05-12. Relative expressions resolve against that date, the "most recent"
reading winning unless the sentence points forward ("will", "scheduled").
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from factcheck.extract import extract_found

PUB = dt.date(2015, 5, 12)  # a Tuesday
OCT = dt.date(2015, 10, 1)
NONE = None

ROWS = [
    # --- full dates, every common order ------------------------------------------
    ("He arrived on May 12, 2015.", PUB, "May 12, 2015", "2015-05-12", "2015-05-12", "day"),
    ("The attacks of 13 November 2015 shocked Paris.", PUB, "13 November 2015", "2015-11-13", "2015-11-13", "day"),
    ("It opened on the 11th of March.", PUB, "the 11th of March", "2015-03-11", "2015-03-11", "day"),
    # a day in words: "of" after it, or "Month the ..." at a clause's end
    ("The vote is on the first of May.", PUB, "the first of May", "2015-05-01", "2015-05-01", "day"),
    ("They met on the twenty-first of May.", PUB, "the twenty-first of May", "2015-05-21", "2015-05-21", "day"),
    ("The twenty first of March 2014 was a Friday.", PUB, "The twenty first of March 2014", "2014-03-21", "2014-03-21", "day"),
    ("On May the 5th, they met.", PUB, "May the 5th", "2015-05-05", "2015-05-05", "day"),
    ("The match is on June the first.", PUB, "June the first", "2015-06-01", "2015-06-01", "day"),
    ("In May the second round began.", PUB, "May", "2015-05-01", "2015-05-31", "month"),
    ("In May the 5 candidates met.", PUB, "May", "2015-05-01", "2015-05-31", "month"),
    ("Filed 2015-05-12 by the desk.", PUB, "2015-05-12", "2015-05-12", "2015-05-12", "day"),
    ("Filed 2015/05/12 by the desk.", PUB, "2015/05/12", "2015-05-12", "2015-05-12", "day"),
    # day and month in digits: a part over 12 is the day; otherwise both readings are kept
    ("The rally on 5/13/2015 drew thousands.", PUB, "5/13/2015", "2015-05-13", "2015-05-13", "day"),
    ("The rally on 13/05/2015 drew thousands.", PUB, "13/05/2015", "2015-05-13", "2015-05-13", "day"),
    ("The rally on 31.12.2014 drew thousands.", PUB, "31.12.2014", "2014-12-31", "2014-12-31", "day"),
    ("The rally on 5/13/15 drew thousands.", PUB, "5/13/15", "2015-05-13", "2015-05-13", "day"),
    ("The rally on 05/03/2015 drew thousands.", PUB, "05/03/2015", "2015-03-05", "2015-05-03", "day"),
    # with dots the day comes first (as Europe writes it): one date, not both orders
    ("The decree is dated 12.06.2021.", PUB, "12.06.2021", "2021-06-12", "2021-06-12", "day"),
    ("The rally on 03.04.2020 drew thousands.", PUB, "03.04.2020", "2020-04-03", "2020-04-03", "day"),
    ("The rally on 12.31.2014 drew thousands.", PUB, "12.31.2014", "2014-12-31", "2014-12-31", "day"),  # no 31st month: the other
    ("The rally on 03/04/2020 drew thousands.", PUB, "03/04/2020", "2020-03-04", "2020-04-03", "day"),  # slashes: both
    ("The rally on 12/5/99 drew thousands.", PUB, "12/5/99", "1999-05-12", "1999-12-05", "day"),
    # no year: after a cue word and two digits each, placed in the nearest year as "May 13"
    ("It opened on 13/05 to crowds.", PUB, "13/05", "2015-05-13", "2015-05-13", "day"),
    ("The shop closes by 05/13.", PUB, "05/13", "2015-05-13", "2015-05-13", "day"),
    ("It opened on 05/12.", PUB, "05/12", "2014-12-05", "2015-05-12", "day"),  # either order: both kept
    ("The vote will be held on 20/06.", PUB, "20/06", "2015-06-20", "2015-06-20", "day"),
    ("It opened on 13/05 to crowds.", NONE, "13/05", "--05-13", "--05-13", "day"),
    # a day of a month a shift names
    ("The vote is set for the 25th of this month.", PUB, "the 25th of this month", "2015-05-25", "2015-05-25", "day"),
    ("Talks resume on the 3rd of next month.", PUB, "the 3rd of next month", "2015-06-03", "2015-06-03", "day"),
    ("It opened on the 12th of last month.", PUB, "the 12th of last month", "2015-04-12", "2015-04-12", "day"),
    ("The vote is due on the first of next month.", PUB, "the first of next month", "2015-06-01", "2015-06-01", "day"),
    ("He was arrested on May 3 and charged on the 5th of the following month.", PUB,
     "the 5th of the following month", "2015-06-05", "2015-06-05", "day"),
    ("Talks resume on the 3rd of next month.", NONE, "the 3rd of next month", None, None, "day"),
    # "the 15th of the month": of the month of the date stated before it
    ("In June the rent was due on the 15th of the month.", PUB, "the 15th of the month", "2015-06-15", "2015-06-15", "day"),
    ("He was arrested on March 3 and charged on the 15th of the month.", PUB, "the 15th of the month",
     "2015-03-15", "2015-03-15", "day"),
    ("He won the second of this month's races.", PUB, "this month", "2015-05-01", "2015-05-31", "month"),  # a rank
    ("Sochi, Russia, Tuesday May 12, 2015.", PUB, "Tuesday May 12, 2015", "2015-05-12", "2015-05-12", "day"),
    ("Published Tuesday, 12 May 2015.", PUB, "Tuesday, 12 May 2015", "2015-05-12", "2015-05-12", "day"),
    ("Crimea voted on March 16th, 2014.", PUB, "March 16th, 2014", "2014-03-16", "2014-03-16", "day"),
    # the date in brackets after its weekday (Singapore, Malaysian papers): one day
    ("He spoke on Wednesday (March 4).", PUB, "Wednesday (March 4)", "2015-03-04", "2015-03-04", "day"),
    ("Police said on Tuesday (12 May) that two died.", PUB, "Tuesday (12 May)", "2015-05-12", "2015-05-12", "day"),
    ("On Monday (local time) he left.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The towers fell on Sept. 11, 2001.", PUB, "Sept. 11, 2001", "2001-09-11", "2001-09-11", "day"),
    ("PARIS, MAY 12, 2015 - Officials said", PUB, "MAY 12, 2015", "2015-05-12", "2015-05-12", "day"),
    # no year: the nearest such day, leaning to the past
    ("On Nov. 13 the gunmen struck.", PUB, "Nov. 13", "2014-11-13", "2014-11-13", "day"),
    ("They aim to reach an agreement by June 30.", PUB, "June 30", "2015-06-30", "2015-06-30", "day"),
    # a future marker in the clause: the next such day, unless it is most of a year ahead
    ("The match will be played on Dec. 25.", PUB, "Dec. 25", "2015-12-25", "2015-12-25", "day"),
    # a bare three-letter month that is also a word is a month before a day or a year
    ("It happened on Mar 3.", PUB, "Mar 3", "2015-03-03", "2015-03-03", "day"),
    ("It happened on 3 Mar 2015.", PUB, "3 Mar 2015", "2015-03-03", "2015-03-03", "day"),
    ("The fair ends on Dec 28, 2014.", PUB, "Dec 28, 2014", "2014-12-28", "2014-12-28", "day"),
    ("The match is scheduled for December 25.", PUB, "December 25", "2015-12-25", "2015-12-25", "day"),
    ("The court will rule on the Feb. 20 appeal.", PUB, "Feb. 20", "2016-02-20", "2016-02-20", "day"),
    ("He will appeal the May 1 ruling.", PUB, "May 1", "2015-05-01", "2015-05-01", "day"),
    ("The summit will be held in March.", PUB, "March", "2016-03-01", "2016-03-31", "month"),
    ("The elections are set for Jan. 25.", PUB, "Jan. 25", "2016-01-25", "2016-01-25", "day"),
    ("The summit is set for Sunday.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("The record set for Jan. 25 stood.", PUB, "Jan. 25", "2015-01-25", "2015-01-25", "day"),
    # no marker, or one of the past: the past one stays
    ("The match was played on Dec. 25.", PUB, "Dec. 25", "2014-12-25", "2014-12-25", "day"),
    ("The match on Dec. 25 drew a crowd.", PUB, "Dec. 25", "2014-12-25", "2014-12-25", "day"),
    ("The summit was held in March.", PUB, "March", "2015-03-01", "2015-03-31", "month"),
    ("The strike will end March 3.", PUB, "March 3", "2016-03-03", "2016-03-03", "day"),  # no "end-": a day, not a part
    # a marker far back in the clause belongs to another verb: it only leans, as before
    ("Japan will prevail over the hardships caused by the massive earthquake and tsunami on March 11.", PUB,
     "March 11", "2015-03-11", "2015-03-11", "day"),
    ("Officials said the talks, which will resume in Geneva, are set for Dec. 3.", PUB, "Dec. 3",
     "2015-12-03", "2015-12-03", "day"),
    # a stated weekday settles the year: Nov. 13 2015 was a Friday
    ("It happened on Friday, Nov. 13.", PUB, "Friday, Nov. 13", "2015-11-13", "2015-11-13", "day"),
    # a weekday does not move a day near the publication date to another year: it takes the
    # year tense and nearness give, and a weekday that disagrees is the writer's slip
    ("The strike began on Saturday, May 10.", PUB, "Saturday, May 10", "2015-05-10", "2015-05-10", "day"),
    ("The strike began on Sunday, May 10.", PUB, "Sunday, May 10", "2015-05-10", "2015-05-10", "day"),
    ("Talks will resume on Tuesday, June 10.", PUB, "Tuesday, June 10", "2015-06-10", "2015-06-10", "day"),
    ("The quake hit at 10:42 p.m. on Wednesday, April 15, near the town.", dt.date(2025, 4, 19),
     "Wednesday, April 15", "2025-04-15", "2025-04-15", "day"),
    ("The quake hit late on Tuesday, April 15, near the town.", dt.date(2025, 4, 19),
     "Tuesday, April 15", "2025-04-15", "2025-04-15", "day"),
    # far from it, the weekday tells the year better than nearness does
    ("It happened on Thursday, Nov. 13.", PUB, "Thursday, Nov. 13", "2014-11-13", "2014-11-13", "day"),
    # no publication date: month and day are kept so that both spellings compare
    ("On Nov. 13 the gunmen struck.", NONE, "Nov. 13", "--11-13", "--11-13", "day"),
    ("The night of 13 November was cold.", NONE, "13 November", "--11-13", "--11-13", "day"),
    # ... unless a year stated with the date after it places the yearless one
    ("The survey ran in March-April 2013.", NONE, "March-April 2013", "2013-03-01", "2013-04-30", "month"),
    ("It ran from January 3, 2017 to February 1.", NONE, "January 3, 2017 to February 1", "2017-01-03",
     "2017-02-01", "day"),
    # a month and day between "the" and an event's noun names that event, any number of years
    # back: no year is guessed, unless the day is recent (the story's own attack)
    ("The ceremony marked the anniversary of the Sept. 11 attacks.", PUB, "Sept. 11", "--09-11", "--09-11", "day"),
    ("Survivors of the July 7 bombings gathered in London.", PUB, "July 7", "--07-07", "--07-07", "day"),
    ("The Nov. 13 attacks killed 130 people in Paris.", PUB, "Nov. 13", "--11-13", "--11-13", "day"),
    ("Survivors of the 13 November attacks gathered.", PUB, "the 13 November", "--11-13", "--11-13", "day"),
    ("The March 11 bombings killed 191 people.", PUB, "March 11", "2015-03-11", "2015-03-11", "day"),
    ("The Nov. 13 attacks killed 130 people in Paris.", dt.date(2016, 1, 20), "Nov. 13", "2015-11-13", "2015-11-13", "day"),
    # a day that names an event ahead, or a day before another noun, takes its nearest year
    ("Voters head to the polls in the June 7 election.", PUB, "June 7", "2015-06-07", "2015-06-07", "day"),
    ("He described the Sept. 11 meeting.", PUB, "Sept. 11", "2015-09-11", "2015-09-11", "day"),
    # ranges of days
    ("The forum runs June 3-5, 2015.", PUB, "June 3-5, 2015", "2015-06-03", "2015-06-05", "day"),
    ("Talks on 13-14 November 2015 ended.", PUB, "13-14 November 2015", "2015-11-13", "2015-11-14", "day"),
    # one stated span of two dates is one value
    ("The exhibition runs from March 3 to March 5.", PUB, "March 3 to March 5", "2015-03-03", "2015-03-05", "day"),
    ("The exhibition runs from March 3 to 5.", PUB, "March 3 to 5", "2015-03-03", "2015-03-05", "day"),
    # a weekday set off right after a day is that day, when it falls on it ("tomorrow, Saturday")
    ("The closing ceremony takes place tomorrow, Wednesday.", PUB, "Wednesday", "2015-05-13", "2015-05-13", "day"),
    ("The rescue began yesterday (Monday) at dawn.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The closing ceremony takes place tomorrow, Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The visit continues on Wednesday with a business forum.", PUB, "Wednesday", "2015-05-13", "2015-05-13", "day"),
    ("The visit continued on Wednesday with a business forum.", PUB, "Wednesday", "2015-05-06", "2015-05-06", "day"),
    # a future marker further back, in one clause no comma breaks, still speaks of the day
    ("He will be formally welcomed by President Claire Martel at an official ceremony at Les Invalides on Friday at 10:30 am.",
     PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("He will be welcomed by the president, who met the delegation at a ceremony at the old palace on Friday.",
     PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("Unions said they would hold a general strike next month in protest at the pension reform approved by parliament on Friday.",
     PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # ... and one after a day that opens its sentence, or in the clause after ", when", as the
    # main verb's tense: a day told ahead
    ("On Wednesday, the Indonesian leader is due to meet business leaders at a forum.", PUB, "Wednesday",
     "2015-05-13", "2015-05-13", "day"),
    ("On Friday the two leaders will sign the accord.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The mayor declared a day of mourning for Saturday, when the first of the funerals will be held.", PUB,
     "Saturday", "2015-05-16", "2015-05-16", "day"),
    # ... not past narration, nor a statement's day before what it says will come
    ("On Wednesday, he met business leaders at a forum.", PUB, "Wednesday", "2015-05-06", "2015-05-06", "day"),
    ("On Wednesday, the minister said he will resign.", PUB, "Wednesday", "2015-05-06", "2015-05-06", "day"),
    ("On Wednesday, Santoso was due to address a business forum.", PUB, "Wednesday", "2015-05-06", "2015-05-06", "day"),
    ("The minister said on Wednesday he will resign.", PUB, "Wednesday", "2015-05-06", "2015-05-06", "day"),
    ("The storm hit on Saturday, when most families were asleep.", PUB, "Saturday", "2015-05-09", "2015-05-09", "day"),
    ("The exhibition runs between March 3 and March 5.", PUB, "March 3 and March 5", "2015-03-03", "2015-03-05", "day"),
    ("The exhibition runs March 3 through March 5.", PUB, "March 3 through March 5", "2015-03-03", "2015-03-05", "day"),
    # "to", "until" join two days or two months with no "from" before them too
    ("The summit runs May 3 to May 5.", PUB, "May 3 to May 5", "2015-05-03", "2015-05-05", "day"),
    ("The shop is closed May 3 until May 5.", PUB, "May 3 until May 5", "2015-05-03", "2015-05-05", "day"),
    ("Sales rose January to March.", PUB, "January to March", "2015-01-01", "2015-03-31", "month"),
    ("The vote was moved May 3 to May 5.", PUB, "May 5", "2015-05-05", "2015-05-05", "day"),
    ("He compared 2010 to 2014.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("The exhibition runs from March 30 to April 2.", PUB, "March 30 to April 2", "2015-03-30", "2015-04-02", "day"),
    ("The talks ran from 3 to 5 March.", PUB, "3 to 5 March", "2015-03-03", "2015-03-05", "day"),
    ("Fighting raged from the 13th to the 15th of July.", PUB, "the 13th to the 15th of July", "2015-07-13", "2015-07-15", "day"),
    ("Talks ran between the 3rd and the 5th of March 2014.", PUB, "the 3rd and the 5th of March 2014", "2014-03-03", "2014-03-05", "day"),
    ("He moved from the 3rd floor to the 5th of May rally.", PUB, "the 5th of May", "2015-05-05", "2015-05-05", "day"),
    ("The talks ran from 3 March to 5 March.", PUB, "3 March to 5 March", "2015-03-03", "2015-03-05", "day"),
    ("He ruled from January to March.", PUB, "January to March", "2015-01-01", "2015-03-31", "month"),
    ("He lived there from 2010 to 2014.", PUB, "2010 to 2014", "2010-01-01", "2014-12-31", "year"),
    # after "from" or "between", two dates of different precision, each with its year
    ("From late 2012 through 2014, prices fell.", PUB, "late 2012 through 2014", "2012-09-01", "2014-12-31", "month"),
    ("Between 2010 and March 2012 he ruled.", PUB, "2010 and March 2012", "2010-01-01", "2012-03-31", "year"),
    ("He ruled from May 2010 to 2012.", PUB, "May 2010 to 2012", "2010-05-01", "2012-12-31", "month"),
    ("Prices fell from 2013 to May.", PUB, "2013", "2013-01-01", "2013-12-31", "year"),  # May of which year?
    ("The fair runs Jan. 30-Feb. 2.", PUB, "Jan. 30-Feb. 2", "2015-01-30", "2015-02-02", "day"),
    # a year stated only after the second day holds for the first too
    ("The fair ran from Jan. 30 to Feb. 2, 2014.", PUB, "Jan. 30 to Feb. 2, 2014", "2014-01-30", "2014-02-02", "day"),
    ("The fair ran from Dec. 28 to Jan. 3, 2014.", PUB, "Dec. 28 to Jan. 3, 2014", "2013-12-28", "2014-01-03", "day"),
    ("The fair ran from March 3 to 5, 2014.", PUB, "March 3 to 5, 2014", "2014-03-03", "2014-03-05", "day"),
    # a year stated only with the first holds for the second, or the next year when it would come before
    ("The show ran from January 3, 2017 to February 1st.", PUB, "January 3, 2017 to February 1st", "2017-01-03", "2017-02-01", "day"),
    ("The fair ran from Dec. 28, 2014, to Jan. 3.", PUB, "Dec. 28, 2014, to Jan. 3", "2014-12-28", "2015-01-03", "day"),
    ("He ruled from March 2014 to June.", PUB, "March 2014 to June", "2014-03-01", "2014-06-30", "month"),
    # after "from", a comma may close the first date before the joiner
    ("The fair ran from Dec. 28, 2014, to Jan. 3, 2015.", PUB, "Dec. 28, 2014, to Jan. 3, 2015", "2014-12-28", "2015-01-03", "day"),
    ("The fair ran from Monday, May 4, to Friday, May 8.", PUB, "Monday, May 4, to Friday, May 8", "2015-05-04", "2015-05-08", "day"),
    ("He was born on May 4, 1970, and died on May 8.", PUB, "May 8", "2015-05-08", "2015-05-08", "day"),
    ("The fair ran from March 3 to 5, and 2014 was calm.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    # so does a year after the second month, the year before when the first would come after it
    ("The economy shrank from January to March 2013.", PUB, "January to March 2013", "2013-01-01", "2013-03-31", "month"),
    ("The economy shrank between January and March 2013.", PUB, "January and March 2013", "2013-01-01", "2013-03-31", "month"),
    ("The economy shrank from December to February 2014.", PUB, "December to February 2014", "2013-12-01", "2014-02-28", "month"),
    ("The economy shrank January-March 2013.", PUB, "January-March 2013", "2013-01-01", "2013-03-31", "month"),
    ("The Jan.-March 2013 figures came out.", PUB, "Jan.-March 2013", "2013-01-01", "2013-03-31", "month"),
    ("He was here in January - and left in March 2013.", PUB, "January", "2015-01-01", "2015-01-31", "month"),
    ("He was here in January, then in March 2013.", PUB, "January", "2015-01-01", "2015-01-31", "month"),
    # two weekdays of one span: the days from one to the other, not the most recent of each
    ("The talks ran from Monday to Wednesday.", PUB, "Monday to Wednesday", "2015-05-04", "2015-05-06", "day"),
    ("The talks will run from Monday to Wednesday.", PUB, "Monday to Wednesday", "2015-05-18", "2015-05-20", "day"),
    ("The talks ran from Wednesday to Friday.", PUB, "Wednesday to Friday", "2015-05-06", "2015-05-08", "day"),
    ("The talks ran from Friday to Monday.", PUB, "Friday to Monday", "2015-05-08", "2015-05-11", "day"),
    ("The talks were moved from Monday to Wednesday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    # not a span: a change of date, a list of two days, a second date before the first
    ("The vote was postponed from March 3 to March 5.", PUB, "March 5", "2015-03-05", "2015-03-05", "day"),
    ("The vote was pushed back from March 3 to 5.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    # a date that slips moves: two dates, never the span between them
    # the day a weekday is moved to is placed from the first: the next one after it, or the
    # one before it when the date is brought forward
    ("The vote slipped from Tuesday to Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The vote was postponed from Tuesday to Thursday.", PUB, "Tuesday", "2015-05-12", "2015-05-12", "day"),
    ("The talks were moved from Monday to Wednesday.", PUB, "Wednesday", "2015-05-13", "2015-05-13", "day"),
    ("The summit was postponed from Friday to Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The vote was brought forward from Friday to Tuesday.", PUB, "Tuesday", "2015-05-05", "2015-05-05", "day"),
    ("The vote was moved up from Sunday to Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The talks will be moved from Thursday to Saturday.", PUB, "Saturday", "2015-05-16", "2015-05-16", "day"),
    ("The launch slid from March 3 to March 5.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    # a move word governs "from X to Y" only with few words between and none of motion
    ("They postponed the EU summit from Tuesday to Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The storm moved across the region from Monday to Wednesday.", PUB, "Monday to Wednesday",
     "2015-05-04", "2015-05-06", "day"),
    ("Troops advanced north from March 3 to March 5.", PUB, "March 3 to March 5", "2015-03-03", "2015-03-05", "day"),
    ("Votes were held on March 3 and March 5.", PUB, "March 5", "2015-03-05", "2015-03-05", "day"),
    # two days of one month joined by "and": next to each other one span, apart two dates
    ("Talks were held on March 15 and 16.", PUB, "March 15 and 16", "2015-03-15", "2015-03-16", "day"),
    ("Talks were held on 15 and 16 March.", PUB, "15 and 16 March", "2015-03-15", "2015-03-16", "day"),
    ("Talks were held on March 15 and 16, 2014.", PUB, "March 15 and 16, 2014", "2014-03-15", "2014-03-16", "day"),
    ("The vote was moved to March 15 and 16.", PUB, "March 15 and 16", "2015-03-15", "2015-03-16", "day"),
    # a first day with no "from": an ordinal, or a number no verb of change stands before
    ("The summit runs 23rd to 26th Oct.", PUB, "23rd to 26th Oct", "2014-10-23", "2014-10-26", "day"),
    ("The talks run 12 to 16 September.", PUB, "12 to 16 September", "2015-09-12", "2015-09-16", "day"),
    ("Prices fell 12 to 16 September.", PUB, "16 September", "2015-09-16", "2015-09-16", "day"),
    ("Talks were held on March 3 and 5.", PUB, "5", "2015-03-05", "2015-03-05", "day"),
    ("Talks were held on March 3 and 5.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    ("Talks were held on 3 and 5 March 2014.", PUB, "3", "2014-03-03", "2014-03-03", "day"),
    ("On May 3 and 4 people were hurt.", PUB, "May 3", "2015-05-03", "2015-05-03", "day"),  # 4 people: a count
    ("It was on Feb. 28 and 30.", PUB, "Feb. 28", "2015-02-28", "2015-02-28", "day"),
    ("He moved in March 3 to March 5.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    ("Prices rose from March 3 to 5 percent.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    # a second day of the same month after "to": with an ordinal or a year, or where the clause
    # goes on after it, a span even with no "from" before
    ("The festival runs March 3rd to 5th in the city.", PUB, "March 3rd to 5th", "2015-03-03", "2015-03-05", "day"),
    ("The festival ran from March 3rd to 5th.", PUB, "March 3rd to 5th", "2015-03-03", "2015-03-05", "day"),
    ("The festival runs March 3 to 5 in the city.", PUB, "March 3 to 5", "2015-03-03", "2015-03-05", "day"),
    ("The festival ran March 3 through 5, 2014.", PUB, "March 3 through 5, 2014", "2014-03-03", "2014-03-05", "day"),
    ("Shares rose on March 3 to 5 dollars.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    ("The toll rose on March 3 to 5.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),  # a new level, not a span
    ("Talks were held on March 3 to 5 people.", PUB, "March 3", "2015-03-03", "2015-03-03", "day"),
    # a day of the month with no month: the most recent one (the next after a future marker);
    # a weekday with it picks the nearest day the two agree on
    ("The raid happened on the 5th.", PUB, "the 5th", "2015-05-05", "2015-05-05", "day"),
    ("The raid happened on the 21st, officials said.", PUB, "the 21st", "2015-04-21", "2015-04-21", "day"),
    ("The summit will open on the 21st.", PUB, "the 21st", "2015-05-21", "2015-05-21", "day"),
    ("The raid happened on the 31st.", PUB, "the 31st", "2015-03-31", "2015-03-31", "day"),
    ("The raid happened on Monday the 4th.", PUB, "Monday the 4th", "2015-05-04", "2015-05-04", "day"),
    # ... in words, after "on" or a weekday, as in digits; and right after a month at a clause's end
    ("The vote took place on the twenty-first.", PUB, "the twenty-first", "2015-04-21", "2015-04-21", "day"),
    ("The crash happened on the fifth, police said.", PUB, "the fifth", "2015-05-05", "2015-05-05", "day"),
    ("The crash happened on Friday the first.", PUB, "Friday the first", "2015-05-01", "2015-05-01", "day"),
    ("The attack happened on the thirtieth.", PUB, "the thirtieth", "2015-04-30", "2015-04-30", "day"),
    ("The raid happened on Monday the fourth.", PUB, "Monday the fourth", "2015-05-04", "2015-05-04", "day"),
    ("The summit will open on June twenty-first.", PUB, "June twenty-first", "2015-06-21", "2015-06-21", "day"),
    ("The plant closed on March third, officials said.", PUB, "March third", "2015-03-03", "2015-03-03", "day"),
    ("In May third parties joined the talks.", PUB, "May", "2015-05-01", "2015-05-31", "month"),
    ("212 prisoners were released on Saturday, the first group of the 1,200.", PUB, "Saturday", "2015-05-09",
     "2015-05-09", "day"),
    # a year in words after a date cue, where the clause goes on
    ("He was born in nineteen eighty-four.", PUB, "nineteen eighty-four", "1984-01-01", "1984-12-31", "year"),
    ("The treaty was signed in nineteen ninety-nine, officials said.", PUB, "nineteen ninety-nine", "1999-01-01",
     "1999-12-31", "year"),
    ("The firm was founded in twenty twelve.", PUB, "twenty twelve", "2012-01-01", "2012-12-31", "year"),
    ("The bridge opened in nineteen oh five.", PUB, "nineteen oh five", "1905-01-01", "1905-12-31", "year"),
    ("Since nineteen hundred the town has grown.", PUB, "nineteen hundred", "1900-01-01", "1900-12-31", "year"),
    ("It struck on Friday the 13th.", PUB, "Friday the 13th", "2015-03-13", "2015-03-13", "day"),
    ("They will meet on Monday the 18th.", PUB, "Monday the 18th", "2015-05-18", "2015-05-18", "day"),
    ("Talks ran from the 3rd to the 5th.", PUB, "the 3rd to the 5th", "2015-05-03", "2015-05-05", "day"),
    ("The raid happened on the 5th.", NONE, "the 5th", None, None, "day"),
    # --- month and year ------------------------------------------------------------
    ("his first visit since May 2013", PUB, "May 2013", "2013-05-01", "2013-05-31", "month"),
    ("in June of 2014, talks failed", PUB, "June of 2014", "2014-06-01", "2014-06-30", "month"),
    # "since" stays outside the span: the rule engine reads it as a scope
    ("6,100 people have been killed since April 2014.", PUB, "April 2014", "2014-04-01", "2014-04-30", "month"),
    # --- years -------------------------------------------------------------------
    ("The crisis began in 2014.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("implementing a 2012 strategy", PUB, "2012", "2012-01-01", "2012-12-31", "year"),
    ("In 2014 people fled the city.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("Throughout 2013 prices rose.", PUB, "2013", "2013-01-01", "2013-12-31", "year"),
    ("the paper's founding in 1908", PUB, "1908", "1908-01-01", "1908-12-31", "year"),
    ("The Immigration Act 2014 passed.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),  # a law named with its year
    ("The flight in 2014 was late.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("the 2012-2014 drought", PUB, "2012-2014", "2012-01-01", "2014-12-31", "year"),
    ("the 2014-15 season", PUB, "2014-15", "2014-01-01", "2015-12-31", "year"),
    # before a plural noun, a year after a date cue or an owner, not a count
    ("In 1900 houses were cheap.", PUB, "1900", "1900-01-01", "1900-12-31", "year"),
    ("The 2014 elections were close.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("Apple's 2014 sales rose.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("Its 2014 sales rose.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("Between 2010 and 2014 prices rose.", PUB, "2010 and 2014", "2010-01-01", "2014-12-31", "year"),
    # --- weekdays: the most recent on or before publication ---------------------------
    ("Kerry met Putin on Tuesday.", PUB, "Tuesday", "2015-05-12", "2015-05-12", "day"),
    ("Kerry met Putin on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The vote was held last Friday.", PUB, "last Friday", "2015-05-08", "2015-05-08", "day"),
    ("The vote was held last Tuesday.", PUB, "last Tuesday", "2015-05-05", "2015-05-05", "day"),
    ("They meet again next Monday.", PUB, "next Monday", "2015-05-18", "2015-05-18", "day"),
    ("The ministers will meet on Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    # a weekday right after "is" or "are" (and "on") is the coming one, as a timetable states it
    ("The deadline is Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The vote is on Thursday, officials said.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The semi-finals are Saturday and the final Sunday.", PUB, "Saturday", "2015-05-16", "2015-05-16", "day"),
    ("The vote was on Thursday.", PUB, "Thursday", "2015-05-07", "2015-05-07", "day"),
    ("He is in hospital after the attack on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The town is Friday's worst hit.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The funeral is on Tuesday.", PUB, "Tuesday", "2015-05-12", "2015-05-12", "day"),
    # a deadline: after "until", "by" in a present clause or after a verb that sets a new end,
    # the coming weekday; in a past clause the one just past
    ("The curfew runs until Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The curfew was extended until 8 p.m. Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The vote was postponed until Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The hearing was put off till Monday.", PUB, "Monday", "2015-05-18", "2015-05-18", "day"),
    ("Parliament must decide by Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("Greece has until Friday to respond.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The embassy is closed until Monday.", PUB, "Monday", "2015-05-18", "2015-05-18", "day"),
    ("Officials said the curfew runs until Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    # a deadline set by an aim or a hope told in the present ("aims to", "hope to", "plans to")
    ("The hospital aims to restore its systems by Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("Officials hope to reopen the road by Monday.", PUB, "Monday", "2015-05-18", "2015-05-18", "day"),
    ("The utility plans to restore power by Sunday.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("The firm intends to file the report by Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    # ... told in the past it stays the day just past
    ("The hospital aimed to restore its systems by Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("Officials hoped to reopen the road by Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    # so is a day of a month with no year: a deadline ahead, not the one just past
    ("The exhibit runs until Sept. 30.", PUB, "Sept. 30", "2015-09-30", "2015-09-30", "day"),
    ("He has until Dec. 31 to decide.", PUB, "Dec. 31", "2015-12-31", "2015-12-31", "day"),
    ("The exhibit ran until Sept. 30.", PUB, "Sept. 30", "2014-09-30", "2014-09-30", "day"),
    ("The exhibit stayed open until Sept. 30.", PUB, "Sept. 30", "2014-09-30", "2014-09-30", "day"),
    # "through" as "until" (American), right after such a verb: not a range's joiner
    ("The offer runs through Friday, the company said.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The sale continues thru Saturday.", PUB, "Saturday", "2015-05-16", "2015-05-16", "day"),
    ("The sale lasted through Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The office is open Monday through Friday.", PUB, "Monday through Friday", "2015-05-04", "2015-05-08", "day"),
    ("He stayed until Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # "to" and "for" right after a verb that sets a new date; "no later than" as "by"
    ("The vote was postponed to Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The case was adjourned to Monday.", PUB, "Monday", "2015-05-18", "2015-05-18", "day"),
    ("The talks were pushed back to Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The match was rescheduled for Saturday.", PUB, "Saturday", "2015-05-16", "2015-05-16", "day"),
    ("The hearing was adjourned to Oct. 12.", PUB, "Oct. 12", "2015-10-12", "2015-10-12", "day"),
    ("Bids must be filed no later than Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("He arrived no later than Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("He went to Friday's game.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The strike spread to Thursday's shift.", PUB, "Thursday", "2015-05-07", "2015-05-07", "day"),
    ("Fans travelled to Oct. 12 matches.", PUB, "Oct. 12", "2014-10-12", "2014-10-12", "day"),
    ("He was sentenced for Friday's attack.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The talks had been held until Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The toll had risen to 40 by Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The curfew, which runs to June, was lifted by Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The town is still reeling, hit by Friday's storm.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The rebels held the town until Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # a quotation's future is not its attribution's: the Sunday is the one just past
    ('"It will cost billions," Correa told reporters on Sunday night.', PUB, "Sunday", "2015-05-10", "2015-05-10", "day"),
    ("“It will cost billions,” Correa told reporters on Sunday.", PUB, "Sunday", "2015-05-10", "2015-05-10", "day"),
    ('He said: "We will meet on Friday."', PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("Obama was not discussed during Tuesday's talks.", PUB, "Tuesday", "2015-05-12", "2015-05-12", "day"),
    ("Kerry met Putin Tuesday in Sochi.", PUB, "Tuesday", "2015-05-12", "2015-05-12", "day"),
    # a name after the weekday, a month, a part of the day, a headline in title case: still the day
    ("On Monday President Tinubu visited the site.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("On Monday Market traders said prices rose.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("Officials said Monday Chinese troops had crossed.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The vote was held on the Monday May 11 ballot.", PUB, "Monday May 11", "2015-05-11", "2015-05-11", "day"),
    ("Levee Breaks on Monday Night As River Rises", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The summit opens this Friday.", PUB, "this Friday", "2015-05-15", "2015-05-15", "day"),
    ("The envoys will meet this Monday.", PUB, "this Monday", "2015-05-18", "2015-05-18", "day"),
    ("The envoys met this Monday.", PUB, "this Monday", "2015-05-11", "2015-05-11", "day"),
    ("The summit opened this past Friday.", PUB, "this past Friday", "2015-05-08", "2015-05-08", "day"),
    ("The vote will be held this coming Sunday.", PUB, "this coming Sunday", "2015-05-17", "2015-05-17", "day"),
    # "is expected on" a weekday: the coming one, as "is due on"
    ("The verdict is expected on Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The verdict, which was expected on Thursday, was delayed.", PUB, "Thursday", "2015-05-07", "2015-05-07", "day"),
    ("The vote will be held this coming week.", PUB, "this coming week", "2015-05-18", "2015-05-24", "week"),
    # "would" with a future event's verb: told in reported speech, still ahead
    ("The family said a funeral would be held on Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("Officials said the vote would take place on Sunday.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("He would be buried on Thursday in his home town, his son said.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The airline said it would fly the passengers home on Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("He said the funeral was held on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("He would have turned 50 on Sunday.", PUB, "Sunday", "2015-05-10", "2015-05-10", "day"),
    ("He would usually pray at the mosque on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # ... any adverb of a habit after "would" (calendar.yaml ``habit_adverbs``)
    ("He would generally pray at the mosque on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("She would routinely visit the market on Saturday.", PUB, "Saturday", "2015-05-09", "2015-05-09", "day"),
    # a future marker's reach ends at another verb's past form: the queue's Sunday is the one just past
    ("Another 40 ships were expected to transit by the end of the day, out of a queue that stood at 422 on Sunday.",
     PUB, "Sunday", "2015-05-10", "2015-05-10", "day"),
    ("Officials expect the ship that ran aground on Sunday to be freed soon.", PUB, "Sunday", "2015-05-10", "2015-05-10", "day"),
    # ... not at a participle or a plain form: "be told", "have left", "to hit"
    ("The families will be told on Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The storm is expected to hit on Sunday.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("The team will meet the injured on Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("He would often say on Friday that the week was long.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # nouns that only look like markers of the future: "plan", "due to"
    ("The peace plan discussed on Friday collapsed.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("Due to the strike, the talks on Friday were cancelled.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("Kerry met Putin on Tuesday.", NONE, "Tuesday", None, None, "day"),
    # --- a month without a year -----------------------------------------------------
    ("a cease-fire agreement reached in February", PUB, "February", "2015-02-01", "2015-02-28", "month"),
    ("he will attend a summit in November", PUB, "November", "2015-11-01", "2015-11-30", "month"),
    ("protests began in December", PUB, "December", "2014-12-01", "2014-12-31", "month"),
    ("In May, the talks resumed.", PUB, "May", "2015-05-01", "2015-05-31", "month"),
    ("a cease-fire agreement reached in February", NONE, "February", "--02-01", "--02-29", "month"),
    # --- months and years relative to publication ------------------------------------
    ("the annexation of Crimea last March", PUB, "last March", "2014-03-01", "2014-03-31", "month"),
    ("Last March, Crimea was annexed.", PUB, "Last March", "2014-03-01", "2014-03-31", "month"),
    # a day after "last March" is a day of that month, not a number left over
    ("He said last Dec. 25 was cold.", PUB, "last Dec. 25", "2014-12-25", "2014-12-25", "day"),
    ("Last March 24, a plane crashed.", PUB, "Last March 24", "2014-03-24", "2014-03-24", "day"),
    ("The vote next March 3 is key.", PUB, "next March 3", "2016-03-03", "2016-03-03", "day"),
    ("The vote last March 3 failed.", NONE, "last March 3", None, None, "day"),
    ("the annexation of Crimea last March 2014", PUB, "last March", "2014-03-01", "2014-03-31", "month"),
    ("Russia annexed Crimea in March of last year.", PUB, "March of last year", "2014-03-01", "2014-03-31", "month"),
    ("the gift he gave in January last year", PUB, "January last year", "2014-01-01", "2014-01-31", "month"),
    ("the potatoes Kerry gave him last year", PUB, "last year", "2014-01-01", "2014-12-31", "year"),
    ("Last year, the toll rose.", PUB, "Last year", "2014-01-01", "2014-12-31", "year"),
    ("an announcement last month", PUB, "last month", "2015-04-01", "2015-04-30", "month"),
    ("the talks this week", PUB, "this week", "2015-05-11", "2015-05-17", "week"),
    ("officials who visited last week", PUB, "last week", "2015-05-04", "2015-05-10", "week"),
    ("protests held last weekend", PUB, "last weekend", "2015-05-09", "2015-05-10", "day"),
    # holidays on a fixed day (calendar.yaml holidays): like a day without a year
    ("The attack happened on Christmas Day.", PUB, "Christmas Day", "2014-12-25", "2014-12-25", "day"),
    ("The attack happened on Christmas Eve 2013.", PUB, "Christmas Eve 2013", "2013-12-24", "2013-12-24", "day"),
    ("Fireworks will light up the city on New Year’s Eve.", PUB, "New Year’s Eve", "2015-12-31", "2015-12-31", "day"),
    ("She met him on Valentine's Day.", PUB, "Valentine's Day", "2015-02-14", "2015-02-14", "day"),
    # Britain's own days, and days the world keeps on one date
    ("Revellers gathered on Hogmanay.", PUB, "Hogmanay", "2014-12-31", "2014-12-31", "day"),
    ("The blaze started on Bonfire Night.", PUB, "Bonfire Night", "2014-11-05", "2014-11-05", "day"),
    ("The flag flew on St Andrew’s Day.", PUB, "St Andrew’s Day", "2014-11-30", "2014-11-30", "day"),
    ("Parades were held on St George's Day.", PUB, "St George's Day", "2015-04-23", "2015-04-23", "day"),
    # a saint's day written once in calendar.yaml, read in each of its forms (``saint_forms``)
    ("Parades were held on St. Patrick's Day.", PUB, "St. Patrick's Day", "2015-03-17", "2015-03-17", "day"),
    ("Parades were held on Saint Patrick's Day.", PUB, "Saint Patrick's Day", "2015-03-17", "2015-03-17", "day"),
    ("Welsh flags flew on St David’s Day.", PUB, "St David’s Day", "2015-03-01", "2015-03-01", "day"),
    ("Veterans gathered on VE Day.", PUB, "VE Day", "2015-05-08", "2015-05-08", "day"),
    # not "Memorial Day" of the US, in May
    ("Survivors spoke on Holocaust Memorial Day.", PUB, "Holocaust Memorial Day", "2015-01-27", "2015-01-27", "day"),
    ("Wreaths were laid on Remembrance Sunday.", PUB, "Remembrance Sunday", "2014-11-09", "2014-11-09", "day"),
    ("The vigil was held on Holy Saturday.", PUB, "Holy Saturday", "2015-04-04", "2015-04-04", "day"),
    ("The attack happened on Christmas Day.", None, "Christmas Day", "--12-25", "--12-25", "day"),
    # "over/at/during the weekend": the one just past, the one under way, or the next after a future marker
    ("It happened over the weekend.", PUB, "the weekend", "2015-05-09", "2015-05-10", "day"),
    # a deadline: the weekend coming after a future marker
    ("The storm is expected to hit by the weekend.", PUB, "the weekend", "2015-05-16", "2015-05-17", "day"),
    ("The curfew will last until the weekend.", PUB, "the weekend", "2015-05-16", "2015-05-17", "day"),
    ("Over the weekend the army shelled the town.", PUB, "the weekend", "2015-05-09", "2015-05-10", "day"),
    ("Talks will resume at the weekend.", PUB, "the weekend", "2015-05-16", "2015-05-17", "day"),
    ("During the weekend, 5 people died.", dt.date(2015, 5, 17), "the weekend", "2015-05-16", "2015-05-17", "day"),
    ("It happened over the weekend.", None, "the weekend", None, None, "day"),
    ("Protesters marched on the weekend.", PUB, "the weekend", "2015-05-09", "2015-05-10", "day"),
    # "the weekend of March 7": the date after it says which
    ("Protesters marched on the weekend of March 7.", PUB, "March 7", "2015-03-07", "2015-03-07", "day"),
    ("a fair opening this weekend", PUB, "this weekend", "2015-05-16", "2015-05-17", "day"),
    ("more rain next weekend", PUB, "next weekend", "2015-05-23", "2015-05-24", "day"),
    ("The following weekend was calm.", PUB, "The following weekend", None, None, "day"),
    ("elections due next year", PUB, "next year", "2016-01-01", "2016-12-31", "year"),
    ("the announcement last year", NONE, "last year", None, None, "year"),
    # "the past year" is the twelve months up to publication, not last calendar year
    ("deaths in the past year", PUB, "the past year", "2014-05-12", "2015-05-12", "year"),
    # decades counted so too: "the past two decades", "in recent decades" (five, as "recent" allows)
    ("Output doubled over the past two decades.", PUB, "the past two decades", "1995-05-12", "2015-05-12", "decade"),
    ("In recent decades, the city grew.", PUB, "recent decades", "1965-05-12", "2015-05-12", "decade"),
    ("the deal struck earlier this year", PUB, "earlier this year", "2015-01-01", "2015-05-12", "month"),
    ("a vote later this month", PUB, "later this month", "2015-05-12", "2015-05-31", "month"),
    # "later in the day", "earlier in the year": from the date stated before, never from publication
    ("On Friday, police said a man arrested earlier in the day had fled.", PUB, "earlier in the day",
     "2015-05-08", "2015-05-08", "day"),
    ("In March 2010 talks failed, and later in the year they resumed.", PUB, "later in the year",
     "2010-03-31", "2010-12-31", "month"),
    ("Earlier in the day, police said the man had fled.", PUB, "Earlier in the day", None, None, "day"),
    # --- counted from the date before it in the sentence ------------------------------
    ("Rebels took Jisr al-Shughour last month and Idlib a month earlier.", PUB, "a month earlier",
     "2015-03-01", "2015-03-31", "month"),
    ("It began on March 3, 2014, and a month earlier the protests had started.", PUB, "a month earlier",
     "2014-02-01", "2014-02-28", "month"),
    ("In 2010 the talks failed; the following year they resumed.", PUB, "the following year",
     "2011-01-01", "2011-12-31", "year"),
    ("They met on May 3, 2015 and again the next day.", PUB, "the next day", "2015-05-04", "2015-05-04", "day"),
    ("In 2010 it spread, after protests the previous March.", PUB, "the previous March", "2009-03-01", "2009-03-31", "month"),
    ("The vote was on May 3, 2015, and the day before, police struck.", PUB, "the day before", "2015-05-02", "2015-05-02", "day"),
    ("They met on March 3 and again the day after.", PUB, "the day after", "2015-03-04", "2015-03-04", "day"),
    ("The day before, police had warned residents.", PUB, "The day before", None, None, "day"),
    # nothing to count from: unresolved, never counted from the publication date
    ("The following year they resumed.", PUB, "The following year", None, None, "year"),
    ("A month earlier, Idlib fell.", PUB, "A month earlier", None, None, "month"),
    # --- ago ---------------------------------------------------------------------------
    ("Two years ago, the war began.", PUB, "Two years ago", "2012-11-01", "2013-11-30", "year"),
    ("The ship sank three days ago.", PUB, "three days ago", "2015-05-09", "2015-05-09", "day"),
    ("The ship sank two months ago.", PUB, "two months ago", "2015-03-01", "2015-03-31", "month"),
    ("It began several years ago.", PUB, "several years ago", "2005-11-01", "2012-11-30", "year"),
    ("The summit was a fortnight ago.", PUB, "a fortnight ago", "2015-04-25", "2015-05-01", "week"),  # as two weeks
    ("The summit was two weeks ago.", PUB, "two weeks ago", "2015-04-25", "2015-05-01", "week"),
    # "two or three", "a year or two": every count from the least to the most
    ("The plant closed two or three years ago.", PUB, "two or three years ago", "2011-11-01", "2013-11-30", "year"),
    ("The plant closed a year or two ago.", PUB, "a year or two ago", "2012-11-01", "2014-11-30", "year"),
    ("It happened one or two days ago.", PUB, "one or two days ago", "2015-05-10", "2015-05-11", "day"),
    ("The talks began in 2010. Two or three years later, they collapsed.", PUB, "Two or three years later", "2012-01-01", "2013-12-31", "year"),
    ("The talks will resume in two or three weeks.", PUB, "two or three weeks", "2015-05-23", "2015-06-05", "week"),
    ("The talks will resume in a week or two.", PUB, "a week or two", "2015-05-16", "2015-05-29", "week"),
    ("Two years ago, the war began.", NONE, "Two years ago", None, None, "year"),
    # "from now" counts forward from publication as "ago" counts back
    ("The vote is three days from now.", PUB, "three days from now", "2015-05-15", "2015-05-15", "day"),
    ("The vote is two weeks from now.", PUB, "two weeks from now", "2015-05-23", "2015-05-29", "week"),
    ("The vote is two months from today.", PUB, "two months from today", "2015-07-01", "2015-07-31", "month"),
    ("The vote is two weeks from now.", NONE, "two weeks from now", None, None, "week"),
    # counted from a day named: as exact as that day; the weekday is the coming one, and
    # the publication day's own weekday leaves both it and the next
    ("The hearing is three days from Friday.", PUB, "three days from Friday", "2015-05-18", "2015-05-18", "day"),
    ("He leaves two days from tomorrow.", PUB, "two days from tomorrow", "2015-05-15", "2015-05-15", "day"),
    ("The hearing is a week from Thursday.", PUB, "a week from Thursday", "2015-05-21", "2015-05-21", "day"),
    ("The hearing is a week from Tuesday.", PUB, "a week from Tuesday", "2015-05-19", "2015-05-26", "day"),
    ("A ruling is due a few days from Friday.", PUB, "a few days from Friday", "2015-05-17", "2015-05-20", "day"),
    ("The vote is a week from next Tuesday.", PUB, "a week from next Tuesday", "2015-05-26", "2015-05-26", "day"),
    ("The hearing is two weeks from this Friday.", PUB, "two weeks from this Friday", "2015-05-29", "2015-05-29", "day"),
    ("The deadline was a week from last Friday.", PUB, "a week from last Friday", "2015-05-15", "2015-05-15", "day"),
    ("The hearing is a week from Thursday.", NONE, "a week from Thursday", None, None, "week"),
    # British: "a week on Thursday", "Tuesday week" count on from the coming day, as "from"
    ("They will meet a week on Thursday.", PUB, "a week on Thursday", "2015-05-21", "2015-05-21", "day"),
    ("The trial opens a fortnight on Monday.", PUB, "a fortnight on Monday", "2015-06-01", "2015-06-01", "day"),
    ("The vote is two weeks on Friday.", PUB, "two weeks on Friday", "2015-05-29", "2015-05-29", "day"),
    ("The hearing is a week on Tuesday.", PUB, "a week on Tuesday", "2015-05-19", "2015-05-26", "day"),
    ("The hearing is Thursday week.", PUB, "Thursday week", "2015-05-21", "2015-05-21", "day"),
    ("The hearing is Tuesday week.", PUB, "Tuesday week", "2015-05-19", "2015-05-26", "day"),
    ("The hearing is Thursday week.", NONE, "Thursday week", None, None, "day"),
    # "Tuesday last week", "Monday of next week": that day of the week named, not the nearest
    ("He resigned on Tuesday last week.", PUB, "Tuesday last week", "2015-05-05", "2015-05-05", "day"),
    ("Talks began on Monday of last week.", PUB, "Monday of last week", "2015-05-04", "2015-05-04", "day"),
    ("He will arrive on Wednesday next week.", PUB, "Wednesday next week", "2015-05-20", "2015-05-20", "day"),
    ("They met on Thursday of this week.", PUB, "Thursday of this week", "2015-05-14", "2015-05-14", "day"),
    ("He left on May 3 and returned on Friday the following week.", PUB, "Friday the following week",
     "2015-05-08", "2015-05-08", "day"),
    ("He resigned on Tuesday last week.", NONE, "Tuesday last week", None, None, "day"),
    # British "on Tuesday last", "Monday next" at a clause's end
    ("He died on Tuesday last.", PUB, "Tuesday last", "2015-05-05", "2015-05-05", "day"),
    ("The court sits on Monday next, the clerk said.", PUB, "Monday next", "2015-05-18", "2015-05-18", "day"),
    # a shift that is another date's: each read alone
    ("He spoke on Tuesday, last week he was silent.", PUB, "Tuesday", "2015-05-12", "2015-05-12", "day"),
    ("It happened on Tuesday last year.", PUB, "last year", "2014-01-01", "2014-12-31", "year"),
    ("He spoke on Tuesday last week's report said.", PUB, "last week", "2015-05-04", "2015-05-10", "week"),
    ("The deadline will be a week today.", PUB, "a week today", "2015-05-19", "2015-05-19", "day"),
    ("He will meet her a week tomorrow.", PUB, "a week tomorrow", "2015-05-20", "2015-05-20", "day"),
    ("They will meet a week on Thursday.", NONE, "a week on Thursday", None, None, "day"),
    # "ago today": to the day; "this day last year": the publication day a unit off
    ("A year ago today the plant exploded.", PUB, "A year ago today", "2014-05-12", "2014-05-12", "day"),
    ("He died two weeks ago yesterday.", PUB, "two weeks ago yesterday", "2015-04-27", "2015-04-27", "day"),
    ("A fortnight ago today the bank failed.", PUB, "A fortnight ago today", "2015-04-28", "2015-04-28", "day"),
    ("This day last year the bank failed.", PUB, "This day last year", "2014-05-12", "2014-05-12", "day"),
    # "this time last year": the season a unit off, some days either side of that day
    ("Sales were higher this time last year.", PUB, "this time last year", "2014-04-28", "2014-05-26", "day"),
    ("This time next month the plant will open.", PUB, "This time next month", "2015-06-09", "2015-06-15", "day"),
    ("Sales were higher this time last year.", NONE, "this time last year", None, None, "day"),
    ("This time, last year's winner lost.", PUB, "last year", "2014-01-01", "2014-12-31", "year"),
    # "three years ago Monday" (American): counted back from the last such weekday, to the day
    ("Three years ago Monday, the plant exploded.", PUB, "Three years ago Monday", "2012-05-11", "2012-05-11", "day"),
    ("He died a week ago Sunday.", PUB, "a week ago Sunday", "2015-05-03", "2015-05-03", "day"),
    ("Two years ago Monday's attack shocked the city.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    # "a year ago this month": that month a year back, not this one
    ("A year ago this month, the bank failed.", PUB, "A year ago this month", "2014-05-01", "2014-05-31", "month"),
    ("Two years ago this week, he died.", PUB, "Two years ago this week", "2013-05-06", "2013-05-12", "week"),
    ("A decade ago this year, the wall fell.", PUB, "A decade ago this year", "2005-01-01", "2005-12-31", "year"),
    ("A year ago this month's figures were low.", PUB, "this month", "2015-05-01", "2015-05-31", "month"),
    ("On this day last week, he spoke.", PUB, "this day last week", "2015-05-05", "2015-05-05", "day"),
    ("This day last year the bank failed.", NONE, "This day last year", None, None, "day"),
    # neither a duration then a day, nor a look back, joins: each is read alone
    ("He was jailed for two years on Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("He was suspended for a week on Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    # told in the past (a past auxiliary, a participle before the count): how long, and the
    # day it fell; another clause's past does not count
    ("He was jailed a week on Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The case was adjourned a fortnight on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("Police said he was charged, and the trial opens a week on Monday.", PUB, "a week on Monday",
     "2015-05-25", "2015-05-25", "day"),
    ("He said the hearing will be held a week on Monday.", PUB, "a week on Monday", "2015-05-25", "2015-05-25", "day"),
    ("It is a week today since he died.", PUB, "today", "2015-05-12", "2015-05-12", "day"),
    ("Ten years ago, today's leaders were young.", PUB, "Ten years ago", "2004-11-01", "2005-11-30", "year"),
    ("This day this year is quiet.", PUB, "this year", "2015-01-01", "2015-12-31", "year"),
    ("On Monday week-long talks began.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("He will train twice a week on Monday and Thursday.", PUB, "Monday", "2015-05-18", "2015-05-18", "day"),
    ("They will meet three times a week on Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    # --- early / mid / late -------------------------------------------------------------
    ("a cease-fire sealed in mid-February", PUB, "mid-February", "2015-02-11", "2015-02-20", "month"),
    ("a cease-fire sealed in mid-February", NONE, "mid-February", "--02-11", "--02-20", "month"),
    ("the outbreak of the crisis in early 2014", PUB, "early 2014", "2014-01-01", "2014-04-30", "month"),
    ("Early 2014 saw the first clashes.", PUB, "Early 2014", "2014-01-01", "2014-04-30", "month"),
    ("the offensive in late March", PUB, "late March", "2015-03-21", "2015-03-31", "month"),
    ("the offensive in early March 2015", PUB, "early March 2015", "2015-03-01", "2015-03-10", "month"),
    ("a surge by mid-2014", PUB, "mid-2014", "2014-05-01", "2014-08-31", "month"),
    ("a deal late last year", PUB, "late last year", "2014-09-01", "2014-12-31", "month"),
    # "the turn of the year": December and January around a new year
    ("The rate will change at the turn of the year.", PUB, "the turn of the year", "2015-12-01", "2016-01-31", "month"),
    ("The rate changed at the turn of the year.", PUB, "the turn of the year", "2014-12-01", "2015-01-31", "month"),
    ("In 2013 prices fell at the turn of the year.", PUB, "the turn of the year", "2013-12-01", "2014-01-31", "month"),
    ("The rate changed at the turn of the year.", NONE, "the turn of the year", None, None, "month"),
    # a half year as accounts name it
    ("Profits fell in H1 2014.", PUB, "H1 2014", "2014-01-01", "2014-06-30", "month"),
    ("Profits rose in H2 2015.", PUB, "H2 2015", "2015-07-01", "2015-12-31", "month"),
    ("a deal at the end of last year", PUB, "the end of last year", "2014-10-01", "2014-12-31", "month"),
    # a part of a week: its days, Monday being the first
    ("The talks collapsed late last week.", PUB, "late last week", "2015-05-07", "2015-05-10", "week"),
    ("A decision is expected early next week.", PUB, "early next week", "2015-05-18", "2015-05-20", "week"),
    ("The vote is due by the end of the week.", PUB, "the end of the week", "2015-05-15", "2015-05-17", "week"),
    ("The talks collapsed late last week.", NONE, "late last week", None, None, "week"),
    # "end-March", "end-2014": with the hyphen, as "the end of"
    ("Deposits fell by end-March.", PUB, "end-March", "2015-03-21", "2015-03-31", "month"),
    ("Deposits fell by end-2014.", PUB, "end-2014", "2014-10-01", "2014-12-31", "month"),
    ("Deposits stood at 60 billion at end-June 2013.", PUB, "end-June 2013", "2013-06-21", "2013-06-30", "month"),
    # the first (last) months of a year
    ("Deposits fell in the first three months of 2015.", PUB, "the first three months of 2015", "2015-01-01", "2015-03-31", "month"),
    ("Deposits fell in the first nine months of last year.", PUB, "the first nine months of last year",
     "2014-01-01", "2014-09-30", "month"),
    ("Deposits fell in the first six months of the year.", PUB, "the first six months of the year",
     "2015-01-01", "2015-06-30", "month"),
    ("Deposits fell in the first 10 months of 2014.", PUB, "the first 10 months of 2014", "2014-01-01", "2014-10-31", "month"),
    ("Deposits fell in the last three months of 2014.", PUB, "the last three months of 2014", "2014-10-01", "2014-12-31", "month"),
    # the first (last) days or weeks of a month, to its last day
    ("In the first 10 days of April, 40 people died.", PUB, "the first 10 days of April", "2015-04-01", "2015-04-10", "month"),
    ("The fair ran in the first two weeks of April.", PUB, "the first two weeks of April", "2015-04-01", "2015-04-14", "month"),
    # ... a last stretch counted back from the month's own last day, whatever its length
    ("Prices fell in the last two weeks of April.", PUB, "the last two weeks of April", "2015-04-17", "2015-04-30", "month"),
    ("Prices fell in the last 10 days of February.", PUB, "the last 10 days of February", "2015-02-19", "2015-02-28", "month"),
    ("Prices fell in the last 10 days of February 2016.", PUB, "the last 10 days of February 2016",
     "2016-02-20", "2016-02-29", "month"),
    ("Prices may fall in the last two weeks of June.", PUB, "the last two weeks of June", "2015-06-17", "2015-06-30", "month"),
    # ... told in the past after the publication month: last year's, as "fell in June" is
    ("Prices fell in the last two weeks of June.", PUB, "the last two weeks of June", "2014-06-17", "2014-06-30", "month"),
    ("Prices fell in the last 10 days of March.", PUB, "the last 10 days of March", "2015-03-22", "2015-03-31", "month"),
    # --- seasons (northern; winter runs into the next year) --------------------------------
    ("the conflict started in the fall of 2013", PUB, "the fall of 2013", "2013-09-01", "2013-11-30", "season"),
    ("the protests of the winter of 2013", PUB, "the winter of 2013", "2013-12-01", "2014-02-28", "season"),
    ("the protests of the winter of 2013-14", PUB, "the winter of 2013-14", "2013-12-01", "2014-02-28", "season"),
    ("the offensive in spring 2014", PUB, "spring 2014", "2014-03-01", "2014-05-31", "season"),
    ("the floods last summer", PUB, "last summer", "2014-06-01", "2014-08-31", "season"),
    ("the floods last summer", OCT, "last summer", "2015-06-01", "2015-08-31", "season"),
    ("the talks in the autumn of last year", PUB, "the autumn of last year", "2014-09-01", "2014-11-30", "season"),
    ("the floods last summer", NONE, "last summer", None, None, "season"),
    # a season alone after "in", "during": the one under way, else the last one (the next
    # after a future marker), as "in February"
    ("In the spring, the army advanced.", PUB, "the spring", "2015-03-01", "2015-05-31", "season"),
    ("They returned in the autumn.", PUB, "the autumn", "2014-09-01", "2014-11-30", "season"),
    ("Talks will resume in the autumn.", PUB, "the autumn", "2015-09-01", "2015-11-30", "season"),
    ("Fighting stalled during the winter when roads froze.", PUB, "the winter", "2014-12-01", "2015-02-28", "season"),
    ("The dam burst in summer.", OCT, "summer", "2015-06-01", "2015-08-31", "season"),
    ("In the spring, the army advanced.", NONE, "the spring", None, None, "season"),
    # --- decades and quarters ----------------------------------------------------------
    ("the wars of the 1990s", PUB, "the 1990s", "1990-01-01", "1999-12-31", "decade"),
    ("the wars of the early 1990s", PUB, "the early 1990s", "1990-01-01", "1993-12-31", "decade"),
    # a half of a decade: its first or last five years
    ("He was born in the second half of the 1980s.", PUB, "the second half of the 1980s", "1985-01-01", "1989-12-31", "decade"),
    ("Prices fell in the first half of the 2000s.", PUB, "the first half of the 2000s", "2000-01-01", "2004-12-31", "decade"),
    ("since the mid-1990s", PUB, "the mid-1990s", "1994-01-01", "1996-12-31", "decade"),
    ("the music of the ’90s", PUB, "the ’90s", "1990-01-01", "1999-12-31", "decade"),
    # "the 1990's", as it is also written, after "the" or a part; "2010's floods" stays the year's
    ("Cars were cheaper in the 1990's.", PUB, "the 1990's", "1990-01-01", "1999-12-31", "decade"),
    ("In the late 1990's, prices fell.", PUB, "the late 1990's", "1997-01-01", "1999-12-31", "decade"),
    ("The team dominated in the early '80s.", PUB, "the early '80s", "1980-01-01", "1983-12-31", "decade"),
    ("2010's floods were worse.", PUB, "2010", "2010-01-01", "2010-12-31", "year"),
    # a part of the decade at hand, or of one shifted
    ("The plant will close by the end of the decade.", PUB, "the end of the decade", "2017-01-01", "2019-12-31", "decade"),
    ("Prices fell at the start of the decade.", PUB, "the start of the decade", "2010-01-01", "2013-12-31", "decade"),
    ("It peaked at the end of last decade.", PUB, "the end of last decade", "2007-01-01", "2009-12-31", "decade"),
    # a year in two digits after an apostrophe and a date cue: of the century that puts it at
    # most ten years after publication
    ("The law was passed in '98.", PUB, "'98", "1998-01-01", "1998-12-31", "year"),
    ("The firm has been in business since ’05.", PUB, "’05", "2005-01-01", "2005-12-31", "year"),
    ("He won it in '24.", PUB, "'24", "2024-01-01", "2024-12-31", "year"),
    ("He won it in '26.", PUB, "'26", "1926-01-01", "1926-12-31", "year"),
    ("Between '98 and '02 the firm grew.", PUB, "'98 and '02", "1998-01-01", "2002-12-31", "year"),
    ("He played in '98 and '02.", PUB, "'02", "2002-01-01", "2002-12-31", "year"),
    ("Profits fell in '98, the company's worst year.", PUB, "'98", "1998-01-01", "1998-12-31", "year"),
    # a hundred years before 2000: a century, its parts by decades
    # a century by its ordinal: its hundred years from the one ending in 00, as "the 1800s"
    ("The mill dates from the 19th century.", PUB, "the 19th century", "1800-01-01", "1899-12-31", "decade"),
    ("It was built in the early 20th century.", PUB, "the early 20th century", "1900-01-01", "1939-12-31", "decade"),
    ("The mill was built in the nineteenth century.", PUB, "the nineteenth century", "1800-01-01", "1899-12-31", "decade"),
    ("It grew at the end of the 19th century.", PUB, "the end of the 19th century", "1870-01-01", "1899-12-31", "decade"),
    ("It was the worst crisis since the 21st century began.", PUB, "the 21st century", "2000-01-01", "2099-12-31", "decade"),
    ("the challenges of the twenty-first century", PUB, "the twenty-first century", "2000-01-01", "2099-12-31", "decade"),
    ("Sales fell in the late 1990s.", PUB, "the late 1990s", "1997-01-01", "1999-12-31", "decade"),
    # "the turn of the century": the years around the last 00 before the publication, or
    # before a year stated ahead of it, or the century it names
    ("The town grew at the turn of the century.", PUB, "the turn of the century", "1997-01-01", "2003-12-31", "decade"),
    ("In 1898 the town grew, and at the turn of the century it was a city.", PUB, "the turn of the century",
     "1897-01-01", "1903-12-31", "decade"),
    ("It was founded at the turn of the 20th century.", PUB, "the turn of the 20th century", "1897-01-01", "1903-12-31", "decade"),
    ("The town grew at the turn of the century.", NONE, "the turn of the century", None, None, "decade"),
    ("The mill was built in the 1800s.", PUB, "the 1800s", "1800-01-01", "1899-12-31", "decade"),
    ("The mill was built in the mid-1800s.", PUB, "the mid-1800s", "1840-01-01", "1869-12-31", "decade"),
    ("The mill was built in the early 1900s.", PUB, "the early 1900s", "1900-01-01", "1939-12-31", "decade"),
    ("Growth slowed in the late 2000s.", PUB, "the late 2000s", "2007-01-01", "2009-12-31", "decade"),
    ("growth in the first quarter of 2015", PUB, "the first quarter of 2015", "2015-01-01", "2015-03-31", "quarter"),
    ("results for Q3 2014", PUB, "Q3 2014", "2014-07-01", "2014-09-30", "quarter"),
    ("in the fourth quarter of last year", PUB, "the fourth quarter of last year", "2014-10-01", "2014-12-31", "quarter"),
    # an ordinal in digits, as in words
    ("Profits rose in the 4th quarter of 2014.", PUB, "the 4th quarter of 2014", "2014-10-01", "2014-12-31", "quarter"),
    ("in the 3rd quarter of last year", PUB, "the 3rd quarter of last year", "2014-07-01", "2014-09-30", "quarter"),
    ("Sales fell in the final quarter of 2014.", PUB, "the final quarter of 2014", "2014-10-01", "2014-12-31", "quarter"),
    ("Sales fell in the last quarter of last year.", PUB, "the last quarter of last year", "2014-10-01", "2014-12-31", "quarter"),
    ("The last quarter-final in 2014 was tense.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    # no year: in a sentence on an economy's or a company's figures, the quarter under way or
    # the last one over (the next after a future marker), or of the year stated before it
    ("The economy shrank 0.5 percent in the first quarter, officials said.", PUB, "the first quarter", "2015-01-01", "2015-03-31", "quarter"),
    ("GDP in the first quarter grew 0.3 percent.", PUB, "the first quarter", "2015-01-01", "2015-03-31", "quarter"),
    ("Net profit for the third quarter rose 10 percent.", PUB, "the third quarter", "2014-07-01", "2014-09-30", "quarter"),
    ("Sales in the second quarter rose.", PUB, "the second quarter", "2015-04-01", "2015-06-30", "quarter"),
    ("Growth will pick up in the third quarter, the bank said.", PUB, "the third quarter", "2015-07-01", "2015-09-30", "quarter"),
    ("Exports fell in the fourth quarter.", dt.date(2015, 1, 20), "the fourth quarter", "2014-10-01", "2014-12-31", "quarter"),
    ("In 2013, the economy grew 1 percent in the third quarter.", PUB, "the third quarter", "2013-07-01", "2013-09-30", "quarter"),
    ("Sales in the second quarter rose.", NONE, "the second quarter", None, None, "quarter"),
    # "in the first half", as "in the first quarter": where the sentence names figures
    ("Revenue rose 5 percent in the first half, the company said.", PUB, "the first half", "2015-01-01", "2015-06-30", "month"),
    ("Profit fell in the second half, the company said.", PUB, "the second half", "2014-07-01", "2014-12-31", "month"),
    ("In 2013, profit fell in the second half.", PUB, "the second half", "2013-07-01", "2013-12-31", "month"),
    # "percentage points" and "basis points" are an economy's, not a game's
    ("Unemployment fell 0.3 percentage points in the first half.", PUB, "the first half", "2015-01-01", "2015-06-30", "month"),
    ("Revenue rose 5% in the first half.", PUB, "the first half", "2015-01-01", "2015-06-30", "month"),
    # "the three months to March": the months of a period ending in the month named, not that
    # month alone; "ended" a period already over
    ("Sales rose 5 percent in the three months to March.", PUB, "the three months to March", "2015-01-01", "2015-03-31", "month"),
    ("Inflation was 3 percent in the year to April.", PUB, "the year to April", "2014-05-01", "2015-04-30", "month"),
    ("Profits rose in the 12 months to September 2014.", PUB, "the 12 months to September 2014", "2013-10-01", "2014-09-30", "month"),
    ("Net income rose in the quarter ended June 30.", PUB, "the quarter ended June 30", "2014-04-01", "2014-06-30", "month"),
    # "the six months through June" (American); "the week ended May 9": the seven days to that day
    ("Exports rose in the six months through June.", PUB, "the six months through June", "2015-01-01", "2015-06-30", "month"),
    ("Initial claims fell in the week ended May 9, the department said.", PUB, "the week ended May 9", "2015-05-03", "2015-05-09", "week"),
    ("Sales rose in the week ending Jan. 3, 2015.", PUB, "the week ending Jan. 3, 2015", "2014-12-28", "2015-01-03", "week"),
    ("Claims fell in the week ended Dec. 27.", PUB, "the week ended Dec. 27", "2014-12-21", "2014-12-27", "week"),
    ("The week to May was busy.", PUB, "May", "2015-05-01", "2015-05-31", "month"),  # no day: no week
    # "the four weeks to May 10": so many weeks to that day
    ("In the four weeks to May 10, sales rose.", PUB, "the four weeks to May 10", "2015-04-13", "2015-05-10", "week"),
    ("Sales rose in the 12 weeks ended April 26.", PUB, "the 12 weeks ended April 26", "2015-02-02", "2015-04-26", "week"),
    ("In the four weeks to May, sales rose.", PUB, "May", "2015-05-01", "2015-05-31", "month"),  # no day: no weeks
    ("Sales rose in the three months ending March 31, 2014.", PUB, "the three months ending March 31, 2014",
     "2014-01-01", "2014-03-31", "month"),
    ("Sales rose 5 percent in the three months to March.", NONE, "the three months to March", None, None, "month"),
    # "by year-end": the end of the year, as "by the end of the year"; only after a word that
    # looks ahead ("debt at year-end" reports as often on the last one)
    ("The bank aims to finish talks by year-end.", PUB, "year-end", "2015-10-01", "2015-12-31", "month"),
    ("The rate will stay until year end, he said.", PUB, "year end", "2015-10-01", "2015-12-31", "month"),
    ("It will be done by year-end 2016.", PUB, "year-end 2016", "2016-10-01", "2016-12-31", "month"),
    ("The bank aims to finish talks by year-end.", NONE, "year-end", None, None, "month"),
    # "the week before last", "the year after next": two units from publication
    ("The vote came the week before last.", PUB, "the week before last", "2015-04-27", "2015-05-03", "week"),
    ("He left the year before last and returned.", PUB, "the year before last", "2013-01-01", "2013-12-31", "year"),
    ("The month before last was wet.", PUB, "The month before last", "2015-03-01", "2015-03-31", "month"),
    ("Talks resume the week after next.", PUB, "the week after next", "2015-05-25", "2015-05-31", "week"),
    ("The vote came the week before last.", NONE, "the week before last", None, None, "week"),
    # a weekend so: its Saturday and Sunday, as "last weekend", a week further
    ("They met the weekend before last.", PUB, "the weekend before last", "2015-05-02", "2015-05-03", "day"),
    # "this coming weekend": the next one ahead (this week's before Saturday), "next weekend" next week's
    ("They will march this coming weekend.", PUB, "this coming weekend", "2015-05-16", "2015-05-17", "day"),
    ("The coming weekend will be busy.", PUB, "The coming weekend", "2015-05-16", "2015-05-17", "day"),
    ("They will march this coming weekend.", dt.date(2015, 5, 16), "this coming weekend", "2015-05-23", "2015-05-24", "day"),
    ("They will march next weekend.", PUB, "next weekend", "2015-05-23", "2015-05-24", "day"),
    # "the upcoming week", as "the coming week"
    ("Talks will resume in the upcoming week.", PUB, "the upcoming week", "2015-05-12", "2015-05-19", "week"),
    ("He will speak the upcoming Friday.", PUB, "the upcoming Friday", "2015-05-15", "2015-05-15", "day"),
    # "the past fortnight": the two weeks up to publication, as "the past two weeks"
    ("Prices have risen sharply over the past fortnight.", PUB, "the past fortnight", "2015-04-28", "2015-05-12", "week"),
    ("Talks stalled in the last fortnight, officials said.", PUB, "the last fortnight", "2015-04-28", "2015-05-12", "week"),
    ("They will meet the weekend after next.", PUB, "the weekend after next", "2015-05-30", "2015-05-31", "day"),  # of the week after next
    # a weekday so: a week past the last one, or the next one
    ("The talks ended the Friday before last.", PUB, "Friday before last", "2015-05-01", "2015-05-01", "day"),
    ("The vote is on Friday after next.", PUB, "Friday after next", "2015-05-22", "2015-05-22", "day"),
    ("The vote is on Tuesday after next, he said.", PUB, "Tuesday after next", "2015-05-26", "2015-05-26", "day"),
    ("The vote is on Friday after next.", NONE, "Friday after next", None, None, "day"),
    # not before a noun: "next week's vote" is the week's
    ("He spoke on Friday after next week's vote was set.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("He spoke on Friday before last year's vote.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # "last" is the next date's: "the year before last year's vote"
    ("In the year before last year's vote, he fled.", PUB, "last year", "2014-01-01", "2014-12-31", "year"),
    ("The vote was held the week before last Tuesday.", PUB, "last Tuesday", "2015-05-05", "2015-05-05", "day"),
    # --- a day the month's calendar names: the nth weekday, the first or last day ---------
    ("Voters go to the polls on the first Monday of June.", PUB, "the first Monday of June", "2015-06-01", "2015-06-01", "day"),
    # "the last weekend of October": the month's nth Saturday and the Sunday after it
    ("The festival is on the last weekend of October.", PUB, "the last weekend of October", "2014-10-25", "2014-10-26", "day"),
    ("The fair is held on the first weekend of June.", PUB, "the first weekend of June", "2015-06-06", "2015-06-07", "day"),
    ("The race is on the second weekend of July 2016.", PUB, "the second weekend of July 2016", "2016-07-09", "2016-07-10", "day"),
    ("Elections fell on the first Tuesday in November.", PUB, "the first Tuesday in November", "2014-11-04", "2014-11-04", "day"),
    ("Clocks changed on the last Sunday in March.", PUB, "the last Sunday in March", "2015-03-29", "2015-03-29", "day"),
    ("The race was held on the 3rd Sunday of October 2013.", PUB, "the 3rd Sunday of October 2013", "2013-10-20", "2013-10-20", "day"),
    ("The lease ran out on the last day of October 2014.", PUB, "the last day of October 2014", "2014-10-31", "2014-10-31", "day"),
    ("The law took effect on the first day of March.", PUB, "the first day of March", "2015-03-01", "2015-03-01", "day"),
    ("Voters go to the polls on the first Monday of June.", NONE, "the first Monday of June", None, None, "day"),
    # of a month a shift names, as "the 25th of this month"; "of the month", of the date before
    ("Talks resume on the first Monday of next month.", PUB, "the first Monday of next month", "2015-06-01", "2015-06-01", "day"),
    ("Talks stalled on the last Friday of last month.", PUB, "the last Friday of last month", "2015-04-24", "2015-04-24", "day"),
    ("The lease ends on the last day of this month.", PUB, "the last day of this month", "2015-05-31", "2015-05-31", "day"),
    ("Talks resume in the second week of next month.", PUB, "the second week of next month", "2015-06-08", "2015-06-14", "week"),
    ("Talks began on March 3 and ended on the last Friday of the month.", PUB, "the last Friday of the month", "2015-03-27", "2015-03-27", "day"),
    # a week of a month: its days by sevens, the last seven for "the last week"
    ("He died in the first week of October 2014.", PUB, "the first week of October 2014", "2014-10-01", "2014-10-07", "week"),
    ("Talks are set for the second week of June.", PUB, "the second week of June", "2015-06-08", "2015-06-14", "week"),
    ("Prices fell in the final week of March.", PUB, "the final week of March", "2015-03-25", "2015-03-31", "week"),
    ("Prices fell in the last week of February 2016.", PUB, "the last week of February 2016", "2016-02-23", "2016-02-29", "week"),
    # "the week of June 3" (American): the week, Monday to Sunday, that holds the day
    ("Talks resume the week of June 3.", PUB, "the week of June 3", "2015-06-01", "2015-06-07", "week"),
    ("Talks resumed in the week of 3 March 2014.", PUB, "the week of 3 March 2014", "2014-03-03", "2014-03-09", "week"),
    ("Talks resume the week of June 3.", NONE, "June 3", "--06-03", "--06-03", "day"),
    # "the third day of": how long something has gone on as often as a day; the month stands
    ("It was the third day of March marches.", PUB, "March", "2015-03-01", "2015-03-31", "month"),
    # --- days relative to publication ---------------------------------------------------
    ("the statement issued yesterday", PUB, "yesterday", "2015-05-11", "2015-05-11", "day"),
    ("Yesterday, he left.", PUB, "Yesterday", "2015-05-11", "2015-05-11", "day"),
    ("Everything is sunny today in Sochi.", PUB, "today", "2015-05-12", "2015-05-12", "day"),
    ("He said: Today we begin.", PUB, "Today", "2015-05-12", "2015-05-12", "day"),
    ("a blast shook the city last night", PUB, "last night", "2015-05-11", "2015-05-11", "day"),
    ("the statement issued yesterday", NONE, "yesterday", None, None, "day"),
    # --- windows ending (or starting) on the publication day: as many units as the words allow
    ("Police made arrests in the past few days.", PUB, "the past few days", "2015-05-07", "2015-05-12", "day"),
    ("Fighting has intensified in recent days.", PUB, "recent days", "2015-05-07", "2015-05-12", "day"),
    ("Prices have soared in recent years.", PUB, "recent years", "2010-05-12", "2015-05-12", "year"),
    ("In the past 24 hours, 30 people died.", PUB, "the past 24 hours", "2015-05-11", "2015-05-12", "day"),
    ("Rain fell over the last 48 hours.", PUB, "the last 48 hours", "2015-05-10", "2015-05-12", "day"),
    ("Deposits fell over the last three months.", PUB, "the last three months", "2015-02-12", "2015-05-12", "month"),
    ("Prices rose over the past two weeks.", PUB, "the past two weeks", "2015-04-28", "2015-05-12", "week"),
    ("More troops will arrive in the coming days.", PUB, "the coming days", "2015-05-12", "2015-05-17", "day"),
    # "within days", "in a matter of weeks": a few units on from the date stated before them,
    # else from publication after a future marker
    ("Officials said a decision will come within days.", PUB, "within days", "2015-05-12", "2015-05-17", "day"),
    ("Troops will arrive within weeks.", PUB, "within weeks", "2015-05-12", "2015-06-16", "week"),
    ("He will be freed in a matter of weeks.", PUB, "a matter of weeks", "2015-05-12", "2015-06-16", "week"),
    ("The quake struck on March 11 and within days the plant failed.", PUB, "within days", "2015-03-11", "2015-03-16", "day"),
    # hours: the days they reach into; a vague count after "within" as after "the past"
    ("Talks will end within hours.", PUB, "within hours", "2015-05-12", "2015-05-13", "day"),
    ("The deal will collapse in a matter of hours.", PUB, "a matter of hours", "2015-05-12", "2015-05-13", "day"),
    ("The money will arrive within a few days.", PUB, "within a few days", "2015-05-12", "2015-05-17", "day"),
    ("The cash will come within a couple of days.", PUB, "within a couple of days", "2015-05-12", "2015-05-14", "day"),
    ("Troops will arrive within several weeks.", PUB, "within several weeks", "2015-05-12", "2015-07-14", "week"),
    ("The quake struck on March 11 and within a few days the plant failed.", PUB, "within a few days",
     "2015-03-11", "2015-03-16", "day"),
    # a year "fiscal" is not next to stays a year
    ("In 2014 fiscal policy tightened.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    ("Talks will resume in the coming weeks.", PUB, "the coming weeks", "2015-05-12", "2015-06-16", "week"),
    ("Officials expect rain in the coming 48 hours.", PUB, "the coming 48 hours", "2015-05-12", "2015-05-14", "day"),
    ("Sales rose in the past few days.", NONE, "the past few days", None, None, "day"),
    ("Sales rose in recent years.", NONE, "recent years", None, None, "year"),
    # "the next few days": from the date stated before, or from publication after a future marker
    ("Officials will decide in the next few days.", PUB, "the next few days", "2015-05-12", "2015-05-17", "day"),
    ("He was arrested on May 3 and questioned over the next two days.", PUB, "the next two days", "2015-05-03",
     "2015-05-05", "day"),
    # "in three days" after a future marker: publication plus three days
    ("The team will arrive in three days.", PUB, "three days", "2015-05-15", "2015-05-15", "day"),
    ("He said he will report results in two weeks' time.", PUB, "two weeks' time", "2015-05-23", "2015-05-29", "week"),
    # "mid-week": of the publication week, or the last one when still ahead in a past clause
    ("Talks stalled mid-week.", dt.date(2015, 5, 11), "mid-week", "2015-05-05", "2015-05-08", "week"),
    ("Talks will resume mid-week.", dt.date(2015, 5, 11), "mid-week", "2015-05-12", "2015-05-15", "week"),
    # --- movable holidays, computed for the year: nearest, or the year stated
    ("Crowds gathered on Easter Sunday.", PUB, "Easter Sunday", "2015-04-05", "2015-04-05", "day"),
    ("Crowds gathered at Easter.", PUB, "Easter", "2015-04-05", "2015-04-05", "day"),
    ("The attack came on Good Friday.", PUB, "Good Friday", "2015-04-03", "2015-04-03", "day"),
    ("Shops reopened on Easter Monday 2016.", PUB, "Easter Monday 2016", "2016-03-28", "2016-03-28", "day"),
    ("Families met on Thanksgiving.", PUB, "Thanksgiving", "2014-11-27", "2014-11-27", "day"),
    # the Monday after Thanksgiving; Black Friday the day after it
    ("Online sales rose on Cyber Monday.", PUB, "Cyber Monday", "2014-12-01", "2014-12-01", "day"),
    ("Shoppers crowded stores on Black Friday.", PUB, "Black Friday", "2014-11-28", "2014-11-28", "day"),
    # "the Labor Day weekend": the holiday and the weekend it makes a long one
    ("Police expect shootings over the Labor Day weekend.", PUB, "Labor Day weekend", "2015-09-05", "2015-09-07", "day"),
    # ... told in the past, months after publication: last year's
    ("Shootings rose over the Labor Day weekend.", PUB, "Labor Day weekend", "2014-08-30", "2014-09-01", "day"),
    ("Traffic was heavy on the Thanksgiving weekend.", PUB, "Thanksgiving weekend", "2014-11-27", "2014-11-30", "day"),
    ("Over the Easter weekend, 12 people died.", PUB, "Easter weekend", "2015-04-04", "2015-04-05", "day"),
    # the Orthodox Easter is the Julian calendar's, not the Western one; its Christmas falls on Jan. 7
    ("Churches were full on Orthodox Easter 2018.", PUB, "Orthodox Easter 2018", "2018-04-08", "2018-04-08", "day"),
    ("Crowds gathered on Orthodox Easter.", PUB, "Orthodox Easter", "2015-04-12", "2015-04-12", "day"),
    ("Crowds gathered for Orthodox Good Friday 2021.", PUB, "Orthodox Good Friday 2021", "2021-04-30", "2021-04-30", "day"),
    ("The truce began on Orthodox Christmas.", PUB, "Orthodox Christmas", "2015-01-07", "2015-01-07", "day"),
    ("Schools closed on Martin Luther King Jr. Day.", PUB, "Martin Luther King Jr. Day", "2015-01-19", "2015-01-19", "day"),
    ("Schools closed on MLK Day 2014.", PUB, "MLK Day 2014", "2014-01-20", "2014-01-20", "day"),
    # days of national and world calendars, fixed or counted from Easter or a month's weekdays
    # "Christmas" alone is a date after a cue, and names no noun after it; "over Christmas" the days around it
    ("Troops will be home by Christmas, he said.", PUB, "Christmas", "2015-12-25", "2015-12-25", "day"),
    ("Since Christmas, prices have risen.", PUB, "Christmas", "2014-12-25", "2014-12-25", "day"),
    ("The attack on Christmas morning killed three.", PUB, "Christmas", "2014-12-25", "2014-12-25", "day"),
    ("He was killed on Christmas 2013.", PUB, "Christmas 2013", "2013-12-25", "2013-12-25", "day"),
    ("It happened on the morning of Christmas 2013.", PUB, "Christmas 2013", "2013-12-25", "2013-12-25", "day"),
    ("Shops were busy over Christmas.", PUB, "Christmas", "2014-12-24", "2014-12-26", "day"),
    # a year shift after a holiday names its year; any word but a noun it names may follow a cued "Christmas";
    # "through Christmas" is a deadline, as "through May 5"
    ("He died at Christmas last year.", dt.date(2015, 12, 20), "Christmas last year", "2014-12-24", "2014-12-26", "day"),
    ("He was killed on Christmas Day last year.", dt.date(2015, 12, 20), "Christmas Day last year", "2014-12-25",
     "2014-12-25", "day"),
    ("Easter next year falls in March.", PUB, "Easter next year", "2016-03-27", "2016-03-27", "day"),
    ("The shooting at Christmas killed 5.", dt.date(2015, 12, 20), "Christmas", "2015-12-24", "2015-12-26", "day"),
    ("The attack on Christmas was condemned.", PUB, "Christmas", "2014-12-25", "2014-12-25", "day"),
    ("The truce will hold through Christmas.", dt.date(2015, 12, 20), "Christmas", "2015-12-25", "2015-12-25", "day"),
    ("Veterans marched on Anzac Day.", PUB, "Anzac Day", "2015-04-25", "2015-04-25", "day"),
    ("Fireworks lit the sky on Canada Day 2014.", PUB, "Canada Day 2014", "2014-07-01", "2014-07-01", "day"),
    ("Rallies were held on Juneteenth 2020.", PUB, "Juneteenth 2020", "2020-06-19", "2020-06-19", "day"),
    ("Fireworks are planned for July Fourth.", PUB, "July Fourth", "2015-07-04", "2015-07-04", "day"),
    ("In July fourth-quarter orders came in.", PUB, "July", "2015-07-01", "2015-07-31", "month"),  # case matters
    ("Crowds gathered on World AIDS Day.", PUB, "World AIDS Day", "2014-12-01", "2014-12-01", "day"),
    ("Crowds gathered on Shrove Tuesday.", PUB, "Shrove Tuesday", "2015-02-17", "2015-02-17", "day"),
    ("Banks closed on Whit Monday 2014.", PUB, "Whit Monday 2014", "2014-06-09", "2014-06-09", "day"),
    ("Banks closed on Columbus Day 2014.", PUB, "Columbus Day 2014", "2014-10-13", "2014-10-13", "day"),
    ("Thanksgiving Day 2015 will be quiet.", PUB, "Thanksgiving Day 2015", "2015-11-26", "2015-11-26", "day"),
    ("Florists were busy on Mother's Day.", PUB, "Mother's Day", "2015-05-10", "2015-05-10", "day"),
    ("Crowds will gather on Memorial Day.", PUB, "Memorial Day", "2015-05-25", "2015-05-25", "day"),
    ("The new line will open on Labor Day.", PUB, "Labor Day", "2015-09-07", "2015-09-07", "day"),
    ("Veterans marched on Remembrance Day.", PUB, "Remembrance Day", "2014-11-11", "2014-11-11", "day"),
    ("Crowds gathered on Easter Sunday.", NONE, "Easter Sunday", None, None, "day"),
    # "and" between two counts of plural nouns joins counts; between years it is a date cue
    ("The firm sold 300 cars in 2013 and 2014 sales rose.", PUB, "2014", "2014-01-01", "2014-12-31", "year"),
    # a day and month in digits, one of them a single digit, when only one order makes a day
    ("The sale closed on 5/25 after a long wait.", PUB, "5/25", "2015-05-25", "2015-05-25", "day"),
    ("The store closed on 1/15, the firm said.", PUB, "1/15", "2015-01-15", "2015-01-15", "day"),
    # a rule's start told in the present: the coming day, as after "will"
    ("The new law takes effect on Jan. 1 across the state.", PUB, "Jan. 1", "2016-01-01", "2016-01-01", "day"),
    ("The ban comes into force on March 1, officials said.", PUB, "March 1", "2016-03-01", "2016-03-01", "day"),
    ("The plan takes effect Monday.", PUB, "Monday", "2015-05-18", "2015-05-18", "day"),
    ("The ban came into force on April 1.", PUB, "April 1", "2015-04-01", "2015-04-01", "day"),
    # ... but not of a date past a past auxiliary or the comma closing its relative clause,
    # and "kicks" is a plural noun as often ("penalty kicks in the second half")
    ("The law, which takes effect in January, was signed by the governor on Friday.", PUB, "Friday",
     "2015-05-08", "2015-05-08", "day"),
    ("The rule, which comes into force in June, drew protests on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The law, which takes effect in January, bans smoking in bars.", PUB, "January", "2016-01-01", "2016-01-31", "month"),
    ("Two penalty kicks in the second half sealed the win on Saturday.", PUB, "Saturday", "2015-05-09", "2015-05-09", "day"),
    # an event's start or end told in the present right before its day, as a timetable is:
    # the coming day (an "at" time and "on" may stand between)
    ("The summit opens on Sunday in Rome.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("Voting ends at 8 p.m. Sunday.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("Talks begin Thursday in Geneva.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("The final kicks off at 3pm on Saturday.", PUB, "Saturday", "2015-05-16", "2015-05-16", "day"),
    ("The vote takes place on Sunday.", PUB, "Sunday", "2015-05-17", "2015-05-17", "day"),
    ("The hearing opens on the 2nd.", PUB, "the 2nd", "2015-06-02", "2015-06-02", "day"),
    ("They met on the 14th and again on the 20th.", PUB, "the 14th", "2015-04-14", "2015-04-14", "day"),
    ("The deadline expires at midnight on Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The deadline expires at midday on Friday.", PUB, "Friday", "2015-05-15", "2015-05-15", "day"),
    ("The exhibition runs from March 3 to 5.", PUB, "March 3 to 5", "2015-03-03", "2015-03-05", "day"),
    # ... not told in the past, nor a verb further off, nor the nouns "close", "end", "starts"
    ("The trial opened on Monday.", PUB, "Monday", "2015-05-11", "2015-05-11", "day"),
    ("The report begins with the attack in March.", PUB, "March", "2015-03-01", "2015-03-31", "month"),
    ("Housing starts rose 5% in April.", PUB, "April", "2015-04-01", "2015-04-30", "month"),
    ("Stocks rose at the close on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("The war came to an end on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    # a forecast told in the present points ahead, as "will" does
    ("The bank expects growth in the second half.", PUB, "the second half", "2015-07-01", "2015-12-31", "month"),
    ("Inflation is forecast to peak at the turn of the year.", PUB, "the turn of the year", "2015-12-01", "2016-01-31", "month"),
    ("The bureau forecasts 39 degrees on Thursday.", PUB, "Thursday", "2015-05-14", "2015-05-14", "day"),
    ("Forecasters predicted rain on Saturday, and it came.", PUB, "Saturday", "2015-05-09", "2015-05-09", "day"),
    # ... within its clause: a semicolon closes it
    ("The firm expects revenue of $12 billion; first-quarter revenue rose.", PUB, "first-quarter", "2015-01-01",
     "2015-03-31", "quarter"),
    ("The talks will resume; they broke down on Friday.", PUB, "Friday", "2015-05-08", "2015-05-08", "day"),
    ("Sales rose in the second half.", PUB, "the second half", "2014-07-01", "2014-12-31", "month"),
    ("Prices peaked at the turn of the year.", PUB, "the turn of the year", "2014-12-01", "2015-01-31", "month"),
    # "in Q3" with no year: the accounts' quarter, read as "in the third quarter" is
    ("Profit fell in Q3 as costs climbed.", PUB, "Q3", "2014-07-01", "2014-09-30", "quarter"),
    ("Profit will rise in Q4, the firm said.", PUB, "Q4", "2015-10-01", "2015-12-31", "quarter"),
    # a quarter as an adjective of the figure it dates, or after "its": as "in the third quarter"
    ("Norland posted third-quarter profit of $2 billion.", PUB, "third-quarter", "2014-07-01", "2014-09-30", "quarter"),
    ("The firm sees second-quarter sales of $9 billion.", PUB, "second-quarter", "2015-04-01", "2015-06-30", "quarter"),
    ("Revenue in its first quarter rose 4 percent.", PUB, "first quarter", "2015-01-01", "2015-03-31", "quarter"),
    # two parts of a period joined: from the first's start to the second's end
    ("Prices peaked in mid-to-late 2014 before falling.", PUB, "mid-to-late 2014", "2014-05-01", "2014-12-31", "month"),
    ("The work ends in early to mid-March.", PUB, "early to mid-March", "2015-03-01", "2015-03-20", "month"),
    ("Sales rose in the mid to late 1990s.", PUB, "the mid to late 1990s", "1994-01-01", "1999-12-31", "decade"),
    # "New Year" after a cue, or after another holiday and "and": Jan. 1
    ("Nurses worked through Christmas and New Year at the hospital.", PUB, "New Year", "2015-01-01", "2015-01-01", "day"),
    ("Staff were off over New Year.", PUB, "New Year", "2014-12-31", "2015-01-02", "day"),
    ("He will return after New Year.", PUB, "New Year", "2016-01-01", "2016-01-01", "day"),
]

# Text that holds no date: numbers, names and words that only look like one.
NO_DATE = [
    # two digits in quotation marks after a date cue are no year
    "The critic gave it a score of '95'.",
    "He wore a shirt with the number '98' on it in '12 ads'.",
    # a day of the month no date names is a habit, not a date (nor the nearest Monday)
    "The council meets on the first Monday of the month.",
    "He scored in the final quarter.",  # a quarter with no year is as often a game's
    "Their fourth-quarter comeback won the game.",  # an adjective of no figure
    "Fourth-quarter points sealed it as their output rose.",  # a game's figure
    "The Lakers led 60-50 in the third quarter, and shot 40 percent.",  # no figure of an economy
    "The economy grew in the first quarter century of independence.",  # a fraction of a unit
    "Sales in the fourth quarter of the season fell.",  # "of" and no year
    "He scored twice in the first half.",  # a game's half: no figures named
    # a figure's word in a game's report: the half is the game's
    "Curry's 30-point output in the first half sank the Rockets.",
    "Their offensive output dipped in the second half.",
    "He scored 20 points as the team's output rose in the third quarter.",
    "The past decades of war hurt the city.",  # a window only where no "of" follows
    "Sales fell in the first half-hour of trading.",
    "He scored twice in the 4th quarter of the game.",
    "He finished 4th in the race.",
    "The fifth Monday of February 2015 was cold.",  # no such day: none guessed
    "Debt at year-end was high.",
    "The year-end rally fizzled by year-ending trades.",
    "It was the fifth week of March protests.",  # a fifth week runs into the next month
    "The first week of the trial was slow.",
    "The storm destroyed 1900 houses and 2000 shops.",  # "and" between two counts
    "The quake killed 1500 people and 2000 soldiers.",
    "The work was finished in three days.",  # no future marker: a duration
    # after a superlative or "first", how far back a record reaches, no day ahead
    "Forecasters said it would be the coldest night here in 20 years.",
    "It will be the worst flooding in a decade or the coldest night in 20 years.",
    "Over the next three years, output doubled.",  # no date before, no future marker: a duration
    "In the following weeks, the rebels advanced.",
    "It was the last few days of the trial.",  # a span of something else
    "Easter Island lies far out in the Pacific.",  # a holiday's name before a capitalised word
    "The Orthodox Easter Vigil drew crowds.",
    "Shoppers spent more on Christmas shopping.",
    "The Christmas tree was lit in the square.",
    "Christmas was a time of hope, he said.",
    "Christmas Island was hit by the storm.",
    "Troops landed at Christmas Island.",  # a capitalised word after a cued "Christmas" makes a name
    "Families spent $500 on Christmas presents.",
    "Retailers counted on Christmas sales.",
    "The Good Friday Agreement ended the conflict.",
    "Thanksgiving Parade organisers met.",
    "Christmas shoppers crowded the streets.",  # a holiday's name without its day word
    "New York police said the museum reopened.",
    "They met during the weekend of the summit.",
    "He spent the weekend at home.",  # the weekend as a span of time, not when something happened
    "a festival over the weekend-long break",
    "Ant and Dec hosted the show.",  # alone, a bare "Dec" or "Mar" is a word or a name
    "Losses could mar 3 seasons of work.",
    "4.5 million people",
    "More than 6,100 people were killed.",
    "one of the largest cities",
    "Secretary of State John Kerry",
    "Prices may be rising.",
    "He will march on the capital.",
    "May I ask a question?",  # acceptable either way; today: no date (May needs "in", "by", a day or a year)
    "a 3-1 win at home",
    "They won 3/1 on the night and offer 24/7 service.",
    "Upgrade to version 1.2.33 now.",
    "The form is numbered 14/22/2015.",
    "Call 555-1234 or (202) 555-0143.",
    "the SA-22 missile system",
    "the G-20 economic summit",
    "April Ryan asked the first question.",
    "the Million Man March",
    "Mayor Anne Hidalgo spoke.",
    "USA Today reported the story.",  # calendar words capitalised inside a sentence are names
    "a visit to the site of the last Winter Olympics",
    "the Arab Spring uprisings",
    "2000 troops were sent.",  # a count, not the year 2000
    "Around 1900 houses were destroyed.",  # a count's hedge and a plural noun: a count
    "Some 2000 homes were lost.",
    "The quake destroyed 1900 houses.",
    # an ordinal the clause does not go on after is no day: it counts or ranks its noun
    "The fire broke out on the 5th floor.",
    "He won on the first attempt.",
    "He voted for the first bill and abstained on the second.",  # a list's second, no day
    "In nineteen eighty-four cases the court ruled.",  # a count: the clause does not go on after it
    "The talks ran until ten thirty.",  # a clock's hour opens no year
    "They were aged between nineteen and twenty-one.",
    "The band played on the third, the crowd danced.",
    # a century as an adjective, or with no "the", names no period of its own
    "It is a fine example of 20th-century art.",
    "They face 21st century problems.",
    "Smoke rose on the 3rd and 4th floors.",
    # ... nor one joined to a word that ranks the noun after it, "final" or "last"
    "He won after the 14th and final classical game in Singapore.",
    "Fire broke out on the 3rd and last floor of the block.",
    "He was promoted to the 5th Battalion.",
    # a season before a noun modifies it
    "Losses mounted in the spring offensive.",
    "Crops failed in the summer heat.",
    # where-words go on with a clause after a day's part, not after a season: here the
    # season's word is a noun ("the fall against the dollar", "the spring near the school")
    "Exporters were hit by the fall against the dollar.",
    "Shares were hit by the fall across Asian markets.",
    "He was injured in the fall off the ridge.",
    "Villagers drew water in the spring near the school.",
    "It cost $2015 to repair.",
    "The Security Council adopted Resolution 2043.",  # a number a label names
    "He stayed in Room 1905 of the hotel.",
    "The rule is in Article 1999 of the code.",
    "two days after the attack",  # a duration after an event, not a date
    "Protests began the day after the attack.",  # a day counted from an event, not a date
    "on the last day of talks",
    "It happened in the first half of the week.",  # no week has that part in calendar.yaml
    "his first 20 minutes",
    "The first of the men arrived.",
    "It was the first three months of his term.",
    "The strike is at an end-point.",
    "She was the second of five children.",
    # "within days" with no date to count from and no future marker counts from an event
    "Within days, the army fell back.",
    "Police made arrests within hours of the attack.",
    "It was over in a matter of days.",
    "It was over in a matter of hours.",
    "Police arrived within hours of the attack.",
    "Within hours, the army fell back.",
    "Within a few days of the vote, he resigned.",  # from an event: no date (left a duration)
    "He holds an H1 visa.",
    "Sales rose in the year to date.",  # no month: no period placed
    "The turn of the tide came.",
    "The rent is due on the 15th of the month.",  # no month known: every month's
    # a day and month in digits: not after a word of change, nor a score, nor one digit each
    "It rose to 10/12 in the poll.",
    "He rated it 10/10.",
    "He scored on 11/12 attempts.",  # a noun after it: a ratio, as "on the 5th floor" is no day
    "The shop has been open 24/7 since 9/11.",
    "The plan passed on 3/4 of the votes.",
    # one digit and two readings: a fraction or a name as often as a day of either order
    "The vote is on 3/4, officials said.",
    "Memorials were held on 9/11, officials said.",
    "The home side won 3-2.",
    "The Boeing 747 landed safely.",
    "He won 3/4 of the vote on 5/6 attempts.",
    "The firm reported Q1 results.",  # no cue before it: a label of the figures
    "Audi unveiled its Q3 in Geneva.",  # a car
    # "in Q3" where no economy's figure is named: a game's or a qualifying session's
    "Hamilton was fastest in Q3 ahead of Rosberg.",
    "The Patriots scored 14 points in Q3.",
    # after "by" a one-digit form is a margin, a fraction or odds
    "The bill passed by 13/8 in committee.",
    "Payments fell by 1/16 in the year.",
    "The rate rose by 5/8 of a point.",
    "The pipe narrowed by 3/4 inch.",
    "It was done on 1/4 of the sites.",
    # "fortnight" after a shift names no calendar unit: no date ("last fortnight" is rare and loose)
    "Sales fell last fortnight.",
    "Three quarters, or 3/4 of voters, backed the plan.",
    "A Boeing 747 landed safely after the storm.",
    "The final score was 3-2 after extra time.",
    "The shop is open 24/7 near the station.",
    "The 9/11 attacks changed the world.",
    "He drove along Route 66 in the summer heat.",
    "After the 2-1 win, fans celebrated.",
    # a part of the day after "the next" as a noun's modifier: no day
    "The next night game is on the schedule.",
    # the first days of no month
    "He was lucid in the last few days of his life.",
    # the holidays or the break around a holiday are no one day
    "Shops reopened after the Easter holidays.",
    "Congress returns from its Thanksgiving recess.",
    # a day that recurs is a set of days, no one date
    # a capitalised word before a weekday that makes it a name (calendar.yaml ``named_weekdays``):
    # no weekday of the week published ("Super Tuesday" moves from year to year)
    "Voters went to the polls on Super Tuesday.",
    "Markets crashed on Black Monday, the worst day in decades.",
    "The march became known as Bloody Sunday.",
    # a capitalised weekday after "the" and before a capitalised word, or before a part of the
    # day and a third word, all capitalised in prose, opens a thing's name
    "The blast struck the Monday Market, the city's largest.",
    "Traders at the Tuesday Market Place said prices rose.",
    "The Monday Market blast killed 19 people.",
    "She hosted Saturday Night Live for a season.",
    "He watched Monday Night Football with friends.",
    "The market opens every Tuesday.",
    "Meetings are held each Monday at the town hall.",
    "The fair is held every May in the city.",
    "Services are held every other Sunday.",
    "Crowds gather in the square every Christmas Day.",
    "Every spring the river floods.",
]


def dates_in(text: str, published: dt.date | None):
    return [f for f in extract_found(text, published, [(0, len(text))]) if f.value.kind == "date"]


@pytest.mark.parametrize("text,published,span,low,high,granularity", ROWS,
                         ids=[f"{r[2]}|{r[1] or 'no-pub'}" for r in ROWS])
def test_date(text, published, span, low, high, granularity):
    found = {text[f.start:f.end]: f.value for f in dates_in(text, published)}
    assert span in found, f"{span!r} not among {list(found)}"
    value = found[span]
    assert (value.low, value.high, value.granularity) == (low, high, granularity)
    assert value.resolved == (low is not None)


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date(text):
    found = [text[f.start:f.end] for f in extract_found(text, PUB, [(0, len(text))])
             if f.value.kind in ("date", "time")]
    assert found == []


@pytest.mark.parametrize("text,spans", [
    # a weekday names no month: the number after "and" is no day of it
    ("Rescuers found 20 bodies on Monday and 15 on Tuesday.", ["Monday", "Tuesday"]),
    ("In 2014 the rent was due on the 15th of the month.", ["2014"]),  # a year holds no one month
    ("In February the fee was due on the 30th of the month.", ["February"]),  # no such day
    ("In June the rent was due on the 15th of the month.", ["June", "the 15th of the month"]),
])
def test_a_day_of_the_month_needs_its_month(text, spans):
    assert [text[f.start:f.end] for f in dates_in(text, PUB)] == spans


@pytest.mark.parametrize("text, spans", [
    # a paragraph break ends every date: a title's last word never joins the dateline under it
    ("Quake 3\n\nMarch 11, 2011\n\nA quake struck the coast.", ["March 11, 2011"]),
    ("Quake 3 \r\n \r\nMarch 11, 2011", ["March 11, 2011"]),
    ("Floods in May\n\n2015 was a wet year.", ["May", "2015"]),
    ("Talks on Tuesday\n\nMay 12 was the day set.", ["Tuesday", "May 12"]),
    ("Police said it came the day\n\nbefore.", []),
    # one line break of a paragraph wrapped mid-sentence still joins
    ("The storm hit on May\n12, 2015 in the north.", ["May\n12, 2015"]),
    ("The storm hit on 12\nMay 2015 in the north.", ["12\nMay 2015"]),
])
def test_a_paragraph_break_ends_a_date(text, spans):
    assert [text[f.start:f.end] for f in dates_in(text, PUB)] == spans


def test_design_table_rows():
    """The date rows of the value table in DESIGN.md, read in one article."""
    text = ("The crisis began in early 2014, or in the fall of 2013, with Crimea annexed last March. "
            "Kerry met Putin on Tuesday after a cease-fire in mid-February.")
    got = {text[f.start:f.end]: (f.value.low, f.value.high) for f in dates_in(text, PUB)}
    assert got == {
        "early 2014": ("2014-01-01", "2014-04-30"),
        "the fall of 2013": ("2013-09-01", "2013-11-30"),
        "last March": ("2014-03-01", "2014-03-31"),
        "Tuesday": ("2015-05-12", "2015-05-12"),
        "mid-February": ("2015-02-11", "2015-02-20"),
    }


def test_stated_keeps_the_precision_written():
    stated = {text[f.start:f.end]: f.value.stated
              for text in ["in February 2015, in 2014, on May 12, 2015, in the fall of 2013"]
              for f in dates_in(text, PUB)}
    assert stated == {"February 2015": "2015-02", "2014": "2014", "May 12, 2015": "2015-05-12",
                      "the fall of 2013": "2013-09/2013-11"}


def test_a_sentence_boundary_stops_the_reference():
    """"a month earlier" counts from a date in its own sentence only."""
    text = "It began on March 3, 2014. A month earlier, Idlib fell."
    sentences = [(0, 26), (27, len(text))]
    found = {text[f.start:f.end]: f.value for f in extract_found(text, PUB, sentences) if f.value.kind == "date"}
    assert found["A month earlier"].resolved is False


def _dates_by_sentence(text: str, published=PUB):
    from factcheck.text import split_sentences
    sentences = [(s.start, s.end) for s in split_sentences(text)]
    return {text[f.start:f.end]: f.value for f in extract_found(text, published, sentences) if f.value.kind == "date"}


@pytest.mark.parametrize("text, span, day", [
    # a day anaphor with no date in its sentence takes the last date of its paragraph
    ("Chancellor Anna Berger arrived on May 20. The following day she met Ivo Novak.", "The following day", "2015-05-21"),
    ("The talks opened on March 3, 2014. The next day the envoys walked out.", "The next day", "2014-03-04"),
    ("Police raided the flat on May 3. Two days later they charged him.", "Two days later", "2015-05-05"),
    ("Police raided the flat on May 3. A day or two later they charged him.", "A day or two later", "2015-05-04..2015-05-05"),
    ("The vote was held on May 3. A day earlier, crowds had gathered.", "A day earlier", "2015-05-02"),
    ("The vote was held on May 3. The day before, crowds had gathered.", "The day before", "2015-05-02"),
    ("The vote was held on May 3. The previous day crowds had gathered.", "The previous day", "2015-05-02"),
    ("The vote was held on May 3. That day, turnout was low.", "That day", "2015-05-03"),
    ("The vote was held on May 3. Results came the same day.", "the same day", "2015-05-03"),
    ("The vote was held on May 3. Later in the day, results came.", "Later in the day", "2015-05-03"),
    # a part of the day counted so is that day: "the next morning", "that night"
    ("He arrived in Paris on May 3. The next morning he met the president.", "The next morning", "2015-05-04"),
    ("She landed on March 2 and flew home the following evening.", "the following evening", "2015-03-03"),
    ("Police raided the house on May 8. That night, two men were arrested.", "That night", "2015-05-08"),
    ("He was last seen on May 10. The previous night he had dined with friends.", "The previous night", "2015-05-09"),
    ("The next morning the envoys walked out.", "The next morning", None),
    # a statement's day is no step of the story told: the anaphor counts from the date before it
    ("The funeral will be held on Saturday, the committee said yesterday. The burial is set for the following day.",
     "the following day", "2015-05-17"),
    # opening its sentence with no comma, before a subject that is a bare noun or a name
    ("The talks opened on May 3. The following evening police arrived.", "The following evening", "2015-05-04"),
    ("Police raided the house on May 8. That night rebels attacked.", "That night", "2015-05-08"),
    ("He arrived in Paris on May 3. The next morning Novak met him.", "The next morning", "2015-05-04"),
    # weeks count from a day as days do
    ("The plant closed on March 3. Two weeks later it reopened.", "Two weeks later", "2015-03-14..2015-03-20"),
    ("The plant closed on March 3. A week earlier, staff had left.", "A week earlier", "2015-02-21..2015-02-27"),
    ("The plant closed in March. Two weeks later it reopened.", "Two weeks later", None),  # only a month
    ("The plant closed on March 3. It reopened the following week.", "the following week", "2015-03-09..2015-03-15"),
    ("The plant closed on March 3. The previous week, staff had left.", "The previous week", "2015-02-23..2015-03-01"),
    ("The plant closed in March. The following week it reopened.", "The following week", None),  # only a month
    # a chain: each step counts from the one before
    ("The vote was held on May 3. The next day results came. Two days later he resigned.", "Two days later", "2015-05-06"),
    # a flashback, a day counted back told in the past perfect, is passed over by a day counted on in
    # the simple past, which counts from the day the flashback counted from; in the past perfect the
    # flashback goes on
    ("He reached the summit on May 22. He had left base camp five days before. Two days later, a storm swept in.",
     "Two days later", "2015-05-24"),
    ("On the morning of May 22, he stood on the summit. He had left base camp, at 5,364 meters, five days before, "
     "and summited at 7:25 a.m.\n\nTwo days later, a storm swept across the mountain.", "Two days later", "2015-05-24"),
    ("The vote was held on May 3. The day before, crowds had gathered. The next day results came.", "The next day", "2015-05-04"),
    ("He reached the summit on May 22. Five days earlier he had left base camp. Two days later he had reached the col.",
     "Two days later", "2015-05-19"),
    ("He had left base camp on May 17. Two days later he reached the col.", "Two days later", "2015-05-19"),
    ("The vote was held on May 3. A day earlier, crowds gathered. The next day results came.", "The next day", "2015-05-03"),
    # the paragraph just before, when the anaphor opens its own (one sentence a paragraph)
    ("The talks opened on March 3, 2014.\n\nThe next day the envoys walked out.", "The next day", "2014-03-04"),
    # ... and in an article with no blank line (one story, a line a sentence), the lines before it, as one paragraph
    ("The talks opened on March 3, 2014.\nCrews arrived.\nThe next day the envoys walked out.", "The next day",
     "2014-03-04"),
    ("The talks opened on March 3, 2014.\nThe next day the envoys walked out.", "The next day", "2014-03-04"),
    # a date in a quotation is no step of the story
    # ... within the 600 characters before the date: a stray mark further back in one long paragraph opens none
    ('Crowds chanted "Freedom.' + " The square filled slowly." * 30 + " The talks opened on May 3. The next day he left.",
     "The next day", "2015-05-04"),
    ('The talks opened on May 3. "I was in Paris on April 2," he said. The next day he left.', "The next day", "2015-05-04"),
    # no day to count from: unresolved, never counted from a date further away
    ("The talks opened in May. The next day the envoys walked out.", "The next day", None),  # only a month
    ("The talks opened on May 3 and closed in June. The next day the envoys left.", "The next day", None),
    ("The next day the envoys walked out.", "The next day", None),
    ("The talks opened on May 3.\n\nThe envoys argued. The next day they walked out.", "The next day", None),
    ("The talks opened on May 3.\n\nThe envoys argued.\n\nThe next day they walked out.", "The next day", None),
    ("The talks ran on May 3-5. That day the envoys argued.", "That day", None),  # which day?
    # a month counted back stays within its sentence
    ("It began on March 3, 2014. A month earlier, Idlib fell.", "A month earlier", None),
])
def test_a_day_anaphor_counts_from_the_last_day_of_its_paragraph(text, span, day):
    found = _dates_by_sentence(text)
    assert span in found, f"{span!r} not among {list(found)}"
    low, _, high = (day or "").partition("..")
    assert (found[span].low, found[span].high) == ((low, high or low) if day else (None, None))


@pytest.mark.parametrize("text, spans", [
    # at a sentence's opening, a part of the day before a noun it modifies is no date
    ("The Cup final was on May 3. The next night game was rained off.", ["May 3"]),
    ("The plant closed on May 3. That evening shift was cut.", ["May 3"]),
    ("Police arrived on May 3. The following morning papers were full of it.", ["May 3"]),
])
def test_a_part_of_the_day_counted_opens_a_sentence_before_its_subject(text, spans):
    assert [text[f.start:f.end] for f in dates_in(text, PUB)] == spans


@pytest.mark.parametrize("text, spans", [
    # "that" and "the same" name the date before them before a unit, not before a name
    ("In 2010 the talks failed, and that year was the worst.", {"2010": "2010", "that year": "2010"}),
    ("He said that March sales fell.", {"March": "2015-03"}),
    ("The vote was on May 3. He said that Friday was best.", {"May 3": "2015-05-03", "Friday": "2015-05-08"}),
    ("The vote was on May 3, the same day as the strike.", {"May 3": "2015-05-03"}),
    # "that year", "the same month" with no date in their sentence: the last of the paragraph,
    # when it falls within one such unit
    ("As foreign minister in 1992, he signed the treaty. But that year, he was ousted.", {"1992": "1992", "that year": "1992"}),
    ("He signed it in March 2010. The same month, he left.", {"March 2010": "2010-03", "The same month": "2010-03"}),
    ("He signed it in 2010. The same month, he left.", {"2010": "2010", "The same month": None}),
    ("He signed it in 2009-2011. That year he left.", {"2009-2011": "2009/2011", "That year": None}),
    # "following" without "the" names no reference: the date after it stands
    ("In the weeks following March 3, police fled.", {"March 3": "2015-03-03"}),
])
def test_that_and_the_same_count_from_the_date_before(text, spans):
    assert {k: v.stated for k, v in _dates_by_sentence(text).items()} == spans


@pytest.mark.parametrize("text, spans", [
    # "that" before a month that opens its sentence or ends its clause: that month of the year
    # the text told just before, not the publication year's
    ("In 2014 the virus spread. That March, the first cases were confirmed.", {"2014": "2014", "March": "2014-03"}),
    ("In 2014 the virus spread. It peaked in Liberia that October.", {"2014": "2014", "October": "2014-10"}),
    ("In 2014 the virus spread. That March the first cases were confirmed.", {"2014": "2014", "March": "2014-03"}),
    ("The outbreak began in 2013. That March, cases rose; it peaked that October.",
     {"2013": "2013", "March": "2013-03", "October": "2013-10"}),
    # a conjunction before a month that goes on as a noun's modifier stays one
    ("In 2014 the virus spread. He said that March sales fell.", {"2014": "2014", "March": "2015-03"}),
    # no year told before: the month as it reads alone
    ("That March, the first cases were confirmed.", {"March": "2015-03"}),
])
def test_that_month_is_of_the_year_told_before(text, spans):
    assert {k: v.stated if v.granularity == "year" else v.low[:7] for k, v in _dates_by_sentence(text).items()} == spans


@pytest.mark.parametrize("text, month", [
    # a month after the publication month (May 2015), told in the past tense, is last year's
    ("The company was founded in June.", "2014-06"),
    ("The plant opened in September.", "2014-09"),
    ("The ferry sank in December, killing 300.", "2014-12"),
    ("The company, founded in June, employs 300 people.", "2014-06"),
    # ... not in the present or the future, nor where a modal or "to" comes between
    ("The vote is expected in June.", "2015-06"),
    ("The plant will open in September.", "2015-09"),
    ("He said the talks would resume in June.", "2015-06"),
    ("The company plans to list its shares in June.", "2015-06"),
    ("In June, the company was sold.", "2015-06"),
    # a month up to the publication month is this year's already
    ("The company was founded in March.", "2015-03"),
])
def test_a_later_month_told_in_the_past_is_last_years(text, month):
    (value,) = _dates_by_sentence(text).values()
    assert value.low[:7] == month


@pytest.mark.parametrize("text, month", [
    # published late in the year, a month told in the past is this year's, though next year's is nearer
    ("The bank had already closed 40 branches in March.", "2015-03"),
    ("The bank had already shed about 1,200 jobs in March.", "2015-03"),
    ("The mine was shut in February after the flood.", "2015-02"),
    # ... while one told ahead stays the next
    ("The bank will close 40 branches in March.", "2016-03"),
])
def test_an_earlier_month_told_in_the_past_is_not_next_years(text, month):
    (value,) = _dates_by_sentence(text, dt.date(2015, 11, 2)).values()
    assert value.low[:7] == month


JUNE = dt.date(2021, 6, 15)  # a Tuesday


@pytest.mark.parametrize("text, day", [
    # a day with no year told in the past tense, ahead of publication, is last year's ...
    ("The bomb exploded on Oct. 31.", "2020-10-31"),
    ("The party was held on Halloween.", "2020-10-31"),
    ("Fireworks were banned on the Fourth of July.", "2020-07-04"),  # only 19 days ahead
    ("Fireworks were banned on July Fourth.", "2020-07-04"),
    ("The family gathered on Thanksgiving.", "2020-11-26"),  # a movable holiday as well
    ("Germany marked German Unity Day.", "2020-10-03"),
    ("Police said the suspect was arrested on 20/08.", "2020-08-20"),
    ("Police said he was detained on the first Monday of September.", "2020-09-07"),
    # ... and a day before publication stays this year's
    ("The bomb exploded on June 3.", "2021-06-03"),
    ("The church was attacked on Easter Sunday.", "2021-04-04"),
    ("Wreaths were laid on Armistice Day.", "2020-11-11"),
    ("Crowds gathered on Father's Day.", "2021-06-20"),  # five days ahead
    # ... a day a few days ahead stays this year's (an article updated after its date)
    ("The suspect was arrested on June 18.", "2021-06-18"),
    ("The suspect was arrested on June 28.", "2021-06-28"),  # 13 days
    # a day before a noun is the noun's, not the verb's ("a day before another noun")
    ("He described the Oct. 31 meeting.", "2021-10-31"),
    # ... as after an owner, and as a holiday's or a numeric day's is
    ("He rehearsed his Oct. 31 speech.", "2021-10-31"),
    ("The company postponed its Oct. 31 launch.", "2021-10-31"),
    ("Officials described the Halloween parade.", "2021-10-31"),
    ("The mayor cancelled his Halloween party.", "2021-10-31"),
    ("The union cancelled its Labor Day march.", "2021-09-06"),  # a movable holiday as well
    ("Organizers described the Labor Day parade.", "2021-09-06"),
    # ... but not after a word that only ends like "the", nor with "the" after the day
    ("The workshop delivered a new lathe Oct. 31.", "2020-10-31"),
    ("The bomb exploded on Halloween, the day of the festival.", "2020-10-31"),
    # told ahead or neither way: the nearest as before
    ("The council will meet on Oct. 31.", "2021-10-31"),
    ("The report is due on Oct. 31.", "2021-10-31"),
    ("The vote was scheduled for Oct. 31.", "2021-10-31"),
    ("He said the vote is on Oct. 31.", "2021-10-31"),
    ("The meeting is on June 20.", "2021-06-20"),
    ("Stores expect crowds on Father's Day.", "2021-06-20"),
    ("Celebrations are planned for Canada Day.", "2021-07-01"),
    ("The holiday falls on Juneteenth.", "2021-06-19"),
    ("On Oct. 31, the bomb exploded.", "2021-10-31"),  # no verb before it in its clause
    ("The law, which takes effect on Oct. 31, was passed.", "2021-10-31"),
    # reported speech of an expectation or a plan: the verb nearest the day is not past
    ("Economists said they now expect a further cut on Oct. 31.", "2021-10-31"),
    ("The bank said it plans to sell the unit on Oct. 31.", "2021-10-31"),
    ("Officials said they hope to reopen the bridge on Oct. 31.", "2021-10-31"),
    ("Analysts said the next rate decision on Oct. 31 would matter.", "2021-10-31"),
    ("The union said it intends to strike on Oct. 31.", "2021-10-31"),
])
def test_a_later_day_told_in_the_past_is_last_years(text, day):
    (value,) = _dates_by_sentence(text, JUNE).values()
    assert value.low == day


@pytest.mark.parametrize("text, month", [
    # a present-tense verb stands between a past one and the month: no past
    ("He said the vote is in June.", "2015-06"),
    ("Officials said the plant remains closed in June.", "2015-06"),
])
def test_a_month_after_a_present_verb_is_not_past(text, month):
    (value,) = _dates_by_sentence(text).values()
    assert value.low[:7] == month


@pytest.mark.parametrize("text, published, month", [
    # a part of a month with no year is told in the past as the month alone is
    ("The strike began in late October.", JUNE, "2020-10"),
    ("The mine was shut in early February after the flood.", dt.date(2015, 11, 2), "2015-02"),
    ("Talks will resume in late October.", JUNE, "2021-10"),
    ("The strike began in early June.", JUNE, "2021-06"),
    ("Sales are expected to pick up in mid-October.", JUNE, "2021-10"),
])
def test_a_part_of_a_month_told_in_the_past(text, published, month):
    (value,) = _dates_by_sentence(text, published).values()
    assert value.low[:7] == month


SAMPLE = ("May 12, 2015 Tuesday last March 2014-15 mid-February the fall of 2013 Nov. 13 9:20 p.m. "
          "20:00 GMT a month earlier two years ago noon 6,100 4.5 '90s Q3 of the ’ — – ( ) \" \n é 中 😀 ")


def test_never_raises_and_spans_are_clean():
    rng = random.Random(3)
    pieces = SAMPLE.split(" ") + list(SAMPLE)
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 40))) for _ in range(1500)]
    texts += ["".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    for text in texts:
        for pub in (PUB, None, dt.date(2016, 2, 29)):
            for f in extract_found(text, pub, [(0, len(text))]):
                if f.value.kind not in ("date", "time"):
                    continue
                span = text[f.start:f.end]
                assert span and span == span.strip() and span[0] not in ",.;:)" and span[-1] not in ",;:(", (text, span)
                if f.value.resolved and f.value.kind == "date":
                    assert f.value.low <= f.value.high


def test_last_year_followed_by_of_is_a_date_unless_it_opens_a_span():
    pub = dt.date(2015, 5, 12)
    t = "Russia's annexation last year of Ukraine's Crimea region."
    dates = [f for f in extract_found(t, pub, [(0, len(t))]) if f.value.kind == "date"]
    assert [(t[f.start:f.end], f.value.low, f.value.high) for f in dates] == [("last year", "2014-01-01", "2014-12-31")]
    t = "It happened in the last year of his term."
    assert not [f for f in extract_found(t, pub, [(0, len(t))]) if f.value.kind == "date"]


# --- the shortcuts that find where to try the pattern -----------------------------
# ``dates._tries`` and ``dates._Future`` reach the same places as the plain scan
# (``candidates`` then ``_pattern_at``; a regex search of the clause) by cheaper
# routes; these check them against the plain scan on edited seed text.

_SHORTCUT_WORDS = ["by year-end", "year end", "Year", "the week before last", "The year after next", "the month", "the first Monday of", "the last day of",
                   "the 13th to the", "a", "A", "an", "AN", "two", "Two", "several", "a couple of", "years", "YEARS", "Days", "decade",
                   "the", "The", "THE", "tHe", "the 1990s", "the '90s", "the\n1990s", "last", "ago", "earlier",
                   "TUESday", "’90s", "a-year", "a — year", "will", "we'll", "WE’LL", "the coming", "is due", "are\nto",
                   "plans to", "twill", "İ", "ſhall", "9", "2015", "May", "March 3",
                   "recent", "Recent days", "the past", "hours", "in", "in three", "mid-week", "Easter", "Good Friday", "Mother's Day",
                   "within", "Within days", "a matter of", "from Friday", "of next month", "the 5th", "on 13/05", "fiscal"]


def _edited_seeds(count: int):
    rng = random.Random(20150512)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    for _ in range(count):
        words = rng.choice(seeds).split(" ")
        for _ in range(rng.randrange(1, 30)):
            words[rng.randrange(len(words))] = rng.choice(_SHORTCUT_WORDS)
        yield " ".join(words)


def test_date_tries_find_what_the_plain_scan_does():
    from factcheck.extract import dates
    from factcheck.scan import Words

    def read(m):  # a narrower pattern has fewer groups: those that took part in the match
        return None if m is None else (m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None})

    extra = ["Tuesday showcased", "on Tuesday, May 12, 2015", "Tuesday the 5th", "Tuesday 12 May", "Tuesday (May 12)",
             "May 12", "May the 5th", "March of last year", "March 2015", "May of 2015", "12 people", "12 May",
             "12 of May", "12 weeks ago", "3 or 4 years ago", "in 3 to 4 days", "the 25th of this month", "3-5 June"]
    for text in [*_edited_seeds(60), "", "a year ago", "the 1990s", *extra]:
        words = Words(text)
        plain = {at: p for at in dates.candidates(words, dates._triggers(), quoted=True)
                 if (p := dates._pattern_at(text, at, words.loose)) is not None}
        tries = dict(dates._tries(text, words))
        # the same places, less those where the word after the opening leaves no kind; the same matches
        assert tries.keys() <= plain.keys()
        assert all(read(p.match(text, at)) == read(tries[at].match(text, at) if at in tries else None)
                   for at, p in plain.items())


def test_future_markers_are_found_as_a_search_finds_them():
    import re

    from factcheck.extract import dates
    from factcheck.scan import Words

    rng = random.Random(7)
    for text in _edited_seeds(40):
        future = dates._Future(text, Words(text))
        for _ in range(40):
            start = rng.randrange(1, len(text) + 1)
            if re.match(r"\w", text[start - 1]):
                continue  # a date never starts right after a word character
            lo = max(0, start - rng.choice([1, 5, 30, 80]))
            assert future(lo, start) == dates._future(text[dates.after_quotes(text, lo, start):start]), text[lo:start]


def test_a_day_of_the_month_without_a_reference_keeps_its_day():
    """"on the 5th" with no publication date: unresolved, its day kept as ISO's "---05"."""
    text = "The raid happened on the 5th."
    (f,) = dates_in(text, None)
    assert (f.value.resolved, f.value.stated) == (False, "---05")


def test_a_year_before_a_counted_noun_leaves_the_number_to_the_count():
    text = "Around 1900 houses were destroyed."
    found = [(text[f.start:f.end], f.value.kind) for f in extract_found(text, PUB, [(0, len(text))])]
    assert ("Around 1900 houses", "count") in found


@pytest.mark.parametrize("text, measure", [
    ("The car has a 2000 cc engine.", "2000 cc"),
    ("The pipeline runs 1500 km across the steppe.", "1500 km"),
    ("The plant makes 2000 MW at its peak.", "2000 MW"),
])
def test_a_year_before_a_unit_leaves_the_number_to_the_measure(text, measure):
    found = [(text[f.start:f.end], f.value.kind) for f in extract_found(text, PUB, [(0, len(text))])]
    assert found == [(measure, "measure")]


def test_a_part_of_a_unit_narrower_than_the_date_before_it_is_no_date():
    """"In March ... later in the week": which week of March is not said."""
    text = "In March talks failed, and later in the week they resumed."
    assert [text[f.start:f.end] for f in dates_in(text, PUB)] == ["March"]


@pytest.mark.parametrize("text, duration", [
    ("Sales rose in the past two days.", "two days"),
    ("He was questioned over the next three days.", "three days"),
])
def test_a_counted_window_with_nothing_to_count_from_stays_a_duration(text, duration):
    """No publication date (nor date before it): "the past two days" is how long, not when."""
    found = [(text[f.start:f.end], f.value.kind) for f in extract_found(text, None, [(0, len(text))])]
    assert found == [(duration, "duration")]


@pytest.mark.parametrize("text", [
    "Profit for fiscal 2014 fell.",
    "In fiscal year 2014 sales grew.",
    "Revenue in FY2014 rose.",
    "FY14 results were strong.",
    "Sales in FY 2014 rose.",
    "Sales for fiscal-year 2014 fell.",
    "In the 2014 fiscal year profit fell.",
    "The deficit for fiscal 2014-15 fell.",
    "The 2014-15 financial year ended.",
    "Kan will freeze part of the fiscal 2011 budget.",
])
def test_a_fiscal_year_is_no_calendar_year(text):
    """A fiscal year need not run January to December, nor the same months for two
    issuers: it is left unplaced, and its number is no count either."""
    found = extract_found(text, PUB, [(0, len(text))])
    assert [text[f.start:f.end] for f in found if f.value.kind == "date" and f.value.resolved] == []
    assert [text[f.start:f.end] for f in found if f.value.kind == "count"] == []


def test_the_gates_before_shift_words_and_the_numbers_after_the_change_no_date(monkeypatch):
    # ``_shift_gate`` (the words that may follow "that", "this"...) and ``_kinds_after_the`` (a
    # number's kinds after "the", by its digits) only spare tries: with both opened, every text
    # reads the same dates
    from factcheck.extract import dates

    rng = random.Random(7)
    words = " ".join(r[0] for r in ROWS if isinstance(r[0], str)).split()
    texts = [*_edited_seeds(40), *(r[0] for r in ROWS if isinstance(r[0], str)),
             *(" ".join(rng.choice(words) for _ in range(rng.randint(3, 25))) for _ in range(600))]

    def read(text):
        return [(d.start, d.end, str(d.value)) for d in dates.extract(text, PUB, [(0, len(text))], lambda a, b: False)]

    gated = [read(t) for t in texts]
    monkeypatch.setattr(dates, "_shift_gate", lambda: (frozenset(), frozenset(), ()))
    monkeypatch.setattr(dates, "_kinds_after_the", lambda text, at, following: dates._the_kinds(following))
    assert [read(t) for t in texts] == gated


@pytest.mark.parametrize("table, word, number", [
    # the number words of a year and of a day are found as the ignore-case pattern matched them, a letter
    # it folds (dotless "ı", long "ſ", "İ") read as its ASCII one
    ("_century_words", "nineteen", 19),
    ("_century_words", "nıneteen", 19),
    ("_century_words", "ſeventeen", 17),
    ("_day_ordinals", "twenty-first", 21),
    ("_day_ordinals", "twenty-fırſt", 21),
    ("_day_ordinals", "thırd", 3),
])
def test_a_year_and_a_day_in_words_are_found_with_a_folded_letter(table, word, number):
    from factcheck.extract import dates
    assert getattr(dates, table)()[word] == number


# A word in -ed reads as a past form or a participle by its ending alone, where no table lists it (the
# tense readers around a date: "the reform approved by parliament on Friday", "opened in March"); a short
# word or one in -eed is no such form.
@pytest.mark.parametrize("word, past", [
    ("opened", True),
    ("approved", True),
    ("welcomed", True),
    ("closed", True),
    ("red", False),
    ("bed", False),
    ("need", False),
    ("agreed", False),
    ("proceed", False),
    ("speed", False),
    ("opens", False),
])
def test_a_word_in_ed_looks_past(word, past):
    from factcheck.extract import dates

    assert dates._looks_past(word) is past
