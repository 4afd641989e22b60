"""How well the parser reads a page's kind (plans.page_kind, parsing/pagekind.py; issue 23), against the
kinds decided by hand in benchmarks/page_kinds.csv.

    python benchmarks/page_kind_score.py              # the development sets: dev*, holdout, holdout2-30
    python benchmarks/page_kind_score.py --held-out   # holdouts 31 on (31-51e scored once, when the rules were settled; later sets too)
    python benchmarks/page_kind_score.py --misses     # …and each page read wrong or unknown, with its cues
    python benchmarks/page_kind_score.py --with-url   # each page with its listed url (a manifest's source_url):
                                                      # a host of data/reference/page_hosts.csv names its kind,
                                                      # or a word of data/reference/page_host_words.csv

The hand file's eight kinds map onto the product's six: official → document; plan_news, survey_news and
event_news → news; paper, report and copy to themselves; other → unknown (a page of no kind: saying unknown
is right). A page the parser calls unknown is counted apart: neither right nor wrong, its share reported
(an honest unknown is better than a confident wrong kind). Per hand kind: pages, right, wrong, unknown;
then the confusion table (hand kind × parser's kind) and the totals.
"""

from __future__ import annotations

import argparse
import csv
import sys
import warnings
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import real_pages as rp  # noqa: E402

from sciplan_analysis.parsing.pagekind import KINDS  # noqa: E402
from sciplan_analysis.parsing.parse import read_text  # noqa: E402

HAND_KINDS = ("official", "plan_news", "survey_news", "event_news", "paper", "report", "copy", "other")
PRODUCT = {"official": "document", "plan_news": "news", "survey_news": "news", "event_news": "news",
           "paper": "paper", "report": "report", "copy": "copy", "other": "unknown"}
HELD_OUT_FIRST = 31  # holdouts from this number on were kept out of development (43p included)


def development(name: str) -> bool:
    """Whether a set was open to development: dev*, holdout, holdout2 … holdout30."""
    if name.startswith("dev") or name == "holdout":
        return True
    number = name.removeprefix("holdout").removesuffix("p")
    return number.isdigit() and int(number) < HELD_OUT_FIRST


def hand_kinds() -> list[dict[str, str]]:
    with (HERE / "page_kinds.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def read_kinds(held_out: bool, with_url: bool = False) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """(page id, hand kind, parser's kind, source, cues) of each page of the chosen sets; `with_url`: each
    page read with the url the listing gives it (as the manifest's source_url)."""
    texts = rp.texts()
    urls = {p["id"]: p["url"] for p in rp.rows(HERE / "real_pages.csv")}
    out = []
    for row in hand_kinds():
        if development(row["set"]) == held_out:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reading = read_text(texts[row["id"]], row["id"], urls[row["id"]] if with_url else None)
        kind = reading.page_kind
        out.append((row["id"], row["kind"], kind.kind, kind.source, kind.cues))
    return out


def tables(results) -> str:
    lines = [f"{'hand kind':<12} {'pages':>5} {'right':>5} {'wrong':>5} {'unknown':>7}"]
    totals = Counter()
    for hand in HAND_KINDS:
        mine = [r for r in results if r[1] == hand]
        if not mine:
            continue
        right = sum(r[2] == PRODUCT[hand] for r in mine)
        unknown = sum(r[2] == "unknown" and PRODUCT[hand] != "unknown" for r in mine)
        wrong = len(mine) - right - unknown
        totals.update(pages=len(mine), right=right, wrong=wrong, unknown=unknown)
        lines.append(f"{hand:<12} {len(mine):>5} {right:>5} {wrong:>5} {unknown:>7}")
    lines.append(f"{'all':<12} {totals['pages']:>5} {totals['right']:>5} {totals['wrong']:>5} {totals['unknown']:>7}")
    said = totals["pages"] - totals["unknown"]
    lines.append(f"right {totals['right']}/{totals['pages']} ({100 * totals['right'] / totals['pages']:.1f}%); "
                 f"unknown {totals['unknown']} ({100 * totals['unknown'] / totals['pages']:.1f}%); "
                 f"of the pages given a kind, right {totals['right']}/{said} "
                 f"({100 * totals['right'] / max(said, 1):.1f}%)")
    lines.append("")
    lines.append(f"{'hand/read':<12} " + " ".join(f"{k:>8}" for k in KINDS))
    for hand in HAND_KINDS:
        row = Counter(r[2] for r in results if r[1] == hand)
        if row:
            lines.append(f"{hand:<12} " + " ".join(f"{row[k]:>8}" for k in KINDS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="holdouts 31 on (every set from holdout31) instead of the development sets")
    parser.add_argument("--misses", action="store_true", help="list each page read wrong or unknown")
    parser.add_argument("--with-url", action="store_true",
                        help="read each page with its listed url (the manifest's source_url); default: the text alone")
    args = parser.parse_args(argv)
    results = read_kinds(args.held_out, args.with_url)
    print(("held-out sets (holdout31 on)" if args.held_out else "development sets (dev*, holdout, holdout2-30)")
          + (" with urls" if args.with_url else "") + f": {len(results)} pages")
    print(tables(results))
    if args.misses:
        print()
        for pid, hand, kind, source, cues in results:
            if kind != PRODUCT[hand]:
                print(f"{hand:<11} -> {kind:<8} ({source}) {pid}  [{' '.join(cues)}]")
    if args.with_url:
        print()
        for pid, hand, kind, source, _ in results:
            if source == "host":
                print(f"host decided: {pid} {hand} -> {kind} ({'right' if kind == PRODUCT[hand] else 'wrong'})")


if __name__ == "__main__":
    main()
