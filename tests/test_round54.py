"""Issue 23, round fifty-four: how sharing sites frame a file (docs/parser_rounds.md). A banner and a number run
together before a notice's heading; a plan's name with a site's edition word or piece number on a page no cue read as a
copy; the name a 范文 site's preface gives its piece; and a copy's title left empty, with its reason, where only the
site's frame shows. Made-up pages, one form of each in wording no listed page shows, and the forms the rules must not
take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.metadata import (  # noqa: F401  (the names the round adds)
    COPY_BANNER,
    PIECE_SUFFIX,
    RUN_NUMBER,
    SITE_FRAME,
    TALK_END,
    _site_suffixed_title,
)

SHARED = ("《2021年乡镇科协工作考评办法(共4页).doc》由会员分享，可在线阅读，更多相关文档请在本站上搜索。\n\n")
BODY = ("各乡镇科协，各部室：为做好全民科学素质行动年度考核工作，进一步提升我县科普工作总体水平，特制订本办法。"
        "一、指导思想以科学发展观为指导，强化县科协与乡镇科协的工作联动。\n")


@pytest.mark.parametrize(("line", "number"), [
    # as the listed page shows it (other words): numbering, a grade and 文档, a dash and a slogan, the number run in
    ("1、精选优质文档-倾情为你奉上临科协20215号", "临科协20215号"),
    # a grade and 文档 alone before the number (jinchutou's and bubsandbeans' banner form)
    ("1、精品文档临科协20215号", "临科协20215号"),
    # wording no listed page shows: another grade, a long dash and another verb of giving
    ("2、推荐文档——用心为你呈上临科协20215号", "临科协20215号"),
])
def test_a_banner_and_a_run_number_are_no_part_of_the_heading(line, number):
    p = plan(SHARED + line + "关于印发2021年乡镇科协工作考评办法的通知" + BODY)
    # the notice's heading, or the rules it carries (a copy names its document so): never the banner or the number
    assert p["title"] in ("关于印发2021年乡镇科协工作考评办法的通知", "2021年乡镇科协工作考评办法")
    assert p["doc_number"] == number


def test_a_run_number_alone_before_the_heading():
    # no banner: a number whose brackets were lost, at the heading's start, is read as shown
    p = plan("宁科发20183号关于印发2018年科普工作要点的通知" + BODY)
    assert p["doc_number"] == "宁科发20183号"
    assert "宁科发" not in (p["title"] or "")


@pytest.mark.parametrize(("line", "number"), [
    # a number in brackets before the heading: read as before, brackets kept
    ("宁科发〔2018〕3号", "宁科发〔2018〕3号"),
    # a year without 号 is no number
    ("宁县科协2018年", None),
])
def test_numbers_the_rule_must_not_take(line, number):
    assert plan(line + "关于印发2018年科普工作要点的通知" + BODY)["doc_number"] == number


@pytest.mark.parametrize("text", [
    "关于开展精品文档评选活动的通知各学校：",  # the grade words inside a heading: no banner
    "1、精品文档管理办法",  # a grade and 文档 that run on into a name's own words are cut only before a number's organ
])
def test_banners_the_rule_must_not_take(text):
    m = COPY_BANNER.match(text)
    assert m is None or text[m.end():] in ("管理办法",)
    assert RUN_NUMBER.match("射发2013号的要求") is None  # a number cited in the body, before no 关于


INTRO = "计划是对未来工作的安排，有了计划，工作就有了明确的目标和具体的步骤。\n"


@pytest.mark.parametrize(("head", "title"), [
    # as the listed pages show it (other words): a piece's number after a plan's name, under general sentences
    ("社区科协下年工作计划篇一", "社区科协下年工作计划篇一"),
    # a site's word for its edition after the name (book118's 精编)
    ("乡镇科普工作计划精编", "乡镇科普工作计划精编"),
    # wording no listed page shows: an Arabic piece number, spaced
    ("街道科普活动方案 篇1", "街道科普活动方案篇1"),
])
def test_a_name_with_a_sites_suffix_on_a_page_read_as_no_copy(head, title):
    page = INTRO + head + "\n一、工作目标\n进一步提高居民科学素质。\n二、主要措施\n开展科普讲座。\n"
    assert plan(page)["title"] == title


@pytest.mark.parametrize("head", [
    "科普知识问答篇一",  # the name before the number is no plan's
    "我们的工作计划篇一，请大家参考",  # a sentence
])
def test_suffixed_lines_the_rule_must_not_take(head):
    page = INTRO + head + "\n一、工作目标\n进一步提高居民科学素质。\n二、主要措施\n开展科普讲座。\n"
    assert plan(page)["title"] is None


def test_a_title_as_it_stands_is_read_as_before():
    page = INTRO + "某县2021年科普工作计划\n一、工作目标\n进一步提高居民科学素质。\n二、主要措施\n开展科普讲座。\n"
    assert plan(page)["title"] == "某县2021年科普工作计划"


FRAME = "下载本文档\n首页 > 文章中心 > 正文\n"
ARTICLES = "第一条为加强社区科普工作，制定本制度。\n第二条本制度适用于本社区。\n"


@pytest.mark.parametrize(("preface", "name"), [
    # as the listed pages show it (other words)
    ("前言：本站为你精心整理了社区科普工作制度范文，希望能为你的创作提供参考价值，欢迎咨询。", "社区科普工作制度"),
    # wording no listed page shows: an editor's preface and a 范例
    ("前言：小编为大家整理了社区科普工作制度范例，供大家参考。", "社区科普工作制度"),
])
def test_a_prefaced_name_shown_over_the_preface(preface, name):
    assert plan(FRAME + name + "\n" + preface + "\n" + name + "\n" + ARTICLES)["title"] == name


@pytest.mark.parametrize(("above", "preface"), [
    # a talk: no issued document (holdout27's speech)
    ("科技活动周开幕讲话", "前言：本站为你精心整理了科技活动周开幕讲话范文，希望能为你的创作提供参考价值。"),
    # the name no line over the preface shows
    ("文章中心", "前言：本站为你精心整理了社区科普工作制度范文，希望能为你的创作提供参考价值。"),
])
def test_prefaces_the_rule_must_not_take(above, preface):
    p = plan(FRAME + above + "\n" + preface + "\n" + ARTICLES)
    assert (p["title"], p["title_source"]) == (None, SITE_FRAME)


def test_a_copy_whose_frame_names_no_file_keeps_its_title_empty_and_says_why():
    page = ("下载本文档\n1、本站所有内容均由网友上传，本站不对文档的完整性做任何保证。\n2、如文档侵犯著作权，请点击举报。\n"
            "查看更多\n2008年度科普工作考核分值参照表\n考核项目 考核内容 考核标准\n")
    p = plan(page)
    assert (p["title"], p["title_source"]) == (None, SITE_FRAME)
    assert TALK_END.search("开幕讲话") and PIECE_SUFFIX.search("方案篇一")
