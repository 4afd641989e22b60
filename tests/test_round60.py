"""Issue 23, round sixty: a sentence right after the one stating the page's share, with no subject of its own or naming
the share back, goes on with that share, in English and in Chinese.

On a page in English, a sentence right after the one stating the page's share that names no
measure and whose subject is that share (its pronoun, "It is expected to reach X", or left out before an opening
comparison, "Compared with X in YEAR, an increase of …") goes on stating it: its expectation a goal, its earlier value
compared a baseline of that year. The Chinese reader reads the same two sentences (…比例达到7.63%。与2015年的5.14%相比…。
预计今年将达到9%以上。: `_forecasts`, round thirteen); a translated press release splits them so that the English reader
lost them (docs/parser_rounds.md). Made-up pages, forms in wording no listed page shows, and the forms the rule must
not take: a sentence two sentences on, after a group's share or another measure's, after the nation's share on a
province's page, a comparison whose clause after it has another subject, and the change's own values.

In Chinese, a sentence naming the page's share back (这一数字比2017年的10.5%高出…, round twenty-five's) no longer ends the share's
run of sentences: the sentence after it, naming no share, may state its goal, now also with the goal's verb after its year
(接近《X》提出的到2020年达到12%的目标; `NEXT_GOAL`). Not taken: a goal whose clause names another measure, a group or a
country, a share named back after a group's or the nation's share on a region's page, a sentence after one that states a
value without naming the share back."""

from __future__ import annotations

import pytest
from made_up import parsed, targets

from sciplan_analysis.parsing.english import CARRIED_NEXT
from sciplan_analysis.parsing.targets import NEXT_GOAL

STORY = ("Science outreach gathers pace across the region\n"
         "Museums, schools and companies showed their newest work to the public at a forum held this week, where "
         "officials reviewed the work of recent years.\n")
SHARE = "In 2018, the proportion of citizens with scientific literacy reached 7.63%, ranking high in the country. "


def test_the_sentence_carrying_the_share():
    assert CARRIED_NEXT.match("It is expected to reach more than 9% this year.")
    assert CARRIED_NEXT.match("It will exceed 12 percent by 2025.")
    assert CARRIED_NEXT.match("It should rise to 10 percent next year.")
    assert CARRIED_NEXT.match("Compared with 5.14% in 2015, an increase of 2.49 percentage points.")
    assert CARRIED_NEXT.match("Compared to 6.2 percent in 2015, it rose by 1.4 points.")
    # not taken: "it" before no verb of a share, another subject after the comparison, a comparison with no value
    assert not CARRIED_NEXT.match("It is an important part of the overall quality of the population.")
    assert not CARRIED_NEXT.match("It has become the most visited science site in the country.")
    assert not CARRIED_NEXT.match("Compared with 60% in 2015, internet penetration rose to 70%.")
    assert not CARRIED_NEXT.match("Compared with the national average, the share is high.")


@pytest.mark.parametrize(("sentences", "found"), [
    # as the listed page shows it (other words): a comparison opening the next sentence, then an expectation
    ("Compared with 5.14% in 2015, an increase of 2.49 percentage points, an increase of more than 48%. "
     "It is expected to reach more than 9% this year.",
     {("baseline", 2018, 7.63), ("baseline", 2015, 5.14), ("target", None, 9.0)}),
    # wording no listed page shows: will exceed by a year
    ("It will exceed 10 percent by 2020, officials said.", {("baseline", 2018, 7.63), ("target", 2020, 10.0)}),
    # wording no listed page shows: Compared to, "it rose", projected to hit
    ("Compared to 6.2 percent in 2015, it rose by 1.43 points. It is projected to hit 8.5 percent in 2019.",
     {("baseline", 2018, 7.63), ("baseline", 2015, 6.2), ("target", 2019, 8.5)}),
])
def test_the_next_sentences_go_on_with_the_share(sentences, found):
    assert targets(STORY + SHARE + sentences + "\n") == found


def test_more_than_is_the_goals_comparator():
    t = parsed(STORY + SHARE + "It is expected to reach more than 9% this year.\n").targets
    assert {(r.kind, r.value, r.comparator) for r in t.itertuples()} == {("baseline", 7.63, "="), ("target", 9.0, ">")}


def test_the_chinese_twin_is_read_alike():
    """The same press release in Chinese gives the same facts (the Chinese reader's rules, as before)."""
    page = ("某自治区科普工作新闻发布会召开\n据中国科协统计，2018年全区公民具备科学素质的比例达到7.63%，居五个自治区首位，"
            "与2015年的5.14%相比，增长2.49个百分点。预计今年将达到9%以上。\n")
    english = STORY + SHARE + ("Compared with 5.14% in 2015, an increase of 2.49 percentage points. "
                               "It is expected to reach more than 9% this year.\n")
    assert targets(page) == targets(english) == {("baseline", 2018, 7.63), ("baseline", 2015, 5.14), ("target", None, 9.0)}


@pytest.mark.parametrize("text", [
    # a sentence between: "it" no longer names the share
    SHARE + "Some 120 new science halls opened last year. It is expected to reach 9% this year.",
    # a group's share before: the next sentence goes on with the group's
    "The rural proportion of the scientifically literate population was 4.93 percent in 2018. "
    "It is expected to reach 9% this year. Compared with 3.1% in 2015, an increase of 1.83 percentage points.",
    # another measure before
    "Internet penetration reached 60% in 2018. It is expected to reach 70% this year.",
    # another subject after the comparison
    SHARE + "Compared with 60% in 2015, internet penetration rose to 70% this year.",
])
def test_what_the_next_sentence_must_not_carry(text):
    assert not any(value in (9.0, 3.1, 70.0, 60.0) for _, _, value in targets(STORY + text + "\n"))


def test_the_nations_share_on_a_provinces_page_is_not_carried():
    page = ("Jiangxi reports more scientifically literate citizens\n"
            "Officials in Jiangxi said science outreach reached more villages than ever this year.\n"
            "China's proportion of citizens with scientific literacy was 10.56 percent in 2020. "
            "It is expected to exceed 15 percent by 2025. "
            "In 2020, the proportion of Jiangxi citizens with scientific literacy reached 9.1 percent.\n")
    assert targets(page) == {("baseline", 2020, 9.1)}


# --- in Chinese: a goal in the sentence after one naming the share back ---

SURVEY_NEWS = "某市公民科学素质调查结果发布\n2019年3月20日\n3月19日，记者从市科协获悉，根据调查结果，"


def test_a_goal_with_its_verb_after_its_year():
    m = NEXT_GOAL.search("接近《某市科学素质行动计划（2016-2020年）》提出的到2020年达到12%的目标。")
    assert m and (m.group(1), m.group("verb"), m.group(3)) == ("2020", "达到", "12")
    assert NEXT_GOAL.search("距2025年超过15%的目标还有差距").group("verb") == "超过"
    assert NEXT_GOAL.search("但距全省平均水平及2025年16%的目标还有不小距离").group("verb") is None  # as before
    # not a goal: no 目标 after the value
    assert not NEXT_GOAL.search("到2020年达到12%，位居全省前列")


@pytest.mark.parametrize(("sentences", "goal"), [
    # as the listed page shows it (other words): 这一数字 with a comparison, then a subjectless sentence naming a plan's goal
    ("2018年全市公民具备科学素质的比例达到11.7%。这一数字比2017年的10.5%高出1.2个百分点，比全省平均水平高出4.2个百分点。"
     "接近《某市全民科学素质行动计划（2016-2020年）》提出的到2020年达到12%的目标。", ("target", 2020, 12.0, "=")),
    # wording no listed page shows: 该比例, 距…超过 a goal
    ("2018年全市具备科学素质的公民比例为9.6%。该比例较2017年的7.9%提高1.7个百分点。距2020年超过10%的目标仅一步之遥。",
     ("target", 2020, 10.0, ">")),
])
def test_the_goal_after_a_sentence_naming_the_share_back(sentences, goal):
    t = parsed(SURVEY_NEWS + sentences + "\n").targets
    assert goal in {(r.kind, r.year, r.value, r.comparator) for r in t.itertuples()}


@pytest.mark.parametrize("sentences", [
    # a group's share named back: its goal is the group's
    "2018年全市城市居民具备科学素质的比例达到13.2%。这一数字比2017年的12.1%高出1.1个百分点。接近到2020年达到14%的目标。",
    # another measure in the goal's clause
    "2018年全市公民具备科学素质的比例达到11.7%。这一数字比2017年的10.5%高出1.2个百分点。全市科普经费投入接近到2020年达到14%的目标。",
    # a sentence stating a value without naming the share back stands between
    "2018年全市公民具备科学素质的比例达到11.7%。全市科普设施覆盖率为85%。接近到2020年达到14%的目标。",
])
def test_goals_the_chain_must_not_take(sentences):
    assert not any(value == 14.0 for _, _, value in targets(SURVEY_NEWS + sentences + "\n"))


def test_the_nations_share_named_back_on_a_citys_page():
    page = ("绵阳市公民科学素质调查结果发布\n2019年3月20日\n会议通报，2018年我国公民具备科学素质的比例达到8.47%。"
            "这一数字比2015年的6.20%提高2.27个百分点。接近到2020年达到10%的目标。2018年绵阳市公民具备科学素质的比例为7.5%。\n")
    assert not any(value in (10.0, 6.2, 8.47) for _, _, value in targets(page))


@pytest.mark.parametrize(("paragraphs", "taken"), [
    # a copy's paragraph ending at the sentence naming the share back: the next paragraph's goal is still the share's
    ("2018年全市公民具备科学素质的比例达到11.7%。这一数字比2017年的10.5%高出1.2个百分点。\n\n"
     "已接近《某市全民科学素质行动计划》提出的到2020年达到12%的目标。", True),
    ("2018年全市公民具备科学素质的比例为11.7%。该比例较2017年的10.5%提高1.2个百分点。\n\n距2020年超过12%的目标不远。", True),
    # not taken: a group's share named back before the break
    ("2018年全市城市居民具备科学素质的比例达到11.7%。这一数字比2017年的10.5%高出1.2个百分点。\n\n接近到2020年达到12%的目标。", False),
])
def test_the_share_named_back_carries_into_the_next_paragraph(paragraphs, taken):
    assert (12.0 in {value for kind, _, value in targets(SURVEY_NEWS + paragraphs + "\n") if kind == "target"}) is taken
