"""Sentence-level text reuse on small hand-made plans with known copied sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from sciplan_analysis.analysis.reuse import (
    align,
    content_key,
    diff_html,
    matches,
    own_text,
    parent_pairs,
    passages,
    reuse_by_threshold,
    reuse_matrix,
    reuse_tables,
    sentences,
    side_by_side_html,
    split_sentences,
)
from sciplan_analysis.corpus import Corpus

# The parent's five sentences (half-width punctuation, like the Chongqing newspaper text).
P1 = "加强科普基础设施建设,建立政府引导、多渠道投入的机制,推动科普基础设施提质增量"
P2 = "完善以实体科技馆为依托和基础,流动科技馆、科普大篷车、农村中学科技馆为拓展和延伸的现代科技馆体系"
P3 = "建好社区科普活动室、科普书屋、科普画廊、科普橱窗等传统科普阵地,推动社区科普大学转型升级"
P4 = "积极参与世界公众科学素质促进大会,把智博会打造成为具有国际影响力的交流合作平台"
P5 = "推动修订科学技术普及条例,落实支持和鼓励科普事业发展的税收优惠等相关政策"
PARENT = [f"{P1}。{P2}。", f"{P3}；{P4}！", f"{P5}。"]

# The child copies P1 and P3 verbatim (full-width punctuation, a unit bracket added),
# P2 with one small edit, and has two sentences of its own.
C2 = "完善以实体科技馆为依托和基础，流动科技馆、科普大篷车、农村中学科技馆为拓展和延伸的县级现代科技馆体系"
CHILD = [
    "打造巫溪特色的红池坝生态科普研学基地，开发本地非遗技艺体验课程。",
    f"{P1.replace(',', '，')}。{C2}。（牵头单位：县科协。配合单位：县教委、各乡镇（街道））",
    f"（三）{P3.replace(',', '，')}？",
    "每年组织乡村教师赴主城区参加科学教育专题培训不少于两次。",
]
OTHER = [
    "实施高素质农民培育计划，依托农业广播电视学校开展农民教育培训。",
    "开展老年人智能技术运用培训，帮助老年人跨越数字鸿沟。",
]


def make_corpus(plans: dict[str, list[str]]) -> Corpus:
    records: dict[str, list[dict]] = {"plans": [], "segments": []}
    for plan_id, paras in plans.items():
        records["plans"].append({"plan_id": plan_id})
        records["segments"].append({"plan_id": plan_id, "seg_id": f"{plan_id}-front",
                                    "role": "front", "text": P4 + "。"})
        for k, text in enumerate(paras):
            records["segments"].append({"plan_id": plan_id, "seg_id": f"{plan_id}-{k}",
                                        "role": "task", "text": text})
    return Corpus.from_records(records)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus({"parent": PARENT, "child": CHILD, "other": OTHER})


def test_split_sentences_on_full_and_half_width_stops_and_drops_markers():
    assert split_sentences("（一）甲乙丙。丁戊己；庚辛!壬癸?子丑") == [
        "甲乙丙", "丁戊己", "庚辛", "壬癸", "子丑"]
    assert split_sentences("2.建设科普阵地。（牵头单位：县科协。配合单位：县教委）") == ["建设科普阵地"]


def test_sentences_respect_min_chars_and_skip_front_matter(corpus):
    s = sentences(corpus)
    assert (s["key"].str.len() >= 12).all()
    assert s.groupby("plan_id").size().to_dict() == {"parent": 5, "child": 5, "other": 2}
    assert list(s.loc[s["plan_id"] == "child", "sent_id"]) == list(range(5))
    short = sentences(make_corpus({"a": ["短句。这是一个足够长的句子用来测试最短长度。"]}))
    assert list(short["text"]) == ["这是一个足够长的句子用来测试最短长度"]


def test_known_copies_are_found_and_shares_are_right(corpus):
    reuse, pairs = reuse_tables(corpus)
    share = reuse.set_index(["source_plan", "target_plan"])
    assert share.loc[("parent", "child"), "n_sentences"] == 5
    assert share.loc[("parent", "child"), "n_reused"] == 3  # P1, P3 verbatim, P2 edited
    assert share.loc[("parent", "child"), "share"] == pytest.approx(3 / 5)
    assert share.loc[("child", "parent"), "share"] == pytest.approx(3 / 5)
    assert share.loc[("parent", "other"), "n_reused"] == 0
    assert share.loc[("other", "child"), "n_reused"] == 0
    pc = pairs[(pairs["source_plan"] == "parent") & (pairs["target_plan"] == "child")]
    assert set(pc["source_text"]) == {P1, P2, P3}
    verbatim = pc[pc["source_text"].isin([P1, P3])]
    assert (verbatim["score"] == 100).all()  # punctuation width and unit brackets ignored
    edited = pc[pc["source_text"] == P2]["score"].iloc[0]
    assert 85 <= edited < 100
    assert list(reuse.columns) == ["source_plan", "target_plan", "n_sentences", "n_reused", "share"]
    assert reuse.attrs["settings"]["threshold"] == 85


def test_threshold_and_min_chars_are_parameters(corpus):
    strict, _ = reuse_tables(corpus, threshold=100)
    assert strict.set_index(["source_plan", "target_plan"]).loc[("parent", "child"), "n_reused"] == 2
    long_only, _ = reuse_tables(corpus, min_chars=45)
    assert long_only.set_index(["source_plan", "target_plan"]).loc[
        ("parent", "child"), "n_sentences"] == 1  # only P2 has 45+ characters
    by_t = reuse_by_threshold(corpus, (85.0, 100.0))
    got = by_t[(by_t["source_plan"] == "parent") & (by_t["target_plan"] == "child")]
    assert list(got["n_reused"]) == [3, 2]


def test_matches_find_the_copies_and_align_equals_scoring_all_pairs(corpus):
    s = sentences(corpus)
    found = matches(s)
    keys = {(s.loc[i, "key"], s.loc[j, "key"]) for i, j in found[["source_row", "target_row"]]
            .itertuples(index=False)}
    for copied in (P1, P2, P3):
        assert (content_key(copied), content_key(copied if copied != P2 else C2)) in keys
    assert (found["score"] >= 85).all()
    assert (s["plan_id"].to_numpy()[found["source_row"]]
            != s["plan_id"].to_numpy()[found["target_row"]]).all()
    fast = align(s, ["parent", "child", "other"])
    full = align(s, ["parent", "child", "other"], exhaustive=True)
    pd.testing.assert_frame_equal(fast, full)


def test_align_equals_scoring_all_pairs_where_many_plans_share_variants():
    """30 plans holding rewritten variants of the same sentences: every sentence's best match
    in every other plan (the earlier candidate step kept 3 per plan pair by a cosine and could
    miss or mis-pick them)."""
    plans = {f"p{k:02d}": [f"{_variant(k % 7)}。{_variant((k + 3) % 11)}。{P1}。{P3[: 12 + k]}。"]
             for k in range(30)}
    corpus = make_corpus(plans)
    s = sentences(corpus)
    ids = corpus.plan_ids
    for threshold in (85.0, 70.0):
        fast = align(s, ids, threshold=threshold)
        full = align(s, ids, threshold=threshold, exhaustive=True)
        assert len(full) > 1000
        pd.testing.assert_frame_equal(fast, full)
    shares, pairs = reuse_tables(corpus)
    from sciplan_analysis.analysis.reuse import reuse_counts

    assert shares["n_reused"].sum() == reuse_counts(corpus).to_numpy().sum()


def test_reuse_matrix_and_own_text(corpus):
    reuse, pairs = reuse_tables(corpus)
    m = reuse_matrix(reuse)
    assert m.loc["parent", "child"] == pytest.approx(0.6)
    assert pd.isna(m.loc["parent", "parent"])
    own = own_text(corpus, pairs).set_index("plan_id")
    assert own.loc["other", "own_share"] == 1.0
    assert own.loc["child", "n_reused_anywhere"] == 3
    assert own.loc["child", "own_share"] == pytest.approx(2 / 5)


def test_passages_join_consecutive_sentences(corpus):
    _, pairs = reuse_tables(corpus)
    p = passages(pairs)
    first = p[(p["source_plan"] == "parent") & (p["target_plan"] == "child")].iloc[0]
    assert first["n_sentences"] == 3  # P1, P2, P3 follow each other in both plans
    assert first["source_text"].startswith(P1)


def test_diff_html_marks_differences_and_escapes():
    left, right = diff_html("科技馆体系<b>", "县级科技馆体系")
    assert '<span class="ins">县级</span>' in right
    assert '<span class="del">&lt;b&gt;</span>' in left
    assert "县级" not in left
    _, pairs = reuse_tables(make_corpus({"parent": PARENT, "child": CHILD}))
    page = side_by_side_html(pairs[pairs["source_plan"] == "parent"])
    assert page.count("<tr>") == 4 and "县级" in page and "<th>parent</th>" in page


def test_parent_pairs_come_from_the_manifest_parent_column():
    plans = pd.DataFrame({
        "plan_id": ["county", "city", "other"],
        "name_zh": ["某县", "某市", "别区"],
        "parent": ["某市", None, "外省市"],
    })
    assert parent_pairs(plans) == [("city", "county")]


def test_reuse_counts_equal_the_tidy_alignment(corpus):
    """The scalable counts (distinct sentences, no pair rows) give the tidy table's n_reused."""
    from sciplan_analysis.analysis.reuse import reuse_counts

    for threshold in (85.0, 100.0):
        counts = reuse_counts(corpus, threshold=threshold)
        reuse, _ = reuse_tables(corpus, threshold=threshold, exhaustive=True)
        for row in reuse.itertuples(index=False):
            assert counts.loc[row.source_plan, row.target_plan] == row.n_reused
    assert counts.loc["parent", "child"] == 2
    assert (counts.to_numpy().diagonal() == 0).all()
    assert counts.attrs["n_sentences"]["parent"] == 5


def test_reuse_counts_match_exhaustive_on_the_real_plans():
    import warnings

    from sciplan_analysis.analysis.reuse import reuse_counts
    from sciplan_analysis.corpus import RAW_DIR, parse_manifest

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        real = parse_manifest(RAW_DIR)
    counts = reuse_counts(real)
    reuse, _ = reuse_tables(real, exhaustive=True)
    assert reuse["n_reused"].sum() > 50
    for row in reuse.itertuples(index=False):
        assert counts.loc[row.source_plan, row.target_plan] == row.n_reused


def test_sentences_of_repeated_paragraphs_are_numbered_per_plan(corpus):
    """Paragraphs are split once per distinct text, but every copy gets its own sentences."""
    doubled = Corpus.concat([corpus, corpus.plan("parent").__class__(
        **{name: df.assign(plan_id=df["plan_id"].replace("parent", "twin"))
           if "plan_id" in df else df for name, df in corpus.plan("parent").tables().items()})])
    s = sentences(doubled)
    assert (s[s["plan_id"] == "twin"]["key"].tolist() == s[s["plan_id"] == "parent"]["key"].tolist())
    assert s[s["plan_id"] == "twin"]["sent_id"].tolist() == list(range(5))


def test_parent_child_check_ranks_copying_and_likeness():
    from sciplan_analysis.analysis.reuse import parent_child_check

    plans = pd.DataFrame({"plan_id": ["city", "county", "other"], "name_zh": ["甲市", "乙县", "丙县"],
                          "parent": [None, "甲市", "丁市"]})
    reuse = pd.DataFrame({
        "source_plan": ["city", "county", "city", "other", "county", "other"],
        "target_plan": ["county", "city", "other", "city", "other", "county"],
        "n_sentences": [10] * 6, "n_reused": [6, 3, 2, 1, 1, 0],
        "share": [0.6, 0.3, 0.2, 0.1, 0.1, 0.0],
    })
    similarity = pd.DataFrame({
        "plan_a": ["city", "city", "county"], "plan_b": ["county", "other", "other"],
        "scope": "whole", "analyzer": "word", "score": [0.5, 0.7, 0.4],
    })
    reuse_check, sim_check = parent_child_check(reuse, similarity, plans)
    row = reuse_check.iloc[0]
    assert (row.parent, row.child, row["rank"], row.best_other) == ("city", "county", 1, "city→other")
    assert row.ratio == pytest.approx(3.0) and row.stands_out
    s = sim_check.iloc[0]
    assert (s["rank"], s.top_pair, s.score) == (2, "city–other", 0.5)


# --- reuse_counts at scale: the candidate step must miss no near-identical pair -------------

def _variant(k: int) -> str:
    """P2 with a short code of its own (digits): every variant is distinct, and any two score
    about 95 with fuzz.ratio."""
    return P2.replace("现代", f"第{k:03d}号", 1)


def test_reuse_counts_find_a_near_identical_sentence_shared_by_many_plans():
    """150 plans, each with its own variant of one sentence and a sentence of its own: each
    variant recurs in all 149 other plans. The earlier candidate step kept 101 neighbours per
    distinct sentence and a cap on n-gram frequency: it found fewer."""
    import numpy as np

    from sciplan_analysis.analysis.reuse import reuse_counts

    n = 150
    own = ["".join(chr(0x4E00 + 20 * k + i) for i in range(20)) for k in range(n)]  # unshared
    plans = {f"p{k:03d}": [f"{_variant(k)}。{own[k]}。"] for k in range(n)}
    corpus = make_corpus(plans)
    counts = reuse_counts(corpus)
    assert counts.attrs["n_sentences"].eq(2).all()
    off = ~np.eye(n, dtype=bool)
    assert (counts.to_numpy()[off] == 1).all()  # the variant, not the plan's own sentence
    assert (counts.to_numpy().diagonal() == 0).all()
    assert counts.equals(reuse_counts(corpus, exhaustive=True))


def test_reuse_counts_equal_all_pairs_on_random_edits():
    """Sentences edited at random (insertions, deletions, substitutions), so that many pairs
    score near the threshold on either side: the prefix-filtered candidates give the counts
    of scoring every pair, at several thresholds and n-gram lengths, short sentences too."""
    import random

    from sciplan_analysis.analysis.reuse import reuse_counts

    rng = random.Random(15)
    alphabet = "科学素质提升行动计划推进建设完善服务体系青少年农村基层宣传活动馆校社会"
    bases = ["".join(rng.choice(alphabet) for _ in range(rng.randint(6, 60))) for _ in range(12)]

    def edit(text: str) -> str:
        chars = list(text)
        for _ in range(rng.randint(0, max(1, len(text) // 6))):
            op, at = rng.random(), rng.randrange(len(chars) + 1)
            if op < 0.4:
                chars.insert(at, rng.choice(alphabet))
            elif op < 0.7 and at < len(chars):
                del chars[at]
            elif at < len(chars):
                chars[at] = rng.choice(alphabet)
        return "".join(chars)

    plans = {f"p{k}": ["。".join(edit(b) for b in rng.sample(bases, 8)) + "。"] for k in range(40)}
    corpus = make_corpus(plans)
    for threshold, ngram, min_chars in ((85.0, 3, 12), (70.0, 3, 4), (92.0, 2, 12),
                                        (85.0, 4, 3)):
        options = {"threshold": threshold, "min_chars": min_chars}
        fast = reuse_counts(corpus, ngram_range=(ngram, ngram), **options)
        full = reuse_counts(corpus, exhaustive=True, **options)
        assert full.to_numpy().sum() > 0
        assert fast.equals(full), (threshold, ngram, min_chars)


def _edited_pair(rng, alphabet: str, longest: int, edits: int) -> tuple[str, str]:
    """A random string of 3..`longest` letters and a copy with up to `edits` random
    insertions or deletions."""
    a = "".join(rng.choice(alphabet) for _ in range(rng.randint(3, longest)))
    b = list(a)
    for _ in range(rng.randint(0, edits)):
        at = rng.randrange(len(b) + 1)
        if rng.random() < 0.5:
            b.insert(at, rng.choice(alphabet))
        elif b and at < len(b):
            del b[at]
    return a, "".join(b)


def test_min_shared_is_a_lower_bound_of_shared_ngrams():
    """The bound behind the candidate step: two strings matching at fuzz.ratio >= threshold
    share at least `_min_shared` q-grams (counted with repeats); and it is not vacuous."""
    import random
    from collections import Counter

    import numpy as np
    from rapidfuzz import fuzz

    from sciplan_analysis.analysis.reuse import _min_shared

    rng = random.Random(7)
    alphabet = "甲乙丙丁戊己庚辛"  # few letters: many repeated q-grams
    checked = 0
    for _ in range(4000):
        a, b = _edited_pair(rng, alphabet, 50, 6)
        for q, threshold in ((3, 85.0), (2, 80.0), (3, 70.0)):
            if not b or fuzz.ratio(a, b) < threshold:
                continue
            bound = _min_shared(np.array([len(a), len(b)]), threshold, q)[len(a)]
            grams_a = Counter(a[i : i + q] for i in range(len(a) - q + 1))
            grams_b = Counter(b[i : i + q] for i in range(len(b) - q + 1))
            assert sum((grams_a & grams_b).values()) >= bound, (a, b, q, threshold)
            checked += 1
    assert checked > 1000
    assert _min_shared(np.array([40]), 85.0, 3)[40] == 8  # 40 characters: at least 8 trigrams


def test_reuse_counts_do_not_depend_on_the_block_sizes(monkeypatch):
    """Blocks of the candidate step bounded by prefix q-gram meetings (down to one sentence) and
    of the counting step (down to one sentence, dealt to two threads) give the same counts,
    with the near pairs found in threads or in worker processes."""
    import sciplan_analysis.analysis.reuse as reuse_module

    plans = {f"p{k:02d}": [f"{_variant(k % 7)}。{P1}。{P3[: 12 + k]}。"] for k in range(30)}
    corpus = make_corpus(plans)
    whole = reuse_module.reuse_counts(corpus)
    monkeypatch.setattr(reuse_module, "PRODUCT_BUDGET", 1)
    monkeypatch.setattr(reuse_module, "REACH_BLOCK", 1)
    small = reuse_module.reuse_counts(corpus, batch=3)
    assert whole.to_numpy().sum() > 0
    assert small.equals(whole)
    assert small.equals(reuse_module.reuse_counts(corpus, exhaustive=True))
    monkeypatch.setattr(reuse_module, "PROCESSES_FROM", 1)  # the blocks in worker processes
    monkeypatch.setattr(reuse_module, "PROCESSES_START", "fork")  # what "spawn" runs, at once
    assert reuse_module.reuse_counts(corpus, batch=3).equals(whole)


def test_character_histogram_bound_never_drops_a_match():
    """`_may_match`: the bucketed character counts bound the LCS from above, so every pair at
    fuzz.ratio >= threshold is kept (strings over 255 characters, whose uint8 counts could
    wrap, always are); and the bound drops most pairs that do not match."""
    import random

    import numpy as np
    from rapidfuzz import fuzz

    from sciplan_analysis.analysis.reuse import _char_histograms, _may_match

    rng = random.Random(11)
    alphabet = "科学素质行动计划普及教育农民青少年"
    strings = []
    for _ in range(300):
        a, b = _edited_pair(rng, alphabet, 60, 8)
        strings += [a, b or a]
    long = "科" * 300  # over 255: one bucket would wrap at 256
    strings += [long, long[:-20] + "学" * 20]
    keys = np.array(strings, dtype=object)
    lengths = np.array([len(s) for s in strings])
    i, j = np.triu_indices(len(keys), k=1)
    for threshold, buckets in ((85.0, 32), (70.0, 4), (95.0, 1)):
        hist = _char_histograms(keys, lengths, buckets)
        assert hist[lengths > 255].sum() == 0
        keep = _may_match(hist, lengths, i, j, threshold)
        score = np.array([fuzz.ratio(keys[a], keys[b]) for a, b in zip(i, j, strict=True)])
        match = score >= threshold
        assert match.sum() > 50
        assert keep[match].all(), threshold
        assert (~keep).sum() > 0.5 * (~match).sum(), threshold  # it does filter
    assert fuzz.ratio(strings[-2], strings[-1]) >= 85.0


def test_scoring_each_string_against_its_candidates_equals_pairwise_scores():
    """`_score` (one rapidfuzz call per string) returns exactly the pairs cpdist would."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from sciplan_analysis.analysis.reuse import _score

    keys = np.array([_variant(k) for k in range(12)] + [P1, P1[:-2], P3, P3[1:]], dtype=object)
    i, j = np.triu_indices(len(keys), k=1)
    got_i, got_j = _score(keys, i, j, 85.0)
    sc = process.cpdist(keys[i], keys[j], scorer=fuzz.ratio, score_cutoff=85.0)
    assert len(got_i) > 5 and len(got_i) < len(i)
    np.testing.assert_array_equal(got_i, i[sc > 0])
    np.testing.assert_array_equal(got_j, j[sc > 0])


def test_reuse_counts_show_each_long_step_on_request(corpus, capsys):
    """Splitting, matching and counting each draw a bar on stderr when asked; none otherwise
    (the default is a terminal only, so captured output stays clean)."""
    from sciplan_analysis.analysis.reuse import reuse_counts

    quiet = reuse_counts(corpus, progress=False)
    assert capsys.readouterr().err == ""
    shown = reuse_counts(corpus, progress=True)
    err = capsys.readouterr().err
    for step in ("reuse: sentences", "reuse: near-identical sentences", "reuse: counting"):
        assert step in err
    assert shown.equals(quiet)


def test_candidate_step_keeps_every_match_and_counts_shared_prefix_grams_once():
    """`candidates.block_candidates`: every pair at fuzz.ratio >= threshold among strings with
    a filter comes out (random edits of few letters: many repeated q-grams), and a q-gram held
    twice by one string and once by the other counts once (the smaller count), so a pair
    meeting only through repeats is not a candidate."""
    import functools
    import random

    import numpy as np
    from rapidfuzz import fuzz

    from sciplan_analysis.analysis import reuse as ru
    from sciplan_analysis.analysis.candidates import block_candidates

    def candidates(strings: list[str], threshold: float, min_shared: int) -> set:
        keys = np.array(sorted(strings, key=len), dtype=object)
        lengths = np.array([len(s) for s in keys], dtype=np.int64)
        prefix, k, tau = ru._prefix_matrix(list(keys), lengths, threshold, 3, min_shared)
        by_gram = prefix.tocsc()
        hi = np.searchsorted(lengths, lengths * ru._stretch(threshold), side="right")
        i, j = block_candidates(0, len(keys), prefix.indptr, prefix.indices, prefix.data,
                                by_gram.indptr, by_gram.indices, by_gram.data, hi, k, tau,
                                lengths, ru._char_histograms(keys, lengths), threshold)
        return keys, tau, {(int(a), int(b)) for a, b in zip(i, j, strict=True)}

    rng = random.Random(5)
    strings = sorted({s for _ in range(150) for s in _edited_pair(rng, "甲乙丙丁戊", 40, 4)})
    keys, tau, found = candidates(strings, 85.0, 4)
    matches = {(a, b) for a in range(len(keys)) for b in range(a + 1, len(keys))
               if tau[a] >= 1 and tau[b] >= 1 and fuzz.ratio(keys[a], keys[b]) >= 85.0}
    assert len(matches) > 20
    assert matches <= found
    assert len(found) < len(keys) * (len(keys) - 1) // 2 // 4  # it does filter
    # two strings (over 255 characters: no character bound) whose prefixes hold one q-gram,
    # the first twice: with the second holding it once they share 1 < k = 2, twice 2
    for second, expected in ((1, 0), (2, 1)):
        as32 = functools.partial(np.array, dtype=np.int32)  # the build's types: compiled once
        i, _ = block_candidates(
            0, 2, as32([0, 1, 2]), as32([0, 0]), as32([2, second]), as32([0, 2]), as32([0, 1]),
            as32([2, second]), np.array([2, 2]), np.array([2, 2]), np.array([5, 5]),
            np.array([300, 300]), np.zeros((2, 32), dtype=np.uint8), 85.0)
        assert len(i) == expected


@pytest.mark.parametrize(("lang", "said"), [("zh", "parent → other：没有句子几乎原样重现。"),
                                            ("en", "parent → other: no sentence recurs nearly verbatim.")])
def test_a_linked_pair_with_no_recurring_sentence_says_so_instead_of_an_empty_table(lang, said):
    """audit17 item 13: page 06 showed 重庆市 → 乐和区 as a header row with nothing under it (0 of 88
    sentences recur); the pair's line says so, and a pair with passages keeps its table."""
    from sciplan_analysis.analysis.reuse import parent_passages_html

    _, pairs = reuse_tables(make_corpus({"parent": PARENT, "child": CHILD, "other": OTHER}))
    runs = passages(pairs)
    empty = parent_passages_html(runs, "parent", "other", 5, lang)
    assert empty == f"<p>{said}</p>" and "<table" not in empty
    shown = parent_passages_html(runs, "parent", "child", 5, lang)
    assert "<table" in shown and "县级" in shown and "<th>parent</th>" in shown
