"""Heading lines of data pages and periodicals that are never the title (title_page.py skips
them): a record's aligned field rows, an assessment item's code heading, a post's info label
rows, a news list's day heading, a newsletter's quoted name under its masthead."""
from __future__ import annotations

import re

from .title_lex import Lex

PERIODICAL = 100  # characters: a periodical's masthead line is short (as title_page.PERIODICAL)


# A record's row with its colon aligned after a wide gap ("หน่วยงานที่รับผิดชอบ    : กอง…"): a field
# of a data page, never its headline (a headline's own colon follows a single blank).
RECORD_ROW = re.compile(r"[^\s:][^:\n]{0,40}?[^\s:][ \t]{3,}:")
# An assessment item's code opening a line ("O14  รายงานผลการดำเนินงาน", ITA/OIT's O1–O43).
ITEM_CODE = re.compile(r"[A-Z]{1,2}[0-9]{1,3}(?:[._][0-9]{1,2})?[ \t]+")


def item_heading(line: str, lx: Lex) -> bool:
    """An assessment item's heading: its code and a document type only ('O14  รายงานผลการดำเนินงาน'),
    the item, not the project reported under it."""
    m = ITEM_CODE.match(line)
    if m is None:
        return False
    d = lx.doctype_re.match(line, m.end())
    return d is not None and not line[d.end():].strip()


def info_label(line: str, lx: Lex) -> bool:
    """A short line opening with a post's credit or category label and its colon ('ประเภท :
    ความรับผิดชอบต่อสังคม (CSR)', 'ภาพ : …'); not when a project's name or a quoted name is the value
    ('รายงาน : โครงการ…')."""
    m = lx.post_label_re.match(line)
    return m is not None and not line[m.end():].lstrip().startswith(("โครงการ", '"', "“"))


# A news list's or diary's day heading before its date: "ข่าวประจำวันที่", "กิจกรรมประจำวัน".
DAY_HEADING = re.compile(r"[\u0e01-\u0e4e]{2,12}?ประจำวัน(?:ที่)?[ \t]*")

# A line that is a quoted name only ('"บ้านไผ่ฮักสุขภาพ"').
QUOTED_ONLY = re.compile(r'[ \t]*(?:"[^"\n]{2,60}"|“[^”\n]{2,60}”)[ \t]*$')


def periodical_name(lines: list[str], i: int, lx: Lex) -> bool:
    """The quoted name of a newsletter or journal under its masthead line ('จดหมายข่าวอิเล็กทรอนิกส์
    (E-Newsletter)' over '"บ้านไผ่ฮักสุขภาพ"'): the publication's, not a project's."""
    return i > 0 and QUOTED_ONLY.match(lines[i]) is not None \
        and len(lines[i - 1]) <= PERIODICAL and lx.periodical_re.match(lines[i - 1]) is not None
