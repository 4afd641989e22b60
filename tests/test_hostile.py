"""The second round of hostile and careless inputs (issue 22): nothing hangs, nothing is read
wrong in silence. Large inputs are generated here, sized to keep the suite fast; times are
compared only as ratios within one run (CPU time of this process, so other work on the
machine does not count)."""

from __future__ import annotations

import time
import warnings

import pytest

from sciplan_analysis.parsing.parse import parse_text

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
