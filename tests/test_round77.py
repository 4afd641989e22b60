"""Issue 23, round seventy-seven: the third window's misses (holdouts 148-153), in forms a second example and the pattern of
Chinese documents explain.

A notice with a heading of its own (关于开展…的通知, 关于印发…名单的通知, a heading issuing several documents) is the page's
document, never the rule, list or measures it attaches: a rule's name over its chapters under an attachment's label alone on
its line (附件 / 附件1：) is the attachment's (metadata._attached_law), a list a notice issues is no document it carries, and a
heading issuing several documents names none of them (its lines joined where a copy wrapped it between two 《》:
metadata._carrier_unwrapped). A relay (某办印发了《关于…的通知》，现将《通知》转发给大家) keeps no title
(news.RELAYING). A designation's term in a naming's heading (某市科普教育基地（2024-2028年）) is no period
(metadata._designation_term)."""

from __future__ import annotations

import pandas as pd
import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.normalise import clean


def cited(text: str) -> set[str]:
    c = parsed(text).citations
    return set(c.title) if not c.empty else set()


# A notice of its own over its attachment's heading: the attached rule's name over its chapters, or a list's name.
ATTACHED_PAGES = [
    # the listed pages' form (other words): a department's recognition notice, the attached 办法 with its chapters
    ("某省科学技术厅关于开展某省科普基地第二批认定工作的通知\n各设区市科技局：\n依据《某省科普基地认定办法》，开展第二批认定"
     "工作。请于10月底前报送申报材料。\n某省科学技术厅\n2015年9月3日\n附件列表：\n1：某省科普基地认定办法\n2：某省科普基地"
     "认定申请表\n附件1：\n某省科普基地认定办法\n第一章 总则\n第一条 为加强科普基地建设，制定本办法。\n第二条 本办法适用于"
     "全省。\n", "某省科学技术厅关于开展某省科普基地第二批认定工作的通知", "某省科普基地认定办法"),
    # wording no listed page shows: a city association's notice, 附件 bare over a 细则 with its articles
    ("关于做好2023年度科普示范社区评估工作的通知\n各区科协：\n按照《某市科普示范社区评估细则》，现就今年评估工作通知如下。"
     "请各区于6月底前完成自评。\n某市科学技术协会\n2023年4月2日\n附件\n某市科普示范社区评估细则\n第一条 为规范评估，"
     "制定本细则。\n第二条 评估每年一次。\n", "关于做好2023年度科普示范社区评估工作的通知", "某市科普示范社区评估细则"),
]


@pytest.mark.parametrize(("text", "title", "attached"), ATTACHED_PAGES)
def test_an_attached_rule_under_its_label_is_not_the_notices_title(text, title, attached):
    assert plan(text)["title"] == title
    assert attached in cited(text)


def test_an_attachment_copied_alone_keeps_its_rules_name():
    # a page opening with the label, no notice's body above it: the rule is the page's document
    text = ("附件1\n某市科普基地管理办法\n第一条 为规范科普基地管理，制定本办法。\n第二条 本办法适用于本市。\n"
            "第三条 市科协负责认定。\n")
    assert plan(text)["title"] == "某市科普基地管理办法"


LIST_PAGES = [
    # the listed page's form (other words): 关于印发…名单的通知, the list's name under a bare 附件
    ("关于印发2022-2023年度某市科普基地名单的通知\n各有关单位：\n根据《某市科普基地管理办法》，经评审，认定某科技馆等10家单位为"
     "市级科普基地。\n特此通知。\n某市科学技术委员会\n2022年6月1日\n附件\n2022-2023年度某市科普基地名单\n一、科普场馆\n",
     "关于印发2022-2023年度某市科普基地名单的通知", "2022-2023年度某市科普基地名单"),
    # wording no listed page shows: 附件： with a colon, a county association's list of demonstration villages
    ("某县科学技术协会关于印发2024年度某县科普示范村名单的通知\n各乡镇：\n经乡镇推荐、实地考察，确定以下村为2024年度科普示范村。"
     "\n某县科学技术协会\n2024年11月8日\n附件：\n2024年度某县科普示范村名单\n",
     "某县科学技术协会关于印发2024年度某县科普示范村名单的通知", "2024年度某县科普示范村名单"),
]


@pytest.mark.parametrize(("text", "title", "listed"), LIST_PAGES)
def test_a_list_a_notice_issues_is_not_its_title(text, title, listed):
    assert plan(text)["title"] == title
    assert plan(text)["title"] != listed


def test_a_notice_carrying_a_plan_is_still_read_as_the_plan():
    # 关于印发《X》的通知 with X's heading under 附件: the convention's reading (X) is kept
    text = ("关于印发《某市2023年科普工作要点》的通知\n各区科协：\n现将《某市2023年科普工作要点》印发给你们，请认真贯彻落实。\n"
            "某市科学技术协会\n2023年3月1日\n附件\n某市2023年科普工作要点\n一、加强科普阵地建设\n")
    assert plan(text)["title"] == "某市2023年科普工作要点"


SEVERAL_PAGES = [
    # the listed page's form (other words): two departments' heading wrapped between 《》, three 办法
    ("某省财政厅 某省科技厅\n关于印发 《某省科技奖补资金管理办法》\n《某省创新券管理办法》\n《某省揭榜挂帅管理办法》的通知\n"
     "某财规〔2021〕5号\n各州市财政局、科技局：\n省财政厅、省科技厅制定了《某省科技奖补资金管理办法》《某省创新券管理办法》"
     "《某省揭榜挂帅管理办法》。现印发你们，请遵照执行。\n附件：1.某省科技奖补资金管理办法\n2.某省创新券管理办法\n"
     "3.某省揭榜挂帅管理办法\n某省财政厅\n某省科学技术厅\n2021年6月2日\n附件1\n某省科技奖补资金管理办法\n第一章 总则\n"
     "第一条 为规范资金管理，制定本办法。\n",
     "某省财政厅某省科技厅关于印发《某省科技奖补资金管理办法》《某省创新券管理办法》《某省揭榜挂帅管理办法》的通知"),
    # wording no listed page shows: one association, 、 between the names, its organ on a line of its own
    ("某县科学技术协会\n关于印发《某县科普讲解员管理办法》、\n《某县科普志愿服务积分办法》\n《某县科普阵地管理办法》的通知\n"
     "各乡镇科协：\n县科协制定了《某县科普讲解员管理办法》、《某县科普志愿服务积分办法》和《某县科普阵地管理办法》，现印发给你们，"
     "请认真执行。\n某县科学技术协会\n2020年3月4日\n",
     "某县科学技术协会关于印发《某县科普讲解员管理办法》、《某县科普志愿服务积分办法》《某县科普阵地管理办法》的通知"),
]


@pytest.mark.parametrize(("text", "title"), SEVERAL_PAGES)
def test_a_heading_issuing_several_documents_wrapped_between_them_is_the_pages_title(text, title):
    assert plan(text)["title"] == title


def test_a_wrapped_line_that_is_no_heading_is_not_joined():
    # the second line continues no heading (no 的通知 after the 《》 run): nothing is joined, the plan read as before
    text = ("关于印发《某县科普工作要点》\n《某县科普工作要点》全文如下\n某县2024年科普工作要点\n一、加强组织领导\n"
            "各乡镇要把科普工作纳入议事日程。\n")
    assert "的通知" not in str(plan(text)["title"])


RELAY_PAGES = [
    # the listed pages' form (other words): a school's office relaying a province office's notice with its number
    ("各学院：\n近日，某省科普工作领导小组办公室印发了《关于开展2019年科普项目申报工作的通知》（某科普办发〔2019〕3号），现将"
     "《通知》转发给大家，请按要求组织申报。\n附件：申报表\n科研处\n2019年5月6日\n", "关于开展2019年科普项目申报工作的通知"),
    # wording no listed page shows: a district association, 通知如下 with the district's own arrangements
    ("为做好科普周工作，某市科学技术协会日前下发了《关于举办2023年科技活动周的通知》，现将本区有关安排通知如下：一、时间5月"
     "20日至27日。二、各街道科协组织开展主题活动。\n某市某区科学技术协会\n2023年5月8日\n", "关于举办2023年科技活动周的通知"),
]


@pytest.mark.parametrize(("text", "relayed"), RELAY_PAGES)
def test_a_relayed_notice_is_not_the_relays_title(text, relayed):
    row = plan(text)
    assert row["title"] != relayed
    assert relayed in cited(text)


def test_a_notice_issuing_its_document_without_a_heading_is_still_its_page():
    # the settled convention (round seventy-three): 制定了《X》，现印发你们 with no heading is X's page
    text = ("各区科协：\n市科协制定了《某市科普志愿者管理办法》，现印发你们，请遵照执行。\n某市科学技术协会\n2022年7月1日\n")
    assert plan(text)["title"] == "某市科普志愿者管理办法"


def test_news_of_a_notice_issued_is_not_a_relay():
    # no 现将 after the named notice: a news lead, read as before
    text = ("近日，某省科协印发了《关于开展2024年科普日活动的通知》，对全省科普日活动作出部署。通知要求各地突出主题。\n")
    assert plan(text)["title"] == "关于开展2024年科普日活动的通知"


TERM_PAGES = [
    # the listed pages' forms (other words): a naming's heading and a list's, the term after the bases' name
    ("某市科学技术协会关于命名某市科普教育基地（2025-2029年）的通知\n各区科协：\n经评审，命名某科技馆等20家单位为某市科普教育基地。"
     "\n某市科学技术协会\n2025年3月1日\n"),
    ("省科协关于公布“某省十佳科普教育基地（2021-2025年）”名单的通知\n各市州科协：\n经评审，现将名单公布如下。\n"
     "某省科学技术协会\n2025年8月1日\n"),
    # wording no listed page shows: a decision recognising demonstration communities for a term
    ("某县人民政府关于认定某县科普示范社区（2023—2027年）的决定\n各乡镇人民政府：\n经考核，认定以下社区为县科普示范社区。\n"
     "某县人民政府\n2023年2月3日\n"),
]


@pytest.mark.parametrize("text", TERM_PAGES)
def test_a_designations_term_in_a_namings_heading_is_no_period(text):
    row = plan(text)
    assert pd.isna(row["period_start"]) and pd.isna(row["period_end"])


def test_a_plans_own_period_in_its_heading_is_still_read():
    # a plan's name before its years, even in a heading that says 认定: the plan's period
    text = ("某市科普基地认定工作实施方案（2021-2025年）\n一、总体要求\n加强科普基地建设。\n二、主要任务\n开展认定工作。\n")
    row = plan(text)
    assert (int(row["period_start"]), int(row["period_end"])) == (2021, 2025)


LOST_SPACE_PAGES = [
    # the listed page's form (other words): a public notice headed by the short 市科协, its signature's indent turned to marks
    ("市科协关于2020年度科普教育基地评审结果的公示\n发布时间：2020-10-09\n根据《某市科普教育基地认定办法》，市科协组织专家进行了"
     "评审，现予公示。\n特此公告。\n  ? ? ? ? ? ? ? ?深圳市科学技术协会\n  ? ? ? ? ? ? ? ?2020年10月9日\n",
     "深圳市科学技术协会", "2020-10-09"),
    # wording no listed page shows: full-width marks, a county's department signing a list's notice
    ("关于公布2022年度科普示范村名单的通知\n各乡镇人民政府：\n经考核，现将名单公布如下。\n？ ？ ？ ？ 某县科学技术局\n"
     "？ ？ ？ ？ 2022年6月8日\n", "某县科学技术局", "2022-06-08"),
]


@pytest.mark.parametrize(("text", "issuer", "date"), LOST_SPACE_PAGES)
def test_a_signatures_indent_turned_to_question_marks_is_no_part_of_it(text, issuer, date):
    row = plan(text)
    assert row["issuer"] == issuer
    assert str(row["issue_date"]) == date


def test_a_question_mark_of_the_text_stays():
    # marks that are no indent (fewer than three, or inside the line) are the line's own
    assert clean("? ? 是否已报送？").count("？") == 3
    assert clean("请问 ? ? ? 如何申报").count("？") == 3


def test_a_signature_wrapped_under_lines_of_marks_is_read_whole():
    # a layout's wrap cut the organ under an indent of marks, a line of marks alone above it: the marks' line is blank
    text = ("关于2021年度科普基地评审结果的公示\n根据《某市科普基地认定办法》，经评审，现予公示。\n特此公告。\n"
            "  ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ?\n ? ? ? ? ? ? ? ? ? ? ? ? ? ?杭州市科学技术\n协会\n"
            "  ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ?\n ? ? ? ? ? ? ? ? ? ? ? ? ? ? 2021年6月\n3日\n")
    assert plan(text)["issuer"] == "杭州市科学技术协会"


def test_a_notice_of_its_own_shown_whole_beats_a_record_labels_cut_name():
    # the name a notice's own heading gives (关于命名…的通知: no document inside it) over a record label's name a wrap cut
    text = ("索引号：001 信息分类：其他文件\n发布机构：某区政府办公室\n名 称：关于命名某区第二批\n科普示范社区的通知\n"
            "关于命名某区第二批科普示范社区的通知\n各街道办事处：\n经考核，命名以下社区为区科普示范社区。\n某区人民政府办公室\n"
            "2010年5月6日\n")
    assert plan(text)["title"] == "关于命名某区第二批科普示范社区的通知"
