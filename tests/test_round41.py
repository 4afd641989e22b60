"""Issue 23, round forty-one: forms that recur among the misses of all seen pages after round forty
(docs/parser_rounds.md). Made-up pages, one of each form in wording no listed page shows, and the forms the rules must
not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import OWN_NOTICE_ORGAN, own_notice
from sciplan_analysis.parsing.issuers import lead_subject
from sciplan_analysis.parsing.metadata import DESCRIBED_NAME

NEWS_TAIL = "通知要求，各地要加强组织领导，广泛开展科普活动，营造良好氛围。\n"


@pytest.mark.parametrize(("page", "issuer"), [
    # an e-paper's byline in brackets glued before two joint issuers (as a listed page shows it, other words)
    ("某报讯 （记者王某）全国妇联与中国科协近日联合印发《关于开展家庭科普活动的通知》，要求各地组织开展活动。\n" + NEWS_TAIL,
     "全国妇联、中国科协"),
    # a dateline glued before a province's two organs joined by 和 (wording no listed page shows)
    ("本报讯（通讯员李某）某某省科学技术协会和某某省教育厅日前联合下发《关于举办青少年科技创新大赛的通知》，"
     "对大赛作出部署。\n" + NEWS_TAIL,
     "某某省科学技术协会、某某省教育厅"),
])
def test_joint_issuers_after_a_byline_are_all_read(page, issuer):
    assert plan(page)["issuer"] == issuer


@pytest.mark.parametrize(("before", "subject"), [
    ("（记者王某）全国妇联与中国科协近日联合", "全国妇联、中国科协"),
    ("近日，科技部、中央宣传部和中国科协", "科技部、中央宣传部、中国科协"),        # no byline: the clause's own split
    ("中共和平区委办公室、和平区人民政府办公室", "中共和平区委办公室、和平区人民政府办公室"),
    ("新华社电各县科协与县教育局", None),             # a bare level cut from 各县科协 is no organ: as before the round
    ("会上，县长与县科协", None),                     # a person and an organ: no organ's list, and 县科协 alone is bare
])
def test_lead_subject(before, subject):
    assert lead_subject(before) == subject


@pytest.mark.parametrize(("title", "own"), [
    # an organ's own notice, no 印发 carrying another (as a listed page shows it, other words)
    ("中国科协科普部关于对2023年度全国学会科普工作予以表扬的通知", True),
    ("某某市科学技术协会关于开展科普志愿服务活动的通知", True),    # wording no listed page shows
    ("某县人民政府关于印发某县科普工作方案的通知", False),          # a carrier: the plan it carries
    ("中国科协办公厅关于转发某某工作要点的通知", False),            # 转发: another's notice
    ("某某公司关于开展活动的通知", False),                          # no organ before 关于
    ("中国科协关于命名全国科普示范县的决定", False),                # no notice (a decision keeps its name anyway)
])
def test_own_notice(title, own):
    assert own_notice(title) == own


def test_own_notice_organ_takes_no_carrier():
    assert OWN_NOTICE_ORGAN.match("某县科协关于印发某县科普工作要点的通知") is None


def test_a_lead_naming_an_organs_own_notice_gives_its_title_number_and_organ():
    # (as a listed page shows it, other words)
    page = ("作者： | 来源： 中国某某学会 | 日期： 2023-12-30 |\n近日，中国科协科普部印发了《中国科协科普部关于对2023年度有关全国学会"
            "科普工作予以表扬的通知》（科协普函联字〔2023〕88号），对中国某某学会等60个全国学会的科普工作进行表扬。\n"
            "2024年，学会将继续发挥组织优势，开展科学普及。\n")
    row = plan(page)
    assert (row["title"], row["doc_number"], row["issuer"]) == (
        "中国科协科普部关于对2023年度有关全国学会科普工作予以表扬的通知", "科协普函联字〔2023〕88号", "中国科协科普部")


DECLARATION = ("联盟成立以来，运作机制初步形成，成员不断增加。\n各成员单位共同致力于联盟事业发展，服务区域科普创作。\n"
               "本宣言由联盟各组成单位共同签署后生效。\n")


@pytest.mark.parametrize(("page", "issuer"), [
    # four provinces' writers' associations signing a declaration, a line each (as a listed page shows it, other words)
    ("某某科普创作联盟宣言\n" + DECLARATION + "江苏省科普作家协会\n浙江省科普作家协会\n上海市科普作家协会\n安徽省科普作家协会\n"
     "2021年6月1日\n",
     "江苏省科普作家协会、浙江省科普作家协会、上海市科普作家协会、安徽省科普作家协会"),
    # two learned societies over a date in Chinese numerals (wording no listed page shows)
    ("关于联合举办科普讲座的通知\n各会员单位：\n两会决定联合举办科普讲座，请各单位组织参加。\n中国某某工程学会\n中国某某技术研究会\n"
     "二〇二四年三月五日\n",
     "中国某某工程学会、中国某某技术研究会"),
])
def test_associations_signing_jointly_a_line_each(page, issuer):
    assert plan(page)["issuer"] == issuer


def test_a_list_of_associations_over_no_date_signs_nothing():
    # a praise notice's list of societies, a line each, a sentence under the last: the list is no signature
    page = ("关于对2023年度科普工作予以表扬的通知\n各全国学会：\n以下学会科普工作成效突出，予以表扬：\n中国某某学会\n中国某某工程学会\n"
            "中国某某技术研究会\n希望受到表扬的学会再接再厉。\n")
    assert plan(page)["issuer"] is None


SHARED = "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n文档简介\n"


@pytest.mark.parametrize(("page", "title"), [
    # the name run into its body's first words under the site's label (as a listed page shows it, other words)
    (SHARED + "社区防灾减灾科普宣传实施方案为深入开展防灾减灾宣传教育，提高居民自救互救能力，结合本社区实际，制定本方案。\n",
     "社区防灾减灾科普宣传实施方案"),
    # a page count glued before it (as a listed page shows it, other words)
    (SHARED + "第3页共3页\n单位科普工作年度实施方案为进一步做好科普工作，现结合我单位实际，制定本方案。\n",
     "单位科普工作年度实施方案"),
    # 参考模板 and the first heading run in, the label 文档介绍 with a colon (wording no listed page shows)
    ("本站文档均来自网友上传。\n文档介绍：乡村少年科技活动计划参考模板一、活动背景随着乡村振兴推进，少年科技活动日益重要。\n",
     "乡村少年科技活动计划"),
])
def test_a_copys_name_run_into_its_body_under_a_description_label(page, title):
    assert plan(page)["title"] == title


@pytest.mark.parametrize("text", [
    "科协年度科技文化工作总结一、工作概述",            # a summary: no plan's kind ends the name
    "社区科普工作方案清晨的阳光透过窗簾",              # no opening of a body after the name: where it ends is not told
    "关于印发某某方案的通知为做好工作",                # (is_title decides a notice; the pattern itself is no guard)
])
def test_described_name_needs_a_plan_and_a_body_opening(text):
    m = DESCRIBED_NAME.match(text)
    assert m is None or text.startswith("关于")

