"""The report's findings are computed from the tables: change the data, the sentence changes."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis import findings as F

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def tables(corpus):
    return F.Tables(corpus)


def _copy(corpus):
    from dataclasses import replace

    return replace(corpus, **{name: df.copy() for name, df in corpus.tables().items()})


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_index_findings_are_five_to_eight_sentences_with_numbers(tables, lang):
    found = F.index_findings(tables, lang)
    assert 5 <= len(found) <= 8
    for f in found:
        assert re.search(r"\d", f.sentence), f.sentence
        assert f.href == f"{f.page}.html#fig-{f.figure}"
        assert f.page in F.PAGES and f.id in F.PAGES[f.page]
        assert "{" not in f.sentence and "nan" not in f.sentence.lower()
        if lang == "en":
            assert not HAN.search(f.sentence), f.sentence
        else:
            assert HAN.search(f.sentence)


def test_every_page_has_two_or_three_findings(tables):
    for page in F.PAGES:
        assert 2 <= len(F.page_findings(tables, page, "zh")) <= 3, page


def test_quantified_follows_the_commitments(corpus):
    before = F.quantified(F.Tables(corpus), "en")
    assert before.values["top_id"] == "jinjiang"
    changed = _copy(corpus)
    changed.commitments = changed.commitments[changed.commitments.plan_id != "jinjiang"]
    after = F.quantified(F.Tables(changed), "en")
    assert after.values["top_id"] == "wuxi" and after.sentence != before.sentence
    assert after.sentence.startswith(labels.plan_label("wuxi", "en"))


def test_horizon_names_the_plan_that_looks_furthest(corpus):
    found = F.horizon(F.Tables(corpus), "en")
    assert found.values["plan_ids"] == ["lezhi"] and "2035" in found.sentence
    changed = _copy(corpus)
    extra = changed.targets[changed.targets.plan_id == "wuxi"].tail(1).assign(year=2040, value=30.0)
    changed.targets = pd.concat([changed.targets, extra], ignore_index=True)
    found = F.horizon(F.Tables(changed), "zh")
    assert found.values["plan_ids"] == ["wuxi"] and "2040" in found.sentence
    assert found.sentence.startswith("只有巫溪县")


def test_no_targets_no_horizon(corpus):
    changed = _copy(corpus)
    changed.targets = changed.targets.iloc[0:0]
    assert F.horizon(F.Tables(changed)) is None


def test_reuse_follows_the_reuse_table(tables):
    shares, pairs = tables.get_reuse()
    found = F.reuse(tables, "en")
    assert found.values["share"] == pytest.approx(0.534, abs=0.01)
    lowered = shares.copy()
    hit = (lowered.source_plan == "chongqing") & (lowered.target_plan == "wuxi")
    lowered.loc[hit, "share"] = 0.40
    again = F.reuse(F.Tables(tables.corpus, tables.get_similarity(), lowered, pairs), "en")
    assert again.sentence.startswith("40%") and again.sentence != found.sentence


def test_left_out_counts_only_complete_plans(tables):
    found = F.left_out(tables, "en")
    assert "chongqing" not in " ".join(found.values["categories"])
    assert found.values["n"] == len(found.values["categories"]) >= 1


def test_source_note_names_fragment_and_drafts(corpus):
    note = F.source_note(corpus, "en", units=True)
    assert "fragment" in note and "draft" in note and "per group" in note
