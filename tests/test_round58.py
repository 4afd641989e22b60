"""Issue 23, round fifty-eight: news of a law (法) passed, revised, in force or explained names that law as its document,
as news of a 条例 does (round thirty-two; docs/parser_rounds.md). Before the round a law named bare (表决通过了新修订的某某法)
was not read, and a national law's whole name (no region) was taken for a short name. Tests on made-up pages, other laws
and wordings than any listed page shows, and the forms the rule must not take (a law cited as a basis, a plan's page
citing it, a 办法, a law's short name)."""

from __future__ import annotations

import pytest
from made_up import plan


@pytest.mark.parametrize(("text", "title"), [
    # a law passed, named bare with 中华人民共和国
    ("某法通过\n新华社北京6月1日电 全国人大常委会第九次会议6月1日表决通过了新修订的中华人民共和国野生动物保护法，"
     "自2025年1月1日起施行。\n", "中华人民共和国野生动物保护法"),
    # a law passed, named bare without it, after 审议通过…修订后的
    ("某法修订\n全国人大常委会日前审议通过修订后的防震减灾法，自明年5月1日起施行，各地随即开展学习。\n", "防震减灾法"),
    # a law in force, named in 《》 (REGULATION_AFTER now reads 法 as 条例)
    ("新法施行\n本报讯 修订后的《中华人民共和国环境保护法》自1月1日起正式施行，各地开展宣传活动。\n",
     "中华人民共和国环境保护法"),
    # a law explained at a 宣讲
    ("普法进社区\n本报讯 近日，《中华人民共和国气象法》宣讲报告会在某市举行，200余名群众参加。\n", "中华人民共和国气象法"),
])
def test_news_of_a_law_names_it(text, title):
    assert plan(text)["title"] == title


@pytest.mark.parametrize("text", [
    # a law cited as a basis, in 《》 or bare
    "某县科普活动\n近日，某县科协根据《中华人民共和国科学技术普及法》，开展科普进社区活动，群众踊跃参与。\n",
    "某县科普活动\n近日，某县科协依据科学技术普及法，开展科普进社区活动，群众踊跃参与。\n",
    # a 办法 in force is no law (round thirty-two: a plan's 即日起施行 stays unread)
    "某市办法施行\n近日，《某市科普基地管理办法》正式施行，全市科普基地纳入管理。\n",
    # a law's short name passed: no whole name, left empty
    "某法通过\n全国人大常委会日前表决通过了新修订的教育法，自明年起施行。\n",
    # a decision amending a law: its name holds 的, no law's
    "决定通过\n全国人大常委会日前表决通过了关于修改某某法的决定，自公布之日起施行。\n",
    # a way of working revised is no law (方法, 做法): read once more, a wrong title before
    "教学改革\n本报讯 近日，某县教育局修订了课堂教学评价方法，全面推进课堂改革，教师积极参与。\n",
    "科普工作\n近日，某县科协修改了科普志愿者考核做法，调动志愿者积极性。\n",
])
def test_law_not_named(text):
    assert not plan(text)["title"]


def test_plan_citing_a_law_keeps_its_own_title():
    text = ("某县印发方案\n近日，为贯彻落实新修订的科学技术普及法，某县政府印发《某县全民科学素质行动实施方案》。\n")
    assert plan(text)["title"] == "某县全民科学素质行动实施方案"
