"""Targets, commitments and the specificity index on a hand-made corpus."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from handmade import sample_corpus

from sciplan_analysis import labels
from sciplan_analysis.analysis import targets as at
from sciplan_analysis.report import charts, style


@pytest.fixture()
def corpus():
    return sample_corpus()


def test_literacy_targets_in_plan_then_year_order(corpus):
    t = at.literacy_targets(corpus)
    assert list(t["plan_id"]) == ["alpha", "alpha", "alpha", "gamma"]
    assert list(t["year"]) == [2020, 2025, 2025, 2025]
    assert list(t["name_zh"]) == ["甲县"] * 3 + ["丙区"]


def test_plan_without_targets_is_not_stated(corpus):
    assert at.plans_without_targets(corpus) == ["beta"]
    st = at.target_statements(corpus, lang="zh").set_index("地区")
    assert st.loc["乙市", "目标与基线"] == "未提及"
    assert st.loc["甲县", "目标与基线"] == "2020年达到6.9%（基线）；2025年超过12%（目标）；2025年力争15%（目标）"
    en = at.target_statements(corpus, lang="en").set_index("Region")
    assert en.loc["Beta City", "Targets and baselines"] == "not stated"
    assert "exceeds 12%" in en.loc["Alpha County", "Targets and baselines"]


def test_commitments_by_measure_zero_for_whole_plans_stating_none(corpus):
    m = at.commitments_by_measure(corpus)
    assert list(m.index) == ["所", "个", "%"]  # measure order, only those used
    assert m.loc["所", "alpha"] == 1 and m.loc["个", "alpha"] == 1
    assert m.loc["所", "beta"] == 0  # beta states commitments, none in 所: a real zero
    # gamma, a draft (a whole plan), states none: a 0, as its specificity says; a fragment
    # stating none would be not stated (test_ranked_marks.py)
    assert (m["gamma"] == 0).all()
    s = at.commitments_by_measure(corpus, what="sum")
    assert s.loc["%", "alpha"] == 30.0
    with pytest.raises(ValueError):
        at.commitments_by_measure(corpus, what="mean")


def test_specificity_index(corpus):
    s = at.specificity(corpus).set_index("plan_id")
    assert s.loc["alpha", "tasks"] == 6 and s.loc["alpha", "task_chars"] == 1000
    assert s.loc["alpha", "commitments"] == 3
    assert s.loc["alpha", "per_task"] == pytest.approx(0.5)
    assert s.loc["alpha", "per_10k_chars"] == pytest.approx(30.0)
    # a whole plan's none is a 0 (gamma, a draft, states no commitment); a fragment's is not
    # stated (beta, no targets), never 0
    assert s.loc["gamma", "per_task"] == 0 and s.loc["gamma", "commitments"] == 0
    assert s.loc["gamma", "per_10k_chars"] == 0
    assert s["targets"].isna()["beta"]


def test_specificity_na_without_tasks():
    c = sample_corpus()
    c.tasks = c.tasks[c.tasks["plan_id"] != "beta"]
    s = at.specificity(c).set_index("plan_id")
    assert math.isnan(s.loc["beta", "per_task"]) and math.isnan(s.loc["beta", "per_10k_chars"])
    table = at.specificity_table(c, lang="en")
    assert table.loc["Beta City", "Commitments per task"] == "not in the text as we have it"  # a fragment
    assert table.loc["Alpha County", "Commitments per task"] == "0.50"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_charts_draw_without_missing_glyphs(corpus, lang, recwarn):
    for make in (charts.targets_chart, charts.commitments_chart, charts.specificity_chart):
        fig = make(corpus, lang=lang)
        fig.canvas.draw()
        style.plt.close(fig)
    glyphs = [w for w in recwarn if "Glyph" in str(w.message) or "missing from" in str(w.message)]
    assert not glyphs, [str(w.message) for w in glyphs]


def test_targets_chart_lists_plans_without_targets(corpus):
    fig = charts.targets_chart(corpus, lang="zh")
    texts = [t.get_text() for t in fig.texts]
    assert any("乙市" in t and ("未提及目标" in t or "现存文本未见目标" in t) for t in texts)
    style.plt.close(fig)


def test_other_literacy_figures_finds_context_not_own_targets(corpus):
    assert at.other_literacy_figures(corpus).empty
    empty = at.other_figures_table(corpus, lang="en")
    assert "no national or provincial" in empty.iloc[0, 1]
    c = sample_corpus()
    extra = c.segments.iloc[[0]].copy()
    extra["text"] = "到2025年超过12%。全国公民具备科学素质的比例达到10.56%，为我县提供了参照。"
    c.segments = pd.concat([c.segments, extra], ignore_index=True)
    found = at.other_literacy_figures(c)
    assert list(found["quote"]) == ["全国公民具备科学素质的比例达到10.56%，为我县提供了参照"]


def test_a_relative_target_is_said_in_points_and_left_off_the_chart(corpus):
    """比2020年提高5个百分点 (kind increase) is a target in percentage points: the statement
    says so, and the chart of shares does not plot it as a share of 5%."""
    row = pd.DataFrame([{"plan_id": "gamma", "kind": "increase", "year": 2025, "value": 5.0,
                         "comparator": ">=", "quote": "比2020年提高5个百分点以上"}])
    corpus.targets = pd.concat([corpus.targets, row.astype(corpus.targets.dtypes.to_dict())],
                               ignore_index=True)
    st = at.target_statements(corpus, lang="zh").set_index("地区")
    assert st.loc["丙区", "目标与基线"].startswith("2025年不低于5个百分点（提高幅度）；")
    en = at.target_statements(corpus, lang="en").set_index("Region")
    assert "at least 5 points (increase)" in en.loc["Gamma District", "Targets and baselines"]
    fig = charts.targets_chart(corpus, lang="zh")
    annotations = [t.get_text() for t in fig.axes[0].texts]
    assert not any(a.endswith(" 5%") for a in annotations) and any(a.endswith(" 16%") for a in annotations)
    style.plt.close(fig)


# --------------------------------------------------------------------------- one figure per measure


def _page_column(corpus, column: str, lang: str) -> dict[str, str]:
    """A specificity rate as page 02's table prints it (`page.table` renders `page.clean`)."""
    from sciplan_analysis.report import page

    shown = page.clean(at.specificity_table(corpus, lang), lang=lang)
    index = at.specificity_table(corpus, lang).columns.get_loc(column) + 1  # region first
    return dict(zip(shown.iloc[:, 0], shown.iloc[:, index], strict=True))


def _chart_labels(corpus, panel: int, lang: str) -> dict[str, str]:
    """The value labels of one panel of chart 2.4 (0: per task, 1: per 10,000 characters)."""
    from sciplan_analysis import labels

    fig = charts.specificity_chart(corpus, lang=lang)
    try:
        ax = fig.axes[panel]
        from sciplan_analysis.analysis import scope

        plain = {scope.marked(p, corpus, lang): labels.plan_label(p, lang) for p in corpus.plans["plan_id"]}
        names = [plain[t.get_text()] for t in ax.get_yticklabels()]  # drafts and the fragment marked
        texts = [t.get_text().strip() for t in ax.texts if t.get_text().strip() != ""]
        assert len(names) == len(texts) == len(corpus.plans)
        return dict(zip(names, texts, strict=True))
    finally:
        style.plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_table_and_chart_show_one_figure_per_rate(five_plans, lang):
    """Page 02's 具体程度 table printed 14.20 / 4.90 / 46.40 / 1.30 per 10,000 characters (a
    value rounded to 1 decimal, printed with the page's 2) where chart 2.4 says 14.2 / 4.9 /
    46.4 / 1.3: each rate is rounded once, from the full value, to the decimals shown."""
    from sciplan_analysis import labels

    for panel, code, column in ((0, "per_task", labels.tr("每项任务的承诺", "Commitments per task",
                                                          lang)),
                                (1, "per_10k_chars", labels.tr("每万字承诺",
                                                               "Commitments per 10k chars", lang))):
        page = _page_column(five_plans, column, lang)
        assert page == _chart_labels(five_plans, panel, lang), code
    per_10k = _page_column(five_plans, labels.tr("每万字承诺", "Commitments per 10k chars", lang),
                           lang)
    assert list(per_10k.values()) == ["14.2", "4.9", labels.unsaid(lang), "46.4", "1.3"]


def test_the_workbook_shows_the_pages_figure_per_rate(five_plans, tmp_path):
    """The readers' workbook's 具体程度 sheet shows each rate as page 02 and chart 2.4 do."""
    import openpyxl

    from sciplan_analysis import labels
    from sciplan_analysis.report import export

    lang = "zh"
    path = export.reader_workbook(five_plans, tmp_path / "readers.xlsx", lang=lang,
                                  processed_dir=tmp_path)
    rows = list(openpyxl.load_workbook(path)[labels.label("sheet", "specificity", lang)[:31]]
                .iter_rows())
    header = [c.value for c in rows[0]]
    for code, column in (("per_task", "每项任务的承诺"), ("per_10k_chars", "每万字承诺")):
        j = header.index(labels.label("column", code, lang))
        shown = {}
        for row in rows[1:]:
            cell = row[j]
            if isinstance(cell.value, float | int):
                places = len(cell.number_format.partition(".")[2])
                shown[row[0].value] = f"{cell.value:.{places}f}"
            else:
                shown[row[0].value] = cell.value or labels.not_stated(lang)
        assert shown == _page_column(five_plans, column, lang), code


def test_the_benchmarks_copy_read_is_in_the_builds_language():
    """English page 02 once showed the project's Chinese note on each copy read
    (（新华社 2021-06-25 对纲要目标的报道，观察者网转载）); it now shows the url and the English
    description (benchmarks.csv's optional source_en); the Chinese build keeps its cell."""
    import re

    from sciplan_analysis.analysis import targets as t

    en = t.benchmarks_table(None, "en").iloc[:, -1].tolist()
    assert not [c for c in en if re.search(r"[\u4e00-\u9fff]", c)]
    assert any("Xinhua" in c and c.startswith("https://") for c in en)
    zh = t.benchmarks_table(None, "zh").iloc[:, -1].tolist()
    assert any("新华社" in c for c in zh)


HAN = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"  # Chinese characters and punctuation


def _chinese_cells(table) -> list[str]:
    """Cells of the English benchmarks table with Chinese in them, the document's own title and
    number as issued excepted (their column of their own: the house rule keeps a document's name
    as written, for a reader to find it by)."""
    import re

    from sciplan_analysis.analysis import targets as t

    shown = table.drop(columns=[t.BENCHMARK_AS_WRITTEN])
    return [str(v) for v in [*shown.columns, *shown.to_numpy().ravel()] if re.search(HAN, str(v))]


def test_the_english_benchmarks_table_has_no_chinese_but_each_documents_own_title():
    """English page 02's benchmark table once showed the documents' Chinese section names
    (一、总体要求（二）主要目标), a project note in Chinese (（重庆市科协的政策解读）) and each
    document's title and number only as written: every cell is now English (benchmarks.csv's
    title_en, doc_number_en, where_en), the title and number as issued in a column of their own;
    the Chinese build is as it was."""
    from sciplan_analysis.analysis import targets as t

    en = t.benchmarks_table(None, "en")
    assert not _chinese_cells(en)
    assert en[t.BENCHMARK_AS_WRITTEN].iloc[0] == "《全民科学素质行动规划纲要（2021—2035年）》国发〔2021〕9号"
    assert en["Document"].iloc[0].endswith("Guofa [2021] No. 9")
    where = dict(zip(en["Region"] + " " + en["Year"].astype(str), en["Where the text says so"], strict=True))
    assert "science association" in where["Chongqing 2025"] and where["Guangdong 2025"] == "—"
    zh = t.benchmarks_table(None, "zh")
    assert t.BENCHMARK_AS_WRITTEN not in zh.columns and len(zh.columns) == len(en.columns) - 1
    assert zh["出处"].tolist()[4] == "二、工作目标（重庆市科协的政策解读）"
    assert zh["文件"].tolist() == en[t.BENCHMARK_AS_WRITTEN].tolist()


def test_a_benchmark_without_its_english_says_so_in_english(tmp_path):
    """A row whose optional English columns are empty (or a file without them) falls back
    visibly: the English page says what is not recorded, never shows the Chinese cell."""
    import csv
    import io

    from sciplan_analysis.analysis import targets as t

    lines = t.BENCHMARKS_FILE.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    header = body[0].split(",")
    keep = header.index("note") + 1  # the file as it was before its English columns
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in csv.reader(body):
        writer.writerow(row[:keep])
    path = tmp_path / "benchmarks.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    en = t.benchmarks_table(None, "en", path=path)
    assert not _chinese_cells(en)
    assert set(en["Document"]) == {"no English title recorded, number not recorded in English"}
    assert en["Where the text says so"].tolist()[:2] == ["not recorded in English"] * 2
    assert en["Copy read"].iloc[0].endswith("(no English description recorded)")
    assert t.benchmarks_table(None, "zh", path=path).equals(t.benchmarks_table(None, "zh"))


def test_chart_2_1_names_a_tie_at_each_end_once(five_plans):
    """Four plans at 18% and three at 10% (chart 2.1 at 33 plans labelled one of each, 锦江区 with no
    draft mark and twice, at 18% and at its 20% aim): every plan at an end is red, one label says the
    tie, by the last of them (drawn rightmost), and a plan's aim above its commitment is no end."""
    labels.register_plans(five_plans.plans)
    rows = [("wuxi", 10.0, "target"), ("lezhi", 10.0, "target"), ("jinjiang", 18.0, "target"),
            ("jinjiang", 20.0, "target"), ("shanwei", 18.0, "target"), ("chongqing", 14.0, "target"),
            ("wuxi", 6.9, "baseline")]
    targets = pd.DataFrame(rows, columns=["plan_id", "value", "kind"]).assign(year=2025)
    order = ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    named = at.extreme_targets(targets, five_plans, order, "zh")
    assert named == {("jinjiang", 2025, 18.0): "", ("shanwei", 2025, 18.0): "成都市锦江区（征求意见稿）等 2 份",
                     ("wuxi", 2025, 10.0): "", ("lezhi", 2025, 10.0): "巫溪县等 2 份"}
