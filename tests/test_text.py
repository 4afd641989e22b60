"""The shared text primitives: one bracket scanner for parser and tokenizer, shared patterns."""

from __future__ import annotations

import random
import re
import unicodedata
import warnings

import pytest

from sciplan_analysis import load_plan
from sciplan_analysis.corpus import RAW_DIR
from sciplan_analysis.parsing.documents import name_key
from sciplan_analysis.parsing.normalise import paragraphs
from sciplan_analysis.parsing.segment import strip_unit_brackets as parser_strip
from sciplan_analysis.parsing.sources import read_text
from sciplan_analysis.text import brackets as br
from sciplan_analysis.text import tokens as tk
from sciplan_analysis.text.patterns import (
    ARTIFACTS,
    COMPOUND_LEVELS,
    LEVEL_CHARS,
    PLAN_KINDS,
    REGION_LEVELS,
    SENTENCE,
    UNIT_LABELS,
    cjk_key,
)

PLANS = ("wuxi", "lezhi", "chongqing", "jinjiang", "shanwei")
HEAD = "一、提升行动\n\n（一）实施青少年科学素质提升行动\n\n"


def fold(text: str) -> str:
    """What the tokenizer does to text besides dropping unit brackets."""
    text = ARTIFACTS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"\s+", "", text)


def parse(write_text, body: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_plan(write_text(body), plan_id="t")


def pairs(corpus, task_id="1.1.1"):
    a = corpus.assignments[corpus.assignments.task_id == task_id]
    return [(r.unit_raw, r.role) for r in a.itertuples()]


# -- parser and tokenizer agree -------------------------------------------------------------
@pytest.mark.parametrize("plan", PLANS)
def test_parser_and_tokenizer_agree_on_every_paragraph(plan):
    """The text the tokenizer keeps is the paragraph minus the unit spans the parser reads."""
    n_spans = 0
    for para in paragraphs(read_text(RAW_DIR / f"{plan}.txt")):
        plain, read = parser_strip(para.text)
        n_spans += len(read)
        assert tk.clean_text(para.text) == fold(plain), para.text
        # and what the parser reads is exactly the spans it removed
        assert fold("".join(read)) == fold(
            "".join(para.text[s:e] for s, e in br.unit_spans(para.text))
        )
    if plan in ("wuxi", "lezhi", "jinjiang"):
        assert n_spans > 20  # these plans write their units in brackets


CASES = {
    # text: (units the parser reads, text the tokenizer keeps)
    "开展活动。（牵头单位：县教委。配合单位：县科协、团县委）": (
        [("县教委", "lead"), ("县科协", "partner"), ("团县委", "partner")], "开展活动。"),
    "开展活动。〔牵头单位：县教委；责任单位：县科协，团县委〕": (
        [("县教委", "lead"), ("县科协", "partner"), ("团县委", "partner")], "开展活动。"),
    "开展活动。〔牵头单位：县教委；责任单位：县科协、团县委]": (
        [("县教委", "lead"), ("县科协", "partner"), ("团县委", "partner")], "开展活动。"),
    "开展活动。〔牵头单位：县教委，责任单位：县科协、团县委）": (
        [("县教委", "lead"), ("县科协", "partner"), ("团县委", "partner")], "开展活动。"),
    # nested brackets stay inside the unit bracket
    "开展活动。〔牵头单位：县科协；责任单位：各乡镇（街道）人民政府（办事处）〕下一句": (
        [("县科协", "lead"), ("各乡镇（街道）人民政府（办事处）", "partner")], "开展活动。下一句"),
    # two unit brackets: both read, both stripped
    "建设基地（牵头单位：县教委）。开展活动（牵头单位：县科协；配合单位：团县委）。": (
        [("县教委", "lead"), ("县科协", "lead"), ("团县委", "partner")], "建设基地。开展活动。"),
    # a content bracket stays, the unit bracket after it goes
    "开展活动（每年一次）。（牵头单位：县教委）": ([("县教委", "lead")], "开展活动(每年一次)。"),
    # unclosed: runs to the end, the last name keeps its own brackets
    "开展活动。〔牵头单位：县科协；责任单位：各乡镇（街道）人民政府（办事处）": (
        [("县科协", "lead"), ("各乡镇（街道）人民政府（办事处）", "partner")], "开展活动。"),
    # an unbracketed list ending the paragraph
    "开展活动。牵头单位：县科技局；责任单位：县科协": (
        [("县科技局", "lead"), ("县科协", "partner")], "开展活动。"),
    # a bracket naming a unit label without a colon is content
    "开展活动（牵头单位另行通知）。": ([], "开展活动(牵头单位另行通知)。"),
}


@pytest.mark.parametrize("text", CASES)
def test_hand_made_brackets_parser_and_tokenizer(write_text, text):
    units, kept = CASES[text]
    corpus = parse(write_text, HEAD + "1." + text + "\n")
    assert pairs(corpus) == units
    assert tk.clean_text(text) == kept
    assert fold(corpus.tasks.text.iloc[0]) == kept


def test_a_unit_in_two_brackets_keeps_its_first_role(write_text):
    text = HEAD + "1.建设基地（牵头单位：县教委）。开展活动（牵头单位：县科协；配合单位：县教委）。\n"
    corpus = parse(write_text, text)
    assert pairs(corpus) == [("县教委", "lead"), ("县科协", "lead")]
    assert any("县教委 (partner, already lead)" in p for p in corpus.problems)


def test_line_break_inside_a_word_and_after_the_label(write_text):
    text = HEAD + "1.开展科学教育。内容。〔牵头单位：\n\n县经科\n\n信局、县科协；责任单位：县委宣传部]\n2.第二项。内容。\n"
    corpus = parse(write_text, text)
    assert pairs(corpus) == [("县经科信局", "lead"), ("县科协", "lead"), ("县委宣传部", "partner")]
    assert list(corpus.tasks.text) == ["开展科学教育。内容。", "第二项。内容。"]


# -- the scanner itself --------------------------------------------------------------------
def test_every_bracket_shape_pairs_with_every_other():
    for opener in br.OPENERS:
        for closer in br.CLOSERS:
            text = f"甲{opener}牵头单位：乙{opener}丙{closer}{closer}丁"
            assert br.unit_spans(text) == [(1, len(text) - 1)], text
            assert br.strip_unit_brackets(text) == "甲丁"


def test_open_depth_and_unit_state():
    assert br.open_depth("〔牵头单位：县经科") == 1
    assert br.open_depth("）（") == 1  # a stray closer is ignored
    assert br.unit_state("…〔牵头单位：") == (1, True)
    assert br.unit_state("县科协（街道）", 1, True) == (1, True)
    assert br.unit_state("县科协〕。", 1, True) == (0, False)
    assert br.unit_state("内容（每年）") == (0, False)


@pytest.mark.parametrize("sep", ["。", "；", "，", "、", ";", ","])
def test_split_outside_brackets(sep):
    text = f"县科协{sep}各乡镇（街道{sep}社区）人民政府{sep}县教委"
    assert br.split_outside(text) == ["县科协", f"各乡镇（街道{sep}社区）人民政府", "县教委"]


def _unit_spans_reference(text: str) -> list[tuple[int, int]]:
    """Character by character: an opener, spaces, a unit label, spaces, a colon."""
    spans, i, n = [], 0, len(text)
    while i < n:
        head = text[i + 1 :].lstrip()
        label = next((lab for lab in UNIT_LABELS if head.startswith(lab)), None)
        if text[i] in br.OPENERS and label and head[len(label) :].lstrip()[:1] in ("：", ":"):
            depth, j = 0, i
            while j < n:
                if text[j] in br.OPENERS:
                    depth += 1
                elif text[j] in br.CLOSERS:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            spans.append((i, min(j + 1, n)))
            i = j + 1
            continue
        i += 1
    if not spans:
        for i in range(n + 1):
            if i == 0 or text[i - 1] in "。；;":
                rest = text[i:].lstrip()
                label = next((lab for lab in UNIT_LABELS if rest.startswith(lab)), None)
                if label and rest[len(label) :].lstrip()[:1] in ("：", ":"):
                    return [(i, n)]
    return spans


def test_unit_spans_agree_with_a_reference_on_random_text():
    pieces = [*br.OPENERS, *br.CLOSERS, " ", "a", "\u3000", "。", "；", "：",
              "牵头单位", "责任单位：", "配合部门", "牵头", "单位"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert br.unit_spans(text) == _unit_spans_reference(text), text


def test_one_sentence_pattern():
    assert SENTENCE.findall("第一句。第二句；第三句!第四句\n第五句") == [
        "第一句", "第二句", "第三句", "第四句", "第五句"]


def test_one_key_to_compare_names_and_items():
    # the CJK characters only: spacing, punctuation, digits and Latin letters do not count
    assert cjk_key("1. 推进 青少年-科学素质, 教育 (PPT)") == "推进青少年科学素质教育"
    assert cjk_key("某县科协、某县教育局") == cjk_key("某县科协 某县教育局")
    # a document's name without its period, in any bracket or dash, or none
    assert name_key("某旗全民科学素质行动计划（2021—2025年）") == "某旗全民科学素质行动计划"
    assert name_key("某区科普工作方案(2016-2020年)") == name_key("某区 科普工作方案")
    # a year that is no period stays a part of the name (年 is kept)
    assert name_key("某市2023年科普工作要点") == "某市年科普工作要点"


@pytest.mark.parametrize("words", [REGION_LEVELS.split("|"), [*PLAN_KINDS, "分工表", "意见", "办法", "细则", "安排", "通知"]])
def test_shared_alternatives_are_none_another_s_start(words):
    # the patterns built from them may list them in any order: at one place only one can match
    assert len(set(words)) == len(words)
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


def test_region_levels_hold_every_one_character_level_and_the_longer_ones():
    assert set(REGION_LEVELS.split("|")) == {*LEVEL_CHARS, *COMPOUND_LEVELS}
    assert re.fullmatch(f"[^{LEVEL_CHARS}]+(?:{REGION_LEVELS})", "阿拉善盟") and re.fullmatch(
        f"[^{LEVEL_CHARS}]+?(?:{REGION_LEVELS})", "某某哈尼族自治县")
