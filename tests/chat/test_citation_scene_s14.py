"""A citation does not put the report's scene-setting in the speaker's mouth.

A passage whose speaker enters only in a later sentence often opens with the report's own words
(【某报查询】本报日前报道… / 今晚，某队客场1-4不敌某队。…主帅李四表示…). Quoting that opening
sentence as the speaker's — 李四（主帅）：“今晚，某队客场1-4不敌某队……” — names a wrong speaker
for the words; it is cited as 报道：“…”. Still the speaker's: a quotation (the attribution said
whose), words in the first person, and a passage that introduces its own voice (我是王五).
"""

from __future__ import annotations

from retrieval.chat.citation import before_speaker, cite
from retrieval.models import Document, Passage, Speaker

DOC = Document(title="一篇报道", outlet="某报", published="2025-08-10", url=None, path="a.txt")


def cited(text: str, name: str, title: str | None = None, focus: str = "") -> str:
    return cite(Passage(text, 2, DOC, Speaker(name, title)), focus).split("——")[0]


def test_the_reports_opening_before_the_speaker_enters_is_the_reports():
    text = "【某报查询】本报日前连续报道某机构涉嫌违规办学。前特首张三昨于网上称，香港需要设计好“阀门”。"
    assert cited(text, "张三", "前特首", focus="【某报查询】本报日前连续报道某机构涉嫌违规办学。").startswith("报道：“【某报查询】")
    match = "今晚，红队客场1-4不敌蓝队。赛后，红队主帅李四表示，球队需要认真总结。"
    assert cited(match, "李四", "主帅").startswith("报道：“今晚")


def test_the_speakers_own_sentence_is_still_theirs():
    text = "【某报查询】本报日前连续报道某机构涉嫌违规办学。前特首张三昨于网上称，香港需要设计好“阀门”。"
    line = cited(text, "张三", "前特首", focus="前特首张三昨于网上称，香港需要设计好“阀门”。")
    assert line.startswith("张三（前特首）：")


def test_a_quotation_first_person_words_and_a_self_introduction_stay_the_speakers():
    assert cited("“今年要开工十个项目。”市长张三说。", "张三", "市长").startswith("张三（市长）：")
    assert cited("新华社北京8日电 “今天在华运行的外资企业有很多家。”副部长赵六说。", "赵六", "副部长").startswith("赵六（副部长）：")
    assert cited("这几年我一直在种苹果。果农钱七说，今年收成不错。", "钱七", "果农").startswith("钱七（果农）：")
    assert cited("各位观众，大家下午好！我是王五。今天的节目讨论城市更新。", "王五", "主持人").startswith("王五（主持人）：")


def test_a_quoted_self_introduction_is_someone_the_report_quotes():
    text = "在商城西门，一名男子走上前来。“你好。”他接着说，“我叫孙八，在一家公司工作。”"
    assert before_speaker(text, "", "孙八", "在商城西门，一名男子走上前来")


def test_a_speaker_named_in_the_quoted_sentence_is_left_to_the_rules_before():
    text = "市长张三表示，明年将开工十个项目。他说，项目将带动就业。"
    assert not before_speaker(text, "", "张三", "明年将开工十个项目")
    assert cited(text, "张三", "市长").startswith("张三（市长）：")
