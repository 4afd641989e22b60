"""Build a synthetic corpus of N plans by recombining the real plans' groups and tasks.

Each synthetic plan takes, for every group category, the group of one real plan (its heading,
introduction and tasks with their units), renamed to a new region: place names become the new
region's name and unit names take its level (县/区). So structure, vocabulary and reuse
patterns are those of real plans, and plans drawn from the same sources reuse each other's
text as counties reuse their parent's. Written to a scratch folder with its own manifest.

    python benchmarks/make_corpus.py 500 benchmarks/out/500
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import warnings
from pathlib import Path

PLACES = re.compile(r"巫溪|乐至|锦江|汕尾|重庆|成都|四川|广东|资阳|渝东北|天府")
SYLLABLES = "安宁平和永兴长乐新丰华阳德清江山明远嘉禾云泉石河东西南北"
CN = "一二三四五六七八九十"


def region_name(rng: random.Random, taken: set[str]) -> str:
    # two syllables give only 28 × 27 = 756 names: beyond them, three
    size = 2 if len(taken) < len(SYLLABLES) * (len(SYLLABLES) - 1) else 3
    while True:
        name = "".join(rng.sample(SYLLABLES, size))
        if name not in taken:
            taken.add(name)
            return name


def _rename(text: str, name: str, level: str) -> str:
    text = PLACES.sub(name, text)
    return re.sub(r"(?<![\u4e00-\u9fff])[县区市](?=[\u4e00-\u9fff])", level, text)


def build(n: int, out: Path, seed: int = 2026) -> Path:
    """Write n synthetic plans and their manifest into `out`; return the manifest's path."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from sciplan_analysis.corpus import RAW_DIR, parse_manifest

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        real = parse_manifest(RAW_DIR)
    rng = random.Random(seed)
    seg = real.segments
    intro = seg[seg.role == "intro"].groupby(["plan_id", "group_id"])["text"].first()
    units = real.assignments.groupby(["plan_id", "task_id"])
    groups_by_category: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for g in real.groups.itertuples():
        if g.part in ("actions", "projects", "implementation"):
            groups_by_category.setdefault((g.part, g.category), []).append((g.plan_id, g.group_id))
    tasks = real.tasks.groupby(["plan_id", "group_id"])

    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    rows = []
    for k in range(n):
        name = region_name(rng, taken)
        level = rng.choice("县县区")
        lines = [f"{name}{level}全民科学素质行动规划纲要实施方案（2021—2025年）", ""]
        target = rng.choice([10, 11, 12, 13, 15, 16, 18])
        lines += ["一、总体要求", "", f"（一）工作目标。到2025年，全{level}公民具备科学素质的比例超过{target}%。", ""]
        part_no = 1
        for part, heading in (("actions", "提升行动"), ("projects", "重点工程"), ("implementation", "组织实施")):
            part_no += 1
            lines += [f"{CN[part_no - 1]}、{heading}", ""]
            categories = sorted({c for (p, c) in groups_by_category if p == part})
            chosen = [c for c in categories if rng.random() < 0.85] or categories[:1]
            for g_no, category in enumerate(chosen, start=1):
                plan_id, group_id = rng.choice(groups_by_category[(part, category)])
                g = real.groups[(real.groups.plan_id == plan_id) & (real.groups.group_id == group_id)].iloc[0]
                lines += [f"（{CN[g_no - 1]}）{_rename(g.heading, name, level)}", ""]
                if (plan_id, group_id) in intro.index:
                    lines += [_rename(intro[(plan_id, group_id)], name, level), ""]
                if (plan_id, group_id) not in tasks.groups:
                    continue
                for t_no, t in enumerate(tasks.get_group((plan_id, group_id)).itertuples(), start=1):
                    text = _rename(t.text, name, level)
                    if (plan_id, t.task_id) in units.groups:
                        a = units.get_group((plan_id, t.task_id))
                        lead = "、".join(_rename(u, name, level) for u in a[a.role == "lead"].unit_raw)
                        partner = "、".join(_rename(u, name, level) for u in a[a.role == "partner"].unit_raw)
                        bracket = f"牵头单位：{lead}" if lead else ""
                        if partner:
                            bracket += ("；" if bracket else "") + f"配合单位：{partner}"
                        if bracket:
                            text += f"（{bracket}）"
                    lines += [f"{t_no}.{text}", ""]
        plan_id = f"p{k:04d}"
        (out / f"{plan_id}.txt").write_text("\n".join(lines), encoding="utf-8")
        rows.append({"plan_id": plan_id, "file": f"{plan_id}.txt", "name_zh": f"{name}{level}",
                     "name_en": f"Synthetic {k}", "admin_level": "county" if level == "县" else "district",
                     "province": "", "parent": "", "status": "final"})
    manifest = out / "plans.csv"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    print(build(args.n, args.out, args.seed))


if __name__ == "__main__":
    main()
