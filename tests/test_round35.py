"""Issue 23, round thirty-five: a copy's 策划书 and 计划书 titles, and a site's crumbs (docs/parser_rounds.md). Made-up
pages, one in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import is_title

BODY = ("为进一步普及科学知识，提高居民科学素质，根据上级要求，结合本镇实际，特制定本方案。\n"
        "一、活动主题\n科技创新，美好生活。\n二、活动时间\n9月15日至9月21日。\n")


@pytest.mark.parametrize("name", ["2023全国科技周活动方案策划书", "进社区策划书", "2017年社区工作计划书", "科普日宣传活动策划书"])
def test_a_plan_book_or_an_events_plan_book_names_a_plan(name):
    assert is_title(name)


@pytest.mark.parametrize(("page", "title"), [
    # a 范文 site's piece titled as a plan book, the editor's offer line under it (as a listed page shows it, other words)
    ("2024全国科普日活动方案策划书\n大家无论开展什么样的活动，一般都要预先制定方案，那怎么制定科普日的活动方案呢？下面是小编为"
     "大家整理的关于2024全国科普日活动方案策划书，欢迎大家来阅读。\n2024全国科普日活动方案策划书篇1\n为普及科学知识，营造浓厚的"
     "宣传氛围，根据镇科协的安排要求，结合我镇实际，特制定本方案。\n一、活动主题\n科技创新，美好生活。\n",
     "2024全国科普日活动方案策划书"),
    # the site's crumbs ending in the word for the kind, over the collection's name with its count (another site's form)
    ("首页 \\ 实用范文 \\ 公文写作 \\ 策划书\n\n科普进校园策划书通用3篇\n\n科普进校园策划书(精选3篇)\n\n科普进校园策划书 篇1\n\n"
     "为认真贯彻落实《中华人民共和国科学技术普及法》和《某省20xx-20xx年科学技术普及工作纲要》，全面提高师生的科学文化素质，"
     "根据区政文[20xx]58号文件精神，结合我校实际，特制定某某小学科普进校园工作实施方案：\n\n一、指导思想\n\n"
     "以普及科学知识为主线，让科技贴近师生。\n", "科普进校园策划书"),
])
def test_a_copys_plan_book_title_is_read_and_the_crumbs_are_not(page, title):
    assert plan(page)["title"] == title


def test_crumbs_ending_in_a_plan_word_are_never_the_title():
    # (wording no listed page shows: the path's last crumb is 工作计划, no title line under it)
    assert plan("首页 > 范文大全 > 工作计划\n\n" + BODY)["title"] != "首页>范文大全>工作计划"
