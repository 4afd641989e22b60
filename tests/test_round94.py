"""Issue 23, round ninety-four: work rules, emergency plans, charters, guidance, requests and replies are documents.

The governments' and departments' own papers that the windows reach beside the plans cite the documents above them: a
county's work rules cite 《国务院工作规则》 and the province's; an emergency plan cites the nation's and the city's 预案; a
contest's notice cites its 章程 and 竞赛规则; a 公示 cites the ministry's 工作指引; a history names a 请示 and its 批复. Their
names in 《》 were passed over as no document's."""

from __future__ import annotations

import pytest
from made_up import parsed

HEAD = "某县人民政府关于印发某县人民政府工作规则的通知\n各乡镇人民政府，县政府各部门：\n"


def cited(text: str) -> set[str]:
    return set(parsed(text).citations["title"])


@pytest.mark.parametrize(("body", "names"), [
    ("根据《国务院工作规则》《安徽省人民政府工作规则》，结合本县实际，制定本规则。\n",
     {"国务院工作规则", "安徽省人民政府工作规则"}),
    # wording no listed page shows: an emergency plan's basis, a special plan with a bracketed note
    ("依据《国家突发地质灾害应急预案》和《某市突发地质灾害应急专项预案（暂行）》，制定本预案。\n",
     {"国家突发地质灾害应急预案", "某市突发地质灾害应急专项预案（暂行）"}),
    ("按照《中国科学技术协会章程》和《全国青少年科技创新大赛竞赛规则（2025年）》组织参赛。\n",
     {"中国科学技术协会章程", "全国青少年科技创新大赛竞赛规则（2025年）"}),
    ("依据《科技型中小企业评价服务工作指引》，经审核，现予公示。省政府《关于同意设立科普基地的批复》同时废止。\n",
     {"科技型中小企业评价服务工作指引", "关于同意设立科普基地的批复"}),
])
def test_rules_plans_charters_guidance_and_replies_are_cited(body, names):
    assert names <= cited(HEAD + body)


def test_a_programme_named_in_brackets_is_still_no_document():
    # a film and a song are no documents, whatever words they hold
    assert cited(HEAD + "组织观看《预案背后的故事》，传唱《规则之歌谣》。\n") == set()
