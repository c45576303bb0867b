"""`|` tables whose cells wrap onto continuation rows (parse/pipe_rows.py) and the readers that
read a cell across them: officials' positions (column_positions.py) and the venues of a
สถานที่ column (venues.py). Every row is a sentence written for this test."""
import pytest

from thaidocx.parse import pipe_rows
from test_officials import _people
from test_venues import _names

KV = ("| หัวข้อ | รายละเอียด |\n|---|---|\n"
      "| ผู้รับผิดชอบ | นางสมศรี ใจงาม พยาบาลวิชาชีพ |\n|  | ชำนาญการ รพ.สต.บ้านนาดี |\n"
      "| งบประมาณ | 12,000 บาท |\n")

CONTINUATIONS = [
    pytest.param(KV, "พยาบาลวิชาชีพ", ["ชำนาญการ รพ.สต.บ้านนาดี"], id="cell-goes-on-below"),
    pytest.param(KV, "12,000", [], id="last-row-has-no-continuation"),
    pytest.param("| ก | ข |\n|---|---|\n| ค | ง |\n", "ง", [], id="separator-is-no-continuation"),
    pytest.param("| ที่ | สถานที่ |\n| 1 | ศาลา |\n| 2 | วัด |\n", "ศาลา", [],
                 id="row-with-a-first-cell-is-a-new-row"),
    pytest.param("| 1 | ศาลา | 5 |\n|  | บ้านนา |\n", "ศาลา", [], id="row-of-fewer-cells-is-no-continuation"),
    pytest.param("| 1 | ศาลา | 5 |\n|  |  | 6 |\n|  | บ้านนา |  |\n", "ศาลา", [],
                 id="empty-cell-below-ends-the-cell"),
    pytest.param("ข้อความ ศาลา | 5\n|  | บ้านนา |\n", "ศาลา", [], id="line-without-bars-at-both-ends-is-no-row"),
    pytest.param("| 1 | 13 ม.ค. | ศาลา | 40 |\n|  | 14 ม.ค. | วัดโคก | 38 |\n", "ศาลา", [],
                 id="a-row-with-its-own-values-under-an-empty-first-cell-is-no-continuation"),
]


@pytest.mark.parametrize("text,word,expected", CONTINUATIONS)
def test_continuation(text, word, expected):
    pieces = pipe_rows.continuation(text, text.index(word))
    assert [text[s:e] for s, e in pieces] == expected


@pytest.mark.parametrize("pieces,expected", [
    pytest.param(["ศาลาประชาคม", "บ้านนาดี"], "ศาลาประชาคมบ้านนาดี", id="thai-word-runs-on"),
    pytest.param(["ห้องประชุม รพ.สต.", "บ้านนาดี"], "ห้องประชุม รพ.สต.บ้านนาดี", id="abbreviation-runs-on"),
    pytest.param(["ตรวจด้วยวิธี FIT", "test"], "ตรวจด้วยวิธี FIT test", id="latin-words-keep-a-space"),
    pytest.param(["อสม. 24 คน", "(ม.1-ม.2)"], "อสม. 24 คน (ม.1-ม.2)", id="bracket-keeps-a-space"),
])
def test_text_of(pieces, expected):
    text = "\n".join(pieces)
    spans, pos = [], 0
    for p in pieces:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    assert pipe_rows.text_of(text, tuple(spans)) == expected


POSITIONS = [
    pytest.param(KV, {"สมศรี ใจงาม": "พยาบาลวิชาชีพชำนาญการ รพ.สต.บ้านนาดี"},
                 id="regression-position-cut-at-the-row-end-acc15i"),
    pytest.param("| หัวข้อ | รายละเอียด |\n|---|---|\n| พี่เลี้ยง | นายวีระ แก้วดี |\n"
                 "|  | นักวิชาการสาธารณสุขชำนาญการ สสอ.นาดี |\n| สถานะ | อนุมัติ |\n",
                 {"วีระ แก้วดี": "นักวิชาการสาธารณสุขชำนาญการ สสอ.นาดี"},
                 id="regression-position-wholly-on-the-continuation-row-not-the-row-label-acc15i"),
    pytest.param("| ผู้รับผิดชอบ | นางสมศรี ใจงาม พยาบาลวิชาชีพชำนาญการ |\n| งบประมาณ | 12,000 บาท |\n",
                 {"สมศรี ใจงาม": "พยาบาลวิชาชีพชำนาญการ"}, id="next-logical-row-is-not-the-position"),
    pytest.param("| ผู้รับผิดชอบ | นางสมศรี ใจงาม พยาบาลวิชาชีพ |\n|  | นายสมชาย ดีงาม |\n",
                 {"สมศรี ใจงาม": "พยาบาลวิชาชีพ", "สมชาย ดีงาม": None},
                 id="another-person-on-the-continuation-row-is-no-position"),
]


@pytest.mark.parametrize("text,positions", POSITIONS)
def test_positions_across_continuation_rows(text, positions):
    assert {p["name"]: p["position"] for p in _people(text)} == positions


VENUES = [
    pytest.param("| ครั้งที่ | วันที่ | สถานที่ | เป้าหมาย |\n|---|---|---|---|\n"
                 "| 1 | 13 ม.ค. 68 | ศาลาประชาคม | 85 |\n|  | (ม.1-ม.2) | บ้านหนองไผ่ |  |\n"
                 "| 2 | 20 ม.ค. 68 | ศาลาการเปรียญ | 80 |\n|  |  | วัดป่าสัก |  |\n"
                 "| 3 | 3 ก.พ. 68 | รพ.สต. | 80 |\n|  |  | บ้านหนองไผ่ |  |\n",
                 ["ศาลาประชาคมบ้านหนองไผ่", "ศาลาการเปรียญวัดป่าสัก", "รพ.สต.บ้านหนองไผ่"],
                 id="regression-venue-cells-wrapped-onto-continuation-rows-acc15i"),
    pytest.param("| ครั้งที่ | วันที่ | สถานที่ | เป้าหมาย |\n|---|---|---|---|\n"
                 "| 1 | 13 ม.ค. 68 | ศาลาประชาคมบ้านหนองไผ่ | 85 |\n"
                 "| 2 | 20 ม.ค. 68 | วัดป่าสัก | 80 |\n",
                 ["ศาลาประชาคมบ้านหนองไผ่", "วัดป่าสัก"], id="one-line-cells-read-as-before"),
]


@pytest.mark.parametrize("text,names", VENUES)
def test_venues_across_continuation_rows(text, names):
    assert _names(text) == names
