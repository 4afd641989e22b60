"""audit20 items 2, 3, 7, 8, 9 (the title's semicolons), 11 and 13 (session 16, brief K2): the
tool–category finding says concentration only where it is and names the most concentrated tools;
the section finding counts its pairs level by level and says the fragment takes part in the
sections; scores that only round alike are not "the same"; a plan outside the parent and child
plans holding as much of the text is said; a share said in words matches it; chart 2.2's title
counts the plans level with the line; English lists use commas unless a name holds one. Each
test failed before this change."""

from __future__ import annotations

from dataclasses import replace

import coded_counts
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import instruments
from tests.test_similarity_ties import _scored, _whole

# --------------------------------------------------------------------------- item 2: tool_category


def test_the_five_plans_regulation_is_not_said_to_gather_at_7_of_16(five_tables):
    """7 of 16 regulation clauses (44%) was less than half, and was said so; pooled over the whole
    plans only (audit22 item 4: the fragment's clauses are not counted) regulation had 9 clauses,
    too few to tell, and was said so; since file R it has 10, 4 of them in one category, said to be
    not concentrated (both counted from the clause table); the tool that does gather (funding, 8/11
    until session 27's file) is named with its count beside its share."""
    zh, en = F.tool_category(five_tables, "zh"), F.tool_category(five_tables, "en")
    reg, of_reg = coded_counts.in_category(five_tables.corpus, "regulation", "cadres_civil_servants")
    assert coded_counts.cells(five_tables.corpus)["regulation"].max() == reg  # its commonest category
    if of_reg < F.MIN_TOOL_CLAUSES:
        said_zh = f"法规管制条款只有 {of_reg} 条（最多的 {reg} 条在“领导干部和公务员”），太少，不论集中。"
        said_en = f"There are only {of_reg} regulation clauses ({reg} of them in Leading cadres and civil " \
                  "servants), too few to call concentrated."
    else:
        assert reg / of_reg <= 0.5
        said_zh = f"法规管制条款最多的在“领导干部和公务员”，但只有 {of_reg} 条中的 {reg} 条（{reg / of_reg:.0%}），不算集中。"
        said_en = f"Regulation clauses are most often in Leading cadres and civil servants, but only {reg} of " \
                  f"{of_reg} ({reg / of_reg:.0%}): not concentrated."
    assert said_zh in zh.sentence, zh.sentence
    # funding's count moves with each refit of the model: counted from the clause table (tests/coded_counts.py)
    n, of = coded_counts.in_category(five_tables.corpus, "funding", "implementation")
    assert n / of > 0.5 and f"资金投入（{n}/{of} 条，{n / of:.0%}，在“组织实施与保障”）" in zh.sentence
    assert not zh.sentence.startswith("法规管制、资金投入条款集中")
    assert said_en in en.sentence, en.sentence
    assert f"funding ({n} of {of} clauses, {n / of:.0%}, in Implementation and safeguards)" in en.sentence
    assert zh.title == f"资金投入条款多在“组织实施与保障”（{n}/{of}）"
    numbers = zh.numbers
    assert (numbers["n_regulation"], numbers["total_regulation"], numbers["n_funding"], numbers["total_funding"]) \
        == (reg, of_reg, n, of)
    assert numbers["floor"] == F.MIN_TOOL_CLAUSES


def _matrix(cells: dict[str, dict[str, int]]):
    """A made-up tool × category matrix (clauses), as `tool_category_matrix` returns it."""
    frame = pd.DataFrame(cells).T.reindex(index=list(instruments.TOOLS)).fillna(0).astype("Int64")
    frame.attrs["absent"] = []
    return lambda corpus, *args, **kwargs: frame


def test_tools_are_chosen_by_concentration_above_the_floor(five_tables, monkeypatch):
    """Planning 40/50 is the most concentrated, then services 30/50; a tool of 9 clauses (8 in one
    category) is below the floor and not named; regulation at 30/60 is not more than half (its two
    categories tie, both named); funding of 6 clauses is too few to tell."""
    monkeypatch.setattr(instruments, "tool_category_matrix", _matrix({
        "planning": {"infrastructure": 40, "youth": 10},
        "services": {"youth": 30, "farmers": 20},
        "education": {"youth": 8, "farmers": 1},
        "regulation": {"cadres_civil_servants": 30, "youth": 30},
        "funding": {"industry": 4, "youth": 2}}))
    zh, en = F.tool_category(five_tables, "zh"), F.tool_category(five_tables, "en")
    assert zh.sentence.startswith("2 种政策工具各有一半以上的条款落在某一个类别（只看不少于 10 条条款的工具），"
                                  "最集中的是目标规划（40/50 条，80%，在“科普基础设施”）、公共服务（30/50 条，60%，在“青少年”）。"), \
        zh.sentence
    assert "教育培训（" not in zh.sentence  # 8/9: above half, below the floor
    assert "法规管制条款最多的在“青少年”、“领导干部和公务员”，但只有 60 条中的 30 条（50%），不算集中。" in zh.sentence, zh.sentence
    assert "资金投入条款只有 6 条（最多的 4 条在“科普产业”），太少，不论集中。" in zh.sentence, zh.sentence
    assert "There are only 6 funding clauses (4 of them in Science popularisation industry), too few to call " \
           "concentrated." in en.sentence, en.sentence
    assert en.title == "Most planning clauses sit in Science popularisation infrastructure (40 of 50)"


def test_no_tool_gathering_is_said_as_none(five_tables, monkeypatch):
    monkeypatch.setattr(instruments, "tool_category_matrix", _matrix({
        "services": {"youth": 30, "farmers": 30}, "funding": {"industry": 6, "youth": 6}}))
    zh = F.tool_category(five_tables, "zh")
    assert zh.sentence == ("没有一种政策工具一半以上的条款落在某一个类别（只看不少于 10 条条款的工具）。"
                           "资金投入条款最多的在“青少年”、“科普产业”，但只有 12 条中的 6 条（50%），不算集中。"), zh.sentence
    assert zh.title == "没有一种政策工具一半以上的条款落在某一个类别"
    monkeypatch.setattr(instruments, "tool_category_matrix", _matrix({
        "services": {"youth": 30, "farmers": 30}, "funding": {"industry": 5, "youth": 7}}))
    one = F.tool_category(five_tables, "en")
    assert one.sentence == ("Only one tool has more than half of its clauses in one category (counting tools with at "
                            "least 10 clauses): funding (7 of 12 clauses, 58%, in Youth)."), one.sentence


# --------------------------------------------------------------------------- item 3: sections


def test_section_pairs_are_counted_level_by_level_and_the_fragment_takes_part(five_tables, monkeypatch):
    """Parts hold the categories' text: 1.00 in a part and in a category are counted each against
    its own level's total, never as one count; the fragment, left out of the whole-text range,
    is said to take part in the sections."""
    pairs = ["wuxi–lezhi", "wuxi–jinjiang", "lezhi–jinjiang", "jinjiang–shanwei", "wuxi–shanwei", "wuxi–chongqing"]
    wide = pd.DataFrame({"whole": [0.6, 0.61, 0.62, 0.63, 0.64, 0.5],
                         "part:actions": [0.05, 0.3, 1.0, 0.6, 0.7, 0.4],
                         "category:youth": [0.2, 1.0, 1.0, 0.6, 0.7, 0.9],
                         "category:farmers": [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]}, index=pairs)
    monkeypatch.setattr(F.sim, "section_table", lambda table, analyzer: wide)
    zh, en = F.sections(five_tables, "zh"), F.sections(five_tables, "en")
    # each level its own range, one sentence a level (audit21 item 3)
    assert "各对部分从 0.05（巫溪县与乐至县的“提升行动”；" in zh.sentence, zh.sentence
    assert "各对类别从 0.20（巫溪县与乐至县的“青少年”；各 5 项任务）到 1.00（2/12 对用词完全相同，如" in zh.sentence, \
        zh.sentence
    assert "到 1.00（1/6 对用词完全相同，乐至县与成都市锦江区（征求意见稿）的“提升行动”" in zh.sentence, zh.sentence
    assert "（重庆市残篇只有半份规划，参与分章节比较，不参与全文排序）。" in zh.sentence, zh.sentence
    assert zh.sentence.endswith("同一段文字在两级各算一次，所以两级分开计数。")
    assert "Pairs of categories range from 0.20 (Wuxi County and Lezhi County on Youth, with 5 tasks each) to " \
           "1.00 (identical wording in 2 of 12 pairs, e.g. " in en.sentence, en.sentence
    assert "Pairs of parts range from 0.05 (" in en.sentence, en.sentence
    assert "(the Chongqing Municipality fragment, half a plan, takes part in the sections but is not ranked on " \
           "whole texts)." in en.sentence, en.sentence
    assert "18 pairs" not in en.sentence and "/18" not in zh.sentence
    assert (zh.numbers["n_category_pairs"], zh.numbers["n_part_pairs"]) == (12, 6)


# --------------------------------------------------------------------------- item 7: rounded ties


def test_equal_scores_tie_and_scores_that_only_round_alike_are_said_to(five_tables):
    """0.8747 and 0.8667 both show 0.87: "also 0.87 when rounded", never "the same as"; equal
    scores keep "tied" / 并列."""
    top = _whole(five_tables, "wuxi", "shanwei")
    rounded = _scored(five_tables, {("whole", "lezhi", "jinjiang"): round(top, 2) - 0.004})
    en = F.similar(rounded, "en")
    assert "the same as" not in en.sentence and "also 0.69 when rounded" in en.sentence, en.sentence
    assert "乐至县与成都市锦江区（征求意见稿）四舍五入后同为 0.69" in F.similar(rounded, "zh").sentence
    exact = _scored(five_tables, {("whole", "lezhi", "jinjiang"): top})
    zh, en = F.similar(exact, "zh"), F.similar(exact, "en")
    # which of two equal pairs is named first is the sort's; the other is said to tie with it
    assert "用词相似度 0.69，巫溪县与汕尾市城区（征求意见稿）与之并列。" in zh.sentence, zh.sentence
    assert "similarity of wording 0.69, tied with Wuxi County and Chengqu District, Shanwei (a draft)." \
        in en.sentence, en.sentence
    assert en.title.endswith("(tied with Wuxi County and Chengqu District, Shanwei (a draft))"), en.title
    assert "四舍五入" not in zh.sentence + zh.title and "when rounded" not in en.sentence + en.title


# --------------------------------------------------------------------------- item 8: outside the line


def _reuse(five_tables: F.Tables, rows: dict[tuple[str, str], int], corpus=None) -> F.Tables:
    """The five plans with made-up reuse counts: {(source, target): sentences of source found}."""
    shares, pairs = five_tables.get_reuse()
    shares = shares.copy()
    for (a, b), n in rows.items():
        hit = (shares.source_plan == a) & (shares.target_plan == b)
        assert hit.sum() == 1
        shares.loc[hit, "n_reused"] = n
        shares.loc[hit, "share"] = n / shares.loc[hit, "n_sentences"]
    return F.Tables(corpus or five_tables.corpus, five_tables.get_similarity(), shares, pairs)


def test_a_plan_outside_the_line_with_as_many_of_the_parents_sentences_is_said(five_tables):
    """重庆市 → 巫溪县 is 47/88; 乐至县 (not 重庆市's child) made to hold 47 and then 50 of them."""
    plain = F.reuse(five_tables, "zh")
    assert "上下级之外" not in plain.sentence + plain.title
    same = F.reuse(_reuse(five_tables, {("chongqing", "lezhi"): 47}), "zh")
    assert "；而上下级之外的乐至县也有 47/88 句，句子的沿用不只在上下级规划之间" in same.sentence, same.sentence
    assert same.title == "重庆市的 47/88 句见于巫溪县的规划，上下级之外的乐至县也有 47/88 句", same.title
    assert "lezhi" in same.plans and same.numbers["outside_n"] == 47
    more = F.reuse(_reuse(five_tables, {("chongqing", "lezhi"): 50}), "en")
    assert "yet Lezhi County with 50 of 88 sentences, outside the parent and child plans, has more than Wuxi " \
           "County, so the reuse is not the parent and child plans' alone" in more.sentence, more.sentence
    assert more.title == ("47 of Chongqing Municipality's 88 sentences recur in Wuxi County's plan; Lezhi County, "
                          "outside the parent and child plans, holds 50 of the 88"), more.title


def test_the_ranked_form_says_a_plan_outside_the_line_too(five_tables):
    """重庆市 made a final plan: 巫溪县 → 重庆市 (47/184) is one whole parent–child pair; 汕尾市城区
    made to hold 50 of 巫溪县's sentences."""
    plans = five_tables.corpus.plans.copy()
    plans.loc[plans.plan_id == "chongqing", "status"] = "final"
    corpus = replace(five_tables.corpus, plans=plans)
    found = F.reuse(_reuse(five_tables, {("wuxi", "shanwei"): 50}, corpus), "zh")
    # one bracket after the draft's name, never 汕尾市城区（征求意见稿）（50/184 句）
    assert "47 句（26%）见于重庆市的规划；而上下级之外的汕尾市城区（征求意见稿，50/184 句）比重庆市还多，" \
           "句子的沿用不只在上下级规划之间。" in found.sentence, found.sentence
    en = F.reuse(_reuse(five_tables, {("wuxi", "shanwei"): 50}, corpus), "en")
    assert "; yet Chengqu District, Shanwei (a draft) with 50 of 184 sentences, outside the parent and child " \
           "plans, has more than Chongqing Municipality" in en.sentence, en.sentence
    assert found.title.endswith("，上下级之外的汕尾市城区（征求意见稿）也有 50/184 句"), found.title


# --------------------------------------------------------------------------- item 11: shares in words


@pytest.mark.parametrize(("share", "zh", "en"), [
    (25.5, "约四分之一", "about a quarter"), (10.3, "约十分之一", "about a tenth"),
    (49.0, "约一半", "about half"), (30.0, "30%", "30%"), (40.0, "40%", "40%")])
def test_a_share_said_in_words_matches_it(share, zh, en):
    assert F.share_in_words(share, "zh") == zh and F.share_in_words(share, "en") == en


def test_the_five_plans_reverse_row_is_about_a_quarter_not_a_small_part(five_tables):
    zh, en = F.reuse(five_tables, "zh").sentence, F.reuse(five_tables, "en").sentence
    assert "（47/184 句，26%：同样的句子只占较长的巫溪县规划的约四分之一）" in zh and "一小部分" not in zh, zh
    assert "the same sentences are about a quarter of Wuxi County's longer plan" in en, en


# --------------------------------------------------------------------------- item 13: chart 2.2's title


def test_chart_2_2s_title_counts_the_plans_level_with_the_line(five_tables):
    corpus = five_tables.corpus
    targets = corpus.targets.copy()
    hit = (targets.plan_id == "wuxi") & (targets.year == 2025) & (targets.kind == "target")
    assert hit.any()
    targets.loc[hit, "value"] = 15.0
    changed = F.Tables(replace(corpus, targets=targets), five_tables.get_similarity(), *five_tables.get_reuse())
    zh, en = F.benchmark(changed, "zh"), F.benchmark(changed, "en")
    assert zh.title == "4 份规划的 2025 年目标对照国家纲要的 15%：1 份低于、1 份持平、2 份高于", zh.title
    assert en.title == "2025 targets against the national 15%: 1 of 4 plans below, 1 level, 2 above", en.title
    plain = F.benchmark(five_tables, "zh")  # none level: no side of none is named
    assert plain.title == "4 份规划的 2025 年目标对照国家纲要的 15%：2 份低于、2 份高于", plain.title


# --------------------------------------------------------------------------- item 9: commas, semicolons


def test_english_lists_of_names_use_commas_unless_a_name_holds_one(corpus):
    """The rule of `findings._join` (semicolons only where a name holds a comma: "Chengqu District,
    Shanwei (a draft); Synthetic 1; …" reads right), and the plan page's list of the categories a
    fragment lost, which joined single names with "; " ("Youth; Farmers; …")."""
    assert F._join(["Synthetic 1", "Synthetic 8", "Synthetic 19"], "en") == "Synthetic 1, Synthetic 8 and Synthetic 19"
    assert F._join(["Chengqu District, Shanwei (a draft)", "Synthetic 1", "Synthetic 8"], "en") == \
        "Chengqu District, Shanwei (a draft); Synthetic 1; and Synthetic 8"
    from sciplan_analysis.analysis import reuse as ru
    from sciplan_analysis.analysis.profile import plan_profiles
    from sciplan_analysis.report import plan_page

    reuse, pairs = ru.reuse_tables(corpus)
    profile = plan_profiles(corpus, reuse, pairs)["chongqing"]
    html = plan_page._categories(profile, "en")
    lost = html.split("(not counted as lacking): ")[1]
    assert ", Youth, Farmers, " in lost and "; " not in lost, lost
    assert labels.category_label("youth", "zh") + "、" in plan_page._categories(profile, "zh")
