"""Officials and positions, stop 16 round 2 (FO fixer): a table extracted one cell per line in
content-stream order, its wrapped rows interleaved, so that other cells stand between a responsible
person's titled given name and family name, and between the name and the post. Texts written for
these tests; one row per case."""
from __future__ import annotations

import pytest

from field_rows import people_by_name

P = pytest.param
HEAD = "ที่\nโครงการ/กิจกรรม\nกลุ่มเป้าหมาย\nระยะเวลา\nงบประมาณ\nแหล่ง\nผู้รับผิดชอบ\n"

ROWS = [
    P(HEAD + "2\n2. โครงการอบรมแกนนำ\n31,000\nกองทุน\nนายวีระพงษ์\nสุขภาพจิตชุมชน\nตำบลนาดี\nทองดี\n"
      "ปีงบประมาณ 2569\nพยาบาลวิชาชีพ\nชำนาญการ\n",
      {"วีระพงษ์ ทองดี": ("นาย", "พยาบาลวิชาชีพ ชำนาญการ")},
      id="regression-family-name-cells-below-in-a-streamed-table-acc23s"),
    P(HEAD + "1\n1. โครงการตรวจฟัน\n12,000\nเงินบำรุง\nนางสาวกมลชนก\nเด็กปฐมวัย\nลูกน้ำยุงลาย\n"
      "ศพด. 4 แห่ง\nรพ.สต.นาดี\nบุญมา\n",
      {"กมลชนก บุญมา": ("นางสาว", None)},
      id="family-name-past-a-wrapped-cell-no-family-name"),
    # Counter-examples: a listed family name on the next line is read as before; another person's
    # title between, a given name sharing its line, or prose between, leave the far line alone.
    P("คณะทำงาน\nนางสาวกมลชนก\nศรีสุข\nนายวีระพงษ์\nทองดี\n",
      {"กมลชนก ศรีสุข": ("นางสาว", None), "วีระพงษ์ ทองดี": ("นาย", None)},
      id="counter-names-one-line-each"),
    P(HEAD + "นายวีระพงษ์\nกองทุน\nนางมาลี\nศรีสุข\n",
      {"มาลี ศรีสุข": ("นาง", None)},
      id="counter-another-title-between-keeps-the-far-family-name"),
    P("ผู้รับผิดชอบ นายวีระพงษ์\nกองทุน\nหลักประกัน\nทองดี\n", {},
      id="counter-given-name-not-alone-on-its-line"),
    P("นายวีระพงษ์\nได้ประสานงานกับเจ้าหน้าที่ในพื้นที่ทุกหมู่บ้านเพื่อติดตามผลการดำเนินงานอย่างต่อเนื่อง\nทองดี\n",
      {}, id="counter-prose-between-is-no-table"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_officials_s16r2(text, expected):
    people = people_by_name(text)
    for name, value in expected.items():
        assert people.get(name) == value, people
    for name in people:
        assert not name.endswith("ทองดี") or name in expected, people
