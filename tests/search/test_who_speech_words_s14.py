"""Session 14 (qa14): after a who cue, a speech word of intent.txt's ``speech`` (称, 宣布, 预计…)
says what the words said are, as a said cue does (是谁称…, 谁宣布了…): the question asks who said
them, and the passages holding them count, not those naming the occasion. A speech word that is no
word of its own in the question is no such cue (谁称赞…, 谁被称为…, 称号). Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.intent import parse


def test_a_speech_word_after_a_who_cue_gives_the_words_said():
    it = parse("在读书节目里,是谁称阅读和旅行结合已成潮流?")
    assert it.kind == "who" and it.content == "阅读和旅行结合已成潮流"
    it = parse("哪位部长宣布了明年开放三座新港口的计划?")
    assert it.kind == "who" and "三座新港口" in it.content
    assert parse("谁称赞小镇居民很会做生意?").kind == "fact"  # 称赞: a speech act, a fact about who
    assert parse("谁被称为小镇的活地图?").kind == "fact"  # 称为: what someone is called
    assert parse("谁获得了小镇优秀教师称号?").kind == "fact"
    assert parse("谁是这档节目的主持人?").kind == "fact"  # no words said


def test_the_passage_holding_the_words_said_answers_not_the_greeting(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("书香热线访谈", "示例网 2024-04-23", [
        "[主持人]听众朋友们,大家好!今天走进“书香热线”读书节目直播室的嘉宾是区文化馆馆长周明。",
        "[周明]主持人好!各位听众朋友,大家好!非常期待这期“书香热线”读书节目,希望通过这个平台和大家聊聊阅读和旅行。",
        "[周明]好的。读万卷书,行万里路,阅读与旅行的结合已经成为一种潮流,越来越多的年轻人带着书出发。",
        "[主持人]那么文化馆今年准备了哪些活动?",
        "[周明]我们准备了读书会、讲座和亲子阅读三类活动,每月都有。"])})
    hits = r.search("在书香热线读书节目里,是谁称阅读和旅行结合已成潮流?", top_k=3)
    assert hits and "成为一种潮流" in hits[0].passage.text
