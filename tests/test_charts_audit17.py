"""Charts at 33 plans in English read as the Chinese do (audit17 items 1, 2, 8, 9, 10, 12, 14):
numbers and labels never run together or over a title, a fragment is drawn apart or marked
where plans are ranked, a draft at an end is named as one. Made-up tables and corpora, drawn
light, and the five plans."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import pytest

from sciplan_analysis.report import charts

UNITS = ["Association for Science and Technology", "Science and technology bureau", "Education bureau",
         "Townships and streets", "Health bureau", "Propaganda department", "Communist Youth League",
         "Culture and tourism bureau", "Emergency management bureau", "Women's Federation",
         "Human resources and social security bureau", "Market regulation bureau",
         "Agriculture and rural affairs bureau", "Organisation department",
         "Economy and information technology bureau"]


def _network(n_units: int = 15) -> nx.Graph:
    """Units with long English names sharing hundreds of tasks (three-digit cells), as 33 plans do."""
    graph = nx.Graph()
    rng = np.random.default_rng(1)
    for i, name in enumerate(UNITS[:n_units]):
        graph.add_node(f"u{i}", unit_en=name, unit_zh=f"单位{i}", unit_type="government_department")
    for i, j in itertools.combinations(range(n_units), 2):
        graph.add_edge(f"u{i}", f"u{j}", weight=int(rng.integers(100, 800)))
    return graph


def _boxes(fig, texts):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in texts]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shared_task_matrix_keeps_each_number_in_its_cell(lang):
    """Chart 4.4 at 33 plans in English: the long row labels took the width and the 15 columns'
    three-digit numbers ran together ("779565507314…"); each number now stands apart from its
    neighbours (the figure widens, and what still does not fit is set smaller)."""
    fig = charts.network_matrix(_network(), lang=lang)
    try:
        ax = fig.axes[0]
        cells = [t for t in ax.texts if t.get_text().isdigit()]
        assert len(cells) == 15 * 14
        boxes = _boxes(fig, cells)
        rows: dict[float, list] = {}
        for t, box in zip(cells, boxes, strict=True):
            rows.setdefault(round(t.get_position()[1], 2), []).append(box)
        em = cells[0].get_fontsize() * fig.dpi / 72  # a gap a reader sees: a third of the type's size
        for row in rows.values():
            row.sort(key=lambda b: b.x0)
            gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(row)]
            assert min(gaps) > em / 3, gaps
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- made-up plans

@pytest.fixture
def plans33():
    """33 made-up plans with long English names: p00 a fragment, p01 and p02 drafts; their
    names registered for labels, and the registry restored afterwards."""
    from sciplan_analysis import labels

    labels.plan_label("")
    saved = dict(labels._plans)
    plans = pd.DataFrame({"plan_id": [f"p{i:02d}" for i in range(33)],
                          "name_zh": [f"甲{i:02d}县" for i in range(33)],
                          "name_en": [f"Jia {i:02d} District, Longcity" for i in range(33)],
                          "status": ["fragment", "draft", "draft"] + ["final"] * 30})
    labels.register_plans(plans)
    yield SimpleNamespace(plans=plans)
    labels._plans.clear()
    labels._plans.update(saved)


def _type_shares(plans: pd.DataFrame) -> pd.DataFrame:
    """Made-up shares: the fragment leans most on the demand side, a draft least."""
    n = len(plans)
    demand = np.linspace(20, 30, n)
    demand[0], demand[1] = 45.0, 10.0
    supply = 50 - demand / 2
    return pd.DataFrame({"plan_id": plans["plan_id"], "supply": supply, "environment": 20.0,
                         "demand": demand, "none": 100 - supply - 20 - demand, "n_clauses": 120})


def _overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_instrument_types_legend_stays_clear_of_title_and_subtitle(plans33, monkeypatch, lang):
    """Chart 7.1 at 33 plans in English: a figure legend at the top right covered the title the
    report puts above the chart and the end of the subtitle; it now stands beside the bars."""
    from sciplan_analysis.report import style

    monkeypatch.setattr(charts.instrument_analysis, "type_shares", lambda corpus: _type_shares(plans33.plans))
    fig = charts.instrument_type_bars(plans33, lang)
    try:
        style.frame_measured(fig, "Of the whole plans, Jia 05 District, Longcity leans most on demand-side "
                                  "instruments (33 of 87 clauses)" if lang == "en" else
                             "完整规划中甲05县最倚重需求型工具（33/87 条）", note="Source: made up.")
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        legend = next(iter(fig.legends + [a.get_legend() for a in fig.axes if a.get_legend()]))
        box = legend.get_window_extent(renderer)
        titles = [fig.axes[0].title, fig.axes[0]._left_title] + [t for t in fig.texts if t.get_text()]
        clash = [t.get_text() for t in titles if t.get_text() and _overlap(box, t.get_window_extent(renderer))]
        assert not clash, clash
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_instrument_types_ranking_draws_the_fragment_apart_and_marks_drafts(plans33, monkeypatch, lang):
    """Chart 7.1 ranks plans by their demand share: the fragment (p00, the highest share) was
    ranked first among them, unmarked; it is drawn last, below a dotted line, hatched and named
    as a fragment, and the draft at the bottom of the ranking is named as a draft."""
    from sciplan_analysis import labels

    monkeypatch.setattr(charts.instrument_analysis, "type_shares", lambda corpus: _type_shares(plans33.plans))
    fig = charts.instrument_type_bars(plans33, lang)
    try:
        ax = fig.axes[0]
        names = [t.get_text() for t in ax.get_yticklabels()]
        assert names[-1] == labels.text("scope.fragment", lang, plan=labels.plan_label("p00", lang))
        assert names[-2] == labels.text("scope.draft", lang, plan=labels.plan_label("p01", lang))
        assert names[0] == labels.plan_label("p32", lang)
        hatched = {round(p.get_y() + p.get_height() / 2) for p in ax.patches if p.get_hatch()}
        assert hatched == {32}
        assert [line for line in ax.lines if line.get_linestyle() == ":"]
        notes = [t.get_text() for t in fig.texts]
        assert any(labels.tr("单独画出，不参与排序", "drawn apart, not ranked", lang) in t for t in notes), notes
    finally:
        plt.close(fig)


def _ticks(ax) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_ranked_bar_charts_draw_the_fragment_apart_and_name_drafts_at_the_ends(plans33, monkeypatch, lang):
    """Charts 1.1 and 2.4 rank plans on a whole-plan measure: the fragment (p00, made the
    longest and the most specific) was ranked among them, unmarked, and a draft at an end was
    unmarked. The fragment now stands last, below a dotted line, named as a fragment; the
    drafts at the top (p01) and bottom (p02) are named as drafts (chart 2.2 too)."""
    from sciplan_analysis import labels

    ids = plans33.plans["plan_id"]
    rank = pd.Series(np.arange(33, 0, -1, dtype=float), index=ids)  # p01 highest of the whole plans
    rank["p00"] = 99.0
    monkeypatch.setattr(charts, "plan_facts", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "n_chars": rank.to_numpy() * 100}))
    monkeypatch.setattr(charts, "structure_counts", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "groups": 10, "tasks": 30}))
    monkeypatch.setattr(charts, "specificity", lambda corpus: pd.DataFrame(
        {"plan_id": ids, "per_task": rank.to_numpy() / 100, "per_10k_chars": rank.to_numpy()}))
    monkeypatch.setattr(charts, "plan_benchmarks", lambda corpus, year: pd.DataFrame(
        {"plan_id": ids, "target": 10 + rank.to_numpy() / 10, "national": 15.0,
         "province_value": np.nan, "province_region": None}))
    fragment = labels.text("scope.fragment", lang, plan=labels.plan_label("p00", lang))
    top, bottom = (labels.text("scope.draft", lang, plan=labels.plan_label(p, lang)) for p in ("p01", "p02"))
    rank["p02"] = 0.5  # the lowest whole plan
    for draw in (charts.structure_chart, charts.specificity_chart):
        fig = draw(plans33, lang=lang)
        try:
            names = _ticks(fig.axes[0])
            assert names[0] == top and names[-2] == bottom and names[-1] == fragment, names
            assert [line for line in fig.axes[0].lines if line.get_linestyle() == ":"]
            assert any(labels.tr("不参与排序", "not ranked", lang) in t.get_text() for t in fig.texts)
        finally:
            plt.close(fig)
    fig = charts.benchmark_chart(plans33, lang=lang)
    try:
        names = _ticks(fig.axes[0])
        assert top in names and bottom in names and fragment in names
    finally:
        plt.close(fig)
