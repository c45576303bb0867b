"""Officials, stop 14 round 2 (officials fixer): a post word cut by a line wrap right where it
starts, a second post on the wrapped line after a graded post, a team (ทีม…) continuing a post,
a form of address (คุณ) with a given name alone. Sentences written for these tests; one row per
case."""
from __future__ import annotations

import pytest

from thaidocx import extract


def _positions(text: str) -> dict[str, str | None]:
    report = extract(text)
    for o in report.officials:  # provenance holds for every item
        assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    return {o.name: (" ".join(o.position.split()) if o.position else None)
            for o in report.officials}


# text, {name: position} for every person found (spaces in a position: as the scorer, ignored
# where a wrap cut a word; the rows spell them as the parser writes them)
S14R2_POSITIONS = [
    # a post word cut by the wrap where it starts: the word runs on past the break
    pytest.param("ที่ห้องประชุม  นายสมชาย  ใจดี  นายกองค์การ\nบริหารส่วนจังหวัดนาดี เป็นประธานเปิดงาน",
                 {"สมชาย ใจดี": "นายกองค์การ บริหารส่วนจังหวัดนาดี"},
                 id="regression-post-word-cut-where-it-starts-acc18a"),
    pytest.param("โดยนายสมชาย ใจดี ผู้ใหญ่\nบ้านหมู่ 3 เป็นประธาน", {"สมชาย ใจดี": "ผู้ใหญ่ บ้านหมู่ 3"},
                 id="village-head-cut-by-a-wrap"),
    pytest.param("นายสมชาย ใจดี กล่าว\nต้อนรับผู้เข้าร่วม", {"สมชาย ใจดี": None},
                 id="words-joined-over-a-wrap-that-form-no-post-stay-out"),
    # a graded post, then a second post naming its unit on the wrapped line
    pytest.param("และนางมาลี  ศรีสุข พยาบาลวิชาชีพชำนาญการพิเศษ\nหัวหน้างานการพยาบาลผู้ป่วยระยะกลาง เป็นวิทยากร",
                 {"มาลี ศรีสุข": "พยาบาลวิชาชีพชำนาญการพิเศษ หัวหน้างานการพยาบาลผู้ป่วยระยะกลาง"},
                 id="regression-second-post-after-a-graded-post-wraps-acc18a"),
    pytest.param("โดยนางมาลี ศรีสุข พยาบาลวิชาชีพชำนาญการ\nหัวหน้ากลุ่มงานเวชปฏิบัติ นายสมชาย ใจดี",
                 {"มาลี ศรีสุข": "พยาบาลวิชาชีพชำนาญการ", "สมชาย ใจดี": "หัวหน้ากลุ่มงานเวชปฏิบัติ"},
                 id="wrapped-post-of-the-next-named-person-stays-his"),
    pytest.param("โดยนางมาลี ศรีสุข ผู้อำนวยการโรงพยาบาลนาดี\nหัวหน้ากลุ่มงานเวชปฏิบัติครอบครัว เป็นวิทยากร",
                 {"มาลี ศรีสุข": "ผู้อำนวยการโรงพยาบาลนาดี"}, id="ungraded-post-does-not-run-onto-the-next-line"),
    pytest.param("   เปิดการอบรมโดย นายแพทย์ธนวัฒน์ ศรีดี นายแพทย์ชำนาญการพิเศษ\n   กรรมการ 12 คน เข้าร่วม\n",
                 {"ธนวัฒน์ ศรีดี": "นายแพทย์ชำนาญการพิเศษ"}, id="next-line-opening-with-a-bare-post-stays-out"),
    # a team continues the post; ทีมงาน / ทีมวิทยากร (stop words) do not
    pytest.param("และ น.ส.มาลี ศรีสุข นักวิชาการคอมพิวเตอร์ ทีมพัฒนาโปรแกรมกองทุนฯ  ช่วงบ่ายเป็นการฝึก",
                 {"มาลี ศรีสุข": "นักวิชาการคอมพิวเตอร์ ทีมพัฒนาโปรแกรมกองทุนฯ"},
                 id="regression-team-continues-the-post-acc18b"),
    pytest.param("นางสาวมาลี ศรีสุข พยาบาลวิชาชีพ ทีมงานของโรงพยาบาลร่วมกิจกรรม",
                 {"มาลี ศรีสุข": "พยาบาลวิชาชีพ"}, id="team-staff-word-is-no-continuation"),
    pytest.param("นายสมชาย ใจดี นักวิชาการสาธารณสุข ทีม SRRT อำเภอนาดี",
                 {"สมชาย ใจดี": "นักวิชาการสาธารณสุข ทีม SRRT อำเภอนาดี"}, id="latin-team-name-still-continues"),
    # คุณ + a given name alone, in every mention: a form of address, no person
    pytest.param("[00:21:30] ผู้สื่อข่าว (คุณมาลี สถานีวิทยุชุมชนคนบ้านหนองบัว FM 101.5) :\nขอถามท่านนายกค่ะ\n"
                 "[00:23:05] ผู้สื่อข่าว (คุณมาลี) :\nแล้วใครดูแลคะ\n", {},
                 id="regression-reporter-addressed-by-given-name-acc18k"),
    pytest.param("[00:21:30] ผู้สื่อข่าว (คุณมาลี สถานีวิทยุชุมชนนาดี FM 99.25) :\nขอถามค่ะ\n", {},
                 id="organization-after-a-given-name-is-no-family-name"),
    pytest.param("นายสมชาย กองแก้ว ผู้ใหญ่บ้าน", {"สมชาย กองแก้ว": "ผู้ใหญ่บ้าน"},
                 id="family-name-opening-with-a-short-org-word-stays"),
    pytest.param("ผู้โทรเข้ารายการ (คุณแอน) ถามว่า", {}, id="caller-nickname-is-no-person"),
    pytest.param("คุณมาลี ศรีสุข ผู้จัดการร้าน กล่าวว่า ยินดี\nต่อมา (คุณมาลี) ก็ได้มอบของ",
                 {"มาลี ศรีสุข": "ผู้จัดการร้าน"}, id="given-name-repeat-of-a-full-name-merges"),
    pytest.param("นายสมศักดิ์ กล่าวว่า", {"สมศักดิ์": None}, id="other-titles-with-a-given-name-alone-stay"),
]


@pytest.mark.parametrize("text,positions", S14R2_POSITIONS)
def test_s14r2_positions(text, positions):
    assert _positions(text) == positions
