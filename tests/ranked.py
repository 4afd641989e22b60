"""Stubbing the whole-plan measures the ranked bar charts draw (chart 1.1's length, 2.2's structure, 2.4's
specificity) from one rank per plan, for the tests of how those charts order and mark plans."""

from __future__ import annotations

import pandas as pd

from sciplan_analysis.report import charts


def stub_plan_measures(monkeypatch, ids: pd.Series, rank: pd.Series) -> None:
    """Make `charts.plan_facts`, `structure_counts` and `specificity` report each plan of `ids` by its `rank`
    (higher = longer, more specific). The rank is read when a chart is drawn, so a test may change it after."""
    monkeypatch.setattr(charts, "plan_facts", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "n_chars": rank.to_numpy() * 100}))
    monkeypatch.setattr(charts, "structure_counts", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "groups": 10, "tasks": 30}))
    monkeypatch.setattr(charts, "specificity", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "per_task": rank.to_numpy() / 100, "per_10k_chars": rank.to_numpy()}))
