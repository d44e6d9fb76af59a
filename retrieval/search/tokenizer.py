"""Tokenization: normalisation, jieba segmentation and stopword removal.

The index never calls jieba directly: it takes any ``Callable[[str], list[str]]``.
``Tokenizer`` is the one Yanlu uses for passages and questions alike, so both sides
always agree on what a token is.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import jieba

from ..segmentation import route_ends, singles
from ..text import normalize

Tokenize = Callable[[str], list[str]]

# A token must hold at least one letter or digit of some script; this drops whitespace,
# punctuation, symbols and emoji without listing them.
_WORDLIKE = re.compile(r"\w", re.UNICODE)

jieba.setLogLevel(logging.WARNING)
log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stopword list kept as data in ``retrieval/data/stopwords.txt``."""
    text = resources.files("retrieval").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def use_cache_dir(cache_dir: Path) -> None:
    """Point jieba's global tokenizer (used by attribution) at our cache folder, not /tmp.

    Ingestion calls this before attribution, which loads jieba's default dictionary into the
    global tokenizer, and the Tokenizers that cut the passages load the same dictionary again:
    the global one now starts from a copy of the base dictionary every Tokenizer copies, so a
    build (and each worker process) reads it once, not twice. Nothing ever adds words to the
    global tokenizer; its copy is exactly what ``jieba.dt.initialize()`` would load.
    """
    if not jieba.dt.initialized:
        cache_dir.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(cache_dir)
        if jieba.dt.dictionary != jieba.DEFAULT_DICT or jieba.dt.cache_file is not None:
            return  # someone pointed it at another dictionary: jieba loads that one
        freq, total = _base_dictionary(cache_dir)
        with jieba.dt.lock:
            if not jieba.dt.initialized:
                jieba.dt.FREQ, jieba.dt.total = dict(freq), total
                jieba.dt.initialized = True


# jieba 0.42.1's public API: jieba.Tokenizer(dictionary), initialize(), add_word, suggest_freq,
# load_userdict, and the tmp_dir / cache_file attributes (documented in jieba's README, "更改分词器
#的 tmp_dir 和 cache_file 属性"). It has no public way to start a Tokenizer from another one's
# dictionary, nor to hand it a dictionary already in memory: initialize() re-reads its marshal cache
# (about 0.6 s) for every Tokenizer. So the prefix dictionary (FREQ, total, initialized) is set
# directly below, from one loaded per process or from the corpus cache (tens of milliseconds); the
# words are then added through add_word. Pinned by tests/test_tokenizer.py (the same segmentation as
# a Tokenizer initialised by jieba itself); revisit with any jieba release.
_BASE_LOCK = threading.Lock()
_BASE: tuple[dict[str, int], int] | None = None  # jieba's default dictionary, as loaded once


def _base_dictionary(cache_dir: Path | None) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary and total, loaded once per process (from ``cache_dir/jieba.cache``).

    Every Tokenizer starts from a copy (tens of milliseconds) instead of loading it again
    (about 0.6 s): the copy is exactly what ``jieba.Tokenizer.initialize()`` would build.
    """
    global _BASE
    with _BASE_LOCK:
        if _BASE is None:
            base = jieba.Tokenizer()
            try:
                if cache_dir is not None:
                    cache_dir.mkdir(parents=True, exist_ok=True)
                    base.tmp_dir = str(cache_dir)
            except OSError:  # an unwritable cache folder: jieba falls back to its temp dir
                pass
            base.initialize()
            _BASE = (base.FREQ, base.total)
        return _BASE


_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")  # jieba's re_han_default
_SKIP = re.compile("(\r\n|\\s)")  # its re_skip_default
_ENG = re.compile("[a-zA-Z0-9]")  # its re_eng


def cut_for_search(freq: dict[str, int], total: int, text: str, alone: list[int | None] | None = None) -> list[str]:
    """Exactly ``jieba.Tokenizer.lcut_for_search(text, HMM=False)`` for the tokenizer whose prefix
    dictionary is ``freq`` and total ``total``: the same blocks, the same most probable route
    (jieba's ``get_DAG`` and ``calc`` fused, one dictionary look-up per fragment, a tie keeping
    the longer word as jieba's tuples do), English letters and digits run together, and each
    word of more than two characters preceded by its dictionary 2-grams and 3-grams — in one
    pass, without jieba's generators (tests/test_tokenizer.py holds it to jieba's output).
    ``alone``: ``segmentation.singles(freq)``, if made (the same cut, faster)."""
    out: list[str] = []
    logtotal = math.log(total)
    get = freq.get

    def emit(w: str) -> None:
        m = len(w)
        if m > 2:
            for i in range(m - 1):
                if get(w[i : i + 2]):
                    out.append(w[i : i + 2])
            if m > 3:
                for i in range(m - 2):
                    if get(w[i : i + 3]):
                        out.append(w[i : i + 3])
        out.append(w)

    for blk in _HAN.split(text):
        if not blk:
            continue
        if not _HAN.match(blk):
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)  # "\r\n" or one blank: never more than two characters
                else:
                    out.extend(x)  # one character at a time
            continue
        n = len(blk)
        end = route_ends(blk, get, logtotal, alone)
        x, buf = 0, ""
        while x < n:
            y = end[x] + 1
            if y - x == 1 and _ENG.match(blk, x):
                buf += blk[x]
            else:
                if buf:
                    emit(buf)
                    buf = ""
                if y - x <= 2:
                    out.append(blk[x:y])  # (emit of a word of one or two characters)
                else:
                    emit(blk[x:y])
            x = y
        if buf:
            emit(buf)
    return out


class Tokenizer:
    """jieba with a user dictionary derived from the corpus, behind ``__call__``.

    Each instance owns a ``jieba.Tokenizer`` so that two corpora never share words. jieba
    loads its dictionary (about 0.6 s, from its marshal cache in ``cache_dir``) on first use
    or in the background after ``warm_up()``, so that a cached index starts at once.
    ``user_freqs`` are the (word, frequency) pairs added to jieba, in order: passing them
    back (from a cache) rebuilds exactly the same dictionary without re-deriving them;
    ``dictionary``, with them, loads the complete dictionary saved with a cached index
    (about 0.15 s instead of 0.6 s; on any error the dictionary is derived again).
    """

    def __init__(
        self,
        user_words: Iterable[str] = (),
        cache_dir: Path | None = None,
        *,
        user_freqs: Iterable[tuple[str, int]] | None = None,
        dictionary: Callable[[], tuple[dict[str, int], int]] | None = None,
    ):
        self._jieba = jieba.Tokenizer()
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None  # None: jieba's own temp folder
        self._lock = threading.Lock()
        self._ready = False
        self._stop = stopwords()
        self._user_freqs: tuple[tuple[str, int], ...] | None = None
        self._load_dictionary = dictionary
        self._alone: list[int | None] | None = None  # segmentation.singles of the dictionary, once loaded
        if user_freqs is not None:
            self._user_freqs = tuple((str(w), int(f)) for w, f in user_freqs)
            self.user_words: tuple[str, ...] = tuple(w for w, _ in self._user_freqs)
        else:
            self.user_words = tuple(sorted({normalize(w) for w in user_words if len(w.strip()) >= 2}))

    def _ensure(self) -> None:
        """Load jieba and add the user words; the caller holds the lock."""
        if self._ready:
            return
        if self._load_dictionary is not None and self._user_freqs is not None:
            try:  # the complete dictionary, user words included, as saved with a cached index
                self._jieba.FREQ, self._jieba.total = self._load_dictionary()
                self._jieba.initialized = True
                self._ready = True
                return
            except Exception as exc:  # never trusted: fall back to deriving it again
                log.warning("ignored the cached jieba dictionary: %s; rebuilding it", exc)
        freq, total = _base_dictionary(self._cache_dir)
        self._jieba.FREQ, self._jieba.total = dict(freq), total
        self._jieba.initialized = True
        if self._user_freqs is None:
            freqs = []
            for word in self.user_words:
                freq = max(self._jieba.suggest_freq(word), 1000)
                self._jieba.add_word(word, freq=freq)
                freqs.append((word, freq))
            self._user_freqs = tuple(freqs)
        else:
            for word, freq in self._user_freqs:
                self._jieba.add_word(word, freq=freq)
        self._ready = True

    @property
    def user_freqs(self) -> tuple[tuple[str, int], ...]:
        with self._lock:
            self._ensure()
            return self._user_freqs  # type: ignore[return-value]

    def dictionary(self) -> tuple[dict[str, int], int]:
        """jieba's prefix dictionary (user words included) and its total frequency, read-only."""
        with self._lock:
            self._ensure()
            return self._jieba.FREQ, self._jieba.total

    def warm_up(self) -> threading.Thread:
        """Load jieba in a background thread; the first question waits for it if need be."""

        def run() -> None:
            with self._lock:
                self._ensure()

        thread = threading.Thread(target=run, name="jieba-warm-up", daemon=True)
        thread.start()
        return thread

    def words(self, text: str) -> list[str]:
        """Every word-like segment of the normalised text, stopwords included."""
        with self._lock:
            self._ensure()
            if self._alone is None:  # (the dictionary never changes once loaded)
                self._alone = singles(self._jieba.FREQ)
            pieces = cut_for_search(self._jieba.FREQ, self._jieba.total, normalize(text), self._alone)
        # (a piece is blank or holds no blank, and a blank is no \w: stripping drops nothing kept)
        search = _WORDLIKE.search
        return [p for p in pieces if search(p)]

    def __call__(self, text: str) -> list[str]:
        return [w for w in self.words(text) if w not in self._stop]
