"""Issue 23, round fifty-one: a share of 城市居民 (urban residents, a part of the population) is a group's share, as
城镇居民's and 农村居民's are, on every page: not only on survey news (round twenty-three's share_others.csv), so a
page read as unknown or a plan no longer takes it as its region's (docs/parser_rounds.md). The rule only removes a
wrong value and rests on one listed page (55jiaoyu) plus made-up forms. Made-up pages, one form in wording no listed
page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import targets

from sciplan_analysis.parsing.targets import GROUP_SUBJECT

PLAN = ("绵阳市全民科学素质行动实施方案（2021—2025年）\n一、发展现状\n"
        "2020年，全市公民具备科学素质的比例达到10.2%。")
GOALS = "\n二、发展目标\n到2025年，全市公民具备科学素质的比例超过15%。\n"
OWN = {("baseline", 2020, 10.2), ("target", 2025, 15.0)}


def test_urban_residents_are_a_group():
    assert GROUP_SUBJECT.search("成都市城市居民") and GROUP_SUBJECT.search("城镇居民")
    # not taken: the city's own people (市民, 城乡居民, 全市居民)
    assert not GROUP_SUBJECT.search("成都市民") and not GROUP_SUBJECT.search("全市城乡居民")
    assert not GROUP_SUBJECT.search("全市居民")


@pytest.mark.parametrize("sentence", [
    # as the listed page shows it (other words): the city's name before its urban residents, after a sentence
    # comparing town and country
    "从城乡分类来看，城市居民的科学素质水平高于农村居民。绵阳市城市居民具有科学素质的比例达到12.4%，明显高于全省平均水平。",
    # wording no listed page shows: 全市 before them, 为
    "分城乡看，全市城市居民具备科学素质的比例为14.1%，高于农村居民。",
    # wording no listed page shows: a year, 公民科学素质比例
    "2020年城市居民公民科学素质比例达到14.1%。",
])
def test_an_urban_residents_share_is_not_the_regions(sentence):
    assert targets(PLAN + sentence + GOALS) == OWN


@pytest.mark.parametrize("sentence", [
    # not taken: the city's own share said of its 市民 or its 城乡居民 stays the page's
    "绵阳市民具有科学素质的比例达到10.2%。",
    "全市城乡居民具备科学素质的比例达到10.2%。",
])
def test_the_citys_own_people_still_hold_the_share(sentence):
    assert targets(PLAN + sentence + GOALS) == {*OWN, ("baseline", None, 10.2)}


def test_the_national_average_beside_urban_residents():
    """On a page naming no region, the nation's average an urban residents' share is compared with is read, as beside
    城镇居民's (round twelve's rule), and the group's own share is not."""
    for group in ("城镇居民", "城市居民"):
        page = f"2020年，{group}具备科学素质的比例为13.2%，高于全国公民10.56%的平均水平。\n"
        assert targets(page) == {("baseline", 2020, 10.56)}
