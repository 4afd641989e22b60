"""Issue 23, round sixty-eight: dates and a title the parser still missed on seen pages, in forms a second example and the
pattern of Chinese documents explain.

A plan's period in brackets alone on a line, under the plan's name alone on its line, is the name's last piece, however deep
both are set in (a layout centres or indents a heading and sets its period under it): the title keeps it
(normalise._period_under_name, read by _continues). Not taken: a period under a sentence, a numbered section's heading or a
notice's title.

A page's stamp in 年月日 with its clock time (2017年09月13日 16:08, its date in either numerals), opening one of the page's first lines, perhaps run into
the salutation under it, is the page's date, as the dashed stamp (2017-12-29 12:39:46) has been (metadata.CN_STAMP). A
signature's date still beats it. Not taken: a day with a span of hours (an event's), a day and time inside a sentence.

A notice flattened to one line (a law site's copy) that closes with its closing words (特此通知。, 特此通报。), perhaps an
attachment's name, then its signing organ and a date, is signed: the organ the issuer, the date the issue date
(metadata.CLOSING_WORDS opens the glued-signature reading as 印发给你们 does; GLUED_ATTACHMENT lets the attachment's name stand
before the organ); so is such a body cut after its closing words, the next line opening with the attachment's name or the
organ (CLOSING_END). Not taken: a deadline after the closing words, an organ and a date glued into a body with no closing words."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.normalise import paragraphs

# a notice set in four spaces under a site's line, the plan it issues after its signature, its period on a line of its own
# (other words than the listed page's)
SET_IN = ("某某网 | 首页 新闻中心\n"
          "    各区科协、教育局：\n"
          "    为提升青少年科学素质，现将《某市青少年科学素质提升行动方案（2023—2026年）》印发给你们，请抓好落实。\n"
          "    某市科学技术协会\n"
          "    2023年4月6日\n"
          "\n"
          "    某市青少年科学素质提升行动方案\n"
          "    （2023—2026年）\n"
          "    为深入实施全民科学素质行动，制定本方案。\n")
# wording no listed page shows: a centred heading and its period set deeper, half-width brackets and a tilde
CENTRED = ("科普之窗\n"
           "          某县老年人科学素质提升三年行动计划\n"
           "            (2024~2026年)\n"
           "  为帮助老年人融入智慧社会，县科协会同县民政局制定本行动。到2026年，全县老年人科学素质明显提升。\n")


@pytest.mark.parametrize(("text", "title", "period"), [
    (SET_IN, "某市青少年科学素质提升行动方案（2023—2026年）", (2023, 2026)),
    (CENTRED, "某县老年人科学素质提升三年行动计划（2024~2026年）", (2024, 2026)),
])
def test_a_period_on_its_own_line_under_a_set_in_name_is_the_titles(text, title, period):
    p = plan(text)
    assert p["title"] == title
    assert (p["period_start"], p["period_end"]) == period


@pytest.mark.parametrize("text", [
    # a period under a sentence, under a sentence's clause ending in a plan's kind, under a numbered section's heading, under a
    # notice's title, each set in under a site's line as the names above are: each stays a line of its own
    "首页\n    某市开展全民科学素质行动宣传。\n    （2021—2025年）\n    其他内容。\n",
    "首页\n    各地要结合实际，制定工作方案\n    （2021—2025年）\n    其他内容。\n",
    "首页\n    一、总体规划\n    （2021-2025年）\n    全市科普工作……\n",
    "首页\n    关于印发某县科普工作方案的通知\n    （2021-2025年）\n    各乡镇：\n",
])
def test_what_the_period_rule_must_not_join(text):
    assert any(p.text in ("（2021—2025年）", "（2021-2025年）") for p in paragraphs(text))


@pytest.mark.parametrize(("text", "date"), [
    # a college office's notice on its own site, its stamp in 年月日 under the title (other words than the listed page's)
    ("首页 > 通知公告\n关于举办2022年青少年科技创新大赛校内选拔赛的通知\n2022年03月08日 09:30\n\n各学院：\n"
     "为做好2022年青少年科技创新大赛推荐工作，学校决定举办校内选拔赛。\n一、参赛对象\n全体在校学生。\n", "2022-03-08"),
    # wording no listed page shows: seconds after a full-width colon, the site's source on the same line
    ("关于开展2021年科技活动周系列活动的通知\n2021年5月7日 15：20：06 来源：某学院科技处\n各部门、各单位：\n"
     "根据上级部署，现就开展2021年科技活动周系列活动有关事项通知如下。\n一、活动时间\n5月22日至28日。\n", "2021-05-07"),
    # the stamp's date in Chinese numerals (a copy that writes its dates so)
    ("关于开展2021年科技活动周系列活动的通知\n二〇二一年五月七日 15:20\n各部门、各单位：\n"
     "根据上级部署，现就开展2021年科技活动周系列活动有关事项通知如下。\n一、活动时间\n5月22日至28日。\n", "2021-05-07"),
    # a signature's date still beats the stamp
    ("关于举办2022年青少年科技创新大赛校内选拔赛的通知\n2022年03月08日 09:30\n\n各学院：\n"
     "为做好推荐工作，学校决定举办校内选拔赛。\n某某大学科学技术处\n2022年3月5日\n", "2022-03-05"),
])
def test_a_stamp_in_nian_yue_ri_is_the_pages_date(text, date):
    assert plan(text)["issue_date"] == date


@pytest.mark.parametrize("text", [
    # not taken: a day and a span of hours (an event's), a day and time inside a sentence
    "关于举办科普讲座的通知\n2023年9月16日 9:00—11:30 在学校报告厅举办科普讲座，请各班组织学生参加。\n一、讲座内容\n天文知识。\n",
    "关于举办科普讲座的通知\n各班级：\n学校定于2023年9月16日 9:00在报告厅举办科普讲座。\n一、讲座内容\n天文知识。\n",
])
def test_what_the_stamp_rule_must_not_take(text):
    assert plan(text)["issue_date"] is None


@pytest.mark.parametrize(("text", "issuer", "date"), [
    # a law site's one-line copy: 特此通知。, the attachment's name, the organ, the date (other words than the listed page's)
    ("|\n某省科学技术厅关于公布2019年度科普示范基地名单的通知 各市科技局： 经评审，确定某某科技馆等20家单位为2019年度某省科普示范基地，"
     "现予公布。 特此通知。 附件：2019年度某省科普示范基地名单 某省科学技术厅 2019年3月2日 附件： 2019年度某省科普示范基地名单 某某科技馆 "
     "某某植物园 |\n", "某省科学技术厅", "2019-03-02"),
    # wording no listed page shows: a bulletin's 特此通报。, no attachment, a date in Chinese numerals, a copy-to line after it
    ("某市科学技术协会关于表扬2020年科普日优秀组织单位的通报 各区科协： 2020年全国科普日期间，各区精心组织，活动丰富。"
     "经研究，决定对某某区科协等5家单位予以通报表扬。 特此通报。 某市科学技术协会 二〇二〇年十二月八日 抄送：市委宣传部\n",
     "某市科学技术协会", "2020-12-08"),
    # the same body cut after its closing words (a copy wrapped or split there): the attachment's name opens the next line
    ("某省科学技术厅关于公布2019年度科普示范基地名单的通知 各市科技局： 经评审，确定某某科技馆等20家单位为2019年度某省科普示范基地，"
     "现予公布。 特此通知。\n附件：2019年度某省科普示范基地名单 某省科学技术厅 2019年3月2日 附件： 2019年度某省科普示范基地名单 某某科技馆\n",
     "某省科学技术厅", "2019-03-02"),
])
def test_a_flattened_notice_signed_after_its_closing_words(text, issuer, date):
    p = plan(text)
    assert p["issue_date"] == date
    assert p["issuer"] == issuer


@pytest.mark.parametrize("text", [
    # not taken: a deadline after the closing words; an organ and a date glued into a body with no closing words
    "某县科协关于征集科普作品的通知 各乡镇、各单位： 为丰富科普资源，县科协决定征集科普作品。 特此通知。 "
    "请于2023年5月10日前报送至县科协办公室，联系电话：1234567。\n",
    "某市科普日活动综述 9月18日，某市科普日主场活动在市科技馆举行，活动吸引了上万名市民参与，圆满结束。"
    "某市科学技术协会2023年9月20日供稿。\n",
    # …nor a deadline opening the line under the closing words
    "某县科协关于征集科普作品的通知 各乡镇、各单位： 为丰富科普资源，县科协决定征集科普作品，请各单位积极组织。 特此通知。\n"
    "请各单位于2023年5月10日前报送作品。\n",
])
def test_what_the_closing_words_rule_must_not_take(text):
    assert plan(text)["issue_date"] is None

