"""The review page: each document's text with every extracted value highlighted (`thaidocx show`).

`build_page` turns Reports + texts into one self-contained HTML page (inline CSS/JS, no network);
`run_show` is the command behind `thaidocx show`.
"""
from .command import run_show
from .render import ReviewDoc, build_page, counts
from .spans import FIELD_NAMES, FIELDS, build_tree, collect

__all__ = ["ReviewDoc", "build_page", "counts", "run_show", "FIELDS", "FIELD_NAMES", "build_tree",
           "collect"]
