"""Reading the hand-kept CSV files of data/reference/: one reader, so that every file treats
comments, blank lines and line numbers alike (errors name the line a researcher edits)."""

from __future__ import annotations

import csv
from pathlib import Path


def numbered_lines(path: str | Path) -> list[tuple[int, str]]:
    """The file's lines with their line numbers, blank lines and ``#`` comments left out."""
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        lines = fh.read().splitlines()
    return [(n, line) for n, line in enumerate(lines, start=1)
            if line.strip() and not line.lstrip().startswith("#")]


def numbered_cells(path: str | Path) -> list[tuple[int, list[str]]]:
    """Each data line (the header first) as its stripped cells, with its line number."""
    return [(n, [cell.strip() for cell in next(csv.reader([line]))])
            for n, line in numbered_lines(path)]


def numbered_rows(path: str | Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """(header, rows): each row a dict by header name (a missing cell is ""), with its line
    number; an empty file gives no header and no rows."""
    lines = numbered_cells(path)
    if not lines:
        return [], []
    (_, header), body = lines[0], lines[1:]
    return header, [(n, {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)})
                    for n, cells in body]


def rows(path: str | Path) -> list[dict[str, str]]:
    """The rows of a reference CSV by header name, comments skipped."""
    return [row for _, row in numbered_rows(path)[1]]
