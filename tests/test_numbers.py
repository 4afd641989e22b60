"""The report's reader numbers (`report.numbers`): the "n/N" writer the charts and the workbook
share, in a module of its own that draws nothing (it once lived in the plotting module, and the
workbook imported matplotlib's charts to write 47/88)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd

from sciplan_analysis.report import charts, numbers


def test_count_text_writes_n_of_n_with_thousands_and_blank_where_missing():
    counts = pd.DataFrame({"a": [954.0, np.nan], "b": [3.0, 12.0]}, index=["x", "y"])
    per_column = numbers.count_text(counts, pd.Series({"a": 7059, "b": 40}))
    assert per_column.to_dict() == {"a": {"x": "954/7,059", "y": ""}, "b": {"x": "3/40", "y": "12/40"}}
    whole = pd.DataFrame({"a": [88, 184], "b": [np.nan, 1200]}, index=["x", "y"])
    per_cell = numbers.count_text(counts, whole)
    assert per_cell.to_dict() == {"a": {"x": "954/88", "y": ""}, "b": {"x": "", "y": "12/1,200"}}
    assert per_cell.dtypes.eq(object).all()


def test_the_charts_use_the_same_writer():
    assert charts.count_text is numbers.count_text


def test_the_numbers_module_and_the_workbook_writer_import_no_plotting():
    code = ("import sys; import sciplan_analysis.report.numbers, sciplan_analysis.report.export; "
            "print('matplotlib' in sys.modules, 'sciplan_analysis.report.charts' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
