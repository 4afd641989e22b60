"""Issue 23, round eighty: the fifth window's first misses (holdouts 162-164) and what rounds seventy-eight and seventy-nine
left, in forms a second example and the pattern of Chinese documents explain.

A site's list bullet before the page's heading (  • 关于…的通知) and a document number run before it in a title field or an own
heading (名称：某政[2011]81号 某市人民政府关于…的决定) are no part of the title (metadata.LIST_BULLET, _numbered_heading_cut). A
word a site masked with three asterisks or more stays as shown and counts as one character of a notice's heading
(normalise.MASK_RUN, metadata.NOTICE). A month under no organ line (a cover's month over its contents) is no issue date. A
preface drawing its plan up on its bases in one clause (依据《A》编制《X》。本规划…) names the page's plan
(news._drawn_up_on_bases). An association heading its own notice (某市老科技工作者协会关于…) issues it; a university's bare
office over the date closing the text signs it; a number run into the addressees on a one-line copy's first line is the
page's; a site's 本文发布于： label and a posting date with its view counter give the page's date."""

from __future__ import annotations

import pytest
from made_up import parsed, value

from sciplan_analysis.parsing.normalise import clean


def date(text: str) -> str:
    got = value(text, "issue_date")
    return "" if got is None else str(got)[:10]


BODY = "各有关单位：\n为做好某项工作，现将有关事项通知如下：\n一、工作内容\n请按要求报送材料。\n"


# A site's list bullet before the heading is no part of it.
@pytest.mark.parametrize(("line", "heading"), [
    ("  • 关于开展遴选2024年某市“最美科技工作者”候选人的通知", "关于开展遴选2024年某市“最美科技工作者”候选人的通知"),
    # wording no listed page shows: another mark, an organ's own heading
    ("▪ 某县科学技术协会关于举办第三届青少年科学影像节的通知", "某县科学技术协会关于举办第三届青少年科学影像节的通知"),
])
def test_a_list_bullet_before_the_heading_is_cut(line, heading):
    text = f"通知公告\n当前位置：首页>>通知公告>>正文\n{line}\n{BODY}"
    assert value(text, "title") == heading


def test_a_middle_dot_inside_a_heading_stays():
    # a dot inside the heading (a foreign name's ·) is no bullet: the heading is read whole
    text = f"关于举办“居里·科学之夜”科普活动的通知\n{BODY}某市科学技术协会\n2023年5月6日\n"
    assert value(text, "title") == "关于举办“居里·科学之夜”科普活动的通知"


# A number run before the heading in a title field or an own heading: the number is the page's, the heading the title.
NUMBERED_PAGES = [
    ("某政[2012]35号 某市人民政府关于表彰2011年度某市科学技术进步奖的决定\n"
     "  • 信息分类:市政府文件\n  • 发布机构:某市人民政府\n"
     "  • 名 称 :某政[2012]35号 某市人民政府关于表彰2011年度某市科学技术进步奖的决定\n  • 文 号 :\n"
     "  • 某政[2012]35号 某市人民政府关于表彰2011年度某市科学技术进步奖的决定\n"
     "2011年，我市科技工作者取得了一批成果。市政府决定授予12项成果一等奖。\n二○一二年九月十日\n",
     "某市人民政府关于表彰2011年度某市科学技术进步奖的决定", "某政〔2012〕35号"),
    # wording no listed page shows: a 标题 field, a county's decision, the number in 〔〕
    ("标题：某县政〔2019〕12号某县人民政府关于命名第二批科普示范村的决定\n发布时间：2019-04-02\n"
     "各乡镇人民政府：\n经评审，县政府决定命名某村等十个村为科普示范村。\n某县人民政府\n2019年3月28日\n",
     "某县人民政府关于命名第二批科普示范村的决定", "某县政〔2019〕12号"),
]


@pytest.mark.parametrize(("text", "heading", "number"), NUMBERED_PAGES)
def test_a_number_run_before_a_heading_is_the_pages_number(text, heading, number):
    assert value(text, "title") == heading
    assert value(text, "doc_number") == number


def test_a_number_after_the_heading_stays_where_it_is():
    # must not: a title field whose number follows the heading, and a field that is no heading once a number is cut
    text = ("标题：某县人民政府关于命名第二批科普示范村的决定（某县政〔2019〕12号）\n"
            "各乡镇人民政府：\n经评审，县政府决定命名某村为科普示范村。\n某县人民政府\n2019年3月28日\n")
    assert value(text, "title").startswith("某县人民政府关于命名第二批科普示范村的决定")
    text = "标题：某县政〔2019〕12号文件解读\n各乡镇：\n现就文件作如下解读。\n某县人民政府\n2019年3月28日\n"
    assert value(text, "title") != "文件解读"


# A masked word (three asterisks or more) stays as shown; a bold mark's pair goes.
@pytest.mark.parametrize(("line", "cleaned"), [
    ("关于开展某市中小学幼儿园***自制教(玩)具展评活动的通知", "关于开展某市中小学幼儿园***自制教（玩）具展评活动的通知"),
    ("中共****组织部关于开展科普月活动的通知", "中共****组织部关于开展科普月活动的通知"),  # wording no listed page shows
    ("**一、工作目标**", "一、工作目标"),  # must not: a bold mark's pair is still cut
])
def test_a_masked_word_stays_and_a_bold_mark_goes(line, cleaned):
    assert clean(line) == cleaned


@pytest.mark.parametrize("heading", [
    "某市教育局关于开展某市中小学幼儿园***自制教(玩)具暨第五届学生科技创新小制作小发明展评活动的通知",
    # wording no listed page shows: a mask of four, a county's heading near the length a heading may have
    "某县科学技术协会关于组织开展全县中小学****科学实验展演暨第三届青少年科技创新成果展示交流活动的通知",
])
def test_a_masked_heading_is_read_whole(heading):
    text = f"{heading}\n{BODY}某单位\n2018年4月9日\n"
    assert value(text, "title").replace("（", "(").replace("）", ")") == heading


# A month under no organ line is no issue date; a signature's month still is.
@pytest.mark.parametrize("cover", [
    "二〇一一年十一月\n目 录\n",
    "2019年5月\n前言\n",  # wording no listed page shows
])
def test_a_covers_month_alone_is_no_date(cover):
    text = (f"{cover}防震减灾是公共安全的重要组成部分。\n为推进事业发展，依据有关规定编制本规划。\n"
            "一、发展现状\n全区监测能力明显提升。\n")
    assert date(text) == ""


def test_a_signatures_month_still_dates_the_page():
    # must not: an organ over its month (the documented reading, YYYY-MM)
    text = "某县人民政府\n二〇二一年十二月\n某县全民科学素质行动实施方案（2021—2025年）\n为落实纲要，制定本方案。\n"
    assert date(text) == "2021-12"


# A preface drawing its plan up on its bases in one clause names the page's plan.
PREFACE_PAGES = [
    ("为进一步推进防震减灾事业的科学发展，依据《中华人民共和国防震减灾法》、《某区防震减灾规划（2006-2020年）》"
     "编制《某区防震减灾“十二五”规划》。\n本规划围绕减轻地震灾害的迫切需求，阐明指导思想和主要任务。\n",
     "某区防震减灾“十二五”规划"),
    # wording no listed page shows: 按照…要求制定, a county's 方案, 本方案 in the same paragraph
    ("为提升全民科学素质，按照《某市全民科学素质行动实施方案》要求制定《某县科普基础设施建设方案（2023-2025年）》。"
     "本方案自印发之日起施行。\n",
     "某县科普基础设施建设方案（2023-2025年）"),
]


@pytest.mark.parametrize(("preface", "name"), PREFACE_PAGES)
def test_a_preface_drawing_its_plan_up_names_it(preface, name):
    text = f"二〇一一年十一月\n目 录\n防震减灾是公共安全的重要组成部分。\n{preface}一、发展现状\n全区监测能力明显提升。\n"
    assert value(text, "title") == name


@pytest.mark.parametrize("preface", [
    # must not: others are to draw it up; a summary's past work (了); the page not calling itself 本规划
    "依据《某市科普规划》要求各县编制《某县科普规划》。\n本规划由各县负责实施。\n",
    "依据《某市科普规划》编制了《某县科普规划》。\n本规划已于年内印发。\n",
    "依据《某市科普规划》编制《某县科普规划》。\n各县要认真落实。\n",
])
def test_a_basis_or_past_work_is_no_own_plan(preface):
    text = f"某县科协2012年工作总结\n今年以来，我会认真履行职责。\n{preface}一、主要工作\n开展科普活动20场。\n"
    assert value(text, "title") != "某县科普规划"


# An association heading its own notice issues it.
@pytest.mark.parametrize(("heading", "organ"), [
    ("某市老科技工作者协会关于评选表彰2013~2014年度先进单位的通知", "某市老科技工作者协会"),
    ("中国林学会关于第五届某某科普奖评选结果的通报", "中国林学会"),
    ("某省气象学会关于公布2022年度科普教育基地名单的通知", "某省气象学会"),  # wording no listed page shows
])
def test_an_association_heading_its_notice_issues_it(heading, organ):
    text = f"{heading}\n{BODY}"
    assert value(text, "issuer") == organ


def test_an_association_named_in_the_body_issues_nothing():
    # must not: an association the body names (no heading of its own) is no issuer
    text = "关于做好科普日活动的通知\n各有关单位：\n某省气象学会将举办科普讲座，请积极参加。\n"
    assert value(text, "issuer") is None


# A university's bare office over the date closing the text signs it.
@pytest.mark.parametrize(("end", "office", "signed"), [
    ("科学技术处\n2021年4月29日\n", "科学技术处", "2021-04-29"),
    ("科研处\n2024年7月13日\n", "科研处", "2024-07-13"),
    ("社科处\n二〇二二年三月八日\n", "社科处", "2022-03-08"),  # wording no listed page shows
])
def test_a_bare_office_closing_the_text_signs_it(end, office, signed):
    text = f"关于推荐2020年全国优秀科普作品的通知\n{BODY}联系人：某某\n联系电话：0311-1234567\n{end}"
    assert value(text, "issuer") == office
    assert date(text) == signed


def test_a_bare_office_on_a_notice_to_a_regions_bodies_signs_nothing():
    # must not: addressed to a region's bodies, whose office it is is not said (round seventy-six's reading kept)
    text = ("关于推荐2020年全国优秀科普作品的通知\n各区县科技局、各有关单位：\n现将有关事项通知如下。\n一、推荐要求\n认真推荐。\n"
            "科研处\n2021年4月29日\n")
    assert value(text, "issuer") is None


def test_a_bare_office_in_the_middle_signs_nothing():
    # must not: the office over a date that a later text follows (a contact's section, the body going on)
    text = ("关于推荐2020年全国优秀科普作品的通知\n各有关单位：\n请于下列时间前报送。\n科研处\n2021年4月29日\n"
            "二、其他事项\n请各单位认真组织推荐工作，按时报送材料。\n")
    assert value(text, "issuer") is None


# A number run into the addressees on a one-line copy's first line is the page's.
@pytest.mark.parametrize(("line", "number"), [
    ("温教研函〔2025〕267号 各县(市、区)教育局教研部门,市局直属各学校: 为激发学生兴趣,决定召开表彰大会。", "温教研函〔2025〕267号"),
    ("某科协发[2024]9号 各乡镇科协、县直有关单位：为办好科技活动周，现将有关事项通知如下。", "某科协发〔2024〕9号"),
])
def test_a_number_run_into_the_addressees_is_the_pages(line, number):
    assert value(f"{line}\n一、时间地点\n另行通知。\n", "doc_number") == number


def test_a_number_inside_the_body_is_no_pages_number():
    # must not: a number cited in the body's first sentence, no addressees after it
    text = "根据某科协发[2024]9号文件精神，各乡镇要做好科技活动周工作。\n一、时间地点\n另行通知。\n"
    assert value(text, "doc_number") is None


# A site's 本文发布于： label and a posting date with its view counter give the page's date.
@pytest.mark.parametrize(("line", "posted"), [
    ("本文发布于:2013-02-27 来源:某省青少年科技中心", "2013-02-27"),
    ("2016-04-20       浏览人数:", "2016-04-20"),
    ("2021-09-03 阅读量：128", "2021-09-03"),  # wording no listed page shows
])
def test_a_posting_date_with_its_sites_words_is_the_pages(line, posted):
    text = f"关于举办机器人竞赛的通知\n{line}\n各市州科协、教育局：\n现将有关事项通知如下：\n一、活动宗旨\n培养兴趣。\n"
    assert date(text) == posted


def test_a_date_in_a_sentence_with_reading_is_no_posting_date():
    # must not: an event's date in the body, a 阅读 activity after it
    text = "关于举办读书活动的通知\n各学校：\n活动定于2016-04-20阅读分享会上启动。\n一、活动宗旨\n培养兴趣。\n"
    assert date(text) != "2016-04-20"


def test_the_round_leaves_a_pages_other_parts_alone():
    # the tables a page gives besides its plans row are read as before (a masked word in a citation kept)
    text = ("某市教育局关于开展***展评活动的通知\n各学校：\n根据《某省教育厅关于开展***展评活动的通知》精神，现将有关事项通知如下：\n"
            "一、活动内容\n开展展评。\n某市教育局\n2018年4月9日\n")
    assert "某省教育厅关于开展***展评活动的通知" in list(parsed(text).citations.title)


# A sharing site's snippet running a rule's name into its first chapter and article: the name is the title.
CHAPTER_RUN_PAGES = [
    ("版权说明：本文档由用户提供并上传\n文档简介\n某省科普教育基地认定管理实施办法第一章总则第一条为加强科普教育基地建设，制定本办法。\n",
     "某省科普教育基地认定管理实施办法"),
    # wording no listed page shows: the name twice, the second with its trial mark, a county's rules
    ("首页>某县科普项目资金管理细则\n某县科普项目资金管理细则某县科普项目资金管理细则（试行）第一章 总则 第一条 为规范资金管理，制定本细则。\n",
     "某县科普项目资金管理细则（试行）"),
]


@pytest.mark.parametrize(("text", "name"), CHAPTER_RUN_PAGES)
def test_a_rules_name_run_into_its_first_chapter_is_the_title(text, name):
    assert value(text, "title") == name


def test_a_chapter_named_in_a_sentence_is_no_title():
    # must not: a sentence citing a rule's general chapter (no article opens after it)
    text = "关于做好科普基地管理的通知\n各有关单位：\n按照某省科普基地管理办法第一章总则的规定，现将有关事项通知如下：\n一、工作要求\n认真落实。\n"
    assert value(text, "title") != "按照某省科普基地管理办法"
