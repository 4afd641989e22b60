"""Hand checks of clause codes: a researcher's decision on a clause, a layer over the parsed tables.

The learned hybrid (`parsing.learned`: a model learned from hand-coded clauses, reading the text
and the rules' code) codes every clause; where the rules of ``instruments.csv`` read it otherwise
(``clauses.review``) the two readings disagree, and those are the codes to check first. A code a researcher has checked is kept in
``data/reference/instrument_checks.csv``, one row per clause, keyed by the plan, the clause's raw
offsets (``clauses.start``/``end``) and a short hash of its text (`clause_hash`), so that a check
survives a rebuild and goes stale, visibly, when the plan's text changes.

The parser never reads the file: its ``clauses`` carry the model's codes (``coded_by = model``),
and that is what the corpus cache holds. Every way a corpus is obtained (`corpus.load_corpus`,
`corpus.parse_manifest`, `corpus.read_snapshot`, `corpus.load_plan`) then applies the file once,
over the whole ``clauses`` table (`apply_checks`: a merge on plan, offsets and hash): where a row
matches a clause, the clause takes the checked tool, the tool's type in the scheme, the cue
``checked: <note>`` (`MARK`), ``coded_by = checked`` and no review reading (the rules' reading,
``rule_tool``, stays as they read it). So writing a check
re-parses nothing. A row of a plan in the corpus that matches no clause is never applied: it is
among the corpus's problems (in memory, never in the cache) and every load warns about it
(`warn_unapplied`, a `ChecksWarning` naming the file and line), as it warns about a row whose
plan is not in the corpus. A malformed file is a `ChecksError` naming the file and line.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from sciplan_analysis import reference_files
from sciplan_analysis.config import CHECKS_FILE
from sciplan_analysis.errors import ChecksWarning, PlanError
from sciplan_analysis.tables import INSTRUMENT_TOOLS as SCHEME

HASH_LEN = 12
REQUIRED = ("plan_id", "start", "end", "hash", "tool")
OPTIONAL = ("who", "when", "note")
MARK = "checked"  # a checked clause's cue: "checked" or "checked: <note>"
MODEL, CHECKED = "model", "checked"  # clauses.coded_by
NOT_APPLIED = "hand check not applied"  # in the problem a stale row leaves (and its warning)
_HEX = re.compile(rf"[0-9a-f]{{{HASH_LEN}}}")


class ChecksError(PlanError):
    """The hand checks file is malformed; the message names the file and line."""


def clause_hash(text: str) -> str:
    """The short hash a check keys a clause's text by: the first 12 hex digits of the SHA-256
    of the text as ``clauses.text`` holds it (UTF-8)."""
    return hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:HASH_LEN]


def cue_of(note: str) -> str:
    """A checked clause's cue: ``checked: <note>``, or ``checked`` without a note."""
    return f"{MARK}: {note}" if note else MARK


def note_of(cue: str) -> str:
    """The researcher's note in a checked clause's cue (`cue_of` undone)."""
    return cue[len(MARK) + 2:] if cue.startswith(f"{MARK}: ") else ("" if cue == MARK else cue)


@dataclass(frozen=True)
class Check:
    """One row of the checks file: which clause, the tool decided, who, when and why."""

    line: int
    plan_id: str
    start: int
    end: int
    hash: str
    tool: str
    who: str = ""
    when: str = ""
    note: str = ""
    path: Path = CHECKS_FILE

    @property
    def type(self) -> str:
        """The tool's type in the scheme (never typed in the file)."""
        return SCHEME[self.tool]

    @property
    def where(self) -> str:
        return f"{self.path}, line {self.line}"


@dataclass(frozen=True)
class Checks:
    """The validated rows of a checks file, in file order."""

    path: Path
    rows: tuple[Check, ...] = ()

    def of_plan(self, plan_id: str) -> list[Check]:
        return [c for c in self.rows if c.plan_id == plan_id]

    @property
    def plan_ids(self) -> set[str]:
        return {c.plan_id for c in self.rows}


def load_checks(path: str | Path | None = None) -> Checks:
    """Read and validate a checks file (default: `CHECKS_FILE`, looked up when called); a
    missing file holds no checks. Read again whenever the file's size or mtime changes."""
    path = Path(CHECKS_FILE if path is None else path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return Checks(path)
    return _load(path, stat.st_mtime_ns, stat.st_size)


def _whole(where: str, name: str, value: str) -> int:
    if not value.isdigit():
        raise ChecksError(f"{where}: {name} must be a whole number (a raw offset, as clauses.{name} "
                          f"gives it), not {value!r}")
    return int(value)


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int, size: int) -> Checks:  # noqa: ARG001 - the cache key
    header, rows = reference_files.numbered_rows(path)
    if not header:
        return Checks(path)
    if "type" in header:
        raise ChecksError(f"{path}: a check names no type: it is the tool's type in the scheme "
                          "(drop the type column)")
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if missing or unknown:
        raise ChecksError(f"{path}: the header must hold {', '.join(REQUIRED)} (and optionally "
                          f"{', '.join(OPTIONAL)})"
                          + (f"; it lacks {', '.join(missing)}" if missing else "")
                          + (f"; {', '.join(unknown)} is no column of it" if unknown else ""))
    for n, cells in reference_files.numbered_cells(path)[1:]:
        if len(cells) > len(header):
            raise ChecksError(f"{path}, line {n}: {len(cells)} cells where the header has "
                              f"{len(header)}; put a note holding commas in double quotes")
    out: list[Check] = []
    seen: dict[tuple[str, int, int], int] = {}
    for n, row in rows:
        where = f"{path}, line {n}"
        plan_id = row["plan_id"]
        if not plan_id:
            raise ChecksError(f"{where}: the plan_id is empty")
        start, end = _whole(where, "start", row["start"]), _whole(where, "end", row["end"])
        if end <= start:
            raise ChecksError(f"{where}: end ({end}) must be after start ({start})")
        digest = row["hash"].lower()
        if not _HEX.fullmatch(digest):
            raise ChecksError(f"{where}: the hash must be {HASH_LEN} hex digits (checks.clause_hash "
                              f"of the clause's text), not {row['hash']!r}")
        tool = row["tool"]
        if tool not in SCHEME:
            raise ChecksError(f"{where}: unknown tool {tool!r}; the scheme's tools are "
                              f"{', '.join(SCHEME)}")
        when = row.get("when", "")
        if when:
            try:
                datetime.date.fromisoformat(when)
            except ValueError:
                raise ChecksError(f"{where}: when must be a date, YYYY-MM-DD, not {when!r}") from None
        key = (plan_id, start, end)
        if key in seen:
            raise ChecksError(f"{where}: the clause {plan_id} {start}-{end} is already checked on "
                              f"line {seen[key]}; keep one row per clause")
        seen[key] = n
        out.append(Check(n, plan_id, start, end, digest, tool, row.get("who", ""), when,
                         row.get("note", ""), path))
    return Checks(path, tuple(out))


# --------------------------------------------------------------------------- applying them

def _stale(check: Check, row: Mapping | None, rows: Iterable[Mapping]) -> str:
    """Why a check matches no clause, and where its text stands now if it is still there."""
    if row is None:
        why = (f"no clause of the plan spans {check.start}-{check.end} (its text changed, or the "
               "offsets were typed wrong)")
    else:
        why = (f"the clause at {check.start}-{check.end} now reads otherwise (its hash is "
               f"{clause_hash(row['text'])}, the row's {check.hash})")
    moved = [r for r in rows if not pd.isna(r.get("start")) and clause_hash(r["text"]) == check.hash]
    if len(moved) == 1:
        r = moved[0]
        why += (f"; the checked text now stands at {r['start']}-{r['end']} (task {r['task_id']}, "
                f"clause {r['clause_no']}): correct the row's start and end")
    return (f"{check.plan_id}: {NOT_APPLIED} ({check.where}): {why}; the clause keeps the rules' "
            "code until the row is corrected or removed")


def is_stale(problem: str) -> bool:
    """Whether a corpus problem is a hand check not applied (`apply_checks` adds them)."""
    return f": {NOT_APPLIED} (" in problem


def _frame(checks: Checks) -> pd.DataFrame:
    """The rows of a checks file as a table: the key, what a match sets, and the row's place."""
    rows = checks.rows
    return pd.DataFrame({
        "plan_id": pd.Series([c.plan_id for c in rows], dtype=object),
        "start": pd.Series([c.start for c in rows], dtype="int64"),
        "end": pd.Series([c.end for c in rows], dtype="int64"),
        "hash": pd.Series([c.hash for c in rows], dtype=object),
        "row": pd.Series(range(len(rows)), dtype="int64"),
    })


def apply_checks(clauses: pd.DataFrame, checks: Checks | None = None,
                 plan_ids: Iterable[str] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The ``clauses`` table with the hand checks applied, and the problems of the rows that
    were not (``"<plan_id>: hand check not applied (<file>, line n): …"``, in file order).

    Vectorised: the rows of the plans in `plan_ids` (default: the plans of `clauses`) are
    merged with the clauses on plan_id, start and end, and the hash is computed for the
    clauses so found only. A match sets tool, type (the scheme's), cue (`cue_of`), review
    (None) and coded_by (checked), and leaves rule_tool and rule_type as the rules read the
    clause (a reading measured against hand codes: the checked code would hide what they read,
    and `tool` already holds the decision); a row that matches no clause changes nothing. Rows of other
    plans are left alone (`warn_unapplied` names them). `clauses` itself is never changed: the
    columns set are new arrays in a shallow copy."""
    checks = load_checks() if checks is None else checks
    if not checks.rows or (clauses.empty and plan_ids is None):
        return clauses, []
    known = set(clauses["plan_id"].unique()) if plan_ids is None else set(plan_ids)
    table = _frame(checks)
    table = table[table["plan_id"].isin(known)]
    if table.empty:
        return clauses, []
    aligned = clauses["plan_id"].isin(set(table["plan_id"])) & clauses["start"].notna() \
        & clauses["end"].notna()
    spans = pd.DataFrame({
        "plan_id": clauses["plan_id"][aligned].to_numpy(dtype=object),
        "start": clauses["start"][aligned].to_numpy(dtype="int64"),
        "end": clauses["end"][aligned].to_numpy(dtype="int64"),
        "at": np.flatnonzero(aligned.to_numpy()),
    }).drop_duplicates(["plan_id", "start", "end"], keep="last")  # as a lookup by span keeps the last
    found = table.merge(spans, on=["plan_id", "start", "end"], how="left", sort=False)
    texts = clauses["text"].to_numpy(dtype=object)
    spanned = found["at"].notna().to_numpy()
    at = found["at"].to_numpy(dtype="float64")
    hashes = np.array([clause_hash(texts[int(i)]) if ok else "" for i, ok in zip(at, spanned, strict=True)],
                      dtype=object)
    hit = spanned & (hashes == found["hash"].to_numpy(dtype=object))
    out = clauses
    if hit.any():
        rows = [checks.rows[r] for r in found["row"].to_numpy()[hit]]
        where = at[hit].astype("int64")
        out = clauses.copy(deep=False)
        for column, values in (("tool", [c.tool for c in rows]), ("type", [c.type for c in rows]),
                               ("cue", [cue_of(c.note) for c in rows]), ("review", [None] * len(rows)),
                               ("coded_by", [CHECKED] * len(rows))):
            column_values = out[column].to_numpy(dtype=object, copy=True)
            column_values[where] = values
            out[column] = column_values
    problems = []
    missed = found[~hit]
    if len(missed):
        by_plan: dict[str, list[dict]] = {}  # the clauses of a plan with stale rows (rare), read once
        for r, spot, ok in zip(missed["row"], missed["at"], spanned[~hit], strict=True):
            check = checks.rows[r]
            if check.plan_id not in by_plan:
                by_plan[check.plan_id] = clauses[clauses["plan_id"] == check.plan_id].to_dict("records")
            problems.append(_stale(check, clauses.iloc[int(spot)] if ok else None, by_plan[check.plan_id]))
    return out, problems


def warn_unapplied(plan_ids: Iterable[str], problems: Iterable[str],
                   checks: Checks | None = None) -> list[str]:
    """Warn (`ChecksWarning`) about every hand check a corpus did not apply: the stale ones
    `apply_checks` put among its `problems`, and, when `checks` is given, rows naming a plan not
    among `plan_ids`. Returns the messages."""
    messages = [p for p in problems if is_stale(p)]
    if checks is not None:
        known = set(plan_ids)
        messages += [f"{c.where}: {NOT_APPLIED}: the plan {c.plan_id!r} is not in the corpus (a plan "
                     "id typed wrong, or a plan removed from data/raw/plans.csv)"
                     for c in checks.rows if c.plan_id not in known]
    for message in messages:
        warnings.warn(message, ChecksWarning, stacklevel=3)
    return messages


def row_for(clause: Mapping, tool: str, *, note: str = "", who: str = "", when: str = "") -> str:
    """A line to add to the checks file for one clause (a row of ``clauses``: plan_id, start,
    end, text), checked as `tool`; `when` defaults to today."""
    if tool not in SCHEME:
        raise ChecksError(f"unknown tool {tool!r}; the scheme's tools are {', '.join(SCHEME)}")
    start, end = clause.get("start"), clause.get("end")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        raise ChecksError(f"the clause {clause.get('plan_id')} {clause.get('task_id')}.{clause.get('clause_no')} "
                          "has no offsets in the raw text: it cannot be checked by a row")
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([
        clause["plan_id"], int(start), int(end), clause_hash(clause["text"]),
        tool, who, when or datetime.date.today().isoformat(), note])
    return out.getvalue()


# --------------------------------------------------------------------------- writing a row

LOCK_NAME = ".instrument_checks.lock"  # beside the checks file: writers of it take turns
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")  # a cell must stay on its line


class AlreadyChecked(ChecksError):
    """The clause already has a row in the checks file (and no replacement was asked for)."""

    def __init__(self, message: str, check: Check) -> None:
        super().__init__(message)
        self.check = check


@dataclass(frozen=True)
class Recorded:
    """What `record` wrote: the row's line in the file, the line as written, the row it
    replaced (None for a new row), and rows of the same text at other offsets (stale)."""

    path: Path
    line: int
    text: str
    replaced: Check | None = None
    same_text_elsewhere: tuple[Check, ...] = ()


def _read_unlocked(path: Path) -> tuple[bytes, Checks, list[str]]:
    """The file's bytes, its validated rows (read afresh, never from the cache: a row written a
    moment ago may leave size and mtime alike) and its header; ChecksError when malformed."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return b"", Checks(path), []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ChecksError(f"{path}: not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    return data, _load.__wrapped__(path, 0, 0), reference_files.numbered_rows(path)[0]


def _cells_in_order(line: str, header: list[str], path: Path) -> list[str]:
    """The cells of a `row_for` line, in the order of the file's own header."""
    values = dict(zip(REQUIRED + OPTIONAL, next(csv.reader([line])), strict=True))
    lacking = [c for c in ("who", "note") if values[c] and c not in header]
    if lacking:
        raise ChecksError(f"{path}: the header has no {' or '.join(lacking)} column; add it to the "
                          f"header line or leave --{lacking[0]} out")
    return [values[c] for c in header]


def record(clause: Mapping, tool: str, *, note: str = "", who: str = "", when: str = "",
           replace: bool = False, path: str | Path | None = None) -> Recorded:
    """Write the row `row_for` gives for `clause` into the checks file (default `CHECKS_FILE`):
    appended at the end, or, with `replace`, in place of the clause's row (one row per clause).

    The writers of the file take turns on a lock beside it (`LOCK_NAME`), and the new file
    replaces the old one in one rename (`storage.replacing`), after it has been read back as a
    valid checks file: a reader sees the old file or the new one, two writers at once keep both
    rows, a crash leaves the old file. Every other byte (the comment header, the rows, their line
    ends) is kept. Refused with a ChecksError: a malformed file (its line named), a note or name
    that is not one line, an unknown tool, a clause without offsets, and a clause the file
    already checks (`AlreadyChecked`, naming its line) unless `replace`."""
    return record_many([(clause, tool)], note=note, who=who, when=when, replace=replace, path=path)[0]


def record_many(decisions: Sequence[tuple[Mapping, str]], *, note: str = "", who: str = "",
                when: str = "", replace: bool = False,
                path: str | Path | None = None) -> list[Recorded]:
    """`record` for several clauses (each with its tool) in one write: every row or none. The
    whole batch is refused before anything is written when one clause is refused, or when a
    clause appears twice in it."""
    from sciplan_analysis import storage

    for name, value in (("note", note), ("who", who)):
        if _LINE_BREAKS.search(value):
            raise ChecksError(f"the {name} must be one line of text (no line break, tab or control "
                              "character): the file keeps one row per line")
    planned = []
    seen: dict[tuple[str, int, int], int] = {}
    for i, (clause, tool) in enumerate(decisions):
        line = row_for(clause, tool, note=note.strip(), who=who.strip(), when=when)
        key = (str(clause["plan_id"]), int(clause["start"]), int(clause["end"]))
        if key in seen:
            raise ChecksError(f"the clause {key[0]} {key[1]}-{key[2]} is given twice (decisions "
                              f"{seen[key] + 1} and {i + 1}); give each clause once")
        seen[key] = i
        planned.append((line, key, tool, clause_hash(clause["text"])))
    path = Path(CHECKS_FILE if path is None else path)
    target = storage.writable_target(path)
    with storage.folder_lock(target.parent, LOCK_NAME):
        data, checks, header = _read_unlocked(target)
        text = data.decode("utf-8")
        newline = "\r\n" if "\r\n" in text else "\n"
        if not header:  # a missing or empty file: the columns first
            header = list(REQUIRED + OPTIONAL)
            text += ("" if not text or text.endswith(("\n", "\r")) else newline) + ",".join(header) + newline
        lines = text.splitlines(keepends=True)
        done = []
        for line, key, _tool, digest in planned:
            old = next((c for c in checks.rows if (c.plan_id, c.start, c.end) == key), None)
            if old is not None and not replace:
                by = "".join(f" {k} {v}" for k, v in (("by", old.who), ("on", old.when)) if v)
                state = "" if old.hash == digest else " (a stale row: the clause's text has changed since)"
                raise AlreadyChecked(f"{old.where}: the clause {key[0]} {key[1]}-{key[2]} is already "
                                     f"checked as {old.tool}{by}{state}; give --replace to replace "
                                     "that row" + (" (nothing was written)" if len(planned) > 1 else ""),
                                     old)
            out = io.StringIO()
            csv.writer(out, lineterminator="").writerow(_cells_in_order(line, header, target))
            row = out.getvalue()
            if old is not None:
                ending = lines[old.line - 1][len(lines[old.line - 1].rstrip("\r\n")):]
                lines[old.line - 1] = row + (ending or newline)
                number = old.line
            else:
                if lines and not lines[-1].endswith(("\n", "\r")):
                    lines[-1] += newline
                lines.append(row + newline)
                number = len(lines)
            elsewhere = tuple(c for c in checks.rows if c.plan_id == key[0] and c.hash == digest
                              and (c.start, c.end) != key[1:])
            done.append(Recorded(target, number, row, old, elsewhere))
        with storage.replacing(target) as tmp:
            tmp.write_bytes("".join(lines).encode("utf-8"))
            written = {(c.line, c.plan_id, c.start, c.end, c.tool)
                       for c in _load.__wrapped__(tmp, 0, 0).rows}  # never a file a build refuses
            for r, (_, key, tool, _) in zip(done, planned, strict=True):
                if (r.line, *key, tool) not in written:
                    raise ChecksError(f"{target}: the row written did not read back as line "
                                      f"{r.line}; nothing was changed")
    return done
