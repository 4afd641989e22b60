"""The table contract checked: pandera schemas built from `tables` and run where a corpus is built.

`validate_corpus(corpus)` checks every table of `tables.COLUMNS`: column names and order, dtypes,
missing values, allowed values (roles, parts, sources, kinds, comparators, statuses, the
categories of `data/reference/categories.csv`), unique keys, and that ids refer to rows that
exist (tasks → groups, assignments → tasks, every table → plans). A violation raises
`SchemaError` naming the table, the column, the value, the row and the plan.

pandera is imported on first use, so loading the cached corpus does not pay for it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from sciplan_analysis import reference_files
from sciplan_analysis.config import CATEGORIES_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.tables import COLUMNS, DTYPES, KEYS, NULLABLE, REFERENCES, VALUES

if TYPE_CHECKING:
    import pandera.pandas as pa

    from sciplan_analysis.tables import Corpus

MAX_SHOWN = 8  # violations listed in one error message


class SchemaError(PlanError):
    """A table breaks the contract; the message names table, column, value, row and plan."""

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        shown = violations[:MAX_SHOWN]
        more = len(violations) - len(shown)
        lines = "\n".join(f"  - {v}" for v in shown) + (f"\n  … and {more} more" if more else "")
        head = violations[0] if len(violations) == 1 else f"{len(violations)} contract violations:"
        super().__init__(head if len(violations) == 1 else f"{head}\n{lines}")


def categories(path: Path = CATEGORIES_FILE) -> tuple[str, ...]:
    """The group categories of `data/reference/categories.csv`, in file order."""
    return tuple(row["category"] for row in reference_files.rows(path) if row.get("category"))


def allowed_values(table: str, column: str) -> tuple[str, ...] | None:
    """The values a column may hold, or None when any value of its dtype will do."""
    if column == "category" and table in ("groups", "tasks"):
        return categories()
    return VALUES.get((table, column))


@cache
def table_schema(table: str) -> pa.DataFrameSchema:
    """The pandera schema of one table (names and order are checked before it runs)."""
    import pandera.pandas as pa

    columns = {}
    for column in COLUMNS[table]:
        dtype = DTYPES.get(table, {}).get(column)
        checks = []
        values = allowed_values(table, column)
        if values is not None:
            checks.append(pa.Check.isin(values, error=f"not in {', '.join(values)}"))
        if dtype in ("int64", "Int64") and column != "year" and not column.startswith("period"):
            checks.append(pa.Check.ge(0, error="negative"))
        columns[column] = pa.Column(  # dtypes are checked before, by `_dtype_violations`
            None, checks=checks, nullable=column in NULLABLE.get(table, set()), required=True,
        )
    key = KEYS.get(table)
    return pa.DataFrameSchema(columns, unique=key, report_duplicates="exclude_first",
                              name=table, coerce=False)


def _plan_of(df: pd.DataFrame, row: Any) -> str:
    try:
        return str(df.at[row, "plan_id"])
    except (KeyError, ValueError, TypeError):
        return "?"


def _where(df: pd.DataFrame, row: Any) -> str:
    if row is None or (isinstance(row, float) and pd.isna(row)):
        return ""
    return f" (row {row}, plan {_plan_of(df, row)})"


def _column_violations(table: str, df: pd.DataFrame) -> list[str]:
    expected = COLUMNS[table]
    actual = [str(c) for c in df.columns]
    if actual == expected:
        return []
    missing = [c for c in expected if c not in actual]
    extra = [c for c in actual if c not in expected]
    found = []
    if missing:
        found.append(f"table {table}, column {', '.join(missing)}: missing")
    if extra:
        found.append(f"table {table}, column {', '.join(extra)}: not in the contract")
    if not found:
        found.append(f"table {table}: columns in the order {', '.join(actual)}; the contract's "
                     f"order is {', '.join(expected)}")
    return found


def _dtype_violations(table: str, df: pd.DataFrame) -> list[str]:
    """Columns of another dtype than the contract's, and values that are not text in text
    columns. Checked here rather than by pandera, whose dtype check builds a table of failure
    cases for every column, failing or not: it was two thirds of the time of a validation."""
    found = []
    for column, expected in DTYPES.get(table, {}).items():
        series = df[column]
        if expected != "str":
            if str(series.dtype) != expected:
                found.append(f"table {table}, column {column}: dtype {series.dtype}, expected {expected}")
        elif pd.api.types.infer_dtype(series, skipna=True) not in ("string", "empty"):
            text = series.map(lambda v: isinstance(v, str)) | series.isna()
            found.extend(f"table {table}, column {column}: value {value!r} is not of type str"
                         f"{_where(df, row)}" for row, value in series[~text].items())
    return found


def _describe(table: str, df: pd.DataFrame, case: pd.Series) -> str:
    """One pandera failure case as a sentence."""
    column, check, value, row = case["column"], str(case["check"]), case["failure_case"], case["index"]
    if case["schema_context"] == "DataFrameSchema" and "uniqueness" in check:
        key = KEYS[table]
        values = tuple(df.loc[row, key]) if row in df.index else value
        return (f"table {table}, column {', '.join(key)}: key {values!r} not unique"
                f"{_where(df, row)}")
    if check == "not_nullable":
        return f"table {table}, column {column}: missing value{_where(df, row)}"
    if check == "field_uniqueness":
        return f"table {table}, column {column}: value {value!r} not unique{_where(df, row)}"
    return f"table {table}, column {column}: value {value!r} {check}{_where(df, row)}"


def _reference_violations(tables: dict[str, pd.DataFrame]) -> list[str]:
    found = []
    for (table, columns), (target, target_columns) in REFERENCES.items():
        df, other = tables.get(table), tables.get(target)
        if df is None or other is None or df.empty:
            continue
        if not set(columns) <= set(df.columns) or not set(target_columns) <= set(other.columns):
            continue
        known = pd.MultiIndex.from_frame(other[list(target_columns)])
        here = pd.MultiIndex.from_frame(df[list(columns)])
        for row in df.index[~here.isin(known)]:
            value = df.at[row, columns[-1]]
            found.append(f"table {table}, column {columns[-1]}: value {value!r} not in "
                         f"{target}.{target_columns[-1]}{_where(df, row)}")
    return found


def validate_tables(tables: dict[str, pd.DataFrame]) -> None:
    """Check every table of the contract; raise `SchemaError` listing every violation."""
    import pandera.errors

    violations: list[str] = []
    for table in COLUMNS:
        df = tables.get(table)
        if df is None:
            violations.append(f"table {table}: missing")
            continue
        columns = _column_violations(table, df)
        if columns:
            violations.extend(columns)
            continue
        violations.extend(_dtype_violations(table, df))
        try:
            table_schema(table).validate(df, lazy=True)
        except pandera.errors.SchemaErrors as err:
            cases = err.failure_cases.sort_values("index", kind="stable", na_position="first",
                                                  key=lambda rows: pd.to_numeric(rows, errors="coerce"))
            described = (_describe(table, df, case) for _, case in cases.iterrows())
            violations.extend(dict.fromkeys(described))  # a key's columns fail once per row
    if not violations:
        violations.extend(_reference_violations(tables))
    if violations:
        raise SchemaError(violations)


def validate_corpus(corpus: Corpus) -> Corpus:
    """Check a corpus against the contract and return it; raise `SchemaError` if it breaks it."""
    validate_tables(corpus.tables())
    return corpus
