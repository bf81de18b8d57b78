"""Report writers, one module per format.

`factcheck report` writes ``markdown`` and ``json_report``; `factcheck check`
renders the findings that need attention in one of ``CHECK_FORMATS``, each a
``render(report, findings, acknowledged) -> str``.
"""

from factcheck.report import github, json_check, markdown_check, sarif, text

CHECK_FORMATS = {
    "text": text.render,
    "json": json_check.render,
    "markdown": markdown_check.render,
    "sarif": sarif.render,
    "github": github.render,
}
