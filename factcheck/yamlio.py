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


def load(text: str):
    return yaml.load(text, Loader=DataLoader)  # noqa: S506 - DataLoader is a SafeLoader
