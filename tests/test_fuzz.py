"""Fuzzing the parser: any text gives a corpus or a PlanError, and no visible character is lost.

Texts are random mixes of what plans hold (headings 一、 （一） 1. （1） ①, unit brackets of every
shape, numbers, tables) and of what they should not (NULs, control characters, stray brackets).
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sciplan_analysis import load_plan
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.sources import decode_text
from sciplan_analysis.text.brackets import CLOSERS, OPENERS
from sciplan_analysis.text.patterns import UNIT_LABELS

FUZZ = settings(max_examples=200, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

CJK = "科普教育县委宣传部乡镇街道人民政府办事处活动建设基地提升行动重点工程组织实施青少年农民"
PUNCT = "。；，、：！？“”《》—"
HEADINGS = [
    "一、", "二、", "五、", "十二、", "1、", "（一）", "(二)", "（十）", "（3）", "(4)",
    "1.", "2．", "12、", "99.", "100.", "120、", "（1）", "(2)", "（101）", "①", "⑳",
]
WORDS = [
    "提升行动", "重点工程", "组织实施", "背景", "指导思想", "实施青少年科学素质提升行动。",
    "序号", "工作内容", "2025年", "18%", "5所", "3.5万人", "具备科学素质的比例达到15%",
    "关于印发", "通知", "〔2022〕1号", "2022年5月16日", "（上接06版）", "附件1",
]
CONTROL = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x85", "\u2028",
           "\ufeff", "\r", "\r\n", "\t", " ", "\u3000", "\xa0", "**", "[bookmark: _x]", "### "]
BREAKS = ["\n", "\n\n", "\n\t"]


@st.composite
def unit_brackets(draw) -> str:
    """（牵头单位：…；配合单位：…） in any shape: any opener and closer, nested, unclosed."""
    opener = draw(st.sampled_from(OPENERS + " "))
    lists = []
    for _ in range(draw(st.integers(1, 3))):
        label = draw(st.sampled_from(UNIT_LABELS))
        names = draw(st.lists(st.sampled_from(
            ["县教委", "县科协", "团县委", "各乡镇（街道）人民政府（办事处）", "县经科\n\n信局", ""]),
            min_size=0, max_size=3))
        sep = draw(st.sampled_from("、，,;"))
        lists.append(label + draw(st.sampled_from("：: ")) + sep.join(names))
    closer = draw(st.sampled_from(CLOSERS + " \n"))
    return opener + draw(st.sampled_from("；。，")).join(lists) + closer


pieces = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(CONTROL),
    st.sampled_from(OPENERS + CLOSERS),
    unit_brackets(),
    st.text(alphabet=CJK + PUNCT, min_size=1, max_size=30),
    st.integers(0, 3000).map(str),
)
PART = st.tuples(st.sampled_from(["一、", "二、", "三、", "四、", "十二、", "1、"]),
                 st.sampled_from(["提升行动", "重点工程", "组织实施", "背景和意义", "主要任务"])).map("".join)
GROUP = st.tuples(st.sampled_from(["（一）", "(二)", "（三）", "（十）", "（3）", "(4)"]),
                  st.sampled_from(["实施青少年科学素质提升行动", "组织保障。县级部门负责。", "科普信息化"])
                  ).map("".join)
TASK = st.tuples(
    st.sampled_from(["1.", "2．", "3、", "12、", "99.", "100.", "120、", "（1）", "(2)", "（101）", "①", ""]),
    st.text(alphabet=CJK + PUNCT, min_size=1, max_size=30),
    st.one_of(st.just(""), unit_brackets()),
).map("".join)
# A line: a part, group or task heading with text, or anything at all.
lines = st.one_of(
    PART, GROUP, TASK, TASK, TASK,
    st.tuples(st.sampled_from([*HEADINGS, ""]), st.lists(pieces, max_size=6).map("".join)).map("".join),
)
texts = st.lists(st.tuples(lines, st.sampled_from(BREAKS)).map("".join), max_size=40).map("".join)


def _parse(raw: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return parse_text(raw, "fuzz")
        except PlanError:
            return None


@pytest.mark.costly
@FUZZ
@given(texts)
def test_parse_text_gives_a_corpus_or_a_plan_error(raw):
    corpus = _parse(raw)
    if corpus is None:
        return
    seg = corpus.segments.sort_values("start")
    covered = [False] * len(raw)
    previous_end = -1
    for row in seg.itertuples():
        assert row.start >= previous_end, "segments overlap"
        assert row.start <= row.end <= len(raw)
        previous_end = row.end
        covered[row.start : row.end] = [True] * (row.end - row.start)
    missing = [i for i, ch in enumerate(raw) if not ch.isspace() and not covered[i]]
    assert missing == [], f"characters outside every segment: {raw[missing[0]:missing[0] + 20]!r}"
    task_ids = set(corpus.tasks.task_id)
    assert set(corpus.assignments.task_id) <= task_ids
    assert not corpus.tasks.duplicated(["plan_id", "task_id"]).any()
    assert not corpus.groups.duplicated(["plan_id", "group_id"]).any()


@settings(FUZZ, max_examples=30)  # load_plan also validates the tables: ~0.1 s a call
@given(texts, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-be"]))
def test_load_plan_gives_a_corpus_or_a_plan_error(tmp_path_factory, raw, encoding):
    try:
        data = raw.encode(encoding)
    except UnicodeEncodeError:
        data = raw.encode("utf-8")
    path = tmp_path_factory.mktemp("fuzz") / "plan.txt"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            load_plan(path, plan_id="fuzz")
        except PlanError as err:
            assert "plan.txt" in str(err)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_a_plan_error(data):
    try:
        text, _ = decode_text(data, "bytes.txt")
    except PlanError as err:
        assert str(err).startswith("bytes.txt: ")
        return
    assert "\x00" not in text
