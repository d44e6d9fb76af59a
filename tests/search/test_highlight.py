"""search/highlight.py and the sentence splitter of text.py: pure functions over text."""

from __future__ import annotations

from retrieval.search.highlight import best_sentence, term_spans
from retrieval.text import sentence_spans, sentences

TEXT = "麒麟软件发布了新系统。麒麟软件表示，2024年用户将超过一千万！“我们会继续投入。”他说"


def test_sentences_end_at_their_punctuation_and_closing_quote():
    assert sentences(TEXT) == ["麒麟软件发布了新系统。", "麒麟软件表示，2024年用户将超过一千万！", "“我们会继续投入。”", "他说"]
    assert "".join(TEXT[a:b] for a, b in sentence_spans(TEXT)) == TEXT


def test_a_line_break_ends_a_sentence():
    assert sentences("第一行没有句号\n第二行") == ["第一行没有句号", "第二行"]


def test_best_sentence_weighs_a_rare_term_over_the_topic():
    weights = {"麒麟软件": 1.0, "2024年": 1.0}
    assert best_sentence(TEXT, weights) == "麒麟软件表示，2024年用户将超过一千万！"
    assert best_sentence(TEXT, {}) == "麒麟软件发布了新系统。"  # a tie: the first
    assert best_sentence("", {"x": 1.0}) == ""


def test_term_spans_match_after_normalisation_and_index_the_text_as_written():
    text = "國務院發言人說，ＡＩ產業"
    spans = term_spans(text, ["国务院", "ai"])
    assert [text[a:b] for a, b in spans] == ["國務院", "ＡＩ"]


def test_term_spans_merge_and_drop_a_lone_cjk_character():
    text = "西青区委书记朱财斌说"
    assert [text[a:b] for a, b in term_spans(text, ["西青", "区委书记", "说"])] == ["西青区委书记"]
    assert term_spans(text, []) == [] and term_spans("", ["西青"]) == []
