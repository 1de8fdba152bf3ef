"""Layout: block classification, articles, rejoining, sentences and clauses."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from policydata.document import Span
from policydata.layout import (classify_block, continuation_score, ends_dangling, is_complete,
                               reconstruct_articles, split_clauses, split_sentences,
                               starts_paragraph)
from policydata.reading import read_source

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_550b2831fa4cdffc.txt"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


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
    "日前,在广西柳州市北部生态新区机器人产业园,工人在检查工业版人形机器人。新华社发",
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


@pytest.mark.parametrize("line", ["据新华社", "据新华社、大众新闻等", "（据人民日报）", "来源：人民网"])
def test_attribution(line):
    assert classify_block(line) == "attribution"


@pytest.mark.parametrize("line,kind", [
    ("一、2023年工作回顾", "numbered"),
    ("（二）发展目标。", "numbered"),
    ("第三章 保障措施", "numbered"),
    ("强化餐饮油烟等 群众身边污染治理", "headline"),
    ("工业如何确保“十五五”良好开局?工信部划重点", "headline"),
    ("（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的精神。", "body"),
    ("据介绍,全年规模以上工业增加值同比增长5.9%。", "body"),
    ("企业协同融通发展。", "body"),
    ("加强与周边城市群合作，持续释放发展新动能，努力打造", "body"),
    ("责任编辑：王五", "meta"),
    ("（完）", "end"),
])
def test_kinds(line, kind):
    assert classify_block(line) == kind


def test_completeness_and_dangling_ends():
    assert is_complete("推动高质量发展。")
    assert is_complete("他说：“我们会做好。”")
    assert is_complete("今年要重点做好9个方面工作：")
    assert is_complete("加快推进。（农业农村部等负责）")
    assert is_complete("（此件公开发布）")
    assert not is_complete("完善公共服务体系,促")
    assert not is_complete("实施“宽带升级”")
    assert ends_dangling("恶臭气体、") and ends_dangling("农业机械化和")
    assert not ends_dangling("工信部划重点")


def test_paragraph_start_and_continuation_evidence():
    assert starts_paragraph("2026年工业经济如何稳中求进?")
    assert starts_paragraph("同时,优化格局。")
    assert starts_paragraph("张云明表示,下一步将推动。")
    assert not starts_paragraph("进中小企业高质量发展。")
    assert continuation_score("推动大中小", "企业协同融通发展。") >= 2          # short fragment
    assert continuation_score("以68个潜力县", "为重点,推进城镇化建设。") >= 2    # 以…为
    assert continuation_score("构建便民生活圈和完", "整社区。建设儿童友好城市。") >= 2  # tiny first clause
    assert continuation_score("强化餐饮油烟、恶臭气体、", "噪声等群众身边污染治理。推动绿色发展。") >= 2
    assert continuation_score("体系,促", "2026年工业经济如何稳中求进,国新办举行发布会。") < 0


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
        "加强与周边城市群合作，持续释放发展新动能，努力打造区域经济重要增",
        "二、重点任务",
        "长极。",
        "推进老旧小区改造，完善配套设施。",
    ))
    assert [b.text for b in art.blocks] == [
        "加强与周边城市群合作，持续释放发展新动能，努力打造区域经济重要增长极。",
        "二、重点任务",
        "推进老旧小区改造，完善配套设施。",
    ]
    assert [b.kind for b in art.blocks] == ["body", "heading", "body"]


def test_break_before_unnumbered_heading_and_caption():
    art = only(page(
        "提升城市品质",
        "记者 王皇 济南报道",
        "实施社区嵌入式服务设施建设工程，构建便民生活圈和完",
        "支持老旧住房 自主更新",
        "居民在新建的口袋公园休息。新华社发",
        "整社区。建设儿童友好城市。",
    ))
    assert "构建便民生活圈和完整社区。建设儿童友好城市。" in art.text
    assert art.text.endswith("支持老旧住房 自主更新")


def test_enumeration_comma_and_construction_joins():
    art = only(page(
        "改善生态环境",
        "强化餐饮油烟、恶臭气体、",
        "噪声等群众身边污染治理。",
        "推动大中小城市协调发展，以68个城镇化潜力提升县",
        "为重点，推进城镇化建设。",
    ))
    assert art.text == "强化餐饮油烟、恶臭气体、噪声等群众身边污染治理。\n" \
                       "推动大中小城市协调发展，以68个城镇化潜力提升县为重点，推进城镇化建设。"


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
    assert arts[2].text == "两岸合作持续深化。\n产学研合作 步伐加快\n高校与企业共建实验室。"
    assert [a.index for a in arts] == [1, 2, 3]


def test_report_with_sections_stays_one_document():
    art = only(page(
        "关于加快推进农业机械化和",
        "农机装备产业发展的意见",
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
    assert art.title == "关于加快推进农业机械化和农机装备产业发展的意见"
    kinds = {b.text: b.kind for b in art.blocks}
    assert kinds["一、总体要求"] == "heading" and kinds["（二）发展目标。"] == "heading"
    assert kinds["（一）指导思想。坚持稳中求进，推动高质量发展。"] == "body"


def test_report_title_subtitle_and_speaker():
    art = only(page("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强",
                    "各位代表：", "现在，我代表国务院，向大会报告政府工作。"))
    assert art.title == "政府工作报告"
    assert art.byline == "国务院总理 李强"
    assert art.blocks[0].kind == "heading" and art.blocks[0].text.startswith("——2024年3月5日")


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

SEED_PHRASES = ["促进中小企业高质量发展", "推动大中小企业协同融通发展", "以68个城镇化潜力提升县为重点",
                "努力打造北方地区经济重要增长极", "构建便民生活圈和完整社区",
                "强化餐饮油烟、恶臭气体、噪声等群众身边污染治理"]


def _seed_articles(path):
    return reconstruct_articles(read_source(path).text)


@pytest.mark.skipif(not SEED.exists(), reason="seed not present")
def test_seed_page():
    arts = _seed_articles(SEED)
    assert len(arts) == 3
    assert arts[0].title == "工业如何确保“十五五”良好开局?工信部划重点"
    assert arts[1].title in ("对经济增长的贡献超四成 我国工业和信息化领域", "我国工业和信息化领域对经济增长的贡献超四成")
    assert arts[2].title.startswith("未来城市什么样?山东发布发展蓝图")
    assert arts[0].attribution == "据新华社、大众新闻等"
    assert arts[1].attribution == "据新华社"
    assert arts[2].byline == "记者 王皇 济南报道"
    text = "\n".join(a.text for a in arts)
    for phrase in SEED_PHRASES:
        assert phrase in text
    for caption_part in ("新华社发", "日前,在广西柳州市"):
        assert caption_part not in text
    for a in arts:
        assert a.title not in a.text and (not a.byline or a.byline not in a.text)
        assert_offsets(a)
    assert arts[0].blocks[0].kind == "lead" and arts[0].blocks[0].text.startswith("2026年工业经济")


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


CORPUS_TITLES = {
    "01_gwr2024-national.txt": "政府工作报告",
    "02_shaanxi-gwr2026-targets.txt": "二、“十五五”时期主要目标和重大举措",
    "03_beijing-gwr2026-review.txt": "2026年北京市政府工作报告",
    "06_state-council-farm-mechanization-opinions-2018.txt":
        "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见",
}


@pytest.mark.skipif(not (CORPUS / "docs").exists(), reason="corpus not present")
@pytest.mark.parametrize("name,title", sorted(CORPUS_TITLES.items()))
def test_corpus_texts_are_one_document_each(name, title):
    source = read_source(CORPUS / "docs" / name)
    art = only(source.text)
    assert art.title == title
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
    art = only(page("改善人居环境", "推动城市生活污水管网全覆盖。强化餐饮油烟、恶臭气体、",
                    "强化餐饮油烟等 群众身边污染治理", "噪声等群众身边污染治理。推动绿色发展。"))
    assert art.text.split("\n") == [
        "推动城市生活污水管网全覆盖。强化餐饮油烟、恶臭气体、噪声等群众身边污染治理。推动绿色发展。",
        "强化餐饮油烟等 群众身边污染治理"]
