"""The review flag since session 25: the rules' tool where it differs from the code (the learned
hybrid's); the shared character n-gram tf-idf scoring; and the retired review file's reader, kept
with its benchmark (benchmarks/review_file.py) for the history runs."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from sciplan_analysis.parsing import grams as shared
from sciplan_analysis.tables import INSTRUMENT_TOOLS

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))
import review_file as review  # noqa: E402  (the retired file's reader)

HEADER = "ngram,idf,services,education\n"


def model_file(tmp_path, body: str, header: str = HEADER):
    path = tmp_path / "review.csv"
    path.write_text("# a made-up model\n" + header + body, encoding="utf-8")
    return review.load_model.__wrapped__(path)


def test_a_reading_is_the_softmax_of_the_weighted_tfidf_worked_by_hand(tmp_path):
    """One n-gram 培 (idf 1, weight 2 for education): its tf-idf vector is (1), so the
    scores are (0, 2) and education's probability e²/(1+e²) ≈ 0.881."""
    model = model_file(tmp_path, "<floor>,0.5,,\n<bias>,,0,0\n培,1,,2\n训,1,,\n")
    tool, p = review.reading("培", model)
    assert tool == "education" and p == pytest.approx(math.exp(2) / (1 + math.exp(2)))
    # 培训: two n-grams of idf 1 (训 weighs nothing), and 培训 itself is unknown → x = (1, 1)/√2
    tool, p = review.reading("培训", model)
    z = 2 / math.sqrt(2)
    assert tool == "education" and p == pytest.approx(math.exp(z) / (1 + math.exp(z)))


def test_a_clause_is_flagged_only_where_the_model_reads_another_tool_above_the_floor(tmp_path):
    model = model_file(tmp_path, "<floor>,0.8,,\n<bias>,,0,0\n培,1,,2\n讲,1,0.5,\n")
    assert review.review("培", "services", model) == "education"  # p 0.881 >= 0.8
    assert review.review("培", "education", model) is None  # the model agrees
    assert review.review("讲", "education", model) is None  # services at p 0.62: unsure
    assert review.review("无", "education", model) is None  # nothing known: the bias, p 0.5


def test_the_features_are_scikit_learns_character_tfidf():
    """The library's n-grams and tf-idf give the probabilities scikit-learn's pipeline gives,
    on text with upper case, white space runs and repeated n-grams."""
    train = ["开展科普讲座", "举办 科普  讲座活动", "组织教师培训", "培训培训 骨干教师", "建设科普基地",
             "建设科技馆 AI 展厅", "开展科普讲座和培训", "建设基地"]
    tools = ["services", "services", "education", "education", "infrastructure",
             "infrastructure", "services", "infrastructure"]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=1)
    fitted = LogisticRegression(C=4.0, max_iter=300).fit(vec.fit_transform(train), tools)
    grams = vec.get_feature_names_out()
    rows = {g: i for i, g in enumerate(grams)}
    for text in ["开展  科普讲座 AI", "教师 培训培训", "建设科普展厅", "完全陌生"]:
        want = fitted.predict_proba(vec.transform([text]))[0]
        z = shared.gram_scores(text, rows, vec.idf_, fitted.coef_.T, fitted.intercept_)
        p = np.exp(z - z.max())
        assert p / p.sum() == pytest.approx(want)


def test_ngrams_that_are_spaces_commas_or_hashes_are_read_as_written(tmp_path):
    """An n-gram may be a space, hold a comma or open with #: cells are not stripped and only
    lines before the header are comments; a row of an n-gram's idf alone has no weights."""
    model = model_file(tmp_path, '<floor>,0.5,,\n<bias>,,0,0\n" ",1,,1\n"a,",1,2,\n#1,1,,3\n训,2\n')
    assert set(model.rows) == {" ", "a,", "#1", "训"}
    assert model.weights[model.rows["#1"]].tolist() == [0.0, 3.0]
    assert model.weights[model.rows["训"]].tolist() == [0.0, 0.0] and model.idf[model.rows["训"]] == 2
    assert review.reading("#1", model)[0] == "education"
    header, rows = shared.model_rows(tmp_path / "review.csv")
    assert header == HEADER.strip().split(",") and [r[0] for _, r in rows][2:] == [" ", "a,", "#1", "训"]


@pytest.mark.parametrize(("body", "message"), [
    ("<floor>,0.5,,\n<bias>,,0,0\n培,1,,x\n", "line 5: idf and weights must be numbers"),
    ("<floor>,0.5,,\n培,1,,2\n", "needs a <bias> row"),
    ("<bias>,,0,0\n培,1,,2\n", "needs a <bias> row and a <floor> row"),
    ("<floor>,1.5,,\n<bias>,,0,0\n", "a floor in (0, 1]"),
    ("<floor>,0.5,,\n<bias>,\n培,1,,2\n", "needs a <bias> row"),
    ("<floor>,0.5,,\n<bias>,,0,0\n培,1,,2\n培,1,,1\n", "listed twice"),
    ("<floor>,0.5,,\n<bias>,,0,0\n培,1,2\n", "line 5: 3 cells"),
])
def test_a_malformed_model_file_is_an_error_naming_the_file(tmp_path, body, message):
    with pytest.raises(review.ReviewError, match="review.csv") as err:
        model_file(tmp_path, body)
    assert message in str(err.value)


def test_a_header_naming_a_tool_outside_the_scheme_is_an_error(tmp_path):
    with pytest.raises(review.ReviewError, match="header"):
        model_file(tmp_path, "<floor>,0.5,,\n<bias>,,0,0\n", header="ngram,idf,services,nudging\n")


def test_every_flag_on_the_five_plans_is_the_rules_tool_where_it_differs(corpus):
    """The review flag names the rules' tool, another tool of the scheme than the code's, and only
    where the two readings differ."""
    clauses = corpus.clauses
    flagged = clauses[clauses["review"].notna()]
    assert 0 < len(flagged) < len(clauses) / 2
    assert (flagged["review"] != flagged["tool"]).all()
    assert (flagged["review"] == flagged["rule_tool"]).all()
    assert set(flagged["review"]) <= set(INSTRUMENT_TOOLS)
    assert (clauses["review"].notna() == (clauses["tool"] != clauses["rule_tool"])).all()


def test_the_retired_file_is_neither_shipped_nor_read_by_the_library():
    """instrument_review.csv is retired (session 25): not among the reference files, not read by
    the parser (its reader lives with its benchmark)."""
    from sciplan_analysis import config, corpus

    assert not (config.REFERENCE_DIR / "instrument_review.csv").exists()
    assert "instrument_review.csv" not in corpus.PARSER_REFERENCE
    assert not hasattr(shared, "load_model") and not hasattr(shared, "review")


def test_review_counts_put_each_plans_count_beside_its_share(corpus):
    """Counted by hand on a made-up table: wuxi 1 of 4 clauses to check (25%), lezhi 2 of 2, a
    plan without clauses 0 with no share (never a share of nothing)."""
    import pandas as pd

    from sciplan_analysis.analysis.instruments import review_counts, with_review_text

    table = pd.DataFrame({"plan_id": ["wuxi"] * 4 + ["lezhi"] * 2,
                          "review": [None, "funding", None, None, "services", "education"]})
    counts = review_counts(corpus, table).set_index("plan_id")
    assert counts.loc["wuxi", ["n_clauses", "to_review"]].tolist() == [4, 1]
    assert counts.loc["wuxi", "review_share"] == 25 and counts.loc["lezhi", "review_share"] == 100
    assert counts.loc["shanwei", "n_clauses"] == 0 and pd.isna(counts.loc["shanwei", "review_share"])
    shown = with_review_text(table, "en")["review"].tolist()
    assert shown[:2] == ["", "Funding"] and "" in shown and None not in shown
