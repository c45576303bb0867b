"""Word .docx: body paragraphs and tables in document order (a table row is one line, its
cells separated by a tab). Headers, footers, footnotes and comments live in other parts of
the package and are not read."""
from __future__ import annotations

import io
import zipfile

from .base import LoadError, Read

MAX_UNPACKED = 300 * 1024 * 1024  # all parts together, as the zip directory declares them
MAX_RATIO = 200  # a part that inflates more than this (and is large) is a zip bomb
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes) -> zipfile.ZipFile:
    """Open a zip, refusing archives that would unpack into far more than any document."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise LoadError(f"corrupt zip archive: {e}") from e
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise LoadError(f"zip archive unpacks to {total} bytes (limit {MAX_UNPACKED}): "
                        "refused as a possible zip bomb")
    for i in infos:
        if i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise LoadError(f"zip member {i.filename} inflates {i.file_size // max(i.compress_size, 1)}"
                            " times: refused as a possible zip bomb")
    return zf


def read_docx(data: bytes) -> Read:
    check_zip(data)
    from docx import Document  # imported here: only .docx inputs pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as e:
        raise LoadError(f"not a readable Word document: {e}") from e
    except Exception as e:  # lxml's XMLSyntaxError and friends: a damaged document part
        raise LoadError(f"damaged Word document: {type(e).__name__}: {e}") from e
    lines = list(_blocks(doc.element.body))
    text = "\n".join(lines)
    return Read(text=text + "\n" if text else "", format="docx", encoding=None)


def _blocks(parent) -> list[str]:
    """Text lines of the block-level children of `parent`, in document order."""
    out: list[str] = []
    for child in parent.iterchildren():
        if child.tag == _W + "p":
            out.append(_paragraph_text(child))
        elif child.tag == _W + "tbl":
            out += _table_lines(child)
        elif child.tag == _W + "sdt":  # content controls wrap ordinary paragraphs and tables
            content = child.find(_W + "sdtContent")
            if content is not None:
                out += _blocks(content)
    return out


def _paragraph_text(p) -> str:
    from docx.text.paragraph import Paragraph

    return Paragraph(p, None).text  # runs, tabs, line breaks and hyperlinks, in order


def _table_lines(tbl) -> list[str]:
    """One line per row, cells joined by tabs. A merged cell is one <w:tc>: its value is
    not repeated (a budget written once must not be counted twice)."""
    lines: list[str] = []
    for tr in tbl.iter(_W + "tr"):
        if _owner_table(tr) is not tbl:
            continue  # a row of a nested table: it becomes part of its cell's text
        cells = [_cell_text(tc) for tc in _row_cells(tr)]
        lines.append("\t".join(cells))
    return lines


def _row_cells(tr):
    for child in tr.iterchildren():
        if child.tag == _W + "tc":
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from content.iterchildren(_W + "tc")


def _cell_text(tc) -> str:
    parts = [line for line in _blocks(tc) if line.strip()]
    return " ".join(part.replace("\t", " ").replace("\n", " ") for part in parts)


def _owner_table(tr):
    node = tr.getparent()
    while node is not None and node.tag != _W + "tbl":
        node = node.getparent()
    return node
