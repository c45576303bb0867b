"""Archive-scale runs: worker processes (order, time limits, crashes), error records, progress
and summary, --resume after kill -9. Real processes throughout: nothing is mocked."""
from __future__ import annotations

import json
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from thaidocx.batch import progress, run_ordered
from thaidocx.cli import app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
TESTS = str(Path(__file__).resolve().parent)


# ---- the worker pool, with work that misbehaves on purpose ------------------------------------

def _work(payload, notify):
    """A task: ("ok", v) answers, ("sleep", s) sleeps, ("exit", code) and ("kill", 0) die."""
    kind, value = payload
    notify(f"began {value}")
    if kind == "sleep":
        time.sleep(value)
    elif kind == "exit":
        os._exit(value)
    elif kind == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    return f"{kind} {value}"


def _on_fail(payload, kind, message, info):
    return ("failed", kind, info, message)


def _die_at_start():
    os._exit(7)


@pytest.fixture(params=["fork", "exec"])
def method(request, monkeypatch):
    # "exec" workers are fresh interpreters: they import this module to unpickle _work.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([TESTS, os.environ.get("PYTHONPATH", "")]))
    return request.param


POOL_CASES = [
    pytest.param([("sleep", 0.4), ("ok", 1), ("sleep", 0.1), ("ok", 2)], None,
                 ["sleep 0.4", "ok 1", "sleep 0.1", "ok 2"], id="results-in-input-order"),
    pytest.param([("ok", 1), ("exit", 3), ("ok", 2)], None,
                 ["ok 1", ("failed", "crash", "began 3", "exit code 3"), "ok 2"],
                 id="worker-exits-mid-task"),
    pytest.param([("kill", 0), ("ok", 1)], None,
                 [("failed", "crash", "began 0", "SIGKILL"), "ok 1"], id="worker-killed-by-signal"),
    pytest.param([("sleep", 60), ("ok", 1), ("ok", 2)], 1.0,
                 [("failed", "timeout", "began 60", ""), "ok 1", "ok 2"], id="task-over-time-limit"),
    pytest.param([("exit", 1), ("exit", 2), ("exit", 3), ("exit", 4), ("ok", 5)], None,
                 [("failed", "crash", f"began {i}", f"exit code {i}") for i in (1, 2, 3, 4)]
                 + ["ok 5"], id="every-crash-gets-a-new-worker"),
]


@pytest.mark.parametrize("payloads, timeout, expected", POOL_CASES)
def test_pool(method, payloads, timeout, expected):
    got = list(run_ordered(payloads, _work, _on_fail, jobs=2, timeout=timeout, method=method))
    assert [i for i, _ in got] == list(range(len(payloads)))
    for (_, result), want in zip(got, expected):
        if isinstance(want, tuple):  # a failure: the kind, the info, words of the message
            assert result[:3] == want[:3]
            assert want[3] in result[3]
        else:
            assert result == want


def test_pool_gives_up_when_workers_cannot_start(method):
    with pytest.raises(RuntimeError, match="before they are ready"):
        list(run_ordered([("ok", 1)], _work, _on_fail, jobs=1, timeout=None,
                         init=_die_at_start, method=method))


# ---- the command line ---------------------------------------------------------------------------

@pytest.fixture()
def runner():
    return CliRunner()


def _records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _unique_copies(folder: Path, n: int, docs_per_file: int = 1) -> list[Path]:
    """n inputs made from the corpus, every line numbered: distinct content, and real work
    for each (no line repeats, so no cache makes a file quick)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        docs = [CORPUS[(i * docs_per_file + k) % len(CORPUS)] for k in range(docs_per_file)]
        lines = [x for d in docs for x in d.read_text(encoding="utf-8").splitlines()]
        p = folder / f"doc{i:04d}.txt"
        p.write_text("".join(f"{x} ({i}.{j})\n" for j, x in enumerate(lines)), encoding="utf-8")
        out.append(p)
    return out


def test_jobs_2_writes_the_same_jsonl_as_jobs_1(runner, tmp_path):
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        res = runner.invoke(app, ["extract", *map(str, CORPUS[:12]), "-o", str(out), "-j", jobs])
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert [r["source"]["path"] for r in _records(tmp_path / "j2.jsonl")] == list(map(str, CORPUS[:12]))


FAILURES = [
    pytest.param("missing.txt", None, "LoadError", "No such file", False, id="missing-file"),
    pytest.param("binary.txt", b"\x00\x01binary\x00" * 64, "LoadError", "binary", True,
                 id="binary-file"),
    pytest.param("fake.pdf", b"this is not a pdf", "LoadError", "not a PDF", True,
                 id="named-pdf-but-is-not"),
]


@pytest.mark.parametrize("name, content, etype, words, hashed", FAILURES)
def test_a_failed_input_becomes_an_error_record_in_its_place(runner, tmp_path, name, content,
                                                             etype, words, hashed):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(CORPUS[0]), str(bad), str(CORPUS[1]), "-o", str(out)])
    assert res.exit_code == 1
    assert name in res.stderr and "1 of 3 inputs failed" in res.stderr
    recs = _records(out)
    assert [r["source"]["path"] for r in recs] == [str(CORPUS[0]), str(bad), str(CORPUS[1])]
    err = recs[1]
    assert set(err) == {"source", "error"} and err["error"]["type"] == etype
    assert words in err["error"]["message"]
    assert (err["source"]["sha256"] is not None) == hashed


def _huge_text() -> str:
    """~2.4 million characters, many seconds of work: every line made unique, so that no cache
    filled by earlier tests (tokenizer, repairs) makes it quick."""
    lines = [x for p in CORPUS for x in p.read_text(encoding="utf-8").splitlines()]
    return "".join(f"{line} ข้อ {i}\n" for i in range(30) for line in lines)


def test_a_file_over_the_time_limit_is_stopped_and_recorded(runner, tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text(_huge_text(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(CORPUS[0]), str(huge), str(CORPUS[1]), "-o", str(out),
                              "--timeout", "2", "--jobs", "2"])
    assert res.exit_code == 1
    recs = _records(out)
    assert recs[1]["error"]["type"] == "timeout" and "2 s" in recs[1]["error"]["message"]
    assert len(recs[1]["source"]["sha256"]) == 64
    assert [("error" in r) for r in recs] == [False, True, False]
    assert "failed (timeout 1)" in res.stderr


def test_stdout_jsonl_carries_error_records_too(runner, tmp_path):
    res = runner.invoke(app, ["extract", str(CORPUS[0]), str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert "schema_version" in lines[0] and lines[1]["error"]["type"] == "LoadError"


def test_summary_names_files_failures_and_fields(runner, tmp_path):
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:3]), str(tmp_path / "nope.txt"),
                              "-o", str(tmp_path / "o.jsonl")])
    assert "4 files read: 3 extracted, 1 failed (LoadError 1)" in res.stderr
    assert "fields found: dates" in res.stderr and "files/s" in res.stderr


def test_quiet_names_failures_only(runner, tmp_path):
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:3]), str(tmp_path / "nope.txt"),
                              "-o", str(tmp_path / "o.jsonl"), "--quiet"])
    assert res.exit_code == 1
    assert "nope.txt" in res.stderr
    assert "files read" not in res.stderr and "files/s" not in res.stderr


def test_progress_lines_are_logged_when_stderr_is_not_a_terminal(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)  # a line at every step instead of every 10 s
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:4]), "-o", str(tmp_path / "o.jsonl")])
    lines = [x for x in res.stderr.splitlines() if "ETA" in x]
    assert lines and all("files/s" in x and "errors" in x and "/4 files" in x for x in lines)


def test_progress_bar_is_drawn_on_a_terminal(tmp_path):
    main, sub = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "thaidocx", "extract", *map(str, CORPUS[:6]),
                             "-o", str(tmp_path / "o.jsonl")], stderr=sub, stdout=subprocess.DEVNULL)
    os.close(sub)
    screen = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the run is over
            break
        if not chunk:
            break
        screen += chunk
    os.close(main)
    assert proc.wait(timeout=120) == 0
    text = screen.decode("utf-8", "replace")
    assert "6/6" in text and "files/s" in text and "ETA" in text and "0 errors" in text
    assert "━" in text  # the bar itself


USAGE = [
    pytest.param(["--resume"], "--resume needs an output", id="resume-without-output"),
    pytest.param(["--replace", "-o", "x.jsonl"], "--replace applies to a database",
                 id="replace-without-db"),
    pytest.param(["--replace", "--resume", "--db", "sqlite:///x.db"], "use one of them",
                 id="replace-and-resume"),
    pytest.param(["--jobs", "0"], "", id="zero-jobs"),
]


@pytest.mark.parametrize("argv, words", USAGE)
def test_run_option_usage_errors(runner, argv, words):
    res = runner.invoke(app, ["extract", str(CORPUS[0]), *argv])
    assert res.exit_code == 2
    assert words in res.stderr


def test_resume_skips_what_the_jsonl_holds_and_cuts_a_torn_last_line(runner, tmp_path):
    inputs = _unique_copies(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", *map(str, inputs[:3]), "-o", str(out)]).exit_code == 0
    with out.open("ab") as fh:  # what a kill in the middle of a write leaves
        fh.write(b'{"schema_version":"1","source":{"path":"torn')
    res = runner.invoke(app, ["extract", *map(str, inputs), "-o", str(out), "--resume"])
    assert res.exit_code == 0, res.output
    assert "incomplete last line" in res.stderr and "3 skipped" in res.stderr
    assert [r["source"]["path"] for r in _records(out)] == list(map(str, inputs))


def test_resume_does_not_retry_recorded_failures(runner, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary\x00" * 64)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(CORPUS[0]), str(bad), str(tmp_path / "gone.txt"), "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 1
    res = runner.invoke(app, [*args, "--resume"])
    assert res.exit_code == 0 and "3 skipped" in res.stderr
    assert len(_records(out)) == 3


# ---- kill -9 in the middle of a run, then --resume ---------------------------------------------

def _count(out: Path, db: Path | None) -> int:
    if db is None:
        return out.read_bytes().count(b"\n") if out.exists() else 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not created yet, or locked by the writer this instant
        return 0


def _kill_mid_run(cmd: list[str], out: Path, db: Path | None, at_least: int) -> None:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        for _ in range(600):  # at most 60 s
            if _count(out, db) >= at_least or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert proc.poll() is None, "the run ended before it could be killed: give it more files"
        os.kill(proc.pid, signal.SIGKILL)  # the parent: its workers notice and leave
        proc.wait(timeout=30)
    finally:
        for _ in range(100):  # bounded wait for the orphaned workers, then make sure
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.parametrize("outputs", ["jsonl", "db", "jsonl+db"])
def test_kill_9_then_resume_gives_every_input_exactly_once(tmp_path, outputs):
    inputs = _unique_copies(tmp_path / "in", 80, docs_per_file=32)  # a run of a few seconds
    out = tmp_path / "out.jsonl"
    db = tmp_path / "run.db"
    argv = [sys.executable, "-m", "thaidocx", "extract", str(tmp_path / "in"), "--jobs", "2",
            "--quiet"]
    if "jsonl" in outputs:
        argv += ["-o", str(out)]
    if "db" in outputs:
        argv += ["--db", f"sqlite:///{db}"]
    # the database commits every second: its first committed rows already mean "mid-run"
    watched = db if outputs == "db" else None
    _kill_mid_run(argv, out, watched, at_least=1 if outputs == "db" else 10)
    assert 0 < _count(out, watched) < len(inputs)  # killed mid-run indeed

    if out.exists():  # only complete lines, except perhaps a last line torn by the kill
        complete, _, tail = out.read_bytes().rpartition(b"\n")
        assert all(json.loads(x) for x in complete.split(b"\n") if x)
        assert b"\n" not in tail
    res = subprocess.run([*argv, "--resume"], capture_output=True, text=True, timeout=300,
                         check=False)
    assert res.returncode == 0, res.stderr

    want = sorted(map(str, inputs))
    if "jsonl" in outputs:
        recs = _records(out)
        assert sorted(r["source"]["path"] for r in recs) == want
        assert all("error" not in r for r in recs)
    if "db" in outputs:
        with sqlite3.connect(db) as conn:
            paths = sorted(p for (p,) in conn.execute("SELECT path FROM documents"))
            orphans = conn.execute("SELECT COUNT(*) FROM budgets b LEFT JOIN documents d "
                                   "ON d.id = b.document_id WHERE d.id IS NULL").fetchone()[0]
            budgets = conn.execute("SELECT COUNT(*) FROM budgets").fetchone()[0]
        assert paths == want and orphans == 0
        if "jsonl" in outputs:  # every document has all its field rows
            assert budgets == sum(len(r["budgets"]) for r in _records(out))
