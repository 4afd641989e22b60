"""Tokenizing plan text for similarity: jieba words or character n-grams.

Text first goes through `clean_text` (NFKC width folding, conversion artifacts and
unit brackets such as （牵头单位：县教委。配合单位：…） removed as the parser reads them
(`text.brackets`), whitespace dropped), then
optionally `strip_boilerplate` (the shared political phrasing in
`data/reference/boilerplate.txt`), then one of two analyzers:

- ``"word"``: jieba with the domain user dictionary (`data/reference/userdict.txt`),
  stopwords (`data/reference/stopwords.txt`) removed, punctuation and numbers dropped;
- ``"char"``: overlapping character n-grams (bigrams and trigrams by default) of the
  CJK and Latin runs of the text, punctuation never bridged.

The jieba tokenizer is a private `jieba.Tokenizer` (the global one is left alone), built
once and quietly. Tokenization is memoised per (text, settings), so notebooks that call
the similarity functions repeatedly do not re-tokenize, and underneath per *block*: jieba
cuts each run of word characters between punctuation on its own, so a clause that recurs
in many plans (boilerplate, text copied from a parent plan) is cut once. The result is the
same as cutting the whole text.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sciplan_analysis.config import BOILERPLATE_FILE, STOPWORDS_FILE, USERDICT_FILE
from sciplan_analysis.text.brackets import strip_unit_brackets
from sciplan_analysis.text.patterns import ARTIFACTS, CONTENT_RUN, LETTER

ANALYZERS = ("word", "char")
CHAR_NGRAMS = (2, 3)

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"^[0-9.%]+$")


def read_wordlist(path: str | Path) -> list[str]:
    """The entries of a one-per-line reference list; blank lines and # comments skipped."""
    entries = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return entries


def clean_text(text: str) -> str:
    """Text as compared: width-folded (NFKC), artifacts and unit brackets removed, no whitespace.

    `text` is one paragraph: an unbracketed unit list ("。牵头单位：…") runs to its end, as
    the parser reads it (`text.brackets.unit_spans`).
    """
    text = unicodedata.normalize("NFKC", text)
    text = ARTIFACTS.sub("", text)
    text = _SPACE.sub("", text)
    return strip_unit_brackets(text)


@lru_cache(maxsize=1)
def boilerplate_phrases() -> tuple[str, ...]:
    """The boilerplate phrases, NFKC-folded like the text, longest first."""
    phrases = {unicodedata.normalize("NFKC", p) for p in read_wordlist(BOILERPLATE_FILE)}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword set (function words), NFKC-folded."""
    return frozenset(unicodedata.normalize("NFKC", w) for w in read_wordlist(STOPWORDS_FILE))


def strip_boilerplate(text: str) -> str:
    """Remove every boilerplate phrase from (cleaned) text, longest phrase first."""
    for phrase in boilerplate_phrases():
        if phrase in text:
            text = text.replace(phrase, "，")
    return text


@lru_cache(maxsize=1)
def jieba_tokenizer():  # -> jieba.Tokenizer
    """A private jieba tokenizer with the domain user dictionary, initialised without noise."""
    import jieba

    # jieba logs "Building prefix dict…" at DEBUG to stderr; keep its logger to warnings.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for entry in read_wordlist(USERDICT_FILE):
        parts = entry.split()
        word = unicodedata.normalize("NFKC", parts[0])
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else None
        tokenizer.add_word(word, freq, tag)
    return tokenizer


@lru_cache(maxsize=1 << 18)
def _block_tokens(block: str) -> tuple[str, ...]:
    """Kept jieba words of one block (a piece of text between jieba's own block splits)."""
    stop = stopwords()
    return tuple(
        w
        for w in jieba_tokenizer().lcut(block, HMM=True)
        if w not in stop and LETTER.search(w) and not _NUMBER.match(w)
    )


def _blocks(text: str) -> list[str]:
    """`text` split exactly where jieba splits it before cutting (its ``re_han_default``)."""
    import jieba

    return [b for b in jieba.re_han_default.split(text) if b]


@lru_cache(maxsize=1 << 16)
def _word_tokens(text: str, boilerplate: bool) -> tuple[str, ...]:
    text = clean_text(text)
    if boilerplate:
        text = strip_boilerplate(text)
    out: list[str] = []
    for block in _blocks(text):
        out.extend(_block_tokens(block))
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _char_tokens(text: str, boilerplate: bool, ngram_range: tuple[int, int]) -> tuple[str, ...]:
    text = clean_text(text)
    if boilerplate:
        text = strip_boilerplate(text)
    lo, hi = ngram_range
    grams: list[str] = []
    for run in CONTENT_RUN.findall(text):
        for n in range(lo, hi + 1):
            grams.extend(run[i : i + n] for i in range(len(run) - n + 1))
    return tuple(grams)


def tokenize(text: str, *, boilerplate: bool = True) -> list[str]:
    """jieba words of `text`, stopwords dropped; boilerplate phrases removed if `boilerplate`."""
    return list(_word_tokens(text, boilerplate))


def char_ngrams(
    text: str, *, boilerplate: bool = True, ngram_range: tuple[int, int] = CHAR_NGRAMS
) -> list[str]:
    """Character n-grams of `text` within runs of CJK/Latin/digits; boilerplate removed if asked."""
    return list(_char_tokens(text, boilerplate, tuple(ngram_range)))


def make_analyzer(
    analyzer: str = "word",
    *,
    boilerplate: bool = True,
    ngram_range: tuple[int, int] = CHAR_NGRAMS,
) -> Callable[[str], list[str]]:
    """A callable for scikit-learn's ``TfidfVectorizer(analyzer=...)``: "word" or "char"."""
    if analyzer == "word":
        return lambda text: list(_word_tokens(text, boilerplate))
    if analyzer == "char":
        rng = tuple(ngram_range)
        return lambda text: list(_char_tokens(text, boilerplate, rng))
    raise ValueError(f"unknown analyzer {analyzer!r}; use one of {', '.join(ANALYZERS)}")


def clear_cache() -> None:
    """Forget memoised tokenizations and reference lists (after editing data/reference/)."""
    for fn in (_word_tokens, _block_tokens, _char_tokens, jieba_tokenizer, stopwords, boilerplate_phrases):
        fn.cache_clear()
