"""The index's on-disk format (issue 13, serving RSS): packed postings, the (tf, length) pairs table,
the hashed vocabulary — each exact, and refused when damaged.

A posting is one integer, ``passage << pair_bits | pair``; scores are still rank_bm25's bit for bit
(tests/search/test_bm25.py), here also for passage ids past 65,536 and postings that need 64 bits."""

from __future__ import annotations

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval.search import bm25, vocabulary
from retrieval.search.bm25 import K1, B, BM25Index, SegmentedIndex
from retrieval.search.vocabulary import Vocabulary

# -- the vocabulary ---------------------------------------------------------------------------------


def _words(n: int, seed: int = 0) -> list[str]:
    rng = np.random.default_rng(seed)
    chars = list("经济发展科技创新中国人民政府会议记者表示他说") + ["a", "B", "7", "é", "😀", " "]
    out = dict.fromkeys(["经济", "经济学", "经济学家", "", "x", "X", "\ud800孤"])  # prefixes, the empty word, a lone surrogate
    while len(out) < n:
        out["".join(rng.choice(chars, size=int(rng.integers(1, 6))))] = None
    return list(out)


def test_every_word_finds_its_id_and_no_other_word_finds_one():
    words = _words(5000)
    vocab = Vocabulary.of(words)
    assert len(vocab) == len(words) and vocab.words() == words and list(vocab) == words
    assert all(vocab.get(w) == i and vocab[w] == i and w in vocab for i, w in enumerate(words))
    absent = [w + "漏" for w in words[:2000]] + ["經濟", "漏", "经济学家漏"]
    assert all(vocab.get(w) is None and w not in vocab for w in absent)
    assert vocab.get("未知", -1) == -1 and vocab.get(None) is None and vocab.get(3) is None
    with pytest.raises(KeyError):
        vocab["未知"]
    assert vocab == dict(zip(words, range(len(words))))  # a Mapping like the dict it replaces


def test_lookups_stay_right_when_the_memo_is_emptied(monkeypatch):
    monkeypatch.setattr(vocabulary, "MEMO", 8)
    words = _words(300, seed=1)
    vocab = Vocabulary.of(words)
    for _ in range(2):
        for i, w in enumerate(words):
            assert vocab.get(w) == i and vocab.get(w + "漏") is None


def test_an_empty_vocabulary():
    vocab = Vocabulary.of([])
    assert len(vocab) == 0 and vocab.get("经济") is None and vocab.words() == []
    assert Vocabulary.from_arrays(vocab.arrays()).words() == []


def test_a_damaged_vocabulary_is_refused_by_a_deep_check():
    words = _words(200, seed=2)
    good = Vocabulary.of(words).arrays()
    assert Vocabulary.from_arrays(good).words() == words
    twice = Vocabulary.of([*words[:-1], words[0]]).arrays()  # a word twice
    with pytest.raises(ValueError, match="repeats"):
        Vocabulary.from_arrays(twice)
    moved = dict(good, bucket_terms=np.roll(good["bucket_terms"], 1))  # ids in the wrong buckets
    with pytest.raises(ValueError, match="buckets"):
        Vocabulary.from_arrays(moved)
    blob = good["words"].copy()
    blob[0] = 0xFF  # not UTF-8
    with pytest.raises(ValueError):
        Vocabulary.from_arrays(dict(good, words=blob))
    with pytest.raises(ValueError, match="wrong type"):
        Vocabulary.from_arrays(dict(good, word_ptr=good["word_ptr"].astype(np.int32)))
    with pytest.raises(ValueError, match="offsets"):
        Vocabulary.from_arrays(dict(good, word_ptr=good["word_ptr"] + 1))


# -- passage ids past 65,536 ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big():
    """140,000 short passages (ids need 18 bits), words of every frequency, some only past 65,536."""
    rng = np.random.default_rng(21)
    n = 140_000
    common = [f"词{i}" for i in range(400)]
    p = 1.0 / np.arange(1, len(common) + 1)
    corpus = []
    for d in range(n):
        toks = [common[i] for i in rng.choice(len(common), size=int(rng.integers(1, 6)), p=p / p.sum())]
        if d % 9973 == 0:
            toks.append("稀有" + ("后" if d >= 65_536 else "前"))  # one word on each side of 65,536
        if d >= 131_072 and d % 3 == 0:
            toks += ["末段", "末段"]
        corpus.append(toks)
    return corpus, BM25Index.build(corpus)


def test_ids_past_65536_score_exactly_as_rank_bm25(big):
    corpus, index = big
    assert index.postings.packed.dtype == np.uint32 and index.size == 140_000
    ref = BM25Okapi(corpus)
    for q in (["稀有后"], ["稀有前", "稀有后"], ["末段", "词0"], ["词3", "词17", "稀有后", "末段", "词3", "词399", "词250", "词5", "词8"]):
        expected = ref.get_scores(q)
        assert np.array_equal(index.scores(q), expected), q
        ids, vals = index.top_k(q, 10)
        want = np.flatnonzero(expected)
        want = want[np.lexsort((want, -expected[want]))][:10]
        assert ids.tolist() == want.tolist() and np.array_equal(vals, expected[want])


def test_ids_past_65536_in_every_lookup(big, tmp_path):
    corpus, index = big
    holders = {w: [d for d, toks in enumerate(corpus) if w in toks] for w in ("稀有前", "稀有后", "末段", "词399")}
    probe = np.array([0, 1, 65_535, 65_536, 65_537, 99_999, 131_071, 131_072, 131_073, 139_999], dtype=np.int64)
    for w, docs in holders.items():
        assert index.term_docs(w).tolist() == docs
        has = [d in set(docs) for d in probe.tolist()]
        assert index.presence([w], probe)[0].tolist() == has
        assert [index.contains(w, int(d)) for d in probe] == has
        following = [next((h for h in docs if h >= d), docs[-1]) for d in probe.tolist()]
        assert index.following(w, index.probes(probe)).tolist() == following
    assert not index.contains("词1", 140_000) and not index.contains("词1", -1)
    assert index.following("未知", index.probes(probe)) is None and index.term_docs("未知") is None
    index.save(tmp_path)
    loaded = BM25Index.load(tmp_path, mmap=True)  # deep: every invariant checked
    for q in (["稀有后", "末段"], ["词2", "词2"]):
        assert np.array_equal(loaded.scores(q), index.scores(q))


def test_ids_past_65536_through_segments_and_drops(big):
    corpus, index = big
    delta = [["稀有后", "新词"], ["末段"], ["词1", "新词", "新词"]]
    union = corpus + delta
    both = SegmentedIndex([index, BM25Index.build(delta)])
    ref = BM25Okapi(union)
    for q in (["新词"], ["末段", "稀有后"], ["词0", "新词", "词0"]):
        assert np.array_equal(both.scores(q), ref.get_scores(q)), q
    merged = both.merged()
    rebuilt = BM25Index.build(union)
    for name, arr in rebuilt.arrays().items():
        assert np.array_equal(merged.arrays()[name], arr), name
    drop = [5, 65_536, 70_000, 139_999]
    smaller = index.without(drop, lambda i: corpus[i])
    rest = [t for i, t in enumerate(corpus) if i not in set(drop)]
    for name, arr in BM25Index.build(rest).arrays().items():
        assert np.array_equal(smaller.arrays()[name], arr), name


# -- the (tf, length) pairs ---------------------------------------------------------------------------


def _reference_scores(term, doc, tf, doc_len, query_terms):
    """rank_bm25's contribution per posting (its float64 operations), added term by term in query order."""
    n = len(doc_len)
    nd = np.bincount(term, minlength=int(term.max()) + 1)
    idf, _ = bm25._okapi_idf(nd.tolist(), n)
    avgdl = float(doc_len.sum()) / n
    tfs = tf.astype(np.float64)
    contrib = idf[term] * (tfs * (K1 + 1) / (tfs + K1 * (1 - B + B * doc_len[doc] / avgdl)))
    out = np.zeros(n)
    for t in query_terms:
        at = term == t
        out[doc[at]] += contrib[at]
    return out


def test_postings_that_need_64_bits_stay_exact():
    """70,000 passages of distinct lengths: 70,000 pairs (17 bits) above 17 bits of passage id."""
    n = 70_000
    rng = np.random.default_rng(3)
    doc_len = rng.permutation(np.arange(1, n + 1)).astype(np.int64)
    term = np.repeat(np.arange(3, dtype=np.int64), n)  # three words in every passage
    doc = np.tile(np.arange(n, dtype=np.int64), 3)
    tf = np.minimum(rng.integers(1, 4, size=3 * n), doc_len[doc])
    index = BM25Index.from_postings(["甲", "乙", "丙"], term, doc, tf, doc_len)
    assert index.postings.packed.dtype == np.uint64 and len(index.postings.pair_tf) > 65_536
    for q in (["甲"], ["乙", "丙", "乙"]):
        expected = _reference_scores(term, doc, tf, doc_len, [["甲", "乙", "丙"].index(w) for w in q])
        assert np.array_equal(index.scores(q), expected), q
    assert index.term_docs("丙").tolist() == list(range(n))
    assert index.all_tfs().tolist() == tf.tolist()


def test_the_pairs_table_holds_each_distinct_pair_once(monkeypatch):
    corpus = [["甲"] * (i % 7 + 1) + ["乙"] * (i % 3) for i in range(500)]
    index = BM25Index.build(corpus)
    p = index.postings
    pairs = list(zip(p.pair_dl.tolist(), p.pair_tf.tolist()))
    want = sorted({(len(toks), toks.count(w)) for toks in corpus for w in set(toks)})
    assert pairs == want  # by length, then tf
    assert index.all_tfs().tolist() == [toks.count(w) for w in ("甲", "乙") for toks in corpus if w in toks]
    monkeypatch.setattr(bm25, "_DENSE_PAIRS", 0)  # numbered by a sort instead of a table of cells
    again = BM25Index.build(corpus)
    for name, arr in index.arrays().items():
        assert np.array_equal(again.arrays()[name], arr), name


def test_a_damaged_index_is_refused_by_a_deep_load(tmp_path):
    corpus = [["甲", "乙"], ["乙", "乙", "丙"], ["丙"], ["甲", "丁", "丁", "丁"]]
    arrays = BM25Index.build(corpus).arrays()
    BM25Index.from_arrays(arrays)
    pairs = arrays["pair_dl"].copy()
    pairs[0] += 1  # a pair whose length is no passage's
    with pytest.raises(ValueError, match="lengths"):
        BM25Index.from_arrays(dict(arrays, pair_dl=pairs))
    packed = arrays["packed"].copy()
    packed[0] |= (1 << arrays["packed"].dtype.itemsize * 8 - 1)  # a passage far past the corpus
    with pytest.raises(ValueError):
        BM25Index.from_arrays(dict(arrays, packed=packed))
    with pytest.raises(ValueError, match="wrong type"):
        BM25Index.from_arrays(dict(arrays, packed=arrays["packed"].astype(np.uint64)))
    with pytest.raises(ValueError, match="missing"):
        BM25Index.from_arrays({k: v for k, v in arrays.items() if k != "pair_tf"})
