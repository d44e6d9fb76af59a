"""An index's vocabulary (word → term id) in four flat arrays, not a dict of every word.

A dict of the 233,000 words of the 100,000-passage bench index is about 28 MB of Python
objects, built at every start; these arrays are memory-mapped with the postings, and a
serving process reads only the pages its questions' words hash to. The words are one UTF-8
blob (``words``) cut by ``word_ptr`` (term ``t`` is ``words[word_ptr[t]:word_ptr[t+1]]``);
``buckets`` (a power of two, plus one) cuts ``bucket_terms`` into hash buckets: the term ids
whose word's CRC-32 (zlib's, stable across processes) has those low bits, in id order. A
lookup hashes the word, and compares its bytes with those of the terms of its bucket (about
one). Looked-up words are remembered (``MEMO`` of them, then forgotten all at once), so a
question's words, looked up again by the ranking, cost a dict lookup.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

MEMO = 1 << 14  # looked-up words remembered; the memo is emptied when it holds this many
ARRAYS = {"words": np.uint8, "word_ptr": np.int64, "buckets": np.int64, "bucket_terms": np.int32}  # their types


def _encode(word: str) -> bytes:
    return word.encode("utf-8", "surrogatepass")


class WordIds(Mapping):
    """A read-only ``Mapping[str, int]`` of words to term ids whose ``get`` does the work (the
    lookup a query makes per word): ``[]`` and ``in`` go through it."""

    def __getitem__(self, word: str) -> int:
        t = self.get(word)
        if t is None:
            raise KeyError(word)
        return t

    def __contains__(self, word: object) -> bool:
        return self.get(word) is not None


class Vocabulary(WordIds):
    """A read-only ``Mapping[str, int]`` of words to term ids ``0 .. len - 1`` (see the module)."""

    def __init__(self, words: np.ndarray, word_ptr: np.ndarray, buckets: np.ndarray, bucket_terms: np.ndarray):
        self._arrays = {"words": words, "word_ptr": word_ptr, "buckets": buckets, "bucket_terms": bucket_terms}
        self._blob = words.tobytes()  # (compared in place by bytes.startswith: no copy per lookup)
        self._ptr = memoryview(np.ascontiguousarray(word_ptr)).cast("B").cast("q")  # Python ints
        self._buckets = memoryview(np.ascontiguousarray(buckets)).cast("B").cast("q")
        self._terms = memoryview(np.ascontiguousarray(bucket_terms)).cast("B").cast("i")
        self._mask = len(buckets) - 2
        self._len = len(word_ptr) - 1
        self._memo: dict[str, int] = {}

    @classmethod
    def of(cls, words: Sequence[str]) -> Vocabulary:
        """The vocabulary of distinct ``words``, term ``i`` being ``words[i]``."""
        enc = [_encode(w) for w in words]
        n = len(enc)
        word_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, enc), dtype=np.int64, count=n), out=word_ptr[1:])
        blob = np.frombuffer(b"".join(enc), dtype=np.uint8).copy()
        n_buckets = 1 << max(n - 1, 0).bit_length()
        bucket = np.fromiter(map(zlib.crc32, enc), dtype=np.int64, count=n) & (n_buckets - 1)
        buckets = np.zeros(n_buckets + 1, dtype=np.int64)
        np.cumsum(np.bincount(bucket, minlength=n_buckets), out=buckets[1:])
        terms = np.argsort(bucket, kind="stable").astype(np.int32)
        return cls(blob, word_ptr, buckets, terms)

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], deep: bool = True) -> Vocabulary:
        """The vocabulary of ``arrays()``; ValueError unless its invariants hold. ``deep``: also those
        that read every word (UTF-8, distinct, each in its hash bucket)."""
        a = {}
        for name, dtype in ARRAYS.items():
            arr = arrays.get(name)
            if arr is None:
                raise ValueError(f"vocabulary array {name} is missing")
            if arr.dtype != dtype or arr.ndim != 1:
                raise ValueError(f"vocabulary array {name} has the wrong type")
            a[name] = arr
        n, n_buckets = len(a["word_ptr"]) - 1, len(a["buckets"]) - 1
        if n < 0 or n_buckets < 1 or n_buckets & (n_buckets - 1) or len(a["bucket_terms"]) != n:
            raise ValueError("vocabulary arrays disagree")
        ptr, buckets = a["word_ptr"], a["buckets"]
        if ptr[0] != 0 or ptr[-1] != len(a["words"]) or buckets[0] != 0 or buckets[-1] != n:
            raise ValueError("vocabulary offsets are inconsistent")
        vocab = cls(a["words"], ptr, buckets, a["bucket_terms"])
        if deep:
            if n and (np.any(np.diff(ptr) < 0) or np.any(np.diff(buckets) < 0)):
                raise ValueError("vocabulary offsets are inconsistent")
            try:
                words = vocab.words()
            except UnicodeDecodeError:
                raise ValueError("vocabulary is not UTF-8") from None
            terms = a["bucket_terms"].astype(np.int64)
            if n and (terms.min() < 0 or terms.max() >= n or np.bincount(terms, minlength=n).max() != 1):
                raise ValueError("vocabulary buckets are inconsistent")
            bucket = np.fromiter((zlib.crc32(_encode(w)) for w in words), dtype=np.int64, count=n) & (n_buckets - 1)
            if not np.array_equal(bucket[terms], np.repeat(np.arange(n_buckets), np.diff(buckets))):
                raise ValueError("vocabulary buckets are inconsistent")
            if len(set(words)) != n:
                raise ValueError("vocabulary repeats a word")
        return vocab

    def arrays(self) -> dict[str, np.ndarray]:
        """The vocabulary as the plain 1-D arrays of ``ARRAYS``."""
        return dict(self._arrays)

    def words(self) -> list[str]:
        """Every word, at its term id."""
        blob, ptr = self._blob, self._ptr.tolist()
        return [blob[a:b].decode("utf-8", "surrogatepass") for a, b in zip(ptr, ptr[1:])]

    def _find(self, word: str) -> int:
        try:
            b = word.encode()
        except UnicodeEncodeError:  # a lone surrogate
            b = _encode(word)
        ptr, size, buckets = self._ptr, len(b), self._buckets
        h = zlib.crc32(b) & self._mask
        for i in range(buckets[h], buckets[h + 1]):
            t = self._terms[i]
            at = ptr[t]
            if ptr[t + 1] - at == size and self._blob.startswith(b, at):
                return t
        return -1

    def get(self, word, default=None):
        memo = self._memo
        t = memo.get(word)
        if t is None:
            if not isinstance(word, str):
                return default
            t = self._find(word)
            if len(memo) >= MEMO:
                memo.clear()
            memo[word] = t
        return default if t < 0 else t

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[str]:
        return iter(self.words())
