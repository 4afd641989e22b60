"""Like with like, the rest (analysis/scope.py): wherever a finding or a chart names a page that is
no plan's text (a news item, a paper, a work report, a page of unknown kind), it says so, as it
says so of a fragment: the comparison on shared sections, the mark beside a name in every finding,
the count of final plan texts, the source note and the 'not stated' hatching of the charts, and
the reuse finding (never a parent or a child plan). The five plans, all documents, keep the
findings.csv they had before (tests/fixtures/findings, written at 914e38e)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import scope

FIXTURES = Path(__file__).parent / "fixtures" / "findings"


def _tables(five_plans, five_pair_tables, parents: dict[str, str] | None = None,
            **kinds: str) -> F.Tables:
    """The five plans with some pages' kinds (and, with `parents`, some parent regions)
    changed; the pair tables are the five plans' own."""
    plans = five_plans.plans.copy()
    for plan_id, kind in kinds.items():
        plans.loc[plans.plan_id == plan_id, "page_kind"] = kind
    for plan_id, parent in (parents or {}).items():
        plans.loc[plans.plan_id == plan_id, "parent"] = parent
    similarity, reuse, pairs = (table.copy() for table in five_pair_tables)
    return F.Tables(replace(five_plans, plans=plans), similarity=similarity, reuse=reuse, pairs=pairs)


@pytest.fixture(scope="module")
def news_and_paper(five_plans, five_pair_tables) -> F.Tables:
    """巫溪县 read from a news item, 乐至县 from a paper, beside the Chongqing fragment."""
    return _tables(five_plans, five_pair_tables, wuxi="news", lezhi="paper")


# --------------------------------------------------------------------------- 1 shared sections


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "（0.81；以下文本在此也参与比较：重庆市残篇只有半份规划；巫溪县读自新闻报道，不是规划原文）"),
    ("en", " (0.81; these take part here: the Chongqing Municipality fragment, half a "
           "plan; Wuxi County, read from a news report, not from the plan itself)"),
])
def test_a_news_item_in_the_shared_sections_pair_is_named_with_why(news_and_paper, lang, said):
    """Today's most alike pair on shared sections is 巫溪县–重庆市: read from a news item, 巫溪县
    takes part, and both comparisons say so (they said only the fragment before)."""
    for fid in ("similar", "similar_shared"):
        found = F.compute(news_and_paper, [fid], lang)[0]
        assert found.sentence.count(said) == 1, (fid, found.sentence)
    # the whole-text top pair beside it is one of whole plans: with two whole plans left (one
    # pair), none is named as the most alike; the shared pair (a fragment and a news item) has a
    # whole-text score but no place in a whole-text ranking
    shared = F.similar_shared(news_and_paper, "zh").sentence
    assert shared.endswith("按全文它们只有 0.62，不参与全文排序。") and "全文最相似" not in shared
    assert "排第" not in shared


def test_a_news_item_alone_in_the_pair_is_said_so(five_plans, five_pair_tables):
    tables = _tables(five_plans, five_pair_tables, chongqing="news")
    zh = F.similar(tables, "zh").sentence
    assert zh.endswith("（0.81；重庆市读自新闻报道，不是规划原文，在此也参与比较）。"), zh
    assert "残篇因此可以参与" not in zh
    en = F.similar_shared(tables, "en").sentence
    assert "(0.81; Chongqing Municipality, read from a news report, not from " \
           "the plan itself, takes part here)" in en
    # the note speaks of the pair compared: a news item elsewhere in the corpus is not named
    assert scope.shared_note(tables.corpus, "zh", among=("jinjiang", "shanwei")) == ""
    other = _tables(five_plans, five_pair_tables, lezhi="news").corpus
    assert scope.shared_note(other, "zh", among=("wuxi", "chongqing")) == "（只比两份都有的章节，重庆市残篇因此可以参与）"


# --------------------------------------------------------------------------- 2 marks


def test_every_kind_and_status_has_its_mark(news_and_paper, five_plans, five_pair_tables):
    corpus = news_and_paper.corpus
    assert scope.marked("wuxi", corpus, "zh") == "巫溪县（读自新闻报道）"
    assert scope.marked("lezhi", corpus, "en") == "Lezhi County (read from a scholarly paper)"
    assert scope.marked("chongqing", corpus, "zh") == "重庆市（残篇）"
    mixed = _tables(five_plans, five_pair_tables, shanwei="report", chongqing="unknown").corpus
    assert scope.marked("shanwei", mixed, "zh") == "汕尾市城区（征求意见稿，读自工作报告或总结）"
    assert scope.marked("chongqing", mixed, "en") == \
        "Chongqing Municipality (a fragment, not known to be the plan itself)"
    # `named` (findings that rank nothing): the page's kind only, never a draft's status
    assert scope.named("shanwei", mixed, "zh") == "汕尾市城区（读自工作报告或总结）"
    assert scope.named("shanwei", corpus, "zh") == "汕尾市城区"
    assert scope.named("jinjiang", _tables(five_plans, five_pair_tables, jinjiang="copy").corpus,
                       "zh") == "成都市锦江区"


def test_all_plans_findings_name_a_news_item_with_its_mark(news_and_paper, five_plans, five_pair_tables):
    zh = {f.id: f.sentence for f in F.compute(news_and_paper, ["benchmark", "horizon"], "zh")}
    assert "低于国家目标的有 2/4 份：巫溪县（12%，读自新闻报道）、乐至县（13%，读自学术论文，与四川省印发的省级文件中的目标相同）" in zh["benchmark"]
    assert zh["horizon"].startswith("只有乐至县（读自学术论文）提出了 2035 年的目标")
    en = F.horizon(news_and_paper, "en").sentence
    assert en.startswith("Only Lezhi County (read from a scholarly paper) sets a 2035 target")
    # lead units and the lead: a news item for 锦江区 (a draft) carries both marks in one bracket
    news = _tables(five_plans, five_pair_tables, jinjiang="news")
    assert "到成都市锦江区（征求意见稿，读自新闻报道）的 18 个不等" in F.lead_units(news, "zh").sentence
    assert "24 of 33 (73%) in Jinjiang District, Chengdu (a draft, read from a news report)" in \
        F.lead(news, "en").sentence
    # a news item does not take the "most" of a count over a plan's text: left out, said why
    assert "其中巫溪县最多（3 项）（成都市锦江区读自新闻报道，不是规划原文，不参与排序）" in \
        F.measures(news, "zh").sentence
    assert "城市居民（只有成都市锦江区（读自新闻报道）有此类任务）" in F.left_out(news, "zh").sentence
    # sections: a comparison on shared sections, whose note names the news item with why (the
    # pair by name alone, nothing said twice); the whole-text range is of whole plans' pairs
    sections = F.sections(_tables(five_plans, five_pair_tables, wuxi="news"), "zh").sentence
    assert "从巫溪县与乐至县的“交流合作”（0.21；分别 4 项和 1 项任务）" in sections
    assert "（0.96；各 1 项任务；以下文本在此也参与比较：重庆市残篇只有半份规划；巫溪县读自新闻报道，不是规划原文）" in sections
    assert "而完整规划的全文相似度只在 0.58 到 0.60 之间（重庆市残篇只有半份规划；巫溪县读自新闻报道" in sections
    assert F.sections(news_and_paper, "zh") is None  # two whole plans: one pair, no range


# --------------------------------------------------------------------------- 3 completeness


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "5 份文本中只有 0 份是正式的规划原文：重庆市是残篇，成都市锦江区、汕尾市城区是征求意见稿，"
           "巫溪县读自新闻报道，乐至县读自学术论文，比较时须考虑。"),
    ("en", "Only 0 of the 5 texts are final plan texts: Chongqing Municipality, a fragment; Jinjiang "
           "District, Chengdu and Chengqu District, Shanwei, drafts for comment; Wuxi County, read from a "
           "news report; Lezhi County, read from a scholarly paper, which the comparison has to allow for."),
])
def test_completeness_counts_pages_that_are_no_plans_text(news_and_paper, lang, said):
    found = F.completeness(news_and_paper, lang)
    assert found.sentence == said
    assert found.values["n_news"] == found.values["n_paper"] == 1 and found.values["n_draft"] == 2
    assert list(found.plans) == ["chongqing", "jinjiang", "shanwei", "wuxi", "lezhi"]


def test_completeness_reads_a_page_kind_before_a_status(five_plans, five_pair_tables):
    # 汕尾市城区, a draft, read from a work report: one group, its kind's; a copy is a plan text
    tables = _tables(five_plans, five_pair_tables, shanwei="report", lezhi="copy")
    found = F.completeness(tables, "zh")
    assert found.sentence == ("5 份文本中只有 2 份是正式的规划原文：重庆市是残篇，成都市锦江区是征求意见稿，"
                              "汕尾市城区读自工作报告或总结，比较时须考虑。")
    copied = F.completeness(_tables(five_plans, five_pair_tables, lezhi="copy"), "zh")
    assert copied.sentence.startswith("5 份文本中只有 2 份是正式文本：")  # as before


# --------------------------------------------------------------------------- 4 charts


def test_the_source_note_counts_and_names_pages_that_are_no_plans_text(news_and_paper, five_plans):
    zh = F.source_note(news_and_paper.corpus, "zh")
    assert zh.startswith("来源：5 份文本，其中 3 份是规划原文。重庆市是残篇")
    assert "巫溪县读自新闻报道，不是规划原文；乐至县读自学术论文，不是规划原文：不与完整规划比较多少" in zh
    assert F.source_note(five_plans, "zh").startswith("来源：5 份规划原文。")


def test_charts_hatch_a_news_items_silence_as_not_stated(news_and_paper, five_plans, five_pair_tables):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts

    def texts(fig) -> set[str]:
        out = {t.get_text() for ax in fig.axes for t in ax.texts} | {t.get_text() for t in fig.texts}
        for ax in fig.axes:
            if ax.get_legend():
                out |= {t.get_text() for t in ax.get_legend().get_texts()}
        plt.close(fig)
        return out

    assert charts.lost_label(five_plans, "zh") == "现存文本未见"  # as the findings say it (audit22 item 8)
    news = _tables(five_plans, five_pair_tables, jinjiang="news").corpus
    assert charts.lost_label(news, "zh") == "现存文本未见（残篇或非规划原文）"
    alone = _tables(five_plans, five_pair_tables, chongqing="document", jinjiang="news").corpus
    alone.plans.loc[alone.plans.plan_id == "chongqing", "status"] = "final"
    assert charts.lost_label(alone, "en") == "not in the text as we have it (not the plan itself)"
    bars = texts(charts.category_bars(news, lang="zh"))
    assert "现存文本未见（残篇或非规划原文）" in bars and "文本缺失（残篇）" not in bars
    # a news item's tool × category matrix: a category it does not mention is not "none here"
    cells = texts(charts.instrument_matrix_heatmap(news, "jinjiang", lang="zh"))
    assert "现存文本未见" in {c.replace("\n", "") for c in cells} and "无此类" not in cells
    assert "无此类" in texts(charts.instrument_matrix_heatmap(five_plans, "jinjiang", lang="zh"))
    # a plan without targets is named with its page's kind, not as a final text, as `scope.marked`
    # names it everywhere (the fragment read from a news item: both said, in one bracket)
    silent = _tables(five_plans, five_pair_tables, chongqing="news").corpus
    assert "现存文本未见目标：重庆市（残篇，读自新闻报道）" in texts(charts.targets_chart(silent, lang="zh"))


# --------------------------------------------------------------------------- 5 reuse


def test_a_news_item_is_never_a_child_plan_in_the_reuse_ranking(five_plans, five_pair_tables):
    parents = {"lezhi": "成都市锦江区", "shanwei": "成都市锦江区"}  # two whole children of 锦江区
    before = F.reuse(_tables(five_plans, five_pair_tables, parents), "en")
    assert before.values["n_pairs"] == 2 and "shanwei" in before.plans
    found = F.reuse(_tables(five_plans, five_pair_tables, parents, shanwei="news"), "en")
    assert found.values["n_pairs"] == 1 and "shanwei" not in found.plans
    assert found.sentence.startswith("The corpus holds one whole parent–child pair: 2 of Lezhi County's")
    assert found.sentence.endswith("(1 more pair involves a fragment and is not ranked) (Chengqu District, "
                                   "Shanwei, read from a news report, not from the plan itself, is not ranked).")


def test_a_news_item_is_never_a_parent_plan_in_a_reuse_claim(five_plans, five_pair_tables):
    parents = {"lezhi": "成都市锦江区", "shanwei": "成都市锦江区"}
    found = F.reuse(_tables(five_plans, five_pair_tables, parents, jinjiang="news"), "zh")
    # 锦江区's pairs gone: what is left is the fragment case, 重庆市 -> 巫溪县, and it says whom it left out
    assert found.sentence.startswith("重庆市残篇的 88 句中有 47 句") and "jinjiang" not in found.plans
    assert found.sentence.endswith("（成都市锦江区读自新闻报道，不是规划原文，不参与排序）。")
    # the fragment's two children, one read from a paper: only the other is a child plan
    two = F.reuse(_tables(five_plans, five_pair_tables, {"lezhi": "重庆市"}), "zh")
    assert "lezhi" in two.plans and "2 份下级规划" in two.sentence
    one = F.reuse(_tables(five_plans, five_pair_tables, {"lezhi": "重庆市"}, lezhi="paper"), "zh")
    assert "lezhi" not in one.plans and "下级规划中最多" not in one.sentence
    assert "乐至县读自学术论文，不是规划原文" in one.sentence
    # the five plans' only parent pair has 巫溪县 as its child: read from a news item, no claim
    assert F.reuse(_tables(five_plans, five_pair_tables, wuxi="news"), "zh") is None
    assert F.reuse(_tables(five_plans, five_pair_tables, chongqing="paper"), "en") is None


# --------------------------------------------------------------------------- the five plans


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_five_plans_findings_csv_is_byte_identical(five_tables, lang):
    """findings.csv as `export.write_findings` writes it, against the file the five plans gave
    before this change (914e38e). A change meant to alter a five-plan finding rewrites the
    fixture (the test's failure shows the rows that moved)."""
    from sciplan_analysis.report.export import neutralise_frame

    written = neutralise_frame(F.findings_table(five_tables, lang)).to_csv(index=False)
    expected = (FIXTURES / f"five_plans_{lang}.csv").read_bytes()
    assert expected.startswith("\ufeff".encode())
    got = ("\ufeff" + written).encode("utf-8")
    if got != expected:
        old = pd.read_csv(FIXTURES / f"five_plans_{lang}.csv", encoding="utf-8-sig")
        new = F.findings_table(five_tables, lang)
        moved = [f"{a.finding_id}: {a.sentence} -> {b.sentence}"
                 for a, b in zip(old.itertuples(), new.itertuples(), strict=False)
                 if a.sentence != b.sentence]
        pytest.fail("findings.csv moved:\n" + "\n".join(moved or ["(other columns)"]))
    assert labels.plan_label("wuxi", lang) in got.decode("utf-8")


def test_a_news_items_one_plan_matrix_says_what_it_leaves_unmentioned(five_plans, five_pair_tables):
    news = _tables(five_plans, five_pair_tables, jinjiang="news")
    found = F.plan_matrix(news, "zh", plan_id="jinjiang")
    assert found.sentence.startswith("成都市锦江区（读自新闻报道）只有 11/15 个类别有任务；其余 4 个类别")
    assert "它没有写到，无法判断规划本身有没有" in found.sentence and "文本缺失" not in found.sentence
    assert found.title.startswith("成都市锦江区（征求意见稿，读自新闻报道）")
    plain = F.plan_matrix(_tables(five_plans, five_pair_tables), "zh", plan_id="jinjiang")
    assert "成都市锦江区（征求意见稿）只有 11 个类别有任务，缺少 4 个类别" in plain.sentence  # a document lacks them
