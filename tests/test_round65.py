"""Issue 23, round sixty-five: the readings of rounds sixty-two and sixty-three under a layout's changes. A law
database's English note of promulgation wrapped over lines (a PDF's or a copy's width) is read whole, over the lines
the English reader joins again (`unwrapped`), with a possessive cut after its mark glued back (People' / s Government);
where the order's name is cut inside a word the note gives no number rather than a part of the name. A headline or a
slogan standing over a document's heading with a blank line under it is no piece of the heading (a layout's cut leaves
no blank line). Tests on made-up pages, each form in a wording no listed page shows, wrapped and with a site's labels
around it, and the forms that must give none."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.english import english_record, unwrapped

FILLER = ("Local governments at all levels shall strengthen their leadership of the popularization of science and "
          "technology, integrate it into their plans for economic and social development, and provide the funds it "
          "needs. Schools, museums and enterprises are encouraged to open their facilities to the public.\n")
TITLE = "Measures of Fujian Province on the Popularization of Science\n"
LABELS = "Index No.: 00-2013-118\nSubject: Science\n"  # a site's labels above the page


# -- a note of promulgation wrapped over lines --------------------------------------------------------------------

@pytest.mark.parametrize(("note", "number", "issued"), [
    # cut after a possessive's mark, and at spaces (a trailing space, a space opening the next line)
    ("(Act No. 118 of the Fujian Provincial People'\ns Government Order No. 118 \nof 8 November 2013, which shall"
     "\n enter into force on 1 January 2014)",
     "Fujian Provincial People's Government Order No. 118", "2013-11-08"),
    # a meeting's day first, the order and its publishing each cut over lines
    ("(Adopted at the 21st executive meeting on 2 March 2015, promulgated \nby Guizhou Provincial People's Government"
     "\n Decree No. 160, published on \n9 March 2015 and effective as of 1 May 2015)",
     "Guizhou Provincial People's Government Decree No. 160", "2015-03-09"),
])
@pytest.mark.parametrize("labels", ["", LABELS])
def test_a_wrapped_note_of_promulgation_is_read_whole(note, number, issued, labels):
    page = labels + TITLE + "\n" + note + "\nArticle 1 " + FILLER  # (a blank line under the title, as law pages show)
    assert english_record(page).get("doc_number") == number
    row = plan(page)
    assert (row["doc_number"], row["issue_date"]) == (number, issued)


@pytest.mark.parametrize("note", [
    # the order's name cut inside a word: the number would lose the government's name
    "(Fujian Provincial Peo\nple's Government Order No. 118 of 8 November 2013, which shall enter into force on "
    "1 January 2014)",
    # a possessive cut whose mark went with its s (People / 's is glued already); here a word cut before its s
    "(Fujian Provincial People'\nsGovernment Order No. 118 of 8 November 2013, which shall enter into force on "
    "1 January 2014)",
])
def test_a_cut_order_name_gives_no_number(note):
    page = TITLE + note + "\nArticle 1 " + FILLER
    found = english_record(page)
    assert found.get("doc_number") in (None, "Fujian Provincial People's Government Order No. 118")
    assert found.get("doc_number") != "Government Order No. 118"
    assert plan(page)["doc_number"] != "Government Order No. 118"


def test_a_possessive_cut_after_its_mark_is_glued_back():
    assert unwrapped("the People'\ns Congress of the province") == "the People's Congress of the province"
    assert unwrapped("the farmers'\nsmall plots") == "the farmers' small plots"  # a plural's mark, a word after it


# -- a headline over a heading, a blank line between ------------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("点亮科学梦想共创美好未来\n\n致全市科技辅导员的倡议书\n为进一步推动青少年科技教育，特向全市科技辅导员发出如下倡议：\n一、潜心育人。\n",
     "致全市科技辅导员的倡议书"),
    ("守护青山绿水共建美好家园\n\n致全县青少年的环保倡议书\n当前，生态文明建设深入推进，为激发青少年保护环境的热情，特发出如下倡议：\n一、节约资源。\n",
     "致全县青少年的环保倡议书"),
])
@pytest.mark.parametrize("labels", ["", "索引号：11510000-2022-00031\n主题分类：科技、教育\n"])
def test_a_headline_over_a_blank_line_is_no_piece_of_the_heading(text, title, labels):
    found = plan(labels + text)
    assert found["title"] == title


def test_a_heading_a_layout_broke_is_still_joined():
    # no blank line between: the cut a layout makes inside a word (round sixty-two)
    text = ("某某县农业农村局二〇二二年度部门决算公开编\n制说明\n第一部分 部门概况\n一、基本职能\n"
            "本部门负责全县农业农村发展规划、农业技术推广和农民科技培训等工作。\n")
    assert plan(text)["title"] == "某某县农业农村局二〇二二年度部门决算公开编制说明"


def test_a_meetings_day_before_the_order_is_no_issue_date():
    # the order's day not right after it: its verb of publishing after it gives the date, never the meeting's before it
    note = ("(Adopted at the 21st executive meeting on 2 March 2015, promulgated by Guizhou Provincial People's "
            "Government Decree No. 160, published on 9 March 2015 and effective as of 1 May 2015)")
    page = TITLE + "\n" + note + "\nArticle 1 " + FILLER
    assert plan(page)["issue_date"] == "2015-03-09"
