"""The Corpus: one frozen value that pages, attribution and the tokenizer build, the cache saves
and loads, and the Retriever ranks."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .attribution.lexicon import simplify_aligned, title_end
from .models import Document, Passage
from .pages.ingest import Page
from .search.bm25 import BM25Index
from .search.tokenizer import Tokenizer
from .text import normalize


def user_words(passages: Iterable[Passage]) -> list[str]:
    """Speaker names, and the organisations and title words of their titles: single tokens
    in passages and questions alike. A whole title is never one token (市科技局党委书记 →
    市科技局 | 党委书记), so a question that names the organisation still matches."""
    words: set[str] = set()
    for p in passages:
        if p.speaker is None:
            continue
        words.add(p.speaker.name)
        for part in re.split(r"[、，,兼]", p.speaker.title or ""):
            m = title_end().search(simplify_aligned(part))
            org, word = (part[: m.start()], m.group()) if m else ("", part)
            words.update(w for w in (org, word) if 2 <= len(w) <= 6)
    return sorted(words)


def normalized_names(passages: Iterable[Passage], known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every speaker's name → its normalised form (``known`` ones, e.g. from a cache, as given)."""
    known = known or {}
    names = sorted({p.speaker.name for p in passages if p.speaker is not None})
    return {n: known.get(n) or normalize(n) for n in names}


@dataclass(frozen=True, slots=True, eq=False)
class Corpus:
    """Pages with their documents and passages, the tokenizer that cut them, and their index.

    A value: nothing in it changes once built (two corpora are equal only when they are the same
    object: the tokenizer and the index compare by identity).

    ``speaker_names`` maps every speaker's name to its normalised form (what a question is
    matched against); ``warnings`` are the files and pages ingestion skipped.
    """

    pages: tuple[Page, ...]
    tokenizer: Tokenizer
    index: BM25Index
    speaker_names: Mapping[str, str]
    documents: tuple[Document, ...] = ()
    passages: tuple[Passage, ...] = ()
    warnings: tuple[str, ...] = ()
    from_cache: bool = False
    build_seconds: float = 0.0

    def __post_init__(self) -> None:
        if not self.documents and self.pages:
            object.__setattr__(self, "documents", tuple(page.document for page in self.pages))
        if not self.passages and self.pages:
            object.__setattr__(self, "passages", tuple(p for page in self.pages for p in page.passages))
        if self.index.size != len(self.passages):
            raise ValueError(f"the index holds {self.index.size} passages, the pages {len(self.passages)}")

    @classmethod
    def build(
        cls,
        pages: Sequence[Page],
        *,
        tokenizer: Tokenizer | None = None,
        tokens: Sequence[Sequence[str]] | None = None,
        warnings: Sequence[str] = (),
        speaker_names: Mapping[str, str] | None = None,
    ) -> Corpus:
        """Tokenize (unless ``tokens`` are given, one list per passage) and index ``pages``."""
        started = time.perf_counter()
        passages = tuple(p for page in pages for p in page.passages)
        tokenizer = tokenizer or Tokenizer(user_words(passages))
        if tokens is None:
            tokens = [tokenizer(p.text) for p in passages]
        index = BM25Index.build(tokens)
        return cls(
            pages=tuple(pages),
            tokenizer=tokenizer,
            index=index,
            speaker_names=normalized_names(passages, speaker_names),
            passages=passages,
            warnings=tuple(warnings),
            build_seconds=time.perf_counter() - started,
        )
