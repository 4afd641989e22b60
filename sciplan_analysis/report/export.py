"""Write the tables: CSV (UTF-8 with BOM, for Excel and WPS), Parquet, and one workbook."""

from __future__ import annotations

import contextlib
import json
import math
import sys
import time
from collections.abc import Callable, Collection
from pathlib import Path

import numpy as np
import pandas as pd

from sciplan_analysis import storage
from sciplan_analysis.analysis import result
from sciplan_analysis.config import PROCESSED_DIR, WORKBOOK_NAME
from sciplan_analysis.progress import progress_bar
from sciplan_analysis.report.escape import is_formula_like, neutralise_frame
from sciplan_analysis.report.numbers import column_places, count_text
from sciplan_analysis.tables import Corpus

TABLES_LOCK = ".tables.lock"
LARGE_CORPUS = result.LARGE_CORPUS  # plans; above this the all-pairs tables give way to their
# scalable forms (a module setting here so that tests can lower it for the build alone)
CSV_CHUNK = 100_000  # rows neutralised and written at a time: a large table is never copied whole
SHEET_ROWS = 1_048_576  # rows an xlsx sheet holds, the header row included (Excel, WPS)
CELL_CHARS = 32_767  # characters a cell holds (UTF-16 units; xlsxwriter cuts longer text)
# The sheet of a table left out of a workbook, in both languages (the build has none; the
# readers' workbook is in one, but this note is for whoever opens the file). {where}: where
# the files are, zh and en.
LEFT_OUT_NOTE = (
    "{table}：共 {rows} 行，超过一个工作表能容纳的 {limit} 行，所以没有放进本工作簿。",
    "全部行在{where_zh}的 {table}.csv 和 {table}.parquet 中。CSV 在 Excel 或 WPS 中直接打开只显示"
    "前 {limit} 行；在 Excel 中用“数据 → 从文本/CSV → 加载到… → 仅创建连接”并勾选“将此数据添加到"
    "数据模型”，数据透视表即可使用全部行。Parquet 文件供 pandas、R 和 Arrow 读取。",
    "{table}: {rows} rows, more than the {limit} a sheet holds, so the table is not in this "
    "workbook.",
    "Every row is in {table}.csv and {table}.parquet {where_en}. Excel or WPS opening "
    "the CSV shows only its first {limit} rows; in Excel, Data → From Text/CSV → Load To… → "
    "Only Create Connection, with Add this data to the Data Model ticked, lets a PivotTable use "
    "every row. The Parquet file is for pandas, R and Arrow.",
)


def derived_tables(corpus: Corpus, large: int | None = None,
                   log: Callable[[str], None] | None = None) -> dict[str, pd.DataFrame]:
    """Similarity and text-reuse tables computed from the corpus.

    Up to `large` plans (default `LARGE_CORPUS`): every plan pair (similarity, reuse,
    reuse_pairs) and the robustness of the pair scores to four tokenizations
    (similarity_robustness, what page 05 shows). Beyond, rows per pair would run to tens of
    millions: similarity_nearest keeps each plan's 10 nearest plans per scope, reuse_counts
    is every pair's count (a matrix, written as one Parquet file) and reuse keeps each plan's
    top pairs and the pairs above a share (`reuse.top_pairs`). `log` receives a line as each
    of these steps starts and ends.
    """
    from sciplan_analysis.analysis.reuse import reuse_counts, reuse_tables, top_pairs
    from sciplan_analysis.analysis.similarity import (
        NEAREST_K,
        nearest_plans,
        robustness_frame,
        robustness_tables,
        similarity_table,
    )

    log = log or (lambda line: None)
    if len(corpus.plans) <= (LARGE_CORPUS if large is None else large):
        reuse, pairs = reuse_tables(corpus)
        similarity = similarity_table(corpus)
        robustness = robustness_frame(robustness_tables(corpus, similarity=similarity))
        return {"similarity": similarity, "similarity_robustness": robustness,
                "reuse": reuse, "reuse_pairs": pairs}
    start = time.perf_counter()
    log(f"  similarity: each plan's {NEAREST_K} nearest plans ({len(corpus.plans):,} plans) …")
    nearest = nearest_plans(corpus, k=NEAREST_K)
    log(f"  similarity: done in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    log("  reuse: sentences recurring in each other plan …")
    counts = reuse_counts(corpus)
    reuse = top_pairs(counts)
    log(f"  reuse: done in {time.perf_counter() - start:.1f} s")
    return {"similarity_nearest": nearest, "reuse": reuse, "reuse_counts": counts}


MATRICES = ("reuse_counts",)  # derived tables that are matrices: one Parquet file each
WRITER_FROM = 500  # plans; from here the build writes the corpus tables' CSVs and the workbook
# in a second process while it computes the pair tables (below, its start-up would cost more
# than it saves)
WRITER_START = "spawn"  # a fresh process: it holds only the table it is writing (a forked one
# would share, and be counted with, the whole corpus); tests use "fork", which starts at once


def write_tables(
    corpus: Corpus, out_dir: str | Path = PROCESSED_DIR, extra: bool = True, quiet: bool = False,
    *, derived: dict[str, pd.DataFrame] | None = None,
) -> list[Path]:
    """Write every table as `<table>.csv` and `.parquet`, and all of them to one workbook.

    Each file is written to a temporary file and renamed into place, under the folder's lock;
    a CSV is written `CSV_CHUNK` rows at a time. Text that a spreadsheet would run as a
    formula (starting with =, +, -, @, tab or CR) is neutralised in the CSVs (a leading
    apostrophe) and the workbook (a text cell with a quote prefix); the Parquet files keep
    the text as it is. A table with more rows than a sheet holds (`SHEET_ROWS`, the header
    included) is left out of the workbook: its sheet says so and names the CSV and Parquet
    files. A matrix (`MATRICES`: every pair's reuse count beyond `LARGE_CORPUS` plans) is one
    Parquet file (`result.counts_to_arrow`), not a sheet. Unless `quiet`, each table is
    logged on stderr with its rows and the time it took, and the workbook shows a progress
    bar on a terminal. `derived`: the similarity and reuse tables if already computed
    (`derived_tables`). From `WRITER_FROM` plans, when the derived tables are to be computed,
    a second process writes the corpus tables' CSVs and the workbook meanwhile
    (`_write_alongside`): the same files, in less time on two cores.
    """
    out_dir = Path(out_dir)

    def log(line: str) -> None:
        if not quiet:
            print(line, file=sys.stderr, flush=True)

    if extra and derived is None and len(corpus.plans) >= WRITER_FROM:
        with storage.folder_lock(out_dir, TABLES_LOCK):
            storage.remove_leftovers(out_dir)
            return _write_alongside(corpus, out_dir, log, quiet)
    tables = dict(corpus.tables())
    if extra:
        tables.update(derived if derived is not None else derived_tables(corpus, log=log))
    with storage.folder_lock(out_dir, TABLES_LOCK):
        storage.remove_leftovers(out_dir)
        written, settings = _write_files(tables, out_dir, log)
        tables = {name: df for name, df in tables.items() if name not in MATRICES}
        workbook = out_dir / WORKBOOK_NAME
        start = time.perf_counter()
        with storage.replacing(workbook) as tmp:
            write_workbook(tmp, {**tables, **_settings_sheet(settings)},
                           progress=None if not quiet else False, log=log)
        written.append(workbook)
    log(f"  workbook           {len(tables) + bool(settings):>10} sheets → {workbook}  "
        f"({time.perf_counter() - start:.1f} s)")
    return written


def _write_files(tables: dict[str, pd.DataFrame], out_dir: Path, log: Callable[[str], None], *,
                 csv: bool = True) -> tuple[list[Path], dict[str, dict]]:
    """Each table's CSV (unless not `csv`) and Parquet file, a matrix (`MATRICES`) as one
    Parquet file, and each table's settings as `<table>_settings.json`; returns the files
    written and the settings by table."""
    import pyarrow.parquet as pq

    written: list[Path] = []
    for name, df in tables.items():
        start = time.perf_counter()
        if name in MATRICES:
            path = out_dir / f"{name}.parquet"
            arrow = result.counts_to_arrow(df)
            with storage.replacing(path) as tmp:
                pq.write_table(arrow, tmp)
            written.append(path)
            layout = json.loads(arrow.schema.metadata[result.COUNTS_META])["layout"]
            del arrow
            log(f"  {name:<18} {len(df):>6,} × {len(df):,} ({layout}) → {path}  "
                f"({time.perf_counter() - start:.1f} s)")
            continue
        csv_path, parquet_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
        if csv:
            write_csv(df, csv_path)
        with storage.replacing(parquet_path) as tmp:
            df.to_parquet(tmp, index=False)
        written += [csv_path, parquet_path] if csv else [parquet_path]
        if csv:
            log(f"  {name:<18} {len(df):>10,} rows → {csv_path}  "
                f"({time.perf_counter() - start:.1f} s)")
    settings = {name: df.attrs["settings"] for name, df in tables.items()
                if df.attrs.get("settings")}
    for name, value in settings.items():
        path = out_dir / f"{name}_settings.json"
        storage.write_text(path, json.dumps(value, ensure_ascii=False, indent=2, default=str))
        written.append(path)
    return written, settings


def _settings_sheet(settings: dict[str, dict]) -> dict[str, pd.DataFrame]:
    """The workbook's last sheet: each table's settings, one row per setting (none if none)."""
    if not settings:
        return {}
    return {"settings": pd.DataFrame(
        [{"table": t, "setting": k, "value": json.dumps(v, ensure_ascii=False, default=str)}
         for t, values in settings.items() for k, v in values.items()])}


def _write_alongside(corpus: Corpus, out_dir: Path, log: Callable[[str], None],
                     quiet: bool) -> list[Path]:
    """`write_tables` of a large corpus in two processes: this one writes the corpus tables'
    Parquet files (seconds), then computes the derived tables (minutes, `derived_tables`)
    and writes their files, while a second one (`_writer`) reads each corpus table back
    from its Parquet file, writes its CSV and its sheet, then, once told which derived
    tables were written, their sheets and the settings, and saves the workbook. The
    workbook and CSVs are the files the one-process way writes (tested); a failure on
    either side stops both and is raised here."""
    import multiprocessing

    names = list(corpus.tables())
    written, _ = _write_files(corpus.tables(), out_dir, log, csv=False)
    context = multiprocessing.get_context(WRITER_START)
    here, there = context.Pipe()
    writer = context.Process(target=_writer, args=(out_dir, names, quiet, there),
                             name="sciplan-writer", daemon=True)
    writer.start()
    there.close()
    try:
        derived = derived_tables(corpus, log=log)
        more, settings = _write_files(derived, out_dir, log)
        here.send(([name for name in derived if name not in MATRICES], settings))
    except BaseException:
        with contextlib.suppress(OSError):
            here.send(None)  # the writer drops its workbook and stops
        writer.join()
        raise
    try:
        outcome, detail = here.recv()
    except EOFError:
        outcome, detail = "failed", f"the writer process ended with status {writer.exitcode}"
    writer.join()
    if outcome != "done":
        raise RuntimeError(f"writing the tables in {out_dir} failed: {detail}")
    return [*written, *more, *(Path(p) for p in detail)]


class _Stopped(Exception):
    """The computing side failed: the writer drops its workbook."""


def _writer(out_dir: Path, names: list[str], quiet: bool, conn) -> None:
    """The second process of `_write_alongside`: the corpus tables' CSVs and the workbook;
    replies ("done", files written) or ("failed", what went wrong)."""
    import traceback

    def log(line: str) -> None:
        if not quiet:
            print(line, file=sys.stderr, flush=True)

    def corpus_tables():
        for name in names:
            df = pd.read_parquet(out_dir / f"{name}.parquet")
            start = time.perf_counter()
            path = write_csv(df, out_dir / f"{name}.csv")
            written.append(path)
            log(f"  {name:<18} {len(df):>10,} rows → {path}  "
                f"({time.perf_counter() - start:.1f} s)")
            yield name, df if fits_sheet(len(df)) else len(df)
            del df
        message = conn.recv()
        if message is None:
            raise _Stopped
        derived, settings = message
        for name in derived:
            path = out_dir / f"{name}.parquet"
            rows = pq.read_metadata(path).num_rows
            yield name, pd.read_parquet(path) if fits_sheet(rows) else rows
        yield from _settings_sheet(settings).items()

    import pyarrow.parquet as pq

    written: list[Path] = []
    try:
        workbook = out_dir / WORKBOOK_NAME
        start = time.perf_counter()
        with storage.replacing(workbook) as tmp:
            sheets = _write_book(tmp, corpus_tables(), None, False, log)
        written.append(workbook)
        log(f"  workbook           {sheets:>10} sheets → {workbook}  "
            f"({time.perf_counter() - start:.1f} s, beside the computing)")
        conn.send(("done", [str(p) for p in written]))
    except _Stopped:
        conn.send(("stopped", ""))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises
        conn.send(("failed", traceback.format_exc(limit=5)))
    finally:
        conn.close()


def write_csv(df: pd.DataFrame, path: str | Path, chunk: int | None = None) -> Path:
    """`df` as CSV (UTF-8 with BOM, for Excel and WPS; formula-like text neutralised),
    written atomically `chunk` rows at a time (default `CSV_CHUNK`): the same file as one
    `to_csv`, without a neutralised copy of the whole table."""
    chunk = chunk or CSV_CHUNK
    path = Path(path)
    with storage.replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        for start in range(0, max(len(df), 1), chunk):
            part = neutralise_frame(df.iloc[start : start + chunk])
            part.to_csv(fh, index=False, header=start == 0, lineterminator="\n")
    return path


def fits_sheet(rows: int) -> bool:
    """Whether a table of `rows` data rows fits a sheet with its header (`SHEET_ROWS`): the
    one rule of both workbooks."""
    return rows + 1 <= SHEET_ROWS


def write_left_out(sheet_write: Callable[[int, str], object], table: str, rows: int, *,
                   where: tuple[str, str] = ("同一文件夹", "in the same folder")) -> None:
    """The note of a table left out of a workbook (`LEFT_OUT_NOTE`, zh and en), a line per
    row of column A through `sheet_write(row, text)`; `where`: where its files are."""
    values = {"table": table, "rows": f"{rows:,}", "limit": f"{SHEET_ROWS - 1:,}",
              "where_zh": where[0], "where_en": where[1]}
    for row, line in enumerate(LEFT_OUT_NOTE):
        sheet_write(row, line.format(**values))


def write_workbook(path: str | Path, tables: dict[str, pd.DataFrame], *,
                   progress: bool | None = None,
                   log: Callable[[str], None] | None = None) -> list[str]:
    """One sheet per table, in order, written row by row (xlsxwriter, constant memory).

    The header row is bold and frozen; text cells hold text (formula-like text too: stored
    as text shown as typed, with a quote prefix, never as a formula), numbers numbers,
    booleans booleans; missing values are empty cells; a text longer than a cell holds is
    cut there (and logged). A table with more data rows than a
    sheet holds (`SHEET_ROWS` - 1) gets a sheet of the same name saying so and naming its CSV
    and Parquet files, which hold every row. Returns the names of the tables left out.
    `progress`: a bar of rows written (default: on a terminal); `log` gets a line per sheet.
    """
    left_out = [name for name, df in tables.items() if not fits_sheet(len(df))]
    total = sum(len(df) for name, df in tables.items() if name not in left_out)
    items = ((name, df if name not in left_out else len(df)) for name, df in tables.items())
    _write_book(path, items, total, progress, log)
    return left_out


def _write_book(path: str | Path, tables, total: int | None, progress: bool | None,
                log: Callable[[str], None] | None) -> int:
    """`write_workbook` of (name, table) pairs as they come; a table given as its number of
    rows (an int) is left out (its note). Returns the number of sheets."""
    import xlsxwriter

    log = log or (lambda line: None)

    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True,  # rows go to disk as written: memory stays flat
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
    })
    header = book.add_format({"bold": True, "border": 1, "align": "center", "valign": "top"})
    as_typed = book.add_format({"quote_prefix": True})
    note = book.add_format({"text_wrap": True, "valign": "top"})
    sheets = 0
    try:
        with progress_bar(total, "workbook", "row", progress) as bar:
            for name, df in tables:
                sheet = book.add_worksheet(name[:31])
                sheets += 1
                start = time.perf_counter()
                if isinstance(df, int):
                    log(f"  workbook: {name} left out ({df:,} rows; a sheet holds "
                        f"{SHEET_ROWS - 1:,}): its sheet names {name}.csv and {name}.parquet")
                    sheet.set_column(0, 0, 100, note)
                    write_left_out(lambda row, text, s=sheet: s.write_string(row, 0, text, note),
                                   name, df)
                    continue
                bar.set_postfix_str(name)
                cut = _write_sheet(sheet, df, header, as_typed, bar)
                log(f"  workbook: {name:<18} {len(df):>10,} rows  "
                    f"({time.perf_counter() - start:.1f} s)")
                if cut:
                    log(f"  workbook: {name}: {cut:,} text(s) longer than a cell holds "
                        f"({CELL_CHARS:,} characters) cut short there; {name}.csv and "
                        f"{name}.parquet hold them whole")
        start = time.perf_counter()
    finally:
        book.close()
    log(f"  workbook: saved (compressed) in {time.perf_counter() - start:.1f} s")
    return sheets


def _write_sheet(sheet, df: pd.DataFrame, header, as_typed, bar) -> int:
    """The header, then every row of `df`: text as text (formula-like with a quote prefix),
    numbers, booleans; NA, NaN and None as empty cells; infinities as pandas wrote them.
    Returns how many texts were cut to the 32,767 characters a cell holds."""
    for j, column in enumerate(df.columns):
        sheet.write_string(0, j, str(column), header)
        width = max(len(str(column)) + 2, 10)
        sheet.set_column(j, j, min(width * 1.5, 60))
    sheet.freeze_panes(1, 0)
    columns = [df[c].astype(object).where(df[c].notna(), None).tolist() for c in df.columns]
    write_text, write_number = sheet.write_string, sheet.write_number
    step, cut = 10_000, 0
    for i, row in enumerate(zip(*columns, strict=True), start=1):
        for j, value in enumerate(row):
            kind = type(value)
            if value is None:
                continue
            if kind is str:
                if write_text(i, j, value, as_typed if is_formula_like(value) else None) == -2:
                    cut += 1
            elif kind is int or (kind is float and math.isfinite(value)):
                write_number(i, j, value)
            else:
                _write_other(sheet, i, j, value, as_typed)
        if i % step == 0:
            bar.update(step)
    bar.update(len(df) % step)
    return cut


def _write_other(sheet, i: int, j: int, value: object, as_typed) -> None:
    """A cell that is not plain text or a finite number: a boolean, a numpy scalar, an
    infinity ("inf" / "-inf", as pandas wrote them), anything else as its text."""
    if isinstance(value, bool | np.bool_):
        sheet.write_boolean(i, j, bool(value))
        return
    if isinstance(value, np.integer | np.floating):
        value = value.item()
    if isinstance(value, int | float) and math.isfinite(value):
        sheet.write_number(i, j, value)
        return
    shown = ("inf" if value > 0 else "-inf") if isinstance(value, float) else str(value)
    sheet.write_string(i, j, shown[:CELL_CHARS], as_typed if is_formula_like(shown) else None)


# --------------------------------------------------------------------------- readers' workbook


def reader_tables(corpus: Corpus, lang: str | None = None, *,
                  processed_dir: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """The tables policy staff read, keyed by sheet code: the plans, tasks, assignments,
    targets, commitments and the table behind every chart, with labels for codes and plan
    names for ids (headers stay codes here; `reader_workbook` labels them). Similarity and
    reuse come from the build's tables in `processed_dir` (default data/processed/)."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import instruments, scope, targets, workload
    from sciplan_analysis.analysis import reuse as ru
    from sciplan_analysis.analysis import similarity as sim
    from sciplan_analysis.analysis.categories import category_matrix

    labels.register_plans(corpus.plans)
    zh = labels.is_zh(lang)

    def region(ids: pd.Series) -> list[str]:
        return labels.plan_labels(ids.astype(str), lang)

    def with_region(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
        out = df[columns].copy()
        out.insert(0, "region", region(df["plan_id"]))
        return out

    def plan_matrix(matrix: pd.DataFrame, index_name: str, scale: float = 1.0,
                    decimals: int = 2) -> pd.DataFrame:
        out = (matrix.astype(float) * scale).round(decimals)
        # a category the text lost (a fragment's, a page's that is not the plan): as the charts mark it
        fill = "—" if index_name == "plan" else labels.unsaid(lang)
        out = out.astype(object).where(out.notna(), fill)
        out.columns = labels.plan_labels([str(c) for c in out.columns], lang)
        out.index = [labels.plan_label(str(i), lang) if index_name == "plan"
                     else labels.category_label(str(i), lang) for i in out.index]
        return out.rename_axis(index_name).reset_index()

    plans = with_region(corpus.plans.reindex(columns=[*corpus.plans.columns, *sorted(
                            {"doc_type", "page_kind", "source_url"} - set(corpus.plans.columns))]),
                        ["admin_level", "province", "parent", "status", "doc_type", "page_kind", "title",
                         "doc_number", "issuer", "issue_date", "period_start", "period_end",
                         "n_chars", "source_url"])  # the address as text: never a formula or a link
    plans["admin_level"] = plans["admin_level"].map(lambda v: labels.level_label(v, lang))
    plans["status"] = plans["status"].map(lambda v: labels.status_label(v, lang))
    plans["doc_type"] = plans["doc_type"].map(
        lambda v: labels.label("doc_type", v if isinstance(v, str) and v else "unknown", lang))
    plans["page_kind"] = plans["page_kind"].map(
        lambda v: labels.label("page_kind", v if isinstance(v, str) and v else "unknown", lang))
    for col in ("province", "parent"):
        plans[col] = plans[col].map(lambda v: labels.label("region", v, lang)
                                    if isinstance(v, str) and v else "—")
    for col in RECORDED_COLUMNS:  # what the project records, not what a plan states: 未记录
        plans[col] = plans[col].map(lambda v: v if isinstance(v, str) and v.strip()
                                    else labels.label("common", "not_recorded", lang))
    tasks = with_region(corpus.tasks, ["task_id", "category", "title", "text", "n_chars"])
    tasks["category"] = tasks["category"].map(lambda v: labels.category_label(v, lang))
    unit_col = "unit" if zh else "unit_en"
    assignments = with_region(workload.assignments_with_titles(corpus),
                              ["task_id", "title", "unit_raw", unit_col, "role", "source"]
                              ).rename(columns={unit_col: "unit"})
    assignments["role"] = assignments["role"].map(lambda v: labels.role_label(v, lang))
    assignments["source"] = assignments["source"].map(lambda v: labels.label("unit_source", v, lang))
    tg = with_region(corpus.targets, ["kind", "year", "comparator", "value", "quote"])
    tg["kind"] = tg["kind"].map(lambda v: labels.kind_label(v, lang))
    tg["comparator"] = tg["comparator"].map(lambda v: labels.comparator_label(v, lang))
    commitments = with_region(corpus.commitments, ["task_id", "value", "measure", "year", "quote"])
    wl = workload.unit_workload(corpus)
    work = with_region(wl, [unit_col, "unit_type", "led", "partnered", "total", "share_total",
                            "assignment_basis"]).rename(columns={unit_col: "unit"})
    work["unit_type"] = work["unit_type"].map(lambda v: labels.unit_type_label(v, lang))
    work["assignment_basis"] = work["assignment_basis"].map(lambda v: workload.basis_label(v, lang))
    work["share_total"] = (work["share_total"].astype(float) * 100).round(1)
    spec = with_region(targets.specificity(corpus), ["tasks", "task_chars", "commitments",
                                                     "targets", "per_task", "per_10k_chars"])
    similarity = sim.load_similarity(corpus, processed_dir=processed_dir)
    reuse, pairs = ru.load_reuse(corpus, processed_dir=processed_dir)
    pair_sheets = _pair_sheets(similarity, reuse, pairs, region, plan_matrix)
    types = type_sheet(instruments.type_shares(corpus), region)
    clauses = clause_sheet(corpus, lang)
    tools = instruments.tool_counts(corpus, share=True).astype(float).round(1)
    tools = tools.astype(object).where(tools.notna(), labels.not_stated(lang))
    tools.columns = labels.plan_labels([str(c) for c in tools.columns], lang)
    tools.index = [labels.label("instrument_tool", str(t), lang) for t in tools.index]
    tools = tools.rename_axis("tool").reset_index()
    # the counts behind each share: clauses of the tool, and every clause of the plan
    every = instruments.tool_counts(corpus)
    tool_n = pd.concat([every, every.sum(axis=0).to_frame(labels.text("workbook.all_clauses", lang)).T])
    tool_n.columns = labels.plan_labels([str(c) for c in tool_n.columns], lang)
    tool_n.index = [labels.label("instrument_tool", str(t), lang) if t in every.index else str(t)
                    for t in tool_n.index]
    tool_n = tool_n.rename_axis("tool").reset_index()
    sheets = {
        "plans": plans, "tasks": tasks, "assignments": assignments, "targets": tg,
        "commitments": commitments,
        "category_tasks": plan_matrix(category_matrix(corpus, "tasks"), "category"),
        "category_share": plan_matrix(category_matrix(corpus, "share"), "category", decimals=1),
        "category_share_counts": category_char_counts(corpus, lang),
        "workload": work, "specificity": spec,
        **pair_sheets,
        "instrument_types": types,
        "instrument_tools": tools, "instrument_tool_counts": tool_n, "clauses": clauses,
    }
    # a fragment's (a page's that is not the plan) missing value reads as its plan page reads it
    partial = set(labels.plan_labels(list(scope.reasons(corpus)), lang))
    return {code: stated(df, lang, partial) for code, df in sheets.items()}


TYPE_COUNTS = {"supply": "n_supply", "environment": "n_environment", "demand": "n_demand",
               "none": "n_none"}  # the clauses behind each type's share, beside it


def type_sheet(shares: pd.DataFrame, region: Callable[[pd.Series], list[str]]) -> pd.DataFrame:
    """The instrument-type sheet: each plan's share (%) of clauses of each type, with the
    clauses behind it beside it (供给型（%） 43.0, 供给型（条款数） 37, …, of 条款数 87; chart
    7.1's 43% over 37/87), and all its clauses. A plan without clauses has neither (未提及)."""
    out = pd.DataFrame({"region": region(shares["plan_id"])})
    total = shares["n_clauses"].astype(float)
    for kind, count in TYPE_COUNTS.items():
        share = shares[kind].astype(float)
        out[kind] = share.round(1).to_numpy()
        out[count] = (share * total / 100).round().astype("Int64").to_numpy()
    out["n_clauses"] = shares["n_clauses"].to_numpy()
    return out


def category_char_counts(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """The counts behind the category_share sheet, as page 03's heatmap writes them under its
    shares: characters of the plan's tasks in the category / all its task characters
    ("954/7,059"). That sheet measures task text, not tasks (tasks per category are the
    category_tasks sheet, the report's one rule for counting categories); 现存文本未见 where the
    text cannot say, as there."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis.categories import category_matrix

    chars = category_matrix(corpus, "chars")
    counts = count_text(chars, chars.sum(axis=0)).replace("", labels.unsaid(lang))
    counts.columns = labels.plan_labels([str(c) for c in counts.columns], lang)
    counts.index = [labels.category_label(str(c), lang) for c in counts.index]
    return counts.rename_axis("category").reset_index()


# Columns of the plans sheet that the project records about a plan rather than read from its
# text (the address its page was saved from): a missing one reads 未记录 / "not recorded", not
# 未提及 / "not stated", which would say the plan leaves it out. (The other columns either come
# from the text, 未提及 when it is silent, or are always filled: the manifest's region, level,
# status; the page's kind and document type, 未能判断 where the cues fall short.)
RECORDED_COLUMNS = ("source_url",)


def stated(df: pd.DataFrame, lang: str | None = None, partial: Collection[str] = ()) -> pd.DataFrame:
    """A readers' sheet with every missing value read as the pages read it, 未提及 / "not
    stated" (`labels.not_stated`), never an empty cell: a plan's missing document number,
    issue date or period, a commitment without a year. In a row whose region is in `partial`
    (texts that are not whole plans: a fragment's), 现存文本未见 / "not in the text as we have
    it" (`labels.unsaid`), as its plan page and the charts say it: the fragment's row of the
    specificity sheet, its document number. The tables themselves keep NA; a column with
    nothing missing is left as it is."""
    from sciplan_analysis import labels

    missing = df.isna()
    if not missing.to_numpy().any():
        return df
    out = df.copy()
    silence = labels.not_stated(lang)
    if partial and "region" in df.columns:
        silence = pd.Series(labels.not_stated(lang), index=df.index).where(
            ~df["region"].isin(list(partial)), labels.unsaid(lang))
    for column in df.columns[missing.any().to_numpy()]:
        values = df[column].astype(object)
        known = pd.to_numeric(df[column][~missing[column]], errors="coerce")
        if len(known) and known.notna().all() and (known % 1 == 0).all():
            # whole numbers a missing value made floats (years: 2021.0) read as whole numbers
            values = values.where(missing[column], known.astype("int64").astype(object))
        out[column] = values.where(~missing[column], silence)
    return out


def clause_sheet(corpus: Corpus, lang: str | None = None) -> pd.DataFrame:
    """The readers' clause sheet: each clause with its region, task and category, its tool and
    type (the learned model's code, or a hand check's), the rules' cue (a checked clause's note),
    the rules' tool where it differs from the code (another reading: check first), where the
    code came from (学得的模型 / 人工核对: learned model / checked by hand) and the rules' own
    tool and type (规则读法 / Rules' reading, kept beside the code), in the build's language."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import instruments

    coded = instruments.with_category(corpus)
    clauses = coded[["task_id", "category", "text", "tool", "type", "cue", "review", "coded_by",
                     "rule_tool", "rule_type"]].copy()
    clauses.insert(0, "region", labels.plan_labels(coded["plan_id"].astype(str), lang))
    clauses = instruments.with_review_text(clauses, lang).rename(columns={"text": "clause"})
    # the review flag: the rules' tool where it differs from the code, else a word, never a blank
    # cell (most clauses have none: 4,052 of 4,471 at 33 plans; the guide says what it means)
    clauses["review"] = clauses["review"].where(clauses["review"] != "",
                                                labels.text("workbook.no_review", lang))
    for col, kind in (("tool", "instrument_tool"), ("type", "instrument_type"),
                      ("rule_tool", "instrument_tool"), ("rule_type", "instrument_type")):
        clauses[col] = clauses[col].map(lambda v, k=kind: labels.label(k, v, lang)
                                        if isinstance(v, str) else v)
    clauses["category"] = clauses["category"].map(
        lambda v: labels.category_label(v, lang) if isinstance(v, str) else v)
    return clauses


def _pair_sheets(similarity: pd.DataFrame, reuse: pd.DataFrame, pairs: pd.DataFrame,
                 region: Callable[[pd.Series], list[str]],
                 plan_matrix: Callable[..., pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The readers' similarity and reuse sheets: plan × plan matrices and the reused
    sentences up to `LARGE_CORPUS` plans; beyond, what the build kept (each plan's nearest
    plans on whole texts, the top reuse pairs), never a matrix of pairs it did not keep."""
    from sciplan_analysis.analysis import pairwise
    from sciplan_analysis.analysis import reuse as ru
    from sciplan_analysis.analysis import similarity as sim

    out: dict[str, pd.DataFrame] = {}
    if pairwise.is_nearest(similarity):
        near = similarity[(similarity["scope"] == "whole")
                          & (similarity["analyzer"] == "word")].copy()
        out["similarity_nearest"] = pd.DataFrame({
            "region": region(near["plan_id"]), "neighbour": region(near["neighbour"]),
            "rank": near["rank"].to_numpy(), "similarity": near["score"].round(3).to_numpy()})
    else:
        out["similarity_whole"] = plan_matrix(sim.to_matrix(similarity, "whole", "word"), "plan")
        out["similarity_shared"] = plan_matrix(sim.to_matrix(similarity, "shared", "word"), "plan")
    if result.keeps_some_pairs(reuse):
        top = reuse.sort_values("share", ascending=False, kind="stable")
        out["reuse_top"] = pd.DataFrame({
            "source_plan": region(top["source_plan"]), "target_plan": region(top["target_plan"]),
            "n_reused": top["n_reused"].to_numpy(), "n_sentences": top["n_sentences"].to_numpy(),
            "share": (100 * top["share"].astype(float)).round(1).to_numpy()})
    else:
        matrix = ru.reuse_matrix(reuse)
        out["reuse_matrix"] = plan_matrix(matrix, "plan", 100.0, decimals=1)  # percents: 1 decimal
        # the counts behind each share, as chart 6.1 writes them: 47/88 (sentences recurring /
        # the row plan's sentences); the diagonal —
        wide = {col: reuse.pivot(index="source_plan", columns="target_plan", values=col)
                .reindex(index=matrix.index, columns=matrix.columns) for col in ("n_reused", "n_sentences")}
        counts = count_text(wide["n_reused"], wide["n_sentences"]).replace("", "—")
        counts.columns = region(pd.Series(counts.columns))
        counts.index = region(pd.Series(counts.index))
        out["reuse_matrix_counts"] = counts.rename_axis("plan").reset_index()
    if pairwise.has_sentence_pairs(pairs):
        reused = pairs[["source_plan", "source_text", "target_plan", "target_text", "score"]].copy()
        for col in ("source_plan", "target_plan"):
            reused[col] = region(reused[col])
        out["reuse_pairs"] = reused.round({"score": 1})
    return out


def readme_sheet(corpus: Corpus, tables: dict[str, pd.DataFrame],
                 lang: str | None = None) -> list[list[object]]:
    """Rows of the guide sheet, in the build's language only, as every other sheet: what each
    sheet holds, the plans by their names (never their ids) with their status, and what each
    column means. Its headers are readers' words (工作表、说明 / Sheet, Meaning)."""
    from sciplan_analysis import labels

    def lab(kind: str, code: str) -> str:
        return labels.label(kind, code, lang)

    rows: list[list[object]] = [[labels.text("index.title", lang)],
                                [lab("sheet_note", "readme")], []]
    rows.append([lab("column", "sheet"), lab("column", "meaning")])
    for code in tables:
        example = sheet_example(code, tables, lang)
        space = " " if example and not labels.is_zh(lang) else ""
        rows.append([lab("sheet", code), lab("sheet_note", code) + space + example])
    rows += [[], [lab("column", "plan"), lab("column", "status")]]
    for p in corpus.plans.itertuples(index=False):
        rows.append([labels.plan_label(str(p.plan_id), lang, full=True), labels.status_label(p.status, lang)])
    rows += [[], [lab("column", "column"), lab("column", "meaning")]]
    seen: set[str] = set()
    notes = labels.labels_of("column_note")
    zh = labels.is_zh(lang)
    for df in tables.values():
        for col in df.columns:
            if col in seen or col not in notes:
                continue
            seen.add(col)
            rows.append([lab("column", col), notes[col][0 if zh else 1]])
    return rows


def sheet_example(code: str, tables: dict[str, pd.DataFrame], lang: str | None = None) -> str:
    """An example for the guide's note on a sheet of shares with their counts, read from this
    build's own sheet (its first plan with a count), never a fixed one: "(43.0 and 37, of 87)"
    matched no plan of any build (audit22 item 21). "" where the sheet has no such cell."""
    from sciplan_analysis import labels

    df = tables.get(code)
    if df is None or df.empty:
        return ""
    if code == "instrument_types":
        for row in df.itertuples(index=False):
            for kind in TYPE_COUNTS:
                k, n, share = getattr(row, TYPE_COUNTS[kind]), row.n_clauses, getattr(row, kind)
                if isinstance(k, int | np.integer) and k > 0 and isinstance(share, float | int):
                    return labels.text("workbook.example.types", lang, plan=row.region, k=int(k), n=int(n),
                                       share=f"{float(share):.1f}", type=labels.label("instrument_type", kind, lang))
        return ""
    if code in ("category_share_counts", "reuse_matrix_counts"):
        first = df.columns[0]
        for _, row in df.iterrows():
            for column in df.columns[1:]:
                k, _, n = str(row[column]).replace(",", "").partition("/")
                if k.isdigit() and n.isdigit() and int(k) > 0 and int(n) > 0:
                    plan = column if code == "category_share_counts" else f"{row[first]} → {column}"
                    return labels.text("workbook.example.count", lang, plan=plan, k=int(k), n=int(n),
                                       pct=100 * int(k) / int(n))
    return ""


READER_FILES = ("构建输出文件夹（data/processed/）", "in the build's output folder (data/processed/)")


def reader_workbook(corpus: Corpus, path: str | Path, *, lang: str | None = None,
                    processed_dir: str | Path | None = None) -> Path:
    """Write the readers' workbook: a README sheet first, then one sheet per table with
    headers in the build's language, widths, wrapped text, frozen header, autofilter and
    rounded numbers; formula-like text is stored as text (shown as typed, quote prefix). A
    table longer than a sheet holds is left out as in the build's workbook (`fits_sheet`):
    its sheet says where it is. Written with xlsxwriter, as the build's workbook is (openpyxl
    took 16 s at 33 plans, most of it styling cell by cell)."""
    import xlsxwriter

    from sciplan_analysis import labels

    path = Path(path)
    tables = reader_tables(corpus, lang, processed_dir=processed_dir)
    with storage.replacing(path) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {
            "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False})
        formats = _Formats(book)
        try:
            readme = book.add_worksheet(labels.label("sheet", "readme", lang)[:31])
            for i, row in enumerate(readme_sheet(corpus, tables, lang)):
                for j, value in enumerate(row):
                    _write(readme, i, j, value, formats, wrap=True, title=(i, j) == (0, 0))
            for j, width in enumerate((36, 90)):
                readme.set_column(j, j, width)
            for code, df in tables.items():
                sheet = book.add_worksheet(labels.label("sheet", code, lang)[:31])
                if not fits_sheet(len(df)):  # the build workbook's rule: never a sheet cut short
                    write_left_out(lambda row, text, s=sheet: s.write_string(row, 0, text), code,
                                   len(df), where=READER_FILES)
                    sheet.set_column(0, 0, 100)
                    continue
                _reader_sheet(sheet, code, df, formats, lang)
        finally:
            book.close()
    return path


class _Formats:
    """The workbook's cell formats, each made once: bold header, wrapped text, text shown as
    typed (formula-like), numbers rounded to 2 or 1 decimals, and their combinations."""

    def __init__(self, book) -> None:
        self.book = book
        self.made: dict[tuple, object] = {}

    def get(self, *, wrap: bool = False, bold: bool = False, quote: bool = False,
            number: str | None = None, title: bool = False):
        key = (wrap, bold, quote, number, title)
        if key not in self.made:
            props: dict[str, object] = {}
            if wrap:
                props.update(text_wrap=True, valign="top")
            if bold or title:
                props["bold"] = True
            if title:
                props["font_size"] = 14
            if quote:
                props["quote_prefix"] = True
            if number:
                props["num_format"] = number
            self.made[key] = self.book.add_format(props) if props else None
        return self.made[key]


def _write(sheet, i: int, j: int, value: object, formats: _Formats, *, wrap: bool = False,
           bold: bool = False, title: bool = False, places: int | None = None) -> None:
    """One cell: empty for a missing value, numbers as numbers (rounded as `_cell` does, or
    rounded to and shown with `places`: its column's decimals, `numbers.column_places`, or a
    measure's the pages fix; without, a fraction shows 2 decimals), text as text, formula-like
    text shown as typed."""
    if places is not None and not _missing(value) and isinstance(value, float | np.floating):
        value = round(float(value), places)  # once, from the full value, as the page and chart do
    value = _cell(value)
    if value is None:
        if wrap:
            sheet.write_blank(i, j, None, formats.get(wrap=True))
        return
    if isinstance(value, bool):
        sheet.write_boolean(i, j, value, formats.get(wrap=wrap, bold=bold))
    elif isinstance(value, int | float):
        number = (("0." + "0" * places if places else "0") if places is not None
                  else "0.00") if isinstance(value, float) else None
        sheet.write_number(i, j, value, formats.get(wrap=wrap, bold=bold, number=number))
    else:
        text = str(value)[:CELL_CHARS]
        sheet.write_string(i, j, text, formats.get(wrap=wrap, bold=bold, title=title,
                                                   quote=is_formula_like(text)))


FIRST_COLUMN_FROZEN = ("category_", "similarity_", "reuse_m", "instrument_tools")  # plan matrices


def _reader_sheet(sheet, code: str, df: pd.DataFrame, formats: _Formats, lang: str | None) -> None:
    """A table's sheet: labelled bold header, its rows, widths from the first 200 values,
    long text columns wrapped, frozen header (and first column of a matrix), autofilter."""
    from sciplan_analysis import labels

    headers = [labels.label("column", c, lang) if c in labels.labels_of("column") else str(c)
               for c in df.columns]
    wrapped = []
    for j, column in enumerate(df.columns):
        values = [str(v) for v in df[column].head(200) if not _missing(v)]
        longest = max([len(headers[j]) * 2, *(len(v) * 2 for v in values)], default=10)
        sheet.set_column(j, j, max(8, min(longest, 70)))
        wrapped.append(df[column].dtype == object and longest > 30)
    for j, header in enumerate(headers):
        _write(sheet, 0, j, header, formats, wrap=True, bold=True)
    # a measure the pages show with fixed decimals shows them here too (page 02's rates, chart 2.4)
    from sciplan_analysis.analysis.targets import SPECIFICITY_DECIMALS

    # every other column of numbers: one number of decimals for the whole column (never 0.00
    # beside 13.5), and for a plan matrix one for the whole sheet (its columns are plans alike)
    places = [SPECIFICITY_DECIMALS.get(str(column)) for column in df.columns]
    found = [None if p is not None else column_places(df[c]) for c, p in zip(df.columns, places,
                                                                             strict=True)]
    if code.startswith(FIRST_COLUMN_FROZEN) and any(f is not None for f in found):
        found = [max(f for f in found if f is not None)] * len(found)  # text columns: no effect
    places = [p if p is not None else f for p, f in zip(places, found, strict=True)]
    for i, row in enumerate(df.itertuples(index=False), start=1):
        for j, value in enumerate(row):
            _write(sheet, i, j, value, formats, wrap=wrapped[j], places=places[j])
    sheet.freeze_panes(1, 1 if code.startswith(FIRST_COLUMN_FROZEN) else 0)
    sheet.autofilter(0, 0, len(df), max(0, len(df.columns) - 1))


def _missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell(value: object) -> object:
    """A value openpyxl can write: NA as an empty cell, numpy scalars as Python numbers,
    floats rounded to two decimals."""
    if _missing(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 2)
    return value


FINDINGS_NAME = "findings.csv"


def write_findings(corpus: Corpus, out_dir: str | Path, lang: str | None = None,
                   processed_dir: str | Path | None = None) -> Path:
    """reports/findings.csv: every finding of the index and the pages as data (UTF-8 with
    BOM, formula-like text neutralised, written atomically); see `findings.findings_table`."""
    from sciplan_analysis.analysis import findings as fnd

    table = fnd.findings_table(fnd.Tables(corpus, processed_dir=processed_dir), lang)
    path = Path(out_dir) / FINDINGS_NAME
    with storage.replacing(path) as tmp:
        neutralise_frame(table).to_csv(tmp, index=False, encoding="utf-8-sig")
    return path
