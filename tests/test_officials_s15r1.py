"""Officials, stop 15 round 1 (officials fixer): military, education and employee posts, committee
work roles in their own column, a second post after " / ", an organization line cut at a field gap,
a post that stops before a verb after "หมู่ N", foreign names glossed in Latin, positions keeping
Thai digits, untitled signers (after ลงชื่อ, or alone above a post line), a signature's role on
the dotted line above its column. Sentences written for these tests; one row per case."""
from __future__ import annotations

import pytest

from field_rows import people_by_name


_people = people_by_name


# text, {name: (title, position)} for every person found
S15R1_PEOPLE = [
    # posts not listed before
    pytest.param("โดย พ.อ.สมชาย ใจดี ผบ.มทบ.๓๒ เป็นประธาน", {"สมชาย ใจดี": ("พ.อ.", "ผบ.มทบ.๓๒")},
                 id="regression-military-commander-post-acc19v"),
    pytest.param("โดย พ.ท.สมชาย ใจดี รอง ผบ.มทบ.12", {"สมชาย ใจดี": ("พ.ท.", "รอง ผบ.มทบ.12")},
                 id="deputy-commander-post-arabic-digits"),
    pytest.param("• นายสมชาย ใจดี  ศึกษานิเทศก์ชำนาญการ สพป.ลำปาง เขต 1",
                 {"สมชาย ใจดี": ("นาย", "ศึกษานิเทศก์ชำนาญการ สพป.ลำปาง เขต 1")},
                 id="regression-education-supervisor-acc19t"),
    pytest.param("   ๔.๒ นายสมชาย  ใจดี            พนักงานจ้างทั่วไป                     คณะทำงาน\n",
                 {"สมชาย ใจดี": ("นาย", "พนักงานจ้างทั่วไป คณะทำงาน")},
                 id="regression-employee-post-and-work-team-role-acc19a"),
    pytest.param("   ๒.๑ นางสาวมาลี  ศรีสุข     นักวิชาการสาธารณสุขปฏิบัติการ            หัวหน้าคณะทำงาน\n",
                 {"มาลี ศรีสุข": ("นางสาว", "นักวิชาการสาธารณสุขปฏิบัติการ หัวหน้าคณะทำงาน")},
                 id="work-team-head-in-its-column"),
    pytest.param("นางสาวมาลี ศรีสุข พนักงานราชการ กล่าวว่า", {"มาลี ศรีสุข": ("นางสาว", "พนักงานราชการ")},
                 id="government-employee-post"),
    # a second post after " / "; an organization line cut at a wide gap
    pytest.param("--\nนางสาวมาลี ศรีสุข\nครูชำนาญการ / หัวหน้างานอนามัยโรงเรียน\nโรงเรียนบ้านนาดี  อ.เมือง จ.ลำปาง 52000\n",
                 {"มาลี ศรีสุข": ("นางสาว", "ครูชำนาญการ / หัวหน้างานอนามัยโรงเรียน โรงเรียนบ้านนาดี")},
                 id="regression-second-post-after-slash-and-school-before-address-acc19j"),
    pytest.param("ขอบคุณครับ\nนายสมชาย ใจดี\nพยาบาลวิชาชีพชำนาญการ\nโรงพยาบาลนาดี  โทร. 0 5479 1234\n",
                 {"สมชาย ใจดี": ("นาย", "พยาบาลวิชาชีพชำนาญการ โรงพยาบาลนาดี")},
                 id="hospital-line-before-a-phone"),
    pytest.param("นายสมชาย ใจดี / นางมาลี ศรีสุข ร่วมงาน", {"สมชาย ใจดี": ("นาย", None), "มาลี ศรีสุข": ("นาง", None)},
                 id="slash-before-a-person-is-no-second-post"),
    # หมู่ N then a verb: the post ends at the number
    pytest.param("- พ่อหลวงสมชาย ใจดี ผู้ใหญ่บ้านหมู่ 7 ช่วยประกาศเสียงตามสาย",
                 {"สมชาย ใจดี": ("พ่อหลวง", "ผู้ใหญ่บ้านหมู่ 7")}, id="regression-verb-after-village-number-acc19s"),
    pytest.param("นายสมชาย ใจดี ผู้อำนวยการศูนย์บริการสาธารณสุข 12 บางซื่อ",
                 {"สมชาย ใจดี": ("นาย", "ผู้อำนวยการศูนย์บริการสาธารณสุข 12 บางซื่อ")},
                 id="numbered-unit-name-still-continues"),
    # foreign names written word by word with a Latin gloss
    pytest.param("ขอบคุณ นางสาวมิ้น ซู ยี (Myint Su Yi) อสต.ประจำโรงงาน ที่ช่วยแปล",
                 {"มิ้น ซู ยี": ("นางสาว", "อสต.ประจำโรงงาน")}, id="regression-glossed-three-word-name-acc19u"),
    pytest.param("นายสมชาย ใจดี ทองมา (Somchai) ล่าม", {"สมชาย ใจดี": ("นาย", None)},
                 id="gloss-of-another-word-count-adds-nothing"),
    # untitled signers
    pytest.param("ลงชื่อ  สุดา ใจงาม  ผู้อำนวยการ รพ.สต.บ้านนา\n",
                 {"สุดา ใจงาม": (None, "ผู้อำนวยการ รพ.สต.บ้านนา")}, id="regression-untitled-signer-acc19q"),
    pytest.param("ลงชื่อ  สุดา ใจงาม  ผู้รายงาน\n", {}, id="untitled-signer-with-a-sign-off-only-stays-out"),
    pytest.param("ขอบคุณครับ\n\nสมชาย ทองประเสริฐ\nผู้อำนวยการโรงเรียนบ้านนาดี\n",
                 {"สมชาย ทองประเสริฐ": (None, "ผู้อำนวยการโรงเรียนบ้านนาดี")},
                 id="regression-untitled-mail-sign-off-acc19j"),
    pytest.param("\n\nติดต่อ สอบถาม\nเจ้าหน้าที่งานธุรการ โทร 1234\n", {}, id="phrase-above-a-post-is-no-signer"),
    pytest.param("ลงชื่อ  สุดา ใจงาม  ผู้อำนวยการ รพ.สต.บ้านนา\n(นางสุดา ใจงาม)\n",
                 {"สุดา ใจงาม": ("นาง", "ผู้อำนวยการ รพ.สต.บ้านนา")}, id="titled-mention-gives-the-title"),
    # side-by-side signatures: the role on the dotted line above an empty column
    pytest.param("ลงชื่อ .............................. ประธานกองทุน             ลงชื่อ .............................. เหรัญญิก\n"
                 "     (นายสมชาย ใจดี)                                         (นางมาลี ศรีสุข)\n"
                 "   ประธานคณะกรรมการกองทุนหมู่บ้านบ้านนาดี\n",
                 {"สมชาย ใจดี": ("นาย", "ประธานคณะกรรมการกองทุนหมู่บ้านบ้านนาดี"), "มาลี ศรีสุข": ("นาง", "เหรัญญิก")},
                 id="regression-treasurer-role-above-its-column-acc19w"),
]


@pytest.mark.parametrize("text, expected", S15R1_PEOPLE)
def test_s15r1_people(text, expected):
    assert _people(text) == expected
