"""The shares of a total listed right under it, one per line, each a bare number ending its line:

    💰 งบประมาณ 96,500 บาท
    📌 กองทุนฟื้นฟูสมรรถภาพจังหวัด 60,000
    📌 อบจ.ศรีสะเกษ 36,500

money.part_line finds a comma-grouped number ending a line without บาท; it is an amount only as
one of a run of such lines (no blank line between) starting on the line right after another
amount, and only when the run adds up to that amount exactly: the sum is what
says the bare numbers are baht. Any other such number (a count, a code, a population) is dropped.

money.part_inline finds the same shares listed on one line, each after its label, parted by "/" or
"," ("(ค่าอาหารเสริม 7,260 / ค่าอบรมผู้ปกครอง 9,458 / ค่าวัสดุ 4,600 / ค่าเครื่องชั่ง 3,000)" under
"ใช้จ่ายจริง 24,318 บาท"); a run of shares (on one line or on lines in a row) is kept when it adds up
to an amount stated on its first line before it or on one of the SUM_LINES lines above it.

Also a share worked out as a percentage of an amount stated just before it ("ร้อยละ 10 = 8,654 บาท"
of a profit of 86,540 บาท): no budget beside another total (percent_shares).
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from ..literal_re import literal_regex
from .money_cues import Lines

PART_RULE = "money.part_line"
INLINE_RULE = "money.part_inline"
PART_RULES = (PART_RULE, INLINE_RULE)
FLAT_RULE = "money.flat_cell"
PARTS_MAX = 12  # the most shares a total is split into
_BAHT_HEAD = literal_regex(r"\([ \t]*บาท[ \t]*\)")  # a money column's unit in a flattened header
SUM_LINES = 2  # how many lines above its shares the amount they add up to may stand


class _Amount(Protocol):  # money._Amount (imported there; a Protocol avoids a cycle)
    start: int
    end: int
    value: Decimal
    rule: str


def keep_parts(lines: Lines, found: Sequence[_Amount]) -> list:
    """`found` (sorted by start) without the part_line amounts that are no share of a total."""
    found = _keep_flat(lines, found)
    if not any(a.rule in PART_RULES for a in found):
        return list(found)
    keep: set[int] = set()
    i = 0
    while i < len(found):
        if found[i].rule not in PART_RULES:
            i += 1
            continue
        j = i
        while j + 1 < len(found) and found[j + 1].rule in PART_RULES \
                and lines.bounds(found[j + 1].start)[0] in (
                    lines.bounds(found[j].start)[0], _next_line(lines, found[j].start)):
            j += 1
        if _shares(lines, found, i, found[i:j + 1]):
            keep.update(range(i, j + 1))
        i = j + 1
    return [a for k, a in enumerate(found) if a.rule not in PART_RULES or k in keep]


def _keep_flat(lines: Lines, found: Sequence[_Amount]) -> list:
    """`found` without the flat_cell amounts that are no money cells of a table flattened onto one
    line: those of a line are kept together when a header cell in baht ("งบประมาณ (บาท)") stands before
    them on their line and they add up to an amount stated elsewhere in baht (the total they make)."""
    flat: dict[int, list[int]] = {}
    for k, a in enumerate(found):
        if a.rule == FLAT_RULE:
            flat.setdefault(lines.bounds(a.start)[0], []).append(k)
    if not flat:
        return list(found)
    stated = {a.value for a in found if a.rule not in (FLAT_RULE, *PART_RULES)}
    keep: set[int] = set()
    for ls, ks in flat.items():
        if 2 <= len(ks) <= PARTS_MAX and sum((found[k].value for k in ks), Decimal(0)) in stated \
                and _BAHT_HEAD.search(lines.text, ls, found[ks[0]].start) is not None:
            keep.update(ks)
    return [a for k, a in enumerate(found) if a.rule != FLAT_RULE or k in keep]


def _next_line(lines: Lines, pos: int) -> int:
    return lines.bounds(pos)[1] + 1


def _shares(lines: Lines, found: Sequence[_Amount], i: int, run: Sequence[_Amount]) -> bool:
    """Whether `run` (found[i:…]) adds up to an amount stated before it: on its first line, or
    ending on one of the SUM_LINES lines above it (a part_line run: on the line right above)."""
    if not 2 <= len(run) <= PARTS_MAX:
        return False
    total = sum((a.value for a in run), Decimal(0))
    top = lines.bounds(run[0].start)[0]
    for _ in range(SUM_LINES if any(a.rule == INLINE_RULE for a in run) else 1):
        above = lines.previous(top)
        if above is None:
            break
        top = above[0]
    k = i - 1
    while k >= 0 and found[k].end > top:
        a = found[k]
        if a.rule not in PART_RULES and a.value == total > 0:
            return True
        k -= 1
    return False


# "ร้อยละ 10 = 8,654 บาท" / "10% เป็นเงิน 8,654 บาท": a percentage right before an amount, only a
# sum sign or a few words between them (no other number).
_PERCENT = literal_regex(r"(?:ร้อยละ[ \t]*(?P<p>[0-9]{1,3}(?:\.[0-9]+)?)|(?P<q>[0-9]{1,3}(?:\.[0-9]+)?)"
                         r"[ \t]*%)[^\n0-9]{0,20}$")
SHARE_LINES = 2  # how many lines above a share the amount it is a percentage of may stand


def percent_shares(lines: Lines, amounts: Sequence[_Amount], bounds: list[tuple[int, int]],
                   roles: list[str]) -> list[str]:
    """A total stated as a percentage of an amount stated just before it, that percentage of it
    exactly (rounded): "กำไรสุทธิ 86,540 บาท จัดสรรเป็นเงินสาธารณประโยชน์ร้อยละ 10 = 8,654 บาท" is a
    share the fund sets aside, worked out from its profit. When the document states another total
    (the project's "งบประมาณที่ขอใช้ 8,500 บาท"), that one is the budget and the share other money."""
    if roles.count("total") < 2 or ("ร้อยละ" not in lines.text and "%" not in lines.text):
        return roles
    text = lines.text
    shares = set()
    for j, b in enumerate(amounts):
        if roles[j] != "total" or not j:
            continue
        ls = bounds[j][0]
        cut = max(ls, amounts[j - 1].end if bounds[j - 1][0] == ls else ls)
        m = _PERCENT.search(text, cut, b.start)
        if m is None:
            continue
        pct = Decimal(m.group("p") or m.group("q"))
        first = ls
        for _ in range(SHARE_LINES):
            above = lines.previous(first)
            if above is None:
                break
            first = above[0]
        i = j - 1
        while i >= 0 and bounds[i][0] >= first:
            if amounts[i].end <= m.start() and abs(amounts[i].value * pct / 100 - b.value) < 1:
                shares.add(j)
                break
            i -= 1
    if not shares or all(r != "total" or k in shares for k, r in enumerate(roles)):
        return roles
    return ["other" if k in shares else r for k, r in enumerate(roles)]
