"""Numbers as readers see them: the "n/N" count written beside a share (README, "A count
beside every share"). Pure pandas, no plotting: the charts write these under their shares and
the workbook's count sheets hold them as text (the reuse matrix's 47/88 beside the page's 53%)."""

from __future__ import annotations

import pandas as pd


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
                out.iat[i, j] = f"{int(n):,}/{int(of):,}"
    return out
