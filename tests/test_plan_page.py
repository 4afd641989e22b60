"""A page per plan: the numbers (analysis.profile) on the five real plans, and the pages and the
index's list of plans at 1, 5 and 33 plans (the real five plus synthetic ones)."""

from __future__ import annotations

import csv
import re
import shutil
import warnings
from dataclasses import replace
from pathlib import Path

import pytest
from synthetic import synthetic_raw

from sciplan_analysis import labels
from sciplan_analysis.analysis import reuse as ru
from sciplan_analysis.analysis.categories import tasks_with_category
from sciplan_analysis.analysis.profile import benchmarks, parents, plan_profiles
from sciplan_analysis.corpus import RAW_DIR, load_corpus
from sciplan_analysis.report import plan_page
from sciplan_analysis.report.export import write_tables


@pytest.fixture(scope="module")
def five(corpus):
    reuse, pairs = ru.reuse_tables(corpus)
    return corpus, reuse, plan_profiles(corpus, reuse, pairs)


def test_targets_stand_beside_the_national_line_and_the_parents(five):
    corpus, _, profiles = five
    national = benchmarks().set_index("year")["value"]
    for pid, p in profiles.items():
        stated = corpus.targets[(corpus.targets.plan_id == pid) & (corpus.targets.kind == "target")]
        assert sorted(p.targets["year"]) == sorted(set(stated["year"].dropna().astype(int))), pid
        for r in p.targets.itertuples():
            assert r.value in set(stated.loc[stated.year == r.year, "value"])
            assert r.national == national.get(r.year)
    # one rule with page 02: 锦江区's "超过18%，力争20%" is 18, not the aim (it once read 力争 20%)
    assert profiles["jinjiang"].targets.set_index("year").loc[2025, ["comparator", "value"]].tolist() == [">", 18.0]
    wuxi = profiles["wuxi"].targets.iloc[0]
    assert profiles["wuxi"].parent_id == "chongqing"  # the municipality's plan is in the corpus
    # the fragment lost its goals part; the parent's target is read from its own document
    assert (wuxi.parent_value, wuxi.parent_source) == (15.0, "渝府办发〔2021〕138号")
    assert profiles["lezhi"].parent_id is None  # 资阳市 has no plan here
    lezhi = profiles["lezhi"].targets.set_index("year")
    assert lezhi["province_value"].to_dict() == {2025: 13.0, 2035: 25.0}  # 四川省, 川府发〔2022〕28号
    assert profiles["shanwei"].targets["province_value"].isna().all()  # 广东省's figure was not read


def test_the_aim_counts_only_where_nothing_firmer_is_stated():
    import pandas as pd

    from sciplan_analysis.analysis.profile import committed_targets

    own = pd.DataFrame({"year": [2025, 2025, 2030, 2030], "value": [22.0, 19.0, 30.0, 28.0],
                        "comparator": ["aim", ">=", "aim", "aim"]})
    kept = committed_targets(own).set_index("year")
    assert kept["value"].to_dict() == {2025: 19.0, 2030: 28.0}


def test_text_from_the_parent_is_the_reuse_tables_count(five):
    corpus, reuse, profiles = five
    row = reuse[(reuse.source_plan == "wuxi") & (reuse.target_plan == "chongqing")].iloc[0]
    r = profiles["wuxi"].reuse
    assert (r["n_sentences"], r["from_parent"]) == (row.n_sentences, row.n_reused) and r["from_parent"] > 0
    own = ru.own_text(corpus, ru.reuse_tables(corpus)[1]).set_index("plan_id")
    assert r["own"] == own.loc["wuxi", "n_sentences"] - own.loc["wuxi", "n_reused_anywhere"]
    assert profiles["jinjiang"].reuse["from_parent"] is None  # 成都市 has no plan here


def test_categories_and_leads_count_what_the_tables_hold(five):
    corpus, _, profiles = five
    tasks = tasks_with_category(corpus)
    for pid, p in profiles.items():
        mine = tasks[tasks.plan_id == pid].groupby("category").size()
        has = p.categories[p.categories["has"]].set_index("category")["tasks"]
        assert has.to_dict() == mine.to_dict(), pid
        for r in p.categories.itertuples():  # peers: the other plans whose text can say
            others = tasks[(tasks.plan_id != pid) & (tasks.category == r.category)].plan_id.nunique()
            lost = pid != "chongqing" and r.category not in set(tasks[tasks.plan_id == "chongqing"].category)
            assert (r.plans_with, r.peers) == (others, 3 if lost else 4), (pid, r.category)
    # the fragment's lost sections are neither "lacking" in its page nor in its peers' counts
    cq = profiles["chongqing"].categories
    assert set(cq.loc[~cq["known"], "category"]) == {"youth", "farmers", "industrial_workers", "elderly",
                                                      "cadres_civil_servants", "urban_residents",
                                                      "tech_resources", "informatization", "industry"}
    page = plan_page.plan_html(profiles["chongqing"], "zh")
    assert "本规划没有、而多数其他规划有的类别" not in page and "9 个类别现存文本未见，可能在文本缺失的部分，无法判断有没有" in page
    assert "交流合作（其他规划 4/4 份有）" in plan_page.plan_html(profiles["jinjiang"], "zh")
    assert "农民（其他规划 3/3 份有）" in plan_page.plan_html(profiles["jinjiang"], "zh")
    assert "所以份数可能少于其他规划的总数" in plan_page.plan_html(profiles["jinjiang"], "zh")
    a = corpus.assignments
    top = profiles["wuxi"].leads.iloc[0]
    led = a[(a.plan_id == "wuxi") & (a.role == "lead") & (a.unit == top.unit)].task_id.nunique()
    assert top.led == led and top.plan_tasks == (corpus.tasks.plan_id == "wuxi").sum()
    assert profiles["chongqing"].leads.empty  # the fragment names no units
    clauses = corpus.clauses[corpus.clauses.plan_id == "lezhi"]
    mix = profiles["lezhi"].instruments.set_index("type")["clauses"]
    assert mix.to_dict() == {t: int((clauses.type == t).sum()) for t in mix.index}


def test_parents_take_the_latest_plan_of_the_parent_region():
    import pandas as pd

    plans = pd.DataFrame({"plan_id": ["cq", "cq2016", "a", "b"], "name_zh": ["重庆市", "重庆市", "甲县", "乙县"],
                          "parent": [None, None, "重庆市", "丙市"], "period_start": [2021, 2016, 2021, 2021]})
    assert parents(plans) == {"a": "cq"}
    assert ru.parent_pairs(plans) == [("cq", "a")]  # one rule for the page and the reuse tables


def test_the_parent_is_the_plan_of_the_childs_cycle_then_a_plans_own_text():
    import pandas as pd

    plans = pd.DataFrame({"plan_id": ["cq2021", "cq2016", "cqnews", "a2016", "b2021", "c"],
                          "name_zh": ["重庆市", "重庆市", "重庆市", "甲县", "乙县", "丙县"],
                          "parent": [None, None, None, "重庆市", "重庆市", "重庆市"],
                          "period_start": [2021, 2016, 2022, 2016, 2021, None],
                          "period_end": [2025, 2020, 2025, 2020, 2025, None],
                          "page_kind": ["document", "copy", "news", "document", "document", "document"]})
    # the 2016 county plan's parent is the city's 2016 plan, not its latest
    assert parents(plans)["a2016"] == "cq2016"
    # two texts of the child's cycle: the plan's own text beats a news item, though it is older
    assert parents(plans)["b2021"] == "cq2021"
    # no period to match: a plan's text, then the latest
    assert parents(plans)["c"] == "cq2021"
    only_news = plans[plans.plan_id != "cq2021"]
    assert parents(only_news)["b2021"] == "cqnews"  # the same cycle, known only from news
    assert ("cqnews", "b2021") not in ru.parent_pairs(only_news, texts_only=True)
    assert ("cq2016", "a2016") in ru.parent_pairs(only_news, texts_only=True)


def test_a_news_page_is_neither_a_reuse_parent_nor_child_on_the_plan_page(five):
    from dataclasses import replace

    corpus, reuse, _ = five
    plans = corpus.plans.copy()
    plans.loc[plans.plan_id == "chongqing", "page_kind"] = "news"
    told = replace(corpus, plans=plans)
    profiles = plan_profiles(told, reuse, ru.reuse_tables(corpus)[1], plan_ids=["wuxi"])
    r = profiles["wuxi"].reuse
    assert r["from_parent"] is None and [str(p) for p in r["not_text"]] == ["chongqing"]
    for lang, said in (("zh", "不比较沿用上级规划文字的比例：重庆市读自新闻报道，不是规划原文。"),
                       ("en", "How much is carried from the parent&#x27;s plan is not measured: "
                              "Chongqing Municipality, read from a news report")):
        html = plan_page._reuse(profiles["wuxi"], lang)
        assert said in html, html
        assert "%" not in html.split(said)[0]  # no share of the parent's text before it
    assert plan_profiles(corpus, reuse, None, plan_ids=["wuxi"])["wuxi"].reuse["not_text"] == []


def build(folder: Path, raw: Path) -> tuple[object, Path, Path]:
    processed, out = folder / "processed", folder / "reports"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(raw, processed)
        write_tables(corpus, processed, quiet=True)
    return corpus, processed, out


def one_plan_raw(folder: Path, name_zh: str) -> Path:
    raw = folder / "raw"
    raw.mkdir(parents=True)
    shutil.copy(RAW_DIR / "wuxi.txt", raw / "wuxi.txt")
    with (raw / "plans.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["plan_id", "file", "name_zh", "name_en", "admin_level", "province", "parent", "status"])
        writer.writerow(["wuxi", "wuxi.txt", name_zh, "Wuxi <County>", "county", "重庆市", "重庆市", "final"])
    return raw


LEAKS = re.compile(r"\b(nan|NaN|None|<NA>|NaT)\b|五份|\bfive\b|[a-z]+_[a-z_]+(?![^<]*>)")


def check_pages(corpus, out: Path, lang: str) -> dict[str, str]:
    pages = {p.stem: p.read_text(encoding="utf-8") for p in (out / "plans").glob("*.html")}
    assert set(pages) == set(corpus.plan_ids)
    block = plan_page.plans_index_html(corpus, lang)
    for pid, page in pages.items():
        assert f'href="plans/{pid}.html"' in block
        body = re.sub(r"<style>.*?</style>|<script>.*?</script>", "", page, flags=re.S)
        assert not LEAKS.search(re.sub(r"<[^>]+>", " ", body)), (pid, LEAKS.search(body))
        assert f"{len(corpus.plans)}" in page  # the corpus's count, not a fixed number
    return pages


@pytest.mark.parametrize("n_plans", [5, 33])
def test_every_plan_has_a_page_at_5_and_33_plans(tmp_path, n_plans, request):
    if n_plans == 33:  # the session's 33-plan build (conftest.built_33), pages into tmp_path
        built = request.getfixturevalue("built_33")
        corpus, processed, out = built.corpus, built.processed, tmp_path / "reports"
    else:
        corpus, processed, out = build(tmp_path, synthetic_raw(tmp_path, n_plans))
    labels.set_language("zh")
    written = plan_page.write_plan_pages(corpus, out, "zh", processed)
    assert len(written) == n_plans and (out / "plans" / "font.css").stat().st_size > 10_000
    pages = check_pages(corpus, out, "zh")
    assert "几乎逐字出现在上级规划（重庆市）中" in pages["wuxi"]
    if n_plans == 33:  # a synthetic county of Chongqing: its parent's plan is in the corpus
        child = next(p for p in corpus.plans.itertuples() if p.parent == "重庆市" and p.plan_id.startswith("p"))
        assert "上级规划（重庆市）" in pages[child.plan_id]
        assert "（共 33 份）" in plan_page.plans_index_html(corpus, "zh")


def test_one_plan_in_english_escapes_its_names(tmp_path, monkeypatch):
    labels.plan_label("wuxi")  # the names registry loaded, then Wuxi's put back after the test:
    monkeypatch.setitem(labels._plans, "wuxi", labels._plans["wuxi"])  # this build renames it
    corpus, processed, out = build(tmp_path, one_plan_raw(tmp_path, "<i>巫溪县</i>"))
    labels.set_language("en")
    try:
        plan_page.write_plan_pages(corpus, out, "en", processed)
        pages = check_pages(corpus, out, "en")
    finally:
        labels.set_language("zh")
    page = pages["wuxi"]
    assert "Wuxi &lt;County&gt;" in page and "<County>" not in page
    assert "本规划" not in page and "This plan" in page and "other plans" not in page
    assert "holds this plan alone" in page
    assert "no text to compare it with" in page  # nothing to measure reuse against


def test_a_plans_page_counts_clauses_as_clauses_and_names_regions_in_its_language(five):
    corpus, _, profiles = five
    zh = plan_page.plan_html(profiles["lezhi"], "zh")
    n = int((corpus.clauses.plan_id == "lezhi").sum())
    assert f"/{n} 条（" in zh and f"/{n} 项（" not in zh  # clauses are 条; 项 is for tasks
    en = plan_page.plan_html(profiles["jinjiang"], "en")
    assert "<td>Sichuan</td>" in en and "<td>Chengdu</td>" in en and "四川省</td>" not in en
    assert "Province (Sichuan)" in en and "(川府发〔2022〕28号)" in en
    assert "county · Sichuan · final" in plan_page.plans_index_html(corpus, "en")
    assert "<td>—</td>" in plan_page.plan_html(profiles["chongqing"], "zh")  # no parent region, not 未提及


def test_a_count_of_one_is_singular_on_the_english_pages(five):
    """"Talent and workforce: 1 tasks" stood 7 times on the English pages: a count of 1 takes the
    singular wherever a count is formatted (tasks, categories, sentences, plans)."""
    _, _, profiles = five
    pages = {pid: plan_page.plan_html(p, "en") for pid, p in profiles.items()}
    plural = re.compile(r"\b1 (tasks|plans|clauses|sentences|categories)\b")
    assert not {pid: plural.findall(html) for pid, html in pages.items() if plural.search(html)}
    assert sum(html.count(": 1 task (") for html in pages.values()) >= 7  # the seven lines, in the singular
    assert "(other plans with it: " in pages["wuxi"]  # a count of other plans that reads at 1 as at 4
    one = {"reuse": {"available": True, "n_sentences": 40, "own": 1}, "n_plans": 2}
    own = plan_page._reuse(replace(profiles["lezhi"], **one), "en")
    assert "1 of its 40 sentences (2%) appears in no other plan" in own
    assert "（共 1 份）" in plan_page._t("index.plans.intro", "zh", count=1, n=1)
    assert "(1 plan)" in plan_page._t("index.plans.intro", "en", count=1, n=1)


@pytest.mark.parametrize(("lang", "unsaid", "none"), [
    ("zh", "现存文本未见公民具备科学素质比例的目标。", "本规划没有提出公民具备科学素质比例的目标。"),
    ("en", "The text as we have it states no target for the share of citizens with science literacy.",
     "The plan sets no target for the share of citizens with science literacy."),
])
def test_a_fragments_page_says_not_stated_and_a_whole_plans_says_none(five, lang, unsaid, none):
    """重庆市's page said 没有提出…目标（未提及）, a none and a silence at once: a fragment's silence is
    现存文本未见, as the tables and findings say (audit22 item 8); 没有 is a whole plan's none (乐至县
    made to state no target)."""
    _, _, profiles = five
    chongqing = plan_page.plan_html(profiles["chongqing"], lang)
    assert unsaid in chongqing and none not in chongqing and "没有提出" not in chongqing
    lezhi = plan_page.plan_html(replace(profiles["lezhi"], targets=profiles["chongqing"].targets), lang)
    assert none in lezhi and unsaid not in lezhi
    assert (("（未提及）" not in lezhi) if lang == "zh" else ("(not stated)" not in lezhi))


@pytest.mark.parametrize(("lang", "period"), [("zh", "2021—2025"), ("en", "2021–2025")])
def test_the_period_is_written_as_on_page_01(five, lang, period):
    """One dash per build for a plan period, on the plan pages as on page 01 (`overview.period_text`)."""
    from sciplan_analysis.analysis.overview import plans_table

    corpus, _, profiles = five
    assert f"<td>{period}</td>" in plan_page.plan_html(profiles["wuxi"], lang)
    column = "规划期" if lang == "zh" else "Period"
    assert plans_table(corpus, lang).loc["wuxi", column] == period


def test_the_lead_table_never_cuts_inside_a_tie():
    """audit17 item 4: a plan page listed at most 10 lead units by `.head(10)`, showing 2 of the 5
    units that lead 1 task as if the other 3 led none; every unit tied with the 10th is listed."""
    import pandas as pd

    from sciplan_analysis.analysis import profile

    led = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 1, 1, 1]  # units 9-13 all lead 1 task: 10th and 11th+ tied
    work = pd.DataFrame({"unit": [f"u{i:02d}" for i in range(len(led))], "unit_en": None, "led": led,
                         "partnered": 0, "total": led, "plan_tasks": 20})
    shown = profile._leads(work, pd.Series(dtype=int), 1)
    assert len(shown) == 13 and shown["led"].tolist() == led
    clear = profile._leads(work.assign(led=list(range(13, 0, -1))), pd.Series(dtype=int), 1)
    assert len(clear) == profile.TOP_LEADS  # no tie at the cut: the first 10
    few = profile._leads(work.head(4), pd.Series(dtype=int), 1)
    assert len(few) == 4
    # audit18 item 7: the note said "最多列 10 个单位" beside pages listing 15: it says what the table does
    for code in ("plan.leads.note", "plan.leads.note.unmapped"):
        zh, en = labels.text(code, "zh"), labels.text(code, "en")
        assert "列出牵头任务最多的 10 个单位，以及与第 10 个并列的单位" in zh and "最多列" not in zh, zh
        assert "the 10 units that lead the most tasks, and any tied with the 10th" in en and "at most" not in en, en


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_lead_table_note_says_every_unit_is_listed_where_ten_or_fewer_lead(five, lang):
    """audit19 item 1: the note read "the 10 units leading most tasks" under 汕尾市城区's 7 rows and
    巫溪县's 8; where every unit leading a task is listed it says so, with their number."""
    _, _, profiles = five
    for pid, p in profiles.items():
        if p.leads.empty:
            continue
        page = plan_page.plan_html(p, lang)
        every = len(p.leads) == int(p.leads["units_leading"].iloc[0])
        said_all = (f"共 {len(p.leads)} 个单位牵头，全部列出" if lang == "zh"
                    else f"all {len(p.leads)} units that lead a task")
        assert (said_all in page) == every, pid
        assert (("最多的 10 个单位" if lang == "zh" else "the 10 units that lead the most") in page) == (not every), pid
    assert len(profiles["shanwei"].leads) == int(profiles["shanwei"].leads["units_leading"].iloc[0]) < 10
