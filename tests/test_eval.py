"""`thaidocx eval`: the matching rules of each field, agreement with shared/eval/score.py,
missing documents, --show-errors / --json output and --min-f1 floors."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import thaidocx.evaluate as evaluate
from thaidocx import extract_file
from thaidocx.cli import app
from thaidocx.evaluate import FIELDS, project, run_eval, score_doc, similar
from thaidocx.model import Report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
SCORE_PY = SHARED / "eval" / "score.py"
needs_shared = pytest.mark.skipif(not SCORE_PY.is_file(),
                                  reason=f"{SCORE_PY} is absent: nothing to compare with")


# ---------------------------------------------------------------- building Reports and gold

def make_report(stem: str, *, title=None, dates=(), fiscal=(), budgets=(), participants=(),
                officials=(), venues=(), area=None, objectives=()) -> Report:
    """A valid Report from plain values: dates "V" or "V/END", budgets (amount, role),
    officials (title, name, position), venues (name, province)."""
    ev = {"text": "x", "start": 0, "end": 1, "rule": "test"}

    def date(s):
        v, _, e = s.partition("/")
        return {"value": v, "end": e or None, "precision": "day" if len(v) == 10 else "month",
                "era": "BE", "evidence": ev}

    return Report.model_validate({
        "source": {"path": f"/somewhere/{stem}.txt", "sha256": "0" * 64, "chars": 1},
        "title": {"value": title, "evidence": ev} if title else None,
        "area": {"province": area, "evidence": ev} if area else None,
        "dates": [date(d) for d in dates],
        "fiscal_years": [{"be": be, "ce": be - 543, "start": f"{be - 544}-10-01",
                          "end": f"{be - 543}-09-30", "evidence": ev} for be in fiscal],
        "budgets": [{"amount": a, "role": r, "evidence": ev} for a, r in budgets],
        "participants": [{"count": c, "role": "unknown", "evidence": ev} for c in participants],
        "officials": [{"title": t, "name": n, "position": p, "evidence": ev}
                      for t, n, p in officials],
        "venues": [{"name": n, "province": p, "evidence": ev} for n, p in venues],
        "objectives": [{"text": t, "evidence": ev} for t in objectives],
    })


def scored(gold: dict, report: Report) -> dict[str, tuple[int, int, int]]:
    """tp/pred/gold per field for one document."""
    res = score_doc(gold, project(json.loads(report.to_json())))
    return {f: (m.tp, m.pred, m.gold) for f, m in res.items()}


@pytest.fixture
def fake_extract(monkeypatch):
    """Make run_eval 'extract' prepared Reports (by document stem) instead of running rules."""
    reports: dict[str, Report] = {}

    def extract(path, rules=None, encoding=None):
        return reports[Path(path).stem]

    monkeypatch.setattr(evaluate, "extract_file", extract)
    return reports


def write_set(root: Path, golds: dict[str, dict], docs: list[str]) -> Path:
    """ROOT/gold/<id>.json for each gold, ROOT/docs/<id>.txt for each doc; returns ROOT/gold."""
    (root / "gold").mkdir(parents=True)
    (root / "docs").mkdir()
    for doc_id, g in golds.items():
        (root / "gold" / f"{doc_id}.json").write_text(
            json.dumps({"id": doc_id, **g}, ensure_ascii=False), encoding="utf-8")
    for doc_id in docs:
        (root / "docs" / f"{doc_id}.txt").write_text("เอกสาร\n", encoding="utf-8")
    return root / "gold"


def call(gold_dir: Path, *, docs=None, show_errors=False, as_json=False, min_f1=(), rules=None,
         only=None):
    out, err = io.StringIO(), io.StringIO()
    code = run_eval(gold_dir, docs, show_errors, as_json, list(min_f1), rules, out, err, only=only)
    return code, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------- matching rule per field

P = pytest.param
FIELD_ROWS = [
    P("title", {"title": "โครงการอบรม อสม. ประจำปี 2566"},
      dict(title="โครงการอบรม  อสม.  ประจำปี 2566"), (1, 1, 1), id="title-spacing-ignored"),
    P("title", {"title": ["ข่าวเทศบาล: อบรมผู้สูงอายุ", "โครงการส่งเสริมสุขภาพผู้สูงอายุ"]},
      dict(title="โครงการส่งเสริมสุขภาพผู้สูงอายุ"), (1, 1, 1), id="title-second-alternative"),
    P("title", {"title": ["โครงการก", "โครงการข"]}, dict(), (0, 0, 1),
      id="title-alternatives-are-one-gold-value"),
    P("title", {"title": "โครงการส่งเสริมสุขภาพผู้สูงอายุ"},
      dict(title="โครงการส่งเสริมสุขภาพผู้สูงอายุ ตำบลบ้านใหม่"), (1, 1, 1),
      id="title-contained-at-least-half"),
    P("title", {"title": "โครงการส่งเสริมสุขภาพผู้สูงอายุ"},
      dict(title="รายงานการประชุมคณะกรรมการ"), (0, 1, 1), id="title-different"),
    P("title", {"title": None}, dict(title="โครงการใดๆ"), (0, 1, 0), id="title-null-gold"),
    P("dates", {"dates": ["2021-01-25/2021-12-31"]}, dict(dates=["2021-01-25/2021-12-31"]),
      (1, 1, 1), id="dates-range-from-value-and-end"),
    P("dates", {"dates": ["2021-01-25/2021-12-31"]}, dict(dates=["2021-01-25"]), (0, 1, 1),
      id="dates-range-start-alone-misses"),
    P("dates", {"dates": ["2019-04-04"]}, dict(dates=["2019-04-04/2019-04-04"]), (1, 1, 1),
      id="dates-end-equal-to-value-is-one-day"),
    P("dates", {"dates": ["2019-04"]}, dict(dates=["2019-04", "2019-04"]), (1, 1, 1),
      id="dates-duplicates-collapsed"),
    P("fiscal_years_be", {"fiscal_years_be": ["2562"]}, dict(fiscal=[2562, 2563]), (1, 2, 1),
      id="fiscal-string-gold-is-a-number"),
    P("budget_total", {"budget_total": "20,000"}, dict(budgets=[(20000.0, "total")]), (1, 1, 1),
      id="budget-commas-and-float"),
    P("budget_total", {"budget_total": 20000},
      dict(budgets=[(500, "item"), (15000, "total"), (20000, "total")]), (0, 1, 1),
      id="budget-only-first-total-counts"),
    P("budget_total", {"budget_total": None}, dict(budgets=[(500, "item")]), (0, 0, 0),
      id="budget-none-on-both-sides"),
    P("money", {"money": [20000, 50]},
      dict(budgets=[(20000, "total"), (20000.0, "item"), (50, "unit")]), (2, 2, 2),
      id="money-dedup-same-amount-twice"),
    P("money", {"money": [1250.5]}, dict(budgets=[(1250.504, "item")]), (1, 1, 1),
      id="money-rounded-to-satang"),
    P("participants", {"participants": [150, 258]}, dict(participants=[150, 150, 30]), (1, 2, 2),
      id="participants-dedup-and-spurious"),
    P("officials", {"officials": [{"title": "นาง", "name": "กมลวรรณ ใจดี", "position": None}]},
      dict(officials=[("นาง", "กมลวรรณ  ใจดี", None)]), (1, 1, 1), id="officials-spacing-ignored"),
    P("officials", {"officials": [{"name": "สมชาย ใจดี"}, {"name": "สมชาย ใจดี"}]},
      dict(officials=[(None, "สมชาย ใจดี", None)]), (1, 1, 2), id="officials-not-deduplicated"),
    P("officials", {"officials": [{"name": "สมชาย ใจดี"}]},
      dict(officials=[(None, "สมชาย ใจงาม", None)]), (0, 1, 1), id="officials-name-must-be-equal"),
    P("positions", {"officials": [{"name": "สมศรี มีสุข", "position": "นายกเทศมนตรีตำบลบ้านใหม่"}]},
      dict(officials=[(None, "สมศรี มีสุข", "นายกเทศมนตรีเทศบาลตำบลบ้านใหม่")]), (1, 1, 1),
      id="positions-similar"),
    P("positions", {"officials": [{"name": "สมศรี มีสุข", "position": "นายกเทศมนตรี"}]},
      dict(officials=[(None, "สมหญิง มีสุข", "นายกเทศมนตรี")]), (0, 1, 1),
      id="positions-need-the-same-person"),
    P("positions", {"officials": [{"name": "สมศรี มีสุข", "position": None}]},
      dict(officials=[(None, "สมศรี มีสุข", None)]), (0, 0, 0), id="positions-only-when-given"),
    P("venues", {"venues": ["ห้องประชุมเทศบาลตำบลบ้านใหม่"]},
      dict(venues=[("ห้องประชุม เทศบาลตำบลบ้านใหม่", None)]), (1, 1, 1), id="venues-spacing"),
    P("venues", {"venues": ["รพ.สต.บ้านหนองปรือ"]}, dict(venues=[("รพ.สต.บ้านหนองแวง", None)]),
      (1, 1, 1), id="venues-ratio-0.8-accepts-close-names"),
    P("venues", {"venues": ["รพ.สต.บ้านหนองปรือ"]}, dict(venues=[("วัดป่าเลไลยก์", None)]),
      (0, 1, 1), id="venues-different-place"),
    P("provinces", {"provinces": ["ตาก"]}, dict(venues=[("ศาลา", "จังหวัดตาก")]), (1, 1, 1),
      id="provinces-changwat-prefix"),
    P("provinces", {"provinces": ["จ.ตาก"]}, dict(venues=[("ศาลา", "ตาก")], area="จ. ตาก"),
      (1, 1, 1), id="provinces-abbreviated-prefix-and-area-collapsed"),
    P("provinces", {"provinces": ["ตาก"]}, dict(area="จังหวัดลำปาง"), (0, 1, 1),
      id="provinces-other-province"),
    P("objectives", {"objectives": ["เพื่อส่งเสริมให้ผู้สูงอายุดูแลสุขภาพตนเอง"]},
      dict(objectives=["1. เพื่อส่งเสริมให้ผู้สูงอายุดูแลสุขภาพตนเอง"]), (1, 1, 1),
      id="objectives-list-number-ignored"),
    P("objectives", {"objectives": ["เพื่อส่งเสริมให้ผู้สูงอายุดูแลสุขภาพตนเองได้อย่างถูกต้อง"]},
      dict(objectives=["เพื่อส่งเสริมให้ผู้สูงอายุ"]), (0, 1, 1),
      id="objectives-fragment-too-short"),
]


@pytest.mark.parametrize("field,gold,pred,expected", FIELD_ROWS)
def test_field_matching_rule(field, gold, pred, expected):
    assert scored(gold, make_report("d", **pred))[field] == expected


@pytest.mark.parametrize("a,b,threshold,expected", [
    P("ทำ", "ท\u0e4d\u0e32", 0.99, True, id="nikhahit-sara-aa-is-sara-am"),
    P("“ศาลาประชาคม”", "ศาลาประชาคม", 0.99, True, id="quotes-ignored"),
    P("", "", 0.0, False, id="empty-never-similar"),
    P("อบต.", "อบต.บ้านใหม่", 0.99, False, id="short-part-is-not-enough"),
])
def test_similar(a, b, threshold, expected):
    assert similar(a, b, threshold) is expected


def test_empty_report_gold_empty_scores_one():
    gold = {f: [] for f in ("dates", "money", "officials")}
    assert all(v == (0, 0, 0) for v in scored(gold, make_report("d")).values())


# ---------------------------------------------------------------- same figures as score.py

def score_py(gold_dir: Path, reports: list[Report], tmp_path: Path, *flags: str) -> str:
    jsonl = tmp_path / "preds.jsonl"
    jsonl.write_text("".join(r.to_json() + "\n" for r in reports), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORE_PY), str(gold_dir), str(jsonl), *flags],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return done.stdout


# Documents and answer keys written for this test (the corpus may not exist yet).
TINY_DOCS = {
    "elderly": "โครงการส่งเสริมสุขภาพผู้สูงอายุ ตำบลบ้านใหม่ ประจำปีงบประมาณ 2566\n"
               "วัตถุประสงค์\n1. เพื่อส่งเสริมให้ผู้สูงอายุมีความรู้ในการดูแลสุขภาพตนเอง\n"
               "2. เพื่อลดภาวะแทรกซ้อนจากโรคเรื้อรัง\n"
               "กลุ่มเป้าหมาย ผู้สูงอายุ จำนวน 60 คน\n"
               "ระยะเวลาดำเนินการ วันที่ 15 มีนาคม 2566\n"
               "สถานที่ ณ ศาลาประชาคมหมู่ที่ 3 ตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา\n"
               "งบประมาณ จากกองทุนหลักประกันสุขภาพ เป็นเงิน 12,500 บาท\n"
               "ผู้รับผิดชอบโครงการ นางสาวสมศรี ใจดี ตำแหน่ง พยาบาลวิชาชีพชำนาญการ\n",
    "news": "เทศบาลตำบลนาดี จัดอบรมอาสาสมัครสาธารณสุข\n"
            "เมื่อวันที่ 4-5 เม.ย. 62 นายสมชาย รักดี นายกเทศมนตรีตำบลนาดี เป็นประธานเปิดการอบรม "
            "ณ ห้องประชุมเทศบาลตำบลนาดี มี อสม. เข้าร่วม 45 คน\n",
}
TINY_GOLD = {
    "elderly": {"title": "โครงการส่งเสริมสุขภาพผู้สูงอายุ ตำบลบ้านใหม่ ประจำปีงบประมาณ 2566",
                "dates": ["2023-03-15"], "fiscal_years_be": [2566], "budget_total": 12500,
                "money": [12500], "participants": [60],
                "officials": [{"title": "นางสาว", "name": "สมศรี ใจดี",
                               "position": "พยาบาลวิชาชีพชำนาญการ"}],
                "venues": ["ศาลาประชาคมหมู่ที่ 3"], "provinces": ["นครราชสีมา"],
                "objectives": ["เพื่อส่งเสริมให้ผู้สูงอายุมีความรู้ในการดูแลสุขภาพตนเอง",
                               "เพื่อลดภาวะแทรกซ้อนจากโรคเรื้อรัง"]},
    "news": {"title": ["เทศบาลตำบลนาดี จัดอบรมอาสาสมัครสาธารณสุข"],
             "dates": ["2019-04-04/2019-04-05"], "fiscal_years_be": [], "budget_total": None,
             "money": [], "participants": [45],
             "officials": [{"title": "นาย", "name": "สมชาย รักดี",
                            "position": "นายกเทศมนตรีตำบลนาดี"}],
             "venues": ["ห้องประชุมเทศบาลตำบลนาดี"], "provinces": [], "objectives": []},
    "lost": {"title": "โครงการที่ไม่มีเอกสาร", "dates": ["2020-01-01"]},  # no document: empty
}


def tiny_set(root: Path) -> tuple[Path, Path]:
    gold_dir = write_set(root, TINY_GOLD, [])
    for doc_id, text in TINY_DOCS.items():
        (root / "docs" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return gold_dir, root / "docs"


def shared_seeds(_root: Path) -> tuple[Path, Path]:
    return SHARED / "eval" / "seed-gold", SHARED / "seeds"


def project_corpus(_root: Path) -> tuple[Path, Path]:
    if not any((CORPUS / "gold").glob("*.json")):
        pytest.skip("corpus/gold holds no gold files yet")
    return CORPUS / "gold", CORPUS / "docs"


@needs_shared
@pytest.mark.parametrize("make_set", [P(tiny_set, id="tiny-written-here"),
                                      P(shared_seeds, id="shared-seeds"),
                                      P(project_corpus, id="project-corpus")])
def test_same_figures_as_score_py(make_set, tmp_path, rules):
    gold_dir, docs_dir = make_set(tmp_path)
    reports = [extract_file(p, rules=rules) for p in sorted(docs_dir.glob("*.txt"))]
    expected = json.loads(score_py(gold_dir, reports, tmp_path, "--json"))
    code, out, _ = call(gold_dir, docs=docs_dir, as_json=True, rules=rules)
    assert (code, json.loads(out)) == (0, expected)


# Values gold and predictions are drawn from: spellings that differ only in what `norm` drops,
# and near misses on either side of each similarity threshold.
VARIANTS = {
    "title": ["โครงการอบรม อสม. ปี 2566", "โครงการอบรม อสม. ปี 2577", "โครงการอบรม  อสม.",
              "โครงการอบรมแกนนำ", None],
    "dates": ["2023-03-15", "2023-03", "2021-01-25/2021-12-31", "2021-01-25",
              "2023-03-15/2023-03-15"],
    "money": [20000, 20000.0, 1250.5, 50, 12500],
    "names": ["สมศรี ใจดี", "สมศรี  ใจดี", "สมชาย รักดี", "สมหญิง มีสุข"],
    "positions": ["นายกเทศมนตรีตำบลนาดี", "นายกเทศมนตรีเทศบาลตำบลนาดี", "นายกเทศมนตรี",
                  "พยาบาลวิชาชีพ", None],
    "venues": ["ห้องประชุมเทศบาลตำบลนาดี", "ห้องประชุม เทศบาลตำบลนาดี", "ห้องประชุมอบต.นาดี",
               "ศาลาประชาคม", ""],
    "provinces": ["ตาก", "จังหวัดตาก", "จ.ตาก", "ลำปาง", None],
    "objectives": ["เพื่อส่งเสริมสุขภาพ", "1. เพื่อส่งเสริมสุขภาพ", "เพื่อลดโรคเรื้อรังในชุมชน",
                   "เพื่อส่งเสริมสุขภาพผู้สูงอายุในชุมชน", "เพื่อลดการเกิดโรคเรื้อรังในชุมชน"],
}


def random_doc(rng: random.Random, stem: str) -> tuple[dict, Report]:
    def some(key, k=3):
        return [rng.choice(VARIANTS[key]) for _ in range(rng.randint(0, k))]

    people = [(rng.choice(["นาย", None]), rng.choice(VARIANTS["names"]),
               rng.choice(VARIANTS["positions"])) for _ in range(rng.randint(0, 3))]
    gold = {"title": rng.choice([rng.choice(VARIANTS["title"]), some("title")]),
            "dates": some("dates"), "fiscal_years_be": rng.choice([[], [2566], ["2566"]]),
            "budget_total": rng.choice(VARIANTS["money"] + [None]), "money": some("money"),
            "participants": [rng.randint(1, 3) for _ in range(rng.randint(0, 3))],
            "officials": [{"title": t, "name": n, "position": p} for t, n, p in people[:2]],
            "venues": [v for v in some("venues") if v],
            "provinces": [p for p in some("provinces") if p],
            "objectives": some("objectives")}
    venues = [(v, rng.choice(VARIANTS["provinces"])) for v in some("venues")]
    report = make_report(
        stem, title=rng.choice(VARIANTS["title"]),
        dates=some("dates"), fiscal=rng.choice([[], [2566], [2566, 2567]]),
        budgets=[(a, rng.choice(["total", "item"])) for a in some("money", 4)],
        participants=[rng.randint(1, 3) for _ in range(rng.randint(0, 3))],
        officials=[(t, rng.choice(VARIANTS["names"]), p) for t, _, p in people[1:]]
        + [(None, rng.choice(VARIANTS["names"]), rng.choice(VARIANTS["positions"]))],
        venues=venues, area=rng.choice(VARIANTS["provinces"]), objectives=some("objectives"))
    return gold, report


@needs_shared
def test_same_figures_and_errors_as_score_py_on_random_reports(tmp_path, fake_extract):
    rng = random.Random(20240601)
    docs = {f"d{i:02}": random_doc(rng, f"d{i:02}") for i in range(60)}
    gold_dir = write_set(tmp_path, {k: g for k, (g, _) in docs.items()}, list(docs))
    fake_extract.update({k: r for k, (_, r) in docs.items()})
    reports = [r for _, r in docs.values()]
    for flags, as_json in ((["--show-errors"], False), (["--json"], True)):
        expected = score_py(gold_dir, reports, tmp_path, *flags)
        code, out, err = call(gold_dir, show_errors=not as_json, as_json=as_json)
        assert (code, out, err) == (0, expected, "")


# ---------------------------------------------------------------- missing / unloadable documents

def test_missing_document_is_an_error_and_an_empty_prediction(tmp_path, fake_extract):
    gold_dir = write_set(tmp_path, {"a": {"dates": ["2019-04-04"]}, "b": {"dates": ["2020-01"]}},
                         ["a"])
    fake_extract["a"] = make_report("a", dates=["2019-04-04"])
    code, out, err = call(gold_dir, as_json=True)
    assert code == 0
    assert "b: no document" in err and "docs/b.txt" in err
    assert json.loads(out)["fields"]["dates"] == {
        "precision": 1.0, "recall": 0.5, "f1": 2 / 3, "tp": 1, "pred": 1, "gold": 2}


@pytest.mark.parametrize("content", [
    P(b"\x00\x01binary\x00", id="binary-bytes"),
    P(b"\xff\xfe\x00", id="bad-utf16-bom"),
])
def test_unloadable_document_is_named(tmp_path, content, rules):
    gold_dir = write_set(tmp_path, {"bad": {"dates": ["2019-04-04"]}}, [])
    (tmp_path / "docs" / "bad.txt").write_bytes(content)
    code, out, err = call(gold_dir, as_json=True, rules=rules)
    assert code == 0 and "bad: cannot load" in err and "bad.txt" in err
    assert json.loads(out)["fields"]["dates"]["gold"] == 1


def broken_gold(root: Path) -> Path:
    gold_dir = write_set(root, {"a": {}}, ["a"])
    (gold_dir / "b.json").write_text("{oops", encoding="utf-8")
    return gold_dir


def gold_without_docs(root: Path) -> Path:
    (root / "gold").mkdir()
    return root / "gold"


@pytest.mark.parametrize("setup,message", [
    P(lambda root: root / "nope", "gold directory", id="no-gold-dir"),
    P(lambda root: write_set(root, {}, []), "no gold files", id="empty-gold-dir"),
    P(broken_gold, "unreadable gold", id="broken-gold-json"),
    P(gold_without_docs, "documents directory", id="no-docs-dir"),
])
def test_usage_errors(tmp_path, setup, message):
    code, out, err = call(setup(tmp_path))
    assert (code, out) == (2, "") and message in err


# ---------------------------------------------------------------- --show-errors and --json

def test_show_errors_lists_misses_and_spurious_values(tmp_path, fake_extract):
    gold_dir = write_set(tmp_path, {"a": {"dates": ["2019-04-04"], "money": [50]}}, ["a"])
    fake_extract["a"] = make_report("a", budgets=[(50, "unit"), (70, "item")])
    _, text, _ = call(gold_dir, show_errors=True)
    assert text.splitlines()[:2] == ["a dates missed: 2019-04-04", "a money spurious: 70"]
    _, js, _ = call(gold_dir, show_errors=True, as_json=True)
    assert json.loads(js)["errors"] == [
        {"doc": "a", "field": "dates", "kind": "missed", "value": "2019-04-04"},
        {"doc": "a", "field": "money", "kind": "spurious", "value": 70}]


def test_json_shape(tmp_path, fake_extract):
    gold_dir = write_set(tmp_path, {"a": {}}, ["a"])
    fake_extract["a"] = make_report("a")
    result = json.loads(call(gold_dir, as_json=True)[1])
    assert set(result) == {"docs", "fields", "mean_f1"} and result["docs"] == 1
    assert list(result["fields"]) == list(FIELDS) and result["mean_f1"] == 1.0


# ---------------------------------------------------------------- --min-f1 floors

FLOOR_GOLD = {"a": {"dates": ["2019-04-04", "2019-05"], "money": [50]}}  # dates F1 2/3
FLOOR_PRED = dict(dates=["2019-04-04"], budgets=[(50, "unit")])


@pytest.mark.parametrize("floors,code,named", [
    P([], 0, [], id="no-floor"),
    P(["money=1"], 0, [], id="met-exactly"),
    P(["dates=0.6", "mean=0.9"], 0, [], id="all-met"),
    P(["dates=0.7"], 1, ["dates"], id="field-not-met"),
    P(["money=1", "dates=0.9", "mean=0.99"], 1, ["dates", "mean"], id="each-failure-named"),
    P(["dates"], 2, ["FIELD=X"], id="malformed-no-value"),
    P(["dates=high"], 2, ["not a number"], id="malformed-value"),
    P(["dates=1.5"], 2, ["between 0 and 1"], id="out-of-range"),
    P(["budget=0.5"], 2, ["unknown field 'budget'"], id="unknown-field"),
])
def test_min_f1_floors(tmp_path, fake_extract, floors, code, named):
    gold_dir = write_set(tmp_path, FLOOR_GOLD, ["a"])
    fake_extract["a"] = make_report("a", **FLOOR_PRED)
    got, _, err = call(gold_dir, min_f1=floors)
    assert got == code
    assert all(n in err for n in named)
    assert err.count("floor not met") == (len(named) if code == 1 else 0)


@pytest.mark.parametrize("args,code", [
    P(["--min-f1", "dates=0.6", "--min-f1", "money=1"], 0, id="cli-floors-met"),
    P(["--min-f1", "dates=0.7"], 1, id="cli-floor-not-met"),
    P(["--min-f1", "nope=1"], 2, id="cli-unknown-field"),
])
def test_cli_eval(tmp_path, fake_extract, args, code):
    gold_dir = write_set(tmp_path, FLOOR_GOLD, ["a"])
    fake_extract["a"] = make_report("a", **FLOOR_PRED)
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--show-errors", *args])
    assert result.exit_code == code, result.output
    if code != 2:
        assert "a dates missed: 2019-05" in result.stdout
        assert result.stdout.splitlines()[-1].startswith("mean F1")


# ---------------------------------------------------------------- --only

ONLY_GOLD = {"acc13a": {}, "acc13b": {}, "news01": {}}


@pytest.mark.parametrize("only,code,docs,message", [
    P(["news01"], 0, 1, None, id="one-exact-id"),
    P(["acc13*"], 0, 2, None, id="shell-pattern"),
    P(["acc13a", "news01"], 0, 2, None, id="several-ids"),
    P(["acc13*", "acc13a"], 0, 2, None, id="overlapping-patterns-score-each-doc-once"),
    P(["acc13"], 2, None, "--only acc13: no gold file", id="prefix-without-star-is-no-pattern"),
    P(["news01", "typo9"], 2, None, "--only typo9: no gold file", id="a-typo-is-an-error-not-a-smaller-set"),
])
def test_only_scores_the_named_documents(tmp_path, fake_extract, only, code, docs, message):
    gold_dir = write_set(tmp_path, ONLY_GOLD, list(ONLY_GOLD))
    for doc_id in ONLY_GOLD:
        fake_extract[doc_id] = make_report(doc_id)
    got, out, err = call(gold_dir, as_json=True, only=only)
    assert got == code
    if code == 0:
        assert json.loads(out)["docs"] == docs
    else:
        assert out == "" and message in err


def test_cli_eval_only(tmp_path, fake_extract):
    gold_dir = write_set(tmp_path, FLOOR_GOLD | {"b": {}}, ["a", "b"])
    fake_extract["a"] = make_report("a", **FLOOR_PRED)
    fake_extract["b"] = make_report("b")
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--only", "b", "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "(1 docs)" in result.stdout and "missed" not in result.stdout
