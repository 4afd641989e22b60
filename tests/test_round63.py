"""Issue 23, round sixty-three: issue dates and document numbers a page shows in forms the parser did not read. An
English copy of a notice gives its number in pinyin on a line of its own (Guoke Facai [2022] No. 212) and signs with its
bodies a line each over a date in English; a law database's English page opens the law with a note of promulgation
naming the government's order and its date (People's Government Order No. 222 of 30 September 2006), or a field of
promulgation; a Chinese notice signed by a body no organ rule reads (a university's office) dates it with dots or dashes
(2020.11.13) under its name; a site's poster field (发布人：, 发布者：) opening a line is a site's field, so the line is its
chrome and its 发布时间 is read as the page's. Tests on made-up pages, each form in a wording no listed page shows, and
the forms the rules must not take (a meeting's date, a day of coming into force, a number cited in a sentence, a
contact line over a date, a date under a sentence, a posting date beside a signature's)."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.english import english_record

# English body text long enough for the page to read as English (`is_english`).
FILLER = ("Local governments at all levels shall strengthen their leadership of the popularization of science and "
          "technology, integrate it into their plans for economic and social development, and provide the funds it "
          "needs. Schools, museums and enterprises are encouraged to open their facilities to the public.\n")
SALUTATION = ("To the science and technology departments of all provinces, autonomous regions and municipalities:\n"
              "The plan is hereby issued to you. Please implement it in light of local conditions.\n")


# -- an English copy of a notice: its pinyin number, its signers over their date ------------------------------------

@pytest.mark.parametrize(("number", "written"), [
    ("Yuekexie Fa [2019] No. 7", "Yuekexie Fa [2019] No. 7"),
    ("(Minzhengban [2021] No. 45)", "Minzhengban [2021] No. 45"),
])
def test_a_pinyin_number_on_its_own_line(number, written):
    page = ("Notice on Printing and Distributing the Work Plan for Science Popularization Month\n" + number + "\n"
            + SALUTATION + FILLER)
    assert plan(page)["doc_number"] == written


def test_a_number_cited_in_a_sentence_is_not_the_pages():
    page = ("Notice on Printing and Distributing the Work Plan for Science Popularization Month\n" + SALUTATION
            + "In accordance with the State Council's notice (Guofa [2021] No. 9), this plan is formulated.\n" + FILLER)
    assert plan(page)["doc_number"] is None


@pytest.mark.parametrize(("signers", "date", "issuer", "issued"), [
    ("Department of Education of Hunan Province\nHunan Association for Science and Technology\n", "June 3, 2021",
     "Department of Education of Hunan Province, Hunan Association for Science and Technology", "2021-06-03"),
    ("Wuhan Municipal Bureau of Science and Technology\n", "12 October 2019",
     "Wuhan Municipal Bureau of Science and Technology", "2019-10-12"),
])
def test_bodies_signing_over_an_english_date(signers, date, issuer, issued):
    page = ("Notice on Holding the Science Week Activities\n" + SALUTATION + FILLER + signers + date + "\n"
            "(This document is made public)\n")
    row = plan(page)
    assert (row["issuer"], row["issue_date"]) == (issuer, issued)


def test_a_contact_line_over_a_date_signs_nothing():
    page = ("Notice on Holding the Science Week Activities\n" + SALUTATION + FILLER
            + "Contact: Science Popularization Department\nMarch 3, 2021\n")
    row = plan(page)
    assert (row["issuer"], row["issue_date"]) == (None, None)


def test_a_date_under_a_sentence_is_no_signature():
    page = "Notice on Holding the Science Week Activities\n" + SALUTATION + FILLER + "March 3, 2021\n"
    assert english_record(page).get("signers") is None
    assert plan(page)["issue_date"] is None


# -- a law database's English page: its note of promulgation, a field of promulgation ----------------------------

@pytest.mark.parametrize(("note", "number", "issued"), [
    # the order, then the day it was promulgated; the meeting's day and the day it comes into force are not
    ("(Adopted at the 30th executive meeting of the Hubei Provincial People's Government on 3 May 2012, promulgated by "
     "Hubei Provincial People's Government Decree No. 356 on May 20, 2012, effective as of July 1, 2012)",
     "Hubei Provincial People's Government Decree No. 356", "2012-05-20"),
    # the order of a date, no meeting named
    ("(Fujian Provincial People's Government Order No. 118 of 8 November 2013, which shall enter into force on "
     "1 January 2014)", "Fujian Provincial People's Government Order No. 118", "2013-11-08"),
])
def test_a_laws_note_of_promulgation(note, number, issued):
    page = "Measures of Fujian Province on the Popularization of Science\n" + note + "\nArticle 1 " + FILLER
    row = plan(page)
    assert (row["doc_number"], row["issue_date"]) == (number, issued)


def test_a_meetings_date_and_a_day_in_force_are_no_issue_date():
    # a note naming the meeting and the day of coming into force, but no order and no publishing
    page = ("Measures of Fujian Province on the Popularization of Science\n"
            "(Adopted at the 12th meeting of the Standing Committee on 5 May 2011, which came into force on "
            "1 July 2011)\nArticle 1 " + FILLER)
    row = plan(page)
    assert (row["doc_number"], row["issue_date"]) == (None, None)


def test_an_order_cited_in_the_articles_is_not_the_pages():
    page = ("Measures of Fujian Province on the Popularization of Science\nArticle 1 " + FILLER
            + "(See the Provincial People's Government Order No. 12 of 3 March 2001 for the earlier rules.)\n")
    row = plan(page)
    assert (row["doc_number"], row["issue_date"]) == (None, None)


@pytest.mark.parametrize(("field", "issued"), [
    ("Promulgation Date: 2015-06-18", "2015-06-18"),
    ("Date of Issue: September 30, 2016", "2016-09-30"),
])
def test_a_field_of_promulgation(field, issued):
    page = "Measures of Fujian Province on the Popularization of Science\n" + field + "\nArticle 1 " + FILLER
    assert plan(page)["issue_date"] == issued


def test_a_field_of_coming_into_force_is_none():
    page = ("Measures of Fujian Province on the Popularization of Science\nEffective Date: 2015-06-18\nArticle 1 "
            + FILLER)
    assert plan(page)["issue_date"] is None


# -- a Chinese notice signed by a body no organ rule reads, its date in dots or dashes ------------------------------

NOTICE = ("关于组织申报校级科普项目的通知\n全校各有关单位：\n为做好科普工作，现将有关事项通知如下。\n一、申报条件\n"
          "项目负责人须为在职教师，每人限报一项。\n二、申报时间\n请于规定时间内提交材料。\n")


@pytest.mark.parametrize(("signature", "issued"), [
    ("科研管理处\n2021.6.8\n", "2021-06-08"),
    ("某某大学科学技术研究院\n2019-04-02\n", "2019-04-02"),
])
def test_a_dotted_date_under_a_signing_body(signature, issued):
    assert plan(NOTICE + signature)["issue_date"] == issued


def test_a_dotted_date_under_a_sentence_is_no_signature():
    assert plan(NOTICE + "请各单位认真组织，按时报送。\n2021.6.8\n")["issue_date"] is None


def test_an_events_dotted_date_in_the_body_is_no_issue_date():
    page = NOTICE.replace("请于规定时间内提交材料。", "答辩会\n2021.7.2\n请于规定时间内提交材料。") + "科研管理处\n"
    assert plan(page)["issue_date"] is None


# -- a site's poster field opens a line of site fields ------------------------------------------------------------

@pytest.mark.parametrize(("fields", "issued"), [
    ("发布人：管理员 发布时间：2022/5/6 浏览次数：120", "2022-05-06"),
    ("发布者：编辑部 发布时间：2021-03-02 阅读次数：57", "2021-03-02"),
])
def test_a_posters_field_line_gives_the_posting_date(fields, issued):
    page = ("关于开展某市青少年科技创新活动的通知\n" + fields + "\n\n各县（区）科协、教育局：\n为推动科普工作，现就有关事项通知如下。\n"
            "一、活动内容\n各地要认真组织，按时完成工作。\n")
    assert plan(page)["issue_date"] == issued


def test_a_signature_date_beats_the_posters_posting_date():
    page = ("关于开展某市青少年科技创新活动的通知\n发布人：管理员 发布时间：2022/5/6 浏览次数：120\n\n各县（区）科协、教育局：\n"
            "为推动科普工作，现就有关事项通知如下。\n一、活动内容\n各地要认真组织，按时完成工作。\n湖南省科学技术协会\n2022年4月28日\n")
    assert plan(page)["issue_date"] == "2022-04-28"


# -- an association as the subject of a verb of issue ------------------------------------------------------------

LEAD_END = "，对有关工作作出部署。\n据悉，此次活动面向全省开展，各地将陆续组织实施。\n"


@pytest.mark.parametrize(("lead", "issuer"), [
    # by its short name, 发布了 a notice
    ("本报讯 近日，中国农技协发布了《关于开展2024年度科普惠农服务站认定工作的通知》", "中国农技协"),
    # in full, a plan at a meeting, in a wording no listed page shows
    ("在日前召开的年会上，湖南省科普作家协会发布《湖南省科普创作扶持行动方案》", "湖南省科普作家协会"),
])
def test_an_association_issues(lead, issuer):
    assert plan("某省科普活动启动\n" + lead + LEAD_END)["issuer"] == issuer


@pytest.mark.parametrize("lead", [
    # the last of a list (its marks kept or lost): the list is not read whole, so no issuer
    "近日，湖南省科协、湖南省科普作家协会联合发布《湖南省科普创作扶持行动方案》",
    "湖南省科协 湖南省科普作家协会发布《湖南省科普创作扶持行动方案》",
    # a forwarded higher document's issuer: the page's is the forwarding body, named by no verb of issue here
    "近日，市里转发了湖南省科普作家协会发布的《湖南省科普创作扶持行动方案》",
])
def test_an_association_in_a_list_or_forwarded_is_not_the_issuer(lead):
    assert plan("某省科普活动启动\n" + lead + LEAD_END)["issuer"] is None


def test_a_cppcc_and_a_long_field_ending_in_xie_are_no_association():
    from sciplan_analysis.parsing.issuers import is_association
    assert (is_association("湖南省农技协"), is_association("某市政协"), is_association("湖南省青少年科技辅导员协")) \
        == (True, False, False)
