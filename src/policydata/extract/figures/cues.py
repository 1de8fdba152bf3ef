"""Cue words around a figure that make it a goal or a fact (计划/力争, 已/完成, 现有…)."""
from __future__ import annotations


from ...document import Span
from ...recognize.timeexpr import event_year_spans
from ...text.patterns import literal_pattern
from ...text.segment import clause_bounds
from .findings import lexicon
from .frames import _compared_goal_spans
from .numbers import Num  # noqa: F401 (used by the doctests)
from .phrases import Phrase
from ...text.regex_starts import lexicon_match, lexicon_search


def estimate_cue(before: str) -> bool:
    """Rule preliminary_estimate (figures.json ``preliminary_estimate``): the clause before a figure
    opens with 预计 (初步核算) that does not look ahead (预计将, 预计到2030年, 预计明年). decide applies
    it only in a review of a past year, where it gives that year's preliminary statistic.

    >>> [estimate_cue(t) for t in ("预计全市生产总值突破", "全年预计增长", "预计将新增企业", "预计到2030年产值达到",
    ...                            "预计全年产值突破8000亿元，同口径增长")]
    [True, True, False, False, False]
    """
    return bool(lexicon_search(lexicon()["preliminary_estimate"], before))


def _cue_role(sentence: str, pos: int, strength: str) -> str:
    """target / stat from the cue word nearest before pos (else anywhere in the sentence).

    >>> [_cue_role(t, t.index(n), "weak") for t, n in (("有效应对9轮寒潮", "9"), ("全市需新建学校8所", "8"),
    ...                                                  ("市场需求增长5%", "5"))]
    ['', 'target', '']
    """
    lex = lexicon()
    speech = tuple(lex["review_cues"].get("speech_verbs", ()))
    guards = lex["target_cues"].get("word_guards", {})
    bases = lex["target_cues"].get("word_bases", {})
    compounds = lex["target_cues"].get("compound_guards", {})  # rule modal_word_not_compound: 应对, 需求
    hits = []
    # compared_goal: 增长5.2%，高于5%的预期目标 -- the goal word after the fact names its yardstick
    yardsticks = _compared_goal_spans(sentence)
    # event_year: 自认定当年起 counts from an event, it reports nothing
    event_years = event_year_spans(sentence)
    for role, key in (("target", "target_cues"), ("stat", "review_cues")):
        for w in lex[key][strength]:
            if w not in sentence:  # most cue words are absent: no regex scan for them
                continue
            for m in literal_pattern(w).finditer(sentence):
                if role == "stat" and speech and sentence.startswith(speech, m.end()):
                    continue  # 《方案》已提出将推动…: the past act is the proposing, not the figure
                if role == "target" and w in guards and m.start() < pos \
                        and not lexicon_match(guards[w], sentence[m.start():]):
                    continue  # 下达投资计划，共计…: 计划 the noun before the figure sets no goal
                    # (after it, 投资21亿元的计划 names the figure a plan)
                if role == "target" and w in compounds and not lexicon_match(compounds[w], sentence[m.start():]):
                    continue  # 妥善应对3次寒潮: 应 begins the verb 应对, no modal
                if role == "target" and w in bases and lexicon_match(bases[w], sentence[m.start():]):
                    continue  # 超年度计划28%: the base of a comparison
                if role == "target" and any(a <= m.start() < b for a, b in yardsticks):
                    continue
                if role == "stat" and any(a <= m.start() < b for a, b in event_years):
                    continue
                hits.append((m.start(), role))
    if not hits:
        return ""
    before = [h for h in hits if h[0] < pos]
    if before:
        return max(before)[1]
    if strength == "weak":
        # 总投资超过300亿元，将进一步提升…: a modal after the figure belongs to its own
        # clause (an outcome), not to the figure's
        _, clause_end = clause_bounds(sentence, pos)
        hits = [h for h in hits if h[0] < clause_end]
        if not hits:
            return ""
    return min(hits)[1]


def _explicit_target_cue(before: str) -> bool:
    """Whether the words before a figure set a goal even in a review (力争, 目标是).

    >>> _explicit_target_cue("力争粮食产量"), _explicit_target_cue("技术合同成交额达到")
    (True, False)
    """
    return any(w in before for w in lexicon()["review_frame"]["explicit_target_cues"])


def _clause_sets_goal(sentence: Span, rel: int) -> bool:
    """Whether the figure's own clause names a goal (目标, 预期) or, before the figure,
    a rule's allowance or a forecast (可降至, 最多可降低, 全年可减轻).

    >>> t = "2022年地区生产总值预期增长目标6%左右。"
    >>> _clause_sets_goal(Span(0, len(t), t), t.index("6%"))
    True
    >>> t = "高于16%的省份，可降至16%。"
    >>> _clause_sets_goal(Span(0, len(t), t), t.rindex("16%"))
    True
    >>> t = "全年地区生产总值增长5.7%，超预期。"
    >>> _clause_sets_goal(Span(0, len(t), t), t.index("5.7"))
    False
    """
    rule = lexicon()["plan_news"]
    lo, hi = clause_bounds(sentence.text, rel)
    if lexicon_search(rule["clause_goal_pattern"], sentence.text[lo:hi]):
        return True
    return lexicon_search(rule["rule_modal_pattern"], sentence.text[lo:rel]) is not None


def _present_fact(text: str, sent: Span, p: Phrase) -> bool:
    """Whether a figure is stated as a present fact, not a goal: 现有/我国有… before it, or a
    stock of people or households bounded from below (市场主体超过1.5亿户, 14亿多人民) with
    no target cue and no flow verb (新增, 引进…) before it in its sentence.

    >>> t = "我国市场主体超过1.5亿户，一定能够完成主要目标任务。"
    >>> n = Num(6, 13, "超过1.5亿户", 1.5e8, "户", qualifier="more_than", comparator=">")
    >>> _present_fact(t, Span(0, len(t), t), Phrase(n, 0, 13, "我国市场主体", "", "市场主体", "市场主体"))
    True
    >>> t = "力争城镇新增就业超过1200万人。"
    >>> n = Num(8, 16, "超过1200万人", 1.2e7, "人", qualifier="more_than", comparator=">")
    >>> _present_fact(t, Span(0, len(t), t), Phrase(n, 0, 16, "力争城镇新增就业", "", "城镇新增就业", ""))
    False
    """
    rule = lexicon()["present_facts"]
    n = p.num
    before = text[sent.start:n.start]
    seg_start, _ = clause_bounds(text, n.start)
    clause = text[max(seg_start, sent.start):n.start]
    lex = lexicon()
    cues = lex["target_cues"]["strong"] + lex["target_cues"]["weak"] + rule["flow_words"]
    if any(w in clause for w in cues) or any(w in before for w in lex["target_cues"]["strong"]):
        return False
    if any(clause.endswith(w) or clause.endswith(w + "了") for w in rule["before_words"]):
        return True  # 现有/拥有/我国有 + number
    return n.unit in rule["stock_units"] and n.qualifier in rule["stock_qualifiers"]
