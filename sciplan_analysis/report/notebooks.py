"""The report: run every notebook against the cached corpus and publish what policy staff read.

``build_report()`` executes ``notebooks/*.ipynb`` (a fresh kernel of the current Python for
each, as many at once as there are cores; pages, figures and progress lines in name order), writes ``reports/<notebook>.html`` with images embedded, collects the charts
the notebooks export into ``reports/figures/``, writes ``reports/index.html`` linking every page
and figure with each notebook's summary, and copies the workbook to
``reports/sciplan_tables.xlsx``. A notebook that raises, or that draws a glyph its font lacks,
fails the report with the notebook and the cell named.
"""

from __future__ import annotations

import argparse
import base64
import functools
import html
import io
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from sciplan_analysis import storage
from sciplan_analysis.config import (
    NOTEBOOKS_DIR,
    PROCESSED_DIR,
    PROCESSED_ENV,
    PROJECT_DIR,
    RAW_DIR,
    RAW_ENV,
    REPORTS_DIR,
    REPORTS_ENV,
    WORKBOOK_NAME,
)

if TYPE_CHECKING:
    from nbformat import NotebookNode

# nbformat and nbclient are imported where notebooks are read or run: nbformat's jsonschema
# costs ~1 s of CPU to import, which every importer of this module (the plan pages, the test
# modules collected by each pytest worker, the command line) paid before.

FIGURE_SUFFIXES = (".png", ".svg")
KERNEL_NAME = "python3"  # jupyter_client runs it with the current interpreter
GLYPH_WARNING = re.compile(r"Glyph \d+ .*missing from (current )?font", re.IGNORECASE)


class ReportError(RuntimeError):
    """The report could not be built; the message names the notebook and cell at fault."""


@dataclass
class CellFailure:
    """Where a notebook failed: its file, the cell index (0-based) and the cell's first line."""

    notebook: str
    cell: int | None
    first_line: str
    reason: str

    def __str__(self) -> str:
        where = f"cell {self.cell}" if self.cell is not None else "before any cell ran"
        line = f" `{self.first_line}`" if self.first_line else ""
        return f"{self.notebook}, {where}{line}: {self.reason}"


@dataclass
class Page:
    """One notebook in the report."""

    notebook: Path
    html: Path
    title: str
    summary: str
    seconds: float
    figures: list[Path] = field(default_factory=list)
    failure: CellFailure | None = None
    lang: str = "zh"
    shown: list[Figure] = field(default_factory=list)


@dataclass
class Figure:
    """A figure as its page shows it: exported name, anchor, caption and alt text."""

    name: str
    caption: str
    alt: str
    file: str = ""  # the files' stem where it differs from `name` (the form drawn, page.figure)

    @property
    def stem(self) -> str:
        return self.file or self.name


@dataclass
class Report:
    """What `build_report` wrote."""

    out_dir: Path
    index: Path
    pages: list[Page]
    workbook: Path
    lang: str = "zh"


# --------------------------------------------------------------------------- notebooks


def notebook_paths(notebooks_dir: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks of the report, in name order."""
    return sorted(Path(notebooks_dir).glob("*.ipynb"), key=lambda p: p.name)


def _first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line.strip()[:100]
    return ""


def notebook_summary(nb: NotebookNode) -> tuple[str, str]:
    """(title, summary) from the notebook's first markdown cell: its heading and first paragraph."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        title, paragraphs, current = "", [], []
        for line in cell.source.splitlines() + [""]:
            stripped = line.strip()
            if stripped.startswith("#") and not title:
                title = stripped.lstrip("#").strip()
            elif stripped:
                current.append(stripped)
            elif current:
                paragraphs.append(" ".join(current))
                current = []
        return title, paragraphs[0] if paragraphs else ""
    return "", ""


def _error_in(cell: NotebookNode) -> str | None:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename', 'Error')}: {out.get('evalue', '')}".strip()
    return None


def _glyph_warning_in(cell: NotebookNode) -> str | None:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            match = GLYPH_WARNING.search(out.get("text", ""))
            if match:
                return f"a chart lacks a glyph ({match.group(0)}); draw it with sciplan_analysis.report.style"
    return None


def inject_parameters(nb: NotebookNode, parameters: dict[str, object]) -> None:
    """Insert a cell setting ``parameters`` right after the cell tagged ``parameters``; a
    notebook without one takes no parameters (its cell numbers stay as written)."""
    if not parameters or not any("parameters" in c.get("metadata", {}).get("tags", [])
                                 for c in nb.cells):
        return
    from nbformat.v4 import new_code_cell

    source = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
    cell = new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    if nb.nbformat_minor < 5:  # cell ids exist from nbformat 4.5 on
        cell.pop("id", None)
    at = next((i + 1 for i, c in enumerate(nb.cells)
               if "parameters" in c.get("metadata", {}).get("tags", [])), 0)
    nb.cells.insert(at, cell)


class Kernel:
    """A kernel that runs notebooks one after another, each from a clean slate.

    Starting a kernel and importing the library costs ~1.2 s of CPU; a report of seven
    notebooks on two cores starts two kernels instead of seven. Before each notebook the
    kernel runs `report.slate.clean_slate`: an empty namespace, no figures, the matplotlib
    settings, warning filters, environment, ``sys.path`` and working directory it started
    with. The kernel is started on first use, and started again when it died, a cell timed
    out (it may still be running) or it could not be reset. Use it in one thread, as a
    context manager.
    """

    HISTORY = "--HistoryManager.hist_file=:memory:"  # two kernels must not share a history file

    def __init__(self, kernel_name: str = KERNEL_NAME, env: dict[str, str] | None = None):
        self.kernel_name = kernel_name
        self.env = dict(env if env is not None else os.environ)
        self.manager = None  # jupyter_client's AsyncKernelManager while a kernel runs
        self.client = None  # and its client, ready, shared by the notebooks it runs
        self.started = 0  # kernels started so far

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def alive(self, folder: Path):
        """The kernel manager, with a live kernel (started in `folder` if it needs one) and
        its client ready (one per kernel: a new client waits 0.2 s for the kernel's output
        channel to fall quiet before it is ready)."""
        from jupyter_client import AsyncKernelManager
        from jupyter_core.utils import run_sync

        if self.manager is not None and run_sync(self.manager.is_alive)():
            return self.manager
        self.close()
        manager = AsyncKernelManager(kernel_name=self.kernel_name)
        run_sync(manager.start_kernel)(
            extra_arguments=["--IPKernelApp.log_level=ERROR",  # no TCP-without-encryption notice
                             self.HISTORY], env=self.env, cwd=str(folder))
        self.manager = manager
        self.started += 1
        client = manager.client()
        client.start_channels()
        self.client = client
        run_sync(client.wait_for_ready)(timeout=60)
        client.allow_stdin = False
        return manager

    def reset(self, folder: Path, env: dict[str, str] | None = None) -> None:
        """Run the clean slate (`slate`) in the live kernel; raise _SlateError when it fails."""
        from jupyter_core.utils import run_sync

        try:
            reply = run_sync(self.client.execute_interactive)(
                self.slate(folder, env), silent=True, store_history=False, allow_stdin=False,
                timeout=60, output_hook=lambda msg: None)
        except TimeoutError as err:
            raise _SlateError(f"no reply within 60 s ({err})") from err
        content = reply["content"]
        if content.get("status") != "ok":
            raise _SlateError(f"{content.get('ename', 'Error')}: {content.get('evalue', '')}")

    def slate(self, folder: Path, env: dict[str, str] | None = None) -> str:
        """The code that resets the kernel for a notebook in `folder` with the environment
        `env` (default: the kernel's): `report.slate.clean_slate`, told how `env` differs."""
        env = self.env if env is None else env
        change = {k: v for k, v in env.items() if self.env.get(k) != v}
        unset = [k for k in self.env if k not in env]
        # slate.py is loaded from its file, once per kernel, under a name of its own: importing
        # it from the package would import pandas (sciplan_analysis/__init__.py) in kernels
        # whose notebooks need none; and in its own namespace, so no name reaches the notebook's
        load = (f"import importlib.util, sys\n"
                f"module = sys.modules.get({SLATE_MODULE!r})\n"
                f"if module is None:\n"
                f"    spec = importlib.util.spec_from_file_location({SLATE_MODULE!r}, {SLATE_FILE!r})\n"
                f"    module = sys.modules[{SLATE_MODULE!r}] = importlib.util.module_from_spec(spec)\n"
                f"    spec.loader.exec_module(module)\n"
                f"module.clean_slate({str(folder)!r}, {change!r}, {unset!r})\n")
        return f"exec({load!r}, {{}})"

    def close(self) -> None:
        """Shut the kernel down now (a new one starts on next use)."""
        from jupyter_core.utils import run_sync

        manager, client, self.manager, self.client = self.manager, self.client, None, None
        if client is not None:
            client.stop_channels()
        if manager is None:
            return
        try:
            if run_sync(manager.is_alive)():
                run_sync(manager.shutdown_kernel)(now=True)
        finally:
            run_sync(manager.cleanup_resources)()


SLATE_FILE = str(Path(__file__).with_name("slate.py"))
SLATE_MODULE = "sciplan_analysis_report_slate"


class _SlateError(RuntimeError):
    """The kernel could not be reset for the next notebook."""


def execute_notebook(
    path: str | Path,
    *,
    timeout: int = 600,
    kernel_name: str = KERNEL_NAME,
    parameters: dict[str, object] | None = None,
    env: dict[str, str] | None = None,
    kernel: Kernel | None = None,
) -> tuple[NotebookNode, CellFailure | None]:
    """Run a notebook (working directory: its folder) in `kernel`, reset for it (see
    `Kernel`), or, without one, in a fresh kernel of `kernel_name` stopped afterwards.

    ``parameters`` override the notebook's parameters cell (e.g. ``{"LANG": "en"}``);
    ``env``: the notebook's environment (default: this process's).
    Returns the executed notebook and, if it failed, where: the first cell that raised,
    timed out or printed a missing-glyph warning, or the kernel that died or could not be
    reset.
    """
    import nbformat

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, parameters or {})
    if kernel is None:
        with Kernel(kernel_name, env) as own:
            return nb, _execute(nb, path, timeout, env, own)
    return nb, _execute(nb, path, timeout, env, kernel)


def _execute(nb: NotebookNode, path: Path, timeout: int, env: dict[str, str] | None,
             kernel: Kernel) -> CellFailure | None:
    """Run `nb` (read from `path`) in `kernel`; where it failed, or None."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    current: dict[str, int | None] = {"cell": None}
    folder = path.parent.resolve()

    def on_cell_start(cell: NotebookNode, cell_index: int) -> None:
        current["cell"] = cell_index

    for attempt in (1, 2):  # a kernel that cannot be reset is replaced, once
        try:
            manager = kernel.alive(folder)
            kernel.reset(folder, env)
            break
        except _SlateError as err:
            kernel.close()
            if attempt == 2:
                return _failure(path, nb, None, f"the kernel could not be reset ({err})")
    client = NotebookClient(nb, km=manager, timeout=timeout, allow_errors=False,
                            on_cell_start=on_cell_start)
    client.kc = kernel.client  # the kernel's own client, ready: nbclient makes none
    try:
        client.execute()
    except CellExecutionError as err:
        index = next((i for i, c in enumerate(nb.cells) if _error_in(c)), current["cell"])
        reason = _error_in(nb.cells[index]) if index is not None else None
        return _failure(path, nb, index, reason or str(err).strip().splitlines()[-1])
    except CellTimeoutError:
        kernel.close()  # the cell may still be running: the next notebook gets a new kernel
        return _failure(path, nb, current["cell"], f"did not finish within {timeout} s")
    except DeadKernelError as err:
        kernel.close()
        return _failure(path, nb, current["cell"], f"the kernel died ({err})")
    for i, cell in enumerate(nb.cells):
        reason = _glyph_warning_in(cell)
        if reason:
            return _failure(path, nb, i, reason)
    return None


def _failure(path: Path, nb: NotebookNode, index: int | None, reason: str) -> CellFailure:
    line = _first_line(nb.cells[index].source) if index is not None else ""
    return CellFailure(path.name, index, line, reason)


# The lab template without scripts from the network (require.js, MathJax, Mermaid): the
# pages must open offline; plus a CJK font stack, a readable width, wrapped left-aligned
# tables and the script that makes long tables searchable and sortable.
_PAGE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}
<style>
.jp-Notebook { max-width: 1100px; margin: 0 auto; }
.jp-RenderedHTMLCommon table { font-size: 13px; table-layout: auto; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { text-align: left !important;
  vertical-align: top; white-space: normal; max-width: 36em; }
.sp-figure { margin: 1.2em 0; }
.sp-figure figcaption { color: #444; font-size: 13px; margin-top: .3em; }
.sp-search { margin: .4em 0; padding: .2em .4em; width: 18em; font-size: 13px; }
.sp-long th { cursor: pointer; }
.sp-long th:after { content: " \u21c5"; color: #aaa; font-size: 11px; }
</style>
<p style="max-width:1100px;margin:0.8em auto 0;font-size:13px"><a href="index.html">\u2190 @BACK@</a></p>
{% endblock extra_css %}
{% block footer %}
<script>
@SCRIPT@
</script>
{{ super() }}
{% endblock footer %}
"""

# Search box and click-to-sort headers for every table.sp-long (no library, no network).
TABLE_SCRIPT = r"""
document.querySelectorAll("table.sp-long").forEach(function (table) {
  var body = table.tBodies[0];
  if (!body) return;
  var box = document.createElement("input");
  box.type = "search"; box.className = "sp-search";
  box.placeholder = table.getAttribute("data-search") || "";
  box.setAttribute("aria-label", box.placeholder);
  table.parentNode.insertBefore(box, table);
  box.addEventListener("input", function () {
    var q = box.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (row) {
      row.style.display = row.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
    });
  });
  var heads = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
  Array.prototype.forEach.call(heads, function (th, col) {
    th.addEventListener("click", function () {
      var up = th.getAttribute("data-order") !== "asc";
      th.setAttribute("data-order", up ? "asc" : "desc");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col] ? a.cells[col].textContent.trim() : "";
        var y = b.cells[col] ? b.cells[col].textContent.trim() : "";
        var nx = parseFloat(x.replace(/,/g, "")), ny = parseFloat(y.replace(/,/g, ""));
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh");
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""

# Cells a page never shows: the parameters, and prose in the other language.
HIDDEN_TAGS = ("parameters", "injected-parameters", "remove-cell")


def remove_tags(lang: str) -> set[str]:
    """Tags of the cells a page in `lang` leaves out (TagRemovePreprocessor)."""
    from sciplan_analysis.labels import LANGUAGES

    return {*HIDDEN_TAGS, *(f"lang-{other}" for other in LANGUAGES if other != lang)}


def for_language(nb: NotebookNode, lang: str) -> NotebookNode:
    """A copy of `nb` without the cells tagged for the other language or hidden."""
    import nbformat

    drop = remove_tags(lang)
    out = nbformat.from_dict(nb)
    out.cells = [c for c in out.cells if not drop & set(c.get("metadata", {}).get("tags", []))]
    return out


def parameter(nb: NotebookNode, name: str, default: object = None) -> object:
    """The value a notebook ran with for `name`: the injected cell's, else the parameters
    cell's (literal assignments only)."""
    import ast

    for tag in ("injected-parameters", "parameters"):
        for cell in nb.cells:
            if tag not in cell.get("metadata", {}).get("tags", []):
                continue
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                continue
            for node in tree.body:
                if (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name):
                    try:
                        return ast.literal_eval(node.value)
                    except ValueError:
                        continue
    return default


@functools.cache
def _exporter(lang: str):
    """The HTML exporter of pages in `lang`, made once per process: each new exporter
    compiles the lab template's ten Jinja files again (0.1 s of CPU a page)."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    from sciplan_analysis import labels

    template = (_PAGE_TEMPLATE.replace("@BACK@", html.escape(labels.text("index.back", lang)))
                .replace("@SCRIPT@", TABLE_SCRIPT))
    config = Config()
    config.TagRemovePreprocessor.remove_cell_tags = remove_tags(lang)
    config.TagRemovePreprocessor.enabled = True
    return HTMLExporter(
        config=config,
        extra_loaders=[DictLoader({"sciplan_page.html.j2": template})],
        template_name="lab", template_file="sciplan_page.html.j2", embed_images=True,
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
    )


def render_html(nb: NotebookNode, title: str, lang: str | None = None) -> str:
    """A self-contained HTML page of an executed notebook in one language: outputs only,
    images embedded, parameters and the other language's prose removed."""
    from sciplan_analysis import labels

    lang = labels.resolve(lang)
    body, _ = _exporter(lang).from_notebook_node(nb, resources={"metadata": {"name": title}})
    html_lang = "zh-CN" if lang == "zh" else "en"
    return re.sub(r"<html(\s[^>]*)?>", f'<html lang="{html_lang}">', body, count=1)


# --------------------------------------------------------------------------- the web font

WEB_FONT = "Sciplan CJK"
_FONT_STACK = (f'"{WEB_FONT}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", '
               '"Microsoft YaHei", sans-serif')


# The OpenType features a browser applies to horizontal text when no CSS asks for others
# (the pages ask for none): vertical forms, alternates (aalt), width variants (fwid, hwid, pwid)
# and historical forms would never show. And the language systems the pages declare: the
# default (English pages) and simplified Chinese (zh-CN); the Japanese, Korean and traditional
# forms that `locl` maps to for other languages would never show either. Leaving both out
# keeps what the pages look like and halves the glyphs to subset (2,019 -> 965 for the five
# plans' report; 0.75 -> 0.5 s of CPU, 327 -> 172 KB a page).
PAGE_FEATURES = ("calt", "ccmp", "chws", "halt", "kern", "liga", "ljmo", "locl", "mark",
                 "mkmk", "palt", "rlig", "rvrn", "tjmo", "vjmo")
PAGE_LANGUAGE_SYSTEMS = ("ZHS ",)


def font_face_css(texts: Iterable[str]) -> str:
    """CSS embedding the CJK font, subset to the characters of ``texts``, as a base64 WOFF.

    A reader's machine may have no Chinese font (this project's CI has none): without the
    embedded font the pages would show boxes. The subset keeps each page small (~0.2 MB):
    the characters of ``texts``, with the features and language systems the pages use
    (`PAGE_FEATURES`, `PAGE_LANGUAGE_SYSTEMS`).
    """
    from fontTools import subset

    from sciplan_analysis.report.style import font_path

    seen = set().union(*map(set, texts))  # set() per page: the pages carry megabytes of base64
    chars = {ord(c) for c in seen if ord(c) >= 32} | set(range(32, 127))
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = list(PAGE_FEATURES)
    font = subset.load_font(str(font_path()), options)
    for tag in ("GSUB", "GPOS"):
        if tag in font:
            for record in font[tag].table.ScriptList.ScriptRecord:
                kept = [r for r in record.Script.LangSysRecord
                        if r.LangSysTag in PAGE_LANGUAGE_SYSTEMS]
                record.Script.LangSysRecord, record.Script.LangSysCount = kept, len(kept)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'@font-face {{ font-family: "{WEB_FONT}"; font-style: normal; font-weight: normal; '
        f'src: url(data:font/woff;base64,{data}) format("woff"); }}\n'
        f":root {{ --jp-content-font-family: {_FONT_STACK}; --jp-ui-font-family: {_FONT_STACK}; "
        f'--jp-code-font-family: "DejaVu Sans Mono", monospace, {_FONT_STACK}; }}\n'
        f"body {{ font-family: {_FONT_STACK}; }}\n"
    )


def embed_font(page: str, css: str) -> str:
    """Put the font CSS at the end of the page's <head> (so it wins over the template's)."""
    style = f'<style id="sciplan-font">\n{css}</style>\n'
    head_end = page.find("</head>")
    return page[:head_end] + style + page[head_end:] if head_end >= 0 else style + page


# --------------------------------------------------------------------------- the report


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


def _figure_stamps(folder: Path) -> dict[Path, float]:
    if not folder.is_dir():
        return {}
    return {p: p.stat().st_mtime_ns for p in folder.iterdir() if p.suffix in FIGURE_SUFFIXES}


def _clear_figures(folder: Path) -> None:
    for path in _figure_stamps(folder):
        path.unlink()


def default_jobs(n_notebooks: int) -> int:
    """How many notebooks run at once: one per core (each kernel is one busy process), at
    most one per notebook."""
    return max(1, min(n_notebooks, os.cpu_count() or 1))


def _run_notebooks(
    notebooks: list[Path], stages: Path, *, timeout: int, lang: str, jobs: int,
) -> Iterator[tuple[Path, tuple[NotebookNode, CellFailure | None, float]]]:
    """Run the notebooks in `jobs` kernels, each running one notebook after another from a
    clean slate (`Kernel`); yield each (path, (notebook, failure, seconds)) in name order as
    soon as it and every notebook before it have finished.

    Each notebook's reports folder is its own, `stages`/<notebook>, so the figures a notebook
    exports are known as its own whatever runs beside it.
    """
    import queue
    import threading
    from concurrent.futures import Future

    waiting: queue.SimpleQueue[Path] = queue.SimpleQueue()
    for path in notebooks:
        waiting.put(path)
    results: dict[Path, Future] = {path: Future() for path in notebooks}
    stop = threading.Event()  # the caller stopped reading: start no more notebooks

    def run(path: Path, kernel: Kernel) -> tuple[NotebookNode, CellFailure | None, float]:
        stage = stages / path.stem
        stage.mkdir(parents=True)
        start = time.perf_counter()
        nb, failure = execute_notebook(path, timeout=timeout, parameters={"LANG": lang},
                                       env={**os.environ, REPORTS_ENV: str(stage.resolve())},
                                       kernel=kernel)
        return nb, failure, time.perf_counter() - start

    def work() -> None:
        with Kernel() as kernel:  # started, used and shut down in this thread
            while not stop.is_set():
                try:
                    path = waiting.get_nowait()
                except queue.Empty:
                    return
                try:
                    results[path].set_result(run(path, kernel))
                except BaseException as err:  # handed to the caller, in name order
                    results[path].set_exception(err)

    workers = [threading.Thread(target=work, name=f"notebook-{n}", daemon=True)
               for n in range(jobs)]
    for worker in workers:
        worker.start()
    try:
        for path in notebooks:
            yield path, results[path].result()
    finally:
        stop.set()
        for worker in workers:
            worker.join()


def _move_figures(stage: Path, figures: Path) -> list[Path]:
    """Move what one notebook exported into the report's figures folder; the moved paths."""
    made = []
    for path in sorted(_figure_stamps(stage)):
        target = figures / path.name
        os.replace(path, target)
        made.append(target)
    return made


def build_report(
    notebooks_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    *,
    workbook: str | Path | None = None,
    timeout: int = 600,
    log: Callable[[str], None] | None = None,
    lang: str | None = None,
    raw_dir: str | Path | None = None,
    processed_dir: str | Path | None = None,
    jobs: int | None = None,
) -> Report:
    """Run every notebook and write the report in one language; raise ReportError naming
    each failed cell.

    notebooks_dir: default ``notebooks/``; out_dir: default ``reports/``; workbook: the
    build's workbook, default ``data/processed/sciplan_tables.xlsx`` (its presence shows
    ``python -m sciplan_analysis build`` ran); the readers' workbook is written beside the
    pages. ``lang``: "zh" (default) or "en", injected as every notebook's LANG and used for
    the index and the workbook. ``log`` receives one progress line per notebook, in name
    order. ``jobs``: notebooks run at once, each in its own kernel (default: one per core,
    `default_jobs`).
    ``raw_dir``/``processed_dir``: another corpus (default ``data/raw/``, ``data/processed/``),
    which the notebooks load too. Every page and the index read one snapshot of the build
    (pinned for the run; the index names it), whatever builds run meanwhile. The caller's
    label language is as it was afterwards.
    """
    from sciplan_analysis import labels

    previous = labels.get_language()
    try:
        with storage.pinned_snapshot(Path(processed_dir or PROCESSED_DIR).resolve()) as processed:
            # one build's snapshot, from the first page to the index: a build meanwhile
            # switches data/processed/ to a new one but leaves this one in place
            return _build_report(notebooks_dir, out_dir, workbook=workbook, timeout=timeout,
                                 log=log, lang=lang, raw_dir=raw_dir, processed=processed,
                                 jobs=jobs)
    finally:
        labels.set_language(previous)


def _build_report(
    notebooks_dir: str | Path | None, out_dir: str | Path | None, *,
    workbook: str | Path | None, timeout: int, log: Callable[[str], None] | None,
    lang: str | None, raw_dir: str | Path | None, processed: Path, jobs: int | None,
) -> Report:
    from sciplan_analysis import labels

    lang = labels.resolve(lang or labels.DEFAULT_LANGUAGE)
    labels.set_language(lang)
    say = log or (lambda line: print(line, flush=True))
    notebooks = notebook_paths(notebooks_dir or NOTEBOOKS_DIR)
    out = Path(out_dir or REPORTS_DIR)
    raw = Path(raw_dir or RAW_DIR).resolve()
    source = Path(workbook or processed / WORKBOOK_NAME)
    if not source.is_file():
        raise ReportError(f"{source}: the workbook is missing; run `python -m sciplan_analysis "
                          "build` first (`make report` does)")
    if not notebooks:
        raise ReportError(f"no notebooks in {notebooks_dir or NOTEBOOKS_DIR}")
    figures = out / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    _clear_figures(figures)  # only what this run exports is listed

    pages: list[Page] = []
    rendered: dict[Path, str] = {}
    stages = out / ".figures-by-notebook"  # each kernel exports here, moved in name order
    shutil.rmtree(stages, ignore_errors=True)
    with _environment(REPORTS_ENV, str(out.resolve())), _environment(RAW_ENV, str(raw)), \
            _environment(PROCESSED_ENV, str(processed)):
        runs = _run_notebooks(notebooks, stages, timeout=timeout, lang=lang,
                              jobs=jobs or default_jobs(len(notebooks)))
        for n, (path, (nb, failure, seconds)) in enumerate(runs, start=1):
            made = _move_figures(stages / path.stem / figures.name, figures)
            page_lang = str(parameter(nb, "LANG", lang))
            page_lang = page_lang if page_lang in labels.LANGUAGES else lang
            title, summary = notebook_summary(for_language(nb, page_lang))
            page = Page(path, out / f"{path.stem}.html", title or path.stem, summary, seconds,
                        made, failure, page_lang, shown_figures(nb))
            rendered[page.html] = render_html(nb, page.title, page_lang)
            pngs = sum(1 for p in made if p.suffix == ".png")
            status = f"FAILED: {failure}" if failure else f"ok, {pngs} figure(s)"
            say(f"[{n}/{len(notebooks)}] {path.name}  {seconds:5.1f} s  {status}")
            pages.append(page)
    shutil.rmtree(stages, ignore_errors=True)

    from sciplan_analysis.analysis import findings as fnd

    corpus = _corpus(raw, processed)
    copied = out / WORKBOOK_NAME
    write_reader_workbook(corpus, copied, lang, processed)
    index = out / "index.html"
    found = fnd.index_findings(fnd.Tables(corpus, processed_dir=processed), lang)
    from sciplan_analysis.report import plan_page
    from sciplan_analysis.report.export import write_findings

    write_findings(corpus, out, lang, processed)
    plans = plan_page.plan_pages(corpus, lang, processed)
    scheme = out / SCHEME_PAGE
    rendered[scheme] = scheme_html(lang)
    rendered[index] = index_html(pages, copied, figures, lang=lang, found=found,
                                 snapshot=storage.snapshot_info(processed) or None,
                                 n_plans=len(corpus.plans),
                                 plans_block=plan_page.plans_index_html(corpus, lang))
    # one subset of the font for every page of the build, plan pages included
    css = font_face_css([*rendered.values(), *plans.values()])
    # reports/plans/<plan_id>.html and their font.css
    plan_page.write_plan_pages(corpus, out, lang, processed, pages=plans, css=css)
    for target, page_html in rendered.items():
        target.write_text(embed_font(page_html, css), encoding="utf-8")
    failures = [p.failure for p in pages if p.failure]
    if failures:
        lines = "\n".join(f"  - {f}" for f in failures)
        raise ReportError(f"{len(failures)} notebook(s) failed (their pages show the traceback):"
                          f"\n{lines}")
    return Report(out, index, pages, copied, lang)


SCHEME_FILE = PROJECT_DIR / "docs" / "instruments.md"
SCHEME_PAGE = "instruments.html"  # the coding scheme as a page of the report (linked from 07)
FINDINGS_LINK = "findings.csv"  # every finding as data (report.export.write_findings)


def scheme_file(lang: str | None = None, path: Path = SCHEME_FILE) -> Path:
    """The scheme in the build's language: docs/instruments.zh.md for a Chinese build (the
    English scheme once filled the Chinese report's page), docs/instruments.md otherwise."""
    from sciplan_analysis import labels

    translated = path.with_suffix(".zh.md")
    return translated if labels.is_zh(lang) and translated.exists() else path


def scheme_html(lang: str | None = None, path: Path = SCHEME_FILE) -> str:
    """The policy-instrument coding scheme (docs/instruments.md, or its Chinese text for a
    Chinese build) as a page of the report, in the pages' template: readers follow a link,
    never a file name."""
    from nbformat.v4 import new_markdown_cell, new_notebook

    path = scheme_file(lang, path)

    nb = new_notebook(cells=[new_markdown_cell(path.read_text(encoding="utf-8"))])
    title = _first_line(path.read_text(encoding="utf-8")).lstrip("#").strip()
    return render_html(nb, title, lang)


def _corpus(raw_dir: Path = RAW_DIR, processed_dir: Path = PROCESSED_DIR):
    import warnings

    from sciplan_analysis.corpus import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(raw_dir, processed_dir)


def write_reader_workbook(corpus, path: Path, lang: str, processed_dir: Path | None = None) -> Path:
    """The readers' workbook (`report.export.reader_workbook`) at `path`, from the build's
    tables in `processed_dir`."""
    from sciplan_analysis.report.export import reader_workbook

    return reader_workbook(corpus, path, lang=lang, processed_dir=processed_dir)


class _FigureParser(HTMLParser):
    """Reads the <figure> blocks `report.page.figure` writes: name, caption, alt."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[Figure] = []
        self._name: str | None = None
        self._file = ""
        self._alt = ""
        self._caption: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure" and attrs.get("data-name"):
            self._name, self._alt = attrs["data-name"], ""
            self._file = attrs.get("data-file") or ""
        elif tag == "img" and self._name:
            self._alt = attrs.get("alt") or ""
        elif tag == "figcaption" and self._name:
            self._caption = []

    def handle_data(self, data):
        if self._caption is not None:
            self._caption.append(data)

    def handle_endtag(self, tag):
        if tag == "figcaption" and self._caption is not None and self._name:
            self.found.append(Figure(self._name, "".join(self._caption).strip(), self._alt, self._file))
            self._caption, self._name = None, None


def shown_figures(nb: NotebookNode) -> list[Figure]:
    """The numbered figures an executed notebook shows, in order."""
    parser = _FigureParser()
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            markup = out.get("data", {}).get("text/html")
            if markup:
                parser.feed("".join(markup) if isinstance(markup, list) else markup)
    return parser.found


# --------------------------------------------------------------------------- index.html

_STYLE = """
body { max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222;
       line-height: 1.6; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
.meta { color: #666; font-size: 0.9em; }
.failed { color: #b00020; font-weight: bold; }
.findings { background: #f6f8fa; border-left: 4px solid #0072B2; padding: .6em 1.2em;
            margin: 1.2em 0; }
.findings li { margin: .5em 0; }
.figures { display: flex; flex-wrap: wrap; gap: 1em; }
figure { margin: 0; width: 320px; }
figure img { width: 100%; border: 1px solid #e5e5e5; }
figcaption { font-size: 0.85em; color: #444; }
ul.downloads li { margin: 0.3em 0; }
"""


def index_html(pages: list[Page], workbook: Path, figures_dir: Path, *,
               lang: str | None = None, found: list | None = None,
               snapshot: dict | None = None, n_plans: int | None = None,
               plans_block: str = "") -> str:
    """The report's front page in one language: the key findings (each linking to the
    figure that shows it), then every page with its summary and numbered figures, the
    workbook. `found`: the findings (`build_report` passes those of its corpus; default:
    those of the corpus in data/raw/ and data/processed/). `snapshot`: the build every page
    read (`storage.snapshot_info`), named under the title. `n_plans`: the corpus's size for
    the subtitle (default: that corpus's); `plans_block`: the list of plan pages
    (`plan_page.plans_index_html`)."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import findings as fnd

    lang = labels.resolve(lang)
    base = workbook.parent
    esc = html.escape

    colon = "：" if labels.is_zh(lang) else ": "  # the build's punctuation, not ASCII in Chinese

    def t(code: str, **values: object) -> str:
        return esc(labels.text(code, lang, **values))

    def rel(path: Path) -> str:
        return esc(path.relative_to(base).as_posix(), quote=True)

    if found is None or n_plans is None:
        corpus = _corpus()  # loaded once for both
        found = fnd.index_findings(corpus, lang) if found is None else found
        n_plans = len(corpus.plans) if n_plans is None else n_plans
    shown_pages = {p.html.stem for p in pages}
    items = []
    for f in found:
        link = (f' <a href="{esc(f.href, quote=True)}">{t("findings.see")}</a>'
                if f.page in shown_pages else "")
        items.append(f"<li>{esc(f.sentence)}{link}</li>")
    findings_block = (f'<section class="findings"><h2 id="findings">{t("index.findings")}</h2>'
                      f'<ol>{"".join(items)}</ol></section>') if items else ""

    sections = []
    listed: set[Path] = set()
    for page in pages:
        figs = []
        meta = {f.stem: f for f in page.shown}  # by the files' stem, the form drawn
        rank = {f.stem: k for k, f in enumerate(page.shown)}  # the page's figure order
        for png in sorted((p for p in page.figures if p.suffix == ".png"),
                          key=lambda p: (rank.get(p.stem, len(rank)), p.name)):
            svg = png.with_suffix(".svg")
            listed.update({png, svg})
            shown = meta.get(png.stem)
            caption = shown.caption if shown else png.stem
            alt = shown.alt if shown and shown.alt else caption
            target = (f"{rel(page.html)}#fig-{esc(shown.name, quote=True)}" if shown
                      else rel(png))
            svg_link = f' · <a href="{rel(svg)}">SVG</a>' if svg.exists() else ""
            figs.append(
                f'<figure><a href="{target}"><img src="{rel(png)}" alt="{esc(alt, quote=True)}" '
                f'loading="lazy"></a><figcaption>{esc(caption)} · '
                f'<a href="{rel(png)}">PNG</a>{svg_link}</figcaption></figure>')
        failed = (f'<p class="failed">{t("index.failed")}: {esc(str(page.failure))}</p>'
                  if page.failure else "")
        sections.append(
            f'<section class="page"><h2><a href="{rel(page.html)}">{esc(page.title)}</a></h2>'
            f'{failed}<p>{esc(page.summary)}</p>'
            f'<div class="figures">{"".join(figs)}</div></section>')
    others = sorted(p for p in figures_dir.iterdir() if p.suffix in FIGURE_SUFFIXES
                    and p not in listed) if figures_dir.is_dir() else []
    if others:
        items_other = "".join(f'<li><a href="{rel(p)}">{esc(p.name)}</a></li>' for p in others)
        sections.append(f'<section><h2>{t("index.other_figures")}</h2><ul>{items_other}</ul>'
                        "</section>")
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    build = (" · " + t("index.snapshot", name=snapshot.get("name", "?"),
                       created=_utc_minute(snapshot.get("created")),
                       plans=snapshot.get("plans", "?"))) if snapshot else ""
    html_lang = "zh-CN" if lang == "zh" else "en"
    return f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t("index.title")}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{t("index.title")}</h1>
<p class="meta">{t("index.subtitle", n_plans=n_plans)} · {t("index.generated", stamp=stamp)}{build}</p>
{findings_block}
<ul class="downloads">
<li>{t("index.workbook")}{colon}<a href="{rel(workbook)}">{t("index.download")}</a></li>
<li>{t("index.findings_table")}{colon}<a href="{FINDINGS_LINK}">{t("index.download")}</a></li>
<li><a href="{SCHEME_PAGE}">{t("index.scheme")}</a></li>
<li>{t("index.figures_folder")}</li>
</ul>
{plans_block}
<h2>{t("index.pages")}</h2>
{"".join(sections)}
</body>
</html>
"""


def _utc_minute(stamp: object) -> str:
    """An ISO 8601 time as '2026-01-01 00:00 UTC' (as recorded, if it is not one)."""
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if moment.utcoffset() is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    """``python -m sciplan_analysis.report.notebooks``: build the report; 0 when it succeeds, 1 when not."""
    parser = argparse.ArgumentParser(prog="python -m sciplan_analysis report",
                                     description="Run every notebook and write reports/.")
    parser.add_argument("--notebooks", default=None, help="notebooks folder (default: notebooks/)")
    parser.add_argument("--out", default=None, help="reports folder (default: reports/)")
    parser.add_argument("--workbook", default=None,
                        help="workbook to publish (default: data/processed/sciplan_tables.xlsx)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell")
    parser.add_argument("--lang", default="zh",
                        choices=["zh", "en"], help="the report's language (default: zh)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        report = build_report(args.notebooks, args.out, workbook=args.workbook,
                              timeout=args.timeout, lang=args.lang)
    except ReportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    n_figs = sum(1 for p in report.pages for f in p.figures if f.suffix == ".png")
    print(f"report ({report.lang}): {len(report.pages)} page(s), {n_figs} figure(s) and the workbook in "
          f"{report.out_dir}; open {report.index} ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
