"""Issue 23, round seventy-one: holdout130's two misses, in forms a second example and the pattern of Chinese documents
explain.

A reposting site's region label before a local notice's heading (内蒙古：关于开展…的通知): the column's label naming whose
notice it is, as a portal's local columns head their items (湖北：…, 安徽：… over news), no part of the notice's title. The
heading after the label is the page's notice (metadata.REGION_LABEL, `_region_unlabelled`). Not taken: a label that is no
division's name (附件：, 科技：), a region's label before a headline that is no notice heading (海南：我省印发…).

A form a body fills in named for two uses, the second in brackets before its 书 (《…申报（评估）书》, 《…申请（备案）书》): the
same form as a 申报书 or 申请书 (round sixty-four), cited (citations.CITED_KINDS). Not taken: a bracket before a 书 that is
no form's (《某县科普（2023）书》), a name running on after the 书."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.citations import CITED_KINDS

BODY = ("各盟市科技局，各有关单位：\n"
        "为进一步加强科普能力建设，规范科普基地的运行和管理，现就有关事项通知如下。\n"
        "一、工作对象\n"
        "2022年认定的科普基地。\n"
        "二、工作要求\n"
        "各单位要认真组织，按时报送材料，确保工作取得实效。\n")


@pytest.mark.parametrize(("head", "title"), [
    # the listed page's form (other words): a region's short name and a colon before a notice of its own
    ("内蒙古:关于开展自治区科普教育基地年度评估的通知", "关于开展自治区科普教育基地年度评估的通知"),
    # wording no listed page shows: a province's full name, a full-width colon and a space
    ("湖南省： 关于做好2024年科普基地年度报告工作的通知", "关于做好2024年科普基地年度报告工作的通知"),
    # a notice issuing a plan (read before the round too: the heading's 印发《X》 names the plan)
    ("湖南省： 关于印发《湖南省科普基地管理办法》的通知", "湖南省科普基地管理办法"),
    # a city under its province, a notice of its own with its organ before 关于
    ("江苏省苏州市：苏州市科学技术协会关于举办2024年科普讲解大赛的通知", "苏州市科学技术协会关于举办2024年科普讲解大赛的通知"),
])
def test_a_region_label_before_a_notice_heading(head, title):
    assert plan(f"{head}\n{BODY}")["title"] == title


def test_the_notices_organ_is_still_read_after_a_region_label():
    p = plan("江苏省苏州市：苏州市科学技术协会关于举办2024年科普讲解大赛的通知\n" + BODY)
    assert p["issuer"] == "苏州市科学技术协会"


@pytest.mark.parametrize("above", ["科普工作动态\n\n", "凝聚科普合力 厚植创新沃土\n"])
def test_a_line_above_does_not_run_into_a_region_labelled_heading(above):
    # a site's headline over the labelled heading, with or without a blank line: the heading is a line of its own
    # (normalise.REGION_NOTICE_LINE), as a bare notice heading is
    assert plan(f"{above}内蒙古：关于开展自治区科普教育基地年度评估的通知\n{BODY}")["title"] == \
        "关于开展自治区科普教育基地年度评估的通知"


@pytest.mark.parametrize("head", [
    "科技:关于开展自治区科普教育基地年度评估的通知",  # a label that is no division's name
    "附件:关于开展自治区科普教育基地年度评估的通知",  # an attachment's label
    "海南:我省印发科普基地管理办法",  # a region's label before a news headline, no notice heading
])
def test_what_the_region_label_rule_must_not_take(head):
    assert not plan(f"{head}\n{BODY}")["title"]


def cited(name: str) -> list[str]:
    text = ("关于开展2024年科普基地申报工作的通知\n各设区市科协：\n"
            f"请各单位认真填写《{name}》（见附件2），于6月30日前报送省科协。\n"
            "一、申报条件\n具有固定的科普场所和专职科普人员。\n")
    c = parsed(text).citations
    return [] if c.empty else list(c.title)


@pytest.mark.parametrize("name", [
    # the listed page's form (other words)
    "湖北省科普教育基地申报（评估）书",
    # wording no listed page shows: another use in the brackets, half-width brackets, 申请
    "某市科普示范社区申请(复核)书",
    "四川省科普基地申报（推荐）书",
])
def test_a_form_named_for_two_uses_is_cited(name):
    assert name.replace("(", "（").replace(")", "）") in cited(name)  # (brackets read full-width)


@pytest.mark.parametrize("name", [
    "某县科普（2023）书",  # a bracket before 书 that is no form's: a year
    "某市科普示范社区申报（评估）书填写说明",  # the name runs on after the 书: no form's name
    "科学普及（上册）书",  # a book's volume
])
def test_what_the_two_use_form_rule_must_not_take(name):
    assert not CITED_KINDS.search(name)
