"""Issue 23, round eighty-one: the fifth window's misses (holdouts 165-168), in forms a second example and the pattern of
Chinese documents explain.

A converting site's phonetic gloss closed after a space (會(huì ), 創(chuàng )) is cut as one closed at once is
(normalise.SPACED_GLOSS). A window's close mark a copy kept before a line (X 某省教育厅关于…的通知) is no text of the line's
(normalise.CLOSE_MARK). A heading naming a document in 《》 between its 关于 and its 的 (关于开展纪念《某法》颁布十周年…的通知,
某省人大常委会关于修改《某条例》等2件地方性法规的决定) is the page's heading (metadata.NOTICE, OWN_NOTICE), and so is an event's
notice headed by its year with no 关于 and no 的 (2016年某省…知识竞赛通知). A region's department's office (某省科技厅办公室,
某区教育局办公室) is an organ where the department is one (issuers.issuer_problem). A number whose year's brackets a conversion
turned into question marks (某教办函?2011?28号) is read as bracketed (patterns.DOC_NUMBER). A notice's closing words alone on a
line (特此通知) end its body: the organ under them signs (normalise.CLOSING_LINE)."""

from __future__ import annotations

import pytest
from made_up import parsed, value

from sciplan_analysis.parsing.issuers import is_issuer
from sciplan_analysis.parsing.normalise import clean
from sciplan_analysis.text.script import to_simplified

BODY = "各有关单位：\n为做好某项工作，现将有关事项通知如下：\n一、工作内容\n请按要求报送材料。\n"


# 1. A phonetic gloss closed after a space is cut.
@pytest.mark.parametrize(("line", "kept"), [
    ("關(guān)于舉辦2006年某省農業(yè)科技成果展示會(huì )的通知", "關于舉辦2006年某省農業科技成果展示會的通知"),
    # wording no listed page shows: two spaced glosses in a row, one in full-width brackets
    ("某縣科普創(chuàng )新示範（fàn ）基地名單", "某縣科普創新示範基地名單"),
])
def test_a_gloss_closed_after_a_space_is_cut(line, kept):
    assert clean(line) == kept


def test_a_spaced_gloss_leaves_titles_and_citations_whole():
    text = ("關(guān)于舉辦2006年某省農業(yè)科技成果推廣展示會(huì )的通知\n"
            "各市、州、縣科協(xié)、有關(guān)學(xué)會(huì ):為了貫徹落實(shí)《某省關(guān)于推進(jìn)社會(huì )主義新農村建設的意見(jiàn)》,"
            "省科協決定舉辦展示會(huì )。\n")
    # (titles and citations are kept in the page's script: compared simplified, as the benchmark compares them)
    assert to_simplified(value(text, "title")) == "关于举办2006年某省农业科技成果推广展示会的通知"
    assert "某省关于推进社会主义新农村建设的意见" in [to_simplified(t) for t in parsed(text).citations.title]


@pytest.mark.parametrize("split", [
    "關(guān)于舉辦2006年某省農業(yè)科技成果推廣展示會(huì\n )暨交流會(huì )的通知",
    # wording no listed page shows: a gloss wrapped before its closing bracket with no space
    "關(guān)于舉辦2006年某省農業(yè)科技成果推廣展示會(huì\n)暨交流會的通知",
])
def test_a_gloss_a_copy_wrapped_inside_is_cut(split):
    text = f"{split}\n各市科協:\n省科協決定舉辦展示會。\n"
    assert to_simplified(value(text, "title")) == "关于举办2006年某省农业科技成果推广展示会暨交流会的通知"


def test_a_bracketed_word_with_a_space_stays():
    # must not: an English word in brackets, a gloss's letters with no tone mark, a gloss before no Chinese character
    assert "CAST" in clean("某市科学技术协会(CAST )")
    assert "guan" in clean("某县科普馆(guan )开放")
    assert "huì" in clean("2021(huì ) 某某")


# 2. A window's close mark before a line is none of its text.
@pytest.mark.parametrize(("line", "heading"), [
    ("X 某省教育厅关于确认某市某小学等474所学校为义务教育管理标准化学校的通知 _ 应公开的其他文件 _ 某省教育厅",
     "某省教育厅关于确认某市某小学等474所学校为义务教育管理标准化学校的通知"),
    # wording no listed page shows: a multiplication sign as the mark, a county 科协's heading
    ("×  某县科学技术协会关于评选第五届优秀科普志愿者的通知",
     "某县科学技术协会关于评选第五届优秀科普志愿者的通知"),
])
def test_a_close_mark_before_the_heading_is_cut(line, heading):
    text = f"{line}\n{BODY}某单位\n2022年12月26日\n"
    assert value(text, "title") == heading


def test_a_templates_masked_place_stays():
    # must not: X with no space after it (a template's masked place), and a mark before too few Chinese characters
    assert clean("X县科学技术协会关于评选优秀科普志愿者的通知") == "X县科学技术协会关于评选优秀科普志愿者的通知"
    assert clean("XX市科普工作计划") == "XX市科普工作计划"
    assert clean("X 不合格").startswith("X")


# 3. A heading naming a document in 《》 between its 关于 and its 的 is the page's heading.
@pytest.mark.parametrize("heading", [
    "关于开展纪念《中华人民共和国科学技术普及法》颁布十周年有奖征文活动的通知",
    # wording no listed page shows: a county's notice on studying a province's regulation
    "某县科学技术协会关于组织学习《某省科学技术普及条例》知识竞赛的通知",
])
def test_a_notice_naming_a_document_inside_its_heading(heading):
    text = f"{heading}\n{BODY}某省科学技术协会\n2012年8月20日\n"
    assert value(text, "title") == heading


@pytest.mark.parametrize(("heading", "issuer", "session"), [
    ("湖南省人民代表大会常务委员会关于修改《湖南省人民代表大会常务委员会工作条例》等2件地方性法规的决定",
     "湖南省人民代表大会常务委员会", "湖南省第十三届人民代表大会常务委员会第三十次会议"),
    # wording no listed page shows: a city's standing committee repealing its rules
    ("长沙市人民代表大会常务委员会关于废止《长沙市科学技术普及办法》等3件地方性法规的决定",
     "长沙市人民代表大会常务委员会", "长沙市第十三届人民代表大会常务委员会第三十次会议"),
])
def test_a_decision_naming_a_document_inside_its_heading(heading, issuer, session):
    text = (f"2021年9月29日，{session}通过了本决定，现予公布，自公布之日起施行。\n2021年9月29日\n{heading}\n"
            f"（2021年9月29日{session}通过）\n{session}决定对下列地方性法规作如下处理：\n一、《某条例》\n")
    assert value(text, "title") == heading
    assert value(text, "issuer") == issuer


def test_a_relay_or_a_sentence_naming_a_document_stays_unread_as_its_own():
    # must not: a sentence opening with 根据 that names a document, and a relay heading (转发…) keeps its own reading
    text = "根据《某省科学技术普及条例》的通知精神，现将有关事项通知如下：\n请按要求报送材料。\n某县科协\n2020年5月6日\n"
    assert value(text, "title") != "根据《某省科学技术普及条例》的通知"


# 4. An event's notice headed by its year with no 关于 and no 的.
@pytest.mark.parametrize("heading", [
    "2016年某省青少年科学素质知识竞赛通知",
    # wording no listed page shows: a county's science festival
    "2023年某县中小学科技节活动通知",
])
def test_a_year_headed_event_notice(heading):
    text = (f"2016某省青少年知识竞赛通知\n\n  • 时间:2016-11-22 13:46\n  • 来源:未知\n  • 作者:某某\n\n{heading}\n\n"
            "各有关单位：\n  为做好某项工作，现将有关事项通知如下：\n  一、工作内容\n  请按要求报送材料。\n")
    assert value(text, "title") == heading


def test_a_year_headed_line_of_no_event_stays_unread():
    # must not: a line ending 通知 that names no event (a column's list of notices)
    text = ("2016某省青少年知识竞赛通知\n\n  • 时间:2016-11-22 13:46\n\n2016年全部通知\n\n"
            "各有关单位：\n  为做好某项工作，现将有关事项通知如下：\n  请按要求报送材料。\n")
    assert value(text, "title") != "2016年全部通知"


# 5. A region's department's office is an organ.
@pytest.mark.parametrize("organ", ["山东省科技厅办公室", "温州市龙湾区教育局办公室", "某县气象局办公室".replace("某县", "湘潭县")])
def test_a_departments_office_is_an_organ(organ):
    assert is_issuer(organ)


def test_a_departments_office_signs_its_notice():
    text = ("关于印发《某省科技教育基地建设管理办法》的通知\n\n各市科技局:\n\n现将《某省科技教育基地建设管理办法》印发给你们，"
            "请遵照执行。\n\n山东省科技厅办公室\n\n2018年3月30日\n")
    assert value(text, "issuer") == "山东省科技厅办公室"


def test_an_office_of_no_department_is_none():
    # must not: an office of a bare level (省科技厅办公室: whose?), of an unknown region, or of no department
    assert not is_issuer("省科技厅办公室")
    assert not is_issuer("欢乐谷市教育局办公室")
    assert not is_issuer("某某局办公室")


# 6. A number whose year's brackets a conversion turned into question marks.
@pytest.mark.parametrize(("line", "number"), [
    ("温龙教办学函?2011?28号", "温龙教办学函〔2011〕28号"),
    # wording no listed page shows: full-width marks and spaces around the year
    ("湘科协发？ 2019 ？5号", "湘科协发〔2019〕5号"),
])
def test_a_number_with_question_marks_for_brackets(line, number):
    text = f"{line}\n关于举办某区第十六届青少年科技节的通知\n{BODY}某区教育局\n2011年9月9日\n"
    assert value(text, "doc_number") == number


def test_a_question_mark_before_a_year_alone_is_no_number():
    # must not: a question in the body before a year and a count (是否?2011年28号文件 has no second mark)
    text = "关于举办某区科技节的通知\n各学校：\n请问是否?2011年28号前报送？\n某区教育局\n2011年9月9日\n"
    assert value(text, "doc_number") is None


# 7. A notice's closing words alone on a line end its body.
@pytest.mark.parametrize(("closing", "organ", "day"), [
    ("特此通知", "鹰潭市科学技术协会", "二OO八年三月五日"),
    # wording no listed page shows: a circular's closing, a county government
    ("特此通报", "湘潭县人民政府", "2021年6月1日"),
])
def test_the_organ_under_the_closing_words_signs(closing, organ, day):
    text = (f"各县（市、区）科协、各市级学会:\n经研究，决定召开全市科协工作会议，现将有关事项通知如下:\n"
            f"一、参会人员:各县科协主席。\n请参会同志提前10分钟入场。\n{closing}\n{organ}\n{day}\n")
    assert value(text, "issuer") == organ


def test_closing_words_over_no_organ_sign_nothing():
    # must not: closing words over an attachment's line and a date (no organ signs: the printing office's line is no signer)
    text = ("关于召开全省农村科普工作会议的通知\n各地级以上市科协:\n省科协定于12月26日召开会议。现将有关事项通知如下:\n"
            "一、会议内容\n总结交流工作情况。\n特此通知\n附件:会议回执\n二○○六年十二月十五日\n")
    assert value(text, "issuer") is None


# 8. An event's organising committee under its short name (组委会) is an organ.
@pytest.mark.parametrize("organ", [
    "厦门市青少年科技创新大赛组委会",
    # wording no listed page shows: a city's robot contest, a province's science week
    "长沙市青少年机器人竞赛组委会",
    "湖南省科技活动周组委会",
])
def test_an_event_committee_is_an_organ(organ):
    assert is_issuer(organ)


def test_an_event_committee_signs_its_notice():
    text = ("关于召开第39届某市青少年科技创新大赛表彰会的通知\n发布时间:2023-12-15\n各区科协、教育局:\n"
            "为了表彰先进，经研究，决定召开表彰会。现将相关事项通知如下:\n一、 时间\n2023年12月23日上午9:00。\n附件:\n"
            "厦门市青少年科技创新大赛组委会\n2023年12月15日\n")
    assert value(text, "issuer") == "厦门市青少年科技创新大赛组委会"


def test_a_committee_of_no_region_or_event_is_none():
    # must not: a committee with no region, no event, or an unknown region
    assert not is_issuer("大赛组委会")
    assert not is_issuer("厦门市组委会")
    assert not is_issuer("欢乐谷市青少年科技创新大赛组委会")


# 9. A signature's date cut before its 日.
@pytest.mark.parametrize(("signers", "day", "iso"), [
    ("  山东省科学技术协会         山东省教育厅\n \n \n", "                             2011年12月18", "2011-12-18"),
    # wording no listed page shows: one organ, the date right under it
    ("湘潭县科学技术协会\n", "2019年5月6", "2019-05-06"),
])
def test_a_date_cut_before_its_day_mark(signers, day, iso):
    text = (f"关于表彰2011年度某省青少年科技教育工作先进单位的决定\n各市科协:\n经严格评审，决定授予某单位荣誉称号。\n"
            f"希望受表彰的单位再接再厉。\n附件:先进单位名单\n{signers}{day}\n")
    assert str(value(text, "issue_date"))[:10] == iso


def test_a_cut_date_of_no_day_gives_none():
    # must not: a month of thirteen or a day of forty-five is no date
    text = "关于表彰某某的决定\n各市科协:\n经评审，决定授予某单位荣誉称号。\n湘潭县科学技术协会\n2011年13月45\n"
    assert value(text, "issue_date") is None
