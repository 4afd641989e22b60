"""Issue 23, round sixty-six: the forms of holdouts 120-123's misses that a second example and the pattern of Chinese
documents and news explain.

A bureau's statistics bulletin (《…国民经济和社会发展统计公报》, 《…人口普查公报》) and a consensus bodies agree on
(《…联盟共识》) are documents: cited (citations.CITED_KINDS). Not taken: a gazette (《政府公报》) or any 公报 without
统计/普查, a 共识 that does not end the name.

A goal met, as stated, is a target of its year (docs/fact_conventions.md: "A goal met"): quoted in the words that set it in a
sentence of its own after the share's (已提前一年多实现《X》提出的“2025年超过15%”的发展目标; targets.NEXT_GOAL and GOAL_LEAD),
or quoted right after the verb that met it, the share's own sentence cut there (提前实现了2025年“超过15%”;
targets.MET_QUOTED_GOAL). The share reached beside it stays a baseline. Not taken: a quotation after 实现 or 完成 holding no
share (完成了“科普惠民”工程), a sentence that names another measure.

A body that 发文 in a news lead with no headline (中国科协办公厅发文，对…进行通报表扬) is not taken: such a page, once its lines
are wrapped, is no longer read as news, so the issuer gained would be lost again under perturbation (docs/parser_rounds.md;
round sixty-seven reads a wrapped lead and takes it, tests/test_round67.py).

A column's label a repost platform sets before a headline with a vertical bar (转发通知|关于…的通知) is no part of the title
(documents.COLUMN_LABEL in clean_title)."""

from __future__ import annotations

import pytest
from made_up import parsed, plan, targets

from sciplan_analysis.parsing.citations import CITED_KINDS
from sciplan_analysis.parsing.documents import clean_title
from sciplan_analysis.parsing.targets import MET_QUOTED_GOAL


def cited(text: str) -> set[str]:
    c = parsed(text).citations
    return set(c.title) if not c.empty else set()


@pytest.mark.parametrize(("text", "name"), [
    # a statistics bulletin named as a share's source (other words than the listed page's)
    ("某省科普场馆建设提速\n据某省统计局发布的《2024年某省国民经济和社会发展统计公报》，全省科技馆达到42座。\n",
     "2024年某省国民经济和社会发展统计公报"),
    # wording no listed page shows: a census bulletin
    ("某市科普人才分析\n《某市第七次全国人口普查公报》显示，全市受过大学教育的人口明显增加。\n",
     "某市第七次全国人口普查公报"),
    # a consensus an alliance reads out (other words)
    ("长三角科普场馆联盟成立\n会上，联盟理事长宣读了《长三角科普场馆联盟共识》。\n", "长三角科普场馆联盟共识"),
    # wording no listed page shows: a consensus signed at a forum
    ("某论坛闭幕\n与会各方共同签署《科学教育协同发展某某共识》，约定每年轮流举办论坛。\n", "科学教育协同发展某某共识"),
])
def test_a_bulletin_or_a_consensus_is_cited(text, name):
    assert name in cited(text)


@pytest.mark.parametrize(("text", "name"), [
    # not taken: a gazette, a 公报 of no statistics, a 共识 inside a longer name
    ("某省政府文件\n《某省人民政府公报》刊登的文件与正式文件具有同等效力。\n", "某省人民政府公报"),
    ("某会议闭幕\n会议发表了《某某会议新闻公报》。\n", "某某会议新闻公报"),
    ("某县科普活动\n县科协组织观看《共识的力量》纪录片。\n", "共识的力量"),
])
def test_what_the_citation_rules_must_not_take(text, name):
    assert name not in cited(text)


def test_the_kinds():
    for name in ("2025年国民经济和社会发展统计公报", "第七次全国人口普查公报", "京津冀科学教育馆联盟共识"):
        assert CITED_KINDS.search(name), name
    for name in ("政府公报", "即时比分公报", "共识的力量"):
        assert not CITED_KINDS.search(name), name


NEWS = "某市科普工作综述\n"


@pytest.mark.parametrize(("text", "found"), [
    # a goal quoted in a sentence of its own after the share's, met ahead of time (other words than the listed page's)
    (NEWS + "2024年全市公民具备科学素质的比例已达到13.2%。现已提前两年实现“2025年达到13%”的阶段目标。\n",
     {("baseline", 2024, 13.2), ("target", 2025, 13.0)}),
    # wording no listed page shows: a plan named, 目前已 and months ahead
    (NEWS + "2024年全市公民具备科学素质的比例已达16.1%。这一指标逐年提高。目前已提前6个月实现《某市全民科学素质行动规划》"
            "提出的“2025年超过15%”的发展目标。\n",
     {("baseline", 2024, 16.1), ("target", 2025, 15.0)}),
    # a goal quoted right after the verb that met it, the teaser cut there (other words)
    (NEWS + "2024年全市公民具备科学素质的比例为12.6%，提前实现了2025年“超过12%\"\n",
     {("baseline", 2024, 12.6), ("target", 2025, 12.0)}),
    # wording no listed page shows: 完成, the quote closed
    (NEWS + "2023年全县公民具备科学素质的比例为11.4%，已提前完成2025年“达到11%”。\n",
     {("baseline", 2023, 11.4), ("target", 2025, 11.0)}),
])
def test_a_goal_met_quoted_is_a_target(text, found):
    assert targets(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # not taken: a quotation after 完成 holding no share, a later value of another measure
    (NEWS + "2023年全市公民具备科学素质的比例为12.6%，完成了“科普惠民”工程，覆盖率达到100%。\n", {("baseline", 2023, 12.6)}),
    # not taken: a goal quoted in a sentence that names another measure's subject (科普经费)
    (NEWS + "2024年全市公民具备科学素质的比例已达到13.2%。全市科普经费投入已提前实现“2025年达到2%”的目标。\n",
     {("baseline", 2024, 13.2)}),
])
def test_what_the_goal_rules_must_not_take(text, found):
    assert targets(text) == found


def test_the_quoted_goal_form():
    assert MET_QUOTED_GOAL.search("提前实现了2025年“超过15%\"").group(1) == "15"
    assert MET_QUOTED_GOAL.search("已完成“达到12%以上”").group(1) == "12"
    assert not MET_QUOTED_GOAL.search("完成了“科普惠民”工程，覆盖率达到100%")
    assert not MET_QUOTED_GOAL.search("实现了2025年超过15%")


@pytest.mark.parametrize(("text", "title"), [
    # a repost platform's column label before a notice's headline (other words than the listed page's)
    ("转发通知|关于举办2024年某省青少年科普讲解大赛的通知\n各市科协：\n为提升青少年科学素质，决定举办大赛。\n",
     "关于举办2024年某省青少年科普讲解大赛的通知"),
    # wording no listed page shows: another label and a full-width bar
    ("通知公告｜关于开展2024年某市科普示范社区创建工作的通知\n各区科协：\n为推进社区科普，现将有关事项通知如下。\n",
     "关于开展2024年某市科普示范社区创建工作的通知"),
])
def test_a_column_label_before_a_bar_is_no_part_of_the_title(text, title):
    assert plan(text)["title"] == title


def test_the_column_label_form():
    assert clean_title("转发通知|关于举办某某大赛的通知") == "关于举办某某大赛的通知"
    # not taken: a bar after a long run (no label), a bar with too little after it
    assert clean_title("关于举办2024年某省青少年科普讲解大赛的通知|某某网") == "关于举办2024年某省青少年科普讲解大赛的通知|某某网"
    assert clean_title("通知公告|通知") == "通知公告|通知"
    # not taken: a document's own name before the bar (a sharing site's file name and its short form)
    assert clean_title("某镇科普活动方案|科普活动方案大全") == "某镇科普活动方案|科普活动方案大全"
