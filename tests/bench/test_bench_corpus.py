"""The benchmark's synthetic corpus: reproducible, and read by ingestion as written (no timing here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

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


def test_bot_benchmark_answers_every_question_over_the_loopback_api(tmp_path, jieba_dictionary):
    """bench/bot.py end to end, tiny: the real bot process answers each user's questions (no timing asserted)."""
    import shutil

    from bench import bot as bot_bench

    cache = tmp_path / "cache"  # a fresh index cache; jieba's dictionary cache as a second run finds it
    cache.mkdir()
    shutil.copy(jieba_dictionary, cache / "jieba.cache")
    r = bot_bench.measure(passages=45, n_questions=6, users=3, out=tmp_path, cache=cache)
    assert r["questions"] == 6 and r["answered"] == 6
    assert not r["failures"] and not r["unexpected"] and r["bot_exit"] == 0
    assert r["requests"]["sendMessage"] == 7  # the warm-up question, then one answer per question
    text = bot_bench.markdown(r)
    assert "answered updates per second" in text and "Target ≥ 200" in text


def test_scale_table_names_every_target_with_its_measure():
    """bench/scale.py's table (no measurement here): every issue-13 target, its value, met or MISSED."""
    from bench import scale

    p = {"p50_ms": 0.2, "p95_ms": 0.4}
    res = {
        "scale_size": 100_000, "build_size": 10_000, "load": {"start": "1.0 1.0 1.0"},
        "build_1": 40.0, "build_2": 22.0, "jieba": {"cut_s": 7.0, "passages": 10_000, "chars": 2_000_000},
        "start_s": 0.7,
        "serve": {"start_in_process_s": 0.45, "rss_before": 100 << 20, "rss_served": 300 << 20, "index_array_bytes": 138 << 20,
                  "topk": p, "search": {"p50_ms": 1.5, "p95_ms": 3.0}, "add_one_s": 1.5, "add_found": True,
                  "add_second_s": 0.7, "add_second_found": True, "merge_s": 2.0, "merged_same_scores": True},
        "engines": {"tantivy": {"p50_ms": 0.13, "p95_ms": 0.4}, "ours_topk": p, "tantivy_build_s": 3.0, "top10_overlap": 0.93,
                    "max_abs_diff_vs_rank_bm25": 0.0, "bit_identical": True},
        "index_rss": {"served_growth": 40 << 20},
        "bot_1k": {"answered_per_s": 210.0}, "bot_scale": {"answered_per_s": 120.0},
        "large": {"passages": 1_000_000, "start_s": 3.0, "start_in_process_s": 2.5, "search": p, "rss": 1 << 30, "load": "1 1 1"},
    }
    text = scale.markdown(res)
    rows = [line for line in text.splitlines() if line.startswith("| ") and "target" not in line]
    assert len(rows) == 11
    assert "bit-identical" in text and "1.54×" in text and "| met |" in text and "| MISSED |" in text
    assert "--scale-size 100000 --build-size 10000" in text
    # tantivy timed beside top_k and search() in the serving process: the rows divide by that one
    res["serve"]["beside_tantivy"] = {"tantivy": {"p50_ms": 0.16, "p95_ms": 0.5}, "topk": {"p50_ms": 0.12, "p95_ms": 0.3},
                                      "search": {"p50_ms": 0.48, "p95_ms": 1.0}}
    text = scale.markdown(res)
    assert "0.120 ms ÷ 0.160 ms = 0.75×" in text and "0.480 ms ÷ 0.160 ms = 3.00×" in text


def test_build_rows_and_the_dictionary_caches_a_fresh_build_starts_with(tmp_path):
    """`python -m bench.scale build`'s rows; each fresh build cache starts with jieba's cache and
    its faster-loading copy (made once per cache folder, not part of a build), nothing else."""
    from bench import scale

    runs = [{"workers": w, "wall_s": s, "cpu_s": c, "load": "0.5 0.5 0.5"} for w, s, c in ((1, 18.0, 18.1), (2, 10.0, 19.0), (1, 18.4, 18.3), (2, 10.4, 19.2))]
    res = {"build_size": 10_000, "build_runs": runs, "build_1": 18.0, "build_2": 10.0, "jieba": {"cut_s": 7.5}}
    text = scale.build_rows(res)
    assert "18.0 s ÷ 7.5 s = 2.4×" in text and "18.0 s / 10.0 s = 1.80×" in text and "best of 2 each" in text
    assert "2w 10.0 s wall, 19.0 s CPU, load 0.5" in text
    out = tmp_path / "out"
    out.mkdir()
    for name in (*scale.DICTIONARY_CACHES, "other.json"):
        (out / name).write_text(name)
    cache = tmp_path / "cache"
    cache.mkdir()
    scale._seed_cache(cache, out / "jieba.cache")
    assert sorted(p.name for p in cache.iterdir()) == sorted(scale.DICTIONARY_CACHES)
    (out / "jieba-base.bin").unlink()  # (not made yet: jieba's cache alone)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    scale._seed_cache(fresh, out / "jieba.cache")
    assert [p.name for p in fresh.iterdir()] == ["jieba.cache"]
