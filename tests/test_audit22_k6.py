"""Audit 22 items 19, 24, 25 and 26 (helper k6): chart 2.1 at scale, the national outline's
column on the plan pages, page 04's units only one plan names, and chart 4.1's panels."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import charts
from tests.test_chart_layout import _corpus, _plan_names_restored  # noqa: F401

# --------------------------------------------------------------------------- item 19: chart 2.1


def _scale_rows(n: int = 60) -> list[tuple]:
    """Targets as the 300-plan corpus has them: years 2023–2027, most in 2025, ties at each
    end, the lowest of 2023 and of 2024 both 6% (their labels overprinted each other)."""
    years = [2023, 2024, 2025, 2025, 2025, 2025, 2026, 2027]
    rows = [(f"p{i:02d}", "target", years[i % len(years)], float(9 + (i * 7) % 17)) for i in range(n)]
    rows += [("p00", "target", 2023, 6.0), ("p01", "target", 2024, 6.0), ("p09", "target", 2024, 6.0)]
    rows += [(f"p{i:02d}", "target", 2025, 18.0) for i in range(2, n, 8)]
    return [r for k, r in enumerate(rows) if not (k < n and r[0] in {"p00", "p01", "p09"})]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_2_1_at_scale_stops_near_the_plans_years_and_says_the_national_2035_mark(lang):
    """At 300 plans the x axis ran to 2037 for the national 2035 mark though no plan passes 2027:
    half the plot stood empty. The axis now ends near the plans' last year and the 2035 mark is
    said at its right edge, with its year and figure."""
    fig = charts.targets_chart(_corpus(60, _scale_rows()), lang=lang)
    try:
        ax = fig.axes[0]
        assert ax.get_xlim()[1] < 2031, ax.get_xlim()
        said = [t.get_text() for t in ax.texts]
        mark = "国家纲要 2035 年 25% →" if lang == "zh" else "national 25% by 2035 →"
        assert mark in said, said
    finally:
        plt.close(fig)


def test_chart_2_1_keeps_a_plans_2035_target_on_the_axis():
    """With few plans and one aiming at 2035 (乐至县), 2035 stays on the axis, drawn as before."""
    rows = [(f"p{i:02d}", "target", 2025, 11.0 + i) for i in range(4)] + [("p01", "target", 2035, 25.0)]
    fig = charts.targets_chart(_corpus(4, rows), lang="zh")
    try:
        assert fig.axes[0].get_xlim()[1] > 2035
        assert "国家纲要 25%" in [t.get_text() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_2_1_at_scale_labels_touch_neither_each_other_nor_a_point(lang):
    """At 300 plans 山阳县 6% was overprinted by 丰新县等 2 份 6% and the 2025 ties' labels sat on
    the markers: each year's highest now stands above its points and its lowest below, moved
    further out where it would touch a point, a dotted line or another label."""
    fig = charts.targets_chart(_corpus(60, _scale_rows()), lang=lang)
    try:
        fig.canvas.draw()
        ax = fig.axes[0]
        red = [t for t in ax.texts if t.get_color() == charts.style.EXTREME_COLOUR]
        assert len(red) >= 8
        boxes = [t.get_window_extent() for t in red]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not a.overlaps(b), (a, b)
        dots = ax.transData.transform(np.vstack([c.get_offsets() for c in ax.collections
                                                 if len(c.get_offsets())]))
        for label, box in zip(red, boxes, strict=True):
            inside = (dots[:, 0] > box.x0) & (dots[:, 0] < box.x1) & (dots[:, 1] > box.y0) & (dots[:, 1] < box.y1)
            assert not inside.any(), label.get_text()
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- item 24: plan pages


def _copy(corpus):
    from dataclasses import replace

    return replace(corpus, **{name: df.copy() for name, df in corpus.tables().items()})


@pytest.mark.parametrize(("lang", "said"), [("zh", "该年无目标"), ("en", "no target for that year")])
def test_the_national_column_says_the_outline_sets_no_target_that_year(five_plans, lang, said):
    """A plan's 2024 target stood beside 未提及 in the national outline's column, though the
    outline sets targets for 2025 and 2035 only: the cell says it sets none that year, and a
    year the outline does set keeps its figure."""
    from sciplan_analysis.report import plan_page

    moved = _copy(five_plans)
    t = moved.targets
    t.loc[(t.plan_id == "wuxi") & (t.kind == "target"), "year"] = 2024
    moved.targets = t
    pages = plan_page.plan_pages(moved, lang)
    wuxi, lezhi = pages["wuxi"], pages["lezhi"]
    def national(page: str, year: int) -> str:  # the third cell of the year's row
        row = page[page.index(f"<td>{year}</td>"):]
        return row[:row.index("</tr>")].split("<td>")[3]

    assert national(wuxi, 2024) == f"{said}</td>"
    assert national(lezhi, 2035) == f"{labels.comparator_label('=', lang)} 25%</td>"


# --------------------------------------------------------------------------- item 25: page 04


def test_units_only_one_plan_names_leave_out_collective_names(five_plans):
    """Page 04's "Units only one plan names" listed 相关部门（单位） / "Relevant departments
    (collectively)" (乐至县), though the page says a collective name is not a unit: it is left
    out, and the real units of that plan stay."""
    from sciplan_analysis.analysis import workload as wl

    only = wl.single_plan_units(five_plans)
    assert "相关部门（单位）" not in set(only["unit"]) and not (only["unit_type"] == wl.COLLECTIVE).any()
    assert {"关工委", "蚕桑部门", "统计部门"} <= set(only.loc[only["plan_id"] == "lezhi", "unit"])
    said = " ".join(wl.describe(five_plans, "en"))
    assert "collectively" not in said


# --------------------------------------------------------------------------- item 26: chart 4.1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_chart_4_1_fills_its_grid_and_keeps_each_note_in_its_column(five_plans, lang):
    """Chart 4.1 at five plans: the fragment's empty panel stood alone in a third column and
    乐至县's axis note ran under it. The four plans with units now fill two columns, the
    fragment is said on a line under them, and no panel's axis note reaches a panel to its
    right."""
    fig = charts.draw_top_units(five_plans, n=8, lang=lang)
    try:
        fig.canvas.draw()
        panels = [ax for ax in fig.axes if ax.patches]
        assert len(panels) == 4
        assert len({round(ax.get_window_extent().x0) for ax in panels}) == 2  # two columns
        fragment = "重庆市（残篇，现存文本未见责任单位）" if lang == "zh" else \
            "Chongqing Municipality (a fragment, no units in the text as we have it)"
        assert fragment not in [ax.get_title(loc="left") for ax in fig.axes]
        assert fragment in [t.get_text() for ax in fig.axes for t in ax.texts]
        for ax in panels:
            note = ax.xaxis.label.get_window_extent()
            right = [b.get_window_extent().x0 for b in fig.axes if b.get_window_extent().x0 > ax.get_window_extent().x0]
            assert not right or note.x1 < min(right), (ax.get_title(loc="left"), note, right)
    finally:
        plt.close(fig)


def test_chart_4_1_panels_fill_their_grid():
    assert [charts._panel_grid(n) for n in (1, 2, 3, 4, 5, 6, 7, 9)] == [
        (1, 1), (2, 1), (3, 1), (2, 2), (3, 2), (3, 2), (3, 3), (3, 3)]
