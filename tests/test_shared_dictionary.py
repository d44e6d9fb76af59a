"""The question's tags walked on jieba's dictionary read through a corpus's (search/shared_dictionary.py):
the same values, the same tags, the same distinctive words; no view when the two differ otherwise."""

from __future__ import annotations

import jieba.posseg as pseg

from retrieval.search.answering import _pos_tags, distinctive_words, tag_dictionary
from retrieval.search.shared_dictionary import global_view
from retrieval.search.tokenizer import Tokenizer
from retrieval.text import normalize

from test_query_path import _questions, _texts

# user words: names and titles of a corpus, two starting with a character jieba's dictionary lacks
# (丼, a CJK ideograph read from the characters table, and 𠮷 beyond it: added at 0 by add_word),
# one jieba already knows (its frequency changed)
USER = ["质检服务商会", "江浩然", "𠮷野家", "丼野屋", "陈代蓉", "北京", "市科技局"]


def _view():
    tok = Tokenizer(USER)
    freq, _ = tok.dictionary()
    return freq, global_view(freq, (w for w, _ in tok.user_freqs), tag_dictionary())


def test_the_view_reads_every_value_of_jiebas_dictionary():
    freq, view = _view()
    glob = tag_dictionary()
    assert view is not None
    assert freq is not glob and len(freq) > len(glob)
    for word in list(glob)[::97] + [w[:k] for w in USER for k in range(1, len(w) + 1)] + ["不在词典里的词", "𠮷"]:
        assert view.get(word) == glob.get(word), word
    for c in ("𠮷", "丼"):  # (the singles that differ: read alike)
        assert view.get(c) is None and freq.get(c) == 0
    assert view.alone[ord("丼") - 0x4E00] == 0


def test_tags_and_distinctive_words_through_the_view_are_the_same():
    _, view = _view()
    texts = _texts() + ["𠮷野家的江浩然在北京说", "质检服务商会会长陈代蓉表示", "市科技局𠮷", "丼野屋丼", "丼"]
    texts += _questions("qa-dev.jsonl") + _questions("qa-seed.jsonl")
    for text in texts:
        t = normalize(text)
        assert _pos_tags(t, True, view) == _pos_tags(t, True), t
        assert _pos_tags(t, False, view) == [(p.word, p.flag) for p in pseg.lcut(t, HMM=False)], t
        assert distinctive_words(text, t, view) == distinctive_words(text), text


def test_no_view_when_the_dictionaries_differ_in_more_than_the_user_words():
    freq, view = _view()
    glob = tag_dictionary()
    assert view is not None
    other = dict(freq)
    other["的"] += 1  # a word of jieba's own, changed
    assert global_view(other, USER, glob) is None
    other = dict(freq)
    other["没有这个词"] = 5  # a word added that no user word explains
    assert global_view(other, USER, glob) is None
    other = dict(freq)
    del other["中国"]  # a word of jieba's missing
    assert global_view(other, USER, glob) is None
    other = dict(freq)
    other["𠮷"] = 3  # a single character jieba lacks, given a frequency: routes would differ
    assert global_view(other, USER, glob) is None
