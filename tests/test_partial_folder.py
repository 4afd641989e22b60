"""A partly rebuilt page folder (session 23: the search budget ran out with 35 listed pages not
gathered): benchmarks/real_pages.py scores only the gathered pages when asked and names the others,
and real_pages_first_contact.py marks a set it cannot read as met NOT CHECKED instead of failing."""

from __future__ import annotations

import sys

import pytest
from benchmark_scripts import benchmark_script

SET = "holdout115"  # six listed pages


@pytest.fixture(scope="module")
def rp():
    with benchmark_script("real_pages") as module:
        yield module


def _ids(rp) -> list[str]:
    return [p["id"] for p in rp.rows(rp.HERE / "real_pages.csv") if p["set"] == SET]


def test_a_partial_folder_is_refused_unless_asked(rp, monkeypatch):
    first = _ids(rp)[0]
    monkeypatch.setattr(rp, "texts", lambda: {first: "某县科协关于开展科普月活动的通知\n各乡镇：现将有关事项通知如下。\n"})
    monkeypatch.setattr(sys, "argv", ["real_pages.py", "--set", SET, "--quiet"])
    with pytest.raises(SystemExit, match="--gathered"):
        rp.main()


def test_gathered_scores_the_gathered_pages_and_names_the_rest(rp, monkeypatch, capsys):
    ids = _ids(rp)
    monkeypatch.setattr(rp, "texts", lambda: {ids[0]: "某县科协关于开展科普月活动的通知\n各乡镇：现将有关事项通知如下。\n"})
    monkeypatch.setattr(sys, "argv", ["real_pages.py", "--set", SET, "--quiet", "--gathered"])
    rp.main()
    out, err = capsys.readouterr()
    assert f"{SET}: 1 pages," in out
    assert f"{len(ids) - 1} listed page(s) not gathered" in err
    assert all(i in err for i in ids[1:]) and ids[0] not in err


def test_a_set_not_gathered_is_not_checked(monkeypatch):
    with benchmark_script("real_pages_first_contact") as fc:
        monkeypatch.setattr(fc.rp, "texts", lambda: {})
        scores, lines = fc.first_contact((SET,))
    assert scores == {}
    assert len(lines) == 1 and lines[0].startswith(SET) and "NOT CHECKED, 6 of 6 pages not gathered" in lines[0]


def test_a_row_with_more_cells_than_its_header_is_refused(rp, tmp_path):
    # session 36: a title holding an unquoted comma (美丽中国,我是行动者) split its row, and the rest was dropped silently
    facts = tmp_path / "facts.csv"
    facts.write_text("# comment\nid,field,value\na,title,“美丽中国,我是行动者”行动计划\nb,title,某县方案\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="the row of a has more cells"):
        rp.rows(facts)
    facts.write_text('id,field,value\na,title,"“美丽中国,我是行动者”行动计划"\n', encoding="utf-8")
    assert rp.rows(facts)[0]["value"] == "“美丽中国,我是行动者”行动计划"
