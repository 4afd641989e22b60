"""Issue 23, round seventy-three: the window's misses (holdouts 131-136, scored once, now seen), in forms a second
example and the pattern of Chinese documents explain.

A red header, its number and the notice's heading run into one line by a copy (某市科学技术协会 某市教育局文件
某科协发〔 2 0 1 4 〕 1 9号 关于…的通知, a PDF's text with its lines joined, its digits perhaps spaced): the header names the
bodies that issue, the number is the notice's, and neither is part of the title (metadata.RUN_RED_HEADER, `_run_red_header`),
as on a page that keeps the three on their own lines. Not taken: a header naming no whole organ (a bare level's 市政府文件, a
site's column), a number with no notice's heading after it.

A plan named by its five-year cycle (某市“十四五”…规划, …第十四个五年规划和二〇三五年远景目标纲要) whose text states the cycle's
years in digits (“十四五”时期（2021-2025年）, 规划期限为2021-2025年, 本规划期为…): those years are its period
(metadata.CYCLE_SPAN, PLAN_TERM, `_declared_cycle`). Not taken: the cycle's name alone, the last cycle's years reviewed
(“十三五”时期（2016-2020年）), a span that is not the cycle's five years.

A general plan's body naming itself in its preface with no heading shown (根据《…建议》，编制《X》，主要阐明…; 编制《X》（以下简称
《纲要》）): X is the page's title (metadata.SELF_NAMED, `_self_named`), as the lead's verbs read other plans' prefaces. Not
taken: a document the preface follows, one it asks others to make, news of a congress passing the 纲要.

邮政编码：342100 on its own line over a signer, the written-out label 邮编 shortens: a contact field, never joined to the
signature under it (normalise.CONTACT_LINE). Not taken: a sentence naming the postcode.

A body's service guide in 《》 (《…办事指南》, the guide every public service item publishes) is a guide to a piece of work,
cited as a 申报指南 is (citations.CITED_KINDS). Not taken: a book's 指南."""

from __future__ import annotations

import pandas as pd
import pytest
from made_up import plan

NOTICE_BODY = ("各区（市）县科协、教育局：\n"
               "为培养青少年的创新精神和实践能力，市科协、市教育局定于2019年11月举办本届大赛。现将有关事宜通知如下：\n"
               "一、参赛对象\n全市中小学在校学生。\n二、工作要求\n各单位要认真组织，按时报送参赛作品。\n")


@pytest.mark.parametrize(("line", "title", "number", "issuer"), [
    # the listed page's form (other words): two bodies' joint header, its number's digits spaced, run into one line
    ("绵阳市科学技术协会 绵阳市教育局文件 绵科协发〔 2 0 1 9 〕 2 3号 关于举办绵阳市第三十五届青少年科技创新大赛的通知",
     "关于举办绵阳市第三十五届青少年科技创新大赛的通知", "绵科协发〔2019〕23号", "绵阳市科学技术协会、绵阳市教育局"),
    # wording no listed page shows: one body's header, a plan issued, no spaces in the number
    ("安远县人民政府文件 安府发〔2021〕8号 关于印发安远县全民科学素质行动实施方案的通知",
     "安远县全民科学素质行动实施方案", "安府发〔2021〕8号", "安远县人民政府"),
])
def test_a_red_header_and_number_run_into_the_heading(line, title, number, issuer):
    p = plan(f"{line} {NOTICE_BODY}")
    assert (p["title"], p["doc_number"], p["issuer"]) == (title, number, issuer)


def test_the_same_notice_on_its_own_lines_reads_the_same():
    p = plan("安远县人民政府文件\n安府发〔2021〕8号\n关于印发安远县全民科学素质行动实施方案的通知\n" + NOTICE_BODY)
    assert (p["title"], p["doc_number"], p["issuer"]) == ("安远县全民科学素质行动实施方案", "安府发〔2021〕8号", "安远县人民政府")


def test_a_header_naming_no_whole_organ_is_not_taken():
    # 市政府文件 is a site's column, a bare level: whose government?
    p = plan("市政府文件 安府发〔2021〕8号 关于印发安远县全民科学素质行动实施方案的通知 " + NOTICE_BODY)
    assert p["issuer"] != "市政府"


# -- a plan's five-year cycle stated in digits; a plan's preface naming its own document --------------------------------

PREFACE = ("根据《中共安远县委关于制定安远县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，编制《{title}》，"
           "主要阐明县委、县政府战略意图，明确政府工作重点，是全县人民共同的行动纲领。\n")
CHAPTER = ("第一章 开启全面建设社会主义现代化新征程\n"
           "“十三五”时期（2016-2020年），全县经济社会持续健康发展，顺利完成各项目标任务。\n"
           "{span}全县将加快高质量发展，推进科技创新和全民科学素质提升。\n")
OUTLINE = "安远县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


@pytest.mark.parametrize("page", [
    # the listed pages' form (other words): the heading, the preface, the cycle's years in the first chapter
    f"{OUTLINE}\n" + PREFACE.format(title=OUTLINE) + CHAPTER.format(span="“十四五”时期（2021-2025年），"),
    # wording no listed page shows: a county's 十四五 科普 plan stating its term, 本规划期为…
    ("安远县“十四五”科学普及发展规划\n为提升全县公民科学素质，编制本规划。本规划期为2021—2025年，展望到2035年。\n"
     "一、发展基础\n全县科普工作取得积极成效。\n二、主要任务\n加强科普基础设施建设。\n"),
    # 规划期限为…, the heading's cycle with quotation marks
    ("安远县“十四五”科技创新规划\n规划期限为2021-2025年。\n一、发展基础\n全县科技创新取得积极成效。\n"),
])
def test_a_five_year_plans_years_stated_in_digits(page):
    p = plan(page)
    assert (p["period_start"], p["period_end"]) == (2021, 2025)


@pytest.mark.parametrize("page", [
    # only the cycle's name, no years in digits: a name is no statement of years
    f"{OUTLINE}\n" + PREFACE.format(title=OUTLINE) + CHAPTER.format(span="“十四五”时期，"),
    # the last cycle's years, reviewed in a 十四五 plan, are not its period
    "安远县“十四五”科学普及发展规划\n“十三五”时期（2016-2020年），全县科普工作取得积极成效。\n二、主要任务\n加强科普基础设施建设。\n",
    # a span that is not the cycle's five years
    "安远县“十四五”科学普及发展规划\n本规划期为2021—2030年。\n一、发展基础\n全县科普工作取得积极成效。\n",
])
def test_no_period_without_the_cycles_own_years(page):
    p = plan(page)
    assert pd.isna(p["period_start"]) and pd.isna(p["period_end"])


@pytest.mark.parametrize(("page", "title"), [
    # the listed page's form (other words): a 纲要's body with no heading, naming itself in its preface
    (PREFACE.format(title="安远县国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要")
     + CHAPTER.format(span="“十四五”时期（2021-2025年），"),
     "安远县国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要"),
    # wording no listed page shows: 编制《X》（以下简称《纲要》）, a city's 纲要 with no heading
    ("根据有关法律法规和市委的建议，编制《宁安市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（以下简称《纲要》）。\n"
     "《纲要》是全市人民共同的行动纲领。\n第一章 发展基础\n全市经济社会持续健康发展。\n",
     "宁安市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
])
def test_a_plans_body_naming_itself_in_its_preface(page, title):
    assert plan(page)["title"] == title


def test_a_preface_under_a_sites_furniture_names_the_page():
    # the site's 字号 and 主题分类 lines over the text are no paragraphs of the body (perturb's furniture)
    page = ("字号：大 中 小\n主题分类：科技、教育\n时效性：现行有效\n"
            + PREFACE.format(title="安远县国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要")
            + CHAPTER.format(span="“十四五”时期（2021-2025年），"))
    p = plan(page)
    assert (p["title"], p["period_start"]) == ("安远县国民经济和社会发展“十四五”规划和二〇三五年远景目标纲要", 2021)


@pytest.mark.parametrize("page", [
    # a document the preface follows, named short: not the page's own
    ("根据《安远县全民科学素质行动规划纲要实施方案》（以下简称《方案》）要求，现将有关工作安排如下。\n"
     "一、工作目标\n建成科普示范社区10个。\n"),
    # a document the text asks others to make
    "各乡镇要按照要求编制《乡镇科普工作计划》，报县科协备案。\n一、工作目标\n建成科普示范社区10个。\n",
])
def test_a_document_the_preface_does_not_make_is_no_title(page):
    assert pd.isna(plan(page)["title"])


def test_a_plans_preface_the_lead_already_read_stays_read():
    # 特制定《X》（以下简称《方案》）: the lead's verb reads it (round seventy-three's rule changes nothing here)
    page = ("为深入实施全民科学素质行动，结合本县实际，特制定《安远县科普示范社区建设工作方案》（以下简称《方案》）。\n"
            "一、工作目标\n到2023年，建成科普示范社区10个。\n二、工作措施\n加强组织领导。\n")
    assert plan(page)["title"] == "安远县科普示范社区建设工作方案"


def test_news_of_a_general_plan_is_no_title():
    # news telling that a congress's meeting passed the 纲要 (news.GENERAL_PLAN): title unread, as before
    page = ("本报讯 1月28日，宁安市第十七届人民代表大会第五次会议闭幕。会议审议通过了《宁安市国民经济和社会发展第十四个五年规划和"
            "二〇三五年远景目标纲要》（以下简称《纲要》）。\n记者 王明\n")
    assert pd.isna(plan(page)["title"])


# -- 邮政编码, a contact field over a signer -----------------------------------------------------------------------

PUBLICITY = ("为推进全县科普基地建设，经单位申报、专家评审，产生了优秀科普基地5个，现将名单予以公示。\n"
             "公示期为2022年6月1日至6月7日。如有异议，请以书面形式向县科协科普部反映。\n")


@pytest.mark.parametrize(("contact", "signer"), [
    # the listed page's form (other words): address, then 邮政编码 right over the signer
    ("联系人：县科协科普部 李明\n联系电话：0797-3721234\n地址：安远县欣山镇解放路8号\n邮政编码：342100\n", "安远县科学技术协会"),
    # wording no listed page shows: a bureau, 通讯地址 and 邮政编码 in a full-width colon
    ("通讯地址：宁安市东方红路12号\n邮政编码：157400\n", "宁安市科学技术局"),
])
def test_a_postcode_line_is_no_part_of_the_signer(contact, signer):
    p = plan(PUBLICITY + contact + f"{signer}\n2022年6月1日\n")
    assert (p["issuer"], p["issue_date"]) == (signer, "2022-06-01")


@pytest.mark.parametrize("line", [
    "材料请寄县科协科普部，邮政编码：342100，逾期不予受理。",  # a sentence naming the postcode, not a field's line
    "邮政编码：342100，联系电话：3721234，电子邮箱：kx@163.com，请及时联系。",
])
def test_a_sentence_naming_a_postcode_is_no_contact_line(line):
    from sciplan_analysis.parsing.normalise import CONTACT_LINE
    assert CONTACT_LINE.match(line) is None


# -- a body's service guide in 《》 is cited -----------------------------------------------------------------------

def cited(sentence: str) -> list[str]:
    from sciplan_analysis.parsing.parse import parse_text
    corpus = parse_text("关于开展科普基地认定工作的通知\n各区科委：\n" + sentence + "\n一、申报要求\n按时申报。\n", "p")
    return [] if corpus.citations.empty else list(corpus.citations.title)


@pytest.mark.parametrize(("sentence", "title"), [
    # the listed page's form (other words): the guide named short after it, as an attachment
    ("申报单位可根据《市级科普基地认定办事指南》（以下简称“办事指南”，附件2）申请认定。", "市级科普基地认定办事指南"),
    # wording no listed page shows: a county bureau's guide, named bare
    ("具体申报条件和材料详见《安远县科学技术局科技项目立项办事指南》。", "安远县科学技术局科技项目立项办事指南"),
])
def test_a_service_guide_is_cited(sentence, title):
    assert title in cited(sentence)


def test_a_books_guide_stays_out():
    # a book's 指南 names no body's work (round fifty-seven)
    assert "家庭健康生活指南" not in cited("各区可向居民推荐《家庭健康生活指南》等科普读物。")
