"""Issue 23, round fifty-two: joint issuers a news lead names (docs/parser_rounds.md). A list closed by 等 or a count of
bodies (三家, 四部门); a list naming its region once, on its first body; organs issuing two documents at once. A list that
cannot be read whole still gives no issuer. Made-up pages, one form in wording no listed page shows, and the forms the rules
must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import LIST_CLOSING, OWNED_PART, _owned, lead_subject  # noqa: F401  (the round's names)
from sciplan_analysis.parsing.news import NAMED  # noqa: F401

TAIL = ("要求各地结合实际，认真组织实施。该文件明确了工作目标、主要任务和保障措施，对今后五年的工作作出部署。"
        "文件提出，到2025年，全市建成一批示范单位，形成长效机制。\n")


def news(lead: str, headline: str = "我市出台新规推进科普基地建设") -> str:
    """A made-up news item: its headline, a site's date line, the lead `lead`, a body."""
    return f"{headline}\n发布时间：2024-05-10 来源：本网\n{lead}{TAIL}"


@pytest.mark.parametrize(("subject", "issuer"), [
    # as the listed pages show it (other words): a count of bodies after the list (三家), 等 after it
    # (the bare levels completed from the title's region, as round thirty-four does for any lead)
    ("南平市科技局、市委宣传部、市科协三家联合印发", "南平市科技局、南平市委宣传部、南平市科协"),
    ("南平市科技局、南平市教育局、南平市科学技术协会等联合印发", "南平市科技局、南平市教育局、南平市科学技术协会"),
    # wording no listed page shows: 两家 and 共同, and a count of departments after a list joined by 和
    ("南平市科技局和南平市财政局两家共同印发", "南平市科技局、南平市财政局"),
    ("南平市科技局、南平市教育局和南平市科协四部门联合印发", "南平市科技局、南平市教育局、南平市科协"),
])
def test_a_list_closed_by_a_count_or_deng(subject, issuer):
    page = news(f"近日，{subject}《南平市科普基地认定管理办法》，进一步规范科普基地建设。")
    assert plan(page)["issuer"] == issuer


@pytest.mark.parametrize("subject", [
    # a list whose bodies are not all read (a centre, a company): none, never its organs alone (round forty-nine)
    "南平市科技局、南平市科普服务中心等联合印发",
    "南平市科技局、某某科技有限公司两家联合印发",
    # one organ and 等: the list is cut, so the issuer is none (as before); 等N部门 is not this rule's (kept as it was)
    "南平市科技局等联合印发",
    "南平市科技局等三部门联合印发",
])
def test_a_closed_list_not_read_whole_gives_none(subject):
    page = news(f"近日，{subject}《南平市科普基地认定管理办法》，进一步规范科普基地建设。")
    assert plan(page)["issuer"] in (None, "")


@pytest.mark.parametrize(("subject", "issuer"), [
    # as the listed pages show it (other words): the region on the first body only
    ("南平市教育局、科技局、科学技术协会联合发布", "南平市教育局、南平市科技局、南平市科学技术协会"),
    ("南平市生态环境局、科技局、教育局、科协共同印发", "南平市生态环境局、南平市科技局、南平市教育局、南平市科协"),
    # wording no listed page shows: two bodies joined by 和, the lead's time word glued before the region
    ("近日南平市教育局和科协联合印发", "南平市教育局、南平市科协"),
])
def test_a_list_naming_its_region_once(subject, issuer):
    page = news(f"据悉，{subject}《南平市科普基地认定管理办法》，进一步规范科普基地建设。")
    assert plan(page)["issuer"] == issuer


@pytest.mark.parametrize("subject", [
    # a party committee's departments (市委宣传部、统战部): their owner is the committee, not the region; not completed,
    # nor is 统战部's cut 战部 an organ (two characters and 部 name no ministry)
    "南平市委宣传部、统战部联合印发",
    "南平市教育局、宣传部联合印发",
    # a later body of no department's shape (a school, a company): none
    "南平市教育局、实验小学联合印发",
    "南平市教育局、科技公司联合印发",
])
def test_a_list_not_completed(subject):
    page = news(f"据悉，{subject}《南平市科普基地认定管理办法》，进一步规范科普基地建设。")
    assert plan(page)["issuer"] in (None, "")


@pytest.mark.parametrize(("lead", "issuer"), [
    # as the listed page shows it (other words): a party department and a bureau issue a plan and a notice at once, the
    # notice's name holding 周年 (no commemoration of this lead's own)
    ("近日，南平市委宣传部与市地震局联合印发了《南平市2018年防震减灾宣传教育工作方案》和《关于开展汶川地震十周年"
     "防震减灾宣传工作的通知》，对全年工作作出安排。", "南平市委宣传部、市地震局"),
    # wording no listed page shows: three documents, one organ
    ("日前，南平市科学技术协会印发了《南平市科普基地认定办法》、《南平市科普基地管理办法》和《南平市科普基地考核办法》，"
     "进一步规范科普基地建设。", "南平市科学技术协会"),
])
def test_organs_issuing_documents_at_once(lead, issuer):
    got = plan(news(lead))
    assert got["issuer"] == issuer
    assert got["title"] in (None, "")  # several documents at once: the page's own is not told (unchanged)


@pytest.mark.parametrize("lead", [
    # not taken: documents a meeting relayed, or an earlier year's, listed together: no issuer of the item's
    "会议传达了南平市科学技术协会印发的《南平市科普基地认定办法》和《南平市科普基地管理办法》，要求抓好落实。",
    "2019年，南平市科学技术协会印发了《南平市科普基地认定办法》和《南平市科普基地管理办法》，成效明显。",
    # documents a body named after the lead's first sentences (the news is another's): named in passing
    "南平市科普宣传周活动日前在市科技馆开幕。活动现场展出了各类科普展品。市民踊跃参与互动体验。"
    "会后，南平市科学技术协会印发了《南平市科普基地认定办法》和《南平市科普基地管理办法》。",
])
def test_listed_documents_not_the_items(lead):
    assert plan(news(lead))["issuer"] in (None, "")


def test_lead_subject_forms():
    assert lead_subject("近日，厦门市教育局、科技局和科协联合") == "厦门市教育局、厦门市科技局、厦门市科协"
    assert lead_subject("近日，省科技厅、省教育厅两家联合") == "省科技厅、省教育厅"
    assert lead_subject("教育部等十八部门") is None
    assert _owned(["南平市委宣传部", "组织部"]) == ["南平市委宣传部", "组织部"]


@pytest.mark.parametrize("headline", [
    # as a perturbed listed page shows it (other words): a spam line's last word (…园区) run into the headline's list
    "产业园区科技局、市委宣传部、市科协联合印发《南平市科普基地认定管理办法》",
    # wording no listed page shows: a site's section (…景区) before a bureau
    "旅游景区教育局、市科技局、市科协联合印发《南平市科普基地认定管理办法》",
])
def test_a_bare_level_cut_from_a_longer_name_opens_no_list(headline):
    page = news("据悉，南平市科技局、南平市教育局、南平市科协三家联合印发《南平市科普基地认定管理办法》，进一步规范科普基地建设。",
                headline=headline)
    assert plan(page)["issuer"] == "南平市科技局、南平市教育局、南平市科协"
