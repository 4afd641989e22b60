"""Issue 23, round one hundred and eight: a plan for the year named by its own organ issues under that organ.

From the listed pages' misses (shanghai_2019 and shanghai_2024, the 上海市教育委员会's work points, seen long since) and the
class holdout258 showed again: a body's work points named with their organ and year (2019年上海市教育委员会工作要点), printed
with no header, signature or field naming the organ, gave no issuer, where a summary so named gives its writer (round
forty-seven's `_report_writer`)."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = ("\n2020年是全面建成小康社会的收官之年。全市教育系统要以习近平新时代中国特色社会主义思想为指导，坚持教育优先发展。\n"
        "一、加强党的领导\n1.深入学习贯彻全会精神。坚持自学和集中学习相结合。\n")


@pytest.mark.parametrize(("name", "organ"), [
    ("2019年上海市教育委员会工作要点", "上海市教育委员会"),
    ("滨州市科学技术协会2021年科普工作计划", "滨州市科学技术协会"),
])
def test_a_plan_for_the_year_named_by_its_organ_is_issued_by_it(name, organ):
    got = plan(name + BODY)
    assert (got["title"], got["issuer"]) == (name, organ)


@pytest.mark.parametrize("name", [
    "某某县科学技术协会2021年工作要点",  # a template's mask names no body (the conventions: `?` or ∅)
    "省教育厅2020年工作要点",  # a level alone names no body a reader can name
    "滨州市教育局工作要点",  # no year: a standing list, not the body's plan for a year
    "2021年滨州市全民科学素质工作要点",  # a region's plan, no organ
])
def test_a_name_holding_no_nameable_organ_and_year_gives_no_issuer(name):
    assert plan(name + BODY)["issuer"] is None


def test_an_organ_signing_still_issues():
    text = "2019年上海市教育委员会工作要点" + BODY + "上海市教育局\n2019年2月1日\n"
    assert plan(text)["issuer"] != "上海市教育委员会"
