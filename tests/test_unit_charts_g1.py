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


def test_a_county_level_twin_of_an_alias_maps_to_its_unit_and_nothing_else_does(tmp_path):
    import pandas as pd

    from sciplan_analysis.parsing.units import apply_crosswalk, lookup, unit_types, unmapped_units

    path = tmp_path / "unit_aliases.csv"
    path.write_text("alias,unit,unit_en,unit_type,functions,note\n"
                    "区甲乙局,甲乙部门,Jiayi bureau,government_department,jiayi,\n"
                    "县丙丁委,丙丁部门,Bingding commission,government_department,bingding,\n"
                    "县甲乙局,甲乙部门,Jiayi bureau,government_department,jiayi,\n"
                    "区委戊办,戊办,Wu office,party_committee_department,wu,\n", encoding="utf-8")
    names = ["县甲乙局", "区甲乙局", "区丙丁委", "县委戊办", "市甲乙局", "甲乙局", "乙县甲乙局", "县戊己局"]
    assignments = pd.DataFrame({"plan_id": "p", "task_id": "t", "unit_raw": names, "role": "lead"})
    out = apply_crosswalk(assignments, path)
    assert list(out["unit"]) == ["甲乙部门", "甲乙部门", "丙丁部门", "戊办",
                                 "市甲乙局", "甲乙局", "乙县甲乙局", "县戊己局"]
    assert list(out["unit_en"])[:4] == ["Jiayi bureau", "Jiayi bureau", "Bingding commission", "Wu office"]
    assert unit_types(assignments, path).notna().tolist() == [True] * 4 + [False] * 4
    assert unmapped_units(assignments, path) == sorted(names[4:])
    assert "区丙丁委" in lookup(path).index and "市丙丁委" not in lookup(path).index
