"""The dates parser's own values: a date's end (`Part`) and a date or range found in the text
(`Found`), and the year a range's end lends to the other. Shared by dates.py and the modules it
reads English dates with (date_english.py)."""
from __future__ import annotations

from typing import NamedTuple

from .thaidate import Year, iso


class Part(NamedTuple):  # immutable, and cheaper to make than a frozen dataclass
    """One end of a date: day is None for month precision; year None until it is known."""

    day: int | None
    month: int
    year: Year | None


class Found(NamedTuple):
    start: Part
    end: Part | None
    span: tuple[int, int]  # normalized-text span of the evidence
    rule: str

    @property
    def parts(self) -> tuple[Part, ...]:
        return (self.start,) if self.end is None else (self.start, self.end)


def range_years(start: Part, end: Part) -> tuple[Part, Part]:
    """A year written on one end only applies to both: "30 ธ.ค. - 2 ม.ค. 63" crosses a year."""
    if start.year is None and end.year is not None:
        start = start._replace(year=end.year.shift(-1 if start.month > end.month else 0))
    elif end.year is None and start.year is not None:
        end = end._replace(year=start.year.shift(1 if end.month < start.month else 0))
    return start, end


def iso_of(p: Part) -> str:
    assert p.year is not None
    return iso(p.year.ce, p.month, p.day)
