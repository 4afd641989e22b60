"""Issue 23, round one hundred and thirteen: a disclosure page's bulleted fields, and a reply's heading of its own.

From the twenty-second window's misses (holdout273, seen since its first contact): a city bureau's reply to a proposal on
its disclosure page, its fields each after a bullet (•索引号：…, •备注/文号：…, •发布机构：…, •公文生成日期：…) and its heading
关于市政协…第20254209号提案的答复 under them, gave no title or issuer: the bullet hid each field's label, so the fields were
read as the document's first lines and pushed the heading down, and a heading ending in 的答复 was no heading of its own."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.normalise import line_kind

FIELDS = ("• 索 引 号:QZ00104-2602-2025-00262\n    • 备注/文号:某教函〔2025〕208号\n    • 发布机构:泉州市教育局\n"
          "    • 公文生成日期:2025-07-24\n")
BODY = ("\n    答复类型:B类\n\n    某某委员:\n\n      《关于加强我市青少年科学教育的建议》由我单位会同有关部门办理。现将有关情况答复如下:\n\n"
        "      一、主要工作及成效\n\n      (一)高度重视科学教育工作。市委、市政府高度重视青少年科学教育工作。\n")


@pytest.mark.parametrize("line", ["•发布机构：泉州市教育局", "▪ 索引号：QZ00104-2602-2025-00262"])
def test_a_bulleted_field_is_site_chrome(line):
    assert line_kind(line) == "chrome"


@pytest.mark.parametrize("heading", ["关于市政协十三届四次会议第20254209号提案的答复", "关于市十七届人大四次会议第1023号建议的答复"])
def test_a_replys_heading_under_bulleted_fields_is_its_title_and_the_field_its_issuer(heading):
    got = plan(FIELDS + f"    {heading}\n    来源:泉州市教育局 时间:2025-08-03 02:02\n" + BODY)
    assert (got["title"], got["issuer"]) == (heading, "泉州市教育局")


@pytest.mark.parametrize("line", ["• 加强科学教育，提升素养", "• 发布科普作品200余件"])
def test_a_bulleted_line_of_no_field_is_no_chrome(line):
    assert line_kind(line) is None
