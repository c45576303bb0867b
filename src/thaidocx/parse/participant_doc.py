"""The document as the participant-count parsers read it: its lines, the section heading role
governing each line, list items, and the rules' cue patterns; the previous count; the windows
the parsers (participants.py and its participant_*.py helpers) share."""
from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from ..literal_re import literal_regex
from ..sections import find_sections
from .context import Context
from .participant_cues import Patterns
from .thainum import number_words

ROLE_WINDOW = 150  # characters before a count (same line) searched for role cues
GROUP_WINDOW = 80  # characters before a count searched for the group's name
SUBGROUP_WINDOW = 32  # a per-subgroup word (ฐานละ, อำเภอละไม่เกิน) must end this close before a count
LIST_GAP = 4  # a list item inherits the role of a count at most this many lines above
STRONG = ("planned", "actual")
# A sentence of a count ends at a line break or a wide space (Thai writes no full stop): shared
# by the participant checks that look along a count's sentence.
SENTENCE_END = literal_regex(r"\n|[ \t]{2,}")
# a count of people in digits ("12 คน", "1,200 ราย")
PEOPLE_COUNT = literal_regex(r"[0-9][0-9,]*[ \t]*(?:คน|ราย|ท่าน)")
MENU_LINE_MAX = 40  # a menu entry's line is no longer (sections.HEADING_MAX)
MENU_REACH = 3  # a plain menu entry's home entry stands at most this many lines above it
# The first entries of a site menu, or its label.
_MENU_HOME = ("หน้าแรก", "หน้าหลัก", "เมนู", "Home", "HOME")
# A menu line: no list bullet, digit or colon (an item, a count, a label with its value).
_MENU_LINE = literal_regex(r"[^0-9:•·»›▪►●○◦■□➢➤*\-][^0-9:]*")
NEED_MAX = 8  # characters before a cue looked at for a modal of need (ควรจะ)

# A list item starts with a number or a bullet / symbol / emoji rather than a letter.
_LIST_ITEM = regex.compile(r"^\s*(?:[0-9]+[.)]|[^\s\p{L}\p{N}])")
_LIST_INTRO = literal_regex(r"(?:ได้แก่|ดังนี้|ประกอบด้วย|คือ|[:.])\s*$")
_WIDE_GAP = literal_regex(r"[ \t]{2,}|\t")  # Thai sentences end at a wide space; a tab parts table cells
_THAI = literal_regex(r"[\u0E01-\u0E4E]")


_UNREAD = object()  # a line whose answer is not read yet (None is an answer)


class _Previous(NamedTuple):  # immutable, and cheaper to make than a dataclass
    """The previous count (kept or dropped): where it was and what it was."""

    line: int
    end: int
    role: str  # planned / actual / unknown, or "background" when it was dropped


class _Doc:
    """The text with its line bounds, the heading role governing each line, and the lexicons."""

    def __init__(self, ctx: Context) -> None:
        self.text = ctx.text
        self.pats = pats = ctx.rules.derived(Patterns.from_rules)
        self.cue_re, self.background_re = pats.cue_re, pats.background_re
        self.frame_re, self.share_re, self.subgroup_re = pats.frame_re, pats.share_re, pats.subgroup_re
        self.introducer = pats.introducer
        self.estimate_re = pats.estimate_re
        self.words = number_words(ctx.rules)
        # Sections come from the shared mechanism (sections.py, rules/sections.toml); what a
        # section kind means for counts of people is this field's own data (part_section_role).
        sections = ctx.sections if ctx.sections is not None else find_sections(ctx.norm, ctx.rules)
        self.starts = sections.line_starts
        self._own, self._above = sections.own, sections.above
        self._bars: dict[tuple[int, str], int] = {}
        self._menus: dict[int, bool] = {}  # heading line -> is it a plain menu entry
        self._items: dict[int, bool] = {}  # line -> is it a list item (list_item)
        self._self_roles: dict[int, str | None] = {}  # self_role's answers
        self._heading_roles: dict[int, str | None] = {}  # heading_role's answers
        self._cues: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.groups: dict[tuple[int, int], str | None] = {}  # group_name's answers (asked twice)
        self.sentences: dict[int, str] = {}  # participant_need.sentence_before's answers
        self.sentence_gaps: dict[int, list[int]] = {}  # participant_occasion: ends of a line's gaps
        self.first_baht: dict[int, int] = {}  # participant_background: บาท's first place per line
        self.own_year: int | None = None  # participant_years.own_year's answer (0: none)
        self.present: dict[str, bool] = {}  # has(): is a kind of marker anywhere in the text

    def has(self, kind: str, terms: tuple[str, ...] | str) -> bool:
        """Is any of `terms` anywhere in the text (asked once per document and kind): a whole
        check is skipped in the many documents without its markers."""
        found = self.present.get(kind)
        if found is None:
            found = self.present[kind] = any(t in self.text for t in terms)
        return found

    def self_role(self, i: int) -> str | None:
        """The participant role of a heading term opening line i itself; none when the term
        is inside a bracket opening the line and text follows it ("(เป้าหมายร้อยละ 70)  ผู้ป่วย
        ไข้เลือดออกสะสม… 142 ราย": an aside wrapped from the sentence above, not a heading)."""
        kind = self._own[i]
        if kind is None:
            return None
        role = self._self_roles.get(i, _UNREAD)
        if role is _UNREAD:  # read once per line: every count on it and below asks
            role = self._self_roles[i] = self._self_role(i, kind)
        return role

    def _self_role(self, i: int, kind: str) -> str | None:
        line = self.line(i).lstrip()
        if line.startswith("("):
            close = line.find(")")
            if close > 0 and _THAI.search(line, 1, close) and line[close + 1:].strip(" \t:"):
                return None
        return self.pats.section_role(kind)

    def _governing(self, i: int) -> tuple[str, int] | None:
        """(kind, heading line) of the section governing line i from above, unless its heading
        is an entry of a site menu written one entry a line (_plain_menu_entry)."""
        above = self._above[i]
        if above is None:
            return None
        menu = self._menus.get(above[1])
        if menu is None:
            menu = self._menus[above[1]] = self._plain_menu_entry(above[1])
        return None if menu else above

    def _plain_menu_entry(self, i: int) -> bool:
        """Is line i an entry of a site menu with no bullets ("☰ เมนูหลัก / หน้าแรก / ข้อมูลพื้นฐาน /
        โครงสร้างส่วนราชการ"), not a heading? A home or menu entry (_MENU_HOME) stands at most
        MENU_REACH lines above it, and it, the lines between and the line below are short menu
        lines (no bullet, digit nor colon): a heading's next line is its content. (sections.py
        reads bulleted menus; the background section such a line opens would govern the
        article below it: its attendees would be statistics.)"""
        def plain(j: int) -> bool:
            if not 0 <= j < len(self.starts):
                return False
            line = self.line(j).strip()
            return 0 < len(line) <= MENU_LINE_MAX and _MENU_LINE.fullmatch(line) is not None
        if not (plain(i) and plain(i + 1)):
            return False
        for j in range(i - 1, max(-1, i - 1 - MENU_REACH), -1):
            if not plain(j):
                return False
            if self.line(j).strip().lstrip("☰≡ ").startswith(_MENU_HOME):
                return True
        return False

    def heading_term(self, i: int) -> bool:
        """Does a heading term (rules/sections.toml) open line i?"""
        return self._own[i] is not None

    def section(self, i: int) -> tuple[str, int] | None:
        """(role, heading line) of the section governing line i from above."""
        above = self._governing(i)
        return None if above is None else (self.pats.section_role(above[0]), above[1])

    def kind(self, i: int) -> str | None:
        """The section kind of line i: its own heading term's, else the heading above's."""
        own = self._own[i]
        if own is not None:
            return own
        above = self._governing(i)
        return above[0] if above is not None else None

    def heading_role(self, i: int) -> str | None:
        """The role of the heading term opening line i, else of the section heading above
        (read once per line)."""
        role = self._heading_roles.get(i, _UNREAD)
        if role is _UNREAD:
            role = self._heading_roles[i] = self._heading_role(i)
        return role

    def _heading_role(self, i: int) -> str | None:
        own = self.self_role(i)
        if own is not None:
            return own
        section = self.section(i)
        return section[0] if section is not None else None

    def line(self, i: int) -> str:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i]:end]

    def bars(self, i: int, sep: str = "|") -> int:
        """The number of cell separators on line i (cached: table headers ask repeatedly)."""
        if (i, sep) not in self._bars:
            self._bars[i, sep] = self.line(i).count(sep)
        return self._bars[i, sep]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def found_cues(self, start: int, end: int) -> list[tuple[int, str]]:
        """(end offset, value) of every role cue in text[start:end], left to right (the same
        window is asked for again by the role after the background check: read once)."""
        found = self._cues.get((start, end))
        if found is None:
            value = self.pats.cue_value
            found = self._cues[start, end] = [
                (c.end(), value(c.group())) for c in self.cue_re.finditer(self.text, start, end)]
        return found

    def service_cues(self, start: int, end: int) -> list[tuple[int, str]]:
        """found_cues but those right after a modal of need (part_need_modal: "ที่ต้องติดตาม",
        "ควรได้รับ"): a service needed has served no one, so it keeps no finding nor statistic."""
        needs = self.pats.needs
        found = self.found_cues(start, end)
        if not needs or not found:
            return found
        text = self.text
        kept = []
        for c in self.cue_re.finditer(text, start, end):
            if not text.endswith(needs, max(0, c.start() - NEED_MAX), c.start()):
                kept.append((c.end(), self.pats.cue_value(c.group())))
        return kept

    def wrapped_start(self, i: int, near: int, pos: int, after: int) -> int:
        """Where the sentence of the count at `pos` begins when line i is the wrapped rest of
        the sentence above (PDF text breaks lines anywhere: "…ตามจำนวนประชากร⏎6,418 คน",
        "…มีผู้สัมผัสโรค⏎ที่มารับวัคซีน 18,420 ราย"): in line i-1, after its last wide space (and
        after `after`, the end of the previous count). Else `near`. Line i continues the line above when it is written flush
        left, is no list item nor heading, and nothing before the count on it ends a sentence,
        and the line above is text that is not a list's introduction."""
        start = self.starts[i]
        if (i == 0 or near > start or not self.text[start:start + 1].strip()
                or self._own[i] is not None or self.list_item(i)
                or _WIDE_GAP.search(self.text, start, pos) is not None):
            return near
        above = self.line(i - 1)
        if not above.strip() or _LIST_INTRO.search(above):
            return near
        gap = None
        for gap in _WIDE_GAP.finditer(above.rstrip()):
            pass  # the last wide space above: its sentence starts after it
        return max(self.starts[i - 1] + (0 if gap is None else gap.end()), after)

    def list_item(self, i: int) -> bool:
        """Line i starts with a number or a bullet (_LIST_ITEM); read once per line, as the
        counts on it and below ask again."""
        item = self._items.get(i)
        if item is None:
            item = self._items[i] = _LIST_ITEM.match(self.line(i)) is not None
        return item

    def new_occasion(self, i: int) -> bool:
        """Is line i a list item opened by a date or an occasion's ordinal ("- 3 ก.ค. 68 รุ่นที่ 2 …",
        part_item_opener)? It tells a new occasion, no part of a statistic in an item above."""
        opener = self.pats.item_opener_re
        return opener is not None and opener.match(self.line(i)) is not None

    def in_list(self, i: int) -> bool:
        """Line i is a list item: it starts with a bullet, or the line above introduces a list."""
        if self.list_item(i):
            return True
        return i > 0 and bool(_LIST_INTRO.search(self.line(i - 1)))

    def continues_list(self, i: int, prev: _Previous | None) -> bool:
        """Line i is an item of the list that the previous count opened or belongs to: no
        paragraph or heading line (written flush left, not a list item) stands between them."""
        if prev is None or not 0 < i - prev.line <= LIST_GAP:
            return False
        section = self.section(i)
        if not ((section is None or section[1] <= prev.line) and self.in_list(i)):
            return False
        for j in range(prev.line + 1, i):
            between = self.line(j)
            if between.strip() and not between[0].isspace() and not self.list_item(j):
                return False
        return True
