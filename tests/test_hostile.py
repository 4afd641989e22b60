"""The second round of hostile and careless inputs (issue 22): nothing hangs, nothing is read
wrong in silence. Large inputs are generated here, sized to keep the suite fast; times are
compared only as ratios within one run (CPU time of this process, so other work on the
machine does not count)."""

from __future__ import annotations

import time
import warnings
import zipfile
from pathlib import Path

import pytest

from sciplan_analysis.config import MAX_EXPANDED_MB_ENV, MAX_PARAGRAPHS_ENV
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.sources import extract_text

HEAD = "某县全民科学素质行动实施方案\n一、重点任务\n（一）加强科普工作\n"


def quiet_parse(text: str, plan_id: str = "x"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_text(text, plan_id)


def plain_paragraphs(n: int) -> str:
    """`n` paragraphs with no heading: the shape that once made parsing quadratic."""
    return "\n".join(f"这是第{i}段普通的文字，没有任何标题，用于测试解析速度。" for i in range(n))


def cpu_seconds(text: str) -> float:
    start = time.process_time()
    corpus = quiet_parse(text)
    seconds = time.process_time() - start
    assert len(corpus.segments) > 0
    return seconds


def test_parsing_time_grows_linearly_with_the_paragraph_count():
    small = min(cpu_seconds(plain_paragraphs(10_000)) for _ in range(2))
    large = cpu_seconds(plain_paragraphs(80_000))
    # 8x the paragraphs: linear is ~8x, the quadratic metadata step was ~64x
    assert large / small <= 10, (small, large)


def test_tasks_numbered_past_999_are_each_a_task():
    lines = [f"{i}. 开展第{i}项科普活动" for i in range(1, 1201)]  # no terminator: lines could join
    corpus = quiet_parse(HEAD + "\n".join(lines))
    assert len(corpus.tasks) == 1200
    last = corpus.tasks.iloc[-1]
    assert (last.task_id, last.title) == ("1.1.1200", "开展第1200项科普活动")


def test_a_line_opening_with_a_year_is_not_an_item():
    corpus = quiet_parse(HEAD + "1. 开展科普活动。\n2025. 年底前完成全部工作。\n2. 其他工作。")
    assert corpus.tasks["text"].tolist() == ["开展科普活动。2025.年底前完成全部工作。", "其他工作。"]


@pytest.mark.parametrize("count", [21, 35, 50])
def test_circled_numbers_past_20_are_tasks(count):
    circled = [chr(0x2460 + i) for i in range(20)] + [chr(0x3251 + i) for i in range(15)]
    circled += [chr(0x32B1 + i) for i in range(15)]  # ① … ⑳, ㉑ … ㉟, ㊱ … ㊿
    text = HEAD + "\n".join(f"{c}开展第{n}项科普活动。（牵头单位：县科协）"
                            for n, c in enumerate(circled[:count], start=1))
    corpus = quiet_parse(text)
    assert len(corpus.tasks) == count
    assert corpus.tasks["title"].iloc[-1] == f"开展第{count}项科普活动"
    assert (corpus.assignments.groupby("task_id").size() == 1).all()


# -- .docx and web pages: read with limits --------------------------------------------------
def make_docx(path: Path, paragraphs: list[str], edit=lambda xml: xml) -> Path:
    """A .docx of `paragraphs`, its document part passed through `edit` (raw XML)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    plain = path.with_name(f"plain-{path.name}")
    document.save(str(plain))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            out.writestr(item.filename, data)
    return path


PLAN_LINES = ["某县全民科学素质行动实施方案", "一、重点任务", "1. 开展科普活动。（牵头单位：县科协）"]


def test_a_docx_with_an_xml_comment_and_an_entity_reference_reads(tmp_path):
    def edit(xml: str) -> str:
        xml = xml.replace("<w:body>", "<w:body><!-- 批注 --><?pi x?>", 1)
        declaration = xml.index("?>") + 2
        xml = xml[:declaration] + '<!DOCTYPE w:document [<!ENTITY org "科协">]>' + xml[declaration:]
        return xml.replace("县科协", "县&org;", 1)

    text = extract_text(make_docx(tmp_path / "odd.docx", PLAN_LINES, edit))
    assert text.split("\n\n") == [*PLAN_LINES[:2], "1. 开展科普活动。（牵头单位：县&org;）"]


def test_a_docx_that_unpacks_past_the_limit_is_refused_before_unpacking(tmp_path, monkeypatch):
    filler = "<w:p><w:r><w:t>" + "科" * 400_000 + "</w:t></w:r></w:p>"  # 1.2 MB of XML
    path = make_docx(tmp_path / "bomb.docx", PLAN_LINES,
                     lambda xml: xml.replace("<w:body>", "<w:body>" + filler * 2, 1))
    assert path.stat().st_size < 100_000
    monkeypatch.setenv(MAX_EXPANDED_MB_ENV, "2")
    with pytest.raises(PlanError, match=f"over the limit of 2 MB.*{MAX_EXPANDED_MB_ENV}"):
        extract_text(path)
    monkeypatch.setenv(MAX_EXPANDED_MB_ENV, "4")  # raised as the message says: read
    assert extract_text(path).startswith("科" * 100)


def test_a_docx_with_too_many_paragraphs_is_refused(tmp_path, monkeypatch):
    path = make_docx(tmp_path / "long.docx", PLAN_LINES + [f"第{i}段。" for i in range(30)])
    monkeypatch.setenv(MAX_PARAGRAPHS_ENV, "20")
    with pytest.raises(PlanError, match=f"33 paragraphs.*limit of 20.*{MAX_PARAGRAPHS_ENV}"):
        extract_text(path)
    monkeypatch.delenv(MAX_PARAGRAPHS_ENV)
    assert len(extract_text(path).split("\n\n")) == 33


def test_a_web_page_past_the_limits_is_refused(tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "".join(f"<p>第{i}段文字。</p>" for i in range(50))
                    + "</body></html>", encoding="utf-8")
    monkeypatch.setenv(MAX_PARAGRAPHS_ENV, "40")
    with pytest.raises(PlanError, match=f"50 lines.*limit of 40.*{MAX_PARAGRAPHS_ENV}"):
        extract_text(page)
    monkeypatch.setenv(MAX_PARAGRAPHS_ENV, "50")
    assert len(extract_text(page).splitlines()) == 50
    big = tmp_path / "big.html"
    big.write_text("<p>" + "科" * 800_000 + "</p>", encoding="utf-8")  # 2.3 MB
    monkeypatch.setenv(MAX_EXPANDED_MB_ENV, "2")
    with pytest.raises(PlanError, match=f"{big}.*over the limit of 2 MB"):
        extract_text(big)


def test_a_deeply_nested_web_page_is_refused_not_a_traceback(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<div>" * 5000 + "某县科普方案" + "</div>" * 5000, encoding="utf-8")
    try:
        text = extract_text(page)
    except PlanError as err:
        assert "nested too deeply" in str(err)
    else:
        assert text == "某县科普方案"
