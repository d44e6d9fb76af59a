"""Tokenization: normalisation, jieba segmentation and stopword removal.

The index never calls jieba directly: it takes any ``Callable[[str], list[str]]``.
``Tokenizer`` is the one Yanlu uses for passages and questions alike, so both sides
always agree on what a token is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np


def _import_jieba():
    """``import jieba``, without the ``pkg_resources`` import jieba 0.42.1 makes for nothing but
    opening its own data files (about 0.09 s of CPU in every process that starts, serial in a
    build): told that it is missing, jieba opens the same files by path (its ``_compat`` fallback,
    the path it takes wherever setuptools is not installed). Any later ``import pkg_resources``
    works as usual."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # (an import then raises ImportError)
    try:
        import jieba
    finally:
        if blocked and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()

from ..segmentation import route_ends, singles  # noqa: E402
from ..text import normalize  # noqa: E402

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
# words are then added through add_word. Pinned by tests/search/test_tokenizer.py (the same segmentation as
# a Tokenizer initialised by jieba itself); revisit with any jieba release.
_BASE_LOCK = threading.Lock()
_BASE: tuple[dict[str, int], int] | None = None  # jieba's default dictionary, as loaded once


def _base_dictionary(cache_dir: Path | None) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary and total, loaded once per process (from ``cache_dir/jieba.cache``,
    or faster from its copy ``cache_dir/jieba-base.bin``: see ``BaseDictionaryFile``).

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
            copy = BaseDictionaryFile(cache_dir) if cache_dir is not None and base.tmp_dir is not None else None
            loaded = copy.load() if copy is not None else None
            if loaded is None:
                base.initialize()
                loaded = (base.FREQ, base.total)
                if copy is not None:
                    copy.save(*loaded)
            _BASE = loaded
        return _BASE


class BaseDictionaryFile:
    """jieba's default prefix dictionary as ``jieba.cache`` holds it, in a form that loads in a
    quarter of the time: ``jieba-base.bin`` beside it, made from it on first use.

    jieba's cache is a ``marshal`` dump of (FREQ, total) that takes about 0.65 s to load — serial
    time in every build, before any worker starts. This file holds the same words ("\\n"-joined
    UTF-8, in the dictionary's order) and frequencies (int64) and loads in about 0.15 s
    (``dict(zip(...))``, the same dictionary, in the same order). It is used only while it
    matches ``jieba.cache`` byte for byte (the SHA-256 of that file and jieba's version are in its
    header; its own body is checked against a SHA-256 too): anything else — no jieba.cache,
    another one, a damaged copy — loads jieba's cache the usual way and writes the copy again.
    Like jieba's cache, it is made once per cache folder, whatever the corpus.
    """

    NAME = "jieba-base.bin"
    MAGIC = b"yanlu jieba base 1\n"

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / self.NAME
        self.source = self.folder / "jieba.cache"  # where jieba.Tokenizer(tmp_dir=folder) keeps it

    def _source_key(self) -> str | None:
        try:
            data = self.source.read_bytes()
        except OSError:
            return None
        return f"jieba {jieba.__version__} {hashlib.sha256(data).hexdigest()}"

    def load(self) -> tuple[dict[str, int], int] | None:
        """(FREQ, total) when the copy matches jieba's cache, else None."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        key = self._source_key()
        try:
            if key is None or not data.startswith(self.MAGIC):
                return None
            end = data.index(b"\n", len(self.MAGIC))
            head = json.loads(data[len(self.MAGIC) : end])
            body = memoryview(data)[end + 1 :]
            n, size, total = head["n"], head["words"], head["total"]
            if head["source"] != key or hashlib.sha256(body).hexdigest() != head["sha256"]:
                return None
            if not (isinstance(n, int) and isinstance(size, int) and isinstance(total, int)) or len(body) != size + 8 * n:
                return None
            words = str(body[:size], "utf-8").split("\n") if n else []
            freqs = np.frombuffer(body[size:], dtype="<i8").tolist()
            if len(words) != n:
                return None
            freq = dict(zip(words, freqs))
            return (freq, total) if len(freq) == n else None
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None

    def save(self, freq: dict[str, int], total: int) -> None:
        """Write the copy of (FREQ, total), as loaded from jieba's cache (nothing when that cannot be read)."""
        key = self._source_key()
        joined = "\n".join(freq)
        if key is None or joined.count("\n") != max(len(freq) - 1, 0):  # (a word holding a line break)
            return
        words = joined.encode("utf-8")
        body = words + np.fromiter(freq.values(), dtype="<i8", count=len(freq)).tobytes()
        head = {"source": key, "n": len(freq), "words": len(words), "total": int(total), "sha256": hashlib.sha256(body).hexdigest()}
        try:
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-jieba-base-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(self.MAGIC + json.dumps(head).encode() + b"\n")
                    f.write(body)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            log.debug("could not write %s (%s)", self.path, exc)


_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")  # jieba's re_han_default
_SKIP = re.compile("(\r\n|\\s)")  # its re_skip_default
_ENG = re.compile("[a-zA-Z0-9]")  # its re_eng
# ``Tokenizer.straddlers``: a piece of a word whose cut through it is this many times less probable
# than the word's own cut into smaller words lies across two of them (log 100 ≈ 4.6 nats)
STRADDLE_ODDS = 100.0


def cut_for_search(freq: dict[str, int], total: int, text: str, alone: list[int | None] | None = None) -> list[str]:
    """Exactly ``jieba.Tokenizer.lcut_for_search(text, HMM=False)`` for the tokenizer whose prefix
    dictionary is ``freq`` and total ``total``: the same blocks, the same most probable route
    (jieba's ``get_DAG`` and ``calc`` fused, one dictionary look-up per fragment, a tie keeping
    the longer word as jieba's tuples do), English letters and digits run together, and each
    word of more than two characters preceded by its dictionary 2-grams and 3-grams — in one
    pass, without jieba's generators (tests/search/test_tokenizer.py holds it to jieba's output).
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

    def straddlers(self, text: str, among: Container[str] | None = None) -> frozenset[str]:
        """The search cut's pieces of ``text`` that are no word of the text's own cut: each lies,
        wherever it stands in the text, across two of its words. A piece (a dictionary 2- or
        3-gram the search cut adds inside a word of three characters or more) is one when it is
        no word of that word's cut into smaller words (nor of theirs: 中华人民 → 中华 | 人民) and the
        most probable cut of that word through the piece is at least STRADDLE_ODDS times less
        probable than its most probable cut into smaller words (今天天气: 今|天天|气 against
        今天|天气; 国防部: 国|防部 against 国防|部); a piece jieba finds about as likely as the
        other words (立法院 → 立|法院, 邹城市 → 邹|城市) is none. A piece standing as a word of
        the text anywhere is none. ``among``: only these pieces are asked about (the question's
        weighed terms); the others are not weighed, which spares their cuts on the query path."""
        with self._lock:
            self._ensure()
            freq, total = self._jieba.FREQ, self._jieba.total
            if self._alone is None:
                self._alone = singles(freq)
            alone = self._alone
        logtotal = math.log(total)
        get = freq.get
        least = math.log(STRADDLE_ODDS)

        def value(s: str, without: str = "") -> float:
            # (the log probability of jieba's most probable route through ``s``, ``without`` a word)
            if not s:
                return 0.0
            end = route_ends(s, (lambda f: None if f == without else get(f)) if without else get, logtotal,
                             alone if len(without) != 1 else None)
            v, x = 0.0, 0
            while x < len(s):
                y = end[x] + 1
                v += math.log(get(s[x:y]) or 1) - logtotal
                x = y
            return v

        def words_of(w: str) -> set[str]:
            # (the words of ``w``'s cut without itself, and theirs in turn: 中华人民 | 共和国, 中华 | 人民…)
            end = route_ends(w, lambda f: None if f == w else get(f), logtotal, alone)
            out, x = set(), 0
            while x < len(w):
                y = end[x] + 1
                out.add(w[x:y])
                if y - x > 2:
                    out |= words_of(w[x:y])
                x = y
            return out

        own: set[str] = set()
        across: set[str] = set()
        kept: set[str] = set()  # pieces standing inside a word without lying across two of its words
        for blk in _HAN.split(normalize(text)):
            if not blk or not _HAN.match(blk):
                continue
            end = route_ends(blk, get, logtotal, alone)
            x = 0
            while x < len(blk):
                y = end[x] + 1
                w = blk[x:y]
                own.add(w)
                grams = [(i, k) for k in (2, 3) if k < len(w) for i in range(len(w) - k + 1)
                         if (among is None or w[i : i + k] in among) and get(w[i : i + k])]
                if grams:
                    whole, parts = None, words_of(w)
                    for i, k in grams:
                        g = w[i : i + k]
                        if g in parts:
                            kept.add(g)
                            continue
                        if whole is None:
                            whole = value(w, w)
                        through = value(w[:i]) + math.log(get(g)) - logtotal + value(w[i + k :])
                        (across if whole - through >= least else kept).add(g)
                x = y
        return frozenset(across - kept - own)

    def __call__(self, text: str) -> list[str]:
        return [w for w in self.words(text) if w not in self._stop]
