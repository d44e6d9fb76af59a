"""The on-disk cache: hits load the same retriever, changes rebuild, bad files are never trusted."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import numpy as np
import pytest

from retrieval import Retriever
from retrieval.cache import cache_root
from retrieval.errors import CorpusError
from retrieval.pages import ingest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

PAGE_A = """---
title: 天开园新增科技企业
outlet: 津云
published: 2024-03-01
---

天开高教科创园今年新增注册科技企业一千二百家，园区负责人表示，将继续优化服务。

“我们将为初创企业提供概念验证和中试平台。”市科技局局长朱玉兵表示，科技成果转化将提速。
"""

PAGE_B = """---
title: 滨海新区港口吞吐量创新高
outlet: 滨海发布
published: 2024-04-02
---

天津港集装箱吞吐量一季度同比增长百分之八，智慧码头建设带来明显效率提升。

港口集团董事长褚斌表示，今年将新开多条国际航线，服务京津冀协同发展。
"""

QUESTION = "今年新增注册了多少家科技企业？"


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    shutil.copy(next(SEEDS.glob("*.txt")), root / "seed.txt")
    (root / "a.md").write_text(PAGE_A, "utf-8")
    (root / "sub" / "b.md").write_text(PAGE_B, "utf-8")
    (root / "empty.txt").write_text("", "utf-8")
    (root / "copy-of-a.md").write_text(PAGE_A, "utf-8")  # the same article twice
    (root / "notes.csv").write_text("a,b\n", "utf-8")
    return root


@pytest.fixture
def cache(tmp_path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def parse_calls(monkeypatch) -> list[str]:
    """The files actually parsed (not served from the cache)."""
    calls: list[str] = []
    real = ingest.parse_page

    def counting(path, text, display_path=None):
        calls.append(Path(path).name)
        return real(path, text, display_path)

    monkeypatch.setattr(ingest, "parse_page", counting)
    return calls


def _same(r1: Retriever, r2: Retriever) -> None:
    assert r1.passages == r2.passages
    assert [p.speaker for p in r1.passages] == [p.speaker for p in r2.passages]
    assert r1.index.vocab == r2.index.vocab
    for name, a in r1.index.arrays().items():
        b = r2.index.arrays()[name]
        assert a.dtype == b.dtype and np.array_equal(a, b), name
    assert np.array_equal(r1.bm25_scores(QUESTION), r2.bm25_scores(QUESTION))
    assert r1.search(QUESTION) == r2.search(QUESTION)
    assert r1.tokenize(QUESTION) == r2.tokenize(QUESTION)


def test_cached_build_equals_the_uncached_one(corpus, cache):
    cached = Retriever.from_path(corpus, cache_dir=cache)
    plain = Retriever.build(corpus)
    _same(cached, plain)
    hits = cached.search(QUESTION)
    assert any("一千二百家" in h.passage.text for h in hits)


def test_cache_hit_loads_without_parsing(corpus, cache, parse_calls, caplog):
    first = Retriever.from_path(corpus, cache_dir=cache)
    assert sorted(parse_calls) == ["a.md", "b.md", "copy-of-a.md", "seed.txt"]
    parse_calls.clear()
    with caplog.at_level(logging.WARNING):
        second = Retriever.from_path(corpus, cache_dir=cache)
    assert parse_calls == []
    _same(first, second)
    assert second.corpus.tokenizer.dictionary() == first.corpus.tokenizer.dictionary()  # jieba's, exactly
    assert [d.path for d in second.documents] == [d.path for d in first.documents]
    # the skipped files are still reported on a cache hit
    assert any("empty.txt" in m for m in caplog.messages)
    assert any("copy-of-a.md" in m and "same article" in m for m in caplog.messages)
    assert not any("ignored" in m for m in caplog.messages)


def test_jieba_dictionary_cache_lives_in_the_cache_folder(corpus, cache, monkeypatch):
    from retrieval.search import tokenizer as tokenize

    monkeypatch.setattr(tokenize, "_BASE", None)  # as in a fresh process
    r = Retriever.from_path(corpus, cache_dir=cache)
    r.tokenize(QUESTION)
    assert (cache / "jieba.cache").is_file()
    assert list((cache / "corpus").iterdir())


def test_default_cache_folder_is_the_setting(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "from-env"))
    Retriever.from_path(corpus)
    assert (tmp_path / "from-env" / "corpus").is_dir()
    monkeypatch.delenv("QA_CACHE_DIR")
    monkeypatch.chdir(tmp_path)
    assert cache_root() == Path(".cache") / "yanlu"


def test_changed_file_reparses_only_that_file(corpus, cache, parse_calls):
    Retriever.from_path(corpus, cache_dir=cache)
    parse_calls.clear()
    (corpus / "a.md").write_text(PAGE_A.replace("一千二百家", "三千四百家"), "utf-8")
    r = Retriever.from_path(corpus, cache_dir=cache)
    assert parse_calls == ["a.md"]
    assert any("三千四百家" in h.passage.text for h in r.search(QUESTION))
    _same(r, Retriever.build(corpus))


def test_added_and_removed_files(corpus, cache, parse_calls):
    Retriever.from_path(corpus, cache_dir=cache)
    parse_calls.clear()
    (corpus / "sub" / "b.md").unlink()
    r = Retriever.from_path(corpus, cache_dir=cache)
    assert parse_calls == []
    assert not any("港口" in p.text for p in r.passages)
    (corpus / "sub" / "b.md").write_text(PAGE_B, "utf-8")
    (corpus / "c.md").write_text(PAGE_B.replace("褚斌", "王建国").replace("八", "九"), "utf-8")
    r = Retriever.from_path(corpus, cache_dir=cache)
    assert parse_calls == ["c.md"]
    _same(r, Retriever.build(corpus))


def test_different_corpora_are_not_confused(corpus, cache, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.md").write_text(PAGE_B, "utf-8")
    r1 = Retriever.from_path(corpus, cache_dir=cache)
    r2 = Retriever.from_path(other, cache_dir=cache)
    r1_again = Retriever.from_path(corpus, cache_dir=cache)
    assert len(r2.passages) == 2 and len(r1.passages) > 2
    _same(r1, r1_again)
    assert {d.path for d in r2.documents} == {str(other / "b.md")}
    # the same files under another root: the content is shared, the paths are the new root's
    moved = tmp_path / "moved"
    shutil.copytree(other, moved)
    r3 = Retriever.from_path(moved, cache_dir=cache)
    assert {d.path for d in r3.documents} == {str(moved / "b.md")}


def _entry(cache: Path) -> Path:
    (entry,) = [p for p in (cache / "corpus").iterdir() if not p.name.startswith(".")]
    return entry


def _corrupt_npz(entry: Path) -> None:
    data = bytearray((entry / "index-packed.npy").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (entry / "index-packed.npy").write_bytes(bytes(data))


def _truncate_texts(entry: Path) -> None:
    data = (entry / "text-blob.npy").read_bytes()
    (entry / "text-blob.npy").write_bytes(data[: len(data) // 2])


def _garbage_meta(entry: Path) -> None:
    (entry / "meta.json").write_bytes(b"\x80\x04not json at all")


def _foreign_meta(entry: Path) -> None:
    meta = json.loads((entry / "meta.json").read_bytes())
    meta["format"] = -1
    (entry / "meta.json").write_text(json.dumps(meta))


def _rewrite(entry: Path, name: str, data: bytes) -> None:
    """``name`` replaced by ``data``, its checksum in meta.json made to match."""
    import hashlib

    (entry / name).write_bytes(data)
    meta = json.loads((entry / "meta.json").read_bytes())
    meta["sha256"][name] = hashlib.sha256(data).hexdigest()
    (entry / "meta.json").write_text(json.dumps(meta))


def _forged_pages(entry: Path) -> None:
    """Valid rows with matching checksums, but not a document: validation must catch it."""
    import io

    from retrieval.corpus import TextColumn

    docs = list(TextColumn.load(entry, "documents", mmap=False))
    docs[0] = json.dumps({"__reduce__": "os.system"})
    column = TextColumn.of(docs)
    for part, arr in (("blob", column.blob), ("offsets", column.offsets)):
        buf = io.BytesIO()
        np.save(buf, arr, allow_pickle=False)
        _rewrite(entry, f"documents-{part}.npy", buf.getvalue())


def _out_of_range_speaker(entry: Path) -> None:
    import io

    speakers = np.load(entry / "passage-speaker.npy").copy()
    speakers[0] = 10**6
    buf = io.BytesIO()
    np.save(buf, speakers, allow_pickle=False)
    _rewrite(entry, "passage-speaker.npy", buf.getvalue())


def _earlier_layout(entry: Path) -> None:
    """An entry as an earlier version wrote it: one pages.json, no passage columns, no layout mark."""
    import hashlib

    meta = json.loads((entry / "meta.json").read_bytes())
    del meta["layout"]
    for name in list(meta["sha256"]):
        if name.startswith(("text-", "passage-", "documents-", "speaker", "pages-", "sections-", "page-ptr", "doc-bounds")):
            (entry / name).unlink()
            del meta["sha256"][name]
    (entry / "pages.json").write_bytes(b'{"fields": {}}')
    meta["sha256"]["pages.json"] = hashlib.sha256(b'{"fields": {}}').hexdigest()
    (entry / "meta.json").write_text(json.dumps(meta))


def _replace_array(entry: Path, name: str, arr: np.ndarray, allow_pickle: bool = False) -> None:
    import hashlib
    import io

    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=allow_pickle)
    (entry / f"index-{name}.npy").write_bytes(buf.getvalue())
    meta = json.loads((entry / "meta.json").read_bytes())
    meta["sha256"][f"index-{name}.npy"] = hashlib.sha256(buf.getvalue()).hexdigest()
    (entry / "meta.json").write_text(json.dumps(meta))


def _pickled_npz(entry: Path) -> None:
    """An index array of Python objects (a pickle inside): refused, never unpickled."""
    _replace_array(entry, "packed", np.array([object()] * 3, dtype=object), allow_pickle=True)


def _out_of_range_postings(entry: Path) -> None:
    packed = np.load(entry / "index-packed.npy").copy()
    packed[0] = np.iinfo(packed.dtype).max  # a passage id far past the corpus
    _replace_array(entry, "packed", packed)


def _wrong_dtype(entry: Path) -> None:
    _replace_array(entry, "packed", np.load(entry / "index-packed.npy").astype(np.float32))


@pytest.mark.parametrize(
    "damage",
    [_corrupt_npz, _truncate_texts, _garbage_meta, _foreign_meta, _forged_pages, _out_of_range_speaker, _earlier_layout,
     _pickled_npz, _out_of_range_postings, _wrong_dtype],
)
def test_corrupt_or_foreign_cache_is_ignored_with_a_warning(corpus, cache, caplog, damage):
    good = Retriever.from_path(corpus, cache_dir=cache)
    damage(_entry(cache))
    with caplog.at_level(logging.WARNING):
        again = Retriever.from_path(corpus, cache_dir=cache)
    assert any("ignored the cached index" in m for m in caplog.messages), caplog.messages
    _same(good, again)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        Retriever.from_path(corpus, cache_dir=cache)  # rebuilt and rewritten: clean again
    assert not any("ignored" in m for m in caplog.messages)


def test_corrupt_jieba_dictionary_is_derived_again(corpus, cache, caplog):
    first = Retriever.from_path(corpus, cache_dir=cache)
    words = _entry(cache) / "jieba-words.txt"
    words.write_bytes(words.read_bytes()[:-10])
    with caplog.at_level(logging.WARNING):
        second = Retriever.from_path(corpus, cache_dir=cache)
        second.tokenize(QUESTION)
    assert any("ignored the cached jieba dictionary" in m for m in caplog.messages)
    assert second.corpus.tokenizer.dictionary() == first.corpus.tokenizer.dictionary()
    _same(first, second)


def test_corrupt_page_and_token_caches_are_rebuilt(corpus, cache, caplog):
    good = Retriever.from_path(corpus, cache_dir=cache)
    shutil.rmtree(cache / "corpus")
    for f in (cache / "pages").rglob("*.json"):
        f.write_text('[["x"], "not a page", {}]')
    for f in (cache / "tokens").rglob("*.json"):
        f.write_text("{broken")
    with caplog.at_level(logging.WARNING):
        again = Retriever.from_path(corpus, cache_dir=cache)
    assert any("ignored the cached page" in m for m in caplog.messages)
    assert any("ignored the cached tokens" in m for m in caplog.messages)
    _same(good, again)


def test_unwritable_cache_still_serves(corpus, tmp_path, caplog):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING):
        r = Retriever.from_path(corpus, cache_dir=blocker / "cache")
    assert r.search(QUESTION)


def test_missing_or_empty_corpus(tmp_path, cache):
    with pytest.raises(CorpusError):
        Retriever.from_path(tmp_path / "nowhere", cache_dir=cache)
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError):
        Retriever.from_path(tmp_path / "empty", cache_dir=cache)


def test_single_file_corpus(cache):
    path = next(SEEDS.glob("*.txt"))
    r1 = Retriever.from_path(path, cache_dir=cache)
    r2 = Retriever.from_path(path, cache_dir=cache)
    _same(r1, r2)
    assert r2.documents[0].path == str(path)


def test_building_off_a_terminal_prints_no_progress_bar(corpus, cache, capsys):
    Retriever.from_path(corpus, cache_dir=cache)
    err = capsys.readouterr().err
    assert "passage/s" not in err and "it/s" not in err


def test_unchanged_old_files_are_not_read_again(corpus, cache, monkeypatch):
    import os
    import time

    old = time.time() - 3600
    for f in corpus.rglob("*"):
        if f.is_file():
            os.utime(f, (old, old))
    first = Retriever.from_path(corpus, cache_dir=cache)
    reads: list[str] = []
    real = Path.read_bytes

    def counting(self):
        if corpus in self.parents:
            reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    _same(first, Retriever.from_path(corpus, cache_dir=cache))
    assert reads == []
    (corpus / "a.md").write_text(PAGE_A.replace("一千二百家", "五千六百家"), "utf-8")  # new mtime
    r = Retriever.from_path(corpus, cache_dir=cache)
    assert "a.md" in reads and set(reads) <= {"a.md", "empty.txt"}  # skipped files are not cached
    assert any("五千六百家" in p.text for p in r.passages)
