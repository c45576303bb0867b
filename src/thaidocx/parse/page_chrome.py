"""The furniture of a scraped web page, line by line: menus, breadcrumb trails, English or
bilingual site names, post lines ("โพสต์เมื่อ … | อ่าน 318 ครั้ง"), a news release's number line
("ข่าวที่ สน 0017/142 วันที่ …"), and sidebar lists scraped ABOVE the article. The title parser
skips them and takes the headline next to the post line (title.py); venues and officials take
nothing from a sidebar (the lists below the article are blanked as sections of kind
"elsewhere", see sections.py; one above the headline is not, as a lone menu item there must not
swallow the headline)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..ruleset import RuleSet
from .context import Context
from .name_tries import trie_alt
from .title_lex import Lex

_THAI = re.compile(r"[\u0e00-\u0e7f]")
# A menu: 3+ short items between wide spaces or bars.
_MENU_SEP = re.compile(r"[ \t]{2,}|[ \t]*\|[ \t]*|[ \t]+•[ \t]+")
MENU_ITEM = 25  # characters: a longer piece is text, not a menu item
CRUMB_ITEM = 40
SITE_NAME = 60  # a bilingual site name ("โรงพยาบาลนาหม่อม Namom Hospital") is short
_LATIN_ONLY = re.compile(r"[^\u0e00-\u0e7f]*[A-Za-z][^\u0e00-\u0e7f]*$")
# Two or more Latin words at one end of a line: a site name's English half.
_LATIN_WORDS = r"[A-Z][A-Za-z.&'-]*(?:[ \t]+[A-Za-z.&'-]+)+"
_LATIN_EDGE = re.compile(rf"^{_LATIN_WORDS}[ \t]|[ \t]{_LATIN_WORDS}$")
_SITE_SEP = re.compile(r"[ \t]+[~|:\-–—][ \t]+")  # "Nurse Diary ~ บันทึกของ…", "… | NEUA TODAY"
MAX_META = 160  # a post line is short; a longer one is text


PAGE_META = 80  # a page's header line ("หน่วยงานราชการ · ผู้ติดตาม 3.4 พัน คน") is short


# A social page's category and place, dot-separated, closing with a postcode or the country
# ("โรงพยาบาล · เกาะคา, ลำปาง, Thailand 52130", "หน่วยงานราชการ · อ.เมือง จ.น่าน 55000").
_PAGE_PLACE = re.compile(r"[^·\n]{2,40}·[^\n]*?(?:[ \t,][1-9][0-9]{4}|[ \t,](?:Thailand|ประเทศไทย))[ \t]*$")


def is_page_meta(line: str, lx: Lex) -> bool:
    """A social page's header line: its category and audience count ('หน่วยงานราชการ ·
    ผู้ติดตาม 3.4 พัน คน', '1.2K followers'), or its category and place ending in a postcode or
    the country ('โรงพยาบาล · เกาะคา, ลำปาง, Thailand 52130'). It describes the page, not a
    post: never a headline, and no post line either (the headline stands next to a post's line,
    not to it)."""
    if len(line) > PAGE_META:
        return False
    return lx.audience_re.search(line) is not None or ("·" in line and (
        _PAGE_PLACE.match(line) is not None or lx.group_kind_re.match(line) is not None))


# A site's domain name opening the line, alone or before a tagline ("ลุงต้นเล่าข่าว.com — …").
_DOMAIN = re.compile(r"[^\s.]+(?:\.[^\s.]+)*\.(?:com|net|org|info|biz|co\.th|in\.th|or\.th|go\.th|ac\.th)"
                     r"(?:[ \t]+[~|:\-–—][ \t]|$)")
SITE_HALF = 40  # characters: the Thai half of a "<Thai name> | <English name>" site line


def _hashtags(line: str) -> bool:
    """Most of the line's words are hashtags ("อสม #PFA #ปฐมพยาบาลทางใจ #3L #ร้อยเอ็ด", its first
    # trimmed away as debris)."""
    words = line.split()
    tags = sum(w.startswith("#") for w in words)
    return tags >= 2 and 2 * tags >= len(words)


# An accessibility link opening a page ("ข้ามไปยังเนื้อหา (Skip to content)"), a text browser's
# link number "[1]" before it.
_SKIP_LINK = re.compile(r"[ \t]*(?:\[?[0-9]{1,3}\][ \t]*)?(?:ข้ามไป(?:ยัง|ที่)?(?:เนื้อหา|ส่วนเนื้อหา)"
                        r"|(?i:skip[ \t]+(?:to[ \t]+)?(?:main[ \t]+)?(?:content|navigation)))")


_LINK_ITEM = re.compile(r"\[?[0-9]{1,3}\]\S")  # a text browser's numbered link: "[3]ยอมรับ"
_BUTTON = re.compile(r"[ \t]*\[?[0-9]{1,3}\]\[[^\]\n]{1,40}\][ \t]*$")  # "[5][IMG: …]", "[3][ตกลง]"


def _link_row(line: str) -> bool:
    """A text browser's row of numbered links or buttons ("[3][ยอมรับทั้งหมด]   [4][ตั้งค่าคุกกี้]"):
    two or more items between wide gaps, each a numbered link, or one bracketed button."""
    items = [p for p in re.split(r"[ \t]{2,}", line.strip()) if p]
    return (len(items) >= 2 and all(_LINK_ITEM.match(p) for p in items)) or bool(_BUTTON.match(line))


def is_chrome(line: str, lx: Lex) -> bool:
    """Page chrome of a scraped page: a menu, a breadcrumb trail, an English or bilingual
    site name ('Huai Sai Thong Subdistrict Municipality', 'โรงพยาบาลนาหม่อม Namom Hospital',
    'Nurse Diary ~ บันทึกของพยาบาล…', 'ข่าวเหนือวันนี้ ออนไลน์ | NEUA TODAY', a company's
    'สยามพูนทรัพย์ ลีสซิ่ง | Siam Poonsap Leasing Public Company Limited'), a domain name with
    its tagline ('ลุงต้นเล่าข่าว.com — ข่าวสารสุขภาพ …'), a skip link ('ข้ามไปยังเนื้อหา (Skip to
    content)'), a social page's audience line
    (is_page_meta), a publisher line with its follow button, a hashtag line."""
    if is_page_meta(line, lx) or lx.follow_re.search(line) or ("#" in line and _hashtags(line)):
        return True
    if _SKIP_LINK.match(line) or ("]" in line and _link_row(line)):
        return True
    if _menu(line) or (("\t" in line or " " in line) and (
            _crumbs(line, lx.crumb_re) or _home_trail(line, lx))):
        return True  # (a crumb separator holds a blank on each side)
    if "[" in line and _ui_row(line):
        return True
    if _LATIN_ONLY.match(line) or _DOMAIN.match(line):
        return True
    if len(line) > 2 * SITE_NAME or _THAI.search(line) is None:
        return False
    halves = _SITE_SEP.split(line, maxsplit=1)
    if len(halves) == 2 and any(_LATIN_ONLY.match(h) for h in halves) and (
            len(line) <= SITE_NAME or min(map(len, halves)) <= SITE_HALF):
        return True  # (a long one: "<headline> | Site" stays, its Thai half being long)
    return len(line) <= SITE_NAME and bool(_LATIN_EDGE.search(line)) \
        and not any(c.isdigit() for c in line)


MASTHEAD_SPANS = 6  # lines: a page's navigation, under its masthead, stands among its first lines
# A footer's copyright line ("© 2568 สุรินทร์โพสต์ออนไลน์  เลขที่ 88 …", title_copyright_word) names
# the site.
MIN_SITE = 4  # characters: a shorter masthead line is not looked for in the footer


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]


def is_nav(line: str, crumb_re: re.Pattern, nav_re: re.Pattern) -> bool:
    """A site's navigation: a line that is one menu item ('หน้าแรก', '☰ เมนูหลัก' as trimmed), a
    menu or a widget row holding one ('หน้าหลัก | ประวัติ | …', 'ค้นหา       ☀ สุรินทร์ 27°C'), or
    a breadcrumb trail starting at one or drawn with arrows ('หน้าแรก › สุขภาพ › …')."""
    if nav_re.fullmatch(line):
        return True
    # A menu or a widget row: two or more short items between wide spaces or bars.
    items = [p for p in _MENU_SEP.split(line) if p] if _MENU_SEP.search(line) else []
    if len(items) < 2 or max(map(len, items)) > MENU_ITEM:
        if not (("\t" in line or " " in line) and _crumbs(line, crumb_re)):
            return False
        if any(c in line for c in "›»>"):
            return True
        items = crumb_re.split(line)
    return any(nav_re.fullmatch(p.strip()) for p in items)


VERTICAL_MENU = 4  # lines: a shorter run of one-item lines may be a heading's own lines
NAV_ITEMS = 2  # menu items in a run of one-item lines that make it a menu
VERTICAL_ITEM = 40  # characters: a longer line is text, no menu entry
_DIGIT = re.compile(r"[0-9๐-๙]")


def _menu_line(line: str) -> bool:
    return len(line) <= VERTICAL_ITEM and _DIGIT.search(line) is None


_POSTED_TO_ARROWS = "▸▶►"
_POSTED_TO = re.compile(r"[ \t]+[▸▶►][ \t]+")


class ChromeLines:
    """Lines of a page's head, each tested as page chrome once, when first asked (the title
    parser asks about a line from several places)."""

    def __init__(self, lines: list[str], lx: Lex, gaps: list[bool] | None = None) -> None:
        self.lines, self.lx = lines, lx
        self.crumb_re, self.nav_re = lx.crumb_re, lx.nav_re
        self._known: list[bool | None] = [None] * len(lines)
        self._masthead: set[int] | None = None
        self.gaps = gaps  # gaps[i]: a blank line stands between lines i - 1 and i
        self._vertical: set[int] | None = None

    def chrome(self, i: int) -> bool:
        known = self._known[i]
        if known is None:
            line = self.lines[i]
            known = self._known[i] = is_chrome(line, self.lx) or (
                len(line) <= PAGE_META and i + 1 < len(self.lines)
                and self._page_header(self.lines[i + 1])) or self._posted_to(line) \
                or i in self.vertical_menu()
        return known

    def vertical_menu(self) -> set[int]:
        """A site's menu one item a line (a Google Sites page: "หน้าแรก" / "เกี่ยวกับเรา" / "คลินิก…" /
        "expand_more" / "ค้นหาตัวผู้ป่วยเชิงรุก (ACF)" / … / "ติดต่อเรา"): a run of VERTICAL_MENU or more
        short lines without a digit and with no blank line between them, NAV_ITEMS of them menu
        items; every line of the run is navigation, never a headline."""
        if self._vertical is None:
            self._vertical = set()
            menu = [_menu_line(line) for line in self.lines] if self.gaps is not None else []
            if self.gaps is not None and self.nav_re is not None and sum(menu) >= VERTICAL_MENU:
                start, n = 0, len(self.lines)
                for i in range(n + 1):
                    if i == n or self.gaps[i] or not menu[i]:
                        run = range(start, i)
                        if len(run) >= VERTICAL_MENU and sum(
                                bool(self.nav_re.fullmatch(self.lines[k])) for k in run) >= NAV_ITEMS:
                            self._vertical.update(run)
                        start = i + 1 if i < n and not menu[i] else i
        return self._vertical

    def _page_header(self, line: str) -> bool:
        """A page's or group's header line, under the page's name: its kind and place or
        members, or its followers (a post's reactions count, which may follow the post's own
        text, is none)."""
        lx = self.lx
        return is_page_meta(line, lx) and (
            lx.group_kind_re.match(line) is not None or _PAGE_PLACE.match(line) is not None
            or lx.page_audience_re.search(line) is not None)

    def _posted_to(self, line: str) -> bool:
        """A social post's poster line naming where it was posted ('<poster>  ▸  <group>'): two
        parts around an arrow, one of them another of the first lines (the group's name)."""
        if not any(c in line for c in _POSTED_TO_ARROWS):
            return False
        parts = _POSTED_TO.split(line)
        return len(parts) == 2 and any(p.strip() in self.lines[:MASTHEAD_SPANS] for p in parts
                                       if p.strip() != line)

    def web_page(self, n: int) -> bool:
        """One of the first n lines is page chrome or navigation: a scraped web page."""
        return any(self.chrome(i) or (self.nav_re is not None and
                                      is_nav(self.lines[i], self.crumb_re, self.nav_re))
                   for i in range(min(n, len(self.lines))))

    def masthead(self, text: str) -> set[int]:
        """The lines of the page's masthead (site name, address, slogan, banners: never its
        headline): those above its navigation when that stands among the first MASTHEAD_SPANS
        lines, and first lines the footer's copyright line names ('สุรินทร์โพสต์ออนไลน์' over
        '© 2568 สุรินทร์โพสต์ออนไลน์ …')."""
        if self._masthead is not None:
            return self._masthead
        first = min(MASTHEAD_SPANS, len(self.lines))
        out: set[int] = set()
        if self.nav_re is not None:
            nav = next((i for i in range(first)
                        if is_nav(self.lines[i], self.crumb_re, self.nav_re)), 0)
            out.update(range(nav))
        footer = "\n".join(_line_at(text, m.start()) for m in self.lx.copyright_re.finditer(text))
        if footer:
            out.update(i for i in range(first)
                       if len(self.lines[i]) >= MIN_SITE and self.lines[i] in footer)
        self._masthead = out
        return out


def _menu(line: str) -> bool:
    """3+ short items between menu separators; a line without any separator character is
    none (the usual case, told without splitting it)."""
    if "  " not in line and "\t" not in line and "|" not in line and "•" not in line:
        return False
    items = [p for p in _MENU_SEP.split(line) if p]
    return len(items) >= 3 and max(map(len, items)) <= MENU_ITEM


HOME_TRAIL = 160  # characters: a breadcrumb trail from the home page, its last crumb a page's name


def _home_trail(line: str, lx: Lex) -> bool:
    """A breadcrumb trail drawn with arrows from a site's home ('หน้าแรก » ข่าวกิจกรรม » <a long
    group or page name>'): its first crumb a menu item, the others any length (the last one
    names the page, as long as a headline)."""
    if len(line) > HOME_TRAIL or not any(c in line for c in "›»>"):
        return False
    crumbs = lx.crumb_re.split(line)
    return len(crumbs) >= 3 and lx.nav_re.fullmatch(crumbs[0].strip()) is not None


# A page's widget row: a short label (a search box's prompt with its dotted field, a list's
# heading with its count) and one or two bracketed buttons closing the line after a wide gap
# ("ค้นหาข่าว...........  [ค้นหา]", "บันทึกการติดตาม (3 ครั้ง)      [+ เพิ่มบันทึกการติดตาม]").
_UI_ROW = re.compile(r"[^\[\]\n]{2,40}?(?:[ \t]{2,}|\.{3,}[ \t]*)\[[ \t]*(?P<button>[^\]\n]{1,30})\](?:[ \t]*\[[^\]\n]{1,30}\])?[ \t]*$")
_UI_BUTTONS = ("+", "ค้นหา", "เพิ่ม", "Search", "search", "Add", "add")
_FORM_FIELD = re.compile(r"\.{3,}|_{3,}")


def _ui_row(line: str) -> bool:
    """A widget row (_UI_ROW): a label with a dotted or underlined field, or a label whose
    button adds or searches ('[+ …]', '[ค้นหา]', '[Search]'); a headline never closes so."""
    m = _UI_ROW.match(line)
    if m is None:
        return False
    return bool(_FORM_FIELD.search(line)) or m.group("button").startswith(_UI_BUTTONS)


def _crumbs(line: str, crumb_re: re.Pattern) -> bool:
    crumbs = crumb_re.split(line)
    arrow = any(c in line for c in "›»>")
    return len(crumbs) >= (2 if arrow else 3) and max(map(len, crumbs)) <= CRUMB_ITEM


def is_post_meta(line: str, lx: Lex) -> bool:
    """A post line: who posted, when, how often read ('โพสต์เมื่อ … | อ่าน 318 ครั้ง'); the title
    parser also reads a post line from its parts (title_page.post_line)."""
    return len(line) <= MAX_META and bool(lx.meta_re.search(line) or lx.read_count_re.search(line))


# The audience mark closing a social-media post's timestamp ("9 ธันวาคม เวลา 20:15 น. · 🌏").
_AUDIENCE = re.compile(r"[ \t]*·[ \t]*(?:[\U0001f30d-\U0001f30f\U0001f465\U0001f512][\ufe0f]?)?[ \t]*(?=\n|$)")


def audience_mark(text: str, end: int) -> bool:
    """The line ending at `end` closes with a post's audience mark: it is the post's timestamp,
    under the poster's name (a page or a person, never the headline: the text follows)."""
    return _AUDIENCE.match(text, end) is not None


# A news release's number: "ข่าวที่ 142/2568", "ข่าวที่ สน 0017/142", "ข่าวประชาสัมพันธ์ ฉบับที่ 12/2568";
# a bare "ฉบับที่ 114 / 2568" only as a line of its own (a letterhead's corner).
_RELEASE_NO = re.compile(r"(?:ข่าว(?:ประชาสัมพันธ์)?[ \t]*(?:ที่|ฉบับที่))[ \t]*(?:[\u0e01-\u0e2e]{1,3}\.?[ \t]*)?"
                         r"[0-9]{1,5}[ \t]*/[ \t]*[0-9]{1,5}"
                         r"|ฉบับที่[ \t]*[0-9]{1,5}[ \t]*/[ \t]*[0-9]{2,4}[ \t]*$")


def is_release_number(line: str) -> bool:
    """A news release's number line; its headline follows it (never comes before it)."""
    return len(line) <= MAX_META and _RELEASE_NO.match(line.lstrip()) is not None


SIDEBAR_ITEMS = 2  # a heading with fewer list items under it is no sidebar
PROSE = 200  # characters: the first line this long is the article (as sections.PROSE_MIN)
_BULLET_LINE = re.compile(r"[ \t]*[•●▪◦‣∙·*-][ \t]")


class _LineStarts:
    """A pattern tried at line starts only. Written as "\n" + body, so that re skips to the next
    line break at C speed ("(?m)^" is tried at every position; a bare search for a long line
    scans ahead from each of them, quadratic in a line's length); the first line separately."""

    def __init__(self, body: str) -> None:
        self.first = re.compile(body)
        self.rest = re.compile("\n" + body)

    def spans(self, text: str, hi: int) -> Iterator[tuple[int, int]]:
        """(start, end) of the matches in text[:hi], in text order."""
        m = self.first.match(text, 0, hi)
        if m:
            yield m.span()
        for m in self.rest.finditer(text, 0, hi):
            yield m.start() + 1, m.end()


_PROSE_LINE = _LineStarts(r"[^\n]{%d}" % PROSE)


def _sidebar_heads(rules: RuleSet) -> _LineStarts:
    """Line starts holding a page-chrome heading term (section kind "elsewhere")."""
    terms = [t for t, v in rules.lexicon("section_headings").spec.entries.items()
             if v == "elsewhere"]
    return _LineStarts(r"[ \t]*" + trie_alt(terms).pattern + r"[^\n]{0,20}(?=\n|\Z)")


def sidebar_spans(text: str, rules: RuleSet) -> list[tuple[int, int]]:
    """Sidebar lists above the article: a chrome heading ("ข่าวยอดนิยม", "ข่าวล่าสุด") on its own
    short line, with at least SIDEBAR_ITEMS bulleted lines right under it, before the first line
    of prose. (start, end) of each, heading included."""
    stop = next(_PROSE_LINE.spans(text, len(text)), (len(text), 0))[0]
    out = []
    for h_start, end in rules.derived(_sidebar_heads).spans(text, stop):
        items = 0
        while end < stop and text.startswith("\n", end):
            nl = text.find("\n", end + 1)
            line_end = len(text) if nl == -1 else nl
            if not _BULLET_LINE.match(text, end + 1, line_end) or line_end - end > PROSE:
                break
            end, items = line_end, items + 1
        if items >= SIDEBAR_ITEMS:
            out.append((h_start, end))
    return out


def sidebars_of(ctx: Context) -> list[tuple[int, int]]:
    """The document's sidebar lists, found once by the pipeline (Sections.sidebars); found here
    when a parser runs without the pipeline's sections."""
    if ctx.sections is not None:
        return list(ctx.sections.sidebars)
    return sidebar_spans(ctx.text, ctx.rules)


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
