"""How well each plan was parsed: what was found, and what could not be placed."""

from __future__ import annotations

import pandas as pd

from sciplan_analysis.parsing.units import load_aliases
from sciplan_analysis.tables import Corpus


def parse_quality(corpus: Corpus) -> pd.DataFrame:
    """One row per plan: counts of parts, groups, tasks and assignments, the share of body
    text placed in tasks, tasks without any unit, unmapped unit names, unplaced paragraphs."""
    known = set(load_aliases()["alias"])
    rows = []
    for plan_id in corpus.plan_ids:
        seg = corpus.segments[corpus.segments["plan_id"] == plan_id]
        tasks = corpus.tasks[corpus.tasks["plan_id"] == plan_id]
        assign = corpus.assignments[corpus.assignments["plan_id"] == plan_id]
        body = seg[seg["role"].isin(["task", "intro", "other", "heading"])]
        body_chars = body["text"].str.len().sum()
        task_chars = seg.loc[seg["role"] == "task", "text"].str.len().sum()
        unplaced = seg[(seg["role"] == "other") & seg["part"].isna()]
        unmapped = sorted(set(assign["unit_raw"]) - known) if known else []
        rows.append({
            "plan_id": plan_id,
            "parts": int(((seg["role"] == "heading") & seg["group_id"].isna()).sum()),
            "groups": int((corpus.groups["plan_id"] == plan_id).sum()),
            "tasks": len(tasks),
            "assignments": len(assign),
            "task_text_share": round(task_chars / body_chars, 3) if body_chars else 0.0,
            "tasks_without_unit": int((~tasks["task_id"].isin(assign["task_id"])).sum()),
            "unmapped_units": len(unmapped),
            "unplaced_paragraphs": len(unplaced),
        })
    return pd.DataFrame(rows)
