"""Speed promises a rule may make, compiled for match.py.

`start`: a stdlib-`re` pattern that matches where every match of the rule begins; the rule is
tried only there (one C-speed scan instead of the `regex` engine at every position).
`anchor` (+ `reach`): a pattern found inside every match; the rule runs only on the lines
around where it occurs (see `match.windows`).

A wrong promise loses matches without a word, so tests/test_rule_promises.py checks every
built-in promise on the rule examples and the corpus. And because a promise is written against
the macros as shipped, a built-in rule's promises are dropped when a user's folder redefines a
macro its pattern uses: the rule then runs everywhere, as a rule without promises does.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, NoReturn

import regex

from . import prefilter

if TYPE_CHECKING:
    from .ruleset import RuleSpec

_PLACEHOLDER = regex.compile(r"<<([A-Za-z_][A-Za-z0-9_]*)>>")
Expand = Callable[..., str]  # ruleset._expand with the macros and lexicons bound


def _fail(message: str) -> NoReturn:
    from .ruleset import RuleError  # ruleset imports this module: import at call time

    raise RuleError(message)


def _macros_used(pattern: str, macros: dict[str, str], seen: set[str]) -> set[str]:
    for name in _PLACEHOLDER.findall(pattern):
        if name in macros and name not in seen:
            seen.add(name)
            _macros_used(macros[name], macros, seen)
    return seen


def kept(spec: RuleSpec, builtin: bool, user_macros: set[str], macros: dict[str, str]) -> bool:
    """Does the rule keep its promises? A user's rule always (its author wrote them against
    the macros as loaded); a built-in rule unless a user redefined a macro it uses."""
    if spec.start is None and spec.anchor is None:
        return False
    if not builtin or not user_macros:
        return True
    return not (_macros_used(spec.pattern, macros, set()) & user_macros)


def compile_start(spec: RuleSpec, compiled: regex.Pattern, expand: Expand,
                  where: str) -> re.Pattern | None:
    if spec.start is None:
        return None
    where += ": start"
    if prefilter.anchored(compiled.pattern):
        _fail(f"{where}: a pattern using \\K, ^, \\A or \\G reports matches that need not "
              "begin where it is tried; use `anchor` instead")
    pattern = expand(spec.start, where=where)
    try:
        start = re.compile(pattern)  # no flags inherited: `re` scans far slower case-blind
    except re.error as e:
        _fail(f"{where}: not a pattern Python's `re` module compiles: {e}")
    if start.match(""):
        _fail(f"{where}: matches the empty string, so it filters nothing")
    return start


def compile_anchor(spec: RuleSpec, flags: int, expand: Expand,
                   where: str) -> re.Pattern | regex.Pattern | None:
    """The compiled anchor, with the rule's own flags: stdlib `re` for plain terms (it scans
    for literals and lexicon tries faster), `regex` when there are lookarounds or the rule is
    case-blind (faster there)."""
    if spec.anchor is None:
        return None
    pattern = expand(spec.anchor, where=where + ": anchor")
    try:
        compiled = regex.compile(pattern, flags)
    except regex.error as e:
        _fail(f"{where}: invalid anchor: {e}")
    if compiled.match(""):
        _fail(f"{where}: the anchor matches the empty string, so it anchors nothing")
    if "(?<" in pattern or "(?=" in pattern or "(?!" in pattern or flags & re.IGNORECASE:
        return compiled  # `re` is slower on these; case-blind, several times slower
    try:
        return re.compile(pattern, flags)  # regex's flag values are re's for these two
    except re.error:
        return compiled
