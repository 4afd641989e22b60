"""Write the tables: CSV (UTF-8 with BOM, for Excel and WPS), Parquet, and one workbook."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from sciplan_analysis.config import PROCESSED_DIR, WORKBOOK_NAME
from sciplan_analysis.tables import Corpus

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
    """Write every table as `<table>.csv` and `.parquet`, and all of them to one workbook."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = dict(corpus.tables())
    if extra:
        tables.update(derived_tables(corpus))
    written: list[Path] = []
    for name, df in tables.items():
        csv_path, parquet_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
        df.to_csv(csv_path, index=False, encoding="utf-8-sig")
        df.to_parquet(parquet_path, index=False)
        written += [csv_path, parquet_path]
        if not quiet:
            print(f"  {name:<12} {len(df):>6} rows → {csv_path}", file=sys.stderr)
    settings = {name: df.attrs["settings"] for name, df in tables.items() if df.attrs.get("settings")}
    for name, value in settings.items():
        path = out_dir / f"{name}_settings.json"
        path.write_text(json.dumps(value, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        written.append(path)
    workbook = out_dir / WORKBOOK_NAME
    with pd.ExcelWriter(workbook, engine="openpyxl") as writer:
        if settings:
            tables = {**tables, "settings": pd.DataFrame(
                [{"table": t, "setting": k, "value": json.dumps(v, ensure_ascii=False, default=str)}
                 for t, values in settings.items() for k, v in values.items()]
            )}
        for name, df in tables.items():
            df.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            for column in sheet.columns:
                width = max(len(str(column[0].value)) + 2, 10)
                sheet.column_dimensions[column[0].column_letter].width = min(width * 1.5, 60)
    written.append(workbook)
    if not quiet:
        print(f"  workbook     {len(tables):>6} sheets → {workbook}", file=sys.stderr)
    return written
