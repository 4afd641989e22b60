"""Issue 23, round sixty-one: a notice signed by several bodies together is read whole (every body, in order) or not at
all, never as its last member. A ministry's general office (科技部办公厅, 生态环境部办公厅) is an organ, so two of them sign
together on a heading run together, on a red header's lines or over a date; a heading that names its first body and counts
the rest (某局等十六部门印发关于…的通知, 某部等十八部门关于…的意见) gives them as it writes them; a lead whose verb is done jointly
(联合印发, 共同发布) by one organ read alone gives none, and says why (`issuer_source`); so does a signature block whose upper
lines cannot be read (round forty-nine's empty value). Tests on made-up pages, each form in a wording no listed page shows,
and the forms the rules must not take (bodies that take part without signing, a 抄送 line, a forwarded document's signers)."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import (
    JOINT_PART,
    counted_bodies,
    is_issuer,
    joint_organs,
    lead_subject,
)

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


@pytest.mark.parametrize(("head", "issuer"), [
    ("杭州市科学技术协会等十二部门", "杭州市科学技术协会等十二部门"),
    ("浙江省教育厅等17部门联合印发", "浙江省教育厅等17部门"),
    ("中国科协等五家单位", "中国科协等五家单位"),
    # no organ first, no count, or words after the count: none
    ("杭州市等十二部门", None),
    ("杭州市科学技术协会等单位", None),
    ("杭州市科学技术协会等十二部门负责人", None),
])
def test_counted_bodies(head, issuer):
    assert counted_bodies(head) == issuer


@pytest.mark.parametrize(("page", "issuer"), [
    # a portal's heading of a city's notice issued by a count of bodies, the signers below not all read
    ("杭州市科学技术协会等十二部门印发关于推进青少年科学教育的实施方案的通知\n" + NOTICE_BODY,
     "杭州市科学技术协会等十二部门"),
    # a national opinion's own heading naming its first body and a count (wording no listed page shows)
    ("科学技术部等二十部门关于加强科普基地建设的指导意见\n国科发才〔2024〕3号\n" + NOTICE_BODY, "科学技术部等二十部门"),
])
def test_a_heading_counting_its_bodies(page, issuer):
    assert plan(page)["issuer"] == issuer


def test_a_forwarded_documents_count_is_not_the_issuer():
    # a county forwards the province's notice of seventeen bodies: the county's office signs it
    page = ("关于转发《浙江省教育厅等十七部门关于加强科学教育的实施意见》的通知\n各乡镇人民政府：\n"
            "现将《浙江省教育厅等十七部门关于加强科学教育的实施意见》转发给你们，请认真贯彻执行。\n"
            "浙江省安吉县人民政府办公室\n2024年3月1日\n")
    found = plan(page)
    assert found["issuer"] == "浙江省安吉县人民政府办公室"


@pytest.mark.parametrize("before", [
    # spam run between a lead's three bodies (a spun copy): one organ is read before 联合, never it alone
    "本报讯 近日，国家林业和草原局、最新传奇私服网址应急管理部、热门游戏攻略大全中国地震局日前联合",
    # 共同 and the organ alone (wording no listed page shows)
    "本报讯 据了解，免费下载高清电影中国气象局近日共同",
])
def test_one_organ_read_before_a_joint_verb_is_none(before):
    assert lead_subject(before) is None


@pytest.mark.parametrize(("before", "issuer"), [
    # the list read whole, as before
    ("本报讯 近日，国家林业和草原局、应急管理部、中国地震局日前联合", "国家林业和草原局、应急管理部、中国地震局"),
    ("本报讯 近日，浙江省科学技术协会与浙江省教育厅联合", "浙江省科学技术协会、浙江省教育厅"),
    # one organ with no joint verb, as before
    ("本报讯 近日，浙江省科学技术协会", "浙江省科学技术协会"),
])
def test_leads_read_as_before(before, issuer):
    assert lead_subject(before) == issuer


def test_a_joint_verb_with_one_organ_says_why():
    page = ("防灾科普\n本报讯 近日，国家林业和草原局、最新传奇私服网址应急管理部、热门游戏攻略大全中国地震局日前联合印发"
            "《防灾减灾科普工作方案（2024—2026年）》，提出主要目标。\n")
    found = plan(page)
    assert not found["issuer"]
    assert found["issuer_source"] == JOINT_PART


def test_bodies_that_take_part_do_not_sign():
    # units that join an event (联合…举办) name no document's issuer
    page = ("科普活动\n本报讯 近日，某县科协联合县教育局等单位举办科普进校园活动，千余名学生参加。\n")
    assert not plan(page)["issuer"]


OPINION = ("湘教发〔2024〕12号\n各市州教育局、科技局、科协：\n现将《湖南省中小学科学教育实施意见》印发给你们，"
           "请结合实际认真贯彻执行。\n")


@pytest.mark.parametrize("block", [
    # round forty-nine's block as the listed page shows it (other words): its upper lines name bodies no rule reads
    ["湖南省教育厅 湖南省科学技术厅", "湖南省财政厅 湖南省科学院", "中国共产主义青年团湖南省委员会 湖南省妇女联合会",
     "湖南省科学技术协会 中国少年先锋队湖南省工作委员会"],
    # wording no listed page shows: the youth league's committee alone over two organs read
    ["中国共产主义青年团湖南省委员会", "湖南省教育厅 湖南省科学技术协会"],
])
def test_an_unread_block_says_why(block):
    found = plan(OPINION + "\n".join(block) + "\n2024年3月1日\n湖南省中小学科学教育实施意见\n一、总体要求\n")
    assert not found["issuer"]
    assert found["issuer_source"] == JOINT_PART
