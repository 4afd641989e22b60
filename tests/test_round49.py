"""Issue 23, round forty-nine: a joint signature of many bodies over several lines (docs/parser_rounds.md). A block
read whole as before; a block whose upper lines name bodies the parser cannot read gives no issuer rather than the part
below them. Made-up pages, one form in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import JOINT_LINE_ORGANS, joint_organs
from sciplan_analysis.parsing.metadata import _signature_run, _unread_bodies  # noqa: F401  (the names the round adds)

OPINION = ("湘教发〔2024〕12号\n各市州教育局、科技局、科协：\n"
           "为贯彻落实《关于加强新时代中小学科学教育工作的意见》，现将《湖南省中小学科学教育实施意见》印发给你们，"
           "请结合实际认真贯彻执行。\n")


@pytest.mark.parametrize(("block", "issuer"), [
    # every line read: the whole block signs (as the listed pages of two to four bodies a line show)
    (["湖南省教育厅 湖南省科学技术厅", "湖南省财政厅 湖南省科学技术协会"],
     "湖南省教育厅、湖南省科学技术厅、湖南省财政厅、湖南省科学技术协会"),
    (["湖南省教育厅 中共湖南省委宣传部 湖南省科学技术厅", "湖南省自然资源厅 湖南省生态环境厅", "湖南省科学技术协会"],
     "湖南省教育厅、中共湖南省委宣传部、湖南省科学技术厅、湖南省自然资源厅、湖南省生态环境厅、湖南省科学技术协会"),
    # wording no listed page shows: five organs on one line (a copy's cleaning runs two lines of a block into one)
    (["湖南省教育厅湖南省科学技术厅湖南省财政厅湖南省自然资源厅湖南省生态环境厅", "湖南省科学技术协会"],
     "湖南省教育厅、湖南省科学技术厅、湖南省财政厅、湖南省自然资源厅、湖南省生态环境厅、湖南省科学技术协会"),
])
def test_a_block_read_whole(block, issuer):
    page = OPINION + "\n".join(block) + "\n2024年3月1日\n湖南省中小学科学教育实施意见\n一、总体要求\n"
    assert plan(page)["issuer"] == issuer


@pytest.mark.parametrize("block", [
    # as the listed page shows it (other words): an academy and the youth league's committee on a line of their own
    ["湖南省教育厅 湖南省科学技术厅", "湖南省财政厅 湖南省科学院", "中国共产主义青年团湖南省委员会 湖南省妇女联合会",
     "湖南省科学技术协会 中国少年先锋队湖南省工作委员会"],
    # wording no listed page shows: a museum and a research centre of the province over two bodies read
    ["湖南省科学技术馆研究中心", "湖南省教育厅 湖南省科学技术协会"],
    # one body of no known kind right over the dated line
    ["湖南省教育厅 湖南省财政厅", "湖南省青少年科技教育促进会", "湖南省科学技术协会"],
])
def test_an_unread_line_of_bodies_leaves_the_issuer_empty(block):
    page = OPINION + "\n".join(block) + "\n2024年3月1日\n湖南省中小学科学教育实施意见\n一、总体要求\n"
    assert plan(page)["issuer"] in (None, "")


@pytest.mark.parametrize(("above", "issuer"), [
    # not taken: a sentence ending the body, a salutation's line, an attachment's name, a list's last line over the
    # signature: the organs below them sign as before
    ("请结合实际认真贯彻执行。", "湖南省教育厅、湖南省科学技术协会"),
    ("附件：湖南省中小学科学教育实施意见", "湖南省教育厅、湖南省科学技术协会"),
    ("2.湖南省科学教育示范学校名单", "湖南省教育厅、湖南省科学技术协会"),
])
def test_lines_that_are_no_bodies_end_the_block(above, issuer):
    page = ("各市州教育局、科协：\n现将有关事项通知如下。\n" + above + "\n湖南省教育厅 湖南省科学技术协会\n2024年3月1日\n"
            "关于开展中小学科学教育示范学校创建工作的通知\n")
    assert plan(page)["issuer"] == issuer


def test_a_line_of_many_organs():
    line = "湖南省教育厅湖南省科学技术厅湖南省财政厅湖南省自然资源厅湖南省生态环境厅湖南省科学技术协会"
    assert len(joint_organs(line)) == 6 <= JOINT_LINE_ORGANS
    # not taken: more than JOINT_LINE_CHARS characters, or a word of page text among the organs
    assert joint_organs("湖南省财政厅" * 14) == []
    assert joint_organs("湖南省教育厅关于湖南省财政厅") == []


def test_what_an_unread_line_is():
    assert _unread_bodies("湖南省生态环境厅湖南省农业农村厅湖南省科学院")
    assert _unread_bodies("中国共产主义青年团湖南省委员会湖南省妇女联合会")
    # read lines, prose, headings and lines of no owner are none
    assert not _unread_bodies("湖南省教育厅湖南省科学技术协会")
    assert not _unread_bodies("关于开展科学教育工作的通知")
    assert not _unread_bodies("第九届科普讲解大赛组委会")
    assert not _unread_bodies("湖南省科学教育示范学校名单")


LEAD_TAIL = "一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。"


@pytest.mark.parametrize(("name", "lead"), [
    # as the listed pages show it (other words): a note whose name is no plan's, the lead with a full-width colon
    ("“科技助农行动”总结的补充说明", "导语：“科技助农行动”总结的补充说明"),
    # wording no listed page shows: an initiative's name, a half-width colon and a space after it
    ("致全县科技工作者的倡议", "导语: 致全县科技工作者的倡议"),
])
def test_a_sharing_sites_lead_names_its_piece(name, lead):
    page = (name + "\n时间：2022-03-17 01:28:00\n" + lead + LEAD_TAIL + "\n各有关单位：\n"
            "为做好科技助农工作的总结，现将有关要求说明如下：\n1.总结工作的主要做法；\n2.存在的问题和下一步打算。\n")
    assert plan(page)["title"] == name


@pytest.mark.parametrize("first", [
    # not taken: a first line that is not the lead's name (a site's name over it), a sentence as the name
    "某某范文网欢迎您",
    "现将有关要求说明如下，请遵照执行",
])
def test_a_lead_whose_name_the_page_does_not_open_with(first):
    page = (first + "\n时间：2022-03-17 01:28:00\n导语：“科技助农行动”总结的补充说明" + LEAD_TAIL + "\n各有关单位：\n"
            "为做好科技助农工作的总结，现将有关要求说明如下：\n1.总结工作的主要做法；\n")
    assert plan(page)["title"] in (None, "")


def test_a_lead_under_a_headline_over_its_name():
    page = ("以科学素质提升赋能高质量发展\n“科技助农行动”总结的补充说明\n时间：2022-03-17 01:28:00\n导语：“科技助农行动”总结的补充说明"
            + LEAD_TAIL + "\n各有关单位：\n为做好科技助农工作的总结，现将有关要求说明如下：\n1.总结工作的主要做法；\n")
    assert plan(page)["title"] == "“科技助农行动”总结的补充说明"


def test_a_lead_under_a_plan_the_rules_read_already():
    page = ("某县水利局科普日活动实施方案\n时间：2022-04-18 08:43:00\n导语：水利局科普日方案" + LEAD_TAIL
            + "\n某县水利局科普日活动实施方案\n为搞好我局全国科普日活动，特制定本方案。\n一、活动时间\n")
    assert plan(page)["title"] == "某县水利局科普日活动实施方案"
