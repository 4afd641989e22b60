"""Session 27's study of model settings (benchmarks/instruments_learned.py --study-settings): each
variant changes one thing of the frozen hybrid and that thing reaches the fit; the baseline is the
frozen setting, fitted exactly as before; the pre-registered rule; the forward split; what --write
can carry. Made-up clauses only."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from benchmark_scripts import benchmark_script


@pytest.fixture(scope="module")
def il():
    with benchmark_script("instruments_learned") as module:
        yield module


# made-up clauses of two groups: text, hand tool, the rules' tool and cue, section kind, group
ROWS = pd.DataFrame([
    ("开展全民科学素质讲座活动。", "services", "services", "讲座", "tasks", "1"),
    ("举办科普讲座进校园活动。", "services", "services", "讲座", "tasks", "1"),
    ("组织专家开展科普讲座。", "services", "services", "讲座", "tasks", "1"),
    ("开展讲座式教师培训。", "education", "services", "讲座", "tasks", "1"),
    ("开展教师科学素质培训。", "education", "education", "培训", "tasks", "2"),
    ("组织农民技术培训活动。", "education", "education", "培训", "tasks", "2"),
    ("举办骨干培训班。", "education", "education", "培训", "tasks", "2"),
    ("设立科普专项资金。", "funding", "funding", "资金", "safeguards", "2"),
    ("加大科普资金投入力度。", "funding", "funding", "资金", "safeguards", "five"),
    ("安排专项资金支持科普。", "funding", "none", "", "safeguards", "five"),
], columns=["text", "tool", "first_tool", "first_cue", "section", "group"])
ROWS["type"] = ROWS["tool"].map({"services": "demand", "education": "supply", "funding": "supply"})


def test_the_baseline_is_the_frozen_setting_and_each_variant_changes_one_thing(il):
    base = il.STUDY["base"]
    assert base == il.FROZEN["hybrid"]["first"]
    assert list(il.STUDY) == ["base", "c4", "c64", "balanced", "char14", "words"]  # the order run
    changed = {name: {f for f in base.__dataclass_fields__ if getattr(s, f) != getattr(base, f)}
               for name, s in il.STUDY.items()}
    assert changed == {"base": set(), "c4": {"c"}, "c64": {"c"}, "balanced": {"balanced"},
                       "char14": {"ngram_hi"}, "words": {"words"}}
    assert (il.STUDY["c4"].c, il.STUDY["c64"].c) == (4.0, 64.0)
    assert [n for n, s in il.STUDY.items() if s.shippable] == ["base", "c4", "c64", "balanced"]
    with pytest.raises(SystemExit):
        il.study_setting("c8")


def test_the_baseline_fit_is_unchanged(il):
    """The study's baseline fits exactly as the frozen setting did before session 27: the same
    character 1-3-gram TF-IDF, no class weights, the same regression (fitted here by hand)."""
    s = il.STUDY["base"]
    fitted = il.fit(ROWS, s, "first")
    assert fitted.model.class_weight is None and fitted.model.C == 16.0
    assert isinstance(fitted.vec, il.TfidfVectorizer) and fitted.vec.ngram_range == (1, 3)
    assert max(len(g) for g in fitted.vec.get_feature_names_out()) == 3
    x = il.TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2).fit_transform(ROWS["text"])
    block = il.CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, binary=True)
    r = block.fit_transform(il.rule_tokens(ROWS, "first", True))
    hand = il.LogisticRegression(C=16.0, max_iter=300, tol=1e-3).fit(il.sp.hstack([x, r]).tocsr(), ROWS["tool"])
    np.testing.assert_allclose(fitted.model.coef_, hand.coef_, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("name", ["c4", "c64"])
def test_c_reaches_the_regression(il, name):
    fitted = il.fit(ROWS, il.STUDY[name], "first")
    base = il.fit(ROWS, il.STUDY["base"], "first")
    assert il.STUDY[name].c == fitted.model.C
    assert not np.allclose(fitted.model.coef_, base.model.coef_)


def test_balanced_class_weight_reaches_the_regression_and_moves_the_weights(il):
    fitted = il.fit(ROWS, il.STUDY["balanced"], "first")
    base = il.fit(ROWS, il.STUDY["base"], "first")
    assert fitted.model.class_weight == "balanced"
    # the tools are 4, 3 and 3 of 10 clauses: the rarer ones weigh more, so the fit differs
    assert not np.allclose(fitted.model.coef_, base.model.coef_)


def test_character_four_grams_reach_the_features(il):
    fitted = il.fit(ROWS, il.STUDY["char14"], "first")
    grams = fitted.vec.get_feature_names_out()
    assert "科普讲座" in grams and max(len(g) for g in grams) == 4  # twice in the made-up clauses
    base = il.fit(ROWS, il.STUDY["base"], "first")
    assert fitted.features(ROWS).shape[1] > base.features(ROWS).shape[1]


def test_word_features_stand_beside_the_character_grams_with_the_user_dictionary(il):
    words = il._word_pairs("开展全民科学素质讲座活动")
    assert "w:全民科学素质" in words  # the user dictionary's entry kept whole
    assert any("|" in w for w in words)  # and pairs of neighbouring words
    fitted = il.fit(ROWS, il.STUDY["words"], "first")
    names = fitted.vec.get_feature_names_out()
    assert any(n.startswith("word__w:") for n in names) and any(n.startswith("char__") for n in names)
    base = il.fit(ROWS, il.STUDY["base"], "first")
    assert fitted.features(ROWS).shape[1] > base.features(ROWS).shape[1]
    assert fitted.model.predict(fitted.features(ROWS)).shape == (len(ROWS),)


def test_a_variant_is_chosen_only_by_ten_more_tools_and_no_fewer_types(il):
    def table(**rows):
        return {k: {"type": a, "tool": b} for k, (a, b) in rows.items()}

    assert il.setting_chosen(table(base=(860, 820), c4=(861, 830), c64=(870, 829))) == "c4"
    assert il.setting_chosen(table(base=(860, 820), c4=(859, 835))) == "base"  # type lower
    assert il.setting_chosen(table(base=(860, 820), c4=(870, 829))) == "base"  # nine more
    assert il.setting_chosen(table(base=(860, 820), c4=(860, 830), balanced=(865, 830))) == "c4"  # a tie: the earlier
    assert il.setting_chosen(table(base=(860, 820), c4=(860, 840), c64=(860, 845))) == "c64"


def test_each_set_is_read_by_a_fit_on_group_five_and_the_sets_before_it_only(il, monkeypatch):
    seen = []
    real = il.fit

    def spy(train, s, view, five_weight=1.0):
        seen.append(sorted(set(train["group"])))
        return real(train, s, view, five_weight)

    monkeypatch.setattr(il, "fit", spy)
    three = pd.concat([ROWS, ROWS[ROWS["group"] == "2"].assign(group="3")], ignore_index=True)
    tools, seconds = il.forward_read(three, ["2", "3"], il.STUDY["c4"])
    assert seen == [["1", "five"], ["1", "2", "five"]]
    assert sorted(tools.index) == list(three.index[three["group"].isin(["2", "3"])])
    assert len(seconds) == 2


def test_write_carries_a_setting_the_library_reads_and_names_it(il, tmp_path):
    assert il.write_command(97, 1.0, "now", "c4") == "--write --through 97 --setting c4 --five-view now"
    assert il.write_command(97, 1.0, "now") == "--write --through 97 --five-view now"
    for name in ("char14", "words"):
        with pytest.raises(SystemExit, match="1-3-grams"):
            il.write_model(97, out=tmp_path / "x.csv", setting=name)
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("argv", [["--setting", "c4"], ["--study-out", "x.json"]])
def test_setting_goes_with_write_and_study_out_with_the_study(il, monkeypatch, argv):
    monkeypatch.setattr(il.sys, "argv", ["instruments_learned.py", *argv])
    with pytest.raises(SystemExit) as stop:
        il.main()
    assert stop.value.code == 2
