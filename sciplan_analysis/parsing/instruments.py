"""Policy instruments: each clause of a task coded by the tool the government uses in it.

The scheme is ``INSTRUMENTS.md`` (14 tools in three types after Rothwell and Zegveld, plus
``none``); its cues and tie-breaks live in ``data/reference/instruments.csv`` so a researcher
can edit them. A clause is a sentence of a task's text ending in 。 or ； (the title sentence
is one too); each keeps its offsets in the raw text, so a coded clause can be checked against
the plan as received. This is a classification stage of the parser: `parse` writes the
``clauses`` table; `analysis.instruments` compares plans on it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from sciplan_analysis import reference_files
from sciplan_analysis.config import INSTRUMENTS_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing import checks as hand_checks
from sciplan_analysis.parsing import clauserole, learned
from sciplan_analysis.parsing.normalise import GLOSS, UNIFY
from sciplan_analysis.parsing.sections import KINDS as SECTION_KINDS
from sciplan_analysis.tables import COLUMNS as TABLE_COLUMNS
from sciplan_analysis.tables import INSTRUMENT_TOOLS as SCHEME
from sciplan_analysis.tables import INSTRUMENT_TYPES as TYPES
from sciplan_analysis.text.patterns import ARTIFACTS, CODING_UNIT, PHRASE
from sciplan_analysis.text.script import simplified

TOOLS: tuple[str, ...] = tuple(SCHEME)
COLUMNS = TABLE_COLUMNS["clauses"]
# the code's agreement on other real plans by kind of document, the learned hybrid's leave-one-set-out
# and the rules' at first contact beside it (benchmarks/instruments_reliability.py)
RELIABILITY_FILE = INSTRUMENTS_FILE.with_name("instrument_reliability.csv")


class InstrumentsError(PlanError):
    """The instruments reference file is malformed; the message names the file and line."""


# --------------------------------------------------------------------------- clauses

def split_clauses(text: str) -> list[tuple[int, str]]:
    """The clauses of a task's text with their offsets in it: pieces ending in 。 or ；.

    A trailing piece without a terminator is a clause too; blank pieces are dropped.
    """
    out = []
    for m in CODING_UNIT.finditer(text):
        piece = m.group()
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece.strip("。；"):
            out.append((m.start() + lead, piece))
    return out


# Folding that both the raw text and the clause go through before alignment: the
# normaliser's punctuation unification (half-width → Chinese forms, full-width digits).
_FOLD = {**UNIFY, **str.maketrans({
    ",": "，", ":": "：", "〔": "（", "〕": "）", "[": "（", "]": "）", "【": "（", "】": "）",
})}


def folded(raw: str, start: int = 0, end: int | None = None) -> tuple[str, np.ndarray]:
    """The raw span without whitespace and artifacts, folded, with each character's raw offset."""
    end = len(raw) if end is None else end
    span = raw[start:end]
    keep = np.ones(len(span), dtype=bool)
    for m in ARTIFACTS.finditer(span):
        keep[m.start():m.end()] = False
    chars, offsets = [], []
    for i, ch in enumerate(span):
        if keep[i] and not ch.isspace():
            chars.append(ch)
            offsets.append(start + i)
    return "".join(chars).translate(_FOLD), np.asarray(offsets, dtype=np.int64)


def _fold_clause(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace()).translate(_FOLD)


def align(clause: str, hay: str, offsets: np.ndarray, cursor: int) -> tuple[int, int, int] | None:
    """Raw (start, end) of a clause in a folded raw span, searching from `cursor`.

    Exact search first; failing that, the clause's characters in order (a subsequence match),
    accepted when at least 90% of them are found within a window not much longer than it.
    Returns (start, end, new cursor) or None.
    """
    needle = _fold_clause(clause)
    if not needle or len(offsets) == 0:
        return None
    at = hay.find(needle, cursor)
    if at < 0:
        at = hay.find(needle)
    if at >= 0:
        last = at + len(needle) - 1
        return int(offsets[at]), int(offsets[last]) + 1, last + 1
    first = hay.find(needle[0], cursor)
    if first < 0:
        return None
    pos, found, last = first, 0, first
    limit = first + 2 * len(needle) + 20
    for ch in needle:
        j = hay.find(ch, pos, limit)
        if j < 0:
            continue
        found += 1
        last = j
        pos = j + 1
    if found < 0.9 * len(needle):
        return None
    return int(offsets[first]), int(offsets[last]) + 1, last + 1


# --------------------------------------------------------------------------- the rules

# Round 28: the main rows whose text, where it yields no tool, gives way to the whole clause. Only
# main-06 (在X中，Y: X says when or in what, but where Y names no means X may be the means). Not a
# purpose's main clause (main-02, C07: the purpose is never the means), nor an announced event (main-05,
# whose opening is a 为… purpose), a label:value line (main-01: the label names a part of the plan), the
# money after X所需 (main-03) or the X of 通过X，使Y (main-04: Y is the result, never the means).
MAIN_FALLS_BACK = frozenset({"main-06"})
# …and not where X is a process under way (在推进素质教育的进程中，…): that opening says when, never how
# (set 6's 在全面推进素质教育的进程中，打开…新局面, none by hand, would read 素质教育 as education).
PROCESS_OPENING = re.compile(r"^[^，。；]*?(?:进程|过程)中，")

KINDS = ("tool", "keywords", "pattern", "frame", "where", "name", "aim", "shape", "main", "head",
         "section")


@dataclass(frozen=True)
class Rule:
    """One row of the instruments file: a cue list or a pattern, with its tool and tier."""

    line: int
    kind: str
    tool: str
    tier: int
    cues: tuple[str, ...]
    regex: re.Pattern[str] | None = None
    sections: tuple[str, ...] = ()  # a section row's section kinds
    whole: bool = False  # a main row whose text, coding none, gives way to the whole clause (round 28)


@dataclass(frozen=True)
class Scheme:
    """The validated rules: the tools declared, cue rules in file order, the masks, and the
    shape and main rows read before any cue."""

    path: Path
    tools: tuple[str, ...]
    rules: tuple[Rule, ...]
    where: tuple[re.Pattern[str], ...]
    aims: tuple[re.Pattern[str], ...]
    keyword_regex: dict[int, re.Pattern[str]]
    keyword_rule: dict[str, Rule]
    names: tuple[re.Pattern[str], ...] = ()
    shapes: tuple[Rule, ...] = ()
    sections: tuple[Rule, ...] = ()  # read first, only where a clause's section kind is given
    # clause text → its Decision under these rules (`decide` is deterministic): the same
    # clauses parsed again in one process (a plan re-parsed, plans that share text) are coded
    # once; at most DECISIONS_KEPT, then it starts afresh. A scheme made from this one
    # (dataclasses.replace) starts with its own, empty.
    decisions: dict[str | tuple[str, str], Decision] = dataclasses.field(
        default_factory=dict, init=False, repr=False, compare=False)


def _reference_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """CSV rows with their line numbers in the file (comment lines skipped, not renumbered)."""
    header, rows = reference_files.numbered_rows(path)
    if not header:
        raise InstrumentsError(f"{path}: the file is empty")
    needed = {"kind", "tool", "type", "tier", "cues"}
    missing = needed - set(header)
    if missing:
        raise InstrumentsError(f"{path}: the header lacks {', '.join(sorted(missing))}")
    for n, cells in reference_files.numbered_cells(path)[1:]:
        if len(cells) > len(header):  # an unquoted comma in a note: its tail would be lost
            raise InstrumentsError(f"{path}, line {n}: {len(cells)} cells where the header has "
                                   f"{len(header)}; put a note holding commas in double quotes")
    return rows


def _compile(path: Path, n: int, text: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as e:
        raise InstrumentsError(f"{path}, line {n}: the pattern {text!r} is not a valid regular expression ({e})") from e


@lru_cache(maxsize=8)
def load_scheme(path: Path = INSTRUMENTS_FILE) -> Scheme:
    """Read and validate the instruments file; every error names the file and line.

    Checked: the kind is known; the tool is one of the scheme's 14 tools or none and its type
    agrees with the scheme; cues are not empty; a keyword, a tool's row, a rule or a row's
    ``id`` is not listed twice; patterns compile (a frame has an ``inner`` group); every tool
    has a row. The ``id`` column (a row's stable name, which the tests look rules up by) may be
    left empty while a rule is being tried; the tests then ask for one.
    """
    path = Path(path)
    declared: list[str] = []
    rules: list[Rule] = []
    where: list[re.Pattern[str]] = []
    aims: list[re.Pattern[str]] = []
    names: list[re.Pattern[str]] = []
    shapes: list[Rule] = []
    section_rules: list[Rule] = []
    keyword_rule: dict[str, Rule] = {}
    keyword_line: dict[str, int] = {}
    seen: dict[tuple[str, str, str], int] = {}
    ids: dict[str, int] = {}
    for n, row in _reference_rows(path):
        kind, tool, typ, cues = row.get("kind", ""), row.get("tool", ""), row.get("type", ""), row.get("cues", "")
        where_at = f"{path}, line {n}"
        row_id = row.get("id", "")
        if row_id in ids:
            raise InstrumentsError(f"{where_at}: the id {row_id!r} is already used on line {ids[row_id]}")
        if row_id:
            ids[row_id] = n
        if kind not in KINDS:
            raise InstrumentsError(f"{where_at}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        in_sections = tuple(k.strip() for k in row.get("section", "").split("|") if k.strip())
        if in_sections and kind != "section":
            raise InstrumentsError(f"{where_at}: only a section row names section kinds (an unquoted "
                                   "comma in a note shifts the cells: put a note holding commas in "
                                   "double quotes)")
        if kind == "section":
            unknown = [k for k in in_sections if k not in SECTION_KINDS]
            if not in_sections or unknown:
                raise InstrumentsError(f"{where_at}: a section row names the section kinds it applies "
                                       f"in, of {', '.join(SECTION_KINDS)}"
                                       + (f" (not {', '.join(unknown)})" if unknown else ""))
            if not cues:
                raise InstrumentsError(f"{where_at}: the section row has no pattern")
            if (tool or "none") not in SCHEME:
                raise InstrumentsError(
                    f"{where_at}: unknown tool {tool!r}; the scheme's tools are {', '.join(TOOLS)}")
            if tool and typ != SCHEME[tool]:
                raise InstrumentsError(
                    f"{where_at}: tool {tool!r} is of type {SCHEME[tool]!r} in the scheme, not {typ!r}")
            section_rules.append(Rule(n, kind, tool or "none", 0, (cues,), _compile(path, n, cues),
                                      in_sections))
            continue
        if kind in ("where", "name", "aim"):
            if not cues:
                raise InstrumentsError(f"{where_at}: the {kind} row has no pattern")
            {"where": where, "name": names, "aim": aims}[kind].append(_compile(path, n, cues))
            continue
        if kind in ("shape", "main", "head"):
            if not cues:
                raise InstrumentsError(f"{where_at}: the {kind} row has no pattern")
            regex = _compile(path, n, cues)
            if kind in ("main", "head") and "main" not in regex.groupindex:
                raise InstrumentsError(f"{where_at}: a {kind} row needs a group (?P<main>…)")
            if kind == "shape" and (tool or "none") not in SCHEME:
                raise InstrumentsError(
                    f"{where_at}: unknown tool {tool!r}; the scheme's tools are {', '.join(TOOLS)}")
            if kind == "shape" and tool and typ != SCHEME[tool]:
                raise InstrumentsError(
                    f"{where_at}: tool {tool!r} is of type {SCHEME[tool]!r} in the scheme, not {typ!r}")
            if kind in ("main", "head") and tool:
                raise InstrumentsError(f"{where_at}: a {kind} row names no tool (its text is coded)")
            shapes.append(Rule(n, kind, tool or "none", 0, (cues,), regex,
                               whole=kind == "main" and row_id in MAIN_FALLS_BACK))
            continue
        if tool not in SCHEME:
            raise InstrumentsError(
                f"{where_at}: unknown tool {tool!r}; the scheme's tools are {', '.join(TOOLS)}")
        if typ not in TYPES:
            raise InstrumentsError(f"{where_at}: unknown type {typ!r}; use one of {', '.join(TYPES)}")
        if typ != SCHEME[tool]:
            raise InstrumentsError(f"{where_at}: tool {tool!r} is of type {SCHEME[tool]!r} in the scheme, not {typ!r}")
        key = (kind, tool, cues)
        if key in seen:
            raise InstrumentsError(f"{where_at}: duplicates line {seen[key]}")
        seen[key] = n
        if kind == "tool":
            if tool in declared:
                raise InstrumentsError(f"{where_at}: the tool {tool!r} is declared twice")
            declared.append(tool)
            continue
        try:
            tier = int(row.get("tier", ""))
        except ValueError:
            raise InstrumentsError(f"{where_at}: tier must be 0, 1 or 2, not {row.get('tier')!r}") from None
        if tier not in (0, 1, 2):
            raise InstrumentsError(f"{where_at}: tier must be 0, 1 or 2, not {tier}")
        if kind == "keywords":
            words = tuple(w.strip() for w in cues.split("|") if w.strip())
            if not words:
                raise InstrumentsError(f"{where_at}: empty keywords for tool {tool!r}")
            rule = Rule(n, kind, tool, tier, words)
            for w in words:
                if w in keyword_line:
                    raise InstrumentsError(
                        f"{where_at}: the keyword {w!r} is already listed on line {keyword_line[w]}")
                keyword_line[w] = n
                keyword_rule[w] = rule
        else:
            if not cues:
                raise InstrumentsError(f"{where_at}: empty pattern for tool {tool!r}")
            regex = _compile(path, n, cues)
            if kind == "frame" and "inner" not in regex.groupindex:
                raise InstrumentsError(f"{where_at}: a frame needs a group (?P<inner>…)")
            rule = Rule(n, kind, tool, tier, (cues,), regex)
        rules.append(rule)
    missing = [t for t in TOOLS if t not in declared]
    if missing:
        raise InstrumentsError(f"{path}: no tool row for the tool(s) {', '.join(missing)}")
    keyword_regex = {}
    for tier in (0, 1, 2):
        words = sorted((w for w, r in keyword_rule.items() if r.tier == tier), key=lambda w: (-len(w), w))
        if words:
            keyword_regex[tier] = re.compile("|".join(re.escape(w) for w in words))
    return Scheme(path, tuple(declared), tuple(rules), tuple(where), tuple(aims), keyword_regex,
                  keyword_rule, tuple(names), tuple(shapes), tuple(section_rules))


# --------------------------------------------------------------------------- the coder

@dataclass(frozen=True)
class Hit:
    """A cue found in a clause: where, which rule, what it matched."""

    tier: int
    start: int
    end: int
    line: int
    tool: str
    text: str
    inner: tuple[int, int] | None = None


MASK = "\x00"


def _masked(text: str, scheme: Scheme) -> str:
    """The clause with 'where' spans, names and aim phrases blanked (offsets kept).

    An aim is matched on the phrase as written, so a 'where' span inside it (坚持…相结合)
    does not hide it.
    """
    chars = list(text)
    for regex in scheme.names + scheme.where:
        for m in regex.finditer(text):
            chars[m.start():m.end()] = MASK * (m.end() - m.start())
    out = "".join(chars)
    for m in PHRASE.finditer(out):
        phrase = text[m.start():m.end()].strip()
        if any(a.search(phrase) for a in scheme.aims):
            out = out[:m.start()] + MASK * (m.end() - m.start()) + out[m.end():]
    return out


def _hits(text: str, scheme: Scheme, lo: int = 0, hi: int | None = None) -> list[Hit]:
    """Every cue in text[lo:hi]: keywords (leftmost-longest, non-overlapping) and patterns."""
    hi = len(text) if hi is None else hi
    out = []
    for tier, regex in scheme.keyword_regex.items():
        for m in regex.finditer(text, lo, hi):
            rule = scheme.keyword_rule[m.group()]
            out.append(Hit(tier, m.start(), m.end(), rule.line, rule.tool, m.group()))
    for rule in scheme.rules:
        if rule.regex is None:
            continue
        for m in rule.regex.finditer(text, lo, hi):
            if m.end() == m.start():
                continue
            inner = m.span("inner") if rule.kind == "frame" else None
            # a match must not start inside a masked span
            if MASK in text[m.start():m.start() + 1]:
                continue
            out.append(Hit(rule.tier, m.start(), m.end(), rule.line, rule.tool, m.group(), inner))
    return out


def _clean(s: str) -> str:
    return s.replace(MASK, "").strip()


@dataclass(frozen=True)
class Decision:
    """How a clause was coded: tool, type, cue, and the line of the rule whose tool was taken.

    `rule` is the line of the hit that won the clause (a frame's own line when it defers to a
    cue inside it); `by` the line of the rule whose tool the clause got. Both are None when no
    cue was found (the clause is none).
    """

    tool: str
    type: str
    cue: str
    rule: int | None = None
    by: int | None = None


def _decide(hit: Hit, text: str, scheme: Scheme) -> tuple[Hit, str]:
    """The hit whose tool a chosen hit gives, and the cue; a frame defers to the leftmost
    strong cue inside it.

    Leftmost, not strongest: the first means of a list is the one coded (开展科普讲座、先进典型
    宣传等活动 is services), as the scheme's tie-break for 、-lists says.
    """
    if hit.inner is not None and hit.inner[1] > hit.inner[0]:
        # a cue starting inside may end on the frame's own last word (最美…宣传 in 开展最美…宣传活动)
        inside = [h for h in _hits(text, scheme, hit.inner[0], hit.end) if h.tier <= 1
                  and h.inner is None and hit.inner[0] <= h.start < hit.inner[1] and h.end <= hit.end]
        if inside:
            best = min(inside, key=lambda h: (h.start, h.tier, -(h.end - h.start), h.line))
            return best, f"{_clean(hit.text)} → {best.text}"
    if hit.tool == "none":
        return hit, f"programme title: {_clean(hit.text)}"
    return hit, _clean(hit.text)


DECISIONS_KEPT = 50_000  # clauses a scheme remembers the coding of (~20 MB)


def readable(text: str) -> str:
    """The clause as the cues are written: simplified characters, without the phonetic glosses
    some converting sites insert (服務（wù）分隊 → 服务分队), as the parser's normaliser drops them."""
    text = simplified(text)
    return GLOSS.sub("", text) if "(" in text or "（" in text else text


def structure(text: str, scheme: Scheme | None = None) -> tuple[str | None, Rule | None]:
    """What the clause's shape leaves to code, before any cue: (the text to code, the row).

    A `shape` row that matches decides the clause by its shape, with the row's tool: none for a
    heading naming a part of the plan, a theme or date line, a line introducing a list; services
    for a bare list item whose head noun is an event: (None, row). A `main` row that
    matches leaves only its group ``main`` to code (the main clause after a 为… purpose, the head
    noun after X所需): (that text, row); a `head` row (a numbered heading with no verb) leaves
    the heading, whose final compound `decide` codes (`_head`). Otherwise (text, None). The first
    matching row wins.
    """
    main, rule, _ = _structure(text, scheme)
    return main, rule


def _structure(text: str, scheme: Scheme | None = None) -> tuple[str | None, Rule | None, Rule | None]:
    """`structure`, and the `main` row whose text a shape row then decided (None where none did):
    round 28's fall-back reads the whole clause where that row's text names no means."""
    scheme = load_scheme() if scheme is None else scheme
    text = readable(text)
    body = text.strip()
    for rule in scheme.shapes:
        m = rule.regex.search(body) if rule.regex is not None else None
        if m is None:
            continue
        if rule.kind == "shape":
            return None, rule, None
        main = m.group("main")
        if rule.kind == "head":
            return main, rule, None
        again = next((r for r in scheme.shapes if r.kind == "shape" and r.regex is not None
                      and r.regex.search(main.strip())), None)
        if again is not None:
            return None, again, rule
        return main, rule, None
    return text, None, None


def decide(text: str, scheme: Scheme | None = None, section: str | None = None,
           page: str | None = None) -> Decision:
    """The coding of one clause under the scheme's tie-breaks, with the rule that decided it.

    The clause's role is read first (`parsing.clauserole`): where the conventions settle a
    role's code, that decides (`page`, the kind of the clause's page, `parsing.pagekind`, lets
    a role row scoped to a page kind apply: round 23). Where `section` (a kind of `sections.KINDS`: the section the
    clause stands in) is given, the `section` rows are read next. Then the clause's shape (`structure`): a heading, date or theme line names no
    means, and a purpose or a modifier before the main clause or head noun is not read. Then
    the cues. Deterministic: the same text and rules always give the same answer (so it is
    remembered, `Scheme.decisions`). A clause in traditional script is read on its simplified
    copy (the cues are written in simplified characters), without phonetic glosses (`readable`);
    the cue is reported in that form.
    """
    scheme = load_scheme() if scheme is None else scheme
    key = text if section is None and page is None else (text, section, page)
    known = scheme.decisions.get(key)
    if known is None:
        known = _by_role(text, section, page) \
            or (_in_section(text, section, scheme) if section is not None else None) \
            or _decide_clause(text, scheme)
        if len(scheme.decisions) >= DECISIONS_KEPT:
            scheme.decisions.clear()
        scheme.decisions[key] = known
    return known


def _by_role(text: str, section: str | None, page: str | None = None) -> Decision | None:
    """The coding a clause's role settles (`parsing.clauserole`, round 21), or None.

    A clause is read first for what it is in its page: a headline reporting an event held, a
    review's results, a purpose with no main clause, the document's title line, a goals list's
    state. Where ``data/reference/clause_roles.csv`` has a row for the role, the conventions give
    every such clause one code, whatever means words it holds; the cue names the role and row."""
    body = readable(text).strip()
    row = clauserole.role_row(body, section, page=page)
    if row is None:
        return None
    return Decision(row.tool, SCHEME[row.tool], f"role {row.role} ({row.id}): {body.strip('。；： ')}")


def _in_section(text: str, section: str, scheme: Scheme) -> Decision | None:
    """The coding a `section` row gives a clause standing in a section of this kind, or None.

    Round 10: hand codes treat the same wording differently by where it stands (a quantified
    state is planning in a goals section; a review's lines are none), which the clause alone
    cannot tell. The first row whose kinds hold `section` and whose pattern is found decides."""
    body = readable(text).strip()
    for rule in scheme.sections:
        if section in rule.sections and rule.regex is not None and rule.regex.search(body):
            return Decision(rule.tool, SCHEME[rule.tool], f"section {section}: {body.strip('。；： ')}",
                            rule.line, rule.line)
    return None


def _decide_clause(text: str, scheme: Scheme) -> Decision:
    """`decide`, computed."""
    text = readable(text)
    main, shape, under = _structure(text, scheme)
    if main is None and under is not None and _falls_back(under, text) and shape.tool == "none":
        whole = _cues(text, scheme)  # round 28: the main row's text is a bare noun phrase (…的要求)
        if whole.tool != "none":
            return whole
    if main is None:
        return Decision(shape.tool, SCHEME[shape.tool], f"structure: {text.strip('。；： ')}",
                        shape.line, shape.line)
    if shape is not None and shape.kind == "head":
        return _head(main, text, shape, scheme)
    if shape is not None:
        d = _cues(main, scheme)
        if d.tool == "none" and _falls_back(shape, text):  # round 28: Y names no means, so X may be it
            whole = _cues(text, scheme)
            if whole.tool != "none":
                return whole
        return dataclasses.replace(d, cue=d.cue or f"structure: {text.strip('。；： ')}",
                                   rule=d.rule or shape.line)
    return _cues(text, scheme)


def _falls_back(row: Rule, text: str) -> bool:
    """Whether a `main` row whose text named no means gives way to the whole clause (round 28)."""
    return row.whole and PROCESS_OPENING.search(text.strip()) is None


def _head(main: str, text: str, shape: Rule, scheme: Scheme) -> Decision:
    """A heading with no verb is coded by its head noun: the cue that ends it (三、…活动领导小组:
    领导小组, not the 活动 it modifies), or, where that is only a weak noun, the strong cue just
    before it (科普宣传教育: 宣传); a heading X的Y whose head noun Y is no cue (…大赛的竞赛宗旨,
    …的主办单位) names a part of the plan, no means: none. Without 的 the head noun is not plain
    (1.科普示范社区 may be about making model communities), so such a heading is read by its cues."""
    body = main.rstrip("。；：: ")
    masked = _masked(body, scheme)
    hits = [h for h in _hits(masked, scheme) if h.inner is None]
    ending = [h for h in hits if h.end >= len(body)]
    if not ending and "的" not in body:  # the head noun is not plain: read the heading's cues
        return _cues(main, scheme)
    if not ending:
        return Decision("none", "none", f"structure: {text.strip('。；： ')}", shape.line, shape.line)
    best = min(ending, key=lambda h: (h.tier, -(h.end - h.start), h.line))
    while best.tier == 2:
        before = [h for h in hits if h.end == best.start and h.tier < 2]
        if not before:
            break
        best = min(before, key=lambda h: (h.tier, -(h.end - h.start), h.line))
    taken, cue = _decide(best, masked, scheme)
    return Decision(taken.tool, SCHEME[taken.tool], cue, best.line, taken.line)


def _cues(text: str, scheme: Scheme) -> Decision:
    """The coding of a (simplified) text by its cues: masks, then the first phrase with a cue."""
    masked = _masked(text, scheme)
    hits = _hits(masked, scheme)
    if not hits:  # the 'where' masks hid every cue: read the clause without them (names stay
        # hidden: a document's title or a department's name is never the means)
        unmasked = _masked(text, dataclasses.replace(scheme, where=()))
        if any(ch != MASK for ch in unmasked.strip("。；")):
            masked, hits = unmasked, _hits(unmasked, scheme)
    if not hits:
        aim = _clean(masked).strip("。；") == "" and text.strip("。； ")
        return Decision("none", "none", f"aim: {text.strip('。； ')}" if aim else "")
    phrases = [(m.start(), m.end()) for m in PHRASE.finditer(masked)]

    def phrase_of(h: Hit) -> int:
        for i, (s, e) in enumerate(phrases):
            if s <= h.start < e:
                return i
        return len(phrases)

    strong = [h for h in hits if h.tier <= 1]
    pool = strong or hits
    first = min(phrase_of(h) for h in pool)
    cand = [h for h in pool if phrase_of(h) == first]
    best = min(cand, key=lambda h: (h.tier, h.start, -(h.end - h.start), h.line))
    taken, cue = _decide(best, masked, scheme)
    return Decision(taken.tool, SCHEME[taken.tool], cue, best.line, taken.line)


def code_clause(text: str, scheme: Scheme | None = None,
                section: str | None = None, page: str | None = None) -> tuple[str, str, str]:
    """(tool, type, cue) of one clause under the scheme's tie-breaks (see instruments.csv), in
    its section's kind and on its page's kind where those are given (`decide`)."""
    d = decide(text, scheme, section, page)
    return d.tool, d.type, d.cue


# --------------------------------------------------------------------------- the clauses of a plan

def code_clauses(texts: Iterable[str], scheme: Scheme | None = None,
                 sections: Iterable[str | None] | None = None,
                 pages: Iterable[str | None] | None = None) -> pd.DataFrame:
    """tool, type and cue for each text, in order (repeated texts are coded once); `sections`,
    where given, is each text's section kind (`sections.page_sections`; None: not known), and
    `pages` each text's page kind (`pagekind.page_kind`; None: not known)."""
    scheme = load_scheme() if scheme is None else scheme
    texts = list(texts)
    kinds = [None] * len(texts) if sections is None else list(sections)
    if len(kinds) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(kinds)} sections")
    on = [None] * len(texts) if pages is None else list(pages)
    if len(on) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(on)} page kinds")
    memo: dict[tuple[str, str | None, str | None], tuple[str, str, str]] = {}
    rows = []
    for t, k, g in zip(texts, kinds, on, strict=True):
        if (t, k, g) not in memo:
            memo[t, k, g] = code_clause(t, scheme, k, g)
        rows.append(memo[t, k, g])
    return pd.DataFrame(rows, columns=["tool", "type", "cue"])


def plan_clauses(plan_id: str, tasks: Iterable[tuple[str, str]],
                 spans: dict[str, tuple[int, int]], raw: str | None,
                 scheme: Scheme | None = None,
                 sections: dict[str, str] | None = None,
                 page_kind: str | None = None) -> list[dict]:
    """The clause rows of one plan: each task's clauses, raw offsets, tool, type, cue, review,
    coded_by, rule_tool and rule_type.

    `tasks` are (task_id, text) pairs; `spans` the (start, end) in `raw` of each task's
    paragraphs; `sections` each task's section kind (`sections.plan_section`), where known;
    `page_kind` the plan's page kind (`plans.page_kind`), where known (round 23's news rows).
    Offsets are None where a clause cannot be aligned with the raw text.

    Since session 25 the code is the learned hybrid's (`parsing.learned`: a model learned from
    hand-coded clauses, reading the clause's text and the rules' code, their tool and cue, and its
    section kind): `tool` is its reading, `type` that tool's type, ``coded_by = model``. The rules'
    own reading (`code_clause`) is kept beside it as `rule_tool` and `rule_type`; `cue` stays the
    rules' cue (the word or row they decided by, whichever tool the hybrid reads). `review` is the
    rules' tool where it differs from the hybrid's (two readings disagree: check these first),
    else None. The parser never reads the hand checks file; the corpus applies it over the parsed
    tables (`parsing.checks.apply_checks`: a checked clause is ``coded_by = checked``), so that a
    check written re-parses nothing.
    """
    sections = sections or {}
    scheme = load_scheme() if scheme is None else scheme
    hybrid = learned.load_model()
    rows = []
    for task_id, text in tasks:
        hay, offsets, cursor = "", np.empty(0, dtype=np.int64), 0
        if raw is not None and task_id in spans:
            hay, offsets = folded(raw, *spans[task_id])
        for n, (_, clause) in enumerate(split_clauses(text), start=1):
            hit = align(clause, hay, offsets, cursor) if hay else None
            start = end = None
            if hit is not None:
                start, end, cursor = hit
            rule_tool, rule_type, cue = code_clause(clause, scheme, sections.get(task_id), page_kind)
            tool, _ = learned.reading(clause, rule_tool, cue, sections.get(task_id), hybrid)
            rows.append({"plan_id": plan_id, "task_id": task_id, "clause_no": n, "text": clause,
                         "start": start, "end": end, "tool": tool, "type": SCHEME[tool], "cue": cue,
                         "review": rule_tool if rule_tool != tool else None,
                         "coded_by": hand_checks.MODEL,
                         "rule_tool": rule_tool, "rule_type": rule_type})
    return rows


# --------------------------------------------------------------------------- how far to trust it

# the doc_type given for a plan with no title at all (a fragment): its kind is unknown, so it gets
# the coder's agreement pooled over every kind measured, not the kinds of titles naming none
NO_TITLE = "no_title"


# the reliability file's counts on the clauses the hand codes a means (session 40), in this order
MEANS_COLUMNS = ["means_clauses", "means_type_right", "means_tool_right"]


def reliability(doc_types: Iterable[object], path: Path = RELIABILITY_FILE) -> pd.DataFrame:
    """How far the code can be trusted on each kind of document in a corpus.

    One row per `plans.doc_type` present (a missing one as ""; `NO_TITLE` for a plan without a
    title, pooled over every measured kind): how many plans, the kinds of
    other real plans measured for it, their hand-coded clauses and how many of them the code
    read alike (type_right, tool_right: since session 25 the learned hybrid's, each set read by a
    hybrid fitted on the other sets; the file keeps the rules' first-contact figures beside them,
    rule_type_right and rule_tool_right, which this frame leaves out), and the same on the clauses the
    hand codes a means (means_clauses, means_type_right, means_tool_right: a page's opening is
    mostly titles and aims coded none, which the code reads easily, while tool shares are made of
    the clauses that name a means; NA in an older file without them); NA where no plan of that kind
    was measured (a 分工方案). A plan for the year, an event plan or a notice has no doc_type and is
    coded less reliably than an implementation plan like the five, so page 07 prints this beside
    the tool shares. A malformed file raises InstrumentsError naming the file and line.
    """
    header, rows = reference_files.numbered_rows(path)
    needed = {"kind", "doc_types", "clauses", "type_right", "tool_right"}
    if not needed <= set(header):
        raise InstrumentsError(f"{path}: the header lacks {', '.join(sorted(needed - set(header)))}")
    with_means = set(MEANS_COLUMNS) <= set(header)
    if set(header) & set(MEANS_COLUMNS) and not with_means:
        raise InstrumentsError(f"{path}: the header has some of {', '.join(MEANS_COLUMNS)} but not all")
    counted = ["clauses", "type_right", "tool_right", *(MEANS_COLUMNS if with_means else [])]
    measured: list[tuple[str, tuple[str, ...], list[int]]] = []
    for n, row in rows:
        try:
            counts = [int(row[c]) for c in counted]
        except ValueError:
            raise InstrumentsError(f"{path}, line {n}: {', '.join(counted)} must be whole numbers") from None
        if not 0 <= counts[1] <= counts[0] or not 0 <= counts[2] <= counts[0]:
            raise InstrumentsError(f"{path}, line {n}: more clauses right than clauses")
        if with_means and not (0 <= counts[3] <= counts[0] and 0 <= counts[4] <= counts[3]
                               and 0 <= counts[5] <= counts[3]):
            raise InstrumentsError(f"{path}, line {n}: more clauses naming a means right than such clauses, "
                                   f"or more such clauses than clauses")
        measured.append((row["kind"], tuple(row["doc_types"].split("|")) if row["doc_types"] else ("",), counts))
    kinds = pd.Series(["" if pd.isna(d) else str(d) for d in doc_types], dtype=object)
    columns = ["clauses", "type_right", "tool_right", *MEANS_COLUMNS]
    out = []
    for doc_type, plans in kinds.value_counts(sort=False).items():
        mine = measured if doc_type == NO_TITLE else [m for m in measured if doc_type in m[1]]
        total = {c: sum(m[2][i] for m in mine) if mine and i < len(counted) else pd.NA
                 for i, c in enumerate(columns)}
        out.append({"doc_type": doc_type, "plans": int(plans), "kinds": "|".join(m[0] for m in mine), **total})
    frame = pd.DataFrame(out, columns=["doc_type", "plans", "kinds", *columns])
    for c in columns:
        frame[c] = frame[c].astype("Int64")
    return frame
