"""Issue 23, round thirty-seven: an attachment's file link under a relaying notice is no heading or number of the page
(docs/parser_rounds.md). Made-up pages, one in wording no listed page shows, and the form the rule must keep."""

from __future__ import annotations

import pytest
from made_up import plan

BODY = ("全院各单位：\n根据某省科协等21部门联合下发《关于举办某省2024年全国科普日活动的通知》精神，定于9月15日至25日集中开展"
        "全国科普日主题活动。各单位可结合本单位特色合理安排宣传活动。\n联系人：王老师，联系电话：6182009。\n")


@pytest.mark.parametrize(("attachment", "office", "date", "iso"), [
    # the label alone on its line, the file's name with the higher notice's number (as a listed page shows it, other words)
    ("附件:\n某科协普〔2024〕20号某省科协等21部门关于举办某省2024年全国科普日活动的通知.pdf", "科研促进部", "2024年9月2日",
     "2024-09-02"),
    # the label and the link on one line, a numbered attachment (wording no listed page shows)
    ("附件2：关于举办2021年全市科技活动周的通知（定）.docx", "科研部", "2021年5月21日", "2021-05-21"),
])
def test_an_attachments_file_link_is_no_heading_or_number_of_the_page(attachment, office, date, iso):
    row = plan(f"{BODY}{attachment}\n{office}\n{date}\n")
    assert (row["title"], row["doc_number"], row["issue_date"]) == (None, None, iso)


def test_a_shared_files_name_over_its_text_is_still_its_title():
    row = plan("某县关于加强科普工作的实施意见.docx\n1、某县关于加强科普工作的实施意见\n为贯彻落实《中华人民共和国科学技术普及法》，"
               "结合本县实际，提出如下实施意见。\n一、总体要求\n坚持以人民为中心。\n")
    assert row["title"] == "某县关于加强科普工作的实施意见"
