"""bench/_floor.py, shared by bench.ranking_floor and bench.analysis_floor: one timed search runs
tantivy's top 10, the index's top 10 and the search in that order, and times the first and the last."""

from __future__ import annotations

from types import SimpleNamespace

from bench._floor import hit_rows, timed


def test_timed_runs_the_three_calls_in_the_bench_order():
    calls = []
    searcher = SimpleNamespace(search=lambda q, k: calls.append(("tantivy", q, k)))
    t_tantivy, t_search = timed(searcher, "Q", lambda toks, k: calls.append(("top_k", toks, k)), ["词"],
                                lambda arg: calls.append(("search", arg)), 7)
    assert calls == [("tantivy", "Q", 10), ("top_k", ["词"], 10), ("search", 7)]
    assert t_tantivy >= 0 and t_search >= 0


def test_hit_rows_keep_what_a_variant_must_not_change():
    hit = SimpleNamespace(passage=SimpleNamespace(text="正文"), score=1.5, matched_terms=("正文",),
                          best_sentence="正文", answer_span=(0, 2), missing_terms=())
    assert hit_rows([hit]) == [("正文", 1.5, ("正文",), "正文", (0, 2), ())]
