"""Totals tied to years (the roles of a document's amounts read together, after money_roles.py's
first passes): amounts each stated for a different fiscal year, and a year's pool of money shared
among several occasions or places that the document's one activity is only a part of."""
from __future__ import annotations

from .money_cues import Cues, Lines, clause_start

POOL_AFTER = 80  # how far after a total its share-out ("สำหรับโรงพยาบาล 9 แห่ง") is looked for


def per_fiscal_year(lines: Lines, amounts: list, bounds: list[tuple[int, int]],
                    roles: list[str], cues: Cues) -> list[str]:
    """Totals of one line each stated in a clause naming a different fiscal year ("ปีงบ 68 ใช้งบกลาง
    เพิ่ม 2,496 ล้านบาท ส่วนปีงบประมาณ 2569 ตั้งไว้ 9,984 ล้านบาท"): a year's figures each, no one
    budget (totals -> other; a later total summing them up stays the budget). Only totals count:
    last year's spending beside this year's budget ("(ปีงบประมาณ 2567 ใช้จ่ายจริง 18,000 บาท)") is
    other already. Runs before an appropriation ("ตั้งไว้ 9,984 ล้านบาท") gives way to another total."""
    if "total" not in roles or not any(t in lines.text for t in cues.fiscal_needles):
        return roles
    years: dict[int, set[int]] = {}  # a line's start -> the fiscal years of its totals' clauses
    tied: list[int] = []
    for i, (a, (ls, _), r) in enumerate(zip(amounts, bounds, roles)):
        if r != "total":
            continue
        year = cues.fiscal_year_in(lines.text, clause_start(ls, a.start, _prev_end(amounts, i)),
                                   a.start)
        if year is not None:
            years.setdefault(ls, set()).add(year)
            tied.append(i)
    several = {ls for ls, ys in years.items() if len(ys) > 1}
    if not several:
        return roles
    out = list(roles)
    for i in tied:
        if bounds[i][0] in several:
            out[i] = "other"
    return out


def yearly_pool(lines: Lines, amounts: list, bounds: list[tuple[int, int]], roles: list[str],
                cues: Cues) -> list[str]:
    """A total that a speaker or writer states for "this year" (money_this_year: ปีนี้, ในปีงบประมาณนี้)
    and then shares out among occasions or places ("1.2 ล้านบาท หรือครั้งละประมาณ 100,000 บาท", "12 ล้าน
    บาท สำหรับโรงพยาบาล 9 แห่ง") is an organisation's yearly pool, of which the activity reported is
    one share: no budget of the activity (other). A year named by its number (a proposal's
    "ปีงบประมาณ 2568") is no such mark. A total ending its line is read on into the next one
    ("…ตั้งงบประมาณ…ไว้ 15 ล้านบาท" / "ครอบคลุมโรงไฟฟ้า 7 แห่ง")."""
    text = lines.text
    if "total" not in roles or not any(t in text for t in cues.this_year_needles):
        return roles
    out = list(roles)
    for i, (a, (ls, le), r) in enumerate(zip(amounts, bounds, roles)):
        if r != "total" or cues.this_year.search(
                text, clause_start(ls, a.start, _prev_end(amounts, i)), a.start) is None:
            continue
        if not text[a.end:le].strip() and le + 1 < len(text):
            le = lines.bounds(le + 1)[1]  # the total ends its line: its sentence goes on below
        stop = min(le, a.end + POOL_AFTER)
        if i + 1 < len(amounts) and amounts[i + 1].start < stop:
            stop = amounts[i + 1].start  # a share per unit stands right before the next amount
        if cues.shared_out(text, a.end, stop):
            out[i] = "other"
    return out


def _prev_end(amounts: list, i: int) -> int | None:
    return amounts[i - 1].end if i else None
