"""The whole-corpus cache entry: the index as ``.npy`` arrays, the pages, jieba's dictionary; saved and validated.

``corpus/<key>/`` holds meta.json (format, key, SHA-256 of every file, user dictionary,
warnings), pages.json, vocab.json, index-*.npy, jieba-words.txt and jieba-freqs.npy.
Arrays are read without copying and never unpickled (object arrays refused); every
invariant of the index is checked before it is served.
"""

from __future__ import annotations

import gc
import hashlib
import io
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..corpus import Corpus, normalized_names
from ..search.bm25 import BM25Index, Postings
from ..search.tokenizer import Tokenizer
from .files import FORMAT_VERSION, CacheError, SourceFile, _dumps, log
from .pages import decode_corpus, encode_corpus

KEEP_CORPORA = 4  # corpus entries kept in the cache folder, most recently used first


def index_arrays(index: BM25Index) -> dict[str, np.ndarray]:
    p = index.postings
    return {
        "ptr": p.ptr,
        "docs": p.docs,
        "tfs": p.tfs,
        "contrib": p.contrib,
        "idf": index.idf,
        "doc_len": index.doc_len,
        "scalars": np.array([index.avgdl, index.average_idf], dtype=np.float64),
    }


_DTYPES = {
    "ptr": np.int64, "docs": np.int32, "tfs": np.uint16, "contrib": np.float64,
    "idf": np.float64, "doc_len": np.int64, "scalars": np.float64,
}  # fmt: skip


def _npy(blob: bytes) -> np.ndarray:
    """A 1-D array of plain numbers from ``.npy`` bytes, without copying; never unpickles."""
    f = io.BytesIO(blob)
    version = np.lib.format.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
    else:
        raise CacheError(f"unsupported .npy version {version}")
    if dtype.hasobject or fortran or len(shape) != 1:
        raise CacheError("not a plain 1-D array")
    if f.tell() + shape[0] * dtype.itemsize != len(blob):
        raise CacheError("array size does not match its file")
    return np.frombuffer(blob, dtype=dtype, count=shape[0], offset=f.tell())


def index_from_arrays(arrays, vocab_list, n_passages: int) -> BM25Index:
    """Rebuild and validate the index; raises CacheError unless every invariant holds."""
    a = {}
    for name, dtype in _DTYPES.items():
        if name not in arrays:
            raise CacheError(f"index array {name} is missing")
        arr = arrays[name]
        if arr.dtype != dtype or arr.ndim != 1:
            raise CacheError(f"index array {name} has the wrong type")
        a[name] = arr
    if not isinstance(vocab_list, list) or not set(map(type, vocab_list)) <= {str}:
        raise CacheError("vocabulary is not a list of words")
    vocab = dict(zip(vocab_list, range(len(vocab_list))))
    n_terms, n_post = len(vocab_list), len(a["docs"])
    ptr = a["ptr"]
    if len(vocab) != n_terms or len(ptr) != n_terms + 1 or len(a["idf"]) != n_terms:
        raise CacheError("vocabulary and index disagree")
    if len(a["tfs"]) != n_post or len(a["contrib"]) != n_post or len(a["scalars"]) != 2:
        raise CacheError("postings arrays disagree")
    if len(a["doc_len"]) != n_passages:
        raise CacheError("index and passages disagree")
    if ptr[0] != 0 or ptr[-1] != n_post or (n_terms and np.any(np.diff(ptr) < 0)):
        raise CacheError("postings offsets are inconsistent")
    if n_post and (a["docs"].min() < 0 or a["docs"].max() >= n_passages):
        raise CacheError("postings point outside the corpus")
    if not (np.all(np.isfinite(a["contrib"])) and np.all(np.isfinite(a["idf"])) and np.all(np.isfinite(a["scalars"]))):
        raise CacheError("non-finite weights")
    postings = Postings(ptr=ptr, docs=a["docs"], tfs=a["tfs"], contrib=a["contrib"])
    avgdl, average_idf = (float(x) for x in a["scalars"])
    return BM25Index(vocab, a["idf"], a["doc_len"], postings, avgdl, average_idf)


# -- the whole-corpus entry ------------------------------------------------------------------------


def _entry_dir(root: Path, key: str) -> Path:
    return root / "corpus" / key[:40]


def save_corpus(root: Path, key: str, files: Sequence[SourceFile], corpus: Corpus) -> None:
    """Write the corpus entry (to a temporary folder, then renamed into place)."""
    rel_of = {str(f.path): f.rel for f in files}
    pages = encode_corpus(corpus.pages, [rel_of[page.document.path] for page in corpus.pages])
    vocab = [None] * len(corpus.index.vocab)
    for w, i in corpus.index.vocab.items():
        vocab[i] = w
    blobs = {"pages.json": _dumps(pages), "vocab.json": _dumps(vocab)}
    for name, arr in index_arrays(corpus.index).items():
        buf = io.BytesIO()
        np.save(buf, np.ascontiguousarray(arr), allow_pickle=False)
        blobs[f"index-{name}.npy"] = buf.getvalue()
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
        "sha256": {name: hashlib.sha256(b).hexdigest() for name, b in blobs.items()},
        "user_freqs": [list(wf) for wf in corpus.tokenizer.user_freqs],
        "jieba_total": total if "jieba-words.txt" in blobs else None,
        "warnings": list(corpus.warnings),
        "normalized_names": dict(corpus.speaker_names),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    final = _entry_dir(root, key)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=".tmp-"))
    try:
        for name, b in blobs.items():
            (tmp / name).write_bytes(b)
        (tmp / "meta.json").write_bytes(_dumps(meta))  # written last: marks the entry complete
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


def load_corpus_entry(root: Path, key: str, files: Sequence[SourceFile]) -> Corpus | None:
    """The corpus from ``corpus/<key>``, or None when there is none; CacheError if unusable."""

    entry = _entry_dir(root, key)
    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none of them garbage
    try:
        return _load_corpus_entry(root, key, files, entry)
    finally:
        if enabled:
            gc.enable()


def _load_corpus_entry(root: Path, key: str, files: Sequence[SourceFile], entry: Path) -> Corpus | None:
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
        blobs = {name: (entry / name).read_bytes() for name in ("pages.json", "vocab.json", *(f"index-{a}.npy" for a in _DTYPES))}
        # The checksums run in a thread (hashlib releases the GIL) while the pages are decoded;
        # nothing decoded is used before every checksum has matched.
        digests: dict[str, str] = {}
        hasher = threading.Thread(target=lambda: digests.update({n: hashlib.sha256(b).hexdigest() for n, b in blobs.items()}),
                                  name="cache-checksums", daemon=True)
        hasher.start()
        failed: Exception | None = None
        try:
            pages = decode_corpus(json.loads(blobs["pages.json"]), {f.rel: str(f.path) for f in files})
        except Exception as exc:  # a damaged file: its checksum names it first, below
            failed = exc
        finally:
            hasher.join()
        for name in blobs:
            if digests.get(name) != sums[name]:
                raise CacheError(f"{name} does not match its checksum")
        if failed is not None:
            raise failed
        n_passages = sum(len(p.passages) for p in pages)
        if n_passages != meta["passages"] or not pages:
            raise CacheError("passage count differs")
        arrays = {a: _npy(blobs[f"index-{a}.npy"]) for a in _DTYPES}
        index = index_from_arrays(arrays, json.loads(blobs["vocab.json"]), n_passages)
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
        passages=passages, warnings=tuple(warnings), from_cache=True,
    )  # fmt: skip
    os.utime(entry)  # most recently used
    return corpus


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
