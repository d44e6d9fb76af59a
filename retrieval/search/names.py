"""Speaker names found in a question by lookup, not by a scan of every name.

``NameIndex`` files every speaker's normalised name under its length; ``find`` tries, for each
length present (longest first), each window of the question of that length against a set —
at most (number of distinct name lengths) × (question length) set lookups, whatever the number
of names (13.5k names at 100k passages: a few microseconds a question instead of a scan).
A plain dict does what an Aho–Corasick automaton would here, names being short and of few lengths.
"""

from __future__ import annotations

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

    def __len__(self) -> int:
        return len(self._by_key)

    def find_all(self, normalized: str) -> list[str]:
        """Every speaker named in ``normalized`` (a ``text.normalize``d text): longest name first,
        then in the order the names were given; each once."""
        found: list[str] = []
        by_key = self._by_key
        for n in self._lengths:
            hits = {normalized[i : i + n] for i in range(len(normalized) - n + 1)} & by_key.keys()
            found.extend(by_key[k] for k in sorted(hits, key=self._rank.__getitem__))
        return found

    def find(self, normalized: str) -> str | None:
        """The longest speaker name in ``normalized`` (ties: the first given), or None."""
        by_key = self._by_key
        for n in self._lengths:
            hits = {normalized[i : i + n] for i in range(len(normalized) - n + 1)} & by_key.keys()
            if hits:
                return by_key[min(hits, key=self._rank.__getitem__)]
        return None
