"""`python -m sciplan_analysis check`: the clauses to check listed, and a researcher's decision
written to the hand checks file (`parsing.checks.record`), from the command line.

Every run is a forked child (`forked_cli`) on a copy of data/raw/ whose cache is the session's
parse of the five plans (`seed_cache`: no child parses), with a temporary copy of the checks
file (the hidden --checks-file); the made-up plan's test parses its one plan."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest
from forked_cli import run_cli, start_cli

import sciplan_analysis.corpus as corpus_module
from sciplan_analysis import storage
from sciplan_analysis.cli import clause_id
from sciplan_analysis.config import CHECKS_FILE, RAW_DIR
from sciplan_analysis.parsing import checks
from sciplan_analysis.tables import INSTRUMENT_TOOLS

WUXI = "wuxi:3.1.3/5"  # the code (the learned model): services; the rules' reading: cooperation (both read
# from the clause table below, since each refit of the model may move them: `disputed`)
LEZHI = "lezhi:3.4.1/2"  # the code: planning (the rules read it alike)
TODAY = datetime.date.today().isoformat()
ID = re.compile(r"^  (\S+:\S+/\d+)  ")  # a clause's line in the list


@pytest.fixture(scope="module")
def cached(tmp_path_factory, seed_cache) -> tuple[Path, Path]:
    """A copy of data/raw/ and a processed folder holding its cache (read by every child)."""
    folder = tmp_path_factory.mktemp("check")
    raw = folder / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns("*.docx", "*.pdf", ".*"))
    return raw, seed_cache(raw, folder / "processed")


@pytest.fixture
def checks_copy(tmp_path) -> Path:
    """A copy of the shipped checks file (its comments and header, no rows)."""
    path = tmp_path / "reference" / "instrument_checks.csv"
    path.parent.mkdir()
    shutil.copyfile(CHECKS_FILE, path)
    return path


def check(cached, checks_file: Path, *args: str, raw: Path | None = None,
          processed: Path | None = None):
    return run_cli(cli_args(cached, checks_file, *args, raw=raw, processed=processed))


def cli_args(cached, checks_file: Path, *args: str, raw: Path | None = None,
             processed: Path | None = None) -> list[str]:
    return ["check", *args, "--checks-file", str(checks_file), "--raw-dir", str(raw or cached[0]),
            "--processed-dir", str(processed or cached[1])]


def listed(stdout: str) -> dict[str, str]:
    """The clause lines of a list, by the id they start with."""
    return {m.group(1): line for line in stdout.splitlines() if (m := ID.match(line))}


def clause(corpus, cid: str) -> pd.Series:
    c = corpus.clauses
    ids = [clause_id(*k) for k in zip(c["plan_id"], c["task_id"], c["clause_no"], strict=True)]
    return c[[i == cid for i in ids]].iloc[0]


def disputed(corpus, plan_id: str | None = None) -> pd.DataFrame:
    """The clauses the rules read otherwise than the code (the model), counted from the clause table's
    own two readings, not from the review column the list reads: every refit of the model moves them
    (22 under session 25's file, 24 under the refit of sets 1-91)."""
    c = corpus.clauses
    out = c[c["tool"] != c["rule_tool"]]
    return out if plan_id is None else out[out["plan_id"] == plan_id]


def applied(corpus, path: Path, plan_id: str) -> tuple[dict[str, dict], list[str]]:
    """The plan's clause rows with the checks file `path` applied (`checks.apply_checks`, as
    every load applies it), by id, and the problems (stale rows)."""
    table, problems = checks.apply_checks(corpus.clauses, checks.load_checks(path), [plan_id])
    rows = table[table["plan_id"] == plan_id].to_dict("records")
    return {clause_id(r["plan_id"], r["task_id"], r["clause_no"]): r for r in rows}, problems


# --------------------------------------------------------------------------- the list

def test_the_list_shows_every_clause_marked_to_check_and_no_other(cached, checks_copy, corpus):
    run = check(cached, checks_copy)
    assert run.returncode == 0, run.stderr
    lines = listed(run.stdout)
    marked = corpus.clauses[corpus.clauses["review"].notna()]
    assert marked.index.equals(disputed(corpus).index) and len(marked) > 0  # 75 by the retired file
    assert sorted(lines) == sorted(clause_id(*k) for k in zip(
        marked["plan_id"], marked["task_id"], marked["clause_no"], strict=True))
    # one line a clause: its id, coded_by, the code's tool, the rules' reading, its text cut short
    cells = lines[WUXI].split()
    row = clause(corpus, WUXI)
    assert row["tool"] != row["rule_tool"]  # the clause these tests check is one the two readings dispute
    assert cells[:4] == [WUXI, "model", row["tool"], row["rule_tool"]]
    assert cells[4].startswith(row["text"][:8])
    # grouped by plan, each plan's heading before its clauses, in the corpus's order
    headings = [line.split(":")[0] for line in run.stdout.splitlines() if re.match(r"^\w", line)]
    assert headings == ["wuxi  巫溪县", "lezhi  乐至县", "chongqing  重庆市", "jinjiang  成都市锦江区",
                        "shanwei  汕尾市城区"]
    assert f"wuxi  巫溪县: {len(disputed(corpus, 'wuxi'))} to check, 0 checked, 175 clause(s) in all" in run.stdout
    assert not re.search(r"\b(nan|None|NaN|<NA>)\b", run.stdout)
    assert f"{len(marked)} clause(s) marked to check" in run.stderr
    assert "parsing" not in run.stderr  # read from the cache


def test_the_list_of_one_plan_and_of_every_clause(cached, checks_copy, corpus):
    one = check(cached, checks_copy, "--plan", "lezhi")
    assert one.returncode == 0, one.stderr
    assert {i.split(":")[0] for i in listed(one.stdout)} == {"lezhi"} \
        and len(listed(one.stdout)) == len(disputed(corpus, "lezhi")) > 0
    every = check(cached, checks_copy, "--all")
    assert every.returncode == 0, every.stderr
    lines = listed(every.stdout)
    assert len(lines) == len(corpus.clauses) == 677  # every id once, none lost to a duplicate
    lezhi_first = clause(corpus, "lezhi:2.1.1/1")
    assert lines["lezhi:2.1.1/1"].split()[1:4] == ["model", lezhi_first["tool"], "—"]
    assert not re.search(r"\b(nan|None|NaN|<NA>)\b", every.stdout)
    unknown = check(cached, checks_copy, "--plan", "lezih")
    assert unknown.returncode == 2 and "no plan 'lezih'" in unknown.stderr
    assert "did you mean lezhi?" in unknown.stderr and unknown.stdout == ""


def test_a_clause_without_offsets_is_listed_and_cannot_be_checked(cached, checks_copy, corpus,
                                                                   monkeypatch):
    """A clause the raw text cannot be aligned with (start and end missing) is listed as the
    others are, and refused with a reason when checked: no row can key it."""
    from sciplan_analysis import cli, schema

    unaligned = corpus.clauses.copy()
    first = unaligned.index[unaligned["plan_id"] == "lezhi"][0]
    unaligned.loc[first, ["start", "end"]] = pd.NA
    unaligned.loc[first, "review"] = "none"
    unaligned = schema.validate_corpus(type(corpus)(**{**vars(corpus), "clauses": unaligned})).clauses
    assert unaligned["start"].isna().sum() == 1
    monkeypatch.setattr(cli, "_check_corpus", lambda args: type(corpus)(**{**vars(corpus),
                                                                          "clauses": unaligned}))
    cid = clause_id("lezhi", *unaligned.loc[first, ["task_id", "clause_no"]])
    run = check(cached, checks_copy, "--plan", "lezhi")
    assert run.returncode == 0, run.stderr
    assert listed(run.stdout)[cid].split()[1:4] == ["model", unaligned.loc[first, "tool"], "none"]
    refused = check(cached, checks_copy, cid, "planning")
    assert refused.returncode == 2 and "has no offsets in the raw text" in refused.stderr
    assert checks_copy.read_bytes() == CHECKS_FILE.read_bytes()


# --------------------------------------------------------------------------- recording a decision

def test_a_check_appends_the_row_for_the_clause_and_keeps_every_byte_before_it(cached, checks_copy,
                                                                                corpus):
    before = checks_copy.read_bytes()
    run = check(cached, checks_copy, WUXI, "planning", "--note", "the line states a direction",
                "--who", "LW")
    assert run.returncode == 0, run.stderr
    row = clause(corpus, WUXI)
    line = checks.row_for(row, "planning", note="the line states a direction", who="LW", when=TODAY)
    assert checks_copy.read_bytes() == before + f"{line}\n".encode()
    n = len(before.decode().splitlines()) + 1
    assert f"appended to {checks_copy}, line {n}:\n  {line}\n" in run.stdout
    assert f"checked {WUXI} as planning (environment); the model's tool: {row['tool']}, the rules' reading " \
           f"where it differs: {row['rule_tool']}" in run.stdout
    assert "every load applies it from now on, with no re-parse" in run.stdout
    # the row applies: the clause takes the tool, and the list no longer marks it
    rows, problems = applied(corpus, checks_copy, "wuxi")
    assert problems == []
    assert (rows[WUXI]["tool"], rows[WUXI]["coded_by"], rows[WUXI]["review"]) == ("planning", "checked", None)
    after = check(cached, checks_copy, "--plan", "wuxi")
    left = len(disputed(corpus, "wuxi")) - 1
    assert WUXI not in listed(after.stdout) and len(listed(after.stdout)) == left
    assert f"wuxi  巫溪县: {left} to check, 1 checked, 175 clause(s) in all" in after.stdout
    every = listed(check(cached, checks_copy, "--all", "--plan", "wuxi").stdout)
    assert every[WUXI].split()[1:4] == ["checked", "planning", "—"]


def test_an_unknown_tool_or_id_is_refused_naming_the_choices(cached, checks_copy):
    before = checks_copy.read_bytes()
    tool = check(cached, checks_copy, WUXI, "planing")
    assert tool.returncode == 2 and tool.stdout == ""
    assert f"unknown tool 'planing' for {WUXI} (did you mean planning?)" in tool.stderr
    assert f"the scheme's tools are {', '.join(INSTRUMENT_TOOLS)}" in tool.stderr
    wrong_clause = check(cached, checks_copy, "wuxi:3.1.2/9", "planning")
    assert wrong_clause.returncode == 2 and "task 3.1.2 has clauses 1-6" in wrong_clause.stderr
    wrong_task = check(cached, checks_copy, "wuxi:3.1.9/5", "planning")
    assert wrong_task.returncode == 2 and "nearest: " in wrong_task.stderr
    assert "wuxi:3.1.2/5" in wrong_task.stderr.split("nearest: ")[1].split(";")[0]
    wrong_plan = check(cached, checks_copy, "wux:3.1.2/5", "planning")
    assert wrong_plan.returncode == 2 and "no plan 'wux'" in wrong_plan.stderr
    assert "did you mean wuxi?" in wrong_plan.stderr
    assert checks_copy.read_bytes() == before
    # the dotted form names the same clause
    dotted = check(cached, checks_copy, "wuxi:3.1.2.5", "planning")
    assert dotted.returncode == 0, dotted.stderr
    assert "checked wuxi:3.1.2/5 as planning" in dotted.stdout


def test_several_decisions_are_written_together_or_not_at_all(cached, checks_copy, corpus):
    before = checks_copy.read_bytes()
    # any refusal in the batch writes nothing: an id without its tool, an unknown tool, an
    # unknown clause, the same clause twice, a clause already checked
    for args, said in (((WUXI, "planning", LEZHI), "give the tool decided for lezhi:3.4.1/2"),
                       ((WUXI, "planning", LEZHI, "regulaton"), "unknown tool 'regulaton' for lezhi"),
                       ((WUXI, "planning", "wuxi:3.1.2/9", "none"), "task 3.1.2 has clauses 1-6"),
                       ((WUXI, "planning", "wuxi:3.1.3.5", "none"), "is given twice (decisions 1 and 2)")):
        run = check(cached, checks_copy, *args)
        assert run.returncode == 2 and said in run.stderr, (args, run.stderr)
        assert checks_copy.read_bytes() == before
    run = check(cached, checks_copy, WUXI, "planning", LEZHI, "regulation", "--who", "LW")
    assert run.returncode == 0, run.stderr
    lines = [checks.row_for(clause(corpus, cid), tool, who="LW", when=TODAY)
             for cid, tool in ((WUXI, "planning"), (LEZHI, "regulation"))]
    assert checks_copy.read_bytes() == before + "".join(f"{line}\n" for line in lines).encode()
    assert run.stdout.count("appended to ") == 2 and "every load applies these 2 checks" in run.stdout
    again = check(cached, checks_copy, "wuxi:3.1.2/1", "none", LEZHI, "planning")
    assert again.returncode == 2 and "already checked as regulation" in again.stderr
    assert "nothing was written" in again.stderr
    assert checks_copy.read_bytes() == before + "".join(f"{line}\n" for line in lines).encode()
    rows, problems = applied(corpus, checks_copy, "lezhi")
    assert problems == [] and rows[LEZHI]["tool"] == "regulation"


def test_a_clause_checked_twice_needs_replace_which_rewrites_its_row_only(cached, checks_copy, corpus):
    assert check(cached, checks_copy, LEZHI, "planning", "--who", "LW").returncode == 0
    assert check(cached, checks_copy, WUXI, "education").returncode == 0
    before = checks_copy.read_bytes()
    n = len(before.decode().splitlines()) - 1  # LEZHI's line
    again = check(cached, checks_copy, LEZHI, "regulation")
    assert again.returncode == 2, again.stdout
    assert f"{checks_copy}, line {n}: the clause lezhi " in again.stderr
    assert f"is already checked as planning by LW on {TODAY}; give --replace" in again.stderr
    assert checks_copy.read_bytes() == before
    replaced = check(cached, checks_copy, LEZHI, "regulation", "--replace", "--note", "规范和标准")
    assert replaced.returncode == 0, replaced.stderr
    assert f"replaced line {n} of {checks_copy} (was planning by LW on {TODAY})" in replaced.stdout
    old, new = before.decode().splitlines(keepends=True), checks_copy.read_text().splitlines(keepends=True)
    line = checks.row_for(clause(corpus, LEZHI), "regulation", note="规范和标准", when=TODAY)
    assert new == [*old[:n - 1], f"{line}\n", old[n]]  # one row per clause, in its place
    rows, _ = applied(corpus, checks_copy, "lezhi")
    assert (rows[LEZHI]["tool"], rows[LEZHI]["cue"]) == ("regulation", "checked: 规范和标准")


def test_checks_written_are_listed_at_once_and_nothing_is_parsed_again(cached, checks_copy,
                                                                       corpus, tmp_path):
    """Two checks written, then the list: no command parses (no "parsing" line), the cache's
    manifest and tables are untouched, and the list shows both checks applied."""
    raw, processed = cached[0], tmp_path / "processed"  # the cache names its raw folder: not copied
    shutil.copytree(cached[1], processed)
    cache = corpus_module.cache_dir(processed)
    before = {p.relative_to(cache): p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    manifest = (cache / corpus_module.CACHE_MANIFEST).read_bytes()
    assert corpus_module.cached_corpus(raw, processed) is not None  # the copy's cache is current
    runs = [check(cached, checks_copy, WUXI, "planning", "--note", "n", raw=raw, processed=processed),
            check(cached, checks_copy, LEZHI, "regulation", raw=raw, processed=processed),
            check(cached, checks_copy, "--all", raw=raw, processed=processed)]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "parsing" not in run.stderr, run.stderr
    assert (cache / corpus_module.CACHE_MANIFEST).read_bytes() == manifest
    assert {p.relative_to(cache): p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()} == before
    lines = listed(runs[2].stdout)
    assert lines[WUXI].split()[1:4] == ["checked", "planning", "—"]
    assert lines[LEZHI].split()[1:4] == ["checked", "regulation", "—"]
    assert sum(line.split()[1] == "checked" for line in lines.values()) == 2
    assert f"wuxi  巫溪县: {len(disputed(corpus, 'wuxi')) - 1} to check, 1 checked, 175 clause(s) in all" \
        in runs[2].stdout
    # and a load (as the build and the report read the corpus) shows them, from the same cache
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(checks, "CHECKS_FILE", checks_copy)
        loaded = corpus_module.load_corpus(raw, processed)
    assert (loaded.clauses["coded_by"] == "checked").sum() == 2
    assert clause(loaded, WUXI)["cue"] == "checked: n"
    assert (cache / corpus_module.CACHE_MANIFEST).read_bytes() == manifest


def test_the_header_rows_and_line_ends_of_the_file_are_kept_byte_for_byte(cached, tmp_path, corpus):
    """A file saved on Windows (CRLF, a BOM, a quoted note, no newline at its end), its columns in
    another order: every byte is kept, and the row takes the file's order and line end."""
    lezhi = clause(corpus, LEZHI)
    existing = (f'{lezhi["start"]},lezhi,{lezhi["end"]},{checks.clause_hash(lezhi["text"])},'
                'planning,"a, ""quoted"" note",2026-12-01,LW')
    text = "\ufeff# my own comment\r\nstart,plan_id,end,hash,tool,note,when,who\r\n" + existing
    path = tmp_path / "checks.csv"
    path.write_bytes(text.encode())
    run = check(cached, path, WUXI, "none", "--note", "x")
    assert run.returncode == 0, run.stderr
    wuxi = clause(corpus, WUXI)
    row = f'{wuxi["start"]},wuxi,{wuxi["end"]},{checks.clause_hash(wuxi["text"])},none,x,{TODAY},'
    assert path.read_bytes() == text.encode() + f"\r\n{row}\r\n".encode()
    assert [(c.plan_id, c.tool, c.note) for c in checks.load_checks(path).rows] == [
        ("lezhi", "planning", 'a, "quoted" note'), ("wuxi", "none", "x")]


def test_a_malformed_file_or_a_note_on_two_lines_is_refused_and_nothing_written(cached, checks_copy):
    bad = checks_copy.read_text() + "wuxi,10,5,0123456789ab,planning,,,\n"
    checks_copy.write_text(bad)
    run = check(cached, checks_copy, WUXI, "planning")
    n = len(bad.splitlines())
    assert run.returncode == 2 and f"{checks_copy}, line {n}: end (5) must be after start" in run.stderr
    assert checks_copy.read_text() == bad
    shutil.copyfile(CHECKS_FILE, checks_copy)
    two_lines = check(cached, checks_copy, WUXI, "planning", "--note", "one\ntwo")
    assert two_lines.returncode == 2 and "the note must be one line" in two_lines.stderr
    assert checks_copy.read_bytes() == CHECKS_FILE.read_bytes()
    assert sorted(p.name for p in checks_copy.parent.iterdir() if not p.name.startswith(".")) == [
        checks_copy.name]


def test_two_checks_at_once_keep_both_rows(cached, checks_copy, corpus):
    """Two checks that meet at the checks file's lock: the test holds it while both start, so
    both load the corpus, find their clause and wait, and each must keep the other's row."""
    arrived, tell = os.pipe()  # each check writes its clause id here as it asks for the lock

    def report_at_the_lock(cid: str):
        def prepare() -> None:  # in the child: its lock on the checks file says when it is reached
            take = storage.folder_lock

            def announced(folder, name=storage.LOCK_NAME, *args, **kwargs):
                if name == checks.LOCK_NAME:
                    os.write(tell, cid.encode() + b" ")
                return take(folder, name, *args, **kwargs)

            storage.folder_lock = announced
        return prepare

    before = checks_copy.read_bytes()
    with storage.folder_lock(checks_copy.parent, checks.LOCK_NAME):
        runs = [start_cli(cli_args(cached, checks_copy, cid, tool), prepare=report_at_the_lock(cid))
                for cid, tool in ((WUXI, "planning"), (LEZHI, "regulation"))]
        os.close(tell)
        waiting = b""
        while len(waiting.split()) < 2 and all(r.poll() is None for r in runs):
            waiting += os.read(arrived, 64)  # blocks until a check reaches the lock
        assert sorted(waiting.split()) == sorted([LEZHI.encode(), WUXI.encode()]), "a check ended early"
        time.sleep(0.2)  # four times filelock's poll interval: a check that ignored the lock
        # would have written by now
        assert all(r.poll() is None for r in runs), "a check did not wait for the lock"
        assert checks_copy.read_bytes() == before, "a check wrote while the lock was held"
    os.close(arrived)
    for r in runs:
        done = r.wait()
        assert done.returncode == 0, done.stderr
    text = checks_copy.read_bytes()
    assert text.startswith(before)
    rows = {(c.plan_id, c.tool) for c in checks.load_checks(checks_copy).rows}
    assert rows == {("wuxi", "planning"), ("lezhi", "regulation")}
    assert len(text.decode().splitlines()) == len(before.decode().splitlines()) + 2


# --------------------------------------------------------------------------- a made-up plan

MADE_UP = """某县全民科学素质行动实施方案

一、提升行动

（一）青少年科学素质提升行动

（1）开展科学教育活动。=SUM(A1:A9)+"引号", 逗号,还有"双引号"的条款，组织中小学开展科技节活动。@cmd|' /C calc'!A0, "引用"的内容。
牵头部门：县教育局；责任部门：县科协
"""


def test_a_formula_like_clause_and_note_with_commas_and_quotes_round_trip(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plans.csv").write_text("plan_id,file,name_zh,name_en,admin_level,province,parent,status\n"
                                   "madeup,madeup.txt,某县,Some County,county,四川省,,final\n",
                                   encoding="utf-8")
    (raw / "madeup.txt").write_text(MADE_UP, encoding="utf-8")
    path = tmp_path / "checks.csv"
    shutil.copyfile(CHECKS_FILE, path)
    processed = tmp_path / "processed"  # no cache yet: the first run parses the plan and writes it
    listing = run_cli(cli_args(None, path, "--all", raw=raw, processed=processed))
    assert listing.returncode == 0, listing.stderr
    assert listing.stderr.startswith(f"parsing {raw} (the cache is missing or out of date")
    lines = listed(listing.stdout)
    assert lines["madeup:1.1.1/2"].split()[4].startswith('=SUM（A1：A9）+"引号"，逗号')
    note = '=HYPERLINK("http://x"), "a, b" @x'
    for cid, tool in (("madeup:1.1.1/2", "none"), ("madeup:1.1.1/3", "participation")):
        run = run_cli(cli_args(None, path, cid, tool, "--note", note, "--who", "=1+2, \"W\"",
                               raw=raw, processed=processed))
        assert run.returncode == 0, run.stderr
        assert "parsing" not in run.stderr  # the first run wrote the cache; no checks file is its key
    rows = checks.load_checks(path).rows
    assert [(c.tool, c.note, c.who) for c in rows] == [("none", note, '=1+2, "W"'),
                                                       ("participation", note, '=1+2, "W"')]
    # the next parse applies both: the clauses' texts (a formula, commas, quotes) hash alike
    monkeypatch.setattr(checks, "CHECKS_FILE", path)
    parsed = corpus_module.parse_manifest(raw)
    c = parsed.clauses
    assert list(c.loc[c["coded_by"] == "checked", "clause_no"]) == [2, 3]
    assert set(c.loc[c["coded_by"] == "checked", "cue"]) == {f"checked: {note}"}
    assert c.loc[c["clause_no"] == 2, "text"].iloc[0].startswith('=SUM（A1：A9）+"引号"')
    assert not [p for p in parsed.problems if checks.NOT_APPLIED in p]


def test_a_clause_is_cut_to_the_terminal_only_on_a_terminal(monkeypatch):
    """On a terminal a clause is cut to its width (a CJK character takes two columns, … marks the
    cut); piped, as every test above reads it, each clause is printed whole."""
    from sciplan_analysis import cli

    cut = cli._short("推进信息技术与科学教育深度融合", 12)
    assert cut.endswith("…") and cli._width(cut) <= 12 and cut.startswith("推进信息")
    assert cli._short("短句", 12) == "短句"
