"""BM25Okapi, exactly as rank-bm25 computes it, over an inverted index.

rank-bm25 walks every passage for every query term. Here each term owns a posting list of
passages; a posting's contribution, ``idf * (tf*(k1+1) / (tf + k1*(1-b+b*dl/avgdl)))``, is
computed with the same float64 operations in the same order as
``rank_bm25.BM25Okapi.get_scores``. A query adds its terms' postings into a zero vector in
query-token order (repeats included; one ``np.bincount`` over the postings laid end to end),
which reproduces rank-bm25's score vector bit for bit while touching only the passages that
hold a query term. The top k are cut from it by a bound of the k-th best score taken from the
rarest terms' passages.

The postings are 4 bytes each (a memory-mapped index stays small in a serving process, where
the kernel maps 64 KB of a file around every page read): one integer per posting, the
passage id shifted above the index of the posting's (term frequency, passage length) pair
(the distinct pairs are a few hundred to a few thousand), so that a term's postings sort by
passage. The contribution depends on nothing else but the term's idf: the pairs' part of it,
``tf*(k1+1) / (tf + k1*(1-b+b*dl/avgdl))``, is one small float64 table computed at load with
rank-bm25's elementwise operations, and a query multiplies its entries by the idf (the same
product, so the same bits). Delta segments recompute that table
for the whole corpus's average length (``SegmentedIndex``). The vocabulary is a hashed table
over a UTF-8 blob (``vocabulary.Vocabulary``), not a dict of every word.

The scores are defined as ``rank_bm25.BM25Okapi``'s (rank-bm25 is a declared dependency, and
tests/search/test_bm25.py compares the two on every passage). ``save(dir)`` / ``load(dir, mmap=True)``
keep an index as ``.npy`` arrays, as bm25s does: ``np.save`` and
``np.load(allow_pickle=False, mmap_mode="r")``, so nothing is unpickled and a loaded index
shares its pages with every process that maps the same files.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import numpy as np

from . import kernels
from .vocabulary import ARRAYS as VOCAB_ARRAYS
from .vocabulary import Vocabulary, WordIds

K1 = 1.5
B = 0.75
EPSILON = 0.25
_SAMPLE = 2048  # passages of one term looked at to bound the k-th best score
_DENSE_PAIRS = 1 << 24  # (passage length, tf) cells numbered through a dense table up to this many


@dataclass(frozen=True, slots=True)
class Postings:
    """CSR layout: the postings of term ``t`` are ``packed[ptr[t]:ptr[t+1]]``, sorted. A posting is
    ``passage << pair_bits | pair``: its (term frequency, passage length) pair is
    ``pair_tf[pair]``, ``pair_dl[pair]``."""

    ptr: np.ndarray  # int64, len(vocab) + 1
    packed: np.ndarray  # uint32 (uint64 when the passage ids and the pairs need more than 32 bits)
    pair_tf: np.ndarray  # int64, the distinct pairs' term frequencies
    pair_dl: np.ndarray  # int64, ... and passage lengths (sorted by length, then tf)
    pair_bits: int  # pair_bits_of(len(pair_tf))


def pair_bits_of(n_pairs: int) -> int:
    """The bits that hold the index of one of ``n_pairs`` pairs."""
    return max(n_pairs - 1, 0).bit_length()


def _packed_dtype(n: int, pair_bits: int) -> type:
    """uint32 when passage ids below ``n`` fit above ``pair_bits`` bits, else uint64."""
    bits = max(n - 1, 0).bit_length() + pair_bits
    if bits > 63:
        raise ValueError("too many passages and (tf, length) pairs for 63 bits")
    return np.uint32 if bits <= 32 else np.uint64


# The arrays an index is saved as, with their types: index-<name>.npy.
ARRAYS = {
    "ptr": (np.int64,), "packed": (np.uint32, np.uint64), "pair_tf": (np.int64,), "pair_dl": (np.int64,),
    "idf": (np.float64,), "doc_len": (np.int64,), "scalars": (np.float64,),
    **{name: (dtype,) for name, dtype in VOCAB_ARRAYS.items()},
}  # fmt: skip


_FLUSH = 1 << 16  # BM25Index.build: postings gathered in lists, then arrays, this many at a time


def _pair_weights(pair_tf: np.ndarray, pair_dl: np.ndarray, avgdl: float) -> np.ndarray:
    """rank-bm25's contribution without its idf, ``tf*(k1+1) / (tf + k1*(1-b+b*dl/avgdl))``, per pair.

    The same float64 operations in the same order as rank-bm25 (its ``k1 * (1 - b + b *
    doc_len / avgdl)``, evaluated left to right, then ``q_freq * (k1 + 1) / (q_freq + that)``);
    numpy's elementwise operations round each one alike, whatever the array they run over."""
    if avgdl <= 0 or not len(pair_tf):
        return np.zeros(len(pair_tf), dtype=np.float64)
    tf = pair_tf.astype(np.float64)
    norm = K1 * (1 - B + B * pair_dl / avgdl)
    return tf * (K1 + 1) / (tf + norm)


def _pairs(tf: np.ndarray, dl: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (tf, dl) pairs of the postings (sorted by dl, then tf) and each posting's pair (int64)."""
    if not len(tf):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    width = int(tf.max()) + 1
    cells = (int(dl.max()) + 1) * width
    key = dl * width + tf
    if cells <= _DENSE_PAIRS:  # a table of every cell: no sort of the postings
        seen = np.zeros(cells, dtype=bool)
        seen[key] = True
        distinct = np.flatnonzero(seen)
        rank = np.cumsum(seen) - 1
        codes = rank[key]
    else:
        distinct, codes = np.unique(key, return_inverse=True)
    pair_dl, pair_tf = np.divmod(distinct, width)
    return pair_tf.astype(np.int64), pair_dl.astype(np.int64), codes.astype(np.int64)


class _Parts:
    """``BM25Index.build``'s postings, gathered passage after passage in parts: each part's term
    ids and tfs as arrays, with each posting's rank among the postings of its term so far. As the
    passages come in order, that rank is the posting's place within its term once sorted by
    (term, passage): sorting them at the end is one scatter, and the sorting work is done part by
    part, while the passages still come (a parallel build's workers still cutting the last ones)."""

    def __init__(self) -> None:
        self.terms: list[np.ndarray] = []
        self.tfs: list[np.ndarray] = []
        self.ranks: list[np.ndarray] = []
        self.seen = np.zeros(0, dtype=np.int64)  # postings so far, per term id

    def add(self, terms: list[int], tfs: list[int], n_terms: int) -> None:
        """The next postings (term ids < ``n_terms``), in passage order."""
        t = np.array(terms, dtype=np.int64)
        if len(self.seen) < n_terms:
            self.seen = np.concatenate([self.seen, np.zeros(n_terms - len(self.seen), dtype=np.int64)])
        order = np.argsort(t, kind="stable")  # by term, passage order kept within each term
        st = t[order]
        first = np.ones(len(st), dtype=bool)
        np.not_equal(st[1:], st[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        rank = np.empty(len(t), dtype=np.int64)
        rank[order] = np.arange(len(t), dtype=np.int64) - np.repeat(starts, np.diff(np.append(starts, len(st)))) + self.seen[st]
        self.seen += np.bincount(t, minlength=len(self.seen))
        self.terms.append(t)
        self.tfs.append(np.array(tfs, dtype=np.int64))
        self.ranks.append(rank)

    def by_term(self, doc: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(term, passage, tf) of every posting, sorted by term, then passage (``doc``: each
        posting's passage, in the order they were added)."""
        term = np.concatenate(self.terms)
        tf = np.concatenate(self.tfs)
        ptr = np.zeros(len(self.seen) + 1, dtype=np.int64)
        np.cumsum(self.seen, out=ptr[1:])
        at = ptr[term] + np.concatenate(self.ranks)
        out_term, out_doc, out_tf = np.empty_like(term), np.empty_like(doc), np.empty_like(tf)
        out_term[at], out_doc[at], out_tf[at] = term, doc, tf
        return out_term, out_doc, out_tf


class BM25Index:
    """Exact BM25Okapi scores (k1=1.5, b=0.75, epsilon=0.25) from tokenized passages."""

    def __init__(
        self,
        vocab: Vocabulary,
        idf: np.ndarray,
        doc_len: np.ndarray,
        postings: Postings,
        avgdl: float,
        average_idf: float,
    ):
        self.vocab = vocab
        self.idf = idf
        self.doc_len = doc_len
        self.postings = postings
        self.avgdl = avgdl
        self.average_idf = average_idf
        self._ptr = memoryview(np.ascontiguousarray(postings.ptr)).cast("B").cast("q")  # Python ints
        # each term's idf read as a Python float (the same double ``float(idf[t])`` gives, without a numpy scalar)
        self._idf_of = memoryview(np.ascontiguousarray(idf, dtype=np.float64)).cast("B").cast("d")
        # each pair's contribution without its idf (BM25 with every idf 1): a query multiplies by the idf
        self.pair_weights = _pair_weights(postings.pair_tf, postings.pair_dl, avgdl)
        self._pair_weight_list: list[float] = self.pair_weights.tolist()  # (a few hundred pairs)
        self._kernel_arrays: tuple[np.ndarray, ...] | None = None  # (kernel_arrays)

    @property
    def size(self) -> int:
        return int(self.doc_len.shape[0])

    @classmethod
    def build(cls, corpus: Sequence[Sequence[str]]) -> BM25Index:
        """Index tokenized passages; the corpus may be empty (every query then scores nothing)."""
        n = len(corpus)
        # Term ids in first-seen order (rank-bm25 sums its idf in that order): a missing key
        # takes the next id, so the whole mapping runs in C, right after each passage's count.
        ids: defaultdict[str, int] = defaultdict(count().__next__)
        get_id = ids.__getitem__
        terms: list[int] = []
        tf_list: list[int] = []
        parts = _Parts()
        distinct = np.zeros(n, dtype=np.int64)
        doc_len = np.zeros(n, dtype=np.int64)
        for d, tokens in enumerate(corpus):
            freqs = Counter(tokens)
            terms.extend(map(get_id, freqs))
            tf_list.extend(freqs.values())
            distinct[d] = len(freqs)
            doc_len[d] = len(tokens)
            if len(terms) >= _FLUSH:  # as it goes: while a parallel build's workers still cut, not after
                parts.add(terms, tf_list, len(ids))
                terms.clear()
                tf_list.clear()
        parts.add(terms, tf_list, len(ids))
        del terms, tf_list
        term, doc, tf = parts.by_term(np.repeat(np.arange(n, dtype=np.int64), distinct))
        vocab_list = list(ids)  # (ids were given in insertion order: term i is the i-th key)
        return cls.from_postings(vocab_list, term, doc, tf, doc_len)

    @classmethod
    def from_postings(cls, vocab_list: list[str], term: np.ndarray, doc: np.ndarray, tf: np.ndarray, doc_len: np.ndarray) -> BM25Index:
        """The index of postings sorted by (term, passage): ``term`` ids in first-seen order, ``tf`` exact."""
        n, n_terms = len(doc_len), len(vocab_list)
        doc_len = np.asarray(doc_len, dtype=np.int64)
        nd = np.bincount(term, minlength=n_terms)  # document frequency per term id
        ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(nd, out=ptr[1:])
        avgdl = float(doc_len.sum()) / n if n else 0.0
        idf, average_idf = _okapi_idf(nd.tolist(), n)
        pair_tf, pair_dl, pair = _pairs(np.asarray(tf, dtype=np.int64), doc_len[doc])
        bits = pair_bits_of(len(pair_tf))
        packed = (np.asarray(doc, dtype=np.int64) << bits | pair).astype(_packed_dtype(n, bits))
        postings = Postings(ptr=ptr, packed=packed, pair_tf=pair_tf, pair_dl=pair_dl, pair_bits=bits)
        return cls(Vocabulary.of(vocab_list), idf, doc_len, postings, avgdl, average_idf)

    @property
    def segments(self) -> tuple[BM25Index, ...]:
        """The index as segments (see ``SegmentedIndex``): itself."""
        return (self,)

    # -- the postings ---------------------------------------------------------------------------
    def doc_freqs(self) -> np.ndarray:
        """How many passages hold each term (int64, by term id)."""
        return np.diff(self.postings.ptr)

    def _decode(self, packed: np.ndarray) -> np.ndarray:
        """The passage ids (intp) of the postings ``packed``."""
        return np.right_shift(packed, self.postings.pair_bits, dtype=np.intp, casting="unsafe")

    def _weights(self, packed: np.ndarray) -> np.ndarray:
        """The pair weights (``pair_weights``) of the postings ``packed``, a new array."""
        mask = (1 << self.postings.pair_bits) - 1
        return self.pair_weights.take(np.bitwise_and(packed, mask, dtype=np.intp, casting="unsafe"))

    def all_docs(self) -> np.ndarray:
        """Every posting's passage id (int64), term by term."""
        return self._decode(self.postings.packed).astype(np.int64, copy=False)

    def all_tfs(self) -> np.ndarray:
        """Every posting's term frequency (int64), term by term."""
        p = self.postings
        return p.pair_tf[np.bitwise_and(p.packed, (1 << p.pair_bits) - 1, dtype=np.intp, casting="unsafe")]

    def _docs(self, t: int) -> np.ndarray:
        """The passages holding term ``t``, sorted (intp)."""
        return self._decode(self.postings.packed[self._ptr[t] : self._ptr[t + 1]])

    def term_docs(self, tok: str) -> np.ndarray | None:
        """The passages holding ``tok``, sorted; None for a word the index does not know."""
        t = self.vocab.get(tok)
        return None if t is None else self._docs(t)

    def doc_freq(self, tok: str) -> int:
        """How many passages hold ``tok``."""
        t = self.vocab.get(tok)
        return 0 if t is None else self._ptr[t + 1] - self._ptr[t]

    def term_pairs(self, tok: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(the passages holding ``tok``, sorted; the index of each one's (tf, length) pair), both
        intp; None for a word the index does not know."""
        t = self.vocab.get(tok)
        if t is None:
            return None
        packed = self.postings.packed[self._ptr[t] : self._ptr[t + 1]]
        mask = (1 << self.postings.pair_bits) - 1
        return self._decode(packed), np.bitwise_and(packed, mask, dtype=np.intp, casting="unsafe")

    def probes(self, docs: np.ndarray) -> np.ndarray:
        """Passage ids (of this index) as the smallest postings of those passages, for ``following``:
        of the postings' type, so that a ``searchsorted`` converts none of them (ids outside the
        index are clipped into it)."""
        inside = np.maximum(np.minimum(np.asarray(docs, dtype=np.int64), self.size - 1), 0)
        return np.left_shift(inside, self.postings.pair_bits).astype(self.postings.packed.dtype)

    def probes_of(self, ids: Sequence[int]) -> np.ndarray:
        """``probes(ids)`` for a few passage ids given as Python ints (a ranking's candidates): the
        clip and shift done on the ints, one array made (``probes`` makes four on a tiny array)."""
        top, bits = max(self.size - 1, 0), self.postings.pair_bits
        return np.array([(0 if i < 0 else top if i > top else i) << bits for i in ids], dtype=self.postings.packed.dtype)

    def following(self, tok: str, probes: np.ndarray) -> np.ndarray | None:
        """For each passage of ``probes`` (``probes(ids)``), the first passage at or after it that
        holds ``tok``, or the last passage that holds it when none does (intp); None for a word the
        index does not know or no passage holds. One ``searchsorted`` of the term's postings, none decoded."""
        t = self.vocab.get(tok)
        if t is None:
            return None
        packed = self.postings.packed[self._ptr[t] : self._ptr[t + 1]]
        if not len(packed):  # (a word all of whose passages were dropped)
            return None
        return self._decode(packed.take(packed.searchsorted(probes), mode="clip"))

    def following_ids(self, tok: str, probes: np.ndarray) -> list[int] | None:
        """``following(tok, probes)`` as a list of Python ints (what a loop over a few passages
        reads: no intp array made and converted); None likewise."""
        packed = self._packed_of(tok)
        if packed is None:
            return None
        return (packed.take(packed.searchsorted(probes), mode="clip") >> self.postings.pair_bits).tolist()

    def kernel_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(postings.packed, postings.ptr, idf, pair_weights) as the compiled kernels read them
        (``kernels.readonly`` views, made once)."""
        got = self._kernel_arrays
        if got is None:
            got = self._kernel_arrays = tuple(map(kernels.readonly, (self.postings.packed, self.postings.ptr, self.idf,
                                                                     self.pair_weights)))
        return got  # type: ignore[return-value]

    def term_ids(self, tokens: Sequence[str]) -> np.ndarray:
        """Each token's term id (int64), -1 for a word the index does not know."""
        get = self.vocab.get
        return np.array([-1 if t is None else t for t in map(get, tokens)], dtype=np.int64)

    def _packed_of(self, tok: str) -> np.ndarray | None:
        """``tok``'s packed postings (passage id and pair weight per entry), None for a word the
        index does not know or no passage holds."""
        t = self.vocab.get(tok)
        if t is None:
            return None
        a, b = self._ptr[t], self._ptr[t + 1]
        return self.postings.packed[a:b] if a != b else None

    def contributions_at(self, tok: str, probes: np.ndarray, ids: Sequence[int]) -> list[float] | None:
        """``tok``'s contribution to the score of each passage of ``ids`` (a few, as Python ints;
        ``probes``: their ``probes_of``), 0.0 where it is absent, as Python floats: the doubles
        ``term_postings`` gives (pair weight × idf, one multiplication), found by one
        ``searchsorted`` of the probes, no other posting decoded. None for a word the index does
        not know or no passage holds."""
        packed = self._packed_of(tok)
        if packed is None:
            return None
        bits = self.postings.pair_bits
        mask = (1 << bits) - 1
        weights, idf = self._pair_weight_list, self._idf_of[self.vocab[tok]]
        found = packed.take(packed.searchsorted(probes), mode="clip").tolist()
        return [weights[f & mask] * idf if f >> bits == i else 0.0 for f, i in zip(found, ids)]

    def term_postings(self, tok: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(the passages holding ``tok``, sorted; ``tok``'s contribution to each score), or None."""
        t = self.vocab.get(tok)
        if t is None:
            return None
        packed = self.postings.packed[self._ptr[t] : self._ptr[t + 1]]
        contrib = self._weights(packed)
        contrib *= self.idf[t]
        return self._decode(packed), contrib

    def _gather(self, query: Sequence[str]) -> tuple[np.ndarray, np.ndarray, dict[int, np.ndarray]] | None:
        """The query's postings laid end to end in query order (repeats included): their passage ids
        (intp), their contributions (``idf * pair weight``: rank-bm25's product), and each distinct
        term's passage ids (views); None when the index knows none of its words."""
        get, ptr, packed = self.vocab.get, self._ptr, self.postings.packed
        terms, parts = [], []
        for t in map(get, query):
            if t is not None:
                terms.append(t)
                parts.append(packed[ptr[t] : ptr[t + 1]])
        if not terms:
            return None
        # (one pass: the parts put together straight into passage-id width)
        docs = parts[0].astype(np.intp) if len(parts) == 1 else np.concatenate(parts, dtype=np.intp, casting="unsafe")
        contrib = self.pair_weights.take(docs & ((1 << self.postings.pair_bits) - 1))
        docs >>= self.postings.pair_bits
        if len(terms) == 1:
            contrib *= self.idf[terms[0]]
            return docs, contrib, {terms[0]: docs}
        held, at, idf = {}, 0, self.idf
        for t, part in zip(terms, parts):
            m = at + len(part)
            contrib[at:m] *= idf[t]
            if t not in held:
                held[t] = docs[at:m]
            at = m
        return docs, contrib, held

    def without(self, drop: Sequence[int], tokens_of: Callable[[int], Sequence[str]]) -> BM25Index:
        """This index without the passages ``drop``: exactly ``BM25Index.build`` of the others' tokens.

        Postings are filtered, not rebuilt from tokens; the one thing postings do not hold is the
        order in which a passage's words first appear, which rank-bm25's average idf is summed in:
        ``tokens_of(i)`` (the tokens of passage ``i`` of this index) gives it for the few passages
        that become the first holder of a word whose first holder is dropped.
        """
        n = self.size
        dead = np.zeros(n, dtype=bool)
        dead[np.asarray(list(drop), dtype=np.int64)] = True
        if not dead.any():
            return self
        n_terms = len(self.vocab)
        df = self.doc_freqs()
        term = np.repeat(np.arange(n_terms, dtype=np.int64), df)
        all_docs = self.all_docs()
        keep = ~dead[all_docs]
        term, docs, tf = term[keep], all_docs[keep], self.all_tfs()[keep]
        new_id = np.cumsum(~dead) - 1  # old passage id -> new one
        # The first-seen order over the remaining passages: by (first passage, rank in it).
        starts_old = np.cumsum(df) - df
        first_old = all_docs[starts_old] if n_terms else np.zeros(0, dtype=np.int64)  # every term has a passage
        alive_terms = np.flatnonzero(np.bincount(term, minlength=n_terms))
        starts = np.searchsorted(term, alive_terms)  # postings sorted by term: each term's first live one
        first_new = docs[starts]
        rank = alive_terms.astype(np.int64).copy()  # within an unchanged first passage, ids are in order
        moved = first_new != first_old[alive_terms]
        vocab_list = self.vocabulary()
        for d in np.unique(first_new[moved]):
            order = {w: i for i, w in enumerate(dict.fromkeys(tokens_of(int(d))))}
            at = np.flatnonzero(first_new == d)
            rank[at] = [order[vocab_list[t]] for t in alive_terms[at]]
        order = np.lexsort((rank, first_new))
        new_term = np.empty(n_terms, dtype=np.int64)
        new_term[alive_terms[order]] = np.arange(len(order))
        t2 = new_term[term]
        sort = np.argsort(t2, kind="stable")  # passages stay in order within a term
        return type(self).from_postings(
            [vocab_list[t] for t in alive_terms[order]], t2[sort], new_id[docs][sort], tf[sort], self.doc_len[~dead]
        )

    # -- saving and loading ---------------------------------------------------------------
    def arrays(self) -> dict[str, np.ndarray]:
        """The index as plain 1-D arrays (see ``ARRAYS``): all of it, the vocabulary included."""
        p = self.postings
        return {
            "ptr": p.ptr, "packed": p.packed, "pair_tf": p.pair_tf, "pair_dl": p.pair_dl, "idf": self.idf,
            "doc_len": self.doc_len, "scalars": np.array([self.avgdl, self.average_idf], dtype=np.float64),
            **self.vocab.arrays(),
        }  # fmt: skip

    def vocabulary(self) -> list[str]:
        """Every term, at its id."""
        return self.vocab.words()

    def save(self, directory: str | os.PathLike) -> list[str]:
        """Write ``index-<name>.npy`` for each of ``ARRAYS`` (``np.save``, no pickle); the file names written."""
        directory = Path(directory)
        names = []
        for name, arr in self.arrays().items():
            np.save(directory / f"index-{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)
            names.append(f"index-{name}.npy")
        return names

    @classmethod
    def load(cls, directory: str | os.PathLike, mmap: bool = True, n_passages: int | None = None, deep: bool = True) -> BM25Index:
        """The index ``save`` wrote, its arrays memory-mapped read-only (``mmap``) or read.

        Never unpickles; raises ValueError unless every invariant holds (and, with
        ``n_passages``, the index covers exactly that many passages), OSError if a file is missing.
        ``deep=False`` skips the invariants that read every posting or word (passage ids in
        range, pair codes in range, the vocabulary's words distinct and hashed where they are),
        for a caller that checks the files' checksums instead: loading then reads none of the
        postings (numpy still refuses an index out of range when scoring).
        """
        directory = Path(directory)
        arrays = {}
        for name in ARRAYS:
            arr = np.load(directory / f"index-{name}.npy", allow_pickle=False, mmap_mode="r" if mmap else None)
            arrays[name] = arr.view(np.ndarray)  # the mapped buffer without np.memmap's per-slice overhead
        return cls.from_arrays(arrays, n_passages, deep=deep)

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], n_passages: int | None = None, deep: bool = True) -> BM25Index:
        """The index of ``arrays()``, validated; raises ValueError unless every invariant holds."""
        a = {}
        for name, dtypes in ARRAYS.items():
            if name not in arrays:
                raise ValueError(f"index array {name} is missing")
            arr = arrays[name]
            if arr.dtype not in dtypes or arr.ndim != 1:
                raise ValueError(f"index array {name} has the wrong type")
            a[name] = arr
        vocab = Vocabulary.from_arrays({name: a[name] for name in VOCAB_ARRAYS}, deep=deep)
        n_terms, n_post, n_pairs = len(vocab), len(a["packed"]), len(a["pair_tf"])
        n = len(a["doc_len"]) if n_passages is None else n_passages
        bits = pair_bits_of(n_pairs)
        ptr = a["ptr"]
        if len(ptr) != n_terms + 1 or len(a["idf"]) != n_terms:
            raise ValueError("vocabulary and index disagree")
        if len(a["pair_dl"]) != n_pairs or len(a["scalars"]) != 2:
            raise ValueError("postings arrays disagree")
        if a["packed"].dtype != _packed_dtype(n, bits):
            raise ValueError("index array packed has the wrong type")
        if len(a["doc_len"]) != n:
            raise ValueError("index and passages disagree")
        if ptr[0] != 0 or ptr[-1] != n_post or (n_terms and np.any(np.diff(ptr) < 0)):
            raise ValueError("postings offsets are inconsistent")
        if n_pairs and (a["pair_tf"].min() < 1 or a["pair_dl"].min() < 1):
            raise ValueError("postings pairs are inconsistent")
        if not (np.all(np.isfinite(a["idf"])) and np.all(np.isfinite(a["scalars"]))):
            raise ValueError("non-finite weights")
        postings = Postings(ptr=ptr, packed=a["packed"], pair_tf=a["pair_tf"], pair_dl=a["pair_dl"], pair_bits=bits)
        avgdl, average_idf = (float(x) for x in a["scalars"])
        index = cls(vocab, a["idf"], a["doc_len"], postings, avgdl, average_idf)
        if not np.all(np.isfinite(index.pair_weights)):
            raise ValueError("non-finite weights")
        if deep and n_post:
            pair = np.bitwise_and(a["packed"], (1 << bits) - 1, dtype=np.intp, casting="unsafe")
            if int(pair.max()) >= n_pairs:
                raise ValueError("postings pairs are inconsistent")
            docs = index.all_docs()
            if docs.max() >= n:
                raise ValueError("postings point outside the corpus")
            if not np.array_equal(a["doc_len"][docs], a["pair_dl"][pair]):
                raise ValueError("postings pairs and passage lengths disagree")
        return index

    # -- scoring ------------------------------------------------------------------------------
    def scores(self, query: Sequence[str]) -> np.ndarray:
        """The full BM25Okapi score vector for the query tokens, one float per passage.

        One ``np.bincount`` over the query tokens' postings laid end to end (in query order,
        repeats included): it adds each posting's contribution into a zero vector in that
        order, which is exactly rank-bm25's sum, without a fancy-indexed add per token.
        """
        got = self._gather(query)
        if got is None:
            return np.zeros(self.size, dtype=np.float64)
        return _accumulate([got[0]], [got[1]], self.size)

    def top_k(self, query: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(passage ids, scores) of the k best passages with a non-zero score, best first.

        Exactly ``top_k_of(scores(query), query, k)``, the postings looked up once.
        """
        if k <= 0 or self.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        fn = kernels.kernel()
        if fn is not None:  # compiled (numba): the same doubles, no score vector made
            packed, ptr, idf, weights = self.kernel_arrays()
            buf = kernels.buffer(self.size)
            terms = np.array([t for t in map(self.vocab.get, query) if t is not None], dtype=np.int64)
            ids, vals, n = fn(packed, ptr, idf, terms, weights, self.postings.pair_bits, k, buf)
            if n < 0:
                buf.fill(0.0)
                raise ValueError("postings point outside the corpus")
            return ids[:n], vals[:n]
        got = self._gather(query)
        if got is None:
            return _top_k_of(np.zeros(self.size, dtype=np.float64), k, ())
        docs, contrib, held = got
        return _top_k_of(_accumulate([docs], [contrib], self.size), k, sorted(held.values(), key=len), docs)

    def top_k_of(self, scores: np.ndarray, query: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """Like ``top_k`` for an already computed score vector (ties: lower passage id first).

        Never sorts the whole vector: a lower bound of the k-th best score, taken from the
        passages of the query's rarest terms, leaves only a few hundred candidates, and those
        are cut by partition (argpartition semantics) before the final sort of at most k.
        """
        ptr = self._ptr
        terms = sorted(self._terms(query), key=lambda t: ptr[t + 1] - ptr[t])
        return _top_k_of(scores, k, map(self._docs, terms))

    def _terms(self, query: Sequence[str]) -> list[int]:
        """The distinct known term ids of the query, in first-occurrence order."""
        return [t for t in dict.fromkeys(map(self.vocab.get, query)) if t is not None]

    def unit_idf_scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 with every idf set to 1: a ranking for corpora of one or two passages."""
        out = np.zeros(self.size, dtype=np.float64)
        for tok in query:
            t = self.vocab.get(tok)
            if t is not None and self.avgdl > 0:
                packed = self.postings.packed[self._ptr[t] : self._ptr[t + 1]]
                out[self._decode(packed)] += self._weights(packed)
        return out

    def contains(self, tok: str, doc: int) -> bool:
        """Does passage ``doc`` hold token ``tok``?"""
        t = self.vocab.get(tok)
        if t is None or not 0 <= doc < self.size:
            return False
        bits = self.postings.pair_bits
        packed = self.postings.packed[self._ptr[t] : self._ptr[t + 1]]
        j = int(np.searchsorted(packed, doc << bits))  # postings sort by passage: the first of doc's, if any
        return j < len(packed) and int(packed[j]) >> bits == doc

    def term_idf(self, tok: str) -> float | None:
        t = self.vocab.get(tok)
        return None if t is None else self._idf_of[t]

    def presence(self, terms: Sequence[str], docs: Sequence[int]) -> np.ndarray:
        """Which of ``docs`` hold each of ``terms``: a bool matrix (len(terms), len(docs)), one
        vectorised lookup per term (what ``contains`` answers one pair at a time)."""
        cand = np.asarray(docs, dtype=np.int64)
        out = np.zeros((len(terms), len(cand)), dtype=bool)
        bits = self.postings.pair_bits
        probe = self.probes(cand)
        for row, tok in enumerate(terms):
            t = self.vocab.get(tok)
            if t is None or not len(cand):
                continue
            packed = self.postings.packed[self._ptr[t] : self._ptr[t + 1]]
            j = packed.searchsorted(probe)  # sorted by passage: the first posting of each, if any
            hit = j < len(packed)
            hit[hit] = packed[j[hit]] >> bits == cand[hit]
            out[row] = hit
        return out


def _accumulate(docs: list[np.ndarray], contrib: list[np.ndarray], n: int) -> np.ndarray:
    """A zero vector of ``n`` with ``contrib[i][j]`` added at ``docs[i][j]``, in that order.

    ``np.bincount`` adds its weights one by one in input order into zeros (its C loop is
    ``out[bin[i]] += weight[i]``), so every passage's sum is built term by term in query
    order from 0.0: the same float64 additions as ``out[docs[i]] += contrib[i]`` in turn.
    """
    if not docs:
        return np.zeros(n, dtype=np.float64)
    if len(docs) == 1:
        out = np.bincount(docs[0], weights=contrib[0], minlength=n)
    else:
        out = np.bincount(np.concatenate(docs), weights=np.concatenate(contrib), minlength=n)
    if len(out) != n:  # (a negative id raises in bincount itself)
        raise ValueError("postings point outside the corpus")
    return out


def _union(parts: list[np.ndarray]) -> np.ndarray:
    """The sorted distinct ids of several sorted id arrays (a sort, not ``np.unique``'s hash table)."""
    if len(parts) == 1:
        return parts[0]
    u = np.sort(np.concatenate(parts))
    if len(u) > 1:
        u = u[np.concatenate(([True], u[1:] != u[:-1]))]
    return u


def _top_k_of(scores: np.ndarray, k: int, rarest: Iterable[np.ndarray], held: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The k best passages with a non-zero score, best first (ties: lower passage id first).

    ``rarest``: the sorted passage ids of each query term, rarest term first (read lazily).
    The k-th best score over a subset of the passages is at most the k-th best over all of
    them: that bound, taken from the rarest terms' passages (the likely winners), leaves the
    few passages scoring at least as much as candidates, in one comparison over the vector —
    or, given ``held`` (the passage of every posting added into ``scores``, repeats allowed)
    when those are few beside the vector, over theirs: a passage without a posting scores 0.
    """
    if k <= 0 or len(scores) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    bound = _lower_bound(scores, k, rarest)
    if bound is not None and bound > 0 and held is not None and 8 * len(held) < len(scores):
        cand = held[scores.take(held) >= bound]
        cand.sort()
        cand = cand[np.concatenate(([True], cand[1:] != cand[:-1]))] if len(cand) > 1 else cand
    elif bound is not None and bound > 0:
        cand = np.flatnonzero(scores >= bound)
    else:  # few candidates, or a degenerate corpus with negative scores
        cand = np.flatnonzero(scores != 0)  # (a bool vector's nonzero is far faster than a float one's)
    return _best(scores, cand, k)


def _lower_bound(scores: np.ndarray, k: int, rarest: Iterable[np.ndarray]) -> float | None:
    """A value <= the k-th best score: the k-th best over a subset of the candidates."""
    parts, n = [], 0
    for part in rarest:  # rarest terms first: their passages are the likely winners
        if len(part) > _SAMPLE:
            part = part[:: len(part) // _SAMPLE]  # still a subset: still a lower bound
        parts.append(part)
        n += len(part)
        if n >= k:
            break
    if n < k:
        return None
    sample = _union(parts)
    if len(sample) < k:
        return None
    vals = scores[sample]
    return float(np.partition(vals, len(vals) - k)[len(vals) - k])


def _best(scores: np.ndarray, cand: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k best of the candidate passages ``cand``, best first (ties: lower passage id first)."""
    vals = scores[cand]
    if len(cand) > 4 * k:
        kth = np.partition(vals, len(vals) - k)[len(vals) - k]
        keep = vals >= kth  # every tie of the k-th score stays: ids decide below
        cand, vals = cand[keep], vals[keep]
    order = np.lexsort((cand, -vals))[:k]
    return cand[order].astype(np.int64), vals[order]


class _Terms(WordIds):
    """The segments' words to global term ids: the first segment's vocabulary, then a dict of the
    words the later segments add (not a copy of the first's: it may be a mapped one)."""

    def __init__(self, first: Mapping[str, int], added: dict[str, int]):
        self._first, self._added = first, added

    def get(self, word, default=None):
        t = self._first.get(word)
        if t is None:
            t = self._added.get(word)
        return default if t is None else t

    def __len__(self) -> int:
        return len(self._first) + len(self._added)

    def __iter__(self) -> Iterator[str]:
        yield from self._first
        yield from self._added


class SegmentedIndex:
    """Several indexes (a base and the deltas added after it, passages in that order) scored as one.

    Exactly ``rank_bm25.BM25Okapi`` over the union of their passages: N, the average length and
    every term's document frequency are combined across the segments, the idf is rank-bm25's
    over those (its average summed in the order words first appear in the union: the base's
    vocabulary, then each delta's new words), and each segment's (term frequency, passage
    length) pairs are weighed again for the union's average length, with the same float64
    operations as ``BM25Index`` (a posting's contribution is that weight times the union's idf).
    Nothing is copied from the segments: a memory-mapped base stays mapped. ``merged()`` is the
    single index ``BM25Index.build`` would give for all the passages' tokens.
    """

    def __init__(self, segments: Sequence[BM25Index]):
        segs = tuple(s for seg in segments for s in seg.segments if s.size)
        if not segs:
            segs = (BM25Index.build([]),)
        self.segments = segs
        self.offsets = np.cumsum([0, *(s.size for s in segs)]).astype(np.int64)
        n = int(self.offsets[-1])
        first = segs[0].vocab
        added: dict[str, int] = {}
        self.vocab = _Terms(first, added)
        self._added = added
        n_first = len(first)
        self.local_to_global = [np.arange(n_first, dtype=np.int64)]
        for seg in segs[1:]:
            g = []
            for w in seg.vocabulary():
                t = first.get(w)
                g.append(t if t is not None else added.setdefault(w, n_first + len(added)))
            self.local_to_global.append(np.asarray(g, dtype=np.int64))
        df = np.zeros(len(self.vocab), dtype=np.int64)
        for seg, g in zip(segs, self.local_to_global):
            df[g] += seg.doc_freqs()
        self.doc_len = np.concatenate([s.doc_len for s in segs]).astype(np.int64)
        self.avgdl = float(sum(int(s.doc_len.sum()) for s in segs)) / n if n else 0.0
        self.idf, self.average_idf = _okapi_idf(df.tolist(), n)
        # each segment's pairs weighed for the union's average length (without idf)
        self.pair_weights = [_pair_weights(s.postings.pair_tf, s.postings.pair_dl, self.avgdl) for s in segs]

    @property
    def size(self) -> int:
        return int(self.offsets[-1])

    def vocabulary(self) -> list[str]:
        return [*self.segments[0].vocabulary(), *self._added]

    def _postings(self, tok: str):
        """(passage ids, pair weights) of ``tok`` in every segment, in passage order."""
        for seg, off, weights in zip(self.segments, self.offsets.tolist(), self.pair_weights):
            got = seg.term_pairs(tok)
            if got is not None:
                yield got[0] + off, weights.take(got[1])

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """See ``BM25Index.scores``: every posting's contribution, for the whole corpus's N, average
        length and idf, added in query order (one ``np.bincount``)."""
        if not self.avgdl > 0:
            return np.zeros(self.size, dtype=np.float64)
        docs, contrib, done = [], [], {}
        for tok in query:
            g = self.vocab.get(tok)
            if g is None:
                continue
            if g not in done:
                w = self.idf[g]
                done[g] = [(d, w * c) for d, c in self._postings(tok)]
            for d, c in done[g]:
                docs.append(d)
                contrib.append(c)
        return _accumulate(docs, contrib, self.size)

    def unit_idf_scores(self, query: Sequence[str]) -> np.ndarray:
        out = np.zeros(self.size, dtype=np.float64)
        if not self.avgdl > 0:
            return out
        for tok in query:
            for docs, weights in self._postings(tok):
                out[docs] += weights
        return out

    def top_k(self, query: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        return self.top_k_of(self.scores(query), query, k)

    def top_k_of(self, scores: np.ndarray, query: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """See ``BM25Index.top_k_of``."""
        words = [w for w in dict.fromkeys(query) if w in self.vocab]
        words.sort(key=self._df)
        return _top_k_of(scores, k, map(self._docs, words))

    def _df(self, tok: str) -> int:
        """How many passages hold ``tok``, over every segment."""
        return sum(seg.doc_freq(tok) for seg in self.segments)

    def _docs(self, tok: str) -> np.ndarray:
        """The passages holding ``tok``, sorted (segments hold consecutive ranges of passages)."""
        parts = []
        for seg, off in zip(self.segments, self.offsets.tolist()):
            docs = seg.term_docs(tok)
            if docs is not None:
                parts.append(docs + off)
        return parts[0] if len(parts) == 1 else np.concatenate(parts) if parts else np.zeros(0, dtype=np.intp)

    def term_docs(self, tok: str) -> np.ndarray | None:
        """See ``BM25Index.term_docs``."""
        return self._docs(tok) if tok in self.vocab else None

    def term_postings(self, tok: str) -> tuple[np.ndarray, np.ndarray] | None:
        """See ``BM25Index.term_postings``."""
        g = self.vocab.get(tok)
        if g is None:
            return None
        parts = [(d, self.idf[g] * c) for d, c in self._postings(tok)]
        return np.concatenate([d for d, _ in parts]), np.concatenate([c for _, c in parts])

    def contains(self, tok: str, doc: int) -> bool:
        s = int(np.searchsorted(self.offsets, doc, side="right")) - 1
        if not 0 <= s < len(self.segments):
            return False
        return self.segments[s].contains(tok, doc - int(self.offsets[s]))

    def term_idf(self, tok: str) -> float | None:
        g = self.vocab.get(tok)
        return None if g is None else float(self.idf[g])

    def presence(self, terms: Sequence[str], docs: Sequence[int]) -> np.ndarray:
        """See ``BM25Index.presence``."""
        cand = np.asarray(docs, dtype=np.int64)
        out = np.zeros((len(terms), len(cand)), dtype=bool)
        seg = np.searchsorted(self.offsets, cand, side="right") - 1
        for s, index in enumerate(self.segments):
            mine = np.flatnonzero(seg == s)
            if len(mine):
                out[:, mine] = index.presence(terms, cand[mine] - self.offsets[s])
        return out

    def without(self, drop: Sequence[int], tokens_of: Callable[[int], Sequence[str]]) -> SegmentedIndex:
        """These segments without the passages ``drop`` (ids over all segments); see ``BM25Index.without``."""
        drop = np.asarray(sorted(set(map(int, drop))), dtype=np.int64)
        segs = []
        for s, seg in enumerate(self.segments):
            lo, hi = int(self.offsets[s]), int(self.offsets[s + 1])
            mine = drop[(drop >= lo) & (drop < hi)] - lo
            segs.append(seg.without(mine, lambda i, lo=lo: tokens_of(i + lo)) if len(mine) else seg)
        return SegmentedIndex(segs)

    def merged(self) -> BM25Index:
        """One index of every segment's passages: what ``BM25Index.build`` gives for all their tokens."""
        terms, docs, tfs = [], [], []
        for seg, g, off in zip(self.segments, self.local_to_global, self.offsets.tolist()):
            terms.append(np.repeat(g, seg.doc_freqs()))
            docs.append(seg.all_docs() + off)
            tfs.append(seg.all_tfs())
        term = np.concatenate(terms)
        sort = np.argsort(term, kind="stable")  # segments in passage order: passages stay in order
        return BM25Index.from_postings(self.vocabulary(), term[sort], np.concatenate(docs)[sort], np.concatenate(tfs)[sort], self.doc_len)


def _okapi_idf(nd: list[int], n: int) -> tuple[np.ndarray, float]:
    """rank-bm25's idf: log(N - f + .5) - log(f + .5), floored at epsilon * average idf."""
    if not nd:
        return np.zeros(0, dtype=np.float64), 0.0
    log = math.log
    values = [log(n - freq + 0.5) - log(freq + 0.5) for freq in nd]  # math.log, as rank-bm25
    idf_sum = 0.0
    for value in values:  # summed in rank-bm25's order (first occurrence), one addition at a time
        idf_sum += value
    average_idf = idf_sum / len(nd)
    idf = np.array(values, dtype=np.float64)
    idf[idf < 0] = EPSILON * average_idf
    return idf, average_idf
