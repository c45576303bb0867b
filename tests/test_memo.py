"""thaidocx.memo: the memos of text pieces are registered, bounded, and cleared together."""
from __future__ import annotations

from thaidocx import extract, memo
from thaidocx.memo import text_memo


def test_a_memo_is_registered_and_cleared():
    calls = []

    @text_memo(maxsize=4)
    def double(s: str) -> str:
        calls.append(s)
        return s * 2

    assert double("ก") == double("ก") == "กก" and calls == ["ก"]
    assert memo.sizes()[f"{__name__}.test_a_memo_is_registered_and_cleared.<locals>.double"] == 1
    memo.clear()
    assert double("ก") == "กก" and calls == ["ก", "ก"]


def test_clearing_changes_no_result():
    """The memos hold pure functions' results: a Report is the same with them cold or warm."""
    text = "ผู้อานวยการโรงพยาบาลส่งเสริมสุขภาพตาบลบ้านนา อาเภอเมือง จังหวัดน่าน\nงบประมาณ 5,000 บาท"
    warm = extract(text).model_dump_json()
    memo.clear()
    assert extract(text).model_dump_json() == warm
    assert any(memo.sizes().values())  # the run filled some memos again
