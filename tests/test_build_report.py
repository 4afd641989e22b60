"""`build_report` on hand-made notebooks: page summaries, and clear errors when the workbook
is missing or a notebook fails (the real report is tested in test_report.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciplan_analysis.report import notebooks as report
from sciplan_analysis.report.notebooks import ReportError, build_report, notebook_summary

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"

# nbformat is imported in the tests that make notebooks: its jsonschema costs each pytest
# worker ~1 s of CPU to import, and every worker collects this file.


def test_summary_comes_from_the_first_markdown_cell():
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell("x = 1"), new_markdown_cell(
        "# 标题 Title\n\nFirst paragraph\ncontinues here.\n\nSecond paragraph.")])
    assert notebook_summary(nb) == ("标题 Title", "First paragraph continues here.")


def test_missing_workbook_is_a_clear_error(tmp_path):
    with pytest.raises(ReportError, match="workbook is missing"):
        build_report(out_dir=tmp_path, workbook=tmp_path / "nope.xlsx",
                     processed_dir=tmp_path / "processed")


def one_plan_build(folder: Path) -> tuple[Path, Path]:
    """A raw folder holding one short hand-made plan and its parsed cache: (raw, processed).

    For builds whose notebooks read no plan: what `build_report` writes after the notebooks
    (findings, the readers' workbook, the plan pages, the font subset) then costs
    milliseconds instead of the five plans' pair tables, workbook and pages."""
    import shutil
    import warnings

    from sciplan_analysis.corpus import load_corpus

    raw, processed = folder / "raw", folder / "processed"
    raw.mkdir(parents=True)
    shutil.copy(LAYOUTS / "circled.txt", raw / "circled.txt")
    (raw / "plans.csv").write_text(
        "plan_id,file,name_zh,name_en,admin_level,province,parent,status\n"
        "circled,circled.txt,某县,Mou County,county,重庆市,重庆市,final\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the plan names units the crosswalk does not know
        assert load_corpus(raw, processed).plan_ids == ["circled"]
    return raw, processed


@pytest.mark.costly
def test_failing_notebooks_are_named_with_their_cell(tmp_path):
    """Failures are named with their notebook and cell, and the notebooks after them run.
    Run in one kernel (jobs=1), each notebook from a clean slate: what one left behind (a
    name, a matplotlib setting, an environment variable, the working directory, a warning
    filter, sys.path) is gone for the next, a missing glyph is caught again in the next
    notebook that draws it, and a killed kernel is named and replaced. The notebooks read no
    plan, so the build is of one short plan (`one_plan_build`)."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    pids = tmp_path / "pids.txt"
    pid = f"import os\nopen({str(pids)!r}, 'a').write(f'{{os.getpid()}}\\n')"
    good = new_notebook(cells=[new_markdown_cell("# Good\n\nFine."), new_code_cell(pid),
                               new_code_cell(
        "import matplotlib\nleaked = 1\nmatplotlib.rcParams['lines.linewidth'] = 7.0\n"
        "os.environ['SCIPLAN_LEAKED'] = '1'\nos.chdir('/')\n"
        "import sys, warnings\nwarnings.simplefilter('ignore')\nsys.path.insert(0, '/nowhere')")])
    bad = new_notebook(cells=[new_markdown_cell("# Bad\n\nRaises."), new_code_cell("x = 1"),
                              new_code_cell("y = 2\nraise ValueError('boom')")])
    fresh = new_notebook(cells=[new_markdown_cell("# Fresh\n\nNothing leaked."),
                                new_code_cell(pid), new_code_cell(
        "import matplotlib\nassert matplotlib.rcParams['lines.linewidth'] != 7.0\n"
        f"assert 'SCIPLAN_LEAKED' not in os.environ and os.getcwd() == {str(notebooks)!r}\n"
        "import sys\nassert '/nowhere' not in sys.path"),
        new_code_cell("leaked")])
    tofu_code = ("import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
                 "matplotlib.rcParams['font.family'] = 'DejaVu Sans'\n"
                 "fig, ax = plt.subplots(); ax.set_title('巫溪县'); fig.canvas.draw()")
    tofu = new_notebook(cells=[new_markdown_cell("# Tofu\n\nA chart without the CJK font."),
                               new_code_cell(tofu_code)])
    killed = new_notebook(cells=[new_markdown_cell("# Killed\n\nThe kernel dies."),
                                 new_code_cell("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")])
    after = new_notebook(cells=[new_markdown_cell("# After\n\nRuns in a new kernel."),
                                new_code_cell(pid)])
    for name, nb in (("01_good", good), ("02_bad", bad), ("03_fresh", fresh), ("04_tofu", tofu),
                     ("05_tofu_again", tofu), ("06_killed", killed), ("07_after", after)):
        nbformat.write(nb, notebooks / f"{name}.ipynb")
    workbook = tmp_path / "book.xlsx"
    workbook.write_bytes(b"stand-in")
    lines: list[str] = []
    raw, processed = one_plan_build(tmp_path / "build")
    with pytest.raises(ReportError) as caught:
        build_report(notebooks, tmp_path / "out", workbook=workbook, log=lines.append, jobs=1,
                     raw_dir=raw, processed_dir=processed)
    message = str(caught.value)
    assert "02_bad.ipynb, cell 2 `y = 2`: ValueError: boom" in message
    assert "03_fresh.ipynb, cell 3 `leaked`: NameError: name 'leaked' is not defined" in message
    assert "04_tofu.ipynb, cell 1" in message and "05_tofu_again.ipynb, cell 1" in message
    assert message.count("a chart lacks a glyph") == 2
    assert "06_killed.ipynb, cell 1 `import os, signal`: the kernel died" in message
    assert "01_good" not in message and "07_after" not in message
    assert "ok" in lines[0] and all("FAILED" in line for line in lines[1:6]), lines
    assert "ok" in lines[6], lines
    first, reused, replaced = pids.read_text().split()
    assert first == reused != replaced  # 03 ran in 01's kernel; 07 in a new one
    # the failed page is still written, with its traceback, for whoever debugs it
    assert "boom" in (tmp_path / "out" / "02_bad.html").read_text(encoding="utf-8")


def test_a_kernel_that_cannot_be_reset_or_timed_out_is_replaced(tmp_path):
    """A kernel the slate cannot reset is replaced and the notebook runs in the new one; a
    cell that times out is named, and as it may still be running, the next notebook gets a
    new kernel."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    breaks, slow, quick = tmp_path / "breaks.ipynb", tmp_path / "slow.ipynb", tmp_path / "quick.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("import os\nos.chdir = None")]), breaks)
    nbformat.write(new_notebook(cells=[new_code_cell("import time\ntime.sleep(60)")]), slow)
    nbformat.write(new_notebook(cells=[new_code_cell("1 + 1")]), quick)
    with report.Kernel() as kernel:
        assert report.execute_notebook(breaks, kernel=kernel)[1] is None
        nb, failure = report.execute_notebook(quick, kernel=kernel)  # os.chdir is gone
        assert failure is None and nb.cells[0].outputs[0]["data"]["text/plain"] == "2"
        assert kernel.started == 2
        _, failure = report.execute_notebook(slow, timeout=1, kernel=kernel)
        assert str(failure) == "slow.ipynb, cell 0 `import time`: did not finish within 1 s"
        nb, failure = report.execute_notebook(quick, kernel=kernel)
        assert failure is None and nb.cells[0].outputs[0]["data"]["text/plain"] == "2"
        assert kernel.started == 3


def test_main_returns_nonzero_on_failure(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(report, "PROCESSED_DIR", tmp_path / "processed")  # not the checkout's
    assert report.main(["--out", str(tmp_path), "--workbook", str(tmp_path / "none.xlsx")]) == 1
    assert "workbook is missing" in capsys.readouterr().err


def test_a_report_leaves_the_callers_language_as_it_was(tmp_path):
    from sciplan_analysis import labels

    assert labels.get_language() == "zh"
    with pytest.raises(ReportError):  # an English build that stops early still puts it back
        build_report(out_dir=tmp_path, workbook=tmp_path / "nope.xlsx", lang="en",
                     processed_dir=tmp_path / "processed")
    assert labels.get_language() == "zh"


def test_the_page_font_keeps_the_forms_a_chinese_or_english_page_shows():
    """The embedded font keeps the features and language systems the pages use: the zh-CN
    forms of straight quotes and dashes (`locl` in ZHS), and no Japanese, Korean or traditional
    forms, vertical forms or alternates, which no page shows."""
    import base64
    import io
    import re

    from fontTools.ttLib import TTFont

    css = report.font_face_css(['“巫溪县”——"English" text…'])
    data = re.search(r"data:font/woff;base64,([A-Za-z0-9+/=]+)", css).group(1)
    font = TTFont(io.BytesIO(base64.b64decode(data)))
    cmap = font.getBestCmap()
    assert all(ord(c) in cmap for c in '“巫溪县”—"Eglisht…')
    gsub = font["GSUB"].table
    features = gsub.FeatureList.FeatureRecord
    assert {f.FeatureTag for f in features} <= set(report.PAGE_FEATURES)
    assert not {f.FeatureTag for f in features} & {"vert", "aalt", "fwid", "hwid"}
    for record in gsub.ScriptList.ScriptRecord:
        assert {r.LangSysTag for r in record.Script.LangSysRecord} <= {"ZHS "}
    latin = next(r.Script for r in gsub.ScriptList.ScriptRecord if r.ScriptTag == "latn")
    zhs = next(r.LangSys for r in latin.LangSysRecord if r.LangSysTag == "ZHS ")
    mapped = {glyph for i in zhs.FeatureIndex if features[i].FeatureTag == "locl"
              for k in features[i].Feature.LookupListIndex
              for table in gsub.LookupList.Lookup[k].SubTable for glyph in table.mapping}
    assert cmap[ord('"')] in mapped and cmap[ord("—")] in mapped


def test_importing_the_report_modules_imports_no_notebook_reader():
    """nbformat (with its jsonschema, ~1 s of CPU) and nbclient are imported where notebooks
    are read or run, not by whatever imports the report's modules (the plan pages, the command
    line, every pytest worker collecting the tests)."""
    import subprocess
    import sys

    code = ("import sys\nimport sciplan_analysis.report.notebooks, sciplan_analysis.report.plan_page\n"
            "print(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    assert "sciplan_analysis.report.plan_page" in out
    for module in ("nbformat", "nbclient", "jsonschema"):
        assert module not in out, module
