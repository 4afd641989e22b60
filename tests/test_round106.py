"""Issue 23, round one hundred and six: a party committee's and a government's joint opinions over a body with no organ line.

From holdout250's and holdout251's misses (seen since their first contact): the heading 中共某省委、某省人民政府关于…的实施意见
stood on reposting sites between a page's fields and its body, and gave no title or issuer, for three reasons of the site's
layout, not the document's:
- the site's counter and time (浏览量：时间：2016-09-17 01:30:50, 发表时间：2018-12-17 阅读次数：) were no field the reader knew,
  so the lines ran together with the heading;
- a European posting time (26.02.2020  10:21) under a headline was no date line, and ran the headline into the heading;
- a column's region label (天津：中共天津市委天津市人民政府关于…) hid the heading's organs, as it hid a notice's before round
  seventy-one."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = ("为推动全省教育事业发展，结合本省实际，制定本实施意见。\n"
        "一、总体要求\n（一）指导思想。坚持以人民为中心，推进教育现代化。\n（二）主要目标。到2025年，教育发展水平明显提高。\n")
HEADING = "中共某某省委、某某省人民政府关于贯彻〈某某纲要〉的实施意见"


@pytest.mark.parametrize("fields", [
    "浏览量：时间：2016-09-17 01:30:50",
    "发表时间：2018-12-17     阅读次数：     字体：【",
])
def test_a_sites_counter_and_time_stand_apart_from_the_heading(fields):
    text = f"某某网站首页,最新资讯,热门推荐,在线服务\n\n{fields}\n\n{HEADING}\n\n某发〔2010〕10号\n\n{BODY}"
    got = plan(text)
    assert (got["title"], got["issuer"]) == (HEADING, "中共某某省委、某某省人民政府")


@pytest.mark.parametrize("posted", ["26.02.2020  10:21", "2020-02-26 10:21:05"])
def test_a_posting_time_under_a_headline_ends_it(posted):
    text = (f"某某省委省政府关于抓好重点工作的实施意见\n\n{posted}\n\n中共某某省委 某某省人民政府\n\n"
            f"关于抓好重点工作的实施意见\n\n（2020年2月8日）\n\n{BODY}")
    got = plan(text)
    assert (got["issuer"], got["issue_date"]) == ("中共某某省委、某某省人民政府", "2020-02-08")
    assert got["title"] in {"中共某某省委某某省人民政府关于抓好重点工作的实施意见", "关于抓好重点工作的实施意见"}


def test_a_time_inside_a_sentence_is_no_line_of_its_own():
    text = f"{HEADING}\n\n{BODY}（三）工作安排。全省推进会定于\n26.02.2020 10:21在省会召开，各地要按时参加。\n"
    assert plan(text)["title"] == HEADING


@pytest.mark.parametrize("label", ["江苏", "天津"])
def test_a_columns_region_label_before_an_organs_heading_is_dropped(label):
    heading = f"中共{label}省委{label}省人民政府关于推进健康{label}建设的实施意见".replace("天津省", "天津市")
    text = f"欢迎访问某某专业委员会！\n\n{label}：{heading}\n发表时间：2018-12-17\n\n{BODY}"
    got = plan(text)
    assert got["title"] == heading
    assert got["issuer"] == heading.split("关于")[0].replace("委", "委、", 1)


@pytest.mark.parametrize("label", ["热点", "推荐阅读"])
def test_a_label_that_names_no_division_stays(label):
    text = f"欢迎访问某某专业委员会！\n\n{label}：中共江苏省委江苏省人民政府关于推进健康江苏建设的实施意见\n\n{BODY}"
    assert plan(text)["issuer"] is None


def test_a_sites_name_repeated_before_the_heading_is_dropped_and_the_lead_organ_names_all():
    # a site's name twice over the heading, the second run into it once the posting time under it stands apart; the lead
    # ministry alone on a line under the time, the heading naming it first of several
    heading = "教育部等十八部门关于加强新时代中小学科学教育工作的意见"
    text = (f"中国某某教育网\n中国某某教育网\n{heading}\n2023-05-29 15:41:00\n教育部\n作者：\n教监管〔2023〕2号\n"
            f"各省、自治区、直辖市教育厅（教委）：\n{BODY}")
    got = plan(text)
    assert (got["title"], got["issuer"]) == (heading, "教育部等十八部门")


def test_a_lone_organ_naming_another_than_the_headings_lead_still_issues():
    text = (f"中国某某教育网\n中国某某教育网\n教育部等十八部门关于加强新时代中小学科学教育工作的意见\n2023-05-29 15:41:00\n"
            f"科学技术部\n作者：\n教监管〔2023〕2号\n各省、自治区、直辖市教育厅（教委）：\n{BODY}")
    assert plan(text)["issuer"] != "教育部等十八部门"
