"""Reading plan files: .txt (UTF-8 or GB18030), .docx and text PDFs to plain text.

Word tables become tab-laid rows, one line per row, which the parser reads as a
division-of-labour table. Bad input (empty, binary, an unknown extension, a scanned PDF with
no text layer) is refused with a `PlanError` that names the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from sciplan_analysis.errors import PlanError

ENCODINGS = ("utf-8-sig", "gb18030")


CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _looks_like_text(text: str) -> bool:
    """Some CJK and hardly any control characters: what a plan text looks like."""
    if not text.strip():
        return False
    return len(CONTROL.findall(text)) <= len(text) * 0.01 and CJK.search(text) is not None


def decode_text(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a plan's bytes as UTF-8 (with or without BOM) or GB18030; return (text, encoding)."""
    if not data.strip():
        raise PlanError(f"{name}: the file is empty")
    if b"\x00" in data[:4096]:
        raise PlanError(f"{name}: this is a binary file, not a plan text (a NUL byte at the start)")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
    raise PlanError(
        f"{name}: cannot decode the file as UTF-8 or GB18030 Chinese text; "
        "save it as UTF-8 and try again"
    )


def read_text(path: str | Path) -> str:
    """The text of a plan file; raises PlanError naming the file on bad input."""
    path = Path(path)
    if not path.exists():
        raise PlanError(f"{path}: no such file")
    if path.is_dir():
        raise PlanError(f"{path}: is a folder, not a plan text")
    text, _ = decode_text(path.read_bytes(), str(path))
    # Offsets are into the text as read; a BOM is not part of the text.
    return text


SUPPORTED = (".txt", ".docx", ".pdf")


def _docx_text(path: Path) -> str:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as err:
        raise PlanError(f"{path}: not a readable Word .docx file ({err})") from err
    lines: list[str] = []
    body = document.element.body
    # Walk paragraphs and tables in document order.
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in child.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            from docx.table import Table

            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or text != cells[-1]:  # merged cells repeat their text
                        cells.append(text)
                lines.append("\t" + "\t".join(cells))
    return "\n\n".join(lines)


def _pdf_text(path: Path) -> str:
    import pdfplumber

    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as err:  # pdfminer raises many kinds for a damaged file
        raise PlanError(f"{path}: not a readable PDF ({err})") from err
    text = "\n".join(pages)
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        raise PlanError(
            f"{path}: the PDF has no text layer (a scanned document?); "
            "run OCR on it first or supply the text as .txt or .docx"
        )
    return text


def extract_text(path: str | Path) -> str:
    """Plain text of a .txt, .docx or text .pdf plan file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise PlanError(f"{path}: unknown file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED)}")
    if not path.is_file():
        raise PlanError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise PlanError(f"{path}: the file is empty")
    if suffix == ".txt":
        return read_text(path)
    text = _docx_text(path) if suffix == ".docx" else _pdf_text(path)
    if not text.strip():
        raise PlanError(f"{path}: the document holds no text")
    return text
