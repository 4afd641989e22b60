"""Issue 23, round fifty-three: the nation's shares quoted on one region's page (docs/parser_rounds.md). A paper about
Guangdong (holdout109's jizihe copy) quotes the nation's survey shares in a clause with no subject of its own, the nation
named as the subject of the sentence's earlier clause (我国公民科学素质水平进入快速提升阶段，具备科学素质的公民比例从…), and a
city's share; its title does not open with the region, which only its section heading names (1.1 广东省科学素质现状). Two
rules: the nation's citizens' literacy as an earlier clause's subject makes a subjectless share the nation's on a region's
page (completing round twenty-six's guard: the sentence's form is on a national page of another site, 777doc, where it
changes nothing), and a section heading naming a region's literacy and its state gives the page's region where no headline
does (one listed page plus made-up forms, completing `own_region`'s headline reading). Made-up pages, one form of each in
wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import targets

from sciplan_analysis.parsing.targets import (
    NATION_LEADS,
    SURVEY_HEADING,
    _survey_heading,
    own_region,
)

REGION_PAGE = ("湖南省全民科学素质行动实施方案（2021—2025年）\n一、发展现状\n"
               "2020年，全省公民具备科学素质的比例达到10.2%。")
GOALS = "\n二、发展目标\n到2025年，全省公民具备科学素质的比例超过15%。\n"
OWN = {("baseline", 2020, 10.2), ("target", 2025, 15.0)}


@pytest.mark.parametrize("sentence", [
    # as the listed page shows it (other values): the survey named, the nation's literacy rising, then the shares
    "中国科协最新发布的第十次中国公民科学素质抽样调查结果显示，我国公民科学素质水平进入快速提升阶段，"
    "具备科学素质的公民比例从2010年的3.27%提升到2015年的6.20%，2018年进一步提升至8.47%。",
    # as the national page of another site (777doc) writes it: a five-year period first, 科学素养, a year in the share's clause
    "本次调查显示，“十一五”期间我国公民的科学素养水平明显提升，2010年具备基本科学素养的公民比例达到了3.27%。",
    # wording no listed page shows: 近年来, 全国公众, 稳步提高
    "近年来，全国公众科学素质稳步提高，2020年具备科学素质的比例达到10.56%。",
])
def test_a_share_after_the_nations_rising_literacy_is_the_nations(sentence):
    assert targets(REGION_PAGE + sentence + GOALS) == OWN


@pytest.mark.parametrize("sentence", [
    # the page's own share named after the nation's clause (全省, 我省, the region's name) stays its own
    "我国公民科学素质水平稳步提升，2020年全省具备科学素质的公民比例达到10.2%。",
    "我国公民科学素质水平稳步提升，2020年我省具备科学素质的公民比例达到10.2%。",
    "我国公民科学素质水平稳步提升，2020年湖南省具备科学素质的公民比例达到10.2%。",
    # a clause naming the nation's survey, not its literacy told rising: the share after it is read as before
    "全国公民科学素质抽样调查结果显示，2020年具备科学素质的公民比例为10.2%。",
    # the region's own share compared with the nation's (全国 after it, a comparison)
    "2020年，全省公民具备科学素质的比例达到10.2%，高于全国平均水平，我国公民科学素质水平稳步提升。",
])
def test_the_regions_own_share_beside_the_nation_stays(sentence):
    assert targets(REGION_PAGE + sentence + GOALS) == OWN


def test_a_national_page_keeps_the_nations_shares():
    """No region named: the nation's shares are the page's (holdout109's xbjk.ecnu paper; 777doc)."""
    page = ("浅析公民科学素质建设\n摘要：本文讨论科普工作。\n"
            "调查结果显示，我国公民科学素质水平进入快速提升阶段，具备科学素质的公民比例从2010年的3.27%提升到2015年的6.20%。\n")
    assert targets(page) == {("baseline", 2010, 3.27), ("baseline", 2015, 6.2)}


def test_the_nation_leads_words():
    assert NATION_LEADS.match("我国公民科学素质水平进入快速提升阶段")
    assert NATION_LEADS.match("“十一五”期间我国公民的科学素养水平明显提升")
    # not taken: a survey, a body or a scheme, the nation's literacy not told rising, the nation not the subject
    assert not NATION_LEADS.match("全国公民科学素质抽样调查结果显示")
    assert not NATION_LEADS.match("全国科学素质纲要实施工作办公室发布")
    assert not NATION_LEADS.match("我国公民科学素质建设")
    assert not NATION_LEADS.match("我国持续完善科技教育与培训体系")


PAPER = ("浅析{centre}科普特派员活动\n\n2020-05-25 作者\n\n摘要：本文以{centre}为例，研究科普活动的意义。\n\n"
         "1 活动的重要意义\n\n{heading}\n\n"
         "中国科协发布的第十次中国公民科学素质抽样调查结果显示，我国公民科学素质水平进入快速提升阶段，"
         "具备科学素质的公民比例从2010年的3.27%提升到2015年的6.20%，2018年进一步提升至8.47%。"
         "而根据省科协统计，2015年{city}公民具备科学素质的比例达到11.7%。\n")


@pytest.mark.parametrize(("centre", "heading", "city", "region"), [
    # as the listed page shows it (a numbered heading, 广东省科学素质现状)
    ("广东科学中心", "1.1 广东省科学素质现状", "广州市", "广东省"),
    # wording no listed page shows: （二）, a city, 公民科学素养状况, a district's share below it
    ("广州科技馆", "（二）广州市公民科学素养状况", "海珠区", "广州市"),
])
def test_a_regions_heading_gives_the_page_its_region(centre, heading, city, region):
    page = PAPER.format(centre=centre, heading=heading, city=city)
    assert targets(page) == set()
    assert own_region([line for line in page.splitlines() if line]) == region


def test_what_a_heading_does_not_give():
    # a heading naming no region (the nation's literacy) leaves the page the nation's, whose shares are read
    page = PAPER.format(centre="科学中心", heading="1.1 我国公民科学素质现状", city="")
    assert ("baseline", 2015, 6.2) in targets(page)
    # a heading naming a region without the literacy's state, or a long line, is none
    assert not SURVEY_HEADING.fullmatch("1.1 广东省科普场馆建设")
    assert not SURVEY_HEADING.fullmatch("广东省科学素质现状，全省公民具备科学素质的比例达到12.79%")
    # the first share's own subject still gives the region where it comes before any heading
    texts = ["浅析科普活动", "2015年广州市公民具备科学素质的比例达到11.7%。", "1.1 广东省科学素质现状"]
    assert own_region(texts) == "广州市"


@pytest.mark.parametrize(("text", "region"), [
    ("1.1 广东省科学素质现状", "广东省"),
    # the front matter's short headings joined into one paragraph: the numbered last one
    ("1科普特派员活动的重要意义1.1广东省科学素质现状", "广东省"),
    ("1意义1.1广东省科学素质现状", "广东省"),
    # wording no listed page shows
    ("三、湖南省公民科学素质发展现状", "湖南省"),
    ("（二）广州市公民科学素养状况", "广州市"),
    # not taken: the nation, another subject, a sentence
    ("我国公民科学素质现状", None),
    ("1.1 广东省科普场馆建设", None),
    ("广东省科学素质现状，全省公民具备科学素质的比例达到12.79%", None),
])
def test_the_heading_words(text, region):
    assert _survey_heading(text) == region
