"""The query path's compiled kernels (numba: the optional extra ``fast``), and their switch.

``BM25Index.top_k`` adds a query's postings into a zero vector of one float per passage and cuts
the k best from it (``bincount``, a bound, a partition: exact, but at 100k passages the 800 KB
vector it writes afresh for every question evicts what the rest of the search reads next). The
kernel here adds the same contributions (``pair weight × idf``, one multiplication each) in the
same order (query token by query token, from 0.0) into a vector kept per thread, then walks the
same postings once more, reading each passage's sum, zeroing it and keeping the k best
(highest score first, ties: lower passage id first) — the same doubles, the same k, and the
vector left all zeros for the next question. tests/search/test_kernels_s13.py holds it to the
numpy path.

numba is optional. Without it, with ``YANLU_JIT=0``, or until the kernel is compiled, every
caller takes the numpy path (``kernel()`` returns None). Compiling costs about 3 s of CPU the
first time (numba keeps the machine code in ``__pycache__``; later processes load it in about
0.1 s) and importing numba about 0.5–0.9 s: ``kernel()`` therefore starts both in a
background thread on its first call and answers None until they are done, so a start-up never
waits for them. ``ready(timeout)`` waits (the bench and the tests).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

import numpy as np

_lock = threading.Lock()
_done = threading.Event()
_state: dict[str, object] = {"started": False, "kernel": None, "presence": None, "error": None}
_local = threading.local()


def enabled() -> bool:
    """False when ``YANLU_JIT`` is 0, off, no or false (the numpy path only)."""
    return os.environ.get("YANLU_JIT", "1").strip().lower() not in ("0", "off", "no", "false")


def top_k_dense(packed, starts, ends, idfs, pair_weights, bits, k, buf, ids, vals):
    """The kernel (compiled by ``_compile``; as plain Python it gives the same, slowly): the
    postings ``packed[starts[j]:ends[j]]`` times ``idfs[j]`` added into ``buf`` (all zeros) in
    query order, then the k best passages written to ``ids``/``vals`` best first and ``buf``
    zeroed again. Returns how many were written, -1 if a posting points outside ``buf`` or
    ``pair_weights`` (``buf`` then needs zeroing)."""
    n_docs = buf.shape[0]
    n_pairs = pair_weights.shape[0]
    mask = (np.int64(1) << bits) - 1
    for j in range(starts.shape[0]):  # query order: the same additions as bincount's
        w = idfs[j]
        for q in range(starts[j], ends[j]):
            p = np.int64(packed[q])
            d = p >> bits
            pair = p & mask
            if d >= n_docs or pair >= n_pairs:
                return -1
            buf[d] += pair_weights[pair] * w
    n = 0
    for j in range(starts.shape[0]):
        for q in range(starts[j], ends[j]):
            d = np.int64(packed[q]) >> bits
            s = buf[d]
            buf[d] = 0.0
            if s == 0.0:  # (no score, or read already: a passage counts once)
                continue
            if n == k and not (s > vals[k - 1] or (s == vals[k - 1] and d < ids[k - 1])):
                continue
            i = n if n < k else k - 1
            while i > 0 and (s > vals[i - 1] or (s == vals[i - 1] and d < ids[i - 1])):
                ids[i] = ids[i - 1]
                vals[i] = vals[i - 1]
                i -= 1
            ids[i] = d
            vals[i] = s
            if n < k:
                n += 1
    return n


def pool_presence(packed, starts, ends, rare, w, probes, pool, firsts, lasts, bits, has, article):
    """``Retriever._pool_weights``' look-ups in one pass (compiled by ``_compile``; as plain
    Python it gives the same, slowly). For each term r (its postings ``packed[starts[r]:ends[r]]``,
    empty for a word the index lacks) and each probe (``probes``: the pool's passages, then their
    articles' first passages, as ``BM25Index.probes_of`` makes them), the first posting at or
    after it (the last one past the end: numpy's ``searchsorted`` and a clipped ``take``);
    ``has[r, k]``: pool passage k holds term r; a rare term (``rare[r]``) that passage k lacks
    but whose next passage from its article's start lies in its article (``firsts[k]`` to
    ``lasts[k]``) adds ``w[r]`` to ``article[k]`` — term by term, from 0.0, as the Python loop adds."""
    n = pool.shape[0]
    for r in range(starts.shape[0]):
        a = starts[r]
        b = ends[r]
        if a == b:
            continue
        m = 2 * n if rare[r] else n
        for k in range(m):
            x = probes[k]
            lo = a
            hi = b
            while lo < hi:  # (searchsorted, side "left")
                mid = (lo + hi) >> 1
                if packed[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
            if lo == b:
                lo = b - 1
            f = np.int64(packed[lo]) >> bits
            if k < n:
                has[r, k] = f == pool[k]
            else:
                j = k - n
                if not has[r, j] and firsts[j] <= f and f < lasts[j]:
                    article[j] += w[r]
    return 0


def _compile() -> None:
    try:
        from numba import njit  # the optional extra

        fn = njit(cache=True, nogil=True)(top_k_dense)
        # compiled now for both posting widths (uint32 and uint64), read-only (mapped) or not
        for dtype in (np.uint32, np.uint64):
            for writeable in (True, False):
                packed = np.array([0, (1 << 1) | 1], dtype=dtype)
                pw = np.array([0.5, 0.25])
                packed.setflags(write=writeable)
                pw.setflags(write=writeable)
                fn(packed, np.array([0], np.int64), np.array([2], np.int64), np.array([1.0]), pw, 1, 1,
                   np.zeros(2), np.zeros(1, np.int64), np.zeros(1))
        presence = njit(cache=True, nogil=True)(pool_presence)
        for dtype in (np.uint32, np.uint64):
            for writeable in (True, False):
                packed = np.array([0, 2, 4], dtype=dtype)
                packed.setflags(write=writeable)
                one = np.array([0], np.int64)
                presence(packed, one, np.array([3], np.int64), np.array([1], np.uint8), np.array([1.0]),
                         np.array([2, 0], dtype=dtype), np.array([1], np.int64), one, np.array([2], np.int64), 1,
                         np.zeros((1, 1), dtype=np.bool_), np.zeros(1))
        _state["presence"] = presence
        _state["kernel"] = fn
    except Exception as exc:  # numba missing or failing: the numpy path stays
        _state["error"] = exc
    finally:
        _done.set()


def kernel() -> Callable | None:
    """The compiled top-k kernel, or None (numba missing, switched off, or still compiling: the
    first call starts compiling it in a background thread)."""
    got = _state["kernel"]
    if got is not None or _done.is_set():
        return got if enabled() else None  # type: ignore[return-value]
    if not enabled():
        return None
    with _lock:
        if not _state["started"]:
            _state["started"] = True
            threading.Thread(target=_compile, name="yanlu-jit", daemon=True).start()
    return None


def presence_kernel() -> Callable | None:
    """The compiled ``pool_presence``, or None (as ``kernel()``)."""
    return _state["presence"] if kernel() is not None else None  # type: ignore[return-value]


def ready(timeout: float | None = None) -> bool:
    """Start compiling (if enabled) and wait up to ``timeout`` s: True once the kernel is there."""
    if not enabled():
        return False
    kernel()
    _done.wait(timeout)
    return _state["kernel"] is not None


def status() -> str:
    """What the query path runs: "compiled", "numpy (YANLU_JIT=0)", "numpy (compiling)" or
    "numpy (<why numba failed>)"."""
    if not enabled():
        return "numpy (YANLU_JIT=0)"
    if _state["kernel"] is not None:
        return "compiled"
    err = _state["error"]
    return f"numpy ({type(err).__name__}: {err})" if err is not None else "numpy (compiling)"


def buffer(n: int) -> np.ndarray:
    """This thread's zero vector of ``n`` floats (the kernel leaves it all zeros again)."""
    buf = getattr(_local, "buf", None)
    if buf is None or buf.shape[0] != n:
        buf = _local.buf = np.zeros(n, dtype=np.float64)
    return buf


def top_k(fn: Callable, packed: np.ndarray, starts: list[int], ends: list[int], idfs: list[float],
          pair_weights: np.ndarray, bits: int, n_docs: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(passage ids, scores) of the k best passages with a non-zero score, best first, by ``fn``
    (``kernel()``) over the postings ``packed[starts[j]:ends[j]]`` weighted by ``idfs[j]``."""
    buf = buffer(n_docs)
    ids = np.empty(k, dtype=np.int64)
    vals = np.empty(k, dtype=np.float64)
    got = fn(packed, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64), np.array(idfs, dtype=np.float64),
             pair_weights, bits, k, buf, ids, vals)
    if got < 0:
        buf.fill(0.0)
        raise ValueError("postings point outside the corpus")
    return ids[:got], vals[:got]


def pool_lookups(fn: Callable, packed: np.ndarray, starts: list[int], ends: list[int], rare: list[bool], w: np.ndarray,
                 probes: np.ndarray, pool: np.ndarray, firsts: list[int], lasts: list[int], bits: int) -> tuple[np.ndarray, np.ndarray]:
    """(has, article) of ``pool_presence`` by ``fn`` (``presence_kernel()``): which of ``pool`` hold
    each term (bool, terms × pool), and the rare terms' weight each one's article holds elsewhere."""
    has = np.zeros((len(starts), len(pool)), dtype=bool)
    article = np.zeros(len(pool))
    fn(packed, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64), np.array(rare, dtype=np.uint8), w,
       probes, pool, np.array(firsts, dtype=np.int64), np.array(lasts, dtype=np.int64), bits, has, article)
    return has, article
