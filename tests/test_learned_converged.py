"""Session 31's convergence study (benchmarks/instruments_learned.py --study-converged; docs/instruments_rounds.md,
"Session 30: what the refit after P is decided by"): the fit's tolerance and limit of iterations are settings carried
to every fit, the frozen setting's unchanged; a converged fit reports its iterations and a fit stopping on its limit is
reported; the study doubles the limit and runs the whole variant again; the rule. Made-up frames only."""

from __future__ import annotations

import dataclasses
import json
import warnings

import pandas as pd
import pytest
from benchmark_scripts import benchmark_script
from sklearn.exceptions import ConvergenceWarning


@pytest.fixture(scope="module")
def il():
    with benchmark_script("instruments_learned") as module:
        yield module


# in wording no listed page shows: a made-up village's bird-watching club
MADE_UP = pd.DataFrame([
    # text, hand tool, the rules' tool, their cue, section kind
    ("由村主任任组长，会长任副组长。", "organisation", "none", "", "safeguards"),
    ("各小组负责人为协会成员。", "organisation", "none", "", "safeguards"),
    ("开展湿地观鸟讲座。", "services", "services", "讲座", "tasks"),
    ("组织护鸟志愿者培训。", "education", "education", "培训", "tasks"),
    ("落实观鸟活动经费。", "funding", "funding", "经费", "safeguards"),
    ("提高村民护鸟意识。", "none", "none", "aim: 提高村民护鸟意识", "guidance"),
], columns=["text", "tool", "first_tool", "first_cue", "section"]).assign(group="x")


def test_the_frozen_settings_fit_is_still_300_iterations_at_tolerance_1e3(il):
    assert il._BASE.tol == 1e-3 and il._BASE.max_iter == 300
    assert il.CONVERGED["base"] is il._BASE is il.STUDY["base"] is il.FEATURE["base"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        params = il.fit(MADE_UP, il._BASE, "first").model.get_params()
    assert (params["max_iter"], params["tol"], params["C"]) == (300, 1e-3, 16.0)


def test_converged_changes_the_tolerance_and_the_limit_and_nothing_else(il):
    conv = dataclasses.asdict(il.CONVERGED["converged"])
    base = dataclasses.asdict(il._BASE)
    assert {k for k in conv if conv[k] != base[k]} == {"tol", "max_iter"}
    assert (conv["tol"], conv["max_iter"]) == (1e-6, 5000)
    assert il.study_setting("converged") is il.CONVERGED["converged"]
    params = il.fit(MADE_UP, il.CONVERGED["converged"], "first").model.get_params()
    assert (params["max_iter"], params["tol"]) == (5000, 1e-6)


def test_a_converged_fit_reports_its_iterations_and_a_fit_on_its_limit_is_reported(il):
    conv = il.fit(MADE_UP, il.CONVERGED["converged"], "first")
    assert 2 < conv.iterations < 5000 and not conv.at_limit
    loose = il.fit(MADE_UP, replace_iter(il, il._BASE, 300, 1e-1), "first")
    assert loose.iterations < conv.iterations  # a looser tolerance stops earlier
    with pytest.warns(ConvergenceWarning):
        short = il.fit(MADE_UP, replace_iter(il, il.CONVERGED["converged"], 2), "first")
    assert short.iterations == 2 and short.at_limit


def replace_iter(il, s, max_iter, tol=None):
    return dataclasses.replace(s, max_iter=max_iter, tol=s.tol if tol is None else tol)


def study_frame() -> pd.DataFrame:
    df = MADE_UP.assign(group=["90", "90", "90", "91", "91", "91"], page=["a", "a", "b", "c", "c", "c"],
                        key=["a 1", "a 2", "b 1", "c 1", "c 2", "c 3"])
    df["type"] = df["tool"].map({"organisation": "environment", "services": "supply", "education": "supply",
                                 "funding": "supply", "none": "none"})
    return df


def test_the_read_stops_at_a_fit_on_its_limit(il, capsys):
    earlier = MADE_UP.assign(group="89", page="z", key=[f"z {n}" for n in range(1, 7)])  # set 90's fit needs a set before
    df = pd.concat([earlier, study_frame()], ignore_index=True)
    with pytest.warns(ConvergenceWarning):
        tools, seconds, iterations = il.counted_read(df, ["90", "91"], replace_iter(il, il.CONVERGED["converged"], 1),
                                                     label="converged")
    assert tools is None and len(iterations) == 1 == len(seconds) and iterations == [1]
    assert "STOPPED ON ITS LIMIT" in capsys.readouterr().out
    tools, _, iterations = il.counted_read(df, ["90", "91"], il.CONVERGED["converged"])
    assert tools.index.tolist() == df.index[df["group"] != "89"].tolist() and len(iterations) == 2
    assert all(2 < n < 5000 for n in iterations)


def test_a_read_cut_short_goes_on_where_it_stopped(il, tmp_path, monkeypatch):
    earlier = MADE_UP.assign(group="89", page="z", key=[f"z {n}" for n in range(1, 7)])
    df = pd.concat([earlier, study_frame()], ignore_index=True)
    partial = tmp_path / "study.partial.json"
    s = il.CONVERGED["converged"]
    whole, _, its = il.counted_read(df, ["90", "91"], s, label="converged", partial=partial)
    kept = json.loads(partial.read_text(encoding="utf-8"))["converged"]
    assert (kept["tol"], kept["max_iter"], sorted(kept["sets"])) == (1e-6, 5000, ["90", "91"])
    del kept["sets"]["91"]  # cut short after set 90
    partial.write_text(json.dumps({"converged": kept}), encoding="utf-8")
    fits = []
    real = il.fit

    def counted(train, st, view):
        fits.append(sorted(set(train["group"])))
        return real(train, st, view)
    monkeypatch.setattr(il, "fit", counted)
    again, _, its_again = il.counted_read(df, ["90", "91"], s, label="converged", partial=partial)
    assert fits == [["89", "90"]]  # set 90 read back, set 91 fitted
    assert again.tolist() == whole.tolist() and its_again == its
    il.counted_read(df, ["90", "91"], dataclasses.replace(s, max_iter=10000), label="converged", partial=partial)
    assert len(fits) == 3  # another limit: nothing read back


def test_the_study_doubles_the_limit_reruns_the_variant_and_never_refits_a_saved_baseline(il, monkeypatch, tmp_path):
    df = study_frame()
    out = tmp_path / "study.json"
    il.save_reading(out, "base", df, pd.Series(["none", "none", "services", "education", "funding", "none"],
                                               index=df.index), ["90", "91"], [1.0])
    limits = []

    def read(frame, names, s, lock=None, label="", partial=None):
        limits.append((label, s.max_iter, s.tol))
        if s.max_iter < 10000:  # the first run: one fit stops on its limit
            return None, [1.0], [s.max_iter]
        return (pd.Series(["organisation", "organisation", "services", "education", "funding", "services"],
                          index=frame.index), [1.0, 1.0], [6000, 7000])
    monkeypatch.setattr(il, "counted_read", read)
    got = il.study_converged(df, out, names=["90", "91"])
    assert limits == [("converged", 5000, 1e-6), ("converged", 10000, 1e-6)]  # the baseline read back, not refitted
    assert (got["base"]["type"], got["base"]["tool"]) == (4, 4)
    assert (got["converged"]["type"], got["converged"]["tool"]) == (5, 5)
    assert got["converged"]["against"] == (1, 0, 1)  # set 90 better (a 1, a 2 mended), 91 worse (c 3 lost)
    saved = json.loads(out.read_text(encoding="utf-8"))["converged"]
    assert saved["max_iter"] == 10000 and saved["iterations"] == {"90": 6000, "91": 7000}
    il.study_converged(df, out, names=["90", "91"])
    assert len(limits) == 2  # a variant saved is read back


def test_a_variant_stopping_on_the_ceiling_is_refused(il, monkeypatch, tmp_path):
    df = study_frame()
    monkeypatch.setattr(il, "counted_read", lambda frame, names, s, lock=None, label="", partial=None: (None, [1.0], [s.max_iter]))
    with pytest.raises(SystemExit, match="limit"):
        il.study_converged(df, tmp_path / "study.json", names=["90", "91"], ceiling=8000)


def table(**rows):
    return {k: {"type": a, "tool": b} for k, (a, b) in rows.items()}


def test_converged_is_chosen_by_five_more_tools_and_no_more_than_two_fewer_types(il):
    assert il.converged_chosen(table(base=(1545, 1460), converged=(1543, 1465))) == "converged"
    assert il.converged_chosen(table(base=(1545, 1460), converged=(1542, 1470))) == "base"  # -3 types
    assert il.converged_chosen(table(base=(1545, 1460), converged=(1560, 1464))) == "base"  # +4 tools
    assert il.converged_chosen(table(base=(1545, 1460))) == "base"
    assert il.CONVERGED_SETS[0] == "82" and il.CONVERGED_SETS[-1] == "111" and len(il.CONVERGED_SETS) == 30


def test_a_converged_file_is_the_same_format_and_the_library_reads_its_model(il, tmp_path, monkeypatch):
    """The file format does not change: a converged fit's file, read by the library (learned.load_model and reading, as
    any file), gives the fit's own tools; its comment line names the convergence, the frozen setting's does not."""
    monkeypatch.setattr(il, "PRUNE", 0.0)
    monkeypatch.setattr(il, "CELL", 0.0)
    monkeypatch.setattr(il, "DIGITS", 15)
    frame = pd.concat([MADE_UP, MADE_UP.assign(text=MADE_UP["text"].str[:4] + "。", first_tool="none", first_cue="",
                                               section="unknown")], ignore_index=True)
    fitted = il.fit(frame, il.CONVERGED["converged"], "first")
    il.write(fitted, tmp_path / "m.csv", "made up")
    assert il.library_tools(frame, tmp_path / "m.csv").tolist() == fitted.model.predict(fitted.features(frame)).tolist()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        base = il.fit(frame, il._BASE, "first")
    il.write(base, tmp_path / "b.csv", "made up")
    head = [f.read_text(encoding="utf-8").splitlines()[2] for f in (tmp_path / "m.csv", tmp_path / "b.csv")]
    assert head[0] == head[1]  # the same columns


def test_the_write_command_names_the_setting(il):
    assert il.write_command(111, 1.0, "now", "converged") == "--write --through 111 --setting converged --five-view now"


@pytest.mark.parametrize("argv", [["--study-converged"], ["--study-converged", "--lock", "x.lock"]])
def test_the_study_needs_its_file(il, monkeypatch, argv):
    monkeypatch.setattr(il.sys, "argv", ["instruments_learned.py", *argv])
    with pytest.raises(SystemExit) as stop:
        il.main()
    assert stop.value.code == 2
