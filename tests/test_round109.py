"""Issue 23, round one hundred and nine: a notice whose body issues several documents together keeps its own title.

From the twentieth window's misses (holdout262, seen since its first contact): a province office's notice issuing its
battles' plans under one name (关于印发蓝天碧水净土保卫战2021年工作方案的通知, 关于印发四大保卫战2020年工作方案的通知), its body
naming them (《A》《B》《C》已经省政府同意，现印发给你们) and the first plan's heading under it, was titled as that first plan. A
notice whose own title names two documents kept its title since round fifty-six; one whose body alone names them now does."""

from __future__ import annotations

import pytest
from made_up import plan

HEAD = "某某省人民政府办公厅关于印发{name}的通知\n各设区市人民政府，省人民政府各工作部门：\n"
TAIL = ("某某省人民政府办公厅\n2021年5月11日\n某某省蓝天保卫战2021年工作方案\n为深入打好污染防治攻坚战，制定本方案。\n"
        "一、工作目标\n全省细颗粒物平均浓度持续下降。\n")


@pytest.mark.parametrize("issuing", [
    "《某某省蓝天保卫战2021年工作方案》《某某省碧水保卫战2021年工作方案》《某某省净土保卫战2021年工作方案》已经省政府同意，现印发给你们，请认真贯彻执行。",
    "现将《某某省蓝天保卫战2021年工作方案》和《某某省碧水保卫战2021年工作方案》印发给你们，请认真贯彻执行。",
])
def test_a_notice_whose_body_issues_several_documents_keeps_its_title(issuing):
    name = "蓝天碧水保卫战2021年工作方案"
    got = plan(HEAD.format(name=name) + issuing + "\n" + TAIL)
    assert got["title"] == f"某某省人民政府办公厅关于印发{name}的通知"


@pytest.mark.parametrize("issuing", [
    "现将《某某省蓝天保卫战2021年工作方案》印发给你们，请认真贯彻执行。",
    "根据《某某省污染防治攻坚战实施方案》《某某省生态环境保护规划》，现将《某某省蓝天保卫战2021年工作方案》印发给你们。",
])
def test_a_notice_issuing_one_document_is_still_titled_as_it(issuing):
    got = plan(HEAD.format(name="某某省蓝天保卫战2021年工作方案") + issuing + "\n" + TAIL)
    assert got["title"] == "某某省蓝天保卫战2021年工作方案"


def test_the_period_the_documents_issued_together_share_is_the_notices():
    text = (HEAD.format(name="某某省妇女发展规划和某某省儿童发展规划") + "现将《某某省妇女发展规划（2011-2020年）》和"
            "《某某省儿童发展规划（2011-2020年）》印发给你们，请认真贯彻执行。\n" + TAIL)
    got = plan(text)
    assert (got["period_start"], got["period_end"]) == (2011, 2020)


def test_documents_named_together_far_from_the_issuing_words_are_not_issued():
    # a copy that lost its full stops runs the notice into the plan, whose basis names two laws together
    text = ("某某省人民政府关于印发某某省全民科学素质行动规划纲要实施方案的通知\n各市人民政府：\n"
            "现将《某某省全民科学素质行动规划纲要实施方案》印发给你们，请认真贯彻实施.某某省人民政府 2021年6月3日 "
            "某某省全民科学素质行动规划纲要实施方案 为贯彻《中华人民共和国科学技术进步法》、《中华人民共和国科学技术普及法》，制定本方案.\n"
            "一、总体要求\n坚持以人民为中心。\n")
    assert plan(text)["title"] != "某某省人民政府关于印发某某省全民科学素质行动规划纲要实施方案的通知"
