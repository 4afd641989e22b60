"""Reading plan files: bytes to text, with the encoding detected and bad input refused."""

from __future__ import annotations

from pathlib import Path

from sciplan_analysis.errors import PlanError

ENCODINGS = ("utf-8-sig", "gb18030")


def _looks_like_text(text: str) -> bool:
    """At least some CJK and hardly any control characters: what a plan text looks like."""
    if not text.strip():
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return controls <= len(text) * 0.01 and cjk > 0


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
