"""A budget table extracted one cell per line (PDF text), its "งบประมาณ" / "(บาท)" header split by
other cells, so no column can be told:

    งบประมาณ / แหล่ง / ผู้รับผิดชอบ / (บาท) / …
    1. โครงการคัดกรอง…
    42,500
    …
    1.1 อบรมฟื้นฟู อสม. / … / 19,600 / …   1.2 … / 17,300 / …   1.3 … / 5,600
    รวมยุทธศาสตร์ที่ 1
    105,700

A comma-grouped figure alone on its line is money when the figures add up: a figure followed by two or
more figures adding up to it (a project and its activities: 42,500 = 19,600 + 17,300 + 5,600); a figure
under a sum label (รวม… on the line above) preceded by two or more figures adding up to it since the
previous such sum (activities counted once: the parts of a figure already summed are skipped); a sum
adding up two or more earlier sums (113,700 = 105,700 + 8,000). A money header line (a short line that
is only a money column's name: งบประมาณ, (บาท)) stands within HEADER_REACH lines above the first figure:
a count table flattened the same way ("(คน)") adds up just as well. The figures are table cells (item):
the page's budget, if any, is stated elsewhere."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable, Iterable

from ..literal_re import literal_regex
from .money_cues import Cues, Lines
from .money_headers import column_role

HEADER_REACH = 40  # lines: a header above the table's first figure
HEADER_MAX = 24  # characters: a header cell's line
_LONE = literal_regex(r"(?m)^[ \t]*(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{2})?)[ \t]*$")


class LoneFigures:
    """Which lone figures of a document add up (read once, on the first question): their lines."""

    def __init__(self, lines: Lines, cues: Cues) -> None:
        self.lines = lines
        self.cues = cues
        self._kept: set[int] | None = None

    def role(self, start: int) -> str | None:
        if self._kept is None:
            self._kept = self._read()
        return "item" if self.lines.bounds(start)[0] in self._kept else None

    def _read(self) -> set[int]:
        text = self.lines.text
        figs = [(m.start("num"), Decimal(m.group("num").replace(",", ""))) for m in _LONE.finditer(text)]
        if len(figs) < 3:
            return set()
        summed = [self._under_sum(s) for s, _ in figs]
        values = [v for _, v in figs]
        kept: set[int] = set()
        children: set[int] = set()
        for i, v in enumerate(values):  # a figure and the figures after it that make it up
            run = _run_to(values, range(i + 1, len(values)), v, stop=lambda k: summed[k])
            if run:
                kept.update([i, *run])
                children.update(run)
        sums: list[int] = []
        for i, v in enumerate(values):
            if not summed[i]:
                continue
            since = sums[-1] + 1 if sums else 0
            run = _run_to(values, range(i - 1, since - 1, -1), v, skip=lambda k: k in children)
            if run:
                kept.update([i, *run])
            run = _run_to(values, reversed(sums), v)
            if run:
                kept.update([i, *run])
            sums.append(i)
        if not kept or not self._has_header(figs[min(kept)][0]):
            return set()
        return {self.lines.bounds(figs[i][0])[0] for i in kept}

    def _under_sum(self, start: int) -> bool:
        """Whether the line above the figure's opens with a sum label (รวม…)."""
        ls = self.lines.bounds(start)[0]
        above = self.lines.previous(ls)
        return above is not None and self.cues.opening_role(self.lines.text[above[0]:above[1]].strip()) == "sum"

    def _has_header(self, first: int) -> bool:
        """Whether a money header line stands within HEADER_REACH lines above the first kept figure."""
        at = self.lines.bounds(first)[0]
        for _ in range(HEADER_REACH):
            above = self.lines.previous(at)
            if above is None:
                return False
            line = self.lines.text[above[0]:above[1]].strip()
            if line and len(line) <= HEADER_MAX and column_role(line, self.cues) in ("item", "unit"):
                return True
            at = above[0]
        return False


def _never(k: int) -> bool:
    return False


def _run_to(values: list[Decimal], order: Iterable[int], whole: Decimal,
            skip: Callable[[int], bool] = _never, stop: Callable[[int], bool] = _never) -> list[int]:
    """The figures taken in `order` (skipping those `skip` names, up to one `stop` names) whose
    running sum reaches `whole` exactly with two or more of them; [] when it passes `whole` or the
    order runs out."""
    acc, run = Decimal(0), []
    for k in order:
        if stop(k):
            break
        if skip(k):
            continue
        acc += values[k]
        run.append(k)
        if acc >= whole:
            break
    return run if acc == whole and len(run) >= 2 else []
