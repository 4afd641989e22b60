"""Text reuse: which sentences of one plan recur, nearly verbatim, in another.

Steps:

1. `sentences`: every body paragraph (front matter and the assignment table left out) is
   cleaned like for similarity (NFKC width folding, artifacts and unit brackets removed),
   split on 。！？；(and their half-width forms), and list markers like （三） or 2. are dropped.
   Sentences shorter than `min_chars` content characters are not counted.
2. Near-identical pairs, exact: each distinct sentence is handled once; two distinct
   sentences are compared only when their lengths allow the threshold, they share enough of
   their rarest character n-grams (prefix filtering) and enough characters (a bound from
   character counts). Each filter follows from the score's definition and misses no pair, so
   the result equals scoring every pair (``exhaustive=True``, the reference); the cost grows
   with the near-identical pairs, not with all pairs.
3. Scoring: rapidfuzz's ``fuzz.ratio`` (normalised Indel similarity, 0–100) on the
   sentences with punctuation removed; a sentence is *reused* in a target plan when the
   target holds the same sentence or one scoring at least `threshold`.

`reuse_tables` returns the share table and the aligned pairs; `side_by_side_html` shows
aligned passages with the differences highlighted.
"""

from __future__ import annotations

import difflib
import functools
import html
import itertools
import os
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy import sparse

from sciplan_analysis import labels
from sciplan_analysis.analysis import scope
from sciplan_analysis.analysis.result import (
    DIRECTED_KEYS,
    EVERY_PAIR,
    LARGE_CORPUS,
    ROWS,
    keeps_some_pairs,
    read_built,
    read_counts,
    record,
    tidy,
)
from sciplan_analysis.progress import progress_bar
from sciplan_analysis.tables import Corpus
from sciplan_analysis.text.patterns import NON_CONTENT, SENTENCE
from sciplan_analysis.text.tokens import clean_text

BODY_ROLES = ("heading", "intro", "task", "other")
THRESHOLD = 85.0
MIN_CHARS = 12
NGRAM_RANGE = (3, 3)
MIN_SHARED = 4
TOP_K = 10  # beyond LARGE_CORPUS plans: each plan's top sources and targets kept in reuse.csv
MIN_SHARE = 0.5  # ... and every pair whose share reaches this
COUNTS_TABLE = "reuse_counts"  # the build's Parquet file of every pair's count beyond LARGE_CORPUS

_MARKER = re.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[一二三四五六七八九十]+、)\s*")

SENTENCE_COLUMNS = ["plan_id", "sent_id", "seg_id", "text", "key"]
REUSE_COLUMNS = ["source_plan", "target_plan", "n_sentences", "n_reused", "share"]
PAIR_COLUMNS = [
    "source_plan", "source_sent", "source_seg_id", "source_text",
    "target_plan", "target_sent", "target_seg_id", "target_text",
    "score",
]


def content_key(sentence: str) -> str:
    """The sentence as compared: CJK, Latin letters and digits only (no punctuation)."""
    return NON_CONTENT.sub("", sentence)


def split_sentences(text: str) -> list[str]:
    """Cleaned sentences of a paragraph, split on 。！？； and their half-width forms."""
    out = []
    for piece in SENTENCE.findall(clean_text(text)):
        piece = _MARKER.sub("", piece.strip(" ,，、:：")).strip()
        if piece:
            out.append(piece)
    return out


def sentences(
    corpus: Corpus, *, min_chars: int = MIN_CHARS, roles: tuple[str, ...] = BODY_ROLES,
    progress: bool | None = False,
) -> pd.DataFrame:
    """Every counted sentence: plan_id, sent_id (0.. within the plan, in text order), seg_id,
    text (cleaned, with punctuation) and key (content characters only, what is compared).
    `progress`: a bar over the paragraphs on stderr (off by default; None: on a terminal)."""
    seg = corpus.segments[corpus.segments["role"].isin(roles)]
    order = {p: i for i, p in enumerate(corpus.plan_ids)}
    rows = []
    counters: dict[str, int] = {}
    split: dict[str, list[tuple[str, str]]] = {}  # each distinct paragraph is split once
    with progress_bar(len(seg), "reuse: sentences", "para", progress) as bar:
        for done, (plan_id, seg_id, text) in enumerate(
                seg[["plan_id", "seg_id", "text"]].itertuples(index=False), 1):
            if done % 10_000 == 0:
                bar.update(10_000)
            if not isinstance(text, str):
                continue
            if text not in split:
                split[text] = [(x, k) for x in split_sentences(text)
                               if len(k := content_key(x)) >= min_chars]
            for sentence, key in split[text]:
                n = counters.get(plan_id, 0)
                counters[plan_id] = n + 1
                rows.append((plan_id, n, seg_id, sentence, key))
    df = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    df = df.sort_values(["plan_id", "sent_id"], key=lambda s: s.map(order) if s.name == "plan_id"
                        else s, kind="stable")
    return tidy(df, min_chars=min_chars, roles=roles, split_on="。！？；!?;")


def _stretch(threshold: float) -> float:
    """How many times longer than the other a string may be and still reach `threshold`:
    ratio = 200 · LCS / (la + lb) <= 200 · la / (la + lb) for la <= lb. With a margin for
    rounding (23 and 27 characters reach 92.0 exactly): a few more pairs are scored, none
    is left out."""
    return (200.0 / threshold - 1.0) * (1 + 1e-9) if threshold > 0 else np.inf


def _min_shared(lengths: np.ndarray, threshold: float, q: int) -> np.ndarray:
    """For each string length la: the fewest q-grams (counted with repeats) that a string of
    that length must share with any string b it matches at ``fuzz.ratio >= threshold``.

    ratio = 200 · L / (la + lb), L the longest common subsequence, so L >= threshold · (la +
    lb) / 200. Along that alignment, each of a's la - L unmatched characters breaks at most q
    of a's q-grams, and each gap between matched characters (at most lb - L of them, b's
    unmatched characters) at most q - 1 more; every other q-gram of a occurs in b at its
    matched place. So they share at least (la - q + 1) - q (la - L) - (q - 1) (lb - L) q-grams
    (and the same with a and b swapped); the minimum over every lb the threshold allows.
    At most 0 where no q-gram need be shared (very short strings)."""
    top = int(lengths.max(initial=0)) + 1
    out = np.full(top, -1, dtype=np.int64)
    stretch = _stretch(threshold)
    for la in np.unique(lengths):
        la = int(la)
        lb = np.arange(max(1, int(np.floor(la / stretch))), int(np.ceil(la * stretch)) + 2)
        lb = lb[200.0 * np.minimum(la, lb) / (la + lb) >= threshold - 1e-9]
        if not len(lb) or la < q:
            continue
        big_l = np.ceil(threshold * (la + lb) / 200.0 - 1e-9)
        bound = np.maximum((la - q + 1) - q * (la - big_l) - (q - 1) * (lb - big_l),
                           (lb - q + 1) - q * (lb - big_l) - (q - 1) * (la - big_l))
        out[la] = int(bound.min())
    return out


def _prefix_matrix(keys: list[str], lengths: np.ndarray, threshold: float, q: int,
                   min_shared: int) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Prefix filtering: the q-grams of every string ordered rarest first (over all strings);
    each string keeps its first (number of q-grams - t + k) where t is the fewest it must share
    with any match (`_min_shared`) and k = min(`min_shared`, t). If a and b share at least t
    q-grams, their k rarest common ones lie in both prefixes (every q-gram of a outside its
    prefix ranks after those), so a matching pair shares at least min(k_a, k_b) prefix q-grams.
    Returns the prefix counts (strings × q-grams, repeats counted), k per string and t per
    string."""
    from sklearn.feature_extraction.text import CountVectorizer

    n = len(keys)
    tau = _min_shared(lengths, threshold, q)[lengths] if n else np.zeros(0, dtype=np.int64)
    k = np.clip(np.minimum(min_shared, tau), 1, None)
    try:
        grams = CountVectorizer(analyzer="char", ngram_range=(q, q), lowercase=False,
                                dtype=np.int32).fit_transform(keys).tocsr()
    except ValueError:  # no string as long as q
        return sparse.csr_matrix((n, 1), dtype=np.int32), k, tau
    df = np.bincount(grams.indices, minlength=grams.shape[1])
    rank = np.empty(len(df), dtype=np.int32)
    rank[np.lexsort((np.arange(len(df)), df))] = np.arange(len(df), dtype=np.int32)
    del df
    # columns renumbered by rarity (rank 0 = rarest), then sorted within each row in place:
    # each row lists its q-grams rarest first (the candidate step does not care about column names)
    grams.indices = rank[grams.indices]
    del rank
    grams.has_sorted_indices = False
    grams.sort_indices()
    row = np.repeat(np.arange(n, dtype=np.int32), np.diff(grams.indptr))
    total = np.cumsum(grams.data, dtype=np.int64)  # q-grams so far, repeats counted
    row_start = np.r_[0, total][grams.indptr]  # per string: before it, and its end
    keep_len = (np.diff(row_start) - tau + k)[row]  # its prefix length, per entry
    before = total - grams.data - row_start[:-1][row]  # of its own q-grams, before this one
    del total, row_start, row
    take = np.minimum(grams.data, np.clip(keep_len - before, 0, None))
    del keep_len, before
    prefix = sparse.csr_matrix((take.astype(np.int32), grams.indices, grams.indptr),
                               shape=grams.shape)
    del take, grams
    prefix.eliminate_zeros()
    return prefix, k, tau


def _near_pairs(keys: list[str], threshold: float, q: int, min_shared: int, batch: int,
                progress: bool | None) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (u < v) of distinct sentences whose ``fuzz.ratio`` reaches `threshold`, the
    same pairs as scoring all pairs (`_near_pairs_all`), but scoring only candidates: pairs of
    compatible lengths sharing enough prefix q-grams (`_prefix_matrix`) and enough characters
    (`_may_match`), found in one compiled pass per sentence (`candidates.block_candidates`),
    then each sentence scored against all of its candidates at once (`_score`). The
    sentences are taken in order of length, in blocks of `batch`, each against the lengths it
    can match."""
    n = len(keys)
    lengths = np.array([len(x) for x in keys], dtype=np.int64)
    order = np.argsort(lengths, kind="stable")
    keys_s = np.array(keys, dtype=object)[order]  # fancy indexing beats list comprehensions
    len_s = lengths[order]
    prefix, k, tau = _prefix_matrix(list(keys_s), len_s, threshold, q, min_shared)
    stretch = _stretch(threshold)
    src, dst = [], []
    short = np.flatnonzero(tau < 1)  # too short for the filter: scored against all they can match
    if len(short):
        hi = int(np.searchsorted(len_s, len_s[short].max() * stretch, side="right"))
        sc = process.cdist(keys_s[short], keys_s[:hi], scorer=fuzz.ratio,
                           score_cutoff=threshold, dtype=np.uint8, workers=-1)
        i, j = np.nonzero(sc)
        i = short[i]
        ok = (i != j) & ~((tau[j] < 1) & (j < i))  # a pair of two short ones once
        src.append(np.minimum(i[ok], j[ok]))
        dst.append(np.maximum(i[ok], j[ok]))
    by_gram = prefix.tocsc()  # per q-gram, the strings holding it in their prefix, ascending
    state = {"p_indptr": prefix.indptr, "p_indices": prefix.indices, "p_counts": prefix.data,
             "g_indptr": by_gram.indptr, "g_strings": by_gram.indices,
             "g_counts": by_gram.data,
             "hi": np.searchsorted(len_s, len_s * stretch, side="right").astype(np.int64),
             "k": k, "tau": tau, "lengths": len_s, "keys": keys_s,
             "histograms": _char_histograms(keys_s, len_s), "threshold": float(threshold)}
    del by_gram

    # blocks of at most `batch` strings and about PRODUCT_BUDGET q-gram meetings: a bound
    # per string is the sum, over its prefix q-grams, of the strings holding each in theirs
    # (short strings have long prefixes of common q-grams: their blocks are smaller)
    weight = np.cumsum(prefix @ np.bincount(prefix.indices, minlength=prefix.shape[1])
                       .astype(np.float64))
    blocks, start = [], 0
    while start < n:
        base = weight[start - 1] if start else 0.0
        fits = int(np.searchsorted(weight, base + PRODUCT_BUDGET, side="right"))
        end = max(start + 1, min(start + batch, fits, n))
        blocks.append((start, end))
        start = end
    del weight
    workers = min(2, os.cpu_count() or 1)
    if workers > 1 and n >= PROCESSES_FROM:
        # processes: scoring (rapidfuzz, one string at a time) holds the GIL
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers, initializer=_take_state,
                                   initargs=(state,),
                                   mp_context=multiprocessing.get_context(PROCESSES_START))
        run = pool.map(_block_in_worker, blocks)
        # every block is submitted, so both workers have started with their copy of the
        # arrays: this process lets its own go (~0.4 GB at 10,000 plans)
        state.clear()
        prefix = None
    else:  # threads: the compiled candidate step lets the GIL go
        pool = ThreadPoolExecutor(max_workers=workers)
        run = pool.map(functools.partial(_block_pairs, state), blocks)
    with pool, progress_bar(total=n, desc="reuse: near-identical sentences", unit="sent",
                            enabled=progress) as bar:
        for (start, end), (i, j) in zip(blocks, run, strict=True):
            src.append(i)
            dst.append(j)
            bar.update(end - start)
    del state, prefix
    u = np.concatenate(src).astype(np.int32) if src else np.zeros(0, dtype=np.int32)
    v = np.concatenate(dst).astype(np.int32) if dst else np.zeros(0, dtype=np.int32)
    del src, dst
    if not (np.diff(order) == 1).all():  # numbered by length already: nothing to map
        u, v = order[u], order[v]
        u, v = np.minimum(u, v), np.maximum(u, v)
    return _sorted_pairs(u, v)


PROCESSES_FROM = 50_000  # distinct sentences from which `_near_pairs` works in processes
PROCESSES_START = "spawn"  # fresh processes, given the filters' arrays (~0.3 GB at 10,000
# plans) and holding only those: forked ones would share, and be counted with, the whole
# parent; tests use "fork", which starts at once
_STATE: dict[str, Any] = {}  # a worker process's arrays (`_take_state`)


def _take_state(state: dict[str, Any]) -> None:
    """A worker process of `_near_pairs` keeps the filters' arrays for its blocks."""
    _STATE.update(state)


def _block_in_worker(bounds: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    return _block_pairs(_STATE, bounds)


def _block_pairs(state: dict[str, Any], bounds: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """The near-identical pairs (i < j) whose i is in the block `bounds` of strings (in order
    of length): the candidates of the prefix filter and the character-count bound
    (`candidates.block_candidates`), then scoring (`_near_pairs`)."""
    from sciplan_analysis.analysis.candidates import block_candidates

    i, j = block_candidates(
        bounds[0], bounds[1], state["p_indptr"], state["p_indices"], state["p_counts"],
        state["g_indptr"], state["g_strings"], state["g_counts"], state["hi"], state["k"],
        state["tau"], state["lengths"], state["histograms"], state["threshold"])
    if len(i):
        i, j = _score(state["keys"], i, j, state["threshold"])
    return i.astype(np.int32), j.astype(np.int32)  # int32: at 10,000 plans, 10^8 pairs


HISTOGRAM_BUCKETS = 32


def _char_histograms(keys: np.ndarray, lengths: np.ndarray,
                     buckets: int = HISTOGRAM_BUCKETS) -> np.ndarray:
    """Per string, how many of its characters fall in each of `buckets` buckets (characters
    dealt to buckets in order of frequency, so common ones spread out): uint8, so strings
    longer than 255 characters get a row of zeros (`_may_match` keeps their pairs)."""
    n = len(keys)
    out = np.zeros((n, buckets), dtype=np.uint8)
    short = np.flatnonzero(lengths <= 255)
    if not len(short):
        return out
    text = np.frombuffer("".join(keys[short]).encode("utf-32-le"), dtype=np.uint32)
    chars, codes, freq = np.unique(text, return_inverse=True, return_counts=True)
    del text
    bucket = np.empty(len(chars), dtype=np.intp)
    bucket[np.argsort(-freq, kind="stable")] = np.arange(len(chars)) % buckets
    owner = np.repeat(short, lengths[short])
    np.add.at(out, (owner, bucket[codes]), 1)
    return out


def _may_match(histograms: np.ndarray, lengths: np.ndarray, i: np.ndarray, j: np.ndarray,
               threshold: float) -> np.ndarray:
    """Which pairs (i, j) can reach `threshold`: a common subsequence uses each character at
    most as often as the rarer side has it, so LCS <= sum over buckets of the smaller count,
    and ratio = 200 · LCS / (la + lb) gives a bound. Exact (never drops a match) and 3 to 5
    times cheaper per pair than scoring (measured); it drops most candidates of short
    strings. The candidate step applies the same bound (`candidates`)."""
    from sciplan_analysis.analysis.candidates import may_match

    return may_match(histograms, lengths, np.asarray(i, dtype=np.int64),
                     np.asarray(j, dtype=np.int64), float(threshold))


def _score(keys: np.ndarray, i: np.ndarray, j: np.ndarray,
           threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i, j), i in order, whose ``fuzz.ratio`` reaches `threshold`: each i against
    all its j in one call, so rapidfuzz prepares each i once (~1.7 times faster than scoring
    the pairs one by one with ``cpdist``). rapidfuzz holds the GIL here (``workers=1``):
    `_near_pairs` scores in two processes on large inputs. (With ``workers=2`` it lets the
    GIL go, but starts threads at ~70 µs a call: at 2,000 plans two threads scoring so took
    9% longer than taking turns.)"""
    starts = np.flatnonzero(np.r_[True, i[1:] != i[:-1], True])
    hits = []
    for a, b in zip(starts[:-1].tolist(), starts[1:].tolist(), strict=True):
        sc = process.cdist([keys[i[a]]], keys[j[a:b]], scorer=fuzz.ratio,
                           score_cutoff=threshold, dtype=np.uint8,
                           workers=1)[0]
        hits.append(np.flatnonzero(sc) + a)
    hit = np.concatenate(hits)
    return i[hit], j[hit]


def _sorted_pairs(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs as int32, in order of u (already so when the strings came in order of length)."""
    u, v = u.astype(np.int32, copy=False), v.astype(np.int32, copy=False)
    if len(u) and not (np.diff(u) >= 0).all():
        by = np.argsort(u, kind="stable")
        u, v = u[by], v[by]
    return u, v


def _near_pairs_all(keys: list[str], threshold: float, progress: bool | None,
                    block: int = 512) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (u < v) of distinct sentences whose ``fuzz.ratio`` reaches `threshold`,
    all pairs scored (the reference for the candidate step). Only pairs whose lengths allow
    the threshold are scored: ratio = 200 · LCS / (len_u + len_v) <= 200 · min / (len_u +
    len_v), so the longer may be at most (200 / threshold - 1) times the shorter."""
    n = len(keys)
    lengths = np.array([len(k) for k in keys], dtype=np.int64)
    order = np.argsort(lengths, kind="stable")
    ordered = [keys[i] for i in order]
    sorted_len = lengths[order]
    stretch = _stretch(threshold)
    src, dst = [], []
    with progress_bar(total=n, desc="reuse: all pairs", unit="sent", enabled=progress) as bar:
        for start in range(0, n, block):
            end = min(start + block, n)
            hi = int(np.searchsorted(sorted_len, sorted_len[end - 1] * stretch, side="right"))
            sc = process.cdist(ordered[start:end], ordered[start:hi], scorer=fuzz.ratio,
                               score_cutoff=threshold, dtype=np.uint8, workers=-1)
            i, j = np.nonzero(sc)  # uint8 is 0 below the cutoff
            j = j + start
            keep = j > i + start
            src.append(order[i[keep] + start])
            dst.append(order[j[keep]])
            bar.update(end - start)
    u = np.concatenate(src) if src else np.zeros(0, dtype=np.int64)
    v = np.concatenate(dst) if dst else np.zeros(0, dtype=np.int64)
    return _sorted_pairs(np.minimum(u, v), np.maximum(u, v))


def matches(
    sents: pd.DataFrame,
    *,
    threshold: float = THRESHOLD,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    min_shared: int = MIN_SHARED,
) -> pd.DataFrame:
    """Every pair of sentences (rows of `sents`) in different plans whose keys are identical or
    match at ``fuzz.ratio`` >= threshold: source_row, target_row, score. The same exact
    near-identical pairs of distinct sentences as `reuse_counts` (`_near_pairs`), then every
    sentence holding either key."""
    codes, ukeys = pd.factorize(sents["key"])
    keys = np.asarray(ukeys, dtype=object)
    u, v = _near_pairs(list(keys), threshold, int(ngram_range[0]), min_shared, 2048, False)
    near = process.cpdist(keys[u], keys[v], scorer=fuzz.ratio, workers=-1) if len(u) else []
    same = np.arange(len(keys))
    by_key = pd.DataFrame({
        "key": np.r_[u, v, same], "other": np.r_[v, u, same],
        "score": np.r_[near, near, np.full(len(keys), 100.0)],
    })
    rows = pd.DataFrame({"row": np.arange(len(sents)), "key": codes,
                         "plan": sents["plan_id"].to_numpy()})
    pairs = rows.merge(by_key, on="key").merge(
        rows.rename(columns={"row": "target_row", "key": "other", "plan": "target_plan"}),
        on="other")
    pairs = pairs[pairs["plan"] != pairs["target_plan"]]
    return pairs.rename(columns={"row": "source_row"})[["source_row", "target_row", "score"]]


def align(
    sents: pd.DataFrame,
    plan_ids: list[str],
    *,
    threshold: float = THRESHOLD,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    min_shared: int = MIN_SHARED,
    exhaustive: bool = False,
) -> pd.DataFrame:
    """Best match of every sentence in every other plan, kept when it scores >= threshold
    (ties to the earlier sentence of the target plan).

    The matches are exact (`matches`: every pair at or above the threshold, found without
    scoring all pairs). With ``exhaustive=True`` every sentence pair is scored (rapidfuzz
    ``cdist``): the reference the fast path is checked against.
    """
    keys = sents["key"].tolist()
    plan_of = sents["plan_id"].to_numpy()
    if exhaustive:
        found = []
        rows_of = {p: np.flatnonzero(plan_of == p) for p in plan_ids}
        for a, b in itertools.permutations(plan_ids, 2):
            ra, rb = rows_of[a], rows_of[b]
            if not len(ra) or not len(rb):
                continue
            sc = process.cdist([keys[i] for i in ra], [keys[j] for j in rb],
                               scorer=fuzz.ratio, workers=1)
            best = sc.argmax(axis=1)  # the first of equal scores: the earlier sentence
            found.append(pd.DataFrame({"source_row": ra, "target_row": rb[best],
                                       "score": sc[np.arange(len(ra)), best]}))
        cand = pd.concat(found, ignore_index=True) if found else pd.DataFrame(
            columns=["source_row", "target_row", "score"])
    else:
        cand = matches(sents, threshold=threshold, ngram_range=ngram_range,
                       min_shared=min_shared)
    cand = cand[cand["score"] >= threshold].astype({"source_row": np.int64,
                                                    "target_row": np.int64})
    cand = cand.assign(target_plan=plan_of[cand["target_row"].to_numpy()])
    # best per (sentence, target plan): highest score, then the earlier target sentence
    cand = cand.sort_values(["source_row", "target_plan", "score", "target_row"],
                            ascending=[True, True, False, True], kind="stable")
    cand = cand.drop_duplicates(["source_row", "target_plan"])
    s, t = sents.iloc[cand["source_row"].to_numpy()], sents.iloc[cand["target_row"].to_numpy()]
    pairs = pd.DataFrame({
        "source_plan": s["plan_id"].to_numpy(), "source_sent": s["sent_id"].to_numpy(),
        "source_seg_id": s["seg_id"].to_numpy(), "source_text": s["text"].to_numpy(),
        "target_plan": t["plan_id"].to_numpy(), "target_sent": t["sent_id"].to_numpy(),
        "target_seg_id": t["seg_id"].to_numpy(), "target_text": t["text"].to_numpy(),
        "score": cand["score"].to_numpy(dtype=float),
    }, columns=PAIR_COLUMNS)
    order = {p: k for k, p in enumerate(plan_ids)}
    pairs = pairs.sort_values(
        ["source_plan", "target_plan", "source_sent"],
        key=lambda s: s.map(order) if s.name in ("source_plan", "target_plan") else s,
    ).reset_index(drop=True)
    return pairs


def reuse_shares(sents: pd.DataFrame, pairs: pd.DataFrame, plan_ids: list[str]) -> pd.DataFrame:
    """For every ordered plan pair (source_plan, target_plan first): n_sentences of the
    source, how many recur in the target, share."""
    n_sent = sents.groupby("plan_id").size()
    reused = pairs.groupby(["source_plan", "target_plan"])["source_sent"].nunique()
    rows = []
    for src, tgt in itertools.permutations(plan_ids, 2):
        n = int(n_sent.get(src, 0))
        k = int(reused.get((src, tgt), 0))
        rows.append((src, tgt, n, k, k / n if n else np.nan))
    return pd.DataFrame(rows, columns=REUSE_COLUMNS)


def reuse_tables(
    corpus: Corpus,
    *,
    threshold: float = THRESHOLD,
    min_chars: int = MIN_CHARS,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    min_shared: int = MIN_SHARED,
    exhaustive: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reuse, reuse_pairs): the build writes them to reuse.csv and reuse_pairs.csv.

    reuse: source_plan, target_plan, n_sentences, n_reused, share (share of source_plan's
    sentences whose best match in target_plan scores >= threshold). reuse_pairs: each such
    sentence with its best match and score. Exact: the same matches as scoring every pair
    (``exhaustive=True``), found as `reuse_counts` finds them. Both carry the settings in
    ``attrs["settings"]``.
    """
    plan_ids = corpus.plan_ids
    sents = sentences(corpus, min_chars=min_chars)
    pairs = align(sents, plan_ids, threshold=threshold, ngram_range=ngram_range,
                  min_shared=min_shared, exhaustive=exhaustive)
    shares = reuse_shares(sents, pairs, plan_ids)
    settings = reuse_settings(threshold=threshold, min_chars=min_chars,
                              ngram_range=ngram_range, min_shared=min_shared,
                              exhaustive=exhaustive)
    return record(shares, settings), record(pairs, settings)


def reuse_settings(**options: Any) -> dict[str, Any]:
    """The settings `reuse_tables` and `reuse_counts` record (the one definition, compared
    once on reading); `options` are their keyword arguments (unknown names are an error),
    the others take their defaults."""
    defaults = {"threshold": THRESHOLD, "min_chars": MIN_CHARS, "ngram_range": NGRAM_RANGE,
                "min_shared": MIN_SHARED, "exhaustive": False}
    unknown = set(options) - set(defaults)
    if unknown:
        raise TypeError(f"reuse_settings: unknown setting(s) {', '.join(sorted(unknown))}")
    o = {**defaults, **options}
    return {
        "threshold": o["threshold"],
        "scorer": "rapidfuzz.fuzz.ratio on punctuation-free text (0-100)",
        "min_chars": o["min_chars"],
        "split_on": "。！？；!?;",
        "candidates": ("all pairs" if o["exhaustive"]
                       else "pairs of compatible lengths sharing prefix n-grams and characters, "
                            "exact"),
        "ngram_range": list(o["ngram_range"]),
        "min_shared": o["min_shared"],
    }


def load_reuse(
    corpus: Corpus,
    *,
    threshold: float = THRESHOLD,
    min_chars: int = MIN_CHARS,
    processed_dir: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reuse, reuse_pairs) as the build wrote them (``data/processed/reuse.csv`` and
    ``reuse_pairs.csv``), computed only when they are missing, older than the corpus, or made
    with another threshold or minimum length.

    Beyond `LARGE_CORPUS` plans the build keeps no sentence pairs and reuse.csv keeps each
    plan's top sources and targets and the pairs above a share (`top_pairs`; its settings'
    ``rows`` say so): that table comes back, with an empty reuse_pairs whose settings say
    none were kept. Every pair's count: `load_reuse_counts`.
    """
    settings = reuse_settings(threshold=threshold, min_chars=min_chars)
    shares = read_built("reuse", plan_ids=corpus.plan_ids, plan_columns=DIRECTED_KEYS,
                        settings=settings, processed_dir=processed_dir, some_pairs=True)
    if shares is not None and keeps_some_pairs(shares):
        return shares[REUSE_COLUMNS], _no_sentence_pairs(settings)
    pairs = read_built("reuse_pairs", plan_ids=corpus.plan_ids, plan_columns=DIRECTED_KEYS,
                       settings=settings, processed_dir=processed_dir) if shares is not None else None
    if shares is None or pairs is None:
        if shares is not None and shares["n_reused"].sum() == 0:  # no pairs to write: none found
            return shares[REUSE_COLUMNS], record(pd.DataFrame(columns=PAIR_COLUMNS), settings)
        if len(corpus.plan_ids) > LARGE_CORPUS:  # as the build: never every sentence pair
            counts = reuse_counts(corpus, threshold=threshold, min_chars=min_chars)
            return top_pairs(counts), _no_sentence_pairs(settings)
        return reuse_tables(corpus, threshold=threshold, min_chars=min_chars)
    return record(shares[REUSE_COLUMNS], settings), record(pairs[PAIR_COLUMNS], settings)


NO_SENTENCE_PAIRS = (f"none: beyond {LARGE_CORPUS} plans the sentence pairs are not kept "
                     "(they grow with the square of the copies)")


def _no_sentence_pairs(settings: dict[str, Any]) -> pd.DataFrame:
    """The empty reuse_pairs of a corpus beyond `LARGE_CORPUS` plans, saying so."""
    return record(pd.DataFrame(columns=PAIR_COLUMNS), {**settings, ROWS: NO_SENTENCE_PAIRS})


def _require_sentence_pairs(pairs: pd.DataFrame) -> None:
    """Beyond `LARGE_CORPUS` plans no sentence pairs are kept: an empty table would read as
    no reuse at all."""
    if pairs.attrs.get("settings", {}).get(ROWS) == NO_SENTENCE_PAIRS:
        raise ValueError(f"the sentence pairs are not kept beyond {LARGE_CORPUS} plans; "
                         "use load_reuse_counts (every pair's count) or reuse_tables on a "
                         "subset of the plans")


def load_reuse_counts(
    corpus: Corpus,
    *,
    threshold: float = THRESHOLD,
    min_chars: int = MIN_CHARS,
    processed_dir: str | None = None,
) -> pd.DataFrame:
    """`reuse_counts` (every ordered pair's count, a source × target matrix) as the build
    wrote it beyond `LARGE_CORPUS` plans (``reuse_counts.parquet``), computed only when it is
    missing, older than the corpus, covers other plans or was made with other settings.
    `result.complete_pairs` turns it into a row per pair."""
    settings = reuse_settings(threshold=threshold, min_chars=min_chars)
    counts = read_counts(COUNTS_TABLE, plan_ids=corpus.plan_ids, settings=settings,
                         processed_dir=processed_dir)
    if counts is None:
        return reuse_counts(corpus, threshold=threshold, min_chars=min_chars)
    return counts


def top_pairs(counts: pd.DataFrame, *, top_k: int = TOP_K,
              min_share: float = MIN_SHARE) -> pd.DataFrame:
    """reuse.csv beyond `LARGE_CORPUS` plans, from `reuse_counts`: for each plan its `top_k`
    targets (the plans where most of its sentences recur) and its `top_k` sources (the plans
    whose sentences recur in it most, by the source's share), and every pair whose share
    reaches `min_share`; pairs sharing no sentence never. Columns of `reuse_tables`
    (source_plan, target_plan, n_sentences: the source's total, n_reused, share), source by
    source in plan order; ties go to the plan earlier in the manifest. The settings' ``rows``
    entry says what was kept and names the file of every pair's count (`COUNTS_TABLE`).

    At most 2 `top_k` rows per plan plus the pairs above `min_share`; every share is taken
    from the matrix a block at a time (no n² frame).
    """
    if top_k < 0 or not 0 < min_share <= 1:
        raise ValueError(f"top_pairs: top_k must be >= 0 and min_share in (0, 1], got "
                         f"{top_k} and {min_share}")
    ids = np.asarray([str(p) for p in counts.index], dtype=object)
    n = len(ids)
    matrix = np.asarray(counts.to_numpy())
    totals = (pd.Series(counts.attrs["n_sentences"]).rename(index=str).reindex(ids)
              .fillna(0).to_numpy(dtype=np.float64))
    keep = np.zeros((n, n), dtype=bool)
    block = max(1, (1 << 23) // max(n, 1))
    for start in range(0, n, block):  # rows: each source's top targets and high shares
        end = min(start + block, n)
        share = _shares(matrix[start:end], totals[start:end, None])
        keep[start:end] = _top_mask(share, top_k) | (share >= min_share)
    for start in range(0, n, block):  # columns: each target's top sources
        end = min(start + block, n)
        share = _shares(matrix[:, start:end].T, totals[None, :])
        keep[:, start:end] |= _top_mask(share, top_k).T
    source, target = np.nonzero(keep)
    del keep
    n_reused = matrix[source, target].astype(np.int64)
    n_sentences = totals[source].astype(np.int64)
    share = np.full(len(source), np.nan)
    np.divide(n_reused, n_sentences, out=share, where=n_sentences > 0)
    out = pd.DataFrame({"source_plan": ids[source], "target_plan": ids[target],
                        "n_sentences": n_sentences, "n_reused": n_reused, "share": share})
    kept = {"kept": "each plan's top_k targets and top_k sources by share, and every pair "
                    "whose share reaches min_share; a pair absent here may still share "
                    "sentences",
            "top_k": top_k, "min_share": min_share, EVERY_PAIR: COUNTS_TABLE}
    return record(out, {**counts.attrs.get("settings", {}), ROWS: kept})


def _shares(n_reused: np.ndarray, n_sentences: np.ndarray) -> np.ndarray:
    """n_reused / n_sentences, and -1 where nothing is shared (or the source has no
    sentences): those never rank."""
    out = np.full(n_reused.shape, -1.0)
    np.divide(n_reused, n_sentences, out=out, where=(n_reused > 0) & (n_sentences > 0))
    return out


def _top_mask(values: np.ndarray, k: int) -> np.ndarray:
    """Each row's `k` largest positive values (ties to the lower column), as a mask."""
    rows, cols = values.shape
    if k <= 0 or cols == 0:
        return np.zeros(values.shape, dtype=bool)
    if k >= cols:
        return values > 0
    kth = np.partition(values, cols - k, axis=1)[:, cols - k : cols - k + 1]  # k-th largest
    above = values > kth
    tied = values == kth
    room = k - above.sum(axis=1, keepdims=True)
    mask = above | (tied & (np.cumsum(tied, axis=1) <= room))
    return mask & (values > 0)


PRODUCT_BUDGET = 1 << 24  # prefix q-gram meetings per block of the candidate step (per worker)
REACH_BLOCK = 1 << 26  # distinct sentences × plans per block of the counting step (blocks are
# dealt to two threads in turn)


def reuse_counts(
    corpus: Corpus,
    *,
    threshold: float = THRESHOLD,
    min_chars: int = MIN_CHARS,
    ngram_range: tuple[int, int] = NGRAM_RANGE,
    min_shared: int = MIN_SHARED,
    batch: int = 2048,
    progress: bool | None = None,
    exhaustive: bool = False,
) -> pd.DataFrame:
    """How many sentences of each plan recur in each other plan: the form that scales.

    A source × target matrix of counts (the ``n_reused`` of `reuse_tables`, diagonal 0),
    without the pair rows, whose number grows with the square of the corpus when plans copy
    one another. Each distinct sentence (by its content key) is handled once: identical
    sentences match at 100; near-identical ones are every pair of distinct sentences whose
    ``fuzz.ratio`` reaches `threshold`, found without scoring all pairs: only pairs of
    compatible lengths that share enough of their rarest character n-grams (prefix
    filtering, `_prefix_matrix`; n = ``ngram_range[0]``) and enough characters (a bound of
    the common subsequence from character counts, `_may_match`) are scored. Each filter
    provably misses none, so the counts equal those of scoring every pair
    (``exhaustive=True``, the reference).
    `min_shared` trades the candidate step's walk (larger: longer prefixes) against the candidates
    to score (larger: fewer); it never changes the result. A sentence counts as reused in a
    target plan when the target holds an identical sentence or a match scoring >= `threshold`.
    ``attrs``: n_sentences (per plan), n_keys (distinct sentences), settings.
    `progress`: a progress bar on stderr (default: when stderr is a terminal).
    """
    plan_ids = corpus.plan_ids
    sents = sentences(corpus, min_chars=min_chars, progress=progress)
    codes, ukeys = pd.factorize(sents["key"])
    plan_index = {p: i for i, p in enumerate(plan_ids)}
    plan_of = sents["plan_id"].map(plan_index).to_numpy()
    n_keys, n_plans = len(ukeys), len(plan_ids)
    n_sentences = sents.groupby("plan_id").size().reindex(plan_ids, fill_value=0)
    # distinct sentences numbered in order of length: the near pairs then come out in order
    lengths = np.array([len(x) for x in ukeys], dtype=np.int64)
    by_length = np.argsort(lengths, kind="stable")
    keys = np.asarray(ukeys, dtype=object)[by_length].tolist()
    rank = np.empty(n_keys, dtype=np.int64)
    rank[by_length] = np.arange(n_keys)
    codes = rank[codes]
    del sents, ukeys, lengths, by_length, rank

    # near-identical distinct sentences: pairs (u < v), int32, in order of u
    if exhaustive:
        src, dst = _near_pairs_all(keys, threshold, progress)
    else:
        src, dst = _near_pairs(keys, threshold, int(ngram_range[0]), min_shared, batch, progress)
    del keys
    by_dst = np.argsort(dst, kind="stable").astype(np.int32)
    dst_sorted, src_by_dst = dst[by_dst], src[by_dst]
    del by_dst
    # sentences per (distinct sentence, plan); the plans each distinct sentence reaches (it
    # or a near-identical sentence is there), sentence by sentence in compiled code
    # (`candidates.reached_counts`): neither the neighbour matrix nor the key × plan reach
    # matrix is held (boilerplate sentences reach thousands of plans)
    counts = sparse.csr_matrix((np.ones(len(codes), dtype=np.int64), (codes, plan_of)),
                               shape=(n_keys, n_plans))
    every = np.arange(n_keys + 1)
    after = np.searchsorted(src, every)  # partners after each sentence: dst[after[x]:after[x+1]]
    before = np.searchsorted(dst_sorted, every)  # ... and before it: src_by_dst[...]
    del every
    key_block = max(1, REACH_BLOCK // max(n_plans, 1))
    blocks = [(a, min(a + key_block, n_keys)) for a in range(0, n_keys, key_block)]
    workers = min(2, os.cpu_count() or 1, max(len(blocks), 1))
    # one matrix per thread (the compiled step lets the GIL go), blocks dealt in turn
    parts = [(np.zeros((n_plans, n_plans), dtype=np.int32), np.zeros(n_plans, dtype=np.int64))
             for _ in range(workers)]

    arrays = (counts.indptr, counts.indices, counts.data, after, dst, before, src_by_dst)
    with progress_bar(n_keys, "reuse: counting", "sent", progress) as bar, \
            ThreadPoolExecutor(max_workers=workers) as pool:
        runs = [pool.submit(_count_blocks, blocks[w::workers], arrays, *parts[w], bar)
                for w in range(workers)]
        for run in runs:
            run.result()
    del arrays, runs
    n_reused, whole_rows = parts.pop(0)
    while parts:
        out, rows = parts.pop()
        n_reused += out
        whole_rows += rows
        del out
    n_reused += whole_rows.astype(np.int32)[:, None]
    del counts, src, dst, dst_sorted, src_by_dst, after, before
    np.fill_diagonal(n_reused, 0)
    out = pd.DataFrame(n_reused.astype(np.int64), index=pd.Index(plan_ids, name="source_plan"),
                       columns=pd.Index(plan_ids, name="target_plan"))
    out.attrs["n_sentences"] = n_sentences
    out.attrs["n_keys"] = n_keys
    return record(out, reuse_settings(threshold=threshold, min_chars=min_chars,
                                      ngram_range=ngram_range, min_shared=min_shared,
                                      exhaustive=exhaustive))


def _count_blocks(blocks: list[tuple[int, int]], arrays: tuple[np.ndarray, ...],
                  out: np.ndarray, whole_rows: np.ndarray, bar: Any) -> None:
    """`reuse_counts`' counting for the given blocks of distinct sentences, into one thread's
    matrix `out` and its whole-row counts (`candidates.reached_counts`)."""
    from sciplan_analysis.analysis.candidates import reached_counts

    for a, b in blocks:
        whole_rows += reached_counts(a, b, *arrays, out)
        bar.update(b - a)


def parent_pairs(plans: pd.DataFrame, *, texts_only: bool = False) -> list[tuple[str, str]]:
    """(parent plan, child plan) pairs where a plan's manifest parent is another plan's region.

    The one rule for which of the parent region's texts is the parent's plan, when it has
    several: the one whose period overlaps the child's (the same plan cycle), then a page that
    holds a plan's text before one that tells of a plan (a news item, a paper, a report, a page
    of unknown kind: `scope.NOT_TEXT`), then the latest by period, then manifest order. `texts_only` leaves
    out the pairs in which either page is not a plan's text: such a page is never a reuse parent
    or child (`scope`), so traces and passages keep to plans."""
    kinds = scope.plan_kinds(plans)
    text = {p: kinds.get(p) not in scope.NOT_TEXT for p in plans["plan_id"]}
    start = _years(plans, "period_start")
    end = _years(plans, "period_end")
    by_name: dict[str, list[str]] = {}
    for pid, name in zip(plans["plan_id"], plans["name_zh"], strict=True):
        if isinstance(name, str):
            by_name.setdefault(name, []).append(pid)
    out = []
    for child, parent in zip(plans["plan_id"], plans["parent"], strict=True):
        options = [p for p in by_name.get(parent, []) if p != child] if isinstance(parent, str) else []
        if not options:
            continue

        def fit(p: str, child: str = child) -> tuple[bool, bool, int]:
            overlaps = (start[p] is not None and start[child] is not None
                        and start[p] <= (end[child] or start[child])
                        and start[child] <= (end[p] or start[p]))
            return overlaps, text[p], start[p] if start[p] is not None else -1

        best = max(options, key=fit)  # max keeps the first of equals: manifest order
        if texts_only and not (text[best] and text[child]):
            continue
        out.append((best, child))
    return out


def _years(plans: pd.DataFrame, column: str) -> dict[str, int | None]:
    """plan_id → a period year as int, None where it is not stated (or the column is absent)."""
    if column not in plans.columns:
        return dict.fromkeys(plans["plan_id"])
    return {p: (int(y) if pd.notna(y) else None)
            for p, y in zip(plans["plan_id"], plans[column], strict=True)}


def _require_every_pair(reuse: pd.DataFrame) -> None:
    """Ranks and matrices need every pair: a reuse.csv built beyond `LARGE_CORPUS` plans
    keeps each plan's top pairs, where an absent pair would silently drop out."""
    if keeps_some_pairs(reuse):
        raise ValueError("this reuse table keeps only each plan's top pairs; give every pair "
                         "back with analysis.result.complete_pairs(load_reuse_counts(corpus)) "
                         "first")


def reuse_matrix(reuse: pd.DataFrame) -> pd.DataFrame:
    """The reuse table as a source × target matrix of shares (a wide view; diagonal empty)."""
    _require_every_pair(reuse)
    m = reuse.pivot(index="source_plan", columns="target_plan", values="share")
    order = list(dict.fromkeys(list(reuse["source_plan"]) + list(reuse["target_plan"])))
    return record(m.reindex(index=order, columns=order), reuse.attrs.get("settings", {}))


def own_text(corpus: Corpus, pairs: pd.DataFrame, *, min_chars: int = MIN_CHARS) -> pd.DataFrame:
    """One row per plan (plan_id first): sentences, how many recur in at least one other
    plan, and the share of its own (`pairs` as `reuse_tables` returns them)."""
    _require_sentence_pairs(pairs)
    sents = sentences(corpus, min_chars=min_chars)
    n_sent = sents.groupby("plan_id").size()
    reused = pairs.groupby("source_plan")["source_sent"].nunique()
    rows = []
    for p in corpus.plan_ids:
        n = int(n_sent.get(p, 0))
        k = int(reused.get(p, 0))
        rows.append((p, n, k, (n - k) / n if n else np.nan))
    out = pd.DataFrame(rows, columns=["plan_id", "n_sentences", "n_reused_anywhere", "own_share"])
    return tidy(out, {**pairs.attrs.get("settings", {}), "min_chars": min_chars})


def passages(pairs: pd.DataFrame, max_gap: int = 1) -> pd.DataFrame:
    """Runs of aligned sentences that follow each other in both plans, longest first.

    One row per run; columns source_plan, target_plan, source_first, source_last, n_sentences, n_chars,
    mean_score, source_text, target_text.
    """
    _require_sentence_pairs(pairs)
    rows = []
    for (src, tgt), g in pairs.groupby(["source_plan", "target_plan"], sort=False):
        g = g.sort_values("source_sent")
        run: list[pd.Series] = []
        for _, r in g.iterrows():
            if run and (r["source_sent"] - run[-1]["source_sent"] <= max_gap
                        and 0 < r["target_sent"] - run[-1]["target_sent"] <= max_gap):
                run.append(r)
                continue
            if run:
                rows.append(_passage(src, tgt, run))
            run = [r]
        if run:
            rows.append(_passage(src, tgt, run))
    cols = ["source_plan", "target_plan", "source_first", "source_last", "n_sentences",
            "n_chars", "mean_score", "source_text", "target_text"]
    out = pd.DataFrame(rows, columns=cols)
    out = out.sort_values(["n_chars", "mean_score"], ascending=False)
    return tidy(out, {**pairs.attrs.get("settings", {}), "max_gap": max_gap}, keys=DIRECTED_KEYS)


def unlinked_passages(runs: pd.DataFrame, plans: pd.DataFrame) -> pd.DataFrame:
    """The `passages` between plans without a parent–child link, each unordered pair once
    (source before target in manifest order), longest first."""
    order = {p: i for i, p in enumerate(plans["plan_id"].astype(str))}
    linked = {frozenset(p) for p in parent_pairs(plans)}
    keep = [frozenset((s, t)) not in linked and order.get(s, -1) < order.get(t, -1)
            for s, t in zip(runs["source_plan"], runs["target_plan"], strict=True)]
    return record(runs[keep].reset_index(drop=True), runs.attrs.get("settings", {}))


def _passage(src: str, tgt: str, run: list[pd.Series]) -> dict:
    source_text = "。".join(r["source_text"] for r in run) + "。"
    target_text = "。".join(r["target_text"] for r in run) + "。"
    return {"source_plan": src, "target_plan": tgt, "source_first": int(run[0]["source_sent"]),
            "source_last": int(run[-1]["source_sent"]), "n_sentences": len(run),
            "n_chars": len(source_text), "mean_score": float(np.mean([r["score"] for r in run])),
            "source_text": source_text, "target_text": target_text}


# --- side by side ----------------------------------------------------------------------

DIFF_CSS = """<style>
table.reuse {border-collapse: collapse; width: 100%; font-size: 0.95em;}
table.reuse td, table.reuse th {border: 1px solid #ccc; padding: 6px; vertical-align: top;
  text-align: left; width: 45%;}
table.reuse th.score, table.reuse td.score {width: 10%; text-align: right;}
table.reuse .del {background: #fdd; text-decoration: line-through;}
table.reuse .ins {background: #dfd;}
</style>"""


def diff_html(a: str, b: str) -> tuple[str, str]:
    """Two HTML fragments of `a` and `b`: characters only in `a` marked del, only in `b` ins."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left, right = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        x, y = html.escape(a[i1:i2]), html.escape(b[j1:j2])
        if op == "equal":
            left.append(x)
            right.append(y)
            continue
        if x:
            left.append(f'<span class="del">{x}</span>')
        if y:
            right.append(f'<span class="ins">{y}</span>')
    return "".join(left), "".join(right)


def side_by_side_html(
    rows: pd.DataFrame,
    *,
    source_col: str = "source_text",
    target_col: str = "target_text",
    score_col: str | None = "score",
    labels: tuple[str, str] | None = None,
    score_label: str = "score",
) -> str:
    """An HTML table of aligned texts side by side, differences highlighted (red: only in the
    source, green: only in the target). Works on `reuse_pairs` rows or on `passages`;
    `score_label` heads the score column (in the build's language on a page)."""
    first = rows.iloc[0] if len(rows) else None
    left_label, right_label = labels or (
        (str(first["source_plan"]), str(first["target_plan"])) if first is not None
        else ("source", "target"))
    head = f"<tr><th>{html.escape(left_label)}</th><th>{html.escape(right_label)}</th>"
    head += f'<th class="score">{html.escape(score_label)}</th></tr>' if score_col else "</tr>"
    body = []
    for _, r in rows.iterrows():
        left, right = diff_html(str(r[source_col]), str(r[target_col]))
        cells = f"<td>{left}</td><td>{right}</td>"
        if score_col:
            cells += f'<td class="score">{r[score_col]:.1f}</td>'
        body.append(f"<tr>{cells}</tr>")
    return DIFF_CSS + '<table class="reuse">' + head + "".join(body) + "</table>"


def passages_intro(plans: pd.DataFrame, traced: bool, lang: str | None = None) -> str:
    """What page 06's side-by-side section shows, chosen by what it can show (audit23 item 13):
    no plan with its parent in the corpus says so first (the simpler reason, whatever the build
    kept); a build without sentence pairs (beyond 200 plans) says that; where passages are shown,
    how to read them (what the link shows, red and green). A link left out because a page is no
    plan's text is said under them (`scope.trace_note`)."""
    from sciplan_analysis.analysis import pairwise

    linked, untraced = pairwise.traced_pairs(plans)
    if not linked and not untraced:
        return labels.text("reuse.no_parents", lang)
    if not traced:
        return labels.text("reuse.no_sentence_pairs", lang, n=len(plans))
    return labels.text("reuse.passages.legend", lang) if linked else ""


def parent_passages_html(runs: pd.DataFrame, parent: str, child: str, n: int,
                         lang: str | None = None) -> str:
    """Page 06's side-by-side table of one parent → child pair: its first `n` runs (`passages`)
    under the two plans' names; where no sentence of the parent recurs in the child, a line
    saying so (重庆市 → 乐和区：没有句子几乎原样重现), never a table of headers alone."""
    names = (labels.plan_label(parent, lang), labels.plan_label(child, lang))
    sel = runs[(runs["source_plan"] == parent) & (runs["target_plan"] == child)].head(n)
    if sel.empty:
        line = labels.text("reuse.side_by_side.none", lang, parent=names[0], child=names[1])
        return f"<p>{html.escape(line)}</p>"
    return side_by_side_html(sel, score_col="mean_score", labels=names,
                             score_label=labels.label("column", "score", lang))


def candidate_recall(corpus: Corpus, **settings: Any) -> float:
    """Share of the exhaustive (all-pairs) matches that the candidate step also finds."""
    _, fast = reuse_tables(corpus, **settings)
    _, full = reuse_tables(corpus, **{**settings, "exhaustive": True})
    if full.empty:
        return 1.0
    key = ["source_plan", "source_sent", "target_plan"]
    found = full[key].merge(fast[key], on=key, how="inner")
    return len(found) / len(full)


def reuse_by_threshold(
    corpus: Corpus,
    thresholds: tuple[float, ...] = (70.0, 80.0, 85.0, 90.0, 95.0),
    *,
    min_chars: int = MIN_CHARS,
) -> pd.DataFrame:
    """Reuse shares of every ordered pair at several thresholds (one alignment at the lowest).

    Long table, one row per ordered pair and threshold: source_plan, target_plan, threshold,
    n_sentences, n_reused, share.
    """
    plan_ids = corpus.plan_ids
    sents = sentences(corpus, min_chars=min_chars)
    pairs = align(sents, plan_ids, threshold=min(thresholds))
    frames = []
    for t in thresholds:
        shares = reuse_shares(sents, pairs[pairs["score"] >= t], plan_ids)
        shares.insert(2, "threshold", t)
        frames.append(shares)
    out = pd.concat(frames, ignore_index=True)
    return tidy(out, keys=DIRECTED_KEYS, thresholds=thresholds, min_chars=min_chars)


def threshold_sensitivity(by_threshold: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """`reuse_by_threshold` as ordered pairs × thresholds of shares (percent), sorted by the
    share at `threshold` (or the nearest threshold computed), highest first."""
    wide = by_threshold.pivot_table(index=list(DIRECTED_KEYS), columns="threshold",
                                    values="share")
    columns = list(wide.columns)
    key = min(columns, key=lambda t: abs(t - threshold)) if columns else threshold
    wide = wide.sort_values(key, ascending=False) * 100 if columns else wide
    return record(wide, by_threshold.attrs.get("settings", {}), sorted_by=key)


def parent_child_check(
    reuse: pd.DataFrame, similarity: pd.DataFrame, plans: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Does copying stand out where TF-IDF likeness may not? For every parent–child pair:

    - reuse rows: the parent's share of sentences recurring in the child, its rank among all
      ordered pairs, the highest share of any pair without a parent link, their ratio, and
      `stands_out` (rank 1 and at least twice the next unlinked pair);
    - similarity rows: the pair's cosine and rank per scope and analyzer, beside the most
      alike pair there.

    Both have one row per (parent, child) pair (and scope and analyzer): parent first.
    """
    _require_every_pair(reuse)
    ranked = reuse.sort_values("share", ascending=False).reset_index(drop=True)
    linked = {frozenset(p) for p in parent_pairs(plans)}
    unlinked = ranked[[frozenset(p) not in linked
                       for p in zip(ranked.source_plan, ranked.target_plan, strict=True)]]
    best = unlinked.iloc[0] if len(unlinked) else None
    reuse_rows, sim_rows = [], []
    for parent, child in parent_pairs(plans):
        hit = ranked[(ranked.source_plan == parent) & (ranked.target_plan == child)]
        if hit.empty:
            continue
        row, rank = hit.iloc[0], int(hit.index[0]) + 1
        other_share = float(best.share) if best is not None else float("nan")
        ratio = row.share / other_share if other_share else float("inf")
        reuse_rows.append({
            "parent": parent, "child": child, "n_sentences": int(row.n_sentences),
            "n_reused": int(row.n_reused), "share": float(row.share), "rank": rank,
            "n_pairs": len(ranked),
            "best_other": None if best is None else f"{best.source_plan}→{best.target_plan}",
            "best_other_share": other_share, "ratio": ratio,
            "stands_out": bool(rank == 1 and ratio >= 2),
        })
        for (section_scope, analyzer), sub in similarity.groupby(["scope", "analyzer"], sort=False):
            sub = sub.sort_values("score", ascending=False).reset_index(drop=True)
            pair = sub[[{a, b} == {parent, child} for a, b in zip(sub.plan_a, sub.plan_b, strict=True)]]
            if pair.empty:
                continue
            top = sub.iloc[0]
            sim_rows.append({
                "parent": parent, "child": child, "scope": section_scope, "analyzer": analyzer,
                "score": float(pair.score.iloc[0]), "rank": int(pair.index[0]) + 1,
                "n_pairs": len(sub), "top_pair": f"{top.plan_a}–{top.plan_b}",
                "top_score": float(top.score),
            })
    settings = {"reuse": reuse.attrs.get("settings", {}),
                "stands_out": "rank 1 and at least twice the best unlinked pair"}
    return record(pd.DataFrame(reuse_rows), settings), record(pd.DataFrame(sim_rows), settings)


def parent_child_findings(check: pd.DataFrame, lang: str | None = None) -> list[str]:
    """One sentence per parent–child pair of `parent_child_check`: does copying stand out?"""
    threshold = check.attrs.get("settings", {}).get("reuse", {}).get("threshold", THRESHOLD)
    lines = []
    for r in check.itertuples():
        parent, child = labels.plan_label(r.parent, lang), labels.plan_label(r.child, lang)
        if labels.is_zh(lang):
            verdict = "**明显突出**。" if r.stands_out else "**并不**明显突出（需排名第一且为下一对的两倍）。"
            lines.append(
                f"**{parent} → {child}**：{r.n_sentences} 句中有 {r.n_reused} 句（{r.share:.1%}）"
                f"在阈值 {threshold:g} 下重现，在 {r.n_pairs} 个有序方案对中排第 {r.rank}；"
                f"没有上下级关系的方案对中最高的（{r.best_other}）为 {r.best_other_share:.1%}，"
                f"上下级方案对是它的 {r.ratio:.1f} 倍：{verdict}")
        else:
            verdict = "**stands out**." if r.stands_out else                 "does **not** clearly stand out (rank 1 and twice the next)."
            lines.append(
                f"**{parent} → {child}**: {r.n_reused} of {r.n_sentences} sentences "
                f"({r.share:.1%}) recur at threshold {threshold:g}, rank {r.rank} of {r.n_pairs} "
                f"ordered pairs; the highest pair without a parent link ({r.best_other}) reaches "
                f"{r.best_other_share:.1%}, so the parent–child share is {r.ratio:.1f} times "
                f"that: it {verdict}")
    return lines
