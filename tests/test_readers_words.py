"""Readers' words (session 13, R2): one name for one thing, one language, no jargon, a count
beside every share. The clause cue's English prefixes read in the build's language, page 07
names the tools by their labels, Chinese pages say no TF-IDF or HHI, the one-plan matrix's
note and alt text say what its hatching says, the workbook says 未提及 where the pages do, and
every share chart shows its count."""

from __future__ import annotations

import json
import re
from pathlib import Path

import coded_counts
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text

from sciplan_analysis import labels
from sciplan_analysis.analysis import instruments
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.parsing import clauserole, sections
from sciplan_analysis.report import charts, page
from sciplan_analysis.tables import INSTRUMENT_TOOLS

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("zh", "en")


@pytest.fixture(autouse=True)
def _plans(corpus):
    labels.register_plans(corpus.plans)
    lang = labels.get_language()
    yield
    labels.set_language(lang)  # a test that set the build's language leaves the others theirs
    plt.close("all")


def texts(fig) -> list[str]:
    """Every text a figure draws (titles, ticks, cells, labels)."""
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


# -- 1. the cue column -------------------------------------------------------------------------------

def _coder_prefixes() -> list[str]:
    """Every cue the coder writes with an English prefix, as a sample: the f-strings of
    parsing/instruments.py that open on lower-case words and a colon, their fields filled
    with each section kind or clause role they can hold."""
    source = (ROOT / "sciplan_analysis" / "parsing" / "instruments.py").read_text(encoding="utf-8")
    found = re.findall(r'f"([a-z][a-z ]*(?:\{[^}]*\})?(?: \(\{[^}]*\}\))?): \{', source)
    assert len(found) >= 5, found  # programme title, aim, structure, section, role
    samples = []
    for prefix in found:
        if "{" not in prefix:
            samples.append(f"{prefix}: 实施某某行动。")
        elif prefix.startswith("section"):
            samples += [f"section {k}: 到2025年比例达到15%" for k in sections.KINDS]
        elif prefix.startswith("role"):
            samples += [f"role {r} (role-x-01): 会上，某某汇报了工作" for r in clauserole.ROLES]
        else:
            raise AssertionError(f"a cue prefix without a reader's label: {prefix!r}")
    return samples


@pytest.mark.parametrize("lang", LANGS)
def test_every_cue_prefix_the_coder_writes_reads_in_the_build_language(lang):
    for cue in _coder_prefixes():
        shown = instruments.cue_text(cue, lang)
        head = cue.split(":")[0]
        assert not shown.startswith(head.split(" ")[0]), (cue, shown)
        assert "role-x-01" not in shown  # a row's id is no reader's word
        if lang == "zh":
            assert not re.search(r"[A-Za-z]{2,}", shown), (cue, shown)
    assert instruments.cue_text("讲座", lang) == "讲座"  # a cue word stays as written
    assert instruments.cue_text("开展…活动 → 讲座", lang) == "开展…活动 → 讲座"


@pytest.mark.parametrize("lang", LANGS)
def test_the_clause_sheet_and_page_07_show_no_english_prefix_and_no_blank_cue(corpus, lang):
    from sciplan_analysis.report.export import clause_sheet

    raw = corpus.clauses["cue"]
    assert raw.str.startswith("programme title: ").sum() > 0 and (raw == "").sum() > 0  # data kept
    for shown in (clause_sheet(corpus, lang)["cue"],
                  instruments.with_review_text(corpus.clauses, lang)["cue"]):
        assert not shown.str.match(r"^(?:programme title|aim|structure|section \w+|role \w+[^:]*): ").any()
        assert (shown.fillna("") != "").all()
        empty = shown[(raw == "").to_numpy()]
        assert set(empty) == {labels.text("instruments.cue.none", lang)}
    none_tools = set(corpus.clauses.loc[raw == "", "rule_tool"])
    assert none_tools == {"none"}  # an empty cue is a clause the rules coded no means named


# -- 2. page 07 names each tool as everything else does --------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_page_07_coding_paragraph_names_the_tools_by_their_labels(lang):
    text = page.instrument_coding_text(lang)
    for tool in INSTRUMENT_TOOLS:
        word = labels.label("instrument_tool", tool, lang)
        assert word.lower() in text.lower(), (tool, word)
    nb = json.loads((ROOT / "notebooks" / "07_policy_instruments.ipynb").read_text(encoding="utf-8"))
    prose = "".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    # the names the paragraph once gave beside the labels
    for old in ("场馆设施", "信息内容", "法规标准", "组织协调", "购买服务", "示范创建", "合作交流",
                "venues", "plans and targets"):
        assert old not in prose and old not in text, old
    assert "page.instrument_coding(LANG)" in "".join("".join(c["source"]) for c in nb["cells"])


# -- 3. no jargon on Chinese pages -----------------------------------------------------------------

def test_chinese_pages_say_no_tf_idf_or_hhi(corpus):
    from sciplan_analysis.analysis import workload
    from tests.test_chart_scale import _chinese_strings

    found = [(w, t) for w, t in _chinese_strings() if re.search(r"TF-IDF|HHI", t, re.IGNORECASE)]
    assert not found, found[:3]
    assert not [c for c in workload.lead_table(corpus, "zh").columns if "HHI" in c]
    scheme = (ROOT / "docs" / "instruments.zh.md").read_text(encoding="utf-8")
    # the typology's authors cited in readers' words, not as the scheme's name
    assert "（这一分类由 Rothwell 和 Zegveld 提出）" in scheme


@pytest.mark.parametrize("lang", LANGS)
def test_similarity_charts_name_the_measure_in_readers_words(lang):
    from sciplan_analysis.analysis import similarity as sim

    table = pd.DataFrame({"plan_a": ["a", "a", "b"], "plan_b": ["b", "c", "c"], "scope": "whole",
                          "analyzer": "word", "score": [0.6, 0.5, 0.4]})
    table = pd.concat([table, table.assign(scope="shared")])
    for scope in ("whole", "shared"):
        drawn = texts(charts.similarity_heatmap(table, scope, lang=lang))
        assert not [t for t in drawn if "TF-IDF" in t]
        assert labels.text("chart.similarity", lang, scope=sim.scope_label(scope, lang)) in drawn
    assert "TF-IDF" not in page.caption_of("similarity_whole")


# -- 4. the one-plan matrix: its note and alt text say what the hatching says -----------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_one_plan_matrix_note_and_alt_text_agree_with_its_hatching(corpus, lang):
    from sciplan_analysis.analysis import findings

    labels.set_language(lang)
    fig = charts.instrument_matrix_heatmap(corpus, "chongqing", lang)
    marks = [t.replace("\n", " ") for t in texts(fig)]
    note = page.matrix_note(corpus, "chongqing", lang)
    alt = findings.plan_matrix(findings.Tables(corpus), lang, "chongqing").sentence
    word = labels.unsaid(lang)  # a fragment's lost part: 现存文本未见 (audit22 item 8)
    assert word in marks
    assert f"“{word}”" in note if lang == "zh" else f'"{word}"' in note
    assert f"“{word}”" in alt if lang == "zh" else f'"{word}"' in alt
    assert "这份规划没有这一类别" not in note  # a fragment's lost part is no lack
    whole = page.matrix_note(corpus, "wuxi", lang)
    assert labels.text("instruments.matrix.none_mark", lang) in whole
    assert word not in [t.replace("\n", " ") for t in texts(charts.instrument_matrix_heatmap(corpus, "wuxi", lang))]


# -- 5. one pair of brackets -----------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_structure_chart_has_no_doubled_brackets(corpus, lang):
    drawn = texts(charts.structure_chart(corpus, lang))
    assert not [t for t in drawn if "（（" in t or "））" in t or "((" in t]
    assert ("组（二级标题）" if lang == "zh" else "Groups (second-level headings)") in drawn


# -- 6. the workbook says 未提及 where the pages do -------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_says_not_stated_where_the_pages_do(corpus, lang):
    from sciplan_analysis.report.export import reader_tables

    word = labels.unsaid(lang)  # the fragment's silence, as its plan page says it (audit22 item 8)
    sheets = reader_tables(corpus, lang)
    for code, df in sheets.items():
        assert not df.isna().any().any(), code
    plans = sheets["plans"]
    chongqing = plans[plans["region"] == labels.plan_label("chongqing", lang)].iloc[0]
    for col in ("doc_number", "issue_date", "period_start", "period_end"):
        assert chongqing[col] == word, col
    spec = sheets["specificity"]
    row = spec[spec["region"] == labels.plan_label("chongqing", lang)].iloc[0]
    assert row["commitments"] == word and row["per_task"] == word
    wuxi = plans[plans["region"] == labels.plan_label("wuxi", lang)].iloc[0]
    assert wuxi["period_start"] == 2021 and not isinstance(wuxi["period_start"], float)
    assert wuxi["doc_number"] == labels.not_stated(lang)  # a whole plan's silence
    assert corpus.plans["doc_number"].isna().sum() == 4  # the table keeps its NA


# -- 7. a count beside every share -----------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_share_charts_carry_their_counts(corpus, lang):
    reuse, pairs = ru.reuse_tables(corpus)
    drawn = texts(charts.reuse_heatmap(reuse, lang))
    assert "53%" in drawn and "47/88" in drawn  # 重庆市 → 巫溪县
    own = texts(charts.own_text_chart(ru.own_text(corpus, pairs), lang))
    assert any("105/184" in t and "57%" in t for t in own)
    types = texts(charts.instrument_type_bars(corpus, lang))
    n, of = coded_counts.type_share(corpus, "jinjiang", "demand")  # 锦江区's demand side, counted: a refit moves it
    assert n > 0 and f"{round(100 * n / of)}%" in types and f"{n}/{of}" in types, (n, of)
    tools = texts(charts.instrument_tool_heatmap(corpus, lang))
    for plan_id, tool in (("jinjiang", "services"), ("shanwei", "education")):  # counted: a refit moves them
        n, of = coded_counts.tool_share(corpus, plan_id, tool)
        assert n > 0 and f"{n}/{of}" in tools and f"{round(100 * n / of)}%" in tools, (plan_id, tool)
    share = texts(charts.category_heatmap(corpus, "share", lang))
    shares = [t for t in share if re.fullmatch(r"\d+%", t)]
    counts = [t for t in share if re.fullmatch(r"[\d,]+/[\d,]+", t)]
    assert len(shares) == len(counts) > 50
    assert any(t.endswith("/7,059") for t in counts)  # 巫溪县's task text


def test_the_english_scheme_page_names_each_tool_by_its_label():
    """The English scheme page (docs/instruments.md, reports/instruments.html of an English
    build) once named tools by their codes beside their Chinese labels (education 教育培训)."""
    from sciplan_analysis.report.notebooks import scheme_file

    text = scheme_file("en").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(INSTRUMENT_TOOLS)
    for tool in INSTRUMENT_TOOLS:
        assert f"| {labels.label('instrument_tool', tool, 'en')} |" in text, tool
    cells = [line.split(" | ")[:2] for line in rows]
    assert not [c for c in cells if re.search(r"[\u4e00-\u9fff]", " ".join(c))]
    assert "`none`" not in text and "is services" not in text
