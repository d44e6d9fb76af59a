"""The passages as stored columns (corpus.PassageStore): a corpus loaded from the cache makes each
Passage when it is read, and gives the same passages, pages, speakers' passages and articles as
the corpus built in memory."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from retrieval import Retriever
from retrieval.corpus import PassageStore

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, qa_corpus_retriever) -> Retriever:
    cache = tmp_path_factory.mktemp("store-cache")
    Retriever.from_path(DATA / "qa-corpus", cache_dir=cache)  # builds and writes the entry
    r = Retriever.from_path(DATA / "qa-corpus", cache_dir=cache)
    assert r.from_cache
    return r


def _scan_by_speaker(passages) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, p in enumerate(passages):
        if p.speaker is not None:
            out.setdefault(p.speaker.name, []).append(i)
    return out


def test_loaded_passages_are_made_from_columns_and_equal_the_built_ones(loaded, qa_corpus_retriever):
    built, store = qa_corpus_retriever.passages, loaded.passages
    assert isinstance(store, PassageStore) and len(store) == len(built) > 50
    assert store == built and list(store) == list(built)
    n = len(store)
    for i in (0, 1, n // 2, n - 1, -1, -n, np.int64(7), np.int32(n - 2)):
        assert store[i] == built[int(i)]
    assert store[3:9] == tuple(built[3:9]) and store[::-50] == tuple(built[::-50]) and store[n:] == ()
    for bad in (n, -n - 1):
        with pytest.raises(IndexError):
            store[bad]
    assert store[5] is store[5]  # made once, kept
    assert store.index(built[42]) == 42 and built[42] in store
    assert sum(p.speaker is not None for p in store) == sum(p.speaker is not None for p in built) > 0
    assert len({p.source.path for p in store}) == len(loaded.documents) == len(qa_corpus_retriever.documents)


def test_pages_documents_speakers_and_articles(loaded, qa_corpus_retriever):
    c, b = loaded.corpus, qa_corpus_retriever.corpus
    assert list(c.documents) == list(b.documents)
    assert len(c.pages) == len(b.pages)
    for mine, theirs in zip(c.pages, b.pages):
        assert mine == theirs  # document, passages, lines, ends, head
    assert dict(c.by_speaker) == dict(b.by_speaker) == _scan_by_speaker(b.passages)
    assert list(c.by_speaker) == list(_scan_by_speaker(b.passages))  # in the order they first speak
    bounds = c.doc_bounds
    assert bounds.dtype == np.int64 and np.array_equal(bounds, b.doc_bounds)
    for i, p in enumerate(b.passages):
        first, end = bounds[i]
        assert b.passages[first].source.path == p.source.path and first <= i < end
        assert end == len(b.passages) or b.passages[end].source.path != p.source.path
    assert c.speaker_names == b.speaker_names
    from collections import Counter

    scan = Counter(p.speaker for p in b.passages if p.speaker is not None)
    assert c.speaker_counts() == b.speaker_counts() == scan and list(c.speaker_counts()) == list(scan)
    assert c.passage_counts() == [len(page.passages) for page in b.pages]
    for page in b.pages:
        assert c.document_passages(page.document.path) == b.document_passages(page.document.path) == page.passages
    assert c.document_passages("/nowhere.md") == ()
    from retrieval.pages import Admission

    built = Admission()
    for page in b.pages:
        built.page(page)
    assert c.admission().bodies == b.admission().bodies == built.bodies


def test_the_same_answers_from_the_cache(loaded, qa_corpus_retriever):
    lines = (DATA / "qa-dev.jsonl").read_text("utf-8").splitlines()
    questions = [json.loads(line)["q"] for line in lines if line.startswith("{")][:25]
    assert len(questions) == 25
    for q in questions:
        assert loaded.search(q) == qa_corpus_retriever.search(q), q
    assert loaded.speakers() == qa_corpus_retriever.speakers()
    name = qa_corpus_retriever.speakers()[0][0].name
    assert loaded.speaker_passages(name) == qa_corpus_retriever.speaker_passages(name)


def test_stores_appended(loaded, qa_corpus_retriever):
    pages = list(qa_corpus_retriever.corpus.pages)
    whole = PassageStore.of(pages)
    for k in (1, len(pages) // 2, len(pages) - 1):
        joined = PassageStore.of(pages[:k]) + PassageStore.of(pages[k:])
        assert list(joined) == list(whole) and list(joined.pages) == pages
        assert dict(joined.by_speaker) == dict(whole.by_speaker) and list(joined.by_speaker) == list(whole.by_speaker)
        assert np.array_equal(joined.doc_bounds, whole.doc_bounds)
    # a loaded store (columns, nothing made) with passages in memory after it
    tail = PassageStore.of(pages[:2])
    joined = loaded.passages + tail
    assert list(joined) == [*whole, *tail] and len(joined.documents) == len(pages) + 2
    assert list(joined.by_speaker) == list(_scan_by_speaker([*whole, *tail]))
    assert dict(joined.by_speaker) == _scan_by_speaker([*whole, *tail])
    assert joined.pages[-1] == pages[1] and joined.pages[0] == pages[0]


def test_a_loaded_text_column_reads_the_same_texts(tmp_path):
    from retrieval.corpus import TextColumn

    texts = ["甲乙", "", "丙 丁", "ascii", "𠀀 wide", *(f"第{i}段" for i in range(20_000))]  # past one read chunk
    column = TextColumn.of(texts)
    column.save(tmp_path, "t")
    loaded = TextColumn.load(tmp_path, "t")
    assert isinstance(loaded.blob, np.ndarray) and len(loaded) == len(texts)
    assert list(loaded) == texts and [loaded[i] for i in range(len(texts))] == texts
    assert loaded[-1] == texts[-1] and loaded[np.int64(2)] == "丙 丁" and loaded[1:4] == texts[1:4]
    with pytest.raises(IndexError):
        loaded[len(texts)]
    assert list(loaded + column) == texts + texts
    assert list(TextColumn.load(tmp_path, "t", mmap=False)) == texts


def test_a_text_column_says_whether_any_text_holds_a_string(tmp_path):
    from retrieval.corpus import TextColumn

    filler = "经济发展" * 100_000  # 1.2 MB of UTF-8: more than one read chunk
    texts = [filler, "外交部发言人毛宁表示", filler + "末尾的名字陈代蓉"]
    column = TextColumn.of(texts)
    column.save(tmp_path, "t")
    for col in (column, TextColumn.load(tmp_path, "t"), TextColumn.load(tmp_path, "t", mmap=False)):
        assert col.holds("毛宁") and col.holds("陈代蓉") and col.holds("发展经济")
        assert not col.holds("毛泽") and not col.holds("宁表示外")
        # a string split between two chunks of the read is still found
        edge = (1 << 20) // 3
        assert col.holds(filler[edge - 2 : edge + 3])
    assert not TextColumn.of([]).holds("毛宁")


def test_filters_read_the_columns_and_match_the_same_passages(loaded, qa_corpus_retriever):
    from retrieval.search.filters import FilterIndex

    columns, scanned = loaded.filter_index, FilterIndex(tuple(qa_corpus_retriever.passages))
    assert np.array_equal(columns.doc_of, scanned.doc_of) and columns.doc_dates == scanned.doc_dates
    assert columns.outlets == scanned.outlets and columns.newest == scanned.newest
    names = [sp.name for sp, _ in qa_corpus_retriever.speakers()[:8]]
    outlets = list(scanned.outlets)[:3]
    for speaker in [None, *names, names[0][:1]]:
        for outlet in [None, *outlets]:
            for since in (None, "2024年"):
                a = columns.resolve(columns.parse(speaker, outlet, since, None))
                b = scanned.resolve(scanned.parse(speaker, outlet, since, None))
                assert a.empty == b.empty and a.speakers == b.speakers, (speaker, outlet, since)
                assert (a.mask is None and b.mask is None) or np.array_equal(a.mask, b.mask)
