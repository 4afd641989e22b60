"""The build's tables at scale: reuse.csv beyond LARGE_CORPUS keeps only the pairs with reuse
(and its readers read an absent pair as none), and the workbook leaves out a table longer
than a sheet, naming the files that hold it."""

from __future__ import annotations

import json
import warnings

import openpyxl
import pandas as pd
import pytest
from handmade import sample_corpus

from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis.result import (
    ROWS,
    SOME_PAIRS,
    complete_pairs,
    keeps_some_pairs,
    read_built,
)
from sciplan_analysis.corpus import Corpus
from sciplan_analysis.report import export
from sciplan_analysis.report.export import reuse_from_counts, write_tables, write_workbook

KEYS = ["source_plan", "target_plan"]
SHARED = ["加强科普基础设施建设，建立政府引导、多渠道投入的机制，推动科普基础设施提质增量。",
          "建好社区科普活动室、科普书屋、科普画廊、科普橱窗等传统科普阵地，推动社区科普大学转型升级。",
          "推动修订科学技术普及条例，落实支持和鼓励科普事业发展的税收优惠等相关政策。"]
PLANS = {
    "parent": SHARED + ["积极参与世界公众科学素质促进大会，把智博会打造成为具有国际影响力的交流合作平台。",
                        "完善以实体科技馆为依托和基础的现代科技馆体系，拓展流动科技馆和科普大篷车的服务范围。"],
    "child": SHARED + ["打造特色的红池坝生态科普研学基地，开发本地非遗技艺体验课程和研学线路。",
                       "每年组织乡村教师赴主城区参加科学教育专题培训不少于两次，提升科学教育水平。"],
    "other": ["实施高素质农民培育计划，依托农业广播电视学校开展农民教育培训和技能提升。",
              "开展老年人智能技术运用培训，帮助老年人跨越数字鸿沟，提升老年人的数字素养。"],
    "silent": [],
}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Parent and child share three sentences; `other` shares none; `silent` has none."""
    records: dict[str, list[dict]] = {"plans": [], "segments": []}
    for plan_id, sentences in PLANS.items():
        records["plans"].append({"plan_id": plan_id})
        records["segments"] += [{"plan_id": plan_id, "seg_id": f"{plan_id}-{k}", "role": "task",
                                 "text": text} for k, text in enumerate(sentences)]
    return Corpus.from_records(records)


def n_sentences(corpus) -> pd.Series:
    return ru.sentences(corpus).groupby("plan_id").size().reindex(corpus.plan_ids, fill_value=0)


def build(corpus, folder, monkeypatch, large: int) -> dict:
    monkeypatch.setattr(export, "LARGE_CORPUS", large)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        written = write_tables(corpus, folder, quiet=True)
    return {p.name: p for p in written}


def test_reuse_beyond_large_corpus_keeps_only_the_pairs_with_reuse(corpus, tmp_path, monkeypatch):
    written = build(corpus, tmp_path, monkeypatch, large=1)
    assert "reuse_pairs.csv" not in written and "similarity_nearest.csv" in written
    counts = ru.reuse_counts(corpus)
    expected = [(s, t) for s in corpus.plan_ids for t in corpus.plan_ids if counts.loc[s, t] > 0]
    assert expected == [("parent", "child"), ("child", "parent")]  # 2 of the 12 ordered pairs
    for path in (tmp_path / "reuse.csv", tmp_path / "reuse.parquet"):
        table = (pd.read_csv(path, encoding="utf-8-sig") if path.suffix == ".csv"
                 else pd.read_parquet(path))
        assert list(table.columns) == ru.REUSE_COLUMNS
        assert list(zip(table.source_plan, table.target_plan, strict=True)) == expected
        assert list(table.n_reused) == [counts.loc[s, t] for s, t in expected]
        assert list(table.n_sentences) == [5, 5] and list(table.share) == [0.6, 0.6]
    settings = json.loads((tmp_path / "reuse_settings.json").read_text(encoding="utf-8"))
    assert settings[ROWS] == SOME_PAIRS
    book = openpyxl.load_workbook(tmp_path / "sciplan_tables.xlsx", read_only=True)
    assert len(list(book["reuse"].iter_rows())) == 1 + len(expected)
    shown = {row[1].value: row[2].value for row in book["settings"].iter_rows(min_row=2)
             if row[0].value == "reuse"}
    assert json.loads(shown[ROWS]) == SOME_PAIRS


def test_readers_take_an_absent_pair_for_no_reuse(corpus, tmp_path, monkeypatch):
    build(corpus, tmp_path, monkeypatch, large=1)
    settings = ru.reuse_counts(corpus).attrs["settings"]
    args = {"plan_ids": corpus.plan_ids, "plan_columns": KEYS, "settings": settings,
            "processed_dir": tmp_path}
    assert read_built("reuse", **args) is None  # a reader that needs every pair computes it
    kept = read_built("reuse", **args, some_pairs=True)
    assert kept is not None and keeps_some_pairs(kept)  # though two plans have no row
    assert len(kept) == 2 and not {"other", "silent"} & set(kept.source_plan)
    other_plans = {**args, "plan_ids": ["child", "other", "silent"]}  # the file names parent
    assert read_built("reuse", **other_plans, some_pairs=True) is None
    full = complete_pairs(kept, corpus.plan_ids, n_sentences(corpus))
    reference, _ = ru.reuse_tables(corpus, exhaustive=True)  # every pair, computed
    pd.testing.assert_frame_equal(full[ru.REUSE_COLUMNS], reference[ru.REUSE_COLUMNS],
                                  check_dtype=False)
    assert not keeps_some_pairs(full) and ROWS not in full.attrs["settings"]
    with pytest.raises(ValueError, match="complete_pairs"):  # a rank or matrix needs them all
        ru.reuse_matrix(kept)
    with pytest.raises(ValueError, match="complete_pairs"):
        ru.parent_child_check(kept, pd.DataFrame(), corpus.plans)
    assert ru.reuse_matrix(full).loc["other", "parent"] == 0.0
    absent = full.set_index(KEYS)
    assert absent.loc[("other", "parent"), "n_reused"] == 0
    assert absent.loc[("other", "parent"), "share"] == 0.0
    assert absent.loc[("other", "parent"), "n_sentences"] == 2
    assert pd.isna(absent.loc[("silent", "parent"), "share"])  # no sentences: no share
    with pytest.raises(KeyError, match="silent"):
        complete_pairs(kept, corpus.plan_ids, n_sentences(corpus).drop("silent"))
    # the table of every pair completes to itself
    again = complete_pairs(reference, corpus.plan_ids, n_sentences(corpus))
    pd.testing.assert_frame_equal(again[ru.REUSE_COLUMNS], reference[ru.REUSE_COLUMNS],
                                  check_dtype=False)


def test_reuse_from_counts_takes_the_nonzero_cells_off_the_diagonal():
    ids = ["a", "b", "c"]
    counts = pd.DataFrame([[9, 2, 0], [0, 0, 0], [1, 7, 0]], index=ids, columns=ids)
    counts.attrs["n_sentences"] = pd.Series([4, 3, 0], index=ids)
    reuse = reuse_from_counts(counts)
    assert reuse[KEYS + ["n_reused", "n_sentences"]].values.tolist() == [
        ["a", "b", 2, 4], ["c", "a", 1, 0], ["c", "b", 7, 0]]
    assert reuse.share.iloc[0] == 0.5 and reuse.share.iloc[1:].isna().all()
    assert keeps_some_pairs(reuse)


def test_up_to_large_corpus_reuse_keeps_every_pair(corpus, tmp_path, monkeypatch):
    written = build(corpus, tmp_path, monkeypatch, large=4)  # 4 plans: not beyond
    assert "reuse_pairs.csv" in written and "similarity_nearest.csv" not in written
    table = pd.read_csv(tmp_path / "reuse.csv", encoding="utf-8-sig")
    assert len(table) == 12 and (table.n_reused == 0).sum() == 10
    settings = json.loads((tmp_path / "reuse_settings.json").read_text(encoding="utf-8"))
    assert ROWS not in settings


# -- the workbook --------------------------------------------------------------------------------
def test_a_table_longer_than_a_sheet_is_left_out_and_its_files_named(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "SHEET_ROWS", 4)  # a header and three rows
    tables = {"fits": pd.DataFrame({"x": [1, 2, 3]}),
              "too_long": pd.DataFrame({"x": [1, 2, 3, 4], "text": list("abcd")}),
              "after": pd.DataFrame({"y": ["z"]})}
    path = tmp_path / "book.xlsx"
    assert write_workbook(path, tables, progress=False) == ["too_long"]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["fits", "too_long", "after"]  # in place, in order
    assert [c.value for c in book["fits"]["A"]] == ["x", 1, 2, 3]
    note = [row[0] for row in book["too_long"].iter_rows(values_only=True)]
    assert book["too_long"].max_column == 1 and len(note) == 4  # no data, a note zh and en
    assert all("too_long.csv" in line and "too_long.parquet" in line for line in note[1::2])
    assert "4" in note[0] and "3" in note[0] and "4 rows" in note[2]
    assert [c.value for c in book["after"]["A"]] == ["y", "z"]


def test_build_logs_and_keeps_every_row_of_a_table_left_out(tmp_path, monkeypatch, capsys):
    corpus = sample_corpus()
    monkeypatch.setattr(export, "SHEET_ROWS", len(corpus.segments) + 1)  # segments just fit
    write_tables(corpus, tmp_path, extra=False)
    log = capsys.readouterr().err
    assert "tasks left out (12 rows; a sheet holds 11)" in log
    assert "tasks.csv and tasks.parquet" in log
    assert "segments left out" not in log
    sheets = pd.read_excel(tmp_path / "sciplan_tables.xlsx", sheet_name=None)
    assert list(sheets) == list(corpus.tables())
    assert len(sheets["segments"]) == len(corpus.segments)
    assert len(pd.read_csv(tmp_path / "tasks.csv", encoding="utf-8-sig")) == 12
    assert len(pd.read_parquet(tmp_path / "tasks.parquet")) == 12


def test_cells_are_typed_and_a_text_too_long_for_a_cell_is_cut_and_logged(tmp_path):
    long = "科" * (export.CELL_CHARS + 10)
    tables = {"t": pd.DataFrame({
        "text": ["a", None, long, "=1+1"], "n": pd.array([1, None, 3, 4], dtype="Int64"),
        "x": [0.5, float("nan"), float("inf"), -2.0], "flag": [True, False, True, False]})}
    lines: list[str] = []
    write_workbook(tmp_path / "book.xlsx", tables, progress=False, log=lines.append)
    sheet = openpyxl.load_workbook(tmp_path / "book.xlsx")["t"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert rows[0] == ["a", 1, 0.5, True] and rows[1] == [None, None, None, False]
    assert len(rows[2][0]) == export.CELL_CHARS and rows[2][1:] == [3, "inf", True]
    assert rows[3] == ["=1+1", 4, -2, False] and sheet["A5"].data_type == "s"
    assert sheet["A5"].quotePrefix and not sheet["A2"].quotePrefix
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert any("1 text(s) longer than a cell holds" in line and "t.csv" in line
               for line in lines)
