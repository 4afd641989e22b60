"""Issue 23, round fifty-seven: a body's guide to a piece of work (《…工作指南》, 《…项目指南》, 《…建设指南》) and a standard's
name (《…基本要求》, 《…指标体系》) named in 《》 are documents, so citations (docs/parser_rounds.md). Before the round neither
kind was read (no document word in the name): five seen pages miss a guide, three a standard. Tests on made-up pages, each
form in at least two wordings, one no listed page shows, and the forms the rule must not take (a book's 指南, a survey, a
system that is no standard's index)."""

from __future__ import annotations

import pytest
from made_up import parsed

from sciplan_analysis.parsing.citations import CITED_KINDS


def cited(text: str) -> set[str]:
    c = parsed(text).citations
    return set(c.title) if not c.empty else set()


@pytest.mark.parametrize(("text", "name"), [
    # as news of a ministry's guide shows it (other words): 印发《…工作指南》
    ("某省推进中小学科学教育\n近日，某省教育厅印发《某省中小学科学教育工作指南》，要求各地配齐科学副校长。\n",
     "某省中小学科学教育工作指南"),
    # a commission's yearly call for projects (other words): 《YEAR年…项目指南》
    ("市科委征集科普项目意见\n市科委将在《2024年某市科学普及项目指南》正式发布前，向社会公开征求意见。\n",
     "2024年某市科学普及项目指南"),
    # wording no listed page shows: a 申报指南 a notice attaches
    ("关于组织申报2025年度科普示范基地的通知\n各有关单位：\n请按照《某市科普示范基地申报指南》要求，于6月底前报送材料。\n",
     "某市科普示范基地申报指南"),
    # wording no listed page shows: a 建设指南 and an 实施指南 in one sentence
    ("某县推进科普阵地建设\n依据《某县社区科普e站建设指南》和《某县科普大篷车巡展实施指南》，全县新建站点二十个。\n",
     "某县社区科普e站建设指南"),
])
def test_a_bodys_guide_to_a_piece_of_work_is_cited(text, name):
    assert name in cited(text)


@pytest.mark.parametrize(("text", "names"), [
    # as an association's release of group standards shows it (other words): two 指标体系 at once
    ("某学会发布两项团体标准\n某学会日前发布《科普讲座评价指标体系》和《科普场馆认定指标体系》两项团体标准。\n",
     {"科普讲座评价指标体系", "科普场馆认定指标体系"}),
    # as national standards' news shows them (other words): 基本要求
    ("两项科普国家标准发布\n国家标准《科普讲解服务基本要求》《科普研学基地服务基本要求》近日发布，明年起实施。\n",
     {"科普讲解服务基本要求", "科普研学基地服务基本要求"}),
    # wording no listed page shows: a standard named after its number, in a plan's clause
    ("某市全民科学素质行动实施方案（2021—2025年）\n一、重点任务\n对照GB/T 00000-2030《科普志愿服务基本要求》规范志愿服务，"
     "参照《某市科普示范社区评估指标体系》开展评估。\n",
     {"科普志愿服务基本要求", "某市科普示范社区评估指标体系"}),
])
def test_a_standards_name_is_cited(text, names):
    assert names <= cited(text)


@pytest.mark.parametrize(("text", "name"), [
    # not taken: a book's 指南, which names no piece of work a body guides (as the test_documents book, on a plan page)
    ("某县全民科学素质行动实施方案（2021—2025年）\n一、总体要求\n组织干部学习其著作《数字麦克卢汉：信息化新纪元指南》，开展科普活动。\n",
     "数字麦克卢汉：信息化新纪元指南"),
    ("某社区科普活动\n社区向居民发放《家庭健康生活指南》《老年人防骗指南》等读本五百册。\n", "家庭健康生活指南"),
    ("某社区科普活动\n社区向居民发放《家庭健康生活指南》《老年人防骗指南》等读本五百册。\n", "老年人防骗指南"),
    # not taken: a survey (its own name is no document, docs/fact_conventions.md), a system that is no standard
    ("某市公民科学素质调查\n《第十二次中国公民科学素质抽样调查》结果显示，某市公民素质有所提高。\n", "第十二次中国公民科学素质抽样调查"),
    ("某市科协工作\n全市建成《科普人员继续教育培训体系》，培训科普人员三百人次。\n", "科普人员继续教育培训体系"),
])
def test_what_the_rule_must_not_take(text, name):
    assert name not in cited(text)


def test_the_form():
    for name in ("中小学科学教育工作指南", "2015年科学普及项目指南", "国土资源科普基地建设指南", "某省科普基地申报指南",
                 "科普教育基地服务基本要求", "科幻企业认定指标体系"):
        assert CITED_KINDS.search(name), name
    for name in ("数字麦克卢汉：信息化新纪元指南", "家庭健康生活指南", "指南针的故事", "基本要求与实践",
                 "指标体系研究综述", "科普人员继续教育培训体系"):
        assert not CITED_KINDS.search(name), name
