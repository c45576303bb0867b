"""A foreign name written in Thai letters word by word, with its Latin spelling in brackets after
it ("นางสาวเอ ม่อ ทเว (Aye Moe Thwe)", a Myanmar worker's name): every Thai word before the
bracket is part of the name when the bracket holds as many capitalised Latin words as the Thai
name has words. names.py reads the usual given + family name (a Name) first; this extends it.
"""
from __future__ import annotations

import re
from typing import Any

TH_LETTER = "[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]"  # as names.py's
MAX_EXTRA = 2  # Thai words past the given and family name (names of three or four words)
_EXTRA = re.compile(r"(?:[ ]" + TH_LETTER + r"{1,20}){1,%d}" % MAX_EXTRA)
_GLOSS = re.compile(r"[ ]?\(([A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,4})\)")


def glossed(text: str, name: Any) -> Any:
    """The name with the Thai words between its family name and a Latin gloss of as many words
    as the whole Thai name ("ซู ซู ทุน (Su Su Tun)"), or None when no such gloss follows."""
    if name.family is None or name.glued or text[name.end:name.end + 1] != " ":
        return None
    extra = _EXTRA.match(text, name.end)
    if extra is None:
        return None
    gloss = _GLOSS.match(text, extra.end())
    if gloss is None:
        return None
    words = 2 + extra.group().count(" ")
    if len(gloss.group(1).split(" ")) != words:
        return None
    family = name.family + extra.group()
    return name._replace(family=family, end=extra.end())
