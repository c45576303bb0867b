"""Syllable-spaced lines (repair_spaced.py): a PDF extractor's spaces between the syllables of a
justified line are removed; the spaces of ordinary Thai (between phrases, list items, names,
table cells, around numbers) stay. Evidence still quotes the input as written."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.normalize import normalize
from thaidocx.repair_spaced import spaced_joins

SPACED = [
    pytest.param("ณ ห้อง ประ ชุม ใหญ่ ชั้น 3 โรง พยา บาล บ้าน นา",
                 "ณ ห้องประชุมใหญ่ชั้น 3 โรงพยาบาลบ้านนา", id="venue-line-keeps-na-apart"),
    pytest.param("ณ ห้อง ประ ชุม ใหญ่ โรง พยา บาล บ้าน นา มี ผู้ เข้า ร่วม 40 คน",
                 "ณ ห้องประชุมใหญ่โรงพยาบาลบ้านนา มีผู้เข้าร่วม 40 คน", id="space-before-clause-opener-stays"),
    pytest.param("จัด อบ รม โดย มี นาย อำ เภอ เป็น ประ ธาน",
                 "จัดอบรม โดยมีนายอำเภอเป็นประธาน", id="space-before-clause-opener-word-stays"),
    pytest.param("โครง การ อบ รม อา สา สมัคร สา ธา รณ สุข ประ จำ ปี งบ ประ มาณ 2567",
                 "โครงการอบรมอาสาสมัครสาธารณสุขประจำปีงบประมาณ 2567", id="title-with-fiscal-cue"),
    pytest.param("1.1 เพื่อ ให้ ผู้ สูง อา ยุ มี ความ รู้ เรื่อง การ ดู แล สุข ภาพ ช่อง ปาก",
                 "1.1 เพื่อให้ผู้สูงอายุมีความรู้เรื่องการดูแลสุขภาพช่องปาก", id="numbered-objective"),
    pytest.param("ประ ชุม ชี้ แจง แนว ทาง เมื่อ วัน ที่ 14 - 15 มี นา คม 2567 (สอง วัน)",
                 "ประชุมชี้แจงแนวทาง เมื่อวันที่ 14 - 15 มีนาคม 2567 (สองวัน)", id="month-name-beside-digits-and-brackets"),
]


@pytest.mark.parametrize("text,fixed", SPACED)
def test_syllable_spaced_line_is_joined(text, fixed):
    assert normalize(text).text == fixed


# In a document with a syllable-spaced line, a short line is judged with a weaker test.
DOC = ("รายงานผลการดำเนินงาน\n"
       "ณ ห้อง ประ ชุม ใหญ่ ชั้น 3 โรง พยา บาล บ้าน นา\n"
       "{line}\n"
       "ผู้เข้าร่วม 40 คน\n")


@pytest.mark.parametrize("line,fixed", [
    pytest.param("วัน ที่ 9 ตุ ลา คม 2567", "วันที่ 9 ตุลาคม 2567", id="short-date-line"),
    pytest.param("ลง ชื่อ ผู้ รา ยงาน", "ลงชื่อผู้รายงาน", id="short-signature-line"),
    pytest.param("(นางสมพร ใจงาม) หัวหน้างาน", "(นางสมพร ใจงาม) หัวหน้างาน", id="clean-name-line-stays"),
    pytest.param("ข้าว ปลา อาหาร น้ำ ดื่ม", "ข้าว ปลา อาหาร น้ำ ดื่ม", id="clean-word-list-stays"),
])
def test_lines_of_a_document_with_a_spaced_line(line, fixed):
    assert normalize(DOC.format(line=line)).text.split("\n")[2] == fixed


CLEAN = [
    pytest.param("นายสมชาย ใจดี นางสาวมาลี ศรีสุข นายวิชัย ทองดี นางบุญมา แก้วใส", id="name-list"),
    pytest.param("ข้าว ปลา ไก่ หมู ผัก ผล ไม้ นม ไข่", id="list-of-short-words"),
    pytest.param("จ อ พ พฤ ศ ส อา", id="calendar-weekday-initials"),
    pytest.param("ส รุ ป ห ลั ก สู ต ร", id="letter-spaced-heading"),
    pytest.param("ที่ ชื่อ สกุล ตำแหน่ง ลายมือชื่อ", id="single-spaced-table-header"),
    pytest.param("เด็ก ชาย หญิง รวม 12 15 27", id="table-row-with-counts"),
    pytest.param("มือ เท้า ปาก ใน ศพด. และ ไข้ เลือด ออก", id="disease-names-with-spaces"),
    pytest.param("วันที่ 14 มีนาคม 2567 ณ ห้องประชุมใหญ่ โรงพยาบาลบ้านนา มีผู้เข้าร่วม 40 คน", id="prose"),
    pytest.param("The meeting was held on 14 March 2024 at the big hall", id="english"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_spacing_stays(text):
    assert spaced_joins(text) == []
    assert normalize(text).text == text


def test_evidence_quotes_the_spaced_input():
    text = "สรุปผลโครงการ\n" + DOC.format(line="วัน ที่ 9 ตุ ลา คม 2567")
    report = extract(text)
    assert [d.value for d in report.dates]
    for d in report.dates:
        assert text[d.evidence.start:d.evidence.end] == d.evidence.text
    assert any("ตุ ลา คม" in d.evidence.text for d in report.dates)
    assert any("ห้องประชุมใหญ่" in v.name for v in report.venues)


def test_zero_width_characters_and_crlf_are_read_past():
    # (test_offsets' damage: CRLF, a zero-width space after every space)
    text = ("สรุปผลโครงการ\n" + DOC.format(line="วัน ที่ 9 ตุ ลา คม 2567")).replace(
        "\n", "\r\n").replace(" ", " \u200b")
    edits = spaced_joins(text)
    assert edits and all(text[s:e] == " " for s, e, _ in edits)
    assert "ห้องประชุมใหญ่ชั้น 3 โรงพยาบาลบ้านนา" in normalize(text).text
    report = extract(text)
    for d in report.dates:
        assert text[d.evidence.start:d.evidence.end] == d.evidence.text
