"""Issue 23, round one hundred and nineteen: a speaker's explanation of a plan names the plan.

From the twenty-fifth window's misses (holdout290, seen since its first contact): a county-level city's disclosure page
headed 【主要负责人解读】某市科学技术协会党组书记、主席某某解读《X》 was titled with the whole headline; X, the plan explained,
is the page's document, as it is under 解读《X》 or X政策解读."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.metadata import _explained

NAME = "某市全民科学素质行动规划纲要实施方案（2021-2025年）"
BODY = ("\n一、政策背景\n“十三五”时期，我市全民科学素质行动取得显著成效，2020年我市公民具备科学素质的比例达到12.5%。\n"
        "二、主要内容\n到2025年，全市公民具备科学素质的比例达到15%。\n")


@pytest.mark.parametrize("headline", [
    "【主要负责人解读】某市科学技术协会党组书记、主席周某某解读《{name}》",
    "某市科学技术局党组书记、局长王某某解读《{name}》",
])
def test_a_speakers_explanation_names_the_plan_it_explains(headline):
    got = plan("发布机构：市政府办公室\n发文日期：2022-05-16\n" + headline.format(name=NAME) + BODY)
    assert (got["title"], got["period_start"], got["period_end"]) == (NAME, 2021, 2025)


@pytest.mark.parametrize("heading", ["某市科协召开会议，解读《{name}》", "解读《{name}》的十大亮点", "某市科协主席解读某市科普工作"])
def test_a_sentence_or_a_piece_about_the_plan_is_no_such_heading(heading):
    text = heading.format(name=NAME)
    assert _explained(text) == text
