"""Charts read at any size: up to style.MANY_PLANS one mark per plan, beyond it ranks,
distributions and groups; no legend over style.MAX_LEGEND entries (checked on the chart
objects at 5 and 33 plans: the real five plus the synthetic ones of tests/synthetic.py)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.corpus import parse_manifest
from sciplan_analysis.report import charts, style

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def thirty_three(built_33):
    """The session's 33-plan corpus (conftest.built_33), its plans registered for labels."""
    labels.register_plans(built_33.corpus.plans)
    return built_33.corpus


def legends(fig) -> list[list[str]]:
    """Every legend of a figure (its own and its axes'), as lists of entry texts."""
    found = list(fig.legends) + [ax.get_legend() for ax in fig.axes if ax.get_legend()]
    return [[t.get_text() for t in legend.get_texts()] for legend in found]


def pair_tables(corpus, processed: Path | None = None) -> tuple:
    """(reuse, reuse pairs, word similarity): as the build wrote them into `processed` (as the
    report reads them), else computed."""
    if processed is not None:
        return (*ru.load_reuse(corpus, processed_dir=processed),
                sim.load_similarity(corpus, ("word",), processed_dir=processed))
    return (*ru.reuse_tables(corpus), sim.similarity_table(corpus, ("word",)))


def drawn(corpus, processed: Path | None = None) -> dict[str, object]:
    reuse, pairs, table = pair_tables(corpus, processed)
    return {
        "category_bars": lambda: charts.category_bars(corpus, lang="zh"),
        "category_heatmap": lambda: charts.category_heatmap(corpus, lang="zh"),
        "structure": lambda: charts.structure_chart(corpus, "zh"),
        "targets": lambda: charts.targets_chart(corpus, "zh"),
        "benchmark": lambda: charts.benchmark_chart(corpus, lang="zh"),
        "commitments": lambda: charts.commitments_chart(corpus, "zh"),
        "specificity": lambda: charts.specificity_chart(corpus, "zh"),
        "workload": lambda: charts.draw_workload_heatmap(corpus, lang="zh"),
        "top_units": lambda: charts.draw_top_units(corpus, lang="en"),
        "similarity": lambda: charts.similarity_heatmap(table, lang="zh"),
        "reuse": lambda: charts.reuse_heatmap(reuse, "zh"),
        "own_text": lambda: charts.own_text_chart(ru.own_text(corpus, pairs), "zh"),
        "instrument_types": lambda: charts.instrument_type_bars(corpus, "zh"),
        "instrument_tools": lambda: charts.instrument_tool_heatmap(corpus, "zh"),
    }


def check_legends(corpus, many: bool, processed: Path | None = None) -> None:
    names = set(labels.plan_labels(corpus.plans["plan_id"], "zh")) | set(
        labels.plan_labels(corpus.plans["plan_id"], "en"))
    for name, draw in drawn(corpus, processed).items():
        fig = draw()
        try:
            for entries in legends(fig):
                assert len(entries) <= style.MAX_LEGEND, (name, entries)
                if many:  # no plan is a legend entry among many: direct labels or none
                    assert not set(entries) & names, (name, entries)
        finally:
            plt.close(fig)


def test_no_legend_over_ten_entries_and_no_plan_legend_at_33_plans(thirty_three, built_33):
    assert len(thirty_three.plans) == 33 and style.many_plans(33)
    check_legends(thirty_three, many=True, processed=built_33.processed)


def test_five_plans_keep_one_coloured_mark_each(corpus):
    labels.register_plans(corpus.plans)
    check_legends(corpus, many=False)
    fig = charts.category_bars(corpus, lang="zh")
    entries = legends(fig)[0]
    from sciplan_analysis.analysis import scope

    # a bar per plan, each named as the plan axes name it (a draft as a draft)
    assert {scope.marked(p, corpus, "zh") for p in corpus.plans["plan_id"]} <= set(entries)
    plt.close(fig)


def test_many_plans_give_distributions_ranks_and_readable_heatmaps(thirty_three, built_33):
    corpus = thirty_three
    _, pairs, table = pair_tables(corpus, built_33.processed)
    fig = charts.category_bars(corpus, lang="zh")  # one row per category, a dot per plan
    ax = fig.axes[0]
    dots = [c for c in ax.collections if len(c.get_offsets()) > 1]
    assert dots and max(len(c.get_offsets()) for c in dots) <= 33
    assert "每点一份规划（共 33 份）" in legends(fig)[0]
    plt.close(fig)
    fig = charts.own_text_chart(ru.own_text(corpus, pairs), "zh")
    widths = [bar.get_width() for bar in fig.axes[0].patches]
    assert widths == sorted(widths, reverse=True)  # ranked
    assert {bar.get_facecolor() for bar in fig.axes[0].patches} == {
        plt.matplotlib.colors.to_rgba(style.ONE_COLOUR)}
    plt.close(fig)
    fig = charts.draw_top_units(corpus, lang="zh")
    assert len(fig.axes) == 1  # one pooled panel, not 33 small multiples
    plt.close(fig)
    fig = charts.similarity_heatmap(table, lang="zh")
    ticks = fig.axes[0].get_xticklabels()
    assert len(ticks) == 33 and ticks[0].get_fontsize() < 10
    plt.close(fig)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_heatmap_in_colour_alone_promises_no_numbers(thirty_three, built_33, lang):
    """Beyond NUMBERED_COLUMNS a share heatmap shows colour alone: its title no longer says what
    the cells' numbers are (下方：条款数/全部条款), as it does at five plans."""
    corpus = thirty_three
    reuse, _pairs, _table = pair_tables(corpus, built_33.processed)
    promise = re.compile(r"下方|below")
    for fig in (charts.instrument_tool_heatmap(corpus, lang), charts.category_heatmap(corpus, "share", lang),
                charts.reuse_heatmap(reuse, lang)):
        title = fig.axes[0].get_title(loc="left")
        assert title and not promise.search(title), title
        assert not [t for t in fig.axes[0].texts if re.fullmatch(r"[\d,]+/[\d,]+", t.get_text())]
        plt.close(fig)


def test_the_threshold_is_one_named_setting():
    assert style.MANY_PLANS == 12 and not style.many_plans(12) and style.many_plans(13)
    assert style.label_size(5) == 10 and 6 <= style.label_size(33) < 10
    code = (ROOT / "sciplan_analysis" / "report" / "charts.py").read_text(encoding="utf-8")
    assert not re.search(r"len\([^)]*\)\s*[<>]=?\s*12\b", code)  # no second threshold


def test_no_reader_text_says_five():
    said = re.compile(r"五份|五个方案|五个规划|\bfive\b", re.IGNORECASE)
    rows = (ROOT / "data" / "reference" / "labels.csv").read_text(encoding="utf-8").splitlines()
    assert not [r for r in rows if not r.startswith("#") and said.search(r)]
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                assert not said.search("".join(cell["source"])), path.name


def test_findings_at_33_plans_count_where_a_list_would_run_long(thirty_three, built_33):
    from sciplan_analysis.analysis import findings as F

    tables = F.Tables(thirty_three, processed_dir=built_33.processed)  # as the report reads them
    names = set(labels.plan_labels(thirty_three.plans["plan_id"], "zh"))
    for fid in ("benchmark", "left_out", "reuse"):
        found = F.compute(tables, [fid], "zh")[0]
        named = [n for n in names if n in found.sentence]
        assert len(named) <= 3 * F.NAMED_MAX, (fid, named)
        assert re.search(r"\d+/\d+", found.sentence), found.sentence
    assert re.search(r"低于国家目标的有 \d+/32 份", F.benchmark(tables, "zh").sentence)  # spaced, as "共 36 项"
    # the plans leaning on another tool than most, too many to name: counted per tool
    tools = F.tools(tables, "zh").sentence
    assert re.search(r"[；，]\d+ 份以\S+?为主", tools) and not re.search(r"以\S+?为主（\d+/\d+", tools), tools
    # the recombined plans share every sentence: the least own text is a tie of many, counted
    # (24/32 份完整规划没有自有文本), not one plan with a tie bracket
    own = F.own_text(tables, "zh")
    assert re.search(r"^\d+/32 份完整规划没有自有文本", own.sentence) and "与之并列" not in own.sentence, own.sentence
    assert re.search(r"^\d+/32 份完整规划没有自有文本$", own.title), own.title
    reuse = F.reuse(tables, "en").sentence
    n_children = sum(p == "重庆市" for p in thirty_three.plans["parent"])
    assert f"the most of its {n_children} child plans" in reuse  # every parent pair has the fragment


def test_every_chart_draws_for_one_plan(tmp_path):
    import csv
    import shutil

    from sciplan_analysis.corpus import RAW_DIR

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DIR / "lezhi.txt", raw / "lezhi.txt")
    with (RAW_DIR / "plans.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with (raw / "plans.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(r for r in rows if r["plan_id"] == "lezhi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = parse_manifest(raw)
        labels.register_plans(corpus.plans)
        for name, draw in drawn(corpus).items():
            fig = draw()
            assert fig.axes, name
            for entries in legends(fig):
                assert len(entries) <= style.MAX_LEGEND, (name, entries)
            plt.close(fig)


PLAN_AS_OTHER_WORD = re.compile(r"(各|本|两份|行|列)(计划|方案)(?!纲要)")
LATIN_JARGON = re.compile(r"Spearman|n-gram|rapidfuzz", re.IGNORECASE)


def _chinese_strings() -> list[tuple[str, str]]:
    """(where, text) of every reader-facing Chinese string: labels.csv's zh column, the string
    literals holding Chinese in the report and analysis layers, the notebooks' zh prose."""
    import ast
    import csv

    found = []
    with open(ROOT / "data" / "reference" / "labels.csv", encoding="utf-8") as handle:
        rows = csv.reader(line for line in handle if not line.startswith("#"))
        found += [(f"labels.csv {r[0]},{r[1]}", r[2]) for r in rows if len(r) > 2]
    for layer in ("report", "analysis"):
        for path in sorted((ROOT / "sciplan_analysis" / layer).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and len(re.findall(r"[\u4e00-\u9fff]", node.value)) > len(re.findall(r"[A-Za-z]", node.value)):
                    found.append((f"{path.name}:{node.lineno}", node.value))
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown" and "lang-zh" in cell.get("metadata", {}).get("tags", []):
                found.append((path.name, "".join(cell["source"])))
    return found


def test_chinese_text_calls_a_plan_a_plan_and_uses_no_english_jargon():
    """One word for a plan (规划: a chart once said 计划 and 方案 beside the page's 规划), and
    no English term in Chinese prose (the robustness line once said "Spearman")."""
    texts = _chinese_strings()
    assert len(texts) > 300
    assert not [(w, t) for w, t in texts if PLAN_AS_OTHER_WORD.search(t)]
    assert not [(w, t) for w, t in texts if LATIN_JARGON.search(t)]
    # a page's Chinese title is in words a reader uses (page 05's was "TF-IDF 相似度")
    titles = [t.splitlines()[0] for w, t in texts if w.endswith(".ipynb") and t.startswith("# ")]
    assert len(titles) == len(list((ROOT / "notebooks").glob("*.ipynb")))
    assert not [t for t in titles if re.search(r"[A-Za-z]{2,}", t)]
    from sciplan_analysis.analysis.reuse import THRESHOLD

    assert f"{THRESHOLD:g} 以上算作重现" in labels.label("column_note", "score", "zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_dendrogram_and_section_chart_read_at_33_plans(thirty_three, built_33, lang):
    """Page 05's charts 5.2 and 5.4 at 33 plans: the dendrogram's plan names stand on end
    without running into each other, and its title says which plan (or two groups) joins last;
    the section chart is a dot per pair, with no hatched cell to misname."""
    import itertools

    _, _, table = pair_tables(thirty_three, built_33.processed)
    fig = charts.similarity_dendrogram(table, lang=lang)
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        ticks = [t for t in fig.axes[0].get_xticklabels() if t.get_text()]
        assert len(ticks) == 33 and all(t.get_rotation() == 90 for t in ticks)
        boxes = [t.get_window_extent(renderer) for t in ticks]
        assert not [(a, b) for a, b in itertools.combinations(range(33), 2) if boxes[a].overlaps(boxes[b])]
        found = charts.dendrogram_finding(table, thirty_three, lang=lang)
        assert found is not None and found.figure == "similarity_dendrogram"
        assert not re.search(r"差别最大|differ most", found.title)
    finally:
        plt.close(fig)
    fig = charts.section_heatmap(table, lang=lang, corpus=thirty_three)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert labels.text("chart.gap.none", lang) not in texts
    # the pairs lacking a section are counted by why, as the five-plan cells read (无此类 apart
    # from 现存文本未见, audit22 item 8), never all alike
    said = (labels.text("chart.gap.none", lang), labels.unsaid(lang))
    counted = [line for t in texts for line in t.split("\n") if re.fullmatch(r".+ \d+/528", line)]
    assert counted and all(line.rsplit(" ", 1)[0] in said for line in counted), counted
    plt.close(fig)


def test_page_04_at_33_plans_draws_every_unit_apart_and_titles_what_it_draws(thirty_three):
    """audit14: chart 4.1 drew 14 bars under "The 16 units" (unmapped names merged into one
    "None" bar) and took a title about tasks over bars counting plans; chart 4.2 had rows
    leading nothing."""
    from sciplan_analysis.analysis import findings as F
    from sciplan_analysis.analysis import workload as wl

    corpus = thirty_three
    for lang in ("zh", "en"):
        fig = charts.draw_top_units(corpus, lang=lang)
        ax = fig.axes[0]
        names = [t.get_text() for t in ax.get_yticklabels()]
        n = int(re.search(r"\d+", ax.get_title(loc="left")).group(0))
        assert len(names) == len(set(names)) == n == len(ax.patches) // 2, names
        assert not [x for x in names if x in ("None", "nan", "<NA>")]
        counts = [t.get_text() for t in ax.texts]
        found = charts.top_units_finding(F.Tables(corpus), lang)
        assert counts[0].endswith(f" {found.values['k']}/{found.values['naming']}")  # the title's count, labelled 牵头
        assert ("份规划中牵头" if lang == "zh" else "plans") in found.title
        plt.close(fig)
        fig = charts.draw_workload_heatmap(corpus, "led", lang=lang)
        rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert not [x for x in rows if x in ("None", "nan", "<NA>")]
        plt.close(fig)
    matrix, _left = wl.workload_rows(corpus, "led", 25)
    assert (matrix.sum(axis=1) > 0).all()
    zh = wl.lead_table(corpus, "zh")
    # by the count printed, as the finding says (科技部门 ties 科协 where 县科工信局 now merges into it)
    assert set(zh["牵头最多的单位"].dropna()) <= {"科协", "科协、科技部门（并列）"}
    note = F.source_note(corpus, "zh", units=True)
    assert "未对应到规范单位" in note
