"""Issue 23, round twenty-nine: other rates read as the literacy share (docs/parser_rounds.md). Each rule with made-up
forms, one of each in wording no listed page shows, and the forms it must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.targets import literacy_targets


def shares(sentence: str, reference: int | None = 2021, end: int | None = 2025) -> list[tuple]:
    return [(r["kind"], r["year"], r["value"], r["comparator"]) for r in literacy_targets(sentence, reference, end)]


# -- R1: a 科学素质达标率 is another measure (the conventions' settled list), not the share --------------------------

@pytest.mark.parametrize("sentence", [
    # a city's own 达标率 qualified by its standard, a goal and a figure reached (as holdout65's page, other words)
    "到2018年，本市公民以实践能力为导向的科学素质达标率将达到32%。",
    "2013年全市以能力为导向的科学素质达标率已达24.5%，处于全省领先水平。",
    # wording no listed page shows: a county's 达标率 rising from a base
    "到2025年，全县居民科学素养达标率由2020年的7%提升至11%。",
])
def test_a_literacy_compliance_rate_is_no_share(sentence):
    assert shares(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a page that defines its 达标率 in the share's own words is read through those words
    ("到2025年，全区科学素质达标率（即公民具备科学素质的比例）达到14%。", [("target", 2025, 14.0, "=")]),
    ("到2025年，全县科学素养达标率，也就是具备科学素质的公民比例，提高到12%以上。", [("target", 2025, 12.0, ">=")]),
    # a 达标率 beside the share in one sentence: the share alone is read
    ("到2025年，全镇科学素质达标率提高到13%，公民具备科学素质的比例达到11%。", [("target", 2025, 11.0, "=")]),
])
def test_the_share_beside_or_defining_a_compliance_rate_is_read(sentence, expected):
    assert shares(sentence) == expected


# -- R2: a value whose own noun is another rate (or another 比例) is no share, however near the share's words -----

@pytest.mark.parametrize("sentence", [
    # a later piece of the clause with another 比例 of its own
    "到2025年，公民具备科学素质的比例稳步提升，科普经费占财政支出的比例达到0.5%。",
    "到2025年，全县公民具备科学素质的比例提高，具备科学素质家庭的比例达到30%。",
    # a rate joined to the share's words by 和: the value is the rate's (wording no listed page shows)
    "到2025年，公民具备科学素质的比例和中小学科学课程开课率达到100%。",
    # another rate's start, rise and comparison
    "到2025年，公民具备科学素质的比例稳步提升，科普经费比例由2020年的0.3%提高到0.5%。",
    "到2025年，公民具备科学素质的比例明显提高，中小学科学课开课率比2020年提高5个百分点。",
    "到2025年，公民具备科学素质的比例持续提升，社区科普活动知晓度较2020年的60%明显提高。",
])
def test_another_measures_value_after_the_shares_words_is_no_share(sentence):
    assert shares(sentence) == []


def test_the_share_and_another_rate_in_one_clause_keep_the_share_only():
    sentence = "到2025年，公民具备科学素质的比例由2020年的10%提高到15%，科普场馆覆盖率由60%提高到80%。"
    assert sorted(shares(sentence)) == [("baseline", 2020, 10.0, "="), ("target", 2025, 15.0, "=")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # forms it must not take: 率先 is no rate; 这一比例 names the share back; a rate before the share's words (as
    # the hubei pages); a rate after the share's value
    ("到2025年，公民具备科学素质的比例在全省率先达到15%。", [("target", 2025, 15.0, "=")]),
    ("到2025年，全省科普公共服务覆盖率和科普参与率显著提高，公民具备科学素质比例达到16%。", [("target", 2025, 16.0, "=")]),
    ("到2025年，公民具备科学素质的比例达到15%，科普设施覆盖率达到90%。", [("target", 2025, 15.0, "=")]),
    ("到2025年，公民具备科学素质的比例较2020年提高5个百分点，达到15%。",
     [("increase", 2025, 5.0, "="), ("target", 2025, 15.0, "=")]),
])
def test_the_share_near_another_rate_is_still_read(sentence, expected):
    assert shares(sentence) == expected


def test_a_share_named_back_after_its_value_goes_on():
    sentence = "2020年，全市公民具备科学素质的比例为10%，这一比例到2025年将达到15%。"
    assert ("target", 2025, 15.0, "=") in shares(sentence)


# -- W: a document's own heading of another kind wrapped whole in 《》 over its number (as notices' already were) ---

BODY = "\n各省、自治区、直辖市科协：\n为推进某项工作，现提出以下意见。\n一、总体要求\n（一）指导思想。坚持科学普及。\n二、重点任务\n（二）开展活动。\n"


@pytest.mark.parametrize(("head", "title", "issuer"), [
    # two national organs with a space between them, a site's source line between heading and number (as a listed page)
    ("《中国科协 农业农村部关于开展科普助力乡村行动的意见》\n来源：农业农村部 2022-10-20 10:54\n科协发普字〔2022〕9号",
     "中国科协农业农村部关于开展科普助力乡村行动的意见", "中国科协农业农村部"),
    # a province's decision, one organ, wording no listed page shows
    ("《浙江省科学技术协会关于命名第三批科普教育基地的决定》\n浙科协发〔2023〕5号",
     "浙江省科学技术协会关于命名第三批科普教育基地的决定", "浙江省科学技术协会"),
])
def test_a_wrapped_heading_over_its_number_is_the_pages_own(head, title, issuer):
    p = plan(head + BODY)
    assert (p["title"], p["issuer"]) == (title, issuer)


@pytest.mark.parametrize("head", [
    "《中国科协关于开展科普助力乡村行动的意见》\n各地要认真学习。\n这是一篇新闻。\n科协发普字〔2022〕9号",  # no number within two lines
    "《中国科协关于开展科普活动的意见》《中国科协关于加强科普工作的意见》\n科协发普字〔2022〕9号",  # two names in 《》
])
def test_a_wrapped_name_that_is_no_heading_over_its_number_stays_none(head):
    assert plan(head + BODY)["title"] is None
