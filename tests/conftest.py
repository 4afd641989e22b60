"""Shared fixtures: the real corpus (parsed once per session), the report (built once per run,
every notebook executed once) and text-file helpers."""

from __future__ import annotations

import os
import pickle
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest
from filelock import FileLock
from nbformat import NotebookNode

from sciplan_analysis.corpus import RAW_DIR, Corpus, parse_manifest


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The five real plans, parsed fresh (not from the cache) so the tests see this code."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_manifest(RAW_DIR)


@pytest.fixture
def write_text(tmp_path: Path):
    """Write a hand-made plan text into a temporary file and return its path."""

    def write(text: str, name: str = "plan.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


# --------------------------------------------------------------------------- the built report


def has_lang_parameter(path: Path) -> bool:
    """Whether the notebook's cell tagged `parameters` sets LANG (so LANG can be injected)."""
    nb = nbformat.read(path, as_version=4)
    return any("parameters" in c.metadata.get("tags", []) and "LANG" in c.source for c in nb.cells)


def english_notebooks(paths: list[Path]) -> set[str]:
    """The notebooks the suite runs in English: every second one that takes a LANG parameter.

    Each notebook runs once per `make test`, so each runs in one language: Chinese, the
    language of `make report` and of the CJK glyph check, for the first, third, … notebook with
    a LANG parameter (and for those without one); English for the second, fourth, …. Both
    languages are exercised on every run without executing any notebook twice.
    """
    parameterised = [p.name for p in paths if has_lang_parameter(p)]
    return set(parameterised[1::2])


@dataclass
class Run:
    """One notebook as the report build executed it."""

    nb: NotebookNode
    failure: object | None
    lang: str
    figures: list[Path] = field(default_factory=list)


@dataclass
class Built:
    """The report built once for the session: what `build_report` returned, or its error."""

    report: object | None  # sciplan_analysis.report.notebooks.Report
    error: Exception | None
    lines: list[str]
    runs: dict[str, Run]  # notebook file name → its run

    def result(self):
        """The Report; fails the test (with the build's error) when the build failed."""
        if self.report is None:
            pytest.fail(f"the report build failed: {self.error}")
        return self.report


@pytest.fixture(scope="session")
def report_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The whole report, built once per run from the real notebooks into a temporary folder.

    Notebook tests and report tests assert on this one build. Under pytest-xdist the first
    worker that needs it builds it, under a lock in the run's shared temporary folder, and the
    others read what it stored there: the notebooks run once per `make test`, whatever the
    number of workers. Charts go to the temporary folder, never to the project's reports/.
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, shared by its workers
    stored = base / "report-build.pkl"
    with FileLock(base / "report-build.lock"):
        if stored.exists():
            return pickle.loads(stored.read_bytes())
        built = _build_report(base / "report-build")
        stored.write_bytes(pickle.dumps(built))
        return built


def _build_report(folder: Path) -> Built:
    """Build the report into `folder`, running each notebook once (see `english_notebooks`).

    The notebooks read the cached corpus in data/processed/, which `load_corpus()` refreshes
    first.
    """
    from sciplan_analysis import PlanError, load_corpus
    from sciplan_analysis.config import figures_dir
    from sciplan_analysis.report import notebooks as report
    from sciplan_analysis.report.export import write_tables

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus()
    except (PlanError, OSError) as err:  # pragma: no cover - only without data/raw
        pytest.fail(f"the cached corpus cannot be built, so the notebooks cannot run: {err}")
    data, out = folder / "processed", folder / "reports"
    data.mkdir(parents=True)
    workbook = next(p for p in write_tables(corpus, data, quiet=True) if p.suffix == ".xlsx")
    english = english_notebooks(report.notebook_paths())
    runs: dict[str, Run] = {}
    execute = report.execute_notebook

    def execute_once(path, **kwargs):
        path = Path(path)
        lang = "en" if path.name in english else "zh"
        if lang == "en":
            kwargs["parameters"] = {**(kwargs.get("parameters") or {}), "LANG": "en"}
        folder = figures_dir()
        before = {p: p.stat().st_mtime_ns for p in folder.glob("*")} if folder.is_dir() else {}
        nb, failure = execute(path, **kwargs)
        made = sorted(p for p in folder.glob("*") if before.get(p) != p.stat().st_mtime_ns)
        runs[path.name] = Run(nb, failure, lang, made)
        return nb, failure

    lines: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report, "execute_notebook", execute_once)
        try:
            return Built(report.build_report(out_dir=out, workbook=workbook, log=lines.append),
                         None, lines, runs)
        except report.ReportError as err:
            return Built(None, err, lines, runs)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of the built report first: xdist hands out consecutive tests, so one worker takes
    them all and builds the report while the other workers run the rest of the suite.

    (`--dist loadgroup` would say this with a marker, but pytest-xdist 3.8 cannot rename the
    node ids of pytest 9, so its groups are silently ignored.)
    """
    items.sort(key=lambda item: "report_build" not in getattr(item, "fixturenames", ()))
