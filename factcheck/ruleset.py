"""Finding, checking and loading rule files.

Every problem in every file is collected with its ``file:line:column`` and
field path before anything runs, so one broken file never silently takes the
others down. Rules come from, in order (a later rule replaces an earlier one
with the same id): the rules shipped with factcheck, the project's ``rules/``
folder, the folders named in ``[tool.factcheck] rules`` of the project's
``pyproject.toml``, then ``--rules`` folders.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml
from pydantic import BaseModel, ValidationError

from factcheck import yamlio
from factcheck.errors import UserInputError
from factcheck.rules import Rule


class Problem(NamedTuple):
    path: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class RuleErrors(Exception):
    """Rule files with problems; the CLI prints one line per problem and exits 2."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


@dataclass
class Config:
    """``[tool.factcheck]`` of the project's pyproject.toml."""

    root: Path | None = None
    rules: list[Path] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    raw: dict = field(default_factory=dict)


def shipped_rules_dir() -> Path:
    """The rules that come with factcheck: the package factcheck.shipped_rules in
    an installed wheel, the repository's rules/ folder in a source checkout."""
    source = Path(__file__).resolve().parent.parent / "rules"
    if source.is_dir():
        return source
    try:
        return Path(str(resources.files("factcheck.shipped_rules")))
    except ModuleNotFoundError:
        raise UserInputError(str(source), "the shipped rules are missing from this installation") from None


def find_project(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` holding a pyproject.toml or a rules/ folder."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        if (d / "pyproject.toml").is_file() or (d / "rules").is_dir():
            return d
    return None


def read_config(root: Path | None) -> Config:
    if root is None or not (root / "pyproject.toml").is_file():
        return Config(root=root)
    path = root / "pyproject.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UserInputError(str(path), f"cannot read: {e}") from None
    section = data.get("tool", {}).get("factcheck", {})
    if not isinstance(section, dict):
        raise UserInputError(str(path), "[tool.factcheck] must be a table")
    rules = section.get("rules", [])
    disable = section.get("disable", [])
    if not (isinstance(rules, list) and all(isinstance(r, str) for r in rules)):
        raise UserInputError(str(path), "[tool.factcheck] rules must be a list of folders")
    if not (isinstance(disable, list) and all(isinstance(r, str) for r in disable)):
        raise UserInputError(str(path), "[tool.factcheck] disable must be a list of rule ids")
    return Config(root=root, rules=[root / r for r in rules], disable=list(disable), raw=section)


def rule_dirs(extra: list[Path], config: Config) -> list[Path]:
    dirs = [shipped_rules_dir()]
    if config.root is not None and (config.root / "rules").is_dir():
        dirs.append(config.root / "rules")
    dirs += config.rules + list(extra)
    out, seen = [], set()
    for d in dirs:
        key = d.resolve()
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def rule_files(d: Path) -> list[Path]:
    if not d.is_dir():
        raise UserInputError(str(d), "rules directory does not exist")
    return sorted(p for p in d.glob("*.yaml") if not p.name.endswith(".test.yaml"))


# --- checking one file --------------------------------------------------------


def check_file(path: Path) -> tuple[Rule | None, list[Problem]]:
    """The rule in ``path`` and every problem found in it."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [Problem(name, 1, 1, "", "not UTF-8 text")]
    except OSError as e:
        return None, [Problem(name, 1, 1, "", f"cannot read: {e.strerror or e}")]
    try:
        data = yamlio.load(text, keep=True)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem(name, line, col, "", f"not valid YAML: {getattr(e, 'problem', None) or e}")]
    except ValueError as e:  # a date such as 2015-02-30
        return None, [Problem(name, 1, 1, "", f"not a valid value: {e}")]
    if data is None:
        return None, [Problem(name, 1, 1, "", "empty rule file")]
    if not isinstance(data, dict):
        return None, [Problem(name, 1, 1, "", "a rule file must be a mapping of fields")]
    try:
        return Rule.model_validate(data), []
    except ValidationError as e:
        node = yamlio.compose(text)  # positions of the problems; a valid file never needs them
        problems = []
        for err in e.errors():
            loc = [str(x) for x in err["loc"]]
            at_key = err["type"] == "extra_forbidden" or loc[-1:] == ["[key]"]
            line, col = _position(node, [x for x in loc if x != "[key]"], at_key)
            problems.append(Problem(name, line, col, ".".join(loc) or "rule", _message(err, loc)))
        return None, sorted(set(problems))


def _message(err: dict, loc: list[str]) -> str:
    if err["type"] == "extra_forbidden":
        known = _field_names(loc[:-1])
        close = difflib.get_close_matches(loc[-1], known, n=1, cutoff=0.6)
        hint = f" - did you mean '{close[0]}'?" if close else f" (known: {', '.join(sorted(known))})"
        return f"unknown key '{loc[-1]}'{hint}"
    if err["type"] == "missing":
        return "required field is missing"
    msg = err["msg"]
    return msg[len("Value error, "):] if msg.startswith("Value error, ") else msg


def _field_names(loc: list[str]) -> list[str]:
    model: type[BaseModel] = Rule
    for part in loc:
        f = model.model_fields.get(part)
        ann = getattr(f, "annotation", None) if f else None
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            model = ann
        else:
            return []
    return list(model.model_fields)


def _position(node, loc: list[str], at_key: bool = False) -> tuple[int, int]:
    """Line and column of the YAML node at ``loc`` (a key that is unknown or a value that is wrong)."""
    best = node
    for part in loc:
        nxt = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if str(k.value) == part:
                    nxt = (k, v)
                    break
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            nxt = (node.value[int(part)], node.value[int(part)])
        if nxt is None:
            break
        key_node, node = nxt
        last = part is loc[-1]
        best = key_node if at_key or not last or isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) else node
    mark = best.start_mark
    return mark.line + 1, mark.column + 1


# --- a whole rule set -----------------------------------------------------------


@dataclass
class RuleSet:
    rules: list[Rule]
    sources: dict[str, Path]
    problems: list[Problem]


def load_ruleset(dirs: list[Path], disable: list[str] = ()) -> RuleSet:
    """Check every file in ``dirs``; later folders override earlier ones by id."""
    chosen: dict[str, tuple[Rule, Path]] = {}
    problems: list[Problem] = []
    for d in dirs:
        seen_here: dict[str, Path] = {}
        for f in rule_files(d):
            rule, found = check_file(f)
            problems += found
            if rule is None:
                continue
            if rule.id in seen_here:
                problems.append(Problem(str(f), 1, 1, "id", f"duplicate rule id '{rule.id}', also in {seen_here[rule.id]}"))
                continue
            seen_here[rule.id] = f
            chosen[rule.id] = (rule, f)
    for rid in disable:
        chosen.pop(rid, None)
    ordered = sorted(chosen.values(), key=lambda rf: rf[0].id)
    return RuleSet([r for r, _ in ordered], {r.id: f for r, f in ordered}, problems)
