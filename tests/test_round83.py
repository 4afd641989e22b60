"""Issue 23, round eighty-three: more of the sixth window's misses (holdouts 171-176), in forms a second example and the
pattern of Chinese documents explain.

A site's comment box and its counter on a line of their own (留言与评论（共有0条评论）|, 网友评论（共3条）) are chrome
(normalise.COMMENT_COUNTER): run into a one-line body's end, they kept its attachments' names, signature and date from being
read. A university's research administration named bare (科学技术研究院, 科学研究院, 科研院) signs its school's notice as its 科研处
does (normalise.SCHOOL_OFFICE). A signature dated by a damaged date line (2014320) is found above a site's footer as one dated
in full is (metadata._signature_tail)."""

from __future__ import annotations

import pytest
from made_up import value

from sciplan_analysis.parsing.normalise import clean, line_kind


# 1. A comment box is chrome.
@pytest.mark.parametrize("line", [
    "留言与评论(共有 0 条评论) |",
    # wording no listed page shows: a readers' comment count, and a count alone
    "网友评论（共3条）",
    "已有12人评论",
])
def test_a_comment_box_is_chrome(line):
    assert line_kind(clean(line)) == "chrome"


@pytest.mark.parametrize("line", [
    "留言与评论的通知",                 # a title's words
    "评论(0)是本次会议的第一个议题",     # a sentence that opens so
    "共有5条意见被采纳",                # a count of something else
])
def test_what_is_no_comment_box(line):
    assert line_kind(clean(line)) is None


@pytest.mark.parametrize("box", [
    "留言与评论(共有 0 条评论) |",
    # wording no listed page shows: a readers' comment count
    "网友评论（共3条）",
])
def test_a_one_line_relay_signed_after_its_attachments_is_read_over_a_comment_box(box):
    text = ("关于转发省科技厅《关于推荐2017年全国优秀科普作品的通知》的通知\n\n"
            "各县(市)区科技主管部门,各有关单位: 根据省科技厅工作要求, 推荐工作已开始。现将通知转发给你们,请认真组织。"
            " 联系人:王某 电 话:0373-5820665 附 件:1.关于推荐2017年全国优秀科普作品的通知 2.科技部办公厅关于推荐2017年"
            f"全国优秀科普作品的通知 新乡市科学技术局 2017年6月22日\n\n{box}\n")
    assert value(text, "issuer") == "新乡市科学技术局"
    assert value(text, "issue_date") == "2017-06-22"


# 2. A university's research administration named bare signs; 3. over a damaged date and a footer.
@pytest.mark.parametrize("office", [
    "科学技术研究院",
    # wording no listed page shows: the short name
    "科研院",
])
def test_a_universitys_research_administration_signs(office):
    text = ("关于申报2014年度某市科协重点学术活动项目的通知\n各有关单位:\n为强化学术活动的服务引导，市科协决定继续开展资助活动。"
            "现就有关事宜通知如下:\n一、申报对象\n1.申报单位必须是项目的主办单位。\n二、项目申报\n1.申报单位需填写申报表。\n"
            f"联系电话:82191946\n{office}\n2014320\n \n某某大学    {office}    某省某市某区某路26号    邮编:150040\n")
    assert value(text, "issuer") == office
    assert value(text, "issue_date") == "2014-03-20"


def test_a_research_office_named_in_a_sentence_signs_nothing():
    # must not: the office named inside the body's last sentence, no line of its own
    text = ("关于申报学术活动项目的通知\n各有关单位:\n一、申报对象\n1.申报单位必须是项目的主办单位。\n"
            "二、请将申报表报送科学技术研究院。\n")
    assert value(text, "issuer") is None
