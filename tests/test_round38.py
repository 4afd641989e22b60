"""Issue 23, round thirty-eight: a joint signature over two lines, its organs' spaces gone (docs/parser_rounds.md).
Made-up pages, one in wording no listed page shows, and the forms the rule must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import digits_date
from sciplan_analysis.parsing.issuers import is_issuer, joint_organs
from sciplan_analysis.parsing.normalise import paragraphs

NOTICE = ("某某市科学技术局 某某市教育局关于举办2023年某某市科普讲解大赛的通知\n\n各有关单位：\n\n为深入贯彻《中华人民共和国"
          "科学技术普及法》，经研究，定于近期联合举办2023年某某市科普讲解大赛。请各单位积极发动，认真组织。\n\n{attachments}\n"
          "{signature}\n")


@pytest.mark.parametrize(("attachments", "signature", "issuer", "iso"), [
    # two organs a line over two lines, the date's marks stripped and the disclosure mark under it (as a listed page
    # shows it, other words)
    ("附件：2023年某某市科普讲解大赛报名表",
     "某某市科学技术局 某某市教育局\n\n某某市科学技术协会 某某市总工会\n\n2023617\n\n(此件主动公开)",
     "某某市科学技术局、某某市教育局、某某市科学技术协会、某某市总工会", "2023-06-17"),
    # three provincial bodies on the first line, a federation alone on the second (wording no listed page shows)
    ("附件：推荐汇总表",
     "某某省科学技术厅 某某省教育厅 某某省卫生健康委员会\n某某省妇女联合会\n2023年6月17日",
     "某某省科学技术厅、某某省教育厅、某某省卫生健康委员会、某某省妇女联合会", "2023-06-17"),
])
def test_a_joint_signature_over_two_lines_signs_together(attachments, signature, issuer, iso):
    row = plan(NOTICE.format(attachments=attachments, signature=signature))
    assert (row["issuer"], row["issue_date"]) == (issuer, iso)


def test_a_decisions_signature_under_its_numbered_attachments_signs_together():
    # a numbered list of attachments, two bodies on a line, the third spaced letter by letter (as a listed page shows it,
    # other words; in these words the parser before the round joined the three organs into one line and read it already:
    # a guard that the lines, now apart, still sign together)
    row = plan("关于表彰全国科学教育工作先进集体和先进工作者的决定\n教科发〔2023〕18号\n各省、自治区、直辖市教育厅（教委）、"
               "党委宣传部、科协：\n近年来，广大科学教育工作者积极行动，涌现出一大批先进集体和个人。为表彰先进，科技部、中宣部和中国"
               "科协决定，授予100个单位“全国科学教育工作先进集体”称号（见附件1）。\n附件：1. 全国科学教育工作先进集体名单\n"
               "2. 全国科学教育工作先进工作者名单\n科学技术部 中共中央宣传部\n中 国 科 协\n二〇二三年六月十七日\n")
    assert (row["issuer"], row["issue_date"]) == ("科学技术部、中共中央宣传部、中国科协", "2023-06-17")


def test_joint_organ_lines_stand_alone_as_a_signature():
    texts = [p.text for p in paragraphs("2. 全国科学教育工作先进工作者名单\n科学技术部 中共中央宣传部\n中 国 科 协\n二〇二三年六月十七日\n")]
    assert texts == ["2.全国科学教育工作先进工作者名单", "科学技术部中共中央宣传部", "中国科协", "二〇二三年六月十七日"]


def test_joint_organs_over_their_notices_heading_still_run_into_it():
    # the organs a heading opens with, on a line of their own (某市科技局 某市教委 / 关于举办…的通知): no signature
    texts = [p.text for p in paragraphs("某某市科学技术局 某某市教育局\n关于举办2023年某某市科普讲解大赛的通知\n")]
    assert texts == ["某某市科学技术局某某市教育局关于举办2023年某某市科普讲解大赛的通知"]


@pytest.mark.parametrize(("name", "organ"), [("天津市总工会", True), ("市总工会", True), ("全国总工会", True),
                                            ("总工会", False), ("工会", False)])
def test_a_regions_federation_of_trade_unions_is_an_organ(name, organ):
    assert is_issuer(name) is organ


def test_a_federation_of_trade_unions_ends_a_joint_line():
    assert joint_organs("某某市科学技术协会某某市总工会") == ["某某市科学技术协会", "某某市总工会"]


@pytest.mark.parametrize(("line", "iso"), [
    ("2024523（此件主动公开）", "2024-05-23"),
    ("2023617 (此件公开发布)", "2023-06-17"),
    ("2022111（此件公开发布）", None),  # two readings (1 November, 11 January): none
    ("2024523（另见附件）", None),  # no disclosure mark
])
def test_a_stripped_date_runs_into_its_disclosure_mark(line, iso):
    assert digits_date(line) == iso
