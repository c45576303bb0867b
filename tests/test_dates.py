"""Dates: what is a calendar date in a Thai document, and what is not.

Each row: a sentence and the dates expected in the Report, written as the scorer writes them
("YYYY-MM-DD", "YYYY-MM", or "START/END" for a range), in text order.
"""
from __future__ import annotations

import pytest

from thaidocx import extract
from thaidocx.parse.thaidate import resolve_year


def _dates(text: str) -> list[str]:
    return [d.value + (f"/{d.end}" if d.end else "") for d in extract(text).dates]


P = pytest.param
XF = pytest.mark.xfail

DATES = [
    # day + Thai month + year
    P("ดำเนินการ วันที่ 4 เมษายน 2562", ["2019-04-04"], id="full-month-be"),
    P("ประชุม 4 ม.ค. 2562", ["2019-01-04"], id="abbr-with-dots"),
    P("ประชุม 4 มค. 2562", ["2019-01-04"], id="abbr-dot-at-end-only"),
    P("ประชุม 4 ม.ค 2562", ["2019-01-04"], id="abbr-no-final-dot"),
    P("ประชุม 4 มค 2562", ["2019-01-04"], id="abbr-without-dots"),
    P("ประชุม 4 ม. ค. 2562", ["2019-01-04"], id="abbr-spaced"),
    P("อบรม 4 เม.ย. 62", ["2019-04-04"], id="two-digit-be-year"),
    P("เมื่อวันที่ 18 มิถุนายน พ.ศ. 2561", ["2018-06-18"], id="era-be"),
    P("วันที่ 18 มิถุนายน พ.ศ 2561", ["2018-06-18"], id="era-be-no-final-dot"),
    P("วันที่ 18 มิถุนายน พ.ศ.2561", ["2018-06-18"], id="era-be-no-space"),
    P("วันที่ 4 เมษายน ค.ศ. 2019", ["2019-04-04"], id="era-ce"),
    P("วันที่ 4 เมษายน 2019", ["2019-04-04"], id="ce-year-without-era"),
    P("วันที่ ๔ เมษายน ๒๕๖๒", ["2019-04-04"], id="thai-digits"),
    P("วันจันทร์ที่ 4 มีนาคม 2562", ["2019-03-04"], id="weekday-lead"),
    P("วันพุธที่  ๑๒  ตุลาคม  ๒๕๕๘", ["2015-10-12"], id="weekday-double-spaces"),
    P("วันศุกร์ 13 ธ.ค.2562", ["2019-12-13"], id="weekday-without-thi"),
    P("3มีค.2558: ประชุมทีมสุขภาพชุมชน", ["2015-03-03"], id="no-space-at-all"),
    P("วันศุกร์ที่ 11 พ.ย.64 เวลา 13.30 น.", ["2021-11-11"], id="glued-two-digit-year"),
    P("วันที่ 12 เดือน กุมภาพันธ์ พ.ศ. 2557", ["2014-02-12"], id="word-duean-before-month"),
    P("วันนี้ (9 มีนาคม 2566) ที่ศาลากลาง", ["2023-03-09"], id="in-parentheses"),
    P("| วันที่เริ่มโครงการ | 2 ธันวาคม 2567 |", ["2024-12-02"], id="table-cell"),
    P("ทำบุญ 14 ตุลา 2516", ["1973-10-14"], id="colloquial-month-after-day"),
    P("วันที่ 4 กรกฏาคม 2562", ["2019-07-04"], id="common-misspelling-kor-patak"),
    P("วันที่ 29 ก.พ. 2563", ["2020-02-29"], id="leap-day"),
    P("รับวัคซีน 3 มี.ค. 65 ที่ รพ.", ["2022-03-03"], id="mi-kho-abbreviation"),
    P("วันที่ 2 พ.ค. 62 ประชุม", ["2019-05-02"], id="pho-kho-abbreviation"),
    P("ที่ สธ 0032/ว 123 ลงวันที่ 5 มกราคม 2567", ["2024-01-05"], id="letter-number-then-date"),
    P("ครั้งที่ 1/2567 วันพุธที่ 10 มกราคม 2567 เวลา 13.30 น.", ["2024-01-10"],
      id="minutes-header"),
    P("ผู้ป่วย 120 ราย (ข้อมูล ณ วันที่ 5 ม.ค. 2567)", ["2024-01-05"], id="data-as-of"),
    # numeric
    P("วันที่ 4/4/2562", ["2019-04-04"], id="numeric-slash-be"),
    P("ณ 04-04-62 เวลา 10.00 น.", ["2019-04-04"], id="numeric-dash-two-digit"),
    P("(18-4-2562) ที่ห้องประชุม", ["2019-04-18"], id="numeric-in-parentheses"),
    P("date 7/8/2009", ["2009-08-07"], id="numeric-ce"),
    P("ลงวันที่ 4.4.2562", ["2019-04-04"], id="numeric-dots-be"),
    P("บันทึก 2019-04-04T10:00", ["2019-04-04"], id="iso"),
    # month + year
    P("รายงานประจำเดือนเมษายน 2562", ["2019-04"], id="month-year"),
    P("ภายในเดือน ก.ย. 62", ["2019-09"], id="month-year-abbr"),
    P("ภายในเดือนกันยายน พ.ศ. 2562", ["2019-09"], id="month-year-era"),
    # ranges: one item with an end
    P("จัดอบรม 4-5 เมษายน 2562", ["2019-04-04/2019-04-05"], id="range-days"),
    P("จัดอบรม 4 - 5 เม.ย. 62", ["2019-04-04/2019-04-05"], id="range-days-spaced"),
    P("ระหว่างวันที่ 30 ก.ย. – 2 ต.ค. 62", ["2019-09-30/2019-10-02"], id="range-across-months"),
    P("อบรม ๓๐ เม.ย. ๖๑ – ๔ พ.ค. ๖๑", ["2018-04-30/2018-05-04"], id="range-thai-digits"),
    P("ตั้งแต่ 3 กุมภาพันธ์ 2565 ถึง 28 เมษายน 2566", ["2022-02-03/2023-04-28"],
      id="range-tangtae-thueng"),
    P("ตั้งแต่วันที่ 1 ตุลาคม 2561 ถึงวันที่ 30 กันยายน 2562", ["2018-10-01/2019-09-30"],
      id="range-with-wanthi-twice"),
    P("ระหว่างวันที่ 1-3 กุมภาพันธ์ 2566", ["2023-02-01/2023-02-03"], id="range-rawang"),
    P("ระหว่างวันที่ 5 และ 7 มีนาคม 2565", ["2022-03-05/2022-03-07"], id="range-rawang-lae"),
    P("ช่วงปีใหม่ 30 ธ.ค. 2562 - 2 ม.ค. 2563", ["2019-12-30/2020-01-02"], id="range-across-years"),
    P("ช่วง 30 ธ.ค. - 2 ม.ค. 2563", ["2019-12-30/2020-01-02"], id="range-year-on-end-only"),
    P("1 ม.ค. - 31 ธ.ค. 2562", ["2019-01-01/2019-12-31"], id="range-whole-year"),
    P("16 มกราคม 2568 - 27 มีนาคม 2568", ["2025-01-16/2025-03-27"], id="range-full-dates"),
    P("ระหว่างวันที่ 29 ก.พ. - 1 มี.ค. 2567", ["2024-02-29/2024-03-01"], id="range-over-leap-day"),
    P("๒๕ ธ.ค. ๖๖ - ๕ ม.ค. ๖๗", ["2023-12-25/2024-01-05"], id="range-two-digit-years-across"),
    P("1-30 ก.ย.62", ["2019-09-01/2019-09-30"], id="range-glued-year"),
    P("เริ่มวันที่ 1 ต.ค. 66 สิ้นสุดวันที่ 30 ก.ย. 67", ["2023-10-01/2024-09-30"],
      id="range-roem-sinsut"),
    P("ปีงบประมาณ 2567 (1 ตุลาคม 2566 – 30 กันยายน 2567)", ["2023-10-01/2024-09-30"],
      id="range-after-fiscal-year"),
    P("ระยะเวลา ตุลาคม 2561 – กันยายน 2562", ["2018-10/2019-09"], id="month-range"),
    P("ไตรมาสที่ 1 (ต.ค.-ธ.ค. 66)", ["2023-10/2023-12"], id="month-range-quarter"),
    P("ในเดือน มิถุนายน-สิงหาคม 2564", ["2021-06/2021-08"], id="month-range-year-once"),
    P("ตั้งแต่เดือนตุลาคม 2561 ถึงเดือนกันยายน 2562", ["2018-10/2019-09"], id="month-range-duean"),
    P("ช่วง ต.ค.61-ก.ย.62", ["2018-10/2019-09"], id="month-range-abbr-glued"),
    # English inside Thai
    P("เผยแพร่ 07 Aug 2009 โดยแอดมิน", ["2009-08-07"], id="english-day-month-year"),
    P("posted August 7, 2009", ["2009-08-07"], id="english-month-day-year"),
    P("on 25 Dec. 2019", ["2019-12-25"], id="english-abbr-dot"),
    P("รายงาน August 2009", ["2009-08"], id="english-month-year"),
    # the year comes from the same sentence
    P("ประชุมวันที่ 5 และ 12 มีนาคม 2565", ["2022-03-05", "2022-03-12"], id="list-bare-day"),
    P("วันที่ 5, 6 และ 7 มีนาคม 2565", ["2022-03-05", "2022-03-06", "2022-03-07"],
      id="list-three-days"),
    P("ตรวจคัดกรอง 4 เม.ย. และ 6 พ.ค. 2562", ["2019-04-04", "2019-05-06"], id="list-own-months"),
    P("ออกหน่วย 30 ธ.ค. และ 2 ม.ค. 2563", ["2019-12-30", "2020-01-02"], id="list-across-years"),
    P("ออกหน่วยวันที่ 14-15 และ 21 ส.ค. 67", ["2024-08-14/2024-08-15", "2024-08-21"],
      id="list-whose-first-item-is-a-range"),
    P("ตรวจวันที่ 3, 9-10 และ 17 มี.ค. 2568", ["2025-03-03", "2025-03-09/2025-03-10", "2025-03-17"],
      id="list-with-a-range-item-in-the-middle"),
    P("อบรม 28-29 ก.พ. และ 2 มี.ค. 2567", ["2024-02-28/2024-02-29", "2024-03-02"],
      id="list-range-item-with-its-own-month"),
    P("อบรม 4-5 เม.ย. และสอบวันที่ 20 เม.ย. 2562", ["2019-04-04/2019-04-05", "2019-04-20"],
      id="yearless-range-borrows-from-line"),
    P("ประชุมวันที่ 8 ก.ค. 2564 เวลา 09.30 น. และวันที่ 22 ก.ค. เวลา 13.00 น.",
      ["2021-07-08", "2021-07-22"], id="year-from-earlier-date-in-line"),
    P("รับสมัครวันที่ 3 ม.ค. ประชุมวันที่ 15 มกราคม 2564", ["2021-01-03", "2021-01-15"],
      id="year-from-later-date-in-line"),
    P("อัปเดต 4 ก.ย. เวลา 20.45 น.", [], id="no-year-anywhere"),
    P("วันที่ 4 ก.ย. 64\nวันที่ 6 ก.ย.", ["2021-09-04"], id="no-year-borrowed-across-lines"),
    # A weekday names one day: a number before "– วันพุธที่ …" is a label, not a range start
    # (regression: "Day 1 – วันพุธที่ 1 กุมภาพันธ์ 2566" in a schedule read as a range).
    P("Day 2 – วันพฤหัสบดีที่ 3 กุมภาพันธ์ 2566", ["2023-02-03"], id="regression-day-label-before-weekday"),
    P("ครั้งที่ 1 – วันพุธที่ 3 ก.พ. 66", ["2023-02-03"], id="ordinal-label-before-weekday"),
    P("วันจันทร์ที่ 1 – วันพุธที่ 3 กุมภาพันธ์ 2566", ["2023-02-01/2023-02-03"],
      id="weekday-on-both-ends-is-a-range"),
    P("30 ก.ย. – วันพุธที่ 2 ต.ค. 62", ["2019-09-30/2019-10-02"], id="month-on-start-weekday-on-end"),
    # NOT dates
    P("ปี 2562", [], id="year-alone"),
    P("พ.ศ. 2562", [], id="era-year-alone"),
    P("ประจำปี ๒๕๖๑", [], id="prajam-pi-alone"),
    P("ปีงบประมาณ 2562", [], id="fiscal-year-is-not-a-date"),
    P("ประจำเดือนเมษายน ประจำปีงบประมาณ 2564", [], id="month-then-fiscal-year"),
    P("ปี 2561 – ปัจจุบัน", [], id="year-range-to-now"),
    P("เวลา 09.00 น.", [], id="time"),
    P("เวลา 08.30-16.30 น.", [], id="time-range"),
    P("โทร 0-5551-2345", [], id="landline"),
    P("โทร 081-234-5678", [], id="mobile"),
    P("ติดต่อ 02-590-1234", [], id="bangkok-phone"),
    P("ค่าเฉลี่ย 3.14", [], id="decimal"),
    P("ข้อ 2.1 และ 1.2.3", [], id="section-numbers"),
    P("รหัส 65-00-0144-0003", [], id="code"),
    P("รหัสโครงการ 2564-L8207-2-05", [], id="project-code"),
    P("งบประมาณ 20,000 บาท", [], id="money"),
    P("เวอร์ชัน 2.12.2019", [], id="version-number"),
    P("ครั้งที่ 1/2562", [], id="meeting-number"),
    P("บ้านเลขที่ 12/3 หมู่ 4", [], id="house-number"),
    P("อายุ 35-59 ปี", [], id="age-range"),
    P("บ้านเลขที่ 12/5/62", [], id="slashed-house-number"),
    P("ไตรมาส 2 (ม.ค.-มี.ค.)", [], id="month-range-without-year"),
    P("อัตราป่วย 12.5 ต่อแสนประชากร", [], id="rate"),
    P("ตามมาตรฐาน ก.พ.ร. 2562", [], id="agency-abbreviation-kpr"),
    P("คณะกรรมการ ก.ค.ศ. 2562", [], id="agency-abbreviation-kks"),
    P("ส่ง ส.ค.ส. 2563", [], id="new-year-card-abbreviation"),
    P("คุณกันยา 45 ปี", [], id="colloquial-month-is-a-name"),
    P("ได้รับ กพ 12 ฉบับ", [], id="abbr-before-small-number"),
    P("มีค่า 2562", [], id="mi-kho-inside-a-word"),
    P("มี 5 คน 2562", [], id="mi-is-not-march"),
    P("Mayor 2009", [], id="english-word-starting-with-month"),
    P("วันที่ 14 ต.ค. 19", [], id="cut-off-year"),
    # ranges whose two ends are separate dates (date.range_join)
    P("ระยะเวลาดำเนินการตั้งแต่วันที่ 3 มีนาคม 2565\nถึงวันที่ 2 มีนาคม 2566",
      ["2022-03-03/2023-03-02"], id="regression-range-broken-across-lines"),
    P("ดำเนินการตั้งแต่วันที่ 20 ธันวาคม 2564 ถึงวัน\nที่ 20 มกราคม 2565 โดยมี",
      ["2021-12-20/2022-01-20"], id="regression-range-wrapped-inside-wanthi"),
    P("โครงการเริ่มตั้งแต่ 01/07/2566 ถึง 31/08/2566", ["2023-07-01/2023-08-31"],
      id="regression-numeric-range-thueng"),
    P("ช่วงดำเนินงาน 1/10/2565 - 30/9/2566", ["2022-10-01/2023-09-30"], id="numeric-range-dash"),
    P("ตั้งแต่ 5 มิ.ย. 2566 จนถึง 30/09/2566", ["2023-06-05/2023-09-30"],
      id="range-mixed-thai-and-numeric"),
    P("ตั้งแต่ 5 พฤศจิกายน\nถึง 4 กุมภาพันธ์ 2567", ["2023-11-05/2024-02-04"],
      id="range-broken-across-lines-year-on-end"),
    P("ตั้งแต่เดือนตุลาคม 2564\nถึงเดือนมีนาคม 2565", ["2021-10/2022-03"],
      id="month-range-broken-across-lines"),
    P("กำหนดการ\n- 4 เม.ย. 62 ลงทะเบียน\n- 5 เม.ย. 62 อบรม", ["2019-04-04", "2019-04-05"],
      id="dash-bullets-are-not-a-range"),
    P("วันที่ 4 เม.ย. 62\n- 5 เม.ย. 62", ["2019-04-04", "2019-04-05"],
      id="dash-opening-a-line-is-not-a-range"),
    P("ระยะเวลาดำเนินการ 1 ตุลาคม 2566 –\n30 กันยายน 2567", ["2023-10-01/2024-09-30"],
      id="dash-ending-a-line-joins-a-range"),
    P("ระยะเวลา: ตุลาคม 2566 -\nกันยายน 2567", ["2023-10/2024-09"], id="month-range-dash-ending-a-line"),
    P("ระยะเวลาดำเนินการ มิถุนายน –\nสิงหาคม 2568", ["2025-06/2025-08"],
      id="yearless-month-range-start-dash-ending-a-line"),
    P("ระหว่างเดือน พ.ย. ถึง\nม.ค. 68", ["2024-11/2025-01"], id="month-range-thueng-ending-a-line"),
    P("ช่วงเดือน มิ.ย. -\n- ส.ค. 68 ลงพื้นที่", ["2025-08"], id="month-dash-before-a-bullet-is-no-range"),
    P("ประชุม 4 เม.ย. 62 -\n- 5 เม.ย. 62 ลงพื้นที่", ["2019-04-04", "2019-04-05"],
      id="dash-ending-a-line-before-a-bullet-is-no-range"),
    P("ส่งรายงาน 30/09/2566 ถึง 1/06/2566", ["2023-09-30", "2023-06-01"],
      id="reversed-ends-stay-two-dates"),
    P("ประชุม 4 เม.ย. 62 ถึง 5 หน่วยงาน", ["2019-04-04"], id="thueng-before-a-count"),
    # PDF text wrapped right after the day (date.day_month_year_wrapped)
    P("ระหว่างวันที่ ๑ มีนาคม ๒๕๖๗ ถึงวันที่ ๓๐\nพฤษภาคม ๒๕๖๗", ["2024-03-01/2024-05-30"],
      id="regression-range-end-wrapped-after-its-day"),
    P("อบรม ๑ วัน (วันพฤหัสบดีที่ ๑๔\nมีนาคม ๒๕๖๗) ณ ศาลา", ["2024-03-14"],
      id="weekday-date-wrapped-after-its-day"),
    P("ผู้เข้าร่วม 30\nมีนาคม 2567 จัดอบรม", ["2024-03"], id="count-ending-a-line-is-no-day"),
    # PDF text wrapped between a month and its year, or inside a range's end (one break)
    P("ดำเนินการระหว่างวันที่ 3 มิถุนายน ถึงวันที่ 30 สิงหาคม\n2567 ในโรงเรียน",
      ["2024-06-03/2024-08-30"], id="regression-range-year-wrapped-onto-next-line"),
    P("ดำเนินการระหว่างวันที่ 3 มิถุนายน – 30\nสิงหาคม 2567 ในโรงเรียน",
      ["2024-06-03/2024-08-30"], id="regression-range-end-day-wrapped-gave-month-only"),
    P("ดำเนินการ 3 มิ.ย. – 30\nส.ค. 2567", ["2024-06-03/2024-08-30"],
      id="range-end-day-wrapped-after-a-start-month"),
    P("ระหว่างวันที่ 3\nมิถุนายน ถึงวันที่ 30 สิงหาคม 2567", ["2024-06-03/2024-08-30"],
      id="range-start-day-wrapped-after-wanthi"),
    P("อบรมเมื่อวันที่ 30 สิงหาคม\n2567 ณ ศาลา", ["2024-08-30"], id="date-year-wrapped"),
    P("รายงานประจำเดือนสิงหาคม\nพ.ศ. 2567 ของ", ["2024-08"], id="month-year-wrapped-after-era"),
    P("ระยะเวลา มิถุนายน – สิงหาคม\n2567", ["2024-06/2024-08"], id="month-range-year-wrapped"),
    P("อายุ 20 – 30\nสิงหาคม 2567 จัดอบรม", ["2024-08"], id="bare-range-end-ending-a-line-is-no-day"),
    P("ประชุมวันที่ 5 สิงหาคม\n30 คน", [], id="two-digits-opening-a-line-are-no-year"),
    P("ค่าใช้จ่ายเดือนสิงหาคม\n2500 บาท", [], id="amount-opening-a-line-is-no-year"),
    P("ประชุมวันที่ 5 สิงหาคม\n\n2567", [], id="two-line-breaks-are-too-many"),
    # weekday names in parentheses, time ranges next to dates, as-of dates
    P("วันนี้ (วันศุกร์ที่ ๘ ธันวาคม ๒๕๖๖) เวลา ๐๙.๐๐ – ๑๒.๐๐ น.", ["2023-12-08"],
      id="weekday-date-in-parentheses-then-time-range"),
    P("รุ่นที่ 1 วันเสาร์ที่ 2 ก.ย. 66 เวลา 08.30-16.30 น. / รุ่นที่ 2 วันเสาร์ที่ 16 ก.ย. 66",
      ["2023-09-02", "2023-09-16"], id="two-sessions-with-time-ranges"),
    P("(ข้อมูล ณ วันที่ 30 กันยายน 2566)", ["2023-09-30"], id="as-of-date"),
    P("ตลอดเดือนพฤศจิกายน 2566 คัดกรองเชิงรุก", ["2023-11"], id="throughout-a-month"),
    P("ครั้งที่ 3/2566 วันพุธที่ 20 กันยายน 2566", ["2023-09-20"], id="meeting-number-beside-a-date"),
    # a yearly date names no year
    P("ถือเอาวันที่ 7 เมษายน ของทุกปีเป็นวันรณรงค์ ประกาศเมื่อ 2 มกราคม 2563",
      ["2020-01-02"], id="regression-yearly-date-borrows-no-year"),
    P("จัดงานวันที่ 1 ตุลาคม ทุกปี ครั้งนี้วันที่ 1 ตุลาคม 2566", ["2023-10-01"],
      id="yearly-date-without-khong"),
    # known gaps
    P("วันที่ 1 - 5 และ 8 - 12 กรกฎาคม 2562", ["2019-07-01/2019-07-05", "2019-07-08/2019-07-12"],
      id="two-ranges-sharing-a-month"),
    P("5 ต.ค. 61 - ก.ย. 62", ["2018-10-05/2019-09"], id="mixed-precision-range",
      marks=XF(strict=True, reason="a day-to-month range is read as a month range")),
    P("เผยแพร่ 7 Aug 09", ["2009-08-07"], id="english-two-digit-year",
      marks=XF(strict=True, reason="two-digit years are read only in Thai dates")),
    P("กิจกรรม                  ระยะเวลา          ผู้รับผิดชอบ\n"
      "1. อบรม อสม.              ม.ค. - มี.ค.      นางสาวมาลี\n"
      "                          2566              ใจดีมาก\n", ["2023-01/2023-03"],
      id="regression-space-aligned-table-cell-wrapped-onto-the-next-line-acc12h"),
    # --- tables fixer (s12): a date cell wrapped onto the next line (parse/date_cells.py)
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        ต.ค.67-          นางสาวมาลี\n                 ธ.ค.67           ใจดี\n', ['2024-10/2024-12'],
      id='regression-month-ending-its-cell-with-a-dash-acc14i'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        พ.ย.67 -         นางสาวมาลี\n                 ก.พ.68           ใจดี\n', ['2024-11/2025-02'],
      id='regression-dash-after-a-space-ending-a-cell-acc14i'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        12-13 มี.ค.      นางสาวมาลี\n(2 วัน)          68               ใจดี\n', ['2025-03-12/2025-03-13'],
      id='regression-day-range-whose-two-digit-year-wrapped-acc14i'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        พ.ค. -           นางสาวมาลี\n                 ก.ย. 2566        ใจดี\n', ['2023-05/2023-09'],
      id='regression-range-end-with-its-year-wrapped-acc12h'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        1-2 ธ.ค.         นางสาวมาลี\n                 2565             ใจดี\n', ['2022-12-01/2022-12-02'],
      id='regression-day-range-whose-year-wrapped-acc12h'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        ต.ค.67           นางสาวมาลี\nประชุม           ธ.ค.67           นายสมพร\n', ['2024-10', '2024-12'],
      id='complete-dates-in-two-rows-stay-two-dates'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        ม.ค. - มี.ค.     นางสาวมาลี\n                 68 คน            ใจดี\n', [],
      id='cell-below-holding-more-than-a-year-is-no-wrap'),
    P('กิจกรรม          ระยะเวลา         ผู้รับผิดชอบ\n'
      'อบรม อสม.        ม.ค. - มี.ค.     นางสาวมาลี\n                                  2566\n', [],
      id='year-under-another-column-is-no-wrap'),
    # s12c-money: a year written alone just before a year-less date in the same sentence
    P("ฝึกงาน ปี 68 ช่วง 26 พ.ค.-6 มิ.ย. ที่ ต.นาโพธิ์", ["2025-05-26/2025-06-06"],
      id="year-before-yearless-range"),
    P("ในปี พ.ศ. 2567 จัดอบรมวันที่ 3 ก.ค.", ["2024-07-03"], id="era-year-before-yearless-date"),
    P("ปี 2567 ประชุมวันที่ 3 ก.ค. และวันที่ 5 ส.ค. 2568", ["2025-07-03", "2025-08-05"],
      id="year-before-yields-to-a-dated-mention-on-the-line"),
    P("ปีงบประมาณ 2568 เริ่มกิจกรรม 5 ต.ค.", [], id="fiscal-year-lends-no-year"),
    P("ปีงบประมาณ พ.ศ. 2568 เริ่ม 5 ต.ค.", [], id="fiscal-era-year-lends-no-year"),
    P("ตั้งแต่ปี 2560 ทุกวันที่ 7 เม.ย. จัดรณรงค์", [], id="starting-year-lends-no-year"),
    P("ปี 68 มีผู้ป่วย 25 ราย วันที่ 3 ก.ค. ประชุม", [], id="year-before-a-number-between-lends-none"),
    P("ปี 68\nวันที่ 3 ก.ค. ประชุม", [], id="year-on-the-line-above-lends-none"),
    P("ปี 68 ทีมงานปรับแผนกิจกรรมหลายรอบติดต่อกันจนถึงวันที่ 3 ก.ค.", [],
      id="year-far-before-lends-none"),
    P("นักศึกษาปี 4 ฝึกงาน 26 พ.ค.", [], id="class-year-is-no-year"),
    # s13-money: file names, dotted CE dates, a year-less date before a new clause
    P("ดาวน์โหลด : สรุปผลการคัดกรอง_PHQA_พย68.pdf (412 KB)", [],
      id="regression-month-inside-a-file-name-acc15c"),
    P("เอกสารแนบ รายงานผล ก.ย.2568.pdf", [], id="date-ending-in-a-file-extension"),
    P("ไฟล์ ประชุม_5ต.ค.67_สรุป.docx", [], id="date-between-underscores"),
    P("ลงวันที่ ____5 ก.ย. 2568____", ["2025-09-05"], id="form-blanks-are-no-file-name"),
    P("IMG_4501.jpg  ลงทะเบียนผู้สูงอายุ 14-11-2566", ["2023-11-14"], id="date-after-a-file-name"),
    P("วันที่เผยแพร่  18.09.2025      หมวดหมู่ : CSR", ["2025-09-18"],
      id="regression-dotted-ce-date-with-padded-day-and-month-acc15o"),
    P("เวอร์ชัน 3.10.2019", [], id="version-with-unpadded-day"),
    P("ส่งรายชื่อภายใน 15 ก.ย. นี้ แล้วเดือนหน้า (ต.ค. 68) จัดเวทีในหมู่บ้าน", ["2025-10"],
      id="regression-yearless-deadline-takes-no-year-from-the-next-clause-acc15p"),
    P("ภายใน 15 ก.ย. ต่อมาวันที่ 3 ต.ค. 2568 ประชุม", ["2025-10-03"],
      id="yearless-date-before-a-clause-opener-stays-yearless"),
    P("อบรมวันที่ 4 เม.ย. และวันที่ 6 พ.ค. 2562", ["2019-04-04", "2019-05-06"],
      id="yearless-date-joined-by-and-still-borrows"),
    # year-first numeric dates (chat exports, CMS timestamps)
    P("วันที่บันทึก：2025/07/17 21:05\n\n2025/07/17(พฤ.)", ["2025-07-17", "2025-07-17"],
      id="regression-year-first-slash-date-of-a-chat-export-acc17d"),
    P("บันทึกเมื่อ 2568/7/5 เวลา 10:02", ["2025-07-05"], id="year-first-slash-be-unpadded"),
    P("อ่านต่อ https://www.example.go.th/2025/07/17/news-camp", [], id="year-first-slash-inside-url-path"),
    P("บ้านเลขที่ 2012/5/3 หมู่ 4", [], id="year-first-slash-house-number"),
    P("หนังสือที่ 2565/12/3/4", [], id="slash-number-run-of-four-parts"),
    # spreadsheet Thai date cells: D-<Thai month>-YY
    P("1,บ้านเสาธงชัย,12-มิ.ย.-68,214,214\n2,บ้านหนองแคน,13-มิ.ย.-2568,167",
      ["2025-06-12", "2025-06-13"], id="regression-spreadsheet-thai-date-cells-in-csv-acc17p"),
    P("วันที่สำรวจ\t5-ก.ค.-68\t12 หลัง", ["2025-07-05"], id="spreadsheet-thai-date-cell-in-tab-row"),
    P("รุ่น 3 - มี.ค. - 68 คน", [], id="spaced-dashes-around-a-month-are-no-date-cell"),
    P("ยอด 1,13-มี.ค.-68", [], id="thousands-group-is-no-day-of-a-date-cell"),
    # English spans of days
    P("The workshop was held on 21–22 February 2025 at the hall.", ["2025-02-21/2025-02-22"],
      id="regression-english-span-of-days-acc17q"),
    P("held on February 21 - 22, 2025 in Phichai", ["2025-02-21/2025-02-22"],
      id="english-span-month-first"),
    P("posted August 7, 2009 by admin", ["2009-08-07"], id="english-single-day-unchanged"),
    P("ages 18-60 in May 2025", ["2025-05"], id="english-age-band-before-month-year-is-no-span"),
    # a month column beside a day column (one row a month)
    P("เดือน\tวันที่\tกิจกรรมหลัก\tผู้มาร่วม (คน)\nมกราคม 2567\t10\tประชุมประจำเดือน\t58\n"
      "กุมภาพันธ์ 2567\t14\tตรวจวัดความดัน\t61", ["2024-01-10", "2024-02-14"],
      id="regression-month-cell-beside-day-cell-acc17n"),
    P("| ลำดับ | เดือน/ปี | วันที่จัด | กิจกรรม |\n| 1 | ม.ค. 67 | 31 | ประชุม |", ["2024-01-31"],
      id="month-and-day-pipe-columns"),
    P("เดือน\tจำนวน (คน)\nมกราคม 2567\t10", ["2024-01"], id="count-beside-a-month-cell-stays-a-count"),
    P("ผลงาน\nมกราคม 2567\t10\tราย", ["2024-01"], id="no-header-naming-a-day-column"),
    P("เดือน      วันที่      กิจกรรม\nมกราคม 2567      10      ประชุม", ["2024-01"],
      id="space-aligned-day-after-month-stays-out"),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_dates(text, expected):
    assert _dates(text) == expected


ITEMS = [
    P("วันที่ 4 เมษายน 2562", dict(value="2019-04-04", end=None, precision="day", era="BE"),
      id="day-be"),
    P("วันที่ 4 เมษายน ค.ศ. 2019", dict(value="2019-04-04", precision="day", era="CE"),
      id="day-ce"),
    P("เดือนเมษายน 2562", dict(value="2019-04", end=None, precision="month", era="BE"),
      id="month-precision"),
    P("ตุลาคม 2561 - กันยายน 2562", dict(value="2018-10", end="2019-09", precision="month"),
      id="month-range-precision"),
    P("07 Aug 2009", dict(value="2009-08-07", precision="day", era="CE"), id="english-era"),
    P("4-5 เมษายน 2562", dict(evidence=dict(text="4-5 เมษายน 2562", start=0, end=15,
                                              rule="date.range_day")), id="range-evidence"),
]


@pytest.mark.parametrize("text,expect", ITEMS)
def test_item_fields(text, expect):
    (item,) = extract(text).dates
    dumped = item.model_dump()
    assert {k: dumped[k] for k in expect} == expect


EVIDENCE = [
    P("วันที่ ๓๐ เม.ย. ๖๑ – ๔ พ.ค. ๖๑ ณ โรงเรียน", id="thai-digits-and-dash"),
    P("ประชุม\u200b วันที่ 4\u00a0เม.ย.\u200b 2562", id="zero-width-and-nbsp"),
    P("ทำนุบำรุง\u0e4d\u0e32 วันที่ 4 เมษายน 2562\r\nวันที่ 5 พ.ค. 62", id="nikhahit-and-crlf"),
]


@pytest.mark.parametrize("text", EVIDENCE)
def test_evidence_is_the_original_text(text):
    report = extract(text)
    assert report.dates
    for d in report.dates:
        assert text[d.evidence.start:d.evidence.end] == d.evidence.text


WARNINGS = [
    P("ประชุม 31 กุมภาพันธ์ 2562", "impossible_date", "31 กุมภาพันธ์ 2562", id="feb-31"),
    P("ประชุม 29 ก.พ. 2562", "impossible_date", "29 ก.พ. 2562", id="feb-29-not-leap"),
    P("วันที่ 31/4/2562", "impossible_date", "วันที่ 31/4/2562", id="numeric-april-31"),
    P("on 31 Feb 2009", "impossible_date", "31 Feb 2009", id="english-feb-31"),
    P("วันที่ 14 ต.ค. 19", "implausible_year", "วันที่ 14 ต.ค. 19", id="cut-off-year"),
    P("อบรม 5-4 เมษายน 2562", "reversed_range", "5-4 เมษายน 2562", id="reversed-range"),
]


@pytest.mark.parametrize("text,code,evidence", WARNINGS)
def test_not_a_date_warns(text, code, evidence):
    report = extract(text)
    assert report.dates == []
    assert [(w.code, w.evidence.text if w.evidence else None) for w in report.warnings
            if w.code == code] == [(code, evidence)]


YEARS = [
    P("2562", (2019, "BE"), id="be-four-digits"),
    P("62", (2019, "BE"), id="be-two-digits"),
    P("2019", (2019, "CE"), id="ce-four-digits"),
    P("2400", (1857, "BE"), id="be-threshold"),
    P("2399", None, id="below-be-above-ce-limit"),
    P("20", None, id="two-digits-below-limit"),
    P("562", None, id="three-digits"),
]


@pytest.mark.parametrize("text,expected", YEARS)
def test_resolve_year(rules, text, expected):
    year = resolve_year(text, rules)
    assert (None if year is None else (year.ce, year.era)) == expected


MONTHS = [
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
]
MONTH_ROWS = [
    P(f"ประชุมวันที่ 9 {name} 2562", f"2019-{n:02d}-09", id=f"month-{n}-{style}")
    for n, pair in enumerate(MONTHS, start=1)
    for style, name in (("full", pair[0]), ("abbr", pair[1]), ("nodots", pair[1].replace(".", "")))
]


@pytest.mark.parametrize("text,expected", MONTH_ROWS)
def test_every_month_name(text, expected):
    assert _dates(text) == [expected]

