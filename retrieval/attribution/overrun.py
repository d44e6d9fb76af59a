"""A name read past its end into the adverb after it (村民刘大山说，王建军常对大家说: 王建军常): when
the page knows the name without the adverb (村支书王建军), that is the person. Only a known name
shortens a reading, and only by a word of ``data/subject_adverbs.txt``, so a full name the page
knows only in part (王建 known, 王建军 read) stays whole."""

from __future__ import annotations

from ..models import Speaker
from .lexicon import data_words

_ADVERBS = frozenset(data_words("subject_adverbs.txt"))


def known_head(known: dict[str, str | None], sp: Speaker) -> Speaker:
    """``sp``, or the known name it runs past by one subject adverb."""
    if sp.name in known:
        return sp
    for k in range(len(sp.name) - 1, 1, -1):
        head, rest = sp.name[:k], sp.name[k:]
        if head in known and rest in _ADVERBS:
            return Speaker(head, known[head] or sp.title)
    return sp
