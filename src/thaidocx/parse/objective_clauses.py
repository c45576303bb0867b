"""Where a purpose clause ("… เพื่อ …") states no objective of the activity: inside a reason clause,
a later event's plan, a quoted name, a chair's numbered order, a form's option line, or under a
background or results heading (objectives.py's fallback for documents with no objectives section
or cue). The patterns are objectives.py's, built from rules/objectives.toml lexicons.
"""
from __future__ import annotations

import re

from ..literal_re import Pattern

HEADING_MAX = 40  # a line this short may be a section heading
HEADING_LOOKBACK = 30  # lines searched upwards for the section heading
SAID_REACH = 40  # characters after a closing quote searched for its speaker's verb
CONTEXT = 300  # characters before a purpose clause searched for a reason word or a quote
# Patterns without \p, \s or case folding run on stdlib `re`, which reads them alike and
# costs a third a call.
# A list marker: "1.", "2.1", "(1)", "ข้อที่ 1.", "ก." / "(ข)" (a Thai letter only before a space:
# "ต.บ้านนา" is an address), a bullet.
MARKER = re.compile(r"[ \t]*(?:\(?[0-9]+(?:\.[0-9]+)*(?:[.)]|(?=[ \t]))|ข้อ(?:ที่)?[ \t]?[0-9]+[.):]?(?=[ \t])"
                     r"|\(?[ก-ฮ][.)](?=[ \t])|[-•*●▪✓✔☑➢►○◦])[ \t]*")
# A schedule's time slot opening a line ("08.30 – 09.00 น.   ลงทะเบียน", "เวลา 13.00-15.00 น. …").
_SLOT = re.compile(r"[ \t]*(?:เวลา[ \t]*)?[0-9]{1,2}[.:][0-9]{2}(?:[ \t]*น\.)?[ \t]*[-–—][ \t]*[0-9]{1,2}[.:][0-9]{2}")
_SLOTS = re.compile("^" + _SLOT.pattern, re.M)
SLOT_LINES = 6  # indented lines a slot's text may run below its time
# A form's tick box opening a line: ticked ("☑", "[x]", "(/)") or not ("☐", "[ ]", "( )").
TICK_BOX = re.compile(r"[ \t]*(?:(?P<on>[☑☒✅]|\[[ \t]?[xX/✓✔][ \t]?\]|\([ \t]?[xX/✓✔][ \t]?\))"
                      r"|(?P<off>[☐□]|\[[ \t]{0,2}\]|\([ \t]{0,2}\)))[ \t]*")
# A form's option line ("( ) อนุมัติงบประมาณ เพื่อสนับสนุน…", "[ ] …", "☐ …"): a choice to tick.
_OPTION = re.compile(r"[ \t]*(?:[(\[][ \t/✓✔xX]?[)\]]|[☐□])")
# What opens reported speech right before a quote: a colon, or ว่า (กล่าวว่า, บอกว่า, เผยว่า).
_SPEECH = re.compile(r"(?::|ว่า)[ \t]*$")


def in_reason(text: str, s: int, reason_re: Pattern) -> bool:
    """Is `s` inside a reason clause ('ด้วยเล็งเห็นว่า … เพื่อบริการ …') of its line?"""
    line_start = text.rfind("\n", max(0, s - CONTEXT), s) + 1
    return reason_re.search(text, max(line_start, s - CONTEXT), s) is not None


_SENTENCE_GAP = re.compile(r"[ \t]{2,}")


def in_later_event(text: str, s: int, later_re: Pattern) -> bool:
    """Is `s` in a sentence about a later event ('กำหนดประชุมครั้งต่อไปวันที่ 12 ก.ย. 2568
    เพื่อพิจารณา…')? Its purpose is that event's. The word stands before `s` on its line, with
    no wide space (a sentence end) between."""
    lo = text.rfind("\n", max(0, s - CONTEXT), s) + 1
    w = None
    for w in later_re.finditer(text, lo, s):
        pass
    return w is not None and not _SENTENCE_GAP.search(text, w.end(), s)


def in_order(text: str, s: int, order_re: Pattern) -> bool:
    """Is `s` in a numbered order ("4. ให้ทุกหน่วยงานรณรงค์… เพื่อป้องกัน…", "5. มอบ…")? Its
    purpose is the order's, not the activity's."""
    line_start = text.rfind("\n", 0, s) + 1
    mk = MARKER.match(text, line_start, s)
    return mk is not None and order_re.match(text, mk.end(), s) is not None


def schedule_slots(text: str) -> bool:
    """Is the text (or part of it) a schedule: two or more lines opening with a time slot?"""
    first = _SLOTS.search(text)
    return first is not None and _SLOTS.search(text, first.end()) is not None


def in_slot(text: str, s: int) -> bool:
    """Is `s` in a time slot of a schedule ("08.30 – 09.00 น.  ลงทะเบียน" / "      ทดสอบความรู้
    ก่อนการอบรม (Pre-test) เพื่อวัดความรู้…"), on the slot's line or an indented line below it? Its
    purpose is the session's, not the project's. Call only when schedule_slots(text)."""
    start = text.rfind("\n", 0, s) + 1
    for _ in range(SLOT_LINES + 1):
        if _SLOT.match(text, start):
            return True
        if start == 0 or text[start:start + 1] not in (" ", "\t"):
            return False  # a line flush left that opens no slot: the slot's text ended above
        start = text.rfind("\n", 0, start - 1) + 1
    return False


def in_option(text: str, s: int) -> bool:
    """Is `s` on a form's option line ("( ) อนุมัติงบประมาณ เพื่อสนับสนุน…")? A blank form's text
    states no activity's purpose."""
    return _OPTION.match(text, text.rfind("\n", 0, s) + 1, s) is not None


def in_quote(text: str, s: int, said_re: Pattern | None = None) -> bool:
    """Is `s` inside a quoted name ('"ฤๅษีดัดตน เพื่อสุขภาพ"'), not right after its quote? A
    quote opened after a colon or a speech verb (': "…', 'กล่าวว่า "…') is reported speech,
    whose purposes are the speaker's account of the activity; so is a quote followed by its
    speaker ('"… จึงจัดขึ้นเพื่อให้…" ทพ.อรรถพลฯ กล่าว', `said_re` on the rest of the line)."""
    before = text[max(text.rfind("\n", max(0, s - CONTEXT), s) + 1, s - CONTEXT):s]
    if before.endswith(("“", '"')):
        return False
    if before.count("“") > before.count("”"):
        opened, close = before.rfind("“"), "”"
    elif before.count('"') % 2 == 1:
        opened, close = before.rfind('"'), '"'
    else:
        return False
    if _SPEECH.search(before, 0, opened) is not None:
        return False
    return said_re is None or not _said_after(text, s, close, said_re)


def _said_after(text: str, s: int, close: str, said_re: Pattern) -> bool:
    """Does the quote holding `s` close on its line and a speech verb follow it closely ('…"
    ทพ.อรรถพลฯ กล่าว', '…” นายอำเภอเผย')?"""
    line_end = text.find("\n", s)
    line_end = len(text) if line_end == -1 else line_end
    end = text.find(close, s, line_end)
    return end != -1 and said_re.search(text, end + 1, min(line_end, end + 1 + SAID_REACH)) is not None


def in_other_section(text: str, s: int, other_re: Pattern) -> bool:
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
            return other_re.match(line) is not None
        end = start - 1
    return False


CLOSE = {"“": "”", '"': '"'}  # opening quote -> closing


def open_quote(text: str, s: int) -> str | None:
    """The quote mark left open on the line before `s` (the objective is quoted: it ends at the
    closing mark, '"ค่ายนี้มี… ข้อแรกคือเพื่อ… เพื่อ…" คณบดีกล่าว'), or None."""
    if s > 0 and text[s - 1] in CLOSE:
        return text[s - 1]
    before = text[text.rfind("\n", max(0, s - CONTEXT), s) + 1:s]
    if before.count("“") > before.count("”"):
        return "“"
    return '"' if before.count('"') % 2 == 1 else None
