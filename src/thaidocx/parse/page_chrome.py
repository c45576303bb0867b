"""The furniture of a scraped web page, line by line: menus, breadcrumb trails, English or
bilingual site names, post lines ("โพสต์เมื่อ … | อ่าน 318 ครั้ง"). The title parser skips them
and takes the headline next to the post line (title.py)."""
from __future__ import annotations

import re

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
_READ_COUNT = re.compile(r"อ่าน[ \t]*:?[ \t]*[0-9,]+[ \t]*ครั้ง")
MAX_META = 160  # a post line is short; a longer one is text


def is_chrome(line: str, crumb_re: re.Pattern) -> bool:
    """Page chrome of a scraped page: a menu, a breadcrumb trail, an English or bilingual
    site name ('Huai Sai Thong Subdistrict Municipality', 'โรงพยาบาลนาหม่อม Namom Hospital',
    'Nurse Diary ~ บันทึกของพยาบาล…', 'ข่าวเหนือวันนี้ ออนไลน์ | NEUA TODAY')."""
    items = [p for p in _MENU_SEP.split(line) if p]
    if len(items) >= 3 and max(map(len, items)) <= MENU_ITEM:
        return True
    crumbs = crumb_re.split(line)
    arrow = any(c in line for c in "›»>")
    if len(crumbs) >= (2 if arrow else 3) and max(map(len, crumbs)) <= CRUMB_ITEM:
        return True
    if _LATIN_ONLY.match(line):
        return True
    if len(line) > SITE_NAME or _THAI.search(line) is None:
        return False
    halves = _SITE_SEP.split(line, maxsplit=1)
    if len(halves) == 2 and any(_LATIN_ONLY.match(h) for h in halves):
        return True
    return bool(_LATIN_EDGE.search(line)) and not any(c.isdigit() for c in line)


def is_post_meta(line: str, meta_re: re.Pattern) -> bool:
    """A post line: who posted, when, how often read ('โพสต์เมื่อ … | อ่าน 318 ครั้ง')."""
    return len(line) <= MAX_META and bool(meta_re.search(line) or _READ_COUNT.search(line))
