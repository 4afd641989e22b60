"""Classify groups into the design's categories, from the keywords in data/reference/."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
