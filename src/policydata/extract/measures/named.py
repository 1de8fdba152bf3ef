"""What a measure names: the named policy it carries out (《…条例》, “宽带升级”专项, 智能制造工程) and the
five-year-plan framework it belongs to (十五五)."""
from __future__ import annotations

import re

from ...text.patterns import alternation
from ...text.segment import CJK_RANGE as _HAN
from .rules import _match_word, load_verbs

_BOOK_TITLE = re.compile(r"《[^》]+》")  # a document title 《…》
_QUOTED_NAME = re.compile(r"“([^”]{2,20})”")  # a quoted name “…” of 2-20 characters
_QUOTED_LIST_ITEM = re.compile(r"“[^”“]{1,30}”[、和及与]?$")  # a quoted name right before, perhaps followed by a list mark
_AFTER_QUOTE = re.compile(r"”[、和及与]?$")  # the text before ends with a closing quote (and a list mark)


#: a trailing bracket in a title (《…方案（2025）》, 《…（试行）》) is no part of its head
_TITLE_TAIL = re.compile(r"[（(][^（()）]*[）)]$")


def issued_title_head(text: str, verbs, heads) -> str:
    """The head of the 《title》 an issuing verb (``verbs``: 印发, 出台…; 了 may follow) is right
    before: the one of ``heads`` (kinds of document: 规划, 计划, 办法, 标准) that ends the title, a
    trailing （year） or （试行） left out; '' if no verb stands right before a title, or the title
    ends in another word (…的通知). The title is one name: its inner words and conjunctions (普查和
    区划实施方案) are no head. Rule issued_title of :mod:`.instrument_rules` reads the instrument from it.

    >>> issued_title_head("两部门联合印发了《林区道路养护和巡护实施方案（2026）》", ["印发"], ["方案", "办法"])
    '方案'
    >>> issued_title_head("市里印发《关于做好春季植树工作的通知》", ["印发"], ["方案", "办法"])
    ''
    """
    for verb in verbs:
        at = text.find(verb)
        while at >= 0:
            start = at + len(verb) + text.startswith("了", at + len(verb))
            close = text.find("》", start)
            if text.startswith("《", start) and close > start:
                title = _TITLE_TAIL.sub("", text[start + 1:close])
                return next((h for h in heads if title.endswith(h)), "")
            at = text.find(verb, at + 1)
    return ""


_FIVE_YEAR = re.compile(r"十[一二三四五六七八九]五")


_PROGRAM_SUFFIXES = ["专项行动", "行动计划", "三年行动", "工程", "行动", "计划", "战略", "规划", "纲要",
                     "条例", "方案", "专项", "办法", "品牌", "工作", "政策"]


_NAMED_QUOTED = re.compile(rf"“[^”]{{2,30}}”[{_HAN}·]{{0,4}}?(?:{alternation(_PROGRAM_SUFFIXES)})")


_GENERIC_OBJECT = re.compile(r"^(?:一批|一系列|各类|相关|有关|更多|多种|这些|各项|重点|重大)")


def named_policy_of(quote: str, verb_end: int = -1, action: str = "") -> str:
    """Named policy in a measure clause.

    >>> named_policy_of("全面落实《保障个体工商户合法权益条例》")
    '《保障个体工商户合法权益条例》'
    >>> named_policy_of("实施“宽带升级”专项")
    '“宽带升级”专项'
    >>> named_policy_of("深入实施智能制造工程", 4, "实施")
    '智能制造工程'
    >>> named_policy_of("持续开展攻关项目“赛马争先”")
    '“赛马争先”'
    >>> named_policy_of("推动“百兆”向“千兆”升级")
    ''
    >>> named_policy_of("用好国家“两重”“两新”政策资金")
    '“两重”“两新”政策'
    """
    m = _BOOK_TITLE.search(quote)
    if m:
        return m.group()
    m = _NAMED_QUOTED.search(quote)
    if m and not _FIVE_YEAR.fullmatch(m.group()[1:m.group().index("”")]):
        start = m.start()
        # a list of quoted names sharing the head: “两重”“两新”政策, “21条”“18条”等政策
        while (prev := _QUOTED_LIST_ITEM.search(quote[:start])) and \
                not _FIVE_YEAR.fullmatch(prev.group().strip("、和及与“”")):
            start = prev.start()
        return quote[start:m.end()]
    if verb_end >= 0 and action in load_verbs()["program_verbs"]:
        # the unquoted object of 实施/开展/制定… when it ends in a program word: 智能制造工程
        obj = quote[verb_end:]
        m = re.match(rf"[^，,。；;、]*?(?:{alternation(_PROGRAM_SUFFIXES)})(?=$|[、，,。；;和及与])", obj)
        if m and len(m.group()) >= 4 and not _GENERIC_OBJECT.match(m.group()) \
                and m.group() not in _PROGRAM_SUFFIXES and not _is_generic_policy_name(m.group()):
            return m.group()
    for m in _QUOTED_NAME.finditer(quote):
        if not _FIVE_YEAR.fullmatch(m.group(1)) and _is_named_quote(quote, m.start(), m.end()):
            return m.group()
    return ""


def _is_generic_policy_name(obj: str) -> bool:
    """印发实施方案 / 配套政策: a kind of document, not a named policy (leading program verbs dropped).

    >>> _is_generic_policy_name("印发实施方案"), _is_generic_policy_name("智能制造工程")
    (True, False)
    """
    lex = load_verbs()
    while (verb := _match_word(obj, 0, lex["program_verbs"])) and len(obj) > len(verb):
        obj = obj[len(verb):]
    return obj in lex["generic_policy_names"]


_QUOTE_HOLDERS = ["任务", "活动", "行动", "工程", "计划", "品牌", "专项", "政策", "平台", "项目", "模式", "机制"]


def _is_named_quote(quote: str, start: int, end: int) -> bool:
    """A quoted term names a program only as a whole object, not as a slogan modifier.

    Named: 开展“赛马争先” (right after a program verb), 攻关项目“赛马争先” (after a program noun),
    “两重”“两新”等 (in a list). Slogans: 推动“百兆”向“千兆”升级, “百兆”网络.
    """
    tail = quote[end:end + 1]
    if tail and tail not in "，,。；;、“等和及与）)":
        return False
    before = quote[:start]
    verbs = load_verbs()["program_verbs"]
    return any(before.endswith(w) for w in verbs + _QUOTE_HOLDERS) or \
        bool(_AFTER_QUOTE.search(before))


def framework_of(text: str) -> str:
    """十五五 / 十四五 ... written in text, '' if none."""
    m = _FIVE_YEAR.search(text)
    return m.group() if m else ""
