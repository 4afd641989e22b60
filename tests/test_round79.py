"""Issue 23, round seventy-nine: the fourth window's misses (holdouts 156-161) and the form round seventy-eight left under
perturbation, in forms a second example and the pattern of Chinese documents explain.

A site's buttons after a page's text (扫一扫在手机打开当前页, 【我要纠错】) are navigation words, so a one-line copy's last line of
text still closes the page (data/reference/page_labels.csv). A site's counters or bars after a signature's date (2010-9-20,-226,
1572,) are no text: the date still closes the page (metadata._site_counter). A name written twice and run together (某省某条例
某省某条例) is the name once (documents.undoubled). A draft's mark on its own line under a law's name (某市某条例 / （草案送审稿）)
is part of the name (documents.DRAFT_MARK). A cover's document name over its organs' lines (某省某规划 / 某省某局 / 某省某委员会 /
2021年12月) is no name run into an organ (normalise._cover_organ). The attachments' file names a one-line copy links after its
date (…某市某局2025年10月31日某某名单.doc。) leave the date closing it (metadata.ATTACHED_END). A heading that is the document
(关于…的公示) run into its body's first words on a one-line copy (…的公示根据《…》…) is the title (metadata.BODY_OPENING)."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.documents import undoubled
from sciplan_analysis.parsing.normalise import line_kind


def title(text: str):
    value = plan(text)["title"]
    return None if value is None or value != value else value


def issuer(text: str):
    value = plan(text)["issuer"]
    return None if value is None or value != value else value


def date(text: str) -> str:
    value = plan(text)["issue_date"]
    return "" if value is None or value != value else str(value)[:10]


# A site's buttons after the text are navigation (chrome), so the last line of text still closes the page.
@pytest.mark.parametrize("line", ["扫一扫在手机打开当前页", "扫一扫在手机打开当前页面", "【我要纠错】", "我要纠错"])
def test_a_sites_buttons_are_chrome(line):
    assert line_kind(line) == "chrome"


def test_a_sentence_about_correcting_is_no_button():
    # a sentence holding the words, no button: body text
    assert line_kind("各单位发现问题要及时纠错，我要求各部门认真落实。") is None
    assert line_kind("请在手机上打开当前页面填写报名表。") is None


ONE_LINE = ("各街道:经街道推荐、专家评审,现将某区科普示范社区拟命名名单予以公示,公示时间为5个工作日,如有异议请实名反映,"
            "附件:某区科普示范社区拟命名名单某市某区科学技术协会2023年5月8日。")


@pytest.mark.parametrize("after", [["扫一扫在手机打开当前页", "【我要纠错】"], ["【我要纠错】", "打印本页"]])
def test_a_one_line_copy_under_a_sites_buttons_keeps_its_signature(after):
    text = "\n".join([ONE_LINE, *after])
    assert issuer(text) == "某市某区科学技术协会"
    assert date(text) == "2023-05-08"


# A site's counters or bars after a signature's date: the date still closes the text.
COUNTER_PAGES = [
    # the listed page's form (other words): a section signing, the counters run into the date's line
    ("关于组织参加科普知识竞赛的通知\n时间:2012-11-30\n各支部：\n为做好本次竞赛，现将有关事项通知如下：\n一、时间安排\n"
     "10月8日至10月20日各支部推荐党员参赛。\n某区科委办公科\n2012-10-5\n,-118,904,", "2012-10-05"),
    # wording no listed page shows: a centre signing, bars on the lines after the date
    ("关于开展青少年科技小发明征集活动的通知\n发布日期:2019-06-20\n各学校：\n现将征集活动有关事项通知如下，请各校认真组织。\n"
     "一、征集内容\n小发明、小制作各一件。\n某县青少年科技活动中心\n2019/6/3\n|\n||||", "2019-06-03"),
]


@pytest.mark.parametrize(("text", "signed"), COUNTER_PAGES)
def test_a_signatures_date_under_site_counters_is_read(text, signed):
    assert date(text) == signed


def test_a_second_date_after_the_signatures_is_no_counter():
    # a posting time after the date is a date, not a counter: the round-sixty-three rule does not read the first
    text = ("关于开展青少年科技小发明征集活动的通知\n发布日期:2019-06-20\n各学校：\n现将征集活动有关事项通知如下，请各校认真组织。\n"
            "一、征集内容\n小发明、小制作各一件。\n某县青少年科技活动中心\n2019/6/3\n2019-06-20 10:31,128")
    assert date(text) != "2019-06-03"


# A name written twice and run together is the name once.
@pytest.mark.parametrize(("doubled", "once"), [
    ("某省科学技术普及条例某省科学技术普及条例", "某省科学技术普及条例"),   # the listed page's form (other words)
    ("某县科普示范社区评选办法某县科普示范社区评选办法", "某县科普示范社区评选办法"),  # wording no listed page shows
    ("某市全民科学素质行动实施方案某市全民科学素质行动实施方案", "某市全民科学素质行动实施方案"),
])
def test_a_name_written_twice_is_the_name_once(doubled, once):
    assert undoubled(doubled) == once


@pytest.mark.parametrize("text", ["科普科普", "关于开展活动关于开展活动", "某县某县"])
def test_a_doubled_run_that_is_no_documents_name_stays(text):
    assert undoubled(text) == text


def test_a_sharing_sites_doubled_law_name_is_read_once():
    text = ("欢迎来到某某文库\n《某省科学技术普及条例》由会员上传分享,免费在线阅读\n"
            "1、某省科学技术普及条例某省科学技术普及条例(2010年5月1日某省第十一届人民代表大会常务委员会第十五次会议通过)"
            "第一章总则第一条为了加强科学技术普及工作,制定本条例。第二条本条例适用于本省行政区域。\n")
    assert title(text) == "某省科学技术普及条例"


# A draft's mark on its own line under a law's name is part of the name.
DRAFT_PAGES = [
    # the listed page's form (other words): a regulation's draft for review under a call for comments
    ("关于公开征求《某市科学技术普及条例（草案送审稿）》意见的公告\n为广泛听取意见，现向社会公开征求意见。\n某市司法局\n"
     "2020年3月2日\n某市科学技术普及条例\n（草案送审稿）\n第一章 总则\n第一条 为了加强科学技术普及工作，制定本条例。\n"
     "第二条 本条例适用于本市行政区域。\n", "某市科学技术普及条例（草案送审稿）"),
    # wording no listed page shows: a county's measures, a consultation draft, no call above it
    ("某县科普示范基地认定管理办法\n（征求意见稿）\n第一章 总则\n第一条 为规范科普示范基地认定工作，制定本办法。\n"
     "第二条 本办法所称科普示范基地，是指经认定的场所。\n", "某县科普示范基地认定管理办法（征求意见稿）"),
]


@pytest.mark.parametrize(("text", "name"), DRAFT_PAGES)
def test_a_drafts_mark_under_a_laws_name_is_part_of_it(text, name):
    assert title(text).replace("(", "（").replace(")", "）") == name


def test_a_note_of_passing_under_a_laws_name_is_no_mark():
    # a congress's note under the name is a note, never part of the name (round seventy-two)
    text = ("某省科学技术普及条例\n（2010年5月1日某省第十一届人民代表大会常务委员会第十五次会议通过）\n第一章 总则\n"
            "第一条 为了加强科学技术普及工作，制定本条例。\n第二条 本条例适用于本省行政区域。\n")
    assert title(text) == "某省科学技术普及条例"


# A cover: the document's name over its organs' lines and the month.
COVER_PAGES = [
    # the listed page's form (other words): a bureau and a commission over the month
    ("某省“十四五”地震事业发展规划\n某省地震局\n某省发展和改革委员会\n2021年12月\n目录\n"
     "为推进全省地震事业高质量发展，某省地震局和某省发展改革委联合编制了本规划，是未来五年全省地震事业发展的行动纲领。\n",
     "某省地震局、某省发展和改革委员会"),
    # wording no listed page shows: an association and an education department over a plan for the year
    ("某市2022年青少年科技教育工作计划\n某市科学技术协会\n某市教育局\n2022年2月\n"
     "为深入推进全市青少年科技教育工作，提升青少年科学素质，某市科协和某市教育局共同制定本计划，请各区认真组织实施。\n",
     "某市科学技术协会、某市教育局"),
]


@pytest.mark.parametrize(("text", "organs"), COVER_PAGES)
def test_a_covers_organs_under_its_name_sign_it(text, organs):
    assert issuer(text) == organs


def test_a_name_wrapped_before_its_own_words_still_joins():
    # a title wrapped inside itself (…关于印发某县科普 / 工作实施方案的通知) is no cover: the rest joins
    text = ("某县人民政府办公室关于印发某县科普\n工作实施方案的通知\n各乡镇人民政府：\n现将《某县科普工作实施方案》印发给你们，请认真贯彻执行。\n"
            "某县人民政府办公室\n2022年3月1日\n")
    assert title(text) == "某县科普工作实施方案"


# The attachments' file names a one-line copy links after its date leave the date closing it.
FILE_END_PAGES = [
    # the listed page's form (other words): one list's file after a bureau's date
    ("经单位申报、专家评审,现将2024年度拟认定某市科普基地名单向社会公示,公示期为7天,联系电话:0000-1234567"
     "附件:2024年度拟认定某市科普基地名单某市科学技术局2024年9月3日2024年度拟认定某市科普基地名单.doc。",
     "某市科学技术局", "2024-09-03"),
    # wording no listed page shows: two files, a pdf and a spreadsheet, after two bodies' date, no stop
    ("各街道:现将某区科普示范社区复核结果予以公布,请各社区对照整改,切实发挥示范作用,"
     "附件:某区科普示范社区复核结果某市某区科学技术协会某市某区教育局2023年11月2日复核结果.pdf、复核评分表.xlsx",
     "某市某区科学技术协会、某市某区教育局", "2023-11-02"),
]


@pytest.mark.parametrize(("text", "organs", "signed"), FILE_END_PAGES)
def test_file_names_after_a_one_line_copys_date_leave_its_signature(text, organs, signed):
    assert issuer(text) == organs
    assert date(text) == signed


def test_a_sentence_after_the_date_is_no_file_name():
    # the date inside a sentence that goes on (…2023年11月2日前报送…) closes nothing
    text = ("各街道:现将某区科普示范社区复核工作安排如下,请各社区认真准备,"
            "附件:某区科普示范社区复核表某市某区科学技术协会2023年11月2日前报送区科协科普部,逾期不再受理。")
    assert issuer(text) is None


# A heading that is the document run into its body's first words on a one-line copy.
GLUED_HEADING_PAGES = [
    # the listed page's form (other words): a 公示 run into 根据《…》
    ("关于2024年度拟认定某市科普基地名单的公示根据《某市科普基地管理办法》有关规定,经单位申报、专家评审等程序,"
     "现将2024年度拟认定某市科普基地名单予以公示,公示期为7天,如有异议请以书面形式向市科技局提出。",
     "关于2024年度拟认定某市科普基地名单的公示"),
    # wording no listed page shows: a decision run into 为表彰…
    ("某县科学技术协会关于表彰2022年度科普工作先进集体和先进个人的决定为表彰先进、树立典型,进一步调动全县科普工作者的积极性,"
     "经研究,决定对某某等10个先进集体和某某等20名先进个人予以表彰。",
     "某县科学技术协会关于表彰2022年度科普工作先进集体和先进个人的决定"),
]


@pytest.mark.parametrize(("text", "heading"), GLUED_HEADING_PAGES)
def test_a_heading_run_into_its_body_is_the_title(text, heading):
    assert title(text) == heading


def test_a_heading_run_into_other_words_is_no_title():
    # the heading's words run on into no body's opening (…的公示已经结束…): a sentence, no heading
    text = ("关于2024年度拟认定某市科普基地名单的公示已经结束,公示期内未收到异议,现将认定结果正式公布,请各基地按照有关要求做好科普工作,"
            "切实发挥示范作用。")
    assert title(text) != "关于2024年度拟认定某市科普基地名单的公示"


def test_nothing_else_on_the_one_line_copy_is_taken_as_cited():
    # the body's named 办法 stays cited under the glued heading
    c = parsed(GLUED_HEADING_PAGES[0][0]).citations
    assert "某市科普基地管理办法" in set(c.title)


# A contact line led by the unit the contact is at stands alone, the signature under it read.
UNIT_CONTACT_PAGES = [
    # the listed page's form (other words): two units' contacts over three bodies signing on one line
    ("关于举办某县中小学生科学知识竞赛的通知\n各中小学：\n为提高青少年科学素质，决定举办本次竞赛，现将有关事项通知如下。\n"
     "一、参赛对象\n全县中小学生。\n请各校于7月15日前将参赛名单分别报县科技局、教育局。\n"
     "县科技局联系人：王某 联系电话；1234567\n县教育局联系人：李某 联系电话：7654321\n"
     "某县教育局 某县科学技术局 某县科学技术协会\n2019年6月6日\n", "某县教育局、某县科学技术局、某县科学技术协会"),
    # wording no listed page shows: an association's department's contact over one organ
    ("关于征集科普微视频作品的通知\n各区科协：\n为繁荣科普创作，现征集科普微视频作品，有关事项通知如下。\n"
     "一、征集内容\n反映科技知识的原创微视频。\n市科协科普部联系人：赵某 电子邮箱：kp@example.cn\n某市科学技术协会\n2021年3月2日\n",
     "某市科学技术协会"),
]


@pytest.mark.parametrize(("text", "organs"), UNIT_CONTACT_PAGES)
def test_a_units_contact_line_stands_over_the_signature(text, organs):
    assert issuer(text) == organs


def test_a_sentence_about_keeping_in_touch_is_no_contact_line():
    from sciplan_analysis.parsing.normalise import CONTACT_START
    assert CONTACT_START.match("各级科协要主动联系人民群众：") is None
