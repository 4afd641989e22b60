"""Issue 23, round eighty-six: three kinds of signer and a number's class, from the seventh window's misses.

A region's joint meeting for a field of work signs through its office (某市科技特派员工作联席会议办公室), often with a
department's seal in its stead (（某市科学技术局代章）); a department's division or section signs for it (某省科学技术厅
科学技术奖励处, 某市科技局政策法规与成果转化科); a document number may carry a class in brackets inside its organ's
abbreviation (宁建(科)发〔2022〕9号)."""

from __future__ import annotations

import pytest
from made_up import value

from sciplan_analysis.parsing.documents import doc_number
from sciplan_analysis.parsing.issuers import is_issuer

BODY = "各有关单位：\n现将有关事项通知如下。\n一、工作要求\n请于5月30日前报送。\n附件：名单\n"


@pytest.mark.parametrize("name", [
    "漳州市科技特派员工作联席会议办公室",
    # wording no listed page shows: a county's meeting for another field
    "长沙县安全生产工作联席会议办公室",
])
def test_a_joint_meetings_office_is_an_organ_and_signs(name):
    assert is_issuer(name)
    assert value(f"{BODY}{name}\n2025年3月27日\n", "issuer") == name


@pytest.mark.parametrize("stamp", ["（漳州市科学技术局代章）", "（长沙县应急管理局代章）"])
def test_a_department_stamping_for_the_office_leaves_the_office_signing(stamp):
    text = f"{BODY}漳州市科技特派员工作联席会议办公室\n{stamp}\n2025年3月27日\n"
    assert value(text, "issuer") == "漳州市科技特派员工作联席会议办公室"
    assert value(text, "issue_date") == "2025-03-27"


@pytest.mark.parametrize("name", [
    "烟台市科技局政策法规与成果转化科",
    "杨浦区教育局高中成职教科",
    # wording no listed page shows: a province department's division
    "吉林省科学技术厅科学技术奖励处",
])
def test_a_departments_division_or_section_is_an_organ_and_signs(name):
    assert is_issuer(name)
    assert value(f"{BODY}{name}\n2020年11月20日\n", "issuer") == name


@pytest.mark.parametrize("name", [
    "某市教育局信息技术学科",       # a school subject, not a section
    "欢乐市科技局办公科",          # no real region
    "烟台市科技局的科",            # page text
    "科技局政策法规科",            # whose bureau?
    "联席会议办公室成员单位",       # who, not an office
    "某县市场监督管理局全民科",      # a title wrapped inside 全民科学素质, not a section
])
def test_what_is_no_division_section_or_meeting_office(name):
    assert not is_issuer(name)


@pytest.mark.parametrize(("text", "number"), [
    ("宁建(科)发〔2022〕9号", "宁建(科)发〔2022〕9号"),
    # a cited number, the class in full-width brackets before the year's
    ("根据《某省工程研究中心管理办法》（甘发改高技（规）〔2023〕660号）规定", "甘发改高技（规）〔2023〕660号"),
])
def test_a_numbers_class_in_brackets_is_kept(text, number):
    assert doc_number(text) == number


def test_a_bracket_before_an_organ_is_no_class():
    # the notice's own brackets around a number are not a class inside it
    assert doc_number("关于印发…的通知（宁建发〔2022〕9号）") == "宁建发〔2022〕9号"


def test_a_heading_wrapped_after_a_bureau_and_科_is_no_signer():
    # a report's heading cut inside 全民科学素质 after the bureau's name is no section signing
    text = ("始兴县市场监督管理局全民科\n学素质工作总结\n今年以来，我局认真贯彻落实全民科学素质行动计划纲要。\n"
            "一、主要做法\n开展科普宣传活动5次。\n始兴县市场监督管理局\n2022年12月5日\n")
    assert value(text, "issuer") == "始兴县市场监督管理局"
