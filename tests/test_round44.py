"""Issue 23, round forty-four: a site's field table flattened into cells (文件名称: | ||| / 索引号: | 发文编号: | X |) read by
the cell after the label, a site's 发布机构 on a page that carries no document of its own (docs/parser_rounds.md). Made-up
pages, one of each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import is_body, with_region
from sciplan_analysis.parsing.metadata import labelled_fields

NOTICE_BODY = ("各有关单位:\n经研究，现将2021年度科普项目经费下达给你们，请认真组织实施。\n某某县财政局 某某县科学技术协会\n"
               "2021年3月5日\n")


@pytest.mark.parametrize(("line", "fields"), [
    # a county's table (as a listed page shows it, other words): an empty title cell, a number in the cell after its label
    ("文件名称: | |||", {"title": ""}),
    ("索引号: | 发文编号: | 某财教〔2021〕7号 | |", {"field": "", "doc_number": "某财教〔2021〕7号"}),
    # wording no listed page shows: a date's cell after its label, a title cell then an unknown label's cell
    ("印发日期： | 2021年3月5日 | 公开方式： | 主动公开 |", {"issue_date": "2021年3月5日", "field": "主动公开"}),
    ("文件名称: | 登记编码: | |", {"title": ""}),
    # not taken: a value in the label's own cell stays as it is; a value with no cells is untouched
    ("发布机构:某县科学技术局 | 关键字:科普 | |", {"issuer": "某县科学技术局"}),
    ("文号：某科发〔2021〕3号", {"doc_number": "某科发〔2021〕3号"}),
])
def test_a_flattened_field_table_is_read_by_the_cell_after_the_label(line, fields):
    found = labelled_fields(line)
    for kind, value in fields.items():
        assert found[kind].strip() == value


def test_a_flattened_tables_empty_title_is_no_title_and_its_number_is_read():
    page = ("文件名称: | |||\n登记编号: | |||\n索引号: | 发文编号: | 某财教〔2021〕7号 | |\n发文日期: | 公开形式: | ||\n"
            + NOTICE_BODY)
    p = plan(page)
    assert p["title"] is None
    assert p["doc_number"] == "某财教〔2021〕7号"


# a district bureau's work news filed on its disclosure platform (as a listed page shows it, other words)
WORK_NEWS = ("索 引 号:000111222/2016-00031 | 主题分类:综合政务/工作信息/工作动态 | |\n"
             "发布机构:某某区科学技术局 | 关 键 词:科普 | |\n文 号 | 成文日期:2016-05-20 | 发布日期:2016-06-02 |\n"
             "2016年全国科技活动周于5月14日至21日举行。某某区科技活动周由区科技局牵头，组织各成员单位开展了科普讲座、科技成果展示等"
             "活动，向广大群众宣传科技知识。\n通过活动的开展，进一步提高了公众的科学素养。\n")
# wording no listed page shows: a street office's record of a lecture, filed under 部门动态
OFFICE_NEWS = ("信息索引：11330000/2019-01234\n信息分类：部门动态\n发文机关：某某街道办事处\n成文日期：2019-09-20\n"
               "某某街道在社区活动中心举办全国科普日专题讲座，邀请专家为居民讲解防灾减灾知识，共有80余名居民参加。\n"
               "讲座内容丰富，受到居民好评。\n")


@pytest.mark.parametrize("page", [WORK_NEWS, OFFICE_NEWS])
def test_a_field_names_no_issuer_of_a_page_with_no_document(page):
    p = plan(page)
    assert p["title"] is None
    assert p["doc_number"] is None
    assert p["issuer"] is None


@pytest.mark.parametrize(("page", "issuer"), [
    # not taken: a record holding a document keeps its field's issuer (a title line, or a number and no title)
    ("索引号：11330000/2019-01235\n发布机构：某某县科学技术局\n成文日期：2019-03-01\n"
     "某某县科学技术局关于开展2019年科技活动周的通知\n各乡镇：\n现将有关事项通知如下。\n", "某某县科学技术局"),
    ("索引号：11330000/2019-01236\n发布机构：某某县科学技术局\n文号：某科〔2019〕5号\n成文日期：2019-03-01\n"
     "各乡镇：\n现将科技活动周有关事项通知如下，请认真组织实施。\n", "某某县科学技术局"),
])
def test_a_field_still_names_the_issuer_of_a_page_with_a_document(page, issuer):
    assert plan(page)["issuer"] == issuer


# -- news whose lead says named bodies signed or sent out one document ------------------------------------------------------

# two centres sign an agreement, under a dateline with 消息 (as a listed page shows it, other words)
CENTRES = ("浙江省科学传播中心和杭州市应急救援服务中心签订科普合作协议\n编辑 发布于 2022-03-08 09:30\n\n"
           "浙江科普资讯3月8日消息:为提升公众防灾减灾能力，结合全省应急科普工作的需要。近日，浙江省科学传播中心和杭州市应急救援服务中心"
           "签订《应急科普进社区合作协议》，双方就科普讲座、应急演练等方面开展合作。\n")
# a city 科协 sends out an initiative to everyone in the city (as a listed page shows it, other words)
INITIATIVE = ("某某新闻网讯（记者 王某）近日，市科协发出《致全市广大科技工作者的防汛救灾倡议书》，号召各级科协组织和广大科技工作者"
              "积极投身防汛救灾科普宣传。\n《倡议书》指出，科技工作者要发挥专业优势，向公众传播科学知识。\n责任编辑：李某\n")
# wording no listed page shows: an alliance of a province's venues sends out a call, one body alone
ALLIANCE = ("新华网杭州7月2日电 浙江省科普场馆联盟日前发出《关于开展暑期科普进社区活动的倡议》，倡议全省科普场馆在暑期走进社区，"
            "为青少年提供科普服务。\n联盟成员单位纷纷响应。\n")


@pytest.mark.parametrize(("page", "title", "issuer"), [
    (CENTRES, "应急科普进社区合作协议", "浙江省科学传播中心、杭州市应急救援服务中心"),
    (INITIATIVE, "致全市广大科技工作者的防汛救灾倡议书", "市科协"),
    (ALLIANCE, "关于开展暑期科普进社区活动的倡议", "浙江省科普场馆联盟"),
])
def test_news_of_bodies_signing_or_sending_out_a_document_names_it(page, title, issuer):
    p = plan(page)
    assert p["page_kind"] == "news"
    assert p["title"] == title
    assert p["issuer"] == issuer


@pytest.mark.parametrize("page", [
    # not taken: an abstract's or a yearbook's account of an agreement signed (no news), an agreement a later sentence
    # cites (签订的《X》), and one a body signed in a past year
    ("论文部分内容阅读 2014年3月4日，中国科协与某某省人民政府在北京正式签订了《落实全民科学素质行动计划纲要共建协议》。"
     "中国科协常务副主席出席签约仪式并讲话。\n关键词：科学素质；共建\n"),
    ("【全民科学素质】 召开全县科学素质工作推进会议。县科学素质领导小组通报工作情况，与各乡镇签订《“十三五”全民科学素质共建协议》。\n"
     "【科普活动】 开展科普日活动12场。\n"),
    ("新华网广州5月6日电 近日，记者从省科协获悉，全省农民科学素质明显提升。根据省政府与中国科协签订的《落实全民科学素质行动计划纲要"
     "共建协议》，到2015年全省公民具备基本科学素质的比例要达到5%。\n"),
])
def test_an_agreement_recounted_or_cited_is_no_title(page):
    assert plan(page)["title"] is None


def test_a_signer_cut_from_a_longer_subject_is_no_issuer():
    # a person signs on behalf of a federation with others listed bare: the title, and no part of the list as issuer
    page = ("9月20日，某某市科普产业峰会在成都召开。会上，某研究所副所长张某代表成都科普教育基地联合会与上海、重庆联合会共同签署了"
            "《城市科普协同发展合作协议》。按照协议，三市将实现科普资源共享。\n")
    p = plan(page)
    assert p["title"] == "城市科普协同发展合作协议"
    assert p["issuer"] is None


@pytest.mark.parametrize(("text", "body"), [
    ("江苏省科学传播中心", True), ("南京市民安应急救援服务中心", True), ("成都科普教育基地联合会", True),
    ("中国科普场馆联盟", True), ("市科协", True),
    # not taken: a centre or federation no region, national owner or organ opens; a joint name; a bare word
    ("科学传播中心", False), ("上海、重庆联合会", False), ("会展中心", False), ("近日江苏省科学传播中心", False),
])
def test_is_body(text, body):
    assert is_body(text) is body


@pytest.mark.parametrize(("issuer", "title", "completed"), [
    ("市科协", "致全市广大科技工作者的倡议书", "市科协"),  # 全市: every city's addressees, no region
    ("县科协", "各县科普工作要点", "县科协"),
    ("市科协", "临汾市科普工作要点", "临汾市科协"),  # a region's name still completes it
])
def test_region_completion_takes_no_addressees(issuer, title, completed):
    assert with_region(issuer, title) == completed
