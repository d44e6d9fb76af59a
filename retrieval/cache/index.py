"""The whole-corpus cache entry: the index as ``.npy`` arrays, the pages, jieba's dictionary; saved and validated.

``corpus/<key>/`` holds meta.json (format, key, SHA-256 of every file, user dictionary,
warnings), pages.json, jieba-words.txt and jieba-freqs.npy, and the index as
``BM25Index.save`` writes it (vocab.json, index-*.npy). The index is memory-mapped read-only
(``BM25Index.load(mmap=True)``) and never unpickled; every file's checksum and every
invariant of the index are checked before it is served.
"""

from __future__ import annotations

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

from ..corpus import Corpus, TextColumn, normalized_names
from ..search.bm25 import ARRAYS, VOCAB_FILE, BM25Index
from ..search.tokenizer import Tokenizer
from .files import FORMAT_VERSION, CacheError, SourceFile, dumps, log
from .pages import decode_corpus, encode_corpus

# Entries whose memory-mapped arrays are larger are served before those arrays' checksums are
# checked (in a background thread): start-up then reads none of them (about 30,000 passages).
VERIFY_BEFORE_SERVING = 64 * 1024 * 1024
KEEP_CORPORA = 4  # corpus entries kept in the cache folder, most recently used first
NORMALIZED_FILES = ("normalized-blob.npy", "normalized-offsets.npy")  # Corpus.normalized
INDEX_FILES = (*(f"index-{name}.npy" for name in ARRAYS), VOCAB_FILE)  # what BM25Index.save writes


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
    pages = encode_corpus(corpus.pages, [rel_of[page.document.path] for page in corpus.pages])
    blobs = {"pages.json": dumps(pages)}
    freq, total = corpus.tokenizer.dictionary()
    if not any("\n" in w for w in freq):  # jieba's complete dictionary: words, then frequencies
        fbuf = io.BytesIO()
        np.save(fbuf, np.fromiter(freq.values(), dtype=np.int64, count=len(freq)), allow_pickle=False)
        blobs["jieba-words.txt"] = "\n".join(freq).encode("utf-8")
        blobs["jieba-freqs.npy"] = fbuf.getvalue()
    meta = {
        "format": FORMAT_VERSION,
        "key": key,
        "passages": len(corpus.passages),
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
        if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION or meta.get("key") != key:
            raise CacheError("written by another version or for another corpus")
        sums = meta["sha256"]
        freqs = meta["user_freqs"]
        if not all(isinstance(w, str) and isinstance(f, int) for w, f in freqs):
            raise CacheError("user dictionary is malformed")
        total = meta.get("jieba_total")
        loader = _dictionary_loader(entry, sums, total) if isinstance(total, int) else None
        tokenizer = Tokenizer(cache_dir=root, user_freqs=freqs, dictionary=loader)
        pages_json = (entry / "pages.json").read_bytes()
        mapped = [*(n for n in INDEX_FILES if n != VOCAB_FILE), *(n for n in NORMALIZED_FILES if n in sums)]
        large = sum((entry / n).stat().st_size for n in mapped) > VERIFY_BEFORE_SERVING
        checked = ["pages.json", VOCAB_FILE, *([] if large else mapped)]
        # The checksums run in a thread (hashlib releases the GIL) while the pages are decoded;
        # nothing decoded is used before every checksum has matched. The memory-mapped arrays
        # of a large entry are checked after it serves (``verify_later``), so that start-up
        # does not read them all.
        digests: dict[str, str] = {}

        def check() -> None:
            try:
                digests.update({n: _sha256(entry / n) for n in checked})
            except (OSError, ValueError):
                pass  # a missing or unreadable file: its checksum is missing, below

        hasher = threading.Thread(target=check, name="cache-checksums", daemon=True)
        hasher.start()
        failed: Exception | None = None
        try:
            path_of = files if isinstance(files, Mapping) else {f.rel: str(f.path) for f in files}
            pages = decode_corpus(json.loads(pages_json), path_of)
        except Exception as exc:  # a damaged file: its checksum names it first, below
            failed = exc
        finally:
            hasher.join()
        for name in checked:
            if digests.get(name) != sums.get(name):
                raise CacheError(f"{name} does not match its checksum")
        if failed is not None:
            raise failed
        n_passages = sum(len(p.passages) for p in pages)
        if n_passages != meta["passages"] or not pages:
            raise CacheError("passage count differs")
        # mapped read-only, validated (a large entry: what takes no pass over the postings)
        index = BM25Index.load(entry, mmap=True, n_passages=n_passages, deep=not large)
        # the normalised texts (entries written before they were stored: computed again)
        normalized = TextColumn.load(entry, "normalized") if NORMALIZED_FILES[0] in sums else None
        if normalized is not None and len(normalized) != n_passages:
            raise CacheError("normalised texts and passages disagree")
        warnings = [str(w) for w in meta["warnings"]]
        names = meta.get("normalized_names") or {}
        if not isinstance(names, dict) or not set(map(type, names.values())) <= {str}:
            raise CacheError("speaker names are malformed")
    except CacheError:
        raise
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError) as exc:
        raise CacheError(f"corrupt ({exc.__class__.__name__}: {exc})") from None
    for w in warnings:
        log.warning("%s", w)
    passages = tuple(p for page in pages for p in page.passages)
    corpus = Corpus(
        pages=tuple(pages), tokenizer=tokenizer, index=index, speaker_names=normalized_names(passages, names),
        passages=passages, warnings=tuple(warnings), from_cache=True, normalized=normalized,
    )  # fmt: skip
    os.utime(entry)  # most recently used
    if large:
        threading.Thread(target=verify_later, args=(entry, {n: sums.get(n) for n in mapped}), name="cache-verify", daemon=True).start()
    return corpus


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
