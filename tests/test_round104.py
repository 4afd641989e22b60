"""Issue 23, round one hundred and four: policy measures named by their kind, and a heading of its own under a headline.

A headline's exclamation or question mark (速看！…) never stands in a name, so a headline set apart is no title.

From holdout240's misses (seen since its first contact), all of 2023-2025: a city's 强化…十八条措施 and a province's 打造…高地 /
若干政策（2.0版） carried under their notices gave no title, 措施 and 政策 being no kind a title's name ends with; and a copy's
headline (探索低空经济发展考核!某省发布…征求意见稿) ran into the heading under it (关于征求《…》意见的公告)."""

from __future__ import annotations

import pytest
from made_up import plan

NOTICE = ("各市、县人民政府，省政府各部门：\n现将《{name}》印发给你们，请认真贯彻落实。\n某某省人民政府\n2025年8月11日\n")


@pytest.mark.parametrize(("heading", "name"), [
    ("强化某某市中小学科学教育工作十八条措施\n", "强化某某市中小学科学教育工作十八条措施"),
    # the name broken over two lines before its version, in traditional script as a copy shows it
    ("打造通用人工智能產業創新和應用高地\n若干政策（2.0版）\n", "打造通用人工智能產業創新和應用高地若干政策（2.0版）"),
])
def test_policy_measures_carried_under_their_notice_are_the_title(heading, name):
    text = NOTICE.format(name=name) + heading + "为加快推动有关工作，制定如下政策。\n1.强化重大应用场景供给。设立场景创新项目。\n"
    assert plan(text)["title"] == name


@pytest.mark.parametrize("line", ["防火措施", "一、保障措施"])
def test_a_measures_heading_is_no_title(line):
    assert plan(f"{line}\n各单位要加强组织领导，落实工作责任。\n")["title"] is None


@pytest.mark.parametrize(("headline", "heading"), [
    ("探索低空经济发展考核!某某省发布促进低空经济发展意见征求意见稿",
     "关于征求《某某省关于促进低空经济高质量发展的意见（征求意见稿）》意见的公告"),
    # wording no listed page shows: a repost's exclamation over a notice with no organ before its 关于, the headline
    # naming a plan
    ("关注！某某县出台科普惠民实施方案", "关于公布2024年某某县科普惠民项目名单的通知"),
])
def test_a_heading_of_its_own_under_a_headline_stands_apart(headline, heading):
    text = f"{headline}\n{heading}\n为做好有关工作，现将有关事项公布如下。\n某某市科学技术协会\n2024年8月9日\n"
    assert plan(text)["title"] == heading


def test_a_heading_wrapped_under_a_line_left_open_is_still_one_name():
    text = "某某县人民政府办公室关于印发某某县全民科学素质行动\n实施方案的通知\n各乡镇人民政府：\n现将方案印发给你们。\n"
    assert plan(text)["title"] in {"某某县人民政府办公室关于印发某某县全民科学素质行动实施方案的通知", "某某县全民科学素质行动实施方案"}


def test_a_headline_with_an_exclamation_is_never_the_title():
    # the headline stands apart now; it names the plan but is the site's, not the plan's name
    text = "速看！某某区科普工作要点\n关于印发2024年某某区科普工作要点的通知\n各街道：\n现将《2024年某某区科普工作要点》印发给你们。\n"
    assert plan(text)["title"] in {"关于印发2024年某某区科普工作要点的通知", "2024年某某区科普工作要点"}
