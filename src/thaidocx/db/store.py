"""Writing records into the database: idempotent, in batched transactions.

A record is one JSONL line: a Report or an error record. A document is identified by the
sha256 of its content: adding a record whose sha256 is already there changes nothing, unless
`replace` is set, in which case that document's row is updated and its field rows deleted and
rewritten in the same transaction. Every batch is one transaction, so a run killed at any
moment leaves only committed documents (each with all its field rows) behind.
"""
from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, select

from .rows import clean, document_values, field_rows, needs_clean
from .schema import FIELD_TABLES, DbError, documents, open_db


class Store:
    def __init__(self, url: str, replace: bool = False, batch_size: int = 200,
                 max_wait: float = 1.0) -> None:
        self.engine: Engine = open_db(url)
        self.replace = replace
        self.batch_size = batch_size
        self.max_wait = max_wait  # seconds a finished record may wait for its commit
        self.stats: Counter[str] = Counter()
        self._buf: list[tuple[dict, dict[str, list[dict]]]] = []
        self._since = time.monotonic()

    def done(self) -> tuple[set[str], set[str]]:
        """The sha256 of every stored document, and the paths of stored unreadable inputs."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.sha256, documents.c.path)).all()
        return {s for s, _ in rows if s}, {p for s, p in rows if not s and p}

    def add(self, line: str) -> None:
        """Queue one JSONL record; committed with its batch."""
        rec = json.loads(line)
        if needs_clean(line):
            rec = clean(rec)
        if not self._buf:
            self._since = time.monotonic()
        self._buf.append((document_values(rec), field_rows(rec)))
        if len(self._buf) >= self.batch_size:
            self.flush()
        else:
            self.flush_if_due()

    def flush_if_due(self) -> None:
        """Commit when the oldest queued record has waited `max_wait` seconds (called while a
        run waits for a slow file, too)."""
        if self._buf and time.monotonic() - self._since >= self.max_wait:
            self.flush()

    def flush(self) -> None:
        if not self._buf:
            return
        buf, self._buf = self._buf, []
        try:
            with self.engine.begin() as conn:
                self._write(conn, buf)
        except Exception as e:
            raise DbError(f"writing to the database failed: {type(e).__name__}: "
                          f"{str(e).splitlines()[0]}") from e

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.engine.dispose()

    def _write(self, conn, buf: list[tuple[dict, dict[str, list[dict]]]]) -> None:
        shas = [doc["sha256"] for doc, _ in buf if doc["sha256"]]
        existing = dict(conn.execute(select(documents.c.sha256, documents.c.id)
                                     .where(documents.c.sha256.in_(shas))).all()) if shas else {}
        pending: dict[str, list[dict]] = defaultdict(list)
        seen: set[str] = set()
        for doc, rows in buf:
            key = doc["sha256"] or f"path:{doc['path']}"
            if key in seen:  # the same content twice in one batch: one document
                self.stats["unchanged"] += 1
                continue
            seen.add(key)
            doc_id = existing.get(doc["sha256"]) if doc["sha256"] else self._unreadable_id(conn, doc)
            if doc_id is not None and not self.replace:
                self.stats["unchanged"] += 1
                continue
            if doc_id is not None:
                conn.execute(documents.update().where(documents.c.id == doc_id).values(**doc))
                for table in FIELD_TABLES.values():
                    conn.execute(table.delete().where(table.c.document_id == doc_id))
                self.stats["replaced"] += 1
            else:
                doc_id = conn.execute(documents.insert().values(**doc)).inserted_primary_key[0]
                self.stats["added"] += 1
            for name, items in rows.items():
                pending[name] += [{**r, "document_id": doc_id} for r in items]
        for name, items in pending.items():
            if items:
                conn.execute(FIELD_TABLES[name].insert(), items)

    @staticmethod
    def _unreadable_id(conn, doc: dict) -> int | None:
        # An input that could not be read has no sha256: it is known by its path.
        return conn.execute(select(documents.c.id).where(
            documents.c.sha256.is_(None), documents.c.path == doc["path"])).scalar()


def load_jsonl(path: Path, store: Store, say: Callable[[str], None]) -> tuple[int, int]:
    """Add every record of an earlier run's JSONL; returns (records, invalid lines)."""
    from ..model import Report

    records = invalid = 0
    with path.open(encoding="utf-8", newline="\n") as fh:
        for n, line in enumerate(fh, 1):
            if not line.endswith("\n"):  # a run killed mid-write leaves a torn last line
                say(f"{path} line {n}: incomplete last line ignored")
                break
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise TypeError("not a JSON object")
                if "error" in rec:
                    if not isinstance(rec.get("source"), dict) or not rec["source"].get("path"):
                        raise ValueError("an error record without source.path")
                else:
                    Report.model_validate(rec)
            except (ValueError, TypeError) as e:  # pydantic's ValidationError is a ValueError
                invalid += 1
                say(f"{path} line {n}: not a Report nor an error record "
                    f"({str(e).splitlines()[0]})")
                continue
            store.add(line)
            records += 1
    return records, invalid
