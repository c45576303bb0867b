"""Repair pass 4 (repair.py): lost nikhahit ("ดาเนิน" -> "ดำเนิน"). A word that is not in the
dictionary is repaired when its sara-am form is, and both forms fall on word boundaries of
their segmentation."""
from __future__ import annotations

from collections import Counter

from .repair_chars import MIN_GAIN, _run_bound
from .textedits import Edit
from .thaidict import damaged_am_forms, damaged_am_starts, reading, unknown_score


def _pass_lost_nikhahit(text: str, counts: Counter) -> list[Edit]:
    forms, pattern = damaged_am_forms()
    edits: list[Edit] = []
    pos = 0  # as pattern.finditer(text), trying the pattern only where a form begins
    for start in damaged_am_starts(text):
        if start < pos or (m := pattern.match(text, start)) is None:
            continue
        s, e = m.span()
        pos = e
        if _aligned(text, s, e, forms[m.group()]):
            edits.append((s, e, forms[m.group()]))
    counts["lost nikhahit"] += len(edits)
    return edits


def _aligned(text: str, s: int, e: int, repaired: str) -> bool:
    """Both the damaged and the repaired span fall on word boundaries of their segmentation
    (so "ชาวนามา" - ชาวนา|มา - is never read as a damaged "นำมา"), and the repaired run
    reads better: fewer unknown characters, or far likelier words."""
    left = _run_bound(text, s, -1)
    right = _run_bound(text, e, +1)
    before = text[left:s]
    after = text[e:right]
    damaged, fixed = before + text[s:e] + after, before + repaired + after
    if not ({len(before), len(before) + e - s} <= _cuts(damaged)
            and {len(before), len(before) + len(repaired)} <= _cuts(fixed)):
        return False
    (du, dc), (fu, fc) = unknown_score(damaged), unknown_score(fixed)
    return fu < du or (fu == du and dc - fc >= MIN_GAIN)


def _cuts(s: str) -> frozenset[int]:
    return reading(s).cuts
