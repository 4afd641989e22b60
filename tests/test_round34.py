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


NOTICE = "各县（市、区）科技局：\n现将有关事项通知如下。\n一、报名时间为3月。\n特此通知。\n{attachments}\n{organ}\n{date}\n"


@pytest.mark.parametrize(("attachments", "organ", "date", "iso"), [
    # a numbered list of attachments after 附件: (as a listed page shows it, other words)
    ("附件:1.某省科学技术厅关于举办2023年科普讲解大赛的通知\n2.2023年科普讲解大赛实施方案\n3.2023年科普讲解大赛报名表",
     "某某市科学技术局", "2023年3月6日", "2023-03-06"),
    # 附件： alone on its line, full-width stops, a 科协 signing (wording no listed page shows)
    ("附件：\n1．2022年度科普示范社区推荐名单\n2．科普示范社区申报汇总表", "某某县科学技术协会", "2022年5月9日", "2022-05-09"),
])
def test_the_organ_under_a_numbered_list_of_attachments_signs(attachments, organ, date, iso):
    row = plan(NOTICE.format(attachments=attachments, organ=organ, date=date))
    assert (row["issuer"], row["issue_date"]) == (organ, iso)
