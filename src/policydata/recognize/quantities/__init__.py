"""Stage 3a: numbers with units, qualifiers and ranges in Chinese text.

``find_quantities(text)`` returns every quantity written in ``text``::

    >>> [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities("累计认定2.4万余家初级")]
    [('2.4万余家', 24000.0, '家', 'more_than')]
    >>> [(q.value, q.unit, q.comparator) for q in find_quantities("人均面积不小于2.5平方米")]
    [(2.5, '平方米', '>=')]
    >>> [(q.value, q.unit) for q in find_quantities("贡献超四成，占三分之二")]
    [(40.0, '%'), (66.67, '%')]
    >>> [(q.text, q.signed_value, q.unit) for q in find_quantities("5万4千6百人，两成半，六吨半，负1.5千米，翻一番")]
    [('5万4千6百人', 54600.0, '人'), ('两成半', 25.0, '%'), ('六吨半', 6.5, '吨'), ('负1.5千米', -1.5, '千米'), ('翻一番', 2.0, '倍')]

How it works, in four steps:

0. ``close_numeral_gaps`` drops the spaces inside a numeral (一百 五 十 二, １０ 成, 1000 万;
   never between two Arabic digits) and keeps a map back to the text as written; then
   ``normalize_numerals`` makes a same-length copy with every digit and numeral character in
   its plain form (full-width ３,２５０, financial 贰仟叁佰, traditional 三十萬), so one grammar
   reads them all and offsets and quotes stay on the text as written.
1. One master regular expression, built once from ``lexicons/quantities.json``, scans the
   copy. Its first branch is the table of non-quantity patterns (dates, plan names such as
   十五五, document numbers, short quoted names...): a match there is skipped whole, so
   nothing inside it can become a quantity. Its second branch is ordinals (第一). Its third
   branch is a quantity: an optional prefix qualifier (超过), then a fraction (百分之五,
   三分之二, 1/3, 三百五十又三分之一), a half (一半), a doubling (翻一番), a vague amount
   (数十, 十几, 三五), a 成 or 折 figure (三成半, 八五折, 半成) or a signed numeral (负, 零下,
   -; exponents 2e5 and powers 2^5; 兆 = 10^12 inside a numeral) with optional 多/余,
   multipliers in any mix (5万4千6百, 3千万, 40k), unit and half (六吨半) or smaller units
   (5元3角; 两 after a numeral is the unit liang), then an optional suffix qualifier (以上). No match starts inside a run of digits and every repetition is
   bounded, so the scan is linear in the length of the text.
2. Each match is converted: Arabic numerals with ``Decimal`` (so 1.39万亿 is exactly
   1.39e12), Chinese numerals with ``cn2an`` on the isolated numeral only (after a quick
   structural check), mixed Arabic sections with ``_mixed_value``.
3. Neighbours joined only by a range connector (5%-6%, 3到5万) merge into one range.

Bare Chinese numerals (二百三十七) come back flagged ``unitless`` and vague amounts flagged
``vague``: the figure classifier, not the number finder, decides what is a figure. Names
written with numbers (5G, C919, 十四五, 国发〔2018〕42号) are never quantities;
``find_number_names`` lists them. The cases the grammar must read are a table kept as data,
``tests/data/quantities_cases.tsv``.

Rules are data: to teach it a new unit, qualifier or non-quantity pattern, edit the JSON.

Modules, in the order of the steps: :mod:`.tables` (the lexicon's tables), :mod:`.variants`
(``normalize_numerals``), :mod:`.grammar` (the master pattern, compiled at import),
:mod:`.values` (numeral -> value), :mod:`.matches` (a match -> a candidate), :mod:`.find`
(``find_quantities``, ranges, ``find_number_names``).
"""
from .find import NumberName, Quantity, find_number_names, find_quantities
from .tables import CN_DIGIT_VALUES, CN_NUMERAL_CHARS, negated_comparators, unit_head
from .variants import normalize_numerals

__all__ = ["Quantity", "NumberName", "find_quantities", "find_number_names", "normalize_numerals",
           "unit_head", "negated_comparators", "CN_NUMERAL_CHARS", "CN_DIGIT_VALUES"]
