"""Officials, stop 14 round 1 (officials fixer): graded posts that start with นาย, titles inside a
longer noun, posts ending at action verbs, อาจารย์ list lines, two-column signature blocks, a
committee-role column, agent-noun cells, glued words after a complete post, post words cut by a
line wrap. Sentences written for these tests; one row per case."""
from __future__ import annotations

import pytest

from thaidocx import extract


def _positions(text: str) -> dict[str, str | None]:
    report = extract(text)
    for o in report.officials:  # provenance holds for every item
        assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    return {o.name: o.position for o in report.officials}


_SIGN = ("(ลงชื่อ) ....................           (ลงชื่อ) ....................\n"
         "   (นายสมชาย ใจดี)                          (นางมาลี ศรีสุข)\n"
         "   รองปลัดเทศบาล                           นายกเทศมนตรีตำบลนาดี\n"
         "   ปฏิบัติหน้าที่ปลัดเทศบาล                    ประธานกรรมการกองทุนหลักประกันสุขภาพ\n"
         "   ๕ มี.ค. ๖๘                               เทศบาลตำบลนาดี\n"
         "                                            ๕ มี.ค. ๖๘\n")

# text, {name: position} for every person found
S14R1_POSITIONS = [
    # นายสัตวแพทย์ / นายช่าง + grade after a name: a post, not a new person นาย…
    pytest.param("สพ.ญ.มาลี ศรีสุข นายสัตวแพทย์ปฏิบัติการ ฉีดวัคซีนสุนัข",
                 {"มาลี ศรีสุข": "นายสัตวแพทย์ปฏิบัติการ"}, id="regression-vet-post-after-name-acc17c"),
    pytest.param("นายสมชาย ใจดี นายช่างโยธาชำนาญงาน ตรวจรับงาน",
                 {"สมชาย ใจดี": "นายช่างโยธาชำนาญงาน"}, id="technician-post-after-name"),
    pytest.param("นายสัตวแพทย์ชำนาญการ นายวิชัย ดีงาม มาร่วมงาน",
                 {"วิชัย ดีงาม": "นายสัตวแพทย์ชำนาญการ"}, id="vet-post-before-name"),
    # a word title at the end of a longer noun, then a plain word: no person
    pytest.param("สพ.ญ.มาลี ศรีสุข และนักศึกษาสัตวแพทย์ ฝึกงาน 12 คน",
                 {"มาลี ศรีสุข": None}, id="regression-vet-student-is-no-title-acc17c"),
    pytest.param("นักศึกษาแพทย์ ฝึกงาน 5 คน", {}, id="medical-students-are-no-person"),
    pytest.param("โดยมีนายแพทย์ธนากร กล่าวว่า", {"ธนากร": None}, id="glued-title-after-a-lead-word-stays"),
    pytest.param("วิทยากรนายแพทย์สมชาย ใจดี บรรยาย", {"สมชาย ใจดี": None},
                 id="glued-title-with-a-family-name-stays"),
    # a bare post ends at an action verb (people_post_verbs); a name may open with one
    pytest.param("ฐานที่ 1 คุณวิภา แก้วมณี นักโภชนาการ สาธิตเมนูไข่ 5 แบบ",
                 {"วิภา แก้วมณี": "นักโภชนาการ"}, id="regression-post-runs-into-a-verb-acc17b"),
    pytest.param("นางสมศรี ใจดี พยาบาลวิชาชีพ สอนการทำแผล",
                 {"สมศรี ใจดี": "พยาบาลวิชาชีพ"}, id="nurse-then-teaching-verb-is-no-person"),
    pytest.param("นายสาธิต ใจดี ผู้ใหญ่บ้าน", {"สาธิต ใจดี": "ผู้ใหญ่บ้าน"},
                 id="given-name-spelled-like-a-verb-stays"),
    pytest.param("นายแพทย์สาธิต กล่าวว่า", {"สาธิต": None}, id="listed-given-name-after-word-title-stays"),
    pytest.param("นายสมชาย ใจดี ผวจ น่าน เป็นประธาน", {"สมชาย ใจดี": "ผวจ น่าน"},
                 id="bare-head-still-runs-on-into-a-place"),
    # อ. opening a bullet line: a teacher when a post follows, or the next of a list of อาจารย์
    pytest.param("👨‍⚕️ วิทยากร\n • พญ.นภา ตั้งจิตร แพทย์เวชศาสตร์ครอบครัว\n • อ.จิรวัฒน์ บุญมี นักกายภาพบำบัด\n",
                 {"นภา ตั้งจิตร": "แพทย์เวชศาสตร์ครอบครัว", "จิรวัฒน์ บุญมี": "นักกายภาพบำบัด"},
                 id="regression-ajarn-bullet-line-with-a-post-acc17d"),
    pytest.param("คณะผู้ประเมิน\n   อ.ดร.สมชาย พลซา          ผู้ร่วมประเมิน\n   อ.มาลี แก้วกาหลง          ผู้ร่วมประเมิน\n",
                 {"สมชาย พลซา": "ผู้ร่วมประเมิน", "มาลี แก้วกาหลง": "ผู้ร่วมประเมิน"},
                 id="regression-ajarn-line-after-ajarn-and-agent-cell-acc17k"),
    pytest.param("ผู้เข้าร่วมจาก\nอ.แม่ทะ ต.ป่าตัน ผู้ใหญ่บ้าน\n", {},
                 id="district-line-with-a-post-is-no-teacher"),
    pytest.param("นายสมชาย ใจดี          ผู้เข้าร่วมประชุม\n", {"สมชาย ใจดี": None},
                 id="attendance-cue-cell-is-no-post"),
    # a complete post with a short word glued after it (then the line's end or a wide gap)
    pytest.param("   ผศ.ดร.มาลี ศรีเมือง        หัวหน้าโครงการประเมิน\n",
                 {"มาลี ศรีเมือง": "หัวหน้าโครงการประเมิน"}, id="regression-post-cut-inside-a-word-acc17k"),
    pytest.param("นางสาวมาลี ศรีสุข ผู้รับผิดชอบโครงการส่งเสริมสุขภาพผู้สูงอายุ",
                 {"มาลี ศรีสุข": "ผู้รับผิดชอบโครงการ"}, id="project-name-glued-after-a-complete-post-stays-out"),
    # two-column signature blocks: each column's post wraps in its own column
    pytest.param(_SIGN, {"สมชาย ใจดี": "รองปลัดเทศบาล ปฏิบัติหน้าที่ปลัดเทศบาล",
                         "มาลี ศรีสุข": "นายกเทศมนตรีตำบลนาดี ประธานกรรมการกองทุนหลักประกันสุขภาพ เทศบาลตำบลนาดี"},
                 id="regression-two-column-signature-posts-wrap-acc17i"),
    pytest.param("   (นายสมชาย ใจดี)            (นางมาลี ศรีสุข)\n   ผู้ใหญ่บ้าน                  กำนันตำบลนาดี\n"
                 "   (ลงชื่อ) ..........          ๕ มี.ค. ๖๘\n",
                 {"สมชาย ใจดี": "ผู้ใหญ่บ้าน", "มาลี ศรีสุข": "กำนันตำบลนาดี"},
                 id="two-column-signature-date-or-sign-line-below-is-no-post"),
    # attendee list in space-aligned columns: the committee-role column joins the post
    pytest.param("ผู้มาประชุม\n1. นายสมชาย ใจดี       ผู้ทรงคุณวุฒิ               รองประธานกรรมการ\n"
                 "2. นางสาวมาลี ศรีสุข    ปลัด อบต.นาดี              กรรมการและเลขานุการ\n",
                 {"สมชาย ใจดี": "ผู้ทรงคุณวุฒิ รองประธานกรรมการ", "มาลี ศรีสุข": "ปลัด อบต.นาดี กรรมการและเลขานุการ"},
                 id="regression-committee-role-column-acc17j"),
    pytest.param("นายสมชาย ใจดี ผู้ใหญ่บ้าน      เข้าร่วมประชุม\n", {"สมชาย ใจดี": "ผู้ใหญ่บ้าน"},
                 id="verb-cell-after-a-gap-is-no-committee-role"),
    # a post word cut by a line wrap runs on onto the next line
    pytest.param("วิทยากรโดย นายแพทย์สมชาย ใจดี แพทย์\nเวชศาสตร์ครอบครัว โรงพยาบาลนาดี\n",
                 {"สมชาย ใจดี": "แพทย์ เวชศาสตร์ครอบครัว โรงพยาบาลนาดี"},
                 id="regression-post-word-cut-by-a-wrap-acc17r"),
    pytest.param("วิทยากรโดย นางสมใจ ดีมาก พยาบาล\nเป็นผู้ดำเนินรายการ\n", {"สมใจ ดีมาก": "พยาบาล"},
                 id="line-after-a-post-that-forms-no-longer-post-stays-out"),
]


@pytest.mark.parametrize("text,positions", S14R1_POSITIONS)
def test_s14r1_positions(text, positions):
    assert _positions(text) == positions
