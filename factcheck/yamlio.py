"""Safe YAML loading where only ``true`` and ``false`` are booleans.

YAML 1.1 reads ``on``, ``off``, ``yes``, ``no`` (any case) as booleans, so a
word list such as ``[in, on, at]`` or a trigger ``off`` (the coast) would
silently turn into ``True``/``False``. Vocabularies and rule files are word
lists, so factcheck reads them with this loader. Still ``SafeLoader``: no
tags, no code.
"""

from __future__ import annotations

import re

import yaml


class DataLoader(yaml.SafeLoader):
    pass


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


MAX_DEPTH = 50  # PyYAML composes recursively; deeper nesting would exhaust the stack


class TooDeep(yaml.YAMLError):
    def __init__(self):
        super().__init__(f"nested more than {MAX_DEPTH} levels deep")
        self.problem = f"nested more than {MAX_DEPTH} levels deep"


def _check_depth(text: str) -> None:
    """Refuse deeply nested flow collections before PyYAML recurses into them."""
    depth = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise TooDeep()
        elif ch in "]}":
            depth = max(0, depth - 1)


def load(text: str):
    _check_depth(text)
    return yaml.load(text, Loader=DataLoader)  # noqa: S506 - DataLoader is a SafeLoader


def compose(text: str):
    _check_depth(text)
    return yaml.compose(text, Loader=DataLoader)
