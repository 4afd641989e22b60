"""The layer order of pyproject.toml's [tool.importlinter] holds, and it catches a breach."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed "
                                "(it is a dev dependency: make env)")


def lint_imports(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=project, capture_output=True,
                          text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(project)})


def test_the_package_keeps_its_layers():
    run = lint_imports(PROJECT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "broken" in run.stdout and "0 broken" in run.stdout


@pytest.mark.parametrize(("module", "line", "contract"), [
    ("analysis/targets.py", "from sciplan_analysis.report import style", "Layers"),
    ("parsing/segment.py", "import sciplan_analysis.corpus", "Layers"),
    ("text/patterns.py", "from sciplan_analysis.parsing import segment", "Layers"),
    ("analysis/overview.py", "import matplotlib.pyplot", "Only the report draws"),
    ("corpus.py", "import seaborn", "Only the report draws"),
])
def test_a_breach_is_reported(tmp_path, module, line, contract):
    shutil.copytree(PROJECT / "sciplan_analysis", tmp_path / "sciplan_analysis",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "sciplan_analysis" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    run = lint_imports(tmp_path)
    assert run.returncode != 0, run.stdout
    broken = run.stdout.split("Broken contracts")[-1]
    assert contract in broken and "BROKEN" in run.stdout, run.stdout
