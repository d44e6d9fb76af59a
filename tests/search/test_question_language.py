"""A question's language and whether it holds words at all."""

from __future__ import annotations

import pytest

from retrieval.search.answering import (
    has_words,
    question_language,
)


@pytest.mark.parametrize(("question", "language"), [
    ("What did Zhu Kai say?", "en"), ("Что сказал Чжу?", "ru"), ("朱さんは何と言いましたか", "ja"),
    ("주카이는 뭐라고 했나요", "ko"), ("朱凯说了什么", None), ("CBA第6轮比分是多少", None),
    ("ماذا قال تشو كاي؟", "ar"), ("Τι είπε ο Ζου;", "other"), ("Qu'a dit Zhu Kai ?", "en"),
    ("😀🎉", None), ("!!!???……", None), ("2024", None),
])
def test_question_language(question, language):
    assert question_language(question) == language


@pytest.mark.parametrize(("question", "words"), [
    ("😀🎉", False), ("!!!???……", False), ("🇨🇳 ✨ ——", False), ("", False),
    ("朱凯说了什么", True), ("2024", True), ("Zhu?", True), ("😀天", True),
])
def test_has_words(question, words):
    assert has_words(question) is words
