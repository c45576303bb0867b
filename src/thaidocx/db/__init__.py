"""Loading Reports into SQL databases (SQLite, PostgreSQL) and exporting them as CSV."""
from .export import export_csv, export_csv_file
from .schema import DB_SCHEMA_VERSION, DEFAULT_URL, FIELD_TABLES, DbError, documents, open_db
from .store import Store, load_jsonl

__all__ = ["DB_SCHEMA_VERSION", "DEFAULT_URL", "FIELD_TABLES", "DbError", "Store",
           "documents", "export_csv", "export_csv_file", "load_jsonl", "open_db"]
