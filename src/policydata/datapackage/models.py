"""Pydantic row models: the single source of the five table schemas.

Each model is one table. Field descriptions carry the Chinese term and an English
explanation; types, enums, patterns and bounds become Table Schema constraints through
:func:`table_schema`, and ``schemas/<table>.json`` are generated from here
(``tests/test_models.py`` keeps the committed files equal to the generated ones).

>>> sorted(TABLES)
['documents', 'measures', 'regions', 'statistics', 'targets']
>>> table_schema(Regions)["primaryKey"]
['region_id']
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any, ClassVar, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..vocab import (Comparator, Direction, Instrument, Level, PolicyArea, Qualifier, StatKind,
                     Status)

DOCUMENT_ID = r"^[a-z0-9][a-z0-9-]*$"
ROW_ID = r"^[a-z0-9][a-z0-9-]*$"
REGION_ID = r"^(CN|[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?|[a-z][a-z0-9-]*)$"
#: A |-separated list of region ids (regions.members).
MEMBERS = r"^(CN|[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?|[a-z][a-z0-9-]*)(\|(CN|[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?|[a-z][a-z0-9-]*))*$"
#: A |-separated list of rule names (decided_by): short, stable snake_case names, no free text.
RULES = r"^[a-z][a-z0-9_]*(\|[a-z][a-z0-9_]*)*$"
PERIOD = r"^[0-9]{4}((Q[1-4])|(-[0-9]{2}))?(/[0-9]{4}((Q[1-4])|(-[0-9]{2}))?)?$"

#: Comparative Agendas Project major topic codes, keyed by label.
CAP_CODES: dict[str, int] = {
    "Macroeconomics": 1, "Civil Rights": 2, "Health": 3, "Agriculture": 4, "Labor": 5,
    "Education": 6, "Environment": 7, "Energy": 8, "Immigration": 9, "Transportation": 10,
    "Law and Crime": 12, "Social Welfare": 13, "Housing": 14, "Domestic Commerce": 15,
    "Defense": 16, "Technology": 17, "Foreign Trade": 18, "International Affairs": 19,
    "Government Operations": 20, "Public Lands": 21, "Culture": 23, "Other": 0,
}


def col(zh: str, en: str, **kwargs: Any) -> Any:
    """A column: ``zh`` is the Chinese term, ``en`` the English explanation."""
    return Field(description=f"{zh} — {en}", **kwargs)


class Row(BaseModel):
    """Base of the table rows: strict columns; table metadata as class variables."""

    model_config = ConfigDict(extra="forbid")
    table: ClassVar[str]
    table_title: ClassVar[str]
    primary_key: ClassVar[str]
    #: (column, referenced table, referenced column)
    foreign_keys: ClassVar[tuple[tuple[str, str, str], ...]] = ()


class Documents(Row):
    """One row per article: a newspaper page holds several, a report is one."""

    table: ClassVar[str] = "documents"
    table_title: ClassVar[str] = "Documents"
    primary_key: ClassVar[str] = "document_id"
    foreign_keys: ClassVar[tuple] = (("region_id", "regions", "region_id"),)

    document_id: str = col("文档编号", "Stable id: source file stem and article number.", pattern=DOCUMENT_ID)
    source_file: str = col("来源文件", "File name of the source in seeds/ (or as given to parse).")
    source_sha256: str = col("来源哈希", "SHA-256 of the raw source file bytes.", pattern=r"^[0-9a-f]{64}$")
    article_index: int = col("篇序", "Position of the article in its source file, from 1.", ge=1)
    title: str = col("标题", "Main headline of the article, or the title line of a report.")
    byline: Optional[str] = col("署名", "Reporter byline, e.g. 记者 王皇 济南报道.", default=None)
    attribution: Optional[str] = col("来源说明", "Source line, e.g. 据新华社.", default=None)
    captions: Optional[str] = col("图片说明", "Photo captions printed with the article, one per line, credit lines included; on a newspaper page their sentences also end text.", default=None)
    issuer: Optional[str] = col("发布机构", "Body that issued or published the document.", default=None)
    region_id: str = col("适用地区", "Region the document is about (regions.region_id).", pattern=REGION_ID)
    date: Optional[dt.date] = col(
        "日期", "Publication date (ISO 8601), empty when unknown: the date given (sources.csv, --date), else the "
        "date printed with the article (a web page's 发布时间, a newspaper page's masthead date, a signature's date).",
        default=None)
    url: Optional[str] = col("网址", "Where the source was published, when known.", default=None)
    text: str = col("正文", "Reconstructed article text (on a newspaper page: title line, body, caption sentences); all offsets in other tables index into it.")
    char_count: int = col("字数", "Number of code points in text.", ge=0)


class Measures(Row):
    """One row per policy action announced: an actor commits to do something."""

    table: ClassVar[str] = "measures"
    table_title: ClassVar[str] = "Measures"
    primary_key: ClassVar[str] = "measure_id"
    foreign_keys: ClassVar[tuple] = (("document_id", "documents", "document_id"),
                                     ("region_id", "regions", "region_id"))

    measure_id: str = col("措施编号", "Stable id of the measure.", pattern=ROW_ID)
    document_id: str = col("文档编号", "Document the measure is announced in.", pattern=DOCUMENT_ID)
    seq: int = col("序号", "Order of the measure in its document, from 1.", ge=1)
    actor: Optional[str] = col("主体", "Body that commits, full normalized name, e.g. 工业和信息化部.", default=None)
    region_id: str = col("适用地区", "Where the measure applies (regions.region_id).", pattern=REGION_ID)
    action: Optional[str] = col("动作", "Lead verb of the measure, e.g. 实施, 制定, 支持.", default=None)
    text: str = col("措施内容", "The measure clause.")
    status: Status = col(
        "状态", "planned: a commitment (将/要, plans, opinions); reported: an action the text reports as done (工作回顾).")
    instrument: Instrument = col("政策工具", "Policy instrument, controlled vocabulary.")
    policy_area: int = col("政策领域代码", "Comparative Agendas Project major topic code (0 = other).", ge=0, le=23)
    policy_area_label: PolicyArea = col("政策领域", "Comparative Agendas Project major topic label.")
    named_policy: Optional[str] = col("政策名称", "Named policy, law or program, e.g. 《保障中小企业款项支付条例》.", default=None)
    framework: Optional[str] = col("规划框架", "Plan or framework the measure belongs to, e.g. 十五五.", default=None)
    quote: str = col("原文", "Exact source text: documents.text[char_start:char_end].")
    char_start: int = col("起始位置", "Start offset of quote in documents.text (code points).", ge=0)
    char_end: int = col("结束位置", "End offset (exclusive) of quote in documents.text.", ge=1)
    decided_by: Optional[str] = col(
        "判定规则", "The named rules, separated by |, that decided the row: the rule that made the clause a measure "
        "(lead_verb, clause_model, …; empty when the verb alone did) and the rule that set status (clause_cue, "
        "sentence_frame, part_role, section_tense, heading_words, or a text-type default such as document_plans, "
        "news_reports). Names are stable snake_case words, no free text.", default=None, pattern=RULES)


class Targets(Row):
    """One row per goal with a number or a deadline."""

    table: ClassVar[str] = "targets"
    table_title: ClassVar[str] = "Targets"
    primary_key: ClassVar[str] = "target_id"
    foreign_keys: ClassVar[tuple] = (("document_id", "documents", "document_id"),
                                     ("measure_id", "measures", "measure_id"),
                                     ("region_id", "regions", "region_id"))

    target_id: str = col("目标编号", "Stable id of the target.", pattern=ROW_ID)
    document_id: str = col("文档编号", "Document the target is set in.", pattern=DOCUMENT_ID)
    measure_id: Optional[str] = col("措施编号", "Measure the target belongs to, if any.", default=None, pattern=ROW_ID)
    indicator: str = col("指标", "What the target measures, e.g. 人均有效避难面积.")
    scope: Optional[str] = col("范围", "Where or to what the target applies, e.g. 每个街道和社区.", default=None)
    comparator: Comparator = col("比较符", "How the value binds: >=, <=, >, <, = or ~ (about).")
    value: Optional[float] = col("目标值", "Target value in the base unit, multipliers applied.", default=None)
    value_max: Optional[float] = col("目标上限", "Upper end of a range target (5%-6%).", default=None)
    unit: Optional[str] = col("单位", "Unit: % , 个百分点, or the measure word as written.", default=None)
    direction: Optional[Direction] = col(
        "变动方向", "Which way a goal of change goes: up (增长5%), down (降低13.5%); empty for a level. value stays the magnitude.",
        default=None)
    target_year: Optional[int] = col("目标年份", "Year by which the target is due.", default=None, ge=1949, le=2100)
    base_year: Optional[int] = col("基期年份", "Base year the target is measured against, if stated.", default=None, ge=1949, le=2100)
    region_id: str = col("适用地区", "Where the target applies (regions.region_id).", pattern=REGION_ID)
    quote: str = col("原文", "Exact source text: documents.text[char_start:char_end].")
    char_start: int = col("起始位置", "Start offset of quote in documents.text (code points).", ge=0)
    char_end: int = col("结束位置", "End offset (exclusive) of quote in documents.text.", ge=1)
    value_raw: Optional[str] = col("原始数值", "The figure as written, e.g. 不小于2.5平方米.", default=None)
    decided_by: Optional[str] = col(
        "判定规则", "The named rules, separated by |, that made the figure a target and gave its target_year: "
        "the role rule (time_word, modal_clause, goal_frame, policy_parameter, …) then the year rule; "
        "text_table first for a table's cell.", default=None, pattern=RULES)


class Statistics(Row):
    """One row per reported figure about a past period."""

    table: ClassVar[str] = "statistics"
    table_title: ClassVar[str] = "Statistics"
    primary_key: ClassVar[str] = "statistic_id"
    foreign_keys: ClassVar[tuple] = (("document_id", "documents", "document_id"),
                                     ("region_id", "regions", "region_id"))

    statistic_id: str = col("统计编号", "Stable id of the figure.", pattern=ROW_ID)
    document_id: str = col("文档编号", "Document the figure is reported in.", pattern=DOCUMENT_ID)
    indicator: str = col("指标", "What the figure measures, e.g. 规模以上工业增加值.")
    kind: StatKind = col("类型", "level, growth, share, count, rank or ratio.")
    value: float = col("数值", "Value in the base unit, multipliers applied (1.76万家 -> 17600).")
    unit: Optional[str] = col("单位", "Unit: % , 个百分点, or the measure word as written.", default=None)
    direction: Optional[Direction] = col(
        "变动方向", "Which way a change (kind growth) goes: up (增长5%), down (下降3.2%, 增长-2.1%); empty for levels, shares, counts. value stays the magnitude.",
        default=None)
    qualifier: Qualifier = col("限定", "exact, more_than (超), at_least (以上), approx (近/约/左右), less_than, at_most.")
    period: Optional[str] = col("时期", "Period the figure refers to: 2025, 2025Q1, 2025-01, ranges with /.", default=None, pattern=PERIOD)
    region_id: str = col("适用地区", "Where the figure applies (regions.region_id).", pattern=REGION_ID)
    quote: str = col("原文", "Exact source text: documents.text[char_start:char_end].")
    char_start: int = col("起始位置", "Start offset of quote in documents.text (code points).", ge=0)
    char_end: int = col("结束位置", "End offset (exclusive) of quote in documents.text.", ge=1)
    value_raw: str = col("原始数值", "The figure as written, e.g. 3.5万余家.")
    decided_by: Optional[str] = col(
        "判定规则", "The named rules, separated by |, that made the figure a statistic and gave its period: the "
        "role rule (time_word, news_fact, present_fact, …), the period rule, then any rule that moved the "
        "period (from_base_year, span_change, restated_amount, …); text_table first for a table's cell.",
        default=None, pattern=RULES)


class Regions(Row):
    """Every region that any row refers to or any document mentions."""

    table: ClassVar[str] = "regions"
    table_title: ClassVar[str] = "Regions"
    primary_key: ClassVar[str] = "region_id"
    foreign_keys: ClassVar[tuple] = (("parent_id", "regions", "region_id"),)

    region_id: str = col("地区编号", "GB/T 2260 code (9-digit statistical code for a township), CN for the country, or a slug.", pattern=REGION_ID)
    name_zh: str = col("中文名", "Full Chinese name, e.g. 山东省, 济南都市圈.")
    name_en: str = col("英文名", "English name: official for provinces, pinyin otherwise.")
    aliases: Optional[str] = col(
        "别名", "Other names texts use for the region, separated by |: short forms of divisions (大理 for "
        "大理白族自治州, 山东 for 山东省) and variants of functional regions (长三角, 长江三角洲城市群 for 长江三角洲); "
        "a row's quote may name the region by one of them.", default=None)
    level: Level = col("层级", "country, province, prefecture, county, township, village or functional.")
    parent_id: Optional[str] = col("上级地区", "Parent region: county -> prefecture -> province -> CN.", default=None, pattern=REGION_ID)
    kind: Optional[str] = col(
        "类别", "What a functional region is: city-cluster, metropolitan-area, economic-zone, free-trade-zone, "
        "new-area, innovation-zone, macro-region, directional (苏北, 皖南), basin, traditional-name, named-area, "
        "poverty-area, special-entity, composite (福厦泉); empty for administrative divisions.", default=None, pattern=r"^[a-z][a-z-]*$")
    members: Optional[str] = col(
        "成员地区", "For a region that groups others (京津冀, 长三角, 港澳台): the region_ids of its members, "
        "separated by |. Members are GB/T 2260 codes; they need not be mentioned themselves.",
        default=None, pattern=MEMBERS)
    mentions: int = col("提及次数", "Times the region is mentioned across the documents.", ge=0)


TABLES: dict[str, type[Row]] = {m.table: m for m in (Documents, Measures, Targets, Statistics, Regions)}
ORDER = ("documents", "measures", "targets", "statistics", "regions")


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, nullable) of an annotation such as Optional[int]."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0], True
    return annotation, False


_TYPES = {str: "string", int: "integer", float: "number", dt.date: "date", bool: "boolean"}


def field_type(model: type[Row], name: str) -> str:
    """Table Schema type of a column."""
    inner, _ = _unwrap(model.model_fields[name].annotation)
    if typing.get_origin(inner) is Literal:
        return "string"
    return _TYPES[inner]


def table_schema(model: type[Row]) -> dict:
    """Frictionless Table Schema (as a dict) generated from a row model."""
    fields = []
    for name, info in model.model_fields.items():
        inner, nullable = _unwrap(info.annotation)
        field: dict[str, Any] = {"name": name, "type": field_type(model, name),
                                 "description": info.description}
        constraints: dict[str, Any] = {}
        if not nullable:
            constraints["required"] = True
        if typing.get_origin(inner) is Literal:
            constraints["enum"] = list(typing.get_args(inner))
        for meta in info.metadata:
            for attr, key in (("pattern", "pattern"), ("ge", "minimum"), ("le", "maximum")):
                value = getattr(meta, attr, None)
                if value is not None:
                    constraints[key] = value
        if name == model.primary_key:
            constraints["unique"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "title": model.table_title,
        "description": (model.__doc__ or "").strip(),
        "fields": fields,
        "missingValues": [""],
        "primaryKey": [model.primary_key],
    }
    if model.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [c], "reference": {"resource": "" if t == model.table else t, "fields": [rc]}}
            for c, t, rc in model.foreign_keys
        ]
    return schema
