"""The ranking's look-ups over a few candidates read as Python values give exactly what the numpy
versions they replace give (issue 13, session 12): a token's contributions probed at a few passages
(``BM25Index.contributions_at``) are the doubles of its decoded postings, ``Retriever._scores_at`` is
the full score vector read at those passages, bit for bit, and ``Retriever._holding`` is
``presence``'s rows."""

from __future__ import annotations

import random

import numpy as np
import pytest

from retrieval.search.bm25 import BM25Index


def _corpus(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(40)]
    # a few words in nearly every passage (rank-bm25's idf floor), the rest from a skewed draw
    return [["w0"] * (k % 3 != 0) + [rng.choice(words[: rng.randint(1, 40)]) for _ in range(rng.randint(1, 14))]
            for k in range(n)]


def _ids(n: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [0, n - 1, n, n + 3, -1, *(rng.randrange(n) for _ in range(15))] if n else [0, 3, -1]


@pytest.mark.parametrize("n", [0, 1, 5, 300])
def test_contributions_at_are_the_decoded_postings_doubles(n):
    index = BM25Index.build(_corpus(n, n))
    ids = _ids(n, n)
    probes = index.probes_of(ids)
    for tok in [f"w{k}" for k in range(40)] + ["absent"]:
        got = index.contributions_at(tok, probes, ids)
        postings = index.term_postings(tok)
        if postings is None or not len(postings[0]):
            assert got is None
            continue
        docs, contrib = postings
        want = {int(d): float(c) for d, c in zip(docs, contrib)}
        assert got == [want.get(i, 0.0) for i in ids], tok
        assert all(type(x) is float for x in got)


def test_scores_at_is_the_score_vector_at_those_passages(qa_corpus_retriever):
    r = qa_corpus_retriever
    rng = random.Random(12)
    vocab = r.index.vocabulary()
    n = len(r.passages)
    for _ in range(60):
        tokens = [rng.choice(vocab) for _ in range(rng.randint(1, 6))]
        tokens += tokens[: rng.randint(0, 2)] + ["没有这个词"]  # repeats and a word no passage holds
        ids = [rng.randrange(n) for _ in range(rng.randint(1, 12))]
        want = r.index.scores(tokens)[np.asarray(ids)]
        got = r._scores_at(tokens, ids)
        assert got.dtype == np.float64 and np.array_equal(got, want), (tokens, ids)
    assert len(r._scores_at(["的"], [])) == 0


def test_holding_is_presence(qa_corpus_retriever):
    r = qa_corpus_retriever
    rng = random.Random(4)
    vocab = r.index.vocabulary()
    n = len(r.passages)
    for _ in range(40):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 4))] + ["没有这个词"]
        ids = [rng.randrange(n) for _ in range(rng.randint(1, 10))]
        rows = r.index.presence(words, ids).tolist()
        assert r._holding(words, ids) == dict(zip(words, rows))


def test_flags_at_once_are_the_flags_one_by_one(qa_corpus_retriever):
    from retrieval.retriever import _asking_turn, _intro_line, _opens_with_dateline

    r = qa_corpus_retriever
    ids = list(range(0, len(r.passages), 3))
    random.Random(7).shuffle(ids)
    for name, test in (("_asks_flags", _asking_turn), ("_intro_flags", _intro_line), ("_dateline_flags", _opens_with_dateline)):
        got = r._flags(name, ids, test)
        assert got == [bool(test(r.passages[i].text)) for i in ids]
        assert got == [r._flag(name, i, test) for i in ids]  # (kept: read back the same)


def _alias_credit_by_presence(r, weights, expansions, ids, seen):
    """``Retriever._alias_credit`` as it read before: a presence matrix, each passage's credit
    worked out for each other name in turn."""
    from retrieval.retriever import ALIAS_WEIGHT

    at = {t: k for k, t in enumerate(weights)}
    keys = list(dict.fromkeys(k for _, ks in expansions for k in ks))
    has = r.index.presence(keys, ids)
    row = {k: j for j, k in enumerate(keys)}
    idf = {ks: max(r.index.term_idf(k) or 0.0 for k in ks) for _, ks in expansions}
    out = np.zeros(len(ids))
    for col, i in enumerate(ids):
        credit = {}
        for covered, ks in expansions:
            if all(has[row[k], col] for k in ks):
                lacking = sum(weights[u] for u in covered if u in at and not seen[i][at[u]])
                top = max((weights[u] for u in covered if u in at), default=0.0)
                share = min(1.0, idf[ks] / top) if top > 0 else 0.0
                credit[covered] = max(credit.get(covered, 0.0), lacking * share)
        out[col] = ALIAS_WEIGHT * sum(credit.values())
    return out


def test_alias_credit_is_the_one_by_presence(qa_corpus_retriever):
    from retrieval.search import aliases

    r = qa_corpus_retriever
    vocab = set(r.index.vocabulary())
    # question words whose other names the corpus holds
    words = [w for w in vocab if any(r._alias_keys(m) for m in aliases.mates(w, normalized=True))]
    assert len(words) >= 5
    rng = random.Random(9)
    n = len(r.passages)
    plain = sorted(vocab)
    checked = 0
    for _ in range(80):
        tokens = rng.sample(words, rng.randint(1, 3)) + [rng.choice(plain) for _ in range(rng.randint(0, 3))]
        expansions = r._expansions(tokens, "".join(tokens))
        if not expansions:
            continue
        weights = r._weights(tokens)
        ids = sorted({rng.randrange(n) for _ in range(12)})
        ids += [t for k in expansions[0][1] for t in r.index.term_docs(k)[:3].tolist()]  # some hold it
        ids = list(dict.fromkeys(ids))
        seen = dict(zip(ids, r.index.presence(list(weights), ids).T))
        got = r._alias_credit(weights, expansions, ids, seen)
        assert np.array_equal(got, _alias_credit_by_presence(r, weights, expansions, ids, seen)), tokens
        checked += int(got.any())
    assert checked >= 5  # (credit given, not only zeros compared)


def test_question_tags_follow_a_changed_dictionary(monkeypatch):
    """The question's route reads jieba's dictionary through a memo (``answering._route_tables``):
    another tokenizer, or words added to the same one, are read at once, as jieba.posseg reads them."""
    import jieba
    import jieba.posseg as pseg

    from retrieval.search.answering import _POS_LOCK, pos_tags

    text = "量子纠缠态研究所今天开会，纠缠态研究所所长说"
    with _POS_LOCK:
        assert pos_tags(text) == [(p.word, p.flag) for p in pseg.lcut(text, HMM=False)]
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = dict(jieba.dt.FREQ), jieba.dt.total, True  # (a copy: no load)
    other = pseg.POSTokenizer(tok)
    monkeypatch.setattr(pseg, "dt", other)
    for word, tag in (("纠缠态研究所", "nt"), ("今天开", "zz")):
        tok.add_word(word, freq=10**7, tag=tag)  # the same dictionary object, its size and total moved
        with _POS_LOCK:
            got = pos_tags(text)
        assert got == [(p.word, p.flag) for p in other.lcut(text, HMM=False)] and (word, tag) in got
