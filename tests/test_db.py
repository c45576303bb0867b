"""Loading into a database: schema, typed columns, idempotence, --replace, error rows, SQL
injection, CSV export and the README's queries, on a real SQLite file.

tests/test_postgres.py imports the backend-neutral tests (those taking `db_url`) and runs them
again on a real PostgreSQL server."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from typer.testing import CliRunner

from thaidocx import extract
from thaidocx.cli import app
from thaidocx.db import DB_SCHEMA_VERSION, FIELD_TABLES, DbError, documents, open_db
from thaidocx.model import Evidence, Title

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
README = ROOT / "README.md"
ALL_TABLES = ["documents", *FIELD_TABLES]


@pytest.fixture()
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'reports.db'}"


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def run_jsonl(runner, tmp_path):
    """An earlier run over part of the corpus, as JSONL."""
    out = tmp_path / "run.jsonl"
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:12]), "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, in id order (the report column as parsed JSON)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out = {}
            for name in ALL_TABLES:
                rows = conn.execute(text(f"SELECT * FROM {name} ORDER BY id")).all()
                out[name] = [tuple(json.loads(v) if isinstance(v, str) and v.startswith("{")
                                   else v for v in r) for r in rows]
            return out
    finally:
        engine.dispose()


def query(url: str, sql: str, **params) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params).all()]
    finally:
        engine.dispose()


def readme_queries() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 3, "the README shows three example queries"
    return blocks


# ---- backend-neutral (also run on PostgreSQL) ---------------------------------------------------

def test_schema_is_created_on_first_use_with_its_version(db_url):
    open_db(db_url).dispose()
    engine = create_engine(db_url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {"thaidocx_schema", *ALL_TABLES} <= names
    assert query(db_url, "SELECT version FROM thaidocx_schema") == [(DB_SCHEMA_VERSION,)]
    open_db(db_url).dispose()  # the second use finds it and changes nothing
    assert query(db_url, "SELECT COUNT(*) FROM thaidocx_schema") == [(1,)]


def test_a_database_of_another_schema_version_is_refused(runner, db_url, run_jsonl):
    open_db(db_url).dispose()
    query_engine = create_engine(db_url)
    with query_engine.begin() as conn:
        conn.execute(text("UPDATE thaidocx_schema SET version = 99"))
    query_engine.dispose()
    with pytest.raises(DbError, match="version 99"):
        open_db(db_url)
    res = runner.invoke(app, ["load", str(run_jsonl), "--db", db_url])
    assert res.exit_code == 2 and "version 99" in res.stderr


def test_extract_into_the_database_fills_typed_columns(runner, db_url):
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:12]), "--db", db_url, "-q"])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""  # --db without -o: nothing on stdout
    engine = open_db(db_url)
    try:
        with engine.connect() as conn:
            dates = FIELD_TABLES["dates"]
            budgets = FIELD_TABLES["budgets"]
            parts = FIELD_TABLES["participants"]
            assert conn.execute(select(func.count()).select_from(documents)).scalar() == 12
            d = conn.execute(select(dates.c.date_value, dates.c.value)).first()
            assert isinstance(d[0], date) and d[0].isoformat().startswith(d[1][:7])
            amount = conn.execute(select(budgets.c.amount)).scalars().first()
            assert isinstance(amount, Decimal)
            n = conn.execute(select(parts.c.count)).scalars().first()
            assert isinstance(n, int)
            ev = conn.execute(select(budgets.c.evidence_text, budgets.c.evidence_start,
                                     budgets.c.evidence_end, budgets.c.rule, documents.c.path)
                              .join(documents)).first()
    finally:
        engine.dispose()
    original = Path(ev.path).read_text(encoding="utf-8")
    assert original[ev.evidence_start:ev.evidence_end] == ev.evidence_text and ev.rule


def test_loading_the_same_reports_twice_changes_nothing(runner, db_url, run_jsonl):
    assert runner.invoke(app, ["load", str(run_jsonl), "--db", db_url]).exit_code == 0
    before = dump(db_url)
    res = runner.invoke(app, ["load", str(run_jsonl), "--db", db_url])
    assert res.exit_code == 0 and "0 documents added" in res.stderr and "12 already" in res.stderr
    assert dump(db_url) == before
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:12]), "--db", db_url])
    assert res.exit_code == 0 and dump(db_url) == before


def test_a_changed_file_is_added_as_its_own_document(runner, db_url, tmp_path):
    doc = tmp_path / "activity.txt"
    doc.write_text(CORPUS[0].read_text(encoding="utf-8"), encoding="utf-8")
    assert runner.invoke(app, ["extract", str(doc), "--db", db_url]).exit_code == 0
    doc.write_text(CORPUS[1].read_text(encoding="utf-8"), encoding="utf-8")
    assert runner.invoke(app, ["extract", str(doc), "--db", db_url]).exit_code == 0
    rows = query(db_url, "SELECT path, sha256 FROM documents ORDER BY id")
    assert [p for p, _ in rows] == [str(doc), str(doc)] and rows[0][1] != rows[1][1]


def test_replace_rewrites_a_documents_field_rows_with_new_rules(runner, db_url, tmp_path):
    doc = tmp_path / "clinic.txt"
    doc.write_text("โรงพยาบาลมี 30 เตียง ผู้เข้าร่วม 25 คน\n", encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "beds.toml").write_text(
        "[[rules]]\nid = 'user.beds'\nfield = 'participants'\n"
        "pattern = '(?P<num>[0-9]+) เตียง'\nexamples = ['มี 30 เตียง']\n", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(doc), "--db", db_url]).exit_code == 0
    sql = ("SELECT p.count, p.rule FROM participants p JOIN documents d ON d.id = p.document_id "
           "ORDER BY p.seq")
    before = query(db_url, sql)
    assert ("user.beds" not in [r for _, r in before])
    plain = ["extract", str(doc), "--db", db_url, "--rules", str(rules)]
    assert runner.invoke(app, plain).exit_code == 0
    assert query(db_url, sql) == before  # without --replace a stored document stays as it is
    res = runner.invoke(app, [*plain, "--replace"])
    assert res.exit_code == 0, res.output
    after = query(db_url, sql)
    assert (30, "user.beds") in after and len(after) == len(before) + 1
    assert query(db_url, "SELECT COUNT(*) FROM documents") == [(1,)]


def test_load_replace_updates_documents_already_there(runner, db_url, run_jsonl, tmp_path):
    assert runner.invoke(app, ["load", str(run_jsonl), "--db", db_url]).exit_code == 0
    edited = tmp_path / "edited.jsonl"
    recs = [json.loads(x) for x in run_jsonl.read_text(encoding="utf-8").splitlines()]
    recs[0]["budgets"] = recs[0]["budgets"][:1]
    edited.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                      encoding="utf-8")
    res = runner.invoke(app, ["load", str(edited), "--db", db_url, "--replace"])
    assert res.exit_code == 0 and "12 replaced" in res.stderr
    sha = recs[0]["source"]["sha256"]
    n = query(db_url, "SELECT COUNT(*) FROM budgets b JOIN documents d ON d.id = b.document_id "
                      "WHERE d.sha256 = :sha", sha=sha)
    assert n == [(1,)]
    assert query(db_url, "SELECT COUNT(*) FROM documents") == [(12,)]


def test_failures_are_rows_too(runner, db_url, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00" * 64)
    res = runner.invoke(app, ["extract", str(CORPUS[0]), str(bad), str(tmp_path / "gone.txt"),
                              "--db", db_url])
    assert res.exit_code == 1
    rows = query(db_url, "SELECT path, sha256 IS NULL, error_type, error_message, report "
                         "FROM documents ORDER BY id")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (str(CORPUS[0]), False, None), (str(bad), False, "LoadError"),
        (str(tmp_path / "gone.txt"), True, "LoadError")]
    assert "binary" in rows[1][3] and rows[1][4] is None
    again = runner.invoke(app, ["extract", str(CORPUS[0]), str(bad), str(tmp_path / "gone.txt"),
                                "--db", db_url, "--resume"])
    assert again.exit_code == 0 and "3 skipped" in again.stderr
    assert query(db_url, "SELECT COUNT(*) FROM documents") == [(3,)]


INJECTIONS = [
    pytest.param("x'); DROP TABLE documents; --.txt", "ผู้เข้าร่วม 25 คน", id="in-file-name"),
    pytest.param("plain.txt", "โครงการ'); DELETE FROM budgets; --\nงบประมาณ 20,000 บาท "
                              "ผู้เข้าร่วม 25 คน \"; DROP TABLE participants; --",
                 id="in-document-text"),
]


@pytest.mark.parametrize("name, content", INJECTIONS)
def test_sql_injection_attempts_are_stored_as_text(runner, db_url, tmp_path, name, content):
    doc = tmp_path / name
    doc.write_text(content + "\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(CORPUS[0]), str(doc), "--db", db_url])
    assert res.exit_code == 0, res.output
    assert query(db_url, "SELECT path FROM documents ORDER BY id") == [(str(CORPUS[0]),), (str(doc),)]
    stored = query(db_url, "SELECT report FROM documents WHERE path = :p", p=str(doc))[0][0]
    report = json.loads(stored) if isinstance(stored, str) else stored  # JSONB arrives parsed
    assert report["source"]["path"] == str(doc)
    assert query(db_url, "SELECT COUNT(*) FROM participants p JOIN documents d "
                         "ON d.id = p.document_id WHERE d.path = :p", p=str(doc)) == [(1,)]
    assert query(db_url, "SELECT COUNT(*) FROM budgets")[0][0] > 0


def test_the_readme_queries_run_and_add_up(runner, db_url):
    assert runner.invoke(app, ["extract", *map(str, CORPUS), "--db", db_url, "-q"]).exit_code == 0
    budget, per_month, officials = (query(db_url, q) for q in readme_queries())
    docs = [extract(p.read_text(encoding="utf-8")) for p in CORPUS]
    totals = [next((b.amount for b in r.budgets if b.role == "total"), None) for r in docs]
    assert float(sum(row[4] for row in budget)) == pytest.approx(sum(t for t in totals if t))
    assert per_month and all(re.fullmatch(r"\d{4}-\d{2}", m) for m, _, _ in per_month)
    positions = sum(1 for r in docs for o in r.officials if o.position)
    assert sum(n for _, n, _, _ in officials) == positions


def test_export_writes_one_csv_row_per_document_with_a_bom(runner, db_url, run_jsonl, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary\x00" * 64)
    assert runner.invoke(app, ["load", str(run_jsonl), "--db", db_url]).exit_code == 0
    assert runner.invoke(app, ["extract", str(bad), "--db", db_url]).exit_code == 1
    out = tmp_path / "reports.csv"
    res = runner.invoke(app, ["export", "--db", db_url, "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0, res.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 13
    first = json.loads(run_jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert rows[0]["title"] == first["title"]["value"] and "โครงการ" in rows[0]["title"]
    assert rows[0]["province"] == (first["area"] or {}).get("province", "")
    assert {"first_date", "fiscal_year", "budget_total", "participants_total"} <= set(rows[0])
    assert rows[-1]["error_type"] == "LoadError" and rows[-1]["title"] == ""


def test_export_defuses_cells_that_look_like_formulas(runner, db_url, tmp_path):
    report = extract("โครงการอบรม งบประมาณ 20,000 บาท", source="evil.txt")
    evil = "=HYPERLINK(\"http://x\")"
    report = report.model_copy(update={"title": Title(value=evil, evidence=Evidence(
        text=evil, start=0, end=len(evil), rule="test.title"))})
    jsonl = tmp_path / "evil.jsonl"
    jsonl.write_text(report.to_json() + "\n", encoding="utf-8")
    assert runner.invoke(app, ["load", str(jsonl), "--db", db_url]).exit_code == 0
    res = runner.invoke(app, ["export", "--db", db_url])
    rows = list(csv.DictReader(io.StringIO(res.stdout_bytes.decode("utf-8-sig"))))
    assert rows[0]["title"] == "'" + evil
    assert query(db_url, "SELECT title FROM documents") == [(evil,)]  # stored as it was


def test_load_skips_a_torn_last_line_and_counts_invalid_lines(runner, db_url, run_jsonl, tmp_path):
    lines = run_jsonl.read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(lines[0] + '{"not": "a report"}\n' + lines[1] + lines[2][:40],
                      encoding="utf-8")
    res = runner.invoke(app, ["load", str(broken), "--db", db_url])
    assert res.exit_code == 1
    assert "line 2: not a Report" in res.stderr and "incomplete last line" in res.stderr
    assert query(db_url, "SELECT COUNT(*) FROM documents") == [(2,)]


def test_unstorable_characters_are_replaced_not_fatal(runner, db_url, tmp_path):
    report = extract("โครงการอบรม งบประมาณ 20,000 บาท", source="nul.txt")
    bad = "ชื่อ\x00โครงการ"
    report = report.model_copy(update={"title": Title(value=bad, evidence=Evidence(
        text=bad, start=0, end=len(bad), rule="test.title"))})
    jsonl = tmp_path / "nul.jsonl"
    jsonl.write_text(report.to_json() + "\n", encoding="utf-8")
    res = runner.invoke(app, ["load", str(jsonl), "--db", db_url])
    assert res.exit_code == 0, res.output
    assert query(db_url, "SELECT title FROM documents") == [("ชื่อ\ufffdโครงการ",)]


# ---- SQLite only ---------------------------------------------------------------------------------

def test_db_alone_means_thaidocx_db_in_the_current_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["extract", str(CORPUS[0]), "--db"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "thaidocx.db").is_file()
    res = runner.invoke(app, ["export", "--db"])
    assert res.exit_code == 0 and len(res.stdout_bytes.decode("utf-8-sig").splitlines()) == 2


def test_db_option_before_the_paths_still_takes_them_as_inputs(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["extract", "--db", str(CORPUS[0]), str(CORPUS[1])])
    assert res.exit_code == 0, res.output
    assert query(f"sqlite:///{tmp_path / 'thaidocx.db'}", "SELECT COUNT(*) FROM documents") == [(2,)]


def test_an_unusable_database_is_an_error_not_a_crash(runner, tmp_path):
    res = runner.invoke(app, ["extract", str(CORPUS[0]),
                              "--db", f"sqlite:///{tmp_path}/no/such/folder/x.db"])
    assert res.exit_code == 2 and "cannot use database" in res.stderr
    res = runner.invoke(app, ["load", str(CORPUS[0]), "--db", "nosuchdialect://x"])
    assert res.exit_code == 2
