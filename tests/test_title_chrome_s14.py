"""The title and page chrome on the documents of stop 14, round 2: a press release's letterhead
closed by a rule line, a social group's header, a record's label rows naming people, a quoted
project name on its own line in an infographic's text; a promotion's price list and a site's
online counter as chrome. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import is_chrome, title_of

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


_title = title_of


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
    # C-e: a record's label rows naming people over its status line are no headline.
    pytest.param("ระบบติดตามโครงการ | กองทุนสุขภาพตำบล\nเข้าสู่ระบบ | ติดตามโครงการ | รายงาน | ค้นหา\n\n"
                 "โครงการ ลานกีฬาปลอดบุหรี่ บ้านนาดี\nงบประมาณ 50,000.00 บาท\nหัวหน้าโครงการ นายสมศักดิ์ ใจงาม  08-1xxx-2345\n"
                 "ที่ปรึกษาโครงการ ดร.วิไลวรรณ ทองดี\n\nสถานะ: กำลังดำเนินการ   แก้ไขล่าสุด 14/06/2568 09:51\n" + BODY,
                 "โครงการ ลานกีฬาปลอดบุหรี่ บ้านนาดี", id="regression-label-row-naming-a-person-is-no-headline-acc18e"),
    pytest.param("ข่าวนาดีออนไลน์\nหน้าแรก | ข่าวสาร | ติดต่อเรา\n\nผู้ว่าฯ มอบรางวัลแก่ อสม.ดีเด่นประจำปี 2568 ทั้ง 12 คน\n"
                 "โพสต์เมื่อ 12 มีนาคม 2568 | อ่าน 318 ครั้ง\n" + BODY,
                 "ผู้ว่าฯ มอบรางวัลแก่ อสม.ดีเด่นประจำปี 2568 ทั้ง 12 คน", id="headline-over-a-post-line-as-before"),
    # C-f: a quoted project name after a blank, on a line of its own under a post's prose.
    pytest.param("โรงพยาบาลนาดี Nadi Hospital\n3 เมษายน เวลา 10:12 น. · 🌏\n" + "ปิดโครงการไปแล้วนะคะ ขอบคุณพี่ๆ อสม. ทุกคน" * 6
                 + "\n\nสรุปผลการดำเนินงาน\nโครงการ \"ยิ้มใส วัยเก๋า\"\nคัดกรองสุขภาพช่องปากผู้สูงอายุ\n",
                 'โครงการ "ยิ้มใส วัยเก๋า"', id="regression-quoted-name-after-a-blank-acc18i"),
    pytest.param("เมื่อวันที่ 3 มี.ค. 67 อสม.บ้านนาดีออกเยี่ยมบ้าน กิจกรรมนี้อยู่ในโครงการ \"นาดีฮักตับ ให้ความรู้\" ได้งบจากกองทุน 24,500 บาท\n",
                 'โครงการ "นาดีฮักตับ ให้ความรู้"', id="quoted-name-after-in-ends-at-its-quote-not-at-a-stop-word"),
    pytest.param("เมื่อวันที่ 3 มี.ค. 67 ผู้เข้าร่วมในโครงการต่างชื่นชมวิทยากร\n", None,
                 id="in-the-project-unquoted-is-no-name"),
    # C-d: a social group's header (its name, kind and members, the poster's line naming it, the
    # poster's role badge with the date) and a shouted opener are no headline.
    pytest.param("ข่าวสารชาวบ้านนาดี ม.3 (กลุ่มหมู่บ้าน)\nกลุ่มส่วนตัว · สมาชิก 860 คน\n\n"
                 "ผู้ใหญ่บ้านนาดี ม.3  ▸  ข่าวสารชาวบ้านนาดี ม.3 (กลุ่มหมู่บ้าน)\nผู้ดูแล · 12 ตุลาคม เวลา 19:04 · 🌏\n\n"
                 "ประกาศๆๆ ถึงพี่น้องบ้านนาดี บ้านนาเหนือ ทุกท่าน 🙏\n\n"
                 "วันอาทิตย์ที่ 19 ตุลาคม 2568 นี้ รพ.สต.นาดี จะมาตรวจสุขภาพฟรีที่ศาลาวัด เวลา 08.30 น. เป็นต้นไป\n"
                 "กิจกรรมนี้อยู่ในโครงการ \"นาดีฮักตับ\" ได้งบจากกองทุนสุขภาพตำบล 24,500 บาท\n",
                 'โครงการ "นาดีฮักตับ"', id="regression-group-header-and-poster-lines-acc18d"),
    pytest.param("กลุ่มสาธารณะ · สมาชิก 3.4K คน\nโรงพยาบาลนาดีจัดงานวันเบาหวานโลก ตรวจน้ำตาลฟรี 300 คน\n"
                 "โพสต์เมื่อ 14 พฤศจิกายน 2568 | อ่าน 210 ครั้ง\n" + BODY,
                 "โรงพยาบาลนาดีจัดงานวันเบาหวานโลก ตรวจน้ำตาลฟรี 300 คน", id="a-group-kind-line-under-nothing-keeps-the-headline"),
    pytest.param("โรงพยาบาลนาดี Nadi Hospital\n3 เมษายน เวลา 10:12 น. · 🌏\nรพ.นาดี ตรวจสุขภาพผู้สูงอายุฟรี 200 คน ที่ศาลาวัดนาดี\n"
                 "2,310 คนถูกใจสิ่งนี้\n", "รพ.นาดี ตรวจสุขภาพผู้สูงอายุฟรี 200 คน ที่ศาลาวัดนาดี",
                 id="a-post-line-above-its-reactions-count-is-no-page-name"),
    pytest.param("อสม.บ้านนาดี  ▸  กิจกรรมวันผู้สูงอายุบ้านนาดี ปี 2568 ตรวจสุขภาพฟรี\n" + BODY,
                 "อสม.บ้านนาดี  ▸  กิจกรรมวันผู้สูงอายุบ้านนาดี ปี 2568 ตรวจสุขภาพฟรี",
                 id="an-arrow-line-naming-no-other-line-stays"),
    pytest.param("เทศบาลตำบลนาดีพัฒนา\nข่าวที่ 12/2568\n\nเทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน\n"
                 + BODY.replace("\n          ", "\n          " + "ก" * 230) + "\n*************************\n"
                 "ข่าว : สมศรี ใจดี / ภาพ : สมชาย ใจงาม  สำนักงานเทศบาล\n",
                 "เทศบาลนาดีพัฒนา ติวเข้มผู้ดูแลผู้สูงอายุ 60 คน",
                 id="rule-closing-the-article-is-no-letterhead-rule"),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_title_s14r2(text, title):
    assert _title(text) == title


PROSE = "วันที่ 5 มีนาคม 2567 " + "ก" * 200 + "\n"  # a paragraph of article text
TOP = "อบต.นาจาน มอบเบี้ยยังชีพผู้สูงอายุ\n"  # a headline over the prose


_chrome = is_chrome


PROMO = ("──────── แพ็กเกจแนะนำ ────────\n▸ ตรวจสุขภาพหัวใจ  ราคา 2,990 บาท (ถึง 31 ธ.ค. 2568)\n"
         "▸ วัคซีนไข้หวัดใหญ่  เพียง 690.-\n\n")
CHROME = [
    # C-a: a promotion's heading between box-drawing rules, its price list under it.
    pytest.param(TOP + PROSE + PROMO + "นายก อบต. มอบเงิน 9,000 บาท\n", "2,990", True,
                 id="regression-ruled-package-heading-and-its-prices-acc18f"),
    pytest.param(TOP + PROSE + PROMO + "นายก อบต. มอบเงิน 9,000 บาท\n", "9,000", False,
                 id="the-promotion-block-ends-at-its-blank-line"),
    pytest.param(TOP + PROSE + "──────── โปรโมชั่นพิเศษ ────────\n▸ นวดแผนไทย 1 ชม. 350 บาท\n", "350", True,
                 id="ruled-promotion-heading"),
    pytest.param(TOP + PROSE + "──────── ผลการดำเนินงาน ────────\n▸ ตรวจคัดกรอง 350 คน\n", "350", False,
                 id="ruled-content-heading-stays-content"),
    pytest.param(TOP + PROSE + "แพ็กเกจแนะนำสำหรับผู้สูงอายุ ราคา 1,500 บาท ตรวจได้ที่ รพ.สต.\n", "1,500", False,
                 id="package-named-in-a-sentence-stays-content"),
    # C-b: a site's visitor counter as a cell of the footer line.
    pytest.param(TOP + PROSE + "© 2568 สสส. ร่วมกับมูลนิธิ | ผู้ใช้งานออนไลน์ 37 คน\n", "37", True,
                 id="regression-online-users-counter-acc18e"),
    pytest.param(TOP + PROSE + "© 2568 สสส. ร่วมกับมูลนิธิ | ผู้ใช้งานออนไลน์ 37 คน\n", "2568", False,
                 id="the-counter-cell-only-not-its-line"),
    pytest.param(TOP + PROSE + "ออนไลน์ขณะนี้ : 12     สถิติผู้เข้าชม 10,245 ครั้ง\n", "12", True,
                 id="counter-at-a-line-start-before-another-cell"),
    pytest.param(TOP + PROSE + "ปีนี้มีผู้ใช้งานออนไลน์ 3,000 คน ลงทะเบียนตรวจสุขภาพผ่านแอป\n", "3,000", False,
                 id="online-users-in-a-sentence-stay-content"),
]


@pytest.mark.parametrize("doc,needle,inside", CHROME)
def test_chrome_s14r2(doc, needle, inside):
    assert _chrome(doc, needle) is inside
