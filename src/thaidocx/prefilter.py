"""Prefilters: where a rule's match may start, found by a fast scan instead of the full pattern.

Many rules begin with a lexicon (people.title_name: a title; the month rules: a month name or
a range word). The `regex` module is slow on such a leading alternation: it tries the whole
pattern at every position. For these rules the positions where a match may start are found
with a stdlib `re` search over the lead terms (several times faster on a trie, and a trie of
literals cannot backtrack); the rule itself, with its own pattern and time limit, is tried only
there. The matches are exactly those of `finditer`: every match starts where a lead term
starts, none is empty (a lead term consumes a character), and the scan resumes where the last
match ended.

The lead terms are read off the rule's pattern as written, and only where that is certain:
zero-width lookarounds are skipped; groups, alternatives, optional parts and macros are
followed; a literal or a lexicon is a lead term. Anything else first (a character class, an
escape such as \\s, an inline flag) gives no prefilter, nor do patterns with no lexicon among
their lead terms (the engine already searches fast for a leading literal).
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

import regex

_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_GROUP_OPEN = regex.compile(r"\(\?(?:P<\w+>|:)")
_PLACEHOLDER = regex.compile(r"<<([A-Za-z_][A-Za-z0-9_]*)>>")


def _class_end(p: str, i: int) -> int:
    """Index just past the character class opening at p[i] == "["."""
    j = i + 1
    if p[j:j + 1] == "^":
        j += 1
    if p[j:j + 1] == "]":  # a leading "]" is a literal
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _scan(p: str, start: int, end: int) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth before it) of the syntax characters in p[start:end], skipping
    escapes and character classes."""
    depth, j = 0, start
    while j < end:
        c = p[j]
        if c == "\\":
            yield j, p[j:j + 2], depth
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        yield j, c, depth
        depth += (c == "(") - (c == ")")
        j += 1


def _close(p: str, i: int) -> int:
    """Index just past the group opening at p[i] == "(", or -1."""
    for j, c, depth in _scan(p, i, len(p)):
        if c == ")" and depth == 1:
            return j + 1
    return -1


def anchored(p: str) -> bool:
    """Does the (expanded) pattern depend on where a search starts (^, \\A, \\G), or report
    a start other than where matching began (\\K)? Those rules run unfiltered."""
    return any(c in ("^", "\\A", "\\G", "\\K") for _, c, _ in _scan(p, 0, len(p)))


_QUANT = regex.compile(r"(?:[?*+]|\{(\d*)(?:,(\d*))?\})[?+]?")
_PLAIN = regex.compile(r"[^\\\[\](){}|.^$?*+<]")
MAX_DEPTH = 10

First = tuple[list[str], bool]  # (re patterns one of which starts every match, can be empty)


def first_atoms(pattern: str, macros: dict[str, str], lexicons: Mapping[str, Any]) -> list[str] | None:
    """Patterns one of which matches where any match of `pattern` (as written, with
    placeholders) starts: literal strings and lexicon tries. None when that is not certain
    (a character class, an escape like \\s, an inline flag …) or the pattern can match "".
    `lexicons` maps lexicon names to Lexicon objects (their `.pattern()` is the trie)."""
    found = _alternatives(pattern, 0, len(pattern), macros, lexicons, 0)
    if found is None or found[1] or not found[0]:
        return None
    return found[0]


def _alternatives(p: str, s: int, e: int, macros, lexicons, depth: int) -> First | None:
    cuts = [j for j, c, d in _scan(p, s, e) if c == "|" and d == 0]
    atoms: list[str] = []
    nullable = False
    for a, b in zip([s] + [c + 1 for c in cuts], cuts + [e]):
        found = _sequence(p, a, b, macros, lexicons, depth)
        if found is None:
            return None
        atoms += found[0]
        nullable |= found[1]
    return atoms, nullable


def _sequence(p: str, s: int, e: int, macros, lexicons, depth: int) -> First | None:
    atoms: list[str] = []
    i = s
    while i < e:
        item = _item(p, i, e, macros, lexicons, depth)
        if item is None:
            return None
        i, (found, nullable) = item
        atoms += found
        if not nullable:
            return atoms, False
    return atoms, True


def _quantified(p: str, j: int, found: First) -> tuple[int, First]:
    """The item ending at j, with its quantifier if any (a minimum of 0 makes it nullable)."""
    q = _QUANT.match(p, j)
    if q is None:
        return j, found
    zero = q.group()[0] in "?*" or (q.group()[0] == "{" and not int(q.group(1) or 0))
    return q.end(), (found[0], found[1] or zero)


def _item(p: str, i: int, e: int, macros, lexicons, depth: int) -> tuple[int, First] | None:
    if depth > MAX_DEPTH:
        return None
    if p.startswith(_LOOKAROUND, i):  # zero-width: the match starts with what follows
        j = _close(p, i)
        return None if j < 0 else _quantified(p, j, ([], True))
    if p[i] == "(":
        m = _GROUP_OPEN.match(p, i)
        inner = m.end() if m else i + 1 if p[i + 1:i + 2] != "?" else -1
        j = _close(p, i)
        if inner < 0 or j < 0:
            return None
        found = _alternatives(p, inner, j - 1, macros, lexicons, depth + 1)
        return None if found is None else _quantified(p, j, found)
    if p.startswith("<<", i):
        m = _PLACEHOLDER.match(p, i)
        if m is None:
            return None
        name = m.group(1)
        if name in macros:
            body = macros[name]
            found = _alternatives(body, 0, len(body), macros, lexicons, depth + 1)
        elif name in lexicons:
            found = ([lexicons[name].pattern()], False)
        else:
            return None
        return None if found is None else _quantified(p, m.end(), found)
    if p[i] == "\\" and i + 1 < e and not p[i + 1].isalnum():
        return _quantified(p, i + 2, ([re.escape(p[i + 1])], False))
    if not _PLAIN.match(p, i):
        return None  # a class, an escape such as \\s or \\u0E00, ".", an anchor: not certain
    j = i + 1  # a run of plain characters, none of them quantified, is one literal atom
    while j < e and _PLAIN.match(p, j) and not _QUANT.match(p, j + 1):
        j += 1
    if j == i + 1 and _QUANT.match(p, j):
        return _quantified(p, j, ([re.escape(p[i])], False))
    return j, ([re.escape(p[i:j])], False)


def compile_prefilter(atoms: list[str]) -> re.Pattern | None:
    """One stdlib re alternation of the atoms, or None: when no atom is a lexicon (the regex
    module already searches fast for a leading literal, and one short literal such as "ว" is
    too common to filter anything), when re cannot compile it, or when it matches "" (a
    lexicon term of dots only, in a compact lexicon): matches could then be empty."""
    if not any("(?:" in a for a in atoms):  # lexicon tries are groups; escaped literals never are
        return None
    try:
        first = re.compile("|".join(f"(?:{a})" for a in atoms))
    except re.error:
        return None
    return None if first.match("") else first
