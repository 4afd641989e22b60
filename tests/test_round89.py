"""Issue 23, round eighty-nine: the signature closing an aggregator's one-line copy after numbered attachments or before a
contact note.

A copy flattened to one line, its stops turned into commas, ends with its attachments' names and the organ and date run
together (round seventy-eight's `ATTACHED_END`). The attachments may be numbered (附件1:…docx附件2:…docx某市科学技术局
2023年10月07日。) and the date may carry a contact note in brackets (…某市科学技术局2023年8月18日(联系人:某某,电话:…)。)."""

from __future__ import annotations

import pytest
from made_up import value

BODY = ("各县(市、区)科技局,各有关单位:现将有关事项通知如下,一、申报要求请各单位于10月12日前汇总盖章后提交至市科技局高新处,"
        "二、择优匹配市科技局根据各县(市、区)需求进行匹配,并报局长办公会议审议后公示人选名单,联系人:丽水市科技局高新处某某"
        "联系电话:2051677")


@pytest.mark.parametrize(("end", "issuer", "date"), [
    ("附件1:丽水市2023年度科技特派员需求报名表.docx附件2:丽水市2023年度科技特派员推荐表.docx丽水市科学技术局2023年10月07日。",
     "丽水市科学技术局", "2023-10-07"),
    # wording no listed page shows: one attachment, a contact note after the date
    ("附件:关于组织申报2023年度重点专项项目的通知江门市科学技术局2023年8月18日(联系人:某某,电话:8228143)。",
     "江门市科学技术局", "2023-08-18"),
])
def test_a_one_line_copys_signature_after_numbered_attachments_or_before_a_contact_note(end, issuer, date):
    text = BODY + end + "\n"
    assert value(text, "issuer") == issuer
    assert value(text, "issue_date") == date


def test_a_date_inside_the_attachment_line_that_does_not_close_the_page_is_no_signature():
    # the date is a deadline the body sets, and the line goes on: no signature closes it
    text = BODY + "附件1:报名表.docx请于2023年10月07日前报送至丽水市科学技术局,逾期不予受理。\n"
    assert value(text, "issuer") is None
