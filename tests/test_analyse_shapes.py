"""One result shape: every analysis returns a tidy table, keys first, settings recorded."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from handmade import sample_corpus

from sciplan_analysis.analysis import categories as ac
from sciplan_analysis.analysis import network as net
from sciplan_analysis.analysis import overview as ao
from sciplan_analysis.analysis import result
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis import targets as at
from sciplan_analysis.analysis import workload as wl

PLAN = ["plan_id"]
PAIR = ["plan_a", "plan_b"]
DIRECTED = ["source_plan", "target_plan"]


@pytest.fixture(scope="module")
def corpus():
    return sample_corpus()


def _reuse_pairs(c):
    return ru.reuse_tables(c)[1]


TIDY = {
    "overview.plan_facts": (lambda c: ao.plan_facts(c), PLAN),
    "overview.structure_counts": (lambda c: ao.structure_counts(c), PLAN),
    "targets.literacy_targets": (lambda c: at.literacy_targets(c), PLAN),
    "targets.other_literacy_figures": (lambda c: at.other_literacy_figures(c), PLAN),
    "targets.specificity": (lambda c: at.specificity(c), PLAN),
    "categories.tasks_with_category": (lambda c: ac.tasks_with_category(c), PLAN),
    "categories.category_profile": (lambda c: ac.category_profile(c), [*PLAN, "category"]),
    "workload.task_units": (lambda c: wl.task_units(c), PLAN),
    "workload.unit_workload": (lambda c: wl.unit_workload(c), PLAN),
    "workload.top_units": (lambda c: wl.top_units(c, 2), PLAN),
    "workload.lead_concentration": (lambda c: wl.lead_concentration(c), PLAN),
    "workload.single_plan_units": (lambda c: wl.single_plan_units(c), PLAN),
    "workload.category_leads": (lambda c: wl.category_leads(c), [*PLAN, "category"]),
    "network.plan_metrics": (lambda c: net.plan_metrics(c), PLAN),
    "similarity.similarity_table": (lambda c: sim.similarity_table(c), PAIR),
    "similarity.nearest_plans": (lambda c: sim.nearest_plans(c, 2), PLAN),
    "similarity.shared_categories": (lambda c: sim.shared_categories(c), PAIR),
    "similarity.robustness_table": (lambda c: sim.robustness_table(c), PAIR),
    "similarity.distinctive_terms": (lambda c: sim.distinctive_terms(c, 3, min_count=1), PLAN),
    "reuse.sentences": (lambda c: ru.sentences(c), PLAN),
    "reuse.reuse_tables[0]": (lambda c: ru.reuse_tables(c)[0], DIRECTED),
    # aligned sentence pairs: source_plan first, the column order of reuse_pairs.csv
    "reuse.reuse_tables[1]": (lambda c: ru.reuse_tables(c)[1], ["source_plan"]),
    "reuse.reuse_by_threshold": (lambda c: ru.reuse_by_threshold(c, (80.0, 90.0)), DIRECTED),
    "reuse.own_text": (lambda c: ru.own_text(c, _reuse_pairs(c)), PLAN),
    "reuse.passages": (lambda c: ru.passages(_reuse_pairs(c)), DIRECTED),
}


@pytest.mark.parametrize("name", list(TIDY))
def test_tidy_result_has_keys_first_and_settings(corpus, name):
    make, keys = TIDY[name]
    df = make(corpus)
    assert isinstance(df, pd.DataFrame), name
    assert list(df.columns[: len(keys)]) == keys, f"{name}: {list(df.columns)}"
    assert isinstance(df.index, pd.RangeIndex), f"{name}: index {df.index!r}"
    assert isinstance(df.attrs.get("settings"), dict), f"{name} records no settings"
    json.dumps(df.attrs["settings"])  # what export writes to <table>_settings.json
    plans = set(corpus.plan_ids)
    for key in keys:
        if key != "category":
            assert set(df[key].dropna()) <= plans, name


VIEWS = {
    "categories.category_matrix": lambda c: ac.category_matrix(c, "tasks"),
    "targets.commitments_by_measure": lambda c: at.commitments_by_measure(c),
    "workload.workload_matrix": lambda c: wl.workload_matrix(c, "led"),
    "similarity.similarity_matrix": lambda c: sim.similarity_matrix(c),
    "similarity.to_matrix": lambda c: sim.to_matrix(sim.similarity_table(c)),
    "reuse.reuse_matrix": lambda c: ru.reuse_matrix(ru.reuse_tables(c)[0]),
}


@pytest.mark.parametrize("name", list(VIEWS))
def test_wide_views_record_their_settings_too(corpus, name):
    df = VIEWS[name](corpus)
    assert isinstance(df.attrs.get("settings"), dict), name
    json.dumps(df.attrs["settings"])


def test_settings_record_the_parameters(corpus):
    assert wl.top_units(corpus, 2, by="led").attrs["settings"]["n"] == 2
    assert ac.category_matrix(corpus, "share").attrs["settings"] == {"value": "share"}
    assert sim.distinctive_terms(corpus, 3, min_count=1).attrs["settings"]["min_count"] == 1
    assert ru.reuse_tables(corpus, threshold=90.0)[0].attrs["settings"]["threshold"] == 90.0


def test_tidy_moves_the_key_index_to_columns():
    df = pd.DataFrame({"x": [1, 2]}, index=pd.Index(["a", "b"], name="plan_id"))
    out = result.tidy(df, {"k": (1, 2)})
    assert list(out.columns) == ["plan_id", "x"] and out.attrs["settings"] == {"k": [1, 2]}
    with pytest.raises(KeyError):
        result.tidy(pd.DataFrame({"x": [1]}))
    assert result.describe_settings(out) == "k=[1, 2]"


def test_load_similarity_reads_the_built_table_when_fresh(corpus, tmp_path):
    table = sim.similarity_table(corpus)
    built = table.assign(score=0.5)  # marked, to tell read from computed
    built.to_csv(tmp_path / "similarity.csv", index=False, encoding="utf-8-sig")
    (tmp_path / "similarity_settings.json").write_text(json.dumps(table.attrs["settings"]))
    loaded = sim.load_similarity(corpus, processed_dir=tmp_path)
    assert (loaded["score"] == 0.5).all() and len(loaded) == len(table)
    assert loaded.attrs["settings"] == table.attrs["settings"]
    assert set(sim.load_similarity(corpus, ("word",), processed_dir=tmp_path)["analyzer"]) == {"word"}
    # other settings than the build's: computed
    other = sim.load_similarity(corpus, boilerplate=False, processed_dir=tmp_path)
    assert not (other["score"] == 0.5).all()
    # the corpus cache newer than the table (the texts changed): computed
    import os

    from sciplan_analysis.config import CACHE_DIR_NAME, CACHE_MANIFEST

    cache = tmp_path / CACHE_DIR_NAME / CACHE_MANIFEST
    cache.parent.mkdir()
    cache.write_bytes(b"")
    stamp = (tmp_path / "similarity.csv").stat().st_mtime + 10
    os.utime(cache, (stamp, stamp))
    assert not (sim.load_similarity(corpus, processed_dir=tmp_path)["score"] == 0.5).all()


def test_load_reuse_computes_when_nothing_was_built(corpus, tmp_path):
    shares, pairs = ru.load_reuse(corpus, processed_dir=tmp_path)
    expected, _ = ru.reuse_tables(corpus)
    pd.testing.assert_frame_equal(shares, expected)
    assert shares.attrs["settings"] == expected.attrs["settings"]
    assert list(pairs.columns) == ru.PAIR_COLUMNS
