"""How alike are the plans: TF-IDF cosine similarity that compares like with like.

A document is a set of paragraphs (segments). Scopes:

- ``whole``: every body paragraph of a plan (front matter and the assignment table left out);
- ``shared``: for a pair of plans, only the paragraphs of the group categories *both* plans
  have, so the Chongqing fragment is compared with the matching half of a full plan;
- ``part:<part>``: one part (``part:projects``), for plans that have that part;
- ``category:<category>``: the groups of one category (``category:youth``), likewise.

Term weights: each paragraph is tokenized once (`tokenize`), counted into a sparse
paragraph × term matrix, and the IDF is fitted on the paragraphs of all plans (a far
steadier estimate than on five documents). A document's vector is the sum of its
paragraphs' counts, TF-IDF weighted (sublinear tf) and L2-normalised; cosine is then a
sparse dot product. The settings used travel with every result in ``df.attrs["settings"]``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.cluster import hierarchy
from scipy.spatial.distance import squareform
from scipy.stats import spearmanr
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from sciplan_analysis.corpus import Corpus
from sciplan_analysis.tokenize import ANALYZERS, CHAR_NGRAMS, make_analyzer

BODY_ROLES = ("heading", "intro", "task", "other")
SECTION_EXCLUDE = ("other",)  # "other" parts and categories are not like with like
SIMILARITY_COLUMNS = ["plan_a", "plan_b", "scope", "analyzer", "score"]


def _identity(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens


@dataclass
class TermSpace:
    """Body paragraphs of a corpus as a sparse count matrix, with an IDF fitted on them."""

    segments: pd.DataFrame  # body segments, with the group's category joined in
    counts: sparse.csr_matrix  # paragraph × term
    terms: np.ndarray
    transformer: TfidfTransformer
    settings: dict[str, Any]

    def vectors(self, members: list[np.ndarray]) -> sparse.csr_matrix:
        """L2-normalised TF-IDF rows, one per document given as an array of paragraph rows."""
        rows, cols = [], []
        for i, idx in enumerate(members):
            rows.extend([i] * len(idx))
            cols.extend(idx)
        indicator = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(members), self.counts.shape[0])
        )
        return self.transformer.transform(indicator @ self.counts)


def body_segments(corpus: Corpus, roles: tuple[str, ...] = BODY_ROLES) -> pd.DataFrame:
    """The segments compared, with each segment's group category joined in (NA outside groups)."""
    seg = corpus.segments[corpus.segments["role"].isin(roles)]
    seg = seg[seg["text"].fillna("").str.strip() != ""]
    groups = corpus.groups[["plan_id", "group_id", "category"]].dropna(subset=["group_id"])
    seg = seg.merge(groups, on=["plan_id", "group_id"], how="left")
    return seg.reset_index(drop=True)


def term_space(
    corpus: Corpus,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    ngram_range: tuple[int, int] = CHAR_NGRAMS,
    roles: tuple[str, ...] = BODY_ROLES,
) -> TermSpace:
    """Tokenize every body paragraph once and fit the IDF on them."""
    seg = body_segments(corpus, roles)
    analyze = make_analyzer(analyzer, boilerplate=boilerplate, ngram_range=ngram_range)
    tokens = [tuple(analyze(t)) for t in seg["text"]]
    vectorizer = CountVectorizer(analyzer=_identity)
    counts = vectorizer.fit_transform(tokens).tocsr() if tokens else sparse.csr_matrix((0, 0))
    transformer = TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2")
    if counts.shape[0]:
        transformer.fit(counts)
    settings = {
        "analyzer": analyzer,
        "boilerplate_removed": boilerplate,
        "ngram_range": list(ngram_range) if analyzer == "char" else None,
        "roles": list(roles),
        "idf_fitted_on": "paragraphs (segments) of all plans",
        "sublinear_tf": True,
        "smooth_idf": True,
        "norm": "l2",
    }
    terms = vectorizer.get_feature_names_out() if tokens else np.array([], dtype=object)
    return TermSpace(seg, counts, terms, transformer, settings)


def _cosine(vectors: sparse.csr_matrix) -> np.ndarray:
    sim = (vectors @ vectors.T).toarray()
    np.fill_diagonal(sim, [1.0 if vectors[i].nnz else np.nan for i in range(vectors.shape[0])])
    return np.clip(sim, 0.0, 1.0)


def scopes(corpus: Corpus, roles: tuple[str, ...] = BODY_ROLES) -> dict[str, dict[str, np.ndarray]]:
    """Every single-plan scope: scope name -> {plan_id: paragraph rows of `body_segments`}.

    ``whole``, then ``part:<part>`` and ``category:<category>`` (a category named like a part,
    i.e. ``implementation``, is left to the part; ``other`` is never a scope).
    """
    seg = body_segments(corpus, roles)
    out: dict[str, dict[str, np.ndarray]] = {"whole": {}}
    for plan_id in corpus.plan_ids:
        rows = np.flatnonzero(seg["plan_id"].to_numpy() == plan_id)
        if len(rows):
            out["whole"][plan_id] = rows
    parts = set(seg["part"].dropna())
    for column, prefix in (("part", "part"), ("category", "category")):
        values = set(seg[column].dropna()) - set(SECTION_EXCLUDE)
        if column == "category":
            values -= parts  # category "implementation" is the implementation part again
        for value in sorted(values):
            scope: dict[str, np.ndarray] = {}
            for plan_id in corpus.plan_ids:
                mask = (seg["plan_id"] == plan_id) & (seg[column] == value)
                rows = np.flatnonzero(mask.to_numpy())
                if len(rows):
                    scope[plan_id] = rows
            out[f"{prefix}:{value}"] = scope
    return out


def similarity_matrix(
    corpus: Corpus,
    scope: str = "whole",
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    space: TermSpace | None = None,
) -> pd.DataFrame:
    """Square plan × plan cosine matrix for one single-plan scope, only plans having it.

    Symmetric with a unit diagonal; ``attrs["settings"]`` records how it was computed.
    """
    space = space or term_space(corpus, analyzer, boilerplate=boilerplate)
    members = scopes(corpus, tuple(space.settings["roles"])).get(scope)
    if members is None:
        raise KeyError(f"no scope {scope!r} in this corpus")
    plan_ids = list(members)
    sim = _cosine(space.vectors([members[p] for p in plan_ids])) if plan_ids else np.zeros((0, 0))
    df = pd.DataFrame(sim, index=pd.Index(plan_ids, name="plan_a"), columns=plan_ids)
    df.columns.name = "plan_b"
    df.attrs["settings"] = {**space.settings, "scope": scope}
    return df


def _shared_rows(seg: pd.DataFrame, a: str, b: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    cats = {
        p: set(seg.loc[seg["plan_id"] == p, "category"].dropna()) - set(SECTION_EXCLUDE)
        for p in (a, b)
    }
    common = sorted(cats[a] & cats[b])
    rows = [
        np.flatnonzero(((seg["plan_id"] == p) & seg["category"].isin(common)).to_numpy())
        for p in (a, b)
    ]
    return rows[0], rows[1], common


def _pairs_from_matrix(matrix: pd.DataFrame, order: list[str]) -> list[tuple[str, str, float]]:
    present = [p for p in order if p in matrix.index]
    return [(a, b, float(matrix.loc[a, b])) for a, b in itertools.combinations(present, 2)]


def similarity_table(
    corpus: Corpus,
    analyzers: tuple[str, ...] = ANALYZERS,
    *,
    boilerplate: bool = True,
    include_shared: bool = True,
) -> pd.DataFrame:
    """Tidy similarities: one row per (plan pair, scope, analyzer); the build writes it.

    Columns plan_a, plan_b, scope, analyzer, score. Pairs are unordered (plan_a comes before
    plan_b in manifest order); a section scope has a row only where both plans have the
    section. ``attrs["settings"]`` holds the settings per analyzer.
    """
    rows: list[tuple[str, str, str, str, float]] = []
    settings: dict[str, Any] = {}
    order = corpus.plan_ids
    for analyzer in analyzers:
        space = term_space(corpus, analyzer, boilerplate=boilerplate)
        settings[analyzer] = space.settings
        for scope in scopes(corpus):
            matrix = similarity_matrix(corpus, scope, analyzer, space=space)
            rows.extend((a, b, scope, analyzer, s) for a, b, s in _pairs_from_matrix(matrix, order))
        if include_shared:
            for a, b in itertools.combinations(order, 2):
                ra, rb, common = _shared_rows(space.segments, a, b)
                if len(ra) and len(rb):
                    sim = _cosine(space.vectors([ra, rb]))
                    rows.append((a, b, "shared", analyzer, float(sim[0, 1])))
    df = pd.DataFrame(rows, columns=SIMILARITY_COLUMNS)
    df.attrs["settings"] = settings
    return df


def shared_categories(corpus: Corpus) -> pd.DataFrame:
    """For each plan pair, the group categories both have (what the ``shared`` scope compares)."""
    seg = body_segments(corpus)
    rows = []
    for a, b in itertools.combinations(corpus.plan_ids, 2):
        _, _, common = _shared_rows(seg, a, b)
        rows.append({"plan_a": a, "plan_b": b, "n_categories": len(common),
                     "categories": ", ".join(common)})
    return pd.DataFrame(rows, columns=["plan_a", "plan_b", "n_categories", "categories"])


def to_matrix(table: pd.DataFrame, scope: str = "whole", analyzer: str = "word") -> pd.DataFrame:
    """The square symmetric matrix (unit diagonal) of one scope and analyzer of a tidy table."""
    sub = table[(table["scope"] == scope) & (table["analyzer"] == analyzer)]
    plans = list(dict.fromkeys(list(sub["plan_a"]) + list(sub["plan_b"])))
    m = pd.DataFrame(np.nan, index=plans, columns=plans)
    for a, b, s in sub[["plan_a", "plan_b", "score"]].itertuples(index=False):
        m.loc[a, b] = m.loc[b, a] = s
    for p in plans:
        m.loc[p, p] = 1.0
    m.index.name, m.columns.name = "plan_a", "plan_b"
    return m


def section_table(table: pd.DataFrame, analyzer: str = "word") -> pd.DataFrame:
    """Pairs × scopes (wide) for a section-level heatmap; NaN where a pair lacks the section."""
    sub = table[table["analyzer"] == analyzer].copy()
    sub["pair"] = sub["plan_a"] + "–" + sub["plan_b"]
    wide = sub.pivot(index="pair", columns="scope", values="score")
    first = [c for c in ("whole", "shared") if c in wide.columns]
    parts = sorted(c for c in wide.columns if c.startswith("part:"))
    cats = sorted(c for c in wide.columns if c.startswith("category:"))
    return wide[first + parts + cats]


def scope_label(scope: str, lang: str | None = None) -> str:
    """A chart label for a scope, in the plotting module's current language."""
    from sciplan_analysis import plot

    if scope == "whole":
        return plot.tr("全文", "whole plan", lang)
    if scope == "shared":
        return plot.tr("共有章节", "shared sections", lang)
    kind, _, value = scope.partition(":")
    if kind == "part":
        return plot.part_label(value, lang)
    if kind == "category":
        return plot.category_label(value, lang)
    return scope


def linkage(matrix: pd.DataFrame, method: str = "average") -> np.ndarray:
    """Hierarchical clustering (scipy linkage) of plans on distance 1 - similarity."""
    dist = 1.0 - matrix.to_numpy(dtype=float)
    dist = (dist + dist.T) / 2
    np.fill_diagonal(dist, 0.0)
    return hierarchy.linkage(squareform(np.clip(dist, 0, None), checks=False), method=method)


def cluster_order(matrix: pd.DataFrame, method: str = "average") -> list[str]:
    """The plans in dendrogram leaf order, for a heatmap whose neighbours are alike."""
    if len(matrix) < 3:
        return list(matrix.index)
    leaves = hierarchy.leaves_list(linkage(matrix, method))
    return [matrix.index[i] for i in leaves]


# --- robustness ------------------------------------------------------------------------

SETTINGS = (
    ("word", True),
    ("word", False),
    ("char", True),
    ("char", False),
)


def setting_label(analyzer: str, boilerplate: bool) -> str:
    """A short column label for an (analyzer, boilerplate stoplist) setting."""
    return f"{analyzer}{'' if boilerplate else '+boilerplate'}"


def robustness_table(corpus: Corpus, scope: str = "whole") -> pd.DataFrame:
    """Plan-pair scores and ranks under each tokenization setting (word/char × boilerplate).

    Rows: plan pairs; columns ``score:<setting>`` and ``rank:<setting>`` (1 = most alike).
    A setting label ``word+boilerplate`` means the boilerplate phrases were *kept*.
    `scope` is ``whole``, ``shared`` or any single-plan scope.
    """
    frames = []
    for analyzer, boilerplate in SETTINGS:
        t = similarity_table(corpus, (analyzer,), boilerplate=boilerplate,
                             include_shared=scope == "shared")
        t = t[t["scope"] == scope].set_index(["plan_a", "plan_b"])["score"]
        frames.append(t.rename(f"score:{setting_label(analyzer, boilerplate)}"))
    wide = pd.concat(frames, axis=1)
    for col in list(wide.columns):
        wide[col.replace("score:", "rank:")] = wide[col].rank(ascending=False, method="min")
    wide = wide.sort_values(wide.columns[0], ascending=False)
    wide.attrs["settings"] = {"scope": scope, "settings": [setting_label(*s) for s in SETTINGS]}
    return wide


def rank_agreement(robustness: pd.DataFrame) -> pd.DataFrame:
    """Spearman rank correlation of the plan-pair scores between every two settings."""
    scores = robustness[[c for c in robustness.columns if c.startswith("score:")]]
    scores = scores.rename(columns=lambda c: c.removeprefix("score:"))
    n = scores.shape[1]
    out = pd.DataFrame(np.eye(n), index=scores.columns, columns=scores.columns)
    for i, j in itertools.combinations(range(n), 2):
        rho = spearmanr(scores.iloc[:, i], scores.iloc[:, j]).statistic
        out.iloc[i, j] = out.iloc[j, i] = rho
    return out


# --- vocabulary ------------------------------------------------------------------------

def plan_term_counts(
    corpus: Corpus, analyzer: str = "word", *, boilerplate: bool = True
) -> pd.DataFrame:
    """Term counts per plan (plans × terms, dense: a handful of plans by a few thousand terms)."""
    space = term_space(corpus, analyzer, boilerplate=boilerplate)
    members = scopes(corpus)["whole"]
    plan_ids = list(members)
    rows = [np.asarray(space.counts[members[p]].sum(axis=0)).ravel() for p in plan_ids]
    return pd.DataFrame(np.vstack(rows) if rows else None, index=plan_ids, columns=space.terms)


def distinctive_terms(
    corpus: Corpus,
    n: int = 15,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    min_count: int = 2,
    min_chars: int = 2,
) -> pd.DataFrame:
    """Each plan's top TF-IDF terms with plans as the documents.

    weight = (count / plan's tokens) × ln(n_plans / n_plans_using_term), so a term every plan
    uses weighs nothing. Terms used fewer than `min_count` times in the plan, or shorter
    than `min_chars`, are skipped. Columns plan_id, rank, term, count, n_plans, weight.
    """
    counts = plan_term_counts(corpus, analyzer, boilerplate=boilerplate)
    counts = counts.loc[:, [len(t) >= min_chars for t in counts.columns]]
    n_plans = len(counts)
    df = (counts > 0).sum(axis=0)
    idf = np.log(n_plans / df)
    tf = counts.div(counts.sum(axis=1).replace(0, 1), axis=0)
    weight = tf * idf
    rows = []
    for plan_id in counts.index:
        w = weight.loc[plan_id][counts.loc[plan_id] >= min_count]
        for rank, (term, value) in enumerate(w.sort_values(ascending=False).head(n).items(), 1):
            rows.append({"plan_id": plan_id, "rank": rank, "term": term,
                         "count": int(counts.loc[plan_id, term]), "n_plans": int(df[term]),
                         "weight": float(value)})
    out = pd.DataFrame(rows, columns=["plan_id", "rank", "term", "count", "n_plans", "weight"])
    out.attrs["settings"] = {"analyzer": analyzer, "boilerplate_removed": boilerplate,
                             "min_count": min_count, "min_chars": min_chars,
                             "weight": "tf share × ln(n_plans / plans using term)"}
    return out


def shared_terms(
    corpus: Corpus,
    n: int | None = 30,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    min_chars: int = 2,
) -> pd.DataFrame:
    """Terms every plan uses, by their smallest share of any plan's tokens (per mille).

    Columns: term, min_per_mille, then the count in each plan.
    """
    counts = plan_term_counts(corpus, analyzer, boilerplate=boilerplate)
    counts = counts.loc[:, [len(t) >= min_chars for t in counts.columns]]
    everywhere = counts.loc[:, (counts > 0).all(axis=0)]
    per_mille = everywhere.div(counts.sum(axis=1).replace(0, 1), axis=0) * 1000
    out = everywhere.T.copy()
    out.insert(0, "min_per_mille", per_mille.min(axis=0))
    out = out.sort_values("min_per_mille", ascending=False)
    out.index.name = "term"
    out = out.reset_index()
    return out.head(n) if n else out


def describe_settings(df: pd.DataFrame) -> str:
    """The settings recorded on a result, as one readable line."""
    s = df.attrs.get("settings", {})
    return "; ".join(f"{k}={v}" for k, v in s.items()) if s else "(no settings recorded)"


__all__ = [
    "BODY_ROLES", "TermSpace", "body_segments", "term_space", "scopes", "similarity_matrix",
    "similarity_table", "shared_categories", "to_matrix", "section_table", "scope_label", "linkage", "cluster_order",
    "robustness_table", "rank_agreement", "distinctive_terms", "shared_terms",
    "plan_term_counts", "describe_settings", "setting_label",
]
