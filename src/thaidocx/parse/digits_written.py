"""A value read from the normalized text (where Thai digits are Arabic) given back its digits as
written: a position written in Thai digits ("ผบ.มทบ.๒๕", "อสม.หมู่ที่ ๘") keeps them, as titles
and venues do (NormText.written). Only digits change; a span mixing both kinds keeps the value.
"""
from __future__ import annotations

import re

from .context import Context

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ARABIC = re.compile("[0-9]")
_THAI = re.compile("[\u0e50-\u0e59]")


def digits_as_written(ctx: Context, start: int, end: int, value: str) -> str:
    """`value`, read from the normalized span [start, end), with Thai digits where the input
    wrote that span's digits so (all of them)."""
    if _ARABIC.search(value) is None:  # most values hold no digit
        return value
    source = ctx.norm.original_span(start, end)[0]
    if _THAI.search(source) is None or _ARABIC.search(source) is not None:
        return value
    return value.translate(_TO_THAI)
