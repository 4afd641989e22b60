"""How far the instrument coder can be trusted on a plan of each kind of document (issue 24,
round 6): first-contact agreement with the hand codes of other real plans, pooled by kind.

    python benchmarks/instruments_reliability.py          # the table
    python benchmarks/instruments_reliability.py --write  # and data/reference/instrument_reliability.csv
    python benchmarks/instruments_reliability.py --hard   # clear clauses and hard calls apart, per set
    python benchmarks/instruments_reliability.py --through 225 --five-view now --five-weight 4 --clarity
                        # the code held out, by kind, on the clauses the hand found clear (session 41)
    python benchmarks/instruments_reliability.py --through 87 --write  # sets 1-87 only (session 25)
    python benchmarks/instruments_reliability.py --through 97 --five-view now --write  # as file C is fitted (session 27)
    python benchmarks/instruments_reliability.py --through 99 --five-view now --write --out F  # a candidate's (s28)

Each page of the other plans' sets (every set in real_clauses_2.SETS) has a kind
(benchmarks/other_plan_kinds.csv: an implementation plan like the five, work points, a plan for
the year, an event plan, a notice, a plan for one field). Each set is coded by the coder it met at first contact (the library at the
commit that added its hand codes, from `git archive`), so no figure comes from rules written after
reading the set. The reference file maps each kind to the `plans.doc_type` values it stands for;
`sciplan_analysis.parsing.instruments.reliability` reads it for page 07's note.

Since session 25 the code is the learned hybrid's reading (`parsing.learned`), whose honest
figure is LEAVE-ONE-SET-OUT: each set coded by the hybrid (frozen settings, view first) fitted
on the five plans' samples and every other set measured, with the rule features each set met at
first contact (`instruments_learned.loso`); its predictions are cached, as JSON, in the ignored
benchmarks/real_clauses/ (`LOSO_CACHE`, keyed by the clauses, their hand codes and features and
the setting, so a changed hand code refits). The file gives the hybrid's figures (type_right,
tool_right) and the rules' first-contact ones beside them (rule_type_right, rule_tool_right).
`--through N` measures sets 1-N only (a set being coded blind is never read). `--out F` (with
--write, session 28) writes the file elsewhere than data/reference: the reliability of a candidate
model file's way of fitting, into the ignored benchmarks/real_clauses/, shipped only with it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import pandas as pd  # noqa: E402
import real_clauses  # noqa: E402
import real_clauses_2  # noqa: E402
from instruments_generalise import codes_commit, git, old_coder  # noqa: E402
from instruments_score import hard as marked_hard  # noqa: E402

from sciplan_analysis.parsing import instruments as ins  # noqa: E402
from sciplan_analysis.tables import INSTRUMENT_TOOLS  # noqa: E402

KINDS = HERE / "other_plan_kinds.csv"
FIVE_VIEWS = ("first", "now")  # --five-view: group five's rule features (instruments_learned.FIVE_VIEWS)
FIVE_HEAD = {"first": "", "now": ", the five\n# plans' samples with today's rules' reading, as the model file is fitted"}
LOSO_CACHE = HERE / "real_clauses" / "reliability_loso.json"  # ignored folder: never committed
# the plans.doc_type values (data/reference/doc_types.csv) each kind stands for; "" is a title
# that names no kind of the vocabulary (a 工作计划, 活动方案, 通知 …)
DOC_TYPES = {"implementation": "实施方案|规划纲要", "work_points": "工作要点", "yearly": "",
             "event": "", "notice": "", "thematic": ""}


# Sets whose first scoring run met a coder other than the library at the commit that added their
# codes: sets 12 and 13 were scored once by the lead at b6c5c9f (after round 8 and the four
# structure rows), set 14 at 9e09e0a (after round 9), set 15 at 31b422e; set 13's codes were added at 73f327c, an older coder, and set 12's at b5afafb,
# the session's starting coder, which scores it the same; sets 16 and 17 at 6640649 (after rounds
# 10 and 11; round 12 read their misses), sets 18 and 19 at c364399 (after round 12), sets 20 and
# 21 at 6b1ee71 (after round 13).
# One counting rule: a coder that reads sections (6640649 and later) codes each clause with its
# section kind, found by that commit's own sections module, as real_clauses_2.py does by default;
# older coders code each clause alone. Set 17's first contact is so 64, 63 of 87 (66, 65 alone:
# the review misread round 12 fixed, a heading 总结活动成效).
FIRST_CONTACT = {"12": "b6c5c9f", "13": "b6c5c9f", "14": "9e09e0a", "15": "31b422e",
                 "16": "6640649", "17": "6640649", "18": "c364399", "19": "c364399",
                 "20": "6b1ee71", "21": "6b1ee71", "22": "ad80b88", "23": "ad80b88", "24": "9bd1056", "25": "295b837", "26": "379a873", "27": "c70b325",
                 "28": "62b5107", "29": "e78fced", "30": "cd28993",
                 "31": "1fe922c", "32": "09261b6", "33": "e235a69", "34": "c6c6908",
                 "35": "1bd6d21", "36": "7a5ccd9", "37": "a4c05f3",
                 "38": "956326c", "39": "2738cb7", "40": "6a29877", "41": "071f658", "42": "bf41921",
                 "43": "0cc3f25", "44": "0cc3f25", "45": "0cc3f25",
                 "46": "099e136", "47": "099e136", "48": "426107e",
                 "49": "effebf5", "50": "effebf5", "51": "97c3344", "52": "97c3344", "53": "e59ebbb", "54": "e59ebbb", "55": "a0c8b49", "56": "a0c8b49", "57": "64ac1bb", "58": "510562d", "59": "b91ef74", "60": "b46db26", "61": "09e8b06", "62": "0e98707", "63": "47a4407", "64": "7794a67", "65": "0efa732", "66": "ab41a85", "67": "4f72803", "68": "c4ebc3e", "69": "cc909a6", "70": "b9cef2a", "71": "48ff820", "72": "a5f1038", "73": "9d8386c", "74": "a4c62bb", "75": "9745e37", "76": "f683123", "77": "48146f9", "78": "d08ce54", "79": "0ad01ab", "80": "47c817e", "81": "e970ab8", "82": "4e0b0cc", "83": "938c48e", "84": "938c48e", "85": "938c48e", "86": "489078e", "87": "489078e", "88": "b8c7883", "89": "b8c7883", "90": "46f2c0a", "91": "46f2c0a", "92": "a0a8f54", "93": "a0a8f54", "94": "eaf9202", "95": "eaf9202", "96": "71de7af", "97": "71de7af", "98": "aa0c390", "99": "aa0c390", "100": "a31834e", "101": "a31834e", "102": "ad0e959", "103": "ad0e959", "104": "115fcb0", "105": "115fcb0", "106": "f30f416", "107": "f30f416", "108": "f0aa0b1", "109": "f0aa0b1", "110": "99a09a2", "111": "99a09a2", "112": "6f340c7", "113": "6f340c7", "114": "9d45798", "115": "9d45798", "116": "1a42451", "117": "1a42451", "118": "9888b61", "119": "9888b61", "120": "d704ee0", "121": "d704ee0", "122": "0ea5be1", "123": "0ea5be1", "124": "7c31827", "125": "7c31827", "126": "77a1506", "127": "77a1506", "128": "8650c87", "129": "8650c87", "130": "a4c2bdc", "131": "a4c2bdc", "132": "aae8a06", "133": "aae8a06", "134": "2081a49", "135": "2081a49", "136": "b31df45", "137": "b31df45", "138": "a39bb5e", "139": "a39bb5e", "140": "54a440c", "141": "54a440c", "142": "5b187c3", "143": "5b187c3", "144": "a13f7d7", "145": "a13f7d7", "146": "cdbebdd", "147": "cdbebdd", "148": "809daab", "149": "809daab", "150": "365856f", "151": "365856f", "152": "1c75d1e", "153": "1c75d1e", "154": "f20c969", "155": "f20c969", "156": "c5f1918", "157": "c5f1918", "158": "7d91793", "159": "7d91793", "160": "3124332", "161": "3124332", "162": "a55ae4e", "163": "a55ae4e", "164": "f606e9a", "165": "f606e9a", "166": "5efa948", "167": "5efa948", "168": "c39e0d3", "169": "c39e0d3", "170": "b83fa9f", "171": "b83fa9f", "172": "780052b", "173": "780052b", "174": "72f7cbb", "175": "72f7cbb", "176": "834457c", "177": "834457c", "178": "234a69c", "179": "234a69c", "180": "88a9c5f", "181": "88a9c5f", "182": "a1ededb", "183": "a1ededb", "184": "f51bf8b", "185": "f51bf8b", "186": "5c5c351", "187": "5c5c351", "188": "1fe0427", "189": "1fe0427",
                 "190": "5b491a4", "191": "5b491a4",
                 "192": "09fd9db", "193": "09fd9db",
                 "194": "0f4ef5b", "195": "0f4ef5b",
                 "196": "f94d7fc", "197": "f94d7fc",
                 "198": "e69bf28", "199": "e69bf28",
                 "200": "cb4685e", "201": "cb4685e",
                 "202": "351dc4d", "203": "351dc4d",
                 "204": "28a2f5b", "205": "28a2f5b",
                 "206": "cf0cd09", "207": "cf0cd09",
                 "208": "882b264", "209": "882b264",
                 "210": "06601dc", "211": "06601dc",
                 "212": "06601dc", "213": "06601dc",
                 "214": "06601dc", "215": "06601dc",
                 "216": "06601dc", "217": "06601dc",
                 "218": "06601dc", "219": "06601dc",
                 "220": "06601dc", "221": "06601dc",
                 "222": "1948cfb", "223": "1948cfb",
                 "224": "5cfe3a2", "225": "5cfe3a2",
                 "226": "436c5d5", "227": "436c5d5"}


# Sets before this one met the coder of the commit that added their codes (first_commit); from
# it on each set's first contact is pinned in FIRST_CONTACT once the lead has scored it, so a set
# of real_clauses_2.SETS from here on without a pin is not scored yet: it may be coded blind.
FIRST_PINNED = 12


def unpinned(sets: list[str]) -> list[str]:
    """The sets of `sets` whose first contact is not pinned yet (not scored: never fit on them)."""
    return [w for w in sets if int(w) >= FIRST_PINNED and w not in FIRST_CONTACT]


def first_commit(which: str) -> str:
    """The commit whose coder a set met at first contact: the one that added its hand codes,
    unless FIRST_CONTACT names the commit it was scored at."""
    if which in FIRST_CONTACT:
        return FIRST_CONTACT[which]
    if which in ("1", "2", "3", "4", "5", "6", "7"):
        return codes_commit(which)
    rel = real_clauses_2.SETS[which][2].relative_to(HERE.parent).as_posix()
    return git("log", "--diff-filter=A", "--format=%H", "--", rel).split()[-1]


def places_of(df: pd.DataFrame, which: str) -> list[tuple[str, int]]:
    """Each coded clause's page text (unified, as real_clauses_2.section_kinds reads it) and start."""
    found = real_clauses.texts(*real_clauses_2.SETS[which][:2])
    return [(real_clauses.unified(found[p]), int(a)) for p, a in zip(df["page"], df["start"], strict=True)]


def measured_sets(through: int | None = None) -> list[str]:
    """Set 1 and every set of real_clauses_2.SETS, or those up to `through` only."""
    return [w for w in ["1", *real_clauses_2.SETS] if through is None or int(w) <= through]


def first_contact(through: int | None = None) -> pd.DataFrame:
    """Every hand-coded clause of every set (up to `through`) with its kind and its first-contact
    tool and type."""
    with KINDS.open(encoding="utf-8") as f:
        kinds = pd.DataFrame(csv.DictReader(line for line in f if not line.startswith("#")))
    parts = []
    for which in measured_sets(through):
        df = real_clauses.coded() if which == "1" else real_clauses_2.coded(which)
        df = df.reset_index(drop=True).assign(set=which)
        places = None if which == "1" else places_of(df, which)
        coded = old_coder(first_commit(which), df["text"].tolist(), places)
        parts.append(pd.concat([df[["set", "page", "clause_no", "tool", "type", "reading"]],
                                coded.add_prefix("first_")], axis=1))
    out = pd.concat(parts, ignore_index=True).merge(kinds, on=["set", "page"], how="left",
                                                    validate="many_to_one")
    if out["kind"].isna().any():
        raise SystemExit(f"{KINDS}: no kind for {sorted(set(out.loc[out['kind'].isna(), 'page']))}")
    return out


def hybrid_loso(sets: list[str], five_view: str = "first", five_weight: float = 1.0) -> pd.DataFrame:
    """The learned hybrid's leave-one-group-out reading of every clause of group five and `sets`:
    each group coded by the frozen hybrid (view first) fitted on group five and the other sets of
    `sets` (`instruments_learned.loso`). `five_view` is group five's rule features as the model file
    is fitted (`instruments_learned.load`: "first", the coder each sample met first; "now", today's
    rules' reading, as the file of session 27 (candidate C) is), in the folds that fit on group five
    and in group five's own fold; `five_weight` group five's weight in those folds' fits, as the model
    file is fitted (`--five-weight`, 4 since session 39's study). Columns group, key, hybrid_tool.
    Cached per group in LOSO_CACHE (JSON), under a key of every clause's group, key, text, hand tool,
    section and rule tool and cue as fitted (so the view is in it), the setting and a weight other
    than 1: an interrupted run goes on where it stopped."""
    import instruments_learned as il

    view, setting = "first", il.FROZEN["hybrid"]["first"]
    groups = ["five", *sets]
    df = il.load(groups=groups, five_view=five_view)
    cols = ["group", "key", "text", "tool", "section", "first_tool", "first_cue"]
    weight = [] if five_weight == 1 else [five_weight]  # weight 1 keeps the keys cached before session 39
    key = hashlib.sha256(json.dumps([repr(setting), view, df[cols].astype(str).values.tolist(), *weight],
                                    ensure_ascii=False).encode()).hexdigest()[:16]
    cache = json.loads(LOSO_CACHE.read_text(encoding="utf-8")) if LOSO_CACHE.exists() else {}
    got = cache.get(key, {})
    for g in groups:
        if g not in got:
            got[g] = il.loso(df, setting, view, groups, [g], five_weight)["tool"].tolist()
            LOSO_CACHE.write_text(json.dumps({key: got}, ensure_ascii=False), encoding="utf-8")
            print(f"  leave-one-set-out: {g} coded ({len(got)}/{len(groups)})", file=sys.stderr, flush=True)
    tools = pd.Series(index=df.index, dtype=object)
    for g in groups:
        tools[df.index[df["group"] == g]] = got[g]
    return pd.DataFrame({"group": df["group"], "key": df["key"], "hybrid_tool": tools,
                         "tool": df["tool"], "type": df["type"], "first_tool": df["first_tool"]})


def with_hybrid(fc: pd.DataFrame, loso: pd.DataFrame) -> pd.DataFrame:
    """The first-contact clauses with each one's leave-one-set-out hybrid tool and type."""
    keyed = fc.assign(key=fc["page"] + " " + fc["clause_no"].astype(str))
    out = keyed.merge(loso[["group", "key", "hybrid_tool"]].rename(columns={"group": "set"}),
                      on=["set", "key"], how="left", validate="one_to_one")
    if out["hybrid_tool"].isna().any():
        raise SystemExit(f"{int(out['hybrid_tool'].isna().sum())} clauses without the hybrid's reading")
    return out.assign(hybrid_type=out["hybrid_tool"].map(INSTRUMENT_TOOLS))


def table(df: pd.DataFrame) -> pd.DataFrame:
    """Per kind: pages, clauses, the code's type and tool right (the hybrid's, leave-one-set-out)
    and the rules' at first contact beside them; then the same code's on the clauses the hand codes
    a means (means_*: pages' openings are mostly titles, addressees and aims coded none, which the
    code reads easily, while a plan's tool shares are made of the clauses that name a means)."""
    rows = []
    for kind in DOC_TYPES:
        part = df[df["kind"] == kind]
        means = part[part["tool"] != "none"]
        rows.append({"kind": kind, "doc_types": DOC_TYPES[kind],
                     "pages": part[["set", "page"]].drop_duplicates().shape[0], "clauses": len(part),
                     "type_right": int((part["type"] == part["hybrid_type"]).sum()),
                     "tool_right": int((part["tool"] == part["hybrid_tool"]).sum()),
                     "rule_type_right": int((part["type"] == part["first_type"]).sum()),
                     "rule_tool_right": int((part["tool"] == part["first_tool"]).sum()),
                     "means_clauses": len(means),
                     "means_type_right": int((means["type"] == means["hybrid_type"]).sum()),
                     "means_tool_right": int((means["tool"] == means["hybrid_tool"]).sum())})
    return pd.DataFrame(rows)


# Hand coders mark a clause whose code they found hard "Hard call", with the other reading, from set 9
# on (sets 1-8 carry no mark); the issue's own baseline (about 86% type, 80% tool) was measured on
# "clearly decidable clauses".
HARD = "hard call"
MARKED_FROM = 9
TOOLS = ("education", "funding", "infrastructure", "information", "services", "planning", "regulation",
         "organisation", "evaluation", "incentives", "procurement", "demonstration", "participation",
         "cooperation", "none")


def other_tools(reading: str) -> set[str]:
    """The tools a hard call's reading names after its mark (the code given and the other one)."""
    at = reading.lower().find(HARD)
    return set() if at < 0 else {t for t in TOOLS if t in reading[at:].lower()}


def other_reading(hard: pd.Series, tool: pd.Series, reading: pd.Series) -> pd.Series:
    """Whether each clause is a hard call whose reading names `tool` as the other one (other_tools)."""
    return pd.Series([h and t in other_tools(r) for h, t, r in zip(hard, tool, reading.fillna(""), strict=True)],
                     index=hard.index)


def by_difficulty(df: pd.DataFrame) -> pd.DataFrame:
    """Per set whose coder marked hard calls: clear clauses and hard calls apart, first-contact type
    and tool right; `tool_either` counts a hard call right when the coder's tool is the hand code or
    a tool the reading names as the other one (an upper estimate: a tool named in passing counts)."""
    df = df[df["set"].astype(int) >= MARKED_FROM].copy()
    df["hard"] = marked_hard(df["reading"])
    df["type_ok"] = df["type"] == df["first_type"]
    df["tool_ok"] = df["tool"] == df["first_tool"]
    named = other_reading(df["hard"], df["first_tool"], df["reading"])
    df["tool_either"] = df["tool_ok"] | named
    rows = []
    for which, part in [*df.groupby(df["set"].astype(int)), ("all", df)]:
        clear, hard = part[~part["hard"]], part[part["hard"]]
        rows.append({"set": which, "clear": len(clear), "clear_type": int(clear["type_ok"].sum()),
                     "clear_tool": int(clear["tool_ok"].sum()), "hard": len(hard),
                     "hard_type": int(hard["type_ok"].sum()), "hard_tool": int(hard["tool_ok"].sum()),
                     "hard_tool_either": int(hard["tool_either"].sum())})
    return pd.DataFrame(rows)


PLANS = "plans"  # by_clarity's row of every kind but notices and news
EVERY = "every kind"


def by_clarity(df: pd.DataFrame) -> pd.DataFrame:
    """Per kind of page, then plans of every kind but notices, then every kind, from set MARKED_FROM on
    (where the hand coders mark hard calls): the clauses they found clear, the clear ones they code a
    means, and the hard calls they code a means, each with the code's type and tool right held out
    (hybrid_*) and the rules' at first contact (first_*); `tool_either` counts a hard call's tool right also
    where the code's tool is the other reading the coder names (by_difficulty's upper estimate). The issue's
    baseline (86% and 80% on the five plans) was measured on "clearly decidable clauses", so the clear rows
    read other plans like for like."""
    df = df[df["set"].astype(int) >= MARKED_FROM]
    hard = marked_hard(df["reading"])
    means = df["tool"] != "none"
    other = other_reading(hard, df["hybrid_tool"], df["reading"])
    groups = [(kind, df["kind"] == kind) for kind in DOC_TYPES]
    groups += [(PLANS, df["kind"] != "notice"), (EVERY, df["kind"].notna())]
    rows = []
    for kind, keep in groups:
        for part, sel in (("clear", ~hard), ("clear_means", ~hard & means), ("hard_means", hard & means)):
            g = df[keep & sel]
            rows.append({"kind": kind, "part": part, "clauses": len(g),
                         "type_right": int((g["type"] == g["hybrid_type"]).sum()),
                         "tool_right": int((g["tool"] == g["hybrid_tool"]).sum()),
                         "tool_either": int(((g["tool"] == g["hybrid_tool"]) | other[g.index]).sum()),
                         "rule_type_right": int((g["type"] == g["first_type"]).sum()),
                         "rule_tool_right": int((g["tool"] == g["first_tool"]).sum())})
    return pd.DataFrame(rows)


CLARITY_PARTS = {"clear": "clear", "clear_means": "clear, naming a means", "hard_means": "hard, naming a means"}


def print_clarity(t: pd.DataFrame) -> None:
    """by_clarity's table in markdown, counts beside shares (a kind with no clause in a part: -)."""
    def share(a: int, n: int) -> str:
        return f"{a}/{n} ({a / n:.3f})" if n else "-"
    print("| kind | clauses | the code: type | tool | tool, either reading of a hard call | "
          "the rules at first contact: type | tool |")
    print("|---|---|---|---|---|---|---|")
    for r in t.itertuples():
        either = share(r.tool_either, r.clauses) if r.part.startswith("hard") else ""
        print(f"| {r.kind}, {CLARITY_PARTS[r.part]} | {r.clauses} | {share(r.type_right, r.clauses)} | "
              f"{share(r.tool_right, r.clauses)} | {either} | {share(r.rule_type_right, r.clauses)} | "
              f"{share(r.rule_tool_right, r.clauses)} |")


def print_difficulty(t: pd.DataFrame) -> None:
    """The clear/hard table, counts beside shares."""
    def share(a: int, n: int) -> str:
        return f"{a}/{n} ({a / n:.3f})" if n else "-"
    print("set   clear: type, tool                    hard calls: type, tool, tool either reading")
    for r in t.itertuples():
        print(f"{r.set!s:5} {share(r.clear_type, r.clear):18} {share(r.clear_tool, r.clear):18} "
              f"{share(r.hard_type, r.hard):16} {share(r.hard_tool, r.hard):16} "
              f"{share(r.hard_tool_either, r.hard)}")


def five_held_out(loso: pd.DataFrame) -> None:
    """The five plans' hand samples (the third since session 27, the fourth and fifth since session 28)
    read by the hybrid fitted without them (group five held out: every measured set), each with the
    rule features group five is fitted with (--five-view: the coder each met at first contact, the first
    two before issue 24, the third b0f8e17, the fourth 4f72ab6, the fifth 1fb1ad9; or today's rules')."""
    five = loso[loso["group"] == "five"]
    for name, keys in _sample_keys().items():
        part = five[five["key"].isin(keys)]
        n = len(part)
        if not n:
            continue
        typ = int((part["type"] == part["hybrid_tool"].map(INSTRUMENT_TOOLS)).sum())
        tool = int((part["tool"] == part["hybrid_tool"]).sum())
        print(f"five plans' {name} sample, hybrid with five held out: type {typ}/{n} = {typ / n:.3f}, "
              f"tool {tool}/{n} = {tool / n:.3f}")


def _sample_keys() -> dict[str, set[str]]:
    """The keys of each of the five plans' hand samples, by name (first, second, … fifth)."""
    from instruments_generalise import hand_sets
    from instruments_learned import SAMPLE_NAMES

    return {label: set(hand_sets([name])["key"]) for name, label in SAMPLE_NAMES.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--hard", action="store_true", help="clear clauses and hard calls apart, per set")
    parser.add_argument("--clarity", action="store_true", help="the code held out and the rules at first contact, "
                        "by kind, on the clauses the hand found clear and the hard calls naming a means")
    parser.add_argument("--through", type=int, help="measure sets 1 to this one only (a later set is "
                        "never read: one being coded blind)")
    parser.add_argument("--five-view", choices=FIVE_VIEWS, default="first",
                        help="group five's rule features in the folds, as the model file is fitted: the coder "
                        "each sample met first, or today's rules' reading (now: the file of session 27)")
    parser.add_argument("--five-weight", type=float, default=1.0, help="group five's weight in the folds' fits, "
                        "as the model file is fitted (instruments_learned.py --write --five-weight; session 39)")
    parser.add_argument("--out", type=Path, help="with --write: the file to write (default "
                        "data/reference/instrument_reliability.csv, the one the library reads)")
    args = parser.parse_args()
    if args.out is not None and not args.write:
        parser.error("--out goes with --write")
    if args.clarity and (args.write or args.hard):
        parser.error("--clarity prints a table only: not with --write or --hard")
    if args.five_weight <= 0:
        parser.error("--five-weight must be positive")
    fc = first_contact(args.through)
    if args.hard:
        print_difficulty(by_difficulty(fc))
        return
    loso = hybrid_loso(sorted(set(fc["set"]), key=int), args.five_view, args.five_weight)
    if args.clarity:
        print_clarity(by_clarity(with_hybrid(fc, loso)))
        return
    t = table(with_hybrid(fc, loso))
    for r in t.itertuples():
        print(f"{r.kind:15} pages {r.pages:3} clauses {r.clauses:4}  hybrid type {r.type_right}/{r.clauses}"
              f" = {r.type_right / r.clauses:.3f}  tool {r.tool_right}/{r.clauses} = "
              f"{r.tool_right / r.clauses:.3f};  rules type {r.rule_type_right} = "
              f"{r.rule_type_right / r.clauses:.3f}  tool {r.rule_tool_right} = {r.rule_tool_right / r.clauses:.3f}")
        print(f"{'':15} the {r.means_clauses} clauses the hand codes a means: hybrid type {r.means_type_right}"
              f" = {r.means_type_right / r.means_clauses:.3f}  tool {r.means_tool_right} = "
              f"{r.means_tool_right / r.means_clauses:.3f}")
    every = t[["clauses", "type_right", "tool_right", "rule_type_right", "rule_tool_right"]].sum()
    print(f"every kind: hybrid type {every['type_right']}, tool {every['tool_right']}; rules type "
          f"{every['rule_type_right']}, tool {every['rule_tool_right']} of {every['clauses']}")
    five_held_out(loso)
    if args.write:
        path = ins.RELIABILITY_FILE if args.out is None else args.out
        head = ("# How far the instrument code can be trusted on a plan of each kind of document: the\n"
                "# clauses of other real plans of that kind, coded by hand, that the code read alike. Since\n"
                "# session 25 the code is the learned hybrid's: type_right, tool_right are its readings\n"
                "# leave-one-set-out (each set read by the hybrid fitted on the five plans' samples and every\n"
                "# other set, with the rule features each set met at first contact" + FIVE_HEAD[args.five_view]
                + ("" if args.five_weight == 1 else f",\n# the five plans' samples weighted {args.five_weight:g} in each fit")
                + "); rule_type_right,\n"
                "# rule_tool_right the rules' at first contact (the coder each set met); means_clauses,\n"
                "# means_type_right, means_tool_right the code's on the clauses the hand codes a means. Written by\n"
                "# benchmarks/instruments_reliability.py --write (issue 24, round 6; session 25); doc_types are the\n"
                "# plans.doc_type values a kind stands for (| between them; empty: a title naming no kind).\n")
        path.write_text(head + t.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
