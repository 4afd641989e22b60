"""How well the instrument rules generalise: which rule decided each hand-coded clause, and
whether that rule was written before or after the clause's set was coded (issue 24, round 5).

    python benchmarks/instruments_generalise.py                # rule ages, per set
    python benchmarks/instruments_generalise.py --first        # and the miss classes at first contact
    python benchmarks/instruments_generalise.py --first --list # and every first-contact miss

Every hand-coded clause of the five plans' two samples and of the other plans' sets 1-7 (round 6 added the seventh,
scored once in round 5) is coded with the rules as they stand; the rule-age table stops there.
`--first` covers sets 1-10: sets 8-10 were each scored once elsewhere (real_clauses_2.py
--set N), and their first contact here is the coder of the commit that added their codes, as
for the others (set 9's codes sit on a branch whose coder is 75ebd78, before round 7: 58/104
tools here, where its first score, with round 7's coder, was 59/104). The rows that decided it are the winning cue's row (and the
row whose tool a frame deferred to) and every where/name/aim row whose removal alone changes the
clause's code. A row's age is the commit that last changed its line (`git blame`): "before" a set
when that commit is an ancestor of the commit that added the set's hand codes (codes were
committed before the coder ran on them), "after" otherwise. A clause with no cue and no aim is
"no rule". First contact re-runs the coder of the commit that added each set's codes (the tree
from `git archive`, into a temporary folder) on the set, and sorts its misses into classes by the
pair of codes (hand, coder) and the clause's shape.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import subprocess
import sys
import tempfile
from functools import cache, lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import pandas as pd  # noqa: E402

from sciplan_analysis import reference_files  # noqa: E402
from sciplan_analysis.config import INSTRUMENTS_FILE  # noqa: E402
from sciplan_analysis.parsing import instruments as ins  # noqa: E402

DATA = ROOT / "tests" / "data"
# each set: its hand codes file (whose adding commit dates the set), and a label
SETS = {
    "five1": (DATA / "instrument_validation.csv", "five plans, first sample"),
    "five2": (DATA / "instruments_validation_2.csv", "five plans, second sample"),
    "1": (DATA / "real_clauses_codes.csv", "other plans, set 1"),
    "2": (DATA / "real_clauses_codes_2.csv", "other plans, set 2"),
    "3": (DATA / "real_clauses_codes_3.csv", "other plans, set 3"),
    "4": (DATA / "real_clauses_codes_4.csv", "other plans, set 4"),
    "5": (DATA / "real_clauses_codes_5.csv", "other plans, set 5"),
    "6": (DATA / "real_clauses_codes_6.csv", "other plans, set 6"),
    "7": (DATA / "real_clauses_codes_7.csv", "other plans, set 7"),
}
OTHER = ["1", "2", "3", "4", "5", "6", "7"]
# the five plans' later hand samples, left out of this script's own tables (the rule ages and first
# contact above are of the first two) but loaded by name where the model is fitted (session 27: the
# third, scored at b0f8e17, joins group five of instruments_learned.py; session 28: the fourth and fifth,
# scored at 4f72ab6 and 1fb1ad9)
FIVE_LATER = {
    "five3": (DATA / "instruments_validation_3.csv", "five plans, third sample"),
    "five4": (DATA / "instruments_validation_4.csv", "five plans, fourth sample"),
    "five5": (DATA / "instruments_validation_5.csv", "five plans, fifth sample"),
}
# the later sets, left out of this script's own tables (each was scored once elsewhere) but
# available to others by name (instruments_fallback.py folds them in)
LATER = {
    "8": (DATA / "real_clauses_codes_8.csv", "other plans, set 8"),
    "9": (DATA / "real_clauses_codes_9.csv", "other plans, set 9"),
    "10": (DATA / "real_clauses_codes_10.csv", "other plans, set 10"),
    "11": (DATA / "real_clauses_codes_11.csv", "other plans, set 11"),
    "12": (DATA / "real_clauses_codes_12.csv", "other plans, set 12"),
    "13": (DATA / "real_clauses_codes_13.csv", "other plans, set 13"),
    "14": (DATA / "real_clauses_codes_14.csv", "other plans, set 14"),
    "15": (DATA / "real_clauses_codes_15.csv", "other plans, set 15"),
    "16": (DATA / "real_clauses_codes_16.csv", "other plans, set 16"),
    "17": (DATA / "real_clauses_codes_17.csv", "other plans, set 17"),
    "18": (DATA / "real_clauses_codes_18.csv", "other plans, set 18"),
    "19": (DATA / "real_clauses_codes_19.csv", "other plans, set 19"),
    "20": (DATA / "real_clauses_codes_20.csv", "other plans, set 20"),
    "21": (DATA / "real_clauses_codes_21.csv", "other plans, set 21"),
}


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout


def hand_sets(names: list[str] | None = None) -> pd.DataFrame:
    """Every hand-coded clause: set, page (plan), key, text, tool, type."""
    import real_clauses
    import real_clauses_2

    frames = []
    for name in names or list(SETS):
        if name.startswith("five"):
            df = pd.read_csv({**SETS, **FIVE_LATER}[name][0], dtype={"task_id": str})
            df = df.assign(page=df["plan_id"], key=df["plan_id"] + " " + df["task_id"] + "."
                           + df["clause_no"].astype(str))
        else:
            df = real_clauses.coded() if name == "1" else real_clauses_2.coded(name)
            df = df.assign(key=df["page"] + " " + df["clause_no"].astype(str))
        frames.append(df.assign(set=name)[["set", "page", "key", "text", "tool", "type"]])
    return pd.concat(frames, ignore_index=True)


@cache
def codes_commit(name: str) -> str:
    """The commit that added a set's hand codes (before any coder ran on them)."""
    rel = {**SETS, **FIVE_LATER, **LATER}[name][0].relative_to(ROOT).as_posix()
    return git("log", "--diff-filter=A", "--format=%H", "--", rel).split()[-1]


@lru_cache(maxsize=1)
def line_commits() -> dict[int, str]:
    """The commit that last changed each line of the instruments file, looking through the
    mechanical commits listed in .git-blame-ignore-revs (the id column added to every row)."""
    out, line = {}, None
    ignore = ROOT / ".git-blame-ignore-revs"
    extra = ("--ignore-revs-file", str(ignore)) if ignore.exists() else ()
    for row in git("blame", "--line-porcelain", *extra, "--",
                   INSTRUMENTS_FILE.relative_to(ROOT).as_posix()).splitlines():
        m = re.match(r"^([0-9a-f]{40}) \d+ (\d+)", row)
        if m:
            line = int(m.group(2))
            out[line] = m.group(1)
    return out


@cache
def is_before(commit: str, name: str) -> bool:
    """Was this commit in the history of the set's codes commit?"""
    done = subprocess.run(["git", "merge-base", "--is-ancestor", commit, codes_commit(name)],
                          cwd=ROOT, capture_output=True)
    return done.returncode == 0


@lru_cache(maxsize=1)
def mask_rows() -> list[tuple[int, str, str]]:
    """(line, kind, pattern) of every where/name/aim row."""
    _, rows = reference_files.numbered_rows(INSTRUMENTS_FILE)
    return [(n, r["kind"], r["cues"]) for n, r in rows if r["kind"] in ("where", "name", "aim")]


def without(scheme: ins.Scheme, kind: str, pattern: str) -> ins.Scheme:
    field = {"where": "where", "name": "names", "aim": "aims"}[kind]
    kept = tuple(r for r in getattr(scheme, field) if r.pattern != pattern)
    return dataclasses.replace(scheme, **{field: kept})


def deciding_rows(text: str, scheme: ins.Scheme) -> tuple[ins.Decision, set[int]]:
    """The decision and the rows that made it (cue rows, and masks whose removal changes it)."""
    d = ins.decide(text, scheme)
    rows = {r for r in (d.rule, d.by) if r is not None}
    simple = ins.simplified(text)
    for line, kind, pattern in mask_rows():
        if not re.search(pattern, simple):
            continue
        if ins.decide(text, without(scheme, kind, pattern)).tool != d.tool:
            rows.add(line)
    return d, rows


def rule_ages(df: pd.DataFrame) -> pd.DataFrame:
    """Per clause: coder tool/type, the deciding rows, and whether any was written after its set."""
    scheme = ins.load_scheme()
    lines = line_commits()
    out = []
    for r in df.itertuples():
        d, rows = deciding_rows(r.text, scheme)
        ages = {is_before(lines[n], r.set) for n in rows}
        age = "no rule" if not rows else ("after" if False in ages else "before")
        out.append({"coder_tool": d.tool, "coder_type": d.type, "rows": sorted(rows), "age": age})
    return pd.concat([df.reset_index(drop=True), pd.DataFrame(out)], axis=1)


def age_table(aged: pd.DataFrame) -> str:
    """Markdown: per set, clauses decided by rows written before / after it, and agreement."""
    lines = ["| set | clauses | decided by rules written before it: n, tool agreement | "
             "by a rule written after it: n, agreement | no rule (none): n, agreement | "
             "all: tool agreement |", "|---|---|---|---|---|---|"]
    for name in aged["set"].unique():
        part = aged[aged["set"] == name]
        cells = []
        for age in ("before", "after", "no rule"):
            sub = part[part["age"] == age]
            ok = int((sub["tool"] == sub["coder_tool"]).sum())
            cells.append(f"{len(sub)}: {ok}/{len(sub)}" if len(sub) else "0")
        ok = int((part["tool"] == part["coder_tool"]).sum())
        lines.append(f"| {SETS[name][1]} | {len(part)} | " + " | ".join(cells)
                     + f" | {ok}/{len(part)} = {ok / len(part):.3f} |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- first contact

def reads_sections(commit: str) -> bool:
    """Does the library at `commit` read a clause's section kind (round 10, d4f6a80, on)?"""
    done = subprocess.run(["git", "cat-file", "-e", f"{commit}:sciplan_analysis/parsing/sections.py"],
                          cwd=ROOT, capture_output=True)
    return done.returncode == 0


# run inside the archived tree: each text's section kind (where pages are given) from that tree's
# own sections module, then its codes
OLD_CODER = """
import json, sys
from sciplan_analysis.parsing import instruments as i
d = json.load(sys.stdin)
texts = d["texts"]
if d["pages"] is None:
    out = i.code_clauses(texts)
else:
    from sciplan_analysis.parsing import sections as s
    kinds, by = [None] * len(texts), {}
    for n, (page, start) in enumerate(d["at"]):
        by.setdefault(page, []).append((n, start))
    for page, ns in by.items():
        for (n, _), kind in zip(ns, s.page_sections(d["pages"][page], [a for _, a in ns])):
            kinds[n] = kind
    extra = {}
    import inspect
    if "pages" in inspect.signature(i.code_clauses).parameters:  # round 23 on: the page's kind too
        from sciplan_analysis.parsing.parse import read_text
        kind = {page: read_text(text).page_kind.kind for page, text in d["pages"].items()}
        extra["pages"] = [kind[page] for page, _ in d["at"]]
    out = i.code_clauses(texts, sections=kinds, **extra)
print(json.dumps(out.values.tolist(), ensure_ascii=False))
"""


def old_coder(commit: str, texts: list[str],
              places: list[tuple[str, int]] | None = None) -> pd.DataFrame:
    """tool, type, cue of each text under the library as it was at `commit`. With `places` (each
    text's page text and start), a coder that reads sections codes each clause with its section
    kind, found by that commit's own `sections.page_sections`, and (round 23 on) with its page's kind, read
    by that commit's own parser from the page text, as real_clauses_2.py codes them; older coders ignore them."""
    if places is not None and len(places) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(places)} places")
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit, "sciplan_analysis", "data/reference"],
                                 cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        pages = at = None
        if places is not None and reads_sections(commit):
            ids = {text: str(n) for n, text in enumerate(dict.fromkeys(p for p, _ in places))}
            pages = {v: k for k, v in ids.items()}
            at = [(ids[p], int(a)) for p, a in places]
        done = subprocess.run([sys.executable, "-c", OLD_CODER], text=True, capture_output=True,
                              input=json.dumps({"texts": texts, "pages": pages, "at": at}),
                              check=True, cwd=tmp, env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"})
    return pd.DataFrame(json.loads(done.stdout), columns=["tool", "type", "cue"])


FRAME = re.compile(r"依托|借助|利用|通过|围绕|结合|以[^，。；]{1,30}?为|面向|按照|根据")
ENVIRONMENT = {"planning", "regulation", "organisation", "evaluation", "incentives"}
SUPPLY = {"education", "funding", "infrastructure", "information", "services"}
CLASSES = (
    "none by hand, a means by the coder: a cue word in a heading, date, theme, purpose or slogan",
    "a means by hand, none by the coder: no cue word (bare items, headings of slogan form)",
    "who or what: participation on one side (actor lists, 鼓励/发挥…作用)",
    "a where/how frame (依托/利用/通过/围绕/结合/以…为/根据) in the clause",
    "environment tools among themselves (planning / organisation / evaluation / regulation)",
    "supply tools among themselves (the head noun: venue, training, service, content)",
    "across types otherwise (head noun or first of a list)",
)


def miss_class(text: str, hand: str, coder: str) -> int:
    """The index in CLASSES of one miss (hand tool != coder tool)."""
    if hand == "none":
        return 0
    if coder == "none":
        return 1
    if "participation" in (hand, coder):
        return 2
    if FRAME.search(text):
        return 3
    if hand in ENVIRONMENT and coder in ENVIRONMENT:
        return 4
    if hand in SUPPLY and coder in SUPPLY:
        return 5
    return 6


def first_contact(df: pd.DataFrame, names: list[str] | None = None) -> pd.DataFrame:
    """Each other-plan set (`names`, default sets 1-10) coded by the coder of the commit that
    added its codes."""
    parts = []
    for name in names or [*OTHER, *LATER]:
        part = df[df["set"] == name].reset_index(drop=True)
        old = old_coder(codes_commit(name), part["text"].tolist())
        parts.append(pd.concat([part, old.add_prefix("first_")], axis=1))
    return pd.concat(parts, ignore_index=True)


def class_table(first: pd.DataFrame) -> str:
    """Markdown: first-contact misses by class and set."""
    miss = first[first["tool"] != first["first_tool"]].copy()
    miss["class"] = [miss_class(t, h, c) for t, h, c in
                     zip(miss["text"], miss["tool"], miss["first_tool"], strict=True)]
    names = [n for n in [*OTHER, *LATER] if n in set(first["set"])]
    lines = ["| miss class at first contact | " + " | ".join(f"set {n}" for n in names)
             + " | all |", "|---|" + "---|" * (len(names) + 1)]
    for i, label in enumerate(CLASSES):
        row = [int(((miss["class"] == i) & (miss["set"] == n)).sum()) for n in names]
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + f" | {sum(row)} |")
    totals = [int((miss["set"] == n).sum()) for n in names]
    sizes = [int((first["set"] == n).sum()) for n in names]
    lines.append("| misses / clauses | " + " | ".join(f"{m}/{s}" for m, s in zip(totals, sizes, strict=True))
                 + f" | {sum(totals)}/{sum(sizes)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", action="store_true", help="miss classes at first contact")
    parser.add_argument("--list", action="store_true", help="every first-contact miss")
    args = parser.parse_args()
    df = hand_sets()
    aged = rule_ages(df)
    print(age_table(aged), "\n")
    if args.first:
        names = [*OTHER, *LATER]
        first = first_contact(hand_sets(names), names)
        for name in names:
            part = first[first["set"] == name]
            t = (part["type"] == part["first_type"]).sum()
            o = (part["tool"] == part["first_tool"]).sum()
            print(f"set {name} first contact (coder of {codes_commit(name)[:7]}): type {t}/{len(part)}"
                  f" = {t / len(part):.3f}, tool {o}/{len(part)} = {o / len(part):.3f}")
        for label, pool in (("2-7", OTHER[1:]), ("2-10", names[1:])):
            pooled = first[first["set"].isin(pool)]
            t = (pooled["type"] == pooled["first_type"]).sum()
            o = (pooled["tool"] == pooled["first_tool"]).sum()
            print(f"sets {label} pooled: type {t}/{len(pooled)} = {t / len(pooled):.3f}, "
                  f"tool {o}/{len(pooled)} = {o / len(pooled):.3f}")
        print()
        print(class_table(first))
        if args.list:
            for r in first[first["tool"] != first["first_tool"]].itertuples():
                print(f"  set {r.set} {r.key} hand {r.tool} / first {r.first_tool} [{r.first_cue}] "
                      f"class {miss_class(r.text, r.tool, r.first_tool)}  {r.text[:60]}")


if __name__ == "__main__":
    main()
