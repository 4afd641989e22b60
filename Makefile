# sciplan-analysis: the two commands are `make report` and `make test`.
# Each creates .venv (and reinstalls when pyproject.toml changes) before doing its job.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: help env data test report lab bench lint clean

help:
	@echo "make report  build the tables, run every notebook, write reports/ (REPORT_LANG=en for English)"
	@echo "make test    run the whole test suite"
	@echo "make data    parse data/raw/ into data/processed/"
	@echo "make lab     open JupyterLab on notebooks/ with the project's kernel"
	@echo "make bench   run the benchmarks (benchmarks/RESULTS.md)"
	@echo "make lint    ruff and the layer contract (lint-imports)"

env: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m ipykernel install --sys-prefix --name sciplan-analysis --display-name "sciplan-analysis" >/dev/null
	@touch $(STAMP)

data: $(STAMP)
	$(PY) -m sciplan_analysis build

# In parallel on every core. The report (every notebook) is built once per run by the first
# worker that needs it; tests/conftest.py puts its tests first so one worker takes them all.
# Bytecode is written (into the ignored __pycache__ folders) even where the environment sets
# PYTHONDONTWRITEBYTECODE: pytest then keeps the test modules it rewrote for assertions, and
# each worker collects in ~4.4 s of CPU instead of ~7 s.
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n auto

# One language per build: `make report` is Chinese, `make report REPORT_LANG=en` English.
REPORT_LANG ?= zh

report: data
	$(PY) -m sciplan_analysis report --lang $(REPORT_LANG)

# The venv's kernels win over any user-level ones: "python3" and "sciplan-analysis" both run
# .venv/bin/python (the notebooks name python3, which Jupyter runs with its own interpreter).
# (Jupyter refuses to run as root without --allow-root; this project's machines run as root.)
lab: $(STAMP)
	JUPYTER_PREFER_ENV_PATH=1 $(VENV)/bin/jupyter lab --ServerApp.root_dir=notebooks \
		--MappingKernelManager.default_kernel_name=sciplan-analysis \
		$(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# The bench extra (datasketch, for the peer baseline in benchmarks/peer.py) is installed here only.
bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,bench]"
	$(PY) benchmarks/run.py

lint: $(STAMP)
	$(VENV)/bin/ruff check sciplan_analysis tests benchmarks scripts
	$(VENV)/bin/lint-imports --no-cache

clean:
	rm -rf data/processed/*.csv data/processed/*.parquet data/processed/*.xlsx data/processed/*.pkl \
		data/processed/snapshots data/processed/CURRENT reports
