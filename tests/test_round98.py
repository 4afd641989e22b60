"""Issue 23, round ninety-eight: an action's promotion committee, or its office, signs.

A health action's plans and work points are issued by the committee a government sets up to carry it out, or by its office
(健康辽宁行动推进委员会办公室 / 2021年5月14日; 健康中原行动推进委员会 under the notice; 健康广东行动推进委员会办公室关于印发…的通知).
Five pages of holdouts 210-221 read no issuer: the body has no region before a suffix the organ rules know."""

from __future__ import annotations

import pytest
from made_up import value

BODY = ("各成员单位，各专项行动工作组：\n为深入推进行动实施，我办制定了《某某行动2021年重点工作计划》。现印发给你们，"
        "请结合实际，认真组织实施。\n")


@pytest.mark.parametrize(("signer", "date"), [
    ("健康辽宁行动推进委员会办公室", "2021-05-14"),
    ("健康中原行动推进委员会", "2021-05-14"),
    # wording no listed page shows: another action's committee office
    ("全民健身某某行动推进委员会办公室", "2021-05-14"),
])
def test_an_action_committee_or_its_office_signs(signer, date):
    text = "关于印发某某行动2021年重点工作计划的通知\n" + BODY + signer + "\n2021年5月14日\n"
    assert (value(text, "issuer"), value(text, "issue_date")) == (signer, date)


def test_a_sentence_naming_a_committee_signs_nothing():
    text = "关于印发某某行动2021年重点工作计划的通知\n" + BODY + "请报送至行动推进委员会\n2021年5月14日\n"
    assert value(text, "issuer") is None
