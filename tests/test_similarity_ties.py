"""Ties and notes on the similarity and reuse findings (session 14, brief G2a: audit15 items 2a, 4,
5, 6 and 10). A pair at the top or bottom of the whole-text ranking is never said as if it alone held
the figure a reader sees; where many plans share the least own text, they are counted; the note on
the whole-text ranking sits by the whole-text score. Each test fails without this change."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from sciplan_analysis.analysis import findings as F


def _scored(five_tables: F.Tables, scores: dict[tuple[str, str, str], float]) -> F.Tables:
    """The five plans with some pair scores (word analyzer) set: {(scope, a, b): score}."""
    table = five_tables.get_similarity().copy()
    for (where, a, b), score in scores.items():
        hit = ((table.scope == where) & (table.analyzer == "word")
               & (((table.plan_a == a) & (table.plan_b == b)) | ((table.plan_a == b) & (table.plan_b == a))))
        assert hit.sum() == 1, (where, a, b)
        table.loc[hit, "score"] = score
    return F.Tables(five_tables.corpus, table, *five_tables.get_reuse())


def _whole(five_tables: F.Tables, a: str, b: str) -> float:
    t = five_tables.get_similarity()
    t = t[(t.scope == "whole") & (t.analyzer == "word")]
    return float(t[((t.plan_a == a) & (t.plan_b == b)) | ((t.plan_a == b) & (t.plan_b == a))].score.iloc[0])


def test_the_whole_text_ends_say_a_pair_tied_at_the_figure_shown(five_tables):
    """巫溪县–汕尾市城区 tops the whole-text ranking (0.69) and 锦江区–汕尾市城区 is last (0.58): with
    乐至县–锦江区 made 0.6851 and 巫溪县–乐至县 0.5801, each end is shared as shown, and said; the
    fragment's pair at the top figure takes no part (it ranks on no whole-plan measure)."""
    top, low = _whole(five_tables, "wuxi", "shanwei"), _whole(five_tables, "jinjiang", "shanwei")
    assert (round(top, 2), round(low, 2)) == (0.69, 0.58)
    tables = _scored(five_tables, {("whole", "lezhi", "jinjiang"): 0.6851, ("whole", "wuxi", "lezhi"): 0.5801,
                                   ("whole", "wuxi", "chongqing"): top - 0.001})
    zh, en = F.similar(tables, "zh"), F.similar(tables, "en")
    low_zh, low_en = F.similar_low(tables, "zh"), F.similar_low(tables, "en")
    assert "用词相似度 0.69，乐至县与成都市锦江区（征求意见稿）四舍五入后同为 0.69。" in zh.sentence, zh.sentence
    assert "四舍五入后同为 0.69" in zh.title and "重庆市" not in zh.sentence.split("；")[0].split("重庆市残篇")[0]
    assert ("Chengqu District, Shanwei (a draft): similarity of wording 0.69; Lezhi County and "
            "Jinjiang District, Chengdu (a draft) are also 0.69 when rounded.") in en.sentence, en.sentence
    assert "用词相似度 0.58，巫溪县与乐至县四舍五入后同为 0.58。" in low_zh.sentence, low_zh.sentence
    assert "(a draft): similarity of wording 0.58; Wuxi County and Lezhi County are also 0.58 when rounded." in low_en.sentence, low_en.sentence
    assert low_en.title.endswith(" (Wuxi County and Lezhi County also score 0.58 when rounded)"), low_en.title
    assert zh.values["ties"] == 1 and low_zh.numbers["ties"] == 1  # findings.csv lists the count said


def test_more_pairs_at_the_figure_are_counted(five_tables):
    tables = _scored(five_tables, {("whole", "lezhi", "jinjiang"): 0.6851, ("whole", "wuxi", "lezhi"): 0.6899})
    assert "用词相似度 0.69，另有 2 对四舍五入后同为 0.69。" in F.similar(tables, "zh").sentence
    assert "(similarity of wording 0.69; 2 other pairs are also 0.69 when rounded)." in F.similar(tables, "en").sentence


def test_no_tie_no_clause(five_tables):
    """The five plans' own ends stand alone: nothing is added (their findings do not move)."""
    for fn in (F.similar, F.similar_low):
        found = fn(five_tables, "zh")
        assert "同为" not in found.sentence + found.title and "ties" not in found.values


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("zh", "最相似的仍是巫溪县与汕尾市城区（征求意见稿，0.95；全文为 0.69；重庆市残篇只有半份规划，不参与全文排序）。",
     "不参与排序）"),
    ("en", "the most alike are still Wuxi County and Chengqu District, Shanwei (a draft): 0.95; 0.69 on whole texts; the Chongqing Municipality fragment, half a plan, "
           "is not ranked on whole texts.", "is not ranked)"),
])
def test_the_whole_ranking_note_sits_by_the_whole_text_score(five_tables, lang, said, unsaid):
    """When one pair tops both rankings, the fragment is left out of the whole-text ranking only (it
    takes part on shared sections): the note says so by the whole-text score (it read "（0.89，全文为
    0.87）（重庆市残篇只有半份规划，不参与排序）" at 33 plans, as if left out of both)."""
    tables = _scored(five_tables, {("shared", "wuxi", "shanwei"): 0.95})
    found = F.similar_shared(tables, lang)
    assert said in found.sentence and unsaid not in found.sentence, found.sentence


def _own(five_tables: F.Tables, monkeypatch, shares: dict[str, float], final: bool = True) -> F.Tables:
    """Own-text shares made up for each plan (120 sentences each); 重庆市 made a final text (a fifth
    whole plan) unless `final` is False."""
    table = pd.DataFrame({"plan_id": list(shares), "n_sentences": 120,
                          "n_reused_anywhere": [120 - round(120 * s) for s in shares.values()],
                          "own_share": list(shares.values())})
    monkeypatch.setattr(F.ru, "own_text", lambda corpus, pairs: table)
    corpus = five_tables.corpus
    if final:
        plans = corpus.plans.copy()
        plans.loc[plans.plan_id == "chongqing", "status"] = "final"
        corpus = replace(corpus, plans=plans)
    return F.Tables(corpus, five_tables.get_similarity(), *five_tables.get_reuse())


def test_many_plans_with_no_own_text_are_counted(five_tables, monkeypatch):
    """Four of five whole plans share every sentence: "4/5 份完整规划没有自有文本", not "巫溪县（另有 3
    份与之并列）：120 句中只有 0 句" (audit15 item 4: 和华区（另有 23 份与之并列）… 119 句中只有 0 句)."""
    tables = _own(five_tables, monkeypatch, {"wuxi": 0.0, "lezhi": 0.0, "chongqing": 0.0, "jinjiang": 0.0,
                                             "shanwei": 0.25})
    zh, en = F.own_text(tables, "zh"), F.own_text(tables, "en")
    assert zh.sentence.startswith("4/5 份完整规划没有自有文本（句子都见于其他规划）；汕尾市城区（征求意见稿）最多（30/120，25%）")
    assert zh.title == "4/5 份完整规划没有自有文本" and "与之并列" not in zh.sentence + zh.title
    assert en.sentence.startswith("4 of 5 whole plans have no text of their own (every sentence appears in another "
                                  "plan); Chengqu District, Shanwei (a draft) has the most (30 of 120, 25%)")
    assert en.title == "4 of 5 whole plans have no text of their own"
    assert (zh.values["n_low"], zh.values["n_whole"]) == (4, 5)


def test_many_plans_at_the_least_share_as_shown_are_counted(five_tables, monkeypatch):
    """Shares tie as shown (whole percents): 30.0% and 30.4% both read 30%."""
    tables = _own(five_tables, monkeypatch, {"wuxi": 0.30, "lezhi": 0.304, "chongqing": 0.30, "jinjiang": 0.30,
                                             "shanwei": 0.5})
    zh = F.own_text(tables, "zh")
    assert zh.sentence.startswith("4/5 份完整规划的自有文本同为最少（30%）；汕尾市城区（征求意见稿）最多"), zh.sentence


def test_one_plan_with_no_own_text_is_said_to_have_none(five_tables, monkeypatch):
    tables = _own(five_tables, monkeypatch, {"wuxi": 0.0, "lezhi": 0.1, "chongqing": 0.0, "jinjiang": 0.2,
                                             "shanwei": 0.3}, final=False)
    zh, en = F.own_text(tables, "zh"), F.own_text(tables, "en")
    assert zh.sentence.startswith("自有文本最少的完整规划是巫溪县：句子都见于其他规划，没有自有文本；"), zh.sentence
    assert "只有 0 句" not in zh.sentence and zh.title == "完整规划中巫溪县没有自有文本"
    assert en.sentence.startswith("Of the whole plans, Wuxi County has no text of its own"), en.sentence


def test_a_tie_at_the_shared_top_is_said_in_the_sentence_and_the_title(five_tables):
    """巫溪县–重庆市 tops the shared sections (0.81): 乐至县–锦江区 made 0.8101 shares the figure."""
    tables = _scored(five_tables, {("shared", "lezhi", "jinjiang"): 0.8101})
    found = F.similar_shared(tables, "zh")
    assert "（0.81，乐至县与成都市锦江区（征求意见稿）四舍五入后同为 0.81；重庆市残篇在此可以参与）" in found.sentence, found.sentence
    assert found.title.endswith("最相似，乐至县与成都市锦江区（征求意见稿）四舍五入后同为 0.81"), found.title
    assert "Chongqing Municipality (0.81; Lezhi County and Jinjiang District, Chengdu (a draft) are also 0.81 when rounded;" \
        in F.similar(tables, "en").sentence


def test_chart_6_2s_axis_uses_chinese_brackets():
    """"占比 (%)" in a Chinese chart: ASCII brackets (audit15 item 16)."""
    from sciplan_analysis.report import charts

    own = pd.DataFrame({"plan_id": ["wuxi", "lezhi"], "n_sentences": [10, 20], "n_reused_anywhere": [5, 20],
                        "own_share": [0.5, 0.0]})
    label = charts.own_text_chart(own, "zh").axes[0].get_xlabel()
    assert "（%）" in label and "(%)" not in label, label


def test_english_never_puts_a_draft_mark_and_the_pairs_score_in_one_bracket(five_tables):
    """audit17 item 6: "Chengqu District, Shanwei (a draft, similarity of wording 0.55; Lezhi County and
    Synthetic 3 also score 0.55)" read as describing Chengqu District alone; the score follows the
    mark after a colon, the tie after it; the Chinese keeps its form; the titles keep theirs."""
    tables = _scored(five_tables, {("whole", "wuxi", "lezhi"): 0.5801})
    low = F.similar_low(tables, "en")
    assert ("Jinjiang District, Chengdu (a draft) and Chengqu District, Shanwei (a draft): similarity of "
            "wording 0.58; Wuxi County and Lezhi County are also 0.58 when rounded.") in low.sentence, low.sentence
    assert "(a draft, " not in low.sentence
    assert low.title.endswith(" (Wuxi County and Lezhi County also score 0.58 when rounded)"), low.title
    for fn in (F.similar, F.similar_low, F.similar_shared):
        assert "(a draft, " not in fn(five_tables, "en").sentence
    assert "汕尾市城区（征求意见稿），用词相似度 0.58，巫溪县与乐至县四舍五入后同为 0.58。" in F.similar_low(tables, "zh").sentence
    assert F._bracketed("巫溪县", "0.81", "zh") == "巫溪县（0.81）"
    assert F._bracketed("Wuxi County", "0.81", "en") == "Wuxi County (0.81)"
