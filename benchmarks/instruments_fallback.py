"""A learned fallback for the instrument rules, tried by leave-one-set-out (issue 24, rounds 5-6, 7b).

    python benchmarks/instruments_fallback.py            # the table, per held-out set and pooled
    python benchmarks/instruments_fallback.py --changed  # and every clause the fallback recoded

A character n-gram logistic regression (scikit-learn; deterministic) is trained on the hand codes
of every set but one (the five plans' two samples count as one set; other plans' sets 1 to the last listed) and
applied to the held-out set only where the rules, as they stand,
do not decide: (a) no cue and no aim in the clause ("no rule"), and (b) a conflict, the deciding
phrase holding strong cues of two or more tools, where the model picks among those tools only.
The rules count as fixed; they have seen every set, so "rules alone" is optimistic, and so is
"rules + model" to the same degree. A second comparison puts the model behind the coder each set
met at first contact (the commit that added its codes), on that coder's no-cue clauses. Set 9's
codes were committed on a branch whose coder is the one before round 7 (75ebd78): 58/104 here,
where the set's first score, with round 7's coder, was 59/104.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from instruments_generalise import LATER, OTHER, first_contact, hand_sets  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from sciplan_analysis.parsing import instruments as ins  # noqa: E402
from sciplan_analysis.tables import INSTRUMENT_TOOLS  # noqa: E402

SETS = [*OTHER, *LATER]  # other plans' sets 1 to the last in instruments_generalise.LATER
LAST = SETS[-1]
FOLDS = ["five", *SETS]


def model(c: float = 4.0):
    """Char 1-3-gram tf-idf (n-grams seen twice or more) and a multinomial logistic regression
    (lbfgs): small, deterministic, explainable by its weights."""
    return make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2),
        LogisticRegression(C=c, max_iter=300, tol=1e-3))


def candidates(text: str, scheme: ins.Scheme) -> tuple[str, list[str]]:
    """How the rules stand on a clause: 'rule', 'no rule' or 'conflict', and the tools in
    conflict (the strong cues' tools in the deciding phrase, frames deferred as decide does)."""
    d = ins.decide(text, scheme)
    if d.rule is None:
        return ("no rule" if not d.cue else "rule"), []
    simple = ins.simplified(text)
    masked = ins._masked(simple, scheme)
    hits = ins._hits(masked, scheme)
    if not hits:
        return "rule", []
    phrases = [(m.start(), m.end()) for m in ins.PHRASE.finditer(masked)]

    def phrase_of(h):
        return next((i for i, (s, e) in enumerate(phrases) if s <= h.start < e), len(phrases))

    strong = [h for h in hits if h.tier <= 1]
    if not strong:
        return "rule", []
    first = min(phrase_of(h) for h in strong)
    tools = []
    for h in strong:
        if phrase_of(h) == first:
            taken, _ = ins._decide(h, masked, scheme)
            if taken.tool not in tools:
                tools.append(taken.tool)
    return ("conflict" if len(tools) > 1 else "rule"), tools


def run(df: pd.DataFrame, c: float = 4.0, least: float = 0.0) -> pd.DataFrame:
    """Per clause: rules, model, and the two fallback codings, each fold held out in turn; the
    model overrides the rules only where its probability for the tool it picks is >= `least`."""
    scheme = ins.load_scheme()
    df = df.assign(fold=df["set"].where(~df["set"].str.startswith("five"), "five")).reset_index(drop=True)
    coded = ins.code_clauses(df["text"], scheme)
    df["rules"] = coded["tool"]
    state = [candidates(t, scheme) for t in df["text"]]
    df["state"] = [s for s, _ in state]
    df["cands"] = [c_ for _, c_ in state]
    df["model"] = ""
    df["sure"] = False
    df["norule"] = df["rules"]
    df["both"] = df["rules"]
    for fold in FOLDS:
        test = df["fold"] == fold
        m = model(c).fit(df.loc[~test, "text"], df.loc[~test, "tool"])
        proba = m.predict_proba(df.loc[test, "text"])
        classes = list(m.classes_)
        for i, (idx, row) in enumerate(df[test].iterrows()):
            p = proba[i]
            df.at[idx, "model"] = classes[int(np.argmax(p))]
            df.at[idx, "sure"] = bool(p.max() >= least)
            if row["state"] == "no rule" and p.max() >= least:
                df.at[idx, "norule"] = df.at[idx, "both"] = classes[int(np.argmax(p))]
            elif row["state"] == "conflict":
                allowed = [classes.index(t) for t in row["cands"] if t in classes]
                if allowed and p[max(allowed, key=lambda j: p[j])] >= least:
                    df.at[idx, "both"] = classes[max(allowed, key=lambda j: p[j])]
    return df


def agreement(part: pd.DataFrame, col: str) -> str:
    tool = int((part["tool"] == part[col]).sum())
    typ = int((part["type"] == part[col].map(INSTRUMENT_TOOLS)).sum())
    return f"{typ}/{len(part)} = {typ / len(part):.3f} · {tool}/{len(part)} = {tool / len(part):.3f}"


def table(df: pd.DataFrame) -> str:
    cols = {"rules": "rules alone", "norule": "rules + model where no rule",
            "both": "rules + model where no rule or in conflict", "model": "model alone"}
    lines = ["| held-out set (type · tool) | clauses: no rule / conflict | "
             + " | ".join(cols.values()) + " |", "|---|---|" + "---|" * len(cols)]
    pooled = {f"other plans (1-{LAST})": SETS, "other plans (1-7)": OTHER,
              f"other plans (8-{LAST})": list(LATER)}
    for fold in [*FOLDS, *pooled]:
        part = df[df["fold"].isin(pooled[fold])] if fold in pooled else df[df["fold"] == fold]
        n_no, n_c = int((part["state"] == "no rule").sum()), int((part["state"] == "conflict").sum())
        lines.append(f"| {fold} | {n_no} / {n_c} | " + " | ".join(agreement(part, c) for c in cols)
                     + " |")
    return "\n".join(lines)


def first_contact_table(df: pd.DataFrame, fitted: pd.DataFrame) -> str:
    """The model behind each set's first-contact coder, on that coder's no-cue clauses."""
    first = first_contact(df[df["set"].isin(SETS)], SETS)
    first = first.merge(fitted[["set", "key", "model", "sure"]], on=["set", "key"], how="left")
    nocue = first["first_cue"].fillna("") == ""
    first["first_plus"] = first["first_tool"].where(~(nocue & first["sure"]), first["model"])
    lines = ["| set at first contact (type · tool) | no-cue clauses | coder then | coder then + model |",
             "|---|---|---|---|"]
    pooled = {f"1-{LAST}": SETS, f"2-{LAST}": SETS[1:], "2-7": OTHER[1:], f"8-{LAST}": list(LATER)}
    for name in [*SETS, *pooled]:
        part = first[first["set"].isin(pooled[name])] if name in pooled else first[first["set"] == name]
        n = int((part["first_cue"].fillna("") == "").sum())
        lines.append(f"| {name} | {n} | {agreement(part, 'first_tool')} | {agreement(part, 'first_plus')} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changed", action="store_true")
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation (default 4)")
    parser.add_argument("--least", type=float, default=0.0,
                        help="the model overrides the rules only at this probability or more")
    parser.add_argument("--first", action="store_true", help="and behind the first-contact coders")
    args = parser.parse_args()
    df = run(hand_sets(["five1", "five2", *SETS]), args.c, args.least)
    print(table(df))
    if args.first:
        print()
        print(first_contact_table(hand_sets(SETS), df))
    if args.changed:
        for r in df[df["both"] != df["rules"]].itertuples():
            mark = "+" if r.both == r.tool else ("-" if r.rules == r.tool else " ")
            print(f" {mark} {r.fold} {r.key} [{r.state} {','.join(r.cands)}] hand {r.tool} "
                  f"rules {r.rules} -> {r.both}  {r.text[:50]}")


if __name__ == "__main__":
    main()
