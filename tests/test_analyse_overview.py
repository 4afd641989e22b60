"""The corpus overview on a hand-made corpus: plan facts, structure counts, notes."""

from __future__ import annotations

import pandas as pd
import pytest
from handmade import sample_corpus

from sciplan_analysis import labels
from sciplan_analysis.analysis import overview as ao
from sciplan_analysis.report import charts, style


@pytest.fixture()
def corpus():
    return sample_corpus()


def test_structure_counts(corpus):
    s = ao.structure_counts(corpus).set_index("plan_id")
    assert s.loc["alpha", "parts"] == 5 and s.loc["beta", "parts"] == 2
    assert s.loc["alpha", "groups"] == 5 and s.loc["alpha", "tasks"] == 6
    assert s.loc["alpha", "assignments"] == 2 and s.loc["alpha", "units"] == 2
    # facts a text does not state are NA, never 0
    assert pd.isna(s.loc["beta", "assignments"]) and pd.isna(s.loc["beta", "targets"])
    # but a whole plan's none is a 0, as page 02 counts it: 丙区 is a draft, a whole plan
    assert s.loc["gamma", "commitments"] == 0


def test_missing_parts(corpus):
    missing = ao.missing_parts(corpus)
    assert missing["alpha"] == []
    assert missing["beta"] == ["goals", "actions"]


def test_notes_say_what_each_text_lacks(corpus):
    zh = ao.text_notes(corpus, lang="zh")
    assert "残篇" in zh["beta"] and "现存文本未见公民科学素质比例目标" in zh["beta"]  # audit22 item 8
    assert "缺少：总体要求与目标、提升行动" in zh["beta"]
    assert "征求意见稿" in zh["gamma"] and "文末分工表" in zh["gamma"]
    assert zh["alpha"] == "完整的正式文本"
    en = ao.text_notes(corpus, lang="en")
    assert "a fragment" in en["beta"] and "date issued not stated" in en["gamma"]


@pytest.mark.parametrize(("lang", "unsaid", "none"), [
    ("zh", ("现存文本未见公民科学素质比例目标", "现存文本未见量化的任务承诺"), ("没有提出公民科学素质比例目标", "没有量化的任务承诺")),
    ("en", ("no science-literacy target in the text as we have it", "no quantified commitments in the text as we have it"),
     ("states no science-literacy target", "makes no quantified commitments")),
])
def test_a_fragments_silence_is_not_stated_and_a_whole_plans_is_none(corpus, lang, unsaid, none):
    """What a fragment does not state is 现存文本未见, as the tables say (a fragment's silence is not a
    none); 没有 is kept for a whole plan's none. 乙市 is a fragment; 丙区 (a draft, whole) is
    made to state neither targets nor commitments, and 乙市 no commitments either."""
    corpus.targets = corpus.targets[corpus.targets.plan_id == "alpha"]
    corpus.commitments = corpus.commitments[corpus.commitments.plan_id == "alpha"]
    notes = ao.text_notes(corpus, lang=lang)
    for said in unsaid:
        assert said in notes["beta"] and said not in notes["gamma"]
    for said in none:
        assert said in notes["gamma"] and said not in notes["beta"]
    structure = ao.structure_table(corpus, lang=lang).iloc[:, -1]  # the commitments column
    assert list(structure) == [3, labels.unsaid(lang), 0]


def test_display_tables(corpus):
    plans = ao.plans_table(corpus, lang="en")
    assert plans.loc["beta", "Period"] == "not in the text as we have it"  # a fragment (audit22 item 8)
    assert plans.loc["alpha", "Period"] == "2021–2025"
    assert plans.loc["gamma", "Status"] == "draft for comment"
    # a date the text does not give reads like every other unstated value (it read "—")
    undated = corpus.plans.loc[corpus.plans["issue_date"].isna(), "plan_id"]
    assert len(undated) and plans.loc[list(undated), "Date issued"].isin(
        ["not stated", "not in the text as we have it"]).all()
    # one name per thing: the workbook's and the plan pages' 发文日期 (page 01 said 发布日期), and
    # the plan pages' period, 2021—2025 in Chinese (page 01 wrote 2021–2025)
    zh = ao.plans_table(corpus, lang="zh")
    assert "发文日期" in zh.columns and "发布日期" not in zh.columns
    assert zh.loc["alpha", "规划期"] == "2021—2025"
    structure = ao.structure_table(corpus, lang="zh")
    assert structure.loc["乙市", "目标与基线"] == "现存文本未见"  # 巫溪县's 2 are a baseline and a target
    assert structure.loc["甲县", "任务"] == 6
    # the column counts baselines with targets, and says so (it was headed 素质目标)
    stated = corpus.targets.groupby("plan_id").size()
    for pid, n in stated.items():
        assert structure.loc[labels.plan_label(pid, "zh"), "目标与基线"] == n
    notes = ao.notes_table(corpus, lang="zh")
    assert list(notes.columns) == ["地区", "说明"]


def test_the_plans_table_and_notes_say_what_kind_of_text_each_page_is(corpus):
    """Page 01 shows each page's kind of text beside its status; a page that is no plan's text
    says so first in its note. A corpus without the column (an old cache) reads as documents."""
    old = ao.plans_table(corpus, lang="zh")
    assert (old["文本类型"] == "规划或文件原文").all()
    corpus.plans["page_kind"] = ["news", "document", "paper"][: len(corpus.plans)] + ["document"] * (
        len(corpus.plans) - 3)
    plans = ao.plans_table(corpus, lang="en")
    assert list(plans.columns[4:6]) == ["Status", "Kind of text"]
    assert plans.loc["alpha", "Kind of text"] == "News report"
    notes = ao.text_notes(corpus, lang="zh")
    assert notes["alpha"].startswith("读自新闻报道") and "完整的正式文本" not in notes["alpha"]
    assert "；读自学术论文；" in notes["gamma"]  # after its status (a draft), before what it lacks


def test_structure_chart_draws(corpus, recwarn):

    fig = charts.structure_chart(corpus, lang="zh")
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["甲县", "乙市（残篇）", "丙区（征求意见稿）"]  # named as scope.marked names them (audit17)
    style.plt.close(fig)
    assert not [w for w in recwarn if "Glyph" in str(w.message)]
