"""Pages at any size read the build's pair tables: beyond LARGE_CORPUS plans (the form of the
2,000- and 10,000-plan builds: each plan's nearest plans, each plan's top reuse pairs, every
pair's count in one matrix, no sentence pairs) the similarity and reuse pages draw the most
alike and most copying pairs and state their findings without computing a pair table (a spy),
and up to it they draw the full matrices from every pair."""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings, pairwise
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis.result import keeps_some_pairs
from sciplan_analysis.report import charts, export, style
from sciplan_analysis.report.export import write_tables

COMPUTE = ((ru, ("reuse_counts", "reuse_tables", "align", "passages")),
           (sim, ("similarity_table", "nearest_plans", "robustness_tables")))


@pytest.fixture(scope="module")
def large_build(corpus, tmp_path_factory):
    """The five real plans built as a corpus beyond LARGE_CORPUS (the threshold set to 1, so
    build writes what it writes for 2,000 plans); the derived tables the build wrote."""
    folder = tmp_path_factory.mktemp("large")
    with pytest.MonkeyPatch.context() as mp:
        for module in (export, ru, sim):
            mp.setattr(module, "LARGE_CORPUS", 1)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            write_tables(corpus, folder, quiet=True)
    return folder


def forbid_computing(monkeypatch) -> list[str]:
    """Every function that computes a pair table raises (and is recorded)."""
    called: list[str] = []
    for module, names in COMPUTE:
        for name in names:
            def refuse(*args, _name=name, **kwargs):
                called.append(_name)
                raise AssertionError(f"{_name} computed a pair table instead of reading the build's")
            monkeypatch.setattr(module, name, refuse)
    return called


def test_a_large_build_is_read_and_drawn_without_computing_a_pair(corpus, large_build, monkeypatch):
    labels.register_plans(corpus.plans)
    every = findings.compute(findings.Tables(corpus), ["reuse"], "zh")[0]  # every pair's finding
    for module in (export, ru, sim):
        monkeypatch.setattr(module, "LARGE_CORPUS", 1)
    # beyond SECTION_PAIRS_PLANS too, as 2,000 plans are: no page computes every section pair
    monkeypatch.setattr(sim, "SECTION_PAIRS_PLANS", 1)
    called = forbid_computing(monkeypatch)
    labels.register_plans(corpus.plans)
    table = sim.load_similarity(corpus, processed_dir=large_build)
    reuse, pairs = ru.load_reuse(corpus, processed_dir=large_build)
    assert pairwise.is_nearest(table) and keeps_some_pairs(reuse)
    assert not pairwise.has_sentence_pairs(pairs)
    tables = findings.Tables(corpus, similarity=table, processed_dir=large_build)
    found = {f.id: f for f in findings.compute(tables, ["similar", "similar_low", "sections",
                                                        "reuse", "own_text"], "zh")}
    # the most alike pair is among the kept ones; the least alike, the sections' ranges (the
    # lowest kept score is the lowest tenth-nearest, audit22 item 1) and each plan's own text
    # cannot be read from kept pairs, so those findings are not stated rather than wrong
    assert set(found) == {"similar", "reuse"}
    top = pairwise.top_pairs(table, 1).iloc[0]
    assert found["similar"].values["score"] == pytest.approx(top.score)
    # the parent-child reuse finding reads the count matrix: 巫溪县 against the fragment
    assert "重庆市" in found["reuse"].sentence and "巫溪县" in found["reuse"].sentence
    counts = ru.load_reuse_counts(corpus, processed_dir=large_build)
    rows = pairwise.parent_pair_rows(counts, corpus.plans).set_index(["source_plan", "target_plan"])
    assert int(rows.loc[("chongqing", "wuxi"), "n_reused"]) == int(counts.at["chongqing", "wuxi"])
    assert f"{int(counts.at['chongqing', 'wuxi'])} 句" in found["reuse"].sentence
    # ... and says what the table of every pair says (its rank and next row included)
    assert found["reuse"].sentence == every.sentence and "排第" in every.sentence
    # a plan's page reads its parent pair from the count matrix, not from the kept pairs
    from sciplan_analysis.analysis.profile import built_reuse, plan_profiles
    shares, sentence_pairs = built_reuse(corpus, large_build)
    profile = plan_profiles(corpus, shares, sentence_pairs, ["wuxi"])["wuxi"]
    assert profile.reuse["from_parent"] == int(counts.at["wuxi", "chongqing"]) > 0
    assert profile.reuse["n_sentences"] == int(counts.attrs["n_sentences"]["wuxi"])
    drawn = {}
    for fig in (charts.similarity_heatmap(table, lang="zh"), charts.similarity_dendrogram(table, lang="zh"),
                charts.section_heatmap(table, lang="zh"), charts.reuse_heatmap(reuse, "zh")):
        assert len(fig.axes[0].get_yticklabels()) >= 1
        drawn[fig.get_label()] = fig
        plt.close(fig)
    # the other forms say so, and the page captions them as what they draw
    assert {"similarity_top_pairs", "similarity_nearest", "reuse_top"} <= set(drawn)
    for form in ("similarity_top_pairs", "similarity_nearest", "reuse_top"):
        assert f"figure.{form}" in labels.labels_of("text")
    bars = [t.get_text() for t in drawn["reuse_top"].axes[0].get_yticklabels()]
    assert bars[0] == "重庆市 → 巫溪县"  # the fragment's sentences recur most in its child
    assert not called


def test_the_views_agree_with_every_pair_where_every_pair_is_kept(corpus, large_build):
    labels.register_plans(corpus.plans)
    every = sim.load_similarity(corpus)  # the session's build: every pair of the five plans
    nearest = pd.read_csv(large_build / "similarity_nearest.csv", encoding="utf-8-sig")
    # with five plans each plan's nearest are all others: the views give every pair back
    def scores(table):
        return {frozenset((a, b)): round(s, 9) for a, b, s in
                pairwise.pair_scores(table).itertuples(index=False)}

    assert scores(nearest) == scores(every) and len(scores(every)) == 10
    best = pairwise.nearest_scores(every)
    whole = sim.to_matrix(every, "whole", "word")
    for row in best.itertuples():
        others = whole.loc[row.plan_id].drop(row.plan_id)
        assert row.score == pytest.approx(others.max())
    fig = charts.top_pairs_chart(every, n=3, lang="zh")
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert len(shown) == 3 and shown[0] == " – ".join(labels.plan_labels(
        [pairwise.top_pairs(every, 1).plan_a[0], pairwise.top_pairs(every, 1).plan_b[0]], "zh"))


def made_table(n_plans: int) -> pd.DataFrame:
    """A hand-made tidy similarity table: every pair of `n_plans` plans in three scopes, scores
    from 0.40 to 0.90 (the pair (p00, p01) the highest); a section only some pairs have."""
    ids = [f"p{i:02d}" for i in range(n_plans)]
    rows = []
    pairs = [(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]]
    for k, (a, b) in enumerate(pairs):
        score = 0.9 - 0.5 * k / len(pairs)
        rows += [(a, b, "whole", "word", score), (a, b, "shared", "word", score - 0.05)]
        if k % 2 == 0:
            rows.append((a, b, "category:youth", "word", score - 0.1))
    return pd.DataFrame(rows, columns=sim.SIMILARITY_COLUMNS)


def test_among_many_plans_sections_are_a_spread_of_pairs_and_colours_span_the_scores():
    table = made_table(14)  # 91 pairs: too many for a column each
    fig = charts.section_heatmap(table, lang="zh")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["全文", "共有章节", "青少年"]
    dots = [c for c in ax.collections if len(c.get_offsets()) > 1]
    assert sorted(len(c.get_offsets()) for c in dots) == [46, 91, 91]  # a dot per pair
    texts = [t.get_text() for t in ax.texts]
    assert "缺此章节的对：45/91" in texts  # pairs lacking the section counted, not 'not stated'
    assert "p00 – p01" in texts  # the most alike pair named
    plt.close(fig)
    fig = charts.similarity_heatmap(table, lang="zh")
    norm = fig.axes[0].images[0].norm
    assert norm.vmin == pytest.approx(0.4) and norm.vmax == pytest.approx(0.9)  # not 0..1
    assert len(fig.axes[0].texts) == 14 * 14 <= charts.NUMBERED_COLUMNS ** 2  # numbered
    plt.close(fig)


def test_a_heatmap_of_hundreds_of_plans_stays_one_readable_image():
    matrix = pd.DataFrame(np.arange(5 * 300, dtype=float).reshape(5, 300),
                          columns=[f"p{i}" for i in range(300)])
    fig = charts.heatmap(matrix, lang="zh")
    ax = fig.axes[0]
    assert max(fig.get_size_inches()) <= style.MAX_INCHES
    assert not ax.get_xticklabels() and "300 列" in ax.get_xlabel()
    assert not ax.texts  # no 1,500 cell numbers
    plt.close(fig)


def test_a_ranking_of_hundreds_of_plans_draws_both_ends_and_counts_the_rest():
    table = pd.DataFrame({"v": np.arange(300.0)}, index=[f"p{i}" for i in range(300)])
    shown, hidden = charts.ends(table)
    assert hidden == 300 - 2 * charts.END_BARS and list(shown.index[:2]) == ["p0", "p1"]
    assert shown.index[-1] == "p299" and len(shown) == 2 * charts.END_BARS
    few, none = charts.ends(table.head(charts.MAX_NAMED))
    assert none == 0 and len(few) == charts.MAX_NAMED  # up to MAX_NAMED: every plan
    fig, ax = style.new_figure(6, 400)  # asked for 400 inches: capped
    assert max(fig.get_size_inches()) == style.MAX_INCHES
    charts.mark_gap(ax, hidden, "zh")
    assert any(f"中间 {hidden} 份规划未画出" in t.get_text() for t in ax.texts)
    plt.close(fig)


def test_plans_without_targets_are_counted_when_too_many_to_name(corpus, monkeypatch):
    """At 300 plans the benchmark finding listed 142 plans with no goals part by name."""
    from dataclasses import replace

    labels.register_plans(corpus.plans)
    monkeypatch.setattr(findings, "NAMED_MAX", 2)
    kept = corpus.targets[~corpus.targets["plan_id"].isin(["wuxi", "lezhi", "jinjiang"])]
    found = findings.benchmark(findings.Tables(replace(corpus, targets=kept)), "zh")
    # whole plans setting none counted apart from the fragment's silence, which is not stated
    assert found.sentence.endswith("另有 3/5 份规划没有提出 2025 年目标。重庆市（残篇）现存文本未见 2025 年目标，重庆市本级的文件（渝府办发〔2021〕138号）定为超过 15%。"), \
        found.sentence
    assert "巫溪县" not in found.sentence  # counted, not named
    named = findings.benchmark(findings.Tables(corpus), "zh").sentence
    assert named.endswith("重庆市（残篇）现存文本未见 2025 年目标，重庆市本级的文件（渝府办发〔2021〕138号）定为超过 15%。")  # one plan: still named
