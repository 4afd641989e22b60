"""Issue 23, round ninety-five: a signature's date stripped of 年, 月 and 日 and broken after its year.

Two copies of a ministry division's notices end 某司 / 2018 / 426 and 某司 / 2017 / 45, the site's furniture after a blank
line (版权所有, 关注我们, 上一条：…). The digits were read into the furniture's line, or the year stood alone under the
signer, and the page's posting date was taken instead. The year and the month and day run together are now read as one
date where they read one way only (as a stripped date on one line is, round seventy-six)."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = ("各国家重点实验室：\n近日，科技部、中央宣传部、中国科协发出通知，决定举办全国科技活动周。请各实验室结合自身特色，"
        "主动开展公众开放活动。\n特此通知。\n\n")


@pytest.mark.parametrize(("end", "date"), [
    ("科技部基础研究司\n  2018\n426\n\n某某国家重点实验室版权所有\n\n关注我们\n", "2018-04-26"),
    ("科技部基础研究司\n                2017\n45\n\n上一条：某某通知 下一条：某某通知\n", "2017-04-05"),
    # wording no listed page shows: a city bureau, another date, both layouts
    ("某某市科学技术局\n                2022\n518\n\n上一条：某某通知 下一条：某某通知\n", "2022-05-18"),
    ("某某市科学技术局\n  2021\n1125\n\n某某国家重点实验室版权所有\n\n关注我们\n", "2021-11-25"),
])
def test_a_date_broken_after_its_year_under_the_signer_is_read(end, date):
    row = plan("2017年04月14日 08:35 发布\n" + BODY + end)
    assert row["issue_date"] == date


def test_month_and_day_that_read_two_ways_give_no_signature_date():
    # 111 is 1月11日 or 11月1日: the signature gives no date, and the page's posting date stands
    row = plan("2017年04月14日 08:35 发布\n" + BODY + "科技部基础研究司\n2017\n111\n\n关注我们\n")
    assert row["issue_date"] == "2017-04-14"
