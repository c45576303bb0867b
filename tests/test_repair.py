"""Repairs of damaged Thai text: each kind of damage is rows in a table, correct text stays
as it is, and evidence offsets keep pointing into the text as read."""
from __future__ import annotations

from pathlib import Path

import pytest

import conftest_files as F
from field_rows import assert_spans_map_back
from thaidocx import extract, extract_file
from thaidocx.normalize import normalize
from thaidocx.repair import PUA_MAP, repair

# A hard damage sign (a space before a mark) that lets the dictionary repairs run; the rows
# for those repairs carry it, as damaged documents do.
SIGN, SIGN_FIXED = "เจ้ าหน้ าที่ ", "เจ้าหน้าที่ "

REPAIRS = [
    # Private Use Area glyphs of Thai fonts (shifted tone marks and vowels).
    pytest.param("ท\uf70aาน", "ท่าน", id="pua-mai-ek-low"),
    pytest.param("ป\uf713า", "ป่า", id="pua-mai-ek-left"),
    pytest.param("ป\uf705\uf701", "ปิ่", id="pua-mai-ek-low-left-with-sara-i-left"),
    pytest.param("ผู\uf70b", "ผู้", id="pua-mai-tho-low"),
    pytest.param("ศักดิ\uf717", "ศักดิ์", id="pua-thanthakhat-left"),
    pytest.param("\uf700าน", "ฐาน", id="pua-tho-than-without-descender"),
    pytest.param("ญ\uf718", "ญุ", id="pua-sara-u-low"),
    pytest.param("ก\uf712", "ก็", id="pua-maitaikhu-left"),
    # Sara am.
    pytest.param("ดําเนินการ", "ดำเนินการ", id="nikhahit-sara-aa"),
    pytest.param("การทํ างาน", "การทำงาน", id="nikhahit-space-sara-aa"),
    pytest.param("ดำาเนินการ", "ดำเนินการ", id="sara-am-doubled-sara-aa"),
    pytest.param("นำ้า", "น้ำ", id="sara-am-tone-sara-aa"),
    pytest.param("นํ้า", "น้ำ", id="nikhahit-tone-sara-aa"),
    # Lost nikhahit: the repaired word is in the dictionary, the damaged one is not.
    pytest.param("ผลการดาเนินงาน", "ผลการดำเนินงาน", id="lost-nikhahit-damnoen"),
    pytest.param("ตาบลบ้านใหม่", "ตำบลบ้านใหม่", id="lost-nikhahit-tambon"),
    pytest.param("สาหรับผู้สูงอายุ", "สำหรับผู้สูงอายุ", id="lost-nikhahit-samrap"),
    pytest.param("จานวน 50 คน", "จำนวน 50 คน", id="lost-nikhahit-chamnuan"),
    # Marks in the wrong order.
    pytest.param("ท่ีประชุม", "ที่ประชุม", id="tone-before-sara-ii"),
    pytest.param("ศักด์ิ", "ศักดิ์", id="thanthakhat-before-sara-i"),
    # Spaces and line breaks that cannot lie between words.
    pytest.param("เจ้ าหน้ าที่", "เจ้าหน้าที่", id="space-before-sara-aa"),
    pytest.param("ฝั ่ง", "ฝั่ง", id="space-before-tone"),
    pytest.param("เ ป็น", "เป็น", id="space-after-leading-vowel"),
    pytest.param("เ\nป็น", "เป็น", id="line-break-after-leading-vowel"),
    # Dictionary repairs, where the damage shows.
    pytest.param(SIGN + "เพื อสุขภาพ", SIGN_FIXED + "เพื่อสุขภาพ", id="lost-tone-replaced-by-space"),
    pytest.param(SIGN + "ผูถ้ ู กกักตัว", SIGN_FIXED + "ผู้ถูกกักตัว", id="tone-displaced-and-spaces"),
    pytest.param(SIGN + "ผูว้ ่ าราชการ", SIGN_FIXED + "ผู้ว่าราชการ", id="two-tones-displaced"),
    pytest.param(SIGN + "ฟื นฟู", SIGN_FIXED + "ฟื้นฟู", id="lost-mai-tho-before-consonant"),
    pytest.param(SIGN + "บรกิ าร", SIGN_FIXED + "บริการ", id="vowel-displaced"),
    pytest.param(SIGN + "จั งหวดั", SIGN_FIXED + "จังหวัด", id="space-and-vowel-displaced"),
    pytest.param(SIGN + "ฟื้ นฟู", SIGN_FIXED + "ฟื้นฟู", id="space-after-tone"),
    pytest.param(SIGN + "กิ จกรรม", SIGN_FIXED + "กิจกรรม", id="space-after-sara-i"),
    pytest.param(SIGN + "วันที1 4 เมษายน", SIGN_FIXED + "วันที่ 4 เมษายน", id="mai-ek-read-as-1"),
    pytest.param(SIGN + "สำหรั\nบผู้สูงอายุ", SIGN_FIXED + "สำหรับผู้สูงอายุ", id="line-break-after-vowel"),
    pytest.param(SIGN + "ดำเนินกา\nร", SIGN_FIXED + "ดำเนินการ", id="line-break-before-last-consonant"),
    pytest.param(SIGN + "ผู้สู\nงอายุ", SIGN_FIXED + "ผู้สูงอายุ", id="line-break-inside-compound"),
    pytest.param(SIGN + "ป่ วย", SIGN_FIXED + "ป่วย", id="space-after-tone-inside-word"),
    pytest.param(SIGN + "นายธนชยั ใจดี", SIGN_FIXED + "นายธนชัย ใจดี", id="vowel-displaced-in-name"),
    # A mark slipped one letter right with a stray space after the letter it landed on: the
    # move back and the join are one step (once moved, the gap is no site any more).
    pytest.param(SIGN + "โครงการสตั ว์ปลอดโรค", SIGN_FIXED + "โครงการสัตว์ปลอดโรค",
                 id="slipped-vowel-stray-space"),
    pytest.param(SIGN + "4.2 วนั ที่ 12 กุมภาพนั ธ์ 2569", SIGN_FIXED + "4.2 วันที่ 12 กุมภาพันธ์ 2569",
                 id="slipped-vowel-stray-space-in-month"),
    pytest.param(SIGN + "ระยะเวลา ตุลาคม 2568 - กนั ยายน 2569",
                 SIGN_FIXED + "ระยะเวลา ตุลาคม 2568 - กันยายน 2569", id="slipped-vowel-in-kanyayon"),
    pytest.param(SIGN + "เพื่อฉีดวคั ซนีป้องกันโรค", SIGN_FIXED + "เพื่อฉีดวัคซีนป้องกันโรค",
                 id="two-slipped-vowels-stray-space"),
    # ... a near tie between joining and keeping the gap keeps it (a name and a surname).
    pytest.param(SIGN + "(นางสาวจนั ทร์เพ็ญ คาภูษา)", SIGN_FIXED + "(นางสาวจันทร์เพ็ญ คาภูษา)",
                 id="slipped-vowel-in-name-surname-gap-kept"),
    # ... the window reaches over the next site: moved alone, that gap would stay.
    pytest.param(SIGN + "ค่าตอบแทนผู ้ฉีดวคั ซนี ตัวละ 3 บาท", SIGN_FIXED + "ค่าตอบแทนผู้ฉีดวัคซีน ตัวละ 3 บาท",
                 id="window-spans-next-site"),
    # Mai han akat before anything but a final consonant has slipped: a site of its own.
    pytest.param(SIGN + "สุนขัและแมว", SIGN_FIXED + "สุนัขและแมว", id="stray-mai-han-akat-before-vowel"),
    pytest.param(SIGN + "ผ่าตัดทาหมนัเคลื่อนที่", SIGN_FIXED + "ผ่าตัดทาหมันเคลื่อนที่",
                 id="stray-mai-han-akat-before-leading-vowel"),
]


@pytest.mark.parametrize("damaged,clean", REPAIRS)
def test_damage_is_repaired(damaged, clean):
    assert normalize(damaged).text == clean


@pytest.mark.parametrize("damaged,clean", REPAIRS)
def test_every_repaired_span_maps_back_inside_the_original(damaged, clean):
    assert_spans_map_back(damaged)
    norm = normalize(damaged)
    n = len(norm.text)
    assert norm.to_original(0, n) == (0, len(damaged))


def test_every_private_use_glyph_is_mapped():
    assert sorted(PUA_MAP) == list(range(0xF700, 0xF720))
    assert all("\u0e01" <= ch <= "\u0e4e" for ch in PUA_MAP.values())


UNCHANGED = [
    pytest.param("ชาวนามาร่วมงาน", id="damaged-form-across-words"),
    pytest.param("ที่ ประชุม ได้ มี มติ", id="words-ending-in-marks-before-spaces"),
    pytest.param("น้าของฉันมาเยี่ยม", id="damaged-form-that-is-a-word"),
    pytest.param("ผู้สูงอายุ\nอายุ 60 ปีขึ้นไป", id="line-break-between-words"),
    pytest.param("ดำเนินการ\nการประชุม", id="line-break-between-dictionary-words"),
    pytest.param("นางสาวมณีรัตน์ ใจดี นายณัฐวุฒิ ใจงาม", id="names-ending-in-marks"),
    pytest.param("ข้อ 1 ชั้น ป.1 หมู่ 1", id="digit-one-in-numbering"),
    pytest.param("ราคา 1,500 บาท", id="numbers"),
    pytest.param("ดำเนินการ ตำบล สำหรับ น้ำ", id="sara-am-correct"),
    pytest.param("Project budget 20,000 baht", id="english"),
    # Regression: reading เเ as แ changed names, which answer keys copy as written.
    pytest.param("นางสาวกนกพร เเก้วใส เเละคณะ", id="double-sara-e-kept-as-written"),
    # Regressions: a word that reads well keeps its mark and the gap after it, though the
    # abbreviation after the gap (unknown to the dictionary) would read as words with them.
    pytest.param("จังหวัดเชียงใหม่มี อสม. 28,946 คน", id="known-word-before-abbreviation-kept"),
    pytest.param("เพื่อเชิดชูเกียรติ อสม. ที่ปฏิบัติงาน", id="sara-i-before-abbreviation-kept"),
    pytest.param("ท่านมีสัญญากับวัด ที่ตั้งอยู่", id="mai-han-akat-before-final-kept"),
]


# Without any damage sign, no dictionary search: a displaced vowel stays as written.
ALONE = [*UNCHANGED, pytest.param("นายธนชยั ใจดี", id="displaced-vowel-without-damage-sign")]


@pytest.mark.parametrize("text", ALONE)
def test_correct_text_is_not_repaired(text):
    norm = normalize(text)
    assert norm.text == text and norm.repairs == ()


@pytest.mark.parametrize("text", UNCHANGED)
def test_correct_text_is_not_repaired_next_to_damage(text):
    # Damage elsewhere in the document switches the dictionary repairs on.
    norm = normalize(SIGN + text)
    assert norm.text == SIGN_FIXED + text


# ---- line breaks in a damaged text (the dictionary pass) ---------------------------------
# A break is joined only where a wrap can have cut a word: after a FULL line (near the text's
# prose width) and before an unindented line. Elsewhere lines are structure (headings, list
# labels, table cells, names with their post on the next line) and the break stays, as it
# does in an undamaged text. Each row: a damaged prose paragraph of full lines (the damage
# switches the dictionary pass on), then the lines of the case.
PROSE = ("เจ้ าหน้ าที่ สาธารณสุขประจำตำบลได้ออกเยี่ยมบ้านผู้สูงอายุทุกหมู่บ้านในเขตรับผิดชอบ\n"
         "เพื่อคัดกรองความเสี่ยงต่อการหกล้มและให้คำแนะนำการปรับสภาพบ้านให้ปลอดภัยแก่ญาติ\n"
         "โดยมีอาสาสมัครสาธารณสุขประจำหมู่บ้านร่วมเดินทางไปด้วยทุกครั้งตามแผนที่วางไว้\n")
PROSE_FIXED = PROSE.replace("เจ้ าหน้ าที่", "เจ้าหน้าที่")
FULL = "ผลการดำเนินงานพบว่าผู้สูงอายุกลุ่มเสี่ยงได้รับการคัดกรองครบทุกรายตามเป้าหมาย สำหรั"

LINE_BREAKS = [
    # joined: a full prose line cut inside a word
    pytest.param(FULL + "\nบผู้สูงอายุทุกคน", FULL + "บผู้สูงอายุทุกคน",
                 id="full-line-cut-inside-a-word-joined"),
    # kept: short lines before the break
    pytest.param("ภาคผนวก ก\nรายชื่อผู้เข้าร่วมประชุม", None,
                 id="regression-appendix-label-before-list-heading-kept-acc22c"),
    pytest.param("นางสาวละเอียด จันทร์หอม\nอสม. หมู่ที่ 2", None,
                 id="name-line-before-post-line-kept"),
    pytest.param("ผู้รับผิดชอบโครงการ\nพญ.กนกวรรณ ศรีสุข", None, id="label-line-before-title-kept"),
    # kept: the next line is indented (a new item), even after a full line
    pytest.param(FULL + "\n    บผู้สูงอายุทุกคน", None, id="indented-line-after-full-line-kept"),
    pytest.param(FULL + "\n\tบผู้สูงอายุทุกคน", None, id="tab-indented-line-after-full-line-kept"),
    # ... but one stray space after the break is damage as often as layout: joined
    pytest.param(FULL + "\n บผู้สูงอายุทุกคน", FULL + "บผู้สูงอายุทุกคน",
                 id="one-stray-space-after-full-line-joined"),
    # kept: a zero-width character inside the last word is no gap ("บา\u200bท" is บาท)
    pytest.param("งบประมาณที่ได้รับอนุมัติจากกองทุนหลักประกันสุขภาพทั้งสิ้นจำนวน 46,800 บา\u200bท\n"
                 "รายการ", None, id="regression-zero-width-inside-last-word-kept-acc22c"),
    # repairs inside one line still happen next to a break that stays
    pytest.param("ภาคผนวก ก\nรายชื่อผู้เข้าร่วมประชุม เพื อสุขภาพ",
                 "ภาคผนวก ก\nรายชื่อผู้เข้าร่วมประชุม เพื่อสุขภาพ",
                 id="repair-inside-a-line-next-to-a-kept-break"),
]


@pytest.mark.parametrize("case,fixed", LINE_BREAKS)
def test_line_breaks_of_a_damaged_text(case, fixed):
    norm = normalize(PROSE + case)
    expected = PROSE_FIXED + (case.replace("\u200b", "") if fixed is None else fixed)
    assert norm.text == expected
    assert norm.text.count("\n") == (PROSE + case).count("\n") - (fixed is not None
                                                                    and "\n" not in fixed)


# ---- evidence offsets stay exact ----------------------------------------------------------

DOCS = [
    pytest.param("ตาบลบ้านใหม่ ดาเนินการวันที่ 4 เมษายน 2562 งบประมาณ 20,000 บาท",
                 id="lost-nikhahit-before-values"),
    pytest.param("เจ้ าหน้ าที่ ผูถ้ ู กกักตัว วันที1 4 เมษายน 2562 ผู้เข้าร่วม 50 คน",
                 id="dictionary-repairs-before-values"),
    pytest.param("ผู\uf70bเข\uf70bาร\uf70aวม 50 คน วันที\uf70a 4 เม.ย. 62", id="pua-around-values"),
    pytest.param("การทํ างาน\r\nงบประมาณ ๒๐,๐๐๐ บาท วันที่ ๔ เมษายน ๒๕๖๒", id="with-crlf-and-thai-digits"),
    pytest.param("ป\u200bั ่ง วันที่ 4 เมษายน 2562", id="with-zero-width"),
]


@pytest.mark.parametrize("text", DOCS)
def test_evidence_offsets_point_into_the_damaged_input(text):
    report = extract(text)
    evidence = [i.evidence for f in ("dates", "budgets", "participants") for i in getattr(report, f)]
    assert evidence
    for ev in evidence:
        assert text[ev.start:ev.end] == ev.text


@pytest.mark.parametrize("text", DOCS)
def test_repairs_are_reported_in_a_warning(text):
    warnings = [w for w in extract(text).warnings if w.code == "text_repaired"]
    assert len(warnings) == 1
    assert warnings[0].message.split()[0] == str(repair(text).total)


def test_same_values_as_the_clean_text():
    damaged = "เจ้ าหน้ าที่ วันที1 4 เมษายน 2562 ผูเ้ ข้าร่ วม 50 คน งบประมาณ 20,000 บาท"
    clean = "เจ้าหน้าที่ วันที่ 4 เมษายน 2562 ผู้เข้าร่วม 50 คน งบประมาณ 20,000 บาท"
    a, b = extract(damaged), extract(clean)
    for field in ("dates", "budgets", "participants"):
        assert [i.model_dump(exclude={"evidence"}) for i in getattr(a, field)] == \
               [i.model_dump(exclude={"evidence"}) for i in getattr(b, field)], field


def test_pdf_with_private_use_glyphs_is_repaired_with_a_warning(tmp_path):
    """A PDF whose text layer maps shifted marks to the PUA, as broken exporters write it."""
    lines = ["ผู\uf70bเข\uf70bาร\uf70aวมโครงการ 50 คน", "วันที\uf70a 4 เมษายน 2562",
             "ผลการดาเนินงานในตาบลบ้านใหม่"]
    path = F.reportlab_pdf(tmp_path / "pua.pdf", [lines])
    report = extract_file(path)
    assert report.source.format == "pdf"
    assert [d.value for d in report.dates] == ["2019-04-04"]
    assert [p.count for p in report.participants] == [50]
    repaired = [w for w in report.warnings if w.code == "text_repaired"]
    assert repaired and "private-use glyphs: 4" in repaired[0].message
    assert "lost nikhahit: 2" in repaired[0].message


def test_hostile_damage_finishes():
    # Every site a dictionary search: the run must still end (no timing asserted).
    text = ("ผูถ้ ู กกักตัว เพื อสุขภาพ " * 2000) + ("ดาเนิน" * 5000)
    assert normalize(text).repairs


_CORPUS_TEXTS = [p.read_text(encoding="utf-8")
                 for p in sorted((Path(__file__).resolve().parents[1] / "corpus" / "docs").glob("*.txt"))]


@pytest.mark.parametrize("text", [
    pytest.param("ดาเนินการ กาหนดการ จานวน", id="several-forms"),
    pytest.param("กาหนดาเนินการ", id="forms-overlapping"),
    pytest.param("เดาเนินการ ดาเนินการา", id="forms-inside-words"),
    pytest.param("ไม่มีคำที่เสียหาย", id="no-form"),
    pytest.param("\n".join(_CORPUS_TEXTS), id="the-corpus"),
])
def test_lost_nikhahit_pass_finds_what_the_pattern_finditer_finds(text):
    # Aho-Corasick only says where to try the pattern: the repairs stay those of finditer.
    from collections import Counter

    from thaidocx.repair import _aligned, _pass_lost_nikhahit
    from thaidocx.thaidict import damaged_am_forms

    forms, pattern = damaged_am_forms()
    expected = [(m.start(), m.end(), forms[m.group()]) for m in pattern.finditer(text)
                if _aligned(text, m.start(), m.end(), forms[m.group()])]
    assert _pass_lost_nikhahit(text, Counter()) == expected


def _corpus_runs() -> list[str]:
    import re as _re
    docs = sorted((Path(__file__).resolve().parents[1] / "corpus" / "docs").glob("*.txt"))
    return [m.group() for p in docs for m in _re.finditer("[\u0e01-\u0e5b]+", p.read_text("utf-8"))]


# Where nlpo3 and newmm are known to cut differently: both are maximal matching over the same
# dictionary, but they break ties between equally short readings of an unknown stretch apart.
NLPO3_DIFFERS = [
    pytest.param("สุวรรณ์", ["สุว", "รรณ์"], ["สุ", "วรรณ์"], id="family-name-ending-in-rn"),
]


@pytest.mark.parametrize("text, nlpo3_cut, newmm_cut", NLPO3_DIFFERS)
def test_nlpo3_and_newmm_known_difference(text, nlpo3_cut, newmm_cut):
    """Pinned so that the docstring of thaidict.segment stays true: if nlpo3 comes to agree,
    this fails and the note can go."""
    from pythainlp.tokenize.newmm import segment as newmm

    from thaidocx.newmmdict import dictionary
    from thaidocx.thaidict import _nlpo3

    fast = _nlpo3()
    assert fast is not None
    assert (fast(text), list(newmm(text, custom_dict=dictionary(()).trie))) == (nlpo3_cut, newmm_cut)


def test_nlpo3_segments_thai_as_pythainlp_newmm_does():
    """thaidict.segment sends Thai letters and spaces to nlpo3 (speed) and the rest to
    pythainlp's newmm: the two agree on the Thai runs of the corpus, alone and joined by
    spaces, tabs and line breaks (the pieces the repairs score). They can differ on an
    unknown stretch (NLPO3_DIFFERS): at most one run in a thousand may."""
    from pythainlp.tokenize.newmm import segment as newmm

    from thaidocx.newmmdict import dictionary
    from thaidocx.thaidict import _nlpo3

    fast, trie = _nlpo3(), dictionary(()).trie
    assert fast is not None
    runs = _corpus_runs()
    joined = [a + sep + b for a, b, sep in zip(runs, runs[1:], [" ", "\n", "\t", "  ", " \n"] * len(runs))]
    pieces = runs + joined
    differ = [s for s in pieces if fast(s) != list(newmm(s, custom_dict=trie))]
    assert len(differ) * 1000 <= len(pieces), differ[:3]
