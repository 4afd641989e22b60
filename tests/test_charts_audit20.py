"""Charts after audit20 (items 4, 5, 9, 10): chart 5.4's named pairs stand clear of the dots
and boxes they describe; drafts and the fragment are marked on the plan axes of charts 3.2,
5.2 and 6.1; chart 7.2 says how its columns are ordered, draws the fragment apart and leaves out
tools no plan uses; chart 2.1's points are centred on their years. Made-up tables over the
33 made-up plans (`plans33`), drawn light."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle

from sciplan_analysis.report import charts, style

PARTS = ("actions", "background", "goals", "implementation", "projects")
CATEGORIES = ("youth", "farmers", "industrial_workers", "elderly", "cadres_civil_servants", "urban_residents",
              "public_campaigns", "tech_resources", "informatization", "infrastructure", "grassroots_capacity",
              "cooperation", "industry", "talent")


def _section_scores(plan_ids: list[str]) -> pd.DataFrame:
    """A tidy similarity table of 528 pairs over whole texts, shared sections, five parts and
    14 categories, as the 33-plan build has them: broad clouds, rows where a draft's pair is the
    highest (a long label), rows with many pairs at 1.00, a row (background) nearly empty."""
    rng = np.random.default_rng(20)
    rows = []
    for k, (a, b) in enumerate(itertools.combinations(plan_ids, 2)):
        drafted = bool({a, b} & {"p01", "p02"})
        for scope in ("whole", "shared", *(f"part:{p}" for p in PARTS), *(f"category:{c}" for c in CATEGORIES)):
            if scope == "part:background":
                score = 0.28 if (a, b) == ("p01", "p03") else None
            elif scope.startswith("category:") and rng.random() < 0.25:
                score = None
            elif scope.startswith("category:") and rng.random() < 0.3:
                score = 1.0
            elif scope in ("whole", "shared", "part:projects"):
                score = float(np.clip(rng.normal(0.68, 0.08), 0.35, 0.86)) + (0.02 if drafted and k % 7 == 0 else 0)
            else:
                score = float(rng.uniform(0.05, 0.99))
            rows.append((a, b, scope, "word", score))
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    return table.dropna(subset=["score"]).reset_index(drop=True)


def _data_boxes(ax, renderer) -> list:
    """Display boxes of what a spread chart draws as data: each dot (as big as its marker), each
    row's box of the middle half and its median line."""
    out = []
    for coll in ax.collections:
        offsets = coll.get_offsets()
        if not len(offsets):
            continue
        sizes = coll.get_sizes()
        for (x, y), size in zip(offsets, np.resize(sizes, len(offsets)), strict=True):
            px, py = ax.transData.transform((x, y))
            r = np.sqrt(size) / 2 * ax.figure.dpi / 72
            out.append((px - r, py - r, px + r, py + r))
    for patch in ax.patches:
        if isinstance(patch, Rectangle) and patch.get_width() > 0:
            box = patch.get_window_extent(renderer)
            out.append((box.x0, box.y0, box.x1, box.y1))
    for line in ax.lines:
        xs, ys = line.get_data()
        if len(xs) == 2 and xs[0] == xs[1]:
            (x0, y0), (x1, y1) = ax.transData.transform([(xs[0], ys[0]), (xs[1], ys[1])])
            out.append((x0 - 1, min(y0, y1), x0 + 1, max(y0, y1)))
    return out


def _hits(box, others) -> list:
    return [o for o in others if box.x0 < o[2] and o[0] < box.x1 and box.y0 < o[3] and o[1] < box.y1]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_section_spreads_named_pairs_stand_clear_of_the_dots_and_boxes(plans33, lang):
    """Chart 5.4 at 33 plans (audit20 item 4): the red names of each row's highest pair stood
    over the dots and box of their own row ("Synthetic 3 – Synthetic 17 and 21 other pairs" over
    the 0.4–0.7 dots; a two-line draft's pair across the box's edge). Each label now stands above
    its row's strip, from its red dot: no label (nor its white ground) covers any dot, box or
    median of any row, nor a count, nor runs past the scale."""
    ids = list(plans33.plans["plan_id"])
    fig = charts.section_heatmap(_section_scores(ids), lang=lang, corpus=plans33)
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        named = [t for t in ax.texts if t.get_color() == style.EXTREME_COLOUR]
        counts = [t for t in ax.texts if "/528" in t.get_text()]
        assert len(named) == len(ax.get_yticks()) and counts
        data = _data_boxes(ax, renderer)
        assert len(data) > 528 * 10
        frame = ax.get_window_extent(renderer)
        column = min(c.get_window_extent(renderer).x0 for c in counts)
        for label in named:
            for box in (label.get_window_extent(renderer), label.get_bbox_patch().get_window_extent(renderer)):
                assert not _hits(box, data), label.get_text()
                assert box.x0 >= frame.x0 and box.x1 <= column, label.get_text()
                assert box.y1 <= frame.y1, label.get_text()  # the first row's label within the axes
                assert not [c.get_text() for c in counts if box.overlaps(c.get_window_extent(renderer))]
            assert label.get_fontsize() >= 5.0
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- chart 2.1


def _targets(plan_ids: list[str]) -> pd.DataFrame:
    """A 2025 target in every plan but the fragment, a 2035 target in one plan early in the order
    and a 2020 baseline in another (as 乐至县's and 巫溪县's)."""
    rows = [(p, "target", 2025, 10.0 + k % 9, ">", "超过") for k, p in enumerate(plan_ids[1:])]
    rows += [("p03", "target", 2035, 25.0, ">", "超过"), ("p05", "baseline", 2020, 6.9, "=", "达到")]
    return pd.DataFrame(rows, columns=["plan_id", "kind", "year", "value", "comparator", "quote"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_targets_points_are_centred_on_their_years(plans33, lang):
    """Chart 2.1 at 33 plans (audit20 item 10): a point's offset came from its plan's place among
    all 32, so the one 2035 target stood at 2034.5 and read as earlier, and the 2025 cloud leant
    to one side. Each year's points now spread evenly about the year: a lone point on it, the
    cloud's middle on it; and the legend's "32 plans" is a colour patch, not the filled circle
    that marks "reaches"."""
    from matplotlib.collections import PathCollection
    from matplotlib.patches import Patch

    targets = _targets(list(plans33.plans["plan_id"]))
    fig = charts.targets_chart(SimpleNamespace(plans=plans33.plans, targets=targets), lang)
    try:
        ax = fig.axes[0]
        xs = np.array([x for c in ax.collections if isinstance(c, PathCollection) for x, _y in c.get_offsets()])
        assert len(xs) == len(targets)
        by_year = {year: xs[np.abs(xs - year) < 0.9] for year in (2020, 2025, 2035)}
        assert by_year[2035].tolist() == [2035.0] and by_year[2020].tolist() == [2020.0]
        assert len(by_year[2025]) == 32
        assert by_year[2025].mean() == pytest.approx(2025.0)
        assert by_year[2025].min() == pytest.approx(2025.0 - (by_year[2025].max() - 2025.0))
        legend = ax.get_legend()
        plans = [h for h, t in zip(legend.legend_handles, legend.get_texts(), strict=True)
                 if t.get_text() in ("32 plans", "32 份规划")]
        assert len(plans) == 1 and isinstance(plans[0], Patch)
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- marks on the plan axes


def _marks(lang: str) -> tuple[str, str]:
    return ("（残篇）", "（征求意见稿）") if lang == "zh" else ("(a fragment)", "(a draft)")


def _axis_names(ticks, lang: str) -> list[str]:
    """Tick labels as one line each (a column's mark stands on a line of its own, a long
    English name wraps)."""
    return [t.get_text().replace("\n", "" if lang == "zh" else " ") for t in ticks if t.get_text()]


def _assert_marked(names: list[str], lang: str, n: int) -> None:
    from sciplan_analysis import labels

    fragment, draft = _marks(lang)
    assert len(names) == n
    join = "" if lang == "zh" else " "
    assert labels.plan_label("p00", lang) + join + fragment in names, names[:5]
    assert {labels.plan_label(p, lang) + join + draft for p in ("p01", "p02")} <= set(names), names[:5]
    assert sum(fragment in x or draft in x for x in names) == 3  # no final plan marked


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_category_heatmap_marks_drafts_and_the_fragment(plans33, monkeypatch, lang):
    """Chart 3.2 at 33 plans (audit20 item 5): its columns read plain names while 4.2, 4.3, 5.1
    and 7.2 mark drafts and the fragment; they are marked the same way (`marked_column`)."""
    from sciplan_analysis.analysis import scope

    ids = list(plans33.plans["plan_id"])
    shares = pd.DataFrame(np.random.default_rng(2).uniform(1, 20, (3, 33)),
                          index=["youth", "farmers", "implementation"], columns=ids)
    monkeypatch.setattr(charts, "category_matrix",
                        lambda _c, value="share": shares.copy() if value == "share" else shares * 10)
    monkeypatch.setattr(scope, "reasons", lambda _c: {"p00": scope.FRAGMENT})
    fig = charts.category_heatmap(plans33, lang=lang)
    try:
        _assert_marked(_axis_names(fig.axes[0].get_xticklabels(), lang), lang, 33)
    finally:
        plt.close(fig)


@pytest.mark.parametrize("n", [5, 33])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dendrogram_marks_drafts_and_the_fragment(plans33, lang, n):
    """Chart 5.2 (audit20 item 5): its leaves read plain names; a draft and the fragment are
    named as such, the mark on a line of its own under a leaf among few plans (neighbours never
    run together), after the name among many (turned on end)."""
    ids = list(plans33.plans["plan_id"])[:n]
    rng = np.random.default_rng(4)
    rows = [(a, b, "whole", "word", float(rng.uniform(0.5, 0.9))) for a, b in itertools.combinations(ids, 2)]
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    corpus = SimpleNamespace(plans=plans33.plans.head(n))
    fig = charts.similarity_dendrogram(table, lang=lang, corpus=corpus)
    try:
        ticks = fig.axes[0].get_xticklabels()
        _assert_marked(_axis_names(ticks, lang), lang, n)
        if n == 33:
            assert all("\n" not in t.get_text() for t in ticks)
        else:  # a mark whole on a line of its own ("(a" / "fragment)" was broken under its leaf)
            lines = [line for t in ticks for line in t.get_text().split("\n")]
            assert set(_marks(lang)) <= set(lines), lines
            fig.canvas.draw()
            boxes = [t.get_window_extent() for t in ticks]
            assert not [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]
    finally:
        plt.close(fig)


@pytest.mark.parametrize("n", [5, 33])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_reuse_matrix_marks_drafts_and_the_fragment(plans33, lang, n):
    """Chart 6.1 (audit20 item 5): its title speaks of the fragment's row ("47 of Chongqing
    Municipality's 88 sentences"), yet neither that row nor the drafts' were marked; rows and
    columns now name them as the similarity heatmaps do."""
    ids = list(plans33.plans["plan_id"])[:n]
    reuse = pd.DataFrame([(a, b, 20, 1 + (i % 9), (1 + i % 9) / 20)
                          for i, (a, b) in enumerate(itertools.permutations(ids, 2))],
                         columns=["source_plan", "target_plan", "n_sentences", "n_reused", "share"])
    fig = charts.reuse_heatmap(reuse, lang=lang, corpus=SimpleNamespace(plans=plans33.plans.head(n)))
    try:
        ax = fig.axes[0]
        _assert_marked(_axis_names(ax.get_yticklabels(), lang), lang, n)
        _assert_marked(_axis_names(ax.get_xticklabels(), lang), lang, n)
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- chart 7.2


def _tool_counts(plan_ids: list[str]) -> pd.DataFrame:
    """Clauses per tool × plan, made up: procurement used by no plan, the fragment (p00) leaning
    on organisation, the others on public services or social participation."""
    from sciplan_analysis.analysis.instruments import TOOLS

    rng = np.random.default_rng(9)
    counts = pd.DataFrame(rng.integers(1, 12, (len(TOOLS), len(plan_ids))), index=list(TOOLS), columns=plan_ids)
    counts.loc["procurement"] = 0
    counts.loc["services", plan_ids[1::2]] += 20
    counts.loc["participation", plan_ids[2::2]] += 20
    counts.loc["organisation", "p00"] = 40
    return counts


def _tool_heatmap(plans33, monkeypatch, lang: str, n: int):
    from sciplan_analysis.analysis import instruments

    counts = _tool_counts(list(plans33.plans["plan_id"])[:n])

    def tool_counts(_corpus, share=False):
        return counts.div(counts.sum(axis=0), axis=1) * 100 if share else counts.copy()

    monkeypatch.setattr(instruments, "tool_counts", tool_counts)
    return charts.instrument_tool_heatmap(SimpleNamespace(plans=plans33.plans.head(n)), lang), counts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_tool_heatmap_says_its_order_sets_the_fragment_apart_and_drops_unused_tools(plans33, monkeypatch, lang):
    """Chart 7.2 at 33 plans (audit20 item 9): its columns stood in clustering order without
    saying so, the fragment first among the whole plans, and the Procurement row was 0 in every
    plan. The subtitle says the order, the fragment's column stands last, right of a dotted line
    with a note saying why, the all-zero row is left out and the note names it; the cells are too
    narrow for numbers, so the subtitle promises no n/N."""
    from sciplan_analysis import labels

    fig, counts = _tool_heatmap(plans33, monkeypatch, lang, 33)
    try:
        ax = fig.axes[0]
        subtitle = ax.get_title(loc="left")
        assert ("工具构成相近的规划排在一起" if lang == "zh" else "plans ordered so that alike tool mixes stand together") in subtitle
        assert "its clauses / all clauses" not in subtitle and "条款数/全部条款" not in subtitle
        assert not [t for t in ax.texts if "/" in t.get_text() or "%" in t.get_text()]  # colour alone
        columns = [t.get_text() for t in ax.get_xticklabels()]
        assert columns[-1] == labels.text("scope.fragment", lang, plan=labels.plan_label("p00", lang))
        lines = [line for line in ax.lines if list(line.get_xdata()) == [31.5, 31.5]]
        assert len(lines) == 1 and lines[0].get_linestyle() == ":"
        rows = [t.get_text() for t in ax.get_yticklabels()]
        procurement = labels.label("instrument_tool", "procurement", lang)
        assert procurement not in rows and len(rows) == len(counts) - 1
        note = " ".join(t.get_text().replace("\n", "") for t in fig.texts)
        assert (f"未画出：{procurement}" if lang == "zh" else f"Not drawn: {procurement}") in note
        assert ("虚线右侧" if lang == "zh" else "Right of the dotted line") in note
        assert labels.plan_label("p00", lang) in note
        # no means named is not a tool (audit21 item 9)
        assert ("未提及手段不是工具" if lang == "zh" else '"No means named" is not a tool') in note
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_five_plan_tool_heatmap_keeps_its_numbers_and_counts(plans33, monkeypatch, lang):
    """Five plans: the cells hold each share with its count under it, as the subtitle says
    (n/N), the whole plans' columns in the plans' order and no order claimed; the all-zero row is
    left out there too (audit21 item 9: one rule at every plan count)."""
    fig, counts = _tool_heatmap(plans33, monkeypatch, lang, 5)
    try:
        ax = fig.axes[0]
        subtitle = ax.get_title(loc="left")
        assert ("条款数/全部条款" if lang == "zh" else "its clauses / all clauses") in subtitle
        assert "alike" not in subtitle and "相近" not in subtitle
        said = [t.get_text() for t in ax.texts]
        assert f"{counts.loc['services', 'p01']}/{counts['p01'].sum()}" in said
        assert len(ax.get_yticklabels()) == len(counts) - 1  # procurement, used by no plan
    finally:
        plt.close(fig)
