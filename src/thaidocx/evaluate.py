"""`thaidocx eval`: score extracted Reports against gold annotations.

Fields and matching rules are those of the project scorer (shared/eval/score.py; gold format
in GOLD.md), reproduced so that both give the same figures: texts compare after `norm` (titles,
venues, positions, objectives may differ a little: `similar`), numbers after `num`; values are
deduplicated (not officials), matched greedily one-to-one in gold order, and counted over all
documents (micro-average). A document without a prediction is scored as an empty Report.
"""
from __future__ import annotations

import json
import math
import operator
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TextIO

from .load import LoadError
from .pipeline import extract_file
from .ruleset import RuleSet

FIELDS = ("title", "dates", "fiscal_years_be", "budget_total", "money", "participants",
          "officials", "positions", "venues", "provinces", "objectives")
MEAN = "mean"
USAGE_ERROR = 2
FLOOR_FAILED = 1

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


# ---------------------------------------------------------------- totals
@dataclass
class FieldScore:
    """Micro-averaged counts of one field over all documents."""
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, m: Matched) -> None:
        self.tp, self.pred, self.gold = self.tp + m.tp, self.pred + m.pred, self.gold + m.gold

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1; an empty side counts as perfect only when both are empty."""
        p = self.tp / self.pred if self.pred else (1.0 if self.gold == 0 else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if self.pred == 0 else 0.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def f1(self) -> float:
        return self.prf()[2]

    def as_dict(self) -> dict[str, float | int]:
        p, r, f = self.prf()
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "pred": self.pred,
                "gold": self.gold}


@dataclass(frozen=True)
class Miss:
    doc: str
    field: str
    kind: str  # "missed" (gold value not predicted) or "spurious" (predicted, not in gold)
    value: Any

    def __str__(self) -> str:
        return f"{self.doc} {self.field} {self.kind}: {self.value}"


@dataclass
class Evaluation:
    docs: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    misses: list[Miss] = field(default_factory=list)

    def add(self, doc_id: str, gold: dict, pred: dict) -> None:
        self.docs += 1
        for name, m in score_doc(gold, pred).items():
            self.fields[name].add(m)
            self.misses += [Miss(doc_id, name, "missed", v) for v in m.missed]
            self.misses += [Miss(doc_id, name, "spurious", v) for v in m.spurious]

    @property
    def mean_f1(self) -> float:
        return sum(s.f1 for s in self.fields.values()) / len(self.fields)

    def f1_of(self, name: str) -> float:
        return self.mean_f1 if name == MEAN else self.fields[name].f1

    def as_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, "fields": {f: s.as_dict() for f, s in self.fields.items()},
                "mean_f1": self.mean_f1}


# ---------------------------------------------------------------- floors
@dataclass(frozen=True)
class Floor:
    field: str
    min_f1: float


def parse_floors(specs: Sequence[str]) -> list[Floor]:
    """`FIELD=X` → Floor; raises ValueError with a readable message on a bad spec."""
    floors = []
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep:
            raise ValueError(f"--min-f1 {spec!r}: expected FIELD=X, e.g. dates=0.8")
        if name not in FIELDS and name != MEAN:
            raise ValueError(f"--min-f1 {spec!r}: unknown field {name!r} "
                             f"(one of {', '.join((*FIELDS, MEAN))})")
        try:
            x = float(value)
        except ValueError:
            raise ValueError(f"--min-f1 {spec!r}: {value.strip()!r} is not a number") from None
        if not 0.0 <= x <= 1.0:  # also rejects nan
            raise ValueError(f"--min-f1 {spec!r}: the floor must be between 0 and 1")
        floors.append(Floor(name, x))
    return floors


def failed_floors(ev: Evaluation, floors: Sequence[Floor]) -> list[str]:
    # A tiny tolerance: an F1 of exactly 0.8 must not fail "0.8" through float rounding.
    return [f"F1 floor not met: {f.field} {ev.f1_of(f.field):.3f} < {f.min_f1:g}"
            for f in floors if ev.f1_of(f.field) + 1e-9 < f.min_f1]


# ---------------------------------------------------------------- gold, documents, output
def load_gold(gold_dir: Path) -> tuple[list[tuple[Path, dict]], list[str]]:
    """Every `*.json` in GOLD_DIR (sorted) and a message for each that is not a gold object."""
    golds, errors = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        try:
            g = json.loads(gf.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            errors.append(f"{gf}: unreadable gold: {e}")
            continue
        if not isinstance(g, dict):
            errors.append(f"{gf}: gold must be a JSON object, not {type(g).__name__}")
            continue
        golds.append((gf, g))
    return golds, errors


def find_document(docs_dir: Path, doc_id: str, stem: str) -> Path | None:
    """`<id>.txt`, else `<gold file stem>.txt` (the order score.py looks predictions up)."""
    # An id holding a path separator never names a file in DOCS (score.py keys by file stem).
    names = [n for n in (doc_id, stem) if n and Path(n).name == n and n not in (".", "..")]
    return next((p for p in (docs_dir / f"{n}.txt" for n in names) if p.is_file()), None)


def render_table(ev: Evaluation) -> str:
    lines = [f"{'field':16} {'P':>6} {'R':>6} {'F1':>6}  tp/pred/gold   ({ev.docs} docs)"]
    for name, s in ev.fields.items():
        p, r, f = s.prf()
        lines.append(f"{name:16} {p:6.3f} {r:6.3f} {f:6.3f}  {s.tp}/{s.pred}/{s.gold}")
    lines.append(f"mean F1 {ev.mean_f1:.3f}")
    return "\n".join(lines)


def _predict_or_report(doc_id: str, path: Path | None, docs_dir: Path, rules: RuleSet,
                       err: TextIO) -> dict[str, Any]:
    """The projected Report of one document; on any failure say so and score it as empty."""
    if path is None:
        problem = f"no document {docs_dir / (doc_id + '.txt')}"
    else:
        try:  # through the JSON form, exactly as score.py reads a JSONL line
            return project(json.loads(extract_file(path, rules=rules).to_json()))
        except LoadError as e:
            problem = f"cannot load {path}: {e}"
        except Exception as e:  # one bad document must never end the evaluation
            problem = f"{path}: internal error {type(e).__name__}: {e}"
    _say(err, f"{doc_id}: {problem} (scored as an empty prediction)")
    return EMPTY_PREDICTION


def score_corpus(golds: list[tuple[Path, dict]], docs_dir: Path, rules: RuleSet,
                 err: TextIO) -> Evaluation:
    """Extract each gold's document and score it; problems are reported on `err` as they come."""
    ev = Evaluation()
    for gf, g in golds:
        doc_id = str(g.get("id") or gf.stem)
        path = find_document(docs_dir, doc_id, gf.stem)
        ev.add(doc_id, g, _predict_or_report(doc_id, path, docs_dir, rules, err))
    return ev


def write_result(ev: Evaluation, show_errors: bool, as_json: bool, out: TextIO) -> None:
    """The table (after the misses, as score.py prints them) or the JSON result."""
    if as_json:
        result = ev.as_dict()
        if show_errors:  # inside the JSON, so that the output stays one JSON document
            result["errors"] = [asdict(m) for m in ev.misses]
        out.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    if show_errors and ev.misses:
        out.write("\n".join(str(m) for m in ev.misses) + "\n")
    out.write(render_table(ev) + "\n")


def _say(err: TextIO, msg: str) -> None:
    err.write(f"thaidocx eval: {msg}\n")
    err.flush()


def run_eval(gold_dir: Path, docs_dir: Path | None, show_errors: bool, as_json: bool,
             min_f1: list[str], rules: RuleSet, out: TextIO, err: TextIO | None = None) -> int:
    """Score extraction of GOLD_DIR/../docs (or DOCS) against GOLD_DIR; returns the exit code:
    0, 1 when a --min-f1 floor is not met, 2 on a usage error (bad floor, missing folders,
    unreadable or no gold). Results go to `out`, problems to `err` (default: standard error).
    A missing or unloadable document is reported and scored as an empty prediction."""
    err = err if err is not None else sys.stderr
    try:
        floors = parse_floors(min_f1 or [])
    except ValueError as e:
        _say(err, str(e))
        return USAGE_ERROR
    gold_dir = Path(gold_dir)
    docs_dir = Path(docs_dir) if docs_dir is not None else gold_dir.parent / "docs"
    golds: list[tuple[Path, dict]] = []
    if not gold_dir.is_dir():
        problems = [f"gold directory {gold_dir} does not exist"]
    elif not docs_dir.is_dir():
        problems = [f"documents directory {docs_dir} does not exist (give it with --docs DIR)"]
    else:
        golds, problems = load_gold(gold_dir)
        problems = problems or ([] if golds else [f"no gold files (*.json) in {gold_dir}"])
    for msg in problems:
        _say(err, msg)
    if problems:
        return USAGE_ERROR
    ev = score_corpus(golds, docs_dir, rules, err)
    write_result(ev, show_errors, as_json, out)
    failures = failed_floors(ev, floors)
    for msg in failures:
        _say(err, msg)
    return FLOOR_FAILED if failures else 0
