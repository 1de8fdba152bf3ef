"""Stage 4a: classify quantities into statistics (past figures) and targets (goals).

A *figure* is a number that measures something: 全年社会消费品零售总额同比增长4.6%
is a statistic (a fact about 2025), 到2035年…人均公共绿地面积不小于2.5平方米 is a
target (a goal for 2035). Every figure is exactly one of the two.

How a figure is found, in order (each step has its own module):

1. ``numbers``: ``find_quantities`` gives the numbers; ``filters``: :func:`is_figure`
   runs the named checks of ``NON_FIGURE_CHECKS``, which drop names, ordinals, sessions,
   anniversaries, years, document numbers, the text's own enumerations (三个方面), vague
   quantifiers (一批), numbers inside 《》 or short “” names, and (``thresholds``) bounds
   that name a class of things or a condition (营收超百亿元的企业);
   :func:`non_figure_rule` names the check that dropped a number.
2. ``phrases``: ``_phrases`` cuts the sentence into one phrase per figure (the quote):
   indicator + verb + number (地区生产总值超过3.8万亿元); a phrase without its own
   subject borrows the previous one's (…，增长5.6% -> 地区生产总值增长).
3. ``distribution``: ``_distribute`` turns 分别/均 and lists of subjects into one row per
   figure (汽车制造业、电子信息制造业增加值同比分别增长8.6%、10.3% -> two rows).
4. ``decide``: ``_decide`` reads time words (``anchors``) and cue words (``cues``) in the
   sentence, the named frame rules (``frames``), then the paragraph, then the section
   heading (``timeexpr.find_sections``: 一、2023年工作回顾 / 二、…主要目标; a news
   sub-headline that reports a figure is a review), then the document as a whole
   (``context``), to say statistic or target, with its period or target year.
   Only a time word that leads its sentence or its figures carries on (a year inside a
   quoted remark does not); a paragraph's leading period (前三季度，…) carries to the
   next paragraphs of its section; 7、8、9月份…分别为A、B和C gives each value its month.
5. ``units``: unit, kind, direction, comparator and region of each row; ``walk``:
   :func:`extract_figures` runs the steps over the article's blocks and sentences.

All word lists are data: ``lexicons/figures.json`` and ``lexicons/time.json``.

>>> from policydata.document import Article, Block
>>> text = "到2035年每个乡镇和村分别至少建设1处。"
>>> art = Article(1, "", text, [Block("body", 0, len(text), text)])
>>> stats, targets = extract_figures(art, report_year=2026, region_id="CN", region_mentions=[])
>>> [(t.value, t.unit, t.comparator, t.target_year, t.scope) for t in targets]
[(1.0, '处', '>=', 2035, '每个乡镇和村')]
"""
from .filters import is_figure
from .findings import StatisticFinding, TargetFinding, lexicon
from .numbers import unit_class
from .units import direction
from .walk import extract_figures

__all__ = ["extract_figures", "StatisticFinding", "TargetFinding", "direction", "unit_class", "is_figure",
           "lexicon"]
