"""A learned none-vs-means gate behind the instrument rules, tried leave-one-set-out (issue 24).

    python benchmarks/instruments_gate.py                  # both settings, every floor t
    python benchmarks/instruments_gate.py --features text  # the gate on character n-grams only
    python benchmarks/instruments_gate.py --changed 0.7 --use veto  # and each clause vetoed at 0.7

Half the first-contact misses are about whether a clause names a means at all (none by hand
where the rules took a cue; a means by hand where they found none), which no cue list settles.
This tries a *binary* gate, "does this clause name a means?": a logistic regression
(scikit-learn, lbfgs, deterministic) on character 1-3-grams (tf-idf, seen twice or more), the
clause's shape (numbered, colon-ended, its end, length, phrases, a verb before its last noun,
heading-likeness, a date, a figure, a title in 《》) and the rule coder's own outputs (its tool,
the kind and tier of the row that decided, whether the cue is a structure, aim or programme
title, how many strong and weak cues the clause holds). Folds: the five plans' two samples as
one set, and other plans' sets 1-10; each fold is held out in turn and the gate trained on
the rest. Two uses, each against the rules alone, at floors t in {0.6, 0.7, 0.8, 0.9}:

- veto: the rules give a tool, the gate says none with p >= t: none;
- rescue: the rules give none, the gate says a means with p >= t: the tool of the fallback
  model (instruments_fallback.model(), trained on the other folds' clauses with a means).

Four settings (--setting, default all). "rules": the coder of now, which has seen every set,
and a gate trained on its outputs (so the rules are optimistic, and the gate learns to copy
them). "first": each held-out set behind the coder of the commit that added its codes (as
instruments_fallback.py --first does), the gate trained on that same coder's outputs on every
other fold. "fresh": the gate a library could ship, trained on each clause's outputs from the
coder that met its set first (as the coder of now meets a new plan), sets 1-10 scored behind
their first-contact coders and the five plans' samples behind the coder of now. "now": that
gate behind the coder of now on every set (seen sets; with a fresh set added to
instruments_generalise.LATER, its row is that set's first contact). Sets 1-10 are held out in
"first" (the five plans have no first-contact coder). Verdict and numbers: docs/instruments_rounds.md,
"A none-vs-means gate" (summed up in the README's "Policy instruments").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from instruments_fallback import LAST, SETS  # noqa: E402
from instruments_fallback import model as tool_model  # noqa: E402
from instruments_generalise import codes_commit, hand_sets  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from sciplan_analysis.tables import INSTRUMENT_TOOLS  # noqa: E402

FOLDS = ["five", *SETS]
FLOORS = (0.6, 0.7, 0.8, 0.9)
TOOLS = [*INSTRUMENT_TOOLS]  # 14 tools and none
KINDS = ("keywords", "pattern", "frame", "shape", "main", "head", "")

# Run inside the library of a commit (or of now): per text, the coder's tool and cue, the kind
# and tier of the row that decided, and the clause's strong (tier 0/1) and weak cue counts.
SNIPPET = r"""
import json, sys
from sciplan_analysis.parsing import instruments as i
s = i.load_scheme()
rows = {}
for r in [*s.rules, *s.keyword_rule.values(), *getattr(s, "shapes", ())]:
    rows[r.line] = (r.kind, r.tier)
read = getattr(i, "readable", None) or getattr(i, "simplified", None) or (lambda t: t)


def rule_line(t):
    # the coder of before decide() existed: its selection, repeated (first phrase with a
    # strong cue, then lowest tier, leftmost, longest)
    masked = i._masked(read(t), s)
    hits = i._hits(masked, s)
    if not hits:
        return None
    phrases = [(m.start(), m.end()) for m in i.PHRASE.finditer(masked)]
    def phrase_of(h):
        return next((k for k, (a, b) in enumerate(phrases) if a <= h.start < b), len(phrases))
    pool = [h for h in hits if h.tier <= 1] or hits
    first = min(phrase_of(h) for h in pool)
    best = min((h for h in pool if phrase_of(h) == first),
               key=lambda h: (h.tier, h.start, -(h.end - h.start), h.line))
    return best.line


out = []
for t in json.load(sys.stdin):
    if hasattr(i, "decide"):
        d = i.decide(t, s)
        tool, cue, line = d.tool, d.cue, d.rule
    else:
        tool, _, cue = i.code_clause(t, s)
        line = rule_line(t) if cue else None
    kind, tier = rows.get(line, ("", 3)) if line is not None else ("", 3)
    try:
        hits = i._hits(i._masked(read(t), s), s)
        strong, weak = sum(h.tier <= 1 for h in hits), sum(h.tier == 2 for h in hits)
    except Exception:
        strong, weak = -1, -1
    out.append([tool, cue, kind, tier, strong, weak])
print(json.dumps(out, ensure_ascii=False))
"""
OUTPUTS = ["c_tool", "c_cue", "c_kind", "c_tier", "c_strong", "c_weak"]


CACHE = Path(tempfile.gettempdir()) / "sciplan_gate_cache"


def coder_outputs(texts: list[str], commit: str | None = None) -> pd.DataFrame:
    """The rule coder's outputs on each text: the library of now, or of `commit` (its tree
    from `git archive`, in a temporary folder). An old commit's outputs are kept as JSON data
    in the temporary folder (keyed by commit and texts), so the settings share one run."""
    def run(path: Path) -> list:
        done = subprocess.run([sys.executable, "-c", SNIPPET], input=json.dumps(texts), text=True,
                              capture_output=True, check=True, cwd=path,
                              env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"})
        return json.loads(done.stdout)

    if commit is None:
        return pd.DataFrame(run(ROOT), columns=OUTPUTS)
    key = hashlib.sha256(json.dumps([commit, texts], ensure_ascii=False).encode()).hexdigest()[:16]
    kept = CACHE / f"{commit[:12]}_{key}.json"
    if kept.exists():
        return pd.DataFrame(json.loads(kept.read_text()), columns=OUTPUTS)
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit, "sciplan_analysis", "data/reference"],
                                 cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        rows = run(Path(tmp))
    CACHE.mkdir(exist_ok=True)
    kept.write_text(json.dumps(rows, ensure_ascii=False))
    return pd.DataFrame(rows, columns=OUTPUTS)


NUMBERED = re.compile(r"^\s*(（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[、.．]"
                      r"|\d+[、.．]|第[一二三四五六七八九十]+|[①-⑳])")
# common verbs of a task (a means is done by one); no plan's names
VERB = re.compile(r"开展|组织|建设|建立|加强|推进|推动|实施|完善|健全|举办|开办|培训|培养|利用|提升|提高|"
                  r"打造|鼓励|引导|支持|落实|制定|宣传|普及|深化|创新|构建|发挥|加大|做好|设立|成立|"
                  r"编制|印发|召开|评选|表彰|创建|组建|动员|邀请|配备|购置|举行|发放|展示|设置|拓展")
DATE = re.compile(r"\d{4}年|\d+月\d+日|[一二三四五六七八九十]+月")


def shape_features(text: str) -> list[float]:
    """The clause's shape, from its text alone."""
    body = text.strip()
    stem = NUMBERED.sub("", body)
    phrases = [p for p in re.split(r"[，,；;：:]", stem.strip("。；：:")) if p]
    verb = VERB.search(stem)
    numbered = bool(NUMBERED.match(body))
    ends = stem.rstrip()[-1:] if stem.rstrip() else ""
    return [
        float(numbered),
        float(ends in "：:"),
        float(ends == "。"),
        float(ends == "；"),
        float(ends not in "。；：:"),
        np.log1p(len(stem)) / 5,
        float(len(stem) <= 15),
        float(len(stem) <= 30),
        min(len(phrases), 8) / 8,
        float(verb is not None),
        float(verb is not None and verb.start() <= 2),  # a verb opens it
        float(verb is not None and verb.end() < len(stem.rstrip("。；：:")) - 1),  # a verb before the head noun
        float(numbered and len(phrases) <= 1 and ends != "。"),  # a heading
        float(bool(DATE.search(stem))),
        float(bool(re.search(r"\d", stem))),
        float("%" in stem or "％" in stem),
        float("《" in stem),
        float(bool(re.match(r"[为以根按围依通结]", stem))),  # opens with a purpose, basis or frame
    ]


def rule_features(out: pd.DataFrame) -> np.ndarray:
    """The rule coder's outputs as numbers: tool, row kind and tier (one-hot), the cue's form,
    cue counts."""
    rows = []
    for r in out.itertuples():
        cue = r.c_cue or ""
        rows.append([
            *(float(r.c_tool == t) for t in TOOLS),
            *(float(r.c_kind == k) for k in KINDS),
            *(float(r.c_tier == k) for k in (0, 1, 2, 3)),
            float(cue == ""), float(cue.startswith("structure:")), float(cue.startswith("aim:")),
            float(cue.startswith("programme title")), float("→" in cue),
            min(max(r.c_strong, 0), 5) / 5, min(max(r.c_weak, 0), 5) / 5,
        ])
    return np.asarray(rows)


def gate_model(c: float = 1.0) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=2000)


def fold_of(df: pd.DataFrame) -> pd.Series:
    return df["set"].where(~df["set"].str.startswith("five"), "five")


def dense_features(df: pd.DataFrame, out: pd.DataFrame, features: str) -> np.ndarray | None:
    """The shape features (`shape`), and the rule coder's outputs too (`all`), per row."""
    if features == "text":
        return None
    shape = np.asarray([shape_features(t) for t in df["text"]])
    return shape if features == "shape" else np.hstack([shape, rule_features(out)])


NGRAMS = {"all": True, "shape": True, "text": True, "struct": False}


def held_out(df: pd.DataFrame, dense: np.ndarray | None, test: pd.Series, c: float,
             dense_test: np.ndarray | None = None, ngrams: bool = True) -> tuple[np.ndarray, list[str]]:
    """p(a means) and the fallback model's tool for the rows in `test`, trained on the rest
    (the test rows' dense features from `dense_test` when given, else from `dense`); without
    `ngrams`, the gate reads the dense features only."""
    train = ~test
    if ngrams:
        vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
        x_train = vec.fit_transform(df.loc[train, "text"])
        x_test = vec.transform(df.loc[test, "text"])
    else:
        x_train = sparse.csr_matrix((int(train.sum()), 0))
        x_test = sparse.csr_matrix((int(test.sum()), 0))
    if dense is not None:
        dense_test = dense if dense_test is None else dense_test
        x_train = sparse.hstack([x_train, sparse.csr_matrix(dense[train.to_numpy()])]).tocsr()
        x_test = sparse.hstack([x_test, sparse.csr_matrix(dense_test[test.to_numpy()])]).tocsr()
    y = (df.loc[train, "tool"] != "none").to_numpy()
    gate = gate_model(c).fit(x_train, y)
    p = gate.predict_proba(x_test)[:, list(gate.classes_).index(True)]
    means = train & (df["tool"] != "none")
    tools = tool_model().fit(df.loc[means, "text"], df.loc[means, "tool"]).predict(df.loc[test, "text"])
    return p, list(tools)


def apply(rules: pd.Series, p: pd.Series, tool: pd.Series, use: str, t: float) -> pd.Series:
    """The rules' tools with the gate's veto, rescue or both at floor t."""
    out = rules.copy()
    if use in ("veto", "both"):
        out = out.mask((rules != "none") & (1 - p >= t), "none")
    if use in ("rescue", "both"):
        out = out.mask((rules == "none") & (p >= t), tool)
    return out


def setting_rules(df: pd.DataFrame, features: str, c: float) -> pd.DataFrame:
    """Rules as they stand, every fold held out in turn."""
    out = coder_outputs(df["text"].tolist())
    dense = dense_features(df, out, features)
    df = df.assign(rules=out["c_tool"].to_numpy(), p=np.nan, mtool="")
    for fold in FOLDS:
        test = df["fold"] == fold
        p, tools = held_out(df, dense, test, c, ngrams=NGRAMS[features])
        df.loc[test, "p"] = p
        df.loc[test, "mtool"] = tools
    return df


def setting_first(df: pd.DataFrame, features: str, c: float) -> pd.DataFrame:
    """Each of sets 1-10 behind the coder of the commit that added its codes; the gate trained
    on that coder's outputs on every other fold."""
    parts = []
    for name in SETS:
        out = coder_outputs(df["text"].tolist(), codes_commit(name))
        test = df["fold"] == name
        p, tools = held_out(df, dense_features(df, out, features), test, c,
                            ngrams=NGRAMS[features])
        parts.append(df[test].assign(rules=out.loc[test.to_numpy(), "c_tool"].to_numpy(), p=p,
                                     mtool=tools))
    return pd.concat(parts)


def fresh_outputs(df: pd.DataFrame) -> pd.DataFrame:
    """Each row's outputs from the coder that met its set first (the commit that added the
    set's codes; both samples of the five plans: the second sample's, coded before any rule
    change was measured on it)."""
    out = pd.DataFrame(index=df.index, columns=OUTPUTS)
    for name in ["five2", *SETS]:
        rows = df["set"].isin(["five1", "five2"]) if name == "five2" else df["set"] == name
        got = coder_outputs(df["text"].tolist(), codes_commit(name))  # shared with `first`
        out.loc[rows, OUTPUTS] = got.loc[rows.to_numpy()].to_numpy()
    return out.astype({"c_tier": int, "c_strong": int, "c_weak": int})


def setting_fresh(df: pd.DataFrame, features: str, c: float, behind_now: bool = False) -> pd.DataFrame:
    """The gate a library could ship: trained on every clause's outputs from the coder that met
    it first (as the coder of now meets a new plan), held out per set. Sets 1-10 are scored
    behind their first-contact coders and the five plans' samples behind the coder of now (to
    count the clauses it would change there); with `behind_now`, every set behind the coder of
    now (the gate as it would run in the library, on sets that coder has seen)."""
    fresh = fresh_outputs(df)
    now = coder_outputs(df["text"].tolist())
    dense = dense_features(df, fresh, features)
    dense_now = dense_features(df, now, features)
    on_now = (df["fold"] == "five") | behind_now
    df = df.assign(rules=fresh["c_tool"].where(~on_now, now["c_tool"]).to_numpy(), p=np.nan, mtool="")
    for fold in FOLDS:
        test = df["fold"] == fold
        p, tools = held_out(df, dense, test, c, dense_now if (fold == "five" or behind_now) else None,
                            ngrams=NGRAMS[features])
        df.loc[test, "p"] = p
        df.loc[test, "mtool"] = tools
    return df


def counts(part: pd.DataFrame, col: pd.Series) -> tuple[int, int]:
    """(type, tool) agreements with the hand codes."""
    tool = int((part["tool"] == col).sum())
    typ = int((part["type"] == col.map(INSTRUMENT_TOOLS)).sum())
    return typ, tool


def report(df: pd.DataFrame, title: str) -> list[str]:
    """Markdown: per held-out set, type · tool for the rules and each use at each floor, and the
    adoption tally (sets won / lost, the worst loss, the five plans' samples' changes)."""
    uses = [(u, t) for u in ("veto", "rescue", "both") for t in FLOORS]
    coded = {(u, t): apply(df["rules"], df["p"], df["mtool"], u, t) for u, t in uses}
    head = "| held-out set | clauses | rules | " + " | ".join(f"{u} {t}" for u, t in uses) + " |"
    lines = [f"### {title} (type · tool)", "", head, "|---|---|---|" + "---|" * len(uses)]
    folds = [f for f in FOLDS if f in set(df["fold"])]
    pools = {f"1-{LAST}": SETS, f"2-{LAST}": SETS[1:]}
    for name in [*folds, *pools]:
        part = df[df["fold"].isin(pools[name])] if name in pools else df[df["fold"] == name]
        cells = [counts(part, coded[k].loc[part.index]) for k in uses]
        t0, o0 = counts(part, part["rules"])
        lines.append(f"| {name} | {len(part)} | {t0} · {o0} | "
                     + " | ".join(f"{t} · {o}" for t, o in cells) + " |")
    lines += ["", "| use, floor | tool: sets won / tied / lost | worst set | type: won / lost | "
              "five plans' samples: clauses changed (first · second) |", "|---|---|---|---|---|"]
    for k in uses:
        diff, tdiff = [], []
        for f in [f for f in folds if f in SETS]:
            part = df[df["fold"] == f]
            t1, o1 = counts(part, coded[k].loc[part.index])
            t0, o0 = counts(part, part["rules"])
            diff.append(o1 - o0)
            tdiff.append(t1 - t0)
        five = ""
        if "five" in folds:
            ch = [int((coded[k][df["set"] == s] != df.loc[df["set"] == s, "rules"]).sum())
                  for s in ("five1", "five2")]
            five = f"{ch[0]} · {ch[1]}"
        lines.append(f"| {k[0]} {k[1]} | {sum(d > 0 for d in diff)} / {sum(d == 0 for d in diff)} / "
                     f"{sum(d < 0 for d in diff)} | {min(diff):+d} | {sum(d > 0 for d in tdiff)} / "
                     f"{sum(d < 0 for d in tdiff)} | {five} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", choices=("all", "shape", "text", "struct"), default="all",
                        help="n-grams, shape and the coder's outputs; n-grams and shape; n-grams; "
                             "shape and the coder's outputs (no n-grams)")
    parser.add_argument("--c", type=float, default=1.0, help="the gate's inverse regularisation")
    parser.add_argument("--changed", type=float, default=None, metavar="T",
                        help="list every clause the use (--use) recodes at this floor")
    parser.add_argument("--use", choices=("veto", "rescue", "both"), default="veto")
    parser.add_argument("--setting", choices=("all", "rules", "first", "fresh", "now"), default="all")
    args = parser.parse_args()
    df = hand_sets(["five1", "five2", *SETS])
    df = df.assign(fold=fold_of(df)).reset_index(drop=True)
    runs = []
    if args.setting in ("all", "rules"):
        runs.append(("rules as they stand, held out per set", setting_rules(df, args.features, args.c)))
    if args.setting in ("all", "first"):
        runs.append(("behind each set's first-contact coder", setting_first(df, args.features, args.c)))
    if args.setting in ("all", "fresh"):
        runs.append(("trained on first-contact outputs, held out per set", setting_fresh(
            df, args.features, args.c)))
    if args.setting in ("all", "now"):
        runs.append(("trained on first-contact outputs, behind the coder of now (seen sets)",
                     setting_fresh(df, args.features, args.c, behind_now=True)))
    for title, res in runs:
        print("\n".join(report(res, title)), "\n")
        if args.changed is not None:
            new = apply(res["rules"], res["p"], res["mtool"], args.use, args.changed)
            now = coder_outputs(res["text"].tolist())["c_tool"].to_numpy()
            print(f"{args.use} at {args.changed}: + right now, - wrong now; 'now' is the coder of now")
            for j, i in enumerate(res.index):
                if new[i] == res.at[i, "rules"]:
                    continue
                r = res.loc[i]
                mark = "+" if new[i] == r["tool"] else ("-" if r["rules"] == r["tool"] else " ")
                print(f" {mark} {r['fold']} {r['key']} p={r['p']:.2f} hand {r['tool']} rules "
                      f"{r['rules']} -> {new[i]} (now {now[j]})  {r['text'][:50]}")
            print()

if __name__ == "__main__":
    main()
