"""Officials, stop 16 round 0 (FD fixer): a filled-in form's ticked title ending its line, the name on
the next line (after its item number or a name label). Texts written for these tests; one row per case."""
from __future__ import annotations

import pytest

from field_rows import people_by_name

P = pytest.param

ROWS = [
    P("๑. คำนำหน้า ☐นาย ☐นาง ☐นางสาว\n๒. ชื่อ-สกุล : ....\n\"๑. ☑นาง\n๒. วิมล ทองใบ\n๓. 52 ปี\"",
      {"วิมล ทองใบ": ("นาง", None)}, id="regression-ticked-title-name-on-next-numbered-line-acc17d"),
    P("คำนำหน้า ☑ นาย\nชื่อ-สกุล : สมบัติ ใจกว้าง\nอายุ 40 ปี", {"สมบัติ ใจกว้าง": ("นาย", None)},
      id="ticked-title-name-after-a-label"),
    # counter-examples: an empty box offers a title; a ticked title with no name under it names nobody
    P("คำนำหน้า ☐นาย ☐นาง ☐นางสาว\nวิมล ทองใบ มาร่วมงาน", {}, id="empty-boxes-name-nobody"),
    P("คำนำหน้า ☑นาง\n๒. 52 ปี", {}, id="ticked-title-over-a-number-names-nobody"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_officials_s16(text, expected):
    assert people_by_name(text) == expected
