"""The kind of text a page is (plans.page_kind, parsing/pagekind.py; issue 23): made-up pages of each kind in
two forms or more (one no listed page shows), the forms that must not be taken for another kind, the five
plans' kinds, and the table contract."""

from __future__ import annotations

import copy
import warnings

import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis.profile import plan_profiles
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing import pagekind as pk
from sciplan_analysis.parsing.parse import parse_text, read_text
from sciplan_analysis.report import plan_page
from sciplan_analysis.report.export import reader_tables
from sciplan_analysis.tables import COLUMNS, NULLABLE, VALUES

PLAN_BODY = """一、总体要求
（一）指导思想。坚持政府推动、全民参与，提升全民科学素质。
（二）发展目标。到2025年，全县公民具备科学素质的比例超过12%。
二、主要任务
（一）青少年科学素质提升行动。开展科学教育进校园活动。
（二）农民科学素质提升行动。开展农村实用技术培训。
三、保障措施
（一）加强组织领导。县全民科学素质工作领导小组统筹推进。
（二）加强经费保障。将科普经费列入年度财政预算。
"""


def kind(text: str) -> pk.PageKind:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_text(text).page_kind


# -- each kind, in two forms or more ---------------------------------------------------------------------

DOCUMENTS = {
    "notice": ("甲县人民政府办公室\n关于印发甲县全民科学素质行动实施方案的通知\n甲府办发〔2022〕8号\n\n"
               "各乡镇人民政府，县政府各部门：\n现将《甲县全民科学素质行动实施方案》印发给你们，请认真贯彻执行。\n\n"
               "甲县人民政府办公室\n2022年5月6日\n\n" + PLAN_BODY),
    "plan": "乙市全民科学素质行动规划纲要实施方案（2021—2025年）\n\n为提升全民科学素质，制定本实施方案。\n\n" + PLAN_BODY,
    # a form no listed page shows: a reply to a deputy's motion, with its salutation and its signature
    "reply": ("丙县科学技术协会对县人大十届三次会议第21号建议的答复\n\n张某某代表：\n"
              "您提出的关于加强农村科普工作的建议收悉。现答复如下：我会将进一步加强农村科普阵地建设。\n\n"
              "丙县科学技术协会\n2023年6月1日\n"),
    # a fragment of a plan: its last part and its groups, no title, no notice
    "fragment": ("（上接第3版）\n\n四、组织实施\n（一）组织保障。各级政府加强领导。\n（二）机制保障。建立联席会议制度。\n"
                 "（三）条件保障。加大投入。\n"),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_document_in_its_forms(name):
    assert kind(DOCUMENTS[name]).kind == "document", name


NEWS = {
    "lead": ("丁县印发全民科学素质行动实施方案\n来源：丁县日报 2022-05-09\n\n"
             "日前，丁县人民政府办公室印发《丁县全民科学素质行动实施方案》，提出到2025年全县公民具备科学素质的比例超过12%。"
             "《方案》明确了五项提升行动。\n（记者 王某）\n"),
    "survey": ("本报讯（记者 李某）10月11日从省科协获悉，第十三次中国公民科学素质抽样调查结果显示，"
               "我省公民具备科学素质的比例达到13.2%，比上次调查提高1.5个百分点。\n责任编辑：赵某\n"),
    "meeting": ("戊市召开全民科学素质工作会议\n\n3月2日上午，戊市全民科学素质工作领导小组召开全体成员会议。"
                "会议指出，要把科学普及放在与科技创新同等重要的位置。会上，市科协通报了去年工作情况。\n"),
    # a form no listed page shows: a lead after the purpose clause, and no byline nor source
    "purpose": ("为推动科普工作高质量发展，近日，己县科协在县城广场举办科普日主场活动，展出科普展板30块，"
                "发放宣传资料2000余份，吸引群众千余人参与。\n活动现场还设置了科学实验体验区。\n"),
    "explained": ("《庚省全民科学素质行动规划纲要实施方案》政策解读\n\n一、出台背景\n"
                  "为贯彻国务院的纲要，省政府办公厅印发了实施方案。\n二、主要目标\n到2025年比例超过15%。\n"
                  "三、重点任务\n（一）青少年行动。\n（二）农民行动。\n（三）老年人行动。\n"),
}


@pytest.mark.parametrize("name", NEWS)
def test_news_in_its_forms(name):
    assert kind(NEWS[name]).kind == "news", name


PAPERS = {
    "labels": ("公民科学素质建设的县域实践研究\n张某 （某大学 公共管理学院，北京 100081）\n"
               "摘要：本文以某县为例，分析了县域公民科学素质建设的路径。\n关键词：科学素质；县域；科普\n"
               "中图分类号：G322 文献标识码：A\n"),
    # a form no listed page shows: an abstract page with an English abstract and no labels but 摘要 as its heading
    "english": ("摘要\n本文基于2020年调查数据，考察了农村居民科学素质的影响因素。\n"
                "Based on the survey data of 2020, this paper examines the factors that shape the scientific literacy "
                "of rural residents in China, and finds that education and internet use matter most of all.\n"),
    "frame": "论文部分内容阅读\n2014年，某市科普工作深入贯彻落实纲要，创新科普方式，取得了显著成效。\n",
}


@pytest.mark.parametrize("name", PAPERS)
def test_a_paper_in_its_forms(name):
    assert kind(PAPERS[name]).kind == "paper", name


REPORTS = {
    "summary": ("辛镇2022年全民科学素质工作总结\n\n2022年，我镇在县领导小组的指导下，积极开展科普活动。"
                "现将有关工作总结如下：\n一、主要工作\n开展科普讲座12场。\n二、存在的问题\n经费不足。\n"),
    "speech": ("在全县科学素质工作会议上的讲话\n\n同志们：\n今年以来，全县科学素质工作取得了新进展。"
               "下一步工作，要抓好三件事。\n"),
    # a form no listed page shows: a bulletin with its issue number
    "bulletin": ("全民科学素质工作简报\n第3期\n\n壬县科协 2023年4月2日\n\n今年以来，壬县科协开展科普进社区活动20场。\n"),
}


@pytest.mark.parametrize("name", REPORTS)
def test_a_report_in_its_forms(name):
    assert kind(REPORTS[name]).kind == "report", name


COPIES = {
    "template": ("xx镇20xx年全民科学素质工作实施方案\n\n为提高我镇公民科学素质，结合xx镇实际，制定本方案。\n"
                 "一、工作目标\n到20xx年，全镇公民具备科学素质的比例达到xx%。\n"),
    "sharing": ("癸县全民科学素质行动实施方案_第1页\n已阅读1页，还剩4页未读，继续免费阅读\n下载本文档\n"
                "版权说明：本文档由用户提供并上传\n" + PLAN_BODY),
    # a form no listed page shows: a wiki's entry with its name box
    "wiki": ("全民科学素质纲要实施工作办公室\n复制链接\n中文名：全民科学素质纲要实施工作办公室\n"
             "设立时间：2008年\n办公室设在中国科协，负责纲要实施的日常工作。\n"),
}


@pytest.mark.parametrize("name", COPIES)
def test_a_copy_in_its_forms(name):
    assert kind(COPIES[name]).kind == "copy", name


# -- forms that must not be taken -----------------------------------------------------------------------

def test_a_plan_that_quotes_a_news_lead_is_a_document():
    text = DOCUMENTS["plan"].replace("为提升全民科学素质，", "日前，国务院印发了新的纲要。为提升全民科学素质，")
    read = kind(text)
    assert "news_lead" in read.cues and read.kind == "document"


def test_a_notice_with_an_abstract_label_once_is_no_paper():
    text = DOCUMENTS["notice"].replace("现将", "摘要：本方案明确了五项行动。\n现将")
    read = kind(text)
    assert "scholarly" not in read.cues and read.kind == "document"


def test_a_news_item_that_reprints_the_plan_is_the_plan():
    text = ("经县政府同意，近日，县政府办公室印发《甲县全民科学素质行动实施方案》，全文如下：\n\n" + PLAN_BODY)
    read = kind(text)
    assert read.kind == "document" and read.source == "reprint"
    # …and without its reprint it is news
    assert kind(text.split("全文如下")[0] + "提出了五项行动。\n").kind == "news"


def test_a_speech_saluting_its_audience_is_no_notice():
    text = "在全县科学素质工作会议上的讲话\n\n各位领导、同志们：\n今年以来，全县科学素质工作取得了新进展。\n"
    read = kind(text)
    assert "salutation" not in read.cues and read.kind == "report"


def test_a_menu_item_of_explanations_is_no_explanation():
    text = "栏目导航\n政策解读\n\n" + DOCUMENTS["plan"]
    assert kind(text).kind == "document"


def test_one_sharing_word_is_no_copy():
    text = NEWS["lead"] + "\n点击下载客户端，免费下载\n"
    assert kind(text).kind == "news"


def test_a_lead_beside_a_notice_body_is_unknown():
    text = ("近日，县科协向各乡镇科协印发了开展科普日活动的通知，要求各地认真组织。\n"
            "现将有关事项通知如下，印发给你们。\n\n县科学技术协会\n2023年3月1日\n")
    assert kind(text) == pk.PageKind("unknown", "conflict", kind(text).cues)


def test_a_page_with_no_cue_is_unknown():
    read = kind("科学素质是国民素质的重要组成部分。公民具备科学素质是指崇尚科学精神，树立科学思想。\n")
    assert (read.kind, read.source, read.cues) == ("unknown", "none", ())


def test_the_cue_words_are_read_from_the_file(tmp_path):
    path = tmp_path / "cues.csv"
    path.write_text("# made up\nword,cue\n快讯,news_lead\n", encoding="utf-8")
    assert pk.cue_words(path)["news_lead"] == ("快讯",)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("word,cue\n快讯,gossip\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        pk.cue_words(wrong)


# -- the five plans and the table contract -------------------------------------------------------------

def test_the_five_plans_read_as_documents(corpus):
    plans = corpus.plans.set_index("plan_id")
    assert set(plans["page_kind"]) == {"document"}
    assert plans.loc["chongqing", "page_kind_source"] == "plan_parts"  # a fragment: its parts, no notice
    assert plans.loc["lezhi", "page_kind_source"] == "notice_title"


def test_page_kind_is_in_the_contract():
    assert COLUMNS["plans"].index("page_kind") == COLUMNS["plans"].index("doc_type_source") + 1
    assert COLUMNS["plans"][COLUMNS["plans"].index("page_kind") + 1] == "page_kind_source"
    assert VALUES[("plans", "page_kind")] == pk.KINDS
    assert VALUES[("plans", "page_kind_source")] == pk.SOURCES
    assert not {"page_kind", "page_kind_source"} & NULLABLE["plans"]


def test_parse_text_gives_the_kind_and_the_manifest_wins():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read = parse_text(NEWS["lead"], "x").plans.iloc[0]
        given = parse_text(NEWS["lead"], "x", page_kind="document").plans.iloc[0]
    assert (read["page_kind"], read["page_kind_source"]) == ("news", "news_lead")
    assert (given["page_kind"], given["page_kind_source"]) == ("document", "manifest")


def test_a_manifest_kind_must_be_of_the_vocabulary():
    with warnings.catch_warnings(), pytest.raises(PlanError, match="page_kind 'blog'"):
        warnings.simplefilter("ignore")
        parse_text(NEWS["lead"], "x", page_kind="blog")


# -- shown to readers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "column", "value"), [("zh", "文本类型", "规划或文件原文"),
                                                       ("en", "Kind of text", "The document itself")])
def test_the_workbook_plans_sheet_shows_the_kind(corpus, lang, column, value):
    plans = reader_tables(corpus, lang)["plans"]
    assert list(plans["page_kind"]) == [value] * len(corpus.plans)
    assert labels.label("column", "page_kind", lang) == column
    assert plans.columns.get_loc("page_kind") == plans.columns.get_loc("doc_type") + 1


def test_a_plan_page_says_when_it_was_not_read_from_the_plan(corpus):
    reuse, pairs = ru.reuse_tables(corpus)
    news = corpus.plans.assign(page_kind=corpus.plans["page_kind"].where(corpus.plans.plan_id != "wuxi", "news"))
    changed = copy.copy(corpus)
    changed.plans = news
    profiles = plan_profiles(changed, reuse, pairs)
    zh, en = plan_page.plan_html(profiles["wuxi"], "zh"), plan_page.plan_html(profiles["wuxi"], "en")
    assert "本页读自一篇新闻报道，不是规划原文；标题、发文机关等取自报道所述。" in zh
    assert "read from a news report, not from the plan itself" in en
    for page, sentence in ((zh, "本页读自一篇新闻报道"), (en, "This page was read from a news report")):
        assert "page_kind" not in page and page.count(sentence) == 1  # one sentence, no code
    # the documents' pages say nothing of it
    lezhi = plan_page.plan_html(profiles["lezhi"], "zh")
    assert "本页读自" not in lezhi and "未能判断本页" not in lezhi
    # only its instrument mix's note names the news page, as a text left out of the comparison (audit22 item 15)
    assert lezhi.count("不是规划原文") == 1 and "不计入比较：重庆市残篇只有半份规划；巫溪县读自新闻报道，不是规划原文。" in lezhi


# -- round twenty-one: a collection headed by a plan's name is a copy --------------------------------------------

@pytest.mark.parametrize("text", [
    # a spam site's name, then the collection's heading with its count in brackets (as holdout47c's oriental01 copy)
    "某某影视在线观看\n全国科普日活动方案\n时间：2023-06-27 活动方案\n全国科普日活动方案（通用20篇）\n为了做好工作，"
    "下面是整理的方案。\n全国科普日活动方案1\n一、指导思想\n（一）普及科学。\n二、活动内容\n（一）开展展览。\n",
    # a form no listed page shows: a word and a count, bare, over a numbered piece
    "社区科普工作计划精选8篇\n社区科普工作计划一\n一、工作目标\n提升居民科学素质。\n二、主要任务\n（一）开展讲座。\n",
])
def test_a_collection_headed_by_a_plans_name_is_a_copy(text):
    assert (kind(text).kind, kind(text).source) == ("copy", "sharing")


@pytest.mark.parametrize("text", [
    # a plan's own title with its period in brackets: a document
    "某市科普工作计划（2021—2025年）\n为提升科学素质，制定本计划。\n" + PLAN_BODY,
    # a bare word with no count (a piece's own name may end so) is no collection's heading for the kind
    "某市科普工作计划汇编\n为提升科学素质，制定本计划。\n" + PLAN_BODY,
])
def test_a_plan_title_without_a_count_of_pieces_is_no_collection(text):
    assert kind(text).kind != "copy"


# -- a page's address (the manifest's source_url): a host of data/reference/page_hosts.csv names its kind ----------

# a sharing site's copy of a notice, its site frame cut away: the text alone reads the document it copies
COPIED_NOTICE = DOCUMENTS["notice"]


def kind_at(text: str, url: str | None) -> pk.PageKind:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_text(text, "x", url).page_kind


@pytest.mark.parametrize(("url", "named", "host"), [
    ("https://m.renrendoc.com/paper/123456.html", "copy", "renrendoc.com"),  # a subdomain of a listed host
    ("http://www.98523.com/fanwen/gongzuoyijian/1.html", "copy", "98523.com/fanwen"),  # a listed folder of a host
    ("https://BAIKE.baidu.com/item/%E7%A7%91%E6%99%AE", "copy", "baike.baidu.com"),  # written in capitals
    ("https://www.soolun.net/paper/1.html", "paper", "soolun.net"),  # a subdomain
    ("http://www.qikan.com.cn/article/gogj20231906.html", "paper", "qikan.com.cn"),  # a path under the host
])
def test_a_host_names_the_kind_over_the_text(url, named, host):
    assert kind(COPIED_NOTICE).kind == "document"  # the text alone: the document the page copies
    read = kind_at(COPIED_NOTICE, url)
    assert (read.kind, read.source, read.host) == (named, "host", host)
    assert "notice_title" in read.cues  # the text's cues kept for a reader's check


@pytest.mark.parametrize("url", [
    "http://www.gov.cn/zhengce/content/2021-06/25/content_5620813.htm",  # a government's page: its text decides
    "https://kjj.example.gov.cn/art/2022/1/1/art_1.html",
    "http://www.xinhuanet.com/politics/2021-06/25/c_1127601180.htm",  # a news site
    "https://xwenku.example-gov.cn.evil/view/1.html",  # a look-alike: no listed host at its end, no word leading a label
    "https://renrendoc.com.evil.cn/paper/1.html",  # a listed host inside another's name
    "https://xrenrendoc.com/paper/1.html",  # a listed host's name as a part of a label
    "https://renrendoc.com@evil.cn/paper/1.html",  # a listed host as the user name
    "https://98523.com/news/1.html",  # a listed host outside its listed folder
    "https://98523.com/fanwenx/1.html",  # a folder whose name only begins as the listed one's
    "ftp://renrendoc.com/paper/1.html",  # no web address
    "renrendoc.com/paper/1.html",  # no scheme: a file's name or a word
    "",
])
def test_hosts_that_name_no_kind_leave_the_texts(url):
    assert pk.host_kind(url) is None
    assert kind_at(COPIED_NOTICE, url) == kind(COPIED_NOTICE)
    assert kind_at(NEWS["lead"], url).kind == "news"


# -- round two: a host label or the first folder that begins with a sharing site's word (page_host_words.csv) --------

@pytest.mark.parametrize(("url", "word"), [
    # each word class in a form a listed url shows, then in one no listed url shows
    ("https://fanwen.gdygsk.com/showinfo-73-16147-1.html", "fanwen (label)"),  # a 范文 subdomain (holdout53c)
    ("https://m.fanwenwang.net/a/1.html", "fanwen (label)"),  # the word glued to a part (网) in the site's name
    ("https://www.enzhico.com/fanwen17/614.html", "fanwen (folder)"),  # a numbered 范文 folder
    ("https://www.example.com/fanwen-gongzuo/2.html", "fanwen (folder)"),  # cut at a hyphen
    ("http://www.shoukao.com.cn/fanwendaquan/gongwenfanwen/1.html", "fanwen (folder)"),  # 范文大全
    ("http://bsmz.net/gongwen/470578.html", "gongwen (folder)"),  # a 范文 site's 公文 folder (holdout53c)
    ("http://www.hnfl123.com/gongwenfanwen/2022/0717/1.html", "gongwen (folder)"),  # two words glued
    ("https://gongwen.example.net/p/1.html", "gongwen (label)"),
    ("http://cooco.net.cn/zuowen/2048827.html", "zuowen (folder)"),
    ("https://www.zuowendaquan.cn/a/2.html", "zuowen (label)"),
    ("https://wenku.docs.qq.com/detail?docId=1", "wenku (label)"),  # a 文库 of a host no list names
    ("https://xwenku.example.com/wenku/1.html", "wenku (folder)"),
    ("https://wenku.example-gov.cn.evil/view/1.html", "wenku (label)"),  # not under gov.cn: its name says 文库
    ("http://www.123wenmi.com/a/1.html", "wenmi (label)"),  # digits before the word
    ("https://www.example.cn/wenmi/1.html", "wenmi (folder)"),
    ("https://xiexiebang.com/a2/201905122/1.html", "xiexie (label)"),  # 写写帮: the word and a part
    ("https://www.example.com/xiexie/1.html", "xiexie (folder)"),
    ("http://janker.cn/shiyongwen/gongzuojihua/1.html", "shiyongwen (folder)"),
    ("https://shiyongwen.example.com/1.html", "shiyongwen (label)"),
    ("https://www.wendangku.net/doc/1.html", "wendang (label)"),  # 文档库 (no listed url shows wendang)
    ("https://wendang.example.com/p/1.html", "wendang (label)"),
    ("https://www.360docs.net/doc/00571898.html", "docs (label)"),  # digits before the word
    ("https://docs.example.com/d/1", "docs (label)"),
    ("https://www.88doc.com/p-1.html", "doc (label)"),
    ("https://doc.example.com/p/1.html", "doc (label)"),
])
def test_a_sharing_word_of_the_address_names_a_copy(url, word):
    assert pk.host_kind(url) is None  # no listed host: the word decides
    assert pk.word_kind(url) == ("copy", word)
    read = kind_at(COPIED_NOTICE, url)
    assert (read.kind, read.source, read.host) == ("copy", "host", word)
    assert "notice_title" in read.cues


@pytest.mark.parametrize("url", [
    "https://document.example.com/1.html",  # a word inside another: document is no doc
    "https://www.example.com/document/1.html",
    "https://www.xfanwen.com/1.html",  # the word not leading the label
    "https://www.example.com/huatizuowen/1.html",  # …nor the folder
    "https://www.example.com/fanwenx/1.html",  # the word followed by letters no listed word makes
    "https://www.example.com/daquan/1.html",  # a part alone names nothing
    "https://www.example.com/docs/guide/1.html",  # doc, docs and wendang count in a site's name only:
    "https://www.example.org/doc/1.html",  # as a folder they are any site's own documents
    "https://www.example.com/wendang/1.html",
    "https://www.example.com/news/fanwen/1.html",  # a second folder, not the first
    "https://www.example.com/fanwen.html",  # a page's file name, no folder
    "https://www.example.com/a/1.html?from=fanwen",  # a query
    "https://www.example.com/a/1.html#zuowen",  # a fragment
    "https://kjj.example.gov.cn/gongwen/1.html",  # a government's 公文 folder: its text decides
    "http://www.gov.cn/zhengce/fanwen/1.html",
    "https://www.examplekx.org.cn/zuowen/1.html",  # a 科协's or society's site (org.cn)
    "https://fanwen.example.edu.cn/1.html",  # a school's
    "https://www.example.gov.hk/fanwen/1.html",  # a gov label anywhere
    "https://example.fanwen/1.html",  # the last label is no site's name
    "https://fanwen.example.com@evil.cn/1.html",  # the word as a user name
    "ftp://fanwen.example.com/1.html",  # no web address
    "fanwen.example.com/1.html",
])
def test_addresses_whose_words_name_no_kind_leave_the_texts(url):
    assert pk.word_kind(url) is None
    assert kind_at(COPIED_NOTICE, url) == kind(COPIED_NOTICE)
    assert kind_at(NEWS["lead"], url).kind == "news"


def test_a_listed_host_comes_before_a_word_and_the_manifest_before_both():
    paper = kind_at(COPIED_NOTICE, "https://www.soolun.net/fanwen/1.html")  # a listed paper host's 范文 folder
    assert (paper.kind, paper.host) == ("paper", "soolun.net")
    url = "https://fanwen.example.com/1.html"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        given = parse_text(COPIED_NOTICE, "x", source_url=url, page_kind="document").plans.iloc[0]
        read = parse_text(COPIED_NOTICE, "x", source_url=url).plans.iloc[0]
    assert (given["page_kind"], given["page_kind_source"]) == ("document", "manifest")
    assert (read["page_kind"], read["page_kind_source"], read["source_url"]) == ("copy", "host", url)


@pytest.mark.parametrize(("row", "message"), [
    ("Fanwen,copy,both,capitals", "no lower-case Latin word"),
    ("fan-wen,copy,both,a hyphen", "no lower-case Latin word"),
    ("范文,copy,both,not Latin", "no lower-case Latin word"),
    ("lunwen,paper,both,a kind a word may not name", "kind 'paper'"),
    ("fanwen,copy,path,another place", "where 'path'"),
])
def test_the_words_file_refuses_a_row_naming_its_line(tmp_path, row, message):
    path = tmp_path / "page_host_words.csv"
    path.write_text("# words\nword,kind,where,note\nzuowen,copy,both,fine\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line 4: .*{message}"):
        pk.host_words(path)


def test_the_words_file_as_committed_reads():
    words = pk.host_words()
    assert "fanwen" in words["folder"]["copy"] and "fanwen" in words["label"]["copy"]
    assert "doc" in words["label"]["copy"] and "doc" not in words["folder"]["copy"]
    assert "daquan" in words["folder"]["part"] and "daquan" not in words["folder"]["copy"]


def test_the_manifests_kind_wins_over_the_host_and_the_url_is_kept():
    url = "https://max.book118.com/html/2025/0226/1.shtm"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read = parse_text(COPIED_NOTICE, "x", source_url=url).plans.iloc[0]
        given = parse_text(COPIED_NOTICE, "x", source_url=url, page_kind="document").plans.iloc[0]
        bare = parse_text(COPIED_NOTICE, "x").plans.iloc[0]
    assert (read["page_kind"], read["page_kind_source"], read["source_url"]) == ("copy", "host", url)
    assert (given["page_kind"], given["page_kind_source"]) == ("document", "manifest")
    assert (bare["page_kind"], bare["page_kind_source"], bare["source_url"]) == ("document", "notice_title", None)


def test_a_copy_its_host_decides_gets_a_copys_title():
    """Round twenty's and twenty-one's title rules are a copy's: a host that says copy brings them to a page whose
    text names no kind (a shared file's name over a body with no heading of its own)."""
    text = "某社区2023年科普工作计划.docx\n为提升居民科学素质，开展科普活动。\n一、工作目标\n开展科普活动20场。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bare = parse_text(text, "x").plans.iloc[0]
        copied = parse_text(text, "x", source_url="https://www.renrendoc.com/paper/1.html").plans.iloc[0]
    assert (bare["page_kind"], bare["title"]) == ("unknown", None)
    assert (copied["page_kind"], copied["title"]) == ("copy", "某社区2023年科普工作计划")


def test_a_reading_takes_its_address_later_as_when_read_with_it():
    """`add` reads a file before its address is settled: the reading taken on (`with_url`) is the one read with it."""
    from sciplan_analysis.parsing.parse import parse_records, with_url

    text = "某社区2023年科普工作计划.docx\n为提升居民科学素质，开展科普活动。\n一、工作目标\n开展科普活动20场。\n"
    url = "https://m.book118.com/html/1.shtm"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        early, direct = read_text(text, "x"), read_text(text, "x", url)
        later = with_url(early, url)
        rows = parse_records(early, "x", source_url=url)[0]["plans"][0]
    assert later.page_kind == direct.page_kind and later.meta == direct.meta and later.url == url
    assert (rows["page_kind"], rows["title"], rows["source_url"]) == ("copy", "某社区2023年科普工作计划", url)


@pytest.mark.parametrize(("row", "message"), [
    ("www.gov.cn,copy,a government's site", "government"),
    ("kjj.example.gov.cn,copy,a bureau", "government"),
    ("renrendoc.com,document,a kind a host may not name", "kind 'document'"),
    ("https://renrendoc.com,copy,a scheme", "no host name"),
    ("renrendoc.com:443,copy,a port", "no host name"),
    (",copy,no host", "no host name"),
])
def test_the_hosts_file_refuses_a_row_naming_its_line(tmp_path, row, message):
    path = tmp_path / "page_hosts.csv"
    path.write_text("# hosts\nhost,kind,note\nbook118.com,copy,fine\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"line 4: .*{message}"):
        pk.page_hosts(path)


def test_the_address_is_in_the_contract():
    assert COLUMNS["plans"][COLUMNS["plans"].index("file") + 1] == "source_url"
    assert "source_url" in NULLABLE["plans"]
    assert "host" in pk.SOURCES and "host" in VALUES[("plans", "page_kind_source")]
