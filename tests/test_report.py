"""The real report: pages, index, figures, workbook, and a browser check.

The report is built once per run (`conftest.report_build`); these tests read that build, and
run on the worker that built it (`conftest.REPORT_FILES`). `build_report` on hand-made
notebooks is tested in test_build_report.py.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import CHROMIUM, SKIP_REASON, Browser

from sciplan_analysis.config import RAW_DIR
from sciplan_analysis.report import notebooks as report
from sciplan_analysis.report.notebooks import notebook_paths

HAN = re.compile(r"[\u4e00-\u9fff]")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")


class Links(HTMLParser):
    """Collects href and src attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.srcs.append(attrs["src"])


def links(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture
def built(report_build):
    """The report of this run, built once by `conftest.report_build`, and its progress lines."""
    return report_build.result(), report_build.lines


@pytest.fixture
def built_tables(report_build) -> Path:
    """The processed folder of this run's build: its similarity and reuse tables are read, not
    computed again."""
    return report_build.processed


@pytest.fixture(scope="module")
def english_index(report_build) -> str:
    """The index of this run's build in English, from the build's own corpus and tables (as
    `build_report` passes them), never from the checkout's data/processed/; made once for the
    two tests that read it (its findings are most of its cost)."""
    from sciplan_analysis import load_corpus
    from sciplan_analysis.analysis import findings as fnd

    result, processed = report_build.result(), report_build.processed
    corpus = load_corpus(RAW_DIR, processed)
    found = fnd.index_findings(fnd.Tables(corpus, processed_dir=processed), "en")
    return report.index_html(result.pages, result.workbook, result.out_dir / "figures",
                             lang="en", found=found, n_plans=len(corpus.plans))


def test_one_progress_line_per_notebook(built):
    result, lines = built
    assert len(lines) == len(notebook_paths()) == len(result.pages)
    for line, page in zip(lines, result.pages, strict=True):
        assert page.notebook.name in line and re.search(r"\d+\.\d s", line), line


def test_pages_are_self_contained(built):
    result, _ = built
    for page in result.pages:
        text = page.html.read_text(encoding="utf-8")
        assert "data:image/png;base64," in text, f"{page.html.name}: no embedded chart"
        assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', text), page.html.name
        assert "@font-face" in text and "data:font/woff;base64," in text
        assert page.title in text


FONT_DATA = re.compile(r"data:font/woff;base64,([A-Za-z0-9+/=]+)")


def test_one_font_subset_shows_every_character_of_every_page(built):
    """The build subsets the CJK font once: every page and the plan pages' font.css carry
    the same font, and its character map holds every character any of them shows."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    result, _ = built
    out = result.out_dir
    texts = {p: p.read_text(encoding="utf-8")
             for p in [*sorted(out.glob("*.html")), *sorted((out / "plans").glob("*.html"))]}
    fonts = {FONT_DATA.search(text).group(1) for p, text in texts.items() if p.parent == out}
    fonts.add(FONT_DATA.search((out / "plans" / "font.css").read_text(encoding="utf-8")).group(1))
    assert len(fonts) == 1, f"{len(fonts)} different font subsets in one build"
    cmap = TTFont(io.BytesIO(base64.b64decode(fonts.pop()))).getBestCmap()
    shown = set().union(*(set(FONT_DATA.sub("", text)) for text in texts.values()))
    missing = sorted(c for c in shown if ord(c) >= 32 and ord(c) not in cmap)
    assert not missing, f"the embedded font lacks {''.join(missing)!r}"


def test_index_links_every_page_figure_and_workbook(built):
    result, _ = built
    out = result.out_dir
    parsed = links(result.index)
    index_text = result.index.read_text(encoding="utf-8")
    for page in result.pages:
        assert page.html.name in parsed.hrefs
        assert page.summary and html.escape(page.summary)[:20] in index_text
    figures = sorted((out / "figures").iterdir())
    assert figures, "no figure was exported"
    for fig in figures:
        assert f"figures/{fig.name}" in parsed.hrefs, f"index does not link {fig.name}"
    pngs = [f for f in figures if f.suffix == ".png"]
    assert {f"figures/{p.name}" for p in pngs} <= set(parsed.srcs)
    assert {p.with_suffix(".svg") for p in pngs} <= set(figures)  # every chart in both formats
    assert "sciplan_tables.xlsx" in parsed.hrefs
    assert (out / "sciplan_tables.xlsx").stat().st_size > 0
    for href in parsed.hrefs:
        assert (out / href.partition("#")[0]).exists(), f"index links to a missing {href}"


def test_index_opens_with_findings_linking_to_their_figures(built):
    result, _ = built
    text = result.index.read_text(encoding="utf-8")
    block = re.search(r'<section class="findings">(.*?)</section>', text, re.S)
    assert block and text.index('class="findings"') < text.index("<h2>", text.index("</section>"))
    items = re.findall(r"<li>(.*?)</li>", block.group(1), re.S)
    assert 5 <= len(items) <= 8
    for item in items:
        assert re.search(r"\d", item), item
        href = re.search(r'href="([^"#]+)#(fig-[^"]+)"', item)
        assert href, item
        page = (result.out_dir / href.group(1)).read_text(encoding="utf-8")
        assert f'id="{href.group(2)}"' in page, f"{href.group(1)} has no figure {href.group(2)}"
    # Chinese punctuation in the Chinese index (the download lines once ended in an ASCII ":")
    assert not re.search(r"[\u4e00-\u9fff）]: ", text)


def test_english_index_and_both_workbooks(built, built_tables, english_index, tmp_path):
    """The index and the workbook are cheap: both languages are built from this run. The
    Chinese workbook is the one the build wrote beside its pages (what readers get), not a
    second one written here."""
    from openpyxl import load_workbook

    from sciplan_analysis import labels, load_corpus
    from sciplan_analysis.report.export import reader_workbook

    result, _ = built
    english = english_index
    (result.out_dir / "index_en.html").write_text(english, encoding="utf-8")
    findings = re.search(r'<section class="findings">(.*?)</section>', english, re.S).group(1)
    assert "Key findings" in findings and not HAN.search(findings), findings
    assert '<html lang="en">' in english
    corpus = load_corpus(RAW_DIR, built_tables)
    assert result.lang == "zh" and result.workbook.parent == result.out_dir
    for lang in ("zh", "en"):
        path = result.workbook if lang == "zh" else reader_workbook(
            corpus, tmp_path / "book_en.xlsx", lang="en", processed_dir=built_tables)
        book = load_workbook(path)
        first = book.worksheets[0]
        assert first.title == labels.label("sheet", "readme", lang)
        cells = [c.value for row in first.iter_rows() for c in row]
        assert labels.label("column", "meaning", lang) in cells
        assert labels.label("sheet_note", "tasks", lang) in cells  # the guide in the build's language only
        assert labels.label("sheet_note", "tasks", "en" if lang == "zh" else "zh") not in cells
        for sheet in book.worksheets[1:]:
            headers = [c.value for c in sheet[1]]
            assert not [h for h in headers if SNAKE.match(str(h))], (sheet.title, headers)
            assert sheet.freeze_panes in ("A2", "B2") and sheet.auto_filter.ref, sheet.title
            if lang == "en":
                assert not [h for h in headers if HAN.search(str(h))], (sheet.title, headers)
            for row in sheet.iter_rows(min_row=2):
                for cell in row:
                    if isinstance(cell.value, float):
                        assert round(cell.value, 2) == cell.value, (sheet.title, cell.value)
    assert "category x plan (tasks)" in load_workbook(tmp_path / "book_en.xlsx").sheetnames


def test_workbook_keeps_formula_like_text_as_text(corpus, built_tables, tmp_path):
    from dataclasses import replace

    from openpyxl import load_workbook

    from sciplan_analysis.report.export import reader_workbook

    tasks = corpus.tasks.copy()
    tasks.loc[0, "title"] = "=HYPERLINK(\"http://x\")"
    path = reader_workbook(replace(corpus, tasks=tasks), tmp_path / "b.xlsx", lang="en",
                           processed_dir=built_tables)
    sheet = load_workbook(path)["tasks"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == tasks.loc[0, "title"])
    assert cell.data_type == "s" and cell.quotePrefix


def test_workbook_has_the_clauses_and_the_tools_table(corpus, built_tables):
    import pandas as pd

    from sciplan_analysis import labels
    from sciplan_analysis.report.export import reader_tables, readme_sheet

    tables = reader_tables(corpus, "en", processed_dir=built_tables)
    clauses, tools = tables["clauses"], tables["instrument_tools"]
    assert list(clauses.columns) == ["region", "task_id", "category", "clause", "tool", "type", "cue",
                                     "review", "coded_by", "rule_tool", "rule_type"]
    assert len(clauses) == len(corpus.clauses)
    # the rules' reading where it differs from the code: a tool's label, else "none" (never empty, NaN or None)
    flagged = clauses["review"] != labels.text("workbook.no_review", "en")
    assert flagged.sum() == corpus.clauses["review"].notna().sum() > 0
    assert set(clauses.loc[flagged, "review"]) <= {labels.label("instrument_tool", t, "en")
                                                   for t in labels.codes("instrument_tool")}
    assert set(clauses["tool"]) <= {labels.label("instrument_tool", t, "en")
                                    for t in labels.codes("instrument_tool")}
    shares = tools.drop(columns="tool").apply(pd.to_numeric, errors="coerce").sum()
    assert ((shares.dropna() - 100).abs() < 1).all(), shares
    notes = [row[0] for row in readme_sheet(corpus, tables, "en") if row]
    for col in ("clause", "tool", "type", "cue", "review", "coded_by", "rule_tool", "rule_type"):
        assert labels.label("column", col, "en") in notes, col
    # the rules' own reading, in readers' words, for every clause (never empty or NaN)
    tool_labels = {labels.label("instrument_tool", t, "en") for t in labels.codes("instrument_tool")}
    assert clauses["rule_tool"].isin(tool_labels).all()
    assert clauses["rule_type"].isin({labels.label("instrument_type", t, "en")
                                       for t in labels.codes("instrument_type")}).all()
    # where each code came from, in readers' words
    shown = {code: labels.label("coded_by", code, "en") for code in ("model", "checked")}
    assert set(clauses["coded_by"]) <= set(shown.values())
    assert ((clauses["coded_by"] == shown["checked"]).sum()
            == (corpus.clauses["coded_by"] == "checked").sum())
    # where each unit was read, in readers' words (the sheet once showed bracket / table)
    assert set(tables["assignments"]["source"]) == {"bracket after the task", "division-of-labour table"}


def test_my_notebooks_export_their_charts(built):
    result, _ = built
    made = {p.notebook.stem: {f.name for f in p.figures} for p in result.pages}
    assert {"01_structure.png", "01_structure.svg"} <= made["01_corpus_overview"]
    assert {"02_targets.png", "02_commitments.png", "02_specificity.png"} <= made["02_targets"]
    assert {"03_category_heatmap.png", "03_category_bars.png"} <= made["03_task_categories"]


# --------------------------------------------------------------------------- browser check

_PROBE = """<script>
window.addEventListener("load", async () => {
  const imgs = [...document.images];
  imgs.forEach(i => { i.loading = "eager"; });  // the index's thumbnails load lazily
  await Promise.all(imgs.map(i => i.decode().catch(() => null)));
  const broken = imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src.slice(0, 80));
  const prose = [...document.querySelectorAll(
    "h1, h2, h3, .jp-MarkdownOutput p, .jp-MarkdownOutput li, .jp-RenderedMarkdown p, " +
    ".jp-RenderedMarkdown li, figcaption, th, .findings li, title")].map(e => e.innerText);
  document.documentElement.setAttribute("data-probe", JSON.stringify(
    {images: imgs.length, broken: broken, title: document.title,
     text: document.body.innerText.length, body: document.body.innerText,
     alts: imgs.map(i => i.getAttribute("alt") || ""), prose: prose,
     heads: [...document.querySelectorAll("th")].map(e => e.innerText.trim()),
     long: document.querySelectorAll("table.sp-long").length,
     search: document.querySelectorAll("input.sp-search").length}));
});
</script>"""


# Resolves with the probe's report once the page's load handler has written it.
_PROBED = """new Promise(done => { const read = () => {
  const seen = document.documentElement.getAttribute("data-probe");
  seen ? done(seen) : setTimeout(read, 20); }; read(); })"""


def probe(browser: Browser, page: Path, shot: Path | None = None) -> dict:
    """Load a copy of the page (same folder, so links resolve) and report what the browser saw;
    with `shot`, take a screenshot of it too."""
    copy = page.with_name(f"_probe_{page.name}")
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"),
                    encoding="utf-8")
    try:
        browser.open(copy)
        seen = json.loads(browser.evaluate(_PROBED))
        if shot is not None:
            browser.screenshot(shot)
    finally:
        copy.unlink()
    return seen


@pytest.mark.skipif(CHROMIUM is None, reason=SKIP_REASON)
def test_browser_opens_index_and_every_linked_page(built, english_index, tmp_path):
    from PIL import Image

    result, _ = built
    pages = [result.index, *(p.html for p in result.pages)]
    shots = result.out_dir / "screenshots"
    shots.mkdir(exist_ok=True)

    shot_paths = [shots / f"{page.stem}.png" for page in pages]
    english = result.out_dir / "index_en.html"
    english.write_text(english_index, encoding="utf-8")
    with Browser(tmp_path / "profile") as browser:  # one browser opens every page in turn
        seen_all = [probe(browser, page, shot) for page, shot in zip(pages, shot_paths, strict=True)]
        seen_english = probe(browser, english, shots / "index_en.png")

    seen = seen_all[0]
    pngs = [p for page in result.pages for p in page.figures if p.suffix == ".png"]
    assert seen["images"] == len(pngs) and not seen["broken"], seen
    assert "科学素质" in seen["title"]
    for page, seen in zip(result.pages, seen_all[1:], strict=True):
        assert seen["text"] > 200 and not seen["broken"], (page.html.name, seen)
        assert seen["images"] >= 1, f"{page.html.name}: no chart in the page"
        assert seen["long"] == seen["search"], f"{page.html.name}: a long table is not searchable"
    # the index lists the pages in the language each was built in (half are English in this
    # run): its own prose, the findings and headings, is checked
    seen_all[0] = {**seen_all[0], "prose": index_prose(result.index, seen_all[0])}
    for page_lang, page, seen in [("zh", result.index, seen_all[0]),
                                  *((p.lang, p.html, s) for p, s in
                                    zip(result.pages, seen_all[1:], strict=True))]:
        check_clutter(page.name, seen)
        check_language(page.name, seen, page_lang)
    # screenshots, for a person to look at: Chinese must be readable, never boxes
    for page, shot in zip(pages, shot_paths, strict=True):
        assert shot.exists(), f"no screenshot of {page.name}"
        with Image.open(shot) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is None or len(colours) > 50, f"{shot.name} looks blank"
    print(f"screenshots in {shots}")
    check_clutter(english.name, seen_english)
    check_language(english.name, {**seen_english, "prose": index_prose(english, seen_english)},
                   "en")


def index_prose(index: Path, seen: dict) -> list[str]:
    """The index's own prose: the title and the findings (the page summaries are the pages')."""
    text = index.read_text(encoding="utf-8")
    block = html.unescape(re.sub(r"<[^>]+>", "", re.search(
        r'<section class="findings">(.*?)</section>', text, re.S).group(1)))
    found = [p for p in seen["prose"] if p and (p in block or p in seen["title"])]
    assert len(found) >= 5, f"{index.name}: the findings were not seen in the browser"
    return found


BAD_TEXT = re.compile(r"\bNaN\b|<NA>|\bNone\b|\bParameters\b|参数：")
# readers never see a file name or a repository path (issue 20): "来源：5 份规划原文", not data/raw/
FILE_NAME = re.compile(r"\b[\w-]+\.(?:csv|md|py|txt|ipynb|parquet|json)\b|\bdata/(?:raw|reference|processed)"
                       r"|INSTRUMENTS\.md")
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]+(?:[ ,]+[A-Za-z]+){5,}")


def check_clutter(name: str, seen: dict) -> None:
    """No NaN, <NA>, None or parameter dump shown; no snake_case header; every image has an
    alt of its own (not empty, not a file name)."""
    bad = BAD_TEXT.search(seen["body"])
    assert not bad, f"{name}: shows {bad.group(0)!r}"
    path = FILE_NAME.search(seen["body"])
    assert not path, f"{name}: shows the file name {path.group(0)!r}"
    snake = [h for h in seen["heads"] if SNAKE.match(h)]
    assert not snake, f"{name}: snake_case headers {snake}"
    for alt in seen["alts"]:
        assert len(alt) > 8 and not re.fullmatch(r"[\w.-]+", alt), f"{name}: alt {alt!r}"


def check_language(name: str, seen: dict, lang: str) -> None:
    """An English page's prose has no Chinese beyond short quoted terms; a Chinese page's
    prose no English sentence."""
    for text in seen["prose"]:
        if lang == "en":
            runs = re.findall(r"[\u4e00-\u9fff]+", text)
            assert all(len(r) <= 6 for r in runs) and sum(map(len, runs)) <= max(
                12, len(text) // 10), f"{name}: Chinese in English prose: {text[:200]!r}"
        else:
            english = ENGLISH_SENTENCE.search(text)
            assert not english, f"{name}: English prose in a Chinese page: {english.group(0)!r}"


def test_a_framed_chart_is_measured_as_matplotlib_measures_it(corpus):
    """`style.frame_measured` gives `export` the tight box it would otherwise measure again
    (walking every artist once more): the same numbers, for a real chart with a legend and a
    note, and for a hand-made one with a subtitle and no note."""
    import numpy as np

    from sciplan_analysis.report import charts, style

    legend = charts.commitments_chart(corpus)
    small, ax = style.new_figure(6, 3)
    ax.barh(["很长的单位名称一二三四五", "短"], [3, 5])
    for fig, texts in ((legend, {"note": "来源：五份规划文本"}),
                       (small, {"subtitle": "副标题说明口径", "note": ""})):
        box = style.frame_measured(fig, "标题说明要点", **texts)
        measured = fig.get_tightbbox(fig.canvas.get_renderer())
        assert np.array_equal(box.get_points(), measured.get_points()), (box, measured)
        style.plt.close(fig)


def test_page_05_states_its_chart_findings_in_words(built):
    """audit13c: the shared-sections pair's note (不参与全文排序) and the section range with its
    task counts (各 1 项任务) were only in charts' alt text; page 05 now says them."""
    result, _ = built
    page = next(p for p in result.pages if p.html.name.startswith("05_"))
    text = re.sub(r'alt="[^"]*"', "", page.html.read_text(encoding="utf-8"))
    assert "不参与全文排序" in text and "各 1 项任务" in text
