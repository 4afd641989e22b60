"""Issue 23, round one hundred and fourteen: a gazette's heading after a site's list bullet or over three lines, and a
government order's number.

From the twenty-third window's and earlier sets' misses (holdouts 254 and 263, seen since their first contact): a city
gazette's pages list a document's fields after bullets and go on with the document's heading after one more (•某市人民政府 /
关于…的通知; •某市人民政府关于印发 / 某市加强… / …实施方案的通知, centred over three lines), so the heading's organ was no
issuer; and an order's heading (某市人民政府令 / 第268号) over the decision it promulgates gave no number."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.normalise import paragraphs

FIELDS = "某市人民政府公报（2019年第21期）\n字体大小: 打印\n  • 成文日期 2019-11-30\n  • 发布日期 2019-12-02\n"
NOTICE = ("\n\n      (2019年10月31日)\n\n      某政发〔2019〕25号\n\n      各区人民政府,市政府各部门:\n\n"
          "      现将《某市加强质量认证体系建设促进全面质量管理实施方案》印发给你们,请认真贯彻落实。\n\n"
          "      某市加强质量认证体系建设促进全面质量管理实施方案\n\n"
          "      为加强我市质量认证体系建设,促进全面质量管理,结合我市实际,制定本实施方案。\n\n"
          "      一、主要目标\n\n      经过3至5年努力,我市质量认证制度进一步完善。\n")
WORK = ("\n\n      (2019年1月29日)\n\n      某政发〔2019〕1号\n\n      各区人民政府,市政府各部门:\n\n"
        "      市政府决定,2019年在城乡建设和改善人民生活方面重点办好10件实事。现就有关事项通知如下:\n\n"
        "      一、促进城乡就业创业,城镇新增就业30万人\n\n      (一)实现城镇新增就业30万人。(责任单位:市人力资源社会保障局)\n")


@pytest.mark.parametrize("organ", ["某市人民政府", "某县人民政府办公室"])
def test_an_organ_after_a_list_bullet_heads_the_heading_under_it(organ):
    got = plan(FIELDS + f"  •   {organ}\n\n      关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知" + WORK)
    assert (got["title"], got["issuer"]) == ("关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知", organ)


@pytest.mark.parametrize("heading", [
    "某市人民政府关于印发\n\n      某市加强质量认证体系建设\n\n      促进全面质量管理实施方案的通知",
    "  •   某市人民政府关于印发\n\n      某市加强质量认证体系建设\n\n      促进全面质量管理实施方案的通知",
    "某市人民政府关于\n\n      印发某市加强质量认证体系建设\n\n      促进全面质量管理实施方案的通知",
])
def test_a_heading_centred_over_three_lines_names_its_organ(heading):
    got = plan(FIELDS + heading + NOTICE)
    assert got["issuer"] == "某市人民政府"


def test_a_heading_centred_over_three_lines_is_one_paragraph():
    text = "某省科学技术厅关于转发\n\n      全国科技活动周组织\n\n      实施办法的通知\n\n      各市科技局:\n"
    assert paragraphs(text)[0].text == "某省科学技术厅关于转发全国科技活动周组织实施办法的通知"


ORDER_BODY = ("\n\n      《{organ}关于机构改革涉及规章规定的行政机关职责调整问题的决定》已于2019年1月25日经市人民政府"
              "第53次常务会议审议通过,现予公布,自公布之日起施行。\n\n      市长 某某\n\n      2019年2月20日\n\n"
              "      {organ}关于机构改革\n\n      涉及规章规定的行政机关职责调整问题的决定\n\n"
              "      为贯彻党的十九大精神,现就有关问题作出如下决定:\n\n      一、现行规章规定的行政机关职责和工作,由组建后的行政机关承担。\n")


@pytest.mark.parametrize(("head", "number"), [
    ("某市人民政府令\n\n      第268号", "某市人民政府令第268号"),
    ("  •   某市人民政府令\n\n      第268号", "某市人民政府令第268号"),
    ("某自治区人民政府令\n      （第12号）", "某自治区人民政府令第12号"),
    ("某市人民政府令 第7号", "某市人民政府令第7号"),
])
def test_an_orders_heading_gives_its_number(head, number):
    organ = number.split("令")[0]
    got = plan(head + ORDER_BODY.format(organ=organ))
    assert (got["doc_number"], got["issuer"]) == (number, organ)


@pytest.mark.parametrize("line", ["根据《全民健身条例》（国务院令第560号）和省有关规定，制定本方案。",
                                  "《地质灾害防治条例》(国务院令第394号)"])
def test_an_order_cited_in_a_sentence_is_no_number_of_the_page(line):
    got = plan("某县地质灾害防治方案\n\n" + line + "\n\n一、工作目标\n\n全县地质灾害防治能力进一步提升。\n")
    assert got["doc_number"] is None or got["doc_number"] != got["doc_number"]


@pytest.mark.parametrize("line", ["•某县科协开展科普进社区活动", "• 某市人民政府召开常务会议"])
def test_a_bulleted_news_line_stays_as_it_is(line):
    assert paragraphs(line + "\n")[0].text == line.replace(" ", "")


OPINIONS_BODY = ("\n\n来源:市委办公厅 日期:2021-09-09\n\n  为贯彻落实中央和省委农村工作会议精神,加快补齐我市农业农村发展短板,制定本实施意见。\n\n"
                 "  一、目标任务\n\n  到2025年,农业农村现代化水平全省领先。\n")


@pytest.mark.parametrize(("note", "field", "value"), [
    (" (2021年7月17日)", "issue_date", "2021-07-17"),
    ("（二〇二一年七月十七日）", "issue_date", "2021-07-17"),
    (" (某发〔2025〕1号)", "doc_number", "某发〔2025〕1号"),
    ("（某发[2025]1号）", "doc_number", "某发〔2025〕1号"),
])
def test_a_headings_bracketed_note_on_its_line_is_no_piece_of_its_title(note, field, value):
    name = "中共某市委某市人民政府关于全面推进乡村振兴加快农业农村现代化的实施意见"
    got = plan(f"欢迎访问本网站\n\n当前位置: 网站首页 >> 党务公开 >> 正文\n\n{name}{note}" + OPINIONS_BODY)
    assert (got["title"], got["issuer"], got[field]) == (name, "中共某市委、某市人民政府", value)


@pytest.mark.parametrize("line", ["各地要认真落实关于加强科普工作的意见（某发〔2020〕1号）",
                                  "二是贯彻实施全民科学素质行动规划纲要（2021年6月3日）"])
def test_a_bracketed_note_after_no_name_of_its_own_stays_on_its_line(line):
    assert [p.text for p in paragraphs(line + "\n")] == [line]


@pytest.mark.parametrize("text", ["  • [ 发布机构 ]\n  • 某区政府办公室\n  • [ 有效性 ]\n",
                                  "  • 发文单位\n  • 某市人民政府\n  • 有效性 有效\n"])
def test_an_organ_as_a_fields_bulleted_value_keeps_its_bullet(text):
    assert any("•某区政府办公室" in p.text or "•某市人民政府" in p.text for p in paragraphs(text))
