"""Issue 23, round one hundred and one: an emergency plan's own name, a numbered list of a site's bracketed fields, a plan's
heading under its contents list, and an earlier edition cited by its number.

Holdouts 227-232 (the fifteenth window) are mostly other departments' documents, and seven of their thirteen missed titles
were an emergency plan's own name (某县水旱灾害防御应急预案, 某州突发事件总体应急预案): 应急预案 was read as a cited document's
kind (round ninety-four) but never as a title's. Beside it, a district's disclosure page numbers its bracketed fields (7. [标题]
X: the title read as 7.标题：X, or not at all), a plan's heading under its contents list ran into the list's last entry, and
a notice naming the earlier edition it replaces (《X》（某政办发〔2013〕31号）同时废止) had that citation dropped as the plan
itself once the plan's name was read."""

from __future__ import annotations

import pytest
from made_up import parsed, plan


@pytest.mark.parametrize(("text", "title"), [
    # carried under its notice's body, the page showing no heading of its own (a county's flood plan)
    ("各乡（镇）人民政府，县直有关单位：\n《某某县防汛抗旱应急预案》已经县人民政府同意，现印发给你们，请认真贯彻执行。\n"
     "某某县人民政府办公室\n2024年7月8日\n（此件公开发布）\n某某县防汛抗旱应急预案\n1. 总则\n1.1 编制目的\n"
     "为做好防汛抗旱工作，制定本预案。\n", "某某县防汛抗旱应急预案"),
    # standing alone over its first numbered heading, a blank line between (a city's geological-disaster plan)
    ("某某市突发地质灾害应急预案\n\n1 总则\n\n1.1 编制目的\n\n为高效有序做好突发地质灾害应急工作，制定本预案。\n\n1.2 编制依据\n\n"
     "依据《地质灾害防治条例》等。\n", "某某市突发地质灾害应急预案"),
])
def test_an_emergency_plans_own_name_is_its_title(text, title):
    assert plan(text)["title"] == title


def test_a_sites_category_label_alone_is_no_title():
    # 组配分类：应急预案 names the site's shelf, not a plan; the labelled 名称 gives the title
    text = ("索引号：123/2020-00018 组配分类：应急预案\n发布机构：某某镇人民政府\n名称：关于印发某某县防汛抗旱应急预案的通知\n"
            "各村：\n现将《某某县防汛抗旱应急预案》印发给你们。\n")
    assert plan(text)["title"] == "关于印发某某县防汛抗旱应急预案的通知"


def test_a_news_headline_starting_a_plan_is_no_title():
    assert plan("某市启动防汛应急预案\n7月5日，某市防汛抗旱指挥部启动防汛Ⅳ级应急响应，要求各地做好防范。\n")["title"] is None


@pytest.mark.parametrize(("head", "title", "issuer"), [
    ("当前位置：首页 > 政务公开\n  1. [索引号] 11S000/ZK-2018-000034\n  2. [发文机关] 某某县某某镇人民政府\n"
     "  3. [发文字号] 某镇政字〔2018〕36号\n  4. [标题] 某某县某某镇人民政府突发事件应急预案\n  5. [成文日期] 2018-06-29\n",
     "某某县某某镇人民政府突发事件应急预案", "某某县某某镇人民政府"),
    # wording no listed page shows: 、 after the item's number and full-width brackets
    ("1、【标题】某某区科普工作实施方案\n2、【发文机关】某某区人民政府办公室\n3、【成文日期】2021-03-02\n",
     "某某区科普工作实施方案", "某某区人民政府办公室"),
])
def test_a_numbered_list_of_bracketed_fields_gives_each_fields_value(head, title, issuer):
    row = plan(head + "一、总则\n为做好有关工作，制定本方案。\n")
    assert (row["title"], row["issuer"]) == (title, issuer)


@pytest.mark.parametrize(("entries", "name"), [
    ("8.附则\n  8.1气象灾害预警等级\n  8.2名词术语\n", "某某省气象灾害应急预案"),
    # a work plan's contents, its last entry two-level
    ("4.保障措施\n  4.3工作要求\n", "某某县科普工作实施方案"),
])
def test_a_plans_heading_under_its_contents_list_stands_apart(entries, name):
    text = f"目录\n1.总则\n  1.1编制目的\n{entries}\n\n{name}\n\n1. 总则\n1.1 编制目的\n为做好有关工作，特制定本文件。\n"
    segments = parsed(text).segments
    assert name in list(segments.text)
    assert plan(text)["title"] == name


@pytest.mark.parametrize("cited", [
    "《某某县防汛抗旱专项应急预案》（某政办发〔2013〕31号）",
    # the earlier edition named by its notice, the organ another than the page's
    "《某某县人民政府办公室关于印发某某县防汛抗旱专项应急预案的通知》（某政办发〔2013〕31号）",
])
def test_an_earlier_edition_of_the_plans_name_cited_by_its_number_is_cited(cited):
    text = ("某某县人民政府办公室关于印发某某县防汛抗旱专项应急预案的通知\n某政办发〔2018〕28号\n各乡镇人民政府：\n"
            f"《某某县防汛抗旱专项应急预案》已经县人民政府同意，现印发给你们。{cited}同时废止。\n2018年7月17日\n"
            "某某县防汛抗旱专项应急预案\n1 总则\n为做好防汛抗旱工作，制定本预案。\n")
    titles = set(parsed(text).citations.title)
    assert cited[1:cited.index("》")] in titles


@pytest.mark.parametrize("named", ["《某某县防汛抗旱专项应急预案》", "《某某县防汛抗旱专项应急预案》（某政办发〔2018〕28号）"])
def test_the_plan_named_in_its_own_notice_is_not_cited(named):
    # no number, or the page's own number: the plan itself
    text = ("某某县人民政府办公室关于印发某某县防汛抗旱专项应急预案的通知\n某政办发〔2018〕28号\n各乡镇人民政府：\n"
            f"{named}已经县人民政府同意，现印发给你们。\n2018年7月17日\n某某县防汛抗旱专项应急预案\n1 总则\n为做好防汛抗旱工作，制定本预案。\n")
    assert "某某县防汛抗旱专项应急预案" not in set(parsed(text).citations.title)
