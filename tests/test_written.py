"""Officials' names as written in the input, not as the repairs read them (parse/written.py).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.parse.written import plain


def _names(text: str) -> list[str]:
    report = extract(text)
    for o in report.officials:
        assert text[o.evidence.start:o.evidence.end] == o.evidence.text
    return [o.name for o in report.officials]


# text, expected names
NAMES = [
    pytest.param("ผู้รับผิดชอบโครงการ นายสมชาย ใจดี ตาแหน่ง นักวิชาการสาธารณสุข", ["สมชาย ใจดี"],
                 id="clean-name-unchanged"),
    pytest.param("ประธานในพิธี นางสาวกาไล คาแหง พยาบาลวิชาชีพชานาญการ", ["กาไล คาแหง"],
                 id="lost-sara-am-kept-as-written-not-half-repaired"),
    pytest.param("วิทยากร นายธารง จาปาทอง นักวิชาการสาธารณสุขชานาญการ", ["ธารง จาปาทอง"],
                 id="lost-sara-am-in-both-parts"),
    pytest.param("หัวหน้าโครงการ : นายแพทย์วิชยั ทองประเสริฐ", ["วิชยั ทองประเสริฐ"],
                 id="misplaced-vowel-as-written"),
    pytest.param("ผู้รายงาน นายสมศักดิ์ ดารงค\uf70eศักดิ์ นายกเทศมนตรี", ["สมศักดิ์ ดารงค์ศักดิ์"],
                 id="pua-glyph-read-as-its-mark"),
    pytest.param("ผู้รายงาน นายสมศักดิ์ มั่นค\u200bง นายกเทศมนตรี", ["สมศักดิ์ มั่นคง"],
                 id="zero-width-dropped"),
    pytest.param("ผู้รายงาน นางวิไล ทองน\u0e4d\u0e32 พยาบาลวิชาชีพ", ["วิไล ทองนำ"],
                 id="nikhahit-and-sara-aa-as-sara-am"),
    pytest.param("วิทยากรโดย นางวิไลวรรณ ค ามณี\nส ุข นักโภชนาการชานาญการ", ["วิไลวรรณ คามณีสุข"],
                 id="regression-line-break-inside-a-damaged-family-name-became-a-space-damaged08"),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_names_as_written(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


# raw, plain
PLAIN = [
    pytest.param("สุพ ัตรา", "สุพัตรา", id="space-before-a-vowel-mark"),
    pytest.param("ชานาญ\nกิจ", "ชานาญ กิจ", id="line-break-as-one-space"),
    pytest.param(" สมชาย \t ใจดี ", "สมชาย ใจดี", id="runs-of-space-and-ends"),
    pytest.param("ดารงค\uf70eศักดิ์", "ดารงค์ศักดิ์", id="pua-thanthakhat"),
    pytest.param("ทองน\u0e4d\u0e32", "ทองนำ", id="decomposed-sara-am"),
]


@pytest.mark.parametrize("raw, expected", PLAIN)
def test_plain(raw: str, expected: str) -> None:
    assert plain(raw) == expected
