"""Charts and plan pages after audit16 (items 2, 5, 6, 8, 9, 10b): made-up plans and tables, never
the synthetic corpus's names. Each test failed before its change."""

from __future__ import annotations

import itertools
import re
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.corpus import Corpus
from sciplan_analysis.report import charts, plan_page, style


def _corpus(n: int, fragment: str, draft: str, targets: list[dict] | None = None) -> Corpus:
    plans = [{"plan_id": f"p{k}", "name_zh": f"甲{k}县", "name_en": f"Jia {k} County",
              "status": "fragment" if f"p{k}" == fragment else "draft" if f"p{k}" == draft else "final"}
             for k in range(n)]
    corpus = Corpus.from_records({"plans": plans, "targets": targets or []})
    labels.register_plans(corpus.plans)
    return corpus


def _own(n: int, low: str) -> pd.DataFrame:
    """n plans, 100 sentences each; `low` (the fragment) has the smallest share of its own."""
    rows = []
    for k in range(n):
        pid = f"p{k}"
        own = 5 if pid == low else 20 + k
        rows.append((pid, 100, 100 - own, own / 100))
    return pd.DataFrame(rows, columns=["plan_id", "n_sentences", "n_reused_anywhere", "own_share"])


# --------------------------------------------------------------------------- item 2: chart 6.2


@pytest.mark.parametrize("n", [5, 14])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_own_text_chart_draws_the_fragment_apart_and_marks_drafts(n, lang):
    """Chart 6.2 drew 重庆市 unmarked and its bar (44%) was the shortest, below the plan the title
    names as least: a fragment is drawn apart (last, hatched grey, named 重庆市（残篇）), a note
    says it is not ranked, and a draft is named as one, at five plans and among many."""
    corpus = _corpus(n, fragment="p1", draft="p3")
    fig = charts.own_text_chart(_own(n, low="p1"), lang, corpus=corpus)
    try:
        ax = fig.axes[0]
        names = [t.get_text() for t in ax.get_yticklabels()]
        assert names[-1] == labels.text("scope.fragment", lang, plan=labels.plan_label("p1", lang))
        assert labels.text("scope.draft", lang, plan=labels.plan_label("p3", lang)) in names
        assert labels.plan_label("p1", lang) not in names  # never unmarked
        bars = list(ax.patches)
        assert bars[-1].get_hatch() == "///" and not any(b.get_hatch() for b in bars[:-1])
        note = " ".join(t.get_text() for t in fig.texts)
        assert labels.tr("不参与排序", "not ranked", lang) in note
        if n > style.MANY_PLANS:  # the ranked whole plans come first, the fragment after them
            shares = [b.get_width() for b in bars[:-1]]
            assert shares == sorted(shares, reverse=True)
    finally:
        style.plt.close(fig)


# --------------------------------------------------------------------------- item 5: plan pages


@pytest.mark.parametrize(("lang", "said"), [("zh", "140 句都见于其他规划（没有自有文本）。"),
                                            ("en", "All 140 of its sentences appear in other plans "
                                                   "(no text of its own).")])
def test_a_plan_page_says_none_of_its_own_text_as_page_06_does(lang, said):
    """Plan pages said "140 句中有 0 句（0%）…是本规划自己的文本": a plan with none says so."""
    profile = SimpleNamespace(n_plans=3, reuse={"available": True, "n_sentences": 140, "own": 0},
                              facts={}, parent_id=None, parent_status=None)
    page = plan_page._reuse(profile, lang)
    assert said in page and "0%" not in page
    some = plan_page._reuse(SimpleNamespace(**{**vars(profile), "reuse": {"available": True,
                                                                         "n_sentences": 140, "own": 7}}), lang)
    assert labels.tr("140 句中有 7 句（5%）", "7 of its 140 sentences (5%)", lang) in some


# --------------------------------------------------------------------------- item 6: chart 5.4


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_whole_text_row_draws_the_fragments_pairs_hollow(lang):
    """Chart 5.4 at many plans drew the fragment's whole-text pairs (down to 0.37) as any other,
    under a finding that states the whole plans' range: in the 全文 row they are hollow, outside
    the box, and a line under the chart says so; other rows draw them as before."""
    plans = [f"p{k}" for k in range(14)]
    corpus = _corpus(14, fragment="p13", draft="p2")
    rows = []
    for a, b in itertools.combinations(plans, 2):
        fragment = "p13" in (a, b)
        rows += [(a, b, "whole", "word", 0.3 if fragment else 0.6),
                 (a, b, "shared", "word", 0.5)]
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    fig = charts.section_heatmap(table, lang=lang, corpus=corpus)
    try:
        ax = fig.axes[0]
        hollow = [c for c in ax.collections
                  if len(c.get_offsets()) and np.allclose(c.get_facecolors()[:, :3], 1.0)]
        xs = np.concatenate([c.get_offsets()[:, 0] for c in hollow]) if hollow else np.array([])
        assert len(xs) == 13 and np.allclose(xs, 0.3)  # p13's 13 pairs, in the whole row only
        boxes = [p for p in ax.patches if p.get_width() >= 0 and p.get_y() < 0.5]
        assert all(p.get_x() >= 0.6 - 1e-9 for p in boxes)  # the whole row's box: whole plans
        note = re.sub(r"\s*\n\s*", "" if lang == "zh" else " ", " ".join(t.get_text() for t in fig.texts))  # unwrapped
        assert labels.text("chart.sections.apart.note", lang) in note
        legend = [t.get_text().replace("\n", " ") for t in ax.get_legend().get_texts()]  # wrapped, words whole
        assert labels.text("chart.sections.apart", lang) in legend
    finally:
        style.plt.close(fig)


# --------------------------------------------------------------------------- item 8: heatmap labels


def test_a_wide_heatmaps_column_label_keeps_its_bracket_without_a_dash():
    """Columns read "重庆市–（残篇，现存文本未见责任单位）": a bracketed note follows the name as written."""
    columns = [f"乙{k}县" for k in range(9)] + ["甲县\n（残篇，现存文本未见责任单位）", "Jia County\n(a fragment)", "甲\n乙"]
    matrix = pd.DataFrame(np.ones((2, len(columns))), columns=columns, index=["a", "b"])
    fig = charts.heatmap(matrix)
    try:
        ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
        assert ticks[-3:] == ["甲县（残篇，现存文本未见责任单位）", "Jia County (a fragment)", "甲–乙"]
    finally:
        style.plt.close(fig)


# --------------------------------------------------------------------------- item 9: chart 4.1


def test_the_lead_count_stands_by_the_dark_segment(monkeypatch):
    """Chart 4.1 at many plans put "牵头 10/32" at the end of the combined bar (x=32): each label
    stands at the end of the dark segment it counts."""
    pooled = pd.DataFrame({"leads": [30, 10, 2], "partners": [2, 22, 25]}, index=["甲局", "乙局", "丙局"])
    work = pd.DataFrame({"unit": ["甲局", "乙局", "丙局"], "unit_en": ["Jia", "Yi", "Bing"],
                         "unit_type": ["government_department"] * 3, "led": [1, 1, 1],
                         "plan_id": ["p0"] * 3})
    monkeypatch.setattr(charts, "pooled_leads", lambda work: (pooled, 32))
    monkeypatch.setattr(charts, "unit_workload", lambda corpus, path: work)
    fig = charts._pooled_units(None, 16, "zh", None)
    try:
        said = {t.get_text(): t for t in fig.axes[0].texts}
        for unit, lead in zip(pooled.index, pooled["leads"], strict=True):
            text = said[labels.text("chart.top_units.bar", "zh", k=lead, n=32)]
            assert abs(text.get_position()[0] - lead) <= 32 * 0.02, unit
    finally:
        style.plt.close(fig)


# --------------------------------------------------------------------------- item 10b: chart 2.1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_lone_baseline_among_many_plans_is_said_in_the_legend(lang):
    """Chart 2.1 at many plans showed one plan's 2020 baseline with no name: the legend says
    whose (only one plan gives one) or how many plans give one."""
    targets = [{"plan_id": f"p{k}", "year": 2025, "value": 10.0 + k % 5, "kind": "target",
                "comparator": "reach"} for k in range(14)]
    targets.append({"plan_id": "p4", "year": 2020, "value": 6.9, "kind": "baseline", "comparator": "reach"})
    corpus = _corpus(14, fragment="", draft="p4", targets=targets)
    fig = charts.targets_chart(corpus, lang)
    try:
        legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
        name = labels.text("scope.draft", lang, plan=labels.plan_label("p4", lang))
        assert [t for t in legend if labels.tr("空心：基线", "hollow: baseline", lang) in t and name in t]
    finally:
        style.plt.close(fig)
    two = [*targets, {"plan_id": "p5", "year": 2020, "value": 7.0, "kind": "baseline", "comparator": "reach"}]
    fig = charts.targets_chart(_corpus(14, fragment="", draft="p4", targets=two), lang)
    try:
        legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
        assert labels.tr("空心：基线（2 份规划给出基线）", "hollow: baseline (2 plans give one)", lang) in legend
    finally:
        style.plt.close(fig)
