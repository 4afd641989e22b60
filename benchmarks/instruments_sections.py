"""The section a clause stands in, against the hand codes of other plans (issue 24, round 10).

    python benchmarks/instruments_sections.py                 # per section kind, sets 1-10
    python benchmarks/instruments_sections.py --sets 11-15    # the check block
    python benchmarks/instruments_sections.py --misses        # and each miss with its section
    python benchmarks/instruments_sections.py --first         # and each set's first-contact coder

For every hand-coded clause of the named sets (their page texts in the ignored
benchmarks/real_clauses/), the section kind at its start (`parsing.sections.page_sections`),
the hand code, and the coder without and with section context (`decide(..., section=...)`).
Prints the hand codes per section kind, the coder's misses per section kind, and before/after
agreement per set. `--first` adds the coder each set met first (instruments_generalise: the
library at the commit of its codes, or the one
`instruments_reliability.FIRST_CONTACT` names), alone and with the section rows of today read before it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pandas as pd  # noqa: E402
import real_clauses  # noqa: E402
import real_clauses_2  # noqa: E402

from sciplan_analysis.parsing import instruments as ins  # noqa: E402
from sciplan_analysis.parsing import sections  # noqa: E402


def set_names(spec: str) -> list[str]:
    """"1-10" or "11,12" → the set names."""
    out: list[str] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out += [str(n) for n in range(int(lo), int(hi or lo) + 1)]
    return out


def with_sections(name: str) -> pd.DataFrame:
    """A set's hand-coded clauses with the section kind at each clause's start."""
    if name == "1":
        df, listing, gathered = real_clauses.coded(), real_clauses.LIST, real_clauses.PAGES
    else:
        df = real_clauses_2.coded(name)
        listing, gathered = real_clauses_2.SETS[name][0], real_clauses_2.SETS[name][1]
    found = real_clauses.texts(listing, gathered)
    kinds: dict[int, str] = {}
    for page, part in df.groupby("page"):
        text = real_clauses.unified(found[page])
        for i, kind in zip(part.index, sections.page_sections(text, part["start"].tolist()), strict=True):
            kinds[i] = kind
    df = df.assign(section=pd.Series(kinds), set=name)
    return df[["set", "page", "clause_no", "start", "text", "tool", "type", "section"]]


def coded(names: list[str]) -> pd.DataFrame:
    """The sets' clauses coded without and with their sections."""
    df = pd.concat([with_sections(n) for n in names], ignore_index=True)
    plain = [ins.decide(t) for t in df["text"]]
    ctx = [ins.decide(t, section=s) for t, s in zip(df["text"], df["section"], strict=True)]
    return df.assign(before=[d.tool for d in plain], before_type=[d.type for d in plain],
                     after=[d.tool for d in ctx], after_type=[d.type for d in ctx],
                     cue=[d.cue for d in ctx])


def first_contact(df: pd.DataFrame) -> None:
    """Each set's first-contact coder per section kind, alone and with today's section rows."""
    import instruments_generalise as gen
    import instruments_reliability as rel

    parts = []
    for name, part in df.groupby("set", sort=False):
        old = gen.old_coder(rel.first_commit(name), part["text"].tolist())
        parts.append(part.assign(first=old["tool"].tolist(), first_type=old["type"].tolist()))
    df = pd.concat(parts)
    scheme = ins.load_scheme()
    row = [ins._in_section(t, s, scheme) for t, s in zip(df["text"], df["section"], strict=True)]
    df["with"] = [d.tool if d else f for d, f in zip(row, df["first"], strict=True)]
    df["with_type"] = [d.type if d else f for d, f in zip(row, df["first_type"], strict=True)]
    miss = df[df["tool"] != df["first"]]
    kind = ["none by hand" if h == "none" else "none by coder" if c == "none" else "two means"
            for h, c in zip(miss["tool"], miss["first"], strict=True)]
    print("first-contact coder: tool misses per section kind")
    print(pd.crosstab(miss["section"], pd.Series(kind, index=miss.index), margins=True).to_string())
    print("first contact, alone → with the section rows read first: type · tool right")
    for name, part in df.groupby("set", sort=False):
        print(f"  set {name}: type {(part['type'] == part['first_type']).sum()} → "
              f"{(part['type'] == part['with_type']).sum()}, tool {(part['tool'] == part['first']).sum()} → "
              f"{(part['tool'] == part['with']).sum()} of {len(part)}")
    print(f"  all: type {(df['type'] == df['first_type']).sum()} → {(df['type'] == df['with_type']).sum()}, "
          f"tool {(df['tool'] == df['first']).sum()} → {(df['tool'] == df['with']).sum()} of {len(df)}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="1-10")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--first", action="store_true")
    args = parser.parse_args()
    df = coded(set_names(args.sets))
    if args.first:
        first_contact(df)
    order = [k for k in sections.KINDS if k in set(df["section"])]
    hand = df["tool"].where(df["tool"].isin(["none", "planning"]), "a means (other tools)")
    print("hand codes per section kind (clauses):")
    print(pd.crosstab(df["section"], hand, margins=True).reindex(index=[*order, "All"]).to_string())
    for col in ("before", "after"):
        miss = df[df["tool"] != df[col]]
        kind = ["none by hand" if h == "none" else "none by coder" if c == "none" else "two means"
                for h, c in zip(miss["tool"], miss[col], strict=True)]
        print(f"\ncoder {col} section context: tool misses per section kind")
        print(pd.crosstab(miss["section"], pd.Series(kind, index=miss.index), margins=True).to_string())
    print("\nper set: type · tool right, before → after")
    for name, part in df.groupby("set", sort=False):
        n = len(part)
        print(f"  set {name}: type {(part['type'] == part['before_type']).sum()} → "
              f"{(part['type'] == part['after_type']).sum()}, tool {(part['tool'] == part['before']).sum()} → "
              f"{(part['tool'] == part['after']).sum()} of {n}")
    print(f"  all: type {(df['type'] == df['before_type']).sum()} → {(df['type'] == df['after_type']).sum()}, "
          f"tool {(df['tool'] == df['before']).sum()} → {(df['tool'] == df['after']).sum()} of {len(df)}")
    changed = df[df["before"] != df["after"]]
    print(f"\nclauses the section changes: {len(changed)}")
    for r in changed.itertuples():
        mark = "+" if r.after == r.tool else "-" if r.before == r.tool else "0"
        print(f"  {mark} set {r.set} {r.page} {r.clause_no} [{r.section}] hand {r.tool}: "
              f"{r.before} → {r.after}  {r.text[:60]}")
    if args.misses:
        for r in df[df["tool"] != df["after"]].itertuples():
            print(f"  set {r.set} {r.page} {r.clause_no} [{r.section}] hand {r.tool} / coder {r.after}"
                  f" [{r.cue}]  {r.text[:70]}")


if __name__ == "__main__":
    main()
