"""Issue 23, round forty-eight: a joint naming notice signed by a 科协 and its region's 文明办 under a short attachment
label (docs/parser_rounds.md). Made-up pages, one of each form in wording no listed page shows, and the forms the rules
must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import is_issuer, joint_organs
from sciplan_analysis.parsing.normalise import SHORT_ATTACHMENT  # noqa: F401  (the name the round adds)

NOTICE = ("关于命名2019年度“岳阳市科普示范学校”的通知\n各县（市、区）科协、文明办：\n"
          "根据《关于开展科普示范学校创建活动的通知》精神，经学校申报、县级推荐、综合评审，决定命名10所学校为"
          "“岳阳市科普示范学校”。希望受到命名的学校再接再厉，不断提升科普服务能力。\n")


@pytest.mark.parametrize(("label", "signature", "issuer"), [
    # as the listed page shows it (other words): 附：its list, the two bodies on one line, the date under them
    ("附：2019年度“岳阳市科普示范学校”名单", "岳阳市科学技术协会 岳阳市精神文明建设指导委员会办公室",
     "岳阳市科学技术协会、岳阳市精神文明建设指导委员会办公室"),
    # wording no listed page shows: the committee's short name (文明委) before its office, its spaces gone
    ("附:2019年度岳阳市科普示范学校名单", "岳阳市文明委办公室岳阳市科学技术协会",
     "岳阳市文明委办公室、岳阳市科学技术协会"),
    # the long label as before (附件：), the committee's office signing first
    ("附件：2019年度“岳阳市科普示范学校”名单", "岳阳市精神文明建设指导委员会办公室 岳阳市科学技术协会",
     "岳阳市精神文明建设指导委员会办公室、岳阳市科学技术协会"),
])
def test_a_joint_signature_under_its_attachments_name(label, signature, issuer):
    page = NOTICE + label + "\n" + signature + "\n2019年11月20日\n附件：名单\n岳阳楼区某某小学\n"
    assert plan(page)["issuer"] == issuer


def test_the_committees_office_is_an_organ():
    assert is_issuer("岳阳市精神文明建设指导委员会办公室") and is_issuer("市精神文明建设指导委员会办公室")
    assert is_issuer("岳阳市文明委办公室")
    assert joint_organs("岳阳市科学技术协会岳阳市精神文明建设指导委员会办公室") == [
        "岳阳市科学技术协会", "岳阳市精神文明建设指导委员会办公室"]
    # not taken: a region no table lists, the short 文明办 alone (no suffix of an organ), page text
    assert not is_issuer("欢乐谷市精神文明建设指导委员会办公室")
    assert not is_issuer("市文明办") and not is_issuer("关于精神文明建设指导委员会办公室")


@pytest.mark.parametrize("line", [
    # not taken: a 附：line with prose after it, a short label over no signature
    "附：有关要求另行通知。岳阳市科学技术协会 岳阳市精神文明建设指导委员会办公室",
    "附：名单见附件",
])
def test_no_signature_from_other_short_labels(line):
    page = NOTICE + line + "\n联系人：张某某\n"
    assert plan(page)["issuer"] in (None, "")
