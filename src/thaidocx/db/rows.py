"""A JSONL record (a Report or an error record) -> the values of its database rows.

Pure functions on the parsed JSON, so they serve both `extract --db` and `load`. Values that a
typed column cannot hold (an impossible date, an amount beyond NUMERIC(18,2)) become NULL there;
the full Report stored beside them keeps them as extracted.
"""
from __future__ import annotations

import math
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import regex

_MAX_AMOUNT = 10 ** 16   # NUMERIC(18, 2) holds 16 digits before the point
_MAX_COUNT = 2 ** 63 - 1  # BIGINT
# PostgreSQL text and JSONB cannot hold NUL, nor lone surrogates (not valid UTF-8).
_UNSTORABLE = regex.compile(r"[\x00\ud800-\udfff]")
_UNSTORABLE_JSON = regex.compile(r"\\u0000|\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def clean(value: Any) -> Any:
    """Strings with NUL and lone surrogates replaced by U+FFFD, recursively."""
    if isinstance(value, str):
        return _UNSTORABLE.sub("\ufffd", value) if _UNSTORABLE.search(value) else value
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def needs_clean(line: str) -> bool:
    return bool(_UNSTORABLE_JSON.search(line) or _UNSTORABLE.search(line))


def to_date(value: str | None) -> date | None:
    """"YYYY-MM-DD" -> that day, "YYYY-MM" -> the month's first day, anything else -> None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value if len(value) > 7 else value + "-01")
    except ValueError:
        return None


def to_amount(value: float | None) -> Decimal | None:
    if value is None or not math.isfinite(value) or abs(value) >= _MAX_AMOUNT:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def to_count(value: int | None) -> int | None:
    return value if value is not None and 0 <= value <= _MAX_COUNT else None


def _evidence(item: dict) -> dict:
    ev = item["evidence"]
    return {"evidence_text": ev["text"], "evidence_start": ev["start"],
            "evidence_end": ev["end"], "rule": ev["rule"]}


def _codes(item: dict) -> dict:
    codes = item.get("codes") or {}
    return {"subdistrict_code": codes.get("subdistrict"), "district_code": codes.get("district"),
            "province_code": codes.get("province")}


def _date(d: dict) -> dict:
    return {"date_value": to_date(d["value"]), "date_end": to_date(d.get("end")),
            "value": d["value"], "end_value": d.get("end"), "precision": d["precision"],
            "era": d["era"]}


def _fiscal(f: dict) -> dict:
    return {"be": f["be"], "ce": f["ce"], "start_date": to_date(f["start"]),
            "end_date": to_date(f["end"])}


def _budget(b: dict) -> dict:
    return {"amount": to_amount(b["amount"]), "currency": b.get("currency"), "role": b["role"],
            "words": b.get("words"), "funding_source": b.get("source")}


def _participant(p: dict) -> dict:
    return {"count": to_count(p["count"]), "role": p["role"], "group_name": p.get("group")}


def _official(o: dict) -> dict:
    return {k: o.get(k) for k in ("title", "name", "position", "organization", "role")}


def _venue(v: dict) -> dict:
    return {"name": v["name"], "subdistrict": v.get("subdistrict"), "district": v.get("district"),
            "province": v.get("province"), **_codes(v)}


def _objective(o: dict) -> dict:
    return {"text": o["text"]}


FIELD_ROWS = {"dates": _date, "fiscal_years": _fiscal, "budgets": _budget,
              "participants": _participant, "officials": _official, "venues": _venue,
              "objectives": _objective}


def participants_total(items: list[dict]) -> int | None:
    """The headline count: the largest count of the most definite role present (actual, then
    planned, then unknown), because group counts are parts of a total named beside them."""
    for role in ("actual", "planned", "unknown"):
        counts = [p["count"] for p in items if p["role"] == role]
        if counts:
            return to_count(max(counts))
    return None


def document_values(rec: dict) -> dict:
    """The `documents` row of a record (a Report or an error record)."""
    src = rec.get("source") or {}
    now = datetime.now(UTC)
    if "error" in rec:
        err = rec["error"] or {}
        return {"sha256": src.get("sha256"), "path": src.get("path"), "format": src.get("format"),
                "error_type": str(err.get("type") or "error"), "error_message": err.get("message"),
                "report": None, "extracted_at": now}
    area = rec.get("area") or {}
    totals = [b["amount"] for b in rec.get("budgets", []) if b["role"] == "total"]
    fiscal = rec.get("fiscal_years") or []
    dates = rec.get("dates") or []
    return {"sha256": src["sha256"], "path": src.get("path"), "format": src.get("format"),
            "title": (rec.get("title") or {}).get("value"),
            "subdistrict": area.get("subdistrict"), "district": area.get("district"),
            "province": area.get("province"), **_codes(area),
            "fiscal_year": fiscal[0]["be"] if fiscal else None,
            "budget_total": to_amount(totals[0]) if totals else None,
            "first_date": to_date(dates[0]["value"]) if dates else None,
            "participants_total": participants_total(rec.get("participants") or []),
            "error_type": None, "error_message": None, "report": rec, "extracted_at": now}


def field_rows(rec: dict) -> dict[str, list[dict]]:
    """Each field table's rows for a Report (without document_id); none for an error record."""
    if "error" in rec:
        return {}
    return {name: [{"seq": i, **make(item), **_evidence(item)}
                   for i, item in enumerate(rec.get(name) or [])]
            for name, make in FIELD_ROWS.items()}
