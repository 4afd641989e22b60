"""Issue 23, round twenty-eight: what Chinese pages still miss (docs/parser_rounds.md). Every rule with made-up
forms, one of each in wording no listed page shows, and the forms it must not take."""

from __future__ import annotations

import warnings

import pytest

from sciplan_analysis.parsing.documents import copy_name
from sciplan_analysis.parsing.pagekind import edition_name
from sciplan_analysis.parsing.parse import parse_text

PIECE = "为提升居民科学素质，制定本计划。\n一、工作目标\n到20xx年，科普设施更加完善。\n二、主要任务\n（一）开展科普活动。\n"


def plan(text: str) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_text(text, "page").plans.iloc[0].to_dict()


# -- C1: a collection's count in brackets with the site's word before it ---------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("农村科普工作计划范文(合集12篇)", "农村科普工作计划"),  # as a listed 范文 site shows it
    ("街道科技节活动方案（经典8篇）", "街道科技节活动方案"),  # a word no listed page shows, full-width brackets
    ("社区科普活动方案(热门16篇)", "社区科普活动方案"),
])
def test_a_bracketed_count_with_a_sites_word_is_cut(line, name):
    assert copy_name(line) == name


@pytest.mark.parametrize("line", [
    "某县科普工作方案(第12篇)",  # no site's word before the count: not the form
    "某县科普工作方案(合集)",  # no count
    "某县科普工作计划(2021-2025年)",  # a period
])
def test_a_bracket_that_is_no_collections_count_stays(line):
    assert copy_name(line) == line


@pytest.mark.parametrize(("text", "title"), [
    # a 范文 site's heading with a count in brackets after 范文, no other frame word (as a listed page)
    ("乡镇农业科普年度工作计划范文(合集9篇)\n时间：2024-01-01 10:00:00 作者：admin\n乡镇农业科普年度工作计划范文 第1篇\n\n"
     + PIECE, "乡镇农业科普年度工作计划"),
    # a form no listed page shows: 经典 before the count, full-width brackets
    ("村级科普活动实施方案（经典6篇）\n时间：2024-01-01 10:00:00\n村级科普活动实施方案 第1篇\n\n" + PIECE, "村级科普活动实施方案"),
])
def test_a_heading_with_a_bracketed_collection_count_makes_a_copy_and_its_title(text, title):
    p = plan(text)
    assert (p["page_kind"], p["title"]) == ("copy", title)


def test_a_count_after_a_name_that_is_no_plan_makes_no_copy():
    text = "科普知识问答(合集12篇)\n时间：2024-01-01 10:00:00\n第1篇\n什么是科学素质？科学素质是公民素质的组成部分。\n"
    p = plan(text)
    assert p["title"] is None


# -- C2: a plan's name with the site's word for its edition (精编, 汇总, 例文, 参考模板) --------------------------------

@pytest.mark.parametrize(("line", "stem"), [
    ("科普工作计划精编", "科普工作计划"),
    ("2023年科技周活动方案汇总", "2023年科技周活动方案"),
    ("个人科普日主题活动方案通用例文", "个人科普日主题活动方案"),
    ("社区科普活动实施方案-精编", "社区科普活动实施方案"),
    ("乡镇科普工作方案参考模板", "乡镇科普工作方案"),
])
def test_an_edition_word_ends_a_name(line, stem):
    assert edition_name(line) == stem


@pytest.mark.parametrize(("text", "title"), [
    # a 范文 site's collection of a week's plans (as a listed page), its count cut, the edition word kept
    ("手机阅读\n\n2024年科技活动周实施方案汇总(模板8篇)\n\n格式:DOC 上传日期:2024-01-01 页码:9\n科技活动周实施方案汇总篇一\n\n"
     + PIECE + "下载本文档\n", "2024年科技活动周实施方案汇总"),
    # a form no listed page shows: 参考模板 after a county plan's name on a sharing site
    ("某县科普示范村创建工作方案参考模板\n上传人：某某 上传时间：2024-01-01\n\n" + PIECE + "下载本文档\n",
     "某县科普示范村创建工作方案参考模板"),
])
def test_a_copys_head_line_with_an_edition_word_is_its_title_as_shown(text, title):
    p = plan(text)
    assert (p["page_kind"], p["title"]) == ("copy", title)


@pytest.mark.parametrize("text", [
    # the name before the word is no plan's title (a heading of material): no title
    ("科普资料汇总\n上传人：某某 上传时间：2024-01-01\n\n" + PIECE + "下载本文档\n"),
    # a news headline ending in 汇总 (a page read as news, not a copy)
    ("各地科普日活动方案汇总\n2024-09-01 10:00 来源：某市日报\n记者从市科协获悉，各地科普日活动方案已经确定。\n"),
])
def test_an_edition_word_after_no_plans_name_or_off_a_copy_gives_no_title(text):
    p = plan(text)
    assert p["title"] in (None, "") or not str(p["title"]).endswith("汇总")
