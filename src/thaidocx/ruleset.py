"""Rules as data: the TOML rule files in `rules/`, validated on load and compiled once.

A rule file may hold `macros` (named sub-patterns), `lexicons` (term -> value tables: month
names, multipliers, units, cue words, titles) and `rules` (each with an id, the Report field it
feeds, a pattern, and examples / counter-examples that a test checks). Unknown keys are errors.

Patterns are `regex`-module patterns; `<<name>>` inserts a macro or a lexicon (as an
alternation of its terms, longest first). Built-in rules ship inside the wheel and are read
through importlib.resources; `load_rules(extra_dirs)` adds a user's folders on top: a user rule
with a built-in rule's id replaces it, lexicon entries are added, macros are overridden.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Literal, Mapping, TypeVar

import re

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import prefilter, promises

Scalar = str | int | float | bool
T = TypeVar("T")
FieldName = Literal[
    "dates", "fiscal_years", "budgets", "participants", "title", "officials", "venues",
    "area", "objectives",
]
_PLACEHOLDER = regex.compile(r"<<([A-Za-z_][A-Za-z0-9_]*)>>")
MATCH_TIMEOUT_S = 5.0  # per rule and text: a safety net; patterns are written not to backtrack


class RuleError(ValueError):
    """A rule file is invalid; the message names the file and what is wrong."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_Strict):
    text: str
    expect: dict[str, Any] = {}


class LexiconSpec(_Strict):
    description: str = ""
    # How terms are compared: "exact", or "compact" (dots and spaces ignored: ม.ค. = มค = ม.ค).
    key: Literal["exact", "compact", "casefold"] = "exact"
    # Lines holding one of these terms are tokenized (token-level rules and groups need them).
    trigger: bool = False
    entries: dict[str, Scalar]


class RuleSpec(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
    field: FieldName
    description: str = ""
    pattern: str
    flags: list[Literal["IGNORECASE", "MULTILINE"]] = []
    priority: int = 0
    # Speed (see match.py): a pattern found inside every match of this rule (its unit, currency,
    # month name, cue …). The rule then runs only on the lines around where it occurs: the line
    # where an anchor starts and `reach` lines before and after (how far a match can extend
    # from its anchor's line). A promise the rule's author makes; tests check it on examples.
    anchor: str | None = None
    reach: int = Field(default=0, ge=0, le=10)
    # Speed: a stdlib-`re` pattern that matches where every match of this rule begins (its
    # first digits and what must follow them …). The rule is then tried only where it does.
    # Also a promise, checked by tests; not for patterns using \K, ^ or \A.
    start: str | None = None
    attrs: dict[str, Scalar] = {}
    examples: list[Example | str] = []
    counter_examples: list[str] = []

    @field_validator("examples")
    @classmethod
    def _as_examples(cls, v: list[Example | str]) -> list[Example | str]:
        return [Example(text=e) if isinstance(e, str) else e for e in v]


class RuleFile(_Strict):
    macros: dict[str, str] = {}
    lexicons: dict[str, LexiconSpec] = {}
    rules: list[RuleSpec] = []


def compact(term: str) -> str:
    return "".join(ch for ch in term if ch not in ". \t")


_KEYS = {"exact": lambda s: s, "compact": compact, "casefold": lambda s: s.casefold()}


@dataclass(frozen=True)
class Lexicon:
    name: str
    spec: LexiconSpec
    table: dict[str, Scalar] = field(default_factory=dict)
    _pattern: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def get(self, term: str, default: Scalar | None = None) -> Scalar | None:
        """Exact lookup after this lexicon's key normalization — never by substring."""
        return self.table.get(_KEYS[self.spec.key](term), default)

    def __contains__(self, term: str) -> bool:
        return _KEYS[self.spec.key](term) in self.table

    def pattern(self) -> str:
        """An alternation of the terms, longest first, tolerant of dots when key is compact."""
        cached = self._pattern.get("p")
        if cached is None:
            cached = self._pattern["p"] = self._build_pattern()
        return cached

    def _build_pattern(self) -> str:
        # A trie, not a flat alternation: with ~150 titles the flat form made the regex engine
        # try every term at every position; the trie shares prefixes (นาง / นางสาว -> นาง(?:สาว)?).
        trie: dict = {}
        for term in self.spec.entries:
            node = trie
            for unit in _term_units(term, self.spec.key):
                node = node.setdefault(unit, {})
            node[_END] = {}
        return "(?:" + (_trie_regex(trie) or "(?!)") + ")"


_END = ""  # marks the end of a term in the trie


def _term_units(term: str, key: str) -> list[str]:
    """The regex atoms of one term; "ม.ค." (compact key) also matches มค, ม.ค, มค. and ม. ค."""
    if key != "compact" or "." not in term:
        return [regex.escape(ch) for ch in term]
    parts = [p for p in term.split(".") if p]
    units: list[str] = []
    for i, part in enumerate(parts):
        if i:
            units.append(r"\.?\s?")
        units += [regex.escape(ch) for ch in part]
    if term.endswith("."):
        units.append(r"\.?")
    return units


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for unit, child in node.items() if unit != _END), default=0)


def _trie_regex(node: dict) -> str:
    # Deeper branches first: the longest term wins, as in a longest-first alternation.
    branches = sorted(((u, c) for u, c in node.items() if u != _END), key=lambda uc: -_depth(uc[1]))
    alts = [unit + _trie_regex(child) for unit, child in branches]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and len(branches[0][0]) <= 2 and _END not in node else \
        "(?:" + "|".join(alts) + ")"
    return body + "?" if _END in node else body


@dataclass(frozen=True)
class Rule:
    spec: RuleSpec
    regex: regex.Pattern
    origin: str
    # Where a match may start (the rule's lead lexicon, see prefilter.py), or None: run everywhere.
    first: re.Pattern | None = field(default=None, compare=False, repr=False)
    # Found inside every match (the spec's `anchor`, expanded and compiled), or None.
    anchor: re.Pattern | regex.Pattern | None = field(default=None, compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.spec.id

    @cached_property
    def group_names(self) -> tuple[str, ...]:
        return tuple(self.regex.groupindex)

    @cached_property
    def attrs(self) -> Mapping[str, Scalar]:
        """The spec's attrs, read-only: every match of the rule shares them."""
        return MappingProxyType(self.spec.attrs)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    lexicons: dict[str, Lexicon]
    origins: tuple[str, ...]
    # Objects parsers build from the rules (compiled cue patterns …), built once per RuleSet.
    _derived: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def derived(self, build: Callable[["RuleSet"], T]) -> T:
        """`build(self)`, computed once: a RuleSet is immutable, so is everything built from it."""
        try:
            return self._derived[build]
        except KeyError:
            value = self._derived[build] = build(self)
            return value

    def lexicon(self, name: str) -> Lexicon:
        try:
            return self.lexicons[name]
        except KeyError:
            raise RuleError(f"no lexicon named {name!r} (loaded from {', '.join(self.origins)})")

    def for_field(self, name: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.spec.field == name)

    def by_id(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    def trigger_regex(self) -> regex.Pattern | None:
        pats = [lx.pattern() for lx in self.lexicons.values() if lx.spec.trigger]
        return regex.compile("|".join(pats)) if pats else None


def _parse_file(name: str, data: bytes) -> RuleFile:
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise RuleError(f"{name}: not valid UTF-8 TOML: {e}") from e
    try:
        return RuleFile.model_validate(raw)
    except ValidationError as e:
        raise RuleError(f"{name}: {e}") from e


_BUILTIN_PREFIX = "thaidocx.rules/"


def _is_builtin(name: str) -> bool:
    return name.startswith(_BUILTIN_PREFIX)


def _builtin_files() -> list[tuple[str, bytes]]:
    root = resources.files("thaidocx.rules")
    out = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".toml"):
            out.append((_BUILTIN_PREFIX + entry.name, entry.read_bytes()))
    return out


def _dir_files(folder: Path) -> list[tuple[str, bytes]]:
    if not folder.is_dir():
        raise RuleError(f"{folder}: rules folder not found")
    files = sorted(folder.rglob("*.toml"))
    if not files:
        raise RuleError(f"{folder}: no *.toml rule files in this folder")
    return [(str(p), p.read_bytes()) for p in files]


def _expand(pattern: str, macros: dict[str, str], lexicons: dict[str, Lexicon], where: str,
            depth: int = 0) -> str:
    if depth > 10:
        raise RuleError(f"{where}: macros nest too deeply (a macro refers to itself?)")

    def sub(m: regex.Match) -> str:
        name = m.group(1)
        if name in macros:
            return "(?:" + _expand(macros[name], macros, lexicons, where, depth + 1) + ")"
        if name in lexicons:
            return lexicons[name].pattern()
        raise RuleError(f"{where}: unknown placeholder <<{name}>> (no macro or lexicon by that name)")

    return _PLACEHOLDER.sub(sub, pattern)


def _merge(files: list[tuple[str, bytes]]) -> RuleSet:
    macros: dict[str, str] = {}
    lex_specs: dict[str, LexiconSpec] = {}
    specs: dict[str, tuple[RuleSpec, str]] = {}
    user_macros: set[str] = set()  # macros a user's folder defines or redefines
    for name, data in files:
        rf = _parse_file(name, data)
        macros.update(rf.macros)
        if not _is_builtin(name):
            user_macros |= rf.macros.keys()
        for lname, lspec in rf.lexicons.items():
            if lname in lex_specs:  # a user folder adds terms to a built-in lexicon
                old = lex_specs[lname]
                lspec = old.model_copy(update={"entries": {**old.entries, **lspec.entries}})
            lex_specs[lname] = lspec
        seen_here: set[str] = set()
        for spec in rf.rules:
            if spec.id in seen_here:
                raise RuleError(f"{name}: rule id {spec.id!r} appears twice in this file")
            seen_here.add(spec.id)
            # Built-in files must not shadow each other; a user's folder may replace a built-in.
            if spec.id in specs and _is_builtin(name) and _is_builtin(specs[spec.id][1]):
                raise RuleError(f"{name}: rule id {spec.id!r} is already defined in {specs[spec.id][1]}")
            specs[spec.id] = (spec, name)
    lexicons = {
        n: Lexicon(n, s, {_KEYS[s.key](k): v for k, v in s.entries.items()})
        for n, s in lex_specs.items()
    }
    rules = []
    for spec, origin in specs.values():
        where = f"{origin}: rule {spec.id}"
        flags = 0
        for f in spec.flags:
            flags |= getattr(regex, f)
        try:
            compiled = regex.compile(_expand(spec.pattern, macros, lexicons, where), flags)
        except regex.error as e:
            raise RuleError(f"{where}: invalid pattern: {e}") from e
        expand = partial(_expand, macros=macros, lexicons=lexicons)
        keep = promises.kept(spec, _is_builtin(origin), user_macros, macros)
        start = promises.compile_start(spec, compiled, expand, where) if keep else None
        first = start if start is not None else _prefilter(spec, compiled, macros, lexicons)
        anchor = promises.compile_anchor(spec, flags, expand, where) if keep else None
        rules.append(Rule(spec, compiled, origin, first, anchor))
    rules.sort(key=lambda r: -r.spec.priority)
    return RuleSet(tuple(rules), lexicons, tuple(n for n, _ in files))


def _prefilter(spec: RuleSpec, compiled: regex.Pattern, macros: dict[str, str],
               lexicons: dict[str, Lexicon]) -> re.Pattern | None:
    if spec.flags or prefilter.anchored(compiled.pattern):
        return None
    atoms = prefilter.first_atoms(spec.pattern, macros, lexicons)
    return prefilter.compile_prefilter(atoms) if atoms else None


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> RuleSet:
    files = _builtin_files()
    for folder in extra:
        files += _dir_files(Path(folder))
    return _merge(files)


def load_rules(extra_dirs: list[str | Path] | tuple = ()) -> RuleSet:
    """The built-in rules plus any user folders (later folders win on the same rule id)."""
    return _load_cached(tuple(str(Path(d).resolve()) for d in extra_dirs))
