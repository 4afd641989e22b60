"""Command line: `python -m sciplan_analysis build | parse FILE | add FILE | units | report`.

Exit status: 0 done; 1 `add` added the plan but a later step failed (the message says which),
or the output pipe was closed; 2 nothing was done (the message names the problem)."""

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
            write_snapshot_corpus(corpus, snapshot, RAW_DIR)
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


def _add(args: argparse.Namespace) -> int:
    from sciplan_analysis.add import PlanAddedError, add_plan

    manifest = Path(args.raw_dir) / "plans.csv"
    failure: PlanAddedError | None = None
    changes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:  # a field not given is None: --replace keeps the plan's value
            corpus = add_plan(
                args.file, args.plan_id, args.name_zh, name_en=args.name_en,
                admin_level=args.admin_level, province=args.province, parent=args.parent,
                status=args.status, replace=args.replace, raw_dir=args.raw_dir,
                processed_dir=args.processed_dir, changes=changes,
            )
        except PlanAddedError as err:
            failure, corpus = err, err.corpus
    rebuilt = "cache NOT rebuilt (see the error below)" if failure else "cache rebuilt"
    print(f"added {args.plan_id} to {manifest}; {rebuilt}")
    for change in changes:
        print(f"  changed {change}")
    print()
    _print_summary(_summary(corpus))
    for w in caught:
        print(f"warning: {w.message}", file=sys.stderr)
    if failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1
    return 0


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
    a = sub.add_parser("add", help="add a plan (.txt, .docx, text .pdf or saved .html page) to data/raw/ and the manifest")
    a.add_argument("file")
    a.add_argument("--plan-id", required=True, help="short lower-case id, e.g. wuxi")
    a.add_argument("--name-zh", help="region name in Chinese, e.g. 巫溪县 (needed for a new plan)")
    a.add_argument("--name-en", help="region name in English")
    a.add_argument("--admin-level", help="county, district, city, municipality, province")
    a.add_argument("--province")
    a.add_argument("--parent", help="the parent region whose plan this one implements")
    a.add_argument("--status", choices=["final", "draft", "fragment"],
                   help="default: final for a new plan; with --replace, the plan's status")
    a.add_argument("--replace", action="store_true",
                   help="replace a plan with the same id (fields not given are kept)")
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
