"""Shared fixtures: the real corpus (parsed once per session), the report (built once per run,
every notebook executed once) and text-file helpers."""

from __future__ import annotations

import gc
import os
import pickle
import sys
import types
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from filelock import FileLock

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from sciplan_analysis.corpus import Corpus

# One BLAS thread per process (numpy's OpenBLAS, in the workers and in every process they
# start: the notebooks' kernels, forked and spawned commands). `make test` runs a worker per
# core, so a second BLAS thread finds no free core: it spins on the one the other worker needs
# (a chart or similarity test took 10-30x its time on a busy machine, and the suite ~10 s more
# CPU). Set before anything imports numpy; a value given in the environment wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

# jsonschema, which nbformat imports (the notebook tests, collected by every worker), imports
# the optional rfc3987_syntax for its "iri" format checker, and that compiles ~40 grammars:
# 0.8 s of CPU in each worker. No schema the suite validates uses a format keyword (nbformat's
# have none and nbformat passes no format checker), so without it no check is lost.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]

# The library, pandas and nbformat (whose jsonschema takes ~0.9 s to import) are imported in
# the fixtures that use them, not here: pytest-xdist's controller loads this file too and runs
# no test, and those imports cost it 1.4 s of CPU beside the two workers on two cores.


@pytest.fixture(scope="session")
def five_plans() -> Corpus:
    """The five real plans, parsed fresh (not from the cache) so the tests see this code.
    Under its own name so that a test module's own `corpus` fixture cannot stand in for it."""
    from sciplan_analysis.corpus import RAW_DIR, parse_manifest

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_manifest(RAW_DIR)


@pytest.fixture(scope="session")
def corpus(five_plans: Corpus) -> Corpus:
    """The five real plans, parsed fresh (`five_plans`)."""
    return five_plans


@pytest.fixture(scope="session")
def five_pair_tables(five_plans: Corpus) -> tuple:
    """The five plans' similarity table and reuse tables (`similarity_table`, `reuse_tables`,
    what `findings.Tables` computes when no build wrote them), computed once per worker for
    the findings tests; read-only (`five_tables` gives copies)."""
    from sciplan_analysis.analysis import reuse, similarity

    return (similarity.similarity_table(five_plans), *reuse.reuse_tables(five_plans))


@pytest.fixture
def five_tables(five_plans: Corpus, five_pair_tables: tuple):
    """`findings.Tables` of the five plans holding copies of their pair tables
    (`five_pair_tables`): the tables a `Tables(corpus)` would compute, not computed again."""
    from sciplan_analysis.analysis import findings

    similarity, reuse, pairs = (table.copy() for table in five_pair_tables)
    return findings.Tables(five_plans, similarity=similarity, reuse=reuse, pairs=pairs)


@pytest.fixture(scope="session")
def seed_cache(five_plans: Corpus):
    """Give a copy of data/raw/ the warm cache its first load would write, without parsing.

    For tests that need a cache to start from (to damage it, change a raw file under it)
    but are not about that first parse: the session's parse of the five plans is written as
    the copy's cache (keyed on the copy's own fingerprint, as `load_corpus` keys it). The
    copy's manifest and plan texts must be byte for byte those of data/raw/, or the cache
    would describe other plans: anything else fails the test.
    """
    from sciplan_analysis.corpus import RAW_DIR, read_manifest, write_snapshot_corpus

    def seed(raw: Path, processed: Path) -> Path:
        names = ["plans.csv", *(row["file"] for row in read_manifest(RAW_DIR))]
        changed = [n for n in names if (raw / n).read_bytes() != (RAW_DIR / n).read_bytes()]
        assert not changed, f"seed_cache: {raw} is not a copy of data/raw/ ({changed})"
        write_snapshot_corpus(five_plans, processed, raw)
        return processed

    return seed


@pytest.fixture
def loaded_corpus(seed_cache, tmp_path: Path) -> Corpus:
    """The five real plans as `load_corpus` returns them from a warm cache (what the pages
    and the build read), from a cache seeded in a temporary folder: never the checkout's
    data/processed/, which an earlier run or an older checkout may have left."""
    from sciplan_analysis.corpus import RAW_DIR, load_corpus

    processed = seed_cache(RAW_DIR, tmp_path / "loaded-processed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(RAW_DIR, processed)


@pytest.fixture
def plans33():
    """33 made-up plans with long English names: p00 a fragment, p01 and p02 drafts; their
    names registered for labels, and the registry restored afterwards."""
    import pandas as pd

    from sciplan_analysis import labels

    labels.plan_label("")
    saved = dict(labels._plans)
    plans = pd.DataFrame({"plan_id": [f"p{i:02d}" for i in range(33)],
                          "name_zh": [f"甲{i:02d}县" for i in range(33)],
                          "name_en": [f"Jia {i:02d} District, Longcity" for i in range(33)],
                          "status": ["fragment", "draft", "draft"] + ["final"] * 30})
    labels.register_plans(plans)
    yield types.SimpleNamespace(plans=plans)
    labels._plans.clear()
    labels._plans.update(saved)


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
    """Whether the notebook's cell tagged `parameters` sets LANG (so LANG can be injected).
    Read as JSON, not with nbformat: test_notebooks calls this while each worker collects it,
    and nbformat's jsonschema costs ~1 s of CPU to import."""
    import json

    nb = json.loads(path.read_text(encoding="utf-8"))
    return any("parameters" in c.get("metadata", {}).get("tags", [])
               and "LANG" in "".join(c.get("source", "")) for c in nb["cells"])


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
def report_build(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Built:
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
        # the session's parse of the five plans as the build's cache (`seed_cache`), asked for
        # only here: a worker that reads the stored build parses nothing for it
        built = _build_report(base / "report-build", request.getfixturevalue("seed_cache"))
        stored.write_bytes(pickle.dumps(built))
        return built


def _build_report(folder: Path, seed_cache) -> Built:
    """Build the report into `folder`, running each notebook once (see `english_notebooks`).

    As `make report` does: the build (cache, tables, workbook) into `folder`/processed, then
    the notebooks, which read those tables rather than recomputing them (data/processed/ is
    neither read nor written: it may be stale or missing in a fresh clone). The cache is the
    session's fresh parse of the five plans (`seed_cache`), which the worker that builds the
    report needs for its other tests anyway: the plans are not parsed twice.
    """
    from sciplan_analysis import PlanError, load_corpus
    from sciplan_analysis.config import RAW_DIR, REPORTS_ENV, figures_dir
    from sciplan_analysis.report import notebooks as report
    from sciplan_analysis.report.export import write_tables

    data, out = folder / "processed", folder / "reports"
    data.mkdir(parents=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus(RAW_DIR, seed_cache(RAW_DIR, data))
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
        nb, failure = execute(path, **kwargs)
        # the kernel's own reports folder (build_report runs notebooks side by side), whose
        # figures the build then moves into the report's figures folder
        stage = figures_dir(Path(kwargs["env"][REPORTS_ENV]))
        made = sorted(figures_dir(out) / p.name for p in stage.glob("*"))
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


# --------------------------------------------------------------------------- 33 plans


@dataclass
class Build:
    """A corpus built as `build` does: its raw folder, and the cache and tables in `processed`."""

    corpus: Corpus
    raw: Path
    processed: Path


@pytest.fixture(scope="session")
def built_33(tmp_path_factory: pytest.TempPathFactory, corpus: Corpus) -> Build:
    """The five real plans and 28 synthetic ones (tests/synthetic.py), parsed, cached and
    tabled once per session for every test of the report at 33 plans; read-only.

    Its synthetic plans, parse and tables were paid three times before (plan pages, charts,
    findings). The scheduler below gives its test files to one worker, so it is built once
    per run. The workbook, which no test at 33 plans opens, is not written (it was half the
    cost of the tables); the workbook is tested on the five plans (test_export, test_report).
    Nor is the similarity robustness table, which no test at 33 plans reads (1.3 s of CPU:
    the pair scores under four tokenizations; a page that asked for it would compute it):
    the similarity and reuse tables are computed as `export.derived_tables` computes them.
    The synthetic plans recombine the session's parse of the five (`corpus`), not a second one.
    """
    from synthetic import synthetic_raw

    from sciplan_analysis.analysis import reuse, similarity
    from sciplan_analysis.corpus import load_corpus
    from sciplan_analysis.report import export

    folder = tmp_path_factory.mktemp("c33")
    raw, processed = synthetic_raw(folder, 33, parsed=corpus), folder / "processed"
    with warnings.catch_warnings(), pytest.MonkeyPatch.context() as patch:
        warnings.simplefilter("ignore")
        corpus = load_corpus(raw, processed)
        patch.setattr(export, "write_workbook", lambda path, *args, **kwargs: Path(path).touch())
        pairs = dict(zip(("reuse", "reuse_pairs"), reuse.reuse_tables(corpus), strict=True))
        export.write_tables(corpus, processed, quiet=True,
                            derived={**pairs, "similarity": similarity.similarity_table(corpus)})
    return Build(corpus, raw, processed)


# --------------------------------------------------------------------------- scheduling

# Test files that share a costly session fixture, each group run by one worker, which builds
# the fixture once: the report (every notebook executed) and the 33-plan corpus.
GROUPS = {"tests/test_notebooks.py": "report", "tests/test_report.py": "report",
          "tests/test_plan_page.py": "corpus_33", "tests/test_chart_scale.py": "corpus_33"}
REPORT_FILES = tuple(f for f, group in GROUPS.items() if group == "report")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "costly: takes seconds of CPU; run early, so it does not end the run alone")


# The cyclic garbage collector's full passes rescan every object still alive: the imported
# libraries, the collected tests, the session's builds (the report, the corpora): 3.4-3.9 s
# of CPU per worker a run (17-19 full passes). Objects alive after collection, and every
# `FREEZE_EVERY` tests after that, are moved out of its reach (`gc.freeze`), right after a
# collection, so only what was live then is frozen (no garbage): a later pass scans only what
# the tests made since. Frozen objects are still freed when their last reference goes; only
# one that later becomes part of an unreachable cycle stays until the process ends. Two runs
# each, interleaved: the collector's CPU over both workers 7.3 -> 4.8-5.2 s, each worker's
# peak memory unchanged (745-897 MB against 768-892 MB).
FREEZE_EVERY = 100
_tests_run = 0


def _collect_and_freeze() -> None:
    gc.collect()
    gc.freeze()


def pytest_collection_finish(session: pytest.Session) -> None:
    _collect_and_freeze()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    global _tests_run
    _tests_run += 1
    if _tests_run % FREEZE_EVERY == 0:
        _collect_and_freeze()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of the built report first, so the worker that takes them starts the build at
    once; then the costly ones, so that no long test is left to the end of a run while the
    other worker has nothing to do."""
    items.sort(key=lambda item: ("report_build" not in getattr(item, "fixturenames", ()),
                                 item.get_closest_marker("costly") is None))


@pytest.hookimpl(optionalhook=True)  # known only when pytest-xdist is loaded
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Under `pytest -n`, hand each group of test files (GROUPS) to one worker as one unit,
    the largest first (the report's, then the 33-plan corpus's), and every other test to
    whichever worker is free.

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
            return GROUPS.get(nodeid.split("::")[0], nodeid)

    return ReportOnOneWorker(config, log)


@pytest.fixture
def displayed(monkeypatch) -> list[str]:
    """What the report's page helpers show, in order (the HTML or text each `_display` call receives), instead of a
    notebook's output."""
    from sciplan_analysis.report import page

    shown: list[str] = []
    monkeypatch.setattr(page, "_display", lambda obj: shown.append(getattr(obj, "data", str(obj))))
    return shown
