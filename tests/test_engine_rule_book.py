"""The rule book is made once per rule set: the same rule objects reuse it, and
any other rule set, even one loaded again from the same files, gets its own."""

from helpers import RULES, article

from factcheck import engine
from factcheck.rules import load_rules


def test_the_same_rules_reuse_their_book_and_other_rules_get_their_own():
    rules = load_rules([RULES])
    book = engine._rule_book(rules)
    assert engine._rule_book(list(rules)) is book
    assert engine._rule_book(rules[:-1]) is not book
    again = load_rules([RULES])
    assert engine._rule_book(again) is not book
    assert engine._rule_book(again) is engine._rule_book(again)


def test_a_reused_book_selects_the_claims_a_new_book_selects():
    rules = load_rules([RULES])
    a = article("a", "The quake killed 30 people in Kabul on Tuesday, police chief Ali Rahimi said.")
    b = article("b", "Talks between Putin and Kerry lasted four hours in Sochi on 12 May 2015.")
    first = engine.select_claims([a, b], rules)
    assert engine.select_claims([a, b], rules) == first  # the same rules: the book is reused
    assert engine.select_claims([a, b], load_rules([RULES])) == first  # a new book
