"""Ties, drafts and the fragment at the ends of rankings (session 14, brief F2: audit14 items 4, 5,
6, 7 and 10). A tie at either end is said as a tie, by the figure a reader sees; a draft at either end
of the targets' range is named as one; a fragment's silence is 未提及 and it never takes the highest
place on a chart of a whole-plan measure; the category findings count whole plans alone. Each test
failed before this change: on the five plans changed, or on a made-up table."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import scope
from sciplan_analysis.report import charts


def _tables(five_tables: F.Tables, **tables: pd.DataFrame) -> F.Tables:
    """The five plans with some tables replaced, their pair tables the five plans' own."""
    return F.Tables(replace(five_tables.corpus, **tables), five_tables.get_similarity(), *five_tables.get_reuse())


def _target(corpus, plan_id: str, value: float) -> pd.DataFrame:
    t = corpus.targets.copy()
    t.loc[(t.plan_id == plan_id) & (t.kind == "target") & (t.year == 2025), "value"] = value
    return t


# --------------------------------------------------------------------------- the targets


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("zh", ["高于国家目标的有 2/4 份：成都市锦江区（18%，征求意见稿）、汕尾市城区（16%，征求意见稿）。", "。重庆市（残篇）现存文本未见 2025 年目标，重庆市本级的文件（渝府办发〔2021〕138号）定为超过 15%。"],
     ["没有目标部分", "汕尾市城区（16%）"]),
    ("en", ["Above it are 2 of 4 plans: Jinjiang District, Chengdu (18%, a draft) and Chengqu District, Shanwei (16%, a draft).",
            ". For Chongqing Municipality (a fragment), the text as we have it states no 2025 target, while Chongqing's own document (Yufubanfa [2021] No. 138) sets more than 15%."],
     ["no goals part", "Shanwei (16%)"]),
])
def test_the_benchmark_names_a_draft_at_an_end_and_a_fragments_silence_as_not_stated(five_tables, lang, said,
                                                                                      unsaid):
    """Every draft the finding names is named as one (audit18 item 5: 汕尾市城区, a draft inside the
    range, was not marked); 重庆市's text as we have it states no target: 未提及, never "has no goals
    part"."""
    sentence = F.benchmark(five_tables, lang).sentence
    assert all(s in sentence for s in said), sentence
    assert not any(s in sentence for s in unsaid), sentence


def test_a_whole_plan_stating_no_target_sets_none(five_tables):
    corpus = five_tables.corpus
    kept = corpus.targets[corpus.targets.plan_id != "wuxi"]
    sentence = F.benchmark(_tables(five_tables, targets=kept), "zh").sentence
    assert sentence.endswith("。巫溪县没有提出 2025 年目标。重庆市（残篇）现存文本未见 2025 年目标，重庆市本级的文件（渝府办发〔2021〕138号）定为超过 15%。"), sentence


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", ["低于国家目标的有 2/4 份，最低为 12%，共 2 份，如巫溪县", "高于国家目标的有 2/4 份，最高的是成都市锦江区（18%，征求意见稿）。"]),
    ("en", ["Below it are 2 of 4 plans; the lowest is 12%, shared by 2, e.g. Wuxi County",
            "Above it are 2 of 4 plans; the highest is Jinjiang District, Chengdu (18%, a draft)."]),
])
def test_the_benchmarks_examples_are_every_plan_at_the_end(five_tables, monkeypatch, lang, said):
    """Counted sides (more plans than NAMED_MAX) give as examples the plans at the furthest figure:
    with 乐至县 made 12% as 巫溪县, both are the lowest, and the example says two tie (it named the
    two furthest, one of a three-way tie, at 33 plans)."""
    monkeypatch.setattr(F, "NAMED_MAX", 1)
    tables = _tables(five_tables, targets=_target(five_tables.corpus, "lezhi", 12.0))
    sentence = F.benchmark(tables, lang).sentence
    assert all(s in sentence for s in said), sentence


def test_the_benchmark_names_each_plan_of_a_short_tie_at_the_end(five_tables, monkeypatch):
    monkeypatch.setattr(F, "NAMED_MAX", 3)
    corpus = five_tables.corpus
    t = _target(corpus, "lezhi", 12.0)
    t.loc[(t.plan_id == "shanwei") & (t.kind == "target"), "value"] = 12.0
    sentence = F.benchmark(_tables(five_tables, targets=t), "zh").sentence
    assert "低于国家目标的有 3/4 份：巫溪县（12%）、乐至县（12%）、汕尾市城区（12%，征求意见稿）" in sentence, sentence


# --------------------------------------------------------------------------- specificity


def test_the_lowest_specificity_ties_by_the_figure_shown(five_tables):
    """巫溪县 left 1 commitment over 45 tasks (0.022) shows 0.02, as 汕尾市城区's 1/46 (0.0217): the
    sentence says they tie, each with its count (it named 汕尾市城区 alone as the lowest)."""
    corpus = five_tables.corpus
    c = corpus.commitments
    keep = c[(c.plan_id != "wuxi") | (c.index == c[c.plan_id == "wuxi"].index[0])]
    tables = _tables(five_tables, commitments=keep)
    zh, en = F.quantified(tables, "zh"), F.quantified(tables, "en")
    assert "最低的是汕尾市城区（征求意见稿）：1/46（0.02，巫溪县 1/45 同为 0.02）" in zh.sentence, zh.sentence
    assert "has the lowest rate (1/46, 0.02; Wuxi County at 1/45 is also 0.02)" in en.sentence, en.sentence
    assert "wuxi" in zh.plans
    assert "并列" not in F.quantified(five_tables, "zh").sentence  # the five plans: 0.02 alone


def test_a_division_plan_far_from_the_bottom_is_not_said_to_have_only(five_tables):
    """With 重庆市 made a whole plan stating no commitment (0), two plans are below 乐至县's 0.06:
    "也只有" would read as next to the bottom; the sentence says how many are lower."""
    corpus = five_tables.corpus
    plans = corpus.plans.copy()
    plans.loc[plans.plan_id == "chongqing", "status"] = "final"
    tables = _tables(five_tables, plans=plans)
    zh, en = F.quantified(tables, "zh").sentence, F.quantified(tables, "en").sentence
    assert "乐至县是 2/36（0.06），另有 2 份完整规划更低。乐至县是一份分工方案" in zh and "也只有" not in zh, zh
    assert "Lezhi County has 2/36 (0.06), and 2 whole plans have a lower rate. Lezhi County is a division-of-labour plan" in en, en
    assert "乐至县也只有 2/36（0.06）。" in F.quantified(five_tables, "zh").sentence  # next to the lowest


# --------------------------------------------------------------------------- categories


MADE_UP = pd.DataFrame({"wuxi": [2, 1, 0], "lezhi": [0, 1, 0], "chongqing": [3, np.nan, np.nan],
                        "jinjiang": [0, 1, 0], "shanwei": [1, 1, 4]},
                       index=["youth", "implementation", "industry"], dtype=float)


def test_categories_count_whole_plans_alone_largest_gap_first(five_tables, monkeypatch):
    """A made-up table: the fragment (重庆市) has 青少年 tasks; 青少年's gap is counted over the four
    whole plans (2/4, never 2/5), 科普产业 (three whole plans lack it) comes first, and one category
    in every whole plan is named as the only one, in the sentence and in chart 3.2's title."""
    monkeypatch.setattr(F.categories, "category_matrix", lambda corpus, value: MADE_UP.copy())
    monkeypatch.setattr(F, "NAMED_MAX", 1)
    found = F.left_out(five_tables, "zh")
    assert found.sentence == ("按任务标题或所在组的标题归类（任务正文中提到的不算），2 个任务类别至少有一份完整规划没有此类任务，"
                              "包括科普产业（只有汕尾市城区有此类任务）、青少年（2/4 份规划没有此类任务）。"), found.sentence
    covered = F.covered(five_tables, "zh")
    assert covered.sentence == ("按任务标题或所在组的标题归类（任务正文中提到的不算），"
                                "只有组织实施与保障一个类别每份完整规划都有任务。"), covered.sentence
    assert covered.title == "只有组织实施与保障在每份完整规划中都有任务"
    assert F.covered(five_tables, "en").title == "Only Implementation and safeguards has tasks in every complete plan"


# --------------------------------------------------------------------------- section similarity


def test_the_section_range_counts_the_pairs_tied_at_either_end(five_tables, monkeypatch):
    pairs = ["wuxi–lezhi", "wuxi–jinjiang", "lezhi–jinjiang", "jinjiang–shanwei", "wuxi–shanwei", "lezhi–shanwei"]
    wide = pd.DataFrame({"whole": [0.6, 0.61, 0.62, 0.63, 0.64, 0.65],
                         "category:youth": [0.101, 0.104, 0.5, 1.0, 0.999, 0.7],
                         "category:farmers": [0.3, 0.4, 0.5, 0.6, 0.7, 1.0]}, index=pairs)
    monkeypatch.setattr(F.sim, "section_table", lambda table, analyzer: wide)
    zh, en = F.sections(five_tables, "zh").sentence, F.sections(five_tables, "en").sentence
    # each end is its count of the 12 pair-sections and one example (audit15 item 6); the pairs that
    # only round to an end's score are said beside the count at it (audit21 item 3)
    assert "各对章节从 0.10（1/12 对，四舍五入后为 0.10 的有 2 对；巫溪县与乐至县的“青少年”；" in zh, zh
    assert "到 1.00（2/12 对用词完全相同，四舍五入后为 1.00 的有 3 对；如" in zh and "与之并列" not in zh, zh
    # the pair and its section never read as a list of three (audit17 item 11)
    assert "Pairs of sections range from 0.10 (1 of 12 pairs, 2 at 0.10 when rounded; Wuxi County and Lezhi " \
           "County on Youth, with " in en, en
    assert "to 1.00 (identical wording in 2 of 12 pairs, 3 at 1.00 when rounded; e.g. " in en \
        and "tied with it" not in en, en


# --------------------------------------------------------------------------- tools


def _tool_counts(columns: dict[str, dict[str, int]]) -> pd.DataFrame:
    tools = ["services", "education", "participation", "none"]
    return pd.DataFrame({p: [counts.get(t, 0) for t in tools] for p, counts in columns.items()}, index=tools)


def test_a_plan_tying_two_tools_is_said_tied_and_counted_once(five_tables, monkeypatch):
    """远德县 (22/22 education and participation) was counted among "4 份以教育培训为主"; the plans
    where education ties public services were listed "A的教育培训、B的教育培训"."""
    from sciplan_analysis.analysis import instruments

    made = _tool_counts({"wuxi": {"services": 30, "education": 5}, "lezhi": {"services": 10, "participation": 10},
                         "chongqing": {"services": 1}, "jinjiang": {"services": 10, "participation": 10},
                         "shanwei": {"education": 12, "participation": 12}})
    monkeypatch.setattr(instruments, "tool_counts", lambda corpus: made)
    zh = F.tools(five_tables, "zh").sentence
    assert "，其中乐至县、成都市锦江区（征求意见稿）的社会参与与之并列，公共服务占条款的比例" in zh, zh
    assert "汕尾市城区以教育培训与社会参与并列为主（各 12/24，50%）" in zh, zh
    en = F.tools(five_tables, "en").sentence
    assert "Chengqu District, Shanwei leans on Education and training and Social participation alike (12/24 each, 50%)" \
        in en, en
    many = _tool_counts({"wuxi": {"services": 10}, "lezhi": {"services": 10}, "chongqing": {"services": 1},
                         "jinjiang": {"participation": 10, "services": 5},
                         "shanwei": {"education": 12, "participation": 12}})
    monkeypatch.setattr(instruments, "tool_counts", lambda corpus: many)
    monkeypatch.setattr(F, "NAMED_MAX", 1)
    zh = F.tools(five_tables, "zh").sentence
    assert "其余 2 份中，1 份以社会参与为主、汕尾市城区以教育培训与社会参与并列为主。" in zh, zh
    assert "以教育培训为主" not in zh, zh


# --------------------------------------------------------------------------- scope and charts


def test_a_tie_by_the_figure_shown(five_plans):
    values = pd.Series({"wuxi": 0.0217, "lezhi": 0.0222, "jinjiang": 0.0238, "shanwei": 0.7})
    assert scope.tied_with("wuxi", values) == []
    assert scope.tied_with("wuxi", values, 2) == ["lezhi", "jinjiang"]
    assert scope.at_end("wuxi", values, five_plans, "zh", decimals=2) == "巫溪县、乐至县、成都市锦江区（征求意见稿）（同为 0.02）"
    assert scope.at_end_short("jinjiang", values, five_plans, "zh", decimals=2) == "成都市锦江区（征求意见稿）等 3 份"
    assert scope.at_end_short("jinjiang", values, five_plans, "en", decimals=2) == \
        "Jinjiang District, Chengdu (a draft) and 2 more"
    assert scope.at_end_short("shanwei", values, five_plans, "zh") == "汕尾市城区（征求意见稿）"


@pytest.mark.parametrize(("lang", "tied", "most"), [("zh", "p1等 3 份", "并列最高：11/14 份"),
                                                    ("en", "p1 and 2 other plans", "tied highest: 11 of 14 plans")])
def test_a_spread_charts_highest_says_a_tie(lang, tied, most):
    values = pd.Series([1.0, 5.0, 5.0, 5.0, *[2.0] * 10], index=[f"p{i}" for i in range(14)])
    assert charts.top_label("p1", values, str, lang=lang) == tied
    assert charts.top_label("p1", values.drop(["p2", "p3"]), str, lang=lang) == "p1"
    # the chart shows no figure: 0.874 and 0.866 are two dots, not a tie at 0.87
    assert charts.top_label("p1", values.drop(["p2"]).replace({5.0: 0.866}).mask(values.drop(["p2"]).index == "p1",
                                                                                  0.874), str, lang=lang) == "p1"
    everyone = pd.Series([4.0] * 11 + [1.0] * 3, index=values.index)
    assert charts.top_label("p0", everyone, str, lang=lang) == most


def test_a_fragment_is_drawn_but_never_named_the_highest(five_plans):
    """Chart 3.1 named 重庆市 (the fragment) 最高者 of 组织实施与保障: the named highest is a whole plan's,
    marked as a draft where it is one, and the legend says so."""
    ids = [f"q{i}" for i in range(13)] + ["frag"]
    table = pd.DataFrame([[1.0] * 12 + [3.0, 11.0], [2.0] * 13 + [np.nan]], columns=ids, index=["组织", "青少年"])
    fig = charts.spread_chart(table, name=lambda p: f"<{p}>", ranks=ids[:-1], lang="zh")
    said = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "<q12>" in said and "<frag>" not in said, said
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "完整规划中的最高者（标名）" in legend
    import matplotlib.pyplot as plt
    plt.close(fig)


def test_the_top_specificity_ties_by_the_figure_shown(five_tables, monkeypatch):
    """A made-up table: 巫溪县 32/46 (0.696) shows 0.70 as 锦江区's 23/33 (0.697) does: the top is a
    tie and said as one; at 31/46 (0.67) 锦江区 tops alone."""
    table = pd.DataFrame({"plan_id": ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"],
                          "commitments": [32, 2, np.nan, 23, 1], "tasks": [46, 36, 22, 33, 46]})
    table["per_task"] = table["commitments"] / table["tasks"]
    monkeypatch.setattr(F.targets, "specificity", lambda corpus: table.copy())
    found = F.quantified(five_tables, "zh")
    assert found.sentence.startswith("量化程度最高的是成都市锦江区（征求意见稿）、巫溪县（同为 0.70）："), found.sentence
    table.loc[0, "commitments"] = 31
    table["per_task"] = table["commitments"] / table["tasks"]
    assert F.quantified(five_tables, "zh").sentence.startswith("量化程度最高的是成都市锦江区（征求意见稿）："), found.sentence


def test_the_specificity_finding_is_short_sentences_without_stacked_brackets(five_tables):
    """audit17 item 7: one sentence of 209 characters / 88 words, "Wuxi County (10/45, 0.22) (the …
    fragment … is not ranked)": the fragment note is a sentence of its own at the end, and the
    top, the lowest and the division plan are each a sentence."""
    for lang, stop in (("zh", "。"), ("en", ". ")):
        sentence = F.quantified(five_tables, lang).sentence
        assert ")(" not in sentence.replace(" ", "").replace("）（", ")(") and "；" not in sentence, sentence
        assert sentence.count(stop) >= 4, sentence
        assert max(len(s) for s in sentence.split(stop)) < (90 if lang == "zh" else 200), sentence
    en = F.quantified(five_tables, "en").sentence
    assert "the next, Wuxi County (10/45, 0.22). Chengqu District, Shanwei (a draft) has the lowest rate (1/46, 0.02). " \
           "Lezhi County has only 2/36 (0.06). Lezhi County is a division-of-labour plan" in en, en


def test_a_plan_showing_the_division_plans_figure_is_said_to_tie_with_it(five_tables, monkeypatch):
    """audit17 items 7 and 14: 长南县 showed 乐至县's 0.06 beside "乐至县是 2/36（0.06，另有 5 份完整规划
    更低）" and the tie was not said. Made up: 汕尾市城区 at 3/50 (0.06) beside 乐至县's 2/36 (0.056),
    重庆市 made a whole plan at 0/22, the lowest."""
    plans = five_tables.corpus.plans.copy()
    plans.loc[plans.plan_id == "chongqing", "status"] = "final"
    tables = _tables(five_tables, plans=plans)
    counts = {"jinjiang": (23, 33), "wuxi": (10, 45), "shanwei": (3, 50), "lezhi": (2, 36), "chongqing": (0, 22)}
    spec = pd.DataFrame([{"plan_id": p, "commitments": n, "tasks": t, "per_task": n / t}
                         for p, (n, t) in counts.items()])
    monkeypatch.setattr(F.targets, "specificity", lambda corpus: spec)
    zh, en = F.quantified(tables, "zh"), F.quantified(tables, "en")
    assert "最低的是重庆市：0/22（0.00）。乐至县也只有 2/36（0.06，汕尾市城区（征求意见稿） 3/50 同为 0.06）。乐至县是一份分工方案" \
        in zh.sentence, zh.sentence
    assert "Lezhi County has only 2/36 (0.06; Chengqu District, Shanwei (a draft) at 3/50 is also 0.06). Lezhi County is a " \
        in en.sentence, en.sentence
    assert "shanwei" in zh.plans and zh.numbers["typed_tied"] == 1
