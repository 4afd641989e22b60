"""Issue 23, round fifty-five: a share stated with no year of its own, followed by its rise in percentage points
counted from an earlier year (…比例达到X%，较YEAR年提高N个百分点, no 了 and no 相比), in a sentence looking nowhere
ahead and naming no goal, was reached: a baseline of no year, where before it was dropped as a value with no time
(docs/parser_rounds.md). The form (the rise after the value, without 了) is written by many sites with the share's
year stated (read before through that year); on a dated commentary quoting the nation's share without its year
(shangrongsuo) it is the only sign that the share was reached. Made-up pages, one form in wording no listed page
shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import targets

from sciplan_analysis.parsing.targets import BACK_SUBJECT, POINTS_SINCE

COMMENTARY = "让科普成为全社会的自觉行动\n2022年10月8日\n近年来，各地科普工作扎实推进，科普设施不断完善。"


def test_the_rise_after_the_value():
    assert POINTS_SINCE.match("，较2015年提高4.36个百分点")
    assert POINTS_SINCE.match("，比上年提升0.9个百分点")
    assert POINTS_SINCE.match("，比2018年的8.47%提高2.09个百分点")
    # not taken: another measure named between, a rise in per cent, a rise with no year it is counted from
    assert not POINTS_SINCE.match("，科普经费较2015年提高2个百分点")
    assert not POINTS_SINCE.match("，比2015年增长16%")
    assert not POINTS_SINCE.match("，提高了4.36个百分点")


@pytest.mark.parametrize(("sentence", "value"), [
    # as the listed page shows it (other words): no subject, 达到, 较 a year, 提高 points
    ("公民具备科学素质的比例达到9.12%，较2016年提高3.05个百分点……", 9.12),
    # wording no listed page shows: 为, 比上年, 提升
    ("我国公民具备科学素质的比例为13.4%，比上年提升0.9个百分点，科普工作成效明显。", 13.4),
    # wording no listed page shows: the earlier year's value named, 上升
    ("具备科学素质的公民比例达到11.2%，比2018年的8.47%上升2.73个百分点。", 11.2),
])
def test_a_share_of_no_year_told_risen_since_was_reached(sentence, value):
    assert ("baseline", None, value) in targets(COMMENTARY + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    # a goal: the sentence looks ahead (到2025年) or names a goal (目标) — no baseline of no year is read
    "到2025年，公民具备科学素质的比例超过15%，比2020年提高4.44个百分点。",
    "主要目标是公民具备科学素质的比例达到15%，较2020年提高4.44个百分点。",
    # another measure's share and its rise
    "全国科普经费占财政支出的比例达到0.9%，较2015年提高0.2个百分点。",
    "中小学科学课程开课率达到98%，较2015年提高5个百分点。",
    # a part of the population: a group's share and its rise
    "农村居民具备科学素质的比例达到6.45%，较2015年提高2.52个百分点。",
    "城镇居民具备科学素质的比例达到13.75%，较2015年提高4.03个百分点。",
])
def test_goals_other_measures_and_groups_are_not_read(sentence):
    assert not any(kind == "baseline" and year is None for kind, year, _ in targets(COMMENTARY + sentence + "\n"))
    if "居民" in sentence or "开课率" in sentence or "经费" in sentence:
        assert targets(COMMENTARY + sentence + "\n") == set()


NEWS = ("绵阳市科协召开全民科学素质工作推进会\n2022年3月10日\n3月9日，绵阳市科协召开全民科学素质工作推进会。"
        "会议指出，")


@pytest.mark.parametrize("sentence", [
    # another region: the nation's share on a city's news, with its rise
    "全国公民具备科学素质的比例达到10.56%，较2015年提高4.36个百分点。",
    "我国公民具备科学素质的比例为10.56%，比2015年提升4.36个百分点。",
    # another region: a province's share on a city's news
    "四川省公民具备科学素质的比例达到9.0%，较2015年提高3.0个百分点。",
])
def test_another_regions_share_is_not_the_pages(sentence):
    assert not any(value in (10.56, 9.0) for _, _, value in targets(NEWS + sentence + "\n"))


def test_a_plans_goal_of_no_year_stays_a_goal():
    """On a plan, a goal of no year after the goals' heading is the plan's last year's, as before."""
    page = ("某市全民科学素质行动实施方案（2021—2025年）\n一、发展目标\n"
            "到2025年，全市科普工作再上新台阶。全市公民具备科学素质的比例超过15%，比2020年提高4个百分点。\n")
    assert ("target", 2025, 15.0) in {(k, y, v) for k, y, v in targets(page)}
    assert not any(kind == "baseline" for kind, _, _ in targets(page))


# --- the share named back as the survey's result (BACK_SUBJECT completed) ---

SURVEY_NEWS = ("某市公民科学素质调查结果发布\n2019年11月20日\n11月19日，记者从市科协获悉，")


def test_the_survey_result_names_the_share_back():
    assert BACK_SUBJECT.match("这一调查结果较2015年的4.74%") and BACK_SUBJECT.match("该结果比2015年的")
    assert BACK_SUBJECT.match("这一数字比2017年的10.5%")  # round twenty-five's, as before
    # not taken: a result that tells what follows
    assert not BACK_SUBJECT.match("该调查结果显示，") and not BACK_SUBJECT.match("这一结果表明")


@pytest.mark.parametrize("sentence", [
    # as the listed page shows it (other words): 这一调查结果, 较 a year's value, a rise after it
    "2019年全市公民具备科学素质的比例达到9.6%。这一调查结果较2017年的7.9%增长1.7个百分点，位居全省前列。",
    # wording no listed page shows: 该监测结果, 比, 高出
    "2019年全市公民具备科学素质的比例为9.6%。该监测结果比2017年的7.9%高出1.7个百分点。",
    # wording no listed page shows: 此结果
    "2019年，全市具备科学素质的公民比例达到9.6%。此结果较2017年的7.9%有较大提高。",
])
def test_an_earlier_share_compared_with_the_result_is_read(sentence):
    assert targets(SURVEY_NEWS + sentence + "\n") == {("baseline", 2019, 9.6), ("baseline", 2017, 7.9)}


@pytest.mark.parametrize("sentence", [
    # a part of the population named before: the result compared is the group's
    "2019年全市农村居民具备科学素质的比例为5.1%。这一调查结果较2017年的3.9%增长1.2个百分点。",
    # another measure named before (no share named): the result compared is that measure's
    "2019年全市科普设施覆盖率达到85%。这一调查结果较2017年的70%增长15个百分点。",
    # a result that tells what follows: another measure's value compared
    "2019年全市公民具备科学素质的比例达到9.6%。该调查结果显示，全市科普活动参与率较2017年的41%明显上升。",
])
def test_a_groups_or_another_measures_result_is_not_the_share(sentence):
    assert not any(value in (3.9, 70.0, 41.0) for _, _, value in targets(SURVEY_NEWS + sentence + "\n"))


def test_another_regions_result_is_not_the_pages():
    page = ("绵阳市科协召开全民科学素质工作推进会\n2019年11月20日\n会议通报，"
            "2018年我国公民具备科学素质的比例达到8.47%。这一调查结果较2015年的6.20%增长2.27个百分点。"
            "2018年绵阳市公民具备科学素质的比例为7.5%。\n")
    assert not any(value in (8.47, 6.2) for _, _, value in targets(page))
