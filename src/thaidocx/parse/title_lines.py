"""Single heading lines the title parser passes over (title_page.py): a file's name, a radio
station's masthead, a release's place-and-date dateline, a form's field rows and bracketed
asides."""
from __future__ import annotations

import re

from .title_lex import Lex

DATELINE = 120  # characters: a dateline (in two languages) is short

# A line closing with a file's extension ("ACF-TB_แรงงานข้ามชาติ_v3.pptx"): the file's name, as a
# slide outline or an attachment list prints it.
FILE_NAME = re.compile(r"\.(?:pptx?|docx?|xlsx?|pdf|csv|txt|odt|odp|ods|rtf|jpe?g|png|gif|mp4|zip)$",
                       re.IGNORECASE)
# A radio station's frequency ("FM 103.75 MHz", "เอฟเอ็ม 98.5 เมกะเฮิรตซ์"): the line is the station's
# masthead, whatever name it quotes.
FREQUENCY = re.compile(r"(?:FM|AM|เอฟเอ็ม)[ \t.]*[0-9]{2,4}(?:\.[0-9]{1,2})?[ \t]*"
                       r"(?:MHz|KHz|kHz|เมกะเฮิรตซ์|เมกกะเฮิรตซ์|กิโลเฮิรตซ์)", re.IGNORECASE)
# A dateline's place before its date ("Tak, 28 January 2026", "ตาก, 28 มกราคม 2569"); a bilingual
# release gives it twice, between a slash or a bar.
_PLACE_COMMA = re.compile(r"[^\s,0-9๐-๙]{2,20}(?:[ \t][^\s,0-9๐-๙]{2,20})?,[ \t]*")
_PART_SEP = re.compile(r"[ \t]+[/|][ \t]+")

# A verified badge closing a line (trim leaves it out of the span): a channel's or page's name.
BADGE = re.compile(r"[ \t]*[✔✓☑]\ufe0f?[ \t]*(?:\n|$)")


def place_dated(line: str, lx: Lex) -> bool:
    """A release's dateline: a place, a comma and a date, maybe twice in two languages."""
    if len(line) > DATELINE or "," not in line:
        return False
    for part in _PART_SEP.split(line):
        p = _PLACE_COMMA.match(part)
        if p is None or not lx.dateline_re.match(part, p.end()):
            return False
    return True


# A form's field row: a short label (one or two words, maybe bracketed: "ชาย (ผู้ประกาศ)"), a colon
# and its value ("วันที่ยื่นคำขอ : 26 ก.พ. 2569", "หน่วยงานที่ขอ : รพ.สต.…"); a name's own label
# ("ชื่อโครงการ :", "โครงการ :") is read by the label rule or stays a candidate.
_FORM_ROW = re.compile(r"(?!ชื่อโครงการ|ชื่อกิจกรรม|โครงการ|กิจกรรม)[^\s:：]{2,20}(?:[ \t][^\s:：]{1,20})?"
                       r"[ \t]*[:：][ \t]*[^\s]")
_ASIDE = re.compile(r"\([^()]{3,}\)$")  # a wholly bracketed line: a stage direction, an aside


def form_row(lines: list[str], i: int) -> bool:
    """Line i is a field row among others (the line above or below is one too): a printed form's
    or a script's header rows, whose values are no headline; or a wholly bracketed aside."""
    if _ASIDE.match(lines[i]):
        return True
    if not _FORM_ROW.match(lines[i]):
        return False
    return any(0 <= k < len(lines) and _FORM_ROW.match(lines[k]) for k in (i - 1, i + 1))
