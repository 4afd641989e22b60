"""Issue 23, round one hundred: a request's or a bulletin's heading is the document's title.

A body's request to the body above it (某局关于…的请示 / 县政府： / 妥否，请批示。) and a government's or a department's bulletin
(某市人民政府关于…的公告 / 现公告如下： / 特此公告。) head their own text as a notice does. Round ninety-six let such a heading end
at its line; the title readers still took only 通知, 决定, 通报, 批复, 意见 and 公示 as a heading's last word, so the page gave no
title. Now 请示 and 公告 end such a heading too (`metadata.OWN_NOTICE`)."""

from __future__ import annotations

import pytest
from made_up import plan

REQUEST_BODY = "县政府：\n为推进科普工作，现将有关情况报告如下：\n一、基本情况。\n妥否，请批示。\n"
BULLETIN_BODY = "为了保障公共安全，根据《某某条例》，现公告如下：\n一、全市禁止燃放烟花爆竹。\n特此公告。\n"


@pytest.mark.parametrize(("head", "body", "issuer"), [
    ("某某县科学技术局关于申请设立科普教育基地的请示\n", REQUEST_BODY, "某某县科学技术局"),
    # no organ before 关于, a blank line before the addressee, as a request copied from a county's site runs
    ("关于拨付2023年度科普经费的请示\n\n", "县财政局：\n根据《某某县全民科学素质行动实施方案》，现申请拨付科普经费10万元。\n当否，请批示。\n", None),
])
def test_a_request_heading_is_its_title(head, body, issuer):
    row = plan(head + body)
    assert (row["title"], row["title_source"]) == (head.strip(), "notice")
    assert row["issuer"] == issuer


@pytest.mark.parametrize("head", [
    "某某市人民政府关于禁止燃放烟花爆竹的公告",
    # a department's call for comments on a draft, the draft named in 《》 inside the heading
    "关于公开征求《某某市科学技术普及条例（草案）》意见的公告",
])
def test_a_bulletin_heading_is_its_title(head):
    row = plan(head + "\n" + BULLETIN_BODY + "某某市司法局\n2021年3月2日\n")
    assert (row["title"], row["issue_date"]) == (head, "2021-03-02")


def test_a_request_named_in_a_reply_is_no_title():
    # the reply's own heading is its title; the request it answers, named in its body, is not
    text = "某某县人民政府关于同意设立科普教育基地的批复\n县科技局：\n你局《关于申请设立科普教育基地的请示》收悉。经研究，批复如下：\n"
    assert plan(text)["title"] == "某某县人民政府关于同意设立科普教育基地的批复"


@pytest.mark.parametrize("head", ["关于转发某某市科协关于设立科普基地的请示", "特此公告"])
def test_a_forwarded_request_or_a_closing_line_is_no_title(head):
    assert plan(head + "\n" + REQUEST_BODY)["title"] is None
