"""A category list page's news teasers (parse/teaser_blocks.py, rules/common.toml teaser_*): the
teasers other than the one health item are page chrome. One row per case; every text is written for
this table."""
from __future__ import annotations

import pytest

from field_rows import is_chrome, title_of

TOP = "องค์การบริหารส่วนตำบลหนองแก\nหน้าแรก | ข่าวสาร | ติดต่อเรา\n\nข่าวประชาสัมพันธ์\n"
COUNTER = "แสดงรายการที่ 31 - 33 จากทั้งหมด 120 รายการ\n"
RULE = "────────────────────────\n"
PAGER = "\n« ก่อนหน้า  1  2  [3]  4  ถัดไป »\n"

ROAD = ("◆ ซ่อมแซมท่อระบายน้ำสายกลางบ้าน หมู่ที่ 4\n"
        "   📅 21/05/2567  |  👁 64  |  กองช่าง\n"
        "   กองช่างซ่อมท่อระบายน้ำที่ชำรุด ยาว 80 เมตร เมื่อวันที่ 20 พฤษภาคม 2567 ใช้เงิน 36,500 บาท"
        " โดยมีนายประเสริฐ ทองดี ประธานสภา ร่วมตรวจงาน ...\n")
DENGUE = ("◆ อสม. หนองแก รณรงค์กำจัดลูกน้ำยุงลาย ป้องกันไข้เลือดออก\n"
          "   📅 17/05/2567  |  👁 152  |  งานสาธารณสุข\n"
          "   เมื่อวันที่ 16 พฤษภาคม 2567 งานสาธารณสุข อบต.หนองแก ร่วมกับ รพ.สต.บ้านหนองแก นำ อสม. 35 คน"
          " ออกสำรวจและกำจัดลูกน้ำยุงลายตามบ้านเรือน แจกทรายอะเบท ตามโครงการป้องกันโรคไข้เลือดออก ...\n")
SPORT = ("◆ แข่งขันกีฬาเยาวชนต้านยาเสพติด ประจำปี 2567\n"
         "   📅 15/05/2567  |  👁 97  |  กองการศึกษา\n"
         "   อบต.หนองแก จัดการแข่งขันฟุตบอลเยาวชน 12 ทีม ณ สนามกีฬาโรงเรียนบ้านหนองแก ชิงเงินรางวัลรวม"
         " 15,000 บาท ...\n")
FLU = ("◆ ฉีดวัคซีนไข้หวัดใหญ่ให้ผู้สูงอายุ ที่ รพ.สต.บ้านโคก\n"
       "   📅 10/05/2567  |  👁 80  |  งานสาธารณสุข\n"
       "   รพ.สต.บ้านโคก ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่แก่ผู้สูงอายุและผู้ป่วยโรคเรื้อรัง 120 คน ...\n")
MORE = "   [อ่านต่อ »]\n"


def _page(*teasers: str, closer: str = MORE, counter: str = COUNTER) -> str:
    return TOP + counter + RULE + "".join(t + closer + RULE for t in teasers) + PAGER


def _date_first(teaser: str) -> str:
    """The teaser with its meta line above its headline."""
    head, meta, rest = teaser.split("\n", 2)
    return meta + "\n" + head + "\n" + rest


THREE = _page(ROAD, DENGUE, SPORT)

ROWS = [
    pytest.param(THREE, "ซ่อมแซมท่อระบายน้ำ", True, id="regression-other-teaser-headline-acc23a"),
    pytest.param(THREE, "36,500", True, id="regression-other-teaser-amount-acc23a"),
    pytest.param(THREE, "นายประเสริฐ", True, id="regression-other-teaser-person-acc23a"),
    pytest.param(THREE, "15/05/2567", True, id="regression-last-teaser-meta-line-acc23a"),
    pytest.param(THREE, "สนามกีฬา", True, id="regression-last-teaser-venue-acc23a"),
    pytest.param(THREE, "อสม. หนองแก รณรงค์", False, id="the-health-teaser-headline-is-content"),
    pytest.param(THREE, "อสม. 35 คน", False, id="the-health-teaser-body-is-content"),
    pytest.param(_page(ROAD, DENGUE, closer="   อ่านต่อ...\n", counter=""), "36,500", True,
                 id="two-teasers-closed-by-read-more-without-a-counter"),
    pytest.param(_page(DENGUE, ROAD, closer="Read more →\n", counter=""), "36,500", True,
                 id="english-read-more-link"),
    pytest.param(_page(ROAD, DENGUE, SPORT, closer=""), "36,500", True,
                 id="teasers-between-rule-lines-under-a-list-counter"),
    pytest.param(_page(*(_date_first(t) for t in (ROAD, DENGUE, SPORT))), "36,500", True,
                 id="date-first-teasers-meta-line-above-the-headline"),
    pytest.param(_page(*(_date_first(t) for t in (ROAD, DENGUE, SPORT))), "อสม. 35 คน", False,
                 id="date-first-teasers-health-one-is-content"),
    # Counter-examples: nothing changes.
    pytest.param(_page(ROAD, DENGUE, SPORT, closer=""), "อสม. 35 คน", False,
                 id="the-health-teaser-between-rule-lines-is-content"),
    pytest.param(_page(ROAD, DENGUE, SPORT, closer="", counter=""), "36,500", False,
                 id="rule-lines-alone-without-a-counter-or-read-more"),
    pytest.param(_page(DENGUE, FLU), "120 คน", False, id="two-health-teasers-which-one-is-not-told"),
    pytest.param(_page(DENGUE, FLU), "อสม. 35 คน", False, id="two-health-teasers-first-stays"),
    pytest.param(_page(ROAD, SPORT), "36,500", False, id="no-health-teaser-changes-nothing"),
    pytest.param(_page(DENGUE, closer=MORE) + "ข่าวอื่น ๆ\n • ซ่อมถนน (3 พ.ค. 2567)\n • แข่งกีฬา (1 พ.ค. 2567)\n",
                 "อสม. 35 คน", False, id="one-article-and-a-related-list"),
    pytest.param(TOP + "รายงานผลโครงการ\n"
                 "กิจกรรมที่ 1 ประชุมชี้แจงแกนนำ\n   โดย admin · 15 ธ.ค. 67 21:06     ดูรายละเอียด »\n"
                 "   ณ ศาลากลางบ้าน 40 คน งบ 2,000 บาท\n"
                 "กิจกรรมที่ 2 ตรวจคัดกรองเบาหวาน\n   โดย admin · 9 ม.ค. 68 08:55     ดูรายละเอียด »\n"
                 "   ณ ศาลากลางบ้าน 40 คน งบ 3,000 บาท\n",
                 "2,000", False, id="activity-records-with-a-details-link-on-the-meta-line"),
    pytest.param(TOP + "ติดตามเยี่ยมบ้านผู้ป่วยติดเตียง\n"
                 "ครั้งที่ 1\n12 มี.ค. 2567 เยี่ยมบ้าน 5 หลัง\n   พยาบาลวิชาชีพตรวจวัดความดันโลหิต ให้คำแนะนำผู้ดูแล\n"
                 "ครั้งที่ 2\n19 มี.ค. 2567 เยี่ยมบ้าน 4 หลัง\n   ถนนหมู่ 4 ซ่อมแล้ว รถเข้าได้\n",
                 "ถนนหมู่ 4", False, id="dated-visit-blocks-without-read-more"),
]


@pytest.mark.parametrize("doc,needle,inside", ROWS)
def test_teaser_blocks(doc, needle, inside):
    assert is_chrome(doc, needle) == inside


def test_list_page_title_is_the_health_teaser():
    assert title_of(THREE) in {"อสม. หนองแก รณรงค์กำจัดลูกน้ำยุงลาย ป้องกันไข้เลือดออก",
                               "โครงการป้องกันโรคไข้เลือดออก"}
