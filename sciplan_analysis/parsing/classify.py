"""Classify groups into the design's categories, from the keywords in data/reference/."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from sciplan_analysis.config import CATEGORIES_FILE
from sciplan_analysis.errors import PlanError


@dataclass(frozen=True)
class Category:
    category: str
    category_en: str
    label_zh: str
    keywords: tuple[str, ...]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as f:
        lines = [line for line in f if not line.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=4)
def load_categories(path: Path = CATEGORIES_FILE) -> tuple[Category, ...]:
    """The category vocabulary, in matching order; validated on load."""
    rows = _rows(path)
    seen: set[str] = set()
    categories = []
    for n, row in enumerate(rows, start=2):
        name = (row.get("category") or "").strip()
        if not name:
            raise PlanError(f"{path}: row {n} has no category")
        if name in seen:
            raise PlanError(f"{path}: row {n}: category {name!r} is listed twice")
        seen.add(name)
        words = tuple(w.strip() for w in (row.get("keywords") or "").split("|") if w.strip())
        categories.append(Category(name, row["category_en"].strip(), row["label_zh"].strip(), words))
    for needed in ("implementation", "other"):
        if needed not in seen:
            raise PlanError(f"{path}: the category {needed!r} is required")
    return tuple(categories)


def classify_group(heading: str, part: str) -> Category:
    """The category of a group from its part and heading."""
    categories = load_categories()
    by_name = {c.category: c for c in categories}
    if part == "implementation":
        return by_name["implementation"]
    if part not in ("actions", "projects"):
        return by_name["other"]
    for category in categories:
        if category.category != "implementation" and any(w in heading for w in category.keywords):
            return category
    return by_name["other"]


# The populations among the categories (DESIGN.md): a task naming one of them is about it,
# whatever group it sits in; a task naming a project counts only outside population groups.
POPULATIONS = frozenset({"youth", "farmers", "industrial_workers", "elderly",
                         "cadres_civil_servants", "urban_residents"})
TASK_PARTS = ("actions", "projects")


def categories_named(text: str) -> list[Category]:
    """The categories (reference order) one of whose keywords occurs in `text`."""
    return [c for c in load_categories()
            if c.category not in ("implementation", "other") and any(w in text for w in c.keywords)]


def classify_task(title: str, group_category: str, part: str) -> tuple[Category, str]:
    """A task's category and its source ('task' or 'group').

    The task's own title decides where it names a population (a youth task inside an
    infrastructure group is youth) or, in a group that is not a population's, a project;
    otherwise, and always outside the actions and projects parts, the group's category.
    """
    by_name = {c.category: c for c in load_categories()}
    group = by_name.get(group_category, by_name["other"])
    if part not in TASK_PARTS:
        return group, "group"
    named = categories_named(title or "")
    if not named or group.category in {c.category for c in named}:
        return group, "group"
    populations = [c for c in named if c.category in POPULATIONS]
    if populations:
        return populations[0], "task"
    if group.category not in POPULATIONS:
        return named[0], "task"
    return group, "group"


def task_categories(tasks: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    """category, category_en and category_source for each row of `tasks` (same index).

    `groups` needs plan_id, group_id, part and category.
    """
    g = groups[["plan_id", "group_id", "part", "category"]].rename(columns={"category": "group_category"})
    merged = tasks[["plan_id", "group_id", "title"]].merge(g, on=["plan_id", "group_id"], how="left")
    rows = []
    for r in merged.itertuples(index=False):
        cat, source = classify_task(str(r.title or ""), str(r.group_category or "other"), str(r.part or ""))
        rows.append((cat.category, cat.category_en, source))
    return pd.DataFrame(rows, columns=["category", "category_en", "category_source"], index=tasks.index)
