"""Issue 23, round ninety-seven: a site's banner and its 首页 run into a notice's heading.

Copies flatten a site's banner, its 返回首页 link or its 首页 crumb and the region's crumbs onto the heading's line
(某某网某某信息化返回首页关于举办…的通知; 首页河北省河北省科技厅关于公布…的通知). The title is the heading after the site's path:
with its organ where the words before 关于 are one organ, from 关于 on where they are a region's crumbs run together."""

from __future__ import annotations

import pytest
from made_up import value

BODY = ("\n各省、自治区、直辖市科技厅（委、局），各有关单位：\n为做好今年的工作，现将有关事项通知如下。\n一、工作内容\n"
        "各单位要认真组织，按时报送。\n")


@pytest.mark.parametrize(("head", "title"), [
    ("中国教育和科研计算机网中国教育高校科技教育信息化下一代互联网CERNET返回首页关于举办2009年科技活动周的通知",
     "关于举办2009年科技活动周的通知"),
    ("首页河北省河北省科技厅关于公布2022年度省级农业科技园区评估结果的通知", "关于公布2022年度省级农业科技园区评估结果的通知"),
    # wording no listed page shows: a portal's banner before its home link, an organ that is one organ kept
    ("某某省人民政府门户网站返回首页某某省科学技术厅关于开展2024年科技活动周的通知", "某某省科学技术厅关于开展2024年科技活动周的通知"),
])
def test_a_sites_path_before_a_heading_is_no_part_of_the_title(head, title):
    assert value(head + BODY, "title") == title


def test_a_title_that_names_a_home_page_keeps_it():
    head = "某某市人民政府办公室关于开展政府网站首页内容检查工作的通知"
    assert value(head + BODY, "title") == head
