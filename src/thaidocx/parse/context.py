"""What every value parser receives, and what it returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..match import Match, MatchResult
from ..model import Evidence, Warning
from ..normalize import NormText
from ..ruleset import RuleSet
from ..sections import Sections
from ..tokenize import Tokens


@dataclass(frozen=True)
class Context:
    norm: NormText
    tokens: Tokens
    matches: MatchResult
    rules: RuleSet
    sections: Sections | None = None  # which heading governs each line (sections.py)

    def section_at(self, pos: int) -> str | None:
        """The section kind (rules/sections.toml) at a normalized offset, or None."""
        return self.sections.kind_at(pos) if self.sections is not None else None

    @property
    def text(self) -> str:
        """The normalized text all match offsets point into."""
        return self.norm.text

    def for_field(self, name: str) -> tuple[Match, ...]:
        return self.matches.for_field(name)

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        """Evidence for a span of the NORMALIZED text, mapped back to the original input."""
        text, s, e = self.norm.original_span(start, end)
        return Evidence(text=text, start=s, end=e, rule=rule)

    def warning(self, code: str, message: str, start: int | None = None, end: int | None = None,
                rule: str = "") -> Warning:
        ev = self.evidence(start, end, rule or code) if start is not None and end is not None else None
        return Warning(code=code, message=message, evidence=ev)


@dataclass(frozen=True)
class Parsed:
    """A parser's output: items for one Report field, and warnings."""

    items: tuple[Any, ...] = ()
    warnings: tuple[Warning, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
