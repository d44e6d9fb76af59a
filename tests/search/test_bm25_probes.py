"""``BM25Index.probes_of`` (the ranking's few candidates as probes, from Python ints) gives exactly
``BM25Index.probes``'s array: the same values and the postings' own type (issue 13, session 10)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from retrieval.search.bm25 import BM25Index


def _corpus(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(40)]
    return [[rng.choice(words) for _ in range(rng.randint(1, 12))] for _ in range(n)]


@pytest.mark.parametrize("n", [0, 1, 2, 7, 300])
def test_probes_of_ints_are_probes_of_the_array(n):
    index = BM25Index.build(_corpus(n, n))
    rng = random.Random(n)
    ids = [0, n - 1, n, n + 5, -1, -7, *(rng.randrange(max(n, 1)) for _ in range(30))]
    want = index.probes(np.array(ids, dtype=np.int64))
    got = index.probes_of(ids)
    assert got.dtype == want.dtype == index.postings.packed.dtype
    assert got.tolist() == want.tolist()
    assert index.probes_of([]).tolist() == [] and index.probes_of([]).dtype == want.dtype


def test_probes_of_feed_following_as_probes_do():
    index = BM25Index.build(_corpus(300, 1))
    ids = list(range(0, 300, 7)) + [299, 0, 350]
    a, b = index.probes(np.array(ids, dtype=np.int64)), index.probes_of(ids)
    for k in range(40):
        assert index.following_ids(f"w{k}", a) == index.following_ids(f"w{k}", b)
