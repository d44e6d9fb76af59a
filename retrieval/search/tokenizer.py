"""Tokenization: normalisation, jieba segmentation and stopword removal.

The index never calls jieba directly: it takes any ``Callable[[str], list[str]]``.
``Tokenizer`` is the one Yanlu uses for passages and questions alike, so both sides
always agree on what a token is.
"""

from __future__ import annotations

import logging
import os
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
log = logging.getLogger(__name__)


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


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[frozenset[str], dict[str, tuple[str, ...]], dict[int, str]] | None:
    """What lets ``to_simplified`` skip opencc's converter, read once from t2s's own dictionaries.

    t2s is one group of dictionaries (phrases, then characters); opencc converts each piece of
    text by the longest key first, phrase keys before character keys, the first value of each.
    Returns ``changes``: every character through which a key can change a text (those its
    value changes, or the whole key when the lengths differ), so a text holding none of them
    matches no converting key and comes out unchanged; ``phrases``: every key longer than one
    character, filed under one of its characters (a converting one where there is one), so
    that finding which phrases occur in a text takes a few substring tests; ``table``: the
    character keys as a ``str.translate`` table, which is exactly what opencc does to a text
    in which no phrase occurs. None when the dictionaries are not laid out like that (opencc
    then converts every text).
    """
    import json

    import opencc

    base = Path(opencc.__file__).resolve().parent
    try:
        chain = json.loads((base / "config" / "t2s.json").read_text("utf-8"))["conversion_chain"]
        if len(chain) != 1 or chain[0]["dict"]["type"] != "group":
            return None
        entries: list[tuple[str, str]] = []
        for d in chain[0]["dict"]["dicts"]:
            if d["type"] != "txt":
                return None
            for line in (base / "dictionary" / d["file"]).read_text("utf-8").splitlines():
                key, value = line.strip().split("\t")
                entries.append((key, value.split(" ")[0]))
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("could not read opencc's t2s dictionaries (%s); converting every text", exc)
        return None
    changes: set[str] = set()
    for key, value in entries:
        if key != value:
            changes.update(k for k, v in zip(key, value) if k != v) if len(key) == len(value) else changes.update(key)
    table: dict[int, str] = {}
    for key, value in entries:
        if len(key) == 1:
            table.setdefault(ord(key), value)  # the first dictionary of the group wins, as in opencc
    phrases: dict[str, list[str]] = {}
    for key, _ in entries:
        if len(key) > 1:
            guard = next((c for c in key if c in changes), None) or next((c for c in key if ord(c) in table), key[-1])
            phrases.setdefault(guard, []).append(key)
    separators = _t2s().split_chars_re
    if any(separators.fullmatch(chr(c)) for c in table):  # opencc never converts a separator
        return None
    return frozenset(changes), {c: tuple(keys) for c, keys in phrases.items()}, table


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese (a no-op on simplified text): exactly what opencc's t2s returns.

    Text with no character t2s could change (most simplified text) is returned as is; text
    in which no phrase occurs is converted character by character with ``str.translate``;
    only the rest runs opencc's converter (about 20× slower than the rest of ``normalize``).
    """
    if not text:
        return text
    tables = _t2s_tables()
    if tables is not None:
        changes, phrases, table = tables
        if changes.isdisjoint(text):
            return text
        if not any(key in text for c in phrases.keys() & set(text) for key in phrases[c]):
            return text.translate(table)  # phrase keys hold no separator: none occurs, none matches
    return _t2s().convert(text)


def normalize(text: str) -> str:
    """NFKC, lower case, invisible/format characters removed, traditional → simplified."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text).lower()
    return to_simplified(text)


def default_cache_dir() -> Path:
    """Where Yanlu keeps its caches: $QA_CACHE_DIR, else .cache/yanlu under the current directory."""
    return Path(os.environ.get("QA_CACHE_DIR") or Path(".cache") / "yanlu")


def use_cache_dir(cache_dir: Path) -> None:
    """Point jieba's global tokenizer (used by attribution) at our cache folder, not /tmp."""
    if not jieba.dt.initialized:
        cache_dir.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(cache_dir)


_BASE_LOCK = threading.Lock()
_BASE: tuple[dict[str, int], int] | None = None  # jieba's default dictionary, as loaded once


def _base_dictionary(cache_dir: Path) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary and total, loaded once per process (from ``cache_dir/jieba.cache``).

    Every Tokenizer starts from a copy (tens of milliseconds) instead of loading it again
    (about 0.6 s): the copy is exactly what ``jieba.Tokenizer.initialize()`` would build.
    """
    global _BASE
    with _BASE_LOCK:
        if _BASE is None:
            base = jieba.Tokenizer()
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                base.tmp_dir = str(cache_dir)
            except OSError:  # an unwritable cache folder: jieba falls back to its temp dir
                pass
            base.initialize()
            _BASE = (base.FREQ, base.total)
        return _BASE


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
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._lock = threading.Lock()
        self._ready = False
        self._stop = stopwords()
        self._user_freqs: tuple[tuple[str, int], ...] | None = None
        self._load_dictionary = dictionary
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
            pieces = self._jieba.lcut_for_search(normalize(text), HMM=False)
        return [p for p in (s.strip() for s in pieces) if p and _WORDLIKE.search(p)]

    def __call__(self, text: str) -> list[str]:
        return [w for w in self.words(text) if w not in self._stop]
