"""The parser on the five real plans: structure, units, table, targets, metadata, coverage."""

from __future__ import annotations

import pytest

from sciplan_analysis.tables import COLUMNS

STRUCTURE = {  # plan: (groups, tasks)
    "wuxi": (18, 45),
    "lezhi": (17, 36),
    "chongqing": (7, 22),
    "jinjiang": (16, 33),
    "shanwei": (18, 46),
}


def units(corpus, plan, task, role):
    a = corpus.assignments
    rows = a[(a.plan_id == plan) & (a.task_id == task) & (a.role == role)]
    return list(rows.unit_raw)


def test_tables_have_contract_columns(corpus):
    for name, df in corpus.tables().items():
        assert list(df.columns) == COLUMNS[name], name
    assert corpus.plan_ids == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]


@pytest.mark.parametrize("plan", STRUCTURE)
def test_group_and_task_counts(corpus, plan):
    groups, tasks = STRUCTURE[plan]
    assert (corpus.groups.plan_id == plan).sum() == groups
    assert (corpus.tasks.plan_id == plan).sum() == tasks


def test_ids_unique(corpus):
    assert not corpus.groups.duplicated(["plan_id", "group_id"]).any()
    assert not corpus.tasks.duplicated(["plan_id", "task_id"]).any()
    assert not corpus.assignments.duplicated(["plan_id", "task_id", "unit_raw"]).any()


def test_wuxi_round_brackets_with_full_stop_and_semicolon(corpus):
    # （牵头单位：县教委。配合单位：县科技局、团县委、县科协）
    assert units(corpus, "wuxi", "3.1.1", "lead") == ["县教委"]
    assert units(corpus, "wuxi", "3.1.1", "partner") == ["县科技局", "团县委", "县科协"]
    # （牵头单位：县农业农村委；配合单位：…）
    assert units(corpus, "wuxi", "3.2.2", "lead") == ["县农业农村委"]
    assert "县总工会" in units(corpus, "wuxi", "3.2.2", "partner")
    # 责任单位 instead of 配合单位
    assert units(corpus, "wuxi", "3.3.1", "partner") == ["县科技局", "县应急局", "县总工会", "团县委", "县妇联"]


def test_wuxi_titled_paragraph_tasks_and_group_intro(corpus):
    t = corpus.tasks.set_index(["plan_id", "task_id"])
    assert t.loc[("wuxi", "3.1.1"), "title"] == "将弘扬科学精神贯穿于育人全链条"
    seg = corpus.segments[(corpus.segments.plan_id == "wuxi") & (corpus.segments.group_id == "3.1")]
    assert list(seg.role[:3]) == ["heading", "intro", "task"]
    assert seg.text.iloc[1].startswith("完善青少年科学教育体系")


def test_lezhi_hexagonal_brackets_and_broken_lines(corpus):
    # 〔牵头单位：县教体局；责任单位：…，各乡镇（街道）人民政府（办事处）〕
    assert units(corpus, "lezhi", "2.2.1", "lead") == ["县教体局"]
    assert units(corpus, "lezhi", "2.2.1", "partner")[-1] == "各乡镇（街道）人民政府（办事处）"
    # 〔…] closing with a square bracket, broken across a blank line after 县教体局、
    assert units(corpus, "lezhi", "2.2.4", "lead") == ["县教体局", "县妇联"]
    # "县经科\n\n信局" is one name
    assert "县经科信局" in units(corpus, "lezhi", "2.5.2", "partner")
    # "〔牵\n\n头单位：县科协；…]"
    assert units(corpus, "lezhi", "3.2.2", "lead") == ["县科协"]
    # a bracket that names only 责任单位
    assert units(corpus, "lezhi", "4.1.1", "lead") == []
    assert len(units(corpus, "lezhi", "4.1.1", "partner")) == 3


def test_lezhi_unnumbered_group_is_one_task(corpus):
    t = corpus.tasks[(corpus.tasks.plan_id == "lezhi") & (corpus.tasks.group_id == "2.1")]
    assert list(t.title) == ["开展节庆科普提升活动"]
    # 〔责任单位：…〕 only: no lead
    assert units(corpus, "lezhi", "2.1.1", "lead") == []
    assert units(corpus, "lezhi", "2.1.1", "partner")[0] == "县委宣传部"


def test_jinjiang_mixed_bracket_and_comma_separators(corpus):
    # 〔牵头单位：…，责任单位：…各街道） — opens hexagonal, closes round
    assert units(corpus, "jinjiang", "2.4.1", "lead") == ["区民政局", "区卫健局", "区文体旅局", "区科协"]
    assert units(corpus, "jinjiang", "2.4.1", "partner")[-1] == "各街道"
    # 〔牵头单位：区委组织部、责任单位：…〕 — 、 between lead and partner
    assert units(corpus, "jinjiang", "2.5.1", "lead") == ["区委组织部"]
    assert units(corpus, "jinjiang", "2.5.1", "partner") == [
        "区全民科学素质纲要实施工作办公室其他成员单位", "各街道"]


def test_jinjiang_bookmark_does_not_leak_and_numbering_continues(corpus):
    t = corpus.tasks.set_index(["plan_id", "task_id"])
    assert t.loc[("jinjiang", "2.2.2"), "title"] == "开展科普宣传教育"
    assert not corpus.tasks.text.str.contains(r"\[bookmark", regex=True).any()
    parts = corpus.segments[(corpus.segments.plan_id == "jinjiang") & (corpus.segments.role == "heading")
                            & corpus.segments.group_id.isna()]
    assert list(parts.part) == ["goals", "actions", "projects", "implementation"]


def test_shanwei_table_assignments_are_inherited(corpus):
    a = corpus.assignments[corpus.assignments.plan_id == "shanwei"]
    assert set(a.source) == {"table"}
    youth = corpus.tasks[(corpus.tasks.plan_id == "shanwei") & (corpus.tasks.group_id == "3.1")]
    assert len(youth) == 6
    for task_id in youth.task_id:
        assert units(corpus, "shanwei", task_id, "lead") == ["区教育局"]
        assert len(units(corpus, "shanwei", task_id, "partner")) == 7
    assert units(corpus, "shanwei", "4.1.2", "lead") == ["区科协", "区科工信局"]
    # every task of the actions and projects inherits its group's row, even when a task's
    # title resembles the row's item (实施科技资源科普化专项行动 / 实施科技资源科普化工程)
    tasks = corpus.tasks[(corpus.tasks.plan_id == "shanwei") & corpus.tasks.task_id.str.match(r"[34]\.")]
    assert len(tasks) == 37
    assert set(tasks.task_id) == set(a.task_id)
    assert len(a) == 279
    # a unit listed as both lead and partner in one row keeps its lead role only
    assert units(corpus, "shanwei", "3.2.1", "lead") == ["区农业农村和水利局"]
    assert "区农业农村和水利局" not in units(corpus, "shanwei", "3.2.1", "partner")
    assert any("names a unit twice" in p for p in corpus.problems)


def test_shanwei_table_rows_are_not_tasks(corpus):
    seg = corpus.segments[corpus.segments.plan_id == "shanwei"]
    table = seg[seg.role == "table"]
    assert len(table) == 12  # the header and 11 rows
    assert table.task_id.isna().all()
    assert not corpus.tasks.text.str.contains("\t").any()
    impl = corpus.tasks[(corpus.tasks.plan_id == "shanwei") & corpus.tasks.task_id.str.startswith("5.")]
    assert not impl.task_id.isin(corpus.assignments.task_id[corpus.assignments.plan_id == "shanwei"]).any()


def test_chongqing_fragment(corpus):
    plan = corpus.plans.set_index("plan_id").loc["chongqing"]
    assert plan.status == "fragment"
    assert (corpus.targets.plan_id == "chongqing").sum() == 0
    assert (corpus.assignments.plan_id == "chongqing").sum() == 0
    groups = corpus.groups[corpus.groups.plan_id == "chongqing"]
    assert list(groups.group_id[:3]) == ["4.3", "4.4", "4.5"]
    assert list(groups.part[:3]) == ["projects"] * 3
    assert list(groups.category[:3]) == ["infrastructure", "grassroots_capacity", "cooperation"]
    seg = corpus.segments[corpus.segments.plan_id == "chongqing"]
    unplaced = seg[(seg.role == "other") & seg.part.isna()]
    assert len(unplaced) == 1 and unplaced.text.iloc[0].startswith("大力发展数字科普文化产业")
    assert not seg.text.str.contains("#").any()


def test_targets(corpus):
    t = corpus.targets
    got = {(r.plan_id, r.kind, r.year, r.value, r.comparator) for r in t.itertuples()}
    assert got == {
        ("wuxi", "baseline", 2020, 6.9, "="),
        ("wuxi", "target", 2025, 12.0, ">"),
        ("lezhi", "target", 2025, 13.0, ">"),
        ("lezhi", "target", 2035, 25.0, "="),
        ("jinjiang", "target", 2025, 18.0, ">"),
        ("jinjiang", "target", 2025, 20.0, "aim"),
        ("shanwei", "target", 2025, 16.0, "="),
    }
    assert all("科学素质" in q for q in t.quote)


def test_commitments(corpus):
    c = corpus.commitments
    wuxi = c[(c.plan_id == "wuxi") & (c.task_id == "4.4.2")]
    assert {(r.value, r.measure) for r in wuxi.itertuples()} == {(5000.0, "人"), (500.0, "人")}
    schools = c[(c.plan_id == "jinjiang") & (c.quote == "建设科技教育特色学校5所")]
    assert schools.year.tolist() == [2025] and schools.measure.tolist() == ["所"]
    assert not c.quote.str.contains(r"^\d{4}年$").any()
    # one quantity in a clause: the whole clause; a list of quantities: each item
    assert "30%的中、小学校建有科技活动室" in set(c[c.plan_id == "wuxi"].quote)
    assert {"力争建设科技名村1个", "市级科技小院1个", "县级科普基地3个"} <= set(c[c.plan_id == "wuxi"].quote)
    assert set(c.measure) <= {"所", "个", "场", "人", "名", "人次", "%", "家", "支"}
    # 到“十四五”末，建成市级科普基地3个，县级科普教育基地3个: the five-year plan's end is their year
    lezhi = c[(c.plan_id == "lezhi") & (c.task_id == "3.4.2")]
    assert lezhi.year.tolist() == [2025, 2025]


def test_metadata(corpus):
    p = corpus.plans.set_index("plan_id")
    assert p.loc["lezhi", "doc_number"] == "乐府发〔2023〕61号"
    assert p.loc["lezhi", "issue_date"] == "2023-10-10"
    assert p.loc["lezhi", "issuer"] == "乐至县人民政府"
    assert p.loc["lezhi", "title"] == "乐至县全民科学素质行动分工方案"
    assert p.loc["wuxi", "issue_date"] == "2022-05-16"
    assert p.loc["wuxi", "issuer"] == "巫溪县人民政府办公室"
    assert (p.loc["wuxi", "period_start"], p.loc["wuxi", "period_end"]) == (2021, 2025)
    assert (p.loc["shanwei", "period_start"], p.loc["shanwei", "period_end"]) == (2022, 2025)
    assert p.loc["jinjiang", "title"].startswith("成都市锦江区全民科学素质行动规划纲要实施方案")
    assert list(p.status) == ["final", "final", "fragment", "draft", "draft"]


def test_no_conversion_artifacts_leak(corpus):
    texts = [corpus.tasks.title, corpus.tasks.text, corpus.assignments.unit_raw,
             corpus.targets.quote, corpus.commitments.quote, corpus.groups.heading,
             corpus.segments.text]
    for col in texts:
        assert not col.str.contains(r"\*\*|\[bookmark|\t|^#", regex=True).any()


def test_categories(corpus):
    g = corpus.groups.set_index(["plan_id", "group_id"])
    assert g.loc[("lezhi", "2.1"), "category"] == "public_campaigns"
    assert g.loc[("lezhi", "3.1"), "category"] == "informatization"
    assert g.loc[("jinjiang", "2.2"), "category"] == "urban_residents"
    assert g.loc[("jinjiang", "3.5"), "category"] == "talent"
    assert g.loc[("shanwei", "4.5"), "category"] == "industry"
    assert g.loc[("wuxi", "5.6"), "category"] == "implementation"
    assert g.loc[("wuxi", "2.1"), "category"] == "other"
    actions = corpus.groups[corpus.groups.part.isin(["actions", "projects"])]
    assert (actions.category != "other").all()


@pytest.mark.parametrize("plan", STRUCTURE)
def test_segments_cover_the_whole_text(corpus, plan):
    from sciplan_analysis.corpus import RAW_DIR
    from sciplan_analysis.parsing.sources import read_text

    raw = read_text(RAW_DIR / f"{plan}.txt")
    seg = corpus.segments[corpus.segments.plan_id == plan].sort_values("start")
    covered = [False] * len(raw)
    previous_end = -1
    for row in seg.itertuples():
        assert row.start >= previous_end, "segments overlap"
        previous_end = row.end
        for i in range(row.start, row.end):
            covered[i] = True
    missing = [i for i, ch in enumerate(raw) if not ch.isspace() and not covered[i]]
    assert missing == [], f"{plan}: characters outside every segment: {raw[missing[0]:missing[0] + 20]!r}"
    assert set(seg.role) <= {"front", "heading", "intro", "task", "table", "chrome", "other"}


def test_every_task_has_a_task_segment(corpus):
    seg = corpus.segments[corpus.segments.role == "task"]
    keys = set(zip(seg.plan_id, seg.task_id, strict=True))
    assert keys == set(zip(corpus.tasks.plan_id, corpus.tasks.task_id, strict=True))
