"""The unit crosswalk: raw unit names as written → canonical units across regions.

`data/reference/unit_aliases.csv` maps each raw name (``alias``) to a canonical unit with a
Chinese name (``unit``), an English name (``unit_en``), a ``unit_type`` and the ``functions``
the raw name carries (a merged bureau lists every function it merges). The file is validated
on load: missing columns, empty cells, duplicate aliases, unknown unit types, and one unit
given two English names or two types are errors that name the file and line.

A raw name the crosswalk lacks is never dropped: it keeps ``unit = unit_raw``, its English name
is the name as written, marked (县教育局 (unmatched name): `unmapped_name`), never NA, so
two such names are never one nameless unit, and loading the corpus warns once
(`UnmappedUnitWarning`) with the names and the file to edit.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from sciplan_analysis import labels
from sciplan_analysis.config import ALIASES_FILE
from sciplan_analysis.errors import CrosswalkError, UnmappedUnitWarning
from sciplan_analysis.reference_files import numbered_cells

REQUIRED_COLUMNS = ("alias", "unit", "unit_en", "unit_type")
OPTIONAL_COLUMNS = ("functions", "note")
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
UNIT_TYPES = (
    "party_committee_department",
    "government_department",
    "peoples_organisation",
    "township_street",
    "collective",
    "other",
)
_FUNCTION = re.compile(r"^[a-z][a-z0-9_]*$")
_warned: set[frozenset[str]] = set()


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=list(COLUMNS), dtype=str)


def load_aliases(path: Path = ALIASES_FILE) -> pd.DataFrame:
    """The crosswalk as a validated DataFrame (alias, unit, unit_en, unit_type, functions, note).

    Lines starting with ``#`` and blank lines are comments. An absent file gives an empty
    table (every name is then unmapped). Raises `CrosswalkError` naming file and line.
    """
    path = Path(path)
    if not path.exists():
        return _empty()
    numbered = numbered_cells(path)
    if not numbered:
        raise CrosswalkError(f"{path}: no header line (expected {', '.join(COLUMNS)})")
    header_line, header = numbered[0]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CrosswalkError(
            f"{path}, line {header_line}: missing column(s) {', '.join(missing)} "
            f"(the header needs {', '.join(REQUIRED_COLUMNS)}; optional: {', '.join(OPTIONAL_COLUMNS)})"
        )
    if len(set(header)) != len(header):
        raise CrosswalkError(f"{path}, line {header_line}: a column is named twice")
    records: list[dict[str, str]] = []
    first_seen: dict[str, int] = {}
    unit_facts: dict[str, tuple[str, str, int]] = {}
    for n, cells in numbered[1:]:
        if len(cells) != len(header):
            raise CrosswalkError(
                f"{path}, line {n}: {len(cells)} field(s), the header has {len(header)} "
                "(quote a cell that contains a comma)"
            )
        row = dict(zip(header, cells, strict=True))
        for column in REQUIRED_COLUMNS:
            if not row[column]:
                raise CrosswalkError(f"{path}, line {n}: empty {column}")
        alias = row["alias"]
        if alias in first_seen:
            raise CrosswalkError(
                f"{path}, line {n}: alias {alias!r} is already mapped on line {first_seen[alias]}"
            )
        first_seen[alias] = n
        if row["unit_type"] not in UNIT_TYPES:
            raise CrosswalkError(
                f"{path}, line {n}: unknown unit_type {row['unit_type']!r} "
                f"(use one of {', '.join(UNIT_TYPES)})"
            )
        functions = [f.strip() for f in row.get("functions", "").split(";") if f.strip()]
        bad = [f for f in functions if not _FUNCTION.match(f)]
        if bad:
            raise CrosswalkError(
                f"{path}, line {n}: function(s) {', '.join(map(repr, bad))} are not snake_case "
                "(lower-case letters, digits, '_'; separate several with ';')"
            )
        row["functions"] = ";".join(functions)
        unit = row["unit"]
        if unit in unit_facts:
            unit_en, unit_type, where = unit_facts[unit]
            if (row["unit_en"], row["unit_type"]) != (unit_en, unit_type):
                raise CrosswalkError(
                    f"{path}, line {n}: unit {unit!r} is {row['unit_en']!r} "
                    f"({row['unit_type']}) here but {unit_en!r} ({unit_type}) on line {where}"
                )
        else:
            unit_facts[unit] = (row["unit_en"], row["unit_type"], n)
        records.append({c: row.get(c, "") for c in COLUMNS})
    return pd.DataFrame(records, columns=list(COLUMNS)) if records else _empty()


def canonical_units(path: Path = ALIASES_FILE) -> pd.DataFrame:
    """One row per canonical unit: unit, unit_en, unit_type, functions (union), aliases."""
    aliases = load_aliases(path)
    rows = []
    for unit, rows_of in aliases.groupby("unit", sort=False):
        functions = sorted({f for fs in rows_of["functions"] for f in fs.split(";") if f})
        rows.append({
            "unit": unit,
            "unit_en": rows_of["unit_en"].iloc[0],
            "unit_type": rows_of["unit_type"].iloc[0],
            "functions": ";".join(functions),
            "aliases": "、".join(rows_of["alias"]),
        })
    return pd.DataFrame(rows, columns=["unit", "unit_en", "unit_type", "functions", "aliases"])


# County-level prefixes: a county (县) and a district (区) are the same level of government, so
# 县X局 in a county's plan is the same kind of body as 区X局 in a district's (each the plan's own
# X bureau). 市 is not among them: in a county's plan 市X局 is the city's bureau, another body.
LEVEL_PREFIXES = ("县", "区")


def lookup(path: Path = ALIASES_FILE) -> pd.DataFrame:
    """The crosswalk as `apply_crosswalk` reads it, indexed by the names it maps: every alias,
    and each alias's county-level twin (`LEVEL_PREFIXES`: 县教育局 for 区教育局, 区科协 for 县科协)
    where the file lacks it, mapped to the same canonical unit (a row of the file always wins:
    the swap is one-to-one, so no two aliases give one twin). Nothing else is guessed: 市教育局
    and a name with a place in it stay unmapped, shown as written and marked."""
    own = load_aliases(path).set_index("alias")
    twins = {}
    for alias in own.index:
        alias = str(alias)
        if len(alias) < 3 or alias[0] not in LEVEL_PREFIXES:
            continue
        other = LEVEL_PREFIXES[1 - LEVEL_PREFIXES.index(alias[0])] + alias[1:]
        if other not in own.index:
            twins[other] = alias
    if not twins:
        return own
    extra = own.loc[list(twins.values())].set_axis(pd.Index(list(twins), name="alias"))
    return pd.concat([own, extra])


def unmapped_name(unit: str, lang: str | None = None) -> str:
    """A unit name the crosswalk lacks as readers see it: the name as written, marked as not
    mapped to a canonical unit (县教育局（未对应规范单位）, 县教育局 (unmatched name)), so it is
    never taken for the canonical unit it may belong to, nor shown as no name."""
    return labels.text("unit.unmapped", lang, unit=unit)


def apply_crosswalk(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Fill `unit` and `unit_en` from the crosswalk; an unmapped name keeps unit = unit_raw and
    takes as its English name the name as written, marked (`unmapped_name`), never NA: an NA
    read "None" on English pages, and several such names fell into one bar."""
    out = assignments.copy()
    by_alias = lookup(path)
    out["unit"] = out["unit_raw"].map(by_alias["unit"]).fillna(out["unit_raw"])
    english = out["unit_raw"].map(by_alias["unit_en"]).astype(object)
    missing = english.isna() & out["unit_raw"].notna()
    english[missing] = [unmapped_name(str(u), "en") for u in out.loc[missing, "unit_raw"]]
    out["unit_en"] = english.where(english.notna(), pd.NA)
    return out


def unit_types(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> pd.Series:
    """The unit_type of each assignment row (same index), NA where the raw name is unmapped.

    A separate series, not a column of `assignments`: join it where an analysis needs it.
    """
    by_alias = lookup(path)["unit_type"]
    return assignments["unit_raw"].map(by_alias).rename("unit_type")


def unit_functions(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """One row per (assignment, function) the raw name carries: a merged bureau gives several.

    Columns: the assignment's columns plus ``function``; unmapped names get function NA.
    """
    by_alias = lookup(path)["functions"]
    out = assignments.copy()
    out["function"] = out["unit_raw"].map(by_alias).str.split(";")
    out = out.explode("function", ignore_index=True)
    out.loc[out["function"] == "", "function"] = pd.NA
    return out


def unmapped_units(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> list[str]:
    """Raw unit names that the crosswalk does not map (`lookup`: an alias or its county-level
    twin), sorted."""
    known = set(lookup(path).index)
    return sorted(set(assignments["unit_raw"].dropna()) - known)


def warn_unmapped(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> None:
    """Warn once per set of unmapped names, naming them and the file to edit."""
    if not Path(path).exists():
        return
    names = unmapped_units(assignments, path)
    key = frozenset(names)
    if names and key not in _warned:
        _warned.add(key)
        warnings.warn(
            f"{len(names)} unit name(s) not in {path}: {'、'.join(names)}; "
            "they keep unit = unit_raw until you add a row for each "
            "(list them with `python -m sciplan_analysis units --unmapped`)",
            UnmappedUnitWarning,
            stacklevel=3,
        )

