"""The corpus: manifest, cache, adding a plan, the build's files, and the command line."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest
from forked_cli import run_cli

import sciplan_analysis.corpus as corpus_module
from sciplan_analysis import Corpus, PlanError, load_corpus, read_manifest
from sciplan_analysis.corpus import RAW_DIR
from sciplan_analysis.report.export import write_tables


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    return raw


def test_manifest_has_the_five_plans():
    rows = read_manifest()
    assert [r["plan_id"] for r in rows] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    assert {r["status"] for r in rows} == {"final", "draft", "fragment"}


# SHA-256 of the five texts as received (the originals in shared/plans/). Recorded here so the
# check runs in any clone; it skipped before wherever ../shared/plans was not beside the checkout.
ORIGINALS = {
    "chongqing.txt": "beda05f81ec5939e509965d4f428ebe19cbe410c918fdc6d02f8faac32bb3233",
    "jinjiang.txt": "db9cfbbb7c2e552dbcdb3d215f65c6d1953cbe2f35e578db94c670fd713114c0",
    "lezhi.txt": "29a71e28544754f4fbd706abdfecd1482326049bc7a1bac7454d8a0dcb973796",
    "shanwei.txt": "a238498aaae8bff49e4b531422af931e667f19601f75d3a4466b2fc681f09340",
    "wuxi.txt": "bb4566636374a5ad1c39f7d63f3be632ce360a8c73b45e7a6d6ab5d8ae8b92a3",
}


def test_raw_texts_are_the_originals_as_received():
    for name, digest in ORIGINALS.items():
        assert hashlib.sha256((RAW_DIR / name).read_bytes()).hexdigest() == digest, name


def test_a_plan_keeps_only_its_own_problems():
    """Problems read "<plan_id>: …"; plan "wu" must not collect those of "wuxi" (it did when
    they were matched by prefix)."""
    plans = [{"plan_id": plan_id, "status": "final", "n_chars": 1, "file": f"{plan_id}.txt"}
             for plan_id in ("wuxi", "wu")]
    both = Corpus.from_records({"plans": plans},
                               ["wuxi: task 1.1.1 names a unit twice", "wu: table row 2 names a unit twice"])
    assert both.plan("wu").problems == ["wu: table row 2 names a unit twice"]
    assert both.plan("wuxi").problems == ["wuxi: task 1.1.1 names a unit twice"]


def test_adding_a_plan_is_one_row_and_one_file(raw_copy, tmp_path):
    text = "一、提升行动\n（一）实施青少年科学素质提升行动\n1.开展活动。内容。〔牵头单位：县教育局〕\n"
    (raw_copy / "newcounty.txt").write_text(text, encoding="utf-8")
    with (raw_copy / "plans.csv").open("a", encoding="utf-8") as f:
        f.write("newcounty,newcounty.txt,新县,New County,county,四川省,成都市,final\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(raw_copy, tmp_path / "processed")
    assert corpus.plan_ids[-1] == "newcounty"
    assert corpus.plan("newcounty").assignments.unit_raw.tolist() == ["县教育局"]
    assert corpus.plans.set_index("plan_id").loc["newcounty", "name_zh"] == "新县"


def test_manifest_errors_name_the_problem(raw_copy):
    with (raw_copy / "plans.csv").open("a", encoding="utf-8") as f:
        f.write("ghost,ghost.txt,鬼县,Ghost,county,,,final\n")
    with pytest.raises(PlanError, match=r"plans.csv, line 7: file 'ghost.txt'"):
        read_manifest(raw_copy)
    lines = (raw_copy / "plans.csv").read_text(encoding="utf-8").splitlines()
    (raw_copy / "plans.csv").write_text("\n".join(lines[:-1] + [lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(PlanError, match="'wuxi' is listed twice"):
        read_manifest(raw_copy)


def test_cache_is_used_until_a_raw_file_changes(raw_copy, tmp_path, monkeypatch):
    processed = tmp_path / "processed"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = load_corpus(raw_copy, processed)
    assert any(p.is_file() for p in processed.rglob("*")), "no cache was written"

    calls = []
    real = corpus_module.parse_manifest

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(corpus_module, "parse_manifest", counted)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = load_corpus(raw_copy, processed)
        assert calls == []
        pd.testing.assert_frame_equal(first.tasks, again.tasks)
        future = time.time() + 5
        os.utime(raw_copy / "wuxi.txt", (future, future))
        load_corpus(raw_copy, processed)
    assert len(calls) == 1


def test_write_tables(corpus, tmp_path):
    written = write_tables(corpus, tmp_path, extra=False, quiet=True)
    names = {p.name for p in written}
    for table in corpus.tables():
        assert f"{table}.csv" in names and f"{table}.parquet" in names
    assert (tmp_path / "tasks.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel/WPS
    back = pd.read_csv(tmp_path / "assignments.csv", encoding="utf-8-sig")
    assert len(back) == len(corpus.assignments)
    sheets = pd.read_excel(tmp_path / "sciplan_tables.xlsx", sheet_name=None)
    assert list(sheets)[:len(corpus.tables())] == list(corpus.tables())  # the contract's, in order
    assert len(sheets["tasks"]) == len(corpus.tasks)


def test_cli_parse_json():
    result = run_cli(["parse", RAW_DIR / "lezhi.txt", "--json"])
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["plan"]["doc_number"] == "乐府发〔2023〕61号"
    assert len(summary["groups"]) == 17
    assert summary["groups"][3]["tasks"][0]["lead"] == ["县教体局"]
    assert [t["year"] for t in summary["targets"]] == [2025, 2035]


def test_cli_parse_text_and_bad_file(tmp_path):
    result = run_cli(["parse", RAW_DIR / "chongqing.txt"])
    assert result.returncode == 0, result.stderr
    assert "unplaced paragraphs: 1" in result.stdout
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_cli(["parse", empty])
    assert result.returncode == 2
    assert "empty.txt: the file is empty" in result.stderr


def test_large_corpus_tables_agree_with_the_all_pairs_ones(corpus):
    from sciplan_analysis.analysis.result import complete_pairs, keeps_some_pairs
    from sciplan_analysis.report.export import derived_tables

    small = derived_tables(corpus)
    large = derived_tables(corpus, large=2)  # force the scalable forms on the five plans
    assert set(small) == {"similarity", "similarity_robustness", "reuse", "reuse_pairs"}
    assert set(large) == {"similarity_nearest", "reuse", "reuse_counts"}
    key = ["source_plan", "target_plan"]
    assert keeps_some_pairs(large["reuse"]) and not keeps_some_pairs(small["reuse"])
    assert (large["reuse"].n_reused > 0).all()
    a = small["reuse"].set_index(key).sort_index()
    b = complete_pairs(large["reuse_counts"]).set_index(key).sort_index()
    pd.testing.assert_series_equal(a.n_reused, b.n_reused, check_dtype=False)
    pd.testing.assert_series_equal(a.share, b.share, check_dtype=False)
    kept = large["reuse"].set_index(key)
    pd.testing.assert_series_equal(kept.share, b.share.loc[kept.index])
    whole = small["similarity"].query("scope == 'whole' and analyzer == 'word'")
    top = large["similarity_nearest"].query("scope == 'whole' and rank == 1")
    for row in top.itertuples():
        scores = whole[(whole.plan_a == row.plan_id) | (whole.plan_b == row.plan_id)].score
        assert row.score == pytest.approx(scores.max())
