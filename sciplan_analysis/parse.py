"""One plan text → the tables of the contract: normalise, segment, extract, classify."""

from __future__ import annotations

import warnings
from pathlib import Path

from sciplan_analysis.classify import classify_group
from sciplan_analysis.corpus import Corpus
from sciplan_analysis.errors import ParseWarning, PlanError
from sciplan_analysis.extract import (
    commitments,
    dedupe_assignments,
    literacy_targets,
    match_table_rows,
    metadata,
    parse_bracket,
    table_rows,
)
from sciplan_analysis.normalise import paragraphs
from sciplan_analysis.segment import segment
from sciplan_analysis.sources import read_text

PLAN_FIELDS = ("name_zh", "name_en", "admin_level", "province", "parent", "status")


def parse_text(raw: str, plan_id: str, source: str = "<text>", **facts: object) -> Corpus:
    """Parse one plan's raw text into a one-plan `Corpus`.

    `facts` are the manifest's columns (name_zh, status, …); they win over what the text
    states. `source` names the file in errors and warnings.
    """
    if not raw.strip():
        raise PlanError(f"{source}: the file is empty")
    paras = paragraphs(raw)
    structure = segment(paras)
    problems: list[str] = []
    if not structure.recognised:
        message = (
            f"{source}: no part (一、) or group (（一）) headings found; "
            f"all {len(paras)} paragraphs are kept in segments with role 'other'"
        )
        warnings.warn(message, ParseWarning, stacklevel=2)
        problems.append(f"{plan_id}: {message}")
        structure.roles = ["other"] * len(paras)

    meta = metadata(structure)
    plan = {"plan_id": plan_id, **{k: facts.get(k) for k in PLAN_FIELDS}, **meta}
    for key in ("title", "period_start", "period_end", "issue_date", "doc_number", "issuer"):
        if facts.get(key) not in (None, ""):
            plan[key] = facts[key]
    plan["n_chars"] = sum(1 for ch in raw if not ch.isspace())
    plan["file"] = facts.get("file") or source

    records: dict[str, list[dict]] = {name: [] for name in Corpus.empty().tables()}
    records["plans"].append(plan)

    for n, (para, role) in enumerate(zip(structure.paragraphs, structure.roles, strict=True), start=1):
        records["segments"].append({
            "plan_id": plan_id, "seg_id": n, "role": role, "part": structure.parts[n - 1],
            "group_id": structure.group_of[n - 1], "task_id": structure.task_of[n - 1],
            "text": para.text, "start": para.start, "end": para.end,
        })

    for group in structure.groups:
        category = classify_group(group.heading, group.part)
        records["groups"].append({
            "plan_id": plan_id, "group_id": group.group_id, "part": group.part,
            "ordinal": group.ordinal, "heading": group.heading,
            "category": category.category, "category_en": category.category_en,
        })
        for task in group.tasks:
            records["tasks"].append({
                "plan_id": plan_id, "task_id": task.task_id, "group_id": group.group_id,
                "ordinal": task.ordinal, "title": task.title, "text": task.text,
                "n_chars": len(task.text),
            })
            pairs = [pair for bracket in task.brackets for pair in parse_bracket(bracket)]
            pairs, dropped = dedupe_assignments(pairs)
            if dropped:
                problems.append(f"{plan_id}: task {task.task_id} names a unit twice: {'; '.join(dropped)}")
            records["assignments"].extend(
                {"plan_id": plan_id, "task_id": task.task_id, "unit_raw": name, "unit": name,
                 "unit_en": None, "role": role, "source": "bracket"}
                for name, role in pairs
            )
            records["commitments"].extend(
                {"plan_id": plan_id, "task_id": task.task_id, **c} for c in commitments(task.text)
            )

    _table_assignments(structure, plan_id, records, problems, source)

    body = [p.text for p, role in zip(structure.paragraphs, structure.roles, strict=True) if role != "table"]
    for text in body:
        records["targets"].extend(
            {"plan_id": plan_id, **t} for t in literacy_targets(text, plan.get("period_start"))
        )
    corpus = Corpus.from_records(records, problems)
    for name in ("year",):
        corpus.targets[name] = corpus.targets[name].astype("Int64")
        corpus.commitments[name] = corpus.commitments[name].astype("Int64")
    return corpus


def _table_assignments(structure, plan_id, records, problems, source) -> None:
    """Tasks inherit the lead and partners of the division-of-labour table row of their group."""
    rows = table_rows([p for p in structure.paragraphs if p.is_table])
    if not rows:
        return
    bracketed = {r["task_id"] for r in records["assignments"]}
    candidates = [g for g in structure.groups if g.part in ("actions", "projects", "implementation")]
    matched = match_table_rows(rows, candidates)
    for row in rows:
        if row not in matched.values():
            message = f"{source}: table row {row.number} ({row.item}) matches no group heading"
            warnings.warn(message, ParseWarning, stacklevel=3)
            problems.append(f"{plan_id}: {message}")
    by_id = {g.group_id: g for g in structure.groups}
    for group_id, row in matched.items():
        pairs = [(u, "lead") for u in row.leads] + [(u, "partner") for u in row.partners]
        pairs, dropped = dedupe_assignments(pairs)
        if dropped:
            problems.append(f"{plan_id}: table row {row.number} names a unit twice: {'; '.join(dropped)}")
        for task in by_id[group_id].tasks:
            if task.task_id in bracketed:
                continue  # a task's own bracket is more specific than its group's table row
            records["assignments"].extend(
                {"plan_id": plan_id, "task_id": task.task_id, "unit_raw": name, "unit": name,
                 "unit_en": None, "role": role, "source": "table"}
                for name, role in pairs
            )


def parse_file(path: str | Path, plan_id: str | None = None, **facts: object) -> Corpus:
    """Parse one plan file (see `parse_text`); plan_id defaults to the file's stem."""
    path = Path(path)
    raw = read_text(path)
    facts.setdefault("file", path.name)
    return parse_text(raw, plan_id or path.stem, source=str(path), **facts)
