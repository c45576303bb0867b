"""The title among a page's furniture (stop 13): menus one item a line, record status lines,
login rows, publisher follow buttons, hashtag lines, letter-spaced labels, credit lines, a date
header with its time, a document-type heading over its body's name. One row per case; every
text is written for this table."""
from __future__ import annotations

import pytest

from field_rows import title_of

BODY = ("\nวันที่ 12 มีนาคม 2568 อบต.นาดี ร่วมกับ รพ.สต.บ้านนาดี จัดกิจกรรมให้ความรู้แก่ผู้ปกครอง "
        "จำนวน 40 คน ณ ศาลาประชาคมหมู่ที่ 3 เพื่อให้ผู้ปกครองดูแลสุขภาพเด็กได้ถูกต้องและต่อเนื่อง "
        "โดยมีเจ้าหน้าที่สาธารณสุขเป็นวิทยากรบรรยายและสาธิตการล้างมือที่ถูกวิธีให้ผู้ปกครองทุกคนได้ฝึกปฏิบัติจริง\n")


_title = title_of


TITLES = [
    pytest.param("เมนูหลัก\n  » หน้าแรก\n  » ข้อมูลกองทุน\n  » ระเบียบ/ประกาศ สปสช. ล่าสุด\n  » ติดต่อเรา\n\n"
                 "กองทุนหลักประกันสุขภาพ อบต.นาดี\nแผนงาน/โครงการ ปี 2568 : อนุมัติแล้ว\n\n"
                 "เด็กนาดีฟันดี ยิ้มสวย ห่างไกลโรคฟันผุ\n" + BODY,
                 "เด็กนาดีฟันดี ยิ้มสวย ห่างไกลโรคฟันผุ",
                 id="regression-arrow-bulleted-menu-and-status-line-acc15j"),
    pytest.param("» กิจกรรมตรวจฟันเด็กนักเรียนชั้น ป.1 ตำบลนาดี\n" + BODY,
                 "กิจกรรมตรวจฟันเด็กนักเรียนชั้น ป.1 ตำบลนาดี", id="one-arrow-bulleted-headline-stays"),
    pytest.param("สมาชิกเข้าสู่ระบบ : ชื่อผู้ใช้ ________ รหัสผ่าน ________\n\nเด็กนาดีฟันดี ยิ้มสวย ห่างไกลโรคฟันผุ\n" + BODY,
                 "เด็กนาดีฟันดี ยิ้มสวย ห่างไกลโรคฟันผุ", id="login-row-is-no-title"),
    pytest.param("ข่าวนาดีรายวัน                                  + ติดตาม\nเรื่องราวโดย ทีมข่าว  •  2 วัน  •  อ่าน 3 นาที\n\n"
                 "อบต.นาดี มอบแว่นสายตาผู้สูงอายุ 120 ราย\n" + BODY,
                 "อบต.นาดี มอบแว่นสายตาผู้สูงอายุ 120 ราย", id="regression-publisher-with-follow-button-acc15n"),
    pytest.param("ส รุ ป โ ค ร ง ก า ร\nโครงการอบรมผู้ดูแลผู้สูงอายุ ตำบลนาดี รุ่นที่ 2\n" + BODY,
                 "โครงการอบรมผู้ดูแลผู้สูงอายุ ตำบลนาดี รุ่นที่ 2", id="regression-letter-spaced-label-acc15r"),
    pytest.param("ทุ่งนาดีนิวส์\nหน้าหลัก    ข่าวท้องถิ่น    สุขภาพ    การศึกษา\n\n"
                 "รพ.นาดี ซ้อมแผนรับอุบัติเหตุหมู่ 250 คน รับเทศกาลปีใหม่\n"
                 "อัพเดท 28/08/2025 - 09:15   |   ผู้เข้าชม 2,047 ครั้ง\nเรื่อง : กองบรรณาธิการ    ภาพ : สมศรี ใจดี\n" + BODY,
                 "รพ.นาดี ซ้อมแผนรับอุบัติเหตุหมู่ 250 คน รับเทศกาลปีใหม่",
                 id="regression-credit-line-is-no-subject-acc15m"),
    pytest.param("ที่ นด 0032/125\nเรื่อง  ขอเชิญประชุมคณะกรรมการกองทุน    ครั้งที่ 2/2568\nเรียน  ผู้อำนวยการ\n" + BODY,
                 "ขอเชิญประชุมคณะกรรมการกองทุน    ครั้งที่ 2/2568",
                 id="letter-subject-with-a-wide-gap-but-no-credit-label-stays-a-subject"),
    pytest.param("🌾 บ้านป้านาดี อสม.ยุคใหม่ 🌾\nหน้าแรก   เรื่องเล่า   เกี่ยวกับป้า\n\nอาทิตย์ 7 กันยา 2568 | 3 ทุ่มกว่าๆ\n"
                 "ไปอบรมปฐมพยาบาลทางใจมา 2 วัน ได้อะไรเยอะมาก\n" + BODY
                 + "\n#อสม #ปฐมพยาบาลทางใจ #นาดี\n\nป้ายกำกับ: อบรม    |    💬 3 ความคิดเห็น\n",
                 "ไปอบรมปฐมพยาบาลทางใจมา 2 วัน ได้อะไรเยอะมาก",
                 id="regression-date-header-with-time-hashtags-and-tag-line-acc15p"),
    pytest.param("              แผนปฏิบัติการด้านสาธารณสุข\n คณะกรรมการประสานงานสาธารณสุขระดับอำเภอนาดี (คปสอ.นาดี)\n"
                 "              ประจำปีงบประมาณ 2569  (1 ตุลาคม 2568 – 30 กันยายน 2569)\n" + BODY,
                 "แผนปฏิบัติการด้านสาธารณสุข คณะกรรมการประสานงานสาธารณสุขระดับอำเภอนาดี (คปสอ.นาดี)",
                 id="regression-plan-heading-joins-its-committee-line-acc15q"),
    pytest.param("แผนปฏิบัติการด้านสาธารณสุข ตำบลนาดี\nอำเภอนาดี จังหวัดปราจีนบุรี\n" + BODY,
                 "แผนปฏิบัติการด้านสาธารณสุข ตำบลนาดี", id="plan-heading-over-an-address-stands-alone"),
    # s13r2 C-d: a label heading a table's column is no labelled name.
    pytest.param("รายงานการประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ อบต.นาดี\nครั้งที่ 2/2568\n" + BODY
                 + "  ที่   ชื่อโครงการ / ผู้เสนอ           กลุ่มเป้าหมาย     งบที่ขอ       งบที่อนุมัติ\n"
                 "  1   โครงการเด็กฟันดี / รพ.สต.นาดี      90 คน      15,000      14,000\n",
                 "การประชุมคณะกรรมการกองทุนหลักประกันสุขภาพ อบต.นาดี",  # (the minutes' heading, as mins01)
                 id="regression-column-header-row-is-no-title-acc15s"),
    pytest.param("ชื่อโครงการ     กลุ่มเป้าหมาย     งบที่ขอ     งบที่อนุมัติ\n" + BODY, None,
                 id="header-row-without-a-slash-is-no-title"),
    pytest.param("ชื่อโครงการ : โครงการเด็กนาดีฟันดี     ผู้รับผิดชอบ  รพ.สต.นาดี\n" + BODY,
                 "โครงการเด็กนาดีฟันดี     ผู้รับผิดชอบ  รพ.สต.นาดี", id="label-value-opening-with-a-project-word-stays"),
    # s13r2 C-e: a name opened by a quote ends at the closing quote.
    pytest.param("บันทึกข้อความ\nเรื่อง   ขออนุมัติโครงการ\nเรียน   ผู้อำนวยการ\n        ตามแผนปฏิบัติการ ลำดับที่ 27\n"
                 "มีแผนจัดทำ \"โครงการอบรมผู้สัมผัสอาหาร ตามมาตรฐานสุขาภิบาลอาหาร\" นั้น\nจากการตรวจประเมิน ภาคเรียนที่ 2/2567\n",
                 "โครงการอบรมผู้สัมผัสอาหาร ตามมาตรฐานสุขาภิบาลอาหาร", id="regression-quoted-embedded-name-ends-at-its-quote-acc15t"),
    pytest.param("บันทึกข้อความ\nเรื่อง   ขออนุมัติโครงการ\nเรียน   ผู้อำนวยการ\n        ตามแผนปฏิบัติการ ลำดับที่ 27\n"
                 "มีแผนจัดทำโครงการอบรมผู้สัมผัสอาหาร ตามมาตรฐานสุขาภิบาลอาหาร\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n",
                 "โครงการอบรมผู้สัมผัสอาหาร ตามมาตรฐานสุขาภิบาลอาหาร", id="unquoted-embedded-name-as-before"),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_title_among_page_furniture(text, title):
    assert _title(text) == title
