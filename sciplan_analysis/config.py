"""Every path and file name the project uses, in one place.

The project's folders are found from the package's location, so the library works from a
clone without configuration. Another corpus's texts and tables may be used with
``$SCIPLAN_RAW_DIR`` and ``$SCIPLAN_PROCESSED_DIR`` (read when the package is imported), and
reports redirected with ``$SCIPLAN_REPORTS_DIR``; the report builder sets them for the notebooks
it runs.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

RAW_ENV = "SCIPLAN_RAW_DIR"
PROCESSED_ENV = "SCIPLAN_PROCESSED_DIR"
RAW_DIR = Path(os.environ.get(RAW_ENV) or PROJECT_DIR / "data" / "raw")
PROCESSED_DIR = Path(os.environ.get(PROCESSED_ENV) or PROJECT_DIR / "data" / "processed")
REFERENCE_DIR = PROJECT_DIR / "data" / "reference"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
REPORTS_DIR = PROJECT_DIR / "reports"

MANIFEST_NAME = "plans.csv"
CACHE_DIR_NAME = "cache"  # data/processed/cache/: Arrow IPC tables + manifest.json
CACHE_MANIFEST = "manifest.json"
LEGACY_CACHE_NAME = "corpus.pkl"  # the old executable cache: never read, removed
WORKBOOK_NAME = "sciplan_tables.xlsx"
FIGURES_NAME = "figures"

# Reference files a researcher edits (data/reference/).
CATEGORIES_FILE = REFERENCE_DIR / "categories.csv"
LABELS_FILE = REFERENCE_DIR / "labels.csv"
ALIASES_FILE = REFERENCE_DIR / "unit_aliases.csv"
PARTS_FILE = REFERENCE_DIR / "parts.csv"  # heading words → part kind
PAGE_LABELS_FILE = REFERENCE_DIR / "page_labels.csv"  # web-page chrome and metadata labels
PAPER_CUES_FILE = REFERENCE_DIR / "paper_cues.csv"  # the labels that mark a scholarly page (摘要, 关键词 …)
PAGE_CUES_FILE = REFERENCE_DIR / "page_cues.csv"  # the words that mark a page's kind (news lead, 文库 …)
COPY_FURNITURE_FILE = REFERENCE_DIR / "copy_furniture.csv"  # a copy site's words around a name (相关推荐, 通用)
PAGE_HOSTS_FILE = REFERENCE_DIR / "page_hosts.csv"  # the web hosts whose pages are of one kind (文库 → copy)
SHARE_OTHERS_FILE = REFERENCE_DIR / "share_others.csv"  # a share's subject naming another's share on survey news
ENGLISH_WORDS_FILE = REFERENCE_DIR / "english_words.csv"  # the words the reader of pages in English reads
PAGE_HOST_WORDS_FILE = REFERENCE_DIR / "page_host_words.csv"  # an address's words naming a sharing site (fanwen)
INSTRUMENTS_FILE = REFERENCE_DIR / "instruments.csv"
MODEL_FILE = REFERENCE_DIR / "instrument_model.csv"  # the learned hybrid: the clauses' code (tool)
CHECKS_FILE = REFERENCE_DIR / "instrument_checks.csv"  # clause codes checked by hand
SECTION_KINDS_FILE = REFERENCE_DIR / "section_kinds.csv"  # heading words → section kind (instruments)
CLAUSE_ROLES_FILE = REFERENCE_DIR / "clause_roles.csv"  # a clause's role that settles its code (instruments)
DOC_TYPES_FILE = REFERENCE_DIR / "doc_types.csv"
VARIANTS_FILE = REFERENCE_DIR / "script_variants.csv"  # characters OpenCC leaves (陜 → 陕)
USERDICT_FILE = REFERENCE_DIR / "userdict.txt"
STOPWORDS_FILE = REFERENCE_DIR / "stopwords.txt"
BOILERPLATE_FILE = REFERENCE_DIR / "boilerplate.txt"
DIVISIONS_FILE = REFERENCE_DIR / "divisions.csv"  # administrative divisions (scripts/make_divisions.py)
DIVISION_CHANGES_FILE = REFERENCE_DIR / "division_changes.csv"  # former names and parents
STATUS_WORDS_FILE = REFERENCE_DIR / "status_words.csv"  # 征求意见稿 → draft, for `add`

REPORTS_ENV = "SCIPLAN_REPORTS_DIR"

# What one .docx or saved web page may expand to: a 0.5 MB .docx can unpack to gigabytes of
# XML, and millions of paragraphs take minutes to parse. Real plans are far below both (the
# largest .docx part of a plan is about 1 MB, a plan has hundreds of paragraphs); a larger
# document is refused with a message that names the limit and the variable that raises it.
MAX_EXPANDED_MB_ENV = "SCIPLAN_MAX_EXPANDED_MB"
MAX_PARAGRAPHS_ENV = "SCIPLAN_MAX_PARAGRAPHS"
MAX_EXPANDED_MB = 32
MAX_PARAGRAPHS = 200_000


def read_limit(env: str, default: int) -> int:
    """A reading limit: $`env` when it holds a positive whole number, else `default`."""
    value = os.environ.get(env, "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else default


def reports_dir() -> Path:
    """Where reports go: $SCIPLAN_REPORTS_DIR, or reports/ in the project."""
    env = os.environ.get(REPORTS_ENV)
    return Path(env) if env else REPORTS_DIR


def figures_dir(base: Path | None = None) -> Path:
    """The figures folder of the reports folder."""
    return (base or reports_dir()) / FIGURES_NAME
