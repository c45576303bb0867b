"""A headerless list of cost lines with the amounts right-aligned, without บาท, under a budget:

    รวมงบประมาณทั้งสิ้น                       88,500 บาท
    ───────────────────────────────
    ค่าอาหารค่าย 35 คน x 7 วัน x 3 มื้อ x 50 บาท          36,750
    ค่าวิทยากร 24 ชม. x 600 บาท                            14,400
    เสื้อทีม + ป้าย                                           4,600

A number ending its line after a wide gap (3+ spaces) is an amount when its line belongs to a
block of at least MIN_LINES such lines (no blank line between), at least half of which are cost
lines (opening with an item cue, ค่า…, or stating a rate "x 600 บาท"), and the line just above
the block (a rule line stepped over, or a blank line when every line is a cost line) states
money in baht; or, whatever its labels, when a note in its paragraph gives the unit in baht ("หมายเหตุ หน่วย : บาท" under an estimate). A list of counts ("อสม.    30") or a
schedule ("ลงทะเบียน     08.30") has no cost lines; a block not under money is left alone.

Inside such a block a label may work its amount out without บาท ("เสื้อวิ่ง 1,500 ตัว x 180      270,000",
"ฮาล์ฟ 300 x 500 = 150,000 / มินิ …"): the bare last factor after x is the unit price and the result after
= an item, when the factors multiply to the result (after =, else the line's amount); a factor before a
unit word (x 2 มื้อ) is a count and a product that does not add up is left alone.
"""
from __future__ import annotations

from decimal import Decimal

from ..literal_re import literal_regex
from .money_cues import LIST_MARKER, Cues, Lines

MIN_LINES = 3
_LAST_CELL = literal_regex(r"(?P<label>[^\n]*?[^ \t\n])[ ]{3,}(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)(?:\.-)?[ \t]*$")
_RATE = literal_regex(r"[x×*][ \t]*[0-9][0-9,.]*[ \t]*บาท")
_RULE_LINE = literal_regex(r"[ \t]*[─━—_=\-–]{5,}[ \t]*$")
_BAHT_AMOUNT = literal_regex(r"[0-9][ \t]*(?:บาท|฿)")
# A note giving the figures' unit: "หน่วย : บาท", "(หน่วย: บาท)" (no count is in baht).
_UNIT_NOTE = literal_regex(r"หน่วย[ \t]*:?[ \t]*บาท")
NOTE_LINES = 15  # the most lines between a block and its paragraph's unit note
_FACTOR_NUM = literal_regex(r"(?<![0-9.,])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
_NUMBERED = literal_regex(r"[ \t]*\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)][ \t]")  # "2. ", "(3) ": no factor
_TIMES = literal_regex(r"[x×*]")
_SEGMENT_END = literal_regex(r"[=/]")  # a product's result follows "="; "/" parts two products
MAX_FACTORS = 6  # a label's product has a handful of factors


class CostLines:
    """Roles of the amounts of headerless cost-line blocks (computed once per block)."""

    def __init__(self, lines: Lines, cues: Cues) -> None:
        self.lines = lines
        self.cues = cues
        self._roles: dict[int, str | None] = {}  # line start -> role of its amount

    def _text(self, bounds: tuple[int, int]) -> str:
        return self.lines.text[bounds[0]:bounds[1]]

    def role(self, start: int) -> str | None:
        ls, le = self.lines.bounds(start)
        m = _LAST_CELL.match(self._text((ls, le)))
        if m is None or ls + m.start("num") != start:
            return None
        if ls not in self._roles:
            self._read_block(ls, le)
        return self._roles.get(ls)

    def factor_role(self, start: int, value: Decimal) -> str | None:
        """The role of a bare number `value` at `start` inside a label of an accepted block: unit
        for the last factor after x, item for a result after =; None unless the product holds."""
        ls, le = self.lines.bounds(start)
        line = self._text((ls, le))
        m = _LAST_CELL.match(line)
        if m is None or start - ls >= m.start("num"):
            return None
        if ls not in self._roles:
            self._read_block(ls, le)
        if self._roles.get(ls) is None:
            return None
        label_end = m.start("num")
        at = start - ls
        lead = line[:at].rstrip(" \t")
        numbered = _NUMBERED.match(line)
        first = numbered.end() if numbered is not None else 0
        head = max(lead.rfind("/"), lead.rfind("="))  # the segment's start
        if lead.endswith("="):  # a result: the factors are the segment before its "="
            head = max(lead[:-1].rfind("/"), lead[:-1].rfind("="))
            factors = _chain(line[max(first, head + 1):len(lead) - 1])
            return "item" if _product(factors) == value else None
        nxt = _SEGMENT_END.search(line, at, label_end)
        if nxt is not None and line[nxt.start()] == "=":
            result = _FACTOR_NUM.search(line, nxt.end(), label_end)
            if result is None:
                return None
            total = Decimal(result.group().replace(",", ""))
            end = nxt.start()
        elif nxt is None:
            total = Decimal(m.group("num").replace(",", ""))
            end = label_end
        else:
            return None  # "x 50 / …": no product stated for this part
        return "unit" if last_factor_product(line, at, end) == total else None

    def _read_block(self, ls: int, le: int) -> None:
        block = [(ls, le)]
        prev = self.lines.previous(ls)
        while prev is not None and _LAST_CELL.match(self._text(prev)):
            block.insert(0, prev)
            prev = self.lines.previous(prev[0])
        end = len(self.lines.text)
        while block[-1][1] < end:
            nxt = self.lines.bounds(block[-1][1] + 1)
            if not _LAST_CELL.match(self._text(nxt)):
                break
            block.append(nxt)
        labels = []
        for b in block:
            m = _LAST_CELL.match(self._text(b))
            assert m is not None
            label = m.group("label")
            labels.append(label[LIST_MARKER.match(label).end():])
        costs = sum(1 for lb in labels
                    if self.cues.opening_role(lb) == "item" or _RATE.search(lb) is not None)
        ok = len(block) >= MIN_LINES and (2 * costs >= len(block)
                                          and self._under_money(prev, costs == len(block))
                                          or self._unit_stated(block))
        for b, lb in zip(block, labels):
            self._roles[b[0]] = self._row_role(lb) if ok else None

    def _under_money(self, above: tuple[int, int] | None, all_costs: bool = False) -> bool:
        """Whether the line above the block (a rule line stepped over; a blank line too when every
        line of the block is a cost line, as under a budget summary's approved / spent / returned
        lines) states money in baht."""
        if above is not None and (_RULE_LINE.match(self._text(above))
                                  or all_costs and not self._text(above).strip()):
            above = self.lines.previous(above[0])
        return above is not None and _BAHT_AMOUNT.search(self._text(above)) is not None

    def _unit_stated(self, block: list[tuple[int, int]]) -> bool:
        """Whether a note in the block's paragraph (no blank line between, at most NOTE_LINES
        lines away) gives the unit of its figures in baht: "หมายเหตุ หน่วย : บาท" under an
        estimate's lines, "(หน่วย: บาท)" over them."""
        for step, edge in ((self.lines.previous, block[0]), (self._next, block[-1])):
            at: tuple[int, int] | None = edge
            for _ in range(NOTE_LINES):
                at = step(at[0]) if at is not None else None
                if at is None or not self._text(at).strip():
                    break
                if _UNIT_NOTE.search(self._text(at)):
                    return True
        return False

    def _next(self, ls: int) -> tuple[int, int] | None:
        le = self.lines.bounds(ls)[1]
        return self.lines.bounds(le + 1) if le < len(self.lines.text) else None

    def _row_role(self, label: str) -> str:
        if self.cues.not_budget.search(label):
            return "other"
        return "total" if self.cues.opening_role(label) in ("sum", "total") else "item"


def last_factor_product(line: str, at: int, end: int) -> Decimal | None:
    """The product of the chain "N [unit] x N [unit] x N" in line[:end] whose last factor is the
    number at `at` (after its x, no x after it before `end`), or None: "x 2 x 50" makes the 2 a
    count. The chain starts after the last "/" or "=" before the number (the segment's start)
    and after a list number ("2. ")."""
    if _TIMES.search(line, at, end) is not None:
        return None
    lead = line[:at].rstrip(" \t")
    numbered = _NUMBERED.match(line)
    first = numbered.end() if numbered is not None else 0
    head = max(lead.rfind("/"), lead.rfind("="))
    factors = _chain(line[max(first, head + 1):end])
    return _product(factors) if len(factors) >= 2 else None


def _chain(segment: str) -> list[str]:
    """The factors of the product "N [unit] x N [unit] x N" a segment ends with: the last number
    before the first x ("ค่าสมัคร 10 กม. 200 x 400": 200, not the distance), the first after each x."""
    pieces = _TIMES.split(segment)
    if len(pieces) < 2:
        return []
    head = _FACTOR_NUM.findall(pieces[0])
    factors = [head[-1]] if head else []
    for piece in pieces[1:]:
        m = _FACTOR_NUM.search(piece)
        if m is None or not factors:
            return []
        factors.append(m.group())
    return factors


def _product(factors: list[str]) -> Decimal | None:
    if not 2 <= len(factors) <= MAX_FACTORS:
        return None
    out = Decimal(1)
    for f in factors:
        out *= Decimal(f.replace(",", ""))
    return out
