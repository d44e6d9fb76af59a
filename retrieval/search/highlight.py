"""Highlighting: the sentence of a passage that best answers a question, and where its terms occur.

Pure functions over text: the CLI, the Retriever (``Hit.best_sentence``) and the bot (bold terms,
excerpts) share them, so every front end marks the same words and picks the same sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the question's terms occur in ``text`` (merged, lone single CJK characters dropped).

    Terms are matched after normalisation (a simplified term finds a traditional passage); the
    spans index ``text`` as written.
    """
    terms = [t for t in dict.fromkeys(normalize(t) for t in terms) if t.strip()]
    if not terms or not text:
        return []
    norm, origin = normalized_with_origin(text)
    mask = [False] * len(text)
    for term in terms:
        start = norm.find(term)
        while start >= 0:
            for k in range(start, start + len(term)):
                mask[origin[k]] = True
            start = norm.find(term, start + 1)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if not mask[i]:
            i += 1
            continue
        j = i
        while j < len(text) and mask[j]:
            j += 1
        if j - i >= 2 or text[i].isascii():  # a lone CJK character is noise, not a match
            spans.append((i, j))
        i = j
    return spans


def normalized_with_origin(text: str) -> tuple[str, Sequence[int]]:
    """``normalize(text)`` and, for each of its characters, the index of the one it came from."""
    whole = normalize(text)
    if len(whole) == len(text):  # the usual case: character for character
        return whole, range(len(text))
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = normalize(ch)
        out.append(n)
        origin.extend([i] * len(n))
    return "".join(out), origin
