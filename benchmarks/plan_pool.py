"""The pool of plan pages for session 40's blind sample (issue 24): issue 23's official pages with
科普 text, one per document, in a seeded random order.

    python benchmarks/plan_pool.py            # print the pool's counts and write benchmarks/plan_pool_40.csv
    python benchmarks/plan_pool.py --check    # only check that the committed order is the one rebuilt

Why: by session 39 the search index's unlisted 科普 plans were spent, so the clause sets since set 92
were mostly news. The pages gathered for issue 23 (benchmarks/real_pages.csv, texts in the ignored
benchmarks/pages/) were never drawn into a clause set (every gatherer passed over a listed url and
a copy of a listed text) and never hand-coded for instruments: no rule or fit has seen a code of
theirs. Of them, the pages page_kinds.csv calls `official` (documents as issued: plans, notices
issuing them, 实施意见, 工作要点 …) are the issue's "other real plans" and their notices.

The pool (text only; no coder is imported or run):
- official pages whose saved text holds 科普, not of a national body (ids opening national_/cast_);
- not a copy of a page of clause sets 1-209 (those gathered before the pool) or of the five plans
  (more than 30% of its 8-character runs of Han characters, digits and letters in one such text);
- mirrors (two pages sharing more than 30% of the smaller one's runs) are one document: the page
  with the longest text stands for it;
- ordered by a shuffle with seed 40; `plan_rank` numbers, in that order, the documents whose first
  400 characters name a plan's kind (PLAN_NAMED: 实施方案, 实施意见, 规划, 纲要, 工作方案, 行动方案,
  行动计划, 工作计划, 工作要点, 活动方案), the frame session 40's sample is drawn from first. Gatherers
  take documents in this order and say which they pass over, and why, before any coder reads a page.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from sciplan_analysis.text.patterns import NON_CONTENT  # noqa: E402

POOL = HERE / "plan_pool_40.csv"
SEED = 40
SHARE = 0.3  # the share of a text's runs that makes it a copy or a mirror
RUN = 8  # characters in a run
NATIONAL = ("national_", "cast_")
FIRST_DRAWN = 210  # the first clause set drawn from this pool: later sets' pages are the pool's own, not copies
PLAN_NAMED = re.compile(r"实施方案|实施意见|规划|纲要|工作方案|行动方案|行动计划|工作计划|工作要点|活动方案")


def rows(listing: Path) -> list[dict[str, str]]:
    """The rows of a CSV whose leading # lines are comments."""
    with listing.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def saved(pattern: str) -> dict[str, str]:
    """Page texts saved in the ignored JSON-lines folders, by id."""
    out = {}
    for path in sorted(HERE.glob(pattern)):
        for line in path.open(encoding="utf-8"):
            page = json.loads(line)
            out[page["id"]] = page["text"]
    return out


def set_number(path: Path) -> int:
    """The clause set a saved page file holds (pages.jsonl is set 1, pages_N.jsonl set N)."""
    m = re.fullmatch(r"pages(?:_(\d+))?\.jsonl", path.name)
    return int(m[1]) if m and m[1] else 1


def runs(text: str) -> set[str]:
    """The text's runs of RUN characters once punctuation, spaces and furniture marks are gone."""
    t = NON_CONTENT.sub("", text)
    return {t[i:i + RUN] for i in range(len(t) - RUN + 1)}


def index(texts: list[set[str]]) -> dict[str, set[int]]:
    """Which texts hold each run."""
    out: dict[str, set[int]] = defaultdict(set)
    for k, g in enumerate(texts):
        for run in g:
            out[run].add(k)
    return out


def pool() -> tuple[list[dict[str, str | int]], Counter]:
    """The documents in draw order and the count of pages left out at each step."""
    kinds = {r["id"]: r["kind"] for r in rows(HERE / "page_kinds.csv")}
    listed = rows(HERE / "real_pages.csv")
    text = saved("pages/*.jsonl")
    left = Counter()
    official = [r for r in listed if kinds.get(r["id"]) == "official"]
    left["other kinds of page"] = len(listed) - len(official)
    missing = [r for r in official if r["id"] not in text]
    if missing:
        print(f"warning: {len(missing)} official pages have no saved text on this machine "
              f"(benchmarks/pages/): rebuild them first, or the order differs", file=sys.stderr)
    left["no saved text"] = len(missing)
    pages = [r for r in official if r["id"] in text]
    national = [r for r in pages if r["id"].startswith(NATIONAL)]
    left["a national body's"] = len(national)
    pages = [r for r in pages if not r["id"].startswith(NATIONAL)]
    no_kepu = [r for r in pages if "科普" not in text[r["id"]]]
    left["no 科普 in the text"] = len(no_kepu)
    pages = [r for r in pages if "科普" in text[r["id"]]]

    others = [t for path in sorted((HERE / "real_clauses").glob("pages*.jsonl")) if set_number(path) < FIRST_DRAWN
              for t in saved(f"real_clauses/{path.name}").values()]
    others += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    other_runs = index([runs(t) for t in others])
    kept = []
    for r in pages:
        g = runs(text[r["id"]])
        hits = Counter(k for run in g for k in other_runs.get(run, ()))
        if not g or (hits and hits.most_common(1)[0][1] / len(g) > SHARE):
            left["a copy of a clause set's page or the five plans"] += 1
        else:
            kept.append((r, g))

    parent = {r["id"]: r["id"] for r, _ in kept}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ids = [r["id"] for r, _ in kept]
    own = index([g for _, g in kept])
    for k, (_, g) in enumerate(kept):
        shared = Counter(j for run in g for j in own[run] if j != k)
        for j, n in shared.items():
            if n / max(1, min(len(g), len(kept[j][1]))) > SHARE:
                parent[root(ids[k])] = root(ids[j])
    documents: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r, _ in kept:
        documents[root(r["id"])].append(r)
    chosen = []
    for copies in documents.values():
        best = max(copies, key=lambda r: (len(text[r["id"]]), r["id"]))
        chosen.append({"id": best["id"], "set": best["set"], "copies": len(copies),
                       "chars": len(text[best["id"]]),
                       "plan_named": bool(PLAN_NAMED.search(text[best["id"]][:400]))})
        left["a mirror of another pooled page"] += len(copies) - 1
    chosen.sort(key=lambda d: d["id"])
    random.Random(SEED).shuffle(chosen)
    ranks = iter(range(1, len(chosen) + 1))
    for k, d in enumerate(chosen, 1):
        d["order"] = k
        d["plan_rank"] = next(ranks) if d.pop("plan_named") else ""
    return chosen, left


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check the committed order")
    args = ap.parse_args()
    chosen, left = pool()
    header = ["order", "plan_rank", "id", "set", "copies", "chars"]
    if args.check:
        committed = [r["id"] for r in rows(POOL)]
        same = committed == [d["id"] for d in chosen]
        print(f"{POOL.name}: {'the same order' if same else 'a DIFFERENT order'} "
              f"({len(committed)} committed, {len(chosen)} rebuilt)")
        sys.exit(0 if same else 1)
    for why, n in left.items():
        print(f"left out, {why}: {n}")
    print(f"documents in the pool: {len(chosen)}, "
          f"{sum(1 for d in chosen if d['plan_rank'])} of them naming a plan's kind in their opening")
    with POOL.open("w", encoding="utf-8", newline="") as f:
        f.write("# Session 40's pool of plan pages (issue 24), written by benchmarks/plan_pool.py: issue 23's\n"
                "# official pages with 科普 text, one per document, in draw order (seed 40). Gatherers take them\n"
                "# in this order; see the script's docstring for the rules.\n")
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows({k: d[k] for k in header} for d in chosen)
    print(f"wrote {POOL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
