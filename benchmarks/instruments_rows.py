"""What each rule row written since a commit does on every hand-coded set (issue 24, round 7).

    python benchmarks/instruments_rows.py                 # since round 6's merge (75ebd78)
    python benchmarks/instruments_rows.py --base COMMIT   # since another commit

First the agreement per set, type · tool, under the library at `--base` (`git archive`, as
instruments_generalise.py does) and as it stands. Then, for each row of
data/reference/instruments.csv added or changed since `--base`, the clauses it makes right and
wrong per set: the coder is run without the row (an added row dropped, a changed row put back as it
was) and compared with the coder as it stands. A row that gains on one set only was most likely
written for that set's misses; every figure here is on SEEN sets (the rows were written reading
their misses), never a first-contact measure.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pandas as pd  # noqa: E402
import real_clauses_2  # noqa: E402
from instruments_generalise import SETS, git, hand_sets, old_coder  # noqa: E402

from sciplan_analysis.config import INSTRUMENTS_FILE  # noqa: E402
from sciplan_analysis.parsing import instruments as ins  # noqa: E402

BASE = "75ebd78"


def every_set() -> pd.DataFrame:
    """The hand-coded clauses of the five plans' samples and of every set of other plans."""
    extra = [w for w in real_clauses_2.SETS if w not in SETS]
    frames = [hand_sets()]
    for which in extra:
        if not real_clauses_2.SETS[which][1].exists():
            print(f"set {which}: texts not gathered ({real_clauses_2.SETS[which][1]}); left out")
            continue
        df = real_clauses_2.coded(which)
        frames.append(df.assign(set=which, key=df["page"] + " " + df["clause_no"].astype(str))
                      [["set", "page", "key", "text", "tool", "type"]])
    return pd.concat(frames, ignore_index=True)


ID_CELL = re.compile(r",(?:id|[a-z]+(?:-[a-z]+)*-(?:\d+|[a-z]+))$")


def without_ids(lines: list[str]) -> list[str]:
    """The file's lines without the id column (the last cell, added in round 8), so a row
    counts as changed only when its rule changed; a row whose note held unquoted commas (three
    rows before round 8) is written as it is read now, its note quoted whole."""
    out = []
    for line in lines:
        if line.startswith("#") or not line.strip():
            out.append(line)
            continue
        line = ID_CELL.sub("", line)
        cells = next(csv.reader([line]))
        if len(cells) > 6:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow([*cells[:5], ",".join(cells[5:])])
            line = buffer.getvalue()
        out.append(line)
    return out


def variants(old: list[str], new: list[str], old_full: list[str] | None = None,
             new_full: list[str] | None = None) -> list[tuple[str, list[str]]]:
    """(the row, the file without it): an added row dropped, a changed row put back as it was.

    `old` and `new` are compared (without ids); the files written are made of `old_full` and
    `new_full`, the same lines as read (round 33: a file whose rows end in a `section` cell cannot
    be loaded once its id cells are taken out, so the variants keep every column)."""
    old_full = old if old_full is None else old_full
    new_full = new if new_full is None else new_full
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        same = tag == "replace" and i2 - i1 == j2 - j1
        for k, j in enumerate(range(j1, j2)):
            if new[j].startswith("#"):
                continue
            kept = [old_full[i1 + k]] if same else []
            out.append((("changed " if same else "added ") + new[j][:90],
                        new_full[:j] + kept + new_full[j + 1:]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=BASE)
    args = parser.parse_args()
    df = every_set()
    before = old_coder(args.base, df["text"].tolist())
    now = ins.code_clauses(df["text"])
    table = pd.DataFrame({"set": df["set"], "clauses": 1,
                          "type_before": before["type"].values == df["type"].values,
                          "tool_before": before["tool"].values == df["tool"].values,
                          "type_now": now["type"].values == df["type"].values,
                          "tool_now": now["tool"].values == df["tool"].values})
    print(table.groupby("set", sort=False).sum().to_string(), "\n")
    right = now["tool"].values == df["tool"].values
    rel = INSTRUMENTS_FILE.relative_to(HERE.parent).as_posix()
    old_full = git("show", f"{args.base}:{rel}").splitlines()
    new_full = INSTRUMENTS_FILE.read_text(encoding="utf-8").splitlines()
    old, new = without_ids(old_full), without_ids(new_full)
    with tempfile.TemporaryDirectory() as tmp:
        for name, lines in variants(old, new, old_full, new_full):
            path = Path(tmp) / f"v{abs(hash(name))}.csv"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            try:
                coded = ins.code_clauses(df["text"], ins.load_scheme(path))
            except ins.InstrumentsError as e:  # e.g. keywords moved to a new row: both hold them
                print(f"{name}\n    cannot be put back alone: {str(e).split(': ', 1)[-1]}")
                continue
            right_without = coded["tool"].values == df["tool"].values
            gains = df.loc[right & ~right_without, "set"].value_counts().to_dict()
            costs = df.loc[~right & right_without, "set"].value_counts().to_dict()
            print(f"{name}\n    makes right: {gains or '-'}   makes wrong: {costs or '-'}")


if __name__ == "__main__":
    main()
