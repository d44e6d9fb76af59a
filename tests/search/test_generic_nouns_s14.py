"""Common nouns jieba's dictionary tags as proper nouns (大国, 嘉宾, 城中村, 大浪: intent.txt's
``generic``) are no distinctive words of a question: a passage not repeating them still answers
without a false 「未提到：嘉宾」. Names and places stay distinctive. Invented questions only."""

from __future__ import annotations

from retrieval.search.answering import distinctive_words


def test_common_nouns_tagged_proper_are_not_distinctive():
    assert distinctive_words("谁提醒渔民注意台风掀起的大浪?") == ("台风",)
    assert "嘉宾" not in distinctive_words("旅发局邀约了多少位嘉宾?")
    assert "城中村" not in distinctive_words("苏州打算花多少年改完城中村?")
    assert "大国" not in distinctive_words("谁说美国要与制度不同的大国和睦相处?")


def test_places_and_names_stay():
    assert "苏州" in distinctive_words("苏州打算花多少年改完城中村?")
    assert "美国" in distinctive_words("谁说美国要与制度不同的大国和睦相处?")
