"""Command line: `python -m sciplan_analysis build | parse FILE | add PATH... | units | report`.

Exit status: 0 done; 1 `add` added plans but a later step failed or some files were not added
(the message says which), or the output pipe was closed; 2 nothing was done (the message names
the problem)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path

from sciplan_analysis.config import PROCESSED_DIR, RAW_DIR
from sciplan_analysis.errors import PlanError


def _build(args: argparse.Namespace) -> int:
    from sciplan_analysis.corpus import load_corpus, write_snapshot_corpus
    from sciplan_analysis.parsing.quality import parse_quality
    from sciplan_analysis.report.export import write_tables
    from sciplan_analysis.storage import current_snapshot, folder_lock, new_snapshot

    start = time.perf_counter()
    print("parsing data/raw/ …", file=sys.stderr)
    with folder_lock(RAW_DIR):  # no add changes data/raw/ while we build from it
        corpus = load_corpus(RAW_DIR, PROCESSED_DIR, refresh=True)
        print(parse_quality(corpus).to_string(index=False), file=sys.stderr)
        for problem in corpus.problems:
            print(f"  note: {problem}", file=sys.stderr)
        # every file into a new snapshot; the switch to it is one rename, at the end
        with new_snapshot(args.out, {"plans": len(corpus.plans)}) as snapshot:
            write_snapshot_corpus(corpus, snapshot, RAW_DIR, cached_in=PROCESSED_DIR)
            write_tables(corpus, snapshot)
    print(f"built in {time.perf_counter() - start:.1f} s: snapshot {current_snapshot(args.out)}",
          file=sys.stderr)
    return 0


def _summary(corpus) -> dict:
    from sciplan_analysis.parsing.quality import parse_quality

    plan = corpus.plans.iloc[0].to_dict()
    seg = corpus.segments
    units: dict[tuple[str, str], list[str]] = {}
    a = corpus.assignments
    for (task_id, role), names in a.groupby(["task_id", "role"], sort=False)["unit_raw"]:
        units[(task_id, role)] = names.tolist()
    tasks_of = {group_id: t for group_id, t in corpus.tasks.groupby("group_id", sort=False)}
    groups = []
    for g in corpus.groups.itertuples():
        tasks = tasks_of.get(g.group_id, corpus.tasks.iloc[:0])
        groups.append({
            "group_id": g.group_id, "part": g.part, "heading": g.heading, "category": g.category,
            "tasks": [
                {
                    "task_id": t.task_id, "title": t.title,
                    "lead": units.get((t.task_id, "lead"), []),
                    "partners": units.get((t.task_id, "partner"), []),
                }
                for t in tasks.itertuples()
            ],
        })
    parts = seg[(seg["role"] == "heading") & seg["group_id"].isna()]
    return {
        "plan": {k: (None if v != v else v) for k, v in plan.items()},
        "parts": [{"part": r.part, "heading": r.text} for r in parts.itertuples()],
        "groups": groups,
        "targets": corpus.targets.drop(columns="plan_id").astype(object).where(corpus.targets.notna(), None).to_dict("records"),
        "commitments": corpus.commitments.drop(columns="plan_id").astype(object).where(corpus.commitments.notna(), None).to_dict("records"),
        "unplaced": seg[(seg["role"] == "other") & seg["part"].isna()]["text"].tolist(),
        "quality": parse_quality(corpus).iloc[0].to_dict(),
        "problems": corpus.problems,
    }


def _print_summary(s: dict) -> None:
    p = s["plan"]
    print(f"{p['title'] or '(no title)'}  [{p['plan_id']}]")
    if p.get("title_source"):
        print(f"  title: from {p['title_source']}")
    for key in ("doc_number", "issuer", "issue_date", "period_start", "period_end", "n_chars"):
        if p.get(key) is not None:
            source = p.get(f"{key.removesuffix('_start').removesuffix('_end')}_source")
            print(f"  {key}: {p[key]}" + (f"  (from {source})" if source else ""))
    print(f"parts: {len(s['parts'])}")
    for part in s["parts"]:
        print(f"  {part['heading']}  ({part['part']})")
    for g in s["groups"]:
        print(f"group {g['group_id']} {g['heading']}  [{g['part']}, {g['category']}]  {len(g['tasks'])} task(s)")
        for t in g["tasks"]:
            units = "、".join(t["lead"]) or "—"
            partners = f" + {len(t['partners'])} partner(s)" if t["partners"] else ""
            print(f"    {t['task_id']:<8} {t['title'][:28]:<30} lead: {units}{partners}")
    print(f"targets: {len(s['targets'])}")
    for t in s["targets"]:
        unit = " points" if t["kind"] == "increase" else "%"  # 比2020年提高5个百分点
        print(f"  {t['kind']} {t['year']} {t['comparator']} {t['value']}{unit}  «{t['quote']}»")
    print(f"commitments: {len(s['commitments'])}")
    print(f"unplaced paragraphs: {len(s['unplaced'])}")
    for text in s["unplaced"]:
        print(f"  «{text[:60]}…»")
    q = s["quality"]
    print("quality: " + ", ".join(f"{k}={v}" for k, v in q.items() if k != "plan_id"))
    for problem in s["problems"]:
        print(f"note: {problem}")


def _parse(args: argparse.Namespace) -> int:
    from sciplan_analysis.corpus import load_plan

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_plan(args.file, plan_id=args.plan_id or Path(args.file).stem)
    summary = _summary(corpus)
    summary["warnings"] = [str(w.message) for w in caught]
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
    else:
        _print_summary(summary)
        for w in summary["warnings"]:
            print(f"warning: {w}", file=sys.stderr)
    return 0


def _units(args: argparse.Namespace) -> int:
    from sciplan_analysis.corpus import load_corpus
    from sciplan_analysis.parsing.units import ALIASES_FILE, unmapped_units

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus()
    if args.unmapped:
        names = unmapped_units(corpus.assignments)
        for name in names:
            plans = sorted(set(corpus.assignments.loc[corpus.assignments["unit_raw"] == name, "plan_id"]))
            print(f"{name}\t{','.join(plans)}")
        print(f"{len(names)} unmapped name(s); add them to {ALIASES_FILE}", file=sys.stderr)
        return 0
    counts = corpus.assignments.groupby(["unit", "role"]).size().unstack(fill_value=0)
    print(counts.sort_values(list(counts.columns), ascending=False).to_string())
    return 0


FLAGS = ("plan_id", "name_zh", "name_en", "admin_level", "province", "parent", "status")


def _add(args: argparse.Namespace) -> int:
    from sciplan_analysis.add import PlanAddedError, add_plans

    manifest = Path(args.raw_dir) / "plans.csv"
    flags = {key: getattr(args, key) for key in FLAGS if getattr(args, key)}
    failure: PlanAddedError | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            intakes = add_plans(args.paths, flags, replace=args.replace, dry_run=args.dry_run,
                                raw_dir=args.raw_dir, processed_dir=args.processed_dir)
        except PlanAddedError as err:
            failure, intakes = err, err.intakes
    done = [i for i in intakes if i.action in ("add", "replace")]
    refused = [i for i in intakes if i.action == "refuse"]
    if args.dry_run or len(intakes) > 1 or not done:
        _print_intakes(intakes, dry_run=args.dry_run)
    if args.dry_run:
        print(f"dry run: {len(done)} of {len(intakes)} file(s) would be added; nothing was changed")
        return 0
    rebuilt = "cache NOT rebuilt (see the error below)" if failure else "cache rebuilt"
    if done:
        ids = ", ".join(i.plan_id for i in done)
        print(f"added {ids} to {manifest}; {rebuilt}")
        for intake in done:
            for change in intake.changes:
                print(f"  changed {intake.plan_id} {change}" if len(done) > 1 else f"  changed {change}")
        print()
    if len(intakes) == 1 and done:
        _print_intake_facts(done[0])
        _print_summary(_summary(done[0].corpus))
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    if failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1
    if refused:
        print(f"error: {len(refused)} file(s) not added: "
              + "; ".join(f"{i.path}: {' '.join(i.problems)}" for i in refused), file=sys.stderr)
        return 1 if done else 2
    return 0


def _width(text: str) -> int:
    """Columns a string takes in a terminal (Chinese characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _sources_text(sources: dict[str, str]) -> str:
    """name=text, level/province/parent=gazetteer, status=default"""
    by_source: dict[str, list[str]] = {}
    for column, source in sources.items():
        by_source.setdefault(source, []).append(column.removesuffix("_source").replace("admin_", ""))
    return ", ".join(f"{'/'.join(cols)}={source}" for source, cols in by_source.items())


def _print_intakes(intakes: list, dry_run: bool) -> None:
    """One row per file: what `add` does (or would do) with it, the facts and their sources;
    notes and problems under it."""
    header = ["file", "action", "plan_id", "name_zh", "admin_level", "province", "parent",
              "status", "sources"]
    verbs = {"add": "add", "replace": "replace", "skip": "skip", "refuse": "NOT added"}
    rows = [[i.path.name, verbs[i.action], i.plan_id, *(i.row.get(k, "") for k in header[3:8]),
             _sources_text(i.sources)] for i in intakes]
    widths = [max(_width(r[n]) for r in [header, *rows]) for n in range(len(header))]
    print("  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip())
    for intake, row in zip(intakes, rows, strict=True):
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
        for note in intake.notes if dry_run else intake.notes[1:]:
            print(f"    note: {note}")
        for problem in intake.problems:
            print(f"    problem: {problem}")
    print()


def _print_intake_facts(intake) -> None:
    """The facts of one added plan and where each came from."""
    for key in ("name_zh", "name_en", "admin_level", "province", "parent", "status"):
        column = "name_source" if key == "name_zh" else f"{key}_source"
        source = intake.sources.get(column)
        if intake.row.get(key):
            print(f"  {key}: {intake.row[key]}" + (f"  (from {source})" if source else ""))
    for note in intake.notes[1:]:
        print(f"  note: {note}")
    print()


def _report(args: argparse.Namespace) -> int:
    from sciplan_analysis.report.notebooks import main as report_main

    argv = ["--timeout", str(args.timeout), "--lang", args.lang]
    argv += ["--out", args.out] if args.out else []
    return report_main(argv)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sciplan_analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="parse data/raw/ and write every table to data/processed/")
    b.add_argument("--out", default=str(PROCESSED_DIR),
                   help="output folder (default: data/processed): a new snapshot in it")
    b.set_defaults(func=_build)
    p = sub.add_parser("parse", help="show what the parser finds in one plan text")
    p.add_argument("file")
    p.add_argument("--plan-id", help="id for the plan (default: the file's stem)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_parse)
    u = sub.add_parser("units", help="unit names and their canonical units")
    u.add_argument("--unmapped", action="store_true", help="list raw names the crosswalk lacks")
    u.set_defaults(func=_units)
    a = sub.add_parser("add", help="add plans (.txt, .docx, text .pdf or saved .html pages; files or "
                       "folders) to data/raw/ and the manifest, their region read from the text")
    a.add_argument("paths", nargs="+", metavar="PATH", help="plan files, or folders of them")
    a.add_argument("--dry-run", action="store_true",
                   help="print what would be added (facts, sources, problems); change nothing")
    a.add_argument("--plan-id", help="short lower-case id, e.g. wuxi (default: pinyin of the region)")
    a.add_argument("--name-zh", help="region name in Chinese, e.g. 巫溪县 (default: from the title or issuer)")
    a.add_argument("--name-en", help="region name in English")
    a.add_argument("--admin-level", help="county, district, city, municipality, province")
    a.add_argument("--province")
    a.add_argument("--parent", help="the parent region whose plan this one implements")
    a.add_argument("--status", choices=["final", "draft", "fragment"],
                   help="default: draft when the text says 征求意见稿, else final; with --replace, "
                   "the plan's status")
    a.add_argument("--replace", action="store_true",
                   help="replace a plan with the same id, or the plan a file repeats (fields not "
                   "given are kept)")
    a.add_argument("--raw-dir", default=str(RAW_DIR), help=argparse.SUPPRESS)
    a.add_argument("--processed-dir", default=str(PROCESSED_DIR), help=argparse.SUPPRESS)
    a.set_defaults(func=_add)
    r = sub.add_parser("report", help="run every notebook and write reports/")
    r.add_argument("--out", default=None, help="reports folder (default: reports/)")
    r.add_argument("--timeout", type=int, default=600, help="seconds allowed per notebook cell")
    r.add_argument("--lang", default="zh", choices=["zh", "en"],
                   help="the report's one language: zh (default) or en")
    r.set_defaults(func=_report)
    args = parser.parse_args(argv)
    try:
        status = args.func(args)
        sys.stdout.flush()  # inside the try: a closed pipe is reported here, not at exit
        return status
    except PlanError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `… | head` closed our output: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit cannot fail too
        return 1
    except OSError as err:  # a folder not writable, a disk full: nothing was switched or added
        where = f"{err.filename}: " if err.filename else ""
        print(f"error: {where}{err.strerror or err}; nothing was changed", file=sys.stderr)
        return 2
