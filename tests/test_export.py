"""The build's tables at scale: beyond LARGE_CORPUS reuse.csv keeps each plan's top pairs and
the pairs above a share, every pair's count goes to one Parquet file that readers give back
whole, CSVs are written in chunks, and a workbook leaves out a table longer than a sheet,
naming the files that hold it."""

from __future__ import annotations

import json
import warnings
from dataclasses import replace

import coded_counts
import numpy as np
import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from handmade import sample_corpus

from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis import similarity as sim
from sciplan_analysis.analysis.result import (
    EVERY_PAIR,
    ROWS,
    complete_pairs,
    counts_from_arrow,
    counts_to_arrow,
    keeps_some_pairs,
    read_built,
)
from sciplan_analysis.corpus import Corpus
from sciplan_analysis.report import export
from sciplan_analysis.report.export import write_csv, write_tables, write_workbook

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


def build(corpus, folder, monkeypatch, large: int) -> dict:
    monkeypatch.setattr(export, "LARGE_CORPUS", large)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        written = write_tables(corpus, folder, quiet=True)
    return {p.name: p for p in written}


def test_reuse_beyond_large_corpus_keeps_top_pairs_and_every_count(corpus, tmp_path,
                                                                    monkeypatch):
    written = build(corpus, tmp_path, monkeypatch, large=1)
    assert "reuse_pairs.csv" not in written and "similarity_nearest.csv" in written
    assert "reuse_counts.parquet" in written and "reuse_counts.csv" not in written
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
    assert settings[ROWS]["top_k"] == ru.TOP_K and settings[ROWS]["min_share"] == ru.MIN_SHARE
    assert settings[ROWS][EVERY_PAIR] == "reuse_counts"
    assert {k: v for k, v in settings.items() if k != ROWS} == ru.reuse_settings()
    back = counts_from_arrow(pq.read_table(tmp_path / "reuse_counts.parquet"))
    pd.testing.assert_frame_equal(back, counts)
    pd.testing.assert_series_equal(back.attrs["n_sentences"], counts.attrs["n_sentences"],
                                   check_names=False)
    book = openpyxl.load_workbook(tmp_path / "sciplan_tables.xlsx", read_only=True)
    assert len(list(book["reuse"].iter_rows())) == 1 + len(expected)
    assert "reuse_counts" not in book.sheetnames
    shown = {row[1].value: row[2].value for row in book["settings"].iter_rows(min_row=2)
             if row[0].value == "reuse"}
    assert json.loads(shown[ROWS])["top_k"] == ru.TOP_K


def test_readers_get_every_pair_back_from_the_count_matrix(corpus, tmp_path, monkeypatch):
    build(corpus, tmp_path, monkeypatch, large=1)
    settings = ru.reuse_settings()
    args = {"plan_ids": corpus.plan_ids, "plan_columns": KEYS, "settings": settings,
            "processed_dir": tmp_path}
    reference, _ = ru.reuse_tables(corpus, exhaustive=True)  # every pair, computed
    full = read_built("reuse", **args)  # a reader that needs every pair gets them all
    pd.testing.assert_frame_equal(full[ru.REUSE_COLUMNS], reference[ru.REUSE_COLUMNS],
                                  check_dtype=False)
    assert not keeps_some_pairs(full) and ROWS not in full.attrs["settings"]
    kept = read_built("reuse", **args, some_pairs=True)
    assert kept is not None and keeps_some_pairs(kept)  # though two plans have no row
    assert len(kept) == 2 and not {"other", "silent"} & set(kept.source_plan)
    other_plans = {**args, "plan_ids": ["child", "other", "silent"]}  # the file names parent
    assert read_built("reuse", **other_plans, some_pairs=True) is None
    assert read_built("reuse", **other_plans) is None
    assert read_built("reuse", **{**args, "settings": ru.reuse_settings(threshold=90)}) is None
    pd.testing.assert_frame_equal(complete_pairs(ru.reuse_counts(corpus)), full)
    with pytest.raises(ValueError, match="complete_pairs"):  # a rank or matrix needs them all
        ru.reuse_matrix(kept)
    with pytest.raises(ValueError, match="complete_pairs"):
        ru.parent_child_check(kept, pd.DataFrame(), corpus.plans)
    absent = full.set_index(KEYS)
    assert ru.reuse_matrix(full).loc["other", "parent"] == 0.0
    assert absent.loc[("other", "parent"), "n_sentences"] == 2
    assert pd.isna(absent.loc[("silent", "parent"), "share"])  # no sentences: no share
    # the count matrix gone: a reader of every pair computes (None), the kept rows still read
    (tmp_path / "reuse_counts.parquet").unlink()
    assert read_built("reuse", **args) is None
    assert read_built("reuse", **args, some_pairs=True) is not None


def test_top_pairs_keep_each_plans_top_sources_and_targets_and_high_shares():
    ids = ["a", "b", "c", "d", "e"]
    counts = pd.DataFrame([[0, 5, 5, 1, 0],    # a (10 sentences): b and c tie for first
                           [2, 0, 0, 0, 0],    # b (4)
                           [0, 0, 0, 0, 0],    # c (3): shares nothing
                           [1, 1, 1, 0, 0],    # d (2): every share 0.5
                           [0, 0, 0, 0, 0]],   # e (0): no sentences
                          index=ids, columns=ids)
    counts.attrs["n_sentences"] = pd.Series([10, 4, 3, 2, 0], index=ids)
    counts.attrs["settings"] = {"threshold": 85.0}
    top = ru.top_pairs(counts, top_k=1, min_share=0.9)
    # a's top target: b (tie with c, the earlier plan); b's: a; d's: a (ties: earliest);
    # top sources of a: d (0.5 beats b's 0.5? tie: b earlier) -> b; of b: a (0.5) vs d (0.5):
    # a; of c: a (0.5) vs d (0.5): a; of d: a (0.1)
    assert top[KEYS].values.tolist() == [["a", "b"], ["a", "c"], ["a", "d"], ["b", "a"],
                                         ["d", "a"]]
    assert top.n_sentences.tolist() == [10, 10, 10, 4, 2]
    assert top.share.tolist() == [0.5, 0.5, 0.1, 0.5, 0.5]
    assert top.attrs["settings"]["threshold"] == 85.0 and keeps_some_pairs(top)
    everything = ru.top_pairs(counts, top_k=0, min_share=0.5)  # no top: the share alone
    assert everything[KEYS].values.tolist() == [["a", "b"], ["a", "c"], ["b", "a"],
                                                ["d", "a"], ["d", "b"], ["d", "c"]]
    assert len(ru.top_pairs(counts, top_k=10, min_share=1.0)) == int((counts.values > 0).sum())
    with pytest.raises(ValueError, match="min_share"):
        ru.top_pairs(counts, min_share=0)


@pytest.mark.parametrize("fill", [0.1, 0.9])
def test_the_count_matrix_round_trips_sparse_and_dense(fill, tmp_path):
    rng = np.random.default_rng(7)
    ids = [f"p{i}" for i in range(30)]
    values = rng.integers(1, 1000, (30, 30)) * (rng.random((30, 30)) < fill)
    np.fill_diagonal(values, 0)
    counts = pd.DataFrame(values, index=pd.Index(ids, name="source_plan"),
                          columns=pd.Index(ids, name="target_plan"))
    counts.attrs["n_sentences"] = pd.Series(rng.integers(0, 5000, 30), index=ids)
    counts.attrs["settings"] = {"threshold": 85.0, "ngram_range": [3, 3]}
    table = counts_to_arrow(counts)
    layout = json.loads(table.schema.metadata[b"sciplan"])["layout"]
    assert layout == ("sparse" if fill < 0.5 else "dense")
    pq.write_table(table, tmp_path / "m.parquet")
    back = counts_from_arrow(pq.read_table(tmp_path / "m.parquet"))
    pd.testing.assert_frame_equal(back, counts)
    assert back.attrs["settings"] == counts.attrs["settings"]
    assert back.attrs["n_sentences"].tolist() == counts.attrs["n_sentences"].tolist()


def test_a_csv_written_in_chunks_is_the_file_of_one_write(tmp_path):
    df = pd.DataFrame({"text": ["a", "=1+1", None, "逗号,引号\"", "line\nbreak", "@x", "b", "-3"],
                       "n": pd.array([1, None, 3, 4, 5, 6, 7, 8], dtype="Int64"),
                       "x": [0.1, float("nan"), 1e-20, 2.5, -1.0, 3.0, 4.0, 5.0],
                       "flag": [True, False] * 4})
    whole = tmp_path / "whole.csv"
    export.neutralise_frame(df).to_csv(whole, index=False, encoding="utf-8-sig")
    for chunk in (1, 3, 100):
        write_csv(df, tmp_path / f"c{chunk}.csv", chunk=chunk)
        assert (tmp_path / f"c{chunk}.csv").read_bytes() == whole.read_bytes()
    write_csv(df.iloc[:0], tmp_path / "empty.csv")
    assert (tmp_path / "empty.csv").read_bytes() == "\ufefftext,n,x,flag\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "c1.csv", "c100.csv", "c3.csv", "empty.csv", "whole.csv"]  # no temporary left


def test_up_to_large_corpus_reuse_keeps_every_pair(corpus, tmp_path, monkeypatch):
    written = build(corpus, tmp_path, monkeypatch, large=4)  # 4 plans: not beyond
    assert "reuse_pairs.csv" in written and "similarity_nearest.csv" not in written
    assert "reuse_counts.parquet" not in written and "similarity_robustness.csv" in written
    table = pd.read_csv(tmp_path / "reuse.csv", encoding="utf-8-sig")
    assert len(table) == 12 and (table.n_reused == 0).sum() == 10
    settings = json.loads((tmp_path / "reuse_settings.json").read_text(encoding="utf-8"))
    assert ROWS not in settings


def forbid_computing(monkeypatch) -> None:
    """Every function that computes a pair table raises: what follows may only read."""
    def refuse(*args, **kwargs):
        raise AssertionError("computed a pair table instead of reading the build's")

    for module, names in ((ru, ("reuse_counts", "reuse_tables", "align", "sentences")),
                          (sim, ("similarity_table", "nearest_plans", "term_space",
                                 "robustness_tables"))):
        for name in names:
            monkeypatch.setattr(module, name, refuse)


@pytest.mark.parametrize("large", [1, 5])
def test_pages_read_what_the_build_wrote_at_every_size(large, tmp_path, monkeypatch,
                                                      loaded_corpus):
    """The five real plans built as a large corpus (large=1) and as a small one: reuse,
    similarity, robustness and the count matrix are read back, nothing recomputed (a spy)."""
    real = loaded_corpus
    monkeypatch.setattr(export, "LARGE_CORPUS", large)
    monkeypatch.setattr(ru, "LARGE_CORPUS", large)
    monkeypatch.setattr(sim, "LARGE_CORPUS", large)
    derived = export.derived_tables(real)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_tables(real, tmp_path, quiet=True, derived=derived)
    forbid_computing(monkeypatch)
    reuse, pairs = ru.load_reuse(real, processed_dir=tmp_path)
    pd.testing.assert_frame_equal(reuse, derived["reuse"][ru.REUSE_COLUMNS], check_dtype=False)
    similarity = sim.load_similarity(real, processed_dir=tmp_path)
    if large == 1:
        assert keeps_some_pairs(reuse) and pairs.empty
        with pytest.raises(ValueError, match="not kept"):
            ru.own_text(real, pairs)
        counts = ru.load_reuse_counts(real, processed_dir=tmp_path)
        pd.testing.assert_frame_equal(counts, derived["reuse_counts"])
        pd.testing.assert_frame_equal(similarity, derived["similarity_nearest"])
    else:
        pd.testing.assert_frame_equal(pairs, derived["reuse_pairs"], check_dtype=False)
        pd.testing.assert_frame_equal(similarity, derived["similarity"], check_dtype=False)
        robustness = sim.load_robustness(real, processed_dir=tmp_path)
        monkeypatch.undo()
        computed = sim.robustness_tables(real, similarity=derived["similarity"])
        for scope, table in computed.items():
            pd.testing.assert_frame_equal(robustness[scope], table)
            assert robustness[scope].attrs == table.attrs


def test_robustness_takes_the_settings_it_can_from_a_similarity_table_computed_already():
    corpus = sample_corpus()
    given = sim.similarity_table(corpus)
    computed = sim.robustness_tables(corpus)
    for a, b in zip(sim.robustness_tables(corpus, similarity=given).values(),
                    computed.values(), strict=True):
        pd.testing.assert_frame_equal(a, b)
    marked = given.assign(score=0.5)  # to tell taken from computed
    marked.attrs = given.attrs
    taken = sim.robustness_tables(corpus, ("whole",), similarity=marked)["whole"]
    assert (taken["score:word"] == 0.5).all() and (taken["score:char"] == 0.5).all()
    assert not (taken["score:word+boilerplate"] == 0.5).all()  # computed: not in the table
    # the sample's plans share no category: a table without "shared" rows is not taken for it
    both = sim.robustness_tables(corpus, similarity=marked)["whole"]
    pd.testing.assert_frame_equal(both, computed["whole"])
    marked.attrs = {"settings": {a: {**v, "boilerplate_removed": False}
                                 for a, v in given.attrs["settings"].items()}}
    for a, b in zip(sim.robustness_tables(corpus, similarity=marked).values(),
                    computed.values(), strict=True):  # other settings: not taken
        pd.testing.assert_frame_equal(a, b)


def test_the_files_written_beside_the_computing_are_the_files_of_one_process(corpus, tmp_path,
                                                                            monkeypatch):
    """From WRITER_FROM plans a second process writes the corpus tables' CSVs and the
    workbook while the pair tables are computed: written both ways, the same files, byte for
    byte (CSV) and cell for cell (workbook)."""
    real = corpus
    monkeypatch.setattr(export, "LARGE_CORPUS", 1)
    derived = export.derived_tables(real)
    monkeypatch.setattr(export, "derived_tables", lambda corpus, log=None: derived)
    monkeypatch.setattr(export, "WRITER_START", "fork")  # what "spawn" runs, started at once
    one, two = tmp_path / "one", tmp_path / "two"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        alone = write_tables(real, one, quiet=True)
        monkeypatch.setattr(export, "WRITER_FROM", len(real.plans))
        beside = write_tables(real, two, quiet=True)
    names = sorted(p.name for p in alone)
    assert sorted(p.name for p in beside) == names and "segments.csv" in names
    assert sorted(p.name for p in two.iterdir() if not p.name.startswith(".")) == names
    for name in names:
        if name.endswith((".csv", ".json")):
            assert (two / name).read_bytes() == (one / name).read_bytes(), name
        elif name == "reuse_counts.parquet":
            assert pq.read_table(two / name).equals(pq.read_table(one / name))
        elif name.endswith(".parquet"):
            pd.testing.assert_frame_equal(pd.read_parquet(two / name), pd.read_parquet(one / name))
    a, b = (openpyxl.load_workbook(f / "sciplan_tables.xlsx", read_only=True) for f in (one, two))
    assert a.sheetnames == b.sheetnames and a.sheetnames[-3:] == [
        "similarity_nearest", "reuse", "settings"]
    for sheet in a.sheetnames:
        assert list(a[sheet].values) == list(b[sheet].values), sheet
    assert not [p for p in two.iterdir() if p.name.startswith(".tmp")]


def test_a_failure_while_computing_stops_the_writer_and_leaves_no_workbook(tmp_path,
                                                                            monkeypatch):
    def fail(corpus, log=None):
        raise RuntimeError("no pair tables")

    monkeypatch.setattr(export, "derived_tables", fail)
    monkeypatch.setattr(export, "WRITER_START", "fork")
    monkeypatch.setattr(export, "WRITER_FROM", 1)
    with pytest.raises(RuntimeError, match="no pair tables"):
        write_tables(sample_corpus(), tmp_path, quiet=True)
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".tables"))
    assert "sciplan_tables.xlsx" not in left and not [n for n in left if n.startswith(".tmp")]
    assert "tasks.parquet" in left  # the corpus tables' Parquet files came first


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


def test_the_readers_workbook_leaves_out_a_table_longer_than_a_sheet(tmp_path, monkeypatch,
                                                                    loaded_corpus):
    """`make report`'s workbook follows the build workbook's rule (one helper): a sheet is
    never cut short; a table that does not fit gets the note instead of its rows."""
    from sciplan_analysis import labels

    real = loaded_corpus
    tables = export.reader_tables(real, "en", processed_dir=tmp_path)
    monkeypatch.setattr(export, "reader_tables", lambda *a, **k: tables)
    monkeypatch.setattr(export, "SHEET_ROWS", len(real.plans) + 1)  # the plans just fit
    path = export.reader_workbook(real, tmp_path / "readers.xlsx", lang="en")
    book = openpyxl.load_workbook(path)
    long = [code for code, df in tables.items() if len(df) > len(real.plans)]
    assert "plans" not in long and "tasks" in long
    for code, df in tables.items():
        rows = [row for row in book[labels.label("sheet", code, "en")[:31]]
                .iter_rows(values_only=True)]
        if code in long:
            assert len(rows) == 4 and rows[0][0].startswith(f"{code}：共 {len(df):,} 行")
            assert f"{code}.csv" in rows[3][0] and "data/processed/" in rows[3][0]
        else:
            assert len(rows) == len(df) + 1


def test_a_plans_address_is_text_in_the_workbook_never_a_formula(corpus, tmp_path):
    """plans.source_url on the readers' plans sheet (来源网址 / Source address): a cell beginning with = stays text."""
    plans = corpus.plans.copy()
    plans["source_url"] = ['=HYPERLINK("https://evil.example/","click")', "https://www.renrendoc.com/p/1.html",
                           None, None, None][: len(plans)]
    tables = export.reader_tables(replace(corpus, plans=plans), "zh")
    sheet = tables["plans"]
    assert sheet.columns[-1] == "source_url"
    write_workbook(tmp_path / "book.xlsx", {"plans": sheet}, progress=False)
    book = openpyxl.load_workbook(tmp_path / "book.xlsx")["plans"]
    column = [c.value for c in book[1]].index("source_url") + 1
    first, second = book.cell(2, column), book.cell(3, column)
    assert first.value == plans["source_url"].iloc[0] and first.data_type == "s" and first.quotePrefix
    assert second.value == "https://www.renrendoc.com/p/1.html" and second.hyperlink is None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_share_matrix_of_the_workbook_has_its_counts(five_plans, tmp_path, lang):
    """A count beside every share: the reuse matrix's 53% (重庆市 → 巫溪县) is 47/88 on its
    counts sheet, and the tools × plan shares have their clause counts with each plan's total."""
    from sciplan_analysis import labels

    tables = export.reader_tables(five_plans, lang, processed_dir=tmp_path)
    reuse = tables["reuse_matrix_counts"].set_index("plan")
    assert reuse.at[labels.plan_label("chongqing", lang), labels.plan_label("wuxi", lang)] == "47/88"
    tools = tables["instrument_tool_counts"].set_index("tool")
    total = tools.loc[labels.text("workbook.all_clauses", lang)]
    assert total[labels.plan_label("jinjiang", lang)] == 102
    n, of = coded_counts.tool_share(five_plans, "jinjiang", "services")  # a refit moves it: counted
    assert of == 102 and n > 0
    assert tools.loc[labels.label("instrument_tool", "services", lang), labels.plan_label("jinjiang", lang)] == n
    assert (tools.drop(index=labels.text("workbook.all_clauses", lang)).sum() == total).all()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_workbooks_guide_is_in_the_builds_language_and_names_plans(five_plans, tmp_path, lang):
    """The guide sheet was bilingual (a Chinese and an English column of meanings) and listed the
    plans by id (wuxi, lezhi …): it is now in the build's language alone, as every other sheet,
    plans by their names, headers in readers' words."""
    import re

    from sciplan_analysis import labels

    tables = export.reader_tables(five_plans, lang, processed_dir=tmp_path)
    rows = export.readme_sheet(five_plans, tables, lang)
    cells = [str(c) for row in rows for c in row]
    other = "en" if lang == "zh" else "zh"
    assert max(len(row) for row in rows) == 2
    ids = set(five_plans.plans["plan_id"])
    assert not ids & set(cells)
    names = [labels.plan_label(p, lang, full=True) for p in five_plans.plans["plan_id"]]
    assert set(names) <= set(cells)
    assert labels.label("column", "plan", lang) in cells and labels.label("column", "meaning", lang) in cells
    for code in tables:  # a note may end in an example from this build's sheet (audit22 item 21)
        assert any(c.startswith(labels.label("sheet_note", code, lang)) for c in cells)
        assert labels.label("sheet_note", code, other) not in cells
    if lang == "en":  # Chinese only in a bracketed example of the plans' text as written (所, 个 …)
        assert not [c for c in cells if re.search(r"[\u4e00-\u9fff]", re.sub(r"\([^)]*\)", "", c))]
    assert not [c for c in cells if re.fullmatch(r"[a-z]+(_[a-z]+)+", c)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_category_share_sheet_says_it_counts_characters_and_has_its_counts(five_plans, tmp_path, lang):
    """The category-share sheet's shares are of task text (characters), page 03's heatmap, not of
    tasks (the report's rule for counting categories, the category_tasks sheet): its name and
    note say so, and a sheet beside it holds each share's count (n/N characters), as the heatmap
    writes it."""
    from sciplan_analysis import labels
    from sciplan_analysis.analysis.categories import category_matrix

    tables = export.reader_tables(five_plans, lang, processed_dir=tmp_path)
    name = labels.label("sheet", "category_share", lang)
    assert labels.tr("字数", "characters", lang) in name and len(name) <= 31
    assert labels.tr("字数", "characters", lang) in labels.label("sheet_note", "category_share", lang)
    counts = tables["category_share_counts"].set_index("category")
    shares = tables["category_share"].set_index("category")
    assert list(counts.index) == list(shares.index) and list(counts.columns) == list(shares.columns)
    chars = category_matrix(five_plans, "chars")
    for plan in chars.columns:
        column = labels.plan_label(plan, lang)
        total = int(chars[plan].sum())
        for category in chars.index:
            cell = counts.at[labels.category_label(category, lang), column]
            if pd.isna(chars.at[category, plan]):
                # a fragment's lost category, as the charts mark it (audit22 item 8)
                assert cell == labels.unsaid(lang) == shares.at[labels.category_label(category, lang), column]
                continue
            n = int(chars.at[category, plan])
            assert cell == f"{n:,}/{total:,}"
            share = shares.at[labels.category_label(category, lang), column]
            assert abs(share - 100 * n / total) < 0.051  # percents to 1 decimal, as every % sheet
    assert "954/7,059" in counts.to_numpy()  # the example the sheet's note gives
    assert labels.label("sheet", "category_share_counts", lang) != name
