"""Objectives, from the `obj.*` rules.

Listed items under a วัตถุประสงค์ heading are taken whole (without their list number). An inline
cue ("โดยมีวัตถุประสงค์เพื่อ A และ B") gives ONE objective running to the end of its sentence: a
Thai sentence ends at a line break or a wide space (2+ spaces) unless the next words carry it on
("… ยิ่งขึ้น    และพัฒนา …"), or at a clause word (ทั้งนี้, ซึ่ง, เนื่องจาก …). Only a document with
neither (news) falls back to purpose clauses "… เพื่อ …", outside headlines, background or result
sections and reason clauses.
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

MAX_OBJECTIVE = 600  # characters: one statement, never a page
MIN_ITEM = 20  # a shorter list line under the heading is the next heading ("3. กลุ่มเป้าหมาย")
HEADING_MAX = 40  # a line this short may be a section heading
HEADING_LOOKBACK = 30  # lines searched upwards for the section heading
CONTEXT = 300  # characters before a purpose clause searched for a reason word or a quote
# Patterns without \p, \s or case folding run on stdlib `re`, which reads them alike and
# costs a third a call.
_MARKER = re.compile(r"[ \t]*(?:\(?[0-9]+(?:\.[0-9]+)*(?:[.)]|(?=[ \t]))|[-•*●▪✓✔☑➢►○◦])[ \t]*")
_PURPOSE = re.compile(r"เพ[ ]?ื[ ]?่?[ ]?อ")  # เพื่อ, also as damaged text "เพ ื ่อ"
_SPACES = re.compile(f"[{WHITE_SPACE}]+")  # regex's \s, on stdlib re (a third of the cost)
_OBJECTIVE = maker(Objective)
_LINE = re.compile(r"[^\n]+")
_CLOSE = {"“": "”", '"': '"'}
# A subject "X ทั้ง N" ("ศูนย์ทั้ง 9 แห่ง", "ผู้ป่วยทั้ง 2 ราย"): Thai letters glued to ทั้ง, then a count.
_SUBJECT_ALL = "[\u0e01-\u0e4e]{1,20}ทั้ง[ \t]?[0-9]"
_TRAIL = " \t,;:|"  # a final dot stays: Thai ends no sentence with one, abbreviations do (รพ.สต.)


@dataclass(frozen=True)
class _Lex:
    end_re: re.Pattern | regex.Pattern
    continue_re: re.Pattern | regex.Pattern
    reason_re: re.Pattern | regex.Pattern
    other_re: re.Pattern | regex.Pattern
    heading_re: re.Pattern | regex.Pattern  # a section heading ("กลุ่มเป้าหมาย") ends a list


def _lex(rules: RuleSet) -> _Lex:
    return rules.derived(_build_lex)



def _build_lex(rules: RuleSet) -> _Lex:
    pat = lambda name: rules.lexicon(name).pattern()
    lx = _Lex(
        end_re=literal_regex(
            rf"(?P<brk>[ \t]{{2,}}|[ \t]*\n[ \t]*)|[ \t]*\||[ \t](?:{pat('obj_stop')})|{pat('obj_stop_glued')}"
            # "… ใกล้บ้าน ศูนย์ทั้ง 9 แห่งมี…": a new subject ("all N of X") after one space
            rf"|[ \t](?={_SUBJECT_ALL})"),
        continue_re=literal_regex(pat("obj_continue")),
        reason_re=literal_regex(pat("obj_reason")),
        other_re=literal_regex(r"[ \t]*(?:[0-9]+(?:\.[0-9]+)*[.)]?[ \t]*)?" + pat("obj_other_section")),
        heading_re=literal_regex(pat("section_headings")),
    )
    return lx


def parse(ctx: Context) -> Parsed:
    lx = _lex(ctx.rules)
    text = ctx.text
    spans: list[tuple[int, int, str]] = []
    matches = ctx.for_field("objectives")
    for m in matches:
        kind = m.attrs.get("kind")
        if kind == "section":
            spans += [(s, e, m.rule) for s, e in _section_items(text, m, lx)]
        elif kind == "inline":
            span = _inline(text, m, lx)
            if span:
                spans.append((*span, m.rule))
    if not spans:
        spans = _purposes(text, [m for m in matches if m.attrs.get("kind") == "purpose"], lx)
    items = []
    seen: set[str] = set()
    taken_end = -1  # spans come sorted by start: an overlap is a start before the last end
    for s, e, rule in sorted(spans):
        key = _SPACES.sub("", text[s:e])
        if key in seen or s < taken_end:
            continue
        seen.add(key)
        taken_end = e
        ev = evidence(ctx.norm, s, e, rule)
        items.append(_OBJECTIVE({"text": ev["text"], "evidence": ev}))
    return Parsed(items=tuple(items))


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    return s, e


def _section_items(text: str, m: Match, lx: _Lex) -> list[tuple[int, int]]:
    """The list items under the heading; the list ends at the first line that is not one, a
    line right below an item that is no item, heading or blank continues it (a wrapped item)."""
    s, e = m.spans["block"]
    out: list[tuple[int, int]] = []
    purposeful: bool | None = None  # do the items start with เพื่อ?
    after_item = False  # the line above is (part of) an item: a wrapped line may go on from it
    prev_end = -2
    for lm in _LINE.finditer(text, s, e):
        if lm.start() != prev_end + 1:  # a blank line between (_LINE skips empty lines)
            after_item = False
        prev_end = lm.end()
        mk = _MARKER.match(lm.group())
        start = lm.start() + (mk.end() if mk else len(lm.group()) - len(lm.group().lstrip()))
        cell = text.find("|", start, lm.end())  # a table row: the objective is its first cell
        a, b = _trimmed(text, start, cell if cell != -1 else lm.end())
        if b <= a:
            after_item = False
            continue
        body = text[a:b]
        is_purpose = bool(_PURPOSE.match(body))
        if (purposeful and not is_purpose and mk is None and after_item
                and not lx.other_re.match(body) and not lx.heading_re.match(body)):
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


def _inline(text: str, m: Match, lx: _Lex) -> tuple[int, int] | None:
    if "  " in (m.groups.get("lead") or ""):
        return None  # the cue and the เพื่อ are in different sentences
    s = m.spans["text"][0]
    return _trimmed(text, s, _sentence_end(text, s, lx))


def _sentence_end(text: str, s: int, lx: _Lex) -> int:
    """End of the sentence starting at `s`: a line break or a wide space, unless the next
    words carry it on; a clause word; the closing quote of “เพื่อ …”."""
    limit = min(len(text), s + MAX_OBJECTIVE)
    if s > 0 and text[s - 1] in _CLOSE:
        close = text.find(_CLOSE[text[s - 1]], s, limit)
        if close != -1:
            limit = close
    pos = s + 1
    while True:
        b = lx.end_re.search(text, pos, limit)
        if not b:
            return limit
        if (b.group("brk") and lx.continue_re.match(text, b.end())
                and not ("\n" in b.group() and _PURPOSE.match(text, b.end()))):
            pos = b.end()  # a line starting with เพื่อ is the next objective, not this one's end
            continue
        return b.start()


def _purposes(text: str, matches: list[Match], lx: _Lex) -> list[tuple[int, int, str]]:
    """Purpose clauses of a document without an objectives section or cue."""
    if not matches:
        return []
    first = text.lstrip()
    headline_end = len(text) - len(first) + (first.find("\n") if "\n" in first else len(first))
    out: list[tuple[int, int, str]] = []
    for m in matches:
        s = m.spans["text"][0]
        if (out and s < out[-1][1]) or (s < headline_end or _in_reason(text, s, lx) or _in_quote(text, s)
                or _in_other_section(text, s, lx)):
            continue
        a, b = _trimmed(text, s, _sentence_end(text, s, lx))
        if b - a > len("เพื่อ") + 5:
            out.append((a, b, m.rule))
    return out


def _in_reason(text: str, s: int, lx: _Lex) -> bool:
    """Is `s` inside a reason clause ('ด้วยเล็งเห็นว่า … เพื่อบริการ …') of its line?"""
    line_start = text.rfind("\n", max(0, s - CONTEXT), s) + 1
    return lx.reason_re.search(text, max(line_start, s - CONTEXT), s) is not None


def _in_quote(text: str, s: int) -> bool:
    """Is `s` inside a quoted name ('"ฤๅษีดัดตน เพื่อสุขภาพ"'), not right after its quote?"""
    before = text[max(text.rfind("\n", max(0, s - CONTEXT), s) + 1, s - CONTEXT):s]
    if before.endswith(("“", '"')):
        return False
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _in_other_section(text: str, s: int, lx: _Lex) -> bool:
    """Is `s` under a background / results heading (the nearest short line above it)?"""
    end = text.rfind("\n", max(0, s - 20 * CONTEXT), s)
    for _ in range(HEADING_LOOKBACK):
        if end <= 0:
            break
        lo = max(0, end - 20 * CONTEXT)
        start = text.rfind("\n", lo, end) + 1
        if start == 0 and lo > 0:
            return False  # a line this long is text, and no heading is near
        line = text[start:end].strip()
        if line and len(line) <= HEADING_MAX and "เพื่อ" not in line:
            return lx.other_re.match(line) is not None
        end = start - 1
    return False
