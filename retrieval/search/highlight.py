"""Highlighting: the sentence of a passage that best answers a question."""

from __future__ import annotations

from collections.abc import Mapping

from ..text import normalize, sentences


def best_sentence(text: str, weights: Mapping[str, float]) -> str:
    """The sentence of ``text`` holding the most question weight (the first on a tie).

    ``weights`` maps each matched question term to its weight (its idf). A term's weight is
    shared among the passage's sentences that hold it: a word that runs through the whole
    passage (its topic, 麒麟软件) says little about which sentence answers, a word found in
    one sentence only (2024年) says much.
    """
    parts = sentences(text)
    if not parts:
        return text
    norm = [normalize(s) for s in parts]
    spread = {t: sum(t in ns for ns in norm) or 1 for t in weights}
    best, best_score = parts[0], -1.0
    for s, ns in zip(parts, norm):
        score = sum(v / spread[t] for t, v in weights.items() if t in ns)
        if score > best_score + 1e-12:
            best, best_score = s, score
    return best
