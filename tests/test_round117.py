"""Issue 23, round one hundred and seventeen: a region's leading group for a field of work signs as an issuer, and a
department whose field opens with 城市 keeps its region.

From the twenty-third and twenty-fourth windows' misses (holdouts 278, 280 and 285, seen since their first contact): a city's
big-data leading group (and its office) and a culture-tourism leading group signing their work points and plans gave no
issuer, as eleven listed pages' leading groups did; seven bureaus signing one plan gave none, because 某市城市管理局 read as
the unknown region 某市城市."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import is_issuer


@pytest.mark.parametrize("name", ["遵义市大数据发展领导小组", "大同市文旅产业高质量发展领导小组", "杭州市地质灾害防治工作领导小组办公室",
                                  "市大数据发展领导小组", "沈阳市乡村振兴工作领导小组办公室"])
def test_a_regions_leading_group_for_a_field_is_an_issuer(name):
    assert is_issuer(name)


@pytest.mark.parametrize("name", ["领导小组", "188金宝搏领导小组", "欢乐谷市大数据领导小组", "市领导小组办公室名单"])
def test_no_region_or_a_spams_leading_group_is_none(name):
    assert not is_issuer(name)


WORK_POINTS = ("{heading}\n来源:-- 发布时间:2019-11-26 17:57\n各县、自治县、区(市)人民政府,市有关部门:\n"
               "为深入实施大数据战略行动,现将《遵义市大数据战略行动2019年工作要点》印发给你们,请认真抓好落实。\n"
               "{signer}\n2019年3月20日\n(此件公开发布)\n遵义市大数据战略行动2019年工作要点\n"
               "为深入实施大数据战略行动,按照高质量发展要求,制定本工作要点。\n一、总体要求\n以数字产业化为重点。\n")


@pytest.mark.parametrize(("heading", "signer"), [
    ("市大数据发展领导小组关于印发《遵义市大数据战略行动2019年工作要点》的通知", "遵义市大数据发展领导小组"),
    ("关于印发《遵义市大数据战略行动2019年工作要点》的通知", "遵义市大数据发展领导小组办公室"),
])
def test_a_leading_groups_notice_names_it_as_issuer(heading, signer):
    assert plan(WORK_POINTS.format(heading=heading, signer=signer))["issuer"] in (signer, "市大数据发展领导小组")


@pytest.mark.parametrize("name", ["三明市城市管理局", "北京市城市管理委员会", "福州市城市管理局"])
def test_a_department_whose_field_opens_with_chengshi_is_an_issuer(name):
    assert is_issuer(name)


@pytest.mark.parametrize("name", ["长治市技术创新中心名单长治市科学技术局", "江西省林业局江西省乡村振兴局"])
def test_a_run_of_page_text_or_two_organs_is_still_none(name):
    assert not is_issuer(name)


def test_seven_bureaus_signing_one_plan_are_its_issuers():
    text = ("各县(市、区)生态环境局、发改委、城管局:\n经市政府同意,现将《三明市减污降碳协同增效实施方案》印发给你们,请认真贯彻落实。\n"
            "三明市生态环境局 三明市发展和改革委员会\n三明市工业和信息化局 三明市住房和城乡建设局\n三明市交通运输局 三明市农业农村局\n"
            "三明市城市管理局\n2022年12月13日\n(此件主动公开)\n三明市减污降碳协同增效实施方案\n为深入贯彻落实碳达峰碳中和工作,"
            "制定本方案。\n一、总体要求\n坚持降碳、减污协同增效。\n")
    assert plan(text)["issuer"].split("、")[-1] == "三明市城市管理局"
