"""Issue 23, round thirty-six: a document a later sentence cites as having said something (…。X联合出台的《Y》提出…) is no
news of it (docs/parser_rounds.md). Made-up pages, one in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan

OPENING = "自2015年以来，在上级科协的指导下，某省科协大力建设乡村科普站点，目前已建成站点2000余个，帮助农民提升了科学素质。"


@pytest.mark.parametrize("cited", [
    # an article on village stations citing a national plan (as a listed page says it, other words)
    "某协会、某部和某办联合出台的《科技助力某某工程实施方案》提出要在贫困村建设科普站点。",
    # a commentary citing the outline as its basis (wording no listed page shows)
    "国务院印发的《全民科学素质行动规划纲要（2021—2035年）》明确，要提升农民科学素质。",
])
def test_a_document_a_later_sentence_cites_is_not_the_pages(cited):
    row = plan(f"{OPENING}{cited}站点已成为服务农民的有力抓手。\n")
    assert row["title"] is None


@pytest.mark.parametrize("lead", [
    "日前，某省人民政府办公厅印发的《某省全民科学素质行动规划纲要实施方案（2021—2025年）》提出，到2025年全省公民具备科学素质的比例达到15%。",
    "某省人民政府办公厅印发的《某省全民科学素质行动规划纲要实施方案（2021—2025年）》提出，到2025年全省公民具备科学素质的比例达到15%。",
])
def test_a_lead_with_its_time_word_or_opening_the_page_still_names_it(lead):
    row = plan(f"{lead}方案明确了五项重点任务。\n")
    assert row["title"] == "某省全民科学素质行动规划纲要实施方案（2021—2025年）"
