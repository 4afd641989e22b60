"""Page 05's charts say what is true (audit13b items 1, 2, 5): the section heatmap says why a cell
is empty (无此类 where a whole plan has no such section, 未提及 where a fragment lost it), names the
implementation part as page 03 names its category, and the dendrogram's title says what a
dendrogram shows (the order plans join in, who joins last), its plan names readable."""

from __future__ import annotations

import itertools
import re

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope as plan_scope
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.report import charts, style

WHOLE = ("wuxi", "lezhi", "jinjiang", "shanwei")


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def _cells(fig) -> list[str]:
    """The texts in the heatmap's cells, unwrapped (a wide chart wraps them)."""
    return [t.get_text().replace("\n", " ") for t in fig.axes[0].texts
            if t.get_gid() != "section-group"]  # the groups' names at the right (audit22 item 18)


def test_section_gaps_say_who_lacks_the_section():
    sections = pd.DataFrame(
        {"category:youth": [0.5, None, None, None, None, None],
         "category:farmers": [None, None, None, None, None, None]},
        index=["a–b", "a–f", "b–f", "a–c", "b–c", "c–f"])
    gaps = sim.section_gaps(sections, not_whole={"f"})
    # a and b have youth; c (whole) lacks it: none; f (a fragment) lacks it: not stated
    assert gaps.loc["a–b", "category:youth"] == ""
    assert gaps.loc["a–c", "category:youth"] == sim.GAP_NONE
    assert gaps.loc["a–f", "category:youth"] == sim.GAP_NOT_STATED
    # nobody scores farmers: both plans of a pair lack it; a whole plan's none settles it (a–f:
    # a has none, whatever f lost), and only a pair of texts that are not whole plans is not stated
    assert gaps.loc["a–b", "category:farmers"] == sim.GAP_NONE
    assert gaps.loc["a–f", "category:farmers"] == sim.GAP_NONE
    both_partial = sim.section_gaps(sections, not_whole={"a", "f"})
    assert both_partial.loc["a–f", "category:farmers"] == sim.GAP_NOT_STATED
    assert (sim.section_gaps(sections).replace("", None).dropna(how="all") != sim.GAP_NOT_STATED).all().all()


def test_the_implementation_part_reads_as_its_category():
    for lang in ("zh", "en"):
        assert sim.scope_label("part:implementation", lang) == labels.category_label("implementation", lang)
        assert sim.scope_label("part:projects", lang) == labels.part_label("projects", lang)
    assert sim.scope_label("part:implementation", "zh") == "组织实施与保障"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_section_heatmap_says_why_a_cell_is_empty(corpus, five_pair_tables, lang):
    labels.register_plans(corpus.plans)
    table = five_pair_tables[0]
    sections = sim.section_table(table)
    fig = charts.section_heatmap(table, lang=lang, corpus=corpus)
    try:
        cells = _cells(fig)
        none, not_stated = labels.text("chart.gap.none", lang), labels.unsaid(lang)
        # the cells are scope by scope (rows), pair by pair (columns)
        grid = pd.DataFrame(list(zip(*[iter(cells)] * len(sections), strict=True)),
                            index=sections.columns, columns=sections.index)
        whole_pairs = ["–".join(p) for p in itertools.permutations(WHOLE, 2)
                       if "–".join(p) in sections.index]
        fragment_pairs = [p for p in sections.index if "chongqing" in p]
        assert len(whole_pairs) == 6 and len(fragment_pairs) == 4
        # audit13b: 16 cells of whole-plan pairs read 未提及; each now reads 无此类
        assert (grid[whole_pairs] == none).to_numpy().sum() == 16
        assert not (grid[whole_pairs] == not_stated).to_numpy().any()
        # 锦江区 has no 节庆 task and no 交流合作 task: none, also beside the fragment
        festivals = sim.scope_label("category:public_campaigns", lang)
        rows = [sim.scope_label(c, lang) for c in sections.columns]
        grid.index = rows
        assert grid.loc[festivals, "chongqing–jinjiang"] == none
        # the fragment's lost parts (its actions, its background) read 现存文本未见 (audit22 item 8)
        assert grid.loc[labels.part_label("actions", lang), "wuxi–chongqing"] == not_stated
        assert grid.loc[labels.part_label("background", lang), "wuxi–chongqing"] == not_stated
        # audit13c: where a whole plan lacks it too (锦江区 has no background part), there is
        # nothing to compare whatever the fragment lost: none
        assert grid.loc[labels.part_label("background", lang), "chongqing–jinjiang"] == none
        ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert labels.category_label("implementation", lang) in ticks
        assert labels.part_label("implementation", lang) not in ticks
        note = re.sub(r"\s*\n\s*", "" if lang == "zh" else " ", " ".join(t.get_text() for t in fig.texts))  # unwrapped
        assert labels.text("chart.gap.note.none", lang) in note
        assert labels.text("chart.gap.note.not_stated", lang) in note
        assert (fig.axes[1].get_ylabel() or fig.axes[1].get_xlabel()) == labels.tr("用词相似度", "similarity of wording", lang)
    finally:
        plt.close(fig)


def test_without_the_corpus_no_gap_claims_none():
    table = pd.DataFrame([("a", "b", "category:youth", "word", 0.5), ("a", "c", "category:youth", "word", None),
                          ("b", "c", "category:youth", "word", None)],
                         columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    fig = charts.section_heatmap(table, lang="zh")
    assert labels.text("chart.gap.none", "zh") not in _texts(fig)
    plt.close(fig)


def _overlapping(fig) -> list[tuple[str, str]]:
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ticks = [t for t in ax.get_xticklabels() if t.get_text()]
    boxes = [t.get_window_extent(renderer) for t in ticks]
    return [(ticks[i].get_text(), ticks[j].get_text()) for i, j in itertools.combinations(range(len(ticks)), 2)
            if boxes[i].overlaps(boxes[j])]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dendrogram_names_read_and_its_title_says_what_it_shows(corpus, five_pair_tables, lang):
    labels.register_plans(corpus.plans)
    table = five_pair_tables[0]
    fig = charts.similarity_dendrogram(table, lang=lang)
    try:
        assert not _overlapping(fig)  # "Chongqing MuJinjiang District, ChengduLezhi County"
        found = charts.dendrogram_finding(table, corpus, lang=lang)
        assert found.figure == "similarity_dendrogram" and found.plans == ("chongqing",)
        last = plan_scope.marked("chongqing", corpus, lang)  # joins last, named as a fragment
        assert last in found.sentence and last.replace(" ", "\u00a0") in found.title
        assert "0.49" in found.sentence
        for words in ("差别最大", "differ most", "锦江", "Jinjiang"):  # no pair's score claimed
            assert words not in found.title
        # the title as the page wraps it at the chart's width: no plan name broken across lines
        fig.draw_without_rendering()
        width = fig.get_tightbbox(fig.canvas.get_renderer()).width
        lines = style._wrap(found.title, width, 14).split("\n")
        assert any(labels.plan_label("chongqing", lang) in line.replace("\u00a0", " ") for line in lines)
    finally:
        plt.close(fig)


def test_the_dendrogram_joins_two_groups_last_without_naming_a_plan():
    plans = ["a", "b", "c", "d"]
    score = {("a", "b"): 0.9, ("c", "d"): 0.8}
    rows = [(x, y, "whole", "word", score.get((x, y), 0.1)) for x, y in itertools.combinations(plans, 2)]
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    corpus = type("C", (), {})()  # the title names no plan: the corpus is not read
    found = charts.dendrogram_finding(table, corpus, lang="en")
    assert found.plans == () and "two groups" in found.title and "0.90" in found.title
    assert "2 and 2 plans" in found.sentence


def test_english_names_the_measure_one_way():
    """"similarity of wording" in titles, sheets, colour bars, axes and findings alike, never
    "likeness" (audit13b item 5)."""
    from pathlib import Path

    rows = pd.read_csv(Path(labels.__file__).resolve().parent.parent / "data" / "reference" / "labels.csv",
                       comment="#", dtype=str, keep_default_na=False)
    english = rows[rows.columns[3]]
    assert not [f"{k},{c}" for k, c, e in zip(rows.iloc[:, 0], rows.iloc[:, 1], english, strict=True)
                if "likeness" in e.lower()]
    code = Path(charts.__file__).read_text(encoding="utf-8")
    assert "likeness" not in code
    assert labels.label("sheet", "similarity_whole", "en").startswith("similarity of wording")
    assert labels.label("sheet", "similarity_whole", "zh") == "全文用词相似度"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_section_chart_among_many_plans_splits_none_from_not_stated(lang):
    """Chart 5.4 at many plans (a dot per pair) once counted every pair lacking a section alike
    ("pairs lacking it: 31/91"); it now splits them as the five-plan cells read: 无此类 where a
    whole plan of the pair has no such section, 未提及 where only a fragment (its lost part) lacks
    it. Made up: 14 plans, p13 a fragment; every plan but p0 and p13 has 青少年; p13 lost 背景."""
    from sciplan_analysis.corpus import Corpus

    plans = [f"p{k}" for k in range(14)]
    corpus = Corpus.from_records({"plans": [{"plan_id": p, "status": "fragment" if p == "p13" else "final"}
                                            for p in plans]})
    rows = []
    for a, b in itertools.combinations(plans, 2):
        youth = 0.5 if {a, b}.isdisjoint({"p0", "p13"}) else None
        background = None if "p13" in (a, b) else 0.4
        rows += [(a, b, "category:youth", "word", youth), (a, b, "part:background", "word", background),
                 (a, b, "whole", "word", 0.6)]
    table = pd.DataFrame(rows, columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    assert style.many_plans(len(plans))
    fig = charts.section_heatmap(table, lang=lang, corpus=corpus)
    try:
        texts = [t.get_text() for t in fig.axes[0].texts]
        none, not_stated = labels.text("chart.gap.none", lang), labels.unsaid(lang)
        n = len(list(itertools.combinations(plans, 2)))  # 91 pairs
        # youth: p0's 13 pairs lack it (p0 is whole: none), and p13's 12 others too: p13 is a
        # fragment, but where its partner p0 is whole the pair is none; p13's pairs with plans
        # that have youth are not stated
        assert f"{none} 13/{n}\n{not_stated} 12/{n}" in texts
        # background: only the fragment lacks it, in its 13 pairs: not stated, no none
        assert f"{not_stated} 13/{n}" in texts
        assert not [t for t in texts if t.startswith(labels.tr("缺此章节的对", "pairs lacking it", lang))]
        note = re.sub(r"\s*\n\s*", "" if lang == "zh" else " ", " ".join(t.get_text() for t in fig.texts))  # unwrapped
        assert labels.text("chart.gap.note.counted", lang) in note
        assert labels.text("chart.gap.note.none", lang) in note
        assert labels.text("chart.gap.note.not_stated", lang) in note
        assert labels.text("chart.gap.note", lang) not in note  # nothing hatched among many
    finally:
        plt.close(fig)
