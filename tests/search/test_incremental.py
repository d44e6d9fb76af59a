"""Incremental indexing (issue 13): a delta segment, passages dropped from a segment, and files added to
a served corpus, each scored exactly as rank_bm25.BM25Okapi scores the union of the passages."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi
from test_bm25 import _corpus, _queries

from retrieval import Retriever
from retrieval.search.bm25 import BM25Index, SegmentedIndex

DATA = Path(__file__).resolve().parents[1] / "data"


def _same_index(a: BM25Index, b: BM25Index) -> None:
    assert a.vocabulary() == b.vocabulary()
    assert (a.avgdl, a.average_idf) == (b.avgdl, b.average_idf)
    for name, arr in a.arrays().items():
        assert np.array_equal(arr, b.arrays()[name]), name


def _same_scores(index, union: list[list[str]], queries) -> None:
    ref = BM25Okapi(union)
    assert index.size == len(union)
    for q in queries:
        assert np.array_equal(index.scores(q), ref.get_scores(q)), q


@pytest.fixture(scope="module")
def tokens():
    return _corpus(1200, seed=5)


@pytest.fixture(scope="module")
def queries(tokens):
    return _queries(tokens, 120, seed=6)


def test_segments_score_exactly_as_rank_bm25_over_their_union(tokens, queries):
    base, d1, d2 = tokens[:1000], tokens[1000:1190], tokens[1190:]
    index = SegmentedIndex([SegmentedIndex([BM25Index.build(base), BM25Index.build(d1)]), BM25Index.build(d2)])
    assert len(index.segments) == 3
    _same_scores(index, tokens, queries)
    assert index.average_idf == BM25Okapi(tokens).average_idf  # summed in the union's first-seen order
    for q in queries[:20]:
        ids, vals = index.top_k(q, 10)
        ref = BM25Okapi(tokens).get_scores(q)
        want = np.flatnonzero(ref)
        want = want[np.lexsort((want, -ref[want]))][:10]
        assert ids.tolist() == want.tolist() and vals.tolist() == ref[want].tolist()
        doc = int(ids[0]) if len(ids) else 0
        assert [index.contains(t, doc) for t in q] == [t in tokens[doc] for t in q]
    _same_index(index.merged(), BM25Index.build(tokens))


def test_the_epsilon_floor_is_taken_over_the_union(tokens):
    """A word in more than half of the union's passages gets rank-bm25's floor, epsilon * average idf."""
    ref = BM25Okapi(tokens)
    floored = [w for w, v in ref.idf.items() if v == ref.epsilon * ref.average_idf]
    assert floored, "the corpus must exercise the idf floor"
    index = SegmentedIndex([BM25Index.build(tokens[:600]), BM25Index.build(tokens[600:])])
    assert all(index.term_idf(w) == ref.idf[w] for w in floored)
    assert all(index.term_idf(w) == v for w, v in ref.idf.items())


def test_dropping_passages_equals_building_without_them(tokens, queries):
    base = tokens[:900]
    drop = [0, 1, 7, 300, 899]  # the first passages hold the first occurrence of most words
    rest = [t for i, t in enumerate(base) if i not in drop]
    smaller = BM25Index.build(base).without(drop, lambda i: base[i])
    _same_index(smaller, BM25Index.build(rest))
    _same_scores(smaller, rest, queries[:40])
    both = SegmentedIndex([BM25Index.build(base), BM25Index.build(tokens[900:])]).without([3, 950], lambda i: tokens[i])
    union = [t for i, t in enumerate(tokens) if i not in (3, 950)]
    _same_scores(both, union, queries[:40])
    _same_index(both.merged(), BM25Index.build(union))


# -- files added to a served corpus ---------------------------------------------------------------


@pytest.fixture
def served(tmp_path):
    pages = sorted((DATA / "dev-pages").glob("*.txt"))
    root = tmp_path / "corpus"
    (root / "inbox").mkdir(parents=True)
    for page in pages[:10]:
        shutil.copy(page, root / page.name)
    return root, pages[10:]


def _union_tokens(r: Retriever) -> list[list[str]]:
    return [r.tokenize(p.text) for p in r.passages]


def test_an_uploaded_article_is_answerable_and_scored_over_the_whole_corpus(served):
    root, spare = served
    before = Retriever.from_path(root)
    up = root / "inbox" / spare[0].name
    shutil.copy(spare[0], up)
    after = before.add_files([up])
    assert len(after.passages) == len(before.passages) + len(after.corpus.pages[-1].passages)
    assert after.corpus.pages[-1].document.path == str(up)
    assert before.index.size == len(before.passages)  # the served corpus is untouched
    assert all(p.source.path != str(up) for p in before.passages)
    new = after.corpus.pages[-1].passages
    question = max(new, key=lambda p: len(p.text)).text[:40]
    hits = after.search(question, top_k=3)
    assert hits and hits[0].passage in new
    union = _union_tokens(after)
    qs = [after.tokenize(p.text[:30]) for p in after.passages[::7]]
    _same_scores(after.index, union, qs)
    merged = after.corpus.merged()
    assert isinstance(merged.index, BM25Index)
    _same_index(merged.index, BM25Index.build(union))


def test_a_changed_file_replaces_its_old_passages(served):
    root, spare = served
    r = Retriever.from_path(root)
    victim = Path(r.corpus.pages[2].document.path)
    old = r.corpus.pages[2].passages
    shutil.copy(spare[1], victim)  # the same file name, another article
    changed = r.add_files([victim])
    assert not set(old) & set(changed.passages)
    assert [p for p in changed.passages if p.source.path == str(victim)] == list(changed.corpus.pages[-1].passages)
    _same_scores(changed.index, _union_tokens(changed), [changed.tokenize(p.text[:30]) for p in changed.passages[::5]])


def test_a_repeated_or_unreadable_upload_is_a_warning_not_a_page(served, tmp_path):
    root, _ = served
    r = Retriever.from_path(root)
    same = root / "inbox" / "again.txt"
    shutil.copy(r.corpus.pages[0].document.path, same)
    empty = root / "inbox" / "empty.txt"
    empty.write_bytes(b"")
    out = r.add_files([same, empty])
    assert len(out.passages) == len(r.passages)
    assert any("same article" in w for w in out.corpus.warnings) and any("empty" in w for w in out.corpus.warnings)


# -- what the query path reads from the corpus: normalised texts and speaker names ----------------


def test_normalised_texts_are_stored_once_and_follow_added_files(served):
    from retrieval.corpus import TextColumn
    from retrieval.text import normalize

    root, spare = served
    built = Retriever.from_path(root)
    cached = Retriever.from_path(root)
    assert cached.corpus.from_cache
    for r in (built, cached):
        assert list(r.corpus.normalized) == [normalize(p.text) for p in r.passages]
    assert isinstance(cached.corpus.normalized.blob, np.ndarray)
    up = root / "inbox" / "up.txt"
    shutil.copy(spare[0], up)
    victim = Path(cached.corpus.pages[1].document.path)
    shutil.copy(spare[1], victim)
    for r in (cached.add_files([up]), cached.add_files([up, victim])):
        assert list(r.corpus.normalized) == [normalize(p.text) for p in r.passages]
    column = TextColumn.of(["甲乙", "", "丙"])
    assert list(column) == ["甲乙", "", "丙"] and column[-1] == "丙" and column[0:2] == ["甲乙", ""]


def test_speaker_names_are_found_by_lookup_longest_first():
    from retrieval.search.names import NameIndex

    names = NameIndex({"王伟": "王伟", "欧阳明华": "欧阳明华", "明华": "明华", "李 娜": "李娜"})
    assert names.find("欧阳明华怎么看") == "欧阳明华"
    assert names.find_all("欧阳明华和王伟说了什么") == ["欧阳明华", "王伟", "明华"]
    assert names.find("李娜说") == "李 娜"
    assert names.find("没有人") is None and names.find("") is None


def test_term_presence_for_many_passages_at_once(tokens):
    base = BM25Index.build(tokens[:700])
    both = SegmentedIndex([base, BM25Index.build(tokens[700:])])
    terms = [tokens[3][0], tokens[800][1], "不存在的词语xyz", tokens[0][5]]
    docs = [0, 3, 5, 699, 700, 800, 1199, 42]
    for index, n in ((base, 700), (both, 1200)):
        got = index.presence(terms, [d for d in docs if d < n])
        want = [[index.contains(t, d) for d in docs if d < n] for t in terms]
        assert got.tolist() == want
        assert got.tolist() == [[t in tokens[d] for d in docs if d < n] for t in terms]


def test_the_aligned_mask_and_sentence_bounds_are_read_once_and_follow_added_files(served):
    from retrieval.text import aligned

    root, spare = served

    def check(r: Retriever) -> list[bool]:
        from retrieval.search.answering import sentence_bounds

        assert [r.corpus.sentences[i] for i in range(len(r.passages))] == [sentence_bounds(p.text) for p in r.passages]
        mask = r.corpus.aligned_mask
        assert mask.dtype == np.bool_ and mask.shape == (len(r.passages),)
        want = [aligned(p.text, n) for p, n in zip(r.passages, r.corpus.normalized)]
        assert mask.tolist() == want
        return want

    built = Retriever.from_path(root)
    cached = Retriever.from_path(root)
    assert cached.corpus.from_cache
    assert check(built) == check(cached)
    up = root / "inbox" / "up.txt"
    # a paragraph whose normal form is not aligned with it (㈱ → (株): NFKC changes its length)
    lines = spare[0].read_text("utf-8").splitlines()
    up.write_text("\n".join([*lines[:2], "本公司㈱今天宣布，新產品將於明年上市，價格維持不變。", *lines[2:]]), "utf-8")
    victim = Path(cached.corpus.pages[1].document.path)
    shutil.copy(spare[1], victim)
    for r in (cached.add_files([up]), cached.add_files([up, victim])):
        flags = check(r)
        assert not all(flags) and any(flags)
        hits = r.search("新產品將於明年上市")
        assert hits and "㈱" in hits[0].passage.text and hits[0].best_sentence
