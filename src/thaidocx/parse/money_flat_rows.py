"""A budget table whose column gaps collapsed to single spaces (PDF text):

    รายการ จำนวน ราคาต่อหน่วย รวมเงิน (บาท)
    - ค่าอาหารกลางวัน 60 คน x 1 มื้อ 70 4,200
    - ค่าตอบแทนวิทยากร 5 ชม. 600 3,000
    รวมกิจกรรมที่ 1 7,200
    รวมทั้งสิ้น 27,350

A cost line (opening with an item cue, ค่า…) ending in two bare numbers "P A" one space apart is a
row of such a table when A is P times the product of the counts its label states (every number
of the label after its list marker, one to MAX_COUNTS of them): P is the unit price, A the item.
A line opening with รวม and ending in a bare number is a sum row when that number adds up the
rows above it (up to SPAN lines, page furniture between them is no row): the rows since the
previous sum row (a group's subtotal, item) or all of them (a grand total, total when no row
follows it). Figures that do not multiply or add up are left alone ("ค่าอาหาร 60 คน 2 130",
"ผู้เข้าร่วม 60 คน x 1 มื้อ 70 4,200" without an item cue).
"""
from __future__ import annotations

from decimal import Decimal

from ..literal_re import literal_regex
from .money_cues import LIST_MARKER, Cues, Lines

FLAT_RULE = "money.flat_row"
MAX_COUNTS = 4  # a label states a handful of counts (60 คน x 2 มื้อ x 3 วัน)
SPAN = 50  # how many lines above a sum row its rows may stand (a page break between them)
_NUM = r"[0-9](?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?"
_ROW_END = literal_regex(r"(?<![0-9.,])(?P<price>" + _NUM + r") (?P<amount>" + _NUM + r")[ \t]*$")
_LAST = literal_regex(r"(?<=[^ \t\n] )(?<![0-9.,])(?P<amount>" + _NUM + r")[ \t]*$")
_COUNT = literal_regex(r"(?<![0-9.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")


def _value(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


class FlatRows:
    """Roles of the figures of single-spaced budget rows (each line read once)."""

    def __init__(self, lines: Lines, cues: Cues) -> None:
        self.lines = lines
        self.cues = cues
        self._rows: dict[int, tuple[int, int, Decimal] | None] = {}  # line -> (price at, amount at, amount)
        self._sums: dict[int, str | None] = {}

    def role(self, start: int) -> str | None:
        ls, le = self.lines.bounds(start)
        row = self._row(ls, le)
        if row is not None:
            return "unit" if start == row[0] else "item" if start == row[1] else None
        m = _LAST.search(self.lines.text, ls, le)
        if m is None or m.start("amount") != start:
            return None
        if ls not in self._sums:
            self._sums[ls] = self._sum_role(ls, le, _value(m.group("amount")))
        return self._sums[ls]

    def _row(self, ls: int, le: int) -> tuple[int, int, Decimal] | None:
        if ls in self._rows:
            return self._rows[ls]
        self._rows[ls] = None
        line = self.lines.text[ls:le]
        m = _ROW_END.search(line)
        if m is None or self.cues.opening_role(line) != "item":
            return None
        label = line[LIST_MARKER.match(line).end():m.start()]
        counts = _COUNT.findall(label)
        if not 1 <= len(counts) <= MAX_COUNTS:
            return None
        product = _value(m.group("price"))
        for c in counts:
            product *= _value(c)
        amount = _value(m.group("amount"))
        if product != amount or not amount:
            return None
        self._rows[ls] = (ls + m.start("price"), ls + m.start("amount"), amount)
        return self._rows[ls]

    def _is_sum(self, ls: int, le: int) -> bool:
        line = self.lines.text[ls:le]
        return self.cues.opening_role(line) in ("sum", "total") and _LAST.search(line) is not None

    def _sum_role(self, ls: int, le: int, value: Decimal) -> str | None:
        if self.cues.opening_role(self.lines.text[ls:le]) not in ("sum", "total"):
            return None
        group = everything = Decimal(0)
        rows = 0
        earlier_sum = False
        at = self.lines.previous(ls)
        for _ in range(SPAN):
            if at is None:
                break
            row = self._row(*at)
            if row is not None:
                rows += 1
                everything += row[2]
                if not earlier_sum:
                    group += row[2]
            elif self._is_sum(*at):
                earlier_sum = True
            at = self.lines.previous(at[0])
        if not rows or value not in (group, everything):
            return None
        if value == everything and not self._row_follows(le):
            return "total"
        return "item"

    def _row_follows(self, le: int) -> bool:
        """Whether a row of the table follows the sum row (then it sums one group only)."""
        end = len(self.lines.text)
        for _ in range(SPAN):
            if le >= end:
                return False
            ls, le = self.lines.bounds(le + 1)
            if self._row(ls, le) is not None:
                return True
        return False
