"""The roles of a document's amounts read together, after each amount's own role (money.py):
subtotals, minutes, requested vs approved, a part of a larger total; totals tied to years are
read in money_years.py, pages of several projects in money_projects.py, activities' spendings
and parts of a gift's value in money_spending.py."""
from __future__ import annotations

from bisect import bisect_right

from decimal import Decimal

from .money_cues import LIST_MARKER, Amount, Bounds, Cues, Lines, clause_start
from .money_projects import several_projects, sum_of_projects
from .money_spending import calendar_activities, separate_spendings, value_parts
from .money_years import per_fiscal_year, yearly_pool

MINUTES_HEADING_LINES = 6
ITEM_LINES = 3  # how far up an agenda item's wrapped lines are followed to the line that names it
PART_GAP = 200  # the most characters between a part and the larger total it is "from"
STATEMENT_ROWS = 12  # the most lines from a balance statement's opening row to its closing one


def document_roles(lines: Lines, amounts: list, bounds: Bounds, roles: list[str],
                   cues: Cues) -> list[str]:
    roles = _balance_statement(lines, amounts, bounds, roles, cues)
    roles = several_projects(lines, amounts, bounds, roles, cues)
    roles = _meeting_without_project(lines, amounts, bounds, roles, cues)
    roles = calendar_activities(lines, roles, cues)
    roles = _requested_when_approved(lines, amounts, bounds, roles, cues)
    roles = sum_of_projects(lines, amounts, bounds, roles, cues)
    roles = per_fiscal_year(lines, amounts, bounds, roles, cues)
    roles = _appropriation_beside_total(lines, amounts, bounds, roles, cues)
    roles = _part_of_larger(lines, amounts, roles, cues)
    roles = _sentence_sum(lines, amounts, bounds, roles, cues)
    roles = _summed_parts(amounts, roles)
    roles = yearly_pool(lines, amounts, bounds, roles, cues)
    roles = separate_spendings(lines, amounts, bounds, roles, cues)
    roles = value_parts(lines, amounts, bounds, roles, cues)
    roles = _shared_funding(lines, amounts, bounds, roles, cues)
    return _demote_subtotals(bounds, amounts, roles)


def _balance_statement(lines: Lines, amounts: list[Amount], bounds: Bounds,
                       roles: list[str], cues: Cues) -> list[str]:
    """A fund's balance statement: from a row carrying a balance forward ("ยอดเงินยกมา …
    215,430.50 บาท") down consecutive lines to a later row with the balance left ("คงเหลือ …"),
    every amount (received, paid out to projects …) is money moving through the fund (other)."""
    text = lines.text
    if not any(t in text for t in cues.balance_opens):  # no row opens a statement
        return roles
    out = list(roles)
    i = 0
    while i < len(amounts):
        ls, le = bounds[i]
        if "open" not in cues.balance_rows(text, ls, le):
            i += 1
            continue
        close = _statement_close(lines, bounds, i, cues)
        if close is None:
            i += 1
            continue
        for k in range(i, close + 1):
            out[k] = "other"
        i = close + 1
    return out


def _statement_close(lines: Lines, bounds: Bounds, i: int, cues: Cues) -> int | None:
    """The last amount of the closing row of a statement opened on amount i's line, or None:
    the rows below it, on lines with no blank line between them, up to STATEMENT_ROWS lines."""
    text, first = lines.text, bounds[i][0]
    close = None
    for k in range(i + 1, len(bounds)):
        ls, le = bounds[k]
        if ls != bounds[k - 1][0]:
            if close is not None:
                return close
            gap = text[bounds[k - 1][1]:ls]
            if any(not row.strip() for row in gap.split("\n")[1:-1]) \
                    or text.count("\n", first, ls) > STATEMENT_ROWS:
                return None
            if ls != first and "close" in cues.balance_rows(text, ls, le):
                close = k
        elif close is not None:
            close = k
    return close


def _shared_funding(lines: Lines, amounts: list[Amount], bounds: Bounds,
                    roles: list[str], cues: Cues) -> list[str]:
    """Two totals of one sentence from two funders ("งบสนับสนุนจาก สสส. 150,000 บาท และกองทุน…
    46,500 บาท") are each a funder's share: the text states no one budget (both -> other), unless
    a later total sums them up (_summed_parts made them items already)."""
    out = list(roles)
    text = lines.text
    for i in range(len(amounts) - 1):
        a, b = amounts[i], amounts[i + 1]
        if roles[i] != "total" or roles[i + 1] != "total" or bounds[i] != bounds[i + 1]:
            continue
        join = cues.funder_join.match(text, a.end, b.start)
        if join is None or cues.source_start.match(text, join.end(), b.start) is None:
            continue
        if not _has_source(lines, amounts, i, bounds[i][0], cues):
            continue
        out[i] = out[i + 1] = "other"
    return out


def _has_source(lines: Lines, amounts: list[Amount], i: int, ls: int, cues: Cues) -> bool:
    """Whether amount i's own clause (its line, after the amount before it) names a funder."""
    a = amounts[i]
    cut = clause_start(ls, a.start, amounts[i - 1].end if i else None)
    return cues.source_start.search(lines.text, cut, a.start) is not None


SHARE_COUNT_MAX = 10000  # the most people a share ("คนละ 200") is collected from


def _sentence_sum(lines: Lines, amounts: list[Amount], bounds: Bounds, roles: list[str],
                  cues: Cues) -> list[str]:
    """A sum (รวม …) at the end of a line that adds up the line's earlier amounts is its total, and
    the totals before it are parts (items): "งบ… ได้จากคณะ 3,000 บาท + เก็บเงินกันเองคนละ 200 รวม
    4,600 บาท". What the earlier totals leave of the sum must be the line's other amounts (items)
    added up, or a whole multiple of a share stated on the line (200 x 8 people)."""
    out = list(roles)
    text = lines.text
    for j in range(1, len(amounts)):
        if roles[j] != "total" or bounds[j - 1] != bounds[j] \
                or cues.nearest_role(text[amounts[j - 1].end:amounts[j].start]) != "sum":
            continue
        parts = [i for i in range(j) if bounds[i] == bounds[j]]
        totals = [i for i in parts if out[i] == "total"]
        rest = amounts[j].value - sum((amounts[i].value for i in totals), Decimal(0))
        if not totals or rest <= 0:
            continue
        items = sum((amounts[i].value for i in parts if out[i] == "item"), Decimal(0))
        shares = [amounts[i].value for i in parts if out[i] == "unit" and amounts[i].value]
        if rest == items or any(rest % u == 0 and rest / u <= SHARE_COUNT_MAX for u in shares):
            for i in totals:
                out[i] = "item"
    return out


PARTS_REACH = 200  # how many earlier totals may be the parts of a later one


def _summed_parts(amounts: list[Amount], roles: list[str]) -> list[str]:
    """Totals that a later total adds up exactly are its parts (items): per-activity budgets
    ("กิจกรรมที่ 1 … งบประมาณ 720 บาท", "กิจกรรมที่ 2 … งบประมาณ 14,400 บาท" …) above "รวมงบประมาณ
    โครงการ 22,320 บาท". The first one stated would otherwise win as the budget. Two or more
    smaller totals, read back from the later one, must sum to it exactly."""
    out = list(roles)
    totals = [i for i, r in enumerate(roles) if r == "total"]  # only totals become parts
    for k in range(len(totals) - 1, 0, -1):
        j = totals[k]
        if out[j] != "total":
            continue
        whole, acc, parts = amounts[j].value, Decimal(0), []
        # Parts are stated a few totals back, not hundreds: the bound keeps a page of thousands
        # of equal totals (hostile input) linear.
        for i in reversed(totals[max(0, k - PARTS_REACH):k]):
            if out[i] != "total" or amounts[i].value >= whole:
                continue
            acc += amounts[i].value
            parts.append(i)
            if acc >= whole:
                break
        if acc == whole and len(parts) >= 2:
            for i in parts:
                out[i] = "item"
    return out


def _demote_subtotals(bounds: Bounds, amounts: list[Amount],
                      roles: list[str]) -> list[str]:
    """A total right after line items that a larger total on a later line sums up is a
    subtotal (a table's รวม row with several money columns is not: same line)."""
    out = list(roles)
    later_max: Decimal | None = None  # the largest total on the lines after amount i
    line_max: Decimal | None = None  # ... and on amount i's own line, from i on
    for i in range(len(amounts) - 1, -1, -1):
        if i + 1 < len(amounts) and bounds[i + 1][0] != bounds[i][0]:  # moving up a line
            later_max = _max(later_max, line_max)
            line_max = None
        if roles[i] != "total":
            continue
        value = amounts[i].value
        if i > 0 and roles[i - 1] == "item" and later_max is not None and later_max > value:
            out[i] = "item"
        line_max = _max(line_max, value)
    return out


def _max(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return b if a is None else a if b is None else max(a, b)


def _meeting_without_project(lines: Lines, amounts: list[Amount], bounds: Bounds,
                             roles: list[str], cues: Cues) -> list[str]:
    """Minutes record a meeting (and a periodic work report a period), not a project: a total in
    them is a budget only when its agenda item names the project or activity it pays for
    ("4.2 โครงการคัดกรอง…" / "งบประมาณ 37,500 บาท";
    "มติ ให้ รพ. จัดอบรม Caregiver … ใช้งบประมาณ 35,000 บาท"). An allocation, an emergency fund or
    a purchase is no project's budget (totals -> other)."""
    if "total" not in roles or not (_opens_minutes(lines, cues) or _period_report(lines, cues)):
        return roles
    out = list(roles)
    for i, (a, (ls, _), r) in enumerate(zip(amounts, bounds, roles)):
        if r == "total" and not _item_names_activity(lines, ls, a.start, cues):
            out[i] = "other"
    return out


def _item_names_activity(lines: Lines, ls: int, at: int, cues: Cues) -> bool:
    """Whether the amount's line up to `at`, or the lines of its agenda item above it (wrapped
    lines, up to the numbered line that opens the item), name a project or an activity."""
    text = lines.text
    if cues.mentions_activity(text, ls, at):
        return True
    for _ in range(ITEM_LINES):
        if text[ls:LIST_MARKER.match(text, ls).end()].strip() or not text[ls:at].strip():
            return False  # the item's own numbered line, or a blank line: nothing above is its
        above = lines.previous(ls)
        if above is None:
            return False
        ls, at = above
        if cues.mentions_activity(text, ls, at):
            return True
    return False


def _requested_when_approved(lines: Lines, amounts: list[Amount],
                             bounds: Bounds, roles: list[str],
                             cues: Cues) -> list[str]:
    """A total asked for ("งบประมาณที่ขอ 42,800 บาท") in a document that also states a total
    granted ("งบประมาณที่อนุมัติ 39,500 บาท") is no budget (other): the granted one is."""
    per_line: dict[tuple[int, int], tuple[list[int], list[str]]] = {}
    stages: list[str | None] = []
    for a, (ls, le), r in zip(amounts, bounds, roles):
        if r != "total":
            stages.append(None)
            continue
        if (ls, le) not in per_line:
            per_line[ls, le] = cues.stage_terms(lines.text, ls, le)
        ends, kinds = per_line[ls, le]
        # the last term that ends before the amount: a term never holds the amount's digits
        i = bisect_right(ends, a.start)
        stages.append(kinds[i - 1] if i else None)
    if "approved" not in stages or "requested" not in stages:
        return roles
    return ["other" if st == "requested" else r for r, st in zip(roles, stages)]


APPROPRIATION_TAIL = 30  # the cue, a จำนวน and spaces: how far back it is looked for


def _appropriation_beside_total(lines: Lines, amounts: list[Amount], bounds: Bounds,
                                roles: list[str], cues: Cues) -> list[str]:
    """A total right after an appropriation word ("รายจ่ายอื่นๆ ตั้งไว้ 40,000 บาท") is the
    ordinance's line the project draws on; when another total is stated ("เบิกจ่ายในโครงการนี้
    เป็นเงิน 37,500 บาท"), that one is the budget and the appropriation is other money."""
    text = lines.text
    approp = [r == "total" and cues.appropriation.search(
        text, max(ls, a.start - APPROPRIATION_TAIL), a.start) is not None
        for a, (ls, _), r in zip(amounts, bounds, roles)]
    if not any(approp) or not any(r == "total" and not p for r, p in zip(roles, approp)):
        return roles
    return ["other" if p else r for r, p in zip(roles, approp)]


def _period_report(lines: Lines, cues: Cues) -> bool:
    """Is one of the first non-blank lines a periodic work report's heading ("รายงานผลการ
    ปฏิบัติงาน อสม.… ประจำเดือน สิงหาคม 2567") naming no project?"""
    for start, end in _first_lines(lines):
        if cues.period_report.search(lines.text, start, end) is not None:
            return cues.period_mark.search(lines.text, start, end) is not None \
                and not cues.mentions_project(lines.text, start, end)
    return False


def _first_lines(lines: Lines):
    """[start, end) of the first MINUTES_HEADING_LINES non-blank lines."""
    seen = 0
    for start in lines.starts:
        end = lines.bounds(start)[1]
        if not lines.text[start:end].strip():
            continue
        yield start, end
        seen += 1
        if seen >= MINUTES_HEADING_LINES:
            return


def _opens_minutes(lines: Lines, cues: Cues) -> bool:
    """Does a minutes heading (รายงานการประชุม …) open one of the first non-blank lines?"""
    return any(cues.meeting.match(lines.text, start, end) for start, end in _first_lines(lines))


def _part_of_larger(lines: Lines, amounts: list[Amount], roles: list[str],
                    cues: Cues) -> list[str]:
    """A total spent or used "from" a larger total in the same sentence is a part of it, not the
    budget: "ใช้งบประมาณครั้งนี้ 8,450 บาท (…) จากงบประมาณโครงการทั้งสิ้น 48,000 บาท"."""
    out = list(roles)
    text = lines.text
    for j in range(1, len(amounts)):
        b = amounts[j]
        if roles[j] != "total":
            continue
        for i in range(j - 1, -1, -1):
            a = amounts[i]
            if b.start - a.end > PART_GAP or "\n\n" in text[a.end:b.start]:
                break
            if roles[i] == "total":
                if a.value < b.value and cues.part_of.search(text, amounts[j - 1].end, b.start):
                    out[i] = "other"
                break
    return out
