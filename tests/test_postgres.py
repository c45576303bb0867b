"""The database tests again, on a real PostgreSQL server (Debian's `postgresql` package).

The server is started here with initdb/pg_ctl in a temporary folder on a free loopback port and
stopped after. Without the server binaries the tests are skipped, except in CI (CI=true), where
that is a failure: .ci/run installs the package."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from test_db import (  # noqa: F401  (fixtures and tests, run here against PostgreSQL)
    CORPUS,
    query,
    run_jsonl,
    runner,
    test_a_changed_file_is_added_as_its_own_document,
    test_a_database_of_another_schema_version_is_refused,
    test_export_defuses_cells_that_look_like_formulas,
    test_export_writes_one_csv_row_per_document_with_a_bom,
    test_extract_into_the_database_fills_typed_columns,
    test_failures_are_rows_too,
    test_load_replace_updates_documents_already_there,
    test_load_skips_a_torn_last_line_and_counts_invalid_lines,
    test_loading_the_same_reports_twice_changes_nothing,
    test_replace_rewrites_a_documents_field_rows_with_new_rules,
    test_schema_is_created_on_first_use_with_its_version,
    test_sql_injection_attempts_are_stored_as_text,
    test_the_readme_queries_run_and_add_up,
    test_unstorable_characters_are_replaced_not_fatal,
)

from thaidocx.cli import app

SUPERUSER = "thaidocx"


def _bindir() -> Path | None:
    """Debian keeps the server programs in /usr/lib/postgresql/<version>/bin, off the PATH."""
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).resolve().parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must test PostgreSQL, but {reason} (.ci/run installs `postgresql`)")
    pytest.skip(f"{reason}: apt-get install postgresql to run these tests")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_port():
    bindir = _bindir()
    if bindir is None:
        _unavailable("no PostgreSQL server binaries (pg_ctl) found")
    user = None
    base = Path(tempfile.mkdtemp(prefix="thaidocx-pg-"))
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as `postgres`
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base)
            _unavailable("running as root and there is no `postgres` user to run the server")
        os.chown(base, pw.pw_uid, pw.pw_gid)
        user = "postgres"
    data, port = base / "data", _free_port()

    def pg(*args: str) -> None:
        subprocess.run([str(a) for a in args], user=user, check=True, capture_output=True,
                       timeout=120)

    try:
        pg(bindir / "initdb", "-D", data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
           "--no-locale")
        pg(bindir / "pg_ctl", "-D", data, "-l", base / "server.log", "-w", "-t", "60",
           "-o", f"-h 127.0.0.1 -p {port} -k {base} -c fsync=off", "start")
        yield port
    finally:
        if (data / "postmaster.pid").exists():
            pg(bindir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture()
def db_url(pg_port):
    """A fresh database on the test server for each test."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = f"host=127.0.0.1 port={pg_port} user={SUPERUSER} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{pg_port}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_the_report_is_jsonb_and_can_be_queried(runner, db_url):  # noqa: F811
    assert runner.invoke(app, ["extract", *map(str, CORPUS[:3]), "--db", db_url]).exit_code == 0
    rows = query(db_url, "SELECT report->'source'->>'path', jsonb_array_length(report->'budgets') "
                         "FROM documents ORDER BY id")
    assert [p for p, _ in rows] == list(map(str, CORPUS[:3]))
    assert rows == [(p, n) for (p, _), (n,) in zip(rows, query(
        db_url, "SELECT COUNT(b.id) FROM documents d LEFT JOIN budgets b ON b.document_id = d.id "
                "GROUP BY d.id ORDER BY d.id"))]


def test_resume_from_the_database(runner, db_url):  # noqa: F811
    assert runner.invoke(app, ["extract", *map(str, CORPUS[:3]), "--db", db_url]).exit_code == 0
    res = runner.invoke(app, ["extract", *map(str, CORPUS[:6]), "--db", db_url, "--resume"])
    assert res.exit_code == 0 and "3 skipped" in res.stderr
    assert query(db_url, "SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents") == [(6, 6)]


def test_an_unreachable_server_is_an_error_not_a_crash(runner, pg_port):  # noqa: F811
    url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{pg_port}/no_such_database"
    res = runner.invoke(app, ["extract", str(CORPUS[0]), "--db", url])
    assert res.exit_code == 2 and "cannot use database" in res.stderr
