"""Issue 23, round forty-six: empty values left on seen pages, by form (docs/parser_rounds.md). Made-up pages, one of
each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.metadata import OWN_NOTICE, _bracketed_office
from sciplan_analysis.parsing.pagekind import NOTICE_TITLE

GONGSHI_BODY = ("作者：编辑部 | 更新时间：2021-05-10 | 点击量：120次根据省科协《关于做好年度科普示范项目申报工作的通知》精神，"
                "市科协组织开展了年度科普示范项目的申报推荐及评审工作。\n"
                "2021年5月9日，市科协组织专家对各区推荐的单位进行集中评审，评审出某社区为科普示范项目实施单位。\n"
                "现将评审结果予以公示。公示时间为5个工作日。公示期间，任何单位和个人若有异议，请向市科协反映。\n"
                "联系人：某某 电话：1234567\n")


@pytest.mark.parametrize(("heading", "title"), [
    # as a listed page shows it (other words): a review's 公示公告 over a byline run into its lead
    ("关于2021年度科普示范项目评审结果的公示公告", "关于2021年度科普示范项目评审结果的公示公告"),
    # as a second site shows it, other words: 关于…候选对象的公示
    ("关于推荐某县科普协会为先进集体候选对象的公示", "关于推荐某县科普协会为先进集体候选对象的公示"),
    # wording no listed page shows: a 科普基地's recognition
    ("关于拟认定第三批市级科普教育基地的公示公告", "关于拟认定第三批市级科普教育基地的公示公告"),
])
def test_a_public_notices_heading_is_the_title(heading, title):
    assert plan(heading + "\n" + GONGSHI_BODY)["title"] == title


@pytest.mark.parametrize(("heading", "notice"), [
    ("关于某某项目评审结果的公示公告", True), ("关于某某候选对象的公示", True), ("关于印发某某方案的通知", True),
    # not taken: a 公示 named inside a sentence, a 公告 with no 公示, a heading about a 公示 board
    ("现将关于某某的公示公告如下。", False), ("关于某某事项的公告", False), ("关于设立科普公示栏", False),
])
def test_notice_title_cue(heading, notice):
    assert (NOTICE_TITLE.search(heading) is not None) == notice


def test_own_notice_takes_the_gongshi_gonggao_whole():
    assert OWN_NOTICE.match("关于某某项目评审结果的公示公告").group(0) == "关于某某项目评审结果的公示公告"
    assert OWN_NOTICE.match("某某候选名单公示").group(0) == "某某候选名单公示"


@pytest.mark.parametrize(("value", "organ"), [
    ("花山区政府(政府办公室)", "花山区政府"),  # as the listed page shows it
    ("武昌区人民政府（区政府办）", "武昌区人民政府"),  # wording no listed page shows: full-width brackets, 办
    ("杭州市人民政府（市政府办公厅）", "杭州市人民政府"),
    # not taken: an organ as it stands, brackets that name no office, a bracketed part before no organ
    ("花山区政府办公室", "花山区政府办公室"),
    ("花山区政府(2008年)", "花山区政府(2008年)"),
    ("科技局(知识产权局)", "科技局(知识产权局)"),
    ("欢迎访问(政府办公室)", "欢迎访问(政府办公室)"),
])
def test_bracketed_office(value, organ):
    assert _bracketed_office(value) == organ


BODY = ("各街道、区直各部门：\n2020年以来，我区组织开展科普示范单位创建活动，各创建单位高度重视，成效明显。\n"
        "对照《某区创建科普示范单位实施意见》进行评定，某社区等单位均达验收标准，现命名为科普示范单位。\n")


@pytest.mark.parametrize(("fields", "issuer"), [
    ("发布机构: 花山区政府(政府办公室) 文       号: 无编号\n成文日期: 2020-12-29\n", "花山区政府"),
    # wording no listed page shows: a label on its own line, full-width brackets
    ("发布机构\n杭州市人民政府（市政府办公厅）\n成文日期\n2020-12-29\n", "杭州市人民政府"),
    # not taken: brackets naming no office leave the field unread, as before
    ("发布机构: 花山区政府(2020年) 文       号: 无编号\n成文日期: 2020-12-29\n", None),
])
def test_a_publisher_field_with_its_office_in_brackets(fields, issuer):
    page = fields + "\n关于命名第三批科普示范单位的通知\n" + BODY
    assert plan(page)["issuer"] == issuer
