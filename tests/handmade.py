"""A small hand-made corpus of three plans for the analysis tests (no parsing involved).

- alpha: a final county plan with every part, a baseline and two targets, commitments.
- beta: a fragment that keeps only the projects and implementation parts; no targets,
  no unit assignments.
- gamma: a draft with every part, a target, no commitments and no farmers group.
"""

from __future__ import annotations

from sciplan_analysis.corpus import Corpus


def _plan(pid: str, zh: str, en: str, status: str, level: str, n_chars: int, **kw) -> dict:
    return {"plan_id": pid, "name_zh": zh, "name_en": en, "admin_level": level,
            "province": "四川省", "parent": kw.get("parent"), "status": status,
            "title": f"{zh}实施方案", "doc_number": kw.get("doc_number"), "issuer": None,
            "issue_date": kw.get("issue_date"), "period_start": kw.get("start"),
            "period_end": kw.get("end"), "n_chars": n_chars, "file": f"{pid}.txt"}


def _groups(pid: str, spec: list[tuple[str, str]]) -> list[dict]:
    return [{"plan_id": pid, "group_id": f"{pid}-g{i}", "part": part, "ordinal": i,
             "heading": cat, "category": cat, "category_en": cat.title()}
            for i, (part, cat) in enumerate(spec, start=1)]


def _tasks(pid: str, spec: list[tuple[int, int]]) -> list[dict]:
    """spec: (group number, n_chars) per task."""
    return [{"plan_id": pid, "task_id": f"{pid}-t{i}", "group_id": f"{pid}-g{g}", "ordinal": i,
             "title": f"任务{i}", "text": "文" * n, "n_chars": n}
            for i, (g, n) in enumerate(spec, start=1)]


def _segments(pid: str, parts: list[str]) -> list[dict]:
    return [{"plan_id": pid, "seg_id": i, "role": "heading", "part": part, "group_id": None,
             "task_id": None, "text": part, "start": 0, "end": 1}
            for i, part in enumerate(parts, start=1)]


def sample_corpus() -> Corpus:
    alpha_groups = [("actions", "youth"), ("actions", "farmers"), ("projects", "infrastructure"),
                    ("projects", "informatization"), ("implementation", "implementation")]
    beta_groups = [("projects", "infrastructure"), ("implementation", "implementation")]
    gamma_groups = [("actions", "youth"), ("projects", "infrastructure"),
                    ("projects", "informatization"), ("implementation", "implementation")]
    return Corpus.from_records({
        "plans": [
            _plan("alpha", "甲县", "Alpha County", "final", "county", 20000, parent="某市",
                  doc_number="甲府发〔2022〕1号", issue_date="2022-05-16", start=2021, end=2025),
            _plan("beta", "乙市", "Beta City", "fragment", "municipality", 6000),
            _plan("gamma", "丙区", "Gamma District", "draft", "district", 15000, parent="某市",
                  start=2021, end=2025),
        ],
        "segments": _segments("alpha", ["background", "goals", "actions", "projects",
                                        "implementation"])
        + _segments("beta", ["projects", "implementation"])
        + _segments("gamma", ["goals", "actions", "projects", "implementation"]),
        "groups": _groups("alpha", alpha_groups) + _groups("beta", beta_groups)
        + _groups("gamma", gamma_groups),
        # alpha: 2 youth, 1 farmers, 1 infrastructure, 1 informatization, 1 implementation
        "tasks": _tasks("alpha", [(1, 300), (1, 100), (2, 200), (3, 200), (4, 100), (5, 100)])
        + _tasks("beta", [(1, 400), (2, 100)])
        + _tasks("gamma", [(1, 250), (2, 250), (3, 250), (4, 250)]),
        "assignments": [
            {"plan_id": "alpha", "task_id": "alpha-t1", "unit_raw": "县教委", "unit": "education",
             "unit_en": "Education bureau", "role": "lead", "source": "bracket"},
            {"plan_id": "alpha", "task_id": "alpha-t1", "unit_raw": "县科协", "unit": "sci_assoc",
             "unit_en": "Science association", "role": "partner", "source": "bracket"},
            {"plan_id": "gamma", "task_id": "gamma-t1", "unit_raw": "区教育局", "unit": "education",
             "unit_en": "Education bureau", "role": "lead", "source": "table"},
        ],
        "targets": [
            {"plan_id": "alpha", "kind": "baseline", "year": 2020, "value": 6.9, "comparator": "=",
             "quote": "2020年达到6.9%"},
            {"plan_id": "alpha", "kind": "target", "year": 2025, "value": 12.0, "comparator": ">",
             "quote": "到2025年超过12%"},
            {"plan_id": "alpha", "kind": "target", "year": 2025, "value": 15.0,
             "comparator": "aim", "quote": "力争达到15%"},
            {"plan_id": "gamma", "kind": "target", "year": 2025, "value": 16.0, "comparator": "=",
             "quote": "达到16%"},
        ],
        "commitments": [
            {"plan_id": "alpha", "task_id": "alpha-t1", "value": 5.0, "measure": "所",
             "year": None, "quote": "打造5所"},
            {"plan_id": "alpha", "task_id": "alpha-t1", "value": 30.0, "measure": "%",
             "year": None, "quote": "30%的中、小学校"},
            {"plan_id": "alpha", "task_id": "alpha-t3", "value": 3.0, "measure": "个",
             "year": 2025, "quote": "县级科普基地3个"},
            {"plan_id": "beta", "task_id": "beta-t1", "value": 2.0, "measure": "个",
             "year": None, "quote": "建设2个"},
        ],
    })
