"""Issue 23, round ninety-two: a document's date alone in brackets under its name.

Papers and gazettes print a party or government document with its date in brackets on a line of its own under the name
(中共某市委 某市人民政府 / 关于…的意见 / （2018年8月20日）). The line was read as the last piece of a wrapped title (…的意见
（2018年8月20日）) and the date was lost. It is the document's date, never part of its name; a period in brackets under a
plan's name still is (round sixty-eight)."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = "为深入贯彻落实党的十九大精神，现结合我市实际，提出如下意见。\n一、总体要求\n1.指导思想。以新发展理念为指导。\n"


@pytest.mark.parametrize(("head", "title", "date"), [
    ("某市关于实施乡村振兴战略的实施意见\n（2018年8 月20 日）\n", "某市关于实施乡村振兴战略的实施意见", "2018-08-20"),
    # wording no listed page shows: a party committee's decision, its date in Chinese numerals, a blank line between
    ("中共某县委关于加强新时代科普工作的决定\n\n（二〇二二年三月十日）\n\n", "中共某县委关于加强新时代科普工作的决定", "2022-03-10"),
])
def test_a_bracketed_date_under_a_name_is_its_date_not_part_of_it(head, title, date):
    row = plan(head + BODY)
    assert row["title"] == title
    assert row["issue_date"] == date


def test_a_period_under_a_plans_name_is_still_part_of_it():
    row = plan("某县全民科学素质行动规划纲要实施方案\n（2021—2025年）\n" + BODY)
    assert row["title"] == "某县全民科学素质行动规划纲要实施方案（2021—2025年）"


def test_a_bracketed_date_with_more_words_is_no_dated_note():
    # a commencement note is no issue date of the document
    row = plan("某市科普条例实施办法\n（2018年8月20日起施行）\n" + BODY)
    assert row["issue_date"] != "2018-08-20"
