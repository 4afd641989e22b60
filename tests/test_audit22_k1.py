"""Audit 22, items 1, 2, 11 and 16: page 05's section ranges and chart 5.3's counts come from every
plan pair, never from each plan's nearest plans alone; pages 05 and 06 say only what this corpus's
build shows (no fragment explained where none is, no section left empty at scale)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from matplotlib import pyplot as plt

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings, pairwise, scope
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis.result import ROWS, SETTINGS
from sciplan_analysis.analysis.reuse import NO_SENTENCE_PAIRS
from sciplan_analysis.report import charts
from sciplan_analysis.tables import Corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nearest2(five_plans: Corpus):
    """The five plans as a build beyond 200 plans keeps them: each plan's 2 nearest plans."""
    return sim.nearest_plans(five_plans, k=2)


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts] + [t.get_text() for t in fig.texts]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_sections_range_is_every_pair_not_the_nearest_lists(five_plans, five_pair_tables,
                                                                  nearest2, lang):
    every = findings.sections(findings.Tables(five_plans, similarity=five_pair_tables[0].copy()), lang)
    from_nearest = findings.sections(findings.Tables(five_plans, similarity=nearest2.copy()), lang)
    whole = five_pair_tables[0]
    whole = whole[(whole["scope"] == "whole") & (whole["analyzer"] == "word")]
    kept, _ = scope.whole_plan_pairs(whole, five_plans)
    # the nearest lists miss the least alike pair of whole plans: their lowest is higher
    lowest_kept = pairwise.pair_scores(nearest2)
    lowest_kept = scope.whole_plan_pairs(lowest_kept.assign(scope="whole"), five_plans)[0]["score"].min()
    assert lowest_kept > kept["score"].min() + 0.01
    assert from_nearest.values["whole_low"] == pytest.approx(kept["score"].min())
    assert from_nearest.values["whole_high"] == pytest.approx(kept["score"].max())
    assert from_nearest.sentence == every.sentence


def test_beyond_the_limit_no_range_is_told_and_the_scope_is_said(five_plans, nearest2, monkeypatch):
    monkeypatch.setattr(sim, "SECTION_PAIRS_PLANS", 4)
    tables = findings.Tables(five_plans, similarity=nearest2.copy())
    assert pairwise.is_nearest(tables.get_section_pairs())
    assert findings.sections(tables, "zh") is None
    note = sim.sections_note(five_plans, tables.get_section_pairs(), "zh")
    assert "最相似的 2 份规划" in note and "不给出全部规划对的相似度范围" in note
    en = sim.sections_note(five_plans, tables.get_section_pairs(), "en")
    assert "its 2 most similar plans" in en


def test_below_the_limit_the_page_says_every_pair_was_computed(five_plans, nearest2, monkeypatch):
    monkeypatch.setattr(sim, "LARGE_CORPUS", 4)  # five plans stand for a corpus beyond the build's limit
    pairs = sim.section_pairs(five_plans, nearest2)
    assert not pairwise.is_nearest(pairs)
    assert "全部 10 对规划重新计算" in sim.sections_note(five_plans, pairs, "zh")
    assert sim.sections_note(five_plans, pairs, "zh") != ""


def test_every_section_pair_is_the_builds_own_scores(five_plans, five_pair_tables, nearest2):
    pairs = sim.section_pairs(five_plans, nearest2)
    built = five_pair_tables[0]
    built = built[(built["analyzer"] == "word") & (built["scope"] != "shared")]
    assert len(pairs) == len(built)
    merged = pairs.merge(built, on=["plan_a", "plan_b", "scope", "analyzer"])
    assert len(merged) == len(built)
    assert (merged["score_x"] - merged["score_y"]).abs().max() < 1e-9


def test_chart_5_3_counts_no_pair_the_nearest_lists_did_not_keep(five_plans, nearest2):
    fig = charts.section_heatmap(nearest2, "word", "zh", five_plans)
    try:
        said = _texts(fig)
        # before: 无此类 k/n for every pair the lists did not keep, though each plan has a whole text
        assert not any("/" in t and ("无此类" in t or "未提及" in t) for t in said), said
        assert not any("右侧的计数" in t for t in said)
    finally:
        plt.close(fig)


def test_chart_5_3_from_every_pair_counts_real_absences(five_plans, nearest2):
    pairs = sim.section_pairs(five_plans, nearest2)
    sections = sim.section_table(pairs, "word")
    # every plan has a whole text: no pair lacks it
    assert sections["whole"].notna().all()
    lacking = sections.isna().sum()
    n_plans = len(five_plans.plan_ids)
    members = sim.scopes(five_plans)
    for column, k in lacking.items():
        n = len(members[column])
        assert k == n_plans * (n_plans - 1) // 2 - n * (n - 1) // 2, column


def test_a_spread_chart_of_many_pairs_draws_its_dots_as_an_image():
    import numpy as np
    import pandas as pd

    values = pd.DataFrame(np.random.default_rng(0).uniform(size=(2, charts.RASTER_DOTS + 1)))
    fig = charts.spread_chart(values, lang="zh")
    try:
        dots = [c for c in fig.axes[0].collections if len(c.get_offsets()) > 1000]
        assert dots and all(c.get_rasterized() for c in dots)
    finally:
        plt.close(fig)


def test_big_counts_read_with_separators():
    import pandas as pd

    values = pd.Series([1.0] * 1500 + [0.5] * 1000, index=[f"p{i}" for i in range(2500)])
    said = charts.top_label("p0", values, lambda p: p, pairs=True, lang="zh")
    assert said == "并列最高：1,500/2,500 对"


def test_the_fragment_line_names_the_parts_it_kept_and_only_where_there_is_one(five_plans):
    zh = sim.fragment_sections_note(five_plans, "zh")
    assert zh.startswith("重庆市（残篇）只留下重点工程和组织实施部分")
    assert "Chongqing Municipality (a fragment) kept only its Projects and Implementation parts" in \
        sim.fragment_sections_note(five_plans, "en")
    without = Corpus(**{name: table[table["plan_id"] != "chongqing"].reset_index(drop=True)
                        for name, table in five_plans.tables().items()})
    assert sim.fragment_sections_note(without, "zh") == ""


def test_the_whole_text_lead_says_what_the_charts_draw(five_pair_tables, nearest2):
    assert "聚类" in charts.similarity_whole_lead(five_pair_tables[0], "zh")
    lead = charts.similarity_whole_lead(nearest2, "zh")
    assert "聚类" not in lead and f"最相似的 {charts.SIMILARITY_TOP} 对规划" in lead


def test_page_06_lead_promises_only_what_the_page_shows(five_plans, five_pair_tables):
    pairs = five_pair_tables[2]
    full = pairwise.reuse_lead(five_plans.plans, pairs, "zh")
    assert "并排列出最长的重现段落" in full and "上级文字" in full
    counted = pairs.iloc[:0].copy()
    counted.attrs = {SETTINGS: {ROWS: NO_SENTENCE_PAIRS}}
    lead = pairwise.reuse_lead(five_plans.plans, counted, "zh")
    assert "并排" not in lead and "自有文本" not in lead and "上级文字" in lead
    orphans = five_plans.plans.assign(parent=None)
    lead = pairwise.reuse_lead(orphans, counted, "en")
    assert lead == labels.text("reuse.lead", "en")


def _cells(name: str) -> list[dict]:
    return json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"]


def test_page_06_leaves_no_section_empty_at_scale():
    cells = _cells("06_text_reuse.ipynb")
    source = ["".join(c["source"]) for c in cells]
    # the own tasks' section says why it is left out, as the two before it do
    own = next(s for s in source if "distinct.own_tasks_table" in s)
    assert "reuse.no_sentence_pairs" in own
    # the sentence pairs' lead-in is shown with its table only, never before nothing
    assert not any(c["cell_type"] == "markdown" and "重现的句子对" in "".join(c["source"]) for c in cells)
    table = next(s for s in source if "parent_sentence_pairs" in s)
    assert table.index("reuse.pairs_intro") > table.index("if traced:")
    # prose that holds in a corpus with no fragment and no parent–child plans
    prose = " ".join(s for c, s in zip(cells, source, strict=True) if c["cell_type"] == "markdown")
    assert "残篇" not in prose and "fragment" not in prose
    assert "并排列出最长的重现段落" not in source[0] and "side by side" not in source[1]


def test_page_05_prose_explains_no_fragment_and_no_clustering_it_may_not_draw():
    cells = _cells("05_similarity.ipynb")
    prose = " ".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert "残篇" not in prose and "fragment" not in prose
    assert "聚类排列" not in prose and "ordered by clustering" not in prose
