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
