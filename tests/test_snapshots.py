"""Nothing mixed: `build` writes a snapshot of data/processed/ and switches to it at once; a
report reads one snapshot from start to end; a killed build leaves the previous one in use."""

from __future__ import annotations

import json
import os
import shutil
import warnings
from pathlib import Path

import pytest
from forked_cli import start_cli

from sciplan_analysis import cli, storage
from sciplan_analysis import corpus as corpus_module
from sciplan_analysis.analysis.result import read_built
from sciplan_analysis.corpus import (
    RAW_DIR,
    cache_dir,
    load_corpus,
    read_snapshot,
    write_snapshot_corpus,
)
from sciplan_analysis.errors import PlanError
from sciplan_analysis.report.notebooks import index_html
from sciplan_analysis.storage import CURRENT_NAME, KILL_AT_ENV, SNAPSHOTS_NAME

PROJECT = Path(__file__).resolve().parent.parent


def fake_build(processed: Path, label: str, fail: bool = False) -> None:
    """A build's files (a table, its settings) into a new snapshot of `processed`."""
    with storage.new_snapshot(processed, {"plans": len(label)}) as folder:
        (folder / "table.csv").write_text(f"value\n{label}\n", encoding="utf-8")
        if fail:
            raise RuntimeError("the build failed halfway")
        (folder / "table_settings.json").write_text(json.dumps({"label": label}), encoding="utf-8")


def current_label(processed: Path) -> str:
    return (storage.processed_tables(processed) / "table.csv").read_text(encoding="utf-8").split()[1]


def snapshot_names(processed: Path) -> list[str]:
    return sorted(p.name for p in (processed / SNAPSHOTS_NAME).iterdir())


def test_a_build_switches_to_its_snapshot_and_removes_the_unused(tmp_path):
    fake_build(tmp_path, "first")
    first = storage.current_snapshot(tmp_path)
    assert current_label(tmp_path) == "first" and storage.snapshot_info(first)["plans"] == 5
    fake_build(tmp_path, "second")
    assert current_label(tmp_path) == "second"
    assert snapshot_names(tmp_path) == [storage.current_snapshot(tmp_path).name]  # first removed


def test_tables_an_older_build_wrote_beside_the_snapshots_are_removed(tmp_path):
    """A build before snapshots wrote its tables into the folder itself: once a snapshot is
    switched in, no pointer names them, so the files under the names the build writes go;
    anything else a researcher keeps there stays."""
    (tmp_path / "table.csv").write_text("value\nbefore snapshots\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    fake_build(tmp_path, "first")
    assert not (tmp_path / "table.csv").exists() and current_label(tmp_path) == "first"
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (tmp_path / CURRENT_NAME).is_file()


def test_a_failed_build_leaves_the_previous_snapshot_in_use(tmp_path):
    fake_build(tmp_path, "first")
    pointer = (tmp_path / CURRENT_NAME).read_bytes()
    with pytest.raises(RuntimeError):
        fake_build(tmp_path, "second", fail=True)
    assert (tmp_path / CURRENT_NAME).read_bytes() == pointer and current_label(tmp_path) == "first"
    assert len(snapshot_names(tmp_path)) == 1


def test_a_pinned_snapshot_outlives_the_builds_that_replace_it(tmp_path):
    fake_build(tmp_path, "first")
    with storage.pinned_snapshot(tmp_path) as reading:
        fake_build(tmp_path, "second")
        fake_build(tmp_path, "third")
        assert current_label(tmp_path) == "third"
        assert (reading / "table.csv").read_text(encoding="utf-8") == "value\nfirst\n"
        assert len(snapshot_names(tmp_path)) == 2  # "second": neither current nor pinned
    fake_build(tmp_path, "fourth")
    assert not reading.exists() and len(snapshot_names(tmp_path)) == 1


def test_a_folder_without_snapshots_is_read_as_it_is(tmp_path):
    with storage.pinned_snapshot(tmp_path) as reading:
        assert reading == tmp_path
    assert storage.processed_tables(tmp_path) == tmp_path


def test_a_damaged_pointer_is_a_clear_error(tmp_path):
    fake_build(tmp_path, "first")
    (tmp_path / CURRENT_NAME).write_text("../../etc\n", encoding="utf-8")
    with pytest.raises(PlanError, match="not a complete snapshot.*run `python -m sciplan_analysis build`"):
        storage.processed_tables(tmp_path)


def test_the_snapshot_corpus_stays_as_built_when_data_raw_changes(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns("*.docx", "*.pdf", ".*"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(raw, tmp_path / "processed")
        with storage.new_snapshot(tmp_path / "processed", {"plans": 5}) as folder:
            write_snapshot_corpus(corpus, folder, raw, cached_in=tmp_path / "processed")
        snapshot = storage.current_snapshot(tmp_path / "processed")
        # the cache just written is current: its files are linked, not written again
        built = sorted(cache_dir(tmp_path / "processed").glob("tables-*/*.arrow"))
        linked = sorted(cache_dir(snapshot).glob("tables-*/*.arrow"))
        assert len(built) == len(linked) == len(corpus.tables())
        assert all(a.samefile(b) for a, b in zip(built, linked, strict=True))
        assert not corpus_module._link_cache(cache_dir(tmp_path / "processed"), tmp_path / "x",
                                             raw, {})  # other inputs: not current, not linked
        assert not (tmp_path / "x").exists()
        manifest = raw / "plans.csv"
        manifest.write_text("\n".join(manifest.read_text(encoding="utf-8-sig").splitlines()[:-1]) + "\n",
                            encoding="utf-8")  # a plan removed after the build
        assert len(load_corpus(raw, tmp_path / "processed").plans) == 4
        assert len(load_corpus(raw, snapshot).plans) == 5  # the pages of a report: as built
    assert list(read_snapshot(snapshot).plans.plan_id) == list(corpus.plans.plan_id)


def test_read_built_follows_the_pointer(tmp_path):
    import pandas as pd

    with storage.new_snapshot(tmp_path) as folder:
        pd.DataFrame({"a": ["x"], "b": ["y"], "v": [1]}).to_parquet(folder / "pairs.parquet")
        (folder / "pairs_settings.json").write_text(json.dumps({"k": 1}), encoding="utf-8")
    got = read_built("pairs", plan_ids=["x", "y"], plan_columns=["a", "b"], settings={"k": 1},
                     processed_dir=tmp_path)
    assert got is not None and got["v"].tolist() == [1]


def test_the_index_names_the_snapshot_it_read(tmp_path):
    page = index_html([], tmp_path / "book.xlsx", tmp_path, lang="en", found=[], n_plans=5,
                      snapshot={"name": "20260101-000000-abc123", "created": "2026-01-01T00:00:00+00:00",
                                "plans": 5})
    assert "data: build 20260101-000000-abc123 (2026-01-01 00:00 UTC, 5 plans)" in page


def build_into(raw: Path, processed: Path) -> Path:
    """What `build` does, in this process: the corpus and every table into a new snapshot."""
    from sciplan_analysis.report.export import write_tables

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(raw, processed, refresh=True)
        with storage.new_snapshot(processed, {"plans": len(corpus.plans)}) as folder:
            write_snapshot_corpus(corpus, folder, raw)
            write_tables(corpus, folder, quiet=True)
    return storage.current_snapshot(processed)


@pytest.mark.costly
def test_a_build_killed_while_writing_leaves_the_previous_snapshot_whole(tmp_path):
    """kill -9 halfway through writing the tables: CURRENT still names the first build, every
    file of it is there as written; the next build removes what the killed one left."""
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    shutil.copy(RAW_DIR / "chongqing.txt", raw / "chongqing.txt")
    lines = (RAW_DIR / "plans.csv").read_text(encoding="utf-8-sig").splitlines()
    (raw / "plans.csv").write_text("\n".join([lines[0], *(line for line in lines
                                   if line.startswith("chongqing,"))]) + "\n", encoding="utf-8")
    first = build_into(raw, processed)
    files = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    assert (first / "tasks.csv").exists() and (first / "similarity.csv").exists()
    env = {**os.environ, KILL_AT_ENV: "before-replace:tasks.csv"}

    def into_these_folders() -> None:
        """What SCIPLAN_RAW_DIR and SCIPLAN_PROCESSED_DIR give a new interpreter (they are
        read at import, and the forked child has the library imported already)."""
        cli.RAW_DIR, cli.PROCESSED_DIR = raw, processed

    # a forked child (a real second process: SIGKILL ends it alone), not a new interpreter
    killed = start_cli(["build"], env=env, prepare=into_these_folders).wait()
    assert killed.returncode == -9, killed.stderr
    assert storage.current_snapshot(processed) == first
    assert {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()} == files
    assert len(snapshot_names(processed)) == 2  # the killed build's half-written folder
    assert build_into(raw, processed) != first
    assert snapshot_names(processed) == [storage.current_snapshot(processed).name]


def test_a_snapshot_folder_that_cannot_be_locked_is_read_unpinned(tmp_path, monkeypatch):
    fake_build(tmp_path, "first")

    def unwritable(*args, **kwargs):
        raise PlanError(f"{tmp_path}: cannot take its lock (Permission denied); is the folder writable?")

    monkeypatch.setattr(storage, "folder_lock", unwritable)
    with storage.pinned_snapshot(tmp_path) as reading:
        assert (reading / "table.csv").read_text(encoding="utf-8") == "value\nfirst\n"
