"""Highlights: the Report's evidence spans checked against the text, and the mark tree.

A Report's evidence offsets index the original text.  Spans may overlap in any way (a venue
inside a title, a date inside an objective, two spans that cross), so the text is split at
every span boundary and the pieces are nested: properly nested spans become nested elements,
and a span that crosses another is cut into a *head* piece (the one that is focusable and
counted) and *continuation* pieces that point back at the head.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from ..model import Evidence, Report

# Report attribute name, English label, Thai label, colour.  The order is the legend's order
# and the nesting tie-break for identical spans (earlier fields end up outside).
FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("title", "Title", "ชื่อโครงการ", "#6a3d9a"),
    ("area", "Area", "พื้นที่", "#8c564b"),
    ("objectives", "Objectives", "วัตถุประสงค์", "#7a7a00"),
    ("dates", "Dates", "วันที่", "#1f6fb4"),
    ("fiscal_years", "Fiscal years", "ปีงบประมาณ", "#0e8f9e"),
    ("budgets", "Budgets", "งบประมาณ", "#2c8a2c"),
    ("participants", "Participants", "ผู้เข้าร่วม", "#d9690a"),
    ("officials", "Officials", "บุคคล", "#c62828"),
    ("venues", "Venues", "สถานที่", "#c2409a"),
)
WARNING_FIELD = ("warnings", "Warnings", "คำเตือน", "#444444")
FIELD_NAMES = tuple(f[0] for f in FIELDS)
LABELS = {f[0]: f"{f[1]} · {f[2]}" for f in (*FIELDS, WARNING_FIELD)}


@dataclass
class Highlight:
    """One evidence span to mark: `text[start:end]` is the evidence text."""

    hid: str                 # element id, unique in the page
    fieldname: str           # a Report attribute name, or "warnings"
    start: int
    end: int
    value: str               # the normalized value, as a reviewer reads it
    detail: str              # the item's other attributes, "key: value · ..."
    rule: str
    order: int               # position in the Report (tie-break, keeps output stable)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Collected:
    highlights: list[Highlight]
    # (field, index in that field) -> highlight id; missing when the span was skipped
    ids: dict[tuple[str, int], str]
    # warning index -> highlight id its evidence points at
    warning_ids: dict[int, str]
    problems: list[str]      # spans that could not be highlighted, in words


def items_of(report: Report, name: str) -> list[Any]:
    """A field's items as a list (title and area hold at most one)."""
    value = getattr(report, name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _primary(name: str, item: Any) -> tuple[str, set[str]]:
    """The value a reviewer checks first, and the attribute names it already shows."""
    if name == "dates":
        return (f"{item.value}/{item.end}" if item.end else item.value), {"value", "end"}
    if name == "fiscal_years":
        return f"{item.be} BE ({item.ce} CE)", {"be", "ce"}
    if name == "budgets":
        amount = f"{item.amount:,.0f}" if item.amount == int(item.amount) else f"{item.amount:,.2f}"
        return f"{amount} {item.currency}", {"amount", "currency"}
    if name == "participants":
        return str(item.count), {"count"}
    if name == "officials":
        return " ".join(p for p in (item.title, item.name) if p), {"title", "name"}
    if name == "venues":
        return item.name, {"name"}
    if name == "area":
        parts = [p for p in (item.subdistrict, item.district, item.province) if p]
        return " / ".join(parts) or "(no names)", {"subdistrict", "district", "province"}
    if name == "objectives":
        return item.text, {"text"}
    if name == "title":
        return item.value, {"value"}
    return item.code, {"code"}  # warnings


def _flatten(data: dict[str, Any], prefix: str = "") -> list[str]:
    out: list[str] = []
    for key, val in data.items():
        if isinstance(val, dict):
            out += _flatten(val, f"{prefix}{key}.")
        elif val is not None and val != []:
            out.append(f"{prefix}{key}: {val}")
    return out


def describe(name: str, item: BaseModel) -> tuple[str, str]:
    """(value, detail) for an item; detail lists the attributes the value does not show, so new
    Report attributes appear without changing this module."""
    value, shown = _primary(name, item)
    rest = item.model_dump(exclude={"evidence", *shown})
    return value, " · ".join(_flatten(rest))


def _check(ev: Evidence, text: str) -> str | None:
    """Why the span cannot be highlighted in `text`, or None when it can."""
    if ev.start > ev.end or ev.end > len(text):
        return f"offsets {ev.start}–{ev.end} lie outside the text ({len(text)} characters)"
    if text[ev.start:ev.end] != ev.text:
        return (f"the text at {ev.start}–{ev.end} reads {text[ev.start:ev.end]!r}, "
                f"not {ev.text!r} (the document changed?)")
    return None


def collect(report: Report, text: str, prefix: str) -> Collected:
    """Every item with evidence becomes a highlight, after checking `text[start:end]`."""
    out = Collected([], {}, {}, [])
    by_span: dict[tuple[int, int], Highlight] = {}
    for name in FIELD_NAMES:
        for i, item in enumerate(items_of(report, name)):
            ev = item.evidence
            why = _check(ev, text)
            if why:
                out.problems.append(f"{LABELS[name]} #{i + 1} not highlighted: {why}")
                continue
            value, detail = describe(name, item)
            hl = Highlight(f"{prefix}{len(out.highlights)}", name, ev.start, ev.end, value, detail,
                           ev.rule, len(out.highlights))
            out.highlights.append(hl)
            out.ids[(name, i)] = hl.hid
            by_span.setdefault((ev.start, ev.end), hl)
    for i, warn in enumerate(report.warnings):
        _link_warning(out, by_span, text, prefix, i, warn)
    return out


def _link_warning(out: Collected, by_span: dict[tuple[int, int], Highlight], text: str,
                  prefix: str, i: int, warn: Any) -> None:
    """A warning with evidence points at the highlight of the same span, or gets its own."""
    ev = warn.evidence
    if ev is None:
        return
    why = _check(ev, text)
    if why:
        out.problems.append(f"warning {warn.code} not highlighted: {why}")
        return
    hl = by_span.get((ev.start, ev.end))
    if hl is None:
        value, detail = describe("warnings", warn)
        hl = Highlight(f"{prefix}{len(out.highlights)}", "warnings", ev.start, ev.end, value,
                       detail, ev.rule, len(out.highlights))
        out.highlights.append(hl)
        by_span[(ev.start, ev.end)] = hl
    hl.warnings.append(f"⚠ {warn.code}: {warn.message}")
    out.warning_ids[i] = hl.hid


@dataclass
class Mark:
    """A piece of one highlight; `children` hold text and nested marks.  `height` is 1 + the
    deepest nested mark: outer marks draw their underline below the inner ones."""

    hl: Highlight
    head: bool               # the first piece: focusable, carries the id, counted once
    children: list[Mark | str] = field(default_factory=list)
    height: int = 1


def _close(stack: list[Mark], keep: int) -> None:
    """Pop marks down to `keep`, innermost first, passing each height to its parent (no
    recursion: a hostile run may nest thousands of identical spans)."""
    while len(stack) > keep:
        mark = stack.pop()
        if stack:
            stack[-1].height = max(stack[-1].height, mark.height + 1)


def _nest_key(h: Highlight) -> tuple[int, int, int]:
    return (h.start, -h.end, h.order)


def build_tree(text: str, highlights: list[Highlight]) -> list[Mark | str]:
    """Split `text` at every span boundary and nest the pieces (see the module docstring)."""
    starts: dict[int, list[Highlight]] = {}
    ends: dict[int, list[Highlight]] = {}
    empties: dict[int, list[Highlight]] = {}
    for h in highlights:
        target = empties if h.start == h.end else starts
        target.setdefault(h.start, []).append(h)
        if h.start != h.end:
            ends.setdefault(h.end, []).append(h)
    points = sorted({0, len(text), *starts, *ends, *empties})
    root: list[Mark | str] = []
    stack: list[Mark] = []
    active: set[int] = set()
    by_id = {id(h): h for h in highlights}
    seen: set[str] = set()
    for n, p in enumerate(points):
        active.difference_update(id(h) for h in ends.get(p, ()))
        active.update(id(h) for h in starts.get(p, ()))
        wanted = sorted((by_id[k] for k in active), key=_nest_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep].hl is wanted[keep]:
            keep += 1
        _close(stack, keep)
        for h in wanted[keep:]:
            mark = Mark(h, head=h.hid not in seen)
            seen.add(h.hid)
            (stack[-1].children if stack else root).append(mark)
            stack.append(mark)
        here = stack[-1].children if stack else root
        for h in sorted(empties.get(p, ()), key=_nest_key):
            here.append(Mark(h, head=True))
            if stack:
                stack[-1].height = max(stack[-1].height, 2)
        if n + 1 < len(points) and points[n + 1] > p:
            here.append(text[p:points[n + 1]])
    _close(stack, 0)
    return root
