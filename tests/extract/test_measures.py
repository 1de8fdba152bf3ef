"""Tests for policydata.extract.measures (and recognize.actors): detection, actors, regions, classification."""
from __future__ import annotations

import csv

import pytest
from conftest import CORPUS, ROOT

from policydata.document import Article, Block
from policydata.extract.measures import (MeasureFinding, classify_instrument, clause_status, clauses_of,
                                         extract_measures, framework_of, heading_status, lead_status,
                                         named_policy_of, topic_of)
from policydata.recognize.actors import find_actors, normalize_actor
from policydata.document import Span
from policydata.recognize.regions import RegionMention



def article(*paragraphs: str, kinds: tuple[str, ...] = (), title: str = "") -> Article:
    """An Article whose blocks are the given paragraphs (kind 'body' unless given)."""
    blocks, pos = [], 0
    for i, p in enumerate(paragraphs):
        kind = kinds[i] if i < len(kinds) else "body"
        blocks.append(Block(kind, pos, pos + len(p), p))
        pos += len(p) + 1
    return Article(1, title, "\n".join(paragraphs), blocks)


def measures(art: Article, issuer: str = "", region_id: str = "CN",
             mentions: list[RegionMention] | None = None) -> list[MeasureFinding]:
    found = extract_measures(art, issuer=issuer, region_id=region_id, region_mentions=mentions or [])
    for m in found:  # provenance invariant on every call
        assert 0 <= m.start < m.end <= len(art.text)
    return found


def quotes(art: Article, found: list[MeasureFinding]) -> list[str]:
    return [art.text[m.start:m.end] for m in found]


def quotes_and_actors(text: str, issuer: str, region_id: str = "CN") -> list[tuple[str, str]]:
    """(quote, actor) of the measures of ``text`` read as one article of ``issuer``."""
    art = article(text)
    found = measures(art, issuer=issuer, region_id=region_id)
    return [(q, m.actor) for q, m in zip(quotes(art, found), found)]


def measure_quotes(text: str, issuer: str = "某某市人民政府", region_id: str = "CN") -> list[str]:
    """The measure quotes of ``text`` read as one article of ``issuer``."""
    return [q for q, _ in quotes_and_actors(text, issuer, region_id)]


# --------------------------------------------------------------------------- actors table

@pytest.mark.parametrize("written, full", [
    ("工信部", "工业和信息化部"),
    ("发展改革委", "国家发展和改革委员会"),
    ("国新办", "国务院新闻办公室"),
    ("住建部", "住房和城乡建设部"),
    ("央行", "中国人民银行"),
    ("银保监会", "中国银行保险监督管理委员会"),
    ("市场监管总局", "国家市场监督管理总局"),
    ("国务院（国务院总理李强）", "国务院"),
    ("北京市人民政府（市长殷勇）；文本来源北京日报（经人民数据库）", "北京市人民政府"),
    ("山东省发改委", "山东省发展和改革委员会"),
    ("山东省政府", "山东省人民政府"),
])
def test_aliases_normalize_to_full_names(written, full):
    assert normalize_actor(written).name == full


def test_central_actor_region_is_cn_and_province_has_code():
    assert normalize_actor("工信部").region_id == "CN"
    assert normalize_actor("陕西省人民政府").region_id == "610000"
    assert normalize_actor("山东省发展和改革委员会").region_id == "370000"


def test_news_outlets_are_media_not_actors():
    assert normalize_actor("新华社").is_media


def test_generic_departments_are_not_ministries():
    assert find_actors("各地教育部门和科技部门") == []


def test_deictic_department_resolves_to_home_region():
    (m,) = find_actors("省发展改革委", home_region="610000")
    assert m.actor.name == "陕西省发展和改革委员会"


# --------------------------------------------------------------------------- clauses and detection

def test_enumeration_comma_and_quotes_do_not_split_clauses():
    t = "围绕“管、护、用”三个环节，稳步实施棚户区、老旧厂房改造。"
    assert [c.text for c in clauses_of(t, Span(0, len(t), t))] == [
        "围绕“管、护、用”三个环节，", "稳步实施棚户区、老旧厂房改造。"]


def test_bare_imperative_sentences_are_measures():
    art = article("持续优化园区营商服务。制定“十五五”扶持个体工商户发展规划。")
    assert quotes(art, measures(art)) == ["持续优化园区营商服务", "制定“十五五”扶持个体工商户发展规划"]


def test_one_measure_per_action_clause_objects_stay_attached():
    art = article("实施“宽带升级”专项，在县城和产业园区部署5G-A基站和千兆光纤，推动“百兆”向“千兆”升级。")
    found = measures(art, issuer="工业和信息化部")
    assert quotes(art, found) == ["实施“宽带升级”专项", "在县城和产业园区部署5G-A基站和千兆光纤",
                                  "推动“百兆”向“千兆”升级"]
    assert [m.action for m in found] == ["实施", "部署", "推动"]


def test_intro_clause_is_not_quoted_but_gives_context():
    art = article("李明表示，面向“十五五”，在未来产业领域，工信部将深入实施智能制造工程。")
    (m,) = measures(art)
    assert art.text[m.start:m.end] == "工信部将深入实施智能制造工程"
    assert m.actor == "工业和信息化部" and m.framework == "十五五"


def test_unpunctuated_document_intro_is_stripped():
    art = article("《行动方案》提出加快推进社区防灾站点新建改造。")
    (m,) = measures(art, region_id="370000")
    assert art.text[m.start:m.end] == "加快推进社区防灾站点新建改造"
    assert m.action == "推进"


def test_statistics_are_not_measures():
    # a tally of actions (累计培育…工厂超8000家) is a reported measure by the corpus convention
    # (累计推出…重点事项): see test_measure_rules.test_tallied_and_committed_actions_with_figures
    art = article("据介绍，全年港口货物吞吐量同比增长4.7%；累计接待游客超8000万人次。")
    assert measures(art) == []


def test_evaluations_and_descriptions_are_not_measures():
    art = article("农业是县域经济的“稳定器”。建设县域冷链物流中心，是我市补齐商贸流通短板的关键举措。"
                  "服务业数字化转型扎实推进。")
    assert measures(art) == []


def test_modal_clause_after_evaluation_is_a_measure():
    art = article("“十五五”时期是加快城市群建设，推进区域协调发展的重要时期，将深入实施“强省会”战略。")
    assert quotes(art, measures(art)) == ["将深入实施“强省会”战略"]


def test_questions_are_not_measures():
    art = article("2027年县域商业如何提质扩容、向“绿”转型？")
    assert measures(art) == []


def test_heading_blocks_are_not_measures():
    art = article("支持各地培育一批低空经济示范区", "支持各地培育一批低空经济示范区，加大投资力度。",
                  kinds=("heading", "body"))
    found = measures(art)
    assert [m.start for m in found] == [art.blocks[1].start, art.text.index("加大")]


def test_caption_block_is_skipped_defensively():
    art = article("日前，在柳州市机器人产业园，工人在检查人形机器人。新华社发")
    assert measures(art) == []


def test_target_clause_attaches_to_its_measure():
    art = article("加快推进社区防灾站点新建改造，到2032年每个乡镇和村分别至少配备2处。")
    (m,) = measures(art)
    assert art.text[m.start:m.end] == "加快推进社区防灾站点新建改造，到2032年每个乡镇和村分别至少配备2处"
    assert m.instrument != "service"  # classified on the action clause, not the attached target


@pytest.mark.parametrize("text, label", [
    ("（三）完善渔船装备研发体系。围绕远洋捕捞需求，加快推进渔船装备升级。", "完善渔船装备研发体系"),
    ("6.大力发展社区教育。支持街道学校建设成为终身学习服务基地。", "大力发展社区教育"),   # 1. 2. items
    ("11．开展岗位练兵活动。引导行业企业开展岗位练兵。", "开展岗位练兵活动"),
])
def test_inline_section_label_is_not_a_measure(text, label):
    art = article(text)
    found = quotes(art, measures(art))
    assert label not in found and found  # the body's own measures stay


# --------------------------------------------------------------------------- actor resolution

def test_speaker_affiliation_carries_to_later_mentions():
    art = article("工业和信息化部副部长王立群表示，新的一年，将大力推进新型工业化。",
                  "国新办举行新闻发布会。",
                  "王立群表示，下一步，将持续推动工业母机技术攻关。")
    found = measures(art, issuer="大众日报")
    assert [m.actor for m in found] == ["工业和信息化部", "工业和信息化部"]
    assert found[1].speaker == "王立群"


def test_speaker_known_before_first_mention_in_broken_layout():
    art = article("王立群表示，将加快推进6G技术研发。", "工业和信息化部副部长王立群表示，将大力推进新型工业化。")
    assert [m.actor for m in measures(art)] == ["工业和信息化部"] * 2


def test_officials_unit_is_the_actor():
    art = article("山东省发展和改革委员会一级巡视员韩明哲表示，将深入实施烟台“港产城”战略。")
    (m,) = measures(art)
    assert m.actor == "山东省发展和改革委员会" and m.region_id == "370000"


def test_cited_document_actor_is_its_publisher():
    art = article("《实施意见》提出，将优化城镇布局，打造现代化胶东经济圈。",
                  title="乡村振兴怎么干?山东出台行动方案")
    found = measures(art, issuer="大众日报")
    assert [m.actor for m in found] == ["山东省人民政府"] * 2
    assert all(m.region_id == "370000" and m.framework == "实施意见" for m in found)


def test_cited_document_without_publisher_uses_home_government():
    art = article("《实施意见》提出，推动农村生活垃圾收运全覆盖。")
    (m,) = measures(art, region_id="370000")
    assert m.actor == "山东省人民政府"


def test_subject_alias_sets_actor():
    # 坚持“两个毫不动摇” is a principle (non_measure_rules), the second clause the measure
    art = article("2027年，工信部将始终坚持“两个毫不动摇”，健全产业政策体系。")
    assert [m.actor for m in measures(art, issuer="新华社")] == ["工业和信息化部"]


def test_issuer_is_the_fallback_actor_but_news_agency_is_not():
    art = article("加快建设全国统一大市场。")
    assert measures(art, issuer="国务院（国务院总理李强）")[0].actor == "国务院"
    assert measures(art, issuer="新华社")[0].actor == ""


def test_representation_sets_actor():
    art = article("下面，我代表国务院，向大会作工作报告。", "我们将扩大有效投资。")
    assert measures(art)[0].actor == "国务院"


def test_responsibility_note_gives_lead_unit():
    art = article("（十二）发展渔业专业化服务队伍。培育壮大新型渔业合作组织，鼓励发展渔业保险。"
                  "（农业农村部、商务部、财政部等负责）")
    found = measures(art, issuer="国务院")
    assert [m.actor for m in found] == ["农业农村部", "农业农村部"]
    assert found[0].co_actors == "商务部、财政部"
    assert all("负责" not in art.text[m.start:m.end] for m in found)


def test_provincial_subject_with_modal():
    art = article("各省级人民政府要建立协同推进机制。")
    assert measures(art, issuer="国务院")[0].actor == "各省级人民政府"


# --------------------------------------------------------------------------- regions

def test_city_named_in_measure_narrows_region():
    text = "支持济南建设沿黄地区重要的枢纽城市。"
    art = article(text)
    i = text.index("济南")
    (m,) = measures(art, issuer="山东省人民政府", region_id="370000",
                    mentions=[RegionMention(i, i + 2, "济南", "370100")])
    assert m.region_id == "370100"


def test_place_outside_actor_region_does_not_narrow():
    text = "加强与郑州都市圈合作，支持郑州发展。"
    art = article(text)
    i = text.index("郑州", 10)
    found = measures(art, issuer="山东省人民政府", region_id="370000",
                     mentions=[RegionMention(i, i + 2, "郑州", "410100")])
    assert {m.region_id for m in found} == {"370000"}


def test_national_ministry_applies_to_cn():
    art = article("工信部将实施智能制造工程。")
    assert measures(art, region_id="370000")[0].region_id == "CN"


# --------------------------------------------------------------------------- classification

@pytest.mark.parametrize("quote, action, instrument", [
    ("制定“十五五”扶持个体工商户发展规划", "制定", "plan"),
    ("实施“宽带升级”专项", "实施", "program"),
    ("实施街道便民服务站点建设工程", "实施", "program"),
    ("全面落实《保障个体工商户合法权益条例》", "落实", "regulation"),
    ("加快修订小微企业认定标准", "修订", "standard"),
    ("加大产业引导基金投放力度", "加大", "fund"),
    ("支持各地培育一批低空经济示范区", "支持", "pilot"),
    ("在县城部署5G-A基站和千兆光纤", "部署", "infrastructure"),
    ("探索建设一批小微企业服务中心", "探索", "service"),   # 探索 governs 建设: the built centre decides
    ("守牢安全底线", "守牢", "other"),
])
def test_instrument_rules(quote, action, instrument):
    assert classify_instrument(quote, action) == instrument


@pytest.mark.parametrize("quote, code", [
    ("加快修订小微企业认定标准", 15), ("加快推进6G技术研发", 17), ("支持老旧住房分批改造、拆旧建新", 14),
    ("推动农村生活垃圾收运全覆盖", 7), ("稳定实施农机报废补贴政策", 4), ("开展“非遗在社区”工作", 23),
    ("支持连锁化运营社区托育服务网点", 13),
])
def test_policy_area_keywords(quote, code):
    assert topic_of(quote)[0] == code


def test_policy_area_falls_back_to_context():
    art = article("农机装备是农业的重要支撑。要加强顶层设计与动态评估。")
    (m,) = measures(art)
    assert (m.policy_area, m.policy_area_label) == ("4", "Agriculture")


def test_policy_area_label_matches_models():
    from policydata.datapackage.models import CAP_CODES
    art = article("加快推进6G技术研发。推进老旧小区改造。守牢安全底线。")
    for m in measures(art):
        assert CAP_CODES[m.policy_area_label] == int(m.policy_area)


def test_named_policy_forms():
    assert named_policy_of("全面落实《保障个体工商户合法权益条例》") == "《保障个体工商户合法权益条例》"
    assert named_policy_of("深入实施乡村“快递进村”专项行动") == "“快递进村”专项行动"
    assert named_policy_of("持续开展攻关项目“赛马争先”") == "“赛马争先”"
    assert named_policy_of("深入实施智能制造工程", 4, "实施") == "智能制造工程"
    assert named_policy_of("鼓励企业开展新型渔船装备试航验证", 2, "鼓励") == ""
    assert named_policy_of("守牢安全底线") == ""


def test_framework_terms():
    assert framework_of("制定“十五五”扶持个体工商户发展规划") == "十五五"
    assert framework_of("“十四五”收官之年") == "十四五"
    assert framework_of("推进老旧小区改造") == ""


def test_odd_input_never_raises():
    assert extract_measures(Article(1, "", ""), issuer="", region_id="", region_mentions=[]) == []
    art = Article(1, "", "？？，，。。", [])
    assert extract_measures(art, issuer="x", region_id="CN", region_mentions=[]) == []


# --------------------------------------------------------------------------- real inputs

SEED_KEYS_MIIT = ["未来产业先导区", "智能制造工程", "促进中小企业发展规划", "保障中小企业款项支付条例",
                  "中小企业划型标准", "专精特新赋能中心", "宽带升级", "6G技术研发", "人形机器人"]
SEED_KEYS_SHANDONG = ["山东半岛城市群", "原拆原建", "社区嵌入式服务设施建设工程", "儿童友好城市",
                      "生活污水管网全覆盖", "应急避难场所新建改造", "非遗在社区"]


@pytest.fixture(scope="module")
def seed_measures():
    from policydata.recognize import regions
    from policydata.text.layout import reconstruct_articles
    from policydata.text.reading import read_source
    path = ROOT / "seeds" / "000_550b2831fa4cdffc.txt"
    if not path.exists():
        pytest.skip("seed missing")
    rows = []
    for art in reconstruct_articles(read_source(str(path)).text):
        region = regions.document_region(art.text, regions.find_regions(art.text), issuer="")
        mentions = regions.find_regions(art.text, home_region=region)
        for m in extract_measures(art, issuer="", region_id=region, region_mentions=mentions):
            rows.append((art, m, art.text[m.start:m.end]))
    return rows


def test_seed_measure_count(seed_measures):
    assert 30 <= len(seed_measures) <= 150


@pytest.mark.parametrize("key", SEED_KEYS_MIIT)
def test_seed_miit_measures(seed_measures, key):
    assert any(key in q and "工业和信息化部" in m.actor for _, m, q in seed_measures), key


@pytest.mark.parametrize("key", SEED_KEYS_SHANDONG)
def test_seed_shandong_measures(seed_measures, key):
    hits = [m for _, m, q in seed_measures if key in q and "山东" in m.actor]
    assert hits, key
    assert all(h.region_id.startswith("37") for h in hits)


def test_seed_no_statistics_captions_or_bylines(seed_measures):
    for _, _, q in seed_measures:
        assert "同比增长" not in q and "新华社发" not in q and "记者" not in q and "报道" not in q


def test_seed_fields_filled(seed_measures):
    n = len(seed_measures)
    for attr in ("actor", "action", "instrument", "policy_area_label"):
        filled = sum(1 for _, m, _ in seed_measures if getattr(m, attr) not in ("", "other", "Other"))
        assert filled >= 0.9 * n or attr in ("instrument", "policy_area_label"), attr
        assert sum(1 for _, m, _ in seed_measures if getattr(m, attr)) >= 0.9 * n, attr


def _corpus_measures(name: str):
    if not CORPUS.exists():
        pytest.skip("development corpus not available")
    from policydata.text.layout import reconstruct_articles
    meta = {r["file"]: r for r in csv.DictReader(open(CORPUS / "sources.csv", encoding="utf-8"))}
    rel = f"docs/{name}"
    text = (CORPUS / rel).read_text(encoding="utf-8")
    out = []
    for art in reconstruct_articles(text):
        out += [(art, m) for m in extract_measures(art, issuer=meta[rel]["publisher"], region_id="CN",
                                                   region_mentions=[])]
    return out


@pytest.mark.parametrize("name, actors", [
    ("01_gwr2024-national.txt", {"国务院"}),
    ("02_shaanxi-gwr2026-targets.txt", {"陕西省人民政府"}),
    ("03_beijing-gwr2026-review.txt", {"北京市人民政府"}),
])
def test_corpus_work_reports_actor_is_the_government(name, actors):
    found = _corpus_measures(name)
    assert len(found) >= 20
    share = sum(1 for _, m in found if m.actor in actors) / len(found)
    assert share >= 0.9, share


def test_corpus_state_council_opinion_uses_lead_units():
    found = _corpus_measures("06_state-council-farm-mechanization-opinions-2018.txt")
    actors = {m.actor for _, m in found}
    # the guiding-thought paragraph (the issuer's own 国务院 sentences) holds no measures
    assert {"农业农村部", "工业和信息化部"} <= actors
    assert all("负责" not in art.text[m.start:m.end] for art, m in found)
    agri = [m for art, m in found if "农机购置补贴" in art.text[m.start:m.end]]
    assert agri and all(m.policy_area == "4" for m in agri)


# --------------------------------------------------------------------------- status (planned / reported)

def test_clause_status_cues():
    assert clause_status("出台了稳增长政策") == "reported"
    assert clause_status("已建成5G基站10万个") == "reported"
    assert clause_status("累计培育专精特新企业") == "reported"
    assert clause_status("力争建成5G基站") == "planned"
    assert clause_status("将实施“宽带升级”专项", has_modal=True) == "planned"
    assert clause_status("为了稳就业实施专项行动") == ""  # 为了 is not the perfective 了
    assert clause_status("建设基站") == ""


def test_lead_status_of_sentence_openings():
    assert lead_status("过去一年，我们扎实推动高质量发展。") == "reported"
    assert lead_status("一年来，着重抓了以下工作：") == "reported"
    assert lead_status("今年以来，工信部实施了一批项目。") == "reported"
    assert lead_status("今年要重点抓好以下工作。") == "planned"
    assert lead_status("一是2025年，全省新建基站。", 2026) == "reported"
    assert lead_status("2026年，要突出抓好十个方面。", 2026) == "planned"
    assert lead_status("推进城市更新。") == ""


def test_heading_status_fallback_words():
    assert heading_status("一、2025年工作回顾") == "reported"
    assert heading_status("三、2026年重点工作") == "planned"
    assert heading_status("图片新闻") == ""


def test_review_section_measures_are_reported_plan_section_planned():
    art = article("一、2025年工作回顾", "出台稳增长政策，实施城市更新行动。",
                  "二、2026年重点工作", "实施城市更新行动。", kinds=("heading", "body", "heading", "body"))
    found = measures(art, region_id="610000")
    assert [m.status for m in found] == ["reported", "reported", "planned"]


def test_status_from_openings_and_modals_without_headings():
    art = article("过去一年，我们出台稳增长政策，实施城市更新行动。",
                  "今年要实施城市更新行动。新建改造老旧小区。")
    found = measures(art)
    assert [m.status for m in found] == ["reported", "reported", "planned", "planned"]


def test_speaker_modal_makes_the_rest_of_the_paragraph_planned():
    art = article("关注点一：就业目标完成95%", "付凌晖表示，要继续做好宏观政策跨周期调节。落实好就业优先政策。",
                  kinds=("heading", "body"))
    assert [m.status for m in measures(art)] == ["planned", "planned"]


def test_opinions_default_to_planned():
    art = article("加快推进农机装备产业转型升级。完善农机购置补贴政策。")
    assert {m.status for m in measures(art)} == {"planned"}


# --------------------------------------------------------------------------- instruments (more evidence)

@pytest.mark.parametrize("clause, expected", [
    ("健全科技成果转化机制", "regulation"),         # a mechanism with no keyword before it: rules (bare_mechanism)
    ("建立部门协调机制", "other"),                  # one of coordination among bodies: an arrangement, no rule class
    ("深化国资国企改革", "regulation"),
    ("协同推进河湖长制、林长制", "regulation"),
    ("出台支持汽车、家居消费政策", "other"),   # a policy package with no more specific word: no class
    ("落实结构性减税降费政策", "fund"),              # the specific word beats the container 政策
    ("开展低空经济试点", "pilot"),
    ("建设国家级先行区", "pilot"),
    ("打造数控机床产业基地", "program"),           # a base cultivated (打造, 培育) is an industry grown
    ("新建数控机床产业基地", "infrastructure"),    # a base built
    ("构建新型电力系统", "infrastructure"),
    ("建设公共技术服务平台", "service"),
    ("强化困难群众兜底保障", "service"),
    ("做好灾后抢险救援", "program"),       # a relief operation is a campaign (corpus gold), not a standing service
    ("发行超长期特别国债", "fund"),
    ("积极有序化解地方债务风险", "other"),   # resolving debt gives no money: not a fund
    ("编制国土空间规划", "plan"),
    ("制定产业发展路线图", "plan"),
    ("完善农机产品认证", "standard"),
    ("办好全球湘商大会", "program"),
    ("做好第四次全国农业普查", "program"),
    ("突破人形机器人运动控制等核心技术", "program"),
    ("推动高质量发展", "other"),                     # a broad goal: no evidence, other is right
    ("坚持稳中求进工作总基调", "other"),
])
def test_instrument_rules_by_clause(clause, expected):
    assert classify_instrument(clause) == expected


def test_instrument_verb_defaults_for_bans():
    assert classify_instrument("严禁搞面子工程", "严禁") in ("program", "regulation")
    assert classify_instrument("坚决制止铺张浪费", "制止") == "regulation"


# --------------------------------------------------------------------------- named policies and cited documents

def test_slogans_are_not_named_policies_lists_of_names_are():
    assert named_policy_of("推动“百兆”向“千兆”升级") == ""
    assert named_policy_of("建设“双千兆”网络") == ""
    assert named_policy_of("开展“千万工程”") == "“千万工程”"
    assert named_policy_of("用好国家“两重”“两新”政策资金") == "“两重”“两新”政策"
    assert named_policy_of("出台稳增长“21条”“18条”等政策") == "“21条”“18条”等政策"


def test_a_film_title_is_not_a_cited_document():
    art = article("我代表省人民政府，向大会报告工作。", "举办中国艺术节，《哪吒2》创造多项纪录，举办国际赛事50余场。",
                  "国务院印发《关于促进消费的意见》。")
    found = measures(art, region_id="510000")
    assert [m.actor for m in found] == ["四川省人民政府", "四川省人民政府", "国务院"]


def test_work_report_voice_returns_after_a_sentence_about_another_body():
    art = article("下面，我代表自治区人民政府向大会作报告。",
                  "国务院出台《关于推动内蒙古高质量发展的意见》。建成电网主网架。")
    found = measures(art, region_id="150000")
    assert [m.actor for m in found] == ["国务院", "内蒙古自治区人民政府"]


def test_problem_statements_are_not_measures():
    art = article("融入中蒙俄经济走廊建设的深度广度不够。政府服务质效和营商环境还需改善，反腐败斗争形势仍然严峻复杂。"
                  "加强农田水利建设。")
    assert quotes(art, measures(art)) == ["加强农田水利建设"]


# --------------------------------------------------------------------------- issue 5, round 3: held-out news pages
# Made-up sentences in the shapes of provincial news digests (X提出，…) and opinions (应按照…).

def by_quote(art: Article, found: list[MeasureFinding]) -> dict[str, MeasureFinding]:
    return {art.text[m.start:m.end]: m for m in found}


def test_a_province_announcing_is_the_actor_of_its_paragraph():
    art = article("国务院部署稳增长工作。",
                  "甲省提出，做好年末经济工作。明确了五项举措，第一项就是要全力以赴扩大有效投资，加快推进水利项目建设。",
                  "内蒙古也表示，要全力做好保供工作。山东明确称，要抓好储备调度。",
                  "加快推进重点项目建设。")
    found = measures(art)
    got = {art.text[m.start:m.end]: (m.actor, m.region_id) for m in found}
    assert got["要全力做好保供工作"] == ("内蒙古自治区人民政府", "150000")
    assert got["要抓好储备调度"] == ("山东省人民政府", "370000")
    # the paragraph's subject ends with its paragraph: the article's actor comes back
    assert got["加快推进重点项目建设"][0] == "国务院"


def test_a_place_announcing_with_a_following_sentence_keeps_the_actor():
    art = article("贵州提出，做好四季度工作。明确提出了八项举措，第一项就是要全力以赴扩大有效投资，加快推进交通项目建设。")
    found = measures(art)
    got = by_quote(art, found)
    assert got["要全力以赴扩大有效投资"].actor == "贵州省人民政府"
    assert got["加快推进交通项目建设"].region_id == "520000"
    assert got["要全力以赴扩大有效投资"].action == "扩大"


def test_a_department_or_meeting_announcing():
    art = article("某市统计局表示，要加强统计监测。", "国务院常务会议指出，要稳定就业。会议要求，加快落实减税政策。")
    got = by_quote(art, measures(art))
    assert got["要加强统计监测"].actor == "某市统计局"
    assert got["要稳定就业"].actor == "国务院"
    assert got["加快落实减税政策"].actor == "国务院"


def test_a_publishing_body_is_the_actor_of_its_document_later():
    art = article("丙省住房和城乡建设厅公布《关于发展租赁住房的指导意见》（下称“指导意见”）。",
                  "国务院印发《节能方案》。实施节能行动。",
                  "《指导意见》提出，支持各地盘活存量房屋。")
    got = by_quote(art, measures(art))
    assert got["国务院印发《节能方案》"].actor == "国务院"
    assert got["支持各地盘活存量房屋"].actor.endswith("住房和城乡建设厅")


def test_a_planned_completion_is_a_measure_and_a_reported_one_only_when_it_completes_a_task():
    art = article("到2030年，重点行业能效达到标杆水平；完成3亿吨钢铁产能超低排放改造。")
    assert any(m.action == "完成" for m in measures(art))
    # the corpus convention lists 完成…改造 among measures: completing a task is a reported action
    review = article("去年，完成钢铁产能超低排放改造，完成23个背街小巷风貌综合整治。")
    assert [m.action for m in measures(review)] == ["完成", "完成"]
    amount = article("去年，完成投资1.2万亿元。")  # an amount completed is a figure, not an action
    assert not any(m.action == "完成" for m in measures(amount))


@pytest.mark.parametrize("text, expected", [
    ("过去一年，投资860万元新建雨水管线1935米。", ["新建雨水管线1935米"]),   # amount first, then the action
    ("过去一年，清理占道棚屋2.36万平方米。", ["清理占道棚屋2.36万平方米"]),
])
def test_reported_actions_with_an_amount_first_or_a_demolition(text, expected):
    art = article(text)
    assert quotes(art, measures(art, issuer="某区人民政府")) == expected


def test_a_verb_after_a_long_adverbial_and_a_document_subject():
    art = article("《方案》从完善制度、健全标准等六个方面健全节能政策机制。")
    found = measures(art)
    assert [m.action for m in found] == ["健全"]
    assert "健全节能政策机制" in art.text[found[0].start:found[0].end]


def test_a_modal_scopes_over_the_following_verb_clauses():
    art = article("我们要统筹防控和发展，做好常态化防控，这是发展的重要前提。")
    quotes_ = quotes(art, measures(art))
    assert any("做好常态化防控" in q for q in quotes_)


def test_an_obligation_is_a_regulation_measure():
    art = article("新建的租赁住房，应按照职住平衡原则，安排在园区周边。", "企业不得擅自改变用途。")
    found = measures(art)
    first = next(m for m in found if "职住平衡原则" in art.text[m.start:m.end])
    assert first.instrument == "regulation" and first.action == "安排"
    assert any(m.action == "不得" and m.instrument == "regulation" for m in found)


def test_a_body_outside_the_table_is_the_subject_of_its_sentence_only():
    art = article("国务院部署工作。城市人民政府要成立工作领导小组。实施督查制度。")
    got = by_quote(art, measures(art))
    assert got["城市人民政府要成立工作领导小组"].actor == "城市人民政府"
    assert got["实施督查制度"].actor == "国务院"


def test_verbs_inside_noun_phrases_are_not_actions():
    art = article("保障性租赁住房主要面向新市民。", "重点发展城市，可以利用存量土地。",
                  "落实“房住不炒”的丁省方案出来了。", "发展中国家的经验值得借鉴。")
    found = measures(art)
    assert not any(m.action in ("保障", "发展", "落实") for m in found)


def test_a_verb_with_a_real_object_is_still_an_action():
    art = article("保障住房供应。提升产品性能。统筹扩大内需和深化改革。")
    assert [m.action for m in measures(art)] == ["保障", "提升", "扩大"]


# --------------------------------------------------------------- held-out review fixes (issue 5)

def test_verbs_used_as_modifiers_or_nouns_are_not_actions():
    art = article("全市新建商品房销售面积连续增长。服务贸易进出口总额居中部首位。"
                  "高质量发展的底盘持续夯实。改革开放以来，城市面貌焕然一新。计划完成率较高。")
    assert measures(art, region_id="420000") == []


def test_a_reported_output_figure_is_a_statistic_not_a_measure():
    art = article("全年实现畜牧业增加值65.5亿元。全市实现旅游收入45.9亿元。各项指标均实现正增长。"
                  "省统计局发布的数据显示，全省经济平稳运行。")
    assert measures(art, region_id="420000") == []
    # a commitment with a figure stays a measure
    found = measures(article("新建饮水安全工程203处。"), region_id="420000")
    assert [m.action for m in found] == ["新建"]


def test_a_statistics_bureau_reports_the_governments_measures_in_the_past():
    art = article("全年新建饮水安全工程203处，实施农村电网升级改造工程13项。")
    found = measures(art, issuer="某某市统计局", region_id="230600")
    assert [m.actor for m in found] == ["大庆市人民政府"] * 2
    assert {m.status for m in found} == {"reported"}


def test_a_verb_opening_a_clause_is_not_part_of_a_body_name():
    found = measures(article("重构政府引导基金体系。"), region_id="420000")
    assert [(m.actor, m.action) for m in found] == [("湖北省人民政府", "重构")]


def test_a_city_news_text_takes_the_government_the_mayor_speaks_for():
    art = article("深圳市市长覃伟中代表市政府向大会作政府工作报告，安排重点工作任务。",
                  "今年，深圳市发改委发布《深圳市政府投资项目计划》。深圳要加大高质量投资力度。")
    found = measures(art, issuer="某某新闻网")
    actors = {art.text[m.start:m.end]: m.actor for m in found}
    assert actors["安排重点工作任务"] == "深圳市人民政府"
    assert actors["深圳要加大高质量投资力度"] == "深圳市人民政府"


def test_a_place_after_a_verb_without_a_modal_stays_the_issuers_measure():
    art = article("支持青岛打造现代化国际港口城市。")
    found = measures(art, issuer="山东省人民政府", region_id="370000")
    assert all(m.actor == "山东省人民政府" for m in found)


def test_notes_naming_lead_or_supervising_units_are_cut_from_quotes():
    art = article("健全固体废物统计制度。（生态环境部牵头，国家发展改革委、国家统计局参与）",
                  "推行农业绿色生产。（农业农村部、市场监管总局指导）")
    found = measures(art, issuer="国务院办公厅")
    assert [(m.actor, art.text[m.start:m.end]) for m in found] == [
        ("生态环境部", "健全固体废物统计制度"), ("国务院办公厅", "推行农业绿色生产")]
    assert "农业农村部" in found[1].co_actors


def test_a_relative_role_is_not_an_actor_and_a_list_names_its_first_body():
    art = article("牵头部门要加强协调。")
    assert [m.actor for m in measures(art, issuer="国务院办公厅")] == ["国务院办公厅"]
    art = article("人社部、财政部、国家医保局等四部门有关负责人就《方案》答记者问。单位缴费，降低企业负担。")
    assert [m.actor for m in measures(art, issuer="某某新闻网")] == ["人力资源和社会保障部"]


def test_a_generic_document_kind_is_not_a_named_policy():
    assert named_policy_of("制定印发实施方案", 2, "制定") == ""
    assert named_policy_of("深入实施智能制造工程", 4, "实施") == "智能制造工程"


def test_last_year_in_a_clause_reports():
    assert clause_status("深圳市去年共安排项目588个") == "reported"
    assert clause_status("比去年增长5%") == ""


def test_a_definition_sentence_is_not_a_measure():
    art = article("“无废城市”是指以新发展理念为引领，通过推动形成绿色生产方式，持续推进固体废物源头减量，"
                  "将环境影响降至最低的城市发展模式。要持续推进固体废物源头减量。")
    assert quotes(art, measures(art)) == ["要持续推进固体废物源头减量"]


# ---------------------------------------------------------------- actor and status frames (inline cases)

def _parsed(text: str, publisher: str, date: str = "2026-01-20") -> list[tuple[str, str, str]]:
    from policydata.pipeline import parse_text
    rows = parse_text(text, publisher=publisher, date=date)["measures"]
    return [(r["quote"], r["actor"], r["status"]) for r in rows]


#: text (paragraphs joined by \n), issuer, quote of a later measure -> its expected actor
ACTOR_SCOPE_CASES = [
    # a place that puts out a product or a route: its sentence only; the issuer commits afterwards
    ("井冈山推出首条低空旅游线路。\n加快能源强省建设。建成某某工程，开工建设某某工程。\n",
     "江西省人民政府", "开工建设某某工程", "江西省人民政府"),  # 开工 leads an action of its own
    ("井冈山推出首条低空旅游线路。\n加快能源强省建设。\n", "江西省人民政府", "井冈山推出首条低空旅游线路",
     "江西省人民政府"),
    ("过去一年，赣州推出5条乡村旅游线路，游客增长20%。\n加快建设某某水库。\n", "江西省人民政府",
     "加快建设某某水库", "江西省人民政府"),
    # a body named as subject governs its sentence, not the next one
    ("南昌市人民政府要加快建设旅游名城。建成某某工程。\n", "江西省人民政府", "南昌市人民政府要加快建设旅游名城",
     "南昌市人民政府"),
    ("南昌市人民政府要加快建设旅游名城。建成某某工程。\n", "江西省人民政府", "建成某某工程", "江西省人民政府"),
    # a released document still speaks through its publisher in its own sentence
    ("南昌市印发《关于加快文旅发展的实施意见》。\n建成某某工程。\n", "江西省人民政府",
     "南昌市印发《关于加快文旅发展的实施意见》", "南昌市人民政府"),
    ("南昌市印发《关于加快文旅发展的实施意见》。\n建成某某工程。\n", "江西省人民政府", "建成某某工程",
     "江西省人民政府"),
]


@pytest.mark.parametrize("text, issuer, quote, actor", ACTOR_SCOPE_CASES)
def test_subject_does_not_carry_over_to_later_sentences(text, issuer, quote, actor):
    found = {q: a for q, a, _ in _parsed(text, issuer)}
    assert found.get(quote) == actor, found


#: a paragraph of a report dated 2026 with no review heading: text, quote -> expected status
REVIEW_PARAGRAPH_CASES = [
    ("刚刚过去的2025年，我们完成了全年目标任务。新建保障性住房5万套，实施城市更新项目100个。\n",
     "实施城市更新项目100个", "reported"),
    ("刚刚过去的2026年，是很不寻常的一年。我们新建公园50个。\n", "我们新建公园50个", "reported"),
    ("过去一年，全市上下攻坚克难。出台促进消费政策，建成地铁线路2条。\n", "出台促进消费政策", "reported"),
    ("2025年，我们持续优化营商环境，出台促进消费政策。\n", "出台促进消费政策", "reported"),
    ("去年，我们实施了城市更新行动，新建公园50个。\n", "新建公园50个", "reported"),
    ("三、2026年重点工作\n刚刚过去的2025年，我们新建公园50个。\n", "我们新建公园50个", "reported"),
    # the paragraph turns to the plan: this year's work is planned
    ("过去一年，我们出台促进消费政策。今年，我们将实施城市更新行动，新建公园50个。\n", "新建公园50个", "planned"),
    ("过去一年，我们出台促进消费政策。\n2026年，要实施城市更新行动，建设公园50个。\n", "建设公园50个", "planned"),
]


@pytest.mark.parametrize("text, quote, status", REVIEW_PARAGRAPH_CASES)
def test_review_paragraph_without_heading_reports(text, quote, status):
    found = {q: s for q, _, s in _parsed(text, "北京市人民政府")}
    assert found.get(quote) == status, found
