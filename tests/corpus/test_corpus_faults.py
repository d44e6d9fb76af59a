"""Bad corpus files: each is skipped with one warning naming it, and the rest is served."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from retrieval import Corpus, CorpusError, Retriever
from retrieval.pages.ingest import load_corpus

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _served(root: Path, **limits: int) -> Retriever:
    r = Retriever(Corpus.build(load_corpus(root, **limits)))
    assert "300余个" in r.search("天开西青园引进了多少项目")[0].passage.text
    return r


def _warned(caplog, name: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and name in r.getMessage()]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "unknown file type"),
        ("notes.docx", b"PK\x03\x04", "unknown file type"),
    ],
)
def test_unusable_file_is_skipped_with_one_warning(corpus, caplog, name, content, reason):
    (corpus / name).write_bytes(content)
    with caplog.at_level(logging.WARNING):
        _served(corpus)
    warnings = _warned(caplog, name)
    assert len(warnings) == 1 and reason in warnings[0]


def test_gbk_and_gb18030_pages_are_read(corpus):
    text = SEED.read_text("utf-8").replace("滨海发布", "津云新闻")
    (corpus / "seed.txt").unlink()
    (corpus / "gbk.txt").write_bytes(text.encode("gb18030"))
    r = _served(corpus)
    assert r.passages[0].source.outlet == "津云新闻"


def test_utf8_with_bom_and_crlf(corpus):
    data = SEED.read_text("utf-8").replace("\n", "\r\n").encode("utf-8-sig")
    (corpus / "seed.txt").write_bytes(data)
    r = _served(corpus)
    assert r.documents[0].title.startswith("牢记嘱托")


def test_truncated_download_drops_the_broken_character(corpus):
    data = SEED.read_bytes()
    cut = data[: data.index("以标准助力".encode()) + 4]  # inside a three-byte character
    (corpus / "seed.txt").write_bytes(cut)
    r = Retriever(Corpus.build(load_corpus(corpus)))
    assert all("\ufffd" not in p.text for p in r.passages)
    assert any(p.text.startswith("市总商会副会长") for p in r.passages)


def test_invalid_utf8_in_the_middle_is_not_indexed_as_replacement_chars(corpus):
    data = SEED.read_bytes().replace("西营门".encode(), b"\xff\xfe\xfd")
    (corpus / "seed.txt").write_bytes(data)
    r = Retriever(Corpus.build(load_corpus(corpus)))
    assert all("\ufffd" not in p.text for p in r.passages)


def test_duplicate_page_is_indexed_once(corpus, caplog):
    shutil.copy(SEED, corpus / "copy-of-seed.txt")
    with caplog.at_level(logging.WARNING):
        r = _served(corpus)
    assert len(r.passages) == 18
    assert len(_warned(caplog, "same article")) == 1


def test_oversized_file_is_skipped(corpus, caplog):
    big = corpus / "huge.txt"
    with big.open("wb") as fh:
        fh.write(("这是一个很长的段落。" * 1000 + "\n").encode() * 40)  # ~1.2 MB
    with caplog.at_level(logging.WARNING):
        _served(corpus, max_file_bytes=1024 * 1024)
    assert len(_warned(caplog, "huge.txt")) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_skipped(corpus, caplog):
    locked = corpus / "locked.txt"
    shutil.copy(SEED, locked)
    locked.chmod(0)
    with caplog.at_level(logging.WARNING):
        _served(corpus)
    assert _warned(caplog, "locked.txt")


def test_unreadable_file_is_skipped_even_as_root(corpus, caplog, unreadable):
    locked = corpus / "locked.txt"
    locked.write_text("x", "utf-8")
    unreadable("locked.txt")
    with caplog.at_level(logging.WARNING):
        _served(corpus)
    warnings = _warned(caplog, "locked.txt")
    assert len(warnings) == 1 and "Permission denied" in warnings[0]


def test_symlink_loop_does_not_hang(corpus, caplog):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "loop").symlink_to(corpus, target_is_directory=True)
    (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt")
    with caplog.at_level(logging.WARNING):
        r = _served(corpus)
    assert len(r.passages) == 18


def test_only_bad_files_is_a_clear_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match="no readable news page"):
        load_corpus(tmp_path)
