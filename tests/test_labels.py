"""The label registry: data/reference/labels.csv checked on load, every code labelled."""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.config import LABELS_FILE, PACKAGE_DIR

HEADER = "# a comment\nkind,code,zh,en\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "labels.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_the_reference_file_reads_cleanly():
    table = labels.read_labels(LABELS_FILE)
    assert list(table.columns) == ["kind", "code", "zh", "en"]
    assert set(table["kind"]) <= set(labels.KINDS)
    assert not table.duplicated(["kind", "code"]).any()


@pytest.mark.parametrize(("body", "message"), [
    ("part,goals,目标,Goals\nplanet,mars,火星,Mars\n", "line 4: unknown kind 'planet'"),
    ("part,goals,目标,Goals\npart,goals,目标二,Goals 2\n", "line 4: part 'goals' is already labelled on line 3"),
    ("part,goals,,Goals\n", "line 3: empty zh"),
    ("part,goals,目标\n", "line 3: 3 field(s)"),
    ("category,youth,青少年,Youth\n", "category labels live in categories.csv"),
])
def test_a_malformed_file_names_file_and_line(tmp_path, body, message):
    path = _write(tmp_path, body)
    with pytest.raises(labels.LabelError) as err:
        labels.read_labels(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_label_reads_both_languages_and_the_build_language():
    assert labels.DEFAULT_LANGUAGE == "zh" and labels.get_language() == "zh"
    assert labels.label("measure", "家") == "家"
    assert labels.label("measure", "支", "en") == "teams (支)"
    assert labels.label("basis", "group table", "en") == "units per group"
    assert labels.label("role", "lead") == "牵头"
    assert labels.label("part", None, "en") == "not stated"
    assert labels.label("part", "unheard_of") == "unheard_of"  # shown, not dropped
    assert labels.unit_type_label("nonsense", "en") == "unmapped"
    with pytest.raises(labels.LabelError):
        labels.label("planet", "mars")
    try:
        labels.set_language("en")
        assert labels.label("status", "draft") == "draft for comment"
    finally:
        labels.set_language("zh")


def test_every_code_of_the_five_plans_has_both_labels(corpus):
    used = {
        "part": set(corpus.segments["part"].dropna()) | set(corpus.groups["part"].dropna()),
        "status": set(corpus.plans["status"].dropna()),
        "admin_level": set(corpus.plans["admin_level"].dropna()),
        "measure": set(corpus.commitments["measure"].dropna()),
        "comparator": set(corpus.targets["comparator"].dropna()),
        "target_kind": set(corpus.targets["kind"].dropna()),
        "role": set(corpus.assignments["role"].dropna()),
        "category": set(corpus.groups["category"].dropna()),
    }
    from sciplan_analysis.parsing.units import UNIT_TYPES, load_aliases
    from sciplan_analysis.tables import UNIT_SOURCES

    used["unit_type"] = set(load_aliases()["unit_type"]) | set(UNIT_TYPES)
    # the workbook's assignments once showed the raw codes bracket/table in its source column
    used["unit_source"] = set(corpus.assignments["source"].dropna()) | set(UNIT_SOURCES)
    for kind, codes in used.items():
        assert codes, kind
        known = labels.labels_of(kind)
        missing = sorted(codes - set(known))
        assert not missing, f"{kind}: no label for {missing} in {LABELS_FILE.name}"
        for code in codes:
            zh, en = known[code]
            assert zh and en and labels.label(kind, code, "zh") == zh


def test_every_measure_the_extractor_can_emit_has_a_label():
    from sciplan_analysis.parsing.targets import MEASURES

    assert set(MEASURES) <= set(labels.codes("measure"))


def test_no_label_dictionaries_left_in_the_code():
    """No {code: ("中文", "english")} literals: labels live in data/reference/labels.csv."""
    found = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            for value in node.values:
                if (isinstance(value, ast.Tuple) and len(value.elts) == 2
                        and all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                                for e in value.elts)
                        and any("\u4e00" <= ch <= "\u9fff" for ch in value.elts[0].value)):
                    found.append(f"{path.relative_to(PACKAGE_DIR)}:{node.lineno}")
                    break
    assert not found, found


def test_public_lang_parameters_default_to_the_build_language():
    import inspect

    from sciplan_analysis.analysis import categories, overview, similarity, targets, workload
    from sciplan_analysis.report import charts

    wrong = []
    for module in (labels, categories, overview, similarity, targets, workload, charts):
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            param = inspect.signature(fn).parameters.get("lang")
            if param is not None and param.default not in (None, inspect.Parameter.empty):
                wrong.append(f"{module.__name__}.{name}")
    assert not wrong, wrong


def test_register_plans_does_not_touch_the_registry():
    labels.register_plans(pd.DataFrame({"plan_id": ["x1"], "name_zh": ["某县"], "name_en": ["X"]}))
    assert labels.plan_label("x1", "en") == "X"


def test_no_label_shows_readers_a_file_name_or_path():
    """Readers see words, not files: no label (in either language) names a data folder or a
    .csv/.py/.md file (the workbook's column notes once said where hand checks are kept as a path)."""
    import re

    shown = re.compile(r"data/(raw|reference|processed)|[A-Za-z_]+\.(md|csv|py)\b")
    table = labels.read_labels()
    bad = [f"{row.kind},{row.code}" for row in table.itertuples()
           if shown.search(str(row.zh)) or shown.search(str(row.en))]
    assert bad == []
