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
from ranked import stub_plan_measures

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
    stub_plan_measures(monkeypatch, ids, rank)
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


# --------------------------------------------------------------------------- spread charts


def _pairs_table() -> pd.DataFrame:
    """Rows of made-up section scores over 40 pairs of long English names: one row whose
    highest is low (its label runs right, towards the counts), rows whose highest is 1.0 and
    tied by many (their label runs left, towards the axis), and empty cells counted at the end."""
    rng = np.random.default_rng(5)
    pairs = [f"p{i:02d}–p{i + 1:02d}" for i in range(40)]
    table = pd.DataFrame(rng.uniform(0.3, 0.9, (4, 40)), index=["Background", "Science popularisation of S&T resources",
                                                                "Leading cadres and civil servants",
                                                                "Implementation and safeguards"], columns=pairs)
    table.iloc[0] = np.nan
    table.iloc[0, :3] = [0.28, 0.2, 0.1]
    table.iloc[1, :25] = 1.0
    table.iloc[2, :2] = 1.0
    table.iloc[3, -6:] = np.nan
    return table


def _long_pair(pair: str) -> str:
    a, b = pair.split("–")
    return f"Jia {a[1:]} District, Longcity (a draft) – Jia {b[1:]} County"


def test_a_spread_charts_labels_stay_within_the_scale_and_clear_of_the_counts():
    """Chart 5.4 at 33 plans in English: the top pair's label of the Background row ran into the
    row's count ("none in one plan 525/528") and labels read leftwards from 1.0 crossed the
    axis line. Every label now stands between the axis and its row's counts."""
    fig = charts.spread_chart(_pairs_table(), lang="en", upper=1.0, missing="pairs lacking it",
                              name=_long_pair, dots=("a dot per plan pair (528 pairs)", "the middle half of pairs"),
                              hollow=(_pairs_table().notna() & False, "hollow: pairs with a fragment or a non-plan page "
                                                                       "(whole-text row)"))
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        frame = ax.get_window_extent(renderer)
        named = [t for t in ax.texts if "Jia" in t.get_text() or "tied" in t.get_text()]
        counts = [t for t in ax.texts if "lacking" in t.get_text()]
        assert len(named) == 4 and counts
        for t in named:
            box = t.get_window_extent(renderer)
            assert box.x0 >= frame.x0 and box.x1 <= frame.x1, t.get_text()
            assert not [c.get_text() for c in counts if _overlap(box, c.get_window_extent(renderer))], t.get_text()
        legend = ax.get_legend().get_window_extent(renderer)
        assert all(c.get_window_extent(renderer).x1 <= legend.x0 for c in counts)  # never under the legend
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_fragments_dot_beyond_the_highest_whole_plan_is_hollow_and_named(lang):
    """Chart 3.1: the fragment's grey dot at 11 sat beyond the red 'highest whole plan' dot at 9,
    unmarked, and inside the box of the plans. A column that may not rank is drawn hollow,
    outside the box, and the legend names it (空心：重庆市（残篇），不参与排序)."""
    table = pd.DataFrame({"frag": [11.0, 2.0], "a": [9.0, 3.0], "b": [1.0, 1.0], "c": [2.0, 2.0]},
                         index=["组织实施与保障", "青少年"])
    name = {"frag": "重庆市（残篇）" if lang == "zh" else "Chongqing Municipality (a fragment)",
            "a": "甲", "b": "乙", "c": "丙"}.get
    fig = charts.spread_chart(table, lang=lang, name=name, ranks=["a", "b", "c"])
    try:
        ax = fig.axes[0]
        hollow = [c for c in ax.collections if len(c.get_offsets()) and
                  np.allclose(c.get_facecolor()[0], [1, 1, 1, 1])]
        assert sorted(float(x) for c in hollow for x in c.get_offsets()[:, 0]) == [2.0, 11.0]
        entries = [t.get_text().replace("\n", " ") for t in ax.get_legend().get_texts()]
        assert any(name("frag") in e and ("不参与排序" if lang == "zh" else "not ranked") in e for e in entries), entries
        box = [p for p in ax.patches if p.get_width() > 0][0]  # the first row's box: the whole plans' middle half
        assert box.get_x() + box.get_width() <= 9.0
        assert [t.get_text() for t in ax.texts if t.get_text() == "甲"]  # the highest whole plan named
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- words on charts


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "未提及目标：甲01县（征求意见稿）、甲03县；现存文本未见目标：甲00县（残篇）"),
    ("en", "No target stated: Jia 01 District, Longcity (a draft); Jia 03 District, Longcity. "
           "No target in the text as we have it: Jia 00 District, Longcity (a fragment)"),
])
def test_the_targets_note_names_plans_as_the_report_does(plans33, lang, said):
    """Chart 2.1's note read "Chongqing Municipality (fragment)" against "(a fragment)" everywhere
    else (audit17 item 12): each plan stating no target is named by `scope.marked`; names with
    commas are parted by semicolons."""
    few = plans33.plans.head(5)
    rows = pd.DataFrame({"plan_id": ["p02", "p04"], "kind": "target", "year": 2025, "value": [12.0, 14.0],
                         "comparator": ">", "quote": "超过"})
    fig = charts.targets_chart(SimpleNamespace(plans=few, targets=rows), lang)
    try:
        assert said in [t.get_text() for t in fig.texts]
    finally:
        plt.close(fig)


@pytest.mark.parametrize(("lang", "axis", "title"), [
    ("zh", "甲01县\n（按组分工）", "甲01县（征求意见稿，按组分工）"),
    ("en", "Jia 01 District, Longcity\n(units per group)", "Jia 01 District, Longcity (a draft, units per group)"),
    ("zh", "甲02县", "甲02县（征求意见稿）"),
    ("zh", "甲00县\n（残篇，现存文本未见责任单位）", "甲00县（残篇，现存文本未见责任单位）"),
    ("en", "Jia 00 District, Longcity\n(a fragment, no units in the text as we have it)", "Jia 00 District, Longcity (a fragment, no units in the text as we have it)"),
    ("zh", "甲05县", "甲05县"),
])
def test_a_unit_panel_names_a_draft_in_one_bracket(plans33, lang, axis, title):
    """The five-plan chart 4.1's panel of 成都市锦江区 (the lead finding's top end, a draft) was
    unmarked: a panel's title names a draft as one, in the bracket of its division of labour,
    and a fragment's title, which says why already, is not marked twice."""
    plan = {"甲01": "p01", "Jia 01": "p01", "甲02": "p02", "甲00": "p00", "Jia 00": "p00", "甲05": "p05"}
    plan_id = next(v for k, v in plan.items() if axis.startswith(k))
    assert charts._panel_title(plan_id, axis, plans33, lang) == title


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plan_by_plan_heatmaps_name_drafts_and_fragments_on_their_axes(plans33, lang):
    """Charts 5.1 and 5.3 (and 7.2): the fragment's and drafts' rows and columns were plain names;
    they are marked (`scope.marked`), a column's mark on its own line so that two Chinese names
    side by side never run together (重庆市（残篇成都市锦江区…)."""
    from sciplan_analysis import labels

    ids = [f"p{i:02d}" for i in range(5)]
    rows = [(a, b, scope, "word", 0.5 + 0.01 * i) for i, (a, b) in enumerate(itertools.combinations(ids, 2))
            for scope in ("whole", "shared")]
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    fig = charts.similarity_heatmap(table, "whole", lang=lang, corpus=plans33)
    try:
        fig.canvas.draw()
        ax = fig.axes[0]
        rows_said = [t.get_text() for t in ax.get_yticklabels()]
        assert labels.text("scope.fragment", lang, plan=labels.plan_label("p00", lang)) in rows_said
        assert labels.text("scope.draft", lang, plan=labels.plan_label("p01", lang)) in rows_said
        columns = [t for t in ax.get_xticklabels() if t.get_text()]
        assert any(t.get_text().endswith(labels.tr("（残篇）", "(a fragment)", lang)) for t in columns)
        boxes = [t.get_window_extent() for t in columns]
        assert not [(a, b) for a, b in itertools.combinations(range(len(boxes)), 2)
                    if boxes[a].overlaps(boxes[b])]
    finally:
        plt.close(fig)


@pytest.mark.parametrize("n", [5, 14])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_section_charts_note_stays_within_the_chart(n, lang):
    """Chart 5.4's note under the chart ran to the image's right edge (five plans, English) and,
    in Chinese, never broke at all (the 33-plan image stretched to 14 inches): it is wrapped
    within the chart's width."""
    from sciplan_analysis.corpus import Corpus

    plans = [f"p{k}" for k in range(n)]
    last = plans[-1]
    corpus = Corpus.from_records({"plans": [{"plan_id": p, "status": "fragment" if p == last else "final"}
                                            for p in plans]})
    rows = []
    for a, b in itertools.combinations(plans, 2):
        youth = 0.5 if {a, b}.isdisjoint({"p0", last}) else None
        background = None if last in (a, b) else 0.4
        rows += [(a, b, "category:youth", "word", youth), (a, b, "part:background", "word", background),
                 (a, b, "whole", "word", 0.6)]
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    fig = charts.section_heatmap(table, lang=lang, corpus=corpus)
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        notes = [t for t in fig.texts if t.get_text()]
        assert notes
        width = fig.get_size_inches()[0] * fig.dpi
        assert all(t.get_window_extent(renderer).width <= 0.92 * width for t in notes)
    finally:
        plt.close(fig)
