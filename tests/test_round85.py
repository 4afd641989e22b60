"""Issue 23, round eighty-five: a development zone's management committee, and a disclosure table flattened into cells.

A zone's management committee named by the zone's own place (中关村科技园区管理委员会, 苏州工业园区管委会) is an organ, alone
or signing with a city's bodies, though no division table lists the zone (issuers._zone_committee). A site's field table
written as cells, each label's cell before its value's (索 引 号 | X | 发文日期 | Y |), is read as the labelled fields it
holds (normalise._celled_fields): the title above it no longer runs into it, and a field naming a joint notice's bodies
with their spaces gone gives them as organs (metadata._page_fields)."""

from __future__ import annotations

import pytest
from made_up import value

from sciplan_analysis.parsing.issuers import is_issuer
from sciplan_analysis.parsing.normalise import clean


@pytest.mark.parametrize("name", [
    "中关村科技园区管理委员会",
    # wording no listed page shows: another zone's kind, a short form, a region's short name before the zone
    "张江高科技园区管委会",
    "苏州工业园区管理委员会",
    "天津滨海高新技术产业开发区管理委员会",
])
def test_a_zones_committee_is_an_organ(name):
    assert is_issuer(name)


@pytest.mark.parametrize("signature", [
    "某市科学技术委员会、中关村科技园区管理委员会",
    "苏州工业园区管理委员会",
])
def test_a_zones_committee_signs_alone_or_jointly(signature):
    text = ("各有关单位：\n现将有关事项通知如下。\n一、报送方式\n请于6月30日前报送。\n特此通知。\n"
            f"{signature}\n2021年6月23日\n")
    assert value(text, "issuer") == signature


@pytest.mark.parametrize("name", [
    "该园区管委会",            # a pronoun, not a place
    "一个科技园区管理委员会",    # a count
    "欢迎访问高新区管委会",      # page text
    "园区管理委员会",           # no place at all
])
def test_what_is_no_zones_committee(name):
    assert not is_issuer(name)


def test_a_field_tables_cells_read_as_labels():
    assert clean("索 引 号 | 011043372/2024-45936 | 发文日期 | 2024-11-18 |") == \
        "索引号：011043372/2024-45936 |发文日期：2024-11-18 |"
    # an empty value's cell stays empty (a space before a Chinese character goes, as on any line)
    assert clean("索引号 | 53040020221365234 | 文     号 |   |") == "索引号：53040020221365234 |文号：|"


def test_a_list_tables_row_is_left_alone():
    # 序号 and 基地名称 are no site's field labels: a list's table, not a record
    assert clean("序号 | 基地名称 | 推荐单位 |") == "序号|基地名称|推荐单位|"


# A bulletin of five bodies on a health commission's disclosure page (made up in the page's layout).
BULLETIN = """关于某省第二届健康科普大赛获奖情况的通报
索 引 号 | 011043372/2023-10001 | 发文日期 | 2023-10-09 |
---|---|---|---|
发布机构 | 中共某省委宣传部 某省卫生健康委员会 某省科学技术厅 某省科学技术协会 | 文 号 | 某卫发〔2023〕12号 |
分 类 | 卫生 | 有 效 性 | 有效 |
各市、州卫生健康委、党委宣传部、科技局、科协：
某省第二届健康科普大赛启动以来，各地积极组织并上报作品。经过评审，评选出一二三等奖。
附件：1.获奖名单（表演类）
2.获奖名单（文图类）
"""

# A city's notice under a two-row record with a source cell and a date published (wording no listed page shows).
NOTICE = """索引号 | 11530400MB1234567X/2023-00087 | 文     号 |   |
来   源 | 某市人民政府网 | 公开日期 | 2023-05-16 |
关于举办某市第三届青少年科技创新大赛的通知
各县（市、区）教育局、科技局：
为激发青少年创新热情，市科协将举办本届大赛。现将有关事项通知如下。
一、参赛对象
全市中小学生。
"""


def test_a_cell_record_gives_the_title_number_joint_issuer_and_date():
    assert value(BULLETIN, "title") == "关于某省第二届健康科普大赛获奖情况的通报"
    assert value(BULLETIN, "doc_number") == "某卫发〔2023〕12号"
    assert value(BULLETIN, "issuer") == "中共某省委宣传部、某省卫生健康委员会、某省科学技术厅、某省科学技术协会"
    assert value(BULLETIN, "issue_date") == "2023-10-09"


def test_a_cell_records_published_date_dates_a_notice_with_no_signature():
    assert value(NOTICE, "title") == "关于举办某市第三届青少年科技创新大赛的通知"
    assert value(NOTICE, "issue_date") == "2023-05-16"
    assert value(NOTICE, "doc_number") is None


@pytest.mark.parametrize("signature", [
    "某市科学技术委员会、中关村科技园区管理委员会",
    # wording no listed page shows: two of a city's departments, parted by 、
    "北京市科学技术委员会、北京市教育委员会",
])
def test_joint_organs_parted_by_a_pause_mark_sign_under_a_contact_line(signature):
    # round eighty-two's organ under a contact sentence ending in a number, for a joint line parted by 、
    text = ("各有关单位：\n现对拟推荐的作品名单进行公示。\n特此通知。\n"
            f"联系人及联系方式：李老师 010-88827919，栗老师 010-55577988\n{signature}\n2024年10月23日\n原文链接：\n")
    assert value(text, "issuer") == signature


def test_a_line_of_bodies_and_other_words_is_no_joint_signature():
    # a heading or a sentence naming bodies is still joined and read as it was: 主办单位 opens no organ
    text = ("各有关单位：\n现对拟推荐的作品名单进行公示。\n特此通知。\n"
            "联系人及联系方式：李老师 010-88827919，栗老师 010-55577988\n主办单位某市科协、某市教育局\n2024年10月23日\n")
    assert value(text, "issuer") is None
