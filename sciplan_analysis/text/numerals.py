"""Chinese numerals, written once: heading numbers (十二 → 12), years written digit by digit
(二〇一二 → 2012, with any of the zero forms 〇 ○ 零 O Ｏ 0), dates in either numerals, and a
five-year plan's end year (十四五 → 2025).

The conversion itself is cn2an's (a maintained converter of Chinese and Arabic numerals);
this module only maps the zero forms cn2an does not know (○, the letter O) to 〇 first.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cn2an

# Every way a zero is written in a Chinese-numeral year: 〇 (U+3007), ○ (U+25CB, a circle),
# 零, the letters O/o and their full-width forms, the Greek omicron and the digit 0.
ZEROS = "〇○零OoＯｏΟ0"
_ZERO = str.maketrans({z: "〇" for z in ZEROS})


@lru_cache(maxsize=512)
def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23; Arabic digits pass through; 元 (元月, the first month) → 1."""
    if text.isdigit() and text.isascii():
        return int(text)
    if text == "元":
        return 1
    try:
        return int(cn2an.cn2an(text.translate(_ZERO), "smart"))
    except ValueError as e:
        raise ValueError(f"not a Chinese numeral: {text!r}") from e


def chinese_year(text: str) -> int:
    """A year written digit by digit: 二〇一二 → 2012, 二零二一 → 2021, 二OO九 → 2009."""
    digits = text.translate(_ZERO)
    if len(digits) != 4 or not all(ch in "〇一二三四五六七八九" or ch.isdigit() for ch in digits):
        raise ValueError(f"not a year written digit by digit: {text!r}")
    return int(cn2an.cn2an(digits, "smart"))


def iso_date(match: re.Match) -> str | None:
    """YYYY-MM-DD from a DATE, CN_DATE or ISO_DATE match (groups: year, month, day), or None
    when it is no calendar date of a plan (13月, 32日, a year outside 1900–2099)."""
    y, mo, d = match.group(1), match.group(2), match.group(3)
    year = int(y) if y.isascii() and y.isdigit() else chinese_year(y)
    month, day = chinese_number(mo), chinese_number(d)
    if not (1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def five_year_end(numeral: str) -> int:
    """End year of the 十N五 plan from N: 四 (十四五) → 2025, 三 → 2020, 二 → 2015."""
    return 1955 + 5 * (10 + chinese_number(numeral))
