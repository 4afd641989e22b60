"""The notebooks' own prose names things as the charts and tables do (one name per thing) and
states the rule the tables follow: read from the notebooks' Markdown, in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def prose(notebook: str, lang: str) -> str:
    """The Markdown of `notebook` in `lang` (cells tagged lang-zh / lang-en), joined."""
    cells = json.loads((NOTEBOOKS / notebook).read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
                     and f"lang-{lang}" in c.get("metadata", {}).get("tags", []))


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("zh", "组：二级标题", "（一）级标题"),
    ("en", "groups: second-level headings", "（一）-level headings"),
])
def test_page_01_calls_groups_what_chart_1_1_calls_them(lang, said, not_said):
    """Chart 1.1's panel reads 组（二级标题）: the page's note on its structure table says the same."""
    text = prose("01_corpus_overview.ipynb", lang)
    assert said in text and not_said not in text


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("zh", "没有量化承诺的完整规划整列记为 0", "没有任何量化承诺的规划整列显示“未提及”"),
    ("en", "A whole plan with no commitment reads 0 in its whole column",
     'A plan with no commitment at all reads "not stated"'),
])
def test_page_02_states_one_rule_for_a_plan_with_no_commitment(lang, said, not_said):
    """The commitments table gives a whole plan's none as 0s and a fragment's silence as 未提及
    (`targets.commitments_table`), as the specificity note on the same page says."""
    text = prose("02_targets.ipynb", lang)
    assert said in text and not_said not in text
