"""BM25Okapi, exactly as rank-bm25 computes it, over an inverted index.

rank-bm25 walks every passage for every query term. Here each term owns a posting list
of (passage, contribution) pairs, where the contribution is computed with the same
float64 operations in the same order as ``rank_bm25.BM25Okapi.get_scores``; a query then
adds its terms' postings into a zero vector in query-token order (repeats included; one
``np.bincount`` over the postings laid end to end), which reproduces rank-bm25's score
vector bit for bit while touching only the passages that hold a query term. The top k are
cut from it by a bound of the k-th best score taken from the rarest terms' passages.

The scores are defined as ``rank_bm25.BM25Okapi``'s (rank-bm25 is a declared dependency, and
tests/test_bm25.py compares the two on every passage). ``save(dir)`` / ``load(dir, mmap=True)``
keep an index as ``.npy`` arrays and a JSON vocabulary, as bm25s does: ``np.save`` and
``np.load(allow_pickle=False, mmap_mode="r")``, so nothing is unpickled and a loaded index
shares its pages with every process that maps the same files.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import count
from pathlib import Path

import numpy as np

K1 = 1.5
B = 0.75
EPSILON = 0.25
_SAMPLE = 2048  # passages of one term looked at to bound the k-th best score


@dataclass(frozen=True, slots=True)
class Postings:
    """CSR layout: the postings of term ``t`` are ``docs[ptr[t]:ptr[t+1]]`` and ``contrib[...]``."""

    ptr: np.ndarray  # int64, len(vocab) + 1
    docs: np.ndarray  # int32
    tfs: np.ndarray  # uint16 term frequency, saturated at 65535 (for the unit-idf fallback)
    contrib: np.ndarray  # float64, idf * tf*(k1+1) / (tf + k1*(1-b+b*dl/avgdl))


# The arrays an index is saved as, with their types: index-<name>.npy.
ARRAYS = {
    "ptr": np.int64, "docs": np.int32, "tfs": np.uint16, "contrib": np.float64,
    "idf": np.float64, "doc_len": np.int64, "scalars": np.float64,
}  # fmt: skip
VOCAB_FILE = "vocab.json"


class BM25Index:
    """Exact BM25Okapi scores (k1=1.5, b=0.75, epsilon=0.25) from tokenized passages."""

    def __init__(
        self,
        vocab: dict[str, int],
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
        distinct = np.zeros(n, dtype=np.int64)
        doc_len = np.zeros(n, dtype=np.int64)
        for d, tokens in enumerate(corpus):
            freqs = Counter(tokens)
            terms.extend(map(get_id, freqs))
            tf_list.extend(freqs.values())
            distinct[d] = len(freqs)
            doc_len[d] = len(tokens)
        n_terms = len(ids)
        term = np.asarray(terms, dtype=np.int64)
        tf = np.asarray(tf_list, dtype=np.int64)
        doc = np.repeat(np.arange(n, dtype=np.int64), distinct)
        del terms, tf_list
        # Postings sorted by term, then passage: one sort of packed (term, passage, tf) keys
        # when they fit in 63 bits (always, short of absurd corpora), else a stable argsort.
        if len(tf) and n_terms * n < 2**46 and int(tf.max()) < 2**16:
            packed = np.sort(((term * n + doc) << 16) | tf)
            tf = packed & 0xFFFF
            packed >>= 16
            term, doc = np.divmod(packed, n)
            del packed
        else:
            order = np.argsort(term, kind="stable")
            term, doc, tf = term[order], doc[order], tf[order]
        vocab_list = [""] * n_terms
        for w, i in ids.items():
            vocab_list[i] = w
        return cls.from_postings(vocab_list, term, doc, tf, doc_len)

    @classmethod
    def from_postings(cls, vocab_list: list[str], term: np.ndarray, doc: np.ndarray, tf: np.ndarray, doc_len: np.ndarray) -> BM25Index:
        """The index of postings sorted by (term, passage): ``term`` ids in first-seen order, ``tf`` exact."""
        n, n_terms = len(doc_len), len(vocab_list)
        nd = np.bincount(term, minlength=n_terms)  # document frequency per term id
        ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(nd, out=ptr[1:])
        avgdl = float(doc_len.sum()) / n if n else 0.0
        idf, average_idf = _okapi_idf(nd.tolist(), n)
        docs = doc.astype(np.int32)
        tfs = tf.astype(np.float64)
        if n and avgdl > 0:
            # rank-bm25: k1 * (1 - b + b * doc_len / avgdl), evaluated left to right, then
            # idf * (tf * (k1 + 1) / (tf + norm)): the same float64 operations in the same order.
            norm = K1 * (1 - B + B * doc_len / avgdl)
            contrib = idf[term] * (tfs * (K1 + 1) / (tfs + norm[docs]))
        else:
            contrib = np.zeros(len(docs), dtype=np.float64)
        tf16 = np.minimum(tf, np.iinfo(np.uint16).max).astype(np.uint16)
        postings = Postings(ptr=ptr, docs=docs, tfs=tf16, contrib=contrib)
        vocab = dict(zip(vocab_list, range(n_terms)))
        return cls(vocab, idf, np.asarray(doc_len, dtype=np.int64), postings, avgdl, average_idf)

    @property
    def segments(self) -> tuple[BM25Index, ...]:
        """The index as segments (see ``SegmentedIndex``): itself."""
        return (self,)

    def require_exact_tfs(self) -> None:
        if len(self.postings.tfs) and int(self.postings.tfs.max()) == np.iinfo(np.uint16).max:
            raise ValueError("a passage repeats a term 65,535 times: rebuild the index from its tokens")

    def without(self, drop: Sequence[int], tokens_of: Callable[[int], Sequence[str]]) -> BM25Index:
        """This index without the passages ``drop``: exactly ``BM25Index.build`` of the others' tokens.

        Postings are filtered, not rebuilt from tokens; the one thing postings do not hold is the
        order in which a passage's words first appear, which rank-bm25's average idf is summed in:
        ``tokens_of(i)`` (the tokens of passage ``i`` of this index) gives it for the few passages
        that become the first holder of a word whose first holder is dropped.
        """
        self.require_exact_tfs()
        n = self.size
        dead = np.zeros(n, dtype=bool)
        dead[np.asarray(list(drop), dtype=np.int64)] = True
        if not dead.any():
            return self
        p = self.postings
        n_terms = len(self.vocab)
        term = np.repeat(np.arange(n_terms, dtype=np.int64), np.diff(p.ptr))
        docs = p.docs.astype(np.int64)
        keep = ~dead[docs]
        term, docs, tf = term[keep], docs[keep], p.tfs[keep].astype(np.int64)
        new_id = np.cumsum(~dead) - 1  # old passage id -> new one
        # The first-seen order over the remaining passages: by (first passage, rank in it).
        first_old = p.docs[p.ptr[:-1]] if n_terms else np.zeros(0, dtype=np.int32)  # every term has a passage
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
        """The index as plain 1-D arrays (see ``ARRAYS``); with ``vocabulary()``, all of it."""
        p = self.postings
        return {
            "ptr": p.ptr, "docs": p.docs, "tfs": p.tfs, "contrib": p.contrib, "idf": self.idf,
            "doc_len": self.doc_len, "scalars": np.array([self.avgdl, self.average_idf], dtype=np.float64),
        }  # fmt: skip

    def vocabulary(self) -> list[str]:
        """Every term, at its id."""
        words = [""] * len(self.vocab)
        for w, i in self.vocab.items():
            words[i] = w
        return words

    def save(self, directory: str | os.PathLike) -> list[str]:
        """Write ``index-<name>.npy`` (``np.save``, no pickle) and ``vocab.json``; the file names written."""
        directory = Path(directory)
        names = []
        for name, arr in self.arrays().items():
            np.save(directory / f"index-{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)
            names.append(f"index-{name}.npy")
        (directory / VOCAB_FILE).write_bytes(json.dumps(self.vocabulary(), ensure_ascii=False, separators=(",", ":")).encode())
        return [*names, VOCAB_FILE]

    @classmethod
    def load(cls, directory: str | os.PathLike, mmap: bool = True, n_passages: int | None = None, deep: bool = True) -> BM25Index:
        """The index ``save`` wrote, its arrays memory-mapped read-only (``mmap``) or read.

        Never unpickles; raises ValueError unless every invariant holds (and, with
        ``n_passages``, the index covers exactly that many passages), OSError if a file is missing.
        ``deep=False`` skips the invariants that read every posting (passage ids in range,
        finite weights), for a caller that checks the files' checksums instead: loading then
        reads none of the postings (numpy still refuses an index out of range when scoring).
        """
        directory = Path(directory)
        arrays = {}
        for name in ARRAYS:
            arr = np.load(directory / f"index-{name}.npy", allow_pickle=False, mmap_mode="r" if mmap else None)
            arrays[name] = arr.view(np.ndarray)  # the mapped buffer without np.memmap's per-slice overhead
        vocab = json.loads((directory / VOCAB_FILE).read_bytes())
        return cls.from_arrays(arrays, vocab, n_passages, deep=deep)

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], vocab_list: list[str], n_passages: int | None = None, deep: bool = True) -> BM25Index:
        """The index of ``arrays()`` and ``vocabulary()``, validated; raises ValueError unless every invariant holds."""
        a = {}
        for name, dtype in ARRAYS.items():
            if name not in arrays:
                raise ValueError(f"index array {name} is missing")
            arr = arrays[name]
            if arr.dtype != dtype or arr.ndim != 1:
                raise ValueError(f"index array {name} has the wrong type")
            a[name] = arr
        if not isinstance(vocab_list, list) or not set(map(type, vocab_list)) <= {str}:
            raise ValueError("vocabulary is not a list of words")
        vocab = dict(zip(vocab_list, range(len(vocab_list))))
        n_terms, n_post = len(vocab_list), len(a["docs"])
        n = len(a["doc_len"]) if n_passages is None else n_passages
        ptr = a["ptr"]
        if len(vocab) != n_terms or len(ptr) != n_terms + 1 or len(a["idf"]) != n_terms:
            raise ValueError("vocabulary and index disagree")
        if len(a["tfs"]) != n_post or len(a["contrib"]) != n_post or len(a["scalars"]) != 2:
            raise ValueError("postings arrays disagree")
        if len(a["doc_len"]) != n:
            raise ValueError("index and passages disagree")
        if ptr[0] != 0 or ptr[-1] != n_post or (n_terms and np.any(np.diff(ptr) < 0)):
            raise ValueError("postings offsets are inconsistent")
        if deep and n_post and (a["docs"].min() < 0 or a["docs"].max() >= n):
            raise ValueError("postings point outside the corpus")
        if deep and not np.all(np.isfinite(a["contrib"])):
            raise ValueError("non-finite weights")
        if not (np.all(np.isfinite(a["idf"])) and np.all(np.isfinite(a["scalars"]))):
            raise ValueError("non-finite weights")
        postings = Postings(ptr=ptr, docs=a["docs"], tfs=a["tfs"], contrib=a["contrib"])
        avgdl, average_idf = (float(x) for x in a["scalars"])
        return cls(vocab, a["idf"], a["doc_len"], postings, avgdl, average_idf)

    # -- scoring ------------------------------------------------------------------------------
    def scores(self, query: Sequence[str]) -> np.ndarray:
        """The full BM25Okapi score vector for the query tokens, one float per passage.

        One ``np.bincount`` over the query tokens' postings laid end to end (in query order,
        repeats included): it adds each posting's contribution into a zero vector in that
        order, which is exactly rank-bm25's sum, without a fancy-indexed add per token.
        """
        p = self.postings
        docs, contrib = [], []
        for t in map(self.vocab.get, query):
            if t is not None:
                lo, hi = p.ptr[t], p.ptr[t + 1]
                docs.append(p.docs[lo:hi])
                contrib.append(p.contrib[lo:hi])
        return _accumulate(docs, contrib, self.size)

    def top_k(self, query: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(passage ids, scores) of the k best passages with a non-zero score, best first.

        ``top_k_of(scores(query), query, k)``, the postings looked up once for both.
        """
        if k <= 0 or self.size == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        p = self.postings
        docs, contrib, held = [], [], {}
        for t in map(self.vocab.get, query):
            if t is not None:
                lo, hi = p.ptr[t], p.ptr[t + 1]
                d = held[t] = p.docs[lo:hi]
                docs.append(d)
                contrib.append(p.contrib[lo:hi])
        return _top_k_of(_accumulate(docs, contrib, self.size), k, sorted(held.values(), key=len))

    def top_k_of(self, scores: np.ndarray, query: Sequence[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """Like ``top_k`` for an already computed score vector (ties: lower passage id first).

        Never sorts the whole vector: a lower bound of the k-th best score, taken from the
        passages of the query's rarest terms, leaves only a few hundred candidates, and those
        are cut by partition (argpartition semantics) before the final sort of at most k.
        """
        p = self.postings
        terms = sorted(self._terms(query), key=lambda t: int(p.ptr[t + 1] - p.ptr[t]))
        return _top_k_of(scores, k, (p.docs[p.ptr[t] : p.ptr[t + 1]] for t in terms))

    def _terms(self, query: Sequence[str]) -> list[int]:
        """The distinct known term ids of the query, in first-occurrence order."""
        return [t for t in dict.fromkeys(map(self.vocab.get, query)) if t is not None]

    def unit_idf_scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 with every idf set to 1: a ranking for corpora of one or two passages."""
        out = np.zeros(self.size, dtype=np.float64)
        for tok in query:
            t = self.vocab.get(tok)
            if t is not None and self.avgdl > 0:
                lo, hi = self.postings.ptr[t], self.postings.ptr[t + 1]
                out[self.postings.docs[lo:hi]] += _unit_idf_contrib(self, lo, hi)
        return out

    def contains(self, tok: str, doc: int) -> bool:
        """Does passage ``doc`` hold token ``tok``?"""
        t = self.vocab.get(tok)
        if t is None:
            return False
        docs = self.postings.docs[self.postings.ptr[t] : self.postings.ptr[t + 1]]
        j = int(np.searchsorted(docs, doc))
        return j < len(docs) and int(docs[j]) == doc

    def term_idf(self, tok: str) -> float | None:
        t = self.vocab.get(tok)
        return None if t is None else float(self.idf[t])

    def presence(self, terms: Sequence[str], docs: Sequence[int]) -> np.ndarray:
        """Which of ``docs`` hold each of ``terms``: a bool matrix (len(terms), len(docs)), one
        vectorised lookup per term (what ``contains`` answers one pair at a time)."""
        cand = np.asarray(docs, dtype=np.int64)
        out = np.zeros((len(terms), len(cand)), dtype=bool)
        p = self.postings
        for row, tok in enumerate(terms):
            t = self.vocab.get(tok)
            if t is None or not len(cand):
                continue
            postings = p.docs[p.ptr[t] : p.ptr[t + 1]]
            j = np.searchsorted(postings, cand)
            hit = j < len(postings)
            hit[hit] = postings[j[hit]] == cand[hit]
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


def _top_k_of(scores: np.ndarray, k: int, rarest: Iterable[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The k best passages with a non-zero score, best first (ties: lower passage id first).

    ``rarest``: the sorted passage ids of each query term, rarest term first (read lazily).
    The k-th best score over a subset of the passages is at most the k-th best over all of
    them: that bound, taken from the rarest terms' passages (the likely winners), leaves the
    few passages scoring at least as much as candidates, in one comparison over the vector.
    """
    if k <= 0 or len(scores) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    bound = _lower_bound(scores, k, rarest)
    if bound is not None and bound > 0:
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


class SegmentedIndex:
    """Several indexes (a base and the deltas added after it, passages in that order) scored as one.

    Exactly ``rank_bm25.BM25Okapi`` over the union of their passages: N, the average length and
    every term's document frequency are combined across the segments, the idf is rank-bm25's
    over those (its average summed in the order words first appear in the union: the base's
    vocabulary, then each delta's new words), and a posting's contribution is computed at query
    time from its term frequency with the same float64 operations as ``BM25Index.build`` — the
    base's stored contributions (for its own N and average length) are not used. Nothing is
    copied from the segments: a memory-mapped base stays mapped. ``merged()`` is the single
    index ``BM25Index.build`` would give for all the passages' tokens.
    """

    def __init__(self, segments: Sequence[BM25Index]):
        segs = tuple(s for seg in segments for s in seg.segments if s.size)
        if not segs:
            segs = (BM25Index.build([]),)
        for seg in segs:
            seg.require_exact_tfs()
        self.segments = segs
        self.offsets = np.cumsum([0, *(s.size for s in segs)]).astype(np.int64)
        n = int(self.offsets[-1])
        vocab = dict(segs[0].vocab)
        self.local_to_global = [np.arange(len(vocab), dtype=np.int64)]
        for seg in segs[1:]:
            self.local_to_global.append(np.fromiter((vocab.setdefault(w, len(vocab)) for w in seg.vocabulary()), dtype=np.int64, count=len(seg.vocab)))
        df = np.zeros(len(vocab), dtype=np.int64)
        for seg, g in zip(segs, self.local_to_global):
            df[g] += np.diff(seg.postings.ptr)
        self.vocab = vocab
        self.doc_len = np.concatenate([s.doc_len for s in segs]).astype(np.int64)
        self.avgdl = float(sum(int(s.doc_len.sum()) for s in segs)) / n if n else 0.0
        self.idf, self.average_idf = _okapi_idf(df.tolist(), n)
        self.norm = K1 * (1 - B + B * self.doc_len / self.avgdl) if n and self.avgdl > 0 else None

    @property
    def size(self) -> int:
        return int(self.offsets[-1])

    def vocabulary(self) -> list[str]:
        words = [""] * len(self.vocab)
        for w, i in self.vocab.items():
            words[i] = w
        return words

    def _postings(self, tok: str):
        """(passage ids, term frequencies as float64) of ``tok`` in every segment, in passage order."""
        for seg, off in zip(self.segments, self.offsets.tolist()):
            t = seg.vocab.get(tok)
            if t is not None:
                p = seg.postings
                lo, hi = p.ptr[t], p.ptr[t + 1]
                yield p.docs[lo:hi].astype(np.int64) + off, p.tfs[lo:hi].astype(np.float64)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """See ``BM25Index.scores``: every posting's contribution, for the whole corpus's N, average
        length and idf, added in query order (one ``np.bincount``)."""
        if self.norm is None:
            return np.zeros(self.size, dtype=np.float64)
        docs, contrib, done = [], [], {}
        for tok in query:
            g = self.vocab.get(tok)
            if g is None:
                continue
            if g not in done:
                w = self.idf[g]
                done[g] = [(d, w * (tf * (K1 + 1) / (tf + self.norm[d]))) for d, tf in self._postings(tok)]
            for d, c in done[g]:
                docs.append(d)
                contrib.append(c)
        return _accumulate(docs, contrib, self.size)

    def unit_idf_scores(self, query: Sequence[str]) -> np.ndarray:
        out = np.zeros(self.size, dtype=np.float64)
        if self.norm is None:
            return out
        for tok in query:
            for docs, tf in self._postings(tok):
                out[docs] += tf * (K1 + 1) / (tf + self.norm[docs])
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
        n = 0
        for seg in self.segments:
            t = seg.vocab.get(tok)
            if t is not None:
                n += int(seg.postings.ptr[t + 1] - seg.postings.ptr[t])
        return n

    def _docs(self, tok: str) -> np.ndarray:
        """The passages holding ``tok``, sorted (segments hold consecutive ranges of passages)."""
        parts = []
        for seg, off in zip(self.segments, self.offsets.tolist()):
            t = seg.vocab.get(tok)
            if t is not None:
                parts.append(seg.postings.docs[seg.postings.ptr[t] : seg.postings.ptr[t + 1]].astype(np.int64) + off)
        return parts[0] if len(parts) == 1 else np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

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
            p = seg.postings
            terms.append(np.repeat(g, np.diff(p.ptr)))
            docs.append(p.docs.astype(np.int64) + off)
            tfs.append(p.tfs.astype(np.int64))
        term = np.concatenate(terms)
        sort = np.argsort(term, kind="stable")  # segments in passage order: passages stay in order
        return BM25Index.from_postings(self.vocabulary(), term[sort], np.concatenate(docs)[sort], np.concatenate(tfs)[sort], self.doc_len)


def _okapi_idf(nd: list[int], n: int) -> tuple[np.ndarray, float]:
    """rank-bm25's idf: log(N - f + .5) - log(f + .5), floored at epsilon * average idf."""
    idf = np.zeros(len(nd), dtype=np.float64)
    if not nd:
        return idf, 0.0
    idf_sum = 0.0
    negative = []
    for t, freq in enumerate(nd):  # summed in rank-bm25's order (first occurrence)
        value = math.log(n - freq + 0.5) - math.log(freq + 0.5)
        idf[t] = value
        idf_sum += value
        if value < 0:
            negative.append(t)
    average_idf = idf_sum / len(nd)
    if negative:
        idf[negative] = EPSILON * average_idf
    return idf, average_idf


def _unit_idf_contrib(index: BM25Index, lo: int, hi: int) -> np.ndarray:
    p = index.postings
    tf = p.tfs[lo:hi].astype(np.float64)
    dl = index.doc_len[p.docs[lo:hi]]
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / index.avgdl))
