"""Issue 23, round thirty: copies (范文, 文库, template and sharing sites; docs/parser_rounds.md). Each rule with made-up
forms, one of each in wording no listed page shows, and the forms it must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import is_standard
from sciplan_analysis.parsing.pagekind import EDITOR_OFFER, page_kind

# a plan's body with no mark of a template (no xx, no **) and no site word
BODY = ("一、工作目标\n到2025年，全镇科普设施更加完善，居民参与科普活动的人数明显增加。\n"
        "二、主要任务\n（一）开展科普进社区活动，每季度举办一次科普讲座。\n（二）建好科普宣传栏，按月更换内容。\n")


# -- E1: a 范文 site's editor offering the text (小编…整理的…，仅供参考) marks a copy ----------------------------------

@pytest.mark.parametrize("sentence", [
    # as two listed sites write it (other words around it)
    "以下是小编精心整理的乡镇科普工作计划，仅供参考，希望能够帮助到大家。",
    "以下是小编为大家整理的《社区科普活动方案》，供大家参考学习，欢迎阅读。",
    # wording no listed page shows
    "下面是小编帮各位搜集的街道科普日活动方案三则，供您借鉴。",
    "本文由小编汇集自网络，内容仅供参阅。",
])
def test_an_editors_offer_is_matched(sentence):
    assert EDITOR_OFFER.search(sentence)


@pytest.mark.parametrize(("head", "title"), [
    # a site's label glued over the name (furniture, cut once the page is a copy), under the editor's line
    ("某某文秘网>计划>农村科普工作计划\n\n农村科普工作计划\n\n时间:2024-03-02 计划 我要投稿\n  • 相关推荐\n\n农村科普工作计划\n\n"
     "为了今后更好地工作，以下是小编精心整理的农村科普工作计划，仅供参考，希望能够帮助到大家。\n",
     "农村科普工作计划"),
    # wording no listed page shows: the editor's line before the name with a site's edition word
    ("某某范文站 首页\n\n街道科普日活动方案参考模板\n\n"
     "下面是小编为大家收集的街道科普日活动方案参考模板，供大家参考借鉴，欢迎阅读。\n",
     "街道科普日活动方案参考模板"),
])
def test_a_page_with_an_editors_offer_is_a_copy_and_has_its_title(head, title):
    p = plan(head + BODY)
    assert (p["page_kind"], p["title"]) == ("copy", title)


@pytest.mark.parametrize("sentence", [
    # 小编 on a news account's page, offering nothing it gathered (as a listed news page writes it, other words)
    "点赞是小编持续努力的最大动力，动动手指赞一下吧！",
    "小编精选每日热门资讯，随时更新。",
    "接下来，跟小编一起来看一看吧！",
    # a gathering verb and an offer, but no 小编 (an office's words)
    "现将各单位报送的材料整理汇总，供参考。",
    # 小编 and a verb, the offer only in the next sentence
    "小编整理了今天的会议要点。欢迎大家参考。",
])
def test_other_words_of_an_editor_are_no_offer(sentence):
    assert not EDITOR_OFFER.search(sentence)


def test_news_with_an_editors_aside_is_no_copy():
    text = ("全县召开科普工作会议\n\n" "3月5日上午，全县科普工作会议在县会议中心召开，会议部署了今年的科普工作。\n"
            "会议指出，要持续开展科普进社区活动。\n跟小编一起来看一看吧！\n")
    kind = page_kind([t for t in text.split("\n") if t])
    assert kind.kind != "copy"


def test_an_official_plan_with_no_editor_is_not_made_a_copy():
    text = "某镇2025年科普工作计划\n\n为提升全镇居民科学素质，结合实际，制定本计划。\n" + BODY
    assert plan(text)["page_kind"] != "copy"


# -- S1: a standard of assessment a copy holds (…考核内容及评分标准, …测评考核表（试行）, …创建标准试行) is its title -------

@pytest.mark.parametrize("name", [
    # as three listed sites show it (other places and subjects)
    "某县全民科学素质提升考核内容及评分标准",
    "某区科普示范楼组（居委、村）测评考核表（试行）",
    "某市科普示范学校创建标准试行",
    # wording no listed page shows
    "某镇科普惠农服务站验收细则",
    "某市科普教育基地评估办法（试行）",
])
def test_a_standards_name_is_read(name):
    assert is_standard(name)


@pytest.mark.parametrize("line", [
    "评分标准",  # a table's column heading: no name before the kind
    "按照考核标准",  # a sentence's words
    "附件2：科普示范社区考核评分表",  # an attachment's label
    "关于印发某市科普示范社区创建标准的通知",  # a notice (the notice's rules read it)
    "社区科普工作考核标准如下：",
    "某市科普示范社区创建标准.docx",  # a file's name as it stands (the shared-file rule reads it)
    "某县科普工作领导小组",  # no standard
])
def test_other_lines_are_no_standards_name(line):
    assert not is_standard(line)


@pytest.mark.parametrize(("head", "title"), [
    # a sharing site's label over the standard's name (as a listed site shows it)
    ("资源描述\n某区科普示范小区（居委、村）测评考核表（试行）\n", "某区科普示范小区（居委、村）测评考核表（试行）"),
    # wording no listed page shows: the standard's name over a sharing site's upload line
    ("某县科普示范村评价标准\n\n本文档由用户提供并上传，收益归属内容提供方。\n", "某县科普示范村评价标准"),
])
def test_a_copy_headed_by_a_standards_name_has_it_as_title(head, title):
    text = head + "一、组织领导\n有健全的科普工作领导小组，专人负责，记5分。\n二、科普设施\n建有科普画廊，全年更换不少于6期，记5分。\n"
    p = plan(text)
    assert (p["page_kind"], p["title"]) == ("copy", title)


def test_a_standards_name_on_a_page_that_is_no_copy_is_no_title():
    # an office's own page (no sharing site's frame): the standard's name is not read as a plan's title
    text = ("某市科普示范社区创建标准\n\n为推动社区科普工作，市科协制定本标准。\n"
            "一、组织领导\n有健全的科普工作领导小组，专人负责。\n二、科普设施\n建有科普画廊。\n")
    p = plan(text)
    assert p["page_kind"] != "copy"
    assert p["title"] != "某市科普示范社区创建标准"


def test_an_editors_offer_wrapped_by_a_layout_is_one_sentence():
    assert EDITOR_OFFER.search("以下是小编精心整理的社区科普\n工作计划，仅供参考。")
    assert not EDITOR_OFFER.search("以下是小编精心整理的社区科普\n\n工作计划，仅供参考。")
