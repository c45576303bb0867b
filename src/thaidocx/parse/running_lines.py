"""Page furniture between the pages of a converted Word or PDF document: the running footer and
header that the conversion leaves in the text at every page break.

    9.2 ค่าอาหารกลางวันนักเรียน 412 คน x 200 วัน		22 บาท		1,812,800
    ________________________________________________
    โครงการส่งเสริมโภชนาการ…			หน้า 2 / 3
    เทศบาลตำบลหนองหาน	อำเภอหนองหาน	จังหวัดอุดรธานี
    				กองการศึกษา
    9.3 ค่าอาหารเสริม (นม) 600 คน x 260 วัน		7.37 บาท	1,149,720

A page break is a run of lines that are blank, rules (____, -----), page-number lines
("- 2 -", "หน้า 2", "หน้า 2 / 3", "หน้า 1 จาก 2", "Page 2 of 3", with or without a running title
before the number) and lines repeated word for word elsewhere in the document (a letterhead
printed on every page), holding at least one page-number line. A reader that a blank line
stops (a table, money_table.py) steps over such a run to the text the break cut off.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_NUM = r"[0-9๐-๙]{1,3}"
PAGE_MARK = (rf"(?:[-–][ ]?{_NUM}[ ]?[-–]"
             rf"|(?:หน้า(?:ที่)?|[Pp]age)[ ]*{_NUM}(?:[ ]*(?:/|จาก|of)[ ]*{_NUM})?)")
MAX_RUNNING = 120  # characters: a running header or footer line is short
MAX_BREAK = 14  # lines of one page break (footer, blank lines, header)
# A page-number line: the mark alone, or after (before) a running title set off by a wide gap.
_PAGE_LINE = re.compile(rf"[ \t]*(?:.{{0,{MAX_RUNNING}}}?(?:\t|[ ]{{2,}}))?{PAGE_MARK}"
                        rf"(?:(?:\t|[ ]{{2,}}).{{0,{MAX_RUNNING}}})?[ \t]*")
_RULE = re.compile(r"[ \t]*[_\-=─━.·*~]{5,}[ \t]*")


_MARK_WORDS = ("-", "–", "หน้า", "age")  # one of them is in every PAGE_MARK ("age": Page, page)


def is_page_number_line(line: str) -> bool:
    """'- 2 -', 'หน้า 2/3', '<running title>   หน้า 1 จาก 2', 'Page 2 of 3'."""
    # The pattern's lazy running title makes it try every split of a line (~15 µs a line):
    # a line holding none of the mark's literals is told without it.
    return len(line) <= 2 * MAX_RUNNING and any(w in line for w in _MARK_WORDS) \
        and _PAGE_LINE.fullmatch(line) is not None


class PageBreaks:
    """Page breaks of one text, read lazily: most documents never ask."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._repeated: Counter[str] | None = None

    def _is_repeated(self, line: str) -> bool:
        if self._repeated is None:
            self._repeated = Counter(s for s in (ln.strip() for ln in self.text.split("\n"))
                                     if s and len(s) <= MAX_RUNNING)
        return self._repeated[line.strip()] >= 2

    def furniture(self, line: str, number: bool | None = None) -> bool:
        """Blank, a rule, a page-number line or a line repeated elsewhere (a running header).
        `number`: is_page_number_line(line), when the caller knows it already."""
        s = line.strip()
        return not s or _RULE.fullmatch(s) is not None \
            or (is_page_number_line(line) if number is None else number) \
            or (len(s) <= MAX_RUNNING and self._is_repeated(s))

    def above(self, bounds: tuple[int, int],
              previous: Callable[[int], tuple[int, int] | None]) -> tuple[int, int] | None:
        """The first line above a page break that starts at the (blank or furniture) line
        `bounds`, going up with `previous(line_start)`; None when the lines above are no page
        break (no page-number line among them, or more than MAX_BREAK of them)."""
        seen_number = False
        line: tuple[int, int] | None = bounds
        for _ in range(MAX_BREAK):
            if line is None:
                return None
            text = self.text[line[0]:line[1]]
            number = is_page_number_line(text)
            if not self.furniture(text, number):
                return line if seen_number else None
            seen_number = seen_number or number
            line = previous(line[0])
        return None
