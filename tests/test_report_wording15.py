"""audit15 items 2b, 3, 9, 10 and 12 (session 15, brief G2b): a list of categories cut at a count takes
every category at that count; a category only some plans cover says who covers it (只有…涉及 / covered
only by …); the targets finding names plans sharing one figure and mark once, with a count beside every
side; the instrument findings put no bracket of figures beside a bracketed name or note (the note
on plans left out is a sentence of its own); chart 7.2's title names the tool tied. Each test failed
before this change, on the five plans or on the five plans changed."""

from __future__ import annotations

import re
from dataclasses import replace

import coded_counts
import pytest

from sciplan_analysis.analysis import findings as F
from sciplan_analysis.analysis import instruments
from tests.test_ends_tied import _tables, _target, _tool_counts


def test_a_list_of_categories_cut_at_a_count_takes_the_whole_tie(five_tables):
    """Five plans: 农民 and 交流合作 are both left out by 锦江区 alone (1 plan); the list of four
    stopped after 农民 and dropped 交流合作 without a word."""
    zh = F.left_out(five_tables, "zh").sentence
    assert "农民（成都市锦江区没有此类任务）、交流合作（成都市锦江区没有此类任务）" in zh, zh


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("zh", "城市居民（只有成都市锦江区有此类任务）", "（仅成都市锦江区）"),
    ("en", "Urban residents (tasks only in Jinjiang District, Chengdu)", "(only Jinjiang District"),
])
def test_a_category_few_plans_cover_says_who_covers_it(five_tables, lang, said, unsaid):
    sentence = F.left_out(five_tables, lang).sentence
    assert said in sentence and unsaid not in sentence, sentence


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "低于国家目标的有 2/4 份：巫溪县、乐至县（均为 12%）。高于国家目标的有 2/4 份："),
    ("en", "Below it are 2 of 4 plans: Wuxi County and Lezhi County (all 12%). Above it are 2 of 4 plans: "),
])
def test_plans_sharing_a_target_are_named_once_with_it_and_counted(five_tables, lang, said):
    """乐至县 at 12% (not its province's 13%) beside 巫溪县's 12%: one bracket, and a count."""
    tables = _tables(five_tables, targets=_target(five_tables.corpus, "lezhi", 12.0))
    sentence = F.benchmark(tables, lang).sentence
    assert said in sentence, sentence
    assert sentence.count("12%") == 1, sentence


STACKED = re.compile(r"[）)]\s*[（(]")  # a bracket straight after a bracket: ）（ or ) (


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("fid", ["tools", "demand", "no_means"])
def test_the_instrument_findings_stack_no_brackets(five_tables, fid, lang):
    sentence = F.compute(five_tables, [fid], lang)[0].sentence
    assert not STACKED.search(sentence), sentence
    # the plans left out: a sentence of its own, last
    assert sentence.endswith("重庆市残篇只有半份规划，不参与排序。" if lang == "zh" else
                             " The Chongqing Municipality fragment, half a plan, is not ranked."), sentence


def test_the_tools_finding_splits_the_plans_leading_with_another_tool(five_tables, monkeypatch):
    many = _tool_counts({"wuxi": {"services": 10}, "lezhi": {"services": 10}, "chongqing": {"services": 1},
                         "jinjiang": {"participation": 10, "services": 5},
                         "shanwei": {"education": 12, "participation": 12}})
    monkeypatch.setattr(instruments, "tool_counts", lambda corpus: many)
    zh = F.tools(five_tables, "zh").sentence
    assert "4 份完整规划中有 2 份最常用公共服务，" in zh and "。其余 2 份中，" in zh, zh
    assert not STACKED.search(zh), zh


@pytest.mark.parametrize(("lang", "title"), [
    ("zh", "每份完整规划最常用的都是公共服务，其中汕尾市城区（征求意见稿）的教育培训与之并列"),
    ("en", "Public services leads in every whole plan, tied with Education and training in Chengqu District, Shanwei (a draft)"),
])
def test_the_tools_title_names_the_tool_tied(five_tables, lang, title):
    """汕尾市城区 tied public services with education under the rules' code; since session 25 it leans on
    education, and the tie is made by dropping some of its education clauses and cutting any other tool of
    as many clauses as services under them (tests/coded_counts.tie_drops: counted from the clause table,
    since each refit moves a few); one education clause fewer unties it."""
    corpus = five_tables.corpus
    drops, left = coded_counts.tie_drops(corpus, "shanwei", "education")
    assert coded_counts.tool_share(corpus, "shanwei", "education")[0] > len(left) > 0  # it leaned on education
    tie = F.Tables(replace(corpus, clauses=corpus.clauses.drop(index=drops)),
                   five_tables.get_similarity(), *five_tables.get_reuse())
    assert F.tools(tie, lang).title == title
    assert "并列" not in F.tools(F.Tables(replace(corpus, clauses=corpus.clauses.drop(index=[*drops, left[0]])),
                                        five_tables.get_similarity(), *five_tables.get_reuse()), "zh").title


# --------------------------------------------------------------------------- chart 2.1 at many plans


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_chart_2_1_among_many_plans_joins_only_the_named_plans_points(lang):
    """20 plans in one colour, each a 2020 baseline and a 2025 target: a dashed line per plan ran
    into its neighbours' (one plan's 2020–2025 line and another's 2025–2035 read as one); now only
    the plans with a red (named) point keep theirs, and a tie's label reads "… and 2 more at 18%"."""
    import matplotlib.pyplot as plt

    from sciplan_analysis.report import charts
    from tests.test_chart_layout import _corpus, _plan_names_restored  # noqa: F401

    rows = [(f"p{i:02d}", "baseline", 2020, 6.0 + i % 3) for i in range(20)]
    rows += [(f"p{i:02d}", "target", 2025, 18.0 if i < 3 else 11.0 + i % 5) for i in range(20)]
    rows.append(("p05", "target", 2035, 25.0))
    fig = charts.targets_chart(_corpus(20, rows), lang=lang)
    ax = fig.axes[0]
    dashed = [line for line in ax.lines if line.get_linestyle() == "--"]
    # the named: 18% (p00–p02), 11% (p05, p10, p15), and p05's 2035 25% (the year's one target)
    assert len(dashed) == 6, len(dashed)
    texts = [t.get_text() for t in ax.texts]
    if lang == "en":
        assert any(t.endswith("and 2 more at 18%") for t in texts), texts
    plt.close(fig)


# --------------------------------------------------------------------------- page 07: no clause checked


@pytest.mark.parametrize(("lang", "said", "unsaid"), [
    ("zh", "目前尚无条款经人工核对（0/4,471 条）。", "已人工核对 0/"),
    ("en", "no clause has been checked by hand yet (0/4,471 clauses).", "0/4471 clauses checked by hand"),
])
def test_page_07_says_no_clause_is_checked_yet(five_plans, monkeypatch, lang, said, unsaid, displayed):
    """33 plans, none checked by hand: the page read 全部规划已人工核对 0/4471 条, as if a count done."""
    import pandas as pd

    from sciplan_analysis import labels
    from sciplan_analysis.analysis import instruments as ins
    from sciplan_analysis.report import page

    counts = pd.DataFrame({"plan_id": ["wuxi", "lezhi"], "n_clauses": [4000, 471], "checked": [0, 0]})
    monkeypatch.setattr(ins, "review_counts", lambda corpus: counts.copy())
    labels.set_language(lang)
    try:
        page.instrument_review(five_plans)
    finally:
        labels.set_language("zh")
    text = "\n".join(map(str, displayed)).replace("\\", "")  # markdown escapes away
    assert said in text and unsaid not in text, text


# --------------------------------------------------------------------------- the workbook guide


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_guide_explains_the_unit_types_a_reader_is_sent_to(lang):
    """Page 04 sends the reader to the unit workload sheet's type 未映射; the guide's line on the
    column named neither it nor 成员单位（集体）."""
    from sciplan_analysis import labels

    note = labels.labels_of("column_note")["unit_type"][0 if lang == "zh" else 1]
    for code in ("unmapped", "collective"):
        word = labels.unit_type_label(code, lang)
        assert (f"“{word}”" if lang == "zh" else f'"{word}"') in note, (word, note)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_second_reading_word_is_no_tool_name(lang):
    """English "Second reading: none" beside the tool "No means named" read as that tool."""
    from sciplan_analysis import labels

    word = labels.text("workbook.no_review", lang)
    tools = set(labels.labels_of("instrument_tool").values()) | set(labels.labels_of("instrument_type").values())
    names = {n.lower() for pair in tools for n in pair}
    assert word.startswith("—") and word.lower() not in names, word


def test_a_long_tie_at_the_cut_is_counted(five_tables, monkeypatch):
    """Six categories each left out by one of four whole plans, one by two: a list of two cut at
    one would take all six tied; beyond two more than the limit, the rest at the cut are counted."""
    real = F._complete_zeros(five_tables, whole=True)
    codes = list(real.index[:7])
    plans = ["wuxi", "lezhi", "jinjiang", "shanwei"]
    matrix = real.loc[codes, plans].copy() * 0 + 5
    matrix.iloc[0, :2] = 0  # two plans leave out the first
    for k in range(1, 7):
        matrix.iloc[k, k % 4] = 0  # one plan each of the other six
    monkeypatch.setattr(F, "_complete_zeros", lambda tables, whole=False: matrix)
    zh = F.left_out(five_tables, "zh", limit=2).sentence
    assert zh.endswith("、另有 5 个类别同样有 1 份完整规划没有此类任务。"), zh
    assert zh.split("包括", 1)[1].count("（") == 2, zh  # two categories listed (after the counting rule's bracket)
    three = F.left_out(five_tables, "zh", limit=5).sentence  # 7 at or above the cut: listed, not counted
    assert "另有" not in three and three.split("包括", 1)[1].count("（") == 7, three
