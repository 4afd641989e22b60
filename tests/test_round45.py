"""Issue 23, round forty-five: confident wrong values left on seen pages (docs/parser_rounds.md). Made-up pages, one of
each form in wording no listed page shows, and the forms the rules must not take."""

from __future__ import annotations

import pytest
from made_up import plan

from sciplan_analysis.parsing.documents import DESCRIPTION_PREFIX, clean_title, copy_name, is_title
from sciplan_analysis.parsing.normalise import PIECE_HEADING
from sciplan_analysis.parsing.pagekind import _collection_stem

SHARED_HEAD = "本站文档均由用户上传，仅供学习参考。\n"
BODY = ("为进一步普及科学知识，提高居民科学素质，结合本社区实际，决定在社区范围内开展一系列科普宣传活动。现将有关事宜"
        "安排如下：\n一、活动主题\n科学生活，健康你我。\n二、活动时间\n全年。\n")


@pytest.mark.parametrize(("page", "title"), [
    # a sharing site's label glued before a collection's name, its first piece's heading under it (as a listed page
    # shows it, other words)
    (SHARED_HEAD + "文档介绍:社区科普活动计划书\n篇一:某某社区科普宣传月活动方案\n某某社区科普宣传月活动方案\n" + BODY,
     "社区科普活动计划书"),
    # a collection's name twice over its first piece (as another site shows it, other words)
    (SHARED_HEAD + "街道科普工作计划\n街道科普工作计划\n篇一:某街道落实《全民科学素质纲要》工作实施方案\n" + BODY,
     "街道科普工作计划"),
    # wording no listed page shows: 内容简介 with a full-width colon, a piece numbered 第一篇
    (SHARED_HEAD + "内容简介：乡镇科技活动周实施方案\n第一篇：某镇2019年科技活动周实施方案\n" + BODY,
     "乡镇科技活动周实施方案"),
])
def test_a_collections_name_over_its_first_piece_is_the_title(page, title):
    assert plan(page)["title"] == title


def test_a_piece_heading_alone_is_still_read():
    # not taken: a piece's heading with no name above it keeps its reading (no collection's name to prefer)
    page = SHARED_HEAD + "篇一：某社区科普宣传月活动方案\n" + BODY
    assert plan(page)["title"] is not None


@pytest.mark.parametrize(("line", "piece"), [
    ("篇一:某社区科普宣传活动方案", True), ("篇2：某村科技下乡计划", True), ("第三篇：某校科技节方案", True),
    ("篇章结构合理", False), ("一篇：", False), ("第三篇文章", False),
])
def test_piece_heading(line, piece):
    assert (PIECE_HEADING.match(line) is not None) == piece


@pytest.mark.parametrize(("text", "cleaned"), [
    ("文档介绍:社区科普活动策划书", "社区科普活动策划书"),
    ("文档简介：某县科普工作计划", "某县科普工作计划"),
    ("内容简介: 某镇科技周活动方案", "某镇科技周活动方案"),
    # not taken: the label alone, or a title that only holds the word further on
    ("文档介绍", "文档介绍"),
    ("某县文档介绍工作方案", "某县文档介绍工作方案"),
])
def test_a_description_label_is_cut_from_a_title(text, cleaned):
    assert clean_title(text) == cleaned
    assert DESCRIPTION_PREFIX.pattern


@pytest.mark.parametrize(("text", "title"), [
    ("县科技周活动方案|科技周活动方案", False),         # a site's two names with a bar between (as a listed page shows it)
    ("某区科普工作计划｜某区科协", False),             # wording no listed page shows: a full-width bar, an organ after
    ("县科技周活动方案", True),
    ("某区科普工作计划（2021—2025年）", True),
])
def test_a_bar_divides_names_no_title_holds_it(text, title):
    assert is_title(text) == title


def test_a_copy_under_its_file_name_and_a_barred_description_gives_the_files_name():
    page = ("文档名称：\n\n某县科普日活动方案-科普日活动方案.docx\n\n格式：docx 大小：17KB 页数：4页\n\n"
            "某县科普日活动方案-科普日活动方案.docx\n\n文档介绍\n\n文档介绍：某县科普日活动方案|科普日活动方案【摘要】：一、指导思想："
            "认真贯彻落实全民科学素质行动规划纲要，在全县开展科学普及和宣传活动。二、主题：科学普及。\n")
    assert plan(page)["title"] == "某县科普日活动方案-科普日活动方案"


LECTURE_LEAD = ("某区开设领导干部科学素质提升课堂\n9月20日，在某区机关党务干部培训班上，一堂领导干部科学素质提升专题讲座"
                "引起了学员们的极大兴趣。\n")


@pytest.mark.parametrize("cited", [
    # a lecture's news citing the plans its province and city issued (as a listed page says it, other words)
    "省市印发的《全民科学素质行动计划纲要实施方案》都明确要求，要把科学素质纳入干部教育培训。区委党校精心策划了讲授内容。",
    # a notice's part citing the standard its basis is (as another site's page says it, other words)
    "某协会下发的《科普示范社区创建标准》是开展创建工作的主要依据。各地可结合实际细化。",
    # wording no listed page shows: a body's rules cited as having laid down a requirement
    "市科协制定的《某市科普志愿服务管理办法》明确规定，志愿者每年服务不少于20小时。区科协据此组织了报名。",
])
def test_a_document_named_attributively_under_the_lead_is_cited(cited):
    assert plan(LECTURE_LEAD + cited + "\n")["title"] is None


@pytest.mark.parametrize("lead", [
    # not taken: a lead opening the page's first paragraph, or a later paragraph's with its time word, still names it
    "某省人民政府办公厅印发的《某省全民科学素质行动规划纲要实施方案（2021—2025年）》提出，到2025年比例达到15%。",
    "某区开设科学素质课堂\n区里开展了一系列科普活动，受到群众欢迎。\n日前，某省人民政府办公厅印发的《某省全民科学素质行动规划纲要实施方案"
    "（2021—2025年）》提出，到2025年比例达到15%。",
])
def test_a_lead_opening_the_page_or_with_its_time_word_still_names_it(lead):
    assert plan(lead + "方案明确了五项重点任务。\n")["title"] == "某省全民科学素质行动规划纲要实施方案（2021—2025年）"


def _own_notice(heading: str, attachment: str) -> str:
    return (f"{heading}\n各有关单位：\n为深入普及科学知识，大力选拔培养优秀科普人才，经研究，定于近期举办本次活动。请各单位按照附件要求，"
            f"积极发动，认真组织，做好各项工作。\n{attachment}\n某市科学技术局 某市科学技术协会\n2024年5月23日\n")


@pytest.mark.parametrize(("page", "title"), [
    # a notice of its own over its attached plan's name, no part headings (as a listed page shows it, other words)
    (_own_notice("关于举办第三届某市科普讲解大赛的通知", "附件：第三届某市科普讲解大赛实施方案"),
     "关于举办第三届某市科普讲解大赛的通知"),
    # wording no listed page shows: a numbered attachment, a work plan, a notice of 开展
    (_own_notice("关于开展2024年某市科技活动周活动的通知", "附件2：2024年某市科技活动周工作计划"),
     "关于开展2024年某市科技活动周活动的通知"),
    # not taken: a notice carrying a plan (关于印发《X》的通知) over X attached keeps X as the page's document
    (_own_notice("关于印发《某市科普讲解大赛实施方案》的通知", "附件：某市科普讲解大赛实施方案"), "某市科普讲解大赛实施方案"),
])
def test_a_notice_of_its_own_is_not_titled_by_its_attachment(page, title):
    assert plan(page)["title"] == title


def _contest_notice(head: str = "", foot: str = "", when: str = "时间：2024年9月25日上午9:00") -> str:
    return (f"{head}关于举办2024年某市科普讲解大赛的通知\n为加强科普能力建设，经研究，决定举办2024年某市科普讲解大赛。现将有关事项通知如下：\n"
            f"一、大赛主题\n弘扬科学家精神\n二、赛事安排\n{when}\n地点：某市科技馆报告厅\n三、报名要求\n各单位于9月10日前报送报名表。\n"
            f"{foot}")


@pytest.mark.parametrize(("page", "date"), [
    # an event's time under a part heading, the site's record over the notice giving the page's date (as a listed page
    # shows it, other words)
    (_contest_notice(head="•发布机构：某市科学技术局•发布日期：2024年08月28日•名称：关于举办2024年某市科普讲解大赛的通知\n"),
     "2024-08-28"),
    # wording no listed page shows: 日期： and no time of day, nothing else dated: no date
    (_contest_notice(when="日期：2024年10月12日"), None),
    # not taken: a site's date under the body's last part, or over its first heading, is still the page's
    (_contest_notice(foot="发布时间：2024-08-30\n"), "2024-08-30"),
    ("发布时间：2024-08-30\n" + _contest_notice(), "2024-08-30"),
])
def test_an_events_time_inside_the_body_is_not_the_pages_date(page, date):
    assert plan(page)["issue_date"] == date


PIECE_BODY = ("某区科学技术委员会 某区科技兴区推进计划是全区经济和社会发展的重要构成，也是提高公众科学素养的重要体现。一、发展现状 "
              "近年来，我区认真贯彻科技兴区战略，科技事业稳健发展。二、指导思想 深入贯彻科学技术是第一生产力的思想，推进科教兴区战略。\n")


@pytest.mark.parametrize(("head", "title"), [
    # a 范文 site's collection headed …范例6篇, its first piece marked …范文1 over the piece's own name (as a listed page
    # shows it, other words)
    ("农村科普工作计划范例6篇\n\n农村科普工作计划\n\n农村科普工作计划范文1\n\n某区（2005年-2007年）科技兴区推进计划\n\n",
     "农村科普工作计划"),
    # wording no listed page shows: a bracketed count after 范例, the first piece numbered 范例一
    ("校园科技节活动方案范例（精选8篇）\n\n校园科技节活动方案范例一\n\n某中学2019年科技节活动方案\n\n", "校园科技节活动方案"),
])
def test_a_collection_of_examples_is_a_copy_titled_by_its_name(head, title):
    assert plan(head + PIECE_BODY)["title"] == title


@pytest.mark.parametrize(("line", "stem"), [
    ("农村科普工作计划范例6篇", "农村科普工作计划"),
    ("校园科技节活动方案范例（精选8篇）", "校园科技节活动方案"),
    # not taken: 范例 with no count of pieces or bracketed mark heads no collection (a piece's own name may end so)
    ("农村科普工作计划范例", None),
])
def test_a_collections_heading_with_the_word_for_examples(line, stem):
    assert _collection_stem(line) == stem


@pytest.mark.parametrize(("name", "bare"), [
    ("农村科普工作计划范例", "农村科普工作计划"),
    ("某镇科普示范村创建工作方案", "某镇科普示范村创建工作方案"),   # not taken: 示范 inside a name
])
def test_copy_name_cuts_the_word_for_examples(name, bare):
    assert copy_name(name) == bare


@pytest.mark.parametrize("page", [
    # a town association's account of its event, signed with its name and the day (as a listed page shows it, other words)
    ("为进一步提升全民科学素质，9月22日，某某镇科协利用集市日在镇文化广场开展科普宣传活动，吸引了众多群众驻足参与。\n"
     "活动当天，科普志愿者通过设立宣传服务台、摆放科普展板、发放宣传册等方式向群众普及科学知识。\n"
     "下一步，某某镇科协将持续聚焦群众需求，不断丰富宣传内容和形式。\n某某县某某镇科学技术协会\n2025年9月22日\n"),
    # wording no listed page shows: a street association, 近日 for the day
    ("近日，某某街道科协在社区活动中心举办防灾减灾科普讲座，邀请专家为居民讲解应急避险知识，80余名居民参加。\n"
     "讲座内容丰富，受到居民好评。\n某某区某某街道科学技术协会\n2024年5月12日\n"),
])
def test_an_account_signed_by_its_body_names_no_issuer(page):
    assert plan(page)["issuer"] is None


def test_a_signed_notice_with_no_title_keeps_its_signer():
    # not taken: a notice (addressees, no news lead) signed by its organ still names it
    page = ("各乡镇科协：\n经研究，现将2025年科普工作经费下达给你们，请认真组织实施，确保资金使用效益。\n某某县科学技术协会\n"
            "2025年3月5日\n")
    assert plan(page)["issuer"] == "某某县科学技术协会"
