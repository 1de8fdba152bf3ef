"""Actors in news (round 19): two bodies joined by 与/和/同 act together, written as README writes joint
issuers (rule joint_subject); a place's 各区/各县 acts through the governments of its divisions (rule
plural_divisions); 法庭 acting in a story that names one court is that court (rule story_named_organ, 法庭
an alias of the plural courts). Examples are our own sentences."""
import pytest

from policydata.extract.measures.explain import explain_rows


def _actors(text, issuer=""):
    return [(r["quote"], r["actor"]) for r in explain_rows(text, issuer=issuer, date="2026-03-02")]


@pytest.mark.parametrize("text,quote,actor", [
    ("本报宁波3月2日电 宁波市市场监督管理局与宁波海关开展进口食品联合检查试点，制定了检查互认办法。",
     "制定了检查互认办法", "宁波市市场监督管理局、宁波海关"),
    ("本报南京3月2日电 科技部与江苏省共建一个技术转移中心。", "科技部与江苏省共建一个技术转移中心", "科学技术部、江苏省人民政府"),
    ("本报北京3月2日电 财政部和住房城乡建设部联合下达补助资金，支持老旧小区改造。", "支持老旧小区改造", "财政部、住房和城乡建设部"),
    # 、 lists bodies with a lead (rule coordinated_subject), 会同 names the lead and its helper
    ("本报北京3月2日电 财政部、税务总局要加强减税政策宣传。", "财政部、税务总局要加强减税政策宣传", "财政部"),
    ("本报北京3月2日电 教育部会同财政部启动校舍改造工程。", "教育部会同财政部启动校舍改造工程", "教育部"),
])
def test_joint_subject(text, quote, actor):
    assert (quote, actor) in _actors(text)


@pytest.mark.parametrize("text,quote,actor", [
    ("本报杭州3月2日电 杭州市各区县组织开展夜市消费活动，发放消费券5000万元。", "发放消费券5000万元", "杭州市各区县人民政府"),
    ("本报杭州3月2日电 杭州市将组织开展夜市消费活动。", "杭州市将组织开展夜市消费活动", "杭州市人民政府"),
])
def test_plural_divisions_in_news(text, quote, actor):
    assert (quote, actor) in _actors(text)


def test_plural_divisions_not_in_a_policy_text():
    text = "为促进消费，现提出以下措施。\n杭州市各区县要组织开展夜市消费活动。"
    assert all(actor == "杭州市人民政府" for _, actor in _actors(text, issuer="杭州市人民政府"))


def test_tribunal_is_the_court_the_story_names():
    text = ("本报杭州3月2日电 浙江省高级人民法院2日发布审判工作报告。\n"
            "法庭依法平等保护各方当事人，全年受理涉外案件300件。")
    assert [a for q, a in _actors(text) if q.startswith("法庭")] == ["浙江省高级人民法院"]


def test_plural_divisions_after_a_destination_lead():
    # rule destination_lead: the divisions go somewhere first; what they do there comes in the next clause
    text = "本报杭州3月2日电 杭州市各区深入社区、企业，组织开展夜市消费活动。"
    assert ("组织开展夜市消费活动", "杭州市各区人民政府") in _actors(text)


@pytest.mark.parametrize("text,quote", [
    ("关于支持农业发展的通知\n一、加大扶持力度。家庭农场认定标准按照农业农村部门有关规定执行。", "家庭农场认定标准按照农业农村部门有关规定执行"),
    ("关于职称评审的通知\n一、规范评审。职称评审程序参照本省有关办法办理。", "职称评审程序参照本省有关办法办理"),
])
def test_norm_reference(text, quote):
    rows = [(r["quote"], r["instrument"]) for r in explain_rows(text, issuer="浙江省人民政府")]
    assert (quote, "regulation") in rows


def test_joint_subject_not_in_a_policy_text():
    # rule coordinated_subject: in a policy text the first of the bodies named together leads
    text = "关于做好春耕生产的通知\n一、加强农资保障。农业农村部和财政部将安排春耕补助资金。"
    assert [a for q, a in _actors(text, issuer="国务院办公厅") if q.startswith("农业农村部")] == ["农业农村部"]
