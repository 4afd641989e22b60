"""The kinds of the listed real pages (benchmarks/page_kinds.csv, issue 23) and the per-field
count of benchmarks/real_pages_first_contact.py."""

from __future__ import annotations

import csv

import pytest
from benchmark_scripts import BENCH, benchmark_script


@pytest.fixture(scope="module")
def fc():
    with benchmark_script("real_pages_first_contact") as module:
        yield module


def _rows(name: str) -> list[dict[str, str]]:
    with (BENCH / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def test_every_listed_page_has_one_kind_of_the_vocabulary(fc):
    kinds = _rows("page_kinds.csv")
    listed = _rows("real_pages.csv")
    assert [(r["id"], r["set"]) for r in kinds] == [(p["id"], p["set"]) for p in listed]
    assert {r["kind"] for r in kinds} == set(fc.KINDS)
    header = (BENCH / "page_kinds.csv").read_text(encoding="utf-8").split("\nid,set,kind\n")[0]
    for kind in fc.KINDS:  # each kind is documented in the comment header
        assert f"#   {kind} " in header
    assert fc.page_kinds()  # the script's own check passes


def test_field_scores_split_a_page_as_score_page_counts_it(fc):
    facts = [{"field": "title", "value": "甲市全民科学素质行动规划纲要实施方案"},
             {"field": "issuer", "value": "?"},
             {"field": "target", "value": "share:2025:15:>"},
             {"field": "target", "value": "share:2020:10:="},
             {"field": "cites", "value": "全民科学素质行动规划纲要(2021—2035年)"}]
    meta = {"title": fc.rp.norm("甲市全民科学素质行动规划纲要实施方案"), "doc_number": "甲府发〔2022〕1号",
            "issuer": "甲市人民政府", "issue_date": "", "period": ""}
    targets = [("share", 2025, 15.0, ">"), ("share", 2035, 25.0, ">")]
    scores = fc.field_scores(facts, meta, targets, [fc.rp.norm("全民科学素质行动规划纲要(2021-2035年)")])
    # title right; a number the page does not show is a wrong fact; issuer ? not scored;
    # one share found, one missing, one not on the page; the citation found
    assert scores == {"title": [1, 1], "doc_number": [0, 1], "target": [1, 3], "cites": [1, 1]}


def test_a_citations_alternatives_any_one_is_right(fc):
    """docs/fact_conventions.md: a value's alternatives are joined by |, any one of them is right;
    the citations were compared whole until session 26 (holdout109's and holdout126's spam-split names)."""
    facts = [{"field": "cites", "value": "甲省科普条例|甲省科学技术普及条例"},
             {"field": "cites", "value": "乙市科普规划|乙市科普发展规划"}]
    meta = dict.fromkeys(fc.rp.META, "")
    cites = [fc.rp.norm("甲省科学技术普及条例")]
    assert fc.field_scores(facts, meta, [], cites) == {"cites": [1, 2]}
    right, total, misses = fc.rp.score_page(facts, meta, [], cites)
    assert (right, total) == (1, 2) and misses == ["citation missing: 乙市科普规划|乙市科普发展规划"]

