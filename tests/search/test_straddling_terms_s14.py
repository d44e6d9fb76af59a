"""A piece of the search cut lying across two of the question's own words (今天天气 → 今天 | 天气,
the search cut's 天天) says how jieba cuts the question, not what it asks: a passage holding it
holds none of the question by it (issue 11: an off-topic question gets no answer), while BM25
still scores it. Invented text only."""

from __future__ import annotations

from retrieval.retriever import Retriever
from retrieval.search.tokenizer import Tokenizer

_PAGE = (
    "老街面馆的故事\n晚报 2024-03-02\n\n"
    "这家开了三十年的面馆几乎天天排长队,老板说汤底每天凌晨熬好。\n\n"
    "面馆隔壁的书店去年关门,店主搬去了城东。\n\n"
    "街道办表示,老街明年将整修路面,商户照常营业。\n"
)


def test_a_piece_across_two_words_of_the_question_is_a_straddler():
    cut = Tokenizer()
    assert cut.straddlers("今天天气怎么样") == {"天天"}
    assert "华人" in cut.straddlers("中华人民共和国成立七十五年")  # 中华 | 人民's 华人
    assert "防部" in cut.straddlers("国防部发布公告")  # 国防 | 部


def test_a_piece_that_is_a_word_of_the_question_is_none():
    cut = Tokenizer()
    assert "天天" not in cut.straddlers("天天开心")  # 天天 | 开心
    assert "天天" not in cut.straddlers("今天天气天天变")  # 天天 a word of its own, later
    assert cut.straddlers("书店为什么关门") == frozenset()
    # a piece jieba cuts about as likely as the words around it is none: 立|法院, 邹|城市
    assert cut.straddlers("立法院审议预算") == cut.straddlers("邹城市政府开会") == frozenset()


def test_an_off_topic_question_holding_only_a_straddler_gets_no_answer(tmp_path):
    (tmp_path / "noodles.txt").write_text(_PAGE, "utf-8")
    r = Retriever.build(tmp_path)
    assert r.search("今天天气怎么样") == []
    # BM25 still scores the straddler: the passage holding 天天 is found, then judged
    scores = r.bm25_scores("今天天气怎么样")
    held = [i for i, p in enumerate(r.passages) if "天天" in p.text]
    assert held and all(scores[i] > 0 for i in held)
    # the same word, a word of the question's own cut, answers
    hits = r.search("老街面馆天天排长队吗")
    assert hits and "天天" in hits[0].passage.text
