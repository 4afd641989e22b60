"""Issue 23, round thirty-two: news of 科普 documents (docs/parser_rounds.md). Each rule with made-up forms, one of them
in wording no listed page shows, and the forms it must not take."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.issuers import is_issuer, lead_subject


def news(headline: str, lead: str, body: str = "条例明确了各级政府和有关部门的科普职责，规定了科普经费的保障。") -> str:
    """A made-up news page: headline, date and outlet line, lead, a body paragraph and the byline."""
    return f"{headline}\n\n发布时间：2024-03-01 09:00 来源：某省日报\n\n{lead}\n\n{body}\n\n（记者 王某）\n"


# -- R1: a regulation named by a news lead, approved, in force or explained (表决通过 was read already) ------------------

@pytest.mark.parametrize(("headline", "lead", "title"), [
    # as the listed pages say it (other words): in force on a day
    ("某省科普条例今起施行", "3月1日，《某省科学技术普及条例》正式施行。记者从省人大常委会获悉，条例共7章50条。",
     "某省科学技术普及条例"),
    # approved by the province's standing committee and in force on a day to come
    ("某市科普地方性法规获批", "记者近日获悉，《某市科学技术普及条例》已经省人大常委会审查批准，将于10月1日起施行。",
     "某市科学技术普及条例"),
    # explained at a touring briefing, its short name given in brackets
    ("某省科普条例宣讲会举行", "5月8日，《某省科学技术普及条例》（以下简称《条例》）宣讲报告会在某市科技馆举行。记者从会上获悉，"
     "《条例》提出，鼓励科技工作者参与科普活动。", "某省科学技术普及条例"),
    # wording no listed page shows: 经…批准 and a prefecture's regulation coming into force from a date
    ("某州科普条例明年施行", "近日，《某自治州科学技术普及条例》经省人大常委会批准，自2025年1月1日起施行。",
     "某自治州科学技术普及条例"),
])
def test_a_regulation_named_by_a_news_lead_is_the_pages_document(headline, lead, title):
    p = plan(news(headline, lead))
    assert (p["title"], p["title_source"]) == (title, "lead")
    assert p["period_start"] is None or p["period_start"] != p["period_start"]  # a regulation sets no span


def test_an_outline_a_later_sentence_recounts_is_not_taken_before_the_regulation():
    """The regulation in the lead's first sentence is the page's; the outline its next sentence names (2021年6月，国务院印发的
    《…》明确提出) is not the title and gives no period (item 2 of the brief: removed by R1, no rule of its own)."""
    lead = ("3月1日，《某市科学技术普及条例》开始施行。2021年6月，国务院印发的《全民科学素质行动规划纲要（2021—2035年）》明确提出，"
            "鼓励有条件的地方制修订科普条例。2月18日，某市人大表决通过《某市科学技术普及条例》。")
    p = plan(news("某市科普条例施行", lead))
    assert p["title"] == "某市科学技术普及条例"
    assert p["period_start"] != 2021


def test_a_headlines_short_name_coming_into_force_does_not_stand_before_the_leads_whole_name():
    """实施 is no regulation verb: a headline's 《某市科普条例》1日起实施 leaves the lead's whole name the title."""
    p = plan(news("《某市科普条例》1日起实施", "3月1日，《某市科学技术普及条例》开始施行。条例共6章43条。"))
    assert p["title"] == "某市科学技术普及条例"


@pytest.mark.parametrize("lead", [
    # a regulation in force for some years, recounted: 施行以来
    "《某省科学技术普及条例》施行以来，全省科普工作取得长足进步，公民科学素质稳步提升。",
    # a draft still to be approved: its name ends in 草案, and 将提请…批准 is still to come
    "近日，《某省科学技术普及条例（修订草案）》将提请省人大常委会审查批准。",
    # a regulation's coming into force as a point in time
    "与《某省科学技术普及条例》施行前相比，全省科普场馆数量增长一倍。",
])
def test_a_regulation_recounted_to_come_or_as_a_point_in_time_is_no_title(lead):
    assert plan(news("某省科普工作综述", lead))["title"] is None


def test_a_plan_citing_regulations_keeps_its_own_title():
    """A plan's body cites 《中华人民共和国科学技术普及法》 and a province's 条例 (施行 after one of them): both stay citations."""
    text = ("某县全民科学素质行动实施方案\n"
            "为贯彻落实《中华人民共和国科学技术普及法》和《某省科学技术普及条例》，结合我县实际，制定本方案。\n"
            "一、总体要求\n（一）目标。到2025年，全县公民具备科学素质的比例达到12%。\n"
            "二、保障措施\n认真执行《某省科学技术普及条例》，自2022年起施行的各项规定落实到位。\n")
    c = parsed(text)
    assert c.plans.iloc[0]["title"] == "某县全民科学素质行动实施方案"
    assert "某省科学技术普及条例" in set(c.citations.title)


def test_a_plans_own_in_force_clause_is_no_regulation():
    """施行 after a plan's name (《X方案》即日起施行) reads as nothing new: the verbs are a regulation's only."""
    lead = "《某县科普示范社区创建方案》即日起施行，各社区要认真组织实施。"
    assert plan(news("某县科普工作动态", lead))["title"] is None


# -- R2: a plan named bare after its verb, with its five-year plan's number; its name in 《》 where the page gives it -----

@pytest.mark.parametrize(("lead", "body", "title", "issuer"), [
    # as the listed pages say it (other words): a region, its plan named bare
    ("日前，某省发布科学技术普及事业发展“十四五”规划，全省将实施六大科普工程。到2025年，全省公民具备科学素质的比例超过12%。",
     "规划提出，每个县建成一座科普场馆。", "科学技术普及事业发展“十四五”规划", None),
    # the same plan named in 《》 with its region in the body: that whole name
    ("某市日前发布“十四五”科普事业发展规划。未来5年，全市将新建10座科普场馆。",
     "根据新发布的《某市科普事业“十四五”发展规划》，全市将实施科普能力提升工程。", "某市科普事业“十四五”发展规划", None),
    # wording no listed page shows: an organ as the subject, 印发 and no quotation marks
    ("近日，某市科学技术协会印发十四五科学素质建设规划，明确了今后五年的目标任务。到2025年，全市将建成科普示范社区50个。",
     "规划要求，各区县科协加强基层科普组织建设。", "十四五科学素质建设规划", "某市科学技术协会"),
])
def test_a_plan_named_bare_with_its_five_year_number_is_the_pages_document(lead, body, title, issuer):
    p = plan(news("某地发布科普规划", lead, body))
    assert (p["title"], p["issuer"]) == (title, issuer)


@pytest.mark.parametrize("lead", [
    # no five-year number: a kind of work mentioned, not a document's name (round eighteen)
    "近日，某县出台了某县全民科学素质行动计划工作方案。全县各乡镇认真组织学习。",
    # a plan still to come
    "某市科协表示，明年将发布“十五五”科普事业发展规划，进一步完善科普工作体系。",
    # no region nor organ before the verb
    "会议要求，各地抓紧发布“十四五”科普规划，确保按时完成。",
    # a year alone opens the sentence: an earlier plan recounted
    "2016年，某省发布科学技术普及事业发展“十三五”规划，全省科普工作取得明显成效。",
])
def test_a_bare_name_without_a_number_a_subject_or_a_time_now_is_no_title(lead):
    assert plan(news("某地科普工作动态", lead))["title"] is None


# -- R3: joint issuers acting 共同, a federation among them --------------------------------------------------------------

@pytest.mark.parametrize(("before", "issuer"), [
    # as the listed page says it (other words): a province's association, the later organs by their level alone
    ("近日，某省科学技术协会、省社会科学界联合会、省人力资源和社会保障厅共同",
     "某省科学技术协会、省社会科学界联合会、省人力资源和社会保障厅"),
    # wording no listed page shows: a city's association and its women's federation by their short names
    ("日前，某市科协、市妇联共同", "某市科协、市妇联"),
    # 联合, read already, with a federation of writers and artists
    ("某县科协和某县文学艺术界联合会联合", "某县科协、某县文学艺术界联合会"),
])
def test_joint_issuers_acting_together_with_a_federation(before, issuer):
    assert lead_subject(before) == issuer


def test_joint_issuers_in_a_news_lead_issue_the_named_notice():
    lead = ("近日，某省科学技术协会、省社会科学界联合会、省人力资源和社会保障厅共同印发了《关于开展科学传播专业职称评审工作的通知》"
            "（以下简称《通知》），标志着全省科学传播专业职称评审工作正式启动。")
    p = plan(news("某省科普职称评审启动", lead, "《通知》内容包括评审范围、申报条件和评审程序等9个部分。"))
    assert p["title"] == "关于开展科学传播专业职称评审工作的通知"
    assert p["issuer"] == "某省科学技术协会、省社会科学界联合会、省人力资源和社会保障厅"


@pytest.mark.parametrize("name", [
    "妇联",  # whose federation?
    "某县农民专业合作社联合会",  # a federation of no people's organisation
    "某省社会科学界联合会宣传处",  # a federation's office is not read so
    "欢乐谷市妇联",  # a region no table knows
])
def test_a_federation_needs_its_region_and_nothing_else(name):
    assert not is_issuer(name)


def test_a_list_with_a_body_that_is_no_organ_gives_no_joint_issuer():
    """共同 after a list holding 有关单位 names no joint issuer (each part must be an organ)."""
    assert lead_subject("近日，某市科协、有关单位共同") != "某市科协、有关单位"
