"""Issue 23, round one hundred and sixteen: a year's work tasks and arrangements as a plan's title, a name under its region
label, a preface headed 序言, and an image's number glued after a headline.

From the twenty-fourth window's misses (holdouts 281, 282 and 286, seen since their first contact): a county-level city's
2023年重点工作任务 issued by its government office, an outline on a sharing site under (辽宁省) and a 序 言 heading, and an
action plan's headline repeated as an image's caption (…行动方案(图3))."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import is_title

TASKS_NOTICE = ("各镇(街道)人民政府(办事处),市政府各部门:\n《{name}》已经市政府研究同意,现印发给你们,请结合实际认真组织实施。\n"
                "某市人民政府办公室\n2023年8月2日\n{name}\n为深入贯彻党的二十大精神,制定本年度重点工作任务如下:\n"
                "一、加快建设创新型城市\n1.高质量建设实验室体系。加快推进重点实验室建设(牵头单位:市科技局)。\n")


@pytest.mark.parametrize("name", ["某市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务", "某县2022年度科普工作安排"])
def test_a_years_work_tasks_or_arrangement_is_a_plans_title(name):
    assert plan(TASKS_NOTICE.format(name=name))["title"] == name


@pytest.mark.parametrize("line", ["二、重点工作任务", "重点工作任务", "2023年主要工作", "做好2023年重点工作任务的落实"])
def test_work_tasks_without_a_year_or_in_a_sentence_are_no_title(line):
    assert not is_title(line)


OUTLINE = ("{label}{name}\n{name}\n序 言\n“十四五”时期,是全县迈向现代化建设新征程的重要时期。本规划纲要是全县未来五年经济社会发展的"
           "宏伟蓝图。\n第一章 立足县情 开新局\n第一节 “十三五”规划执行情况\n“十三五”时期,全县经济社会发展取得显著成效。\n")


@pytest.mark.parametrize(("label", "name"), [
    ("(辽宁省)", "某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
    ("（河北省）", "某县国民经济和社会发展第十四个五年规划纲要"),
])
def test_a_name_under_its_region_label_and_over_a_preface_is_the_title(label, name):
    assert plan(OUTLINE.format(label=label, name=name))["title"] == name


@pytest.mark.parametrize("caption", ["(图3)", "（图12）"])
def test_an_images_number_after_a_headline_is_no_part_of_the_name(caption):
    name = "某市加快副中心城市建设公共服务专班行动方案"
    text = (f"{name}{caption}\n\n发布时间:2020-06-10 来源:某市发展改革委\n\n为加快副中心城市建设,制定本行动方案。\n\n"
            "一、总体要求\n\n坚持以人民为中心的发展思想。\n")
    assert plan(text)["title"] == name


def test_a_period_in_brackets_after_a_name_stays():
    name = "某县全民科学素质行动实施方案（2021—2025年）"
    text = f"{name}\n\n为提升全民科学素质,制定本方案。\n\n一、总体要求\n\n坚持以人民为中心。\n"
    assert plan(text)["title"] == name
