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
from made_up import plan

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
