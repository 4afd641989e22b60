"""Tables of one column per plan (categories × plans, measures × plans) among many plans: a row
per category giving the spread across the plans and the plans at its top, instead of hundreds of
columns nobody can read (audit23 item 4, as page 05's term tables: audit22 item 10). Each plan's
own figures stay in the readers' workbook; the table's `attrs["note"]` says so, and the page
shows it above the table."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope
from sciplan_analysis.tables import Corpus

WIDE_PLANS = 12  # plans beyond which a plan-column table gives a row per category (page 05's rule)
NAMED = 3  # plans named at a row's top, "等 N 份" beyond


def by_row(n_plans: int) -> bool:
    """Whether a table of a column per plan gives a row per category instead (`WIDE_PLANS`)."""
    return n_plans > WIDE_PLANS


def _named(ids: Sequence[str], lang: str | None) -> str:
    sep = "、" if labels.is_zh(lang) else ", "
    shown = sep.join(labels.plan_labels([str(p) for p in ids[:NAMED]], lang))
    more = len(ids) - NAMED
    if more > 0:
        shown += labels.tr(f"等 {len(ids):,} 份", f" and {more:,} more", lang)
    return shown


def _top(at_top: Sequence[str], n_whole: int, lang: str | None) -> str:
    """The plans at a row's highest: named (up to `NAMED`), or, where more than half the whole
    plans share it, how many tie (并列最高：257/300 份), as the spread charts say it."""
    if not at_top:
        return "—"
    if len(at_top) > 1 and 2 * len(at_top) > n_whole:
        return labels.tr(f"并列最高：{len(at_top):,}/{n_whole:,} 份",
                         f"tied highest: {len(at_top):,} of {n_whole:,} plans", lang)
    return _named(at_top, lang)


def note(n_plans: int, sheet: str, lang: str | None = None, *, code: str = "table.by_row") -> str:
    """The line above a table given a row per category: why, what each row gives (`code`: the spread of a
    number, or ``table.by_row.leads`` for page 04's lead units) and where each plan's figures are."""
    return labels.text(code, lang, n=f"{n_plans:,}", sheet=labels.label("sheet", sheet, lang))


def spread_rows(matrix: pd.DataFrame, corpus: Corpus, *, row_name: str, sheet: str,
                lang: str | None = None, decimals: int = 0) -> pd.DataFrame:
    """`matrix` (rows × plan ids; NA: the text cannot say, a fragment's lost part) as a row per
    row: the plans with any (value above 0) and those at 0, of all plans; the lowest, median and
    highest value, and the plans at the highest, among the whole plans only (a fragment never
    the most of a whole-plan measure: `scope.reasons`)."""
    tr = labels.tr
    n = matrix.shape[1]
    partial = set(scope.reasons(corpus))
    whole = matrix[[c for c in matrix.columns if str(c) not in partial]].astype(float)
    unsaid = int(matrix.isna().to_numpy().sum())
    rows = []
    for row, values in matrix.astype(float).iterrows():
        known = whole.loc[row].dropna()
        top = known.max() if len(known) else float("nan")
        at_top = [str(p) for p in known.index[known == top]] if len(known) and top > 0 else []

        def shown(v: float) -> object:
            return "—" if pd.isna(v) else round(float(v), decimals) if decimals else int(round(float(v)))

        out = {row_name: row,
               tr("有此项的规划", "Plans with any", lang): f"{int((values > 0).sum()):,}/{n:,}",
               tr("为 0 的规划", "Plans at 0", lang): f"{int((values == 0).sum()):,}/{n:,}"}
        if unsaid:
            out[labels.unsaid(lang)] = f"{int(values.isna().sum()):,}/{n:,}"
        out |= {tr("最低", "Lowest", lang): shown(known.min() if len(known) else float("nan")),
                tr("中位数", "Median", lang): shown(known.median() if len(known) else float("nan")),
                tr("最高", "Highest", lang): shown(top),
                tr("最高的规划", "Plans at the highest", lang): _top(at_top, len(known), lang)}
        rows.append(out)
    table = pd.DataFrame(rows)
    table.attrs["note"] = note(n, sheet, lang)
    return table
