"""Reading a question (retrieval/search/intent.py), session 10: a fact cue inside the words a
"who said" question quotes is part of what was said, not the kind of answer asked. Invented
questions only."""

from __future__ import annotations

from retrieval.search.intent import parse


def test_a_fact_cue_inside_the_words_said_asks_nothing_of_a_who_question():
    got = parse("哪位市领导在会上强调,发展这一要务在什么时候都不能动摇?")
    assert (got.kind, got.asks) == ("who", None)
    assert "动摇" in got.content
    got = parse("哪位教练说球队用了多少时间才适应新规则?")
    assert (got.kind, got.asks) == ("who", None)


def test_a_fact_cue_before_the_words_said_still_asks():
    got = parse("谁在什么时候说过要退出比赛?")
    assert got.kind == "who" and got.asks == "when"


def test_an_abstract_noun_before_zai_na_li_asks_what_not_where():
    # 关键在哪里 asks what the key is; the speech cue before it then asks what the person said
    got = parse("王教练认为两场比赛结果不同的关键在哪里?")
    assert (got.kind, got.asks) == ("said", None) and got.subject == "王教练"
    assert parse("两种方案的区别在哪里?").asks is None
    assert parse("新馆建在哪里?").asks == "where"


def test_zhuzhang_and_speech_acts_ask_what_the_person_said():
    # X主张… is what X argues for; X讽刺/叮嘱… is a speech act: what X said is asked
    got = parse("王董事长主张小企业和哪类企业抱团?")
    assert (got.kind, got.subject) == ("said", "王董事长")
    got = parse("方教授在微博里如何讽刺那笔赔偿?")
    assert got.kind == "said" and got.subject.startswith("方教授")

