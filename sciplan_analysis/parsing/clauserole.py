"""A clause's role in its page, read before its means (issue 24, round 21).

Hand coders read every clause as if it were a task: the tool its main verb carries out. But a
clause is not always a task. It may be a headline reporting an event held, a review of what was
achieved, a purpose with no main clause, the document's title line, or a goal's state in a goals
list. For some of these roles the coding conventions (docs/coding_conventions.md) settle the code
whatever means words the clause holds: a review's results are none (C06, C34), a purpose is none
(C07, C18), a goals list's state to reach is planning (C18, C41; since round 22 also an item opening on
a change verb that names no means, C67), a tally of results (据统计，…) and a hoped-for effect are none
(round 22: C06, C16). The instrument coder asks this stage first (`parsing.instruments.decide`) and codes
such a clause by its role.

The roles and their cues are the editable ``data/reference/clause_roles.csv``: general cues of the
genre (a line with no sentence mark, a completed aspect 了 after a verb of reviewing, a clause that
opens on 为 and never reaches a main clause, a subject followed by a degree word and a change).
A role the conventions do not settle (a heading: its head noun, C08; a duty line: its duty, C09;
a guiding thought: its first concrete means, C16) has no row here: the coder's reading stands.

Round 23: a row may be scoped to the page's kind (`parsing.pagekind`: document, news, paper, report,
copy, unknown), its ``page`` column. The same words are a task on a plan's page and an occasion told
on a news page (C34: what happened at a meeting, its purpose, the results it went over); a row for
news only finds a clause whose page is read as news.

Round 35 (C90): a tally of the acts done at an event a news item or an account reports is coded by the act
counted; the review rows keep none for a tally in a plan's review section (据统计，…, section ``review``) and,
on a news page, for a state reached or a tally of past years (累计, 以来, 连续, 实现…全覆盖).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sciplan_analysis import reference_files
from sciplan_analysis.config import CLAUSE_ROLES_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.sections import KINDS as SECTION_KINDS
from sciplan_analysis.tables import INSTRUMENT_TOOLS as SCHEME
from sciplan_analysis.tables import PAGE_KINDS

# what a clause can be in its page; "task" is every clause no row names
ROLES = ("heading", "goal", "review", "logistics", "news", "duty", "task")
TASK = "task"


class ClauseRolesError(PlanError):
    """The clause-roles file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class RoleRow:
    """One row of the clause-roles file: the role its words find and the code it settles."""

    line: int
    id: str
    role: str
    tool: str
    sections: tuple[str, ...]
    regex: re.Pattern[str]
    pages: tuple[str, ...] = ()  # the page kinds the row applies on (empty: any)


@lru_cache(maxsize=4)
def load_roles(path: Path = CLAUSE_ROLES_FILE) -> tuple[RoleRow, ...]:
    """The rows in file order. Checked: the columns are there; the id is given and not used twice;
    the role is known (and is no task: a task is what no row names); the tool is one of the
    scheme's or none; the section kinds and page kinds are known; the words compile. Each error
    names the file and line."""
    path = Path(path)
    header, rows = reference_files.numbered_rows(path)
    needed = {"id", "role", "tool", "section", "page", "words"}
    if not needed <= set(header):
        raise ClauseRolesError(f"{path}: the header lacks {', '.join(sorted(needed - set(header)))}")
    out: list[RoleRow] = []
    ids: dict[str, int] = {}
    for n, row in rows:
        where = f"{path}, line {n}"
        row_id = row["id"].strip()
        if not row_id:
            raise ClauseRolesError(f"{where}: the row has no id")
        if row_id in ids:
            raise ClauseRolesError(f"{where}: the id {row_id!r} is already used on line {ids[row_id]}")
        ids[row_id] = n
        role = row["role"].strip()
        if role not in ROLES or role == TASK:
            raise ClauseRolesError(f"{where}: unknown role {role!r}; use one of "
                                   f"{', '.join(r for r in ROLES if r != TASK)}")
        tool = row["tool"].strip()
        if tool not in SCHEME:
            raise ClauseRolesError(f"{where}: unknown tool {tool!r}; the scheme's tools are "
                                   f"{', '.join(SCHEME)}")
        sections = tuple(k.strip() for k in row["section"].split("|") if k.strip())
        unknown = [k for k in sections if k not in SECTION_KINDS]
        if unknown:
            raise ClauseRolesError(f"{where}: unknown section kind(s) {', '.join(unknown)}; use "
                                   f"{', '.join(SECTION_KINDS)}")
        pages = tuple(k.strip() for k in row["page"].split("|") if k.strip())
        unknown = [k for k in pages if k not in PAGE_KINDS]
        if unknown:
            raise ClauseRolesError(f"{where}: unknown page kind(s) {', '.join(unknown)}; use "
                                   f"{', '.join(PAGE_KINDS)}")
        if not row["words"]:
            raise ClauseRolesError(f"{where}: no words")
        try:
            regex = re.compile(row["words"])
        except re.error as e:
            raise ClauseRolesError(f"{where}: the words are not a valid regular expression ({e})") from e
        out.append(RoleRow(n, row_id, role, tool, sections, regex, pages))
    return tuple(out)


def role_row(text: str, section: str | None = None,
             path: Path = CLAUSE_ROLES_FILE, page: str | None = None) -> RoleRow | None:
    """The first row whose words are found in the clause (in simplified characters, stripped),
    whose section kinds, if it names any, hold the clause's `section`, and whose page kinds, if
    it names any, hold the kind of the clause's `page` (None: not known, so no such row applies);
    else None."""
    body = text.strip()
    for row in load_roles(path):
        if row.sections and section not in row.sections:
            continue
        if row.pages and page not in row.pages:
            continue
        if row.regex.search(body):
            return row
    return None


def clause_role(text: str, section: str | None = None, path: Path = CLAUSE_ROLES_FILE,
                page: str | None = None) -> str:
    """The clause's role: the role of the first row that finds it (`role_row`), else a task."""
    row = role_row(text, section, path, page)
    return TASK if row is None else row.role


__all__ = ["ROLES", "TASK", "ClauseRolesError", "RoleRow", "clause_role", "load_roles", "role_row"]
