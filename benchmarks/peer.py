"""The peer baseline: the script a researcher writes today, without this library.

- similarity: every plan's whole text cut by jieba (``jieba.lcut``), scikit-learn's
  ``TfidfVectorizer`` on the token lists, ``cosine_similarity`` of the rows;
- reuse: the text split into sentences (on 。！？；), punctuation dropped, sentences shorter
  than 12 characters left out; a MinHash of each sentence's character trigrams (datasketch,
  64 permutations) in a ``MinHashLSH`` index (Jaccard threshold 0.5), as the textreuse tools
  do; each sentence's LSH candidates in other plans scored with rapidfuzz's ``fuzz.ratio``;
  a sentence is reused in a plan when a candidate there scores >= 85.

Nothing is cached or deduplicated, as in a first script; the same thresholds as the library
(85, 12 characters) so that the results can be compared. The plan texts are read as the
researcher has them: the files of the manifest (plain text).

    python benchmarks/peer.py benchmarks/out/d70/500
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np

SENTENCE = re.compile(r"[^。！？；!?;\n]+")
NON_CONTENT = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
THRESHOLD = 85.0
MIN_CHARS = 12
NUM_PERM = 64
LSH_THRESHOLD = 0.5


def read_plans(raw_dir: str | Path) -> tuple[list[str], list[str]]:
    """(plan ids, texts) in manifest order."""
    raw_dir = Path(raw_dir)
    with (raw_dir / "plans.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [(raw_dir / r["file"]).read_text(encoding="utf-8", errors="replace") for r in rows]
    return [r["plan_id"] for r in rows], texts


def similarity(texts: list[str]) -> np.ndarray:
    """Whole-plan cosine similarity: jieba + TfidfVectorizer + cosine_similarity."""
    import jieba
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    jieba.setLogLevel(60)
    vectorizer = TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, lowercase=False)
    return cosine_similarity(vectorizer.fit_transform(texts))


def sentences(texts: list[str]) -> list[tuple[int, str]]:
    """(plan index, sentence key) of every sentence long enough to count."""
    out = []
    for p, text in enumerate(texts):
        for piece in SENTENCE.findall(text):
            key = NON_CONTENT.sub("", piece)
            if len(key) >= MIN_CHARS:
                out.append((p, key))
    return out


def reuse(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(n_reused, n_sentences): source × target counts of reused sentences, and each plan's
    number of sentences."""
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz

    sents = sentences(texts)
    n = len(texts)
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes = []
    for i, (_, key) in enumerate(sents):
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([key[j : j + 3].encode("utf-8") for j in range(len(key) - 2)])
        lsh.insert(i, m)
        hashes.append(m)
    counts = np.zeros((n, n), dtype=np.int64)
    for i, (p, key) in enumerate(sents):
        reached = set()
        for j in lsh.query(hashes[i]):
            q = sents[j][0]
            if q != p and q not in reached and fuzz.ratio(key, sents[j][1]) >= THRESHOLD:
                reached.add(q)
        for q in reached:
            counts[p, q] += 1
    n_sent = np.bincount([p for p, _ in sents], minlength=n)
    return counts, n_sent


def main() -> None:
    import argparse
    import time

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    args = parser.parse_args()
    ids, texts = read_plans(args.raw)
    t = time.perf_counter()
    sim = similarity(texts)
    print(f"similarity {sim.shape} {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    counts, n_sent = reuse(texts)
    print(f"reuse {int(counts.sum())} reused of {int(n_sent.sum())} sentences, "
          f"{time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
