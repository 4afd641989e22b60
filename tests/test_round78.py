"""Issue 23, round seventy-eight: the fourth window's first misses (holdouts 154-155) and what round seventy-seven left
(holdouts 146-153), in forms a second example and the pattern of Chinese documents explain.

A call for comments on a draft (…进行修订，形成《X（修订草案征求意见稿）》，现向社会公开征求意见) issues nothing: the document its
sentence names is cited, never the page's title (news.CALL_FOR_COMMENTS). A notice body under its addressees (各…：) that
recounts a past issue in the third person (省科协制定印发了《X》，并组织开展了…) is no news of issuing and does not issue X now:
X is cited (news._addressed, PAST_ISSUE, ISSUED_NOW). A committee's office signing for it (某省科学技术奖励委员会办公室) is an
organ where the committee is one (issuers.issuer_problem). A one-line copy closing with its attachment's name, the organs
signing and their date run together (…附件:某某名单某区某局某区科学技术协会2022年12月15日。) is signed by those organs on that
date (metadata._attached_end). An address and its postcode on one line (地址：… 邮编：…) is a contact line standing alone, the
signer under it read (normalise.CONTACT_START). A government's order over the rule it promulgates (某省人民政府令 / 第105号) names
the issuer (metadata._ordering_government). A 公示 headed by what it shows with no 的 (…候选项目公示, …人选和项目公示,
…结果公示) is titled by its heading (metadata.OWN_NOTICE)."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.issuers import is_issuer


def cited(text: str) -> set[str]:
    c = parsed(text).citations
    return set(c.title) if not c.empty else set()


def title(text: str):
    value = plan(text)["title"]
    return None if value is None or value != value else value


# A call for comments: the draft's document cited, no title.
CALL_PAGES = [
    # the listed page's form (other words): a department revising its earlier 办法, the draft named, then the call
    ("为进一步规范我省科普基地建设，我厅在调研的基础上，对2019年发布的《某省科普基地管理办法》（某科〔2019〕8号）进行修订，"
     "形成《某省科普基地管理办法（修订征求意见稿）》，现向社会公开征求意见。意见请发送至指定邮箱，截止时间为2024年4月1日。\n"
     "附件：\n1.《某省科普基地管理办法》修订征求意见稿\n\n某省科学技术厅\n2024年3月1日\n", "某省科普基地管理办法"),
    # wording no listed page shows: an association's draft norm, comments asked of its members
    ("某区科学技术协会制定了《某区科普示范学校评选办法》，现征求各街道和区直有关单位意见，请于6月30日前书面反馈区科协科普部。\n"
     "联系人：王某\n某区科学技术协会\n2023年6月2日\n", "某区科普示范学校评选办法"),
]


@pytest.mark.parametrize(("text", "draft"), CALL_PAGES)
def test_a_call_for_comments_names_no_title(text, draft):
    assert title(text) is None
    assert draft in cited(text)


def test_a_consultation_done_before_the_issue_keeps_the_issued_document():
    # 经广泛征求意见，现将《X》印发给你们: comments asked before, X issued now (the settled reading)
    text = ("各乡镇，县直有关单位：\n经广泛征求意见，现将《某县2024年科普工作要点》印发给你们，请认真贯彻落实。\n"
            "某县科学技术协会\n2024年2月5日\n")
    assert title(text) == "某县2024年科普工作要点"
    # news of issuing after a consultation: 征求意见 before the name, the lead kept
    news = "在充分征求意见的基础上，某县日前印发了《某县全民科学素质行动实施方案（2021-2025年）》，明确了五项重点任务。\n"
    assert title(news) == "某县全民科学素质行动实施方案（2021-2025年）"


# A notice under its addressees recounting a past issue: X cited, no title.
RECOUNTED_PAGES = [
    # the listed page's form (other words): 市科协制定印发了《X》，并组织开展了…, a list of units following
    ("各区科协，各市级学会，各有关单位：\n为更好服务科技工作者，市科协制定印发了《某市科普志愿服务站点建设管理办法》，并组织开展了"
     "首批站点的申报工作。\n经各单位申报、专家评审，确定某社区等8家单位为首批市级科普志愿服务站点。\n某市科学技术协会\n"
     "2023年5月6日\n", "某市科普志愿服务站点建设管理办法"),
    # wording no listed page shows: a county bureau's earlier 办法 with its number, then a 公示 of the result
    ("各乡镇人民政府，县直各单位：\n县科技局出台了《某县科普示范户评选办法》（某科发〔2023〕5号）。根据该办法，经各乡镇推荐、"
     "实地核查，现将拟认定的科普示范户名单予以公示。\n某县科学技术局\n2024年9月2日\n", "某县科普示范户评选办法"),
]


@pytest.mark.parametrize(("text", "recounted"), RECOUNTED_PAGES)
def test_a_notice_recounting_a_past_issue_names_no_title(text, recounted):
    assert title(text) is None
    assert recounted in cited(text)


def test_a_notice_issuing_the_document_in_the_next_sentence_is_its_page():
    # 研究制定了《X》。现印发给你们: the body issues X now (the settled convention: X's page)
    text = ("各区县科协，各有关单位：\n为规范科普基地管理，市科协研究制定了《某市科普基地管理办法》。现印发给你们，请遵照执行。\n"
            "某市科学技术协会\n2022年8月1日\n")
    assert title(text) == "某市科普基地管理办法"


def test_news_of_a_past_issue_with_no_addressees_keeps_its_lead():
    # a news lead (no addressees' line): 某县科协印发了《X》，并… is news of issuing, X the title as before
    text = "近日，某县科协印发了《某县2023年科普工作要点》，并召开全县科普工作会议进行部署。\n会议要求各乡镇抓好落实。\n"
    assert title(text) == "某县2023年科普工作要点"


# A committee's office signing for it.
OFFICE_PAGES = [
    # the listed pages' form (other words): an award committee's office signing a 公示 of nominees
    ("现将2020年度某省科学技术奖建议授奖项目向社会公示。对公示项目如有异议，请于公示之日起30日内署名书面提出。\n"
     "附件：2020年度某省科学技术奖建议授奖项目\n\n某省科学技术奖励委员会办公室\n2020年10月9日\n",
     "某省科学技术奖励委员会办公室"),
    # wording no listed page shows: a county's 科普 committee office signing its notice on a week of events
    ("各乡镇，县直各单位：\n为办好2024年科技活动周，现将有关事项通知如下：各单位于5月10日前报送活动安排。\n\n"
     "某县科学技术普及工作委员会办公室\n2024年4月18日\n", "某县科学技术普及工作委员会办公室"),
]


@pytest.mark.parametrize(("text", "office"), OFFICE_PAGES)
def test_a_committees_office_signing_is_the_issuer(text, office):
    assert plan(text)["issuer"] == office


@pytest.mark.parametrize("name", ["某省科学技术奖励委员会办公室", "某市爱国卫生运动委员会办公室"])
def test_a_committees_office_is_an_organ(name):
    assert is_issuer(name)


@pytest.mark.parametrize("name", ["健康促进委员会办公室", "欢乐谷市科学技术奖励委员会办公室", "关于委员会办公室"])
def test_an_office_of_no_organs_committee_is_none(name):
    # no region before the committee, a region no table lists, page text: none, as the committee itself is none
    assert not is_issuer(name)


# A one-line copy closing with its attachment's name, the organs signing and their date run together.
ATTACHED_END_PAGES = [
    # the listed pages' form (other words): one organ after a 公示's attachment
    ("根据《某某办法》精神,现将某省拟推荐2024年度科技奖项目予以公示,公示期自2024年7月1日至7月5日,任何单位或个人若有异议,"
     "可在公示期内以书面形式提出,联系电话:0000-1234567,附件:某省拟推荐科技奖项目公示内容某省科学技术厅2024年7月1日。",
     "某省科学技术厅", "2024-07-01"),
    # wording no listed page shows: two bodies run together after a list, the date in Chinese numerals, no stop at the end
    ("各街道:经街道推荐、专家评审,现将某区科普示范社区拟命名名单予以公示,公示时间为5个工作日,如有异议请实名反映,"
     "附件:某区科普示范社区拟命名名单某市某区科学技术协会某市某区教育局二〇二三年五月八日",
     "某市某区科学技术协会、某市某区教育局", "2023-05-08"),
]


@pytest.mark.parametrize(("text", "issuer", "date"), ATTACHED_END_PAGES)
def test_organs_and_date_closing_a_one_line_copy_sign_it(text, issuer, date):
    row = plan(text)
    assert row["issuer"] == issuer
    assert str(row["issue_date"])[:10] == date


def test_an_attachment_and_a_date_with_no_organ_sign_nothing():
    # the attachment's name and a date, no organ before it: no issuer read from the attachment's name
    # (an organ's name inside the attachment's, 某市科学技术局科普基地名单, is no organ closing the run)
    for text in ("各有关单位:现将2023年某市科技计划自筹项目下达,项目共5项,请各单位接到此通知后一个月内签订项目合同,逾期视作撤销,"
                 "附件:2023年某市科技计划自筹项目表2023年7月17日。",
                 "各有关单位:现将经评审确定的科普基地名单予以公布,请各基地按照有关要求做好科普工作,切实发挥示范作用,"
                 "附件:某市科学技术局认定的科普基地名单2023年5月8日。"):
        issuer = plan(text)["issuer"]
        assert issuer is None or issuer != issuer



# An address and its postcode on one line over a signature: a contact line of its own, the signer under it read.
ADDRESS_PAGES = [
    # the listed page's form (other words): a 公示 whose every line stands between blank lines, 地址 and 邮编 on one line
    # over a province 科协's signature
    ("关于2023年度科普示范基地评估结果的公示\n\n经评估，现将评估等次予以公示（排名不分先后）：\n\n一、优秀等次（2个）\n\n"
     "某某科普馆、某某科技园\n\n二、合格等次（1个）\n\n某某农场\n\n公示时间自2023年12月13日至12月15日。公示期间如有异议，"
     "请以书面形式实名反映。\n\n联系人:李某  联系电话:0000-1234567。\n\n地址:某省某市某路248号   邮编:330002\n\n"
     "某省科学技术协会\n\n2023年12月13日", "某省科学技术协会"),
    # wording no listed page shows: 通讯地址 and 邮政编码 over a county bureau's signature
    ("关于2024年度科技特派员拟认定名单的公示\n现将拟认定名单予以公示，公示期为5个工作日。\n"
     "通讯地址：某县某镇人民路1号 邮政编码：100000\n某县科学技术局\n2024年3月5日\n", "某县科学技术局"),
]


@pytest.mark.parametrize(("text", "issuer"), ADDRESS_PAGES)
def test_a_signature_under_an_address_and_postcode_line_is_read(text, issuer):
    assert plan(text)["issuer"] == issuer


# A government's order over the rule it promulgates: the government is the issuer.
ORDER_PAGES = [
    # the listed page's form (other words): the order's heading and number a line each, the 省长 signing, then the rule
    ("某省人民政府令\n第105号\n《某省科学技术普及办法》已经2024年3月5日省人民政府第20次常务会议通过，现予公布，自2024年5月1日起施行。\n"
     "省长 某某\n2024年3月12日\n某省科学技术普及办法\n第一章 总则\n第一条 为了推动科学技术普及，制定本办法。\n"
     "第二条 本办法适用于本省。\n", "某省人民政府"),
    # wording no listed page shows: a city's order, its number in brackets on the heading's line, no chapters
    ("某市人民政府令（第12号）\n《某市科普场馆管理办法》已经市人民政府常务会议审议通过，现予发布，自发布之日起施行。\n市长 某某\n"
     "2019年8月1日\n某市科普场馆管理办法\n第一条 为规范科普场馆管理，制定本办法。\n第二条 本办法所称科普场馆，是指科技馆等。\n",
     "某市人民政府"),
]


@pytest.mark.parametrize(("text", "issuer"), ORDER_PAGES)
def test_a_governments_order_issues_the_rule_under_it(text, issuer):
    assert plan(text)["issuer"] == issuer


def test_an_order_named_in_a_sentence_issues_nothing():
    # 某省人民政府令第279号 inside a sentence over a rule's chapters: no order's heading, no government read from it
    text = ("某省科学技术奖励办法\n（2018年5月2日某省人民政府令第279号公布）\n第一章 总则\n第一条 为了奖励科学技术进步，制定本办法。\n"
            "第二条 本办法适用于本省。\n")
    assert plan(text)["issuer"] != "某省人民政府"


# A 公示 headed by what it shows, with no 的: its heading is its title.
SHOWN_PAGES = [
    # the listed pages' form (other words): a year's candidate projects shown, a 科协 signing
    ("2022年某省科普教育基地建设候选项目公示\n发布时间：2022-05-06\n经推荐、评审，共产生12个候选项目，现予以公示。公示时间为5月6日至"
     "5月12日。如有异议，请向省科协科普部反映。\n某省科学技术协会\n2022年5月6日\n", "2022年某省科普教育基地建设候选项目公示"),
    # wording no listed page shows: a county's assessment results shown
    ("2023年度某县科普示范村评估结果公示\n经乡镇自评、县科协实地考核，现将评估结果予以公示，公示期为7天。\n某县科学技术协会\n"
     "2023年11月2日\n", "2023年度某县科普示范村评估结果公示"),
]


@pytest.mark.parametrize(("text", "heading"), SHOWN_PAGES)
def test_a_publicity_headed_by_what_it_shows_is_titled_so(text, heading):
    assert title(text) == heading


def test_a_column_named_after_a_designation_is_no_publicity_heading():
    # 全国科普示范县（市、区）公示 over a news item: a site's column, not the page's own 公示
    text = ("全国科普示范县（市、区）公示\n近日，某县被确定为全国科普示范县（市、区）拟命名对象，县委县政府高度重视。\n"
            "下一步，该县将继续加强科普工作。\n")
    assert title(text) != "全国科普示范县（市、区）公示"


def test_addressees_a_headline_ran_into_still_open_the_notice():
    # a copy's headline run into the addressees' line (某某headline各区科协，…各有关单位：): the notice's past issue still cited
    text = ("科普工作动态\n各区科协，各市级学会，各有关单位：\n为更好服务科技工作者，市科协制定印发了《某市科普志愿服务站点建设管理办法》，"
            "并组织开展了首批站点的申报工作。\n经评审，确定某社区等8家单位为首批站点。\n某市科学技术协会\n2023年5月6日\n")
    assert title(text) is None


def test_a_headline_run_into_a_publicity_heading_is_no_title():
    # 某某综述2022年某省…候选项目公示 on one line: the heading opens with its year, so the run-together line is none
    text = ("全民科学素质建设综述\n2022年某省科普教育基地建设候选项目公示\n经推荐、评审，共产生12个候选项目，现予以公示。\n"
            "某省科学技术协会\n2022年5月6日\n")
    assert title(text) in (None, "2022年某省科普教育基地建设候选项目公示")
