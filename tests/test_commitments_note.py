"""Page 02's commitments-table note states the rule `targets.commitments_by_measure` follows
(audit13b item 4): a whole plan's none is 0, only a fragment's (or a page that is no plan's
text) silence reads 未提及 / "not stated", in both languages."""

from __future__ import annotations

import json
from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "02_targets.ipynb"


def _markdown(tag: str) -> list[str]:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells
            if c["cell_type"] == "markdown" and tag in c.get("metadata", {}).get("tags", [])]


def test_the_commitments_note_gives_a_whole_plan_0_and_a_fragment_not_stated():
    zh = next(t for t in _markdown("lang-zh") if t.startswith("## 量化承诺"))
    en = next(t for t in _markdown("lang-en") if t.startswith("## Quantified commitments"))
    assert "完整规划整列记为 0" in zh and "残篇" in zh and "未提及" in zh
    assert "whole plan with no commitment at all has 0" in en and "fragment" in en
    # the stale rule: any plan without commitments reading 'not stated' in its whole column
    assert "没有任何量化承诺的规划整列显示" not in zh
    assert 'A plan with no commitment at all reads "not stated"' not in en
