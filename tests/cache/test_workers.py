"""The pieces of a parallel build (retrieval/cache/workers.py): tasks, the start method, results."""

from __future__ import annotations

import threading

import pytest

from retrieval.cache import workers
from retrieval.cache.workers import Tokens, chunks


def test_one_worker_takes_the_items_in_order():
    items = list(range(100))
    got = chunks(items, 1, most=30)
    assert [x for c in got for x in c] == items
    assert all(len(c) <= 30 for c in got)


def test_several_workers_take_the_heaviest_first_in_shrinking_chunks():
    weights = [(i * 37) % 101 + 1 for i in range(400)]
    items = list(range(400))
    got = chunks(items, 2, weight=lambda i: weights[i], most=10_000)
    assert sorted(x for c in got for x in c) == items  # every item once
    flat = [x for c in got for x in c]
    assert [weights[x] for x in flat] == sorted(weights, reverse=True)  # heaviest first
    sizes = [sum(weights[x] for x in c) for c in got]
    assert sizes[0] > 4 * sizes[-1]  # the last chunks are small
    assert max(sizes) <= sum(weights) // 8 + max(weights)
    assert chunks([], 2) == []


def test_a_chunk_never_exceeds_most_unless_one_item_does():
    got = chunks([5, 50, 5, 5], 2, weight=lambda w: w, most=12)
    assert got[0] == [50] and all(sum(c) <= 12 for c in got[1:])


def test_tokens_come_back_as_they_went():
    lists = [["天开园", "科技"], [], ["a"], ["书记", "表示", "创新"], []]
    t = Tokens.of(lists, ["x", "", "a", "y", ""])
    assert t.lists is None and t.passages() == lists and t.normalized == ("x", "", "a", "y", "")
    assert Tokens.of([], []).passages() == []
    assert Tokens.of([[], []], ["", ""]).passages() == [[], []]


def test_a_token_holding_the_separator_comes_back_as_lists():
    lists = [["a\nb", "c"], ["d"]]
    t = Tokens.of(lists, ["1", "2"])
    assert t.lists is not None and t.passages() == lists


def test_workers_fork_only_without_other_threads(monkeypatch):
    monkeypatch.setattr(workers.sys, "platform", "linux")
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert workers.start_method() != "fork"
    finally:
        release.set()
        thread.join()
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        assert workers.start_method() == "fork"
    monkeypatch.setattr(workers.sys, "platform", "darwin")
    assert workers.start_method() != "fork"


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_a_local_pool_returns_results_in_input_order(method):
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    done = []
    with workers.LocalPool(2, method=method) as pool:
        got = list(pool.map(pow, [(2, k) for k in range(12)], done.append))
    assert got == [2**k for k in range(12)]
    assert sorted(done) == list(range(12))


def test_arriving_tokens_are_read_in_order_as_pages_come():
    from retrieval.cache.build import _Arriving

    per_page = [None, ["c"], None]
    real = [["a", "b"], ["c"], []]
    filled = []

    def fill(j):
        filled.append(j)
        per_page[j] = real[j]

    seq = _Arriving(per_page, [2, 1, 0], fill)
    assert len(seq) == 3
    assert seq[2] == "c" and filled == []
    assert seq[-3] == "a" and filled == [0]
    assert list(seq) == ["a", "b", "c"] and filled == [0, 2]
    assert seq[0:2] == ["a", "b"]
    with pytest.raises(IndexError):
        seq[3]


def test_warm_loads_what_the_parse_and_the_cut_load_on_first_use(tmp_path, jieba_dictionary, monkeypatch):
    """Before the fork: jieba's dictionary, attribution's tags and normalize's character tables
    (else each worker builds them in its first task, and the parent again between the phases)."""
    import shutil

    from retrieval import text
    from retrieval.search import tokenizer as tokenize

    shutil.copy(jieba_dictionary, tmp_path / "jieba.cache")
    monkeypatch.setattr(tokenize, "_BASE", None)  # as in a fresh process
    text._plain.cache_clear()
    workers.warm(str(tmp_path))
    assert text._plain.cache_info().currsize == 1
    assert tokenize.jieba.dt.initialized  # (loaded here, or before by this process)
    assert not (tmp_path / "yanlu-warm-up.md").exists()  # a page parsed from memory, never written
