"""Session 15, brief K1 (audit18 items 1, 2, 5 and 7's plan-page note): a tie is said only where the
values are equal, plans that only show the same figure "同为 0.06" / "also 0.06"; the English lowest has
"the lowest rate" and the division plan is named again. Each test failed before this change."""

from __future__ import annotations

import pandas as pd

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
