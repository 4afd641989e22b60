"""benchmarks/instruments_score.py --code (session 27): a hand sample scored against the clauses table as
shipped (the code, the model alone where a researcher's check replaced it, the rules' reading), joined by
plan, task and clause number; a sample clause the table does not hold as drawn is an error, never dropped."""

from __future__ import annotations

import pandas as pd
import pytest
from benchmark_scripts import benchmark_script


@pytest.fixture(scope="module")
def score():
    with benchmark_script("instruments_score") as module:
        yield module


def _clauses() -> pd.DataFrame:
    return pd.DataFrame({
        "plan_id": ["a", "a", "b", "b"], "task_id": ["1.1", "1.2", "2.1", "2.1"], "clause_no": [1, 1, 1, 2],
        "text": ["建设科普馆。", "开展科普讲座。", "健全激励机制。", "鼓励企业参与。"],
        "tool": ["infrastructure", "services", "organisation", "incentives"],
        "type": ["supply", "supply", "environment", "environment"],
        "coded_by": ["model", "model", "checked", "model"],
        "rule_tool": ["infrastructure", "demonstration", "incentives", "participation"],
        "rule_type": ["supply", "demand", "environment", "demand"]})


def test_the_sample_is_scored_against_the_shipped_code_the_model_alone_and_the_rules(score):
    hand = pd.DataFrame({"plan_id": ["a", "b", "b"], "task_id": ["1.2", "2.1", "2.1"], "clause_no": [1, 1, 2],
                         "text": ["开展科普讲座。", "健全激励机制。", "鼓励企业参与。"],
                         "tool": ["services", "organisation", "participation"],
                         "type": ["supply", "environment", "demand"]})
    both = score.shipped(hand, _clauses())
    assert list(both["tool_code"]) == ["services", "organisation", "incentives"]
    lines = score.code_lines("s", both)
    assert lines[0].startswith("s, the code: type 2/3") and "tool 2/3" in lines[0]
    assert lines[1].startswith("s, the model alone: type 1/2") and "tool 1/2" in lines[1]  # the checked clause left out
    assert lines[2].startswith("s, the rules: type 2/3") and "tool 1/3" in lines[2]


def test_a_sample_clause_not_in_the_table_as_drawn_is_an_error_naming_it(score):
    hand = pd.DataFrame({"plan_id": ["a"], "task_id": ["1.1"], "clause_no": [1], "text": ["建设科普场馆。"],
                         "tool": ["infrastructure"], "type": ["supply"]})
    with pytest.raises(SystemExit, match=r"a 1\.1\.1"):
        score.shipped(hand, _clauses())
    missing = hand.assign(task_id="9.9", text="建设科普馆。")
    with pytest.raises(SystemExit, match=r"a 9\.9\.1"):
        score.shipped(missing, _clauses())


def test_a_candidate_model_file_codes_the_five_plans_as_the_library_would_and_the_shipped_one_comes_back(score):
    """--code --model-file (session 27): the five plans parsed afresh read the given model wherever the library
    reads the shipped file; afterwards the library reads the shipped file again."""
    import dataclasses

    import numpy as np

    from sciplan_analysis.config import MODEL_FILE
    from sciplan_analysis.parsing import learned

    shipped_tools = score.clauses_with(None)["tool"]
    again = score.clauses_with(MODEL_FILE)
    assert list(again["tool"]) == list(shipped_tools)  # the shipped file read afresh: the cached codes
    model = learned.load_model(MODEL_FILE)
    bias = np.full(len(model.tools), -1e3)
    bias[model.tools.index("none")] = 1e3  # a model that reads every clause as none
    nothing = score.clauses_with(dataclasses.replace(model, bias=bias))
    by_model = nothing["coded_by"] == "model"
    assert (nothing.loc[by_model, "tool"] == "none").all() and by_model.sum() > 600
    assert learned.load_model(MODEL_FILE) is model  # the shipped reader restored, its cache kept
    assert list(score.clauses_with(None)["tool"]) == list(shipped_tools)
