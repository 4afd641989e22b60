"""Issue 23, round thirty-one: official notices' signatures, headings and dates (docs/parser_rounds.md). Each rule
with made-up forms, one of them in wording no listed page shows, and the forms it must not take."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.documents import digits_date

# -- S1: an organ line under an attachment's name signs (the two lines are not one paragraph) ------------------------

@pytest.mark.parametrize(("attachment", "organ", "date", "iso"), [
    # as a listed notice lays it out (other words)
    ("附件：2023年度某自治区科普示范基地名单", "某自治区科学技术厅", "2023 年3月6日", "2023-03-06"),
    # wording no listed page shows: a numbered attachment, a city association, a date in Chinese numerals
    ("附件2：某市科普示范社区一览表", "某市科学技术协会", "二〇二一年九月八日", "2021-09-08"),
])
def test_an_organ_under_an_attachments_name_signs(attachment, organ, date, iso):
    text = ("关于公布某年度科普示范单位的通知\n各有关单位：\n经推荐、评审和公示，现将结果予以公布。\n"
            f"{attachment}\n{organ}\n{date}\n")
    p = plan(text)
    assert (p["issuer"], p["issue_date"]) == (organ, iso)


def test_an_attachments_name_wrapped_onto_a_second_line_stays_one_name():
    """A wrapped attachment name whose rest is no organ (实施方案 / （2021—2025年）) still runs on."""
    text = ("关于印发某县实施方案的通知\n各乡镇：\n现将方案印发给你们，请认真贯彻执行。\n"
            "附件：某县全民科学素质行动规划纲要实施\n方案（2021—2025年）\n某县人民政府办公室\n2021年12月1日\n")
    c = parsed(text)
    assert any("实施方案（2021—2025年）" in t for t in c.segments.text)
    assert c.plans.iloc[0]["issuer"] == "某县人民政府办公室"


# -- S2: a site's disclosure block above the salutation gives way to the signature under the body -------------------

@pytest.mark.parametrize(("block", "signer", "date", "iso"), [
    # as a listed district's portal shows it, labels lost (other words)
    ("某区科学技术委员会\n2019.06.20", "某区科学技术协会", "2019年6月12日", "2019-06-12"),
    # wording no listed page shows: an ISO date, a county bureau over its county association's signature
    ("某县科技局\n2020-11-03", "某县科学技术协会", "2020年10月30日", "2020-10-30"),
])
def test_the_signature_under_the_body_signs_over_a_block_above_the_salutation(block, signer, date, iso):
    text = (f"关于公布某年度科普创建结果的通知\n索引号-2019-01\n主动公开\n某科协〔2019〕7号\n{block}\n"
            "各镇（街道）、有关单位：\n经专家评审，现命名某某社区等3家单位为科普示范社区。\n特此通知。\n"
            f"{signer}\n{date}\n")
    p = plan(text)
    assert (p["issuer"], p["issue_date"]) == (signer, iso)


def test_a_block_above_the_salutation_signs_where_the_body_has_no_signature():
    """A page cut before its signature keeps the block's organ and date (nothing under the body to give way to)."""
    text = ("关于公布某年度科普创建结果的通知\n某区科学技术协会\n2019年6月12日\n"
            "各镇（街道）、有关单位：\n经专家评审，现命名某某社区等3家单位为科普示范社区。\n")
    p = plan(text)
    assert (p["issuer"], p["issue_date"]) == ("某区科学技术协会", "2019-06-12")


# -- S3: the organ of the page's notice from a heading of the same notice under a site's bare title -----------------

@pytest.mark.parametrize(("head", "issuer"), [
    # as a listed policy mirror shows it (other words): a site's title, the number, the document's own heading
    ("关于开展2012年度全省科普统计的通知\n发布日期：2012-04-01\n某科政〔2012〕3号\n某省科学技术厅关于开展2012年度全省科普统计的通知\n",
     "某省科学技术厅"),
    # wording no listed page shows: two organs that issue the notice together
    ("关于举办某市青少年科技创新大赛的通知\n某市科学技术协会、某市教育局关于举办某市青少年科技创新大赛的通知\n",
     "某市科学技术协会、某市教育局"),
])
def test_a_heading_of_the_same_notice_names_its_organ(head, issuer):
    text = head + "各有关单位：\n根据工作安排，现将有关事项通知如下：\n一、请各单位认真组织。\n"
    assert plan(text)["issuer"] == issuer


def test_a_heading_of_the_same_notice_below_the_bodys_first_sentence_names_no_organ():
    """Only the head's headings count: the same notice named again inside the body (a line quoting it) is no heading."""
    text = ("关于开展2012年度全省科普统计的通知\n各有关单位：\n根据工作安排，现将有关事项通知如下。\n"
            "某省科学技术厅关于开展2012年度全省科普统计的通知\n一、请各单位认真组织。\n")
    assert plan(text)["issuer"] in (None, "")


# -- D1: a signature's date a site stripped of 月 and 日 ------------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("2014年57", "2014-05-07"),   # as a listed notice shows it (other digits)
    ("201964", "2019-06-04"),     # as another shows it, 年 lost too
    ("2021年 38", "2021-03-08"),  # wording no listed page shows: a space left
    ("2022314", "2022-03-14"), ("20221221", "2022-12-21"),  # round nineteen's forms still read
])
def test_a_stripped_signature_date_reads_one_way(line, iso):
    assert digits_date(line) == iso


@pytest.mark.parametrize("line", ["2019年12", "201911", "2022111", "2014年5", "2014"])
def test_a_stripped_date_that_reads_two_ways_or_none_is_no_date(line):
    """2019年12 may be a month that lost its 月; 2022111 is 1-11 or 11-1."""
    assert digits_date(line) is None


def test_a_stripped_signature_date_dates_the_notice_over_the_pages_posting_date():
    text = ("某市科学技术局关于组织开展科普统计工作的通知\n发布时间：2014-05-09\n某科〔2014〕9号\n"
            "各有关单位：\n现就有关要求通知如下：\n一、请按时报送。\n某市科学技术局\n2014年57\n")
    assert plan(text)["issue_date"] == "2014-05-07"


# -- C1: a letter and a form named in 《》 are documents cited ---------------------------------------------------------

@pytest.mark.parametrize("name", [
    "国家统计局关于同意制发某统计报表制度的函",  # as a listed notice cites one (other words)
    "科普统计调查表",                            # as two listed notices ask for one
    "某市科普示范学校申报登记表",                # wording no listed page shows
])
def test_a_letter_or_a_form_in_brackets_is_cited(name):
    text = ("关于开展科普统计的通知\n各有关单位：\n"
            f"根据《{name}》，请认真填报并按时报送。\n")
    assert name in set(parsed(text).citations.title)


# -- T1: a public notice of a list is the page's own document -------------------------------------------------------

@pytest.mark.parametrize("title", [
    "“科普惠农兴村计划”入选名单公示",               # as a listed mirror heads it (other words: none)
    "关于某县科普示范基地拟认定名单的公示",          # wording no listed page shows
])
def test_a_public_notice_of_a_list_is_the_title(title):
    text = (f"当前位置 首页 >> 通知公告\n{title}\n"
            "经各地推荐、专家评审，现对以下单位进行公示，公示时间为5个工作日。\n")
    assert plan(text)["title"] == title


def test_a_sentence_about_a_public_notice_is_no_title():
    text = "某县科协召开会议\n会议研究了科普示范基地名单公示事宜，并作出部署。\n"
    assert plan(text)["title"] != "会议研究了科普示范基地名单公示"
