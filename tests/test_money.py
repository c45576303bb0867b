"""Money: amounts of baht (Report.budgets), their role, words and funding source.

Each table row is a sentence written for this test, with the amounts (in text order) or the
role / words / source of one amount that the extractor must give.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from thaidocx import extract
from thaidocx.parse.thainum import parse_thai_number


def amounts(text: str) -> list[float]:
    return [b.amount for b in extract(text).budgets]


def budget(text: str, amount: float):
    """The first budget item of `amount` in `text`."""
    found = [b for b in extract(text).budgets if b.amount == amount]
    assert found, f"no amount {amount} in {[b.amount for b in extract(text).budgets]}"
    return found[0]


def total(text: str) -> float | None:
    """What the scorer takes as budget_total: the first item with role total."""
    return next((b.amount for b in extract(text).budgets if b.role == "total"), None)


# ------------------------------------------------------------------------ amounts found

AMOUNTS = [
    pytest.param("ค่าอาหาร 3 ร้อย ค่าวัสดุ 2 พัน", [300, 2000], id="multiplier-words-after-money-cues"),
    pytest.param("งบประมาณ 20,000 บาท", [20000], id="thousands-separator"),
    pytest.param("รวมเป็นเงิน 20,000.- บาท", [20000], id="closing-dash"),
    pytest.param("รวมเป็นเงิน 20,000.-บาท", [20000], id="closing-dash-no-space"),
    pytest.param("ค่าถ่ายเอกสาร 1,250.50 บาท", [1250.5], id="decimals"),
    pytest.param("เป็นเงิน 120,000.00 บาท", [120000], id="zero-decimals"),
    pytest.param("ราคาชุดละ 500฿", [500], id="baht-sign-after"),
    pytest.param("ราคา ฿500 เท่านั้น", [500], id="baht-sign-before"),
    pytest.param("งบประมาณ ๑,๐๐๐ บาท", [1000], id="thai-digits"),
    pytest.param("หุ่นฝึก 2 ตัว มูลค่า 18 ,500 บาท", [18500],
                 id="regression-pdf-space-before-thousands-comma"),
    pytest.param("งบประมาณ 1 ,284 ,600 บาท", [1284600], id="pdf-space-before-each-comma"),
    pytest.param("ชุดละ 100, 200 และ 300 บาท", [100, 200, 300], id="space-after-comma-is-a-list"),
    pytest.param("ใช้งบ 1,500บาท", [1500], id="no-space-before-baht"),
    pytest.param("ใช้งบประมาณ เป็นเงิน 6 แสนบาท", [600000], id="multiplier-saen"),
    pytest.param("งบประมาณ 1.5 ล้านบาท", [1500000], id="decimal-million"),
    pytest.param("อนุมัติ 2.5 หมื่นล้านบาท", [25000000000], id="compound-multiplier"),
    pytest.param("งบประมาณ 12,500 ล้านบาท", [12500000000], id="separator-and-million"),
    pytest.param("ได้รับงบ 3.3 ล.บาท", [3300000], id="abbreviated-million-with-baht"),
    pytest.param("ของบประมาณ 3.3 ล. จากจังหวัด", [3300000], id="abbreviated-million-money-cue"),
    pytest.param("มูลค่า 3.5 ลบ.", [3500000], id="million-baht-abbreviation"),
    pytest.param("งบประมาณทั้งสิ้น 2 หมื่น 5 พันบาท", [25000], id="two-multiplier-groups"),
    pytest.param("ค่าป่วยการเพิ่มจาก 2พัน เป็น 2,800บาท", [2000, 2800], id="from-to-shares-baht"),
    pytest.param("ค่าลงทะเบียน 500 - 1,000 บาท", [500, 1000], id="range-shares-baht"),
    pytest.param("ราคา 1-2 พันบาท", [1000, 2000], id="range-shares-multiplier"),
    pytest.param("จัดสรรงบ 3 แสน / 1 อำเภอ", [300000], id="multiplier-after-money-cue"),
    pytest.param("งบประมาณสองหมื่นบาทถ้วน", [20000], id="words-only"),
    pytest.param("ค่าทรายอะเบท ๒ ถัง x ๒,๔๐๐ บ. = ๔,๘๐๐ บาท", [2400, 4800],
                 id="regression-baht-abbreviated-b-dot-acc13d"),
    pytest.param("ค่าอาหารว่าง 25 บ./คน ค่าน้ำ 10 บ.", [25, 10], id="baht-abbreviated-before-slash-and-at-end"),
    pytest.param("ค่ารถตู้เหมาไปกลับ 1,800 บาท หารกันคนละ 300 ก็โอเคนะ", [1800, 300],
                 id="regression-per-person-share-without-baht-after-an-amount-acc13l"),
    pytest.param("ค่าเช่าเต็นท์ 500 บาท หารกัน 5 คน ตกคนละ 100", [500, 100], id="share-after-dividing-among-n"),
    pytest.param("ค่าอาหาร 1,500 บาท คนละ 2 ชุด", [1500], id="share-of-things-is-no-money"),
    pytest.param("ค่าอาหาร 1,500 บาท คนละ 2.5 กิโลกรัม", [1500], id="share-of-a-measure-is-no-money"),
    pytest.param("ค่าอาหาร 1,500 บาท แจกคนละ 3", [1500], id="share-word-not-right-after-the-amount"),
    pytest.param("ได้รับเงิน หนึ่งแสนสองหมื่นห้าพันบาท", [125000], id="words-compound"),
    pytest.param("ค่าวัสดุ สามพันบาท", [3000], id="words-thousands"),
    pytest.param("ค่าบริการ 25 บาท 50 สตางค์", [25.5], id="satang"),
    pytest.param("เป็นเงิน 20,000 บาท (สองหมื่นบาทถ้วน)", [20000], id="digits-and-words-one-item"),
    pytest.param("เป็นเงิน 20,000 บาท(สองหมื่นบาทถ้วน)", [20000], id="digits-and-words-no-space"),
    pytest.param("ค่าอาหาร 46 คน x 30 บาท x 6 ครั้ง เป็นเงิน 8,280 บาท", [30, 8280],
                 id="unit-price-and-line-total"),
    pytest.param("งบประมาณ | 36,150.00 |", [36150], id="table-cell-after-budget-cue"),
    pytest.param("ลำดับ\tรายการ\tจำนวน\tหน่วยละ (บาท)\tเป็นเงิน (บาท)\n"
                 "1\tค่าอาหารกลางวัน\t40\t60\t2,400\n"
                 "2\tค่าป้ายไวนิล\t1\t750\t750\n"
                 "\tรวมทั้งสิ้น\t\t\t3,150\n(สามพันหนึ่งร้อยห้าสิบบาทถ้วน)",
                 [60, 2400, 750, 750, 3150], id="budget-table-money-columns-only"),
    pytest.param("รายการ | อนุมัติ (บาท) | ใช้จริง (บาท) | คงเหลือ (บาท)\n"
                 "ค่าวัสดุ | 7,500 | 7,250 | 250\nรวม | 7,500 | 7,250 | 250",
                 [7500, 7250, 250, 7500, 7250, 250], id="pipe-table"),
    # a table whose header names no money column: the unit is in the caption above it
    pytest.param("4. งบประมาณตามแผน (บาท)\n| กิจกรรม | ปี 2566 | ปี 2567 | รวม |\n"
                 "| อบรมแกนนำ 40 คน | 12,000 | 13,500 | 25,500 |\n| รวม | 12,000 | 13,500 | 25,500 |",
                 [12000, 13500, 25500, 12000, 13500, 25500],
                 id="regression-caption-in-baht-above-fiscal-year-columns-acc11g"),
    pytest.param("แผนการใช้จ่าย (หน่วย : บาท)\n| ลำดับ | รายการ | จำนวน (คน) | ไตรมาส 1 | ไตรมาส 2 |\n"
                 "| 1 | ค่าอาหาร | 30 | 1,800 | 2,100 |", [1800, 2100],
                 id="caption-unit-count-and-order-columns-are-not-money"),
    # columns headed by the standard budget categories, the sum column too; 0.00 is no amount
    pytest.param("แผนการเงิน (บาท)\nค่าตอบแทน | ค่าใช้สอย | ค่าวัสดุ | รวม\n1,200.00 | 3,400.00 | 560.00 | 5,160.00",
                 [1200, 3400, 560, 5160], id="regression-category-columns-under-a-caption-acc11v"),
    pytest.param("กิจกรรม | ค่าตอบแทน | ค่าใช้สอย | ค่าวัสดุ | รวม\nอบรม (20 คน) | 900.00 | 0.00 | 300.00 | 1,200.00",
                 [900, 300, 1200], id="regression-category-columns-without-a-unit-acc11v"),
    pytest.param("รายการ | ค่าตอบแทนวิทยากร | หมายเหตุ\nอบรม | 20 | ชั่วโมง", [],
                 id="category-word-inside-a-cell-names-no-money-column"),
    # PDF text: a table whose columns are aligned with runs of spaces, units on a second line
    pytest.param("ที่     รายการ                     จำนวน        ราคาต่อหน่วย    จำนวนเงิน\n"
                 "                                                  (บาท)          (บาท)\n"
                 "1       ค่าแผ่นพับความรู้          200 แผ่น     5               1,000\n"
                 "2       ค่าอาหารว่างและเครื่องดื่ม\n"
                 "        สำหรับผู้ร่วมอบรม            55 คน        30              1,650\n"
                 "                                               รวมทั้งสิ้น     2,650",
                 [5, 1000, 30, 1650, 2650],
                 id="regression-space-aligned-table-two-line-header-wrapped-rows-acc11k"),
    # a sidebar list scraped ABOVE the article's headline holds other pages' amounts
    pytest.param("ข่าวยอดนิยม\n• รับสมัครผู้ช่วยเหลือคนพิการ ค่าตอบแทนเดือนละ 3,000 บาท\n"
                 "• มอบรถเข็น 20 คัน ให้ รพ.สต.\n\nอำเภอจัดงานรณรงค์ลดหวานมันเค็ม\n\n"
                 "     วันนี้ (5 มี.ค. 68) นายอำเภอเป็นประธานเปิดโครงการรณรงค์ลดหวานมันเค็มในชุมชน โดยมีผู้นำชุมชน อสม. และประชาชนร่วมกิจกรรม ณ หอประชุมอำเภอ ภายในงานมีการสาธิตการปรุงอาหารสุขภาพและตรวจวัดความดันโลหิต ใช้งบประมาณจากกองทุนหลักประกันสุขภาพ 45,000 บาท", [45000], id="regression-sidebar-above-the-headline-acc11b"),
    pytest.param("ความคิดเห็น\n• ควรจัดซื้อเครื่องวัดความดัน ราคา 2,500 บาท\n• ควรจัดต่อเนื่องทุกปี",
                 [2500], id="bullets-under-a-chrome-word-without-an-article-stay"),
    # ".-" closes a written amount of baht, in a table cell or in running text
    pytest.param("ลำดับ\tรายการ\tจำนวนเงิน (บาท)\tหลักฐาน\n1\tค่าอาหารกลางวัน 40 คน x 50 บาท\t2,000.-\tใบเสร็จเลขที่ 012\n"
                 "2\tค่าวัสดุ\t640.-\tใบเสร็จเลขที่ 013\n\tรวม\t2,640.-\t",
                 [50, 2000, 640, 2640], id="regression-tab-table-cells-closed-by-dot-dash-acc12c"),
    pytest.param("รายการ | จำนวนเงิน (บาท) |\nค่าป้าย | 450.- |", [450], id="pipe-table-cell-closed-by-dot-dash"),
    pytest.param("📌 ค่าสมัคร 10 กม. 400.- / 3 กม. 200.- / เดินการกุศล 150.-", [400, 200, 150],
                 id="regression-fees-closed-by-dot-dash-without-baht-acc12b"),
    # a plan / actual record: money figures without บาท on a line opened by a money label
    pytest.param("กิจกรรมที่ 1 อบรม\n   ผู้เข้าร่วม แผน 50 คน | จริง 48 คน\n   ค่าใช้จ่าย แผน 2,400.00 | จริง 2,150.00\n"
                 "กิจกรรมที่ 2 ติดตาม\n   ค่าใช้จ่าย แผน 0.00 | จริง 0.00",
                 [2400, 2150], id="regression-plan-actual-costs-without-baht-acc12e"),
    pytest.param("เบิกจ่าย 3,560.00", [3560], id="labelled-spent-line-without-baht"),
    # a PDF line break between the number and บาท
    pytest.param("จำนวน 360 ขวด ขวดละ 23\nบาท เป็นเงิน 8,280 บาท", [23, 8280],
                 id="regression-amount-ending-a-line-baht-opening-the-next-acc17g"),
    pytest.param("ค่าแผ่นพับ 600 แผ่น แผ่นละ 2.40\n   บาท เป็นเงิน 1,440 บาท", [2.4, 1440],
                 id="regression-decimal-rate-wrapped-before-baht-acc17g"),
    pytest.param("ผู้เข้าร่วม 23\nบาทหลวง 2 รูป", [], id="baht-luang-opening-a-line-is-no-currency"),
    pytest.param("ผู้เข้าร่วม 23\n฿ ฟรี", [], id="only-baht-opening-a-line-finishes-an-amount"),
]


@pytest.mark.parametrize("text,expected", AMOUNTS)
def test_amounts(text, expected):
    assert amounts(text) == expected


NOT_MONEY = [
    pytest.param("ห่างจากกรุงเทพฯ ประมาณ 165 กิโลเมตร", id="distance"),
    pytest.param("มีพื้นที่ 7.87 ตารางกิโลเมตร หรือ 4,918 ไร่", id="area"),
    pytest.param("ห้องประชุมขนาด 120 ตร.ม.", id="square-metres"),
    pytest.param("ผู้เข้าร่วมประชุม จำนวน 150 คน จาก รพ.สต. 21 แห่ง", id="counts"),
    pytest.param("ผ่านเกณฑ์ร้อยละ 80 และ 85%", id="percentages"),
    pytest.param("ประจำปีงบประมาณ 2563 ปี 2562", id="years"),
    pytest.param("รหัสโครงการ 68-L5312-2-05 โทร 081-234-5678", id="codes-and-phones"),
    pytest.param("วันที่ 4 เมษายน 2562 เวลา 09.00 น.", id="dates-and-times"),
    pytest.param("ค่าเฉลี่ย 38.6 ต่อแสนประชากร", id="rate-per-100k"),
    pytest.param("ประชากร 2 แสนคน", id="people-in-hundred-thousands"),
    pytest.param("เงินช่วยเหลือ 1 หมื่นครัวเรือน", id="money-cue-but-households"),
    pytest.param("จำนวน 20,000", id="bare-number-without-money-cue"),
    pytest.param("ค่าใช้จ่ายหลายแสนบาท", id="vague-hundreds-of-thousands"),
    pytest.param("พระบาทสมเด็จพระเจ้าอยู่หัว", id="royal-word-baht"),
    pytest.param("มีบาทหลวง 2 รูป", id="priest"),
    pytest.param("สร้อยทองคำหนัก 2 บาท", id="gold-weight"),
    pytest.param("เยี่ยมบ้าน หมู่ 5 บ. หนองแวง และ ม.7 บ. โนนสว่าง", id="b-dot-after-village-number-is-ban"),
    pytest.param("ประสานงาน 2 บ.ไทยประกัน", id="b-dot-glued-to-a-name-is-no-baht"),
    pytest.param("ลำดับ\tรายการ\tจำนวน\n1\tป้ายไวนิล\t40", id="table-without-money-column"),
    pytest.param("ลำดับ   รายการ   จำนวน (คน)\n1   อสม.   30\n2   แกนนำ   25", id="space-table-of-people"),
    pytest.param("ผลการประเมิน (บาท)\nคะแนนเฉลี่ย 4.2   ผู้ตอบ   15", id="caption-without-table"),
    pytest.param("1" * 5000, id="digit-run"),
    pytest.param("1.- ลงทะเบียน\n2.- พิธีเปิด", id="list-numbers-closed-by-dot-dash"),
    pytest.param("อบรมเวลา 10.-12.00 น.", id="time-range-with-dot-dash"),
    pytest.param("งบประมาณ ผลสำเร็จร้อยละ 85.50", id="percentage-on-a-money-labelled-line"),
    pytest.param("ค่าใช้จ่าย แผน 60 คน | จริง 52 คน", id="counts-on-a-money-labelled-line"),
    pytest.param("ที่ประชุมพิจารณาค่าใช้จ่าย 12.50 ของแผน", id="money-label-not-opening-the-line"),
    pytest.param("ผลงานคัดกรองด้วย FIT ปีงบประมาณ 2568 ร้อยละ 61.2",
                 id="regression-year-before-percent-read-as-hundreds-acc15q"),
    pytest.param("ค่าดัชนีมวลกายเกินปี 2567 ร้อยละ 12", id="year-after-money-cue-before-percent"),
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text):
    assert amounts(text) == []


# ------------------------------------------------------------------------ space-aligned tables
# PDF text whose columns are set off by runs of spaces (parse/spaced_table.py): indentation makes
# no cell, so the number opening an indented row is its row number; a "(บาท)" of the header's
# second line sitting askew under the label column names no money column there.
SPACED_TABLE_AMOUNTS = [
    pytest.param(" ลำดับ   รายการ                                         จำนวนเงิน\n"
                 "                              (บาท)\n"
                 "   1     ค่าอาหารว่าง 30 คน x 2 มื้อ x 25 บาท                 1,500\n"
                 "   2     ค่าป้ายประชาสัมพันธ์ ขนาด 1 x 3\n"
                 "         เมตร จำนวน 1 ผืน        450\n"
                 "   3     ค่าวัสดุสาธิต (ถุงมือ ผ้ากันเปื้อน\n"
                 "         ภาชนะ) 30 ชุด x 20 บาท        600\n"
                 "                   รวมทั้งสิ้น        2,550",
                 [25, 1500, 450, 20, 600, 2550],
                 id="regression-row-number-of-an-indented-row-whose-amount-wraps-acc13b"),
    pytest.param("ที่     รายการ        จำนวน     หน่วยละ (บาท)     เป็นเงิน (บาท)\n"
                 "1       ค่าวัสดุ        10        50                500   \n"
                 "2       ค่าป้าย         1         300               300   ",
                 [50, 500, 300, 300], id="trailing-spaces-make-no-cell"),
    pytest.param("ที่     รายการ                จำนวน        เป็นเงิน\n"
                 "                  (บาท)                    (บาท)\n"
                 "1       ค่าอาหาร 40 คน        40           2,400",
                 [2400], id="unit-askew-under-the-label-column-names-no-money"),
    # --- tables fixer (s12): a row's cell stands under the header cell it overlaps on screen
    pytest.param("ลำดับ  โครงการ             งบประมาณ   แหล่งงบ    ระยะเวลา      ผู้รับผิดชอบ\n"
                 "                           (บาท)\n"
                 " 1    อบรม อสม.            24,800     กองทุนฯ    ต.ค.67-       นางสาวมาลี\n"
                 " 2    เยี่ยมบ้าน             12,600     อบต.       ม.ค.-ก.ย. 68  นายสมพร",
                 [24800, 12600],
                 id="regression-two-space-gap-merged-two-cells-amount-fell-under-the-next-column-acc14i"),
    pytest.param("ลำดับ  รายการ               จำนวน (คน)     เป็นเงิน (บาท)\n"
                 " 1    ค่าอาหาร  อสม.        40             2,400\n"
                 " 2    ค่าป้าย               1              450",
                 [2400, 450], id="count-under-a-counting-column-stays-no-money-with-merged-header"),
    # --- tables fixer (s12r3): a two-column header, a label and an amount in baht
    pytest.param("รายการ                                   จำนวนเงิน (บาท)\n"
                 "ค่าอาหารว่าง 30 คน x 25 บาท                     750\n"
                 "ค่าวัสดุ (กระดาษ ปากกา)                        1,240\n"
                 "รวม                                          1,990",
                 [25, 750, 1240, 1990], id="regression-two-column-header-label-and-amount-in-baht-acc14y"),
    pytest.param("รายการ                                   จำนวนเงิน\n"
                 "ค่าอาหารว่าง 30 คน x 25 บาท                     750",
                 [25], id="two-column-header-without-a-baht-unit-names-no-money-column"),
    pytest.param("กิจกรรม                              ระยะเวลา (วัน)\n"
                 "อบรม อสม.                              3",
                 [], id="two-column-header-in-another-unit-names-no-money-column"),
    # --- tables fixer (s13r1): plan-stage columns beside a money column are money
    pytest.param("   รายการ                       แผนเดิม    ปรับแผน    ใช้จริง\n"
                 "   ค่าสมุนไพร (ไพล ขมิ้น)       6,000      4,200      4,150\n"
                 "   ค่าผ้าขนหนู                    750      2,550      2,540\n"
                 "   รวม                         24,000     24,000     23,620",
                 [6000, 4200, 4150, 750, 2550, 2540, 24000, 24000, 23620],
                 id="regression-plan-stage-columns-beside-spent-column-are-money-acc15k"),
    pytest.param("รายการ | แผน | อนุมัติ (บาท)\nค่าวัสดุ | 7,000 | 7,500",
                 [7000, 7500], id="plan-column-beside-approved-column-is-money"),
    pytest.param("กลุ่ม        ตามแผน    เข้าร่วมจริง\nอสม.          30        28",
                 [], id="plan-and-actual-columns-of-people-stay-no-money"),
    pytest.param("กลุ่ม | แผน | จริง\nอสม. | 30 | 28", [], id="plan-column-alone-names-no-money"),
]


@pytest.mark.parametrize("text,expected", SPACED_TABLE_AMOUNTS)
def test_spaced_table_amounts(text, expected):
    assert amounts(text) == expected


# ------------------------------------------------------------------------------ roles

ROLES = [
    pytest.param("งบประมาณ 25,000 บาท", 25000, "total", id="budget-cue"),
    pytest.param("ขอสนับสนุนงบประมาณ เป็นเงิน 20,000 บาท", 20000, "total", id="pen-ngoen"),
    pytest.param("รวมทั้งสิ้น 1,500,000 บาท", 1500000, "total", id="ruam-thang-sin"),
    pytest.param("จำนวนเงิน 9,500 บาท", 9500, "total", id="jamnuan-ngoen"),
    pytest.param("ซึ่งได้รับเงินอุดหนุน 48,000 บาท", 48000, "total", id="subsidy-received"),
    pytest.param("- ค่าวิทยากร 6 ชั่วโมง x 600 บาท เป็นเงิน 3,600 บาท", 3600, "item",
                 id="line-item-own-total"),
    pytest.param("- ค่าวิทยากร 6 ชั่วโมง x 600 บาท เป็นเงิน 3,600 บาท", 600, "unit",
                 id="times-price"),
    pytest.param("อาหารว่าง 46 คน x 30 บาท x 6 ครั้ง เป็นเงิน 8,280 บาท", 8280, "item",
                 id="product-of-a-rate-without-kha"),
    pytest.param("ค่าอาหาร 80 คน x 60 บาท x 2 มื้อ", 60, "unit", id="price-then-times"),
    pytest.param("ค่าฟลูออไรด์ 95 คน (30 บาท/คน) = 2,850 บาท", 30, "unit", id="baht-per-person"),
    pytest.param("ค่าตอบแทนคนละ 500 บาท", 500, "unit", id="khon-la"),
    pytest.param("ราคาเข็มละประมาณ 1,800฿", 1800, "unit", id="rate-word-then-hedge"),
    pytest.param("ได้รับจัดสรร 6,000 บาทต่อคนต่อปี", 6000, "unit", id="baht-per"),
    pytest.param("1. ค่าวัสดุอุปกรณ์ 2,600 บาท", 2600, "item", id="numbered-line-item"),
    pytest.param("ค่าใช้จ่าย ค่าวัตถุดิบ 3,200 บาท ค่าอาหาร 60 คน x 25 บาท = 1,500 บาท รวม 4,700 บาท",
                 4700, "total", id="line-sum-after-items"),
    pytest.param("บริษัทมอบเงินบริจาค 8 ล้านบาท แก่โรงพยาบาลชุมชน", 8000000, "other", id="donation"),
    pytest.param("ชุดอุปกรณ์ 38 ชุด มูลค่ารวม 28,500 บาท", 28500, "other", id="value-of-goods"),
    pytest.param("ได้รับเงินรางวัล 10,000 บาท", 10000, "other", id="prize"),
    pytest.param("งบประมาณที่ได้รับ 85,000 บาท ใช้ไปทั้งสิ้น 84,320 บาท", 84320, "other",
                 id="money-spent"),
    pytest.param("ได้รับ 35,000 บาท ใช้จริง 34,210 บาท คงเหลือ 790 บาท", 790, "other",
                 id="money-left-over"),
    pytest.param("ขึ้นเงินให้ผู้ดูแลผู้สูงอายุ 300฿", 300, "other", id="no-cue"),
    pytest.param("4. งบประมาณ\nได้รับ 35,000 บาท", 35000, "total", id="heading-on-line-above"),
    pytest.param("ค่าใช้จ่ายจากงบประมาณโครงการ ป ีง\nบประมาณ 2562 จำนวน 18,750 บาท", 18750, "total",
                 id="sentence-wrapped-inside-a-word"),
    pytest.param("ไปค่ายพักแรม 5,000 บาท", 5000, "other", id="regression-khai-is-not-kha"),
    pytest.param("รวมทั้ง 41,000 บาท", 41000, "other",
                 id="regression-line-opening-with-ruam-thang-gave-role-none"),
    pytest.param("3. รวมทั้ง 500 บาท", 500, "other", id="ruam-thang-after-a-list-number"),
]


@pytest.mark.parametrize("text,amount,role", ROLES)
def test_role(text, amount, role):
    assert budget(text, amount).role == role


TOTALS = [
    pytest.param("งบประมาณ จำนวน 25,000 บาท\n- ค่าอาหาร 50 คน x 100 บาท เป็นเงิน 5,000 บาท\n"
                 "- ค่าวัสดุ 20,000 บาท\nรวมทั้งสิ้น 25,000 บาท", 25000,
                 id="proposal-budget-above-breakdown"),
    pytest.param("- ค่าอาหาร 50 คน x 100 บาท เป็นเงิน 5,000 บาท\n- ค่าวัสดุ 20,000 บาท\n"
                 "รวมเป็นเงิน 25,000 บาท (สองหมื่นห้าพันบาทถ้วน)", 25000,
                 id="sum-below-breakdown"),
    pytest.param("กิจกรรมที่ 1\n- ค่าอาหาร 5,000 บาท\nรวม 5,000 บาท\nกิจกรรมที่ 2\n"
                 "- ค่าวัสดุ 3,000 บาท\nรวม 3,000 บาท\nรวมทั้งสิ้น 8,000 บาท", 8000,
                 id="activity-subtotals-are-not-the-total"),
    pytest.param("3.1 โครงการคัดกรองเบาหวาน งบประมาณ 18,650 บาท\n"
                 "3.2 โครงการฟันสวย งบประมาณ 9,800 บาท\nรวมอนุมัติ 28,450 บาท", None,
                 id="minutes-approving-several-projects"),
    pytest.param("รายงานการประชุมคณะกรรมการ EOC อำเภอ\nครั้งที่ 2/2566\n"
                 "2.3 เทศบาลสนับสนุนงบฉุกเฉิน 50,000 บาท สำหรับซื้อทรายอะเบท", None,
                 id="regression-minutes-emergency-fund-is-no-project-budget"),
    pytest.param("รายงานการประชุม คปสอ.\n4.1 การจัดสรรงบค่าเสื่อม ได้รับจัดสรร 1,284,600 บาท\n"
                 "4.2 โครงการคัดกรองมะเร็งเต้านม เป้าหมาย 250 คน\nงบประมาณ 37,500 บาท", 37500,
                 id="minutes-project-budget-on-the-line-after-its-name"),
    pytest.param("รายงานการประชุมคณะกรรมการโรงเรียน\nเรื่องที่ 2 ที่ประชุมเห็นชอบให้จัดทำโครงการเด็กไทย"
                 "ไม่อ้วน ใช้งบประมาณ 8,500 บาท", 8500, id="minutes-one-project-approved"),
    pytest.param("รายงานการประชุม\n1. ทบทวน\n2. อื่นๆ\n3.1 ได้รับจัดสรร 20,000 บาท\n"
                 "- ค่าวัสดุ 20,000 บาท", None, id="minutes-new-item-continues-no-project-line"),
    pytest.param("แบบเสนอโครงการ\nกองทุนหลักประกันสุขภาพ\nหน่วยงาน รพ.สต.\n"
                 "ติดตามผลในรายงานการประชุมประจำเดือน\nงบประมาณ 15,000 บาท", 15000,
                 id="minutes-word-inside-a-proposal"),
    pytest.param("สรุปผลการประชุมเชิงปฏิบัติการ\nการดูแลผู้ป่วยระยะท้าย\n5. งบประมาณ\n"
                 "ได้รับจัดสรรจาก สสจ. 64,000 บาท ใช้จ่ายจริง 61,200 บาท", 64000,
                 id="regression-workshop-summary-is-not-minutes"),
    pytest.param("สรุปการประชุมสัมมนา อสม. ดีเด่น\nได้รับงบประมาณ 30,000 บาท", 30000,
                 id="seminar-summary-is-not-minutes"),
    pytest.param("สรุปผลการประชุม\nการดูแลผู้ป่วยระยะท้าย\n5. งบประมาณ\n"
                 "ได้รับจัดสรรจาก สสจ. 64,000 บาท ใช้จ่ายจริง 61,200 บาท", None,
                 id="meeting-summary-is-still-minutes"),
    pytest.param("Nurse Diary ~ บันทึกของพยาบาล\nHome   About me   Contact\n\nSunday, March 10, 2024\n\n"
                 "สรุปประชุม Service Plan สาขา NCD ครั้งที่ 1/2567\n2) Budget\n"
                 "- ปีนี้ได้จาก สปสช. เขต 1 รวม 450,000 บาท แบ่งให้ 13 อำเภอ อำเภอละ 30,000 บาท", None,
                 id="regression-informal-meeting-notes-under-page-chrome-split-allocation-web05"),
    pytest.param("บันทึกประชุมทีมงาน\nได้รับจัดสรรจาก สสจ. 120,000 บาท แบ่งให้ 6 ตำบล ตำบลละ 20,000 บาท",
                 None, id="informal-minutes-heading-allocation"),
    pytest.param("อบจ.พะเยา เปิดศูนย์ฟื้นฟู\nได้จัดสรรงบประมาณ จำนวน 1.8 ล้านบาท เพื่อพัฒนาศูนย์ฟื้นฟู 9 แห่ง "
                 "แห่งละ 200,000 บาท", 1800000, id="news-project-budget-split-per-site-is-still-the-total"),
    pytest.param("งบประมาณที่ได้รับ 85,000 บาท ใช้ไปทั้งสิ้น 84,320 บาท", 85000,
                 id="final-report-approved-not-spent"),
    # a total asked for and a total granted: the granted one is the budget
    pytest.param("| งบประมาณที่ขอ | 42,800 บาท |\n| มติ | อนุมัติ (ปรับลด 3,300 บาท) |\n"
                 "| งบประมาณที่อนุมัติ | 39,500 บาท |", 39500,
                 id="regression-requested-total-was-the-budget-beside-the-approved-one-web08"),
    pytest.param("งบประมาณที่ขอ    64,470 บาท (หกหมื่นสี่พันสี่ร้อยเจ็ดสิบบาทถ้วน)", 64470,
                 id="requested-total-alone-is-the-budget"),
    pytest.param("งบประมาณที่ได้รับอนุมัติ 18,000 บาท\nงบประมาณที่เสนอขอ 20,000 บาท", 18000,
                 id="approved-before-requested-is-still-the-budget"),
    pytest.param("ขออนุมัติงบประมาณ 25,000 บาท", 25000, id="asking-for-approval-alone-is-the-budget"),
    pytest.param("งบประมาณที่เสนอขอ 18,500 บาท คณะกรรมการอนุมัติ 16,900 บาท (ตัดค่าเสื้อ 1,600 บาท)", 16900,
                 id="regression-approved-by-the-committee-beats-requested-acc15h"),
    pytest.param("โครงการอบรม อสม.\nงบประมาณที่ขอ 45,000 บาท มติที่ประชุมอนุมัติ 42,000 บาท", 42000,
                 id="approved-by-the-meeting-beats-requested"),
    pytest.param("เสนอขออนุมัติงบประมาณ 30,000 บาท\nงบประมาณที่ขอ 30,000 บาท", 30000,
                 id="asking-the-committee-for-approval-is-no-approval"),
    pytest.param("ขอรับการสนับสนุนงบประมาณ เป็นเงิน 18,\n450 บาท โดยมีรายละเอียดดังนี้", 18450,
                 id="regression-amount-broken-after-its-comma-acc11k"),
    pytest.param("แผนงบประมาณ (บาท)\n| กิจกรรม | ปีงบ 2568 | ปีงบ 2569 | รวม 2 ปี |\n"
                 "| อบรม | 10,000 | 12,000 | 22,000 |\n| รวม | 10,000 | 12,000 | 22,000 |", 22000,
                 id="sum-row-of-a-table-with-a-sum-column-totals-only-there"),
    pytest.param("รายงานการประชุม\nมติ ให้ รพ.ท่าแร่ จัดอบรม อสม. เพิ่มอีก 30 คน โดยใช้งบประมาณจาก อบต. "
                 "24,000 บาท", 24000, id="minutes-resolution-to-hold-a-training-gives-its-budget"),
    pytest.param("รายงานการประชุม\n     มติที่ประชุม เห็นชอบให้จัดอบรมเจ้าหน้าที่ 80 คน\n"
                 "ใช้งบประมาณ 12,400 บาท (ค่าอาหารว่าง 80 คน x 2 มื้อ x 35 บาท)", 12400,
                 id="regression-minutes-training-budget-on-the-wrapped-line-acc11c"),
    pytest.param("รายงานการประชุม\n3.2 โครงการอบรมผู้จัดการรายกรณี รุ่นที่ 2\n"
                 "    อบรมวันที่ 5 – 6 พฤษภาคม 2568 ผู้เข้าอบรม 45 คน\n    งบประมาณ 31,500 บาท", 31500,
                 id="regression-minutes-project-named-two-lines-above-indented-budget-acc11o"),
    pytest.param("รายงานการประชุม\n2.1 ได้รับจัดสรร 20,000 บาท\n    งบประมาณ 20,000 บาท", None,
                 id="minutes-indented-line-under-an-allocation-names-no-activity"),
    # a periodic work report records a period's routine work, not a project
    pytest.param("รายงานผลการปฏิบัติงาน อสม.บ้านโนนสว่าง ม.4 ประจำเดือน สิงหาคม 2567\n"
                 "5.แผนเดือนหน้า กิจกรรมรณรงค์ไข้เลือดออกร่วมกับโรงเรียน\n  ขอเงินกองทุน ค่าทรายอะเบท 4,800 บาท "
                 "ค่าป้าย 350 บาท\n  (รวมขอ 5,150 บาท) รอ อบต.อนุมัติ", None,
                 id="regression-monthly-work-report-request-for-next-month-acc13d"),
    pytest.param("รายงานผลการปฏิบัติงาน ประจำเดือน มีนาคม 2568\n2. โครงการคัดกรองเบาหวาน\n   งบประมาณ 12,000 บาท",
                 12000, id="monthly-work-report-item-naming-a-project-keeps-its-budget"),
    pytest.param("รายงานผลการปฏิบัติงานโครงการคัดกรองเบาหวาน ประจำเดือน มีนาคม 2568\nงบประมาณ 12,000 บาท",
                 12000, id="monthly-report-of-a-project-keeps-its-budget"),
    pytest.param("รายงานผลการปฏิบัติงาน ประจำปีงบประมาณ 2568\nได้รับงบประมาณ 12,000 บาท", 12000,
                 id="work-report-without-a-period-mark-keeps-its-budget"),
    # several projects whose amounts are on the wrapped lines under their numbered items
    pytest.param("รายงานการประชุม\n     4.1 โครงการ อสม.ใส่ใจ ห่างไกลไข้เลือดออก\n"
                 "กลุ่มเป้าหมาย อสม. 96 คน งบประมาณ 24,600 บาท\n     4.2 โครงการหนูน้อยฟันดี ศพด.\n"
                 "และผู้ปกครอง 42 คน เสนองบประมาณ 12,300 บาท", None,
                 id="regression-several-projects-amounts-on-wrapped-item-lines-acc13m"),
    pytest.param("4.1 โครงการคัดกรองเบาหวาน\nกลุ่มเป้าหมาย 120 คน\nงบประมาณ 18,650 บาท\n"
                 "4.2 โครงการฟันสวย\nงบประมาณ 9,800 บาท", None,
                 id="several-projects-amount-two-wrapped-lines-below"),
    pytest.param("รายงานการประชุม\n3.2 โครงการอบรมผู้จัดการรายกรณี\n   ผู้เข้าอบรม 45 คน\n"
                 "   งบประมาณ 38,500 บาท (ค่าอาหาร 45 คน x 250 บาท = 11,250 บาท\n   ค่าวิทยากร 27,250 บาท)", 38500,
                 id="one-project-item-with-its-breakdown-on-the-wrapped-lines"),
    pytest.param("โครงการส่งเสริมสุขภาพผู้สูงอายุ ปี 2568\nงบประมาณ 20,000 บาท\n"
                 "- ค่าอาหาร 50 คน x 100 บาท เป็นเงิน 5,000 บาท\n- ค่าวัสดุ 15,000 บาท", 20000,
                 id="one-project-title-unnumbered-above-its-budget-stays"),
    pytest.param("1. โครงการคัดกรองเบาหวาน ปี 2567 ใช้ไป 8,000 บาท\nปีนี้ขยายเป้าหมาย\n"
                 "2. งบประมาณ 12,000 บาท", 12000,
                 id="numbered-budget-line-under-another-project-item-is-its-own"),
    # a fund's balance statement: carried forward … received … paid … left
    pytest.param("รายงานสถานะการเงินกองทุน ดังนี้\n   ยอดเงินยกมา   215,430.50   บาท\n"
                 "   รับเงินจัดสรร   405,102.27   บาท\n   จ่ายสนับสนุนโครงการ   253,414.02   บาท\n"
                 "   คงเหลือ   367,118.75   บาท", None,
                 id="regression-fund-balance-statement-rows-are-no-budget-acc13m"),
    pytest.param("เงินคงเหลือยกมาจากปี 2567  98,500 บาท\nงบประมาณโครงการ 40,000 บาท", 40000,
                 id="carried-balance-row-without-a-closing-row-opens-no-statement"),
    pytest.param("ยอดเงินยกมา 5,000 บาท\n\nงบประมาณโครงการ 40,000 บาท\nคงเหลือ 1,000 บาท", 40000,
                 id="balance-statement-stops-at-a-blank-line"),
    pytest.param("๔. ใช้งบประมาณครั้งนี้ ๖,๒๐๐ บาท (ค่าอาหาร ๓๑ คน x ๑๐๐ บาท = ๓,๑๐๐ บาท\n"
                 "ค่าวัสดุ ๓,๑๐๐ บาท) จากงบประมาณโครงการทั้งสิ้น ๓๖,๐๐๐ บาท", 36000,
                 id="regression-part-spent-from-a-larger-project-total-acc11n"),
    pytest.param("ใช้งบประมาณ 9,500 บาท จากวงเงินงบประมาณ 40,000 บาท", 40000, id="part-from-a-ceiling"),
    pytest.param("งบประมาณ 9,500 บาท จากกองทุนหลักประกันสุขภาพ", 9500,
                 id="from-a-fund-is-a-source-not-a-larger-total"),
    pytest.param("บริษัทมอบเงินบริจาค 8 ล้านบาท แก่โรงพยาบาลชุมชน", None, id="donation-is-no-budget"),
    pytest.param("กิจกรรมที่ 1 ประชุมชี้แจง\nงบประมาณ 600.00 บาท\n- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท\n"
                 "กิจกรรมที่ 2 อบรม\nงบประมาณ 5,000.00 บาท\n- ค่าวิทยากร 5,000 บาท\n"
                 "รวมงบประมาณโครงการ 5,600.00 บาท", 5600,
                 id="regression-first-activity-budget-was-the-total-acc11w"),
    pytest.param("งบประมาณ 3,000 บาท\nงบประมาณ 2,000 บาท\nงบประมาณ 1,000 บาท\nรวม 5,000 บาท", 3000,
                 id="totals-not-summing-to-the-later-one-stay"),
    pytest.param("งบประมาณทั้งสิ้น 8,000 บาท\nกิจกรรมที่ 1 งบประมาณ 5,000 บาท\n"
                 "กิจกรรมที่ 2 งบประมาณ 3,000 บาท\nรวม 8,000 บาท", 8000,
                 id="total-above-summing-activities-stays-the-budget"),
    # an action plan: a space-aligned table whose rows are projects, each with its own cell
    pytest.param("ที่   โครงการ                  งบประมาณ (บาท)   ผู้รับผิดชอบ\n"
                 "1    โครงการอบรมแกนนำ          12,400           รพ.สต.\n     ครอบครัว\n"
                 "2    โครงการตรวจสุขภาพ         30,000           อสม.\n     ช่องปาก\n"
                 "     รวมงบประมาณ              42,400", None,
                 id="regression-plan-table-rows-of-several-projects-sum-row-was-the-budget-acc12h"),
    pytest.param("ที่   กิจกรรม                  งบประมาณ (บาท)\n1    โครงการอบรมแกนนำครอบครัว   12,400\n"
                 "     รวมงบประมาณ              12,400", 12400,
                 id="table-of-one-project-row-keeps-its-sum-as-the-budget"),
    # two funders' shares in one sentence: no one budget stated, unless a later total sums them
    pytest.param("งบสนับสนุนจาก สสส. 80,000 บาท และกองทุนหลักประกันสุขภาพ เทศบาลตำบลหนองบัว 25,000 บาท",
                 None, id="regression-two-funders-shares-in-one-sentence-acc12j"),
    pytest.param("ได้รับงบประมาณจาก สสส. 80,000 บาท และจาก อบต.หนองบัว 25,000 บาท\n"
                 "รวมงบประมาณทั้งสิ้น 105,000 บาท", 105000, id="two-funders-shares-summed-below"),
    pytest.param("งบประมาณทั้งสิ้น 105,000 บาท จาก สสส. 80,000 บาท และกองทุนหลักประกันสุขภาพ 25,000 บาท",
                 105000, id="total-before-two-funders-shares-stays-the-budget"),
    pytest.param("ได้รับงบประมาณจากกองทุน 20,000 บาท และใช้จ่ายจริง 18,500 บาท", 20000,
                 id="funded-total-then-spending-is-one-funder"),
    pytest.param("งบประมาณ 20,000 บาท และกองทุนสมทบ 5,000 บาท", 20000,
                 id="budget-naming-no-funder-before-a-contribution-stays"),
    # a news item on several activities, each with what it used and nothing summing them
    pytest.param("ศูนย์เด็กเล็กจัดตรวจฟันเด็ก 40 คน กิจกรรมนี้ใช้งบประมาณ 4,200 บาท\n"
                 "ต่อมาเทศบาลจัดอบรม อสม. 30 คน ใช้งบประมาณ 18,700 บาท", None,
                 id="regression-two-activities-each-with-its-own-spending-acc12o"),
    pytest.param("วันที่ 3 จัดเดินรณรงค์ใช้งบ 2,000 บาท  วันที่ 5 จัดอบรมแกนนำใช้งบประมาณ 9,500 บาท", None,
                 id="two-spendings-in-one-paragraph-state-no-budget"),
    pytest.param("กิจกรรมที่ 1 คัดกรองนักเรียน 1,286 คน ใช้งบประมาณในกิจกรรมนี้ 28,000 บาท\n"
                 "กิจกรรมที่ 2 อบรมครูแกนนำ 64 คน ค่าใช้จ่ายในการอบรมเป็นค่าอาหาร คนละ 300 บาท รวม 19,200 บาท",
                 None, id="regression-activity-cost-summed-from-a-rate-is-a-spending-acc15c"),
    pytest.param("งบประมาณโครงการ 40,000 บาท\nค่าใช้จ่ายในการอบรม คนละ 300 บาท รวม 19,200 บาท", 40000,
                 id="budget-beside-an-activity-cost-summed-from-a-rate-stays-the-budget"),
    pytest.param("ค่าใช้จ่ายในการอบรม คนละ 300 บาท รวม 19,200 บาท", 19200,
                 id="one-activity-cost-summed-from-a-rate-is-the-budget"),
    pytest.param("กิจกรรมที่ 1 ใช้งบประมาณ 4,200 บาท\nกิจกรรมที่ 2 ใช้งบประมาณ 18,700 บาท\n"
                 "รวมใช้งบประมาณทั้งสิ้น 22,900 บาท", 22900,
                 id="spendings-summed-below-keep-the-sum-as-the-budget"),
    pytest.param("ได้รับงบประมาณ 25,000 บาท\nกิจกรรมที่ 1 ใช้งบประมาณ 4,200 บาท\n"
                 "กิจกรรมที่ 2 ใช้งบประมาณ 18,700 บาท", 25000,
                 id="budget-with-activity-spendings-stays-the-budget"),
    pytest.param("โครงการนี้ใช้งบประมาณ 12,000 บาท\nสรุปผล: ใช้งบประมาณ 12,000 บาท", 12000,
                 id="one-spending-stated-twice-is-the-budget"),
    pytest.param("แจกเงินรางวัลชนะเลิศ 10,000 บาท", None, id="prize-is-no-budget"),
    # an action plan's table broken by strategy heading rows, with a by-source summary
    pytest.param("ลำดับ  โครงการ/กิจกรรม        กลุ่มเป้าหมาย     งบประมาณ   แหล่งงบ\n"
                 "ยุทธศาสตร์ที่ 1  ส่งเสริมสุขภาพ\n"
                 " 1    โครงการคัดกรองเบาหวาน      อสม. 40 คน      35,600      สปสช.\n"
                 " 2    โครงการเยี่ยมบ้าน            ผู้ป่วย 18 ราย    12,400      กองทุน\n"
                 "ยุทธศาสตร์ที่ 2  พัฒนาระบบบริการ\n"
                 " 3    โครงการอบรมผู้ดูแล           CG 20 คน        20,000      เงินบำรุง\n"
                 "            รวมงบประมาณทั้งสิ้น               68,000\n"
                 "สรุปตามแหล่งงบ\n     สปสช.        35,600   บาท\n     กองทุน       12,400   บาท\n", None,
                 id="regression-action-plan-with-strategy-rows-has-no-one-budget-acc15q"),
    pytest.param("โครงการคัดกรองเบาหวาน ปี 2568\n"
                 " 1    ค่าอาหารกลางวัน              40 คน          4,000\n"
                 " 2    ค่าวัสดุ                                   2,500\n"
                 "รวมงบประมาณทั้งสิ้น 6,500 บาท", 6500,
                 id="numbered-cost-rows-of-one-project-keep-its-budget"),
    # the value of goods handed over, however summed up, and the cash summed up with it
    pytest.param("รายการที่ส่งมอบ\n1) เตียงผู้ป่วย 8 เตียง เตียงละ 38,500 บาท\n2) ที่นอนลม 15 ชุด ชุดละ 4,200 บาท\n"
                 "รวมมูลค่าอุปกรณ์ทั้งสิ้น 371,000 บาท\nและเงินสนับสนุนกิจกรรมฟื้นฟู จำนวน 50,000 บาท\n"
                 "รวมมูลค่าความช่วยเหลือ 421,000 บาท", None,
                 id="regression-value-of-donated-goods-summed-up-is-no-budget-acc15o"),
    pytest.param("มอบรถเข็น 12 คัน มูลค่ารวมทั้งสิ้น 43,800 บาท", None, id="value-summed-up-is-no-budget"),
    pytest.param("งบประมาณ 20,000 บาท\nมูลค่ายาที่แจก 5,000 บาท\nรวม 25,000 บาท", 20000,
                 id="a-value-not-summing-anything-leaves-the-budget"),
    pytest.param("งบประมาณโครงการ 30,000 บาท\nสมทบจากชุมชน 12,000 บาท\nรวมมูลค่าโครงการ 45,000 บาท", 30000,
                 id="totals-not-adding-up-to-the-value-stay"),
    # an appropriation of the annual ordinance beside the project's own total
    pytest.param("ประเภทรายจ่ายอื่นๆ ตั้งไว้ ๔๐,๐๐๐ บาท เบิกจ่ายในโครงการนี้ เป็นเงิน ๓๗,๕๐๐ บาท\n"
                 "- ค่าอาหาร 100 คน x 80 บาท เป็นเงิน 8,000 บาท\nรวมเป็นเงินทั้งสิ้น ๓๗,๕๐๐ บาท", 37500,
                 id="regression-appropriation-set-aside-ranks-below-the-project-total-acc13f"),
    pytest.param("แผนงานสาธารณสุข ตั้งจ่ายไว้ จำนวน 120,000 บาท\nโครงการนี้ใช้งบประมาณ 25,000 บาท", 25000,
                 id="appropriation-with-amount-word-then-project-spending"),
    pytest.param("งบประมาณ ตั้งไว้ 40,000 บาท", 40000, id="appropriation-alone-stays-the-budget"),
    pytest.param("บรรลุเป้าหมายที่ตั้งไว้ ใช้งบประมาณ 20,000 บาท\nค่าอาหาร 5,000 บาท\nรวม 20,000 บาท", 20000,
                 id="set-target-word-far-before-an-amount-is-no-appropriation"),
    pytest.param("นอกจากนี้ บริษัท ค้าวัสดุ จำกัด โดยคุณสมชาย กรรมการผู้จัดการ ได้มอบเงินสนับสนุนการจัดงาน "
                 "จำนวน 30,000 บาท", None, id="regression-company-gift-supporting-the-event-acc13k"),
    pytest.param("ร้านสมใจการเกษตร มอบเงินสนับสนุนโครงการ 5,000 บาท", None, id="shop-gift-is-no-budget"),
    pytest.param("อบต.โนนสัง มอบเงินสนับสนุนโครงการ จำนวน 30,000 บาท", 30000,
                 id="public-body-handing-over-a-grant-keeps-the-budget"),
    pytest.param("ได้รับงบประมาณสนับสนุนจากกองทุนหลักประกันสุขภาพ จำนวน 30,000 บาท", 30000,
                 id="grant-received-from-a-fund-is-the-budget"),
    pytest.param("บริษัทประกันภัย จำกัด ได้รับงบประมาณสนับสนุนจาก สสส. จำนวน 80,000 บาท", 80000,
                 id="company-receiving-a-grant-is-no-gift"),
    pytest.param("นับตั้งแต่ปี 2018 มูลนิธิได้มอบเครื่องมือแพทย์แก่โรงพยาบาลรวมกว่า 8 ล้านบาท", None,
                 id="regression-cumulative-aggregate-since-a-year-acc11s"),
    pytest.param("ที่ผ่านมาบริษัทสนับสนุนชุมชนรวมมากกว่า 3 ล้านบาท", None,
                 id="approximate-aggregate-is-no-budget"),
    pytest.param("ตั้งแต่ปี 2566 ถึง 2567 ใช้งบประมาณรวม 150,000 บาท", 150000,
                 id="multi-year-project-total-is-still-the-budget"),
]


@pytest.mark.parametrize("text,expected", TOTALS)
def test_first_total_is_the_project_budget(text, expected):
    assert total(text) == expected


# ------------------------------------------------------------------- words and warnings

WORDS = [
    pytest.param("เป็นเงิน 20,000 บาท (สองหมื่นบาทถ้วน)", 20000, "สองหมื่นบาทถ้วน", id="in-parentheses"),
    pytest.param("เป็นเงิน 20,000 บาท(สองหมื่นบาทถ้วน)", 20000, "สองหมื่นบาทถ้วน", id="no-space"),
    pytest.param("งบประมาณ 1.5 ล้านบาท (หนึ่งล้านห้าแสนบาทถ้วน)", 1500000,
                 "หนึ่งล้านห้าแสนบาทถ้วน", id="after-multiplier-amount"),
    pytest.param("\tรวมทั้งสิ้น\t12,550\n(หนึ่งหมื่นสองพันห้าร้อยห้าสิบบาทถ้วน)", 12550,
                 "หนึ่งหมื่นสองพันห้าร้อยห้าสิบบาทถ้วน", id="on-the-next-line"),
    pytest.param("งบประมาณ สองหมื่นบาทถ้วน", 20000, "สองหมื่นบาทถ้วน", id="words-only"),
]


@pytest.mark.parametrize("text,amount,words", WORDS)
def test_words(text, amount, words):
    report = extract(text)
    assert [b.words for b in report.budgets if b.amount == amount] == [words]
    assert not [w for w in report.warnings if w.code == "amount_words_mismatch"]


MISMATCH = [
    pytest.param("เป็นเงิน 20,000 บาท (สามหมื่นบาทถ้วน)", id="different-ten-thousands"),
    pytest.param("เป็นเงิน 24,500 บาท (สองหมื่นสี่พันบาทถ้วน)", id="hundreds-missing-in-words"),
]


@pytest.mark.parametrize("text", MISMATCH)
def test_words_disagreeing_with_digits_warn(text):
    report = extract(text)
    assert len(report.budgets) == 1
    warnings = [w for w in report.warnings if w.code == "amount_words_mismatch"]
    assert len(warnings) == 1
    assert warnings[0].evidence.text == report.budgets[0].evidence.text


# ---------------------------------------------------------------------------- sources

SOURCES = [
    pytest.param("ขอสนับสนุนงบประมาณ งบส่งเสริมป้องกันโรค (PP.Basic) เป็นเงิน 20,000 บาท",
                 20000, "งบส่งเสริมป้องกันโรค (PP.Basic)", id="budget-line-name"),
    pytest.param("ขอรับการสนับสนุนจากกองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านใหม่ เป็นเงิน 25,000 บาท",
                 25000, "จากกองทุนหลักประกันสุขภาพเทศบาลตำบลบ้านใหม่", id="fund-before-amount"),
    pytest.param("งบประมาณทั้งสิ้น 2 หมื่น 5 พันบาท จากกองทุนหลักประกันสุขภาพ อบต.บ้านนา รายละเอียดดังนี้",
                 25000, "จากกองทุนหลักประกันสุขภาพ อบต.บ้านนา", id="fund-after-amount"),
    pytest.param("ใช้งบประมาณขององค์การบริหารส่วนตำบลนาดี เป็นเงิน 6 แสนบาท", 600000,
                 "งบประมาณขององค์การบริหารส่วนตำบลนาดี", id="municipal-budget"),
    pytest.param("ได้รับงบ สปสช. จำนวน 9,500 บาท", 9500, "งบ สปสช.", id="nhso"),
    pytest.param("แหล่งงบประมาณ  งบส่งเสริมสุขภาพระดับพื้นที่ (PP Area based)\n\nรวมเป็นเงิน 30,000 บาท",
                 30000, "งบส่งเสริมสุขภาพระดับพื้นที่ (PP Area based)", id="document-source-label"),
    pytest.param("งบประมาณ 25,000 บาท", 25000, None, id="none-stated"),
]


@pytest.mark.parametrize("text,amount,source", SOURCES)
def test_source(text, amount, source):
    assert budget(text, amount).source == source


# ------------------------------------------------------------------------- provenance

PROVENANCE = [
    pytest.param("งบประมาณ ๒๕,๐๐๐ บาท (สองหมื่นห้าพันบาทถ้วน)", id="thai-digits-and-words"),
    pytest.param("ค่าน\u0e4d\u0e32ดื่ม 30 บาท x 2 มื้อ\r\nรวม 1,200 บาท", id="after-length-changing-edits"),
    pytest.param("ค่าป่วยการจาก 2พัน เป็น 2,800บาท", id="range"),
    pytest.param("รายการ\tเป็นเงิน (บาท)\nค่าวัสดุ\t7,500\n\tรวม\t7,500\n(เจ็ดพันห้าร้อยบาทถ้วน)", id="table"),
]


@pytest.mark.parametrize("text", PROVENANCE)
def test_evidence_points_into_the_original(text):
    report = extract(text)
    assert report.budgets
    for b in report.budgets:
        ev = b.evidence
        assert text[ev.start:ev.end] == ev.text
        assert ev.rule.startswith("money.")


# --------------------------------------------------------------------- Thai numbers

NUMBERS = [
    pytest.param("6 แสน", "600000", id="saen"),
    pytest.param("1.5 ล้าน", "1500000", id="decimal-million"),
    pytest.param("2.5 หมื่นล้าน", "25000000000", id="ten-thousand-million"),
    pytest.param("2 หมื่น 5 พัน", "25000", id="two-groups"),
    pytest.param("สองหมื่นห้าพัน", "25000", id="words"),
    pytest.param("ห้าสิบ", "50", id="fifty"),
    pytest.param("ยี่สิบเอ็ด", "21", id="yi-and-et"),
    pytest.param("หนึ่งล้านห้าแสน", "1500000", id="million-and-more"),
    pytest.param("หนึ่งแสนล้าน", "100000000000", id="million-multiplies-all-before"),
    pytest.param("1 แสนห้าหมื่น", "150000", id="digits-and-words"),
    pytest.param("๑,๐๐๐", "1000", id="thai-digits"),
    pytest.param("3.3 ล.", "3300000", id="abbreviated-million"),
    pytest.param("5 25", None, id="two-numbers-is-not-one"),
    pytest.param("สามารถ", None, id="not-a-number-word"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_thai_number(text, expected):
    assert parse_thai_number(text) == (Decimal(expected) if expected is not None else None)


# ------------------------------------------------- stop 12 round 2 (money fixer): M1-M6

LISTS = [
    pytest.param("- ค่ารางวัลประกวด (500 / 300 / 200 บาท) = 1,000 บาท", [500, 300, 200, 1000],
                 id="regression-slash-list-of-prizes-with-one-baht-acc13s"),
    pytest.param("รางวัลที่ 1-3 ได้แก่ 1,500, 1,000 และ 500 บาท", [1500, 1000, 500],
                 id="comma-and-list-of-grouped-amounts"),
    pytest.param("บัตรราคา 100 หรือ 200 บาท", [100, 200], id="or-list"),
    pytest.param("ค่าสมัคร 100,200 บาท", [100200], id="comma-without-space-is-thousands"),
    pytest.param("ราคา 1.5 / 2 ล้านบาท", [2000000], id="multiplier-on-the-last-only-leaves-the-others"),
    pytest.param("ผู้เข้าร่วม 30, 40 และ 50 คน ค่าอาหาร 50 บาท", [50], id="list-of-counts-is-no-money"),
    pytest.param("ครั้งที่ 1/2567 ค่าอาหาร 50 บาท", [50], id="meeting-number-before-an-amount"),
    pytest.param("โทร 0812345678 หรือ 500 บาท", [500], id="phone-number-is-no-list-member"),
    # M3: a small statement of account with no header
    pytest.param("สรุปการเงิน\nรายรับ | 22,500.00 |\nรายจ่าย | 21,310.00 |\nคงเหลือ (คืนกองทุน) | 1,190.00 |",
                 [22500, 21310, 1190], id="regression-headerless-statement-of-account-acc13u"),
    pytest.param("คงเหลือ 12 คน", [], id="balance-label-before-a-count-is-no-money"),
    pytest.param("คงเหลือ 1,250 ถุง", [], id="balance-label-before-a-thing-is-no-money"),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_list_and_statement_amounts(text, expected):
    assert amounts(text) == expected


LIST_ROLES = [
    pytest.param("- ค่ารางวัลประกวด (500 / 300 / 200 บาท) = 1,000 บาท", 300, "item",
                 id="list-member-on-an-item-line-is-an-item-not-a-rate"),
    pytest.param("ชุดละ 100, 200 และ 300 บาท", 200, "unit", id="list-members-share-the-first-ones-rate"),
    pytest.param("งบประมาณ 30,000 และ 20,000 บาท", 30000, "other", id="listed-totals-are-no-one-budget"),
    # M2: a planned-budget column
    pytest.param("| กิจกรรม | งบตามแผน | ใช้จริง |\n| อบรม | 8,400.00 | 7,860.00 |", 8400, "item",
                 id="regression-planned-budget-column-acc13u"),
    pytest.param("| กิจกรรม | งบตามแผน | ใช้จริง |\n| อบรม | 8,400.00 | 7,860.00 |", 7860, "other",
                 id="spent-column-beside-the-planned-one"),
    # M4: the sum of a rate paid out (prizes, salaries) is paid out too
    pytest.param("ได้รับโล่และเงินรางวัลแห่งละ 10,000 บาท รวม 120,000 บาท", 120000, "other",
                 id="regression-sum-of-prizes-per-unit-acc13x"),
    pytest.param("ค่าตอบแทนวิทยากร ชั่วโมงละ 600 บาท รวม 3,600 บาท", 3600, "item",
                 id="sum-of-a-line-item-rate-stays-an-item"),
    pytest.param("อบรม อสม. 50 คน คนละ 100 บาท รวม 5,000 บาท", 5000, "total",
                 id="sum-of-a-plain-rate-stays-a-total"),
    # M5: a budget named after a bracketed rate that it is not the product of
    pytest.param("มีแว่นอ่านหนังสือแจกให้ฟรี 60 อัน (อันละ 120 บาท) ใช้งบประมาณของกองทุนหลักประกันสุขภาพ "
                 "อบต.หนองแคน 9,850 บาท", 9850, "total", id="regression-budget-after-a-bracketed-rate-acc13z"),
    pytest.param("แจกเสื้อ 60 ตัว (ตัวละ 120 บาท) ใช้งบประมาณ 7,200 บาท", 7200, "item",
                 id="budget-word-before-the-rates-exact-product-is-its-item"),
    pytest.param("ค่าอาหารกลางวัน 48 คน x 60 บาท = 2,880 บาท / ค่าอาหารว่าง 48 คน x 25 บาท = 1,200 บาท", 2880,
                 "item", id="slash-between-line-items-is-no-per-sign"),
    pytest.param("ค่าอาหารว่าง 30 บาท/คน", 30, "unit", id="slash-before-a-counter-is-per"),
    pytest.param("อาหาร 50 คน มื้อละ 60 บาท เป็นเงิน 6,000 บาท", 6000, "item",
                 id="pen-ngoen-after-a-rate-is-the-product-even-when-not-exact"),
]


@pytest.mark.parametrize("text,amount,role", LIST_ROLES)
def test_list_and_rate_roles(text, amount, role):
    assert budget(text, amount).role == role


YEAR_TOTALS = [
    # M6: totals tied to years
    pytest.param("ปีงบ 68 (ครึ่งปีหลัง) ใช้งบกลางเพิ่ม 2,496 ล้านบาท ส่วนปีงบประมาณ 2569 ตั้งไว้ 9,984 ล้านบาท",
                 None, id="regression-amounts-of-two-fiscal-years-acc14f"),
    pytest.param("ปีงบประมาณ 2568 งบประมาณ 50,000 บาท ปีงบประมาณ 2569 งบประมาณ 60,000 บาท รวม 110,000 บาท",
                 110000, id="fiscal-years-summed-up-keep-the-sum"),
    pytest.param("โครงการอบรม อสม. ปีงบประมาณ 2568 งบประมาณ 50,000 บาท", 50000,
                 id="one-fiscal-year-keeps-its-budget"),
    pytest.param('คุณธนกร กล่าวว่า "ปีนี้บริษัทฯ ตั้งงบประมาณ CSR ด้านสาธารณสุขไว้ทั้งสิ้น 12 ล้านบาท '
                 'สำหรับโรงพยาบาล 9 แห่ง"', None, id="regression-a-years-pool-for-several-places-acc14e"),
    pytest.param("นายแพทย์ณัฐวุฒิ กล่าวว่า ในปีงบประมาณนี้ มีแผนออกหน่วย ทั้งหมด 12 ครั้ง ครอบคลุม 8 อำเภอ "
                 "ได้รับจัดสรรงบประมาณ 1.2 ล้านบาท หรือครั้งละประมาณ 100,000 บาท", None,
                 id="regression-a-years-pool-for-several-rounds-acc14h"),
    pytest.param("ประจำปีงบประมาณ 2568 งบประมาณ 20,000 บาท (ปีงบประมาณ 2567 ใช้จ่ายจริง 18,000 บาท)", 20000,
                 id="last-years-spending-beside-the-budget-keeps-it"),
    pytest.param("ปีนี้ได้จาก สปสช. เขต 1 รวม 450,000 บาท แบ่งให้ 13 อำเภอ อำเภอละ 30,000 บาท", None,
                 id="a-years-pool-shared-among-districts"),
    pytest.param("ปีนี้ได้รับงบประมาณ 50,000 บาท", 50000, id="this-year-alone-keeps-the-budget"),
    pytest.param("ในปีนี้ อบต.ได้รับงบประมาณ 30,000 บาท จัดอบรม 2 ครั้ง", 30000,
                 id="this-years-budget-for-two-trainings-shares-nothing-out"),
    pytest.param("ปีนี้ได้รับงบ 30,000 บาท สำหรับจัดอบรม 2 ครั้ง", 30000,
                 id="occasions-after-for-are-the-projects-own"),
    pytest.param("ในปีงบประมาณ 2568 จัดอบรม 2 ครั้ง งบประมาณ 30,000 บาท", 30000,
                 id="a-numbered-year-is-no-pool-mark"),
]


@pytest.mark.parametrize("text,expected", YEAR_TOTALS)
def test_year_totals(text, expected):
    assert total(text) == expected


# ------------------------------------------------------- s12c-money (round 3 fixes)

S12C_TOTALS = [
    # a sum (รวม) of the line's amounts beats its parts
    pytest.param("งบก็ได้จากคณะ 3,000 บาท + เก็บเงินกันเองคนละ 200 รวม 4,600 บาท", 4600,
                 id="sum-of-a-grant-and-shares-beats-the-grant-acc14s"),
    pytest.param("งบประมาณจากกองทุน 3,000 บาท และค่าวัสดุ 1,600 บาท รวม 4,600 บาท", 4600,
                 id="sum-of-a-total-and-an-item-beats-the-total"),
    pytest.param("งบประมาณ 3,000 บาท ค่าอาหารคนละ 70 บาท รวม 4,600 บาท", 3000,
                 id="sum-that-no-share-explains-leaves-the-budget"),
    pytest.param("งบประมาณ 5,000 บาท รวม 3,000 บาท", 5000, id="smaller-sum-leaves-the-budget"),
    # gifts: cash, contributions to a fund, the value of goods
    pytest.param("คุณวิไล เจ้าของร้านวิไลพาณิชย์ สนับสนุนน้ำดื่ม 20 แพ็ค และเงินสด 1,000 บาท", None,
                 id="cash-gift-is-no-budget-acc14w"),
    pytest.param("ผู้ใหญ่บ้านสนับสนุนเงินสด 2,000 บาท", None, id="cash-support-without-a-company"),
    pytest.param("พร้อมเงินสมทบกองทุนดูแลผู้ป่วยของโรงพยาบาลอีก 20,000 บาท\n(สองหมื่นบาทถ้วน)", None,
                 id="contribution-to-a-fund-with-words-is-no-budget-acc14m"),
    pytest.param("ชมรมได้ร่วมสมทบทุนซื้อเครื่องวัดความดัน 15,000 บาท", None,
                 id="contribution-to-a-purchase-is-no-budget"),
    pytest.param("โครงการได้รับงบประมาณสนับสนุนจากกองทุน 20,000 บาท", 20000,
                 id="grant-from-a-fund-stays-the-budget"),
    pytest.param("ส่งมอบอุปกรณ์ให้ รพ.สต. รวม 6 แห่ง เป็นมูลค่าทั้งสิ้น 143,400 บาท (หนึ่งแสนสี่หมื่นสามพันสี่ร้อยบาทถ้วน)",
                 None, id="value-of-goods-handed-over-in-all-acc14n"),
    pytest.param("งบประมาณทั้งสิ้น 143,400 บาท", 143400, id="budget-in-all-stays-the-budget"),
    # a yearly pool whose share-out wraps onto the next line
    pytest.param("และในปีนี้บริษัทฯ ตั้งงบประมาณด้านสุขภาพชุมชนไว้ 15 ล้านบาท\nครอบคลุมโรงไฟฟ้า 7 แห่ง", None,
                 id="yearly-pool-shared-out-on-the-next-line-acc14n"),
    pytest.param("ปีนี้ได้รับงบประมาณ 50,000 บาท\nครอบคลุมกลุ่มเป้าหมาย 7 คน", 50000,
                 id="pool-mark-with-people-below-keeps-the-budget"),
    # a sum of several projects
    pytest.param("อนุมัติโครงการ ดังนี้\n"
                 "   1. โครงการคัดกรองเบาหวาน ปชช. อายุ 35 ปีขึ้นไป        48,650 บาท\n"
                 "   2. โครงการหนูน้อยฟันสวย                              12,000 บาท\n"
                 "   3. ค่าบริหารจัดการกองทุน                              60,000 บาท\n"
                 "      รวมอนุมัติ 120,650 บาท\n"
                 "   ส่วนโครงการอบรมแกนนำ ที่ขอรับการสนับสนุน 18,000 บาท ให้ปรับปรุง", None,
                 id="sum-of-approved-projects-is-no-budget-acc14o"),
    pytest.param("   1. ค่าอาหารกลางวัน                        3,000 บาท\n"
                 "   2. ค่าวัสดุ                                1,500 บาท\n"
                 "      รวมเป็นเงิน 4,500 บาท", 4500, id="sum-of-line-items-stays-the-budget"),
]


@pytest.mark.parametrize("text,expected", S12C_TOTALS)
def test_s12c_totals(text, expected):
    assert total(text) == expected


S12C_AMOUNTS = [
    pytest.param("ได้จากคณะ 3,000 บาท + เก็บเงินกันเองคนละ 200 รวม 4,600 บาท", [3000, 200, 4600],
                 id="share-before-its-sum-takes-the-currency-acc14s"),
    pytest.param("ได้รับคนละ 300 รวม 30 คน", [], id="share-before-a-head-count-is-no-money"),
    pytest.param("แจกคนละ 2 ชุด รวม 400 บาท", [400], id="goods-per-person-are-no-money"),
    pytest.param("จำนวน 64,350 บาท (หกหมืน่สี่พันสามร้อยห้าสิบบาทถว้น) รายละเอียดดังนี้", [64350],
                 id="damaged-words-head-restates-the-digits-acc14u"),
    pytest.param("จำนวน 5,000 บาท (ค่าวัสดุสองร้อยบาท) รายละเอียดดังนี้", [5000, 200],
                 id="bracketed-item-in-words-is-a-new-amount"),
]


@pytest.mark.parametrize("text,expected", S12C_AMOUNTS)
def test_s12c_amounts(text, expected):
    assert amounts(text) == expected


def test_s12c_damaged_words_warn():
    report = extract("จำนวน 64,350 บาท (หกหมืน่สี่พันสามร้อยห้าสิบบาทถว้น) รายละเอียดดังนี้")
    assert [w.code for w in report.warnings if w.code == "amount_words_mismatch"] == \
        ["amount_words_mismatch"]
