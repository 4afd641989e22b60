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

A file fitted with the rules' reading weighted otherwise than 1 (session 30's `lighter`, 0.5) carries that weight folded
into its token rows: the library reads it with no change. A study's file may carry rows of tokens beyond the rules' reading (session 29's news-line tokens, ``told=`` and ``page=``,
not adopted: computed by `benchmarks/instruments_learned.py`, its only user, and passed as `reading`'s ``extra``); no
shipped file carries any, and the library computes none.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from sciplan_analysis.config import MODEL_FILE
from sciplan_analysis.errors import PlanError
from sciplan_analysis.parsing.grams import gram_scores, model_rows
from sciplan_analysis.tables import INSTRUMENT_TOOLS

BIAS = "<bias>"
CUE, HASHED = "cue=", "cue_sha256="  # a cue token, as read and as kept where its cue is no rule word
UNKNOWN_SECTION = "unknown"  # a clause whose section kind is not known (as the benchmark reads it)

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
            model: Model | None = None, extra: tuple[str, ...] | list[str] = ()) -> tuple[str, float]:
    """The hybrid's tool for a clause the rules coded `tool` with `cue`, standing in a section of
    kind `section` (None: not known), and its probability. `extra`: tokens beyond the rules' reading
    a study's file may carry rows for (the benchmark's; the library passes none); a token with no row adds nothing."""
    model = load_model() if model is None else model
    z = gram_scores(text, model.rows, model.idf, model.weights, model.bias)
    for token in dict.fromkeys([*rule_tokens(tool, cue, section), *extra]):  # binary: each token once
        weights = model.tokens.get(token)
        if weights is None and token.startswith(CUE):
            weights = model.tokens.get(hashed(token))
        if weights is not None:
            z = z + weights
    p = np.exp(z - z.max())
    p /= p.sum()
    best = int(p.argmax())
    return model.tools[best], float(p[best])
