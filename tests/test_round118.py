"""Issue 23, round one hundred and eighteen: an explanation page's fields and tagged heading, a sharing site's page count,
and a posting stamp with its source field over a name.

From the twenty-fifth window's misses (holdouts 287-289, seen since their first contact): a city association's explanation
of its literacy plan on a disclosure page (解读单位 / 解读类型 / 解读方式 fields, then 【文字解读】《X》) was read as the national
outline its text cites; a sharing site's file name kept its page count (…（18页）.docx); an outline's name under the site's
stamp (2021-02-01 09:49:34来源：某市人民政府) was read with the stamp's field run in."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.normalise import paragraphs

EXPLANATION = ("解读单位\n某市科学技术协会\n发布日期\n2022-06-06\n解读类型\n部门解读\n解读方式\n图文方式\n\n{tag}《{name}》\n\n"
               "发布时间:2022-06-06 16:32 来源:某市科学技术协会\n\n一、出台背景\n\n2021年6月3日,国务院印发《全民科学素质行动规划纲要"
               "(2021-2035年)》(国发〔2021〕9号)。\n\n二、主要目标\n\n到2025年,全市公民具备科学素质的比例超过12%。\n")
NAME = "某市全民科学素质行动规划纲要实施方案（2021—2025年）"


@pytest.mark.parametrize("tag", ["【文字解读】", "【图文解读】"])
def test_an_explanation_pages_tagged_heading_names_the_plan_it_explains(tag):
    got = plan(EXPLANATION.format(tag=tag, name=NAME))
    assert (got["title"], got["period_start"], got["period_end"]) == (NAME, 2021, 2025)


@pytest.mark.parametrize(("label", "value"), [("解读类型", "部门解读"), ("解读方式", "图文方式")])
def test_an_explanation_pages_labels_stand_alone(label, value):
    assert [p.text for p in paragraphs(f"{label}\n{value}\n{label}\n{value}\n")] == [label, value, label, value]


@pytest.mark.parametrize(("head", "name"), [
    ("某市重大突发事件应急保障体系建设行动计划方案（2021-2022年）（18页）.docx", "某市重大突发事件应急保障体系建设行动计划方案（2021-2022年）"),
    ("某县科普工作实施方案(25頁).doc", "某县科普工作实施方案"),
])
def test_a_sharing_sites_page_count_is_no_part_of_the_name(head, name):
    text = head + "\n下载文档\n上传人:Le****97\n2024-05-20\n18页\n33.20KB\n1、为提高应急保障能力,制定本方案。一、总体要求到2022年,初步形成应急保障体系框架。\n"
    assert plan(text)["title"] == name


@pytest.mark.parametrize("stamp", ["2021-02-01 09:49:34来源:某市人民政府", "2022年3月1日 来源:某县科学技术协会"])
def test_a_posting_stamp_with_its_source_stands_apart_from_the_name_under_it(stamp):
    name = "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    text = (f"{stamp}\n{name}\n(2021年1月27日某市第十五届人民代表大会第五次会议批准)\n“十四五”时期,是全市开启新征程的关键五年。\n"
            "第一章 发展环境\n第一节 发展基础\n“十三五”时期,全市经济社会发展取得显著成就。\n")
    assert plan(text)["title"] == name


def test_the_stamps_date_is_still_the_pages_date():
    text = ("2019-09-30 17:26来源:风险监测和综合减灾司\n\n国家减灾委员会办公室关于做好2019\n\n国际减灾日有关工作的通知\n\n"
            "国减办发﹝2019﹞14号\n\n各成员单位:\n\n今年10月13日是第30个国际减灾日,现就有关事项通知如下:\n\n一、积极开展防灾减灾活动\n")
    assert plan(text)["issue_date"] == "2019-09-30"
