"""A reader of pages in English (round twenty-six): the facts such a page states in the forms English news of
the national outline, its opinions, provinces' plans and survey results write them.

- the share of citizens with scientific literacy (`english_targets`): "the proportion of citizens with
  scientific literacy reached 10.56 percent in 2020" (a baseline), "will exceed 15% by 2025" (a goal: a target
  with its year, `>` for exceed/over/more than, `=` for reach);
- the issuing body (`english_meta`): the subject of issued/released/unveiled, or the body after "released by",
  when what was issued is a document and the body's name ends in an organ's word (General Office, State
  Council, provincial government, association …);
- a document's title in quotation marks after issued/released, after "titled", or a title line in title case
  naming a document; its period from the title's years or "from 2021 to 2035" in the sentence issuing it.

Its words are rows of data/reference/english_words.csv. It reads only a page whose text is English
(`is_english`): a Chinese page is read as before. What it cannot place it leaves empty (a confident wrong value is
worse than an empty one): a group's share, another measure's, the national average on a province's page, a share
of another country.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from sciplan_analysis.config import ENGLISH_WORDS_FILE
from sciplan_analysis.reference_files import numbered_rows
from sciplan_analysis.text.regions import gazetteer

ENGLISH_KINDS = ("measure", "basic", "group", "other", "abroad", "nation", "future", "more", "least", "organ", "document",
                 "headline")

HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")


def is_english(text: str) -> bool:
    """Whether a page's text is English (or another language in Latin letters): some hundreds of Latin letters
    and Chinese characters fewer than one in six of them (a Chinese headline or a site's Chinese menus over an
    English story are allowed; a Chinese abstract with its English translation, about one in four, is not)."""
    latin = len(LATIN.findall(text))
    return latin >= 200 and len(HAN.findall(text)) * 6 < latin


@lru_cache(maxsize=4)
def english_words(path: str | Path = ENGLISH_WORDS_FILE) -> dict[str, re.Pattern[str]]:
    """The rows of data/reference/english_words.csv as one pattern per kind (whole words, any case, longest
    first); a row with no word or another kind is an error naming the line."""
    header, rows = numbered_rows(path)
    if header[:2] != ["word", "kind"]:
        raise ValueError(f"{path}: the header must start with word,kind, not {header!r}")
    words: dict[str, list[str]] = {kind: [] for kind in ENGLISH_KINDS}
    for n, row in rows:
        if not row["word"]:
            raise ValueError(f"{path}, line {n}: a row needs its word")
        if row["kind"] not in ENGLISH_KINDS:
            raise ValueError(f"{path}, line {n}: kind {row['kind']!r} is none of {', '.join(ENGLISH_KINDS)}")
        words[row["kind"]].append(row["word"])
    never = re.compile(r"(?!x)x")
    return {kind: re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(set(w), key=len, reverse=True)))
                             + r")(?![\w-])", re.I) if w else never
            for kind, w in words.items()}


YEAR = r"(?:19|20)\d{2}"
VALUE = re.compile(r"(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent\b)", re.I)
POINTS = re.compile(r"^\s*(?:%\s*|per\s?cent\s*)?(?:percentage\s+points?|points?)\b", re.I)
CHANGE_BEFORE = re.compile(r"\b(?:(?<!made )(?<!make )(?<!makes )up|down|increase(?:d)?\s+(?:of|by)|rise\s+of|rose\s+by|by)\s*$", re.I)
CHANGE_AFTER = re.compile(r"^\s*(?:higher|lower|more|less|above|below)\b", re.I)
TARGET_OF = re.compile(r"\b(?:target|goal)\s+of\s*$", re.I)
YEAR_AFTER = re.compile(rf"^[^,;:.!?]{{0,60}}?\b(?:in|by|for)\s+({YEAR})\b", re.I)
YEAR_BEFORE = re.compile(rf"\b(?:in|by)\s+({YEAR})\b|\bthe\s+({YEAR})\s+(?:target|goal)\b", re.I)
BY_YEAR = re.compile(rf"\bby\s+({YEAR})\b", re.I)
PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+)?(?:reached|risen|grown|increased|climbed|hit|stood)(?:\s+(?:to|at))?\s*$",
                          re.I)  # "By 2020, the share had reached X": a share reached by then, no goal (round fifty)
PERIOD_AFTER = re.compile(rf"^[^.;!?]{{0,80}}?\(({YEAR})\s*[-–—]\s*({YEAR})\)")
THIS_YEAR = re.compile(r"^[^,;:.!?]{0,20}?\bthis\s+year\b", re.I)
DATED = re.compile(rf"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                   rf"\s+\d{{1,2}},\s*({YEAR})\b")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
CARRIED = re.compile(rf"^(?:[^,]{{0,60}},\s*)?(?:and\s+)?(?:the\s+(?:percentages?|proportion|{YEAR}\s+(?:target|goal))\b"
                     r"(?!\s+of\b)|it\s+(?:grew|rose|reached|increased|climbed|stood|was)\b)", re.I)  # "In 2020, it grew to …"
# The sentence right after one stating the page's share, naming no measure, whose subject is that share (round sixty):
# its pronoun before a verb of reaching ("It is expected to reach more than 9% this year", "It will exceed 12 percent by
# 2025"), or left out before an opening comparison whose clause after it tells the change ("Compared with 5.14% in
# 2015, an increase of 2.49 percentage points"; "…, it rose by …"). The Chinese reader's …。预计今年将达到9%以上。 and
# 与2015年的5.14%相比，增长… (`_forecasts`, `COMPARED_RISE`) in a translation that split the sentences.
CARRIED_NEXT = re.compile(
    r"^it\s+(?:is|was|will|would|should|may|could)\s+(?:(?:be\s+)?(?:expected|projected|estimated|likely|set|forecast)\s+to\s+)?"
    r"(?:reach|exceed|hit|top|surpass|rise\s+to|grow\s+to|climb\s+to|increase\s+to)\b"
    r"|^compared\s+(?:with|to)\s+(?=\d[\d.]*\s*(?:%|per\s?cent\b)[^,;.]{0,20}?,\s*(?:this\s+(?:is|was|marks|represents)\s+)?"
    r"(?:an?\s+(?:increase|rise|growth|gain|jump)\b|up\b|it\s+(?:rose|grew|increased|climbed|went\s+up)\b))", re.I)
# The nation's average a group's share is compared with ("…4.93 percent, lower than the national average of 8.47 percent",
# "well below a national average of 6.2% in 2015"): on the nation's page (no region), the nation's share, a baseline, as the
# Chinese reader's NATIONAL_AVERAGE reads …远低于10.56%的全国平均水平 (round sixty-four). Its year: one after it, else the last
# the sentence names before it, else none.
NATIONAL_AVERAGE = re.compile(r"\b(?:than|below|above|under|over|with|behind|to|exceeding|trailing)\s+(?:the|a)\s+"
                              r"national\s+average\s+(?:level\s+)?(?:of\s+)?$", re.I)
COMPARISON = re.compile(r"\b(?:higher|lower)\s+than\s*$|\bcompared\s+with\s*$|\bexceeding\s*$", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[a-z0-9]{2}\.)(?=[A-Z][a-z]+\s)|\n+")  # or glued: 2025.The


def unwrapped(text: str) -> str:
    """The text in full-width forms made half-width (NFKC) and with lines a copy wrapped joined again: a line
    ending in no sentence mark runs on where the next opens with a small letter, a number (then a space or %), a bracket or a closing mark, or where
    one space stands at the break (a layout's cut between words; on a page whose lines are mostly indented, a
    line's trailing spaces are no cut); a possessive or a hyphened word's half cut from its word (China / 's, five / -year;
    People' / s, the mark left above: round sixty-five) is glued back."""
    lines = unicodedata.normalize("NFKC", text).split("\n")
    filled = [line for line in lines if line.strip()]
    indented = sum(line[:2].isspace() for line in filled) * 2 > len(filled)  # lines indented: trailing spaces are noise
    out: list[str] = []
    for line in lines:
        if out and re.search(r"[A-Za-z]\s*$", out[-1]) and re.match(r"\s*(?:['’]s\b|-[a-z])", line):
            out[-1] = f"{out[-1].rstrip()}{line.lstrip()}"  # a possessive or a hyphen's word cut (China / 's; five / -year)
        elif out and re.search(r"[A-Za-z]['’]$", out[-1]) and re.match(r"s\b", line):
            out[-1] = f"{out[-1]}{line}"  # a possessive cut after its mark (People' / s Government; round sixty-five)
        elif out and out[-1].strip() and line.strip() and not re.search(r"[.!?;:\"”)]\s*$", out[-1]) and (
                re.match(r"\s*(?:[a-z(%”’),.;:!?]|\d[\d.,]*(?:\s|%))", line) or (not indented and re.search(r"\S $", out[-1]))
                or re.match(r" \S", line)):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def sentences(text: str) -> list[str]:
    """The text's sentences (`unwrapped` first); a piece that starts with a comma or a small letter continues the
    one before (a rendering that broke a sentence with a stray full stop)."""
    out: list[str] = []
    for piece in SENTENCE_END.split(unwrapped(text)):
        piece = piece.strip()
        if not piece:
            continue
        if out and re.match(r"^[,;a-z]", piece):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _kind_year(sentence: str, before: str, after: str, words: dict[str, re.Pattern[str]],
               opening: str) -> tuple[str, int | None]:
    """The kind (target or baseline) and year of one share from the words before it (since the sentence's
    start or the share before) and after it (to the clause's end)."""
    future = bool(words["future"].search(before) or (BY_YEAR.search(opening) and not PAST_PERFECT.search(before)))
    year = None
    if m := YEAR_AFTER.match(after):
        year = int(m.group(1))
    elif THIS_YEAR.match(after) and (d := DATED.search(sentence)):
        year = int(d.group(1))
    else:
        found = [m.group(1) or m.group(2) for m in YEAR_BEFORE.finditer(before)]
        if found:
            year = int(found[-1])
        elif future and (m := BY_YEAR.search(opening)):
            year = int(m.group(1))
    return ("target" if future else "baseline"), year


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """The English (pinyin) names of provinces, municipalities and cities with districts (Jiangsu, Nanjing)."""
    return frozenset(r.pinyin.capitalize() for r in gazetteer().regions.values()
                     if r.level in ("province", "municipality", "city", "prefecture") and len(r.pinyin) >= 5)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The pinyin of every division below the nation (provinces to counties and districts), for an issuer
    written as a place's name alone."""
    return frozenset(r.pinyin.lower() for r in gazetteer().regions.values() if len(r.pinyin) >= 4)


DATELINE = re.compile(r"^[A-Z]{3,}(?:,\s*\w+\.?\s+\d{1,2})?\s*(?:\(\w+\))?\s*(?:--|—|-)\s*")


def english_region(text: str) -> str | None:
    """The region a page in English reports on: a province's or a city's name in its first two lines (its
    headline or lead), a dateline's place (BEIJING --) left out; None for the nation's page."""
    lines = [ln.strip() for ln in unwrapped(text).splitlines() if ln.strip() and LATIN.search(ln)][:2]
    names = _region_names()
    for line in lines:
        for word in re.findall(r"\b[A-Z][a-z]{4,}\b", DATELINE.sub("", line)):
            if word in names:
                return word
    return None


def english_targets(text: str, words: dict[str, re.Pattern[str]] | None = None) -> list[dict]:
    """The shares of citizens with scientific literacy an English page states, as target rows (kind, year,
    value, comparator, quote)."""
    words = words or english_words()
    found: list[dict] = []
    page = sentences(text)
    plain = any(words["measure"].search(words["basic"].sub("", s)) for s in page)
    stated = False  # a share of the measure was stated earlier on the page (a later "the percentage" is it)
    last = False  # the sentence before stated the page's share (the next one may go on with it: CARRIED_NEXT)
    region = english_region(text)  # on a region's page, the nation's shares are not its facts
    if region and not any(region in s and (words["measure"].search(s) or words["basic"].search(s)) for s in page):
        region = None  # a place named only in a caption or a scene (round fifty): the page is not the region's story
    for sentence in page:
        measure = words["measure"]
        names = bool(measure.search(sentence) if plain else (measure.search(sentence) or words["basic"].search(sentence)))
        carried = stated and not names and CARRIED.match(sentence)
        following = last and not names and not carried and CARRIED_NEXT.match(sentence)
        last = False
        if not names and not carried and not following:
            continue
        values = list(VALUE.finditer(sentence))
        if following and following.group(0).lower().startswith("compared"):
            values = values[:1]  # Compared with 5.14% in 2015, an increase of …: the value compared, not the change's
        rows = _sentence_rows(sentence, values, words, bool(carried or following), plain, region)
        if rows:
            stated = last = True
        found.extend(rows)
    dated = {(row["kind"], row["value"]) for row in found if row["year"] is not None}
    seen: set[tuple] = set()
    out = []
    for row in found:
        if row["year"] is None and (row["kind"], row["value"]) in dated:
            continue  # a headline's restatement of a share the body dates: one fact, the dated one
        if (key := (row["kind"], row["year"], row["value"], row["comparator"])) not in seen:
            seen.add(key)
            out.append(row)
    return out


def _sentence_rows(sentence: str, values: list[re.Match[str]], words: dict[str, re.Pattern[str]],
                   carried: bool, plain: bool, region: str | None = None) -> list[dict]:
    """The shares one sentence states (`english_targets`); `carried` where it names the share only as "the
    percentage" after an earlier share, `plain` where the page names the share without "basic", `region` the
    page's region (`english_region`): there a share whose clause names the nation is the nation's."""
    rows: list[dict] = []
    measure = words["measure"]
    opening = sentence[: values[0].start()] if values else sentence
    years = [int(y) for y in re.findall(rf"\b({YEAR})\b", opening)]
    if RESPECTIVELY.search(sentence) and len(values) > 1 and len(years) == len(values):
        # "the percentages for 1993, 1995 … were 2.6 percent, 3.3 percent … respectively": one per year, in order
        if words["group"].search(opening) or words["other"].search(opening):
            return []
        return [{"kind": "baseline", "year": y, "value": float(v.group(1)), "comparator": "=",
                 "quote": sentence[:200]} for y, v in zip(years, values, strict=True)]
    named_before = carried
    start = 0
    span_goal = False  # the share before was a goal's starting point ("aim … from X in 2015 to Y in 2020")
    for n, value in enumerate(values):
        before = sentence[start: value.start()]
        end = values[n + 1].start() if n + 1 < len(values) else len(sentence)
        after = sentence[value.end(): end]
        clause_after = re.split(r"[,;:.!?]|\s(?:and|while|but|whereas)\s", after, maxsplit=1)[0]
        start = value.end()
        if POINTS.match(sentence[value.start() + len(value.group(1)):]) or CHANGE_BEFORE.search(before) \
                or CHANGE_AFTER.match(after):
            continue  # a change, not a share
        clause_before = re.split(r"[,;:]", before)[-1]  # the share's own clause
        if region is None and NATIONAL_AVERAGE.search(before) and words["group"].search(sentence[: value.start()]):
            # a group's share compared with the nation's average, on the nation's page: the average is the nation's share
            year = int(m.group(1)) if (m := YEAR_AFTER.match(after)) else next(
                (int(y) for y in reversed(re.findall(rf"\b({YEAR})\b", sentence[: value.start()]))), None)
            rows.append({"kind": "baseline", "year": year, "value": float(value.group(1)), "comparator": "=",
                         "quote": sentence[:200]})
            named_before = False
            continue
        if words["group"].search(before) or words["group"].search(after[:25]) \
                or words["abroad"].search(sentence[: value.start()]) or words["abroad"].search(clause_after) \
                or words["other"].search(clause_before) or words["other"].search(clause_after) \
                or (plain and (words["basic"].search(clause_before) or _basic_last(before, words))) \
                or (region and (words["nation"].search(clause_before) or words["nation"].search(clause_after))):
            named_before = False
            continue  # a group's share, another measure's, another's
        named = bool(measure.search(before) or measure.search(clause_after)
                     or words["basic"].search(before) or words["basic"].search(clause_after)) or named_before
        if not named:
            continue
        named_before = True
        number = float(value.group(1))
        if TARGET_OF.search(before):  # "exceeding the target of 10 percent set in the … Plan (2016-2020)"
            period = PERIOD_AFTER.match(after)
            rows.append({"kind": "target", "year": int(period.group(2)) if period else None, "value": number,
                         "comparator": "=", "quote": sentence[:200]})
            continue
        reaching = span_goal and re.match(rf"^\s*(?:in\s+{YEAR}\s*)?,?\s*to\s", before, re.I)
        span_goal = False
        if n and (m := YEAR_AFTER.match(before)):  # the year the share before was of is not this one's
            before = before[m.end():]
        kind, year = _kind_year(sentence, before, after, words, sentence[: value.start()])
        if kind == "target" and re.search(r"\bfrom\s*$", before, re.I) and n + 1 < len(values) and re.match(
                rf"^\s*(?:in\s+{YEAR}\s*)?,?\s*to\s", after, re.I):
            kind, span_goal = "baseline", True  # a goal's starting point: the share reached
            if not YEAR_AFTER.match(after):
                year = None
        elif reaching:
            kind = "target"  # … to Y in 2020: the goal of the same sentence
        tail = before[-30:]
        comparator = "="
        if kind == "target" or not COMPARISON.search(tail):
            if re.search(r"(?:" + words["more"].pattern + r")\s*$", tail, re.I):
                comparator = ">"
            elif re.search(r"(?:" + words["least"].pattern + r")\s*$", tail, re.I) \
                    or re.match(r"^\s*(?:or\s+(?:more|above))\b", after, re.I):
                comparator = ">="
        if kind == "baseline" and comparator != "=" and not re.search(r"\b(?:over|more\s+than)\s*$", tail, re.I):
            comparator = "="  # a reached share "exceeding" something is the share itself
        rows.append({"kind": kind, "year": year, "value": number, "comparator": comparator, "quote": sentence[:200]})
    return rows


def _basic_last(before: str, words: dict[str, re.Pattern[str]]) -> bool:
    """Whether the last words naming a share before a value (since the share before) name the "basic" one: a
    population "having basic scientific literacy", touching 44 percent (round fifty: holdout52's set-apart share
    named in a clause before the value's own)."""
    basic = [m.end() for m in words["basic"].finditer(before)]
    plain = [m.end() for m in words["measure"].finditer(words["basic"].sub(lambda m: " " * len(m.group()), before))]
    return bool(basic) and max(basic) > max(plain, default=-1)


# --- front matter ---------------------------------------------------------------------------------------------

SMALL = {"of", "the", "for", "on", "and", "in", "to", "a", "an", "with", "at", "by", "all", "from"}
QUOTED = re.compile(r"[“\"]([^”\"]{8,250})[”\"]")
TITLED = re.compile(r"\btitled\s+[“\"]?([A-Z][^,;”\"]{8,250}?)[”\"]?(?=[,;]|\.\s|\.$)")
ISSUE_VERB = r"(?:jointly\s+)?(?:issued|released|unveiled)"
BY_ORGAN = re.compile(rf"\b{ISSUE_VERB}\s+by\s+(?:the\s+)?([A-Z][^,;.]*?)(?=\s*(?:,|;|\.|\bon\b|\bin\b|\bto\b|$))")
ORGAN_ISSUED = re.compile(rf"(?:^|[,;:]\s*)(?:the\s+)?([A-Z][^,;:]*?)\s+(?:has\s+|have\s+)?{ISSUE_VERB}\s+(.*)$", re.I)
FROM_TO = re.compile(rf"\bfrom\s+({YEAR})\s+to\s+({YEAR})\b", re.I)
SPAN_AFTER = re.compile(rf"\(({YEAR})\s*[-–—]\s*({YEAR})\)")
DASHED = re.compile(r"^[^\n]{0,80}?(?:--|—)\s*(?=[A-Z])")  # a dateline (BEIJING, March 14 (Xinhua) --)
APPOSITIVE = re.compile(rf",\s+(?:the|its)\s+[a-z][a-z' ]{{2,30}},\s+(?=(?:has\s+|have\s+)?{ISSUE_VERB}\b)")
TITLE_YEARS = re.compile(rf"\(?\s*({YEAR})\s*(?:[-–—]+\s*{YEAR}\s*)*[-–—]+\s*({YEAR})\s*\)?\s*$")


def _organ(name: str, words: dict[str, re.Pattern[str]]) -> str | None:
    """The issuing body's name as shown (without a leading "the"), if every body it joins with "and" ends in an
    organ's word (with "of …" after it) and its words are a name's (capitals, small words)."""
    name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I).strip()
    parts: list[str] = []
    for piece in re.split(r"\s+and\s+(?:the\s+)?", name):  # "Science and Technology" stays in its body's name
        if parts and not words["organ"].search(piece):
            parts[-1] = f"{parts[-1]} and {piece}"
        else:
            parts.append(piece)
    if re.match(r"(?:On|In|At|By|For|With|From|Last|This|Recently|Earlier)\b", name) or re.search(
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
            r"July|August|September|October|November|December)\b", name):
        return None  # a time or a place before the body: no name of one
    if re.fullmatch(r"[A-Z][a-z]{3,}", name) and name.lower() in _place_names():
        return name  # a place written alone as the issuer (Pingtan issued the … plan): its government
    for part in parts:
        tokens = part.split()
        if not tokens or len(tokens) > 14:
            return None
        if any(not (t[0].isupper() or t.lower() in SMALL) for t in tokens):
            return None
        if not words["organ"].search(part):
            return None
    return name


GLOSS = r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)"  # a converting site's phonetic gloss: 年(nián)
GLUED_DATE = re.compile(rf"^(?:[^A-Za-z(]|{GLOSS}|\()*[\u3007\u4e00-\u9fff](?:[^A-Za-z(]|{GLOSS})*")


def _title_line(text: str, words: dict[str, re.Pattern[str]]) -> str | None:
    """A title line among the page's first fifteen lines: title case, naming a document, no sentence."""
    for line in [ln.strip() for ln in unwrapped(text).splitlines() if ln.strip()][:15]:
        line = GLUED_DATE.sub("", line)  # a Chinese date glued before it (glossed or not)
        tokens = re.findall(r"[A-Za-z][\w’'-]*", line)
        if not 4 <= len(tokens) <= 40 or line.endswith((".", ":")) or re.search(r"[.!?]\s", line):
            continue
        big = [t for t in tokens if t.lower() not in SMALL]
        if not big or sum(t[0].isupper() for t in big) < len(big) or words["headline"].search(line):
            continue  # not title case, or a headline's verb (Unveils, Released, Plan to …)
        head = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", line)  # the title without its bracketed years
        last = re.findall(r"[A-Za-z]+", head)[-1:]
        leading = re.match(r"^(?:\S+\s+){0,2}?(\S+)\s+(?:on|for|of|about)\b", head)
        if (last and words["document"].fullmatch(last[0])) or (leading and words["document"].fullmatch(leading.group(1))):
            return line  # Implementation Opinions on …, … Action Plan (2021-2025)
    return None


def _period(title: str | None) -> tuple[int, int] | None:
    if title and (m := TITLE_YEARS.search(title)):
        start, end = int(m.group(1)), int(m.group(2))
        if start < end:
            return start, end
    return None


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December")
MONTH = "|".join(MONTHS)
# A date as English writes it: August 4, 2022 or 30 September 2006 (round sixty-three).
EN_DATE = re.compile(rf"\b(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{YEAR})"
                     rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH}),?\s+(?P<year2>{YEAR}))\b")
# A document number an English copy of a Chinese notice gives on a line of its own under its title: the organ's
# abbreviation in pinyin, the year in brackets, No. and the serial (Guoke Facai [2022] No. 212: 国科发才〔2022〕212号).
PINYIN_NUMBER_LINE = re.compile(rf"^\(?\s*((?:[A-Z][a-z]+\s?){{1,4}}\s*[\[(〔【]\s*{YEAR}\s*[\])〕】]\s*No\.\s*\d{{1,4}})\s*\)?$")
NUMBER_LINES = 8  # the number stands among the page's first lines, under the notice's title
# A government's order that promulgates a law or rule (People's Government Order No. 222, Liaoning Provincial Government
# order No. 259: 省人民政府令第222号), the words naming the government before it.
ORDER_NUMBER = re.compile(r"((?:[A-Z][\w'’]*\s+){0,5}(?:Government|Council|Ministry|Commission|Bureau)\s+"
                          r"(?:[Oo]rder|[Dd]ecree)\s+No\.\s*\d{1,4})")
# A law database's note of promulgation: a passage in brackets opening a line among the text's first lines, before the
# first article ((Act No. 222 of the People's Government Order No. 222 of 30 September 2006 …, which came into force on
# 1 December 2006)); its number is the order's, its date the one right after the order (of 30 September 2006, on …) or after
# a verb of publishing (published since …, promulgated on …) — never a meeting's (adopted at the meeting on …) or the
# day it comes into force.
NOTE_LINES = 15
# What may stand right before the order's name in a note: its start, a bracket or mark, or a word joining it to the
# sentence (of the, by, under …); a fragment of a word (ple's, s) is a name a layout cut, read none (round sixty-five).
ORDER_OPENS = re.compile(r"(?:^|[(\[,;:]\s*|\b(?:of|the|by|under|per|in|with|and|via|from|to|is|was|as)\s+)$",
                         re.I)
NOTE = re.compile(r"^\s*\(([^()]{20,600})\)")
DATE_OPENS = rf"(?=(?:{MONTH})\s+\d|\d{{1,2}}\s+(?:{MONTH}))"
PUBLISHED_ON = rf"\b(?:published|promulgated|issued|announced)\s+(?:since\s+|on\s+|as\s+of\s+)?{DATE_OPENS}"
PROMULGATED_ON = re.compile(rf"\s*(?:of|on)\s+{DATE_OPENS}|{PUBLISHED_ON}", re.I)
# (a verb of publishing after the order first: a meeting's "on 2 March" before it is no issue date; round sixty-five)
PUBLISHED = re.compile(PUBLISHED_ON, re.I)
# A law database's field of promulgation (Promulgation date: 2006-09-30, Date of Issue: September 30, 2006).
PROMULGATION_FIELD = re.compile(r"\b(?:promulgation|issuing|issue|release)\s+date|\bdate\s+of\s+(?:promulgation|issue|issuance)",
                                re.I)
ISO_EN_DATE = re.compile(rf"\b({YEAR})[-/.](\d{{1,2}})[-/.](\d{{1,2}})\b")
SIGNER_LINES = 6  # a notice signed jointly: at most this many bodies a line each over its date


def english_date(match: re.Match[str]) -> str | None:
    """YYYY-MM-DD from an EN_DATE match, None when it is no calendar date."""
    month = match.group("month") or match.group("month2")
    day, year = int(match.group("day") or match.group("day2")), int(match.group("year") or match.group("year2"))
    return f"{year:04d}-{MONTHS.index(month.capitalize()) + 1:02d}-{day:02d}" if 1 <= day <= 31 else None


def _note(lines: list[str]) -> tuple[str | None, str | None] | None:
    """(number, date) of the first note of promulgation naming an order among `lines`, before the articles open;
    (None, None) where the order's name is cut inside a word (…Peo ple's Government Order, …People' s Government Order:
    a part of the name is no number; round sixty-five); None where no note names an order."""
    for line in lines:
        if re.match(r"(?:Article|Chapter)\s+(?:1|I|One)\b", line):
            return None  # the articles open: a bracket after this is no note of promulgation
        if (note := NOTE.match(line)) and (order := ORDER_NUMBER.search(note.group(1))):
            inside = note.group(1)
            if not ORDER_OPENS.search(inside[: order.start()]):
                return None, None
            when = (PROMULGATED_ON.match(inside, order.end()) or PUBLISHED.search(inside, order.end())
                    or PUBLISHED.search(inside))
            date = EN_DATE.match(inside, when.end()) if when else None
            return order.group(1), english_date(date) if date else None
    return None


def english_record(text: str, words: dict[str, re.Pattern[str]] | None = None) -> dict[str, object]:
    """The document number, issue date and signing bodies an English copy of a notice or a law database's page
    shows (round sixty-three), each only where found: a pinyin number on a line of its own under the title
    (PINYIN_NUMBER_LINE); a law's note of promulgation (NOTE: its government's order number and the date of the order or
    of its publishing); a field of promulgation (PROMULGATION_FIELD); a signature of bodies a line each (each an organ's
    name, `_organ`) over a line that is a date alone (the issuer, the bodies joined with commas, and its date)."""
    words = words or english_words()
    found: dict[str, object] = {}
    lines = [ln.strip() for ln in unicodedata.normalize("NFKC", text).splitlines() if ln.strip()]
    for line in lines[:NUMBER_LINES]:
        if m := PINYIN_NUMBER_LINE.match(line):
            found["doc_number"] = re.sub(r"\s+", " ", m.group(1))
            break
    # a note cut over lines (a PDF's or a copy's width) is read over the lines `unwrapped` joins again, where the lines as
    # written show none whole (round sixty-five)
    for candidates in (lines, [ln.strip() for ln in unwrapped(text).splitlines() if ln.strip()]):
        if (note := _note(candidates[:NOTE_LINES])) is not None:
            number, issued = note
            if number:
                found.setdefault("doc_number", number)
            if issued:
                found["issue_date"] = issued
            break
    for line in lines:
        if "issue_date" in found:
            break
        if (field := PROMULGATION_FIELD.search(line)) and re.match(r"\s*[:：]\s*", line[field.end():]):
            rest = line[field.end():]
            if (date := EN_DATE.search(rest[:40])) and (value := english_date(date)):
                found["issue_date"] = value
            elif (iso := ISO_EN_DATE.search(rest[:20])) and 1 <= int(iso.group(2)) <= 12 and 1 <= int(iso.group(3)) <= 31:
                found["issue_date"] = f"{iso.group(1)}-{int(iso.group(2)):02d}-{int(iso.group(3)):02d}"
    for n, line in enumerate(lines):
        date = EN_DATE.fullmatch(line)
        if date is None or n == 0:
            continue
        signers: list[str] = []
        while len(signers) < SIGNER_LINES and n - len(signers) - 1 >= 0 and (
                organ := _organ(lines[n - len(signers) - 1], words)) and ":" not in lines[n - len(signers) - 1]:
            signers.insert(0, organ)
        if signers and (value := english_date(date)):
            found.setdefault("issue_date", value)
            found["signers"] = ", ".join(signers)
            break
    return found


def english_meta(text: str, words: dict[str, re.Pattern[str]] | None = None) -> dict[str, object]:
    """The title, issuer and period an English page states (each only where found): see the module's note."""
    words = words or english_words()
    found: dict[str, object] = {}
    for sentence in sentences(text):
        issued = re.search(rf"\b{ISSUE_VERB}\b", sentence, re.I)
        if not issued and "titled" not in sentence:
            continue
        if "title" not in found and (m := TITLED.search(sentence)) and words["document"].search(m.group(1)):
            found["title"] = m.group(1).strip()
        if issued and "title" not in found:
            rest = sentence[issued.end():]
            if (q := QUOTED.match(rest.strip().removeprefix("the ").strip())) and words["document"].search(q.group(1)):
                found["title"] = q.group(1).strip()
        if "issuer" not in found:
            organ = None
            if (m := BY_ORGAN.search(sentence)) and words["document"].search(sentence[: m.start()]):
                organ = _organ(m.group(1), words)
            if organ is None and (m := ORGAN_ISSUED.search(APPOSITIVE.sub(" ", DASHED.sub("", sentence)))) and words["document"].search(
                    m.group(2)[:80]) and not re.match(r"by\b", m.group(2)):
                # the subject, or its end from a capital "The" on (a menu's words run into the lead before it)
                starts = [0, *(t.start() for t in re.finditer(r"(?<=\s)The\s", m.group(1)))]
                organ = next((o for o in (_organ(m.group(1)[i:], words) for i in starts) if o), None)
            if organ:
                found["issuer"] = organ
                span = FROM_TO.search(sentence) or SPAN_AFTER.search(sentence[issued.end():] if issued else "")
                if span and int(span.group(1)) < int(span.group(2)):  # from 2021 to 2035; … period (2016-2020)
                    found["period"] = (int(span.group(1)), int(span.group(2)))
    if "title" not in found and (line := _title_line(text, words)):
        found["title"] = line
    if period := _period(found.get("title")):  # the title's own years
        found["period"] = period
    return found
