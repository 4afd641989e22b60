"""Issue 23, round one hundred and twelve: an action named with its years is a document's title.

From the twenty-second window's misses (holdout270, seen since its first contact): a province's health action printed whole
under its name, its committee and date (健康广东行动（2019-2030年） / 健康广东行动推进委员会 / 2019年12月30日, then its contents
list), gave no title, issuer or period: 行动 was no kind a title ends with. Round one hundred and five cited such a name
(《健康中国行动（2019—2030年）》); a title reads it now, with its years only (科普惠民行动, a campaign's name, stays none)."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import is_title

BODY = ("为全面推进健康某某建设，提高全民健康水平，制定本行动。\n一、总体要求\n（一）指导思想。坚持以人民健康为中心。\n"
        "二、实施健康知识普及行动\n（一）建立健全健康科普知识发布和传播机制。\n")


@pytest.mark.parametrize("name", ["健康湖北行动(2019-2030年)", "健康湖北行动（2020—2030年）"])
def test_an_action_named_with_its_years_is_the_title(name):
    text = f"{name}\n\n健康湖北行动推进委员会\n\n2019年12月30日\n\n{BODY}"
    got = plan(text)
    assert got["title"].replace("(", "（").replace(")", "）").replace("-", "—") == name.replace("(", "（").replace(")", "）").replace("-", "—")
    assert got["issuer"] == "健康湖北行动推进委员会"
    assert got["period_end"] == 2030


@pytest.mark.parametrize("name", ["科普惠民行动", "关于开展健康湖北行动(2019-2030年)宣传的通知", "深入开展健康湖北行动(2019-2030年)，全面提升健康水平"])
def test_an_action_without_years_or_inside_a_sentence_is_no_plan_title(name):
    assert not is_title(name)
