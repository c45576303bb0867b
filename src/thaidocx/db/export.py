"""`thaidocx export`: one CSV row per document with the headline fields.

UTF-8 with a byte-order mark, because Excel opens a CSV without one in the local code page and
shows Thai as mojibake. Text cells that begin like a formula are prefixed with ' so a title
taken from a document cannot run as a spreadsheet formula (CSV injection).
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO

from sqlalchemy import select

from .schema import documents, open_db

COLUMNS = ["path", "sha256", "format", "title", "first_date", "fiscal_year", "budget_total",
           "participants_total", "province", "district", "subdistrict", "error_type",
           "error_message", "extracted_at"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, (date, Decimal, int)):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(url: str, out: IO[bytes]) -> int:
    """Write the documents of the database at URL as CSV to a binary stream; returns the rows."""
    engine = open_db(url)
    cols = [documents.c[name] for name in COLUMNS]
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    n = 0
    try:
        writer = csv.writer(text)
        writer.writerow(COLUMNS)
        with engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(
                select(*cols).order_by(documents.c.id))
            for row in result:
                writer.writerow([_cell(v) for v in row])
                n += 1
        text.flush()
    finally:
        text.detach()  # leave the caller's stream open
        engine.dispose()
    return n


def export_csv_file(url: str, path: Path) -> int:
    """export_csv into PATH, atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            n = export_csv(url, fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
