"""The unit crosswalk: validation of hand-made files, the unmapped warning, the real file."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from sciplan_analysis import UnmappedUnitWarning
from sciplan_analysis.parsing.units import (
    ALIASES_FILE,
    UNIT_TYPES,
    CrosswalkError,
    apply_crosswalk,
    canonical_units,
    load_aliases,
    unit_functions,
    unit_types,
    unmapped_units,
    warn_unmapped,
)

HEADER = "alias,unit,unit_en,unit_type,functions,note\n"
GOOD = (
    "# a comment\n"
    + HEADER
    + "县教委,教育部门,Education bureau,government_department,education,\n"
    + "区教育局,教育部门,Education bureau,government_department,education,\n"
    + "\n"
    + "区农业农村和水利局,农业农村部门,Agriculture bureau,government_department,agriculture;water,merged\n"
    + "团县委,共青团,Communist Youth League,peoples_organisation,youth,\n"
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "unit_aliases.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _assignments(*names: str) -> pd.DataFrame:
    return pd.DataFrame({
        "plan_id": "p", "task_id": [f"t{i}" for i in range(len(names))], "unit_raw": list(names),
        "unit": None, "unit_en": None, "role": "lead", "source": "bracket",
    })


def test_good_file_loads_and_maps(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    aliases = load_aliases(path)
    assert list(aliases["alias"]) == ["县教委", "区教育局", "区农业农村和水利局", "团县委"]
    out = apply_crosswalk(_assignments("县教委", "区教育局", "团县委"), path)
    assert list(out["unit"]) == ["教育部门", "教育部门", "共青团"]
    assert list(out["unit_en"]) == ["Education bureau", "Education bureau", "Communist Youth League"]
    units = canonical_units(path).set_index("unit")
    assert units.loc["教育部门", "aliases"] == "县教委、区教育局"
    assert units.loc["农业农村部门", "functions"] == "agriculture;water"


def test_merged_bureau_has_one_row_per_function(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    rows = unit_functions(_assignments("区农业农村和水利局", "县教委", "某某局"), path)
    assert len(rows) == 4
    assert list(rows.loc[rows["unit_raw"] == "区农业农村和水利局", "function"]) == ["agriculture", "water"]
    assert list(rows.loc[rows["unit_raw"] == "县教委", "function"]) == ["education"]
    assert rows.loc[rows["unit_raw"] == "某某局", "function"].isna().all()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("alias,unit,unit_type\n县教委,教育部门,government_department\n",
         r"line 1: missing column\(s\) unit_en"),
        (HEADER + "县教委,教育部门,Education bureau,government_department,education,\n"
         "# comment\n县教委,教育部门,Education bureau,government_department,education,\n",
         r"line 4: alias '县教委' is already mapped on line 2"),
        (HEADER + "县教委,教育部门,Education bureau,ministry,education,\n",
         r"line 2: unknown unit_type 'ministry'"),
        (HEADER + "县教委,,Education bureau,government_department,education,\n",
         r"line 2: empty unit\b"),
        (HEADER + "县教委,教育部门,Education bureau,government_department\n",
         r"line 2: 4 field\(s\), the header has 6"),
        (HEADER + "县教委,教育部门,Education bureau,government_department,Education Work,\n",
         r"line 2: function\(s\) 'Education Work' are not snake_case"),
        (HEADER + "县教委,教育部门,Education bureau,government_department,education,\n"
         "区教育局,教育部门,Education office,government_department,education,\n",
         r"line 3: unit '教育部门' is 'Education office'.*'Education bureau'.*line 2"),
        ("# only comments\n", r"no header line"),
    ],
    ids=["missing-column", "duplicate-alias", "unknown-type", "empty-cell", "short-row",
         "bad-function", "inconsistent-unit", "no-header"],
)
def test_bad_files_raise_naming_file_and_line(tmp_path: Path, body: str, expected: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(CrosswalkError, match=expected) as err:
        load_aliases(path)
    assert str(path) in str(err.value)


def test_unmapped_names_are_kept_and_warned_once(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    assignments = _assignments("县教委", "县未知局", "区神秘办")
    out = apply_crosswalk(assignments, path)
    assert len(out) == 3
    assert list(out["unit"]) == ["教育部门", "县未知局", "区神秘办"]
    # an unmapped name's English name is the name as written, marked, never NA (an NA read
    # "None" on English pages, and several such names fell into one bar)
    assert list(out["unit_en"])[1:] == ["县未知局 (unmatched name)", "区神秘办 (unmatched name)"]
    assert out["unit_en"].notna().all()
    assert unmapped_units(assignments, path) == ["区神秘办", "县未知局"]
    assert unit_types(assignments, path).isna().tolist() == [False, True, True]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn_unmapped(assignments, path)
        warn_unmapped(assignments, path)
    hits = [w for w in caught if issubclass(w.category, UnmappedUnitWarning)]
    assert len(hits) == 1
    message = str(hits[0].message)
    assert "县未知局" in message and "区神秘办" in message and str(path) in message


def test_no_warning_when_everything_is_mapped(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn_unmapped(_assignments("县教委", "团县委"), path)
    assert not [w for w in caught if issubclass(w.category, UnmappedUnitWarning)]


def test_every_raw_unit_of_the_real_plans_is_mapped(corpus) -> None:
    raw = set(corpus.assignments["unit_raw"])
    assert len(raw) > 100
    assert unmapped_units(corpus.assignments) == []
    assert corpus.assignments["unit_en"].notna().all()
    assert (corpus.assignments["unit"] != corpus.assignments["unit_raw"]).all()


def test_real_crosswalk_is_valid_sorted_and_merges_variants() -> None:
    aliases = load_aliases(ALIASES_FILE)
    key = list(zip(aliases["unit_type"].map(UNIT_TYPES.index), aliases["unit_en"],
                   aliases["alias"], strict=True))
    assert key == sorted(key), "sort unit_aliases.csv by unit_type (in UNIT_TYPES order), unit_en, alias"
    unit_of = aliases.set_index("alias")["unit"]
    for group in (["县教委", "县教体局", "区教育局"],
                  ["县经科信局", "区新经济和科技局", "区新经济与科技局", "区科工信局", "县科技局"],
                  ["区卫生健康局", "县卫健局", "县卫生健康委", "卫生健康局", "区卫健局"],
                  ["团县委", "团区委"], ["县科协", "区科协"]):
        assert unit_of[group].nunique() == 1, group
    assert aliases.set_index("alias").loc["区农业农村和水利局", "functions"] == "agriculture;water"
