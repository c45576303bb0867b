"""Markup left in a text (markup.py, through normalize): HTML references and tags, Markdown
emphasis, e-mail quote markers, Word margin notes; and what must stay as written."""
from __future__ import annotations

import pytest

from field_rows import assert_spans_map_back
from thaidocx.normalize import normalize

CASES = [
    # HTML character references (html.unescape's reading, only with their ";")
    pytest.param("วันที่&nbsp;14&nbsp;มีนาคม&nbsp;2568", "วันที่ 14 มีนาคม 2568", id="nbsp-in-a-date"),
    pytest.param("เปิด&nbsp;&quot;โครงการ ก&quot;", 'เปิด "โครงการ ก"', id="quot-around-a-name"),
    pytest.param("สุขภาพจิต&amp;ยาเสพติด", "สุขภาพจิต&ยาเสพติด", id="amp"),
    pytest.param("17&nbsp;&ndash;&nbsp;28 มี.ค.", "17 - 28 มี.ค.", id="ndash-reads-as-a-dash"),
    pytest.param("&bull;&nbsp;ค่าอาหาร", "• ค่าอาหาร", id="bull"),
    pytest.param("&#9742; &#x0E01;", "☎ ก", id="numeric-references"),
    pytest.param("&#3669; คน", "5 คน", id="numeric-thai-digit-translated"),
    pytest.param("&amp;nbsp;", "&nbsp;", id="double-escaped-decoded-once"),
    # counter-examples: no ";", an unknown name
    pytest.param("AT&T และ R&D", "AT&T และ R&D", id="ampersand-without-reference-stays"),
    pytest.param("&nbsp 5 คน", "&nbsp 5 คน", id="reference-without-semicolon-stays"),
    pytest.param("ก&foo;ข", "ก&foo;ข", id="unknown-name-stays"),
    # HTML tags: line-breaking ones become a break (none at a line's edge), others nothing
    pytest.param("85 คน<br>ภาคเช้า", "85 คน\nภาคเช้า", id="br-inside-a-line"),
    pytest.param("85 คน<br>\n<br>\nภาคเช้า", "85 คน\n\nภาคเช้า", id="br-at-line-ends"),
    pytest.param("<p><strong>วัตถุประสงค์</strong><br>1. เพื่อ ก</p>",
                 "วัตถุประสงค์\n1. เพื่อ ก", id="paragraph-strong-br"),
    pytest.param('<p class="x">ก</p><p>ข</p>', "ก\n\nข", id="paragraphs-on-one-line"),
    pytest.param("<TD>ก</TD><td>ข</td>", "ก\tข\t", id="cells-end-with-tabs"),
    pytest.param('<a href="https://x.go.th/">ข่าว</a> <img src="a.jpg" />', "ข่าว ", id="inline-tags"),
    # counter-examples: comparisons and angle-bracketed Thai are no tags
    pytest.param("a < b และ c > d", "a < b และ c > d", id="comparison-stays"),
    pytest.param("HI <10 และ <ชื่อผู้รับ>", "HI <10 และ <ชื่อผู้รับ>", id="angle-brackets-stay"),
    pytest.param("<pre-test> <bold>", "<pre-test> <bold>", id="unknown-tag-names-stay"),
    # Markdown emphasis paired on one line
    pytest.param("| **รวมทั้งสิ้น** | | | **18,720** |", "| รวมทั้งสิ้น | | | 18,720 |", id="bold-cells"),
    pytest.param("1. เพื่อให้มีความรู้เรื่อง**การคุมกำเนิด**และ", "1. เพื่อให้มีความรู้เรื่องการคุมกำเนิดและ",
                 id="bold-inside-a-word-run"),
    pytest.param("__เพื่อให้ ก__", "เพื่อให้ ก", id="underscore-emphasis"),
    # counter-examples: unpaired, spaced or across lines; underscore rules and fill-in blanks
    pytest.param("ราคา 5,000** บาท", "ราคา 5,000** บาท", id="lone-double-star-stays"),
    pytest.param("** หมายเหตุ **", "** หมายเหตุ **", id="spaced-stars-stay"),
    pytest.param("**ก\nข**", "**ก\nข**", id="stars-across-lines-stay"),
    pytest.param("ลงชื่อ ______ ผู้รายงาน", "ลงชื่อ ______ ผู้รายงาน", id="underscore-rule-stays"),
    pytest.param("file_name__v2__final", "file_name__v2__final", id="underscores-inside-a-word-stay"),
]


@pytest.mark.parametrize("original,expected", CASES)
def test_markup_read(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original,expected", CASES)
def test_markup_spans_map_back(original, expected):
    assert_spans_map_back(original)


def test_evidence_quotes_the_input_and_values_read_decoded():
    original = "เปิด&nbsp;&quot;โครงการ ก&quot; 85&nbsp;คน"
    norm = normalize(original)
    i = norm.text.index("85 คน")
    text, s, e = norm.original_span(i, i + len("85 คน"))
    assert text == "85&nbsp;คน" == original[s:e]
    j = norm.text.index('"')
    assert norm.written(j, j + len('"โครงการ ก"')) == '"โครงการ ก"'


BLANKED = [
    # (original, the pieces read as spaces)
    # e-mail quote markers: blanked on runs of 2+ quoted lines
    pytest.param("> วัตถุประสงค์\n>    1. เพื่อ ก\n>\n> จบ", [">", ">", ">", ">"], id="quoted-run"),
    pytest.param("> > ก\n>> ข", ["> >", ">>"], id="nested-markers"),
    # counter-examples: one quoted line, comparisons
    pytest.param("ผลตรวจ\n> 5 คน\nจบ", [], id="single-quoted-line-stays"),
    pytest.param(">5 คน\n>=10 คน", [], id="comparisons-stay"),
    # Word margin notes after a wide gap or alone, with their balloon's further lines
    pytest.param("จำนวน 60 คน          Deleted: 45\nต่อไป", ["Deleted: 45"], id="deleted-note"),
    pytest.param("(นาย ก ข)          Deleted: นายค ง\nตำแหน่ง", ["Deleted: นายค ง"],
                 id="deleted-approver"),
    pytest.param("ชื่อ ก" + " " * 60 + "Commented [จ1]: ใส่ชื่อ\n"
                 "ต่อ ข" + " " * 61 + "ตามที่แนะนำ\n"
                 "7.4 ค่าอาหารว่าง 70 คน x 25 บาท" + " " * 10 + "เป็นเงิน  8,750  บาท",
                 ["Commented [จ1]: ใส่ชื่อ", "ตามที่แนะนำ"], id="comment-balloon-two-lines"),
    # counter-example: a note near the body's column has no further lines (an amount there stays)
    pytest.param("ชื่อ ก                    Commented [จ1]: ใส่ชื่อ\n"
                 "บรรทัดถัดไป               เป็นเงิน  5,000  บาท",
                 ["Commented [จ1]: ใส่ชื่อ"], id="amount-under-a-left-note-stays"),
    pytest.param("Formatted: Centered\nข้อความ", ["Formatted: Centered"], id="note-alone-on-a-line"),
    pytest.param("ก          Moved (insertion) [1]", ["Moved (insertion) [1]"], id="moved-insertion"),
    # counter-examples: the words in running text, no wide gap
    pytest.param("ข้อมูล Deleted: 3 รายการ", [], id="note-word-in-text-stays"),
    pytest.param("สถานะ: Formatted", [], id="no-colon-after-stays"),
]


@pytest.mark.parametrize("original,pieces", BLANKED)
def test_blanked(original, pieces):
    expected, pos = original, 0
    for piece in pieces:
        i = expected.index(piece, pos)
        expected = expected[:i] + " " * len(piece) + expected[i + len(piece):]
        pos = i + len(piece)
    assert normalize(original).text == expected


def test_deleted_approver_is_no_official():
    from thaidocx import extract

    text = ("ลงชื่อ ........................ ผู้เห็นชอบโครงการ\n"
            "        (นายสุรชัย พึ่งบุญ)                                   Deleted: นายประยูร คงเจริญ\n"
            "ตำแหน่ง ผู้อำนวยการกองสาธารณสุข\n")
    names = [o.name for o in extract(text).officials]
    assert "ประยูร คงเจริญ" not in names


def test_official_name_as_written_reads_references():
    from thaidocx import extract

    text = "โดยมี นางรัชนี&nbsp;บุญประคอง สาธารณสุขอำเภอนาแห้ว กล่าวรายงาน"
    names = [o.name for o in extract(text).officials]
    assert names == ["รัชนี บุญประคอง"]


CHROME = [
    # A text browser's page furniture (page_chrome.is_chrome)
    pytest.param("   [1]ข้ามไปยังเนื้อหา (Skip to content)", True, id="skip-link-numbered"),
    pytest.param("1]ข้ามไปยังเนื้อหา (Skip to content)", True, id="skip-link-trimmed-number"),
    pytest.param("Skip to main content", True, id="skip-link-english"),
    pytest.param("   [3][ยอมรับทั้งหมด]   [4][ตั้งค่าคุกกี้]", True, id="numbered-button-row"),
    pytest.param("   [5][IMG: ตราสัญลักษณ์โรงพยาบาล]", True, id="numbered-image-button"),
    # counter-examples: a headline, a headline with a footnote link, a reference in prose
    pytest.param("ผู้สูงวัยนาแห้ว \"ใจดี ไม่เหงา\" รพ.นาแห้ว จับมือ อสม. คัดกรองซึมเศร้าถึงบ้าน", False,
                 id="headline-stays"),
    pytest.param("โครงการคัดกรองเบาหวาน[1] ปี 2568", False, id="headline-with-footnote-stays"),
    pytest.param("ข้ามไปดูงานที่จังหวัดน่าน 2 วัน", False, id="prose-with-kham-pai-stays"),
]


@pytest.mark.parametrize("line,chrome", CHROME)
def test_page_furniture(line, chrome):
    from thaidocx.parse.page_chrome import is_chrome
    from thaidocx.parse.title_lex import title_lex
    from thaidocx.ruleset import load_rules

    assert is_chrome(line, title_lex(load_rules())) is chrome
