"""Text from plans and the manifest made safe where it is shown: HTML, Markdown, spreadsheets.

Plan names, task titles and unit names come from files anyone can write. In HTML they are
escaped; in a spreadsheet a cell that starts like a formula (OWASP "CSV injection") is shown as
text. The data (Parquet files, the tables in memory) keep the original text.
"""

from __future__ import annotations

import html

import pandas as pd

# What Excel, WPS and LibreOffice read as the start of a formula (tab and CR too).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_MARKDOWN = {ord(c): "\\" + c for c in "\\`*_{}[]()#+-.!|~:$"}
_MARKDOWN.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;",
                  ord("\n"): " ", ord("\r"): " "})


def html_text(value: object) -> str:
    """`value` as HTML text (for element content and quoted attributes)."""
    return html.escape(str(value), quote=True)


def markdown_text(value: object) -> str:
    """`value` as literal text inside Markdown (no markup, no HTML), e.g. for
    ``display(Markdown(f"**{markdown_text(name)}** …"))`` in a notebook."""
    return str(value).translate(_MARKDOWN)


def is_formula_like(value: object) -> bool:
    """True for a string that a spreadsheet would take for a formula (a lone '=' or '-', as
    in targets.comparator, is not one)."""
    return isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_START)


def neutralise_formula(value: object) -> object:
    """Prefix a formula-like string with an apostrophe (the CSV convention); others unchanged."""
    return "'" + value if is_formula_like(value) else value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose formula-like text cells start with an apostrophe (for CSV files);
    `df` itself is not changed. Returns `df` when no cell needs it."""
    out = None
    for column in df.columns:
        series = df[column]
        if series.dtype != object and not isinstance(series.dtype, pd.StringDtype):
            continue
        mask = series.map(is_formula_like).astype(bool)
        if mask.any():
            out = df.copy() if out is None else out
            out[column] = series.where(~mask, series[mask].map(neutralise_formula))
    return df if out is None else out
