"""Issue 23, round twenty-eight: what Chinese pages still miss (docs/parser_rounds.md). Every rule with made-up
forms, one of each in wording no listed page shows, and the forms it must not take."""

from __future__ import annotations

import warnings

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import copy_name
from sciplan_analysis.parsing.pagekind import edition_name
from sciplan_analysis.parsing.parse import parse_text

PIECE = "为提升居民科学素质，制定本计划。\n一、工作目标\n到20xx年，科普设施更加完善。\n二、主要任务\n（一）开展科普活动。\n"


# -- C1: a collection's count in brackets with the site's word before it ---------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("农村科普工作计划范文(合集12篇)", "农村科普工作计划"),  # as a listed 范文 site shows it
    ("街道科技节活动方案（经典8篇）", "街道科技节活动方案"),  # a word no listed page shows, full-width brackets
    ("社区科普活动方案(热门16篇)", "社区科普活动方案"),
])
def test_a_bracketed_count_with_a_sites_word_is_cut(line, name):
    assert copy_name(line) == name


@pytest.mark.parametrize("line", [
    "某县科普工作方案(第12篇)",  # no site's word before the count: not the form
    "某县科普工作方案(合集)",  # no count
    "某县科普工作计划(2021-2025年)",  # a period
])
def test_a_bracket_that_is_no_collections_count_stays(line):
    assert copy_name(line) == line


@pytest.mark.parametrize(("text", "title"), [
    # a 范文 site's heading with a count in brackets after 范文, no other frame word (as a listed page)
    ("乡镇农业科普年度工作计划范文(合集9篇)\n时间：2024-01-01 10:00:00 作者：admin\n乡镇农业科普年度工作计划范文 第1篇\n\n"
     + PIECE, "乡镇农业科普年度工作计划"),
    # a form no listed page shows: 经典 before the count, full-width brackets
    ("村级科普活动实施方案（经典6篇）\n时间：2024-01-01 10:00:00\n村级科普活动实施方案 第1篇\n\n" + PIECE, "村级科普活动实施方案"),
])
def test_a_heading_with_a_bracketed_collection_count_makes_a_copy_and_its_title(text, title):
    p = plan(text)
    assert (p["page_kind"], p["title"]) == ("copy", title)


def test_a_count_after_a_name_that_is_no_plan_makes_no_copy():
    text = "科普知识问答(合集12篇)\n时间：2024-01-01 10:00:00\n第1篇\n什么是科学素质？科学素质是公民素质的组成部分。\n"
    p = plan(text)
    assert p["title"] is None


# -- C2: a plan's name with the site's word for its edition (精编, 汇总, 例文, 参考模板) --------------------------------

@pytest.mark.parametrize(("line", "stem"), [
    ("科普工作计划精编", "科普工作计划"),
    ("2023年科技周活动方案汇总", "2023年科技周活动方案"),
    ("个人科普日主题活动方案通用例文", "个人科普日主题活动方案"),
    ("社区科普活动实施方案-精编", "社区科普活动实施方案"),
    ("乡镇科普工作方案参考模板", "乡镇科普工作方案"),
])
def test_an_edition_word_ends_a_name(line, stem):
    assert edition_name(line) == stem


@pytest.mark.parametrize(("text", "title"), [
    # a 范文 site's collection of a week's plans (as a listed page), its count cut, the edition word kept
    ("手机阅读\n\n2024年科技活动周实施方案汇总(模板8篇)\n\n格式:DOC 上传日期:2024-01-01 页码:9\n科技活动周实施方案汇总篇一\n\n"
     + PIECE + "下载本文档\n", "2024年科技活动周实施方案汇总"),
    # a form no listed page shows: 参考模板 after a county plan's name on a sharing site
    ("某县科普示范村创建工作方案参考模板\n上传人：某某 上传时间：2024-01-01\n\n" + PIECE + "下载本文档\n",
     "某县科普示范村创建工作方案参考模板"),
])
def test_a_copys_head_line_with_an_edition_word_is_its_title_as_shown(text, title):
    p = plan(text)
    assert (p["page_kind"], p["title"]) == ("copy", title)


@pytest.mark.parametrize("text", [
    # the name before the word is no plan's title (a heading of material): no title
    ("科普资料汇总\n上传人：某某 上传时间：2024-01-01\n\n" + PIECE + "下载本文档\n"),
    # a news headline ending in 汇总 (a page read as news, not a copy)
    ("各地科普日活动方案汇总\n2024-09-01 10:00 来源：某市日报\n记者从市科协获悉，各地科普日活动方案已经确定。\n"),
])
def test_an_edition_word_after_no_plans_name_or_off_a_copy_gives_no_title(text):
    p = plan(text)
    assert p["title"] in (None, "") or not str(p["title"]).endswith("汇总")


# -- S1: a stamp naming the organ that stamps for the signer (（中国科协办公厅代章）, （…办公厅代印）) --------------------

NOTICE = "关于举办2023年科普知识竞赛的通知\n各县（市、区）科协：\n为提升公民科学素质，决定举办科普知识竞赛。请认真组织。\n"


@pytest.mark.parametrize(("tail", "issuer"), [
    # the organ on its line, the stamp of the organ that stamps for it under it, then the date
    ("某市全民科学素质纲要实施工作办公室\n（某市科协办公室代章）\n2023年5月6日\n", "某市全民科学素质纲要实施工作办公室"),
    # a form no listed page shows: 代印 after a 科学技术协会's name
    ("某市全民科学素质工作领导小组办公室\n(某市科学技术协会代印)\n2023年5月6日\n", "某市全民科学素质工作领导小组办公室"),
])
def test_an_organ_over_a_stamp_naming_its_stamper_signs(tail, issuer):
    p = plan(NOTICE + tail)
    assert (p["issuer"], p["issue_date"]) == (issuer, "2023-05-06")


@pytest.mark.parametrize(("body", "issuer", "date"), [
    # a body glued into one line, a contact's number before the organ and a site's words after the date
    ("各县科协：为提升公民科学素质，决定举办科普知识竞赛。请认真组织实施，确保活动取得实效，按时报送结果。联系人：某某 0000-1234567）"
     "某省全民科学素质纲要实施工作办公室（某省科协办公厅代章）2023年6月11日发表评论0评", "某省全民科学素质纲要实施工作办公室", "2023-06-11"),
    # a form no listed page shows: 盖章 by a 科协, a Chinese date
    ("各乡镇：为提升公民科学素质，决定开展科普进村活动，请各乡镇认真组织实施，并于月底前报送活动总结和照片等材料。"
     "某县科学技术协会（某县科协办公室盖章）二〇二三年五月六日", "某县科学技术协会", "2023-05-06"),
])
def test_a_glued_body_ending_in_an_organ_its_stamp_and_a_date_is_signed(body, issuer, date):
    p = plan("关于举办2023年科普知识竞赛的通知\n" + body + "\n")
    assert (p["issuer"], p["issue_date"]) == (issuer, date)


@pytest.mark.parametrize("body", [
    # no organ before the stamp (a sentence's words): no issuer
    "各县科协：为提升公民科学素质，决定举办科普知识竞赛。请认真组织实施，确保活动取得实效，按时报送结果和照片材料。请认真执行"
    "（某省科协办公厅代章）2023年6月11日",
    # an organ and a date with no stamp in a body that prints nothing (印发给你们 absent): not a signature
    "各县科协：为提升公民科学素质，决定举办科普知识竞赛。请认真组织实施，确保活动取得实效，按时报送结果和照片材料。"
    "某省科协2023年6月11日召开会议部署",
])
def test_a_stamp_without_an_organ_or_an_organ_without_a_stamp_signs_nothing(body):
    p = plan("关于举办2023年科普知识竞赛的通知\n" + body + "\n")
    assert p["issuer"] is None or p["issuer"] != p["issuer"] or p["issuer"] == ""


# -- G1: a converting site's phonetic glosses inside a frame word (用戶(hù)提供) ---------------------------------------

@pytest.mark.parametrize("frame", [
    # a gloss inside the sharing site's label over its summary (as a listed converting site shows it)
    "文檔簡(jiǎn)介\n",
    # a form no listed page shows: the gloss inside 下载本文档
    "下載(zǎi)本文檔\n",
])
def test_a_gloss_inside_a_sharing_word_still_marks_a_copy(frame):
    text = frame + "某鎮科普工作計劃\n" + PIECE
    assert plan(text)["page_kind"] == "copy"


def test_a_glossed_page_with_no_sharing_word_is_no_copy():
    text = "某縣(xiàn)人民政府關(guān)於印發某縣科普工作計劃的通知\n各鄉鎮人民政府：\n現將計劃印發給你們，請認真貫徹執行。\n"
    assert plan(text)["page_kind"] != "copy"


# -- K1: a body's system of work in 《》 (《…联席会议制度》); K2: a template's mask in a cited name ------------------------

def cites(text: str) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = parse_text(text, "page").citations
    return [] if c.empty else list(c.title)


@pytest.mark.parametrize(("text", "cited"), [
    # a meeting reviews a joint meeting's system (as a listed meeting's news)
    ("会议审议《全国科普工作联席会议制度》《某某规划》，部署下一步工作。\n", "全国科普工作联席会议制度"),
    # a form no listed page shows: a county's system of reporting named in a summary
    ("县政府印发了《某县科普工作信息报送制度》，各乡镇按月报送。\n", "某县科普工作信息报送制度"),
])
def test_a_system_of_work_in_quotation_marks_is_cited(text, cited):
    assert cited in cites(text)


def test_a_system_named_without_quotation_marks_is_not_cited():
    assert cites("建立全市科普工作联席会议制度，加强统筹指导。\n") == []


@pytest.mark.parametrize(("text", "cited"), [
    # a template's province masked (as a listed 文库 summary)
    ("认真贯彻《中华人民共和国科学技术普及法》和《**省科学技术普及条例》，围绕中心开展工作。\n", "**省科学技术普及条例"),
    # a form no listed page shows: a masked year inside a notice's name, four asterisks
    ("根据市科协《关于举办****年科技活动周的通知》要求，我镇开展了系列活动。\n", "关于举办****年科技活动周的通知"),
])
def test_a_cited_name_keeps_its_templates_mask(text, cited):
    assert cited in cites(text)


def test_bold_markup_around_a_name_is_no_mask():
    # two runs of asterisks in the name: markup, the name as cleaned
    got = cites("根据《**某县科普工作方案**》要求开展工作。\n")
    assert "某县科普工作方案" in got and not any("*" in c for c in got)


@pytest.mark.parametrize(("tail", "issuer"), [
    # the organ, its stamp and the date on one line (a one-line body a layout wrapped, as a listed page's copy)
    ("某省全民科学素质纲要实施工作办公室（某省科协办公厅代章）2023年5月6日\n", "某省全民科学素质纲要实施工作办公室"),
    # a form no listed page shows: 代印 in half-width brackets, spaces between
    ("某市科学技术协会 (某市科协办公室代印) 2023年5月6日\n", "某市科学技术协会"),
])
def test_an_organ_its_stamp_and_its_date_on_one_line_sign(tail, issuer):
    p = plan(NOTICE + tail)
    assert (p["issuer"], p["issue_date"]) == (issuer, "2023-05-06")


def test_a_stamp_and_a_date_after_words_that_are_no_organ_sign_nothing():
    p = plan(NOTICE + "请各单位认真组织（某省科协办公厅代章）2023年5月6日\n")
    assert p["issuer"] is None or p["issuer"] != p["issuer"]
