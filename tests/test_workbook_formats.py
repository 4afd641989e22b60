"""The readers' workbook at any size (audit14 item 11): one number of decimals per column
(values under 10 once showed 0.00 beside 13.5 above it), a count beside each instrument type's
share, and the review column's empty cells read as a word the guide explains. Made-up tables,
written and read back with openpyxl."""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import export
from sciplan_analysis.report.numbers import column_places


def test_column_places_is_one_figure_for_a_whole_column():
    assert column_places([13.5, 0.0, 4.0]) == 1
    assert column_places([2.17, 10.3, "—"]) == 2
    assert column_places([15.0, 18.0]) == 0
    assert column_places([3, 4]) is None and column_places(["未提及"]) is None
    assert column_places([0.8747, 0.549]) == 2  # rounded to two first, as the cells are


def _formats(path, sheet: str) -> dict[str, set[str]]:
    """Each column's header → the number formats of its numeric cells."""
    rows = list(openpyxl.load_workbook(path)[sheet].iter_rows())
    header = [c.value for c in rows[0]]
    out: dict[str, set[str]] = {h: set() for h in header}
    for row in rows[1:]:
        for h, cell in zip(header, row, strict=True):
            if isinstance(cell.value, float | int) and not isinstance(cell.value, bool):
                out[h].add(cell.number_format)
    return out


def test_every_column_of_numbers_shows_one_number_of_decimals(tmp_path, monkeypatch):
    """A share column (参与任务占比（%）) held 0.00 and 4.00 beside 13.5; the reuse matrix 2.17
    beside 10.3: one format per column, the matrix one for the whole sheet."""
    work = pd.DataFrame({"region": ["甲县", "乙县", "丙县"], "unit": ["科协", "教育部门", "科技部门"],
                         "led": [12, 0, 4], "share_total": [13.5, 0.0, 4.0]})
    matrix = pd.DataFrame({"plan": ["甲县", "乙县"], "甲县": ["—", 2.0], "乙县": [10.3, "—"]})
    monkeypatch.setattr(export, "reader_tables",
                        lambda corpus, lang=None, **kw: {"workload": work, "reuse_matrix": matrix})
    monkeypatch.setattr(export, "readme_sheet", lambda corpus, tables, lang=None: [["说明"]])
    path = export.reader_workbook(None, tmp_path / "readers.xlsx", lang="zh")
    shares = _formats(path, labels.label("sheet", "workload", "zh"))
    assert shares[labels.label("column", "share_total", "zh")] == {"0.0"}
    assert shares[labels.label("column", "led", "zh")] == {"General"}  # counts stay whole
    cells = _formats(path, labels.label("sheet", "reuse_matrix", "zh"))
    assert cells["甲县"] == cells["乙县"] == {"0.0"}


def test_the_instrument_type_sheet_has_a_count_beside_each_share():
    """政策工具类型 gave each plan's clauses only: each type's share now has its clauses
    beside it (chart 7.1's 43% over 37/87), and a plan without clauses neither."""
    shares = pd.DataFrame({"plan_id": ["a", "b", "c"], "supply": [37 / 87 * 100, 50.0, np.nan],
                           "environment": [9 / 87 * 100, 25.0, np.nan],
                           "demand": [29 / 87 * 100, 25.0, np.nan],
                           "none": [12 / 87 * 100, 0.0, np.nan], "n_clauses": [87, 4, 0]})
    sheet = export.type_sheet(shares, lambda ids: [f"{i}县" for i in ids])
    assert list(sheet.columns) == ["region", "supply", "n_supply", "environment", "n_environment",
                                   "demand", "n_demand", "none", "n_none", "n_clauses"]
    first = sheet.iloc[0]
    assert (first["supply"], first["n_supply"], first["n_demand"], first["n_clauses"]) == (42.5, 37, 29, 87)
    assert (sheet[["n_supply", "n_environment", "n_demand", "n_none"]].iloc[:2].sum(axis=1)
            == sheet["n_clauses"].iloc[:2]).all()
    assert sheet.iloc[2][["supply", "n_supply"]].isna().all()
    shown = export.stated(sheet, "zh")
    assert shown.iloc[2]["n_supply"] == labels.not_stated("zh")
    for code in ("n_supply", "n_environment", "n_demand", "n_none"):
        assert code in labels.labels_of("column") and code in labels.labels_of("column_note")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_review_column_has_a_word_where_no_second_reading_differs(corpus, lang):
    """另一读法 was empty in 4,052 of 4,471 cells at 33 plans, against "never an empty cell":
    it reads 无 / none there, and the guide's note on the column says what that means."""
    sheet = export.clause_sheet(corpus, lang)
    word = labels.text("workbook.no_review", lang)
    assert (sheet["review"] != "").all()
    flagged = sheet["review"] != word
    assert flagged.sum() == corpus.clauses["review"].notna().sum()
    note = labels.labels_of("column_note")["review"][0 if lang == "zh" else 1]
    assert (f"“{word}”" if lang == "zh" else f'"{word}"') in note
