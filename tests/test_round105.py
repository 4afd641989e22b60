"""Issue 23, round one hundred and five: local government rules, technical guidelines, actions named with their years, and the
earlier edition a plan repeals, cited.

The fifteenth to seventeenth windows' pages are mostly other departments' documents, whose bases cite a province's or city's
rules (《上海市科学技术奖励规定》), technical guidelines (《抗旱预案编制导则》, 《…技术规定（试行）》), health actions named with
their years (《健康中国行动（2019—2030年）》) and the plan's own earlier edition, repealed (《某县森林火灾应急预案》同时废止). None
was read as a citation."""

from __future__ import annotations

import pytest
from made_up import parsed

HEAD = "某某县人民政府办公室关于印发某某县森林火灾应急预案的通知\n各乡镇人民政府：\n"
PLAN = "2019年5月6日\n某某县森林火灾应急预案\n1 总则\n为做好森林火灾应对工作，制定本预案。\n"


def cited(body: str) -> set[str]:
    return set(parsed(HEAD + body + PLAN).citations.title)


@pytest.mark.parametrize("name", ["某某市科学技术奖励规定", "某某省自然灾害救助规定（试行）"])
def test_a_local_governments_rule_named_with_its_region_is_cited(name):
    assert name in cited(f"依据《{name}》等有关规定，现将《某某县森林火灾应急预案》印发给你们。\n")


def test_a_rule_named_bare_stays_out():
    assert "公务员培训规定" not in cited("依据《公务员培训规定》，现将《某某县森林火灾应急预案》印发给你们。\n")


@pytest.mark.parametrize("name", ["抗旱预案编制导则", "环境空气质量指数（AQI）技术规定（试行）"])
def test_a_technical_guideline_or_rule_is_cited(name):
    assert name in cited(f"依据《{name}》，现将《某某县森林火灾应急预案》印发给你们。\n")


@pytest.mark.parametrize("name", ["健康中国行动（2019—2030年）", "健康某某行动(2021-2030年)"])
def test_an_action_named_with_its_years_is_cited(name):
    # (the table writes the name's brackets full-width, as every citation's)
    assert name.replace("(", "（").replace(")", "）") in cited(f"为落实《{name}》，现将《某某县森林火灾应急预案》印发给你们。\n")


def test_an_action_named_without_years_stays_out():
    assert "科普惠民行动" not in cited("为落实《科普惠民行动》，现将《某某县森林火灾应急预案》印发给你们。\n")


@pytest.mark.parametrize("repeal", ["同时废止", "（2012年5月印发）予以废止"])
def test_the_earlier_edition_of_the_plans_own_name_repealed_is_cited(repeal):
    body = f"现将《某某县森林火灾应急预案》印发给你们，请认真执行。原《某某县森林火灾应急预案》{repeal}。\n"
    assert "某某县森林火灾应急预案" in cited(body)


def test_the_plan_named_in_its_own_notice_is_still_not_cited():
    assert "某某县森林火灾应急预案" not in cited("现将《某某县森林火灾应急预案》印发给你们，请认真执行。\n")
