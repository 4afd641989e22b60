"""Command line: `python -m sciplan_analysis build | parse FILE | add PATH... | units |
check [ID TOOL …] | report`.

Exit status: 0 done; 1 `add` added plans but a later step failed or some files were not added
(the message says which), or the output pipe was closed; 2 nothing was done (the message names
the problem: for `check`, an unknown id, plan or tool, a clause already checked, a malformed
checks file)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings
from pathlib import Path

from sciplan_analysis.config import CHECKS_FILE, PROCESSED_DIR, RAW_DIR
from sciplan_analysis.errors import PlanError


def _build(args: argparse.Namespace) -> int:
    from sciplan_analysis.corpus import load_corpus, write_snapshot_corpus
    from sciplan_analysis.parsing.quality import parse_quality
    from sciplan_analysis.report.export import write_tables
    from sciplan_analysis.storage import current_snapshot, folder_lock, new_snapshot

    start = time.perf_counter()
    print(f"parsing {_folder(RAW_DIR)} …", file=sys.stderr)  # the folder read ($SCIPLAN_RAW_DIR)
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


def _folder(path: Path) -> str:
    """A folder as the build names it: relative to the working directory where it lies
    inside it (data/raw/), else in full, with a closing slash."""
    path = Path(path)
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        shown = path
    return f"{shown.as_posix().rstrip('/')}/"


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


FLAGS = ("plan_id", "name_zh", "name_en", "admin_level", "province", "parent", "status", "source_url")


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


# --------------------------------------------------------------------------- check

def clause_id(plan_id: str, task_id: str, clause_no: int) -> str:
    """The id `check` shows and takes for a clause: ``wuxi:3.1.2/5`` (plan, task, clause number)."""
    return f"{plan_id}:{task_id}/{clause_no}"


def _nearest(word: str, choices, n: int = 5) -> list[str]:
    import difflib

    return difflib.get_close_matches(word, list(choices), n=n, cutoff=0.5)


def _check_corpus(args: argparse.Namespace):
    """The corpus with the checks file (`--checks-file`) applied over the cache's tables, as
    `load_corpus` gives it; parsed and cached first (saying so on stderr) only when the cache is
    missing or out of date (a plan, the code or a reference file the parser reads changed: a
    check written never makes it so). Its hand-check and cache warnings are printed; the unit
    crosswalk's are `units --unmapped`'s."""
    from sciplan_analysis.corpus import cached_corpus, load_corpus, with_checks
    from sciplan_analysis.errors import ChecksWarning
    from sciplan_analysis.parsing import checks

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        hand = checks.load_checks(args.checks_file)  # a malformed file: refused before any parse
        corpus = cached_corpus(args.raw_dir, args.processed_dir)
        if corpus is None:
            print(f"parsing {args.raw_dir} (the cache is missing or out of date: a plan, the code "
                  "or a reference file the parser reads changed) …", file=sys.stderr)
            corpus = load_corpus(args.raw_dir, args.processed_dir, checks=args.checks_file)
        else:  # what load_corpus does on a fresh cache
            corpus = with_checks(corpus, hand)
            checks.warn_unapplied(corpus.plans["plan_id"], corpus.problems, hand)
    for w in caught:
        if issubclass(w.category, ChecksWarning) or "cache" in str(w.message):
            print(f"warning: {w.message}", file=sys.stderr)
    return corpus


def _find_clause(clauses, wanted: str):
    """The clause row an id names (``plan:task/clause``; ``plan:task.clause`` is read too); a
    PlanError naming the nearest ids when no clause has it."""
    plan_id, _, rest = wanted.partition(":")
    plans = list(dict.fromkeys(clauses["plan_id"]))
    if plan_id not in plans:
        near = _nearest(plan_id, plans)
        raise PlanError(f"no plan {plan_id!r} in the corpus" + (f"; did you mean {', '.join(near)}?" if near
                        else f"; its plans are {', '.join(plans[:20])}{' …' if len(plans) > 20 else ''}")
                        + " (ids look like wuxi:3.1.2/5: plan, task, clause number)")
    mine = clauses[clauses["plan_id"] == plan_id]
    ids = [clause_id(plan_id, t, n) for t, n in zip(mine["task_id"], mine["clause_no"], strict=True)]
    task, sep, number = rest.rpartition("/")
    if not sep:
        task, _, number = rest.rpartition(".")
    if task and number.isdigit():
        hit = mine[(mine["task_id"] == task) & (mine["clause_no"] == int(number))]
        if len(hit):
            return hit.iloc[0]
    named = next((t for t in (task, rest) if t and (mine["task_id"] == t).any()), None)
    of_task = mine[mine["task_id"] == named]["clause_no"].tolist()
    near = _nearest(wanted, ids)
    hint = (f"task {named} has clauses {min(of_task)}-{max(of_task)}" if of_task else
            f"nearest: {', '.join(near)}" if near else f"{plan_id}'s clauses run {ids[0]} … {ids[-1]}"
            if ids else f"{plan_id} has no clauses")
    raise PlanError(f"no clause {wanted!r} in the corpus ({hint}; ids look like {plan_id}:3.1.2/5: "
                    "plan, task, clause number; `python -m sciplan_analysis check --all --plan "
                    f"{plan_id}` lists them)")


def _short(text: str, width: int) -> str:
    """`text` on one line, cut to `width` terminal columns with … ."""
    text = " ".join(str(text).split())
    if _width(text) <= width:
        return text
    out, used = "", 0
    for c in text:
        w = _width(c)
        if used + w > width - 1:
            break
        out, used = out + c, used + w
    return out + "…"


def _list_checks(args: argparse.Namespace, corpus) -> int:
    """One line per clause to check (every clause with --all), grouped by plan; a count of what
    was listed on stderr. Linear in the clauses (no pass over them per plan). `corpus` has the
    checks file applied (`_check_corpus`): a checked clause is coded_by checked, its review
    cleared."""
    import shutil
    from collections import Counter

    clauses = corpus.clauses.reset_index(drop=True)
    plans = corpus.plans
    if args.plan:
        if args.plan not in set(plans["plan_id"]):
            near = _nearest(args.plan, plans["plan_id"])
            raise PlanError(f"no plan {args.plan!r} in the corpus"
                            + (f"; did you mean {', '.join(near)}?" if near else ""))
        plans = plans[plans["plan_id"] == args.plan]
        clauses = clauses[clauses["plan_id"] == args.plan].reset_index(drop=True)
    checked = [by == "checked" for by in clauses["coded_by"]]
    review = [r if isinstance(r, str) and r and not done else "" for r, done
              in zip(clauses["review"], checked, strict=True)]
    plan_of = clauses["plan_id"].tolist()
    n_all, n_check = Counter(plan_of), Counter(p for p, r in zip(plan_of, review, strict=True) if r)
    n_checked = Counter(p for p, done in zip(plan_of, checked, strict=True) if done)
    rows_of: dict[str, list[list[str]]] = {}
    shown = [i for i in range(len(clauses)) if args.all or review[i]]
    picked = clauses.iloc[shown]
    for i, plan_id, task_id, clause_no, tool, text in zip(
            shown, picked["plan_id"], picked["task_id"], picked["clause_no"], picked["tool"],
            picked["text"], strict=True):
        rows_of.setdefault(plan_id, []).append(
            [clause_id(plan_id, task_id, clause_no), "checked" if checked[i] else "model",
             str(tool), review[i] or "—", str(text)])
    header = ["id", "coded_by", "tool", "rules' reading", "clause"]
    every = [r for rows in rows_of.values() for r in rows]
    widths = [max(_width(r[n]) for r in [header, *every]) for n in range(4)]
    # cut to the terminal's width; piped or redirected (grep, a file), every clause whole
    columns = shutil.get_terminal_size((120, 24)).columns if sys.stdout.isatty() else None
    room = max(24, columns - 2 - sum(w + 2 for w in widths)) if columns else 10**9
    printed = False
    for plan_id, name_zh in zip(plans["plan_id"], plans["name_zh"], strict=True):
        if plan_id not in rows_of and not args.plan:
            continue
        print() if printed else None
        printed = True
        name = f"  {name_zh}" if isinstance(name_zh, str) and name_zh else ""
        print(f"{plan_id}{name}: {n_check[plan_id]} to check, {n_checked[plan_id]} checked, "
              f"{n_all[plan_id]} clause(s) in all")
        if plan_id in rows_of:
            print("  " + "  ".join([*(_pad(h, w) for h, w in zip(header, widths, strict=False)),
                                    header[4]]))
        for row in rows_of.get(plan_id, []):
            cells = [_pad(v, w) for v, w in zip(row, widths, strict=False)]
            print("  " + "  ".join([*cells, _short(row[4], room)]))
    to_check = sum(n_check.values())
    what = (f"{len(shown)} clause(s) in {len(plans)} plan(s), {to_check} marked to check" if args.all
            else f"{len(shown)} clause(s) marked to check (the rules read another tool than the model) in "
            f"{len(plans)} plan(s)")
    print(f"{what}; record decisions with `python -m sciplan_analysis check ID TOOL [ID TOOL …] [--note TEXT]`",
          file=sys.stderr)
    return 0


def _decisions(words: list[str]) -> list[tuple[str, str]]:
    """ID TOOL [ID TOOL …] as (id, tool) pairs; a PlanError for an id without its tool or a tool
    the scheme does not have (nothing is written)."""
    from sciplan_analysis.tables import INSTRUMENT_TOOLS

    if len(words) % 2:
        raise PlanError(f"give the tool decided for {words[-1]}: one of {', '.join(INSTRUMENT_TOOLS)} "
                        "(ids and tools come in pairs: ID TOOL [ID TOOL …])")
    pairs = list(zip(words[::2], words[1::2], strict=True))
    for cid, tool in pairs:
        if tool not in INSTRUMENT_TOOLS:
            near = _nearest(tool, INSTRUMENT_TOOLS, n=1)
            raise PlanError(f"unknown tool {tool!r} for {cid}" + (f" (did you mean {near[0]}?)" if near else "")
                            + f"; the scheme's tools are {', '.join(INSTRUMENT_TOOLS)} (INSTRUMENTS.md)"
                            + ("; nothing was written" if len(pairs) > 1 else ""))
    return pairs


def _check(args: argparse.Namespace) -> int:
    from sciplan_analysis.parsing import checks
    from sciplan_analysis.tables import INSTRUMENT_TOOLS

    path = Path(args.checks_file)
    if not args.decisions:
        return _list_checks(args, _check_corpus(args))
    if args.plan or args.all:
        raise PlanError("--plan and --all list clauses; they take no ID and TOOL")
    pairs = _decisions(args.decisions)
    corpus = _check_corpus(args)
    found = [(_find_clause(corpus.clauses, cid), tool) for cid, tool in pairs]
    done = checks.record_many(found, note=args.note or "", who=args.who or "",
                              replace=args.replace, path=path)
    for (clause, tool), wrote in zip(found, done, strict=True):
        cid = clause_id(clause["plan_id"], clause["task_id"], clause["clause_no"])
        second = clause["review"] if isinstance(clause["review"], str) and clause["review"] else "—"
        whose = "the model's" if clause["coded_by"] == checks.MODEL else "its checked"
        print(f"checked {cid} as {tool} ({INSTRUMENT_TOOLS[tool]}); {whose} tool: "
              f"{clause['tool']}, the rules' reading where it differs: {second}")
        print(f"  {' '.join(str(clause['text']).split())}")
        if wrote.replaced is not None:
            old = wrote.replaced
            print(f"replaced line {wrote.line} of {wrote.path} (was {old.tool}"
                  + "".join(f" {k} {v}" for k, v in (("by", old.who), ("on", old.when)) if v) + "):")
        else:
            print(f"appended to {wrote.path}, line {wrote.line}:")
        print(f"  {wrote.text}")
        for other in wrote.same_text_elsewhere:
            print(f"note: {other.where} checks the same text at {other.start}-{other.end} (stale: "
                  "the text has moved); remove that row or correct its offsets")
    print("every load applies " + ("it" if len(done) == 1 else f"these {len(done)} checks")
          + " from now on, with no re-parse (the checks are applied over the cached tables): the "
          "next list, build or report shows " + ("it" if len(done) == 1 else "them"))
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
    a.add_argument("--url", dest="source_url", metavar="URL",
                   help="the address the page was saved from (http:// or https://; default: what a saved .html "
                   "page says; never fetched): its host may say the page is a copy or a paper")
    a.add_argument("--replace", action="store_true",
                   help="replace a plan with the same id, or the plan a file repeats (fields not "
                   "given are kept)")
    a.add_argument("--raw-dir", default=str(RAW_DIR), help=argparse.SUPPRESS)
    a.add_argument("--processed-dir", default=str(PROCESSED_DIR), help=argparse.SUPPRESS)
    a.set_defaults(func=_add)
    c = sub.add_parser("check", help="list the clause codes to check by hand, or record the "
                       "decisions on those given (data/reference/instrument_checks.csv)",
                       description="Without ID and TOOL: list the clauses whose code the second "
                       "reading marks to check (or every clause, --all), one line each, with the "
                       "id to type. With them: append each clause's row to the checks file (several "
                       "pairs in one write: every row or none); the next load applies them (no "
                       "re-parse).")
    c.add_argument("decisions", nargs="*", metavar="ID TOOL", help="a clause, as the list shows "
                   "it (plan:task/clause, e.g. wuxi:3.1.2/5), and the tool decided: one of the "
                   "scheme's 14 tools or none; several pairs are written together, all or none")
    c.add_argument("--plan", metavar="ID", help="list one plan's clauses only")
    c.add_argument("--all", action="store_true", help="list every clause, not only those to check")
    c.add_argument("--note", help="why (kept in the row; the clause's cue reads checked: NOTE)")
    c.add_argument("--who", help="who checked it")
    c.add_argument("--replace", action="store_true",
                   help="replace the clause's row if it is already checked")
    c.add_argument("--checks-file", default=str(CHECKS_FILE), help=argparse.SUPPRESS)
    c.add_argument("--raw-dir", default=str(RAW_DIR), help=argparse.SUPPRESS)
    c.add_argument("--processed-dir", default=str(PROCESSED_DIR), help=argparse.SUPPRESS)
    c.set_defaults(func=_check)
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
