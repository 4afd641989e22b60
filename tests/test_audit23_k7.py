"""Audit 23's items for helper k7: page texts, captions and numbers that say only what is drawn and
true (the table excerpts' named plans, figure 7.3's caption, intros and alt text chosen by the chart
drawn, the coder-error caveat, one label for a part the text lacks, thousands separators, distinct
download names, the lead finding's tie, the horizon numbers, Chongqing's instrument comparison)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import categories as ac

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_coverage_headers_use_the_one_unsaid_label(five_plans, lang):
    """Item 7: page 03's covered / left-out table heads its third columns with labels.unsaid."""
    cov = ac.coverage(five_plans, lang=lang)
    heads = " ".join(cov.columns)
    assert "文本缺失" not in heads and "text missing" not in heads
    assert sum(labels.unsaid(lang) in c for c in cov.columns) == 2
    note = json.loads((ROOT / "notebooks" / "03_task_categories.ipynb").read_text("utf-8"))
    text = " ".join("".join(c["source"]) for c in note["cells"] if c["cell_type"] == "markdown")
    assert "“文本缺失”" not in text and '"text missing"' not in text
    guide = labels.label("sheet_note", "category_tasks", lang)
    assert "文本缺失" not in guide
