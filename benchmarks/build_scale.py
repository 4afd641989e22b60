"""Time the write phase of `build` (report.export.write_tables) on a synthetic corpus, and the
naive form it replaced, in one process.

    python benchmarks/build_scale.py 2000 0.7            # corpus benchmarks/out/d70/2000
    python benchmarks/build_scale.py 10000 0.7 --skip old_workbook,openpyxl_fitting

Steps: load the cached corpus (`load_corpus(raw, processed)`, as run.py does); compute the
derived tables once (each plan's 10 nearest plans, the reuse count matrix, reuse.csv's rows
from its non-zero cells), each timed; then write:

- new: `write_tables(corpus, out, derived=...)`, the library as `build` runs it: CSV and
  Parquet per table, reuse.csv with the pairs that share a sentence only, and the workbook
  (xlsxwriter, row by row) that leaves out a table longer than a sheet;
- naive_reuse: reuse.csv as before, the whole source × target matrix stacked (every ordered
  pair, n(n-1) rows), built and written as CSV and Parquet; its non-zero rows are checked
  against the new reuse.csv;
- old_workbook: every table, the stacked reuse frame included, into one openpyxl workbook
  through pandas, as before (pandas refuses a table longer than a sheet: where it stops);
- openpyxl_fitting: the old openpyxl writer on exactly the sheets the new workbook holds
  (the engines compared on the same cells).

Printed: per table its rows, write time (CSV and Parquet together, then its sheet) and
file sizes; per step wall time and peak RSS (sampled every 20 ms from /proc/self/statm;
"start" is the RSS before the step). The build output goes to --out (default
/tmp/sciplan_build_scale/d<PCT>/<N>) and is deleted at the end unless --keep. `--processed`
reads (or parses into) another cache folder than the benchmark's. Wrap the run in
`flock /tmp/heavy.lock` on a shared machine. At 10,000 plans the derived tables take about
7 minutes and the naive steps about 8 more (the stacked frame peaks near 20 GB RSS there):
`--skip naive_reuse,old_workbook,openpyxl_fitting` times the library alone.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import shutil
import sys
import threading
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STEPS = ("naive_reuse", "old_workbook", "openpyxl_fitting")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


class Step:
    """Wall time and peak RSS of a block (a sampling thread; the RSS at its start too)."""

    rows: list[dict] = []

    def __init__(self, name: str, **detail) -> None:
        self.name, self.detail = name, detail

    def __enter__(self) -> Step:
        self.start_rss = self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        self.t0 = time.perf_counter()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _rss())

    def __exit__(self, kind, error, tb) -> bool:
        wall = time.perf_counter() - self.t0
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())
        row = {"step": self.name, "wall_s": round(wall, 2),
               "start_rss_mb": round(self.start_rss / 2**20),
               "peak_rss_mb": round(self.peak / 2**20), **self.detail}
        if error is not None:
            row["failed"] = f"{kind.__name__}: {error}"
        Step.rows.append(row)
        print(f"[{self.name}] {wall:.1f} s, RSS {self.start_rss / 2**20:,.0f} → peak "
              f"{self.peak / 2**20:,.0f} MiB" + (f"  FAILED {row['failed']}" if error else ""),
              file=sys.stderr, flush=True)
        return error is not None and isinstance(error, Exception)  # go on to the next step


def _digest(df) -> tuple[int, int]:
    """(rows, a hash of every cell): two frames with the same digest hold the same rows."""
    import pandas as pd

    hashes = pd.util.hash_pandas_object(df, index=False).to_numpy()
    return len(df), int(hashes.sum(dtype="uint64"))


def _mb(path: Path) -> float:
    return round(path.stat().st_size / 2**20, 1) if path.exists() else float("nan")


def naive_reuse(counts):
    """reuse.csv's frame as before: every ordered pair, stacked from the count matrix."""
    import pandas as pd

    n_sentences = pd.Series(counts.attrs["n_sentences"])
    reuse = (
        counts.rename_axis(index="source_plan", columns="target_plan")
        .stack().rename("n_reused").reset_index()
    )
    reuse = reuse[reuse.source_plan != reuse.target_plan]
    reuse.insert(2, "n_sentences", reuse.source_plan.map(n_sentences).astype(int))
    reuse["share"] = reuse.n_reused / reuse.n_sentences.where(reuse.n_sentences > 0)
    return reuse.reset_index(drop=True)


def old_workbook(path: Path, tables: dict, times: dict) -> None:
    """The workbook as before: pandas + openpyxl, a sheet per table, formula-like text made
    text afterwards (report.export._cells_as_text); `times` gets each sheet's seconds."""
    import pandas as pd

    from sciplan_analysis.report.export import _cells_as_text

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, df in tables.items():
            t0 = time.perf_counter()
            df.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            for column in sheet.columns:
                width = max(len(str(column[0].value)) + 2, 10)
                sheet.column_dimensions[column[0].column_letter].width = min(width * 1.5, 60)
            _cells_as_text(sheet)
            times[name] = round(time.perf_counter() - t0, 2)
            print(f"  old workbook: {name:<18} {len(df):>10,} rows  ({times[name]:.1f} s)",
                  file=sys.stderr, flush=True)
        t0 = time.perf_counter()
    times["(save)"] = round(time.perf_counter() - t0, 2)


class Tee(io.TextIOBase):
    """stderr that is also kept (write_tables logs each table and sheet with its time)."""

    def __init__(self, target) -> None:
        self.target, self.lines = target, []

    def write(self, text: str) -> int:
        self.target.write(text)
        self.lines.append(text)
        return len(text)

    def flush(self) -> None:
        self.target.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="plans in the corpus (benchmarks/out/d<PCT>/<N>)")
    parser.add_argument("distinct", type=float, help="novelty, e.g. 0.7")
    parser.add_argument("--out", type=Path, help="folder for the build output")
    parser.add_argument("--processed", type=Path,
                        help="the parsed corpus's folder (default: the benchmark's, as run.py)")
    parser.add_argument("--skip", default="", help=f"comma-separated steps of {STEPS}")
    parser.add_argument("--keep", action="store_true", help="keep the output folder")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    skip = {s for s in args.skip.split(",") if s}
    if skip - set(STEPS):
        parser.error(f"unknown step(s) {', '.join(sorted(skip - set(STEPS)))}")
    warnings.simplefilter("ignore")
    os.environ.setdefault("SCIPLAN_PROGRESS", "0")
    import numpy as np
    import pandas as pd
    from run import _dirs

    from sciplan_analysis.analysis.reuse import reuse_counts
    from sciplan_analysis.analysis.similarity import nearest_plans
    from sciplan_analysis.corpus import load_corpus
    from sciplan_analysis.report import export
    from sciplan_analysis.report.escape import neutralise_frame

    raw, processed = _dirs(args.n, args.distinct)
    processed = args.processed or processed
    out = args.out or Path("/tmp/sciplan_build_scale") / f"d{round(args.distinct * 100)}" / str(args.n)
    shutil.rmtree(out, ignore_errors=True)
    (out / "new").mkdir(parents=True)
    (out / "naive").mkdir(parents=True)
    print(f"corpus {raw} (parsed: {processed}); output {out}", file=sys.stderr)

    with Step("load"):
        corpus = load_corpus(raw, processed)
    with Step("nearest_plans"):
        nearest = nearest_plans(corpus, k=10)
    with Step("reuse_counts"):
        counts = reuse_counts(corpus)
    with Step("reuse_from_counts (np.nonzero)"):
        reuse = export.reuse_from_counts(counts)
    step_row = Step.rows[-1]
    n = len(counts)
    step_row.update(rows=len(reuse), all_pairs=n * (n - 1))
    derived = {"similarity_nearest": nearest, "reuse": reuse}
    settings = {name: df.attrs["settings"] for name, df in derived.items()
                if df.attrs.get("settings")}

    tee = Tee(sys.stderr)
    with Step("new: write_tables"), contextlib.redirect_stderr(tee):
        export.write_tables(corpus, out / "new", derived=derived)
    log = "".join(tee.lines)
    table_s = {m[1]: float(m[2]) for m in re.finditer(
        r"^  (\w+)\s+[\d,]+ rows → .*\((\d+\.\d+) s\)$", log, re.M)}
    sheet_s = {m[1]: float(m[2]) for m in re.finditer(
        r"^  workbook: (\w+)\s+[\d,]+ rows  \((\d+\.\d+) s\)$", log, re.M)}
    left_out = re.findall(r"^  workbook: (\w+) left out", log, re.M)
    saved = re.search(r"^  workbook: saved \(compressed\) in (\d+\.\d+) s", log, re.M)
    tables = {**corpus.tables(), **derived}
    per_table = []
    for name, df in tables.items():
        per_table.append({
            "table": name, "rows": len(df), "csv_parquet_s": table_s.get(name),
            "sheet_s": "left out" if name in left_out else sheet_s.get(name),
            "csv_mb": _mb(out / "new" / f"{name}.csv"),
            "parquet_mb": _mb(out / "new" / f"{name}.parquet"),
        })
    workbook = out / "new" / "sciplan_tables.xlsx"
    Step.rows[-1].update(workbook_mb=_mb(workbook), left_out=left_out,
                         workbook_save_s=float(saved[1]) if saved else None)
    # the new reuse frame is compared with the naive one by digest, and dropped unless a
    # workbook sheet needs it: at 10,000 plans both frames together would not fit beside
    # the rest
    new_reuse = _digest(reuse)
    nonzero_cells = int(np.count_nonzero(counts.to_numpy()))
    if "reuse" in left_out:
        del derived["reuse"], tables["reuse"]
        reuse = None

    naive = None
    if "naive_reuse" not in skip:
        with Step("naive_reuse: stack"):
            naive = naive_reuse(counts)
    if naive is not None:
        Step.rows[-1]["rows"] = len(naive)
        with Step("naive_reuse: write CSV"):
            neutralise_frame(naive).to_csv(out / "naive" / "reuse.csv", index=False,
                                           encoding="utf-8-sig")
        # the stacked frame kept reuse_counts' attrs, n_sentences (a Series) among them, which
        # to_parquet cannot store as JSON: the old build stopped here (TypeError)
        with Step("naive_reuse: write Parquet, attrs as before"):
            naive.to_parquet(out / "naive" / "reuse.parquet", index=False)
        naive.attrs = {"settings": counts.attrs.get("settings", {})}
        with Step("naive_reuse: write Parquet, settings only"):
            naive.to_parquet(out / "naive" / "reuse.parquet", index=False)
        Step.rows[-1].update(csv_mb=_mb(out / "naive" / "reuse.csv"),
                             parquet_mb=_mb(out / "naive" / "reuse.parquet"))
        kept = naive[naive.n_reused > 0].reset_index(drop=True)
        same = _digest(kept) == new_reuse
        print(f"naive_reuse: {len(naive):,} rows, {len(kept):,} non-zero; equal to the new "
              f"reuse.csv's rows: {same}", file=sys.stderr)
        del kept
        Step.rows[-1]["nonzero_rows_equal_new"] = bool(same)
        if "old_workbook" in skip:
            naive = None

    if "old_workbook" not in skip:
        if naive is None:
            with Step("naive_reuse: stack (for the old workbook)"):
                naive = naive_reuse(counts)
        old_tables = {**corpus.tables(), "similarity_nearest": nearest, "reuse": naive,
                      "settings": pd.DataFrame(
                          [{"table": t, "setting": k, "value": json.dumps(v, default=str)}
                           for t, values in settings.items() for k, v in values.items()])}
        times: dict = {}
        with Step("old_workbook (openpyxl, every table)"):
            old_workbook(out / "naive" / "sciplan_tables.xlsx", old_tables, times)
        Step.rows[-1]["sheets_s"] = times
    naive = old_tables = None

    if "openpyxl_fitting" not in skip:
        import gc

        gc.collect()
        fitting = {name: df for name, df in tables.items() if name not in left_out}
        times = {}
        with Step("openpyxl_fitting (the sheets the new workbook holds)"):
            old_workbook(out / "naive" / "fitting.xlsx", fitting, times)
        Step.rows[-1].update(sheets_s=times, workbook_mb=_mb(out / "naive" / "fitting.xlsx"))

    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 120)
    print(f"\n{args.n:,} plans, {round(args.distinct * 100)}% novelty; "
          f"{nonzero_cells:,} non-zero reuse cells of {n * (n - 1):,}")
    print("\nper table (new):")
    print(pd.DataFrame(per_table).to_string(index=False))
    print("\nsteps:")
    for row in Step.rows:
        print("  " + json.dumps(row, ensure_ascii=False, default=str))
    if args.json:
        args.json.write_text(json.dumps({"n": args.n, "distinct": args.distinct,
                                         "tables": per_table, "steps": Step.rows},
                                        ensure_ascii=False, indent=1, default=str))
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
