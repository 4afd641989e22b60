"""Pages that read at any corpus: the notebooks' own prose names no plan (what is said of a
particular plan comes from the tables, in findings and notes), and page 07's one-plan matrix
picks its plan from the corpus instead of naming one of the five."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sciplan_analysis.analysis import instruments
from sciplan_analysis.corpus import RAW_DIR, read_manifest_table
from sciplan_analysis.errors import PlanError
from sciplan_analysis.tables import Corpus

ROOT = Path(__file__).resolve().parent.parent


def test_no_notebook_prose_names_a_plan():
    _, rows = read_manifest_table(RAW_DIR)
    names = {r["name_zh"] for r in rows} | {r["name_en"] for r in rows if r.get("name_en")}
    # the short forms a sentence uses too (锦江区, 汕尾市城区 → 城区 is too generic to test)
    names |= {re.sub(r"^.{2,3}市(?=.{2,4}区$)", "", n) for n in names}
    said = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for n, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            found = said.search("".join(cell["source"]))
            assert cell["cell_type"] != "markdown" or not found, (path.name, n, found and found.group())
            if cell["cell_type"] == "code" and "parameters" in cell["metadata"].get("tags", []):
                assert not re.search(r'=\s*"({})"'.format("|".join(r["plan_id"] for r in rows)),
                                     "".join(cell["source"])), (path.name, "a parameter names a plan")


def _without(corpus: Corpus, plan_id: str) -> Corpus:
    """The corpus less one plan (every table filtered)."""
    return Corpus(**{name: table[table["plan_id"] != plan_id].reset_index(drop=True)
                     for name, table in corpus.tables().items()})


def test_the_plan_with_most_gaps_is_read_from_the_corpus(corpus):
    gaps = {p: len(instruments.tool_category_matrix(corpus, plan_id=p).attrs["absent"])
            for p in corpus.plan_ids}
    # the fragment lost its actions part: its clauses miss 9 of the corpus's categories
    assert gaps["chongqing"] == 9 and instruments.plan_lacking_most(corpus) == "chongqing"
    four = _without(corpus, "chongqing")  # a corpus without the fragment picks among the rest
    gaps = {p: len(instruments.tool_category_matrix(four, plan_id=p).attrs["absent"])
            for p in four.plan_ids}
    most = max(gaps.values())
    assert instruments.plan_lacking_most(four) == next(p for p in four.plan_ids if gaps[p] == most)
    assert instruments.plan_lacking_most(four) == "jinjiang"  # the most gaps: 4 categories


def test_a_plan_not_in_the_corpus_is_a_clear_error(corpus):
    with pytest.raises(PlanError, match="'nowhere' is not in the corpus"):
        instruments.tool_category_matrix(corpus, plan_id="nowhere")
