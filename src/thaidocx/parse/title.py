"""The title: the project or activity name, from the `title.*` rules.

Trust order: a "ชื่อโครงการ" label, a letter's "เรื่อง" line, the heading lines (a "โครงการ…"
line or a quoted name first, then a document about a year ("รายงานประจำปี 2566" + its
organisation line), else the first headline-like line), then a "โครงการ…" named inside a
sentence, and last a quoted activity name after จัด ('จัดกิจกรรม "…"'). The value is the
original text of the chosen span ("as written", with damaged Thai repaired: NormText.written).
"""
from __future__ import annotations

import re


from ..match import Match
from ..model import Title
from .context import Context, Parsed
from .items import evidence, maker
from .page_calendar import calendar_spans
from .page_chrome import ChromeLines
from .title_lex import Lex, title_lex
from .title_names import (MAX_HEADLINE, MAX_NAME_WRAP, QUOTES, embedded, quoted, report_project,
                          subject_event, subject_project, trim, unquote)
from .title_page import (HEADING_CONTENT_LINES, LINE, SENTENCE, calendar_headline, content_lines,
                         head_spans, letter_part, page_headline)

SUBJECT_LINES = 15  # a letter's เรื่อง line stands near the top
SUBJECT_WRAP = 3  # a long subject wraps onto at most this many indented lines
MAX_SUBJECT_WRAP = 150  # a longer line below the subject is a paragraph
WRAPPED_SUBJECT = 60  # characters: a subject line this long may wrap onto an unindented line
_SEPARATOR = re.compile(r"[ \t]*[-=_*~.─━]{3,}[ \t]*$")
_LABEL = re.compile(r"[^\s:]{1,30}[ \t]*:")  # "สิ่งที่ส่งมาด้วย :", "วันที่:"
# Patterns without \p, \s or case folding run on stdlib `re`, which reads them alike and
# costs a third a call.
_NEXT_ITEM = re.compile(r"[ \t]+[0-9]{1,2}\.[ \t]")  # "… อ.นาดี 4. ผู้รับผิดชอบ"
_SUBSECTION = re.compile(r"[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+\.?[ \t]")  # "3.1 ข้อมูล…"
_TITLE = maker(Title)
_WIDE = re.compile(r"[ \t]{2,}")
_WRAP = re.compile(r"[ \t]*\n[ \t]*")
_GAP = re.compile(r"[ \t]*\n")


def parse(ctx: Context) -> Parsed:
    lx = title_lex(ctx.rules)
    by_kind: dict[str, list[Match]] = {}
    for m in ctx.for_field("title"):
        by_kind.setdefault(str(m.attrs.get("kind")), []).append(m)
    for kind, pick in (("label", _label), ("subject", _subject), ("heading", _heading),
                       ("embedded", embedded), ("quoted", quoted)):
        # Only the first letter subject counts (and it must stand near the top).
        for m in by_kind.get(kind, ())[:1 if kind == "subject" else None]:
            span = _heading(ctx.text, m, lx, _calendar_end(ctx)) if kind == "heading" \
                else pick(ctx.text, m, lx)
            rule = m.rule
            if kind == "subject" and span:
                project = subject_project(ctx.text, span, by_kind.get("embedded", []), lx) \
                    or subject_event(ctx.text, span, lx) \
                    or report_project(ctx.text, span, by_kind.get("embedded", []), lx)
                if project:
                    span, rule = project
            if span and span[1] > span[0]:
                ev = evidence(ctx.norm, span[0], span[1], rule)
                # A heading wrapped over two lines reads as one line.
                value = _WRAP.sub(" ", ctx.norm.written(span[0], span[1]))
                return Parsed(items=(_TITLE({"value": value, "evidence": ev}),))
    return Parsed()


CALENDAR_TOP = 3000  # characters: a blog's calendar widget above its post stands near the top


def _calendar_end(ctx: Context) -> int | None:
    """Where a blog's calendar widget near the top ends (in the text read, where it is blanked
    as page chrome: page_calendar), if it has one with its grid of days."""
    top = ctx.norm.original[:CALENDAR_TOP]
    for s, e in calendar_spans(top, ctx.rules):
        if "\n" not in top[s:e].strip():
            continue  # a month line alone, no grid under it
        text, pos = ctx.text, 0
        while pos < len(text) and ctx.norm.to_original(pos, pos)[0] < e:
            nl = text.find("\n", pos)
            if nl == -1:
                return None
            pos = nl + 1
        return pos
    return None


def _label(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    s, e = m.spans["value"]
    if text.startswith("/", s) or _column_headers(text[s:e]):
        return None  # a table's header row ("ที่  ชื่อโครงการ / ผู้เสนอ   กลุ่มเป้าหมาย   งบที่ขอ")
    gloss = _GLOSS.match(text, s, e)
    if gloss:  # "1. ชื่อโครงการ (Project Title)": the label's gloss, the name after it
        s = gloss.end()
        if s >= e:  # ... on the next line, maybe wrapped over indented lines under it
            nl = _NEXT_LINE.match(text, e)
            if nl is None:
                return None
            s, e = trim(text, nl.end(), text.find("\n", nl.end()) % (len(text) + 1))
            if e <= s:
                return None
            if text[nl.end() - 1:nl.end()] in " \t":
                e = _subject_wrap(text, e, lx)
            return s, e
    nxt = _NEXT_ITEM.search(text, s, e)
    return trim(text, s, nxt.start() if nxt else e)


# A label's bracketed gloss ("(Project Title)", "(ภาษาไทย)") opening its value.
_GLOSS = re.compile(r"\((?:[A-Za-z][A-Za-z .,&/'-]{0,38}|ภาษา[\u0e01-\u0e4e]{2,12})\)[ \t]*(?:[:：][ \t]*)?")
# The next line holding text after a label line, over at most one blank line, its indent included.
_NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[^\s])")
HEADER_CELLS = 3  # a label's "value" of this many column headers or more is a header row
HEADER_CELL = 20  # characters: a column header is short
_DIGITS = re.compile(r"[0-9๐-๙]")


def _column_headers(value: str) -> bool:
    """A run of short column headers between wide gaps, without a digit ("กลุ่มเป้าหมาย     งบที่ขอ
    งบที่อนุมัติ"): the label heads a table's column; the value is no name."""
    cells = [c for c in _WIDE.split(value.strip()) if c]
    return len(cells) >= HEADER_CELLS and all(len(c) <= HEADER_CELL for c in cells) \
        and not _DIGITS.search(value) and not cells[0].startswith(("โครงการ", "กิจกรรม"))


def _subject(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    if text.count("\n", 0, m.start) > SUBJECT_LINES:
        return None
    s, e = m.spans["value"]
    if text.startswith("ที่", s):  # "เรื่องที่ประธานแจ้ง" is an agenda item, not a subject
        return None
    s, e = trim(text, s, e)
    if _byline(text, s, e, lx):
        return None
    return s, _subject_wrap(text, e, lx)


def _byline(text: str, s: int, e: int, lx: Lex) -> bool:
    """A news page's credit line read as a subject ('เรื่อง : กองบรรณาธิการ    ภาพ : จิราพร …'): an
    editorial team as the value, or another credit label after a wide gap."""
    if lx.editors_re.match(text, s, e):
        return True
    return any(lx.post_label_re.match(text, g.end(), e) for g in _WIDE.finditer(text, s, e))


def _subject_wrap(text: str, e: int, lx: Lex) -> int:
    """The end of a subject wrapped over the indented lines below it ("เรื่อง  ประกาศผู้ชนะ…" /
    "         โครงการ…" / "         ปีงบประมาณ ๒๕๖๘ …"): it goes on until a blank or unindented
    line, a separator, a letter part (เรียน, อ้างถึง …), a label, a date line or body text. An
    unindented line right under a long subject line is its second line too when a letter part
    follows it directly ('เรื่อง  รายงานผล…ของพนักงาน' / 'เก็บขนขยะ… ประจำปีงบประมาณ 2568' /
    'เรียน  …'): nothing else stands between a memo's subject and its addressee."""
    first = e - text.rfind("\n", 0, e) - 1 >= WRAPPED_SUBJECT  # (a short subject line is whole)
    for _ in range(SUBJECT_WRAP):
        nl = _GAP.match(text, e)
        if nl is None:
            break
        lm = LINE.match(text, nl.end())
        if lm is None:
            break
        flush = lm.group()[:1] not in " \t"
        if flush and (not first or not _over_letter_part(text, lm.end(), lx)):
            break
        a, b = trim(text, lm.start(), lm.end())
        line = text[a:b]
        if (not line or b - a > MAX_SUBJECT_WRAP or _SEPARATOR.match(text, lm.start(), lm.end())
                or letter_part(line, lx) or lx.sentence_re.match(line) or _LABEL.match(line)
                or line.startswith("เรื่อง") or lx.dateline_re.match(line)):
            break
        e = b
        if flush:
            break  # (the letter part follows)
        first = False
    return e


def _over_letter_part(text: str, end: int, lx: Lex) -> bool:
    """The line after the one ending at `end` follows it directly and is a letter part
    ('เรียน …', 'อ้างถึง …')."""
    if not text.startswith("\n", end):
        return False
    nxt = LINE.match(text, end + 1)
    return nxt is not None and letter_part(nxt.group().strip(), lx)


def _heading(text: str, m: Match, lx: Lex, calendar: int | None = None) -> tuple[int, int] | None:
    spans, near = head_spans(text, *m.spans["block"])
    furniture = ChromeLines([text[a:b] for a, b in spans], lx,
                            [i > 0 and text.count("\n", spans[i - 1][1], a) > 1 for i, (a, _) in enumerate(spans)])
    if calendar is not None:
        blog = calendar_headline(text, spans, calendar, lx)
        if blog:
            return blog
    if len(spans) > near and not furniture.web_page(near):
        spans = spans[:near]  # lines past the first ones serve a web page's long menu only
        furniture.lines = furniture.lines[:near]
    page = page_headline(text, spans, near, furniture, lx)
    if page:
        return _named(text, *page, lx) or _named_below(text, spans, page, lx) or page
    lines = content_lines(text, spans, near, furniture, lx)
    spans = spans[:near]
    for a, b in lines:  # a named project or a quoted name anywhere in the heading
        named = _named(text, a, b, lx)
        if named:
            return named
    report = _year_report(text, spans, furniture, lx)
    if report:
        return report
    typed = None  # a document-type line naming more ("แผนปฏิบัติการ <committee>"), passed over
    for a, b in lines:  # else the first line that reads as a headline
        line = text[a:b]
        if lx.hook_re.match(line):
            return None  # a post's teaser ("ข่าวดี!! …") stands where a headline would
        if lx.year_line_re.match(line):
            if typed:  # "ประจำปีงบประมาณ 2566" completes the heading above: that is the title
                return typed
            continue
        if _SUBSECTION.match(line):
            return None  # "3.1 ข้อมูลการให้บริการ": a section of the body has begun
        mm = lx.minutes_re.match(line)
        if mm:
            return _minutes(text, a + mm.end() - len("การประชุม"), b, lx)
        d = lx.doctype_re.match(line)
        if d and (not line[d.end():].strip() or lx.kind_re.match(line, d.end())
                  or line[d.end():d.end() + 1] in " \t"):
            if line[d.end():].strip() and not lx.kind_re.match(line, d.end()):
                typed = typed or (a, b)
            continue  # "กำหนดการ", "กำหนดการ Workshop", "แบบเสนอโครงการ <fund>": a page type
        if SENTENCE.search(line) or len(line) > MAX_HEADLINE or lx.sentence_re.match(line):
            return None
        return _with_body(text, spans, b, lx) if d else (a, b)
    return None


def _with_body(text: str, spans: list[tuple[int, int]], b: int, lx: Lex) -> tuple[int, int]:
    """A document-type heading ('แผนปฏิบัติการด้านสาธารณสุข') with the body it belongs to on the
    line right under it ('คณะกรรมการประสานงานสาธารณสุขระดับอำเภอ… (คปสอ.…)'): both lines; a line
    that is not a body's name (a year line, a date, an address) is left out."""
    a = next((x for x, y in spans if y == b), None)
    i = next((k for k, (x, _) in enumerate(spans) if x > b), None)
    if a is None or i is None or text.count("\n", b, spans[i][0]) != 1:
        return (a if a is not None else b), b
    na, nb = spans[i]
    if nb - na <= MAX_NAME_WRAP and lx.body_re.match(text, na, nb):
        return a, nb
    return a, b


def _year_report(text: str, spans: list[tuple[int, int]], furniture: ChromeLines,
                 lx: Lex) -> tuple[int, int] | None:
    """A document about a year, not a project ("รายงานประจำปี 2566", a line too short for a
    headline) among the first lines: the title, with the organisation on the next line
    ("โรงพยาบาลบ้านนา จังหวัด…", up to its address)."""
    seen = 0
    for i, (a, b) in enumerate(spans):
        if furniture.chrome(i):
            continue
        if lx.year_report_re.match(text, a, b):
            project = _paragraph_project(text, b)
            if project:
                return project
            if i + 1 < len(spans) and lx.facility_re.match(text, *spans[i + 1]):
                na, nb = spans[i + 1]
                addr = lx.address_re.search(text, na, nb)
                return a, addr.start() if addr else nb
            return a, b
        seen += 1
        if seen >= HEADING_CONTENT_LINES:
            return None
    return None


# A project named with its quoted name ('โครงการ "สูงวัยใจเบิกบาน กายแข็งแรง"').
_QUOTED_PROJECT = re.compile(r'โครงการ[ \t]*(?:"[^"\n]{4,120}"|“[^“”\n]{4,120}”)')
PARAGRAPH_SEARCH = 600  # characters: the first paragraph follows a report's heading closely
PARAGRAPH_LINE = 80  # characters: a paragraph's first line is long (a heading's lines are short)


def _paragraph_project(text: str, b: int) -> tuple[int, int] | None:
    """The project a yearly report's first paragraph quotes ('ในรอบปี 2567 ชมรมได้ดำเนินกิจกรรมตาม
    โครงการ "…" ปีงบประมาณ 2567'): the year's activities ran under it, so it names the report
    better than its generic heading. The paragraph starts at the first long line within
    PARAGRAPH_SEARCH characters and ends at a blank line."""
    for lm in LINE.finditer(text, b, min(len(text), b + PARAGRAPH_SEARCH)):
        if len(lm.group().strip()) >= PARAGRAPH_LINE:
            blank = _BLANK_LINE.search(text, lm.start())
            q = _QUOTED_PROJECT.search(text, lm.start(), blank.start() if blank else len(text))
            return q.span() if q else None
    return None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
NAMED_BELOW = 2  # lines under a post's headline where the activity's own name may stand


def _named_below(text: str, spans: list[tuple[int, int]], page: tuple[int, int],
                 lx: Lex) -> tuple[int, int] | None:
    """A post's headline that is a teaser ('📣 ชวนพี่น้องมาตรวจฟันกันจ้า') with the activity
    named on one of the next lines ('กิจกรรม "ผู้สูงวัยยิ้มสวย" จัดขึ้นเพื่อ…'): the name."""
    i = next(k for k, (_, b) in enumerate(spans) if b == page[1])  # (its last line, if wrapped)
    for a, b in spans[i + 1:i + 1 + NAMED_BELOW]:
        named = _named(text, a, b, lx)
        if named:
            return named
    return None


def _minutes(text: str, a: int, b: int, lx: Lex) -> tuple[int, int]:
    """The meeting named by a minutes heading, from การประชุม on. The next line continues the
    name when it does not start a detail ('ครั้งที่', 'วันที่', 'ณ', an address): the body the
    committee belongs to, or the rest of a hard-wrapped word. It ends at the first detail. A
    name closed by its bracketed short form ('… (QMT)', '… (คปสอ.หันคา)') is whole: the line under
    it names the organization holding the meeting, not more of the name."""
    gap = _GAP.match(text, b, b + 40) if text[b - 1:b] != ")" else None
    if gap:
        nxt = gap.end()
        end = text.find("\n", nxt)
        end = len(text) if end == -1 else end
        line = text[nxt:end]
        if line.strip() and not lx.detail_start_re.match(line):
            d = lx.detail_re.search(text, nxt, end)
            stop = d.start() if d else end
            _, stop = trim(text, nxt, stop)
            if 0 < stop - nxt <= MAX_NAME_WRAP:
                return a, stop
    return a, b


def _named(text: str, a: int, b: int, lx: Lex) -> tuple[int, int] | None:
    line = text[a:b]
    album = lx.album_re.search(line) if "ลบั้ม" in line or "lbum" in line else None
    if album:  # "<page> ได้เพิ่มรูปภาพใหม่ 36 รูป ในอัลบั้ม: มหกรรม…": the album's name
        s, e = trim(text, a + album.end(), b)
        if e - s > 3:
            return s, e
    if line.startswith(("โครงการ", "โดรงการ")) and len(line) > len("โครงการ") + 3 \
            and not lx.sentence_verb_re.match(line):
        return a, b  # (ค read as ด by OCR: "โดรงการ" is no word; "โครงการมีระยะเวลา…" is a sentence)
    k = lx.named_kind_re.match(line)
    if k and k.end():  # 'กิจกรรม "ให้เลือด ให้ชีวิต" ครั้งที่ 3/2561 เมื่อวันที่ …': the name up to the clause
        q = a + k.end()
        close = text.find(QUOTES[text[q]], q + 1, b)
        if close == -1:
            return None
        if not k.group("kind"):  # '📸 ภาพบรรยากาศ "โครงการ…" 💚': the quoted name alone
            inner = unquote(text, q, close + 1)
            return inner if inner and inner[1] - inner[0] > 2 else None
        stop = lx.boundary_re.search(text, close, b)
        s, e = trim(text, a + k.start("kind"), stop.start() if stop else b)
        if e > a + k.end() + 2:
            return s, e
    q = unquote(text, a, b) or _quoted_round(text, a, b)
    if q:
        return q
    d = lx.doctype_re.match(line)
    if d:  # "รายละเอียดงบประมาณโครงการอาหารปลอดภัย …"
        rest = a + d.end() + (len(line[d.end():]) - len(line[d.end():].lstrip()))
        if text.startswith("โครงการ", rest):  # not "รายงานผลการดำเนินงานโครงการ" alone
            return (rest, b) if b - rest > len("โครงการ") + 3 else None
        return unquote(text, rest, b)
    return None


# A line that is a quoted name and its round or year only ('🔥 ""บ้านแพ้ว ลดพุง ลดโรค"" รุ่นที่ 1 🔥',
# '"เด็กเกาะคา เล่นได้ โตไว" ครั้งที่ 2'; a CSV cell doubles its quotes).
_QUOTED_ROUND = re.compile(
    r'(?P<q>""?|“)(?P<name>[^"“”\n]{4,120})(?:(?P=q)|”)[ \t]*'
    r"(?:รุ่นที่|ครั้งที่|ปีงบประมาณ|ประจำปี(?:งบประมาณ)?|ปี)[ \t]*(?:พ\.ศ\.[ \t]*)?[0-9๐-๙]{1,4}(?:/[0-9๐-๙]{2,4})?$")


def _quoted_round(text: str, a: int, b: int) -> tuple[int, int] | None:
    m = _QUOTED_ROUND.match(text, a, b)
    return trim(text, *m.span("name")) if m else None

