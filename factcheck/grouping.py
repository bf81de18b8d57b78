"""Grouping claims into facts and comparing each fact's claims.

    claims -> facts (rule, fact name, strict scope, unit) -> split by the other
    scope qualifiers -> findings, each with a verdict and its evidence
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from factcheck import compare, compared, wording
from factcheck.models import Claim, Finding, Mention, trusted
from factcheck.rules import Rule
from factcheck.scope import DAY_FIGURE, INCREMENT
from factcheck.scope.past import EventDay
from factcheck.vocab import data_file, vocabulary

_INCREMENT = (INCREMENT,)
_EARLIER = ("earlier",)  # scope/past.py ``_replaced``: a figure an update replaced

VERDICT_ORDER = {"discrepancy": 0, "compatible": 1, "agree": 2, "single_source": 3}


_PLACE = "location"


def _unplaced_values(claims: list[Claim]) -> set[tuple[str, tuple]] | None:
    """(article, value) of the claims that name no place, when some claim names one."""
    if all(not c.scope.get(_PLACE) for c in claims):
        return None
    return {(c.mention.article, compare.nominal(c.mention.value)) for c in claims if not c.scope.get(_PLACE)}


_WHEN = "when"


@lru_cache(maxsize=1)
def _level_units() -> frozenset[str]:
    """The canonical units of the measure families whose value is a level at a moment
    (units.yaml ``levels``: a speed, a temperature), not an amount gathered over a time."""
    units = data_file("units.yaml")
    return frozenset(units["measure"][f]["canonical"] for f in units.get("levels") or () if f in units["measure"])


def _date_span(key: str) -> tuple[str, str] | None:
    """A stated date key ("2025", "2025-09", "2025-09-24", "2025-09-22/2025-09-28") as the first
    and last ISO strings it covers (a month's "2025-09" reaches to "2025-09-30"), else None."""
    lo, _, hi = key.partition("/")
    hi = hi or lo
    if not (lo[:4].isdigit() and hi[:4].isdigit()):
        return None
    return lo, hi + "\uffff"


def _when_grains(claims: list[Claim]) -> dict[str, str] | None:
    """For levels at a moment (``_level_units``), each stated time that holds the others stated
    ones nested each inside the next, to the finest of them: "struck this week with winds of 125
    mph" and "made landfall on Wednesday with 120 mph winds" are one moment at a week's and a
    day's grain. A week holding two days ("Tuesday", "Wednesday") joins neither. None otherwise."""
    levels = _level_units()
    if not any(c.mention.kind == "measure" and c.mention.value.unit in levels for c in claims):
        return None
    spans = {k: span for k in {k for c in claims for k in c.scope.get(_WHEN, ())} if (span := _date_span(k))}
    if len(spans) < 2:
        return None

    def holds(a: str, b: str) -> bool:
        return a != b and spans[a][0] <= spans[b][0] and spans[b][1] <= spans[a][1]

    out = {}
    for k in spans:
        inner = [i for i in spans if holds(k, i)]
        if inner and all(i == j or holds(i, j) or holds(j, i) for i in inner for j in inner):
            out[k] = next(i for i in inner if not any(holds(i, j) for j in inner))
    return out or None


def _split(claims: list[Claim], dim: str, mode: str, aliases: dict[str, str] | None = None) -> list[list[Claim]]:
    explicit: dict[tuple, list[Claim]] = defaultdict(list)
    unstated: list[Claim] = []
    if dim == _WHEN and aliases is None:
        aliases = _when_grains(claims)
    # a place a source names beside the same value it also gives with no place is the
    # whole's: "Toll reaches 38; 12 still missing in Manabí" over "has risen to 38"
    whole = _unplaced_values(claims) if dim == _PLACE else None
    event_days = set()  # the stated days that name an event ("the March 7 vote": ``EventDay``)
    for c in claims:
        v = c.scope.get(dim, ())
        if type(v) is EventDay:
            event_days.add(v)
        v = _aliased(v, aliases)
        if v and whole and (c.mention.article, compare.nominal(c.mention.value)) in whole:
            v = ()
        if v:
            explicit[v].append(c)
        else:
            unstated.append(c)
    if not explicit:
        return [claims]
    keys = sorted(explicit)
    if len(event_days) == 1 and len(keys) > 1 and unstated and (own := next(iter(event_days))) in explicit \
            and not _told_apart(explicit[own], unstated):
        # one day told as the name of the story's event ("Turnout in the March 7 vote was 61.8%"): the
        # values told with no day are of that event; the other days' values stay apart
        explicit[own] = explicit[own] + unstated
        return [explicit[k] for k in keys]
    # A claim that leaves the qualifier unstated joins the one stated value,
    # unless a sentence tells the two apart; among several stated values it
    # cannot be placed, so it stays a fact of its own.
    if len(keys) == 1:
        stated = explicit[keys[0]]
        if unstated and (_told_apart(stated, unstated) or (dim == _SINCE and _over_years(stated))):
            return [stated, unstated]
        return [stated + unstated]
    if unstated and unstated[0].mention.kind not in ("name", "quote"):
        # (a name's or a quotation's wording is the value itself: it places nothing)
        unstated = _placed_by_value(explicit, keys, unstated)
    return [explicit[k] for k in keys] + ([unstated] if unstated else [])


_SINCE = "since"
_OVER_YEARS = 2  # years back a start must lie for a toll since it to be a running total over years


def _over_years(claims: list[Claim]) -> bool:
    """Whether the claims' one start ("since 2009") lies two years or more before each one's
    publication: a running total over years (an insurgency's toll, a war's), another fact than the
    story's event toll told with no start. A start a year back ("since April 2014", told in May 2015)
    may be the story's own crisis, which a toll with none joins."""
    for c in claims:
        start = c.scope.get(_SINCE, ())
        if c.published is None or not start or not start[0][:4].isdigit() or c.scope.get("past"):
            return False  # (an earlier event's toll is kept apart by its time already)
        if int(start[0][:4]) > c.published.year - _OVER_YEARS:
            return False
    return True


def _placed_by_value(explicit: dict[tuple, list[Claim]], keys: list[tuple], unstated: list[Claim]) -> list[Claim]:
    """Among several stated values, the unstated claims when each has a value that
    only one stated value's claims have: each joins that one, and nothing is left.
    "Brandt was sentenced to 18 months" and "Hale to eight years", then "an
    18-month suspended sentence" and "Sentence: eight years": the two unnamed terms
    repeat the two named ones, no rival pair. When some unstated claim fits no
    stated value, they all stay together, as before: their difference may be real."""
    values = {k: {compare.nominal(c.mention.value) for c in explicit[k]} for k in keys}
    placed = []
    for c in unstated:
        n = compare.nominal(c.mention.value)
        fits = [k for k in keys if n in values[k]]
        if len(fits) != 1:
            return unstated
        placed.append(fits[0])
    for c, k in zip(unstated, placed):
        explicit[k].append(c)
    return []


def _told_apart(stated: list[Claim], unstated: list[Claim]) -> bool:
    """Whether a sentence states the qualifier with one value and leaves it out
    with another. "magnitude 9.0, far stronger than the magnitude 6.9 Kobe
    earthquake" names the quake it compares with: its unnamed 9.0 is another
    quake, and the other articles' unnamed claims are more likely that one too.
    Only within one sentence: across sentences an article may simply not repeat
    the qualifier ("30 killed in Kabul ... by evening the toll had risen to 35")."""
    by_sentence: dict[tuple[str, int], set] = defaultdict(set)
    for c in stated:
        m = c.mention
        by_sentence[m.article, m.sentence_index].add(compare.nominal(m.value))
    for c in unstated:
        m = c.mention
        values = by_sentence.get((m.article, m.sentence_index))
        if values is not None and compare.nominal(m.value) not in values:
            return True
    return False


def _ids(rule: str, fact: str, scope: dict, claims: list[Claim]) -> tuple[str, str]:
    """The fingerprint (values per article) and the signature (values alone),
    from one pass over the claims' nominal values."""
    nominals: dict[int, str] = {}  # by value object: claims often share one, and a repr costs
    pairs = set()
    for m in [c.mention for c in claims]:
        v = m.value
        n = nominals.get(id(v))
        if n is None:
            n = nominals[id(v)] = repr(compare.nominal(v))
        pairs.add((m.article, n))
    scope_items = sorted((k, tuple(v)) for k, v in scope.items())
    fingerprint = repr((rule, fact, scope_items, sorted(pairs))).encode()
    signature = repr((rule, fact, scope_items, sorted(set(nominals.values())))).encode()
    return hashlib.sha1(fingerprint).hexdigest()[:16], hashlib.sha1(signature).hexdigest()[:16]


def _scope_of(claims: list[Claim]) -> dict[str, tuple[str, ...]]:
    out: dict[str, set] = defaultdict(set)
    # the claims of a finding state only a few distinct qualifiers: merge each once
    for k, v in {item for c in claims for item in c.scope.items()}:
        out[k].update(v)
    return {k: tuple(sorted(v)) for k, v in sorted(out.items()) if v}


DIFFERENCES = ("compatible", "discrepancy")


def _verdict(rule: Rule, claims: list[Claim]) -> tuple[str, list[list[Claim]]]:
    if rule.kind in ("name", "quote"):
        return wording.text_verdict(claims)
    return compare.verdict(claims, rule.compare)


def _drops_agreement(rule: Rule) -> bool:
    """Whether the rule's claims can be dropped wherever they show no
    difference. Only for names and quotes, where a part has fewer spellings and
    fewer articles than the whole: when the whole shows no difference, no part
    can."""
    return not rule.report_agreement and rule.kind in ("name", "quote")


def late_dims(rule: Rule) -> frozenset[str]:
    """The scope qualifiers that ``group_findings`` reads only for claims in groups
    that show a difference: a rule that drops agreement (see ``_drops_agreement``)
    drops every group that shows none before it splits any by its loose qualifiers.
    The engine may leave these out of a claim until ``group_findings`` asks
    (``complete``): most quotations agree, and their speakers are never read."""
    if not _drops_agreement(rule) or any(mode == "joint" for mode in rule.scope.values()):
        return frozenset()
    return frozenset(d for d, mode in rule.scope.items() if mode not in ("strict", "required"))


_NO_DISAGREEMENT = {
    "agree": "Sources agree on the {fact}",
    "compatible": "Sources can all be right on the {fact}: their values differ in precision or bounds, "
                  "or some state other values besides",
    "single_source": "One source states the {fact}",
}


def _day(c: Claim) -> str | None:
    """The day a claim was told: its article's publication day."""
    return c.published.isoformat() if c.published is not None else None


def _days(claims: list[Claim]) -> dict[str | None, list[Claim]]:
    out: dict[str | None, list[Claim]] = defaultdict(list)
    for c in claims:
        out[_day(c)].append(c)
    return out


def by_first_day(groups: list[list[Claim]]) -> list[list[Claim]]:
    """The sides of a discrepancy in the order the news came in: by the earliest
    publication day among each side's sources, sides with no dated source last;
    sides of one day (or none) keep their order (by value), so a toll that rose
    reads in the order it rose and the order stays the same from run to run."""
    def first(g: list[Claim]) -> tuple:
        days = [c.published for c in g if c.published is not None]
        return (0, min(days)) if days else (1,)
    return sorted(groups, key=first)


def between_days(rule: Rule, claims: list[Claim]) -> dict[str, list[Claim]] | None:
    """The claims by the day they were told, when sources differ only between days
    (each day's sources agreeing among themselves), else None.

    A toll of 127 told on Tuesday and 132 on Wednesday is still a discrepancy
    between the sources (DESIGN.md), but the finding says the news may have moved
    on, so that an editor sees the update. Only for facts that news updates (the
    rule's ``moves_with_news``: tolls, the missing, a search area; not a quake's
    depth or a fine), and only when every claim's day is known."""
    if not rule.moves_with_news:
        return None
    days = _days(claims)
    if len(days) < 2 or None in days:
        return None
    whole: list[list[Claim]] = []  # the claims of every day clustered together, once, when a day needs them
    for day, cs in days.items():
        verdict, groups = _verdict(rule, cs)
        if verdict == "discrepancy" and len({c.mention.article for c in cs}) > 1:
            return None
        if len(groups) > 1:
            whole = whole or compare.clusters(claims, rule.compare)
            if not _told_again(day, groups, days, whole):
                return None
    return days if _moved(days) else None


def _told_again(day: str, groups: list[list[Claim]], days: dict[str, list[Claim]],
                whole: list[list[Claim]]) -> bool:
    """Whether a day whose sources give several figures agrees with itself all the same: every
    figure but the day's own (one that every source of the day gives) is another day's, told
    again ("71 injured, up from the 63 it announced on Sunday"), or a figure on the way within the
    run of the days' figures (a live blog's morning 34 before its evening 41). A second figure
    outside it ("12 killed" and "35,000 killed since 2009" on one day) is a difference in that day.
    ``whole``: the clusters of every day's claims together."""
    n = len({c.mention.article for g in groups for c in g})
    others = [c for d, cs in days.items() if d != day for c in cs]
    elsewhere = {id(c) for c in others}
    told = {id(c) for k in whole if any(id(c) in elsewhere for c in k) for c in k}
    own = [g for g in groups if not any(id(c) in told for c in g)]
    if not own:
        return True
    # the day's own figure, told by every source of the day; any other only a figure on the way,
    # within the run the other days and that one span (a live blog's "34" of the morning before
    # its "41" of the evening, between the day before's 27 and the 41)
    full = [g for g in own if len({c.mention.article for c in g}) == n]
    values = [c.mention.value for g in own for c in g] + [c.mention.value for c in others]
    if not all(isinstance(x, (int, float)) for v in values for x in (v.low, v.high)):
        return len(own) == 1 and bool(full)
    if len(full) > 1:
        return _on_the_way(day, full, own, days)
    base = [c.mention.value for c in others + (full[0] if full else [])]
    low, high = min(v.low for v in base), max(v.high for v in base)
    return all(low <= c.mention.value.low and c.mention.value.high <= high
               for g in own if not (full and g is full[0]) for c in g)


def _on_the_way(day: str, full: list[list[Claim]], own: list[list[Claim]], days: dict[str, list[Claim]]) -> bool:
    """``_told_again`` for a day where several figures are told by every source (a live blog
    alone on its day tells each), so that none is plainly the day's own: some one of them is,
    when each other figure of the day lies between it and a figure of the nearest day before
    (or, for the first day, after): the blog's morning 17 between the day before's 15 and its
    evening 19. Figures compared as stated ("pass 4,000" is 4,000), so that a figure of another
    place told the same day (Mozambique's 1,900 beside Malawi's 4,498) reads as no step on the way."""
    def point(c: Claim) -> float:
        v = c.mention.value
        core = compare.stated_figure(v, (v.low, v.high))
        return (v.low + v.high) / 2 if core is None else core
    earlier = [d for d in days if d < day]
    near = max(earlier) if earlier else min(d for d in days if d > day)
    neighbours = [point(c) for c in days[near]]
    for mine in full:
        ends = [point(c) for c in mine]
        if all(any(min(p, q) <= x <= max(p, q) for p in neighbours for q in ends)
               for g in own if g is not mine for x in map(point, g)):
            return True
    return False


def _moved(days: dict[str, list[Claim]]) -> bool:
    """Whether figures told day by day, each day's agreeing, read as news that moved: they run one
    way (up, or down), or some day's figure is one two sources agree on ("10 missing", then 15
    told by two, then 8 found alive); and no day's figure is one source's alone that differs from
    the one figure of the days before and after it (287, 278, 287: an odd value amid equal ones,
    a discrepancy, no update). Figures that are no numbers read as moved."""
    spans, sources = [], []
    for _, cs in sorted(days.items()):
        lows, highs = [c.mention.value.low for c in cs], [c.mention.value.high for c in cs]
        if not all(isinstance(x, (int, float)) for x in (*lows, *highs)):
            return True
        spans.append((min(lows), max(highs)))
        sources.append(len({c.mention.article for c in cs}))

    def apart(a: tuple, b: tuple) -> int:
        """1 when ``b`` lies above ``a``, -1 below, 0 when they meet."""
        return 1 if b[0] > a[1] else -1 if b[1] < a[0] else 0

    steps = {apart(a, b) for a, b in zip(spans, spans[1:])}
    if {1, -1} <= steps and max(sources) < 2:
        return False
    return not any(sources[i] == 1 and apart(spans[i - 1], spans[i + 1]) == 0
                   and apart(spans[i - 1], spans[i]) and apart(spans[i], spans[i + 1])
                   for i in range(1, len(spans) - 1))


Replaced = dict[str, set[tuple]]  # article -> the nominal values it gives as figures an update replaced


def _replaced(partitions: dict[tuple, list[Claim]]) -> dict[tuple, Replaced]:
    """Each partition's figures that an update replaced (``past`` ``earlier``: "rose to 61 from 58"),
    by article, keyed as the partition of the day's figures with the same unit and strict scope."""
    out: dict[tuple, Replaced] = {}
    for key, claims in partitions.items():
        if key[1] == _EARLIER:
            by_article = out.setdefault(key[:1] + key[2:], defaultdict(set))
            for c in claims:
                by_article[c.mention.article].add(compare.nominal(c.mention.value))
    return out


def _updated(claims: list[Claim], replaced: Replaced) -> tuple[str, ...] | None:
    """Notes saying how the sources' different figures are an update told by a source itself, when
    every two sources that share no figure are such a pair: one gives all the other's figures as
    the ones it replaced ("up from 58") and was not published before it. None otherwise."""
    vals: dict[str, set[tuple]] = defaultdict(set)
    texts: dict[str, list[str]] = defaultdict(list)
    day: dict[str, object] = {}
    for c in claims:
        m = c.mention
        vals[m.article].add(compare.nominal(m.value))
        texts[m.article].append(m.text)
        day[m.article] = c.published
    olds: dict[str, list[str]] = defaultdict(list)
    articles = sorted(vals)
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            if vals[a] & vals[b]:
                continue
            for new, old in ((a, b), (b, a)):
                if vals[old] <= replaced.get(new, set()) and not (
                        day[new] is not None and day[old] is not None and day[new] < day[old]):
                    olds[new].append(old)
                    break
            else:
                return None
    return ("a source gives the other figure as the one it replaced, an update: " + "; ".join(
        f"{new}: {' / '.join(dict.fromkeys(texts[new]))}, replacing "
        + ", ".join(f"{' / '.join(dict.fromkeys(texts[old]))} ({old})" for old in olds[new]) for new in sorted(olds)),)


@lru_cache(maxsize=1)
def _weekday_names() -> tuple[dict[str, int], dict[int, str]]:
    """calendar.yaml ``weekdays``: each form -> its number, and each number -> its full name."""
    forms = vocabulary().weekdays
    full: dict[int, str] = {}
    for form, n in forms.items():
        if len(form) > len(full.get(n, "")):
            full[n] = form
    return forms, {n: name.capitalize() for n, name in full.items()}


WEEKDAY_SLIPS = "a weekday its date does not fall on (the date is read as stated): "


def _weekday_slips(claims: list[Claim]) -> list[str]:
    """The claims whose day and month come with a weekday that their date does not fall on
    ("Wednesday, 15 October" when 15 October 2026 is a Thursday): "article: text (date is a
    Thursday)". The date stands as stated; a careful reader notes the slip."""
    return weekday_slips(c.mention for c in claims)


def weekday_slips(mentions: Iterable[Mention]) -> list[str]:
    """``_weekday_slips`` of mentions, of any rule or none (the report's note: engine.run)."""
    forms, names = _weekday_names()
    out = []
    for m in mentions:
        if m.kind != "date":
            continue
        v, text = m.value, m.text
        if v.granularity != "day" or v.low != v.high or not isinstance(v.low, str) or v.low.startswith("-") \
                or " " not in text:
            continue
        n = forms.get(text.split(None, 1)[0].rstrip(".,").lower())
        if n is None:
            continue
        day = dt.date.fromisoformat(v.low)
        if day.weekday() != n:
            out.append(f"{m.article}: {text} ({v.low} is a {names[day.weekday()]})")
    return list(dict.fromkeys(out))


def _finding(rule: Rule, fact: str, claims: list[Claim], order: dict[str, int],
             notes: tuple[str, ...] = (), replaced: Replaced | None = None) -> Finding | None:
    """The finding for one group of claims; None when its rule reports only
    differences and the claims show none. ``replaced``: the figures each source gives as replaced
    by an update, which explain a difference (``_updated``)."""
    dim = rule.compared
    # The verdict does not depend on the claims' order, so a rule that keeps only
    # differences (names: thousands of claims, nearly all agreeing) learns it
    # before sorting and describing anything.
    if dim is None and _drops_agreement(rule) and not wording.text_differs(claims):
        return None
    in_reading_order = compare.reading_order(claims, order)
    claims = sorted(claims, key=in_reading_order)
    verdict, groups = compared.verdict(claims, dim) if dim else _verdict(rule, claims)
    updated = None
    if verdict == "discrepancy" and replaced and (updated := _updated(claims, replaced)) is not None:
        verdict, notes = "compatible", notes + updated
    if rule.kind == "time" and verdict != "single_source" and (zone := compare.assumed_zone(claims)) is not None:
        notes = notes + (f"the times with no zone are read in {zone}, the one place's zone a source states",)
    if verdict == "discrepancy" and (days := between_days(rule, claims)) is not None:
        notes = notes + ("the sources differ only between days, each day's agreeing; a later figure may "
                         "update an earlier one: " + "; ".join(
                             f"{day}: {' / '.join(dict.fromkeys(c.mention.text for c in cs))}"
                             for day, cs in sorted(days.items())),)
    if rule.kind == "date" and (slips := _weekday_slips(claims)):
        notes = notes + (WEEKDAY_SLIPS + "; ".join(slips),)
    # a compared value left unstated, or two stated by one source, shows no difference
    if not rule.report_agreement and verdict not in (("discrepancy",) if dim else DIFFERENCES):
        return None
    if verdict == "discrepancy":
        groups = by_first_day(groups)
    if dim:
        described = compared.describe(groups, dim, in_reading_order)
        notes = notes + compared.unstated_note(claims, dim)
    else:
        if verdict == "compatible" and rule.kind in ("name", "quote"):
            claims = [c for g in groups for c in g]  # only the claims that show the difference
        described = compare.describe_groups(groups, in_reading_order)
    message = rule.message
    if verdict == "discrepancy" or (verdict == "compatible" and rule.kind in ("name", "quote")):
        message += ": " + "; ".join(f"{' and '.join(g.articles)}: {g.value}" for g in described)
    elif rule.kind not in ("name", "quote"):
        # the rule's message says how sources disagree; these findings say they do not
        message = _NO_DISAGREEMENT[verdict].format(fact=fact)
    # names and quotes are compared by their words, on no axis: none is left off one
    unresolved = 0 if rule.kind in ("name", "quote") else len(claims) - sum(map(len, groups))
    if verdict == "compatible" and len(groups) > 1 and rule.kind not in ("name", "quote") and updated is None:
        notes = notes + ("every source states a value in one group; the others are values some source states "
                         "besides, probably of other facts: " + "; ".join(
                             f"{' and '.join(g.articles)}: {g.value}" for g in described),)
    if unresolved:
        notes = notes + (f"{unresolved} claim(s) could not be placed on the axis",)
    scope = _scope_of(claims)
    fingerprint, signature = _ids(rule.id, fact, scope, claims)
    return trusted(Finding, 
        id=fingerprint, signature=signature, rule=rule.id, fact=fact, kind=rule.kind, verdict=verdict,
        severity=rule.severity if verdict == "discrepancy" else "info", message=message, scope=scope,
        claims=tuple(claims), groups=described, notes=notes,
    )


def _joint_findings(rule: Rule, fact: str, groups: list[list[Claim]], dim: str, order) -> list[Finding]:
    """A claim about a wider set (talks with Putin *and* Lavrov) against claims about its parts."""
    by_set = {}
    for g in groups:
        s = frozenset(g[0].scope.get(dim, ()))
        first = g[0].scope.get(dim, ())
        # the same tuple is the same set; only other tuples need a set built
        if s and all(c.scope.get(dim, ()) == first or frozenset(c.scope.get(dim, ())) == s for c in g):
            by_set[s] = g
    out = []
    for wide, wide_claims in sorted(by_set.items(), key=lambda kv: sorted(kv[0])):
        parts = [(s, g) for s, g in by_set.items() if s < wide and len(s) >= 2]
        if not parts:
            continue
        parts.sort(key=lambda sg: sorted(sg[0]))
        notes = [f"scope differs: {' + '.join(sorted(wide))} ({', '.join(sorted({c.mention.article for c in wide_claims}))})"
                 + "".join(f" vs {' + '.join(sorted(s))} ({', '.join(sorted({c.mention.article for c in g}))})" for s, g in parts)]
        covered = frozenset().union(*(s for s, _ in parts))
        if covered == wide and len(parts) > 1 and rule.kind in ("duration", "count", "money"):
            ivs = []
            for _, g in parts:
                axes = [compare.axis(c.mention.value) for c in g]
                axes = [a for a in axes if a]
                if axes:
                    ivs.append((max(a[0] for a in axes), min(a[1] for a in axes)))
            if len(ivs) == len(parts) and all(lo <= hi for lo, hi in ivs):
                lo, hi = compare.interval_sum(ivs)
                wide_axes = [compare.axis(c.mention.value) for c in wide_claims]
                fits = any(a and a[0] <= hi and lo <= a[1] for a in wide_axes)
                notes.append(f"the parts add up to {_fmt(lo, rule)}..{_fmt(hi, rule)}, "
                             + ("consistent with the wider claim" if fits else "which still differs from the wider claim"))
        claims = list(wide_claims) + [c for _, g in parts for c in g]
        f = _finding(rule, fact, claims, order, tuple(notes))
        if f is not None:
            out.append(f)
    return out


def _fmt(x: float, rule: Rule) -> str:
    if rule.kind == "duration":
        return f"{x / 3600:g} h"
    return f"{x:g}"


UNIT_KINDS = frozenset({"money", "count", "date"})


def _unit(m: Mention) -> str | None:
    """What keeps a mention's value apart from others of its fact before any comparison."""
    if m.kind == "date":
        # a date without its year cannot be shown to differ from one with a year
        return "no year" if str(m.value.low).startswith("--") else "year"
    # values in different units never meet: dollars and euros, seats and people
    return m.value.unit


_SITE = "venue"


def _sites_told_apart(claims: list[Claim]) -> bool:
    """Whether the sources tell a site's figure from another's: two sites named (the 89 killed
    at the Bataclan, the 15 at a cafe), or one source giving a site's figure and another figure
    with no site (89 at the Bataclan, 130 in all). Otherwise the one site named is where the
    whole event happened ("derailed on the curve at the Jalón river bridge, killing three
    people"), and its toll is the toll the other sources give with no site; so is a site where
    some source gives the figures another source tells apart from the site's (five "at the
    scene" inside the mall and six in all, and six "at the mall" in a later source: the six
    were killed at the mall, and the five is an earlier count of the same toll). An earlier
    event's figures are kept apart anyway and tell nothing here."""
    sites = {c.scope.get(_SITE, ()) for c in claims if not c.scope.get("past")}
    sites.discard(())
    if len(sites) != 1:
        return len(sites) > 1
    by_article: dict[str, dict[bool, set]] = defaultdict(lambda: defaultdict(set))
    for c in claims:
        if not c.scope.get("past"):
            by_article[c.mention.article][bool(c.scope.get(_SITE))].add(compare.nominal(c.mention.value))
    at_site = {v for values in by_article.values() for v in values[True]}
    return any(len(values) == 2 and not values[True] <= values[False] and not values[False] <= at_site
               for values in by_article.values())


def _partitions(rule: Rule, claims: list[Claim], stated: dict[tuple, set] | None = None) -> dict[tuple, list[Claim]]:
    """Claims by unit and strict scope: claims in two partitions never meet.
    With ``stated``, also each partition's distinct stated values, gathered
    in the same pass (a pass over thousands of claims costs). A strict site
    (``venue``) keeps nothing apart unless the sources tell sites apart
    (``_sites_told_apart``)."""
    strict = [d for d, mode in rule.scope.items() if mode in ("strict", "required")]
    if _SITE in strict and rule.scope[_SITE] == "strict" and not _sites_told_apart(claims):
        strict[strict.index(_SITE)] = ""  # no claim's scope holds "": every key has () there
    required = [d for d, mode in rule.scope.items() if mode == "required"]
    unstated = [()] * len(strict)
    partitions: dict[tuple, list[Claim]] = defaultdict(list)
    by_when = "when" in rule.scope
    # this runs once per claim: most rules have one strict qualifier or none,
    # which need no tuple built from an iterator
    one = strict[0] if len(strict) == 1 else None
    # counts of things the rule takes as one measure ("homes", "customers") meet whatever they count
    one_measure = rule.compare.one_measure
    for c in claims:
        scope = c.scope
        if required and not all(map(scope.get, required)):
            continue  # an age with no named person compares with nothing
        m = c.mention
        # a thing's age meets only the same thing's: "the 12-year-old aircraft" and "the 21-year-old
        # jet", never "the 40-year-old reactor" (its ``role``: what the thing is; a person's age has none)
        unit = ("count" if one_measure and m.kind == "count" else _unit(m)) if m.kind in UNIT_KINDS \
            else m.value.role if m.kind == "age" else None
        # an earlier event's value ("since 1996, when 35 people died") is strict for
        # every rule: it never meets the news of the day (scope.read_past)
        past = scope.get("past", ())
        if past == _INCREMENT:
            # an increment adds to a total stated elsewhere ("another 40", Tuesday's; "a
            # further 12", Wednesday's): two of them need not add to one total
            past = (INCREMENT, m.article, str(m.start))
        elif by_when and past and past[0].startswith(DAY_FIGURE):
            # a rule that reads a value's day (``when``) tells days' figures apart itself
            past = ()
        if one is not None:
            key = (unit, past, scope.get(one, ()))
        elif strict:
            key = (unit, past, *map(scope.get, strict, unstated))
        else:
            key = (unit, past)
        partitions[key].append(c)
        if stated is not None:
            stated[key].add(m.value.stated)
    return partitions


def _past_date(past: tuple) -> str | None:
    """An earlier time as a date key ("2013", "2013-07", "2013-07-24"), else None."""
    if len(past) != 1:
        return None
    key = past[0]
    return key if len(key) in (4, 7, 10) and key[:4].isdigit() and key[:1] in "12" else None


def _merge_past_grains(partitions: dict[tuple, list[Claim]], stated: dict[tuple, set] | None
                       ) -> tuple[dict[tuple, list[Claim]], dict[tuple, set] | None]:
    """The partitions of one earlier event dated at a year's, a month's or a day's grain merged
    ("the 2013 derailment", "the July 2013 derailment", "July 24, 2013, when 80 died"): the keys
    of one year that nest, each inside the next, are one event, keyed as the finest. Two months
    of one year ("July 2013", "November 2013") are two events, and the year alone joins neither."""
    years: dict[tuple, list[str]] = defaultdict(list)
    for key in partitions:
        date = _past_date(key[1])
        if date is not None:
            years[(key[0], date[:4], *key[2:])].append(date)
    moves: dict[tuple, tuple] = {}
    for (unit, _, *rest), dates in years.items():
        if len(dates) < 2:
            continue
        dates.sort(key=len)
        if any(not b.startswith(a) for a, b in zip(dates, dates[1:])):
            continue
        finest = (unit, (dates[-1],), *rest)
        for d in dates[:-1]:
            moves[(unit, (d,), *rest)] = finest
    if not moves:
        return partitions, stated
    return _rekeyed(partitions, stated, lambda key: moves.get(key, key))


def _rekeyed(partitions: dict[tuple, list[Claim]], stated: dict[tuple, set] | None,
             new_key: Callable[[tuple], tuple]) -> tuple[dict[tuple, list[Claim]], dict[tuple, set] | None]:
    """The partitions keyed anew by ``new_key``: those given one key merged, with their stated qualifiers."""
    merged: dict[tuple, list[Claim]] = defaultdict(list)
    merged_stated: dict[tuple, set] | None = defaultdict(set) if stated is not None else None
    for key, claims in partitions.items():
        k = new_key(key)
        merged[k] += claims
        if merged_stated is not None:
            merged_stated[k] |= stated[key]
    return merged, merged_stated


def _aliased(value: tuple, aliases: dict[str, str] | None) -> tuple:
    return tuple(aliases.get(x, x) for x in value) if aliases and value else value


def _name_aliases(claims: list[Claim]) -> dict[str, dict[str, str]] | None:
    """For a rule of names: the surname (``name``) and given name (``given``) that stand
    for each variant spelling of one ("Aizawa" / "Aisawa"), None when no name has
    another spelling; see ``wording.spelling_aliases``."""
    givens: dict[str, set[str]] = defaultdict(set)
    others: dict[str, set[frozenset]] = defaultdict(set)  # each name's words before its surname
    for c in claims:
        scope = c.scope
        before = frozenset(str(c.mention.value.stated).lower().split()[:-1])
        for surname in scope.get("name", ()):
            givens[surname].update(scope.get("given", ()))
            others[surname].add(before)
    surnames, given = wording.spelling_aliases(givens, others)
    return {"name": surnames, "given": given} if surnames or given else None


def _tail_aliases(claims: list[Claim], dim: str) -> dict[str, str] | None:
    """Each stated name whose last words are another stated name, to the shortest such,
    when the words before that tail hold an event noun (data/nouns.yaml ``event_nouns``):
    "Hurricane Lorna" and "Lorna", "Tropical Storm Lorna" and "Lorna" name one storm, but
    "North Carolina" and "Carolina" need not be one place's vote. None when no name is
    another's tail."""
    names = {n for c in claims for n in c.scope.get(dim, ())}
    if len(names) < 2:
        return None
    nouns = vocabulary().event_nouns
    out = {}
    for n in sorted(names):
        words = n.split()
        for k in range(len(words) - 1, 0, -1):
            if (tail := " ".join(words[k:])) in names:
                if any(w.lower() in nouns for w in words[:k]):
                    out[n] = tail
                break
    return out or None


def _merge_aliased(rule: Rule, partitions: dict[tuple, list[Claim]], stated: dict[tuple, set] | None,
                   aliases: dict[str, dict[str, str]]) -> tuple[dict[tuple, list[Claim]], dict[tuple, set] | None]:
    """The partitions whose strict qualifiers are variant spellings of one merged: one
    pass over the partitions, a few hundred, rather than over every claim."""
    strict = [d for d, mode in rule.scope.items() if mode in ("strict", "required")]
    return _rekeyed(partitions, stated,
                    lambda key: key[:2] + tuple(_aliased(v, aliases.get(d)) for d, v in zip(strict, key[2:])))


def _compared_findings(rule: Rule, fact: str, claims: list[Claim], order: dict[str, int],
                       complete: Callable[[list[Claim]], list[Claim]] | None) -> list[Finding]:
    """The findings of a rule with a compared qualifier (``compared``): its quotations
    grouped by their words, then compared on that qualifier. A group of one article's
    claims cannot differ from another source, so its late qualifiers are never read."""
    others = [(d, mode) for d, mode in rule.scope.items() if mode in ("loose", "joint")]
    out = []
    partitions = _partitions(rule, claims)
    for key in sorted(partitions, key=repr):
        groups = [g for g in wording.same_words(partitions[key]) if len({c.mention.article for c in g}) > 1]
        if complete is not None:
            groups = list(map(complete, groups))
        for dim, mode in others:
            groups = [part for g in groups for part in _split(g, dim, mode)]
        out += filter(None, (_finding(rule, fact, g, order) for g in groups))
    return out


def group_findings(claims: list[Claim], rules: list[Rule], order: dict[str, int],
                   complete: Callable[[list[Claim]], list[Claim]] | None = None) -> list[Finding]:
    """The findings of the claims. ``complete``, when given, returns claims with the
    ``late_dims`` of their rule read (the claims come without them); otherwise the
    claims come with every qualifier."""
    by_id = {r.id: r for r in rules}
    facts: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        facts[(c.rule, c.fact)].append(c)
    findings: list[Finding] = []
    for (rule_id, fact), fact_claims in sorted(facts.items()):
        rule = by_id[rule_id]
        if rule.compared:
            findings += _compared_findings(rule, fact, fact_claims, order, complete)
            continue
        others = [(d, mode) for d, mode in rule.scope.items() if mode not in ("strict", "required")]
        # names and quotes that only report differences: a story's many agreeing
        # names are dropped before any splitting (see ``_drops_agreement``)
        stated = defaultdict(set) if _drops_agreement(rule) else None
        aliases = _name_aliases(fact_claims) if rule.kind == "name" else None
        partitions = _partitions(rule, fact_claims, stated)
        if aliases is not None:
            partitions, stated = _merge_aliased(rule, partitions, stated, aliases)
        partitions, stated = _merge_past_grains(partitions, stated)
        late = late_dims(rule)
        replaced = _replaced(partitions)
        if "event_name" in rule.scope and rule.scope["event_name"] not in ("strict", "required") \
                and (tails := _tail_aliases(fact_claims, "event_name")) is not None:
            aliases = {**(aliases or {}), "event_name": tails}
        for key in sorted(partitions, key=repr):
            groups = [partitions[key]]
            if stated is not None and not wording.stated_texts_differ(groups[0], stated[key]):
                continue
            if rule.kind == "quote":
                # one quotation first, then who said it: an unattributed quotation
                # joins the one speaker of its own wording, not every speaker's
                groups = wording.quote_clusters(groups[0])
            if late:
                # no part of a group that shows no difference shows one, so such a
                # group is dropped here, before its late qualifiers are read
                groups = [g for g in groups if wording.text_differs(g)]
                if complete is not None:
                    groups = list(map(complete, groups))
            for dim, mode in others:
                groups = [part for g in groups for part in _split(g, dim, mode, aliases and aliases.get(dim))]
            if rule.compare.max_ratio:
                groups = [part for g in groups for part in compare.magnitude_groups(g, rule.compare.max_ratio)]
            if rule.compare.max_gap:
                groups = [part for g in groups for part in compare.gap_groups(g, rule.compare.max_gap)]
            for g in groups:
                f = _finding(rule, fact, g, order, replaced=replaced.get(key[:1] + key[2:]) if key[1] == () else None)
                if f is not None:
                    findings.append(f)
            for dim, mode in others:
                if mode == "joint":
                    findings.extend(_joint_findings(rule, fact, groups, dim, order))
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=lambda f: (VERDICT_ORDER[f.verdict], f.fact, f.id))
