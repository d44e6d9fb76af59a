"""The query path's compiled kernels (numba: the optional extra ``fast``), and their switch.

``BM25Index.top_k`` adds a query's postings into a zero vector of one float per passage and cuts
the k best from it (``bincount``, a bound, a partition: exact, but at 100k passages the 800 KB
vector it writes afresh for every question evicts what the rest of the search reads next). The
kernel here adds the same contributions (``pair weight × idf``, one multiplication each) in the
same order (query token by query token, from 0.0) into a vector kept per thread, then walks the
same postings once more, reading each passage's sum, zeroing it and keeping the k best
(highest score first, ties: lower passage id first) — the same doubles, the same k, and the
vector left all zeros for the next question. ``pool_presence`` does ``Retriever._pool_weights``'
binary searches (which pool passages hold each question word, and the article credit) in one
pass. tests/search/test_kernels_s13.py holds both to the numpy paths.

numba is optional. Without it, with ``QA_JIT=0`` (``Settings.jit``, applied by
``Retriever.from_path`` through ``switch``), or until the kernels are compiled, every
caller takes the numpy path (``kernel()`` returns None). Compiling costs about 3 s of CPU the
first time (numba keeps the machine code in ``__pycache__``; later processes load it in about
0.4 s of CPU) and importing numba 0.15–0.9 s: ``kernel()`` therefore starts both in a
background thread on its first call and answers None until they are done, so a start-up never
waits for them. ``ready(timeout)`` waits (the bench and the tests).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

_SWITCH = True  # (the setting QA_JIT turns it off: ``switch``; nothing is read at import)
_lock = threading.Lock()
_done = threading.Event()
_state: dict[str, object] = {"started": False, "kernel": None, "presence": None, "error": None}
_local = threading.local()


def enabled() -> bool:
    """False after ``switch(False)`` (QA_JIT=0, or a test): the numpy path only."""
    return _SWITCH


def switch(on: bool) -> bool:
    """Turn the compiled path on or off (``Settings.jit``; the tests compare both); returns the former setting."""
    global _SWITCH
    was, _SWITCH = _SWITCH, bool(on)
    return was


def top_k_dense(packed, ptr, idf, terms, pair_weights, bits, k, buf):
    """The k best passages of the query ``terms`` (term ids, in query order, repeats kept), best
    first: (ids, scores, how many; -1 when a posting points outside ``buf`` or ``pair_weights``,
    ``buf`` then needs zeroing). Compiled by ``_compile``; as plain Python it gives the same, slowly.

    Each term's postings ``packed[ptr[t]:ptr[t + 1]]`` add ``pair_weights[pair] * idf[t]`` into
    ``buf`` (all zeros) term by term, in query order — the same products and additions as
    ``bincount`` over the postings laid end to end —; then the same postings are walked again,
    each passage's sum read once and zeroed, and the k best kept (higher score first, ties:
    lower passage id first): ``buf`` is all zeros again."""
    n_docs = buf.shape[0]
    n_pairs = pair_weights.shape[0]
    mask = (np.int64(1) << bits) - 1
    ids = np.zeros(k, dtype=np.int64)
    vals = np.zeros(k, dtype=np.float64)
    for t in terms:
        w = idf[t]
        for q in range(ptr[t], ptr[t + 1]):
            p = np.int64(packed[q])
            d = p >> bits
            pair = p & mask
            if d >= n_docs or pair >= n_pairs:
                return ids, vals, -1
            buf[d] += pair_weights[pair] * w
    n = 0
    for t in terms:
        for q in range(ptr[t], ptr[t + 1]):
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
    return ids, vals, n


def pool_presence(packed, ptr, terms, rare, w, pool, bounds, bits):
    """``Retriever._pool_weights``' look-ups in one pass: (has, article). Compiled by ``_compile``;
    as plain Python it gives the same, slowly.

    For each term r (``terms[r]``: its id, -1 for a word the index lacks) and each probe — the
    pool's passages, then (rare terms only, ``rare[r]``) their articles' first passages
    (``bounds[i, 0]``), each clipped into the index and shifted as ``BM25Index.probes_of`` does —
    the first posting at or after it, the last one past the end (numpy's ``searchsorted`` and a
    clipped ``take``). ``has[r, k]``: pool passage k holds term r. A rare term that passage k
    lacks but whose first passage at or after its article's start lies in its article (before
    ``bounds[i, 1]``) adds ``w[r]`` to ``article[k]``, term by term from 0.0, as the Python loop adds."""
    n = pool.shape[0]
    top = bounds.shape[0] - 1
    has = np.zeros((terms.shape[0], n), dtype=np.bool_)
    article = np.zeros(n, dtype=np.float64)
    for r in range(terms.shape[0]):
        t = terms[r]
        if t < 0:
            continue
        a = ptr[t]
        b = ptr[t + 1]
        if a == b:
            continue
        m = 2 * n if rare[r] else n
        for k in range(m):
            i = pool[k] if k < n else bounds[pool[k - n], 0]
            x = (0 if i < 0 else top if i > top else i) << bits
            lo = a
            hi = b
            while lo < hi:  # (searchsorted, side "left")
                mid = (lo + hi) >> 1
                if np.int64(packed[mid]) < x:
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
                if not has[r, j] and bounds[pool[j], 0] <= f and f < bounds[pool[j], 1]:
                    article[j] += w[r]
    return has, article


def _compile() -> None:
    try:
        from numba import njit  # the optional extra

        top = njit(cache=True, nogil=True)(top_k_dense)
        presence = njit(cache=True, nogil=True)(pool_presence)
        # compiled now for both posting widths, the index's arrays read-only (``readonly``)
        for dtype in (np.uint32, np.uint64):
            packed = readonly(np.array([0, (1 << 1) | 1], dtype=dtype))
            ptr = readonly(np.array([0, 2], dtype=np.int64))
            one = np.zeros(1, dtype=np.int64)
            top(packed, ptr, readonly(np.ones(1)), one, readonly(np.array([0.5, 0.25])), 1, 1, np.zeros(2))
            presence(packed, ptr, one, np.ones(1, dtype=np.bool_), np.ones(1), one,
                     readonly(np.array([[0, 2], [0, 2]], dtype=np.int64)), 1)
        _state["presence"] = presence
        _state["kernel"] = top
    except Exception as exc:  # numba missing or failing: the numpy path stays
        _state["error"] = exc
    finally:
        _done.set()


def readonly(a: np.ndarray) -> np.ndarray:
    """A read-only plain ndarray view of ``a`` (what the kernels are compiled for: a mapped and a
    built index then share one compiled version)."""
    v = a.view(np.ndarray)
    v.setflags(write=False)
    return v


def kernel() -> Callable | None:
    """The compiled ``top_k_dense``, or None (numba missing, switched off, or still compiling: the
    first call starts compiling it in a background thread)."""
    if not _SWITCH:
        return None
    got = _state["kernel"]
    if got is not None or _done.is_set():
        return got  # type: ignore[return-value]
    with _lock:
        if not _state["started"]:
            _state["started"] = True
            threading.Thread(target=_compile, name="yanlu-jit", daemon=True).start()
    return None


def presence_kernel() -> Callable | None:
    """The compiled ``pool_presence``, or None (as ``kernel()``)."""
    return _state["presence"] if kernel() is not None else None  # type: ignore[return-value]


def ready(timeout: float | None = None) -> bool:
    """Start compiling (if enabled) and wait up to ``timeout`` s: True once the kernels are there."""
    if not _SWITCH:
        return False
    kernel()
    _done.wait(timeout)
    return _state["kernel"] is not None


def status() -> str:
    """What the query path runs: "compiled", "numpy (QA_JIT=0)", "numpy (compiling)" or
    "numpy (<why numba failed>)"."""
    if not _SWITCH:
        return "numpy (switched off: QA_JIT=0)"
    if _state["kernel"] is not None:
        return "compiled"
    err = _state["error"]
    return f"numpy ({type(err).__name__}: {err})" if err is not None else "numpy (compiling)"


def buffer(n: int) -> np.ndarray:
    """This thread's zero vector of ``n`` floats (``top_k_dense`` leaves it all zeros again)."""
    buf = getattr(_local, "buf", None)
    if buf is None or buf.shape[0] != n:
        buf = _local.buf = np.zeros(n, dtype=np.float64)
    return buf
