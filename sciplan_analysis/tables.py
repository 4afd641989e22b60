"""The table contract: the columns of every table the corpus holds, in order.

These are the columns promised in the README; `Corpus` always carries them, even when a
table has no rows (the Chongqing fragment has no targets: its plan has no rows, not zeros).
"""

from __future__ import annotations

COLUMNS: dict[str, list[str]] = {
    "plans": [
        "plan_id", "name_zh", "name_en", "admin_level", "province", "parent", "status",
        "title", "doc_number", "issuer", "issue_date", "period_start", "period_end", "n_chars",
        "file",
    ],
    "segments": [
        "plan_id", "seg_id", "role", "part", "group_id", "task_id", "text", "start", "end",
    ],
    "groups": [
        "plan_id", "group_id", "part", "ordinal", "heading", "category", "category_en",
    ],
    "tasks": [
        "plan_id", "task_id", "group_id", "ordinal", "title", "text", "n_chars",
    ],
    "assignments": [
        "plan_id", "task_id", "unit_raw", "unit", "unit_en", "role", "source",
    ],
    "targets": [
        "plan_id", "kind", "year", "value", "comparator", "quote",
    ],
    "commitments": [
        "plan_id", "task_id", "value", "measure", "year", "quote",
    ],
}

TABLES: tuple[str, ...] = tuple(COLUMNS)

# Segment roles, part kinds: the small vocabularies the parser writes.
ROLES = ("front", "heading", "intro", "task", "table", "other")
PART_KINDS = ("background", "goals", "actions", "projects", "implementation", "other")
TASK_PARTS = ("actions", "projects", "implementation")
