"""The whole-corpus cache entry: the index as ``.npy`` arrays, the pages, jieba's dictionary; saved and validated.

``corpus/<key>/`` holds meta.json (format, key, SHA-256 of every file, user dictionary,
warnings, field names), jieba-words.txt and jieba-freqs.npy, the index as ``BM25Index.save``
writes it (index-*.npy, its vocabulary included), the normalised texts, and the passages as the columns
of a ``corpus.PassageStore``: their texts (text-*.npy), one array per field
(passage-*.npy), the pages' offsets and the articles' bounds (page-ptr.npy,
doc-bounds.npy), each speaker's passages (speaker-*.npy, speaker-names-*.npy) and the
tables the columns index, one JSON row per document, speaker and page
(documents-*.npy, speakers-*.npy, pages-*.npy, sections-*.npy). Every array is
memory-mapped read-only and never unpickled; a passage, a document, a speaker is made when
first read, so start-up does not grow with the corpus. Every file's checksum and every
invariant are checked before the entry is served (those of an entry over
VERIFY_BEFORE_SERVING in a thread after it serves).
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import json
import mmap
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from ..corpus import (
    PASSAGE_COLUMNS,
    Corpus,
    PassageStore,
    Rows,
    SpanColumn,
    SpeakerPassages,
    TextColumn,
    names_normalized,
    page_fields,
)
from ..models import Document, Speaker
from ..search.answering import sentence_bounds
from ..search.bm25 import ARRAYS, BM25Index
from ..search.tokenizer import Tokenizer
from .files import FORMAT_VERSION, CacheError, SourceFile, dumps, log

# Entries whose memory-mapped arrays are larger are served before those arrays' checksums are
# checked (in a background thread): start-up then reads none of them (about 30,000 passages).
VERIFY_BEFORE_SERVING = 64 * 1024 * 1024
KEEP_CORPORA = 4  # corpus entries kept in the cache folder, most recently used first
# Corpus.normalized, .aligned_mask, .sentences
NORMALIZED_FILES = ("normalized-blob.npy", "normalized-offsets.npy", "aligned.npy", "sentences-ptr.npy", "sentences-spans.npy")
# The layout of the entry (the passage columns of corpus.PassageStore, the index arrays of
# BM25Index.save): an entry without this mark (written by an earlier version, e.g. with one
# pages.json, or with float64 contributions and vocab.json) is rebuilt from the per-file caches.
# The stored sentence bounds are answering.sentence_bounds's (a module the code fingerprint leaves
# out: ranking edits keep the caches): the mark holds a hash of that function's code, so that an
# edit to it (or another Python's bytecode) rebuilds the entries, from the per-file caches.
_SPLITTER = hashlib.sha256(repr((sentence_bounds.__code__.co_code, sentence_bounds.__code__.co_consts,
                                 sentence_bounds.__code__.co_names)).encode()).hexdigest()[:12]
ENTRY_LAYOUT = f"columns-1 postings-2 aligned-1 sentences-1-{_SPLITTER}"
TEXTS = ("text", "documents", "speakers", "sections", "pages", "speaker-names")  # TextColumns
STORE_ARRAYS = (*(f"passage-{n}" for n in PASSAGE_COLUMNS), "page-ptr", "doc-bounds", "speaker-ptr", "speaker-ids")
STORE_FILES = (*(f"{t}-{part}.npy" for t in TEXTS for part in ("blob", "offsets")), *(f"{a}.npy" for a in STORE_ARRAYS))
_SCALARS = (str, int, float, bool, type(None))
INDEX_FILES = tuple(f"index-{name}.npy" for name in ARRAYS)  # what BM25Index.save writes


def _sha256(path: Path) -> str:
    """The SHA-256 of a file, read through a read-only mapping (no copy in memory)."""
    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return hashlib.sha256(b"").hexdigest()
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as view:
            return hashlib.sha256(view).hexdigest()


# -- the whole-corpus entry ------------------------------------------------------------------------


def entry_dir(root: Path, key: str) -> Path:
    return root / "corpus" / key[:40]


def save_corpus(root: Path, key: str, files: Sequence[SourceFile], corpus: Corpus) -> None:
    """Write the corpus entry (to a temporary folder, then renamed into place)."""
    rel_of = {str(f.path): f.rel for f in files}
    blobs: dict[str, bytes] = {}
    freq, total = corpus.tokenizer.dictionary()
    words = "\n".join(freq)
    if words.count("\n") == max(len(freq) - 1, 0):  # jieba's complete dictionary (no word holds a line break)
        fbuf = io.BytesIO()
        np.save(fbuf, np.fromiter(freq.values(), dtype=np.int64, count=len(freq)), allow_pickle=False)
        blobs["jieba-words.txt"] = words.encode("utf-8")
        blobs["jieba-freqs.npy"] = fbuf.getvalue()
    del words
    meta = {
        "format": FORMAT_VERSION,
        "key": key,
        "layout": ENTRY_LAYOUT,
        "passages": len(corpus.passages),
        "documents": len(corpus.documents),
        "fields": _field_names(),
        "sha256": {},  # filled below, once every file is written
        "user_freqs": [list(wf) for wf in corpus.tokenizer.user_freqs],
        "jieba_total": total if "jieba-words.txt" in blobs else None,
        "warnings": list(corpus.warnings),
        "normalized_names": dict(corpus.speaker_names),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    final = entry_dir(root, key)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=".tmp-"))
    try:
        for name, b in blobs.items():
            (tmp / name).write_bytes(b)
        names = [*blobs, *corpus.index.save(tmp), *corpus.normalized.save(tmp, "normalized")]
        np.save(tmp / "aligned.npy", np.ascontiguousarray(corpus.aligned_mask, dtype=bool), allow_pickle=False)
        names.append("aligned.npy")
        names += corpus.sentences.save(tmp, "sentences")
        names += _save_store(tmp, corpus.passages, rel_of, meta)
        meta["sha256"] = {name: _sha256(tmp / name) for name in names}
        (tmp / "meta.json").write_bytes(dumps(meta))  # written last: marks the entry complete
        if final.exists():
            shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(final.parent, keep=final)


def _prune(corpus_dir: Path, keep: Path) -> None:
    entries = sorted((p for p in corpus_dir.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [e for e in entries if e != keep][KEEP_CORPORA - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def load_corpus_entry(root: Path, key: str, files: Sequence[SourceFile] | Mapping[str, str]) -> Corpus | None:
    """The corpus from ``corpus/<key>``, or None when there is none; CacheError if unusable.

    ``files``: the scanned files, or a mapping of each relative path to the file's path."""

    entry = entry_dir(root, key)
    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none of them garbage
    try:
        corpus = _load_corpus_entry(root, key, files, entry)
    finally:
        if enabled:
            gc.enable()
    if corpus is not None:
        # The corpus's objects live as long as the server: out of the cyclic collector's way
        # (gc.freeze), or its next full collections traverse every passage (0.3 s at 100,000
        # passages, right at start-up). They are still freed by reference counting when dropped.
        gc.freeze()
    return corpus


def _load_corpus_entry(root: Path, key: str, files, entry: Path) -> Corpus | None:
    try:
        meta_bytes = (entry / "meta.json").read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CacheError(f"unreadable ({exc})") from None
    try:
        meta = json.loads(meta_bytes)
        if not isinstance(meta, dict) or (meta.get("format"), meta.get("layout"), meta.get("key")) != (FORMAT_VERSION, ENTRY_LAYOUT, key):
            raise CacheError("written by another version or for another corpus")
        sums = meta["sha256"]
        freqs = meta["user_freqs"]
        if not all(isinstance(w, str) and isinstance(f, int) for w, f in freqs):
            raise CacheError("user dictionary is malformed")
        total = meta.get("jieba_total")
        loader = _dictionary_loader(entry, sums, total) if isinstance(total, int) else None
        tokenizer = Tokenizer(cache_dir=root, user_freqs=freqs, dictionary=loader)
        if meta.get("fields") != _field_names():
            raise CacheError("written for other data classes")
        n_passages = meta["passages"]
        if not isinstance(n_passages, int) or n_passages < 1 or not isinstance(meta["documents"], int):
            raise CacheError("passage count differs")
        mapped = [*INDEX_FILES, *NORMALIZED_FILES, *STORE_FILES]
        large = sum((entry / n).stat().st_size for n in mapped) > VERIFY_BEFORE_SERVING
        # The memory-mapped arrays of a large entry are checked after it serves
        # (``verify_later``), so that start-up does not read them all.
        checked = [] if large else mapped
        digests: dict[str, str] = {}
        for name in checked:
            try:
                digests[name] = _sha256(entry / name)
            except (OSError, ValueError):
                pass  # a missing or unreadable file: its checksum is missing, below
        for name in checked:
            if digests.get(name) != sums.get(name):
                raise CacheError(f"{name} does not match its checksum")
        # mapped read-only, validated (a large entry: what takes no pass over the postings)
        index = BM25Index.load(entry, mmap=True, n_passages=n_passages, deep=not large)
        normalized = TextColumn.load(entry, "normalized")
        if len(normalized) != n_passages:
            raise CacheError("normalised texts and passages disagree")
        mask = np.load(entry / "aligned.npy", allow_pickle=False, mmap_mode="r")
        if mask.dtype != np.bool_ or mask.shape != (n_passages,):
            raise CacheError("the aligned mask and the passages disagree")
        sentences = SpanColumn.load(entry, "sentences")
        if len(sentences) != n_passages:
            raise CacheError("the sentence bounds and the passages disagree")
        path_of = files if isinstance(files, Mapping) else {f.rel: str(f.path) for f in files}
        store = _load_store(entry, meta, path_of, n_passages, deep=not large)
        warnings = [str(w) for w in meta["warnings"]]
        names = meta.get("normalized_names") or {}
        if not isinstance(names, dict) or not set(map(type, names.values())) <= {str}:
            raise CacheError("speaker names are malformed")
    except CacheError:
        raise
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError, IndexError) as exc:
        raise CacheError(f"corrupt ({exc.__class__.__name__}: {exc})") from None
    for w in warnings:
        log.warning("%s", w)
    corpus = Corpus(
        pages=store.pages, tokenizer=tokenizer, index=index, speaker_names=_speaker_names(store, names),
        documents=store.documents, passages=store, warnings=tuple(warnings), from_cache=True, normalized=normalized,
        aligned_mask=mask.view(np.ndarray), sentences=sentences,
    )  # fmt: skip
    os.utime(entry)  # most recently used
    if large:
        threading.Thread(target=verify_later, args=(entry, {n: sums.get(n) for n in mapped}), name="cache-verify", daemon=True).start()
    return corpus


def _speaker_names(store: PassageStore, names: dict[str, str]) -> dict[str, str]:
    """Every speaker's normalised name: as saved when the entry names every speaker and no other."""
    if len(names) == len(store.by_speaker) and all(name in names for name in store.by_speaker):
        return names
    return names_normalized(store.by_speaker.names, names)


def _field_names() -> dict[str, list[str]]:
    return {"document": _names(Document), "speaker": _names(Speaker), "page": page_fields(), "passage": list(PASSAGE_COLUMNS)}


def _names(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _save_store(directory: Path, store: PassageStore, rel_of: Mapping[str, str], meta: dict) -> list[str]:
    """Write the passage columns and their tables; returns the files written."""

    def rows(values) -> TextColumn:
        return TextColumn.of(dumps(v).decode("utf-8") for v in values)

    doc_names, sp_names = _names(Document), _names(Speaker)
    texts = {
        "text": store.text,
        "documents": rows([rel_of[d.path] if n == "path" else getattr(d, n) for n in doc_names] for d in store.documents),
        "speakers": rows([getattr(sp, n) for n in sp_names] for sp in store.speakers),
        "sections": TextColumn.of(store.sections),
        "pages": rows([list(v) if isinstance(v, tuple) else v for v in row] for row in store.page_rows),
        "speaker-names": TextColumn.of(store.by_speaker.names),
    }
    arrays = {
        **{f"passage-{n}": store.columns[n] for n in PASSAGE_COLUMNS}, "page-ptr": store.page_ptr, "doc-bounds": store.doc_bounds,
        "speaker-ptr": store.by_speaker.ptr, "speaker-ids": store.by_speaker.ids,
    }  # fmt: skip
    names = [n for t, column in texts.items() for n in column.save(directory, t)]
    for name, arr in arrays.items():
        np.save(directory / f"{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)
        names.append(f"{name}.npy")
    meta["attributions"] = list(store.attributions)
    return names


def _row(text: str, n: int, what: str) -> list:
    row = json.loads(text)
    if not isinstance(row, list) or len(row) != n:
        raise CacheError(f"{what} row is malformed")
    for v in row:
        if not isinstance(v, _SCALARS) and not (isinstance(v, list) and all(isinstance(x, _SCALARS) for x in v)):
            raise CacheError(f"{what} row is malformed")
    return row


def _load_store(entry: Path, meta: dict, path_of: Mapping[str, str], n: int, deep: bool) -> PassageStore:
    """The passage columns of ``entry`` (memory-mapped; their tables read when first used). ``deep``:
    every table row read and validated now (else when first read, a malformed one a CacheError)."""
    texts = {t: TextColumn.load(entry, t) for t in TEXTS}
    arrays = {}
    for name in STORE_ARRAYS:
        a = np.load(entry / f"{name}.npy", allow_pickle=False, mmap_mode="r")
        arrays[name] = a.view(np.ndarray)
    doc_names, sp_names, page_names = _names(Document), _names(Speaker), page_fields()
    if len(texts["text"]) != n or len(texts["documents"]) != meta["documents"] or len(texts["pages"]) != meta["documents"]:
        raise CacheError("passage count differs")
    attributions = meta["attributions"]
    if not isinstance(attributions, list) or not all(isinstance(a, str) for a in attributions):
        raise CacheError("attributions are malformed")

    def document(text: str) -> Document:
        values = dict(zip(doc_names, _row(text, len(doc_names), "document")))
        if not isinstance(values["title"], str) or not isinstance(values["path"], str) or any(isinstance(v, list) for v in values.values()):
            raise CacheError("document row is malformed")
        values["path"] = path_of[values["path"]]
        return Document(**values)

    def speaker(text: str) -> Speaker:
        row = _row(text, len(sp_names), "speaker")
        if not isinstance(row[0], str) or any(isinstance(v, list) for v in row):
            raise CacheError("speaker row is malformed")
        return Speaker(*row)

    def page(text: str) -> tuple:
        return tuple(tuple(v) if isinstance(v, list) else v for v in _row(text, len(page_names), "page"))

    for name in ("speaker-ptr", "page-ptr", "doc-bounds"):
        if arrays[name].dtype != np.int64:
            raise CacheError(f"{name} of the wrong type")
    by_speaker = SpeakerPassages(list(texts["speaker-names"]), arrays["speaker-ptr"], arrays["speaker-ids"])
    store = PassageStore(
        texts["text"], {c: arrays[f"passage-{c}"] for c in PASSAGE_COLUMNS}, arrays["page-ptr"],
        documents=Rows(texts["documents"], document), speakers=Rows(texts["speakers"], speaker), sections=texts["sections"],
        attributions=attributions, page_rows=Rows(texts["pages"], page), by_speaker=by_speaker, doc_bounds=arrays["doc-bounds"],
        check=deep,
    )  # fmt: skip
    if deep:
        for table in (store.documents, store.speakers, store.page_rows):
            for _ in table:
                pass
        spoken = {sp.name for sp in store.speakers}
        if not set(by_speaker.names) <= spoken:
            raise CacheError("speaker passages name no speaker")
    return store


def verify_entry(entry: Path, sums: Mapping[str, str | None]) -> bool:
    """Do the files ``sums`` names still have those SHA-256 sums?"""
    try:
        return all(_sha256(entry / name) == digest for name, digest in sums.items())
    except (OSError, ValueError):
        return False


def verify_later(entry: Path, sums: Mapping[str, str | None]) -> bool:
    """The check of a large entry's mapped arrays, after it started serving: on a mismatch the
    entry is removed (the next start rebuilds it) and an error logged; this process should be
    restarted, as the message says."""
    if verify_entry(entry, sums):
        return True
    log.error("the cached index %s is damaged (checksum mismatch): it is removed; restart to rebuild it", entry)
    shutil.rmtree(entry, ignore_errors=True)
    return False


def _dictionary_loader(entry: Path, sums: dict, total: int):
    """Reads jieba's saved dictionary when the tokenizer first needs it (validated, or CacheError)."""

    def load() -> tuple[dict[str, int], int]:
        blobs = {}
        for name in ("jieba-words.txt", "jieba-freqs.npy"):
            b = (entry / name).read_bytes()
            if hashlib.sha256(b).hexdigest() != sums.get(name):
                raise CacheError(f"{name} does not match its checksum")
            blobs[name] = b
        freqs = np.load(io.BytesIO(blobs["jieba-freqs.npy"]), allow_pickle=False)
        words = blobs["jieba-words.txt"].decode("utf-8").split("\n")
        if freqs.dtype != np.int64 or freqs.ndim != 1 or len(freqs) != len(words) or (len(freqs) and freqs.min() < 0):
            raise CacheError("jieba dictionary arrays disagree")
        freq = dict(zip(words, freqs.tolist()))
        if len(freq) != len(words):
            raise CacheError("jieba dictionary repeats a word")
        return freq, total

    return load
