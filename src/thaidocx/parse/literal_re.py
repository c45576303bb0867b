"""Compiling patterns of literal terms with the stdlib `re` where it matches exactly as `regex`.

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

# The regex module's \s; the stdlib's also holds \x1c-\x1f (information separators).
_RE_SPACE = r"[^\S\x1c-\x1f]"
# Syntax that only `regex` is sure to read as meant: escapes of letters and digits (but \t \n
# \r \f \v, and \s, translated), an escaped backslash, nested (so also POSIX) sets, fuzzy
# matching, version flags, and \s inside a set.
_REGEX_ONLY = re.compile(r"\\(?![tnrfvs]|[^0-9A-Za-z])|\\\\|\[\[|\{e|\(\?V|\[[^\]]*\\s")


def literal_regex(pattern: str) -> Pattern:
    """`pattern` compiled with `re` when nothing in it reads differently there, else `regex`."""
    if not _REGEX_ONLY.search(pattern):
        try:
            return re.compile(pattern.replace(r"\s", _RE_SPACE))
        except re.error:
            pass
    return regex.compile(pattern)
