"""A name read from a surname-like character (``answering.distinctive_words``) is a whole name
of the question, never a piece cut across one: after a lone surname jieba tags a name (陈|有|兵),
after a preposition before a surname (向|陈|丽瑜), or before a word as common as 方面
(博物馆|史|方面). Such a piece would show a false 「未提到：有兵」 under the right answer.
Invented questions only."""

from __future__ import annotations

from retrieval.search.answering import distinctive_words


def test_no_piece_after_a_lone_surname():
    assert "有兵" not in distinctive_words("大年初一陈有兵几点出车?")
    assert "修凯" not in distinctive_words("周末杨修凯几点出门?")


def test_a_preposition_before_a_surname_starts_no_name():
    words = distinctive_words("法院拒绝向陈丽瑜提供哪些资料?")
    assert "陈丽瑜" in words and not any(w.startswith("向") for w in words)


def test_a_common_word_after_a_surname_character_is_no_given_name():
    assert "史方面" not in distinctive_words("学者在博物馆史方面有哪些研究?")


def test_names_stay_names():
    assert "王学武" in distinctive_words("王学武说了什么?")
    assert "向华强" in distinctive_words("向华强说了什么?")
    assert "杜苏芮" in distinctive_words("杜苏芮台风何时登陆?")
