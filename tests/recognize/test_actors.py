"""Actors found in a text and normalized to full names (recognize/actors.py, lexicons/actors.csv)."""
import pytest

from policydata.recognize.actors import find_actors

CASES = [
    # current bodies and their short forms
    ("工信部会同财政部印发通知", ["工业和信息化部", "财政部"]),
    ("国家发改委牵头", ["国家发展和改革委员会"]),
    # former bodies keep the name the text gives them, not their successor's
    ("交通部和铁道部联合部署", ["交通部", "铁道部"]),
    ("国土资源部负责用地审批", ["国土资源部"]),
    ("环保总局要加强督查", ["国家环境保护总局"]),
    ("请国家林业局研究", ["国家林业局"]),
    ("农业部安排专项资金", ["农业部"]),
    ("工商总局和质检总局联合检查", ["国家工商行政管理总局", "国家质量监督检验检疫总局"]),
    ("由国务院扶贫办会同有关部门", ["国务院扶贫开发领导小组办公室"]),
    # the successor is still found under its own name
    ("交通运输部和农业农村部", ["交通运输部", "农业农村部"]),
    ("住房和城乡建设部发布", ["住房和城乡建设部"]),
    # 部署 / 部门 are not ministries
    ("加强交通部署", []),
    ("做好人事部署", []),
    ("农业部门要加强指导", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_find_actors(text, expected):
    assert [m.actor.name for m in find_actors(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # rule general_office_mention: a central body's 办公厅/办公室 is a body of its own
    ("水利部办公厅、农业农村部办公厅近日联合发布通知", ["水利部办公厅", "农业农村部办公厅"]),
    ("国家林草局办公室日前印发方案", ["国家林业和草原局办公室"]),
    ("水利部近日发布通知", ["水利部"]),
    ("国务院办公厅印发意见", ["国务院办公厅"]),  # already an office in the table
])
def test_general_office_mention(text, expected):
    assert [m.actor.name for m in find_actors(text)] == expected


@pytest.mark.parametrize("text,home,expected", [
    # rule home_division_of_level: a body named by its level word is the department of the division of
    # that level the home region lies in (the home region itself or an ancestor)
    ("省发展改革委要加快审批", "370000", ["山东省发展和改革委员会"]),
    ("省发改委会同市商务局", "370102", ["山东省发展和改革委员会", "济南市商务局"]),
    ("市发展改革委负责", "370102", ["济南市发展和改革委员会"]),
    ("县财政局牵头", "331123", ["遂昌县财政局"]),
    ("省卫生健康委和市医保局", "331123", ["浙江省卫生健康委员会", "丽水市医疗保障局"]),
    # rule level_word_local_body: never the national body; unplaced, named by its level word
    ("省发展改革委负责人表示", "CN", ["省发展和改革委员会"]),
    ("县发改委要加快审批", "370000", ["县发展和改革委员会"]),
    ("市气象局发布预警", "", ["市气象局"]),
    ("市人民银行加大信贷投放", "CN", []),
    # a short name with no level word before it stays the national body
    ("由发展改革委牵头", "370000", ["国家发展和改革委员会"]),
])
def test_level_word_body(text, home, expected):
    assert [m.actor.name for m in find_actors(text, home)] == expected
