"""Issue 23, round seventy-four: the misses of holdouts 137-140 (scored once after round seventy-three, now seen), in forms
a second example and the pattern of Chinese documents explain.

A joint red header laid two bodies to a line, the odd body alone on its last line, right over the notice's heading
(某市科学技术局 中共某市委宣传部 / 某市教育委员会 某市科学技术协会 / 某市社会科学界联合会 / 关于…的通知): the lone body is the
header's last, not the heading's organ broken onto a line of its own (normalise.`_block_last_body`). The heading is read
alone and every body of the header issues. Not taken: an organ alone over 关于…, no line of bodies over it (a heading
broken after its organ, as before), nor one a blank line sets apart from the bodies above.

A joint signature's line of bodies set apart by ideographic spaces a mirror wrote as question marks (某市科学技术局??中共某市委
宣传部): the marks are read as the spaces were (normalise.MANGLED_SPACES, `_unmangled`), where the line without them names
organs and nothing else, so the block signs whole instead of its last line alone. Not taken: a mirror's question marks inside
a sentence (lost characters), nor between words that are no organs."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.normalise import _unmangled

APPLICATION_BODY = ("各区县科技局、科协：\n"
                    "为深入贯彻落实有关要求，做好本年度申报工作，现将有关事项通知如下。\n"
                    "一、申报条件\n申报单位应具有独立法人资格。\n二、工作要求\n各单位要认真组织，按时报送申报材料。\n")


@pytest.mark.parametrize(("header", "heading", "issuer"), [
    # the listed page's form (other words): two lines of two bodies and the fifth alone, under the number
    ("某科局发〔2022〕120号\n某市科学技术局 中共某市委宣传部\n某市教育委员会 某市科学技术协会\n某市社会科学界联合会\n",
     "关于组织申报2022年度某市科普基地的通知",
     "某市科学技术局、中共某市委宣传部、某市教育委员会、某市科学技术协会、某市社会科学界联合会"),
    # wording no listed page shows: three bodies of a province, no number, ideographic spaces
    ("江西省科学技术厅　江西省教育厅\n江西省科学技术协会\n",
     "关于举办第三届江西省青少年科技创新大赛的通知", "江西省科学技术厅、江西省教育厅、江西省科学技术协会"),
])
def test_the_last_body_of_a_joint_header_is_no_part_of_the_heading(header, heading, issuer):
    p = plan(header + heading + "\n\n" + APPLICATION_BODY)
    assert (p["title"], p["issuer"]) == (heading, issuer)


def test_an_organ_alone_over_its_heading_is_still_the_headings_organ():
    # no line of bodies over it: a heading broken after its organ, read as before
    p = plan("江西省科学技术协会\n关于举办第三届江西省青少年科技创新大赛的通知\n\n" + APPLICATION_BODY)
    assert p["issuer"] == "江西省科学技术协会"
    assert p["title"] in ("关于举办第三届江西省青少年科技创新大赛的通知",
                          "江西省科学技术协会关于举办第三届江西省青少年科技创新大赛的通知")


NAMING_BODY = ("关于命名2022年度某市科普基地的通知\n\n各区县科技局、科协：\n\n"
               "根据《某市科普基地管理办法》，市科技局、市委宣传部、市教委、市科协、市社科联组织了申报、评审工作。"
               "经审定，决定命名某某科技馆等40家单位为某市科普基地。\n\n附件：2022年度某市科普基地名单\n\n")


@pytest.mark.parametrize(("block", "issuer"), [
    # the listed page's form (other words): two lines of two bodies, the fifth alone, two marks for each space
    ("某市科学技术局??中共某市委宣传部\n\n某市教育委员会??某市科学技术协会\n\n某市社会科学界联合会\n\n",
     "某市科学技术局、中共某市委宣传部、某市教育委员会、某市科学技术协会、某市社会科学界联合会"),
    # wording no listed page shows: three bodies on one line, three marks for each space, full-width marks
    ("赣州市科学技术局？？？赣州市教育局？？？赣州市科学技术协会\n\n",
     "赣州市科学技术局、赣州市教育局、赣州市科学技术协会"),
])
def test_a_mirrors_question_marks_between_signing_bodies_are_spaces(block, issuer):
    p = plan(NAMING_BODY + block + "2023年5月13日\n")
    assert (p["issuer"], p["issue_date"]) == (issuer, "2023-05-13")


@pytest.mark.parametrize("line", [
    "确??破栈A设施不断完善",  # a mirror's lost characters inside a sentence
    "工作要求??组织保障",  # no organs either side
    "某市科学技术局?中共某市委宣传部",  # one mark alone: no space written so
])
def test_question_marks_elsewhere_are_left(line):
    assert _unmangled(line) == line


# -- a plan's preface recounting, by its date, the documents it follows --------------------------------------------------

@pytest.mark.parametrize(("text", "cited"), [
    # the listed page's form (other words): a plan's preface, each higher document dated to its day, its own purpose after
    ("前言\n某市是革命老区，为中国革命作出了重大贡献。2012年6月28日，国务院出台《关于支持某某等原中央苏区振兴发展的若干意见》"
     "（国发〔2012〕21号），开启了苏区振兴发展的新篇章。为全面贯彻有关精神，特制定本规划。\n"
     "本规划是某市建设示范区的综合性、指导性文件。\n第一章 发展基础\n某市经济持续发展。\n",
     "关于支持某某等原中央苏区振兴发展的若干意见"),
    # wording no listed page shows: a county's implementation plan opening with the national 纲要's issue
    ("2021年6月3日，国务院印发《全民科学素质行动规划纲要（2021—2035年）》，对新时代科学素质建设作出部署。为贯彻落实纲要精神，"
     "结合我县实际，制定本方案。\n一、指导思想\n全面提升全县公民科学素质。\n二、主要目标\n到2025年，全县公民具备科学素质的比例达到12%。\n",
     "全民科学素质行动规划纲要（2021—2035年）"),
])
def test_a_dated_document_a_plans_preface_follows_is_cited_not_the_pages(text, cited):
    tables = parsed(text)
    p = tables.plans.iloc[0].to_dict()
    assert (p["title"], p["doc_number"], p["issuer"]) == (None, None, None)
    assert cited in set(tables.citations.title)


@pytest.mark.parametrize("text", [
    # no purpose of its own stated: a dated news lead stays the page's document
    "2021年6月3日，某县人民政府印发《某县全民科学素质行动实施方案（2021—2025年）》，对全县科学素质建设作出部署。"
    "方案明确了今后五年的目标任务。\n",
    # a news lead dated by the day alone, over a reprint stating the plan's purpose: a lead as before
    "6月3日，某县人民政府印发《某县全民科学素质行动实施方案（2021—2025年）》。全文如下：为提升全县公民科学素质，"
    "结合我县实际，制定本方案。\n",
])
def test_a_lead_not_recounted_in_a_preface_is_still_the_pages(text):
    p = plan(text)
    assert (p["title"], p["issuer"]) == ("某县全民科学素质行动实施方案（2021—2025年）", "某县人民政府")


# -- a programme's name in quotation marks on a line of its own; a 公示's telephone for objections -----------------------

@pytest.mark.parametrize("name", ["“2025年基层科普行动计划”", "“2026年某县科普示范社区建设方案”"])
def test_a_wholly_quoted_name_on_its_line_is_no_title(name):
    p = plan(f"某县科学技术协会\n发布公示\n拟推荐某某社区参加\n{name}\n项目评审\n"
             "经单位申报、县科协审核，拟推荐某某社区参加项目评审。现予以公示，欢迎社会各界监督。\n"
             "公示期限：2025年3月2日—2025年3月8日\n某县科学技术协会\n2025年3月2日\n")
    assert p["title"] is None


def test_a_name_opening_with_a_quoted_part_is_still_a_title():
    p = plan("“十四五”某县科普事业发展规划\n一、发展基础\n全县科普工作取得新进展。\n二、主要任务\n加强科普基础设施建设。\n")
    assert p["title"] == "“十四五”某县科普事业发展规划"


@pytest.mark.parametrize("phone", ["举报电话：0934-5953885", "监督电话：（010）68571234"])
def test_a_publicity_notices_telephone_stands_apart_from_its_signer(phone):
    p = plan("关于某某项目推荐对象的公示\n经单位申报、县科协审核，拟推荐某某社区参加项目评审。现予以公示，欢迎社会各界监督。\n"
             f"公示期限：2025年3月2日—2025年3月8日\n{phone}\n某县科学技术协会\n2025年3月2日\n")
    assert (p["issuer"], p["issue_date"]) == ("某县科学技术协会", "2025-03-02")


def test_a_sentence_naming_the_telephone_is_no_contact_field():
    from sciplan_analysis.parsing.normalise import CONTACT_LINE
    assert CONTACT_LINE.match("如有异议，请拨打举报电话反映。") is None
