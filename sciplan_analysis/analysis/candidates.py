"""Reuse's candidate pairs, compiled: the prefix filter and the character-count bound in one
pass per string, without the sparse product's intermediate entries.

`reuse._near_pairs` keeps the filters' arrays; this module only walks them. Compiled with
numba (cached on disk beside this file, so a process compiles once per code change); it lets
the GIL go, so threads run it side by side. Imported only when reuse looks for pairs: numba
costs ~0.4 s to import.
"""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(cache=True, nogil=True)
def _bound_ok(hist: np.ndarray, lengths: np.ndarray, i: int, j: int, threshold: float) -> bool:
    """Can strings i and j reach `threshold`? A common subsequence uses each character at
    most as often as the side with fewer of it, so LCS <= the sum over buckets of the smaller
    count, and ratio = 200 · LCS / (la + lb). Strings over 255 characters (no histogram)
    always can."""
    la, lb = lengths[i], lengths[j]
    if la > 255 or lb > 255:
        return True
    need = np.ceil(threshold * (la + lb) / 200.0 - 1e-9)
    row_i, row_j = hist[i], hist[j]
    shared = np.int32(0)
    for b in range(row_i.shape[0]):
        x, y = row_i[b], row_j[b]
        shared += np.int32(x if x < y else y)
    return shared >= need


@numba.njit(cache=True, nogil=True)
def may_match(hist: np.ndarray, lengths: np.ndarray, i: np.ndarray, j: np.ndarray,
              threshold: float) -> np.ndarray:
    """`_bound_ok` for each pair (i[x], j[x]): which pairs the character counts keep."""
    keep = np.empty(len(i), dtype=np.bool_)
    for x in range(len(i)):
        keep[x] = _bound_ok(hist, lengths, i[x], j[x], threshold)
    return keep


@numba.njit(cache=True, nogil=True)
def block_candidates(start: int, end: int, p_indptr: np.ndarray, p_indices: np.ndarray,
                     p_counts: np.ndarray, g_indptr: np.ndarray, g_strings: np.ndarray,
                     g_counts: np.ndarray, hi: np.ndarray, k: np.ndarray, tau: np.ndarray,
                     lengths: np.ndarray, hist: np.ndarray,
                     threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs (i, j), i in start..end, j > i, strings numbered by length: j
    shorter than ``hi[i]`` (the lengths i can match), i and j sharing at least min(k[i],
    k[j]) prefix q-grams (counted with repeats: the smaller count of each), both with a
    filter (tau >= 1), and passing the character-count bound (`_bound_ok`). Pairs in order
    of i.

    The prefixes by string (``p_*``, CSR: q-gram ids and counts) and by q-gram (``g_*``:
    the strings holding it in their prefix, ascending, with counts)."""
    n = len(lengths)
    shared = np.zeros(n, dtype=np.int32)
    touched = np.empty(n, dtype=np.int32)
    cap = 1 << 16
    out_i = np.empty(cap, dtype=np.int32)
    out_j = np.empty(cap, dtype=np.int32)
    m = 0
    for i in range(start, end):
        if tau[i] < 1:
            continue
        top = hi[i]
        nt = 0
        for p in range(p_indptr[i], p_indptr[i + 1]):
            g = p_indices[p]
            ci = p_counts[p]
            a, b = g_indptr[g], g_indptr[g + 1]
            q = a + np.searchsorted(g_strings[a:b], i, side="right")
            while q < b:
                j = g_strings[q]
                if j >= top:
                    break
                if shared[j] == 0:
                    touched[nt] = j
                    nt += 1
                shared[j] += min(ci, g_counts[q])
                q += 1
        for x in range(nt):  # in the order first met (sorting them cost more than the rest)
            j = touched[x]
            c = shared[j]
            shared[j] = 0
            if tau[j] < 1 or c < min(k[i], k[j]):
                continue
            if not _bound_ok(hist, lengths, i, j, threshold):
                continue
            if m == cap:
                cap *= 2
                grown_i = np.empty(cap, dtype=np.int32)
                grown_j = np.empty(cap, dtype=np.int32)
                grown_i[:m] = out_i[:m]
                grown_j[:m] = out_j[:m]
                out_i, out_j = grown_i, grown_j
            out_i[m] = i
            out_j[m] = j
            m += 1
    return out_i[:m].copy(), out_j[:m].copy()


@numba.njit(cache=True, nogil=True)
def _mark_plans(y: int, c_indptr: np.ndarray, c_plans: np.ndarray, mark: np.ndarray,
                reached: np.ndarray, count: int) -> int:
    """Adds the plans holding distinct sentence y to `mark` and ``reached[count:]``; returns
    the new count."""
    for p in range(c_indptr[y], c_indptr[y + 1]):
        t = c_plans[p]
        if not mark[t]:
            mark[t] = True
            reached[count] = t
            count += 1
    return count


@numba.njit(cache=True, nogil=True)
def reached_counts(start: int, end: int, c_indptr: np.ndarray, c_plans: np.ndarray,
                   c_counts: np.ndarray, f_indptr: np.ndarray, f_keys: np.ndarray,
                   b_indptr: np.ndarray, b_keys: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Adds to ``out[s, t]`` (source × target plans), for distinct sentences start..end, how
    many of plan s's sentences are that sentence while it or a near-identical one stands in
    plan t. The sentences' plans: ``c_*`` (CSR, with the number of sentences); their
    near-identical ones: ``f_*`` (partners after them) and ``b_*`` (before them).

    A sentence reaching more than half of the plans adds its count to every target (returned
    per source, for the caller to add to whole rows) and subtracts it where it does not
    reach: the work per sentence is its plans times the smaller of the reached and the
    missed plans (boilerplate reaches nearly all)."""
    n_plans = out.shape[0]
    mark = np.zeros(n_plans, dtype=np.bool_)
    reached = np.empty(n_plans, dtype=np.int64)
    missed = np.empty(n_plans, dtype=np.int64)
    whole_rows = np.zeros(n_plans, dtype=np.int64)
    for x in range(start, end):
        count = _mark_plans(x, c_indptr, c_plans, mark, reached, 0)
        for q in range(f_indptr[x], f_indptr[x + 1]):
            count = _mark_plans(f_keys[q], c_indptr, c_plans, mark, reached, count)
        for q in range(b_indptr[x], b_indptr[x + 1]):
            count = _mark_plans(b_keys[q], c_indptr, c_plans, mark, reached, count)
        if 2 * count > n_plans:
            n_missed = 0
            for t in range(n_plans):
                if not mark[t]:
                    missed[n_missed] = t
                    n_missed += 1
            for p in range(c_indptr[x], c_indptr[x + 1]):
                s, c = c_plans[p], c_counts[p]
                whole_rows[s] += c
                for r in range(n_missed):
                    out[s, missed[r]] -= c
        else:
            for p in range(c_indptr[x], c_indptr[x + 1]):
                s, c = c_plans[p], c_counts[p]
                for r in range(count):
                    out[s, reached[r]] += c
        for r in range(count):
            mark[reached[r]] = False
    return whole_rows
