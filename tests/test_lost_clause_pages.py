"""Clause-set pages that cannot be rebuilt as coded (benchmarks/real_clauses.py `lost`): the committed
list (stored excerpts that changed for good) and this machine's own list in the ignored folder (copies
a rebuild could not make, session 32) are both left out, each with its reason; a page in neither is
still required, so a missing text stops a run rather than shrinking a set silently."""

from __future__ import annotations

import json

import pytest
from benchmark_scripts import benchmark_script


@pytest.fixture()
def clauses(tmp_path, monkeypatch):
    with benchmark_script("real_clauses") as script:
        committed, here = tmp_path / "lost.csv", tmp_path / "lost_here.csv"
        committed.write_text("# for good\nlisting,id,note\nreal_clauses_9.csv,a,excerpt changed\n"
                             "real_clauses_8.csv,z,another set's\n", encoding="utf-8")
        here.write_text("# this machine\nlisting,id,note\nreal_clauses_9.csv,b,copy refused\n", encoding="utf-8")
        monkeypatch.setattr(script, "LOST", committed)
        monkeypatch.setattr(script, "LOST_HERE", here)
        yield script, tmp_path


def test_both_lists_are_read_for_the_listing_named(clauses):
    script, folder = clauses
    assert script.lost(folder / "real_clauses_9.csv") == {"a": "excerpt changed", "b": "copy refused"}
    assert script.lost(folder / "real_clauses_8.csv") == {"z": "another set's"}


def test_a_machine_without_its_own_list_reads_the_committed_one(clauses):
    script, folder = clauses
    script.LOST_HERE.unlink()
    assert script.lost(folder / "real_clauses_9.csv") == {"a": "excerpt changed"}


def test_a_listed_page_in_neither_list_with_no_text_stops_the_run(clauses, capsys):
    script, folder = clauses
    listing = folder / "real_clauses_9.csv"
    listing.write_text("id,url,sha256\na,u1,x\nb,u2,x\nc,u3,x\n", encoding="utf-8")
    gathered = folder / "pages_9.jsonl"
    gathered.write_text(json.dumps({"id": "a", "url": "u1", "text": "t"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no text for c"):
        script.texts(listing, gathered)
    warned = capsys.readouterr().err
    assert "a left out (excerpt changed)" in warned and "b left out (copy refused)" in warned
