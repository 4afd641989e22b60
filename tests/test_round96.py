"""Issue 23, round ninety-six: a decision's or an opinion's number in brackets under its name, and a reply's addressee.

Gazettes and law sites print a government's decision or opinion as 某市人民政府关于…的决定 / （某政发〔2019〕1号） / addressees,
and a reply as 某市人民政府关于同意…的批复 / / 市教委：. The bracketed number and the addressee were read as the rest of the name
(…的决定（吉政函〔2009〕109号）, …的批复市科协：), so the page gave no title, number or issuer. A name ending in 批复, 决定, 通报,
请示 or 公告 after 关于 ends at its line, as a notice's does; a number in brackets alone is the number, never the name's rest."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

DECISION_BODY = "各市（州）人民政府，省政府各厅委办：\n近年来，各地以科学发展观为指导，取得显著成绩。\n为表彰先进，省政府决定，授予某某等单位称号。\n"


@pytest.mark.parametrize(("head", "title", "number"), [
    ("吉林省人民政府关于表彰全省先进开发区和先进工业集中区的决定\n(吉政函〔2009〕109号)\n",
     "吉林省人民政府关于表彰全省先进开发区和先进工业集中区的决定", "吉政函〔2009〕109号"),
    # wording no listed page shows: an opinion, its number in full-width brackets with a space
    ("某某市人民政府关于加强新时代科学普及工作的意见\n（某政发 〔2019〕 1号）\n",
     "某某市人民政府关于加强新时代科学普及工作的意见", "某政发〔2019〕1号"),
])
def test_a_bracketed_number_under_a_name_is_its_number(head, title, number):
    row = plan(head + DECISION_BODY)
    assert (row["title"], row["doc_number"]) == (title, number)


@pytest.mark.parametrize(("head", "addressee"), [
    ("重庆市人民政府关于同意某某中学等10所学校为重庆市重点中学的批复\n\n", "市教委：\n"),
    # wording no listed page shows: a county's circular to its towns
    ("某某县人民政府关于2023年度安全生产工作考核结果的通报\n", "各乡镇人民政府，县政府各部门：\n"),
])
def test_a_reply_or_circular_ends_at_its_line_over_the_addressee(head, addressee):
    text = head + addressee + "你委《关于批准某某的请示》收悉。经研究，批复如下：\n一、同意所请。\n"
    assert plan(text)["title"] == head.strip()


def test_a_trial_note_under_an_opinion_is_still_part_of_its_name():
    row = plan("某某市人民政府关于加强科普工作的指导意见\n（试行）\n" + DECISION_BODY)
    assert row["title"] == "某某市人民政府关于加强科普工作的指导意见（试行）"


@pytest.mark.parametrize("head", ["某某县科学技术局关于申请设立科普教育基地的请示", "某某市人民政府关于禁止燃放烟花爆竹的公告"])
def test_a_request_or_bulletin_heading_stands_apart_from_its_addressee(head):
    # its paragraph ends at its line (its title is read since round one hundred: tests/test_round100.py)
    segments = parsed(head + "\n县政府：\n为推进科普工作，现将有关情况报告如下：\n一、基本情况。\n").segments
    assert segments.text.iloc[0] == head
