"""Where a measure's row ends: which clause after an action clause joins that measure (its
object, manner or figure) and which is a row of its own (rule own_action_clause) or no part of
it (rule outcome_tail). The walk (:mod:`.sentence_measures`) asks these for each clause it would join.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import ClauseInfo, _trim, _verb_at, non_measure_rule
from ...text.patterns import alternation
from .rules import _any, _match_word, load_instruments, load_verbs


#: punctuation closing a clause, stripped before its tail is read
_CLAUSE_END_MARKS = "，,。；;、：:！!？? \t\n"


def _is_outcome_tail(clause: str) -> bool:
    """Rule outcome_tail: a clause with no lead verb that ends in an outcome (measure_verbs.json
    ``outcome_tail_patterns``: …稳步回升, …由降转升, 成效显著, …受益) reports what the action before
    it brought about; it ends that measure rather than extending its quote.

    >>> _is_outcome_tail("河湖水质进一步改善，"), _is_outcome_tail("重点支持山区开展改造")
    (True, False)
    >>> _is_outcome_tail("推动服务水平明显提高")
    False
    """
    lex = load_verbs()
    if clause.startswith(tuple(lex["lead_verbs"])):
        return False  # 推动…水平明显提高: an action aimed at the outcome, which stays with its measure
    return _any(lex["outcome_tail_patterns"], clause.rstrip(_CLAUSE_END_MARKS))


#: rule own_action_clause (manner): an adverbial of manner closed by 地 (更大力度地, 有针对性地)
#: before the clause's lead verb; not a noun ending in 地 (土地, 基地, 各地, 当地, 落地 ...)
_MANNER_ADVERBIAL = re.compile(r"(?:[\u4e00-\u9fff]{1,5}?(?<![土耕基林湿绿草用场工产园各当本外两异属落腹阵高洼天田])地"
                               r"(?![区方点域面块]))")

@lru_cache(maxsize=1)
def _result_predicate() -> tuple[re.Pattern, re.Pattern]:
    """rule own_action_clause (result): a subject, then a predicate that tells a concrete step taken
    with it -- the object first, its completion after (某水厂实现水源切换, 某公园环实现闭合, 某工程
    陆续完工, 某类企业纳入统一监管, 某试点获国家批复, 某机构迁入新区, 某体系基本形成, 某问题动态清零).
    实现 with a change of a figure (实现增长, 实现翻番) is an outcome, no step: rule outcome_tail and
    the exclusion below keep it a tail. Returns that pattern and the pattern of the adverb stripped
    from its verb (基本形成 -> 形成): the adverbs each predicate takes are measure_verbs.json
    ``result_predicate_adverbs``, and the adverbs stripped are all of them."""
    adverbs = load_verbs()["result_predicate_adverbs"]

    def before(verb: str) -> str:
        return "(?:" + "|".join(map(re.escape, adverbs[verb])) + ")"
    predicate = re.compile(
        r"[\u4e00-\u9fff\d“”《》（）()、]{3,}?"
        r"(?P<verb>" + before("实现") + r"?实现(?![^，,。；;]*(?:增长|翻番|提升|提高|下降|突破|盈利|平衡|回升|转正|改善|好转|优化|增收|情况|等|的))"
        r"[\u4e00-\u9fff“”]{2,8}"
        r"|" + before("形成") + r"形成"
        r"|纳入[\u4e00-\u9fff“”]{1,10}(?:监管|管理|范围|体系|名录|目录)"
        r"|迁入[\u4e00-\u9fff“”]{2,8}"
        r"|获(?:得)?[\u4e00-\u9fff]{0,4}批复|获批(?:设立|建设|实施)?"
        r"|" + before("完工") + r"?完工"
        r"|" + before("清零") + r"?清零)$")
    stripped = sorted({a for words in adverbs.values() for a in words}, key=len, reverse=True)
    return predicate, re.compile("^(?:" + "|".join(map(re.escape, stripped)) + ")")


@lru_cache(maxsize=1)
def _completion_adverb() -> str:
    """rule own_action_clause (completed_facility): an optional adverb of extent or manner between a
    facility and the verb that reports it built or opened (…工程整体投入运行, …改造全面完成, …线路正式开通运营):
    measure_verbs.json ``completion_adverbs``."""
    return "(?:" + "|".join(map(re.escape, load_verbs()["completion_adverbs"])) + ")?"


@lru_cache(maxsize=1)
def _works_done() -> re.Pattern:
    """…改造完成, …工程建设完成: 完成 reports a facility finished only after a works word."""
    return re.compile(r"(?:改造|建设|工程|扩建|改扩建)" + _completion_adverb() + "完成$")


def _completed_facility(clause: str) -> str:
    """rule own_action_clause (completed_facility): a clause -- or its first item before 、 -- that
    names a facility and then reports it built or opened (某机场三期建成投运, 某工程整体投入运行,
    某铁路扩能改造全面完成): the completion verbs of instruments.json (completion_verb) or 完成 after a
    works word; a step taken of its own, as a row of its own (its class: the facility's, not that of
    the measure before it). The subject must have three characters or more and open with no lead verb.

    >>> _completed_facility("城东机场三期建成投运、旅客吞吐量创新高"), _completed_facility("南线铁路扩能改造全面完成")
    ('建成投运', '完成')
    >>> _completed_facility("全市就业形势总体稳定"), _completed_facility("建成投运")
    ('', '')
    """
    verbs = sorted((v for v, (_, rule) in load_instruments()["verb_classes"].items() if rule == "completion_verb"),
                   key=len, reverse=True)
    head = clause.split("、", 1)[0]
    m = re.search(_completion_adverb() + "(" + "|".join(map(re.escape, verbs)) + ")$", head)
    if m and m.start() >= 3:
        return m.group(1)
    return "完成" if _works_done().search(head) and len(head) >= 7 else ""


@lru_cache(maxsize=1)
def _adverb_led() -> re.Pattern:
    """Rule own_action_clause (adverb): a run of the manner adverbs that only ever qualify a verb
    (measure_verbs.json ``verb_only_adverbs``: 积极, 充分, 主动 …), longest first, then a verb of two
    characters that opens with no particle, punctuation, digit or Latin letter (积极的…, 主动、…,
    进一步5% are no verbs)."""
    return re.compile("(?:" + "|".join(map(re.escape, load_verbs()["verb_only_adverbs"])) + ")+"
                      r"(?P<verb>(?![的地得之])[\u4e00-\u9fff]{2})(?=[\u4e00-\u9fff“《])")


#: the instrument of a measure whose words decide none
_NO_INSTRUMENT = "other"


def _own_action(text: str, info: ClauseInfo, planning: bool = False, head: str = "", head_action: str = "") -> str:
    """Rule own_action_clause: the action of a clause read as ``plain`` (no lead verb where the
    verb is looked for) that carries an action of its own, '' otherwise. The walk joins a plain
    clause to the measure before it (its object, its manner, its figure); these clauses are a
    commitment or a step of their own, and the annotation gives them their own row:

    - a manner adverbial closed by 地, then a lead verb (…，更大力度地促进就业);
    - a subject and a result predicate (…，某水厂实现水源切换; …，剩余工程将于年底前陆续完工): the
      step taken with a second facility, body or task (:func:`_result_predicate`);
    - a manner adverb that only ever qualifies a verb, then a verb the lexicon does not list and
      its object (…，主动走访重点企业): the next commitment of a chain of verb-object clauses
      sharing one subject (:func:`_adverb_led`).

    >>> t = "开展技能提升培训，更大力度地促进青年就业。"
    >>> _own_action(t, ClauseInfo("plain", 9, 20))
    '促进'
    >>> t = "完成水源地保护工程，城西水厂实现水源切换。"
    >>> _own_action(t, ClauseInfo("plain", 10, 20))
    '实现'
    >>> t = "实施稳岗政策，全市就业实现稳步增长。"
    >>> _own_action(t, ClauseInfo("plain", 7, 17))
    ''
    >>> t = "举办招商推介会，主动走访本地重点企业。"
    >>> _own_action(t, ClauseInfo("plain", 8, 19))
    '走访'
    >>> t = "落实积极的财政政策，积极的货币政策。"
    >>> _own_action(t, ClauseInfo("plain", 10, 18))
    ''
    """
    s, e = _trim(text, info.start, info.end)
    clause = text[s:e].rstrip(_CLAUSE_END_MARKS)
    if not clause or _is_outcome_tail(clause):
        return ""
    m = _MANNER_ADVERBIAL.match(clause)
    if m:
        verb, _, _ = _verb_at(clause, m.end(), planning)
        if verb:
            return verb
    predicate, adverb = _result_predicate()
    r = predicate.fullmatch(clause)
    if r and not _verb_at(clause, 0, planning)[0]:
        verb = adverb.sub("", r.group("verb"))
        objected = _match_word(verb, 0, load_verbs()["result_object_verbs"])  # 实现水源切换 -> 实现
        return objected or verb  # 完工, 获批
    done = _completed_facility(clause)
    if done and not _verb_at(clause, 0, planning)[0]:
        return done  # rule completed_facility: 某机场建成投运 after another measure
    a = _adverb_led().match(clause)
    if a and len(clause) - a.end() >= 2 and not _verb_at(clause, 0, planning)[0]:
        return a.group("verb")  # 主动走访企业: the adverb marks 走访 as the clause's verb
    opened = max(text.rfind(mark, 0, s) for mark in "，,；;：:") + 1  # 同时, skipped as a prefix, is read too
    timed = _timing_led(text[opened:s] + clause, head) if s - opened <= 3 else ""
    if timed:
        return timed  # 及时解决群众困难 after another step: the next step of the chain
    return "" if _lets_a_party_act(head, head_action) else _manner_word_verb(clause, planning)


@lru_cache(maxsize=1)
def _timing_adverb() -> re.Pattern:
    """Rule own_action_clause (timing): 并 or not, a run of the adverbs of timing (measure_verbs.json
    ``grain.timing_adverbs``: 及时, 定期, 同时 …), then a word of two characters that opens with no
    particle, punctuation, digit or Latin letter -- the verb they qualify -- and its object."""
    adverbs = "|".join(map(re.escape, load_verbs()["grain"]["timing_adverbs"]))
    return re.compile(rf"并?(?:{adverbs})+(?P<verb>(?![的地得之])[\u4e00-\u9fff]{{2}})(?=[\u4e00-\u9fff“《]{{2}})")


def _timing_led(clause: str, head: str) -> str:
    """Rule own_action_clause (timing, round 21): a joined clause that opens with an adverb of timing or
    frequency (及时, 定期, 同时, 立即 …, optionally after 并) and a verb with its object is the next step
    of a chain of verb-object clauses sharing one subject (开展走访慰问，及时解决困难; 按要求落实配备，同时厘清
    职责): a row of its own, its quote its own clause (corpus README: one row per commitment). After a
    measure ``head`` that sets up a mechanism (its text ends in ``grain.mechanism_heads``: 制度, 机制, 平台 …)
    the adverb tells how that mechanism runs (建立…制度，及时回应关切): it stays in that row. The verb is
    returned, '' otherwise.

    >>> _timing_led("及时解决群众困难", "开展走访慰问活动"), _timing_led("同时厘清监管职责", "落实设施配备")
    ('解决', '厘清')
    >>> _timing_led("并及时通报省水利厅", "排查水利工程分布"), _timing_led("定期报告工作进展", "总结经验做法")
    ('通报', '报告')
    >>> _timing_led("及时回应企业关切", "建立诉求直达制度"), _timing_led("及时的", "开展活动")
    ('', '')
    """
    m = _timing_adverb().match(clause)
    if not m or head.rstrip(_CLAUSE_END_MARKS).endswith(tuple(load_verbs()["grain"]["mechanism_heads"])):
        return ""
    return m.group("verb")


def _lets_a_party_act(head: str, action: str) -> bool:
    """rule own_action_clause (manner_word): the measure before the clause, ``head`` with its verb
    ``action``, lets a party outside the government act (支持企业…, 鼓励平台企业…: instruments.json rule
    encouraged_party's pivot verbs and parties): the verb-object clauses after it are that party's
    actions (…，自主确定…，自主设置…), which the corpus README counts as no measure of the issuer; they stay
    inside the one commitment to encourage.

    >>> _lets_a_party_act("支持企业结合生产特点", "支持"), _lets_a_party_act("推进机场前期工作", "推进")
    (True, False)
    """
    rule = load_instruments().get("encouraged_party") or {}
    at = head.find(action) if action in rule.get("pivot_verbs", ()) else -1
    return at >= 0 and any(p in head[at + len(action):at + len(action) + 8] for p in rule.get("parties", ()))


#: rule own_action_clause (manner_word): the length of a manner word before a lead verb (滚动, 试点,
#: 分地区); a longer opening is a noun phrase, the subject of a predicate
_MANNER_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}")


@lru_cache(maxsize=1)
def _predicate_verbs() -> re.Pattern:
    """``grain.predicate_verbs`` as one pattern, compiled once (it is read for every joined clause)."""
    return re.compile(alternation(load_verbs()["grain"]["predicate_verbs"]))


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The words the verb lexicon knows as verbs, modals or adverbs: no manner word is one of them
    (built once: rule own_action_clause reads it for every joined clause)."""
    lex = load_verbs()
    keys = ("lead_verbs", "plan_only_verbs", "modals", "adverbs", "verb_only_adverbs", "result_predicate_adverbs")
    return frozenset(w for key in keys for w in lex[key])


@lru_cache(maxsize=1)
def _not_manner_chars() -> frozenset[str]:
    """``grain.not_manner_chars``: characters that make an opening a phrase, not a manner word."""
    return frozenset(load_verbs()["grain"]["not_manner_chars"])


def _predicate_after(rest: str) -> bool:
    """rule own_action_clause (manner_word): what follows the verb is a predicate, not its object, so
    the opening was a subject and the verb a noun (产业发展迈上新台阶, 城市更新取得新成效, 项目建设进度加快,
    生态保护持续加强): a description tail (measure_verbs.json ``description_tail_patterns``), a verb of
    motion or result after a noun (迈上, 取得, 实现 …: ``grain.predicate_verbs``), or a lead verb closing the
    clause right after a word that is no verb (进度加快; …设施建设 is the object's head noun, kept)."""
    lex = load_verbs()
    if _any(lex["description_tail_patterns"], rest) or _predicate_verbs().search(rest):
        return True
    tail = next((v for v in lex["grain"]["predicate_final_verbs"] if rest.endswith(v)), "")
    return bool(tail) and len(rest) > len(tail)


def _manner_word_verb(clause: str, planning: bool = False) -> str:
    """Rule own_action_clause (manner_word, round 20): a joined clause that opens with a word of two or
    three characters the lexicon knows as no verb, then a lead verb (not one of effect: 降低, 保障 …,
    rule purpose_tail_verb's) and an object of two characters or more: the word says how the action is
    done (滚动推出…清单, 试点建设…基站, 协同推进…建设, 分地区开设…专区), the clause is the next commitment of
    a chain of verb-object clauses sharing one subject -- a row of its own, its quote its own clause
    (corpus README: one row per commitment). The verb is returned; '' otherwise. A result predicate
    (形成…, 实现…), a phrase (a character of measure_verbs.json ``grain.not_manner_chars``: 用最严格的…,
    更多在推动…; 地 closing the word is the manner adverbial rule's), or a verb with no object stays joined.

    >>> _manner_word_verb("滚动推出面向社会资本的项目清单"), _manner_word_verb("分地区开设线上服务专区")
    ('推出', '开设')
    >>> _manner_word_verb("形成研发与应用相互促进机制"), _manner_word_verb("显著降低企业成本")
    ('', '')
    >>> _manner_word_verb("用最严格的制度守住成果"), _manner_word_verb("更多在推动转型上用力"), _manner_word_verb("协同推进")
    ('', '', '')
    >>> _manner_word_verb("产业发展迈上新台阶"), _manner_word_verb("项目建设进度加快"), _manner_word_verb("试点建设充电设施")
    ('', '', '建设')
    """
    lex = load_verbs()
    known, not_manner = _known_words(), _not_manner_chars()
    for n in (2, 3):
        m = _MANNER_WORD.match(clause, 0, n)
        word = m.group() if m and m.end() == n else ""
        if not word or not_manner & set(word) or word.endswith("地") or word in known:
            continue
        verb, after, _ = _verb_at(clause, m.end(), planning)
        if len(verb) >= 2 and verb not in lex["grain"]["effect_verbs"] and not non_measure_rule(clause[m.end():]) \
                and re.match(r"[\u4e00-\u9fff《]{2}", clause[after:]) and not _predicate_after(clause[after:]):
            return verb
    return ""
