"""jieba's most probable route through a block of text, as one function for every layer that cuts.

jieba builds a graph of the dictionary words starting at each character (``get_DAG``), then
walks it from the right keeping the most probable route (``calc``), with a generator and a
tuple per cell. ``route_ends`` does both in one pass with the same float sums and the same
tie-break, so the words are jieba's own: the search cut (search/tokenizer.py), the question's
tags (search/answering.py) and attribution's tags (attribution/postag.py) all call it, and their
tests hold each to jieba's output.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

FIRST, END = 0x4E00, 0xA000  # the CJK unified ideographs ``singles`` holds


def singles(freq: Mapping[str, int]) -> list[int | None]:
    """``freq``'s value for each CJK unified ideograph alone (None where it has none), by code
    point from U+4E00: ``route_ends`` reads a character's own frequency from this short list
    instead of the dictionary of half a million words (a look-up that mostly misses the CPU's
    caches). Valid while ``freq`` is unchanged."""
    get = freq.get
    return [get(c) for c in map(chr, range(FIRST, END))]


_MEMO: list = [(None, -1, -1, None)]  # one dictionary, its size and total, and its ``singles``


def singles_of(freq: Mapping[str, int], total: int) -> list[int | None]:
    """``singles(freq)``, kept for one dictionary at a time (jieba's global one, which the
    question's tags and attribution's tags both walk): made again when ``freq`` is another
    dictionary or words were added to it (its size or total moved)."""
    held, size, tot, table = _MEMO[0]
    if held is not freq or size != len(freq) or tot != total:
        table = singles(freq)
        _MEMO[0] = (freq, len(freq), total, table)  # (one store: a reader sees a whole entry)
    return table


def route_ends(blk: str, get, logtotal: float, alone: list[int | None] | None = None) -> list[int]:
    """jieba's ``get_DAG`` and ``calc`` fused over one block of text: ``end[k]`` is the last
    index of the word the most probable route takes at ``k`` (log frequency − log total, summed
    from the right; one dictionary look-up ``get`` per fragment; a tie keeps the longer word, as
    jieba's tuples compare; a character no dictionary word starts with stands alone).
    ``alone``: ``singles`` of the same dictionary, where a CJK character's own value is read."""
    log = math.log
    n = len(blk)
    value = [0.0] * (n + 1)
    end = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        bv, bi = 0.0, -1
        i = k
        c = blk[k]
        f = alone[ord(c) - FIRST] if alone is not None and FIRST <= ord(c) < END else get(c)
        while f is not None:
            if f:
                v = log(f) - logtotal + value[i + 1]
                if bi < 0 or v > bv or (v == bv and i > bi):
                    bv, bi = v, i
            i += 1
            if i >= n:
                break
            f = get(blk[k : i + 1])
        if bi < 0:
            bv, bi = log(get(blk[k]) or 1) - logtotal + value[k + 1], k
        value[k], end[k] = bv, bi
    return end
