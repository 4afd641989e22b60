"""Shared fixtures: the real corpus (parsed once per test session) and text-file helpers."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from sciplan_analysis.corpus import RAW_DIR, Corpus, parse_manifest


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The five real plans, parsed fresh (not from the cache) so the tests see this code."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_manifest(RAW_DIR)


@pytest.fixture
def write_text(tmp_path: Path):
    """Write a hand-made plan text into a temporary file and return its path."""

    def write(text: str, name: str = "plan.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
