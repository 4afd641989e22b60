"""Hand checks of clause codes (data/reference/instrument_checks.csv, `parsing.checks`): a
researcher's decision on a clause survives a rebuild, goes stale visibly when the plan's text
changes, and is shown on page 07 and in the workbook. The checks are a layer over the parsed
tables: the parser and the cache never see them, every load applies them."""

from __future__ import annotations

import shutil
import warnings
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

import sciplan_analysis.corpus as corpus_module
from sciplan_analysis import labels
from sciplan_analysis.config import CHECKS_FILE, RAW_DIR
from sciplan_analysis.errors import ChecksWarning
from sciplan_analysis.parsing import checks
from sciplan_analysis.tables import INSTRUMENT_TOOLS

HEADER = "plan_id,start,end,hash,tool,who,when,note\n"
# wuxi 3.1.3, clause 5 (a youth contests line): the code (the learned model) and the rules read it as two
# different tools (services and cooperation by the file of session 27; read from the clause table below,
# since each refit of the model may move them); the researcher decides planning, an environment-side tool
WUXI = ("wuxi", "3.1.3", 5)
# lezhi's first clause, confirmed as the model coded it
LEZHI = ("lezhi", None, 1)


def clause(corpus, plan_id: str, task_id: str | None, clause_no: int) -> pd.Series:
    c = corpus.clauses
    keep = (c["plan_id"] == plan_id) & (c["clause_no"] == clause_no)
    if task_id is not None:
        keep &= c["task_id"] == task_id
    return c[keep].iloc[0]


def checks_file(path: Path, *lines: str) -> Path:
    """A checks file: the shipped file's comments and header, then `lines` (header on line 23)."""
    path.write_text(CHECKS_FILE.read_text(encoding="utf-8") + "".join(f"{x}\n" for x in lines),
                    encoding="utf-8")
    return path


def first_row() -> int:
    """The line number of the first row after the shipped file's header."""
    return len(CHECKS_FILE.read_text(encoding="utf-8").splitlines()) + 1


def parse_five(path: Path):
    """The five plans parsed with the checks file `path` applied (`parse_manifest` applies it;
    the warnings a load gives, recorded)."""
    with pytest.MonkeyPatch.context() as mp, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mp.setattr(checks, "CHECKS_FILE", path)
        parsed = corpus_module.parse_manifest(RAW_DIR)
        checks.warn_unapplied(parsed.plans["plan_id"], parsed.problems, checks.load_checks(path))
    return parsed, [w for w in caught if issubclass(w.category, ChecksWarning)]


@pytest.fixture(scope="module")
def checked(five_plans, tmp_path_factory):
    """The five plans parsed with two hand checks (wuxi's clause recoded, lezhi's confirmed)."""
    wuxi, lezhi = clause(five_plans, *WUXI), clause(five_plans, *LEZHI)
    path = checks_file(tmp_path_factory.mktemp("checks") / "instrument_checks.csv",
                       checks.row_for(wuxi, "planning", note="the line states a plan's direction",
                                      who="ck", when="2026-12-03"),
                       checks.row_for(lezhi, lezhi["tool"]))
    parsed, caught = parse_five(path)
    assert caught == []
    return parsed


# --------------------------------------------------------------------------- applied

def test_the_shipped_file_has_its_header_and_no_rows():
    assert checks.load_checks(CHECKS_FILE).rows == ()
    header = [line for line in CHECKS_FILE.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")]
    assert header == [HEADER.strip()]


def test_a_check_recodes_a_real_clause_its_type_from_the_scheme_and_its_review_cleared(corpus,
                                                                                       checked):
    before, after = clause(corpus, *WUXI), clause(checked, *WUXI)
    assert before["coded_by"] == "model" and before["type"] == INSTRUMENT_TOOLS[before["tool"]]
    assert before["review"] == before["rule_tool"] != before["tool"]  # the rules read otherwise: flagged to check
    assert before["tool"] != "planning" and before["rule_tool"] != "planning"  # the check changes the tool
    assert (after["rule_tool"], after["rule_type"]) == (before["rule_tool"], before["rule_type"])  # the rules' stays
    assert after["tool"] == "planning" and after["type"] == INSTRUMENT_TOOLS["planning"] == "environment"
    assert after["cue"] == "checked: the line states a plan's direction"
    assert after["review"] is None and after["coded_by"] == "checked"
    assert (after["text"], after["start"], after["end"]) == (before["text"], before["start"], before["end"])
    # a confirming check changes no tool, but says who coded it
    confirmed = clause(checked, *LEZHI)
    assert confirmed["tool"] == clause(corpus, *LEZHI)["tool"] and confirmed["coded_by"] == "checked"
    assert confirmed["cue"] == "checked"


def test_no_other_clause_changes(corpus, checked):
    assert (checked.clauses["coded_by"] == "checked").sum() == 2
    rules = checked.clauses["coded_by"] == "model"
    columns = ["plan_id", "task_id", "clause_no", "tool", "type", "cue", "review"]
    pd.testing.assert_frame_equal(checked.clauses.loc[rules, columns].reset_index(drop=True),
                                  corpus.clauses.loc[rules, columns].reset_index(drop=True))
    assert set(corpus.clauses["coded_by"]) == {"model"}


def test_a_row_printed_by_row_for_reads_back_as_the_clause(corpus, tmp_path):
    row = clause(corpus, *WUXI)
    line = checks.row_for(row, "none", note="a, b", when="2026-12-01")
    assert line == f'wuxi,{row["start"]},{row["end"]},{checks.clause_hash(row["text"])},none,,2026-12-01,"a, b"'
    (check,) = checks.load_checks(checks_file(tmp_path / "c.csv", line)).rows
    assert (check.plan_id, check.start, check.end, check.tool, check.type, check.note) == (
        "wuxi", row["start"], row["end"], "none", "none", "a, b")
    with pytest.raises(checks.ChecksError, match="unknown tool 'policy'"):
        checks.row_for(row, "policy")


# --------------------------------------------------------------------------- stale: warned, not applied

def test_a_check_whose_text_changed_is_warned_and_not_applied(corpus, tmp_path):
    row = clause(corpus, *WUXI)
    path = checks_file(tmp_path / "c.csv",
                       f"wuxi,{row['start']},{row['end']},{'0' * 12},planning,,,",
                       f"wuxi,1,5,{checks.clause_hash(row['text'])},planning,,,",
                       f"nowhere,{row['start']},{row['end']},{checks.clause_hash(row['text'])},none,,,")
    parsed, caught = parse_five(path)
    assert clause(parsed, *WUXI)["tool"] == row["tool"] != "planning"
    assert set(parsed.clauses["coded_by"]) == {"model"}
    messages = [str(w.message) for w in caught]
    n = first_row()
    assert len(messages) == 3
    assert f"{path}, line {n})" in messages[0] and "now reads otherwise" in messages[0]
    # the second row's text is still there, at other offsets: the warning says where
    assert f"{path}, line {n + 1})" in messages[1]
    assert f"now stands at {row['start']}-{row['end']} (task 3.1.3, clause 5)" in messages[1]
    assert f"{path}, line {n + 2}:" in messages[2] and "'nowhere' is not in the corpus" in messages[2]
    # the stale rows are among the plan's problems (of the load: the cache never holds them;
    # `parse` prints them)
    assert sum("hand check not applied" in p for p in parsed.plan("wuxi").problems) == 2


def test_a_plan_text_changed_under_a_check_leaves_it_stale_and_says_where_it_went(corpus, tmp_path,
                                                                                  monkeypatch):
    """The plan's file gains a line at its top: every offset moves by its length, so the check no
    longer matches; the load warns naming the file, line and the clause's new offsets."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns(".*"))
    row = clause(corpus, *WUXI)
    path = checks_file(tmp_path / "c.csv", checks.row_for(row, "planning"))
    monkeypatch.setattr(checks, "CHECKS_FILE", path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        before = corpus_module.load_corpus(raw, tmp_path / "processed")
    assert clause(before, *WUXI)["coded_by"] == "checked"
    assert not [w for w in caught if issubclass(w.category, ChecksWarning)]
    text = (raw / "wuxi.txt").read_text(encoding="utf-8")
    (raw / "wuxi.txt").write_text("新增\n" + text, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        after = corpus_module.load_corpus(raw, tmp_path / "processed")
    assert clause(after, *WUXI)["tool"] == row["tool"] != "planning" and clause(after, *WUXI)["coded_by"] == "model"
    (warned,) = [str(w.message) for w in caught if issubclass(w.category, ChecksWarning)]
    assert f"{path}, line {first_row()})" in warned
    assert f"now stands at {row['start'] + 3}-{row['end'] + 3}" in warned


# --------------------------------------------------------------------------- malformed: an error naming the line

@pytest.mark.parametrize(("lines", "message"), [
    (["wuxi,10,20,0123456789ab,policy,,,"], r"line {n}: unknown tool 'policy'"),
    (["wuxi,10,20,0123456789ab,,,,"], r"line {n}: unknown tool ''"),
    (["wuxi,10,20,0123456789ab,funding,,,", "lezhi,10,20,0123456789ab,funding,,,",
      "wuxi,10,20,ba9876543210,none,,,"], r"line {n2}: the clause wuxi 10-20 is already checked on line {n}"),
    (["wuxi,ten,20,0123456789ab,funding,,,"], r"line {n}: start must be a whole number"),
    (["wuxi,20,10,0123456789ab,funding,,,"], r"line {n}: end \(10\) must be after start \(20\)"),
    (["wuxi,10,20,0123,funding,,,"], r"line {n}: the hash must be 12 hex digits"),
    ([",10,20,0123456789ab,funding,,,"], r"line {n}: the plan_id is empty"),
    (["wuxi,10,20,0123456789ab,funding,,3 December,"], r"line {n}: when must be a date"),
    (["wuxi,10,20,0123456789ab,funding,,,a note, with a comma"], r"line {n}: 9 cells where the header has 8"),
])
def test_a_malformed_row_is_an_error_naming_the_file_and_line(tmp_path, lines, message):
    path = checks_file(tmp_path / "c.csv", *lines)
    n = first_row()
    with pytest.raises(checks.ChecksError, match=message.format(n=n, n2=n + 2)) as err:
        checks.load_checks(path)
    assert str(err.value).startswith(str(path))


def test_a_type_column_or_an_unknown_one_is_refused(tmp_path):
    typed = tmp_path / "typed.csv"
    typed.write_text("plan_id,start,end,hash,tool,type\nwuxi,1,5,0123456789ab,funding,supply\n",
                     encoding="utf-8")
    with pytest.raises(checks.ChecksError, match="names no type"):
        checks.load_checks(typed)
    other = tmp_path / "other.csv"
    other.write_text("plan_id,start,end,hash,tol\n", encoding="utf-8")
    with pytest.raises(checks.ChecksError, match="lacks tool; tol is no column"):
        checks.load_checks(other)


def test_a_malformed_file_stops_the_parse_and_the_load(corpus, tmp_path, monkeypatch, seed_cache):
    monkeypatch.setattr(checks, "CHECKS_FILE",
                        checks_file(tmp_path / "c.csv", "wuxi,10,20,0123456789ab,policy,,,"))
    with pytest.raises(checks.ChecksError, match=f"line {first_row()}: unknown tool"):
        corpus_module.parse_manifest(RAW_DIR)
    # a load from a fresh cache applies the file too: it stops as well
    processed = seed_cache(RAW_DIR, tmp_path / "processed")
    with pytest.raises(checks.ChecksError, match=f"line {first_row()}: unknown tool"):
        corpus_module.load_corpus(RAW_DIR, processed)


def test_a_coded_by_outside_the_contract_is_a_schema_error(corpus):
    from sciplan_analysis.schema import SchemaError, validate_corpus

    clauses = corpus.clauses.copy()
    clauses.loc[0, "coded_by"] = "hand"
    with pytest.raises(SchemaError, match="coded_by: value 'hand'"):
        validate_corpus(replace(corpus, clauses=clauses))


# --------------------------------------------------------------------------- the cache

def count_parses(monkeypatch) -> list[Path]:
    calls: list[Path] = []
    real = corpus_module.parse_manifest
    monkeypatch.setattr(corpus_module, "parse_manifest", lambda d, **kw: calls.append(d) or real(d, **kw))
    return calls


def test_editing_the_checks_file_reparses_nothing_and_every_load_applies_it(corpus, tmp_path,
                                                                            monkeypatch, seed_cache):
    """The checks file is no input of the parse: it is not in the cache's key, the cache holds
    the rules' codes, and each load applies the file as it is now (a row added, then removed)."""
    assert "instrument_checks.csv" not in corpus_module.PARSER_REFERENCE
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns(".*"))
    path = checks_file(tmp_path / "instrument_checks.csv")
    monkeypatch.setattr(checks, "CHECKS_FILE", path)
    processed = seed_cache(raw, tmp_path / "processed")
    manifest = corpus_module.cache_dir(processed) / corpus_module.CACHE_MANIFEST
    cached = manifest.read_bytes()
    calls = count_parses(monkeypatch)

    def load():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return corpus_module.load_corpus(raw, processed)

    assert clause(load(), *WUXI)["coded_by"] == "model" and calls == []
    with path.open("a", encoding="utf-8") as f:
        f.write(checks.row_for(clause(corpus, *WUXI), "planning", note="n") + "\n")
    loaded = clause(load(), *WUXI)
    assert (loaded["tool"], loaded["type"], loaded["cue"], loaded["review"], loaded["coded_by"]) == (
        "planning", "environment", "checked: n", None, "checked")
    # the same load with a file given (what `check --checks-file` reads)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        given = corpus_module.load_corpus(raw, processed, checks=CHECKS_FILE)
    assert clause(given, *WUXI)["coded_by"] == "model"
    assert calls == [] and manifest.read_bytes() == cached  # no parse, the cache untouched
    assert set(corpus_module.cached_corpus(raw, processed).clauses["coded_by"]) == {"model"}
    shutil.copyfile(CHECKS_FILE, path)  # the row removed: the clause is the rules' again
    assert clause(load(), *WUXI)["coded_by"] == "model"
    assert calls == [] and manifest.read_bytes() == cached


def test_applying_checks_is_one_merge_and_leaves_its_input_alone(corpus, tmp_path):
    """`apply_checks` over the whole clauses table gives what each row's match gives, changes
    nothing in the table it is given, and applying the same file twice changes nothing more."""
    wuxi, lezhi = clause(corpus, *WUXI), clause(corpus, *LEZHI)
    path = checks_file(tmp_path / "c.csv", checks.row_for(wuxi, "planning"),
                       checks.row_for(lezhi, "none", note="x"),
                       f"lezhi,1,5,{checks.clause_hash(lezhi['text'])},none,,,",
                       "elsewhere,1,5,0123456789ab,none,,,")
    before = corpus.clauses.copy()
    out, stale = checks.apply_checks(corpus.clauses, checks.load_checks(path))
    pd.testing.assert_frame_equal(corpus.clauses, before)  # the input is not changed
    assert (out["coded_by"] == "checked").sum() == 2 and len(stale) == 1
    assert stale[0].startswith(f"lezhi: hand check not applied ({path}, line {first_row() + 2})")
    assert f"now stands at {lezhi['start']}-{lezhi['end']}" in stale[0]
    again = corpus_module.with_checks(corpus_module.with_checks(corpus, path), path)
    pd.testing.assert_frame_equal(again.clauses, out)
    assert [p for p in again.problems if checks.is_stale(p)] == stale
    # a corpus of one plan: the rows of other plans are no concern of it
    one = corpus_module.with_checks(corpus.plan("wuxi"), path)
    assert (one.clauses["coded_by"] == "checked").sum() == 1 and one.problems == corpus.plan("wuxi").problems


def test_a_snapshot_gives_the_checks_its_build_applied(corpus, tmp_path, monkeypatch, seed_cache):
    """A build copies the checks file it applied into its snapshot; reading the snapshot
    applies that copy, whatever the checks file holds now (the report reads one build)."""
    from sciplan_analysis import storage

    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns(".*"))
    path = checks_file(tmp_path / "instrument_checks.csv",
                       checks.row_for(clause(corpus, *WUXI), "planning"))
    monkeypatch.setattr(checks, "CHECKS_FILE", path)
    processed = seed_cache(raw, tmp_path / "processed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        built = corpus_module.load_corpus(raw, processed)
        with storage.new_snapshot(processed, {"plans": 5}) as folder:
            corpus_module.write_snapshot_corpus(built, folder, raw, cached_in=processed)
    snapshot = storage.current_snapshot(processed)
    shutil.copyfile(CHECKS_FILE, path)  # the row removed after the build
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read = corpus_module.load_corpus(raw, snapshot)
        now = corpus_module.load_corpus(raw, processed)
    assert clause(read, *WUXI)["coded_by"] == "checked" and clause(read, *WUXI)["tool"] == "planning"
    assert clause(now, *WUXI)["coded_by"] == "model"
    pd.testing.assert_frame_equal(read.clauses, built.clauses)


# --------------------------------------------------------------------------- shown to readers

def test_page_07_says_how_many_clauses_were_checked_per_plan(checked, monkeypatch, displayed):
    from sciplan_analysis.report import page

    labels.register_plans(checked.plans)
    n_wuxi = int((checked.clauses["plan_id"] == "wuxi").sum())
    for lang in ("zh", "en"):
        displayed.clear()
        labels.set_language(lang)
        try:
            page.instrument_review(checked)
        finally:
            labels.set_language("zh")
        text = "\n".join(displayed)
        total = len(checked.clauses)
        assert labels.text("instruments.checks.note", lang, checked=2, of=total)[:12] in text
        assert f"2/{total}" in text
        assert labels.text("instruments.checks.count", lang, checked=1, of=n_wuxi,
                           share=100 / n_wuxi) in text
        assert labels.label("column", "checked", lang) in text
        for bad in ("NaN", "None", "coded_by", "n_clauses", "to_review", "checked_share"):
            assert bad not in text, bad
    assert "已人工核对 2/" in labels.text("instruments.checks.note", "zh", checked=2, of=total)


def test_review_counts_count_checked_clauses_beside_the_flagged(corpus, checked):
    from sciplan_analysis.analysis.instruments import review_counts

    before = review_counts(corpus).set_index("plan_id")
    after = review_counts(checked).set_index("plan_id")
    assert after["checked"].to_dict() == {p: int(p in ("wuxi", "lezhi")) for p in after.index}
    assert before["checked"].sum() == 0
    # the checked wuxi clause was flagged: it is no longer among the clauses to check
    assert after.at["wuxi", "to_review"] == before.at["wuxi", "to_review"] - 1


def test_the_workbook_shows_which_codes_were_checked(checked, tmp_path, monkeypatch):
    import openpyxl

    from sciplan_analysis.report import export

    for lang, mark, rules in (("zh", "人工核对", "学得的模型"), ("en", "checked by hand", "learned model")):
        sheet = export.clause_sheet(checked, lang)
        assert list(sheet.columns) == ["region", "task_id", "category", "clause", "tool", "type", "cue",
                                       "review", "coded_by", "rule_tool", "rule_type"]
        assert (sheet["coded_by"] == mark).sum() == 2 and (sheet["coded_by"] == rules).sum() == len(sheet) - 2
        row = sheet[sheet["clause"] == clause(checked, *WUXI)["text"]].iloc[0]
        assert row["tool"] == labels.label("instrument_tool", "planning", lang)
        assert row["cue"] == labels.text("instruments.checks.cue", lang, note="the line states a plan's direction")
        assert row["review"] == labels.text("workbook.no_review", lang)  # a word, never a blank cell
    # written to the readers' workbook: the labels as text, a note that looks like a formula never one
    clauses = checked.clauses.copy()
    at = clauses.index[clauses["coded_by"] == "checked"][0]
    clauses.loc[at, "cue"] = checks.cue_of('=HYPERLINK("http://x")')
    risky = replace(checked, clauses=clauses)
    monkeypatch.setattr(export, "reader_tables",
                        lambda corpus, lang=None, **kw: {"clauses": export.clause_sheet(corpus, lang)})
    path = export.reader_workbook(risky, tmp_path / "readers.xlsx", lang="en")
    book = openpyxl.load_workbook(path)
    rows = list(book[labels.label("sheet", "clauses", "en")[:31]].iter_rows(values_only=True))
    header = list(rows[0])
    assert labels.label("column", "coded_by", "en") in header
    coded_by = [r[header.index(labels.label("column", "coded_by", "en"))] for r in rows[1:]]
    assert coded_by.count("checked by hand") == 2
    cues = [r[header.index(labels.label("column", "cue", "en"))] for r in rows[1:]]
    assert 'checked by hand: =HYPERLINK("http://x")' in cues
    for sheet in book.worksheets:
        for cells in sheet.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
