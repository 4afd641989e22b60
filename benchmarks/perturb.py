"""A metamorphic test of the parser on real pages (issue 23): change a spent real page in a way
that must not change any of its facts, and score the changed page against the page's own facts.

    python benchmarks/perturb.py                      # accuracy per transformation and per field
    python benchmarks/perturb.py --show 3             # and up to 3 failing pages per transformation
    python benchmarks/perturb.py --only wrap,cn_dates --show 5

Every page of benchmarks/real_pages.csv with its text gathered (benchmarks/pages/, ignored) is
transformed by each transformation below, one at a time, and by a few combinations (fixed ones and
seeded draws of three). The transformations are variations a page carries in the wild (issue 23's
list): wrapped lines, spaces inside numbers and dates, traditional script, phonetic glosses, full-
and half-width forms, the brackets of a document number, site labels and buttons around the body,
Chinese-numeral dates, a date glued to its label or before the title, blank lines, indented lines,
CRLF line ends, a page repeated (a mirror), a news headline before the body (with a blank line
under it, or without one). A page a
transformation leaves unchanged is not counted for it; a transformation that would change a fact's
visible form in a way the facts do not allow skips the page (see each function). A page is scored
with real_pages.py's `score_page`; a *new* miss is one the untransformed page does not have. Seeded
(each page's draws depend only on the seed, the transformation and the page id) and deterministic.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from real_pages import norm, parsed_facts, rows, score_page, texts  # noqa: E402
from variants import cn_date, field_of, field_totals  # noqa: E402

from sciplan_analysis.text.patterns import YEAR_DIGITS as YEAR  # noqa: E402
from sciplan_analysis.text.script import to_simplified  # noqa: E402

Facts = list[dict[str, str]]
# Held-out sets not yet scored at first contact: never read here (a spent set joins the pages).
FRESH: tuple[str, ...] = ()  # holdout25 and holdout26 were scored at the end of session 8 and are spent
# A transformation: (page text, its facts, a seeded generator) -> the changed text, or None to skip.
Transform = Callable[[str, Facts, random.Random], "str | None"]

ZEROS = "〇○零O"  # every zero a Chinese-numeral year is written with
ARABIC_DATE = re.compile(rf"({YEAR})年(\d{{1,2}})月(\d{{1,2}})日")
NUMBER_BRACKETS = re.compile(rf"(?<=[\u4e00-\u9fff])\s*[〔\[【（(﹝〖［]\s*({YEAR})\s*[〕\]】）)﹞〗］]\s*(第?)\s*(\d{{1,4}})\s*号")
PERIOD_IN_BRACKETS = re.compile(rf"([（(])\s*({YEAR})\s*([—\-－–~～])\s*({YEAR})\s*年\s*([）)])")
DATE_LABEL = re.compile(r"(成文日期|发文日期|印发日期|发布日期|发布时间|公开日期|日期|时间)\s*[：:|｜]\s*")
CJK = re.compile(r"[\u4e00-\u9fff]")
ASCII_WORD = re.compile(r"[A-Za-z0-9.%()（）āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")  # (a gloss in its brackets is one word)


def fact_values(facts: Facts, *fields: str) -> list[str]:
    return [f["value"] for f in facts if f["field"] in fields and f["value"] not in ("?", "∅")]


# -- the transformations ------------------------------------------------------------------------
def wrap(text: str, facts: Facts, rng: random.Random) -> str:
    """PDF or web-copy wrapping: every line whose text is longer than a width (24–40 characters,
    drawn per page; an indent not counted, so a right-aligned signature stays whole) broken at that
    width, anywhere in Chinese text (inside words, titles and organ names), never inside a run of
    Latin letters or digits or a gloss with its brackets (layouts keep a word whole)."""
    width = rng.randint(24, 40)
    out = []
    for line in text.split("\n"):
        lead = line[: len(line) - len(line.lstrip())]
        line = line[len(lead):]
        pieces = []
        while len(line) > width:
            cut = width
            while cut < len(line) and ASCII_WORD.match(line[cut - 1]) and ASCII_WORD.match(line[cut]):
                cut += 1
            pieces.append(line[:cut])
            line = line[cut:]
        pieces.append(line)
        out += [lead + pieces[0], *pieces[1:]]
    return "\n".join(out)


def pdf_spaces(text: str, facts: Facts, rng: random.Random) -> str:
    """Spaces a PDF's text layer puts inside document numbers, dates and periods: 川府发 〔 2022〕28 号,
    2022 年 8 月 5 日, （ 2021 — 2025 年）. Facts are compared without spaces, so none changes."""
    text = NUMBER_BRACKETS.sub(lambda m: f" 〔 {m.group(1)}〕{m.group(2)}{m.group(3)} 号", text)
    text = ARABIC_DATE.sub(lambda m: f"{m.group(1)} 年 {m.group(2)} 月 {m.group(3)} 日", text)
    return PERIOD_IN_BRACKETS.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)} {m.group(4)} 年{m.group(5)}", text)


def traditional(text: str, facts: Facts, rng: random.Random) -> str | None:
    """The page in traditional script (OpenCC s2t). Skipped where a named fact (title, issuer,
    citation) does not come back to the same simplified form (s2t is not one-to-one back: 乾县)."""
    convert = _s2t()
    for value in fact_values(facts, "title", "issuer", "cites", "doc_number"):
        if norm(to_simplified(convert(value))) != norm(value):
            return None
    return convert(text)


_CONVERTER: list = []


def _s2t() -> Callable[[str], str]:
    if not _CONVERTER:
        import opencc

        _CONVERTER.append(opencc.OpenCC("s2t").convert)
    return _CONVERTER[0]


SYLLABLES = ("xiàn", "shì", "zhì", "kē", "xué", "sù", "mín", "quán", "zhèng", "fǔ", "fā", "yìn", "gōng", "bàn",
             "jiàn", "shè", "jì", "huà", "rén", "dì")


GLOSSED = re.compile(r"[\u4e00-\u9fff][(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]")


def gloss(text: str, facts: Facts, rng: random.Random) -> str | None:
    """Phonetic glosses a converting site puts after about one Chinese character in six
    (縣(xiàn)), half-width or full-width brackets drawn per page. Skipped on a page a site already
    glossed: a converting site glosses a page once (glossing it again put two glosses after a
    character, 學（dì）(xué), a form no page shows)."""
    if GLOSSED.search(text):
        return None
    opener, closer = rng.choice((("(", ")"), ("（", "）")))
    out = []
    for ch in text:
        out.append(ch)
        if CJK.match(ch) and rng.random() < 0.16:
            out.append(f"{opener}{rng.choice(SYLLABLES)}{closer}")
    return "".join(out)


FULLWIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "(": "（", ")": "）", "%": "％",
                           ".": "．", ":": "：", "-": "－", "/": "／"})
HALFWIDTH = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "；": ";", "！": "!", "？": "?",
                           "％": "%"})


def fullwidth(text: str, facts: Facts, rng: random.Random) -> str:
    """Full-width digits, brackets and marks for half-width ones (２０２２年５月１６日, ８．５０％).
    The facts are compared after NFKC, so none changes."""
    return text.translate(FULLWIDTH)


def halfwidth(text: str, facts: Facts, rng: random.Random) -> str:
    """Half-width brackets and punctuation for full-width ones ((2021—2025年), 各县,市:)."""
    return text.translate(HALFWIDTH)


NUMBER_BRACKET_FORMS = (("〔", "〕"), ("〔", "]"), ("〔", "）"), ("（", "）"), ("(", ")"), ("[", "]"), ("【", "】"),
                        ("﹝", "﹞"), ("〖", "〗"), ("［", "］"))


def number_brackets(text: str, facts: Facts, rng: random.Random) -> str:
    """The brackets around a document number's year, one pair drawn per page from those pages use
    (〔…〕 〔…] 〔…） （…） […] 【…】 ﹝…﹞ …). A document number is a fact in its one written form
    (国发〔2021〕9号), so only the number's brackets change, never a title's."""
    opener, closer = rng.choice(NUMBER_BRACKET_FORMS[1:])
    return NUMBER_BRACKETS.sub(lambda m: f"{opener}{m.group(1)}{closer}{m.group(2)}{m.group(3)}号", text)


FURNITURE_BEFORE = ("索引号：{index}", "主题分类：科技、教育", "文件类别：其他", "有效性：有效", "发文机关：",
                    "公开方式：主动公开", "时效性：现行有效", "字号：大 中 小", "【字体：大 中 小】", "分享到：",
                    "首页 > 政务公开 > 政策文件", "您当前的位置：首页 > 信息公开")
FURNITURE_AFTER = ("打印本页", "关闭窗口", "【打印本页】【关闭窗口】", "扫一扫在手机打开当前页", "相关链接：",
                   "收藏", "上一篇：无", "返回顶部", "【我要纠错】", "分享到：")


def furniture(text: str, facts: Facts, rng: random.Random) -> str:
    """Site labels and buttons before and after the body (索引号, 主题分类, 有效性, an empty
    发文机关：, 打印本页, 关闭窗口 …), none giving a fact (no value, or a value no fact is)."""
    index = f"{rng.randint(10000, 99999)}-{rng.randint(10, 99)}-{rng.randint(2010, 2023)}-{rng.randint(1, 999):03d}"
    before = [line.format(index=index) for line in rng.sample(FURNITURE_BEFORE, rng.randint(2, 4))]
    after = rng.sample(FURNITURE_AFTER, rng.randint(2, 4))
    return "\n".join([*before, text, *after])


def cn_dates(text: str, facts: Facts, rng: random.Random) -> str:
    """Every full Arabic date (2022年3月10日) in Chinese numerals with one zero drawn per page
    (二〇二二年三月十日, 二○…, 二零…, 二O…): an issue date is one whatever its numerals."""
    zero = rng.choice(ZEROS)
    return ARABIC_DATE.sub(lambda m: cn_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), zero), text)


def glued_label(text: str, facts: Facts, rng: random.Random) -> str:
    """A date glued to its label (成文日期2021年12月04日, 发布时间2022-06-21): the separator
    between a date label and a date is dropped, as a copied table's cells are."""
    return re.sub(DATE_LABEL.pattern + r"(?=\d|[二〇○])", r"\1", text)


def date_before_title(text: str, facts: Facts, rng: random.Random) -> str | None:
    """The page's issue date (Arabic or Chinese numerals) glued before the line that starts with
    its title (二〇二二年三月十日某县…方案): a web copy that lost the line between. Only on a page
    with both facts and a line starting with the title."""
    dates, titles = fact_values(facts, "issue_date"), fact_values(facts, "title")
    if not dates or not titles or len(dates[0]) != 10:
        return None
    year, month, day = (int(x) for x in dates[0].split("-"))
    date = rng.choice((f"{year}年{month}月{day}日", cn_date(year, month, day, rng.choice(ZEROS))))
    keys = [norm(t.split("|")[0])[:8] for t in titles]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if any(key and norm(line).startswith(key) for key in keys):
            lines[i] = date + line.lstrip()
            return "\n".join(lines)
    return None


def blank_lines(text: str, facts: Facts, rng: random.Random) -> str:
    """One to three blank lines (empty, or spaces and ideographic spaces) after about two lines
    in five."""
    out = []
    for line in text.split("\n"):
        out.append(line)
        if rng.random() < 0.4:
            out += [rng.choice(("", " ", "\u3000\u3000", "\t"))] * rng.randint(1, 3)
    return "\n".join(out)


def indent(text: str, facts: Facts, rng: random.Random) -> str:
    """Every line indented (two ideographic spaces, four spaces or a non-breaking space, drawn per
    page) and some ending in spaces, as web copies of paragraphs are."""
    lead = rng.choice(("\u3000\u3000", "    ", "\xa0\xa0"))
    return "\n".join(lead + line + (" " * rng.randint(0, 2)) if line.strip() else line for line in text.split("\n"))


def crlf(text: str, facts: Facts, rng: random.Random) -> str:
    """Windows line ends (\\r\\n)."""
    return text.replace("\n", "\r\n")


def mirror(text: str, facts: Facts, rng: random.Random) -> str:
    """The page repeated twice, as a mirror that copies a page's text and its printable version:
    the same facts stated twice are the same facts."""
    return text + rng.choice(("\n", "\n\n", "\n打印本页\n")) + text


HEADLINES = ("让科学之光照亮城乡每一个角落", "科普惠民 共建共享", "以科学素质提升赋能高质量发展",
             "全民科学素质建设综述", "凝聚科普合力 厚植创新沃土", "科学素质工作迈上新台阶",
             "【政策文件】", "科普工作动态")


def headline(text: str, facts: Facts, rng: random.Random) -> str:
    """A news headline (naming no document: a headline that names one could be the page's title)
    and a blank line before the body."""
    return f"{rng.choice(HEADLINES)}\n\n{text}"


def tight_headline(text: str, facts: Facts, rng: random.Random) -> str:
    """The same headline with no blank line under it (a copy that dropped it): the body's first
    line, a news lead or the title, must not run into it (round nine)."""
    return f"{rng.choice(HEADLINES)}\n{text.lstrip()}"


TRANSFORMS: dict[str, Transform] = {
    "wrap": wrap, "pdf_spaces": pdf_spaces, "traditional": traditional, "gloss": gloss,
    "fullwidth": fullwidth, "halfwidth": halfwidth, "number_brackets": number_brackets,
    "furniture": furniture, "cn_dates": cn_dates, "glued_label": glued_label,
    "date_before_title": date_before_title, "blank_lines": blank_lines, "indent": indent, "crlf": crlf,
    "mirror": mirror, "headline": headline, "tight_headline": tight_headline,
}
# Combinations a page meets together (a traditional mirror glosses; a PDF wraps and spaces …).
COMBOS = (("traditional", "gloss"), ("wrap", "pdf_spaces"), ("furniture", "headline", "blank_lines"),
          ("cn_dates", "fullwidth"), ("halfwidth", "number_brackets"), ("mirror", "indent"),
          ("traditional", "gloss", "cn_dates"), ("pdf_spaces", "cn_dates", "wrap"))


def seeded_combos(seed: int, n: int) -> list[tuple[str, ...]]:
    """`n` combinations of three transformations drawn with the seed (their order as listed)."""
    rng = random.Random(f"combos:{seed}")
    names = list(TRANSFORMS)
    return [tuple(sorted(rng.sample(names, 3), key=names.index)) for _ in range(n)]


def apply(names: tuple[str, ...], text: str, facts: Facts, seed: int, page_id: str) -> str | None:
    """`text` through each named transformation in turn; None when one skips the page."""
    for name in names:
        changed = TRANSFORMS[name](text, facts, random.Random(f"{seed}:{name}:{page_id}"))
        if changed is None:
            return None
        text = changed
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--combos", type=int, default=6, help="seeded combinations of three, besides the fixed ones")
    parser.add_argument("--only", help="comma-separated transformation names (a combination as a+b)")
    parser.add_argument("--show", type=int, default=0, metavar="K", help="failing pages shown per transformation")
    args = parser.parse_args()
    pages = [p for p in rows(HERE / "real_pages.csv") if p["set"] not in FRESH]
    facts: dict[str, Facts] = defaultdict(list)
    for f in rows(HERE / "real_pages_facts.csv"):
        facts[f["id"]].append(f)
    found = texts()
    pages = [p for p in pages if p["id"] in found and facts[p["id"]]]
    runs = [(name,) for name in TRANSFORMS] + list(COMBOS) + seeded_combos(args.seed, args.combos)
    if args.only:
        runs = [tuple(item.split("+")) for item in args.only.split(",")]
    for run in runs:
        unknown = [name for name in run if name not in TRANSFORMS]
        if unknown:
            raise SystemExit(f"unknown transformation(s): {', '.join(unknown)}; known: {', '.join(TRANSFORMS)}")
    parsed_facts(found[pages[0]["id"]], "warm-up")  # the first parse loads reference tables
    original = {}
    for page in pages:
        meta, targets, cites, _ = parsed_facts(found[page["id"]], page["id"])
        original[page["id"]] = score_page(facts[page["id"]], meta, targets, cites)
    base_right = sum(r for r, _, _ in original.values())
    base_total = sum(t for _, t, _ in original.values())
    print(f"perturb --seed {args.seed}: {len(pages)} pages, untransformed {base_right}/{base_total} facts right")
    print(f"{'transformation':34} {'pages':>5} {'skip':>4}  {'facts right':>15}  {'untransformed':>13}  "
          f"{'pages w/ new miss':>17}  new misses by field")
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    all_right = all_total = all_new = slow_pages = 0
    slowest = (0.0, "", "")
    for run in runs:
        label = "+".join(run)
        changed = skipped = right = total = o_right = o_total = crashed = 0
        failing: list[tuple[str, list[str], str]] = []
        new_by_field: dict[str, int] = defaultdict(int)
        for page in pages:
            pid, text = page["id"], found[page["id"]]
            new = apply(run, text, facts[pid], args.seed, pid)
            if new is None:
                skipped += 1
                continue
            if new == text:
                continue
            changed += 1
            try:
                meta, targets, cites, seconds = parsed_facts(new, pid)
            except Exception as e:  # noqa: BLE001 - a crash is a result to report, not to stop on
                crashed += 1
                failing.append((pid, [f"crash: {type(e).__name__}: {e}"], new))
                continue
            slowest = max(slowest, (seconds, pid, label))
            slow_pages += seconds > 1.0
            r, t, misses = score_page(facts[pid], meta, targets, cites)
            r0, t0, misses0 = original[pid]
            right, total, o_right, o_total = right + r, total + t, o_right + r0, o_total + t0
            if len(run) == 1:
                totals = field_totals(facts[pid], meta, targets)
                missed: dict[str, int] = defaultdict(int)
                for miss in misses:
                    missed[field_of(miss)] += 1
                for key, count in totals.items():
                    by_field[key][0] += count - missed[key]
                    by_field[key][1] += count
            fresh = [m for m in misses if m not in misses0]
            for miss in fresh:
                new_by_field[field_of(miss)] += 1
            if fresh:
                failing.append((pid, fresh, new))
        if len(run) == 1:
            all_right, all_total = all_right + right, all_total + total
            all_new += sum(new_by_field.values())
        share = f"{right}/{total} ({right / total:.1%})" if total else "-"
        base = f"{o_right}/{o_total}" if o_total else "-"
        fields = ", ".join(f"{k} {v}" for k, v in sorted(new_by_field.items()))
        crash = f"  {crashed} crashed" if crashed else ""
        print(f"{label:34} {changed:5} {skipped:4}  {share:>15}  {base:>13}  {len(failing):17}  {fields}{crash}")
        for pid, fresh, new in failing[: args.show]:
            print(f"      {pid}: " + "; ".join(fresh))
            excerpt = new.replace("\r", "").replace("\n", " ⏎ ")
            print(f"        {excerpt[:260]}")
    share = all_right / all_total if all_total else 0.0
    print(f"single transformations pooled: {all_right}/{all_total} facts right ({share:.1%}), {all_new} new misses; "
          f"slowest page {slowest[1]} ({slowest[2]}) {slowest[0]:.3f} s, {slow_pages} over 1 s")
    print("by field (single transformations): " + ", ".join(
        f"{k} {r}/{t} ({r / t if t else 1:.1%})" for k, (r, t) in sorted(by_field.items())))


if __name__ == "__main__":
    start = time.perf_counter()
    try:
        main()
        print(f"({time.perf_counter() - start:.1f} s)")
    except BrokenPipeError:  # the output piped into head
        sys.stderr.close()
