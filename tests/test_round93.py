"""Issue 23, round ninety-three: a party committee's and a government's joint heading names both as the issuer.

The most solemn local documents open with both bodies (中共某省委 某省人民政府关于…的意见, 中共某市委、某市人民政府关于…的
决定); a heading's organ was read only when one organ, a society or a counted list (某部等十八部门) opened it, so these gave no
issuer. The organs before 关于 are now read as a joint signature's are (`issuers.joint_organs`)."""

from __future__ import annotations

import pytest
from made_up import value

BODY = "为深入贯彻落实党的十九大精神，现结合我省实际，提出如下意见。\n一、总体要求\n1.指导思想。以新发展理念为指导。\n"


@pytest.mark.parametrize(("head", "issuer"), [
    ("中共江西省委 江西省人民政府\n关于支持赣南等原中央苏区振兴发展的实施意见\n", "中共江西省委、江西省人民政府"),
    # wording no listed page shows: a city's two bodies parted by 、 on the heading's own line, a decision
    ("中共吉林市委、吉林市人民政府关于加强新时代科学普及工作的决定\n", "中共吉林市委、吉林市人民政府"),
])
def test_a_joint_heading_names_both_bodies(head, issuer):
    assert value(head + BODY, "issuer") == issuer


def test_bodies_that_are_no_organs_name_no_one():
    # a university and its institute opening a heading are no joint organs
    assert value("某某大学 某某研究院关于加强科普工作的意见\n" + BODY, "issuer") is None
