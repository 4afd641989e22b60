"""How the instrument coder agrees with the hand-coded samples.

    python benchmarks/instruments_score.py                 # the samples: agreement, kappa
    python benchmarks/instruments_score.py --confusion     # and each sample's tool confusion table
    python benchmarks/instruments_score.py --misses        # and every clause coded differently
    python benchmarks/instruments_score.py --code          # the code as shipped, each sample (session 27)
    python benchmarks/instruments_score.py --code --model-file F  # the five plans parsed afresh with model file F
    python benchmarks/instruments_score.py --intercoder    # two coders on 150 clauses, and the code against each (session 28)
    python benchmarks/instruments_score.py --intercoder-other  # the same on 150 clauses of other plans' sets 82-99
    python benchmarks/instruments_score.py --thirdlook     # a third coder on the clauses the guard turned on (session 36)
    python benchmarks/instruments_score.py --thirdlook 39  # and on those the refits wavered on since P185 (session 39)
    python benchmarks/instruments_score.py --code --guard --model-file F  # the guard without debatable clauses (s39)

Agreement (the share of clauses where coder and hand agree) and Cohen's kappa for type and tool,
per sample and for both together; then the same on clauses of OTHER real plans
(benchmarks/real_clauses.py: a development half the rules were refined on and a held-out half
they never saw), and on the second and third sets (benchmarks/real_clauses_2.py), when their
texts have been gathered into benchmarks/real_clauses/. The confusion table has the hand's tools as rows and the
coder's as columns, as Markdown for the README.

--code (session 27) scores what the library ships instead: each sample joined, by plan, task and
clause number, to the corpus's `clauses` table, whose `tool`/`type` are the learned hybrid's code
(or a researcher's check, `coded_by = checked`) and `rule_tool`/`rule_type` the rules' reading with
each clause's section, as the report reads them; counts beside every share. A sample the model file
was fitted on is seen there; the third sample (session 27) was coded by hand before it was scored.
With --model-file F the five plans are parsed afresh (`parse_manifest`, one process, no cache, the hand
checks applied) with F read in place of data/reference/instrument_model.csv, so a candidate file is
scored exactly as the library would ship it.

--intercoder (session 28) reads tests/data/instruments_intercoder.csv (150 of the samples' clauses coded again by a
second coder, blind to the first) and the first coder's code of each key from whichever sample holds it: the two
coders' agreement and kappa (and the tool confusion table, coder 1 in rows), on all clauses and on those neither coder
called hard; the shipped code and the rules against coder 1, coder 2 and the agreed code where the coders agree on the
tool; then all of it again without the clauses whose text docs/coding_conventions.md quotes (the codebook's own examples).
With --misses, every clause where the coders differ on the tool.

--intercoder-other (session 28) does the same on other plans: tests/data/real_clauses_intercoder.csv holds 150 clauses
of sets 82-99 (set, page, clause number, offsets; no text) coded again by a second coder, blind to the sets' hand codes
(coder 1, tests/data/real_clauses_codes_N.csv). The shipped code is the learned hybrid as real_clauses_2.py --model
reads a set (the shipped model file over the rules' tool, cue and section), the rules as real_clauses_2.py scores it
(section and page kinds). Every figure is given on all clauses, on the sets the model file was fitted on and on the
later ones (fresh to it), and without the clauses the codebook quotes.

--thirdlook (session 36) reads tests/data/instruments_thirdlook.csv: 40 sample clauses coded by a third coder, blind to
the samples' codes and the refits' readings: the eight clauses refits P135-P141 moved away from their hand codes (SWING,
with the refits' tool) and 32 drawn at random beside them (seed 36). It reports, as pre-registered in
docs/instruments_rounds.md ("Session 36: a third coder on the clauses the guard turned on"), the third coder against coder 1
on the 32 (the baseline) and on the eight, which way each of the eight falls, and the same without the clauses the
codebook quotes. --thirdlook 39 (session 39) reads tests/data/instruments_thirdlook_39.csv the same way: the four clauses
file P185 missed on the seen samples, one of which held back the weighted refits P197 and P199 (SWING_39, with P185's
reading), and 16 drawn beside them (seed 39).

--code --guard (session 39) adds the guard's reading of the seen samples as session 39's rule judges it: without every
swinging clause of a coded third look that its third coder gives the refits' tool rather than coder 1's (`debatable`);
the hand codes themselves are unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's library, not an installed one

import pandas as pd  # noqa: E402

from sciplan_analysis.parsing import instruments as ins  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {
    "first (160, seed 14)": ROOT / "tests" / "data" / "instrument_validation.csv",
    "second (160, seed 24)": ROOT / "tests" / "data" / "instruments_validation_2.csv",
    "third (150, seed 27)": ROOT / "tests" / "data" / "instruments_validation_3.csv",
    "fourth (100, seed 28)": ROOT / "tests" / "data" / "instruments_validation_4.csv",
    "fifth (53, every clause left)": ROOT / "tests" / "data" / "instruments_validation_5.csv",
}


def kappa(a: pd.Series, b: pd.Series) -> float:
    """Cohen's kappa of two codings of the same items."""
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    observed = (a == b).mean()
    labels = set(a) | set(b)
    expected = sum(a.eq(x).mean() * b.eq(x).mean() for x in labels)
    return float((observed - expected) / (1 - expected)) if expected < 1 else 1.0


def scores(hand: pd.DataFrame, coded: pd.DataFrame) -> dict[str, float]:
    """Agreement and kappa for type and tool."""
    out = {}
    for col in ("type", "tool"):
        h, c = hand[col].reset_index(drop=True), coded[col].reset_index(drop=True)
        out[f"{col}_accuracy"] = float((h == c).mean())
        out[f"{col}_kappa"] = kappa(h, c)
    return out


def confusion(hand: pd.DataFrame, coded: pd.DataFrame) -> str:
    """The tool confusion table (hand rows, coder columns) as Markdown; empty cells blank."""
    order = [t for t in ins.TOOLS if t in set(hand["tool"]) | set(coded["tool"])]
    table = pd.crosstab(hand["tool"].to_numpy(), coded["tool"].to_numpy()).reindex(
        index=order, columns=order, fill_value=0)
    short = {t: t[:5] for t in order}
    lines = ["| hand \\ coder | " + " | ".join(short[t] for t in order) + " |",
             "|---|" + "---|" * len(order)]
    for t in order:
        cells = [str(v) if v else "" for v in table.loc[t]]
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


KEY = ["plan_id", "task_id", "clause_no"]
INTERCODER = ROOT / "tests" / "data" / "instruments_intercoder.csv"
CODEBOOK = ROOT / "docs" / "coding_conventions.md"


def five_place(row: pd.Series) -> str:
    """A five-plan clause's place: plan, task and clause number."""
    return f"{row.plan_id} {row.task_id}.{row.clause_no}"


def refuse_lost(frame: pd.DataFrame, lost: pd.Series, what: str, place) -> None:
    """Stop, naming how many rows of `frame` `lost` marks (`what` they are) and the first one's place, if any."""
    if lost.any():
        raise SystemExit(f"{int(lost.sum())} {what}, first {place(frame[lost].iloc[0])}")


def shipped(hand: pd.DataFrame, clauses: pd.DataFrame) -> pd.DataFrame:
    """The hand sample beside the clauses table's code (tool, type, coded_by) and the rules' reading
    (rule_tool, rule_type); a sample clause the table does not hold, or holds with another text, is an
    error naming it (the sample was drawn from another parse)."""
    table = clauses[[*KEY, "text", "tool", "type", "coded_by", "rule_tool", "rule_type"]].astype({"task_id": str})
    both = hand.astype({"task_id": str}).merge(table, on=KEY, how="left", suffixes=("", "_code"),
                                               validate="one_to_one")
    lost = both["text_code"].isna() | (both["text_code"] != both["text"])
    refuse_lost(both, lost, "sample clauses are not in the clauses table as drawn", five_place)
    return both.drop(columns=["text_code"])


def code_lines(name: str, both: pd.DataFrame) -> list[str]:
    """One sample's agreement: the code, the model alone (clauses checked by hand left out) and the rules."""
    n = len(both)
    model = both[both["coded_by"] == "model"]
    out = []
    for label, part, tool, typ in (("the code", both, "tool_code", "type_code"),
                                   ("the model alone", model, "tool_code", "type_code"),
                                   ("the rules", both, "rule_tool", "rule_type")):
        m = len(part)
        t, o = int((part[typ] == part["type"]).sum()), int((part[tool] == part["tool"]).sum())
        kt = kappa(part["type"], part[typ]) if m else float("nan")
        ko = kappa(part["tool"], part[tool]) if m else float("nan")
        out.append(f"{name}, {label}: type {t}/{m} ({t / m:.3f}, κ {kt:.3f}), tool {o}/{m} ({o / m:.3f}, κ {ko:.3f})"
                   if m else f"{name}, {label}: no clause")
    return out if len(model) < n else [out[0], out[2]]


def clauses_with(model_file: Path | object | None) -> pd.DataFrame:
    """The five plans' clauses table: from the corpus as cached, or parsed afresh with another model
    file (a path, or a `learned.Model` already read) wherever the library reads the shipped one (its
    readings are the library's own)."""
    from sciplan_analysis import load_corpus
    from sciplan_analysis.corpus import parse_manifest
    from sciplan_analysis.parsing import learned

    if model_file is None:
        return load_corpus().clauses
    chosen = model_file if isinstance(model_file, learned.Model) else learned.load_model(Path(model_file))
    shipped_loader = learned.load_model
    learned.load_model = lambda path=None: chosen  # the parser asks for the shipped file: give it this one
    try:
        return parse_manifest(workers=1, progress=False).clauses
    finally:
        learned.load_model = shipped_loader


def coder_one(second: pd.DataFrame, samples: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The first coder's tool, type and reading of each of the second coder's keys, from whichever sample holds it
    (the first in SAMPLES' order), with `sample` naming it and `twice` marking a key two samples code differently;
    a key no sample holds, or holds with another text, is an error naming it."""
    cols = [*KEY, "text", "tool", "type", "reading"]
    held = pd.concat([df.astype({"task_id": str}).reindex(columns=cols).assign(sample=name)
                      for name, df in samples.items()], ignore_index=True)
    codes = held.groupby(KEY, sort=False)["tool"].nunique().rename("n_tools").reset_index()
    first = held.drop_duplicates(KEY).merge(codes, on=KEY)
    out = second[[*KEY, "text"]].astype({"task_id": str}).merge(first, on=KEY, how="left", suffixes=("", "_1"),
                                                                validate="one_to_one")
    lost = out["text_1"].isna() | (out["text_1"] != out["text"])
    refuse_lost(out, lost, "inter-coder clauses are in no sample as drawn", five_place)
    return out.assign(twice=out["n_tools"] > 1).drop(columns=["text_1", "n_tools"])


def hard(reading: pd.Series) -> pd.Series:
    """A coder's hard calls: the reading says "hard call" (any case)."""
    return reading.fillna("").str.contains("hard call", case=False)


def in_codebook(text: pd.Series, codebook: str) -> pd.Series:
    """Clauses the codebook quotes: the text, its last 。 or ； dropped, appears verbatim in it."""
    return text.map(lambda t: t.rstrip("。；;").strip() in codebook)


def pair(label: str, a_tool: pd.Series, a_type: pd.Series, b_tool: pd.Series, b_type: pd.Series) -> str:
    """One line: type and tool agreement (count, share, kappa) of two codings of the same clauses."""
    n = len(a_tool)
    if not n:
        return f"{label}: no clause"
    a_tool, a_type, b_tool, b_type = (x.reset_index(drop=True) for x in (a_tool, a_type, b_tool, b_type))
    t, o = int((a_type == b_type).sum()), int((a_tool == b_tool).sum())
    return (f"{label} ({n}): type {t}/{n} ({t / n:.3f}, κ {kappa(a_type, b_type):.3f}), "
            f"tool {o}/{n} ({o / n:.3f}, κ {kappa(a_tool, b_tool):.3f})")


def intercoder_lines(both: pd.DataFrame) -> list[str]:
    """The pre-registered figures (docs/instruments_rounds.md, session 28) on one set of clauses: the columns
    tool_1/type_1/reading_1 (coder 1), tool/type/reading (coder 2), tool_code/type_code (the shipped code) and
    rule_tool/rule_type (the rules)."""
    easy = both[~hard(both["reading_1"]) & ~hard(both["reading"])]
    agreed = both[both["tool_1"] == both["tool"]]
    out = [pair("coder 1 / coder 2", both["tool_1"], both["type_1"], both["tool"], both["type"]),
           pair("coder 1 / coder 2, neither called hard", easy["tool_1"], easy["type_1"], easy["tool"], easy["type"])]
    for label, tool, typ in (("the code", "tool_code", "type_code"), ("the rules", "rule_tool", "rule_type")):
        out += [pair(f"{label} / coder 1", both[tool], both[typ], both["tool_1"], both["type_1"]),
                pair(f"{label} / coder 2", both[tool], both[typ], both["tool"], both["type"]),
                pair(f"{label} / both coders where they agree", agreed[tool], agreed[typ], agreed["tool"],
                     agreed["type"])]
    return out


def coders_confusion(both: pd.DataFrame) -> str:
    """The tool confusion table of coder 1 (rows) against coder 2 (columns)."""
    return confusion(both[["tool_1"]].rename(columns={"tool_1": "tool"}), both[["tool"]]).replace(
        "hand \\ coder", "coder 1 \\ coder 2")


def print_splits(both: pd.DataFrame, place) -> None:
    """Each clause the two coders code as different tools: its place (`place(row)`), both codes, the code's and the
    rules' tool, which coder called it hard, and the text's opening."""
    for r in both[both["tool_1"] != both["tool"]].itertuples():
        marks = "".join(m for m, h in (("1", hard(pd.Series([r.reading_1]))[0]),
                                       ("2", hard(pd.Series([r.reading]))[0])) if h)
        print(f"  {place(r)} coder 1 {r.tool_1} / coder 2 {r.tool} / code {r.tool_code} / "
              f"rules {r.rule_tool}{f' [hard: {marks}]' if marks else ''}  {r.text[:60]}")


def intercoder(misses: bool = False) -> None:
    """--intercoder: the second coder against the first, and the shipped code and the rules against each."""
    from sciplan_analysis import load_corpus

    second = pd.read_csv(INTERCODER, dtype={"task_id": str})
    first = coder_one(second, {name: pd.read_csv(path, dtype={"task_id": str}) for name, path in SAMPLES.items()})
    both = shipped(second, load_corpus().clauses).merge(
        first.drop(columns="text").rename(columns={"tool": "tool_1", "type": "type_1", "reading": "reading_1"}),
        on=KEY, validate="one_to_one")
    quoted = in_codebook(both["text"], CODEBOOK.read_text(encoding="utf-8"))
    print(f"{len(both)} clauses; coder 1 from {first['sample'].str.split().str[0].value_counts().to_dict()}; "
          f"hard calls: coder 1 {int(hard(both['reading_1']).sum())}, coder 2 {int(hard(both['reading']).sum())}; "
          f"keys two samples code differently: {int(first['twice'].sum())}; quoted in the codebook: {int(quoted.sum())}")
    print("\n".join(intercoder_lines(both)))
    print(coders_confusion(both), "\n")
    print("without the clauses the codebook quotes:")
    print("\n".join(intercoder_lines(both[~quoted])))
    if misses:
        print_splits(both, lambda r: f"{r.plan_id} {r.task_id}.{r.clause_no}")


INTERCODER_OTHER = ROOT / "tests" / "data" / "real_clauses_intercoder.csv"
OTHER_KEY = ["set", "page", "clause_no"]


def other_coder_one(second: pd.DataFrame, sets: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The second coder's clauses of other plans beside coder 1 (each set's hand code: tool_1, type_1, reading_1), the
    text, the shipped code (tool_code, type_code) and the rules (rule_tool, rule_type) from `sets` (a set's name to its
    clauses as scored today); a clause its set does not hold, or holds at other offsets, is an error naming it."""
    cols = ["page", "clause_no", "start", "end", "text", "tool", "type", "reading",
            "tool_code", "type_code", "rule_tool", "rule_type"]
    held = pd.concat([df.reindex(columns=cols).assign(set=str(name)) for name, df in sets.items()],
                     ignore_index=True).rename(columns={"tool": "tool_1", "type": "type_1", "reading": "reading_1",
                                                        "start": "start_1", "end": "end_1"})
    out = second.astype({"set": str}).merge(held, on=OTHER_KEY, how="left", validate="one_to_one")
    lost = out["start_1"].isna() | (out["start_1"] != out["start"]) | (out["end_1"] != out["end"])
    refuse_lost(out, lost, "inter-coder clauses are in no set as drawn",
                lambda r: f"set {r['set']} {r['page']} {r['clause_no']}")
    return out.drop(columns=["start_1", "end_1"])


def fitted_through(model_file: Path) -> int | None:
    """The last set a model file was fitted on, from its header ("fitted on … sets 1-95 …"); None if it names none."""
    import re

    found = re.search(r"sets 1-(\d+)", model_file.read_text(encoding="utf-8").split("\n", 1)[0])
    return int(found.group(1)) if found else None


def set_scored(which: str) -> pd.DataFrame:
    """One set's clauses with coder 1's code, the rules (section and page kinds) and the shipped code, read as
    real_clauses_2.py reads them with --model."""
    import real_clauses_2  # benchmarks/real_clauses_2.py, beside this script

    from sciplan_analysis.parsing import learned
    from sciplan_analysis.tables import INSTRUMENT_TOOLS

    both = real_clauses_2.coded(which).reset_index(drop=True)
    kinds = real_clauses_2.section_kinds(both, which)
    rules = ins.code_clauses(both["text"], sections=kinds, pages=real_clauses_2.page_kinds(both, which))
    code = [learned.reading(t, tool, cue, k)[0] for t, tool, cue, k
            in zip(both["text"], rules["tool"], rules["cue"], kinds, strict=True)]
    return both.assign(rule_tool=rules["tool"].to_numpy(), rule_type=rules["type"].to_numpy(), tool_code=code,
                       type_code=[INSTRUMENT_TOOLS[t] for t in code])


def intercoder_other(misses: bool = False) -> None:
    """--intercoder-other: the second coder against the sets' hand codes on other plans, and the shipped code and
    the rules against each; fresh and seen sets apart, and without the clauses the codebook quotes."""
    from sciplan_analysis.config import MODEL_FILE

    second = pd.read_csv(INTERCODER_OTHER)
    both = other_coder_one(second, {w: set_scored(w) for w in sorted(second["set"].astype(str).unique(), key=int)})
    through = fitted_through(MODEL_FILE)
    quoted = in_codebook(both["text"], CODEBOOK.read_text(encoding="utf-8"))
    print(f"{len(both)} clauses of sets {both['set'].astype(int).min()}-{both['set'].astype(int).max()}; "
          f"hard calls: coder 1 {int(hard(both['reading_1']).sum())}, coder 2 {int(hard(both['reading']).sum())}; "
          f"quoted in the codebook: {int(quoted.sum())}; {MODEL_FILE.name} fitted on sets 1-{through}")
    print("\n".join(intercoder_lines(both)))
    print(coders_confusion(both), "\n")
    number = both["set"].astype(int)
    parts = [("without the clauses the codebook quotes", ~quoted)]
    if through is not None:
        parts = [(f"sets {through + 1}-{number.max()} (fresh to {MODEL_FILE.name})", number > through),
                 (f"sets {number.min()}-{through} ({MODEL_FILE.name} fitted on them)", number <= through), *parts]
    for label, keep in parts:
        print(f"{label}:")
        print("\n".join(intercoder_lines(both[keep.to_numpy()])))
    if misses:
        print_splits(both, lambda r: f"{r.set} {r.page} {r.clause_no}")


THIRDLOOK = ROOT / "tests" / "data" / "instruments_thirdlook.csv"
# The eight five-plan clauses refits P135, P137, P139 and P141 moved away from their hand codes, and the tool they moved to
# (docs/instruments_rounds.md, session 35's pairs 136-143).
SWING = {("lezhi", "2.2.3", 2): "services", ("shanwei", "3.1.1", 3): "none", ("wuxi", "3.1.4", 2): "services",
         ("shanwei", "4.2.3", 5): "services", ("chongqing", "4.4.1", 4): "education", ("jinjiang", "3.3.4", 2): "services",
         ("shanwei", "5.4.3", 1): "evaluation", ("chongqing", "5.4.3", 2): "evaluation"}


def side(third: str, first: str, refits: str) -> str:
    """Which way a third coder's tool falls on a swinging clause: coder 1's, the refits', or neither."""
    return "coder 1" if third == first else "the refits" if third == refits else "a third code"


THIRDLOOK_39 = ROOT / "tests" / "data" / "instruments_thirdlook_39.csv"
# The four five-plan clauses file P185 missed on the seen samples, one of which (汕尾市城区 5.2.2/2) held back the weighted
# refits P197 and P199, and P185's reading of each (docs/instruments_rounds.md, session 39's third look).
SWING_39 = {("shanwei", "5.2.2", 2): "organisation", ("wuxi", "3.1.1", 2): "education",
            ("lezhi", "3.3.2", 2): "information", ("chongqing", "4.4.4", 6): "demonstration"}
LOOKS = {"36": (THIRDLOOK, SWING), "39": (THIRDLOOK_39, SWING_39)}


def looked(look: str) -> pd.DataFrame | None:
    """A third look's clauses beside coder 1's codes, with the refits' tool (`refit_tool`, empty on a drawn clause) and
    the way each swinging clause falls (`way`); None while the look's file is not coded yet (an empty tool)."""
    path, swing = LOOKS[look]
    third = pd.read_csv(path, dtype={"task_id": str, "tool": str})
    if third["tool"].isna().any():
        return None
    first = coder_one(third, {name: pd.read_csv(p, dtype={"task_id": str}) for name, p in SAMPLES.items()})
    both = third.merge(first.drop(columns="text").rename(columns={"tool": "tool_1", "type": "type_1",
                                                                  "reading": "reading_1"}), on=KEY, validate="one_to_one")
    both["refit_tool"] = [swing.get((r.plan_id, r.task_id, r.clause_no)) for r in both.itertuples()]
    if int(both["refit_tool"].notna().sum()) != len(swing):
        raise SystemExit(f"{int(both['refit_tool'].notna().sum())} of the {len(swing)} swinging clauses are in {path.name}")
    both["way"] = [side(r.tool, r.tool_1, r.refit_tool) if isinstance(r.refit_tool, str) else ""
                   for r in both.itertuples()]
    return both


def debatable() -> set[tuple[str, str, int]]:
    """The seen clauses the guard leaves out (session 39's rule): every swinging clause of a coded third look that its
    third coder gives the refits' tool rather than coder 1's."""
    out = set()
    for look in LOOKS:
        both = looked(look)
        if both is not None:
            out |= {(r.plan_id, r.task_id, r.clause_no) for r in both[both["way"] == "the refits"].itertuples()}
    return out


def guard_line(both: pd.DataFrame, left_out: set[tuple[str, str, int]]) -> str:
    """The guard's reading of the seen samples (`both`: every sample beside the code), without the debatable clauses."""
    keys = list(zip(both["plan_id"], both["task_id"], both["clause_no"], strict=True))
    kept = both[[k not in left_out for k in keys]]
    t, o = int((kept["type_code"] == kept["type"]).sum()), int((kept["tool_code"] == kept["tool"]).sum())
    return (f"the guard: type {t} · tool {o} of {len(kept)} seen clauses ({len(both) - len(kept)} a third coder gives "
            f"the refits' tool left out: session 39's rule)")


def thirdlook(look: str = "36") -> None:
    """--thirdlook: the third coder against coder 1 on the drawn clauses and on the swinging ones (session 36; 39)."""
    both = looked(look)
    if both is None:
        raise SystemExit(f"{LOOKS[look][0].name}: the third coder's codes are not in yet")
    swing, drawn = both[both["refit_tool"].notna()], both[both["refit_tool"].isna()]
    quoted = in_codebook(both["text"], CODEBOOK.read_text(encoding="utf-8"))
    print(f"{len(both)} clauses: {len(drawn)} drawn, {len(swing)} swinging; hard calls: coder 1 "
          f"{int(hard(both['reading_1']).sum())}, coder 3 {int(hard(both['reading']).sum())}; quoted in the codebook: "
          f"{int(quoted.sum())} ({int(quoted[swing.index].sum())} of the swinging)")
    for label, part in (("drawn", drawn), ("swinging", swing), ("drawn, not quoted", drawn[~quoted[drawn.index]]),
                        ("swinging, not quoted", swing[~quoted[swing.index]])):
        print(pair(f"coder 1 / coder 3, {label}", part["tool_1"], part["type_1"], part["tool"], part["type"]))
    print("the swinging clauses (tool: coder 1 / the refits / coder 3):")
    for r, q in zip(swing.itertuples(), quoted[swing.index], strict=True):
        print(f"  {r.plan_id} {r.task_id}.{r.clause_no}: {r.tool_1} / {r.refit_tool} / {r.tool} → "
              f"{r.way}{' [quoted]' if q else ''}"
              f"{' [coder 3 hard]' if hard(pd.Series([r.reading]))[0] else ''}  {r.text[:40]}")
    sides = swing["way"].value_counts()
    print("ways:", ", ".join(f"{k} {v}" for k, v in sides.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--confusion", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--code", action="store_true", help="score the clauses table's code (as shipped) and the "
                        "rules' reading beside it, each sample")
    parser.add_argument("--model-file", type=Path, help="with --code: parse the five plans afresh reading this model file")
    parser.add_argument("--intercoder", action="store_true", help="two coders on 150 of the samples' clauses "
                        "(session 28), and the shipped code and the rules against each")
    parser.add_argument("--intercoder-other", action="store_true", help="two coders on 150 clauses of other plans' "
                        "sets 82-99 (session 28), and the shipped code and the rules against each")
    parser.add_argument("--sample", action="append", help="with --code: only this sample (its name's first word: "
                        "first, second, third …); repeatable")
    parser.add_argument("--thirdlook", nargs="?", const="36", choices=sorted(LOOKS), help="a third coder on the "
                        "clauses the guard turned on and others drawn beside them: 36 (the default: session 36's eight and "
                        "32) or 39 (P185's four misses and 16)")
    parser.add_argument("--guard", action="store_true", help="with --code: the guard's reading of the seen samples, "
                        "without the clauses a third coder gives the refits' tool (session 39)")
    args = parser.parse_args()
    if args.thirdlook:
        thirdlook(args.thirdlook)
        return
    if args.guard and not args.code:
        parser.error("--guard goes with --code")
    if args.model_file and not args.code:
        parser.error("--model-file goes with --code")
    if args.intercoder:
        intercoder(args.misses)
        return
    if args.intercoder_other:
        intercoder_other(args.misses)
        return
    if args.code:
        clauses = clauses_with(args.model_file)
        if args.model_file:
            print(f"the five plans parsed afresh with {args.model_file}")
        read = []
        for name, path in SAMPLES.items():
            if args.sample and name.split()[0] not in args.sample:
                continue
            both = shipped(pd.read_csv(path, dtype={"task_id": str}), clauses)
            read.append(both)
            print("\n".join(code_lines(name, both)))
            if args.confusion:
                print(confusion(both[["tool"]], both[["tool_code"]].rename(columns={"tool_code": "tool"})), "\n")
            if args.misses:
                for r in both[both["tool"] != both["tool_code"]].itertuples():
                    print(f"  {r.plan_id} {r.task_id}.{r.clause_no} hand {r.tool} / code {r.tool_code} "
                          f"({r.coded_by}) / rules {r.rule_tool}  {r.text[:70]}")
        if args.guard:
            print(guard_line(pd.concat(read, ignore_index=True), debatable()))
        return
    both = []
    for name, path in SAMPLES.items():
        hand = pd.read_csv(path, dtype={"task_id": str})
        coded = ins.code_clauses(hand["text"])
        both.append((hand, coded))
        s = scores(hand, coded)
        print(f"{name}: " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
        if args.confusion:
            print(confusion(hand, coded), "\n")
        if args.misses:
            for i in (hand["tool"] != coded["tool"]).to_numpy().nonzero()[0]:
                r = hand.iloc[i]
                print(f"  {r.plan_id} {r.task_id}.{r.clause_no} hand {r.tool} / coder {coded.tool[i]}"
                      f" [{coded.cue[i]}]  {r.text[:70]}")
    hand = pd.concat([h for h, _ in both], ignore_index=True)
    coded = pd.concat([c for _, c in both], ignore_index=True)
    s = scores(hand, coded)
    print(f"both ({len(hand)}): " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    other_plans()


def other_plans() -> None:
    """Agreement on the other real plans' clauses, by half; a note when their texts are absent."""
    import real_clauses  # benchmarks/real_clauses.py, beside this script

    if not real_clauses.PAGES.exists():
        print(f"other plans: texts not gathered ({real_clauses.PAGES} missing; see "
              f"{real_clauses.LIST.name})")
        return
    both = real_clauses.coded()
    coded = ins.code_clauses(both["text"])
    for half, label in (("dev", "development, seen"), ("holdout", "held out at first, seen since issue 24 round 4")):
        keep = (both["half"] == half).to_numpy()
        s = scores(both[keep], coded[keep])
        print(f"other plans, {label} ({keep.sum()} clauses, {both[keep]['page'].nunique()} plans): "
              + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    import real_clauses_2  # the second and third sets (benchmarks/real_clauses_2.py)

    for which, (_, gathered, _, _) in real_clauses_2.SETS.items():
        if not gathered.exists():
            print(f"other plans, set {which}: texts not gathered ({gathered} missing)")
            continue
        both = real_clauses_2.coded(which)
        s = scores(both, ins.code_clauses(both["text"]))
        print(f"other plans, set {which} ({len(both)} clauses, {both['page'].nunique()} plans; "
              "seen since its first score): " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))


if __name__ == "__main__":
    main()
