"""Any plan in: layouts of other counties, .docx and .pdf input, and the `add` command."""

from __future__ import annotations

import os
import shutil
import signal
import time
import warnings
from pathlib import Path

import pytest
from forked_cli import run_cli, start_cli

from sciplan_analysis import PlanError, load_corpus, load_plan, read_manifest, storage
from sciplan_analysis.add import PlanAddedError, add_plan
from sciplan_analysis.config import CACHE_MANIFEST
from sciplan_analysis.corpus import RAW_DIR
from sciplan_analysis.parsing.sources import extract_text
from sciplan_analysis.storage import KILL_AT_ENV

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def parsed(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_plan(LAYOUTS / name)


def units(corpus, task_id: str) -> list[tuple[str, str]]:
    a = corpus.assignments[corpus.assignments.task_id == task_id]
    return [(r.unit_raw, r.role) for r in a.itertuples()]


def test_paren_numbers_and_unbracketed_units_after_the_task():
    c = parsed("paren_numbers.txt")
    assert list(c.tasks.title) == ["开展科学教育活动", "加强科技辅导员队伍建设", "实施高素质农民培育计划"]
    # 牵头部门/责任部门 on a line of their own, without brackets
    assert units(c, "1.1.1") == [("县教育局", "lead"), ("县科协", "partner"), ("团县委", "partner")]
    assert units(c, "1.2.1") == [("县农业农村局", "lead"), ("县人社局", "partner")]
    assert "牵头" not in "".join(c.tasks.text)
    assert set(c.commitments.measure) == {"场", "人次", "名"}


def test_dunhao_numbers_headings_with_full_stop_and_fullwidth_digits():
    c = parsed("dunhao_numbers.txt")
    assert list(c.groups.heading) == ["科普基础设施工程", "科普信息化工程"]
    assert list(c.groups.category) == ["infrastructure", "informatization"]
    # 参与单位 and 协办单位 are partners; １ full-width digits are read
    assert units(c, "1.1.1") == [("区科协", "lead"), ("区文旅局", "partner"), ("区住建局", "partner")]
    assert units(c, "1.1.2") == [("区科技局", "lead"), ("区工信局", "partner")]
    assert units(c, "1.2.1") == [("区委宣传部", "lead"), ("区融媒体中心", "partner")]
    assert c.commitments.value.tolist() == [3.0]
    assert (c.plans.period_start.iloc[0], c.plans.period_end.iloc[0]) == (2022, 2025)


def test_circled_numbers_and_half_width_brackets():
    c = parsed("circled.txt")
    assert list(c.tasks.title) == ["实施智慧助老行动", "加强老年人健康科普", "加强组织领导"]
    assert units(c, "1.1.1") == [("市民政局", "lead"), ("市老龄办", "partner"), ("市科协", "partner")]
    assert units(c, "2.1.1") == [("各成员单位", "partner")]
    assert c.commitments.value.tolist() == [20.0]


def test_table_that_lists_tasks_gives_them_units():
    c = parsed("table_tasks.txt")
    assert len(c.tasks) == 2
    assert units(c, "1.1.1") == [("县教育局", "lead"), ("县科协", "partner")]
    assert units(c, "1.1.2") == [("团县委", "lead"), ("县教育局", "partner"), ("县科协", "partner")]
    assert set(c.assignments.source) == {"table"}


def test_table_that_is_the_whole_plan_becomes_its_tasks():
    c = parsed("table_only.txt")
    assert list(c.tasks.title) == ["实施青少年科学素质提升行动", "实施农民科学素质提升行动", "加强科普基础设施建设"]
    assert list(c.groups.category) == ["youth", "farmers", "infrastructure"]
    assert units(c, "T.2.1") == [("县农业农村局", "lead"), ("县科协", "partner"), ("各乡镇人民政府", "partner")]
    assert c.plans.title.iloc[0] == "某县全民科学素质行动任务分工表"


def make_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    for line in ["某县全民科学素质行动实施方案", "一、提升行动", "（一）青少年科学素质提升行动",
                 "1.开展科学教育。组织科技节活动。", "2.建设科技社团。鼓励学校成立社团。"]:
        doc.add_paragraph(line)
    table = doc.add_table(rows=3, cols=4)
    cells = [["序号", "工作任务", "牵头单位", "责任单位"],
             ["1", "开展科学教育", "县教育局", "县科协、团县委"],
             ["2", "建设科技社团", "团县委", "县教育局"]]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    doc.save(str(path))
    return path


def make_pdf(path: Path, lines: list[str]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.font_manager import FontProperties

    from sciplan_analysis.report.style import font_path

    font = FontProperties(fname=str(font_path()))
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig = plt.figure(figsize=(8.27, 11.69))
        for i, line in enumerate(lines):
            fig.text(0.08, 0.92 - i * 0.04, line, fontproperties=font, fontsize=11)
        fig.savefig(path)
        plt.close(fig)
    return path


def visible(folder: Path) -> list[str]:
    """The files of a folder but the hidden ones (the lock file)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns("*.docx", "*.pdf", ".*"))
    return raw


def test_docx_round_trip_through_add(raw_copy, tmp_path):
    docx = make_docx(tmp_path / "county.docx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = add_plan(docx, "newcounty", "新县", status="draft", raw_dir=raw_copy,
                       processed_dir=tmp_path / "processed")
        corpus = load_corpus(raw_copy, tmp_path / "processed")
    assert (raw_copy / "newcounty.docx").read_bytes() == docx.read_bytes()
    assert "\t开展科学教育\t县教育局" in (raw_copy / "newcounty.txt").read_text(encoding="utf-8")
    assert read_manifest(raw_copy)[-1]["plan_id"] == "newcounty"
    assert list(one.tasks.title) == ["开展科学教育", "建设科技社团"]
    assert units(one, "1.1.1") == [("县教育局", "lead"), ("县科协", "partner"), ("团县委", "partner")]
    assert "newcounty" in corpus.plan_ids and (tmp_path / "processed" / "cache" / "manifest.json").exists()


def test_text_pdf_is_read(tmp_path):
    pdf = make_pdf(tmp_path / "plan.pdf", ["一、提升行动", "（一）青少年科学素质提升行动",
                                           "1.开展科学教育。内容。〔牵头单位：县教委〕"])
    assert "1.开展科学教育。内容。〔牵头单位：县教委〕" in extract_text(pdf)
    c = load_plan(pdf)
    assert units(c, "1.1.1") == [("县教委", "lead")]


def test_scanned_pdf_is_refused(tmp_path):
    pdf = make_pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(PlanError, match="scan.pdf: the PDF has no text layer"):
        extract_text(pdf)


def test_bad_input_to_add_leaves_the_manifest_as_it_was(raw_copy, tmp_path):
    before = (raw_copy / "plans.csv").read_bytes()
    files = visible(raw_copy)
    (tmp_path / "plan.doc").write_bytes(b"old word")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "fake.docx").write_bytes(b"not a zip")
    cases = [
        (tmp_path / "plan.doc", "x1", "unknown file type .doc"),
        (tmp_path / "empty.txt", "x2", "empty.txt: the file is empty"),
        (tmp_path / "binary.txt", "x3", "binary.txt: this is a binary file"),
        (tmp_path / "fake.docx", "x4", "fake.docx: not a readable Word"),
        (LAYOUTS / "circled.txt", "wuxi", "'wuxi' is already in"),
        (LAYOUTS / "circled.txt", "Bad Id", "use lower-case letters"),
    ]
    for path, plan_id, message in cases:
        with pytest.raises(PlanError, match=message):
            add_plan(path, plan_id, "某县", raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert (raw_copy / "plans.csv").read_bytes() == before
    assert visible(raw_copy) == files


def test_replace_keeps_one_row(raw_copy, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        add_plan(LAYOUTS / "circled.txt", "wuxi", "巫溪县", replace=True, raw_dir=raw_copy,
                 processed_dir=tmp_path / "p")
    rows = read_manifest(raw_copy)
    assert [r["plan_id"] for r in rows].count("wuxi") == 1
    assert (raw_copy / "wuxi.txt").read_bytes() == (LAYOUTS / "circled.txt").read_bytes()


def test_add_command_prints_the_parse_summary(raw_copy, tmp_path):
    """What one run of `add` prints: forked (`forked_cli`), as the other command tests are;
    `python -m sciplan_analysis` itself is started by the tests of what only a new
    interpreter shows (test_safety's closed pipe, the import tests)."""
    result = run_cli(["add", str(LAYOUTS / "paren_numbers.txt"), "--plan-id", "paren",
                      "--name-zh", "某县", "--raw-dir", str(raw_copy),
                      "--processed-dir", str(tmp_path / "p")])
    assert result.returncode == 0, result.stderr
    assert "added paren" in result.stdout
    assert "1.1.1    开展科学教育活动" in result.stdout
    assert "quality: parts=1, groups=2, tasks=3" in result.stdout


# -- nothing lost --------------------------------------------------------------------------------
def add_cli(raw: Path, processed: Path, path: Path, plan_id: str, *extra: str) -> list[str]:
    """The arguments of `python -m sciplan_analysis add` for one plan."""
    return ["add", str(path), "--plan-id", plan_id, "--name-zh", "某县", "--raw-dir", str(raw),
            "--processed-dir", str(processed), *extra]


def quiet_add(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return add_plan(*args, **kwargs)


def test_two_adds_at_once_keep_both_rows(raw_copy, tmp_path):
    """Two adds that meet at the lock of data/raw/: the test holds it while both start, so
    both check, parse and then wait, and each must keep the other's row."""
    a, b = LAYOUTS / "circled.txt", LAYOUTS / "paren_numbers.txt"
    processed = tmp_path / "p"
    arrived, tell = os.pipe()  # each add writes its id here as it asks for the lock

    def report_at_the_lock(pid: str):
        def prepare() -> None:  # in the child: its folder_lock says when it is reached
            take = storage.folder_lock

            def announced(folder, *args, **kwargs):
                os.write(tell, pid.encode() + b" ")
                return take(folder, *args, **kwargs)

            storage.folder_lock = announced
        return prepare

    before = visible(raw_copy)
    with storage.folder_lock(raw_copy):
        adds = [start_cli(add_cli(raw_copy, processed, path, pid), prepare=report_at_the_lock(pid))
                for path, pid in ((a, "county-a"), (b, "county-b"))]
        os.close(tell)
        waiting = b""
        while len(waiting.split()) < 2 and all(add.poll() is None for add in adds):
            waiting += os.read(arrived, 64)  # blocks until an add reaches the lock
        assert sorted(waiting.split()) == [b"county-a", b"county-b"], "an add ended early"
        time.sleep(0.2)  # four times filelock's poll interval: an add that ignored the lock
        # would be writing by now
        assert all(add.poll() is None for add in adds), "an add did not wait for the lock"
        assert visible(raw_copy) == before, "an add wrote while the lock was held"
    os.close(arrived)
    for add in adds:
        done = add.wait()
        assert done.returncode == 0, done.stderr
    ids = [r["plan_id"] for r in read_manifest(raw_copy)]
    assert ids[:5] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    assert sorted(ids[5:]) == ["county-a", "county-b"]
    assert (raw_copy / "county-a.txt").read_bytes() == a.read_bytes()
    assert (raw_copy / "county-b.txt").read_bytes() == b.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the layouts name units the crosswalk does not know
        corpus = load_corpus(raw_copy, processed)
    assert {"county-a", "county-b"} <= set(corpus.plan_ids)


def kill_at(args: list[str], moment: str) -> None:
    """Run `add` (a forked child) with SCIPLAN_KILL_AT=`moment`: it kills itself with SIGKILL
    exactly there."""
    run = run_cli(args, env={**os.environ, KILL_AT_ENV: moment})
    assert run.returncode == -signal.SIGKILL, f"add was not killed at {moment}: {run.stderr[-800:]}"


# Every step of an add, each an atomic rename: the text's temporary file written but not yet
# renamed, the text in place with the manifest not yet rewritten, the manifest (the commit)
# in place with the cache not yet rebuilt, and the cache's tables staged without its manifest.
REPLACE_MOMENTS = ["before-replace:wuxi.txt", "after-replace:wuxi.txt",
                   "after-replace:plans.csv", f"before-replace:{CACHE_MANIFEST}"]


@pytest.mark.parametrize("moment", REPLACE_MOMENTS)
def test_kill_9_during_add_replace_leaves_every_plan_intact(raw_copy, tmp_path, moment):
    originals = {name: (raw_copy / name).read_bytes() for name in visible(raw_copy)}
    new = LAYOUTS / "circled.txt"
    processed = tmp_path / "p"
    kill_at(add_cli(raw_copy, processed, new, "wuxi", "--replace"), moment)
    rows = read_manifest(raw_copy)  # valid: parses, every file exists
    assert [r["plan_id"] for r in rows] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    replaced = (raw_copy / "wuxi.txt").read_bytes() == new.read_bytes()
    assert replaced == (moment != "before-replace:wuxi.txt"), "the text is not the one expected"
    for name, data in originals.items():
        now = (raw_copy / name).read_bytes()
        if name == "wuxi.txt":
            assert replaced or now == data, f"wuxi.txt is neither old nor new ({len(now)} bytes)"
        elif name == "plans.csv":  # the commit: rewritten only once the new text is in place
            assert now == data or replaced, "the manifest changed before the text did"
        else:
            assert now == data, name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(raw_copy, processed)  # a half-built cache is never read
    assert len(corpus.plans) == 5
    wuxi = corpus.tasks[corpus.tasks["plan_id"] == "wuxi"]
    assert len(wuxi) == (len(load_plan(new).tasks) if replaced else 45)
    # and the next add works, clearing what the killed one left
    quiet_add(LAYOUTS / "paren_numbers.txt", "after", "某县", raw_dir=raw_copy,
              processed_dir=processed)
    assert not [p for p in raw_copy.iterdir() if p.name.startswith(".tmp-")]


NEW_MOMENTS = ["before-replace:newcounty.txt", "after-replace:newcounty.txt",
               "after-replace:plans.csv"]


@pytest.mark.parametrize("moment", NEW_MOMENTS)
def test_kill_9_during_a_new_add_leaves_no_half_file(raw_copy, tmp_path, moment):
    originals = {name: (raw_copy / name).read_bytes() for name in visible(raw_copy)}
    new = LAYOUTS / "circled.txt"
    kill_at(add_cli(raw_copy, tmp_path / "p", new, "newcounty"), moment)
    rows = read_manifest(raw_copy)
    for name, data in originals.items():
        now = (raw_copy / name).read_bytes()
        if name == "plans.csv":  # the commit appends the new row, never touching the others
            assert now.startswith(data), "the manifest's existing rows changed"
        else:
            assert now == data, name
    text = raw_copy / "newcounty.txt"
    assert not text.exists() or text.read_bytes() == new.read_bytes()
    committed = "newcounty" in [r["plan_id"] for r in rows]
    assert committed == (moment == "after-replace:plans.csv")
    if not committed:  # killed before the commit: a retry works
        quiet_add(new, "newcounty", "新县", raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert (raw_copy / "newcounty.txt").read_bytes() == new.read_bytes()
    assert "newcounty" in load_corpus(raw_copy, tmp_path / "p").plan_ids


def test_add_never_writes_over_another_plans_file(raw_copy, tmp_path):
    (raw_copy / "county_a_2022.txt").write_bytes((LAYOUTS / "circled.txt").read_bytes())
    with (raw_copy / "plans.csv").open("a", encoding="utf-8") as f:
        f.write("county_a,county_a_2022.txt,甲县,,county,,,final\n")
    before = {name: (raw_copy / name).read_bytes() for name in visible(raw_copy)}
    with pytest.raises(PlanError, match="county_a_2022.txt is the file of plan 'county_a'"):
        quiet_add(LAYOUTS / "paren_numbers.txt", "county_a_2022", "乙县", raw_dir=raw_copy,
                  processed_dir=tmp_path / "p")
    assert {name: (raw_copy / name).read_bytes() for name in visible(raw_copy)} == before


def test_add_never_writes_over_an_unlisted_file(raw_copy, tmp_path):
    (raw_copy / "stray.txt").write_text("研究者的笔记", encoding="utf-8")
    with pytest.raises(PlanError, match="stray.txt exists but no plan"):
        quiet_add(LAYOUTS / "paren_numbers.txt", "stray", "某县", raw_dir=raw_copy,
                  processed_dir=tmp_path / "p")
    assert (raw_copy / "stray.txt").read_text(encoding="utf-8") == "研究者的笔记"


def test_columns_added_by_hand_are_kept(raw_copy, tmp_path):
    path = raw_copy / "plans.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [lines[0] + ",notes"] + [line + f",note {n}" for n, line in enumerate(lines[1:])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    original = path.read_bytes()
    quiet_add(LAYOUTS / "paren_numbers.txt", "paren", "某县", raw_dir=raw_copy,
              processed_dir=tmp_path / "p")
    assert path.read_bytes().startswith(original)  # the rows as they were, byte for byte
    rows = read_manifest(raw_copy)
    assert [r["notes"] for r in rows] == [f"note {n}" for n in range(5)] + [""]
    quiet_add(LAYOUTS / "circled.txt", "wuxi", "巫溪县", replace=True, raw_dir=raw_copy,
              processed_dir=tmp_path / "p")
    rows = read_manifest(raw_copy)
    assert [r["plan_id"] for r in rows] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei", "paren"]
    assert rows[0]["notes"] == "note 0" and rows[0]["file"] == "wuxi.txt"


@pytest.mark.parametrize("plan_id", ["evil\n", "evil\r", "a/b", "../x", "x" * 41, "Wuxi", ""])
def test_bad_plan_ids_are_refused(raw_copy, tmp_path, plan_id):
    before = visible(raw_copy)
    with pytest.raises(PlanError, match="plan id"):
        quiet_add(LAYOUTS / "circled.txt", plan_id, "某县", raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert visible(raw_copy) == before


def test_control_characters_in_names_are_refused(raw_copy, tmp_path):
    with pytest.raises(PlanError, match="control characters"):
        quiet_add(LAYOUTS / "circled.txt", "ok", "某县\n", raw_dir=raw_copy, processed_dir=tmp_path / "p")


def test_replace_with_the_plans_own_raw_file(raw_copy, tmp_path):
    data = (raw_copy / "lezhi.txt").read_bytes()
    quiet_add(raw_copy / "lezhi.txt", "lezhi", "乐至县", replace=True, raw_dir=raw_copy,
              processed_dir=tmp_path / "p")
    assert (raw_copy / "lezhi.txt").read_bytes() == data
    assert [r["plan_id"] for r in read_manifest(raw_copy)].count("lezhi") == 1


def test_a_failure_after_the_commit_says_the_plan_was_added(raw_copy, tmp_path):
    (raw_copy / "lezhi.txt").write_bytes(b"")  # another plan, broken by hand: the rebuild fails
    result = run_cli(add_cli(raw_copy, tmp_path / "p", LAYOUTS / "paren_numbers.txt", "paren"))
    assert result.returncode == 1, result.stderr
    assert "added paren" in result.stdout and "cache NOT rebuilt" in result.stdout
    assert "paren WAS added" in result.stderr and "lezhi.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert read_manifest(raw_copy)[-1]["plan_id"] == "paren"


def test_plan_added_error_carries_the_parsed_plan(raw_copy, tmp_path, monkeypatch):
    import sciplan_analysis.add as add_module

    def broken(*args, **kwargs):
        raise PlanError("data/reference/unit_aliases.csv, line 3: broken")

    monkeypatch.setattr(add_module, "rebuild_cache", broken)
    with pytest.raises(PlanAddedError, match="paren WAS added .*unit_aliases.csv") as caught:
        quiet_add(LAYOUTS / "paren_numbers.txt", "paren", "某县", raw_dir=raw_copy,
                  processed_dir=tmp_path / "p")
    assert list(caught.value.corpus.tasks.title)[0] == "开展科学教育活动"
    assert read_manifest(raw_copy)[-1]["plan_id"] == "paren"
