"""Compiling patterns of literal terms (parsers, sections) with the stdlib `re` where it matches exactly as `regex`.

The cue patterns of the parsers are alternations of lexicon terms (Lexicon.pattern()) joined
with plain sets such as [ \\t]. For these the stdlib `re` scans Thai text 4-5 times faster
than the `regex` module, and a call costs a third as much. The project's rule still holds:
no \\b or \\w here (the stdlib's notion of a word breaks Thai), and any syntax that `re`
might read differently keeps the `regex` module.
"""
from __future__ import annotations

import re
from typing import Union

import regex

Pattern = Union[re.Pattern, regex.Pattern]
THAI_RANGE = "\u0e01-\u0e4e"  # the Thai letters, vowels and tone marks, as a set range

# The regex module's \s (the White_Space characters), for a stdlib set: the stdlib's \s also
# holds \x1c-\x1f. Every stdlib pattern of the project that means "white space" uses this.
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Syntax that only `regex` is sure to read as meant: escapes of letters and digits (but \t \n
# \r \f \v, and \s, translated), an escaped backslash, nested (so also POSIX) sets, fuzzy
# matching and version flags.
_REGEX_ONLY = re.compile(r"\\(?![tnrfvs]|[^0-9A-Za-z])|\\\\|\[\[|\{e|\(\?V")
_PIECE = re.compile(r"\\.|\[\^?\]?|\]|[^\\\[\]]+", re.DOTALL)  # escapes, set edges, the rest


def literal_regex(pattern: str) -> Pattern:
    """`pattern` compiled with `re` when nothing in it reads differently there, else `regex`."""
    if not _REGEX_ONLY.search(pattern):
        try:
            return re.compile(_stdlib_spaces(pattern))
        except re.error:
            pass
    return regex.compile(pattern)


def _stdlib_spaces(pattern: str) -> str:
    r"""`pattern` with each \s spelled as the characters `regex` means by it (raises re.error
    where a set is not plain enough to be sure: \s next to "-", a "[" inside)."""
    pieces = _PIECE.findall(pattern)
    out, in_set = [], False
    for i, piece in enumerate(pieces):
        if piece == r"\s" and in_set:
            after = pieces[i + 1] if i + 1 < len(pieces) else ""
            if out[-1].endswith("-") or after.startswith("-"):
                raise re.error("\\s next to '-' in a set")
            piece = WHITE_SPACE
        elif piece == r"\s":
            piece = "[" + WHITE_SPACE + "]"
        elif piece.startswith("["):
            if in_set:  # a "[" inside a set: keep it simple, let `regex` read it
                raise re.error("'[' inside a set")
            in_set = True
        elif piece == "]":
            in_set = False
        out.append(piece)
    return "".join(out)


# What a rule pattern may hold for `re` to read it as `regex` does: beyond what literal_regex
# lets through, \uXXXX and \xXX escapes and \A, \Z (the same in both, also with pos/endpos);
# no inline flags (case-blind matching differs in details), no set operations of V1.
_RULE_REGEX_ONLY = re.compile(r"\\(?![tnrfvsAZ]|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[^0-9A-Za-z])"
                              r"|\\\\|\[\[|\{e|\(\?[aiLmsuxV-]|--|&&|\|\||~~")
_RULE_FLAGS = int(regex.MULTILINE | regex.UNICODE | regex.V0)


def stdlib_twin(pattern: str, flags: int) -> re.Pattern | None:
    """`pattern` (a `regex` rule pattern with these flags) compiled with stdlib `re`, which
    matches it exactly as `regex` does and tries a place for about half the cost; None where
    that is not certain: case-blind rules, syntax only `regex` reads (variable-width
    lookbehinds, \\K, \\p{…} … make `re` fail to compile it)."""
    if flags & ~_RULE_FLAGS or _RULE_REGEX_ONLY.search(pattern):
        return None
    try:
        return re.compile(_stdlib_spaces(pattern), flags & re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return None
