"""Structure before cues: each shape/main row of the instrument rules measured on sets it never
saw (issue 24, round 6).

    python benchmarks/instruments_structure.py            # per set: before / after, both ways
    python benchmarks/instruments_structure.py --changed  # and every clause a shape row recodes

The `shape` and `main` rows of data/reference/instruments.csv decide a clause by its shape before
any cue row (a heading naming a part of the plan, a theme or date line, a line introducing a list,
a numbered property item: none; a bare numbered item naming an event: services; the main clause
after a 为… purpose, the head noun after X所需).
Two measures per other-plan set (1-7):

- held out: the coder each set met at first contact (the library at the commit that added its
  hand codes, run from `git archive`: no cue row written for that set or after it), alone, and
  behind this round's structure step (a clause the step calls none is none; otherwise the old coder
  codes the text the step leaves: the main clause or head noun). This is leave-one-set-out in its
  strict form: the old coders never saw the set, and the structure rows add no cue.
- seen: the rules as they stand, without the structure rows and with them; and each row left
  out alone (how many clauses it decides right and wrong, per set).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pandas as pd  # noqa: E402
from instruments_generalise import OTHER, codes_commit, hand_sets, old_coder  # noqa: E402

from sciplan_analysis.parsing import instruments as ins  # noqa: E402
from sciplan_analysis.tables import INSTRUMENT_TOOLS  # noqa: E402


def without_shapes(scheme: ins.Scheme, lines: set[int] | None = None) -> ins.Scheme:
    """The scheme with the given shape/main rows left out (all of them when None)."""
    kept = tuple(r for r in scheme.shapes if lines is not None and r.line not in lines)
    return dataclasses.replace(scheme, shapes=kept)


def held_out(df: pd.DataFrame, scheme: ins.Scheme) -> pd.DataFrame:
    """Per clause: the first-contact coder's tool, and that coder behind the structure step."""
    parts = []
    for name in OTHER:
        part = df[df["set"] == name].reset_index(drop=True)
        commit = codes_commit(name)
        first = old_coder(commit, part["text"].tolist())
        # a clause no row matches goes to the old coder as written (structure() returns its
        # simplified copy, which old coders before traditional script was read did not make)
        steps = [(m if r is not None else t, r) for t, (m, r) in
                 ((t, ins.structure(t, scheme)) for t in part["text"])]
        mains = [m for m, _ in steps if m is not None]
        coded = iter(old_coder(commit, mains)["tool"].tolist()) if mains else iter(())
        part["first"] = first["tool"]
        part["first_structure"] = [(r.tool if m is None else next(coded)) for m, r in steps]
        part["shape"] = [r.line if r is not None else 0 for _, r in steps]
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def agree(part: pd.DataFrame, col: str) -> str:
    tool = int((part["tool"] == part[col]).sum())
    typ = int((part["type"] == part[col].map(INSTRUMENT_TOOLS)).sum())
    return f"{typ} · {tool}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changed", action="store_true")
    args = parser.parse_args()
    scheme = ins.load_scheme()
    df = hand_sets(OTHER)
    out = held_out(df, scheme)
    out["now"] = ins.code_clauses(out["text"], scheme)["tool"]
    out["now_without"] = ins.code_clauses(out["text"], without_shapes(scheme))["tool"]
    print("| set | clauses | first contact (type · tool) | first contact + structure | "
          "rules now without structure | rules now |")
    print("|---|---|---|---|---|---|")
    for name in [*OTHER, "2-7", "1-7"]:
        if "-" in name:
            lo = name.split("-")[0]
            part = out[out["set"].astype(int) >= int(lo)]
        else:
            part = out[out["set"] == name]
        print(f"| {name} | {len(part)} | " + " | ".join(
            agree(part, c) for c in ("first", "first_structure", "now_without", "now")) + " |")
    print("\nEach row's clauses (held out, first-contact coder behind it): right -> wrong / "
          "wrong -> right, per set")
    for rule in scheme.shapes:
        hit = out[out["shape"] == rule.line]
        cells = []
        for name in OTHER:
            h = hit[hit["set"] == name]
            lost = int(((h["first"] == h["tool"]) & (h["first_structure"] != h["tool"])).sum())
            won = int(((h["first"] != h["tool"]) & (h["first_structure"] == h["tool"])).sum())
            cells.append(f"{lost}/{won}" if len(h) else "-")
        print(f"  line {rule.line} ({rule.kind}): " + "  ".join(
            f"set {n} {c}" for n, c in zip(OTHER, cells, strict=True)))
    if args.changed:
        for r in out[out["first"] != out["first_structure"]].itertuples():
            mark = "+" if r.first_structure == r.tool else ("-" if r.first == r.tool else " ")
            print(f" {mark} set {r.set} {r.key} line {r.shape} hand {r.tool} first {r.first} -> "
                  f"{r.first_structure}  {r.text[:60]}")


if __name__ == "__main__":
    main()
