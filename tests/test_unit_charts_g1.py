"""Page 04's unit charts and the crosswalk rule (audit15 items 1, 2, 7, 8, 10, 11): made-up
names and tables, never the synthetic corpus's names."""

from __future__ import annotations

from sciplan_analysis.report.style import NO_LINE_START, _wrap


def test_an_english_note_quoting_a_chinese_name_wraps_on_word_boundaries():
    words = ("Source: 9 texts; Alpha District and Beta County are drafts. 4 unit names are not in "
             "the crosswalk: they are shown as written and marked (e.g. \"甲县乙局 (not in the "
             "crosswalk)\"), each counted as a unit of its own; the workbook sheet lists them.")
    for width in (2.0, 3.0, 4.5, 7.0):
        lines = _wrap(words, width, 8).split("\n")
        assert "".join(lines) == words
        latin = set(words.replace("\"", " ").split())
        for line in lines:  # every Latin run on a line is a whole word of the note
            for part in line.split():
                if part.isascii():
                    assert part in latin or part.strip("\"(),.;:") in {w.strip("\"(),.;:") for w in latin}, (width, part)


def test_chinese_text_still_wraps_by_character_and_keeps_numbers_whole():
    text = "甲乙丙丁戊己庚辛壬癸在 24/33 项规划中牵头，甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸。"
    for width in (1.0, 1.5, 2.0, 3.0):
        lines = _wrap(text, width, 14).split("\n")
        assert "".join(lines) == text
        assert any("24/33" in line for line in lines), (width, lines)
        assert not [line for line in lines[1:] if line[:1] in NO_LINE_START]
