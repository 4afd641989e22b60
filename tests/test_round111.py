"""Issue 23, round one hundred and eleven: a party plenary's adoption note under a joint heading, and joint organs naming
their plan for the year.

From the twenty-first window's misses (holdout268, seen since its first contact):
- a party committee's and a government's opinions printed with the plenary that passed them in brackets
  ((2021年7月14日中国共产党湖南省第十一届委员会第十三次全体会议通过)): the note was no congress's approval (round seventy-two read
  人民代表大会 and 人大 only), so it ran into the heading, and the page gave no title or issuer;
- work points named by a party education work committee and a commission together (中共重庆市委教育工委重庆市教委2014年工作要点):
  round one hundred and eight read one organ's name only."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = ("推动高质量发展，是党中央作出的重大决策部署。结合我省实际，现提出如下实施意见。\n一、总体要求\n"
        "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n（二）主要目标。到2025年，综合实力进一步增强。\n")
HEADING = "关于贯彻落实《中共中央国务院关于新时代推动中部地区高质量发展的意见》的实施意见"


@pytest.mark.parametrize("note", [
    "(2021年7月14日中国共产党湖北省第十一届委员会第十三次全体会议通过)",
    "（2020年12月30日中国共产党武汉市第十三届委员会第十次全体会议审议通过）",
])
def test_a_party_plenarys_adoption_note_stands_apart_from_the_joint_heading(note):
    got = plan(f"中共湖北省委 湖北省人民政府\n{HEADING}\n{note}\n{BODY}")
    assert (got["title"], got["issuer"]) == (f"中共湖北省委湖北省人民政府{HEADING}", "中共湖北省委、湖北省人民政府")
    assert got["issue_date"] is None  # an adoption's date is no issue date (holdout88's call)


def test_a_congresss_approval_note_still_stands_apart():
    # round seventy-two's note, unchanged: a plan's name over the congress that approved it
    text = ("武汉市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n（2021年2月24日武汉市第十五届人民代表大会第六次会议批准）\n"
            "“十四五”时期是我市开启全面建设社会主义现代化国家新征程的第一个五年。\n第一篇 开启新征程\n第一章 发展环境\n")
    assert plan(text)["title"] == "武汉市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


@pytest.mark.parametrize(("name", "organs"), [
    ("中共天津市委教育工委天津市教委2016年工作要点", "中共天津市委教育工委、天津市教委"),
    ("2019年湖北省科学技术协会湖北省教育厅工作要点", "湖北省科学技术协会、湖北省教育厅"),
])
def test_joint_organs_naming_their_plan_for_the_year_issue_it(name, organs):
    text = name + "\n2016年全市教育工作的总体要求是：深入贯彻落实有关精神，坚持改革创新。\n一、深化综合改革\n1.推进考试招生制度改革。\n"
    assert plan(text)["issuer"] == organs
