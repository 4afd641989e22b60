"""Policy instruments across plans: which means each plan uses, and on whom.

The ``clauses`` table (written by the build; coded in `parsing.instruments` under
``INSTRUMENTS.md``) gives each clause a tool and a type; here the plans are compared on it:
type shares, tools × plans, and the tool × category matrix (the X–Y matrix of Chinese
policy-text research). Pure pandas: no plotting.
"""

from __future__ import annotations

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.analysis.result import record
from sciplan_analysis.parsing.instruments import TOOLS, TYPES, tool_labels
from sciplan_analysis.tables import Corpus

__all__ = ["TOOLS", "TYPES", "cell_clauses", "tool_category_matrix", "tool_counts", "tool_labels",
           "type_shares", "with_category"]


def _plan_ids(corpus: Corpus) -> list[str]:
    return [str(p) for p in corpus.plans["plan_id"]]


def _clauses(corpus: Corpus, table: pd.DataFrame | None) -> pd.DataFrame:
    return corpus.clauses if table is None else table


def type_shares(corpus: Corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Share (%) of supply / environment / demand / none clauses per plan: one row per plan
    (plan_id first), a column per type and ``n_clauses``; a plan without clauses is NA."""
    table = _clauses(corpus, table)
    counts = pd.crosstab(table["plan_id"], table["type"]).reindex(
        index=_plan_ids(corpus), columns=list(TYPES)).fillna(0)
    totals = counts.sum(axis=1)
    shares = counts.div(totals.where(totals > 0), axis=0) * 100
    shares["n_clauses"] = totals.astype(int)
    shares.columns.name = None
    out = shares.rename_axis("plan_id").reset_index()
    return record(out, value="percent of the plan's clauses", types=list(TYPES))


def tool_counts(corpus: Corpus, table: pd.DataFrame | None = None,
                share: bool = False) -> pd.DataFrame:
    """Clauses per tool (rows, scheme order) × plan (columns): a view for heatmaps; percent
    of the plan's clauses when `share`."""
    table = _clauses(corpus, table)
    plans = _plan_ids(corpus)
    m = pd.crosstab(table["tool"], table["plan_id"]).reindex(index=list(TOOLS), columns=plans)
    m = m.fillna(0).astype(int)
    if share:
        tot = m.sum(axis=0)
        m = m.div(tot.where(tot > 0), axis=1) * 100
    m.index.name, m.columns.name = "tool", "plan_id"
    return record(m, value="percent of clauses" if share else "clauses")


def with_category(corpus: Corpus, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """The clauses with their task's category (tasks.category: the task's own where it names
    a population or project, else its group's)."""
    table = _clauses(corpus, table)
    cats = corpus.tasks[["plan_id", "task_id", "category"]]
    return table.merge(cats, on=["plan_id", "task_id"], how="left")


def tool_category_matrix(corpus: Corpus, table: pd.DataFrame | None = None,
                         plan_id: str | None = None) -> pd.DataFrame:
    """Clauses per tool (rows) × category (columns), for one plan or (None) the corpus.

    A column is NA, not 0, where the plan has no task of that category (the plan lacks the
    category, so nothing can be said of its tools there); ``attrs['absent']`` lists them.
    """
    coded = with_category(corpus, table)
    order = labels.category_order()
    present_all = set(coded["category"].dropna())
    categories = [c for c in order if c in present_all] + sorted(present_all - set(order))
    if plan_id is not None:
        coded = coded[coded["plan_id"] == plan_id]
    m = pd.crosstab(coded["tool"], coded["category"]).reindex(index=list(TOOLS), columns=categories)
    m = m.fillna(0).astype("Int64")
    absent = [c for c in categories if c not in set(coded["category"].dropna())]
    for c in absent:
        m[c] = pd.NA
    m.index.name, m.columns.name = "tool", "category"
    m.attrs["absent"] = absent
    return record(m, plan_id=plan_id or "corpus", value="clauses",
                  NA="the plan has no task of this category")


def cell_clauses(corpus: Corpus, table: pd.DataFrame | None = None, tool: str | None = None,
                 category: str | None = None, plan_id: str | None = None) -> pd.DataFrame:
    """The clauses behind a cell of the matrices above (None = any), plan_id first."""
    coded = with_category(corpus, table)
    keep = pd.Series(True, index=coded.index)
    if tool is not None:
        keep &= coded["tool"] == tool
    if category is not None:
        keep &= coded["category"] == category
    if plan_id is not None:
        keep &= coded["plan_id"] == plan_id
    return record(coded[keep].reset_index(drop=True), tool=tool, category=category,
                  plan_id=plan_id)
