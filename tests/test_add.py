"""Any plan in: layouts of other counties, .docx and .pdf input, and the `add` command."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from sciplan_analysis import PlanError, load_corpus, load_plan, read_manifest
from sciplan_analysis.add import add_plan
from sciplan_analysis.corpus import RAW_DIR
from sciplan_analysis.parsing.sources import extract_text

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
PROJECT = Path(__file__).resolve().parent.parent


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


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns("*.docx", "*.pdf"))
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
    assert "newcounty" in corpus.plan_ids and (tmp_path / "processed" / "corpus.pkl").exists()


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
    files = sorted(p.name for p in raw_copy.iterdir())
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
    assert sorted(p.name for p in raw_copy.iterdir()) == files


def test_replace_keeps_one_row(raw_copy, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        add_plan(LAYOUTS / "circled.txt", "wuxi", "巫溪县", replace=True, raw_dir=raw_copy,
                 processed_dir=tmp_path / "p")
    rows = read_manifest(raw_copy)
    assert [r["plan_id"] for r in rows].count("wuxi") == 1
    assert (raw_copy / "wuxi.txt").read_bytes() == (LAYOUTS / "circled.txt").read_bytes()


def test_add_command_prints_the_parse_summary(raw_copy, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "sciplan_analysis", "add", str(LAYOUTS / "paren_numbers.txt"),
         "--plan-id", "paren", "--name-zh", "某县", "--raw-dir", str(raw_copy),
         "--processed-dir", str(tmp_path / "p")],
        capture_output=True, text=True, cwd=PROJECT, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "added paren" in result.stdout
    assert "1.1.1    开展科学教育活动" in result.stdout
    assert "quality: parts=1, groups=2, tasks=3" in result.stdout
