"""The database schema: `documents` (one row per input) and one table per Report field.

Plain SQLAlchemy Core tables, so the same definitions serve SQLite (the embedded default) and
PostgreSQL. Values the Report holds as strings or floats get typed columns (DATE, NUMERIC,
BIGINT) so that a health office can sum and group them in SQL; every field row keeps its
evidence (text, offsets into the original input, rule id).
"""
from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB

# Bump when a table or column changes; a database written by another version is refused
# (instead of being silently mixed).
DB_SCHEMA_VERSION = 1
DEFAULT_URL = "sqlite:///thaidocx.db"

metadata = MetaData()

schema_version = Table(
    "thaidocx_schema", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # NULL only for inputs that could not even be read (a missing file); unique otherwise:
    # the same content is one document, a changed file (new sha256) is a new one.
    Column("sha256", String(64), unique=True),
    Column("path", Text),
    Column("format", String(16)),
    Column("title", Text),
    Column("subdistrict", Text), Column("district", Text), Column("province", Text),
    Column("subdistrict_code", String(16)), Column("district_code", String(16)),
    Column("province_code", String(16)),
    Column("fiscal_year", Integer),          # Buddhist Era, the first fiscal year named
    Column("budget_total", Numeric(18, 2)),  # THB, the first budget whose role is "total"
    Column("first_date", Date),
    Column("participants_total", BigInteger),
    Column("error_type", String(64)),        # NULL when the input was extracted
    Column("error_message", Text),
    # the full Report (NULL for a failure); JSONB on PostgreSQL, so it can be queried there
    Column("report", JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")),
    Column("extracted_at", DateTime(timezone=True), nullable=False),
)


def _field_table(name: str, *columns: Column) -> Table:
    """A Report field's table: its typed values plus the evidence, linked to the document."""
    return Table(
        name, metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
               nullable=False, index=True),
        Column("seq", Integer, nullable=False),  # order within the Report's list (0, 1, ...)
        *columns,
        Column("evidence_text", Text, nullable=False),
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Column("rule", String(128), nullable=False),
    )


FIELD_TABLES: dict[str, Table] = {
    "dates": _field_table(
        "dates", Column("date_value", Date), Column("date_end", Date),
        Column("value", String(10), nullable=False), Column("end_value", String(10)),
        Column("precision", String(8), nullable=False), Column("era", String(2), nullable=False)),
    "fiscal_years": _field_table(
        "fiscal_years", Column("be", Integer), Column("ce", Integer),
        Column("start_date", Date), Column("end_date", Date)),
    "budgets": _field_table(
        "budgets", Column("amount", Numeric(18, 2)), Column("currency", String(3)),
        Column("role", String(16)), Column("words", Text), Column("funding_source", Text)),
    "participants": _field_table(
        "participants", Column("count", BigInteger), Column("role", String(16)),
        Column("group_name", Text)),
    "officials": _field_table(
        "officials", Column("title", Text), Column("name", Text, nullable=False),
        Column("position", Text), Column("organization", Text), Column("role", String(16))),
    "venues": _field_table(
        "venues", Column("name", Text, nullable=False), Column("subdistrict", Text),
        Column("district", Text), Column("province", Text),
        Column("subdistrict_code", String(16)), Column("district_code", String(16)),
        Column("province_code", String(16))),
    "objectives": _field_table("objectives", Column("text", Text, nullable=False)),
}


class DbError(Exception):
    """The database cannot be used (unreachable, or written by another schema version)."""


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # SQLite enforces foreign keys (and so ON DELETE CASCADE) only when asked, per connection.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_db(url: str) -> Engine:
    """An engine for URL with the schema created on first use and its version checked."""
    try:
        engine = create_engine(url, json_serializer=lambda o: json.dumps(o, ensure_ascii=False))
    except ModuleNotFoundError as e:  # postgresql+psycopg:// without the driver
        raise DbError(f"cannot use database {url!r}: {e}; for PostgreSQL: "
                      "pip install 'thaidocx[postgres]'") from e
    except Exception as e:  # a malformed URL
        raise DbError(f"cannot use database {url!r}: {e}") from e
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as conn:
            metadata.create_all(conn)
            found = conn.execute(select(func.max(schema_version.c.version))).scalar()
            if found is None:
                conn.execute(schema_version.insert().values(
                    version=DB_SCHEMA_VERSION, applied_at=datetime.now(UTC)))
    except Exception as e:
        engine.dispose()
        raise DbError(f"cannot use database {engine.url.render_as_string(hide_password=True)}: "
                      f"{type(e).__name__}: {str(e).splitlines()[0]}") from e
    if found is not None and found != DB_SCHEMA_VERSION:
        engine.dispose()
        raise DbError(f"the database holds thaidocx schema version {found}; this thaidocx "
                      f"writes version {DB_SCHEMA_VERSION}")
    return engine
