"""The review flag of the clauses table: write its model file, and measure it (issue 24, session 10).

    python benchmarks/instruments_review.py --measure      # leave-one-group-out, as shipped
    python benchmarks/instruments_review.py --write        # data/reference/instrument_review.csv
    python benchmarks/instruments_review.py --fresh 28     # a set coded after the file was written
    python benchmarks/instruments_review.py --history      # the switch on sets 28-33, each with its own file
    python benchmarks/instruments_review.py --fresh 34 --switch   # and the switch, once, on a fresh set
    python benchmarks/instruments_review.py --history --fill      # the fallback on sets 28-38, each with its own file
    python benchmarks/instruments_review.py --fill --five         # the fallback on the five plans (leave-five-out file)
    python benchmarks/instruments_review.py --fresh 39 --fill     # and the fallback, once, on a fresh set

The flag is the one `instruments_learned.py` froze in session 9 before meeting sets 16-27: a
text model (TF-IDF over character 1-3-grams, sublinear tf, n-grams in two clauses at least; a
multinomial logistic regression, C = 64) that reads a clause otherwise than the rules at
probability >= 0.5. Here it is fitted on every hand-coded clause (the five plans' two samples
and the other real plans' sets 1-LAST, whose page texts are rebuilt in the ignored
benchmarks/real_clauses/) and written as plain numbers: each n-gram's idf and, where any of its
weights reaches PRUNE, those of its weights that reach CELL (rounded to DIGITS significant
digits; the rest 0), which keeps the file about a megabyte. `review_file.py` (the library until session 25)
reads that file with numpy. Pruning was chosen on sets 1-27 (leave-one-group-out) before set 28
was scored: weights of 0.5 and up for a row and 0.2 and up for a cell change the flag on about
one clause in forty (59 of 2404) against the unpruned model, rows of 1.0 and up on one in fourteen
(178), losing 23 of the 362 rule misses it catches.

--measure scores the flag exactly as shipped: for each group, a file written from a model fitted
on the other groups, read by the library, against the rule codes each set met at FIRST CONTACT
(the honest view: today's rules have read every set). It also prints on how many clauses the
unpruned model flags alike, so the cost of pruning and rounding is seen. --fresh scores the
shipped file once on a set coded after it was written.

The switch (session 11): where the model reads another tool with probability >= SWITCH, take the
model's tool instead of the rules'. --history scores it on sets 28-33, each with the file that was
committed before that set existed (FILES: the pre-registered files), against the rules each set met
at first contact, at several floors. SWITCH = 0.85 was chosen there, as the lowest floor at which
no set lost on type or tool; it is then tested once on each set coded after this commit
(--fresh N --switch), before any library change. It was refused after set 34 (docs/instruments_rounds.md).

The fallback (session 12): take the model's tool ONLY where the rules found no cue at all -- the
clause is none and its cue is empty (`instruments.Decision` with no rule and no cue: no hit, no
aim, no structure row, no section or role row) -- and the model reads a means there at probability
FILL or more; wherever a rule, a shape, a section, a role or a mask decided, the rules stand.
--history --fill scores it on sets 28-38 at FILL_FLOORS, each set against the rules it met at first
contact, with the file committed before it existed (FILES). The rule choosing FILL, written before
the table was first printed: **the lowest floor of FILL_FLOORS at which no set of 28-38 loses on
type or tool and the fallback acts on at least one clause; if no floor qualifies, the fallback is
not proposed.** --fill --five counts what it would recode on the five plans' 677 clauses (the
rules of now, which have read them) with a file fitted without the five plans' samples, and how
many of those in the samples are right.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import review_file as review  # noqa: E402  (the retired file's reader)
from instruments_generalise import hand_sets  # noqa: E402
from review_file import REVIEW_FILE  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from sciplan_analysis.tables import INSTRUMENT_TOOLS  # noqa: E402

LAST = 48  # the shipped file is fitted on sets 1-LAST (1-27 until sets 28-29 had their fresh runs, 1-29 until 30-31, 1-31 until 32, 1-32 until 33, 1-33 until 34, 1-34 until 35-36, 1-36 until 37-38, 1-38 until 39-40, 1-40 until 41-48)
SETS = [str(n) for n in range(1, LAST + 1)]
C = 64.0
FLOOR = 0.5
PRUNE = 0.5  # an n-gram keeps its weights where any reaches this (its idf is kept either way)
CELL = 0.2  # and of those, the weights that reach this (a smaller one is written as 0)
DIGITS = 3
SWITCH = 0.85  # chosen on sets 28-33 by --history (session 11), before set 34 was merged
# the file each of sets 28-33 met in its pre-registered --fresh run (committed before the set existed)
# sets 34-38 (session 12): set 34 fdcb661 (sets 1-33, committed 16:36, set 34's codes b0a27f7 at 16:40);
# sets 35 and 36 the file as of 9ebd3a4, i.e. 0e03fdc (sets 1-34, 16:48; their codes 3ee7945 and ac825f6
# at 18:38-18:39); sets 37 and 38 ec92a71 (sets 1-36, 18:52; their codes bbe4775 19:03 and c7ab1e6 19:25)
FILES = {"28": "f51882a", "29": "f51882a", "30": "cbb9d52", "31": "cbb9d52", "32": "c7ea23a", "33": "fbfa4b4",
         "34": "fdcb661", "35": "0e03fdc", "36": "0e03fdc", "37": "ec92a71", "38": "ec92a71"}
SWITCHED = ["28", "29", "30", "31", "32", "33"]  # the sets the switch's floor was chosen on (session 11)
FILL_FLOORS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9)
# chosen on sets 28-38 by --history --fill under the rule in the docstring: no floor qualified (set 34
# loses at every floor, set 30 too at 0.9), so none is chosen and the fallback is not proposed
FILL: float | None = None


def training() -> pd.DataFrame:
    """Every hand-coded clause the file is fitted on: group, text, tool."""
    df = hand_sets(["five1", "five2", *SETS])
    return df.assign(group=df["set"].where(~df["set"].str.startswith("five"), "five"))


def fit(df: pd.DataFrame) -> tuple[TfidfVectorizer, LogisticRegression]:
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    x = vec.fit_transform(df["text"])
    return vec, LogisticRegression(C=C, max_iter=300, tol=1e-3).fit(x, df["tool"])


def write(vec: TfidfVectorizer, model: LogisticRegression, path: Path, about: str) -> int:
    """The model as the CSV the library reads; how many n-grams kept weights."""
    tools = list(model.classes_)
    weights = model.coef_.T  # n-grams × tools
    grams = vec.get_feature_names_out()
    kept = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(f"# The review flag's model (read by benchmarks/review_file.py), written by "
                f"benchmarks/instruments_review.py --write: {about}.\n"
                "# Each character 1-3-gram's idf and, where one reaches "
                f"{PRUNE}, its weights for the tools that reach {CELL} ({DIGITS} significant digits; none given: 0); "
                f"{review.BIAS}: the intercepts; {review.FLOOR_KEY}: the least probability of a "
                "reading that flags a clause. Not hand-edited: rewrite it from the hand codes.\n")
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["ngram", "idf", *tools])
        out.writerow([review.FLOOR_KEY, FLOOR, *[""] * len(tools)])
        out.writerow([review.BIAS, "", *(f"{b:.{DIGITS}g}" for b in model.intercept_)])
        for g, idf, w in zip(grams, vec.idf_, weights, strict=True):
            keep = bool((np.abs(w) >= PRUNE).any())
            kept += keep
            out.writerow([g, f"{idf:.{DIGITS + 1}g}",
                          *((f"{v:.{DIGITS}g}" if abs(v) >= CELL else "" for v in w) if keep else ())])
    return kept


def flags(texts: pd.Series, rules: pd.Series, model: review.Model) -> pd.Series:
    """The library's review reading of each clause (None: no flag)."""
    return pd.Series([review.review(t, r, model) for t, r in zip(texts, rules, strict=True)],
                     index=texts.index, dtype=object)


def cell(hand: pd.Series, rules: pd.Series, flag: pd.Series) -> str:
    miss = rules != hand
    on = flag.notna()
    hit = int((on & miss).sum())
    right = int((on & (flag == hand)).sum())
    return (f"flagged {int(on.sum())}/{len(hand)}, rule misses among them {hit} "
            f"(precision {hit / max(int(on.sum()), 1):.2f}; the rules miss {int(miss.sum())}/{len(hand)} = "
            f"{int(miss.sum()) / max(len(hand), 1):.2f} of all), recall {hit}/{int(miss.sum())}; "
            f"the model's reading is the hand code in {right}")


def measure() -> None:
    """Leave-one-group-out over five and 1-LAST, each fold's file written, pruned and read as shipped."""
    from instruments_learned import load

    df = load(tuple(str(n) for n in range(22, LAST + 1)))
    groups = list(dict.fromkeys(df["group"]))
    shipped, full = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for g in groups:
            train, test = df[df["group"] != g], df[df["group"] == g]
            vec, model = fit(train)
            path = Path(tmp) / f"{g}.csv"
            write(vec, model, path, f"fold {g}")
            shipped.append(flags(test["text"], test["first_tool"], review.load_model.__wrapped__(path)))
            proba = model.predict_proba(vec.transform(test["text"]))
            best = model.classes_[proba.argmax(axis=1)]
            full.append(pd.Series(np.where((best != test["first_tool"]) & (proba.max(axis=1) >= FLOOR),
                                           best, None), index=test.index, dtype=object))
            print(f"fold {g} done", file=sys.stderr, flush=True)
    shipped_s, full_s = pd.concat(shipped), pd.concat(full)
    agree = int((shipped_s.fillna("") == full_s.fillna("")).sum())
    print(f"pruned and rounded file vs the unpruned model: same flag on {agree}/{len(df)} clauses\n")
    pools = {"five": ["five"], "1-15": [str(n) for n in range(1, 16)],
             "16-21": [str(n) for n in range(16, 22)], "22-27": [str(n) for n in range(22, 28)],
             "28-32": ["28", "29", "30", "31", "32"], "33-34": ["33", "34"], f"1-{LAST}": SETS}
    print("| clauses | first-contact rules vs hand | review flag as shipped (leave-one-group-out) |")
    print("|---|---|---|")
    for name, part in pools.items():
        idx = df[df["group"].isin(part)].index
        print(f"| {name} | {int((df.loc[idx, 'first_tool'] == df.loc[idx, 'tool']).sum())}/{len(idx)} | "
              f"{cell(df.loc[idx, 'tool'], df.loc[idx, 'first_tool'], shipped_s.loc[idx])} |")


def fresh(names: list[str], switch: bool = False, fill: bool = False) -> None:
    """The shipped file, once, on sets coded after it was written, against the rules they met first."""
    from instruments_learned import load

    df = load(tuple(names))
    part = df[df["group"].isin(names)]
    model = review.load_model()
    flag = flags(part["text"], part["first_tool"], model)
    print(f"sets {', '.join(names)}: {cell(part['tool'], part['first_tool'], flag)}")
    if switch:
        g = gains(part, switched(part, model, SWITCH))
        print(f"the switch at {SWITCH}: type {g[0]} → {g[2]}, tool {g[1]} → {g[3]} of {len(part)}")
    if fill:  # no floor qualified on sets 28-38 (FILL None): each floor, for the record only
        for floor in (FILL_FLOORS if FILL is None else (FILL,)):
            tools = filled(part, model, floor)
            g = gains(part, tools)
            print(f"the fallback at {floor}: acts on {int((tools != part['first_tool']).sum())} of "
                  f"{int(no_cue(part).sum())} no-cue clauses; type {g[0]} → {g[2]}, tool {g[1]} → {g[3]} of {len(part)}")


def switched(part: pd.DataFrame, model: review.Model, floor: float) -> pd.Series:
    """Each clause's tool with the switch: the model's where it reads another at `floor` or more."""
    out = []
    for text, rule in zip(part["text"], part["first_tool"], strict=True):
        tool, p = review.reading(text, model)
        out.append(tool if tool != rule and p >= floor else rule)
    return pd.Series(out, index=part.index, dtype=object)


def gains(part: pd.DataFrame, tools: pd.Series) -> tuple[int, int, int, int]:
    """Type and tool agreement with the hand codes: the rules', then the switched."""
    kind = INSTRUMENT_TOOLS
    return (int((part["first_tool"].map(kind) == part["type"]).sum()), int((part["first_tool"] == part["tool"]).sum()),
            int((tools.map(kind) == part["type"]).sum()), int((tools == part["tool"]).sum()))


def no_cue(part: pd.DataFrame) -> pd.Series:
    """The clauses the rules (at first contact) coded none because nothing matched: an empty cue."""
    return (part["first_tool"] == "none") & (part["first_cue"].fillna("").str.strip() == "")


def filled(part: pd.DataFrame, model: review.Model, floor: float) -> pd.Series:
    """Each clause's tool with the fallback: the model's where the rules found no cue and the model
    reads a means at `floor` or more; the rules' everywhere else."""
    out = part["first_tool"].copy()
    for i in part.index[no_cue(part)]:
        tool, p = review.reading(part.at[i, "text"], model)
        if tool != "none" and p >= floor:
            out.at[i] = tool
    return out


def history(fill: bool = False) -> None:
    """The switch on sets 28-33 (or, with `fill`, the fallback on sets 28-38), each read with its
    pre-registered file (from git) against the rules it met at first contact."""
    from instruments_generalise import git
    from instruments_learned import load

    names = list(FILES) if fill else SWITCHED
    floors = FILL_FLOORS if fill else (0.6, 0.7, 0.8, 0.85, 0.9)
    df = load(tuple(names))
    with tempfile.TemporaryDirectory() as tmp:
        models = {}
        for commit in dict.fromkeys(FILES[n] for n in names):
            path = Path(tmp) / f"{commit}.csv"
            path.write_text(git("show", f"{commit}:data/reference/instrument_review.csv"), encoding="utf-8")
            models[commit] = review.load_model.__wrapped__(path)
        if fill:
            cells = []
            for n in names:
                part = df[df["group"] == n]
                eligible = no_cue(part)
                cells.append(f"{int(eligible.sum())} ({int((eligible & (part['tool'] != 'none')).sum())})")
            print("no-cue clauses at first contact (of them a means by hand): "
                  + ", ".join(f"set {n} {c}" for n, c in zip(names, cells, strict=True)) + "\n")
        what = "the fallback" if fill else "the switch"
        print(f"{what}, per set: type, tool (changed minus rules)" + ("; acts on" if fill else ""))
        print("| floor | " + " | ".join(f"set {n}" for n in names) + " | all |")
        print("|---|" + "---|" * (len(names) + 1))
        for floor in floors:
            cells, total, acts = [], [0, 0, 0, 0], 0
            for name in names:
                part = df[df["group"] == name]
                tools = (filled if fill else switched)(part, models[FILES[name]], floor)
                g = gains(part, tools)
                n_acts = int((tools != part["first_tool"]).sum())
                acts += n_acts
                total = [a + b for a, b in zip(total, g, strict=True)]
                cells.append(f"{g[2] - g[0]:+d}, {g[3] - g[1]:+d}" + (f"; {n_acts}" if fill else ""))
            print(f"| {floor} | " + " | ".join(cells) + f" | type {total[0]} → {total[2]}, tool {total[1]} → {total[3]} "
                  f"of {int(df['group'].isin(names).sum())}" + (f"; acts on {acts}" if fill else "") + " |")


def five(floors: tuple[float, ...] = FILL_FLOORS) -> None:
    """The fallback on the five plans' 677 clauses (the rules of now, which have read them), with a
    file fitted on sets 1-LAST only (no five-plan sample) and written and read as shipped; the
    recoded clauses in the two samples against their hand codes."""
    from sciplan_analysis.corpus import parse_manifest

    clauses = parse_manifest(checks=False).clauses.reset_index(drop=True)
    df = training()
    vec, model = fit(df[df["group"] != "five"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "no_five.csv"
        write(vec, model, path, "sets 1-LAST, no five-plan sample")
        m = review.load_model.__wrapped__(path)
    hand = hand_sets(["five1", "five2"])
    hand_of = dict(zip(hand["key"], hand["tool"], strict=True))
    keys = clauses["plan_id"] + " " + clauses["task_id"].astype(str) + "." + clauses["clause_no"].astype(str)
    eligible = (clauses["tool"] == "none") & (clauses["cue"].fillna("").str.strip() == "")
    read = {i: review.reading(clauses.at[i, "text"], m) for i in clauses.index[eligible]}
    print(f"five plans: {len(clauses)} clauses, {int(eligible.sum())} with no cue "
          f"({int(keys[eligible].isin(hand_of).sum())} of them in the samples)")
    for floor in floors:
        acted = [i for i, (t, p) in read.items() if t != "none" and p >= floor]
        sampled = [i for i in acted if keys[i] in hand_of]
        right = sum(hand_of[keys[i]] == read[i][0] for i in sampled)
        was = sum(hand_of[keys[i]] == "none" for i in sampled)
        print(f"floor {floor}: recodes {len(acted)}; in the samples {len(sampled)} "
              f"(the model's tool right {right}, none right {was})")
    shown = FILL_FLOORS[0] if FILL is None else FILL
    print(f"\nat {shown}, the clauses recoded (key, model's tool, p, hand code where sampled):")
    for i, (t, p) in read.items():
        if t != "none" and p >= shown:
            print(f"  {keys[i]}\t{t}\t{p:.2f}\t{hand_of.get(keys[i], '-')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {REVIEW_FILE.name}")
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--fresh", help="sets coded after the file was written, e.g. 28")
    ap.add_argument("--switch", action="store_true", help=f"with --fresh: the switch at {SWITCH} too")
    ap.add_argument("--history", action="store_true", help="the switch on sets 28-33 with their own files")
    ap.add_argument("--fill", action="store_true",
                    help="the fallback where the rules found no cue: with --history, --fresh or --five")
    ap.add_argument("--five", action="store_true", help="with --fill: the fallback on the five plans")
    args = ap.parse_args()
    if args.write:
        df = training()
        vec, model = fit(df)
        kept = write(vec, model, REVIEW_FILE, f"fitted on {len(df)} hand-coded clauses (the five plans' "
                     f"two samples, other real plans' sets 1-{LAST}), C = {C:g}")
        print(f"{REVIEW_FILE}: {len(vec.idf_)} n-grams, {kept} with weights, {len(df)} clauses")
    elif args.measure:
        measure()
    elif args.history:
        history(args.fill)
    elif args.five:
        five()
    elif args.fresh:
        fresh(args.fresh.split(","), args.switch, args.fill)
    else:
        ap.error("--write, --measure, --history or --fresh")


if __name__ == "__main__":
    main()
