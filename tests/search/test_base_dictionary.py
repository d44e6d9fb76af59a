"""jieba's default dictionary, loaded from ``jieba-base.bin`` (tokenizer.BaseDictionaryFile): the
same dictionary jieba's own cache holds, used only while it matches that cache byte for byte."""

from __future__ import annotations

import marshal
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.search import tokenizer as tokenize
from retrieval.search.tokenizer import BaseDictionaryFile, Tokenizer


@pytest.fixture
def folder(tmp_path, jieba_dictionary) -> Path:
    shutil.copy(jieba_dictionary, tmp_path / "jieba.cache")
    return tmp_path


def _jieba_own(folder: Path) -> tuple[dict, int]:
    with open(folder / "jieba.cache", "rb") as f:
        return marshal.load(f)


def test_the_copy_is_made_on_first_use_and_loads_jieba_s_dictionary(folder, monkeypatch):
    monkeypatch.setattr(tokenize, "_BASE", None)  # as in a fresh process
    freq, total = tokenize._base_dictionary(folder)
    assert (folder / "jieba-base.bin").is_file()
    loaded = BaseDictionaryFile(folder).load()
    assert loaded is not None
    own_freq, own_total = _jieba_own(folder)
    assert loaded[1] == own_total == total
    assert loaded[0] == own_freq == freq
    assert list(loaded[0]) == list(own_freq)  # the same order of words, too
    # a fresh process takes the copy: the same dictionary again
    monkeypatch.setattr(tokenize, "_BASE", None)
    calls = []
    monkeypatch.setattr(tokenize.jieba.Tokenizer, "initialize", lambda self, *a: calls.append(1))
    again, again_total = tokenize._base_dictionary(folder)
    assert calls == [] and again == own_freq and again_total == own_total


def test_tokens_are_the_same_with_and_without_the_copy(folder, monkeypatch):
    text = "研究院院长田杰表示，今年将继续推进科技创新，天开西青园引进了多少项目？"
    monkeypatch.setattr(tokenize, "_BASE", None)
    without = Tokenizer(["田杰"], cache_dir=folder)(text)  # (jieba's cache; the copy is written)
    assert (folder / "jieba-base.bin").is_file()
    monkeypatch.setattr(tokenize, "_BASE", None)
    with_copy = Tokenizer(["田杰"], cache_dir=folder)
    assert with_copy(text) == without
    assert with_copy.user_freqs == Tokenizer(["田杰"], cache_dir=folder).user_freqs


def test_a_copy_of_another_jieba_cache_is_not_used(folder, monkeypatch):
    copy = BaseDictionaryFile(folder)
    freq, total = _jieba_own(folder)
    copy.save(freq, total)
    assert copy.load() is not None
    # jieba's cache changes (another jieba, another dictionary): the copy no longer applies
    with open(folder / "jieba.cache", "wb") as f:
        marshal.dump(({"甲": 3, "乙": 4}, 7), f)
    assert copy.load() is None
    monkeypatch.setattr(tokenize, "_BASE", None)
    assert tokenize._base_dictionary(folder) == ({"甲": 3, "乙": 4}, 7)  # jieba's, and the copy made again
    assert copy.load() == ({"甲": 3, "乙": 4}, 7)
    # no jieba cache at all: no copy is trusted
    (folder / "jieba.cache").unlink()
    assert copy.load() is None


@pytest.mark.parametrize("damage", ["flip", "truncate", "header"])
def test_a_damaged_copy_is_ignored(folder, damage):
    copy = BaseDictionaryFile(folder)
    copy.save(*_jieba_own(folder))
    data = bytearray((folder / "jieba-base.bin").read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        del data[-8:]
    else:
        data[: len(BaseDictionaryFile.MAGIC) + 5] = b"x" * (len(BaseDictionaryFile.MAGIC) + 5)
    (folder / "jieba-base.bin").write_bytes(bytes(data))
    assert copy.load() is None


def test_an_unwritable_folder_still_loads_jieba_s_dictionary(folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(tokenize.tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tokenize, "_BASE", None)
    assert tokenize._base_dictionary(folder) == _jieba_own(folder)
    assert not (folder / "jieba-base.bin").exists()


def test_jieba_is_imported_without_pkg_resources_which_stays_importable():
    code = (
        "import sys, retrieval, jieba, jieba.posseg\n"
        "print('pkg_resources' in sys.modules)\n"
        "import pkg_resources\n"
        "print(pkg_resources.__name__)\n"
        "print(len(jieba.posseg.dt.word_tag_tab) > 100000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["False", "pkg_resources", "True"]
