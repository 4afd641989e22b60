"""Issue 23, round sixty-nine: holdout126's issuer misses, in forms a second example and the pattern of Chinese documents
explain.

An association of bodies named 联合会 (某市科普教育基地联合会, 某省科技馆联合会) is an association of the 科协's family as one
named 协会 is: over its notice's or decision's date it signs (issuers.ASSOCIATION; round forty's signature reading). Not
taken: such a line with no date under it, a 联合会 with no region before it, one whose field names an organ of the state.

A publisher field's value that a site's buttons follow on its line (发布部门：某市科学技术局 收藏; 【打印】【关闭】), run into the
value where the page's spaces between characters are gone, is the organ before the buttons (metadata._without_buttons). Not
taken: a value that is no organ once the buttons are cut, a button alone."""

from __future__ import annotations

import pytest
from made_up import plan

# a decision of a city's association of 科普 bases, signed over its date in Chinese numerals (other words than the listed page's)
BASES_DECISION = ("关于命名2022年度优秀科普教育基地的决定\n"
                  "各会员单位：\n"
                  "经理事会审议，决定命名某某科技馆等12家单位为2022年度优秀科普教育基地。\n"
                  "特此决定。\n"
                  "某市科普教育基地联合会\n"
                  "二〇二三年三月一日\n")
# wording no listed page shows: a province's association of science museums' notice, its date in digits
MUSEUMS_NOTICE = ("关于举办2022年科技馆辅导员大赛的通知\n"
                  "各会员馆：\n"
                  "为提升科技馆辅导员业务水平，联合会定于7月举办辅导员大赛，现将有关事项通知如下。\n"
                  "一、参赛对象\n"
                  "各会员馆在职辅导员。\n"
                  "江苏省科技馆联合会\n"
                  "2022年6月8日\n")


@pytest.mark.parametrize(("text", "issuer", "date"), [
    (BASES_DECISION, "某市科普教育基地联合会", "2023-03-01"),
    (MUSEUMS_NOTICE, "江苏省科技馆联合会", "2022-06-08"),
])
def test_an_association_named_lianhehui_signs_over_its_date(text, issuer, date):
    p = plan(text)
    assert p["issuer"] == issuer
    assert p["issue_date"] == date


@pytest.mark.parametrize("signature", [
    "江苏省科技馆联合会\n会员馆名单见附件。\n",  # no date under it
    "科技馆联合会\n2022年6月8日\n",  # no region: whose?
    "江苏省人民政府联合会\n2022年6月8日\n",  # a field that names an organ
])
def test_what_the_lianhehui_rule_must_not_take(signature):
    text = MUSEUMS_NOTICE.replace("江苏省科技馆联合会\n2022年6月8日\n", signature)
    assert not plan(text)["issuer"]


def test_a_federation_of_the_organs_still_signs_as_an_organ():
    # 妇女联合会 is one of FEDERATIONS (an organ): unchanged by the round
    text = MUSEUMS_NOTICE.replace("江苏省科技馆联合会", "江苏省妇女联合会")
    assert plan(text)["issuer"] == "江苏省妇女联合会"


# a policy site's field line: the publisher's value, then the site's button (other words than the listed page's)
FIELD_PAGE = ("首页 > 政策资讯 > 关于开展2023年某市科普讲解大赛的通知\n"
              "关于开展2023年某市科普讲解大赛的通知\n"
              "发布时间：2023年05月10日 10:12:40 发布部门：{publisher}\n"
              "各区科技局，各有关单位：\n"
              "为提升科普讲解水平，决定开展2023年某市科普讲解大赛，现将有关事项通知如下。\n"
              "一、参赛对象\n"
              "全市科普基地讲解人员。\n")


@pytest.mark.parametrize(("publisher", "issuer"), [
    ("杭州市科学技术局 收藏", "杭州市科学技术局"),
    # wording no listed page shows: two bracketed buttons after a 科协
    ("宁波市科学技术协会 【打印】【关闭】", "宁波市科学技术协会"),
    ("宁波市科学技术协会 分享到 打印本页", "宁波市科学技术协会"),
])
def test_a_publisher_field_followed_by_the_sites_buttons_is_the_organ(publisher, issuer):
    assert plan(FIELD_PAGE.format(publisher=publisher))["issuer"] == issuer


@pytest.mark.parametrize("publisher", [
    "某某文化传媒有限公司 收藏",  # no organ once the button is cut
    "收藏",  # a button alone
    "欢乐谷市科学技术局 收藏",  # an organ's shape, its region in no division table
])
def test_what_the_button_rule_must_not_take(publisher):
    assert not plan(FIELD_PAGE.format(publisher=publisher))["issuer"]
