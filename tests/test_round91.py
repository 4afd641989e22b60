"""Issue 23, round ninety-one: a site's crumbs are the page's path, never its title.

A trail of one crumb under the site's home (首页 >十三五规划) stands over a document's name with no blank line between, so
the two were read as one wrapped title; and a trail's last crumb of a few characters (首页 > 政务公开 > 规划信息 > 专项规划)
is the shelf the page stands on, not the document's name. A trail ending in a document's whole name still gives it."""

from __future__ import annotations

import pytest
from made_up import value

BODY = ("\n根据国家有关部署，结合本地实际，制定本规划。\n第一章 发展基础\n“十三五”以来，全市科技创新能力持续提升，"
        "研发投入稳步增长，创新平台加快建设。\n")


@pytest.mark.parametrize(("crumb", "name"), [
    ("首页 >十三五规划", "西藏自治区“十三五”时期国民经济和社会发展规划纲要（全文）"),
    # wording no listed page shows: a site's » (which `clean` reads as 》) and a plan of another field
    ("首页 » 规划计划", "某某县科普事业发展规划（2021—2025年）"),
])
def test_a_one_crumb_trail_is_no_part_of_the_title_under_it(crumb, name):
    assert value(crumb + "\n" + name + BODY, "title") == name


@pytest.mark.parametrize("trail", ["首页> 政务公开 > 法定主动公开内容 > 规划信息 > 专项规划",
                                   "首页 > 信息公开 > 计划总结 > 工作计划"])
def test_a_short_last_crumb_is_a_shelf_not_a_title(trail):
    assert value(trail + BODY, "title") is None


def test_a_trail_ending_in_a_documents_name_still_gives_it():
    text = "首页 > 政策文件 > 某某市科普工作实施方案" + BODY
    assert value(text, "title") == "某某市科普工作实施方案"
