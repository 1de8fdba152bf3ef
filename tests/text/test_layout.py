"""Layout: block classification, articles, rejoining, sentences and clauses."""
from __future__ import annotations

import html

import pytest
from conftest import CORPUS, ROOT, seed_caption, seed_rejoined, seed_titles

from policydata.document import Span, body_text
from policydata.text.layout import (classify_block, continuation_score, ends_dangling, info_fields,
                                    is_complete, opener, reconstruct_articles, starts_paragraph)
from policydata.text.segment import split_clauses, split_sentences
from policydata.text.reading import prepare_text, read_source

SEED = ROOT / "seeds" / "000_550b2831fa4cdffc.txt"


def page(*lines: str) -> str:
    return "\n".join(lines)


def only(text: str, **kw):
    articles = reconstruct_articles(text, **kw)
    assert len(articles) == 1, [a.title for a in articles]
    return articles[0]


def assert_offsets(article):
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text
    assert "\n".join(b.text for b in article.blocks) == article.text


# --------------------------------------------------------------------------- classification

@pytest.mark.parametrize("line", [
    "近日,在甲省乙市东部高新园区智能装备产业园,工人在调试新型工业机器人。新华社发",
    "3月5日,游客在公园内赏花。新华社记者 李明 摄",
    "市民在展台前参观。 王皇 摄",
    "图为施工现场。（受访者供图）",
    "图为新建成的大桥。",
    "新华社发",
    "游客在景区游览。（本报记者 张三 摄）",
])
def test_captions(line):
    assert classify_block(line) == "caption"


@pytest.mark.parametrize("line", [
    "记者 王皇 济南报道", "本报记者 张三 李四", "□本报记者 王五", "（记者 赵六）",
    "新华社北京1月21日电", "北京市市长 殷勇", "文/李四",
])
def test_bylines(line):
    assert classify_block(line) == "byline"


# rule dateline_line_is_no_headline: a dateline set on a line of its own, its reporter in
# brackets after the paper's two-space gap or not, is a byline, never a headline line
@pytest.mark.parametrize("line,kind", [
    ("本报甲市3月8日电  （记者王小明）", "byline"),
    ("本报乙县5月2日电 (记者 李四)", "byline"),
    ("新华社丙城12月1日电（记者 赵六、钱七）", "byline"),
    ("本报丁市2月9日电", "byline"),
    ("新华社戊市1月3日电  ", "byline"),
    ("甲市春耕生产全面铺开", "headline"),
])
def test_dateline_line_is_no_headline(line, kind):
    assert classify_block(line.strip()) == kind


# rule bracketed_attribution_note: a note in brackets that opens with 作者/本报记者/记者 and
# closes the line is an attribution, though it holds a comma
@pytest.mark.parametrize("line,kind", [
    ("（作者为某大学教授，本报记者张小三采访整理）", "attribution"),
    ("(作者系某研究院研究员，某某参与整理)", "attribution"),
    ("（记者王小明、李小红，通讯员赵小刚参与采写）", "attribution"),
    ("（记者张小三）日前，甲市召开会议。", "body"),
    ("（作者为某大学教授。本报记者张小三采访整理）", "body"),
])
def test_bracketed_attribution_note(line, kind):
    assert classify_block(line) == kind


def test_dateline_line_not_glued_to_title():
    text = page("甲市规划编制会议召开", "本报甲市3月8日电  （记者王小明）",
                "甲市规划编制会议8日召开，会议部署了下一阶段工作。")
    article = only(text)
    assert article.title == "甲市规划编制会议召开"
    assert article.byline == "本报甲市3月8日电  （记者王小明）"


@pytest.mark.parametrize("line", ["据新华社", "据新华社、大众新闻等", "（据人民日报）", "来源：人民网"])
def test_attribution(line):
    assert classify_block(line) == "attribution"


@pytest.mark.parametrize("line,kind", [
    ("一、2023年工作回顾", "numbered"),
    ("（二）发展目标。", "numbered"),
    ("第三章 保障措施", "numbered"),
    ("整治噪声扬尘等 居民身边环境问题", "headline"),
    ("农业如何稳住“十五五”开局?有关部门划重点", "headline"),
    ("（一）总体要求。以推动乡村全面振兴为目标，全面落实各项惠农政策和工作部署。", "body"),
    ("据了解,全年甲市农产品加工业产值同比增长6.3%。", "body"),
    ("企业协同融通发展。", "body"),
    ("加强与周边城市群合作，不断激发发展新动能，努力打造", "body"),
    ("责任编辑：王五", "meta"),
    ("（完）", "end"),
    ("“单月销售额稳定在800", "body"),       # rule open_quote_line: a quotation never closed
    ("“菜篮子”拎出好日子", "headline"),
    ("投稿邮箱：village@example.cn", "meta"),
])
def test_kinds(line, kind):
    assert classify_block(line) == kind


def test_completeness_and_dangling_ends():
    assert is_complete("推动高质量发展。")
    assert is_complete("他说：“我们会做好。”")
    assert is_complete("明年要着力抓好7个方面任务：")
    assert is_complete("加快推进。（农业农村部等负责）")
    assert is_complete("（此件公开发布）")
    assert not is_complete("完善公共服务体系,促")
    assert not is_complete("实施“宽带升级”")
    assert ends_dangling("恶臭气体、") and ends_dangling("农业机械化和")
    assert not ends_dangling("工信部划重点")


def test_paragraph_start_and_continuation_evidence():
    assert starts_paragraph("2026年县域经济怎样提质增效?")
    assert starts_paragraph("同时,优化格局。")
    assert starts_paragraph("张云明表示,下一步将推动。")
    assert not starts_paragraph("进中小企业高质量发展。")
    assert continuation_score("推动大中小", "企业协同融通发展。") >= 2          # short fragment
    assert continuation_score("以68个潜力县", "为重点,推进城镇化建设。") >= 2    # 以…为
    assert continuation_score("建设城乡公交网络和完", "善站点。推广绿色出行方式。") >= 2  # tiny first clause
    assert continuation_score("整治河道淤积、垃圾堆放、", "污水直排等村民身边环境问题。推动绿色发展。") >= 2
    assert continuation_score("体系,促", "2026年县域经济怎样提质增效,省政府举行发布会。") < 0


# --------------------------------------------------------------------------- rejoining

def test_break_across_lead_and_caption_and_lead_goes_first():
    art = only(page(
        "市场监管总局部署食品安全专项行动",
        "记者 张三 北京报道",
        "会议要求，各地要加强日常监管，完善追溯体系，促",
        "3月15日，市场监管总局召开新闻发布会，介绍专项行动的安排和进展情况。",
        "日前，在某市一家超市，执法人员检查冷链食品。新华社发",
        "进食品安全治理能力提升。",
        "下一步，将开展专项检查。",
    ))
    assert art.title == "市场监管总局部署食品安全专项行动"
    assert art.byline == "记者 张三 北京报道"
    assert [b.kind for b in art.blocks] == ["lead", "body", "body"]
    assert art.blocks[1].text == "会议要求，各地要加强日常监管，完善追溯体系，促进食品安全治理能力提升。"
    assert "新华社发" not in art.text and "冷链" not in art.text
    assert_offsets(art)


def test_two_captions_in_a_row_between_halves():
    art = only(page(
        "春耕生产有序推进",
        "本报记者 李四",
        "各地加强农资调运，做好农业生产服务，推动大中小",
        "日前，农民在田间操作无人机。新华社发",
        "农机手在检修拖拉机。记者 王五 摄",
        "农户协同开展春耕。",
        "据农业农村部介绍，春播粮食已完成三成。",
    ))
    assert art.text.split("\n")[0] == "各地加强农资调运，做好农业生产服务，推动大中小农户协同开展春耕。"
    assert "摄" not in art.text and "新华社发" not in art.text


def test_break_right_before_a_heading():
    art = only(page(
        "城市更新迈出新步伐",
        "本报记者 赵六",
        "加强与周边城市群合作，不断激发发展新动能，努力打造区域经济重要增",
        "二、重点任务",
        "长极。",
        "推进老旧小区改造，完善配套设施。",
    ))
    assert [b.text for b in art.blocks] == [
        "加强与周边城市群合作，不断激发发展新动能，努力打造区域经济重要增长极。",
        "二、重点任务",
        "推进老旧小区改造，完善配套设施。",
    ]
    assert [b.kind for b in art.blocks] == ["body", "heading", "body"]


def test_break_before_unnumbered_heading_and_caption():
    art = only(page(
        "提升城市品质",
        "记者 王皇 济南报道",
        "推进城乡养老服务设施改造工程，建设城乡公交网络和完",
        "支持老旧住房 自主更新",
        "居民在新建的口袋公园休息。新华社发",
        "善站点。推广绿色出行方式。",
    ))
    assert "建设城乡公交网络和完善站点。推广绿色出行方式。" in art.text
    assert art.text.endswith("支持老旧住房 自主更新")


def test_enumeration_comma_and_construction_joins():
    art = only(page(
        "改善生态环境",
        "整治河道淤积、垃圾堆放、",
        "污水直排等村民身边环境问题。",
        "推动城乡融合协调发展，以25个县域经济示范乡镇",
        "为重点，推进新型城镇化。",
    ))
    assert art.text == "整治河道淤积、垃圾堆放、污水直排等村民身边环境问题。\n" \
                       "推动城乡融合协调发展，以25个县域经济示范乡镇为重点，推进新型城镇化。"


def test_no_join_when_next_block_clearly_opens_a_paragraph():
    art = only(page("标题在此", "他说，这些措施将陆续推出",
                    "2026年，全市将新建学校10所，改善办学条件。"))
    assert art.text.split("\n") == ["他说，这些措施将陆续推出", "2026年，全市将新建学校10所，改善办学条件。"]


def test_comma_cut_continues_into_heading_like_line():
    art = only(page("加快产业升级", "据悉，今年将安排专项资金，", "支持重点企业技术改造"))
    assert art.text == "据悉，今年将安排专项资金，支持重点企业技术改造"


def test_hard_wrapped_text_is_unwrapped():
    art = only(page(
        "关于推进工作的通知",
        "各地要高度重视农业生产工作，加强组织领导，落实工作责任，确保各项",
        "措施落到实处。要加大资金投入力度，完善支持政策体系，切实保障农",
        "民种粮收益，稳定粮食播种面积。",
        "各地要加强监督检查，及时发现和解决工作中出现的问题，推动各项工",
        "作取得实效。",
    ))
    assert art.text.split("\n") == [
        "各地要高度重视农业生产工作，加强组织领导，落实工作责任，确保各项措施落到实处。"
        "要加大资金投入力度，完善支持政策体系，切实保障农民种粮收益，稳定粮食播种面积。",
        "各地要加强监督检查，及时发现和解决工作中出现的问题，推动各项工作取得实效。",
    ]


# --------------------------------------------------------------------------- articles and titles

def test_page_splits_after_attribution_and_before_byline():
    arts = reconstruct_articles(page(
        "今年首场招聘会举行", "招聘会提供岗位两万个，吸引求职者上万人。", "据新华社",
        "春运客流创新高", "春运首日发送旅客超过一千万人次。", "（完）",
        "科技成果转化提速", "记者 王五 报道", "两岸合作持续深化。",
        "产学研合作 步伐加快", "高校与企业共建实验室。",
    ))
    assert [a.title for a in arts] == ["今年首场招聘会举行", "春运客流创新高", "科技成果转化提速"]
    assert [a.attribution for a in arts] == ["据新华社", "", ""]
    assert arts[2].byline == "记者 王五 报道"
    assert body_text(arts[2]) == "两岸合作持续深化。\n产学研合作 步伐加快\n高校与企业共建实验室。"
    assert arts[2].text == "科技成果转化提速\n" + body_text(arts[2])  # a page article: title line first
    assert [a.index for a in arts] == [1, 2, 3]


def test_report_with_sections_stays_one_document():
    art = only(page(
        "关于加快推进林业数字化和",
        "林下经济产业发展的意见",
        "国发〔2018〕42号",
        "一、总体要求",
        "（一）指导思想。坚持稳中求进，推动高质量发展。",
        "（二）发展目标。",
        "到2030年，产业规模达到1万亿元。",
        "二、重点任务",
        "加快科技创新",
        "支持企业建设研发中心。",
        "国务院",
        "2018年12月21日",
    ))
    assert art.title == "关于加快推进林业数字化和林下经济产业发展的意见"
    kinds = {b.text: b.kind for b in art.blocks}
    assert kinds["一、总体要求"] == "heading" and kinds["（二）发展目标。"] == "heading"
    assert kinds["（一）指导思想。坚持稳中求进，推动高质量发展。"] == "body"


def test_report_title_subtitle_and_speaker():
    art = only(page("政府工作报告——2025年1月9日在甲省第九届人民代表大会第四次全体会议上甲省省长 王某",
                    "各位代表：", "现在，我代表省政府，向大会作工作报告。"))
    assert art.title == "政府工作报告"
    assert art.byline == "甲省省长 王某"
    assert art.blocks[0].kind == "heading" and art.blocks[0].text.startswith("——2025年1月9日")


def test_title_hint_only_when_text_has_no_title():
    assert only("二、重点工作\n推进改革。", title_hint="某省政府工作报告").title == "某省政府工作报告"
    assert only("二、重点工作\n推进改革。").title == "二、重点工作"
    assert only("强化污染治理\n推进改革。", title_hint="别的标题").title == "强化污染治理"


def test_empty_text_gives_no_articles():
    assert reconstruct_articles("") == []
    assert reconstruct_articles("\n \n") == []


# --------------------------------------------------------------------------- sentences and clauses

def sents(text):
    spans = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in spans)
    return [s.text for s in spans]


def test_sentences_basic_and_ascii_punctuation():
    assert sents("增长5.9%;制造业领先。电信增长9.1%!好吗?行\n标题") == [
        "增长5.9%;", "制造业领先。", "电信增长9.1%!", "好吗?", "行", "标题"]


def test_sentences_keep_quotes_and_book_titles():
    assert sents("他说：“好。我们走。”随后离开。") == ["他说：“好。我们走。”", "随后离开。"]
    assert sents("落实《条例。草案》要求。再见。") == ["落实《条例。草案》要求。", "再见。"]
    assert sents("实施“宽带升级”专项。") == ["实施“宽带升级”专项。"]


def test_sentences_ellipsis_and_trailing_note():
    assert sents("贡献超四成……一组数据。") == ["贡献超四成……", "一组数据。"]
    assert sents("加快推进。（农业农村部负责）\n下一段。") == ["加快推进。（农业农村部负责）", "下一段。"]


def test_sentences_with_range_and_unbalanced_quote():
    text = "第一句。第二句“没有结束。第三句。"
    spans = split_sentences(text, 4)
    assert [s.text for s in spans] == ["第二句“没有结束。", "第三句。"]
    assert split_sentences(text, 0, 4)[0].text == "第一句。"


def test_clauses():
    text = "推动“升级、迭代”,加快建设1,000个基站、10:30开放：完善体系。"
    spans = split_clauses(text, Span(0, len(text), text))
    assert [c.text for c in spans] == ["推动“升级、迭代”,", "加快建设1,000个基站、", "10:30开放：", "完善体系。"]
    assert all(text[c.start:c.end] == c.text for c in spans)


# --------------------------------------------------------------------------- real inputs

def _seed_articles(path):
    return reconstruct_articles(read_source(path).text)


@pytest.mark.skipif(not SEED.exists(), reason="seed not present")
def test_seed_page():
    arts = _seed_articles(SEED)
    assert len(arts) == 3
    titles = seed_titles()  # the headline lines as the page writes them
    main, kicker = titles[1].split(" ")
    assert arts[0].title == titles[0]
    assert arts[1].title in (titles[1], kicker + main)  # a two-part headline, in either order
    assert arts[2].title.startswith(titles[2].split(" ")[0])
    assert arts[0].attribution == "据新华社、大众新闻等"
    assert arts[1].attribution == "据新华社"
    assert arts[2].byline == "记者 王皇 济南报道"
    text = "\n".join(body_text(a) for a in arts)
    for phrase in seed_rejoined():
        assert phrase in text
    caption, credit = seed_caption()
    for caption_part in (credit, caption[:9]):
        assert caption_part not in text
    for a in arts:
        assert a.title not in body_text(a) and (not a.byline or a.byline not in a.text)
        assert a.text.startswith(a.title + "\n") and a.blocks[0].kind == "title"
        assert_offsets(a)
    assert arts[0].blocks[1].kind == "lead" and arts[0].blocks[1].text.startswith("2026年工业经济")
    # the caption's sentence, without its credit, is the last paragraph of its article's text
    assert any(a.text.endswith("\n" + caption) for a in arts)


@pytest.mark.skipif(not SEED.exists(), reason="seed not present")
def test_seed_gb18030_and_html_give_the_same_documents(tmp_path):
    raw = SEED.read_text(encoding="utf-8")
    (tmp_path / "page.txt").write_bytes(raw.encode("gb18030"))
    blocks = [line.strip() for line in raw.split("\n") if line.strip()]
    (tmp_path / "page.html").write_text(
        "<html><head><title>报纸</title></head><body><nav>首页</nav>"
        + "".join(f"<p>{html.escape(b)}</p>" for b in blocks) + "</body></html>", encoding="utf-8")
    reference = [(a.title, a.text, a.byline, a.attribution) for a in _seed_articles(SEED)]
    for name in ("page.txt", "page.html"):
        got = [(a.title, a.text, a.byline, a.attribution) for a in _seed_articles(tmp_path / name)]
        assert got == reference


#: corpus documents and how many of their opening lines the title spans (06 wraps its title in
#: two); the title is those lines joined, up to a dash that opens the occasion (——2024年3月5日在…)
CORPUS_TITLE_LINES = {
    "01_gwr2024-national.txt": 1,
    "02_shaanxi-gwr2026-targets.txt": 1,
    "03_beijing-gwr2026-review.txt": 1,
    "06_state-council-farm-mechanization-opinions-2018.txt": 2,
}


def corpus_title(name: str) -> str:
    """The title of corpus document ``name`` as its opening lines write it (CORPUS_TITLE_LINES)."""
    opening = read_source(CORPUS / "docs" / name).text.strip().split("\n")[:CORPUS_TITLE_LINES[name]]
    return "".join(line.strip() for line in opening).split("——")[0]


@pytest.mark.skipif(not (CORPUS / "docs").exists(), reason="corpus not present")
@pytest.mark.parametrize("name", sorted(CORPUS_TITLE_LINES))
def test_corpus_texts_are_one_document_each(name):
    source = read_source(CORPUS / "docs" / name)
    art = only(source.text)
    assert art.title == corpus_title(name)
    assert_offsets(art)
    # every body line of a report survives (nothing dropped, nothing merged)
    body_lines = [ln for ln in source.text.split("\n") if len(ln) > 60]
    assert all(ln in art.text.split("\n") for ln in body_lines)
    sentences = split_sentences(art.text)
    assert all(art.text[s.start:s.end] == s.text for s in sentences)


def test_page_numbers_of_converted_pdfs_are_dropped():
    art = only(page("关于做好春耕工作的通知", "各地要加强农资调运，做好农业生产服务，确保春耕",
                    "— 3 —", "生产顺利进行。"))
    assert art.text == "各地要加强农资调运，做好农业生产服务，确保春耕生产顺利进行。"


def test_single_web_article_with_source_line_and_lead():
    art = only(page("国务院办公厅印发意见 加快发展银发经济", "来源：中国政府网",
                    "近日，国务院办公厅印发《关于发展银发经济增进老年人福祉的意见》。",
                    "《意见》提出，扩大老年助餐服务。", "（责任编辑：王五）"))
    assert art.attribution == "来源：中国政府网"
    assert [b.kind for b in art.blocks] == ["lead", "body"]
    assert "责任编辑" not in art.text


def test_enumeration_cut_before_a_real_heading():
    art = only(page("改善人居环境", "推进农村生活污水处理全覆盖。整治河道淤积、垃圾堆放、",
                    "整治河道淤积等 村民身边环境问题", "污水直排等村民身边环境问题。推动绿色发展。"))
    assert art.text.split("\n") == [
        "推进农村生活污水处理全覆盖。整治河道淤积、垃圾堆放、污水直排等村民身边环境问题。推动绿色发展。",
        "整治河道淤积等 村民身边环境问题"]


# --------------------------------------------------------------------------- new broken pages
# Pages built in code from short made-up articles, laid out the way column extraction
# breaks them; each lists expected titles, phrases that must be rejoined and strings
# that must not appear in any document text (captions, boilerplate, wrong joins).

PAGES = {}

# 1: three stories; lead + caption between halves; inline 本报讯 opener instead of a byline line;
# section heading between halves; closing 责任编辑
PAGES["p1_three_stories"] = dict(text=page(
    "稳外贸政策持续发力",
    "前两月货物贸易进出口同比增长5.2%",
    "本报记者 刘洋",
    "海关总署统计分析司负责人表示，前两个月外贸运行开局平稳，出口结构持续优化，机电产品出口占比提升至59.5%，民营企业进出口保持活跃，对东盟等主要贸易伙伴进出",
    "海关总署3月7日发布数据，今年前两个月，我国货物贸易进出口总值6.6万亿元，同比增长5.2%。",
    "3月6日，货轮在青岛港前湾集装箱码头装卸货物。新华社记者 李紫恒 摄",
    "口增长较快。",
    "从贸易方式看，一般贸易进出口占比超过六成，保税物流进出口增长明显。下一步，海关将持续优化通关流程，支持企业稳订单、拓市场。",
    "据新华社",
    "春耕备耕全面展开 农资供应总体充足",
    "记者 陈静 通讯员 王磊 合肥报道",
    "眼下正值春耕备耕关键时期，各地抢抓农时，组织农民开展田间管理。省农业农村厅相关负责人介绍，全省已调运化肥、种子、",
    "3月5日，农民在庐江县一处田间驾驶农机整地。新华社记者 周牧 摄",
    "农药等农资超过300万吨，能够满足春耕需要。",
    "在农机服务方面，各地组织农机手提前检修拖拉机、插秧机、植保无人机等设备，推动农业生产托管覆盖更多小农户。",
    "据介绍，今年全省将新建高标准农田200万亩，提高粮食综合生产能力。",
    "我省发布数字经济发展新政 明确十方面举措",
    "本报讯（记者 孙敏）日前，省政府办公厅印发《关于加快数字经济高质量发展的若干措施》，从算力基础设施、数据要素市场、产业数字化等十个方面提出具体举措。",
    "《若干措施》提出，到2027年，全省数字产业规模占全省经济总量比重达到12%，建成一批具有全国影响力的数字产业",
    "数据要素市场化配置改革提速",
    "集群。在数据要素方面，将建立健全数据资源登记、流通交易和收益分配制度，推动公共数据授权运营。",
    "（责任编辑：张华）",
), articles=3, titles=["前两月货物贸易进出口同比增长5.2%", "春耕备耕全面展开 农资供应总体充足", "我省发布数字经济发展新政 明确十方面举措"],
   rejoined=["对东盟等主要贸易伙伴进出口增长较快。", "全省已调运化肥、种子、农药等农资超过300万吨",
             "具有全国影响力的数字产业集群。在数据要素方面"],
   not_joined=["李紫恒", "周牧 摄", "责任编辑", "据新华社", "合肥报道"])

# 2: subtitle line, caption split into a text line + credit-only line, 新华社…电 opener, （完）
PAGES["p2_caption_credit_line"] = dict(text=page(
    "城市更新让老街区焕发新活力",
    "——我市推进老旧小区改造工作综述",
    "本报记者 何晓 实习生 林子",
    "走进城东街道幸福里小区，新铺设的沥青路面平整干净，加装的电梯方便了老人出行。“以前下雨天院子里全是积水，现在再也不用发愁了。”居民张大爷说。",
    "今年以来，我市将老旧小区改造作为重要民生工程，统筹推进水电气热等管网更新，同步完善养老托育、停车充电等配",
    "居民在改造后的小区内休闲健身。",
    "本报记者 何晓 摄",
    "套设施，已开工改造小区126个，惠及居民4.3万户。",
    "市住房和城乡建设局有关负责人表示，下一步将坚持“先民生后提升”，推动城市更新由“改造”向“运营”转变。",
    "全国首个低空经济产业园区开园",
    "新华社广州3月2日电（记者 黄浩）2日，位于广州南沙的低空经济产业园区正式开园，首批20余家企业集中签约入驻，涵盖无人机研发、飞行器制造、运营服务等领域。",
    "园区负责人介绍，园区将搭建试飞测试、适航认证、人才培训等公共服务平台，力争到2028年集聚上下游企业200家以上，形成产值超百",
    "亿元的产业集群。",
    "（完）",
), articles=2, titles=["城市更新让老街区焕发新活力", "全国首个低空经济产业园区开园"],
   rejoined=["停车充电等配套设施，已开工", "形成产值超百亿元的产业集群。"],
   not_joined=["休闲健身", "何晓 摄", "（完）"])

# 3: ASCII punctuation, cut continued across two section heads and a lead; 图为 caption; 来源: line
PAGES["p3_ascii_sections"] = dict(text=page(
    "一季度经济如何开局?国家统计局权威解读",
    "工业生产较快增长 新动能持续壮大",
    "国家统计局新闻发言人付凌晖表示,一季度规上工业产值同比增长6.1%,装备制造业和高技术制造业增加值分别增长8.2%、9.7%,新能源汽车、工业机器人、集成电路等产品产量保持较快增",
    "国新办4月16日举行新闻发布会,介绍一季度国民经济运行情况。",
    "消费市场保持回暖 服务消费增势较好",
    "长,新动能对经济增长的支撑作用增强。",
    "付凌晖介绍,一季度社会消费品零售总额同比增长4.7%,其中服务零售额增长5.3%。以旧换新政策带动家电、通讯器材等商品销售明显增长。",
    "据新华社",
    "多地出台措施促进消费扩容提质",
    "本报记者 吴倩",
    "近期,多地围绕餐饮、文旅、体育、养老等领域出台促消费措施,通过发放消费券、举办消费季活动、优化消费环境等方式,激发居民消费潜",
    "图为游客在某古镇夜游。",
    "力。",
    "专家认为,促消费政策要与增加居民收入、完善社会保障结合起来,稳定居民消费预期,推动消费持续恢复。",
    "来源:经济日报",
), articles=2, titles=["一季度经济如何开局?国家统计局权威解读", "多地出台措施促进消费扩容提质"],
   rejoined=["产品产量保持较快增长,新动能", "激发居民消费潜力。"],
   not_joined=["图为游客", "来源:经济日报", "较快增\n", "吴倩"])

# 4: page furniture (date line, page number, section label, multi-role editor line), kicker,
# ■ byline, in-text dateline 本报北京…讯, （受访者供图）, cut at 和
PAGES["p4_page_furniture"] = dict(text=page(
    "2026年3月6日 星期五",
    "第4版",
    "要闻",
    "我国科研人员在量子计算领域取得新突破",
    "本报北京3月5日讯（记者 张明）记者从中国科学院获悉，我国科研团队研制的超导量子计算原型机实现了新的性能突破，相关成果日前发表在国际学术期刊上。",
    "研究团队负责人介绍，团队在量子比特相干时间和",
    "研究团队在实验室内调试设备。（受访者供图）",
    "聚焦全国两会",
    "代表委员热议新质生产力",
    "■本报记者 周立 黄敏",
    "门控精度方面取得进展，为后续开展实用化研究打下了基础。",
    "全国人大代表李红表示，发展新质生产力要因地制宜，立足本地资源禀赋和产业基础，不能一哄而上。",
    "全国政协委员赵刚认为，要加大基础研究投入，完善科技成果转化机制，让更多创新成果走出实验室。",
    "编辑：李强 美编：王芳 校对：赵敏",
), articles=2, titles=["我国科研人员在量子计算领域取得新突破", "代表委员热议新质生产力"],
   rejoined=["在量子比特相干时间和门控精度方面取得进展"],
   not_joined=["星期五", "第4版", "要闻", "受访者供图", "美编", "周立"])

# 5: a plain-text copy of a web page: breadcrumbs, info line, tools, related links
WEB_LINES = [
    "首页 > 新闻中心 > 部门动态",
    "我市出台措施支持个体工商户发展",
    "来源：市市场监管局 作者：王明 发布时间：2026-03-05 10:20",
    "【字号：大 中 小】【打印本页】【关闭窗口】",
    "近日，市市场监管局等部门联合印发《关于进一步支持个体工商户发展的若干措施》，从降低经营成本、强化金融支持、优化登记服务等方面提出18条具体措施。",
    "《若干措施》明确，对符合条件的个体工商户给予房租补贴，减免部分行政事业性收费，支持金融机构加大信用贷款投放力度。",
    "市市场监管局有关负责人表示，将加强政策宣传解读，确保各项措施落地见效。",
    "分享到：",
    "扫一扫在手机打开当前页",
    "【纠错】",
    "责任编辑：赵丽",
    "相关新闻",
    "· 我市召开优化营商环境工作推进会",
    "· 全市市场主体总量突破百万户",
    "上一篇：关于开展消费品质量安全抽查的通告",
    "下一篇：我市举办知识产权保护宣传周活动",
]
PAGES["p5_web_text"] = dict(text=page(*WEB_LINES), articles=1,
    titles=["我市出台措施支持个体工商户发展"], rejoined=["提出18条具体措施。"],
    not_joined=["首页", "字号", "打印", "分享", "扫一扫", "纠错", "责任编辑", "相关新闻", "营商环境工作推进会",
                "上一篇", "下一篇", "发布时间"])

WEB_HTML = """<!DOCTYPE html><html><head><title>我市出台措施支持个体工商户发展_市政府网</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/en">English</a></div>
<table><tr><td class="pos">当前位置：<a href="/">首页</a> &gt; <a>新闻中心</a> &gt; 部门动态</td></tr></table>
<div class="con"><h1>我市出台措施支持个体工商户发展</h1>
<div class="info">来源：市市场监管局&nbsp;&nbsp;作者：王明&nbsp;&nbsp;发布时间：2026-03-05 10:20&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a></div>
<p>近日，市市场监管局等部门联合印发《关于进一步支持个体工商户发展的若干措施》，从降低经营成本、强化金融支持、优化登记服务等方面提出18条具体措施。</p>
<p>《若干措施》明确，对符合条件的个体工商户给予房租补贴，减免部分行政事业性收费，支持金融机构加大信用贷款投放力度。</p>
<p>市市场监管局有关负责人表示，将加强政策宣传解读，确保各项措施落地见效。</p>
<div class="tool">分享到：<a>微信</a><a>微博</a> <a>打印本页</a> <a>关闭窗口</a></div>
<div>扫一扫在手机打开当前页</div><div>【纠错】 责任编辑：赵丽</div></div>
<div class="xglj"><h3>相关链接</h3><ul><li><a>我市召开优化营商环境工作推进会</a></li><li><a>全市市场主体总量突破百万户</a></li></ul></div>
<div class="foot">主办：市人民政府办公室 网站标识码：1234567890 京ICP备12345678号</div>
</body></html>"""
PAGES["p5_web_html"] = dict(html=WEB_HTML, articles=1, titles=["我市出台措施支持个体工商户发展"],
    rejoined=["提出18条具体措施。"],
    not_joined=["首页", "字号", "打印", "分享", "扫一扫", "纠错", "责任编辑", "相关链接", "营商环境工作推进会",
                "ICP", "主办", "发布时间", "当前位置"])

# 6: a report: title, subtitle, speaker, numbered headings, hard-wrapped at 28 chars with page numbers
REPORT_PARAS = [
    "一、2025年工作回顾",
    "过去一年，面对复杂严峻的外部环境，全市上下坚持以改革促发展的工作思路，经济运行稳定向好、好中有进，全年地区生产总值增长5.6%，地方财政收入增长4.2%。",
    "（一）着力扩大有效需求。",
    "实施重大项目攻坚行动，全年完成固定资产投资2100亿元，新开工亿元以上项目320个。开展消费提振行动，全市商品零售额增长6.1%。",
    "1.持续优化营商环境。",
    "深化“高效办成一件事”改革，企业开办时间压缩至1个工作日，新增经营主体8.5万户。",
    "二、2026年主要目标和重点任务",
    "今年全市的主要发展预期目标为：经济总量增长5.5%左右，城镇登记失业率控制在5.5%以内，居民收入和经济增长基本同步。",
]
def hard_wrap(paras, width=28, page_every=9):
    """A PDF-like text: lines cut every ``width`` characters, a page number every few lines."""
    out, n = [], 0
    for p in paras:
        for k in range(0, len(p), width):
            out.append(p[k:k + width]); n += 1
            if n % page_every == 0:
                out.append(f"- {n // page_every} -")
    return out
PAGES["p6_report_wrapped"] = dict(text=page(
    "2026年某市人民政府工作报告",
    "——2026年1月20日在某市第十七届人代会第五次会议上",
    "市长 王建国",
    "各位代表：",
    "现在，我代表市人民政府，向大会作报告，请各位代表审议，并请市政协各位委员提出意见。",
    *hard_wrap(REPORT_PARAS)), articles=1, titles=["2026年某市人民政府工作报告"],
    rejoined=["全年地区生产总值增长5.6%，地方财政收入增长4.2%。", "新开工亿元以上项目320个。",
              "企业开办时间压缩至1个工作日", "城镇登记失业率控制在5.5%以内"],
    not_joined=["- 1 -", "- 2 -", "- 3 -"])

# 7: tricks: two captions (资料图 / 新华社发) in a row, a cut right before another story's headline group
# that ends with a byline, a closing （记者 X） line, cut after 的
PAGES["p7_tricks"] = dict(text=page(
    "冰雪旅游持续升温",
    "本报记者 林琳",
    "入冬以来，各地冰雪旅游市场持续升温，滑雪场、冰雪乐园游客络绎不绝。多地推出冰雪旅游线路和优惠措施，带动住宿、餐饮、交通等相关",
    "游客在哈尔滨冰雪大世界游玩。（资料图）",
    "2月10日，滑雪爱好者在崇礼一家滑雪场滑雪。新华社发",
    "消费快速增长。业内人士认为，冰雪旅游正从“季节性消费”向“全季化发展”转变。",
    "（记者 林琳）",
    "新能源汽车下乡活动启动",
    "本报记者 马超",
    "记者从省商务厅获悉，新一轮新能源汽车下乡活动近日启动，将持续至年底。活动期间，参与企业将推出多款适合农村地区使用的",
    "车型，并配套开展充电设施建设和售后服务网点布局。",
    "省商务厅有关负责人表示，将引导金融机构开发适合农村消费者的信贷产品。",
), articles=2, titles=["冰雪旅游持续升温", "新能源汽车下乡活动启动"],
   rejoined=["带动住宿、餐饮、交通等相关消费快速增长。", "适合农村地区使用的车型，并配套"],
   not_joined=["资料图", "新华社发", "（记者 林琳）", "崇礼"])


PAGES["p8_plain_lead_between"] = dict(text=page(
    "制造业“智改数转”按下快进键",
    "本报记者 韩雪",
    "省工业和信息化厅负责人介绍，全省将实施制造业数字化转型行动，完善政策支持体系、公共服务体系、人才培养体系，促",
    "制造业是实体经济的根基。数字化转型正在重塑生产方式，越来越多企业把“智改数转”作为提质增效的关键一招。",
    "工人在一家汽车零部件企业的智能生产线上作业。本报记者 韩雪 摄",
    "进中小企业数字化转型提速，推动规上工业企业数字化改造全覆盖，力争到2027年建成智能工厂500家以上。",
    "在公共服务方面，各地将建设一批数字化转型促进中心，为中小企业提供诊断咨询、方案设计等服务。",
), articles=1, titles=["制造业“智改数转”按下快进键"],
   rejoined=["人才培养体系，促进中小企业数字化转型提速", "制造业是实体经济的根基。"],
   not_joined=["促制造业", "韩雪 摄", "生产线上作业"])

PAGES["p9_wrapped_notice_title"] = dict(text=page(
    "关于进一步加强城市",
    "燃气安全管理工作的通知",
    "各区人民政府，市政府各部门：",
    "为切实加强城市燃气安全管理，有效防范化解安全风险，保障人民群众生命财产安全，经市政府同意，现将有关事项通知如下。",
    "一、压实安全责任",
    "各区要落实属地管理责任，建立燃气安全隐患排查整治台账，做到底数清、情况明。",
    "二、加强隐患排查",
    "燃气经营企业要定期开展入户安检，及时消除用户端安全隐患。",
    "某市人民政府办公室",
    "2026年3月1日",
), articles=1, titles=["关于进一步加强城市燃气安全管理工作的通知"],
   rejoined=["做到底数清、情况明。"], not_joined=["燃气安全管理工作的通知\n"])



@pytest.mark.parametrize("name", sorted(PAGES))
def test_broken_pages(name):
    spec = PAGES[name]
    text = prepare_text(spec["html"], ".html") if "html" in spec else spec["text"]
    arts = reconstruct_articles(text)
    assert [a.title for a in arts] == spec["titles"]
    assert len(arts) == spec["articles"]
    body = "\n".join(body_text(a) for a in arts)
    assert [p for p in spec["rejoined"] if p not in body] == []
    assert [p for p in spec["not_joined"] if p in body] == []
    for art in arts:
        assert_offsets(art)


def test_broken_pages_fields():
    p1 = reconstruct_articles(PAGES["p1_three_stories"]["text"])
    assert p1[0].attribution == "据新华社" and p1[0].byline == "本报记者 刘洋"
    assert p1[0].blocks[0].kind == "title" and p1[0].blocks[1].kind == "lead"
    assert p1[2].byline == "本报讯（记者 孙敏）"   # inline dateline fills an empty byline
    assert all(len(a.captions) == 1 for a in p1[:2])
    p2 = reconstruct_articles(PAGES["p2_caption_credit_line"]["text"])
    assert p2[0].captions == ["居民在改造后的小区内休闲健身。 本报记者 何晓 摄"]
    web = only(prepare_text(PAGES["p5_web_html"]["html"], ".html"))
    assert web.attribution == "来源：市市场监管局" and web.byline == "作者：王明"
    assert [b.kind for b in web.blocks] == ["lead", "body", "body"]


def test_info_lines():
    assert info_fields("来源：新华网 发布时间：2026-03-05") == {
        "attribution": "来源：新华网", "date": "2026-03-05"}
    assert info_fields("【字号：大 中 小】") == {}
    assert info_fields("时间：全年，目标：增长5%") == {}     # sentence punctuation: body text
    assert classify_block("来源：市政府网 作者：李四 浏览次数：1024") == "info"
    assert classify_block("来源：人民网") == "attribution"


@pytest.mark.parametrize("line", [
    "【字号：大 中 小】【打印本页】【关闭窗口】", "【纠错】 责任编辑：赵丽", "分享到：", "扫一扫在手机打开当前页",
    "编辑：李强 美编：王芳 校对：赵敏", "首页 > 新闻中心 > 正文", "当前位置：首页 > 政务公开",
    "上一篇：关于开展抽查的通告", "2026年3月6日 星期五", "第4版", "A3版：经济",
    "主办：市人民政府办公室 京ICP备12345678号", "版权所有 © 某市人民政府",
])
def test_page_furniture_and_web_chrome_is_meta(line):
    assert classify_block(line) == "meta"


def test_inline_openers():
    assert opener("本报讯（记者 孙敏）日前，省政府印发措施。") == "本报讯（记者 孙敏）"
    assert opener("新华社北京3月5日电（记者 张三 李四）国务院新闻办举行发布会。") == \
        "新华社北京3月5日电（记者 张三 李四）"
    assert opener("本报北京3月5日讯 记者从中国科学院获悉。") == "本报北京3月5日讯"
    assert opener("日前，园区开园。") == ""


def test_headline_before_inline_dateline_starts_an_article():
    arts = reconstruct_articles(page(
        "春耕生产有序推进", "本报记者 甲乙", "第一段内容完整。", "据新华社",
        "外贸开局总体平稳", "第二段内容完整。",
        "低空经济园区开园", "新华社上海3月2日电（记者 丙丁）第三段内容完整。", "第三篇的第二段。"))
    assert [a.title for a in arts] == ["春耕生产有序推进", "外贸开局总体平稳", "低空经济园区开园"]


def test_kicker_is_not_the_title_and_short_section_label_is_dropped():
    art = only(page("要闻", "聚焦春耕", "各地春耕生产有序推进农资供应充足", "本报记者 甲乙",
                    "各地抢抓农时开展春耕。"))
    assert art.title == "各地春耕生产有序推进农资供应充足"
    assert art.text == "各地抢抓农时开展春耕。"


def test_signature_is_not_a_section_label():
    art = only(page("关于做好春耕工作的通知", "各地要抓好春耕生产。", "国务院", "2018年12月21日"))
    assert art.text.split("\n")[-2:] == ["国务院", "2018年12月21日"]


def test_related_links_are_dropped():
    art = only(page("标题一二三四", "正文第一段。", "相关新闻", "某地召开推进会", "· 某市经济稳中向好",
                    "下一篇：另一条新闻"))
    assert art.text == "正文第一段。"


def test_word_cut_across_boundary_prefers_the_block_that_completes_it():
    # 促 | 进 : the pair 促进 occurs elsewhere on the page, 促 | 制 does not
    art = only(page(
        "推进数字化转型", "本报记者 甲乙",
        "完善政策支持体系、公共服务体系，促",
        "制造业是实体经济的根基。数字化转型正在重塑生产方式。",
        "进中小企业数字化转型提速，推动规上工业企业数字化改造全覆盖。",
        "各地将建设一批数字化转型促进中心。"))
    assert "公共服务体系，促进中小企业数字化转型提速" in art.text
    assert "促制造业" not in art.text


def test_cut_paragraph_continues_after_the_next_story_headline_group():
    arts = reconstruct_articles(page(
        "量子计算取得新突破", "本报记者 甲乙", "研究团队负责人介绍，团队在相干时间和",
        "研究团队在实验室内调试设备。（受访者供图）",
        "代表委员热议新质生产力", "本报记者 丙丁",
        "门控精度方面取得进展，为后续研究打下基础。", "全国人大代表李红表示，要因地制宜。"))
    assert body_text(arts[0]) == "研究团队负责人介绍，团队在相干时间和门控精度方面取得进展，为后续研究打下基础。"
    assert body_text(arts[1]) == "全国人大代表李红表示，要因地制宜。"


def test_wrapped_document_title_with_guanyu():
    art = only(page("关于进一步加强城市", "燃气安全管理工作的通知", "各区要落实属地管理责任。"))
    assert art.title == "关于进一步加强城市燃气安全管理工作的通知"


# --------------------------------------------------------------------------- first line = headline

NEWS_WITH_LIST_HEADLINE = page(
    "1-3月全省外贸数据出炉：进口、出口、总额同比增长均超两成",
    "2025年1-3月，全省外贸平稳开局。",
    "4月10日，海关发布数据显示，进出口总额1200亿元，同比增长21.5%。",
    "进口、出口、加工贸易三项指标均保持增长，显示外贸韧性持续增强。",
    "出口平稳向好",
    "1-3月，全省出口800亿元，同比增长20.1%。",
)


def test_first_line_with_colon_and_enumeration_commas_is_the_headline():
    art = only(NEWS_WITH_LIST_HEADLINE, title_hint="一篇关于外贸数据的长描述标题（全文）")
    assert art.title == "1-3月全省外贸数据出炉：进口、出口、总额同比增长均超两成"
    # the headline is never glued to a later paragraph, and the order stays as written
    assert [b.text[:6] for b in art.blocks] == ["2025年1", "4月10日，", "进口、出口、", "出口平稳向好", "1-3月，全"]
    assert "均超两成进口" not in art.text
    assert_offsets(art)


def test_title_hint_is_only_a_fallback():
    no_headline = page("二、主要目标", "今年经济增长5%左右。")  # a numbered section first
    assert only(no_headline, title_hint="某省政府工作报告").title == "某省政府工作报告"
    assert only(page("某省2026年政府工作报告", "各位代表：", "现在，我代表省政府，向大会作政府工作报告。"),
                title_hint="描述性标题").title == "某省2026年政府工作报告"


@pytest.mark.parametrize("lines,title", [
    (("外贸如何稳中提质？", "日前，商务部举行发布会介绍情况。", "下一步，将出台政策。"), "外贸如何稳中提质？"),
    (("春耕正当时！各地农资供应充足", "记者走访多地了解到，春耕备耕有序推进。"), "春耕正当时！各地农资供应充足"),
    (("稳字当头，进中求进", "今年以来，全市经济运行总体平稳。"), "稳字当头，进中求进"),
    (("国务院办公厅关于加强农村供水保障的通知", "国办发〔2019〕6号", "各省、自治区人民政府，各部委：",
      "为加强农村供水保障，经国务院同意，现通知如下。"), "国务院办公厅关于加强农村供水保障的通知"),
    (("国务院关于印发农业、农村、", "农民增收三年行动方案的通知", "国发〔2026〕1号", "各省人民政府：",
      "现将方案印发给你们。"), "国务院关于印发农业、农村、农民增收三年行动方案的通知"),
    (("某省办公厅关于有效发挥", "担保基金作用切实支持小微企业", "发展的实施意见", "各市人民政府：", "现提出以下意见。"),
     "某省办公厅关于有效发挥担保基金作用切实支持小微企业发展的实施意见"),
])
def test_first_line_shapes_that_are_headlines(lines, title):
    art = only(page(*lines), title_hint="提示标题")
    assert art.title == title
    assert title not in art.text
    assert_offsets(art)


def test_headline_with_subtitle_line_and_date_line_first():
    art = only(page("奋力谱写高质量发展新篇章", "——在全省经济工作会议上的讲话", "同志们：",
                    "这次会议的主要任务是总结今年工作。"))
    assert art.title == "奋力谱写高质量发展新篇章"
    assert art.blocks[0].text == "——在全省经济工作会议上的讲话"  # kept as a heading
    dated = only(page("2026-03-05", "春耕生产全面展开：农资供应充足、价格平稳",
                      "日前，记者走访多地了解到，春耕备耕有序推进。"))
    assert dated.title == "春耕生产全面展开：农资供应充足、价格平稳"
    assert dated.date == "2026-03-05" and "2026-03-05" not in dated.text


@pytest.mark.parametrize("lines,first_block", [
    # ends on a function word: the first half of a cut paragraph
    (("研究团队负责人介绍，团队在相干时间和", "门控精度方面取得突破。", "下一步，将继续攻关。"),
     "研究团队负责人介绍，团队在相干时间和门控精度方面取得突破。"),
    # the next block starts with a character that cannot open a sentence
    (("各地要加快建设数字化转型促进中心", "的服务网络，推动企业上云。", "下一步，将继续推进。"),
     "各地要加快建设数字化转型促进中心的服务网络，推动企业上云。"),
    # the two characters across the break form a word the text uses again (促 | 进)
    (("健全中小企业公共服务体系，促", "进中小企业高质量发展。", "促进就业，促进消费。"),
     "健全中小企业公共服务体系，促进中小企业高质量发展。"),
    # a speech's salutation is not a headline
    (("同志们！", "今天我们召开全省大会。"), "同志们！"),
])
def test_first_line_with_evidence_of_a_cut_stays_text(lines, first_block):
    art = only(page(*lines), title_hint="提示标题")
    assert art.title == "提示标题"
    assert art.blocks[0].text == first_block


def test_short_unfinished_line_is_not_joined_without_evidence():
    # a list-like short line inside the text is a heading, not half of a paragraph
    art = only(page("某市经济运行情况", "一季度全市经济平稳。", "工业、投资、消费稳中有升",
                    "生产、需求两端持续恢复，市场预期向好。"))
    assert "稳中有升生产" not in art.text
    assert [b.text[:2] for b in art.blocks] == ["一季", "工业", "生产"]


def test_lead_is_not_moved_in_an_ordinary_single_article_text():
    text = page("市场监管总局部署食品安全专项行动", "记者 张三 北京报道",
                "会议要求，各地要加强日常监管，完善追溯体系，促",
                "3月15日，市场监管总局召开新闻发布会，介绍专项行动的安排和进展情况。",
                "进食品安全治理能力提升。", "下一步，将开展专项检查。")
    art = only(text)
    assert art.blocks[0].text == "会议要求，各地要加强日常监管，完善追溯体系，促进食品安全治理能力提升。"
    assert art.blocks[1].text.startswith("3月15日") and art.blocks[1].kind == "body"


def test_headline_after_an_attribution_line_starts_the_next_story():
    arts = reconstruct_articles(page(
        "甲市出台稳就业措施", "记者 张三 报道", "日前，甲市出台稳就业十条措施。", "据新华社",
        "乙省外贸数据出炉：进口、出口均增长", "今年以来，乙省外贸平稳开局。", "据人民网"))
    assert [a.title for a in arts] == ["甲市出台稳就业措施", "乙省外贸数据出炉：进口、出口均增长"]


def test_title_can_be_kept_in_text_for_its_figures():
    art = only(NEWS_WITH_LIST_HEADLINE, title_in_text=True)
    assert art.blocks[0].kind == "heading" and art.blocks[0].text == art.title
    assert art.text.startswith(art.title + "\n")
    assert_offsets(art)


def test_parenthesized_author_line_is_a_byline():
    assert classify_block("（作者：本报记者 张三 编辑：李四）") == "byline"


def test_layout_doctests():
    import doctest

    import importlib
    import pkgutil

    import policydata.text.layout
    import policydata.text.segment
    modules = [policydata.text.segment] + [
        importlib.import_module(f"policydata.text.layout.{m.name}")
        for m in pkgutil.iter_modules(policydata.text.layout.__path__)]
    for module in modules:
        assert doctest.testmod(module).failed == 0, module.__name__


@pytest.mark.skipif(not (CORPUS / "sources.csv").exists(), reason="corpus not present")
@pytest.mark.parametrize("name", sorted(CORPUS_TITLE_LINES))
def test_corpus_headline_wins_over_sources_csv_title(name):
    title = corpus_title(name)
    import csv
    with open(CORPUS / "sources.csv", encoding="utf-8") as f:
        hint = next(row["title"] for row in csv.DictReader(f) if row["file"].endswith(name))
    art = only(read_source(CORPUS / "docs" / name).text, title_hint=hint)
    # a report opening with a numbered section has no headline: the hint is the fallback
    assert art.title == (hint if title.startswith("二、") else title)


# --------------------------------------------------------------------------- unmarked story starts (issue 3, held-out pages)

DISPLACED_STORY = page(
    "甲市节能方案出炉 部署五项工程",
    "本报记者 张三",
    "1月5日,甲市发布《节能方案》。",
    "《方案》提出,到2025年,全市能耗下降10%,部署五项工程,分别为:工业节能工程、建筑节能",
    "乙地租房方案出炉！新增保障房占比力争超30%",
    "乙地保障房方案出来了。9月10日，乙地住建厅公布《保障房意见》。",
    "工人在工地施工。新华社记者 王五 摄",
    "工程、交通节能工程。",
    "《方案》还明确了每项节能工程的目标要求,节能工程要按年推进。",
    "《保障房意见》提出，新增保障房供应占比力争达到30%以上。",
    "据某某日报",
)


def test_exclamation_headline_with_dated_lead_starts_a_story():
    arts = reconstruct_articles(DISPLACED_STORY)
    assert [a.title for a in arts] == ["甲市节能方案出炉 部署五项工程",
                                       "乙地租房方案出炉！新增保障房占比力争超30%"]
    first, second = arts
    # the cut paragraph goes on below the second story's head, and so does its next paragraph
    assert "建筑节能工程、交通节能工程。" in first.text
    assert "每项节能工程的目标要求" in first.text
    assert body_text(second).startswith("乙地保障房方案出来了。")
    assert "《保障房意见》提出" in second.text and "节能" not in second.text
    assert "王五" not in first.text + second.text
    for art in arts:
        assert_offsets(art)


@pytest.mark.parametrize("heading,after", [
    ("持续优化营商环境", "近日，甲市出台优化营商环境措施。"),  # short sub-head, no ！？
    ("如何稳住外贸基本盘？", "答：要稳住外贸主体，稳住市场份额。"),  # a question, but no lead
    ("甲市全力推进城市更新行动持续提升居民生活品质", "全市改造老旧小区120个。"),  # long, no evidence
])
def test_sub_head_of_the_same_story_does_not_split(heading, after):
    text = page("甲市发布城市发展蓝图", "记者 王明 甲市报道",
                "1月5日，甲市发布城市发展蓝图。", "蓝图提出了五项任务。",
                heading, after, "据某某日报")
    art = only(text)
    assert heading in art.text


SOURCE_LINE_CLOSES = page(
    "甲省经济数据出炉 多地增速跑赢全国",
    "记者 李四",
    "前三季度,甲省经济稳定增长,GDP突破3万亿元。",
    "从总量来看,甲省、乙省GDP分别达到4万",
    "10000亿元+100亿美元！丙省政府发文 加强招商引资",
    "为提高丙省招商引资水平，近日，丙省政府印发了《招商意见》。",
    "亿元量级。",
    "多地表示,四季度经济有望继续稳中向好。",
    "据某某证券报",
    "目标是：",
    "“十四五”期间，累计引进省外资金10000亿元。",
    "据某某财经",
)


def test_source_line_closes_a_story_before_more_body_text():
    arts = reconstruct_articles(SOURCE_LINE_CLOSES)
    assert len(arts) == 2
    first, second = arts
    assert "分别达到4万亿元量级。" in first.text and "四季度经济有望" in first.text
    assert first.attribution == "据某某证券报"
    # the text after the source line is the body of the story whose head stood above
    assert second.title == "10000亿元+100亿美元！丙省政府发文 加强招商引资"
    assert "目标是：" in second.text and "10000亿元" in second.text
    assert "目标是" not in first.text and second.attribution == "据某某财经"


def test_phrase_list_is_a_heading_and_a_cut_word_picks_its_continuation():
    text = page(
        "甲省部署四季度经济工作",
        "记者 张三 甲省报道",
        "前三季度,甲省经济稳定恢复,就业保持稳定。",
        "地方稳增长瞄准",
        "扩投资、促消费、稳工业",
        "会议提出,要全力扩大有效投资,以有力举措保持投资稳",
        "工人在项目现场作业。新华社发",
        "目标是：",
        "定增长。",
    )
    art = only(text)
    assert classify_block("扩投资、促消费、稳工业") == "headline"
    assert "以有力举措保持投资稳定增长。" in art.text
    assert "稳工业定" not in art.text and "投资稳目标" not in art.text
    assert any(b.kind == "heading" and b.text == "扩投资、促消费、稳工业" for b in art.blocks)
    assert_offsets(art)


@pytest.mark.parametrize("line", [
    "两年平均增速前五位 郭晨凯 制图",
    "工人在工地施工。张三/摄",
    "居民在小区健身。视觉中国供图",
    "游客在公园赏花。（图片来源：视觉中国）",
    "全市新建住房套数变化。李四 绘",
    "厂区一角。图片来源：本报资料",
])
def test_credit_lines_make_captions(line):
    assert classify_block(line) == "caption"


def test_lone_chart_credit_takes_its_label():
    text = page("甲市经济平稳增长", "记者 张三",
                "前三季度,甲市GDP增长6%。", "增速前五位", "郭晨凯 制图",
                "工业生产稳中向好。", "据某某日报")
    art = only(text)
    assert "增速前五位" not in art.text and "制图" not in art.text
    assert art.captions == ["增速前五位 郭晨凯 制图"]
