"""Issue 23, round eighty-seven: a 公示 or meeting notice recounting the document it follows is no copy of that document.

The window's commonest confident wrong value: a page that is a 公示 or a notice of its own (现将…进行公示, 公示期内,
具体安排如下) but opens by recounting an earlier document (某局于3月2日发布《关于征集…的通知》, 某司下发了《…》（某号）) was
given that document's title, number and issuer, as a news lead's would be. The earlier document is the page's basis:
the title is left empty (title_source ``basis``) unless a line shows the page's own."""

from __future__ import annotations

import pytest
from made_up import plan, value

PUBLICITY = """各有关单位：
为积极引进创新资源，乳山市科技局根据年度工作计划安排，于3月2日发布《关于征集2023年乳山市“揭榜制”项目的通知》，面向全市公开征集技术需求。共征集到5项技术需求，市科技局组织专家进行了评审。现将评审得分情况进行公示。
公示期内，任何个人和单位均可向乳山市科技局反映有关情况。
公示时间：2023年4月27日-2023年5月6日
联系电话：0631-6652175
乳山市科学技术局
2023年4月26日
"""

# wording no listed page shows: a school's meeting notice recounting a ministry department's notice and its number
MEETING = """科技部某司2020年9月28日下发了《关于开展某类基地绩效评估工作的通知》（国科某函〔2020〕20号），科研处已转发通知要求，为做好评估准备，学校拟组织专家咨询，具体安排如下：
一、会议时间：2020年10月19日
二、会议地点：行政楼会议室
科研处
2020年10月14日
"""


@pytest.mark.parametrize("text", [PUBLICITY, MEETING])
def test_a_publicity_or_meeting_notice_is_not_titled_by_its_basis(text):
    row = plan(text)
    assert value(text, "title") is None
    assert row["title_source"] == "basis"
    assert value(text, "doc_number") is None


def test_the_publicitys_own_signature_still_reads():
    assert value(PUBLICITY, "issuer") == "乳山市科学技术局"
    assert value(PUBLICITY, "issue_date") == "2023-04-26"


# must-nots: the lead's document is the page's when the page reports or issues it
NEWS = """日前，某省人民政府办公厅印发了《某省全民科学素质行动规划纲要实施方案（2021—2025年）》，对全省科学素质工作作出部署。
方案提出，到2025年，全省公民具备科学素质的比例超过13%。
"""

ISSUING = """各县（市、区）人民政府，市政府各部门：
现将《某市科普基地认定办法》印发给你们，请认真贯彻执行。认定结果将进行公示，公示期为7天。
某市人民政府办公室
2023年5月9日
"""


def test_a_news_lead_still_names_the_document_it_reports():
    assert value(NEWS, "title") == "某省全民科学素质行动规划纲要实施方案（2021—2025年）"


def test_a_notice_issuing_a_document_is_still_titled_by_it_whatever_it_says_of_publicity():
    assert value(ISSUING, "title") == "某市科普基地认定办法"
