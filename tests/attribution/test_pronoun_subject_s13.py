"""Session 13 (multi13): whom 他/她 means after a clause in which one person does something to
another (subjects._object_of): the clause's subject (乙简单欢迎甲来访，他说 — 乙), nobody where
the subject is someone the page does not name (小刚提到王丽…，他说), and the one asked after a
verb of asking (张强问王丽…？她说 — never the asker); a reporter's object stays whom it means.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

HEAD = "外长张明会见国务卿李华。"


def test_he_after_one_welcomes_another_is_the_one_who_welcomes():
    para = "张明和李华会谈前见记者，李华简单欢迎张明来访，他说：“非常高兴欢迎张明外长来到这里，我非常期待未来几天的对话。”"
    assert speakers_of([HEAD, para])[1] == "李华"


def test_he_after_an_unnamed_subject_mentions_a_person_is_nobody_named():
    head = "游泳选手王丽出席了颁奖礼。"
    para = "小刚提到王丽为游泳牺牲很大，他说：“游泳是非常辛苦的运动，竞争很大，早上六点就下水，非常厉害。”"
    assert speakers_of([head, para])[1] != "王丽"


def test_she_after_a_question_is_never_the_asker():
    head = "主持人张强邀请歌手王丽做客节目。"
    para = "在节目中，张强问王丽这次来北京吃了什么？她说第一天吃了火锅，之后回酒店叫了一堆外卖。"
    assert speakers_of([head, para])[1] != "张强"


def test_she_after_a_reporter_interviews_a_person_is_that_person():
    head = "果农王丽发布了相关消息。"
    para = "随后记者采访到了王丽，她表示，果子是否卖得好，应该由真正的果农来评判，我们会继续努力。"
    assert speakers_of([head, para])[1] == "王丽"
