"""Like with like (analysis/scope.py): a page that is not a plan's text (a news item, a paper, a
work report, a page whose kind could not be told) never takes a most/least place on a measure
computed over a whole plan, as a fragment never does; the finding says whom it left out and why.
A copy ranks, named as a copy. The five plans (all documents) keep today's findings."""

from __future__ import annotations

import pickle
import warnings
from dataclasses import replace

import pandas as pd
import pytest

from sciplan_analysis.analysis import categories as ac
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import scope

# The findings whose plans are ranked on a measure over a whole plan (length, commitments per
# task, own text, instrument mix, whole-text likeness), and how many of their first plans are the
# ranked ones (similar names the shared-sections pair after the whole-text pair).
WHOLE_PLAN = {"length": 2, "quantified": 4, "own_text": 2, "demand": 2, "no_means": 2,
              "similar": 2, "similar_low": 2, "tools": 0}


def _kinds(five_plans, five_pair_tables, **kinds: str) -> F.Tables:
    """The five plans' tables with some pages' kinds changed (as the manifest's page_kind column
    or the cues would give them); the pair tables are the five plans' own."""
    plans = five_plans.plans.copy()
    for plan_id, kind in kinds.items():
        plans.loc[plans.plan_id == plan_id, "page_kind"] = kind
    corpus = replace(five_plans, plans=plans)
    similarity, reuse, pairs = (table.copy() for table in five_pair_tables)
    return F.Tables(corpus, similarity=similarity, reuse=reuse, pairs=pairs)


@pytest.fixture(scope="module")
def news_and_paper(five_plans, five_pair_tables) -> F.Tables:
    """巫溪县 read from a news item, 乐至县 from a paper, beside the Chongqing fragment."""
    return _kinds(five_plans, five_pair_tables, wuxi="news", lezhi="paper")


@pytest.mark.parametrize("fid", WHOLE_PLAN)
def test_a_news_item_or_a_paper_never_ranks_on_a_whole_plan_measure(news_and_paper, fid):
    if fid == "similar_low":  # two whole plans are one pair: no least alike pair to name
        assert F.compute(news_and_paper, [fid], "zh") == []
        return
    found = F.compute(news_and_paper, [fid], "zh")[0]
    ranked = found.plans[:WHOLE_PLAN[fid]]
    assert not {"wuxi", "lezhi", "chongqing"} & set(ranked), (fid, found.plans)
    if fid == "tools":  # every plan it names is ranked: only the two whole plans are
        assert found.values["n_plans"] == 2 and set(found.plans) == {"jinjiang", "shanwei"}
    assert found.rule in (F.RULE_WHOLE, f"{F.RULE_WHOLE}; {F.RULE_SHARED}")
    assert "巫溪县读自新闻报道，不是规划原文" in found.sentence
    assert "乐至县读自学术论文，不是规划原文" in found.sentence


def test_the_least_alike_pair_leaves_a_news_item_out(five_plans, five_pair_tables, five_tables):
    before = F.similar_low(five_tables, "en")
    assert "jinjiang" in before.plans  # today's least alike whole pair has 锦江区 in it
    found = F.similar_low(_kinds(five_plans, five_pair_tables, jinjiang="news"), "en")
    assert "jinjiang" not in found.plans and found.rule == F.RULE_WHOLE
    assert "Jinjiang District, Chengdu, read from a news report, not from the plan itself" in found.sentence


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "（重庆市残篇只有半份规划；巫溪县读自新闻报道，不是规划原文；乐至县读自学术论文，不是规划原文，均不参与排序）"),
    ("en", " (the Chongqing Municipality fragment, half a plan; Wuxi County, read from a news report, not from "
           "the plan itself; Lezhi County, read from a scholarly paper, not from the plan itself: these are not ranked)"),
])
def test_the_sentence_names_each_plan_left_out_and_why(news_and_paper, lang, said):
    found = F.length(news_and_paper, lang)
    assert found.sentence.count(said) == 1, found.sentence
    assert list(found.plans) == ["jinjiang", "shanwei"]  # 乐至县 (7,049 characters) was the shortest


def test_a_work_report_and_a_page_of_unknown_kind_are_left_out_and_said_so(five_plans, five_pair_tables):
    tables = _kinds(five_plans, five_pair_tables, lezhi="report", shanwei="unknown")
    found = F.length(tables, "zh")
    assert "lezhi" not in found.plans and "shanwei" not in found.plans
    assert "乐至县读自工作报告或总结，不是规划原文" in found.sentence
    assert "汕尾市城区未能判断是否为规划原文" in found.sentence
    en = F.own_text(tables, "en").sentence
    assert "Chengqu District, Shanwei, not known to be the plan itself" in en
    assert "Lezhi County, read from a work report or summary" in en


def test_shared_sections_may_still_include_a_news_item(news_and_paper, five_tables):
    before, after = F.similar_shared(five_tables, "zh"), F.similar_shared(news_and_paper, "zh")
    # the shared pair is chosen on shared sections; beside it, the whole-text top pair of whole
    # plans (before: 巫溪县–汕尾市城区; after, one whole pair is left, so no "most alike" is named)
    assert before.rule == f"{F.RULE_SHARED}; {F.RULE_WHOLE}" and after.rule == F.RULE_SHARED
    assert list(after.plans[:2]) == list(before.plans[:2]) == ["wuxi", "chongqing"]
    # …and says so of the news item as of the fragment (test_scope_marks.py has the sentences)
    assert "巫溪县读自新闻报道，不是规划原文" in after.sentence and "巫溪县读自新闻报道" not in before.sentence
    # the whole-text pair of `similar` leaves them out; its shared pair is as before
    both = F.similar(news_and_paper, "zh")
    assert list(both.plans[2:]) == ["wuxi", "chongqing"] and "wuxi" not in both.plans[:2]


def test_a_copy_ranks_and_is_named_as_a_copy(five_plans, five_pair_tables):
    plain = F.length(_kinds(five_plans, five_pair_tables), "zh")
    copied = F.length(_kinds(five_plans, five_pair_tables, shanwei="copy"), "zh")
    assert list(copied.plans) == list(plain.plans) == ["lezhi", "shanwei"]
    assert "汕尾市城区（征求意见稿，文库或模板转载）的 12,074 字" in copied.sentence
    assert "文库" not in plain.sentence
    lezhi = _kinds(five_plans, five_pair_tables, lezhi="copy").corpus
    assert scope.marked("lezhi", lezhi, "en") == "Lezhi County (a sharing-site or template copy)"
    assert scope.marked("chongqing", lezhi, "zh") == "重庆市（残篇）"


def test_a_document_only_corpus_gives_todays_findings(five_plans, five_pair_tables, five_tables):
    """The five plans are documents: stating so, or having no page_kind column at all (a cache
    from before it), changes no finding of findings.csv."""
    assert set(five_plans.plans.page_kind) == {"document"}
    old = replace(five_plans, plans=five_plans.plans.drop(columns=["page_kind", "page_kind_source"]))
    similarity, reuse, pairs = (table.copy() for table in five_pair_tables)
    no_column = F.Tables(old, similarity=similarity, reuse=reuse, pairs=pairs)
    for lang in ("zh", "en"):
        today = F.findings_table(five_tables, lang)
        pd.testing.assert_frame_equal(F.findings_table(no_column, lang), today)
        # …and the one rule there is the fragment's, said as before
        length = today[today.finding_id == "length"].iloc[0]
        assert length.rule == F.RULE_WHOLE and "chongqing" not in length.plan_ids.split(";")
    assert scope.reasons(old) == scope.reasons(five_plans) == {"chongqing": "fragment"}
    blank = five_plans.plans.assign(page_kind=[None, "", "document", "document", "document"])
    assert scope.reasons(replace(five_plans, plans=blank)) == {"chongqing": "fragment"}


def test_left_out_plans_carry_their_reason_and_stay_ids(news_and_paper):
    corpus = news_and_paper.corpus
    scoped = scope.whole_plans(pd.Series({"wuxi": 1.0, "lezhi": 2.0, "chongqing": 0.1, "jinjiang": 3.0,
                                          "shanwei": None}), corpus)
    assert list(scoped.values.index) == ["jinjiang"]
    assert scoped.left_out == ["wuxi", "lezhi", "chongqing"]  # manifest order, plain ids to callers
    assert [p.reason for p in scoped.left_out] == ["news", "paper", "fragment"]
    assert pickle.loads(pickle.dumps(scoped.left_out)) == scoped.left_out
    assert [p.reason for p in pickle.loads(pickle.dumps(scoped.left_out))] == ["news", "paper", "fragment"]
    pairs = pd.DataFrame({"plan_a": ["jinjiang", "jinjiang", "wuxi"], "plan_b": ["shanwei", "lezhi", "shanwei"]})
    kept, left = scope.whole_plan_pairs(pairs, corpus)
    assert kept.plan_b.tolist() == ["shanwei"] and [(p, p.reason) for p in left] == [("wuxi", "news"),
                                                                                       ("lezhi", "paper")]
    # a plain id is a fragment, as `note` read ids before plans had a kind
    assert scope.note(["chongqing"], "zh") == "（重庆市残篇只有半份规划，不参与排序）"


def test_a_news_item_says_nothing_of_the_categories_it_does_not_name(five_plans, five_pair_tables):
    before = ac.category_matrix(five_plans, "tasks")
    assert before.at["farmers", "jinjiang"] == 0  # a whole text without farmers
    after = ac.category_matrix(_kinds(five_plans, five_pair_tables, jinjiang="news").corpus, "tasks")
    assert pd.isna(after.at["farmers", "jinjiang"])  # a news item's silence is not the plan's
    assert after.at["youth", "jinjiang"] == before.at["youth", "jinjiang"] > 0
    assert after.drop(columns="jinjiang").equals(before.drop(columns="jinjiang"))


def test_the_manifest_kind_reaches_the_rule():
    """A researcher's page_kind (the manifest column) decides, over the cues, what ranks."""
    from sciplan_analysis.parsing.parse import parse_text

    news = ("丁县印发全民科学素质行动实施方案\n来源：丁县日报 2022-05-09\n\n日前，丁县人民政府办公室印发《丁县全民科学"
            "素质行动实施方案》，提出到2025年全县公民具备科学素质的比例超过12%。\n（记者 王某）\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read = parse_text(news, "x")
        given = parse_text(news, "x", page_kind="document")
    assert scope.reasons(read) == {"x": "news"}
    assert scope.reasons(given) == {}


def test_the_passage_trace_keeps_to_plans_and_says_whom_it_left(five_plans, five_pair_tables):
    """Page 06 sets a child beside its parent's plan passage by passage: a news item is never
    a reuse parent or child there either, and the page says whom it left out and why."""
    from sciplan_analysis.analysis import pairwise

    tables = _kinds(five_plans, five_pair_tables)
    _, pairs = tables.get_reuse()
    linked, left = pairwise.traced_pairs(tables.corpus.plans)
    assert linked == [("chongqing", "wuxi")] and left == []
    assert set(pairwise.parent_passages(pairs, tables.corpus.plans).target_plan) == {"wuxi"}
    told = _kinds(five_plans, five_pair_tables, wuxi="news")
    linked, left = pairwise.traced_pairs(told.corpus.plans)
    assert linked == [] and [(str(p), p.reason) for p in left] == [("wuxi", "news")]
    assert pairwise.parent_passages(pairs, told.corpus.plans).empty
    assert scope.trace_note(left, "zh") == "不与上级规划逐段对照的文本：巫溪县读自新闻报道，不是规划原文。"
    assert scope.trace_note([], "en") == ""
    unknown = _kinds(five_plans, five_pair_tables, chongqing="unknown")
    assert [(str(p), p.reason) for p in pairwise.traced_pairs(unknown.corpus.plans)[1]] == [
        ("chongqing", "unknown")]


def test_whole_plans_set_the_top_of_a_plan_heatmaps_colour_scale(five_plans, monkeypatch):
    """A fragment's one part (重庆市: all its task text in 组织实施与保障) would stretch a category
    heatmap's scale and leave every whole plan pale: whole plans set its top, and a cell beyond
    it is said; none is set where every text is whole or no whole plan has a value."""
    nan = float("nan")
    matrix = pd.DataFrame({"wuxi": [5.0, 12.0], "lezhi": [8.0, nan], "chongqing": [nan, 30.0]},
                          index=["youth", "implementation"])
    assert scope.whole_plan_scale(matrix, five_plans) == (12.0, True)
    assert scope.whole_plan_scale(matrix.assign(chongqing=[nan, 3.0]), five_plans) == (12.0, False)
    assert scope.whole_plan_scale(matrix.assign(wuxi=0.0, lezhi=nan), five_plans) == (None, False)
    monkeypatch.setattr(scope, "reasons", lambda _c: {})
    assert scope.whole_plan_scale(matrix, five_plans) == (None, False)
