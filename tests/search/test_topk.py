"""The top-k is exact: the k best of rank_bm25's own scores, ties to the lower passage id.

``top_k`` bounds the k-th best score from a sample of the rarest terms' passages and keeps
only the passages scoring at least that much (bm25._top_k_of); ``scores`` adds the query's
postings with one ``np.bincount``. Both are checked here against ``rank_bm25.BM25Okapi`` on
randomized corpora (fixed seeds, no hypothesis): small vocabularies so that whole groups of
passages tie at the k-th score, long posting lists so that the sample is strided, repeated and
unknown query tokens, k beyond the number of matching passages, score vectors with passages
filtered out (as ``Retriever`` passes them), and a ``SegmentedIndex`` of several segments.
"""

from __future__ import annotations

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval.search.bm25 import BM25Index, SegmentedIndex

KS = (1, 2, 5, 10, 37, 200, 100_000)


def _reference(scores: np.ndarray, k: int) -> tuple[list[int], np.ndarray]:
    """rank_bm25's scores ranked best first, ties by passage id, non-zero ones only, k of them."""
    ids = np.flatnonzero(scores)
    order = np.lexsort((ids, -scores[ids]))[:k]
    return ids[order].tolist(), scores[ids[order]]


def _corpus(rng: np.random.Generator, n: int, vocab: int, lo: int, hi: int, dup: float) -> list[list[str]]:
    """Passages of lo..hi words from a Zipf-like vocabulary; a share ``dup`` repeat an earlier passage (ties)."""
    words = [f"词{i}" for i in range(vocab)]
    p = 1.0 / np.arange(1, vocab + 1)
    p /= p.sum()
    out: list[list[str]] = []
    for _ in range(n):
        if out and rng.random() < dup:
            out.append(list(out[int(rng.integers(len(out)))]))
        else:
            out.append([words[i] for i in rng.choice(vocab, size=int(rng.integers(lo, hi + 1)), p=p)])
    return out


def _queries(rng: np.random.Generator, corpus: list[list[str]], n: int) -> list[list[str]]:
    vocab = sorted({w for doc in corpus for w in doc})
    out = []
    for _ in range(n):
        q = [vocab[int(i)] for i in rng.integers(0, len(vocab), size=int(rng.integers(1, 7)))]
        if rng.random() < 0.3:
            q.append(q[0])  # a repeat counts twice
        if rng.random() < 0.2:
            q.insert(int(rng.integers(len(q) + 1)), "未知词")
        out.append(q)
    return out


# (passages, vocabulary, words per passage, share of repeated passages)
CORPORA = [
    (300, 12, 1, 4, 0.5),  # a tiny vocabulary: most passages tie with many others
    (3000, 40, 2, 8, 0.2),  # posting lists above the 2,048-passage sample: strided
    (1500, 2000, 5, 30, 0.05),  # a long tail of rare words
]


@pytest.mark.parametrize("shape", CORPORA)
def test_top_k_is_rank_bm25s_k_best_with_ties_by_passage(shape):
    n, vocab, lo, hi, dup = shape
    rng = np.random.default_rng(2026 + n)
    corpus = _corpus(rng, n, vocab, lo, hi, dup)
    ref, ours = BM25Okapi(corpus), BM25Index.build(corpus)
    tied = 0
    for q in _queries(rng, corpus, 60):
        expected = ref.get_scores(q)
        assert np.array_equal(ours.scores(q), expected), q  # bit for bit
        for k in KS:
            ids, vals = ours.top_k(q, k)
            ref_ids, ref_vals = _reference(expected, k)
            assert ids.tolist() == ref_ids, (q, k)
            assert np.array_equal(vals, ref_vals), (q, k)
            assert ids.dtype == np.int64
            if len(ref_ids):  # the k-th score shared with passages left out: ids decide
                tied += int(np.sum(expected == ref_vals[-1]) > np.sum(ref_vals == ref_vals[-1]))
    if vocab <= 40:
        assert tied > 10, "the corpus must put ties across the k-th place"


def test_k_beyond_the_matching_passages_returns_them_all():
    rng = np.random.default_rng(7)
    corpus = _corpus(rng, 500, 300, 3, 10, 0.1)
    ref, ours = BM25Okapi(corpus), BM25Index.build(corpus)
    rare = min(ours.vocab, key=lambda w: int(np.count_nonzero(ref.get_scores([w]))))
    q = [rare, "未知词"]
    matching = int(np.count_nonzero(ref.get_scores(q)))
    for k in (matching, matching + 1, 10 * matching + 50):
        ids, vals = ours.top_k(q, k)
        assert len(ids) == matching
        assert ids.tolist() == _reference(ref.get_scores(q), k)[0]
        assert np.all(vals > 0)
    assert ours.top_k(q, 0)[0].tolist() == []
    assert ours.top_k(["未知词"], 5)[0].tolist() == []


def test_top_k_of_a_filtered_score_vector_is_exact():
    """Retriever zeroes the passages a filter leaves out: the bound's sample may then hold zeros."""
    rng = np.random.default_rng(8)
    corpus = _corpus(rng, 3000, 40, 2, 8, 0.2)
    ours = BM25Index.build(corpus)
    for i, q in enumerate(_queries(rng, corpus, 30)):
        allowed = rng.random(len(corpus)) < (0.002 if i % 3 == 0 else 0.5)
        scores = np.where(allowed, ours.scores(q), 0.0)
        for k in (1, 10, 60):
            ids, vals = ours.top_k_of(scores, q, k)
            ref_ids, ref_vals = _reference(scores, k)
            assert ids.tolist() == ref_ids and np.array_equal(vals, ref_vals)


def test_segmented_top_k_is_rank_bm25s_over_the_union():
    rng = np.random.default_rng(9)
    corpus = _corpus(rng, 2600, 60, 2, 12, 0.15)
    cuts = [0, 2000, 2300, 2301, 2600]  # a base, two deltas (one of a single passage) and a last one
    segments = [BM25Index.build(corpus[a:b]) for a, b in zip(cuts, cuts[1:])]
    index = SegmentedIndex(segments)
    assert len(index.segments) == 4
    ref, merged = BM25Okapi(corpus), index.merged()
    for q in _queries(rng, corpus, 40):
        expected = ref.get_scores(q)
        assert np.array_equal(index.scores(q), expected), q
        for k in (1, 10, 37, 5000):
            ref_ids, ref_vals = _reference(expected, k)
            for ids, vals in (index.top_k(q, k), merged.top_k(q, k), index.top_k_of(index.scores(q), q, k)):
                assert ids.tolist() == ref_ids, (q, k)
                assert np.array_equal(vals, ref_vals)


def test_degenerate_corpora_with_negative_scores_keep_rank_bm25s_order():
    """When most words are in most passages the average idf is negative, and so are scores."""
    corpus = [["甲", "乙"], ["甲", "乙"], ["甲", "乙", "丙"], ["甲"], ["乙", "甲"]]
    ref, ours = BM25Okapi(corpus), BM25Index.build(corpus)
    for q in (["甲"], ["乙", "甲"], ["丙", "甲", "甲"], ["丙"]):
        expected = ref.get_scores(q)
        assert np.array_equal(ours.scores(q), expected)
        for k in (1, 3, 10):
            assert ours.top_k(q, k)[0].tolist() == _reference(expected, k)[0]


def test_a_posting_outside_the_corpus_is_refused_when_scoring(tmp_path):
    ours = BM25Index.build([["甲", "乙"], ["乙"], ["丙"]])
    arrays = ours.arrays()
    arrays["packed"] = arrays["packed"].copy()
    arrays["packed"][-1] |= 7 << ours.postings.pair_bits  # a corrupt posting (passage 7), not checked by a shallow load
    broken = BM25Index.from_arrays(arrays, deep=False)
    with pytest.raises(ValueError, match="outside"):
        broken.scores(["丙"])


def test_candidates_from_few_postings_are_those_of_the_whole_vector():
    """When a query's postings are few beside the corpus, ``top_k`` takes its candidates from them
    (a passage without a posting scores 0); ``top_k_of`` of the same scores scans the vector."""
    rng = np.random.default_rng(11)
    corpus = _corpus(rng, 4000, 3000, 3, 12, 0.3)  # a long tail, many repeated passages (ties)
    ref, ours = BM25Okapi(corpus), BM25Index.build(corpus)
    few = 0
    for q in _queries(rng, corpus, 80):
        postings = sum(ours.doc_freq(w) for w in q)
        few += 8 * postings < len(corpus)
        expected = ref.get_scores(q)
        for k in (1, 3, 10, 60):
            ids, vals = ours.top_k(q, k)
            assert ids.tolist() == _reference(expected, k)[0], (q, k)
            assert np.array_equal(vals, _reference(expected, k)[1])
            dense = ours.top_k_of(ours.scores(q), q, k)
            assert ids.tolist() == dense[0].tolist() and np.array_equal(vals, dense[1])
    assert few > 40, "most queries must take the few-postings path"
