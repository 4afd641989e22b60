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
    processed: Path | None = None  # the build's cache and tables, which the notebooks read

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

    As `make report` does: the build (cache, tables, workbook) into `folder`/processed, then
    the notebooks, which read those tables rather than recomputing them (data/processed/ is
    neither read nor written: it may be stale or missing in a fresh clone).
    """
    from sciplan_analysis import PlanError, load_corpus
    from sciplan_analysis.config import figures_dir
    from sciplan_analysis.report import notebooks as report
    from sciplan_analysis.report.export import write_tables

    data, out = folder / "processed", folder / "reports"
    data.mkdir(parents=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus(RAW_DIR, data)
    except (PlanError, OSError) as err:  # pragma: no cover - only without data/raw
        pytest.fail(f"the cached corpus cannot be built, so the notebooks cannot run: {err}")
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
            return Built(report.build_report(out_dir=out, workbook=workbook, log=lines.append,
                                             processed_dir=data),
                         None, lines, runs, data)
        except report.ReportError as err:
            return Built(None, err, lines, runs, data)


# The test files that assert on the built report: run by one worker, which builds it once.
REPORT_FILES = ("tests/test_notebooks.py", "tests/test_report.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of the built report first, so the worker that takes them starts the build at once."""
    items.sort(key=lambda item: "report_build" not in getattr(item, "fixturenames", ()))


@pytest.hookimpl(optionalhook=True)  # known only when pytest-xdist is loaded
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Under `pytest -n`, hand the report's test files to one worker as one unit and every
    other test to whichever worker is free.

    xdist's default (`load`) deals the first quarter of the tests out one by one in turn, so
    both workers got report tests and the second waited on the build's lock while work piled
    up behind the first. (`--dist loadgroup` would say this with a marker, but pytest-xdist
    3.8 cannot rename the node ids of pytest 9, so its groups are silently ignored.)
    """
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ReportOnOneWorker(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "report" if nodeid.split("::")[0] in REPORT_FILES else nodeid

    return ReportOnOneWorker(config, log)
