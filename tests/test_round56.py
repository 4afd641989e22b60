"""Issue 23, round fifty-six: a notice issuing two documents at once (关于印发《A》和《B》的通知) was read as titled
'A》和《B' (the span between its first 《 and its last 》), which names neither; the notice keeps its own whole title
(docs/parser_rounds.md). The rule only removes a wrong value: it rests on one seen page (fabao365, holdout113) and the
made-up forms here, one in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import TWO_CARRIED, carried

BODY = ("各市科协、教育局：\n现将有关文件印发给你们，请结合实际认真贯彻落实。\n"
        "一、工作目标\n到2025年，全市青少年科学素质明显提高。\n")


@pytest.mark.parametrize("heading", [
    # as the listed page shows it (other words): the sender, 和 between the two
    "某省科学技术协会关于印发《2023年青少年科技创新大赛实施方案》和《2023年青少年科技创新大赛评审办法》的通知",
    # wording no listed page shows: 、 between the two, no sender
    "关于印发《某市科普示范社区创建方案》、《某市科普示范社区考核细则》的通知",
    # wording no listed page shows: 及, a 颁布
    "某县人民政府关于颁布《某县全民科学素质行动实施方案》及《某县科普工作考核办法》的通知",
    # wording no listed page shows: nothing between the two
    "某市科协关于印发《某市科普讲解大赛方案》《某市科普讲解大赛评分标准》的通知",
])
def test_a_notice_issuing_two_documents_keeps_its_own_title(heading):
    assert carried(heading) == heading
    row = plan(heading + "\n" + BODY)
    assert row["title"] == heading
    assert "》" not in row["title"].split("《", 1)[0]


@pytest.mark.parametrize(("heading", "inner"), [
    # not taken: one document carried, its name holding a document of its own in 《》 or 〈〉
    ("某省人民政府关于印发《某省贯彻〈全民科学素质行动规划纲要〉实施方案》的通知", "某省贯彻〈全民科学素质行动规划纲要〉实施方案"),
    ("关于印发《关于贯彻落实〈科普法〉的实施意见》的通知", "关于贯彻落实〈科普法〉的实施意见"),
    # not taken: one document carried
    ("某市科协关于印发《某市科普工作要点》的通知", "某市科普工作要点"),
])
def test_one_document_carried_is_still_the_plan(heading, inner):
    assert carried(heading) == inner


def test_the_form():
    assert TWO_CARRIED.search("A》和《B")
    assert TWO_CARRIED.search("A》以及《B")
    assert TWO_CARRIED.search("A》《B")
    # not taken: one name holding a document of its own (its 》 followed by no other 《)
    assert not TWO_CARRIED.search("贯彻《纲要》实施方案")
    assert not TWO_CARRIED.search("贯彻〈纲要〉的实施意见")


def test_a_forwarding_notice_is_unchanged():
    # 转发 carries no plan: the notice's title was kept whole before the round too
    heading = "关于转发《某省科普基地认定办法》和《某省科普基地管理办法》的通知"
    assert carried(heading) == heading
