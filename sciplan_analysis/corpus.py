"""The corpus: every plan's tables, loaded from the cache or parsed from `data/raw/`."""

from __future__ import annotations

import pickle
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from sciplan_analysis.tables import COLUMNS, TABLES

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
RAW_DIR = PROJECT_DIR / "data" / "raw"
PROCESSED_DIR = PROJECT_DIR / "data" / "processed"
REFERENCE_DIR = PROJECT_DIR / "data" / "reference"
CACHE_NAME = "corpus.pkl"
CACHE_FORMAT = 1


@dataclass
class Corpus:
    """Tidy tables of one or more plans; see `tables.COLUMNS` for the contract."""

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
        return cls(**tables, problems=list(problems or []))

    @classmethod
    def concat(cls, corpora: list[Corpus]) -> Corpus:
        if not corpora:
            return cls.empty()
        tables = {
            name: pd.concat([getattr(c, name) for c in corpora], ignore_index=True)
            for name in TABLES
        }
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
