"""Budget tables flattened one cell per line (PDF text extraction of a two-column table):

    รายการ
    จำนวนเงิน (บาท)
    ๙.๑ ค่าตอบแทนวิทยากร ๒ คน x ๖ ชั่วโมง x ๖๐๐ บาท
    ๗,๒๐๐
    รวมเป็นเงินทั้งสิ้น
    ๔๖,๘๐๐

A number alone on its line is the money cell of the item named on the line above it when the
block (no blank line) opens with a stacked header: a label cell (รายการ, ลำดับ, กิจกรรม …) alone
on its line, then a cell naming one money column (จำนวนเงิน, เป็นเงิน, (บาท) …) alone on the next.
The row label gives the role as in a table row (รวม … -> total; ใช้จริง, คงเหลือ -> other).
A number under a number, or with no such header above, stays no amount.
"""
from __future__ import annotations

from collections.abc import Callable

from ..literal_re import THAI_RANGE, literal_regex
from .money_cues import Cues, Lines

STACKED_LINES = 40  # the most lines from a stacked header down to one of its rows
_LONE = literal_regex(r"[ \t]*[0-9][0-9,]*(?:\.[0-9]+)?(?:\.-)?[ \t]*")
_THAI = literal_regex("[" + THAI_RANGE + "]")
_SEP = literal_regex(r"\t|\|")
# A label column's header cell, the whole line: "รายการ", "ลำดับ", "รายการค่าใช้จ่าย".
_LABEL_HEAD = literal_regex(r"[ \t]*(?:ลำดับ(?:ที่)?|รายการ(?:ค่าใช้จ่าย)?|กิจกรรม|รายละเอียด(?:ค่าใช้จ่าย)?)[ \t]*")
HEAD_MAX = 30  # characters: a header cell alone on a line is short


def is_lone_number(line: str) -> bool:
    return bool(_LONE.fullmatch(line))


def _is_label(line: str) -> bool:
    """A line naming a row: Thai text without table separators."""
    return bool(line.strip()) and bool(_THAI.search(line)) and not _SEP.search(line)


def stacked_row_label(lines: Lines, line_start: int, cues: Cues,
                      column_role: Callable[[str, Cues], str | None]) -> str | None:
    """The label line of the row whose lone-number line starts at `line_start`, when a stacked
    header opens its block; else None. `column_role(cell)` reads a header cell (money_table)."""
    prev = lines.previous(line_start)
    if prev is None:
        return None
    label = lines.text[prev[0]:prev[1]]
    if not _is_label(label) or is_lone_number(label):
        return None
    cur = prev
    for _ in range(STACKED_LINES):
        above = lines.previous(cur[0])
        if above is None:
            return None
        head = lines.text[cur[0]:cur[1]]
        top = lines.text[above[0]:above[1]]
        if not head.strip() or not top.strip():
            return None  # a blank line ends the block
        if (len(head.strip()) <= HEAD_MAX and len(top.strip()) <= HEAD_MAX
                and _LABEL_HEAD.fullmatch(top) and column_role(head.strip(), cues) == "item"):
            return label if cur != prev else None
        if _SEP.search(head):
            return None  # a real table's row: its own header rules it
        cur = above
    return None
