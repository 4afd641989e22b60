"""The instrument coder on clauses of OTHER real plans, coded by hand (issue 24).

    python benchmarks/real_clauses.py --list            # the clause pool, with text, for coding
    python benchmarks/real_clauses.py                   # agreement and kappa, both halves
    python benchmarks/real_clauses.py --misses          # and the development half's misses

The pages are listed in benchmarks/real_clauses.csv (id, url, the query that found it, the
plan's body span and the text's sha256). Their texts sit in the ignored folder
benchmarks/real_clauses/pages.jsonl, gathered with the `search` tool and never committed.
Each line of a body is split with the project's clause splitter (`split_clauses`); a last
piece the excerpt cut off mid-sentence is left out. The hand codes are in
tests/data/real_clauses_codes.csv (page, clause number, offsets, half, tool, type, a reading),
without the text. The halves are split by PLAN with a seeded shuffle (seed 24): rules may be
changed looking at the development half only; the held-out half is reported as measured.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from benchmarks.instruments_score import confusion, scores  # noqa: E402
from benchmarks.real_pages import json_lines  # noqa: E402
from sciplan_analysis.parsing import instruments as ins  # noqa: E402
from sciplan_analysis.parsing.normalise import COLON, COMMA, UNIFY  # noqa: E402

PAGES = HERE / "real_clauses" / "pages.jsonl"
# pages that could not be rebuilt as coded after the page folders were lost (listing, id, note):
# their clauses are left out of every figure, with a warning
LOST = HERE / "lost_clause_pages.csv"
# pages this machine's rebuild could not save as coded (the same columns; in the ignored folder, like
# the texts): a copy refused by save_page.py's sha256 check, perhaps an invisible character, which a
# later rebuild may still save. Left out like LOST's pages, with the same warning.
LOST_HERE = HERE / "real_clauses" / "lost_here.csv"
LIST = HERE / "real_clauses.csv"
CODES = HERE.parent / "tests" / "data" / "real_clauses_codes.csv"
SEED = 24


def pages(listing: Path = LIST) -> list[dict[str, str]]:
    """The listed pages (leading # lines are comments)."""
    with listing.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def texts(listing: Path = LIST, gathered: Path = PAGES) -> dict[str, str]:
    """Every gathered page text by id; a missing or changed text is an error naming it."""
    if not gathered.exists():
        raise SystemExit(f"{gathered} is missing: run the queries in {listing.name} with the "
                         "search tool and save each url's excerpt there as a JSON line")
    found = json_lines(gathered)
    gone = lost(listing)
    for p in pages(listing):
        if p["id"] in gone:
            found.pop(p["id"], None)
            print(f"warning: {listing.name}: {p['id']} left out ({gone[p['id']]})", file=sys.stderr)
            continue
        if p["id"] not in found:
            raise SystemExit(f"{gathered}: no text for {p['id']} ({p['url']})")
        digest = hashlib.sha256(found[p["id"]].encode("utf-8")).hexdigest()[:16]
        if digest != p["sha256"]:
            raise SystemExit(f"{gathered}: {p['id']}'s text is not the one coded (sha256 {digest})")
    return found


def lost(listing: Path) -> dict[str, str]:
    """The listing's pages that could not be rebuilt as coded: id → why (benchmarks/lost_clause_pages.csv,
    and this machine's benchmarks/real_clauses/lost_here.csv)."""
    return {r["id"]: r["note"] for f in (LOST, LOST_HERE) if f.exists() for r in pages(f)
            if r["listing"] == listing.name}


def unified(text: str) -> str:
    """The normaliser's punctuation unification (half-width ; , : to Chinese forms), which
    keeps every offset: the stored excerpts have half-width marks, the plans full-width."""
    return COLON.sub("：", COMMA.sub("，", text.translate(UNIFY)))


def clauses(page: dict[str, str], text: str) -> list[dict]:
    """The clauses of a page's body: each line split by the project's splitter, with offsets."""
    lo, hi = int(page["body_start"]), int(page["body_end"])
    text = unified(text)
    out, pos = [], lo
    for line in text[lo:hi].split("\n"):
        for off, clause in ins.split_clauses(line):
            start = pos + off
            out.append({"page": page["id"], "start": start, "end": start + len(clause),
                        "text": clause})
        pos += len(line) + 1
    if out and hi == len(text) and not out[-1]["text"].endswith(("。", "；")):
        out.pop()   # cut off by the excerpt's end
    for n, row in enumerate(out, 1):
        row["clause_no"] = n
    return out


def halves(ids: list[str]) -> dict[str, str]:
    """Each page's half: a seeded shuffle of the pages, the first half development."""
    order = sorted(ids)
    random.Random(SEED).shuffle(order)
    return {p: ("dev" if i < (len(order) + 1) // 2 else "holdout") for i, p in enumerate(order)}


def pool() -> pd.DataFrame:
    """Every clause of every listed page, with its half."""
    found = texts()
    rows = [c for p in pages() for c in clauses(p, found[p["id"]])]
    df = pd.DataFrame(rows)
    df["half"] = df["page"].map(halves(list(df["page"].unique())))
    return df


def coded() -> pd.DataFrame:
    """The pool joined to the hand codes; a code whose clause moved is an error."""
    df = pool()
    codes = pd.read_csv(CODES)
    both = codes.merge(df, on=["page", "clause_no"], how="left", suffixes=("", "_pool"),
                       validate="one_to_one")
    bad = both[(both["start"] != both["start_pool"]) | both["text"].isna()]
    if len(bad):
        raise SystemExit(f"{CODES}: {len(bad)} code(s) whose clause is not in the pool, e.g. "
                         f"{bad.iloc[0]['page']} {bad.iloc[0]['clause_no']}")
    if (both["half"] != both["half_pool"]).any():
        raise SystemExit(f"{CODES}: a half differs from the seeded split")
    return both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print the pool for hand coding")
    parser.add_argument("--misses", action="store_true", help="the development half's misses")
    parser.add_argument("--confusion", action="store_true")
    args = parser.parse_args()
    if args.list:
        for r in pool().itertuples():
            print(f"{r.page},{r.clause_no},{r.start},{r.end},{r.half}\t{r.text}")
        return
    both = coded()
    pred = ins.code_clauses(both["text"])
    both = pd.concat([both.reset_index(drop=True), pred.add_prefix("coder_")], axis=1)
    for half in ("dev", "holdout"):
        part = both[both["half"] == half]
        s = scores(part[["tool", "type"]], part[["coder_tool", "coder_type"]]
                   .rename(columns=lambda c: c[6:]))
        plans = part["page"].nunique()
        print(f"{half} ({len(part)} clauses, {plans} plans): "
              + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
        if args.confusion:
            print(confusion(part[["tool"]], part[["coder_tool"]].rename(columns={"coder_tool": "tool"})), "\n")
    if args.misses:
        dev = both[(both["half"] == "dev") & (both["tool"] != both["coder_tool"])]
        for r in dev.itertuples():
            print(f"  {r.page} {r.clause_no} hand {r.tool} / coder {r.coder_tool} [{r.coder_cue}]"
                  f"  {r.text[:70]}")


if __name__ == "__main__":
    main()
