"""jieba's part-of-speech tags (``jieba.posseg.lcut``), the same tags at a fraction of the cost.

``tags(text)`` returns exactly ``[(w.word, w.flag) for w in jieba.posseg.lcut(text)]`` as a
tuple. Attribution tags many short, overlapping pieces of text (a candidate name, the clause
before a speech verb); jieba spends almost all of that time in its HMM (a Viterbi search over
256 states, one Python generator per cell) for the runs of characters its dictionary does not
know. Here:

* the text is cut into the blocks jieba tags independently (``re_han_internal``: a block never
  sees its neighbours), and each block is tagged once per process (``_block``, cached);
* the HMM runs as arrays (``_viterbi``, cached per run): the same float64 sums in the same order
  ((score + transition) + emission), ties resolved as jieba's ``max`` over ``(score, state)``
  resolves them (the greater state), so the path is jieba's path.

* the dictionary graph and route come from ``segmentation.route_ends`` (jieba's ``get_DAG`` and
  ``calc`` fused, the same sums and tie-break).

Everything else (the word tags, the HMM's tables) is jieba's own data, read through public
names of jieba 0.42.1; tests/attribution/test_postag.py holds ``tags`` to ``pseg.lcut`` on the
test pages, so a jieba release that changes its tagger fails there, not silently.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from ..segmentation import route_ends, singles_of


@lru_cache(maxsize=1)
def _pseg():
    import jieba.posseg as pseg

    return pseg


class _Hmm:
    """jieba.posseg's HMM (char_state_tab_P, start_P, trans_P, emit_P) as arrays."""

    def __init__(self) -> None:
        from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF

        pseg = _pseg()
        trans = pseg.trans_P
        # states in tuple order: among equal scores the greater index is jieba's greater state
        self.states = sorted(trans)
        index = {s: i for i, s in enumerate(self.states)}
        n = len(self.states)
        self.index = index
        self.trans = np.full((n, n), MIN_INF, dtype=np.float64)
        for x, row in trans.items():
            for y, p in row.items():
                self.trans[index[x], index[y]] = p
        # which states may follow which: the keys of trans_P (a key may hold -inf: still a successor)
        self.follows = np.zeros((n, n), dtype=bool)
        for x, row in trans.items():
            for y in row:
                self.follows[index[x], index[y]] = True
        self.has_next = self.follows.any(axis=1)
        self.start = np.array([pseg.start_P[s] for s in self.states], dtype=np.float64)
        self._min_float = MIN_FLOAT
        # emit_P turned around: per character, the states that may emit it and how likely
        sparse: dict[str, tuple[list[int], list[float]]] = {}
        for s, row in pseg.emit_P.items():
            for c, p in row.items():
                got = sparse.setdefault(c, ([], []))
                got[0].append(index[s])
                got[1].append(p)
        self._emit_sparse = sparse
        self._char_states = pseg.char_state_tab_P
        self._emit: dict[str, np.ndarray] = {}
        self._cand: dict[str, np.ndarray] = {}

    def emit(self, c: str) -> np.ndarray:
        """``emit_p[y].get(c, MIN_FLOAT)`` for every state y."""
        e = self._emit.get(c)
        if e is None:
            e = np.full(len(self.states), self._min_float, dtype=np.float64)
            if (got := self._emit_sparse.get(c)) is not None:
                e[got[0]] = got[1]
            self._emit[c] = e
        return e

    def candidates(self, c: str) -> np.ndarray:
        """Which states jieba allows for ``c`` (all of them for a character it never saw), as a mask."""
        got = self._cand.get(c)
        if got is None:
            ys = self._char_states.get(c)
            got = np.zeros(len(self.states), dtype=bool)
            if ys is None:
                got[:] = True
            else:
                got[[self.index[y] for y in ys]] = True
            self._cand[c] = got
        return got


@lru_cache(maxsize=1)
def _hmm() -> _Hmm:
    return _Hmm()


@lru_cache(maxsize=1 << 16)
def _viterbi(obs: str) -> tuple[tuple[str, str], ...]:
    """``jieba.posseg.viterbi.viterbi(obs, …)[1]``: the best state path (BMES, tag) per character."""
    h = _hmm()
    cur = np.flatnonzero(h.candidates(obs[0]))  # state indices, ascending (= jieba's state order)
    score = h.start[cur] + h.emit(obs[0])[cur]
    steps: list[tuple[np.ndarray, np.ndarray]] = []
    for c in obs[1:]:
        keep = h.has_next[cur]
        prev, prev_score = cur[keep], score[keep]
        if not len(prev):
            raise ValueError("max() arg is an empty sequence")  # as jieba's viterbi fails
        expect = np.logical_or.reduce(h.follows[prev], axis=0)
        nxt = np.flatnonzero(h.candidates(c) & expect)
        if not len(nxt):
            nxt = np.flatnonzero(expect)  # never empty: every state in prev has a successor
        m = prev_score[:, None] + h.trans[np.ix_(prev, nxt)]
        m = m + h.emit(c)[nxt][None, :]
        best = len(prev) - 1 - np.argmax(m[::-1], axis=0)  # the greatest state among equal scores
        score = m[best, np.arange(len(nxt))]
        steps.append((nxt, prev[best]))
        cur = nxt
    state = int(cur[len(cur) - 1 - int(np.argmax(score[::-1]))])
    route = [0] * len(obs)
    for i in range(len(obs) - 1, 0, -1):
        route[i] = state
        idx, back = steps[i - 1]
        state = int(back[int(np.searchsorted(idx, state))])
    route[0] = state
    return tuple(h.states[s] for s in route)


def _hmm_cut(sentence: str) -> list[tuple[str, str]]:
    """``POSTokenizer.__cut``: words and tags from the HMM path of one run of Chinese characters."""
    pos_list = _viterbi(sentence)
    out, begin, nexti = [], 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append((sentence[begin : i + 1], pos_list[i][1]))
            nexti = i + 1
        elif pos == "S":
            out.append((char, pos_list[i][1]))
            nexti = i + 1
    if nexti < len(sentence):
        out.append((sentence[nexti:], pos_list[nexti][1]))
    return out


def _cut_detail(sentence: str) -> list[tuple[str, str]]:
    """``POSTokenizer.__cut_detail``: a run of characters the dictionary does not hold."""
    pseg = _pseg()
    out: list[tuple[str, str]] = []
    for blk in pseg.re_han_detail.split(sentence):
        if pseg.re_han_detail.match(blk):
            out.extend(_hmm_cut(blk))
        else:
            for x in pseg.re_skip_detail.split(blk):
                if x:
                    if pseg.re_num.match(x):
                        out.append((x, "m"))
                    elif pseg.re_eng.match(x):
                        out.append((x, "eng"))
                    else:
                        out.append((x, "x"))
    return out


def _cut_dag(sentence: str) -> list[tuple[str, str]]:
    """``POSTokenizer.__cut_DAG`` (HMM on): jieba's route, single characters gathered for the HMM."""
    pos = _pseg().dt
    dt = pos.tokenizer
    tag, freq = pos.word_tag_tab, dt.FREQ
    end = route_ends(sentence, freq.get, math.log(dt.total), singles_of(freq, dt.total))  # get_DAG and calc, fused
    out: list[tuple[str, str]] = []

    def flush(buf: str) -> None:
        if len(buf) == 1:
            out.append((buf, tag.get(buf, "x")))
        elif not freq.get(buf):
            out.extend(_cut_detail(buf))
        else:
            out.extend((elem, tag.get(elem, "x")) for elem in buf)

    x, buf, n = 0, "", len(sentence)
    while x < n:
        y = end[x] + 1
        word = sentence[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                flush(buf)
                buf = ""
            out.append((word, tag.get(word, "x")))
        x = y
    if buf:
        flush(buf)
    return out


@lru_cache(maxsize=1 << 15)
def _block(blk: str) -> tuple[tuple[str, str], ...]:
    """The tags of one block as ``jieba.posseg`` cuts a text into blocks."""
    pseg = _pseg()
    if pseg.re_han_internal.match(blk):
        return tuple(_cut_dag(blk))
    return tuple((w.word, w.flag) for w in pseg.dt.cut(blk))  # spaces, punctuation: cheap


def tags(text: str) -> tuple[tuple[str, str], ...]:
    """``jieba.posseg.lcut(text)`` as (word, flag) pairs, from blocks tagged once each."""
    pseg = _pseg()
    pos = pseg.dt
    pos.makesure_userdict_loaded()
    pos.tokenizer.check_initialized()
    out: list[tuple[str, str]] = []
    for blk in pseg.re_han_internal.split(text):
        if blk:
            out.extend(_block(blk))
    return tuple(out)


def cut(text: str) -> tuple[str, ...]:
    """``jieba.lcut(text)`` (jieba's global tokenizer, HMM on) as a tuple, from blocks cut once
    each: jieba's own block split, ``route_ends`` for its ``get_DAG`` and ``calc``, and its
    ``finalseg`` HMM for the runs of single characters the dictionary does not know."""
    import jieba

    dt = jieba.dt
    dt.check_initialized()
    han, skip = jieba.re_han_default, jieba.re_skip_default
    held = (id(dt.FREQ), len(dt.FREQ), dt.total)  # blocks cut by another dictionary are not reused
    out: list[str] = []
    for blk in han.split(text):
        if not blk:
            continue
        if han.match(blk):
            out.extend(_cut_block(blk, held))
        else:
            for x in skip.split(blk):
                if skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return tuple(out)


@lru_cache(maxsize=1 << 15)
def _cut_block(blk: str, held: tuple) -> tuple[str, ...]:
    """``Tokenizer.__cut_DAG`` of jieba's global tokenizer over one block (``held``: its dictionary)."""
    import jieba
    from jieba import finalseg

    dt = jieba.dt
    freq = dt.FREQ
    end = route_ends(blk, freq.get, math.log(dt.total), singles_of(freq, dt.total))
    out: list[str] = []

    def flush(buf: str) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not freq.get(buf):
            out.extend(finalseg.cut(buf))
        else:
            out.extend(buf)

    x, buf, n = 0, "", len(blk)
    while x < n:
        y = end[x] + 1
        word = blk[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                flush(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        flush(buf)
    return tuple(out)


def dictionary_entry(word: str) -> tuple[str, int] | None:
    """jieba's dictionary entry for ``word``: its tag and frequency, or None when the dictionary
    does not hold it (a name jieba tags ``nr`` by its HMM is no entry; 祝贺/nr, 560 is one)."""
    pos = _pseg().dt
    pos.tokenizer.check_initialized()
    freq = pos.tokenizer.FREQ.get(word)
    if not freq:
        return None
    return pos.word_tag_tab.get(word, "x"), freq
