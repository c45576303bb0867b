"""Lists of OTHER pages' items under a heading the lexicons do not know ("ภารกิจผู้บริหารย้อนหลัง",
"คลิปข่าวเด่นประจำสัปดาห์", "อ่านเพิ่มเติม"): a short heading line and a run of bulleted lines right
under it, each item another page's headline. Told by the items' shape, whatever the heading's words:
every item ends in its own date ("● ผวจ. มอบถุงยังชีพ 1,200 ชุด   (16 มิ.ย. 2568)") or opens with a clip's
running time ("▶ [01:58] รพ.น่าน รับบริจาค…"); or, under a "read more" heading (rules/sections.toml
related_list_heads), any bulleted headlines. Such a list follows the page's content (a line of prose
above it, or the page's second half) and no line of prose follows it (the page's related list stands
at its foot). A report's own dated list ("• อบรม อสม. (12 ม.ค. 68)") stands under a content heading
(section_headings, a list number) and is never taken. Applied by page_lines.with_page_lines."""
from __future__ import annotations

import re

from ..ruleset import RuleSet
from ..sections import PROSE_MIN, Sections

MIN_ITEMS = 2  # bulleted lines under the heading, at least
HEADING_MAX = 40  # characters: the list's heading is short
# A bulleted line, with its newline before it: the bullet is captured (the items share one).
_ITEM = re.compile(r"\n[ \t]*([●○◦•‣▪▸▹►▶›»➤➢✦◆◇■□\-*])[ \t]+(?=\S)")
_DURATION = re.compile(r"[\[(][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]")  # a clip's running time
_DIGIT = re.compile(r"[0-9๐-๙]")
_PROSE = re.compile(r"[^\n]{%d}" % PROSE_MIN)
_NUMBERED = re.compile(r"[ \t]*[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]")


def _dated_end_regex(rules: RuleSet) -> re.Pattern:
    """An item's own date closing its line, after a wide gap or in brackets ("   (13 มิ.ย. 2568)",
    " - 16/06/2568")."""
    months = "|".join(rules.lexicon(n).pattern() for n in ("date_month_full", "date_month_abbr"))
    date = (rf"[0-9๐-๙]{{1,2}}[ \t]*(?:{months})[ \t]*[0-9๐-๙]{{2,4}}"
            r"|[0-9๐-๙]{1,2}/[0-9๐-๙]{1,2}/[0-9๐-๙]{2,4}")
    return re.compile(rf"(?:[ \t]{{2,}}|[ \t]*[(\[]|[ \t]+[-–—|·][ \t]*)(?:{date})[)\]]?[ \t\r]*$")


def _read_more_regex(rules: RuleSet) -> re.Pattern:
    return re.compile(rf"[ \t]*(?:{rules.lexicon('related_list_heads').pattern()})[ \t:：»›>.…]*\r?$")


def _items(text: str, first: int) -> list[tuple[int, int]]:
    """The bulleted lines from the line starting at `first` on (one bullet for all, each short):
    each line's (start, end)."""
    out: list[tuple[int, int]] = []
    mark = None
    pos = first - 1  # the newline before the line
    while pos < len(text):
        m = _ITEM.match(text, pos)
        if m is None or (mark is not None and m.group(1) != mark):
            break
        mark = m.group(1)
        e = text.find("\n", pos + 1)
        e = len(text) if e == -1 else e
        if e - pos - 1 >= PROSE_MIN:
            break
        out.append((pos + 1, e))
        pos = e
    return out


def related_lists(text: str, sections: Sections, rules: RuleSet) -> list[tuple[int, int]]:
    """(start, end) of each related list, its heading line included."""
    if "\n" not in text:
        return []
    dated = rules.derived(_dated_end_regex)
    read_more = rules.derived(_read_more_regex)
    prose = _PROSE.search(text)
    first_prose = prose.start() if prose else len(text)
    out: list[tuple[int, int]] = []
    done = 0
    for m in _ITEM.finditer(text):
        s = m.start() + 1
        if s < done:
            continue
        h_end = m.start()  # the heading line ends at the item's newline
        h_start = text.rfind("\n", 0, h_end) + 1
        heading = text[h_start:h_end]
        if not heading.strip() or len(heading.strip()) > HEADING_MAX or _ITEM.match("\n" + heading) \
                or _DIGIT.search(heading) or _NUMBERED.match(heading):
            continue
        i = sections.line_of(h_start)
        if sections.own[i] not in (None, "elsewhere"):
            continue  # a content heading's own list
        if not (2 * h_start >= len(text) or first_prose < h_start):
            continue  # above the page's content
        items = _items(text, s)
        done = items[-1][1] if items else s
        if len(items) < MIN_ITEMS or prose_after(text, done):
            continue
        if not read_more.match(heading) and not all(
                dated.search(text, a, b) or _DURATION.search(text, a, min(b, a + 12)) for a, b in items):
            continue
        out.append((h_start, done))
    return out


def prose_after(text: str, pos: int) -> bool:
    """A line of prose follows `pos`: the list stands inside the article, not at the page's foot."""
    return _PROSE.search(text, pos) is not None
