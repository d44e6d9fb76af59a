"""The compiled top-k kernel (search/kernels.py) against the numpy path: same ids, same score
bits, same order, the per-thread vector left all zeros; and the switch that turns it off.

The kernel's plain-Python form is held to the numpy path without numba too; the compiled one
where numba is installed (the ``fast`` extra)."""

from __future__ import annotations

import random
import threading

import numpy as np
import pytest

from retrieval.search import kernels
from retrieval.search.bm25 import BM25Index

WORDS = [f"w{i}" for i in range(40)]


def _index(seed: int, n: int) -> BM25Index:
    rnd = random.Random(seed)
    docs = []
    for _ in range(n):
        length = rnd.randint(1, 12)
        # a few words everywhere, many rare; repeated passages make ties of the same score
        docs.append([rnd.choice(WORDS[: rnd.choice((3, 10, 40))]) for _ in range(length)])
        if rnd.random() < 0.2 and docs:
            docs.append(list(docs[rnd.randrange(len(docs))]))
    return BM25Index.build(docs)


def _queries(seed: int) -> list[list[str]]:
    rnd = random.Random(seed)
    out = [[], ["unknown"], ["w0"], ["w0", "w0"], ["w39", "unknown", "w1"]]
    for _ in range(40):
        out.append([rnd.choice(WORDS + ["zz"]) for _ in range(rnd.randint(1, 8))])
    return out


def _numpy_top_k(index: BM25Index, query: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
    was = kernels.switch(False)
    try:
        return index.top_k(query, k)
    finally:
        kernels.switch(was)


def _kernel_top_k(fn, index: BM25Index, query: list[str], k: int, packed=None) -> tuple[np.ndarray, np.ndarray]:
    arrays = index.kernel_arrays()
    ids, vals, n = fn(arrays[0] if packed is None else packed, arrays[1], arrays[2], index.term_ids([t for t in query if t in index.vocab]),
                      arrays[3], index.postings.pair_bits, k, kernels.buffer(index.size))
    return ids[:n], vals[:n]


def _same(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> None:
    assert a[0].dtype == b[0].dtype == np.int64 and a[1].dtype == b[1].dtype == np.float64
    assert a[0].tolist() == b[0].tolist()
    assert a[1].tobytes() == b[1].tobytes()  # bit for bit


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plain_kernel_matches_numpy(seed):
    """The kernel as plain Python (what numba compiles) against the numpy path."""
    index = _index(seed, 60 + 40 * seed)
    for query in _queries(seed):
        for k in (1, 3, 10, 500):
            _same(_numpy_top_k(index, query, k), _kernel_top_k(kernels.top_k_dense, index, query, k))
            assert not kernels.buffer(index.size).any()


def test_switched_off():
    was = kernels.switch(False)
    try:
        assert kernels.kernel() is None and kernels.presence_kernel() is None
        assert kernels.ready(0.0) is False
        assert kernels.status().startswith("numpy")
    finally:
        kernels.switch(was)


def test_outside_postings_are_reported():
    index = _index(5, 30)
    arrays = index.kernel_arrays()
    buf = np.zeros(3)  # a vector shorter than the passages the postings name
    _, _, n = kernels.top_k_dense(arrays[0], arrays[1], arrays[2], index.term_ids(["w0", "w1"]), arrays[3],
                                  index.postings.pair_bits, 5, buf)
    assert n == -1


@pytest.fixture(scope="module")
def compiled():
    pytest.importorskip("numba")
    if not kernels.enabled():
        pytest.skip("QA_JIT switched the kernels off")
    assert kernels.ready(600), kernels.status()
    return kernels.kernel()


@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_compiled_matches_numpy(seed, compiled):
    index = _index(seed, 200 * seed)
    for query in _queries(seed):
        for k in (1, 2, 10, 10_000):
            _same(_numpy_top_k(index, query, k), index.top_k(query, k))
            assert not kernels.buffer(index.size).any()


def test_compiled_wide_postings_and_threads(compiled):
    """uint64 postings (a corpus whose ids and pairs pass 32 bits) give the same; threads each
    keep their own vector."""
    index = _index(21, 400)
    packed = kernels.readonly(index.postings.packed.astype(np.uint64))
    errors: list[BaseException] = []

    def run(queries):
        try:
            for query in queries:
                _same(_kernel_top_k(kernels.top_k_dense, index, query, 10), _kernel_top_k(compiled, index, query, 10, packed))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(_queries(s),)) for s in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def _pool_weights(r, weights, ids, fn):
    """``r._pool_weights`` with ``presence_kernel()`` giving ``fn`` (None: the Python/numpy loop)."""
    real = kernels.presence_kernel
    kernels.presence_kernel = lambda: fn
    try:
        seen: dict = {}
        held, article = r._pool_weights(weights, ids, seen)
        return held, article, seen
    finally:
        kernels.presence_kernel = real


def _check_pool(r, fn) -> None:
    rng = random.Random(13)
    vocab = r.index.vocabulary()
    n = len(r.passages)
    for _ in range(80):
        terms = [rng.choice(vocab) for _ in range(rng.randint(1, 7))] + ["没有这个词"] * rng.randint(0, 1)
        weights = {t: rng.choice([0.3, 1.0, 2.5, r.index.term_idf(t) or 4.0]) for t in terms}
        ids = [rng.randrange(n) for _ in range(rng.randint(1, 12))]
        a = _pool_weights(r, weights, ids, None)
        b = _pool_weights(r, weights, ids, fn)
        assert a[0].tobytes() == b[0].tobytes() and a[1].tobytes() == b[1].tobytes(), (weights, ids)
        assert a[2].keys() == b[2].keys()
        assert all(a[2][i].dtype == b[2][i].dtype and a[2][i].tolist() == b[2][i].tolist() for i in a[2])


def test_plain_pool_presence_matches_numpy(qa_corpus_retriever):
    """The pool kernel as plain Python, through the Retriever, against the Python/numpy loop."""
    _check_pool(qa_corpus_retriever, kernels.pool_presence)


def test_compiled_pool_presence_matches_numpy(qa_corpus_retriever, compiled):
    _check_pool(qa_corpus_retriever, kernels.presence_kernel())
