"""Issue 23, round sixty-four: documents cited by names no document word ends, and a share reached ahead of its goal.

A name in 《》 is cited when it names a kind of document or a published work (docs/fact_conventions.md). Before the round
`CITED_KINDS` passed by six kinds whose names end so: an agreement two bodies sign (《…共建协议》, 《…合作协议》), a form a
body fills in named as a 书 (《…申报书》, 《…申请书》), an outline for publicity or study (《…宣传提纲》), a year's work
arrangements (《…工作安排》, alone or joined to a summary), a regulation titled 《某省关于…的规定》 and a field's annual
report (《…蓝皮书》, 《…白皮书》); and a name the words after it call a standard (《A》和《B》两项团体标准) whatever it ends
with. Not taken: a newspaper, a column, a TV programme, a slogan or a song in 《》, a 规定 without 关于 (the five plans'
《公务员培训规定》), round fifty-seven's 《…培训体系》 with nothing after it calling it a standard.

A share stated with a goal met ahead of its time (…比例达15.37%，提前完成2025年阶段发展目标) was reached, as one stated with a
goal met (顺利完成…目标, 实现了) was: a baseline, never a target of its own year. Not taken: the same words in a sentence
looking ahead (力争, 到2025年), a group's share, another region's share on a region's page (docs/parser_rounds.md).

In English, the nation's average a group's share is compared with on the nation's page ("…lower than the national average of
8.47 percent") is the nation's share, a baseline, as the Chinese reader's NATIONAL_AVERAGE reads it (round twelve). Not taken:
the same on a province's page, an average beside a share that is no group's."""

from __future__ import annotations

import pytest
from made_up import parsed, targets

from sciplan_analysis.parsing.citations import CITED_KINDS, KIND_AFTER
from sciplan_analysis.parsing.targets import REACHED


def cited(text: str) -> set[str]:
    c = parsed(text).citations
    return set(c.title) if not c.empty else set()


@pytest.mark.parametrize(("text", "name"), [
    # an agreement signed at a meeting (other words than any listed page's)
    ("某县召开科学素质工作会议\n会上，县领导小组与各镇签订《“十四五”某县全民科学素质共建协议》，明确各镇任务。\n",
     "“十四五”某县全民科学素质共建协议"),
    # wording no listed page shows: an agreement named as the ground of a joint programme
    ("两馆联合开展科普研学\n依据《某市科技馆与某大学科普合作框架协议书》，双方今年共同开发研学课程十门。\n",
     "某市科技馆与某大学科普合作框架协议书"),
    # a form a notice asks bodies to fill in (other words)
    ("关于推荐2024年度科普示范社区的通知\n各街道：\n请认真填写《某区科普示范社区申报书》，于5月底前报区科协。\n",
     "某区科普示范社区申报书"),
    # wording no listed page shows: an application named as a 申请书 and a pledge as a 承诺书
    ("关于开展科普专项资金申请工作的通知\n各单位：\n申请单位须提交《某市科普专项资金申请书》和《项目单位诚信承诺书》。\n",
     "某市科普专项资金申请书"),
    ("关于开展科普专项资金申请工作的通知\n各单位：\n申请单位须提交《某市科普专项资金申请书》和《项目单位诚信承诺书》。\n",
     "项目单位诚信承诺书"),
    # an outline for publicity a body hands down (other words)
    ("某市防灾科普宣传\n市委宣传部印发《某市防灾减灾宣传提纲》，要求各媒体按提纲开展宣传。\n", "某市防灾减灾宣传提纲"),
    # wording no listed page shows: an outline for study
    ("某县科协开展学习活动\n县科协组织干部职工逐条学习《科学家精神宣讲学习提纲》，并开展交流研讨。\n", "科学家精神宣讲学习提纲"),
    # a year's work arrangements joined to a summary (other words)
    ("关于转发《某省科协2023年工作总结和2024年工作安排》的通知\n各市科协：\n现将该文件转发给你们，请结合实际贯彻落实。\n",
     "某省科协2023年工作总结和2024年工作安排"),
    # wording no listed page shows: arrangements alone, for activities
    ("某区科普周准备就绪\n区科协日前下发《某区2025年科技活动周活动安排》，全区将举办活动五十余场。\n", "某区2025年科技活动周活动安排"),
    # a regulation titled in a body's usual form (other words)
    ("某省科普宣传管理\n省科协等三部门印发《某省关于科普宣传统一口径的规定》，规范对外宣传。\n", "某省关于科普宣传统一口径的规定"),
    # wording no listed page shows: a 暂行规定 with 关于
    ("某市科普基地管理\n按照《某市科协关于科普基地年度考核的暂行规定》，全市对二十家基地进行了考核。\n",
     "某市科协关于科普基地年度考核的暂行规定"),
    # a field's annual report named as a blue book (other words), and a white book
    ("某市科普产业发展\n据《中国科普场馆发展蓝皮书》统计，全国科普场馆数量逐年增长。\n", "中国科普场馆发展蓝皮书"),
    ("某省发布科普白皮书\n某省科协发布《某省科普事业发展白皮书（2024）》，回顾十年成就。\n", "某省科普事业发展白皮书（2024）"),
])
def test_a_document_named_by_its_kind_is_cited(text, name):
    assert name in cited(text)


@pytest.mark.parametrize(("text", "names"), [
    # two names the words after them call group standards (other words than the listed page's)
    ("某学会发布团体标准\n某学会此前已发布《科普讲解员能力评价规程》和《科普人员继续教育培训体系》两项团体标准。\n",
     {"科普讲解员能力评价规程", "科普人员继续教育培训体系"}),
    # wording no listed page shows: one name, then a national standard; three names and 等3项行业标准
    ("科普标准发布\n《科普场馆安全运行通则》国家标准近日发布，明年起实施。\n", {"科普场馆安全运行通则"}),
    ("科普行业标准发布\n《科普游径设计导则》、《科普讲座组织流程》及《科普展品维护规程》等3项行业标准正式发布。\n",
     {"科普游径设计导则", "科普讲座组织流程", "科普展品维护规程"}),
])
def test_a_name_the_words_after_it_call_a_standard_is_cited(text, names):
    assert names <= cited(text)


@pytest.mark.parametrize(("text", "name"), [
    # not taken: a newspaper, a column, a TV programme, a slogan, a song (no document's kind, nothing after naming one)
    ("某县科普活动\n《某某科技日报》记者报道，县科协开展科普进社区活动。\n", "某某科技日报"),
    ("某市科普宣传\n市科协在日报开设《院士讲科学故事》专栏，每周一期。\n", "院士讲科学故事"),
    ("某市科普宣传\n市电视台《科学就在身边》栏目播出科普节目十二期。\n", "科学就在身边"),
    ("某县科普活动\n活动以《科学让生活更美好》为主题，吸引群众千余人。\n", "科学让生活更美好"),
    ("某县科普活动\n演出在合唱《我爱科学家》中落幕。\n", "我爱科学家"),
    # not taken: a 规定 without 关于 (the five plans keep 《公务员培训规定》 out), a 培训体系 nothing calls a standard
    ("某县全民科学素质行动实施方案（2021—2025年）\n一、重点任务\n依据《公务员培训规定》开展领导干部科学素质培训。\n",
     "公务员培训规定"),
    ("某市科协工作\n全市建成《科普人员继续教育培训体系》，培训科普人员三百人次。\n", "科普人员继续教育培训体系"),
    # not taken: a name before 标准化 (a field of work, not a standard), a book handed out
    ("某市科协工作\n围绕《科普基地运行管理》标准化建设开展培训。\n", "科普基地运行管理"),
    ("某社区科普活动\n社区向居民发放《家庭防火安全读本》五百册。\n", "家庭防火安全读本"),
])
def test_what_the_citation_rules_must_not_take(text, name):
    assert name not in cited(text)


def test_the_forms():
    for name in ("某县全民科学素质共建协议", "战略合作协议书", "科普基地申报书", "科普项目申请书", "防震减灾强化宣传提纲",
                 "2021年工作安排", "某省关于震情报道统一口径的规定", "科普产业蓝皮书"):
        assert CITED_KINDS.search(name), name
    for name in ("公务员培训规定", "科技日报", "院士话桑梓", "科学就在身边", "科普人员继续教育培训体系", "安排有序",
                 "协议的故事", "提纲挈领谈科普"):
        assert not CITED_KINDS.search(name), name
    assert KIND_AFTER.match("两项团体标准") and KIND_AFTER.match("和《某某规程》两项团体标准") and KIND_AFTER.match("国家标准")
    assert not KIND_AFTER.match("标准化建设") and not KIND_AFTER.match("栏目") and not KIND_AFTER.match("的标准")


NEWS = "某市召开科学素质工作推进会\n会上通报了全市科学素质工作情况。\n"


@pytest.mark.parametrize(("sentence", "found"), [
    # as the listed page shows it (other words): a goal met ahead of its year
    ("2023年，全市公民具备科学素质的比例达13.2%，提前完成2025年阶段目标。", {("baseline", 2023, 13.2)}),
    # wording no listed page shows: two years ahead, 实现 a plan's goal
    ("2022年全市公民具备科学素质的比例为12.6%，提前两年实现“十四五”规划确定的目标。", {("baseline", 2022, 12.6)}),
    # wording no listed page shows: 提前达成
    ("2024年全市公民具备科学素质的比例为14.1%，提前一年达成省定目标。", {("baseline", 2024, 14.1)}),
])
def test_a_share_with_a_goal_met_ahead_of_time_was_reached(sentence, found):
    assert targets(NEWS + sentence + "\n") == found


@pytest.mark.parametrize(("sentence", "found"), [
    # not taken: a sentence looking ahead (力争, 到2025年) keeps its goal
    ("力争2025年全市公民具备科学素质的比例达到15%，提前完成省定目标。", {("target", 2025, 15.0)}),
    ("到2025年，全市公民具备科学素质的比例达到15%，提前实现国家确定的目标。", {("target", 2025, 15.0)}),
    # not taken: a group's share (青少年) and another region's share on the city's page give no row
    ("2023年全市青少年具备科学素质的比例达30%，提前完成目标。", set()),
])
def test_what_the_share_rule_must_not_take(sentence, found):
    assert {(k, y, v) for k, y, v in targets(NEWS + sentence + "\n")} == found


def test_another_regions_share_met_early_is_not_the_citys():
    # the nation's share met early, on a city's page: no row of the page's (the city's own share stays as it was read)
    page = ("无锡市召开科学素质工作推进会\n2023年，无锡市公民具备科学素质的比例达到13.5%。"
            "全国公民具备科学素质的比例达14.14%，提前完成2025年阶段目标。\n")
    assert {v for _, _, v in targets(page)} == {13.5}


def test_the_reached_form():
    assert REACHED.search("提前完成2025年阶段发展目标") and REACHED.search("提前两年实现") and REACHED.search("提前3个月完成")
    assert not REACHED.search("提前谋划2025年目标") and not REACHED.search("提前部署")


# In English (parsing/english.py): the nation's average a group's share is compared with, on the nation's page, is the
# nation's share (a baseline), as the Chinese reader's NATIONAL_AVERAGE reads …远低于10.56%的全国平均水平.
EN_STORY = ("Science outreach reaches the countryside\n"
            "Volunteers, museums and schools brought exhibitions to villages across the country this month, officials said, "
            "and farmers asked experts about seeds, soil and the weather at fairs held in county towns.\n")


@pytest.mark.parametrize(("sentence", "found"), [
    # as the listed page shows it (other words): a group's share, then "lower than the national average of X percent"
    ("Last year the share of scientifically literate rural residents was 3.9 percent, lower than the national average of "
     "7.1 percent.", {("baseline", None, 7.1)}),
    # wording no listed page shows: "well below a national average of X% in YEAR"
    ("Only 2.1% of women over 60 were scientifically literate, well below a national average of 6.2% in 2015.",
     {("baseline", 2015, 6.2)}),
])
def test_the_national_average_beside_a_groups_share_in_english(sentence, found):
    assert targets(EN_STORY + sentence + "\n") == found


@pytest.mark.parametrize("text", [
    # not taken: on a province's page the nation's average is not its fact
    ("Hunan steps up science outreach in villages\nIn Hunan province, the share of scientifically literate rural residents "
     "was 4.2 percent, lower than the national average of 8.1 percent.\n"),
    # not taken: a share that is no group's beside the average (whose it is the sentence does not say)
    (EN_STORY + "The proportion of people with scientific literacy hit 11 percent in the city, higher than the national "
     "average of 8.1 percent.\n"),
])
def test_what_the_english_rule_must_not_take(text):
    assert 8.1 not in {v for _, _, v in targets(text)}
