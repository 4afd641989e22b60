"""Issue 23, round seventy-eight: the fourth window's first misses (holdouts 154-155) and what round seventy-seven left
(holdouts 146-153), in forms a second example and the pattern of Chinese documents explain.

A call for comments on a draft (…进行修订，形成《X（修订草案征求意见稿）》，现向社会公开征求意见) issues nothing: the document its
sentence names is cited, never the page's title (news.CALL_FOR_COMMENTS)."""

from __future__ import annotations

import pytest
from made_up import parsed, plan


def cited(text: str) -> set[str]:
    c = parsed(text).citations
    return set(c.title) if not c.empty else set()


def title(text: str):
    value = plan(text)["title"]
    return None if value is None or value != value else value


# A call for comments: the draft's document cited, no title.
CALL_PAGES = [
    # the listed page's form (other words): a department revising its earlier 办法, the draft named, then the call
    ("为进一步规范我省科普基地建设，我厅在调研的基础上，对2019年发布的《某省科普基地管理办法》（某科〔2019〕8号）进行修订，"
     "形成《某省科普基地管理办法（修订征求意见稿）》，现向社会公开征求意见。意见请发送至指定邮箱，截止时间为2024年4月1日。\n"
     "附件：\n1.《某省科普基地管理办法》修订征求意见稿\n\n某省科学技术厅\n2024年3月1日\n", "某省科普基地管理办法"),
    # wording no listed page shows: an association's draft norm, comments asked of its members
    ("某区科学技术协会制定了《某区科普示范学校评选办法》，现征求各街道和区直有关单位意见，请于6月30日前书面反馈区科协科普部。\n"
     "联系人：王某\n某区科学技术协会\n2023年6月2日\n", "某区科普示范学校评选办法"),
]


@pytest.mark.parametrize(("text", "draft"), CALL_PAGES)
def test_a_call_for_comments_names_no_title(text, draft):
    assert title(text) is None
    assert draft in cited(text)


def test_a_consultation_done_before_the_issue_keeps_the_issued_document():
    # 经广泛征求意见，现将《X》印发给你们: comments asked before, X issued now (the settled reading)
    text = ("各乡镇，县直有关单位：\n经广泛征求意见，现将《某县2024年科普工作要点》印发给你们，请认真贯彻落实。\n"
            "某县科学技术协会\n2024年2月5日\n")
    assert title(text) == "某县2024年科普工作要点"
    # news of issuing after a consultation: 征求意见 before the name, the lead kept
    news = "在充分征求意见的基础上，某县日前印发了《某县全民科学素质行动实施方案（2021-2025年）》，明确了五项重点任务。\n"
    assert title(news) == "某县全民科学素质行动实施方案（2021-2025年）"
