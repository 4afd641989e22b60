"""How alike are the plans: TF-IDF cosine similarity that compares like with like.

A document is a set of paragraphs (segments). Scopes:

- ``whole``: every body paragraph of a plan (front matter and the assignment table left out);
- ``shared``: for a pair of plans, only the paragraphs of the categories *both* plans
  have, so the Chongqing fragment is compared with the matching half of a full plan;
- ``part:<part>``: one part (``part:projects``), for plans that have that part;
- ``category:<category>``: one category's section (``category:youth``), likewise.

A category's section is counted by the report's one counting rule (`body_segments`): the
plan's tasks of that category (``tasks.category``: a talent task inside a grassroots group
is talent), with the headings and introductions of its groups of that category; a plan has
the section when it has a task in it.

Term weights: each paragraph is tokenized once (`tokenize`), counted into a sparse
paragraph × term matrix, and the IDF is fitted on the paragraphs of all plans (a far
steadier estimate than on five documents). A document's vector is the sum of its
paragraphs' counts, TF-IDF weighted (sublinear tf) and L2-normalised; cosine is then a
sparse dot product. The settings used travel with every result in ``df.attrs["settings"]``.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import sparse

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope as plan_scope
from sciplan_analysis.analysis.result import (
    LARGE_CORPUS,
    PAIR_KEYS,
    describe_settings,
    read_built,
    record,
    tidy,
)
from sciplan_analysis.tables import PARTS, Corpus
from sciplan_analysis.text.tokens import ANALYZERS, CHAR_NGRAMS, make_analyzer

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfTransformer

BODY_ROLES = ("heading", "intro", "task", "other")
SECTION_EXCLUDE = ("other",)  # "other" parts and categories are not like with like
DENSE_FROM = 0.05  # share of nonzero terms from which _gram multiplies dense blocks
SIMILARITY_COLUMNS = ["plan_a", "plan_b", "scope", "analyzer", "score"]


def _identity(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens


@dataclass
class TermSpace:
    """Body paragraphs of a corpus as a sparse count matrix, with an IDF fitted on them."""

    segments: pd.DataFrame  # body segments, with their category (`body_segments`) joined in
    counts: sparse.csr_matrix  # paragraph × term
    terms: np.ndarray
    transformer: TfidfTransformer
    settings: dict[str, Any]
    codes: np.ndarray | None = None  # paragraph row -> row of `distinct` (same text)
    distinct: sparse.csr_matrix | None = None  # distinct paragraph text × term

    def vectors(self, members: list[np.ndarray]) -> sparse.csr_matrix:
        """L2-normalised TF-IDF rows, one per document given as an array of paragraph rows."""
        sizes = np.fromiter((len(idx) for idx in members), dtype=np.int64, count=len(members))
        cols = np.concatenate([np.asarray(idx, dtype=np.int64) for idx in members]) if len(
            members) else np.zeros(0, dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(sizes)])
        if self.distinct is not None and self.codes is not None:
            # sum the rows of distinct texts (a paragraph repeated k times counts k times):
            # the same integer sums as over `counts`, on far fewer rows
            indicator = sparse.csr_matrix(
                (np.ones(len(cols)), self.codes[cols], indptr),
                shape=(len(members), self.distinct.shape[0]),
            )
            indicator.sum_duplicates()
            return self.transformer.transform(indicator @ self.distinct)
        indicator = sparse.csr_matrix(
            (np.ones(len(cols)), cols, indptr), shape=(len(members), self.counts.shape[0])
        )
        return self.transformer.transform(indicator @ self.counts)


def body_segments(corpus: Corpus, roles: tuple[str, ...] = BODY_ROLES) -> pd.DataFrame:
    """The segments compared, each with the category whose section it belongs to.

    The one counting rule (README): a task's paragraph takes its task's category
    (``tasks.category``; 巫溪县 4.4.4, a talent task inside a grassroots group, is talent); a
    task paragraph with no row in ``tasks`` keeps its group's. A group's heading, introduction
    and other paragraphs take the group's category, as they always have: they state what the
    section is for, in its words (the group's category is read from its heading). They do so
    only where the plan has a task paragraph of that category, since a plan has a category
    when it has a task in it: a heading whose every task is counted elsewhere makes no section
    of its own. NA outside groups.
    """
    seg = corpus.segments[corpus.segments["role"].isin(roles)]
    seg = seg[seg["text"].fillna("").str.strip() != ""]
    groups = corpus.groups[["plan_id", "group_id", "category"]].dropna(subset=["group_id"])
    seg = seg.merge(groups, on=["plan_id", "group_id"], how="left")
    tasks = (corpus.tasks[["plan_id", "task_id", "category"]].dropna(subset=["task_id"])
             .rename(columns={"category": "_task_category"}))
    seg = seg.merge(tasks, on=["plan_id", "task_id"], how="left")
    is_task = seg["role"] == "task"
    by_task = seg["_task_category"].where(seg["_task_category"].notna(), seg["category"])
    held = pd.MultiIndex.from_arrays([seg.loc[is_task, "plan_id"], by_task[is_task]])
    has_task = pd.MultiIndex.from_arrays([seg["plan_id"], seg["category"]]).isin(held)
    seg["category"] = by_task.where(is_task, seg["category"].where(has_task))
    return seg.drop(columns="_task_category").reset_index(drop=True)


def space_settings(
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    ngram_range: tuple[int, int] = CHAR_NGRAMS,
    roles: tuple[str, ...] = BODY_ROLES,
) -> dict[str, Any]:
    """The settings a `term_space` records (and every similarity result carries)."""
    return {
        "analyzer": analyzer,
        "boilerplate_removed": boilerplate,
        "ngram_range": list(ngram_range) if analyzer == "char" else None,
        "roles": list(roles),
        "idf_fitted_on": "paragraphs (segments) of all plans",
        # a table built when sections went by group category reads as made with other settings
        "section_categories": "tasks.category; a group's heading and intro: the group's",
        "sublinear_tf": True,
        "smooth_idf": True,
        "norm": "l2",
    }


def term_space(
    corpus: Corpus,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    ngram_range: tuple[int, int] = CHAR_NGRAMS,
    roles: tuple[str, ...] = BODY_ROLES,
    progress: bool | None = None,
) -> TermSpace:
    """Tokenize every body paragraph once and fit the IDF on them (`progress`: a bar on
    stderr over the distinct paragraphs; default: when stderr is a terminal)."""
    # scikit-learn is imported when a space is built: pages that only read tables load faster
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    from sciplan_analysis.progress import progress_bar

    seg = body_segments(corpus, roles)
    analyze = make_analyzer(analyzer, boilerplate=boilerplate, ngram_range=ngram_range)
    # Each distinct paragraph is tokenized and counted once (plans repeat one another's
    # paragraphs); its row of counts is then repeated for every paragraph with that text.
    codes, texts = pd.factorize(seg["text"])
    vectorizer = CountVectorizer(analyzer=_identity)
    if len(texts):
        with progress_bar(len(texts), f"tokenize ({analyzer})", "para", progress) as bar:
            def tokens(t: str) -> tuple[str, ...]:
                bar.update()
                return tuple(analyze(t))

            unique_counts = vectorizer.fit_transform(tokens(t) for t in texts).tocsr()
        counts = unique_counts[codes]
    else:
        unique_counts = counts = sparse.csr_matrix((0, 0))
    transformer = TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2")
    if counts.shape[0]:
        transformer.fit(counts)
    settings = space_settings(analyzer, boilerplate=boilerplate, ngram_range=ngram_range,
                              roles=roles)
    terms = vectorizer.get_feature_names_out() if len(texts) else np.array([], dtype=object)
    return TermSpace(seg, counts, terms, transformer, settings, codes, unique_counts)


def _gram(rows: sparse.csr_matrix, vectors: sparse.csr_matrix, block: int = 4096) -> np.ndarray:
    """``rows @ vectors.T`` as a dense array, summed over dense blocks of `block` terms.

    The result is dense anyway (plans share their common terms), and when the vectors are
    not very sparse (share of nonzeros >= `DENSE_FROM`, e.g. whole plans in char n-grams)
    BLAS on dense term blocks is about eight times faster than scipy's sparse product
    (2,000 plans × 38,000 n-grams: 1.9 s against 15 s); memory stays at (rows + plans) ×
    block floats. Sparser vectors (sections in words) use the sparse product.
    """
    size = rows.shape[0] * rows.shape[1]
    if not size or rows.nnz / size < DENSE_FROM:
        return (rows @ vectors.T).toarray()  # sparse vectors: scipy's product is cheaper
    out = np.zeros((rows.shape[0], vectors.shape[0]))
    rows_c, vectors_c = rows.tocsc(), vectors.tocsc()
    for start in range(0, rows.shape[1], block):
        left = rows_c[:, start : start + block]
        right = vectors_c[:, start : start + block]
        if left.nnz and right.nnz:
            out += left.toarray() @ right.toarray().T
    return out


def _cosine(vectors: sparse.csr_matrix) -> np.ndarray:
    sim = _gram(vectors, vectors)
    np.fill_diagonal(sim, np.where(np.diff(vectors.indptr) > 0, 1.0, np.nan))
    return np.clip(sim, 0.0, 1.0)


def scopes(corpus: Corpus, roles: tuple[str, ...] = BODY_ROLES) -> dict[str, dict[str, np.ndarray]]:
    """Every single-plan scope: scope name -> {plan_id: paragraph rows of `body_segments`}.

    ``whole``, then ``part:<part>`` and ``category:<category>`` (a category named like a part,
    i.e. ``implementation``, is left to the part; ``other`` is never a scope).
    """
    seg = body_segments(corpus, roles)
    order = {p: i for i, p in enumerate(corpus.plan_ids)}
    plan_rows = _group_rows(seg, ["plan_id"])
    out: dict[str, dict[str, np.ndarray]] = {
        "whole": {p: plan_rows[(p,)] for p in corpus.plan_ids if (p,) in plan_rows}
    }
    parts = set(seg["part"].dropna())
    for column, prefix in (("part", "part"), ("category", "category")):
        values = set(seg[column].dropna()) - set(SECTION_EXCLUDE)
        if column == "category":
            values -= parts  # category "implementation" is the implementation part again
        grouped = _group_rows(seg, [column, "plan_id"])
        by_value: dict[str, list[tuple[str, np.ndarray]]] = {}
        for (value, plan_id), rows in grouped.items():
            if value in values and plan_id in order:
                by_value.setdefault(value, []).append((plan_id, rows))
        for value in sorted(values):
            members = sorted(by_value.get(value, []), key=lambda pr: order[pr[0]])
            out[f"{prefix}:{value}"] = dict(members)
    return out


def _group_rows(seg: pd.DataFrame, keys: list[str]) -> dict[tuple, np.ndarray]:
    """Row positions of `seg` per combination of `keys` (rows with a missing key left out)."""
    if not len(seg):
        return {}
    groups = seg.reset_index(drop=True).groupby(keys, sort=False, dropna=True).indices
    return {(k if isinstance(k, tuple) else (k,)): np.sort(v) for k, v in groups.items()}


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
    return _scope_matrix(space, members, scope)


def _scope_matrix(space: TermSpace, members: dict[str, np.ndarray], scope: str) -> pd.DataFrame:
    plan_ids = list(members)
    sim = _cosine(space.vectors([members[p] for p in plan_ids])) if plan_ids else np.zeros((0, 0))
    df = pd.DataFrame(sim, index=pd.Index(plan_ids, name="plan_a"), columns=plan_ids)
    df.columns.name = "plan_b"
    return record(df, {**space.settings, "scope": scope})


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
    values = matrix.loc[present, present].to_numpy(dtype=float)
    i, j = np.triu_indices(len(present), k=1)
    names = np.array(present, dtype=object)
    return list(zip(names[i].tolist(), names[j].tolist(), values[i, j].tolist(), strict=True))


def _plan_categories(seg: pd.DataFrame) -> dict[str, dict[str, np.ndarray]]:
    """plan_id -> {category: paragraph rows}, categories of `SECTION_EXCLUDE` left out."""
    out: dict[str, dict[str, np.ndarray]] = {}
    for (plan_id, category), rows in _group_rows(seg, ["plan_id", "category"]).items():
        if category not in SECTION_EXCLUDE:
            out.setdefault(plan_id, {})[category] = rows
    return out


def shared_scores(
    space: TermSpace, pairs: list[tuple[str, str]], *, batch: int = 4096
) -> np.ndarray:
    """The ``shared`` score of each plan pair: cosine over the categories both plans have
    (NaN where they share none or one side has no text there)."""
    cats = _plan_categories(space.segments)
    empty = np.zeros(0, dtype=np.int64)
    scores = np.full(len(pairs), np.nan)
    for start in range(0, len(pairs), batch):
        members: list[np.ndarray] = []
        for a, b in pairs[start : start + batch]:
            ca, cb = cats.get(a, {}), cats.get(b, {})
            common = sorted(ca.keys() & cb.keys())
            for c in (ca, cb):
                members.append(np.sort(np.concatenate([c[k] for k in common])) if common else empty)
        vectors = space.vectors(members)
        dots = np.asarray(vectors[0::2].multiply(vectors[1::2]).sum(axis=1)).ravel()
        sizes = np.diff(vectors.indptr)
        ok = (sizes[0::2] > 0) & (sizes[1::2] > 0)
        # both sides have paragraphs (as in the tidy table: a pair sharing no category has no row)
        has_rows = np.array([len(members[2 * k]) > 0 and len(members[2 * k + 1]) > 0
                             for k in range(len(members) // 2)], dtype=bool)
        block = np.where(ok, np.clip(dots, 0.0, 1.0), 0.0)
        block[~has_rows] = np.nan
        scores[start : start + len(block)] = block
    return scores


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
        for scope, members in scopes(corpus, tuple(space.settings["roles"])).items():
            matrix = _scope_matrix(space, members, scope)
            rows.extend((a, b, scope, analyzer, s) for a, b, s in _pairs_from_matrix(matrix, order))
        if include_shared:
            pairs = list(itertools.combinations(order, 2))
            for (a, b), score in zip(pairs, shared_scores(space, pairs), strict=True):
                if not np.isnan(score):
                    rows.append((a, b, "shared", analyzer, float(score)))
    return record(pd.DataFrame(rows, columns=SIMILARITY_COLUMNS), settings)


def load_similarity(
    corpus: Corpus,
    analyzers: tuple[str, ...] = ANALYZERS,
    *,
    boilerplate: bool = True,
    processed_dir: str | None = None,
) -> pd.DataFrame:
    """`similarity_table` as the build wrote it (``data/processed/similarity.csv``), computed
    only when that table is missing, older than the corpus, or made with other settings.

    The build writes every analyzer with the boilerplate stoplist; asking for fewer
    analyzers filters its rows, asking for ``boilerplate=False`` computes. Beyond
    `LARGE_CORPUS` plans the build writes each plan's nearest plans instead
    (similarity_nearest.csv, columns `NEIGHBOUR_COLUMNS`): that table comes back
    (`load_nearest`), never every pair.
    """
    if len(corpus.plan_ids) > LARGE_CORPUS:
        return load_nearest(corpus, analyzer=analyzers[0] if analyzers else "word",
                            boilerplate=boilerplate, processed_dir=processed_dir)
    built = read_built(
        "similarity", plan_ids=corpus.plan_ids, plan_columns=PAIR_KEYS,
        settings={a: space_settings(a, boilerplate=boilerplate) for a in ANALYZERS},
        processed_dir=processed_dir,
    ) if set(analyzers) <= set(ANALYZERS) else None
    if built is None:
        return similarity_table(corpus, analyzers, boilerplate=boilerplate)
    settings = built.attrs["settings"]
    rows = built[built["analyzer"].isin(analyzers)].reset_index(drop=True)
    return record(rows[SIMILARITY_COLUMNS], {a: settings[a] for a in analyzers})


NEAREST_K = 10  # the neighbours per plan and scope the build keeps beyond LARGE_CORPUS plans


def load_nearest(
    corpus: Corpus,
    k: int = NEAREST_K,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    processed_dir: str | None = None,
) -> pd.DataFrame:
    """`nearest_plans` as the build wrote it beyond `LARGE_CORPUS` plans
    (``similarity_nearest.csv``), computed only when it is missing, older than the corpus,
    covers other plans or was made with other settings (another `k`, analyzer, stoplist)."""
    built = read_built(
        "similarity_nearest", plan_ids=corpus.plan_ids, plan_columns=("plan_id",),
        settings={**space_settings(analyzer, boilerplate=boilerplate), "k": k},
        processed_dir=processed_dir,
    )
    if built is None:
        return nearest_plans(corpus, k, analyzer, boilerplate=boilerplate)
    return record(built[NEIGHBOUR_COLUMNS], built.attrs["settings"])


NEIGHBOUR_COLUMNS = ["plan_id", "neighbour", "rank", "scope", "analyzer", "score"]

# Up to this many plans a page computes every pair of the single-plan scopes (whole, parts,
# categories) when the build kept only each plan's nearest plans: at 300 plans 0.7 million
# rows in about 4 s. A range or a count of pairs lacking a section read from the nearest lists
# would describe the cut-off, not the plans (audit22 items 1 and 2: the lowest whole-text
# score of 300 plans is 0.47, the lowest tenth-nearest 0.70).
SECTION_PAIRS_PLANS = 500


def sections_note(corpus: Corpus, pairs: pd.DataFrame, lang: str | None = None) -> str:
    """What page 05's section comparison covers where the build kept only each plan's nearest
    plans: the shared sections left out, and the chart over every pair computed anew
    (`section_pairs`), or, beyond `SECTION_PAIRS_PLANS`, over the nearest pairs only, with no
    range of all pairs; "" where the build kept every pair."""
    if "neighbour" not in pairs.columns and len(corpus.plan_ids) <= LARGE_CORPUS:
        return ""
    n = len(corpus.plan_ids)
    if "neighbour" in pairs.columns:
        k = pairs.attrs.get("settings", {}).get("k", NEAREST_K)
        return labels.text("similarity.sections_nearest", lang, n=n, limit=SECTION_PAIRS_PLANS, k=k)
    return labels.text("similarity.shared_left_out", lang, n=n, pairs=n * (n - 1) // 2)


def fragment_sections_note(corpus: Corpus, lang: str | None = None) -> str:
    """The line on what a fragment's sections are compared with, one per fragment of the
    corpus, naming the parts its text kept (重庆市（残篇）只留下重点工程和组织实施部分…); "" where
    the corpus holds no fragment (audit22 item 16: the 300-plan page explained a fragment it
    did not have)."""
    zh = labels.is_zh(lang)
    said = []
    order = {code: i for i, code in enumerate(labels.codes("part"))}
    for plan_id in plan_scope.fragments(corpus):
        parts = corpus.groups.loc[corpus.groups["plan_id"] == plan_id, "part"].dropna().unique()
        parts = sorted((p for p in parts if p not in SECTION_EXCLUDE), key=lambda p: order.get(p, len(order)))
        if not parts:
            continue
        names = [labels.part_label(p, lang) for p in parts]
        joined = "和".join(names) if zh else (" and ".join(names) if len(names) <= 2
                                             else ", ".join(names[:-1]) + " and " + names[-1])
        said.append(labels.text("similarity.fragment_sections", lang,
                                plan=plan_scope.marked(plan_id, corpus, lang), parts=joined))
    return ("" if zh else " ").join(said)


def section_pairs(corpus: Corpus, table: pd.DataFrame, analyzer: str = "word") -> pd.DataFrame:
    """Every plan pair of the single-plan scopes (whole, ``part:``, ``category:``), in the
    tidy form (`SIMILARITY_COLUMNS`): `table` itself when it holds every pair; from a table
    of nearest plans (beyond `LARGE_CORPUS`), computed anew up to `SECTION_PAIRS_PLANS`
    plans with the nearest table's stoplist setting (the same scores: `similarity_matrix`);
    beyond, the nearest table as it is (`pairwise.is_nearest` then tells a page that only
    each plan's nearest pairs are at hand)."""
    if "neighbour" not in table.columns or len(corpus.plan_ids) > SECTION_PAIRS_PLANS:
        return table
    settings = table.attrs.get("settings", {})
    settings = settings.get(analyzer, settings) if isinstance(settings, dict) else {}
    boilerplate = bool(settings.get("boilerplate_removed", True))
    return similarity_table(corpus, (analyzer,), boilerplate=boilerplate, include_shared=False)


def nearest_plans(
    corpus: Corpus,
    k: int = 10,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    scope_names: list[str] | None = None,
    space: TermSpace | None = None,
    batch: int = 4096,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Each plan's `k` most similar plans in every single-plan scope: the form that scales.

    The tidy `similarity_table` has a row per plan pair and scope, which at thousands of
    plans is tens of millions of rows; this keeps k rows per plan and scope, computed a
    block of rows at a time (memory: `batch` × plans floats). Scores equal those of
    `similarity_matrix`. Columns plan_id, neighbour, rank (1 = most alike), scope,
    analyzer, score; ties go to the plan earlier in the manifest. The neighbours come from
    `_top_k` (a float32 product and `argpartition`, candidates rescored exactly): linear
    apart from a small rows × rows product. `progress`: bars on stderr (tokenizing, scopes;
    default: when stderr is a terminal).
    """
    from sciplan_analysis.progress import progress_bar

    space = space or term_space(corpus, analyzer, boilerplate=boilerplate, progress=progress)
    all_scopes = scopes(corpus, tuple(space.settings["roles"]))
    names = scope_names or list(all_scopes)
    with progress_bar(len(names), "nearest plans", "scope", progress) as bar:
        frames = _nearest_frames(space, all_scopes, names, k, analyzer, batch, bar)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=NEIGHBOUR_COLUMNS)
    return record(out[NEIGHBOUR_COLUMNS], {**space.settings, "k": k})


def _nearest_frames(space, all_scopes, names, k, analyzer, batch, bar) -> list[pd.DataFrame]:
    frames = []
    for scope in names:
        bar.update()
        members = all_scopes[scope]
        plan_ids = np.array(list(members), dtype=object)
        n = len(plan_ids)
        if n < 2:
            continue
        vectors = space.vectors([members[p] for p in plan_ids])
        kk = min(k, n - 1)
        for start, best, score in _top_k(vectors, kk, batch):
            frames.append(pd.DataFrame({
                "plan_id": np.repeat(plan_ids[start : start + len(best)], kk),
                "neighbour": plan_ids[best.ravel()],
                "rank": np.tile(np.arange(1, kk + 1), len(best)),
                "scope": scope,
                "analyzer": analyzer,
                "score": score.ravel(),
            }))
    return frames


DENSE_TOPK_BYTES = 1 << 30  # largest dense copy of a scope's vectors for the BLAS path
TIE_DECIMALS = 12  # scores equal to 12 decimals are ties (broken by manifest order)
TIE = 10.0 ** -TIE_DECIMALS


def _top_k(vectors: sparse.csr_matrix, k: int, batch: int):
    """Each row's `k` most similar other rows, a block of rows at a time: yields (first row,
    neighbour columns, scores), ranked by score (clipped to [0, 1]), ties to the lower column.

    The neighbours and scores of a stable argsort of every row of the all-pairs matrix
    (`_top_k_exact`) in far less time: a float32 BLAS product on a dense copy of the terms
    the scope uses (whole plans in words: 10,000 × 11,000), `argpartition` (no full sort),
    then only the columns that may be among the k best are scored exactly (float64, from the
    sparse rows) and sorted. Which may: a float32 dot product of two rows is within
    (m + 2) · 2^-24 · |a| · |b| of the exact one, m the terms both rows have (at most the
    row's non-zeros; the sum's zero terms add no error), so every column within twice that of
    the k-th float32 score is kept. The product is still rows × rows; float32 halves its cost
    (it dominates at 10,000 plans). Vectors too wide for a dense copy (`DENSE_TOPK_BYTES`) go
    the all-pairs way.
    """
    n = vectors.shape[0]
    cols = np.unique(vectors.indices)
    if not len(cols) or n * len(cols) * 4 > DENSE_TOPK_BYTES or k >= n - 1:
        yield from _top_k_exact(vectors, k, batch)
        return
    vectors = vectors.tocsr(copy=True)
    vectors.sort_indices()  # once: the rows taken for rescoring keep the order
    dense = vectors[:, cols].astype(np.float32).toarray()
    norm = np.sqrt(np.bincount(np.repeat(np.arange(n), np.diff(vectors.indptr)),
                               weights=vectors.data**2, minlength=n))
    error = (np.diff(vectors.indptr) + 2) * 2.0**-24 * 1.01 * norm * norm.max(initial=0.0)
    margin = 2 * error + TIE
    same, first_of = _identical_rows(vectors)
    n_distinct = len(first_of)
    batch = min(batch, 1024)  # ties make the candidate lists longer than k: bound them
    for start in range(0, n, batch):
        left = dense[start : start + batch]
        approx = np.clip(left @ dense.T, 0.0, 1.0)
        rows = np.arange(len(left))
        approx[rows, start + rows] = -np.inf  # not its own neighbour
        kth = -np.partition(-approx, k - 1, axis=1)[:, k - 1]
        r, c = np.nonzero(approx >= (kth - margin[start : start + len(left)])[:, None])
        del approx
        # identical rows (copied sections: thousands at 10,000 plans) tie by the thousand:
        # each query is scored once per distinct candidate vector
        pair, back = np.unique((start + r) * n_distinct + same[c], return_inverse=True)
        score = _row_dots(vectors, pair // n_distinct, first_of[pair % n_distinct])[back]
        score = np.clip(score, 0.0, 1.0)
        # by row, then score down (equal to TIE: rounding noise), then column up
        order = np.lexsort((c, -np.round(score, TIE_DECIMALS), r))
        r, c, score = r[order], c[order], score[order]
        first = np.searchsorted(r, rows)
        take = (first[:, None] + np.arange(k)[None, :]).ravel()
        yield start, c[take].reshape(len(left), k), score[take].reshape(len(left), k)


def _identical_rows(vectors: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """(id per row, equal for identical rows; the first row of each id). The rows' indices
    must be sorted."""
    ptr, ind, val = vectors.indptr, vectors.indices, vectors.data
    seen: dict[tuple[bytes, bytes], int] = {}
    ids = np.array([seen.setdefault((ind[a:b].tobytes(), val[a:b].tobytes()), len(seen))
                    for a, b in zip(ptr[:-1].tolist(), ptr[1:].tolist(), strict=True)],
                   dtype=np.int64)
    return ids, np.unique(ids, return_index=True)[1]


def _row_dots(vectors: sparse.csr_matrix, a: np.ndarray, b: np.ndarray,
              chunk: int = 1 << 18) -> np.ndarray:
    """Dot products of rows a[i] and b[i] of a sparse matrix, float64, in chunks of pairs."""
    out = np.empty(len(a), dtype=np.float64)
    for s in range(0, len(a), chunk):
        e = s + chunk
        out[s:e] = np.asarray(vectors[a[s:e]].multiply(vectors[b[s:e]]).sum(axis=1)).ravel()
    return out


def _top_k_exact(vectors: sparse.csr_matrix, k: int, batch: int):
    """`_top_k` by the all-pairs route: the full score block, a stable sort of every row."""
    n = vectors.shape[0]
    for start in range(0, n, batch):
        sim = np.clip(_gram(vectors[start : start + batch], vectors), 0.0, 1.0)
        rows = np.arange(sim.shape[0])
        sim[rows, start + rows] = -np.inf  # not its own neighbour
        # stable sort on -score keeps manifest order among ties (scores equal to TIE_DECIMALS:
        # plans with identical vectors differ by rounding noise only)
        best = np.argsort(-np.round(sim, TIE_DECIMALS), axis=1, kind="stable")[:, :k]
        yield start, best, np.take_along_axis(sim, best, axis=1)


def shared_categories(corpus: Corpus) -> pd.DataFrame:
    """For each plan pair (plan_a, plan_b first), the categories both have (by task, as
    `body_segments` counts them): what the ``shared`` scope compares."""
    seg = body_segments(corpus)
    rows = []
    for a, b in itertools.combinations(corpus.plan_ids, 2):
        _, _, common = _shared_rows(seg, a, b)
        rows.append({"plan_a": a, "plan_b": b, "n_categories": len(common),
                     "categories": ", ".join(common)})
    return tidy(pd.DataFrame(rows, columns=["plan_a", "plan_b", "n_categories", "categories"]),
                keys=PAIR_KEYS, excluded=SECTION_EXCLUDE)


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
    return record(m, scope=scope, analyzer=analyzer)


def section_table(table: pd.DataFrame, analyzer: str = "word") -> pd.DataFrame:
    """Pairs × scopes (a wide view) for a section-level heatmap; NaN where a pair lacks the
    section. Rows are ``plan_a–plan_b``; columns the whole text and the shared sections, then the
    parts in a plan's order (background, goals, actions, projects, implementation), then the
    categories in the reference order (page 03's): each group together, never interleaved by
    their codes' spelling (audit22 item 18)."""
    sub = table[table["analyzer"] == analyzer].copy()
    sub["pair"] = sub["plan_a"] + "–" + sub["plan_b"]
    wide = sub.pivot(index="pair", columns="scope", values="score")
    first = [c for c in ("whole", "shared") if c in wide.columns]
    order = {p: i for i, p in enumerate(PARTS)} | {c: len(PARTS) + i
                                                     for i, c in enumerate(labels.category_order())}

    def ranked(prefix: str) -> list[str]:
        found = [c for c in wide.columns if c.startswith(prefix)]
        return sorted(found, key=lambda c: (order.get(c.partition(":")[2], len(order)), c))

    parts, cats = ranked("part:"), ranked("category:")
    return record(wide[first + parts + cats], analyzer=analyzer)


GAP_NONE = "none"  # a whole plan of the pair has no such section: 无此类
GAP_NOT_STATED = "not_stated"  # the plan lacking it is a fragment or no plan's text: 未提及


def section_gaps(sections: pd.DataFrame, not_whole: Collection[str] = ()) -> pd.DataFrame:
    """Why each empty cell of a `section_table` is empty: `GAP_NONE` where a plan of the pair
    that lacks the section is a whole plan (it simply has none: 无此类), `GAP_NOT_STATED` where
    the plans lacking it are all in `not_whole` (a fragment's lost part, a page that is no
    plan's text: 未提及); "" for a scored cell. A plan has a section when any of its pairs
    scores it, so in an empty cell the plan that has it elsewhere is not the one lacking it;
    where neither plan scores it anywhere, both count as lacking it (无此类 if either is a whole
    plan: a whole plan's none leaves nothing to compare)."""
    has: dict[tuple[str, str], bool] = {}
    for pair, row in sections.iterrows():
        for plan in str(pair).split("–"):
            for scope, score in row.items():
                if pd.notna(score):
                    has[(plan, str(scope))] = True
    out = pd.DataFrame("", index=sections.index, columns=sections.columns)
    for pair, row in sections.iterrows():
        plans = str(pair).split("–")
        for scope, score in row.items():
            if pd.notna(score):
                continue
            lacking = [p for p in plans if not has.get((p, str(scope)))] or plans
            # a whole plan lacking the section settles it: there is nothing to compare, whatever
            # the other plan's text lost (重庆市（残篇）–成都市锦江区 on 背景: 锦江区 has none)
            whole = any(p not in not_whole for p in lacking)
            out.at[pair, scope] = GAP_NONE if whole else GAP_NOT_STATED
    return out


def scope_label(scope: str, lang: str | None = None) -> str:
    """A chart label for a scope (whole, shared, part:<part>, category:<category>); a part that
    is also a category (组织实施与保障: the implementation part's groups are all of that
    category) reads as the category, as page 03 names it."""
    if scope in labels.codes("scope"):
        return labels.label("scope", scope, lang)
    kind, _, value = scope.partition(":")
    if kind == "part":
        if value in labels.category_order():
            return labels.category_label(value, lang)
        return labels.part_label(value, lang)
    if kind == "category":
        return labels.category_label(value, lang)
    return scope


def linkage(matrix: pd.DataFrame, method: str = "average") -> np.ndarray:
    """Hierarchical clustering (scipy linkage) of plans on distance 1 - similarity."""
    from scipy.cluster import hierarchy  # imported when used, as scikit-learn is
    from scipy.spatial.distance import squareform

    dist = 1.0 - matrix.to_numpy(dtype=float)
    dist = (dist + dist.T) / 2
    np.fill_diagonal(dist, 0.0)
    return hierarchy.linkage(squareform(np.clip(dist, 0, None), checks=False), method=method)


def cluster_order(matrix: pd.DataFrame, method: str = "average") -> list[str]:
    """The plans in dendrogram leaf order, for a heatmap whose neighbours are alike."""
    if len(matrix) < 3:
        return list(matrix.index)
    from scipy.cluster import hierarchy

    leaves = hierarchy.leaves_list(linkage(matrix, method))
    return [matrix.index[i] for i in leaves]


def profile_order(matrix: pd.DataFrame, method: str = "average") -> list:
    """The columns of `matrix` (plans, each a profile over its rows: category shares, tools,
    units' tasks) in the leaf order of a clustering of those profiles (Euclidean, average
    linkage; a missing value counts 0), so that a heatmap's alike plans sit side by side."""
    if len(matrix.columns) < 2:
        return list(matrix.columns)
    from scipy.cluster import hierarchy  # imported when used

    profile = matrix.astype(float).fillna(0).T.to_numpy()
    leaves = hierarchy.leaves_list(hierarchy.linkage(profile, method))
    return [matrix.columns[i] for i in leaves]


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

    One row per plan pair (plan_a, plan_b first), the most alike first under the first
    setting; columns ``score:<setting>`` and ``rank:<setting>`` (1 = most alike).
    A setting label ``word+boilerplate`` means the boilerplate phrases were *kept*.
    `scope` is ``whole``, ``shared`` or any single-plan scope.
    """
    return robustness_tables(corpus, (scope,))[scope]


def robustness_tables(corpus: Corpus, scopes: tuple[str, ...] = ("whole", "shared"), *,
                      similarity: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """`robustness_table` for several scopes, each setting's similarities computed once.
    `similarity`: a `similarity_table` already computed with the boilerplate stoplist (the
    build's), whose analyzers are then not computed again."""
    frames: dict[str, list[pd.Series]] = {scope: [] for scope in scopes}
    given = similarity.attrs.get("settings", {}) if similarity is not None else {}
    for analyzer, boilerplate in SETTINGS:
        if (boilerplate and analyzer in given
                and given[analyzer] == space_settings(analyzer, boilerplate=True)
                and ("shared" not in scopes or (similarity["scope"] == "shared").any())):
            t = similarity[similarity["analyzer"] == analyzer]
        else:
            t = similarity_table(corpus, (analyzer,), boilerplate=boilerplate,
                                 include_shared="shared" in scopes)
        for scope in scopes:
            score = t[t["scope"] == scope].set_index(["plan_a", "plan_b"])["score"]
            frames[scope].append(score.rename(f"score:{setting_label(analyzer, boilerplate)}"))
    out = {}
    for scope in scopes:
        wide = pd.concat(frames[scope], axis=1)
        for col in list(wide.columns):
            wide[col.replace("score:", "rank:")] = wide[col].rank(ascending=False, method="min")
        wide = wide.sort_values(wide.columns[0], ascending=False)
        out[scope] = tidy(wide, {"scope": scope,
                                 "settings": [setting_label(*s) for s in SETTINGS]},
                          keys=PAIR_KEYS)
    return out


ROBUSTNESS_SCOPES = ("whole", "shared")  # the scopes the build computes robustness for


def robustness_settings(scopes: tuple[str, ...] = ROBUSTNESS_SCOPES) -> dict[str, Any]:
    """The settings `robustness_frame` records: the scopes and each setting's term space."""
    return {"scopes": list(scopes),
            "settings": {setting_label(a, b): space_settings(a, boilerplate=b)
                         for a, b in SETTINGS}}


def robustness_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """`robustness_tables` as one table for the build (similarity_robustness.csv): scope
    first, then each scope's rows as they are."""
    frames = [t.assign(scope=scope) for scope, t in tables.items()]
    out = pd.concat(frames, ignore_index=True)
    columns = ["scope", *PAIR_KEYS]
    out = out[columns + [c for c in out.columns if c not in columns]]
    return record(out, robustness_settings(tuple(tables)))


def load_robustness(corpus: Corpus, scopes: tuple[str, ...] = ROBUSTNESS_SCOPES, *,
                    processed_dir: str | None = None) -> dict[str, pd.DataFrame]:
    """`robustness_tables` as the build wrote them (``similarity_robustness.csv``, up to
    `LARGE_CORPUS` plans), computed only when that table is missing, older than the corpus,
    covers other plans or lacks a scope asked for. The build computes them so that a page
    does not: four similarity tables over every pair."""
    built = read_built("similarity_robustness", plan_ids=corpus.plan_ids,
                       plan_columns=PAIR_KEYS, settings=robustness_settings(),
                       processed_dir=processed_dir)
    if built is None or not set(scopes) <= set(built["scope"]):
        return robustness_tables(corpus, scopes)
    out = {}
    for scope in scopes:
        rows = built[built["scope"] == scope].drop(columns="scope").reset_index(drop=True)
        out[scope] = record(rows, {"scope": scope,
                                   "settings": [setting_label(*s) for s in SETTINGS]})
    return out


def robustness_summary(robustness: pd.DataFrame) -> dict[str, Any]:
    """What a robustness table shows: the lowest Spearman rho between two settings, how many
    pairs keep the same rank under every setting, and the most alike pair per setting."""
    agreement = rank_agreement(robustness)
    ranks = robustness.set_index(list(PAIR_KEYS))
    ranks = ranks[[c for c in ranks.columns if c.startswith("rank:")]]
    stable = ranks[ranks.nunique(axis=1) == 1]
    top = {c.removeprefix("rank:"): ranks[c].idxmin() for c in ranks.columns}
    return {"scope": robustness.attrs.get("settings", {}).get("scope"),
            "min_rho": float(np.nanmin(agreement.to_numpy())) if agreement.size else float("nan"),
            "n_stable": len(stable), "n_pairs": len(ranks),
            "top_pairs": list(dict.fromkeys(top.values()))}


def describe_robustness(robustness: pd.DataFrame, lang: str | None = None) -> str:
    """`robustness_summary` as one sentence, plan names in `lang`."""
    if robustness.empty:  # a one-plan corpus has no pair to rank
        return labels.text("corpus.needs_two_plans", lang, n=1)
    s = robustness_summary(robustness)
    pairs = labels.tr("、", ", ", lang).join(" – ".join(labels.plan_labels(p, lang)) for p in s["top_pairs"])
    scope = scope_label(s["scope"], lang) if s["scope"] else ""
    return labels.tr(
        f"{scope}：各设置之间最低的斯皮尔曼等级相关系数为 {s['min_rho']:.2f}；"
        f"{s['n_pairs']} 对规划中有 {s['n_stable']} 对在每种设置下排名完全相同；"
        f"各设置下最相似的一对：{pairs}",
        f"{scope[:1].upper()}{scope[1:]}: lowest Spearman rho between settings: {s['min_rho']:.2f}; "
        f"{s['n_stable']} of {s['n_pairs']} pairs keep exactly the same rank under every "
        f"setting; most alike pair per setting: {pairs}", lang)


def rank_agreement(robustness: pd.DataFrame) -> pd.DataFrame:
    """Spearman rank correlation of the plan-pair scores between every two settings
    (settings × settings, a square view)."""
    from scipy.stats import spearmanr

    scores = robustness[[c for c in robustness.columns if c.startswith("score:")]]
    scores = scores.rename(columns=lambda c: c.removeprefix("score:"))
    n = scores.shape[1]
    out = pd.DataFrame(np.eye(n), index=scores.columns, columns=scores.columns)
    for i, j in itertools.combinations(range(n), 2):
        rho = spearmanr(scores.iloc[:, i], scores.iloc[:, j]).statistic
        out.iloc[i, j] = out.iloc[j, i] = rho
    return record(out, robustness.attrs.get("settings", {}), statistic="spearman")


# --- vocabulary ------------------------------------------------------------------------

def plan_term_counts(
    corpus: Corpus, analyzer: str = "word", *, boilerplate: bool = True
) -> pd.DataFrame:
    """Term counts per plan (plans × terms, dense: a handful of plans by a few thousand terms)."""
    space = term_space(corpus, analyzer, boilerplate=boilerplate)
    members = scopes(corpus)["whole"]
    plan_ids = list(members)
    rows = [np.asarray(space.counts[members[p]].sum(axis=0)).ravel() for p in plan_ids]
    out = pd.DataFrame(np.vstack(rows) if rows else None, index=plan_ids, columns=space.terms)
    out.index.name = "plan_id"
    return record(out, space.settings)


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
    return tidy(out, analyzer=analyzer, boilerplate_removed=boilerplate, min_count=min_count,
                min_chars=min_chars, weight="tf share × ln(n_plans / plans using term)")


TERM_COLUMNS = 12  # plans beyond which the term tables give a row per term, not a column per plan
TERM_ROWS = 30  # terms such a table lists


def terms_by_term(n_plans: int) -> bool:
    """Whether page 05's term tables give a row per term across the plans rather than a column
    per plan: beyond `TERM_COLUMNS` plans (audit22 item 10: 300 columns nobody can read)."""
    return n_plans > TERM_COLUMNS


def distinctive_terms_table(distinct: pd.DataFrame, lang: str | None = None,
                            n_plans: int | None = None) -> pd.DataFrame:
    """`distinctive_terms` for display: ranks × plans (labelled), the term in each cell. Among
    many plans (`terms_by_term`; `n_plans` default: the plans in `distinct`) a row per term:
    the plans it is distinctive of ("41/300"), the plans using it at all, and the plans where it
    weighs most (up to three named, "等 N 份" beyond), the terms distinctive of most plans first
    (`TERM_ROWS` of them)."""
    n_plans = distinct["plan_id"].nunique() if n_plans is None else n_plans
    if terms_by_term(n_plans):
        return _distinctive_by_term(distinct, n_plans, lang)
    wide = distinct.pivot(index="rank", columns="plan_id", values="term")
    order = list(dict.fromkeys(distinct["plan_id"]))
    wide = wide[order]
    wide.columns = labels.plan_labels(wide.columns, lang)
    wide.index.name = labels.tr("排名", "rank", lang)
    return wide


def _distinctive_by_term(distinct: pd.DataFrame, n_plans: int, lang: str | None) -> pd.DataFrame:
    tr = labels.tr
    sep = "、" if labels.is_zh(lang) else ", "
    rows = []
    for term, g in distinct.groupby("term", sort=False):
        top = g.sort_values("weight", ascending=False, kind="stable")["plan_id"].astype(str).tolist()
        named = sep.join(labels.plan_labels(top[:3], lang))
        more = len(top) - 3
        if more > 0:
            named += tr(f"等 {len(top)} 份", f" and {more} more", lang)
        rows.append((len(g), int(g["n_plans"].max()), term, named))
    rows.sort(key=lambda r: (-r[0], -r[1]))
    return pd.DataFrame(
        [{tr("词", "Term (in Chinese, as written)", lang): term,
          tr("是其独有词的规划", "Plans it is distinctive of", lang): f"{k:,}/{n_plans:,}",
          tr("使用它的规划", "Plans using it", lang): f"{used:,}/{n_plans:,}",
          tr("最突出的规划", "Plans where it weighs most", lang): named}
         for k, used, term, named in rows[:TERM_ROWS]])


def shared_terms_table(shared: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """`shared_terms` for display: up to `TERM_COLUMNS` plans as it is (a column per plan);
    beyond (`terms_by_term`), a row per term with its lowest, median and highest share (‰) of
    any plan's words and the plan using it most, so the commonest terms and the ones whose use
    varies most across the plans read at a glance."""
    plans = [c for c in shared.columns if c not in ("term", "min_per_mille")]
    if not terms_by_term(len(plans)):
        return shared
    tr = labels.tr
    values = shared[plans].astype(float)
    return pd.DataFrame({
        tr("词", "Term (in Chinese, as written)", lang): shared["term"].to_numpy(),
        tr("最低（‰）", "Lowest (‰)", lang): values.min(axis=1).to_numpy(),
        tr("中位数（‰）", "Median (‰)", lang): values.median(axis=1).to_numpy(),
        tr("最高（‰）", "Highest (‰)", lang): values.max(axis=1).to_numpy(),
        tr("用得最多的规划", "Plan using it most", lang):
            labels.plan_labels([str(p) for p in values.idxmax(axis=1)], lang)})


def shared_terms(
    corpus: Corpus,
    n: int | None = 30,
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    min_chars: int = 2,
) -> pd.DataFrame:
    """Terms every plan uses, by their smallest share of any plan's tokens (per mille).

    One row per term (a view across plans, not per plan): term, min_per_mille, then its
    share (per mille) of each plan's tokens: one unit across the row, so the first column is
    the smallest of the others (the plan columns once held counts beside a per-mille column).
    """
    counts = plan_term_counts(corpus, analyzer, boilerplate=boilerplate)
    counts = counts.loc[:, [len(t) >= min_chars for t in counts.columns]]
    everywhere = counts.loc[:, (counts > 0).all(axis=0)]
    per_mille = everywhere.div(counts.sum(axis=1).replace(0, 1), axis=0) * 1000
    out = per_mille.T.copy()
    out.insert(0, "min_per_mille", per_mille.min(axis=0))
    out = out.sort_values("min_per_mille", ascending=False)
    out.index.name = "term"
    out = out.reset_index()
    out = out.head(n) if n else out
    return record(out, analyzer=analyzer, boilerplate_removed=boilerplate, min_chars=min_chars,
                  n=n)


__all__ = [
    "BODY_ROLES", "TermSpace", "body_segments", "space_settings", "term_space", "scopes",
    "similarity_matrix", "similarity_table", "load_similarity", "nearest_plans",
    "shared_scores", "shared_categories", "to_matrix", "section_table", "section_gaps",
    "GAP_NONE", "GAP_NOT_STATED", "scope_label",
    "linkage", "cluster_order", "profile_order", "robustness_table", "robustness_tables", "robustness_summary",
    "describe_robustness", "rank_agreement", "distinctive_terms", "distinctive_terms_table",
    "shared_terms_table", "terms_by_term", "TERM_COLUMNS",
    "shared_terms", "plan_term_counts", "describe_settings", "setting_label",
]
