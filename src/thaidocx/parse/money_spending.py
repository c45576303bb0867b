"""Totals that are not one project's budget because of what they pay for (the roles of a
document's amounts read together, called from money_roles.py): each activity's own spending in a
news item on several activities or in a calendar of a period's activities, and the parts of a
gift's summed-up value."""
from __future__ import annotations

from decimal import Decimal

from .money_cues import Amount, Bounds, Cues, Lines, clause_start

VALUE_PART_LINES = 4  # the most lines above a value's sum that its parts are read from
HEADING_LINES = 6  # a calendar's heading stands on one of the first non-blank lines


def separate_spendings(lines: Lines, amounts: list[Amount], bounds: Bounds,
                        roles: list[str], cues: Cues) -> list[str]:
    """Totals that are each what one activity used ("…กิจกรรมนี้ใช้งบประมาณ 6,500 บาท" / "…อบรม
    ผู้ดูแล… ใช้งบประมาณ 24,300 บาท"), of different values, with nothing summing them up: a news
    item on several activities states no one budget (totals -> other). Runs after _summed_parts:
    spendings that a later total adds up are items by then, and that total stays the budget. A
    budget with a spent amount is untouched: the budget's own clause names no spending."""
    totals = [i for i, r in enumerate(roles) if r == "total"]
    if len({amounts[i].value for i in totals}) < 2:
        return roles
    text = lines.text
    for i in totals:
        upto = _rate_sum_start(text, amounts, bounds, roles, i, cues)
        prev = i - 1 if upto == amounts[i].start else i - 2  # the amount before the phrase
        cut = clause_start(bounds[i][0], upto, amounts[prev].end if prev >= 0 else None)
        spent = None
        for spent in cues.spent_by.finditer(text, cut, upto):
            pass
        if spent is None or cues.nearest_role(text[spent.end():upto]) == "sum":
            return roles  # a budget, or a sum ("รวมใช้งบประมาณ …"): not separate spendings
    return ["other" if r == "total" else r for r in roles]


def _rate_sum_start(text: str, amounts: list[Amount], bounds: Bounds, roles: list[str], i: int,
                    cues: Cues) -> int:
    """Where total i's phrase starts: at the rate right before it when the total sums that rate up
    on the same line ("ค่าใช้จ่ายในการอบรม… คนละ 300 บาท รวม 19,200 บาท": the cost named before the
    rate is the total's), else at the total itself."""
    a = amounts[i]
    if i and roles[i - 1] == "unit" and bounds[i - 1] == bounds[i] \
            and cues.nearest_role(text[amounts[i - 1].end:a.start]) == "sum":
        return amounts[i - 1].start
    return a.start


def value_parts(lines: Lines, amounts: list[Amount], bounds: Bounds, roles: list[str],
                cues: Cues) -> list[str]:
    """Totals that, with the value of goods above them, add up exactly to a value summed up after
    them ("รวมมูลค่าอุปกรณ์ทั้งสิ้น 744,800 บาท" / "และเงินสนับสนุน… จำนวน 50,000 บาท" / "รวมมูลค่า
    ความช่วยเหลือ 794,800 บาท") are part of what was handed over: no budget (other). The parts are
    the amounts right above the sum (totals or values, no rates or items), within a few lines."""
    if "total" not in roles:
        return roles
    text = lines.text
    out = list(roles)
    for j in range(len(amounts) - 1, 0, -1):
        ls = bounds[j][0]
        if roles[j] != "other" or cues.nearest_role(text[ls:amounts[j].start]) != "other":
            continue
        acc, parts, i = Decimal(0), [], j - 1
        while i >= 0 and acc < amounts[j].value and roles[i] in ("total", "other") \
                and text.count("\n", bounds[i][0], ls) <= VALUE_PART_LINES:
            acc += amounts[i].value
            parts.append(i)
            i -= 1
        if acc == amounts[j].value and len(parts) >= 2 and any(roles[k] == "total" for k in parts):
            for k in parts:
                out[k] = "other"
    return out


def calendar_activities(lines: Lines, roles: list[str], cues: Cues) -> list[str]:
    """A calendar of a period's activities ("📆 ปฏิทินกิจกรรม ประจำเดือน สิงหาคม 2569" on one of the first
    lines, naming no project) schedules several activities: a total under one of them (the month's
    camp "งบประมาณ 18,600 บาท") is that activity's, no budget of the document (totals -> other)."""
    if "total" not in roles or not _calendar_heading(lines, cues):
        return roles
    return ["other" if r == "total" else r for r in roles]


def _calendar_heading(lines: Lines, cues: Cues) -> bool:
    text, seen = lines.text, 0
    for start in lines.starts:
        end = lines.bounds(start)[1]
        if not text[start:end].strip():
            continue
        if cues.programme.search(text, start, end) is not None:
            return cues.period_mark.search(text, start, end) is not None \
                and not cues.mentions_project(text, start, end)
        seen += 1
        if seen >= HEADING_LINES:
            return False
    return False
