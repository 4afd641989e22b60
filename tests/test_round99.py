"""Issue 23, round ninety-nine: a plan's first division heading under its name is no part of the name.

A health action's work plan, carried under its notice, opens 健康辽宁行动2021年重点工作计划 / 第一部分：整体工作安排; the heading
was read as the name's second line (…工作计划第一部分：整体工作安排). A line opening with 第…部分, 第…篇 or 第…编 is the body's
first heading; a plan's period under its name still is the name's (round sixty-eight)."""

from __future__ import annotations

import pytest
from made_up import value

NOTICE = ("各成员单位：\n我办制定了《{name}》。现印发给你们，请认真组织实施。\n某某行动推进委员会办公室\n"
          "2021年5月14日\n附件\n")


@pytest.mark.parametrize(("name", "heading"), [
    ("健康辽宁行动2021年重点工作计划", "第一部分：整体工作安排"),
    # wording no listed page shows: a development plan's first 篇 with a space
    ("某某县国民经济和社会发展第十四个五年规划纲要", "第一篇 开启全面建设社会主义现代化新征程"),
])
def test_a_first_division_heading_is_no_part_of_the_name(name, heading):
    text = NOTICE.format(name=name) + name + "\n" + heading + "\n1、研究制定行动的监测评估和考核细则。\n2、组织召开推进会议。\n"
    assert value(text, "title") == name


def test_a_period_under_a_name_is_still_the_names():
    text = "某某县全民科学素质行动规划纲要实施方案\n（2021—2025年）\n第一部分 总体要求\n一、指导思想\n以新发展理念为指导。\n"
    assert value(text, "title") == "某某县全民科学素质行动规划纲要实施方案（2021—2025年）"
