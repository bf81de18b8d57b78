"""Safe YAML loading where only ``true`` and ``false`` are booleans.

YAML 1.1 reads ``on``, ``off``, ``yes``, ``no`` (any case) as booleans, so a
word list such as ``[in, on, at]`` or a trigger ``off`` (the coast) would
silently turn into ``True``/``False``. Vocabularies and rule files are word
lists, so factcheck reads them with this loader. Still ``SafeLoader``: no
tags, no code.

The vocabularies and the rule files are parsed by LibYAML (``CSafeLoader``, in
PyYAML's wheels) about ten times faster than by PyYAML's pure-Python parser, and
what was parsed once is kept (``disk_cache``). A document LibYAML refuses is parsed
again by the pure-Python loader, so error messages read the same whichever is present.
"""

from __future__ import annotations

import yaml

from factcheck import disk_cache, pattern_cache


class DataLoader(yaml.SafeLoader):
    pass


class FastDataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """``DataLoader`` on LibYAML's parser, where PyYAML was built with it."""


for _loader in (DataLoader, FastDataLoader):
    _loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", pattern_cache.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


MAX_DEPTH = 50  # PyYAML composes recursively; deeper nesting would exhaust the stack


class TooDeep(yaml.YAMLError):
    def __init__(self):
        super().__init__(f"nested more than {MAX_DEPTH} levels deep")
        self.problem = f"nested more than {MAX_DEPTH} levels deep"


_BRACKETS = pattern_cache.compile(r"[\[\]{}]")


def _check_depth(text: str) -> None:
    """Refuse deeply nested flow collections before PyYAML recurses into them."""
    if "[" not in text and "{" not in text:
        return  # no flow collections to count
    depth = 0
    for ch in _BRACKETS.findall(text):  # only the brackets: a loop over every character costs at start-up
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise TooDeep()
        elif ch in "]}":
            depth = max(0, depth - 1)


# Bump when what ``load`` makes of a text changes (the resolvers above), so that no
# document parsed the old way is taken from the cache
_LOADS = f"1|{yaml.__version__}".encode()


def load(text: str, keep: bool = False):
    """The data of a YAML document. With ``keep`` (the vocabularies and rule files,
    read at every start: parsing them was a fifth of starting a run), a document
    read before comes from ``disk_cache``; articles' metadata is never kept."""
    item = None
    if keep:
        item = disk_cache.name("yaml", _LOADS, text.encode("utf-8", "surrogatepass"))
        kept = disk_cache.read(item)
        if type(kept) is tuple and len(kept) == 2 and kept[0] == text:
            return kept[1]
    _check_depth(text)
    try:
        data = yaml.load(text, Loader=FastDataLoader)  # noqa: S506 - a SafeLoader
    except yaml.YAMLError:
        data = yaml.load(text, Loader=DataLoader)  # noqa: S506 - the same error, worded as always
    if item is not None:
        disk_cache.write(item, (text, data))
    return data


def compose(text: str):
    _check_depth(text)
    try:
        return yaml.compose(text, Loader=FastDataLoader)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=DataLoader)
