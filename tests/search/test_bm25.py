"""Differential test: our inverted-index BM25Okapi against rank_bm25.BM25Okapi itself.

Same tokens on both sides; the corpus is drawn from jieba's dictionary with its word
frequencies (fixed seed), so common words land in more than half of the passages and
rank-bm25's epsilon floor on negative idf is exercised too. Scores must agree bit for bit
(we also state the weaker contract, |Δ| <= 1e-9), and so must the top 10.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval.search.bm25 import BM25Index

N_PASSAGES = 3000
N_QUERIES = 300


@lru_cache(maxsize=1)
def _lexicon() -> tuple[list[str], np.ndarray]:
    text = resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    words, freqs = [], []
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and re.match(r"^[\u4e00-\u9fff]+$", parts[0]):
            words.append(parts[0])
            freqs.append(int(parts[1]))
    f = np.asarray(freqs, dtype=np.float64)
    return words, f / f.sum()


def _corpus(n: int, seed: int) -> list[list[str]]:
    words, probs = _lexicon()
    rng = np.random.default_rng(seed)
    lengths = rng.integers(20, 151, size=n)
    ids = rng.choice(len(words), size=int(lengths.sum()), p=probs).tolist()
    out, pos = [], 0
    for m in lengths.tolist():
        out.append([words[i] for i in ids[pos : pos + m]])
        pos += m
    return out


def _queries(corpus: list[list[str]], n: int, seed: int) -> list[list[str]]:
    words, probs = _lexicon()
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        doc = corpus[int(rng.integers(len(corpus)))]
        q = [doc[int(i)] for i in rng.integers(0, len(doc), size=int(rng.integers(1, 9)))]
        q += [words[int(i)] for i in rng.choice(len(words), size=int(rng.integers(0, 3)), p=probs)]
        if rng.random() < 0.2:
            q.append(q[0])  # a repeated token counts twice, as in rank-bm25
        if rng.random() < 0.1:
            q.append("不存在的词语xyz")  # unknown to the corpus
        out.append(q)
    return out


def _reference_top(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """rank-bm25's ranking (score, best first) with our tie rule (lower id first), non-zero only."""
    ids = np.flatnonzero(scores)
    order = np.lexsort((ids, -scores[ids]))[:k]
    return ids[order], scores[ids[order]]


@pytest.fixture(scope="module")
def pair():
    corpus = _corpus(N_PASSAGES, seed=11)
    return corpus, BM25Okapi(corpus), BM25Index.build(corpus)


def test_the_corpus_exercises_the_epsilon_floor(pair):
    _, ref, _ = pair
    assert ref.average_idf > 0 and min(ref.idf.values()) > 0  # floored, not negative
    n = ref.corpus_size
    common = [w for w, f in _document_frequencies(pair[0]).items() if f > n / 2]
    assert common, "some words must be in more than half of the passages"
    assert all(ref.idf[w] == ref.epsilon * ref.average_idf for w in common)


def _document_frequencies(corpus):
    df: dict[str, int] = {}
    for doc in corpus:
        for w in set(doc):
            df[w] = df.get(w, 0) + 1
    return df


def test_idf_and_lengths_match_rank_bm25(pair):
    _, ref, ours = pair
    assert ours.avgdl == ref.avgdl
    assert ours.average_idf == ref.average_idf
    for word, t in ours.vocab.items():
        assert ours.idf[t] == ref.idf[word]
    assert ours.doc_len.tolist() == ref.doc_len


def test_scores_and_top10_match_rank_bm25_on_hundreds_of_queries(pair):
    corpus, ref, ours = pair
    worst = 0.0
    for q in _queries(corpus, N_QUERIES, seed=12):
        expected = ref.get_scores(q)
        got = ours.scores(q)
        assert got.shape == expected.shape
        worst = max(worst, float(np.max(np.abs(got - expected))))
        assert np.array_equal(got, expected), f"scores differ for {q}"  # bit for bit
        ids, vals = ours.top_k(q, 10)
        ref_ids, ref_vals = _reference_top(expected, 10)
        assert ids.tolist() == ref_ids.tolist(), q
        assert np.array_equal(vals, ref_vals)
        # rank-bm25's own get_top_n agrees wherever it has no ties to break
        top_n = np.argsort(expected)[::-1][:11]
        if len(set(expected[top_n].tolist())) == 11 and expected[top_n[-1]] > 0:
            assert top_n[:10].tolist() == ids.tolist()
    assert worst <= 1e-9


def test_top_k_of_various_k_and_a_full_sort_agree(pair):
    corpus, _, ours = pair
    for q in _queries(corpus, 40, seed=13):
        scores = ours.scores(q)
        for k in (1, 3, 10, 50, 5000):
            ids, vals = ours.top_k_of(scores, q, k)
            ref_ids, ref_vals = _reference_top(scores, k)
            assert ids.tolist() == ref_ids.tolist()
            assert np.array_equal(vals, ref_vals)


def test_ties_break_by_passage_order():
    corpus = [["甲", "乙"], ["丙"], ["甲", "乙"], ["丁"], ["甲", "乙"], ["戊"], ["己"]]
    index = BM25Index.build(corpus)
    ids, vals = index.top_k(["甲"], 2)
    assert ids.tolist() == [0, 2]
    assert vals[0] == vals[1] > 0


def test_query_only_touches_its_postings(pair):
    corpus, _, ours = pair
    q = _queries(corpus, 1, seed=14)[0]
    holding = {d for d, tokens in enumerate(corpus) if set(tokens) & set(q)}
    assert set(np.flatnonzero(ours.scores(q)).tolist()) <= holding


def test_empty_corpus():
    index = BM25Index.build([])
    assert index.size == 0
    assert index.scores(["任何"]).shape == (0,)
    ids, vals = index.top_k(["任何"], 10)
    assert len(ids) == len(vals) == 0


@pytest.mark.parametrize(
    "corpus",
    [
        [["经济", "发展", "经济"]],
        [["经济", "发展"], ["科技", "创新", "发展"]],
        [["经济"], []],
        [["经济", "发展"], ["经济", "发展"], ["发展"]],
    ],
)
def test_tiny_corpora_match_rank_bm25(corpus):
    ref = BM25Okapi(corpus)
    ours = BM25Index.build(corpus)
    for q in (["经济"], ["发展", "发展"], ["未知"], [], ["经济", "科技", "未知", "经济"]):
        assert np.array_equal(ours.scores(q), ref.get_scores(q)), q
        ids, _ = ours.top_k(q, 10)
        assert ids.tolist() == _reference_top(ref.get_scores(q), 10)[0].tolist()


def test_unknown_and_empty_queries_score_nothing(pair):
    _, ref, ours = pair
    for q in ([], ["不存在的词语xyz"], ["不存在的词语xyz", "另一个未知词"]):
        assert not ours.scores(q).any()
        assert np.array_equal(ours.scores(q), ref.get_scores(q))
        assert len(ours.top_k(q, 10)[0]) == 0


def test_repeated_tokens_count_each_time(pair):
    corpus, ref, ours = pair
    word = corpus[0][0]
    once, twice = ours.scores([word]), ours.scores([word, word])
    assert np.array_equal(twice, ref.get_scores([word, word]))
    assert np.array_equal(twice, once + once)


def test_k_larger_than_the_matches(pair):
    corpus, _, ours = pair
    df = ours.doc_freqs()
    rare = min(ours.vocab, key=lambda w: df[ours.vocab[w]])
    ids, vals = ours.top_k([rare], 10)
    assert 1 <= len(ids) < 10 and np.all(vals > 0)
    assert ours.top_k([rare], 0)[0].tolist() == []


@pytest.mark.parametrize("mmap", [True, False])
def test_save_and_load_give_the_same_scores(pair, tmp_path, mmap):
    corpus, _, ours = pair
    names = ours.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
    loaded = BM25Index.load(tmp_path, mmap=mmap)
    assert loaded.vocab == ours.vocab
    for q in _queries(corpus, 20, seed=15):
        assert np.array_equal(loaded.scores(q), ours.scores(q))
        assert [a.tolist() for a in loaded.top_k(q, 5)] == [a.tolist() for a in ours.top_k(q, 5)]
    if mmap:  # mapped read-only: the files are shared, never written through
        with pytest.raises(ValueError):
            loaded.idf[0] = 1.0


def test_load_refuses_a_pickled_or_mistyped_array(pair, tmp_path):
    _, _, ours = pair
    ours.save(tmp_path)
    np.save(tmp_path / "index-packed.npy", ours.postings.packed.astype(np.float32), allow_pickle=False)
    with pytest.raises(ValueError, match="wrong type"):
        BM25Index.load(tmp_path)
    np.save(tmp_path / "index-packed.npy", np.array([{"x": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(ValueError):
        BM25Index.load(tmp_path)


@pytest.mark.parametrize("flush", [1, 7, 1000, 65536])
def test_postings_gathered_in_parts_build_the_same_index(pair, monkeypatch, flush):
    """BM25Index.build turns its postings into arrays every ``_FLUSH`` of them (while a parallel
    build's workers still cut): whatever the size of those parts, the same index, bit for bit."""
    from retrieval.search import bm25

    corpus, ref, _ = pair
    monkeypatch.setattr(bm25, "_FLUSH", 1 << 62)
    whole = BM25Index.build(corpus)  # in one part
    monkeypatch.setattr(bm25, "_FLUSH", flush)
    parts = BM25Index.build(corpus)
    assert list(parts.vocab.items()) == list(whole.vocab.items())
    assert parts.idf.tobytes() == whole.idf.tobytes() and parts.average_idf == whole.average_idf == ref.average_idf
    assert parts.doc_len.tolist() == whole.doc_len.tolist()
    for name in ("ptr", "packed", "pair_tf", "pair_dl"):
        assert np.array_equal(getattr(parts.postings, name), getattr(whole.postings, name))
    # and each term's postings are its passages in order, with their counts, as counted here
    expected: dict[str, list[tuple[int, int]]] = {}
    for d, doc in enumerate(corpus):
        for w, tf in Counter(doc).items():
            expected.setdefault(w, []).append((d, tf))
    assert [w for w, _ in parts.vocab.items()] == list(expected)  # ids in first-seen order
    docs, tfs = parts.all_docs(), parts.all_tfs()
    ptr = parts.postings.ptr
    for w, t in parts.vocab.items():
        assert list(zip(docs[ptr[t] : ptr[t + 1]].tolist(), tfs[ptr[t] : ptr[t + 1]].tolist())) == expected[w]
