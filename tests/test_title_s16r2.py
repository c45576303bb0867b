"""The title on the documents of stop 16's last round: a blog's post under its calendar widget (the
line after the bare date line under it, not the blog's quoted tagline), and a yearly activity
report whose generic heading yields to the project its first paragraph quotes, a memo subject
wrapped onto an unindented line right over its addressee. One row per case,
with counter-examples; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import title_of

POST = "สองวันในค่ายเบาหวาน : เจาะน้ำตาล 62 คน กับแกงหน่อไม้ฝีมือป้าจันทร์"
BLOG_TOP = ("Blogspot : บันทึกคนทำงาน\n\nไดอารี่หมออนามัยบ้านนา\n\"ทำงานเหมือนไม่มีวันพรุ่งนี้ แต่นอนให้พอ\" 5555\n\n"
            "Group Blog\nออกหน่วย (8)\nเรื่องเล่าในคลินิก (12)\n\n")
CALENDAR = ("<<\tกุมภาพันธ์ 2569\t>>\nอา\tจ\tอ\tพ\tพฤ\tศ\tส\n1\t2\t3\t4\t5\t6\t7\n8\t9\t10\t11\t12\t13\t14\n"
            "15\t16\t17\t18\t19\t20\t21\n22\t23\t24\t25\t26\t27\t28\n\n")
BLOG_BODY = ("\n\nสวัสดีค่ะทุกคน วันนี้ขอเล่าเรื่องค่ายเบาหวานที่ รพ.สต.บ้านนา จัดเมื่อต้นเดือน ทีมเรามีกันห้าคน "
             "เจาะน้ำตาลปลายนิ้วให้ผู้ป่วย 62 คน แล้วก็สอนนับคาร์บกันแบบง่าย ๆ ทุกคนตั้งใจฟังมาก\n")
MEMO_TOP = ("บันทึกข้อความ\nส่วนราชการ  โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา  โทร. 0 3745 1XXX\n"
            "ที่  ปจ 0033.301/215                        วันที่  4  มีนาคม  2569\n")
MEMO_BODY = "\n\n          ด้วย รพ.สต.บ้านนา จะจัดอบรม อสม. จำนวน 40 คน ในวันที่ 20 มีนาคม 2569 ณ ศาลาประชาคมหมู่ 3\n"
LONG_SUBJECT = "การอบรมพัฒนาศักยภาพอาสาสมัครสาธารณสุขประจำหมู่บ้านด้านการคัดกรองโรคเบาหวาน"
REPORT_BODY = ("\n\nเรียน  ท่านสมาชิกชมรมทุกท่าน\n\n     ในรอบปี 2568 ที่ผ่านมา ชมรมได้ดำเนินกิจกรรมตาม โครงการ \"เดินวันละนิด "
               "ชีวิตยืนยาว\" ปีงบประมาณ 2568\nโดยใช้เงินอุดหนุนของกองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี 18,500 บาท "
               "มีสมาชิกเข้าร่วม 96 คน\n")

TITLES = [
    pytest.param(BLOG_TOP + CALENDAR + "9 กุมภาพันธ์ 2569\n\n" + POST + BLOG_BODY, POST,
                 id="regression-blog-tagline-over-a-calendar-and-a-bare-date-acc24d"),
    pytest.param("ไดอารี่หมออนามัยบ้านนา\n\n" + CALENDAR + "วันจันทร์ที่ 9 กุมภาพันธ์ 2569\n" + POST + BLOG_BODY, POST,
                 id="blog-calendar-then-a-weekday-date-line"),
    # (the widget alone moves nothing: the title is read as on the same page without it)
    pytest.param(BLOG_TOP + CALENDAR + POST + BLOG_BODY, title_of(BLOG_TOP + POST + BLOG_BODY),
                 id="counter-calendar-without-a-date-line-under-it-proves-nothing"),
    pytest.param("ชมรมผู้สูงอายุตำบลนาดี  (ก่อตั้ง พ.ศ. 2545)\nที่ทำการ ศาลาประชาคมหมู่ 4 ต.นาดี อ.นาดี จ.ปราจีนบุรี\n\n"
                 "            รายงานสรุปกิจกรรมรอบปี 2568\n       เสนอต่อที่ประชุมใหญ่สามัญประจำปี  วันพุธที่ 14 มกราคม 2569"
                 + REPORT_BODY, 'โครงการ "เดินวันละนิด ชีวิตยืนยาว"',
                 id="regression-yearly-summary-yields-to-the-project-its-first-paragraph-quotes-acc17n"),
    pytest.param("รายงานประจำปี 2568\nโรงพยาบาลนาดี จังหวัดปราจีนบุรี\n\n     โรงพยาบาลนาดีเป็นโรงพยาบาลชุมชนขนาด 30 เตียง "
                 "ดูแลผู้คนทั้งอำเภอนาดีกว่า 45,000 คน ปีที่ผ่านมามีผู้ป่วยนอก 98,000 ครั้ง\n\n"
                 "     งานเด่นของปีนี้คือ โครงการ \"นาดีฟันดี\" ที่ขยายไปทุกตำบล\n",
                 "รายงานประจำปี 2568 โรงพยาบาลนาดี",
                 id="counter-annual-report-project-quoted-only-in-a-later-paragraph"),
    pytest.param(MEMO_TOP + "เรื่อง  " + LONG_SUBJECT + "\nและความดันโลหิตสูง ประจำปีงบประมาณ 2569\nเรียน  นายอำเภอนาดี"
                 + MEMO_BODY, LONG_SUBJECT + " และความดันโลหิตสูง ประจำปีงบประมาณ 2569",
                 id="regression-subject-wrapped-onto-an-unindented-line-over-its-addressee-acc23f"),
    pytest.param(MEMO_TOP + "เรื่อง  " + LONG_SUBJECT + "\nและความดันโลหิตสูง ประจำปีงบประมาณ 2569\n\nเรียน  นายอำเภอนาดี"
                 + MEMO_BODY, LONG_SUBJECT, id="counter-unindented-line-with-a-blank-line-before-the-addressee"),
    pytest.param(MEMO_TOP + "เรื่อง  การอบรม อสม.\nและความดันโลหิตสูง ประจำปีงบประมาณ 2569\nเรียน  นายอำเภอนาดี" + MEMO_BODY,
                 "การอบรม อสม.", id="counter-a-short-subject-line-is-whole"),
    pytest.param("            รายงานสรุปกิจกรรมรอบปี 2568\n\n     ในรอบปี 2568 ที่ผ่านมา ชมรมได้จัดกิจกรรมออกกำลังกายทุกวันพุธ "
                 "และตรวจสุขภาพสมาชิกปีละสองครั้ง มีสมาชิกเข้าร่วมเฉลี่ยครั้งละ 52 คน\n",
                 "รายงานสรุปกิจกรรมรอบปี 2568", id="counter-yearly-summary-without-a-quoted-project-keeps-its-heading"),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_title(text: str, expected: str | None) -> None:
    assert title_of(text) == expected
