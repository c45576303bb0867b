"""`extract --dask`: a real Dask cluster (scheduler and 2 worker processes on loopback) gives
the same JSONL as a local run, with the same error records and --resume semantics."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from thaidocx.cli import app

distributed = pytest.importorskip("distributed", reason="pip install 'thaidocx[dask]'")

ROOT = Path(__file__).resolve().parents[1]
ALL_DOCS = sorted((ROOT / "corpus" / "docs").glob("*.txt"))
CORPUS = ALL_DOCS[:10]


def _huge_text() -> str:
    """~2.4 million characters, many seconds of work: every line made unique, so that no cache
    filled by earlier tests (tokenizer, repairs) makes it quick."""
    lines = [x for p in ALL_DOCS for x in p.read_text(encoding="utf-8").splitlines()]
    return "".join(f"{line} ข้อ {i}\n" for i in range(30) for line in lines)


@pytest.fixture(scope="module")
def scheduler():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       memory_limit="2GiB")
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close(timeout=30)


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def inputs(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary\x00" * 64)
    return [*map(str, CORPUS[:5]), str(bad), str(tmp_path / "gone.txt"), *map(str, CORPUS[5:])]


def _run(runner, argv):
    res = runner.invoke(app, ["extract", *argv])
    assert res.exit_code == 1, res.output  # bad.txt and gone.txt fail, on purpose
    return res


def test_a_dask_cluster_writes_the_same_jsonl_as_a_local_run(runner, scheduler, inputs, tmp_path):
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    _run(runner, [*inputs, "-o", str(local), "--jobs", "2"])
    res = _run(runner, [*inputs, "-o", str(remote), "--dask", scheduler])
    assert remote.read_bytes() == local.read_bytes()
    assert "12 files read: 10 extracted, 2 failed (LoadError 2)" in res.stderr


def test_resume_on_dask_writes_only_what_is_missing(runner, scheduler, inputs, tmp_path):
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    _run(runner, [*inputs, "-o", str(local), "--jobs", "2"])
    lines = local.read_text(encoding="utf-8").splitlines(keepends=True)
    remote.write_text("".join(lines[:4]) + lines[4][:30], encoding="utf-8")  # as a kill leaves it
    res = runner.invoke(app, ["extract", *inputs, "-o", str(remote), "--dask", scheduler,
                              "--resume"])
    assert res.exit_code == 1 and "4 skipped" in res.stderr
    assert remote.read_bytes() == local.read_bytes()


def test_dask_and_a_database_together(runner, scheduler, tmp_path):
    db = f"sqlite:///{tmp_path / 'r.db'}"
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:4]), "--db", db, "--dask", scheduler])
    assert res.exit_code == 0, res.output
    assert "4 documents added" in res.stderr


def test_a_file_over_the_time_limit_on_a_dask_worker(runner, scheduler, tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text(_huge_text(), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(CORPUS[0]), str(huge), "-o", str(out),
                              "--dask", scheduler, "--timeout", "2"])
    assert res.exit_code == 1
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert "error" not in recs[0] and recs[1]["error"]["type"] == "timeout"


def test_an_unreachable_scheduler_is_an_error_not_a_crash(runner, monkeypatch):
    from thaidocx.batch import dask_run

    monkeypatch.setattr(dask_run, "CONNECT_TIMEOUT", 2.0)
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:2]), "--dask", "tcp://127.0.0.1:9"])
    assert res.exit_code == 2 and "cannot reach the Dask scheduler" in res.stderr
