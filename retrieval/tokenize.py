"""Tokenization: normalisation, jieba segmentation and stopword removal.

The index never calls jieba directly: it takes any ``Callable[[str], list[str]]``.
``Tokenizer`` is the one Yanlu uses for passages and questions alike, so both sides
always agree on what a token is.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jieba

Tokenize = Callable[[str], list[str]]

# A token must hold at least one letter or digit of some script; this drops whitespace,
# punctuation, symbols and emoji without listing them.
_WORDLIKE = re.compile(r"\w", re.UNICODE)
_CONTROL = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffd]")

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword list kept as data in ``retrieval/data/stopwords.txt``."""
    text = resources.files("retrieval").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # opencc-python-reimplemented

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese (a no-op on simplified text)."""
    return _t2s().convert(text) if text else text


def normalize(text: str) -> str:
    """NFKC, lower case, invisible/format characters removed, traditional → simplified."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text).lower()
    return to_simplified(text)


class Tokenizer:
    """jieba with a user dictionary derived from the corpus, behind ``__call__``.

    Each instance owns a ``jieba.Tokenizer`` so that two corpora never share words.
    """

    def __init__(self, user_words: Iterable[str] = (), cache_dir: Path | None = None):
        self._jieba = jieba.Tokenizer()
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            self._jieba.tmp_dir = str(cache_dir)
        self._lock = threading.Lock()
        self._stop = stopwords()
        self.user_words: tuple[str, ...] = tuple(
            sorted({normalize(w) for w in user_words if len(w.strip()) >= 2})
        )
        with self._lock:
            self._jieba.initialize()
            for word in self.user_words:
                self._jieba.add_word(word, freq=max(self._jieba.suggest_freq(word), 1000))

    def words(self, text: str) -> list[str]:
        """Every word-like segment of the normalised text, stopwords included."""
        with self._lock:
            pieces = self._jieba.lcut_for_search(normalize(text), HMM=False)
        return [p for p in (s.strip() for s in pieces) if p and _WORDLIKE.search(p)]

    def __call__(self, text: str) -> list[str]:
        return [w for w in self.words(text) if w not in self._stop]
