"""Speaker names found in a question by lookup, not by a scan of every name.

``NameIndex`` files every speaker's normalised name under its first character; ``find`` looks up,
at each position of the question where some name begins (one regex scan for those characters),
the windows of the lengths the names beginning there have — a few set lookups a question,
whatever the number of names (13.5k names at 100k passages: a few microseconds a question
instead of a scan).
A plain dict does what an Aho–Corasick automaton would here, names being short and of few lengths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


class NameIndex:
    """Which of the corpus's speakers a normalised text names (their names as given, longest first)."""

    def __init__(self, names: Mapping[str, str] | Iterable[tuple[str, str]]):
        """``names``: each speaker's name → its normalised form (``Corpus.speaker_names``)."""
        items = names.items() if isinstance(names, Mapping) else names
        by_key: dict[str, str] = {}
        rank: dict[str, int] = {}
        for i, (name, key) in enumerate(items):
            if key and key not in by_key:
                by_key[key] = name
                rank[key] = i
        self._by_key = by_key
        self._rank = rank
        self._lengths = sorted({len(k) for k in by_key}, reverse=True)
        starts: dict[str, set[int]] = {}
        for k in by_key:
            starts.setdefault(k[0], set()).add(len(k))
        # first character → the lengths of the names beginning with it, longest first
        self._starts = {c: tuple(sorted(ns, reverse=True)) for c, ns in starts.items()}
        self._first = re.compile("[" + "".join(map(re.escape, sorted(starts))) + "]") if starts else None

    def _hits(self, normalized: str) -> list[tuple[int, int, str]]:
        """(-length, rank, key) of every name occurring in ``normalized`` (each occurrence)."""
        out: list[tuple[int, int, str]] = []
        if self._first is None:
            return out
        by_key, rank, starts = self._by_key, self._rank, self._starts
        for m in self._first.finditer(normalized):
            i = m.start()
            for n in starts[m.group()]:
                key = normalized[i : i + n]
                if len(key) == n and key in by_key:
                    out.append((-n, rank[key], key))
        return out

    def __len__(self) -> int:
        return len(self._by_key)

    def find_all(self, normalized: str) -> list[str]:
        """Every speaker named in ``normalized`` (a ``text.normalize``d text): longest name first,
        then in the order the names were given; each once."""
        by_key = self._by_key
        return [by_key[key] for _, _, key in sorted(set(self._hits(normalized)))]

    def spans(self, normalized: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of each speaker name in ``normalized``, left to right; where names
        overlap, the longest (then the first given) is kept."""
        by_key, rank, starts = self._by_key, self._rank, self._starts
        if self._first is None:
            return []
        found: list[tuple[int, int, int, str]] = []
        for m in self._first.finditer(normalized):
            i = m.start()
            for n in starts[m.group()]:
                key = normalized[i : i + n]
                if len(key) == n and key in by_key:
                    found.append((-n, rank[key], i, key))
        out: list[tuple[int, int, str]] = []
        for neg, _, i, key in sorted(found):
            if all(i >= b or i - neg <= a for a, b, _ in out):
                out.append((i, i - neg, by_key[key]))
        return sorted(out)

    def find(self, normalized: str) -> str | None:
        """The longest speaker name in ``normalized`` (ties: the first given), or None."""
        hits = self._hits(normalized)
        return self._by_key[min(hits)[2]] if hits else None
