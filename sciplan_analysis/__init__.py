"""sciplan-analysis: China's local science-literacy action plans as tidy tables.

>>> from sciplan_analysis import load_corpus
>>> corpus = load_corpus()          # cached; parses data/raw/ when it changed
>>> corpus.tasks.head()
"""

from sciplan_analysis.corpus import Corpus, load_corpus, load_plan, read_manifest
from sciplan_analysis.errors import CrosswalkError, ParseWarning, PlanError, UnmappedUnitWarning
from sciplan_analysis.tables import COLUMNS, TABLES

__all__ = [
    "COLUMNS",
    "TABLES",
    "Corpus",
    "CrosswalkError",
    "ParseWarning",
    "PlanError",
    "UnmappedUnitWarning",
    "load_corpus",
    "load_plan",
    "read_manifest",
]
__version__ = "0.1.0"
