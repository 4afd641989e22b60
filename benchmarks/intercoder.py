"""Agreement between two hand codings of the same clauses, and the coder against each (issue 24).

    python benchmarks/intercoder.py                      # set 9: first coding vs second
    python benchmarks/intercoder.py A.csv B.csv --set 9  # any two codes files of one set
    python benchmarks/intercoder.py --coder              # and the coder against each coding
    python benchmarks/intercoder.py --text               # the differing clauses with their text

How high can the coder's agreement with hand codes go? Two careful human coders do not agree
perfectly either: their agreement on the same clauses is the ceiling a coder can be held to. The
two files must code exactly the same clauses (page, clause number, offsets); the scores are the
ones benchmarks/instruments_score.py prints (agreement and Cohen's kappa on type and tool), the
tables put the first coding in rows and the second in columns. `--coder` and `--text` need the
set's gathered texts (benchmarks/real_clauses/pages_N.jsonl, ignored).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from benchmarks.instruments_score import confusion, scores  # noqa: E402

DATA = HERE.parent / "tests" / "data"
FIRST = DATA / "real_clauses_codes_9.csv"
SECOND = DATA / "real_clauses_codes_9b.csv"
KEYS = ["page", "clause_no"]
TYPES = ("supply", "environment", "demand", "none")


def joined(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """The two codings side by side (suffixes _a, _b); stops unless they code the same clauses."""
    both = first.merge(second, on=KEYS, how="outer", suffixes=("_a", "_b"), validate="one_to_one",
                       indicator=True)
    if (both["_merge"] != "both").any() or (both["start_a"] != both["start_b"]).any() \
            or (both["end_a"] != both["end_b"]).any():
        raise SystemExit("the two codings do not code the same clauses (page, clause_no, offsets)")
    return both.drop(columns=["_merge"])


def side(both: pd.DataFrame, suffix: str) -> pd.DataFrame:
    """One coding's tool and type columns, unsuffixed, as `scores` and `confusion` take them."""
    return both[[f"tool{suffix}", f"type{suffix}"]].rename(columns=lambda c: c[:-len(suffix)])


def type_table(a: pd.Series, b: pd.Series) -> str:
    """The type confusion table (a in rows, b in columns) as Markdown; empty cells blank."""
    order = [t for t in TYPES if t in set(a) | set(b)]
    table = pd.crosstab(a.to_numpy(), b.to_numpy()).reindex(index=order, columns=order,
                                                            fill_value=0)
    lines = ["| first \\ second | " + " | ".join(order) + " |", "|---|" + "---|" * len(order)]
    lines += [f"| {t} | " + " | ".join(str(v) if v else "" for v in table.loc[t]) + " |"
              for t in order]
    return "\n".join(lines)


def line(name: str, s: dict[str, float]) -> str:
    """One row of scores, as real_clauses_2.py prints them."""
    return f"{name}: " + ", ".join(f"{k} {v:.3f}" for k, v in s.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="?", type=Path, default=FIRST)
    parser.add_argument("second", nargs="?", type=Path, default=SECOND)
    parser.add_argument("--set", default="9", help="the set both files code (for --coder, --text)")
    parser.add_argument("--coder", action="store_true", help="also the coder against each coding")
    parser.add_argument("--text", action="store_true", help="print each differing clause's text")
    args = parser.parse_args()
    both = joined(pd.read_csv(args.first), pd.read_csv(args.second))
    a, b = side(both, "_a"), side(both, "_b")
    print(line(f"{args.first.name} vs {args.second.name} ({len(both)} clauses, "
               f"{both['page'].nunique()} plans)", scores(a, b)))
    print(type_table(a["type"], b["type"]), "\n")
    print(confusion(a, b).replace("hand \\ coder", "first \\ second"), "\n")
    text = None
    if args.coder or args.text:
        from benchmarks.real_clauses_2 import draw  # needs the set's gathered texts

        drawn = draw(which=args.set).set_index(KEYS)
        text = [drawn.loc[(p, n), "text"] for p, n in zip(both["page"], both["clause_no"], strict=True)]
    if args.coder:
        from sciplan_analysis.parsing import instruments as ins

        coder = ins.code_clauses(pd.Series(text))[["tool", "type"]]
        print(line(f"coder vs {args.first.name}", scores(a, coder)))
        print(line(f"coder vs {args.second.name}", scores(b, coder)))
        agree = a["tool"] == b["tool"]
        print(line(f"coder on the {int(agree.sum())} clauses both codings share",
                   scores(a[agree], coder[agree])))
        print(f"tool: coder matches first only {((coder['tool'] == a['tool']) & ~agree).sum()}, "
              f"second only {((coder['tool'] == b['tool']) & ~agree).sum()}, "
              f"neither {((coder['tool'] != a['tool']) & (coder['tool'] != b['tool'])).sum()}\n")
        both["coder_tool"] = coder["tool"].to_numpy()
    differ = both[both["tool_a"] != both["tool_b"]]
    print(f"{len(differ)} clauses coded differently (tool; first / second"
          + (" / coder" if args.coder else "") + "):")
    for i, r in differ.iterrows():
        who = f"{r.tool_a} / {r.tool_b}" + (f" / {r.coder_tool}" if args.coder else "")
        print(f"  {r.page} {r.clause_no}: {who}\n    first:  {r.reading_a}\n    second: {r.reading_b}")
        if text is not None:
            print(f"    text:   {text[i][:100]}")


if __name__ == "__main__":
    main()
