"""The corpus cache: Arrow IPC tables and a JSON manifest that cannot run code, written
atomically, rebuilt (with a warning) when damaged or of an older format, and current with the
raw texts' content."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pandas as pd
import pytest
from handmade import sample_corpus

import sciplan_analysis.corpus as corpus_module
from sciplan_analysis.corpus import (
    CACHE_MANIFEST,
    RAW_DIR,
    CacheWarning,
    _read_cache,
    _write_cache,
    cache_dir,
    input_fingerprint,
    load_corpus,
)
from sciplan_analysis.tables import Corpus

PACKAGE = Path(corpus_module.__file__).parent


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns(".*"))
    return raw


def quiet_load(raw: Path, processed: Path, **kw) -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(raw, processed, **kw)


def count_parses(monkeypatch) -> list[Path]:
    calls: list[Path] = []
    real = corpus_module.parse_manifest
    monkeypatch.setattr(corpus_module, "parse_manifest", lambda d, **kw: calls.append(d) or real(d, **kw))
    return calls


def assert_same(a: Corpus, b: Corpus) -> None:
    """Equal tables, dtypes and the very types of missing values (None stays None)."""
    for name, df in a.tables().items():
        other = getattr(b, name)
        pd.testing.assert_frame_equal(df, other, check_exact=True)
        for column in df.columns:
            if df[column].dtype == object:
                assert [type(v) for v in df[column]] == [type(v) for v in other[column]], (name, column)
    assert a.problems == b.problems


def test_the_cache_is_arrow_and_json_and_round_trips_exactly(raw_copy, tmp_path, monkeypatch):
    processed = tmp_path / "processed"
    first = quiet_load(raw_copy, processed)
    folder = cache_dir(processed)
    manifest = json.loads((folder / CACHE_MANIFEST).read_text(encoding="utf-8"))
    assert manifest["format"] == corpus_module.CACHE_FORMAT
    assert manifest["raw_dir"] == str(raw_copy.resolve())
    assert "raw/wuxi.txt" in manifest["inputs"] and "package_version" in manifest
    assert sorted(p.name for p in (folder / manifest["tables"]).iterdir()) == sorted(
        f"{t}{corpus_module.TABLE_SUFFIX}" for t in first.tables())
    assert not list(processed.rglob("*.pkl"))
    calls = count_parses(monkeypatch)
    again = quiet_load(raw_copy, processed)
    assert calls == []
    assert_same(first, again)
    assert again.plans["period_start"].dtype == "Int64"


def test_a_corpus_parsed_in_workers_is_read_back_from_its_cache(raw_copy, tmp_path, monkeypatch):
    """Large corpora (parsed in worker processes) are returned as read back from the cache
    just written, which packs their memory: the same tables as the serial parse; if the
    cache changed meanwhile, they are parsed again."""
    serial = corpus_module.parse_manifest(raw_copy, workers=1)
    monkeypatch.setattr(corpus_module, "PARALLEL_FROM", 2)
    reads: list[object] = []
    real_read = corpus_module._read_cache
    monkeypatch.setattr(corpus_module, "_read_cache",
                        lambda *a: reads.append(real_read(*a)) or reads[-1])
    calls = count_parses(monkeypatch)
    got = quiet_load(raw_copy, tmp_path / "processed", refresh=True)
    assert len(calls) == 1 and len(reads) == 1 and reads[0] is got
    assert_same(serial, got)
    monkeypatch.setattr(corpus_module, "_read_cache", lambda *a: None)  # replaced meanwhile
    again = quiet_load(raw_copy, tmp_path / "processed", refresh=True)
    assert len(calls) == 3
    assert_same(serial, again)


def test_hand_made_corpus_round_trips(tmp_path):
    corpus = sample_corpus()
    corpus.problems = ["alpha: a note", "beta: 引号\"与换行\n"]
    inputs = {"raw/x.txt": [1, 2, "ab"]}
    _write_cache(tmp_path, tmp_path / "raw", inputs, corpus)
    assert_same(corpus, _read_cache(tmp_path, tmp_path / "raw", inputs))
    empty = Corpus.empty()
    _write_cache(tmp_path, tmp_path / "raw", inputs, empty)
    back = _read_cache(tmp_path, tmp_path / "raw", inputs)
    for name, df in empty.tables().items():
        assert list(getattr(back, name).columns) == list(df.columns) and getattr(back, name).empty


def test_no_pickle_in_the_library():
    for path in PACKAGE.rglob("*.py"):
        assert "pickle" not in path.read_text(encoding="utf-8"), path


class Boom:
    """Unpickling this runs code: it would create the file `marker`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_crafted_legacy_pickle_is_never_loaded(raw_copy, tmp_path):
    processed = tmp_path / "processed"
    processed.mkdir()
    marker = tmp_path / "pwned"
    (processed / "corpus.pkl").write_bytes(pickle.dumps(Boom(marker)))
    future = 4_000_000_000  # newer than everything: the old code trusted it
    os.utime(processed / "corpus.pkl", (future, future))
    corpus = quiet_load(raw_copy, processed)
    assert not marker.exists()
    assert len(corpus.plans) == 5
    assert not (processed / "corpus.pkl").exists()  # the old format is removed


@pytest.mark.parametrize("damage", ["garbage manifest", "truncated manifest", "other format",
                                    "parquet cache (format 2)", "truncated table",
                                    "garbage table", "missing tables", "tables outside",
                                    "wrong columns"])
def test_a_damaged_cache_is_rebuilt_with_a_warning(raw_copy, tmp_path, damage, seed_cache):
    processed = seed_cache(raw_copy, tmp_path / "processed")
    good = quiet_load(raw_copy, processed)
    folder = cache_dir(processed)
    manifest_path = folder / CACHE_MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    tables = folder / manifest["tables"]
    if damage == "garbage manifest":
        manifest_path.write_bytes(os.urandom(300))
    elif damage == "truncated manifest":
        manifest_path.write_bytes(manifest_path.read_bytes()[:100])
    elif damage == "other format":
        manifest_path.write_text(json.dumps({**manifest, "format": 99}), encoding="utf-8")
    elif damage == "parquet cache (format 2)":  # what the previous version wrote
        for name, df in good.tables().items():
            df.to_parquet(tables / f"{name}.parquet", index=False)
            (tables / f"{name}{corpus_module.TABLE_SUFFIX}").unlink()
        manifest_path.write_text(json.dumps({**manifest, "format": 2}), encoding="utf-8")
    elif damage == "truncated table":
        data = (tables / f"tasks{corpus_module.TABLE_SUFFIX}").read_bytes()
        (tables / f"tasks{corpus_module.TABLE_SUFFIX}").write_bytes(data[: len(data) // 2])
    elif damage == "garbage table":
        (tables / f"assignments{corpus_module.TABLE_SUFFIX}").write_bytes(
            b"ARROW1\0\0" + os.urandom(500) + b"ARROW1")
    elif damage == "missing tables":
        shutil.rmtree(tables)
    elif damage == "tables outside":
        manifest_path.write_text(json.dumps({**manifest, "tables": "../../raw"}), encoding="utf-8")
    elif damage == "wrong columns":
        corpus_module._write_table(tables / f"groups{corpus_module.TABLE_SUFFIX}",
                                   pd.DataFrame({"x": [1]}))
    with pytest.warns(CacheWarning, match="unreadable"):
        rebuilt = load_corpus(raw_copy, processed)
    assert_same(good, rebuilt)
    assert_same(good, quiet_load(raw_copy, processed))  # and the cache is good again


def test_a_content_change_with_the_same_size_and_mtime_is_seen(raw_copy, tmp_path, seed_cache):
    processed = seed_cache(raw_copy, tmp_path / "processed")
    assert len(quiet_load(raw_copy, processed).plans) == 5
    path = raw_copy / "lezhi.txt"
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("乐至县", "乐某县", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    corpus = quiet_load(raw_copy, processed)
    assert "乐某县" in "".join(corpus.plan("lezhi").segments.text)


def test_an_older_file_copied_over_a_raw_text_is_seen(raw_copy, tmp_path, seed_cache):
    processed = seed_cache(raw_copy, tmp_path / "processed")
    assert len(quiet_load(raw_copy, processed).plans) == 5
    old = tmp_path / "old.txt"
    old.write_text((raw_copy / "wuxi.txt").read_text(encoding="utf-8") + "\n附件：新增段落。\n",
                   encoding="utf-8")
    os.utime(old, (1_000_000_000, 1_000_000_000))  # 2001: older than the cache
    shutil.copy2(old, raw_copy / "wuxi.txt")  # cp -p keeps the old mtime
    corpus = quiet_load(raw_copy, processed)
    assert "附件：新增段落。" in "".join(corpus.plan("wuxi").segments.text)


def test_a_changed_reference_file_rebuilds_only_if_the_parser_reads_it(raw_copy, tmp_path,
                                                                       monkeypatch, seed_cache):
    """Editing report labels, stopwords or the boilerplate list re-parses nothing; editing a
    file the parser reads (part words) re-parses."""
    reference = tmp_path / "reference"
    shutil.copytree(corpus_module.REFERENCE_DIR, reference)
    monkeypatch.setattr(corpus_module, "REFERENCE_DIR", reference)
    processed = seed_cache(raw_copy, tmp_path / "processed")  # keyed on the copied reference
    calls = count_parses(monkeypatch)
    quiet_load(raw_copy, processed)
    assert calls == []
    for name, line in (("labels.csv", "finding,extra,新标签,new label\n"),
                       ("stopwords.txt", "新词\n"), ("boilerplate.txt", "新的套话\n"),
                       ("userdict.txt", "新词语 5\n")):
        with (reference / name).open("a", encoding="utf-8") as f:
            f.write(line)
    quiet_load(raw_copy, processed)
    assert calls == []
    with (reference / "parts.csv").open("a", encoding="utf-8") as f:
        f.write("# a comment changes the file\n")
    quiet_load(raw_copy, processed)
    assert len(calls) == 1


def test_the_parser_opens_only_the_reference_files_in_the_cache_key(raw_copy, tmp_path):
    """Every reference file a parse opens is in the fingerprint (`PARSER_REFERENCE`), and
    every file there is opened: an audit hook in a fresh process records the opens while the
    cache is rebuilt (what a load parses and caches). The hand checks file is not among them:
    it is applied over the cached tables, by every load."""
    reference = corpus_module.REFERENCE_DIR
    code = ("import sys, warnings; warnings.simplefilter('ignore')\n"
            "opened = set()\n"
            f"ref = {str(reference)!r}\n"
            "def hook(event, args):\n"
            "    if event == 'open' and isinstance(args[0], str) and args[0].startswith(ref):\n"
            "        opened.add(args[0][len(ref) + 1:])\n"
            "sys.addaudithook(hook)\n"
            "from sciplan_analysis.corpus import rebuild_cache\n"
            f"corpus = rebuild_cache({str(raw_copy)!r}, {str(tmp_path / 'processed')!r})\n"
            "assert len(corpus.plans) == 5\n"
            "print(' '.join(sorted(opened)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    assert tuple(out) == corpus_module.PARSER_REFERENCE
    assert "instrument_checks.csv" not in out
    assert {k for k in input_fingerprint(raw_copy) if k.startswith("reference/")} == {
        f"reference/{name}" for name in corpus_module.PARSER_REFERENCE}


def test_fingerprint_ignores_lock_and_temporary_files(raw_copy):
    before = input_fingerprint(raw_copy)
    (raw_copy / ".sciplan.lock").write_bytes(b"")
    (raw_copy / ".tmp-1234-wuxi.txt").write_bytes(b"half")
    assert input_fingerprint(raw_copy) == before


def test_fingerprint_follows_the_parsing_code_not_the_layers_above(raw_copy):
    """Editing the parser makes the cache stale; editing analysis or report code (which
    cannot change a parse) does not, so benchmark corpora keep their caches."""
    code = {k for k in input_fingerprint(raw_copy) if k.startswith("code/")}
    assert {"code/corpus.py", "code/parsing/parse.py", "code/text/patterns.py",
            "code/tables.py"} <= code
    assert not {k for k in code if k.startswith(("code/analysis/", "code/report/"))}


def test_readers_never_see_a_half_written_cache(tmp_path):
    """One thread rewrites the cache again and again; reads meanwhile give the whole corpus."""
    corpus = sample_corpus()
    inputs = {"raw/x.txt": [1, 2, "ab"]}
    raw = tmp_path / "raw"
    _write_cache(tmp_path, raw, inputs, corpus)
    stop = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            while not stop.is_set():
                _write_cache(tmp_path, raw, inputs, corpus)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for _ in range(150):
            back = _read_cache(tmp_path, raw, inputs)
            assert back is not None and len(back.tasks) == len(corpus.tasks)
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert len(list(tmp_path.glob("tables-*"))) <= 2


def test_a_cached_load_imports_neither_parquet_nor_the_parser(raw_copy, tmp_path):
    """What keeps loading close to `import pandas`: a fresh process reading the cache imports
    no Parquet reader, parser or pandera (they cost more than the read itself)."""
    processed = tmp_path / "processed"
    quiet_load(raw_copy, processed)
    code = ("import sys, warnings; warnings.simplefilter('ignore')\n"
            "from sciplan_analysis.corpus import load_corpus\n"
            f"corpus = load_corpus({str(raw_copy)!r}, {str(processed)!r})\n"
            "assert len(corpus.plans) == 5\n"
            "print(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    assert "pandas" in out and "sciplan_analysis.tables" in out
    for module in ("pyarrow.parquet", "pandera", "sciplan_analysis.parsing.parse",
                   "sciplan_analysis.schema"):
        assert module not in out, module
