"""Issue 23, round seventy-three: the window's misses (holdouts 131-136, scored once, now seen), in forms a second
example and the pattern of Chinese documents explain.

A red header, its number and the notice's heading run into one line by a copy (某市科学技术协会 某市教育局文件
某科协发〔 2 0 1 4 〕 1 9号 关于…的通知, a PDF's text with its lines joined, its digits perhaps spaced): the header names the
bodies that issue, the number is the notice's, and neither is part of the title (metadata.RUN_RED_HEADER, `_run_red_header`),
as on a page that keeps the three on their own lines. Not taken: a header naming no whole organ (a bare level's 市政府文件, a
site's column), a number with no notice's heading after it."""

from __future__ import annotations

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
