"""The name reader: (sentence, the names read in it, each exactly as written)."""

import pytest

from factcheck.extract import names

ROWS = [
    # one word in camel case, each part a word of its own, is a name wherever it stands (a group,
    # a firm: "BlackMantis" is "Black Mantis" written as one); a surname's prefix is no part of one
    ("A group calling itself BlackMantis claimed the attack.", ["BlackMantis"]),
    ("The BlackMantis ransomware group had demanded 40 bitcoin.", ["BlackMantis"]),
    ("Shares of BlackRock rose.", ["BlackRock"]),
    ("Outages were counted by the tracking site PowerOutage.us.", []),
    ("The plan was backed by McConnell and opposed by DeSantis.", []),
    ("The company uses TikTok and YouTube to reach users.", []),
    # a full name that owns a body is the person; one word that owns a person is not
    ("Prime Minister Arseniy Yatsenyuk's People's Front won.", ["Arseniy Yatsenyuk"]),
    ("Antonis Samaras's New Democracy came first.", ["Antonis Samaras"]),
    ("Al Jazeera's Barnaby Phillips reported.", ["Barnaby Phillips"]),
    ("Russia's Vladimir Putin spoke.", ["Vladimir Putin"]),
    ("Kerry in Russia to Explore Putin's Flexibility on Ukraine, Syria", []),
    # a month or weekday alone after an honorific is a surname; after "in" it stays a month
    ("Mrs May said she would stay.", ["May"]),
    ("Mr April spoke.", ["April"]),
    ("Ms June Carter sang.", ["June Carter"]),
    ("Sen. May said no.", ["May"]),
    ("Dr. March declined to comment.", ["March"]),
    ("They met in May and left.", []),
    ("The vote is on Monday May 4.", []),
    ("Publish Date May 12, 2015", []),
    # a month's short form that is a given name opens a name; before a day or a stop it is a month
    ('"It was cold," said Jan Kowalewski, 78.', ["Jan Kowalewski"]),
    ("Jan Novak, 40, was hurt.", ["Jan Novak"]),
    ("On Jan 5 the talks began.", []),
    ("In Jan. 2014 prices rose.", []),
    # a title that is also a surname, last after a given name; first, it titles the name after it
    ("Stephen King wrote a book.", ["Stephen King"]),
    ("Carole King sang.", ["Carole King"]),
    ("Larry King said so.", ["Larry King"]),
    ("Foreign Minister Julie Bishop met them.", ["Julie Bishop"]),
    ("King Abdullah spoke.", ["Abdullah"]),
    ("Pope Francis spoke.", ["Francis"]),
    ("Martin Luther King Jr. said so.", ["Martin Luther King Jr"]),
    ("Tepco President spoke.", []),
    # titles of the law and the public service open no name either
    ("Assistant U.S. Attorney Mark Delaney objected.", ["Mark Delaney"]),
    ("County Commissioner Ruth Ellison voted no.", ["Ruth Ellison"]),
    ("Chief Financial Officer Daniel Reyes spoke.", ["Daniel Reyes"]),
    # one word after a title or an honorific is a surname, without a speech verb
    ("Foreign Minister Lavrov met Kerry.", ["Lavrov"]),
    ("Mr. Putin met Mrs. Merkel.", ["Putin", "Merkel"]),
    ("Mr Putin met Mrs Merkel.", ["Putin", "Merkel"]),
    ("Kremlin spokesman Peskov denied it.", ["Peskov"]),
    ("The deal was done, according to Lavrov.", ["Lavrov"]),
    ("The deal was done, according to Reuters.", []),
    ("Bishop Desmond Tutu spoke.", ["Desmond Tutu"]),
    ("Supreme Leader Ayatollah Ali Khamenei spoke.", ["Ali Khamenei"]),
    ("Queen Elizabeth II spoke.", ["Elizabeth II"]),
    ("Miss St Petersburg won.", []),
    # initials, suffixes, names from other languages
    ("George W. Bush spoke.", ["George W. Bush"]),
    ("Robert F. Kennedy Jr. spoke.", ["Robert F. Kennedy Jr"]),
    ("John Smith III spoke.", ["John Smith III"]),
    ("J.K. Rowling wrote it.", ["J.K. Rowling"]),
    ("J. K. Rowling wrote it.", ["J. K. Rowling"]),
    ("The U.S. Steel said so.", ["Steel"]),
    ("Kim Jong-un spoke.", ["Kim Jong-un"]),
    ("Kim Jong Un spoke.", ["Kim Jong Un"]),
    ("Xi Jinping spoke.", ["Xi Jinping"]),
    ("Recep Tayyip Erdoğan spoke.", ["Recep Tayyip Erdoğan"]),
    ("Nguyen Van Thieu spoke.", ["Nguyen Van Thieu"]),
    ("Mohammed bin Salman spoke.", ["Mohammed bin Salman"]),
    ("Ali Khamenei spoke.", ["Ali Khamenei"]),
    ("Kremlin spokesman Dmitry Peskov said so.", ["Dmitry Peskov"]),
    ("A spokeswoman, Maria Zakharova, said so.", ["Maria Zakharova"]),
    # a surname alone after its full name repeats a spelling already read: not read again
    ("Vladimir Putin met Sergei Lavrov and John Kerry. Putin, Lavrov and Kerry agreed. Putin's plan failed.",
     ["Vladimir Putin", "Sergei Lavrov", "John Kerry"]),
    ("Vladimir Putin’s plan failed.", ["Vladimir Putin’s"]),
    ("John Kerry arrived. Kerry-Lavrov talks and the Kerry plan followed. Kerryville is small.", ["John Kerry"]),
    ("Rule by New Democracy ended. \"New Democracy will lose,\" he said. Democracy won.",
     ["New Democracy", "New Democracy"]),
    ("Read the Christian Science Monitor. Later the Monitor reported it.", ["Christian Science Monitor"]),
    # a possessive ends its owner, who is no given name
    ("Waves hit Japan's Miyagi and Fukushima.", []),
    ("Russia's Sergei Lavrov spoke.", ["Sergei Lavrov"]),
    ("Sergei Lavrov met Russia's Vladimir Putin. Kerry praised Russia's Putin.", ["Sergei Lavrov", "Vladimir Putin"]),
    # bodies and places, not people
    ("The White House said on Monday that it disagreed.", []),
    ("Wall Street fell sharply.", []),
    ("The European Union said it would act.", []),
    ("The Supreme Court ruled on Friday.", []),
    ("Premier League clubs spent more.", []),
    ("The Associated Press reported the deal.", []),
    ("General Motors said sales fell.", []),
    ("The Justice Department said it would appeal.", []),
    ("Harvard University said so.", []),
    ("The Pacific Tsunami Warning Center issued a warning.", []),
    ("The Pacific Ocean is wide.", []),
    ("Chief Executive Officer John Smith resigned.", ["John Smith"]),
    ("The official Xinhua news agency said so.", []),
    ("Police said the man fled.", []),
    ("Manchester United beat Leeds United in Mexico City.", []),
    ("Hurricane Katrina struck the coast. Typhoon Haiyan killed 6,000 people.", []),
    ("Operation Desert Storm began in 1991.", []),
    ("Katrina Smith, a nurse, said the storm was over.", ["Katrina Smith"]),
    ("KATHMANDU, Nepal (AP) — Monday April 27 was quiet.", []),
    # the period of an honorific's abbreviation ends no sentence: the given name after it
    # is a name's even when the text uses the word in lower case
    ("Gov. Mark Warner spoke. It will mark a change.", ["Mark Warner"]),
    ("Rev. Al Sharpton marched with al-Sadr's men.", ["Al Sharpton"]),
    # the article written as its sound before the next letter ("ul-", "ud-", "an-", "as-") is a
    # name's particle as "al-" is; a hyphen after another small word joins no name
    ("Police blamed Ansar ul-Dawah for the attack.", ["Ansar ul-Dawah"]),
    ("He joined Jamaat ud-Dawa last year.", ["Jamaat ud-Dawa"]),
    ("Fighters of Jabhat an-Nusra and Ahl as-Sunna attacked.", ["Jabhat an-Nusra", "Ahl as-Sunna"]),
    ("The anti-American protest grew as non-Muslim groups joined.", []),
    ("Sen. Bill Cassidy spoke. The bill passed.", ["Bill Cassidy"]),
    ("It failed. Will Smith said so. We will see.", ["Smith"]),
    # a title's time opens no name, and initials may stand together
    ("Former President George H.W. Bush died.", ["George H.W. Bush"]),
    ("Ex-President Dmitry Medvedev spoke.", ["Dmitry Medvedev"]),
    ("Then-President Barack Obama spoke.", ["Barack Obama"]),
    ("Acting Director Jane Doe said so.", ["Jane Doe"]),
    ("Former Prime Minister Tony Blair said so.", ["Tony Blair"]),
    ("Late on Monday, Blair left.", []),
    # one word after a capitalized word and "of" names the place of a title or a body
    ("The Duke of Sussex said so.", []),
    ("The University of Michigan said the study was flawed.", []),
    ("The Bank of England said rates would stay.", []),
    ("A friend of Smith said so.", ["Smith"]),
    ("Secretary of State Kerry said so.", ["Kerry"]),
    # a run of capitals ending on a demonym is an adjective, not a name
    ("North Korean leader Kim Jong Un watched.", ["Kim Jong Un"]),
    ("South African police said so.", []),
    ("Latin American leaders met.", []),
    ("Saudi Crown Prince Mohammed bin Salman spoke.", ["Mohammed bin Salman"]),
    # a title written with a hyphen opens no name
    ("U.N. Secretary-General Antonio Guterres spoke.", ["Antonio Guterres"]),
    ("WHO Director-General Tedros Adhanom Ghebreyesus said so.", ["Tedros Adhanom Ghebreyesus"]),
    ("Attorney-General Eric Holder spoke.", ["Eric Holder"]),
    ("The secretary-general Guterres said so.", ["Guterres"]),
    # a headline in title case
    ("Quake Kills Dozens In Ecuador", []),
    ("Millions To London Days Before Deposit Haircuts", []),
    ("Rescuers Search For Survivors As Death Toll Rises\n\nThe death toll rose, Sergei Lavrov said.", ["Sergei Lavrov"]),
    ("By Gabrielle Tetrault-Farber\n\nThe Minister For Energy is In Town.", ["Gabrielle Tetrault-Farber"]),
    # title case leaves the small words in lower case; a caption with none capitalized is prose
    ("Kerry Arrives in Russia for Talks With Vladimir Putin on Cooperation\n\nJohn Kerry met him.", ["John Kerry"]),
    ("Russia, U.S. Maintaining 'Working Relations' With Kerry Visit to Sochi", []),
    ("Vladimir Putin and John Kerry in Sochi", ["Vladimir Putin", "John Kerry"]),
    # agencies, armed services and photo credits
    ("The U.S. Geological Survey said so. The Air Force flew in.", []),
    ("The Center for Policy Studies said so.", []),
    # events named after a place or a sponsor
    ("Daniel Kiprotich won the Valencia Marathon.", ["Daniel Kiprotich"]),
    ("Serena Williams won the Australian Open and the Monaco Grand Prix was cancelled.", ["Serena Williams"]),
    ("The Glastonbury Festival and the Golden Lantern Awards sold out.", []),
    # a holiday's name
    ("The blaze started on Bonfire Night, and Burns Night was cancelled.", []),
    # one of calendar.yaml's holidays, whole ("Day" and "Eve" alone are people's names too)
    ("Families gathered on Christmas Eve.", []),
    ("Schools marked Holocaust Memorial Day and fans cheered on Boxing Day.", []),
    ("It was Groundhog Day again, and Americans marked Flag Day.", []),
    ("Russia marks Unity Day, as Germans mark German Unity Day.", []),
    ("They met on New Year's Eve and again on Good Friday.", []),
    ("Doris Day sang, and Eve Smith danced on Valentine's Day.", ["Doris Day", "Eve Smith"]),
    # a holiday's name before a capitalized word: the word is the occasion's ("Christmas Eve Mass"), no
    # name's; a name after the holiday is read alone
    ("On Christmas Eve Mass was held in the cathedral.", []),
    ("After Easter Sunday Mass the crowd dispersed.", []),
    ("The Thanksgiving Day Parade drew crowds.", []),
    ("On Christmas Eve John Smith was arrested.", ["John Smith"]),
    ("On Good Friday Pope Francis washed the feet of prisoners.", ["Francis"]),
    ("On Christmas Day Queen Elizabeth spoke.", ["Elizabeth"]),
    ("Eve Smith said the Christmas Eve Mass was cancelled.", ["Eve Smith"]),
    ("Antonis Samaras was sworn in. Credit Kostas Tsironis/Associated Press", ["Antonis Samaras", "Kostas Tsironis"]),
    # sport's and the police's titles are no given names
    ("Coach Anna Gordon said the team was ready.", ["Anna Gordon"]),
    ("Detective Inspector Jane Hale said so.", ["Jane Hale"]),
    # a particle opening a sentence opens the name, though the text uses it in lower case
    ("Von der Leyen said Europe would help. The von family agreed.", ["Von der Leyen"]),
    ("De Gaulle said no. The city de facto agreed.", ["De Gaulle"]),
    # an occupation before a name is no part of it, nor its one word or initials a common word
    ("Author J.K. Rowling gave the money.", ["J.K. Rowling"]),
    ("Actor Tom Hanks spoke.", ["Tom Hanks"]),
    ("Singer Adele won.", ["Adele"]),
    ("Peter Singer said so.", ["Peter Singer"]),
    ("The author said so.", []),
    # a nickname in quotes inside a name, not a quotation after one
    ('Joaquin "El Chapo" Guzman was jailed.', ['Joaquin "El Chapo" Guzman']),
    ("Dwayne “The Rock” Johnson spoke.", ["Dwayne “The Rock” Johnson"]),
    ('Kerry "Hopeful" After Talks With Lavrov', []),
    ('Putin "We will win," he said.', []),
    # initials apart by a blank
    ("George H. W. Bush sent a letter.", ["George H. W. Bush"]),
    # a web page's furniture copied with the article names no one
    ("Kerry said no.\n\nFollow Kerry on Twitter.\n\nCopyright Reuters. All Rights Reserved.\n\nRead More Stories", ["Kerry"]),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_names_read_in_a_sentence(text, expected):
    found = names.extract(text)
    assert [text[f.start:f.end] for f in found] == expected
    assert all(f.value.stated == text[f.start:f.end] for f in found)
