"""Issue 23, round eighty-eight: a national body's department or centre signs its own notice.

A ministry named bare, a state commission or bureau, or 中国科协, then a department (…司) or a directly affiliated centre
(…中心): 科技部农村科技司, 教育部科学技术司, 国家林业和草原局科技司, 科技部火炬中心 (issuers.national_unit). A commission's
综合司 keeps round sixty-seven's reading; a region's department's centre, a party department's, or page text is none."""

from __future__ import annotations

import pytest
from made_up import value

from sciplan_analysis.parsing.issuers import is_issuer

BODY = "各有关单位：\n现将有关事项通知如下。\n一、推荐范围\n请于6月30日前报送。\n附件：推荐表\n"


@pytest.mark.parametrize("name", [
    "教育部科学技术司",
    "国家林业和草原局科技司",
    "科技部火炬中心",
    # wording no listed page shows: another ministry's department, 中国科协's centre in full
    "农业农村部科技教育司",
    "中国科学技术协会青少年科技中心",
])
def test_a_national_bodys_department_or_centre_is_an_organ_and_signs(name):
    assert is_issuer(name)
    assert value(f"{BODY}{name}\n2023年12月12日\n", "issuer") == name


@pytest.mark.parametrize("name", [
    "国家发展改革委综合司",   # a commission's policy department (round sixty-seven)
    "某省科技厅火炬中心",     # a region's department's centre: not this rule's
    "宣传部新闻中心",         # a party committee's department names no one alone
    "科技部的中心",           # page text
    "科技部部长司",           # another organ's word in the field
])
def test_what_is_no_national_department_or_centre(name):
    assert not is_issuer(name)
