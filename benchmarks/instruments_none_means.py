"""The none/means line (issue 24, round 26): every seen clause where the hand code and today's coder
differ on none against a means, in either direction, classed by the clause's form.

    python benchmarks/instruments_none_means.py            # counts by form and direction, clear and hard
    python benchmarks/instruments_none_means.py --list     # and every such clause (with its text: not for commit)
    python benchmarks/instruments_none_means.py --csv F    # the clauses by set, page and number (no text) to F

Sets 2-42, every clause as `real_clauses_2.py --set N` codes it (with its section and page kinds); all
seen. The form is read from the clause's shape, not its means words, by the first that fits:

- F doc title: a line that is only a plan's title (附件：1.…实施方案);
- E time/who: a time, date or person-in-charge cell (时间：…; 负责老师：…; 由…牵头);
- D news/report: a news lead or a meeting's report (会议强调，…; 日前，…印发…);
- A purpose/basis preamble: an opening 为…/根据…/按照… (with or without the event it decides);
- B guiding thought: 以…思想为指导, 深入学习贯彻…, 紧紧围绕…;
- C heading/short item: a heading or item of 22 characters or fewer with no comma;
- G list item (long): a longer numbered item, or any line of a goals section;
- H other sentence: the rest (a state reached, a report of work done, a duty, a means with no cue).

The `Hard call` mark is the hand coder's (sets 9 on); sets 2-8 carry none and count as clear.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from benchmarks import real_clauses_2 as rc  # noqa: E402
from sciplan_analysis.parsing import instruments as ins  # noqa: E402

NUM = (r"^\s*(?:附件[：:]\s*)?(?:#+\s*|-\s+|\*\*|[一二三四五六七八九十]{1,3}[、是]|"
       r"[（(][一二三四五六七八九十\d]{1,3}[)）]、?|\d{1,2}[.、．]|[（(]?\d{1,2}[)）])")
FORMS = [
    ("F doc title", lambda t, b, s: re.search(r"^(?:附件|[^，。；]{2,40}(?:实施方案|工作方案|活动方案|工作计划))[。；]?$", b)),
    ("E time/who", lambda t, b, s: re.search(
        r"负责(?:老师|人)|由[^，。；]{2,30}?(?:牵头|牽頭|负责)[。；]?$|^[^，。；]{0,20}(?:时间|時間|日期)[：:]"
        r"|(?:于|於|定于)\d{1,2}月\d{1,2}日|开展时间|開展時間", t)),
    ("D news/report", lambda t, b, s: re.match(
        r"(?:会议|會議|会上|據悉|据悉|日前|近日|今年以来|\d{1,2}月\d{1,2}日|[^，。；]{0,20}讯|内容概要|与会)", t)
        or re.search(r"^(?:\d{4}年，)?[^，。；]{0,20}(?:召开|印发|印發|指出|強調|强调)", t)),
    ("A purpose/basis preamble", lambda t, b, s: re.match(r"(?:为了?|為|根据|根據|按照|依照|依据)", t)),
    ("B guiding thought", lambda t, b, s: re.search(
        r"以[^，。；]{2,40}?(?:思想|精神|理论)为(?:指导|指導|统领|統領)|^(?:\d{4}年，)?[^，。；]{0,20}?"
        r"(?:紧紧围绕|緊緊圍繞|深入学习|深入學習|坚持以|堅持以|高举|把学习|坚持把|紧密团结)", t)),
    ("C heading/short item", lambda t, b, s: len(b) <= 22 and not re.search(r"[，,]", b)),
    ("G list item (long)", lambda t, b, s: re.match(NUM, t) or s == "goals"),
]


def form(text: str, section: str) -> str:
    """The clause's form class (the first of FORMS that fits; else H other sentence)."""
    t = text.strip()
    body = re.sub(NUM, "", t).strip()
    return next((name for name, fits in FORMS if fits(t, body, section)), "H other sentence")


def seen() -> pd.DataFrame:
    """Every hand-coded clause of sets 2-42 with today's coder, as real_clauses_2.py codes it."""
    parts = []
    for which in sorted(rc.SETS, key=int):
        both = rc.coded(which).reset_index(drop=True)
        kinds = rc.section_kinds(both, which)
        pred = ins.code_clauses(both["text"], sections=kinds, pages=rc.page_kinds(both, which))
        both = pd.concat([both, pred.add_prefix("coder_")], axis=1)
        both["set"] = int(which)
        both["section"] = kinds
        parts.append(both)
    df = pd.concat(parts, ignore_index=True)
    df["hard"] = df["reading"].fillna("").str.lower().str.contains("hard call")
    return df


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--csv", type=Path)
    args = parser.parse_args()
    df = seen()
    line = (df["tool"] != df["coder_tool"]) & ((df["tool"] == "none") | (df["coder_tool"] == "none"))
    m = df[line].copy()
    m["form"] = [form(t, s) for t, s in zip(m["text"], m["section"], strict=True)]
    m["direction"] = ["hand none, coder a means" if t == "none" else "hand a means, coder none" for t in m["tool"]]
    m["mark"] = m["hard"].map({True: "hard", False: "clear"})
    print(f"sets 2-42: {len(df)} clauses, {int((df['tool'] != df['coder_tool']).sum())} tool misses, "
          f"{len(m)} on the none/means line")
    print(pd.crosstab(m["form"], [m["direction"], m["mark"]], margins=True).to_string())
    if args.list:
        for r in m.sort_values(["form", "direction", "set"]).itertuples():
            print(f"{r.form} | {r.direction} | {r.set} {r.page} {r.clause_no} {r.mark} | hand {r.tool}, "
                  f"coder {r.coder_tool} [{r.coder_cue}] | {r.text[:90]}")
    if args.csv:
        m[["set", "page", "clause_no", "mark", "tool", "coder_tool", "form"]].rename(
            columns={"tool": "hand_tool"}).to_csv(args.csv, index=False)


if __name__ == "__main__":
    main()
