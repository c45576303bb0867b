"""Objectives, from the `obj.*` rules.

Listed items under a วัตถุประสงค์ heading are taken whole (without their list number); of a form's
menu ("☑ 1. เพื่อ…" / "☐ 2. เพื่อ…") only the ticked ones, an item's note line ("ตัวชี้วัด : …")
skipped. An inline cue ("โดยมีวัตถุประสงค์เพื่อ A และ B") gives ONE objective running to the end of
its sentence: a Thai sentence ends at a line break or a wide space (2+ spaces) unless the next words
carry it on ("… ยิ่งขึ้น    และพัฒนา …", a line ending in a word that needs more: "…จำเป็นต้อง" /
"ใส่…", or the wrap of a full line in a hard-wrapped paragraph), or at a clause word (ทั้งนี้, ซึ่ง,
เนื่องจาก …) unless the objective's complement resumes after it (obj_resume: "… ซึ่งจะจัดขึ้น…
ให้เป็นไปอย่าง…").
A cue followed by a numbered run ("ดังนี้ 1) เพื่อA 2) เพื่อB และ 3) เพื่อC", also one item a line)
gives one objective an item. Only a document with neither (news) falls back to purpose clauses "…
เพื่อ …", outside headlines, background, result or orders sections, a chair's numbered orders ("4.
ให้ทุกหน่วยงาน… เพื่อ…"), a schedule's time slots and reason clauses; a purpose glued to ก็
("…ที่มาออกหน่วยกันรอบนี้ก็เพื่อ…", an account of why) only when no other purpose clause is found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..literal_re import WHITE_SPACE, literal_regex
from ..match import Match
from ..model import Objective
from ..ruleset import RuleSet
from .context import Context, Parsed
from .items import evidence, maker
from .objective_cells import cell_items
from .objective_wraps import hard_wrapped
from .objective_clauses import (CLOSE, MARKER, TICK_BOX, in_later_event, in_option, in_order,
                                in_other_section, in_quote, in_reason, in_slot, open_quote,
                                schedule_slots)
from .pipe_rows import Pieces, join_texts
from .spaced_table import width

MAX_OBJECTIVE = 600  # characters: one statement, never a page
RESUME_REACH = 200  # how far after a clause word the objective's own words may resume
MIN_ITEM = 20
WIDER_BY = 20  # display columns a wrapped item's line never runs past the line it wraps  # a shorter list line under the heading is the next heading ("3. กลุ่มเป้าหมาย")
# Patterns without \p, \s or case folding run on stdlib `re`, which reads them alike and
# costs a third a call.
_PURPOSE = re.compile(r"เพ[ ]?ื[ ]?่?[ ]?อ")  # เพื่อ, also as damaged text "เพ ื ่อ"
_SPACES = re.compile(f"[{WHITE_SPACE}]+")  # regex's \s, on stdlib re (a third of the cost)
_OBJECTIVE = maker(Objective)
_LINE = re.compile(r"[^\n]+")
# A subject "X ทั้ง N" ("ศูนย์ทั้ง 9 แห่ง", "ผู้ป่วยทั้ง 2 ราย"): Thai letters glued to ทั้ง, then a count.
_SUBJECT_ALL = "[\u0e01-\u0e4e]{1,20}ทั้ง[ \t]?[0-9]"
# … or "X ประกอบด้วย" ("… ให้ตรงกับความต้องการ ทีมเยี่ยมบ้านประกอบด้วย …"): who or what makes up X.
_SUBJECT_MADE_OF = "[\u0e01-\u0e4e]{1,25}ประกอบด้วย"
# … or a new sentence telling when something was done ("… อาคารเริ่มก่อสร้างเมื่อวันที่ 15 …").
_SUBJECT_WHEN = "[\u0e01-\u0e4e]{1,30}เมื่อวันที่"
_TRAIL = " \t,;:|"  # a final dot stays: Thai ends no sentence with one, abbreviations do (รพ.สต.)
# A joining word ending an item before the next item's line ("…ถูกต้อง และ" / "3) เพื่อ…").
_LAST_JOIN = re.compile(r"(?:[ \t]+(?:และ|หรือ))?[ \t]*$")
# … or at the start of the next line ("มีวัตถุประสงค์ 1) เพื่อA" / "2) เพื่อB").
_SUB = r"[0-9]{1,2}\.([0-9]{1,2})\.?"  # a sub-item's number: "3.1 เพื่อA 3.2 เพื่อB"
_NEXT_LINE_NUMBER = re.compile(r"[ \t]*\n[ \t]*\(?([0-9]{1,2})[.)][ \t]*(?=เพ[ ]?ื)")


METHOD_WHEN = 30  # characters after โดย searched for a date or place word (obj_method_when)
DANGLING_TAIL = 12  # characters before a line break searched for a word that needs more


@dataclass(frozen=True)
class _Lex:
    end_re: re.Pattern | regex.Pattern
    continue_re: re.Pattern | regex.Pattern
    reason_re: re.Pattern | regex.Pattern
    other_re: re.Pattern | regex.Pattern
    heading_re: re.Pattern | regex.Pattern  # a section heading ("กลุ่มเป้าหมาย") ends a list
    note_re: re.Pattern | regex.Pattern  # an item's note line ("ตัวชี้วัด : ร้อยละ 80 …")
    dangling_re: re.Pattern | regex.Pattern  # a line end that needs more ("…จำเป็นต้อง")
    dangling_not_re: re.Pattern | regex.Pattern  # … but a word that ends well ("…ถูกต้อง")
    order_re: re.Pattern | regex.Pattern  # a numbered order's first word ("4. ให้ทุกหน่วยงาน…")
    method_re: re.Pattern | regex.Pattern  # " โดย…": a clause of how it is done
    count_re: re.Pattern | regex.Pattern  # a count of people ("2,400 คน"); a date / place word:
    when_re: re.Pattern | regex.Pattern
    opener_re: re.Pattern | regex.Pattern  # a line of its own ("ปิดประชุมเวลา…", "มีผู้…เข้าร่วม N คน")
    later_re: re.Pattern | regex.Pattern  # a later event's clause ("ประชุมครั้งต่อไป…")
    also_re: re.Pattern | regex.Pattern  # a next sentence adding a purpose ("  ทั้งยังเพื่อ…")
    said_re: re.Pattern | regex.Pattern  # a speaker's verb after a quote ('…" ผอ. กล่าว')
    # A cue's lead ending in a list number ("วัตถุประสงค์ ดังนี้ 1) เพื่อ…"): a numbered run on
    # the line; the next item of such a run (" 2) เพื่อ…", " และ 3) เพื่อ…": the และ / หรือ is no
    # part of either). Items may be numbered in words (obj_ordinal: "ประการแรก", "ข้อที่สองคือ").
    lead_number_re: re.Pattern | regex.Pattern
    next_number_re: re.Pattern | regex.Pattern
    ordinals: dict[str, int]


def _lex(rules: RuleSet) -> _Lex:
    return rules.derived(_build_lex)


def _build_lex(rules: RuleSet) -> _Lex:
    pat = lambda name: rules.lexicon(name).pattern()
    ordinal = rf"(?:ประการ|ข้อ)(?:ที่)?[ \t]?([0-9]{{1,2}}|{pat('obj_ordinal')})(?:[ \t]*คือ)?"
    lx = _Lex(
        end_re=literal_regex(
            rf"(?P<brk>[ \t]{{2,}}|[ \t]*\n[ \t]*)|[ \t]*\||{pat('obj_stop_glued')}|[ \t](?:{pat('obj_stop')})"
            rf"(?![^\n]{{0,{RESUME_REACH}}}?[ \t](?:{pat('obj_resume')}))"  # a clause inside: "… ซึ่งจะ… ให้เป็นไป…"
            # "… ใกล้บ้าน ศูนย์ทั้ง 9 แห่งมี…": a new subject ("all N of X") after one space
            rf"|[ \t](?={_SUBJECT_ALL}|{_SUBJECT_MADE_OF}|{_SUBJECT_WHEN})"
            # "… 3.3 เพื่อC 4. เป้าหมาย 4.1 …": the next numbered section on the same line
            rf"|[ \t](?=[0-9]{{1,2}}\.[ \t]*(?:{pat('section_headings')}))"),
        continue_re=literal_regex(pat("obj_continue")),
        reason_re=literal_regex(pat("obj_reason")),
        other_re=literal_regex(r"[ \t]*(?:[0-9]+(?:\.[0-9]+)*[.)]?[ \t]*)?" + pat("obj_other_section")),
        heading_re=literal_regex(pat("section_headings")),
        note_re=literal_regex(rf"[ \t]*(?:{pat('obj_item_notes')})[ \t]*:"),
        dangling_re=literal_regex(rf"{pat('obj_dangling')}$"),
        dangling_not_re=literal_regex(rf"{pat('obj_dangling_not')}$"),
        order_re=literal_regex(pat("obj_order")),
        method_re=literal_regex(rf"[ \t]+(?:{pat('obj_method')})"),
        count_re=literal_regex(rf"[0-9][0-9,]*[ \t]*(?:{pat('obj_count_unit')})"),
        when_re=literal_regex(rf"(?:{pat('obj_method_when')})[ \t]*[0-9\u0e01-\u0e2e]"),
        # ... or a turnout ("มีผู้สูงอายุเข้าร่วม 117 คน จาก…": what was done, a new sentence)
        opener_re=literal_regex(rf"{pat('obj_line_opener')}|มี[^\n]{{0,30}}?(?:{pat('obj_turnout')})"
                                rf"[^\n]{{0,20}}?[0-9][0-9,]*[ \t]*(?:{pat('obj_count_unit')})"),
        later_re=literal_regex(pat("obj_later_event")),
        said_re=literal_regex(pat("obj_said")),
        also_re=literal_regex(rf"[ \t]*\n?[ \t]*(?:{pat('obj_also')})[ \t]*(?=เพ[ ]?ื[ ]?่?[ ]?อ)"),
        lead_number_re=literal_regex(r"(?:(?:^|[ \t\n])\(?([0-9]{1,2})[.)]|(?:^|[ \t])" + _SUB
                                     + "|(?:^|[ \t])" + ordinal + r")[ \t]*$"),
        next_number_re=literal_regex(r"[ \t]*(?:(?:และ|หรือ)[ \t]*)?(?:\(?([0-9]{1,2})[.)]|"
                                     + _SUB + "|" + ordinal + r")[ \t]*(?=เพ[ ]?ื)"),
        ordinals={k: int(v) for k, v in rules.lexicon("obj_ordinal").spec.entries.items()},
    )
    return lx


def _item_number(m: re.Match | regex.Match, lx: _Lex) -> int:
    """The number of a list item's marker: digits, or an ordinal word (แรก = 1, สอง = 2 …)."""
    word = next(g for g in m.groups() if g)
    return int(word) if word.isdigit() else lx.ordinals[word]


def parse(ctx: Context) -> Parsed:
    lx = _lex(ctx.rules)
    text = ctx.text
    # (start, end, rule, pieces): pieces () = the span is the statement; else the statement is
    # its pieces joined (a table cell wrapped onto continuation rows, objective_cells.py)
    spans: list[tuple[int, int, str, Pieces]] = []
    matches = ctx.for_field("objectives")
    for m in matches:
        kind = m.attrs.get("kind")
        if kind == "section":
            spans += [(s, e, m.rule, ()) for s, e in _section_items(text, m, lx)]
        elif kind == "inline":
            cells = cell_items(text, m.spans["text"][0])
            spans += ([(s, e, m.rule, p) for s, e, p in cells] if cells
                      else [(s, e, m.rule, ()) for s, e in _inline(text, m, lx)])
    if not spans:
        spans = [(s, e, rule, ()) for s, e, rule in
                 _purposes(text, [m for m in matches if m.attrs.get("kind") == "purpose"], lx)]
    items = []
    seen: set[str] = set()
    taken_end = -1  # spans come sorted by start: an overlap is a start before the last end
    for s, e, rule, pieces in sorted(spans):
        key = _SPACES.sub("", text[s:e])
        if key in seen or s < taken_end:
            continue
        seen.add(key)
        taken_end = e
        ev = evidence(ctx.norm, s, e, rule)
        value = (join_texts([ctx.norm.written(a, b) for a, b in pieces]) if pieces
                 else ctx.norm.written(s, e))
        items.append(_OBJECTIVE({"text": value, "evidence": ev}))
    return Parsed(items=tuple(items))


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    # The closing quote of the speech the objective was quoted from ('…: "…ทำเพื่อให้ A"').
    body = text[s:e]
    if (body.endswith('"') and body.count('"') % 2 == 1) or (
            body.endswith("”") and body.count("”") > body.count("“")):
        return _trimmed(text, s, e - 1)
    return s, e


def _section_items(text: str, m: Match, lx: _Lex) -> list[tuple[int, int]]:
    """The list items under the heading; the list ends at the first line that is not one, a
    line right below an item that is no item, heading or blank continues it (a wrapped item)."""
    s, e = m.spans["block"]
    out: list[tuple[int, int]] = []
    purposeful: bool | None = None  # do the items start with เพื่อ?
    after_item = False  # the line above is (part of) an item: a wrapped line may go on from it
    noted = False  # the line above is an item's note: another note may follow
    prev_end = -2
    for lm in _LINE.finditer(text, s, e):
        if lm.start() != prev_end + 1:  # a blank line between (_LINE skips empty lines)
            after_item = noted = False
        prev_end = lm.end()
        box = TICK_BOX.match(lm.group())
        if box is not None and box.group("off") is not None:
            after_item = False  # a menu option not chosen ("☐ 2. เพื่อ…"): no item, no end
            continue
        if (after_item or noted) and purposeful and lx.note_re.match(lm.group()):
            after_item, noted = False, True  # the item's indicator ("      ตัวชี้วัด : ร้อยละ 80 …")
            continue
        noted = False
        skip = box.end() if box is not None else 0  # the ticked box ("☑ 1. เพื่อ…")
        mk = MARKER.match(lm.group(), skip)
        start = lm.start() + (mk.end() if mk else len(lm.group()) - len(lm.group()[skip:].lstrip()))
        cell = text.find("|", start, lm.end())  # a table row: the objective is its first cell
        a, b = _trimmed(text, start, cell if cell != -1 else lm.end())
        if b <= a:
            after_item = False
            continue
        body = text[a:b]
        is_purpose = bool(_PURPOSE.match(body))
        if (purposeful and not is_purpose and mk is None and after_item
                and not lx.other_re.match(body) and not lx.heading_re.match(body)
                and not _wider_than_above(text, lm, lx)):
            out[-1] = (out[-1][0], b)  # "เพื่อให้…บำบัดเลิกบุหรี่\n    อย่างต่อเนื่อง…"
            continue
        if purposeful is None:
            purposeful = is_purpose
        elif purposeful and not is_purpose:
            break
        if not is_purpose and (len(body) < MIN_ITEM or body.endswith(":")):
            break
        out.append((a, b))
        after_item = True
    return out


def _wider_than_above(text: str, lm: re.Match, lx: _Lex) -> bool:
    """A line under an item that runs well past the item's line (which ends on no word needing
    more): a paragraph of its own after the list ("\t3) เพื่อ…ออนไลน์" / "\tผู้เข้าร่วมประชุม…"),
    not the wrap of a full line."""
    if "|" in lm.group():  # a table row's wrapped cell goes on with the row's other cells
        return False
    above = text.rfind("\n", 0, lm.start() - 1) + 1
    over = (width(lm.group().rstrip().expandtabs(8))
            - width(text[above:lm.start() - 1].rstrip().expandtabs(8)))
    return over > WIDER_BY and not _dangling(text, lm.start() - 1, lm.start(), lx)


def _inline(text: str, m: Match, lx: _Lex) -> list[tuple[int, int]]:
    lead = m.groups.get("lead") or ""
    first = lx.lead_number_re.search(lead)
    # A wide space between the cue and the เพื่อ parts two sentences, unless the cue is a label
    # with its list right after it ("วัตถุประสงค์  (1) เพื่อ… (2) เพื่อ…").
    if "  " in lead and lead[:first.start() if first else len(lead)].strip(" \t:"):
        return []
    s = m.spans["text"][0]
    if first is None:
        return _with_also(text, [_trimmed(text, s, _sentence_end(text, s, lx))], lx)
    return _with_also(text, _numbered_run(text, s, _item_number(first, lx), lx), lx)


def _with_also(text: str, out: list[tuple[int, int]], lx: _Lex) -> list[tuple[int, int]]:
    """`out` and the purposes the next sentences add with a word of addition ("…ที่ถูกต้อง
    ทั้งยังเพื่อสร้างเครือข่าย…", "… อีกทั้งเพื่อ…"): each one more objective, to its sentence's end."""
    while len(out) < 20 and (also := lx.also_re.match(text, out[-1][1])) is not None:
        a, b = _trimmed(text, also.end(), _sentence_end(text, also.end(), lx))
        if b - a <= len("เพื่อ") + 5:
            break
        out.append((a, b))
    return out


def _numbered_run(text: str, s: int, num: int, lx: _Lex) -> list[tuple[int, int]]:
    """The items of a numbered run in prose ("ดังนี้ 1) เพื่อA 2) เพื่อB และ 3) เพื่อC"), the
    item at `s` numbered `num`: each ends where the next number (num + 1) opens a เพื่อ on its
    line, the last at the end of its sentence."""
    out: list[tuple[int, int]] = []
    while len(out) < 20:
        end = _sentence_end(text, s, lx)
        line_end = text.find("\n", s)
        reach = min(len(text), s + MAX_OBJECTIVE, max(end, line_end if line_end != -1 else len(text)))
        nxt = next((k for k in lx.next_number_re.finditer(text, s, reach)
                    if _item_number(k, lx) == num + 1), None)
        if nxt is None:
            nxt = _NEXT_LINE_NUMBER.match(text, end)
            if nxt is None or _item_number(nxt, lx) != num + 1:
                break
            # "… ได้อย่างถูกต้อง และ\n3) เพื่อ…": the และ joins the items, it is part of neither
            end = _LAST_JOIN.search(text, s, end).start()
        else:  # "3.1 เพื่อ…ผู้ป่วย ณ จุดเกิดเหตุ … 3.2 เพื่อ…": the next number ends the item
            while end < nxt.start() and text.startswith(" ณ ", end):
                end = _sentence_end(text, end + 2, lx)
        out.append(_trimmed(text, s, min(end, nxt.start())))
        s, num = nxt.end(), num + 1
    out.append(_trimmed(text, s, _sentence_end(text, s, lx)))
    return out


def _sentence_end(text: str, s: int, lx: _Lex) -> int:
    """End of the sentence starting at `s`: a line break or a wide space, unless the next
    words carry it on; a clause word; the closing quote of “เพื่อ …”."""
    limit = min(len(text), s + MAX_OBJECTIVE)
    opened = open_quote(text, s)
    if opened:
        close = text.find(CLOSE[opened], s, limit)
        if close != -1:
            limit = close
    end = _sentence_break(text, s, limit, lx)
    # "…ได้เร็ว โดยเอกซเรย์ปอดในกลุ่มเสี่ยง … รวม 2,400 คน": a โดย clause that counts the people
    # reached tells what was done, not what for ("… โดยใช้นวัตกรรม…" stays in the objective)
    for mc in lx.method_re.finditer(text, s, end):  # (… or tells when or where: "… โดยให้
        if (lx.count_re.search(text, mc.end(), end)  # บริการระหว่างวันที่ 11-12 …")
                or lx.when_re.search(text, mc.end(), min(end, mc.end() + METHOD_WHEN))):
            return mc.start()
    return end


def _sentence_break(text: str, s: int, limit: int, lx: _Lex) -> int:
    pos = s + 1
    while True:
        b = lx.end_re.search(text, pos, limit)
        if not b:
            return limit
        if (b.group("brk") and lx.continue_re.match(text, b.end())
                and not ("\n" in b.group() and _PURPOSE.match(text, b.end()))):
            pos = b.end()  # a line starting with เพื่อ is the next objective, not this one's end
            continue
        if b.group("brk") and "\n" in b.group() and (
                _dangling(text, b.start(), b.end(), lx)
                or hard_wrapped(text, b, lambda t, q: _goes_on(t, q, lx))):
            pos = b.end()  # "…ผู้สูงอายุที่จำเป็นต้อง" / "ใส่ฟันเทียม…": the line broke mid-phrase
            continue
        return b.start()


def _dangling(text: str, line_end: int, nxt: int, lx: _Lex) -> bool:
    """The line ending at `line_end` stops on a word that needs what follows ("…จำเป็นต้อง"), and
    the line at `nxt` goes on in prose: a Thai letter, no list mark, no เพื่อ, no heading."""
    tail = text[max(0, line_end - DANGLING_TAIL):line_end]
    if not lx.dangling_re.search(tail) or lx.dangling_not_re.search(tail):
        return False
    return _goes_on(text, nxt, lx)


def _goes_on(text: str, nxt: int, lx: _Lex) -> bool:
    """Does the line at `nxt` go on in prose: a Thai letter, no list mark, no เพื่อ, no heading?"""
    if not "\u0e01" <= text[nxt:nxt + 1] <= "\u0e4e" or MARKER.match(text, nxt) or _PURPOSE.match(text, nxt):
        return False
    return not (lx.heading_re.match(text, nxt) or lx.other_re.match(text, nxt)
                or lx.opener_re.match(text, nxt))


def _purposes(text: str, matches: list[Match], lx: _Lex) -> list[tuple[int, int, str]]:
    """Purpose clauses of a document without an objectives section or cue."""
    if not matches:
        return []
    first = text.lstrip()
    headline_end = len(text) - len(first) + (first.find("\n") if "\n" in first else len(first))
    out: list[tuple[int, int, str]] = []
    schedule = schedule_slots(text)
    weak: list[tuple[int, int, str]] = []  # "…รอบนี้ก็เพื่อ…": an account of why, when no other
    for m in matches:
        s = m.spans["text"][0]
        if (out and s < out[-1][1]) or (s < headline_end or in_reason(text, s, lx.reason_re) or in_quote(text, s, lx.said_re)
                or in_order(text, s, lx.order_re) or in_option(text, s) or in_other_section(text, s, lx.other_re)
                or in_later_event(text, s, lx.later_re) or (schedule and in_slot(text, s))):
            continue
        a, b = _trimmed(text, s, _sentence_end(text, s, lx))
        if b - a > len("เพื่อ") + 5:
            (weak if text.endswith("ก็", 0, s) else out).append((a, b, m.rule))
    return out or weak
