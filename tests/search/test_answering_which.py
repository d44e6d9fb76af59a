"""The kind of answer a sentence holds (retrieval/search/answering.py), session 10: a which-question
asking a word (哪一个字, 哪个词) is answered by the word in quotation marks the noun names (一个“干”字,
“内卷”一词). Invented sentences only."""

from __future__ import annotations

from retrieval.search.answering import has_typed_answer, typed_spans
from retrieval.search.intent import parse


def test_a_quoted_word_named_by_the_noun_asked_is_the_answer():
    intent = parse("李市长把抓落实归结成哪一个字?")
    assert (intent.asks, intent.which) == ("which", "字")
    sentence = "李市长指出，抓落实就是两横一竖，一个“干”字。"
    spans = typed_spans(sentence, intent)
    assert any(sentence[a:b].startswith("“干”") for a, b in spans)
    assert has_typed_answer(sentence, intent, ["落实"]) == 2
    assert typed_spans("他说“好”。字写得很大。", intent) == []  # the quote closes a sentence, no noun after it


def test_several_quoted_words_and_their_count_before_the_noun():
    intent = parse("市长要求在哪几个字上下功夫?")
    sentence = "要在“精”“细”“实”三个字上下功夫。"
    assert any(sentence[a:b] == "“精”“细”“实”三个字" for a, b in typed_spans(sentence, intent))
