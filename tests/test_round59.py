"""Issue 23, round fifty-nine: two verbs by which Chinese news says a body issued a document, not read before. A body
发出通知 (sends out a notice) as it 印发通知: the lead names the notice's issuer though not its title (round forty-two's
UNTITLED_LEAD); a document 颁发 (promulgated, the verb of decisions, rules and measures) is issued as one 颁布 is, with
the 《》 before the verb or after it (LEAD_AFTER, LEAD_VERB). Tests on made-up pages in wordings no listed page shows
(other bodies and documents, 发出紧急通知, 发出了通知, a body before 颁发), and the forms the rule must not take (a
certificate 颁发, a notice to come or recounted, a headline's 发出通知 with nothing after it)."""

from __future__ import annotations

import pytest
from made_up import parsed, plan


@pytest.mark.parametrize(("text", "issuer"), [
    # a ministry-level body sends out a notice: its issuer, no title
    ("名单公布\n本报讯 国家林业和草原局日前发出通知，公布第二批国家林草科普基地名单，共100家单位入选。\n", "国家林业和草原局"),
    # an urgent notice (发出紧急通知)
    ("防汛科普\n本报讯 浙江省科协近日发出紧急通知，要求各地科协做好汛期防灾减灾科普工作。\n", "浙江省科协"),
    # 发出了通知, joint bodies
    ("科普月\n近日，江苏省科学技术厅、江苏省科学技术协会联合发出了通知，部署全省科普月活动。\n",
     "江苏省科学技术厅、江苏省科学技术协会"),
])
def test_a_notice_sent_out_names_its_issuer(text, issuer):
    found = plan(text)
    assert found["issuer"] == issuer
    assert not found["title"]


@pytest.mark.parametrize(("text", "title", "issuer"), [
    # the 《》 before 颁发, its issuer in the name (a body's own decision)
    ("示范县命名\n本报讯 《中国科协关于命名第二批全国科普示范县的决定》近日颁发。全国共有480个县获批。\n",
     "中国科协关于命名第二批全国科普示范县的决定", "中国科协"),
    # a body before 颁发 and the 《》 after it
    ("新规出台\n本报讯 近日，浙江省人民政府颁发《浙江省科学技术奖励办法》，自公布之日起施行。\n",
     "浙江省科学技术奖励办法", "浙江省人民政府"),
])
def test_a_document_promulgated_is_issued(text, title, issuer):
    found = plan(text)
    assert found["title"] == title
    assert found["issuer"] == issuer


@pytest.mark.parametrize("text", [
    # a certificate or a plaque 颁发: no document
    "表彰会\n本报讯 会上，县领导为获奖单位颁发《科普示范单位》证书和奖牌，并合影留念。\n",
    "表彰会\n本报讯 近日，县科协为十名科普志愿者颁发证书，对其一年来的工作予以表彰。\n",
    # a notice still to come, or one recounted before the news
    "名单将公布\n本报讯 国家林业和草原局将于近期发出通知，公布第三批基地名单。\n",
    "科普活动\n本报讯 此前，国家林业和草原局发出通知，公布第一批基地名单。近日，某县开展科普活动，群众踊跃参与。\n",
    # a headline's 发出通知 ends its line: what the notice does is not said, no lead
    "国家林业和草原局发出通知\n本报讯 第二批国家林草科普基地名单公布，共100家单位入选，各地开展科普活动。\n",
])
def test_no_document_issued(text):
    found = plan(text)
    assert not found["title"]
    assert not found["issuer"]


# A body's 若干措施 or 政策措施 (its measures in a number of points: 关于支持…的若干措施, …若干政策措施) is a document kind of its own
# beside 意见 and 办法 (DOCUMENT_WORDS): named by a news lead it is the page's document, carried by a notice it is the plan,
# named in 《》 elsewhere it is cited. A chapter's 保障措施 or any other 措施 is none.

@pytest.mark.parametrize(("text", "title"), [
    # a news lead issuing a province's measures (若干措施)
    ("科普新政\n本报讯 近日，四川省人民政府办公厅印发《四川省关于支持科普产业发展的若干措施》，提出十二条举措。\n",
     "四川省关于支持科普产业发展的若干措施"),
    # …a city's 政策措施 after the verb's object, named before the verb
    ("科普新政\n本报讯 《绍兴市激励科技志愿服务的政策措施》近日由市政府正式出台，共八条。\n", "绍兴市激励科技志愿服务的政策措施"),
    # a notice carrying measures: the measures are the plan
    ("关于印发《关于加快科普基地建设的若干政策措施》的通知\n各区县科协：\n现将《关于加快科普基地建设的若干政策措施》印发给你们，请认真贯彻执行。\n",
     "关于加快科普基地建设的若干政策措施"),
])
def test_measures_are_a_document(text, title):
    assert plan(text)["title"] == title


def test_measures_cited():
    text = ("某县全民科学素质行动实施方案\n一、指导思想\n参照《广东省支持加强科学普及的若干措施》，结合我县实际，制定本方案。\n")
    assert "广东省支持加强科学普及的若干措施" in set(parsed(text).citations.title)


@pytest.mark.parametrize("text", [
    # a chapter's or a work's measures in 《》 are no document
    "科普宣传\n本报讯 近日，某县科协印发《防溺水安全措施》宣传册，发放到各村。\n",
    # the short name a report gives (若干措施 alone, no owner)
    "科普新政\n本报讯 近日，我市出台《若干措施》，推动科普工作。\n",
])
def test_other_measures_no_document(text):
    assert not plan(text)["title"]
