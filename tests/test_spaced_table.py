"""Space-aligned table geometry (parse/spaced_table.py): display widths and cells."""
import pytest

from thaidocx.parse.spaced_table import cells, width

P = pytest.param

WIDTHS = [
    P("งบประมาณ", 8, id="thai-letters"),
    P("ผู้รับผิดชอบ", 8, id="vowel-and-tone-marks-take-no-width"),
    P("ผู\uf70bป\uf70aวย", 4, id="pua-tone-marks-of-a-pdf-font-take-no-width"),
    P("\uf700าน", 3, id="pua-letter-without-its-tail-takes-one-column"),
    P("24,800", 6, id="digits"),
]


@pytest.mark.parametrize("text,expected", WIDTHS)
def test_width(text, expected):
    assert width(text) == expected


CELLS = [
    P(" 1    อบรม อสม.     24,800", [("1", 1, 2), ("อบรม อสม.", 6, 15), ("24,800", 20, 26)],
      id="indentation-makes-no-cell-one-space-stays-inside"),
    P("ม.ค.-ก.ย. 68  นายสมพร", [("ม.ค.-ก.ย. 68  นายสมพร", 0, 21)], id="two-spaces-stay-inside-a-cell"),
    P("ผู้ป่วย\tCG 9 คน", [("ผู้ป่วย", 0, 4), ("CG 9 คน", 5, 12)], id="tab-separates"),
]


@pytest.mark.parametrize("line,expected", CELLS)
def test_cells(line, expected):
    assert [(c.text, c.left, c.right) for c in cells(line)] == expected
