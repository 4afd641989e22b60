"""Issue 23, round eighty-four: two issuers of the listed pages' misses, in forms a second example and the pattern of
Chinese documents explain.

An event's organising committee in full (组织委员会) named with a province's short name (湖南科技活动周组织委员会) is an organ,
as its short form 组委会 after a full region's name was (issuers._event_committee). A work office named with a bare level
(自治区科技奖励工作办公室, 省科技奖励工作办公室) is an organ as one named with its region is (issuers._work_office); 市场 and
区域 are words, not levels."""

from __future__ import annotations

import pytest
from made_up import value

from sciplan_analysis.parsing.issuers import is_issuer


@pytest.mark.parametrize("name", [
    "湖南科技活动周组织委员会",
    # wording no listed page shows: another province's short name and another event
    "广东青少年科技创新大赛组织委员会",
    "自治区科技奖励工作办公室",
    # wording no listed page shows: a county's bare level and a campaign's office
    "县创建文明县城工作办公室",
])
def test_an_event_committee_and_a_bare_levels_work_office_are_organs(name):
    assert is_issuer(name)
    text = (f"各有关单位:\n现对拟认定的名单进行公示。\n公示期内如有异议，请向{name}反映。\n"
            f"通讯地址:某市某路233号\n邮编:410013 电话:0731-88988747\n{name}\n2014年4月30日\n")
    assert value(text, "issuer") == name


@pytest.mark.parametrize("name", [
    "湖南组织委员会",           # no event
    "欢乐科技周组织委员会",      # no real region
    "市场监管工作办公室",        # 市场 is a word, not a level
    "区域协调工作办公室",        # 区域 likewise
])
def test_what_is_no_such_organ(name):
    assert not is_issuer(name)
