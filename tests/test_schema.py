"""The table contract: the real corpus keeps it, and each kind of violation names table and column."""

from __future__ import annotations

import shutil
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from sciplan_analysis import PlanError
from sciplan_analysis.corpus import RAW_DIR, load_plan, parse_manifest
from sciplan_analysis.schema import SchemaError, categories, validate_corpus, validate_tables
from sciplan_analysis.tables import COLUMNS, DTYPES, KEYS, Corpus

Mutation = Callable[[dict[str, pd.DataFrame]], None]


def test_the_real_corpus_keeps_the_contract(corpus):
    start = time.perf_counter()
    assert validate_corpus(corpus) is corpus
    assert time.perf_counter() - start < 2.0  # ~0.04 s warm, ~0.2 s with pandera's import


def test_every_column_of_the_contract_has_a_dtype():
    for table, columns in COLUMNS.items():
        assert list(DTYPES[table]) == columns, table


def test_an_empty_corpus_keeps_the_contract():
    empty = Corpus.empty()
    validate_corpus(empty)
    assert str(empty.tasks.ordinal.dtype) == "int64" and str(empty.targets.year.dtype) == "Int64"


def test_categories_come_from_the_reference_file():
    assert {"youth", "implementation", "other"} <= set(categories())


def _set(table: str, column: str, value: object, row: int = 3) -> Mutation:
    def mutate(tables: dict[str, pd.DataFrame]) -> None:
        df = tables[table].copy()
        df[column] = df[column].astype(object)
        df.at[row, column] = value
        tables[table] = df
    return mutate


def _retype(table: str, column: str, dtype: str) -> Mutation:
    def mutate(tables: dict[str, pd.DataFrame]) -> None:
        tables[table] = tables[table].astype({column: dtype})
    return mutate


def _duplicate(table: str) -> Mutation:
    def mutate(tables: dict[str, pd.DataFrame]) -> None:
        df = tables[table]
        tables[table] = pd.concat([df, df.iloc[[1]]], ignore_index=True)
    return mutate


def _drop(table: str, column: str) -> Mutation:
    def mutate(tables: dict[str, pd.DataFrame]) -> None:
        tables[table] = tables[table].drop(columns=column)
    return mutate


def _swap(table: str, a: str, b: str) -> Mutation:
    def mutate(tables: dict[str, pd.DataFrame]) -> None:
        cols = list(tables[table].columns)
        i, j = cols.index(a), cols.index(b)
        cols[i], cols[j] = cols[j], cols[i]
        tables[table] = tables[table][cols]
    return mutate


def _extra(table: str, column: str) -> Mutation:
    def mutate(tables: dict[str, pd.DataFrame]) -> None:
        tables[table] = tables[table].assign(**{column: 1})
    return mutate


VIOLATIONS: list[tuple[str, Mutation, str]] = [
    # columns: names and order
    ("missing column", _drop("tasks", "title"), r"table tasks, column title: missing"),
    ("extra column", _extra("groups", "colour"), r"table groups, column colour: not in the contract"),
    ("column order", _swap("assignments", "unit", "unit_raw"),
     r"table assignments: columns in the order plan_id, task_id, unit, unit_raw"),
    # dtypes
    ("int as float", _retype("tasks", "ordinal", "float64"),
     r"table tasks, column ordinal: dtype float64, expected int64"),
    ("offset as str", _retype("segments", "start", "str"),
     r"table segments, column start: dtype object, expected int64"),
    ("year not Int64", _retype("targets", "year", "float64"),
     r"table targets, column year: dtype float64, expected Int64"),
    ("value as str", _retype("commitments", "value", "str"),
     r"table commitments, column value: dtype object, expected float64"),
    ("text not a str", _set("segments", "text", 5),
     r"table segments, column text: value 5 is not of type str \(row 3, plan wuxi\)"),
    # missing values
    ("missing heading", _set("groups", "heading", None),
     r"table groups, column heading: missing value \(row 3, plan wuxi\)"),
    ("negative offset", _set("segments", "end", -1),
     r"table segments, column end: .*negative"),
    # allowed values
    ("segment role", _set("segments", "role", "body"),
     r"table segments, column role: value 'body' not in front, heading, intro, task, table, chrome, other"),
    ("segment part", _set("segments", "part", "preface"), r"table segments, column part: value 'preface' not in"),
    ("group part", _set("groups", "part", "preface"), r"table groups, column part: value 'preface'"),
    ("category", _set("groups", "category", "sports"),
     r"table groups, column category: value 'sports' not in youth, farmers"),
    ("unit role", _set("assignments", "role", "boss", row=12),
     r"table assignments, column role: value 'boss' not in lead, partner \(row 12, plan wuxi\)"),
    ("unit source", _set("assignments", "source", "email"),
     r"table assignments, column source: value 'email' not in bracket, table"),
    ("target kind", _set("targets", "kind", "goal", row=0), r"table targets, column kind: value 'goal'"),
    ("comparator", _set("targets", "comparator", "<", row=0),
     r"table targets, column comparator: value '<' not in >, >=, =, aim"),
    ("status", _set("plans", "status", "published", row=0),
     r"table plans, column status: value 'published' not in final, draft, fragment \(row 0, plan wuxi\)"),
    # keys
    *[(f"{table} key", _duplicate(table),
       rf"table {table}, column {', '.join(KEYS[table])}: key .* not unique") for table in KEYS],
    # references
    ("task's group", _set("tasks", "group_id", "9.9"),
     r"table tasks, column group_id: value '9.9' not in groups.group_id \(row 3, plan wuxi\)"),
    ("assignment's task", _set("assignments", "task_id", "9.9.9"),
     r"table assignments, column task_id: value '9.9.9' not in tasks.task_id"),
    ("unknown plan", _set("targets", "plan_id", "atlantis", row=0),
     r"table targets, column plan_id: value 'atlantis' not in plans.plan_id \(row 0, plan atlantis\)"),
]


@pytest.mark.parametrize(("mutate", "message"), [v[1:] for v in VIOLATIONS],
                         ids=[v[0] for v in VIOLATIONS])
def test_a_violation_names_table_and_column(corpus, mutate, message):
    tables = {name: df.copy() for name, df in corpus.tables().items()}
    mutate(tables)
    with pytest.raises(SchemaError, match=message) as caught:
        validate_tables(tables)
    assert isinstance(caught.value, PlanError)


def test_many_violations_are_listed_in_one_error(corpus):
    tables = corpus.tables()
    tables["assignments"] = tables["assignments"].assign(role="boss")
    n = len(tables["assignments"])
    with pytest.raises(SchemaError, match=rf"{n} contract violations:\n  - table assignments, "
                       r"column role: value 'boss' not in lead, partner \(row 0, plan wuxi\)") as caught:
        validate_tables(tables)
    assert len(caught.value.violations) == n
    assert f"… and {n - 8} more" in str(caught.value)


def test_the_build_checks_the_contract(tmp_path: Path):
    """parse_manifest and load_plan run the check: a manifest status typo stops the build."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    manifest = raw / "plans.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(",final", ",Final", 1),
                        encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(SchemaError, match=r"table plans, column status: value 'Final'"):
            parse_manifest(raw)
        with pytest.raises(SchemaError, match=r"column status: value 'published' .*plan lezhi"):
            load_plan(raw / "lezhi.txt", plan_id="lezhi", status="published")
        assert load_plan(raw / "lezhi.txt").plans.status.isna().all()  # no facts: no status
