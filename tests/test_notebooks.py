"""Every notebook is stored clean and runs headless against the cached corpus.

The notebooks are executed once per run, by the report build of `conftest.report_build`; these
tests assert on those runs (half of the parameterised notebooks in English, see
`conftest.english_notebooks`).
"""

from __future__ import annotations

import pytest
from conftest import english_notebooks

from sciplan_analysis.report.notebooks import NOTEBOOKS_DIR, notebook_paths, notebook_summary

NOTEBOOKS = notebook_paths(NOTEBOOKS_DIR)
ENGLISH = english_notebooks(NOTEBOOKS)


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:3] == [
        "01_corpus_overview.ipynb", "02_targets.ipynb", "03_task_categories.ipynb"]


def test_both_languages_are_run():
    assert ENGLISH and len(ENGLISH) < len(NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    import nbformat  # here, not at the top: collecting this file in every worker stays cheap

    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
             and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs or execution counts; clear them"
    title, summary = notebook_summary(nb)
    assert title and summary, f"{path.name}: the first markdown cell needs a # title and a paragraph"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, report_build):
    run = report_build.runs.get(path.name)
    assert run is not None, f"{path.name} was not run by the report build: {report_build.error}"
    assert run.failure is None, str(run.failure)
    images = sum(1 for c in run.nb.cells for o in c.get("outputs", [])
                 if "image/png" in o.get("data", {})
                 or "data:image/png" in str(o.get("data", {}).get("text/html", "")))
    assert images > 0, f"{path.name} shows no chart"
    assert any(p.suffix == ".png" for p in run.figures), f"{path.name} exports no chart"


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name in ENGLISH], ids=lambda p: p.stem)
def test_notebook_runs_in_english(path, report_build):
    run = report_build.runs[path.name]
    assert run.lang == "en" and run.failure is None, str(run.failure)
    shown = "".join(str(o.get("data", {}).get("text/html", "")) for c in run.nb.cells
                    for o in c.get("outputs", []))
    assert "Wuxi County" in shown or "Region" in shown, f"{path.name}: tables are not in English"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_prose_is_tagged_by_language_and_parameters_are_tagged(path):
    """Every markdown cell is tagged lang-zh or lang-en (so a page shows one language), both
    languages have the same number of cells, and the parameters cell carries its tag and
    sets LANG (so an injected LANG takes effect)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    tags = [set(c.metadata.get("tags", [])) for c in nb.cells if c.cell_type == "markdown"]
    untagged = [i for i, t in enumerate(tags) if not t & {"lang-zh", "lang-en"}]
    assert not untagged, f"{path.name}: markdown cells {untagged} carry no lang-zh/lang-en tag"
    assert sum("lang-zh" in t for t in tags) == sum("lang-en" in t for t in tags)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and "LANG" in params[0].source, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_prose_never_nests_a_bracket_in_a_bracket(path):
    """Page 01 read 组：二级标题（“（一）”“（二）”这一级） and "second-level headings (those numbered
    （一）, （二） …)" (audit20 item 12): a bracket opened inside another reads as clutter; the
    prose says it in a clause instead, in both languages."""
    import re

    import nbformat

    nb = nbformat.read(path, as_version=4)
    nested = [m.group(0) for c in nb.cells if c.cell_type == "markdown"
              for m in re.finditer(r"[（(][^）)\n]*[（(]", c.source)]
    assert not nested, (path.name, nested)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_page_opens_with_its_findings(path, report_build):
    run = report_build.runs[path.name]
    first = next(c for c in run.nb.cells if c.cell_type == "code"
                 and "parameters" not in " ".join(c.metadata.get("tags", [])))
    assert "page.start(" in first.source, f"{path.name}: the first code cell must call page.start"
    shown = "".join(str(o.get("data", {}).get("text/markdown", "")) for o in first.outputs)
    assert shown.count("\n- ") >= 2, f"{path.name}: the page opens with fewer than two findings"


def test_page_07_shows_how_far_its_coding_can_be_trusted(report_build):
    """Page 07 carries the reliability note and table in its build's language: counts beside
    shares, and the division-of-labour plan's kind not measured (never NaN)."""
    import re

    from sciplan_analysis import labels

    run = report_build.runs["07_policy_instruments.ipynb"]
    cell = next(c for c in run.nb.cells if "instrument_reliability" in c.source)
    shown = "".join(str(o.get("data", {}).get("text/html", "")) + str(o.get("data", {}).get("text/markdown", ""))
                    for o in cell.outputs)
    note = labels.text("instruments.reliability.note", run.lang)
    assert note[:20] in shown
    assert labels.text("instruments.reliability.not_measured", run.lang) in shown
    unit = "条（" if run.lang == "zh" else "clauses ("
    assert re.search(rf"\d+/\d+ {re.escape(unit)}\d+%", shown), "no count beside a share"
    assert "NaN" not in shown and "&lt;NA&gt;" not in shown


def test_page_07_says_which_codes_to_check_first(report_build):
    """Page 07 carries the learned second reading: its note, each plan's clauses to check with
    the count beside the share, and the clause list's column of readings (empty where none,
    never "not stated" or None)."""
    from sciplan_analysis import labels

    run = report_build.runs["07_policy_instruments.ipynb"]
    cell = next(c for c in run.nb.cells if "instrument_review" in c.source)
    shown = "".join(str(o.get("data", {}).get("text/html", "")) + str(o.get("data", {}).get("text/markdown", ""))
                    for o in cell.outputs)
    assert labels.text("instruments.review.note", run.lang)[:20] in shown
    for column in ("n_clauses", "to_review", "review_share"):
        assert labels.label("column", column, run.lang) in shown
    assert "NaN" not in shown and "None" not in shown
    listing = next(c for c in run.nb.cells if "cell_clauses" in c.source)
    html = "".join(str(o.get("data", {}).get("text/html", "")) for o in listing.outputs)
    assert labels.label("column", "review", run.lang) in html
    assert "None" not in html and labels.not_stated(run.lang) not in html


def test_page_07_says_which_cell_its_clause_list_is(report_build):
    """The list of clauses names its cell in readers' words (it once said only 所选工具与类别,
    the choice being a code in the parameters cell a reader never sees)."""
    from sciplan_analysis import labels
    from sciplan_analysis.report.page import cell_heading

    assert cell_heading("regulation", "youth", 3, "zh") == "所选的一格：“法规管制 × 青少年”，共 3 条。"
    run = report_build.runs["07_policy_instruments.ipynb"]
    cell = next(c for c in run.nb.cells if "cell_clauses" in c.source)
    shown = "".join(str(o.get("data", {}).get("text/markdown", "")) for o in cell.outputs)
    tool = labels.label("instrument_tool", "funding", run.lang)
    assert f"{tool} × {labels.category_label('implementation', run.lang)}" in shown
