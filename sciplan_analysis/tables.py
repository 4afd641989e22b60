"""The table contract: the columns of every table the corpus holds, in order.

These are the columns promised in the README; `Corpus` always carries them, even when a
table has no rows (the Chongqing fragment has no targets: its plan has no rows, not zeros).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

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

# The parts whose groups are divided into tasks.
TASK_PARTS = ("actions", "projects", "implementation")


@dataclass
class Corpus:
    """Tidy tables of one or more plans; see `COLUMNS` for the contract."""

    plans: pd.DataFrame
    segments: pd.DataFrame
    groups: pd.DataFrame
    tasks: pd.DataFrame
    assignments: pd.DataFrame
    targets: pd.DataFrame
    commitments: pd.DataFrame
    problems: list[str] = field(default_factory=list)

    @classmethod
    def empty(cls) -> Corpus:
        return cls(**{name: pd.DataFrame(columns=COLUMNS[name]) for name in TABLES})

    @classmethod
    def from_records(cls, records: dict[str, list[dict]], problems: list[str] | None = None) -> Corpus:
        """Build a corpus from lists of row dicts, one list per table."""
        tables = {
            name: pd.DataFrame(records.get(name, []), columns=COLUMNS[name]) for name in TABLES
        }
        for name, column in (("targets", "year"), ("commitments", "year"), ("plans", "period_start"),
                             ("plans", "period_end")):
            tables[name][column] = pd.array(tables[name][column], dtype="Int64")
        return cls(**tables, problems=list(problems or []))

    @classmethod
    def concat(cls, corpora: list[Corpus]) -> Corpus:
        if not corpora:
            return cls.empty()
        tables = {}
        for name in TABLES:
            frames = [getattr(c, name) for c in corpora if len(getattr(c, name))]
            tables[name] = (
                pd.concat(frames, ignore_index=True) if frames else cls.empty().tables()[name]
            )
        return cls(**tables, problems=[p for c in corpora for p in c.problems])

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in contract order."""
        return {name: getattr(self, name) for name in TABLES}

    def plan(self, plan_id: str) -> Corpus:
        """The sub-corpus of one plan."""
        if plan_id not in set(self.plans["plan_id"]):
            raise KeyError(f"no plan {plan_id!r}; known: {', '.join(self.plans['plan_id'])}")
        tables = {
            name: df[df["plan_id"] == plan_id].reset_index(drop=True)
            for name, df in self.tables().items()
        }
        return Corpus(**tables, problems=[p for p in self.problems if p.startswith(plan_id)])

    @property
    def plan_ids(self) -> list[str]:
        return list(self.plans["plan_id"])

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables().items())
        return f"Corpus({sizes})"
