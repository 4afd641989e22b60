"""Issue 23, round forty-three: a lead read deep in a page that is neither news nor the document (a yearbook's section, a
summary, a copy), and a headline's first organ taking a character from a spam line over a blank line (docs/parser_rounds.md).
Made-up pages, one of each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import parsed, plan

from sciplan_analysis.parsing.issuers import lead_subject
from sciplan_analysis.parsing.news import lead, opening_text
from sciplan_analysis.parsing.normalise import ISSUED_HEADLINE, paragraphs

# a yearbook's section: two 【】 entries, a county's document named in a later sentence of the second (as a listed page
# shows it, other words)
YEARBOOK = ("【全面实施科学素质纲要】 围绕重点人群，科学素质工作全面展开。市委组织部举办干部培训班2期，共培训干部120人。"
            "市科技局利用培训基地培训农民2000余人次。\n【丰富农村科普】 向各乡镇科普活动站无偿提供科普图书1万套。"
            "某某县委、县政府联合下发《2009年乡镇科普工作考核办法》，首次将科普纳入乡镇考核，明确了责任。\n")
# a 范文 site's summary: the site's greeting, then the county's account naming its documents (as a listed page shows it,
# other words)
COPY = ("当前位置:网站首页 >> 范文 >> 科普工作总结(3篇)\n\n科普工作总结(3篇)\n\n无论是身处学校还是步入社会,大家都尝试过写作吧,"
        "借助写作也可以提高我们的语言组织能力。下面是小编帮大家整理的优质范文,仅供参考。\n\n科普工作总结篇一\n\n"
        "从我县工作机制上看，县委出台了《关于进一步加强新时期科协工作的意见》，县政府印发了《某某县科学素质工作方案》，"
        "并将科学素质工作纳入考评。\n\n我县在实施过程中逐步得到完善和落实。\n")
# a body's yearly summary recounting a city's measures (wording no listed page shows)
REPORT = ("某某市科协2019年工作总结\n\n2019年，市科协在市委、市政府的领导下，围绕中心、服务大局，各项工作取得了新的进展。\n\n"
          "一年来，我们着力完善工作机制。在制度建设方面，市政府办公室印发了《某某市科普基地认定管理办法》，明确了基地的认定程序。\n\n"
          "我们还组织开展了科技活动周、全国科普日等活动，受众达10万人次。\n")


@pytest.mark.parametrize(("page", "document"), [
    (YEARBOOK, "2009年乡镇科普工作考核办法"),
    (COPY, "关于进一步加强新时期科协工作的意见"),
    (REPORT, "某某市科普基地认定管理办法"),
])
def test_a_document_recounted_deep_in_an_account_is_no_title_and_its_organ_no_issuer(page, document):
    p = plan(page)
    assert p["page_kind"] not in ("news", "document")
    assert p["title"] is None
    assert p["issuer"] is None
    assert document in set(parsed(page).citations.title)


def test_an_accounts_opening_paragraph_still_names_its_document():
    # a news item read as no kind: its opening paragraph names the decision (as a listed page shows it, other words)
    page = ("为显著提升基层科普工作能力，推动纲要的贯彻落实，中国科协启动了第一批全国科普示范县（市、区）认定工作。全国共有53个县"
            "（市、区）入选。9月1日，《中国科协关于命名2021-2025年度第一批全国科普示范县（市、区）的决定》发布，我市入选榜单。\n"
            "近年来，某某市科协积极推进基层科普工作。\n")
    p = plan(page)
    assert p["page_kind"] != "news"
    assert p["title"] == "中国科协关于命名2021-2025年度第一批全国科普示范县（市、区）的决定"
    assert p["issuer"] == "中国科协"


def test_the_opening_bounds_a_subjects_naming_not_a_notice_body():
    texts = ["某某县科普工作文件汇编", "下面是小编帮大家整理的优质范文，仅供参考，大家一起来看看吧。",
             "某某县人民政府办公室印发了《某某县科学素质行动实施方案》，全县认真贯彻。",
             "经县政府同意，现将《某某县科普工作考核办法》印发给你们，请认真贯彻执行。"]
    assert opening_text(texts) == 1
    assert lead(texts, opening=1).title == "某某县科普工作考核办法"  # a notice body is read as before
    assert lead(texts[:3], opening=1).title is None                     # a subject's naming after the opening is not
    assert lead(texts[:3]).title == "某某县科学素质行动实施方案"         # (no opening given: as before the round)
    dated = [*texts[:2], "日前，某某县人民政府办公室印发了《某某县科学素质行动实施方案》，全县认真贯彻。"]
    assert lead(dated, opening=1).title == "某某县科学素质行动实施方案"  # a dated report of the issue still is
    assert opening_text(["某某县科普工作文件汇编", "欢迎您。"]) is None


SPAM_OVER = "热门标签 科技 园区 园区 园区 高新区\n\n"
HEADLINE = "科技厅、省委宣传部、省科协联合印发《某某省省级科普基地管理办法》\n\n2020-05-12 某某省科技厅\n\n"


@pytest.mark.parametrize(("lead_sentence", "issuer"), [
    # the body's lead names the organs with their level (as a listed page shows it, other words)
    ("为切实加强我省科普能力建设，近日，省科技厅、省委宣传部、省科协联合印发《某某省省级科普基地管理办法》，进一步完善认定程序。",
     "省科技厅、省委宣传部、省科协"),
    # the body names no organ (wording no listed page shows): the headline's list, its first organ's level lost, names none
    ("为切实加强我省科普能力建设，《某某省省级科普基地管理办法》近日正式出台，进一步完善认定程序。", None),
])
def test_a_headline_under_a_spam_line_takes_no_character_from_it(lead_sentence, issuer):
    p = plan(SPAM_OVER + HEADLINE + lead_sentence + "\n")
    assert p["title"] == "某某省省级科普基地管理办法"
    assert p["issuer"] == issuer


@pytest.mark.parametrize(("above", "joined"), [
    ("热门标签 科技 园区 园区 园区", False),          # a spam line (as a listed page shows it, other words)
    ("友情链接 某某新区 某某社区", False),            # a site's link line (wording no listed page shows)
    ("四川省", True),                                  # a headline wrapped after its region: still one
    ("四川省科技厅、", True),                           # a list left open: still one
])
def test_a_headline_naming_a_document_issued_whole_starts_a_paragraph_under_a_blank_line(above, joined):
    paras = paragraphs(above + "\n\n科技厅、省委宣传部、省科协联合印发《四川省省级科普基地管理办法》\n\n2020-05-12\n")
    assert any(p.text.startswith("科技厅") for p in paras) is not joined


def test_issued_headline():
    assert ISSUED_HEADLINE.match("科技厅、省委宣传部、省科协联合印发《四川省省级科普基地管理办法》")
    assert ISSUED_HEADLINE.match("某市科协发布《某市科普基地认定办法》")
    assert not ISSUED_HEADLINE.match("近日，某市科协发布《某市科普基地认定办法》")  # a lead's sentence, not a headline
    assert not ISSUED_HEADLINE.match("某市科协发布《某市科普基地认定办法》的解读")


@pytest.mark.parametrize(("before", "subject"), [
    ("科技厅、省委宣传部、省科协联合", None),        # the first organ's level lost: the list names none, not its last
    ("某某局、某某市科协共同", None),                # a bureau without its region (wording no listed page shows)
    ("某某大学、某某市科协共同", None),              # a first part of another shape: its last organ alone before 共同 is
                                                     # a part of the list, none since round sixty-one (was 某某市科协)
    ("会上，县长、县科协", "县科协"),                # a person first: as before the round (round forty-two's test)
    ("（记者某某）全国妇联与中国科协近日联合", "全国妇联、中国科协"),  # round forty-one's joint run, as before
    ("日前某某省科协、省人社厅联合", "某某省科协、省人社厅"),          # round forty-two's, as before
    ("近日，某某市科协", "某某市科协"),                               # a single subject, as before
])
def test_a_list_whose_first_part_is_no_organ_names_none(before, subject):
    assert lead_subject(before) == subject
