"""The second round of hostile and careless inputs (issue 22): nothing hangs, nothing is read
wrong in silence. Large inputs are generated here, sized to keep the suite fast. That parsing
time grows linearly with the paragraph count is a speed measurement, so it is a benchmark,
not a test: `python benchmarks/parse_speed.py --linear`."""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import warnings
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from handmade import sample_corpus

from sciplan_analysis import cli
from sciplan_analysis.config import CACHE_MANIFEST, MAX_EXPANDED_MB_ENV, MAX_PARAGRAPHS_ENV
from sciplan_analysis.corpus import (
    RAW_DIR,
    CacheWarning,
    _read_cache,
    _write_cache,
    load_corpus,
    read_manifest,
)
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.sources import extract_text

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
HEAD = "某县全民科学素质行动实施方案\n一、重点任务\n（一）加强科普工作\n"


def quiet_parse(text: str, plan_id: str = "x"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_text(text, plan_id)


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


# -- add: nothing lost, every refusal clear --------------------------------------------------
KEPT = ("chongqing", "jinjiang")  # two of the five plans: every rebuild below parses them


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = (RAW_DIR / "plans.csv").read_text(encoding="utf-8-sig").splitlines()
    (raw / "plans.csv").write_text("\n".join([lines[0], *(line for line in lines
                                   if line.startswith(tuple(f"{p}," for p in KEPT)))]) + "\n",
                                   encoding="utf-8")
    for plan_id in KEPT:
        shutil.copy(RAW_DIR / f"{plan_id}.txt", raw / f"{plan_id}.txt")
    return raw


def run_cli(*argv: str) -> tuple[int, str, str]:
    """`python -m sciplan_analysis …` in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def add_args(raw: Path, path: Path, plan_id: str, *extra: str) -> list[str]:
    return ["add", str(path), "--plan-id", plan_id, "--raw-dir", str(raw),
            "--processed-dir", str(raw.parent / "processed"), *extra]


def manifest_row(raw: Path, plan_id: str) -> dict[str, str]:
    return next(r for r in read_manifest(raw) if r["plan_id"] == plan_id)


def test_replace_keeps_every_field_not_given_and_says_what_changed(raw_copy):
    before = manifest_row(raw_copy, "jinjiang")
    assert before["status"] == "draft" and before["name_en"] and before["parent"]
    status, out, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "jinjiang", "--replace"))
    assert status == 0, err
    assert manifest_row(raw_copy, "jinjiang") == before  # text replaced, every field kept
    assert "changed" not in out
    status, out, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "jinjiang", "--replace",
                                         "--status", "final", "--province", "四川"))
    assert status == 0, err
    assert manifest_row(raw_copy, "jinjiang") == {**before, "status": "final", "province": "四川",
                                                  "status_source": "flag",
                                                  "province_source": "flag"}
    assert "changed status: draft → final" in out and "changed province: 四川省 → 四川" in out


def test_a_new_plan_needs_its_name(raw_copy):
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty"))
    assert status == 2 and "name it with --name-zh" in err


def test_add_parses_the_new_plan_once(raw_copy, monkeypatch):
    """The new text is read once (by the intake, whose reading `add` parses on from) and its
    records made once; the plans already in a fresh cache are parsed once, by the rebuild."""
    import sciplan_analysis.intake as intake_module
    import sciplan_analysis.parsing.parse as parse_module

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        load_corpus(raw_copy, raw_copy.parent / "processed")  # the cache add starts from
    new_text = (LAYOUTS / "paren_numbers.txt").read_text(encoding="utf-8")
    reads: list[str] = []
    real_read = parse_module.read_text

    def counting_read(raw, *args, **kwargs):
        reads.append(raw)
        return real_read(raw, *args, **kwargs)

    monkeypatch.setattr(parse_module, "read_text", counting_read)
    monkeypatch.setattr(intake_module, "read_text", counting_read)
    seen: list[str] = []
    real = parse_module.parse_records
    monkeypatch.setattr(parse_module, "parse_records",
                        lambda raw, plan_id, *a, **kw: seen.append(plan_id) or real(raw, plan_id, *a, **kw))
    import sciplan_analysis.add as add_module
    monkeypatch.setattr(add_module, "parse_records", parse_module.parse_records)
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "paren_numbers.txt", "paren",
                                       "--name-zh", "某县"))
    assert status == 0, err
    assert reads.count(new_text) == 1
    assert seen.count("paren") == 1 and seen.count("chongqing") == 1 and "new" not in seen
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cached = load_corpus(raw_copy, raw_copy.parent / "processed")  # as add wrote it
        load_corpus(raw_copy, raw_copy.parent / "fresh", refresh=True)  # every plan parsed again
        fresh = load_corpus(raw_copy, raw_copy.parent / "fresh")  # read as `cached` is
    for name, table in fresh.tables().items():  # the plan parsed in add = the plan parsed again
        pd.testing.assert_frame_equal(cached.tables()[name], table, check_exact=True)
    assert cached.problems == fresh.problems


@pytest.mark.parametrize("plan_id", ["con", "nul", "prn", "aux", "com1", "lpt9"])
def test_ids_reserved_on_windows_are_refused_everywhere(raw_copy, plan_id):
    before = sorted(p.name for p in raw_copy.iterdir())
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", plan_id, "--name-zh", "某县"))
    assert status == 2 and "device name on Windows" in err
    assert sorted(p.name for p in raw_copy.iterdir()) == before


def test_the_same_text_under_a_second_id_is_skipped_naming_the_first(raw_copy):
    status, out, err = run_cli(*add_args(raw_copy, raw_copy / "chongqing.txt", "cq2", "--name-zh", "重庆"))
    assert status == 0 and "the same text as plan chongqing" in out + err
    assert "cq2" not in [r["plan_id"] for r in read_manifest(raw_copy)]


def test_a_read_only_manifest_is_refused_and_a_linked_one_followed(raw_copy, tmp_path):
    manifest = raw_copy / "plans.csv"
    manifest.chmod(0o444)
    before = manifest.read_bytes()
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty", "--name-zh", "某县"))
    assert status == 2 and "plans.csv: the file is read-only" in err
    assert manifest.read_bytes() == before and not (raw_copy / "newcounty.txt").exists()
    manifest.chmod(0o644)
    elsewhere = tmp_path / "kept" / "plans.csv"
    elsewhere.parent.mkdir()
    manifest.rename(elsewhere)
    manifest.symlink_to(elsewhere)
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty", "--name-zh", "某县"))
    assert status == 0, err
    assert manifest.is_symlink() and "newcounty" in elsewhere.read_text(encoding="utf-8")


def test_a_gbk_manifest_is_read_and_added_to_in_its_encoding(raw_copy):
    manifest = raw_copy / "plans.csv"
    text = manifest.read_text(encoding="utf-8-sig")
    manifest.write_bytes(text.replace("\n", "\r\n").encode("gbk"))  # Excel on a Chinese Windows
    assert manifest_row(raw_copy, "jinjiang")["name_zh"] == "成都市锦江区"
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty", "--name-zh", "新县"))
    assert status == 0, err
    assert manifest.read_bytes().decode("gb18030").endswith(
        "newcounty,newcounty.txt,新县,Xinxian County,county,河南省,信阳市,final,"
        "flag,gazetteer,gazetteer,gazetteer,default\r\n")
    assert manifest_row(raw_copy, "newcounty")["name_zh"] == "新县"


def test_a_manifest_in_no_known_encoding_is_refused_naming_them(raw_copy):
    manifest = raw_copy / "plans.csv"
    traditional = manifest.read_text(encoding="utf-8-sig").replace("县", "縣").replace("区", "區")
    manifest.write_bytes(traditional.encode("big5", errors="replace"))  # valid GB18030, garbage
    with pytest.raises(PlanError, match="plans.csv: the manifest is neither UTF-8 nor GB18030"):
        read_manifest(raw_copy)


def test_folders_where_files_belong_give_clear_errors(raw_copy, tmp_path):
    (raw_copy / "newcounty.txt").mkdir()
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty", "--name-zh", "某县"))
    assert status == 2 and "newcounty.txt is a folder" in err and "Traceback" not in err
    status, _, err = run_cli(*add_args(raw_copy, tmp_path, "other", "--name-zh", "某县"))
    assert status == 2
    manifest = raw_copy / "plans.csv"
    manifest.unlink()
    manifest.mkdir()
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "x", "--name-zh", "某县"))
    assert status == 2 and "plans.csv: is a folder, not the manifest" in err
    status, _, err = run_cli(*add_args(LAYOUTS / "circled.txt", LAYOUTS / "circled.txt", "x",
                                       "--name-zh", "某县"))
    assert status == 2 and "circled.txt: is a file, not the folder of the plans" in err


def test_an_unwritable_raw_folder_changes_nothing(raw_copy, monkeypatch):
    def files() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in raw_copy.iterdir() if not p.name.startswith(".")}

    before = files()
    real = os.replace

    def refused(src, dst):
        if Path(dst).parent == raw_copy:
            raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    status, _, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty", "--name-zh", "某县"))
    assert status == 2 and "Permission denied" in err and "are as they were" in err
    assert files() == before


def test_a_cache_that_cannot_be_written_is_not_called_rebuilt(raw_copy, tmp_path):
    (tmp_path / "processed").write_text("a file where the folder should be")
    status, out, err = run_cli(*add_args(raw_copy, LAYOUTS / "circled.txt", "newcounty", "--name-zh", "某县"))
    assert status == 1
    assert "cache NOT rebuilt" in out and "cache rebuilt" not in out
    assert "newcounty WAS added" in err and "Traceback" not in err


# -- the cache: checksums, any damaged byte detected -----------------------------------------
def test_every_flipped_bit_in_the_cache_is_detected_or_harmless(tmp_path):
    """A bit flipped in a table once loaded altered text without a word (开发 became 弄发) or
    crashed the process; now each flip is refused (then rebuilt) or changes nothing read."""
    corpus = sample_corpus()
    inputs = {"raw/x.txt": [1, 2, "ab"]}
    raw = tmp_path / "raw"
    _write_cache(tmp_path, raw, inputs, corpus)
    good = _read_cache(tmp_path, raw, inputs)
    files = [tmp_path / CACHE_MANIFEST, *sorted(tmp_path.glob("tables-*/*.arrow"))]
    detected = harmless = 0
    rng = random.Random(22)
    for path in files:
        data = path.read_bytes()
        for position in sorted(rng.sample(range(len(data)), min(len(data), 12))):
            damaged = bytearray(data)
            damaged[position] ^= 1 << rng.randrange(8)
            path.write_bytes(bytes(damaged))
            try:
                back = _read_cache(tmp_path, raw, inputs)
            except Exception:  # noqa: BLE001 - load_corpus turns any of these into a rebuild
                detected += 1
            else:
                assert back is not None
                for name, table in good.tables().items():
                    pd.testing.assert_frame_equal(back.tables()[name], table, check_exact=True)
                assert back.problems == good.problems
                harmless += 1
        path.write_bytes(data)
    assert detected + harmless == 12 * len(files) and detected >= 12 * len(files) - 5


def test_a_damaged_table_is_rebuilt_with_a_cache_warning(raw_copy, tmp_path):
    processed = tmp_path / "processed"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        good = load_corpus(raw_copy, processed)
    table = next((processed / "cache").glob("tables-*/tasks.arrow"))
    data = bytearray(table.read_bytes())
    data[len(data) // 2] ^= 0x10
    table.write_bytes(bytes(data))
    with pytest.warns(CacheWarning, match="tasks.arrow does not match its checksum"):
        again = load_corpus(raw_copy, processed)
    pd.testing.assert_frame_equal(again.tasks, good.tasks)


def test_a_manifest_file_outside_the_raw_folder_is_fingerprinted(raw_copy, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.move(raw_copy / "jinjiang.txt", elsewhere / "jinjiang.txt")
    manifest = raw_copy / "plans.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8-sig").replace(
        "jinjiang,jinjiang.txt", "jinjiang,../elsewhere/jinjiang.txt"), encoding="utf-8")
    processed = tmp_path / "processed"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = load_corpus(raw_copy, processed)
        assert "锦某区" not in "".join(first.plan("jinjiang").segments.text)
        path = elsewhere / "jinjiang.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("锦江区", "锦某区", 1), encoding="utf-8")
        again = load_corpus(raw_copy, processed)
    assert "锦某区" in "".join(again.plan("jinjiang").segments.text)


# -- odd corpora: long names, one plan ---------------------------------------------------------
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_very_long_plan_name_is_shortened_in_charts_and_whole_in_tables(lang, tmp_path, monkeypatch):
    from PIL import Image

    from sciplan_analysis import labels
    from sciplan_analysis.report import charts, style

    long_name = "很长的地区名称" * 300 if lang == "zh" else "A very long region name " * 90
    monkeypatch.setitem(labels._plans, "wuxi", (long_name, long_name))
    table = pd.DataFrame([("wuxi", "lezhi", "whole", "word", 0.8),
                          ("wuxi", "chongqing", "whole", "word", 0.5),
                          ("lezhi", "chongqing", "whole", "word", 0.4)],
                         columns=["plan_a", "plan_b", "scope", "analyzer", "score"])
    fig = charts.similarity_heatmap(table, "whole", lang=lang)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    shown = next(t for t in ticks if t.startswith(long_name[:5]))
    assert shown.endswith("…") and len(shown) == labels.LABEL_CHARS[lang]
    png = style.export(fig, "long_name", out_dir=tmp_path)[0]
    style.plt.close(fig)
    with Image.open(png) as image:
        assert image.width < 4000, image.size  # 85,000 px before
    assert labels.plan_label("wuxi", lang, full=True) == long_name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_one_plan_corpus_pages_that_need_pairs_say_so(lang, monkeypatch, displayed):
    from sciplan_analysis import labels
    from sciplan_analysis.analysis import similarity as sim
    from sciplan_analysis.corpus import load_plan
    from sciplan_analysis.report import page

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_plan(LAYOUTS / "circled.txt", plan_id="circled", name_zh="某县")
    previous = labels.get_language()  # page.start sets the build's language: restored below
    try:
        _one_plan_pages(page, sim, labels, corpus, lang, displayed)
    finally:
        labels.set_language(previous)


def _one_plan_pages(page, sim, labels, corpus, lang, shown) -> None:
    page.start("05_similarity", lang, corpus)
    needs = labels.text("corpus.needs_two_plans", lang, n=1)
    assert needs in shown
    robustness = sim.robustness_tables(corpus, ("whole", "shared"))
    assert [sim.describe_robustness(r, lang) for r in robustness.values()] == [needs, needs]
    shown.clear()
    page.start("03_task_categories", lang, corpus)  # a page about each plan: no such note
    assert needs not in shown


def test_a_build_into_an_unwritable_folder_is_exit_2_and_changes_nothing(raw_copy, tmp_path, monkeypatch):
    raw = tmp_path / "one"
    raw.mkdir()
    shutil.copy(raw_copy / "chongqing.txt", raw / "chongqing.txt")
    lines = (raw_copy / "plans.csv").read_text(encoding="utf-8-sig").splitlines()
    (raw / "plans.csv").write_text(f"{lines[0]}\n{lines[1]}\n", encoding="utf-8")  # chongqing
    monkeypatch.setattr(cli, "RAW_DIR", raw)
    monkeypatch.setattr(cli, "PROCESSED_DIR", tmp_path / "processed")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the output folder should be")
    status, _, err = run_cli("build", "--out", str(blocked))
    assert status == 2 and str(blocked) in err and "Traceback" not in err
    assert blocked.read_text() == "a file where the output folder should be"


def test_unmapped_units_warn_the_researcher_not_the_readers_page(monkeypatch, recwarn):
    """At 33 plans page 03 showed a warning block with a file path and 89 unit names."""
    from sciplan_analysis import corpus as corpus_module
    from sciplan_analysis import labels
    from sciplan_analysis.errors import UnmappedUnitWarning
    from sciplan_analysis.report import page

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = corpus_module.load_plan(LAYOUTS / "circled.txt", plan_id="circled", name_zh="某县")

    def loading(*args, **kwargs):
        warnings.warn("2 unit name(s) not in data/reference/unit_aliases.csv: 某局、某办",
                      UnmappedUnitWarning, stacklevel=2)
        return one

    monkeypatch.setattr(corpus_module, "load_corpus", loading)
    monkeypatch.setattr(page, "_display", lambda obj: None)
    previous = labels.get_language()
    try:
        assert page.start("03_task_categories", "zh") is one
    finally:
        labels.set_language(previous)
    assert not [w for w in recwarn if issubclass(w.category, UnmappedUnitWarning)]
    with pytest.warns(UnmappedUnitWarning):  # the library call itself still warns
        corpus_module.load_corpus()
