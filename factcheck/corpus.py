"""Reading articles: files, decoding, metadata, sentences.

The only stage that touches the file system on the way in. Metadata comes,
in order of precedence, from a sidecar (``sources.yaml`` beside the
articles), YAML front matter, and what the text states plainly (a dateline,
a URL with a date in its path, the first line as title); ``--published``
fills in a reference date for articles that have none.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from factcheck import pattern_cache, vocab, yamlio
from factcheck.errors import UserInputError
from factcheck.models import Article, Sentence, trusted
from factcheck.text import line_starts, split_sentences

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".story", ""}
SIDECAR_NAMES = ("sources.yaml", "sources.yml")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# a site may write them in capitals ("EL PAÍS | Madrid - 18 NOV 2026"); a case-sensitive pattern
# takes either, and no name in small letters ("may 12")
_MONTHS = f"{_MONTHS}|{_MONTHS.upper()}"
_MON = rf"(?:{_MON}|{_MON.upper()})\.?"
_CALENDAR = vocab.data_file("calendar.yaml")


def _numbered_names(table: dict) -> vocab.FoldedKeys:
    """A calendar table (number: names) turned around, name to number; looked up with what an
    ignore-case pattern matched ("ſeptiembre"), so folded where a name is missing."""
    return vocab.FoldedKeys((str(name).lower(), int(number)) for number, names in table.items() for name in names)


# Month and weekday names of other languages and the labels before a date, read only here
# (calendar.yaml ``dateline_*``), in any case: "Lunes 16 de noviembre de 2026".
_FOREIGN_MONTH_NUMBER = _numbered_names(_CALENDAR["dateline_months"])
_FOREIGN_WEEKDAY_NUMBER = _numbered_names(_CALENDAR["dateline_weekdays"])
# English names by their first three letters, as the patterns below allow ("Sept", "Wednes")
_MONTH_NUMBER = vocab.FoldedKeys((str(n)[:3], m) for n, m in _numbered_names(_CALENDAR["months"]).items())
_ENGLISH_WEEKDAY_NUMBER = vocab.FoldedKeys((str(n)[:3], d) for n, d in _numbered_names(_CALENDAR["weekdays"]).items())
_FOREIGN_MONTHS = "(?i:" + vocab.alternation(_FOREIGN_MONTH_NUMBER, boundary=False) + ")"
_LABELS = [str(w) for w in _CALENDAR["dateline_labels"]]
_FOREIGN_LABELS = [str(w) for w in _CALENDAR["dateline_labels_foreign"]]
# the day perhaps an ordinal ("16th September 2025", "September 21st, 2024"); the day, month and
# year in figures ("23/11/2026", "09.11.2026"), which read only one way or with a weekday that
# picks the way; a foreign month after the day ("16 de noviembre de 2026", "16. März 2026")
_DATE_TEXT = (
    rf"(?P<m1>{_MONTHS}|{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    # the ways that open with a figure behind one test of it: ``re`` would try each in turn at
    # every line
    r"|(?=\d)(?:"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS}|{_MON}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<d4>\d{1,2})(?P<sep4>[/.-])(?P<m4>\d{1,2})(?P=sep4)(?P<y4>\d{4})\b"
    rf"|(?P<d5>\d{{1,2}})\.?[ \t]+(?:(?i:de)[ \t]+)?(?P<m5>{_FOREIGN_MONTHS})(?:[ \t]+(?i:de))?,?[ \t]+(?P<y5>\d{{4}})"
    ")"
)
# A line that is only a date, perhaps after "Published", "Updated", a clock time
# with its zone (a live page's "0930 GMT, 12 March 2011", "10:32 AM ET, Fri March
# 11, 2011", "6:12 AM GMT+7, July 3, 2025": a zone perhaps with its offset), a weekday.
_CLOCK_PREFIX = r"(?:\d{1,2}[:.]?\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?,?\s+)?"
_ENGLISH_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_FOREIGN_WEEKDAY = "(?i:" + vocab.alternation(_FOREIGN_WEEKDAY_NUMBER, boundary=False) + ")"
_WEEKDAY = rf"(?P<wd>{_ENGLISH_WEEKDAY}|{_FOREIGN_WEEKDAY})\.?,?\s+"
_LABEL = "(?:" + vocab.alternation(_LABELS + _FOREIGN_LABELS, boundary=False) + ")"
# the word between a label and its date ("Published on", "Actualizado el", "Publié le")
_LABEL_LINK = "(?:" + vocab.alternation([str(w) for w in _CALENDAR["dateline_label_links"]], boundary=False) + ")"
# a label on a line with more before it ("Citizen Digital | Updated Wednesday, March 4, 2026", "By Jane
# Doe, Updated May 20, 2025"), its link perhaps after it, a colon perhaps set off by a space
_LABELLED = rf"{_LABEL}[ \t]*:?[ \t]+(?:{_LABEL_LINK}[ \t]*:?[ \t]+)?"


def _dateline_line(labels: list[str], weekday: str, openers: str) -> re.Pattern:
    """A line that is only a date, after one of ``labels`` or ``weekday`` perhaps. It opens
    with a line break, and is searched for in the text with one put first: ``re`` then tries
    it only at line breaks, not at every position as with "^". Every way on opens with one of
    ``openers`` (letters) or a digit: the lookahead spares the alternatives at each other line,
    blank lines above all."""
    label = "(?:" + vocab.alternation(labels, boundary=False) + ")"
    return pattern_cache.compile(
        rf"\n[ \t]*(?=[{openers}\d])(?:{label}[:\s]*(?:{_LABEL_LINK}[ \t]*:?\s+)?)?{_CLOCK_PREFIX}"
        rf"(?:(?P<wd>{weekday})\.?,?\s+)?(?:{_DATE_TEXT})\b[^\n]{{0,40}}$",
        re.MULTILINE | re.IGNORECASE,
    )


def _openers(words) -> str:
    """The first letters of ``words``, in capitals, for a lookahead in an ignore-case pattern."""
    return "".join(sorted({w[0].upper() for w in words}))


# English first (its labels', weekdays' and months' first letters open its lines); another
# language's labels and weekdays only where no English dateline is found, as most texts have one
_DATELINE_OPENERS = _openers([*_LABELS, *_MONTH_NUMBER, *_ENGLISH_WEEKDAY_NUMBER])
_DATELINE = _dateline_line(_LABELS, _ENGLISH_WEEKDAY, _DATELINE_OPENERS)
_FOREIGN_DATELINE_OPENERS = _openers([*_FOREIGN_LABELS, *_FOREIGN_WEEKDAY_NUMBER])
_FOREIGN_DATELINE = _dateline_line(_FOREIGN_LABELS, _FOREIGN_WEEKDAY, _FOREIGN_DATELINE_OPENERS)
# how far into the text (characters) it is looked for: an English edition's dateline stands
# under its title, and a search of the whole head cost as much as the English one
_FOREIGN_DATELINE_REACH = 600
# A wire dateline that opens the body: "ATHENS, June 20, 2012 - ...", "SOCHI, Russia, May 12,
# 2015 (AP) —", "NEW YORK, June 20, 2012 /PRNewswire/ --", "June 21, 2012 - ...": a place in
# capitals (one or two parts) or none, the date, maybe the agency, and a dash. Case-sensitive:
# "Greek lawmakers, June 20, 2012 - ..." is no dateline.
_WIRE_DATELINE = pattern_cache.compile(
    rf"\n[ \t]*(?:[A-Z][A-Z.'’ -]{{1,30}}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{{1,30}})?,[ \t]+)?(?:{_DATE_TEXT})"
    r"[ \t]*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?[ \t]*(?:[-—–:]|--)")
# The date after the agency's credit, on the dateline's line ("JIPIJAPA, Ecuador (AP) - April 16,
# 2025", "CEDAR KEY, Fla. (AP) — September 25, 2025 — Hurricane ..."), a weekday perhaps before it
# ("MANILA (Reuters) - Monday, June 2, 2025"); the date ends the line, or a dash or a bar follows it.
# A clock time with its zone may follow the date ("Sunday, 22 November 2026 20:05 WITA", "09/11/2026
# - 18h40" stops at the dash). With no credit, the place alone opens the line ("TRIBUNKALTIM.CO,
# BALIKPAPAN — Sunday, 22 November 2026"), a word perhaps between the date and the time ("Wednesday,
# March 4, 2026 at 18:05 EAT": calendar.yaml ``dateline_time_links``).
_TIME_LINK = "(?:" + vocab.alternation([str(w) for w in _CALENDAR["dateline_time_links"]], boundary=False) + ")"
_DATE_END = (rf"(?:,?[ \t]+(?:{_TIME_LINK}[ \t]+)?\d{{1,2}}[:.h]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
             r"(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)?"
             r"[ \t]*(?:[-—–:|/]|--|(?=\n)|$)")
# A wire's stamp before the date after its credit: "Published" or "Updated", a clock time and its
# zone ("(AP) — Published 9:05 AM GMT+7, November 14, 2026", "(AP) — Updated 6:12 PM EST, ...").
_STAMP = (rf"(?:{_LABELLED})?"
          r"(?:\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?,?[ \t]+)?")
_DATE_AFTER_CREDIT = pattern_cache.compile(
    rf"\n[ \t]*[A-Z][A-Z.'’ -]{{1,30}}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{{1,30}})?(?:[ \t]*\([^()\n]{{1,30}}\))?"
    rf"[ \t]*(?:[-—–:]|--)[ \t]*{_STAMP}(?:{_WEEKDAY})?(?:{_DATE_TEXT}){_DATE_END}")
# The same after a place written as a word, the credit then capitalised ("Jakarta (AFP) - Sunday,
# July 6, 2025"): sought only where such a credit and a date stand (``_CREDIT_AND_DATE``), as
# most lines open with a capital.
_CREDIT_AND_DATE = pattern_cache.compile(
    rf"\([A-Z][^()\n]{{0,29}}\)[ \t]*(?:[-—–:]|--)[ \t]*{_STAMP}(?:{_WEEKDAY})?(?:{_DATE_TEXT}){_DATE_END}")
_DATE_AFTER_WORD_PLACE = pattern_cache.compile(
    rf"\n[ \t]*[A-Z][A-Za-z.'’ -]{{1,30}}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{{1,30}})?[ \t]*\([A-Z][^()\n]{{0,29}}\)"
    rf"[ \t]*(?:[-—–:]|--)[ \t]*{_STAMP}(?:{_WEEKDAY})?(?:{_DATE_TEXT}){_DATE_END}")
# The date after a byline or an outlet's name and a bar or a dash ("By Jane Doe | April 16, 2025",
# "Tempo English | Wednesday, 9 July 2025", "Retail Week | Monday, 17 March 2025 | By ...",
# "InDaily — Friday, 20 November 2026", a place and a slash: "Jakarta / Sat, November 14, 2026 /
# 07:30 pm"), or after one or two capitalised words (an outlet's name, a town) and a hyphen set
# off by spaces, alone or after the bar ("KOMPAS.com - Sunday, 15 November 2026 | 11:20 WIB",
# "EL PAÍS | Madrid - 18 NOV 2026 - 14:30 CET"): sought only in a text with a bar or a dash.
_BARS = ("|", "—", "–", " /", " - ")
# A name opens with a capital of any Latin, Greek or Cyrillic script ("ČT24 | Updated: 14.09.2026",
# "Česká televize | ...", "Ōita Gōdō | ..."), a byline perhaps with "by" in small letters ("by Jeff
# Foust — April 22, 2026") and one or two names before a hyphen ("By Jane Doe - 22 April 2026");
# "By Friday — April 22, 2026 — ..." is a sentence.
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_BYLINE_OPEN = (rf"(?![Bb]y[ \t]+(?:{_ENGLISH_WEEKDAY}|{_MONTHS}|{_MON})\b)(?:[Bb]y[ \t]+)?")
_NAME_DASH = rf"[{_CAPITAL}][^\s|]*(?:[ \t][{_CAPITAL}][^\s|]*)?[ \t]+-[ \t]+"
# A byline may hold more than one field before the date ("By Lena Fischer | Ohio Health Weekly |
# Friday, March 13, 2026"): up to three, each set off by a bar.
_DATE_AFTER_BAR = pattern_cache.compile(
    rf"\n[ \t]*{_BYLINE_OPEN}(?:[{_CAPITAL}][^|\n]{{0,80}}(?:\|[^|\n]{{0,80}}){{0,2}}[|—–/](?<![^ \t]/)[ \t]*(?:{_NAME_DASH})?|{_NAME_DASH})"
    rf"(?:{_LABELLED})?(?:{_WEEKDAY})?(?:{_DATE_TEXT}){_DATE_END}")
# A byline whose fields are set off by commas, the date last ("By Lena Fischer, Friday, March 13,
# 2026", "By Lena Fischer, Ohio Health Weekly, 13 March 2026"): the name opens with no weekday or
# month ("By Friday, March 13, 2026, ..." is a sentence), and the date ends the line or a dash
# follows it; sought only where "By " opens a line.
_BY = "\nBy "
_DATE_AFTER_BYLINE_COMMAS = pattern_cache.compile(
    rf"\n[ \t]*By[ \t]+(?!(?:{_ENGLISH_WEEKDAY}|{_MONTHS}|{_MON})\b)[A-Z][^,|\n]{{0,60}}"
    rf"(?:,[ \t]*[A-Z][^,|\n]{{0,60}}){{0,2}},[ \t]+(?:{_LABELLED})?(?:{_WEEKDAY})?(?:{_DATE_TEXT}){_DATE_END}")
# A byline of a name alone, two or three capitalized words, and the date ending the line ("Jane
# Doe, April 22, 2026"): a sentence that names someone and a date goes on after it, or ends in a
# period. The name must be a person's (``_a_persons_name``): not "Election Day, November 3, 2026".
_DATE_AFTER_NAME = pattern_cache.compile(
    rf"\n[ \t]*(?P<name>[{_CAPITAL}][\w.'’-]*(?:[ \t]+[{_CAPITAL}][\w.'’-]*){{1,2}}),[ \t]+(?:{_WEEKDAY})?"
    rf"(?:{_DATE_TEXT})[ \t]*(?=\n)")


@lru_cache(maxsize=1)
def _not_in_a_persons_name() -> frozenset[str]:
    """Words no person's name holds: names.yaml ``not_person_words`` and ``event_heads`` ("Memorial
    Service", "Valencia Marathon") and a weekday's full name ("Saturday Market")."""
    names = vocab.data_file("names.yaml")
    days = (w.capitalize() for w in vocab.vocabulary().weekdays if w.endswith("day"))
    return frozenset((*map(str, names.get("not_person_words", ())), *map(str, names.get("event_heads", ())), *days))


def _a_persons_name(name: str) -> bool:
    """Whether a byline's name (``_DATE_AFTER_NAME``) may be a person's: none of its words is one
    of ``_not_in_a_persons_name`` and it is no holiday's ("Election Day")."""
    from factcheck.extract.names import is_holiday

    return _not_in_a_persons_name().isdisjoint(name.split()) and not is_holiday(" ".join(name.split()))


def _date_after_name(head: str) -> re.Match | None:
    """The first line of ``head`` that is a person's name and a date (``_DATE_AFTER_NAME``)."""
    return next((m for m in _DATE_AFTER_NAME.finditer(head) if _a_persons_name(m["name"])), None)
# The same with no year, told from a sentence by an agency's credit ("KELSO, March 2 (Reuters)
# -") or by a place of three capitals or more ("KELSO, March 2 -": a place written as a word,
# "Kelso, March 2 -", may open a sentence). Its date is the day the story was filed, no
# event's: it is split off as well, but dates nothing (the year is not stated).
_NO_YEAR_DATE = (rf"(?:,[ \t]*[A-Z][A-Za-z.'’ -]{{1,30}})?,[ \t]+(?:{_MONTHS}|{_MON})[ \t]+\d{{1,2}}[ \t]*")
# With no place, the credit must follow ("Oct 12 (Reuters) -"; not "March 2 (Monday) -"), and so
# it must after a town written as a word, perhaps with its state or country, as Indian, Latin
# American and Chinese wires write it ("Deoghar (Jharkhand), Nov 23 (PTI) —", "Lima, Nov. 25
# (ANDINA).", "New Delhi, Nov 23 (IANS)": after a credit the line may end there).
_CREDIT = r"\((?![A-Z][a-z]+day\))[A-Z][^()\n]{1,30}\)"
_WORD_TOWN = r"[A-Z][^\W\d_]*(?:[ \t.'’-]+[A-Z][^\W\d_]*){0,3}"
_NO_YEAR_END = r"(?:[ \t]*(?:[-—–:]|--)|(?<=\))\.?[ \t]*(?=\n|$))"
_WIRE_DATELINE_NO_YEAR = pattern_cache.compile(
    rf"\n[ \t]*(?:[A-Z][A-Z.'’ -]{{1,30}}{_NO_YEAR_DATE}\([^()\n]{{1,30}}\)"
    rf"|[A-Z]{{3}}[A-Z.'’ -]{{0,28}}{_NO_YEAR_DATE}"
    rf"|(?:{_MONTHS}|{_MON})[ \t]+\d{{1,2}}[ \t]*{_CREDIT}){_NO_YEAR_END}")
# (the town written as a word, sought only where a comma, a month and a day stand: most lines
# open with a capital)
_COMMA_MONTH_DAY = pattern_cache.compile(rf",[ \t]+(?:{_MONTHS}|{_MON})[ \t]+\d")
_WORD_TOWN_DATELINE_NO_YEAR = pattern_cache.compile(
    rf"\n[ \t]*{_WORD_TOWN}(?:[ \t]*\([A-Z][^()\n]{{1,30}}\))?(?:,[ \t]*{_WORD_TOWN})?,[ \t]+"
    rf"(?:{_MONTHS}|{_MON})[ \t]+\d{{1,2}}[ \t]*{_CREDIT}{_NO_YEAR_END}")
# Its month and day, given a year only by a URL whose path holds the year (and the same month,
# if one follows): "https://example.com/sports/2025/10/..." with "Oct 12 (Reuters) -".
_NO_YEAR_MONTH_DAY = pattern_cache.compile(rf"(?P<m>{_MONTHS}|{_MON})[ \t]+(?P<d>\d{{1,2}})\b")
_URL_YEAR = pattern_cache.compile(r"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>[01]\d))?/")
_PUBLISH_PHRASE = pattern_cache.compile(rf"\b(?:Publish(?:ed)? Date|Published(?: on)?|Posted(?: on)?)[:\s]+(?:{_DATE_TEXT})", re.IGNORECASE)
_URL = pattern_cache.compile(r"https?://[^\s<>\"')\]]+")
_URL_DATE = pattern_cache.compile(r"/(?P<y>(?:19|20)\d\d)[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?:/|[^\d])")
_HEADING = pattern_cache.compile(r"^[#\s]*")
_FRONT_MATTER = pattern_cache.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)


class ArticleMeta(BaseModel):
    """Metadata a sidecar or front matter may give for one article."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _date_text(cls, v):
        if isinstance(v, dt.datetime):
            return v.date()
        return v


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-1; line ends -> ``\\n``."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        for encoding in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def discover(paths: list[str]) -> tuple[list[Path], list[Path], list[str]]:
    """Article files, sidecar files and notes about skipped files, in a stable order."""
    articles: list[Path] = []
    sidecars: list[Path] = []
    notes: list[str] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise UserInputError(given, "no such file or directory")
        if p.is_dir():
            found = sorted(f for f in _walk(p))
            if not found:
                raise UserInputError(given, "folder holds no files")
        else:
            found = [p]
        documents = _repository_documents() if p.is_dir() else ()
        for f in found:
            if f.name in SIDECAR_NAMES:
                sidecars.append(f)
            elif f.name.split(".", 1)[0].lower() in documents:
                notes.append(f"{f}: skipped, a repository document, not an article (name it to read it)")
            elif f.suffix.lower() in ARTICLE_SUFFIXES:
                articles.append(f)
            else:
                notes.append(f"{f}: skipped, not an article ({f.suffix or 'no suffix'})")
    return articles, sidecars, notes


@lru_cache(maxsize=1)
def _repository_documents() -> frozenset[str]:
    """text.yaml ``repository_documents``: the names, up to the first dot, of the files a folder
    walk takes for the repository's own (README, LICENSE, notes), no article."""
    return frozenset(str(w).lower() for w in vocab.data_file("text.yaml").get("repository_documents") or ())


def _walk(folder: Path):
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                yield Path(root) / name


def read_sidecar(path: Path) -> dict[str, ArticleMeta]:
    try:
        data = yamlio.load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as e:
        raise UserInputError(str(path), f"cannot read: {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise UserInputError(where, f"not valid YAML ({getattr(e, 'problem', e)})") from None
    except ValueError as e:  # YAML reads 2015-02-30 as a date and fails
        raise UserInputError(str(path), f"not a valid value: {e}") from None
    if not isinstance(data, dict):
        raise UserInputError(str(path), "expected a mapping of article id to metadata")
    out = {}
    for key, value in data.items():
        try:
            out[Path(str(key)).stem] = ArticleMeta.model_validate(value or {})
        except ValidationError as e:
            err = e.errors()[0]
            field = ".".join(str(x) for x in err["loc"])
            raise UserInputError(str(path), f"{key}.{field}: {err['msg']}") from None
    return out


MAX_BYTES = 10_000_000  # one article; a larger file is refused, not truncated
_HTML = pattern_cache.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def read_articles(paths: list[str], published: dt.date | None = None,
                  max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[str]]:
    """Read every article under ``paths``; returns the articles and notes on skipped files.

    Not articles, skipped with a note: binary files, empty files, HTML pages,
    links that lead nowhere, a second copy of an article already read. Errors
    (exit 2): a file that cannot be read, one over ``max_bytes``, two articles
    with one id.
    """
    files, sidecar_files, notes = discover(paths)
    meta: dict[str, ArticleMeta] = {}
    for s in sidecar_files:
        meta.update(read_sidecar(s))
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    # the texts read so far, by length: a same text is looked for among those of its
    # length, which spares hashing every text (most lengths are met once)
    texts: dict[int, list[tuple[str, Path]]] = {}
    today = dt.date.today()
    for f in files:
        raw = _read(f, max_bytes, notes)
        if raw is None:
            continue
        if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            notes.append(f"{f}: skipped, binary file")
            continue
        if not raw.strip():
            notes.append(f"{f}: skipped, empty file")
            continue
        if _HTML.match(raw[:512]):
            notes.append(f"{f}: skipped, an HTML page (save the article's text instead)")
            continue
        stem = f.stem
        if stem in seen:
            raise UserInputError(str(f), f"article id '{stem}' is also used by {seen[stem]}; rename one of them")
        text = decode(raw)
        same_length = texts.setdefault(len(text), [])
        first = next((path for other, path in same_length if other == text), None)
        if first is not None:
            notes.append(f"{f}: skipped, the same text as {first} (counted once)")
            continue
        seen[stem] = f
        same_length.append((text, f))
        article = build_article(stem, str(f), text, meta.get(stem), published)
        if article.published and article.published > today:
            notes.append(f"{f}: publication date {article.published} is in the future")
        articles.append(article)
    if not articles:
        raise UserInputError(" ".join(paths), "no articles found")
    if published is None:
        articles = _dated_by_cluster(articles, notes)
    notes += [f"{a.path}: {_UNDATED}" for a in articles if a.published is None]
    return articles, notes


# The note on an article whose date none of its sources gives (the report's table shows "unknown"):
# its days are not resolved, and grouping's note that sources differ only between days
# (``grouping.between_days``) needs every claim's day
_UNDATED = ("no publication date found (no dateline, URL, front matter or sources.yaml entry gives one): "
            "its relative days (\"Monday\", \"today\") are left unresolved, and no fact it states is "
            "noted as told differently on different days; give its date in sources.yaml or with --published")


# How far (days) a dateline's month and day may lie from every dated article of its cluster
# for their year to be its own.
_CLUSTER_REACH = 45


def _dated_by_cluster(articles: list[Article], notes: list[str]) -> list[Article]:
    """The articles, those left undated whose wire dateline states a month and day but no year
    ("JAKARTA, July 3 (Reuters) -") dated in the year that puts that day nearest the cluster's
    dated articles, when it lies within ``_CLUSTER_REACH`` days of every one of them (so never
    across a wide spread); those whose dateline in figures reads two ways ("09/11/2026") dated
    by the one reading within that reach; ``published_from`` is then "cluster", and a note says so."""
    dates = [a.published for a in articles if a.published is not None]
    if not dates:
        return articles
    out = []
    for a in articles:
        if a.published is None:
            if (md := _no_year_month_day(a.text)) is not None:
                day = _nearest_year(*md, dates)
                why = ("its dateline states the month and day but no year; "
                       "the year is the one that puts that day nearest the other articles' dates")
            else:
                readings = _figure_readings(a.text)
                day = _reading_in_order(readings, a.text)
                if day is not None:
                    why = ("its dateline's date in figures reads two ways (day or month first); "
                           "the reading taken is the order of another date in figures in the article, "
                           "one of whose parts is over 12")
                else:
                    day = _reading_near(readings, dates)
                    why = ("its dateline's date in figures reads two ways (day or month first); "
                           "the reading taken is the one near the other articles' dates")
            if day is not None:
                a = a.model_copy(update={"published": day, "published_from": "cluster"})
                notes.append(f"{a.path}: dated {day}: {why}")
        out.append(a)
    return out


def _figure_readings(text: str) -> tuple[dt.date, ...]:
    """The two dates a dateline in figures that reads both ways may be ("09/11/2026": 9 November
    or 11 September), or none."""
    m = _FRONT_MATTER.match(text)
    body = text[m.end():] if m else text
    line = _dateline(body[:3000], _wire_dateline(body))
    # (not every dateline's pattern has a weekday: groupdict's None for it) a weekday that fits
    # neither reading leaves the date unread, as a weekday picks one
    g = line.groupdict() if line is not None else {}
    if not g.get("y4") or g.get("wd"):
        return ()
    readings = _figure_dates(g)
    return readings if None not in readings and readings[0] != readings[1] else ()


def _reading_near(readings: tuple[dt.date, ...], dates: list[dt.date]) -> dt.date | None:
    """The one of ``readings`` within ``_CLUSTER_REACH`` days of every date in ``dates``; when both
    are, the one whose furthest date is nearer by ``_READING_MARGIN`` days or more ("12/11/2026"
    among 11 to 20 December: 11 December, 9 days from the furthest, not 12 November, 38); else none."""
    far = sorted((max(abs((r - d).days) for d in dates), r) for r in readings)
    near = [(f, r) for f, r in far if f <= _CLUSTER_REACH]
    if len(near) == 2 and near[1][0] - near[0][0] >= _READING_MARGIN:
        return near[0][1]
    return near[0][1] if len(near) == 1 else None


# How much nearer (days) to the furthest of its cluster's dates one reading of a dateline in
# figures must be than the other, both within ``_CLUSTER_REACH``, to be taken.
_READING_MARGIN = 14
# A date in figures with its year ("23/10/2026"): one part over 12 tells the article's order.
_FIGURE_DATE = pattern_cache.compile(r"(?<![\w/.])([0-3]?\d)([/.])([0-3]?\d)\2(?:19|20)\d\d(?![\w/])")


def _reading_in_order(readings: tuple[dt.date, ...], text: str) -> dt.date | None:
    """The reading of ``readings`` (day first, month first) that another date in figures in the
    article tells, one whose first part is over 12 (the day first) or whose second is (the month
    first); none when none does, or when they tell both orders."""
    if not readings:
        return None
    orders = set()
    for m in _FIGURE_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if 12 < a <= 31 and 1 <= b <= 12:
            orders.add(0)
        elif 12 < b <= 31 and 1 <= a <= 12:
            orders.add(1)
    return readings[orders.pop()] if len(orders) == 1 else None


def _no_year_month_day(text: str) -> tuple[int, int] | None:
    """The month and day of a wire dateline with no year that opens the body, if any (of an
    article's text, past its front matter, or of a body's head)."""
    m = _FRONT_MATTER.match(text)
    body = text[m.end():] if m else text
    filed = _no_year_dateline("\n" + body[:3000])
    md = filed and _NO_YEAR_MONTH_DAY.search(filed.group())
    return (_MONTH_NUMBER[md["m"][:3].lower()], int(md["d"])) if md else None


def _no_year_dateline(head: str) -> re.Match | None:
    """The first wire dateline with a month and day but no year in ``head`` (a line break put
    first), the town in capitals or written as a word."""
    return _WIRE_DATELINE_NO_YEAR.search(head) or (
        _WORD_TOWN_DATELINE_NO_YEAR.search(head) if _COMMA_MONTH_DAY.search(head) else None)


def _nearest_year(month: int, day: int, dates: list[dt.date]) -> dt.date | None:
    best, best_far = None, _CLUSTER_REACH + 1
    for y in range(min(dates).year - 1, max(dates).year + 2):
        c = _safe_date(y, month, day)
        if c is None:
            continue
        far = max(abs((c - d).days) for d in dates)
        if far < best_far:
            best, best_far = c, far
    return best


def _read(f: Path, max_bytes: int, notes: list[str]) -> bytes | None:
    try:
        size = f.stat().st_size
    except OSError as e:
        if e.errno in (errno.ELOOP, errno.ENOENT):  # a symlink loop, or a link to nothing
            notes.append(f"{f}: skipped, {e.strerror.lower()}")
            return None
        raise UserInputError(str(f), f"cannot read: {e.strerror or e}") from None
    if size > max_bytes:
        raise UserInputError(str(f), f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    try:
        return f.read_bytes()
    except OSError as e:
        raise UserInputError(str(f), f"cannot read: {e.strerror or e}") from None


def build_article(article_id: str, path: str, text: str, sidecar: ArticleMeta | None = None,
                  published: dt.date | None = None) -> Article:
    """An Article from decoded text: metadata detected, then overridden by front matter and sidecar."""
    body_start = 0
    front = None
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            data = yamlio.load(m.group(1)) or {}
            front = ArticleMeta.model_validate({k: v for k, v in data.items() if k in ArticleMeta.model_fields})
        except (yaml.YAMLError, ValidationError, AttributeError, ValueError) as e:
            raise UserInputError(path, f"front matter is not valid: {str(e).splitlines()[0]}") from None
        body_start = m.end()
    wire = _wire_dateline(text[body_start:])
    fields = _detect(text[body_start:], wire)
    published_from = "text" if fields["published"] else None
    for layer, name in ((front, "front-matter"), (sidecar, "sidecar")):
        if layer is None:
            continue
        for k, v in layer.model_dump(exclude_none=True).items():
            fields[k] = v
            if k == "published":
                published_from = name
    if fields["published"] is None and published is not None:
        fields["published"] = published
        published_from = "option"
    sentences = split_sentences(text)
    if body_start:
        sentences = tuple(s for s in sentences if s.start >= body_start)
    filed = wire or _no_year_dateline("\n" + text[body_start:body_start + 3000])
    if filed:
        sentences = _split_off(sentences, text, body_start + filed.end() - 1)
    # every field is validated already (metadata) or made here: no second validation
    return trusted(
        Article, id=article_id, path=path, text=text, sentences=sentences, line_starts=line_starts(text),
        published_from=published_from, **fields,
    )


def detect_metadata(text: str) -> ArticleMeta:
    """What the text itself says about the article: title, url, outlet, date."""
    return ArticleMeta(**_detect(text, _wire_dateline(text)))


def _detect(text: str, wire: re.Match | None) -> dict:
    """``detect_metadata``'s fields, in their order, without building the model
    (every value is one its fields take as it is). ``wire``: ``_wire_dateline(text)``,
    which the caller also needs to cut the dateline from the first sentence."""
    head = text[:3000]
    title = None
    for line in head.split("\n"):
        candidate = _HEADING.sub("", line).strip()
        if len(candidate.split()) >= 3 and len(candidate) <= 200:
            title = candidate
            break
    urls = _URL.findall(text)
    url = urls[-1] if urls else None
    outlet = None
    published = None
    if url:
        host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0]
        outlet = host or None
        for u in urls:
            d = _URL_DATE.search(u + "/")
            if d:
                published = _safe_date(int(d["y"]), int(d["m"]), int(d["d"]))
                if published:
                    break
    dateline = _dateline(head, wire)
    if dateline:
        published = _date_from_match(dateline) or published
    elif published is None and urls:
        published = _no_year_dateline_date(head, urls)
    return {"title": title, "outlet": outlet, "url": url, "published": published}


def _dateline(head: str, wire: re.Match | None) -> re.Match | None:
    """The line at the head of an article that dates it, if any: "Published ...", a line
    that is only a date, or the wire dateline ``wire``."""
    return (_publish_phrase(head) or _DATELINE.search("\n" + head) or wire
            or _FOREIGN_DATELINE.search("\n" + head[:_FOREIGN_DATELINE_REACH]))


def _wire_dateline(text: str) -> re.Match | None:
    """The wire dateline that opens the body, if any (offsets one past the text's:
    the search runs on the head with a line break put first)."""
    head = "\n" + text[:3000]
    return (_WIRE_DATELINE.search(head) or _DATE_AFTER_CREDIT.search(head)
            or (_DATE_AFTER_BAR.search(head) if any(bar in head for bar in _BARS) else None)
            or (_DATE_AFTER_BYLINE_COMMAS.search(head) if _BY in head else None)
            or _date_after_name(head)
            or (_DATE_AFTER_WORD_PLACE.search(head) if _CREDIT_AND_DATE.search(head) else None))


def _no_year_dateline_date(head: str, urls: list[str]) -> dt.date | None:
    """A dateline's month and day with no year ("Oct 12 (Reuters) -"), dated by the year a
    URL's path states (its month, when it states one, must be the dateline's); never guessed."""
    md = _no_year_month_day(head)
    if md is None:
        return None
    month, day = md
    for u in urls:
        y = _URL_YEAR.search(u + "/")
        if y and (y["m"] is None or int(y["m"]) == month):
            return _safe_date(int(y["y"]), month, day)
    return None


def _split_off(sentences: tuple[Sentence, ...], text: str, at: int) -> tuple[Sentence, ...]:
    """The sentences with the one that holds ``at`` cut there: a wire dateline ("ATHENS,
    June 20, 2012 -") is no part of the first sentence, whose subject and date it is not."""
    out = []
    for s in sentences:
        if s.start < at < s.end:
            rest = at
            while rest < s.end and text[rest].isspace():
                rest += 1
            out.append(Sentence(s.start, at))
            if rest < s.end:
                out.append(Sentence(rest, s.end))
        else:
            out.append(s)
    return tuple(out)


def _publish_phrase(head: str) -> re.Match | None:
    """``_PUBLISH_PHRASE.search(head)``, tried only where "publish" or "posted"
    stands: a case-insensitive search opening with ``\b`` is tried at every
    character, and cost as much as the rest of reading the article. "İ", "ı" and
    "ſ", which the search takes for "i" and "s" (and "İ" lower-cases to two
    characters, which would shift the offsets), send the text to the search."""
    if "\u0130" in head or "\u0131" in head or "\u017f" in head:
        return _PUBLISH_PHRASE.search(head)
    # lower-cased as bytes, one per character ("?" for each beyond ASCII, which can be no
    # letter of these words): ``str.lower`` goes character by character through the
    # Unicode tables for any text with a curly quote in it
    low = head.encode("ascii", "replace").lower()
    spots = []
    for word in (b"publish", b"posted"):
        at = low.find(word)
        while at >= 0:
            spots.append(at)
            at = low.find(word, at + 1)
    for at in sorted(spots):  # the leftmost match, as the search finds
        if (m := _PUBLISH_PHRASE.match(head, at)) is not None:
            return m
    return None


def _date_from_match(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    if g.get("y3"):
        return _safe_date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g.get("y4"):
        return _date_in_figures(*_figure_dates(g), g.get("wd"))
    if g.get("y5"):
        return _safe_date(int(g["y5"]), _FOREIGN_MONTH_NUMBER[g["m5"].lower()], int(g["d5"]))
    month = g.get("m1") or g.get("m2")
    day = g.get("d1") or g.get("d2")
    year = g.get("y1") or g.get("y2")
    return _safe_date(int(year), _MONTH_NUMBER[month[:3].lower()], int(day))


def _figure_dates(g: dict) -> tuple[dt.date | None, dt.date | None]:
    """The two readings of a dateline's date in figures ("23/11/2026"): the day first, as most
    of the world writes it, and the month first, as the United States does; None where a
    reading is no date. Dots ("09.11.2026") put the day first only."""
    year, first, second = int(g["y4"]), int(g["d4"]), int(g["m4"])
    return _safe_date(year, second, first), (None if g["sep4"] == "." else _safe_date(year, first, second))


def _date_in_figures(day_first: dt.date | None, month_first: dt.date | None, weekday: str | None) -> dt.date | None:
    """A date in figures from its two readings (``_figure_dates``): a reading that is no date
    gives way to the other; when both are dates (09/11/2026), the weekday beside it picks one,
    and with none it is left unread, never guessed."""
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    wanted = _weekday_number(weekday) if weekday else None
    picked = [d for d in (day_first, month_first) if d.weekday() == wanted]
    return picked[0] if len(picked) == 1 else None


def _weekday_number(name: str) -> int | None:
    """The weekday (0 for Monday) a dateline's weekday names, in English or another language."""
    name = vocab.fold(name)
    return _FOREIGN_WEEKDAY_NUMBER.get(name, _ENGLISH_WEEKDAY_NUMBER.get(name[:3]))



def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
