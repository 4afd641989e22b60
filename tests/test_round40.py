"""Issue 23, round forty: forms that recur among the misses of all seen pages after round thirty-nine
(docs/parser_rounds.md). Made-up pages, one of each form in wording no listed page shows, and the forms the rules must
not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import undoubled
from sciplan_analysis.parsing.issuers import is_association

BODY = ("一、总体要求\n坚持以人民为中心，深入推进科学普及工作，服务全民科学素质提升。\n二、重点任务\n（一）加强科普阵地建设。"
        "\n（二）组织开展科普活动。\n")


@pytest.mark.parametrize(("page", "issuer", "iso"), [
    # a learned society relaying the national association's points, its attachment listed by number (as a listed
    # page shows it, other words)
    ("各分会、各专业委员会：\n现将《中国科协2023年科普工作要点》转发给你们，请结合实际认真贯彻落实。\n附件：\n"
     "1.中国科协2023年科普工作要点\n中国某某工程学会\n2023年3月8日\n中国科协2023年科普工作要点\n" + BODY,
     "中国某某工程学会", "2023-03-08"),
    # a region's senior scientists' association under a contact line of two fields (as a listed page shows it)
    ("某老科协发〔2023〕2号\n各地州市老科协：\n《某某老科协2022年工作总结和2023年工作要点》经会长办公会审议通过，现转发给你们。\n"
     "联系人：某某 电子邮箱：someone@example.com\n某某省老科学技术工作者协会\n2023年1月10日\n"
     "某某老科协2022年工作总结\n" + BODY,
     "某某省老科学技术工作者协会", "2023-01-10"),
    # a city's writers' association signing its own notice, its date in Chinese numerals (wording no listed page shows)
    ("关于开展2024年科普创作征文活动的通知\n各会员单位：\n为繁荣科普创作，现决定开展征文活动。请于6月底前报送作品。\n"
     "某某市科普作家协会\n二〇二四年五月八日\n",
     "某某市科普作家协会", "2024-05-08"),
])
def test_an_association_of_the_kexie_family_signs_over_its_date(page, issuer, iso):
    row = plan(page)
    assert (row["issuer"], row["issue_date"]) == (issuer, iso)


def test_a_relaying_association_signs_over_the_notice_it_relays():
    # the relaying notice's salutation lost its colon; the relayed notice's signature stands under its own salutation
    # (as a listed page shows it, other words)
    page = ("关于转发《中国老科协2022年工作总结和2023年工作安排》的通知\n各设区市老科协，省老科协各分会\n"
            "现将中国老科协关于印发《中国老科协2022年工作总结和2023年工作安排》的通知转发给你们，请结合实际认真贯彻落实。\n"
            "某某省老科学技术工作者协会\n2023年1月16日\n关于印发《中国老科协2022年工作总结和2023年工作安排》的通知\n"
            "各省、自治区、直辖市老科协，各位理事：\n现印发你们，请结合各自实际，认真贯彻落实。\n中国老科学技术工作者协会\n"
            "2022年12月30日\n")
    row = plan(page)
    assert (row["issuer"], row["issue_date"]) == ("某某省老科学技术工作者协会", "2023-01-16")


@pytest.mark.parametrize("name", ["中国岩石力学与工程学会", "新疆老科协", "河北省老科学技术工作者协会", "某某市科普作家协会",
                                  "中华某某研究会"])
def test_association_names(name):
    assert is_association(name)


@pytest.mark.parametrize("name", [
    "协会", "学会", "教育学会",            # whose? no owner
    "河北省协会",                          # no field
    "某某大学科学与技术协会",              # a university's student association: no owner the rule knows
    "某县人民政府协会",                    # an organ of the state inside
    "欢迎加入中国某某学会",                # page text
])
def test_no_association(name):
    assert not is_association(name)


def test_an_association_over_no_date_signs_nothing():
    # an association named on a line of its own over its account (a heading), no date under it
    page = "某某省科普作家协会\n协会成立于1980年，现有会员500余人，每年组织科普创作和科普讲座。\n" + BODY
    assert plan(page)["issuer"] is None


@pytest.mark.parametrize(("page", "title"), [
    # a relaying notice without its own heading: its attachments, listed by number under the label, are not its title
    # (∅ by the relaying convention; as a listed page shows it, other words)
    ("各有关单位：\n现将《某某省科协2024年科普工作要点》转发给你们，请认真贯彻落实。\n附件：\n1.某某省科协2024年科普工作要点\n"
     "2.2024年科普工作任务分工表\n某某市科学技术协会\n2024年3月1日\n", None),
    # with its own heading over the body: that heading (wording no listed page shows)
    ("关于转发2024年科普工作要点的通知\n各县区科协：\n现将有关文件转发给你们，请遵照执行。\n附件:\n1、某某省科普工作要点\n"
     "2、某某省科普工作考核办法\n某某市科学技术协会\n2024年3月5日\n", "关于转发2024年科普工作要点的通知"),
])
def test_attachments_listed_by_number_are_no_title(page, title):
    assert plan(page)["title"] == title


ARTICLES = ("第一章 总则\n第一条 为了加强科学技术普及工作，提高公民的科学文化素质，结合本市实际，制定本条例。\n"
            "第二条 本市行政区域内开展科学技术普及活动，适用本条例。\n")


@pytest.mark.parametrize(("page", "number"), [
    # a standing committee's announcement set over three lines, its number in Chinese numerals (as a listed page shows
    # it, other words)
    ("某某经济特区科学技术普及条例\n发布时间：2021/03/02\n某某市第七届人民代表大会常务委员会\n公 告\n第八十六号\n"
     "《某某经济特区科学技术普及条例》经市第七届人民代表大会常务委员会第十次会议于2021年2月26日通过，现予公布。\n"
     "某某市人民代表大会常务委员会\n2021年3月2日\n某某经济特区科学技术普及条例\n"
     "（2021年2月26日某某市第七届人民代表大会常务委员会第十次会议通过）\n目 录\n" + ARTICLES,
     "某某市第七届人民代表大会常务委员会公告第八十六号"),
    # the announcement on one line, 第N号 in brackets on the next (as a listed page shows it, other words)
    ("您的位置：首页 > 法律法规\n某某省科学技术普及条例\n某某省人大常委会\n某某省第十届人大常委会公告\n（第15号）\n"
     "《某某省科学技术普及条例》已于2005年7月29日通过，现予以公布。\n2005年7月29日\n某某省科学技术普及条例\n" + ARTICLES,
     "某某省第十届人大常委会公告第15号"),
    # a government's order, 第N号 in brackets run on (wording no listed page shows)
    ("某某市科普基地管理办法\n某某市人民政府令（第203号）\n《某某市科普基地管理办法》已经市政府常务会议通过，现予公布。\n"
     "2018年4月2日\n" + ARTICLES.replace("条例", "办法"),
     "某某市人民政府令第203号"),
])
def test_an_announcements_number_over_lines_or_in_brackets(page, number):
    assert plan(page)["doc_number"] == number


def test_an_announcements_organ_is_no_longer_than_its_line():
    # the law's name and the standing committee's short name on the lines above the announcement: the number's organ
    # is the announcement's own line, not the lines above run into it
    page = ("某某省科学技术普及条例\n某某省人大常委会\n某某省第十届人大常委会公告\n（第15号）\n"
            "《某某省科学技术普及条例》已于2005年7月29日通过，现予以公布。\n2005年7月29日\n" + ARTICLES)
    assert plan(page)["doc_number"] == "某某省第十届人大常委会公告第15号"


@pytest.mark.parametrize(("page", "title"), [
    # a collection's name over its first piece's title, the year masked, read as one line (as a listed page shows it,
    # other words)
    ("本文档由会员分享，可在线阅读。\n社区科普年度工作计划\n  XXXX年社区科普年度工作计划\n（一）\n一、以科普示范为载体，提高居民科学素质\n"
     "今年，我们继续开展科普家庭评选活动。\n", "XXXX年社区科普年度工作计划"),
    # a wiki's section heading over the plan's name with its period (as a listed page shows it, other words)
    ("通知\n某某省人民政府办公厅关于印发某某省全民科学素质行动实施方案的通知\n实施方案\n"
     "某某省全民科学素质行动实施方案（2021—2025年）\n为贯彻落实《全民科学素质行动规划纲要（2021—2035年）》，制定本方案。\n"
     "一、总体要求\n", None),
])
def test_a_heading_run_into_a_title_that_repeats_it(page, title):
    got = plan(page)["title"]
    assert got is None or not got.startswith(("社区科普年度工作计划XXXX", "实施方案某某"))
    if title is not None:
        assert got == title


@pytest.mark.parametrize(("title", "kept"), [
    ("实施方案某某县全民科学素质行动计划纲要实施方案（2016—2020年）", "某某县全民科学素质行动计划纲要实施方案（2016—2020年）"),
    ("科普工作要点2024年度科普工作要点", "2024年度科普工作要点"),   # wording no listed page shows
    ("某县科普工作计划", "某县科普工作计划"),                          # no heading run in
    ("实施方案实施方案", "实施方案实施方案"),                          # nothing more than the heading
    ("关于印发实施方案的通知", "关于印发实施方案的通知"),
    ("科普规划纲要的实施方案", "科普规划纲要的实施方案"),              # the heading's words do not end the rest
])
def test_undoubled(title, kept):
    assert undoubled(title) == kept


def test_a_note_wrapped_inside_its_organ_keeps_the_whole_organ():
    # the note of passing wrapped after the region: the number's organ is the region and the rest (the form round
    # thirty-nine read on the head run together, kept)
    page = ("某某省科学技术普及条例\n（2010年5月28日某某省第十一届人民代表大会常务委员会第十五次会议通过 2010年5月28日某某省\n"
            "人民代表大会常务委员会公告第33号公布 自2010年8月1日起施行）\n" + ARTICLES)
    assert plan(page)["doc_number"] == "某某省人民代表大会常务委员会公告第33号"


def test_a_note_wrapped_inside_its_region_keeps_the_whole_organ():
    # wrapped inside the region's name (湖北 / 省人民代表大会…; wording no listed page shows)
    page = ("湖北省科普场馆管理办法\n（2011年3月2日湖北省人民政府常务会议通过 2011年3月9日湖北\n省人民政府令第344号公布 "
            "自2011年5月1日起施行）\n" + ARTICLES.replace("条例", "办法"))
    assert plan(page)["doc_number"] == "湖北省人民政府令第344号"
