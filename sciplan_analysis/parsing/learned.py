"""The learned hybrid: the code of each clause since session 25 (issue 24).

The hybrid codes every clause the parser reads (``clauses.tool``, ``type``, ``coded_by = model``):
a model learned from hand-coded clauses, reading the clause's text and the rules' code. It is
`benchmarks/instruments_learned.py`'s ``hybrid``, a multinomial logistic regression (the settings
frozen in session 9) over the clause's character 1-3-grams (tf-idf, `parsing.grams`' shared
scoring) and the rules' reading of it: the rules' tool and its type, how they decided
(`rule_state`: no cue, an aim, a structure row, a section row, a programme title, a frame or a
cue word), the cue word itself and the clause's section kind. It is fitted on every hand-coded
clause with the rule features each set met at FIRST CONTACT, so it has learned how far to trust
rules that had not read the plan, as today's rules meet a new one. Measured forward-chained,
pre-registered and leave-one-set-out on sets it had not been fitted on, it agrees with the hand
codes more often than the rules (README, "How far to trust it"). The rules' own reading stays
beside it (``clauses.rule_tool``, ``rule_type``; ``cue`` is theirs), and where the two differ
``clauses.review`` holds the rules' tool: the codes to check by hand first.

The model is plain numbers in ``data/reference/instrument_model.csv`` (written by
``benchmarks/instruments_learned.py --write``), read with numpy: each n-gram's idf and its
weights for each tool; a row with no idf is a token of the rules' reading (``tool=services``,
``state=cue``, ``section=tasks``, ``cue=讲座``…), whose weights are added where the clause has it (a cue that is not a word of the rules, such as a
role row's clause, kept only as a hash: `hashed`); ``<bias>`` the intercepts. No Python object is loaded and nothing runs.

Session 29 studied two more tokens a file may carry as rows of the same form (`news_tokens`): ``told=act`` and
``told=tally``, a clause told as done (a marker of a reported act; a count of things handed out or people reached; neither
where a task still to come is marked), and ``page=news`` or ``page=report``, the page the clause stands on read as a news item
or a body's work report (`pagekind`). The library computes them for every clause; a file without their rows (every file
before session 29's study) adds nothing for them, so it reads exactly as before.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from sciplan_analysis.config import MODEL_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.grams import gram_scores, model_rows
from sciplan_analysis.tables import INSTRUMENT_TOOLS

BIAS = "<bias>"
CUE, HASHED = "cue=", "cue_sha256="  # a cue token, as read and as kept where its cue is no rule word
UNKNOWN_SECTION = "unknown"  # a clause whose section kind is not known (as the benchmark reads it)

# session 29's news-line tokens (docs/instruments_rounds.md, "a news-line feature, and what decides it"): a clause told as
# done, by a marker of a reported act (了 not in 为了, 除了, 了解; 已 not in 而已; 共计, 累计, 先后, 相继; 此次, 本次, 这次, 当天,
# 当日; 现场, 活动中, 期间; 圆满 or 顺利 before a verb of an event held or ended)…
TOLD_ACT = re.compile(r"(?<![为除])了(?!解)|(?<!而)已|共计|累计|先后|相继|此次|本次|这次|当天|当日|现场|活动中|期间"
                      r"|(?:圆满|顺利)(?:完成|举办|举行|召开|结束|落幕)")
# …or by a count of what was done: a number (Arabic digits, or two or more Chinese numerals), 余 or 多 (and 万 or 千)
# optional, then a measure of things handed out or people reached (次 not after 第; 人 not in 人民, 人员, 人才, 人口, 人们);
# the number read whole (never from its middle: 第12次, 第二十次 give none)
TOLD_TALLY = re.compile(r"(?<![第0-9０-９.．一二三四五六七八九十百千万两])(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二三四五六七八九十百千万两]{2,})\s*(?:[余多])?\s*[万千]?\s*"
                        r"(?:[余多])?\s*(?:份|册|本|人次|场次|场|次|期|批|幅|张|套|件|名|人(?![民员才口们]))")
# …and neither where the clause marks a task still to come (a plan's 将开展…活动, 每年举办讲座不少于10场)
TASK_TO_COME = re.compile(r"将(?:于|在|要|会|继续|进一步|开展|举办|组织|启动)|即将|拟|计划(?:于|在|将)"
                          r"|(?<![主重纪摘只])要(?![求点素闻])|应当|应该|必须|务必|需要|力争|确保|争取|不少于|不低于|每年|年均")
NEWS_PAGE_KINDS = ("news", "report")  # the page kinds (`pagekind.page_kind`) a clause's page token names


class ModelError(PlanError):
    """The hybrid's model file is malformed; the message names the file and line."""


def hashed(token: str) -> str:
    """A cue token as the file keeps it where its cue is not a word of the rules (a pattern's match,
    a role row's clause): ``cue_sha256=`` and the first 12 hex digits of the SHA-256 of the cue, so
    that no sentence of a page enters the repository (as `checks.clause_hash` keys a clause)."""
    return HASHED + hashlib.sha256(token[len(CUE):].encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Model:
    """The hybrid: tools, intercepts, each n-gram's row, idf and weights, each rule token's weights."""

    tools: tuple[str, ...]
    bias: np.ndarray
    rows: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    tokens: dict[str, np.ndarray]

    @cached_property
    def reads_news(self) -> bool:
        """Whether the file carries rows of session 29's tokens (`news_tokens`): only then are they computed."""
        return any(token.startswith(("told=", "page=")) for token in self.tokens)


def rule_state(cue: str | None) -> str:
    """How the rules decided, from the cue they report (`instruments.Decision.cue`)."""
    if not cue:
        return "nocue"
    for prefix, state in (("aim:", "aim"), ("structure:", "structure"), ("section ", "section"),
                          ("programme title:", "programme")):
        if cue.startswith(prefix):
            return state
    return "frame" if " → " in cue else "cue"


def rule_tokens(tool: str, cue: str | None, section: str | None) -> list[str]:
    """The tokens of the rules' reading of a clause the hybrid sees: the rules' tool, its type,
    how they decided, both together, the clause's section kind (`UNKNOWN_SECTION` where none is
    known) and, where a cue word or frame decided, that cue (its last step)."""
    state = rule_state(cue)
    toks = [f"tool={tool}", f"type={INSTRUMENT_TOOLS.get(tool, 'none')}", f"state={state}",
            f"tool_state={tool}_{state}", f"section={section or UNKNOWN_SECTION}"]
    if cue and state in ("cue", "frame"):
        toks.append("cue=" + cue.split(" → ")[-1].replace(" ", "_"))
    return " ".join(toks).split()  # as the benchmark's token block splits them


def told_tokens(text: str) -> list[str]:
    """A clause told as done (session 29's `told`): ``told=act`` where it holds a marker of a reported act,
    ``told=tally`` where it holds a count of what was done; none where it marks a task still to come."""
    if TASK_TO_COME.search(text):
        return []
    return [name for name, found in (("told=act", TOLD_ACT), ("told=tally", TOLD_TALLY)) if found.search(text)]


def page_tokens(page_kind: str | None) -> list[str]:
    """The page a clause stands on read as a news item or a body's work report (session 29's `newspage`):
    ``page=news`` or ``page=report``; no token for any other kind or none known."""
    return [f"page={page_kind}"] if page_kind in NEWS_PAGE_KINDS else []


def news_tokens(text: str, page_kind: str | None) -> list[str]:
    """Session 29's tokens of a clause (`told_tokens`, `page_tokens`): a file carries the rows of those it was
    fitted with; a token with no row adds nothing."""
    return [*told_tokens(text), *page_tokens(page_kind)]


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> Model:
    """Read and check the model file; every error names the file and line."""
    if not path.is_file():
        raise ModelError(f"{path}: the hybrid's model is missing (benchmarks/instruments_learned.py --write)")
    header, body = model_rows(path)
    tools = tuple(header[2:])
    if header[:2] != ["feature", "idf"] or not tools or set(tools) - set(INSTRUMENT_TOOLS) \
            or len(set(tools)) != len(tools):
        raise ModelError(f"{path}: the header must be feature, idf and tools of the scheme, not {header}")
    width = len(header)
    bias = None
    grams: dict[str, int] = {}
    idf: list[float] = []
    rows: list[int] = []
    values: list[list[float]] = []
    tokens: dict[str, np.ndarray] = {}
    for n, cells in body:
        if len(cells) not in (2, width):
            raise ModelError(f"{path}, line {n}: {len(cells)} cells, not 2 or the header's {width}")
        feature = cells[0]
        try:
            numbers = [float(v) if v else 0.0 for v in cells[1:]]
        except ValueError:
            raise ModelError(f"{path}, line {n}: idf and weights must be numbers") from None
        if feature == BIAS:
            if len(cells) != width:
                raise ModelError(f"{path}, line {n}: the {BIAS} row needs a value for every tool")
            bias = np.array(numbers[1:])
        elif cells[1] == "":  # a token of the rules' reading
            if "=" not in feature or len(cells) != width:
                raise ModelError(f"{path}, line {n}: a row with no idf is a token of the rules' "
                                 f"reading (name=value) with a weight for every tool")
            if feature in tokens:
                raise ModelError(f"{path}, line {n}: the token {feature!r} is listed twice")
            tokens[feature] = np.array(numbers[1:])
        else:
            if not 1 <= len(feature) <= 3:
                raise ModelError(f"{path}, line {n}: an n-gram is 1 to 3 characters, not {feature!r}")
            if feature in grams:
                raise ModelError(f"{path}, line {n}: the n-gram {feature!r} is listed twice")
            idf.append(numbers[0])
            if len(cells) == width:
                values.append(numbers[1:])
                rows.append(len(grams))
            grams[feature] = len(grams)
    if bias is None:
        raise ModelError(f"{path}: needs a {BIAS} row")
    if not grams or not tokens:
        raise ModelError(f"{path}: needs n-gram rows and rows of the rules' reading")
    weights = np.zeros((len(grams), len(tools)))
    if rows:
        weights[rows] = values
    out = Model(tools, bias, grams, np.array(idf), weights, tokens)
    if not (np.isfinite(out.bias).all() and np.isfinite(out.idf).all() and np.isfinite(out.weights).all()
            and all(np.isfinite(w).all() for w in tokens.values())):
        raise ModelError(f"{path}: idf and weights must be finite numbers")
    return out


def reading(text: str, tool: str, cue: str | None, section: str | None,
            model: Model | None = None, page_kind: str | None = None) -> tuple[str, float]:
    """The hybrid's tool for a clause the rules coded `tool` with `cue`, standing in a section of
    kind `section` (None: not known) on a page of kind `page_kind` (None: not known), and its
    probability. Session 29's tokens (`news_tokens`) count only where the file has their rows."""
    model = load_model() if model is None else model
    z = gram_scores(text, model.rows, model.idf, model.weights, model.bias)
    news = news_tokens(text, page_kind) if model.reads_news else []  # no rows (every shipped file): no work
    for token in dict.fromkeys([*rule_tokens(tool, cue, section), *news]):  # binary: each token once
        weights = model.tokens.get(token)
        if weights is None and token.startswith(CUE):
            weights = model.tokens.get(hashed(token))
        if weights is not None:
            z = z + weights
    p = np.exp(z - z.max())
    p /= p.sum()
    best = int(p.argmax())
    return model.tools[best], float(p[best])
