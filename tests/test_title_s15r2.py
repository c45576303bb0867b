"""The title on the documents of stop 15, round 2: a byline line between a headline and its post
line (Joomla), a category label with the post's date, a signed-in user's bar, a read count in
thousands, a labelled headline (หัวข่าว :), a site's menu one item a line (Google Sites), a
periodical's masthead and issue line, an article-type label, a post line's candidate that ends a
wrapped paragraph. One row per case; every text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import title_of

BODY = ("\n\n          วันนี้ (12 มี.ค. 68) เวลา 09.00 น. ที่หอประชุมอำเภอนาดี นายสมชาย ใจงาม นายอำเภอนาดี "
        "เป็นประธานเปิดการอบรม ผู้ดูแลผู้สูงอายุ จำนวน 60 คน เพื่อให้ผู้ดูแลมีความรู้ในการดูแลผู้สูงอายุที่บ้าน "
        "โดยมีเจ้าหน้าที่สาธารณสุขเป็นวิทยากรบรรยายและสาธิตการพลิกตัวผู้ป่วยติดเตียงให้ผู้ดูแลทุกคนได้ฝึกปฏิบัติจริง\n")
HEADLINE = "อบต.นาดี อบรมผู้ดูแลผู้สูงอายุ 60 คน ฝึกพลิกตัวผู้ป่วยติดเตียง"


_title = title_of


TITLES = [
    pytest.param("โรงพยาบาลนาดี\nNadi Hospital\n\nหน้าหลัก  เกี่ยวกับเรา  ข่าวสาร  ติดต่อเรา\n\n" + HEADLINE
                 + "\nรายละเอียด\nเขียนโดย งานประชาสัมพันธ์ (PR)\nหมวด: ข่าวกิจกรรม\nเผยแพร่: 12 มีนาคม 2568\n" + BODY,
                 HEADLINE, id="regression-byline-line-between-headline-and-post-line-acc21s"),
    pytest.param("ข่าวประชาสัมพันธ์ออนไลน์ | Thai Newswire\nหน้าแรก | ธุรกิจ | สุขภาพ | ติดต่อ\n\nหมวด: สุขภาพ\n"
                 "ข่าวประชาสัมพันธ์  วันพุธ 12 มีนาคม 2568 14:05 น.\n\n" + HEADLINE + "\n" + BODY,
                 HEADLINE, id="regression-category-label-and-date-is-a-post-line-acc21w"),
    pytest.param("ระบบบริหารจัดการกองทุน\nหน้าหลัก   โครงการ   ติดตาม   รายงาน\n"
                 "ผู้ใช้ : nadi_admin (เจ้าหน้าที่) ▾   | ออกจากระบบ\n\nหนูน้อยฟันดี ศพด.บ้านนาดี ปีงบประมาณ 2568\n" + BODY,
                 "หนูน้อยฟันดี ศพด.บ้านนาดี ปีงบประมาณ 2568", id="regression-signed-in-user-bar-acc21h"),
    pytest.param("นาดีโพสต์ | NADI POST\nหนังสือพิมพ์รายสัปดาห์ ฉบับออนไลน์          📰 อ่าน e-Paper\n"
                 "ข่าวนาดี   ข่าวชายแดน   สิ่งแวดล้อม   ท่องเที่ยว\n\n" + HEADLINE
                 + "\nวันศุกร์ที่ 6 มีนาคม 2569   |   กองบรรณาธิการ   |   อ่าน 1.2k\n" + BODY,
                 HEADLINE, id="regression-read-count-in-thousands-and-paper-masthead-acc21r"),
    pytest.param("NADI TV  |  ข่าวท้องถิ่น\n\n▶ คลิปข่าว  [02:41]\nหัวข่าว : " + HEADLINE
                 + "\nผู้สื่อข่าว : สมชาย ใจดี\n\nSOT 1 : นางสมศรี ใจงาม\n\"ดีใจมากค่ะ ไม่เคยได้ฝึกแบบนี้มาก่อนเลย ขอบคุณทุกคนค่ะ\"\n"
                 + BODY, HEADLINE, id="regression-labelled-headline-before-a-quoted-sound-bite-acc21q"),
    pytest.param("Skip to main content\nงานควบคุมโรค โรงพยาบาลนาดี\n\nหน้าแรก\nเกี่ยวกับเรา\nคลินิกวัณโรค\nexpand_more\n"
                 "ค้นหาผู้ป่วยเชิงรุก (ACF)\nติดต่อเรา\nsearch\n\nค้นหาผู้ป่วยวัณโรคเชิงรุก ปีงบประมาณ 2569\n" + BODY,
                 "ค้นหาผู้ป่วยวัณโรคเชิงรุก ปีงบประมาณ 2569", id="regression-menu-one-item-a-line-acc21v"),
    pytest.param("จดหมายข่าว \"นาดีสัมพันธ์\"\nปีที่ 6 ฉบับที่ 2 ประจำเดือนกุมภาพันธ์ 2569 โรงพยาบาลนาดี\n\n" + HEADLINE + "\n" + BODY,
                 HEADLINE, id="regression-newsletter-masthead-and-issue-line-acc22f"),
    pytest.param("วารสารวิชาการสาธารณสุข ปีที่ 9 ฉบับที่ 2 (พฤษภาคม - สิงหาคม 2568)\nนิพนธ์ต้นฉบับ (Original Article)\n"
                 "การประเมินผลโครงการลดเค็ม ตำบลนาดี อำเภอนาดี\nAn Evaluation of the Salt Reduction Project\n" + BODY
                 + "ข้อมูลเก็บระหว่างวันที่ 1 – 30 กันยายน 2567 โครงการวิจัยนี้ผ่านการพิจารณาจากคณะกรรมการ" + "ก" * 30 + "\n"
                 "จริยธรรมการวิจัยในมนุษย์ สำนักงานสาธารณสุขจังหวัดนาดี เลขที่ REC 041/2567\nลงวันที่ 26 สิงหาคม 2567\n",
                 "การประเมินผลโครงการลดเค็ม ตำบลนาดี อำเภอนาดี", id="regression-journal-article-title-acc22d"),
    # Counter-examples: a headline is kept where these look alike.
    pytest.param("หน้าแรก | ข่าว | ติดต่อ\n\n" + HEADLINE + "\nโดย งานประชาสัมพันธ์  |  12 มีนาคม 2568\n" + BODY,
                 HEADLINE, id="byline-post-line-under-the-headline-still-finds-it"),
    pytest.param("หน้าหลัก | ข่าว | ติดต่อ\n\n" + "สรุปข่าววันนี้ " + HEADLINE + "\nเผยแพร่: 12 มีนาคม 2568\n" + BODY,
                 "สรุปข่าววันนี้ " + HEADLINE, id="headline-over-a-post-line-without-a-paragraph-above"),
    pytest.param("จดหมายข่าวถึงสมาชิกทุกท่าน ขอเชิญร่วมโครงการ \"นาดีฟันดี\" ปี 2568 ณ รพ.สต.นาดี ในวันที่ 12 มีนาคม 2568 "
                 "ซึ่งจะมีการตรวจฟันฟรีและแจกแปรงสีฟันให้ทุกคนที่มาร่วมงาน\n" + BODY,
                 "โครงการ \"นาดีฟันดี\"", id="newsletter-word-opening-a-long-sentence-is-no-masthead"),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_title(text: str, expected: str | None) -> None:
    assert _title(text) == expected
