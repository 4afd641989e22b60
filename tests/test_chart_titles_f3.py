"""Chart titles that say what the chart shows at any size (audit14 item 9): chart 6.1's title,
the parent–child reuse finding's headline, says it reads a parent and child pair, with its
count, so a reader of a matrix whose darkest cells are other pairs does not look for it there."""

from __future__ import annotations

import pytest

from sciplan_analysis.analysis import findings as F


@pytest.mark.parametrize(("lang", "said"), [("zh", "上下级规划之间："), ("en", "Parent and child plans: ")])
def test_the_reuse_matrix_title_names_the_parent_child_rule_and_its_count(five_tables, lang, said):
    found = F.reuse(five_tables, lang)
    assert found is not None and found.title.startswith(said), found.title
    n, of = found.values["n_reused"], found.values["n_sentences"]
    assert (f"{n}/{of}" if lang == "zh" else f"{n} of ") in found.title
    assert "大段" not in found.title and len(found.title) <= (40 if lang == "zh" else 100)
