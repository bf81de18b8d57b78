"""report.md shows a name's qualifiers as the articles write them, not as folded keys."""

from helpers import article, report

from factcheck.report import markdown


def test_a_name_findings_scope_is_shown_as_written():
    r = report(article("a", "Kremlin adviser Yury Ushakov said the talks were useful."),
               article("b", "Kremlin adviser Yuri Ushakov said the talks were useful."),
               article("c", "President Bashar al-Assad met the envoy."),
               article("d", "President Bashar Assad met the envoy."))
    text = markdown.render(r)
    assert "Scope: given: Yuri; name: Ushakov" in text  # as its first claim writes it
    assert "Yuri Ushakov [name: Ushakov; given: Yuri]" in text
    assert "Bashar al-Assad [name: al-Assad; given: Bashar]" in text
    # the folded keys stay the report's JSON contract and the findings' signatures
    (f,) = [f for f in r.findings if f.scope.get("name") == ("ushakov",)]
    assert f.scope["given"] == ("iuri",)
    assert "iuri" not in text


def test_other_findings_scopes_are_shown_unchanged():
    r = report(article("a", 'Mr. Petrov said: "We are ready to talk about the future of the region."'),
               article("b", 'Mr. Petrov said: "We are prepared to talk about the future of the region."'))
    assert "Scope: speaker: Petrov" in markdown.render(r)
