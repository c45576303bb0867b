"""The title and page chrome on the documents of stop 14, round 2: a press release's letterhead
closed by a rule line, a social group's header, a record's label rows naming people, a quoted
project name on its own line in an infographic's text; a promotion's price list and a site's
online counter as chrome. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from thaidocx import extract

BODY = ("\n          วันนี้ (12 มี.ค. 68) เวลา 09.00 น. ที่หอประชุมอำเภอนาดี นายสมชาย ใจงาม นายอำเภอนาดี "
        "เป็นประธานเปิดการอบรม ผู้ดูแลผู้สูงอายุ จำนวน 60 คน เพื่อให้ผู้ดูแลมีความรู้ในการดูแลผู้สูงอายุที่บ้าน "
        "โดยมีเจ้าหน้าที่สาธารณสุขเป็นวิทยากรบรรยายและสาธิตการพลิกตัวผู้ป่วยติดเตียงให้ผู้ดูแลทุกคนได้ฝึกปฏิบัติจริง\n")
RELEASE = ("                                          ฉบับที่ 42 / 2568\n"
           "                 ข่าวประชาสัมพันธ์\n"
           "        เทศบาลตำบลนาดีพัฒนา\n"
           "   กองสาธารณสุขและสิ่งแวดล้อม  โทร. 0 3745 1234\n"
           "                                           วันพุธที่ 12 มีนาคม 2568\n")
RULE = "_____________________________________________\n\n"
HEADLINE = "เทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน\n     รับมือสังคมสูงวัยเต็มรูปแบบ\n"


def _title(text: str) -> str | None:
    t = extract(text).title
    return t.value if t else None


TITLES = [
    # C-c: a release's letterhead (number, mark, issuer, contact, date) closed by a rule line.
    pytest.param(RELEASE + RULE + HEADLINE + BODY,
                 "เทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน รับมือสังคมสูงวัยเต็มรูปแบบ",
                 id="regression-release-letterhead-over-a-rule-acc18a"),
    pytest.param(RELEASE.replace("                                          ฉบับที่ 42 / 2568\n", "") + RULE
                 + HEADLINE.split("\n")[0] + "\n" + BODY,
                 "เทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน",
                 id="release-mark-alone-over-a-rule-one-line-headline"),
    pytest.param("เทศบาลตำบลนาดีพัฒนา อำเภอนาดี\n" + RULE + "โครงการอบรมผู้ดูแลผู้สูงอายุ ตำบลนาดี ประจำปี 2568\n" + BODY,
                 "โครงการอบรมผู้ดูแลผู้สูงอายุ ตำบลนาดี ประจำปี 2568",
                 id="rule-without-a-release-mark-changes-nothing"),
    pytest.param("โครงการอบรมผู้ดูแลผู้สูงอายุ ตำบลนาดี ประจำปี 2568\nข่าวประชาสัมพันธ์\n" + RULE + BODY,
                 "โครงการอบรมผู้ดูแลผู้สูงอายุ ตำบลนาดี ประจำปี 2568",
                 id="a-sentence-under-the-rule-is-no-headline"),
    pytest.param("เทศบาลตำบลนาดีพัฒนา\nข่าวที่ 12/2568\n\nเทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน\n"
                 + BODY.replace("\n          ", "\n          " + "ก" * 230) + "\n*************************\n"
                 "ข่าว : สมศรี ใจดี / ภาพ : สมชาย ใจงาม  สำนักงานเทศบาล\n",
                 "เทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน",
                 id="rule-closing-the-article-is-no-letterhead-rule"),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_title_s14r2(text, title):
    assert _title(text) == title
