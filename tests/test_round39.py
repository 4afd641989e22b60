"""Issue 23, round thirty-nine: a law, a regulation or a rule as the page's own document, as law and policy databases and
PDF files hold them (docs/parser_rounds.md). Made-up pages, one of each form in wording no listed page shows, and the forms
the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import doc_number, is_law_title
from sciplan_analysis.parsing.normalise import clean
from sciplan_analysis.parsing.scholarly import is_scholarly

ARTICLES = ("第一章 总则\n第一条 为了加强科学技术普及工作，提高公民的科学文化素质，根据有关法律、法规，结合本省实际，制定本条例。\n"
            "第二条 本省行政区域内开展科学技术普及活动，适用本条例。\n第三条 各级人民政府应当将科普工作纳入国民经济和社会发展"
            "规划。\n")


@pytest.mark.parametrize(("page", "title", "number", "iso"), [
    # a law database's record: bracketed fields, the name twice, the note of its passing, the chapters (as listed pages
    # show it, other words)
    ("律师网> 法律法规库> 地方法规> 某某省科学技术普及条例\n【发布单位】某某省\n【发布文号】某某省人民代表大会常务委员会公告第"
     "18号\n【发布日期】2012-05-30\n【生效日期】2012-08-01\n某某省科学技术普及条例\n某某省科学技术普及条例\n（2012年5月30日某某省"
     "第十一届人民代表大会常务委员会第二十九次会议通过 2012年5月30日某某省人民代表大会常务委员会公告第18号公布 自2012年8月1日"
     "起施行）\n" + ARTICLES,
     "某某省科学技术普及条例", "某某省人民代表大会常务委员会公告第18号", "2012-05-30"),
    # a standing committee's announcement over the text, the number with its year in brackets (as a listed page shows
    # it, other words)
    ("某某自治区实施《中华人民共和国科学技术普及法》办法\n（某某自治区人大常委会公告（2009）第12号）\n《某某自治区实施〈中华人民"
     "共和国科学技术普及法〉办法》已由某某自治区第十届人民代表大会常务委员会第八次会议于2009年3月27日通过，现予公布。\n"
     "某某自治区人民代表大会常务委员会\n2009年3月27日\n" + ARTICLES,
     "某某自治区实施《中华人民共和国科学技术普及法》办法", "某某自治区人大常委会公告（2009）第12号", "2009-03-27"),
    # a province's government rule under its order (wording no listed page shows)
    ("某某省科普基地管理办法（试行）\n（2016年9月1日某某省人民政府令第205号公布 自2016年10月1日起施行）\n" + ARTICLES,
     "某某省科普基地管理办法（试行）", "某某省人民政府令第205号", "2016-09-01"),
])
def test_a_legal_texts_name_number_and_date_are_the_pages(page, title, number, iso):
    row = plan(page)
    assert (row["title"], row["doc_number"], row["issue_date"]) == (title, number, iso)
    assert row["page_kind"] == "document"


@pytest.mark.parametrize("page", [
    # a PDF's text run into one line, spaces inside its words (as a listed page shows it, other words)
    "某某市科学技术普及条例 （2010年6月25日某某市第十三届人民代表 大会常务委员会第十九次会议通过 ） 第一条 为了加强科学技术"
    "普及工作，根据《中华人民共和国科学技术普及法》，制定本条例。 第二条 本条例适用于本市行政区域。 1  第三条 …",
    # a law site's page, its name under the site's name, a later article first (wording no listed page shows)
    "法律信息网--法规检索\n某某市科学技术普及条例\n第二十条 车站、公园等公共场所的管理单位应当开展科普宣传。\n第二十一条 "
    "科普经费列入同级财政预算。\n",
])
def test_a_legal_texts_name_over_its_articles_or_run_in_before_them_is_the_title(page):
    assert plan(page)["title"] == "某某市科学技术普及条例"


@pytest.mark.parametrize("page", [
    # a later page of a law: its articles under no name (the fact writers' ∅)
    "公共场所的经营管理单位应当开展科普宣传。\n第二十一条 工会、共青团、妇联等社会团体应当组织开展科普活动。\n"
    "第二十二条 企业应当结合技术改造开展职工技能培训。\n",
    # a line that is no law's name over articles: a plan's heading (加强科普立法) and a sentence
    "加强科普立法\n第一条 各地要完善地方科普法规体系。\n第二条 开展科普执法检查。\n",
])
def test_articles_under_no_law_name_give_no_title(page):
    assert plan(page)["title"] is None


@pytest.mark.parametrize(("line", "expected"), [
    ("某某省科学技术普及条例", True),
    ("中华人民共和国科学技术普及法", True),
    ("某某市科普经费管理办法（试行）", True),
    ("科学普及的方法", False),  # 方法 ends no law's name
    ("加强地方科普立法", False),
    ("关于印发某某市科普基地管理办法的通知", False),
    ("某某省人民代表大会常务委员会", False),  # an organ
    ("第一条 为了加强科学技术普及工作", False),
])
def test_a_laws_name(line, expected):
    assert is_law_title(line) is expected


@pytest.mark.parametrize(("text", "number"), [
    ("发布文号：某自治区人大常委会公告（2005）第9号", "某自治区人大常委会公告（2005）第9号"),  # was clipped to 区人大常委会公告〔2005〕9号
    ("2006年7月21日某某省人民代表大会常务委员会公告第62号公布", "某某省人民代表大会常务委员会公告第62号"),  # the date is no organ
    ("国务院令第588号", "国务院令第588号"),
    ("某府办发〔2022〕28号", "某府办发〔2022〕28号"),  # a document's number as before
])
def test_a_laws_number_keeps_its_whole_organ(text, number):
    assert doc_number(text) == number


@pytest.mark.parametrize(("line", "cleaned"), [
    ("[发布日期] 2013-11-21 [发布机构] 某某部", "发布日期：2013-11-21发布机构：某某部"),  # (spaces by CJK go, as ever)
    ("•【發布文號】某省人大常委會公告第47號", "•發布文號：某省人大常委會公告第47號"),  # as written, in its own script
    ("【摘要】本文讨论科普", "【摘要】本文讨论科普"),  # no site field's label: kept
    ("[ 发文字号 ]", "[发文字号]"),  # alone on its line: the next line's label (bare_label_fields)
])
def test_a_bracketed_field_label_with_its_value_reads_as_a_label(line, cleaned):
    assert clean(line) == cleaned


def test_a_policy_librarys_record_is_no_paper():
    # a policy library's record shows [摘要] and [关键词] beside the document's fields (as a listed page shows it, other
    # words); a paper shows the two cues without them
    record = ["某某部关于公布2020年优秀科普作品名单的通知", "[摘要] 某科发〔2020〕66号 各有关单位：为繁荣科普创作，现将名单公布。",
              "[发布日期] 2020-11-21 [发布机构] 某某部", "[效力级别] 规范性文件 [关键词] 科普作品;名单 [时效性] 现行有效"]
    assert not is_scholarly(record)
    assert is_scholarly(["[摘要] 本文讨论科普", "[关键词] 科普;素质", "参考文献"])
    row = plan("\n".join(record))
    assert (row["title"], row["issuer"], row["issue_date"]) == ("某某部关于公布2020年优秀科普作品名单的通知", "某某部",
                                                              "2020-11-21")


def test_a_laws_text_under_a_byline_is_a_document():
    # a law site's page with an author, time and source line (a news cue) over the regulation (as a listed page shows it)
    row = plan("您的位置：首页》法律资料网》法律法规》\n某某省科学技术普及条例\n作者：法律资料网 时间：2024-07-06 19:31:43 浏览："
               "8675 来源：法律资料网\n某某省科学技术普及条例\n某某省人民代表大会常务委员会\n《某某省科学技术普及条例》已由某某省第九届"
               "人民代表大会常务委员会第十次会议于1999年8月14日通过，现予公布，自公布之日起施行。\n" + ARTICLES)
    assert (row["page_kind"], row["title"]) == ("document", "某某省科学技术普及条例")
