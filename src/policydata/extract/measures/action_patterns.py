"""Named constructions whose action a lexicon pattern finds at a clause position (measure_verbs.json):
a tally word before the verb
(tallied_subject), 新增 facilities (new_facility), a norm set (norm_setting), a thing put into a
list (object_first_inclusion), going to a grassroots place (destination_adverbial), a policy object
with its verb at the clause's end (verb_final_result), a document in force from a date
(document_in_force) and a count of people trained (trained_count). Read by the clause analyser
(:mod:`.analyser`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clause_split import _TRAILING_PUNCT
from .clauses import _skip_adverbs, _verb_at
from .rules import _first_match, _match_word, load_verbs


def _tally_before_verb(t: str, pos: int, planning: bool = False) -> str:
    """Rule tallied_subject: the tally word (measure_verbs.json ``tally_prefixes``: 共, 累计, 已) at
    ``pos`` after a subject word when an action verb follows it (全国共查处…, 全省累计建成…), '' otherwise.

    >>> _tally_before_verb("全国共查处案件", 2), _tally_before_verb("全国共有企业", 2)
    ('共', '')
    """
    tally = _match_word(t, pos, load_verbs()["tally_prefixes"])
    return tally if tally and _verb_at(t, pos + len(tally), planning)[0] else ""


def _new_facility_at(t: str, pos: int) -> tuple[str, int]:
    """Rule new_facility: (新增, position after it) when 新增 adds facilities, institutions or zones
    (measure_verbs.json ``new_facility_patterns``: 新增公办幼儿园12所), a reported action; ('', pos)
    for 新增 + people, jobs or firms (新增就业3万人), which stays a figure.

    >>> _new_facility_at("新增公办幼儿园12所", 0), _new_facility_at("新增就业岗位3万个", 0)
    (('新增', 2), ('', 0))
    """
    m = _first_match(load_verbs()["new_facility_patterns"], t, pos)
    return (m.group("verb"), m.end("verb")) if m else ("", pos)


def _norm_set_at(t: str, pos: int) -> tuple[str, int]:
    """Rule norm_setting: (verb, position after it) when 明确/细化/规定 (after adverbs) sets a norm,
    its object ending in requirements, standards, duties or procedures (measure_verbs.json
    ``norm_setting_patterns``: 进一步明确验收标准); ('', pos) for goals or priorities (明确主要目标).

    >>> _norm_set_at("进一步明确各方的申报要求", 0), _norm_set_at("明确了今后五年的主要目标", 0)
    (('明确', 5), ('', 0))
    """
    at = _skip_adverbs(t, pos)
    m = _first_match(load_verbs()["norm_setting_patterns"], t.rstrip(_TRAILING_PUNCT), at)
    return (m.group("verb"), m.end("verb")) if m else ("", pos)


def _inclusion_at(t: str, pos: int) -> tuple[str, int]:
    """Rule object_first_inclusion: (纳入/列入, position after it) when a thing named first is put
    into a list, scope, plan or supervision (measure_verbs.json ``inclusion_patterns``:
    首批小区计划纳入年度改造名单); ('', pos) otherwise (不纳入…考核, 纳入某公司管理).

    >>> _inclusion_at("首批8个小区计划纳入年度改造名单", 0), _inclusion_at("相关收益不纳入绩效考核范围", 0)
    (('纳入', 10), ('', 0))
    """
    m = _first_match(load_verbs()["inclusion_patterns"], t.rstrip(_TRAILING_PUNCT), pos)
    return (m.group("verb"), m.end("verb")) if m else ("", pos)


def _verb_after_destination(t: str, pos: int, planning: bool = False) -> tuple[str, int]:
    """Rule destination_adverbial: (verb, position after it) when the clause opens with going to a
    grassroots place (measure_verbs.json ``destination_patterns``: 到小区, 赴企业, 深入田间) and a lead
    verb follows the place; ('', pos) otherwise.

    >>> _verb_after_destination("到小区宣讲补贴政策", 0), _verb_after_destination("到2027年建成", 0)
    (('宣讲', 5), ('', 0))
    """
    m = _first_match(load_verbs()["destination_patterns"], t, pos)
    if not m:
        return "", pos
    verb, after, _ = _verb_at(t, m.end(), planning)
    return (verb, after) if verb and after < len(t) else ("", pos)


@lru_cache(maxsize=1)
def _verb_final_result() -> re.Pattern:
    """The construction of rule verb_final_result: a subject ending in a policy object's head
    (measure_verbs.json ``policy_object_heads``; 法 not after 想/说/看, which make no law), an
    closing quotation mark or title mark, an optional 等, at most two ``result_final_adverbs``, a ``result_final_verbs`` verb, the clause's end."""
    lex = load_verbs()
    heads = "|".join(re.escape(h) if h != "法" else "(?<![想说看])法" for h in lex["policy_object_heads"])
    adverbs = "|".join(map(re.escape, lex["result_final_adverbs"]))
    verbs = "|".join(map(re.escape, lex["result_final_verbs"]))
    return re.compile(rf"(?P<subject>[\u4e00-\u9fff\d“”《》（）()、·—-]{{1,40}}?(?:{heads})[”》）)]?)(?:等)?"
                      rf"(?:{adverbs}){{0,2}}(?P<verb>{verbs})$")


def verb_final_result_at(t: str, pos: int) -> tuple[str, int]:
    """Rule verb_final_result (round 14): (the final verb, where the subject starts) when the clause from
    ``pos`` names a policy object and ends in a verb of establishing, enacting, launching, approving or
    ending it (某实验室启动运行, 某法颁布实施, 某类限制措施全部取消); ('', pos) otherwise -- a firm's outcome
    (某药获批上市, 某企业研发中心落地: no policy object heads it) or a figure after the verb.

    >>> verb_final_result_at("某某产业引导基金设立", 0), verb_final_result_at("两家省重点实验室获批建设", 0)
    (('设立', 0), ('获批建设', 0))
    >>> verb_final_result_at("某某保护法正式施行。", 0), verb_final_result_at("一批物流枢纽、综合保税区等获批", 0)
    (('施行', 0), ('获批', 0))
    >>> verb_final_result_at("“某某行动计划”启动实施", 0), verb_final_result_at("《某某条例》颁布", 0)
    (('启动实施', 0), ('颁布', 0))
    >>> verb_final_result_at("某某新药获批上市", 0), verb_final_result_at("某公司研发中心落地", 0)
    (('', 0), ('', 0))
    >>> verb_final_result_at("他的想法落地", 0), verb_final_result_at("基金设立规模达10亿元", 0)
    (('', 0), ('', 0))
    """
    m = _verb_final_result().match(t.rstrip(_TRAILING_PUNCT), pos)
    return (m.group("verb"), pos) if m else ("", pos)


def norm_reference_at(t: str, pos: int) -> tuple[str, int]:
    """Rule norm_reference (round 19): (执行/办理, where the subject starts) when the clause from ``pos`` says by
    which rule a thing is done (measure_verbs.json ``norm_reference_patterns``: 某类企业的认定标准按照国家有关
    规定执行, 申报程序参照某办法办理): the text binds the matter to that rule -- its issuer's regulation;
    ('', pos) otherwise (执行 with an object, 按规定执行到位 is no reference clause).

    >>> norm_reference_at("困难家庭认定标准按照民政部门有关规定执行。", 0), norm_reference_at("严格执行有关规定", 0)
    (('执行', 0), ('', 0))
    >>> norm_reference_at("补贴申领程序参照本市就业补贴办法办理", 0)
    ('办理', 0)
    """
    m = _first_match(load_verbs()["norm_reference_patterns"], t.rstrip(_TRAILING_PUNCT), pos)
    return (m.group("verb"), pos) if m else ("", pos)


def document_in_force_at(t: str, pos: int) -> tuple[str, int]:
    """Rule document_in_force: (施行/实施/生效, position after it) when a rule or a document named as
    subject is told in force from a date (measure_verbs.json ``document_in_force_patterns``:
    新规定将自下月1日起施行); ('', pos) otherwise.

    >>> document_in_force_at("该办法将自2027年1月1日起正式施行。", 0), document_in_force_at("改革举措深入实施", 0)
    (('施行', 19), ('', 0))
    """
    m = _first_match(load_verbs()["document_in_force_patterns"], t.rstrip(_TRAILING_PUNCT), pos)
    return (m.group("verb"), m.end("verb")) if m else ("", pos)


def _trained_count_at(t: str, pos: int) -> tuple[str, int]:
    """Rule trained_count: (培训, position after it) when, after adverbs, 培训 or 轮训 is followed by
    a count of people (measure_verbs.json ``trained_count_patterns``): training them is the action;
    ('', pos) for 培训 as a noun.

    >>> _trained_count_at("重点培训3万名护理人员", 0), _trained_count_at("培训补贴按标准发放", 0)
    (('培训', 4), ('', 0))
    """
    at = _skip_adverbs(t, pos)
    m = _first_match(load_verbs()["trained_count_patterns"], t, at)
    return (m.group("verb"), m.end("verb")) if m else ("", pos)
