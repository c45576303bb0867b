"""Officials, stop 15 round 2 (officials2 fixer): a name alone in a tab table's cell with its post in
the same tab column of the row's continuation lines; a person named again in Latin script (a
bilingual release's English part) kept once, as named in Thai; a family name's last syllable cut
off by a stray space at the end of its line; a damaged ตำแหน่ง label; a post word's graded rest
wrapped beside a two-column page's left column. Sentences written for these tests; one row per case."""
from __future__ import annotations

import pytest

from field_rows import people_by_name
from thaidocx.parse.official_latin import romanized


_people = people_by_name


_TAB_ROWS = ("เวลา\tกิจกรรม\tผู้รับผิดชอบ\n"
             "๐๙.๓๐ น.\tเยี่ยมชมศูนย์ดูแลผู้สูงอายุ\tผู้ประสานงาน\n"
             "\t- ฟังบรรยายสรุป\tนางมาลี  ศรีสุข\n"
             "\t- เยี่ยมชมแปลงสมุนไพร\t{below}\n"
             "{next}\n")

S15R2_PEOPLE = [
    # a tab table: the post in the name's tab column on the row's continuation line
    pytest.param(_TAB_ROWS.format(below="ผอ.กองสาธารณสุข", next="\t\tโทร. ๐๘๙-๔๔๑-๒๗๖๓"),
                 {"มาลี ศรีสุข": ("นาง", "ผอ.กองสาธารณสุข")},
                 id="regression-tab-cell-post-below-the-name-acc19e"),
    pytest.param(_TAB_ROWS.format(below="พยาบาลวิชาชีพชำนาญการ", next="\t\tโรงพยาบาลบ้านนา"),
                 {"มาลี ศรีสุข": ("นาง", "พยาบาลวิชาชีพชำนาญการ โรงพยาบาลบ้านนา")},
                 id="tab-cell-post-and-organization-on-two-lines"),
    pytest.param(_TAB_ROWS.format(below="", next="๑๐.๓๐ น.\tพักรับประทานอาหารว่าง\tผอ.กองสาธารณสุข"),
                 {"มาลี ศรีสุข": ("นาง", None)},
                 id="tab-cell-of-the-next-row-is-another-rows"),
    pytest.param(_TAB_ROWS.format(below="ทีมวิทยากร", next=""),
                 {"มาลี ศรีสุข": ("นาง", None)},
                 id="tab-cell-below-without-a-post-word-stays-out"),
    pytest.param(_TAB_ROWS.format(below="นายสมชาย  ใจดี", next="\t\tนายกเทศมนตรีตำบลนาดี"),
                 {"มาลี ศรีสุข": ("นาง", None), "สมชาย ใจดี": ("นาย", "นายกเทศมนตรีตำบลนาดี")},
                 id="tab-cell-below-holding-the-next-person"),
    # a person named again in Latin script
    pytest.param("โดยมี นายวรเชษฐ์ อินทร์แก้ว นายอำเภอท่าสองยาง เป็นประธาน\n\n"
                 "The ceremony was chaired by Mr. Worachet Inkaew, District Chief of Tha Song Yang.",
                 {"วรเชษฐ์ อินทร์แก้ว": ("นาย", "นายอำเภอท่าสองยาง")},
                 id="regression-romanized-repeat-of-a-thai-name-acc19k"),
    pytest.param("Media contact: Ms. Pimrada Saetang, Communications Officer\n"
                 "นางสาวพิมพ์รดา แซ่ตั้ง เจ้าหน้าที่สื่อสารองค์กร โทร. 053 271 448",
                 {"พิมพ์รดา แซ่ตั้ง": ("นางสาว", "เจ้าหน้าที่สื่อสารองค์กร")},
                 id="romanized-name-before-the-thai-one"),
    pytest.param("โดยมี นายวรเชษฐ์ อินทร์แก้ว นายอำเภอท่าสองยาง และ Ms. Ingrid Holm ผู้แทนมูลนิธิ\n\n"
                 "chaired by Mr. Worachet Inkaew, with Ms. Ingrid Holm, Country Representative.",
                 {"วรเชษฐ์ อินทร์แก้ว": ("นาย", "นายอำเภอท่าสองยาง"), "Ingrid Holm": ("Ms.", "ผู้แทนมูลนิธิ")},
                 id="foreign-name-matches-no-thai-one-and-stays"),
    pytest.param("โดยมี นายวรเชษฐ์ อินทร์แก้ว นายอำเภอท่าสองยาง\nwith Mr. Somchai Jaidee, a volunteer.",
                 {"วรเชษฐ์ อินทร์แก้ว": ("นาย", "นายอำเภอท่าสองยาง"), "Somchai Jaidee": ("Mr.", None)},
                 id="romanized-name-of-someone-else-stays"),
    # a stray space before a family name's last syllable at the end of its line
    pytest.param("วิทยากรคือ นายวรพล ไชยสุริ ยะ\nเจ้าพนักงานสาธารณสุขชำนาญงาน สำนักงานสาธารณสุขอำเภอบ้านแพง\n",
                 {"วรพล ไชยสุริยะ": ("นาย", "เจ้าพนักงานสาธารณสุขชำนาญงาน สำนักงานสาธารณสุขอำเภอบ้านแพง")},
                 id="regression-stray-space-in-family-name-at-line-end-acc20f"),
    pytest.param("ขอบคุณ นายสมชาย ใจดี นะ\nพยาบาลวิชาชีพทุกท่าน\n", {"สมชาย ใจดี": ("นาย", None)},
                 id="particle-after-a-listed-family-name-stays-apart"),
    pytest.param("วิทยากรคือ นายวรพล ไชยสุริ ยะ ที่บ้านนา\n", {"วรพล ไชยสุริ": ("นาย", None)},
                 id="short-piece-not-ending-its-line-stays-apart"),
    # a damaged ตำแหน่ง label (sara am read as sara aa, the tone mark after the final)
    pytest.param("นางสาวมาลี ศรีสุข ตาแหนง่ นักวิชาการสาธารณสุขชำนาญการ สำนักงานสาธารณสุขอำเภอนาดี\n",
                 {"มาลี ศรีสุข": ("นางสาว", "นักวิชาการสาธารณสุขชำนาญการ สำนักงานสาธารณสุขอำเภอนาดี")},
                 id="regression-damaged-position-label-acc14u"),
    pytest.param("นางมาลี ศรีสุข ตาแหน่ง: ประธานชมรมผู้สูงอายุ\n",
                 {"มาลี ศรีสุข": ("นาง", "ประธานชมรมผู้สูงอายุ")}, id="label-without-sara-am"),
    # a two-column page: a post word's graded rest wrapped under it beside the left column's text
    pytest.param("๑๐. ผลที่คาดว่าจะได้รับ                 ๑๑. วิทยากร\n"
                 "   ผู้ป่วยได้รับการตรวจเท้า           พญ.มาลี  ศรีสุข  แพทย์เวชศาสตร์\n"
                 "   ใกล้บ้าน ลดการเดินทาง           ครอบครัวชำนาญการ\n",
                 {"มาลี ศรีสุข": ("พญ.", "แพทย์เวชศาสตร์ครอบครัวชำนาญการ")},
                 id="regression-graded-rest-of-a-post-beside-another-column-acc16n"),
    pytest.param("๑๐. ผลที่คาดว่าจะได้รับ                 ๑๑. วิทยากร\n"
                 "   ผู้ป่วยได้รับการตรวจเท้า           พญ.มาลี  ศรีสุข  แพทย์เวชศาสตร์\n"
                 "   ใกล้บ้าน ลดการเดินทาง           ครอบครัวดีมีสุข\n",
                 {"มาลี ศรีสุข": ("พญ.", "แพทย์เวชศาสตร์")},
                 id="ungraded-text-beside-another-column-is-no-wrap"),
]


@pytest.mark.parametrize("text, expected", S15R2_PEOPLE)
def test_s15r2_people(text, expected):
    assert _people(text) == expected


# Thai name, Latin name, whether the Latin one romanizes the Thai one
ROMANIZED = [
    pytest.param("วรเชษฐ์ อินทร์แก้ว", "Worachet Inkaew", True, id="silent-letters-and-final-w"),
    pytest.param("กฤษดา วงศ์ไพบูลย์", "Kritsada Wongpaiboon", True, id="final-l-sounds-n"),
    pytest.param("พิมพ์รดา แซ่ตั้ง", "Pimrada Saetang", True, id="leading-vowel-sign"),
    pytest.param("เกียรติศักดิ์ ประเสริฐ", "Kiattisak Prasert", True, id="vowel-ia-and-karan"),
    pytest.param("สมชาย ใจดี", "Somchai Jaidee", True, id="j-and-ch-alike"),
    pytest.param("วรเชษฐ์ อินทร์แก้ว", "Ingrid Holm", False, id="foreign-name"),
    pytest.param("สมชาย ใจดี", "Somchai Srisuk", False, id="same-given-other-family"),
    pytest.param("กนกพร ศรีวิชัย", "Kanokwan Srichan", False, id="alike-openings-other-names"),
    pytest.param("ธิดา อ่อง", "Thida Aung", False, id="too-short-to-tell"),
]


@pytest.mark.parametrize("thai, latin, expected", ROMANIZED)
def test_romanized(thai, latin, expected):
    assert romanized(thai, latin) is expected
