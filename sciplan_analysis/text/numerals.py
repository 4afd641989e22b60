"""Chinese numerals, written once: heading numbers (十二 → 12), years written digit by digit
(二〇一二 → 2012), dates in either numerals, and a five-year plan's end year (十四五 → 2025)."""

from __future__ import annotations

import re

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 二十三 → 23; Arabic digits pass through."""
    if text.isdigit() and text.isascii():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + CN_DIGITS[text[1]]
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CN_DIGITS[tens] * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text]


def chinese_year(text: str) -> int:
    """A year written digit by digit: 二〇一二 → 2012, 二零二一 → 2021."""
    return int("".join(str(CN_DIGITS[ch]) for ch in text))


def iso_date(match: re.Match) -> str | None:
    """YYYY-MM-DD from a DATE, CN_DATE or ISO_DATE match (groups: year, month, day), or None
    when it is no calendar date (13月, 32日)."""
    y, mo, d = match.group(1), match.group(2), match.group(3)
    year = int(y) if y.isascii() and y.isdigit() else chinese_year(y)
    month, day = chinese_number(mo), chinese_number(d)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def five_year_end(numeral: str) -> int:
    """End year of the 十N五 plan from N: 四 (十四五) → 2025, 三 → 2020, 二 → 2015."""
    return 1955 + 5 * (10 + chinese_number(numeral))
