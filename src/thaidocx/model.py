"""The Report: thaidocx's public output contract (pydantic v2 models and their JSON Schema).

Downstream databases are built on these names; change them only with a new `schema_version`.
Every extracted value carries an `Evidence`: the exact source text and half-open character
offsets into the ORIGINAL input, so that `input[start:end] == text` always holds.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

DateStr = str  # "YYYY-MM-DD" (day precision) or "YYYY-MM" (month precision)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """Where a value came from: `original_input[start:end] == text`, found by rule `rule`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str


class Source(_Frozen):
    path: str | None = None
    sha256: str
    format: str = "text"
    encoding: str | None = None
    chars: int = Field(ge=0)
    pages: int | None = None


class DateItem(_Frozen):
    value: DateStr
    end: DateStr | None = None
    precision: Literal["day", "month"]
    era: Literal["BE", "CE"]
    evidence: Evidence


class FiscalYear(_Frozen):
    be: int
    ce: int
    start: DateStr
    end: DateStr
    evidence: Evidence


class Budget(_Frozen):
    amount: float
    currency: Literal["THB"] = "THB"
    role: Literal["total", "item", "unit", "other"]
    words: str | None = None
    source: str | None = None
    evidence: Evidence


class Participant(_Frozen):
    count: int = Field(ge=0)
    role: Literal["planned", "actual", "unknown"]
    group: str | None = None
    evidence: Evidence


class Title(_Frozen):
    value: str
    evidence: Evidence


class Official(_Frozen):
    title: str | None = None
    name: str
    position: str | None = None
    organization: str | None = None
    role: Literal["chair", "speaker", "responsible", "host", "participant", "other"] = "other"
    evidence: Evidence


class AreaCodes(_Frozen):
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None


class Venue(_Frozen):
    name: str
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None
    codes: AreaCodes | None = None
    evidence: Evidence


class Area(_Frozen):
    subdistrict: str | None = None
    district: str | None = None
    province: str | None = None
    codes: AreaCodes | None = None
    evidence: Evidence


class Objective(_Frozen):
    text: str
    evidence: Evidence


class Warning(_Frozen):
    code: str
    message: str
    evidence: Evidence | None = None


class Report(_Frozen):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    title: Title | None = None
    area: Area | None = None
    dates: list[DateItem] = []
    fiscal_years: list[FiscalYear] = []
    budgets: list[Budget] = []
    participants: list[Participant] = []
    officials: list[Official] = []
    venues: list[Venue] = []
    objectives: list[Objective] = []
    warnings: list[Warning] = []

    def to_json(self, indent: int | None = None) -> str:
        """JSON with Thai as characters (not \\u escapes)."""
        return self.model_dump_json(indent=indent)


def report_schema() -> dict:
    return Report.model_json_schema()
