"""Issue 23, round sixty-one: a notice signed by several bodies together is read whole (every body, in order) or not at
all, never as its last member. A ministry's general office (科技部办公厅, 生态环境部办公厅) is an organ, so two of them sign
together on a heading run together, on a red header's lines or over a date. Tests on made-up pages, each form in a wording
no listed page shows, and the forms the rule must not take (a party committee's department, a 抄送 line)."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import is_issuer, joint_organs

NOTICE_BODY = ("各省、自治区、直辖市有关部门：\n为推动科普工作，现就有关事项通知如下。\n一、工作内容\n"
               "各地要认真组织，按时完成工作。\n")


@pytest.mark.parametrize(("name", "organ"), [
    ("交通运输部办公厅", True),
    ("农业农村部办公厅", True),
    ("科学技术部办公厅", True),
    # a party committee's department (its committee not named), a body's department, a place named bare: no organ
    ("宣传部办公厅", False),
    ("中国科协科普部办公厅", False),
])
def test_a_ministrys_office_is_an_organ(name, organ):
    assert is_issuer(name) is organ


def test_two_ministries_offices_run_together():
    assert joint_organs("农业农村部办公厅科学技术部办公厅") == ["农业农村部办公厅", "科学技术部办公厅"]


@pytest.mark.parametrize(("page", "issuer"), [
    # a joint heading with the two offices run together (the form a law site shows, in other words)
    ("农业农村部办公厅科学技术部办公厅关于开展农业科普示范基地认定工作的通知\n农办科〔2024〕8号\n" + NOTICE_BODY,
     "农业农村部办公厅、科学技术部办公厅"),
    # a red header of two offices a line each over the number (wording no listed page shows)
    ("水利部办公厅\n科学技术部办公厅\n办国科〔2023〕15号\n关于开展水利科普基地评估工作的通知\n" + NOTICE_BODY,
     "水利部办公厅、科学技术部办公厅"),
    # one office signing over its date
    ("关于开展交通运输科普基地推荐工作的通知\n" + NOTICE_BODY + "交通运输部办公厅\n2023年5月6日\n", "交通运输部办公厅"),
])
def test_ministries_offices_sign(page, issuer):
    assert plan(page)["issuer"] == issuer


def test_a_copy_line_does_not_sign():
    # 抄送 names the offices a notice is copied to: the province's office that signs is the issuer
    page = ("关于开展科普基地推荐工作的通知\n" + NOTICE_BODY + "浙江省科学技术厅\n2023年5月6日\n"
            "抄送：科学技术部办公厅、水利部办公厅。\n")
    assert plan(page)["issuer"] == "浙江省科学技术厅"
