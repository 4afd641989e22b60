"""Rebuild the ignored page folders: save one gathered excerpt under its listed id, checked.

    python benchmarks/save_page.py real_clauses_5.csv some_id < excerpt.json
    python benchmarks/save_page.py real_pages.csv some_id < excerpt.json
    python benchmarks/save_page.py --missing real_pages.csv [--set holdout7]

The page texts of the benchmarks are never committed: each listing (benchmarks/real_pages.csv,
benchmarks/real_clauses*.csv) names a page's id, url and the query that found it with the
`search` tool (corpus `pages`). To rebuild, run the query again, find the result with the listed
url, and pipe its `excerpt` *as the JSON string literal the tool returned* (quotes and \\n escapes
included) into this script. It checks that the id is listed, that the text is not empty, and,
where the listing holds a sha256, that the text is the one coded (a clause set's codes are offsets
into it: a different text is refused; a real_pages.csv page whose text differs from the sha256 in
benchmarks/real_pages_sha256.csv is saved with a warning, since its facts are scored); then it appends {"id", "url", "text"} to the file the benchmark reads
(benchmarks/pages/<set>.jsonl, benchmarks/real_clauses/pages[_N].jsonl) under a lock, replacing
an earlier line of the same id. `--missing` lists the ids still to gather, by query.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGE_SHA = HERE / "real_pages_sha256.csv"


def listing_rows(listing: Path) -> list[dict[str, str]]:
    """The rows of a listing CSV whose leading # lines are comments."""
    with listing.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def target(listing: Path, row: dict[str, str]) -> Path:
    """The JSON-lines file a benchmark reads the row's text from."""
    if listing.name == "real_pages.csv":
        return HERE / "pages" / f"{row['set']}.jsonl"
    m = re.fullmatch(r"real_clauses(?:_(\d+))?\.csv", listing.name)
    if not m:
        raise SystemExit(f"{listing.name}: not a page listing (real_pages.csv, real_clauses*.csv)")
    return HERE / "real_clauses" / (f"pages_{m[1]}.jsonl" if m[1] else "pages.jsonl")


def known_sha(listing: Path, row: dict[str, str]) -> str | None:
    """The first 16 hex digits of the coded text's sha256, where one is recorded."""
    if row.get("sha256"):
        return row["sha256"]
    if listing.name == "real_pages.csv" and PAGE_SHA.exists():
        return {r["id"]: r["sha256"] for r in listing_rows(PAGE_SHA)}.get(row["id"])
    return None


def saved(path: Path) -> dict[str, dict]:
    """The lines of a JSON-lines file by id (none when it does not exist)."""
    if not path.exists():
        return {}
    return {p["id"]: p for p in map(json.loads, filter(str.strip, path.read_text("utf-8").splitlines()))}


def save(listing: Path, page_id: str, literal: str) -> str:
    """Check and store one excerpt; the message says where it went."""
    rows = {r["id"]: r for r in listing_rows(listing)}
    if page_id not in rows:
        raise SystemExit(f"{listing.name}: no page with id {page_id!r}")
    try:
        text = json.loads(literal)
    except json.JSONDecodeError as e:
        raise SystemExit(f"{page_id}: stdin is not a JSON string literal ({e})") from e
    if not isinstance(text, str) or not text.strip():
        raise SystemExit(f"{page_id}: the excerpt is empty or not a string")
    row = rows[page_id]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    want = known_sha(listing, row)
    note = " (checked)" if want else " (none recorded: put it in the listing)"
    if want and digest != want:
        if row.get("sha256"):  # a clause set: its codes are offsets into exactly that text
            raise SystemExit(f"{page_id}: sha256 {digest} is not the coded text's {want} "
                             f"({len(text)} characters): copy the excerpt again, exactly")
        note = (f"; WARNING: sha256 {digest} differs from the 2026-12-03 rebuild's {want}: check the "
                "copy (saved anyway: real_pages.py scores the facts)")
    path = target(listing, row)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.stem}.lock"), "w") as lock:  # hidden: not a page file
        fcntl.flock(lock, fcntl.LOCK_EX)
        pages = saved(path)
        pages[page_id] = {"id": page_id, "url": row["url"], "text": text}
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pages.values())
        os.replace(tmp, path)
    return f"{page_id}: {len(text)} characters, sha256 {digest}{note} → {path.relative_to(HERE)}"


def missing(listing: Path, only_set: str | None) -> str:
    """The listed ids with no saved text, grouped by the query that found them."""
    by_query: dict[str, list[str]] = {}
    for row in listing_rows(listing):
        if only_set and row.get("set") != only_set:
            continue
        if row["id"] not in saved(target(listing, row)):
            by_query.setdefault(row["query"], []).append(f"  {row['id']}  {row['url']}")
    return "\n".join(f"{q}\n" + "\n".join(ids) for q, ids in by_query.items()) or "nothing missing"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("listing", help="a listing's file name under benchmarks/")
    ap.add_argument("id", nargs="?", help="the page's id (its excerpt's JSON string on stdin)")
    ap.add_argument("--missing", action="store_true", help="list the ids still to gather")
    ap.add_argument("--set", help="with --missing: one set of real_pages.csv")
    args = ap.parse_args()
    listing = HERE / args.listing
    if not listing.exists():
        raise SystemExit(f"no listing {listing}")
    if args.missing:
        print(missing(listing, args.set))
    elif args.id:
        print(save(listing, args.id, sys.stdin.read()))
    else:
        ap.error("give an id (and the excerpt on stdin) or --missing")


if __name__ == "__main__":
    main()
