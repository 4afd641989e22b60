"""Hand-made texts, one per quirk of real documents, and bad input."""

from __future__ import annotations

import warnings

import pytest

from sciplan_analysis import ParseWarning, PlanError, load_plan
from sciplan_analysis.parsing.assignments import parse_bracket, split_names
from sciplan_analysis.parsing.normalise import clean, paragraphs

HEAD = "一、提升行动\n\n（一）实施青少年科学素质提升行动\n\n"


def parse(write_text, body: str, **facts):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_plan(write_text(body), plan_id="t", **facts)


def pairs(corpus, task_id="1.1.1"):
    a = corpus.assignments[corpus.assignments.task_id == task_id]
    return [(r.unit_raw, r.role) for r in a.itertuples()]


@pytest.mark.parametrize(
    "bracket",
    [
        "（牵头单位：县教委。配合单位：县科协、团县委）",  # （…） with 。
        "〔牵头单位：县教委；责任单位：县科协、团县委〕",  # 〔…〕 with ；
        "〔牵头单位：县教委；责任单位：县科协、团县委]",  # 〔…]
        "〔牵头单位：县教委，责任单位：县科协、团县委）",  # 〔…） with ，
        "〔牵头单位：县教委、责任单位：县科协、团县委〕",  # 、 between lead and partner
        "(牵头单位:县教委;配合单位:县科协,团县委)",  # half-width
    ],
)
def test_bracket_variants_and_separators(write_text, bracket):
    corpus = parse(write_text, HEAD + "1.开展科学教育。内容。" + bracket + "\n")
    assert pairs(corpus) == [("县教委", "lead"), ("县科协", "partner"), ("团县委", "partner")]
    assert "牵头" not in corpus.tasks.text.iloc[0]


def test_name_broken_across_lines(write_text):
    text = HEAD + "1.开展科学教育。内容。〔牵头单位：县经科\n\n信局；责任单位：县科\n协〕\n"
    assert pairs(parse(write_text, text)) == [("县经科信局", "lead"), ("县科协", "partner")]


def test_sentence_broken_across_lines_is_one_task(write_text):
    text = HEAD + "1.开展科学教育。培养学生\n\n的科学精神。〔牵头单位：县教委〕\n2.第二项。内容。〔牵头单位：县科协〕\n"
    corpus = parse(write_text, text)
    assert list(corpus.tasks.text) == ["开展科学教育。培养学生的科学精神。", "第二项。内容。"]


def test_bracket_on_its_own_line_belongs_to_the_task_above(write_text):
    text = HEAD + "1.开展科学教育。内容。\n\n〔牵头单位：县教委；责任单位：县科协〕\n"
    corpus = parse(write_text, text)
    assert len(corpus.tasks) == 1
    assert pairs(corpus) == [("县教委", "lead"), ("县科协", "partner")]


def test_collective_names_stay_whole():
    assert split_names("县科协，各乡镇（街道）人民政府（办事处）、各成员单位") == [
        "县科协", "各乡镇（街道）人民政府（办事处）", "各成员单位"]
    assert parse_bracket("〔责任单位：各街道〕") == [("各街道", "partner")]


def test_titled_paragraphs_without_numbers_are_tasks(write_text):
    text = HEAD + (
        "完善青少年科学教育体系，促进学校科学教育和校外活动有效衔接。\n\n"
        "将弘扬科学精神贯穿于育人全链条。坚持立德树人。（牵头单位：县教委）\n\n"
        "提升基础教育阶段科学教育水平。引导变革教学方式。（牵头单位：县教委）\n"
    )
    corpus = parse(write_text, text)
    assert list(corpus.tasks.title) == ["将弘扬科学精神贯穿于育人全链条", "提升基础教育阶段科学教育水平"]
    roles = list(corpus.segments.role)
    assert roles == ["heading", "heading", "intro", "task", "task"]


def test_shanwei_style_table(write_text):
    text = (
        "一、提升行动\n（一）实施青少年科学素质提升行动\n1.第一项。内容。\n2.第二项。内容。\n"
        "二、重点工程\n（一）实施科普信息化提升工程\n1.第一项。内容。\n"
        " \t序号\n\t工 作 内 容\n\t牵头单位\n\t责任单位\n\n"
        "\t1\n\t提升行动\n\t实施青少年科学素质提升行动\n\t区教育局\n\t区委宣传部、区科协\n\n"
        "\t2\n\t重点工程\n\t实施科普信息化提升工程\n\t区科协、区科工信局\n\t区教育局\n"
    )
    corpus = parse(write_text, text)
    assert len(corpus.tasks) == 3
    assert pairs(corpus, "1.1.2") == [("区教育局", "lead"), ("区委宣传部", "partner"), ("区科协", "partner")]
    assert pairs(corpus, "2.1.1") == [("区科协", "lead"), ("区科工信局", "lead"), ("区教育局", "partner")]
    assert set(corpus.assignments.source) == {"table"}
    assert (corpus.segments.role == "table").sum() == 3


def test_chongqing_style_fragment(write_text):
    text = (
        "\n(上接06版)\n\n大力发展数字科普文化产业。搭乘数字快车,推动科普事业。\n\n"
        "### (三)实施科普基础设施工程。\n\n加强科普基础设施建设,建立政府引导的机制。\n\n"
        "加强统筹规划和宏观指导。制定科普基础设施发展规划。\n\n"
        "## 五、组织实施\n\n### (一)组织保障。\n\n1.完善协同联动机制。建立完善协调机制。\n"
    )
    corpus = parse(write_text, text, status="fragment")
    assert list(corpus.groups.group_id) == ["4.3", "5.1"]
    assert list(corpus.groups.part) == ["projects", "implementation"]
    assert list(corpus.tasks.title) == ["加强统筹规划和宏观指导", "完善协同联动机制"]
    assert corpus.assignments.empty and corpus.targets.empty
    seg = corpus.segments
    assert seg.role.tolist()[:2] == ["front", "other"]  # the continuation marker, then unplaced
    assert not seg.text.str.contains("#").any()
    assert seg.text.iloc[3] == "加强科普基础设施建设，建立政府引导的机制。"


def test_targets_and_baselines(write_text):
    text = (
        "一、总体要求\n（一）工作目标。2020年我县公民具备科学素质的比例达到6.9%。"
        "到2025年，全区公民具备科学素质的比例超过18%，力争达到20%。到 2035 年，全县公民具备科学素质的比例达到 25%。\n"
    )
    t = parse(write_text, text, period_start=2021).targets
    assert [(r.kind, r.year, r.value, r.comparator) for r in t.itertuples()] == [
        ("baseline", 2020, 6.9, "="), ("target", 2025, 18.0, ">"),
        ("target", 2025, 20.0, "aim"), ("target", 2035, 25.0, "=")]


def test_commitments_in_tasks(write_text):
    text = HEAD + "1.建设基地。到2025年，建设科技教育特色学校5所，注册信息员5000人，开展活动不少于50场，比上年提高2个百分点。\n"
    c = parse(write_text, text).commitments
    assert [(r.value, r.measure, r.year) for r in c.itertuples()] == [
        (5.0, "所", 2025), (5000.0, "人", 2025), (50.0, "场", 2025)]


def test_artifacts_removed():
    assert clean("**3**个[bookmark: _GoBack]基地\t") == "3个基地"
    assert clean("### (三)实施工程,加强建设;") == "（三）实施工程，加强建设；"
    assert clean("到 2035 年 5,000 人") == "到2035年5,000人"


def test_paragraph_offsets_point_into_raw():
    raw = "一、提升行动\n\n**（一）青少年**\n\n1.内容\n\n续上。\n"
    for p in paragraphs(raw):
        assert raw[p.start] not in " \n" and raw[p.end - 1] not in " \n"


# -- bad input ---------------------------------------------------------------------------
def test_empty_file_names_the_file(write_text):
    path = write_text("  \n\n", name="empty.txt")
    with pytest.raises(PlanError, match="empty.txt: the file is empty"):
        load_plan(path)


def test_non_utf8_file_names_the_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Plan für café, naïve ".encode("latin-1") * 20)
    with pytest.raises(PlanError, match="latin.txt: cannot decode"):
        load_plan(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(PlanError, match="image.txt: this is a binary file"):
        load_plan(path)


def test_gb18030_text_is_read(write_text):
    corpus = parse(write_text, HEAD + "1.开展科学教育。内容。〔牵头单位：县教委〕\n", encoding="gb18030")
    assert pairs(corpus) == [("县教委", "lead")]


def test_text_without_structure_warns_and_keeps_every_paragraph(write_text):
    path = write_text("这是一段说明。\n\n没有任何标题的第二段。\n", name="flat.txt")
    with pytest.warns(ParseWarning, match="flat.txt: no part"):
        corpus = load_plan(path)
    assert list(corpus.segments.role) == ["other", "other"]
    assert corpus.tasks.empty and corpus.groups.empty


def test_missing_file(tmp_path):
    with pytest.raises(PlanError, match="no such file"):
        load_plan(tmp_path / "nope.txt")


@pytest.mark.parametrize("label", ["配合部门", "参与部门", "协助单位", "主责单位"])
def test_every_unit_label_the_parser_finds_it_also_reads(write_text, label):
    role = "lead" if label.startswith("主责") else "partner"
    first = "" if role == "lead" else "牵头单位：县教委；"
    text = HEAD + f"1.开展科学教育。内容。（{first}{label}：县科协）\n"
    got = pairs(parse(write_text, text))
    assert ("县科协", role) in got
    assert "县科协" not in parse(write_text, text).tasks.text.iloc[0]


# -- numbering past 99, groups before any part, task ids ---------------------------------
@pytest.mark.parametrize("number", ["{}.", "{}、", "（{}）"])
def test_a_group_of_120_items_keeps_every_item_and_its_units(write_text, number):
    items = "".join(
        number.format(k) + f"开展第{k}项活动。内容。\n（牵头单位：县单位{k}；配合单位：县科协）\n"
        for k in range(1, 121)
    )
    corpus = parse(write_text, HEAD + items)
    assert len(corpus.tasks) == 120
    assert list(corpus.tasks.task_id[-3:]) == ["1.1.118", "1.1.119", "1.1.120"]
    assert corpus.tasks.text.iloc[99] == "开展第100项活动。内容。"
    assert pairs(corpus, "1.1.120") == [("县单位120", "lead"), ("县科协", "partner")]
    assert len(corpus.assignments) == 240


def test_groups_before_any_part_heading_take_the_part_before_the_first(write_text):
    text = "（二）实施工程。\n\n1.第一项。内容。\n\n（一）再一组。\n\n1.第二项。内容。\n\n五、组织实施\n\n（一）组织保障。\n\n1.完善机制。内容。\n"
    corpus = parse(write_text, text)
    assert list(corpus.groups.group_id) == ["4.2", "4.1", "5.1"]
    no_part = parse(write_text, "（一）实施工程。\n\n1.第一项。内容。\n")
    assert list(no_part.groups.group_id) == ["1.1"]  # never 0.1: the plan is one part


def test_task_ids_follow_the_order_of_tasks(write_text):
    text = (
        "一、重点任务\n\n（一）组织保障。县级有关部门负责抓好工作。\n\n"
        "（二）实施工程\n\n说明。\n\n1.第一项。内容。\n\n2.第二项。内容。\n\n"
        "（三）条件保障\n\n保障经费投入，逐步提高科普投入水平。\n\n加强宣传。\n"
    )
    corpus = parse(write_text, text)
    t = corpus.tasks
    assert list(t.task_id) == ["1.1.1", "1.2.1", "1.2.2", "1.3.1"]
    assert list(t.ordinal) == [1, 1, 2, 1]
    assert list(t.title) == ["组织保障", "第一项", "第二项", "条件保障"]
    seg = corpus.segments.set_index("seg_id")
    assert seg.loc[1 + 1, "task_id"] == "1.1.1"  # the heading that holds its group's task
    assert set(seg.task_id.dropna()) == set(t.task_id)


def test_a_paren_number_group_after_chinese_ones(write_text):
    text = "一、重点任务\n\n（一）甲组\n\n1.第一项。内容。\n\n（2）乙组\n\n1.第二项。内容。\n\n（3）丙组\n\n1.第三项。内容。\n"
    assert list(parse(write_text, text).groups.group_id) == ["1.1", "1.2", "1.3"]
    listed = "一、重点任务\n\n（一）甲组\n\n（1）第一项。内容。\n\n（2）第二项。内容。\n"
    corpus = parse(write_text, listed)
    assert list(corpus.groups.group_id) == ["1.1"]
    assert list(corpus.tasks.task_id) == ["1.1.1", "1.1.2"]


# -- encodings ---------------------------------------------------------------------------
TRADITIONAL = (
    "某縣全民科學素質行動規劃綱要實施方案\n一、提升行動\n（一）實施青少年科學素質提升行動\n"
    "1.開展科學教育。培養學生的科學精神和創新意識。〔牽頭單位：縣教育局〕\n"
)


def test_big5_file_is_decoded_as_big5_not_gb18030(write_text):
    from sciplan_analysis.parsing.sources import decode_text

    data = TRADITIONAL.encode("big5")
    assert data.decode("gb18030")  # valid GB18030, but garbage
    assert decode_text(data) == (TRADITIONAL, "big5")
    corpus = parse(write_text, TRADITIONAL, encoding="big5")
    assert corpus.segments.text.iloc[-1].startswith("1.開展科學教育")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files_are_read(tmp_path, encoding):
    text = HEAD + "1.开展科学教育。内容。〔牵头单位：县教委〕\n"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path = tmp_path / "u16.txt"
    path.write_bytes(bom + text.encode(encoding))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_plan(path, plan_id="t")
    assert pairs(corpus) == [("县教委", "lead")]
    assert corpus.segments.text.iloc[0] == "一、提升行动"


def test_utf16_without_bom_is_read_when_it_reads_as_chinese():
    from sciplan_analysis.parsing.sources import decode_text

    text = HEAD + "1.开展科学教育。内容。\n"
    assert decode_text(text.encode("utf-16-le")) == (text, "utf-16-le")


def test_nul_after_the_first_4kb_is_refused(write_text):
    body = HEAD + "1.开展科学教育。内容。\n" * 400
    path = write_text(body + "\x00尾", name="late_nul.txt")
    assert path.stat().st_size > 4096
    with pytest.raises(PlanError, match="late_nul.txt: this is a binary file"):
        load_plan(path)


def test_nul_in_a_utf16_file_is_refused(tmp_path):
    path = tmp_path / "nul16.txt"
    path.write_bytes((HEAD + "内容\x00。\n").encode("utf-16"))
    with pytest.raises(PlanError, match="nul16.txt: this is a binary file"):
        load_plan(path)


def test_bytes_that_decode_only_to_garbage_are_refused(tmp_path):
    data = bytearray((HEAD + "1.开展科学教育。内容。\n").encode("utf-8"))
    data[12] = 0xFF  # one broken byte: not UTF-8, and not GB18030 or Big5 either
    path = tmp_path / "broken.txt"
    path.write_bytes(bytes(data))
    with pytest.raises(PlanError, match="broken.txt: cannot decode"):
        load_plan(path)
    # Shift-JIS is valid GB18030, but reads as rare characters
    sjis = tmp_path / "sjis.txt"
    sjis.write_bytes("これは日本語のテキストです。計画の内容を説明します。\n".encode("shift_jis") * 5)
    with pytest.raises(PlanError, match="sjis.txt: cannot decode .*as gb18030 it reads as garbage"):
        load_plan(sjis)
