"""Reading a made-up page as the parser reads a real one, for the round tests (test_round28.py on): the parsed tables,
its plan row, its shares. Warnings (no structure, an implausible issuer) are the page's business, not the test's."""

from __future__ import annotations

import warnings

import pandas as pd

from sciplan_analysis.parsing.parse import parse_text


def parsed(text: str):
    """The tables `parse_text` reads from `text` as a page, its warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_text(text, "page")


def plan(text: str) -> dict:
    """The page's one plans row, as a dict."""
    return parsed(text).plans.iloc[0].to_dict()


def value(text: str, key: str):
    """One field of the page's plans row; None where it is empty (None or NaN)."""
    got = plan(text)[key]
    return None if got is None or got != got else got


def targets(text: str) -> set[tuple]:
    """The page's shares as (kind, year or None, value); a missing year (None, NaN or pd.NA) is None."""
    t = parsed(text).targets
    return {(r.kind, None if pd.isna(r.year) else int(r.year), r.value) for r in t.itertuples()}
