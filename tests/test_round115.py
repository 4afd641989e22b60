"""Issue 23, round one hundred and fifteen: a notice counting the documents it issues, a party committee's joint heading
under a headline, a salutation of several addressees, and policy opinions.

From the twenty-third and twenty-fourth windows' misses (holdouts 280-282, seen since their first contact): notices issuing
ten and nine plans (关于印发某市打赢蓝天保卫战实施方案等十个实施方案的通知) were titled as the first plan they carry; a party
committee's and a government's joint opinions under a news site's headline (…全文发布—— / 中共某市委员会 某市人民政府 / 关于…
的实施意见) were titled with their name's last piece; a city's 若干政策意见, its name wrapped over two lines and run into its
salutation (各县（市、区）人民政府，市政府直属各单位：), gave its name's second piece."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.normalise import paragraphs

PLANS_BODY = ("\n\n各县(区)人民政府,市级有关部门:\n\n现将《{lead}》印发你们,请认真贯彻落实。\n\n某市人民政府\n\n2019年5月5日\n"
              "{first}\n\n一、总体要求\n\n以改善大气环境质量为目标,坚持质量导向、系统防治。\n\n二、工作目标\n\n"
              "到2020年,城区空气质量优良天数比率达到82%。\n")


@pytest.mark.parametrize(("heading", "first"), [
    ("关于印发某市打赢蓝天保卫战实施方案等十个实施方案的通知", "某市打赢蓝天保卫战实施方案"),
    ("某区人民政府关于印发《某区防汛抗旱应急预案》等六部应急预案的通知", "某区防汛抗旱应急预案"),
    ("某市人民政府关于印发某市打赢蓝天保卫战等9个实施方案的通知", "某市打赢蓝天保卫战实施方案"),
])
def test_a_notice_counting_the_documents_it_issues_is_the_pages_title(heading, first):
    lead = heading.split("关于印发", 1)[1].removesuffix("的通知").replace("《", "").replace("》", "")
    assert plan(heading + PLANS_BODY.format(lead=lead, first=first))["title"] == heading


@pytest.mark.parametrize("heading", ["某省教育厅关于在某市等12个市设立科学教育实验区的通知",
                                     "某市教育局等十六部门印发关于加强中小学科学教育工作行动方案的通知"])
def test_a_notice_counting_places_or_bodies_is_read_as_before(heading):
    body = ("\n\n各有关单位:\n\n为加强中小学科学教育工作,现将有关事项通知如下。\n\n一、工作目标\n\n到2025年,建成一批实验区。\n")
    assert plan(heading + body)["title"] == heading


OPINIONS = ("\n\n{organs}\n\n关于深入实施创新驱动发展战略高水平推进\n\n战略性新兴产业发展的实施意见\n\n某党发〔2025〕1号\n\n"
            "(2025年1月1日)\n\n2025年,是深入实施创新驱动发展战略的接力攻坚之年,必须坚持以科技创新引领产业创新。\n\n"
            "一、聚焦重点攻坚提效,充分激发创新动能\n\n聚焦重点领域和薄弱环节,推动产学研用深度融合。\n")


@pytest.mark.parametrize("headline", ["重磅!2025年某市委一号文件,全文发布——", "权威发布——"])
@pytest.mark.parametrize(("organs", "issuer"), [("中共某市委员会 某市人民政府", "中共某市委员会、某市人民政府"),
                                                ("中共某县委 某县人民政府", "中共某县委、某县人民政府")])
def test_a_party_committees_joint_heading_under_a_headline_is_the_title(headline, organs, issuer):
    got = plan("您的位置: 某新闻网首页 » 新闻 » 要闻\n\n" + headline + OPINIONS.format(organs=organs))
    name = organs.replace(" ", "") + "关于深入实施创新驱动发展战略高水平推进战略性新兴产业发展的实施意见"
    assert (got["title"], got["issuer"]) == (name, issuer)


@pytest.mark.parametrize("salutation", ["各县(市、区)人民政府,市政府直属各单位:", "各乡镇人民政府、街道办事处,县直各单位:"])
def test_a_salutation_of_several_addressees_opens_the_body_under_a_name(salutation):
    text = f"联系我们\n关于培育农业农村\n\n新动能实施乡村振兴战略的若干意见\n\n \n\n{salutation}\n\n为加快实施乡村振兴战略,制定如下意见。\n"
    assert [p.text for p in paragraphs(text)][1] == "关于培育农业农村新动能实施乡村振兴战略的若干意见"


@pytest.mark.parametrize("heading", ["关于培育农业农村新动能实施乡村振兴战略的若干政策意见", "关于支持科技创新的若干政策意见"])
def test_policy_opinions_are_a_heading_of_their_own(heading):
    body = ("\n\n各县(市、区)人民政府,市政府直属各单位:\n\n为加快实施乡村振兴战略,制定如下政策意见。\n\n"
            "一、大力推进农村新型合作体系建设\n\n1. 支持生产基地建设。对建设类项目给予补助。\n")
    assert plan("联系我们\n" + heading + body)["title"] == heading


@pytest.mark.parametrize(("text", "joined"), [
    ("为贯彻落实\n\n中共某省委关于加强科普工作的意见，制定本方案。\n", "为贯彻落实中共某省委关于加强科普工作的意见，制定本方案。"),
    ("要深入学习\n\n中共某市委全会精神，推动科普工作落实。\n", "要深入学习中共某市委全会精神，推动科普工作落实。"),
])
def test_a_sentences_rest_opening_with_the_party_stays_in_its_sentence(text, joined):
    assert [p.text for p in paragraphs(text)] == [joined]
