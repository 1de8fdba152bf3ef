"""Pass rate of policydata.find_quantities on the Microsoft Recognizers-Text Chinese spec files.

Run on purpose only (not part of the test suite; the spec files are not in this repository)::

    python benchmarks/recognizers_text_eval.py PATH [--failures MODEL] [--limit N]

PATH is a checkout or copy of https://github.com/microsoft/Recognizers-Text: a work tree
(``PATH/Specs/Number/Chinese/NumberModel.json`` ...) or a bare git mirror (read with
``git show HEAD:...``). Four models are scored (issue 12): NumberModel, PercentModel
(Specs/Number/Chinese) and DimensionModel, CurrencyModel (Specs/NumberWithUnit/Chinese).
Cases the spec marks as not supported by the .NET reference implementation are left out.

How a case is judged (values and spans):

- our quantities of the model's kind are taken: every quantity for NumberModel, unit % or
  个百分点 for PercentModel, a currency unit for CurrencyModel, a unit of measure for
  DimensionModel (the kinds are the tables below);
- each expected result must be matched by one of ours, one to one, whose span contains the
  expected span (ours may add a qualifier or, for NumberModel, the unit: 超过250m, 199个)
  and whose value equals the expected value (signed; a fraction read as percent by us,
  五分之一 -> 20 %, is compared as 0.2 in NumberModel; a unit with a decimal prefix,
  三千比特 -> 3 Kilobit, may be given in the base unit);
- none of ours of the model's kind may be left over (a spurious number fails the case).

The pass rate is the share of cases passing. ``--failures MODEL`` lists the failing cases.
"""
from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from policydata.recognize.quantities import find_quantities

MODELS = {
    "NumberModel": "Specs/Number/Chinese/NumberModel.json",
    "PercentModel": "Specs/Number/Chinese/PercentModel.json",
    "DimensionModel": "Specs/NumberWithUnit/Chinese/DimensionModel.json",
    "CurrencyModel": "Specs/NumberWithUnit/Chinese/CurrencyModel.json",
}
PERCENT_UNITS = {"%", "个百分点"}
CURRENCY_UNITS = {"元", "美元", "欧元", "港元", "日元", "英镑", "人民币", "块", "角", "毛", "分",
                  "美分", "台币", "瑞士法郎", "奈拉", "美圆", "比特币", "$", "￥"}
# Units that are counts (measure words) or time, not dimensions.
NOT_DIMENSION = {"个", "家", "人", "人次", "例", "名", "户", "项", "件", "部", "次", "条", "款", "支",
                 "所", "座", "张", "台", "套", "只", "头", "匹", "辆", "艘", "架", "处", "份", "篇",
                 "期", "轮", "场", "种", "类", "株", "棵", "笔", "块", "层", "栋", "间", "床", "口",
                 "节", "批", "倍", "点", "岁", "周岁", "年", "个月", "周", "天", "小时", "分钟", "秒",
                 "双", "对", "打"}
DECIMAL_PREFIXES = {"Kilo": 1e3, "Mega": 1e6, "Giga": 1e9}


def load_spec(root: Path, rel: str) -> list[dict]:
    path = root / rel
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8-sig"))
    out = subprocess.run(["git", "--git-dir", str(root), "show", f"HEAD:{rel}"],
                         capture_output=True, check=True)
    return json.loads(out.stdout.decode("utf-8-sig"))


def unsupported(case: dict) -> bool:
    return "dotnet" in (case.get("NotSupported") or "") or bool(case.get("NotSupportedByDesign"))


def of_kind(model: str, q) -> bool:
    if model == "NumberModel":
        return True
    if model == "PercentModel":
        return q.unit in PERCENT_UNITS
    if model == "CurrencyModel":
        return q.unit in CURRENCY_UNITS
    return bool(q.unit) and q.unit not in PERCENT_UNITS | CURRENCY_UNITS | NOT_DIMENSION


def expected_values(model: str, res: dict) -> list[float] | None:
    raw = (res.get("Resolution") or {}).get("value")
    if raw is None:
        return None
    v = float(str(raw).rstrip("%"))
    values = [v]
    unit = (res.get("Resolution") or {}).get("unit") or ""
    for prefix, factor in DECIMAL_PREFIXES.items():
        if unit.startswith(prefix):
            values.append(v * factor)
    return values


def our_values(model: str, q) -> list[float]:
    v = q.signed_value
    if q.value_max is not None:
        return []
    if model == "NumberModel" and q.is_fraction and q.unit == "%":
        return [v, v / 100]
    return [v]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def judge(model: str, case: dict) -> bool:
    text = case["Input"]
    ours = [q for q in find_quantities(text) if of_kind(model, q)]
    used: set[int] = set()
    for res in case.get("Results") or []:
        start, end = res["Start"], res["End"] + 1
        want = expected_values(model, res)
        hit = None
        for i, q in enumerate(ours):
            if i in used or not (q.start <= start and end <= q.end):
                continue
            if want is None or any(close(w, o) for w in want for o in our_values(model, q)):
                hit = i
                break
        if hit is None:
            return False
        used.add(hit)
    return len(used) == len(ours)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="Recognizers-Text work tree or bare git mirror")
    ap.add_argument("--failures", choices=sorted(MODELS), help="list this model's failing cases")
    ap.add_argument("--limit", type=int, default=400, help="failing cases listed at most")
    args = ap.parse_args()
    total_pass = total = 0
    for model, rel in MODELS.items():
        cases = [c for c in load_spec(args.path, rel) if not unsupported(c)]
        failed = [c for c in cases if not judge(model, c)]
        passed = len(cases) - len(failed)
        total_pass += passed
        total += len(cases)
        print(f"{model:15s} {passed:4d}/{len(cases):4d} = {passed / len(cases):6.1%}")
        if args.failures == model:
            for c in failed[:args.limit]:
                got = [(q.text, q.signed_value, q.value_max, q.unit) for q in find_quantities(c["Input"])]
                want = [(r["Text"], (r.get("Resolution") or {}).get("value")) for r in c.get("Results") or []]
                print(f"  FAIL {c['Input'][:60]!r}\n       want {want}\n       got  {got}")
    print(f"{'all':15s} {total_pass:4d}/{total:4d} = {total_pass / total:6.1%}")


if __name__ == "__main__":
    main()
