"""A blog's or site's calendar widget: a month and year between paging arrows ("<<	มกราคม 2569	>>",
"« March 2025 »"), or over a row of weekday initials ("อา	จ	อ	พ	พฤ	ศ	ส", "Su Mo Tu We Th Fr Sa"),
with the grid of day numbers under it. The month it shows is the page's browsing, no date of the
activity: page_lines.with_page_lines adds it to the page chrome."""
from __future__ import annotations

import re

from ..ruleset import RuleSet

_WEEKDAYS = r"(?:อา|จ|อ|พ|พฤ|ศ|ส|Su|Mo|Tu|We|Th|Fr|Sa|S|M|T|W|F)"
# A row of five or more weekday initials between blanks.
_WEEKDAY_ROW = re.compile(rf"[ \t]*{_WEEKDAYS}(?:[ \t]+{_WEEKDAYS}){{4,}}[ \t\r]*(?:\n|\Z)")
# A grid row: day numbers only (one to seven of them), between blanks.
_GRID_ROW = re.compile(r"[ \t]*[0-9]{1,2}(?:[ \t]+[0-9]{1,2}){0,6}[ \t\r]*(?:\n|\Z)")


def _calendar_regex(rules: RuleSet) -> re.Pattern:
    """A month-and-year line, with its newline before it; group "arrows" when paging arrows
    stand around it."""
    months = "|".join(rules.lexicon(n).pattern() for n in ("date_month_full", "date_month_abbr"))
    left, right = r"(?:<<|«|‹|<|◄|◀)", r"(?:>>|»|›|>|►|▶)"
    return re.compile(rf"\n[ \t]*(?P<arrows>{left}[ \t]*)?(?:{months})[ \t]*[0-9]{{4}}"
                      rf"(?(arrows)[ \t]*{right})[ \t\r]*(?=\n|\Z)")


def calendar_spans(text: str, rules: RuleSet) -> list[tuple[int, int]]:
    """(start, end) of each calendar widget: its month line, the weekday row and the grid rows
    under it."""
    if "\t" not in text and "<" not in text and "«" not in text:
        return []  # (a widget scraped as text keeps its tabs or its arrows: mostly none)
    out = []
    for m in rules.derived(_calendar_regex).finditer("\n" + text):
        s, e = m.start(), m.end() - 1  # (offsets in text: the leading newline shifts them by one)
        pos = e + 1 if e < len(text) else e
        row = _WEEKDAY_ROW.match(text, pos)
        if row is None and m.group("arrows") is None:
            continue
        if row:
            pos = row.end()
        while True:
            g = _GRID_ROW.match(text, pos)
            if g is None or g.end() == pos:
                break
            pos = g.end()
        out.append((s, max(e, pos - 1 if text[pos - 1:pos] == "\n" else pos)))
    return out
