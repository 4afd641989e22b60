"""Generate data/reference/divisions.csv and division_changes.csv, the administrative-division
table that `add` reads a plan's region from.

Source: the national division codes and the list of division changes (撤县设区, renames, moves
between prefectures) that JioNLP ships (`jionlp/dictionary/china_location.zip` and
`china_location_change.txt`, PyPI package `jionlp`, Apache-2.0); pinyin from `pypinyin`. Both
are only needed here: `pip install -e ".[gazetteer]"`, then `python scripts/make_divisions.py`.
The package's data files are read directly (jionlp is not imported: its import loads models).

The tables keep the province, prefecture and county levels (towns are left out), without Hong
Kong, Macao and Taiwan, whose plans are not of this kind, and without the functional zones that
carry statistical codes (开发区, 工业园区: county codes 71-79), which are not divisions.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.metadata
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

from pypinyin import lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "data" / "reference"
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
LEFT_OUT = ("71", "81", "82")  # Taiwan, Hong Kong, Macao
COUNTY_SUFFIXES = ("区", "县", "市", "旗")  # 林区 and 特区 end in 区 too
ENGLISH = (  # suffix → English kind, longest first
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("自治州", "Autonomous Prefecture"),
    ("自治区", "Autonomous Region"), ("林区", "Forestry District"), ("特区", "Special District"),
    ("地区", "Prefecture"), ("县", "County"), ("区", "District"), ("旗", "Banner"), ("盟", "League"),
    ("省", "Province"), ("市", "City"),
)


def package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{package} is not installed: pip install -e '.[gazetteer]'")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


def stem(short: str) -> str:
    """JioNLP's short name without a kind left on it (兴安盟 → 兴安, 六枝特 → 六枝, 吉林市 → 吉林)."""
    for suffix in ("市", "盟", "特"):
        if short.endswith(suffix) and len(short) > 2:
            return short[:-1]
    return short


def pinyin(short: str) -> str:
    """Lower-case ASCII pinyin of a name's stem (长安 → changan)."""
    return "".join(lazy_pinyin(stem(short))).replace("'", "").lower()


def english(name: str, level: str, py: str) -> str:
    """An English name in the manifest's style: Lezhi County, Chongqing Municipality."""
    word = py.capitalize()
    if level == "municipality":
        return f"{word} Municipality"
    kind = next((en for suffix, en in ENGLISH if name.endswith(suffix)), "")
    return f"{word} {kind}".strip()


def level_of(name: str, depth: int, code: str) -> str | None:
    """The manifest's admin_level of a division, or None for placeholders (省直辖行政区划)."""
    if depth == 0:
        return "municipality" if code in MUNICIPALITIES else "province"
    if depth == 1:
        if name.endswith("市"):
            return "city"
        return "prefecture" if name.endswith(("自治州", "地区", "盟")) else None
    if not name.endswith(COUNTY_SUFFIXES) or "直辖" in name:
        return None
    if name.endswith(("林区", "特区")) or name.endswith(("县", "旗")):
        return "county"
    return "district" if name.endswith("区") else "county_city"


def divisions(source: Path) -> list[dict[str, str]]:
    """Province, prefecture and county rows of JioNLP's tree, each with its parent."""
    with zipfile.ZipFile(source) as archive:
        text = archive.read("china_location.txt").decode("utf-8")
    rows: list[dict[str, str]] = []
    chain: list[dict[str, str] | None] = [None, None]
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        if depth > 2 or len(fields) < 3 or not fields[1].isdigit():
            continue
        name, code, short = fields[0], fields[1], fields[2]
        if code.startswith(LEFT_OUT) or (depth == 2 and code[4] == "7"):
            continue  # functional zones (x71-x79: 开发区, 工业园区) are not divisions
        level = level_of(name, depth, code)
        if depth == 1 and (level is None or code == chain[0]["code"]):
            chain[1] = None  # the municipality's own city line, or 省直辖行政区划
            continue
        if level is None:
            continue
        row = {"code": code, "name": name, "short": short, "level": level}
        if depth == 0:
            row.update(province=name, parent="", parent_code="")
            chain = [row, None]
        else:
            parent = chain[1] if depth == 2 and chain[1] else chain[0]
            row.update(province=chain[0]["name"], parent=parent["name"], parent_code=parent["code"])
            if depth == 1:
                chain[1] = row
        row["pinyin"] = pinyin(short)
        rows.append(row)
    by_code = {r["code"]: r for r in rows}
    for row in rows:
        full_en = english(row["name"], row["level"], row["pinyin"])
        if row["level"] == "district":  # as the manifest writes it: "Jinjiang District, Chengdu"
            full_en += f", {by_code[row['parent_code']]['pinyin'].capitalize()}"
        row["name_en"] = full_en
    return rows


def changes(source: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """County- and prefecture-level changes: the former name and parent, and the current row."""
    current = {(r["province"], r["parent"], r["name"]): r for r in rows}
    out: list[dict[str, str]] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        before, after = line.split("=>")
        old, new = before.split("\t"), after.split("\t")
        date, old_names = old[0], old[2::2]  # province, prefecture[, county] (aliases between)
        row = current.get((new[0], new[-2], new[-1])) if len(new) > 1 else None
        if row is None or len(old_names) != len(new):
            continue  # a region since merged away or renamed again: a later line gives it
        former, former_parent = old_names[-1], old_names[-2]
        if (former, former_parent) == (row["name"], row["parent"]):
            continue
        out.append({"date": date, "former_name": former, "former_parent": former_parent,
                    "code": row["code"], "name": row["name"], "parent": row["parent"]})
    return out


def write(path: Path, header: list[str], rows: list[dict[str, str]], note: str) -> None:
    buffer = io.StringIO()
    buffer.write(note)
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{path}: {len(rows)} rows")


def main() -> None:
    version = importlib.metadata.version("jionlp")
    py_version = importlib.metadata.version("pypinyin")
    zipped = package_file("jionlp", "dictionary", "china_location.zip")
    change_file = package_file("jionlp", "dictionary", "china_location_change.txt")
    rows = divisions(zipped)
    stamp = (f"# Generated by scripts/make_divisions.py on {dt.date.today()} from jionlp {version}\n"
             f"# (dictionary/china_location.zip, national division codes) and pypinyin {py_version}.\n"
             "# Regenerate rather than edit; a hand fix (a pinyin, an English name) needs a comment line.\n")
    header = ["code", "name", "short", "level", "province", "parent", "parent_code", "pinyin", "name_en"]
    write(OUT / "divisions.csv", header, rows, stamp)
    change_stamp = stamp.replace("china_location.zip, national division codes",
                                 "china_location_change.txt, changes since 2002")
    write(OUT / "division_changes.csv",
          ["date", "former_name", "former_parent", "code", "name", "parent"],
          changes(change_file, rows), change_stamp)


if __name__ == "__main__":
    main()
