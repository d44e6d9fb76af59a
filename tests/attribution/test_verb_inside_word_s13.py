"""Session 13 (names13): a speech verb's characters opening a longer word that introduces no words
(业绩说明会上, 这说明…) are no verb of speech (clauses._opens_a_word, in ``_nominal``); the longer word
followed by words at once (江明说明，…; 称赞她“…”) or making one word with another verb of speech
(强调指出) still is.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.clauses import _VERB_RE, _opens_a_word


def _opens(text: str, at: int) -> bool:
    m = _VERB_RE.match(text, at)
    assert m is not None
    return _opens_a_word(text, at, m.group())


def test_a_verb_opening_a_longer_word_is_no_speech():
    assert _opens("业绩网上说明会上获悉", 4)  # 说|明会
    assert _opens("并不是坏事，说明能量在释放", 6)  # 这说明…: what a fact shows


def test_a_longer_word_followed_by_words_or_another_verb_is_still_speech():
    assert not _opens("江明说明，目前较担心的是成本。", 2)
    assert not _opens("对手赛后称赞她“打出了好水平”。", 4)
    assert not _opens("他说明天再来。", 1)  # 说|明天: the verb ends where jieba ends a word


def test_what_a_fact_shows_gives_no_speaker():
    paras = ["地震发生后余震不断。",
             "地震局研究院院长江明接受《晚报》专访时表示，目前余震活动是正常的。余震多一点并不是坏事，说明能量在释放。"]
    assert speakers_of(paras)[1] != "余震"  # 余震…，说明…: no one says what the aftershocks show
