"""Issue 23, round forty-seven: empty values left on seen pages, by form (docs/parser_rounds.md). Made-up pages, one of
each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.metadata import REPORT_KIND, _report_writer  # noqa: F401  (the names the round adds)

SITE = "网站首页\n当前位置：首页 > 工作动态\n"
BODY = ("\n2021年，我会在市委、市政府的领导下，围绕中心工作，圆满完成了全年各项目标任务，现将有关情况报告如下。\n"
        "一、主要工作\n全年组织开展科普活动120场次，受益群众3万余人次。\n"
        "二、存在问题\n基层科普力量仍然薄弱，经费投入不足。\n")


@pytest.mark.parametrize(("line", "organ"), [
    # as a listed page shows it (other words): a project's self-evaluation report under a site's lines
    ("江阴市科学技术协会科普项目绩效自评价报告", "江阴市科学技术协会"),
    # wording no listed page shows: a bureau's half-year summary, a county 科协's summary with next year's points
    ("宜兴市科学技术局2021年上半年工作总结", "宜兴市科学技术局"),
    ("泗阳县科学技术协会2021年工作总结和2022年工作要点", "泗阳县科学技术协会"),
])
def test_a_reports_own_name_gives_its_writer(line, organ):
    assert plan(SITE + line + "\n来源：本站 发布时间：2022-03-01\n" + BODY)["issuer"] == organ


def test_a_copys_name_run_into_the_writers():
    # as a sharing site's copy runs them (other words): the copy's name repeated, the writer's own name after it
    page = ("2021年科普工作总结和2022年工作计划.docx\n资源ID：123456\n资源大小：18KB\n下载积分：10金币\n快捷下载\n会员登录下载\n"
            "本站资源下载后的文档和图纸-无水印，预览文档经过压缩，下载后原文更清晰。\n2021年科普工作总结和2022年工作计划.docx\n"
            "2021年科普工作总结和2022年工作计划昆山市科学技术局2021年科普工作总结和2022年工作安排我局坚持以科普为抓手，"
            "全年开展科普活动80场次。现将一年来的工作总结如下。\n一、主要工作\n全年组织开展科普活动80场次。\n")
    assert plan(page)["issuer"] == "昆山市科学技术局"
    # not taken: the copy's name followed by prose, or by a writer whose region is lost
    assert plan(page.replace("昆山市科学技术局2021年科普工作总结和2022年工作安排我局", "昆山市科学技术局认为我局"))["issuer"] in (None, "")
    assert plan(page.replace("昆山市科学技术局", "市科学技术局"))["issuer"] in (None, "")


@pytest.mark.parametrize("line", [
    # not taken: meetings' headlines, a file's name, a region masked or lost, a sentence
    "江阴市科学技术协会召开2021年工作总结会",
    "江阴市科学技术协会工作总结表彰大会举行",
    "江阴市科学技术协会2021年工作总结.docx",
    "XX县科学技术协会2021年工作总结",
    "县科协2021年工作总结",
    "某县科学技术协会2021年工作总结",
    "科协科普部工作总结",
    "江阴市科学技术协会在会上作2021年工作报告，",
])
def test_no_writer_from_other_lines(line):
    assert plan(SITE + line + "\n" + BODY)["issuer"] in (None, "")


def test_report_kind():
    assert REPORT_KIND.search("某局2021年工作总结") and REPORT_KIND.search("某会项目绩效自评价报告")
    assert not REPORT_KIND.search("某局总结经验") and not REPORT_KIND.search("某会报告厅")
