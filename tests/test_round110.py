"""Issue 23, round one hundred and ten: a paper's date beside a document's dated note, and a nested name's opening bracket.

From the twenty-first window's misses (holdout263, seen since its first contact):
- a paper printing a party committee's and a government's opinions sets the document's date in brackets and its own
  printing date on one line ((2024年7月29日) 2024年10月14日); the line was no dated note, ran into the heading above it, and
  the document lost its date;
- a notice issuing 《〈某规划〉某省实施方案》 written with one bracket pair (关于印发《呼包鄂榆城市群发展规划》内蒙古实施方案的通知)
  lost the nested name's opening bracket when the wrapper was stripped (呼包鄂榆城市群发展规划》内蒙古实施方案)."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import inner_title

BODY = ("为全面推进美丽建设，结合我市实际，提出如下意见。\n一、总体要求\n坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "二、主要目标\n到2027年，生态环境质量持续改善。\n")


@pytest.mark.parametrize("dates", ["(2024年7月29日) 2024年10月14日", "（2024年7月29日）2024-10-14"])
def test_a_dated_note_with_the_papers_date_after_it_is_the_documents_date(dates):
    text = f"中共某某市委 某某市人民政府\n关于全面推进美丽某某建设的实施意见\n{dates}\n\n{BODY}"
    got = plan(text)
    assert got["issue_date"] == "2024-07-29"
    assert got["title"] == "中共某某市委某某市人民政府关于全面推进美丽某某建设的实施意见"


def test_a_heading_with_a_date_of_its_own_in_a_sentence_is_no_dated_note():
    text = f"中共某某市委 某某市人民政府\n关于全面推进美丽某某建设的实施意见\n（2024年7月29日）本市召开大会，部署有关工作。\n\n{BODY}"
    assert plan(text)["title"] != "中共某某市委某某市人民政府关于全面推进美丽某某建设的实施意见（2024年7月29日）"


@pytest.mark.parametrize(("title", "inner"), [
    ("某某自治区人民政府关于印发《某某城市群发展规划》某某实施方案的通知", "《某某城市群发展规划》某某实施方案"),
    ("某某省人民政府关于印发〈某某纲要〉某某省实施方案的通知", "〈某某纲要〉某某省实施方案"),
])
def test_a_nested_names_opening_bracket_stays(title, inner):
    assert inner_title(title) == inner


@pytest.mark.parametrize(("title", "inner"), [
    ("关于印发《某县实施方案》的通知", "某县实施方案"),
    ("关于印发《〈某某纲要〉某省实施方案》的通知", "〈某某纲要〉某省实施方案"),
    ("关于印发《某县实施方案的通知", "某县实施方案"),
])
def test_a_wrapper_is_still_stripped(title, inner):
    assert inner_title(title) == inner


def test_a_nested_name_opening_with_guanyu_keeps_the_notice_its_title():
    # (the notice issues the division of another notice's tasks: the name the wrapper strip leaves opens with 关于)
    title = "某某市领导小组关于印发《关于促进中医药传承创新发展的实施意见》重点任务分工方案的通知"
    assert inner_title(title) == title
