"""What one line or block of running text is: headline, byline, caption, body… and how it ends.

``classify_block`` gives a line its kind from general features only (length,
punctuation, the patterns of ``lexicons/layout.json``); ``is_complete``,
``ends_dangling`` and ``starts_paragraph`` say whether a block ends like a finished
paragraph, ends mid-sentence, or opens a new paragraph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .rules import any_match, page_rules, rules


def _strip_closing(text: str) -> str:
    """``text`` without trailing closing quotes/brackets and trailing parenthetical notes.

    A block that is one parenthetical note as a whole gives "".

    >>> _strip_closing("实施行动。（工业和信息化部负责）")
    '实施行动。'
    >>> _strip_closing("他说：“好。”"), _strip_closing("（此件公开发布）")
    ('他说：“好。', '')
    """
    r = rules()
    text = text.rstrip()
    while text:
        last = text[-1]
        if last in "）)":
            open_at = text.rfind("（" if last == "）" else "(")
            if open_at < 0:
                return text
            text = text[:open_at].rstrip()
            continue
        if last in r.closers:
            text = text[:-1].rstrip()
            continue
        return text
    return text


def is_complete(text: str) -> bool:
    """True when a block ends like a finished paragraph (sentence end or colon).

    >>> is_complete("推动高质量发展。"), is_complete("公共服务体系,促")
    (True, False)
    >>> is_complete("（十二）压实属地管理责任。（各区县人民政府负责）"), is_complete("（此件公开发布）")
    (True, True)
    """
    r = rules()
    core = _strip_closing(text)
    if not core:
        return True
    return core[-1] in r.terminators + r.block_complete_extra


def is_quote_source(line: str, above: str) -> bool:
    """Rule quote_source_line: a line opened by a dash, holding no sentence end, under a line
    that ends a sentence names the source or occasion of the quotation or note above it (an
    epigraph's ——摘自…, ——某年某月某日，某某在…时强调; an editor's note signed ——编  者): it
    closes that block, no headline line and no column cut. A subtitle opened by a dash stands
    under a headline line (no sentence end above), a list item opened so holds a sentence end.

    >>> is_quote_source("——摘自某某建议", "要坚持走自己的路。"), is_quote_source("——编  者", "共同向前走。”")
    (True, True)
    >>> is_quote_source("——甲县推进八项工程", "甲县建设新城区"), is_quote_source("——质量稳步提升。全年…", "如下。")
    (False, False)
    """
    line, above = line.strip(), above.strip()
    if not line or not above or not re.match(page_rules().running["quote_source_opener"], line):
        return False
    r = rules()
    core = _strip_closing(above)
    return not any(c in r.terminators for c in line) and bool(core) and core[-1] in r.terminators


def ends_dangling(text: str) -> bool:
    """True when a block ends on a comma, an enumeration comma or a function word, or on a
    comparison without its figure (:func:`ends_on_comparison`).

    >>> ends_dangling("恶臭气体、"), ends_dangling("农业机械化和"), ends_dangling("划重点")
    (True, True, False)
    """
    r = rules()
    text = text.rstrip()
    if not text:
        return False
    return text[-1] in r.dangling_chars or text.endswith(r.dangling_words) or ends_on_comparison(text)


def ends_on_comparison(text: str) -> bool:
    """Rule comparison_word_end: does ``text`` end on a comparison word (同比, 分别: the change
    it compares must follow), or (rule comparison_change_end) on a comparison word and a
    change that takes a figure (同比增长, 比上年分别下降: the figure must follow; 同比持平 needs
    none)? Such a line is cut mid-sentence: no headline, no sentence's end.

    >>> [ends_on_comparison(t) for t in ("货物吞吐量同比", "货物吞吐量同比增长", "货物吞吐量同比持平",
    ...                                   "外贸进出口稳定增长", "货物吞吐量同比增长5%")]
    [True, True, False, False, False]
    """
    r = rules()
    text = text.rstrip()
    return text.endswith(r.comparison_words) or bool(r.comparison_change_end.search(text))


def starts_paragraph(text: str) -> bool:
    """True when a block opens like a new paragraph (time, connective, numbering, speaker...).

    >>> starts_paragraph("2026年县域经济怎样提质增效?"), starts_paragraph("进中小企业高质量发展。")
    (True, False)
    """
    r = rules()
    return text.startswith(r.start_words) or any_match(r.start_patterns, text)


def _is_numbered_heading(text: str) -> bool:
    r = rules()
    if len(text) > r.numbered_max_len or not any_match(r.numbered, text):
        return False
    # （二）发展目标。 is a heading; （一）总体要求。以推动… is a numbered paragraph.
    inner = _strip_closing(text)[:-1]
    return not r.inner_sentence_end.search(inner)


def _is_phrase_list(text: str) -> bool:
    """A short line made only of 、-separated short phrases, without final punctuation:
    a heading (扩投资、促消费、稳工业), not a paragraph cut after its commas.

    >>> _is_phrase_list("扩投资、促消费、稳工业"), _is_phrase_list("整治河道淤积、垃圾堆放、")
    (True, False)
    >>> _is_phrase_list("加快推进交通、水利等基础设施项目建设")
    False
    """
    r = rules()
    text = text.strip()
    if not text or len(text) > r.list_line_max_len or text[0] in r.non_initial_chars:
        return False
    phrases = re.split(r"[、\s]+", text)
    return (len(phrases) >= 2 and all(0 < len(p) <= r.list_phrase_max_len for p in phrases)
            and not re.search(r"[，,。！？；;：:!?…“”《》（）()]", text))


def _is_headline_like(text: str) -> bool:
    """Short block with no sentence end inside or at the end: a headline or heading."""
    r = rules()
    if _is_phrase_list(text):
        return True
    if len(text) > r.heading_max_len or r.inner_sentence_end.search(text):
        return False
    last = text[-1]
    if last in r.terminators or last in r.block_complete_extra or last in "，、,":
        return False
    if text[0] == "“" and "”" not in text:
        return False  # rule open_quote_line: “单月销量稳定在800 opens a quotation it never closes
    # Headlines rarely hold more than one comma, or a comma in a long line: such a
    # line is the first part of a paragraph cut at a column break.
    commas = len(re.findall(r"[，,、]", text))
    if commas >= 2 or (commas and len(text) > 30):
        return False
    # 研究团队负责人介绍，团队在相干时间和: a comma and a function word at the end
    if commas and ends_dangling(text):
        return False
    return True


@lru_cache(maxsize=1)
def _info_key_regex() -> re.Pattern:
    keys = sorted(rules().info_keys, key=len, reverse=True)
    # a key before a colon (发布时间：…), or in brackets (【发布机构】…: rule metadata_fields)
    return re.compile("(" + "|".join(map(re.escape, keys)) + r")\s*(?:[:：]|[】\]］]\s*[:：]?)\s*")


#: roles whose value is kept bare (a date, a body's name, a document number), not as ``key：value``
_BARE_ROLES = ("date", "issuer", "doc_number")


def info_fields(text: str) -> dict[str, str]:
    """Fields of a web page's information line (来源/作者/发布时间…), or {} if it is not one.

    A line is an information line when it starts with a known key and holds two or
    more ``key：value`` items (or one date item), with no sentence punctuation.

    >>> info_fields("来源：市市场监管局 作者：王明 发布时间：2026-03-05 10:20 字号：大 中 小")
    {'attribution': '来源：市市场监管局', 'byline': '作者：王明', 'date': '2026-03-05 10:20'}
    >>> info_fields("发布时间：2026年3月5日"), info_fields("时间：全年，目标：增长5%")
    ({'date': '2026年3月5日'}, {})

    Rule metadata_fields: a policy database's copy prints the document's fields one per line, the
    key before a colon or in brackets; the issuer's field names the body that issued it.

    >>> [info_fields(t) for t in ("【发布机构】某某省人民政府办公厅", "发文机关：某某市人民政府",
    ...                           "【成文日期】2026年4月2日", "【发文字号】某政办发〔2026〕7号", "发文机关：")]
    [{'issuer': '某某省人民政府办公厅'}, {'issuer': '某某市人民政府'}, {'date': '2026年4月2日'}, {'doc_number': '某政办发〔2026〕7号'}, {}]
    >>> info_fields("发文机关：某某市人民政府 成文日期：2026年4月2日 发文字号：某政发〔2026〕3号")
    {'issuer': '某某市人民政府', 'date': '2026年4月2日', 'doc_number': '某政发〔2026〕3号'}
    """
    r = rules()
    line = text.strip().strip("【】[]").strip()
    if not line or len(line) > r.info_max_len:
        return {}
    items = list(_info_key_regex().finditer(line))
    if not items or items[0].start() != 0:
        return {}
    fields: dict[str, str] = {}
    for k, m in enumerate(items):
        end = items[k + 1].start() if k + 1 < len(items) else len(line)
        value = line[m.end():end].strip(" \t|｜【】[]/　")
        if r.info_value_forbidden.search(value):
            return {}
        role = r.info_keys[m.group(1)]
        if value and role != "drop" and role not in fields:
            fields[role] = value if role in _BARE_ROLES else f"{m.group(1)}：{value}"
    # one item alone is a field only when it is a date, an issuer or a document number (rule metadata_fields)
    alone = set(fields) == {"issuer"} or (set(fields) in ({"date"}, {"doc_number"})
                                          and bool(re.search(r"\d", next(iter(fields.values())))))
    if len(items) == 1 and not alone:
        return {}
    return fields


def opener(text: str) -> str:
    """The inline dateline/byline that opens an article's first paragraph, or "".

    >>> opener("本报讯（记者 孙敏）日前，省政府印发措施。")
    '本报讯（记者 孙敏）'
    >>> opener("新华社广州3月2日电（记者 黄浩）2日，园区开园。"), opener("日前，园区开园。")
    ('新华社广州3月2日电（记者 黄浩）', '')
    """
    for pattern in rules().opener:
        m = pattern.match(text)
        if m:
            return m.group()
    return ""


def _is_meta_line(text: str) -> bool:
    r = rules()
    return len(text) <= r.meta_max_len and any_match(r.meta, text)


def _is_info_line(text: str) -> bool:
    return bool(info_fields(text))


def _is_caption(text: str) -> bool:
    r = rules()
    return len(text) <= r.caption_max_len and any_match(r.caption, text)


def _is_byline(text: str) -> bool:
    """An author line; rule box_label_no_byline: a box's label (记者手记, 记者观察: ``layout.json``
    page_blocks.box_labels) reads like 记者 and a name but names no one.

    >>> _is_byline("记者 张三"), _is_byline("记者手记")
    (True, False)
    """
    r = rules()
    return (len(text) <= r.byline_max_len and not re.search(r"[，,。！？；;]", text)
            and (any_match(r.byline, text) or bool(r.speaker.search(text)))
            and not page_rules().is_box_label(text))


def _is_attribution(text: str) -> bool:
    """A source line or an author note; rule bracketed_attribution_note: a note in brackets
    opening with 作者/本报记者/记者 may hold a comma.

    >>> _is_attribution("（作者为某大学教授，本报记者张三采访整理）"), _is_attribution("（记者张三）今天，会议召开。")
    (True, False)
    """
    r = rules()
    if len(text) > r.attribution_max_len:
        return False
    return any_match(r.attribution_notes, text) or (
        any_match(r.attribution, text) and not r.attribution_forbidden.search(text.strip("（）()")))


def opens_wrapped_note(lines: list[str], k: int, most: int = 4) -> int:
    """Rule note_opens_line: does lines[k] open a bracketed author or source note that closes at
    the end of one of the next lines (（作者为某大学教授， | 本报记者张三采 | 访整理）) and reads as
    an attribution as a whole? The number of lines it is wrapped over, or 0. Such a note closes
    its article: it never goes on in the paragraph above it, however full that paragraph's last
    line, and its lines are one line.

    >>> opens_wrapped_note(["根基。", "（作者为某大学计算机", "学院教授，本报记者张三", "采访整理）"], 1)
    3
    >>> opens_wrapped_note(["根基。", "（一）加快建设", "现代化产业体系"], 1)
    0
    """
    if not lines[k].startswith(("（", "(")):
        return 0
    note = ""
    for n, line in enumerate(lines[k:k + most], 1):
        note += line.strip()
        opened = note.count("（") + note.count("(") - note.count("）") - note.count(")")
        if opened <= 0:
            return n if note.endswith(("）", ")")) and _is_attribution(note) else 0
    return 0


def _is_article_end(text: str) -> bool:
    return any_match(rules().article_end, text)


#: (kind, test) checked in order: the first test that holds gives the line its kind;
#: a line none of them fits is ``body``. Order matters: a caption's credit or a source
#: line may also look like a short headline.
_LINE_KINDS = (
    ("meta", _is_meta_line),
    ("info", _is_info_line),
    ("caption", _is_caption),
    ("byline", _is_byline),
    ("attribution", _is_attribution),
    ("end", _is_article_end),
    ("numbered", _is_numbered_heading),
    ("headline", _is_headline_like),
)


def classify_block(text: str) -> str:
    """Kind of one stripped line, from general features only.

    Kinds: ``caption``, ``byline``, ``attribution``, ``end`` (closes an article),
    ``meta`` (editorial metadata, page furniture, web chrome), ``info`` (a web
    page's 来源/作者/发布时间 line, see ``info_fields``), ``numbered`` (numbered heading), ``headline``
    (short line without a sentence end: headline, sub-headline or heading) and
    ``body``.

    >>> classify_block("近日,在甲省乙市,工人在调试机器人。新华社发")
    'caption'
    >>> classify_block("记者 王皇 济南报道"), classify_block("据新华社、大众新闻等")
    ('byline', 'attribution')
    >>> classify_block("一、2023年工作回顾"), classify_block("整治噪声扬尘等 居民身边环境问题")
    ('numbered', 'headline')
    """
    text = text.strip()
    if not text:
        return "meta"
    return _kind_of_line(text)


@lru_cache(maxsize=256)  # the same line is asked again within a few lines; kept small: another document never profits
def _kind_of_line(text: str) -> str:
    """classify_block of a stripped line, remembered: page assembly asks about a line again."""
    return next((kind for kind, test in _LINE_KINDS if test(text)), "body")


def _is_lead(text: str) -> bool:
    """A lead names a time and an occasion (日前…举行…发布会)."""
    r = rules()
    return any_match(r.lead_time, text) and any_match(r.lead_event, text)


def is_date_line(text: str) -> bool:
    """True for a line that is only a date (the publication date above a headline).

    >>> is_date_line("2026-03-05"), is_date_line("2026年3月5日 10:20"), is_date_line("2026年GDP")
    (True, True, False)
    """
    return bool(rules().date_line.match(text.strip()))



_SIGNATURE_NOTE = re.compile(r"^[（(][^（）()]{1,20}[）)]$")  # （此件公开发布）, （此件主动公开） after the date
_SIGNATURE_MAX_LEN = 40
_SENTENCE_MARKS = re.compile(r"[。，,；;：:！!？?“”]")


#: a date with its weekday (2026年2月11日 星期三): how a newspaper page prints its date (rule masthead_date)
_DATE_AND_WEEKDAY = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:星期|周)")


def masthead_date(lines: list[str]) -> str:
    """Rule ``masthead_date``: the ISO date a newspaper page prints in its masthead -- a line that
    opens with a date and its weekday (2026年2月11日 星期三), or a page furniture line (kind
    ``meta``, rule masthead_date_line: the paper's name before the date, 第N版 after it) that holds
    one; '' when no line does. The page's date is the date of its articles (documents.date) and,
    by rule printed_date of the document context, sets their report year.

    >>> masthead_date(["某某日报　2026年10月20日　星期二　第3版", "标题", "2025年3月1日 星期六"])
    '2026-10-20'
    >>> masthead_date(["2026年2月1日 星期日", "正文。"]), masthead_date(["会议于2026年2月1日（星期日）召开。"])
    ('2026-02-01', '')
    """
    for ln in lines:
        m = _DATE_AND_WEEKDAY.match(ln) or (_DATE_AND_WEEKDAY.search(ln) if classify_block(ln) == "meta" else None)
        if m:
            return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return ""


def signature_date(lines: list[str]) -> str:
    """Rule signature_date: an official document closes with its signature block -- the issuer's
    name (one line or one per joint issuer) and a line that is only the date it was signed, perhaps
    a bracketed note after it (（此件公开发布））. That date is the document's date; '' when the
    text does not close so (the lines keep their place in the text).

    >>> signature_date(["一、加强管理。", "某某市人民政府", "2026年3月15日"])
    '2026年3月15日'
    >>> signature_date(["正文。", "某部办公厅", "某局办公厅", "2024年8月24日", "（此件公开发布）"])
    '2024年8月24日'
    >>> signature_date(["正文。", "会议指出，要抓好落实。", "2026年3月15日"]), signature_date(["2026年3月15日"])
    ('', '')
    """
    return _signature_block(lines)[1]


def signature_issuers(lines: list[str]) -> tuple[str, ...]:
    """Rule signature_issuer: the names in an official document's signature block (rule
    signature_date), top first (joint issuers: one line each, the first leads); () when the text
    does not close so. Whether a name is a body is for the reader to check (the pipeline's
    ``printed_issuer``): layout knows lines, not bodies.

    >>> signature_issuers(["一、加强管理。", "某某市人民政府", "2026年3月15日"])
    ('某某市人民政府',)
    >>> signature_issuers(["正文。", "某部办公厅", "某局办公厅", "2024年8月24日", "（此件公开发布）"])
    ('某部办公厅', '某局办公厅')
    >>> signature_issuers(["正文。", "会议指出，要抓好落实。", "2026年3月15日"])
    ()
    """
    return _signature_block(lines)[0]


#: at most this many signer lines above a signature's date (joint issuers, one a line)
_SIGNERS_MAX = 4


def _is_signer_line(text: str) -> bool:
    return not (len(text) > _SIGNATURE_MAX_LEN or _SENTENCE_MARKS.search(text) or is_date_line(text)
                or re.search(r"\d", text))


def _signature_block(lines: list[str]) -> tuple[tuple[str, ...], str]:
    """(signer lines top first, date line) of the signature block closing ``lines``, or ((), '')."""
    texts = [t.strip() for t in lines if t.strip()]
    while texts and _SIGNATURE_NOTE.match(texts[-1]):
        texts.pop()
    if len(texts) < 3 or not is_date_line(texts[-1]) or not _is_signer_line(texts[-2]):
        return (), ""
    first = len(texts) - 2
    while first > 1 and len(texts) - 1 - first < _SIGNERS_MAX and _is_signer_line(texts[first - 1]):
        first -= 1
    return tuple(texts[first:-1]), texts[-1]
