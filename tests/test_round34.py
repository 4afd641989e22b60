"""Issue 23, round thirty-four: the state's bodies as issuers (docs/parser_rounds.md). Made-up forms, one in wording no
listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import is_issuer, lead_subject, level_of


@pytest.mark.parametrize("name", ["国家林业和草原局", "国家林草局", "国家卫生健康委员会", "国家发展改革委", "国家统计局",
                                  "国家中医药管理局"])
def test_the_states_departments_and_commissions_are_organs(name):
    assert is_issuer(name) and level_of(name) == "national"


@pytest.mark.parametrize("name", ["国家", "国家级科普基地", "国家科技馆体系", "国家重点研发计划"])
def test_the_state_alone_or_a_national_thing_is_no_organ(name):
    assert not is_issuer(name)


@pytest.mark.parametrize(("before", "issuer"), [
    # a national opinion's news (as a listed page says it, other words)
    ("日前，国家林业和草原局、科技部联合", "国家林业和草原局、科技部"),
    # the two central offices by their short names, in a commentary
    ("近日，中办、国办", "中办、国办"),
    # a commission and a ministry (wording no listed page shows)
    ("据悉，国家卫生健康委员会、教育部近日联合", "国家卫生健康委员会、教育部"),
])
def test_national_joint_issuers_of_a_lead(before, issuer):
    assert lead_subject(before) == issuer


def test_a_national_opinions_news_names_both_bodies():
    row = plan("两部门发文推进林草科普\n\n2024-03-01 来源：某网\n\n"
               "日前，国家林业和草原局、科技部联合印发《关于加强林业和草原科普工作的意见》，提出到2025年建成一批科普基地。\n")
    assert row["title"] == "关于加强林业和草原科普工作的意见"
    assert row["issuer"] == "国家林业和草原局、科技部"
