"""Issue 23, round forty-two: news of a notice issued without its title, joint organs after a lead's time words, two
ministries signing a line each, a document number's serial as written (docs/parser_rounds.md). Made-up pages, one of
each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import doc_number, serial_as_written
from sciplan_analysis.parsing.issuers import joint_organs, lead_subject, ministry
from sciplan_analysis.parsing.news import UNTITLED_LEAD

HEADLINE = "某某工作获表扬\n2023-01-04\n"
NEWS_TAIL = "据悉，此项工作已连续开展多年，各地积极组织、广泛参与，取得了良好的社会效果。\n"


@pytest.mark.parametrize(("lead", "issuer"), [
    # an office of the national association praising (as a listed page shows it, other words)
    ("日前，中国科协办公厅印发通知，对2023年全国科普日有关组织单位和活动进行工作表扬。", "中国科协办公厅"),
    # two ministries listing bases (as a listed page shows it, other words)
    ("日前，自然资源部、科技部联合印发通知，公布2024年国家自然资源科普基地名单，50家单位入选。", "自然资源部、科技部"),
    # a news agency's dateline and a purpose clause before the subject (as a listed page shows it, other words)
    ("据新华社北京4月17日电 为拓宽科普人才发展渠道，中国科协日前印发通知，试点开展科普专业职称评审工作。", "中国科协"),
    # a province's association with 下发 (wording no listed page shows)
    ("近日，某某省科学技术协会下发通知，部署全省科技工作者日系列活动。", "某某省科学技术协会"),
])
def test_news_of_a_notice_without_its_title_gives_its_issuer(lead, issuer):
    p = plan(HEADLINE + lead + "\n" + NEWS_TAIL)
    assert p["title"] is None
    assert p["issuer"] == issuer


@pytest.mark.parametrize("lead", [
    "日前，中国科协近日公布了2023年度全国科普示范县名单，某县榜上有名。",  # a list named alone: no notice issued
    "下一步，某某省科学技术协会将印发通知，部署全省科技工作者日系列活动。",   # still to come
    "会上，与会人员传达了某某省科学技术协会印发通知，并部署了下一步工作。",   # relayed to a meeting
    "近日，多个单位联合印发通知，对全国科普日活动作出部署。",               # no organ as the subject
])
def test_no_issuer_where_no_organ_issued_the_notice(lead):
    assert plan(HEADLINE + lead + "\n" + NEWS_TAIL)["issuer"] is None


def test_a_headline_line_ending_at_the_notice_is_no_lead():
    assert UNTITLED_LEAD.search("全国妇联中国科协联合发布通知\n") is None
    assert UNTITLED_LEAD.search("中国科协印发通知，对") is not None


@pytest.mark.parametrize(("before", "subject"), [
    # time words glued before a province's association and a bare-level department joined by 、 (as a listed page)
    ("记者从某某省科协了解到，日前某某省科协、省人社厅联合", "某某省科协、省人社厅"),
    ("据了解，近日某某市教育局、某某市科学技术协会共同", "某某市教育局、某某市科学技术协会"),  # wording no page shows
    ("近日，科技部、中央宣传部和中国科协", "科技部、中央宣传部、中国科协"),                # the clause's own split, as before
    ("会上，县长、县科协", "县科协"),                                                    # a person before: as before the round
])
def test_joint_organs_joined_by_a_list_mark_after_time_words(before, subject):
    assert lead_subject(before) == subject


@pytest.mark.parametrize(("line", "organs"), [
    ("生态环境部科学技术部", ["生态环境部", "科学技术部"]),            # as a listed page shows it
    ("自然资源部教育部财政部", ["自然资源部", "教育部", "财政部"]),  # wording no listed page shows
    ("中国科协科普部", []),                                          # one organ: its department
    ("教育部宣传部", []),                                            # a party department names no one alone
    ("自然资源部", []),
])
def test_two_ministries_named_bare_are_two_organs(line, organs):
    assert joint_organs(line) == organs


def test_ministry():
    assert ministry("科学技术部") and ministry("教育部")
    assert not ministry("宣传部") and not ministry("中国科协科普部") and not ministry("部")


BASES_NOTICE = ("各省、自治区、直辖市有关厅（局），各有关单位：\n根据有关要求，经推荐、评审及公示，现公布第九批国家某某科普基地名单"
                "（见附件）。\n请各基地切实发挥示范作用，不断提升科普服务能力。\n附件：第九批国家某某科普基地名单\n")


@pytest.mark.parametrize(("signature", "issuer"), [
    ("生态环境部\n科学技术部\n2024年7月27日\n", "生态环境部、科学技术部"),   # as a listed page shows it, other words
    ("自然资源部\n教育部\n2024年5月6日\n", "自然资源部、教育部"),          # wording no listed page shows
    ("某某省科学技术厅\n2024年5月6日\n", "某某省科学技术厅"),              # one organ, as before the round
])
def test_ministries_signing_a_line_each_under_an_attachment(signature, issuer):
    assert plan(BASES_NOTICE + signature)["issuer"] == issuer


@pytest.mark.parametrize(("text", "number"), [
    ("仪学秘字【2024】第006号", "仪学秘字〔2024〕第006号"),        # as a listed page shows it
    ("某学会发[2023] 第 12 号", "某学会发〔2023〕第12号"),         # wording no listed page shows: spaces dropped
    ("某科协字〔2022〕045号", "某科协字〔2022〕045号"),           # leading zeros without 第
    ("国科发政〔2013〕666号", "国科发政〔2013〕666号"),           # the ordinary form, unchanged
])
def test_a_numbers_serial_is_kept_as_written(text, number):
    assert doc_number(text) == number


def test_serial_as_written():
    assert serial_as_written("某字〔2024〕第006号") == "第006"
    assert serial_as_written("某字〔2024〕９号") == "9"  # full-width digits written in ASCII
