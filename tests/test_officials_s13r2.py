"""Officials, stop 13 round 2 (officials fixer): posts next to unnamed groups, quoted table
cells, bracketed sign-off posts, schedule columns, absence reasons. Sentences written for
these tests; one row per case."""
from __future__ import annotations

import pytest

from thaidocx import extract


def _positions(text: str) -> dict[str, str | None]:
    report = extract(text)
    for o in report.officials:  # provenance holds for every item
        assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    return {o.name: o.position for o in report.officials}


# text, {name: position} for every person found
S13R2_POSITIONS = [
    # allied-health posts are posts (people.toml people_positions)
    pytest.param("ได้รับเกียรติจาก นายชัยวัฒน์ ศรีทอง นักกายอุปกรณ์ (Orthotist) ศูนย์สิรินธร มาบรรยาย",
                 {"ชัยวัฒน์ ศรีทอง": "นักกายอุปกรณ์ (Orthotist) ศูนย์สิรินธร"},
                 id="regression-orthotist-post-missed-acc16h"),
    pytest.param("นางสาวมาลี ใจดี นักกิจกรรมบำบัด โรงพยาบาลนาดี สอนการฝึกกลืน",
                 {"มาลี ใจดี": "นักกิจกรรมบำบัด โรงพยาบาลนาดี"}, id="occupational-therapist-post"),
    # a group word after the name's comma is the next item of the list, not this person's post
    pytest.param("โดยมี นายอำเภอนาดี นายสมพงษ์ ใจดี, ปลัด อบต.นาดี นายวิทยา ศรีสุข, หัวหน้าส่วนราชการ ผู้นำท้องถิ่น ร่วมพิธี",
                 {"สมพงษ์ ใจดี": "นายอำเภอนาดี", "วิทยา ศรีสุข": "ปลัด อบต.นาดี"},
                 id="regression-group-word-after-the-name-is-no-post-acc15z"),
    pytest.param("นายวิทยา ศรีสุข หัวหน้าส่วนราชการ เข้าร่วม", {"วิทยา ศรีสุข": None},
                 id="group-word-right-after-the-name-is-no-post"),
    pytest.param("นายวิทยา ศรีสุข, หัวหน้าสำนักปลัด อบต.นาดี เข้าร่วม",
                 {"วิทยา ศรีสุข": "หัวหน้าสำนักปลัด อบต.นาดี"}, id="post-after-a-comma-stays"),
    # a table cell holding line breaks, copied with quotes round it
    pytest.param('09.00 น.\t"การดูแลผู้ป่วย\nระยะกลาง"\t"นพ.สมชาย  ใจดี\nอายุรแพทย์ กลุ่มงานอายุรกรรม"\n10.00 น.\tพัก\t\n',
                 {"สมชาย ใจดี": "อายุรแพทย์ กลุ่มงานอายุรกรรม"},
                 id="regression-quoted-cell-position-below-the-name-acc15w"),
    pytest.param('09.00 น.\tเปิดงาน\t"นายแพทย์สมชาย  ใจดี\nผู้อำนวยการโรงพยาบาลนาดี"\n',
                 {"สมชาย ใจดี": "ผู้อำนวยการโรงพยาบาลนาดี"}, id="quoted-cell-post-word-then-closing-quote"),
    pytest.param('13.00 น.\tบรรยาย\t"รศ.ดร.วรรณา  ศรีสุข\nคณะพยาบาลศาสตร์ มหาวิทยาลัยนาดี"\n',
                 {"วรรณา ศรีสุข": "คณะพยาบาลศาสตร์ มหาวิทยาลัยนาดี"}, id="quoted-cell-faculty-without-a-post-word"),
    pytest.param('13.00 น.\tบรรยาย\t"นางมาลี  ดีใจ\nพยาบาลวิชาชีพชำนาญการ\nศูนย์ดูแลต่อเนื่อง (COC)"\n',
                 {"มาลี ดีใจ": "พยาบาลวิชาชีพชำนาญการ ศูนย์ดูแลต่อเนื่อง (COC)"}, id="quoted-cell-post-over-two-lines"),
    pytest.param('13.00 น.\tบรรยาย\t"นางมาลี  ดีใจ\nนางสาวสุดา ศรีทอง"\n',
                 {"มาลี ดีใจ": None, "สุดา ศรีทอง": None}, id="quoted-cell-of-two-names-gives-no-post"),
    pytest.param('หมายเหตุ "นางมาลี  ดีใจ\nโทร 08-1234-xxxx"\n',
                 {"มาลี ดีใจ": None}, id="quoted-cell-phone-below-is-no-post"),
    # a signature block whose post is bracketed too, wrapping onto a line below up to its ")"
    pytest.param("        ลงชื่อ ....................\n          (นายสมชาย  ใจดี)\n     (หัวหน้ากลุ่มงานบริการด้านปฐมภูมิ)\n",
                 {"สมชาย ใจดี": "หัวหน้ากลุ่มงานบริการด้านปฐมภูมิ"},
                 id="regression-bracketed-post-under-a-bracketed-name-acc15t"),
    pytest.param("        ลงชื่อ ....................\n          (นายสมชาย  ใจดี)\n   (นายแพทย์ชำนาญการพิเศษ รักษาการในตำแหน่ง\n"
                 "        ผู้อำนวยการโรงพยาบาลนาดี)\n",
                 {"สมชาย ใจดี": "นายแพทย์ชำนาญการพิเศษ รักษาการในตำแหน่ง ผู้อำนวยการโรงพยาบาลนาดี"},
                 id="regression-bracketed-post-wrapped-to-its-bracket-acc15t"),
    pytest.param("        ลงชื่อ ....................\n          (นางมาลี  ดีใจ)\n     (นักวิชาการเงินและบัญชีชำนาญการ)\n",
                 {"มาลี ดีใจ": "นักวิชาการเงินและบัญชีชำนาญการ"},
                 id="regression-graded-post-opening-with-a-stop-word-acc15t"),
    pytest.param("        ลงชื่อ ....................\n          (นางมาลี  ดีใจ)\n     (วันที่ 5 พฤษภาคม 2568)\n",
                 {"มาลี ดีใจ": None}, id="bracketed-date-under-a-signature-is-no-post"),
    # an absent member's bracketed reason is no part of the post (absent lists of minutes)
    pytest.param("ผู้ไม่มาประชุม\n๑. นายสมชาย  ใจดี  ผู้แทนหมู่บ้าน/ชุมชน  กรรมการ  (ติดภารกิจครอบครัว)      ๒. นางมาลี  ดีใจ  ผู้แทน อสม.  กรรมการ  (ลาป่วย)\n",
                 {"สมชาย ใจดี": "ผู้แทนหมู่บ้าน/ชุมชน กรรมการ", "มาลี ดีใจ": "ผู้แทน อสม. กรรมการ"},
                 id="regression-absence-reason-in-brackets-after-the-post-acc15s"),
    pytest.param("ผู้ไม่มาประชุม\n1. นายสมชาย ใจดี ผอ.รพ.สต.บ้านนา (ไปราชการ)\n",
                 {"สมชาย ใจดี": "ผอ.รพ.สต.บ้านนา"}, id="away-on-duty-in-brackets-after-the-post"),
    pytest.param("ผู้มาประชุม\n1. นางมาลี ดีใจ พยาบาลวิชาชีพชำนาญการ (ศูนย์คุณภาพ) กรรมการ\n",
                 {"มาลี ดีใจ": "พยาบาลวิชาชีพชำนาญการ (ศูนย์คุณภาพ) กรรมการ"},
                 id="bracketed-unit-after-the-post-stays"),
    # a schedule's right column: the name alone on a deeply indented line, its post below
    pytest.param("08.30 - 12.00 น.     การบันทึกข้อมูลในโปรแกรมบริหารกองทุน\n" + " " * 75 + "นายสมชาย  ใจดี\n"
                 + " " * 75 + "นักวิชาการคอมพิวเตอร์\n" + " " * 75 + "รพ.นาดี\n13.00 - 15.30 น.     ปิดการประชุม\n",
                 {"สมชาย ใจดี": "นักวิชาการคอมพิวเตอร์ รพ.นาดี"},
                 id="regression-post-under-a-name-indented-past-60-acc15u"),
    pytest.param("                    (นายสมชาย ใจดี)\n                 สาธารณสุขอำเภอนาดี\nกลุ่มงานควบคุมโรคไม่ติดต่อ\nโทร. 0 5349 1234\n",
                 {"สมชาย ใจดี": "สาธารณสุขอำเภอนาดี"}, id="letter-department-at-the-margin-is-not-the-signers-post"),
    pytest.param(" " * 75 + "นายสมชาย  ใจดี\n" + " " * 75 + "เข้าร่วมประชุม\n",
                 {"สมชาย ใจดี": None}, id="deeply-indented-name-with-a-verb-below-has-no-post"),
    pytest.param("          (นางมาลี  ดีใจ)\n     (ผู้ที่ยังไม่ลงนาม\nเพราะ\nติดราชการ\nวันนี้)\n",
                 {"มาลี ดีใจ": None}, id="bracket-running-over-many-lines-is-no-post"),
]


@pytest.mark.parametrize("text,positions", S13R2_POSITIONS)
def test_s13r2_positions(text, positions):
    assert _positions(text) == positions
