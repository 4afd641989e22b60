"""Issue 23, round forty-four: a site's field table flattened into cells (文件名称: | ||| / 索引号: | 发文编号: | X |) read by
the cell after the label, a site's 发布机构 on a page that carries no document of its own (docs/parser_rounds.md). Made-up
pages, one of each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

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
