"""Write the tables: CSV (UTF-8 with BOM, for Excel and WPS), Parquet, and one workbook."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from sciplan_analysis import storage
from sciplan_analysis.config import PROCESSED_DIR, WORKBOOK_NAME
from sciplan_analysis.report.escape import is_formula_like, neutralise_frame
from sciplan_analysis.tables import Corpus

TABLES_LOCK = ".tables.lock"
LARGE_CORPUS = 200  # plans; above this the all-pairs tables give way to their scalable forms


def derived_tables(corpus: Corpus, large: int = LARGE_CORPUS) -> dict[str, pd.DataFrame]:
    """Similarity and text-reuse tables computed from the corpus.

    Up to `large` plans: every plan pair (similarity.csv, reuse.csv, reuse_pairs.csv).
    Beyond, the rows per pair would run to tens of millions, so similarity.csv keeps each
    plan's 10 nearest plans per scope and reuse.csv comes from the count matrix, without the
    aligned sentence pairs.
    """
    from sciplan_analysis.analysis.reuse import reuse_counts, reuse_tables
    from sciplan_analysis.analysis.similarity import nearest_plans, similarity_table

    if len(corpus.plans) <= large:
        reuse, pairs = reuse_tables(corpus)
        return {"similarity": similarity_table(corpus), "reuse": reuse, "reuse_pairs": pairs}
    nearest = nearest_plans(corpus, k=10)
    counts = reuse_counts(corpus)
    n_sentences = pd.Series(counts.attrs["n_sentences"])
    reuse = (
        counts.rename_axis(index="source_plan", columns="target_plan")
        .stack().rename("n_reused").reset_index()
    )
    reuse = reuse[reuse.source_plan != reuse.target_plan]
    reuse.insert(2, "n_sentences", reuse.source_plan.map(n_sentences).astype(int))
    reuse["share"] = reuse.n_reused / reuse.n_sentences.where(reuse.n_sentences > 0)
    reuse.attrs["settings"] = counts.attrs.get("settings", {})
    return {"similarity_nearest": nearest, "reuse": reuse.reset_index(drop=True)}


def write_tables(
    corpus: Corpus, out_dir: str | Path = PROCESSED_DIR, extra: bool = True, quiet: bool = False
) -> list[Path]:
    """Write every table as `<table>.csv` and `.parquet`, and all of them to one workbook.

    Each file is written to a temporary file and renamed into place, under the folder's lock.
    Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is
    neutralised in the CSVs (a leading apostrophe) and the workbook (a text cell with a quote
    prefix); the Parquet files keep the text as it is.
    """
    out_dir = Path(out_dir)
    tables = dict(corpus.tables())
    if extra:
        tables.update(derived_tables(corpus))
    written: list[Path] = []
    with storage.folder_lock(out_dir, TABLES_LOCK):
        storage.remove_leftovers(out_dir)
        for name, df in tables.items():
            csv_path, parquet_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
            with storage.replacing(csv_path) as tmp:
                neutralise_frame(df).to_csv(tmp, index=False, encoding="utf-8-sig")
            with storage.replacing(parquet_path) as tmp:
                df.to_parquet(tmp, index=False)
            written += [csv_path, parquet_path]
            if not quiet:
                print(f"  {name:<12} {len(df):>6} rows → {csv_path}", file=sys.stderr)
        settings = {name: df.attrs["settings"] for name, df in tables.items() if df.attrs.get("settings")}
        for name, value in settings.items():
            path = out_dir / f"{name}_settings.json"
            storage.write_text(path, json.dumps(value, ensure_ascii=False, indent=2, default=str))
            written.append(path)
        workbook = out_dir / WORKBOOK_NAME
        if settings:
            tables = {**tables, "settings": pd.DataFrame(
                [{"table": t, "setting": k, "value": json.dumps(v, ensure_ascii=False, default=str)}
                 for t, values in settings.items() for k, v in values.items()]
            )}
        with storage.replacing(workbook) as tmp:
            _write_workbook(tmp, tables)
        written.append(workbook)
    if not quiet:
        print(f"  workbook     {len(tables):>6} sheets → {workbook}", file=sys.stderr)
    return written


def _write_workbook(path: Path, tables: dict[str, pd.DataFrame]) -> None:
    """One sheet per table; formula-like text is stored as text, never as a formula."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, df in tables.items():
            df.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            for column in sheet.columns:
                width = max(len(str(column[0].value)) + 2, 10)
                sheet.column_dimensions[column[0].column_letter].width = min(width * 1.5, 60)
            _cells_as_text(sheet)


def _cells_as_text(sheet) -> None:
    """Make every formula-like string cell a text cell shown as typed (quote prefix)."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f" or is_formula_like(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
