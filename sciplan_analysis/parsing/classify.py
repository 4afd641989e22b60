"""Classify groups into the design's categories, from the keywords in data/reference/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sciplan_analysis import reference_files
from sciplan_analysis.config import CATEGORIES_FILE
from sciplan_analysis.errors import PlanError

CATEGORY_KINDS = ("population", "project", "implementation", "other")


@dataclass(frozen=True)
class Category:
    category: str
    category_en: str
    label_zh: str
    keywords: tuple[str, ...]
    kind: str = "other"  # population (whom a plan targets), project, implementation, other


@lru_cache(maxsize=4)
def load_categories(path: Path = CATEGORIES_FILE) -> tuple[Category, ...]:
    """The category vocabulary, in matching order; validated on load."""
    rows = reference_files.rows(path)
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
        kind = (row.get("kind") or "").strip()
        if kind not in CATEGORY_KINDS:
            raise PlanError(f"{path}: row {n}: kind {kind!r} is not one of {', '.join(CATEGORY_KINDS)}")
        categories.append(Category(name, row["category_en"].strip(), row["label_zh"].strip(), words, kind))
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


# The parts where a task's own words may decide its category (elsewhere its group's does).
CATEGORY_PARTS = ("actions", "projects")


def categories_named(text: str) -> list[Category]:
    """The categories (reference order) one of whose keywords occurs in `text`."""
    return [c for c in load_categories()
            if c.category not in ("implementation", "other") and any(w in text for w in c.keywords)]


def classify_task(title: str, group: Category | str, part: str) -> tuple[Category, str]:
    """A task's category and its source ('task' or 'group').

    The task's own title decides where it names a population (a youth task inside an
    infrastructure group is youth: a task naming whom it targets is about them, whatever
    group it sits in) or, in a group that is not a population's, a project; otherwise, and
    always outside the actions and projects parts, the group's category.
    """
    if isinstance(group, str):
        by_name = {c.category: c for c in load_categories()}
        group = by_name.get(group, by_name["other"])
    if part not in CATEGORY_PARTS:
        return group, "group"
    named = categories_named(title or "")
    if not named or group.category in {c.category for c in named}:
        return group, "group"
    populations = [c for c in named if c.kind == "population"]
    if populations:
        return populations[0], "task"
    if group.kind != "population":
        return named[0], "task"
    return group, "group"

