"""A short question naming nothing (no name, place, number or organisation), of a few plain words,
gets no answer from a passage holding one of its words said in passing (issue 11: 你叫什么名字,
周末去哪里玩, 红烧肉怎么做 must find nothing in a news corpus); a word the corpus speaks of (held
by several passages, or by another passage of its article) still answers, and so does a passage
holding two of the question's words. Invented text only."""

from __future__ import annotations

from retrieval.retriever import EVERYDAY_WORDS, TOPICAL_PASSAGES, Retriever

# a corpus about a harbour's cargo; a few everyday words said once in passing
_HARBOUR = (
    "港口货运量创新高\n晚报 2024-05-06\n\n"
    "今年一季度,东湾港集装箱吞吐量同比增长百分之十二,码头工人周末也在加班。\n\n"
    "港务局介绍,新建的三号泊位将在年底投入使用,届时货运能力再提升三成。\n\n"
    "码头食堂的师傅说,工人们最爱吃他做的红烧肉。\n\n"
    "港区新开的夜市里,吃的玩的都有,生意很好。\n\n"
    "集装箱吞吐量的增长主要来自东南亚航线,港务局预计全年货运量继续上升。\n"
)
_COASTAL = (
    "沿海航线加密\n日报 2024-05-08\n\n"
    "东湾港新开两条沿海航线,集装箱运输时间缩短一天。\n\n"
    "航运公司表示,集装箱订舱量四月以来明显回升,运价保持平稳。\n\n"
    "货主说,以前叫不到船,现在每周都有固定班次。\n\n"
    "业内人士认为,集装箱运输的回暖与外贸订单增加有关。\n"
)


def _retriever(tmp_path) -> Retriever:
    (tmp_path / "harbour.txt").write_text(_HARBOUR, "utf-8")
    (tmp_path / "coastal.txt").write_text(_COASTAL, "utf-8")
    return Retriever.build(tmp_path)


def test_the_limits_are_small():
    assert 1 <= EVERYDAY_WORDS <= 4 and TOPICAL_PASSAGES >= 2


def test_one_plain_word_said_in_passing_answers_nothing(tmp_path):
    r = _retriever(tmp_path)
    assert r.search("周末去哪里玩") == []  # 周末 said once, 玩 nowhere
    assert r.search("你叫什么名字") == []  # 叫 said once, 名字 nowhere
    assert r.search("红烧肉怎么做") == []  # a dish named once in its article, in one passage of the corpus


def test_one_character_words_alone_answer_nothing(tmp_path):
    r = _retriever(tmp_path)
    assert r.search("今晚吃什么好") == []  # 吃 and 好 said, 今晚 nowhere: characters are no topic


def test_a_word_the_corpus_speaks_of_still_answers(tmp_path):
    r = _retriever(tmp_path)
    hits = r.search("集装箱有什么变化")  # 变化 nowhere, 集装箱 in several passages
    assert hits and "集装箱" in hits[0].passage.text
    hits = r.search("港务局怎么说")  # one word, said by two passages of its article
    assert hits and "港务局" in hits[0].passage.text


def test_two_words_of_the_question_held_answer(tmp_path):
    r = _retriever(tmp_path)
    hits = r.search("工人周末加班吗")
    assert hits and "周末" in hits[0].passage.text


def test_a_question_naming_something_is_left_to_the_other_rules(tmp_path):
    r = _retriever(tmp_path)
    hits = r.search("东湾港周末忙吗")  # 东湾港 is a place: not an everyday question
    assert hits and "东湾港" in hits[0].passage.text
