"""Score the parser on real public pages against facts written down by hand.

    python benchmarks/real_pages.py                  # dev set: score and every miss
    python benchmarks/real_pages.py --set holdout    # a held-out set (holdout … holdout36: any set the listing names): the score only
    python benchmarks/real_pages.py --set dev2 --show  # a development set of round six (dev2, dev3)
    python benchmarks/real_pages.py --set all
    python benchmarks/real_pages.py --set all --with-url  # each page with the listing's url, as a manifest's source_url

The pages are listed in benchmarks/real_pages.csv (id, set, query, url); their texts sit in the
ignored folder benchmarks/pages/ as JSON lines ({"id", "url", "text"}), gathered with the
`search` tool and never committed. The facts (benchmarks/real_pages_facts.csv) were read off
each page by hand. A fact is right when the parser gives it; a metadata value the parser gives
where the page shows none, or a target the page does not state, is a wrong fact too (a
confident wrong value is worse than an empty one). Each page is parsed in this process and
timed; the slowest page is reported (the issue asks for under a second each).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from sciplan_analysis.parsing.parse import parse_text  # noqa: E402
from sciplan_analysis.text.script import to_simplified  # noqa: E402

PAGES = HERE / "pages"
META = ("title", "doc_number", "issuer", "issue_date", "period")
DASHES = re.compile(r"[—–―─－~～\-]+")


def rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV whose leading # lines are comments. A row with more cells than the header (a value holding an
    unquoted comma, 美丽中国,我是行动者) stops the script naming its file and id: its cells would be dropped silently."""
    with path.open(encoding="utf-8") as f:
        found = list(csv.DictReader(line for line in f if not line.startswith("#")))
    for row in found:
        if None in row:
            raise SystemExit(f"{path.name}: the row of {next(iter(row.values()))} has more cells than the header "
                             f"(an unquoted comma in a value?): {row[None]}")
    return found


def json_lines(path: Path) -> dict[str, str]:
    """The texts of a JSON-lines file of gathered pages ({"id": …, "text": …} a line) by id; a
    line that is not JSON stops the script naming file and line."""
    found: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                page = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"{path}:{n}: not a JSON line ({e})") from e
            found[page["id"]] = page["text"]
    return found


def texts() -> dict[str, str]:
    """Every gathered page text by id."""
    found: dict[str, str] = {}
    for path in sorted(PAGES.glob("*.jsonl")):
        found.update(json_lines(path))
    return found


def norm(text: object) -> str:
    """A value as compared: NFKC, no spaces, one dash, simplified script."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = DASHES.sub("-", re.sub(r"\s+", "", s))
    return to_simplified(s) if s else s


def parsed_facts(text: str, page_id: str, url: str | None = None) -> tuple[dict[str, str], list[tuple], list[str], float]:
    """Metadata, targets and cited titles the parser reads from one page, and its seconds; `url` the page's
    address, given as the manifest's source_url would give it (its host may name the page's kind)."""
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = parse_text(text, page_id, source_url=url)
    seconds = time.perf_counter() - start
    plan = corpus.plans.iloc[0].to_dict()
    meta = {key: norm(plan.get(key)) for key in ("title", "doc_number", "issuer", "issue_date")}
    start_year, end_year = plan.get("period_start"), plan.get("period_end")
    meta["period"] = f"{int(start_year)}-{int(end_year)}" if norm(start_year) and norm(end_year) else ""
    targets = [(r.kind, None if pd.isna(r.year) else int(r.year), float(r.value), r.comparator)
               for r in corpus.targets.itertuples()]
    cites = [norm(t) for t in corpus.citations.title] if not corpus.citations.empty else []
    return meta, targets, cites, seconds


def target_fact(value: str) -> tuple:
    kind, year, number, comparator = value.split(":")
    return kind, None if year == "?" else int(year), float(number), comparator


def score_page(facts: list[dict[str, str]], meta, targets, cites) -> tuple[int, int, list[str]]:
    """(right, total, misses) for one page."""
    right = total = 0
    misses: list[str] = []
    listed = {f["field"] for f in facts}
    for key in META:
        values = [f["value"] for f in facts if f["field"] == key]
        if values and values[0] == "?":
            continue
        expected = {norm(v) if v != "∅" else "" for v in values[0].split("|")} if values else {""}
        if not values and not meta[key]:
            continue  # nothing shown, nothing given: no fact
        total += 1
        if meta[key] in expected:
            right += 1
        else:
            misses.append(f"{key}: got {meta[key] or '∅'!r}, expected {' | '.join(sorted(expected)) or '∅'}")
    wanted = [target_fact(f["value"]) for f in facts if f["field"] == "target"]
    for kind, year, value, comparator in wanted:
        total += 1
        if any(t[0] == kind and (year is None or t[1] == year) and t[2] == value and t[3] == comparator
               for t in targets):
            right += 1
        else:
            misses.append(f"target missing: {kind} {year} {value} {comparator}")
    for t in targets:  # a stated value the page does not state is a wrong fact
        if not any(t[0] == w[0] and t[2] == w[2] for w in wanted):
            total += 1
            misses.append(f"target not on the page: {t}")
    for f in facts:
        if f["field"] == "cites":
            total += 1
            if any(norm(v) in cites for v in f["value"].split("|")):  # alternatives: any one is right
                right += 1
            else:
                misses.append(f"citation missing: {f['value']}")
    del listed
    return right, total, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="dev", choices=(*dict.fromkeys(p["set"] for p in rows(HERE / "real_pages.csv")), "all"))
    parser.add_argument("--quiet", action="store_true", help="the score only, no misses")
    parser.add_argument("--with-url", action="store_true",
                        help="give each page its listed url as the manifest's source_url (default: the text alone)")
    parser.add_argument("--show", action="store_true",
                        help="print the misses of a holdout set too (it is then no longer held out)")
    parser.add_argument("--gathered", action="store_true",
                        help="score only the pages whose text is gathered, naming the others on stderr "
                             "(a partly rebuilt folder; compare figures only with runs on the same pages)")
    args = parser.parse_args()
    pages = [p for p in rows(HERE / "real_pages.csv") if args.set in ("all", p["set"])]
    facts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for f in rows(HERE / "real_pages_facts.csv"):
        facts[f["id"]].append(f)
    found = texts()
    missing = [p["id"] for p in pages if p["id"] not in found]
    if missing and not args.gathered:
        raise SystemExit(f"no text gathered for {len(missing)} page(s) in {PAGES}: {', '.join(missing)} "
                         "(--gathered scores the rest)")
    if missing:
        print(f"warning: {len(missing)} listed page(s) not gathered, left out: {', '.join(missing)}", file=sys.stderr)
        pages = [p for p in pages if p["id"] in found]
    show = not args.quiet and (args.set == "dev" or args.show)
    all_right = all_total = 0
    slowest = (0.0, "")
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for page in pages:
        meta, targets, cites, seconds = parsed_facts(found[page["id"]], page["id"],
                                                     page["url"] if args.with_url else None)
        slowest = max(slowest, (seconds, page["id"]))
        right, total, misses = score_page(facts[page["id"]], meta, targets, cites)
        all_right, all_total = all_right + right, all_total + total
        for miss in misses:
            by_field[miss.split(":")[0].split()[0]][0] += 1
        if show and misses:
            print(f"{page['id']}  {right}/{total}")
            for miss in misses:
                print(f"    {miss}")
    share = all_right / all_total if all_total else 0.0
    print(f"{args.set}{' (with urls)' if args.with_url else ''}: {len(pages)} pages, {all_right}/{all_total} facts right ({share:.1%}); "
          f"slowest page {slowest[1]} {slowest[0]:.3f} s")
    if by_field:
        print("misses by field: " + ", ".join(f"{k} {v[0]}" for k, v in sorted(by_field.items())))


if __name__ == "__main__":
    main()
