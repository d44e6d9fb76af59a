"""The retriever's per-passage yes/no flags (an asking turn, an introduction line, a quote, a
dateline, reported speech), kept one byte a passage, answer exactly what their tests say of
each passage's text, on first read and when read again (issue 13, session 10)."""

from __future__ import annotations

import random

from retrieval.retriever import _asking_turn, _intro_line, _opens_with_dateline, _quotes_someone
from retrieval.search import answering


def test_flags_are_their_tests_on_every_passage(qa_corpus_retriever):
    r = qa_corpus_retriever
    texts = [p.text for p in r.passages]
    reads = {"_asks_at": _asking_turn, "_intro_at": _intro_line, "_quotes_at": _quotes_someone,
             "_dateline_at": _opens_with_dateline, "_reports_at": answering.reports_speech}
    order = list(range(len(texts)))
    random.Random(5).shuffle(order)
    for rounds in range(2):  # computed on first need, then read back
        for i in order:
            for name, test in reads.items():
                got = getattr(r, name)(i)
                assert type(got) is bool and got == bool(test(texts[i])), (name, i, rounds)
    assert any(_quotes_someone(t) for t in texts) and any(answering.reports_speech(t) for t in texts)


def test_flag_tests_on_written_texts():
    assert _intro_line("他说：  ") and not _intro_line("他说。")
    assert _quotes_someone("他说“好”") and _quotes_someone("「好」") and not _quotes_someone("他说好")
    assert _opens_with_dateline("新华社北京1月6日电 记者报道") and not _opens_with_dateline("他在1月6日说")
    assert _asking_turn("记者：您怎么看？") and not _asking_turn("他说：我们会做好。")
