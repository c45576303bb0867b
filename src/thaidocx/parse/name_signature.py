"""An untitled name signing a letter or an e-mail: alone on its line after a blank line, with a
post opening the next line (rule people.signature_name: "⏎⏎สมชาย ทองประเสริฐ⏎ผู้อำนวยการ…").
The pattern sees only two Thai words; here they must look like a person's name, not a heading
or a phrase ("ติดต่อ สอบถาม", "รายชื่อ คณะทำงาน"): no dictionary word unless a listed name.
"""
from __future__ import annotations

import re
from typing import Any

from .name_titles import name_lists

SIGNATURE_RULE = "people.signature_name"
_LINE_END = re.compile(r"[ \t]*\n")


def signature_name(text: str, name: Any) -> bool:
    """Whether the name read after a people.signature_name match is a signer's name: given and
    family name filling their line, neither a plain dictionary word."""
    if name.family is None or name.glued or name.split or " " in name.family:
        return False
    if _LINE_END.match(text, name.end) is None:
        return False
    names, families, words = name_lists()
    given_ok = name.given in names or name.given not in words
    family_ok = name.family in families or name.family not in words
    return given_ok and family_ok
