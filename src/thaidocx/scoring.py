"""The project scorer's field matching (shared/eval/score.py; gold format in GOLD.md),
reproduced so that `thaidocx eval` gives the same figures: texts compare after `norm` (titles,
venues, positions, objectives may differ a little: `similar`), numbers after `num`; values are
deduplicated (not officials) and matched greedily one-to-one in gold order.
"""
from __future__ import annotations

import math
import operator
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

FIELDS = ("title", "dates", "fiscal_years_be", "budget_total", "money", "participants",
          "officials", "positions", "venues", "provinces", "objectives")

# ---------------------------------------------------------------- value normalization
_LIST_NUMBERING = re.compile(r"^[\s\d๐-๙().\-–•*]+")
_SPACES_QUOTES = re.compile(r"[\s\"“”'‘’]+")


def norm(s: str | None) -> str:
    """The comparison form of a text: spacing, quotes and leading list numbers do not count."""
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u0e4d\u0e32", "\u0e33")  # nikhahit + sara aa -> sara am
    s = _LIST_NUMBERING.sub("", s)
    return _SPACES_QUOTES.sub("", s)


def similar(a: str | None, b: str | None, threshold: float) -> bool:
    """Equal, one a long enough part of the other, or close enough by difflib's ratio."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and short in long_ and len(short) / len(long_) >= 0.5:
        return True
    return SequenceMatcher(None, a, b).ratio() >= threshold


def num(x: Any) -> int | float | None:
    """A number from 20000, 20000.0 or "20,000"; None when it is none."""
    if x is None:
        return None
    try:
        v = float(str(x).replace(",", ""))
    except ValueError:
        return None
    if not math.isfinite(v):  # score.py would crash here; an infinite amount matches nothing
        return None
    return int(v) if v == int(v) else round(v, 2)


def province(p: str | None) -> str | None:
    """A province name without its จังหวัด / จ. prefix."""
    if not p:
        return None
    p = norm(p)
    for prefix in ("จังหวัด", "จ."):
        if p.startswith(prefix):
            p = p[len(prefix):]
    return p or None


def dedup(xs: Sequence[Any]) -> list[Any]:
    """Distinct non-empty values in first-seen order."""
    out: list[Any] = []
    for x in xs:
        if x is not None and x != "" and x not in out:
            out.append(x)
    return out


# ---------------------------------------------------------------- Report -> gold fields
def _items(r: dict, key: str) -> list:
    """The values of a list field (of a Report or a gold file); a lone value as a list."""
    v = r.get(key) or []
    return v if isinstance(v, list) else [v]


def project(r: dict) -> dict[str, Any]:
    """Map a Report (as its JSON) onto the gold fields, as score.py's `from_report` does."""
    title = r.get("title")
    if isinstance(title, dict):
        title = title.get("value") or title.get("text")
    dates = []
    for d in _items(r, "dates"):
        v, e = d.get("value"), d.get("end")
        if v:
            dates.append(f"{v}/{e}" if e and e != v else v)
    budgets = _items(r, "budgets")
    totals = [num(b.get("amount")) for b in budgets if b.get("role") == "total"]
    provinces = {province(v.get("province")) for v in _items(r, "venues")}
    area = r.get("area") or {}
    if isinstance(area, dict):
        provinces.add(province(area.get("province")))
    return {
        "title": title, "dates": dates,
        "fiscal_years_be": [f.get("be") for f in _items(r, "fiscal_years")],
        "budget_total": totals[0] if totals else None,
        "money": [num(b.get("amount")) for b in budgets],
        "participants": [num(p.get("count")) for p in _items(r, "participants")],
        "officials": [{"title": o.get("title"), "name": o.get("name") or "",
                       "position": o.get("position")} for o in _items(r, "officials")],
        "venues": [v.get("name") or v.get("text") or "" for v in _items(r, "venues")],
        "provinces": sorted(p for p in provinces if p),
        "objectives": [o.get("text") or o.get("value") or "" for o in _items(r, "objectives")],
    }


EMPTY_PREDICTION: dict[str, Any] = project({})

# ---------------------------------------------------------------- matching rules per field
def _title_alternatives(g: dict) -> list[list[str]]:
    """Gold title: one string or a list of acceptable alternatives, as ONE gold value."""
    t = g.get("title")
    alts = [t] if isinstance(t, str) else (t or [])
    return dedup([alts] if alts else [])


def _same_person(a: dict, b: dict) -> bool:
    return norm(a.get("name")) == norm(b.get("name"))


def _with_position(people: list) -> list:
    return [x for x in people if isinstance(x, dict) and x.get("position")]


def _gold(key: str, conv: Callable[[Any], Any] = lambda x: x) -> Callable[[dict], list]:
    """Gold values of a list field, converted (`num`, `province`) and deduplicated."""
    return lambda g: dedup([conv(x) for x in _items(g, key)])


def _pred(key: str, conv: Callable[[Any], Any] = lambda x: x) -> Callable[[dict], list]:
    return lambda p: dedup([conv(x) for x in p[key]])


@dataclass(frozen=True)
class FieldMatcher:
    """How one field is compared: gold values, predicted values, and when two are the same."""
    gold: Callable[[dict], list]
    pred: Callable[[dict], list]
    same: Callable[[Any, Any], bool]


MATCHERS: dict[str, FieldMatcher] = {
    "title": FieldMatcher(_title_alternatives, lambda p: dedup([p["title"]]),
                       lambda alts, b: any(similar(a, b, 0.85) for a in alts)),
    "dates": FieldMatcher(_gold("dates"), _pred("dates"), operator.eq),
    "fiscal_years_be": FieldMatcher(_gold("fiscal_years_be", num), _pred("fiscal_years_be", num),
                                 operator.eq),
    "budget_total": FieldMatcher(lambda g: dedup([num(g.get("budget_total"))]),
                              lambda p: dedup([p["budget_total"]]), operator.eq),
    "money": FieldMatcher(_gold("money", num), _pred("money"), operator.eq),
    "participants": FieldMatcher(_gold("participants", num), _pred("participants"), operator.eq),
    # Officials are not deduplicated: two people may share a name.
    "officials": FieldMatcher(lambda g: [x for x in _items(g, "officials") if isinstance(x, dict)],
                           lambda p: p["officials"], _same_person),
    # For each gold person with a position: a predicted person of that name with a similar one.
    "positions": FieldMatcher(lambda g: _with_position(_items(g, "officials")),
                           lambda p: _with_position(p["officials"]),
                           lambda a, b: _same_person(a, b)
                           and similar(a["position"], b["position"], 0.8)),
    "venues": FieldMatcher(_gold("venues"), _pred("venues"), lambda a, b: similar(a, b, 0.8)),
    "provinces": FieldMatcher(_gold("provinces", province), _pred("provinces"), operator.eq),
    "objectives": FieldMatcher(_gold("objectives"), _pred("objectives"),
                            lambda a, b: similar(a, b, 0.85)),
}


@dataclass(frozen=True)
class Matched:
    """One field of one document: counts plus the values left over on each side."""
    tp: int
    pred: int
    gold: int
    missed: list
    spurious: list


def match_greedy(gold: list, pred: list, same: Callable[[Any, Any], bool]) -> Matched:
    """Each gold value (in order) takes the first unused predicted value that is the same."""
    left = list(pred)
    missed = []
    for g in gold:
        i = next((i for i, p in enumerate(left) if same(g, p)), None)
        if i is None:
            missed.append(g)
        else:
            left.pop(i)
    return Matched(len(gold) - len(missed), len(pred), len(gold), missed, left)


def score_doc(gold: dict, pred: dict) -> dict[str, Matched]:
    """Compare one gold file with one projected prediction (see `project`), field by field."""
    return {f: match_greedy(r.gold(gold), r.pred(pred), r.same) for f, r in MATCHERS.items()}
