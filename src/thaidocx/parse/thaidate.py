"""Thai calendar helpers shared by the date and fiscal-year parsers.

Years: a 4-digit year >= 2400 is Buddhist Era (CE = BE - 543), any other 4-digit year is CE,
and a 2-digit year in a Thai document is BE 25xx. The plausible ranges come from the
`date_year_limits` lexicon in rules/dates.toml so they can be tuned without code.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Literal

from ..ruleset import RuleSet

BE_OFFSET = 543
Era = Literal["BE", "CE"]
_DEFAULT_LIMITS = {"be_min": 2400, "be_max": 2700, "ce_min": 1800, "ce_max": 2200,
                   "two_digit_min": 30}
_MONTH_LEXICONS = ("date_month_full", "date_month_abbr", "date_month_short", "date_month_en")


@dataclass(frozen=True)
class Year:
    """A calendar year in CE, and the era it was written in."""

    ce: int
    era: Era

    def shift(self, delta: int) -> Year:
        return Year(self.ce + delta, self.era)

    @property
    def be(self) -> int:
        return self.ce + BE_OFFSET


def _limits(rules: RuleSet) -> dict[str, int]:
    if "date_year_limits" not in rules.lexicons:
        return _DEFAULT_LIMITS
    lex = rules.lexicon("date_year_limits")
    return {k: int(lex.get(k, v)) for k, v in _DEFAULT_LIMITS.items()}  # type: ignore[arg-type]


def resolve_year(text: str, rules: RuleSet) -> Year | None:
    """The year a 2- or 4-digit string stands for, or None when it is no plausible year."""
    if not text.isdigit() or len(text) not in (2, 4):
        return None
    lim = _limits(rules)
    n = int(text)
    if len(text) == 2:
        return Year(2500 + n - BE_OFFSET, "BE") if n >= lim["two_digit_min"] else None
    if n >= lim["be_min"]:
        return Year(n - BE_OFFSET, "BE") if n <= lim["be_max"] else None
    return Year(n, "CE") if lim["ce_min"] <= n <= lim["ce_max"] else None


def month_number(text: str, rules: RuleSet) -> int | None:
    """A month from digits or a month name, by exact (compact/casefold) lexicon lookup."""
    text = text.strip()
    if text.isdigit():
        n = int(text)
        return n if 1 <= n <= 12 else None
    for name in _MONTH_LEXICONS:
        if name in rules.lexicons:
            value = rules.lexicon(name).get(text.rstrip("."))  # "Aug." = "aug"
            if value is not None:
                return int(value)
    return None


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def iso(year: int, month: int, day: int | None = None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def fiscal_bounds(be: int) -> tuple[str, str]:
    """Thai fiscal year BE N: 1 October of N-1 to 30 September of N (in CE)."""
    ce = be - BE_OFFSET
    return iso(ce - 1, 10, 1), iso(ce, 9, 30)
