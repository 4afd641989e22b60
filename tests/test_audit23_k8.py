"""Audit 23, helper k8: at scale, the distribution charts' plans at 0 seen and counted (item 3),
the wide plan-column tables of pages 02-04 given a row per category (item 4), and chart 2.4's
gap label clear of the bars (item 8)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from ranked import stub_plan_measures  # noqa: E402

from sciplan_analysis.report import charts  # noqa: E402

LANGS = ("zh", "en")


def _many(n: int = 300) -> pd.DataFrame:
    """Three rows of task counts over `n` plans: 65 zeros, 1 zero, none."""
    rng = np.random.default_rng(1)
    cols = [f"p{i:04d}" for i in range(n)]
    rows = {}
    for row, zeros in (("青少年", 65), ("农民", 1), ("组织实施与保障", 0)):
        v = rng.integers(1, 6, n).astype(float)
        v[:zeros] = 0
        rows[row] = v
    return pd.DataFrame(rows, index=cols).T


# --------------------------------------------------------------------------- item 3


@pytest.mark.parametrize("lang", LANGS)
def test_a_spread_charts_plans_at_zero_are_whole_dots_and_counted(lang):
    """The scale starts below 0: a plan at 0 is a whole dot right of the axis line, not half
    hidden under it; each row with plans at 0 says how many, left of its 0, inside the axes, and
    a row with none says nothing (audit23 item 3: 65 plans without a youth task drawn on the spine)."""
    fig = charts.spread_chart(_many(), lang=lang)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig.canvas.get_renderer()
    start, _end = ax.get_xlim()
    assert start < 0
    # a dot at 0 (radius about 2 points) stands clear of the axis line
    left = ax.get_window_extent(renderer).x0
    zero = ax.transData.transform((0, 0))[0]
    assert zero - left > 3 * fig.dpi / 72
    said = {t.get_text(): t for t in ax.texts if t.get_text().startswith("0")}
    want = {"zh": ["0：65 份", "0：1 份"], "en": ["0: 65 plans", "0: 1 plan"]}[lang]
    assert sorted(said) == sorted(want)
    for text in said.values():  # inside the axes, left of the dots at 0
        box = text.get_window_extent(renderer)
        assert box.x0 >= left and box.x1 < zero
    plt.close(fig)


# --------------------------------------------------------------------------- item 8


@pytest.fixture
def plans100():
    """100 made-up plans, p000 a fragment; their names registered, the registry restored after."""
    import types

    from sciplan_analysis import labels

    labels.plan_label("")
    saved = dict(labels._plans)
    plans = pd.DataFrame({"plan_id": [f"p{i:03d}" for i in range(100)],
                          "name_zh": [f"甲{i:03d}县" for i in range(100)],
                          "name_en": [f"Jia {i:03d} County" for i in range(100)],
                          "status": ["fragment"] + ["final"] * 99})
    labels.register_plans(plans)
    yield types.SimpleNamespace(plans=plans)
    labels._plans.clear()
    labels._plans.update(saved)


@pytest.mark.parametrize("lang", LANGS)
def test_a_cut_rankings_gap_label_covers_no_bar(plans100, monkeypatch, lang):
    """Among many plans a ranked bar chart shows its two ends and says how many plans between
    them it leaves out: that label stands in a row of its own, covering no bar (audit23 item 8:
    chart 2.4's '中间 260 份规划未画出' covered the lower half of the last top bar); the fragment
    still stands apart below its dotted line."""
    ids = plans100.plans["plan_id"]
    rank = pd.Series(np.arange(100, 0, -1, dtype=float), index=ids)
    stub_plan_measures(monkeypatch, ids, rank)
    monkeypatch.setattr(charts.instrument_analysis, "type_shares", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "supply": 40.0, "environment": 20.0, "demand": 30.0 * rank.to_numpy() / 100,
         "none": 10.0, "n_clauses": 100}))
    gap = {"zh": "中间", "en": "in between"}[lang]
    for draw in (charts.specificity_chart, charts.structure_chart, charts.instrument_type_bars):
        fig = draw(plans100, lang=lang)
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        for ax in fig.axes:
            said = [t for t in ax.texts if gap in t.get_text()]
            if not said:
                continue
            box = said[0].get_window_extent(renderer)
            for bar in ax.patches:
                other = bar.get_window_extent(renderer)
                if other.width > 0:
                    assert not box.overlaps(other), (draw.__name__, bar.get_y())
            dotted = [ln for ln in ax.lines if ln.get_linestyle() == ":"]
            centres = sorted({b.get_y() + b.get_height() / 2 for b in ax.patches})
            assert dotted and centres[-2] < dotted[0].get_ydata()[0] < centres[-1]
        plt.close(fig)


# --------------------------------------------------------------------------- item 4


@pytest.fixture
def thirty_three(built_33):
    """The session's 33-plan corpus (conftest.built_33), its plans registered for labels."""
    from sciplan_analysis import labels

    labels.register_plans(built_33.corpus.plans)
    return built_33.corpus


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_column_tables_give_a_row_per_category_among_many_plans(thirty_three, lang):
    """Pages 02-04's tables of a column per plan (commitments by measure, tasks and shares by
    category, each category's lead unit) give, among many plans, a row per category with the
    spread across the plans and the plans at its top, and a note naming the workbook sheet with
    each plan's figures (audit23 item 4: 301 columns at 300 plans)."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import categories, scope, targets
    from sciplan_analysis.analysis import workload as wl

    corpus = thirty_three
    n = len(corpus.plans)
    matrix = categories.category_matrix(corpus, "tasks")
    shown = {
        "commitments": targets.commitments_table(corpus, lang),
        "category_tasks": categories.labelled(matrix, lang, corpus=corpus, sheet="category_tasks"),
        "category_share": categories.labelled(categories.category_matrix(corpus, "share"), lang, 1,
                                              corpus=corpus, sheet="category_share"),
        "assignments": wl.category_lead_table(corpus, lang),
    }
    for sheet, table in shown.items():
        assert table.shape[1] <= 9, (sheet, table.shape)
        assert labels.label("sheet", sheet, lang) in table.attrs["note"]
        assert f"/{n}" in " ".join(table.iloc[:, 1].astype(str))
    # each note says what its rows give: a spread of numbers, or (page 04) the units that lead (audit24)
    spread = labels.tr("分布", "spread", lang)
    assert spread in shown["category_tasks"].attrs["note"]
    assert spread not in shown["assignments"].attrs["note"]
    assert labels.tr("牵头最多的单位", "units leading most", lang) in shown["assignments"].attrs["note"]
    tasks = shown["category_tasks"].set_index(shown["category_tasks"].columns[0])
    apart = list(scope.reasons(corpus))  # the fragment: counted, never the highest
    assert apart
    for category, row in matrix.iterrows():  # each row's numbers are the matrix's
        line = tasks.loc[labels.category_label(category, lang)]
        assert line.iloc[0] == f"{int((row > 0).sum())}/{n}"
        assert line.iloc[-2] == int(row.drop(apart).max())
        assert all(labels.plan_label(p, lang) not in line.iloc[-1] for p in apart)


def test_the_five_plan_tables_keep_a_column_per_plan(five_plans):
    """Five plans: each table keeps its column per plan (the by-row form is for many plans)."""
    from sciplan_analysis.analysis import categories, targets
    from sciplan_analysis.analysis import workload as wl

    matrix = categories.category_matrix(five_plans, "tasks")
    assert categories.labelled(matrix, "zh", corpus=five_plans, sheet="category_tasks").shape[1] == 5
    assert targets.commitments_table(five_plans, "zh").shape[1] == 5
    assert wl.category_lead_table(five_plans, "zh").shape[1] == 5
