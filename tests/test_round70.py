"""Issue 23, round seventy: holdout128's miss and a miss left on pages already seen, in forms a second example and the
pattern of Chinese documents explain.

A red header (版头) of bodies issuing jointly: each body's name, a line each, and 文件 set beside them, over the document's
number; a page's text gives the lines as one paragraph, 文件 after the first body (某市科学技术局 文件 / 某市科学技术协会 run
together) or after the last (某市教育局 某市科学技术协会 文件). The bodies are the issuer where no signature names another
(metadata._letterhead, round nineteen's one-body red header 某县人民政府文件 beside it). Not taken: a site's column (市政府 文件:
no region, no organ), a notice's title naming a 文件, a site's banner (…文件下载), a newspaper's name.

A bulletin's masthead (简报的报头): the organ that compiles it and its date on one line, the date's 年, 月 and 日 dropped by the
copy and the space between them perhaps gone (某省科学技术厅2022523): the organ signs on that date, where the digits read
one way only (metadata.RUN_DATE_SIGNED with documents.digits_date). Not taken: digits that read two ways (2021111), digits
that are no date, a line whose words are no organ."""

from __future__ import annotations

import pytest
from made_up import plan

NOTICE_BODY = ("关于举办2019年科技活动周的通知\n"
               "各县区科技局、科协，各有关单位：\n"
               "根据上级有关精神，定于5月19日至25日举办全市科技活动周，现将有关事宜通知如下：\n"
               "一、活动主题\n"
               "科技强国，科普惠民。\n"
               "二、活动内容\n"
               "组织科普讲座、科普展览和科技咨询，各单位要认真组织，确保活动取得实效。\n")


def notice(head: str, number: str = "信科文〔2019〕12号") -> str:
    return f"|\n{head}\n{number}\n{NOTICE_BODY}"


@pytest.mark.parametrize(("head", "issuer"), [
    # the listed page's layout (other bodies): 文件 beside the first of two lines
    ("信阳市科学技术局 文件\n信阳市科学技术协会", "信阳市科学技术局、信阳市科学技术协会"),
    ("信阳市科学技术局文件\n信阳市科学技术协会", "信阳市科学技术局、信阳市科学技术协会"),
    # wording no listed page shows: two bodies on one line ending 文件, and three lines with 文件 beside the middle one
    ("洛阳市教育局 洛阳市科学技术协会 文件", "洛阳市教育局、洛阳市科学技术协会"),
    ("南阳市科学技术局\n南阳市教育局 文件\n南阳市科学技术协会", "南阳市科学技术局、南阳市教育局、南阳市科学技术协会"),
    # one body with 文件 set apart by a space (read before the round too: the page's spaces are gone once read)
    ("南阳市科学技术协会　文件", "南阳市科学技术协会"),
])
def test_a_joint_red_header_names_its_bodies(head, issuer):
    assert plan(notice(head))["issuer"] == issuer


@pytest.mark.parametrize("head", [
    "市政府 文件",  # a site's column: no region, no organ
    "关于转发信阳市科学技术局文件的通知",  # a notice's title naming a 文件
    "信阳市科学技术协会 文件下载",  # a site's banner
    "信阳日报 文件",  # a newspaper's name is no organ
])
def test_what_the_red_header_rule_must_not_take(head):
    assert not plan(notice(head))["issuer"]


def test_a_signature_beats_the_red_header():
    text = notice("信阳市科学技术局 文件\n信阳市科学技术协会") + "信阳市科学技术协会\n2019年5月6日\n"
    assert plan(text)["issuer"] == "信阳市科学技术协会"


def bulletin(masthead: str, name: str = "海口市第十五届科技活动周简报", issue: str = "第3期") -> str:
    # the masthead's lines and the story under it as paragraphs apart (a page's blank lines between them)
    return (f"{name}\n\n{issue}\n\n{masthead}\n\n"
            "海口市第十五届科技活动周开幕\n\n"
            "5月22日上午，全市科技活动周启动仪式在市科技馆广场举行，各有关单位设立展位，开展科技咨询和科普展览。\n\n"
            "活动期间，各区将组织科普讲座、科技下乡和科普电影放映等活动。\n")


@pytest.mark.parametrize(("masthead", "issuer", "date"), [
    # the listed page's form (other words): two spaces between the organ and its date
    ("海口市科学技术局  2021526", "海口市科学技术局", "2021-05-26"),
    # wording no listed page shows: a 科协's bulletin, the space gone, eight digits
    ("三亚市科学技术协会20211109", "三亚市科学技术协会", "2021-11-09"),
])
def test_a_bulletins_organ_and_its_run_together_date(masthead, issuer, date):
    p = plan(bulletin(masthead))
    assert p["issuer"] == issuer
    assert p["issue_date"] == date


@pytest.mark.parametrize("masthead", [
    "海口市科学技术局  2021111",  # 1月11日 or 11月1日: two readings
    "海口市科学技术局  2021999",  # no date
    "海口科普热线  2021526",  # no organ
])
def test_what_the_run_together_date_rule_must_not_take(masthead):
    p = plan(bulletin(masthead))
    assert not p["issue_date"]
    assert not p["issuer"]
