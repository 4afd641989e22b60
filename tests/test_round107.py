"""Issue 23, round one hundred and seven: joint issuers of party and government bodies, and names a gazette centres.

From the nineteenth window's misses (seen since their first contact, holdouts 254 and 256):
- a party committee's and a government's 若干意见 (中共湖南省委 湖南省人民政府 / 关于…的若干意见) gave no issuer: a heading of
  its own ended in 的意见 or 的实施意见 only;
- a new area's party work committee (中共河北雄安新区工作委员会) was no organ, so its line over the management committee's
  heading, and its signature beside it, named the management committee alone;
- a city gazette centres a heading and a plan's name, each line set in, and the reader took the indent as a new paragraph:
  关于2019年重点办好城乡建设和 / 改善人民生活方面10件实事的通知 and 青岛市加强质量认证 / 体系建设促进全面质量管理实施方案
  were read cut or not at all."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import issuer_problem

BODY = ("实施强省会战略是重大决策部署。为切实抓好战略的实施，现提出如下若干意见。\n一、总体要求\n"
        "坚持以习近平新时代中国特色社会主义思想为指导，推动高质量发展。\n二、目标任务\n创建国家中心城市。\n")


@pytest.mark.parametrize("organs", ["中共湖北省委 湖北省人民政府", "湖北省人民政府"])
def test_an_organs_several_opinions_heading_names_its_issuer(organs):
    text = f"{organs}\n关于实施强省会战略支持武汉市高质量发展的若干意见\n（2022年4月13日）\n{BODY}"
    got = plan(text)
    assert got["issuer"] == organs.replace(" ", "、")
    assert got["title"] == organs.replace(" ", "") + "关于实施强省会战略支持武汉市高质量发展的若干意见"


def test_opinions_named_in_the_body_are_no_heading():
    text = ("某某县科学技术协会关于开展科普活动的通知\n各乡镇：\n根据《中共湖北省委 湖北省人民政府关于实施强省会战略的若干意见》，"
            "现就开展科普活动通知如下。\n一、活动时间\n2022年5月。\n")
    assert plan(text)["title"] == "某某县科学技术协会关于开展科普活动的通知"


ZONE_NOTICE = ("雄安发〔2021〕5号\n{party}\n{management}关于印发《全面推进乡村振兴的实施方案》的通知\n各县委和人民政府，新区各部门：\n"
               "现将《全面推进乡村振兴的实施方案》印发给你们，请结合实际认真贯彻执行。\n{party}\n{management}\n2021年3月15日\n")


@pytest.mark.parametrize(("party", "management"), [
    ("中共河北雄安新区工作委员会", "河北雄安新区管理委员会"),
    ("中共滨海高新区工作委员会", "滨海高新区管理委员会"),
])
def test_a_new_areas_party_work_committee_issues_with_its_management_committee(party, management):
    assert plan(ZONE_NOTICE.format(party=party, management=management))["issuer"] == f"{party}、{management}"


@pytest.mark.parametrize("text", ["该新区工作委员会", "一个高新区党工委"])
def test_a_zones_committee_named_with_no_place_of_its_own_is_no_organ(text):
    assert issuer_problem(text) is not None


GAZETTE = "某某市人民政府公报（2019年第3期）\n\n{lines}\n\n      （2019年1月29日）\n\n      某政发〔2019〕1号\n\n      各区、市人民政府：\n\n      市政府决定，2019年重点办好10件实事。现就有关事项通知如下：\n\n      一、促进城乡就业创业\n"


@pytest.mark.parametrize(("lines", "title"), [
    ("      关于2019年重点办好城乡建设和\n\n      改善人民生活方面10件实事的通知", "关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知"),
    ("      关于表彰2019年度科普工作先进集体和\n\n      先进个人的决定", "关于表彰2019年度科普工作先进集体和先进个人的决定"),
])
def test_a_heading_a_gazette_centres_over_two_lines_is_one(lines, title):
    assert plan(GAZETTE.format(lines=lines))["title"] == title


@pytest.mark.parametrize(("lines", "title"), [
    ("      青岛市加强质量认证\n\n      体系建设促进全面质量管理实施方案", "青岛市加强质量认证体系建设促进全面质量管理实施方案"),
    ("      滨州市全民科学素质\n\n      行动实施方案（2021—2025年）", "滨州市全民科学素质行动实施方案（2021—2025年）"),
])
def test_a_plans_name_a_gazette_centres_over_two_lines_is_one(lines, title):
    # under the notice that issues it, as the gazette prints both
    text = (f"某某市人民政府公报（2019年第21期）\n\n      某政发〔2019〕25号\n\n      各区、市人民政府，市政府各部门：\n\n"
            f"      现将《{title}》印发给你们，请认真贯彻落实。\n\n      某某市人民政府\n\n      2019年10月31日\n\n{lines}\n\n"
            "      为提升全民科学素质，结合本市实际，制定本方案。\n\n      一、总体要求\n\n      （一）指导思想。坚持以人民为中心。\n")
    assert plan(text)["title"] == title


def test_an_organ_over_a_plans_name_is_no_piece_of_it():
    text = ("某某市人民政府公报（2019年第21期）\n\n      某政发〔2019〕25号\n\n      各区、市人民政府，市政府各部门：\n\n"
            "      现将《全民科学素质行动实施方案》印发给你们，请认真贯彻落实。\n\n      2019年10月31日\n\n      滨州市人民政府\n\n"
            "      全民科学素质行动实施方案\n\n      为提升全民科学素质，结合本市实际，制定本方案。\n\n"
            "      一、总体要求\n\n      （一）指导思想。坚持以人民为中心。\n")
    assert plan(text)["title"] != "滨州市人民政府全民科学素质行动实施方案"


def test_a_signature_with_its_date_over_the_carried_plans_name_stays_apart():
    # the organ and its date on one line, then the plan's name: the notice's signature, never the name's first piece
    text = ("广东省人民政府办公厅关于印发农业农村部广东省人民政府共同推进乡村振兴2021年度工作要点的通知\n各地级以上市人民政府：\n"
            "《农业农村部广东省人民政府共同推进乡村振兴2021年度工作要点》已经省政府同意，现印发给你们，请认真执行。\n省政府办公厅2021年6月10日\n"
            "农业农村部广东省人民政府共同推进乡村振兴2021年度工作要点\n为贯彻有关部署，2021年度共同做好以下重点工作。\n一、确保粮食安全\n")
    assert plan(text)["issue_date"] == "2021-06-10"


@pytest.mark.parametrize("county", ["房县", "献县"])
def test_a_one_character_countys_party_committee_issues_with_its_government(county):
    # the county named with 县 (房县), its committee named as the county and 县委 (中共房县县委), as 滦县's was
    text = f"中共{county}县委 {county}人民政府\n关于推进乡村振兴战略的实施意见\n（2018年5月23日）\n{BODY}"
    assert plan(text)["issuer"] == f"中共{county}县委、{county}人民政府"


def test_a_countys_name_doubled_before_its_government_is_no_organ():
    assert issuer_problem("房县县人民政府") is not None
