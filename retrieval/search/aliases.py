"""Words a question and a page use for the same thing (见面 / 会面, 澳洲 / 澳大利亚, APEC /
亚太经合组织): the groups of ``retrieval/data/synonyms.txt``.

A question word's group-mates join its search at a lower weight (``Retriever``'s
ALIAS_WEIGHT); a name's other names count as the corpus speaking of it. Pure functions over
the data file."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..text import normalize


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    text = resources.files("retrieval").joinpath("data/synonyms.txt").read_text("utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        words = list(dict.fromkeys(normalize(w) for w in line.split()))
        for w in words:
            mates = out.setdefault(w, [])
            mates.extend(m for m in words if m != w and m not in mates)
    return {w: tuple(m) for w, m in out.items()}


def mates(word: str, normalized: bool = False) -> tuple[str, ...]:
    """The words that name what ``word`` names (every group it stands in; itself excluded),
    normalised; () for a word in no group. ``normalized``: ``word`` already is."""
    return _groups().get(word if normalized else normalize(word), ())


def in_groups(tokens) -> list[str]:
    """Those of ``tokens`` (normalised already) that stand in a group: one dict look-up each."""
    groups = _groups()
    return [t for t in tokens if t in groups]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    # (words of two characters are tokens already: only longer ones jieba may cut into pieces)
    words = sorted((w for w in _groups() if len(w) >= 3), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def named_in(text: str) -> list[str]:
    """The words of a group that ``text`` (normalised) holds, longest first where they overlap
    (亚太经合组织 in a question jieba cuts into 亚太|经合|组织): one regex search."""
    pattern = _pattern()
    return list(dict.fromkeys(m.group() for m in pattern.finditer(text))) if pattern is not None and text else []
