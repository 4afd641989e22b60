"""Intake from a folder: the region, level, province, parent and status of each plan read from
its title and issuer and the division table; duplicates; the dry run."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from forked_cli import run_cli

from sciplan_analysis import PlanError, load_corpus, read_manifest
from sciplan_analysis.add import add_plans
from sciplan_analysis.corpus import RAW_DIR
from sciplan_analysis.intake import plan_files, plan_intakes
from sciplan_analysis.text.regions import find_region, gazetteer, names_in


def plan_text(title: str, issuer: str = "", words: str = "") -> str:
    """A small plan in the usual layout; `words` makes its text differ from the others'."""
    words = words or title[:3]
    return (f"{title}\n\n一、提升行动\n（一）青少年科学素质提升行动\n"
            f"1.开展{words}科学教育活动。组织科技节10场。（牵头单位：县教育局；配合单位：县科协）\n"
            f"2.加强{words}科技辅导员队伍建设。（牵头单位：县科协）\n"
            f"二、组织实施\n（一）加强组织领导\n统筹推进{words}全民科学素质工作。（责任单位：各成员单位）\n\n"
            f"{issuer}\n2022年3月1日\n")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw, ignore=shutil.ignore_patterns("*.docx", "*.pdf", ".*"))
    return raw


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three plans of regions outside the corpus, one of each kind the issue names."""
    new = tmp_path / "new"
    write(new, "a.txt", plan_text("安岳县全民科学素质行动规划纲要实施方案（2021—2025年）", "安岳县人民政府办公室"))
    write(new, "b.txt", plan_text("成都市青羊区全民科学素质行动规划纲要实施方案（2021—2025年）（征求意见稿）"))
    write(new, "sub/c.txt", plan_text("城口县全民科学素质行动规划纲要实施方案（2021—2025年）", "重庆市城口县人民政府"))
    return new


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def quietly(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the small plans name units the crosswalk does not know
        return function(*args, **kwargs)


# -- the division table ------------------------------------------------------------------------
def region_of(name: str) -> tuple[str, str, str, str]:
    r = find_region(name).region
    assert r is not None, find_region(name).problem
    return r.plan_name, r.level, r.province, r.parent


def test_each_level_comes_out_right():
    assert region_of("安岳县") == ("安岳县", "county", "四川省", "资阳市")  # a prefecture-level city's county
    assert region_of("成都市青羊区") == ("成都市青羊区", "district", "四川省", "成都市")  # a sub-provincial city's district
    assert region_of("城口县") == ("城口县", "county", "重庆市", "重庆市")  # a municipality's county
    assert region_of("北京市东城区") == ("北京市东城区", "district", "北京市", "北京市")
    assert region_of("重庆市") == ("重庆市", "municipality", "重庆市", "")
    assert region_of("都江堰市") == ("都江堰市", "county_city", "四川省", "成都市")
    assert region_of("仙桃市") == ("仙桃市", "county_city", "湖北省", "湖北省")  # under its province
    assert region_of("恩施土家族苗族自治州") == ("恩施土家族苗族自治州", "prefecture", "湖北省", "湖北省")
    assert region_of("石柱土家族自治县") == ("石柱土家族自治县", "county", "重庆市", "重庆市")
    assert region_of("四川省") == ("四川省", "province", "四川省", "")
    assert [r.level for r in gazetteer().regions.values()].count("municipality") == 4


def test_the_five_plans_manifest_agrees_with_the_table():
    for row in read_manifest(RAW_DIR):
        name, level, province, parent = region_of(row["name_zh"])
        assert (name, level, province, parent) == (row["name_zh"], row["admin_level"],
                                                  row["province"], row["parent"]), row["plan_id"]


def test_a_renamed_county_resolves_to_its_district_with_a_note():
    found = find_region("余江县全民科学素质行动实施方案（2016—2020年）")
    assert found.region.plan_name == "鹰潭市余江区" and found.region.code == "360603"
    assert "余江县" in found.note and "2018" in found.note
    assert find_region("鹰潭市余江区").region.code == found.region.code  # one region


def test_ambiguous_and_unrelated_names_are_not_decided():
    alone = find_region("城区全民科学素质行动实施方案")
    assert alone.region is None and "汕尾市城区" in alone.problem and "regions" in alone.problem
    assert find_region("汕尾市城区全民科学素质行动实施方案").region.code == "441502"
    assert "朝阳区" in find_region("朝阳区全民科学素质行动实施方案").problem  # Beijing or Changchun
    mixed = find_region("巫溪县学习借鉴成都市经验的实施方案")
    assert mixed.region is None and "not one region" in mixed.problem
    assert find_region("关于加强城区科普工作的通知").problem.startswith("no division name")  # 城区 inside a phrase
    # a cited document names another region; the issuer decides where the title alone cannot
    assert find_region("贯彻落实《四川省全民科学素质行动规划纲要》的乐至县方案").region.name == "乐至县"
    assert find_region("安岳县人民政府", "城区科普方案").region.name == "安岳县"


def test_longest_name_wins_at_a_place():
    assert names_in("温州市鹿城区") == ["温州市", "鹿城区"]  # not 城区
    assert names_in("中共巫溪县委 巫溪县人民政府") == ["巫溪县", "巫溪县"]


def test_a_broken_division_table_names_file_and_line(tmp_path):
    table = write(tmp_path, "divisions.csv",
                  "code,name,short,level,province,parent,parent_code,pinyin,name_en\n"
                  "510000,四川省,四川,province,四川省,,,sichuan,Sichuan Province\n"
                  "512022,乐至县,乐至,hamlet,四川省,资阳市,512000,lezhi,Lezhi County\n")
    changes = write(tmp_path, "changes.csv", "date,former_name,former_parent,code,name,parent\n")
    with pytest.raises(PlanError, match=r"divisions.csv, line 3: level 'hamlet'"):
        gazetteer(table, changes)
    write(tmp_path, "divisions.csv", table.read_text(encoding="utf-8").replace("hamlet", "county"))
    with pytest.raises(PlanError, match="parent code 512000, which is not in the table"):
        gazetteer(table, changes)


# -- intake --------------------------------------------------------------------------------------
def test_dry_run_changes_nothing_and_prints_the_table(raw_copy, tmp_path, folder):
    processed = tmp_path / "p"
    quietly(load_corpus, raw_copy, processed)
    before = folder_bytes(raw_copy), folder_bytes(processed)
    write(folder, "d.txt", plan_text("城区全民科学素质行动实施方案", words="城区"))
    result = run_cli(["add", folder, "--dry-run", "--raw-dir", raw_copy, "--processed-dir", processed])
    assert result.returncode == 0, result.stderr
    assert (folder_bytes(raw_copy), folder_bytes(processed)) == before
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["file", "action", "plan_id", "name_zh", "admin_level", "province",
                                "parent", "status", "sources"]
    assert lines[1].split()[:8] == ["a.txt", "add", "anyue", "安岳县", "county", "四川省", "资阳市", "final"]
    assert "c.txt" in result.stdout and "chengkou" in result.stdout
    d = next(line for line in lines if line.startswith("d.txt"))
    assert "NOT added" in d
    assert "region not decided from the title and issuer: 城区 may be" in result.stdout
    assert "dry run: 3 of 4 file(s) would be added; nothing was changed" in result.stdout


def test_a_folder_adds_one_row_each_with_region_level_province_parent(raw_copy, tmp_path, folder):
    intakes = quietly(add_plans, [folder], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert [i.action for i in intakes] == ["add", "add", "add"]
    rows = {r["plan_id"]: r for r in read_manifest(raw_copy)}
    assert list(rows)[:5] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    facts = ("name_zh", "name_en", "admin_level", "province", "parent", "status")
    assert [rows["anyue"][k] for k in facts] == ["安岳县", "Anyue County", "county", "四川省", "资阳市", "final"]
    assert [rows["qingyang"][k] for k in facts] == ["成都市青羊区", "Qingyang District, Chengdu",
                                                   "district", "四川省", "成都市", "draft"]
    assert [rows["chengkou"][k] for k in facts] == ["城口县", "Chengkou County", "county", "重庆市",
                                                   "重庆市", "final"]
    assert (rows["qingyang"]["name_source"], rows["qingyang"]["parent_source"],
            rows["qingyang"]["status_source"]) == ("text", "gazetteer", "text")
    assert rows["anyue"]["status_source"] == "default"
    plans = quietly(load_corpus, raw_copy, tmp_path / "p").plans.set_index("plan_id")
    assert plans.loc["chengkou", "parent_source"] == "gazetteer"
    assert plans.loc["wuxi", "name_source"] == "manifest"  # typed by hand
    assert plans.loc["chongqing", "parent_source"] is None  # a municipality has no parent


def test_repeats_are_skipped_unless_replace(raw_copy, tmp_path):
    new = tmp_path / "new"
    write(new, "lezhi_download.txt", (RAW_DIR / "lezhi.txt").read_text(encoding="utf-8"))
    # same region and period as jinjiang (2021), another text: the same plan again
    write(new, "jinjiang_final.txt", plan_text("成都市锦江区全民科学素质行动规划纲要实施方案（2021—2025年）"))
    before = folder_bytes(raw_copy)
    intakes = quietly(add_plans, [new], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert [(i.path.name, i.action, i.plan_id) for i in intakes] == [
        ("jinjiang_final.txt", "skip", "jinjiang"), ("lezhi_download.txt", "skip", "lezhi")]
    assert "same region and period (2021) as plan jinjiang" in intakes[0].problems[0]
    assert "the same text as plan lezhi" in intakes[1].problems[0]
    assert folder_bytes(raw_copy) == before
    intakes = quietly(add_plans, [new / "jinjiang_final.txt"], replace=True, raw_dir=raw_copy,
                      processed_dir=tmp_path / "p")
    assert intakes[0].action == "replace"
    rows = read_manifest(raw_copy)
    assert [r["plan_id"] for r in rows] == ["wuxi", "lezhi", "chongqing", "jinjiang", "shanwei"]
    assert (raw_copy / "jinjiang.txt").read_text(encoding="utf-8").startswith("成都市锦江区")
    # --replace keeps every field no flag gives (issue 22): the draft stays a draft
    assert rows[3]["status"] == "draft" and rows[3]["status_source"] == ""


def test_a_second_cycle_gets_its_first_year_and_a_repeat_in_the_batch_is_skipped(raw_copy, tmp_path):
    new = tmp_path / "new"
    text = plan_text("巫溪县全民科学素质行动计划纲要实施方案（2016—2020年）", "巫溪县人民政府办公室")
    write(new, "a.txt", text)
    write(new, "b.txt", text.replace("\n", "\n\n"))  # the same text, spaced otherwise
    intakes = quietly(add_plans, [new], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert [(i.action, i.plan_id) for i in intakes] == [("add", "wuxi-2016"), ("skip", "wuxi-2016")]
    assert "the same text as" in intakes[1].problems[0] and "a.txt" in intakes[1].problems[0]


def test_same_pinyin_of_another_region_takes_its_parents_pinyin(raw_copy, tmp_path):
    path = write(tmp_path / "new", "wuxi_city.txt", plan_text("无锡市全民科学素质行动规划纲要实施方案（2021—2025年）"))
    [intake] = quietly(plan_intakes, [path], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert (intake.row["name_zh"], intake.row["admin_level"], intake.plan_id) == ("无锡市", "city", "jiangsu-wuxi")


def test_an_undecidable_region_is_not_added_and_says_why(raw_copy, tmp_path):
    new = tmp_path / "new"
    write(new, "x.txt", plan_text("某县全民科学素质行动实施方案", words="某县"))
    write(new, "y.txt", plan_text("城区全民科学素质行动实施方案", words="城区"))
    before = folder_bytes(raw_copy)
    intakes = quietly(add_plans, [new], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert [i.action for i in intakes] == ["refuse", "refuse"]
    assert "no division name found" in intakes[0].problems[0]
    assert "城区 may be" in intakes[1].problems[0] and "--name-zh" in intakes[1].problems[0]
    assert folder_bytes(raw_copy) == before
    # a flag decides it: the rest comes from the table
    [one] = quietly(add_plans, [new / "y.txt"], {"name_zh": "汕尾市城区"}, raw_dir=raw_copy,
                    processed_dir=tmp_path / "p")
    assert (one.action, one.plan_id, one.row["parent"]) == ("add", "shanwei-2022", "汕尾市")  # no period: its issue year
    assert one.sources["name_source"] == "flag" and one.sources["parent_source"] == "gazetteer"


def test_flags_describe_one_file(raw_copy, tmp_path, folder):
    with pytest.raises(PlanError, match="--name-zh describes one plan, but 3 files were given"):
        plan_intakes([folder], {"name_zh": "安岳县"}, raw_dir=raw_copy, processed_dir=tmp_path / "p")
    with pytest.raises(PlanError, match="--name-zh, --parent describe one plan, but 3 files"):
        plan_intakes([folder], {"name_zh": "安岳县", "parent": "资阳市"}, raw_dir=raw_copy,
                     processed_dir=tmp_path / "p")


def test_plan_files_walks_folders_and_names_what_is_missing(tmp_path, folder):
    write(folder, ".hidden/e.txt", "x")
    write(folder, "notes.csv", "x")
    assert [p.name for p in plan_files([folder])] == ["a.txt", "b.txt", "c.txt"]
    with pytest.raises(PlanError, match="no such file or folder"):
        plan_files([tmp_path / "nowhere"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(PlanError, match="empty: no plan files"):
        plan_files([tmp_path / "empty"])


def test_an_old_manifest_gets_the_source_columns_and_keeps_its_rows(raw_copy, tmp_path, folder):
    manifest = raw_copy / "plans.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    old = [",".join(line.split(",")[:8]) if "Chengdu" not in line and "Shanwei" not in line
           else line.rsplit(",", 5)[0] for line in lines]
    manifest.write_text("\n".join(old) + "\n", encoding="utf-8")
    quietly(add_plans, [folder / "a.txt"], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    rows = read_manifest(raw_copy)
    assert [r["plan_id"] for r in rows][-1] == "anyue" and rows[-1]["name_source"] == "text"
    assert rows[3]["name_en"] == "Jinjiang District, Chengdu" and rows[3]["name_source"] == ""


# -- a page's address (plans.source_url): read from a saved page or --url, never fetched -------------------------
def saved_page(head: str, title: str = "安岳县全民科学素质行动规划纲要实施方案（2021—2025年）") -> str:
    """A saved web page whose head says where it came from (`head`), its body a small plan."""
    body = "".join(f"<p>{line}</p>\n" for line in plan_text(title, "安岳县人民政府办公室").splitlines() if line)
    return (f"<!DOCTYPE html>\n{head}\n<html><head><meta charset=\"utf-8\"><title>{title}</title>"
            + (head if head.startswith(("<link", "<meta")) else "") + f"</head><body>\n{body}</body></html>\n")


ADDRESS = "https://m.renrendoc.com/paper/123456789.html"


@pytest.mark.parametrize("head", [
    f"<!-- saved from url=({len(ADDRESS):04d}){ADDRESS} -->",  # the comment a browser writes when it saves a page
    f'<link rel="canonical" href="{ADDRESS}">',  # the page's canonical link
    f"<meta content='{ADDRESS}' property='og:url'>",  # its Open Graph address (attributes in another order)
])
def test_a_saved_pages_address_is_read_in_each_form(raw_copy, tmp_path, head):
    from sciplan_analysis.parsing.sources import file_address

    page = write(tmp_path / "new", "anyue.html", saved_page(head))
    assert file_address(page) == ADDRESS
    [intake] = quietly(plan_intakes, [page], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert intake.row["source_url"] == ADDRESS and intake.action == "add"
    assert f"address: {ADDRESS} (from the saved page)" in intake.notes
    assert intake.reading.page_kind.kind == "copy"  # the host read with the file


@pytest.mark.parametrize("head", [
    "",  # a page that does not say
    '<link rel="canonical" href="/paper/1.html">',  # a relative link: no address
    '<link rel="stylesheet" href="https://m.renrendoc.com/a.css">',  # another link
    "<meta property='og:url' content='javascript:alert(1)'>",
])
def test_a_page_that_states_no_address_has_none(raw_copy, tmp_path, head):
    page = write(tmp_path / "new", "anyue.html", saved_page(head))
    [intake] = quietly(plan_intakes, [page], raw_dir=raw_copy, processed_dir=tmp_path / "p")
    assert "source_url" not in intake.row and intake.reading.page_kind.kind == "document"


def test_add_writes_the_address_given_and_the_host_names_the_kind(raw_copy, tmp_path):
    processed = tmp_path / "p"
    page = write(tmp_path / "new", "anyue.txt", plan_text("安岳县全民科学素质行动规划纲要实施方案（2021—2025年）",
                                                         "安岳县人民政府办公室"))
    bad = run_cli(["add", page, "--url", "javascript:alert(1)", "--raw-dir", raw_copy, "--processed-dir", processed])
    assert bad.returncode == 2 and "--url 'javascript:alert(1)'" in bad.stderr
    assert "source_url" not in read_manifest(raw_copy)[0]
    url = "http://www.98523.com/fanwen/jihua/77.html"
    result = run_cli(["add", page, "--url", url, "--raw-dir", raw_copy, "--processed-dir", processed])
    assert result.returncode == 0, result.stderr
    rows = read_manifest(raw_copy)
    assert rows[-1]["plan_id"] == "anyue" and rows[-1]["source_url"] == url
    assert all(row["source_url"] == "" for row in rows[:-1])  # the column added, the other rows empty
    plans = quietly(load_corpus, raw_copy, processed).plans.set_index("plan_id")
    assert (plans.loc["anyue", "source_url"], plans.loc["anyue", "page_kind"],
            plans.loc["anyue", "page_kind_source"]) == (url, "copy", "host")
    assert plans.loc["wuxi", "source_url"] is None and plans.loc["wuxi", "page_kind"] == "document"


def test_a_url_flag_describes_one_file(raw_copy, tmp_path, folder):
    with pytest.raises(PlanError, match="--url describes one plan"):
        plan_intakes([folder], {"source_url": ADDRESS}, raw_dir=raw_copy, processed_dir=tmp_path / "p")
