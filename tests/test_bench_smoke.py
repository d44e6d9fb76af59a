"""The benchmark's synthetic corpus: reproducible, and read by ingestion as written (no timing here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus as synth  # noqa: E402
from retrieval.pages.ingest import load_corpus  # noqa: E402


def test_generator_is_reproducible_and_sized():
    a = synth.generate_pages(45, seed=3)
    assert a == synth.generate_pages(45, seed=3)
    assert a != synth.generate_pages(45, seed=4)
    assert len(a) == 3  # 20 paragraphs a page
    body = a[0][1].split("---\n\n", 1)[1]
    paras = [p for p in body.split("\n\n") if p.strip()]
    assert len(paras) == 20 and all(p.strip().endswith(("。", "”")) for p in paras)


def test_written_corpus_is_ingested_paragraph_for_paragraph(tmp_path):
    root = synth.write_corpus(tmp_path / "c", 45, seed=3)
    pages = load_corpus(root)
    assert sum(len(p.passages) for p in pages) == 45
    assert any(p.speaker is not None for page in pages for p in page.passages)
    qs = synth.questions(root, 10)
    assert len(qs) == 10 and all(qs)
    assert qs == synth.questions(root, 10)


def test_token_corpus_lengths():
    docs = synth.token_corpus(50, seed=1)
    assert len(docs) == 50 and all(80 <= len(d) <= 150 for d in docs)


def test_bot_benchmark_answers_every_question_over_the_loopback_api(tmp_path):
    """bench/bot.py end to end, tiny: the real bot process answers each user's questions (no timing asserted)."""
    from bench import bot as bot_bench

    r = bot_bench.measure(passages=45, n_questions=6, users=3, out=tmp_path)
    assert r["questions"] == 6 and r["answered"] == 6
    assert not r["failures"] and not r["unexpected"] and r["bot_exit"] == 0
    assert r["requests"]["sendMessage"] == 7  # the warm-up question, then one answer per question
    text = bot_bench.markdown(r)
    assert "answered updates per second" in text and "Target ≥ 200" in text
