"""The cheaper routes the date, time and name extractors take give what the plain
ones gave: each is checked against the plain one on seed text and made-up text."""

from __future__ import annotations

import random
import re
from pathlib import Path

from factcheck.extract import dates, names, times
from factcheck.extract.base import trie
from factcheck.scan import Words
from factcheck.vocab import vocabulary

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]


def _made_up(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def test_the_word_before_is_what_a_search_finds():
    search = re.compile(r"([A-Za-z][\w’'-]*)[ \t]+$")
    rng = random.Random(3)
    chars = ["a", "B", "é", "1", "_", "’", "'", "-", " ", "\t", "\n", ".", "Word", "in", " \n"]
    texts = SEEDS + ["".join(rng.choice(chars) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    for text in texts:
        for start in range(0, len(text) + 1, 1 if len(text) < 100 else 37):
            for lo in (max(0, start - 40), max(0, start - 3)):
                m = search.search(text, lo, start)
                assert dates._word_before(text, lo, start) == (None if m is None else (m.group(1), m.start(1)))


def test_after_the_the_kinds_tried_match_as_all_nine_do():
    v = vocabulary()
    every = dates._kinds_pattern(dates._openings()["the"])
    words = [*v.parts, *v.relative_days, *v.seasons, *v.quarters, *v.relative_shift, *v.anaphoric_shift,
             *v.window_shift, *v.months, *v.month_names, *v.weekdays, "year", "month", "week", "weekend", "day",
             "decade", "quarter", "of", "2014", "1990s", "'90s", "’90s", "11th", "3", "Winter", "Middle"]
    words += [w.upper() for w in words] + [w.capitalize() for w in words]
    for text in SEEDS + ["the " + t for t in _made_up(words, 3000, 11)]:
        for w in re.finditer(r"(?i)\bthe\b", text):
            plain = every.match(text, w.start())
            pattern = dates._pattern_at(text, w.start(), False)
            cut = pattern.match(text, w.start()) if pattern else None
            assert (plain and (plain.span(), plain.lastgroup)) == (cut and (cut.span(), cut.lastgroup)), text


def test_a_number_tries_the_kinds_that_match_as_all_do():
    """``_pattern_at`` tries at a number only the kinds its digits and the character
    after them allow (``dates._OPENING_NUMBERS``); the whole pattern is the reference."""
    every = dates._pattern()
    pieces = ["2015", "1990s", "12", "3", "05", "123", "20150", "12th", "3rd", "-", "–", "/", ".", ",", "%", "May",
              "of", "this", "month", "years", "ago", "weeks", "on", "Tuesday", "or", "two", "in", "2014-15", "2015-05-12",
              "5/12/2015", "12.05.2015", "13/05", "3-5", "1990 s", "123 years ago", "in 100 days", "on 3/4", "12 of", "the", "(", ")", "\n", "\n\n", "\t", "x", "_", "2015_"]
    texts = SEEDS + _made_up(pieces, 3000, 13) + ["".join(t.split()) for t in _made_up(pieces, 1000, 17)]
    for text in texts:
        for m in re.finditer(r"(?<![^\W\d_])\d", text):  # as ``candidates``: a number after a separator
            at = m.start()
            plain = every.match(text, at)
            pattern = dates._pattern_at(text, at, False)
            cut = pattern.match(text, at) if pattern else None
            assert (plain and (plain.span(), plain.lastgroup)) == (cut and (cut.span(), cut.lastgroup)), text[at:at + 30]


def test_time_start_test_is_the_whole_tree():
    """``times._triggers`` writes what must follow once per group of forms; this
    builds the tree it replaced, one entry per form, as the reference (a copy of
    the old construction, on purpose)."""
    v = vocabulary()
    clocky = r"\b(?i:(?=[\s-]+(?:[a-z]+[\s-]+)?(?:minutes?|past|to|o['’]clock)\b))"
    follows = {w: clocky for w, n in v.number_units.items() if 1 <= n <= 59}
    follows.update({w: clocky for w in v.number_tens})
    follows.update({w: r"\b" for w in v.named_times})
    follows.update({"half": clocky, "quarter": clocky, "a": r"\s+quarter\b"})
    cased = {form: after for w, after in follows.items() for form in (w, w.capitalize(), w.upper())}
    tree = re.compile(rf"\d|{trie(cased, cased)}")
    test = times._triggers()[1]
    pieces = ["a quarter past", "A QUARTER", "half past", "twenty-five minutes", "five to", "FIVE o'clock", "noon",
              "Noonday", "midnight", "tenth", "a", "to", "minutes", "o’clock", "-", "seventeen", "1", "Midday."]
    for text in SEEDS + _made_up(pieces, 1000, 5):
        for at in range(len(text)):
            assert bool(tree.match(text, at)) == bool(test.match(text, at)), text[at:at + 30]


def test_date_start_test_per_word_is_the_whole_tree():
    tree = dates._triggers()[1]
    keys = dates._start()[0]
    forms = [f for w in sorted(keys) for f in (w, w.capitalize(), w.upper(), w[:3].upper() + w[3:], w + "s")]
    forms += ["year", "years", "Day", "the", "1990s", "TUESday", "MAY2015", "of", "month"]
    for text in SEEDS + _made_up(forms, 1500, 9):
        words = Words(text)
        for word, at in zip(words.words, words.starts):
            if word in keys:
                assert bool(tree.match(text, at)) == bool(dates._start_tests()[word].match(text, at)), text[at:at + 30]


def test_a_name_read_from_its_match_is_read_as_before():
    """``names._reading`` with ``extract``'s use of it, against the reading spelled
    out per match as it was written before it was cached."""
    stop, calendar = names._never_first()
    pieces = ["The", "President", "Vladimir", "V.", "Putin", "said", "Monday", "Later", "later", "Kerry", "John",
              "Sergey", "Lavrov", "told", "of", "Raúl", "O'Brien", "Jean-Pierre", "MAY", "May", ".", "\n", "9", "June",
              "Minister", "Health", "de", "McConnell", "Gov.", "Mark", "mark", "Von", "der", "Author", "J.K."]
    # an honorific's period opens no sentence, so its given name stays even when written in lower case too
    written = ["Gov. Mark Warner said the mark was low.", "Rev. Al Sharpton spoke. Al said no."]
    for text in SEEDS + written + _made_up(pieces, 1500, 7):
        expected = []
        last = 0
        for at in names._candidates(text, Words(text)):
            if at < last:
                continue
            m = names._pattern().match(text, at)
            if m is None:
                continue
            p, end = m.span()
            last = end
            matched = m.group()
            owned = re.search(r"['’]s[ \t]", matched)
            if owned is not None:  # a full name owning no person: "Antonis Samaras's New Democracy"
                before, after = matched[:owned.start()].split(), matched[owned.end():].split()
                if [t for t in before[:-1] if t not in stop] and (
                        after[0] in names._body_openers() or any(t in stop or re.search(r"['’]s$", t) for t in after)):
                    matched, end = matched[:owned.start()], p + owned.start()
            if re.match(r"[ \t]*\d", text[end:]) and matched.split()[-1].lower() in names._month_names():
                continue  # "Victory Day May 9"
            tokens = matched.split()
            skip = 0
            for k in range(len(tokens) - 3, 0, -1):  # an office up to a title: "Health Minister Jane Doe"
                if tokens[k].lower() in names._title_heads():
                    skip = k + 1
                    break
            for k in range(len(tokens) - 2, skip - 1, -1):  # an owner: "Japan's Miyagi"
                if re.search(r"['’]s$", tokens[k]):
                    skip = k + 1
                    break
            # a month after an honorific is a surname: "Mrs May"
            while skip < len(tokens) and (tokens[skip] in stop or tokens[skip].lower() in calendar) and not (
                    tokens[skip].lower() in calendar and skip and tokens[skip - 1] in names._honorifics()):
                skip += 1
            surnames, inside = names._word_sets()
            surname = (len(tokens) - skip >= 2 and tokens[-2] not in stop and tokens[-2].lower() not in calendar
                       and (tokens[-1].lower() in names._month_names() or tokens[-1] in surnames))  # "Theresa May", "Stephen King"
            honored = len(tokens) - skip == 1 and tokens[-1].lower() in names._month_names()
            if skip == len(tokens) or (tokens[-1] in stop and not surname and not honored):
                continue
            if any(t in inside for t in tokens[skip + 1:]):
                continue  # a headline: "Quake Kills Dozens In Ecuador"
            start = names._offset(text, p, tokens, skip)
            titled = skip and tokens[skip - 1] in names._person_titles()  # "Author J.K. Rowling"
            if (len(tokens) - skip > 1 and names._opens_sentence(text, start) and not names._after_abbreviation(text, start)
                    and tokens[skip].lower() not in names.particle_set()  # "Von der Leyen said"
                    and names._stands_alone(text, tokens[skip].lower())):
                skip += 1
                start = names._offset(text, p, tokens, skip)
                titled = False
            suffix = re.match(rf"[ \t]+(?:{'|'.join(map(re.escape, names._names_yaml()['name_suffixes']))})(?!\w)", text[end:])
            if suffix:
                end += suffix.end()
            if (m.group("more") and names._words_in(tokens, skip, matched) < 2 and not titled
                    and not names._speaks(text, end)):
                continue
            initials = re.search(r"(?<![\w.])([A-Z]\.(?:[ \t]?[A-Z]\.){0,2})[ \t]+$", text[:start]) if start == p else None
            if initials and initials.group(1) not in ("U.S.", "U.N.", "U.K.", "E.U.", "U.S.A.", "D.C."):
                start = initials.start()  # "J.K. Rowling"
            expected.append((start, end, text[start:end]))
        assert [(f.start, f.end, f.value.stated) for f in names._matched(text, Words(text))] == expected
