"""Issue 23, round seventy-two: the window's confident wrong values (holdouts 131-134, scored once, now seen), in forms a
second example and the pattern of Chinese documents explain.

An office's paper on its organ's portal: the portal's name over its 政府信息公开 page is an organ line without a date
(某市人民政府), the site's 发布机构 field names the organ's office (某市人民政府办公室), and the page's number is the
office's own (某政办函〔2023〕30号, 某县政办发, 国办发: 办 before the kind of paper). The paper is the office's, and the office
is its issuer (metadata.OFFICE_NUMBER, `_office_over_organ`). Not taken: an organ's own number (某政发, 某政函), where the
office is only the page's publisher; a page without a number; a 发布机构 naming another body than the organ's office.

A congress's approval note in brackets alone on a line under an outline's heading ((2021年2月24日某市第二届人民代表大会第九次会议
批准), its digits perhaps spaced, or wrapped at a copy's width after its day): a note on the document, as a law's approval line
is, never the rest of the heading wrapped over the lines above it (normalise.APPROVAL_LINE, APPROVAL_OPENING, `_approval_line`
in `_continues`); the heading stays the page's title, not a sharing site's headline over it. Not taken: a bracket of the
name's own under it, no day in it (its period （2021—2025年）, a revision's （2021年修订）), which still joins it.

元月, the first month, in a date written in Chinese numerals (二OO九年元月十二日 under a relaying notice's body): January, as 一月
(text.patterns.CN_DATE, numerals.chinese_number), not the forum's posting time beside it. Not taken: 元月份 with no day, 元旦."""

from __future__ import annotations

import pandas as pd
import pytest
from made_up import plan

BODY = ("各区县人民政府，市政府各部门：\n"
        "为加强全市科学普及工作的组织协调，经市人民政府同意，现就有关事项通知如下。\n"
        "一、工作职责\n"
        "研究全市科学普及工作，协调解决重大问题。\n"
        "二、工作要求\n"
        "各成员单位要加强协作，按时报送工作情况，确保工作取得实效。\n")


def page(portal: str, publisher: str, number: str, heading: str) -> str:
    return (f"{portal}\n\n政府信息公开\n\n"
            f"  • 索引号:011223344/2022-00321\n  • 发布机构:{publisher}\n  • 发文字号:{number}\n"
            f"  • 公开日期:2022-06-10\n\n{heading}\n\n{heading}\n\n{number}\n\n{BODY}")


@pytest.mark.parametrize(("portal", "office", "number", "heading"), [
    # the listed page's form (other words): a city government's portal, its office's 政办函
    ("克拉玛依市人民政府", "克拉玛依市人民政府办公室", "克政办函〔2022〕12号", "关于建立克拉玛依市科普工作联席会议制度的通知"),
    # wording no listed page shows: a county's portal, its office's 政办发
    ("宁远县人民政府", "宁远县人民政府办公室", "宁政办发〔2022〕7号", "关于印发宁远县科普示范社区创建工作方案的通知"),
])
def test_an_offices_paper_on_its_organs_portal(portal, office, number, heading):
    assert plan(page(portal, office, number, heading))["issuer"] == office


@pytest.mark.parametrize(("portal", "office", "number"), [
    # the organ's own number: the office only put the page up
    ("克拉玛依市人民政府", "克拉玛依市人民政府办公室", "克政函〔2022〕12号"),
    ("宁远县人民政府", "宁远县人民政府办公室", "宁政发〔2022〕7号"),
])
def test_an_organs_own_number_keeps_the_organ(portal, office, number):
    assert plan(page(portal, office, number, "关于建立科普工作联席会议制度的通知"))["issuer"] == portal


def test_a_publisher_that_is_not_the_organs_office_is_not_taken():
    # another body's name after the organ's (a bureau, not its office), though the number has 办
    p = plan(page("宁远县人民政府", "宁远县人民政府科学技术局", "宁政办发〔2022〕7号", "关于建立科普工作联席会议制度的通知"))
    assert p["issuer"] != "宁远县人民政府科学技术局"


OUTLINE = "海阳市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
OPENING = ("序 言\n"
           "“十四五”时期（2021-2025年），是开启全面建设社会主义现代化国家新征程的第一个五年，也是全市加快高质量发展的关键时期。"
           "本纲要主要阐明市委、市政府战略意图，明确政府工作重点，是全市人民共同的行动纲领。\n")


@pytest.mark.parametrize("head", [
    # the listed page's form (other words): a sharing site's headline, the heading wrapped on two lines, the note's
    # digits spaced, 批准
    ("海阳市十四五规划全文（2021年更新）\n\n海阳市国民经济和社会发展第十四个五年\n\n规划和二〇三五年远景目标纲要\n\n"
     "( 2 0 2 1 年 1 月 2 8 日海阳市第十七届人民代表大会第五次会议批准)\n\n"),
    # wording no listed page shows: the heading on one line, a full-width bracket and 审议通过
    f"{OUTLINE}\n（2021年3月5日海阳市第十七届人民代表大会第五次会议审议通过）\n",
    # the note wrapped at a copy's width, after the congress's term or inside the city's name
    f"{OUTLINE}\n（2021年3月5日海阳市第十七届\n人民代表大会第五次会议审议通过）\n",
    f"{OUTLINE}\n(2021年1月28日海\n阳市第十七届人民代表大会第五次会议批准)\n",
])
def test_an_approval_note_under_an_outlines_heading_is_no_part_of_it(head):
    assert plan(head + OPENING)["title"] == OUTLINE


@pytest.mark.parametrize("bracket", ["（2021—2025年）", "（2021年\n修订）", "（2021年12月修订）"])
def test_a_bracket_of_the_names_own_still_joins_it(bracket):
    # a bracket of another kind on its own line, whole or wrapped: the name's period (round sixty-eight) or its
    # revision's year or month, no day, so no note
    p = plan(f"海阳市全民科学素质行动规划纲要实施方案\n{bracket}\n" + OPENING)
    assert p["title"] == "海阳市全民科学素质行动规划纲要实施方案" + bracket.replace("\n", "")


RELAY = ("桐溪县科学技术协会\n"
         "各乡镇科协，县直各有关单位：\n"
         "现将《关于开展2015年科普宣传周活动的通知》转发给你们，请认真组织，按时报送活动情况。\n"
         "桐溪县科学技术协会\n")


@pytest.mark.parametrize(("date", "iso"), [
    ("二〇一五年元月二十日", "2015-01-20"),  # the listed page's form (other words): 〇 and a day of tens
    ("二零二一年元月八日", "2021-01-08"),  # wording no listed page shows: 零 for zero, a day of one digit
])
def test_yuanyue_is_the_first_month(date, iso):
    assert plan(f"发表于 2015-2-3 10:12:01\n{RELAY}{date}\n")["issue_date"] == iso


@pytest.mark.parametrize("line", ["二〇一五年元月份以来，全县开展科普活动二十余场。", "二〇一五年元旦前后，全县开展科普活动二十余场。"])
def test_yuanyue_without_a_day_is_no_date(line):
    # a year and 元月 with no day, or 元旦: no issue date (neither 2015-01-01 nor a month alone)
    value = plan(f"{RELAY}{line}\n")["issue_date"]
    assert pd.isna(value) or value == ""
