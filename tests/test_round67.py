"""Issue 23, round sixty-seven: the issuers of holdouts 124-125's misses, in the forms a second example and the pattern of
Chinese documents and news explain.

A lead paragraph a layout wrapped into lines shorter than a body line (a copy broken at 24-29 characters) is read by its
opening, its lines joined, as a lead (pagekind.wrapped_paragraphs): a headline-less news item so wrapped is still news. With it,
a body that 发文 (issues a document) in a news lead, its title not shown, is the issuer as one that 印发通知 is, the sentence
going on after a comma or with 对 (news.UNTITLED_LEAD: round sixty-six's rule, taken back there for the wrapped lead). Not
taken: a 发文 relayed or still to come, 收发文, a label (发文字号), a 发文对象. The wrap's other losses found beside it: a
salutation broken over two lines is one; 日前 after a day's number (于3月21日前) is no lead word; a signature block's line
broken inside a name (…国家中医药局综 / 合司) makes the organ lines under it part of a joint list, no issuer.

A state commission's or bureau's general office is an organ (issuers.STATE_OFFICES, `state_body`): 国家某委办公厅, 国家某局办公室,
国家某局综合司, alone or run together with others on a signature's lines. Not taken: a commission's 综合司, a bureau's other
departments, a region's department's 综合司.

The preposition 从 glued before a lead's subject (从自治区科学技术协会近期发布的《X》获悉) is cut as the time words are
(issuers.LEADING_TIME); a name opening with 从 (从江县) keeps it.

A region's centre and an association signing together over their date, run together by the copy, both sign
(issuers.joint_bodies, read in metadata's `_front_lines`). Not taken: centres alone, a centre alone, a centre with organs
(round forty-nine's unread block), such a line with no date under it."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.issuers import is_issuer, joint_bodies, joint_organs, lead_subject
from sciplan_analysis.parsing.pagekind import BODY_CHARS


def wrapped(text: str, width: int) -> str:
    """`text` with every line broken at `width` characters (a narrow copy's layout)."""
    out = []
    for line in text.split("\n"):
        out += [line[i: i + width] for i in range(0, len(line), width)] or [""]
    return "\n".join(out)


def empty(value: object) -> bool:
    return not isinstance(value, str) or value == ""


# -- a wrapped lead is a lead ----------------------------------------------------------------------------------------------
LEAD_PAGES = [
    # a national office that 发文, comma after it (other words than the listed pages')
    ("日前，中国科协办公厅发文，对2023年全国科普日优秀组织单位进行表扬，某县科协名列其中。某县科协表示将再接再厉，"
     "继续做好科普工作，推动全民科学素质提升。\n据了解，某县今年共开展科普活动120项，受益群众5万人次。\n", "中国科协办公厅"),
    # wording no listed page shows: a bureau's office that 发文对… with a dateline's day
    ("3月12日，国家林业和草原局办公室发文对2023年度国家林草科普基地进行通报，某省两家单位入选。某省林业局要求入选单位"
     "发挥示范作用，带动全省林草科普工作。\n", "国家林业和草原局办公室"),
]


@pytest.mark.parametrize(("text", "issuer"), LEAD_PAGES)
@pytest.mark.parametrize("width", [24, 27])
def test_a_wrapped_headline_less_lead_is_news(text, issuer, width):
    page = plan(wrapped(text, width))
    assert page["page_kind"] == "news"
    assert page["issuer"] == issuer


@pytest.mark.parametrize(("text", "issuer"), LEAD_PAGES)
def test_a_body_that_issues_a_document_in_a_lead_is_the_issuer(text, issuer):
    assert plan(text)["issuer"] == issuer


@pytest.mark.parametrize("text", [
    # a 发文 a meeting relays, one still to come, documents received (收发文), a label, the addressees of a document
    "某县科协召开会议\n日前，某县科协召开会议，传达中国科协办公厅发文，要求各单位做好科普日工作。\n",
    "某县科协部署工作\n下一步，某县科协将发文，部署科普日工作。\n",
    "某县科协加强管理\n日前，某县科协办公室规范收发文，提高办文效率。\n",
    "某县科协加强管理\n近日，某县科协办公室梳理发文对象，提高办文效率，规范公文处理。\n",
])
def test_what_the_issuer_rule_must_not_take(text):
    assert empty(plan(text)["issuer"])


def test_a_wrapped_notice_stays_a_document():
    # a notice's heading, salutation and signature, wrapped narrow: a document still, signed by its office
    text = ("关于开展2024年某省科普讲解大赛的通知\n各市科协，省级学会：\n近日，为提升科普讲解水平，省科协决定举办2024年科普讲解大赛，"
            "现将有关事项通知如下，请各单位认真组织，按时报送材料。\n某省科学技术协会办公室\n2024年4月2日\n")
    page = plan(wrapped(text, 26))
    assert page["page_kind"] == "document"
    assert page["issuer"] == "某省科学技术协会办公室"


def test_a_wrapped_paragraph_with_no_lead_word_is_no_lead():
    # a plan's paragraph wrapped narrow opens with no lead word: no news cue from it, the plan's title decides
    text = ("某县全民科学素质行动实施方案（2021—2025年）\n为全面提升公民科学素质，推动科普工作高质量发展，结合我县实际，"
            "制定本方案，请各单位认真贯彻执行。\n")
    assert len(text.split("\n")[1]) >= BODY_CHARS
    assert plan(wrapped(text, 25))["page_kind"] == "document"


@pytest.mark.parametrize("width", [None, 26, 33])
def test_a_day_before_is_no_lead(width):
    # 请于3月21日前报送 (before the 21st) opening a notice's paragraph, as written or wrapped, is no 日前 (the other day): its
    # signature makes it a document, not a conflict with a news lead
    text = "有关单位：\n请于2024年3月21日前将推荐材料报送至指定邮箱，逾期不予受理，请各单位认真组织，按时报送。\n某市科学技术局\n2024年3月6日\n"
    page = plan(text if width is None else wrapped(text, width))
    assert (page["page_kind"], page["issuer"]) == ("document", "某市科学技术局")


@pytest.mark.parametrize("text", [
    # a salutation broken inside a name, its first piece glued by the copy to a broken time stamp over it (other words than
    # the listed page's), the lead news-like (10月14日，…印发《…》): a document still
    "被阅读1200次，日期：2023-10-20 09:30\n：16\n各县市区科学技术协会、某某经济技\n术开发区科协：\n10月14日，某某市人民政府办公室印发《关\n"
    "于做好科学素质监测工作的通知》，请各单位认\n真贯彻落实，按时报送材料。\n某某市科学技术协会\n2023年10月20日\n",
    # wording no listed page shows: addressees with brackets, broken before its last word
    "浏览1200次 2023-10-20 09:30\n：16\n各县（市、区）科协、某某高新\n区科协：\n10月14日，某某市人民政府办公室印发《关\n"
    "于做好科学素质监测工作的通知》，请各单位认\n真贯彻落实，按时报送材料。\n某某市科学技术协会\n2023年10月20日\n",
])
def test_a_salutation_broken_over_two_lines_is_a_salutation(text):
    page = plan(text)
    assert (page["page_kind"], page["issuer"]) == ("document", "某某市科学技术协会")


@pytest.mark.parametrize("width", [24, 25, 26, 30])
def test_a_signature_block_broken_inside_a_name_is_read_whole_or_not_at_all(width):
    # four offices over two lines, the upper broken by a wrap (at 26 inside 综合司: 综 / 合司): the last line alone is no issuer
    whole = "国家林业和草原局办公室、国家体育总局办公厅、国家文物局综合司、国家疾控局综合司"
    text = ("关于开展林草科普活动的通知\n各省、自治区、直辖市林业和草原主管部门：\n为推动林草科普工作，现就有关事项通知如下。\n"
            + whole.replace("、", "", 2).split("、")[0] + "\n国家疾控局综合司\n2024年6月3日\n")
    issuer = plan(wrapped(text, width))["issuer"]
    assert empty(issuer) or issuer == whole


@pytest.mark.parametrize("block", [
    # an indented signature block whose upper line a wrap broke inside 综合司 (other words than the listed page's)
    "    国家林业和草原局办公室国家文物局综\n合司\n    国家疾控局综合司\n    2024年6月3日\n",
    # wording no listed page shows: broken inside 办公厅
    "    国家文物局办公室国家体育总局办\n公厅\n    国家林业和草原局综合司\n    2023年11月2日\n",
])
def test_a_piece_of_a_broken_name_over_a_signature_gives_no_part(block):
    text = ("关于开展林草科普活动的通知\n各省、自治区、直辖市林业和草原主管部门：\n为推动林草科普工作，现就有关事项通知如下。\n" + block)
    assert empty(plan(text)["issuer"])


@pytest.mark.parametrize("width", [24, 28])
def test_a_wrapped_lead_that_issues_a_notice_keeps_its_issuer(width):
    # round forty-two's 印发通知 lost the same way under a narrow wrap (wording no listed page shows)
    text = ("近日，某省科学技术厅印发通知，公布2024年度某省科普示范基地名单，全省共有36家单位入选。入选单位将获得经费支持，"
            "并接受年度考核。\n")
    page = plan(wrapped(text, width))
    assert (page["page_kind"], page["issuer"]) == ("news", "某省科学技术厅")


# -- a state body's general office ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "organ"), [
    ("国家卫生健康委办公厅", True),
    ("国家中医药局综合司", True),
    ("国家林业和草原局办公室", True),
    ("国家体育总局办公厅", True),
    ("国家减灾委办公室", True),
    # a bureau's other department signs since round eighty-eight (国家林业和草原局科技司 signing its works list)
    ("国家文物局科技司", True),
    # a commission's 综合司 (a policy department), a region's department, 综合司 alone
    ("国家发展改革委综合司", False),
    ("某省卫生健康委综合司", False),
    ("综合司", False),
    ("国家级综合司", False),
    # 中国 stands inside names: a cut from 健康中国行动推进委员会办公室 is none
    ("中国行动推进委员会办公室", False),
])
def test_a_state_bodys_office_is_an_organ(name, organ):
    assert is_issuer(name) is organ


def test_state_offices_run_together():
    assert joint_organs("国家文物局办公室国家林业和草原局综合司国家体育总局办公厅") == [
        "国家文物局办公室", "国家林业和草原局综合司", "国家体育总局办公厅"]


def test_a_cut_from_a_longer_name_is_no_state_office():
    # the lead names the whole committee office, an organ since round ninety-eight, never its cut (中国…)
    assert lead_subject("近日，健康中国行动推进委员会办公室") == "健康中国行动推进委员会办公室"


@pytest.mark.parametrize(("page", "issuer"), [
    # three offices over two lines over the date (other words than the listed page's)
    ("关于开展中医药健康文化知识普及行动的通知\n各省、自治区、直辖市卫生健康委、中医药局：\n为提升群众健康素养，现就有关事项通知如下。\n"
     "一、工作内容\n各地要认真组织，按时完成工作。\n国家卫生健康委办公厅国家中医药局综合司\n国家疾控局综合司\n2024年6月3日\n",
     "国家卫生健康委办公厅、国家中医药局综合司、国家疾控局综合司"),
    # wording no listed page shows: one bureau's office over its date
    ("关于推荐2024年度林草科普基地的通知\n各省、自治区、直辖市林业和草原主管部门：\n为推动林草科普工作，现就有关事项通知如下。\n"
     "一、推荐条件\n各地要认真组织，按时完成工作。\n国家林业和草原局办公室\n2024年3月1日\n", "国家林业和草原局办公室"),
])
def test_state_offices_sign(page, issuer):
    assert plan(page)["issuer"] == issuer


# -- 从 before a lead's subject ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("before", "subject"), [
    ("1月6日，从自治区科学技术协会近期", "自治区科学技术协会"),
    ("据悉，从某省科学技术厅日前", "某省科学技术厅"),
    # a name opening with 从 keeps it
    ("从江县科协近日", "从江县科协"),
    ("从化区科学技术协会日前", "从化区科学技术协会"),
])
def test_from_before_a_subject_is_cut(before, subject):
    assert lead_subject(before) == subject


@pytest.mark.parametrize(("text", "issuer"), [
    # an item learning from a notice that its base was named (other words than the listed page's)
    ("某所获评科普教育基地\n3月2日，从自治区科学技术协会近期发布的《关于认定第二批自治区科普教育基地的通知》获悉，某所科普基地被认定为"
     "第二批自治区科普教育基地。\n", "自治区科学技术协会"),
    # wording no listed page shows: a province's department, 中了解到
    ("某校入选科普示范学校\n近日，从某省科学技术厅日前印发的《关于命名2024年度某省科普示范学校的决定》中了解到，某校入选。\n",
     "某省科学技术厅"),
])
def test_a_subject_after_from_is_the_issuer(text, issuer):
    assert plan(text)["issuer"] == issuer


def test_a_source_learned_from_with_no_verb_is_no_issuer():
    # 从某市科协获悉 names where the news came from, no document issued
    text = "某县科普活动启动\n近日，记者从某市科协获悉，今年全市将开展科普活动300余场，惠及群众10万人次。\n"
    assert empty(plan(text)["issuer"])


# -- a centre and an association signing together ----------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "bodies"), [
    ("安徽省青少年科技活动中心安徽省青少年科技教育协会", ["安徽省青少年科技活动中心", "安徽省青少年科技教育协会"]),
    ("某某市科学传播中心某某市科普作家协会", ["某某市科学传播中心", "某某市科普作家协会"]),
    ("某某市科普作家协会某某市科学传播中心", ["某某市科普作家协会", "某某市科学传播中心"]),
    ("中国科协青少年科技中心中国青少年科技辅导员协会", ["中国科协青少年科技中心", "中国青少年科技辅导员协会"]),
    # centres alone, a centre alone, a body and something that is no body: none
    ("江苏省科学传播中心南京市应急救援服务中心", []),
    ("安徽省青少年科技活动中心", []),
    ("浙江省科普作家协会浙江省科技馆", []),
    # a centre and organs: round forty-nine's unread block, left empty
    ("湖南省科学技术馆研究中心湖南省教育厅湖南省科学技术协会", []),
])
def test_joint_bodies(line, bodies):
    assert joint_bodies(line) == bodies


NOTICE = ("关于组织参加青少年科技创新活动的通知\n各市科协，各市青少年科技教育协会：\n为推动青少年科学教育，现将有关事项通知如下，"
          "请认真组织申报。\n")


@pytest.mark.parametrize(("signature", "issuer"), [
    # the two signers on one line, their space kept (other words than the listed page's)
    ("浙江省青少年科技中心 浙江省青少年科技教育协会\n2023年3月8日\n", "浙江省青少年科技中心、浙江省青少年科技教育协会"),
    # wording no listed page shows: an association first, a science communication centre after it, run together
    ("某某市科普作家协会某某市科学传播中心\n2024年9月20日\n", "某某市科普作家协会、某某市科学传播中心"),
])
def test_a_centre_and_an_association_sign_together(signature, issuer):
    assert plan(NOTICE + signature)["issuer"] == issuer


@pytest.mark.parametrize("signature", [
    # no date under the line; two centres alone; a centre alone
    "浙江省青少年科技中心 浙江省青少年科技教育协会\n联系人：王某\n",
    "浙江省青少年科技中心 浙江省科学传播中心\n2023年3月8日\n",
    "浙江省青少年科技中心\n2023年3月8日\n",
])
def test_what_the_joint_bodies_rule_must_not_take(signature):
    assert empty(plan(NOTICE + signature)["issuer"])
