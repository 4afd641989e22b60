"""The unit crosswalk: raw unit names as written → canonical units across regions.

`data/reference/unit_aliases.csv` maps each raw name to a canonical unit. Until a name is
mapped it keeps ``unit = unit_raw``; it is never dropped.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from sciplan_analysis.errors import UnmappedUnitWarning

ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "reference" / "unit_aliases.csv"
_warned: set[frozenset[str]] = set()


def load_aliases(path: Path = ALIASES_FILE) -> pd.DataFrame:
    """The crosswalk as a DataFrame (alias, unit, unit_en); empty when the file is absent."""
    if not path.exists():
        return pd.DataFrame(columns=["alias", "unit", "unit_en"])
    table = pd.read_csv(path, comment="#", dtype=str, encoding="utf-8-sig").fillna("")
    return table


def apply_crosswalk(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> pd.DataFrame:
    """Fill `unit` and `unit_en` from the crosswalk; unmapped names keep unit = unit_raw."""
    aliases = load_aliases(path)
    out = assignments.copy()
    if aliases.empty:
        out["unit"] = out["unit_raw"]
        out["unit_en"] = pd.NA
        return out
    by_alias = aliases.set_index("alias")
    out["unit"] = out["unit_raw"].map(by_alias["unit"]).fillna(out["unit_raw"])
    out["unit_en"] = out["unit_raw"].map(by_alias["unit_en"])
    return out


def unmapped_units(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> list[str]:
    """Raw unit names that the crosswalk does not map, sorted."""
    known = set(load_aliases(path)["alias"])
    return sorted(set(assignments["unit_raw"]) - known)


def warn_unmapped(assignments: pd.DataFrame, path: Path = ALIASES_FILE) -> None:
    """Warn once per set of unmapped names, naming them and the file to edit."""
    if not path.exists():
        return
    names = unmapped_units(assignments, path)
    key = frozenset(names)
    if names and key not in _warned:
        _warned.add(key)
        warnings.warn(
            f"{len(names)} unit name(s) not in {path}: {'、'.join(names)}; "
            "they keep unit = unit_raw until you add them",
            UnmappedUnitWarning,
            stacklevel=3,
        )
