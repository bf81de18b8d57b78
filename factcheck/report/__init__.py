"""Report writers, one module per format.

`factcheck report` writes ``markdown`` and ``json_report``; `factcheck check`
renders the findings that need attention in one of ``CHECK_FORMATS``, each a
``render(report, findings, acknowledged) -> str``.
"""

from importlib import import_module

# format -> module in this package; only `factcheck check` needs these, so
# they are imported when ``CHECK_FORMATS`` is first asked for, not at start-up
_CHECK_MODULES = {"text": "text", "json": "json_check", "markdown": "markdown_check", "sarif": "sarif", "github": "github"}


def __getattr__(name: str):
    if name == "CHECK_FORMATS":
        formats = {fmt: import_module(f"{__name__}.{module}").render for fmt, module in _CHECK_MODULES.items()}
        globals()["CHECK_FORMATS"] = formats  # built once
        return formats
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
