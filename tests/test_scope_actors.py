"""Who arrived or departed (scope ``actor``): an arrival is one person's or one team's, and
another's is another event; other events have no actor."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, article

RULES_IN_FORCE = load_rules([RULES])


def actors(text, rule="event-date"):
    return {c.mention.text: c.scope["actor"] for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == rule}


@pytest.mark.parametrize("text, span, actor", [
    # a person named as the subject, past a quotation, a speech verb or a relative word
    ('"We will not leave anyone behind," President Daniel Noboa said on arrival at the fire station on '
     'Wednesday morning.', "Wednesday", ("noboa",)),
    ("On Tuesday, Secretary of State John Kerry arrived in Sochi.", "Tuesday", ("kerry",)),
    ("Kerry arrived in Sochi on Tuesday for talks.", "Tuesday", ("kerry",)),
    ("The minister, who finally arrived on Friday, met the mayor.", "Friday", ("minister",)),
    # after the event's noun, or owning what arrived
    ("The arrival of Kerry in Sochi on Tuesday was delayed.", "Tuesday", ("kerry",)),
    ("Kerry's plane landed in Sochi on Tuesday.", "Tuesday", ("kerry",)),
    # a group by its head noun, singular
    ("Rescue workers from Colombia and Peru arrived on Thursday morning to join local teams.", "Thursday",
     ("worker",)),
    ("The Colombian rescue team, which arrived on Thursday with 36 members, found two bodies.", "Thursday",
     ("team",)),
    ("The delegation departed for Geneva on Monday.", "Monday", ("delegation",)),
    # a group's noun opening the sentence, capitalized, is the same group; responders who reached the scene arrived
    ("Officers reached the scene at 3:21 p.m., the chief said.", "3:21 p.m.", ("officer",)),
    ("Police officers reached the mall at 3:18 p.m. and shot him.", "3:18 p.m.", ("officer",)),
    # no actor told, or an event that is no one's own
    ("He arrived in Sochi on Tuesday.", "Tuesday", ()),
    ("The earthquake struck on Tuesday, officials said.", "Tuesday", ()),
    ("Russia annexed Crimea in March.", "March", ()),
])
def test_who_arrived_or_departed(text, span, actor):
    assert actors(text, "event-time" if "p.m." in span else "event-date")[span] == actor
