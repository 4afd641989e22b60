"""Session 15, brief K1 (audit18 items 1, 2, 5 and 7's plan-page note): a tie is said only where the
values are equal, plans that only show the same figure "同为 0.06" / "also 0.06"; the English lowest has
"the lowest rate" and the division plan is named again. Each test failed before this change."""

from __future__ import annotations

import pandas as pd
import pytest

from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import scope
from tests.test_ends_tied import _tables


def _spec(monkeypatch, counts: dict[str, tuple[int, int]]) -> None:
    spec = pd.DataFrame([{"plan_id": p, "commitments": n, "tasks": t, "per_task": n / t}
                         for p, (n, t) in counts.items()])
    monkeypatch.setattr(F.targets, "specificity", lambda corpus: spec)


def _whole(five_tables):
    plans = five_tables.corpus.plans.copy()
    plans.loc[plans.plan_id == "chongqing", "status"] = "final"
    return _tables(five_tables, plans=plans)


def test_plans_that_only_show_the_same_specificity_are_not_said_tied(five_tables, monkeypatch):
    """audit18 item 2: 乐至县 2/36 (0.056) "与长南县 2/34 (0.059) 并列": two fractions a reader sees
    differ. Made up: 汕尾市城区 at 2/34 beside 乐至县's 2/36, 重庆市 a whole plan at 0/22."""
    tables = _whole(five_tables)
    _spec(monkeypatch, {"jinjiang": (23, 33), "wuxi": (10, 45), "shanwei": (2, 34), "lezhi": (2, 36),
                        "chongqing": (0, 22)})
    zh, en = F.quantified(tables, "zh").sentence, F.quantified(tables, "en").sentence
    assert "乐至县也只有 2/36（0.06，汕尾市城区（征求意见稿） 2/34 同为 0.06）。乐至县是一份分工方案" in zh, zh
    assert "并列" not in zh and "tied" not in en, (zh, en)
    assert "Lezhi County has only 2/36 (0.06; Chengqu District, Shanwei (a draft) at 2/34 is also 0.06). " \
           "Lezhi County is a division-of-labour plan" in en, en
    assert "Chongqing Municipality has the lowest rate (0/22, 0.00)" in en and "the fewest" not in en, en


def test_plans_with_equal_fractions_stay_tied(five_tables, monkeypatch):
    """An exact tie (2/36 and 1/18, both 0.0556) is still a tie: 并列 / tied."""
    tables = _whole(five_tables)
    _spec(monkeypatch, {"jinjiang": (23, 33), "wuxi": (10, 45), "shanwei": (1, 18), "lezhi": (2, 36),
                        "chongqing": (0, 22)})
    zh, en = F.quantified(tables, "zh").sentence, F.quantified(tables, "en").sentence
    assert "乐至县也只有 2/36（0.06，与汕尾市城区（征求意见稿） 1/18 并列）" in zh, zh
    assert "(0.06, tied with Chengqu District, Shanwei (a draft) at 1/18)" in en, en


def test_a_plan_at_an_end_ties_only_with_equal_values(five_plans):
    """`scope.at_end` with decimals: equal values are tied (并列), values only shown alike 同为."""
    shown = pd.Series({"wuxi": 0.0217, "lezhi": 0.0222, "shanwei": 0.7})
    equal = pd.Series({"wuxi": 0.0217, "lezhi": 0.0217, "shanwei": 0.7})
    assert scope.at_end("wuxi", shown, five_plans, "zh", decimals=2) == "巫溪县、乐至县（同为 0.02）"
    assert scope.at_end("wuxi", shown, five_plans, "en", decimals=2, shown="2%") == \
        "Wuxi County and Lezhi County, each showing 2%"
    assert scope.at_end("wuxi", equal, five_plans, "zh", decimals=2) == "巫溪县、乐至县（并列）"


# --------------------------------------------------------------------------- the targets


@pytest.mark.parametrize("named_max", [3, 1])
def test_the_targets_finding_is_a_lead_and_a_sentence_per_side(five_tables, monkeypatch, named_max):
    """audit18 item 1: one sentence of 226 characters / 95 words with six colons. A lead naming the
    national target, a sentence per side, the fragment's silence its own sentence; none over 90
    characters or 40 words; at most one colon a sentence in English."""
    monkeypatch.setattr(F, "NAMED_MAX", named_max)
    zh, en = F.benchmark(five_tables, "zh").sentence, F.benchmark(five_tables, "en").sentence
    zh_s, en_s = [s for s in zh.split("。") if s], [s for s in en.replace("No. ", "No ").split(". ") if s]
    assert len(zh_s) == len(en_s) == 4, (zh_s, en_s)  # the lead, below, above, the fragment
    assert zh_s[0] == "国家纲要（国发〔2021〕9号）的 2025 年目标是“公民具备科学素质的比例超过 15%”", zh
    assert zh_s[-1] == "重庆市（残篇）现存文本未见 2025 年目标，重庆市本级的文件（渝府办发〔2021〕138号）定为超过 15%", zh
    assert en_s[-1] == ("For Chongqing Municipality (a fragment), the text as we have it states no 2025 target, while "
                        "Chongqing's own document (Yufubanfa [2021] No 138) sets more than 15%."), en
    assert max(len(s) for s in zh_s) <= 90 and max(len(s.split()) for s in en_s) <= 40, (zh, en)
    assert all(s.count(":") <= 1 for s in en_s) and "；" not in zh, (zh, en)


def test_the_targets_finding_marks_every_draft_it_names(five_tables):
    """audit18 item 5: 汕尾市城区 (16%, inside the range) was named unmarked beside 锦江区's 18%; the
    two English names holding commas are joined with "and" (audit19: no semicolon between two)."""
    zh, en = F.benchmark(five_tables, "zh").sentence, F.benchmark(five_tables, "en").sentence
    assert "高于国家目标的有 2/4 份：成都市锦江区（18%，征求意见稿）、汕尾市城区（16%，征求意见稿）。" in zh, zh
    assert "Above it are 2 of 4 plans: Jinjiang District, Chengdu (18%, a draft) and Chengqu District, " \
           "Shanwei (16%, a draft)." in en, en
