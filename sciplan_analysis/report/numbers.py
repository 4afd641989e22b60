"""Numbers as readers see them: the "n/N" count written beside a share (README, "A count
beside every share"), and one number of decimals for a column of numbers (README: "every value
of a column with the same decimals"). Pure pandas, no plotting: the charts write these under
their shares and the workbook's count sheets hold them as text (the reuse matrix's 47/88 beside
the page's 53%); the workbook shows each column of numbers with `column_places`."""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

from sciplan_analysis import labels


def count_text(counts: pd.DataFrame, totals: pd.Series | pd.DataFrame) -> pd.DataFrame:
    """"n/N" for each cell of a count matrix: `totals` a value per column (a plan's clauses,
    its task characters) or a matrix of the same shape; empty where the count is missing."""
    whole = totals if isinstance(totals, pd.DataFrame) else pd.DataFrame(
        {c: [totals[c]] * len(counts) for c in counts.columns}, index=counts.index)
    out = pd.DataFrame("", index=counts.index, columns=counts.columns, dtype=object)
    for i in range(counts.shape[0]):
        for j in range(counts.shape[1]):
            n, of = counts.iat[i, j], whole.iat[i, j]
            if pd.notna(n) and pd.notna(of):
                out.iat[i, j] = f"{labels.count(n)}/{labels.count(of)}"
    return out


def column_places(values: Iterable[object], most: int = 2) -> int | None:
    """The decimals a column of numbers is shown with, one for the whole column: the fewest
    (up to `most`) that show each of its fractional numbers as rounded to `most` decimals
    (13.5 and 0.0 → 1: 13.5 and 0.0, never 0.00 beside 13.5; 2.17 and 10.3 → 2). None where
    the column holds no fractional number (text, whole numbers stored as integers, nothing):
    its cells keep their own form. Text among the numbers (—, 未提及) is passed over."""
    floats = [float(v) for v in values
              if isinstance(v, float) and not isinstance(v, bool) and math.isfinite(v)]
    if not floats:
        return None
    for places in range(most + 1):
        if all(abs(round(v, most) - round(v, places)) < 0.5 * 10 ** -most for v in floats):
            return places
    return most
