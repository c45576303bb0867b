"""The command line: outputs, exit codes and error messages."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from thaidocx.cli import app

DOC_A = "ประชุมวันที่ 4 เมษายน 2562 ณ ห้องประชุมเทศบาล\n"
DOC_B = "โครงการอบรม อสม. ปีงบประมาณ 2563\n"


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def docs(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "b.txt").write_text(DOC_B, encoding="utf-8")
    (d / "a.txt").write_text(DOC_A, encoding="utf-8")
    (d / "notes.md").write_text("not an input", encoding="utf-8")
    return d


def test_one_file_prints_indented_json_with_thai_characters(runner, docs):
    res = runner.invoke(app, ["extract", str(docs / "a.txt")])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("{\n")
    assert "ห้องประชุม" not in res.stdout or "\\u0e" not in res.stdout
    report = json.loads(res.stdout)
    assert report["schema_version"] == "1"
    assert report["source"]["path"].endswith("a.txt")
    assert report["source"]["chars"] == len(DOC_A)


def test_directory_is_walked_in_sorted_order_into_jsonl(runner, docs, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(docs), "-o", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["source"]["path"].rsplit("/", 1)[-1] for x in lines] == ["a.txt", "b.txt"]


def test_inputs_keep_the_order_given(runner, docs, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(docs / "b.txt"), str(docs / "a.txt"), "-o", str(out)])
    assert res.exit_code == 0
    names = [json.loads(x)["source"]["path"][-5:] for x in out.read_text().splitlines()]
    assert names == ["b.txt", "a.txt"]


def test_output_directory_gets_one_json_per_input(runner, docs, tmp_path):
    out = tmp_path / "reports"
    res = runner.invoke(app, ["extract", str(docs), "-o", f"{out}/"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["source"]["path"].endswith("a.txt")


def test_two_inputs_writing_the_same_file_are_refused(runner, docs, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(DOC_B, encoding="utf-8")
    out = tmp_path / "reports"
    res = runner.invoke(app, ["extract", str(docs / "a.txt"), str(other / "a.txt"), "-o", f"{out}/"])
    assert res.exit_code == 2
    assert "a.json" in res.stderr and "refusing" in res.stderr
    assert not out.exists() or not any(out.iterdir())


def test_a_failed_input_is_named_and_the_others_still_written(runner, docs, tmp_path):
    (docs / "c.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(docs), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert res.exit_code == 1
    assert "c.txt" in res.stderr and "binary" in res.stderr
    assert "missing.txt" in res.stderr
    records = [json.loads(x) for x in out.read_text().splitlines()]
    # Every input has its line: the two Reports, then an error record per failed input.
    assert [("error" in r) for r in records] == [False, False, True, True]
    assert records[2]["source"]["path"].endswith("c.txt")


USAGE_ERRORS = [
    pytest.param(["extract"], id="no-paths"),
    pytest.param(["extract", "--bogus", "x.txt"], id="unknown-option"),
    pytest.param(["frobnicate"], id="unknown-command"),
]


@pytest.mark.parametrize("argv", USAGE_ERRORS)
def test_usage_errors_exit_2(runner, argv):
    assert runner.invoke(app, argv).exit_code == 2


def test_empty_directory_is_a_usage_error(runner, tmp_path):
    res = runner.invoke(app, ["extract", str(tmp_path)])
    assert res.exit_code == 2 and "no input files" in res.stderr


def test_invalid_rules_folder_is_a_usage_error(runner, docs, tmp_path):
    bad = tmp_path / "rules"
    bad.mkdir()
    (bad / "x.toml").write_text("[[rules]]\nid='a.b'\nfield='dates'\npattern='('\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(docs / "a.txt"), "--rules", str(bad)])
    assert res.exit_code == 2 and "x.toml" in res.stderr


def test_user_rules_folder_is_used(runner, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "beds.toml").write_text(
        "[[rules]]\nid = 'user.beds'\nfield = 'participants'\n"
        "pattern = '(?P<num>[0-9]+) เตียง'\nexamples = ['มี 30 เตียง']\n", encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("โรงพยาบาลมี 30 เตียง\n", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(doc), "--rules", str(rules)])
    assert res.exit_code == 0, res.output
    found = [p for p in json.loads(res.stdout)["participants"] if p["evidence"]["rule"] == "user.beds"]
    assert [p["count"] for p in found] == [30]


def test_schema_command_prints_the_report_schema(runner):
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert schema["title"] == "Report"
    assert {"dates", "budgets", "participants", "fiscal_years", "warnings"} <= set(schema["properties"])


def test_installed_console_script_runs(docs):
    res = subprocess.run([sys.executable, "-m", "thaidocx", "extract", str(docs / "a.txt")],
                         capture_output=True, text=True, encoding="utf-8")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["source"]["path"].endswith("a.txt")
