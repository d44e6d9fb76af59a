"""Character bigrams a question shares with a passage: a reranking signal over a search's few
candidates that does not depend on how jieba cuts either text (服务商 vs 服务|商会, a
traditional page read as simplified, a phrase written with one character more or less).

The question's bigrams are taken from runs of letters, digits and CJK characters of its
normalised, cue-blanked text, leaving out the bigrams that hold a function character; a
passage's share is the part of them its normalised text holds. Weight and function characters
live in ``retrieval/data/rerank.txt``. Pure functions over the data file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_RUN = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True, slots=True)
class RerankData:
    """What ``data/rerank.txt`` says: the bigram share's weight, the function characters and
    what an article's first passage counts for a question its lead seldom answers."""

    weight: float
    function: frozenset[str]
    lead: float = 1.0


@lru_cache(maxsize=1)
def data() -> RerankData:
    text = resources.files("retrieval").joinpath("data/rerank.txt").read_text("utf-8")
    weight, function, lead = 0.0, set(), 1.0
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] == "weight" and len(parts) == 2:
            weight = float(parts[1])
        elif parts[0] == "lead" and len(parts) == 2:
            lead = float(parts[1])
        elif parts[0] == "function":
            function.update(parts[1:])
    return RerankData(weight, frozenset(function), lead)


def bigrams(text: str, leave_out: str = "") -> tuple[str, ...]:
    """The distinct character bigrams of ``text`` (normalised), in order, none holding a function
    character, none found in ``leave_out`` (a person's name, for what they said)."""
    function = data().function
    out: dict[str, None] = {}
    for run in _RUN.findall(text):
        for k in range(len(run) - 1):
            gram = run[k : k + 2]
            if gram[0] in function or gram[1] in function or gram in leave_out:
                continue
            out[gram] = None
    return tuple(out)


def share(grams: tuple[str, ...], text: str) -> float:
    """The part of ``grams`` that ``text`` (normalised) holds; 0.0 when there are none."""
    if not grams:
        return 0.0
    return sum(1 for g in grams if g in text) / len(grams)

