"""Who acts in the clauses after a body: a body opening its sentence before a prepositional or
instrumental phrase (rule body_adverbial), and 该镇/该县/该局/当地政府 taking the place or body named
before them (rule anaphoric_body)."""
from __future__ import annotations

import pytest

from test_measure_actors import actor_of


@pytest.mark.parametrize("text, quote, issuer, expected", [
    # rule body_adverbial: the body, then 利用/就/通过/依托/围绕…, then the actions after the comma
    ("建德市农业农村局利用冬闲时节，组织技术人员开展培训。", "组织技术人员", "建德市人民政府", "建德市农业农村局"),
    ("建德市农业农村局就春耕备耕工作召开专题会议，部署落实各项措施。", "部署落实", "建德市人民政府", "建德市农业农村局"),
    ("建德市财政局通过专项资金，推动小微企业发展。", "推动小微企业", "建德市人民政府", "建德市财政局"),
    ("宁海县教育局依托线上平台，开展教师培训。", "开展教师培训", "宁海县人民政府", "宁海县教育局"),
    ("宁海县教育局近日围绕课后时段，制定工作方案。", "制定工作方案", "宁海县人民政府", "宁海县教育局"),
    # a place in news (rule region_subject) before its phrase of means: its government
    ("吉林省加快发展现代农业。梨树县以“产业+科技”为路径，组织专家开展技术指导。", "组织专家", "", "梨树县人民政府"),
    # a verb inside the adverbial's clause keeps the clause a measure of the body (rule subject_adverbial)
    ("2月3日,宁海县农业部门利用农闲时间,组织专家开展技术指导。", "组织专家", "宁海县人民政府", "宁海县农业农村局"),
    ("宁海县教育局在全县推广课后服务经验。", "宁海县教育局在全县推广", "宁海县人民政府", "宁海县教育局"),
])
def test_a_body_opening_its_sentence_acts_after_its_adverbial(text, quote, issuer, expected):
    assert actor_of(text, quote, issuer=issuer) == expected


@pytest.mark.parametrize("text, quote, issuer, expected", [
    # rule anaphoric_body: the township, county or bureau named last before the anaphor
    ("近日，宁海县西店镇召开会议。该镇将新建文化礼堂3座，完善养老设施。", "完善养老", "宁海县人民政府", "宁海县西店镇人民政府"),
    ("宁海县西店镇是工业强镇。该镇推进产业升级，建设创新园区。", "建设创新园区", "宁海县人民政府", "宁海县西店镇人民政府"),
    ("梨树县位于吉林省。该县大力发展玉米产业，建设高标准农田。", "建设高标准农田", "吉林省人民政府", "梨树县人民政府"),
    ("宁海县农业农村局召开会议。该局将组织专家开展技术指导。", "该局将组织专家", "宁海县人民政府", "宁海县农业农村局"),
    ("宁海县农业农村局召开会议。该局通过线上平台，发布农技信息。", "发布农技信息", "宁海县人民政府", "宁海县农业农村局"),
    # the anaphor opens its sentence with no action of its own (not_measure 探索…): it still leads
    ("宁海县西店镇有较长的养蜂传统，近几年，该镇持续探索新路子，采取统一收购办法，发展蜂蜜加工业。",
     "发展蜂蜜加工业", "浙江省人民政府", "宁海县西店镇人民政府"),
])
def test_an_anaphor_takes_the_body_named_before_it(text, quote, issuer, expected):
    assert actor_of(text, quote, issuer=issuer) == expected


@pytest.mark.parametrize("text, quote, issuer, expected", [
    # no referent named before, or 该区域/该市场 (another word): the issuer acts as before
    ("该县大力发展玉米产业，建设高标准农田。", "建设高标准农田", "吉林省人民政府", "吉林省人民政府"),
    ("梨树县位于吉林省。该市场将建设冷链仓库，完善物流网络。", "完善物流网络", "吉林省人民政府", "吉林省人民政府"),
])
def test_no_referent_leaves_the_issuer(text, quote, issuer, expected):
    assert actor_of(text, quote, issuer=issuer) == expected
