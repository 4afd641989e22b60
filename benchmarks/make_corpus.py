"""Build a synthetic corpus of N plans by recombining the real plans' groups and tasks.

Each synthetic plan takes, for every group category, the group of one real plan (its heading,
introduction and tasks with their units), renamed to a new region: place names become the new
region's name and unit names take its level (县/区). So structure, vocabulary and reuse
patterns are those of real plans, and plans drawn from the same sources reuse each other's
text as counties reuse their parent's. Written to a scratch folder with its own manifest.

Recombination alone repeats text far more than independently written plans do (at 2,000
plans ~15% of the paragraphs are distinct, fewer at 10,000). ``--distinct SHARE`` adds
novelty: a share of the intro and task paragraphs is rewritten, sentence by sentence (in a
rewritten paragraph each sentence is rewritten with probability `SENTENCE_SHARE`, at least
one): words swapped for synonyms from a small list, clauses reordered, numbers and years
changed, measure units renamed, and an adverb put in front. The share of paragraphs to
rewrite is solved for (bisection on the corpus before rewriting) so that distinct lines reach
SHARE of all lines; what was reached (and how many sentences were rewritten) is written to
``novelty.json`` beside the manifest. Headings are never rewritten (the parser classifies
groups by them), so shares close to 1 cannot be reached.

    python benchmarks/make_corpus.py 500 benchmarks/out/d15/500 --distinct 0.15
    python benchmarks/make_corpus.py 500 benchmarks/out/d70/500 --distinct 0.70
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import warnings
from pathlib import Path

PLACES = re.compile(r"巫溪|乐至|锦江|汕尾|重庆|成都|四川|广东|资阳|渝东北|天府")
SYLLABLES = "安宁平和永兴长乐新丰华阳德清江山明远嘉禾云泉石河东西南北"
CN = "一二三四五六七八九十"

# -- novelty: rewriting sentences --------------------------------------------------------------
SENTENCE_SHARE = 0.6  # in a rewritten paragraph, the chance that each sentence is rewritten
SYNONYMS = [
    ("加强", "强化", "加大"), ("推进", "推动", "促进"), ("建设", "打造", "建立"),
    ("完善", "健全", "优化"), ("提升", "提高", "增强"), ("积极", "大力", "主动"),
    ("深入", "持续", "扎实"), ("广泛", "普遍", "全面"), ("开展", "组织", "举办"),
    ("鼓励", "支持", "引导"), ("群众", "居民", "市民"), ("农村", "乡村", "基层"),
    ("宣传", "传播", "推广"), ("资源", "力量", "要素"), ("机制", "制度", "体系"),
    ("平台", "阵地", "载体"), ("活动", "行动", "工作"), ("培训", "培养", "教育"),
    ("科普", "科学普及"), ("青少年", "中小学生", "学生"), ("企业", "单位", "机构"),
    ("发展", "进步", "建设"), ("创新", "创造", "革新"), ("服务", "保障", "支撑"),
]
SYNONYM = {w: group for group in SYNONYMS for w in group}
SYNONYM_RE = re.compile("|".join(sorted(SYNONYM, key=len, reverse=True)))
UNITS = [("个", "处", "座"), ("所", "家", "个"), ("场", "场次", "期"), ("次", "回", "场次"),
         ("人次", "人", "名"), ("人", "名", "人次"), ("项", "类", "种")]
UNIT_OF = {u: group for group in UNITS for u in group}
NUMBER_RE = re.compile(r"(\d+)(人次|场次|个|所|场|次|人|名|项|处|座|家|期|回|类|种)?")
ADVERBS = ("进一步", "切实", "着力", "全面", "持续", "扎实", "不断", "有序", "统筹", "稳步")
SENTENCE_RE = re.compile(r"[^。；！？]+[。；！？]?")


def rewrite_sentence(rng: random.Random, sentence: str) -> str:
    """One sentence rewritten: synonyms, clause order, numbers and years, units, an adverb."""
    body, end = (sentence[:-1], sentence[-1]) if sentence[-1:] in "。；！？" else (sentence, "")
    body = SYNONYM_RE.sub(lambda m: rng.choice(SYNONYM[m.group()]) if rng.random() < 0.5
                          else m.group(), body)
    clauses = body.split("，")
    if len(clauses) > 2:  # keep the first clause (it often carries the subject), shuffle the rest
        rest = clauses[1:]
        rng.shuffle(rest)
        clauses = [clauses[0], *rest]
    body = "，".join(clauses)

    def number(m: re.Match) -> str:
        value, unit = int(m.group(1)), m.group(2)
        if 1990 <= value <= 2040 and not unit:  # a year
            value += rng.choice((-2, -1, 1, 2))
        else:
            value = max(1, round(value * rng.uniform(0.5, 2.0)))
        if unit and unit in UNIT_OF:
            unit = rng.choice(UNIT_OF[unit])
        return f"{value}{unit or ''}"

    new = NUMBER_RE.sub(number, body)
    if (rng.random() < 0.7 or new == sentence[: len(sentence) - len(end)]) and len(new) > 8:
        new = rng.choice(ADVERBS) + new
    return new + end


def rewrite_paragraph(rng: random.Random, text: str) -> tuple[str, int, int]:
    """(rewritten text, sentences rewritten, sentences)."""
    sents = SENTENCE_RE.findall(text)
    if not sents:
        return text, 0, 0
    chosen = [rng.random() < SENTENCE_SHARE for _ in sents]
    if not any(chosen):
        chosen[rng.randrange(len(sents))] = True
    out = [rewrite_sentence(rng, s) if c else s for s, c in zip(sents, chosen, strict=True)]
    return "".join(out), sum(chosen), len(sents)


def rewrite_heading(rng: random.Random, heading: str, region: str) -> str:
    """A group heading made the plan's own without losing its category keywords: the
    region's name after a leading 实施 (or in front), perhaps an adverb first."""
    adverb = rng.choice(ADVERBS) if rng.random() < 0.5 else ""
    head = heading.removeprefix("实施")
    if head != heading:
        return f"{adverb}实施{region}{head}"
    return f"{region}{adverb}{heading}"


def _distinct_share(lines: list[str], rewritable: list[bool], q: float, seed: int) -> float:
    """Share of distinct lines if each rewritable line is rewritten with probability q
    (assuming every rewritten line is new)."""
    rng = random.Random(seed)
    kept, n_new = set(), 0
    for line, ok in zip(lines, rewritable, strict=True):
        if ok and rng.random() < q:
            n_new += 1
        else:
            kept.add(line)
    return (len(kept) + n_new) / max(1, len(lines))


def solve_rewrite_share(lines: list[str], rewritable: list[bool], target: float,
                        seed: int) -> float:
    """The probability of rewriting a rewritable line that makes distinct lines `target`."""
    if _distinct_share(lines, rewritable, 0.0, seed) >= target:
        return 0.0
    lo, hi = 0.0, 1.0
    for _ in range(16):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if _distinct_share(lines, rewritable, mid, seed) < target else (lo, mid)
    return hi


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


def build(n: int, out: Path, seed: int = 2026, distinct: float | None = None, real=None) -> Path:
    """Write n synthetic plans and their manifest into `out`; return the manifest's path.

    `distinct`: rewrite paragraphs until that share of the lines is distinct (None: none).
    `real`: the real plans already parsed (`parse_manifest` of data/raw/), else parsed here."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from sciplan_analysis.corpus import RAW_DIR, parse_manifest

    if real is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            real = parse_manifest(RAW_DIR)
    rng = random.Random(seed)
    seg = real.segments
    intro = seg[seg.role == "intro"].groupby(["plan_id", "group_id"])["text"].first().to_dict()
    # the real plans' tables as plain lookups, read once (not a pandas selection per line)
    units = {key: ([u for u, r in zip(a.unit_raw, a.role, strict=True) if r == "lead"],
                   [u for u, r in zip(a.unit_raw, a.role, strict=True) if r == "partner"])
             for key, a in real.assignments.groupby(["plan_id", "task_id"])}
    groups_by_category: dict[tuple[str, str], list[tuple[str, str]]] = {}
    headings: dict[tuple[str, str], str] = {}  # each group's first row, as a selection gave it
    for g in real.groups.itertuples():
        headings.setdefault((g.plan_id, g.group_id), g.heading)
        if g.part in ("actions", "projects", "implementation"):
            groups_by_category.setdefault((g.part, g.category), []).append((g.plan_id, g.group_id))
    tasks = {key: list(zip(t.task_id, t.text, strict=True))
             for key, t in real.tasks.groupby(["plan_id", "group_id"])}

    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    rows = []
    # (text, rewritable, prefix, suffix, region if a group heading) per line
    plans: list[list[tuple[str, bool, str, str, str]]] = []
    for k in range(n):
        name = region_name(rng, taken)
        level = rng.choice("县县区")
        lines: list[tuple[str, bool, str, str, str]] = []

        def add(text: str, rewritable: bool = False, prefix: str = "", suffix: str = "",
                lines=lines, heading: str = "") -> None:
            lines.append((text, rewritable, prefix, suffix, heading))

        add(f"{name}{level}全民科学素质行动规划纲要实施方案（2021—2025年）")
        target = rng.choice([10, 11, 12, 13, 15, 16, 18])
        add("一、总体要求")
        add(f"工作目标。到2025年，全{level}公民具备科学素质的比例超过{target}%。", True, "（一）")
        part_no = 1
        for part, heading in (("actions", "提升行动"), ("projects", "重点工程"), ("implementation", "组织实施")):
            part_no += 1
            add(f"{CN[part_no - 1]}、{heading}")
            categories = sorted({c for (p, c) in groups_by_category if p == part})
            chosen = [c for c in categories if rng.random() < 0.85] or categories[:1]
            for g_no, category in enumerate(chosen, start=1):
                plan_id, group_id = rng.choice(groups_by_category[(part, category)])
                add(_rename(headings[(plan_id, group_id)], name, level), True,
                    f"（{CN[g_no - 1]}）", "", heading=f"{name}{level}")
                if (plan_id, group_id) in intro:
                    add(_rename(intro[(plan_id, group_id)], name, level), True)
                if (plan_id, group_id) not in tasks:
                    continue
                for t_no, (task_id, task_text) in enumerate(tasks[(plan_id, group_id)], start=1):
                    text = _rename(task_text, name, level)
                    suffix = ""
                    if (plan_id, task_id) in units:
                        leads, partners = units[(plan_id, task_id)]
                        lead = "、".join(_rename(u, name, level) for u in leads)
                        partner = "、".join(_rename(u, name, level) for u in partners)
                        bracket = f"牵头单位：{lead}" if lead else ""
                        if partner:
                            bracket += ("；" if bracket else "") + f"配合单位：{partner}"
                        if bracket:
                            suffix = f"（{bracket}）"
                    add(text, True, f"{t_no}.", suffix)
        plans.append(lines)
        plan_id = f"p{k:04d}"
        rows.append({"plan_id": plan_id, "file": f"{plan_id}.txt", "name_zh": f"{name}{level}",
                     "name_en": f"Synthetic {k}", "admin_level": "county" if level == "县" else "district",
                     "province": "", "parent": "", "status": "final"})
    stats = _write_plans(plans, rows, out, distinct, seed)
    (out / "novelty.json").write_text(json.dumps(stats, indent=1), encoding="utf-8")
    manifest = out / "plans.csv"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return manifest


def _rewrite_all(plans: list[list[tuple]], q: float, seed: int) -> tuple[list[list[str]], dict]:
    """Every plan's lines, each rewritable one rewritten with probability q."""
    rng = random.Random(seed + 1)
    n_sent = n_rewritten = 0
    out: list[list[str]] = []
    for lines in plans:
        text_lines = []
        for text, rewritable, prefix, suffix, region in lines:
            if rewritable:
                chosen = bool(q) and rng.random() < q
                if chosen and region:
                    text = rewrite_heading(rng, text, region)
                elif chosen:
                    text, k, m = rewrite_paragraph(rng, text)
                    n_rewritten += k
                    n_sent += m
                elif not region:
                    n_sent += len(SENTENCE_RE.findall(text))
            text_lines.append(f"{prefix}{text}{suffix}")
        out.append(text_lines)
    n_lines = sum(len(t) for t in out)
    n_distinct = len({line for t in out for line in t})
    return out, {"paragraph_rewrite_share": round(q, 4),
                 "sentence_rewrite_share": round(n_rewritten / max(1, n_sent), 4),
                 "lines": n_lines, "distinct_lines": n_distinct,
                 "distinct_share": round(n_distinct / max(1, n_lines), 4)}


def _write_plans(plans: list[list[tuple]], rows: list[dict], out: Path,
                 distinct: float | None, seed: int) -> dict:
    """Rewrite (for `distinct`) and write every plan; return what the novelty reached.

    The bisection assumes every rewritten line is new; a few are not (a line rewritten the
    same way twice), so one second pass aims higher by the shortfall of the first."""
    flat = [f"{line[2]}{line[0]}{line[3]}" for lines in plans for line in lines]
    rewritable = [line[1] for lines in plans for line in lines]
    q = solve_rewrite_share(flat, rewritable, distinct, seed) if distinct else 0.0
    texts, stats = _rewrite_all(plans, q, seed)
    if distinct and q and stats["distinct_share"] < distinct - 0.005:
        aim = min(1.0, 2 * distinct - stats["distinct_share"])
        texts, stats = _rewrite_all(plans, solve_rewrite_share(flat, rewritable, aim, seed), seed)
    for text_lines, row in zip(texts, rows, strict=True):
        (out / row["file"]).write_text("\n\n".join(text_lines) + "\n", encoding="utf-8")
    return {"target_distinct": distinct, **stats}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--distinct", type=float, default=None,
                        help="share of distinct paragraphs to reach by rewriting (e.g. 0.7)")
    args = parser.parse_args()
    print(build(args.n, args.out, args.seed, args.distinct))


if __name__ == "__main__":
    main()
