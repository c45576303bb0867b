"""Counts stacked one piece per line, as an infographic's text comes out (rules/participants.toml
participants.count_stacked):

    👁️                 ← an icon, or the people's label (อสม.)
    1,863
    คน
    ได้รับการคัดกรอง     ← the caption: what the people are
    87.06%

    ชาย
    812
    หญิง
    1,051

The count stands when its caption names a role (เป้าหมาย, ได้รับการคัดกรอง: any role cue but
ทั้งสิ้น) or the line above it is a label of its own (อสม.); not when either names a finding
(สงสัยต้อกระจก, พบ …): screening results, not people served. With neither it says nothing of
people taking part (สายตาเลือนราง: a condition). The block right after it (past one blank line)
of labels each above a bare number, at least two, whose numbers add up to the count, is its
breakdown (ชาย 812 + หญิง 1,051 = 1,863): one count each."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..literal_re import literal_regex
from ..match import Match
from .participant_spaced import FINDING

if TYPE_CHECKING:
    from .participant_doc import _Doc

STRONG = ("planned", "actual")
BREAKDOWN_LINES = 12  # lines of a breakdown block read
_NUMBER = literal_regex(r"[ \t]*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)[ \t]*")
_LABEL = literal_regex(r"[ \t]*[\u0E01-\u0E4EA-Za-z][^0-9\n]{0,40}")


def _span(doc: _Doc, j: int) -> tuple[int, int]:
    return doc.starts[j], doc.starts[j] + len(doc.line(j))


def _is_finding(doc: _Doc, start: int, end: int) -> bool:
    if FINDING.search(doc.text, start, end) is not None:
        return True
    return any(f.group("found") is not None or f.group("condition") is not None
               for f in doc.pats.finding_re.finditer(doc.text, start, end))


def stacked(doc: _Doc, m: Match) -> list[Match]:
    """The count of a stacked match with its role and group, and its breakdown (module doc);
    nothing when it names no one taking part."""
    num = m.groups.get("num") or ""
    s, e = m.spans["num"]
    i = doc.index(s)
    n_lines = len(doc.starts)
    label = doc.line(i - 1).strip() if i > 0 else ""
    label = label if _LABEL.fullmatch(label) else ""
    caption = i + 2 if i + 2 < n_lines and _LABEL.fullmatch(doc.line(i + 2)) else None
    if label and _is_finding(doc, *_span(doc, i - 1)):
        return []
    role: str | None = None
    if caption is not None:
        lo, hi = _span(doc, caption)
        if _is_finding(doc, lo, hi):
            return []
        cues = [v for _, v in doc.found_cues(lo, hi) if v != "total"]
        if cues:
            strong = [v for v in cues if v in STRONG]
            role = strong[-1] if strong else None
        elif not label:
            return []
    elif not label:
        return []
    group = label or (doc.line(caption).strip() if caption is not None else None)
    attrs = {"role": role, "group": group}
    out = [m._replace(attrs=attrs)]
    return out + _breakdown(doc, m, i, int(num.replace(",", "")), role)


def _breakdown(doc: _Doc, m: Match, i: int, value: int, role: str | None) -> list[Match]:
    n_lines = len(doc.starts)
    j = i + 2
    while j < n_lines and doc.line(j).strip():  # the rest of the count's block
        j += 1
    j += 1  # past one blank line
    parts: list[tuple[str, int, str]] = []  # (label, start, digits)
    while j + 1 < min(n_lines, i + BREAKDOWN_LINES + 4) and doc.line(j).strip():
        label, number = doc.line(j), _NUMBER.fullmatch(doc.line(j + 1))
        if not _LABEL.fullmatch(label) or number is None:
            return []
        parts.append((label.strip(), doc.starts[j + 1] + number.start(1), number.group(1)))
        j += 2
    if j < n_lines and doc.line(j).strip():
        return []  # the block goes on in another shape
    if len(parts) < 2 or sum(int(d.replace(",", "")) for _, _, d in parts) != value:
        return []
    return [Match(rule=m.rule, field=m.field, start=s, end=s + len(d), text=d, priority=m.priority,
                  groups={"num": d}, spans={"num": (s, s + len(d))},
                  attrs={"role": role, "group": label}) for label, s, d in parts]
