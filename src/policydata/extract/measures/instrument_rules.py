"""The instrument of a measure clause: :data:`INSTRUMENT_RULES`, named rules tried in order by
:func:`decide_instrument` (the first that decides wins, its name is kept as ``instrument_rule``);
they read the clause, its lead verb and the verb's object (:mod:`.objects`). The vocabulary is
``instruments.json``. :mod:`.classify` is the entry point."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .instrument_heads import (by_encouraged_party, by_goal_title, by_mechanism_head, by_policy_in_force,
                               by_process_head)
from .money import channel_in as _channel_in
from .named import issued_title_head
from .objects import _HEAD_TAIL, _first_conjunct, _head_keywords, _last_keyword, _object_lexicon, object_of
from .rules import _longest_first, _match_word, load_instruments
from .topics import topic_of


@dataclass(frozen=True)
class _Clause:
    """What an instrument rule reads: the clause, its lead verb, the verb's object."""
    text: str
    action: str
    object: str
    obligation: bool = False
    benefactive: bool = False  # 为 + beneficiaries + verb (为1万名老年人实施手术)


def decide_instrument(quote: str, action: str = "", *, verb_end: int = -1,
                      obligation: bool = False, benefactive: bool = False) -> tuple[str, str]:
    """(instrument, name of the rule that decided it): the first rule of :data:`INSTRUMENT_RULES`
    that decides -- obligation, verb class, built facility, head noun, container head, verb
    default -- else ('other', 'none').

    >>> decide_instrument("前瞻布局6G网络技术储备", "布局")
    ('plan', 'plan_verb')
    >>> decide_instrument("建设1个省级技能竞赛集训中心", "建设")
    ('infrastructure', 'built_facility')
    >>> decide_instrument("实施街道便民服务站点建设工程", "实施")
    ('program', 'head_noun')
    >>> decide_instrument("出台支持汽车消费政策", "出台")
    ('other', 'policy_package')
    >>> decide_instrument("优化农技推广服务", "优化"), decide_instrument("开展农机融资租赁服务", "开展")
    (('service', 'service_head'), ('fund', 'head_noun'))
    """
    clause = _Clause(quote, action, object_of(quote, action, verb_end), obligation, benefactive)
    lex = load_instruments()
    for _name, rule in INSTRUMENT_RULES:
        decided = rule(clause, lex)
        if decided:
            return decided
    return "other", "none"


def _by_obligation(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """A clause whose modal obliges or forbids (应按照…, 必须, 不得) states a rule."""
    return ("regulation", "obligation") if c.obligation else None


def _by_law(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule by_law: an action taken by law (依法处置违规车辆, 依法实施强制性认证) enforces a rule,
    whatever its object: the adverb right before the lead verb decides.

    >>> decide_instrument("依法处置违规车辆", "处置"), decide_instrument("依法实施强制性产品认证", "实施")
    (('regulation', 'by_law'), ('regulation', 'by_law'))
    """
    rule = lex["by_law"]
    at = c.text.find(c.action) if c.action else -1
    if not rule or at <= 0:
        return None
    return (rule["instrument"], rule["name"]) if c.text[:at].endswith(tuple(rule["adverbs"])) else None


def _by_issued_title(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule issued_title: an issuing verb right before a 《title》 issues what the title's last word
    names (see :func:`.named.issued_title_head`): 印发《…工作计划》 is a plan, whatever the title's
    inner words; carrying a plan out (实施《…方案》) is not issuing it.

    >>> decide_instrument("省政府办公厅印发《全省冬春农田水利建设工作计划》", "印发")
    ('plan', 'issued_title')
    >>> decide_instrument("两部门联合印发了《城乡供水和排水设施运行管理办法（试行）》", "联合")
    ('regulation', 'issued_title')

    Rule adopted_title: a meeting that adopts a document makes what the title names.

    >>> decide_instrument("会议讨论并原则通过《某某资源保护法（修订草案）》", "讨论并原则通过")
    ('regulation', 'adopted_title')
    >>> decide_instrument("审议通过《城市更新三年规划》", "审议通过")
    ('plan', 'adopted_title')
    """
    rule = lex.get("issued_title") or {}
    head = issued_title_head(c.text, rule["verbs"], rule["heads"]) if rule else ""
    if head:
        return rule["heads"][head], rule["name"]
    # rule adopted_title (round 17): a meeting adopting a document (审议通过《…条例（修订草案）》) makes it
    heads = {**rule.get("heads", {}), **rule.get("adopted_heads", {})}
    head = issued_title_head(c.text, rule.get("adopting_verbs", []), heads) if rule else ""
    return (heads[head], "adopted_title") if head else None


#: one-character joiners between two verbs (鼓励并资助, 支持和补贴)
_VERB_JOINERS = ("并", "和")


def _class_verb(c: _Clause, lex: dict) -> str:
    """The verb whose class counts: the lead verb (or a longer class verb it begins: 服务保障), or
    a class verb right after it (严格限制, 依法查处: the first verb says how, the second what),
    also when 并 or 和 joins the two (鼓励并资助: the second verb names the concrete act).

    >>> decide_instrument("鼓励并资助企业技术骨干出国进修", "鼓励")
    ('fund', 'money_verb')
    """
    at = c.text.find(c.action) if c.action else -1
    if at < 0:
        return c.action
    verbs = _longest_first(lex["verb_classes"])  # the class verbs (the table's keys), longest first
    here = _match_word(c.text, at, verbs)  # a longer class verb the lead verb begins (服务 -> 服务保障)
    after = at + len(c.action)
    # rule joined_verb: 鼓励并资助…, 支持和补贴…: of two joined verbs the second names the concrete act
    after += c.text.startswith(_VERB_JOINERS, after)
    nxt = _match_word(c.text, after, verbs)
    return nxt or (here if len(here) > len(c.action) else c.action)


def _by_verb_class(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """The lead verb alone decides (谋划 -> plan, 试行 -> pilot, 严禁 -> regulation), unless it
    governs a building verb (探索建设…中心: the built thing decides); a facility opened
    (completion verbs: 启用, 投入运营) whose head noun names a service is that service."""
    verb = _class_verb(c, lex)
    decided = lex["verb_classes"].get(verb)
    if not decided or _governed_verb(c.text, verb):
        return None
    laid_out = _laid_out_head(c, lex, verb)
    if laid_out:
        return laid_out
    if decided[1] == "completion_verb":
        head = _by_head_noun(c, lex)
        if head and head[0] == "service" and "服务" in _last_keyword(c.object, lex["keywords"])[0]:
            return head  # 综合服务中心启用 (but a platform built, 城管平台搭建完成, stays a facility)
    return decided


def _laid_out_head(c: _Clause, lex: dict, verb: str) -> tuple[str, str] | None:
    """rule laid_out_facility: the layout verb 布局 whose object ends in a keyword of a facility, a
    platform or a pilot (a count or 等 after it allowed) sets those things up: the head decides. A
    strategic layout (前瞻布局, 统筹布局) stays a plan.

    >>> decide_instrument("布局一批共性技术、产品中试平台", "布局"), decide_instrument("加快布局卫星通信网络等", "布局")
    (('service', 'laid_out_facility'), ('infrastructure', 'laid_out_facility'))
    >>> decide_instrument("前瞻布局6G网络技术储备", "前瞻布局"), decide_instrument("前瞻布局下一代通信网络", "布局")
    (('plan', 'plan_verb'), ('plan', 'plan_verb'))
    """
    rule = lex.get("laid_out_facility") or {}
    if not rule or verb not in rule["verbs"]:
        return None
    at = c.text.find(verb)
    longer = [v for v in lex["verb_classes"] if len(v) > len(verb) and v.endswith(verb)]  # 前瞻布局, 统筹布局
    if at < 0 or c.text[:at + len(verb)].endswith(tuple(longer)):
        return None
    head = _HEAD_TAIL.sub("", c.object).removesuffix("等")
    kw, end = _last_keyword(head, lex["keywords"])
    if not kw or end != len(head) or lex["keywords"][kw] not in rule["head_classes"]:
        return None
    if kw.endswith(tuple(rule["project_heads"])):  # 布局…重大项目: projects laid out are planned
        return None
    return lex["keywords"][kw], rule["name"]


def _governed_verb(quote: str, action: str) -> str:
    """The building verb right after a class verb (探索建设, 布局建设), '' if none: the class verb
    then says how the thing is built (tentatively, by a plan), the built thing decides. Other
    verbs stay in the class verb's scope (探索开展…新模式 is a trial).

    >>> _governed_verb("探索建设一批赋能中心", "探索"), _governed_verb("探索开展养老新模式", "探索")
    ('建设', '')
    """
    lex = load_instruments()
    if action not in lex["verb_classes"]:
        return ""
    at = quote.find(action)
    if at < 0:
        return ""
    return _match_word(quote, at + len(action), _longest_first(lex["built_facility"]["verbs"]))


def _by_money_channel(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule money_channel: a policy or list of money support (国债支持X的政策出台, 资金支持X的名单发布)
    is a fund, whatever X names (a lift, a road): the money is the instrument, X only what it is
    for. Only when a head of the rule (政策, 名单) closes the support: 做好国债支持X的需求测算 is
    an estimate, no grant.

    >>> decide_instrument("中央财政资金支持城区积水点改造的名单公布", "公布")
    ('fund', 'money_channel')
    >>> decide_instrument("做好特别国债支持设备更新的需求测算", "做好")[1] != 'money_channel'
    True
    """
    found = _channel_in(c.text, c.action, c.object, lex)
    if found and found[1] and lex["money_channel"]:
        return lex["money_channel"]["instrument"], lex["money_channel"]["name"]
    return None


def _by_built_facility(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """A facility noun is what gets built (建设1个…训练中心, …中心建设), unless a longer head
    keyword ending with it is more specific (公共服务平台: the longer head decides); in a
    coordination, the first item's (see :func:`_first_conjunct`). A list of facilities closed by
    等项目 or 等工程 after a building verb is built too (开工…高速、…水库等项目).

    >>> decide_instrument("开工东线高速、西湾引水工程等项目", "开工")
    ('infrastructure', 'built_facility')
    >>> decide_instrument("率先建成北区污水处理厂", "率先建成")
    ('infrastructure', 'built_facility')
    >>> decide_instrument("东站客运站完成改造", "完成")
    ('infrastructure', 'built_facility')
    >>> decide_instrument("新增城市绿道300公里", "新增"), decide_instrument("两条配套道路完成投资3000万元", "完成投资")
    (('infrastructure', 'built_facility'), ('infrastructure', 'built_facility'))

    Rule project_stage: a stage of getting a facility built (前期, 立项审批) after its noun.

    >>> decide_instrument("加快南山调水工程前期", "加快"), decide_instrument("推动西岭水库立项审批", "推动")
    (('infrastructure', 'built_facility'), ('infrastructure', 'built_facility'))
    """
    built = lex["built_facility"]
    if not built:
        return None
    quote = _first_conjunct(c.object, lex)
    at = c.text.find(c.action) if c.action else -1
    if quote in _REBUILT_TAILS and at > 0:  # 检查站完成改造: the verb last, what is rebuilt before it
        quote = c.text[:at].strip("，,、 ") + quote
    invested = at > 0 and c.action in built.get("invested_verbs", ())
    if invested:  # rule invested_facility: 2条配套道路完成投资3000万元 -- the money built what is named first
        quote = c.text[:at].strip("，,、 ")
    kw, kw_end = _last_keyword(quote, lex["keywords"])
    noun, end = _last_keyword(quote, built["nouns"])
    tail = quote[end:].rstrip("）)”")
    specific = kw_end == end and len(kw) > len(noun)
    verbs = tuple(built.get("verbs", ()))
    # 率先建成, 全面开工: an adverb before the building verb leaves it a building verb
    building = c.action.endswith(verbs) or quote.startswith(verbs) or invested or (
        _builds_inside(quote, end - len(noun), verbs) and not by_encouraged_party(c, lex))  # a firm building: other
    if building:  # …水库、…高铁等项目: the listed facilities are what is built, 等项目 collects them
        tail = _LISTED_PROJECTS.sub("", tail)
    staged = tail in built.get("stage_tails", ())  # rule project_stage: …水库立项审批, …工程前期
    if noun and not specific and ((building and _tail_is_count(tail)) or tail in _REBUILT_TAILS or staged):
        return _public_platform(quote[:end], noun, built) or (built["instrument"], built["name"])
    return None


def _builds_inside(quote: str, noun_at: int, verbs: tuple[str, ...]) -> bool:
    """rule embedded_building: a building verb inside the object, before the facility noun (鼓励有条件的
    地区建设…救援中心: those encouraged build the facility), makes the facility built as a lead
    building verb does. The verb must take an object of its own before the noun: in …设施建设工程 the
    建设 modifies the works a programme runs.

    >>> decide_instrument("鼓励有条件的地区建设区域应急救援中心", "鼓励")
    ('infrastructure', 'built_facility')
    >>> decide_instrument("实施社区养老设施建设工程", "实施")
    ('program', 'head_noun')
    >>> decide_instrument("鼓励企业建设研发中心", "鼓励")  # a firm builds: rule encouraged_party
    ('other', 'encouraged_party')
    """
    return any(0 < quote.find(v) and quote.find(v) + len(v) < noun_at for v in verbs)


def _public_platform(phrase: str, noun: str, built: dict) -> tuple[str, str] | None:
    """rule public_platform: a built platform whose own noun phrase (after the last 、 or ，) says it
    is open to the public (公共, 便民, 共享, 信息, 宣传) serves people or firms -> service; other
    platforms (中试平台, 数字化平台) stay facilities.

    >>> decide_instrument("建成区域科技成果公共转化平台", "建成"), decide_instrument("建成中试平台3个", "建成")
    (('service', 'public_platform'), ('infrastructure', 'built_facility'))
    """
    rule = built.get("public_platform")
    if not rule or noun not in rule["nouns"]:
        return None
    own = re.split(r"[、，,；;和与及]", phrase[:len(phrase) - len(noun)])[-1]
    return (rule["instrument"], rule["name"]) if any(m in own for m in rule["modifiers"]) else None


def _by_participation(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule participation: a verb that lets others act (支持, 鼓励) whose object is someone taking
    part in something (企业参与X) supports their taking part; what they join is not the measure's
    instrument -> other, whatever the participants are (社会资本, 金融机构).

    >>> decide_instrument("鼓励民营企业参与城市更新项目", "鼓励")
    ('other', 'participation')
    >>> decide_instrument("组织学生参加技能培训", "组织")  # the government runs what they attend
    ('program', 'head_noun')
    """
    rule = lex.get("participation") or {}
    if not rule or c.action not in rule["pivot_verbs"]:
        return None
    at = min((i for i in (c.object.find(v) for v in rule["verbs"]) if i > 0), default=-1)
    if at < 2:
        return None
    return rule["instrument"], rule["name"]


def _by_offence(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """An object that names an offence (违规收费, 非法占地) makes the measure enforcement, whatever
    its head (…整治, …专项行动): acting against violators is regulation."""
    words = _object_lexicon()["offence_words"]
    return ("regulation", "offence_object") if any(w in c.object for w in words) else None


def _by_head_noun(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """The instrument keyword that ends last in the object (…建设工程 -> program), in its first
    item when the object is a coordination (see :func:`_first_conjunct`); rule works_project: a
    works head (工程) whose nearest keyword names a facility (供热管网工程) is building works, unless
    a verb that runs a programme (实施) carries it out -- and even then when a count of sites
    follows (实施乡镇供水工程80处: works on counted sites are built); rule service_activity: an activity
    (活动) right after a word of a service done for people (慰问, 招聘) is that service.

    >>> decide_instrument("开展节日走访慰问活动", "开展"), decide_instrument("举办技能竞赛活动", "举办")
    (('service', 'service_activity'), ('program', 'head_noun'))
    """
    first = _first_conjunct(c.object, lex)
    people = [kw for kw in _head_keywords() if kw not in lex["keywords"]]  # 培训 is an instrument's own word
    if any(_HEAD_TAIL.sub("", text).endswith(tuple(people)) for text in (first, c.object)):
        # 培养300名金融人才: people are the head, 金融 says which; the verb decides -- also when a
        # coordination modifies them (培养科学院、工程院院士后备人才: the items share the head 人才)
        return None
    kw, end = _last_keyword(first, lex["keywords"])
    if kw and first.endswith(_object_lexicon()["service_heads"]) and lex["keywords"][kw] != "fund":
        return "service", "service_head"  # 鉴定推广服务: the service is the head, 推广 says which
    if kw in _object_lexicon()["activity_heads"] and first[:end - len(kw)].endswith(
            _object_lexicon()["service_activities"]):
        return "service", "service_activity"  # 走访慰问活动, 专场招聘活动: the activity is the service
    works = lex["built_facility"]
    lead = c.action or c.text[:4]  # no lead verb given: the clause's opening
    counted = bool(first[end:]) and _tail_is_count(first[end:])  # 供水工程500处: works on sites, counted
    run = any(v in lead for v in works.get("works_run_verbs", ()))
    if kw in works.get("works_heads", ()) and (counted or not run):
        modifier, _ = _last_keyword(first[:end - len(kw)], lex["keywords"])
        if lex["keywords"].get(modifier) == "infrastructure":
            return "infrastructure", "works_project"
    cleaned = _cleanup_target(first[:end - len(kw)], kw, lex) if kw else None
    if cleaned:
        return cleaned
    grow = tuple(works.get("cultivation_verbs", ()))
    if kw in works.get("cultivated_heads", ()) and (lead.endswith(grow) or first.startswith(grow)):
        return "program", "cultivated_base"  # 培育…种养基地: an industry grown, not a facility built
    return (lex["keywords"][kw], "head_noun") if kw else None


def _cleanup_target(target: str, head: str, lex: dict) -> tuple[str, str] | None:
    """rule cleanup_target: a clean-up head (整治) is decided by what it cleans up, the text before
    it: places -- its policy area is environment, housing/community or public lands -- make a works
    campaign (program); markets, fees, risks and conduct make enforcement (regulation). A clean-up
    marked as a special campaign (专项整治) is a program whatever it targets.

    >>> decide_instrument("加强旅游市场秩序整治", "加强"), decide_instrument("开展城中村环境整治", "开展")
    (('regulation', 'cleanup_target'), ('program', 'cleanup_target'))
    >>> decide_instrument("开展电信诈骗风险专项整治", "开展")
    ('program', 'cleanup_target')
    """
    rule = lex.get("cleanup_target") or {}
    if not rule or head not in rule["heads"]:
        return None
    if any(mark in target + head for mark in rule["campaign_marks"]):  # 专项整治: a special campaign
        return rule["campaign_instrument"], rule["name"]
    topic = topic_of(target)
    place = bool(topic) and topic[0] in rule["place_topics"]
    return (rule["place_instrument"] if place else rule["conduct_instrument"]), rule["name"]


def _by_container_head(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """A container word (建设, 政策, 机制) decides only as the head: nothing but a count follows."""
    kw, end = _last_keyword(c.object, lex["containers"])
    if kw and _tail_is_count(c.object[end:].rstrip("）)”")):
        return lex["containers"][kw]
    return None


def _by_counted_object(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule counted_object: nothing else decided and the object counts units (培育专精特新企业30家,
    修复污染地块12块): a quota of a programme -- unless the lead verb lets others act (支持20个村…,
    a pivot verb: the count is of those it supports).

    >>> decide_instrument("培育专精特新企业30家", "培育"), decide_instrument("支持20个村发展特色产业", "支持")
    (('program', 'counted_object'), ('other', 'none'))
    """
    rule = lex["counted_object"]
    if not rule or c.action in rule["pivot_verbs"]:
        return None
    words = "".join(rule["measure_words"])
    if re.search(rf"\d(?:[\d.]*)(?:万|亿)?(?:[{words}])", c.object):
        return rule["instrument"], rule["name"]
    return None


def _by_beneficiary(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule benefactive_service: what is done for named people (为200名学生开展视力测评, 为困难老人
    实施手术) is a public service, when nothing in the object decided (money or a built facility
    for them decide first: 为企业提供担保 is a fund).

    >>> decide_instrument("为300名学生开展视力测评", "开展", benefactive=True)
    ('service', 'benefactive_service')
    """
    return ("service", "benefactive_service") if c.benefactive else None


def _by_verb_default(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """The lead verb's default instrument, when nothing in the object decided; rule light_verb: after
    a light verb (给予, 进行), the verb that is its object (给予扶持, 对…进行整改) decides.

    >>> decide_instrument("在场地租金方面给予扶持", "给予"), decide_instrument("对违规项目进行整改", "进行")
    (('fund', 'light_verb'), ('regulation', 'head_noun'))
    """
    if c.action in lex["verb_defaults"]:
        return lex["verb_defaults"][c.action], "verb_default"
    light = lex.get("light_verb") or {}
    if c.action not in light.get("verbs", ()):
        return None
    if c.object in lex["verb_defaults"]:
        return lex["verb_defaults"][c.object], light["name"]
    return _light_verb_support(c.object, light)


def _light_verb_support(obj: str, light: dict) -> tuple[str, str] | None:
    """rule light_verb_support: a light verb's object ending in a verbal noun of ``light_verb.objects``
    after at most a short adverb (予以重点支持, 给予了积极支持): support given is money -> fund (支持 is
    no lead verb's default: as a lead verb it lets others act). Cases: tests/extract/test_classify.py."""
    limit = light.get("max_modifier", 0)
    return next(((instrument, "light_verb_support") for noun, instrument in light.get("objects", {}).items()
                 if obj.endswith(noun) and len(obj) - len(noun) <= limit), None)


def _by_outcome_subject(c: _Clause, lex: dict) -> tuple[str, str] | None:
    """rule outcome_subject: after an outcome verb (实现, 达到) whose object decided nothing (…全覆盖),
    the subject before the verb is the measure that achieved it: its head noun decides.

    >>> decide_instrument("企业年报公示制度实现全覆盖", "实现"), decide_instrument("40项便民事项实现网上办", "实现")
    (('regulation', 'outcome_subject'), ('service', 'outcome_subject'))
    """
    rule = lex.get("outcome_subject") or {}
    at = c.text.find(c.action) if c.action else -1
    if not rule or c.action not in rule["verbs"] or at <= 0:
        return None
    subject = _Clause(c.text, c.action, c.text[:at].strip("，,、 "))
    decided = _by_head_noun(subject, lex) or _by_container_head(subject, lex)
    return (decided[0], rule["name"]) if decided else None


#: The instrument rules in the order they are tried; the first that decides wins. Each rule's
#: own name (or the name of its lexicon group: plan_verb, construction_campaign…) is kept on the
#: finding as ``instrument_rule``.
INSTRUMENT_RULES = (
    ("obligation", _by_obligation),          # 应/必须/不得: a rule -> regulation
    ("by_law", _by_law),                     # 依法/依规 + verb: enforcement -> regulation
    ("issued_title", _by_issued_title),      # 印发《…计划》: the title's head (计划, 办法, 标准) decides
    ("verb_class", _by_verb_class),          # the verb decides whatever the object (谋划, 严禁, 补贴, 建成通车)
    ("money_channel", _by_money_channel),    # 国债支持X的政策/名单: a policy or list of money support -> fund
    ("built_facility", _by_built_facility),  # a building verb + facility noun -> infrastructure
    ("offence_object", _by_offence),         # the object names an offence (违规, 非法) -> regulation
    ("participation", _by_participation),    # 支持/鼓励 + someone 参与 X: their taking part, no instrument
    ("encouraged_party", by_encouraged_party),  # 鼓励/引导/支持 + a firm, bank, resident + its own verb -> other
    ("mechanism_head", by_mechanism_head),   # …奖励机制, …处理机制: the rules by which X is done -> regulation
    ("goal_title", by_goal_title),           # 建设…中心城市: a city built up as a title -> program
    ("head_noun", _by_head_noun),            # the object's head keyword (head-final: the last)
    ("policy_in_force", by_policy_in_force),  # 落实/实施/完善 + a bare 政策/措施: rules applied -> regulation
    ("container_head", _by_container_head),  # a light head (建设, 政策, 机制) with no keyword before it
    ("benefactive_service", _by_beneficiary),  # 为+people+verb: a service to them
    ("verb_default", _by_verb_default),      # the lead verb's usual instrument
    ("counted_object", _by_counted_object),  # units counted (培育企业30家): a programme's quota
    ("outcome_subject", _by_outcome_subject),  # X实现全覆盖: nothing decided in the outcome, X's head does
    ("process_head", by_process_head),       # 推进…现代化: nothing else decided, a -化 process driven -> program
)


#: what follows a facility noun when the facility is built or rebuilt (训练中心建设, 管网改造)
_REBUILT_TAILS = ("建设", "项目建设", "改造")


#: a list of facilities closed by 等 and a project word (…水库、…高速等项目, 等重点工程建设)
_LISTED_PROJECTS = re.compile(r"等[\d.]*[个项]?(?:重大|重点)?(?:项目|工程)(?:建设)?$")


#: a length (300公里) counts a road or a greenway as a number (3个) counts buildings
_COUNT_TAIL = re.compile(r"^[\d.]*(?:[个座所家处条项]|公里|千米)?(?:左右|以上)?$")


def _tail_is_count(tail: str) -> bool:
    """Nothing, or only a count, follows the facility noun (建设一批实训基地, 新建…中心3个)."""
    return bool(_COUNT_TAIL.match(tail))


def classify_instrument(quote: str, action: str = "") -> str:
    """Instrument of a measure clause (see :func:`decide_instrument`).

    >>> classify_instrument("实施街道便民服务站点建设工程")
    'program'
    >>> classify_instrument("加快修订小微企业认定标准", "修订")
    'standard'
    >>> classify_instrument("落实结构性减税降费政策"), classify_instrument("出台支持汽车消费政策")
    ('fund', 'other')
    """
    return decide_instrument(quote, action)[0]
