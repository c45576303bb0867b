"""Thai calendar helpers shared by the date and fiscal-year parsers.

Years: a 4-digit year >= 2400 is Buddhist Era (CE = BE - 543), any other 4-digit year is CE,
and a 2-digit year in a Thai document is BE 25xx. The plausible ranges come from the
`date_year_limits` lexicon in rules/dates.toml so they can be tuned without code.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Callable, Literal, TypeVar

from ..ruleset import Lexicon, RuleSet

T = TypeVar("T")
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


# Limits read from a rule set's lexicon, keyed by the lexicon object (rule sets are cached and
# immutable; the object is kept so that its id cannot be reused by another lexicon).
_LIMITS: dict[int, tuple[Lexicon, dict[str, int]]] = {}


def _limits(rules: RuleSet) -> dict[str, int]:
    lex = rules.lexicons.get("date_year_limits")
    if lex is None:
        return _DEFAULT_LIMITS
    hit = _LIMITS.get(id(lex))
    if hit is None or hit[0] is not lex:
        table = {k: int(lex.get(k, v)) for k, v in _DEFAULT_LIMITS.items()}  # type: ignore[arg-type]
        hit = _LIMITS[id(lex)] = (lex, table)
    return hit[1]


_MEMO_MAX = 4096  # distinct years / month names remembered per rule set (then start over)


def _memo(rules: RuleSet) -> dict[tuple[str, str], object]:
    """("year" | "month", text) -> the answer: both are pure functions of the text and the rules."""
    return {}


def _remembered(rules: RuleSet, kind: str, text: str, compute: Callable[[str, RuleSet], T]) -> T:
    memo = rules.derived(_memo)
    key = (kind, text)
    if key in memo:
        return memo[key]  # type: ignore[return-value]
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    value = memo[key] = compute(text, rules)
    return value


def resolve_year(text: str, rules: RuleSet) -> Year | None:
    """The year a 2- or 4-digit string stands for, or None when it is no plausible year."""
    if not text.isdigit() or len(text) not in (2, 4):
        return None
    return _remembered(rules, "year", text, _resolve_year)


def _resolve_year(text: str, rules: RuleSet) -> Year | None:
    lim = _limits(rules)
    n = int(text)
    if len(text) == 2:
        return Year(2500 + n - BE_OFFSET, "BE") if n >= lim["two_digit_min"] else None
    if n >= lim["be_min"]:
        return Year(n - BE_OFFSET, "BE") if n <= lim["be_max"] else None
    return Year(n, "CE") if lim["ce_min"] <= n <= lim["ce_max"] else None


def month_number(text: str, rules: RuleSet) -> int | None:
    """A month from digits or a month name, by exact (compact/casefold) lexicon lookup."""
    return _remembered(rules, "month", text, _month_number)


def _month_number(text: str, rules: RuleSet) -> int | None:
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


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_day(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12:
        return False
    last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
    return 1 <= day <= last


def iso(year: int, month: int, day: int | None = None) -> str:
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def fiscal_bounds(be: int) -> tuple[str, str]:
    """Thai fiscal year BE N: 1 October of N-1 to 30 September of N (in CE)."""
    ce = be - BE_OFFSET
    return iso(ce - 1, 10, 1), iso(ce, 9, 30)
