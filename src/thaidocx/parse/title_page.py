"""The heading lines of a document as the title parser reads them (title.py): which lines are
letter parts, page furniture or a page's masthead, which read as a headline, and where a
scraped web page's headline stands (by its post line, its release number, or given twice)."""
from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from .page_chrome import (MAX_META, SITE_NAME, ChromeLines, audience_mark, is_nav,
                          is_page_meta, is_post_meta, is_release_number)
from .title_lex import Lex
from .title_lines import BADGE, FILE_NAME, FREQUENCY, form_row, place_dated
from .title_names import BULLET, MAX_HEADLINE, THAI, trim
from .title_rows import DAY_HEADING, RECORD_ROW, info_label, item_heading, periodical_name

HEADING_CONTENT_LINES = 3  # a title stands in the first few lines that carry text
HEAD_LINES = 15  # the heading's lines; more (up to the block's end) until the first paragraph
MIN_HEADLINE = 20  # shorter first lines are page furniture ("RANONG TODAY", "Page 1")
PERIODICAL = 100  # characters: a periodical's masthead or issue line is short
PARAGRAPH_LINE = 80  # characters: a line this long right above a post line's candidate is a paragraph's
CREDIT_LINE = 60  # characters: a byline line of its own ("เขียนโดย <author>") is short
REPEAT_GAP = 4  # lines: a headline repeated around the publisher line stands this close
SENTENCE = re.compile(r"(?:เมื่อ|วัน[\u0e00-\u0e7f]{0,10}ที่)[ \t]*[0-9]")
_PAGE_NAME = re.compile(r"^[^\n]{2,40}[ \t]-[ \t][^\n]{2,40}$")  # "โรงพยาบาลนาดี - Nadi Hospital"
LINE = re.compile(r"[^\n]+")
# One Thai or Latin letter (with its vowel and tone marks) a token, 4+ tokens: "ส รุ ป ห ลั ก สู ต ร".
_SPACED_LETTERS = re.compile(r"(?:[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*"
                             r"[ \t]+){3,}[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z][\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]*$")


# An arrow bullet opening a menu entry ("  » ข้อมูลกองทุน"); a run of such short lines is a menu.
_ARROW_ITEM = re.compile(r"[ \t]*([»›►▸▹➢➤])[ \t]")
MENU_RUN = 3  # lines: a shorter run of arrow-bulleted lines may be a heading's own list
MENU_ENTRY = 40  # characters: a longer arrow-bulleted line is text, not a menu entry


def _arrow_mark(text: str, a: int) -> str | None:
    """The arrow bullet of the short line starting at a, if any."""
    m = _ARROW_ITEM.match(text, a)
    if m is None:
        return None
    end = text.find("\n", a)
    return m.group(1) if (len(text) if end == -1 else end) - a <= MENU_ENTRY else None


def _menu_run(text: str, a: int, mark: str) -> bool:
    """The line at a stands in a run of MENU_RUN or more short lines opening with the same arrow
    bullet ("เมนูหลัก" over "  » หน้าแรก" / "  » ข้อมูลกองทุน" / "  » ระเบียบ/ประกาศ สปสช." …): a
    site's menu, one item a line, never a headline."""
    run, pos = 1, a
    while run < MENU_RUN and pos > 0:  # lines above
        pos = text.rfind("\n", 0, pos - 1) + 1
        if _arrow_mark(text, pos) != mark:
            break
        run += 1
    pos = a
    while run < MENU_RUN:  # lines below
        nl = text.find("\n", pos)
        if nl == -1 or _arrow_mark(text, nl + 1) != mark:
            break
        pos, run = nl + 1, run + 1
    return run >= MENU_RUN


def head_lines(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Non-empty lines of text[s:e], trimmed of debris, as spans (lazily: few are needed); list
    lines and a menu's arrow-bulleted entries left out."""
    for lm in LINE.finditer(text, s, e):
        if BULLET.match(lm.group()):
            continue
        mark = _arrow_mark(text, lm.start())
        if mark is not None and _menu_run(text, lm.start(), mark):
            continue
        a, b = trim(text, lm.start(), lm.end())
        if b > a:
            yield a, b


def letter_part(line: str, lx: Lex) -> bool:
    """The line starts with a title_skip word ('เรียน …', 'ที่ สธ 0032/…', 'อ้างถึง…')."""
    k = lx.skip_re.match(line)
    if not k:
        return False
    word_only = lx.skip.get(k.group()) == "word"
    after = line[k.end():k.end() + 1]
    return not word_only or not after or not THAI.match(after)


def category(line: str, lx: Lex) -> bool:
    """A news site's category label ('ข่าวประชาสัมพันธ์จังหวัด'): never a title on its own."""
    return len(line) <= 2 * MIN_HEADLINE and lx.category_re.match(line) is not None


def skipped(line: str, lx: Lex) -> bool:
    """Letter parts, page furniture, a page name ('โรงพยาบาลนาดี - Nadi Hospital'), a category
    label."""
    if len(line) < MIN_HEADLINE and not line.startswith(("โครงการ", "“", '"')):
        return True
    if category(line, lx):
        return True
    if len(line) <= PERIODICAL and lx.periodical_re.match(line):
        return True  # a newsletter's or journal's masthead, its issue line
    if letter_part(line, lx) or lx.part_heading_re.match(line) or lx.front_matter_re.match(line):
        return True  # (a part's heading: "ส่วนที่ 3 รายละเอียดโครงการ", even damaged; "คำนำ")
    if lx.form_code_re.match(line) or FILE_NAME.search(line) or FREQUENCY.search(line):
        return True  # a form's code and page; a file's name; a radio station's masthead
    if len(line) < 60 and lx.facility_re.match(line) and lx.chain_end_re.search(line):
        return True  # a page name with its address: "รพ.สต.บ้านนา อ.นาดี จ.ปราจีนบุรี"
    if _date_header(line, lx):
        return True  # a post's timestamp or a date line: no headline
    if _SPACED_LETTERS.match(line):
        return True  # a letter-spaced label ("ส รุ ป ห ลั ก สู ต ร"): the name is on another line
    if lx.chat_export_re.match(line):
        return True  # a chat history's header ("[LINE] ประวัติการแชทกับ …", "วันที่บันทึก：…")
    if lx.status_re.match(line) or lx.form_blank_re.search(line):
        return True  # a record's status line; a login or form row with blanks to fill in
    if lx.image_tag_re.match(line) or lx.address_line_re.match(line) or post_line(line, lx):
        return True  # a banner row or a caption; an address alone (a masthead's); a post line
    if RECORD_ROW.match(line) or item_heading(line, lx):
        return True  # a record's aligned row ("ข้อมูล ณ วันที่      : 30 กันยายน 2568"); "O14  รายงานผล…"
    if len(line) <= CREDIT_LINE and info_label(line, lx):
        return True  # a post's info row ("ประเภท : ความรับผิดชอบต่อสังคม (CSR)", "หมวด: ข่าวกิจกรรม")
    return bool(_PAGE_NAME.match(line))


def headline_like(text: str, a: int, b: int, lx: Lex) -> bool:
    line = text[a:b]
    if (len(line) < MIN_HEADLINE or len(line) > MAX_HEADLINE or SENTENCE.search(line)
            or lx.sentence_re.match(line) or lx.hook_re.match(line) or lx.dateline_re.match(line)):
        return False
    if lx.facility_re.match(line) and lx.chain_end_re.search(line):
        return False  # a page name with its address
    k = lx.skip_re.match(line)
    # A letter part or form header is short; a headline-length line starting with such a
    # word ('กองทุนหลักประกันสุขภาพ ทต.… จัดอบรม …') is the post's headline.
    return not (k and (lx.skip.get(k.group()) == "word" or len(line) < 2 * MIN_HEADLINE)
                and letter_part(line, lx)) and not _PAGE_NAME.match(line)


_CELL_SEP = re.compile(r"[ \t]*[|·•][ \t]*")
DATE_HEADER = 60  # characters: a blog's date header is short
TIME_CELL = 20  # characters: the time after it, in words or digits ("3 ทุ่มกว่าๆ", "21:40 น.")


def _date_header(line: str, lx: Lex) -> bool:
    """A date-only line, or a date with its time in a short cell after a bar or dot ('อาทิตย์ 7
    กันยา 2568 | 3 ทุ่มกว่าๆ'): a blog's or post's date header."""
    if lx.dateline_re.match(line) or place_dated(line, lx):
        return True
    day = DAY_HEADING.match(line)
    if day and lx.dateline_re.match(line, day.end()):
        return True  # a news list's day heading ("ข่าวประจำวันที่ 19 กุมภาพันธ์ พ.ศ. 2569")
    if len(line) > DATE_HEADER or "|" not in line and "·" not in line and "•" not in line:
        return False
    first, *rest = _CELL_SEP.split(line)
    return bool(rest) and all(len(p) <= TIME_CELL and any(c.isdigit() for c in p) for p in rest) \
        and lx.dateline_re.match(first) is not None


def post_line(line: str, lx: Lex) -> bool:
    """A web page's post line: a post or read-count word anywhere ('โพสต์เมื่อ … | อ่าน 318
    ครั้ง', page_chrome.is_post_meta); a post word right before the line's date ('ลงวันที่ 9 ก.ย.
    2567  โดย admin', 'เผยแพร่: 22 ม.ค. 2568 11:45'); or parts between bars, middle dots or wide
    blanks that are a byline and a date ('โดย บ.ก.ต้น | 20 มีนาคม 2568', 'โดย แอดมิน · 23
    พฤษภาคม 2025', '3 มี.ค. 2567 โดย admin'), or a date first and a label or byline after it
    ('Jan 24, 2025  |  หมวด: ข่าวกิจกรรม'), or a category label and a date after it
    ('ข่าวประชาสัมพันธ์  วันพุธ 28 มกราคม 2569 14:05 น.'). A sentence opening with โดย has no date part."""
    if is_post_meta(line, lx):
        return True
    if len(line) > MAX_META or RECORD_ROW.match(line):
        return False  # (a record's aligned row: "วันที่เผยแพร่        : 14 ต.ค. 2568" dates the record)
    if lx.post_start_re.match(line):
        return True
    byline = lx.byline_re.match(line) is not None
    if not byline and lx.date_part_re.match(line) is None:
        if len(line) > DATE_HEADER or lx.category_re.match(line.split("  ")[0].split("|")[0].strip()) is None:
            return False  # (most lines: told without splitting them)
        parts = [p for p in lx.post_sep_re.split(line) if p]
        # a category label and the post's date ("ข่าวประชาสัมพันธ์  วันพุธ ๒๘ มกราคม ๒๕๖๙ ๑๔:๐๕ น.")
        return len(parts) >= 2 and (lx.date_part_re.match(parts[1]) is not None
                                    or lx.dateline_re.match(parts[1]) is not None)
    parts = [p for p in lx.post_sep_re.split(line) if p]
    if len(parts) < 2:
        return False
    if byline:
        return any(lx.date_part_re.match(p) for p in parts[1:])
    return any(lx.byline_re.match(p) or lx.post_label_re.match(p) for p in parts[1:])


def page_headline(text: str, spans: list[tuple[int, int]], near: int, lines: ChromeLines,
                   lx: Lex) -> tuple[int, int] | None:
    """The headline of a web page: a line given twice close together (above and below the
    publisher line), else the line right before the post line ('โพสต์เมื่อ …', 'Posted by …'),
    or right after it when only page chrome stands before it; a blog's or a post's date header
    ('Sunday, March 10, 2024') with only chrome above it: the line after it. Lines past the
    first `near` ones are only searched for the post line."""
    seen: dict[str, int] = {}
    for i, line in enumerate(lines.lines[:near]):
        j = seen.get(line)
        if (j is not None and i - j <= REPEAT_GAP and "\t" not in line
                and headline_like(text, *spans[i], lx) and not lines.chrome(i)):
            return spans[j]
        seen[line] = i
    release = _release_headline(text, spans, near, lines, lx)
    if release:
        return release
    receipt = _receipt_stamp(lines.lines[:near], lx)
    top = True  # all lines before i are chrome or skipped
    poster = False  # ... or all before i - 1, and line i - 1 may name a social-media poster
    for i, line in enumerate(lines.lines):
        release = is_release_number(line)  # "ข่าวที่ 142/2568 วันที่ …": the headline follows
        meta = not release and not is_page_meta(line, lx) and post_line(line, lx) \
            and not lx.tag_line_re.match(line)  # (a post's tag line closes it: the body stands above)
        stamp = i < near and (top or (poster and audience_mark(text, spans[i][1]))) \
            and i not in receipt and _date_header(line, lx)
        if not meta and not release and not stamp:
            poster = top and len(line) <= SITE_NAME
            top = top and (lines.chrome(i) or skipped(line, lx) or i in lines.masthead(text))
            continue
        before, after = range(i - 1, -1, -1), range(i + 1, len(spans))
        # A post line follows its headline; a release number line mostly precedes it
        # ("ข่าวที่ 0357/2567 วันที่ …" over the headline), but may close it too.
        orders = (before, after) if meta else (after, before) if release else (after,)
        for order in orders:
            for j in order:
                cand = lines.lines[j]
                if (len(cand) < MIN_HEADLINE or lines.chrome(j) or post_line(cand, lx)
                        or category(cand, lx) or lx.post_label_re.match(cand)
                        or (len(cand) <= CREDIT_LINE and lx.byline_re.match(cand))
                        or BADGE.match(text, spans[j][1])):
                    continue  # chrome, another post line, a credit or a short label between
                    # ("เขียนโดย ศูนย์พัฒนาคุณภาพ (QMR)" over Joomla's "หมวด:" and "เผยแพร่:" lines);
                    # a channel's or page's name with its verified badge
                if order is before and lx.person_row_re.match(cand):
                    return None  # a record's label rows ('พี่เลี้ยงโครงการ ดร.…') over its status line
                if order is before and j > 0 and text.count("\n", spans[j - 1][1], spans[j][0]) == 1 \
                        and spans[j - 1][1] - spans[j - 1][0] >= PARAGRAPH_LINE:
                    return None  # the last line of a paragraph wrapped over it, no headline
                if headline_like(text, *spans[j], lx):
                    if order is before and j in lines.masthead(text):
                        break  # the site's name or slogan: the post has no headline line
                    return _wrapped_up(text, spans, j, lines, lx) if order is before \
                        else _wrapped_down(text, spans, j, lx)
                break
        return None
    return None


# A rule line drawn under a letterhead ("_____…", "━━━━…"), between two heading lines.
LETTERHEAD_LINES = 6  # a release's letterhead lines under its number or mark, at most
_RULE_LINE = re.compile(r"\n[ \t]*[-=_*~.─━═]{10,}[ \t]*\n")


def calendar_headline(text: str, spans: list[tuple[int, int]], after: int,
                      lx: Lex) -> tuple[int, int] | None:
    """A blog's post under its calendar widget (page chrome, blanked; it ends at `after`): the
    headline-like line right after the bare date line that is the first line under the widget."""
    i = next((k for k, (a, _) in enumerate(spans) if a >= after), None)
    if i is None or i + 1 >= len(spans) or not _date_header(text[slice(*spans[i])], lx) \
            or not headline_like(text, *spans[i + 1], lx):
        return None
    return _wrapped_down(text, spans, i + 1, lx)


def _release_headline(text: str, spans: list[tuple[int, int]], near: int, lines: ChromeLines,
                      lx: Lex) -> tuple[int, int] | None:
    """A press release's letterhead (its number 'ฉบับที่ 114/2568' or its mark
    'ข่าวประชาสัมพันธ์' on a line of its own, the issuer's name, contact and date lines) closed by
    a rule line: the headline is the first line under the rule, with its wrapped second line;
    the issuer's name above the rule never is. None without such a letterhead, or when a
    sentence, not a headline, follows the rule."""
    head = next((i for i, line in enumerate(lines.lines[:near])
                 if is_release_number(line) or lx.release_word_re.match(line)), None)
    if head is None:
        return None
    rule = None
    for k in range(head, min(near, len(spans), head + LETTERHEAD_LINES + 1) - 1):
        if spans[k][1] - spans[k][0] > MAX_HEADLINE:
            return None  # a paragraph: the rule under it closes the article, not a letterhead
        if _RULE_LINE.search(text, spans[k][1], spans[k + 1][0] + 1):
            rule = k
            break
    if rule is None:
        return None
    for j in range(rule + 1, len(spans)):
        line = lines.lines[j]
        if lines.chrome(j) or post_line(line, lx) or len(line) < MIN_HEADLINE:
            continue
        return _wrapped_down(text, spans, j, lx) if headline_like(text, *spans[j], lx) else None
    return None


def _wrapped_down(text: str, spans: list[tuple[int, int]], j: int, lx: Lex) -> tuple[int, int]:
    """The headline on line j, over the line right under it when the headline wraps there: no
    blank line between them, a blank line (or the end) under it, headline-like, the two not too
    long together."""
    if j + 1 >= len(spans):
        return spans[j]
    (a, b), (c, d) = spans[j], spans[j + 1]
    after = spans[j + 2][0] if j + 2 < len(spans) else len(text)
    if text.count("\n", b, c) != 1 or text.count("\n", d, after) < 2 or d - a > MAX_HEADLINE \
            or not headline_like(text, c, d, lx) or post_line(text[c:d], lx):
        return spans[j]
    return a, d


# An office's receipt stamp ("รับที่ 1245" over its date and time lines, "เลขรับ 88",
# title_receipt_label): a letter's, no post's date header.
RECEIPT_LINES = 3  # the stamp's date and time lines under its number


def _receipt_stamp(lines: list[str], lx: Lex) -> set[int]:
    """The date and time lines of a receipt stamp among the first lines."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if lx.receipt_re.match(line):
            for j in range(i + 1, min(i + 1 + RECEIPT_LINES, len(lines))):
                if not _date_header(lines[j], lx):
                    break
                out.add(j)
    return out


def _wrapped_up(text: str, spans: list[tuple[int, int]], j: int, lines: ChromeLines,
                lx: Lex) -> tuple[int, int]:
    """The headline found on line j, over the line right above it when the headline wraps
    there ('เทศบาลเมืองชุมแพ เปิดโครงการ' / '"ชุมแพฟันดี ยิ้มสวย วัยเก๋า" ปี 2568' over the post line):
    that line is headline-like too, with no blank line between them and a blank line above it
    (a site name or a label sits right under the menu or masthead, not alone in a paragraph), or
    a news page's category label above it ('หมวดข่าว : สังคม / สาธารณสุข'), which stands where a
    blank line would."""
    if j == 0:
        return spans[j]
    (a, b), (c, d) = spans[j - 1], spans[j]
    gap = text[b:c]
    if gap.count("\n") != 1 or gap.strip() or d - a > MAX_HEADLINE:
        return spans[j]
    above = text.rfind("\n", 0, a)
    if above == -1:
        return spans[j]  # the document's first line
    line_above = text[text.rfind("\n", 0, above) + 1:above]
    if line_above.strip() and not lx.post_label_re.match(line_above):
        return spans[j]  # no blank line (nor a category label) above it
    up = lines.lines[j - 1]
    if (lines.chrome(j - 1) or skipped(up, lx) or post_line(up, lx)
            or lx.post_label_re.match(up) or not headline_like(text, a, b, lx)):
        return spans[j]
    return a, d


def head_spans(text: str, s: int, e: int) -> tuple[list[tuple[int, int]], int]:
    """The non-empty lines of the heading block: its first HEAD_LINES lines, and the lines after
    them until the first paragraph, where only a post line is looked for (a page whose menu runs
    down one item a line pushes its headline and post line further down; a document's body
    does not hold its title). Also how many of them stand in the first HEAD_LINES lines."""
    out: list[tuple[int, int]] = []
    near = 0
    prose = False
    row, pos = 0, s  # lines before `pos`
    for a, b in head_lines(text, s, e):
        row, pos = row + text.count("\n", pos, a), a
        if row < HEAD_LINES:
            near += 1
        elif prose:
            break
        out.append((a, b))
        prose = prose or b - a > MAX_HEADLINE
    return out, near


def content_lines(text: str, spans: list[tuple[int, int]], near: int, furniture: ChromeLines,
                  lx: Lex) -> list[tuple[int, int]]:
    """The first HEADING_CONTENT_LINES lines that may hold the title: no chrome, no skipped
    line, and none of a page's masthead when content stands below it (then also past the first
    HEAD_LINES lines, down to the first paragraph: a menu one item a line pushes it there)."""
    known: dict[int, bool] = {}

    def fit(i: int) -> bool:
        if i not in known:
            line = furniture.lines[i]
            known[i] = not (furniture.chrome(i) or skipped(line, lx)
                            or is_nav(line, lx.crumb_re, lx.nav_re) or form_row(furniture.lines, i)
                            or periodical_name(furniture.lines, i, lx))
        return known[i]

    def first(pool: range, mast: set[int]) -> list[tuple[int, int]]:
        return list(islice((spans[i] for i in pool if i not in mast and fit(i)),
                           HEADING_CONTENT_LINES))

    mast = furniture.masthead(text)
    for pool in (range(near), range(len(spans))) if mast else ():
        picked = first(pool, mast)
        if picked:
            return picked
    return first(range(near), set())
