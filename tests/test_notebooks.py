"""Every notebook is stored clean and runs headless against the cached corpus."""

from __future__ import annotations

import nbformat
import pytest

from sciplan_analysis.report.notebooks import (
    NOTEBOOKS_DIR,
    execute_notebook,
    notebook_paths,
    notebook_summary,
)
from sciplan_analysis.config import REPORTS_ENV

NOTEBOOKS = notebook_paths(NOTEBOOKS_DIR)


@pytest.fixture(scope="module", autouse=True)
def cached_corpus():
    """Build (or refresh) data/processed/corpus.pkl once, so the notebooks only load it."""
    from sciplan_analysis import PlanError, load_corpus

    try:
        load_corpus()
    except (PlanError, OSError) as err:  # pragma: no cover - only without data/raw
        pytest.skip(f"the cached corpus cannot be built, so the notebooks cannot run: {err}")


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:3] == [
        "01_corpus_overview.ipynb", "02_targets.ipynb", "03_task_categories.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
             and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs or execution counts; clear them"
    title, summary = notebook_summary(nb)
    assert title and summary, f"{path.name}: the first markdown cell needs a # title and a paragraph"


@pytest.fixture(autouse=True)
def reports_in_tmp(tmp_path, monkeypatch):
    """Charts the notebooks export go to a temporary folder, not the project's reports/."""
    monkeypatch.setenv(REPORTS_ENV, str(tmp_path / "reports"))
    return tmp_path / "reports"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, reports_in_tmp):
    nb, failure = execute_notebook(path, timeout=600)
    assert failure is None, str(failure)
    images = sum(1 for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
    assert images > 0, f"{path.name} shows no chart"
    assert list((reports_in_tmp / "figures").glob("*.png")), f"{path.name} exports no chart"


def _has_lang_parameter(path) -> bool:
    nb = nbformat.read(path, as_version=4)
    return any("parameters" in c.metadata.get("tags", []) and "LANG" in c.source for c in nb.cells)


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if _has_lang_parameter(p)],
                         ids=lambda p: p.stem)
def test_notebook_runs_in_english(path):
    nb, failure = execute_notebook(path, timeout=600, parameters={"LANG": "en"})
    assert failure is None, str(failure)
    shown = "".join(str(o.get("data", {}).get("text/html", "")) for c in nb.cells
                    for o in c.get("outputs", []))
    assert "Wuxi County" in shown or "Region" in shown, f"{path.name}: tables are not in English"
