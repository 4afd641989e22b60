"""Issue 23, round one hundred and three: a quoted name holding its own comma inside a heading, and a notice's own file offered
under a body that shows no heading.

From holdout234's misses (seen since its first contact): a province's results notice headed 关于公布“体验科学，快乐成长”…获奖结果
的通知 gave no title (the slogan's comma ended the heading for every reader), and two 科协 results notices whose pages print only
the body, the notice itself offered as a file (文件下载：关于公布…获奖名单的通知常科协〔2020〕84号.doc), gave no title or number."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = "各设区市科协、教育局：\n为鼓励先进，现将获奖结果予以公布（详见附件）。\n希望获奖单位再接再厉。\n"


@pytest.mark.parametrize("heading", [
    "关于公布“体验科学，快乐成长”2018年某某省青少年科学调查体验活动获奖结果的通知",
    # wording no listed page shows: a themed activity's notice, its slogan's comma half-width
    "某某市科学技术协会关于开展“科技创新,强国有我”主题科普活动的通知",
])
def test_a_quoted_name_with_a_comma_stays_in_its_heading(heading):
    assert plan(heading + "\n" + BODY)["title"] == heading.replace(",", "，")


def test_a_comma_outside_quotes_still_ends_a_heading():
    assert plan("关于开展“科技周”活动，现将有关事项通知如下\n" + BODY)["title"] is None


@pytest.mark.parametrize(("line", "title", "number"), [
    ("附件：第32届某某市青少年科技创新大赛获奖名单\n文件下载：关于公布第32届某某市青少年科技创新大赛获奖名单的通知某科协〔2020〕84号.doc",
     "关于公布第32届某某市青少年科技创新大赛获奖名单的通知", "某科协〔2020〕84号"),
    # a district 科协's decision offered as a pdf, no number on the file
    ("附件：关于命名某某科技馆等单位为某某区科普教育基地的决定.pdf", "关于命名某某科技馆等单位为某某区科普教育基地的决定", None),
])
def test_a_notices_own_file_under_a_headless_body_gives_its_title(line, title, number):
    row = plan(BODY + line + "\n某某市科学技术协会 某某市教育局\n2020年12月11日\n")
    assert (row["title"], row["doc_number"]) == (title, number)


@pytest.mark.parametrize("text", [
    # a relay: the file is the notice it forwards, never its own
    "现将省科技厅《关于组织申报2020年某某省重点研究与开发计划项目的通知》转发给你们，请认真组织申报。\n"
    "附件：关于组织申报2020年某某省重点研究与开发计划项目的通知.docx\n",
    # an issuing notice's attachment is the plan it issues, no notice of its own
    BODY + "附件：某某县科普工作实施方案.doc\n",
])
def test_a_relayed_notice_or_a_plan_offered_as_a_file_is_no_title(text):
    assert plan(text + "2019年12月10日\n")["title"] is None
