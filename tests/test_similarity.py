"""TF-IDF similarity: symmetric, unit diagonal, like with like only, robustness, vocabulary."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from sciplan_analysis import labels
from sciplan_analysis.analysis.similarity import (
    cluster_order,
    describe_robustness,
    distinctive_terms,
    profile_order,
    rank_agreement,
    robustness_summary,
    robustness_table,
    robustness_tables,
    scopes,
    section_table,
    shared_categories,
    shared_terms,
    similarity_matrix,
    similarity_table,
    to_matrix,
)
from sciplan_analysis.corpus import Corpus

YOUTH = "实施青少年科学素质提升行动，开展科学教育和科技创新后备人才培养，建设校外科学教育基地。"
YOUTH2 = "加强中小学科学教育，组织青少年科技创新大赛和机器人竞赛，培养青少年创新精神。"
FARM = "实施高素质农民培育计划，开展农业技术培训，推广农村实用技术，服务乡村振兴。"
INFRA = "加强科普基础设施建设，完善现代科技馆体系，建设流动科技馆和科普大篷车，推动科技馆免费开放。"
INFRA2 = "建设社区科普活动室和科普画廊，推进乡村科普馆建设，拓展公共文化设施科普功能。"
IMPL = "建立完善协调机制，保障科普经费投入，开展监测评估和表彰奖励。"
OWN_P = "打造熊猫生态科普研学线路，开发竹编非遗科技体验课程，举办茶山科普节。"


def make_corpus(plans: dict[str, list[tuple[str, str, str]]]) -> Corpus:
    """plans: plan_id -> [(part, category, text)]; one group per (part, category)."""
    records: dict[str, list[dict]] = {"plans": [], "segments": [], "groups": []}
    for plan_id, paras in plans.items():
        records["plans"].append({"plan_id": plan_id, "name_zh": plan_id})
        records["segments"].append({"plan_id": plan_id, "seg_id": f"{plan_id}-f", "role": "front",
                                    "text": "关于印发实施方案的通知"})
        gids: dict[tuple[str, str], str] = {}
        for k, (part, category, text) in enumerate(paras):
            if (part, category) not in gids:
                gid = f"{plan_id}-g{len(gids) + 1}"
                gids[(part, category)] = gid
                records["groups"].append({"plan_id": plan_id, "group_id": gid, "part": part,
                                          "ordinal": len(gids), "heading": category,
                                          "category": category})
            records["segments"].append({"plan_id": plan_id, "seg_id": f"{plan_id}-{k}",
                                        "role": "task", "part": part,
                                        "group_id": gids[(part, category)], "text": text})
    return Corpus.from_records(records)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus({
        "alpha": [("actions", "youth", YOUTH), ("actions", "farmers", FARM),
                  ("projects", "infrastructure", INFRA), ("implementation", "implementation", IMPL)],
        # beta: a copy of alpha's second half only, like the Chongqing fragment
        "beta": [("projects", "infrastructure", INFRA), ("implementation", "implementation", IMPL)],
        "gamma": [("actions", "youth", YOUTH2), ("projects", "infrastructure", INFRA2),
                  ("projects", "other", OWN_P)],
        "delta": [("actions", "youth", YOUTH), ("actions", "farmers", FARM + OWN_P)],
    })


@pytest.fixture(scope="module")
def table(corpus) -> pd.DataFrame:
    return similarity_table(corpus)


@pytest.mark.parametrize("analyzer", ["word", "char"])
def test_whole_matrix_is_symmetric_with_unit_diagonal(corpus, analyzer):
    m = similarity_matrix(corpus, "whole", analyzer)
    assert list(m.index) == ["alpha", "beta", "gamma", "delta"]
    values = m.to_numpy()
    assert np.allclose(values, values.T)
    assert np.allclose(np.diag(values), 1.0)
    assert ((values >= 0) & (values <= 1 + 1e-9)).all()
    assert m.attrs["settings"]["analyzer"] == analyzer


def test_front_matter_is_not_compared():
    # two plans with the same front paragraph (make_corpus adds it) and nothing else in common
    c = make_corpus({"a": [("actions", "youth", "打造熊猫生态研学线路。")],
                     "b": [("actions", "farmers", "推广农村实用技术。")]})
    m = similarity_matrix(c, "whole", "word")
    assert m.loc["a", "b"] == pytest.approx(0.0)


def test_section_pairs_only_where_both_plans_have_the_section(corpus, table):
    have = corpus.groups.groupby("category")["plan_id"].apply(set).to_dict()
    for scope, sub in table.groupby("scope"):
        if not scope.startswith("category:"):
            continue
        owners = have[scope.removeprefix("category:")]
        got = {frozenset(p) for p in sub[["plan_a", "plan_b"]].itertuples(index=False)}
        expected = {frozenset(p) for p in itertools.combinations(sorted(owners), 2)}
        assert got == expected, scope
    youth = table[table["scope"] == "category:youth"]
    assert "beta" not in set(youth["plan_a"]) | set(youth["plan_b"])
    assert "category:other" not in set(table["scope"])
    assert set(similarity_matrix(corpus, "category:farmers").index) == {"alpha", "delta"}


def test_like_with_like_lifts_the_fragment(table):
    """beta is alpha's second half verbatim: whole-plan cosine < 1, shared-sections cosine = 1."""
    word = table[table["analyzer"] == "word"].set_index(["plan_a", "plan_b", "scope"])["score"]
    assert word[("alpha", "beta", "whole")] < 0.9
    assert word[("alpha", "beta", "shared")] == pytest.approx(1.0)
    assert word[("alpha", "beta", "category:infrastructure")] == pytest.approx(1.0)
    assert word[("alpha", "delta", "category:youth")] == pytest.approx(1.0)
    assert word[("alpha", "gamma", "category:youth")] < 0.9
    # beta and delta share no category: no shared row at all
    assert ("beta", "delta", "shared") not in word.index


def test_shared_categories_lists_the_common_sections(corpus):
    sc = shared_categories(corpus).set_index(["plan_a", "plan_b"])
    assert sc.loc[("alpha", "beta"), "categories"] == "implementation, infrastructure"
    assert sc.loc[("beta", "delta"), "n_categories"] == 0


def test_table_columns_and_matrix_round_trip(table):
    assert list(table.columns) == ["plan_a", "plan_b", "scope", "analyzer", "score"]
    assert set(table["analyzer"]) == {"word", "char"}
    assert set(table.attrs["settings"]) == {"word", "char"}
    m = to_matrix(table, "whole", "word")
    assert np.allclose(m.to_numpy(), m.to_numpy().T)
    assert np.allclose(np.diag(m.to_numpy()), 1.0)
    wide = section_table(table)
    assert list(wide.columns[:2]) == ["whole", "shared"]
    assert np.isnan(wide.loc["beta–delta", "category:youth"])


def test_scopes_name_every_part_and_category(corpus):
    names = set(scopes(corpus))
    assert {"whole", "part:actions", "part:projects", "category:youth",
            "category:infrastructure"} <= names
    with pytest.raises(KeyError):
        similarity_matrix(corpus, "category:elderly")


def test_robustness_and_rank_agreement(corpus):
    rob = robustness_table(corpus, "whole")
    assert len(rob) == 6
    assert {"score:word", "score:word+boilerplate", "score:char", "rank:char"} <= set(rob.columns)
    agree = rank_agreement(rob)
    assert agree.shape == (4, 4)
    assert np.allclose(np.diag(agree.to_numpy()), 1.0)
    assert ((agree.to_numpy() >= -1) & (agree.to_numpy() <= 1)).all()
    # alpha–beta (beta is alpha's second half verbatim) ranks first under every setting
    assert list(rob.columns[:2]) == ["plan_a", "plan_b"]  # tidy: one row per plan pair
    top = rob.set_index(["plan_a", "plan_b"])[[c for c in rob.columns if c.startswith("rank:")]]
    assert set(top.idxmin()) == {("alpha", "beta")}
    summary = robustness_summary(rob)
    assert summary["top_pairs"] == [("alpha", "beta")] and summary["n_pairs"] == 6
    names = " – ".join(labels.plan_labels(["alpha", "beta"], "en"))  # ids, or names registered
    assert describe_robustness(rob, lang="en").endswith(f"most alike pair per setting: {names}")
    # the scope is named as a reader knows it, not by its code
    assert describe_robustness(rob, lang="en").startswith("Whole plan: lowest Spearman rho")
    assert describe_robustness(rob, lang="zh").startswith("全文：各设置之间")


def test_robustness_for_several_scopes_is_each_scopes_table(corpus):
    both = robustness_tables(corpus, ("whole", "shared"))
    assert list(both) == ["whole", "shared"]
    for scope, table in both.items():
        pd.testing.assert_frame_equal(table, robustness_table(corpus, scope))
        assert table.attrs["settings"]["scope"] == scope


def test_distinctive_and_shared_terms(corpus):
    dist = distinctive_terms(corpus, n=10, min_count=1)
    gamma = set(dist.loc[dist["plan_id"] == "gamma", "term"])
    assert "中小学" in gamma  # only gamma says it
    assert "科普大篷车" not in gamma
    assert (dist["n_plans"] < 4).all()  # a term every plan uses is never distinctive
    shared = shared_terms(corpus, n=None)
    assert "科学教育" not in set(shared["term"])  # beta has no youth section
    everywhere = set(shared["term"])
    plans = ["alpha", "beta", "gamma", "delta"]
    for term in everywhere:
        for plan_id in plans:
            assert shared.set_index("term").loc[term, plan_id] > 0
    # every column in per mille: the smallest is the first column, the row's unit is one
    assert (shared["min_per_mille"] - shared[plans].min(axis=1)).abs().max() < 1e-9
    assert (shared[plans] <= 1000).all().all()


def test_cluster_order_puts_the_most_alike_plans_together(corpus):
    m = similarity_matrix(corpus, "whole", "word")
    order = cluster_order(m)
    assert sorted(order) == sorted(m.index)
    assert abs(order.index("alpha") - order.index("beta")) == 1


def test_profile_order_puts_plans_of_alike_profiles_side_by_side():
    """A heatmap's plan columns among many plans (`charts.cluster_columns`): the plans whose
    profiles (a column each) are alike sit side by side, whatever their order in the table."""
    matrix = pd.DataFrame({"a": [10.0, 0, 0], "b": [0, 10.0, 0], "c": [9.0, 1, np.nan], "d": [0, 9.0, 1]},
                          index=["youth", "farmers", "implementation"])
    order = profile_order(matrix)
    assert sorted(order) == ["a", "b", "c", "d"]
    assert abs(order.index("a") - order.index("c")) == 1 and abs(order.index("b") - order.index("d")) == 1
    assert profile_order(matrix[["a"]]) == ["a"]


def test_implementation_is_a_part_scope_not_a_category_scope(corpus):
    names = set(scopes(corpus))
    assert "part:implementation" in names
    assert "category:implementation" not in names


def test_nearest_plans_scores_are_the_matrix_scores(corpus):
    from sciplan_analysis.analysis.similarity import nearest_plans

    near = nearest_plans(corpus, k=2)
    for scope in near["scope"].unique():
        m = similarity_matrix(corpus, scope)
        got = near[near["scope"] == scope]
        for row in got.itertuples(index=False):
            assert row.score == pytest.approx(m.loc[row.plan_id, row.neighbour])
            others = m.loc[row.plan_id].drop(row.plan_id)
            assert row.score == pytest.approx(others.sort_values(ascending=False).iloc[row.rank - 1])
    whole = near[near["scope"] == "whole"]
    assert len(whole) == 4 * 2 and (whole["plan_id"] != whole["neighbour"]).all()


def test_shared_scores_equal_the_pairwise_dense_computation(corpus):
    """The batched shared scope gives, pair by pair, the cosine of the two restricted vectors."""
    from sciplan_analysis.analysis.similarity import _cosine, shared_scores, term_space

    space = term_space(corpus)
    seg = space.segments
    pairs = list(itertools.combinations(corpus.plan_ids, 2))
    got = shared_scores(space, pairs, batch=2)
    for (a, b), score in zip(pairs, got, strict=True):
        common = set(seg.loc[seg.plan_id == a, "category"].dropna()) & set(
            seg.loc[seg.plan_id == b, "category"].dropna()) - {"other"}
        rows = [np.flatnonzero(((seg.plan_id == p) & seg.category.isin(common)).to_numpy())
                for p in (a, b)]
        if not (len(rows[0]) and len(rows[1])):
            assert np.isnan(score)
        else:
            assert score == pytest.approx(_cosine(space.vectors(rows))[0, 1])


def test_repeated_paragraphs_are_counted_like_distinct_ones():
    """term_space counts each distinct paragraph once and repeats its row: same counts."""
    from sciplan_analysis.analysis.similarity import term_space

    c = make_corpus({"a": [("actions", "youth", YOUTH), ("actions", "farmers", YOUTH)],
                     "b": [("actions", "youth", YOUTH), ("projects", "infrastructure", INFRA)]})
    space = term_space(c)
    dense = space.counts.toarray()
    assert (dense[0] == dense[1]).all() and (dense[0] == dense[2]).all()
    assert dense[0].sum() > 5 and dense[3].sum() > 5
    assert len(space.terms) == space.counts.shape[1]


def test_blocked_dense_gram_equals_the_sparse_product():
    """Plan × plan dot products by dense term blocks give the sparse product's values."""
    from scipy import sparse

    from sciplan_analysis.analysis.similarity import _gram

    rng = np.random.default_rng(3)
    a = sparse.random(7, 50, density=0.2, random_state=rng, format="csr")
    b = sparse.random(9, 50, density=0.2, random_state=rng, format="csr")
    for block in (4, 16, 4096):
        assert np.allclose(_gram(a, b, block=block), (a @ b.T).toarray(), rtol=0, atol=1e-12)
    sparser = sparse.random(7, 50, density=0.01, random_state=rng, format="csr")
    assert np.allclose(_gram(sparser, b), (sparser @ b.T).toarray(), rtol=0, atol=1e-12)


def test_top_k_fast_path_agrees_with_the_all_pairs_sort():
    """The float32 BLAS + argpartition candidates, rescored in float64, pick the neighbours and
    scores of a stable sort of the full matrix: ties (duplicate plans, empty ones) included."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    from sciplan_analysis.analysis.similarity import _top_k, _top_k_exact

    rng = np.random.default_rng(7)
    v = normalize(sparse.random(300, 400, density=0.05, random_state=rng, format="csr"))
    # L2 rows like TF-IDF vectors, with exact duplicates (tied neighbours) and empty rows
    v = sparse.vstack([v, v[:20], sparse.csr_matrix((5, 400)), v[40:45]]).tocsr()
    for k, batch in ((1, 1000), (10, 64), (25, 7)):
        fast = list(_top_k(v, k, batch))
        slow = list(_top_k_exact(v, k, batch))
        assert len(fast) == len(slow)
        for (s1, b1, x1), (s2, b2, x2) in zip(fast, slow, strict=True):
            assert s1 == s2
            np.testing.assert_allclose(x1, x2, rtol=0, atol=1e-12)
            np.testing.assert_array_equal(b1, b2)


@pytest.mark.costly
def test_top_k_float32_candidates_keep_neighbours_float32_cannot_order():
    """Rows so alike that their scores differ below float32's precision (but above the tie
    tolerance): the float32 product orders them wrongly, and only the error margin around the
    k-th score keeps the true neighbours among the candidates rescored in float64."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    from sciplan_analysis.analysis.similarity import _top_k, _top_k_exact

    rng = np.random.default_rng(5)
    # 1,000 terms: every row is a candidate of every other (all within the margin), so each
    # rescored pair gathers two dense rows; at 3,000 terms that cost ~1.4 s (mostly page
    # faults), here 0.16 s, and float32 still misorders the neighbours (asserted below)
    base = rng.random(1000)
    v = normalize(sparse.csr_matrix(np.abs(base + rng.normal(0, 1e-4, (120, 1000)))))
    approx = (v[:5].astype(np.float32) @ v.T.astype(np.float32)).toarray()
    exact = (v[:5] @ v.T).toarray()
    assert (np.argsort(-approx[0])[1:11] != np.argsort(-exact[0])[1:11]).any()  # float32 errs
    for (s1, b1, x1), (s2, b2, x2) in zip(_top_k(v, 10, 40), _top_k_exact(v, 10, 40),
                                          strict=True):
        assert s1 == s2
        np.testing.assert_array_equal(b1, b2)
        np.testing.assert_allclose(x1, x2, rtol=0, atol=1e-12)


def test_nearest_plans_equals_the_tidy_table_ranks(corpus, table):
    """Every plan's neighbours in every scope are the pairs of `similarity_table` sorted by
    score (ties to the plan earlier in the manifest)."""
    from sciplan_analysis.analysis.similarity import nearest_plans

    order = {p: i for i, p in enumerate(corpus.plan_ids)}
    near = nearest_plans(corpus, k=3)
    word = table[(table["analyzer"] == "word") & (table["scope"] != "shared")]
    for (plan, scope), got in near.groupby(["plan_id", "scope"]):
        sub = word[(word["scope"] == scope) & ((word["plan_a"] == plan) | (word["plan_b"] == plan))]
        other = np.where(sub["plan_a"] == plan, sub["plan_b"], sub["plan_a"])
        expect = sorted(zip(-sub["score"].round(12), [order[o] for o in other], other,
                            strict=True))[: len(got)]
        assert list(got.sort_values("rank")["neighbour"]) == [e[2] for e in expect]


# --- sections by the one counting rule (tasks.category) ---------------------------------

TALENT = "加强专职科普队伍建设，培养科普人才，壮大科技志愿者队伍，开展科普人才培训。"
TALENT2 = "建设科普人才队伍，培育专兼职科普工作者，加强科技志愿者队伍培训和管理。"
GRASS = "建立健全应急科普协调联动机制，推进基层科普组织建设，提升基层科普服务能力。"
GRASS_INTRO = "显著提升基层科普工作能力，基本建成平战结合应急科普体系。"


def make_task_corpus(plans: dict[str, list[tuple[str, str | None, str]]]) -> Corpus:
    """plans: plan_id -> [(group category, task category or None, text)]: one group per group
    category (heading and intro of its own), a task per paragraph whose task category is given
    (None: the group's introduction)."""
    records: dict[str, list[dict]] = {"plans": [], "segments": [], "groups": [], "tasks": []}
    for plan_id, paras in plans.items():
        records["plans"].append({"plan_id": plan_id, "name_zh": plan_id})
        gids: dict[str, str] = {}
        for k, (group_cat, task_cat, text) in enumerate(paras):
            if group_cat not in gids:
                gid = f"{len(gids) + 1}"
                gids[group_cat] = gid
                records["groups"].append({"plan_id": plan_id, "group_id": gid, "part": "projects",
                                          "ordinal": len(gids), "heading": group_cat,
                                          "category": group_cat})
                records["segments"].append({"plan_id": plan_id, "seg_id": 100 * k + 1,
                                            "role": "heading", "part": "projects",
                                            "group_id": gid, "text": f"实施{group_cat}工程"})
            gid = gids[group_cat]
            if task_cat is None:
                records["segments"].append({"plan_id": plan_id, "seg_id": 100 * k + 2,
                                            "role": "intro", "part": "projects", "group_id": gid,
                                            "text": text})
                continue
            tid = f"{gid}.{k}"
            records["tasks"].append({"plan_id": plan_id, "task_id": tid, "group_id": gid,
                                     "ordinal": k, "title": text[:8], "text": text,
                                     "n_chars": len(text), "category": task_cat,
                                     "category_en": task_cat, "category_source": "title"})
            records["segments"].append({"plan_id": plan_id, "seg_id": 100 * k + 3, "role": "task",
                                        "part": "projects", "group_id": gid, "task_id": tid,
                                        "text": text})
    return Corpus.from_records(records)


@pytest.fixture(scope="module")
def task_corpus() -> Corpus:
    return make_task_corpus({
        # a talent task inside a grassroots group (like 巫溪县 4.4.4)
        "a": [("grassroots_capacity", None, GRASS_INTRO),
              ("grassroots_capacity", "grassroots_capacity", GRASS),
              ("grassroots_capacity", "talent", TALENT)],
        # a talent group of its own
        "b": [("talent", None, "加强人才队伍建设。"), ("talent", "talent", TALENT2)],
        # a grassroots group whose only task is counted as talent: no grassroots section
        "c": [("grassroots_capacity", None, GRASS_INTRO), ("grassroots_capacity", "talent", TALENT)],
    })


def test_a_task_is_compared_under_its_own_category_not_its_groups(task_corpus):
    from sciplan_analysis.analysis.similarity import body_segments

    seg = body_segments(task_corpus).set_index(["plan_id", "text"])["category"]
    assert seg[("a", TALENT)] == "talent"  # its own category, not the group's
    assert seg[("a", GRASS)] == "grassroots_capacity"
    assert seg[("a", GRASS_INTRO)] == "grassroots_capacity"  # the group's intro: the group's
    # c's grassroots group holds no grassroots task: its intro makes no section
    assert pd.isna(seg[("c", GRASS_INTRO)])
    found = scopes(task_corpus)
    assert set(found["category:talent"]) == {"a", "b", "c"}
    assert set(found["category:grassroots_capacity"]) == {"a"}
    table = similarity_table(task_corpus, ("word",))
    talent = table[table["scope"] == "category:talent"].set_index(["plan_a", "plan_b"])["score"]
    assert talent[("a", "c")] == pytest.approx(1.0)  # the same task, in either group
    assert "category:grassroots_capacity" not in set(table["scope"])  # one plan has it
    # the rule travels with the settings: a table built by group category is not read back
    assert table.attrs["settings"]["word"]["section_categories"].startswith("tasks.category")
    # the shared scope takes the categories both have by task: a and b share talent
    shared = shared_categories(task_corpus).set_index(["plan_a", "plan_b"])["categories"]
    assert shared[("a", "b")] == "talent" and shared[("a", "c")] == "talent"


def test_the_five_plans_sections_count_categories_by_task(five_plans, five_pair_tables):
    from sciplan_analysis.analysis.similarity import body_segments

    seg = body_segments(five_plans)
    wuxi = seg[seg["plan_id"] == "wuxi"].set_index("task_id")["category"]
    assert wuxi["4.4.4"] == "talent"  # 加强专职科普队伍建设, in the grassroots group 4.4
    assert wuxi["4.1.2"] == "cooperation"  # 加强与媒体组织合作, in the S&T resources group 4.1
    rows = scopes(five_plans)["category:cooperation"]["wuxi"]
    assert "4.1.2" in set(seg.loc[rows, "task_id"])
    wide = section_table(five_pair_tables[0])
    # page 03: all 5 plans have 人才队伍 tasks; 3 have 节庆/群众性科普活动 tasks
    assert wide["category:talent"].notna().sum() == 10
    assert set(wide["category:public_campaigns"].dropna().index) == {
        "wuxi–lezhi", "wuxi–chongqing", "lezhi–chongqing"}
