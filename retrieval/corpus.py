"""The Corpus: one frozen value that pages, attribution and the tokenizer build, the cache saves
and loads, and the Retriever ranks."""

from __future__ import annotations

import logging
import operator
import os
import re
import time
import weakref
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import numpy as np

from .attribution.lexicon import simplify_aligned, title_end
from .models import Document, Passage, Speaker
from .pages.ingest import MAX_FILE_BYTES, Admission, Page, SkipFile, parse_page, read_file
from .search.answering import sentence_bounds
from .search.bm25 import BM25Index, SegmentedIndex
from .search.names import NameIndex
from .search.tokenizer import Tokenizer
from .text import aligned, normalize

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
    return names_normalized({p.speaker.name for p in passages if p.speaker is not None}, known)


def names_normalized(names: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each of ``names`` (sorted) → its normalised form (``known`` ones as given)."""
    known = known or {}
    return {n: known.get(n) or normalize(n) for n in sorted(names)}


def _position(i, n: int) -> int:
    """``i`` (an int or numpy integer; negative counts from the end) as 0 ≤ i < n, else IndexError."""
    i = operator.index(i)
    if not -n <= i < n:
        raise IndexError(i)
    return i % n


def _save_arrays(directory: str | os.PathLike, arrays: dict[str, np.ndarray]) -> list[str]:
    """Each array to ``directory/file`` (.npy, no pickles); the files' names."""
    for file, arr in arrays.items():
        np.save(Path(directory) / file, np.ascontiguousarray(arr), allow_pickle=False)
    return list(arrays)


class TextColumn(Sequence[str]):
    """Texts stored offset-indexed: one UTF-8 blob and the int64 offsets of each text in it.

    Reading text ``i`` decodes only that text, so a corpus loaded from the cache (both arrays
    memory-mapped) starts without decoding any. ``save`` / ``load`` write and read two ``.npy``
    files (no pickle). A loaded column reads a text with one ``pread`` of the blob's file rather
    than through its mapping: touching a mapped page maps its neighbours too (the kernel's
    fault-around), so a few thousand texts read at random would hold the whole blob in the
    process's RSS; read this way it stays in the page cache, shared.
    """

    def __init__(self, blob: np.ndarray, offsets: np.ndarray, fd: int = -1, start: int = 0):
        """``fd``: a file descriptor of the file holding the blob from byte ``start`` (read with
        ``os.pread``; the column closes it when it is freed)."""
        if blob.dtype != np.uint8 or offsets.dtype != np.int64 or blob.ndim != 1 or offsets.ndim != 1:
            raise ValueError("text column arrays of the wrong type")
        if len(offsets) < 1 or offsets[0] != 0 or offsets[-1] != len(blob) or np.any(np.diff(offsets) < 0):
            raise ValueError("text column offsets are inconsistent")
        self.blob = blob
        self.offsets = offsets
        self._n = len(offsets) - 1
        self._view = memoryview(blob) if blob.flags.c_contiguous else None
        self._fd = fd
        self._start = start
        if fd >= 0:
            weakref.finalize(self, os.close, fd)

    def _bytes(self, a: int, b: int) -> bytes:
        """Bytes ``a:b`` of the blob."""
        if self._fd >= 0:
            out = os.pread(self._fd, b - a, self._start + a)
            if len(out) == b - a:
                return out
        return self.blob[a:b].tobytes()

    @classmethod
    def of(cls, texts: Iterable[str]) -> TextColumn:
        encoded = [t.encode("utf-8") for t in texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is not int or not 0 <= i < self._n:
            if isinstance(i, slice):
                return [self[j] for j in range(*i.indices(len(self)))]
            i = _position(i, self._n)
        a, b = self.offsets.item(i), self.offsets.item(i + 1)
        if self._fd >= 0:
            return self._bytes(a, b).decode("utf-8")
        if self._view is not None:
            return str(self._view[a:b], "utf-8")
        return self.blob[a:b].tobytes().decode("utf-8")

    def __iter__(self):
        """Every text in order (the blob read once, not one array access per text)."""
        offsets = self.offsets.tolist()
        step = 1 << 14
        for a in range(0, len(offsets) - 1, step):
            b = min(a + step, len(offsets) - 1)
            base = offsets[a]
            chunk = self._bytes(base, offsets[b])
            for i in range(a, b):
                yield chunk[offsets[i] - base : offsets[i + 1] - base].decode("utf-8")

    def between(self, a: int, b: int) -> list[str]:
        """Texts ``a`` to ``b - 1`` (an article's passages): one read of the blob, not one per text."""
        a, b = max(0, a), min(b, self._n)
        if a >= b:
            return []
        offsets = self.offsets[a : b + 1].tolist()
        base = offsets[0]
        chunk = self._bytes(base, offsets[-1])
        return [chunk[x - base : y - base].decode("utf-8") for x, y in zip(offsets, offsets[1:])]

    def holds(self, text: str) -> bool:
        """Does any text of the column contain ``text``? One byte search of the blob, read in chunks
        that overlap by the needle's length (UTF-8 is self-synchronising, so a byte match is a
        character match; one that straddles two texts counts as found, never as absent)."""
        needle = text.encode("utf-8")
        if not needle:
            return True
        end = self.offsets.item(self._n) if self._n else 0
        step = max(1 << 20, 4 * len(needle))
        a = 0
        while a < end:
            b = min(a + step, end)
            if self._bytes(a, b).find(needle) >= 0:
                return True
            if b == end:
                break
            a = b - len(needle) + 1
        return False

    def __add__(self, other: TextColumn) -> TextColumn:
        """This column's texts, then ``other``'s."""
        if not isinstance(other, TextColumn):
            return NotImplemented
        return TextColumn(np.concatenate([self.blob, other.blob]), np.concatenate([self.offsets, self.offsets[-1] + other.offsets[1:]]))

    def save(self, directory: str | os.PathLike, name: str) -> list[str]:
        return _save_arrays(directory, {f"{name}-blob.npy": self.blob, f"{name}-offsets.npy": self.offsets})

    @classmethod
    def load(cls, directory: str | os.PathLike, name: str, mmap: bool = True) -> TextColumn:
        mode = "r" if mmap else None
        path = Path(directory) / f"{name}-blob.npy"
        blob = np.load(path, allow_pickle=False, mmap_mode=mode)
        offsets = np.load(Path(directory) / f"{name}-offsets.npy", allow_pickle=False, mmap_mode=mode)
        if not mmap or not isinstance(blob, np.memmap):
            return cls(blob.view(np.ndarray), offsets.view(np.ndarray))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            return cls(blob.view(np.ndarray), offsets.view(np.ndarray), fd, int(blob.offset))
        except BaseException:
            os.close(fd)
            raise


class SpanColumn(Sequence[list[tuple[int, int]]]):
    """Per passage, the (start, end) of each of its sentences (``answering.sentence_bounds``): the
    spans of every passage laid end to end (``spans``, int32, start and end in turn) and where
    each passage's begin (``ptr``, int64, counted in spans). Made once at build time and
    memory-mapped from the cache; reading passage ``i`` makes its list of pairs, no regex run."""

    def __init__(self, ptr: np.ndarray, spans: np.ndarray):
        if ptr.dtype != np.int64 or spans.dtype != np.int32 or ptr.ndim != 1 or spans.ndim != 1:
            raise ValueError("sentence span arrays of the wrong type")
        if len(ptr) < 1 or ptr[0] != 0 or 2 * int(ptr[-1]) != len(spans) or np.any(np.diff(ptr) < 0):
            raise ValueError("sentence span offsets are inconsistent")
        self.ptr, self.spans = ptr, spans
        self._n = len(ptr) - 1
        # read as Python ints (a 1-D view: memoryview cannot cast an array with a zero in its shape
        # but a 1-D one)
        self._ptr = memoryview(np.ascontiguousarray(ptr)).cast("B").cast("q")
        self._spans = memoryview(np.ascontiguousarray(spans)).cast("B").cast("i")

    @classmethod
    def of(cls, texts: Iterable[str]) -> SpanColumn:
        counts = array("q")
        flat = array("i")  # (4 bytes a number while it grows: a million passages hold ten million)
        for text in texts:
            bounds = sentence_bounds(text)
            counts.append(len(bounds))
            for pair in bounds:
                flat.extend(pair)
        ptr = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(counts, dtype=np.int64), out=ptr[1:])
        return cls(ptr, np.frombuffer(flat, dtype=np.int32).copy())

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is not int or not 0 <= i < self._n:
            if isinstance(i, slice):
                return [self[j] for j in range(*i.indices(len(self)))]
            i = _position(i, self._n)
        flat = self._spans[2 * self._ptr[i] : 2 * self._ptr[i + 1]].tolist()
        it = iter(flat)
        return list(zip(it, it))

    def __add__(self, other: SpanColumn) -> SpanColumn:
        """This column's passages, then ``other``'s."""
        if not isinstance(other, SpanColumn):
            return NotImplemented
        return SpanColumn(np.concatenate([self.ptr, self.ptr[-1] + other.ptr[1:]]), np.concatenate([self.spans, other.spans]))

    def select(self, keep: Sequence[int]) -> SpanColumn:
        """The passages ``keep`` (positions, in that order)."""
        return SpanColumn.of_lists([self[i] for i in keep])

    @classmethod
    def of_lists(cls, lists: Sequence[Sequence[tuple[int, int]]]) -> SpanColumn:
        ptr = np.zeros(len(lists) + 1, dtype=np.int64)
        np.cumsum([len(x) for x in lists], out=ptr[1:])
        return cls(ptr, np.array([v for x in lists for pair in x for v in pair], dtype=np.int32))

    def save(self, directory: str | os.PathLike, name: str) -> list[str]:
        return _save_arrays(directory, {f"{name}-ptr.npy": self.ptr, f"{name}-spans.npy": self.spans})

    @classmethod
    def load(cls, directory: str | os.PathLike, name: str) -> SpanColumn:
        ptr = np.load(Path(directory) / f"{name}-ptr.npy", allow_pickle=False, mmap_mode="r")
        spans = np.load(Path(directory) / f"{name}-spans.npy", allow_pickle=False, mmap_mode="r")
        return cls(ptr.view(np.ndarray), spans.view(np.ndarray))


class Chain(Sequence):
    """Two sequences one after the other (what ``Corpus.with_files`` appends to a loaded corpus)."""

    def __init__(self, a: Sequence, b: Sequence):
        self.a, self.b = a, b

    def __len__(self) -> int:
        return len(self.a) + len(self.b)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        i = _position(i, len(self))
        return self.a[i] if i < len(self.a) else self.b[i - len(self.a)]

    def __iter__(self):
        yield from self.a
        yield from self.b


def chain(a: Sequence, b: Sequence) -> Sequence:
    if not len(b):
        return a
    if isinstance(a, tuple) and isinstance(b, tuple):
        return a + b
    return Chain(a, b)


class Rows(Sequence):
    """Values stored one per text of a ``TextColumn`` and made by ``make(text)`` when first read
    (each kept once made: the documents, speakers and sections of a loaded corpus)."""

    def __init__(self, column: TextColumn, make: Callable[[str], object]):
        self.column = column
        self._make = make
        self._made: dict[int, object] = {}

    def __len__(self) -> int:
        return len(self.column)

    def __getitem__(self, i):  # type: ignore[override]
        v = self._made.get(i) if type(i) is int else None
        if v is not None:
            return v
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        i = _position(i, len(self))
        v = self._made.get(i)
        if v is None:
            v = self._made[i] = self._make(self.column[i])
        return v

    def __iter__(self):
        made = self._made
        for i, text in enumerate(self.column):  # the texts read in bulk
            v = made.get(i)
            if v is None:
                v = made[i] = self._make(text)
            yield v


class SpeakerPassages(Mapping[str, list[int]]):
    """Every speaker's name → the ids of the passages attributed to them (ascending), names in
    the order they first speak: a CSR of two arrays (``ptr``, ``ids``), read per name."""

    def __init__(self, names: Sequence[str], ptr: np.ndarray, ids: np.ndarray):
        if len(ptr) != len(names) + 1 or (len(ptr) and (ptr[0] != 0 or ptr[-1] != len(ids))):
            raise ValueError("speaker passages are inconsistent")
        self.names = tuple(names)
        self.ptr = ptr
        self.ids = ids
        self._at = {name: k for k, name in enumerate(self.names)}
        if len(self._at) != len(self.names):
            raise ValueError("a speaker's name is listed twice")

    @classmethod
    def of(cls, names: Sequence[str], name_ids: np.ndarray) -> SpeakerPassages:
        """From each passage's speaker name id (an index into ``names``, -1 for none); the names
        kept are those some passage has, in the order of their first passage."""
        name_ids = np.asarray(name_ids, dtype=np.int64)
        spoken = np.flatnonzero(name_ids >= 0)
        ids_of = name_ids[spoken]
        used, first = np.unique(ids_of, return_index=True)
        order = used[np.argsort(first, kind="stable")]  # names by their first passage
        rank = np.full(len(names) + 1, -1, dtype=np.int64)
        rank[order] = np.arange(len(order))
        by = rank[ids_of]
        sort = np.argsort(by, kind="stable")
        ptr = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(np.bincount(by, minlength=len(order)), out=ptr[1:])
        return cls([names[k] for k in order.tolist()], ptr, spoken[sort].astype(np.int32))

    def name_ids(self, n: int) -> np.ndarray:
        """Each of ``n`` passages' name id (an index into ``names``; -1 for none)."""
        out = np.full(n, -1, dtype=np.int64)
        out[self.ids] = np.repeat(np.arange(len(self.names)), np.diff(self.ptr))
        return out

    def __getitem__(self, name: str) -> list[int]:
        k = self._at[name]
        return self.ids[self.ptr[k] : self.ptr[k + 1]].tolist()

    def __contains__(self, name) -> bool:
        return name in self._at

    def __iter__(self):
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


PASSAGE_COLUMNS = {  # the per-passage arrays of a PassageStore, and their types
    "paragraph": np.int32, "doc": np.int32, "speaker": np.int32, "section": np.int32,
    "attribution": np.int32, "confidence": np.float64,
}  # fmt: skip
_NO_FIELDS = ("document", "passages")


def page_fields() -> list[str]:
    """The fields of a Page stored per page (its lines: the page's document and passages aside)."""
    return [f.name for f in fields(Page) if f.name not in _NO_FIELDS]


class PassageStore(Sequence[Passage]):
    """The passages of a corpus as columns: a ``Passage`` is made when it is read.

    ``text`` (a ``TextColumn``) and one array per field (``columns``: ``PASSAGE_COLUMNS``) hold
    the passages; ``doc``, ``speaker``, ``section`` and ``attribution`` index the tables
    ``documents``, ``speakers``, ``sections`` and ``attributions`` (-1: none). ``page_ptr``
    gives each page's first passage, ``page_rows`` each page's other fields (``page_fields``),
    ``by_speaker`` each speaker's passages and ``doc_bounds`` each passage's article as
    (first, end) passage ids. Loaded from the cache, every array is memory-mapped and every
    table read when first used, so a corpus starts in the same time whatever its size. A store
    made from passages in memory (``of``) gives back those very objects.
    """

    CACHE = 1 << 16  # passages made from the columns kept (then forgotten all at once)

    def __init__(self, text: TextColumn, columns: Mapping[str, np.ndarray], page_ptr: np.ndarray, *,
                 documents: Sequence[Document], speakers: Sequence[Speaker], sections: Sequence[str],
                 attributions: Sequence[str], page_rows: Sequence[tuple], by_speaker: SpeakerPassages,
                 doc_bounds: np.ndarray, objects: tuple[Passage, ...] | None = None,
                 pages: tuple[Page, ...] | None = None, check: bool = True):  # fmt: skip
        n = len(text)
        if sorted(columns) != sorted(PASSAGE_COLUMNS):
            raise ValueError("passage columns differ")
        for name, dtype in PASSAGE_COLUMNS.items():
            a = columns[name]
            if a.dtype != dtype or a.shape != (n,):
                raise ValueError(f"passage column {name} of the wrong type or length")
        if page_ptr.dtype != np.int64 or page_ptr.ndim != 1 or len(page_ptr) != len(documents) + 1 or len(page_rows) != len(documents):
            raise ValueError("pages and documents disagree")
        if doc_bounds.dtype != np.int64 or doc_bounds.shape != (n, 2):
            raise ValueError("article bounds of the wrong type or shape")
        if check:  # every index in range (one pass over the arrays)
            if page_ptr[0] != 0 or page_ptr[-1] != n or np.any(np.diff(page_ptr) < 0):
                raise ValueError("page offsets are inconsistent")
            doc = columns["doc"]
            expected = np.repeat(np.arange(len(documents), dtype=np.int32), np.diff(page_ptr))
            if not np.array_equal(doc, expected):
                raise ValueError("passages and pages disagree")
            if not np.array_equal(doc_bounds[:, 0], page_ptr[doc]) or not np.array_equal(doc_bounds[:, 1], page_ptr[doc + 1]):
                raise ValueError("article bounds and pages disagree")
            for name, table in (("speaker", speakers), ("section", sections), ("attribution", attributions)):
                a = columns[name]
                if n and (a.min() < -1 or a.max() >= len(table)):
                    raise ValueError(f"passage {name} out of range")
            ids = by_speaker.ids
            if ids.dtype != np.int32 or ids.ndim != 1 or (len(ids) and (ids.min() < 0 or ids.max() >= n)):
                raise ValueError("speaker passages out of range")
            if len(ids) != int(np.count_nonzero(columns["speaker"] >= 0)):
                raise ValueError("speaker passages and passages disagree")
        if objects is not None and len(objects) != n:
            raise ValueError("passage objects and columns disagree")
        self.text = text
        self.columns = dict(columns)
        self.page_ptr = page_ptr
        self.documents = documents
        self.speakers = speakers
        self.sections = sections
        self.attributions = tuple(attributions)
        self.page_rows = page_rows
        self.by_speaker = by_speaker
        self.doc_bounds = doc_bounds
        self._objects = objects
        self._pages = pages
        self._made: dict[int, Passage] = {}
        self._doc_at: dict[str, int] | None = None
        self._n = n
        self._arrays = tuple(self.columns[k] for k in PASSAGE_COLUMNS)  # in _make's order

    # -- made from passages in memory ---------------------------------------------------------
    @classmethod
    def of(cls, pages: Sequence[Page]) -> PassageStore:
        """The store of ``pages``' passages (which it gives back as they are)."""
        pages = tuple(pages)
        objects = tuple(p for page in pages for p in page.passages)
        n = len(objects)
        speakers: dict[Speaker, int] = {}
        sections: dict[str, int] = {}
        attributions: dict[str, int] = {}
        cols = {name: np.empty(n, dtype=dtype) for name, dtype in PASSAGE_COLUMNS.items()}
        names: dict[str, int] = {}
        name_ids = np.full(n, -1, dtype=np.int64)
        for i, p in enumerate(objects):
            cols["paragraph"][i] = p.paragraph
            sp = p.speaker
            if sp is None:
                cols["speaker"][i] = -1
            else:
                cols["speaker"][i] = speakers.setdefault(sp, len(speakers))
                name_ids[i] = names.setdefault(sp.name, len(names))
            cols["section"][i] = -1 if p.section is None else sections.setdefault(p.section, len(sections))
            cols["attribution"][i] = -1 if p.attribution is None else attributions.setdefault(p.attribution, len(attributions))
            cols["confidence"][i] = p.confidence
        page_ptr = np.zeros(len(pages) + 1, dtype=np.int64)
        np.cumsum([len(page.passages) for page in pages], out=page_ptr[1:])
        cols["doc"] = np.repeat(np.arange(len(pages), dtype=np.int32), np.diff(page_ptr))
        extra = page_fields()
        return cls(
            TextColumn.of(p.text for p in objects), cols, page_ptr,
            documents=tuple(page.document for page in pages), speakers=tuple(speakers), sections=tuple(sections),
            attributions=tuple(attributions), page_rows=tuple(tuple(getattr(page, k) for k in extra) for page in pages),
            by_speaker=SpeakerPassages.of(list(names), name_ids), doc_bounds=_bounds(page_ptr, cols["doc"]),
            objects=objects, pages=pages,
        )  # fmt: skip

    def __add__(self, other: PassageStore) -> PassageStore:
        """This store's passages, then ``other``'s (its tables appended to this one's)."""
        if not isinstance(other, PassageStore):
            return NotImplemented
        n, docs = len(self), len(self.documents)
        shift = {"doc": docs, "speaker": len(self.speakers), "section": len(self.sections), "attribution": len(self.attributions)}
        cols = {}
        for name, dtype in PASSAGE_COLUMNS.items():
            b = other.columns[name]
            if name in shift:
                b = np.where(b >= 0, b + shift[name], -1).astype(dtype) if name != "doc" else (b + shift[name]).astype(dtype)
            cols[name] = np.concatenate([self.columns[name], b])
        page_ptr = np.concatenate([self.page_ptr, other.page_ptr[1:] + n])
        names = list(self.by_speaker.names)
        at = {name: k for k, name in enumerate(names)}
        for name in other.by_speaker.names:
            if name not in at:
                at[name] = len(names)
                names.append(name)
        theirs = other.by_speaker.name_ids(len(other))
        remap = np.array([at[name] for name in other.by_speaker.names] + [-1], dtype=np.int64)
        name_ids = np.concatenate([self.by_speaker.name_ids(n), remap[theirs]])
        both = self.objects is not None and other.objects is not None
        return PassageStore(
            self.text + other.text, cols, page_ptr,
            documents=chain(self.documents, other.documents), speakers=chain(self.speakers, other.speakers),
            sections=chain(self.sections, other.sections), attributions=self.attributions + other.attributions,
            page_rows=chain(self.page_rows, other.page_rows), by_speaker=SpeakerPassages.of(names, name_ids),
            doc_bounds=np.concatenate([self.doc_bounds, other.doc_bounds + n]),
            objects=self.objects + other.objects if both else None,  # type: ignore[operator]
            pages=self.pages + other.pages if both and isinstance(self.pages, tuple) and isinstance(other.pages, tuple) else None,
            check=False,
        )  # fmt: skip

    @property
    def objects(self) -> tuple[Passage, ...] | None:
        """The passages in memory this store was made from (``of``), or None (a loaded store)."""
        return self._objects

    # -- the sequence ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is not int or not 0 <= i < self._n:
            if isinstance(i, slice):
                return tuple(self[j] for j in range(*i.indices(len(self))))
            i = _position(i, self._n)
        if self._objects is not None:
            return self._objects[i]
        p = self._made.get(i)
        if p is None:
            if len(self._made) >= self.CACHE:
                self._made = {}
            c = self._arrays
            p = self._made[i] = self._make(self.text[i], *(a.item(i) for a in c))
        return p

    def _make(self, text: str, paragraph: int, doc: int, speaker: int, section: int, attribution: int, confidence: float) -> Passage:
        return Passage(
            text=text, paragraph=paragraph, source=self.documents[doc], speaker=self.speakers[speaker] if speaker >= 0 else None,
            section=self.sections[section] if section >= 0 else None,
            attribution=self.attributions[attribution] if attribution >= 0 else None, confidence=confidence,
        )  # fmt: skip

    def __iter__(self):
        if self._objects is not None:
            yield from self._objects
            return
        texts, step, made = iter(self.text), 1 << 12, self._made
        docs, speakers, sections, attributions = self.documents, self.speakers, self.sections, self.attributions
        doc_at, doc = -1, None
        for a in range(0, self._n, step):
            b = min(a + step, self._n)
            for i, (par, d, sp, sec, att, conf) in enumerate(zip(*(arr[a:b].tolist() for arr in self._arrays)), a):
                text = next(texts)
                p = made.get(i)
                if p is None:
                    if d != doc_at:  # passages come article by article
                        doc_at, doc = d, docs[d]
                    p = Passage(text, par, doc, speakers[sp] if sp >= 0 else None, sections[sec] if sec >= 0 else None,
                                attributions[att] if att >= 0 else None, conf)  # fmt: skip
                yield p

    def __eq__(self, other) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)) or len(other) != len(self):
            return NotImplemented if not isinstance(other, Sequence) else False
        return all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PassageStore({len(self)} passages, {len(self.documents)} documents)"

    def document_passages(self, path: str) -> tuple[Passage, ...]:
        """The passages of the document at ``path``, in order (() for none); the documents'
        paths are looked up once, on first use."""
        if self._doc_at is None:
            at: dict[str, int] = {}
            for k, doc in enumerate(self.documents):
                at.setdefault(doc.path, k)
            self._doc_at = at
        k = self._doc_at.get(path)
        return () if k is None else self[int(self.page_ptr[k]) : int(self.page_ptr[k + 1])]

    def speaker_counts(self) -> dict[Speaker, int]:
        """Every speaker with the number of their passages, in the order they first speak (one
        pass over the speaker column, no passage made)."""
        counts = np.bincount(self.columns["speaker"][self.columns["speaker"] >= 0], minlength=len(self.speakers))
        out: dict[Speaker, int] = {}
        for k in np.flatnonzero(counts[: len(self.speakers)]).tolist():
            sp = self.speakers[k]
            out[sp] = out.get(sp, 0) + int(counts[k])
        return out

    # -- pages --------------------------------------------------------------------------------------
    @property
    def pages(self) -> Sequence[Page]:
        """The pages, each made when read (with its passages)."""
        return self._pages if self._pages is not None else _Pages(self)

    def page(self, k: int) -> Page:
        a, b = int(self.page_ptr[k]), int(self.page_ptr[k + 1])
        return Page(self.documents[k], self[a:b], **dict(zip(page_fields(), self.page_rows[k])))


class _Pages(Sequence[Page]):
    def __init__(self, store: PassageStore):
        self.store = store

    def __len__(self) -> int:
        return len(self.store.documents)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return tuple(self[j] for j in range(*k.indices(len(self))))
        return self.store.page(_position(k, len(self)))


def _bounds(page_ptr: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """Each passage's article as (first, end) passage ids."""
    return np.stack([page_ptr[doc], page_ptr[doc.astype(np.int64) + 1]], axis=1).astype(np.int64)


def aligned_mask(texts: Iterable[str], normalized: Iterable[str]) -> np.ndarray:
    """For each text, ``text.aligned(text, its normal form)`` (bool): read once at build time, so
    that a search's hits take their sentences' normal forms as slices without checking again."""
    return np.fromiter(map(aligned, texts, normalized), dtype=bool)


@dataclass(frozen=True, slots=True, eq=False)
class Corpus:
    """Pages with their documents and passages, the tokenizer that cut them, and their index.

    A value: nothing in it changes once built (two corpora are equal only when they are the same
    object: the tokenizer and the index compare by identity).

    ``speaker_names`` maps every speaker's name to its normalised form (what a question is
    matched against) and ``names`` finds them in a normalised question (``search.names.NameIndex``);
    ``normalized`` holds every passage's ``text.normalize``d text, computed once at build time
    (offset-indexed, memory-mapped from the cache), and ``aligned_mask`` for each passage whether
    that normal form is aligned with its text (``text.aligned``: a sentence's normal form is then
    a slice of it), computed once at build time too (bool, memory-mapped from the cache);
    ``sentences`` each passage's sentence bounds (``answering.sentence_bounds``, a ``SpanColumn``,
    likewise); ``warnings`` are the files and pages ingestion skipped.
    """

    pages: Sequence[Page]
    tokenizer: Tokenizer
    index: BM25Index | SegmentedIndex
    speaker_names: Mapping[str, str]
    documents: Sequence[Document] = ()
    passages: Sequence[Passage] = ()
    warnings: tuple[str, ...] = ()
    from_cache: bool = False
    build_seconds: float = 0.0
    normalized: TextColumn | None = None
    aligned_mask: np.ndarray | None = None
    sentences: SpanColumn | None = None
    names: NameIndex = field(init=False, repr=False)

    def __post_init__(self) -> None:
        store = self.passages
        if not isinstance(store, PassageStore):  # passages in memory: their columns made here
            if len(store) and not self.pages:
                raise ValueError("a corpus's passages come with their pages")
            store = PassageStore.of(self.pages)
            object.__setattr__(self, "passages", store)
        if not self.pages:
            object.__setattr__(self, "pages", store.pages)
        if not self.documents:
            object.__setattr__(self, "documents", store.documents)
        if self.index.size != len(store):
            raise ValueError(f"the index holds {self.index.size} passages, the pages {len(store)}")
        if self.normalized is None:
            object.__setattr__(self, "normalized", TextColumn.of(normalize(p.text) for p in store))
        elif len(self.normalized) != len(store):
            raise ValueError(f"{len(self.normalized)} normalised texts for {len(store)} passages")
        if self.aligned_mask is None:
            object.__setattr__(self, "aligned_mask", aligned_mask(store.text, self.normalized))
        elif self.aligned_mask.dtype != np.bool_ or self.aligned_mask.shape != (len(store),):
            raise ValueError(f"an aligned mask of {self.aligned_mask.shape} {self.aligned_mask.dtype} for {len(store)} passages")
        if self.sentences is None:
            object.__setattr__(self, "sentences", SpanColumn.of(store.text))
        elif len(self.sentences) != len(store):
            raise ValueError(f"sentence bounds of {len(self.sentences)} passages for {len(store)}")
        object.__setattr__(self, "names", NameIndex(self.speaker_names))

    @property
    def by_speaker(self) -> SpeakerPassages:
        """Every speaker's name → their passages' ids (names in the order they first speak)."""
        return self.passages.by_speaker  # type: ignore[attr-defined]

    def speaker_counts(self) -> dict[Speaker, int]:
        """Every speaker with the number of their passages, in the order they first speak."""
        return self.passages.speaker_counts()  # type: ignore[attr-defined]

    def document_passages(self, path: str) -> tuple[Passage, ...]:
        """The passages of the document at ``path``, in order (() for none)."""
        return self.passages.document_passages(path)  # type: ignore[attr-defined]

    def passage_counts(self) -> list[int]:
        """The number of passages of each document (``documents`` order)."""
        return np.diff(self.passages.page_ptr).tolist()  # type: ignore[attr-defined]

    @property
    def doc_bounds(self) -> np.ndarray:
        """Each passage's article as (first, end) passage ids: an (n, 2) int64 array."""
        return self.passages.doc_bounds  # type: ignore[attr-defined]

    @classmethod
    def build(
        cls,
        pages: Sequence[Page],
        *,
        tokenizer: Tokenizer | None = None,
        tokens: Sequence[Sequence[str]] | None = None,
        warnings: Sequence[str] = (),
        speaker_names: Mapping[str, str] | None = None,
        normalized: Sequence[str] | None = None,
    ) -> Corpus:
        """Tokenize (unless ``tokens`` are given, one list per passage) and index ``pages``
        (``normalized``: every passage's ``text.normalize``d text, if already known)."""
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
            normalized=None if normalized is None else TextColumn.of(normalized),
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
        store: PassageStore = self.passages  # type: ignore[assignment]
        kept = [k for k, doc in enumerate(self.documents) if os.path.realpath(doc.path) not in resolved]
        admission = self.admission(max_file_bytes, kept)
        ptr = store.page_ptr
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
        kept_set = set(kept)
        drop = [j for k in range(len(self.documents)) if k not in kept_set for j in range(int(ptr[k]), int(ptr[k + 1]))]
        if not added and not drop:
            return replace(self, warnings=(*self.warnings, *warnings))
        delta = [p for page in added for p in page.passages]
        index = SegmentedIndex([self.index])
        if drop:
            index = index.without(drop, lambda j: self.tokenizer(store[j].text))
        index = SegmentedIndex([index, BM25Index.build([self.tokenizer(p.text) for p in delta])])
        new_norm = TextColumn.of(normalize(p.text) for p in delta)
        new_mask = aligned_mask([p.text for p in delta], new_norm)
        new_spans = SpanColumn.of(p.text for p in delta)
        if drop:  # a changed file: the passages kept made again, in memory (rare)
            dropped = set(drop)
            store = PassageStore.of([*(store.page(k) for k in kept), *added])
            normalized = TextColumn.of([self.normalized[j] for j in range(len(self.normalized)) if j not in dropped]) + new_norm
            keep = np.ones(len(self.aligned_mask), dtype=bool)
            keep[drop] = False
            mask = np.concatenate([self.aligned_mask[keep], new_mask])
            spans = self.sentences.select(np.flatnonzero(keep).tolist()) + new_spans
        else:  # the columns so far as they are (mapped), the new passages' after them
            store = store + PassageStore.of(added)
            normalized = self.normalized + new_norm
            mask = np.concatenate([self.aligned_mask, new_mask])
            spans = self.sentences + new_spans
        return Corpus(
            pages=store.pages,
            tokenizer=self.tokenizer,
            index=index,
            speaker_names=names_normalized(store.by_speaker.names, self.speaker_names),
            passages=store,
            warnings=(*self.warnings, *warnings),
            build_seconds=time.perf_counter() - started,
            normalized=normalized,
            aligned_mask=mask,
            sentences=spans,
        )

    def admission(self, max_file_bytes: int = MAX_FILE_BYTES, documents: Iterable[int] | None = None) -> Admission:
        """The admission rule (``pages.Admission``) knowing the articles this corpus serves (those
        of ``documents``, indices into ``documents``, when given), from their texts alone: no
        passage is made."""
        admission = Admission(max_file_bytes)
        store: PassageStore = self.passages  # type: ignore[assignment]
        ptr = store.page_ptr
        for k in range(len(self.documents)) if documents is None else documents:
            admission.page(_Body(store.text[int(ptr[k]) : int(ptr[k + 1])]))
        return admission

    def merged(self) -> Corpus:
        """The same corpus with its index segments folded into one ``BM25Index`` (same scores)."""
        if isinstance(self.index, BM25Index):
            return self
        return replace(self, index=self.index.merged())


class _Body:
    """A page as ``Admission.page`` reads it: its passages' texts."""

    __slots__ = ("passages",)

    def __init__(self, texts: Sequence[str]):
        self.passages = tuple(_Text(t) for t in texts)


class _Text:
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text
