"""Pages about several projects, each with its own amount (minutes approving several projects, a
fund's list of approved projects, an action plan's rows): none of those amounts is THE project
budget."""
from __future__ import annotations

from decimal import Decimal

from ..literal_re import literal_regex
from .money_cues import LIST_MARKER, Amount, Bounds, Cues, Lines, clause_start

PROJECT_LINES = 3  # how far up an item's wrapped lines are followed to the line that names it


def several_projects(lines: Lines, amounts: list[Amount], bounds: Bounds,
                      roles: list[str], cues: Cues) -> list[str]:
    """A list of projects (lines opening with โครงการ ...) each with its own total, as in
    minutes approving several projects: no amount is THE project budget (totals -> other).
    A project's amount may also be a budget table's cell (an item): an action plan's rows
    "1  โครงการคัดกรอง…  35,600" / "2  โครงการพัฒนา…  48,250" make its รวม row the plan's sum,
    even when the cell reader could not follow the table (strategy heading rows between)."""
    if "total" not in roles:
        return roles
    per_project: dict[int, Decimal] = {}  # a project's line -> its first amount
    amount_lines = {ls for ls, _ in bounds}
    for a, (ls, _), r in zip(amounts, bounds, roles):
        if r in ("total", "item"):
            project = _project_line(lines, ls, amount_lines, cues)
            if project is not None:
                per_project.setdefault(project, a.value)
    if len(set(per_project.values())) < 2:
        for row in _PLAN_ROW.finditer(lines.text):
            if row.start() not in amount_lines and cues.names_project(lines.text, row.start("name")):
                per_project.setdefault(row.start(), Decimal(row.group("num").replace(",", "")))
    if len(set(per_project.values())) < 2 and _sums_projects(lines, amounts, bounds, cues):
        for a, (ls, _) in zip(amounts, bounds):
            project = _project_line(lines, ls, amount_lines, cues)
            if project is not None:
                per_project.setdefault(project, a.value)
    if len(set(per_project.values())) < 2:
        return roles
    return ["other" if r == "total" else r for r in roles]


def _sums_projects(lines: Lines, amounts: list[Amount], bounds: Bounds, cues: Cues) -> bool:
    """Whether an amount's clause counts several projects (money_plan_count: "ประเภทที่ 1 …
    (3 โครงการ · 79,850 บาท)"): the page sums up a fund's or a plan's projects, so each project
    line's own amount counts as a project's, whatever its role (a bare "อนุมัติ 28,600 บาท" is other)."""
    text = lines.text
    if cues.plan_count is None or cues.plan_count.search(text) is None:
        return False
    prev = None
    for a, (ls, _) in zip(amounts, bounds):
        if cues.plan_count.search(text, clause_start(ls, a.start, prev), a.start) is not None:
            return True
        prev = a.end
    return False


# A plan table's numbered row naming a project, its budget cell a comma-grouped number between wide
# gaps, read when no amount was found on it (a table the cell reader could not follow).
_PLAN_ROW = literal_regex(r"(?m)^[ \t]*[0-9]{1,2}\.?[ \t]+(?P<name>\S[^\n]*?)[ \t]{2,}"
                          r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{2})?)(?=[ \t]{2,}|[ \t]*$)")


SUM_ROWS = 15  # the most lines above a sum that its parts are read from


def sum_of_projects(lines: Lines, amounts: list[Amount], bounds: Bounds, roles: list[str],
                     cues: Cues) -> list[str]:
    """A sum (รวม …) adding up exactly the amounts on the lines right above it, two or more of which
    are projects' lines ("1. โครงการคัดกรอง…  48,650 บาท" … "5. ค่าบริหารจัดการกองทุน  60,000 บาท" /
    "รวมอนุมัติ 181,150 บาท"), whatever role those got: what a fund approved for several projects,
    no project's budget (other). The parts run up from the sum's line to a blank line."""
    text = lines.text
    amount_lines = {ls for ls, _ in bounds}
    out = list(roles)
    for j, (b, (ls, _)) in enumerate(zip(amounts, bounds)):
        if roles[j] != "total" or not j or bounds[j - 1][0] == ls \
                or cues.nearest_role(text[ls:b.start]) != "sum":
            continue
        acc, projects, i, below = Decimal(0), set(), j - 1, ls
        while i >= 0 and acc < b.value and text.count("\n", bounds[i][0], ls) <= SUM_ROWS:
            if any(not row.strip() for row in text[bounds[i][1]:below].split("\n")[1:-1]):
                break  # a blank line ends the run of parts
            acc += amounts[i].value
            project = _project_line(lines, bounds[i][0], amount_lines, cues)
            if project is not None:
                projects.add(project)
            below, i = bounds[i][0], i - 1
        if acc == b.value and len(projects) >= 2:
            out[j] = "other"
    return out


def _project_line(lines: Lines, ls: int, amount_lines: set[int], cues: Cues) -> int | None:
    """The start of the line naming the project an amount on the line `ls` belongs to: that line
    when it opens with a project's name, or the numbered line above whose wrapped lines it is
    ("4.1 โครงการ อสม.ใส่ใจ …" / "กลุ่มเป้าหมาย … งบประมาณ 24,600 บาท"): up to PROJECT_LINES lines up,
    over unnumbered lines holding no amount. None when there is none."""
    text = lines.text
    if cues.names_project(text, LIST_MARKER.match(text, ls).end()):
        return ls
    for _ in range(PROJECT_LINES):
        if text[ls:LIST_MARKER.match(text, ls).end()].strip():
            return None  # a numbered line of its own that names no project
        above = lines.previous(ls)
        if above is None or above[0] in amount_lines or not text[above[0]:above[1]].strip():
            return None
        ls = above[0]
        marker = LIST_MARKER.match(text, ls).end()
        if any(c.isdigit() for c in text[ls:marker]):
            return ls if cues.names_project(text, marker) else None
    return None
