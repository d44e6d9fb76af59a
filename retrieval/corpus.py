"""The Corpus: one frozen value that pages, attribution and the tokenizer build, the cache saves
and loads, and the Retriever ranks."""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .attribution.lexicon import simplify_aligned, title_end
from .models import Document, Passage
from .pages.ingest import MAX_FILE_BYTES, Admission, Page, SkipFile, parse_page, read_file
from .search.bm25 import BM25Index, SegmentedIndex
from .search.names import NameIndex
from .search.tokenizer import Tokenizer
from .text import normalize

log = logging.getLogger(__name__)


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


class TextColumn(Sequence[str]):
    """Texts stored offset-indexed: one UTF-8 blob and the int64 offsets of each text in it.

    Reading text ``i`` decodes only that text, so a corpus loaded from the cache (both arrays
    memory-mapped) starts without decoding any. ``save`` / ``load`` write and read two ``.npy``
    files (no pickle).
    """

    def __init__(self, blob: np.ndarray, offsets: np.ndarray):
        if blob.dtype != np.uint8 or offsets.dtype != np.int64 or blob.ndim != 1 or offsets.ndim != 1:
            raise ValueError("text column arrays of the wrong type")
        if len(offsets) < 1 or offsets[0] != 0 or offsets[-1] != len(blob) or np.any(np.diff(offsets) < 0):
            raise ValueError("text column offsets are inconsistent")
        self.blob = blob
        self.offsets = offsets

    @classmethod
    def of(cls, texts: Iterable[str]) -> TextColumn:
        encoded = [t.encode("utf-8") for t in texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if not -n <= i < n:
            raise IndexError(i)
        i %= n
        return self.blob[self.offsets[i] : self.offsets[i + 1]].tobytes().decode("utf-8")

    def save(self, directory: str | os.PathLike, name: str) -> list[str]:
        names = [f"{name}-blob.npy", f"{name}-offsets.npy"]
        for file, arr in zip(names, (self.blob, self.offsets)):
            np.save(Path(directory) / file, np.ascontiguousarray(arr), allow_pickle=False)
        return names

    @classmethod
    def load(cls, directory: str | os.PathLike, name: str, mmap: bool = True) -> TextColumn:
        mode = "r" if mmap else None
        blob = np.load(Path(directory) / f"{name}-blob.npy", allow_pickle=False, mmap_mode=mode)
        offsets = np.load(Path(directory) / f"{name}-offsets.npy", allow_pickle=False, mmap_mode=mode)
        return cls(blob.view(np.ndarray), offsets.view(np.ndarray))


@dataclass(frozen=True, slots=True, eq=False)
class Corpus:
    """Pages with their documents and passages, the tokenizer that cut them, and their index.

    A value: nothing in it changes once built (two corpora are equal only when they are the same
    object: the tokenizer and the index compare by identity).

    ``speaker_names`` maps every speaker's name to its normalised form (what a question is
    matched against) and ``names`` finds them in a normalised question (``search.names.NameIndex``);
    ``normalized`` holds every passage's ``text.normalize``d text, computed once at build time
    (offset-indexed, memory-mapped from the cache); ``warnings`` are the files and pages
    ingestion skipped.
    """

    pages: tuple[Page, ...]
    tokenizer: Tokenizer
    index: BM25Index | SegmentedIndex
    speaker_names: Mapping[str, str]
    documents: tuple[Document, ...] = ()
    passages: tuple[Passage, ...] = ()
    warnings: tuple[str, ...] = ()
    from_cache: bool = False
    build_seconds: float = 0.0
    normalized: TextColumn | None = None
    names: NameIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.documents and self.pages:
            object.__setattr__(self, "documents", tuple(page.document for page in self.pages))
        if not self.passages and self.pages:
            object.__setattr__(self, "passages", tuple(p for page in self.pages for p in page.passages))
        if self.index.size != len(self.passages):
            raise ValueError(f"the index holds {self.index.size} passages, the pages {len(self.passages)}")
        if self.normalized is None:
            object.__setattr__(self, "normalized", TextColumn.of(normalize(p.text) for p in self.passages))
        elif len(self.normalized) != len(self.passages):
            raise ValueError(f"{len(self.normalized)} normalised texts for {len(self.passages)} passages")
        object.__setattr__(self, "names", NameIndex(self.speaker_names))

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

    # -- incremental: files added without rebuilding the rest ------------------------------------
    def with_files(self, paths: Iterable[str | os.PathLike], max_file_bytes: int = MAX_FILE_BYTES) -> Corpus:
        """A new corpus: this one with ``paths`` parsed, attributed and indexed as a delta segment.

        Nothing is rebuilt: the new pages are cut by this corpus's tokenizer and indexed on their
        own, and the index combines the segments (``SegmentedIndex``) so that every score is exactly
        rank_bm25's over all the passages. A path this corpus already serves (same resolved path)
        is a changed file: its old passages leave the index (``BM25Index.without``), its new ones
        come last. The files pass the same admission rule as a build (``pages.Admission``: file
        type, size, article text, an article already served); a refused or unreadable file is a
        warning, logged and kept in ``warnings``. This corpus is not changed.

        Until the next full build, the tokenizer keeps its dictionary: a new speaker's name is
        not a jieba word yet (in questions and passages alike, so they still match), and
        ``merged()`` folds the segments into one index (e.g. in a background thread).
        """
        started = time.perf_counter()
        resolved = {}
        for path in paths:
            path = os.fspath(path)
            resolved.setdefault(os.path.realpath(path), path)
        keep = [page for page in self.pages if os.path.realpath(page.document.path) not in resolved]
        admission = Admission(max_file_bytes)
        for page in keep:
            admission.page(page)  # the articles already served
        added, warnings = [], []
        for path in resolved.values():
            try:
                page = parse_page(Path(path), read_file(Path(path), max_file_bytes))
            except SkipFile as exc:
                warnings.append(f"skipped {path}: {exc}")
                continue
            except Exception as exc:  # one malformed page never takes the corpus down
                warnings.append(f"skipped {path}: could not be parsed ({exc})")
                continue
            if (reason := admission.page(page)) is not None:
                warnings.append(f"skipped {path}: {reason}")
                continue
            added.append(page)
        for w in warnings:
            log.warning("%s", w)
        kept_ids = {id(page) for page in keep}
        drop, i = [], 0
        for page in self.pages:
            n = len(page.passages)
            if id(page) not in kept_ids:
                drop.extend(range(i, i + n))
            i += n
        if not added and not drop:
            return replace(self, warnings=(*self.warnings, *warnings))
        dropped = set(drop)
        kept_norm = [self.normalized[j] for j in range(len(self.passages)) if j not in dropped] if drop else None
        index = SegmentedIndex([self.index])
        if drop:
            index = index.without(drop, lambda j: self.tokenizer(self.passages[j].text))
        delta = [p for page in added for p in page.passages]
        index = SegmentedIndex([index, BM25Index.build([self.tokenizer(p.text) for p in delta])])
        pages = (*keep, *added)
        passages = tuple(p for page in pages for p in page.passages)
        if kept_norm is None:  # the texts so far as they are (mapped), the new ones after them
            kept, new = self.normalized, TextColumn.of(normalize(p.text) for p in delta)
            normalized = TextColumn(np.concatenate([kept.blob, new.blob]), np.concatenate([kept.offsets, kept.offsets[-1] + new.offsets[1:]]))
        else:
            normalized = TextColumn.of([*kept_norm, *(normalize(p.text) for p in delta)])
        return Corpus(
            pages=pages,
            tokenizer=self.tokenizer,
            index=index,
            speaker_names=normalized_names(passages, self.speaker_names),
            passages=passages,
            warnings=(*self.warnings, *warnings),
            build_seconds=time.perf_counter() - started,
            normalized=normalized,
        )

    def merged(self) -> Corpus:
        """The same corpus with its index segments folded into one ``BM25Index`` (same scores)."""
        if isinstance(self.index, BM25Index):
            return self
        return replace(self, index=self.index.merged())
