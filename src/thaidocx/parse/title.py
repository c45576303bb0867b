"""The title: the project or activity name, from the `title.*` rules.

Trust order: a "ชื่อโครงการ" label, a letter's "เรื่อง" line, the heading lines (a "โครงการ…"
line or a quoted name first, then a document about a year ("รายงานประจำปี 2566" + its
organisation line), else the first headline-like line), then a "โครงการ…" named inside a
sentence, and last a quoted activity name after จัด ('จัดกิจกรรม "…"'). The value is the
original text of the chosen span ("as written").
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Iterator


from ..match import Match
from ..model import Title
from .context import Context, Parsed
from .items import evidence, maker
from .page_chrome import (SITE_NAME, ChromeLines, audience_mark, is_nav, is_page_meta, is_post_meta,
                          is_release_number)
from .title_lex import Lex, title_lex
from .title_names import (BULLET, MAX_HEADLINE, MAX_NAME_WRAP, QUOTES, THAI, embedded, quoted,
                          subject_event, subject_project, trim, unquote)

HEADING_CONTENT_LINES = 3  # a title stands in the first few lines that carry text
HEAD_LINES = 15  # the heading's lines; more (up to the block's end) until the first paragraph
MIN_HEADLINE = 20  # shorter first lines are page furniture ("RANONG TODAY", "Page 1")
SUBJECT_LINES = 15  # a letter's เรื่อง line stands near the top
SUBJECT_WRAP = 3  # a long subject wraps onto at most this many indented lines
MAX_SUBJECT_WRAP = 150  # a longer line below the subject is a paragraph
_SEPARATOR = re.compile(r"[ \t]*[-=_*~.─━]{3,}[ \t]*$")
_LABEL = re.compile(r"[^\s:]{1,30}[ \t]*:")  # "สิ่งที่ส่งมาด้วย :", "วันที่:"
# Patterns without \p, \s or case folding run on stdlib `re`, which reads them alike and
# costs a third a call.
_NEXT_ITEM = re.compile(r"[ \t]+[0-9]{1,2}\.[ \t]")  # "… อ.นาดี 4. ผู้รับผิดชอบ"
_SUBSECTION = re.compile(r"[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})+\.?[ \t]")  # "3.1 ข้อมูล…"
_SENTENCE = re.compile(r"(?:เมื่อ|วัน[\u0e00-\u0e7f]{0,10}ที่)[ \t]*[0-9]")
_PAGE_NAME = re.compile(r"^[^\n]{2,40}[ \t]-[ \t][^\n]{2,40}$")  # "โรงพยาบาลนาดี - Nadi Hospital"
_LINE = re.compile(r"[^\n]+")
_TITLE = maker(Title)
REPEAT_GAP = 4  # lines: a headline repeated around the publisher line stands this close
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
            span = pick(ctx.text, m, lx)
            rule = m.rule
            if kind == "subject" and span:
                project = subject_project(ctx.text, span, by_kind.get("embedded", []), lx) \
                    or subject_event(ctx.text, span, lx)
                if project:
                    span, rule = project
            if span and span[1] > span[0]:
                ev = evidence(ctx.norm, span[0], span[1], rule)
                # A heading wrapped over two lines reads as one line.
                value = _WRAP.sub(" ", ev["text"])
                return Parsed(items=(_TITLE({"value": value, "evidence": ev}),))
    return Parsed()


def _label(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    s, e = m.spans["value"]
    nxt = _NEXT_ITEM.search(text, s, e)
    return trim(text, s, nxt.start() if nxt else e)


def _subject(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    if text.count("\n", 0, m.start) > SUBJECT_LINES:
        return None
    s, e = m.spans["value"]
    if text.startswith("ที่", s):  # "เรื่องที่ประธานแจ้ง" is an agenda item, not a subject
        return None
    s, e = trim(text, s, e)
    return s, _subject_wrap(text, e, lx)


def _subject_wrap(text: str, e: int, lx: Lex) -> int:
    """The end of a subject wrapped over the indented lines below it ("เรื่อง  ประกาศผู้ชนะ…" /
    "         โครงการ…" / "         ปีงบประมาณ ๒๕๖๘ …"): it goes on until a blank or unindented
    line, a separator, a letter part (เรียน, อ้างถึง …), a label, a date line or body text."""
    for _ in range(SUBJECT_WRAP):
        nl = _GAP.match(text, e)
        if nl is None:
            break
        lm = _LINE.match(text, nl.end())
        if lm is None or lm.group()[:1] not in " \t":
            break
        a, b = trim(text, lm.start(), lm.end())
        line = text[a:b]
        if (not line or b - a > MAX_SUBJECT_WRAP or _SEPARATOR.match(text, lm.start(), lm.end())
                or _letter_part(line, lx) or lx.sentence_re.match(line) or _LABEL.match(line)
                or line.startswith("เรื่อง") or lx.dateline_re.match(line)):
            break
        e = b
    return e


def _lines(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Non-empty lines of text[s:e], trimmed of debris, as spans (lazily: few are needed)."""
    for lm in _LINE.finditer(text, s, e):
        if BULLET.match(lm.group()):
            continue
        a, b = trim(text, lm.start(), lm.end())
        if b > a:
            yield a, b


def _letter_part(line: str, lx: Lex) -> bool:
    """The line starts with a title_skip word ('เรียน …', 'ที่ สธ 0032/…', 'อ้างถึง…')."""
    k = lx.skip_re.match(line)
    if not k:
        return False
    word_only = lx.skip.get(k.group()) == "word"
    after = line[k.end():k.end() + 1]
    return not word_only or not after or not THAI.match(after)


def _category(line: str, lx: Lex) -> bool:
    """A news site's category label ('ข่าวประชาสัมพันธ์จังหวัด'): never a title on its own."""
    return len(line) <= 2 * MIN_HEADLINE and lx.category_re.match(line) is not None


def _skipped(line: str, lx: Lex) -> bool:
    """Letter parts, page furniture, a page name ('โรงพยาบาลนาดี - Nadi Hospital'), a category
    label."""
    if len(line) < MIN_HEADLINE and not line.startswith(("โครงการ", "“", '"')):
        return True
    if _category(line, lx):
        return True
    if _letter_part(line, lx):
        return True
    if len(line) < 60 and lx.facility_re.match(line) and lx.chain_end_re.search(line):
        return True  # a page name with its address: "รพ.สต.บ้านนา อ.นาดี จ.ปราจีนบุรี"
    if lx.dateline_re.match(line):
        return True  # a post's timestamp or a date line: no headline
    if lx.image_tag_re.match(line) or lx.address_line_re.match(line):
        return True  # a banner row or a caption; an address alone (a masthead's)
    return bool(_PAGE_NAME.match(line))


def _headline_like(text: str, a: int, b: int, lx: Lex) -> bool:
    line = text[a:b]
    if (len(line) < MIN_HEADLINE or len(line) > MAX_HEADLINE or _SENTENCE.search(line)
            or lx.sentence_re.match(line) or lx.hook_re.match(line) or lx.dateline_re.match(line)):
        return False
    if lx.facility_re.match(line) and lx.chain_end_re.search(line):
        return False  # a page name with its address
    k = lx.skip_re.match(line)
    # A letter part or form header is short; a headline-length line starting with such a
    # word ('กองทุนหลักประกันสุขภาพ ทต.… จัดอบรม …') is the post's headline.
    return not (k and (lx.skip.get(k.group()) == "word" or len(line) < 2 * MIN_HEADLINE)
                and _letter_part(line, lx)) and not _PAGE_NAME.match(line)


def _post_line(line: str, lx: Lex) -> bool:
    return is_post_meta(line, lx.meta_re, lx.post_start_re, lx.byline_re)


def _page_headline(text: str, spans: list[tuple[int, int]], near: int, lines: ChromeLines,
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
                and _headline_like(text, *spans[i], lx) and not lines.chrome(i)):
            return spans[j]
        seen[line] = i
    top = True  # all lines before i are chrome or skipped
    poster = False  # ... or all before i - 1, and line i - 1 may name a social-media poster
    for i, line in enumerate(lines.lines):
        release = is_release_number(line)  # "ข่าวที่ 142/2568 วันที่ …": the headline follows
        meta = not release and not is_page_meta(line) and _post_line(line, lx)
        stamp = i < near and (top or (poster and audience_mark(text, spans[i][1]))) \
            and lx.dateline_re.match(line)
        if not meta and not release and not stamp:
            poster = top and len(line) <= SITE_NAME
            top = top and (lines.chrome(i) or _skipped(line, lx))
            continue
        before, after = range(i - 1, -1, -1), range(i + 1, len(spans))
        # A post line follows its headline; a release number line mostly precedes it
        # ("ข่าวที่ 0357/2567 วันที่ …" over the headline), but may close it too.
        orders = (before, after) if meta else (after, before) if release else (after,)
        for order in orders:
            for j in order:
                cand = lines.lines[j]
                if (len(cand) < MIN_HEADLINE or lines.chrome(j) or _post_line(cand, lx)
                        or _category(cand, lx) or lx.post_label_re.match(cand)):
                    continue  # chrome, another post line, a credit or a short label between
                if _headline_like(text, *spans[j], lx):
                    return _wrapped_up(text, spans, j, lines, lx) if order is before else spans[j]
                break
        return None
    return None


def _wrapped_up(text: str, spans: list[tuple[int, int]], j: int, lines: ChromeLines,
                lx: Lex) -> tuple[int, int]:
    """The headline found on line j, over the line right above it when the headline wraps
    there ('เทศบาลเมืองชุมแพ เปิดโครงการ' / '"ชุมแพฟันดี ยิ้มสวย วัยเก๋า" ปี 2568' over the post line):
    that line is headline-like too, with no blank line between them and a blank line above it
    (a site name or a label sits right under the menu or masthead, not alone in a paragraph)."""
    if j == 0:
        return spans[j]
    (a, b), (c, d) = spans[j - 1], spans[j]
    gap = text[b:c]
    if gap.count("\n") != 1 or gap.strip() or d - a > MAX_HEADLINE:
        return spans[j]
    above = text.rfind("\n", 0, a)
    if above == -1 or text[text.rfind("\n", 0, above) + 1:above].strip():
        return spans[j]  # the document's first line, or no blank line above it
    up = lines.lines[j - 1]
    if (lines.chrome(j - 1) or _skipped(up, lx) or _post_line(up, lx)
            or lx.post_label_re.match(up) or not _headline_like(text, a, b, lx)):
        return spans[j]
    return a, d


def _head_spans(text: str, s: int, e: int) -> tuple[list[tuple[int, int]], int]:
    """The non-empty lines of the heading block: its first HEAD_LINES lines, and the lines after
    them until the first paragraph, where only a post line is looked for (a page whose menu runs
    down one item a line pushes its headline and post line further down; a document's body
    does not hold its title). Also how many of them stand in the first HEAD_LINES lines."""
    out: list[tuple[int, int]] = []
    near = 0
    prose = False
    for a, b in _lines(text, s, e):
        if text.count("\n", s, a) < HEAD_LINES:
            near += 1
        elif prose:
            break
        out.append((a, b))
        prose = prose or b - a > MAX_HEADLINE
    return out, near


def _heading(text: str, m: Match, lx: Lex) -> tuple[int, int] | None:
    spans, near = _head_spans(text, *m.spans["block"])
    furniture = ChromeLines([text[a:b] for a, b in spans], lx.crumb_re, lx.nav_re)
    page = _page_headline(text, spans, near, furniture, lx)
    if page:
        return _named(text, *page, lx) or _named_below(text, spans, page, lx) or page
    lines = _content(text, spans, near, furniture, lx)
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
        if _SENTENCE.search(line) or len(line) > MAX_HEADLINE or lx.sentence_re.match(line):
            return None
        return a, b
    return None


def _content(text: str, spans: list[tuple[int, int]], near: int, furniture: ChromeLines,
             lx: Lex) -> list[tuple[int, int]]:
    """The first HEADING_CONTENT_LINES lines that may hold the title: no chrome, no skipped
    line, and none of a page's masthead when content stands below it (then also past the first
    HEAD_LINES lines, down to the first paragraph: a menu one item a line pushes it there)."""
    def fit(i: int) -> bool:
        line = furniture.lines[i]
        return not (furniture.chrome(i) or _skipped(line, lx) or is_nav(line, lx.crumb_re, lx.nav_re))

    mast = furniture.masthead(text)
    for pool in (range(near), range(len(spans))) if mast else ():
        picked = [spans[i] for i in pool if i not in mast and fit(i)][:HEADING_CONTENT_LINES]
        if picked:
            return picked
    return list(islice((spans[i] for i in range(near) if fit(i)), HEADING_CONTENT_LINES))


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
            if i + 1 < len(spans) and lx.facility_re.match(text, *spans[i + 1]):
                na, nb = spans[i + 1]
                addr = lx.address_re.search(text, na, nb)
                return a, addr.start() if addr else nb
            return a, b
        seen += 1
        if seen >= HEADING_CONTENT_LINES:
            return None
    return None


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
    if line.startswith("โครงการ") and len(line) > len("โครงการ") + 3:
        return a, b
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
    q = unquote(text, a, b)
    if q:
        return q
    d = lx.doctype_re.match(line)
    if d:  # "รายละเอียดงบประมาณโครงการอาหารปลอดภัย …"
        rest = a + d.end() + (len(line[d.end():]) - len(line[d.end():].lstrip()))
        if text.startswith("โครงการ", rest):  # not "รายงานผลการดำเนินงานโครงการ" alone
            return (rest, b) if b - rest > len("โครงการ") + 3 else None
        return unquote(text, rest, b)
    return None
