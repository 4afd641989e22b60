"""Charts as audit21 read them (items 7 and 9): chart 2.2's column of the plan's province or
municipality, and charts 7.2 and 7.3 under one rule at every plan count; made-up tables over the
33 made-up plans of `plans33` and the five real plans."""

from __future__ import annotations

import types

import coded_counts
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.report import charts


def _benchmarks(plans: pd.DataFrame) -> pd.DataFrame:
    """Targets from 10 to 18; the fragment (p00) silent, every other plan's province at 13
    (四川省) or 15 (重庆市), the fragment's region 重庆市."""
    ids = plans["plan_id"]
    target = 10 + (np.arange(len(ids)) % 9).astype(float)
    target[0] = np.nan
    province = np.where(np.arange(len(ids)) % 2, 13.0, 15.0)
    region = np.where(np.arange(len(ids)) % 2, "四川省", "重庆市").astype(object)
    return pd.DataFrame({"plan_id": ids, "target": target, "national": 15.0,
                         "province_value": province, "province_region": region})


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts if t.get_text()]


def _legend(fig) -> list[str]:
    return [t.get_text() for t in fig.axes[0].get_legend().get_texts()]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_benchmark_chart_says_when_the_region_is_the_plan_itself(plans33, monkeypatch, lang):
    """Chart 2.2 (audit21 item 7): the English column header read "province" over Chongqing, a
    municipality, and the fragment 重庆市's row drew 重庆市's own document as "the province's
    target". The header reads "province / municipality"; the row of a plan that is itself its
    column's region reads "重庆市本级 15%" / "Chongqing's own 15%" while the other plans of
    重庆市 keep "重庆市 15%"; and the legend names its own document only when such a row is drawn."""
    plans = plans33.plans.copy()
    plans.loc[plans["plan_id"] == "p00", ["name_zh", "name_en"]] = ["重庆市", "Chongqing Municipality"]
    labels.register_plans(plans)
    corpus = types.SimpleNamespace(plans=plans)
    table = _benchmarks(plans)
    monkeypatch.setattr(charts, "plan_benchmarks", lambda corpus, year: table)
    own, other = labels.tr("重庆市本级 15%", "Chongqing's own 15%", lang), labels.tr("重庆市 15%", "Chongqing 15%", lang)
    fig = charts.benchmark_chart(corpus, lang=lang)
    try:
        texts = _texts(fig)
        assert labels.tr("所在省（市）", "province / municipality", lang) in texts
        assert texts.count(own) == 1 and texts.count(other) == 16, texts
        y_own = next(t.get_position()[1] for t in fig.axes[0].texts if t.get_text() == own)
        y_silent = next(t.get_position()[1] for t in fig.axes[0].texts
                        if t.get_text() == labels.tr("现存文本未见", "not in the text as we have it", lang))
        assert y_own == y_silent  # on the fragment's own row
        assert labels.tr("所在省（市）或本级文件的目标", "the province's or its own document's target", lang) in _legend(fig)
    finally:
        plt.close(fig)
    labels.register_plans(plans33.plans)  # no plan is its region: the plain words
    fig = charts.benchmark_chart(plans33, lang=lang)
    try:
        assert not [t for t in _texts(fig) if labels.tr("本级", "'s own", lang) in t]
        assert labels.tr("所在省（市）的目标", "the province's target", lang) in _legend(fig)
    finally:
        plt.close(fig)


def _note(fig) -> str:
    return " ".join(t.get_text().replace("\n", "") for t in fig.texts)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_five_plan_tool_heatmap_follows_the_33_plan_rule(five_plans, lang):
    """Chart 7.2 among the five plans (audit21 item 9): the fragment's column stood in the
    middle (巫溪县, 乐至县, 重庆市（残篇）, 成都市锦江区 …) with nothing setting it apart, the
    all-zero 政府购买 row was drawn (0/175 … 0/180), and Lezhi's darkest cell, 未提及手段 25/120,
    stood above its 公共服务 21/120 under a title saying public services leads, unexplained. The
    fragment's column stands last, right of a dotted line, with a note saying why; 政府购买 is
    left out and named; the note says that no means named is no tool and is not compared; the
    cells keep their counts."""
    fig = charts.instrument_tool_heatmap(five_plans, lang)
    try:
        ax = fig.axes[0]
        columns = [t.get_text() for t in ax.get_xticklabels()]
        assert columns[-1].split() == charts.marked_column("chongqing", five_plans, lang).split()
        assert len(columns) == 5
        lines = [line for line in ax.lines if list(line.get_xdata()) == [3.5, 3.5]]
        assert len(lines) == 1 and lines[0].get_linestyle() == ":"
        rows = [t.get_text() for t in ax.get_yticklabels()]
        procurement = labels.label("instrument_tool", "procurement", lang)
        assert procurement not in rows and labels.label("instrument_tool", "none", lang) in rows
        note = _note(fig)
        assert labels.tr(f"未画出：{procurement}（各规划均无此类条款）", f"Not drawn: {procurement} (no clause in any plan)",
                         lang) in note
        assert labels.tr("虚线右侧", "Right of the dotted line", lang) in note
        assert labels.plan_label("chongqing", lang) in note
        assert labels.tr("未提及手段不是工具，不参与比较", '"No means named" is not a tool and is not compared', lang) in note
        said = [t.get_text() for t in ax.texts]
        # the cells' counts as the clause table gives them (every refit moves a few clauses)
        for plan_id, tool in (("jinjiang", "services"), ("shanwei", "education"), ("lezhi", "none")):
            n, of = coded_counts.tool_share(five_plans, plan_id, tool)
            assert n > 0 and f"{n}/{of}" in said
        assert "0/175" not in said
    finally:
        plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_tool_by_category_matrix_leaves_out_a_tool_no_plan_uses(five_plans, lang):
    """Chart 7.3 (audit21 item 9): its Procurement row was 0 in every cell while chart 7.2 on the
    same page left it out and said so. It is left out here too, for all plans and for one plan
    (the same rows on every matrix of the page), and the note names it; a tool that a plan
    does not use but others do keeps its row of zeros."""
    procurement = labels.label("instrument_tool", "procurement", lang)
    for plan in (None, "wuxi"):
        fig = charts.instrument_matrix_heatmap(five_plans, plan, lang)
        try:
            rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
            assert procurement not in rows and len(rows) == 13, rows
            assert labels.tr(f"未画出：{procurement}（各规划均无此类条款）",
                             f"Not drawn: {procurement} (no clause in any plan)", lang) in _note(fig)
        finally:
            plt.close(fig)
