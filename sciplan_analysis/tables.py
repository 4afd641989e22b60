"""The table contract: the columns of every table the corpus holds, in order.

These are the columns promised in the README; `Corpus` always carries them, even when a
table has no rows (the Chongqing fragment has no targets: its plan has no rows, not zeros).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pandas as pd

COLUMNS: dict[str, list[str]] = {
    "plans": [
        "plan_id", "name_zh", "name_en", "admin_level", "province", "parent", "status",
        "title", "doc_number", "issuer", "issue_date", "period_start", "period_end", "n_chars",
        "file", "source_url", "title_source", "doc_number_source", "issuer_source", "issue_date_source",
        "period_source",
        "doc_type", "doc_type_source", "page_kind", "page_kind_source",
        "name_source", "admin_level_source", "province_source", "parent_source",
        "status_source",
    ],
    "segments": [
        "plan_id", "seg_id", "role", "part", "group_id", "task_id", "text", "start", "end",
    ],
    "groups": [
        "plan_id", "group_id", "part", "ordinal", "heading", "category", "category_en",
    ],
    "tasks": [
        "plan_id", "task_id", "group_id", "ordinal", "title", "text", "n_chars", "category",
        "category_en", "category_source",
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
    "citations": [
        "plan_id", "title", "doc_number", "issuer_level", "is_parent",
    ],
    "clauses": [
        "plan_id", "task_id", "clause_no", "text", "start", "end", "tool", "type", "cue", "review",
        "coded_by", "rule_tool", "rule_type",
    ],
}

TABLES: tuple[str, ...] = tuple(COLUMNS)

# Column types: "str" (Python strings), "Int64" (nullable integers: years), "int64" (offsets,
# ordinals, counts), "float64" (values). A column listed in NULLABLE may be missing (None/<NA>).
DTYPES: dict[str, dict[str, str]] = {
    "plans": {
        "plan_id": "str", "name_zh": "str", "name_en": "str", "admin_level": "str",
        "province": "str", "parent": "str", "status": "str", "title": "str", "doc_number": "str",
        "issuer": "str", "issue_date": "str", "period_start": "Int64", "period_end": "Int64",
        "n_chars": "int64", "file": "str", "source_url": "str", "title_source": "str",
        "doc_number_source": "str",
        "issuer_source": "str", "issue_date_source": "str", "period_source": "str",
        "doc_type": "str", "doc_type_source": "str", "page_kind": "str", "page_kind_source": "str",
        "name_source": "str", "admin_level_source": "str", "province_source": "str",
        "parent_source": "str", "status_source": "str",
    },
    "segments": {
        "plan_id": "str", "seg_id": "int64", "role": "str", "part": "str", "group_id": "str",
        "task_id": "str", "text": "str", "start": "int64", "end": "int64",
    },
    "groups": {
        "plan_id": "str", "group_id": "str", "part": "str", "ordinal": "int64", "heading": "str",
        "category": "str", "category_en": "str",
    },
    "tasks": {
        "plan_id": "str", "task_id": "str", "group_id": "str", "ordinal": "int64", "title": "str",
        "text": "str", "n_chars": "int64", "category": "str", "category_en": "str",
        "category_source": "str",
    },
    "assignments": {
        "plan_id": "str", "task_id": "str", "unit_raw": "str", "unit": "str", "unit_en": "str",
        "role": "str", "source": "str",
    },
    "targets": {
        "plan_id": "str", "kind": "str", "year": "Int64", "value": "float64", "comparator": "str",
        "quote": "str",
    },
    "commitments": {
        "plan_id": "str", "task_id": "str", "value": "float64", "measure": "str", "year": "Int64",
        "quote": "str",
    },
    "citations": {
        "plan_id": "str", "title": "str", "doc_number": "str", "issuer_level": "str",
        "is_parent": "bool",
    },
    "clauses": {
        "plan_id": "str", "task_id": "str", "clause_no": "int64", "text": "str", "start": "Int64",
        "end": "Int64", "tool": "str", "type": "str", "cue": "str", "review": "str",
        "coded_by": "str", "rule_tool": "str", "rule_type": "str",
    },
}

# plans: a file parsed without manifest facts has only its id, text facts and file; assignments:
# a unit the crosswalk does not map has no English name.
NULLABLE: dict[str, set[str]] = {
    "plans": {"name_zh", "name_en", "admin_level", "province", "parent", "status", "title",
              "doc_number", "issuer", "issue_date", "period_start", "period_end", "title_source",
              "doc_number_source", "issuer_source", "issue_date_source", "period_source",
              "doc_type", "doc_type_source", "source_url",
              "name_source", "admin_level_source", "province_source", "parent_source",
              "status_source"},
    "segments": {"part", "group_id", "task_id"},
    "assignments": {"unit_en"},
    "targets": {"year"},
    "commitments": {"year"},
    "citations": {"doc_number", "issuer_level"},
    "clauses": {"start", "end", "review"},  # a clause the raw text cannot be aligned with; no flag
}

# Allowed values (groups.category: the categories of data/reference/categories.csv).
SEGMENT_ROLES = ("front", "heading", "intro", "task", "table", "chrome", "other")
PARTS = ("background", "goals", "actions", "projects", "implementation", "other")
UNIT_ROLES = ("lead", "partner")
UNIT_SOURCES = ("bracket", "table")
# increase: a target relative to a baseline year (比2020年提高5个百分点), value in points.
TARGET_KINDS = ("target", "baseline", "increase")
COMPARATORS = (">", ">=", "=", "aim")
STATUSES = ("final", "draft", "fragment")
# Where a plan's metadata value came from (manifest facts win over the text).
# lead: a news item's lead or a notice body (某省政府办公厅印发了《…》, 现将《…》印发给你们);
# implausible: an issuer was named but is no organ's name (spam), so none is given; unknown
# region: it has an organ's shape but names a region no division table knows; damaged: a document
# number lost its closing bracket and no date of the same year confirms its year, so none is given;
# repaired: such a number given with its bracket put back, because the document's date confirms its year;
# scholarly: the page is a journal paper, an abstract or a research report (parsing/scholarly.py), which
# carries no document of its own, so no title, number, issuer, date or period is given; news: the page is a
# news item and the value was read from a line, label or signature, not from the document its headline or lead
# names (a headline, a site's label, the reporter's organ and date), so none is given (round twenty-two).
METADATA_SOURCES = ("manifest", "text", "label", "notice", "lead", "page", "implausible", "unknown region",
                    "damaged", "repaired", "scholarly", "news")
DOC_TYPE_SOURCES = ("title",)  # plans.doc_type is read from the title (parsing/doctype.py)
# What kind of text a plan's page is (parsing/pagekind.py): the document itself (a plan, its notice, a fragment),
# a news item, a scholarly paper, a body's work report, a copy on a sharing or wiki site (a template too), or
# unknown (no cue, or cues that conflict). page_kind_source: the cue that decided, "manifest" when the
# manifest's page_kind column gave it, "host" when the page's address names a kind (its host is in
# data/reference/page_hosts.csv: a 文库 → copy, a journal → paper; or a label or first folder of it begins with a word
# of data/reference/page_host_words.csv: fanwen.example.com, example.com/zuowen/ → copy), "conflict" or "none" for an
# unknown one.
PAGE_KINDS = ("document", "news", "paper", "report", "copy", "unknown")
PAGE_KIND_CUES = ("sharing", "template", "scholarly", "paper_frame", "paper_title", "english_abstract", "reprint", "articles",
                  "doc_label", "notice_title", "salutation", "doc_number", "explained", "plan_parts", "plan_title",
                  "report_title", "news_lead", "byline", "media_source", "news_body", "notice", "own_purpose",
                  "signature", "report_body", "conflict")
PAGE_KIND_SOURCES = (*PAGE_KIND_CUES, "manifest", "host", "none")
# Where a plan's region and status came from: typed into the manifest by hand, read from its
# text, looked up in the division table, given as a flag to `add`, or the default (final).
FACT_SOURCES = ("manifest", "text", "gazetteer", "flag", "default")
FACT_SOURCE_COLUMNS = ("name_source", "admin_level_source", "province_source", "parent_source",
                       "status_source")
ISSUER_LEVELS = ("national", "province", "city", "county")
CATEGORY_SOURCES = ("task", "group")
# The policy-instrument scheme (INSTRUMENTS.md): each tool and its type.
INSTRUMENT_TYPES = ("supply", "environment", "demand", "none")
INSTRUMENT_TOOLS: dict[str, str] = {
    "education": "supply", "funding": "supply", "infrastructure": "supply",
    "information": "supply", "services": "supply",
    "planning": "environment", "regulation": "environment", "organisation": "environment",
    "evaluation": "environment", "incentives": "environment",
    "procurement": "demand", "demonstration": "demand", "participation": "demand",
    "cooperation": "demand",
    "none": "none",
}
# Where a clause's code came from: a model learned from hand-coded clauses, reading the text and
# the rules' code (`parsing.learned`, since session 25), or a researcher's hand check
# (data/reference/instrument_checks.csv, `parsing.checks`).
CODED_BY = ("model", "checked")
VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("plans", "status"): STATUSES,
    ("segments", "role"): SEGMENT_ROLES,
    ("segments", "part"): PARTS,
    ("groups", "part"): PARTS,
    ("assignments", "role"): UNIT_ROLES,
    ("assignments", "source"): UNIT_SOURCES,
    ("targets", "kind"): TARGET_KINDS,
    ("targets", "comparator"): COMPARATORS,
    **{("plans", f"{key}_source"): METADATA_SOURCES
       for key in ("title", "doc_number", "issuer", "issue_date", "period")},
    ("plans", "doc_type_source"): DOC_TYPE_SOURCES,
    ("plans", "page_kind"): PAGE_KINDS,
    ("plans", "page_kind_source"): PAGE_KIND_SOURCES,
    **{("plans", column): FACT_SOURCES for column in FACT_SOURCE_COLUMNS},
    ("citations", "issuer_level"): ISSUER_LEVELS,
    ("tasks", "category_source"): CATEGORY_SOURCES,
    ("clauses", "tool"): tuple(INSTRUMENT_TOOLS),
    ("clauses", "type"): INSTRUMENT_TYPES,
    ("clauses", "review"): tuple(INSTRUMENT_TOOLS),
    ("clauses", "coded_by"): CODED_BY,
    ("clauses", "rule_tool"): tuple(INSTRUMENT_TOOLS),
    ("clauses", "rule_type"): INSTRUMENT_TYPES,
}

# Columns that identify a row.
KEYS: dict[str, list[str]] = {
    "plans": ["plan_id"],
    "segments": ["plan_id", "seg_id"],
    "groups": ["plan_id", "group_id"],
    "tasks": ["plan_id", "task_id"],
    "assignments": ["plan_id", "task_id", "unit_raw"],
    "citations": ["plan_id", "title", "doc_number"],
    "clauses": ["plan_id", "task_id", "clause_no"],
}

# (table, columns) → (table, columns) it refers to: every value must exist there.
REFERENCES: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {
    **{(name, ("plan_id",)): ("plans", ("plan_id",)) for name in COLUMNS if name != "plans"},
    ("tasks", ("plan_id", "group_id")): ("groups", ("plan_id", "group_id")),
    ("assignments", ("plan_id", "task_id")): ("tasks", ("plan_id", "task_id")),
    ("commitments", ("plan_id", "task_id")): ("tasks", ("plan_id", "task_id")),
    ("clauses", ("plan_id", "task_id")): ("tasks", ("plan_id", "task_id")),
}

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
    citations: pd.DataFrame
    clauses: pd.DataFrame
    problems: list[str] = field(default_factory=list)

    @classmethod
    def empty(cls) -> Corpus:
        """A corpus of no plans: every table with its columns and dtypes, no rows."""
        return cls(**{name: _typed(pd.DataFrame(columns=COLUMNS[name]), name) for name in TABLES})

    @classmethod
    def from_records(cls, records: dict[str, list[dict]], problems: list[str] | None = None) -> Corpus:
        """Build a corpus from lists of row dicts, one list per table."""
        tables = {
            name: _typed(pd.DataFrame(rows, columns=COLUMNS[name]), name) if rows
            else _empty_table(name)
            for name in TABLES for rows in [records.get(name, [])]
        }
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
        return Corpus(**tables, problems=[p for p in self.problems if problem_plan(p) == plan_id])

    @property
    def plan_ids(self) -> list[str]:
        return list(self.plans["plan_id"])

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables().items())
        return f"Corpus({sizes})"


def problem_plan(problem: str) -> str:
    """The plan a problem is about: problems read "<plan_id>: <what>"."""
    plan_id, sep, _ = problem.partition(": ")
    return plan_id if sep else ""


@cache
def _empty_frame(name: str) -> pd.DataFrame:
    return _typed(pd.DataFrame(columns=COLUMNS[name]), name)


def _empty_table(name: str) -> pd.DataFrame:
    """A table with no rows, typed as `Corpus.empty` types it: a copy of one made once (making
    it costs ~0.5 ms, a copy ~0.04 ms; a small plan leaves most of its tables empty)."""
    return _empty_frame(name).copy()


def _typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """`df` with the contract's dtypes where they can be told from the rows (Int64 years, float
    values) and on every column of an empty table."""
    for column, dtype in DTYPES.get(name, {}).items():
        if column not in df:
            continue
        if dtype == "Int64":
            df[column] = pd.array(df[column], dtype="Int64")
        elif dtype != "str" and df.empty:
            df[column] = df[column].astype(dtype)
        elif dtype == "float64" and pd.api.types.is_integer_dtype(df[column]):
            df[column] = df[column].astype("float64")  # whole numbers are still values
    return df
